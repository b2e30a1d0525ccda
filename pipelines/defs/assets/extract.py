"""Extract asset: the figure mentions of every normalized document."""

from __future__ import annotations

import dagster as dg

from pipelines import staging
from pipelines.defs.assets.normalize import normalized_documents
from pipelines.defs.progress import logged_progress
from pipelines.defs.resources import PipelineConfig
from pipelines.stages.batch import extract_document, map_documents
from pipelines.stages.validate import Figures, validate_frame


@dg.asset(
    deps=[normalized_documents],
    group_name="extract",
    owners=["team:data-engineering"],
    kinds={"python", "parquet"},
    description=(
        "One row per figure mention: indicator, measure, value, unit, qualifier, status, "
        "region, benchmark and period, with the quote and its character span in the cleaned "
        "and the raw text, the rules that produced it and a confidence."
    ),
)
def figure_mentions(context: dg.AssetExecutionContext, pipeline: PipelineConfig) -> dg.MaterializeResult:
    documents = staging.read(pipeline.staging_path, "documents")
    per_document = logged_progress(
        context,
        "extracted",
        map_documents(extract_document, documents.to_dicts(), pipeline.worker_count),
        documents.height,
    )
    figures = staging.frame([row for rows in per_document for row in rows], staging.FIGURES)
    validate_frame("figures", figures, Figures)
    staging.write(pipeline.staging_path, "figures", figures)
    by_measure = figures.group_by("measure").len().sort("measure")
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": figures.height,
            "documents": documents.height,
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
