"""The OpenAPI 3 description of the API, served at ``/api/v1/openapi.json``."""

from __future__ import annotations

from typing import Any

from newsbrief import __version__
from newsbrief.analysis.options import MAX_SUMMARY_SENTENCES, MIN_SUMMARY_SENTENCES, SUMMARY_LENGTHS
from newsbrief.analysis.summary import METHODS

_OFFSETS = (
    "Offsets are in Unicode code points into the `text` the client sent: "
    "`text[start_char:end_char]` equals the span's `text`. (JavaScript strings index UTF-16 "
    "code units: convert when the text holds characters outside the Basic Multilingual Plane.)"
)


def _span(description: str) -> dict[str, Any]:
    return {
        "type": "object",
        "description": description,
        "required": ["text", "start_char", "end_char"],
        "properties": {
            "text": {"type": "string"},
            "start_char": {"type": "integer", "minimum": 0},
            "end_char": {"type": "integer", "minimum": 0},
        },
    }


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"oneOf": [schema, {"type": "null"}]}


def _error_response(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }


_FORBIDDEN = _error_response(
    "Refused before any work: the Host header is not localhost, 127.0.0.1, [::1] or a configured name "
    "(`forbidden_host`, against DNS rebinding), or the request carries an Origin that is not a browser "
    "extension's (`forbidden_origin`: web pages may not use this server)."
)

REQUEST_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["text"],
    "description": "Other top-level fields (byline, siteName, lang, …) are accepted and ignored.",
    "properties": {
        "text": {"type": "string", "minLength": 1, "pattern": "\\S",
                 "description": "The article text, paragraphs separated by newlines; at most 300,000 "
                 "characters (413 above). Lone surrogates (\\ud800–\\udfff, not valid Unicode text) "
                 "are read as U+FFFD, one for one, with a warning, so offsets are unchanged."},
        "title": {"type": ["string", "null"], "maxLength": 1000},
        "url": {"type": ["string", "null"], "maxLength": 4096},
        "options": {
            "type": ["object", "null"],
            "description": "Unknown options are ignored and reported in meta.warnings.",
            "properties": {
                "summary_length": {"type": ["string", "null"], "enum": [*SUMMARY_LENGTHS, None], "default": "short",
                                   "description": "short/medium/long = 3/5/7 sentences."},
                "summary_sentences": {"type": ["integer", "null"], "minimum": MIN_SUMMARY_SENTENCES,
                                      "maximum": MAX_SUMMARY_SENTENCES,
                                      "description": "An exact count; overrides summary_length."},
                "summary_method": {"type": ["string", "null"], "enum": [*METHODS, None], "default": "auto"},
            },
        },
    },
}

QUOTE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": (
        "`direct`: a quoted sentence or passage; `partial`: a quoted fragment inside the reporter's "
        "sentence; `indirect`: reported speech, `text` is the reported clause. `text` is what is "
        "inside the quote marks. A split quote (“First,” she said, “second.”) and a quote running "
        "over several paragraphs come as one quote per part, each with the same speaker. A quoted "
        "sentence with no cue of its own continues the previous quote: same speaker, `cue` null."
    ),
    "required": ["text", "start_char", "end_char", "kind", "speaker", "speaker_id",
                 "speaker_mention", "cue", "confidence"],
    "properties": {
        "text": {"type": "string"},
        "start_char": {"type": "integer", "minimum": 0},
        "end_char": {"type": "integer", "minimum": 0},
        "kind": {"type": "string", "enum": ["direct", "partial", "indirect"]},
        "speaker": {"type": ["string", "null"], "description": "The actor's name; null when the article does not say."},
        "speaker_id": {"type": ["string", "null"], "description": "The id of the speaker in `actors`."},
        "speaker_mention": _nullable(_span("Where the speaker is named or referred to (may be a pronoun).")),
        "cue": _nullable(_span("The speech verb or phrase ('said', 'according to'), or the dash or colon that introduces the quote.")),
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
    },
}

ACTOR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["id", "name", "kind", "roles", "mention_count", "quote_count", "salience", "mentions"],
    "properties": {
        "id": {"type": "string", "pattern": "^a[0-9]+$"},
        "name": {"type": "string", "description": "The fullest name the article gives."},
        "kind": {
            "type": "string", "enum": ["person", "organization", "place", "group"],
            "description": "`group`: a collective (\"Democrats\"), or people quoted together, named after its "
                           "members (\"Ann Lee and Bo Ray\")",
        },
        "roles": {"type": "array", "items": {"type": "string"}},
        "mention_count": {"type": "integer", "minimum": 0},
        "quote_count": {"type": "integer", "minimum": 0},
        "salience": {"type": "number", "minimum": 0, "maximum": 1},
        "mentions": {"type": "array", "items": _span("One mention of the actor.")},
    },
}

