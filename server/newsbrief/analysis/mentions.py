"""Entity mentions cleaned into actor mentions: trimmed of articles, possessives and titles."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from newsbrief.analysis.lexicons import honorifics, non_actor_names, title_words
from newsbrief.analysis.schema import ActorKind

KIND_BY_LABEL: dict[str, ActorKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}
_POSSESSIVES = {"'s", "’s", "'", "’"}
_LEADING_DROP = {"the", "a", "an"}
_MAX_NAME_TOKENS = 8


@dataclass(frozen=True)
class Mention:
    """One surface mention of a would-be actor, with the kind its entity label suggests."""

    span: Span
    label_kind: ActorKind

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(token.text.strip(".") for token in self.span if token.text.strip("."))

    @property
    def start_char(self) -> int:
        return self.span.start_char


def collect_mentions(doc: Doc) -> list[Mention]:
    """Entity mentions that can be actors, cleaned, in document order."""
    mentions = []
    for ent in doc.ents:
        kind = KIND_BY_LABEL.get(ent.label_)
        if kind is None:
            continue
        span = clean_entity(ent, kind)
        if span is not None and is_actor_name(span, kind) and not _part_of_a_title(span, kind):
            mentions.append(Mention(span, kind))
    return mentions


def clean_entity(ent: Span, kind: ActorKind) -> Span | None:
    """Drop a leading article, a trailing possessive and, for people, leading titles."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while end > start and (doc[end - 1].text in _POSSESSIVES or doc[end - 1].is_punct):
        end -= 1
    while end - start > 1 and doc[end - 1].pos_ in ("VERB", "AUX"):
        end -= 1  # a headline's "Obama Says ...": the NER takes the verb into the name
    while start < end and (doc[start].lower_ in _LEADING_DROP or doc[start].is_punct):
        start += 1
    if kind == "person":
        while end - start > 1 and _is_title_token(doc[start].lower_):
            start += 1
    return doc[start:end] if end > start else None


def _is_title_token(lower: str) -> bool:
    return lower in honorifics() or lower.rstrip(".") in title_words()


def _part_of_a_title(span: Span, kind: ActorKind) -> bool:
    """"Harbour" in "Harbour Commissioner Dana Whitfield" is a word of a title, not a group."""
    if kind == "person" or kind == "place" or len(span) != 1:
        return False
    token = span[0]
    return token.dep_ == "compound" and _is_title_token(token.head.lower_) and token.head.ent_type_ == ""


def is_actor_name(span: Span, kind: ActorKind) -> bool:
    """Reject credits, fragments and things no reader would call an actor."""
    text = span.text
    if len(span) > _MAX_NAME_TOKENS or not any(char.isalpha() for char in text):
        return False
    if text.lower() in non_actor_names() or text.islower():
        return False
    if kind == "person" and (any(char.isdigit() for char in text) or "\n" in text):
        return False
    return not (len(span) == 1 and _is_title_token(span[0].lower_))
