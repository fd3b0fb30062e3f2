"""Load test: ``newsbrief serve`` in one process, N concurrent clients in this one, on loopback.

    python bench/load.py [--workers 1 2] [--clients 4] [--seconds 60] [--split dev] [--cache]

For each worker count: start the server, wait for "ready", send every text once (ramp-up,
not timed: the first pass over new text sets the memory high-water mark), then drive it for
``--seconds`` with ``--clients`` threads that each send the PolNeAR texts in turn (starting at
different articles), then stop it. Prints requests/s, latency percentiles, errors and the
server's resident memory (the server process plus its worker processes) at ready, after the
ramp-up (the start of the timed run) and at the end. The result cache is off unless ``--cache``
(otherwise repeats would measure the cache).
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
    rss_start_mb: float = 0.0
    rss_end_mb: float = 0.0
    cpu_s: float = 0.0  # CPU time the server's processes used during the timed run


def client(port: int, bodies: list[bytes], offset: int, until: float, run: Run, lock: threading.Lock,
           limit: int | None = None) -> None:
    """One keep-alive connection, sending articles in turn until the time (or ``limit``) is up."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    index = offset
    while time.perf_counter() < until and (limit is None or index - offset < limit):
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


def drive(port: int, clients: int, bodies: list[bytes], until: float, run: Run) -> None:
    lock = threading.Lock()
    step = max(1, len(bodies) // clients)
    threads = [threading.Thread(target=client, args=(port, bodies, i * step, until, run, lock))
               for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def drive_once(port: int, clients: int, bodies: list[bytes], run: Run) -> None:
    """Every text exactly once, spread over the clients (the ramp-up)."""
    lock = threading.Lock()
    chunks = [bodies[i::clients] for i in range(clients)]
    threads = [threading.Thread(target=client, args=(port, chunk, 0, float("inf"), run, lock, len(chunk)))
               for chunk in chunks if chunk]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def load(workers: int, clients: int, seconds: float, bodies: list[bytes], cache: bool) -> Run:
    with serve(workers, cache) as server:
        run = Run(workers, ready_s=server.ready_s, rss_ready_mb=server.rss_mb())
        ramp_up = Run(workers)
        drive_once(server.port, clients, bodies, ramp_up)
        run.errors += ramp_up.errors
        run.rss_start_mb = server.rss_mb()
        cpu_before = server.cpu_s()
        started = time.perf_counter()
        drive(server.port, clients, bodies, started + seconds, run)
        run.seconds = time.perf_counter() - started
        run.cpu_s = server.cpu_s() - cpu_before
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
        growth = (run.rss_end_mb / run.rss_start_mb - 1) * 100
        since_ready = (run.rss_end_mb / run.rss_ready_mb - 1) * 100
        rows.append((run.workers, f"{run.ready_s:.1f}", done, done / run.seconds,
                     f"{run.cpu_s / run.seconds:.2f}", f"{run.cpu_s * 1000 / max(done, 1):.0f}",
                     percentile(run.latencies_ms, 50), percentile(run.latencies_ms, 95),
                     percentile(run.latencies_ms, 99), max(run.latencies_ms, default=float("nan")), run.errors,
                     f"{run.rss_ready_mb:.0f}", f"{run.rss_start_mb:.0f}", f"{run.rss_end_mb:.0f}",
                     f"{growth:+.1f}%", f"{since_ready:+.1f}%"))
    print_table(["workers", "ready s", "requests", "req/s", "cores used", "CPU ms/req", "p50 ms", "p95 ms",
                 "p99 ms", "max ms", "errors",
                 "RSS ready MB", "RSS start MB", "RSS end MB", "growth in run", "growth since ready"], rows)
    print("cores used: the server's CPU time / wall time (2.0 = both cores); under other load it is less.")
    base = runs[0].latencies_ms and len(runs[0].latencies_ms) / runs[0].seconds
    for run in runs[1:]:
        if base:
            ratio = len(run.latencies_ms) / run.seconds / base
            print(f"throughput {run.workers} workers / {runs[0].workers}: {ratio:.2f}x")


if __name__ == "__main__":
    main()
