# Two set-up commands for a fresh clone: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test test-deps bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

## demo: install into .venv and run the main job on the bundled examples (no server needed)
demo: $(STAMP)
	$(BIN)/vanban extract examples/

## test-deps: what the tests need beyond Python packages (Chromium, the Neo4j launcher)
test-deps: $(STAMP)
	bash scripts/test-deps.sh

## test: install the test dependencies and run the whole suite
test: $(STAMP) test-deps
	$(BIN)/python -m pytest -q

## bench: the benchmarks (long; figures go to BENCHMARKS.md)
bench: $(STAMP)
	$(BIN)/python scripts/bench_extract.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
