from __future__ import annotations

import pytest

from newsbrief.analysis.segmentation import continues_a_quotation, is_quote_only, split_sentences
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


FURNITURE = [
    "Photo: Getty Images",
    "Picture: Staff Photographer",
    "Source: Reuters",
    "By Jane Smith",
    "By JANE SMITH and TOM REED",
    "WASHINGTON (CNN) --",
    "(Reuters) -",
    "Click here to read the full report",
    "SCROLL DOWN FOR VIDEO",
    "BREAKING NEWS FLOOD WARNING IN EFFECT",
    "Residents on the high street in Riverton at dawn",  # a caption without a verb
]


@pytest.mark.parametrize("line", FURNITURE)
@pytest.mark.parametrize("method", METHODS)
def test_page_furniture_is_never_chosen(line: str, method: str) -> None:
    article = [[line], *ARTICLE[1:3], [line], *ARTICLE[4:]]
    sentences = split_sentences(doc_from_paragraphs(article, verbs=frozenset({"rose", "expect", "said"})))
    texts = [s.text for s in summarize(sentences, count=4, method=method).sentences]
    assert len(texts) == 4
    assert line not in texts


@pytest.mark.parametrize("count", [1, 2, 4, 5])
@pytest.mark.parametrize("method", ["auto", "lead", "lexrank"])
def test_exact_counts(sentences, method: str, count: int) -> None:
    assert len(summarize(sentences, count=count, method=method).sentences) == count


def test_methods_are_distinct(sentences) -> None:
    chosen = {m: tuple(s.text for s in summarize(sentences, count=2, method=m).sentences) for m in METHODS}
    assert len(set(chosen.values())) > 2  # not one ranking under several names


QUOTED = [
    ["Heavy rain flooded the town of Riverton on Monday, forcing hundreds of residents from their homes."],
    ["“We will rebuild every house on this street, whatever it costs.”"],
    ["The mayor promised to rebuild the damaged houses on the high street."],
    ["Officials opened three shelters and asked residents to avoid the flooded roads."],
    ["Forecasters expect more rain on Thursday, which could delay the repairs."],
]


@pytest.mark.parametrize("method", METHODS)
def test_a_quote_without_its_speaker_is_not_chosen_when_better_exists(method: str) -> None:
    sentences = split_sentences(doc_from_paragraphs(QUOTED, verbs=frozenset({"rebuild", "expect", "promised"})))
    texts = [s.text for s in summarize(sentences, count=3, method=method).sentences]
    assert not any(t.startswith("“") for t in texts)


def test_a_quote_without_its_speaker_is_used_when_nothing_else_is_left() -> None:
    sentences = split_sentences(doc_from_paragraphs(QUOTED[:3], verbs=frozenset({"rebuild", "promised"})))
    texts = [s.text for s in summarize(sentences, count=3).sentences]
    assert len(texts) == 3 and texts[1].startswith("“")


ANNOUNCING = [
    ["Heavy rain flooded the town of Riverton on Monday, forcing hundreds of residents from their homes."],
    ["In a long interview on the local radio station, the mayor of Riverton also said:"],
    ["The river rose two metres overnight and breached the old levee near the mill."],
    ["Officials opened three shelters and asked residents to avoid the flooded roads."],
]


@pytest.mark.parametrize("method", METHODS)
def test_a_sentence_announcing_what_follows_is_not_chosen(method: str) -> None:
    sentences = split_sentences(doc_from_paragraphs(ANNOUNCING, verbs=frozenset({"said", "rose"})))
    texts = [s.text for s in summarize(sentences, count=3, method=method).sentences]
    assert len(texts) == 3
    assert not any(t.endswith(":") for t in texts)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("“We will rebuild every house.”", True),
        ("“We will rebuild every house, and the school,", True),  # runs on into the next paragraph
        ("‘We don’t give up.’", True),  # apostrophes inside are not the closing mark
        ("“We will rebuild,” the mayor said.", False),
        ("‘We won’t give up,’ she said.", False),
        ("The mayor said: “We will rebuild.”", False),
    ],
)
def test_quote_only_sentences(text: str, fragment: bool) -> None:
    assert is_quote_only(text) is fragment


QUOTED_PASSAGE = [
    ["Heavy rain flooded the town of Riverton on Monday, forcing hundreds of residents from their homes."],
    [
        "“We have lost the mill road and the school.",
        "The levee failed in two places overnight.",
        "We find the delay unacceptable.”",
    ],
    ["Officials opened three shelters and asked residents to avoid the flooded roads."],
    ["Forecasters expect more rain on Thursday, which could delay the repairs."],
]


def test_sentences_inside_a_quoted_passage_are_found() -> None:
    sentences = split_sentences(doc_from_paragraphs(QUOTED_PASSAGE))
    assert continues_a_quotation(sentences) == [False, False, True, True, False, False]


@pytest.mark.parametrize(
    ("passage", "inside"),
    [
        (["“The water rose fast,” the mayor said.", "Then it stopped."], [False, False]),
        (["“The water rose fast.", "Then it stopped,” the mayor said."], [False, False]),
        (['"The water rose fast.', 'Then it stopped."'], [False, True]),
    ],
)
def test_a_quoted_passage_ends_where_its_mark_closes(passage: list[str], inside: list[bool]) -> None:
    assert continues_a_quotation(split_sentences(doc_from_paragraphs([passage]))) == inside


@pytest.mark.parametrize("method", METHODS)
def test_the_middle_or_end_of_a_quoted_passage_is_not_chosen(method: str) -> None:
    sentences = split_sentences(doc_from_paragraphs(QUOTED_PASSAGE, verbs=frozenset({"failed", "find", "expect"})))
    texts = [s.text for s in summarize(sentences, count=3, method=method).sentences]
    assert len(texts) == 3
    assert "The levee failed in two places overnight." not in texts
    assert "We find the delay unacceptable.”" not in texts


def test_a_title_steers_auto() -> None:
    lead = "Heavy rain soaked the county fair on Saturday afternoon."
    stalls = "Stallholders packed up early as the showers grew heavier."
    bridge = "The old mill bridge was closed to traffic by engineers."
    sentences = split_sentences(doc_from_paragraphs([[lead], [stalls], [bridge]]))
    assert [s.text for s in summarize(sentences, count=2).sentences] == [lead, stalls]
    assert [s.text for s in summarize(sentences, count=2, title="Mill bridge closed").sentences] == [lead, bridge]

