# selfassess – `make help` lists every task.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
VENDOR := src/selfassess/static_vendor
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help install assets run test lint format typecheck pytest pytest-postgres e2e e2e-if-browser bench demo clean

help: ## List the tasks
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

install: $(VENV)/.installed assets ## Create the virtual environment and install everything

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

$(VENDOR)/.copied: node_modules/.package-lock.json scripts/copy-assets.sh
	bash scripts/copy-assets.sh $(VENDOR)
	touch $@

assets: $(VENDOR)/.copied ## Copy GOV.UK Frontend and MOJ Frontend into static files

run: install ## Set up, load the demo on an empty database, serve on http://127.0.0.1:8000
	DEBUG=$${DEBUG:-true} $(BIN)/selfassess migrate --no-input
	DEBUG=$${DEBUG:-true} $(BIN)/selfassess demo --if-empty
	DEBUG=$${DEBUG:-true} $(BIN)/selfassess runserver $(HOST):$(PORT)

demo: install ## Load the demo data (again)
	DEBUG=true $(BIN)/selfassess migrate --no-input
	DEBUG=true $(BIN)/selfassess demo

lint: install ## ruff format check and ruff lint
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/ruff check src tests benchmarks

format: install ## Format and fix what ruff can
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

typecheck: install ## mypy on the plain-Python packages
	SELFASSESS_TESTING=1 $(BIN)/mypy src/selfassess/review src/selfassess/documents

pytest: install ## The test suite on SQLite
	$(BIN)/pytest -q

pytest-postgres: install ## The test suite on PostgreSQL (DATABASE_URL, or the local server)
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres} $(BIN)/pytest -q -p no:cacheprovider --create-db

test: install lint typecheck pytest e2e-if-browser ## Everything CI checks: lint, types, the suite, the browser

e2e-if-browser: install
	@if [ -x "$${CHROMIUM:-/usr/bin/chromium}" ]; then $(BIN)/pytest -q -m e2e tests/e2e; \
	else echo "Chromium not found at $${CHROMIUM:-/usr/bin/chromium}: browser tests skipped (make e2e installs it)"; fi

e2e: install ## Browser tests in headless Chromium (installs Debian's chromium if missing)
	@[ -x "$${CHROMIUM:-/usr/bin/chromium}" ] || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)
	$(BIN)/pytest -q -m e2e tests/e2e

bench: install ## Benchmarks: print figures
	$(PY) benchmarks/run.py

clean: ## Remove the virtual environment, node_modules and copied assets
	rm -rf $(VENV) node_modules $(VENDOR) staticfiles
