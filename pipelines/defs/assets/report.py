"""Analyst asset: the self-contained HTML report, published next to the warehouse."""

import contextlib
import os
from pathlib import Path

import dagster as dg

from pipelines.defs.assets.warehouse import warehouse
from pipelines.defs.resources import PipelineConfig, RunLock
from pipelines.stages.report import build_report
from pipelines.warehouse_access import open_read_only

REPORT_NAME = "report.html"


def report_path(pipeline: PipelineConfig) -> Path:
    """Beside the warehouse file, so whoever has the warehouse folder has the report."""
    return pipeline.warehouse_path.parent / REPORT_NAME


def write_atomically(target: Path, text: str) -> int:
    """Write a new file beside the target and swap it in, so a reader never sees half a page.

    Same idea as the warehouse: ``os.replace`` within one directory is atomic, and a
    killed run leaves the previous report in place.
    """
    data = text.encode("utf-8")
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with temporary.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise
    return len(data)


@dg.asset(
    deps=[warehouse],
    group_name="analyst",
    owners=["team:data-engineering"],
    kinds={"html", "plotly"},
    description=(
        "report.html beside the warehouse: one self-contained, bilingual (中文/English) page for "
        "analysts, readable offline: headline indicators per region with sources, year-to-date "
        "against full-year charts, target attainment, the data-quality picture and every figure "
        "marked in its sentence. Built from the public views only, read-only."
    ),
)
def report(
    context: dg.AssetExecutionContext, pipeline: PipelineConfig, run_lock: RunLock
) -> dg.MaterializeResult:
    con = open_read_only(pipeline.warehouse_path)
    try:
        page = build_report(con)
    finally:
        con.close()
    target = report_path(pipeline)
    size = write_atomically(target, page.html)
    context.log.info(f"wrote {target} ({size} bytes, {len(page.charts)} charts)")
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(target)),
            "bytes": size,
            "charts": len(page.charts),
            "sections_not_available": dg.MetadataValue.json(page.unavailable),
            "shown": dg.MetadataValue.json(page.stats),
        }
    )
