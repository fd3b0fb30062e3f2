from __future__ import annotations

import pytest
import spacy

from newsbrief.analysis.credits import is_credit, is_headline

_NLP = spacy.blank("en")


def span_of(text: str, name: str):
    doc = _NLP(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    return span


@pytest.mark.parametrize(
    ("text", "name", "credit"),
    [
        ("(Reporting by Sara Lindqvist; Editing by Tom Hale)", "Sara Lindqvist", True),
        ("(Reporting by Sara Lindqvist; Editing by Tom Hale)", "Tom Hale", True),
        ("By Ana Ruiz\n\nThe council met.", "Ana Ruiz", True),
        ("Photo by Jan Novak/AFP", "Jan Novak", True),
        ("Jan Novak contributed reporting.", "Jan Novak", True),
        ("The report was written by Ana Ruiz for the council.", "Ana Ruiz", False),
        ("Ana Ruiz said the vote was close.", "Ana Ruiz", False),
        ("Ana Ruiz.\nLeeds.", "Ana Ruiz", False),  # a reader signing a letter is its author
    ],
)
def test_bylines_and_credits(text: str, name: str, credit: bool) -> None:
    assert is_credit(span_of(text, name)) is credit


@pytest.mark.parametrize(
    ("text", "name", "headline"),
    [
        ("Obama Seeks New Climate Deal In Paris\n\nThe talks began.", "Obama Seeks", True),
        ("Barack Obama said on Monday that the talks would begin soon.", "Barack Obama", False),
        ("Hillary Clinton and Donald Trump spoke.", "Donald Trump", False),  # short, but a sentence
    ],
)
def test_headlines(text: str, name: str, headline: bool) -> None:
    assert is_headline(span_of(text, name)) is headline
