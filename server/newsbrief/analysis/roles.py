"""Roles: the descriptions an article gives a person, read off the parse around a name.

Two patterns for now: a title right before the name ("Defense Secretary Pete Hegseth") and an
appositive next to it ("Kaja Kallas, the European Union’s foreign policy chief" and its
inverted form "Turkey’s ambassador to NATO, Zeki Levent Gumrukcu").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsbrief.analysis.lexicons import honorifics, title_words

_TITLE_POS = {"PROPN", "NOUN", "ADJ", "PART", "ADP", "DET", "NUM", "PUNCT"}
_TITLE_INNER_PUNCT = {".", "-", "’s", "'s", "&"}
_ROLE_EDGE_DROP = {"the", "a", "an", ",", "—", "–", "-", "(", ")"}
_MAX_ROLE_TOKENS = 12


def roles_for_mention(name: Span) -> list[str]:
    """Role phrases attached to one mention of a person's name."""
    roles = [title_before(name), appositive_role(name), inverted_appositive_role(name)]
    return [role for role in roles if role]


def title_before(name: Span) -> str | None:
    """The title words right before a name that hang off it in the parse."""
    doc = name.doc
    left = name.start
    while left > 0 and _title_like(doc[left - 1]) and name.start - left < _MAX_ROLE_TOKENS:
        left -= 1
    for start in range(left, name.start):
        region = range(start, name.start)
        if doc[start].pos_ in ("ADP", "PART", "PUNCT"):
            continue
        if all(_hangs_off(doc[i], start, name.end, name) for i in region):
            return _role_text(doc[start : name.start])
    return None


def _title_like(token: Token) -> bool:
    if token.pos_ not in _TITLE_POS or token.is_space:
        return False
    if token.pos_ == "PUNCT":
        return token.text in _TITLE_INNER_PUNCT
    if token.pos_ == "ADP":
        return token.lower_ == "of"
    return not (token.pos_ == "DET" and token.lower_ not in ("the",))


def _hangs_off(token: Token, start: int, end: int, name: Span) -> bool:
    """Whether ``token``'s chain of heads stays within [start, end) and reaches the name."""
    seen = 0
    while seen < _MAX_ROLE_TOKENS + 8:
        if name.start <= token.i < name.end:
            return True
        if not start <= token.i < end or token.head.i == token.i:
            return False
        token = token.head
        seen += 1
    return False


def appositive_role(name: Span) -> str | None:
    """"Kaja Kallas, the EU's foreign policy chief": the appositive noun phrase."""
    for child in name.root.children:
        if child.dep_ == "appos" and child.i >= name.end and child.pos_ == "NOUN":
            tokens = [t for t in child.subtree if not _in_clause(t, child)]
            return _role_text(name.doc[tokens[0].i : tokens[-1].i + 1])
    return None


def inverted_appositive_role(name: Span) -> str | None:
    """"Turkey's ambassador to NATO, Zeki Levent Gumrukcu": the noun the name is apposed to."""
    root = name.root
    head = root.head
    if root.dep_ != "appos" or head.i >= name.start or head.pos_ != "NOUN":
        return None
    tokens = [t for t in head.subtree if t.i < name.start and not _in_clause(t, head)]
    return _role_text(name.doc[tokens[0].i : tokens[-1].i + 1]) if tokens else None


def _in_clause(token: Token, phrase_head: Token) -> bool:
    """Tokens of relative clauses and nested appositives are not part of the role."""
    while token.i != phrase_head.i:
        if token.dep_ in ("relcl", "acl", "appos", "advcl", "ccomp"):
            return True
        token = token.head
    return False


def _role_text(span: Span) -> str | None:
    tokens = list(span)
    while tokens and (tokens[0].lower_ in _ROLE_EDGE_DROP or tokens[0].lower_ in honorifics()):
        tokens = tokens[1:]
    while tokens and (tokens[-1].lower_ in _ROLE_EDGE_DROP or tokens[-1].is_punct):
        tokens = tokens[:-1]
    if not tokens or len(tokens) > _MAX_ROLE_TOKENS:
        return None
    if not any(_is_title_word(token) for token in tokens):
        return None
    return span.doc[tokens[0].i : tokens[-1].i + 1].text


def _is_title_word(token: Token) -> bool:
    lower = token.lower_.rstrip(".")
    return lower in title_words() or token.lemma_.lower() in title_words()


def merge_roles(roles: list[str]) -> list[str]:
    """Distinct roles in first-seen order; a role contained in a fuller one is dropped."""
    kept: list[str] = []
    for role in sorted(dict.fromkeys(roles), key=len, reverse=True):
        if not any(role.lower() in fuller.lower() for fuller in kept):
            kept.append(role)
    return sorted(kept, key=roles.index)
