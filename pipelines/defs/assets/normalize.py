"""Normalize asset: every distinct content decoded, cleaned and described."""

import dagster as dg
import polars as pl

from pipelines import staging
from pipelines.defs.assets.ingest import raw_files
from pipelines.defs.progress import logged_progress
from pipelines.defs.resources import PipelineConfig, RunLock
from pipelines.defs.schemas import column_schema
from pipelines.stages.batch import NORMALIZE_CODE, code_version, map_documents, normalize_blob
from pipelines.stages.validate import Documents, Quarantine, validate_frame


@dg.asset(
    deps=[raw_files],
    group_name="normalize",
    metadata={"dagster/column_schema": column_schema(Documents)},
    owners=["team:data-engineering"],
    kinds={"python", "parquet"},
    description=(
        "Clean simplified text of each distinct document (decoded, traditional to simplified, "
        "pinyin and web chrome removed, broken lines rejoined) with a map back to the raw "
        "text and the document's metadata. Undecodable content is quarantined. Documents "
        "normalized by an earlier run under the same code and reference data are reused."
    ),
)
def normalized_documents(
    context: dg.AssetExecutionContext, pipeline: PipelineConfig, run_lock: RunLock
) -> dg.MaterializeResult:
    files = staging.read(pipeline.staging_path, "source_files")
    digests = set(files["content_sha256"].to_list())
    cache_key = code_version(NORMALIZE_CODE)
    cached = staging.read_cached(pipeline.staging_path, "documents", staging.DOCUMENTS, cache_key)
    cached = cached.filter(pl.col("document_id").is_in(digests))
    todo = sorted(digests - set(cached["document_id"].to_list()))
    results = list(
        logged_progress(
            context,
            "normalized",
            map_documents(
                normalize_blob, [pipeline.blob_path / digest for digest in todo], pipeline.worker_count
            ),
            len(todo),
        )
    )
    fresh = staging.frame(
        [{**row, "cache_key": cache_key} for row in results if not row["refused"]], staging.DOCUMENTS
    )
    documents = pl.concat([cached, fresh]).sort("document_id")
    refusals = staging.frame(
        [{name: row[name] for name in staging.REFUSALS} for row in results if row["refused"]],
        staging.REFUSALS,
    )
    quarantine = staging.quarantine_of(files, refusals)
    validate_frame("documents", documents, Documents)
    validate_frame("normalize_quarantine", quarantine, Quarantine)
    staging.write(pipeline.staging_path, "documents", documents)
    staging.write(pipeline.staging_path, "normalize_quarantine", quarantine)
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": documents.height,
            "normalized_now": len(todo),
            "reused_from_cache": cached.height,
            "files_refused": quarantine.height,
            "characters": int(documents["text"].str.len_chars().sum() or 0),
            "corrupted_spans": int(documents["n_corrupted_spans"].sum() or 0),
            "preview": dg.MetadataValue.md(
                staging.markdown_preview(
                    documents.select(
                        "document_id", "title", "doc_type", "region", "reference_date", "encoding"
                    )
                )
            ),
        }
    )
