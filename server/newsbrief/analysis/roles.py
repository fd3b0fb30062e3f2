"""Roles: the descriptions an article gives a person, read off the text around a name.

- a title before the name: "U.S. Defense Secretary Pete Hegseth", "market strategist Bill Blain";
- an appositive after it: "Kaja Kallas, the European Union’s foreign policy chief", and the
  inverted form "Turkey’s ambassador to NATO, Zeki Levent Gumrukcu";
- copula and relative clauses, "X from/of/at Y" and "CNN’s X": :mod:`role_clauses`.

The small model's parse of such phrases is often wrong ("Tulsa police Chief Chuck Jordan" comes
out with "Tulsa" as a verb), so these read tokens and their tags, not the dependency tree.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsbrief.analysis.lexicons import honorifics
from newsbrief.analysis.role_as import as_roles
from newsbrief.analysis.role_clauses import affiliation_roles, copula_roles, relative_clause_roles, split_conjoined
from newsbrief.analysis.role_lists import plural_list_role
from newsbrief.analysis.role_words import (
    ABBREVIATIONS,
    MAX_ROLE_TOKENS,
    is_person_noun,
    role_head,
    role_text,
    singular_role,
)

_TITLE_INNER = {"’s", "'s", "&", "-", "of", "and"}
_JOINERS = {"of", "and"}  # "Secretary of State X", "police officer and Navy veteran X"
_NOT_IN_TITLES = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
_APPOSITION_OPEN = {",", "—", "–", "―", "("}
_PHRASE_END = {",", ".", ";", ":", "—", "–", "―", ")", "(", "“", "”", '"', "?", "!"}
_PHRASE_START_POS = {"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "ADV"}
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_MAX_APPOSITIVE = 24


def roles_for_mention(name: Span) -> list[str]:
    """Role phrases attached to one mention of a person's name."""
    title = title_before(name)
    found = [
        title,
        *appositive_roles(name),
        inverted_appositive_role(name, title),
        *copula_roles(name),
        *relative_clause_roles(name),
        *affiliation_roles(name),
        plural_list_role(name),
        *as_roles(name),
    ]
    return [role for role in found if role]


def title_before(name: Span) -> str | None:
    """Title words right before the name, ending in a person noun or a title abbreviation."""
    doc = name.doc
    end = _skip_spaces_back(doc, name.start)
    if end == 0:
        return None
    if doc[end - 1].lower_ == "and":
        return _shared_plural_title(name, end - 1)
    if not _title_head(doc[end - 1]) and not _title_with_of(name):
        return None
    left = end - 1
    while left > 0 and end - left < MAX_ROLE_TOKENS and _title_like(doc[left - 1]):
        joiner = doc[left - 1].lower_ in _JOINERS
        if joiner and not (left > 1 and _title_head(doc[left - 2]) and _titled_joint(doc[left - 2], doc[left - 1])):
            break  # "the death of | conservative Justice Antonin Scalia", "supporters of | Democrat X"
        left -= 1
    while left < end and (doc[left].text in _TITLE_INNER or doc[left].is_space):
        left += 1
    if left > 0 and doc[left - 1].tag_ == "PRP$":  # "his wife Hillary Clinton": whose wife
        left -= 1
    return singular_role(doc[left:end])


def _shared_plural_title(name: Span, conjunction: int) -> str | None:
    """"Presidential candidates Ann Ray and Bo Lee": the plural title before the
    first name is each one's title, in the singular."""
    doc = name.doc
    before = doc[conjunction - 1] if conjunction > 0 else None
    if before is None or before.ent_type_ != "PERSON":
        return None
    start = before.i
    while start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start].ent_iob_ != "B":
        start -= 1
    head = doc[_skip_spaces_back(doc, start) - 1] if start > 0 else None
    if head is None or head.tag_ not in ("NNS", "NNPS"):
        return None
    return title_before(doc[start : before.i + 1])


def _skip_spaces_back(doc: Doc, at: int) -> int:
    """Step back over non-breaking spaces ("nominee\xa0Gov.\xa0Mike Pence"), not line breaks."""
    while at > 0 and doc[at - 1].is_space and "\n" not in doc[at - 1].text:
        at -= 1
    return at


def _title_with_of(name: Span) -> bool:
    """"Secretary of State Jon Husted": a title noun, "of", and capitalised words."""
    doc = name.doc
    for i in range(max(name.start - 4, 1), name.start - 1):
        if doc[i].lower_ == "of" and _title_head(doc[i - 1]) and doc[i - 1].text[:1].isupper():
            return all(t.text[:1].isupper() for t in doc[i + 1 : name.start])
    return False


def _titled_joint(head: Token, joiner: Token) -> bool:
    """"Secretary of State" joins capitalised words; "officer and Navy veteran" joins nouns."""
    return head.text[:1].isupper() if joiner.lower_ == "of" else head.tag_ not in ("NNS", "NNPS")


def _title_head(token: Token) -> bool:
    return not token.is_punct and token.lower_ not in honorifics() and is_person_noun(token)


