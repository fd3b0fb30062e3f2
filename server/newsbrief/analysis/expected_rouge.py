"""Choose the sentences whose ROUGE against an unseen human summary is expected to be highest.

ROUGE-n F1 is ``2 · matched / (summary n-grams + reference n-grams)`` (Lin 2004). With each
unit's probability of appearing in the reference (``salience.py``), the expected matches of a
set of sentences are the sum of those probabilities over the units it uses (a unit's k-th use
matches only if the reference uses it k times: clipped counts), so the objective is

    2·E[matched words] / (words + R)  +  2·E[matched pairs] / (words − 1 + R − 1),

with R the length of a reference. It rewards what the sentences carry, counts repeated
content once (redundancy removal, as MMR does, Carbonell & Goldstein 1998), and trades
content against length by the metric's own rule instead of a tuned length prior. The set is
found by beam search over the leading candidates: with a beam as wide as the number of pairs
of candidates it is exhaustive for three sentences.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsbrief.analysis.salience import Pair, Salience


@dataclass(frozen=True)
class _Choice:
    """A set of sentences and what it is expected to match."""

    picked: tuple[int, ...]
    uses: dict[str, int]
    pairs: frozenset[Pair]
    words: int
    matched_words: float
    matched_pairs: float


def expected_f1(matched_words: float, matched_pairs: float, words: int, reference: float) -> float:
    """Expected ROUGE-1 F1 plus ROUGE-2 F1 (as fractions) of a summary of ``words`` units."""
    if words == 0:
        return 0.0
    return 2 * matched_words / (words + reference) + 2 * matched_pairs / (words - 1 + reference - 1)


def choose(
    sentences: Sequence[Sequence[str]], salience: Salience, *, count: int, reference: float, beam: int
) -> tuple[list[int], list[float]]:
    """The indices of the best ``count`` of ``sentences`` (each a sequence of units), and each
    sentence's objective when it is chosen alone."""
    uses = [Counter(units) for units in sentences]
    pairs = [frozenset(itertools.pairwise(units)) for units in sentences]
    start = _Choice((), {}, frozenset(), 0, 0.0, 0.0)
    frontier = [start]
    alone: list[float] = []
    for depth in range(min(count, len(sentences))):
        scored: dict[tuple[int, ...], tuple[float, _Choice, int, float, float]] = {}
        for choice in frontier:
            for i in range(len(sentences)):
                key = tuple(sorted((*choice.picked, i)))
                if i in choice.picked or key in scored:
                    continue
                gained_words = _gain(choice.uses, uses[i], salience.words)
                gained_pairs = sum(salience.pairs.get(p, 0.0) for p in pairs[i] - choice.pairs)
                value = expected_f1(choice.matched_words + gained_words, choice.matched_pairs + gained_pairs,
                                    choice.words + len(sentences[i]), reference)
                scored[key] = (value, choice, i, gained_words, gained_pairs)
        if depth == 0:
            alone = [scored[(i,)][0] for i in range(len(sentences))]
        best = sorted(scored.values(), key=lambda entry: -entry[0])[:beam]
        frontier = [_extend(choice, i, uses[i], pairs[i], len(sentences[i]), w, p) for _, choice, i, w, p in best]
    return list(frontier[0].picked), alone


def _gain(have: dict[str, int], adding: Counter[str], words: dict[str, tuple[float, ...]]) -> float:
    """Expected matches added by using the units of ``adding`` on top of ``have``."""
    gain = 0.0
    for unit, uses in adding.items():
        levels = words.get(unit)
        if not levels:
            continue
        before = have.get(unit, 0)
        after = levels[min(before + uses, len(levels)) - 1]
        gain += after - (levels[min(before, len(levels)) - 1] if before else 0.0)
    return gain


def _extend(
    choice: _Choice, i: int, uses: Counter[str], pairs: frozenset[Pair], words: int, gained_words: float,
    gained_pairs: float,
) -> _Choice:
    merged = dict(choice.uses)
    for unit, n in uses.items():
        merged[unit] = merged.get(unit, 0) + n
    return _Choice(
        picked=(*choice.picked, i), uses=merged, pairs=choice.pairs | pairs, words=choice.words + words,
        matched_words=choice.matched_words + gained_words, matched_pairs=choice.matched_pairs + gained_pairs,
    )
