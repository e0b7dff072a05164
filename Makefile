# Two commands set up everything: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB := $(VENV)/demo.duckdb

.PHONY: demo test lint fuzz bench gate schema clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	rm -f $(DEMO_DB)
	COLUMNS=150 $(BIN)/annalyst --db $(DEMO_DB) ingest examples/ || true
	COLUMNS=150 $(BIN)/annalyst --db $(DEMO_DB) articles --limit 10
	COLUMNS=150 $(BIN)/annalyst --db $(DEMO_DB) events --type ASSAULT --limit 12
	COLUMNS=150 $(BIN)/annalyst --db $(DEMO_DB) quotes --limit 8
	COLUMNS=150 $(BIN)/annalyst --db $(DEMO_DB) actors --unknown --limit 10
	$(BIN)/annalyst extract --no-nlp examples/dump/ | head -c 1200; echo

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

test: $(STAMP) lint
	$(BIN)/pytest -q

# The readers' property-based fuzzing, thousands of examples each instead of a few dozen.
fuzz: $(STAMP)
	ANNALYST_FUZZ=1 $(BIN)/pytest -q tests/test_fuzz.py

gate: $(STAMP)
	$(BIN)/python benchmarks/evaluate.py

bench: $(STAMP)
	$(BIN)/python benchmarks/speed.py

schema: $(STAMP)
	$(BIN)/python -m annalyst.schema > docs/schema.md

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
