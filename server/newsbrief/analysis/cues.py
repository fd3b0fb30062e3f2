"""Speech cues and their speakers, read off the dependency parse."""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator, Sequence

from spacy.tokens import Span, Token

from newsbrief.analysis.lexicons import speech_verbs
from newsbrief.analysis.nouns import is_speaker_noun

SUBJECT_DEPS = {"nsubj"}
_MENTION_LEFT_DEPS = {"det", "amod", "compound", "poss", "nummod", "case", "nmod"}
_CLAUSE_DEPS_INHERITING_SUBJECT = {"conj", "xcomp", "advcl"}
_PARTICIPLE_DEPS = {"advcl", "xcomp", "acl", "conj", "pcomp"}
_NAME_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
_CUE_CLAUSE_DEPS = {
    "aux", "auxpass", "neg", "advmod", "npadvmod", "prep", "dobj", "dative", "agent", "prt",
    "nsubj", "nsubjpass", "punct", "cc", "mark", "attr", "acomp", "oprd", "pobj",
}
_NO_QUOTES: frozenset[int] = frozenset()
_MAX_ADDRESSEE_TOKENS = 3
_MAX_GAP_AFTER_QUOTE = 10
_MAX_OUTER_STEPS = 3
_THING_PRONOUNS = {"it", "this", "that", "which", "what"}  # "told reporters", "told the BBC", not a clause-long object


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


def cue_span(cue: Token) -> Span:
    """The cue as written: the verb, or both words of "according to"."""
    return cue.doc[cue.i : cue.i + (2 if is_according_to(cue) else 1)]


def speaker_of(cue: Token, quoted: Container[int] = _NO_QUOTES) -> Token | None:
    """The token naming who speaks: the cue's subject, the object of "according to", the agent
    of a passive, the subject of the clause a participle or conjunct continues ("..., saying";
    "he paused and added"), or a name right beside the cue when the parse lost it ("said Smith").
    Tokens inside quotation marks (``quoted``) are the speaker's words, never the speaker."""
    if is_according_to(cue):
        to = cue.doc[cue.i + 1]
        return next((child for child in to.children if child.dep_ == "pobj" and child.i not in quoted), None)
    if cue.tag_ == "VBG" and cue.dep_ in _PARTICIPLE_DEPS and cue.head.i != cue.i:
        if cue.dep_ == "acl" and cue.head.pos_ in ("PROPN", "NOUN", "PRON"):
            return cue.head  # "footage of Hillary Clinton asking, ..."
        shown = _shown_speaking(cue)
        if shown is not None:
            return shown
        return speaker_of(_participle_host(cue), quoted) if cue.head.pos_ in ("VERB", "AUX") else None
    for child in cue.children:
        if child.dep_ in SUBJECT_DEPS and child.i not in quoted and _has_letters(child):
            if child.tag_ in ("WP", "WDT") and cue.dep_ == "relcl":
                return _named_by_appositive(cue.head)  # "the police department, which reported ..."
            return _person_beside_place(child) or child
        if child.dep_ == "agent":
            agent = next((t for t in child.children if t.dep_ == "pobj" and t.i not in quoted), None)
            if agent is not None:
                return agent  # "was written by Springsteen"
    if cue.dep_ in _CLAUSE_DEPS_INHERITING_SUBJECT and cue.head.i != cue.i and cue.head.pos_ == "VERB":
        inherited = speaker_of(cue.head, quoted)
        if inherited is not None or cue.head.i not in quoted:
            return inherited
    if cue.dep_ == "relcl" and cue.head.pos_ in ("PROPN", "NOUN"):
        return _named_by_appositive(cue.head)  # "Smith, who said ..."
    return _name_beside(cue, quoted) or _name_after_quote(cue, quoted)


def _named_by_appositive(noun: Token) -> Token:
    """"John Bentel, a tech staffer who told ...": the person the description stands beside."""
    head = noun.head
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and head.ent_type_ in ("PERSON", "ORG"):
        return head
    return noun


