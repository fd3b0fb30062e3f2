"""Sentence boundaries around quotations on the real pipeline, over sentences we wrote."""

from __future__ import annotations

import pytest

from newsbrief.analysis.analyzer import Analyzer
from newsbrief.analysis.segmentation import split_sentences

pytestmark = pytest.mark.model


def sentence_texts(analyzer: Analyzer, text: str) -> list[str]:
    return [s.text for s in split_sentences(analyzer.nlp(text))]


@pytest.mark.parametrize(
    "quoted",
    [
        "“We will not sign this deal,” Kallas warned.",  # comma inside the closing mark
        "“It is over!” she said.",  # lower-case cue after ! or ?
        "“Why should the town pay for it?” asked the mayor.",
        "“We lost the vote.” he said.",
        "“We lost the vote.” Kallas said.",  # a bare speech-verb clause
        "‘I did not want to wait another year,’ the trainer added.",
        '"The port must stay open," said Commissioner Dana Whitfield.',
    ],
)
def test_a_quote_stays_with_its_cue(analyzer: Analyzer, quoted: str) -> None:
    text = f"The talks ended on Friday. {quoted} Ministers will meet again on Monday."
    assert sentence_texts(analyzer, text) == [
        "The talks ended on Friday.", quoted, "Ministers will meet again on Monday."
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause after the quote has content of its own: a new sentence
        (
            "“Nobody wanted this outcome.” Kallas said the talks would resume next week.",
            ["“Nobody wanted this outcome.”", "Kallas said the talks would resume next week."],
        ),
        # a line break always ends the sentence, quote or not
        (
            "“Nobody wanted this outcome,”\nthe minister said in a statement.",
            ["“Nobody wanted this outcome,”", "the minister said in a statement."],
        ),
        # no speech verb: the next sentence is not a cue
        (
            "“We lost the vote.” Kallas resigned.",
            ["“We lost the vote.”", "Kallas resigned."],
        ),
    ],
)
def test_sentences_after_a_quote_that_are_not_its_cue(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert sentence_texts(analyzer, text) == expected
