"""Batch mode: JSON lines in, JSON lines out, one parse stream through ``nlp.pipe``.

A bad line gives an ``error`` object on its own output line and the batch goes on; output
order is input order.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from newsbrief.analysis.analyzer import Analyzer, Article
from newsbrief.analysis.stream import analyze_stream
from newsbrief.errors import ApiError
from newsbrief.validation import AnalyzeRequest, decode_json_text, parse_analyze_request

_PENDING = object()


def run_jsonl(
    analyzer: Analyzer,
    lines: Iterable[str],
    out: TextIO,
    *,
    default_options: dict[str, Any],
    max_text_chars: int,
    n_process: int = 1,
    batch_size: int = 16,
) -> int:
    """Analyse every line; return how many lines failed."""
    queue: deque[dict[str, Any] | object] = deque()
    failures = 0

    def articles() -> Iterator[tuple[Article, tuple[Any, tuple[str, ...]]]]:
        nonlocal failures
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            record_id, parsed = _parse_line(line, number, default_options, max_text_chars)
            if isinstance(parsed, AnalyzeRequest):
                queue.append(_PENDING)
                yield parsed.article, (record_id, parsed.warnings)
            else:
                failures += 1
                queue.append(parsed)

    results = analyze_stream(
        analyzer.nlp, analyzer.model, articles(), batch_size=batch_size, n_process=n_process
    )
    for result, (record_id, warnings) in results:
        while queue and queue[0] is not _PENDING:
            _write(out, queue.popleft())
        queue.popleft()
        result["meta"]["warnings"] = [*warnings, *result["meta"]["warnings"]]
        _write(out, {"id": record_id, **result})
    while queue:
        _write(out, queue.popleft())
    return failures


def _parse_line(
    line: str, number: int, default_options: dict[str, Any], max_text_chars: int
) -> tuple[Any, AnalyzeRequest | dict[str, Any]]:
    """(id, article) for a good line, (id, error record) for a bad one."""
    record_id = None
    try:
        payload = decode_json_text(line, f"line {number}")
        if isinstance(payload, dict):
            record_id = payload.get("id")
            options = payload.get("options")
            if options is None or isinstance(options, dict):  # anything else is the validator's 422
                payload = {**payload, "options": {**default_options, **(options or {})}}
        request = parse_analyze_request(payload, max_text_chars=max_text_chars)
    except ApiError as error:
        return record_id, {"id": record_id, "line": number, **error.to_dict()}
    return record_id, request


def _write(out: TextIO, record: Any) -> None:
    out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
