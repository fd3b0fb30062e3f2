"""Speech cues and their speakers, read off the dependency parse."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from newsbrief.analysis.lexicons import speech_verbs

SUBJECT_DEPS = {"nsubj"}
_MENTION_LEFT_DEPS = {"det", "amod", "compound", "poss", "nummod", "case", "nmod"}
_CLAUSE_DEPS_INHERITING_SUBJECT = {"conj", "xcomp", "advcl"}
_CUE_CLAUSE_DEPS = {
    "aux", "auxpass", "neg", "advmod", "npadvmod", "prep", "dobj", "dative", "agent", "prt",
    "nsubj", "nsubjpass", "punct", "cc", "mark", "attr", "acomp", "oprd", "pobj",
}


def is_speech_verb(token: Token, *, strong_only: bool = False) -> bool:
    """A verb whose lemma is in the speech-verb lexicon."""
    if token.pos_ != "VERB":
        return False
    verbs = speech_verbs()
    lemma = token.lemma_.lower()
    return lemma in (verbs.strong if strong_only else verbs.lemmas)


def is_according_to(token: Token) -> bool:
    doc = token.doc
    return token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to"


def speaker_of(cue: Token) -> Token | None:
    """The token naming who speaks: the cue's subject, the object of "according to", or the
    subject of the clause the cue continues ("he paused and added")."""
    if is_according_to(cue):
        to = cue.doc[cue.i + 1]
        return next((child for child in to.children if child.dep_ == "pobj"), None)
    for child in cue.children:
        if child.dep_ in SUBJECT_DEPS:
            if child.tag_ in ("WP", "WDT") and cue.dep_ == "relcl":
                return cue.head  # "the police department, which reported ..."
            return child
    if cue.dep_ in _CLAUSE_DEPS_INHERITING_SUBJECT and cue.head.i != cue.i and cue.head.pos_ == "VERB":
        return speaker_of(cue.head)
    if cue.dep_ == "relcl" and cue.head.pos_ in ("PROPN", "NOUN"):
        return cue.head  # "Smith, who said ..."
    return None


def mention_of(token: Token) -> Span:
    """The noun phrase core a speaker token stands for: its entity, or det + modifiers + head."""
    doc = token.doc
    if token.ent_iob_ != "O":
        for ent in doc.ents:
            if ent.start <= token.i < ent.end:
                return ent
    for child in token.children:
        if child.dep_ == "appos" and child.ent_type_ in ("PERSON", "ORG"):
            return mention_of(child)  # "a doctor, Hugh Hill, said"
    start = token.i
    for child in token.lefts:
        if child.dep_ in _MENTION_LEFT_DEPS:
            start = min(start, child.left_edge.i)
    return doc[start : token.i + 1]


def cue_clause(cue: Token, speaker: Token | None) -> set[int]:
    """Token indices of the attribution clause itself ("Kallas warned on Tuesday")."""
    indices = {cue.i}
    if is_according_to(cue):
        indices.update(token.i for token in cue.subtree)
        return indices
    for child in cue.children:
        if child.dep_ in _CUE_CLAUSE_DEPS:
            indices.update(token.i for token in child.subtree)
    if speaker is not None:
        indices.update(token.i for token in speaker.subtree)
    return indices


def cue_candidates(tokens: Iterable[Token], quoted: set[int]) -> list[Token]:
    """Speech verbs and "according to" outside quotation marks; not participles used as
    adjectives ("the so-called ...")."""
    return [
        token
        for token in tokens
        if token.i not in quoted
        and token.dep_ not in ("amod", "compound")
        and (is_speech_verb(token) or is_according_to(token))
    ]
