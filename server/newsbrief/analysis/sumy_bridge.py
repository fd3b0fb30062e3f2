"""sumy over spaCy: sumy's document model built from spaCy's sentences, no NLTK data needed.

sumy asks a tokenizer for ``to_sentences``/``to_words``; its default one needs NLTK's punkt
data, which cannot be downloaded here. We build sumy's ``Sentence`` objects straight from our
sentences, and answer ``to_words`` from spaCy's tokens, so every sentence sumy rates maps back
to its character offsets by identity, with no text matching.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.nlp.stemmers import Stemmer
from sumy.parsers.parser import DocumentParser
from sumy.summarizers.edmundson import EdmundsonSummarizer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

from newsbrief.analysis.segmentation import Sentence

LANGUAGE = "english"
_FALLBACK_WORD = re.compile(r"\w+(?:['’]\w+)?")

SUMMARIZERS: dict[str, Callable[[Any], Any]] = {
    "lexrank": LexRankSummarizer,
    "textrank": TextRankSummarizer,
    "lsa": LsaSummarizer,
    "luhn": LuhnSummarizer,
    "kl": KLSummarizer,
    "sumbasic": SumBasicSummarizer,
    "edmundson": EdmundsonSummarizer,
}


class SpacyWordTokenizer:
    """sumy's tokenizer duck type, answering from words spaCy already found."""

    def __init__(self, words_by_text: dict[str, list[str]]) -> None:
        self._words_by_text = words_by_text

    def to_sentences(self, text: str) -> tuple[str, ...]:
        return tuple(line.strip() for line in text.splitlines() if line.strip())

    def to_words(self, sentence: str) -> list[str]:
        words = self._words_by_text.get(sentence)
        return words if words is not None else _FALLBACK_WORD.findall(sentence)


def sentence_words(sentence: Sentence) -> list[str]:
    return [token.text for token in sentence.span if not (token.is_punct or token.is_space)]


def build_document(
    sentences: Sequence[Sentence], title: str | None = None
) -> tuple[ObjectDocumentModel, dict[int, Sentence]]:
    """sumy's document over ``sentences`` (grouped by paragraph), the title as a heading,
    plus a map from each sumy sentence's ``id`` back to our sentence."""
    words = {s.text.strip(): sentence_words(s) for s in sentences}
    tokenizer = SpacyWordTokenizer(words)
    back: dict[int, Sentence] = {}
    paragraphs: list[list[SumySentence]] = []
    current = None
    for sentence in sentences:
        if sentence.paragraph != current:
            paragraphs.append([])
            current = sentence.paragraph
        sumy_sentence = SumySentence(sentence.text, tokenizer)
        back[id(sumy_sentence)] = sentence
        paragraphs[-1].append(sumy_sentence)
    if title and title.strip():
        paragraphs.insert(0, [SumySentence(title, tokenizer, is_heading=True)])
    return ObjectDocumentModel(tuple(Paragraph(p) for p in paragraphs)), back


@lru_cache(maxsize=1)
def stemmer() -> Stemmer:
    """sumy's English stemmer (Snowball's), built once."""
    return Stemmer(LANGUAGE)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    return frozenset(get_stop_words(LANGUAGE))


def make_summarizer(method: str, title: str | None = None) -> Any:
    """One of sumy's summarizers, set up as sumy's own command line sets it up
    (``edmundson``: the title's words are the bonus words, sumy's default cue words otherwise)."""
    summarizer = SUMMARIZERS[method](stemmer())
    if method == "edmundson":
        summarizer.null_words = stop_words()
        summarizer.bonus_words = _FALLBACK_WORD.findall((title or "").lower()) or DocumentParser.SIGNIFICANT_WORDS
        summarizer.stigma_words = DocumentParser.STIGMA_WORDS
    else:
        summarizer.stop_words = stop_words()
    return summarizer


def rate_sentences(method: str, document: ObjectDocumentModel, title: str | None = None) -> dict[int, float]:
    """The rating sumy's ``method`` gives each sentence, keyed by the sumy sentence's ``id``.

    sumy's summarizers call ``count(infos)`` on the rated sentences; passing a callable as
    the count lets us read every rating instead of only the top ones.
    """
    ratings: dict[int, float] = {}

    def keep_all(infos: list[Any]) -> list[Any]:
        for info in infos:
            ratings[id(info.sentence)] = float(info.rating)
        return infos

    if document.sentences:
        make_summarizer(method, title)(document, keep_all)
    return ratings
