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
from newsbrief.errors import ApiError
from newsbrief.validation import parse_analyze_request

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

    def articles() -> Iterator[tuple[Article, Any]]:
        nonlocal failures
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            record_id, parsed = _parse_line(line, number, default_options, max_text_chars)
            if isinstance(parsed, Article):
                queue.append(_PENDING)
                yield parsed, record_id
            else:
                failures += 1
                queue.append(parsed)

    for analysis, record_id in analyzer.analyze_many(articles(), batch_size=batch_size, n_process=n_process):
        while queue and queue[0] is not _PENDING:
            _write(out, queue.popleft())
        queue.popleft()
        _write(out, {"id": record_id, **analysis.to_dict()})
    while queue:
        _write(out, queue.popleft())
    return failures


def _parse_line(
    line: str, number: int, default_options: dict[str, Any], max_text_chars: int
) -> tuple[Any, Article | dict[str, Any]]:
    """(id, article) for a good line, (id, error record) for a bad one."""
    record_id = None
    try:
        try:
            payload = json.loads(line)
        except json.JSONDecodeError as error:
            raise ApiError(400, f"line {number} is not valid JSON: {error.msg}", "malformed_json") from error
        if isinstance(payload, dict):
            record_id = payload.get("id")
            payload = {**payload, "options": {**default_options, **(payload.get("options") or {})}}
        request = parse_analyze_request(payload, max_text_chars=max_text_chars)
    except ApiError as error:
        return record_id, {"id": record_id, "line": number, **error.to_dict()}
    return record_id, request.article


def _write(out: TextIO, record: Any) -> None:
    out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
