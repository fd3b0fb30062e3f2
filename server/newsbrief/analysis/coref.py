"""Antecedents for pronouns and descriptions: which actor "he", "she", "it" or "the senator" is.

No neural coreference installs offline, so this is a rule resolver in the spirit of Hobbs
(1978) and Lappin & Leass (1994), cut down to what attribution needs: walk back sentence by
sentence from the pronoun, and in each sentence prefer subjects, then earlier mentions; take the
first actor of the right kind and gender. Mentions inside quotation marks are skipped (they are
the speaker's words, not the reporter's), and every resolved pronoun becomes a mention itself,
so that a chain of "he said ... he added" stays with one person.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsbrief.analysis.actors import ActorDraft
from newsbrief.analysis.gender import PRONOUN_GENDER, Gender

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
GROUP_PRONOUNS = {"they", "them", "their"}
THING_PRONOUNS = {"it", "its"}
MAX_SENTENCES_BACK = 6
MAX_SENTENCES_BACK_THINGS = 3
MAX_SENTENCES_BACK_GROUPS = 1  # "they" is as often an unnamed group as the last body named


@dataclass(frozen=True)
class Antecedent:
    token: int  # where the mention's head is
    actor: ActorDraft
    subject: bool
    proxy: bool = False  # "Trump's campaign" standing for Trump: an "it" or "they", not a "he"


class Antecedents:
    """Actor mentions outside quotes, by sentence, that pronouns can point back to."""

    def __init__(self, doc: Doc, actors: Sequence[ActorDraft], quoted: Sequence[bool]) -> None:
        self.doc = doc
        self.quoted = quoted
        self.sentence_starts = [sent.start for sent in doc.sents]
        self.by_sentence: list[list[Antecedent]] = [[] for _ in self.sentence_starts]
        for actor in actors:
            for mention in actor.mentions:
                root = mention.root
                if not quoted[root.i]:
                    self.add(root, actor)

    def sentence_of(self, token_index: int) -> int:
        return max(bisect.bisect_right(self.sentence_starts, token_index) - 1, 0)

    def add(self, head: Token, actor: ActorDraft, *, subject: bool | None = None, proxy: bool = False) -> None:
        """Record that ``head`` (a name, a pronoun, a description) refers to ``actor``;
        ``subject`` overrides whether it counts as a subject; a ``proxy`` is a body speaking for
        the actor ("Trump's campaign"), which only "it" and "they" can point back to."""
        entries = self.by_sentence[self.sentence_of(head.i)]
        if any(entry.token == head.i for entry in entries):
            return
        subject = head.dep_ in SUBJECT_DEPS if subject is None else subject
        bisect.insort(entries, Antecedent(head.i, actor, subject, proxy), key=lambda entry: entry.token)

    def find(
        self, at: Token, accept: Callable[[ActorDraft], bool], *, max_back: int = MAX_SENTENCES_BACK,
        prefer: Callable[[ActorDraft], bool] | None = None, proxies: bool = False,
    ) -> ActorDraft | None:
        """The nearest acceptable actor before ``at``: subjects of earlier clauses of the same
        sentence, then earlier sentences, subjects first, left to right. Within the first
        sentence that has one, an actor that ``prefer`` accepts too comes first. With
        ``proxies``, bodies standing for an actor count whatever the actor's kind."""

        def ok(entry: Antecedent) -> bool:
            return proxies if entry.proxy else accept(entry.actor)

        here = self.sentence_of(at.i)
        same = [e for e in self.by_sentence[here] if e.token < at.i and e.subject and ok(e)]
        if same:
            return _first(same[::-1], prefer).actor
        for index in range(here - 1, max(here - 1 - max_back, -1), -1):
            entries = self.by_sentence[index]
            ranked = [e for e in entries if e.subject and ok(e)]
            ranked += [e for e in entries if not e.subject and ok(e)]
            if ranked:
                return _first(ranked, prefer).actor
        return None

    def first_subject_after(
        self, at: Token, accept: Callable[[ActorDraft], bool], *, max_ahead: int
    ) -> Antecedent | None:
        """The first acceptable subject in the ``max_ahead`` sentences after ``at``'s: who a
        description ("a former chairman says ...") turns out to be when the next lines name them."""
        here = self.sentence_of(at.i)
        for index in range(here + 1, min(here + 1 + max_ahead, len(self.by_sentence))):
            for entry in self.by_sentence[index]:
                if entry.subject and accept(entry.actor):
                    return entry
        return None


def _first(entries: Sequence[Antecedent], prefer: Callable[[ActorDraft], bool] | None) -> Antecedent:
    return next((e for e in entries if prefer(e.actor)), entries[0]) if prefer is not None else entries[0]


class PronounResolver:
    """Resolves third-person pronouns in document order, each resolution feeding the next."""

    def __init__(self, antecedents: Antecedents, genders: dict[int, Gender]) -> None:
        self.antecedents = antecedents
        self.genders = genders
        self.resolved: dict[int, ActorDraft | None] = {}

    def resolve(self, pronoun: Token) -> ActorDraft | None:
        if pronoun.i not in self.resolved:
            actor = self._find(pronoun)
            self.resolved[pronoun.i] = actor
            if actor is not None:
                body = pronoun.lower_ in THING_PRONOUNS | GROUP_PRONOUNS and actor.kind == "person"
                self.antecedents.add(pronoun, actor, proxy=body)
        return self.resolved[pronoun.i]

    def _find(self, pronoun: Token) -> ActorDraft | None:
        lower = pronoun.lower_
        gender = PRONOUN_GENDER.get(lower)
        if gender is not None:
            # People whose gender the article shows first; unknown ones (often a stray name the
            # entity recogniser tagged) only when no known one fits.
            return self.antecedents.find(
                pronoun, lambda actor: self._person_of(actor, gender),
                prefer=lambda actor: self._person_of(actor, gender, known=True),
            )
        if lower in THING_PRONOUNS:
            return self.antecedents.find(
                pronoun, lambda actor: actor.kind == "organization", max_back=MAX_SENTENCES_BACK_THINGS, proxies=True
            )
        if lower in GROUP_PRONOUNS:
            # People are "they" more often than bodies, which are also "it".
            return self.antecedents.find(
                pronoun, lambda actor: actor.kind in ("organization", "group"), max_back=MAX_SENTENCES_BACK_GROUPS,
                prefer=lambda actor: actor.kind == "group", proxies=True,
            )
        return None

    def _person_of(self, actor: ActorDraft, gender: Gender, *, known: bool = False) -> bool:
        if actor.kind != "person":
            return False
        found = self.genders.get(id(actor))
        return found == gender if known else found in (None, gender)


def subject_pronouns(doc: Doc, quoted: Sequence[bool]) -> list[Token]:
    """Third-person subject pronouns outside quotes, in order: the links of a pronoun chain."""
    return [
        token for token in doc
        if token.dep_ in SUBJECT_DEPS and not quoted[token.i]
        and (token.lower_ in ("he", "she") or token.lower_ in THING_PRONOUNS or token.lower_ in GROUP_PRONOUNS)
    ]
