# figures: make help lists the targets. Everything runs inside .venv, created on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SEEDS := seeds
REPORTS := reports

.DEFAULT_GOAL := help
.PHONY: help setup report test lint bench clean

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

report: setup ## the main job on the bundled seeds: corpus, claims and reconciliation tables in reports/
	$(BIN)/figures corpus $(SEEDS) -o $(REPORTS)/corpus.csv
	$(BIN)/figures extract $(SEEDS) -o $(REPORTS)/claims.csv
	$(BIN)/figures reconcile $(REPORTS)/claims.csv --corpus $(SEEDS) -o $(REPORTS)/reconciliation

test: setup ## every test (pytest exits 5 when it collects nothing, which fails this target)
	$(BIN)/python -m pytest -q

lint: setup ## ruff format check and ruff lint
	$(BIN)/ruff format --check figures_lib tests benchmarks
	$(BIN)/ruff check figures_lib tests benchmarks

bench: setup ## extraction throughput against quantulum3 on a generated corpus
	$(BIN)/python benchmarks/bench_extract.py

clean: ## remove generated reports and caches (keeps .venv)
	rm -rf $(REPORTS)/*.csv $(REPORTS)/*.parquet $(REPORTS)/reconciliation .pytest_cache .hypothesis
