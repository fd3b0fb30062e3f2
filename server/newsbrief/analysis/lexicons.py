"""Lexicons (speech verbs, titles, boilerplate patterns, …) loaded once from data files.

In a source checkout they live in the repository's ``models/lexicons/``; a built wheel carries
the same files as ``newsbrief/lexicons/``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_PACKAGED_DIR = Path(__file__).resolve().parent.parent / "lexicons"
_SOURCE_DIR = Path(__file__).resolve().parents[3] / "models" / "lexicons"


def lexicon_dir() -> Path:
    """Where the lexicon files are: inside the installed package, else the source checkout."""
    return _PACKAGED_DIR if _PACKAGED_DIR.is_dir() else _SOURCE_DIR


def _data_lines(name: str) -> list[str]:
    text = (lexicon_dir() / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class SpeechVerbs:
    lemmas: frozenset[str]
    strong: frozenset[str]


@lru_cache(maxsize=1)
def speech_verbs() -> SpeechVerbs:
    """Lemmas of verbs that introduce speech; ``strong`` ones almost never mean anything else."""
    rows = [line.split("\t") for line in _data_lines("speech_verbs.txt")]
    lemmas = frozenset(row[0] for row in rows)
    strong = frozenset(row[0] for row in rows if len(row) > 1 and row[1].strip() == "strong")
    return SpeechVerbs(lemmas=lemmas, strong=strong)


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    return frozenset(_data_lines("titles.txt"))


@lru_cache(maxsize=1)
def office_verbs() -> frozenset[str]:
    return frozenset(_data_lines("office_verbs.txt"))


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    return frozenset(_data_lines("honorifics.txt"))


@lru_cache(maxsize=1)
def non_actor_names() -> frozenset[str]:
    return frozenset(_data_lines("non_actors.txt"))


@lru_cache(maxsize=1)
def boilerplate_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(line, re.IGNORECASE) for line in _data_lines("boilerplate.txt"))


@lru_cache(maxsize=1)
def language_stopwords() -> dict[str, frozenset[str]]:
    raw = json.loads((lexicon_dir() / "language_stopwords.json").read_text(encoding="utf-8"))
    return {lang: frozenset(words) for lang, words in raw.items() if not lang.startswith("_")}


@lru_cache(maxsize=1)
def org_words() -> frozenset[str]:
    return frozenset(_data_lines("org_words.txt"))


@lru_cache(maxsize=1)
def entity_aliases() -> tuple[tuple[str, ...], ...]:
    """Rows of (canonical name, alias, …); aliases beginning with "the " are descriptions."""
    rows = (line.split("\t") for line in _data_lines("entity_aliases.txt"))
    return tuple(tuple(part.strip() for part in row if part.strip()) for row in rows)
