"""The ``auto`` summarizer (position-weighted concept coverage) on sumy documents we build."""

from __future__ import annotations

import pytest

from newsbrief.analysis.coverage import CoverageParams, PositionCoverageSummarizer, fitted_params
from newsbrief.analysis.segmentation import split_sentences
from newsbrief.analysis.sumy_bridge import _stemmer, build_document, stop_words
from tests.docs import doc_from_paragraphs

PARAMS = CoverageParams(position_decay=1.0, length_exponent=0.65, bigram_weight=1.0, window=10)


def summarizer(params: CoverageParams = PARAMS) -> PositionCoverageSummarizer:
    return PositionCoverageSummarizer(_stemmer(), stop_words(), params)


def picks(paragraphs: list[list[str]], count: int, params: CoverageParams = PARAMS, title: str | None = None):
    sentences = split_sentences(doc_from_paragraphs(paragraphs))
    document, back = build_document(sentences, title)
    return [back[id(s)].text for s in summarizer(params)(document, count)]


def test_concepts_are_content_stems_and_bigrams() -> None:
    concepts = summarizer().concepts(["The", "dams", "were", "breached"])
    assert "dam" in concepts and "breach" in concepts
    assert "the" not in concepts  # a stop word is no concept on its own
    assert ("the", "dam") in concepts  # but a bigram with a content word is
    assert ("dam", "were") in concepts


def test_earlier_occurrences_weigh_more() -> None:
    weights = summarizer().weights([frozenset({"flood"}), frozenset({"levee"}), frozenset({"flood", "levee"})], [])
    assert weights["flood"] == pytest.approx(1 + 1 / 3)
    assert weights["levee"] == pytest.approx(1 / 2 + 1 / 3)


def test_title_words_count_as_concepts() -> None:
    weights = summarizer().weights([frozenset({"flood"})], [frozenset({"flood", "mill"})])
    assert weights["mill"] == pytest.approx(PARAMS.title_weight)


def test_a_sentence_repeating_the_chosen_ones_adds_nothing() -> None:
    article = [
        ["Floods closed the mill road in Riverton on Monday."],
        ["Floods closed the mill road in Riverton on Monday morning."],
        ["Volunteers filled sandbags at the school."],
    ]
    assert picks(article, 2) == [
        "Floods closed the mill road in Riverton on Monday.", "Volunteers filled sandbags at the school."
    ]


def test_the_length_prior_prefers_the_shorter_of_two_equal_carriers() -> None:
    short = "Riverton flooded after the levee failed."
    long = "Riverton flooded after the levee failed, and the council, which met late, said little else of note."
    article = [["Rain fell on the hills all week."], [long], [short]]
    assert picks(article, 2, PARAMS) == ["Rain fell on the hills all week.", short]
    no_prior = CoverageParams(position_decay=1.0, length_exponent=0.0, bigram_weight=1.0, window=10)
    assert long in picks(article, 2, no_prior)


def test_questions_are_discounted() -> None:
    article = [["Will the levee hold this winter?"], ["Engineers inspected the levee on Monday."]]
    params = CoverageParams(position_decay=1.0, length_exponent=0.65, bigram_weight=1.0, window=10,
                            question_factor=0.1)
    assert picks(article, 1, params) == ["Engineers inspected the levee on Monday."]


def test_fitted_parameters_load_from_models() -> None:
    params = fitted_params()
    assert 0 < params.length_exponent < 2
    assert params.window >= 3


def test_a_title_steers_the_choice() -> None:
    lead = "Heavy rain soaked the county fair on Saturday afternoon."
    stalls = "Stallholders packed up early as the showers grew heavier."
    bridge = "The old mill bridge was closed to traffic by engineers."
    article = [[lead], [stalls], [bridge]]
    assert picks(article, 2) == [lead, stalls]
    assert picks(article, 2, title="Mill bridge closed") == [lead, bridge]


def test_nothing_to_summarise() -> None:
    document, _ = build_document([])
    assert summarizer()(document, 3) == ()
