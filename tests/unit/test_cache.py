"""The result cache: LRU order, both bounds, and keys that change with everything that matters."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.analysis.analyzer import Article
from newsbrief.analysis.options import AnalyzeOptions
from newsbrief.cache import ResultCache, cache_key


def test_least_recently_used_is_evicted_first() -> None:
    cache = ResultCache(max_entries=2, max_bytes=1000)
    cache.put("a", b"1")
    cache.put("b", b"2")
    assert cache.get("a") == b"1"  # "a" is now the most recent
    cache.put("c", b"3")
    assert cache.get("b") is None and cache.get("a") == b"1" and cache.get("c") == b"3"


def test_byte_bound_evicts_and_refuses_oversized_bodies() -> None:
    cache = ResultCache(max_entries=10, max_bytes=10)
    cache.put("a", b"12345")
    cache.put("b", b"12345")
    cache.put("c", b"123")
    assert cache.get("a") is None and cache.stats.bytes == 8
    cache.put("huge", b"x" * 11)
    assert cache.get("huge") is None and cache.get("b") == b"12345"


def test_zero_entries_disables_the_cache() -> None:
    cache = ResultCache(max_entries=0)
    cache.put("a", b"1")
    assert cache.get("a") is None and not cache.enabled


def test_replacing_a_key_keeps_the_byte_count_right() -> None:
    cache = ResultCache(max_entries=5, max_bytes=100)
    cache.put("a", b"12345")
    cache.put("a", b"12")
    assert cache.stats.bytes == 2 and cache.stats.entries == 1


@settings(max_examples=200)
@given(st.lists(st.tuples(st.sampled_from("abcdefgh"), st.binary(max_size=40)), max_size=60),
       st.integers(1, 5), st.integers(1, 100))
def test_bounds_hold_and_the_newest_value_wins(puts: list[tuple[str, bytes]], entries: int, size: int) -> None:
    cache = ResultCache(max_entries=entries, max_bytes=size)
    latest: dict[str, bytes] = {}
    for key, value in puts:
        cache.put(key, value)
        latest[key] = value
        assert cache.stats.entries <= entries and cache.stats.bytes <= size
    for key, value in latest.items():
        assert cache.get(key) in (None, value)


def test_the_key_depends_on_text_title_options_warnings_and_model() -> None:
    base = Article("Some text.", "A title", AnalyzeOptions(3, "auto"))
    variants = [
        Article("Some text!", "A title", AnalyzeOptions(3, "auto")),
        Article("Some text.", "Another", AnalyzeOptions(3, "auto")),
        Article("Some text.", None, AnalyzeOptions(3, "auto")),
        Article("Some text.", "A title", AnalyzeOptions(4, "auto")),
        Article("Some text.", "A title", AnalyzeOptions(3, "lead")),
    ]
    key = cache_key(base)
    assert cache_key(Article("Some text.", "A title", AnalyzeOptions(3, "auto"))) == key
    assert len({key, *(cache_key(v) for v in variants)}) == 1 + len(variants)
    assert cache_key(base, ("Unknown option 'x' was ignored.",)) != key
    assert cache_key(base, model="en_core_web_md-3.8.0") != key
    assert "Some text" not in key
