"""Mentions the entity tagger missed: a person's name where the tagger saw none.

The small model finds "Ivanka Trump" in one sentence and not in the next, and misses surnames
it tagged elsewhere. Once the article has named a person, every other place where the same full
name, or their surname alone (tagged as a proper noun), appears is a mention of them. (Names are
looked up by their lower-cased words, so a name spelt with an apostrophe, "O’Neill", is not.)
"""

from __future__ import annotations

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from newsbrief.analysis.names import Words, normalise


def missed_mentions(doc: Doc, names: list[Words], covered: set[int]) -> list[tuple[int, Span]]:
    """(person index, span) for untagged occurrences of the people's names, in document order."""
    by_first: dict[str, list[tuple[int, Words]]] = {}
    surnames: dict[str, list[int]] = {}
    singles: dict[str, list[int]] = {}
    for index, words in enumerate(names):
        if len(words) > 1:
            by_first.setdefault(words[0], []).append((index, words))
            surnames.setdefault(words[-1], []).append(index)
        elif words:
            singles.setdefault(words[0], []).append(index)
    found: list[tuple[int, Span]] = []
    taken_until = 0
    for i in _candidates(doc, set(by_first) | set(surnames) | set(singles)):
        token = doc[i]
        if i < taken_until or i in covered or not token.text[:1].isupper():
            continue
        # A full name is the person whatever the tagger called it ("Ivanka Trump" as a PRODUCT).
        match = _full_name_at(doc, i, by_first.get(normalise(token.text), []), covered)
        if match is not None:
            found.append(match)
            taken_until = match[1].end
            continue
        if token.ent_type_:
            continue  # a lone word the tagger gave another kind ("Trump" of "Trump Tower") is not the person
        owners = surnames.get(normalise(token.text), [])
        if len(owners) == 1 and token.pos_ == "PROPN" and not _name_continues(doc, i):
            found.append((owners[0], doc[i : i + 1]))
        elif not owners and len(singles.get(normalise(token.text), [])) == 1 and token.pos_ == "PROPN":
            single = _single_name_at(doc, i, covered)
            if single is not None:
                found.append((singles[normalise(token.text)][0], single))
    return found


def _single_name_at(doc: Doc, i: int, covered: set[int]) -> Span | None:
    """A person known by one word ("Oz") named in full where the tagger saw no name: an
    untagged capitalised word before it is their first name ("Mehmet Oz"). The word alone is
    left alone: a one-word "person" is as often a body the tagger misread ("Politifact")."""
    before = doc[i - 1] if i > 0 else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper():
        return None
    if before is None or before.pos_ != "PROPN" or not before.is_title or before.ent_type_:
        return None
    return doc[i - 1 : i + 1] if before.i not in covered and before.is_alpha else None


def _candidates(doc: Doc, words: set[str]) -> list[int]:
    """Indices of tokens that could start a name, found with one vectorised pass (a Python
    loop over every token costs more than the rest of the actors step)."""
    if not words:
        return []
    lowers = doc.to_array(LOWER)
    strings = doc.vocab.strings
    # Every word of the doc is in its string store already; a form that is not never occurs.
    wanted = numpy.array([strings[word] for word in words if word in strings], dtype=lowers.dtype)
    return [int(i) for i in numpy.nonzero(numpy.isin(lowers, wanted))[0]]


def _full_name_at(
    doc: Doc, start: int, candidates: list[tuple[int, Words]], covered: set[int]
) -> tuple[int, Span] | None:
    for index, words in sorted(candidates, key=lambda c: -len(c[1])):
        end = start + len(words)
        free = end <= len(doc) and not covered & set(range(start, end))
        if free and tuple(normalise(t.text) for t in doc[start:end]) == words:
            return index, doc[start:end]
    return None


def _name_continues(doc: Doc, i: int) -> bool:
    """"Trump Tower", "Clinton Foundation": a surname glued to another capitalised word."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    before = doc[i - 1] if i > 0 else None
    return any(t is not None and t.pos_ == "PROPN" and t.text[:1].isupper() for t in (after, before))
