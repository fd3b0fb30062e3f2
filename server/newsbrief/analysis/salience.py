"""How likely a human summary of the article is to use each of its words and word pairs.

Two logistic regressions over the evidence of ``word_stats`` (Hong & Nenkova 2014 learn word
importance for news summarization the same way): one gives, for each unit and each
``level`` k = 1..4, the probability that a reference summary uses the unit at least k times
(stop words recur: "the" is worth up to four uses); the other the probability that it uses a
word pair, from the pair's own position and count and the two words' probabilities. Both are
fitted on CNN/DailyMail reference summaries by ``bench/fit_summary.py``; the weights, by
feature name, are in ``models/summary_auto.json`` (model card: ``models/README.md``).
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from newsbrief.analysis.word_stats import LEAD, ArticleWords, WordStats

_PACKAGED = Path(__file__).resolve().parent.parent / "models" / "summary_auto.json"
_SOURCE = Path(__file__).resolve().parents[3] / "models" / "summary_auto.json"

PARTS_OF_SPEECH = ("NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM")
WORD_FEATURES = (
    "bias", "log_count", "log_first", "in_first", "in_lead", "log_lead", "spread", "stop", "level_2", "level_3",
    "level_4", "stop_repeat", "log_rest", "person", *PARTS_OF_SPEECH, "stop_log_count", "stop_in_first",
)
PAIR_FEATURES = (
    "bias", "log_count", "log_first", "in_first", "in_lead", "both_stop", "one_stop", "log_p_left", "log_p_right",
    "log_p_min", "digit",
)
Pair = tuple[str, str]


@dataclass(frozen=True)
class SalienceModel:
    """Weights in the order of ``WORD_FEATURES``/``PAIR_FEATURES``; ``levels``: the most uses
    of one unit that count; ``reference_words``: a 3-sentence reference's mean length in units;
    ``window``: how many leading candidates may be chosen; ``beam``: the search's width."""

    word_weights: tuple[float, ...]
    pair_weights: tuple[float, ...]
    levels: int = 4
    reference_words: float = 40.0
    window: int = 10
    beam: int = 45

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> SalienceModel:
        word, pair = record["word_weights"], record["pair_weights"]
        return cls(
            word_weights=tuple(float(word[name]) for name in WORD_FEATURES),
            pair_weights=tuple(float(pair[name]) for name in PAIR_FEATURES),
            **{key: record[key] for key in ("levels", "reference_words", "window", "beam") if key in record},
        )


@lru_cache(maxsize=1)
def fitted_model() -> SalienceModel:
    """The model fitted on CNN/DM dev (``models/summary_auto.json``)."""
    path = _PACKAGED if _PACKAGED.is_file() else _SOURCE
    return SalienceModel.from_record(json.loads(path.read_text(encoding="utf-8")))


@dataclass(frozen=True)
class Salience:
    """``words``: for each unit, the expected matched uses when a summary uses it 1, 2, …
    times (cumulative probabilities); ``pairs``: each word pair's probability."""

    words: dict[str, tuple[float, ...]]
    pairs: dict[Pair, float]


def word_features(stats: WordStats, level: int, sentences: int) -> list[float]:
    """The features of "a summary uses this unit at least ``level`` times"."""
    pos = stats.pos.most_common(1)[0][0] if stats.pos else ""
    log_count, first, stop = math.log(stats.count), stats.first == 0, float(stats.stop)
    return [
        1.0, log_count, math.log1p(stats.first), first, stats.lead > 0, math.log1p(stats.lead),
        len(stats.sentences) / max(sentences, 1), stop, level == 2, level == 3, level >= 4, stop * (level >= 2),
        math.log1p(max(stats.count - level, 0)), stats.person > stats.count / 2,
        *(pos == name for name in PARTS_OF_SPEECH), stop * log_count, stop * first,
    ]


def word_rows(words: ArticleWords, levels: int) -> tuple[list[tuple[str, int]], np.ndarray]:
    """One row per (unit, level) the article allows: levels up to the unit's count."""
    keys, rows = [], []
    sentences = len(words.units)
    for unit, stats in words.stats.items():
        for level in range(1, min(stats.count, levels) + 1):
            keys.append((unit, level))
            rows.append(word_features(stats, level, sentences))
    return keys, np.array(rows, dtype=float).reshape(len(rows), len(WORD_FEATURES))


@dataclass
class PairStats:
    count: int = 0
    first: int = 0
    lead: int = 0


def pair_rows(words: ArticleWords, single: dict[str, float]) -> tuple[list[Pair], np.ndarray]:
    """One row per distinct adjacent pair of units in a sentence; ``single`` is each unit's
    probability of being used once."""
    stats: dict[Pair, PairStats] = {}
    for rank, found in enumerate(words.units):
        for pair in itertools.pairwise(found):
            record = stats.setdefault(pair, PairStats(first=rank))
            record.count += 1
            record.lead += rank < LEAD
    keys, rows = [], []
    for (left, right), record in stats.items():
        stop_left, stop_right = words.stats[left].stop, words.stats[right].stop
        p_left, p_right = single.get(left, 0.0), single.get(right, 0.0)
        keys.append((left, right))
        rows.append([
            1.0, math.log(record.count), math.log1p(record.first), record.first == 0, record.lead > 0,
            stop_left and stop_right, stop_left != stop_right, math.log(p_left + 1e-3), math.log(p_right + 1e-3),
            math.log(min(p_left, p_right) + 1e-3), left.isdigit() or right.isdigit(),
        ])
    return keys, np.array(rows, dtype=float).reshape(len(rows), len(PAIR_FEATURES))


def logistic(rows: np.ndarray, weights: Sequence[float]) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-(rows @ np.asarray(weights)))))


def salience(words: ArticleWords, model: SalienceModel) -> Salience:
    """Every unit's and pair's probabilities of appearing in a human summary."""
    keys, rows = word_rows(words, model.levels)
    probabilities = logistic(rows, model.word_weights) if keys else np.zeros(0)
    by_level: dict[str, list[float]] = {}
    for (unit, _level), p in zip(keys, probabilities.tolist(), strict=True):  # levels come in order
        levels = by_level.setdefault(unit, [])
        levels.append((levels[-1] if levels else 0.0) + p)
    single = {unit: levels[0] for unit, levels in by_level.items()}
    pair_keys, pair_table = pair_rows(words, single)
    pair_p = logistic(pair_table, model.pair_weights) if pair_keys else np.zeros(0)
    return Salience(
        words={unit: tuple(levels) for unit, levels in by_level.items()},
        pairs=dict(zip(pair_keys, pair_p.tolist(), strict=True)),
    )
