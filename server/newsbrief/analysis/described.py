"""Speakers given as descriptions: "the senator", "the agency", "the report", "a former chairman".

A definite description goes to the person given that role earlier ("the senator" after "Sen.
Ana Ruiz"), else to the organisation of that kind or the author of the document. A description
the next sentences resolve ("A former DNC chairman says ... “...,” said Don Fowler") goes to the
person they introduce. Indefinite and plural ones ("a source", "officials") that the article
never names stay unresolved.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Span, Token

from newsbrief.analysis.actors import ActorDraft
from newsbrief.analysis.bodies import by_whom, force_name
from newsbrief.analysis.coref import PronounResolver
from newsbrief.analysis.cues import is_speech_verb
from newsbrief.analysis.gender import gendered_words
from newsbrief.analysis.groups import GroupDraft
from newsbrief.analysis.lexicons import title_words
from newsbrief.analysis.names import span_words
from newsbrief.analysis.nouns import belongs_to_possessor, is_body_noun, is_document_noun
from newsbrief.analysis.schema import ActorKind

INDEFINITE = {"a", "an", "another", "one", "some", "any", "several", "many"}
ABBREVIATIONS = {"sen": "senator", "gov": "governor", "rep": "representative", "pres": "president",
                 "gen": "general", "sec": "secretary", "atty": "attorney", "supt": "superintendent"}
ROLE_LOOKBACK_SENTENCES = 400  # a role given once holds for the whole article
DESCRIPTION_LOOKBACK_SENTENCES = 4
_NAMED_NEXT_SENTENCES = 2
_JOINT_LOOKBACK_SENTENCES = 2
_DEFINITE_PLURAL = {"the", "both", "these", "those"}
_MAX_NAME_TOKENS = 6
_OWNER_LOOKBACK_SENTENCES = 8
_CANDIDATE_BODIES = {"campaign", "camp"}  # a campaign speaks for its candidate
_CANDIDATE_LOOKBACK_SENTENCES = 1
_FORCES = {"police"}  # a body that speaks as an institution, named by its place


class SpeakerLookup(Protocol):
    """What description resolution needs from the speaker resolver."""

    doc: Doc
    actors: list[ActorDraft]
    by_token: dict[int, ActorDraft]
    pronouns: PronounResolver

    def resolve(self, mention: Span) -> ActorDraft | None: ...

    def named(self, root: Token) -> ActorDraft | None: ...

    def new_actor(self, span: Span, kind: ActorKind) -> ActorDraft: ...


class Descriptions:
    """Resolves description mentions for one document."""

    def __init__(self, host: SpeakerLookup) -> None:
        self.host = host

    def resolve(self, root: Token) -> ActorDraft | None:
        """"the senator" → the person given that role; "the agency" → the organisation."""
        determiner = next((t.lower_ for t in root.lefts if t.dep_ in ("det", "nummod")), None)
        noun = root.lemma_.lower()
        if noun in _FORCES and determiner in (None, "the"):
            return self._force(noun) if stands_alone(root) else None  # ("Tulsa police": a name, not this)
        if root.tag_ in ("NNS", "NNPS"):
            definite = determiner in _DEFINITE_PLURAL  # "the senators"; "officials" is nobody in particular
            return self._joint(root, noun) if definite and _is_title_noun(noun) else None
        if determiner in INDEFINITE:
            if is_document_noun(noun):
                return self._author(root, None)
            return self._named_next(root, noun) if _is_title_noun(noun) else None
        owner = next((t for t in root.lefts if t.dep_ == "poss" or t.tag_ == "PRP$"), None)
        if is_document_noun(noun):
            return self._author(root, owner)
        if is_body_noun(noun):
            if owner is not None:
                return self.host.by_token.get(owner.i) if belongs_to_possessor(noun) else None
            inside = self._name_inside(root)
            if inside is None and belongs_to_possessor(noun):
                return self._owner_named_before(root, noun)
            return inside or self._body(root, noun)
        if not _is_title_noun(noun) or (owner is not None and owner.pos_ == "PRON"):
            return None  # "his lawyer": someone the article need not name
        return self._titled(root, noun, owner)

    def _titled(self, root: Token, noun: str, owner: Token | None) -> ActorDraft | None:
        """"the senator", "the Indiana governor", "Obama's former strategist": the person given
        that role before, else one the next sentences introduce, else the person just named."""
        # "Obama's former strategist": someone other than Obama.
        other = self.host.by_token.get(owner.i) if owner is not None else None
        antecedents = self.host.pronouns.antecedents
        modifiers = {t.lower_ for t in root.lefts if t.dep_ in ("amod", "compound") and not t.is_stop}
        by_role = antecedents.find(
            root, lambda a: a is not other and _has_role(a, noun, modifiers), max_back=ROLE_LOOKBACK_SENTENCES
        ) or antecedents.find(root, lambda a: a is not other and _has_role(a, noun), max_back=ROLE_LOOKBACK_SENTENCES)
        if by_role is not None:
            return by_role
        if owner is not None:
            # "Connecticut's tax commissioner" may be named next; "Johnson's doctor" is someone
            # the article need not name, not whoever is named next or last.
            return None if other is not None and other.kind == "person" else self._named_next(root, noun)
        named_next = self._named_next(root, noun)
        if named_next is not None:
            return named_next
        gender = gendered_words().get(noun)
        genders = self.host.pronouns.genders
        return antecedents.find(
            root, lambda a: a.kind == "person" and (gender is None or genders.get(id(a), gender) == gender),
            max_back=DESCRIPTION_LOOKBACK_SENTENCES,
        )

    def _joint(self, root: Token, noun: str) -> ActorDraft | None:
        """"the senators said" after "Mr. Grassley and Mr. Leahy": the people just listed together,
        or listed earlier with that role."""
        antecedents = self.host.pronouns.antecedents
        return antecedents.find(
            root, lambda a: isinstance(a, GroupDraft) and all(_has_role(m, noun) for m in a.members),
            max_back=ROLE_LOOKBACK_SENTENCES,
        ) or antecedents.find(root, lambda a: isinstance(a, GroupDraft), max_back=_JOINT_LOOKBACK_SENTENCES)

    def _named_next(self, root: Token, noun: str) -> ActorDraft | None:
        """"A former DNC chairman says ... / “...,” said Don Fowler": a person the next
        sentences introduce (first named there) as a subject, when nothing the article says of
        them contradicts the role (no other role, or they are the one speaking)."""
        entry = self.host.pronouns.antecedents.first_subject_after(
            root, lambda a: a.kind == "person", max_ahead=_NAMED_NEXT_SENTENCES
        )
        if entry is None or min(m.start for m in entry.actor.mentions) < entry.token - _MAX_NAME_TOKENS:
            return None
        head = self.host.doc[entry.token].head
        if not entry.actor.roles or _has_role(entry.actor, noun) or is_speech_verb(head):
            return entry.actor
        return None

    def _author(self, root: Token, owner: Token | None) -> ActorDraft | None:
        """"the IMF report", "Politico's story", "an analysis by Lily Batchelder", "her
        account": whoever the document is by; "the report" alone: the body just named."""
        if owner is not None:
            return self.host.resolve(self.host.doc[owner.i : owner.i + 1])
        inside = self._name_inside(root)
        if inside is not None:
            return inside
        by = by_whom(root)
        if by is not None and (by.pos_ in ("PROPN", "PRON") or by.i in self.host.by_token):
            return self.host.resolve(self.host.doc[by.i : by.i + 1])
        if any(t.dep_ == "det" and t.lower_ in ("the", "this", "that") for t in root.lefts):
            # "the poll" after "a Bloomberg poll": the one introduced before, else the body just named
            return self._owner_named_before(root, root.lemma_.lower()) or self.host.pronouns.antecedents.find(
                root, lambda a: a.kind == "organization", max_back=DESCRIPTION_LOOKBACK_SENTENCES
            )
        return None

    def _name_inside(self, root: Token) -> ActorDraft | None:
        """"the Clinton campaign", "a Reuters survey": the name the description carries."""
        for token in root.lefts:
            if token.dep_ in ("compound", "nmod") and (token.pos_ == "PROPN" or token.i in self.host.by_token):
                return self.host.by_token.get(token.i) or self.host.named(token)
        return None

    def _owner_named_before(self, root: Token, noun: str) -> ActorDraft | None:
        """"The campaign says ..." after "Donald Trump's presidential campaign", "the poll"
        after "a Bloomberg poll": whose it was when last named; with none named lately, for a
        campaign, a candidate who is the subject just before."""
        doc = self.host.doc
        antecedents = self.host.pronouns.antecedents
        first = antecedents.sentence_starts[max(antecedents.sentence_of(root.i) - _OWNER_LOOKBACK_SENTENCES, 0)]
        for token in reversed(doc[first : root.i]):
            if token.lemma_.lower() != noun:
                continue
            for child in token.lefts:
                if child.dep_ in ("poss", "compound", "nmod") and child.i in self.host.by_token:
                    return self.host.by_token[child.i]
            by = by_whom(token)
            if by is not None and by.i in self.host.by_token:
                return self.host.by_token[by.i]  # "a report by the Tax Policy Center"
        if noun not in _CANDIDATE_BODIES:
            return None
        return antecedents.find(root, lambda a: a.kind == "person", max_back=_CANDIDATE_LOOKBACK_SENTENCES)

    def _force(self, noun: str) -> ActorDraft | None:
        """"Police said": the police force the article names ("Charlotte-Mecklenburg police
        officer", "the Tulsa Police Department"), if it names exactly one."""
        doc = self.host.doc
        names = {span_words(span): span for span in (force_name(doc, t) for t in doc if t.lower_ == noun) if span}
        if len(names) != 1:
            return None
        words, span = next(iter(names.items()))
        known = next((a for a in self.host.actors if a.kind == "organization" and a.name_words == words), None)
        return known or self.host.new_actor(span, "organization")

    def _body(self, root: Token, noun: str) -> ActorDraft | None:
        antecedents = self.host.pronouns.antecedents
        named = antecedents.find(
            root, lambda a: a.kind in ("organization", "group") and noun in a.name_words,
            max_back=ROLE_LOOKBACK_SENTENCES,
        )
        return named or antecedents.find(
            root, lambda a: a.kind == "organization", max_back=DESCRIPTION_LOOKBACK_SENTENCES
        )


def stands_alone(token: Token) -> bool:
    """No name written with it: "Senator says", not "Senator Cruz says"."""
    return not any(child.dep_ == "compound" and child.pos_ == "PROPN" for child in token.children)


def has_determiner(token: Token) -> bool:
    return any(child.dep_ == "det" for child in token.children)


def _is_title_noun(noun: str) -> bool:
    return noun in title_words() or noun in gendered_words()


def _has_role(actor: ActorDraft, noun: str, modifiers: set[str] | frozenset[str] = frozenset()) -> bool:
    """A role of the actor has ``noun`` ("Gov." counts as "governor") and every modifier
    ("the Democratic presidential nominee" needs "Democratic" and "presidential")."""
    if actor.kind != "person":
        return False
    for role in actor.roles:
        words = {ABBREVIATIONS.get(w, w) for w in role.lower().replace(".", " ").split()}
        if noun in words and modifiers <= words:
            return True
    return False
