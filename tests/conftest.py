"""Fixtures that run the real Dagster assets into a temporary warehouse."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import dagster as dg
import pytest

from pipelines.defs.assets.extract import figure_mentions
from pipelines.defs.assets.ingest import raw_files
from pipelines.defs.assets.normalize import normalized_documents
from pipelines.defs.assets.report import report
from pipelines.defs.assets.warehouse import warehouse
from pipelines.defs.resources import PipelineConfig, RunLock
from pipelines.settings import DEFAULT_RAW_DIR

ALL_ASSETS = [raw_files, normalized_documents, figure_mentions, warehouse, report]
SEED_FILES = sorted(path.name for path in DEFAULT_RAW_DIR.glob("*.txt"))


@pytest.fixture
def raw_dir(tmp_path: Path) -> Path:
    """A private copy of the seed documents that a test may add to or damage."""
    target = tmp_path / "raw"
    shutil.copytree(DEFAULT_RAW_DIR, target)
    return target


@pytest.fixture
def config(tmp_path: Path, raw_dir: Path) -> PipelineConfig:
    return PipelineConfig(
        raw_dir=str(raw_dir), warehouse=str(tmp_path / "wh" / "warehouse.duckdb"), workers=1
    )


def resources_for(cfg: PipelineConfig) -> dict[str, object]:
    return {"pipeline": cfg, "run_lock": RunLock(warehouse=cfg.warehouse)}


Materialize = Callable[[PipelineConfig], dg.ExecuteInProcessResult]


@pytest.fixture
def materialize() -> Materialize:
    def run(cfg: PipelineConfig) -> dg.ExecuteInProcessResult:
        return dg.materialize(ALL_ASSETS, resources=resources_for(cfg), raise_on_error=False)

    return run
