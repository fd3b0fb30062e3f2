"""Who "I" is when the article itself speaks in the first person: an op-ed, a column, a letter.

A reporter's "I" outside quotation marks is the writer's own voice, and the writer is named
by the piece, not by the parse: a byline at the top ("By Jane Doe"), an author's note at the
end ("Jane Doe is a playwright in Boston."), or, on a letters page, a signature line after
each letter ("Jane Doe." alone on its line). A signature speaks for the paragraphs since the
previous one; a byline or an author's note for the whole piece. Without any of them "I" stays
unresolved: guessing a name the article never ties to its voice would be a wrong attribution.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from newsbrief.analysis.gender import given_names
from newsbrief.analysis.quotebase import tokens_in
from newsbrief.analysis.segmentation import paragraph_starts

_FIRST_PERSON = {"i", "me", "my", "myself"}
_NAME_WORD = re.compile(r"^(?:[A-Z][A-Za-zà-ÿ'’-]+|[A-Z]\.)$")
_BYLINE = re.compile(r"^\s*By\s+(?=[A-Z])")
_NOTE_VERBS = {"is", "was", "has", "writes", "teaches", "lives", "served", "works"}
_APPOSITIVE_STARTS = {"a", "an", "the", "who"}
_MIN_NOTE_TOKENS = 6  # a note describes; "Jane Doe, Leeds." is a signature
_BYLINE_LINES = 3  # a byline sits above the story
_NOTE_LINES = 2  # an author's note closes it
_MAX_NAME_WORDS = 4
_MAX_SIGNATURE_CHARS = 80  # a name and a town


@dataclass(frozen=True)
class Narrator:
    """The writer whose voice runs from ``start_char`` to ``end_char``."""

    name: Span
    start_char: int
    end_char: int


def find_narrators(doc: Doc, quoted: Sequence[bool]) -> list[Narrator]:
    """Signed letters first (each covers its own paragraphs), then a byline or an author's
    note covering the whole text; only where the text says "I" outside quotation marks."""
    first_person = [doc[i].idx for i in tokens_in(doc, _FIRST_PERSON) if doc[i].pos_ == "PRON" and not quoted[i]]
    if not first_person:
        return []
    text = doc.text  # (built anew on every read of Doc.text)
    lines = _lines(text)
    found: list[Narrator] = []
    previous_end = 0
    for start, end in lines:
        name = _signature(doc, text, start, end) if end - start <= _MAX_SIGNATURE_CHARS else None
        if name is not None and any(previous_end <= c < start for c in first_person):
            found.append(Narrator(name, previous_end, start))
            previous_end = end
    whole = _byline(doc, text, lines[:_BYLINE_LINES]) or _authors_note(doc, lines[-_NOTE_LINES:])
    if whole is not None:
        found.append(Narrator(whole, 0, len(text)))
    return found


def narrator_at(narrators: Sequence[Narrator], char: int) -> Narrator | None:
    """The narrator whose voice holds ``char``: its own letter before the whole piece's author."""
    return next((n for n in narrators if n.start_char <= char < n.end_char), None)


def _lines(text: str) -> list[tuple[int, int]]:
    result = []
    for start in paragraph_starts(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        while end > start and text[end - 1].isspace():
            end -= 1
        result.append((start, end))
    return result


def _signature(doc: Doc, text: str, start: int, end: int) -> Span | None:
    """"Chris Smith." or "Chris Smith, Tulsa, Okla." alone on its line: a letter's signature."""
    line = text[start:end].rstrip(".")
    name, _, place = line.partition(",")
    if place and not all(_NAME_WORD.match(w) for w in place.replace(",", " ").split()[:_MAX_NAME_WORDS + 1]):
        return None  # "Jane Doe, a nurse, said ...": a sentence, not a signature
    if len(place.split()) > _MAX_NAME_WORDS:
        return None
    return _name(doc, start, start + len(name))


def _byline(doc: Doc, text: str, lines: Sequence[tuple[int, int]]) -> Span | None:
    for start, end in lines:
        match = _BYLINE.match(text[start:end])
        if match is not None:
            rest = text[start + match.end() : end]
            words = rest.replace(" and ", ",").split(",")[0].rstrip(". ")
            return _name(doc, start + match.end(), start + match.end() + len(words))
    return None


def _authors_note(doc: Doc, lines: Sequence[tuple[int, int]]) -> Span | None:
    """"Charlotte Meehan is playwright-in-residence at ...": a name that opens one of the last
    lines and is described right after."""
    for start, end in lines:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        words = 0
        while words < min(len(span), _MAX_NAME_WORDS + 1) and _NAME_WORD.match(span[words].text):
            words += 1
        if 2 <= words <= _MAX_NAME_WORDS and len(span) >= words + _MIN_NOTE_TOKENS and _describes(span, words):
            return _name(doc, span.start_char, span[words - 1].idx + len(span[words - 1].text))
    return None


def _describes(line: Span, after: int) -> bool:
    """"Jane Doe is a nurse", "Jane Doe, a nurse, lives ...": the name is being described."""
    word = line[after].lower_
    return word in _NOTE_VERBS or (word == "," and line[after + 1].lower_ in _APPOSITIVE_STARTS)


def _name(doc: Doc, start: int, end: int) -> Span | None:
    """A person's name filling ``[start, end)``: two to four capitalised words, tagged as a
    person, opening with a given name, or proper nouns of no other kind."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not 2 <= len(span) <= _MAX_NAME_WORDS + 2:
        return None
    words = [t for t in span if not t.is_space]
    if not 2 <= len(words) <= _MAX_NAME_WORDS or not all(_NAME_WORD.match(t.text) for t in words):
        return None
    if all(t.ent_type_ == "PERSON" for t in words) or words[0].lower_ in given_names():
        return doc[words[0].i : words[-1].i + 1]
    # Names the tagger does not know: proper nouns that are not some other kind of entity.
    if all(t.pos_ == "PROPN" and not t.ent_type_ for t in words):
        return doc[words[0].i : words[-1].i + 1]
    return None
