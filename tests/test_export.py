"""`python -m pipelines.export`: every public view to CSV and Parquet, complete, UTF-8, read-only."""

from __future__ import annotations

import csv
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from pipelines.defs.resources import PipelineConfig
from pipelines.settings import PROJECT_ROOT
from tests.conftest import Materialize


def export(warehouse: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI as a user runs it, pointed at the test warehouse through FIGURES_WAREHOUSE."""
    env = {**os.environ, "FIGURES_WAREHOUSE": str(warehouse)}
    return subprocess.run(
        [sys.executable, "-m", "pipelines.export", *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def read_csv(path: Path) -> list[dict[str, str]]:
    """CSV rows as dicts; decoding fails loudly if the file is not UTF-8."""
    with path.open(encoding="utf-8", errors="strict", newline="") as handle:
        return list(csv.DictReader(handle))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_export_writes_every_public_view_with_equal_counts_and_chinese_intact(
    config: PipelineConfig, materialize: Materialize, tmp_path: Path
) -> None:
    assert materialize(config).success
    warehouse = config.warehouse_path
    before = digest(warehouse)
    out = tmp_path / "out"

    run = export(warehouse, str(out))
    assert run.returncode == 0, run.stderr
    assert digest(warehouse) == before, "export must not modify the warehouse"

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        views = [
            row[0]
            for row in con.execute(
                """select table_name from information_schema.tables
                   where table_type = 'VIEW' and starts_with(table_name, 'v_') order by 1"""
            ).fetchall()
        ]
        counts = {view: con.execute(f'select count(*) from "{view}"').fetchall()[0][0] for view in views}
        titles = con.execute("select source_file, title from v_documents order by source_file").fetchall()
        quotes = sorted(row[0] for row in con.execute("select quote from v_figures").fetchall())
    finally:
        con.close()

    assert {"v_figures", "v_documents", "v_quarantine"} <= set(views)
    assert sorted(path.name for path in out.iterdir()) == sorted(
        f"{view}.{extension}" for view in views for extension in ("csv", "parquet")
    )
    for view in views:
        assert f"{view}: {counts[view]} rows" in run.stdout
        assert pq.read_metadata(out / f"{view}.parquet").num_rows == counts[view], view
        assert len(read_csv(out / f"{view}.csv")) == counts[view], view

    # Chinese text round-trips through both formats, byte for byte.
    assert any("山东省" in (title or "") for _, title in titles)
    csv_documents = read_csv(out / "v_documents.csv")
    assert [(row["source_file"], row["title"] or None) for row in csv_documents] == titles
    parquet_documents = pq.read_table(out / "v_documents.parquet", columns=["source_file", "title"])
    assert list(zip(*parquet_documents.to_pydict().values(), strict=True)) == titles
    assert any("规模以上工业增加值" in quote for quote in quotes)
    assert sorted(row["quote"] for row in read_csv(out / "v_figures.csv")) == quotes
    assert (
        sorted(pq.read_table(out / "v_figures.parquet", columns=["quote"]).column("quote").to_pylist())
        == quotes
    )


def test_export_defaults_to_export_folder_beside_the_warehouse(
    config: PipelineConfig, materialize: Materialize
) -> None:
    assert materialize(config).success
    run = export(config.warehouse_path)
    assert run.returncode == 0, run.stderr
    target = config.warehouse_path.parent / "export"
    assert (target / "v_figures.parquet").is_file() and (target / "v_documents.csv").is_file()
    assert not [path for path in target.iterdir() if path.name.startswith(".")], "temporary files left behind"


def test_export_without_a_warehouse_fails_with_a_message(tmp_path: Path) -> None:
    run = export(tmp_path / "missing.duckdb", str(tmp_path / "out"))
    assert run.returncode == 1
    assert "no warehouse" in run.stderr and not (tmp_path / "out").exists()
