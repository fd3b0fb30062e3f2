"""Speed of the full analysis against the bare spaCy parse of the same texts, in one run.

    python bench/speed.py [--split dev] [--repeat 3] [--requests 1000] [--skip-server] [--skip-batch]
                          [--batch-split train] [--batch-articles 400]

For every PolNeAR article: the parse alone (``nlp(text)``), the analysis steps after the
parse (``analyze_doc`` on that parse), and the whole analysis (``Analyzer.analyze``). Each
is the best of ``--repeat`` runs, interleaved so that machine noise hits all alike.

Then the served process (bench/served.py): time from start to "ready", HTTP overhead (a
request's round trip minus the analysis time the server reports in ``meta.elapsed_ms``), a
cached request (the same text again), and the resident memory after ``--requests`` requests,
every one a different text (so every one is analysed and the result cache fills to its bound).
Last, batch mode: ``newsbrief analyze --jsonl`` with ``--workers 1`` and ``--workers 2``, over
a batch-sized input (default: 400 PolNeAR train articles, ~1.8 M characters), since the whole
process is timed and the model loads are a fixed cost that a batch of 84 would over-weigh.
"""

from __future__ import annotations

import argparse
import time

from common import best_of, median, percentile, polnear_texts, print_table
from newsbrief.analysis.analyzer import Analyzer, Article
from speed_batch import batch_section
from speed_server import server_section


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--requests", type=int, default=1000, help="requests before the served RSS is read")
    parser.add_argument("--starts", type=int, default=3, help="server starts timed for 'ready'")
    parser.add_argument("--skip-parse", action="store_true", help="skip the in-process parse/analysis table")
    parser.add_argument("--skip-server", action="store_true")
    parser.add_argument("--skip-batch", action="store_true")
    parser.add_argument("--batch-split", default="train", help="PolNeAR split for the batch run")
    parser.add_argument("--batch-articles", type=int, default=400, help="articles in the batch run")
    args = parser.parse_args()
    if not args.skip_parse:
        parse_section(args)
    texts = [text for _, text in polnear_texts(args.split)]
    if not args.skip_server:
        print()
        server_section(texts, requests=args.requests, starts=args.starts)
    if not args.skip_batch:
        print()
        batch_texts = [text for _, text in polnear_texts(args.batch_split)][: args.batch_articles]
        batch_section(batch_texts, split=args.batch_split)


def parse_section(args: argparse.Namespace) -> None:
    """Full analysis against the bare parse, in this process."""
    started = time.perf_counter()
    analyzer = Analyzer.load()
    load_ms = (time.perf_counter() - started) * 1000
    texts = polnear_texts(args.split)
    analyzer.analyze(Article(texts[0][1]))  # warm-up

    parse_ms, after_ms, full_ms, ratios, chars = [], [], [], [], 0
    for _, text in texts:
        article = Article(text)
        doc = analyzer.nlp(text)
        parse = best_of(args.repeat, lambda t=text: analyzer.nlp(t))[0]
        after = best_of(args.repeat, lambda d=doc, a=article: analyzer.analyze_doc(d, a, time.perf_counter()))[0]
        full = best_of(args.repeat, lambda a=article: analyzer.analyze(a))[0]
        parse_ms.append(parse)
        after_ms.append(after)
        full_ms.append(full)
        ratios.append(full / parse)
        chars += len(text)

    print(f"model {analyzer.model}, {len(texts)} PolNeAR {args.split} articles, {chars:,} chars, "
          f"best of {args.repeat}; pipeline load {load_ms:.0f} ms")
    rows = [
        ("bare spaCy parse", median(parse_ms), percentile(parse_ms, 95), chars / (sum(parse_ms) / 1000)),
        ("analysis after the parse", median(after_ms), percentile(after_ms, 95), chars / (sum(after_ms) / 1000)),
        ("full analysis", median(full_ms), percentile(full_ms, 95), chars / (sum(full_ms) / 1000)),
    ]
    print_table(["step", "median ms/article", "p95 ms", "chars/s"], rows)
    print()
    print_table(
        ["ratio full / parse", "median", "p95", "max"],
        [("per article", median(ratios), percentile(ratios, 95), max(ratios))],
    )


if __name__ == "__main__":
    main()
