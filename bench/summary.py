"""Summary quality and speed on CNN/DailyMail dev: lead-3, every sumy method, and ``auto``.

    python bench/summary.py [--limit N] [--count 3] [--methods auto,lead,...] [--plain ...] [--by-part]

Protocol (``../shared/eval/README.md``): ROUGE-1/2/Lsum F1 from ``rouge-score`` with
``use_stemmer=True``; the summary's sentences and each reference's sentences joined with
newlines for Lsum; with several references, the best F1 per measure (``score_multi``). The
references of an article are ``reference`` (when not null) plus ``extra_references``,
duplicates dropped. References are split into sentences on a full stop, question or
exclamation mark followed by a space (rouge-score's own splitter needs NLTK data).

Input: the SummEval part is PTB-tokenized (``team 's 0-0 draw .``). The product never sees
such text, so before parsing we close up the spaces PTB put before punctuation and clitics
(``team's 0-0 draw.``), leaving words as they are; rouge-score's tokenizer drops the
punctuation anyway, so the scores do not depend on this, only the parse does.

Fairness: every method summarises the same parse of the same text. ``lead-3`` is the first
three sentences of the article exactly as segmented (spaCy's sentences, after NewsBrief's
boundary rules), boilerplate and all: the standard baseline. ``lead`` is NewsBrief's own
named method (the first three *candidate* sentences: page furniture, fragments and
duplicates skipped), shown so that what ``auto`` gains over mere cleaning is visible.
The sumy methods rank the same clean candidates with sumy's algorithm alone.
Rows named ``sumy:<method>`` are sumy out of the box, as its own command line runs it: its
``PlaintextParser`` over the raw article (paragraphs at blank lines, upper-case lines as
headings), no candidate cleaning, with the one change that cannot be avoided here: a
tokenizer answering from spaCy (``PlaintextTokenizer``), since sumy's default needs NLTK data.

Time: ``ms`` is what the summary step adds on top of the parse, per article: sentence
segmentation plus ``summarize`` (best of ``--repeat``), mean and 95th percentile.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
from collections.abc import Callable, Sequence

from rouge_score.rouge_scorer import RougeScorer
from sumy.parsers.plaintext import PlaintextParser

from common import best_of, eval_root, percentile, print_table
from newsbrief.analysis.pipeline import load_pipeline
from newsbrief.analysis.segmentation import Sentence, split_sentences
from newsbrief.analysis.summary import METHODS, summarize
from newsbrief.analysis.sumy_bridge import SUMMARIZERS, make_summarizer

MEASURES = ("rouge1", "rouge2", "rougeLsum")
_PTB_SPACE = re.compile(r" (?=[,.;:!?%)\]}]|'s\b|'re\b|'ve\b|'ll\b|'d\b|'m\b|’)")
_PTB_OPEN = re.compile(r"([(\[{$£]) ")
_REFERENCE_BREAK = re.compile(r"(?<=[.!?])[\"'”’]?\s+|\n+")


def detokenize(text: str) -> str:
    """Undo PTB's spaces before punctuation and clitics; words stay as they are."""
    return _PTB_OPEN.sub(r"\1", _PTB_SPACE.sub("", text))


def reference_sentences(reference: str) -> str:
    """One reference, one sentence a line (for ROUGE-Lsum)."""
    return "\n".join(s.strip() for s in _REFERENCE_BREAK.split(reference) if s and s.strip())


def load_articles(limit: int | None) -> list[dict]:
    path = eval_root() / "cnndm" / "dev.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = []
    for row in rows[:limit]:
        references = [row["reference"]] if row.get("reference") else []
        references += [r for r in row.get("extra_references") or [] if r and r not in references]
        text = detokenize(row["article"]) if row.get("tokenized") else row["article"]
        part = "SummEval" if row.get("tokenized") else "writers"
        articles.append({"id": row["id"], "text": text, "references": references, "part": part})
    return articles


def lead3(doc, count: int) -> list[str]:
    return [s.text for s in split_sentences(doc)[:count]]


# Every runner gets the article's text and its parse, and uses what its method reads.
Runner = Callable[[str, object], list[str]]


def method_runner(method: str, count: int) -> Runner:
    def run(text: str, doc) -> list[str]:
        sentences: Sequence[Sentence] = split_sentences(doc)
        return [s.text for s in summarize(sentences, count=count, method=method).sentences]

    return run


class PlaintextTokenizer:
    """sumy's tokenizer duck type answering from spaCy: the sentences and words of each
    paragraph sumy's ``PlaintextParser`` hands over, parsed once up front (``warm``) so
    the timed runs measure sumy, not spaCy."""

    def __init__(self, nlp) -> None:
        self._nlp = nlp
        self._sentences: dict[str, list[str]] = {}
        self._words: dict[str, list[str]] = {}

    def warm(self, article: str) -> None:
        texts = [t for t in plaintext_paragraphs(article) if t not in self._sentences]
        for text, doc in zip(texts, self._nlp.pipe(texts), strict=True):
            self._learn(text, doc)

    def _learn(self, text: str, doc) -> None:
        self._sentences[text] = [s.text.strip() for s in doc.sents if s.text.strip()]
        for sentence in doc.sents:
            words = [t.text for t in sentence if not (t.is_punct or t.is_space)]
            self._words.setdefault(sentence.text.strip(), words)

    def to_sentences(self, text: str) -> list[str]:
        if text not in self._sentences:
            self._learn(text, self._nlp(text))
        return self._sentences[text]

    def to_words(self, sentence: str) -> list[str]:
        if sentence not in self._words:
            self._learn(sentence, self._nlp(sentence))
        return self._words[sentence]


