"""No article text in the server's log at the default level, even when an analysis step fails."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest

from newsbrief.analysis.analyzer import Article
from newsbrief.api import BACKEND_KEY
from newsbrief.app import create_app
from newsbrief.logs import FORMAT, RedactingFormatter

SECRET = "Whistleblower Quentin Marlowe"


class ExplodingBackend:
    """A backend whose analysis fails with the article's words in the exception message."""

    model, workers = "test-model", 1

    def analyze(self, article: Article, warnings: tuple[str, ...]) -> dict[str, Any]:
        raise KeyError(article.text[:30])

    def close(self) -> None:
        """Nothing to release."""


def test_an_error_is_logged_without_its_message(caplog: pytest.LogCaptureFixture) -> None:
    app = create_app({"TESTING": True})
    app.extensions[BACKEND_KEY] = ExplodingBackend()
    with caplog.at_level(logging.INFO):
        response = app.test_client().post("/api/v1/analyze", data=json.dumps({"text": SECRET + " said no."}),
                                          content_type="application/json")
    assert response.status_code == 500 and response.get_json()["error"]["code"] == "internal_error"
    formatted = "\n".join(RedactingFormatter(FORMAT).format(record) for record in caplog.records)
    assert "KeyError (message withheld" in formatted and "api.py" in formatted
    assert "Quentin" not in formatted
    for record in caplog.records:
        record.exc_text = None  # drop the redacted cache: a plain formatter (debug level) shows the message
    assert any("Quentin" in logging.Formatter(FORMAT).format(r) for r in caplog.records)
