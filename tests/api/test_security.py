"""Who may call the server: Host allow-list (DNS rebinding), Origin policy, CORS preflights.

A counting backend stands in for the analyser so that "refused before any analysis work" is
observed, not assumed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from newsbrief.analysis.analyzer import Analyzer, Article
from newsbrief.api import BACKEND_KEY
from newsbrief.app import create_app
from newsbrief.security import host_name, is_extension_origin
from tests.api.responses import error_of

URL = "/api/v1/analyze"
CHROME = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
FIREFOX = "moz-extension://0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
GOOD = json.dumps({"text": "The council met on Monday and approved the budget."})


class CountingBackend:
    """Analyses with the real analyzer and counts how often it was asked to."""

    workers = 1

    def __init__(self, analyzer: Analyzer) -> None:
        self.analyzer, self.model, self.calls = analyzer, analyzer.model, 0

    def analyze(self, article: Article, warnings: tuple[str, ...]) -> dict[str, Any]:
        self.calls += 1
        return self.analyzer.analyze(article).with_warnings(warnings).to_dict()

    def close(self) -> None:
        """Nothing to release."""


@pytest.fixture()
def guarded(analyzer: Analyzer) -> Iterator[tuple[Flask, CountingBackend]]:
    app = create_app({"TESTING": True, "LOG_REQUESTS": False, "ALLOWED_HOSTS": "newsbrief.lan, 192.168.1.20",
                      "RESULT_CACHE_ENTRIES": 0})
    backend = CountingBackend(analyzer)
    app.extensions[BACKEND_KEY] = backend
    yield app, backend


def post(client: FlaskClient, **headers: str) -> Any:
    return client.post(URL, data=GOOD, content_type="application/json", headers=headers)


@pytest.mark.parametrize(("host", "served"), [
    ("localhost", True), ("localhost:8765", True), ("LOCALHOST:8765", True), ("127.0.0.1:8765", True),
    ("[::1]:8765", True), ("newsbrief.lan:8765", True), ("192.168.1.20", True), ("localhost.:8765", True),
    ("evil.example", False), ("evil.example:8765", False), ("localhost.evil.example", False),
    ("127.0.0.1.nip.io:8765", False), ("127.0.0.2:8765", False), ("[::2]:8765", False), ("", False),
])
def test_only_allowed_host_names_are_served(guarded: tuple[Flask, CountingBackend], host: str, served: bool) -> None:
    app, backend = guarded
    response = post(app.test_client(), Host=host)
    if served:
        assert response.status_code == 200
        assert backend.calls == 1
    else:
        assert response.status_code == 403
        assert error_of(response)["code"] == "forbidden_host"
        assert backend.calls == 0


@pytest.mark.parametrize(("origin", "served"), [
    (CHROME, True), (FIREFOX, True),
    ("https://evil.example", False), ("http://127.0.0.1:8765", False), ("http://localhost", False),
    ("null", False), ("file://", False), ("chrome-extension://short", False),
    ("chrome-extension://qrstuvwxyzqrstuvwxyzqrstuvwxyzqr", False), (CHROME + ".evil.example", False),
    ("moz-extension://not-a-uuid", False), ("", False),
])
def test_only_extension_origins_are_served(guarded: tuple[Flask, CountingBackend], origin: str, served: bool) -> None:
    app, backend = guarded
    response = post(app.test_client(), Origin=origin)
    if served:
        assert response.status_code == 200
        assert response.headers["Access-Control-Allow-Origin"] == origin
    else:
        assert response.status_code == 403
        assert error_of(response)["code"] == "forbidden_origin"
        assert "Access-Control-Allow-Origin" not in response.headers
        assert backend.calls == 0


def test_a_web_page_cannot_even_send_a_simple_request(guarded: tuple[Flask, CountingBackend]) -> None:
    """A form post (text/plain, no preflight) from a page carries its Origin: refused before the 415."""
    app, backend = guarded
    response = app.test_client().post(URL, data=GOOD, content_type="text/plain",
                                      headers={"Origin": "https://evil.example"})
    assert response.status_code == 403 and backend.calls == 0


def test_no_origin_means_a_non_browser_client_and_is_served(guarded: tuple[Flask, CountingBackend]) -> None:
    app, backend = guarded
    assert post(app.test_client()).status_code == 200 and backend.calls == 1


@pytest.mark.parametrize(("origin", "status", "cors"), [(CHROME, 200, True), ("https://evil.example", 403, False)])
def test_preflight(guarded: tuple[Flask, CountingBackend], origin: str, status: int, cors: bool) -> None:
    app, _ = guarded
    response = app.test_client().options(URL, headers={
        "Origin": origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"})
    assert response.status_code == status
    assert ("Access-Control-Allow-Origin" in response.headers) is cors
    if cors:
        assert "content-type" in response.headers["Access-Control-Allow-Headers"].lower()
        assert "POST" in response.headers["Access-Control-Allow-Methods"]


def test_pinned_extension_ids_refuse_other_extensions(analyzer: Analyzer) -> None:
    other = "chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba"
    app = create_app({"TESTING": True, "LOG_REQUESTS": False, "EXTENSION_IDS": ["abcdefghijklmnopabcdefghijklmnop"]})
    app.extensions["newsbrief.analyzer"] = analyzer
    client = app.test_client()
    assert post(client, Origin=CHROME).status_code == 200
    refused = post(client, Origin=other)
    assert refused.status_code == 403 and "Access-Control-Allow-Origin" not in refused.headers


@pytest.mark.parametrize(("header", "name"), [
    ("Example.ORG:80", "example.org"), ("[::1]:8765", "::1"), ("[::1]", "::1"), ("::1", "::1"),
    ("127.0.0.1", "127.0.0.1"), ("localhost.", "localhost"), (" localhost ", "localhost"),
])
def test_host_name_parsing(header: str, name: str) -> None:
    assert host_name(header) == name


def test_extension_origin_pinning() -> None:
    assert is_extension_origin(CHROME)
    assert is_extension_origin(CHROME, ["abcdefghijklmnopabcdefghijklmnop"])
    assert not is_extension_origin(CHROME, ["ponmlkjihgfedcbaponmlkjihgfedcba"])
    assert not is_extension_origin("https://" + CHROME[len("chrome-extension://"):])