def plaintext_paragraphs(article: str) -> list[str]:
    """The texts ``PlaintextParser`` passes to ``to_sentences``: each paragraph's lines,
    stripped and joined with a space (headings aside, which it keeps whole)."""
    paragraphs, lines = [], []
    for line in [*article.strip().splitlines(), ""]:
        line = line.strip()
        if line and not PlaintextParser._is_heading(line):
            lines.append(line)
        elif lines and (not line or PlaintextParser._is_heading(line)):
            paragraphs.append(" ".join(lines).strip())
            lines = []
    return paragraphs


def plain_sumy_runner(method: str, count: int, tokenizer: PlaintextTokenizer) -> Runner:
    """sumy's ``method`` as its command line sets it up, over the raw article text."""

    def run(text: str, doc) -> list[str]:
        parser = PlaintextParser(text, tokenizer)
        summarizer = make_summarizer(method)
        if method == "edmundson":
            summarizer.bonus_words = parser.significant_words
            summarizer.stigma_words = parser.stigma_words
        return [str(s) for s in summarizer(parser.document, count)]

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--count", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--methods", default="lead-3," + ",".join(m for m in METHODS if m != "auto") + ",auto")
    parser.add_argument("--plain", default=",".join(SUMMARIZERS),
                        help="sumy methods also run out of the box on the raw text ('' for none)")
    parser.add_argument("--by-part", action="store_true", help="also print R-1/R-2 per corpus part")
    args = parser.parse_args()

    nlp = load_pipeline()
    articles = load_articles(args.limit)
    docs = [nlp(a["text"]) for a in articles]
    scorer = RougeScorer(list(MEASURES), use_stemmer=True)
    methods = args.methods.split(",")
    runners: dict[str, Runner] = {
        m: (lambda text, doc, c=args.count: lead3(doc, c)) if m == "lead-3" else method_runner(m, args.count)
        for m in methods
    }

    tokenizer = PlaintextTokenizer(nlp)
    plain = [m for m in args.plain.split(",") if m]
    if plain:
        for article in articles:
            tokenizer.warm(article["text"])
    for method in plain:
        runners[f"sumy:{method}"] = plain_sumy_runner(method, args.count, tokenizer)

    results: dict[str, dict[str, list[float]]] = {}
    for method, run in runners.items():
        scores: dict[str, list[float]] = {k: [] for k in (*MEASURES, "ms", "words")}
        parts: dict[str, list[tuple[float, float]]] = {}
        for article, doc in zip(articles, docs, strict=True):
            ms, chosen = best_of(args.repeat, lambda t=article["text"], d=doc, r=run: r(t, d))
            targets = [reference_sentences(r) for r in article["references"]]
            rouge = scorer.score_multi(targets, "\n".join(chosen))
            for measure in MEASURES:
                scores[measure].append(rouge[measure].fmeasure * 100)
            parts.setdefault(article["part"], []).append((scores["rouge1"][-1], scores["rouge2"][-1]))
            scores["ms"].append(ms)
            scores["words"].append(sum(len(s.split()) for s in chosen))
        results[method] = scores | {f"part:{k}": [x for pair in v for x in pair] for k, v in parts.items()}

    base = results.get("lead-3")
    print(f"{len(articles)} CNN/DM dev articles, {args.count} sentences, model {nlp.meta.get('name')}, "
          f"ms = segmentation + summary on top of the parse (best of {args.repeat})")
    rows = []
    for method, s in results.items():
        r1, r2, rl = (statistics.fmean(s[m]) for m in MEASURES)
        delta = r1 - statistics.fmean(base["rouge1"]) if base else float("nan")
        delta2 = r2 - statistics.fmean(base["rouge2"]) if base else float("nan")
        rows.append((method, r1, r2, rl, f"{delta:+.2f}", f"{delta2:+.2f}", statistics.fmean(s["ms"]),
                     percentile(s["ms"], 95), statistics.fmean(s["words"])))
    print_table(["method", "R-1", "R-2", "R-Lsum", "ΔR-1 vs lead-3", "ΔR-2 vs lead-3", "mean ms", "p95 ms",
                 "words"], rows)
    if args.by_part:
        print()
        names = sorted({k for s in results.values() for k in s if k.startswith("part:")})
        print_table(["method", *(f"{n[5:]} R-1 / R-2 (n={len(results[methods[0]][n]) // 2})" for n in names)],
                    [(m, *(f"{statistics.fmean(s[n][0::2]):.1f} / {statistics.fmean(s[n][1::2]):.1f}"
                           for n in names)) for m, s in results.items()])


if __name__ == "__main__":
    main()
