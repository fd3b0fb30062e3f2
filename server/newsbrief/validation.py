"""The analyze request: checked field by field into an :class:`Article`.

Shared by the HTTP API and the CLI's batch mode. Unknown top-level fields are ignored (the
extension sends page metadata such as ``byline``); unknown options are ignored with a warning
in ``meta.warnings``, so an older server still serves a newer client.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from newsbrief.analysis.analyzer import Article
from newsbrief.analysis.options import (
    MAX_SUMMARY_SENTENCES,
    MIN_SUMMARY_SENTENCES,
    SUMMARY_LENGTHS,
    AnalyzeOptions,
)
from newsbrief.analysis.summary import METHODS
from newsbrief.errors import ApiError, invalid_field

KNOWN_OPTIONS = ("summary_length", "summary_sentences", "summary_method")
MAX_TITLE_CHARS = 1_000
MAX_URL_CHARS = 4_096
# A code point in U+D800–U+DFFF inside a Python str is always a lone surrogate: JSON can carry
# one ("\ud800"), UTF-8 cannot, and spaCy's string store encodes to UTF-8.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


@dataclass(frozen=True)
class AnalyzeRequest:
    article: Article
    url: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)


def decode_json_body(body: bytes) -> Any:
    """Strict JSON from a request body: UTF-8, no NaN/Infinity; anything else is a 400."""
    try:
        return decode_json_text(body.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise ApiError(400, "The request body is not valid UTF-8.", "malformed_json") from error


def decode_json_text(text: str, what: str = "The request body") -> Any:
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        message = f"{what} is not valid JSON: {error.msg} at character {error.pos}."
        raise ApiError(400, message, "malformed_json") from error
    except RecursionError as error:
        raise ApiError(400, f"{what} is nested too deeply.", "malformed_json") from error
    except ValueError as error:  # e.g. an integer of more than 4,300 digits
        raise ApiError(400, f"{what} is not acceptable JSON: {error}", "malformed_json") from error


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def replace_lone_surrogates(text: str) -> tuple[str, int]:
    """Each lone surrogate becomes U+FFFD, one for one, so every offset stays valid."""
    return _LONE_SURROGATE.subn(REPLACEMENT, text)


def parse_analyze_request(payload: Any, *, max_text_chars: int) -> AnalyzeRequest:
    """Validate a decoded JSON body; raise :class:`ApiError` (413/422) naming the field."""
    if not isinstance(payload, Mapping):
        raise ApiError(422, "The request body must be a JSON object.", "invalid_body")
    text = payload.get("text")
    if not isinstance(text, str):
        raise invalid_field("text", "required, and must be a string")
    if not text.strip():
        raise invalid_field("text", "must contain some non-whitespace text")
    if len(text) > max_text_chars:
        raise ApiError(
            413, f"text: {len(text):,} characters is over the limit of {max_text_chars:,}.", "text_too_long"
        )
    text, replaced = replace_lone_surrogates(text)
    title = _optional_string(payload, "title", MAX_TITLE_CHARS)
    title = replace_lone_surrogates(title)[0] if title else None
    url = _optional_string(payload, "url", MAX_URL_CHARS)
    options, warnings = parse_options(payload.get("options"))
    if replaced:
        warnings += (
            f"text: {replaced} lone surrogate code point(s), which are not valid Unicode text, "
            "were read as U+FFFD; offsets are unchanged.",
        )
    return AnalyzeRequest(Article(text, title or None, options), url, warnings)


def _optional_string(payload: Mapping[str, Any], name: str, limit: int) -> str | None:
    value = payload.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise invalid_field(name, "must be a string or null")
    if len(value) > limit:
        raise invalid_field(name, f"must be at most {limit:,} characters")
    return value


def parse_options(raw: Any) -> tuple[AnalyzeOptions, tuple[str, ...]]:
    """Options with defaults filled in, and warnings for the ones ignored."""
    if raw is None:
        return AnalyzeOptions(), ()
    if not isinstance(raw, Mapping):
        raise invalid_field("options", "must be an object")
    count = SUMMARY_LENGTHS["short"]
    length = raw.get("summary_length")
    if length is not None:
        if not isinstance(length, str) or length not in SUMMARY_LENGTHS:
            raise invalid_field("options.summary_length", f"must be one of {', '.join(SUMMARY_LENGTHS)}")
        count = SUMMARY_LENGTHS[length]
    sentences = raw.get("summary_sentences")
    if sentences is not None:
        if isinstance(sentences, float) and sentences.is_integer():
            sentences = int(sentences)  # 4.0 is an integer to JSON Schema (and to JavaScript)
        if isinstance(sentences, bool) or not isinstance(sentences, int):
            raise invalid_field("options.summary_sentences", "must be an integer")
        if not MIN_SUMMARY_SENTENCES <= sentences <= MAX_SUMMARY_SENTENCES:
            raise invalid_field(
                "options.summary_sentences",
                f"must be between {MIN_SUMMARY_SENTENCES} and {MAX_SUMMARY_SENTENCES}",
            )
        count = sentences
    method = raw.get("summary_method", "auto")
    if method is None:
        method = "auto"
    if not isinstance(method, str) or method not in METHODS:
        raise invalid_field("options.summary_method", f"must be one of {', '.join(METHODS)}")
    unknown = sorted(str(key) for key in raw if key not in KNOWN_OPTIONS)
    warnings = tuple(f"Unknown option {name!r} was ignored." for name in unknown)
    return AnalyzeOptions(summary_sentences=count, summary_method=method), warnings
