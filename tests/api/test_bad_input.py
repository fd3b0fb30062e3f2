"""Every kind of bad request: the documented status, a JSON error, and the server still serves.

One table. Each row is a request body (as bytes, so that broken encodings can be sent), its
Content-Type, the status and error code we expect, and for 200s what the response must carry.
After every row, a good request must still succeed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from flask.testing import FlaskClient

from tests.api.responses import assert_offsets_valid, error_of
from tests.fixtures import HARBOUR_ARTICLE

URL = "/api/v1/analyze"
JSON = "application/json"
GOOD = {"text": "The council met on Monday and approved the budget."}
FRENCH = ("Le maire de la ville a annoncé mardi que le nouveau pont sera ouvert au public avant la fin "
          "de l'année. « C'est une étape importante pour nous », a-t-il déclaré devant les habitants "
          "qui attendaient depuis des mois une réponse de la mairie sur les travaux.")
ARABIC = "قال رئيس البلدية إن الجسر الجديد سيفتح قبل نهاية العام. «هذه خطوة مهمة»، قال أمام السكان."
HEBREW = "ראש העיר אמר כי הגשר החדש ייפתח לפני סוף השנה. „זה צעד חשוב”, אמר לתושבים."
HTML = ("<html><head><script>alert('x')</script></head><body><h1>Harbour vote</h1>"
        "<p>Commissioner <b>Dana Whitfield</b> said &ldquo;yes&rdquo; &amp; left.</p></body></html>")
LONG_ARTICLE = "\n\n".join(f"Part {n}. {HARBOUR_ARTICLE}" for n in range(300))[:200_000]


def body(payload: Any) -> bytes:
    return json.dumps(payload).encode("utf-8")


def has_warning(fragment: str) -> Callable[[dict[str, Any]], bool]:
    return lambda analysis: any(fragment in w for w in analysis["meta"]["warnings"])


def not_english(analysis: dict[str, Any]) -> bool:
    return analysis["meta"]["language"] != "en" and has_warning("not English")(analysis)


@dataclass(frozen=True)
class Case:
    id: str
    data: bytes
    status: int
    code: str | None = None  # the error code, for errors
    content_type: str | None = JSON
    check: Callable[[dict[str, Any]], bool] | None = None  # for 200s: what the analysis must show


CASES = [
    # Not JSON, or not the JSON we take.
    Case("malformed-json", b'{"text": "unclosed', 400, "malformed_json"),
    Case("empty-body", b"", 400, "malformed_json"),
    Case("invalid-utf8", b'{"text": "caf\xe9 \xff\xfe"}', 400, "malformed_json"),
    Case("utf16-body", '{"text": "hello"}'.encode("utf-16"), 400, "malformed_json"),
    Case("nan-constant", b'{"text": "ok", "options": {"summary_sentences": NaN}}', 400, "malformed_json"),
    Case("huge-integer-literal", b'{"text": "ok", "n": ' + b"9" * 5000 + b"}", 400, "malformed_json"),
    Case("deeply-nested", b"[" * 100_000 + b"]" * 100_000, 400, "malformed_json"),
    Case("json-array", body(["text"]), 422, "invalid_body"),
    Case("json-string", body("an article"), 422, "invalid_body"),
    Case("json-number", body(42), 422, "invalid_body"),
    Case("json-null", b"null", 422, "invalid_body"),
    # The text field.
    Case("missing-text", body({"title": "No text"}), 422, "invalid_field"),
    Case("null-text", body({"text": None}), 422, "invalid_field"),
    Case("empty-text", body({"text": ""}), 422, "invalid_field"),
    Case("whitespace-text", body({"text": " \n\t\u00a0\u2003 "}), 422, "invalid_field"),
    Case("number-text", body({"text": 42}), 422, "invalid_field"),
    Case("list-text", body({"text": ["a", "b"]}), 422, "invalid_field"),
    Case("object-text", body({"text": {"body": "a"}}), 422, "invalid_field"),
    Case("bool-text", body({"text": True}), 422, "invalid_field"),
    Case("one-word-1mb", body({"text": "a" * 1_000_000}), 413, "text_too_long"),
    Case("one-word-repeated-1mb", body({"text": "word " * 200_000}), 413, "text_too_long"),
    Case("body-over-2mib", body({"text": "x" * (2 * 1024 * 1024)}), 413, "payload_too_large"),
    # Other fields.
    Case("number-title", body({**GOOD, "title": 7}), 422, "invalid_field"),
    Case("huge-title", body({**GOOD, "title": "t" * 5000}), 422, "invalid_field"),
    Case("list-url", body({**GOOD, "url": ["https://example.org"]}), 422, "invalid_field"),
    Case("string-options", body({**GOOD, "options": "short"}), 422, "invalid_field"),
    Case("list-options", body({**GOOD, "options": [1]}), 422, "invalid_field"),
    Case("string-count", body({**GOOD, "options": {"summary_sentences": "3"}}), 422, "invalid_field"),
    Case("float-count", body({**GOOD, "options": {"summary_sentences": 2.5}}), 422, "invalid_field"),
    Case("bool-count", body({**GOOD, "options": {"summary_sentences": True}}), 422, "invalid_field"),
    Case("zero-count", body({**GOOD, "options": {"summary_sentences": 0}}), 422, "invalid_field"),
    Case("negative-count", body({**GOOD, "options": {"summary_sentences": -3}}), 422, "invalid_field"),
    Case("huge-count", body({**GOOD, "options": {"summary_sentences": 10**40}}), 422, "invalid_field"),
    Case("overflowing-float-count", b'{"text": "ok", "options": {"summary_sentences": 1e400}}', 422, "invalid_field"),
    Case("bad-length", body({**GOOD, "options": {"summary_length": "epic"}}), 422, "invalid_field"),
    Case("null-length-ok", body({**GOOD, "options": {"summary_length": None}}), 200),
    Case("number-method", body({**GOOD, "options": {"summary_method": 3}}), 422, "invalid_field"),
    Case("unknown-option", body({**GOOD, "options": {"tone": "warm"}}), 200,
         check=has_warning("Unknown option 'tone'")),
    Case("unknown-field", body({**GOOD, "byline": "A. Writer", "siteName": "Example"}), 200),
    # Content types.
    Case("text-plain", body(GOOD), 415, "unsupported_media_type", content_type="text/plain"),
    Case("form-encoded", b"text=hello", 415, "unsupported_media_type",
         content_type="application/x-www-form-urlencoded"),
    Case("no-content-type", body(GOOD), 415, "unsupported_media_type", content_type=None),
    # Strange but valid text: analysed, offsets still valid.
    Case("lone-surrogates", b'{"text": "Mayor Ann Lee said \\ud800 the plan \\udfff works."}', 200,
         check=has_warning("lone surrogate")),
    Case("nul-bytes", body({"text": "Mayor Ann Lee said\u0000 the plan works.\u0000"}), 200),
    Case("control-characters", body({"text": "".join(map(chr, range(1, 32))) * 10}), 200),
    Case("only-emoji", body({"text": "😀🎉🔥🌊" * 200}), 200, check=not_english),
    Case("arabic-rtl", body({"text": ARABIC}), 200, check=not_english),
    Case("hebrew-rtl", body({"text": HEBREW}), 200, check=not_english),
    Case("french", body({"text": FRENCH}), 200, check=not_english),
    Case("html-as-text", body({"text": HTML}), 200),
    Case("one-word-under-limit", body({"text": "a" * 290_000}), 200),
    Case("article-200k-chars", body({"text": LONG_ARTICLE}), 200,
         check=lambda a: a["meta"]["chars"] == 200_000 and len(a["quotes"]) > 100),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input_gets_its_documented_answer(client: FlaskClient, case: Case) -> None:
    response = client.post(URL, data=case.data, content_type=case.content_type)
    assert response.status_code == case.status, response.get_data()[:300]
    if case.code is not None:
        assert error_of(response)["code"] == case.code
    else:
        analysis = response.get_json()
        sent = re.sub("[\ud800-\udfff]", "\ufffd", json.loads(case.data)["text"])  # as documented
        assert_offsets_valid(sent, analysis)
        assert not has_warning("step failed")(analysis)
        if case.check is not None:
            assert case.check(analysis), analysis["meta"]
    good = client.post(URL, data=body(GOOD), content_type=JSON)
    assert good.status_code == 200


def test_an_over_long_text_names_the_limit(client: FlaskClient) -> None:
    message = error_of(client.post(URL, data=body({"text": "a" * 300_001}), content_type=JSON))["message"]
    assert "300,000" in message and "300,001" in message


def test_lone_surrogates_become_replacement_characters_one_for_one(client: FlaskClient) -> None:
    sent = b'{"text": "Mayor Ann Lee spoke \\ud83d at the harbour today about the new budget plan."}'
    analysis = client.post(URL, data=sent, content_type=JSON).get_json()
    assert analysis["meta"]["chars"] == 69
    assert analysis["summary"]["sentences"][0]["text"] == (
        "Mayor Ann Lee spoke \ufffd at the harbour today about the new budget plan.")
    assert [m["start_char"] for m in analysis["actors"][0]["mentions"]] == [6]
