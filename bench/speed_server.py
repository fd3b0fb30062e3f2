"""bench/speed.py, served part: ready time, HTTP overhead, cached request, RSS after N requests."""

from __future__ import annotations

import http.client
import json
import statistics
import time
from typing import Any

from common import median, percentile, print_table
from served import post, serve


def timed_post(connection: http.client.HTTPConnection, payload: bytes) -> tuple[float, dict[str, str], Any]:
    elapsed, status, headers, body = post(connection, payload)
    if status != 200:
        raise SystemExit(f"request failed with {status}: {body}")
    return elapsed, headers, body


def server_section(texts: list[str], *, requests: int, starts: int) -> None:
    ready = []
    for _ in range(max(1, starts - 1)):
        with serve() as server:
            ready.append(server.ready_s)
    with serve() as server:
        ready.append(server.ready_s)
        rss_ready = server.rss_mb()
        connection = server.connect()
        overhead, cached, first = [], [], []
        for text in texts:
            payload = json.dumps({"text": text}).encode()
            wall, headers, body = timed_post(connection, payload)
            assert headers["x-newsbrief-cache"] == "miss"
            first.append(wall)
            overhead.append(wall - body["meta"]["elapsed_ms"])
            wall, headers, _ = timed_post(connection, payload)
            assert headers["x-newsbrief-cache"] == "hit"
            cached.append(wall)
        started = time.perf_counter()
        for n in range(requests):  # each text different: every request is analysed
            text = f"{texts[n % len(texts)]}\n\nUpdate {n}: this article was revised."
            timed_post(connection, json.dumps({"text": text}).encode())
        run_s = time.perf_counter() - started
        rss_end = server.rss_mb()
        connection.close()

    print(f"served process, 1 worker; {len(texts)} articles for overhead and cache; "
          f"{requests} distinct requests in {run_s:.0f} s for memory")
    print_table(["measure", "median", "p95", "max", "target"], [
        ("server ready after start (s)", statistics.median(ready), percentile(ready, 95), max(ready), "<= 3 s"),
        ("first request, wall (ms)", median(first), percentile(first, 95), max(first), ""),
        ("HTTP overhead = wall - meta.elapsed_ms (ms)", median(overhead), percentile(overhead, 95),
         max(overhead), "<= 5 ms"),
        ("cached request, wall (ms)", median(cached), percentile(cached, 95), max(cached), "<= 5 ms"),
    ])
    print()
    print_table(["RSS at ready MB", f"RSS after {requests} requests MB", "growth", "target"],
                [(f"{rss_ready:.0f}", f"{rss_end:.0f}", f"{(rss_end / rss_ready - 1) * 100:+.1f}%", "<= 400 MB")])
