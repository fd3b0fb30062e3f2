"""What an article does with each of its words: the evidence ``auto`` weighs word by word.

Words are counted in ROUGE's units (Lin 2004, as the ``rouge-score`` package tokenizes):
lower-cased runs of letters and digits, those over three characters stemmed (here with
sumy's English stemmer). For every such unit the article's candidate sentences give its
count, the first sentence it appears in, how many of the first three sentences use it, how
widely it is spread, whether it is a stop word, and what spaCy says its tokens are (part of
speech, person names). These are the signals Hong & Nenkova (2014, "Improving the estimation
of word importance for news multi-document summarization") found to predict which words a
human summary keeps; ``salience.py`` turns them into probabilities.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from newsbrief.analysis.segmentation import Sentence
from newsbrief.analysis.sumy_bridge import stemmer, stop_words

_UNIT = re.compile(r"[a-z0-9]+")
LEAD = 3  # sentences that make "the lead"


@dataclass
class WordStats:
    """One unit's evidence over the candidate sentences (ranks count from 0)."""

    count: int = 0
    first: int = 0
    lead: int = 0
    sentences: set[int] = field(default_factory=set)
    stop: bool = False
    pos: Counter[str] = field(default_factory=Counter)
    person: int = 0


@dataclass(frozen=True)
class ArticleWords:
    """The units of each candidate sentence, in order, and every unit's evidence."""

    units: tuple[tuple[str, ...], ...]
    stats: dict[str, WordStats]


def units(text: str) -> list[str]:
    """``text`` in ROUGE's units: lower-cased alphanumeric runs, words over 3 characters stemmed."""
    return [_stem(word) if len(word) > 3 else word for word in _UNIT.findall(text.lower())]


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return str(stemmer()(word))


def article_words(candidates: Sequence[Sentence], title: str | None = None) -> ArticleWords:
    """The units of ``candidates`` (in rank order) with their evidence, each unit annotated
    from the spaCy token it lies in. A title counts as a sentence before the first: its
    words are first seen at rank 0 and belong to the lead."""
    stops = stop_words()
    stats: dict[str, WordStats] = {}
    sentence_units: list[tuple[str, ...]] = []
    for rank, sentence in enumerate(candidates):
        found: list[str] = []
        tokens = list(sentence.span)
        starts = [token.idx for token in tokens]
        for match in _UNIT.finditer(sentence.text.lower()):
            word = match.group()
            unit = _stem(word) if len(word) > 3 else word
            token = tokens[max(bisect.bisect_right(starts, sentence.start_char + match.start()) - 1, 0)]
            found.append(unit)
            record = stats.get(unit)
            if record is None:
                record = stats[unit] = WordStats(first=rank, stop=word in stops)
            record.count += 1
            record.lead += rank < LEAD
            record.sentences.add(rank)
            record.pos[token.pos_] += 1
            record.person += token.ent_type_ == "PERSON"
        sentence_units.append(tuple(found))
    for unit in units(title or ""):
        if unit in stats:  # a title word the article never uses cannot be chosen anyway
            record = stats[unit]
            record.count += 1
            record.first = 0
            record.lead += 1
    return ArticleWords(units=tuple(sentence_units), stats=stats)
