"""The analysis core never imports Flask (so batch jobs and other front ends can use it)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import newsbrief.analysis


def test_analysis_package_does_not_import_flask() -> None:
    modules = [f"newsbrief.analysis.{m.name}" for m in pkgutil.iter_modules(newsbrief.analysis.__path__)]
    assert len(modules) >= 10
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('flask', 'werkzeug', 'flask_cors'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_importing_analysis_does_not_load_a_model() -> None:
    code = (
        "import newsbrief.analysis.analyzer, newsbrief.analysis.pipeline as p\n"
        "print(p.load_pipeline.cache_info().currsize)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "0"
