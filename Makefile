# Two entry points for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench clean
.PHONY: test-js js-checks

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -e '.[test,dev]'
	touch $@

run: $(VENV)/.installed
	$(BIN)/newsbrief serve

test: $(VENV)/.installed-test
	$(BIN)/ruff check server tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest

# The browser extension: Python Playwright for tests/browser, Node tooling from package-lock.json.
test: $(VENV)/.installed-browser test-js

$(VENV)/.installed-browser: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -e '.[test,dev,browser]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

test-js:
	@if command -v npm >/dev/null 2>&1; then $(MAKE) --no-print-directory js-checks; \
	elif [ "$$CI" = true ]; then echo "npm is required under CI=true" >&2; exit 1; \
	else echo "SKIPPED: the extension's JS tests and lint need Node.js 18.18+ and npm"; fi

js-checks: node_modules/.installed
	npm run --silent lint
	npm test --silent
	npm run --silent lint:firefox

bench: $(VENV)/.installed-test
	$(BIN)/pip install -e '.[bench]'
	$(BIN)/python bench/speed.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
	rm -rf node_modules dist tests/artifacts
