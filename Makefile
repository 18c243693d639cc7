# Two commands for a newcomer: `make demo` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test check lint bench clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[test,scale]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/claimtrail ingest examples/corpus --db sqlite:///claimtrail.db
	$(BIN)/claimtrail incidents --db sqlite:///claimtrail.db

test: $(STAMP) lint
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check claimtrail tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/timex_eval.py ../shared/bench/meantime-timex/test.jsonl

clean:
	rm -rf $(VENV) claimtrail.db .pytest_cache .ruff_cache
