"""Smoke test on real news: the saved pages and a sample of PolNeAR dev articles.

Read from ../shared/eval (or $NEWSBRIEF_EVAL_DIR); never copied into the repository.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.analysis.analyzer import Analyzer, Article
from tests.pages import english_pages, page_text

pytestmark = pytest.mark.eval


def check_analysis(analyzer: Analyzer, text: str, title: str | None) -> bool:
    """Checks one article; returns whether it found a person (not every article names one)."""
    analysis = analyzer.analyze(Article(text, title=title))
    assert not any("failed" in warning for warning in analysis.meta.warnings), analysis.meta.warnings
    assert analysis.summary.sentences, "empty summary"
    spans = [*analysis.summary.sentences, *analysis.quotes]
    spans += [m for actor in analysis.actors for m in actor.mentions]
    for span in spans:
        assert text[span.start_char : span.end_char] == span.text
    return any(actor.kind == "person" for actor in analysis.actors)


def test_saved_pages(analyzer: Analyzer, eval_root: Path) -> None:
    pages = english_pages(eval_root)
    assert len(pages) >= 10
    with_person = 0
    for page in pages:
        meta = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8"))
        text = page_text((page / "expected.html").read_text(encoding="utf-8"))
        with_person += check_analysis(analyzer, text, meta.get("title"))
    # One page (a report on rankings) names no person at all.
    assert with_person >= len(pages) - 2


def test_polnear_dev_sample_has_quotes_with_speakers(analyzer: Analyzer, eval_root: Path) -> None:
    texts = sorted((eval_root / "polnear" / "dev" / "text").glob("*.txt"))[::10]
    with_speaker = 0
    for path in texts:
        text = path.read_text(encoding="utf-8")
        check_analysis(analyzer, text, None)
        analysis = analyzer.analyze(Article(text))
        with_speaker += sum(1 for q in analysis.quotes if q.speaker)
    assert with_speaker >= 2 * len(texts)
