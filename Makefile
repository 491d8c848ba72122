# detente: `make demo` sets everything up and codes the bundled examples; `make test` runs the tests.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
DETENTE := $(VENV)/bin/detente
STAMP := $(VENV)/.installed

.PHONY: demo test bench eval check-model lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev,build]'
	touch $(STAMP)

demo: $(STAMP)
	rm -f demo.duckdb
	$(DETENTE) code src/detente/examples/corpus.jsonl src/detente/examples/html --db demo.duckdb
	@# beside a developer's checkout lies the seed article: code it too (a user's clone has none)
	if [ -d ../shared/seed ]; then $(DETENTE) code ../shared/seed --published 2021-03-20 --db demo.duckdb; fi
	$(DETENTE) dyads --db demo.duckdb --limit 15
	$(DETENTE) blocs --db demo.duckdb
	$(DETENTE) brief IRN RUS TUR USA --db demo.duckdb --out demo-brief.html

test: $(STAMP)
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) bench/run.py
	$(PY) bench/interop.py

eval: $(STAMP)
	$(DETENTE) eval ../shared/gold src/detente/eval/data/detente_gold.jsonl

check-model: $(STAMP)
	$(PY) -m detente.classify.train --check

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench

clean:
	rm -rf $(VENV) demo.duckdb demo-brief.html detente.duckdb .pytest_cache
