"""Actors and roles on the real English pipeline, one pattern per case, over sentences we wrote."""

from __future__ import annotations

import pytest

from newsbrief.analysis.actors import ActorDraft, build_actors
from newsbrief.analysis.analyzer import Analyzer

pytestmark = pytest.mark.model


def actors_of(analyzer: Analyzer, text: str) -> list[ActorDraft]:
    return build_actors(analyzer.nlp(text))


def people(analyzer: Analyzer, text: str) -> dict[str, ActorDraft]:
    return {a.name: a for a in actors_of(analyzer, text) if a.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a title before the name, the organisation kept
        ("U.S. Defense Secretary Pete Hegseth said the plan was sound.", "Pete Hegseth", "U.S. Defense Secretary"),
        ("Market strategist Bill Blain expects rates to fall.", "Bill Blain", "Market strategist"),
        ("German Defense Minister Boris Pistorius visited the base.", "Boris Pistorius", "German Defense Minister"),
        ("The ruling hurt Republican Secretary of State Tom Vane on Friday.", "Tom Vane", "Secretary of State"),
        # a plural title shared by a list of names, in the singular
        ("Presidential candidates Ann Ray and Bo Lee cited the figure.", "Bo Lee", "Presidential candidate"),
        # an appositive after the name, and its inverted form
        ("Kaja Kallas, the European Union’s foreign policy chief, said talks would go on.", "Kaja Kallas",
         "European Union’s foreign policy chief"),
        ("Turkey’s ambassador to NATO, Zeki Levent Gumrukcu, said the vote was close.", "Zeki Levent Gumrukcu",
         "Turkey’s ambassador to NATO"),
        ("Mara Quill — a retired judge and radio host — called the bill cruel.", "Mara Quill", "retired judge"),
        ("Ben Oduya, 52, a bus driver from Leeds, joined the strike.", "Ben Oduya", "bus driver"),
        # X from/of/at Y
        ("David Roche from Quantum Strategy expects a recession.", "David Roche", "Quantum Strategy"),
        # copula and relative clauses
        ("Nadia Ferreira is the mayor of Reno.", "Nadia Ferreira", "mayor of Reno"),
        ("Olaf Brink, who chairs the finance committee, voted no.", "Olaf Brink", "chairs the finance committee"),
        ("Lena Marsh, who is the head of the port union, walked out.", "Lena Marsh", "head of the port union"),
        # a family role, with its owner
        ("Senator Hal Winters and his wife, Ruth Winters, arrived late.", "Ruth Winters", "wife of Hal Winters"),
    ],
)
def test_role_patterns(analyzer: Analyzer, text: str, name: str, role: str) -> None:
    found = people(analyzer, text)
    assert name in found, list(found)
    assert any(role in given for given in found[name].roles), found[name].roles


def test_a_role_given_once_applies_to_every_mention_and_near_duplicates_merge(analyzer: Analyzer) -> None:
    text = ("Secretary General Mark Rutte opened the summit. Later NATO Secretary General Mark Rutte "
            "thanked the hosts, and Rutte left early.")
    rutte = people(analyzer, text)["Mark Rutte"]
    assert rutte.roles == ["NATO Secretary General"]
    assert len(rutte.mentions) == 3


def test_words_before_a_name_without_a_title_are_no_role(analyzer: Analyzer) -> None:
    found = people(analyzer, "On Tuesday angry Bob Smith left the hall.")
    assert found["Bob Smith"].roles == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # full name, surname, possessive and honorific are one person
        ("Maria Costa won the seat. Costa’s team cheered, and Ms. Costa thanked them.", {"Maria Costa": 3}),
        # a name wrapped onto the next line
        ("Defense Secretary Pete\nHegseth said no. Hegseth then left.", {"Pete Hegseth": 2}),
    ],
)
def test_mentions_of_one_person_merge(analyzer: Analyzer, text: str, expected: dict[str, int]) -> None:
    found = people(analyzer, text)
    assert {name: len(actor.mentions) for name, actor in found.items()} == expected


def test_people_sharing_a_surname_stay_apart(analyzer: Analyzer) -> None:
    text = ("Hillary Clinton spoke in Ohio on Monday. Bill Clinton campaigned in Iowa. "
            "Mrs. Clinton said the race was close.")
    found = people(analyzer, text)
    assert {"Hillary Clinton", "Bill Clinton"} <= set(found)
    assert "Mrs. Clinton" not in " ".join(m.text for m in found["Bill Clinton"].mentions)


def test_a_surname_tagged_as_an_organisation_is_the_person(analyzer: Analyzer) -> None:
    text = ("Donald Trump spoke in Ohio. The Trump administration later said the Trump campaign "
            "would appeal.")
    actors = actors_of(analyzer, text)
    assert not any(a.name == "Trump" and a.kind != "person" for a in actors), [(a.name, a.kind) for a in actors]
    assert sum(a.kind == "person" for a in actors) == 1


