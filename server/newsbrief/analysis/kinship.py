"""Family roles stated once, read both ways: "Sheldon Adelson and his wife, Miriam" makes Miriam
"wife of Sheldon Adelson" (see :mod:`role_words`) and Sheldon Adelson "husband of Miriam"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Span

from newsbrief.analysis.names import same_person, span_words, text_words

_SPOUSES = {"wife": "husband", "husband": "wife"}


class Person(Protocol):
    mentions: list[Span]
    roles: list[str]

    @property
    def name(self) -> str: ...


def reciprocal_roles(people: Sequence[Person]) -> list[tuple[Person, str]]:
    """(person, role) pairs implied by another person's spouse role."""
    found = []
    for person in people:
        for role in person.roles:
            words = role.split(" of ", 1)
            kin = words[0].split()[-1].lower() if words[0] else ""
            if len(words) != 2 or kin not in _SPOUSES:
                continue
            spouse = _named(people, text_words(words[1]))
            if spouse is not None and spouse is not person:
                found.append((spouse, f"{_SPOUSES[kin]} of {person.name}"))
    return found


def _named(people: Sequence[Person], words: tuple[str, ...]) -> Person | None:
    matches = [p for p in people if any(same_person(span_words(m), words) for m in p.mentions if len(m) > 1)]
    return matches[0] if len(matches) == 1 else None
