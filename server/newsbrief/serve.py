"""``newsbrief serve``: load and warm the model, then serve the app with waitress.

Ready means ready: the pipeline is loaded and has analysed one article (in every worker
process) before the socket is announced, so the first reader does not pay for the warm-up.
"""

from __future__ import annotations

import ipaddress
import signal
import time
from dataclasses import dataclass, field
from types import FrameType
from typing import Any

import waitress
from flask import Flask

from newsbrief import __version__
from newsbrief.analysis.analyzer import Analyzer
from newsbrief.api import ANALYZER_KEY, BACKEND_KEY
from newsbrief.app import create_app
from newsbrief.workers import Backend, LocalBackend, PoolBackend, warm_up

WILDCARD_HOSTS = frozenset({"0.0.0.0", "::", "[::]", ""})
# waitress buffers a whole body before the app sees it: refuse absurd ones at the socket
# (plain-text 413) and keep the rest in memory, never in a temporary file on disk.
BODY_LIMIT_FACTOR = 4


@dataclass(frozen=True)
class ServeOptions:
    host: str = "127.0.0.1"
    port: int = 8765
    model: str | None = None
    workers: int = 1
    threads: int | None = None
    allow_hosts: tuple[str, ...] = field(default_factory=tuple)
    extension_ids: tuple[str, ...] = field(default_factory=tuple)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def exposure_warning(host: str) -> str | None:
    """What to tell an operator who binds a non-loopback address."""
    if is_loopback(host):
        return None
    extra = " Add the names clients will use with --allow-host." if host in WILDCARD_HOSTS else ""
    return (f"WARNING: binding {host} exposes NewsBrief to other machines; the API has no "
            f"authentication, and every request they send is analysed here.{extra}")


def build_app(options: ServeOptions, backend: Backend) -> Flask:
    """The app, wired to a started backend; command-line names win over NEWSBRIEF_* settings."""
    config: dict[str, Any] = {"SPACY_MODEL": options.model} if options.model else {}
    hosts = list(options.allow_hosts)
    if not is_loopback(options.host) and options.host not in WILDCARD_HOSTS:
        hosts.append(options.host)
    if hosts:
        config["ALLOWED_HOSTS"] = hosts
    if options.extension_ids:
        config["EXTENSION_IDS"] = list(options.extension_ids)
    app = create_app(config or None)
    app.extensions[BACKEND_KEY] = backend
    if isinstance(backend, LocalBackend):
        app.extensions[ANALYZER_KEY] = backend.analyzer
    return app


def start_backend(model: str | None, workers: int, log_level: str = "info") -> Backend:
    """Load and warm the pipeline here (one worker) or in ``workers`` processes."""
    if workers > 1:
        return PoolBackend(model, workers, log_level)
    analyzer = Analyzer.load(model)
    warm_up(analyzer)
    return LocalBackend(analyzer)


def create_server(app: Flask, options: ServeOptions) -> Any:
    body_limit = app.config["MAX_CONTENT_LENGTH"] * BODY_LIMIT_FACTOR
    threads = options.threads or max(4, options.workers + 2)
    return waitress.create_server(
        app, host=options.host, port=options.port, threads=threads, ident="newsbrief",
        max_request_body_size=body_limit, inbuf_overflow=body_limit,
    )


def ready_message(server: Any, options: ServeOptions, backend: Backend, started: float) -> str:
    port = getattr(server, "effective_port", options.port)
    workers = f", {backend.workers} worker processes" if backend.workers > 1 else ""
    return (f"NewsBrief {__version__} ready on http://{options.host}:{port} (model {backend.model}{workers}; "
            f"loaded and warmed in {time.perf_counter() - started:.1f} s)")


def _stop(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt  # SIGTERM ends the server like Ctrl-C, so workers are shut down


def run(server: Any, backend: Backend) -> None:
    """Serve until Ctrl-C or SIGTERM, then stop the worker processes."""
    signal.signal(signal.SIGTERM, _stop)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
        backend.close()