def _title_like(token: Token) -> bool:
    if "\n" in token.text_with_ws or token.ent_type_ in _NOT_IN_TITLES:
        return False
    if token.is_space:
        return True  # a non-breaking space between title words
    if token.text in _TITLE_INNER:
        return True
    if token.pos_ in ("NOUN", "ADJ", "PROPN", "NUM"):
        return token.pos_ != "NOUN" or token.text.islower() or token.text[:1].isupper()
    # A capitalised word the tagger took for a verb ("Tulsa", "Retired") in a title.
    return token.text[:1].isupper() and not token.is_sent_start and token.pos_ in ("VERB", "X")


def appositive_roles(name: Span) -> list[str]:
    """"Kaja Kallas, the EU’s foreign policy chief, said": the phrase set off after the name,
    cut where a clause begins ("a former aide now teaching at …"); "X and Y" gives two."""
    doc = name.doc
    start = _skip_parenthesis(doc, _skip_age(name, name.end))
    if start >= len(doc) or doc[start].text not in _APPOSITION_OPEN:
        return []
    start += 1
    if start >= len(doc) or doc[start].pos_ not in _PHRASE_START_POS or doc[start].lower_ in ("who", "which"):
        return []
    end = start
    while end < len(doc) and end - start <= _MAX_APPOSITIVE and not _ends_phrase(doc[end]):
        if doc[end].pos_ == "AUX" or doc[end].tag_ in _FINITE or (doc[end].pos_ == "VERB" and end > start
                                                                 and doc[end - 1].text != "-"):
            break
        end += 1
    if end < len(doc) and doc[end].tag_ in _FINITE and doc[start - 1].text == "," and doc[start].pos_ == "DET":
        # "At a press briefing in Riverton, the mayor said": the subject of a clause. Without a
        # determiner it cannot be one: "Anton, president of the association stated" lacks a comma.
        return []
    return [role for part in split_conjoined(doc[start:end]) if (role := role_text(part))]


def _skip_parenthesis(doc: Doc, at: int) -> int:
    """"Rep. Ivo Marek (D-Ore.), the assistant leader …": step over the party and state."""
    if at < len(doc) and doc[at].text == "(":
        close = next((t.i for t in doc[at : at + 8] if t.text == ")"), None)
        if close is not None:
            return close + 1
    return at


def _skip_age(name: Span, at: int) -> int:
    """"Crutcher, 40, a father …": step over an age between name and description."""
    doc = name.doc
    if at + 2 < len(doc) and doc[at].text == "," and doc[at + 1].like_num and doc[at + 2].text in _APPOSITION_OPEN:
        return at + 2
    return at


def _ends_phrase(token: Token) -> bool:
    return token.text in _PHRASE_END or "\n" in token.text or token.lower_ in ("who", "which", "whose")


def inverted_appositive_role(name: Span, title: str | None = None) -> str | None:
    """"Turkey’s ambassador to NATO, Zeki Levent Gumrukcu, said": the phrase before the comma."""
    doc = name.doc
    comma = name.start - 1
    title = title if title is not None else title_before(name)
    if title is not None:  # "Ray's running mate, Ohio Gov. Bo Lee,"
        while comma > 0 and doc[comma].text != "," and name.start - comma <= len(title.split()) + 1:
            comma -= 1
    if comma < 1 or doc[comma].text != "," or name.end >= len(doc) or doc[name.end].text not in (",", "—"):
        return None
    left = comma
    while left > 0 and comma - left < MAX_ROLE_TOKENS and not _ends_phrase(doc[left - 1]):
        token = doc[left - 1]
        if token.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ") or token.lower_ in ("in", "with", "by", "from", "that"):
            break
        left -= 1
    tokens = list(doc[left:comma])
    if not tokens or tokens[0].pos_ == "ADP" or (left > 0 and doc[left - 1].pos_ == "ADP"):
        return None  # "in an interview with the president, Trump said" describes someone else
    head = role_head(tokens)
    if head is not None and head.tag_ in ("NNS", "NNPS"):
        return None  # "Critics of the program, like Senator X,": a plural is for :mod:`role_lists`
    return singular_role(doc[left:comma])


def merge_roles(roles: list[str]) -> list[str]:
    """Distinct roles in first-seen order; a role whose words all appear in a fuller one
    ("Secretary General" in "NATO Secretary General") is dropped."""
    kept: list[str] = []
    for role in sorted(dict.fromkeys(roles), key=lambda r: (-len(_role_words(r)), roles.index(r))):
        words = _role_words(role)
        if not any(words <= _role_words(fuller) for fuller in kept):
            kept.append(role)
    return sorted(kept, key=roles.index)



def _role_words(role: str) -> set[str]:
    words = set()
    for raw in role.lower().replace("’", "'").split():
        word = raw.strip(".,'").removesuffix("'s")
        words.update(ABBREVIATIONS.get(word, word).split())
    return words - {"the", "a", "an"}
