"""Roles given by a clause about the person, or by the organisation they speak for.

- copula: "Smith is the mayor of Reno", "Hawkins is the columnist for X and analyst for Y";
- relative clause: "Smith, who is the mayor of Reno", "Smith, who chairs the committee";
- affiliation: "David Roche from Quantum Strategy", "Martha Raddatz of ABC News", "CNN’s Jake Tapper".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsbrief.analysis.role_words import MAX_ROLE_TOKENS, is_person_noun, role_text

_BE = {"is", "was", "'s", "’s", "has been", "had been"}
_SOFT_ADVERBS = {"also", "now", "currently", "still", "formerly", "previously", "already", "then"}
# Verbs whose clause is itself a job description: "who chairs the committee".
_ROLE_VERBS = {"chair", "lead", "head", "run", "direct", "manage", "found", "co-found", "own", "represent",
               "teach", "coach", "host", "edit", "anchor", "advise", "oversee", "command", "govern",
               "preside", "moderate", "co-host", "co-chair"}
_CLAUSE_END = {",", ".", ";", ":", "—", "–", "―", ")", "“", "”", '"', "?", "!"}
_AFFILIATION_PREPOSITIONS = {"of", "from", "at", "with"}


def copula_roles(name: Span) -> list[str]:
    """"Lena Ortiz is the former mayor of Riverton.": the predicate noun phrase."""
    doc = name.doc
    at = name.end
    if at >= len(doc) or doc[at].lower_ not in _BE or doc[at].pos_ not in ("AUX", "VERB"):
        return []
    if doc[at].tag_ == "POS":  # "Smith’s", not "Smith is"
        return []
    return _predicate(doc, at + 1)


def _predicate(doc: Doc, start: int) -> list[str]:
    while start < len(doc) and doc[start].lower_ in _SOFT_ADVERBS:
        start += 1
    if start >= len(doc) or doc[start].pos_ not in ("DET", "ADJ", "NOUN", "PROPN"):
        return []  # "is the mayor", "is Obama's nominee", "is playwright-in-residence at …"
    end = _clause_end(doc, start)
    roles = [role_text(part) for part in split_conjoined(doc[start:end])]
    return [role for role in roles if role]


def _clause_end(doc: Doc, start: int) -> int:
    end = start
    while end < len(doc) and end - start <= MAX_ROLE_TOKENS and doc[end].text not in _CLAUSE_END:
        if doc[end].lower_ in ("who", "which", "that") or "\n" in doc[end].text or doc[end].pos_ in ("VERB", "AUX"):
            break
        end += 1
    return end


def relative_clause_roles(name: Span) -> list[str]:
    """"Smith, who is the mayor of Reno," → "mayor of Reno"; "Smith, who chairs the
    committee," → "chairs the committee"."""
    doc = name.doc
    at = name.end
    if at + 2 >= len(doc) or doc[at].text != "," or doc[at + 1].lower_ != "who":
        return []
    verb = doc[at + 2]
    if verb.lower_ in ("is", "was") or (verb.lemma_ == "be" and verb.pos_ == "AUX"):
        return _predicate(doc, at + 3)
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ROLE_VERBS:
        return []
    end = verb.i + 1
    while end < len(doc) and end - verb.i <= MAX_ROLE_TOKENS and doc[end].text not in _CLAUSE_END:
        if "\n" in doc[end].text or doc[end].lower_ in ("who", "which", "and"):
            break
        end += 1
    return [doc[verb.i : end].text] if end > verb.i + 1 else []


def affiliation_roles(name: Span) -> list[str]:
    """"David Roche from Quantum Strategy", "CNN’s Jake Tapper": the organisation."""
    doc = name.doc
    roles = []
    at = name.end
    if at + 1 < len(doc) and doc[at].lower_ in _AFFILIATION_PREPOSITIONS:
        org = _organisation_at(doc, at + 1)
        if org is not None:
            roles.append(org.text)
    if name.start >= 2 and doc[name.start - 1].tag_ == "POS":
        org = _organisation_ending(doc, name.start - 1)
        if org is not None:
            roles.append(org.text)
    return roles


def _organisation_at(doc: Doc, start: int) -> Span | None:
    if start < len(doc) and doc[start].lower_ == "the":
        start += 1
    if start >= len(doc) or doc[start].ent_type_ != "ORG":
        return None
    # The entity starts here, or at the "the" just before ("the Cato Institute" as one entity).
    begins = doc[start].ent_iob_ == "B" or (doc[start - 1].lower_ == "the" and doc[start - 1].ent_iob_ == "B")
    if not begins:
        return None
    end = start
    while end < len(doc) and doc[end].ent_type_ == "ORG" and (end == start or doc[end].ent_iob_ == "I"):
        end += 1
    return doc[start:end]


def _organisation_ending(doc: Doc, end: int) -> Span | None:
    if end < 1 or doc[end - 1].ent_type_ != "ORG":
        return None
    start = end - 1
    while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].ent_type_ == "ORG":
        start -= 1
    while start < end and doc[start].lower_ == "the":
        start += 1
    return doc[start:end] if start < end else None


def split_conjoined(span: Span) -> list[Span]:
    """"the columnist for X and political analyst for Y" → two roles, when each half has its
    own person noun."""
    for token in span:
        if token.lower_ == "and" and token.i > span.start:
            left, right = span.doc[span.start : token.i], span.doc[token.i + 1 : span.end]
            if any(is_person_noun(t) and t.pos_ == "NOUN" for t in right) and role_text(left):
                return [left, right]
    return [span]