def test_fragments_of_titles_bylines_and_credits_are_not_actors(analyzer: Analyzer) -> None:
    text = ("Secretary of State Marco Rubio met Secretary of Defense Pete Hegseth in Lisbon.\n\n"
            "The talks lasted an hour.\n\n"
            "(Reporting by Sara Lindqvist; Editing by Tom Hale)\n\n"
            "Photo by Jan Novak/AFP")
    names = {a.name for a in actors_of(analyzer, text)}
    assert {"Marco Rubio", "Pete Hegseth"} <= names
    assert not names & {"State", "Defense", "Sara Lindqvist", "Tom Hale", "Jan Novak"}, names


def test_a_headline_word_glued_to_a_name_is_cut(analyzer: Analyzer) -> None:
    text = "Obama Seeks New Climate Deal\n\nBarack Obama said on Monday that Obama would travel to Paris."
    names = {a.name for a in actors_of(analyzer, text) if a.kind == "person"}
    assert "Obama Seeks" not in names
    assert "Barack Obama" in names


def test_an_organisation_and_its_acronym_and_description_are_one_actor(analyzer: Analyzer) -> None:
    text = ("The European Union agreed new sanctions. EU ministers met in Brussels, and the bloc "
            "said more would follow.")
    union = [a for a in actors_of(analyzer, text) if a.name == "European Union"]
    assert len(union) == 1
    assert {m.text for m in union[0].mentions} >= {"European Union", "EU", "bloc"}


def test_a_country_and_its_abbreviation_are_one_actor(analyzer: Analyzer) -> None:
    text = "The United States imposed tariffs. U.S. officials said the measure was temporary."
    countries = [a for a in actors_of(analyzer, text) if (a.kind == "place" and "States" in a.name) or a.name == "U.S."]
    assert len(countries) == 1, [(a.name, a.kind) for a in actors_of(analyzer, text)]


def test_an_honorific_picks_the_namesake(analyzer: Analyzer) -> None:
    text = ("Bill Clinton arrived in Flint with his wife Hillary Clinton on Monday. "
            "Mrs. Clinton spoke first, and Mr. Clinton followed.")
    found = people(analyzer, text)
    hillary = {m.text for m in found["Hillary Clinton"].mentions}
    bill = {m.text for m in found["Bill Clinton"].mentions}
    assert "Clinton" in hillary and "Clinton" in bill  # one bare "Clinton" each
    assert found["Hillary Clinton"].roles == ["wife of Bill Clinton"]
    assert found["Bill Clinton"].roles == ["husband of Hillary Clinton"]


def test_a_name_before_a_clause_subject_takes_no_appositive_role(analyzer: Analyzer) -> None:
    # "…with Ann Ruiz, the mayor said": the mayor is the subject of "said", not Ruiz's appositive
    found = people(analyzer, "At a dinner with Ann Ruiz, the mayor said the area was safe.")
    assert "Ann Ruiz" in found, list(found)
    assert found["Ann Ruiz"].roles == []


def test_an_appositive_without_its_closing_comma_is_still_a_role(analyzer: Analyzer) -> None:
    found = people(analyzer, "Lena Marsh, president of the Ohio Grocers Association stated that costs rose.")
    assert "president of the Ohio Grocers Association" in found["Lena Marsh"].roles, found["Lena Marsh"].roles


def test_a_nationality_used_as_an_adjective_is_not_a_group(analyzer: Analyzer) -> None:
    text = (
        "The Moldovan prime minister met Moldovan farmers and Austrian diplomats on Monday.\n\n"
        "The Austrians promised to help, and the Moldovans thanked them."
    )
    groups = {a.name for a in actors_of(analyzer, text) if a.kind == "group"}
    assert "Moldovan" not in groups and "Austrian" not in groups
    assert {"Austrians", "Moldovans"} & groups


def test_a_wire_dateline_is_not_an_actor(analyzer: Analyzer) -> None:
    text = "LONDON — After nearly two years of talks, the government plans to lift the ban, officials said."
    assert [a.name for a in actors_of(analyzer, text) if a.kind == "place"] == []


def test_as_in_a_clause_about_the_person_gives_the_role_whatever_the_verb(analyzer: Analyzer) -> None:
    text = "Prices will keep falling, said Ivo Marek, who follows the grocers as a senior analyst at Harbour Bank."
    assert "senior analyst" in people(analyzer, text)["Ivo Marek"].roles


def test_as_after_a_judging_verb_is_not_the_persons_role(analyzer: Analyzer) -> None:
    text = "The claim came from Dana Whitfield, who described the mayor as a reckless gambler on Monday."
    assert people(analyzer, text)["Dana Whitfield"].roles == []
