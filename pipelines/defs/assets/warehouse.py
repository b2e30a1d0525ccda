"""Load asset: build, validate and atomically publish the DuckDB star schema."""

from pathlib import Path

import dagster as dg
import polars as pl

from pipelines import settings, staging
from pipelines.defs.assets.extract import figure_mentions
from pipelines.defs.assets.ingest import raw_files
from pipelines.defs.assets.normalize import normalized_documents
from pipelines.defs.resources import PipelineConfig, RunLock
from pipelines.reference import REFERENCE_DIR, load_csv
from pipelines.stages.ingest import list_raw_files
from pipelines.stages.load import ParquetSource, Source, build_and_publish
from pipelines.stages.validate import WAREHOUSE_SCHEMAS, TableValidationError
from pipelines.warehouse_access import open_read_only

REFERENCE_TABLES = ("regions", "units", "indicators", "vocabularies")

CHECKS = [
    dg.AssetCheckSpec(
        "nothing_lost",
        asset="warehouse",
        description=("Every file of the raw folder is in v_documents or v_quarantine."),
    ),
    dg.AssetCheckSpec(
        "figures_trace_to_text",
        asset="warehouse",
        description=("Every figure's quote is exactly the cleaned text at its character span."),
    ),
    dg.AssetCheckSpec(
        "tables_match_schemas",
        asset="warehouse",
        description="Every published table passed its pandera schema before the swap (row counts attached).",
    ),
    dg.AssetCheckSpec(
        "documents_read_plausibly",
        asset="warehouse",
        description=(
            "No document's region or reference date is a guess, and no document reports outcomes "
            "of periods after its own date (the rows of v_document_review, by reason)."
        ),
    ),
    dg.AssetCheckSpec(
        "data_quality",
        asset="warehouse",
        description=(
            "Quarantined files by reason, low-confidence figures, documents without figures, "
            "conflicting observations."
        ),
    ),
]


def gather_sources(pipeline: PipelineConfig) -> dict[str, Source]:
    """Staged stage outputs and reference CSVs, as the ``src_*`` inputs of ``sql/``."""
    stage = pipeline.staging_path

    def staged(*names: str) -> tuple[Path, ...]:
        return tuple(staging.parquet_path(stage, name) for name in names)

    sources: dict[str, Source] = {
        "source_files": ParquetSource(staged("source_files")),
        "quarantine": ParquetSource(
            staged("ingest_quarantine", "normalize_quarantine", "extract_quarantine"), order_by="source_file"
        ),
        "documents": ParquetSource(
            staged("documents"),
            exclude=("offset_run_starts", "offset_run_raw", "corrupted_starts", "corrupted_ends"),
        ),
        "figures": ParquetSource(staged("figures")),
    }
    for name in REFERENCE_TABLES:
        sources[name] = pl.read_csv(REFERENCE_DIR / f"{name}.csv", infer_schema=False)
    return sources


