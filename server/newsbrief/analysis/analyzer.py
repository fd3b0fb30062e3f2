"""One analysis: parse once, then summary, actors and quotes over the same Doc.

Each capability fails soft: if one raises, the response still carries the others and a
warning names what is missing.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsbrief import __version__
from newsbrief.analysis.actors import ActorDraft, build_actors, finalize_actors, salience
from newsbrief.analysis.language import detect_language
from newsbrief.analysis.options import AnalyzeOptions
from newsbrief.analysis.pipeline import load_pipeline, model_label
from newsbrief.analysis.quotes import RawQuote, extract_quotes
from newsbrief.analysis.schema import Actor, Analysis, Meta, Quote, Summary, TextSpan
from newsbrief.analysis.segmentation import Sentence, split_sentences
from newsbrief.analysis.speakers import resolve_speakers
from newsbrief.analysis.summary import summarize

logger = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class Article:
    text: str
    title: str | None = None
    options: AnalyzeOptions = field(default_factory=AnalyzeOptions)


class Analyzer:
    """Holds the loaded pipeline; turns article text into an :class:`Analysis`."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.model = model_label(nlp)
        # spaCy gains nothing from threads and its string store is not meant for concurrent
        # writers: a threaded server analyses one article at a time per process.
        self._lock = threading.Lock()

    @classmethod
    def load(cls, model: str | None = None) -> Analyzer:
        return cls(load_pipeline(model))

    def analyze(self, article: Article) -> Analysis:
        with self._lock:
            started = time.perf_counter()
            return self.analyze_doc(self.nlp(article.text), article, started)

    def analyze_doc(self, doc: Doc, article: Article, started: float) -> Analysis:
        """Everything after the parse."""
        return analyze_parsed(doc, article, model=self.model, started=started)


def analyze_parsed(doc: Doc, article: Article, *, model: str, started: float) -> Analysis:
    """Everything after the parse of ``article.text`` into ``doc``; ``started`` is when the
    work on this article began (``time.perf_counter()``), for ``meta.elapsed_ms``."""
    warnings: list[str] = []
    language = detect_language(article.text)
    if language.code != "en":
        warnings.append(
            f"The text looks like language {language.code!r}, not English: "
            "the analysis is built for English and may be wrong."
        )
    no_sentences: list[Sentence] = []
    sentences = _soft(warnings, "sentences", lambda: split_sentences(doc), no_sentences)
    summary = _soft(
        warnings, "summary", lambda: _summary(sentences, article, warnings),
        Summary(method=article.options.summary_method, sentences=()),
    )
    no_quotes: list[RawQuote] = []
    raw_quotes = _soft(warnings, "quotes", lambda: extract_quotes(doc, sentences), no_quotes)
    no_actors: list[ActorDraft] = []
    drafts = _soft(warnings, "actors", lambda: build_actors(doc), no_actors)
    unresolved: list[ActorDraft | None] = [None] * len(raw_quotes)
    speakers = _soft(warnings, "speakers", lambda: _resolve(doc, raw_quotes, drafts), unresolved)
    actors = _finalize(drafts, summary, article, len(article.text))
    quotes = _quote_records(article.text, raw_quotes, speakers, actors)
    meta = Meta(
        language=language.code,
        model=model,
        version=__version__,
        chars=len(article.text),
        sentences=len(sentences),
        elapsed_ms=round((time.perf_counter() - started) * 1000, 1),
        warnings=tuple(warnings),
    )
    return Analysis(summary=summary, actors=tuple(a for _, a in actors), quotes=quotes, meta=meta)


def _summary(sentences: list[Sentence], article: Article, warnings: list[str]) -> Summary:
    wanted = article.options.summary_sentences
    summary = summarize(sentences, count=wanted, method=article.options.summary_method, title=article.title)
    if len(summary.sentences) < wanted:
        warnings.append(
            f"The article has {len(summary.sentences)} usable sentence(s); "
            f"{wanted} were asked for."
        )
    return summary


def _soft(warnings: list[str], capability: str, compute: Callable[[], T], fallback: T) -> T:
    try:
        return compute()
    except Exception:  # one capability failing must not cost the reader the others
        logger.exception("newsbrief %s step failed", capability)
        warnings.append(f"The {capability} step failed; its results are missing.")
        return fallback


def _resolve(doc: Doc, raw_quotes: list[RawQuote], drafts: list[ActorDraft]) -> list[ActorDraft | None]:
    speakers = resolve_speakers(doc, raw_quotes, drafts)
    for speaker in speakers:
        if speaker is not None:
            speaker.quote_count += 1
    return speakers


def _finalize(
    drafts: list[ActorDraft], summary: Summary, article: Article, length: int
) -> list[tuple[ActorDraft, Actor]]:
    spans = [(s.start_char, s.end_char) for s in summary.sentences]
    scores = [salience(d, text_length=length, title=article.title, summary=spans) for d in drafts]
    return finalize_actors(drafts, scores)


def _quote_records(
    text: str,
    raw_quotes: list[RawQuote],
    speakers: list[ActorDraft | None],
    actors: list[tuple[ActorDraft, Actor]],
) -> tuple[Quote, ...]:
    by_draft = {id(draft): actor for draft, actor in actors}
    records = []
    for raw, speaker in zip(raw_quotes, speakers, strict=True):
        actor = by_draft.get(id(speaker)) if speaker is not None else None
        mention = raw.speaker
        records.append(
            Quote(
                text=text[raw.start_char : raw.end_char],
                start_char=raw.start_char,
                end_char=raw.end_char,
                kind=raw.kind,
                speaker=actor.name if actor else None,
                speaker_id=actor.id if actor else None,
                speaker_mention=_text_span(mention),
                cue=_text_span(raw.cue),
                confidence=raw.confidence,
            )
        )
    return tuple(records)


def _text_span(span: Span | None) -> TextSpan | None:
    return TextSpan(span.text, span.start_char, span.end_char) if span is not None else None
