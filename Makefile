# Two commands for a newcomer: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DAGSTER_HOME_DIR := $(CURDIR)/.dagster_home

.PHONY: setup run test dev lint bench export clean

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
	home=$$(mktemp -d) && DAGSTER_HOME=$$home $(BIN)/dagster asset materialize --select '*' -m pipelines.definitions; \
		status=$$?; rm -rf $$home; exit $$status
	$(BIN)/python -m pipelines.summary

test: $(STAMP)
	$(BIN)/python -m pytest -q

## The Dagster UI with a persistent instance in .dagster_home (schedule and sensor visible).
dev: $(STAMP) $(DAGSTER_HOME_DIR)/dagster.yaml
	DAGSTER_HOME=$(DAGSTER_HOME_DIR) $(BIN)/dagster dev -m pipelines.definitions

lint: $(STAMP)
	$(BIN)/ruff check pipelines tests benchmarks scripts
	$(BIN)/ruff format --check pipelines tests benchmarks scripts

## Generated corpora of 100, 1,000 and 10,000 documents: full run, throughput, memory, incremental run.
bench: $(STAMP)
	$(BIN)/python benchmarks/bench_normalize.py
	$(BIN)/python benchmarks/bench_pipeline.py

## Every public view as CSV and Parquet in warehouse/export/ (or OUT=dir).
export: $(STAMP)
	$(BIN)/python -m pipelines.export $(OUT)

clean:
	rm -rf warehouse/*.duckdb warehouse/*.staging warehouse/report.html warehouse/export .dagster_home test-artifacts
