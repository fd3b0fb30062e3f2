"""Extractive summaries over spaCy's sentences, ranked with sumy.

``auto`` (the default) is position-weighted concept coverage with a length prior, in
``coverage.py``: on CNN/DailyMail it scores above the first three sentences (lead-3) where
sumy's methods, used plainly, score 3-8 ROUGE-1 below them (figures in models/README.md).
The named methods are sumy's own, over the same clean candidates, plus ``lead`` (the first
candidates). Candidates exclude page furniture (``segmentation``),
fragments, duplicates and the title repeated.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

from newsbrief.analysis.coverage import CoverageParams, fitted_params
from newsbrief.analysis.schema import Summary, SummarySentence
from newsbrief.analysis.segmentation import Sentence, is_quote_only
from newsbrief.analysis.sumy_bridge import SUMMARIZERS, build_document, rate_sentences, sentence_words

METHODS: tuple[str, ...] = ("auto", "lead", *SUMMARIZERS)
MIN_CANDIDATE_WORDS = 5


def candidate_sentences(sentences: Sequence[Sentence], title: str | None = None) -> list[Sentence]:
    """Sentences a summary may use: no page furniture, no fragments, no verbless lines (lists,
    line-ups, teasers), not the title again; one of each duplicate."""
    seen: set[str] = {" ".join(title.lower().split()).rstrip(".")} if title else set()
    candidates = []
    for sentence in sentences:
        key = " ".join(sentence.text.lower().split()).rstrip(".")
        if sentence.is_boilerplate or key in seen or len(sentence_words(sentence)) < MIN_CANDIDATE_WORDS:
            continue
        if not _has_verb(sentence):
            continue
        seen.add(key)
        candidates.append(sentence)
    return candidates


def _has_verb(sentence: Sentence) -> bool:
    """True when the sentence has a verb, or when the pipeline tags no parts of speech."""
    if not sentence.span.doc.has_annotation("POS"):
        return True
    return any(token.pos_ in {"VERB", "AUX"} for token in sentence.span)


def summarize(
    sentences: Sequence[Sentence],
    *,
    count: int,
    method: str = "auto",
    title: str | None = None,
    auto_params: CoverageParams | None = None,
) -> Summary:
    """The ``count`` best sentences by ``method``, in article order (``auto_params`` replace
    the fitted parameters of ``auto``, for fitting them)."""
    candidates = candidate_sentences(sentences, title)
    attributed = [s for s in candidates if not is_quote_only(s.text)]
    if len(attributed) >= count:  # a quotation without its speaker only when nothing better is left
        candidates = attributed
    if method == "lead":
        scores = {s.index: 1.0 / (1 + rank) for rank, s in enumerate(candidates)}
    else:
        scores = _sumy_scores(method, candidates, title, count, auto_params or fitted_params())
    chosen = sorted(candidates, key=lambda s: (-scores[s.index], s.index))[:count]
    return Summary(method=method, sentences=_as_summary(chosen, scores))


def _sumy_scores(
    method: str, candidates: Sequence[Sentence], title: str | None, count: int, params: CoverageParams
) -> dict[int, float]:
    document, back = build_document(candidates, title)
    params = replace(params, window=max(params.window, 2 * count))  # look further for longer summaries
    raw = {sentence.index: 0.0 for sentence in candidates}
    for key, rating in rate_sentences(method, document, title, params).items():
        if key in back:
            raw[back[key].index] = rating if math.isfinite(rating) else 0.0  # LexRank on a one-word vocabulary: NaN
    return _normalise(raw)


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
