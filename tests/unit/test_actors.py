from __future__ import annotations

from spacy.tokens import Doc

from newsbrief.analysis.actors import build_actors, salience
from tests.docs import make_doc


def entity_doc(tokens: list[tuple[str, str]]) -> Doc:
    """A flat doc where each (word, IOB entity tag) pair is one token of its own."""
    words = [word for word, _ in tokens]
    ents = [tag for _, tag in tokens]
    pos = ["PROPN" if tag != "O" else ("PART" if word in ("’s", "'s") else "X") for word, tag in tokens]
    return make_doc(words, heads=list(range(len(words))), deps=["ROOT"] * len(words), pos=pos, ents=ents)


def names(doc: Doc) -> dict[str, int]:
    return {actor.name: len(actor.mentions) for actor in build_actors(doc)}


def test_full_name_surname_and_possessive_are_one_person() -> None:
    doc = entity_doc([
        ("Hillary", "B-PERSON"), ("Clinton", "I-PERSON"), ("spoke", "O"), ("Clinton", "B-PERSON"),
        ("’s", "O"), ("aide", "O"), ("Hillary", "B-PERSON"), ("left", "O"),
    ])
    assert names(doc) == {"Hillary Clinton": 3}


def test_people_sharing_a_surname_stay_apart_and_a_bare_surname_goes_to_the_first_introduced() -> None:
    doc = entity_doc([
        ("Hillary", "B-PERSON"), ("Clinton", "I-PERSON"), ("met", "O"), ("Bill", "B-PERSON"),
        ("Clinton", "I-PERSON"), ("and", "O"), ("then", "O"), ("Clinton", "B-PERSON"), ("smiled", "O"),
        ("at", "O"), ("the", "O"), ("crowd", "O"),
    ])
    actors = {a.name: [m.start for m in a.mentions] for a in build_actors(doc)}
    assert actors == {"Hillary Clinton": [0, 7], "Bill Clinton": [3]}


def test_surname_in_a_headline_joins_the_full_name_given_later() -> None:
    doc = entity_doc([
        ("Warren", "B-PERSON"), ("wins", "O"), ("\n", "O"), ("the", "O"), ("vote", "O"), ("went", "O"), ("to", "O"),
        ("Elizabeth", "B-PERSON"), ("Warren", "I-PERSON"), ("on", "O"), ("the", "O"), ("night", "O"),
    ])
    assert names(doc) == {"Elizabeth Warren": 2}


def test_surname_tagged_as_organisation_joins_the_person() -> None:
    doc = entity_doc([
        ("Donald", "B-PERSON"), ("Trump", "I-PERSON"), ("and", "O"), ("the", "O"), ("Trump", "B-ORG"),
        ("campaign", "O"),
    ])
    assert names(doc) == {"Donald Trump": 2}


def test_acronym_joins_its_long_form_and_the_article_is_dropped() -> None:
    doc = entity_doc([
        ("the", "B-ORG"), ("European", "I-ORG"), ("Union", "I-ORG"), ("and", "O"), ("the", "O"), ("EU", "B-ORG"),
    ])
    actors = build_actors(doc)
    assert [(a.name, a.kind, len(a.mentions)) for a in actors] == [("European Union", "organization", 2)]


def test_credits_and_lowercase_fragments_are_not_actors() -> None:
    doc = entity_doc([("Getty", "B-ORG"), ("Images", "I-ORG"), ("photo", "O"), ("Reuters", "B-ORG")])
    assert names(doc) == {}


def test_salience_rewards_quotes_title_and_early_mentions() -> None:
    doc = entity_doc([
        ("Ana", "B-PERSON"), ("Ruiz", "I-PERSON"), ("met", "O"), ("Tom", "B-PERSON"), ("Hale", "I-PERSON"),
        ("in", "O"), ("the", "O"), ("hall", "O"),
    ])
    ruiz, hale = sorted(build_actors(doc), key=lambda a: a.first_char)
    plain = {a.name: salience(a, text_length=40, title=None, summary=[]) for a in (ruiz, hale)}
    assert plain["Ana Ruiz"] > plain["Tom Hale"]  # named first
    assert salience(hale, text_length=40, title="Hale wins the vote", summary=[]) > plain["Ana Ruiz"]
    hale.quote_count = 3
    assert salience(hale, text_length=40, title=None, summary=[]) > plain["Ana Ruiz"]


def test_a_one_word_person_beginning_an_organisation_name_is_that_organisation() -> None:
    # "Patriot" tagged a person and the subject of "said", beside the company "Patriot Coal"
    words = ["Patriot", "Coal", "filed", ".", "Patriot", "said", "no", "."]
    doc = make_doc(words, heads=[1, 2, 2, 2, 5, 5, 5, 5], deps=["compound", "nsubj", "ROOT", "punct", "nsubj",
                                                               "ROOT", "dobj", "punct"],
                   pos=["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "DET", "PUNCT"],
                   lemmas=["patriot", "coal", "file", ".", "patriot", "say", "no", "."],
                   ents=["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O", "O"])
    kinds = {actor.name: (actor.kind, len(actor.mentions)) for actor in build_actors(doc)}
    assert kinds == {"Patriot Coal": ("organization", 2)}


def test_a_one_word_person_with_an_honorific_stays_a_person() -> None:
    doc = entity_doc([
        ("Patriot", "B-ORG"), ("Coal", "I-ORG"), ("hired", "O"), ("Mr.", "O"), ("Patriot", "B-PERSON"),
        ("spoke", "O"),
    ])
    assert any(actor.kind == "person" and actor.name == "Patriot" for actor in build_actors(doc))