ANALYSIS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["summary", "actors", "quotes", "meta"],
    "properties": {
        "summary": {
            "type": "object",
            "required": ["method", "sentences"],
            "properties": {
                "method": {"type": "string"},
                "sentences": {"type": "array", "description": "In article order.", "items": {
                    "type": "object",
                    "required": ["text", "start_char", "end_char", "score"],
                    "properties": {
                        "text": {"type": "string"},
                        "start_char": {"type": "integer", "minimum": 0},
                        "end_char": {"type": "integer", "minimum": 0},
                        "score": {"type": "number"},
                    },
                }},
            },
        },
        "actors": {"type": "array", "description": "Most salient first.", "items": {"$ref": "#/components/schemas/Actor"}},
        "quotes": {"type": "array", "description": "In article order.", "items": {"$ref": "#/components/schemas/Quote"}},
        "meta": {
            "type": "object",
            "required": ["language", "model", "version", "chars", "sentences", "elapsed_ms", "warnings"],
            "properties": {
                "language": {"type": "string", "description": "ISO 639-1 code, or 'und'."},
                "model": {"type": "string"},
                "version": {"type": "string"},
                "chars": {"type": "integer", "minimum": 0},
                "sentences": {"type": "integer", "minimum": 0},
                "elapsed_ms": {"type": "number", "minimum": 0},
                "warnings": {"type": "array", "items": {"type": "string"}},
            },
        },
    },
}


def openapi_spec() -> dict[str, Any]:
    """The whole OpenAPI 3.1 document."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "NewsBrief local API",
            "version": __version__,
            "description": "Summary, key actors with roles and attributed quotes of a news article, "
            "computed on this machine. " + _OFFSETS,
        },
        "servers": [{"url": "http://127.0.0.1:8765"}],
        "paths": {
            "/api/v1/analyze": {"post": {
                "summary": "Analyse one article",
                "requestBody": {"required": True, "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/AnalyzeRequest"}}}},
                "responses": {
                    "200": {"description": "The analysis.", "headers": {"X-NewsBrief-Cache": {
                        "description": "`hit` when served from the in-memory result cache, else `miss`.",
                        "schema": {"type": "string", "enum": ["hit", "miss"]}}},
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Analysis"}}}},
                    "400": _error_response("The body is not valid JSON (or uses NaN/Infinity, an integer of over "
                                           "4,300 digits, or nesting too deep), or is not UTF-8."),
                    "403": _FORBIDDEN,
                    "413": _error_response("The body is over 2 MiB, or the text over 300,000 characters; the "
                                           "message gives the limit."),
                    "415": _error_response("The body is not sent as application/json."),
                    "422": _error_response("A field is missing or invalid; the message names it."),
                    "503": _error_response("The spaCy pipeline is not installed, or an analysis worker process "
                                           "died (it is restarted: send the request again)."),
                },
            }},
            "/api/v1/health": {"get": {
                "summary": "Is the server up, and with which model",
                "responses": {
                    "200": {"description": "Up.", "content": {"application/json": {"schema": {
                        "type": "object", "required": ["status", "model", "version"],
                        "properties": {"status": {"const": "ok"}, "model": {"type": "string"},
                                       "version": {"type": "string"}}}}}},
                    "403": _FORBIDDEN,
                    "503": _error_response("The spaCy pipeline is not installed."),
                },
            }},
            "/api/v1/openapi.json": {"get": {
                "summary": "This document",
                "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {}}},
                              "403": _FORBIDDEN},
            }},
        },
        "components": {"schemas": {
            "AnalyzeRequest": REQUEST_SCHEMA,
            "Analysis": ANALYSIS_SCHEMA,
            "Actor": ACTOR_SCHEMA,
            "Quote": QUOTE_SCHEMA,
            "Error": {"type": "object", "required": ["error"], "properties": {"error": {
                "type": "object", "required": ["code", "message"],
                "properties": {"code": {"type": "string"}, "message": {"type": "string"}}}}},
        }},
    }
