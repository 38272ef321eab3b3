# KS3 Assessment. `make run` tries the product; `make test` runs every test; `make check` is the quick loop.
PYTHON ?= python3
VENV   := .venv
BIN    := $(CURDIR)/$(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat backend/requirements.txt backend/requirements-dev.txt | cksum | cut -d' ' -f1)
E2E    := backend/tests/e2e

.PHONY: run test check install e2e-deps lint clean-data

$(STAMP): backend/requirements.txt backend/requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found " + sys.version.split()[0] + ").")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Installing Python packages into $(VENV) (first run only)..."
	@$(BIN)/python -m pip install --quiet --upgrade pip
	@$(BIN)/python -m pip install --quiet -r backend/requirements-dev.txt
	@rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP)

## Try it: install, migrate a SQLite database in data/, seed the demo school, serve on http://localhost:8000
run: install
	@cd backend && $(BIN)/python -m app migrate
	@cd backend && $(BIN)/python -m app seed-demo --if-empty
	@cd backend && $(BIN)/python -m app serve --no-migrate

## The whole suite: unit, API (SQLite and PostgreSQL), sandbox, browser and deployment tests
test: install e2e-deps
	@cd backend && $(BIN)/python -m pytest $(PYTEST_ARGS)

## While working: lint, then the unit and API tests on SQLite without the slow layers (under a minute; README)
check: install e2e-deps
	@cd backend && $(BIN)/ruff check app tests bench
	@cd backend && TEST_BACKENDS=sqlite $(BIN)/python -m pytest -m "not slow" -q -n auto $(PYTEST_ARGS)

e2e-deps:
	@if [ -f $(E2E)/package.json ] && command -v npm >/dev/null; then \
		cd $(E2E) && ([ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --silent --no-audit --no-fund); fi

lint: install
	@cd backend && $(BIN)/ruff check app tests bench

clean-data:
	rm -rf data
