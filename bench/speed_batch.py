"""bench/speed.py, batch part: ``newsbrief analyze --jsonl --workers N`` for N = 1 and 2."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import REPO_ROOT, print_table


def children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # waited-for children and their descendants
    return usage.ru_utime + usage.ru_stime


def run_batch(path: Path, workers: int) -> tuple[float, int, float]:
    cpu_before = children_cpu_s()
    started = time.perf_counter()
    with path.open("rb") as source:
        result = subprocess.run(
            [sys.executable, "-m", "newsbrief", "analyze", "--jsonl", "--workers", str(workers)],
            stdin=source, capture_output=True, check=True, cwd=REPO_ROOT,
        )
    elapsed = time.perf_counter() - started
    lines = result.stdout.decode("utf-8").splitlines()
    errors = sum("error" in json.loads(line) for line in lines)
    return elapsed, errors, children_cpu_s() - cpu_before


def batch_section(texts: list[str], *, split: str, workers: tuple[int, ...] = (1, 2)) -> None:
    chars = sum(map(len, texts))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "batch.jsonl"
        path.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts)), "utf-8")
        runs = {n: run_batch(path, n) for n in workers}
    base = runs[workers[0]][0]
    print(f"batch: newsbrief analyze --jsonl, {len(texts)} PolNeAR {split} articles ({chars:,} chars), "
          f"whole process including model load; {os.cpu_count()} CPUs")
    print_table(["--workers", "seconds", "articles/s", "errors", "CPU s", "cores used", "speed-up"], [
        (n, elapsed, len(texts) / elapsed, errors, cpu, f"{cpu / elapsed:.2f}", f"{base / elapsed:.2f}x")
        for n, (elapsed, errors, cpu) in runs.items()
    ])
