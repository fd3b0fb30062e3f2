"""Extractive summaries over spaCy's sentences, ranked with sumy.

``auto`` (the default) chooses the leading sentences expected to score best against a human
summary: learned word and word-pair salience (``word_stats``, ``salience``) and a search for
the set with the highest expected ROUGE (``expected_rouge``). On CNN/DailyMail it scores above
the first three sentences (lead-3), where sumy's methods, used plainly, score 2.5-8 ROUGE-1
below them (figures in models/README.md). The named methods are sumy's own, over the same
clean candidates, plus ``lead`` (the first candidates). Candidates exclude page furniture
(``segmentation``), fragments, duplicates and the title repeated; quotations without their
speaker (a quoted sentence alone, or the middle or end of a quoted passage) are used only when
too few other sentences are left.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from newsbrief.analysis.expected_rouge import choose
from newsbrief.analysis.salience import SalienceModel, fitted_model, salience
from newsbrief.analysis.schema import Summary, SummarySentence
from newsbrief.analysis.segmentation import Sentence, continues_a_quotation, is_quote_only
from newsbrief.analysis.sumy_bridge import SUMMARIZERS, build_document, rate_sentences, sentence_words
from newsbrief.analysis.word_stats import article_words

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


def usable_candidates(sentences: Sequence[Sentence], title: str | None, count: int) -> list[Sentence]:
    """The candidates, without quotations missing their speaker and without sentences that
    only announce what follows ("Obama also said:"), unless fewer than ``count`` would be left."""
    candidates = candidate_sentences(sentences, title)
    inside = {s.index for s, within in zip(sentences, continues_a_quotation(sentences), strict=True) if within}
    attributed = [
        s for s in candidates if not is_quote_only(s.text) and s.index not in inside and not s.text.endswith(":")
    ]
    return attributed if len(attributed) >= count else candidates


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
    auto_model: SalienceModel | None = None,
) -> Summary:
    """The ``count`` best sentences by ``method``, in article order (``auto_model`` replaces
    the fitted model of ``auto``, for fitting it)."""
    candidates = usable_candidates(sentences, title, count)
    if method == "lead":
        scores = {s.index: 1.0 / (1 + rank) for rank, s in enumerate(candidates)}
    elif method == "auto":
        scores = _normalise(_auto_scores(candidates, title, count, auto_model or fitted_model()))
    else:
        scores = _sumy_scores(method, candidates, title)
    chosen = sorted(candidates, key=lambda s: (-scores[s.index], s.index))[:count]
    return Summary(method=method, sentences=_as_summary(chosen, scores))


def _auto_scores(
    candidates: Sequence[Sentence], title: str | None, count: int, model: SalienceModel
) -> dict[int, float]:
    """The chosen sentences above the rest; within each group, a sentence's expected ROUGE
    as a summary on its own. Longer summaries look further down and expect longer references."""
    words = article_words(candidates, title)
    window = words.units[: max(model.window, 2 * count)]
    reference = model.reference_words * count / 3
    picked, alone = choose(window, salience(words, model), count=count, reference=reference, beam=model.beam)
    raw = {sentence.index: 0.0 for sentence in candidates}
    for i, value in enumerate(alone):
        raw[candidates[i].index] = value + (2.0 if i in picked else 0.0)  # expected F1s sum to at most 2
    return raw


def _sumy_scores(method: str, candidates: Sequence[Sentence], title: str | None) -> dict[int, float]:
    document, back = build_document(candidates, title)
    raw = {sentence.index: 0.0 for sentence in candidates}
    for key, rating in rate_sentences(method, document, title).items():
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
