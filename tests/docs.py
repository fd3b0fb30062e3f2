"""Hand-built spaCy Docs for model-free rule tests (spaCy's own testing style)."""

from __future__ import annotations

from collections.abc import Sequence

import spacy
from spacy.tokens import Doc

_VOCAB = spacy.blank("en").vocab


def make_doc(
    words: Sequence[str],
    *,
    heads: Sequence[int],
    deps: Sequence[str],
    pos: Sequence[str],
    lemmas: Sequence[str] | None = None,
    ents: Sequence[str] | None = None,
    spaces: Sequence[bool] | None = None,
    sent_starts: Sequence[bool | None] | None = None,
) -> Doc:
    """A parsed Doc from explicit annotations; ``heads`` are absolute token indices."""
    if spaces is None:
        spaces = [i + 1 < len(words) and words[i + 1] not in {",", ".", "’s", "”", ":"} and words[i] not in {"“"}
                  for i in range(len(words))]
    return Doc(
        _VOCAB,
        words=list(words),
        spaces=list(spaces),
        heads=list(heads),
        deps=list(deps),
        pos=list(pos),
        lemmas=list(lemmas) if lemmas is not None else [w.lower() for w in words],
        ents=list(ents) if ents is not None else None,
        sent_starts=list(sent_starts) if sent_starts is not None else None,
    )


_BLANK = spacy.blank("en")


def doc_from_paragraphs(paragraphs: Sequence[Sequence[str]], verbs: frozenset[str] = frozenset()) -> Doc:
    """A doc of the given sentences (one paragraph per inner list, joined by blank lines),
    sentence starts set, tokens tagged PUNCT/SPACE/VERB (words in ``verbs`` or ending in
    -ed/-s) or NOUN. Enough for sentence-level rules without a statistical model."""
    text = "\n\n".join(" ".join(sentences) for sentences in paragraphs)
    tokens = _BLANK(text)
    starts, offset = set(), 0
    for sentences in paragraphs:
        for sentence in sentences:
            starts.add(text.index(sentence, offset))
            offset = text.index(sentence, offset) + len(sentence)
    pos = []
    for token in tokens:
        if token.is_space:
            pos.append("SPACE")
        elif token.is_punct:
            pos.append("PUNCT")
        elif token.lower_ in verbs or token.lower_.endswith("ed"):
            pos.append("VERB")
        else:
            pos.append("NOUN")
    return Doc(
        _VOCAB,
        words=[t.text for t in tokens],
        spaces=[bool(t.whitespace_) for t in tokens],
        pos=pos,
        sent_starts=[t.idx in starts for t in tokens],
    )
