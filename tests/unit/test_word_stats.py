"""The evidence ``auto`` collects about each word, on articles we wrote."""

from __future__ import annotations

from newsbrief.analysis.segmentation import split_sentences
from newsbrief.analysis.word_stats import article_words, units
from tests.docs import doc_from_paragraphs

ARTICLE = [
    ["Floods closed the mill road in Riverton on Monday."],
    ["The council said the mill road would reopen."],
    ["Volunteers filled sandbags at the school."],
    ["Riverton has flooded twice since 2015."],
]


def words_of(paragraphs: list[list[str]], title: str | None = None):
    return article_words(split_sentences(doc_from_paragraphs(paragraphs)), title)


def test_units_are_rouges_lowercased_alphanumeric_runs_long_ones_stemmed() -> None:
    assert units("The dams were BREACHED in 2015, it's said.") == ["the", "dam", "were", "breach", "in", "2015", "it",
                                                                 "s", "said"]


def test_every_sentence_in_units_and_their_counts() -> None:
    words = words_of(ARTICLE)
    assert words.units[0] == tuple(units(ARTICLE[0][0]))
    assert len(words.units) == 4
    mill = words.stats["mill"]
    assert (mill.count, mill.first, mill.lead, mill.sentences) == (2, 0, 2, {0, 1})
    riverton = words.stats[units("Riverton")[0]]
    assert (riverton.count, riverton.first, riverton.lead) == (2, 0, 1)
    sandbags = words.stats[units("sandbags")[0]]
    assert (sandbags.count, sandbags.first, sandbags.lead) == (1, 2, 1)


def test_stop_words_and_parts_of_speech() -> None:
    words = words_of(ARTICLE)
    assert words.stats["the"].stop and not words.stats["mill"].stop
    assert words.stats[units("closed")[0]].pos["VERB"] == 1  # the hand-built doc tags -ed words as verbs
    assert words.stats["mill"].pos["NOUN"] == 2


def test_title_words_count_as_a_sentence_before_the_first() -> None:
    words = words_of(ARTICLE, title="Sandbags at the school")
    sandbags = words.stats[units("sandbags")[0]]
    assert (sandbags.count, sandbags.first, sandbags.lead) == (2, 0, 2)
    assert "bridge" not in words.stats  # a title word the article never uses is no unit of it
    assert words_of(ARTICLE, title="Bridge news").stats.keys() == words_of(ARTICLE).stats.keys()
