"""Property tests: any string in → no exception, no failed step, every offset valid.

Hypothesis draws both arbitrary Unicode and text built from the pieces news articles are made
of (names, speech verbs, every style of quote mark, pronouns, line breaks), which reaches the
quote pairing and speaker resolution far more often than random characters do. Example counts
are bounded for CI; ``NEWSBRIEF_PROPERTY_EXAMPLES`` raises them for a deeper run.
"""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbrief.analysis.analyzer import Analyzer, Article
from newsbrief.analysis.language import detect_language
from newsbrief.analysis.options import AnalyzeOptions
from newsbrief.analysis.quotemarks import find_quoted_spans
from newsbrief.analysis.summary import METHODS
from tests.api.responses import assert_offsets_valid

EXAMPLES = int(os.environ.get("NEWSBRIEF_PROPERTY_EXAMPLES", "150"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PIECES = [
    "Mayor", "Dana Whitfield", "Whitfield", "Dr.", "Marco Feld", "the senator", "The Port Authority",
    "said", "told reporters", "according to", "warned that", "he", "she", "they", "It", "we",
    "“", "”", "\"", "'", "‘", "’", "''", "«", "»", "„", ",", ".", "?", "!", "—", ":", "(", ")",
    "\n", "\n\n", " ", "  ", "plan", "the harbour", "on Tuesday", "2028", "$240 million", "U.S.",
    "SCROLL DOWN FOR VIDEO", "Photo:", "é", "ß", "😀", "\u200b", "\u00a0", "\t",
]
news_like = st.lists(st.sampled_from(PIECES), max_size=120).map(" ".join) | st.lists(
    st.sampled_from(PIECES), max_size=120).map("".join)
any_text = st.text(max_size=400)  # every code point except lone surrogates, which the API replaces
texts = st.one_of(any_text, news_like)
options = st.builds(AnalyzeOptions, summary_sentences=st.integers(1, 10), summary_method=st.sampled_from(METHODS))


@SETTINGS
@given(text=texts, title=st.none() | st.text(max_size=60), opts=options)
def test_any_text_is_analysed_with_valid_offsets(analyzer: Analyzer, text: str, title: str | None,
                                                 opts: AnalyzeOptions) -> None:
    analysis = analyzer.analyze(Article(text, title, opts)).to_dict()
    failed = [w for w in analysis["meta"]["warnings"] if "failed" in w]
    assert not failed, failed
    assert_offsets_valid(text, analysis)
    assert analysis["meta"]["chars"] == len(text)
    assert len(analysis["summary"]["sentences"]) <= opts.summary_sentences
    ids = {actor["id"] for actor in analysis["actors"]}
    assert all(q["speaker_id"] is None or q["speaker_id"] in ids for q in analysis["quotes"])
    json.dumps(analysis, allow_nan=False)  # valid JSON: no NaN or infinite score


@SETTINGS
@given(text=st.one_of(st.text(max_size=2000), news_like))
def test_quote_pairing_offsets_are_ordered_and_inside_the_text(text: str) -> None:
    previous_end = 0
    for span in find_quoted_spans(text):
        assert previous_end <= span.open_char < span.start_char <= span.end_char <= len(text)
        if span.close_char is not None:
            assert span.end_char <= span.close_char < len(text)
        previous_end = span.end_char


@SETTINGS
@given(text=st.text(max_size=3000))
def test_language_guess_is_total(text: str) -> None:
    guess = detect_language(text)
    assert isinstance(guess.code, str) and guess.code
    assert 0.0 <= guess.share <= 1.0
