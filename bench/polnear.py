"""PolNeAR gold attributions, the match rule and the speaker rule of ``shared/eval/README.md``.

Gold: for each document the first ``.ann`` file in sorted order; types and hand-resolved
speakers from ``dev_speakers.jsonl`` where it exists (dev), otherwise types from the rule below
and no speakers (train). A prediction matches a gold attribution when at least half of its
characters lie inside that attribution's content; matching is one-to-one, greedy by overlap.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

QUOTE_CHARS = "\"“”„«»"
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "his", "her", "their"}
_STOP = {"the", "of", "and", "a", "an", "for", "in", "on", "at", "to", "s", "jr", "sr", "ii", "iii", "mr", "mrs", "ms"}
# Cue words of reported speech, for typing the train split (dev uses the hand typing).
_SPEECH_CUES = re.compile(
    r"\b(said|says|say|saying|told|tell|tells|according|added|adding|adds|noted|notes|announced|"
    r"suggested|acknowledged|warned|claimed|pledged|asked|responded|emphasized|wrote|argued|urged|"
    r"explained|insisted|declared|stated|stressed|vowed|cautioned|contended|charged|admitted|"
    r"tweeted|insists|argues|claims|writes|explains|recalled|replied|predicted|promised|denied|"
    r"confirmed|reiterated)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Gold:
    attr_id: str
    type: str  # direct, mixed, indirect_speech, indirect_other
    content: tuple[tuple[int, int], ...]
    source: tuple[tuple[int, int], ...]
    source_text: str
    cue_text: str
    judged: bool = False  # has a hand-checked speaker
    speaker: str | None = None
    speaker_kind: str = "unknown"
    members: tuple[str, ...] = ()

    @property
    def quoted(self) -> bool:
        return self.type in ("direct", "mixed")

    def overlap(self, start: int, end: int) -> int:
        return sum(max(0, min(end, e) - max(start, s)) for s, e in self.content)


@dataclass(frozen=True)
class Prediction:
    start: int
    end: int
    kind: str  # direct, partial, indirect
    speaker: str | None
    mention: tuple[int, int] | None = None  # the speaker as written, for error analysis

    @property
    def quoted(self) -> bool:
        return self.kind != "indirect"


def load_split(root: Path, split: str) -> list[tuple[str, str, list[Gold]]]:
    """(doc name, text, gold attributions) for every document of ``split``, sorted by name."""
    speakers = _speaker_rows(root / f"{split}_speakers.jsonl")
    docs = []
    for path in sorted((root / split / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        anns = sorted((root / split / "attributions").glob(f"{path.stem}_*.ann"))
        rows = speakers.get(path.stem, {}) if speakers else None  # no rows there: no speech attributions
        golds = _read_ann(anns[0], text, rows) if anns else []
        docs.append((path.stem, text, golds))
    return docs


def _speaker_rows(path: Path) -> dict[str, dict[str, dict]] | dict:
    if not path.is_file():
        return {}
    rows: dict[str, dict[str, dict]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows.setdefault(row["doc"], {})[row["attr_id"]] = row
    return rows


def _spans(field: str) -> tuple[tuple[int, int], ...]:
    return tuple((int(a), int(b)) for a, b in (part.split() for part in field.split(";")))


def _read_ann(path: Path, text: str, rows: dict[str, dict] | None) -> list[Gold]:
    spans: dict[str, tuple[tuple[int, int], ...]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            spans[fields[0]] = _spans(fields[1].split(" ", 1)[1])
        elif line.startswith("E") and len(fields) >= 2:
            roles = dict(part.split(":", 1) for part in fields[1].split()[1:])
            events.append((fields[0], roles))
    golds = []
    for attr_id, roles in events:
        content = spans.get(roles.get("Content", ""), ())
        if not content:
            continue
        source = spans.get(roles.get("Source", ""), ())
        cue = spans.get(roles.get("Cue", ""), ())
        source_text = " ".join(text[s:e] for s, e in source)
        cue_text = " ".join(text[s:e] for s, e in cue)
        golds.append(_gold(attr_id, text, content, source, source_text, cue_text, rows))
    return golds


def _gold(attr_id, text, content, source, source_text, cue_text, rows) -> Gold:
    if rows is None:  # no hand typing for this split: type by rule, no speaker
        return Gold(attr_id, gold_type(text, content, cue_text), content, source, source_text, cue_text)
    row = rows.get(attr_id)
    if row is None:
        return Gold(attr_id, "indirect_other", content, source, source_text, cue_text)
    return Gold(
        attr_id, row["type"], content, source, source_text, cue_text, judged=True,
        speaker=row["speaker"], speaker_kind=row["speaker_kind"], members=tuple(row.get("members") or ()),
    )


def gold_type(text: str, content: Sequence[tuple[int, int]], cue_text: str) -> str:
    """The README's typing rule: quote marks make direct/mixed, a speech cue indirect_speech."""
    body = "".join(text[s:e] for s, e in content).strip()
    stripped = body.rstrip(".,;:!?— ")
    if stripped[:1] in QUOTE_CHARS and (stripped[-1:] in QUOTE_CHARS or body[-1:] in QUOTE_CHARS):
        return "direct"
    if any(char in body for char in QUOTE_CHARS):
        return "mixed"
    return "indirect_speech" if _SPEECH_CUES.search(cue_text) else "indirect_other"


