"""The pipeline end to end: real assets, a real DuckDB file, a real reader process."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from pipelines import settings
from pipelines.defs.assets.warehouse import gather_sources
from pipelines.defs.resources import PipelineConfig
from pipelines.stages.load import as_frame, build_and_publish
from pipelines.stages.validate import WAREHOUSE_SCHEMAS, TableValidationError
from tests.conftest import SEED_FILES, Materialize

STAR_TABLES = ["dim_document", "dim_indicator", "dim_region", "dim_period", "dim_unit", "fact_figure_mention"]
CONTRACT = [
    "source_file",
    "indicator",
    "measure",
    "value",
    "value_max",
    "unit",
    "value_base",
    "value_base_max",
    "base_unit",
    "qualifier",
    "status",
    "region",
    "benchmark",
    "period_start",
    "period_end",
    "period_type",
    "quote",
]


def table_contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table and view of the warehouse, rows sorted, for exact comparison."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        names = [
            row[0]
            for row in con.execute(
                "select table_name from information_schema.tables where table_schema = 'main' order by 1"
            ).fetchall()
        ]
        return {name: con.execute(f'select * from "{name}" order by all').fetchall() for name in names}
    finally:
        con.close()


def test_materializes_star_schema_with_figures_from_every_seed(
    config: PipelineConfig, materialize: Materialize
) -> None:
    result = materialize(config)
    assert result.success
    checks = {check.check_name: check.passed for check in result.get_asset_check_evaluations()}
    # documents_read_plausibly warns of every document v_document_review lists (tested below)
    read_plausibly = checks.pop("documents_read_plausibly")
    assert checks == {
        "nothing_lost": True,
        "figures_trace_to_text": True,
        "data_quality": True,
        "tables_match_schemas": True,
    }

    con = duckdb.connect(config.warehouse, read_only=True)
    tables = {row[0] for row in con.execute("select table_name from information_schema.tables").fetchall()}
    assert set(STAR_TABLES) | {"v_figures", "v_documents", "v_quarantine"} <= tables
    columns = [row[0] for row in con.execute("describe v_figures").fetchall()]
    assert set(CONTRACT) <= set(columns)
    per_file = dict(
        con.execute(
            "select source_file, count(*) from v_figures where length(quote) > 0 group by 1"
        ).fetchall()
    )
    assert set(per_file) == set(SEED_FILES)
    # Provenance: the quote is the cleaned text at the span, and the raw span is inside the raw file.
    bad_spans = con.execute(
        """select count(*) from fact_figure_mention f join dim_document d using (document_id)
           where substring(d.clean_text, f.char_start + 1, f.char_end - f.char_start) <> f.quote
              or f.raw_start < 0 or f.raw_end <= f.raw_start"""
    ).fetchone()
    assert bad_spans == (0,)
    documents = con.execute("select count(*), count(distinct content_sha256) from v_documents").fetchone()
    assert documents == (len(SEED_FILES), len(SEED_FILES))
    assert read_plausibly == (con.execute("select count(*) from v_document_review").fetchone() == (0,))
    con.close()


def test_documents_read_as_guesses_are_listed_for_review(
    config: PipelineConfig, materialize: Materialize, raw_dir: Path
) -> None:
    """A misread date or region misreads a whole document; the weak readings are listed."""
    # no date, no scope word, one place named most: region and date are both guesses
    (raw_dir / "guess.txt").write_text(
        "工业经济观察\n\n苏州、苏州工业园区的制造业增长较快，无锡、常州也在追赶，规上工业增加值增长6%。",
        encoding="utf-8",
    )
    # a printed date a year before the outcomes it reports: they can only be read as targets
    (raw_dir / "early.txt").write_text(
        "2023年3月1日 来源：山东省工业和信息化厅\n山东省工业经济运行情况\n\n"
        "2024年，全省规模以上工业增加值增长6.1%，高技术制造业增加值增长9.3%。"
        "2024年全省新增国家级绿色工厂21家。",
        encoding="utf-8",
    )
    result = materialize(config)
    assert result.success  # a warning: the figures are published all the same
    [check] = [c for c in result.get_asset_check_evaluations() if c.check_name == "documents_read_plausibly"]

    con = duckdb.connect(config.warehouse, read_only=True)
    listed = dict(con.execute("select source_file, reasons from v_document_review").fetchall())
    weak = {
        row[0]
        for row in con.execute(
            "select source_file from v_documents where region_confidence < 0.6 or reference_date is null "
            "or reference_date_confidence < 0.6"
        ).fetchall()
    }
    con.close()
    assert set(listed["guess.txt"].split(", ")) == {"region_guessed", "no_reference_date"}
    assert listed["early.txt"] == "periods_after_reference_date"
    assert weak <= set(listed)
    # a printed date and a region its scope words tell are not listed
    assert not {name for name in SEED_FILES if name.startswith(("001", "004"))} & set(listed)
    assert not check.passed
    assert check.severity.value == "WARN"
    assert check.metadata["documents_to_review"].value == len(listed)
    by_reason: dict[str, int] = {}
    for reasons in listed.values():
        for reason in reasons.split(", "):
            by_reason[reason] = by_reason.get(reason, 0) + 1
    assert check.metadata["by_reason"].value == by_reason


def test_second_run_with_unchanged_input_is_identical(
    config: PipelineConfig, materialize: Materialize
) -> None:
    assert materialize(config).success
    first = table_contents(Path(config.warehouse))
    assert materialize(config).success
    assert table_contents(Path(config.warehouse)) == first


def test_bad_files_are_quarantined_and_the_batch_goes_on(
    config: PipelineConfig, materialize: Materialize, raw_dir: Path
) -> None:
    (raw_dir / "empty.txt").write_bytes(b"")
    (raw_dir / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (raw_dir / "copy of 000.txt").write_bytes((raw_dir / SEED_FILES[0]).read_bytes())
    assert materialize(config).success

    con = duckdb.connect(config.warehouse, read_only=True)
    reasons = dict(con.execute("select source_file, reason from v_quarantine").fetchall())
    assert reasons == {"empty.txt": "empty_file", "image.png": "binary"}
    same = con.execute(
        "select count(distinct content_sha256), count(*) from v_documents where source_file in (?, ?)",
        [SEED_FILES[0], "copy of 000.txt"],
    ).fetchone()
    assert same == (1, 2)
    assert con.execute("select count(distinct source_file) from v_figures").fetchone() == (len(SEED_FILES),)
    con.close()


def test_validation_failure_keeps_the_published_warehouse(
    config: PipelineConfig, materialize: Materialize
) -> None:
    assert materialize(config).success
    published = Path(config.warehouse)
    before = hashlib.sha256(published.read_bytes()).hexdigest()
    sources = gather_sources(config)
    figures = as_frame(sources["figures"])
    sources["figures"] = figures.with_columns(figures["measure"].scatter(0, "growth_of_something"))
    with pytest.raises(TableValidationError) as failure:
        build_and_publish(published, sources, settings.SQL_DIR, WAREHOUSE_SCHEMAS)
    assert failure.value.table == "fact_figure_mention"
    assert "growth_of_something" in failure.value.failure_cases["failure_case"].cast(str).to_list()
    assert hashlib.sha256(published.read_bytes()).hexdigest() == before
    assert not list(published.parent.glob(".*building*"))


def test_reader_in_another_process_neither_blocks_nor_sees_partial_state(
    config: PipelineConfig, materialize: Materialize, tmp_path: Path, raw_dir: Path
) -> None:
    assert materialize(config).success
    stop = tmp_path / "stop-reader"
    reader = subprocess.Popen(
        [sys.executable, "-m", "tests.warehouse_reader", config.warehouse, str(stop)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    try:
        time.sleep(1.0)
        # Change the input so the next runs publish a different warehouse.
        (raw_dir / "extra.txt").write_text("1-11月，全省进出口总额增长5.2%。", encoding="utf-8")
        started = time.monotonic()
        for _ in range(3):
            assert materialize(config).success
        elapsed = time.monotonic() - started
    finally:
        stop.touch()
        out, _ = reader.communicate(timeout=60)
    report = json.loads(out)
    print(f"reader during runs: {report}")
    assert report["queries"] > 10, report
    assert report["errors"] == 0 and report["inconsistent"] == 0, report
    assert report["reconnects"] >= 1
    # DuckDB's lock wait is ~100 s; runs that finish well inside it were never blocked.
    assert elapsed < 90
    con = duckdb.connect(config.warehouse, read_only=True)
    assert con.execute("select count(*) from v_documents where source_file = 'extra.txt'").fetchone() == (1,)
    con.close()


def test_changing_one_document_changes_only_its_rows(
    config: PipelineConfig, materialize: Materialize, raw_dir: Path
) -> None:
    assert materialize(config).success
    query = "select * exclude (figure_id) from v_figures where source_file <> ? order by all"
    con = duckdb.connect(config.warehouse, read_only=True)
    others_before = con.execute(query, [SEED_FILES[1]]).fetchall()
    changed_before = con.execute(
        "select count(*) from v_figures where source_file = ?", [SEED_FILES[1]]
    ).fetchone()
    con.close()

    path = raw_dir / SEED_FILES[1]
    path.write_text(
        path.read_text(encoding="utf-8") + "\n\n力争全年新增国家级绿色工厂30家。\n", encoding="utf-8"
    )
    assert materialize(config).success
    con = duckdb.connect(config.warehouse, read_only=True)
    others_after = con.execute(query, [SEED_FILES[1]]).fetchall()
    changed_after = con.execute(
        "select count(*) from v_figures where source_file = ?", [SEED_FILES[1]]
    ).fetchone()
    con.close()
    assert others_after == others_before
    assert changed_after is not None and changed_before is not None
    assert changed_after[0] == changed_before[0] + 1


def test_unchanged_files_are_not_reread_but_a_disguised_rewrite_is(
    config: PipelineConfig, materialize: Materialize, raw_dir: Path
) -> None:
    """A rerun reads only what changed, judged by size, mtime, inode and ctime together.

    The rewrite below keeps the byte length and puts the old mtime back, the case a
    size+mtime check alone would miss.
    """
    assert materialize(config).success
    path = raw_dir / SEED_FILES[2]
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    # Same length in bytes: one digit changed for another.
    position = next(i for i, char in enumerate(text) if char.isdigit() and char != "7")
    path.write_text(text[:position] + "7" + text[position + 1 :], encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size and path.stat().st_mtime_ns == before.st_mtime_ns

    second = materialize(config)
    assert second.success
    ingest = second.asset_materializations_for_node("raw_files")[0].metadata
    assert ingest["unchanged_not_reread"].value == len(SEED_FILES) - 1
    con = duckdb.connect(config.warehouse, read_only=True)
    try:
        stored = con.execute(
            "select content_sha256 from v_documents where source_file = ?", [SEED_FILES[2]]
        ).fetchone()
    finally:
        con.close()
    assert stored is not None and stored[0] == hashlib.sha256(path.read_bytes()).hexdigest()
