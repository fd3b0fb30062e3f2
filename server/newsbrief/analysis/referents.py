"""Which named person a description stands for: "the Vermont senator" after "Sanders".

Candidates are the people named in the description's sentence (before it) and the two sentences
before. Some are ruled out by grammar and agreement:

- the subject of the clause the description sits in: "Sanders offered advice to Clinton, as
  the Democratic nominee looks to …" cannot mean Sanders (a name and a description in one
  clause, the name above it, are two people: binding theory's principle C);
- a person named inside the description ("Obama's former strategist" is not Obama);
- a person the article gives the other party or the other sex.

Then the one whose roles share most with the description wins (head noun, party, a place or
organisation: "the Democratic nominee" and "Democrat Hillary Clinton"). Without such a tie, a
description that is a subject or a possessor ("the senator said", "the nominee's taxes") goes
to the only candidate left, or to the one the article has named clearly most often so far; an
object ("told the host") needs the tie.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from newsbrief.analysis.role_words import head_key, role_keys

_PARTIES = ("party:r", "party:d")
_SEXES = ("sex:m", "sex:f")
_SENTENCES_BACK = 2
_SUBJECTS = {"nsubj", "nsubjpass"}
_CLEAR_LEAD = 2  # named at least twice as often as any other candidate


class PersonLike(Protocol):
    mentions: list[Span]
    roles: list[str]


class Referents:
    """The people named in a doc, in text order, and the rules that pick one for a description."""

    def __init__(self, doc: Doc, people: Sequence[PersonLike], quoted: Sequence[bool]) -> None:
        self.doc = doc
        # A name inside quotation marks is the speaker's word, not an antecedent for the reporter's.
        pairs = sorted(((span, person) for person in people for span in person.mentions
                        if not quoted[span.root.i]), key=lambda p: p[0].start)
        self.mentions = pairs
        self.starts = [span.start for span, _ in pairs]
        self.keys = {id(person): _person_keys(person) for person in people}

    def person_for(self, phrase: Span, roles: list[str], *, fallback: bool) -> PersonLike | None:
        """The person ``phrase`` (a description giving ``roles``) stands for, or None."""
        mine = role_keys(*roles)
        earlier = [p for p in self._named_before(phrase.start) if not _conflict(mine, self.keys[id(p)])]
        inside = {id(p) for _, p in self._between(phrase.start, phrase.end)}
        near = [p for p in self._candidates(phrase) if id(p) not in inside]
        # Sex agrees or conflicts; it never ties a description to one person. An object ("told
        # the Fox News chief") needs its head noun or party shared, not only an organisation.
        heads = {key for role in roles if (key := head_key(role))}
        ties = mine - set(_SEXES) if fallback else mine & (heads | set(_PARTIES))
        overlap = {id(p): len(ties & self.keys[id(p)]) for p in earlier if id(p) not in inside}
        best = max(overlap.values(), default=0)
        if best > 0:  # a role given once holds for the whole article
            winners = [p for p in earlier if overlap.get(id(p)) == best]
            if len(winners) > 1:
                winners = [p for p in winners if any(p is q for q in near)]
            return winners[0] if len(winners) == 1 else None
        near = [p for p in near if not _conflict(mine, self.keys[id(p)])]
        if not fallback or not near:
            return None
        if len(near) == 1:
            return near[0]
        return self._recent_subject(near, phrase) or self._most_named(near, phrase.start)

    def _recent_subject(self, near: list[PersonLike], phrase: Span) -> PersonLike | None:
        """The candidate named last as the subject of a clause (centering: the subject is what
        the text is about, and a description picks the topic up)."""
        for span, person in reversed(self._between(self.doc[max(phrase.start - 400, 0)].sent.start, phrase.start)):
            if span.root.dep_ in _SUBJECTS and any(person is p for p in near):
                return person
        return None

    def add(self, phrase: Span, person: PersonLike) -> None:
        """A resolved description is a mention too: later descriptions see it."""
        at = bisect.bisect_left(self.starts, phrase.start)
        self.starts.insert(at, phrase.start)
        self.mentions.insert(at, (phrase, person))

    def _named_before(self, at: int) -> list[PersonLike]:
        found: list[PersonLike] = []
        for _, person in self.mentions[: bisect.bisect_left(self.starts, at)]:
            if all(person is not p for p in found):
                found.append(person)
        return found

    def _candidates(self, phrase: Span) -> list[PersonLike]:
        """People named in the window before ``phrase``, less those the clause structure bars."""
        doc = self.doc
        earliest = phrase.sent.start
        for _ in range(_SENTENCES_BACK):
            if earliest > 0:
                earliest = doc[earliest - 1].sent.start
        found: list[PersonLike] = []
        barred: set[int] = set()
        for span, person in self._between(earliest, phrase.sent.end):
            if _commands(span, phrase) or (span.start >= phrase.end and _commands(phrase, span)):
                barred.add(id(person))
            elif span.end <= phrase.start and all(person is not p for p in found):
                found.append(person)
        return [p for p in found if id(p) not in barred]

    def _between(self, start: int, end: int) -> list[tuple[Span, PersonLike]]:
        return self.mentions[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]

    def _most_named(self, candidates: list[PersonLike], before: int) -> PersonLike | None:
        counts = sorted(((sum(s.start < before for s in p.mentions), i) for i, p in enumerate(candidates)),
                        reverse=True)
        (top, index), (second, _) = counts[0], counts[1]
        return candidates[index] if top >= _CLEAR_LEAD * max(second, 1) else None


def _commands(subject: Span, other: Span) -> bool:
    """Whether ``subject`` is the subject of a clause that contains ``other``."""
    root = subject.root
    if root.dep_ not in _SUBJECTS or root.sent.start != other.sent.start:
        return False
    head: Token = other.root
    while head.head.i != head.i:
        head = head.head
        if head.i == root.head.i:
            return True
    return False


def _person_keys(person: PersonLike) -> set[str]:
    """Role keys, and the sex an honorific ("Mrs.") or a given name ("Bill") shows."""
    # gender imports actors, which imports this module: a module-level import would be circular.
    from newsbrief.analysis.gender import given_names

    keys = role_keys(*person.roles)
    for span in person.mentions:
        before = span.doc[span.start - 1].lower_.rstrip(".") if span.start > 0 else ""
        if before in ("mr", "mrs", "ms", "miss"):
            keys |= role_keys(before)
        first = span[0].lower_ if len(span) > 1 else ""
        if first in given_names() and not keys & set(_SEXES):
            keys.add(f"sex:{given_names()[first]}")
    return keys


def _conflict(mine: set[str], theirs: set[str]) -> bool:
    """The description gives one party or sex, the person's roles the other."""
    return any((one in mine and other in theirs) or (other in mine and one in theirs)
               for one, other in (_PARTIES, _SEXES))
