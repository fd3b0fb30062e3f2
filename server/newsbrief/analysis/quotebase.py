"""What every quote extractor shares: the quote record and per-document lookups."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from newsbrief.analysis.quotemarks import QuotedSpan
from newsbrief.analysis.schema import QuoteKind
from newsbrief.analysis.segmentation import Sentence


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


class QuoteContext:
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
            self.quoted.update(self.token_range(span.open_char, outer_end(span)))

    def token_range(self, start_char: int, end_char: int) -> range:
        first = bisect.bisect_left(self.token_starts, start_char)
        last = bisect.bisect_left(self.token_starts, end_char)
        return range(first, last)

    def sentence_index(self, char: int) -> int:
        return max(bisect.bisect_right(self.sentence_starts, char) - 1, 0)

    def paragraph_of(self, char: int) -> int:
        return self.sentences[self.sentence_index(char)].paragraph


def outer_end(span: QuotedSpan) -> int:
    """Where a quotation ends, its closing mark included."""
    return span.close_char + 1 if span.close_char is not None else span.end_char


def tokens_in(doc: Doc, words: set[str]) -> list[int]:
    """Indices of the tokens whose lower-cased form is one of ``words``, in one vectorised pass
    (a Python loop over every token would cost more than the rest of the step)."""
    strings = doc.vocab.strings
    wanted = numpy.array([strings[w] for w in words if w in strings], dtype=numpy.uint64)
    return [int(i) for i in numpy.nonzero(numpy.isin(doc.to_array(LOWER), wanted))[0]] if len(wanted) else []
