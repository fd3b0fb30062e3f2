"""Descriptions standing for a person named earlier, on the real pipeline, over texts we wrote."""

from __future__ import annotations

import pytest

from newsbrief.analysis.actors import build_actors
from newsbrief.analysis.analyzer import Analyzer

pytestmark = pytest.mark.model


def roles_of(analyzer: Analyzer, text: str) -> dict[str, list[str]]:
    return {a.name: a.roles for a in build_actors(analyzer.nlp(text)) if a.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a role already given ties the description to one of two candidates
        ("Sen. Ruth Okafor met Gov. Dan Pell on Monday. The Ohio senator said the talks went well.",
         "Ruth Okafor", "Ohio senator"),
        # the only person named in the sentences before
        ("Mara Lind spoke for an hour in Dayton. The Democratic nominee said she would win Ohio.",
         "Mara Lind", "Democratic nominee"),
        # a possessor: "the nominee's tax returns"
        ("Reporters asked about Victor Hale again. The Republican nominee's tax returns are still secret.",
         "Victor Hale", "Republican nominee"),
        # two roles joined by "and"
        ("Nora Quist arrived late. The former mayor and current Green Party nominee said little.",
         "Nora Quist", "current Green Party nominee"),
        # the subject of the clause before, not the person it spoke to
        ("As Tom Brandt weighed the offer from Lisa Moor on Monday, the Iowa governor said he needed time.",
         "Tom Brandt", "Iowa governor"),
    ],
)
def test_a_description_gives_its_role_to_the_person_it_stands_for(
    analyzer: Analyzer, text: str, name: str, role: str
) -> None:
    found = roles_of(analyzer, text)
    assert role in found.get(name, []), found


def test_the_subject_of_the_clause_is_not_the_description(analyzer: Analyzer) -> None:
    # Principle C: "Brandt offered help to Moor as the Iowa governor ..." cannot mean Brandt.
    text = "Tom Brandt offered help to Lisa Moor on Friday, as the Iowa governor struggled with debts."
    found = roles_of(analyzer, text)
    assert "Iowa governor" not in found.get("Tom Brandt", []), found


def test_a_description_in_its_own_clause_with_the_name_is_someone_else(analyzer: Analyzer) -> None:
    text = "Ivy Sorel filed the papers in May. The judge agreed with Ivy Sorel that the files stay sealed."
    assert "judge" not in roles_of(analyzer, text).get("Ivy Sorel", [])


@pytest.mark.parametrize(
    ("text", "name", "word"),
    [
        # the other party
        ("Democrat Mara Lind spoke in Dayton. The Republican nominee said she would win Ohio.", "Mara Lind", "nominee"),
        # the other sex
        ("Mr. Paul Verne spoke in Dayton. The first lady said the speech was long.", "Paul Verne", "lady"),
        # inside quotation marks: the speaker's words, not the reporter's
        ("Paul Verne spoke in Dayton. “The candidate must answer,” a voter shouted.", "Paul Verne", "candidate"),
        # a description naming its own organisation introduces someone new
        ("Paul Verne spoke in Dayton. The head of Acme Steel Corporation later called the speech weak.",
         "Paul Verne", "head"),
        # a bare "the official" is as often someone the article never names
        ("Paul Verne spoke in Dayton. The official said the figures were wrong.", "Paul Verne", "official"),
    ],
)
def test_a_description_without_a_fitting_person_gives_no_role(
    analyzer: Analyzer, text: str, name: str, word: str
) -> None:
    found = roles_of(analyzer, text)
    assert name in found, found
    assert not any(word in role for role in found[name]), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested two Ohio bankers, Lara Vint and Omar Sayed, on Tuesday.",
         {"Lara Vint": "Ohio banker", "Omar Sayed": "Ohio banker"}),
        ("Two Republicans, retired judge Ana Brill and dairy farmer Mark Haynes, entered the race.",
         {"Ana Brill": "Republican", "Mark Haynes": "Republican"}),
        ("The biggest donors of the 2014 race, investor Walt Pruitt and his wife, Dana, gave again.",
         {"Walt Pruitt": "biggest donor of the 2014 race"}),
    ],
)
def test_a_plural_before_a_list_of_names_gives_each_the_singular(
    analyzer: Analyzer, text: str, expected: dict[str, str]
) -> None:
    found = roles_of(analyzer, text)
    for name, role in expected.items():
        assert role in found.get(name, []), found


def test_a_plural_before_one_name_is_no_role_of_that_name(analyzer: Analyzer) -> None:
    text = "Critics of the new port, like Senator Jo Pratt, say the cost is too high."
    found = roles_of(analyzer, text)
    assert not any("Critic" in role for role in found.get("Jo Pratt", [])), found
    assert "Senator" in found.get("Jo Pratt", []), found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Critics questioned Maria Lopez's record as mayor of Reno.", "Maria Lopez", "mayor of Reno"),
        ("Tom Vane was forced to step down as the party's treasurer in May.", "Tom Vane", "party's treasurer"),
        ("As secretary of state, Lena Marsh pushed for the treaty.", "Lena Marsh", "secretary of state"),
        ("Dr. Ana Brill, who as a young surgeon was the base physician and later retired as a rear admiral, "
         "said the tests were routine.", "Ana Brill", "rear admiral"),
        ("Dr. Ana Brill, who as a young surgeon was the base physician and later retired as a rear admiral, "
         "said the tests were routine.", "Ana Brill", "base physician"),
    ],
)
def test_an_as_phrase_gives_a_role(analyzer: Analyzer, text: str, name: str, role: str) -> None:
    found = roles_of(analyzer, text)
    assert role in found.get(name, []), found


def test_an_as_phrase_about_the_object_is_no_role_of_the_subject(analyzer: Analyzer) -> None:
    found = roles_of(analyzer, "Tom Vane described Lena Marsh as a gambler and a cheat.")
    assert not any(found.values()), found
