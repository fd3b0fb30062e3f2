"""Quotes: direct, partial and indirect speech, each with its cue and speaker mention.

Direct and partial quotes start from quotation marks (:mod:`quotemarks`); the cue is the
speech verb (or "according to") of the sentence holding the quote, the speaker its subject.
A fully quoted sentence without a cue continues the previous quote's speaker. Indirect speech
is a speech verb's clausal complement with no quotation marks in it. Speakers stay mentions
here ("he", "the senator"); :mod:`coref` resolves them to actors.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from newsbrief.analysis.cues import (
    cue_candidates,
    cue_clause,
    is_according_to,
    is_speech_verb,
    mention_of,
    speaker_of,
)
from newsbrief.analysis.quotemarks import QuotedSpan, find_quoted_spans
from newsbrief.analysis.schema import QuoteKind
from newsbrief.analysis.segmentation import Sentence

_MAX_DIRECT_EXTRA_WORDS = 2
_MIN_UNCUED_WORDS = 5
_MAX_TITLE_WORDS = 6
_MIN_INDIRECT_TOKENS = 3


@dataclass(frozen=True)
class RawQuote:
    """A quote before its speaker mention is resolved to an actor."""

    start_char: int
    end_char: int
    kind: QuoteKind
    cue: Span | None
    speaker: Span | None
    confidence: float
    paragraph: int
    closed: bool = True


class _Context:
    """Lookups shared by every quote of one doc."""

    def __init__(self, doc: Doc, sentences: list[Sentence], spans: list[QuotedSpan]) -> None:
        self.spans = spans
        self.doc = doc
        self.text = doc.text
        self.sentences = sentences
        self.sentence_starts = [s.span.start_char for s in sentences]
        self.token_starts = [token.idx for token in doc]
        self.quoted: set[int] = set()
        for span in spans:
            self.quoted.update(self.token_range(span.open_char, _outer_end(span)))

    def token_range(self, start_char: int, end_char: int) -> range:
        first = bisect.bisect_left(self.token_starts, start_char)
        last = bisect.bisect_left(self.token_starts, end_char)
        return range(first, last)

    def sentence_index(self, char: int) -> int:
        return max(bisect.bisect_right(self.sentence_starts, char) - 1, 0)


def extract_quotes(doc: Doc, sentences: list[Sentence]) -> list[RawQuote]:
    """All quotes of the doc in article order, speakers as written."""
    if not sentences:
        return []
    context = _Context(doc, sentences, find_quoted_spans(doc.text))
    spans = context.spans
    marked = [q for q in (_quote_from_marks(context, span) for span in spans) if q is not None]
    marked = _share_speakers(marked)
    quotes = marked + _indirect_quotes(context)
    return sorted(quotes, key=lambda quote: quote.start_char)


def _outer_end(span: QuotedSpan) -> int:
    return span.close_char + 1 if span.close_char is not None else span.end_char


def _quote_from_marks(context: _Context, span: QuotedSpan) -> RawQuote | None:
    first = context.sentence_index(span.open_char)
    last = context.sentence_index(max(_outer_end(span) - 1, span.open_char))
    frame = [t for s in context.sentences[first : last + 1] for t in s.span]
    quote_tokens = set(context.token_range(span.open_char, _outer_end(span)))
    cue = _choose_cue(cue_candidates(frame, context.quoted), quote_tokens)
    if cue is None:
        cue = _cue_nearby(context, first, last, span)
    speaker = speaker_of(cue) if cue is not None else None
    clause = cue_clause(cue, speaker) if cue is not None else set()
    extra = [t for t in frame if t.i not in context.quoted and t.i not in clause and t.is_alpha]
    is_direct = len(extra) <= _MAX_DIRECT_EXTRA_WORDS
    words = context.text[span.start_char : span.end_char].split()
    paragraph = context.sentences[first].paragraph
    if cue is None:
        if not is_direct or not _is_sentence_like(words):
            return None  # scare quotes, titles, terms: no one is quoted
        return RawQuote(span.start_char, span.end_char, "direct", None, None, 0.5, paragraph, span.closed)
    if not is_direct and (speaker is None or _looks_like_title(words)):
        return None  # a fragment in quote marks is someone's words only when someone says it
    kind: QuoteKind = "direct" if is_direct else "partial"
    mention = mention_of(speaker) if speaker is not None else None
    confidence = (0.9 if is_direct else 0.75) if mention is not None else 0.5
    cue_span = _cue_span(cue)
    return RawQuote(span.start_char, span.end_char, kind, cue_span, mention, confidence, paragraph, span.closed)


def _choose_cue(candidates: list[Token], quote_tokens: set[int]) -> Token | None:
    """Prefer strong speech verbs with a subject, then the one closest to the quote."""
    if not candidates or not quote_tokens:
        return None
    low, high = min(quote_tokens), max(quote_tokens)

    def rank(token: Token) -> tuple[int, int, int]:
        distance = low - token.i if token.i < low else token.i - high
        strong = is_speech_verb(token, strong_only=True) or is_according_to(token)
        return (0 if strong else 1, 0 if speaker_of(token) is not None else 1, distance)

    return min(candidates, key=rank)


def _cue_nearby(context: _Context, first: int, last: int, span: QuotedSpan) -> Token | None:
    """A cue in a short sentence right after the quote, or one ending in a colon right before."""
    sentences = context.sentences
    if last + 1 < len(sentences) and sentences[last + 1].paragraph == sentences[last].paragraph:
        following = sentences[last + 1].span
        candidates = cue_candidates(following, context.quoted)
        if candidates and len(following) <= 10 and speaker_of(candidates[0]) is not None:
            return candidates[0]
    if first > 0 and sentences[first - 1].text.endswith(":"):
        candidates = cue_candidates(sentences[first - 1].span, context.quoted)
        if candidates:
            return candidates[-1]
    return None


def _cue_span(cue: Token) -> Span:
    if is_according_to(cue):
        return cue.doc[cue.i : cue.i + 2]
    return cue.doc[cue.i : cue.i + 1]


def _is_sentence_like(words: list[str]) -> bool:
    """Long enough, or a whole short sentence (“Europe must lead.”), to be someone's words."""
    if len(words) >= _MIN_UNCUED_WORDS:
        return True
    return len(words) >= 2 and words[0][:1].isupper() and words[-1].endswith((".", "!", "?"))


