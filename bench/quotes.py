"""Quote extraction and speaker attribution on PolNeAR, NewsBrief beside textacy, in one run.

    python bench/quotes.py [--split dev] [--limit N] [--repeat 1] [--dump misses.jsonl]

Every document is parsed once by the pipeline NewsBrief loads; NewsBrief's analysis and
textacy's ``direct_quotations`` both read that same parse. Gold, match rule and speaker rule:
``shared/eval/README.md`` (implemented in ``polnear.py``).

- recall: gold attributions of a type matched one-to-one by any prediction;
- precision: predictions of that kind lying (≥ 50%) in any gold attribution of any type;
- speaker accuracy: on matched gold attributions that have a hand-checked speaker
  (``dev_speakers.jsonl``), split by whether the source span names the speaker;
- end-to-end F1 over quoted attributions (direct + mixed): recall counts those matched with the
  right speaker; precision counts quoted predictions lying in a gold attribution with the right
  speaker, out of those that lie in no gold (wrong) or in one with a hand-checked speaker
  (predictions inside belief/poll attributions, which have no speaker gold, are not judged);
- speed: the quote step alone (quotes + speaker resolution, on the parsed Doc, actors built
  beforehand) and the whole analysis including the parse, best of ``--repeat``.

``--dump`` writes the misses, false alarms and wrong speakers to a JSONL file for error
analysis; it holds article text, so write it outside the repository.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from common import best_of, eval_root, print_table
from newsbrief.analysis.actors import build_actors
from newsbrief.analysis.analyzer import Analyzer, Article
from newsbrief.analysis.quotes import extract_quotes
from newsbrief.analysis.segmentation import split_sentences
from newsbrief.analysis.speakers import resolve_speakers
from polnear import Gold, Prediction, best_gold, load_split, match, same_speaker, source_class

GOLD_TYPES = ("direct", "mixed", "indirect_speech", "indirect_other")


class Tally:
    """Counts for one system over all documents."""

    def __init__(self) -> None:
        self.gold = Counter[str]()
        self.found = Counter[str]()
        self.predicted = Counter[str]()
        self.in_gold = Counter[str]()
        self.speaker = defaultdict[str, list[bool]](list)
        self.e2e_tp = 0
        self.e2e_pred_right = 0
        self.e2e_pred_judged = 0
        self.seconds = 0.0
        self.failed_docs = 0
        self.failed_paragraphs = 0

    def add(self, preds: Sequence[Prediction], golds: Sequence[Gold], dump: list[dict], doc: str, text: str) -> None:
        matched = match(preds, golds)
        by_gold = {g: p for p, g in matched.items()}
        for g, gold in enumerate(golds):
            self.gold[gold.type] += 1
            p = by_gold.get(g)
            if p is None:
                if gold.type != "indirect_other":
                    dump.append(_record("miss", doc, text, gold=gold))
                continue
            self.found[gold.type] += 1
            if gold.judged:
                right = same_speaker(preds[p].speaker, gold)
                self.speaker[source_class(gold)].append(right)
                self.speaker[gold.type].append(right)
                self.e2e_tp += right and gold.quoted
                if not right:
                    dump.append(_record("speaker", doc, text, gold=gold, pred=preds[p]))
        for pred in preds:
            kind = "quoted" if pred.quoted else "indirect"
            self.predicted[kind] += 1
            gold = best_gold(pred, golds)
            self.in_gold[kind] += gold is not None
            if gold is None:
                dump.append(_record("false", doc, text, pred=pred))
            if pred.quoted and (gold is None or gold.judged):
                self.e2e_pred_judged += 1
                self.e2e_pred_right += gold is not None and same_speaker(pred.speaker, gold)

    def row(self, name: str, chars: int, quote_seconds: float | None) -> list[object]:
        quoted_gold = self.gold["direct"] + self.gold["mixed"]
        quoted_recall = _ratio(self.found["direct"] + self.found["mixed"], quoted_gold)
        e2e_r = _ratio(self.e2e_tp, quoted_gold)
        e2e_p = _ratio(self.e2e_pred_right, self.e2e_pred_judged)
        e2e_f = 2 * e2e_p * e2e_r / (e2e_p + e2e_r) if e2e_p + e2e_r else 0.0
        all_speakers = self.speaker["named"] + self.speaker["pronoun/description"]
        return [
            name,
            f"{quoted_recall:.3f} ({_ratio(self.found['direct'], self.gold['direct']):.2f} / "
            f"{_ratio(self.found['mixed'], self.gold['mixed']):.2f})",
            _ratio(self.in_gold["quoted"], self.predicted["quoted"]),
            _ratio(self.found["indirect_speech"], self.gold["indirect_speech"]),
            _ratio(self.in_gold["indirect"], self.predicted["indirect"]) if self.predicted["indirect"] else "-",
            _accuracy(self.speaker["named"]),
            _accuracy(self.speaker["pronoun/description"]),
            _accuracy(all_speakers),
            e2e_f if self.e2e_pred_judged and any(self.speaker.values()) else "-",
            f"{chars / quote_seconds:,.0f}" if quote_seconds else "-",
            f"{chars / self.seconds:,.0f}",
        ]


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _accuracy(values: list[bool]) -> str:
    return f"{sum(values) / len(values):.3f} (n={len(values)})" if values else "-"


def _record(what: str, doc: str, text: str, *, gold: Gold | None = None, pred: Prediction | None = None) -> dict:
    record: dict[str, object] = {"what": what, "doc": doc}
    if gold is not None:
        record.update(gold_type=gold.type, source_class=source_class(gold) if gold.judged else None,
                      gold_text=" … ".join(text[s:e] for s, e in gold.content),
                      source=gold.source_text, cue=gold.cue_text, gold_speaker=gold.speaker)
    if pred is not None:
        mention = text[pred.mention[0] : pred.mention[1]] if pred.mention else None
        same = bool(gold and pred.mention and any(s < pred.mention[1] and pred.mention[0] < e for s, e in gold.source))
        record.update(kind=pred.kind, pred_text=text[pred.start : pred.end], pred_speaker=pred.speaker,
                      pred_mention=mention, mention_is_source=same,
                      context=text[max(0, pred.start - 150) : pred.end + 80])
    return record


def quote_step(doc: Doc) -> Callable[[], object]:
    """The quote step alone: extraction and speaker resolution on a parsed Doc."""
    sentences = split_sentences(doc)
    drafts = build_actors(doc)

    def run() -> object:
        return resolve_speakers(doc, extract_quotes(doc, sentences), list(drafts))

    return run


def newsbrief_predictions(analyzer: Analyzer, doc: Doc, text: str) -> list[Prediction]:
    analysis = analyzer.analyze_doc(doc, Article(text), time.perf_counter())
    return [
        Prediction(q.start_char, q.end_char, q.kind, q.speaker,
                   (q.speaker_mention.start_char, q.speaker_mention.end_char) if q.speaker_mention else None)
        for q in analysis.quotes
    ]


def textacy_predictions(doc: Doc) -> tuple[list[Prediction], int]:
    """textacy's triples; its speaker is the subject's tokens as written (it does not resolve).

    textacy raises on an odd number of quote marks and loses the document; to give it its best
    chance it is then run paragraph by paragraph, and only the unbalanced paragraphs are lost.
    Returns the predictions and the number of paragraphs lost.
    """
    try:
        return _textacy_triples(doc, 0), 0
    except ValueError:
        pass
    predictions, lost, start = [], 0, 0
    for line in doc.text.split("\n"):
        span = doc.char_span(start, start + len(line), alignment_mode="expand") if line.strip() else None
        start += len(line) + 1
        if span is None or not len(span):
            continue
        try:
            predictions += _textacy_triples(span.as_doc(), span.start_char)
        except ValueError:
            lost += 1
    return predictions, lost


def _textacy_triples(doc: Doc, offset: int) -> list[Prediction]:
    from textacy.extract.triples import direct_quotations

    return [
        Prediction(offset + triple.content.start_char, offset + triple.content.end_char, "direct",
                   " ".join(token.text for token in triple.speaker))
        for triple in direct_quotations(doc)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument("--repeat", type=int, default=1, help="timing: best of N runs")
    parser.add_argument("--dump", help="write misses, false alarms and wrong speakers here (JSONL)")
    parser.add_argument("--no-textacy", action="store_true")
    args = parser.parse_args()

    docs = load_split(eval_root() / "polnear", args.split)
    if args.limit:
        docs = docs[: args.limit]
    analyzer = Analyzer.load()
    analyzer.analyze(Article(docs[0][1]))  # warm-up
    ours, theirs = Tally(), Tally()
    dump: list[dict] = []
    chars, parse_s, quote_s, textacy_quote_s = 0, 0.0, 0.0, 0.0
    for name, text, golds in docs:
        chars += len(text)
        parse_s += best_of(args.repeat, lambda t=text: analyzer.nlp(t))[0] / 1000
        doc = analyzer.nlp(text)
        quote_s += best_of(args.repeat, quote_step(doc))[0] / 1000
        ours.seconds += best_of(args.repeat, lambda t=text: analyzer.analyze(Article(t)))[0] / 1000
        ours.add(newsbrief_predictions(analyzer, doc, text), golds, dump, name, text)
        if args.no_textacy:
            continue
        started = time.perf_counter()
        predictions, lost = textacy_predictions(doc)
        textacy_quote_s += time.perf_counter() - started
        theirs.failed_docs += lost > 0
        theirs.failed_paragraphs += lost
        theirs.add(predictions, golds, [], name, text)
    theirs.seconds = parse_s + textacy_quote_s

    counts = Counter(gold.type for _, _, golds in docs for gold in golds)
    print(f"PolNeAR {args.split}: {len(docs)} documents, {chars:,} chars; gold "
          + ", ".join(f"{t} {counts[t]}" for t in GOLD_TYPES) + f"; model {analyzer.model}")
    headers = ["system", "quoted recall (direct / mixed)", "quoted precision", "indirect-speech recall",
               "indirect precision", "speaker named", "speaker pronoun/descr.", "speaker overall",
               "e2e F1", "quote step chars/s", "whole chars/s"]
    rows = [ours.row("NewsBrief", chars, quote_s)]
    if not args.no_textacy:
        rows.append(theirs.row("textacy 0.13 direct_quotations", chars, textacy_quote_s))
    print_table(headers, rows)
    print()
    _print_by_type(ours, theirs, args.no_textacy)
    print()
    print(f"quote step / spaCy parse: {quote_s / parse_s:.3f} (parse {chars / parse_s:,.0f} chars/s); "
          f"textacy raised on {theirs.failed_docs} of {len(docs)} documents (odd number of quote marks); "
          f"run per paragraph there, it still lost {theirs.failed_paragraphs} paragraphs")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as handle:
            for record in dump:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def _print_by_type(ours: Tally, theirs: Tally, no_textacy: bool) -> None:
    headers = ["gold type", "n", "NewsBrief recall", "NewsBrief speaker"]
    if not no_textacy:
        headers += ["textacy recall", "textacy speaker"]
    rows = []
    for gold_type in GOLD_TYPES:
        row: list[object] = [gold_type, ours.gold[gold_type], _ratio(ours.found[gold_type], ours.gold[gold_type]),
                             _accuracy(ours.speaker[gold_type])]
        if not no_textacy:
            row += [_ratio(theirs.found[gold_type], theirs.gold[gold_type]), _accuracy(theirs.speaker[gold_type])]
        rows.append(row)
    print_table(headers, rows)


if __name__ == "__main__":
    main()
