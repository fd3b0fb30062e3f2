from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsbrief.analysis.boundaries import _inflections, keep_cues_with_quotes, speech_verb_forms
from tests.docs import _VOCAB


@pytest.mark.parametrize(
    ("lemma", "form"),
    [("say", "said"), ("say", "says"), ("warn", "warned"), ("argue", "argued"), ("deny", "denied"),
     ("admit", "admitted"), ("quip", "quipped"), ("tell", "told"), ("stress", "stresses")],
)
def test_inflections_of_speech_verbs(lemma: str, form: str) -> None:
    assert form in _inflections(lemma)


def test_speech_verb_forms_come_from_the_lexicon() -> None:
    forms = speech_verb_forms()
    assert {"said", "added", "warned", "told"} <= forms
    assert "resigned" not in forms


def tagged(words: list[str], tags: list[str], spaces: list[bool]) -> Doc:
    return Doc(_VOCAB, words=words, spaces=spaces, tags=tags, sent_starts=[True] + [None] * (len(words) - 1))


def test_sentence_start_after_a_comma_quote_is_unset() -> None:
    words = ["“", "No", ",", "”", "Kallas", "warned", "."]
    doc = tagged(words, ["``", "UH", ",", "''", "NNP", "VBD", "."], [False, False, False, True, True, False, False])
    doc[4].is_sent_start = True
    keep_cues_with_quotes(doc)
    assert doc[4].is_sent_start is False


def test_sentence_start_after_a_full_stop_quote_and_a_new_clause_is_kept() -> None:
    words = ["“", "No", ".", "”", "Kallas", "said", "talks", "would", "resume", "."]
    tags = ["``", "UH", ".", "''", "NNP", "VBD", "NNS", "MD", "VB", "."]
    spaces = [False, False, False, True, True, True, True, True, False, False]
    doc = tagged(words, tags, spaces)
    doc[4].is_sent_start = True
    keep_cues_with_quotes(doc)
    assert doc[4].is_sent_start is True
