"""Extractive summaries over spaCy's sentences, ranked with sumy.

``auto`` combines what is known to work on news: LexRank centrality (Erkan & Radev 2004, via
sumy), a position prior (news puts the gist first; Zheng & Lapata 2019, PacSum, weight
centrality by position), similarity to the title, and a length prior; the picks are then
made greedily with maximal marginal relevance (Carbonell & Goldstein 1998) so two sentences
saying the same thing are not both chosen. The named methods are sumy's own, used plainly,
plus ``lead`` (the first sentences).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from newsbrief.analysis.schema import Summary, SummarySentence
from newsbrief.analysis.segmentation import Sentence
from newsbrief.analysis.sumy_bridge import (
    SUMMARIZERS,
    build_document,
    rate_sentences,
    sentence_words,
    stop_words,
)

METHODS: tuple[str, ...] = ("auto", "lead", *SUMMARIZERS)
MIN_CANDIDATE_WORDS = 5
WEIGHTS = {"centrality": 0.35, "position": 0.45, "title": 0.15, "length": 0.05}
MMR_LAMBDA = 0.75


def candidate_sentences(sentences: Sequence[Sentence], title: str | None = None) -> list[Sentence]:
    """Sentences a summary may use: no page furniture, no fragments, not the title again;
    one of each duplicate."""
    seen: set[str] = {" ".join(title.lower().split()).rstrip(".")} if title else set()
    candidates = []
    for sentence in sentences:
        key = " ".join(sentence.text.lower().split()).rstrip(".")
        if sentence.is_boilerplate or key in seen or len(sentence_words(sentence)) < MIN_CANDIDATE_WORDS:
            continue
        seen.add(key)
        candidates.append(sentence)
    return candidates


def summarize(
    sentences: Sequence[Sentence], *, count: int, method: str = "auto", title: str | None = None
) -> Summary:
    """The ``count`` best sentences by ``method``, in article order."""
    candidates = candidate_sentences(sentences, title)
    if method == "lead":
        scores = {s.index: 1.0 / (1 + rank) for rank, s in enumerate(candidates)}
        chosen = candidates[:count]
    elif method == "auto":
        scores = _auto_scores(candidates, title)
        chosen = _mmr_select(candidates, scores, count)
    else:
        scores = _sumy_scores(method, candidates, title)
        chosen = sorted(candidates, key=lambda s: (-scores[s.index], s.index))[:count]
    return Summary(method=method, sentences=_as_summary(chosen, scores))


def _sumy_scores(method: str, candidates: Sequence[Sentence], title: str | None) -> dict[int, float]:
    document, back = build_document(candidates, title)
    raw = {sentence.index: 0.0 for sentence in candidates}
    for key, rating in rate_sentences(method, document, title).items():
        if key in back:
            raw[back[key].index] = rating
    return _normalise(raw)


def _auto_scores(candidates: Sequence[Sentence], title: str | None) -> dict[int, float]:
    centrality = _sumy_scores("lexrank", candidates, None) if len(candidates) > 2 else {}
    title_words = _content_words(title.split()) if title else set()
    scores = {}
    for rank, sentence in enumerate(candidates):
        words = _content_words(sentence_words(sentence))
        parts = {
            "centrality": centrality.get(sentence.index, 1.0),
            "position": 1.0 / math.sqrt(1 + rank),
            "title": _overlap(words, title_words),
            "length": _length_prior(len(sentence_words(sentence))),
        }
        scores[sentence.index] = sum(WEIGHTS[name] * value for name, value in parts.items())
    return _normalise(scores)


def _mmr_select(candidates: Sequence[Sentence], scores: dict[int, float], count: int) -> list[Sentence]:
    words = {s.index: _content_words(sentence_words(s)) for s in candidates}
    chosen: list[Sentence] = []
    pool = list(candidates)
    while pool and len(chosen) < count:
        def gain(sentence: Sentence) -> float:
            redundancy = max((_overlap(words[sentence.index], words[c.index]) for c in chosen), default=0.0)
            return MMR_LAMBDA * scores[sentence.index] - (1 - MMR_LAMBDA) * redundancy

        best = max(pool, key=gain)
        chosen.append(best)
        pool.remove(best)
    return chosen


def _content_words(words: Sequence[str]) -> set[str]:
    return {w.lower() for w in words if w.lower() not in stop_words() and any(c.isalnum() for c in w)}


def _overlap(one: set[str], other: set[str]) -> float:
    if not one or not other:
        return 0.0
    return len(one & other) / math.sqrt(len(one) * len(other))


def _length_prior(words: int) -> float:
    """News lead sentences run 15–40 words; very short or very long ones rarely summarise."""
    if words < 8:
        return 0.2
    return 1.0 if words <= 45 else 0.5


def _normalise(scores: dict[int, float]) -> dict[int, float]:
    if not scores:
        return {}
    low, high = min(scores.values()), max(scores.values())
    span = high - low
    return {key: (value - low) / span if span else 1.0 for key, value in scores.items()}


def _as_summary(chosen: Sequence[Sentence], scores: dict[int, float]) -> tuple[SummarySentence, ...]:
    return tuple(
        SummarySentence(s.text, s.start_char, s.end_char, round(scores.get(s.index, 0.0), 4))
        for s in sorted(chosen, key=lambda s: s.index)
    )
