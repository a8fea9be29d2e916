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

DEMO   := .demo

## demo: install into .venv and run the main job on the bundled examples (no server needed):
## load the example plans into an embedded store, trace the hospital plan up to Chỉ thị 33,
## and draw its lineage as an offline HTML page.
demo: $(STAMP)
	$(BIN)/vanban load examples/ --store $(DEMO)/store
	COLUMNS=140 $(BIN)/vanban trace 58/KH-BVĐK --store $(DEMO)/store
	$(BIN)/vanban viz 33/CT-TTg --down --store $(DEMO)/store -o $(DEMO)/lineage.html
	@echo "lineage page: $(abspath $(DEMO))/lineage.html"

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
	rm -rf $(VENV) $(DEMO) build *.egg-info .pytest_cache
