"""Find quoted passages by pairing quote marks in the raw text.

Works on characters, not tokens, so that every style of mark is handled the same way:
straight ``"``, curly ``“ ”``, low-high ``„ “``, guillemets ``« »``, doubled apostrophes
``'' ''`` (NYT), and single ``‘ ’`` / ``'`` when they are used as quote marks rather than
apostrophes. Pairing never fails: unmatched closing marks are ignored and an unclosed double
quote runs to the end of its paragraph (news style for quotes that continue in the next one).
Only outermost quotes are returned; a quote inside a quote belongs to its container.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Role = Literal["open", "close", "either"]
Family = Literal["double", "single", "guillemet"]

_OPENING_CONTEXT = set(" \t\n\r([{—–-/:;") | {"\u00a0"}
_CLOSING_CONTEXT = set(" \t\n\r)]}—–-/:;,.!?…") | {"\u00a0"}


@dataclass(frozen=True)
class QuoteMark:
    pos: int
    length: int
    family: Family
    role: Role


@dataclass(frozen=True)
class QuotedSpan:
    """Content of one quotation inside one paragraph, marks excluded."""

    open_char: int
    start_char: int
    end_char: int
    close_char: int | None  # None: the quote runs on into the next paragraph
    family: Family

    @property
    def closed(self) -> bool:
        return self.close_char is not None


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """All outermost quotations in ``text``, in order, one per paragraph part."""
    spans: list[QuotedSpan] = []
    for start, end in _paragraphs(text):
        spans.extend(_pair_marks(text, start, end))
    return spans


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for index, char in enumerate(text):
        if char == "\n":
            bounds.append((start, index))
            start = index + 1
    bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if text[s:e].strip()]


def _pair_marks(text: str, start: int, end: int) -> list[QuotedSpan]:
    stack: list[QuoteMark] = []
    spans: list[QuotedSpan] = []
    for mark in scan_marks(text, start, end):
        match = _matching_open(stack, mark)
        if match is not None:
            opener = stack[match]
            del stack[match:]
            if not stack:
                span = _span(text, opener, mark.pos, mark.pos)
                if span is not None:
                    spans.append(span)
        elif mark.role in ("open", "either"):
            stack.append(mark)
    if stack and stack[0].family != "single":
        span = _span(text, stack[0], end, None)
        if span is not None:
            spans.append(span)
    return spans


def _matching_open(stack: list[QuoteMark], mark: QuoteMark) -> int | None:
    if mark.role == "open" or not stack:
        return None
    for index in range(len(stack) - 1, -1, -1):
        if stack[index].family == mark.family:
            # An "either" mark right after its own opener of the same family opens a nested
            # quote only if it cannot close; straight quotes never nest in practice.
            return index
    return None


def _span(text: str, opener: QuoteMark, end: int, close: int | None) -> QuotedSpan | None:
    start = opener.pos + opener.length
    while start < end and text[start].isspace():
        start += 1
    # A trailing comma or colon is the writer's hand-over to the cue, not the speaker's words.
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    if end <= start:
        return None
    if opener.family == "single" and " " not in text[start:end]:
        return None  # 'n', '90s: a single-word "quote" in single marks is an apostrophe
    return QuotedSpan(opener.pos, start, end, close, opener.family)


def scan_marks(text: str, start: int, end: int) -> list[QuoteMark]:
    """Quote-mark candidates in ``text[start:end]`` with the role their context allows."""
    marks: list[QuoteMark] = []
    index = start
    while index < end:
        char = text[index]
        if char == "'" and index + 1 < end and text[index + 1] == "'":
            marks.append(QuoteMark(index, 2, "double", _straight_role(text, index, 2, start, end)))
            index += 2
            continue
        mark = _classify(text, index, start, end)
        if mark is not None:
            marks.append(mark)
        index += 1
    return marks


def _classify(text: str, index: int, start: int, end: int) -> QuoteMark | None:
    char = text[index]
    if char in "“„":
        return QuoteMark(index, 1, "double", "either" if char == "“" else "open")
    if char == "”":
        before = text[index - 1] if index > start else " "
        after = text[index + 1] if index + 1 < end else " "
        if before in _OPENING_CONTEXT and after.isalnum():
            return QuoteMark(index, 1, "double", "either")  # ”Fear. I am afraid…”: typed backwards
        return QuoteMark(index, 1, "double", "close")
    if char == "«":
        return QuoteMark(index, 1, "guillemet", "open")
    if char == "»":
        return QuoteMark(index, 1, "guillemet", "close")
    if char == '"':
        return QuoteMark(index, 1, "double", _straight_role(text, index, 1, start, end))
    if char in "‘’'":
        return _single(text, index, start, end)
    return None


def _straight_role(text: str, index: int, length: int, start: int, end: int) -> Role:
    before = text[index - 1] if index > start else " "
    after = text[index + length] if index + length < end else " "
    if before in _OPENING_CONTEXT and after not in " \t\n":
        return "open"
    if after in _CLOSING_CONTEXT or after in "”’'\"":
        return "close"
    return "either"


def _single(text: str, index: int, start: int, end: int) -> QuoteMark | None:
    before = text[index - 1] if index > start else " "
    after = text[index + 1] if index + 1 < end else " "
    if before.isalnum() and after.isalnum():
        return None  # don’t, O’Brien
    char = text[index]
    if char != "’" and (before in _OPENING_CONTEXT or before in "“\"") and after.isalpha():
        return QuoteMark(index, 1, "single", "open")
    if char != "‘" and not before.isspace() and (after in _CLOSING_CONTEXT or after in "”\""):
        if before in "sS" and _next_word_is_lower(text, index + 1, end):
            return None  # the leaders’ plan: a plural possessive
        return QuoteMark(index, 1, "single", "close")
    return None


def _next_word_is_lower(text: str, index: int, end: int) -> bool:
    while index < end and text[index] == " ":
        index += 1
    return index < end and text[index].islower()
