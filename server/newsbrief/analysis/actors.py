"""Actors: entity mentions grouped per real-world entity, with roles and salience."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from newsbrief.analysis.aliases import canonical_key, description_mentions
from newsbrief.analysis.descriptions import description_roles
from newsbrief.analysis.kinds import has_person_marks
from newsbrief.analysis.kinship import reciprocal_roles
from newsbrief.analysis.mentions import Mention, collect_mentions, looks_like_personal_name
from newsbrief.analysis.name_search import missed_mentions
from newsbrief.analysis.names import Words, initials, normalise, span_words
from newsbrief.analysis.people import PersonIndex, group_people
from newsbrief.analysis.roles import merge_roles, roles_for_mention
from newsbrief.analysis.schema import Actor, ActorKind, TextSpan

_NAME_LINKERS = frozenset({"of", "the", "and", "for", "de", "la"})
_PLACE_PREPOSITIONS = {"in", "at", "to", "from", "near", "across", "into", "outside", "inside"}


@dataclass(eq=False)
class ActorDraft:
    """An actor while the article is being read; becomes an :class:`Actor` at the end."""

    kind: ActorKind
    mentions: list[Span] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    quote_count: int = 0
    _fullest: tuple[int, Span] | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        """The fullest name the article uses more than once, else the fullest; earliest on ties
        (a name wrapped across lines is given on one)."""
        return " ".join(self._fullest_mention().text.split())

    @property
    def name_words(self) -> tuple[str, ...]:
        return span_words(self._fullest_mention())

    def _fullest_mention(self) -> Span:
        # Mentions are only ever added: their count tells whether the cached answer still holds.
        if self._fullest is None or self._fullest[0] != len(self.mentions):
            self._fullest = (len(self.mentions), _fullest(self.mentions))
        return self._fullest[1]

    @property
    def first_char(self) -> int:
        return min(span.start_char for span in self.mentions)


def build_actors(doc: Doc) -> list[ActorDraft]:
    """Group the doc's entity mentions into actors and collect each person's roles."""
    mentions = collect_mentions(doc)
    lone_words = {words[0] for words in (span_words(m.span) for m in mentions) if len(words) == 1}
    groups = group_people([m.span for m in mentions if m.label_kind == "person"], lone_words)
    index = PersonIndex(groups)
    covered = {token.i for mention in mentions for token in mention.span}
    for found, span in missed_mentions(doc, index.names, covered):
        groups[found].append(span)
    people = [ActorDraft(kind="person", mentions=spans) for spans in groups]
    others: dict[Words, ActorDraft] = {}
    votes: list[Counter[ActorKind]] = [Counter({"person": len(spans)}) for spans in groups]
    for mention in mentions:
        if mention.label_kind != "person":
            _add_other_mention(index, people, others, mention, votes)
    for actor in people:
        actor.mentions.sort(key=lambda span: span.start_char)
        actor.roles = merge_roles([role for span in actor.mentions for role in roles_for_mention(span)])
    for actor, vote in zip(people, votes, strict=True):
        if not actor.roles:  # "N. Korea" once as PERSON, twenty times as a place, is a place
            actor.kind = vote.most_common(1)[0][0]
    others_too = [p for p in people if p.kind != "person"]
    people = [p for p in people if p.kind == "person" and has_person_marks(p.mentions, p.roles)]
    for person, role in [*description_roles(doc, people), *reciprocal_roles(people)]:
        person.roles = merge_roles([*person.roles, role])
    _merge_acronyms(others)
    _merge_name_suffixes(others)
    people = _short_names_of_bodies(people, [*others_too, *others.values()])
    for key, span in description_mentions(doc, set(others)):
        others[key].mentions.append(span)
    return people + others_too + list(others.values())


def _add_other_mention(
    index: PersonIndex,
    people: list[ActorDraft],
    others: dict[Words, ActorDraft],
    mention: Mention,
    votes: list[Counter[ActorKind]],
) -> None:
    words = span_words(mention.span)
    if not words:
        return
    # The small model tags "Trump" in "the Trump campaign" as ORG and "Melania" as a place:
    # a name of a person in the article is that person.
    person = index.person_for(mention.span, exact=True)
    if person is None and mention.label_kind == "organization" and looks_like_personal_name(mention.span):
        # "Parker Griffith" tagged ORG once, "Griffith" tagged PERSON twice: his full name.
        person = next((i for i, name in enumerate(index.names) if name == words[-1:]), None)
    if person is not None and not (_place_in_context(mention) and words[0] not in _surnames(index)):
        people[person].mentions.append(mention.span)
        # A vote on the kind needs the whole name: "Trump" in "the Trump campaign" says nothing
        # about Donald Trump, but twenty places called "Charlotte" outvote one person "Charlotte".
        if words == index.names[person]:
            votes[person][mention.label_kind] += 1
        return
    key = canonical_key(words)
    actor = others.setdefault(key, ActorDraft(kind=mention.label_kind))
    actor.mentions.append(mention.span)


def _surnames(index: PersonIndex) -> set[str]:
    return {name[-1] for name in index.names}


def _place_in_context(mention: Mention) -> bool:
    """"in Chelsea": a place name after a preposition of place stays a place (unless it is
    some person's surname: "to McAuliffe")."""
    span = mention.span
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return mention.label_kind == "place" and before in _PLACE_PREPOSITIONS


def _short_names_of_bodies(people: list[ActorDraft], others: list[ActorDraft]) -> list[ActorDraft]:
    """"Patriot" beside the company "Patriot Coal": a one-word "person" with no role and no
    honorific that begins an organisation's name is that organisation, called short."""
    firsts: dict[str, ActorDraft] = {}
    for other in others:
        if other.kind == "organization" and len(other.name_words) > 1:
            firsts.setdefault(other.name_words[0], other)
    kept = []
    for person in people:
        body = firsts.get(person.name_words[0]) if len(person.name_words) == 1 and not person.roles else None
        if body is None or any(_honorific_before(span) for span in person.mentions):
            kept.append(person)
        else:
            body.mentions = sorted(body.mentions + person.mentions, key=lambda span: span.start_char)
    return kept


def _honorific_before(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_.rstrip(".") in ("mr", "mrs", "ms", "miss", "dr")


def _merge_acronyms(by_key: dict[Words, ActorDraft]) -> None:
    """"EU" joins "European Union" when the initials match."""
    for key, short in list(by_key.items()):
        if len(key) != 1 or not short.name.replace(".", "").isupper():
            continue
        for long in by_key.values():
            if long is short or len(long.name_words) < 2 or long.kind != short.kind:
                continue
            if initials(long.name_words, _NAME_LINKERS) == key[0]:
                long.mentions = sorted(long.mentions + short.mentions, key=lambda span: span.start_char)
                del by_key[key]
                break


def _merge_name_suffixes(by_key: dict[Words, ActorDraft]) -> None:
    """"Port Authority" joins "Lakeport Port Authority": a shorter name of two or more words
    that ends a longer name of the same kind is the same body."""
    for key, short in list(by_key.items()):
        if len(key) < 2:
            continue
        longer = [
            other for other_key, other in by_key.items()
            if other is not short and other.kind == short.kind
            and len(other_key) > len(key) and other_key[-len(key):] == key
        ]
        if len(longer) == 1:
            longer[0].mentions = sorted(longer[0].mentions + short.mentions, key=lambda span: span.start_char)
            del by_key[key]


def _fullest(mentions: list[Span]) -> Span:
    """A name used twice beats a longer one used once ("Crooked Hillary Clinton" in a quote)."""
    counts = Counter(span_words(span) for span in mentions)

    def rank(span: Span) -> tuple[bool, int, int]:
        words = span_words(span)
        return (len(words) > 1 and counts[words] > 1, len(words), -span.start_char)

    return max(mentions, key=rank)


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
    return {normalise(word) for word in title.split()}


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
