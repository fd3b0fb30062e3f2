"""Person mentions grouped into people: one group per real person.

Full names first ("Hillary Clinton", "Bill Clinton", "Joseph R. Biden Jr."), then each one-word
mention joins the person it names. A surname shared by several people ("Clinton") goes to the
one whose roles fit the title or honorific before it ("Mrs. Clinton", "GOP candidate Trump");
else the one the article calls by surname, not one it calls by first name elsewhere ("Michelle"
for Michelle Obama); else the one it introduced first (the story's main figure, as a rule).
"""

from __future__ import annotations

from spacy.tokens import Span

from newsbrief.analysis.names import Words, is_surname_of, same_person, span_words
from newsbrief.analysis.role_words import role_keys
from newsbrief.analysis.roles import roles_for_mention, title_before


def group_people(spans: list[Span], lone_words: set[str] | None = None) -> list[list[Span]]:
    """Person mentions in document order → groups of mentions, one per person. ``lone_words``:
    one-word names of any kind the article uses ("Melania", tagged a place, is still a first name)."""
    groups: list[list[Span]] = []
    fullest: list[Words] = []
    for span in spans:
        words = span_words(span)
        if len(words) > 1:
            _add_full_name(groups, fullest, span, words)
    index = PersonIndex(groups, first_names=_lone_words(spans) | (lone_words or set()))
    singles: dict[Words, list[Span]] = {}
    for span in spans:
        words = span_words(span)
        if len(words) != 1:
            continue
        person = index.person_for(span)
        if person is None:
            singles.setdefault(words, []).append(span)
        else:
            groups[person].append(span)
    groups.extend(singles.values())
    return groups


def _add_full_name(groups: list[list[Span]], fullest: list[Words], span: Span, words: Words) -> None:
    matches = [i for i, name in enumerate(fullest) if same_person(name, words)]
    if not matches:
        groups.append([span])
        fullest.append(words)
        return
    best = max(matches, key=lambda i: groups[i][-1].start_char)
    groups[best].append(span)
    if len(words) > len(fullest[best]):
        fullest[best] = words


def _lone_words(spans: list[Span]) -> set[str]:
    return {words[0] for words in (span_words(s) for s in spans) if len(words) == 1}


def fullest_words(group: list[Span]) -> Words:
    return max((span_words(s) for s in group), key=len)


class PersonIndex:
    """Finds the person a mention names among groups of full-name mentions."""

    def __init__(self, groups: list[list[Span]], first_names: set[str] | None = None) -> None:
        self.groups = groups
        self.names = [fullest_words(g) for g in groups]
        self.first_names = first_names or set()
        self._profiles: list[set[str]] = []
        self._forms: list[set[Words]] = []

    def person_for(self, span: Span, *, exact: bool = False) -> int | None:
        """The index of the group ``span`` names, or None. With ``exact``, a name of several
        words must be one the person is called by ("N. Korea" is no "North Korea")."""
        words = span_words(span)
        if not words:
            return None
        if len(words) > 1:
            matches = [i for i, name in enumerate(self.names) if self._names(i, words, exact)]
            return self._dominant(matches, span) if matches else None
        by_surname = [i for i, name in enumerate(self.names) if is_surname_of(words, name) or name == words]
        if by_surname:
            return self._dominant(by_surname, span)
        by_first = [i for i, name in enumerate(self.names) if len(name) > 1 and name[0] == words[0]]
        return by_first[0] if len(by_first) == 1 else None

    def _names(self, person: int, words: Words, exact: bool) -> bool:
        if exact:
            if not self._forms:
                self._forms = [{span_words(s) for s in group} for group in self.groups]
            return words in self._forms[person]
        return same_person(self.names[person], words)

    def _dominant(self, candidates: list[int], span: Span) -> int:
        if len(candidates) == 1:
            return candidates[0]
        by_cue = self._by_cue(candidates, span)
        if by_cue is not None:
            return by_cue
        called_by_surname = [i for i in candidates if self.names[i][0] not in self.first_names]
        pool = called_by_surname or candidates
        return min(pool, key=lambda i: self._first_full(i))

    def _by_cue(self, candidates: list[int], span: Span) -> int | None:
        """"Mrs. Clinton", "GOP candidate Trump": the one namesake whose roles fit the title."""
        cue = mention_cue(span)
        if not cue:
            return None
        if not self._profiles:
            self._profiles = [role_keys(*(r for s in g if len(span_words(s)) > 1 for r in roles_for_mention(s)))
                              for g in self.groups]
        scores = {i: len(cue & self._profiles[i]) - 2 * _opposite_sex(cue, self._profiles[i]) for i in candidates}
        best = max(scores.values())
        winners = [i for i, score in scores.items() if score == best]
        return winners[0] if best > 0 and len(winners) == 1 else None

    def _first_full(self, person: int) -> int:
        return min((s.start_char for s in self.groups[person] if len(span_words(s)) > 1), default=1 << 30)



def mention_cue(span: Span) -> set[str]:
    """Keys of the title or honorific right before a mention ("Mr." → male)."""
    doc = span.doc
    before = doc[span.start - 1].lower_.rstrip(".") if span.start > 0 else ""
    title = title_before(span)
    return role_keys(*([title] if title else []), *([before] if before in ("mr", "mrs", "ms", "miss") else []))


def _opposite_sex(one: set[str], other: set[str]) -> bool:
    return ("sex:f" in one and "sex:m" in other) or ("sex:m" in one and "sex:f" in other)
