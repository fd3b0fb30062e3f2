from __future__ import annotations

from newsbrief.analysis.roles import merge_roles, roles_for_mention
from tests.docs import make_doc


def test_title_before_a_name_keeps_the_organisation() -> None:
    words = ["U.S.", "Defense", "Secretary", "Pete", "Hegseth", "said", "no", "."]
    doc = make_doc(
        words,
        heads=[2, 2, 4, 4, 5, 5, 5, 5],
        deps=["compound", "compound", "compound", "compound", "nsubj", "ROOT", "dobj", "punct"],
        pos=["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "DET", "PUNCT"],
    )
    assert roles_for_mention(doc[3:5]) == ["U.S. Defense Secretary"]


def test_appositive_after_a_name() -> None:
    words = ["Kaja", "Kallas", ",", "the", "EU", "’s", "foreign", "policy", "chief", ",", "warned", "."]
    doc = make_doc(
        words,
        heads=[1, 10, 1, 8, 8, 4, 7, 8, 1, 1, 10, 10],
        deps=["compound", "nsubj", "punct", "det", "poss", "case", "amod", "compound", "appos",
              "punct", "ROOT", "punct"],
        pos=["PROPN", "PROPN", "PUNCT", "DET", "PROPN", "PART", "ADJ", "NOUN", "NOUN", "PUNCT",
             "VERB", "PUNCT"],
    )
    assert roles_for_mention(doc[0:2]) == ["EU’s foreign policy chief"]


def test_name_apposed_to_a_title() -> None:
    words = ["Turkey", "’s", "ambassador", "to", "NATO", ",", "Zeki", "Gumrukcu", ",", "spoke", "."]
    doc = make_doc(
        words,
        heads=[2, 0, 9, 2, 3, 2, 7, 2, 2, 9, 9],
        deps=["poss", "case", "nsubj", "prep", "pobj", "punct", "compound", "appos", "punct", "ROOT", "punct"],
        pos=["PROPN", "PART", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"],
    )
    assert roles_for_mention(doc[6:8]) == ["Turkey’s ambassador to NATO"]


def test_words_before_a_name_without_a_title_are_no_role() -> None:
    words = ["Angry", "Bob", "Smith", "left", "."]
    doc = make_doc(
        words,
        heads=[2, 2, 3, 3, 3],
        deps=["amod", "compound", "nsubj", "ROOT", "punct"],
        pos=["ADJ", "PROPN", "PROPN", "VERB", "PUNCT"],
    )
    assert roles_for_mention(doc[1:3]) == []


def test_merge_keeps_the_fuller_role_in_first_seen_order() -> None:
    roles = ["Secretary General", "mayor", "NATO Secretary General", "Mayor"]
    assert merge_roles(roles) == ["mayor", "NATO Secretary General"]
