"""Bodies and documents as speakers: who "police", "the report" or "Trump's campaign" stand for.

Small readers of the parse shared by :mod:`described` (descriptions) and :mod:`speakers` (the
antecedents a later "it" or "they" can point back to).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from newsbrief.analysis.actors import ActorDraft
from newsbrief.analysis.nouns import belongs_to_possessor, owned_body_nouns
from newsbrief.analysis.quotebase import tokens_in

FORCE_SUFFIXES = {"department", "dept.", "service", "force"}


def body_subjects(doc: Doc, by_token: dict[int, ActorDraft], quoted: Sequence[bool]) -> list[tuple[Token, ActorDraft]]:
    """"Donald Trump's campaign is defending ...": subjects that are someone's body (campaign,
    administration), with the someone, for an "it" or a "they" that follows."""
    found = []
    for index in tokens_in(doc, owned_body_nouns()):
        token = doc[index]
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "NOUN" or quoted[index]:
            continue
        if belongs_to_possessor(token.lemma_.lower()):
            owner = next((c for c in token.lefts if c.dep_ == "poss" and c.i in by_token), None)
            if owner is not None:
                found.append((token, by_token[owner.i]))
    return found


def by_whom(document: Token) -> Token | None:
    """"an analysis by Lily Batchelder", "a letter from the agency": who it is by."""
    for prep in document.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of"):
            by = next((t for t in prep.children if t.dep_ == "pobj"), None)
            if by is not None:
                return by
    return None


def force_name(doc: Doc, noun: Token) -> Span | None:
    """The proper name written before "police" (and "Department" after it), or None."""
    start = noun.i
    while start > 0 and (doc[start - 1].pos_ == "PROPN" or (doc[start - 1].text == "-" and start > 1)):
        start -= 1
    while start < noun.i and doc[start].pos_ != "PROPN":
        start += 1
    if start == noun.i:
        return None
    end = noun.i + 1
    if end < len(doc) and doc[end].lower_ in FORCE_SUFFIXES:
        end += 1
    return doc[start:end]
