"""Extract asset: the figure mentions of every normalized document, in batches.

The asset is a graph: one op plans batches of documents that need extracting
(documents extracted earlier under the same code and reference data are
reused), one op per batch extracts them, and one op collects the batches. With
the in-process executor the batches run one after another, each on a process
pool; with the multiprocess or Kubernetes executor each batch is its own step,
so batches spread over processes or machines. A batch, not a document, is the
unit Dagster schedules: a step costs seconds, a document milliseconds.
"""

import hashlib
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import polars as pl

from pipelines import staging
from pipelines.defs.progress import logged_progress
from pipelines.defs.resources import PipelineConfig, RunLock
from pipelines.defs.schemas import column_schema
from pipelines.stages.batch import EXTRACT_CODE, code_version, extract_or_refuse, map_documents
from pipelines.stages.validate import Figures, Quarantine, validate_frame

EXTRACTED: dict[str, pl.DataType | type[pl.DataType]] = {"document_id": pl.Utf8, "cache_key": pl.Utf8}
BATCHES_DIR = "figure_batches"
_REFUSED = "-refused"


def reusable_documents(pipeline: PipelineConfig, current: set[str], cache_key: str) -> set[str]:
    """Documents whose figures an earlier run made under the same cache key."""
    done_before = staging.read_cached(pipeline.staging_path, "extracted_documents", EXTRACTED, cache_key)
    return set(done_before["document_id"].to_list()) & current


@dg.op(ins={"after": dg.In(dg.Nothing)}, out=dg.DynamicOut(list))
def plan_extract_batches(
    context: dg.OpExecutionContext, pipeline: PipelineConfig, run_lock: RunLock
) -> Iterator[dg.DynamicOutput]:
    """Split the documents that need extracting into batches (always at least one)."""
    documents = staging.read(pipeline.staging_path, "documents", columns=["document_id"])
    current = set(documents["document_id"].to_list())
    todo = sorted(current - reusable_documents(pipeline, current, code_version(EXTRACT_CODE)))
    size = max(1, pipeline.batch_size)
    batches = [todo[start : start + size] for start in range(0, len(todo), size)] or [[]]
    context.log.info(f"{len(todo)} of {len(current)} documents to extract, in {len(batches)} batches")
    for index, batch in enumerate(batches):
        yield dg.DynamicOutput(batch, mapping_key=f"batch_{index:05d}")


@dg.op
def extract_batch(
    context: dg.OpExecutionContext, pipeline: PipelineConfig, run_lock: RunLock, document_ids: list
) -> str:
    """Extract one batch into its own Parquet file; returns the file's path."""
    documents = (
        staging.scan(pipeline.staging_path, "documents")
        .filter(pl.col("document_id").is_in(document_ids))
        .collect()
    )
    cache_key = code_version(EXTRACT_CODE)
    results = list(
        logged_progress(
            context,
            "extracted",
            map_documents(extract_or_refuse, documents.to_dicts(), pipeline.worker_count),
            documents.height,
        )
    )
    figures = staging.frame(
        [{**row, "cache_key": cache_key} for rows, _ in results for row in rows], staging.FIGURES
    )
    refusals = staging.frame(
        [{**refused, "cache_key": cache_key} for _, refused in results if refused is not None],
        staging.EXTRACT_REFUSALS,
    )
    for refused in refusals.iter_rows(named=True):
        context.log.error(f"extract failed on {refused['document_id']}: {refused['detail']}")
    # Named per run: a concurrent run on the same staging folder never reads or removes ours.
    name = (
        f"{context.run_id[:12]}-" + hashlib.sha256("|".join(sorted(document_ids)).encode()).hexdigest()[:16]
    )
    staging.write(pipeline.staging_path / BATCHES_DIR, name + _REFUSED, refusals)
    return str(staging.write(pipeline.staging_path / BATCHES_DIR, name, figures))


def _refusals_beside(batch_file: str) -> Path:
    """The refusals an ``extract_batch`` wrote beside its figures."""
    path = Path(batch_file)
    return path.with_name(path.stem + _REFUSED + path.suffix)


@dg.op(out=dg.Out(dg.Nothing))
def collect_figures(
    context: dg.OpExecutionContext, pipeline: PipelineConfig, run_lock: RunLock, batch_files: list
) -> None:
    """Join reused and new figures, validate them, and publish the stage output whole."""
    stage = pipeline.staging_path
    documents = staging.read(stage, "documents", columns=["document_id"])
    cache_key = code_version(EXTRACT_CODE)
    current = set(documents["document_id"].to_list())
    reusable = reusable_documents(pipeline, current, cache_key)
    cached = staging.read_cached(stage, "figures", staging.FIGURES, cache_key)
    cached = cached.filter(pl.col("document_id").is_in(reusable))
    fresh = [pl.read_parquet(path) for path in batch_files]
    figures = pl.concat([cached, *fresh]).sort("document_id", "figure_seq")
    validate_frame("figures", figures, Figures)
    # (a document the code failed on stays refused until the code changes, reused or not)
    refused_before = staging.read_cached(stage, "extract_refusals", staging.EXTRACT_REFUSALS, cache_key)
    refusals = pl.concat(
        [
            refused_before.filter(pl.col("document_id").is_in(reusable)),
            *(pl.read_parquet(_refusals_beside(path)) for path in batch_files),
        ]
    ).sort("document_id")
    staging.write(stage, "figures", figures)
    staging.write(stage, "extract_refusals", refusals)
    quarantine = staging.quarantine_of(staging.read(stage, "source_files"), refusals)
    validate_frame("extract_quarantine", quarantine, Quarantine)
    staging.write(stage, "extract_quarantine", quarantine)
    staging.write(
        stage,
        "extracted_documents",
        staging.frame([{"document_id": d, "cache_key": cache_key} for d in sorted(current)], EXTRACTED),
    )
    for path in batch_files:
        Path(path).unlink(missing_ok=True)
        _refusals_beside(path).unlink(missing_ok=True)
    by_measure = figures.group_by("measure").len().sort("measure")
    context.add_output_metadata(
        {
            "dagster/row_count": figures.height,
            "documents": documents.height,
            "extracted_now": sum(frame["document_id"].n_unique() for frame in fresh),
            "batches": len(batch_files),
            "reused_from_cache": len(reusable),
            "documents_without_figures": documents.height - figures["document_id"].n_unique(),
            "documents_refused": refusals.height,
            "low_confidence": figures.filter(figures["confidence"] < 0.5).height,
            "by_measure": dg.MetadataValue.md(staging.markdown_preview(by_measure, rows=20)),
            "preview": dg.MetadataValue.md(
                staging.markdown_preview(
                    figures.select("indicator", "measure", "value", "unit", "status", "period_end", "quote")
                )
            ),
        }
    )


@dg.graph_asset(
    ins={"normalized_documents": dg.AssetIn(dagster_type=dg.Nothing)},
    group_name="extract",
    metadata={"dagster/column_schema": column_schema(Figures)},
    owners=["team:data-engineering"],
    kinds={"python", "parquet"},
    description=(
        "One row per figure mention: indicator, measure, value, unit, qualifier, status, "
        "region, benchmark and period, with the quote and its character span in the cleaned "
        "and the raw text, the rules that produced it and a confidence. Extracted in batches "
        "of documents; documents extracted earlier under the same code and reference data are reused."
    ),
)
def figure_mentions(normalized_documents):  # type: ignore[no-untyped-def]
    batches = plan_extract_batches(after=normalized_documents).map(extract_batch)
    return collect_figures(batches.collect())
