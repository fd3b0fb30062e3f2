"""Entity mentions cleaned into actor mentions: trimmed of articles, possessives and titles,
with credits, bylines and headline fragments left out."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsbrief.analysis.credits import is_credit, is_headline
from newsbrief.analysis.lexicons import honorifics, non_actor_names, org_words, title_words
from newsbrief.analysis.names import normalise, span_words
from newsbrief.analysis.roles import appositive_roles, inverted_appositive_role, title_before
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
_NAME_PARTICLES = {"de", "da", "di", "del", "van", "von", "bin", "al", "el", "la", "le", "du", "ibn"}
_ODD_CHARACTERS = set("[]{}<>|/@#*=+_~^")
_MAX_NAME_TOKENS = 8
_DATELINE_ENDS = {"—", "–", "-", "--", ",", "("}


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
    ents = doc.ents  # (each read of Doc.ents builds every span anew)
    surnames = {normalise(ent[-1].text) for ent in ents if ent.label_ == "PERSON" and len(ent) > 1}
    lines: dict[int, Span] = {}
    for ent in ents:
        kind = KIND_BY_LABEL.get(ent.label_)
        if kind is None:
            continue
        for part, part_kind in _split_possessive(ent, kind):
            span = clean_entity(part, part_kind)
            if span is None or _part_of_a_title(span, part_kind) or _modifier_only(span, part_kind):
                continue
            if part_kind == "place" and _is_dateline(span):
                continue
            if not is_actor_name(span, part_kind) and not _known_surname(span, surnames):
                continue
            part_kind = _revised_kind(span, part_kind)
            if part_kind == "person" and is_credit(span, lines):
                continue
            mentions.append(Mention(span, part_kind))
    return trim_unsupported(join_line_breaks(mentions))


def _modifier_only(span: Span, kind: ActorKind) -> bool:
    """"the Tunisian prime minister", "American officials", "Islamist parties": a nationality or
    creed used as an adjective describes someone else; only as a noun ("the Tunisians", "Islamists
    won") is it a group that acts."""
    root = span.root
    return kind == "group" and root.dep_ in ("amod", "compound") and root.head.i >= span.end


def _is_dateline(span: Span) -> bool:
    """"VIENNA — Police closed the station ...": the capitalised place a wire story opens with says where
    it was filed, not who acts in it."""
    doc = span.doc
    at_line_start = span.start == 0 or "\n" in doc[span.start - 1].text or doc[span.start - 1].is_space
    following = doc[span.end] if span.end < len(doc) else None
    return (
        at_line_start
        and span.text.isupper()
        and following is not None
        and following.text in _DATELINE_ENDS
    )


def join_line_breaks(mentions: list[Mention]) -> list[Mention]:
    """"Pete" at the end of a line and "Hegseth" at the start of the next are one name."""
    joined: list[Mention] = []
    for mention in mentions:
        last = joined[-1] if joined else None
        if last is not None and last.label_kind == mention.label_kind == "person" and _wrapped(last.span, mention.span):
            joined[-1] = Mention(mention.span.doc[last.span.start : mention.span.end], "person")
        else:
            joined.append(mention)
    return joined


def _wrapped(first: Span, second: Span) -> bool:
    if second.start - first.end > 2 or second.start < first.end:
        return False
    gap = first.doc[first.end - 1 : second.start]  # (Doc.text would rebuild the whole text)
    between = gap.text_with_ws[len(first.doc[first.end - 1].text) :]
    return between.count("\n") == 1 and not between.strip() and len(first) + len(second) <= 4


def _split_possessive(ent: Span, kind: ActorKind) -> list[tuple[Span, ActorKind]]:
    """"the NFL Network’s Rich Eisen", tagged as one ORG: the organisation, then the person."""
    doc = ent.doc
    for token in ent[1:-1]:
        rest = doc[token.i + 1 : ent.end]
        if token.text in _POSSESSIVES and len(rest) >= 2 and all(t.pos_ == "PROPN" for t in rest):
            owner_kind: ActorKind = "organization" if kind == "person" else kind
            return [(doc[ent.start : token.i], owner_kind), (rest, "person")]
    return [(ent, kind)]


def _revised_kind(span: Span, kind: ActorKind) -> ActorKind:
    """"Patriot Coal" tagged PERSON is an organisation; "moderator Lester Holt" or "Jean-Marc
    Ayrault, the foreign minister of France" tagged ORG is a person."""
    if kind == "person" and _ends_as_organisation(span):
        return "organization"
    if kind == "organization" and looks_like_personal_name(span) and _described_as_person(span):
        return "person"
    return kind


def _described_as_person(span: Span) -> bool:
    return _titled(span) or bool(title_before(span) or appositive_roles(span) or inverted_appositive_role(span))


def looks_like_personal_name(span: Span) -> bool:
    """Two to four proper nouns, no organisation word, no "the" before: "Lester Holt"."""
    first = span.doc[span.start - 1] if span.start > 0 else None
    return (
        2 <= len(span_words(span)) <= 4
        and all(t.pos_ == "PROPN" or t.is_punct for t in span)
        and not _ends_as_organisation(span)
        and not (first is not None and first.lower_ == "the")
    )


def _titled(span: Span) -> bool:
    return span.start > 0 and _is_title_token(span.doc[span.start - 1].lower_)


def clean_entity(ent: Span, kind: ActorKind) -> Span | None:
    """Drop a leading article, a trailing possessive and, for people, leading titles."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while end > start and (doc[end - 1].text in _POSSESSIVES or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while end - start > 1 and doc[end - 1].pos_ in ("VERB", "AUX"):
        end -= 1  # a headline's "Obama Says ...": the NER takes the verb into the name
    while start < end and (doc[start].lower_ in _LEADING_DROP or doc[start].is_punct or doc[start].is_space):
        start += 1
    if kind == "person":
        while end - start > 1 and _is_title_token(doc[start].lower_):
            start += 1
        # "Charlotte Mayor" when the name follows ("Charlotte Mayor | Jennifer Roberts"), but not
        # the surname of "Howard Dean" or "Larry King".
        followed_by_name = end < len(doc) and doc[end].pos_ == "PROPN"
        while end - start > 1 and followed_by_name and _is_title_token(doc[end - 1].lower_):
            end -= 1
    return doc[start:end] if end > start else None


def _is_title_token(lower: str) -> bool:
    return lower in honorifics() or lower.rstrip(".") in title_words()


def _known_surname(span: Span, surnames: set[str]) -> bool:
    """"Dean" alone is a title word, but also Howard Dean's surname when the article names him."""
    return len(span) == 1 and span[0].text[:1].isupper() and normalise(span[0].text) in surnames


def _part_of_a_title(span: Span, kind: ActorKind) -> bool:
    """"Harbour" in "Harbour Commissioner Dana Whitfield" and "State" in "Secretary of State"
    are words of a title, not actors."""
    if kind == "person" or len(span) > 2:
        return False
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and _is_title_token(doc[span.start - 2].lower_):
        return doc[span.start - 2].text[:1].isupper()  # "Secretary of State", not "the mayor of Reno"
    if kind == "place" or len(span) != 1:
        return False
    token = span[0]
    return token.dep_ == "compound" and _is_title_token(token.head.lower_) and token.head.ent_type_ == ""


def _ends_as_organisation(span: Span) -> bool:
    """"Patriot Coal", "Dish Network": a last word that names a kind of organisation."""
    return len(span) > 1 and normalise(span[-1].text) in org_words()


def is_actor_name(span: Span, kind: ActorKind) -> bool:
    """Reject credits, fragments and things no reader would call an actor."""
    text = span.text
    if len(span) > _MAX_NAME_TOKENS or not any(char.isalpha() for char in text):
        return False
    if text.lower() in non_actor_names() or text.islower() or _ODD_CHARACTERS & set(text):
        return False
    if kind == "person":
        # A name wrapped onto the next line is still a name; across a blank line it is two things.
        if any(char.isdigit() for char in text) or "\n\n" in text or text.count("\n") > 1:
            return False
        if span[0].text[:1].islower() and span[0].lower_ not in _NAME_PARTICLES:  # "pro-Clinton"
            return False
    return not (len(span) == 1 and _is_title_token(span[0].lower_))


def trim_unsupported(mentions: list[Mention]) -> list[Mention]:
    """Cut words the small model glued to a name ("Obama Seeks" in a headline, "Crooked
    Hillary Clinton") when the rest is a name the article uses
    on its own and the cut word is part of no other name in the article."""
    keys = {_key(m.span) for m in mentions if m.label_kind == "person"}
    names_with = Counter(word for key in keys for word in set(key))
    result = []
    for mention in mentions:
        span = mention.span
        if mention.label_kind == "person" and len(span) > 1:
            key = _key(span)
            others = {word for word in key if names_with[word] > 1}  # in some other name too
            span = _trimmed(span, keys, others)
        result.append(Mention(span, mention.label_kind))
    return result


def _trimmed(span: Span, standalone: set[tuple[str, ...]], others: set[str]) -> Span:
    headline: bool | None = None  # read only when needed: it costs a walk over the line
    for start in range(span.start, span.end):
        for end in range(span.end, start, -1):
            inner = span.doc[start:end]
            if (start, end) == (span.start, span.end) or _key(inner) not in standalone:
                continue
            cut = [t for t in span if not start <= t.i < end]
            if any(normalise(t.text) in others for t in cut):
                continue
            if headline is None:
                headline = is_headline(span)
            if all(_cuttable(t, headline, others) for t in cut):
                return inner
    return span


def _cuttable(token: Token, headline: bool, others: set[str]) -> bool:
    if normalise(token.text) in others:
        return False
    # Capitals in a headline say nothing about being a name.
    return headline or token.pos_ != "PROPN"


def _key(span: Span) -> tuple[str, ...]:
    return tuple(word for word in (normalise(t.text) for t in span) if word)
