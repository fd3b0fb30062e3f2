"""Where analyses run: in the server process, or in a pool of worker processes.

spaCy holds the GIL while it parses, so waitress threads cannot analyse two articles at once:
threads only keep slow clients from blocking each other. To use a second core the analysis
must run in a second *process*. :class:`PoolBackend` keeps N worker processes, each with its
own loaded and warmed pipeline, and the waitress threads of the one front process hand them
articles through a queue. Unlike N servers sharing a port (SO_REUSEPORT, prefork), where the
kernel picks a process per *connection*, a queue gives each *request* to whichever worker is
free, keep-alive connections included, and one result cache serves them all.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol

from newsbrief.analysis.analyzer import Analyzer, Article
from newsbrief.analysis.pipeline import ModelNotFoundError
from newsbrief.logs import configure_logging
from newsbrief.memory import release_free_memory

WARM_UP_TEXT = "NewsBrief is starting. “It works,” the server's engineer, Ada Kim, said on Monday."
READY_TIMEOUT_S = 300.0


class WorkerCrashed(RuntimeError):
    """A worker process died during an analysis; the pool has been restarted."""


class Backend(Protocol):
    model: str
    workers: int

    def analyze(self, article: Article, warnings: tuple[str, ...]) -> dict[str, Any]: ...

    def close(self) -> None: ...


def warm_up(analyzer: Analyzer) -> None:
    """One full analysis (the first parse and summary allocate and import lazily), then freeze
    what is loaded so that the garbage collector stops re-scanning the model's ~100k objects:
    a full collection otherwise costs a request ~100 ms now and then (gc.freeze, Python 3.7+)."""
    analyzer.analyze(Article(WARM_UP_TEXT))
    gc.collect()
    gc.freeze()
    release_free_memory()


def _analyze(analyzer: Analyzer, article: Article, warnings: tuple[str, ...]) -> dict[str, Any]:
    return analyzer.analyze(article).with_warnings(warnings).to_dict()


class LocalBackend:
    """Analyses in this process, one at a time (the :class:`Analyzer` holds a lock)."""

    workers = 1

    def __init__(self, analyzer: Analyzer) -> None:
        self.analyzer = analyzer
        self.model = analyzer.model

    def analyze(self, article: Article, warnings: tuple[str, ...]) -> dict[str, Any]:
        return _analyze(self.analyzer, article, warnings)

    def close(self) -> None:
        """Nothing to release."""


# State of one worker process, set by its initializer.
_worker: dict[str, Any] = {}


def _init_worker(model: str | None, barrier: Any, parent: int, log_level: str) -> None:
    configure_logging(log_level)  # a spawned process has none: errors would print unredacted
    _worker["barrier"] = barrier
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    try:
        analyzer = Analyzer.load(model)
        warm_up(analyzer)
        _worker["analyzer"] = analyzer
    except ModelNotFoundError as error:  # reported by _worker_ready, so the front can say why
        _worker["error"] = error


def _exit_with_parent(parent: int) -> None:
    """A worker whose server was killed (even with SIGKILL) must not linger."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


def _worker_ready() -> str:
    """Wait until every worker has loaded (a barrier needs N distinct processes); name the model."""
    if "error" in _worker:
        raise _worker["error"]
    _worker["barrier"].wait(READY_TIMEOUT_S)
    analyzer: Analyzer = _worker["analyzer"]
    return analyzer.model


def _worker_analyze(article: Article, warnings: tuple[str, ...]) -> dict[str, Any]:
    release_free_memory()  # what the previous article freed (the front process already answered it)
    return _analyze(_worker["analyzer"], article, warnings)


class PoolBackend:
    """N worker processes, each loading the pipeline once; ready when all have warmed up."""

    def __init__(self, model: str | None, workers: int, log_level: str = "info") -> None:
        self.requested_model = model
        self.workers = workers
        self.log_level = log_level
        self.model = ""
        self._lock = threading.Lock()
        self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        # "spawn": workers start from a clean interpreter, never from a copy of a threaded server.
        context = multiprocessing.get_context("spawn")
        barrier = context.Barrier(self.workers)
        pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_init_worker,
                                   initargs=(self.requested_model, barrier, os.getpid(), self.log_level))
        try:
            models = [f.result() for f in [pool.submit(_worker_ready) for _ in range(self.workers)]]
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        self.model = models[0]
        return pool

    def analyze(self, article: Article, warnings: tuple[str, ...]) -> dict[str, Any]:
        pool = self._pool
        try:
            result: dict[str, Any] = pool.submit(_worker_analyze, article, warnings).result()
        except BrokenProcessPool as error:
            self._restart(pool)
            raise WorkerCrashed("An analysis worker process died; the workers were restarted.") from error
        return result

    def _restart(self, broken: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is broken:  # another thread may have restarted it already
                broken.shutdown(wait=False, cancel_futures=True)
                self._pool = self._start()

    def pids(self) -> list[int]:
        """The worker processes' ids (for benchmarks measuring memory)."""
        processes = getattr(self._pool, "_processes", None) or {}
        return [pid for pid in processes if pid != os.getpid()]

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
