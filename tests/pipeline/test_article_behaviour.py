"""Behaviour of the whole analysis on the real English pipeline, over texts we wrote."""

from __future__ import annotations

import pytest

from newsbrief.analysis.analyzer import Analyzer, Article
from newsbrief.analysis.options import AnalyzeOptions
from newsbrief.analysis.schema import Analysis
from tests.fixtures import HARBOUR_ARTICLE


@pytest.fixture(scope="module")
def harbour(analyzer: Analyzer) -> Analysis:
    return analyzer.analyze(Article(HARBOUR_ARTICLE, title="Port Authority Approves Harbour Expansion"))


def quote_by_text(analysis: Analysis, fragment: str):
    matches = [q for q in analysis.quotes if fragment in q.text]
    assert matches, f"no quote containing {fragment!r}: {[q.text for q in analysis.quotes]}"
    return matches[0]


@pytest.mark.parametrize(
    ("fragment", "kind", "speaker", "cue"),
    [
        ("most important vote", "direct", "Dana Whitfield", "said"),
        ("trading our livelihoods", "direct", "Marco Feld", "said"),  # "he said" resolved
        ("We will challenge this in court", "direct", "Marco Feld", None),  # floating quote
        ("reckless", "partial", "Priya Raman", "calling"),  # the participle that frames the fragment
        ("dredging would destroy spawning grounds", "indirect", "Marco Feld", "warned"),
        # "The authority" → the organisation (the small model finds only "Port Authority")
        ("construction would start in the spring", "indirect", "Port Authority", "said"),
    ],
)
def test_quotes_and_their_speakers(harbour: Analysis, fragment, kind, speaker, cue) -> None:
    quote = quote_by_text(harbour, fragment)
    assert quote.kind == kind
    assert quote.speaker is not None and quote.speaker.endswith(speaker)
    assert (quote.cue.text if quote.cue else None) == cue
    actor_ids = {a.name: a.id for a in harbour.actors}
    assert quote.speaker_id == actor_ids[quote.speaker]


def test_every_offset_indexes_the_sent_text(harbour: Analysis) -> None:
    text = HARBOUR_ARTICLE
    spans = [*harbour.summary.sentences, *harbour.quotes]
    spans += [m for a in harbour.actors for m in a.mentions]
    spans += [q.cue for q in harbour.quotes if q.cue] + [q.speaker_mention for q in harbour.quotes if q.speaker_mention]
    for span in spans:
        assert text[span.start_char : span.end_char] == span.text


def test_people_with_their_roles(harbour: Analysis) -> None:
    people = {a.name: a for a in harbour.actors if a.kind == "person"}
    assert set(people) >= {"Dana Whitfield", "Marco Feld", "Priya Raman"}
    assert "Harbour Commissioner" in people["Dana Whitfield"].roles
    assert any("president of the Lakeport Fishermen's Association" in r for r in people["Marco Feld"].roles)
    assert "Environmental consultant" in people["Priya Raman"].roles
    assert people["Dana Whitfield"].mention_count == 2
    assert people["Marco Feld"].quote_count >= 2


def test_actors_are_ordered_by_salience(harbour: Analysis) -> None:
    saliences = [a.salience for a in harbour.actors]
    assert saliences == sorted(saliences, reverse=True)
    assert saliences[0] == 1.0
    assert [a.id for a in harbour.actors] == [f"a{i}" for i in range(1, len(harbour.actors) + 1)]


def test_summary_skips_headline_and_caption(harbour: Analysis) -> None:
    texts = [s.text for s in harbour.summary.sentences]
    assert len(texts) == 3
    assert not any(t.startswith("Photo") for t in texts)
    assert texts[0].startswith("The Lakeport Port Authority on Tuesday approved")


def test_requested_length_and_short_article_warning(analyzer: Analyzer) -> None:
    long = analyzer.analyze(Article(HARBOUR_ARTICLE, options=AnalyzeOptions(summary_sentences=5)))
    assert len(long.summary.sentences) == 5
    short = analyzer.analyze(Article("The council met on Monday and approved the budget for next year.",
                                     options=AnalyzeOptions(summary_sentences=3)))
    assert len(short.summary.sentences) == 1
    assert any("1 usable sentence" in w for w in short.meta.warnings)


def test_scare_quotes_and_titles_are_not_quotes(analyzer: Analyzer) -> None:
    text = ("Critics attacked the so-called “woke” agenda of the school board. The board screened "
            "“The Long Road Home” for parents on Friday, and attendance was high.")
    assert analyzer.analyze(Article(text)).quotes == ()


def test_unbalanced_marks_do_not_fail(analyzer: Analyzer) -> None:
    text = "“We will fight on, the mayor said. Then ” he left ” and “ nobody ‘ followed."
    analysis = analyzer.analyze(Article(text))
    for quote in analysis.quotes:
        assert text[quote.start_char : quote.end_char] == quote.text
    assert not any("failed" in w for w in analysis.meta.warnings)


def test_non_english_text_gets_a_warning(analyzer: Analyzer) -> None:
    text = ("Le maire a annoncé mardi que le pont serait fermé pendant trois mois pour des travaux. "
            "« Nous n'avons pas le choix », a-t-il déclaré devant le conseil municipal de la ville.")
    analysis = analyzer.analyze(Article(text))
    assert analysis.meta.language == "fr"
    assert any("not English" in w for w in analysis.meta.warnings)
