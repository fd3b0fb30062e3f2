"""``newsbrief serve`` as a real process: ready only after the model loads, then serving."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "newsbrief", "serve", "--port", str(port)],
        stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stderr is not None
    deadline = time.monotonic() + 60
    for line in process.stderr:
        if "ready on" in line or time.monotonic() > deadline:
            break
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


def test_served_health_and_analyze(server: str) -> None:
    with urllib.request.urlopen(f"{server}/api/v1/health", timeout=10) as response:
        assert json.load(response)["status"] == "ok"
    body = json.dumps({"text": "“We are ready,” the mayor said on Monday."}).encode()
    request = urllib.request.Request(f"{server}/api/v1/analyze", data=body,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        quotes = json.load(response)["quotes"]
    assert [q["text"] for q in quotes] == ["We are ready"]
