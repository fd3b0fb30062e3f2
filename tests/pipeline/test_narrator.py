"""The writer's own "I": op-eds with an author's note or byline, letters with signatures."""

from __future__ import annotations

import pytest

from newsbrief.analysis.analyzer import Analyzer, Article
from newsbrief.analysis.schema import Quote

pytestmark = pytest.mark.model


def quote_with(analyzer: Analyzer, text: str, fragment: str) -> Quote:
    quotes = [q for q in analyzer.analyze(Article(text)).quotes if fragment in q.text]
    assert len(quotes) == 1, [q.text for q in analyzer.analyze(Article(text)).quotes]
    return quotes[0]


OP_ED = (
    "The ferry saved our town; cutting it would end us.\n\n"
    "I grew up on the island, and I still take the seven o'clock boat every morning.\n\n"
    "Last winter I stood up at the council meeting and said, “Without the ferry there is no school.”\n\n"
    "The council voted to study the matter again.\n\n"
)


def test_an_authors_note_names_the_op_eds_i(analyzer: Analyzer) -> None:
    text = OP_ED + "Marit Olsen is a nurse and lives on Vesle island."
    quote = quote_with(analyzer, text, "no school")
    assert quote.speaker == "Marit Olsen"
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "I"


def test_a_byline_names_the_op_eds_i(analyzer: Analyzer) -> None:
    text = "By Marit Olsen\n\n" + OP_ED
    assert quote_with(analyzer, text, "no school").speaker == "Marit Olsen"


def test_without_a_named_writer_i_stays_unresolved(analyzer: Analyzer) -> None:
    assert quote_with(analyzer, OP_ED, "no school").speaker is None


def test_each_letter_belongs_to_its_signature(analyzer: Analyzer) -> None:
    text = (
        "Readers respond to the ferry cuts.\n\n"
        "I have taken that boat for forty years. When the captain asked me, I said, “Keep it running.”\n\n"
        "Harald Berg.\n\n"
        "My children cross the sound to school. I told the council, “Find the money elsewhere.”\n\n"
        "Ingrid Dahl, Tromsø.\n\n"
        "I think the ferry costs too much. I wrote to the mayor that the route should close."
    )
    assert quote_with(analyzer, text, "Keep it running").speaker == "Harald Berg"
    assert quote_with(analyzer, text, "Find the money").speaker == "Ingrid Dahl"
    # the last letter is not signed: its "I" is nobody the article names
    assert quote_with(analyzer, text, "route should close").speaker is None


def test_a_signature_speaks_only_for_the_text_before_it(analyzer: Analyzer) -> None:
    text = (
        "The mayor spoke to reporters on Friday about the ferry.\n\n"
        "Anna Lind.\n\n"
        "I asked the mayor about the ferry, and I said, “The island needs it.”"
    )
    assert quote_with(analyzer, text, "island needs it").speaker is None
