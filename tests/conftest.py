"""Shared fixtures: the real pipeline (loaded once), the Flask app, the evaluation corpora."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from newsbrief.analysis.analyzer import Analyzer
from newsbrief.app import create_app

REPO_ROOT = Path(__file__).resolve().parents[1]
EVAL_ENV_VAR = "NEWSBRIEF_EVAL_DIR"


def eval_dir() -> Path | None:
    """``$NEWSBRIEF_EVAL_DIR``, else ``../shared/eval`` beside the checkout; None when absent."""
    configured = os.environ.get(EVAL_ENV_VAR)
    path = Path(configured) if configured else REPO_ROOT.parent / "shared" / "eval"
    return path if path.is_dir() else None


@pytest.fixture(scope="session")
def eval_root() -> Path:
    path = eval_dir()
    if path is None:
        message = f"evaluation corpora not found (set {EVAL_ENV_VAR} or provide ../shared/eval)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer.load()


@pytest.fixture()
def app(analyzer: Analyzer) -> Iterator[Flask]:
    app = create_app({"TESTING": True, "LOG_REQUESTS": False})
    app.extensions["newsbrief.analyzer"] = analyzer
    yield app


@pytest.fixture()
def client(app: Flask) -> FlaskClient:
    return app.test_client()
