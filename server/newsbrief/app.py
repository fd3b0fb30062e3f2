"""The Flask application factory."""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import Any

from flask import Flask, Response, g, request
from flask_cors import CORS

from newsbrief.api import bp as api_bp
from newsbrief.errors import register_error_handlers

access_log = logging.getLogger("newsbrief.access")

# Only browser extensions may call the API from a browser; web pages get no CORS headers.
EXTENSION_ORIGINS = [r"^chrome-extension://[a-p]{32}$", r"^moz-extension://[0-9a-f-]{36}$"]


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(
        SPACY_MODEL=None,  # None: NEWSBRIEF_SPACY_MODEL, else the default English pipeline
        MAX_CONTENT_LENGTH=2 * 1024 * 1024,
        MAX_TEXT_CHARS=300_000,
        LOG_REQUESTS=True,
    )
    app.config.from_prefixed_env("NEWSBRIEF")
    if test_config is not None:
        app.config.from_mapping(test_config)
    app.json.sort_keys = False  # type: ignore[attr-defined]  # keep the documented field order
    CORS(app, resources={r"/api/*": {"origins": EXTENSION_ORIGINS}})
    app.register_blueprint(api_bp)
    register_error_handlers(app)
    if app.config["LOG_REQUESTS"]:
        app.before_request(_start_timer)
        app.after_request(_log_request)
    return app


def _start_timer() -> None:
    g.newsbrief_started = time.perf_counter()


def _log_request(response: Response) -> Response:
    """One line per request: method, path, status, time. Never the article text."""
    elapsed = (time.perf_counter() - g.get("newsbrief_started", time.perf_counter())) * 1000
    access_log.info("%s %s %s %.0fms", request.method, request.path, response.status_code, elapsed)
    return response
