"""Load test: ``newsbrief serve`` in one process, N concurrent clients in this one, on loopback.

    python bench/load.py [--workers 1 2] [--clients 4] [--seconds 60] [--split dev] [--cache]

For each worker count: start the server, wait for "ready", drive it for ``--seconds`` with
``--clients`` threads that each send the PolNeAR texts in turn (starting at different
articles), then stop it. Prints requests/s, latency percentiles, errors and the server's
resident memory (the server process plus its worker processes) at ready and at the end.
The result cache is off unless ``--cache`` (otherwise repeats would measure the cache).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import threading
import time
from dataclasses import dataclass, field

from common import percentile, polnear_texts, print_table
from served import serve


@dataclass
class Run:
    workers: int
    ready_s: float = 0.0
    latencies_ms: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0
    rss_ready_mb: float = 0.0
    rss_end_mb: float = 0.0


def client(port: int, bodies: list[bytes], offset: int, until: float, run: Run, lock: threading.Lock) -> None:
    """One keep-alive connection, sending articles in turn until the time is up."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    index = offset
    while time.perf_counter() < until:
        body = bodies[index % len(bodies)]
        index += 1
        started = time.perf_counter()
        try:
            connection.request("POST", "/api/v1/analyze", body=body, headers={"Content-Type": "application/json"})
            response = connection.getresponse()
            data = response.read()
            ok = response.status == 200 and b'"summary"' in data[:20]
        except (OSError, http.client.HTTPException):
            ok = False
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        elapsed = (time.perf_counter() - started) * 1000
        with lock:
            if ok:
                run.latencies_ms.append(elapsed)
            else:
                run.errors += 1
    connection.close()


def load(workers: int, clients: int, seconds: float, bodies: list[bytes], cache: bool) -> Run:
    with serve(workers, cache) as server:
        run = Run(workers, ready_s=server.ready_s, rss_ready_mb=server.rss_mb())
        lock = threading.Lock()
        started = time.perf_counter()
        until = started + seconds
        step = max(1, len(bodies) // clients)
        threads = [threading.Thread(target=client, args=(server.port, bodies, i * step, until, run, lock))
                   for i in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        run.seconds = time.perf_counter() - started
        run.rss_end_mb = server.rss_mb()
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--cache", action="store_true", help="leave the result cache on")
    args = parser.parse_args()

    texts = polnear_texts(args.split)
    bodies = [json.dumps({"text": text}).encode() for _, text in texts]
    chars = sum(len(t) for _, t in texts)
    print(f"{len(texts)} PolNeAR {args.split} articles ({chars / len(texts):,.0f} chars on average), "
          f"{args.clients} keep-alive clients, {args.seconds:.0f} s per run, cache {'on' if args.cache else 'off'}, "
          f"{os.cpu_count()} CPUs")
    runs = [load(w, args.clients, args.seconds, bodies, args.cache) for w in args.workers]
    rows = []
    for run in runs:
        done = len(run.latencies_ms)
        growth = (run.rss_end_mb / run.rss_ready_mb - 1) * 100 if run.rss_ready_mb else float("nan")
        rows.append((run.workers, f"{run.ready_s:.1f}", done, done / run.seconds,
                     percentile(run.latencies_ms, 50), percentile(run.latencies_ms, 95),
                     percentile(run.latencies_ms, 99), max(run.latencies_ms, default=float("nan")), run.errors,
                     f"{run.rss_ready_mb:.0f}", f"{run.rss_end_mb:.0f}", f"{growth:+.1f}%"))
    print_table(["workers", "ready s", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors",
                 "RSS ready MB", "RSS end MB", "RSS growth"], rows)
    base = runs[0].latencies_ms and len(runs[0].latencies_ms) / runs[0].seconds
    for run in runs[1:]:
        if base:
            ratio = len(run.latencies_ms) / run.seconds / base
            print(f"throughput {run.workers} workers / {runs[0].workers}: {ratio:.2f}x")


if __name__ == "__main__":
    main()
