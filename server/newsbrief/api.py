"""The HTTP API, version 1: analyze, health, and its own OpenAPI description."""

from __future__ import annotations

import threading
from typing import Any

from flask import Blueprint, Response, current_app, request

from newsbrief import __version__
from newsbrief.analysis.analyzer import Analyzer
from newsbrief.analysis.pipeline import ModelNotFoundError
from newsbrief.cache import ResultCache, cache_key
from newsbrief.errors import ApiError
from newsbrief.memory import release_free_memory
from newsbrief.openapi import openapi_spec
from newsbrief.validation import decode_json_body, parse_analyze_request
from newsbrief.workers import Backend, LocalBackend, WorkerCrashed

bp = Blueprint("api", __name__, url_prefix="/api/v1")
ANALYZER_KEY = "newsbrief.analyzer"
BACKEND_KEY = "newsbrief.backend"
CACHE_KEY = "newsbrief.cache"
CACHE_HEADER = "X-NewsBrief-Cache"
_load_lock = threading.Lock()


def get_analyzer() -> Analyzer:
    """The app's analyzer, loading the spaCy pipeline on first use."""
    extensions = current_app.extensions
    if ANALYZER_KEY not in extensions:
        with _load_lock:
            if ANALYZER_KEY not in extensions:
                try:
                    extensions[ANALYZER_KEY] = Analyzer.load(current_app.config["SPACY_MODEL"])
                except ModelNotFoundError as error:
                    raise ApiError(503, str(error), "model_unavailable") from error
    analyzer: Analyzer = extensions[ANALYZER_KEY]
    return analyzer


def get_backend() -> Backend:
    """Worker processes when ``serve --workers N`` set them up, else this process's analyzer."""
    backend: Backend | None = current_app.extensions.get(BACKEND_KEY)
    return backend if backend is not None else LocalBackend(get_analyzer())


def get_cache() -> ResultCache:
    cache: ResultCache = current_app.extensions[CACHE_KEY]
    return cache


@bp.post("/analyze")
def analyze() -> Response:
    if not request.is_json:
        raise ApiError(415, "Send the article as JSON with Content-Type: application/json.")
    payload = decode_json_body(request.get_data(cache=False))
    analyze_request = parse_analyze_request(payload, max_text_chars=current_app.config["MAX_TEXT_CHARS"])
    backend = get_backend()
    cache = get_cache()
    key = cache_key(analyze_request.article, analyze_request.warnings, backend.model)
    body = cache.get(key)
    hit = body is not None
    if body is None:
        try:
            result = backend.analyze(analyze_request.article, analyze_request.warnings)
        except WorkerCrashed as error:
            raise ApiError(503, str(error) + " Send the request again.", "worker_crashed") from error
        body = current_app.json.dumps(result).encode("utf-8")
        if not any("step failed" in w for w in result["meta"]["warnings"]):  # a failure may be transient
            cache.put(key, body)
    response = current_app.response_class(body, mimetype="application/json")
    response.headers[CACHE_HEADER] = "hit" if hit else "miss"
    if not hit and isinstance(backend, LocalBackend):
        response.call_on_close(release_free_memory)  # after the reader has the answer
    return response


@bp.get("/health")
def health() -> dict[str, Any]:
    return {"status": "ok", "model": get_backend().model, "version": __version__}


@bp.get("/openapi.json")
def openapi() -> dict[str, Any]:
    return openapi_spec()
