"""People who speak together, on the real pipeline, over texts we wrote."""

from __future__ import annotations

import pytest

from newsbrief.analysis.analyzer import Analyzer, Article
from newsbrief.analysis.schema import Analysis, Quote

pytestmark = pytest.mark.model

TEXT = (
    "Critics of the visa program, like Senators Karen Hale of Ohio and Robert Dunn of Utah, want it closed. "
    "They sent a letter on Thursday to the Senate leaders.\n\n"
    "“The program has become a magnet for fraud,” they wrote.\n\n"
    "Supporters of the program met on Friday in Denver.\n\n"
    "But Ms. Hale and Mr. Dunn say other changes are needed. "
    "The rules let developers redraw poor districts, which the senators said was gerrymandering."
)


def quote_with(analysis: Analysis, fragment: str) -> Quote:
    quotes = [q for q in analysis.quotes if fragment in q.text]
    assert len(quotes) == 1, [q.text for q in analysis.quotes]
    return quotes[0]


def test_they_are_the_people_just_listed_together(analyzer: Analyzer) -> None:
    analysis = analyzer.analyze(Article(TEXT))
    quote = quote_with(analysis, "magnet for fraud")
    assert quote.speaker == "Karen Hale and Robert Dunn"
    group = next(actor for actor in analysis.actors if actor.id == quote.speaker_id)
    assert group.kind == "group"


def test_a_named_pair_and_the_senators_are_the_same_joint_speaker(analyzer: Analyzer) -> None:
    analysis = analyzer.analyze(Article(TEXT))
    pair = quote_with(analysis, "other changes are needed")
    senators = quote_with(analysis, "was gerrymandering")
    written = quote_with(analysis, "magnet for fraud")
    assert pair.speaker == senators.speaker == "Karen Hale and Robert Dunn"
    assert pair.speaker_id == senators.speaker_id == written.speaker_id


def test_unnamed_officials_are_not_the_people_listed_before(analyzer: Analyzer) -> None:
    text = (
        "Regulators charged two developers, Ari Quinn and Will Stone, with fraud. "
        "Federal and state officials said the two raised $350 million from investors."
    )
    assert quote_with(analyzer.analyze(Article(text)), "raised $350 million").speaker is None


def test_a_list_that_never_speaks_is_not_an_actor(analyzer: Analyzer) -> None:
    text = "Karen Hale and Robert Dunn met in Denver on Friday. “We agreed on nothing,” said Ann Lee, the host."
    analysis = analyzer.analyze(Article(text))
    assert all(actor.kind != "group" or "Hale" not in actor.name for actor in analysis.actors)
