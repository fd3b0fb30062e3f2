"""A ``newsbrief serve`` process for benchmarks: start it, time its readiness, weigh its memory."""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import psutil

from common import REPO_ROOT


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    process: subprocess.Popen[str]
    port: int
    ready_s: float  # from process start to the "ready" line

    def rss_mb(self) -> float:
        """Resident memory of the server and all its worker processes, in MB."""
        root = psutil.Process(self.process.pid)
        processes = [root, *root.children(recursive=True)]
        return sum(p.memory_info().rss for p in processes if p.is_running()) / 1e6

    def cpu_s(self) -> float:
        """CPU time (user + system) used so far by the server and its live worker processes."""
        root = psutil.Process(self.process.pid)
        processes = [root, *root.children(recursive=True)]
        return sum(sum(p.cpu_times()[:2]) for p in processes if p.is_running())

    def connect(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=300)


@contextmanager
def serve(workers: int = 1, cache: bool = True, env: dict[str, str] | None = None) -> Iterator[Server]:
    port = free_port()
    environment = {**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})}
    if not cache:
        environment["NEWSBRIEF_RESULT_CACHE_ENTRIES"] = "0"
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "newsbrief", "serve", "--port", str(port), "--workers", str(workers)],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=environment, cwd=REPO_ROOT,
    )
    try:
        assert process.stderr is not None
        for line in process.stderr:
            if "ready on" in line:
                break
        else:
            raise SystemExit(f"the server exited before it was ready (code {process.wait()})")
        ready = time.perf_counter() - started
        stderr = process.stderr
        threading.Thread(target=lambda: [None for _ in stderr], daemon=True).start()  # drain the access log
        yield Server(process, port, ready)
    finally:
        process.terminate()
        process.wait(timeout=60)


def post(connection: http.client.HTTPConnection, payload: bytes) -> tuple[float, int, dict[str, str], Any]:
    """POST /api/v1/analyze on a keep-alive connection: milliseconds until the last byte arrived
    (decoding the JSON is not counted), status, headers, decoded body."""
    started = time.perf_counter()
    connection.request("POST", "/api/v1/analyze", body=payload, headers={"Content-Type": "application/json"})
    response = connection.getresponse()
    data = response.read()
    elapsed = (time.perf_counter() - started) * 1000
    return elapsed, response.status, {k.lower(): v for k, v in response.getheaders()}, json.loads(data)
