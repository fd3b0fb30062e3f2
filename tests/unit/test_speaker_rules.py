"""Speaker-resolution rules on hand-built Docs: antecedent order, gender evidence, noun lexicons."""

from __future__ import annotations

import pytest

from newsbrief.analysis.actors import ActorDraft
from newsbrief.analysis.coref import Antecedents, PronounResolver
from newsbrief.analysis.gender import actor_genders, gendered_words, given_names
from newsbrief.analysis.nouns import belongs_to_possessor, is_body_noun, is_document_noun, is_speaker_noun
from newsbrief.analysis.speakers import _one_edit_apart
from tests.docs import make_doc

# Ann Lee met Bob Ray . Mrs. Lee thanked him . She left .
WORDS = ["Ann", "Lee", "met", "Bob", "Ray", ".", "Mrs.", "Lee", "thanked", "him", ".", "She", "left", "."]
HEADS = [1, 2, 2, 4, 2, 2, 7, 8, 8, 8, 8, 12, 12, 12]
DEPS = ["compound", "nsubj", "ROOT", "compound", "dobj", "punct", "compound", "nsubj", "ROOT", "dobj", "punct",
        "nsubj", "ROOT", "punct"]
POS = ["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "PRON", "PUNCT", "PRON",
       "VERB", "PUNCT"]
STARTS = [True] + [False] * 5 + [True] + [False] * 4 + [True, False, False]


def people_doc(quoted: set[int] = frozenset()):  # type: ignore[assignment]
    doc = make_doc(WORDS, heads=HEADS, deps=DEPS, pos=POS, sent_starts=STARTS)
    ann = ActorDraft(kind="person", mentions=[doc[0:2], doc[7:8]])
    bob = ActorDraft(kind="person", mentions=[doc[3:5]])
    mask = [i in quoted for i in range(len(doc))]
    return doc, ann, bob, mask


def test_gender_comes_from_the_article_words_and_given_names() -> None:
    doc, ann, bob, mask = people_doc()
    genders = actor_genders(doc, [ann, bob], mask)
    assert genders[id(ann)] == "f"  # "Mrs. Lee"
    assert genders[id(bob)] == "m"  # the given name "Bob"


def test_she_goes_to_the_woman_even_when_the_man_is_nearer() -> None:
    doc, ann, bob, mask = people_doc()
    genders = {id(ann): "f", id(bob): "m"}
    resolver = PronounResolver(Antecedents(doc, [ann, bob], mask), genders)  # type: ignore[arg-type]
    assert resolver.resolve(doc[11]) is ann


def test_subjects_come_before_objects() -> None:
    doc, ann, bob, mask = people_doc()
    antecedents = Antecedents(doc, [ann, bob], mask)
    assert antecedents.find(doc[11], lambda actor: actor.kind == "person") is ann


def test_mentions_inside_quotes_are_not_antecedents() -> None:
    doc, ann, bob, mask = people_doc(quoted={6, 7, 8, 9, 10})
    antecedents = Antecedents(doc, [ann, bob], mask)
    # sentence 2 is quoted: the nearest reporter's mention is sentence 1's subject, Ann Lee
    assert antecedents.find(doc[11], lambda actor: actor is not ann) is bob
    assert all(entry.token != 7 for entry in antecedents.by_sentence[1])


def test_unknown_gender_is_accepted_when_no_known_person_fits() -> None:
    doc, ann, bob, mask = people_doc()
    resolver = PronounResolver(Antecedents(doc, [ann, bob], mask), {id(bob): "m"})  # type: ignore[arg-type]
    assert resolver.resolve(doc[11]) is ann  # Ann's gender unknown to it, Bob is a man


@pytest.mark.parametrize(
    ("noun", "body", "owned", "document", "speaker"),
    [
        ("agency", True, False, False, True),
        ("campaign", True, True, False, True),
        ("report", False, False, True, False),
        ("senator", False, False, False, True),
        ("doctor", False, False, False, True),  # a role: "the doctor said" names a person
        ("plan", False, False, False, False),
    ],
)
def test_noun_lexicons(noun: str, body: bool, owned: bool, document: bool, speaker: bool) -> None:
    assert is_body_noun(noun) is body
    assert belongs_to_possessor(noun) is owned
    assert is_document_noun(noun) is document
    assert is_speaker_noun(noun) is speaker


def test_gender_lexicons_leave_out_names_used_for_both() -> None:
    assert given_names()["hillary"] == "f" and given_names()["barack"] == "m"
    assert "jordan" not in given_names() and "taylor" not in given_names()
    assert gendered_words()["spokeswoman"] == "f" and "chairman" not in gendered_words()


def two_sentence_doc():  # type: ignore[no-untyped-def]
    # Ann Lee left . Kim Moss met Ray Cole . She smiled .
    words = ["Ann", "Lee", "left", ".", "Kim", "Moss", "met", "Ray", "Cole", ".", "She", "smiled", "."]
    heads = [1, 2, 2, 2, 5, 6, 6, 8, 6, 6, 11, 11, 11]
    deps = ["compound", "nsubj", "ROOT", "punct", "compound", "nsubj", "ROOT", "compound", "dobj", "punct",
            "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT", "PRON", "VERB",
           "PUNCT"]
    starts = [True, False, False, False, True] + [False] * 5 + [True, False, False]
    doc = make_doc(words, heads=heads, deps=deps, pos=pos, sent_starts=starts)
    ann = ActorDraft(kind="person", mentions=[doc[0:2]])
    kim = ActorDraft(kind="person", mentions=[doc[4:6]])
    ray = ActorDraft(kind="person", mentions=[doc[7:9]])
    return doc, ann, kim, ray


def test_a_nearer_person_of_unknown_gender_beats_a_farther_known_one() -> None:
    doc, ann, kim, ray = two_sentence_doc()
    antecedents = Antecedents(doc, [ann, kim, ray], [False] * len(doc))
    resolver = PronounResolver(antecedents, {id(ann): "f", id(ray): "m"})  # type: ignore[arg-type]
    assert resolver.resolve(doc[10]) is kim  # Kim, just named, not Ann two sentences back


def test_within_one_sentence_a_known_gender_comes_first() -> None:
    doc, ann, kim, ray = two_sentence_doc()
    antecedents = Antecedents(doc, [ann, kim, ray], [False] * len(doc))
    resolver = PronounResolver(antecedents, {id(ann): "f", id(ray): "f"})  # type: ignore[arg-type]
    assert resolver.resolve(doc[10]) is ray  # the object Ray is known to be a woman, the subject Kim is not


@pytest.mark.parametrize(
    ("one", "other", "near"),
    [
        ("mcclenney", "mclenney", True),  # a letter dropped
        ("wimes", "wines", True),  # a letter changed
        ("smith", "smiht", True),  # neighbours swapped
        ("smith", "smith", False),  # the same word is no typo
        ("smith", "jones", False),
        ("bornstein", "bornste", False),  # two letters
    ],
)
def test_one_edit_apart(one: str, other: str, near: bool) -> None:
    assert _one_edit_apart(one, other) is near
