# Two commands for a newcomer: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DAGSTER_HOME_DIR := $(CURDIR)/.dagster_home

.PHONY: setup run test dev lint bench clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

$(DAGSTER_HOME_DIR)/dagster.yaml: dagster.yaml
	mkdir -p $(DAGSTER_HOME_DIR)
	cp dagster.yaml $(DAGSTER_HOME_DIR)/dagster.yaml

## Materialize every asset into $$FIGURES_WAREHOUSE (default warehouse/warehouse.duckdb).
## A one-shot run uses an ephemeral Dagster instance: a run killed by SIGKILL or the
## OOM killer can then never leave a pool slot held that would wedge the next run.
## Publishing is serialised by an OS file lock, which the kernel releases on death.
run: $(STAMP)
	env -u DAGSTER_HOME $(BIN)/dagster asset materialize --select '*' -m pipelines.definitions
	$(BIN)/python -m pipelines.summary

test: $(STAMP)
	$(BIN)/python -m pytest -q

## The Dagster UI with a persistent instance in .dagster_home (schedule and sensor visible).
dev: $(STAMP) $(DAGSTER_HOME_DIR)/dagster.yaml
	DAGSTER_HOME=$(DAGSTER_HOME_DIR) $(BIN)/dagster dev -m pipelines.definitions

lint: $(STAMP)
	$(BIN)/ruff check pipelines tests benchmarks scripts
	$(BIN)/ruff format --check pipelines tests benchmarks scripts

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_normalize.py

clean:
	rm -rf warehouse/*.duckdb warehouse/*.staging warehouse/report.html warehouse/export .dagster_home
