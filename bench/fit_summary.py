"""Fit the word and word-pair salience of the ``auto`` summary on CNN/DM dev, with cross-validation.

    python bench/fit_summary.py [--folds 5] [--write]

What is learned: two logistic regressions (``server/newsbrief/analysis/salience.py``). One row
per unit of an article (and per level k = 1..4 of its use), labelled with the fraction of the
article's references that use the unit at least k times; one row per adjacent pair of units,
labelled with the fraction of references that contain the pair. The labels are soft, so the
fit is weighted: each row counts as a positive with weight y and a negative with weight 1 - y.
Newton's method with a small ridge (``RIDGE``) on every weight but the bias. Dev gives ~77,000
word rows and ~83,000 pair rows, so the 22 + 11 weights are well determined; what needs guarding against is fitting
*articles*, hence the folds.

Dev has 204 articles: for each of ``--folds`` folds (article i goes to fold i mod k) the model
is fitted on the other folds and the summaries of the fold's articles are scored (the bench's
protocol: rouge-score, stemming, best reference, three sentences). The pooled held-out scores
are the honest estimate, printed with a paired bootstrap 95% interval of the gain over lead-3;
the in-sample score of the final fit (on all of dev) is printed beside them. ``--write`` stores
the final fit and both estimates in ``models/summary_auto.json``.
"""

from __future__ import annotations

import argparse
import datetime
import itertools
import json
import random
import statistics
import sys
from collections import Counter
from dataclasses import asdict, dataclass

import numpy as np
from rouge_score.rouge_scorer import RougeScorer

from common import REPO_ROOT
from newsbrief.analysis.pipeline import load_pipeline
from newsbrief.analysis.salience import (
    PAIR_FEATURES,
    WORD_FEATURES,
    SalienceModel,
    logistic,
    pair_rows,
    word_rows,
)
from newsbrief.analysis.segmentation import Sentence, split_sentences
from newsbrief.analysis.summary import summarize, usable_candidates
from newsbrief.analysis.word_stats import ArticleWords, article_words, units
from summary import load_articles, reference_sentences

COUNT = 3
LEVELS = 4
RIDGE = 1.0
PARAMS_FILE = REPO_ROOT / "models" / "summary_auto.json"


@dataclass
class Example:
    """One dev article: its sentences, the evidence of its words, and its references' units."""

    sentences: list[Sentence]
    words: ArticleWords
    references: list[list[str]]
    targets: list[str]


def examples(nlp, articles: list[dict]) -> list[Example]:
    found = []
    for article, doc in zip(articles, nlp.pipe(a["text"] for a in articles), strict=True):
        sentences = split_sentences(doc)
        words = article_words(usable_candidates(sentences, None, COUNT))
        found.append(Example(sentences, words, [units(r) for r in article["references"]],
                             [reference_sentences(r) for r in article["references"]]))
    return found


def word_table(example: Example) -> tuple[list[tuple[str, int]], np.ndarray, np.ndarray]:
    keys, rows = word_rows(example.words, LEVELS)
    counts = [Counter(reference) for reference in example.references]
    labels = np.array([statistics.fmean(c[unit] >= level for c in counts) for unit, level in keys])
    return keys, rows, labels