def match(predictions: Sequence[Prediction], golds: Sequence[Gold]) -> dict[int, int]:
    """One-to-one matches prediction index → gold index, greedy by overlap (≥ 50% of the prediction)."""
    pairs = []
    for p, pred in enumerate(predictions):
        for g, gold in enumerate(golds):
            overlap = gold.overlap(pred.start, pred.end)
            if overlap * 2 >= pred.end - pred.start > 0:
                pairs.append((overlap, p, g))
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, p, g in sorted(pairs, key=lambda pair: -pair[0]):
        if p not in matched and g not in used:
            matched[p] = g
            used.add(g)
    return matched


def best_gold(pred: Prediction, golds: Sequence[Gold]) -> Gold | None:
    """The gold attribution holding at least half of the prediction, most overlap first."""
    scored = [(gold.overlap(pred.start, pred.end), gold) for gold in golds]
    scored = [(o, gold) for o, gold in scored if o * 2 >= pred.end - pred.start > 0]
    return max(scored, key=lambda pair: pair[0])[1] if scored else None


def _words(name: str) -> list[str]:
    return [w for w in re.sub(r"[’']s\b", "", name.lower()).replace("’", "'").split() if w]


def _content_words(name: str) -> set[str]:
    return {re.sub(r"\W+", "", w) for w in _words(name)} - _STOP - {""}


def _last_name(name: str) -> str:
    words = [re.sub(r"\W+", "", w) for w in _words(name)]
    words = [w for w in words if w and w not in _STOP]
    return words[-1] if words else ""


def same_speaker(predicted: str | None, gold: Gold) -> bool:
    """Last-name match for people, content-word overlap otherwise; null matches null."""
    if gold.speaker is None:
        return predicted is None
    if predicted is None:
        return False
    names = gold.members or (gold.speaker,)
    if gold.speaker_kind == "person" or gold.members:
        return any(_last_name(predicted) == _last_name(name) != "" for name in names)
    return bool(_content_words(predicted) & _content_words(gold.speaker))


def source_class(gold: Gold) -> str:
    """``named`` when the source span names the speaker, else ``pronoun/description``."""
    if gold.speaker is None or gold.source_text.strip().lower() in PRONOUNS:
        return "pronoun/description"
    names = gold.members or (gold.speaker,)
    source = _content_words(gold.source_text)
    named = any(_last_name(name) in source for name in names if gold.speaker_kind == "person" or gold.members)
    if gold.speaker_kind != "person" and not gold.members:
        capitalised = {re.sub(r"\W+", "", w.lower()) for w in gold.source_text.split()[1:] if w[:1].isupper()}
        if gold.source_text.split()[0].lower() not in ("the", "a", "an"):
            capitalised.add(re.sub(r"\W+", "", gold.source_text.split()[0].lower()))
        named = bool(_content_words(gold.speaker) & capitalised & source)
    return "named" if named else "pronoun/description"
