"""Actors: entity mentions grouped per real-world entity, with roles and salience."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from newsbrief.analysis.mentions import Mention, collect_mentions
from newsbrief.analysis.roles import merge_roles, roles_for_mention
from newsbrief.analysis.schema import Actor, ActorKind, TextSpan

_NON_WORD = re.compile(r"[^\w]+")
_NAME_LINKERS = {"of", "the", "and", "for", "de", "la"}


@dataclass(eq=False)
class ActorDraft:
    """An actor while the article is being read; becomes an :class:`Actor` at the end."""

    kind: ActorKind
    mentions: list[Span] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    quote_count: int = 0

    @property
    def name(self) -> str:
        """The fullest name: most words, earliest on ties."""
        best = max(self.mentions, key=lambda span: (len(span), -span.start_char))
        return best.text

    @property
    def name_words(self) -> tuple[str, ...]:
        return _words(_longest(self.mentions))

    @property
    def first_char(self) -> int:
        return min(span.start_char for span in self.mentions)


def build_actors(doc: Doc) -> list[ActorDraft]:
    """Group the doc's entity mentions into actors and collect each person's roles."""
    mentions = collect_mentions(doc)
    people: list[ActorDraft] = []
    others: dict[str, ActorDraft] = {}
    for mention in mentions:
        if mention.label_kind == "person":
            _add_person_mention(people, mention.span)
    _merge_late_full_names(people)
    for mention in mentions:
        if mention.label_kind != "person":
            _add_other_mention(people, others, mention)
    _merge_acronyms(list(others.values()), others)
    _merge_name_suffixes(others)
    actors = people + list(others.values())
    for actor in actors:
        if actor.kind == "person":
            found = [role for span in actor.mentions for role in roles_for_mention(span)]
            actor.roles = merge_roles(found)
    return actors


def _add_person_mention(people: list[ActorDraft], span: Span) -> None:
    words = _words(span)
    match = _find_person(people, words, span.start_char)
    if match is None:
        people.append(ActorDraft(kind="person", mentions=[span]))
    else:
        match.mentions.append(span)


def _find_person(people: list[ActorDraft], words: tuple[str, ...], at: int) -> ActorDraft | None:
    """The person these name words refer to: same surname, compatible first name, most recent."""
    candidates = [person for person in people if _same_person(person.name_words, words)]
    if not candidates:
        return None
    return max(candidates, key=lambda person: _last_mention_before(person, at))


def _last_mention_before(person: ActorDraft, at: int) -> int:
    return max((span.start_char for span in person.mentions if span.start_char <= at), default=-1)


def _same_person(known: tuple[str, ...], words: tuple[str, ...]) -> bool:
    if not known or not words:
        return False
    if len(words) == 1:
        return words[0] == known[-1] or (len(known) > 1 and words[0] == known[0])
    if len(known) == 1:
        return known[0] == words[-1]
    return known[-1] == words[-1] and _compatible_first(known[0], words[0])


def _compatible_first(one: str, other: str) -> bool:
    return one == other or one.startswith(other) or other.startswith(one)


def _merge_late_full_names(people: list[ActorDraft]) -> None:
    """A surname seen before its full name ("Clinton" in a headline) joins the full name."""
    for single in [p for p in people if len(p.name_words) == 1]:
        fuller = [p for p in people if len(p.name_words) > 1 and _same_person(p.name_words, single.name_words)]
        if len(fuller) == 1:
            fuller[0].mentions.extend(single.mentions)
            fuller[0].mentions.sort(key=lambda span: span.start_char)
            people.remove(single)


def _add_other_mention(people: list[ActorDraft], others: dict[str, ActorDraft], mention: Mention) -> None:
    words = _words(mention.span)
    if not words:
        return
    # The small model tags "Trump" in "the Trump campaign" as ORG: a person's surname is the person.
    if len(words) == 1:
        person = _find_person([p for p in people if len(p.name_words) > 1], words, mention.start_char)
        if person is not None and words[0] == person.name_words[-1]:
            person.mentions.append(mention.span)
            return
    key = " ".join(words)
    actor = others.setdefault(key, ActorDraft(kind=mention.label_kind))
    actor.mentions.append(mention.span)


def _merge_acronyms(actors: list[ActorDraft], by_key: dict[str, ActorDraft]) -> None:
    """"EU" joins "European Union" when the initials match."""
    for short in actors:
        words = short.name_words
        if len(words) != 1 or not short.name.replace(".", "").isupper():
            continue
        for long in actors:
            if long is short or len(long.name_words) < 2 or long.kind != short.kind:
                continue
            initials = "".join(w[0] for w in long.name_words if w not in _NAME_LINKERS)
            if initials == words[0]:
                long.mentions.extend(short.mentions)
                long.mentions.sort(key=lambda span: span.start_char)
                del by_key[" ".join(words)]
                break


def _merge_name_suffixes(by_key: dict[str, ActorDraft]) -> None:
    """"Port Authority" joins "Lakeport Port Authority": a shorter name of two or more words
    that ends a longer name of the same kind is the same body."""
    for key, short in list(by_key.items()):
        words = short.name_words
        if len(words) < 2:
            continue
        longer = [
            other for other in by_key.values()
            if other is not short and other.kind == short.kind
            and len(other.name_words) > len(words) and other.name_words[-len(words):] == words
        ]
        if len(longer) == 1:
            longer[0].mentions.extend(short.mentions)
            longer[0].mentions.sort(key=lambda span: span.start_char)
            del by_key[key]


def _words(span: Span) -> tuple[str, ...]:
    """Lower-cased name words without punctuation ("U.S." → "us"; "&" dropped)."""
    return tuple(word for word in (_normalise(token.text) for token in span) if word)


def _normalise(word: str) -> str:
    return _NON_WORD.sub("", word.lower())


def _longest(mentions: list[Span]) -> Span:
    return max(mentions, key=lambda span: (len(span), -span.start_char))


def salience(actor: ActorDraft, *, text_length: int, title: str | None, summary: list[tuple[int, int]]) -> float:
    """Unnormalised importance: mentions, earliness, being quoted, being in title or summary."""
    score = math.log1p(len(actor.mentions))
    score += 0.8 * (1.0 - actor.first_char / max(text_length, 1))
    score += 0.6 * math.log1p(actor.quote_count)
    if title and any(word and word in _normalise_title(title) for word in actor.name_words[-1:]):
        score += 0.7
    if any(start <= span.start_char < end for span in actor.mentions for start, end in summary):
        score += 0.4
    if actor.kind == "person":
        score += 0.2
    return score


def _normalise_title(title: str) -> set[str]:
    return {_normalise(word) for word in title.split()}


def finalize_actors(drafts: list[ActorDraft], scores: list[float]) -> list[tuple[ActorDraft, Actor]]:
    """Sort by salience, number the ids, and freeze each draft into an :class:`Actor`."""
    top = max(scores, default=1.0) or 1.0
    ranked = sorted(zip(drafts, scores, strict=True), key=lambda pair: (-pair[1], pair[0].first_char))
    result = []
    for index, (draft, score) in enumerate(ranked, start=1):
        mentions = tuple(
            TextSpan(span.text, span.start_char, span.end_char)
            for span in sorted(draft.mentions, key=lambda span: span.start_char)
        )
        actor = Actor(
            id=f"a{index}",
            name=draft.name,
            kind=draft.kind,
            roles=tuple(draft.roles),
            mention_count=len(mentions),
            quote_count=draft.quote_count,
            salience=round(score / top, 3),
            mentions=mentions,
        )
        result.append((draft, actor))
    return result
