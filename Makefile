# figures: make help lists the targets. Everything runs inside .venv, created on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SEEDS := seeds
REPORTS := reports

.DEFAULT_GOAL := help
.PHONY: help setup report notebooks test eval lint bench fuzz clean

help: ## list the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  %-10s %s\n", $$1, $$2}'

# The stamp is rebuilt when pyproject.toml changes, so a new dependency is installed by the next
# make report or make test without anyone having to remember a set-up step.
$(BIN)/.installed: pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	@touch $@

setup: $(BIN)/.installed ## create .venv and install the project with its test extras

# figures report extracts and reconciles once, writes the tables to reports/tables/ and runs
# every notebook on them.
report: setup ## the main job on the bundled seeds: tables once, then every notebook as HTML (reports/index.html)
	$(BIN)/figures report $(SEEDS) --jobs 2 -o $(REPORTS)

# The committed notebooks hold their outputs on the seeds, which nbval compares in make test.
# Re-run this on purpose when a change is meant to alter a figure, and commit the result.
notebooks: setup ## re-execute the notebooks in place on the seeds (their outputs are what CI checks)
	cd notebooks && ../$(BIN)/jupyter nbconvert --to notebook --execute --inplace \
		--ExecutePreprocessor.record_timing=False --ExecutePreprocessor.timeout=600 *.ipynb

test: setup ## every test: unit, gold (seeds and corpus-dev), CLI, batch, browser, doctests, and nbval on the committed notebooks
	$(BIN)/python -m pytest -q tests notebooks figures_lib --doctest-modules --nbval --nbval-current-env \
		--nbval-sanitize-with notebooks/sanitize.cfg

eval: setup ## accuracy: NewsQuant development scores, and both gold suites (seeds, tests/corpus-dev)
	$(BIN)/python benchmarks/eval_newsquant.py
	$(BIN)/python benchmarks/eval_gold.py

lint: setup ## ruff format check and ruff lint
	$(BIN)/ruff format --check figures_lib tests benchmarks
	$(BIN)/ruff check figures_lib tests benchmarks

bench: setup ## extraction throughput against quantulum3, and reconcile at 1e4-1e6 claims
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_reconcile.py

fuzz: setup ## 100,000 generated inputs through find, extract_claims and load_corpus; prints "N inputs, C crashes, S slow"
	$(BIN)/python benchmarks/fuzz.py --count 100000

clean: ## remove generated reports and caches (keeps .venv)
	rm -rf $(REPORTS)/*.csv $(REPORTS)/*.parquet $(REPORTS)/*.html $(REPORTS)/reconciliation $(REPORTS)/tables \
		$(REPORTS)/[0-9][0-9]-* .pytest_cache .hypothesis
