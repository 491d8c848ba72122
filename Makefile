# detente: `make demo` sets everything up and codes the bundled examples; `make test` runs the tests.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
DETENTE := $(VENV)/bin/detente
STAMP := $(VENV)/.installed

.PHONY: demo test bench bench-web browser serve eval check-model lint clean

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

# Chromium for the browser tests: Debian's package, installed when absent and we are root
# (CI is); otherwise a note, and those tests skip with their reason.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium \
	    >/dev/null; } || \
	  echo "make browser: no chromium (as root: apt-get install chromium); browser tests skip"

test: $(STAMP) browser
	$(PY) -m pytest

bench: $(STAMP) bench-web
	$(PY) bench/run.py
	$(PY) bench/speed_ab.py
	$(PY) bench/kill_run.py
	$(PY) bench/memory_run.py --mb 20 --seconds 180
	$(PY) bench/interop.py
	$(PY) bench/icews_learning.py

# the dashboard's API on a generated store of a million events: latency, 50 clients for 30 s,
# and again while `detente code` writes to the store (docs/web.md)
bench-web: $(STAMP)
	$(PY) bench/web_load.py --events 1000000 --clients 50 --seconds 30

serve: $(STAMP)
	$(DETENTE) serve --db demo.duckdb

eval: $(STAMP)
	$(DETENTE) eval ../shared/gold src/detente/eval/data/detente_gold.jsonl

check-model: $(STAMP)
	$(PY) -m detente.classify.train --check

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench

clean:
	rm -rf $(VENV) demo.duckdb demo-brief.html detente.duckdb .pytest_cache
