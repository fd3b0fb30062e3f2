"""Gold people of PolNeAR dev and the name-matching rule the actors benchmark uses.

"The people named in a doc" are, for each doc:

- every speaker of ``dev_speakers.jsonl`` with ``speaker_kind == "person"`` and a name (the
  resolved speaker, so a person quoted only as "he" after one naming still counts: the article
  names them somewhere);
- every member of a group speaker ("Mr. Grassley and Mr. Leahy") that is a person: named as a
  person anywhere in the dev gold, or two to four capitalised words without a linking word
  ("Citizens for Tax Justice" and "Vermont" are not people);
- every person of ``dev_titles.jsonl`` (people given a role; listed for the 44 docs with titles).

People the article names but who neither speak nor get a role are in no gold file, so precision
cannot be read off the gold alone: see ``bench/actors.py`` for how it is judged.

Names match the way the eval README says: by last name, or by overlapping words. Both names are
lower-cased, stripped of punctuation, honorifics and suffixes (Jr., II); two names match when
their last words agree and, when both give a first name, the first names agree (equal, or one
an initial or prefix of the other: "Hillary Clinton" and "Bill Clinton" are two people); a
one-word name also matches a name that contains it ("Melania" and "Melania Trump"), and a name
matches a longer one that ends with it ("Suu Kyi" and "Aung San Suu Kyi").

For precision only, ``bench/gold/polnear_dev_more_people.tsv`` adds the people an article names
who are in no gold file, judged by hand by reading the articles (bylines and credits excluded;
the signatures of readers' letters included, as the gold counts one); and a full name (two words
or more) that is a gold person of any dev doc is a real person wherever it appears.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

_NON_WORD = re.compile(r"[^\w]+")
_DROP = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "the", "jr", "sr", "ii", "iii", "iv"}
_LINKERS = {"of", "for", "and", "the", "on", "in", "to"}


def name_words(name: str) -> tuple[str, ...]:
    words = (_NON_WORD.sub("", word.lower()) for word in name.replace("’", "'").split())
    kept = tuple(word.removesuffix("s") if word.endswith("'s") else word for word in words if word)
    return tuple(word for word in kept if word not in _DROP) or kept


def match_strength(one: tuple[str, ...], other: tuple[str, ...]) -> int:
    """3 same name, 2 same last and first name, 1 same last name or contained word, 0 no match."""
    if not one or not other:
        return 0
    if one == other:
        return 3
    if one[-1] == other[-1] and len(one) > 1 and len(other) > 1:
        first, second = one[0], other[0]
        if first == second or first.startswith(second) or second.startswith(first):
            return 2
    if (len(one) == 1 and one[0] in other) or (len(other) == 1 and other[0] in one):
        return 1
    if one[-len(other):] == other or other[-len(one):] == one:  # "Suu Kyi", "Aung San Suu Kyi"
        return 1
    return 0


@dataclass
class GoldDoc:
    """Gold for one doc: its people, their titles, and the spans where each speaks by name."""

    people: dict[tuple[str, ...], str] = field(default_factory=dict)  # words -> display name
    more: dict[tuple[str, ...], str] = field(default_factory=dict)  # hand-judged extra people
    titles: dict[tuple[str, ...], list[list[str]]] = field(default_factory=dict)  # words -> role groups
    sources: list[tuple[int, int, str]] = field(default_factory=list)  # spans where a person speaks

    def person(self, name: str) -> tuple[str, ...] | None:
        """The key of the gold person ``name`` denotes (the best match), if any."""
        words = name_words(name)
        best = max(self.people, key=lambda known: match_strength(known, words), default=None)
        return best if best is not None and match_strength(best, words) else None

    def add_person(self, name: str) -> tuple[str, ...]:
        words = name_words(name)
        for known in self.people:  # one person under two spellings ("Obama", "Barack Obama")
            strength = match_strength(known, words)
            if strength >= 2 or (strength == 1 and (len(words) == 1 or _suffix(known, words))):
                if len(words) > len(known):
                    self.people[words] = self.people.pop(known)
                    if known in self.titles:
                        self.titles[words] = self.titles.pop(known)
                    return words
                return known
        self.people[words] = name
        return words


def _suffix(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    return one[-len(other):] == other or other[-len(one):] == one


def _person_member(member: str, known_people: set[tuple[str, ...]]) -> bool:
    words = member.split()
    if name_words(member) in known_people:
        return True
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not _LINKERS & {w.lower() for w in words}


def load_more_people(path: Path, gold: dict[str, GoldDoc]) -> None:
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            doc, name = line.split("\t")
            gold.setdefault(doc, GoldDoc()).more[name_words(name)] = name


def known_people(gold: dict[str, GoldDoc]) -> set[tuple[str, ...]]:
    """Full names (two words or more) of gold people anywhere in dev."""
    return {words for doc in gold.values() for words in doc.people if len(words) >= 2}


def load_gold(polnear: Path) -> tuple[dict[str, GoldDoc], list[str]]:
    """Gold people per dev doc (``defaultdict``: a doc with none has an empty GoldDoc), and the
    docs whose titles are complete."""
    speakers = [json.loads(line) for line in (polnear / "dev_speakers.jsonl").read_text("utf-8").splitlines()]
    titled = [json.loads(line) for line in (polnear / "dev_titles.jsonl").read_text("utf-8").splitlines()]
    title_docs = (polnear / "dev_titles_docs.txt").read_text("utf-8").split()
    known = {name_words(row["speaker"]) for row in speakers if row["speaker_kind"] == "person" and row["speaker"]}
    known |= {name_words(row["person"]) for row in titled}
    gold: dict[str, GoldDoc] = defaultdict(GoldDoc)
    for row in speakers:
        doc = gold[row["doc"]]
        if row["speaker_kind"] == "person" and row["speaker"]:
            doc.add_person(row["speaker"])
            doc.sources.extend((start, end, row["speaker"]) for start, end in row["source"])
        for member in row.get("members") or []:
            if _person_member(member, known):
                doc.add_person(member)
    for row in titled:
        doc = gold[row["doc"]]
        words = doc.add_person(row["person"])
        doc.titles.setdefault(words, []).extend(row["roles"])
    load_more_people(Path(__file__).parent / "gold" / "polnear_dev_more_people.tsv", gold)
    return gold, title_docs
