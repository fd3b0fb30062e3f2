from __future__ import annotations

import pytest

from newsbrief.analysis.segmentation import paragraph_starts, split_sentences
from tests.docs import doc_from_paragraphs


def test_paragraph_starts_skip_blank_lines() -> None:
    assert paragraph_starts("One.\n\n  Two.\nThree.") == [0, 8, 13]


def test_sentences_are_trimmed_and_know_their_paragraph() -> None:
    doc = doc_from_paragraphs([["The mayor resigned today.", "Voters cheered."], ["Nobody objected."]])
    sentences = split_sentences(doc)
    assert [(s.text, s.paragraph) for s in sentences] == [
        ("The mayor resigned today.", 0), ("Voters cheered.", 0), ("Nobody objected.", 1)
    ]
    for s in sentences:
        assert doc.text[s.start_char : s.end_char] == s.text


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Getty Images",
        "SCROLL DOWN FOR VIDEO",
        "Click here to subscribe.",
        "By Jane Smith",
        "Source: Reuters",
        "Read more: the full story",
        "© 2016 The Newspaper Company",
        "A protester outside the court",  # a caption: no verb, no full stop
    ],
)
def test_page_furniture_is_boilerplate(line: str) -> None:
    doc = doc_from_paragraphs([[line], ["The council voted to close the bridge on Monday."]])
    first, second = split_sentences(doc)
    assert first.is_boilerplate
    assert not second.is_boilerplate


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Riverton (CNN) Heavy rain flooded the town on Monday.", "Heavy rain flooded the town on Monday."),
        ("BAGHDAD, Iraq (CNN) -- Heavy rain flooded the town.", "Heavy rain flooded the town."),
        ("(Reuters) - Heavy rain flooded the town.", "Heavy rain flooded the town."),
        ("Heavy rain flooded the town (CNN) on Monday.", "Heavy rain flooded the town (CNN) on Monday."),
    ],
)
def test_a_wire_dateline_is_trimmed_from_its_sentence(line: str, kept: str) -> None:
    doc = doc_from_paragraphs([[line]])
    (sentence,) = split_sentences(doc)
    assert sentence.text == kept
    assert doc.text[sentence.start_char : sentence.end_char] == kept
    assert not sentence.is_boilerplate


@pytest.mark.parametrize("line", ["WASHINGTON (CNN) --", "(CNN)", "BAGHDAD, Iraq (CNN) --", "(Reuters) -"])
def test_a_dateline_alone_is_boilerplate(line: str) -> None:
    doc = doc_from_paragraphs([[line], ["The council voted to close the bridge on Monday."]])
    assert [s.is_boilerplate for s in split_sentences(doc)] == [True, False]