def _person_beside_place(subject: Token) -> Token | None:
    """"WASHINGTON -- President Obama, ..., said": a dateline the parser made the subject,
    with the person as its appositive."""
    if subject.ent_type_ not in ("GPE", "LOC"):
        return None
    return next((c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)


def _has_letters(token: Token) -> bool:
    """Not a dash the parser took for a subject ("... public ― Trump boasted")."""
    return any(char.isalnum() for char in token.text)  # "Six in 10 say": a number can be one


def _shown_speaking(cue: Token) -> Token | None:
    """"The ad uses footage of Mayor Ortiz asking, ...": the one shown is the speaker,
    not the ad (the parse hangs the participle on "uses")."""
    before = cue.doc[cue.i - 1] if cue.i > 0 else None
    if before is None or before.pos_ not in ("PROPN", "PRON") or before.dep_ != "pobj":
        return None
    return before if before.head.lower_ == "of" else None


def _name_after_quote(cue: Token, quoted: Container[int]) -> Token | None:
    """“...,” Flynn, a top Trump surrogate, said: when the parse loses the subject, the first
    name between the closing quotation mark and the cue."""
    doc = cue.doc
    start = cue.i
    while start > 0 and start - 1 not in quoted and cue.i - start < _MAX_GAP_AFTER_QUOTE:
        start -= 1
    if start == 0 or start - 1 not in quoted or start == cue.i:
        return None
    gap = doc[start : cue.i]
    if any(t.pos_ in ("VERB", "AUX") and t.ent_type_ == "" for t in gap):
        return None  # another clause: not "X said"
    return next((t for t in gap if t.ent_type_ in ("PERSON", "ORG", "NORP")), None)


def _participle_host(cue: Token) -> Token:
    """The clause a participle cue belongs to: its head, or, when that head is reported
    speech, the speech verb reporting it ("Raman told reporters [the board ignored the study],
    calling it “reckless”" — the parse hangs "calling" on "ignored")."""
    head = cue.head
    for _ in range(3):
        if is_speech_verb(head):
            return head
        if head.dep_ not in ("ccomp", "conj") or head.head.i == head.i:
            break
        head = head.head
    return cue.head


def _name_beside(cue: Token, quoted: Container[int]) -> Token | None:
    """"..., said James Acton, a physicist": the parser often makes the name an object."""
    doc = cue.doc
    index = cue.i + 1
    while index < len(doc) and doc[index].i not in quoted and _is_name(doc[index]):
        if index + 1 >= len(doc) or not _is_name(doc[index + 1]):
            return doc[index] if index > cue.i else None
        index += 1
    return None


def _is_name(token: Token) -> bool:
    if token.ent_type_:
        return token.ent_type_ in _NAME_LABELS  # not "said Thursday"
    return token.pos_ == "PROPN"


def mention_of(token: Token) -> Span:
    """The noun phrase core a speaker token stands for: its entity, or det + modifiers + head."""
    doc = token.doc
    if token.ent_iob_ != "O":
        for ent in doc.ents:
            if ent.start <= token.i < ent.end:
                return ent
    for child in _phrase_tokens(token):
        if child.dep_ == "appos" and child.ent_type_ in ("PERSON", "ORG"):
            return mention_of(child)  # "a doctor, Hugh Hill, said"; "one of its lawyers, Ann Lee,"
    start = token.i
    for child in token.lefts:
        if child.dep_ in _MENTION_LEFT_DEPS:
            start = min(start, child.left_edge.i)
    return doc[start : token.i + 1]


def _phrase_tokens(token: Token) -> list[Token]:
    """The noun phrase's own tokens and those of its "of" phrases, not its clauses."""
    found = []
    for child in token.children:
        found.append(child)
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                found.extend(grand for grand in pobj.children if grand.dep_ == "appos")
    return found


def cue_clause(cue: Token, speaker: Token | None) -> set[int]:
    """Token indices of the attribution clause itself ("Kallas warned on Tuesday")."""
    indices = {cue.i}
    if is_according_to(cue):
        indices.update(token.i for token in cue.subtree)
        return indices
    for child in cue.children:
        if child.dep_ in _CUE_CLAUSE_DEPS:
            subtree = list(child.subtree)
            if child.dep_ == "dobj" and len(subtree) > _MAX_ADDRESSEE_TOKENS:
                continue  # "called [the plan to ...] “unrealistic”": the object is reported content
            indices.update(token.i for token in subtree)
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


def _outer_voice(cue: Token, quoted: set[int]) -> Token:
    """"Holm said the advertisement “wrongfully” suggests ...", "She says it underscores that
    Trump is “unfit”": when the nearest cue's subject is a thing, the words are those of the
    person reporting it, whose speech verb governs the nearest one."""
    if _can_voice(speaker_of(cue, quoted)):
        return cue
    head = cue
    for _ in range(_MAX_OUTER_STEPS):
        if head.head.i == head.i or head.dep_ not in ("ccomp", "conj", "xcomp", "advcl"):
            break
        head = head.head
        if head.i not in quoted and is_speech_verb(head) and _can_voice(speaker_of(head, quoted)):
            return head
    return cue


def _can_voice(speaker: Token | None) -> bool:
    """A name, a person's pronoun, or a word for a person or a body; not "it" or "the ad"."""
    if speaker is None:
        return False
    if speaker.pos_ == "PRON":
        return speaker.lower_ not in _THING_PRONOUNS
    return speaker.pos_ == "PROPN" or bool(speaker.ent_type_) or is_speaker_noun(speaker.lemma_.lower())


def heads_above(tokens: Sequence[Token], max_steps: int) -> Iterator[Token]:
    """For each of ``tokens`` whose head lies outside them, that head and the heads above it,
    at most ``max_steps``: the clauses a quotation hangs from, nearest first."""
    inside = {token.i for token in tokens}
    for token in tokens:
        head = token.head
        if head.i in inside or head.i == token.i:
            continue
        for _ in range(max_steps):
            yield head
            if head.head.i == head.i:
                break
            head = head.head


def governing_cue(quote_tokens: Iterable[Token], quoted: set[int], *, max_steps: int = 4) -> Token | None:
    """The speech verb the quotation hangs from in the parse ("X said [that] “...”"), found by
    walking up from the quote's top tokens, or a speech verb attached to the quote's own verb
    (“...,” he said — parsed with the quote as root)."""
    tokens = list(quote_tokens)
    inside = {token.i for token in tokens}
    for head in heads_above(tokens, max_steps):
        if head.i not in quoted and (is_speech_verb(head) or is_according_to(head)):
            return _outer_voice(head, quoted)
    for token in tokens:
        for child in token.children:
            outside = child.i not in inside and child.i not in quoted
            if outside and child.dep_ in ("parataxis", "advcl", "conj") and is_speech_verb(child):
                return child
    return None
