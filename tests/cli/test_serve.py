"""``newsbrief serve`` as a real process: ready only after the model loads, then serving."""

from __future__ import annotations

import json
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief.cli import main
from tests.served import Served, serving


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    with serving() as server:
        yield server


def test_served_health_and_analyze(served: Served) -> None:
    server = f"http://127.0.0.1:{served.port}"
    with urllib.request.urlopen(f"{server}/api/v1/health", timeout=10) as response:
        assert json.load(response)["status"] == "ok"
    body = json.dumps({"text": "“We are ready,” the mayor said on Monday."}).encode()
    request = urllib.request.Request(f"{server}/api/v1/analyze", data=body,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        quotes = json.load(response)["quotes"]
    assert [q["text"] for q in quotes] == ["We are ready"]


def test_served_refuses_foreign_hosts_and_web_pages(served: Served) -> None:
    status, _, body = served.request("GET", "/api/v1/health", headers={"Host": "attacker.example:8765"})
    assert status == 403 and json.loads(body)["error"]["code"] == "forbidden_host"
    status, payload = served.analyze({"text": "Hello."}, {"Origin": "https://attacker.example"})
    assert status == 403 and payload["error"]["code"] == "forbidden_origin"


def test_served_body_limits(served: Served) -> None:
    over = json.dumps({"text": "word " * 600_000}).encode()  # 3 MiB: the app's JSON 413
    status, _, body = served.request("POST", "/api/v1/analyze", over, {"Content-Type": "application/json"})
    assert status == 413 and json.loads(body)["error"]["code"] == "payload_too_large"
    # 64 MiB announced: waitress refuses it at the socket, before buffering a byte of it.
    status, _, _ = served.request("POST", "/api/v1/analyze", b"x" * 1024, {
        "Content-Type": "application/json", "Content-Length": str(64 * 1024 * 1024)})
    assert status == 413
    assert served.analyze({"text": "The council met on Monday."})[0] == 200


def test_a_repeated_request_is_served_from_the_cache(served: Served) -> None:
    payload = json.dumps({"text": "Harbour Commissioner Dana Whitfield said the vote was close."}).encode()
    seen = [served.request("POST", "/api/v1/analyze", payload, {"Content-Type": "application/json"})
            for _ in range(2)]
    assert [headers["x-newsbrief-cache"] for _, headers, _ in seen] == ["miss", "hit"]
    assert seen[0][2] == seen[1][2]


def children_of(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc to see worker processes")
def test_two_worker_processes_serve_and_stop_with_the_server() -> None:
    with serving(["--workers", "2"]) as server:
        assert "2 worker processes" in server.ready_line
        workers = children_of(server.process.pid)
        assert len(workers) >= 2  # two workers (plus multiprocessing's resource tracker)
        statuses = [server.analyze({"text": f"Mayor Ann Lee said plan {n} works."})[0] for n in range(6)]
        assert statuses == [200] * 6
        assert server.request("GET", "/api/v1/health")[0] == 200
    # SIGTERM to the server ends its workers too; they notice within moments, not at once.
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(_running(pid) for pid in workers):
        time.sleep(0.1)
    assert not [pid for pid in workers if _running(pid)]


def _running(pid: int) -> bool:
    status = Path(f"/proc/{pid}/status")
    try:
        return "zombie" not in status.read_text().lower()
    except FileNotFoundError:
        return False


def test_binding_beyond_loopback_warns_before_anything_else() -> None:
    result = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0", "--model", "no_such_pipeline_xyz"])
    assert result.exit_code != 0
    assert "WARNING: binding 0.0.0.0 exposes NewsBrief" in result.output
    assert "--allow-host" in result.output


def test_loopback_binding_does_not_warn() -> None:
    result = CliRunner().invoke(main, ["serve", "--host", "127.0.0.1", "--model", "no_such_pipeline_xyz"])
    assert "WARNING" not in result.output


def test_workers_and_loopback_are_the_documented_defaults() -> None:
    help_text = CliRunner().invoke(main, ["serve", "--help"]).output
    assert "127.0.0.1" in help_text and "--workers" in help_text


def test_malloc_tuning_applies_only_on_glibc() -> None:
    import platform

    from newsbrief.memory import limit_malloc_arenas, release_free_memory

    expected = platform.system() == "Linux" and platform.libc_ver()[0] == "glibc"
    assert limit_malloc_arenas() is expected
    assert release_free_memory() is expected
