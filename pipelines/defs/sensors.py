"""Notice new, changed or removed files in the raw folder and request a run."""

import hashlib
import json

import dagster as dg

from pipelines.defs.jobs import materialize_all
from pipelines.defs.resources import PipelineConfig
from pipelines.stages.ingest import list_raw_files


def folder_fingerprint(pipeline: PipelineConfig) -> str:
    """A hash of every file's name, size and modification time (content is not read)."""
    entries = []
    for path in list_raw_files(pipeline.raw_path):
        try:
            stat = path.stat()
        except FileNotFoundError:
            continue
        entries.append((path.relative_to(pipeline.raw_path).as_posix(), stat.st_size, stat.st_mtime_ns))
    return hashlib.sha256(json.dumps(entries).encode()).hexdigest()


@dg.sensor(
    job=materialize_all,
    minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Starts a run when the raw folder's files change (cursor: folder fingerprint).",
)
def raw_folder_sensor(context: dg.SensorEvaluationContext, pipeline: PipelineConfig) -> dg.SensorResult:
    fingerprint = folder_fingerprint(pipeline)
    if fingerprint == context.cursor:
        return dg.SensorResult(skip_reason="raw folder unchanged", cursor=fingerprint)
    return dg.SensorResult(run_requests=[dg.RunRequest(run_key=fingerprint)], cursor=fingerprint)
