"""Nouns that can stand for a speaker: people in a role, organisations, and documents.

"The senator said", "the agency said", "the report says": each names a speaker without a
name. Roles come from the titles lexicon, bodies and documents from ``body_nouns.txt``.
"""

from __future__ import annotations

from functools import lru_cache

from newsbrief.analysis.lexicons import lexicon_dir, title_words


@lru_cache(maxsize=1)
def _body_table() -> dict[str, str]:
    table = {}
    for line in (lexicon_dir() / "body_nouns.txt").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.strip() and not line.startswith("#"):
            table[fields[0].strip()] = fields[1].strip() if len(fields) > 1 else ""
    return table


def is_body_noun(noun: str) -> bool:
    """"campaign", "agency", "network": an organisation."""
    return _body_table().get(noun) in ("", "of")


def belongs_to_possessor(noun: str) -> bool:
    """"Clinton's campaign" speaks for Clinton's side; "Johnson's doctor" does not."""
    return _body_table().get(noun) == "of"


@lru_cache(maxsize=1)
def owned_body_nouns() -> set[str]:
    """The nouns that belong to their possessor, with their plurals ("campaign", "campaigns")."""
    nouns = {noun for noun, tag in _body_table().items() if tag == "of"}
    return nouns | {noun + "s" for noun in nouns}


def is_document_noun(noun: str) -> bool:
    """"report", "poll", "letter": a text whose author is the speaker."""
    return _body_table().get(noun) == "document"


def is_speaker_noun(noun: str) -> bool:
    """A person in a role or an organisation ("the senator", "the agency")."""
    return noun in title_words() or is_body_noun(noun)
