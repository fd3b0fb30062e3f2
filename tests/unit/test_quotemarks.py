from __future__ import annotations

import pytest

from newsbrief.analysis.quotemarks import find_quoted_spans


def contents(text: str) -> list[str]:
    return [text[span.start_char : span.end_char] for span in find_quoted_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Any quick fix is a dirty deal,” Kallas warned.", ["Any quick fix is a dirty deal"]),
        ('He said "we will win" twice. "Bye," she said.', ["we will win", "Bye"]),
        ("“First part,” she said, “second part.”", ["First part", "second part."]),
        ("« Nous gagnerons », a-t-il dit.", ["Nous gagnerons"]),
        ("„Wir schaffen das“, sagte sie.", ["Wir schaffen das"]),
        ("He called it ‘absurd nonsense’ on Monday.", ["absurd nonsense"]),
        ("NYT style: ''like this one'' said Bob.", ["like this one"]),
        ("the so-called “woke” agenda", ["woke"]),
        # quotes inside quotes belong to the outer quote
        ("“He told me ‘never again’ and left,” she said.", ["He told me ‘never again’ and left"]),
        # apostrophes are not quote marks
        ("Don’t stop. The ’90s were fun. O’Brien’s dog barked.", []),
        ("The leaders’ plan failed, and the ministers’ too.", []),
        ("He is 5'10\" tall.", []),
        # a closing mark alone is ignored; an opening mark alone runs to the paragraph end
        ("Unbalanced ” closing only.", []),
        # a closing mark typed where an opening one belongs still opens at a paragraph start
        ("”Fear. I am truly afraid,” one reader wrote.", ["Fear. I am truly afraid"]),
        ("He said “yes” then ”left” quickly.", ["yes", "left"]),
        ("“We will fight on\nNext paragraph.", ["We will fight on"]),
        ("", []),
    ],
)
def test_quoted_contents(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


def test_multi_paragraph_quote_is_one_part_per_paragraph() -> None:
    text = "“We will fight on the beaches.\n\n“We will never surrender,” he said."
    spans = find_quoted_spans(text)
    assert [s.closed for s in spans] == [False, True]
    assert text[spans[1].start_char : spans[1].end_char] == "We will never surrender"


@pytest.mark.parametrize("text", ["“" * 50, "”“" * 30 + "'" * 11, '"a" "b" "' * 20, "‘’" * 40])
def test_any_run_of_marks_gives_valid_offsets(text: str) -> None:
    for span in find_quoted_spans(text):
        assert 0 <= span.open_char < span.start_char <= span.end_char <= len(text)
