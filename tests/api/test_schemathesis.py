"""Schemathesis against our own ``/api/v1/openapi.json``: generated requests, valid and invalid,
must never get a 5xx, an undocumented status or a response that breaks the schema.

Runs in-process through the WSGI app (no socket), with a bounded number of examples per
operation so that CI stays fast; ``NEWSBRIEF_SCHEMATHESIS_EXAMPLES`` raises it for a deeper run.
The app loads the spaCy pipeline on its first analysis (the same cached pipeline as the other
tests); serving the OpenAPI document needs no model, so building the schema here is cheap.
"""

from __future__ import annotations

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from newsbrief.app import create_app

EXAMPLES = int(os.environ.get("NEWSBRIEF_SCHEMATHESIS_EXAMPLES", "100"))

# schemathesis.pytest.from_fixture() reads a pytest-internal attribute that pytest 9 removed,
# so the schema is built from an app made at import time instead.
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", create_app({"TESTING": True, "LOG_REQUESTS": False}))


@pytest.mark.model
@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_openapi_description(case: schemathesis.Case) -> None:
    case.call_and_validate()
