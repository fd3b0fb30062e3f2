"""An in-memory LRU cache of finished responses, keyed by a hash of text + options.

A reader who reopens the popup on the same article gets the answer in a millisecond instead of
a fresh parse. The cache holds the serialised JSON body (what would be sent anyway), is bounded
by entry count *and* by bytes, lives only in this process's memory, and keys on a SHA-256
digest so that no article text sits in the key table.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from dataclasses import dataclass

from newsbrief.analysis.analyzer import Article

DEFAULT_MAX_ENTRIES = 256
DEFAULT_MAX_BYTES = 64 * 1024 * 1024


def cache_key(article: Article, warnings: tuple[str, ...] = (), model: str = "") -> str:
    """A digest of everything the response depends on: text, title, options, request warnings."""
    options = article.options
    described = [model, article.title, options.summary_sentences, options.summary_method, list(warnings)]
    digest = hashlib.sha256(json.dumps(described, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    digest.update(b"\x00")
    digest.update(article.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


@dataclass
class CacheStats:
    hits: int = 0
    misses: int = 0
    entries: int = 0
    bytes: int = 0


class ResultCache:
    """Least-recently-used, thread-safe; ``max_entries=0`` disables it."""

    def __init__(self, max_entries: int = DEFAULT_MAX_ENTRIES, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.max_entries = max(0, max_entries)
        self.max_bytes = max(0, max_bytes)
        self._items: OrderedDict[str, bytes] = OrderedDict()
        self._lock = threading.Lock()
        self.stats = CacheStats()

    @property
    def enabled(self) -> bool:
        return self.max_entries > 0 and self.max_bytes > 0

    def get(self, key: str) -> bytes | None:
        with self._lock:
            body = self._items.get(key)
            if body is None:
                self.stats.misses += 1
                return None
            self._items.move_to_end(key)
            self.stats.hits += 1
            return body

    def put(self, key: str, body: bytes) -> None:
        """Store ``body`` unless it alone is over the byte bound; evict the oldest to fit."""
        if not self.enabled:
            return
        with self._lock:
            old = self._items.pop(key, None)  # never leave a stale value behind, even if refused
            if old is not None:
                self.stats.bytes -= len(old)
            if len(body) > self.max_bytes:
                self.stats.entries = len(self._items)
                return
            self._items[key] = body
            self.stats.bytes += len(body)
            while len(self._items) > self.max_entries or self.stats.bytes > self.max_bytes:
                _, evicted = self._items.popitem(last=False)
                self.stats.bytes -= len(evicted)
            self.stats.entries = len(self._items)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self.stats = CacheStats()
