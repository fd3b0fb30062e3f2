"""Person mentions grouped into people: one group per real person.

Full names first ("Hillary Clinton", "Bill Clinton", "Joseph R. Biden Jr."), then each one-word
mention joins the person it names. A surname shared by several people ("Clinton") goes to the
one the article calls by surname: not one it calls by first name elsewhere ("Michelle" for
Michelle Obama), then the one it names most, then the most recent.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span

from newsbrief.analysis.names import Words, is_surname_of, same_person, span_words


def group_people(spans: list[Span], lone_words: set[str] | None = None) -> list[list[Span]]:
    """Person mentions in document order → groups of mentions, one per person. ``lone_words``:
    one-word names of any kind the article uses ("Melania", tagged a place, is still a first name)."""
    groups: list[list[Span]] = []
    for span in spans:
        if len(span_words(span)) > 1:
            _add_full_name(groups, span)
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


def _add_full_name(groups: list[list[Span]], span: Span) -> None:
    words = span_words(span)
    matches = [g for g in groups if same_person(fullest_words(g), words)]
    if matches:
        max(matches, key=lambda g: g[-1].start_char).append(span)
    else:
        groups.append([span])


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
        self.full_counts = Counter({i: sum(len(span_words(s)) > 1 for s in g) for i, g in enumerate(groups)})

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
            return any(span_words(s) == words for s in self.groups[person])
        return same_person(self.names[person], words)

    def _dominant(self, candidates: list[int], span: Span) -> int:
        if len(candidates) == 1:
            return candidates[0]
        called_by_surname = [i for i in candidates if self.names[i][0] not in self.first_names]
        pool = called_by_surname or candidates
        return max(pool, key=lambda i: (self.full_counts[i], self._last_before(i, span.start_char)))

    def _last_before(self, person: int, at: int) -> int:
        return max((s.start_char for s in self.groups[person] if s.start_char <= at), default=-1)
