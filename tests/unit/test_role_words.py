from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from spacy.tokens import Span

from newsbrief.analysis.aliases import canonical_key
from newsbrief.analysis.kinship import reciprocal_roles
from newsbrief.analysis.names import text_words
from newsbrief.analysis.role_words import is_person_noun, role_keys
from newsbrief.analysis.roles import merge_roles
from tests.docs import make_doc


@pytest.mark.parametrize(
    ("word", "pos", "person"),
    [
        ("senator", "NOUN", True),
        ("columnist", "NOUN", True),  # agent noun, not listed
        ("gastroenterologist", "NOUN", True),
        ("moderator", "NOUN", True),
        ("statement", "NOUN", False),
        ("number", "NOUN", False),
        ("Steyer", "PROPN", False),  # a capitalised surname with an agent ending
        ("Secretary", "PROPN", True),
    ],
)
def test_person_nouns(word: str, pos: str, person: bool) -> None:
    doc = make_doc([word], heads=[0], deps=["ROOT"], pos=[pos])
    assert is_person_noun(doc[0]) is person


@pytest.mark.parametrize(
    ("roles", "merged"),
    [
        (["Secretary General", "mayor", "NATO Secretary General", "Mayor"], ["mayor", "NATO Secretary General"]),
        (["Republican nominee", "Republican presidential nominee"], ["Republican presidential nominee"]),
        (["Sen.", "Vermont senator"], ["Vermont senator"]),  # an abbreviation is the word it stands for
        (["mayor of Reno", "Reno police chief"], ["mayor of Reno", "Reno police chief"]),
    ],
)
def test_near_duplicate_roles_keep_the_fuller(roles: list[str], merged: list[str]) -> None:
    assert merge_roles(roles) == merged


def test_role_keys_tie_party_names_and_sex() -> None:
    assert {"party:r", "nominee"} <= role_keys("GOP presidential nominee")
    assert "sex:f" in role_keys("wife of Hal Winters")
    assert role_keys("Mr.") == {"sex:m", "mr"}


def test_role_keys_leave_the_owner_out_and_know_synonyms() -> None:
    # the daughter of a Republican nominee is neither Republican nor a nominee
    assert role_keys("Republican presidential nominee's eldest daughter") == {"daughter", "sex:f"}
    assert role_keys("wife of Sheldon Adelson") == {"wife", "sex:f"}
    assert "mayor" in role_keys("mayor of Reno")  # the head noun, not the last word
    assert "representative" in role_keys("California congressman") & role_keys("Rep.")


def test_aliases_map_to_one_name() -> None:
    assert canonical_key(text_words("U.S.")) == canonical_key(text_words("United States"))
    assert canonical_key(text_words("EU")) == text_words("European Union")
    assert canonical_key(text_words("Lakeport")) == ("lakeport",)


@dataclass(eq=False)
class FakePerson:
    mentions: list[Span]
    roles: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return max(self.mentions, key=len).text


def test_a_spouse_role_is_read_both_ways() -> None:
    doc = make_doc(["Hal", "Winters", "and", "Ruth", "Winters"], heads=[1, 1, 1, 4, 1],
                   deps=["compound", "ROOT", "cc", "compound", "conj"], pos=["PROPN"] * 2 + ["CCONJ"] + ["PROPN"] * 2)
    hal, ruth = FakePerson([doc[0:2]]), FakePerson([doc[3:5]], roles=["wife of Hal Winters"])
    assert reciprocal_roles([hal, ruth]) == [(hal, "husband of Ruth Winters")]
