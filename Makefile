# Two commands for a newcomer: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export DAGSTER_HOME := $(CURDIR)/.dagster_home

.PHONY: setup run test dev lint bench clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

$(DAGSTER_HOME)/dagster.yaml: dagster.yaml
	mkdir -p $(DAGSTER_HOME)
	cp dagster.yaml $(DAGSTER_HOME)/dagster.yaml

## Materialize every asset into $$FIGURES_WAREHOUSE (default warehouse/warehouse.duckdb).
run: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/dagster asset materialize --select '*' -m pipelines.definitions
	$(BIN)/python -m pipelines.summary

test: $(STAMP)
	$(BIN)/python -m pytest -q

## The Dagster UI with a persistent instance in .dagster_home (schedule and sensor visible).
dev: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/dagster dev -m pipelines.definitions

lint: $(STAMP)
	$(BIN)/ruff check pipelines tests benchmarks scripts
	$(BIN)/ruff format --check pipelines tests benchmarks scripts

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_normalize.py

clean:
	rm -rf warehouse/*.duckdb warehouse/*.staging .dagster_home
