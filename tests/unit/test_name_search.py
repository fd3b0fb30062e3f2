"""Names the entity tagger missed or mislabelled, found again from the names the article gave."""

from __future__ import annotations

from spacy.tokens import Doc

from newsbrief.analysis.name_search import missed_mentions
from tests.docs import make_doc

# Later , Ivanka Trump wrote . Trump Tower stood .
WORDS = ["Later", ",", "Ivanka", "Trump", "wrote", ".", "Trump", "Tower", "stood", "."]
HEADS = [4, 4, 3, 4, 4, 4, 7, 8, 8, 8]
DEPS = ["advmod", "punct", "compound", "nsubj", "ROOT", "punct", "compound", "nsubj", "ROOT", "punct"]
POS = ["ADV", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"]


def test_a_full_name_tagged_as_another_kind_is_still_the_person() -> None:
    ents = ["O", "O", "B-PRODUCT", "I-PRODUCT", "O", "O", "B-FAC", "I-FAC", "O", "O"]
    doc = make_doc(WORDS, heads=HEADS, deps=DEPS, pos=POS, ents=ents)
    found = missed_mentions(doc, [("ivanka", "trump")], covered=set())
    assert [(index, span.text) for index, span in found] == [(0, "Ivanka Trump")]


def test_a_surname_inside_another_entity_is_not_the_person() -> None:
    ents = ["O", "O", "O", "O", "O", "O", "B-FAC", "I-FAC", "O", "O"]
    doc = make_doc(WORDS, heads=HEADS, deps=DEPS, pos=POS, ents=ents)
    found = missed_mentions(doc, [("ivanka", "trump")], covered=set())
    assert [span.text for _, span in found] == ["Ivanka Trump"]  # not the "Trump" of "Trump Tower"


def _doc(words: list[str], pos: list[str], ents: list[str]) -> Doc:
    return make_doc(words, heads=list(range(len(words))), deps=["dep"] * len(words), pos=pos, ents=ents)


def test_a_one_word_person_is_found_with_the_first_name_the_tagger_missed() -> None:
    # "Oz" tagged a person once; "Mehmet Oz" untagged elsewhere is the same person, in full.
    doc = _doc(["Mehmet", "Oz", "spoke", ".", "Oz", "left", "."],
               ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"],
               ["O", "O", "O", "O", "B-PERSON", "O", "O"])
    found = missed_mentions(doc, [("oz",)], covered={4})
    assert [(index, span.text) for index, span in found] == [(0, "Mehmet Oz")]


def test_a_one_word_person_alone_is_not_searched() -> None:
    # "Politifact" tagged once as a person: its untagged repeats stay unclaimed.
    doc = _doc(["Politifact", "rated", "it", ".", "Politifact", "said", "."],
               ["PROPN", "VERB", "PRON", "PUNCT", "PROPN", "VERB", "PUNCT"],
               ["B-PERSON", "O", "O", "O", "O", "O", "O"])
    assert missed_mentions(doc, [("politifact",)], covered={0}) == []
