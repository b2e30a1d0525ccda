"""SIGKILL a real `dagster asset materialize` process at named points of every stage.

After each kill the published warehouse must be exactly the old one or exactly
the new one, and the next uninterrupted run must produce the same warehouse as
a run that was never interrupted.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.test_pipeline import table_contents

PROJECT = Path(__file__).resolve().parent.parent
DAGSTER = Path(sys.executable).parent / "dagster"

KILL_POINTS = [
    "ingest_blob_stored",
    "staging_source_files_before_replace",
    "staging_documents_before_replace",
    "staging_normalize_quarantine_before_replace",
    "staging_figures_before_replace",
    "load_model_stg_figures",
    "load_model_fact_figure_mention",
    "load_model_v_figures",
    "load_built",
    "load_validated",
    "load_publish_locked",
    "load_published",
]

EXTRA_DOCUMENT = "2024年1-11月，全省规模以上工业增加值增长7.5%，高于全国3.2个百分点。"


def pipeline_env(raw: Path, warehouse: Path) -> dict[str, str]:
    """The environment of `make run`: a fresh throwaway Dagster instance, our paths."""
    env = {
        **os.environ,
        "FIGURES_RAW_DIR": str(raw),
        "FIGURES_WAREHOUSE": str(warehouse),
        "FIGURES_WORKERS": "1",
    }
    env.pop("FIGURES_KILL_AT", None)
    env["DAGSTER_HOME"] = tempfile.mkdtemp(prefix="dagster-home-", dir=warehouse.parent.parent)
    return env


def run_pipeline(raw: Path, warehouse: Path, kill_at: str | None = None) -> int:
    env = pipeline_env(raw, warehouse)
    if kill_at:
        env["FIGURES_KILL_AT"] = kill_at
    done = subprocess.run(
        [str(DAGSTER), "asset", "materialize", "--select", "*", "-m", "pipelines.definitions"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return done.returncode


@pytest.mark.slow
def test_killed_runs_leave_old_or_new_warehouse_and_recover(tmp_path: Path, raw_dir: Path) -> None:
    # The new state, from a run that is never interrupted.
    extra = tmp_path / "extra.txt"
    extra.write_text(EXTRA_DOCUMENT, encoding="utf-8")
    reference_raw = tmp_path / "reference_raw"
    shutil.copytree(raw_dir, reference_raw)
    shutil.copy2(extra, reference_raw / "extra.txt")  # same bytes and mtime in both folders
    reference = tmp_path / "reference" / "warehouse.duckdb"
    assert run_pipeline(reference_raw, reference) == 0
    new_state = table_contents(reference)

    warehouse = tmp_path / "wh" / "warehouse.duckdb"
    assert run_pipeline(raw_dir, warehouse) == 0
    old_state = table_contents(warehouse)
    assert old_state != new_state
    shutil.copy2(extra, raw_dir / "extra.txt")

    killed = []
    for point in KILL_POINTS:
        code = run_pipeline(raw_dir, warehouse, kill_at=point)
        assert code != 0, f"{point}: the run was not killed"
        killed.append(point)
        state = table_contents(warehouse)
        assert state in (old_state, new_state), f"mixed warehouse after kill at {point}"
        if point == "load_published":
            assert state == new_state

    assert run_pipeline(raw_dir, warehouse) == 0
    assert table_contents(warehouse) == new_state
    assert not list(warehouse.parent.glob(".*building*"))
    assert len(killed) == len(KILL_POINTS) >= 10


def start_pipeline(raw: Path, warehouse: Path) -> subprocess.Popen[str]:
    env = pipeline_env(raw, warehouse)
    return subprocess.Popen(
        [str(DAGSTER), "asset", "materialize", "--select", "*", "-m", "pipelines.definitions"],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


@pytest.mark.slow
def test_two_runs_started_at_once_both_finish_without_corruption(tmp_path: Path, raw_dir: Path) -> None:
    reference = tmp_path / "reference" / "warehouse.duckdb"
    assert run_pipeline(raw_dir, reference) == 0
    expected = table_contents(reference)

    warehouse = tmp_path / "wh" / "warehouse.duckdb"
    runs = [start_pipeline(raw_dir, warehouse) for _ in range(2)]
    outputs = [run.communicate(timeout=300)[0] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs[0][-2000:] + outputs[1][-2000:]
    assert table_contents(warehouse) == expected
    assert not list(warehouse.parent.glob(".*building*"))
