"""Where the pipeline reads and writes, as one Dagster resource."""


import os
from pathlib import Path

import dagster as dg

from pipelines import settings


class PipelineConfig(dg.ConfigurableResource):  # type: ignore[type-arg]
    """Paths and limits; defaults come from ``FIGURES_*`` environment variables."""

    raw_dir: str
    warehouse: str
    max_file_bytes: int = settings.DEFAULT_MAX_FILE_BYTES
    workers: int = 0
    batch_size: int = 2000

    @property
    def raw_path(self) -> Path:
        return Path(self.raw_dir)

    @property
    def warehouse_path(self) -> Path:
        return Path(self.warehouse)

    @property
    def staging_path(self) -> Path:
        return settings.staging_dir_for(self.warehouse_path)

    @property
    def blob_path(self) -> Path:
        return self.staging_path / "blobs"

    @property
    def worker_count(self) -> int:
        return self.workers or (os.cpu_count() or 1)


def pipeline_config_from_env() -> PipelineConfig:
    return PipelineConfig(
        raw_dir=str(settings.raw_dir()),
        warehouse=str(settings.warehouse_path()),
        max_file_bytes=settings.max_file_bytes(),
        workers=int(os.environ.get("FIGURES_WORKERS") or 0),
        batch_size=int(os.environ.get("FIGURES_BATCH_SIZE") or 2000),
    )


@dg.definitions
def resources() -> dg.Definitions:
    # One process per run: the stages parallelise inside themselves (process pools),
    # so a subprocess per step would only add seconds of start-up to every run.
    return dg.Definitions(resources={"pipeline": pipeline_config_from_env()}, executor=dg.in_process_executor)
