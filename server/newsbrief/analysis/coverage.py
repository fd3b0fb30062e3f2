"""``auto``: position-weighted concept coverage, a summarizer in sumy's own shape.

A summary is scored by the *concepts* it covers (content-word stems and word bigrams, after
Gillick & Favre 2009, "A scalable global model for summarization"), each concept counted once,
so a sentence that repeats what is already chosen adds nothing: redundancy removal in the
spirit of MMR (Carbonell & Goldstein 1998) without a separate similarity threshold. A
concept's weight is its frequency in the article with every occurrence discounted by the
position of its sentence, ``(rank + 1) ** -position_decay``: news states the gist first, and
frequency alone (SumBasic, Nenkova & Vanderwende 2005) ignores that, as does centrality
alone (PacSum, Zheng & Lapata 2019, shows that position-augmented centrality is what works on
news). Title words, when the client sends a title, count as concepts of the first rank times
``title_weight``. Sentences are picked greedily (Lin & Bilmes 2010 show the greedy choice is
near-optimal for such monotone submodular objectives), maximising
``covered weight / words ** length_exponent``: the length prior, since a reader (and the
reference summaries) prefer short sentences that carry the concepts. Questions are
discounted by a fixed factor.

The parameters are in ``models/summary_auto.json``; ``bench/fit_summary.py`` fits them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from sumy.summarizers._summarizer import AbstractSummarizer

_PACKAGED = Path(__file__).resolve().parent.parent / "models" / "summary_auto.json"
_SOURCE = Path(__file__).resolve().parents[3] / "models" / "summary_auto.json"


@dataclass(frozen=True)
class CoverageParams:
    """``position_decay``: exponent of the rank discount; ``length_exponent``: of the words
    divisor; ``bigram_weight``: a bigram's weight against a word's; ``window``: how many of
    the first candidates may be picked; ``title_weight``: a title word's weight against a
    first-sentence occurrence; ``question_factor``: what a question's value is multiplied by."""

    position_decay: float = 1.0
    length_exponent: float = 0.65
    bigram_weight: float = 1.0
    window: int = 10
    title_weight: float = 1.0
    question_factor: float = 1.0


@lru_cache(maxsize=1)
def fitted_params() -> CoverageParams:
    """The parameters fitted on the dev set (``models/summary_auto.json``)."""
    path = _PACKAGED if _PACKAGED.is_file() else _SOURCE
    raw = json.loads(path.read_text(encoding="utf-8"))["params"]
    return CoverageParams(**{f.name: raw[f.name] for f in fields(CoverageParams) if f.name in raw})


class PositionCoverageSummarizer(AbstractSummarizer):  # type: ignore[misc]
    """Greedy position-weighted concept coverage over a sumy document (see the module doc)."""

    def __init__(self, stemmer: Any, stop_words: Iterable[str], params: CoverageParams | None = None) -> None:
        super().__init__(stemmer)
        self.stop_words = frozenset(self.normalize_word(w) for w in stop_words)
        self.params = params or fitted_params()

    def __call__(self, document: Any, sentences_count: Any) -> tuple[Any, ...]:
        sentences = [s for s in document.sentences if not s.is_heading]
        ratings = self.rate(sentences, [h for h in document.headings])
        return self._get_best_sentences(sentences, sentences_count, ratings)

    def rate(self, sentences: Sequence[Any], headings: Sequence[Any] = ()) -> dict[Any, float]:
        """Every sentence's rating: the greedy picks first (in pick order), then the rest."""
        concepts = [self.concepts(s.words) for s in sentences]
        weights = self.weights(concepts, [self.concepts(h.words) for h in headings])
        window = self.params.window
        picks = self.pick(sentences[:window], concepts[:window], weights)
        ratings = {s: float(len(sentences) - rank) for rank, s in enumerate(picks)}
        rest = len(sentences) - len(picks)
        for order, sentence in enumerate(s for s in sentences if s not in ratings):
            ratings[sentence] = (rest - order) / (rest + 1)  # below every pick, in article order
        return ratings

    def concepts(self, words: Sequence[str]) -> frozenset[Any]:
        """Content-word stems and bigrams of stems that are not both stop words."""
        normal = [self.normalize_word(w) for w in words]
        stems = [self.stem_word(w) for w in normal]
        content = {stem for word, stem in zip(normal, stems, strict=True) if word not in self.stop_words}
        pairs = {
            (stems[i], stems[i + 1])
            for i in range(len(stems) - 1)
            if normal[i] not in self.stop_words or normal[i + 1] not in self.stop_words
        }
        return frozenset(content | pairs)

    def weights(self, concepts: Sequence[frozenset[Any]], title: Sequence[frozenset[Any]]) -> dict[Any, float]:
        p = self.params
        weights: dict[Any, float] = {}
        for rank, sentence_concepts in enumerate(concepts):
            for concept in sentence_concepts:
                kind = p.bigram_weight if isinstance(concept, tuple) else 1.0
                weights[concept] = weights.get(concept, 0.0) + kind * (rank + 1) ** -p.position_decay
        for concept in frozenset().union(*title):
            kind = p.bigram_weight if isinstance(concept, tuple) else 1.0
            weights[concept] = weights.get(concept, 0.0) + kind * p.title_weight
        return weights

    def pick(
        self, sentences: Sequence[Any], concepts: Sequence[frozenset[Any]], weights: dict[Any, float]
    ) -> list[Any]:
        """Greedy order: each step adds the sentence that makes the chosen set best."""
        factors = [self.quality(s) for s in sentences]
        lengths = [max(len(s.words), 1) for s in sentences]
        exponent = self.params.length_exponent
        chosen: list[int] = []
        covered: set[Any] = set()
        total, words = 0.0, 0
        while len(chosen) < len(sentences):
            gains = {
                i: sum(weights[c] for c in concepts[i] if c not in covered)
                for i in range(len(sentences))
                if i not in chosen
            }
            best = max(gains, key=lambda i: (total + gains[i]) * factors[i] / (words + lengths[i]) ** exponent)
            chosen.append(best)
            total += gains[best]
            covered |= concepts[best]
            words += lengths[best]
        return [sentences[i] for i in chosen]

    def quality(self, sentence: Any) -> float:
        """Questions are teasers more often than news: discounted by ``question_factor``."""
        asks = str(sentence).strip().rstrip("”’\"' ").endswith("?")
        return self.params.question_factor if asks else 1.0
