"""Summaries through the whole analysis on the real pipeline, over an article we wrote."""

from __future__ import annotations

import math

import pytest

from newsbrief.analysis.analyzer import Analyzer, Article
from newsbrief.analysis.options import SUMMARY_LENGTHS, AnalyzeOptions
from newsbrief.analysis.summary import METHODS

pytestmark = pytest.mark.model

BRIDGE_ARTICLE = """Old Mill Bridge Closed After Flood Damage

RIVERTON (CNN) -- Engineers closed the Old Mill Bridge in Riverton on Monday after floodwater undermined its piers.

By Jane Smith

The bridge carries about 9,000 vehicles a day between the town centre and the industrial estate.

Photo: The Old Mill Bridge at dawn

Drivers face a detour of six miles while inspectors decide whether the piers can be repaired.

“It is simply not safe to cross,” county engineer Tomas Berg said. “We will not reopen it until divers check it.”

The flood, the worst in forty years, forced 300 residents from their homes last week.

Shop owners in the town centre said trade had fallen by half since the closure.

The county council will meet on Thursday to discuss emergency funding for the repairs.

SCROLL DOWN FOR VIDEO

A temporary footbridge could open within a month, according to the council's transport officer.

Schools on the far side of the river have arranged buses for pupils who normally walk.

Click here to sign up for our newsletter
"""


def analyse(analyzer: Analyzer, text: str, **options) -> tuple[list[str], tuple[str, ...]]:
    result = analyzer.analyze(Article(text, title=options.pop("title", None), options=AnalyzeOptions(**options)))
    return [s.text for s in result.summary.sentences], result.meta.warnings


@pytest.mark.parametrize(("length", "count"), sorted(SUMMARY_LENGTHS.items()))
def test_lengths(analyzer: Analyzer, length: str, count: int) -> None:
    texts, warnings = analyse(analyzer, BRIDGE_ARTICLE, summary_sentences=count)
    assert len(texts) == count
    assert not any("usable sentence" in w for w in warnings)


@pytest.mark.parametrize("method", METHODS)
def test_every_method_skips_the_furniture(analyzer: Analyzer, method: str) -> None:
    texts, _ = analyse(analyzer, BRIDGE_ARTICLE, summary_sentences=7, summary_method=method)
    assert len(texts) == 7
    for text in texts:
        assert not text.startswith(("By Jane", "Photo:", "SCROLL", "Click here", "Old Mill Bridge Closed", "RIVERTON"))
        assert not text.startswith("“We will not reopen")  # a quotation without its speaker


def test_auto_opens_with_the_news(analyzer: Analyzer) -> None:
    texts, _ = analyse(analyzer, BRIDGE_ARTICLE, summary_sentences=3)
    assert texts[0].startswith("Engineers closed the Old Mill Bridge")  # its dateline trimmed


def test_a_short_article_returns_what_there_is_with_a_warning(analyzer: Analyzer) -> None:
    text = "Engineers closed the Old Mill Bridge on Monday.\n\nThe county council will meet on Thursday."
    texts, warnings = analyse(analyzer, text, summary_sentences=5)
    assert len(texts) == 2
    assert any("2 usable sentence(s); 5 were asked for" in w for w in warnings)


@pytest.mark.parametrize("method", METHODS)
def test_scores_are_finite_on_a_degenerate_text(analyzer: Analyzer, method: str) -> None:
    # found by the property test: LexRank's power iteration divides by a zero norm here
    text = "A A A A said\n0"
    summary = analyzer.analyze(Article(text, None, AnalyzeOptions(summary_method=method))).summary
    assert all(math.isfinite(sentence.score) for sentence in summary.sentences)
