"""Speakers given as descriptions, on the real pipeline, over texts we wrote."""

from __future__ import annotations

import pytest

from newsbrief.analysis.analyzer import Analyzer, Article
from newsbrief.analysis.schema import Quote

pytestmark = pytest.mark.model


def quote_with(analyzer: Analyzer, text: str, fragment: str) -> Quote:
    quotes = [q for q in analyzer.analyze(Article(text)).quotes if fragment in q.text]
    assert len(quotes) == 1, [q.text for q in analyzer.analyze(Article(text)).quotes]
    return quotes[0]


def test_a_description_the_next_sentence_names(analyzer: Analyzer) -> None:
    text = (
        "Port plan faces criticism.\n\n"
        "A former harbour commissioner says the dredging plan will fail within five years.\n\n"
        "“The channel silts up every spring,” said Olga Brandt, who ran the port from 2001 to 2009."
    )
    quote = quote_with(analyzer, text, "dredging plan will fail")
    assert quote.speaker_mention is not None and quote.speaker_mention.text.endswith("commissioner")
    assert quote.speaker == "Olga Brandt"


def test_a_places_official_named_next(analyzer: Analyzer) -> None:
    text = (
        "Norland’s tax commissioner says no one in the department leaked the filings.\n\n"
        "Peter Vance says he ordered a review on Monday and found nothing."
    )
    assert quote_with(analyzer, text, "no one in the department").speaker == "Peter Vance"


def test_an_unnamed_spokesman_stays_unnamed_when_a_known_person_follows(analyzer: Analyzer) -> None:
    text = (
        "Mayor Ruth Adler opened the bridge on Monday. "
        "A city spokesman said the bridge had cost four million dollars. "
        "Adler said the money was well spent."
    )
    assert quote_with(analyzer, text, "four million").speaker is None


def test_someones_lawyer_is_not_whoever_is_named_next(analyzer: Analyzer) -> None:
    text = (
        "The committee held Tom Reese in contempt on Thursday. His lawyer said he would not testify.\n\n"
        "Committee chairwoman Dana Holt said the vote would stand."
    )
    assert quote_with(analyzer, text, "would not testify").speaker is None


def test_a_title_alone_in_a_headline(analyzer: Analyzer) -> None:
    text = (
        "Senator from Norland says he will back the water bill.\n\n"
        "Sen. Ivo Marek said on Monday that the bill was the best the state could hope for."
    )
    assert quote_with(analyzer, text, "back the water bill").speaker == "Ivo Marek"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A Lakeview police officer stopped the car on Main Street. Police said the driver had fled twice before.",
         "Lakeview police"),
        ("The Harlow Police Department opened an inquiry. The police said the driver had fled twice before.",
         "Harlow Police Department"),
        ("An officer stopped the car on Main Street. Police said the driver had fled twice before.", None),
        ("Lakeview police and Harlow police both took part. Police said the driver had fled twice before.", None),
    ],
)
def test_police_are_the_force_the_article_names(analyzer: Analyzer, text: str, speaker: str | None) -> None:
    assert quote_with(analyzer, text, "fled twice").speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A new ad from Mara Quist’s campaign attacks her rival. The ad ran in three states on Monday. "
         "The campaign says the ad will air nationally next week.", "Mara Quist"),
        ("Senator Ivo Marek plans to propose a housing program. "
         "The campaign says the ad will air nationally next week.", "Ivo Marek"),
        ("The Nordic Development Fund cut its forecast on Tuesday. "
         "The fund says the ad will air nationally next week.", "Nordic Development Fund"),
    ],
)
def test_a_body_is_the_one_named_before(analyzer: Analyzer, text: str, speaker: str) -> None:
    assert quote_with(analyzer, text, "air nationally").speaker == speaker


def test_the_document_is_the_one_introduced_before(analyzer: Analyzer) -> None:
    text = (
        "A Gallup poll shows that voters in the county favour the new bridge. "
        "Officials at the Transport Department welcomed the news on Monday. "
        "Support rose by four points since June, according to the poll."
    )
    assert quote_with(analyzer, text, "four points").speaker == "Gallup"


@pytest.mark.parametrize(
    "text",
    [
        "Mara Quist’s campaign is defending her tax plan. It says the cuts will pay for themselves.",
        "Mara Quist’s campaign is defending her tax plan, which they say will pay for itself.",
    ],
)
def test_it_and_they_after_someones_campaign(analyzer: Analyzer, text: str) -> None:
    assert quote_with(analyzer, text, "pay for").speaker == "Mara Quist"

