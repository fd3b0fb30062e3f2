"""The response schema: frozen dataclasses that serialise to the API's JSON.

Every ``start_char``/``end_char`` is an offset in Unicode code points into the text the client
sent, so ``text[start_char:end_char] == span.text`` always holds.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

ActorKind = Literal["person", "organization", "place", "group"]
QuoteKind = Literal["direct", "partial", "indirect"]


@dataclass(frozen=True)
class TextSpan:
    text: str
    start_char: int
    end_char: int


@dataclass(frozen=True)
class SummarySentence:
    text: str
    start_char: int
    end_char: int
    score: float


@dataclass(frozen=True)
class Summary:
    method: str
    sentences: tuple[SummarySentence, ...]


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: ActorKind
    roles: tuple[str, ...]
    mention_count: int
    quote_count: int
    salience: float
    mentions: tuple[TextSpan, ...]


@dataclass(frozen=True)
class Quote:
    text: str
    start_char: int
    end_char: int
    kind: QuoteKind
    speaker: str | None
    speaker_id: str | None
    speaker_mention: TextSpan | None
    cue: TextSpan | None
    confidence: float


@dataclass(frozen=True)
class Meta:
    language: str
    model: str
    version: str
    chars: int
    sentences: int
    elapsed_ms: float
    warnings: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Analysis:
    summary: Summary
    actors: tuple[Actor, ...]
    quotes: tuple[Quote, ...]
    meta: Meta

    def with_warnings(self, warnings: tuple[str, ...]) -> Analysis:
        """The same analysis with ``warnings`` added to ``meta.warnings``."""
        if not warnings:
            return self
        return replace(self, meta=replace(self.meta, warnings=(*warnings, *self.meta.warnings)))

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form (tuples become lists)."""
        return asdict(self)
