"""Extract asset: the figure mentions of every normalized document."""


import polars as pl

import dagster as dg

from pipelines import staging
from pipelines.defs.assets.normalize import normalized_documents
from pipelines.defs.progress import logged_progress
from pipelines.defs.resources import PipelineConfig
from pipelines.stages.batch import EXTRACT_CODE, code_version, extract_document, map_documents
from pipelines.stages.validate import Figures, validate_frame

EXTRACTED: dict[str, pl.DataType | type[pl.DataType]] = {"document_id": pl.Utf8, "cache_key": pl.Utf8}


@dg.asset(
    deps=[normalized_documents],
    group_name="extract",
    owners=["team:data-engineering"],
    kinds={"python", "parquet"},
    description=(
        "One row per figure mention: indicator, measure, value, unit, qualifier, status, "
        "region, benchmark and period, with the quote and its character span in the cleaned "
        "and the raw text, the rules that produced it and a confidence. Documents extracted "
        "by an earlier run under the same code and reference data are reused."
    ),
)
def figure_mentions(context: dg.AssetExecutionContext, pipeline: PipelineConfig) -> dg.MaterializeResult:
    stage = pipeline.staging_path
    documents = staging.read(stage, "documents")
    cache_key = code_version(EXTRACT_CODE)
    current = set(documents["document_id"].to_list())
    done_before = staging.read_cached(stage, "extracted_documents", EXTRACTED, cache_key)
    reusable = set(done_before["document_id"].to_list()) & current
    cached = staging.read_cached(stage, "figures", staging.FIGURES, cache_key)
    cached = cached.filter(pl.col("document_id").is_in(reusable))
    todo = documents.filter(~pl.col("document_id").is_in(reusable))
    per_document = logged_progress(
        context,
        "extracted",
        map_documents(extract_document, todo.to_dicts(), pipeline.worker_count),
        todo.height,
    )
    fresh = staging.frame(
        [{**row, "cache_key": cache_key} for rows in per_document for row in rows], staging.FIGURES
    )
    figures = pl.concat([cached, fresh]).sort("document_id", "figure_seq")
    validate_frame("figures", figures, Figures)
    staging.write(stage, "figures", figures)
    staging.write(
        stage,
        "extracted_documents",
        staging.frame([{"document_id": d, "cache_key": cache_key} for d in sorted(current)], EXTRACTED),
    )
    by_measure = figures.group_by("measure").len().sort("measure")
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": figures.height,
            "documents": documents.height,
            "extracted_now": todo.height,
            "reused_from_cache": len(reusable),
            "documents_without_figures": documents.height - figures["document_id"].n_unique(),
            "low_confidence": figures.filter(figures["confidence"] < 0.5).height,
            "by_measure": dg.MetadataValue.md(staging.markdown_preview(by_measure, rows=20)),
            "preview": dg.MetadataValue.md(
                staging.markdown_preview(
                    figures.select("indicator", "measure", "value", "unit", "status", "period_end", "quote")
                )
            ),
        }
    )
