"""Roles from descriptions that stand for a person named earlier: "Sanders met Clinton's staff.
The Vermont senator said …" gives Sanders the role "Vermont senator".

A definite description ("the …", "Obama's …") headed by a person noun, outside quotation marks
(a quoted speaker's "the president" is theirs, not the reporter's), as the subject, possessor
("the nominee's tax return") or object of a clause, goes to the person :mod:`referents` picks.
"The former mayor and current party leader" gives two roles. A description
that sits beside a name is an appositive or a title, read by :mod:`roles` instead.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy
from spacy.attrs import DEP, IS_QUOTE
from spacy.tokens import Doc, Span, Token

from newsbrief.analysis.lexicons import title_words
from newsbrief.analysis.referents import PersonLike, Referents
from newsbrief.analysis.role_clauses import split_conjoined
from newsbrief.analysis.role_words import complement_end, is_person_noun, role_text

_RESOLVED_ALONE = ("nsubj", "nsubjpass", "poss")  # may fall back on the only or main candidate
_NEED_EVIDENCE = ("dobj", "pobj", "dative")  # must share a role word with the person
_MODIFIERS = ("det", "poss", "amod", "compound", "nmod", "nummod")
_NAMED = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "WORK_OF_ART", "LAW"}
_OPENING_QUOTES = {"“", "‘"}
_CLOSING_QUOTES = {"”", "’"}


def description_roles(doc: Doc, people: Sequence[PersonLike]) -> list[tuple[PersonLike, str]]:
    """(person, role) for each description in ``doc`` that refers back to one of ``people``."""
    quoted = quoted_tokens(doc)
    referents = Referents(doc, people, quoted)
    named = {token.i for person in people for span in person.mentions for token in span}
    found: list[tuple[PersonLike, str]] = []
    for token in _heads(doc):
        if token.i in named or token.tag_ in ("NNS", "NNPS") or quoted[token.i]:
            continue
        phrase = _description(token)
        if phrase is None or _beside_a_name(phrase, named):
            continue
        roles = [role for part in split_conjoined(phrase) if (role := role_text(part))]
        if not roles:
            continue
        fallback = token.dep_ in _RESOLVED_ALONE and _specific(token) and not _establishing(token)
        person = referents.person_for(phrase, roles, fallback=fallback)
        if person is not None:
            found.extend((person, role) for role in roles)
            referents.add(phrase, person)
    return found


def _specific(head: Token) -> bool:
    """A listed title with a capitalised or "former" modifier ("the Vermont senator", "the GOP
    nominee", "the former secretary of state") may be resolved without a tie to a known role;
    a bare "the official", "the employee" is as often someone the article never names."""
    listed = head.lower_ in title_words() or head.lemma_.lower() in title_words()
    modifiers = [t for t in head.lefts if t.dep_ in _MODIFIERS and t.lower_ != "the"]
    return listed and any(t.text[:1].isupper() or t.lower_ == "former" for t in modifiers)


def _establishing(head: Token) -> bool:
    """"The head of Sony Pictures Television", "NATO's secretary general": a description that
    names its own organisation mostly introduces someone new (Poesio & Vieira 1998)."""
    owner = next((t for t in head.lefts if t.dep_ == "poss"), None)
    if owner is not None and (owner.ent_type_ in ("ORG", "GPE", "NORP") or owner.pos_ == "NOUN"):
        return True
    return any(t.ent_type_ in _NAMED for t in head.doc[head.i + 1 : complement_end(head)])


def _heads(doc: Doc) -> list[Token]:
    """Nouns in the positions a description can take, found in one vectorised pass."""
    deps = doc.to_array(DEP)
    strings = doc.vocab.strings
    labels = [d for d in (*_RESOLVED_ALONE, *_NEED_EVIDENCE) if d in strings]
    wanted = numpy.array([strings[d] for d in labels], dtype=deps.dtype)
    return [doc[int(i)] for i in numpy.nonzero(numpy.isin(deps, wanted))[0] if doc[int(i)].pos_ == "NOUN"]


def quoted_tokens(doc: Doc) -> list[bool]:
    """Whether each token lies inside quotation marks (paragraph by paragraph: an unclosed
    quote ends with its paragraph)."""
    inside = [False] * len(doc)
    marks = numpy.nonzero(doc.to_array(IS_QUOTE))[0]
    if not len(marks):
        return inside
    opened: int | None = None
    for i in (int(m) for m in marks):
        text = doc[i].text
        if opened is not None and "\n" in doc[opened : i].text:
            opened = None
        if opened is None and (text in _OPENING_QUOTES or text == '"' or text == "``"):
            opened = i
        elif opened is not None and (text in _CLOSING_QUOTES or text == '"' or text == "''"):
            for j in range(opened, i + 1):
                inside[j] = True
            opened = None
    return inside


def _description(head: Token) -> Span | None:
    """"the former secretary of state", "Obama's former campaign strategist": the phrase
    headed by a person noun, with its "of …" complement."""
    if not is_person_noun(head) or head.pos_ != "NOUN":
        return None
    left = [t for t in head.lefts if t.dep_ in _MODIFIERS]
    if not left:
        return None
    first = left[0].left_edge
    # "the …" or a named owner ("Obama's …"); "my father", "his wife" need a pronoun resolved.
    if first.lower_ != "the" and not (left[0].dep_ == "poss" and left[0].pos_ == "PROPN"):
        return None
    if first.lower_ == "the" and any(t.ent_type_ == "PERSON" for t in head.subtree if t.i < head.i):
        return None
    end = complement_end(head)
    for child in head.rights:
        # "the former mayor and current party leader": one person, two roles
        if child.dep_ == "conj" and is_person_noun(child) and not any(t.dep_ == "det" for t in child.lefts):
            end = max(end, child.i + 1)
    return head.doc[first.i : end]



def _beside_a_name(phrase: Span, named: set[int]) -> bool:
    """A name right before or after the phrase, or one comma or dash away ("Trump's running
    mate, Indiana Gov. Mike Pence": capitalised title words may come first)."""
    doc = phrase.doc
    after, before = phrase.end, phrase.start - 1
    if after < len(doc) and doc[after].text in (",", "—", "(") and after + 1 < len(doc):
        after += 1
        while after + 1 < len(doc) and after - phrase.end < 5 and after not in named and doc[after].is_title:
            after += 1
    if before >= 0 and doc[before].text in (",", "—", "(") and before > 0:
        before -= 1
    return (after < len(doc) and after in named) or (before >= 0 and before in named)
