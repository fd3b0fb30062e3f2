from __future__ import annotations

import pytest

from newsbrief.analysis.names import same_person, text_words


@pytest.mark.parametrize(
    ("known", "mention", "same"),
    [
        ("Hillary Clinton", "Clinton", True),
        ("Hillary Clinton", "Hillary", True),
        ("Hillary Clinton", "Bill Clinton", False),
        ("Joseph R. Biden Jr.", "Biden", True),
        ("Joseph R. Biden Jr.", "Joseph Biden", True),
        ("Douglas Holtz-Eakin", "Holtz-Eakin", True),
        ("Aung San Suu Kyi", "Suu Kyi", True),
        ("Aung San Suu Kyi", "Aung San", False),
        ("Tim Scott", "Bobby Scott", False),
        ("Maria Costa", "Costa Rica", False),
    ],
)
def test_when_two_names_can_denote_one_person(known: str, mention: str, same: bool) -> None:
    assert same_person(text_words(known), text_words(mention)) is same


def test_name_words_drop_punctuation_and_generational_suffixes() -> None:
    assert text_words("John G. Roberts Jr.") == ("john", "g", "roberts")
    assert text_words("U.S.") == ("us",)
