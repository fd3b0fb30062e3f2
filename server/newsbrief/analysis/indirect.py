"""Indirect (reported) speech: "Hegseth emphasized that any assurances should come from Europe".

The reported clause is a speech verb's clausal complement with no quotation marks in it; its
speaker is the verb's subject, as for quotes.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsbrief.analysis.cues import cue_span, is_speech_verb, mention_of, speaker_of
from newsbrief.analysis.quotebase import QuoteContext, RawQuote

_MIN_INDIRECT_TOKENS = 3


def indirect_quotes(context: QuoteContext) -> list[RawQuote]:
    """Reported speech: "Hegseth emphasized that any assurances should come from Europe"."""
    quotes = []
    for token in context.doc:
        if token.i in context.quoted or not is_speech_verb(token):
            continue
        speaker = speaker_of(token, context.quoted)
        if speaker is None:
            continue
        for child in token.children:
            if child.dep_ != "ccomp":
                continue
            quote = _reported_clause(context, token, child, speaker)
            if quote is not None:
                quotes.append(quote)
    return quotes


def _reported_clause(context: QuoteContext, cue: Token, clause_head: Token, speaker: Token) -> RawQuote | None:
    tokens = list(clause_head.subtree)
    if any(t.i in context.quoted for t in tokens):
        return None  # the quoted part is reported as a partial quote
    while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if len(tokens) < _MIN_INDIRECT_TOKENS:
        return None
    start = tokens[0].idx
    end = tokens[-1].idx + len(tokens[-1].text)
    paragraph = context.sentences[context.sentence_index(start)].paragraph
    return RawQuote(start, end, "indirect", cue_span(cue), mention_of(speaker), 0.7, paragraph)
