"""Sentences and paragraphs of a parsed article, with page furniture flagged."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from newsbrief.analysis.lexicons import boilerplate_patterns

_LINE_START = re.compile(r"(?:^|\n)[ \t\r\f\v]*(?=\S)")
_MAX_CAPTION_TOKENS = 14
# "Boston (CNN)", "BAGHDAD, Iraq (CNN) --", "(Reuters) -": a wire dateline glued to the lead.
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z.'’-]*(?:,? [A-Z][A-Za-z.'’-]*){0,3} )?\((?:CNN|AP|Reuters|AFP|UPI)\)(?:\s*(?:--|—|–|-))?\s*"
)


CLOSING_QUOTE = {"“": "”", "„": "“", "‘": "’", '"': '"', "'": "'", "«": "»"}


@dataclass(frozen=True)
class Sentence:
    """One sentence, trimmed of surrounding whitespace."""

    index: int
    span: Span
    text: str
    start_char: int
    end_char: int
    paragraph: int
    is_boilerplate: bool


def paragraph_starts(text: str) -> list[int]:
    """Offsets where each non-blank line begins: news paragraphs are lines."""
    return [match.end() for match in _LINE_START.finditer(text)]


def split_sentences(doc: Doc) -> list[Sentence]:
    """The doc's non-blank sentences in order, each knowing its paragraph."""
    doc_text = doc.text  # built on each access: read it once
    starts = paragraph_starts(doc_text)
    sentences: list[Sentence] = []
    for span in doc.sents:
        stripped = span.text.strip()
        if not stripped:
            continue
        start = span.start_char + (len(span.text) - len(span.text.lstrip()))
        end = start + len(stripped)
        dateline = _DATELINE.match(stripped)
        if dateline and dateline.end() < len(stripped):  # keep the sentence, drop its dateline
            start, stripped = start + dateline.end(), stripped[dateline.end() :]
        paragraph = max(bisect.bisect_right(starts, start) - 1, 0)
        sentences.append(
            Sentence(
                index=len(sentences),
                span=span,
                text=stripped,
                start_char=start,
                end_char=end,
                paragraph=paragraph,
                is_boilerplate=is_boilerplate(span, stripped, doc_text),
            )
        )
    return sentences


def is_boilerplate(span: Span, text: str, doc_text: str) -> bool:
    """Credits, bylines, banners, captions, a headline: lines never wanted in a summary."""
    if _is_headline(span, text, doc_text):
        return True
    if any(pattern.search(text) for pattern in boilerplate_patterns()):
        return True
    if _is_all_caps(text):
        return True
    words = [token for token in span if not token.is_space and not token.is_punct]
    has_verb = any(token.pos_ in {"VERB", "AUX"} for token in span)
    ends_like_prose = text.rstrip("”’\"') ").endswith((".", "!", "?"))
    return not has_verb and not ends_like_prose and len(words) <= _MAX_CAPTION_TOKENS


def _is_headline(span: Span, text: str, doc_text: str) -> bool:
    """The article's first line, standing alone without a full stop, is its headline."""
    if doc_text[: span.start_char].strip():
        return False
    after = doc_text[span.end_char : span.end_char + 200]
    alone = after.lstrip(" \t").startswith("\n") or not after.strip()
    return alone and not text.endswith((".", "!", "?", "”", '"'))


def _is_all_caps(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return len(letters) >= 8 and sum(char.isupper() for char in letters) / len(letters) > 0.8


def is_quote_only(text: str) -> bool:
    """A sentence that opens with a quote mark and says nothing outside the quotation: a
    fragment without its speaker (``“We will fight on.”``, or a quote running on unclosed)."""
    text = text.strip()
    closing = CLOSING_QUOTE.get(text[:1])
    if closing is None:
        return False
    end = len(text)
    while (end := text.rfind(closing, 1, end)) > 0:
        if not (text[end - 1].isalpha() and text[end + 1 : end + 2].isalpha()):  # not an apostrophe
            return not any(char.isalpha() for char in text[end + 1 :])
    return True


def continues_a_quotation(sentences: Sequence[Sentence]) -> list[bool]:
    """For each sentence, whether it starts inside a quotation an earlier sentence of its
    paragraph opened and says nothing after it closes: the middle or end of a quoted passage
    (``We find the delay unacceptable.”``), a fragment without its speaker like
    :func:`is_quote_only`'s. Double marks only (curly by balance, straight by parity): single
    ones are apostrophes too often to count."""
    result = []
    paragraph, curly, straight = -1, 0, False
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            paragraph, curly, straight = sentence.paragraph, 0, False
        text = sentence.text
        inside = curly > 0 or straight
        if inside:
            last_close = max(text.rfind("”"), text.rfind('"'))
            tail = text[last_close + 1 :] if last_close >= 0 else ""
            result.append(not any(char.isalpha() for char in tail))
        else:
            result.append(False)
        curly = max(curly + text.count("“") - text.count("”"), 0)
        straight = straight ^ (text.count('"') % 2 == 1)
    return result
