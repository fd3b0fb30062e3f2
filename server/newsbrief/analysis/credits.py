"""Lines that are not the story: bylines, reporting and photo credits; and headlines, whose
Title Case misleads the entity tagger."""

from __future__ import annotations

import re

from spacy.tokens import Span

_CREDIT_BEFORE = re.compile(
    r"(^|[(;|—–-]|\.\s)\s*(additional\s+)?(reporting|reported|written|writing|editing|edited|compiled|photos?|"
    r"photograph(ed|s)?|illustration|video|graphics?)\s+(by|from)\s*$|^\s*\(?by\s+$|"
    r"^\s*\(?(photo|credit|image)s?\s*:\s*$",
    re.IGNORECASE,
)
_CREDIT_AFTER = re.compile(
    r"^[\s,]*(and\s+[^.;]{0,60}?)?\s*(contributed|reported from|reported for|is a (staff )?(writer|reporter|"
    r"correspondent)|/\s*(getty|afp|ap|reuters|epa))",
    re.IGNORECASE,
)
_SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "as", "with", "from", "is"}


def line_of(span: Span) -> Span:
    """The line holding ``span`` (without its line breaks), found by walking the tokens."""
    doc = span.doc
    start, end = span.start, span.end
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
        end += 1
    return doc[start:end]


def is_credit(span: Span) -> bool:
    """A name in a byline or in a reporting or photo credit."""
    line = line_of(span)
    text = line.text
    before = text[: span.start_char - line.start_char]
    after = text[span.end_char - line.start_char :].split("\n")[0]
    # A credit starts its line or parenthesis: "written by X" mid-sentence names an author.
    return bool(_CREDIT_BEFORE.search(before) or _CREDIT_AFTER.match(after))


def is_headline(span: Span) -> bool:
    """Whether ``span`` sits on a short line written in Title Case."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line_of(span).text) if w.lower() not in _SMALL_WORDS]
    if len(words) < 3 or len(words) > 25:
        return False
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words)
