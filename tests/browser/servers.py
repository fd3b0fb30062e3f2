"""Processes and servers around the browser tests: the real NewsBrief server, a static page
server for the saved pages, and a stub that can delay or fail requests on their way to the
real server."""

from __future__ import annotations

import http.server
import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

READY = re.compile(r"ready on (http://\S+)")
# The saved pages run no scripts and fetch nothing from outside: the test sees what
# Readability sees, and a page cannot stall on a network the machine does not have.
PAGE_CSP = "default-src 'self' data:; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'none'"


@dataclass
class NewsBriefServer:
    """``newsbrief serve --port 0`` as a child process; its log is kept for error messages."""

    process: subprocess.Popen[str]
    url: str = ""
    log: list[str] = field(default_factory=list)

    @classmethod
    def start(cls, timeout: float = 90.0) -> NewsBriefServer:
        process = subprocess.Popen(
            [sys.executable, "-m", "newsbrief", "serve", "--port", "0"],
            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        server = cls(process)
        ready = threading.Event()
        threading.Thread(target=server._read_log, args=(ready,), daemon=True).start()
        if not ready.wait(timeout) or not server.url:
            server.stop()
            raise RuntimeError(f"newsbrief serve did not say ready within {timeout} s:\n" + "".join(server.log))
        return server

    def _read_log(self, ready: threading.Event) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.log.append(line)
            match = READY.search(line)
            if match:
                self.url = match.group(1)
                ready.set()
        ready.set()  # the process ended: do not leave start() waiting

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True


def serve_in_thread(handler: type[http.server.BaseHTTPRequestHandler], host: str = "127.0.0.1") -> _QuietServer:
    server = _QuietServer((host, 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def page_server(roots: dict[str, Path], host: str = "127.0.0.1") -> _QuietServer:
    """Serves ``/<prefix>/<path>`` from ``roots[prefix]``, with PAGE_CSP on every page."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            prefix, _, rest = self.path.lstrip("/").partition("/")
            root = roots.get(prefix)
            path = (root / rest.split("?")[0]).resolve() if root else None
            if root is None or path is None or not path.is_file() or root.resolve() not in path.parents:
                self.send_error(404)
                return
            body = path.read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Security-Policy", PAGE_CSP)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    return serve_in_thread(Handler, host)


class StubServer:
    """Forwards to the real server after ``delay`` seconds, or answers ``fail_status`` instead."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream
        self.delay = 0.0
        self.fail_status: int | None = None
        self.requests = 0
        stub = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                stub._handle(self, None)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                stub._handle(self, self.rfile.read(length))

            def log_message(self, *args: Any) -> None:
                pass

        self.server = serve_in_thread(Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def reset(self) -> None:
        self.delay, self.fail_status, self.requests = 0.0, None, 0

    def _handle(self, handler: http.server.BaseHTTPRequestHandler, body: bytes | None) -> None:
        self.requests += 1
        time.sleep(self.delay)
        if self.fail_status is not None:
            status = self.fail_status
            payload = b'{"error": {"code": "internal_error", "message": "Stub failure for the test."}}'
        else:
            request = urllib.request.Request(
                self.upstream + handler.path, data=body, method=handler.command,
                headers={"Content-Type": handler.headers.get("Content-Type", "application/json")},
            )
            try:
                with urllib.request.urlopen(request, timeout=60) as response:
                    status, payload = response.status, response.read()
            except urllib.error.HTTPError as error:
                status, payload = error.code, error.read()
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(payload)))
            handler.end_headers()
            handler.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the browser gave up waiting (the timeout test): nothing to answer

    def stop(self) -> None:
        self.server.shutdown()