def _looks_like_title(words: list[str]) -> bool:
    """“The Apprentice”, “Make America Great Again”: a capitalised name, not speech."""
    long_words = [w for w in words if len(w) > 3]
    return (
        0 < len(words) <= _MAX_TITLE_WORDS
        and bool(long_words)
        and all(w[0].isupper() for w in long_words)
    )


def _share_speakers(quotes: list[RawQuote]) -> list[RawQuote]:
    """A quote running on into the next paragraph and a fully quoted sentence without a cue
    take the speaker of the quote they continue."""
    result = list(quotes)
    for i in range(len(result) - 2, -1, -1):
        current, following = result[i], result[i + 1]
        if not current.closed and current.cue is None and following.speaker is not None:
            result[i] = replace(current, speaker=following.speaker, confidence=0.7)
    for i in range(1, len(result)):
        current, previous = result[i], result[i - 1]
        near = current.paragraph - previous.paragraph <= 2
        if current.cue is None and current.speaker is None and previous.speaker is not None and near:
            result[i] = replace(current, speaker=previous.speaker, confidence=0.65)
    return result


def _indirect_quotes(context: _Context) -> list[RawQuote]:
    """Reported speech: "Hegseth emphasized that any assurances should come from Europe"."""
    quotes = []
    for token in context.doc:
        if token.i in context.quoted or not is_speech_verb(token):
            continue
        speaker = speaker_of(token)
        if speaker is None:
            continue
        for child in token.children:
            if child.dep_ != "ccomp":
                continue
            quote = _reported_clause(context, token, child, speaker)
            if quote is not None:
                quotes.append(quote)
    return quotes


def _reported_clause(context: _Context, cue: Token, clause_head: Token, speaker: Token) -> RawQuote | None:
    tokens = list(clause_head.subtree)
    if any(t.i in context.quoted for t in tokens):
        return None  # the quoted part is reported as a partial quote
    while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if len(tokens) < _MIN_INDIRECT_TOKENS:
        return None
    start = tokens[0].idx
    end = tokens[-1].idx + len(tokens[-1].text)
    paragraph = context.sentences[context.sentence_index(start)].paragraph
    return RawQuote(start, end, "indirect", _cue_span(cue), mention_of(speaker), 0.7, paragraph)
