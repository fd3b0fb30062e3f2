"""Choosing sentences by expected ROUGE, on units and probabilities we set by hand."""

from __future__ import annotations

import itertools
import random

import pytest

from newsbrief.analysis.expected_rouge import choose, expected_f1
from newsbrief.analysis.salience import Salience


def cumulative(*levels: float) -> tuple[float, ...]:
    return tuple(itertools.accumulate(levels))


def test_expected_f1_is_the_sum_of_the_two_f_measures() -> None:
    assert expected_f1(3.0, 1.0, 10, 20.0) == pytest.approx(2 * 3 / 30 + 2 * 1 / 28)
    assert expected_f1(0.0, 0.0, 0, 20.0) == 0.0


def brute_force(sentences, salience: Salience, count: int, reference: float) -> tuple[int, ...]:
    def value(picked):
        uses: dict[str, int] = {}
        for i in picked:
            for unit in sentences[i]:
                uses[unit] = uses.get(unit, 0) + 1
        words = sum(salience.words[u][min(n, len(salience.words[u])) - 1] for u, n in uses.items())
        pairs = set().union(*(set(itertools.pairwise(sentences[i])) for i in picked))
        return expected_f1(words, sum(salience.pairs.get(p, 0.0) for p in pairs), sum(uses.values()), reference)

    return max(itertools.combinations(range(len(sentences)), count), key=value)


@pytest.mark.parametrize("seed", range(12))
def test_a_beam_as_wide_as_the_pairs_finds_the_best_three(seed: int) -> None:
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(25)]
    sentences = [[rng.choice(vocabulary) for _ in range(rng.randint(4, 14))] for _ in range(8)]
    words = {w: cumulative(*(rng.random() / (k + 1) for k in range(rng.randint(1, 3)))) for w in vocabulary}
    pairs = {p: rng.random() for s in sentences for p in itertools.pairwise(s) if rng.random() < 0.5}
    salience = Salience(words=words, pairs=pairs)
    picked, _ = choose(sentences, salience, count=3, reference=20.0, beam=28)
    assert tuple(sorted(picked)) == brute_force(sentences, salience, 3, 20.0)


def test_a_repeated_sentence_adds_nothing() -> None:
    news = ["flood", "close", "mill", "road"]
    other = ["volunt", "fill", "sandbag"]
    salience = Salience(words={"flood": (0.9,), "close": (0.6,), "mill": (0.8,), "road": (0.7,), "volunt": (0.4,),
                               "fill": (0.3,), "sandbag": (0.5,)}, pairs={})
    picked, _ = choose([news, news, other], salience, count=2, reference=10.0, beam=10)
    assert sorted(picked) == [0, 2]


def test_of_two_sentences_carrying_the_same_words_the_shorter_wins() -> None:
    short = ["levee", "fail"]
    long = ["levee", "fail", "and", "the", "council", "said", "little", "else"]
    salience = Salience(words={"levee": (0.9,), "fail": (0.8,)}, pairs={("levee", "fail"): 0.5})
    picked, alone = choose([long, short], salience, count=1, reference=10.0, beam=5)
    assert picked == [1]
    assert alone[1] > alone[0]


def test_fewer_sentences_than_asked() -> None:
    salience = Salience(words={"a": (0.5,)}, pairs={})
    assert choose([["a"]], salience, count=3, reference=10.0, beam=5)[0] == [0]
    assert choose([], salience, count=3, reference=10.0, beam=5) == ([], [])
