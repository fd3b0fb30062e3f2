"""The HTTP API, version 1: analyze, health, and its own OpenAPI description."""

from __future__ import annotations

import json
import threading
from typing import Any

from flask import Blueprint, current_app, request

from newsbrief import __version__
from newsbrief.analysis.analyzer import Analyzer
from newsbrief.analysis.pipeline import ModelNotFoundError
from newsbrief.errors import ApiError
from newsbrief.openapi import openapi_spec
from newsbrief.validation import parse_analyze_request

bp = Blueprint("api", __name__, url_prefix="/api/v1")
ANALYZER_KEY = "newsbrief.analyzer"
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


@bp.post("/analyze")
def analyze() -> dict[str, Any]:
    if not request.is_json:
        raise ApiError(415, "Send the article as JSON with Content-Type: application/json.")
    payload = _decode_json(request.get_data(cache=False))
    analyze_request = parse_analyze_request(payload, max_text_chars=current_app.config["MAX_TEXT_CHARS"])
    analysis = get_analyzer().analyze(analyze_request.article)
    return analysis.with_warnings(analyze_request.warnings).to_dict()


def _decode_json(body: bytes) -> Any:
    try:
        return json.loads(body.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise ApiError(400, "The request body is not valid UTF-8.", "malformed_json") from error
    except json.JSONDecodeError as error:
        message = f"The request body is not valid JSON: {error.msg} at character {error.pos}."
        raise ApiError(400, message, "malformed_json") from error


@bp.get("/health")
def health() -> dict[str, Any]:
    return {"status": "ok", "model": get_analyzer().model, "version": __version__}


@bp.get("/openapi.json")
def openapi() -> dict[str, Any]:
    return openapi_spec()
