"""Property tests on the request side: any bytes, any JSON value → an answer or a documented error."""

from __future__ import annotations

import json
import os

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.errors import ApiError
from newsbrief.validation import decode_json_body, parse_analyze_request, replace_lone_surrogates

EXAMPLES = int(os.environ.get("NEWSBRIEF_PROPERTY_EXAMPLES", "150"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None)

# Unicode with lone surrogates, as a JSON parser can hand them to us.
raw_text = st.text(st.characters(codec=None, exclude_categories=()) | st.characters(min_codepoint=0xD800,
                   max_codepoint=0xDFFF, categories=["Cs"]), max_size=200)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | raw_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(raw_text, inner, max_size=4),
    max_leaves=12,
)
option_values = st.none() | st.integers(-5, 20) | st.floats() | st.sampled_from(["short", "lead", "x", ""])
payloads = st.fixed_dictionaries(
    {"text": st.none() | raw_text | st.integers()},
    optional={"title": st.none() | raw_text, "url": st.none() | raw_text | st.integers(),
              "options": st.none() | st.dictionaries(
                  st.sampled_from(["summary_sentences", "summary_length", "summary_method", "tone"]),
                  option_values)},
)


@SETTINGS
@given(st.binary(max_size=300))
def test_any_body_decodes_or_is_a_400(data: bytes) -> None:
    try:
        decode_json_body(data)
    except ApiError as error:
        assert error.status_code == 400 and error.code == "malformed_json"


@SETTINGS
@given(st.one_of(json_values, payloads))
def test_any_json_value_is_a_request_or_a_documented_error(payload: object) -> None:
    try:
        request = parse_analyze_request(payload, max_text_chars=150)
    except ApiError as error:
        assert error.status_code in (413, 422)
        assert error.message
        return
    text = request.article.text
    assert text.strip() and len(text) <= 150
    text.encode("utf-8")  # no lone surrogate survives: spaCy can take it
    assert 1 <= request.article.options.summary_sentences <= 10
    json.dumps(request.warnings)


@SETTINGS
@given(raw_text)
def test_surrogate_replacement_keeps_every_offset(text: str) -> None:
    replaced, count = replace_lone_surrogates(text)
    assert len(replaced) == len(text)
    replaced.encode("utf-8")
    assert count == sum(a != b for a, b in zip(text, replaced, strict=True))