def run_checks(pipeline: PipelineConfig, counts: dict[str, int]) -> list[dg.AssetCheckResult]:
    con = open_read_only(pipeline.warehouse_path)
    try:
        arrived = {
            path.relative_to(pipeline.raw_path).as_posix() for path in list_raw_files(pipeline.raw_path)
        }
        recorded = {
            row[0]
            for row in con.execute(
                "select source_file from v_documents union select source_file from v_quarantine"
            ).fetchall()
        }
        lost = sorted(arrived - recorded)
        mismatched = con.execute(
            """select f.figure_id, f.quote from fact_figure_mention f join dim_document d using (document_id)
               where substring(d.clean_text, f.char_start + 1, f.char_end - f.char_start) <> f.quote"""
        ).fetchall()
        reasons = con.execute(
            "select reason, count(*) from v_quarantine group by reason order by reason"
        ).fetchall()
        low_confidence = con.execute(
            "select count(*) from fact_figure_mention where confidence < 0.5"
        ).fetchone()
        empty_documents = con.execute("select count(*) from dim_document where n_figures = 0").fetchone()
        conflicts = con.execute("select count(*) from fact_observation where has_conflict").fetchone()
        review_reasons = con.execute(
            "select reason, count(*) from (select unnest(string_split(reasons, ', ')) as reason "
            "from v_document_review) group by reason order by reason"
        ).fetchall()
        (n_to_review,) = con.execute("select count(*) from v_document_review").fetchone() or (0,)
        review_examples = con.execute(
            "select source_file, region, reference_date::varchar, reasons from v_document_review "
            "order by n_reasons desc, n_figures desc, source_file limit 20"
        ).fetchall()
        by_measure_status = con.execute(
            "select measure || '/' || status, count(*) from fact_figure_mention group by 1 order by 1"
        ).fetchall()
    finally:
        con.close()
    return [
        dg.AssetCheckResult(
            check_name="nothing_lost",
            passed=not lost,
            metadata={"files_in_raw_folder": len(arrived), "lost": dg.MetadataValue.json(lost[:50])},
        ),
        dg.AssetCheckResult(
            check_name="figures_trace_to_text",
            passed=not mismatched,
            metadata={
                "mismatched": len(mismatched),
                "examples": dg.MetadataValue.json([list(r) for r in mismatched[:10]]),
            },
        ),
        dg.AssetCheckResult(
            check_name="documents_read_plausibly",
            # a warning: the figures stay published, but these documents are the ones to check
            passed=n_to_review == 0,
            severity=dg.AssetCheckSeverity.WARN,
            metadata={
                "documents_to_review": int(n_to_review),
                "by_reason": dg.MetadataValue.json(dict(review_reasons)),
                "examples": dg.MetadataValue.json([list(row) for row in review_examples]),
            },
        ),
        dg.AssetCheckResult(
            check_name="data_quality",
            passed=True,
            severity=dg.AssetCheckSeverity.WARN,
            metadata={
                "quarantined": sum(count for _, count in reasons),
                "quarantined_by_reason": dg.MetadataValue.json(dict(reasons)),
                "low_confidence_figures": int(low_confidence[0]) if low_confidence else 0,
                "documents_without_figures": int(empty_documents[0]) if empty_documents else 0,
                "observations_in_conflict": int(conflicts[0]) if conflicts else 0,
                "figures_by_measure_and_status": dg.MetadataValue.json(dict(by_measure_status)),
            },
        ),
        dg.AssetCheckResult(
            check_name="tables_match_schemas",
            # build_and_publish validates before the swap and raises on any failure,
            # so a published warehouse is a validated one.
            passed=True,
            metadata={
                "validated_rows": dg.MetadataValue.json({t: counts.get(t, 0) for t in WAREHOUSE_SCHEMAS})
            },
        ),
    ]


@dg.asset(
    deps=[raw_files, normalized_documents, figure_mentions],
    group_name="load",
    owners=["team:data-engineering"],
    kinds={"duckdb"},
    pool="warehouse",
    check_specs=CHECKS,
    description=(
        "The published DuckDB warehouse: dimensions (documents, indicators, regions, periods, "
        "units), the fact tables of figure mentions and reconciled observations, and the public "
        "views v_figures, v_documents, v_quarantine, v_observations, v_indicator_annual, "
        "v_target_attainment and v_document_review. Built in a new file (or, when only some "
        "documents changed, a copy of the published one with just their rows redone), validated "
        "with pandera, then swapped in atomically so readers never see half a load."
    ),
)
def warehouse(
    context: dg.AssetExecutionContext, pipeline: PipelineConfig, run_lock: RunLock
) -> dg.MaterializeResult:
    try:
        counts, outcome = build_and_publish(
            pipeline.warehouse_path,
            gather_sources(pipeline),
            settings.SQL_DIR,
            WAREHOUSE_SCHEMAS,
            load_csv("column_comments"),
            full_rebuild=pipeline.full_rebuild,
        )
    except TableValidationError as exc:
        raise dg.Failure(
            description=f"{exc.table} failed validation; the previous warehouse stays published.",
            metadata={
                "failing_rows": dg.MetadataValue.md(staging.markdown_preview(exc.failure_cases, rows=50))
            },
        ) from exc
    context.log.info(f"published {pipeline.warehouse_path} ({outcome.mode} build: {outcome.reason})")
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(pipeline.warehouse_path)),
            "build": outcome.mode,
            "build_reason": outcome.reason,
            "documents_changed": outcome.documents_changed,
            "families_changed": outcome.families_changed,
            "figures_redone": outcome.figures_redone,
            "dagster/row_count": counts.get("fact_figure_mention", 0),
            "row_counts": dg.MetadataValue.json(counts),
        },
        check_results=run_checks(pipeline, counts),
    )
