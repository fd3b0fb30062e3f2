"""The same request twice: the second is served from the cache, byte for byte, without analysis."""

from __future__ import annotations

import json

from flask import Flask

from newsbrief.api import BACKEND_KEY, CACHE_HEADER
from newsbrief.app import create_app
from tests.api.test_security import CountingBackend
from tests.fixtures import HARBOUR_ARTICLE

URL = "/api/v1/analyze"


def make_app(analyzer, **config) -> tuple[Flask, CountingBackend]:
    app = create_app({"TESTING": True, "LOG_REQUESTS": False, **config})
    backend = CountingBackend(analyzer)
    app.extensions[BACKEND_KEY] = backend
    return app, backend


def post(client, payload: dict):
    return client.post(URL, data=json.dumps(payload), content_type="application/json")


def test_a_repeated_request_is_a_cache_hit(analyzer) -> None:
    app, backend = make_app(analyzer)
    client = app.test_client()
    first = post(client, {"text": HARBOUR_ARTICLE, "title": "Harbour"})
    second = post(client, {"text": HARBOUR_ARTICLE, "title": "Harbour", "url": "https://example.org/other"})
    assert (first.headers[CACHE_HEADER], second.headers[CACHE_HEADER]) == ("miss", "hit")
    assert second.get_data() == first.get_data()
    assert backend.calls == 1


def test_other_options_are_a_miss(analyzer) -> None:
    app, backend = make_app(analyzer)
    client = app.test_client()
    post(client, {"text": HARBOUR_ARTICLE})
    other = post(client, {"text": HARBOUR_ARTICLE, "options": {"summary_sentences": 1}})
    assert other.headers[CACHE_HEADER] == "miss" and len(other.get_json()["summary"]["sentences"]) == 1
    assert backend.calls == 2


def test_the_cache_can_be_turned_off(analyzer) -> None:
    app, backend = make_app(analyzer, RESULT_CACHE_ENTRIES=0)
    client = app.test_client()
    assert [post(client, {"text": HARBOUR_ARTICLE}).headers[CACHE_HEADER] for _ in range(2)] == ["miss", "miss"]
    assert backend.calls == 2


def test_extensions_may_read_the_cache_header(analyzer) -> None:
    app, _ = make_app(analyzer)
    origin = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
    response = app.test_client().post(URL, data=json.dumps({"text": HARBOUR_ARTICLE}),
                                      content_type="application/json", headers={"Origin": origin})
    assert CACHE_HEADER in response.headers["Access-Control-Expose-Headers"]
