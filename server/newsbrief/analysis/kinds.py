"""Whether a would-be person is a person: the kind comes from all mentions together.

The small model tags a lone capitalised word ("Rasmussen", "Brexit", "Meh") as PERSON easily.
A person actor known only by one word is kept when some mention carries a person's mark: a
title or honorific before it, a role, being the subject of a speech verb, or a full name.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsbrief.analysis.credits import is_headline
from newsbrief.analysis.lexicons import honorifics, speech_verbs, title_words

_PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}


def has_person_marks(mentions: list[Span], roles: list[str]) -> bool:
    """Whether anything in the article says these mentions are of a person."""
    if roles or any(_titled(span) or _speaks(span) for span in mentions):
        return True
    # Reading the line (is it a headline?) costs more: last.
    return any(_full_name(span) for span in mentions) or any(_followed_by_pronoun(span) for span in mentions)


def _full_name(span: Span) -> bool:
    return len(span) > 1 and not is_headline(span)


def _titled(span: Span) -> bool:
    if span.start == 0:
        return False
    before = span.doc[span.start - 1].lower_
    return before in honorifics() or before.rstrip(".") in title_words()


def _speaks(span: Span) -> bool:
    """Subject of "said", "told", "argued"…, or a speaker's label in a transcript ("WALLACE:")."""
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in speech_verbs().lemmas:
        return True
    doc = span.doc
    line_start = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
    return line_start and span.end < len(doc) and doc[span.end].text == ":"


def _followed_by_pronoun(span: Span) -> bool:
    """"Rasmussen said he…": a personal pronoun later in the same sentence refers back."""
    sentence = span.sent
    return any(token.lower_ in _PERSON_PRONOUNS for token in span.doc[span.end : sentence.end])
