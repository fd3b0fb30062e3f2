"""Other names of one organisation or place ("U.S." / "United States"), from a lexicon, and the
descriptions that stand for it once named ("the bloc" for the European Union)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from newsbrief.analysis.lexicons import entity_aliases
from newsbrief.analysis.names import Words, text_words


@lru_cache(maxsize=1)
def _canonical() -> dict[Words, Words]:
    table = {}
    for row in entity_aliases():
        canonical = text_words(row[0])
        for alias in row:
            if not alias.startswith("the "):
                table[text_words(alias)] = canonical
    return table


@lru_cache(maxsize=1)
def _descriptions() -> dict[Words, Words]:
    return {
        text_words(alias.removeprefix("the ")): text_words(row[0])
        for row in entity_aliases() for alias in row[1:] if alias.startswith("the ")
    }


def canonical_key(words: Words) -> Words:
    """The canonical name words for an alias ("us" → "united states"), else ``words``."""
    return _canonical().get(words, words)


def description_mentions(doc: Doc, named: set[Words]) -> list[tuple[Words, Span]]:
    """("the bloc" → European Union) spans for entities the article names, in document order."""
    found: list[tuple[Words, Span]] = []
    wanted = {key: canonical for key, canonical in _descriptions().items() if canonical in named}
    if not wanted:
        return found
    for token in doc:
        if token.lower_ == "the" and token.i + 1 < len(doc):
            key = (doc[token.i + 1].lower_,)
            nxt = doc[token.i + 2] if token.i + 2 < len(doc) else None
            if key in wanted and not (nxt is not None and nxt.pos_ in ("NOUN", "PROPN")):
                found.append((wanted[key], doc[token.i + 1 : token.i + 2]))
    return found
