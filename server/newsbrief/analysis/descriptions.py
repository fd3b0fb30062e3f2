"""Roles from descriptions that stand for a person named earlier: "Sanders met Clinton's staff.
The Vermont senator said …" gives Sanders the role "Vermont senator".

A definite description ("the …", "Obama's …") headed by a person noun, as the subject of a verb,
goes to the one person named in the two sentences before whose roles share most with it: the
head noun, the party, a place or organisation ("the Democratic nominee" → the person called
"Democrat Hillary Clinton"). With no such tie, or a tie between two people, it goes nowhere. A description
that sits beside a name is an appositive or a title, read by :mod:`roles` instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy
from spacy.attrs import DEP
from spacy.tokens import Doc, Span, Token

from newsbrief.analysis.role_words import is_person_noun, role_keys, role_text

_PARTIES = ({"republican", "gop"}, {"democratic", "democrat"})

_MAX_SENTENCES_BACK = 2


class PersonLike(Protocol):
    mentions: list[Span]
    roles: list[str]


def description_roles(doc: Doc, people: Sequence[PersonLike]) -> list[tuple[PersonLike, str]]:
    """(person, role) for each description in ``doc`` that refers back to one of ``people``."""
    mentions = sorted(((span, person) for person in people for span in person.mentions), key=lambda p: p[0].start)
    named = {token.i for span, _ in mentions for token in span}
    found = []
    for token in _subjects(doc):
        if token.i in named or token.tag_ in ("NNS", "NNPS"):
            continue
        phrase = _description(token)
        if phrase is None or _beside_a_name(phrase, named):
            continue
        role = role_text(phrase)
        person = _referent(phrase, role, mentions) if role else None
        if person is not None and role is not None:
            found.append((person, role))
    return found


def _subjects(doc: Doc) -> list[Token]:
    """Subject nouns, found with one vectorised pass over the dependency labels."""
    deps = doc.to_array(DEP)
    strings = doc.vocab.strings
    wanted = numpy.array([strings[d] for d in ("nsubj", "nsubjpass") if d in strings], dtype=deps.dtype)
    return [doc[int(i)] for i in numpy.nonzero(numpy.isin(deps, wanted))[0] if doc[int(i)].pos_ == "NOUN"]


def _description(head: Token) -> Span | None:
    """"the former secretary of state", "Obama's former campaign strategist": the phrase
    headed by a person noun, with its "of …" complement."""
    if not is_person_noun(head) or head.pos_ != "NOUN":
        return None
    left = [t for t in head.lefts if t.dep_ in ("det", "poss", "amod", "compound", "nmod", "nummod")]
    # "the …" or a named owner ("Obama's …"); "my father", "his wife" need a pronoun resolved.
    if not left or (left[0].lower_ != "the" and not (left[0].dep_ == "poss" and left[0].pos_ == "PROPN")):
        return None
    if left[0].lower_ == "the" and any(t.ent_type_ == "PERSON" for t in head.subtree):
        return None
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for") and child.i == end:
            end = child.right_edge.i + 1
    return head.doc[left[0].left_edge.i : end]


def _beside_a_name(phrase: Span, named: set[int]) -> bool:
    doc = phrase.doc
    after = [phrase.end, phrase.end + 1]
    before = [phrase.start - 1, phrase.start - 2]
    return any(i in named for i in after + before if 0 <= i < len(doc))


def _referent(phrase: Span, role: str, mentions: list[tuple[Span, PersonLike]]) -> PersonLike | None:
    sentence = phrase.sent
    earliest = sentence.start
    for _ in range(_MAX_SENTENCES_BACK):
        if earliest > 0:
            earliest = phrase.doc[earliest - 1].sent.start
    recent = [(span, person) for span, person in mentions if earliest <= span.start < phrase.start]
    recent = [(span, person) for span, person in recent if _compatible(role, person)]
    if not recent:
        return None
    mine = role_keys(role)
    overlap = {id(p): (len(mine & role_keys(*p.roles)), p) for _, p in recent}
    best = max((n for n, _ in overlap.values()), default=0)
    winners = [p for n, p in overlap.values() if n == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


def _compatible(role: str, person: PersonLike) -> bool:
    """A "Republican nominee" is not the person the article calls a Democrat."""
    words = set(role.lower().split())
    known = {w for r in person.roles for w in r.lower().split()}
    return not any(words & one and known & other for one, other in (_PARTIES, _PARTIES[::-1]))
