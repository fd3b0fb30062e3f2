"""Start ``newsbrief serve`` as a real process for a test, and talk to it over loopback."""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any


def free_port() -> int:
    """A port nothing listens on (bound and released: free unless something takes it at once)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Served:
    process: subprocess.Popen[str]
    port: int
    ready_line: str

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: Mapping[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
        """Status, headers (lower-cased names) and body."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            connection.request(method, path, body=body, headers=dict(headers or {}))
            response = connection.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            connection.close()

    def analyze(self, payload: Any, headers: Mapping[str, str] | None = None) -> tuple[int, Any]:
        status, _, data = self.request("POST", "/api/v1/analyze", json.dumps(payload).encode(),
                                       {"Content-Type": "application/json", **(headers or {})})
        return status, json.loads(data)


@contextmanager
def serving(args: Sequence[str] = (), env: Mapping[str, str] | None = None, timeout: float = 120) -> Iterator[Served]:
    """A server on a free port; stopped (SIGTERM, then waited for) when the block ends."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "newsbrief", "serve", "--port", str(port), *args],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
    )
    assert process.stderr is not None
    deadline = time.monotonic() + timeout
    ready = ""
    for line in process.stderr:
        if "ready on" in line:
            ready = line
            break
        if time.monotonic() > deadline:
            break
    try:
        assert ready, f"server did not become ready (exit code {process.poll()})"
        yield Served(process, port, ready)
    finally:
        process.terminate()
        process.wait(timeout=30)
