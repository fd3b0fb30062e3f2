"""People who speak together: "Ms. Hale and Mr. Dunn say", "they wrote", "the senators said".

Two or more people joined by "and" in the reporter's text form a joint speaker. It is an actor
of kind ``group`` named after its members ("Karen Hale and Robert Dunn"), so a
joint statement is attributed to both rather than to the first name of the list. Groups are
made for every such list, but join the actors list only when they are found to speak.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsbrief.analysis.actors import ActorDraft
from newsbrief.analysis.names import Words

_MAX_MEMBERS = 5


@dataclass(eq=False)
class GroupDraft(ActorDraft):
    """Several people speaking as one; named by its members' names."""

    members: list[ActorDraft] = field(default_factory=list)

    @property
    def name(self) -> str:
        names = [member.name for member in self.members]
        return ", ".join(names[:-1]) + " and " + names[-1]

    @property
    def name_words(self) -> Words:
        return tuple(word for member in self.members for word in member.name_words)


def joint_speakers(doc: Doc, actors: Sequence[ActorDraft], quoted: Sequence[bool]) -> dict[int, GroupDraft]:
    """``first member's head token → group`` for every list of two or more people outside quotes
    ("Senators Ann Lee, of Ohio, and Bo Ray": the conjuncts of the first name's head)."""
    person_at = {m.root.i: a for a in actors if a.kind == "person" for m in a.mentions}
    groups: dict[int, GroupDraft] = {}
    by_members: dict[frozenset[int], GroupDraft] = {}  # "Senators Hale and Dunn" ... "Ms. Hale and Mr. Dunn"
    for index, person in sorted(person_at.items(), key=lambda item: item[0]):
        head = doc[index]
        if quoted[index] or head.dep_ == "conj":
            continue
        members = [person] + [person_at[t.i] for t in _conjuncts(head) if t.i in person_at]
        members = list(dict.fromkeys(members))  # "Trump and Trump's son": one person once
        if not 2 <= len(members) <= _MAX_MEMBERS:
            continue
        span = doc[head.left_edge.i : max(t.i for t in _conjuncts(head)) + 1]
        key = frozenset(id(member) for member in members)
        group = by_members.get(key)
        if group is None:
            group = by_members[key] = GroupDraft(kind="group", mentions=[], members=members)
        group.mentions.append(span)
        groups[index] = group
    return groups


def conjunction(head: Token) -> Token | None:
    """The "and" of the list that ``head`` opens."""
    for token in [head, *_conjuncts(head)]:
        found = next((c for c in token.children if c.dep_ == "cc"), None)
        if found is not None:
            return found
    return None


def _conjuncts(token: Token) -> list[Token]:
    """The words joined to ``token`` by "and" (spaCy chains them: each conj hangs on the previous)."""
    found: list[Token] = []
    current = token
    while True:
        following = next((c for c in current.children if c.dep_ == "conj"), None)
        if following is None or len(found) >= _MAX_MEMBERS:
            return found
        found.append(following)
        current = following
