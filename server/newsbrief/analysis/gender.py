"""Which people of an article are he and which are she, from the article's own words.

Evidence, strongest first: a gendered word right before or beside a mention ("Mr.", "Mrs.",
"spokeswoman", "his wife"), the pronouns that follow a person who is alone in a sentence
("Figueroa said she ..."), and last the given name (a small lexicon of names used
overwhelmingly for one gender). Unknown stays unknown: the resolver then accepts either pronoun.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

from spacy.tokens import Doc, Span

from newsbrief.analysis.actors import ActorDraft
from newsbrief.analysis.lexicons import lexicon_dir

Gender = Literal["m", "f"]
PRONOUN_GENDER: dict[str, Gender] = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}
_WORD_WEIGHT = 3  # one "Mrs." outweighs a stray pronoun
_NAME_WEIGHT = 2


@lru_cache(maxsize=1)
def given_names() -> dict[str, Gender]:
    return _gender_table("given_names.tsv")


@lru_cache(maxsize=1)
def gendered_words() -> dict[str, Gender]:
    return _gender_table("gendered_words.tsv")


def _gender_table(name: str) -> dict[str, Gender]:
    table: dict[str, Gender] = {}
    for line in (lexicon_dir() / name).read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) == 2 and not line.startswith("#") and fields[1] in ("m", "f"):
            table[fields[0].strip().lower()] = "m" if fields[1] == "m" else "f"
    return table


def actor_genders(doc: Doc, people: Sequence[ActorDraft], quoted: Sequence[bool]) -> dict[int, Gender]:
    """``id(actor) → gender`` for the people whose gender the article shows.

    ``quoted[i]`` tells whether token ``i`` lies inside quotation marks; pronouns there
    belong to the quoted speaker's voice and are not evidence.
    """
    votes: dict[int, Counter[Gender]] = {id(person): Counter() for person in people}
    for person in people:
        for mention in person.mentions:
            gender = _word_evidence(mention)
            if gender is not None:
                votes[id(person)][gender] += _WORD_WEIGHT
        words = person.name_words
        if len(words) >= 2 and words[0] in given_names():
            votes[id(person)][given_names()[words[0]]] += _NAME_WEIGHT
    _pronoun_evidence(doc, people, quoted, votes)
    genders: dict[int, Gender] = {}
    for key, counter in votes.items():
        ranked = counter.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            genders[key] = ranked[0][0]
    return genders


def _word_evidence(mention: Span) -> Gender | None:
    """"Mr. Clarke", "Spokeswoman Jessica Ditto", "Clinton, his wife": a gendered word next to
    the name in the parse."""
    doc = mention.doc
    table = gendered_words()
    if mention.start > 0 and doc[mention.start - 1].lower_ in table:
        return table[doc[mention.start - 1].lower_]
    root = mention.root
    for token in (*root.children, root.head):
        if token.dep_ == "appos" or root.dep_ == "appos":
            word = token.lemma_.lower()
            if word in table and token.i not in range(mention.start, mention.end):
                return table[word]
    return None


def _pronoun_evidence(
    doc: Doc, people: Sequence[ActorDraft], quoted: Sequence[bool], votes: dict[int, Counter[Gender]]
) -> None:
    """"Figueroa said she ...", "Trump says his ...": a pronoun inside the clause whose subject
    is the person, with no other name in that clause, is the person's."""
    for person in people:
        for mention in person.mentions:
            root = mention.root
            if quoted[root.i] or root.dep_ != "nsubj" or root.head.pos_ not in ("VERB", "AUX"):
                continue
            clause = [t for t in root.head.subtree if t.i >= mention.end and not quoted[t.i]]
            if any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in clause):
                continue
            for token in clause:
                gender = PRONOUN_GENDER.get(token.lower_)
                if gender is not None:
                    votes[id(person)][gender] += 1
                    break
