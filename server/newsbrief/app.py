"""The Flask application factory."""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import Any

from flask import Flask, Response, g, request
from flask_cors import CORS

from newsbrief import security
from newsbrief.api import CACHE_HEADER, CACHE_KEY
from newsbrief.api import bp as api_bp
from newsbrief.cache import DEFAULT_MAX_BYTES, DEFAULT_MAX_ENTRIES, ResultCache
from newsbrief.errors import register_error_handlers

access_log = logging.getLogger("newsbrief.access")

# Kept for callers of the foundation's name; the policy itself lives in security.py.
EXTENSION_ORIGINS = security.extension_origin_regexes()


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(
        SPACY_MODEL=None,  # None: NEWSBRIEF_SPACY_MODEL, else the default English pipeline
        MAX_CONTENT_LENGTH=2 * 1024 * 1024,
        MAX_TEXT_CHARS=300_000,
        LOG_REQUESTS=True,
        ALLOWED_HOSTS=[],  # Host names served besides localhost, 127.0.0.1 and [::1]
        EXTENSION_IDS=[],  # when set, only these extension ids get CORS and are served
        RESULT_CACHE_ENTRIES=DEFAULT_MAX_ENTRIES,  # 0 disables the result cache
        RESULT_CACHE_BYTES=DEFAULT_MAX_BYTES,
    )
    app.config.from_prefixed_env("NEWSBRIEF")
    if test_config is not None:
        app.config.from_mapping(test_config)
    for name in ("ALLOWED_HOSTS", "EXTENSION_IDS"):  # "a,b" from the environment, or a list
        app.config[name] = _as_list(app.config[name])
    app.json.sort_keys = False  # type: ignore[attr-defined]  # keep the documented field order
    security.install(app)
    CORS(app, resources={r"/api/*": {"origins": security.extension_origin_regexes(app.config["EXTENSION_IDS"])}},
         methods=["GET", "POST", "OPTIONS"], expose_headers=[CACHE_HEADER], max_age=600)
    app.extensions[CACHE_KEY] = ResultCache(app.config["RESULT_CACHE_ENTRIES"], app.config["RESULT_CACHE_BYTES"])
    app.register_blueprint(api_bp)
    register_error_handlers(app)
    if app.config["LOG_REQUESTS"]:
        app.before_request(_start_timer)
        app.after_request(_log_request)
    return app


def _as_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return [str(part) for part in value or ()]


def _start_timer() -> None:
    g.newsbrief_started = time.perf_counter()


def _log_request(response: Response) -> Response:
    """One line per request: method, path, status, time. Never the article text."""
    elapsed = (time.perf_counter() - g.get("newsbrief_started", time.perf_counter())) * 1000
    access_log.info("%s %s %s %.0fms", request.method, request.path, response.status_code, elapsed)
    return response
