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
_AFTER_WORDS = {"contributed", "reported", "is", "/", "/getty", "/afp", "/ap", "/reuters", "/epa"}
_SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "as", "with", "from", "is"}


def line_of(span: Span) -> Span:
    """The line holding ``span`` (without its line breaks). Every line break starts a sentence
    in our pipeline, so whole sentences are stepped over, not single tokens."""
    doc = span.doc
    if not doc.has_annotation("SENT_START"):
        return _line_by_tokens(span)
    first = last = span.sent
    while first.start > 0 and "\n" not in doc[first.start - 1].text_with_ws:
        first = doc[first.start - 1].sent
    while last.end < len(doc) and "\n" not in doc[last.end - 1].text_with_ws:
        last = doc[last.end].sent
    return _line_by_tokens(doc[first.start : last.end]) if span.end <= last.end else _line_by_tokens(span)


def cached_line(span: Span, lines: dict[int, Span] | None) -> Span:
    if lines is None or not span.doc.has_annotation("SENT_START"):
        return line_of(span)
    start = span.sent.start
    line = lines.get(start)
    if line is None or not (line.start <= span.start and span.end <= line.end):
        line = lines[start] = line_of(span)
    return line


def _line_by_tokens(span: Span) -> Span:
    doc = span.doc
    start, end = span.start, span.end
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
        end += 1
    return doc[start:end]


def is_credit(span: Span, lines: dict[int, Span] | None = None) -> bool:
    """A name in a byline or in a reporting or photo credit. ``lines`` caches lines by sentence."""
    if not _may_be_credit(span):
        return False
    line = cached_line(span, lines)
    text = line.text
    before = text[: span.start_char - line.start_char]
    after = text[span.end_char - line.start_char :].split("\n")[0]
    # A credit starts its line or parenthesis: "written by X" mid-sentence names an author.
    return bool(_CREDIT_BEFORE.search(before) or _CREDIT_AFTER.match(after))


def _may_be_credit(span: Span) -> bool:
    """A cheap look at the neighbouring words before reading the whole line."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = {token.lower_ for token in doc[span.end : span.end + 12]}
    return before in ("by", "from", ":") or not after.isdisjoint(_AFTER_WORDS)


def is_headline(span: Span, lines: dict[int, Span] | None = None) -> bool:
    """Whether ``span`` sits on a short line written in Title Case."""
    text = cached_line(span, lines).text
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w.lower() not in _SMALL_WORDS]
    if len(words) < 3 or len(words) > 25:
        return False
    # Title Case: every word capitalised (one slip allowed in a long line). "Hillary Clinton and
    # Donald Trump spoke." has a lowercase verb; a headline has none.
    lower = sum(not w[0].isupper() for w in words)
    return lower == 0 or (len(words) >= 8 and lower == 1)
