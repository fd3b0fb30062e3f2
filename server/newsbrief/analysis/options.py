"""Options of one analysis, already validated."""

from __future__ import annotations

from dataclasses import dataclass

SUMMARY_LENGTHS: dict[str, int] = {"short": 3, "medium": 5, "long": 7}
MIN_SUMMARY_SENTENCES = 1
MAX_SUMMARY_SENTENCES = 10


@dataclass(frozen=True)
class AnalyzeOptions:
    summary_sentences: int = SUMMARY_LENGTHS["short"]
    summary_method: str = "auto"
