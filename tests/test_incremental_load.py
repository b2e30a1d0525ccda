"""An incremental warehouse build equals a full build, table for table, and is used only when safe."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import dagster as dg
import duckdb
import polars as pl
import pytest

from benchmarks.generate_corpus import generate
from pipelines import settings, staging
from pipelines.defs.assets.warehouse import gather_sources
from pipelines.defs.resources import PipelineConfig
from pipelines.reference import load_csv
from pipelines.stages import incremental, load
from pipelines.stages.load import build_and_publish
from pipelines.stages.validate import WAREHOUSE_SCHEMAS, TableValidationError
from tests.conftest import Materialize
from tests.test_pipeline import table_contents

MONTHLY = (
    "江西省工业和信息化厅关于2024年1-11月全省工业经济运行情况的通报\n发布时间：2024年12月20日\n"
    "1-11月，全省规模以上工业增加值同比增长6.5%。预计全年全省规模以上工业增加值增长6.8%左右。"
    "全省工业投资增长9.1%。\n"
)
ANNUAL = (
    "江西省2024年工业经济运行情况\n发布时间：2025年1月25日\n"
    "2024年，全省规模以上工业增加值同比增长{growth}%，工业投资增长9.3%。\n"
)


def load_metadata(result: dg.ExecuteInProcessResult) -> dict[str, object]:
    metadata = result.asset_materializations_for_node("warehouse")[0].metadata
    return {key: getattr(value, "value", value) for key, value in metadata.items()}


def superseded_in(warehouse: str, source_file: str) -> int:
    con = duckdb.connect(warehouse, read_only=True)
    try:
        found = con.execute(
            """select count(*) from fact_observation as o join dim_document as d
               on d.document_id = o.chosen_document_id
               where o.superseded and d.source_file = ?""",
            [source_file],
        ).fetchone()
    finally:
        con.close()
    return int(found[0]) if found else 0


def test_incremental_build_equals_a_full_build(tmp_path: Path, materialize: Materialize) -> None:
    raw = tmp_path / "raw"
    generate(40, raw, seed=11)
    (raw / "monthly.txt").write_text(MONTHLY, encoding="utf-8")
    config = PipelineConfig(raw_dir=str(raw), warehouse=str(tmp_path / "wh" / "warehouse.duckdb"), workers=1)
    first = materialize(config)
    assert first.success
    assert load_metadata(first)["build"] == "full"
    assert superseded_in(config.warehouse, "monthly.txt") == 0

    # A day's changes: new documents; the full-year actuals that replace an unchanged
    # document's year-to-date actuals and estimate, reported twice with different
    # numbers (a conflict); a document restating another's figures with other numbers;
    # a removed file, a renamed file, and a second name for a content.
    for path in generate(2, tmp_path / "extra", seed=12):
        shutil.copy(path, raw / f"new_{path.name}")
    (raw / "annual.txt").write_text(ANNUAL.format(growth="6.9"), encoding="utf-8")
    (raw / "annual_restated.txt").write_text(ANNUAL.format(growth="7.4"), encoding="utf-8")
    files = sorted(raw.glob("doc_*.txt"))
    (raw / "restated.txt").write_bytes(files[0].read_bytes().replace(b"7", b"8"))
    files[1].unlink()
    files[2].rename(raw / "renamed.txt")
    shutil.copy(files[3], raw / "second_name.txt")

    second = materialize(config)
    assert second.success
    built = load_metadata(second)
    assert built["build"] == "incremental", built["build_reason"]
    assert built["documents_changed"] == 8
    # The unchanged document's facts were redone: its ytd actuals and estimate are now replaced.
    assert superseded_in(config.warehouse, "monthly.txt") == 3
    built_incrementally = table_contents(Path(config.warehouse))

    full = PipelineConfig(raw_dir=str(raw), warehouse=config.warehouse, workers=1, full_rebuild=True)
    third = materialize(full)
    assert third.success
    assert load_metadata(third)["build"] == "full"
    rebuilt = table_contents(Path(config.warehouse))
    assert rebuilt.keys() == built_incrementally.keys()
    for table in rebuilt:
        assert built_incrementally[table] == rebuilt[table], table


def test_adding_one_document_redoes_only_the_figures_it_touches(
    tmp_path: Path, materialize: Materialize
) -> None:
    raw = tmp_path / "raw"
    generate(30, raw, seed=21)
    config = PipelineConfig(raw_dir=str(raw), warehouse=str(tmp_path / "wh" / "warehouse.duckdb"), workers=1)
    assert materialize(config).success
    shutil.copy(generate(1, tmp_path / "extra", seed=22)[0], raw / "added.txt")
    built = load_metadata(materialize(config))
    assert built["build"] == "incremental"
    assert built["documents_changed"] == 1
    assert 1 <= int(built["figures_redone"]) < int(built["dagster/row_count"]) / 2


@pytest.mark.parametrize("change", ["comments", "extractor_version", "published_file_replaced"])
def test_a_build_is_full_when_unchanged_rows_could_differ(
    config: PipelineConfig, materialize: Materialize, change: str
) -> None:
    assert materialize(config).success
    warehouse = Path(config.warehouse)
    comments = load_csv("column_comments")
    _, unchanged = build_and_publish(
        warehouse, gather_sources(config), settings.SQL_DIR, WAREHOUSE_SCHEMAS, comments
    )
    assert (unchanged.mode, unchanged.documents_changed) == ("incremental", 0)
    if change == "comments":
        comments = [{**row, "comment": row["comment"] + " (edited)"} for row in comments]
        expected = "changed"
    elif change == "extractor_version":
        # Figures made by another extractor carry another cache key.
        path = staging.parquet_path(config.staging_path, "figures")
        pl.read_parquet(path).with_columns(cache_key=pl.lit("another extractor")).write_parquet(path)
        expected = "changed"
    else:
        # Someone put another file in its place (a restored backup, a colleague's copy).
        shutil.copy(warehouse, other := warehouse.with_name("other.duckdb"))
        other.replace(warehouse)
        expected = "not the one"
    _, outcome = build_and_publish(
        warehouse, gather_sources(config), settings.SQL_DIR, WAREHOUSE_SCHEMAS, comments
    )
    assert outcome.mode == "full"
    assert expected in outcome.reason


def test_many_changed_documents_are_rebuilt_in_full(
    config: PipelineConfig, materialize: Materialize, raw_dir: Path
) -> None:
    assert materialize(config).success
    for path in sorted(raw_dir.glob("*.txt"))[:2]:
        path.unlink()
    built = load_metadata(materialize(config))
    assert built["build"] == "full"
    assert "documents changed" in str(built["build_reason"])


def test_a_failed_incremental_build_falls_back_to_a_full_one(
    config: PipelineConfig, materialize: Materialize, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert materialize(config).success
    expected = table_contents(Path(config.warehouse))

    def broken(con: object) -> list[str]:
        raise duckdb.CatalogException("Table with name stg_documents does not exist")

    monkeypatch.setattr(incremental, "changed_documents", broken)
    result = materialize(config)
    assert result.success
    built = load_metadata(result)
    assert built["build"] == "full"
    assert "CatalogException" in str(built["build_reason"])
    assert table_contents(Path(config.warehouse)) == expected


@pytest.mark.parametrize("fault", ["measure_outside_vocabulary", "figure_id_taken"])
def test_an_incremental_build_validates_what_it_writes(
    config: PipelineConfig, materialize: Materialize, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    assert materialize(config).success
    warehouse = Path(config.warehouse)
    before = hashlib.sha256(warehouse.read_bytes()).hexdigest()
    # A new document whose staged figures a faulty stage wrote: one outside the
    # vocabulary, or one reusing the id of an unchanged document's figure.
    stage = config.staging_path
    documents, figures, names = (
        staging.read(stage, name) for name in ("documents", "figures", "source_files")
    )
    model = documents["document_id"][0]
    new_id = "f" * 64
    added = figures.filter(pl.col("document_id") == model).with_columns(
        document_id=pl.lit(new_id), figure_id=pl.col("figure_id") + "-new"
    )
    if fault == "measure_outside_vocabulary":
        added = added.with_columns(added["measure"].scatter(0, "growth_of_something"))
        expected = "growth_of_something"
    else:
        expected = figures.filter(pl.col("document_id") != model)["figure_id"][0]
        added = added.with_columns(added["figure_id"].scatter(0, expected))
    staging.write(
        stage, "documents", pl.concat([documents, documents.head(1).with_columns(document_id=pl.lit(new_id))])
    )
    staging.write(stage, "figures", pl.concat([figures, added]))
    staging.write(
        stage,
        "source_files",
        pl.concat(
            [names, names.head(1).with_columns(source_file=pl.lit("new.txt"), content_sha256=pl.lit(new_id))]
        ),
    )

    def full_validation(*args: object) -> None:
        raise AssertionError("an incremental build validates the rows it wrote, not every table")

    monkeypatch.setattr(load, "validate_database", full_validation)
    with pytest.raises(TableValidationError) as failure:
        build_and_publish(
            warehouse,
            gather_sources(config),
            settings.SQL_DIR,
            WAREHOUSE_SCHEMAS,
            load_csv("column_comments"),
        )
    assert failure.value.table == "fact_figure_mention"
    assert expected in failure.value.failure_cases["failure_case"].cast(str).to_list()
    assert hashlib.sha256(warehouse.read_bytes()).hexdigest() == before
