"""Resolve a speaker mention (a name, a pronoun, "the senator") to an actor.

No neural coreference installs offline, so this is a small rule resolver in the spirit of
Hobbs-style recency: a pronoun goes to the most recent compatible actor mentioned before it
outside quotations; a description goes to the most recent person who was given that role.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from newsbrief.analysis.actors import ActorDraft

PERSON_PRONOUNS = {"he", "she", "him", "her"}
THING_PRONOUNS = {"it"}
MAX_LOOKBACK_CHARS = 2_500


class MentionIndex:
    """Which actor each mention span belongs to, searchable by position."""

    def __init__(self, actors: Sequence[ActorDraft]) -> None:
        self._entries = sorted(
            ((span.start_char, span.end_char, actor) for actor in actors for span in actor.mentions),
            key=lambda entry: entry[0],
        )

    def actor_at(self, span: Span) -> ActorDraft | None:
        """The actor with a mention overlapping ``span``."""
        for start, end, actor in self._entries:
            if start < span.end_char and span.start_char < end:
                return actor
        return None

    def before(self, position: int) -> list[tuple[int, ActorDraft]]:
        """(start, actor) of mentions that begin before ``position``, nearest first."""
        return [(start, actor) for start, _, actor in reversed(self._entries) if start < position]


def resolve_speaker(
    mention: Span, index: MentionIndex, quoted: Sequence[tuple[int, int]]
) -> ActorDraft | None:
    """The actor ``mention`` denotes, or None when the article does not say."""
    named = index.actor_at(mention)
    if named is not None:
        return named
    root = mention.root
    lower = root.lower_
    if root.pos_ == "PRON":
        if lower in PERSON_PRONOUNS:
            return _recent(index, mention.start_char, quoted, kinds=("person",))
        if lower in THING_PRONOUNS:
            return _recent(index, mention.start_char, quoted, kinds=("organization",))
        return None
    if root.pos_ == "NOUN" and not root.tag_.endswith("S"):
        noun = root.lemma_.lower()
        return _recent_with_role(index, mention.start_char, quoted, noun) or _recent_named(
            index, mention.start_char, noun
        )
    return None


def _recent(
    index: MentionIndex, position: int, quoted: Sequence[tuple[int, int]], kinds: tuple[str, ...]
) -> ActorDraft | None:
    for start, actor in index.before(position):
        if position - start > MAX_LOOKBACK_CHARS:
            return None
        if actor.kind in kinds and not _inside(start, quoted):
            return actor
    return None


def _recent_with_role(
    index: MentionIndex, position: int, quoted: Sequence[tuple[int, int]], noun: str
) -> ActorDraft | None:
    for start, actor in index.before(position):
        has_role = any(noun in role.lower().split() for role in actor.roles)
        if actor.kind == "person" and has_role and not _inside(start, quoted):
            return actor
    return None


def _recent_named(index: MentionIndex, position: int, noun: str) -> ActorDraft | None:
    """"The authority" after "the Lakeport Port Authority": the head noun ends the name."""
    for _, actor in index.before(position):
        if actor.kind != "person" and actor.name_words and actor.name_words[-1] == noun:
            return actor
    return None


def _inside(position: int, quoted: Sequence[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in quoted)
