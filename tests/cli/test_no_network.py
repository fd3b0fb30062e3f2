"""No outbound connection, ever: a served process whose non-loopback sockets all fail still
loads its model, warms up and answers a full analysis.

A ``sitecustomize`` on the server's ``PYTHONPATH`` wraps ``socket.connect``/``connect_ex``/
``sendto`` and ``getaddrinfo`` before any NewsBrief code runs: loopback passes, anything else
is written to a log and fails. The test first proves that the guard bites.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.fixtures import HARBOUR_ARTICLE
from tests.served import serving

GUARD = '''
import ipaddress, os, socket

_LOG = os.environ["NEWSBRIEF_NET_LOG"]


def _record(what):
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(what + "\\n")


def _is_local(host):
    if host is None or host in ("localhost", "", b"localhost"):
        return True
    try:
        return ipaddress.ip_address(host.decode() if isinstance(host, bytes) else host).is_loopback
    except ValueError:
        return False


def _wrap(name, original):
    def guarded(self, *args):
        address = args[-1]
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address[0]):
            _record(f"{name} {address!r}")
            raise OSError(f"outbound connection to {address!r} blocked by the NewsBrief network test")
        return original(self, *args)
    return guarded


for _name in ("connect", "connect_ex", "sendto"):
    setattr(socket.socket, _name, _wrap(_name, getattr(socket.socket, _name)))
_getaddrinfo = socket.getaddrinfo


def _guarded_getaddrinfo(host, *args, **kwargs):
    if not _is_local(host):
        _record(f"getaddrinfo {host!r}")
        raise socket.gaierror(f"name lookup of {host!r} blocked by the NewsBrief network test")
    return _getaddrinfo(host, *args, **kwargs)


socket.getaddrinfo = _guarded_getaddrinfo
with open(_LOG + ".active", "a", encoding="utf-8") as active:  # proof that this process was guarded
    active.write(f"{os.getpid()}\\n")
'''


def guarded_env(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    path = os.pathsep.join(p for p in (str(tmp_path), os.environ.get("PYTHONPATH", "")) if p)
    return {"PYTHONPATH": path, "NEWSBRIEF_NET_LOG": str(tmp_path / "network.log")}


def test_the_guard_blocks_and_records_outbound_connections(tmp_path: Path) -> None:
    env = {**os.environ, **guarded_env(tmp_path)}
    code = ("import socket\n"
            "try:\n    socket.create_connection(('192.0.2.1', 80), timeout=2)\n"
            "except OSError as e:\n    print('blocked' if 'NewsBrief network test' in str(e) else 'other')\n")
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "blocked"
    assert "192.0.2.1" in (tmp_path / "network.log").read_text()


def test_a_full_analysis_makes_no_outbound_connection(tmp_path: Path) -> None:
    env = guarded_env(tmp_path)
    with serving(env=env) as server:
        status, analysis = server.analyze({"text": HARBOUR_ARTICLE, "title": "Harbour",
                                           "url": "https://news.example.org/harbour"})
        assert status == 200
        assert any(q["speaker"] == "Marco Feld" for q in analysis["quotes"])
        assert server.request("GET", "/api/v1/health")[0] == 200
        assert json.loads(server.request("GET", "/api/v1/openapi.json")[2])["openapi"].startswith("3.")
    assert str(server.process.pid) in (tmp_path / "network.log.active").read_text().split()
    log = tmp_path / "network.log"
    assert not log.exists(), log.read_text()
