# Two commands set up everything: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB := $(VENV)/demo.duckdb

.PHONY: demo test lint fuzz bench bench-scale gate schema clean web chromium java load

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

# The explorer's bundle (src/annalyst/web/) is committed, so installing needs no Node.js;
# it is rebuilt (npm ci + vite build) whenever the hash of the web/ sources differs
# from the stamp beside it.
web: $(STAMP)
	@if ! $(BIN)/python web/source_hash.py --check; then \
	  command -v npm >/dev/null || { echo "web/ changed: building the explorer needs Node.js >= 20.19 and npm"; exit 1; }; \
	  echo "web/ sources changed: building the explorer bundle"; \
	  (cd web && npm ci --no-audit --no-fund && npm run build) && \
	  $(BIN)/python web/source_hash.py > src/annalyst/web/.source-hash; \
	fi

# Debian's Chromium for the browser tests (Playwright does not download browsers here).
chromium:
	@command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)

# A Java runtime for Spark's local mode (PySpark comes from PyPI, Java from the machine).
java:
	@command -v java >/dev/null || [ -n "$$JAVA_HOME" ] || \
	  (apt-get update && apt-get install -y openjdk-17-jre-headless) || \
	  echo "note: no Java could be installed: the Spark tests will be skipped"

demo: $(STAMP) web
	rm -f $(DEMO_DB)
	COLUMNS=150 $(BIN)/annalyst --db $(DEMO_DB) ingest examples/ || true
	COLUMNS=150 $(BIN)/annalyst --db $(DEMO_DB) articles --limit 10
	COLUMNS=150 $(BIN)/annalyst --db $(DEMO_DB) events --type ASSAULT --limit 12
	COLUMNS=150 $(BIN)/annalyst --db $(DEMO_DB) quotes --limit 8
	COLUMNS=150 $(BIN)/annalyst --db $(DEMO_DB) actors --unknown --limit 10
	$(BIN)/annalyst extract --no-nlp examples/dump/ | head -c 1200; echo
	@echo "Explore it: $(BIN)/annalyst --db $(DEMO_DB) serve   (then open http://127.0.0.1:8000/)"

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

# The Spark tests (tests/test_spark.py, local mode) need Java 17 or 21: `make java`
# installs Debian's headless JRE when the machine has none.
test: $(STAMP) web chromium java lint
	$(BIN)/pytest -q

# A bounded load test of the API on loopback (5,000 requests at 50 concurrent).
load: $(STAMP) web
	$(BIN)/python benchmarks/load_api.py

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
