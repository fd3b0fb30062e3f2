"""A plural description set before a list of names gives each name its singular:
"two Ohio developers, Ari Quinn and Will Stone," makes each an "Ohio developer"; "Two
Democrats, banker Ann Ray and farmer Bo Lee," makes each a "Democrat" (beside the title each has of their own).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsbrief.analysis.role_words import MAX_ROLE_TOKENS, is_person_noun, role_head, role_text, singular_word

_LIST_WORDS = {"and", ",", "-", "his", "her"}  # "Sheldon Adelson and his wife, Miriam"
_LIST_END = {",", "—", "–", ".", ";", ":", ")"}
_PHRASE_STOP = {",", ".", ";", ":", "—", "–", "(", ")", "“", "”", '"'}
_MAX_LIST_TOKENS = 24


def plural_list_role(name: Span) -> str | None:
    """The plural description before the list that ``name`` belongs to, in the singular."""
    doc = name.doc
    comma = _list_start(name)
    if comma is None or not _list_ends(doc, name.end):
        return None
    left = comma
    while left > 0 and comma - left < MAX_ROLE_TOKENS and doc[left - 1].text not in _PHRASE_STOP:
        token = doc[left - 1]
        if "\n" in token.text:
            break
        if token.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ", "ADP") and token.lower_ not in ("of", "for"):
            break
        left -= 1
    tokens = list(doc[left:comma])
    while tokens and tokens[0].pos_ in ("NUM", "DET"):  # "two", "the"
        tokens = tokens[1:]
    head = role_head(tokens)
    if head is None or head.tag_ not in ("NNS", "NNPS") or not is_person_noun(head):
        return None
    text = role_text(doc[tokens[0].i : comma])
    return _singular(text, head, tokens[0]) if text else None


def _list_start(name: Span) -> int | None:
    """The comma that opens the list ``name`` is in: only names, title words and "and" between."""
    doc = name.doc
    at = name.start - 1
    seen_name = False
    while at > 0 and name.start - at <= _MAX_LIST_TOKENS:
        token = doc[at]
        if token.text == "," and (doc[at - 1].tag_ in ("NNS", "NNPS") or _ends_plural_phrase(doc, at)):
            return at if not seen_name or _listed(doc, at, name.start) else None
        if not _list_token(token):
            return None
        seen_name = seen_name or token.ent_type_ == "PERSON"
        at -= 1
    return None


def _ends_plural_phrase(doc: Doc, comma: int) -> bool:
    """"The top donors of the 2012 election,": a plural head before an "of" complement."""
    for token in reversed(doc[max(comma - 6, 0) : comma]):
        if token.lower_ == "of":
            return token.i > 0 and doc[token.i - 1].tag_ in ("NNS", "NNPS")
        if token.text in _PHRASE_STOP:
            return False
    return False


def _listed(doc: Doc, start: int, end: int) -> bool:
    """A name before ours in the list is joined to it by "and" or a comma."""
    return any(t.lower_ == "and" or t.text == "," for t in doc[start + 1 : end])


def _list_token(token: Token) -> bool:
    if token.ent_type_ == "PERSON" or token.lower_ in _LIST_WORDS or token.is_space:
        return True
    # a person's own title in the list: "billionaire environmentalist", "hedge-fund manager", "S."
    modifier = token.pos_ in ("NOUN", "ADJ", "PROPN") or token.dep_ == "amod"  # "retired judge"
    return modifier and "\n" not in token.text_with_ws


def _list_ends(doc: Doc, at: int) -> bool:
    """After the name, the list goes on with names only, then ends."""
    while at < len(doc) and doc[at].text not in _LIST_END:
        if not _list_token(doc[at]):
            return False
        at += 1
    return at < len(doc)


def _singular(text: str, head: Token, first: Token) -> str:
    """``text`` (a role phrase starting at ``first``) with its plural head in the singular."""
    at = head.idx - first.idx
    if text[at : at + len(head.text)] != head.text:
        return text
    return text[:at] + singular_word(head) + text[at + len(head.text) :]
