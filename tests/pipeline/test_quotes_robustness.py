"""Any input: no exception, and every quote's offsets index the text it came from."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbrief.analysis.analyzer import Analyzer, Article
from newsbrief.analysis.quotemarks import find_quoted_spans
from newsbrief.analysis.schema import Analysis

MARKS = ['"', "“", "”", "‘", "’", "'", "''", "«", "»", "„", "―", "—", ":", ",", "."]
WORDS = ["he", "she", "said", "told", "Ortiz", "Lena", "the", "senator", "that", "warned", "according",
         "to", "we", "will", "win", "it", "is", "over", "Smith", "Mr.", "according to"]
PIECES = st.sampled_from(MARKS + WORDS) | st.text(max_size=6)
ARTICLES = st.lists(st.one_of(PIECES, st.just("\n\n"), st.just(" ")), max_size=60).map(" ".join)


def check_offsets(text: str, analysis: Analysis) -> None:
    for quote in analysis.quotes:
        assert 0 <= quote.start_char < quote.end_char <= len(text)
        assert text[quote.start_char : quote.end_char] == quote.text
        for span in (quote.cue, quote.speaker_mention):
            if span is not None:
                assert text[span.start_char : span.end_char] == span.text
    assert not [w for w in analysis.meta.warnings if "quotes step failed" in w or "speakers step failed" in w]


@given(st.text(max_size=400))
def test_pairing_marks_never_fails_on_any_unicode(text: str) -> None:
    for span in find_quoted_spans(text):
        assert 0 <= span.open_char < span.start_char < span.end_char <= len(text)


@pytest.mark.model
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=ARTICLES)
def test_any_mix_of_words_and_marks_gives_valid_quotes(analyzer: Analyzer, text: str) -> None:
    check_offsets(text, analyzer.analyze(Article(text)))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "“" + "This whole article is one long quote that never closes. " * 20,
        "“We won.” “We lost.” “We tied.”\n\n“Again.”",
        "No quotation marks appear anywhere in this short report about the weather.",
        "“Nested ‘quotes “inside” quotes’ here,” she said.",
        "”Closing first,“ then opening ” and « unbalanced guillemets \"straight",
        "\u200b\u202e“Right-to-left override and emoji 🚀 in a quote,” said Ana Lee.\u0000",
        "",
    ],
)
def test_edge_cases_give_valid_quotes(analyzer: Analyzer, text: str) -> None:
    check_offsets(text, analyzer.analyze(Article(text)))


@pytest.mark.model
def test_an_article_of_only_quotes_keeps_every_quote(analyzer: Analyzer) -> None:
    text = "“The bridge is closed.”\n\n“The ferry runs twice an hour.”\n\n“Expect delays all week.”"
    analysis = analyzer.analyze(Article(text))
    assert [q.text for q in analysis.quotes] == [
        "The bridge is closed.", "The ferry runs twice an hour.", "Expect delays all week."
    ]
    assert all(q.speaker is None for q in analysis.quotes)  # nobody is named: no guess
