from __future__ import annotations

from typing import Any

import pytest

from newsbrief.errors import ApiError
from newsbrief.validation import parse_analyze_request


def parse(payload: Any, limit: int = 1000):
    return parse_analyze_request(payload, max_text_chars=limit)


def test_defaults() -> None:
    request = parse({"text": "Some text.", "byline": "ignored"})
    assert request.article.options.summary_sentences == 3
    assert request.article.options.summary_method == "auto"
    assert request.article.title is None and request.warnings == ()


@pytest.mark.parametrize(
    ("options", "count"),
    [({"summary_length": "medium"}, 5), ({"summary_length": "long"}, 7),
     ({"summary_length": "long", "summary_sentences": 2}, 2), ({"summary_sentences": 10}, 10)],
)
def test_length_and_exact_count(options: dict[str, Any], count: int) -> None:
    assert parse({"text": "x", "options": options}).article.options.summary_sentences == count


def test_unknown_options_are_ignored_with_a_warning() -> None:
    request = parse({"text": "x", "options": {"colour": "blue"}})
    assert request.warnings == ("Unknown option 'colour' was ignored.",)


@pytest.mark.parametrize(
    ("payload", "status", "field"),
    [
        ([1, 2], 422, "body"),
        ({}, 422, "text"),
        ({"text": None}, 422, "text"),
        ({"text": 5}, 422, "text"),
        ({"text": "  \n "}, 422, "text"),
        ({"text": "x" * 1001}, 413, "text"),
        ({"text": "x", "title": 3}, 422, "title"),
        ({"text": "x", "options": []}, 422, "options"),
        ({"text": "x", "options": {"summary_length": "huge"}}, 422, "summary_length"),
        ({"text": "x", "options": {"summary_length": ["short"]}}, 422, "summary_length"),
        ({"text": "x", "options": {"summary_sentences": 0}}, 422, "summary_sentences"),
        ({"text": "x", "options": {"summary_sentences": 11}}, 422, "summary_sentences"),
        ({"text": "x", "options": {"summary_sentences": True}}, 422, "summary_sentences"),
        ({"text": "x", "options": {"summary_sentences": 10**40}}, 422, "summary_sentences"),
        ({"text": "x", "options": {"summary_sentences": 2.5}}, 422, "summary_sentences"),
        ({"text": "x", "options": {"summary_method": "magic"}}, 422, "summary_method"),
    ],
)
def test_bad_fields_are_named(payload: Any, status: int, field: str) -> None:
    with pytest.raises(ApiError) as caught:
        parse(payload)
    assert caught.value.status_code == status
    assert field in caught.value.message
