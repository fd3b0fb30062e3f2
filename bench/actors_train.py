"""The actors rules on a PolNeAR train sample, where no people gold exists: a check against
overfitting to dev. Run through ``python bench/actors.py --train 80 [--show]``.

The only gold on train is PolNeAR's own attribution spans: a Source span written as a personal
name (two or three capitalised words, no "the", no organisation word) should lie inside a
mention of a ``person`` actor. Such spans include headline fragments and groups ("Kentucky
Republicans"), so the share is a floor. Duplicates: an actor named by one word that is the
surname of a person actor with a full name.
"""

from __future__ import annotations

from pathlib import Path

from common import eval_root, polnear_texts, print_table
from newsbrief.analysis.actors import build_actors
from newsbrief.analysis.lexicons import org_words
from newsbrief.analysis.pipeline import load_pipeline


def train_check(count: int, show: bool) -> None:
    nlp = load_pipeline()
    root = eval_root() / "polnear" / "train"
    texts = polnear_texts("train")[:: max(1, 840 // count)][:count]
    named = found = people_total = duplicates = 0
    for name, text in texts:
        actors = build_actors(nlp(text))
        people = [a for a in actors if a.kind == "person"]
        people_total += len(people)
        spans = [(m.start_char, m.end_char) for a in people for m in a.mentions]
        for start, end, source in named_sources(root, name, text):
            named += 1
            hit = any(s < end and start < e for s, e in spans)
            found += hit
            if show and not hit:
                print(f"{name}: no person actor for source {source!r}")
        surnames = {a.name_words[-1]: a for a in people if len(a.name_words) > 1}
        for actor in actors:
            words = actor.name_words
            if len(words) == 1 and words[0] in surnames and surnames[words[0]] is not actor:
                duplicates += 1
                if show:
                    print(f"{name}: {actor.kind} {actor.name!r} beside {surnames[words[0]].name!r}")
    print(f"PolNeAR train sample: {len(texts)} docs, {people_total} person actors")
    print_table(
        ["train check", "named sources", "in a person actor", "share", "surname duplicates", "per 100 people"],
        [("person actors", named, found, found / max(named, 1), duplicates, 100 * duplicates / max(people_total, 1))],
    )


def named_sources(root: Path, name: str, text: str) -> list[tuple[int, int, str]]:
    """Source spans of the doc's first annotation file that are written as a personal name."""
    files = sorted((root / "attributions").glob(f"{name}_*.ann"))
    if not files:
        return []
    found = []
    for line in files[0].read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3 or not parts[1].startswith("Source ") or ";" in parts[1]:
            continue
        _, start, end = parts[1].split()
        source = text[int(start) : int(end)]
        words = source.split()
        personal = 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)
        if personal and words[0].lower() != "the" and not {w.lower() for w in words} & org_words():
            found.append((int(start), int(end), source))
    return found
