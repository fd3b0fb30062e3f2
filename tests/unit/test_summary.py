from __future__ import annotations

import pytest

from newsbrief.analysis.segmentation import split_sentences
from newsbrief.analysis.summary import METHODS, summarize
from tests.docs import doc_from_paragraphs

ARTICLE = [
    ["RIVERTON FLOOD WARNING"],
    ["Heavy rain flooded the town of Riverton on Monday, forcing hundreds of residents from their homes."],
    ["The river rose two metres overnight and breached the old levee near the mill."],
    ["Photo: Staff Photographer"],
    ["Officials opened three shelters and asked residents to avoid the flooded roads."],
    ["The mayor said repairs to the levee would begin once the water receded."],
    ["Heavy rain flooded the town of Riverton on Monday, forcing hundreds of residents from their homes."],
    ["Forecasters expect more rain on Thursday, which could delay the repairs."],
]


@pytest.fixture()
def sentences():
    return split_sentences(doc_from_paragraphs(ARTICLE, verbs=frozenset({"rose", "expect", "said"})))


@pytest.mark.parametrize("method", METHODS)
def test_every_method_returns_the_count_in_article_order_without_boilerplate(sentences, method) -> None:
    summary = summarize(sentences, count=3, method=method, title="Riverton floods")
    assert summary.method == method
    assert len(summary.sentences) == 3
    starts = [s.start_char for s in summary.sentences]
    assert starts == sorted(starts)
    texts = [s.text for s in summary.sentences]
    assert len(set(texts)) == 3  # the repeated sentence is chosen at most once
    assert "RIVERTON FLOOD WARNING" not in texts
    assert not any(t.startswith("Photo") for t in texts)


def test_lead_takes_the_first_real_sentences(sentences) -> None:
    summary = summarize(sentences, count=2, method="lead")
    assert [s.text[:20] for s in summary.sentences] == ["Heavy rain flooded t", "The river rose two m"]


def test_short_article_returns_what_there_is(sentences) -> None:
    summary = summarize(sentences[:3], count=5)
    assert len(summary.sentences) == 2


def test_offsets_point_into_the_text(sentences) -> None:
    text = sentences[0].span.doc.text
    for s in summarize(sentences, count=4).sentences:
        assert text[s.start_char : s.end_char] == s.text
