"""Name words and when two names can denote the same person.

"Hillary Clinton", "Clinton", "Mrs. Clinton" and "Clinton’s" are one person; "Bill Clinton" is
another. "Holtz-Eakin" and "Suu Kyi" are surnames of more than one word: a name that ends a
fuller name is that person. "Joseph R. Biden Jr." is "Biden".
"""

from __future__ import annotations

import re

from spacy.tokens import Span

_NON_WORD = re.compile(r"[^\w]+")
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}

Words = tuple[str, ...]


def normalise(word: str) -> str:
    """Lower-cased, without punctuation ("U.S." → "us", "O’Neill" → "oneill")."""
    return _NON_WORD.sub("", word.lower())


def span_words(span: Span) -> Words:
    """Lower-cased name words of a span: punctuation and generational suffixes dropped."""
    words = tuple(word for word in (normalise(token.text) for token in span) if word)
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words = words[:-1]
    return words


def text_words(text: str) -> Words:
    words = tuple(word for word in (normalise(part) for part in re.split(r"[\s\-‐–]+", text)) if word)
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words = words[:-1]
    return words


def same_person(known: Words, words: Words) -> bool:
    """Whether ``words`` can name the person known by ``known`` (their fullest name)."""
    if not known or not words:
        return False
    if len(words) == 1:
        return words[0] == known[-1] or (len(known) > 1 and words[0] == known[0])
    if len(known) == 1:
        return known[0] == words[-1]
    if known[-len(words):] == words or words[-len(known):] == known:
        return True
    return known[-1] == words[-1] and compatible_first(known[0], words[0])


def compatible_first(one: str, other: str) -> bool:
    """"Joe" and "Joseph", "J" and "John": one is the other or begins it."""
    return one == other or one.startswith(other) or other.startswith(one)


def is_surname_of(words: Words, known: Words) -> bool:
    """A surname alone (one word or more) ending a fuller name."""
    return len(known) > len(words) and known[-len(words):] == words


def initials(words: Words, linkers: frozenset[str]) -> str:
    return "".join(word[0] for word in words if word not in linkers)
