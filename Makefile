# Two commands set up everything: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB := $(VENV)/demo.duckdb

.PHONY: demo test lint fuzz bench bench-scale gate schema clean

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

# The Spark tests (tests/test_spark.py, local mode) need Java 17 or 21 from the machine;
# without it they are skipped, and pytest's summary says so.
test: $(STAMP) lint
	@command -v java >/dev/null 2>&1 || [ -n "$$JAVA_HOME" ] || echo "note: no Java found: the Spark tests will be skipped"
	$(BIN)/pytest -q

# The readers' property-based fuzzing, thousands of examples each instead of a few dozen.
fuzz: $(STAMP)
	ANNALYST_FUZZ=1 $(BIN)/pytest -q tests/test_fuzz.py

gate: $(STAMP)
	$(BIN)/python benchmarks/evaluate.py

bench: $(STAMP)
	$(BIN)/python benchmarks/speed.py

# Start-up, extract vs raw spaCy, workers, memory; then Spark local mode on 10,000 articles.
bench-scale: $(STAMP)
	$(BIN)/python benchmarks/speed_scale.py
	$(BIN)/python benchmarks/spark_scale.py

schema: $(STAMP)
	$(BIN)/python -m annalyst.schema > docs/schema.md

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
