"""Ingest asset: snapshot the raw folder, quarantine what cannot be read."""

from dataclasses import asdict

import dagster as dg

from pipelines import staging
from pipelines.defs.resources import PipelineConfig, RunLock
from pipelines.defs.schemas import column_schema
from pipelines.stages.ingest import ingest_folder
from pipelines.stages.validate import Quarantine, SourceFiles, validate_frame


@dg.asset(
    group_name="ingest",
    metadata={"dagster/column_schema": column_schema(SourceFiles)},
    owners=["team:data-engineering"],
    kinds={"python", "parquet"},
    description=(
        "Every file of the raw folder, hashed and copied into a content-addressed store. "
        "Empty, oversized, vanished or out-of-folder files are refused with a reason."
    ),
)
def raw_files(
    context: dg.AssetExecutionContext, pipeline: PipelineConfig, run_lock: RunLock
) -> dg.MaterializeResult:
    previous = staging.read_previous(pipeline.staging_path, "source_files", staging.SOURCE_FILES)
    known = {
        name: (key, digest)
        for name, digest, key in previous.select("source_file", "content_sha256", "stat_key").rows()
    }
    accepted, refused = ingest_folder(pipeline.raw_path, pipeline.blob_path, pipeline.max_file_bytes, known)
    reused = sum(item.reused for item in accepted)
    files = staging.frame([asdict(item) for item in accepted], staging.SOURCE_FILES)
    quarantine = staging.frame([asdict(item) for item in refused], staging.QUARANTINE)
    validate_frame("source_files", files, SourceFiles)
    validate_frame("ingest_quarantine", quarantine, Quarantine)
    staging.write(pipeline.staging_path, "source_files", files)
    staging.write(pipeline.staging_path, "ingest_quarantine", quarantine)
    context.log.info(
        f"ingested {files.height} files ({reused} unchanged, not re-read), refused {quarantine.height}"
    )
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": files.height,
            "files_refused": quarantine.height,
            "unchanged_not_reread": reused,
            "distinct_contents": files["content_sha256"].n_unique(),
            "raw_dir": str(pipeline.raw_path),
            "preview": dg.MetadataValue.md(staging.markdown_preview(files)),
            "refused": dg.MetadataValue.md(staging.markdown_preview(quarantine)),
        }
    )
