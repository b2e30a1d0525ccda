"""Batched extraction under the multiprocess executor: each batch is its own step and process."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_crash_safety import PROJECT, pipeline_env, run_pipeline
from tests.test_pipeline import table_contents


@pytest.mark.slow
def test_batches_run_as_separate_processes_and_match_a_single_process_run(
    tmp_path: Path, raw_dir: Path
) -> None:
    single = tmp_path / "single" / "warehouse.duckdb"
    assert run_pipeline(raw_dir, single) == 0

    spread = tmp_path / "spread" / "warehouse.duckdb"
    env = {**pipeline_env(raw_dir, spread), "FIGURES_BATCH_SIZE": "2", "DAGSTER_HOME": str(tmp_path / "home")}
    (tmp_path / "home").mkdir()
    done = subprocess.run(
        [
            str(Path(sys.executable).parent / "dagster"),
            "job",
            "execute",
            "-m",
            "pipelines.definitions",
            "-j",
            "materialize_all_multiprocess",
        ],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    log = done.stdout + done.stderr
    assert done.returncode == 0, log[-3000:]
    # Five documents in batches of two: three extract steps, each started in its own process.
    started = re.findall(r" - (\d+) - figure_mentions\.extract_batch\[(batch_\d+)\] - STEP_START", log)
    assert sorted({key for _, key in started}) == ["batch_00000", "batch_00001", "batch_00002"]
    assert len({pid for pid, _ in started}) == 3
    assert os.getpid() not in {int(pid) for pid, _ in started}
    assert table_contents(spread) == table_contents(single)
