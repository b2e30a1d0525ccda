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


def run_pipeline(raw: Path, warehouse: Path, home: Path, kill_at: str | None = None) -> int:
    home.mkdir(parents=True, exist_ok=True)
    shutil.copy(PROJECT / "dagster.yaml", home / "dagster.yaml")
    env = {**os.environ, "FIGURES_RAW_DIR": str(raw), "FIGURES_WAREHOUSE": str(warehouse),
           "DAGSTER_HOME": str(home), "FIGURES_WORKERS": "1"}
    env.pop("FIGURES_KILL_AT", None)
    if kill_at:
        env["FIGURES_KILL_AT"] = kill_at
    done = subprocess.run(
        [str(DAGSTER), "asset", "materialize", "--select", "*", "-m", "pipelines.definitions"],
        cwd=PROJECT, env=env, capture_output=True, text=True, timeout=300,
    )
    return done.returncode


@pytest.mark.slow
def test_killed_runs_leave_old_or_new_warehouse_and_recover(tmp_path: Path, raw_dir: Path) -> None:
    home = tmp_path / "dagster_home"
    # The new state, from a run that is never interrupted.
    reference_raw = tmp_path / "reference_raw"
    shutil.copytree(raw_dir, reference_raw)
    (reference_raw / "extra.txt").write_text(EXTRA_DOCUMENT, encoding="utf-8")
    reference = tmp_path / "reference" / "warehouse.duckdb"
    assert run_pipeline(reference_raw, reference, home) == 0
    new_state = table_contents(reference)

    warehouse = tmp_path / "wh" / "warehouse.duckdb"
    assert run_pipeline(raw_dir, warehouse, home) == 0
    old_state = table_contents(warehouse)
    assert old_state != new_state
    (raw_dir / "extra.txt").write_text(EXTRA_DOCUMENT, encoding="utf-8")

    killed = []
    for point in KILL_POINTS:
        code = run_pipeline(raw_dir, warehouse, home, kill_at=point)
        # The step runs in a child process; dagster reports its death as a failed run.
        assert code != 0, f"{point}: the run was not killed"
        killed.append(point)
        state = table_contents(warehouse)
        assert state in (old_state, new_state), f"mixed warehouse after kill at {point}"
        if point == "load_published":
            assert state == new_state

    assert run_pipeline(raw_dir, warehouse, home) == 0
    assert table_contents(warehouse) == new_state
    assert not list(warehouse.parent.glob(".*building*"))
    assert len(killed) == len(KILL_POINTS) >= 10


def start_pipeline(raw: Path, warehouse: Path, home: Path) -> subprocess.Popen[str]:
    home.mkdir(parents=True, exist_ok=True)
    shutil.copy(PROJECT / "dagster.yaml", home / "dagster.yaml")
    env = {**os.environ, "FIGURES_RAW_DIR": str(raw), "FIGURES_WAREHOUSE": str(warehouse),
           "DAGSTER_HOME": str(home), "FIGURES_WORKERS": "1"}
    env.pop("FIGURES_KILL_AT", None)
    return subprocess.Popen(
        [str(DAGSTER), "asset", "materialize", "--select", "*", "-m", "pipelines.definitions"],
        cwd=PROJECT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )


@pytest.mark.slow
def test_two_runs_started_at_once_both_finish_without_corruption(tmp_path: Path, raw_dir: Path) -> None:
    reference = tmp_path / "reference" / "warehouse.duckdb"
    assert run_pipeline(raw_dir, reference, tmp_path / "home-ref") == 0
    expected = table_contents(reference)

    warehouse = tmp_path / "wh" / "warehouse.duckdb"
    home = tmp_path / "home"
    runs = [start_pipeline(raw_dir, warehouse, home) for _ in range(2)]
    outputs = [run.communicate(timeout=300)[0] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs[0][-2000:] + outputs[1][-2000:]
    assert table_contents(warehouse) == expected
    assert not list(warehouse.parent.glob(".*building*"))
