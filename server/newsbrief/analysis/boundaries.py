"""Sentence boundaries around quotations, fixed before the parser decides.

The statistical parser sometimes ends a sentence at a closing quote mark and starts a new one
with its cue: ``“It is over!” | she said.``, which leaves a quote without its speaker and a
sentence ``she said.`` with no content. News style says when a quotation does not end the
sentence: a comma inside the closing mark (``“… deal,” Kallas warned.``), a lower-case word
after it (``“… over!” she said.``), or a bare speech-verb clause after it (``“We lost.” Kallas
said.``). This component marks the token after the closing mark as *not* starting a sentence
in those three cases; the parser respects that and attaches the cue to the quote (spaCy's
parser keeps boundaries set before it runs). It never joins across a line break.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsbrief.analysis.lexicons import speech_verbs

QUOTE_BOUNDARY_COMPONENT = "newsbrief_quote_boundaries"
CLOSING_MARKS = frozenset({"”", "’", '"', "'", "''", "»"})
_ENDS_SENTENCE = frozenset({".", "!", "?", "…", "...", "?!"})
_MAX_CUE_CLAUSE_TOKENS = 6
# English past forms the regular rules below cannot make.
_IRREGULAR = {"say": ("said",), "tell": ("told",), "write": ("wrote", "written")}


@Language.component(QUOTE_BOUNDARY_COMPONENT)
def keep_cues_with_quotes(doc: Doc) -> Doc:
    """Unmark sentence starts that would split a quotation from its cue."""
    for token in doc[1:-1]:
        if _is_closing_mark(token) and _continues_after(token):
            doc[token.i + 1].is_sent_start = False
    return doc


def _is_closing_mark(token: Token) -> bool:
    """A quote mark glued to the punctuation before it and followed by a space on the same line."""
    before = token.doc[token.i - 1]
    return (
        token.text in CLOSING_MARKS
        and not before.whitespace_
        and before.is_punct
        and token.whitespace_ != ""
        and "\n" not in token.whitespace_
    )


def _continues_after(mark: Token) -> bool:
    doc = mark.doc
    before, after = doc[mark.i - 1], doc[mark.i + 1]
    if after.is_space or after.is_punct:
        return False
    if before.text == ",":
        return True
    if before.text not in _ENDS_SENTENCE:
        return False
    return after.text[:1].islower() or _is_bare_cue_clause(doc, after.i)


def _is_bare_cue_clause(doc: Doc, start: int) -> bool:
    """``Kallas said.`` / ``the minister added on Tuesday.``: a few words, one verb, a speech
    verb, then a full stop (``Kallas said the talks would resume.`` has a clause of its own)."""
    for end in range(start, min(start + _MAX_CUE_CLAUSE_TOKENS + 1, len(doc))):
        token = doc[end]
        if "\n" in token.whitespace_ or token.text in CLOSING_MARKS or token.text in {"“", "‘", ":", ";"}:
            return False
        if token.text in _ENDS_SENTENCE:
            clause = doc[start:end]
            verbs = [t for t in clause if t.tag_.startswith(("VB", "MD"))]
            return len(verbs) == 1 and verbs[0].lower_ in speech_verb_forms()
    return False


@lru_cache(maxsize=1)
def speech_verb_forms() -> frozenset[str]:
    """Inflected forms of the speech-verb lexicon (the lemmatizer runs after the parser)."""
    forms: set[str] = set()
    for lemma in speech_verbs().lemmas:
        forms.update(_inflections(lemma))
    return frozenset(forms)


def _inflections(lemma: str) -> set[str]:
    forms = {lemma, lemma + "s", lemma + "ed", *_IRREGULAR.get(lemma, ())}
    if lemma.endswith("e"):
        forms |= {lemma + "d"}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es"}
    if lemma.endswith("y") and lemma[-2:-1] not in set("aeiou"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    single_vowel = lemma[-2:-1] in set("aeiou") and (lemma[-3:-2] not in set("aeiou") or lemma[-4:-2] == "qu")
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and single_vowel:
        forms |= {lemma + lemma[-1] + "ed"}  # admit → admitted, quip → quipped
    return forms
