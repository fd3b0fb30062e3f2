"""From speaker mentions to actors: "Kallas", "he", "the senator", "the agency" → who.

Names go to the actor that has them (a surname finds the full name; a name the entity
recogniser missed becomes an actor of its own); pronouns go through :mod:`coref`; the writer's
own "I" goes to the person who signs the piece (:mod:`narrator`); descriptions ("the senator",
"the agency", "a former chairman") go through :mod:`described`.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from newsbrief.analysis.actors import ActorDraft
from newsbrief.analysis.bodies import body_subjects
from newsbrief.analysis.coref import Antecedents, PronounResolver, subject_pronouns
from newsbrief.analysis.described import ABBREVIATIONS, Descriptions, has_determiner, stands_alone
from newsbrief.analysis.gender import actor_genders
from newsbrief.analysis.groups import GroupDraft, conjunction, joint_speakers
from newsbrief.analysis.lexicons import honorifics, title_words
from newsbrief.analysis.names import span_words
from newsbrief.analysis.narrator import Narrator, find_narrators, narrator_at
from newsbrief.analysis.quotebase import RawQuote
from newsbrief.analysis.schema import ActorKind

_RESOLVABLE_PRONOUNS = {"he", "him", "she", "her", "it", "they", "them"}
_MIN_TYPO_LENGTH = 5  # "Wines" for "Wimes"; shorter names differ by one letter too often
_KIND_BY_LABEL = {"PERSON": "person", "ORG": "organization", "NORP": "group", "GPE": "place"}


def resolve_speakers(doc: Doc, quotes: Sequence[RawQuote], actors: list[ActorDraft]) -> list[ActorDraft | None]:
    """The actor who speaks each quote, or None. Speakers the entity recogniser missed are
    appended to ``actors`` so that every speaker has an id in the actors list."""
    quoted = _quoted_tokens(doc, quotes)
    people = [actor for actor in actors if actor.kind == "person"]
    antecedents = Antecedents(doc, actors, quoted)
    groups = joint_speakers(doc, actors, quoted)
    for index, group in groups.items():
        cc = conjunction(doc[index])
        if cc is not None:  # (the first name's own place is taken by that person)
            antecedents.add(cc, group, subject=doc[index].dep_ in ("nsubj", "nsubjpass"))
    pronouns = PronounResolver(antecedents, actor_genders(doc, people, quoted))
    resolver = _Resolver(doc, actors, quoted, pronouns, find_narrators(doc, quoted), groups)
    for token, owner in body_subjects(doc, resolver.by_token, quoted):
        antecedents.add(token, owner, proxy=True)
    events: list[tuple[int, int]] = [(token.i, -1) for token in subject_pronouns(doc, quoted)]
    events += [(quote.speaker.root.i, index) for index, quote in enumerate(quotes) if quote.speaker is not None]
    speakers: list[ActorDraft | None] = [None] * len(quotes)
    for token_index, quote_index in sorted(events):
        if quote_index < 0:
            resolver.pronouns.resolve(doc[token_index])
        else:
            mention = quotes[quote_index].speaker
            speakers[quote_index] = resolver.resolve(mention) if mention is not None else None
    return speakers


def _capitalised_mid_sentence(token: Token) -> bool:
    """A capitalised word inside a sentence, which the small model may tag as anything."""
    return token.is_alpha and token.text[:1].isupper() and not token.text.isupper() and not token.is_sent_start


def _quoted_tokens(doc: Doc, quotes: Sequence[RawQuote]) -> list[bool]:
    quoted = [False] * len(doc)
    for quote in quotes:
        if quote.kind == "indirect":
            continue
        span = doc.char_span(quote.start_char, quote.end_char, alignment_mode="expand")
        for index in range(span.start, span.end) if span is not None else ():
            quoted[index] = True
    return quoted


class _Resolver:
    """Names, pronouns and the writer's "I"; descriptions go to :class:`Descriptions`."""

    def __init__(
        self, doc: Doc, actors: list[ActorDraft], quoted: list[bool], pronouns: PronounResolver,
        narrators: list[Narrator], groups: dict[int, GroupDraft],
    ) -> None:
        self.doc = doc
        self.actors = actors
        self.quoted = quoted
        self.pronouns = pronouns
        self.narrators = narrators
        self.groups = groups
        self.by_token = {i: actor for actor in actors for m in actor.mentions for i in range(m.start, m.end)}
        self.descriptions = Descriptions(self)

    def resolve(self, mention: Span) -> ActorDraft | None:
        actor = self._resolve(mention)
        if actor is not None and actor.kind == "group" and all(a is not actor for a in self.actors):
            self.actors.append(actor)  # a joint speaker joins the actors once it speaks
        return actor

    def _resolve(self, mention: Span) -> ActorDraft | None:
        root = mention.root
        if root.pos_ == "PRON":
            if root.lower_ == "i":
                return self._narrator(root)
            found = self.pronouns.resolve(root) if root.lower_ in _RESOLVABLE_PRONOUNS else None
            return self._fuller(found) if found is not None else None
        actor = self.by_token.get(root.i)
        if actor is None and (root.pos_ == "NOUN" or _is_described_title(root)):
            actor = self.descriptions.resolve(root)  # "the senator", "Senator from Texas says"
        elif actor is None and (root.pos_ == "PROPN" or root.ent_type_ in _KIND_BY_LABEL):
            actor = self.named(root)
        if actor is None and _capitalised_mid_sentence(root):
            actor = self.known_by_last_word(root)  # "Bond shot back", "Bond" tagged a noun
        if root.i in self.groups:
            actor = self.groups[root.i]  # "Mr. Grassley and Mr. Leahy say"
        if actor is not None:
            actor = self._fuller(actor)
            self.pronouns.antecedents.add(root, actor)
        return actor

    def _narrator(self, pronoun: Token) -> ActorDraft | None:
        """The writer's own "I": the person who signs the letter or the piece."""
        narrator = narrator_at(self.narrators, pronoun.idx)
        if narrator is None:
            return None
        words = span_words(narrator.name)
        known = next((a for a in self.actors if a.kind == "person" and a.name_words == words), None)
        return known or self.by_token.get(narrator.name.root.i) or self.new_actor(narrator.name, "person")

    def _fuller(self, actor: ActorDraft) -> ActorDraft:
        """"Varga" kept apart from "Ines Varga" (tagged as two entities): the fuller name. Only
        a person's: "Sudan" is not "South Sudan", nor "Korea" "North Korea"."""
        words = actor.name_words
        if len(words) != 1:
            return actor
        longer = [
            a for a in self.actors if a.kind == "person" and len(a.name_words) > 1 and a.name_words[-1] == words[0]
        ]
        if not longer and len(words[0]) >= _MIN_TYPO_LENGTH:
            # "McLenney said" about "Tyresha McClenney": a surname misspelt by one letter.
            longer = [
                a for a in self.actors
                if a.kind == actor.kind and len(a.name_words) > 1 and _one_edit_apart(a.name_words[-1], words[0])
            ]
        return longer[0] if len(longer) == 1 else actor

    def named(self, root: Token) -> ActorDraft | None:
        """A surname finds the full name; a name no actor has becomes a new actor."""
        start = root.i
        while start > 0 and self.doc[start - 1].dep_ == "compound" and self.doc[start - 1].pos_ == "PROPN":
            start -= 1
        while start < root.i and _is_title(self.doc[start]):
            start += 1
        span = self.doc[start : root.i + 1]
        known = self.known_by_last_word(root)
        if known is not None:
            return known
        kind = _KIND_BY_LABEL.get(root.ent_type_, "person")
        if kind == "place":
            return None
        return self.new_actor(self._fullest_earlier_form(span), kind)  # type: ignore[arg-type]

    def known_by_last_word(self, root: Token) -> ActorDraft | None:
        """The actor whose name ends in this word (the nearest before it when several do)."""
        last = root.lower_.strip(".")
        known = [a for a in self.actors if a.name_words and a.name_words[-1] == last and a.kind != "place"]
        if not known:
            return None
        return self.pronouns.antecedents.find(root, lambda a: a in known, max_back=10_000) or known[0]

    def new_actor(self, span: Span, kind: ActorKind) -> ActorDraft:
        actor = ActorDraft(kind=kind, mentions=[span])
        self.actors.append(actor)
        for index in range(span.start, span.end):
            self.by_token[index] = actor
        return actor

    def _fullest_earlier_form(self, span: Span) -> Span:
        """"Varga said" after "Harbour pilot Ines Varga": the longest run of name words
        ending in the same word earlier in the article (the entity recogniser missed it)."""
        best = span
        last = span[-1].lower_
        for token in self.doc[: span.start]:
            if token.lower_ != last or token.pos_ != "PROPN":
                continue
            start = token.i
            while start > 0 and self.doc[start - 1].pos_ == "PROPN" and not _is_title(self.doc[start - 1]):
                start -= 1
            if token.i + 1 - start > len(best):
                best = self.doc[start : token.i + 1]
        return best


def _is_described_title(token: Token) -> bool:
    """A title tagged as a name but written as a description: "the Senator", "Senator says"."""
    return _is_title(token) and (has_determiner(token) or stands_alone(token))


def _is_title(token: Token) -> bool:
    lower = token.lower_.rstrip(".")
    return lower in honorifics() or token.lower_ in honorifics() or lower in title_words() or lower in ABBREVIATIONS


def _one_edit_apart(one: str, other: str) -> bool:
    """One letter added, dropped, changed, or two neighbours swapped (Damerau, 1964)."""
    if one == other or abs(len(one) - len(other)) > 1:
        return False
    if len(one) == len(other):
        diff = [i for i, (a, b) in enumerate(zip(one, other, strict=True)) if a != b]
        if len(diff) == 1:
            return True
        first, second = [*diff, 0, 0][:2]
        return len(diff) == 2 and second == first + 1 and (one[first], one[second]) == (other[second], other[first])
    short, long = sorted((one, other), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
