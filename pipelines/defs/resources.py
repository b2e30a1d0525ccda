"""Where the pipeline reads and writes, as one Dagster resource."""

import fcntl
import os
from pathlib import Path
from typing import IO

import dagster as dg
from pydantic import PrivateAttr

from pipelines import settings


class PipelineConfig(dg.ConfigurableResource):  # type: ignore[type-arg]
    """Paths and limits; defaults come from ``FIGURES_*`` environment variables."""

    raw_dir: str
    warehouse: str
    max_file_bytes: int = settings.DEFAULT_MAX_FILE_BYTES
    workers: int = 0
    batch_size: int = 2000
    #: Build the warehouse from nothing even when only some documents changed.
    full_rebuild: bool = False

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


class RunLock(dg.ConfigurableResource):  # type: ignore[type-arg]
    """An exclusive lock per warehouse, held by every asset step of a run.

    A separate resource from ``PipelineConfig`` so that sensors, which also
    read the configuration, never take it.
    """

    warehouse: str

    _run_lock: IO[str] | None = PrivateAttr(default=None)

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        """Hold the warehouse's run lock for as long as this run (or step) executes.

        Two runs on the same warehouse share one staging folder; the second
        waits here until the first has published, instead of interleaving its
        stages with the first. The kernel drops the lock if the process dies,
        so a killed run can never wedge the next one.
        """
        Path(self.warehouse).parent.mkdir(parents=True, exist_ok=True)
        handle = (Path(self.warehouse).parent / f".{Path(self.warehouse).name}.run.lock").open("w")
        fcntl.flock(handle, fcntl.LOCK_EX)
        self._run_lock = handle

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        if self._run_lock is not None:
            self._run_lock.close()
            self._run_lock = None


def pipeline_config_from_env() -> PipelineConfig:
    return PipelineConfig(
        raw_dir=str(settings.raw_dir()),
        warehouse=str(settings.warehouse_path()),
        max_file_bytes=settings.max_file_bytes(),
        workers=int(os.environ.get("FIGURES_WORKERS") or 0),
        batch_size=int(os.environ.get("FIGURES_BATCH_SIZE") or 2000),
        full_rebuild=os.environ.get("FIGURES_FULL_REBUILD", "") not in ("", "0"),
    )


@dg.definitions
def resources() -> dg.Definitions:
    # One process per run: the stages parallelise inside themselves (process pools),
    # so a subprocess per step would only add seconds of start-up to every run.
    config = pipeline_config_from_env()
    return dg.Definitions(
        resources={"pipeline": config, "run_lock": RunLock(warehouse=config.warehouse)},
        executor=dg.in_process_executor,
    )