def pair_table(example: Example, single: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
    keys, rows = pair_rows(example.words, single)
    pairs = [set(itertools.pairwise(reference)) for reference in example.references]
    return rows, np.array([statistics.fmean(key in p for p in pairs) for key in keys])


def fit_logistic(rows: np.ndarray, labels: np.ndarray, iterations: int = 25) -> np.ndarray:
    """Weighted logistic regression on soft labels by Newton's method; the first column is the bias."""
    weights = np.zeros(rows.shape[1])
    ridge = np.full(rows.shape[1], RIDGE)
    ridge[0] = 0.0
    for _ in range(iterations):
        p = logistic(rows, weights)
        gradient = rows.T @ (p - labels) + ridge * weights
        hessian = (rows * (p * (1 - p))[:, None]).T @ rows + np.diag(ridge) + 1e-9 * np.eye(rows.shape[1])
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-8:
            break
    return weights


def fit(data: list[Example], idx: list[int]) -> SalienceModel:
    tables = [word_table(data[i]) for i in idx]
    word_weights = fit_logistic(np.vstack([t[1] for t in tables]), np.concatenate([t[2] for t in tables]))
    pair_parts = []
    for i, (keys, rows, _) in zip(idx, tables, strict=True):
        single = {unit: p for (unit, level), p in zip(keys, logistic(rows, word_weights), strict=True) if level == 1}
        pair_parts.append(pair_table(data[i], single))
    pair_weights = fit_logistic(np.vstack([p[0] for p in pair_parts]), np.concatenate([p[1] for p in pair_parts]))
    reference_words = statistics.fmean(statistics.fmean(len(r) for r in data[i].references) for i in idx)
    return SalienceModel(tuple(word_weights.tolist()), tuple(pair_weights.tolist()), levels=LEVELS,
                         reference_words=round(reference_words, 2))


class Scorer:
    def __init__(self) -> None:
        self.rouge = RougeScorer(["rouge1", "rouge2"], use_stemmer=True)

    def score(self, example: Example, texts: list[str]) -> tuple[float, float]:
        r = self.rouge.score_multi(example.targets, "\n".join(texts))
        return r["rouge1"].fmeasure * 100, r["rouge2"].fmeasure * 100

    def auto(self, example: Example, model: SalienceModel) -> tuple[float, float]:
        summary = summarize(example.sentences, count=COUNT, auto_model=model)
        return self.score(example, [s.text for s in summary.sentences])

    def lead3(self, example: Example) -> tuple[float, float]:
        return self.score(example, [s.text for s in example.sentences[:COUNT]])


def mean(pairs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.fmean(p[0] for p in pairs), statistics.fmean(p[1] for p in pairs)


def bootstrap(gains: list[tuple[float, float]], rounds: int = 2000) -> tuple[tuple[float, float], ...]:
    """Paired bootstrap 95% interval of the mean gain in R-1 and R-2 (articles resampled)."""
    rng = random.Random(0)
    means = [mean([gains[rng.randrange(len(gains))] for _ in gains]) for _ in range(rounds)]
    interval = []
    for k in range(2):
        ordered = sorted(m[k] for m in means)
        interval.append((ordered[int(0.025 * rounds)], ordered[int(0.975 * rounds)]))
    return tuple(interval)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()

    nlp = load_pipeline()
    articles = load_articles(None)
    data = examples(nlp, articles)
    scorer = Scorer()
    lead = [scorer.lead3(e) for e in data]
    held: dict[int, tuple[float, float]] = {}
    print(f"{len(data)} CNN/DM dev articles, {args.folds} folds, ROUGE F1 x100, best of the references")
    print("| fold | n | held-out R-1 / R-2 | lead-3 R-1 / R-2 |")
    print("|---|---|---|---|")
    for fold in range(args.folds):
        test = [i for i in range(len(data)) if i % args.folds == fold]
        model = fit(data, [i for i in range(len(data)) if i % args.folds != fold])
        for i in test:
            held[i] = scorer.auto(data[i], model)
        (r1, r2), (l1, l2) = mean([held[i] for i in test]), mean([lead[i] for i in test])
        print(f"| {fold} | {len(test)} | {r1:.2f} / {r2:.2f} | {l1:.2f} / {l2:.2f} |")
        sys.stdout.flush()
    every = range(len(data))
    (h1, h2), (l1, l2) = mean([held[i] for i in every]), mean(lead)
    (c1, c2) = bootstrap([(held[i][0] - lead[i][0], held[i][1] - lead[i][1]) for i in every])
    final = fit(data, list(every))
    f1, f2 = mean([scorer.auto(data[i], final) for i in every])
    print(f"\nheld-out (pooled): R-1 {h1:.2f}  R-2 {h2:.2f}   lead-3: R-1 {l1:.2f}  R-2 {l2:.2f}   "
          f"gain {h1 - l1:+.2f} / {h2 - l2:+.2f}  (95% CI R-1 {c1[0]:+.2f}..{c1[1]:+.2f}, "
          f"R-2 {c2[0]:+.2f}..{c2[1]:+.2f})")
    print(f"final fit on all of dev: in-sample R-1 {f1:.2f}  R-2 {f2:.2f}   gain {f1 - l1:+.2f} / {f2 - l2:+.2f}")
    if args.write:
        write(final, len(data), args.folds, (h1, h2), (f1, f2), (l1, l2), (c1, c2))


def write(model: SalienceModel, n: int, folds: int, held, in_sample, lead, interval) -> None:
    record = {
        "word_weights": dict(zip(WORD_FEATURES, (round(w, 5) for w in model.word_weights), strict=True)),
        "pair_weights": dict(zip(PAIR_FEATURES, (round(w, 5) for w in model.pair_weights), strict=True)),
        **{k: v for k, v in asdict(model).items() if k not in ("word_weights", "pair_weights")},
        "fit": {
            "date": datetime.date.today().isoformat(),
            "data": f"CNN/DM dev ({n} articles: SummEval part and writer-summary part), every reference",
            "labels": "fraction of the references using a unit at least k times / containing a pair",
            "method": f"weighted logistic regression (Newton, ridge {RIDGE}); {folds}-fold cross-validation",
            "objective_of_choice": "expected ROUGE-1 + ROUGE-2 F1, 3 sentences, beam search",
            "held_out": {"rouge1": round(held[0], 2), "rouge2": round(held[1], 2)},
            "held_out_gain_95ci": {"rouge1": [round(x, 2) for x in interval[0]],
                                   "rouge2": [round(x, 2) for x in interval[1]]},
            "in_sample": {"rouge1": round(in_sample[0], 2), "rouge2": round(in_sample[1], 2)},
            "lead3": {"rouge1": round(lead[0], 2), "rouge2": round(lead[1], 2)},
        },
    }
    PARAMS_FILE.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(f"written to {PARAMS_FILE}")


if __name__ == "__main__":
    main()
