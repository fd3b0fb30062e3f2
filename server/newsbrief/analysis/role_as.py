"""Roles given by "as" and by a relative clause with more in it than "who is …":

- "Lena Marsh's tenure as secretary of state": a noun the person owns;
- "Tom Vane was forced to step down as the party's treasurer", "as secretary of state, Marsh
  pushed …": a verb of holding or leaving office whose subject is the person
  (``office_verbs.txt``), through "was forced to", "later";
- "Brill, who as an army major ran the base clinic … and later retired … as a colonel,": the
  relative clause's "as" phrases and its predicate; with any verb that
  does not judge its object ("who follows the grocers as a senior analyst at Harbour Bank").

A verb with a direct object gives nothing: "described Clinton as a liar" is someone's judgement
of the object, not the article's description of the subject.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsbrief.analysis.lexicons import office_verbs
from newsbrief.analysis.role_words import complement_end, is_person_noun, role_text

_SUBJECTS = ("nsubj", "nsubjpass")
_OBJECTS = ("dobj", "dative")
_JUDGING_VERBS = {"describe", "call", "see", "regard", "view", "consider", "label", "brand", "treat", "portray",
                  "depict", "characterize", "characterise", "cast", "paint", "dismiss", "denounce", "refer"}


def as_roles(name: Span) -> list[str]:
    """Roles an "as" phrase (or a relative clause's predicate) gives the person ``name`` names."""
    root = name.root
    if root.dep_ == "poss":
        return [role for prep in _as_preps(root.head) if (role := _as_role(prep))]
    roles = _relative_clause(name)
    if root.dep_ in _SUBJECTS and root.head.pos_ in ("VERB", "AUX"):
        # "As secretary of state, Clinton pushed …": a fronted "as" describes the subject
        fronted = [prep for prep in _as_preps(root.head) if prep.i < name.start]
        preps = [*fronted, *(prep for verb in _verbs(root.head) for prep in _as_preps(verb) if prep.i > name.end)]
        roles += [role for prep in preps if (role := _as_role(prep))]
    return roles


def _relative_clause(name: Span) -> list[str]:
    """"X, who as an army major ran the base clinic, …"."""
    doc = name.doc
    if name.end + 1 >= len(doc) or doc[name.end].text != "," or doc[name.end + 1].lower_ != "who":
        return []
    who = doc[name.end + 1]
    if who.dep_ not in _SUBJECTS:
        return []
    roles = [role for verb in _verbs(who.head) for prep in _as_preps(verb) if (role := _as_role(prep))]
    if not roles and who.head.lemma_ not in _JUDGING_VERBS:
        # "Ivo Marek, who follows the grocers as a senior analyst at Harbour Bank": in a clause
        # about the person, "as" says what the person is, whatever the verb, unless the verb
        # judges its object ("who described her as a liar").
        roles = [role for prep in _as_preps(who.head) if (role := _as_role(prep))]
    if who.head.lemma_ == "be" and doc[name.end + 2].i != who.head.i:  # "who is" itself: role_clauses
        roles += [role for child in who.head.rights if child.dep_ == "attr" and (role := _phrase_role(child))]
    return roles


def _verbs(verb: Token) -> Iterator[Token]:
    """The verb, what it governs through "to" ("was forced to step down"), and verbs joined to
    it by "and" that share its subject ("… and later retired")."""
    stack = [verb]
    while stack:
        current = stack.pop()
        if current.lemma_ in office_verbs() and not any(c.dep_ in _OBJECTS for c in current.children):
            yield current
        stack.extend(c for c in current.children if c.dep_ == "xcomp" or _shares_subject(c))


def _shares_subject(verb: Token) -> bool:
    """"… and later retired": a verb joined by "and" without a subject of its own."""
    own = any(child.dep_ in _SUBJECTS for child in verb.children)
    return verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") and not own


def _as_preps(head: Token) -> Iterator[Token]:
    return (child for child in head.children if child.dep_ == "prep" and child.lower_ == "as")


def _as_role(prep: Token) -> str | None:
    objects = [child for child in prep.children if child.dep_ == "pobj"]
    if len(objects) != 1 or objects[0].tag_ in ("NNS", "NNPS"):
        return None
    return _phrase_role(objects[0])


def _phrase_role(head: Token) -> str | None:
    if not is_person_noun(head):
        return None
    return role_text(head.doc[head.left_edge.i : complement_end(head)])
