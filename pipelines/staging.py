"""Intermediate tables between stages, as Parquet beside the warehouse.

Each stage writes its output whole (temporary file, then ``os.replace``), so a
killed run leaves the previous stage output intact, never a torn file.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import polars as pl

from pipelines.stages.failpoints import kill_point

UTC_TIME = pl.Datetime("us", "UTC")

SOURCE_FILES: dict[str, Any] = {
    "source_file": pl.Utf8,
    "content_sha256": pl.Utf8,
    "n_bytes": pl.Int64,
    "modified_at": UTC_TIME,
    # size, mtime, inode and ctime when the file was hashed: unchanged → not re-read.
    "stat_key": pl.Utf8,
}
QUARANTINE: dict[str, Any] = {
    "source_file": pl.Utf8,
    "reason": pl.Utf8,
    "detail": pl.Utf8,
    "seen_at": UTC_TIME,
    "content_sha256": pl.Utf8,
}
#: documents a stage refused (content, reason and detail), before they are named by their files
REFUSALS: dict[str, Any] = {"document_id": pl.Utf8, "reason": pl.Utf8, "detail": pl.Utf8}
#: documents the extract stage failed on, under the code version that failed
EXTRACT_REFUSALS: dict[str, Any] = {**REFUSALS, "cache_key": pl.Utf8}
DOCUMENTS: dict[str, Any] = {
    "document_id": pl.Utf8,
    "cache_key": pl.Utf8,
    "text": pl.Utf8,
    "offset_run_starts": pl.List(pl.Int64),
    "offset_run_raw": pl.List(pl.Int64),
    "corrupted_starts": pl.List(pl.Int64),
    "corrupted_ends": pl.List(pl.Int64),
    "n_corrupted_spans": pl.Int64,
    "encoding": pl.Utf8,
    "encoding_confidence": pl.Float64,
    "title": pl.Utf8,
    "published_on": pl.Date,
    "doc_number": pl.Utf8,
    "issuer": pl.Utf8,
    "doc_type": pl.Utf8,
    "region": pl.Utf8,
    "reference_date": pl.Date,
    "reference_date_method": pl.Utf8,
    "reference_date_confidence": pl.Float64,
    "region_method": pl.Utf8,
    "region_confidence": pl.Float64,
}
FIGURES: dict[str, Any] = {
    "figure_id": pl.Utf8,
    "cache_key": pl.Utf8,
    "document_id": pl.Utf8,
    "figure_seq": pl.Int64,
    "indicator": pl.Utf8,
    "measure": pl.Utf8,
    "value": pl.Float64,
    "value_max": pl.Float64,
    "unit": pl.Utf8,
    "value_base": pl.Float64,
    "value_base_max": pl.Float64,
    "base_unit": pl.Utf8,
    "qualifier": pl.Utf8,
    "status": pl.Utf8,
    "region": pl.Utf8,
    "benchmark": pl.Utf8,
    "period_start": pl.Date,
    "period_end": pl.Date,
    "period_type": pl.Utf8,
    "quote": pl.Utf8,
    "char_start": pl.Int64,
    "char_end": pl.Int64,
    "raw_start": pl.Int64,
    "raw_end": pl.Int64,
    "rules": pl.Utf8,
    "confidence": pl.Float64,
}


def frame(rows: list[dict[str, Any]], schema: dict[str, Any]) -> pl.DataFrame:
    """Rows as a frame with exactly ``schema``'s columns and types, empty or not."""
    return pl.DataFrame([{name: row.get(name) for name in schema} for row in rows], schema=schema)


def quarantine_of(files: pl.DataFrame, refusals: pl.DataFrame) -> pl.DataFrame:
    """The quarantine rows of refused contents (``refusals``, as REFUSALS), one for each file that
    holds one (``files``, as SOURCE_FILES), by file name: a stage refuses contents, an analyst looks
    for files."""
    named = files.join(
        refusals.select("document_id", "reason", "detail"), left_on="content_sha256", right_on="document_id"
    ).sort("source_file")
    return frame(
        [
            {
                "source_file": row["source_file"],
                "reason": row["reason"],
                "detail": row["detail"],
                "seen_at": row["modified_at"],
                "content_sha256": row["content_sha256"],
            }
            for row in named.iter_rows(named=True)
        ],
        QUARANTINE,
    )


def write(staging_dir: Path, name: str, data: pl.DataFrame) -> Path:
    staging_dir.mkdir(parents=True, exist_ok=True)
    target = staging_dir / f"{name}.parquet"
    tmp = staging_dir / f".{name}.{os.getpid()}.parquet"
    data.write_parquet(tmp)
    kill_point(f"staging_{name}_before_replace")
    os.replace(tmp, target)
    return target


def parquet_path(staging_dir: Path, name: str) -> Path:
    return staging_dir / f"{name}.parquet"


def read(staging_dir: Path, name: str, columns: list[str] | None = None) -> pl.DataFrame:
    """A stage output, or only some of its columns (document text is most of a file)."""
    return pl.read_parquet(parquet_path(staging_dir, name), columns=columns)


def scan(staging_dir: Path, name: str) -> pl.LazyFrame:
    """A stage output to filter before reading: only the rows asked for are decoded."""
    return pl.scan_parquet(parquet_path(staging_dir, name))


def read_previous(staging_dir: Path, name: str, schema: dict[str, Any]) -> pl.DataFrame:
    """A previous run's output, or no rows if there is none or it has another layout."""
    path = staging_dir / f"{name}.parquet"
    if not path.exists():
        return frame([], schema)
    previous = pl.read_parquet(path)
    if list(previous.columns) != list(schema):
        return frame([], schema)
    return previous


def read_cached(staging_dir: Path, name: str, schema: dict[str, Any], cache_key: str) -> pl.DataFrame:
    """Rows of a previous run's output that were made under ``cache_key``."""
    return read_previous(staging_dir, name, schema).filter(pl.col("cache_key") == cache_key)


def markdown_preview(data: pl.DataFrame, rows: int = 10, width: int = 60) -> str:
    """A small markdown table for the Dagster UI (long text cut to ``width``)."""
    if data.is_empty():
        return "_no rows_"
    head = data.head(rows)
    cells = [[str(v)[:width].replace("|", "\\|").replace("\n", " ") for v in row] for row in head.rows()]
    lines = ["| " + " | ".join(head.columns) + " |", "|" + "---|" * len(head.columns)]
    lines += ["| " + " | ".join(row) + " |" for row in cells]
    return "\n".join(lines)
