"""Checks shared by the API tests: the error shape, and that every offset points into the text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def error_of(response: Any) -> dict[str, str]:
    """The ``error`` object of a JSON error response, after checking its documented shape."""
    assert response.content_type == "application/json", response.get_data()[:200]
    body = response.get_json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert isinstance(body["error"]["code"], str) and body["error"]["message"].strip()
    return dict(body["error"])


def spans_of(analysis: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every object in a response that carries ``text``/``start_char``/``end_char``."""
    yield from analysis["summary"]["sentences"]
    for actor in analysis["actors"]:
        yield from actor["mentions"]
    for quote in analysis["quotes"]:
        yield quote
        for part in ("cue", "speaker_mention"):
            if quote[part] is not None:
                yield quote[part]


def assert_offsets_valid(text: str, analysis: dict[str, Any]) -> None:
    for span in spans_of(analysis):
        assert 0 <= span["start_char"] <= span["end_char"] <= len(text), span
        assert text[span["start_char"] : span["end_char"]] == span["text"], span
