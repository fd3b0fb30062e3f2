"""Shared by the benchmarks: where the evaluation corpora are, timing, and table printing."""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

REPO_ROOT = Path(__file__).resolve().parents[1]
EVAL_ENV_VAR = "NEWSBRIEF_EVAL_DIR"
Result = TypeVar("Result")


def eval_root() -> Path:
    """``$NEWSBRIEF_EVAL_DIR`` or ``../shared/eval``; exits with a clear message when absent
    (status 1 under CI=true, 0 otherwise, so a developer without the corpora is not blocked)."""
    configured = os.environ.get(EVAL_ENV_VAR)
    path = Path(configured) if configured else REPO_ROOT.parent / "shared" / "eval"
    if not path.is_dir():
        print(f"evaluation corpora not found at {path} (set {EVAL_ENV_VAR})", file=sys.stderr)
        sys.exit(1 if os.environ.get("CI") == "true" else 0)
    return path


def polnear_texts(split: str = "dev") -> list[tuple[str, str]]:
    """(doc name, text) of every PolNeAR article of ``split``, sorted by name."""
    folder = eval_root() / "polnear" / split / "text"
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]


def best_of(repeat: int, run: Callable[[], Result]) -> tuple[float, Result]:
    """The fastest of ``repeat`` runs of ``run``, in milliseconds, and what the last run returned
    (best of several, so that a noisy shared machine hits every measured step alike)."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - started)
    return best * 1000, result


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(round(q / 100 * (len(ordered) - 1)), len(ordered) - 1)
    return ordered[index]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A Markdown table, so it can be pasted into an issue as printed."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in cells:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 10 else f"{value:.1f}"
    return str(value)
