"""Export every public view of the warehouse to CSV and Parquet.

``python -m pipelines.export [OUT_DIR]`` reads ``$FIGURES_WAREHOUSE`` (default
``warehouse/warehouse.duckdb``) read-only and writes ``<view>.csv`` and
``<view>.parquet`` for each ``v_*`` view into OUT_DIR (default: ``export/`` beside
the warehouse, i.e. ``warehouse/export/``).

Why: analysts without a DuckDB client (spreadsheets, pandas, R) need the public
contract as plain files. CSV is UTF-8 with a header; Parquet keeps the types
(dates, lists of source files). Rows are sorted so that the same warehouse gives
the same files, and each file is written beside its final name and swapped in, so
a reader never sees half a file. The warehouse is attached read-only: exporting
never blocks, and is never blocked by, a pipeline run.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb

from pipelines import settings
from pipelines.warehouse_access import open_read_only

FORMATS = {"csv": "(format csv, header true, delimiter ',')", "parquet": "(format parquet)"}


@dataclass(frozen=True)
class ExportedView:
    """One view written to disk: its name, its row count and the files."""

    view: str
    rows: int
    files: tuple[Path, ...]


def default_out_dir(warehouse: Path) -> Path:
    """``export/`` beside the warehouse file: ``warehouse/export/`` for the default warehouse."""
    return warehouse.parent / "export"


def list_public_views(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Every ``v_*`` view of the attached warehouse, by name: the public contract."""
    rows = con.execute(
        """select table_name from information_schema.tables
           where table_catalog = current_database() and table_schema = current_schema()
             and table_type = 'VIEW' and starts_with(table_name, 'v_')
           order by table_name"""
    ).fetchall()
    return [str(row[0]) for row in rows]


def _quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def export_views(warehouse: Path, out_dir: Path) -> list[ExportedView]:
    """Write every public view to ``<out_dir>/<view>.csv`` and ``.parquet``; return what was written."""
    if not warehouse.is_file():
        raise FileNotFoundError(f"no warehouse at {warehouse}; run `make run` first")
    out_dir.mkdir(parents=True, exist_ok=True)
    con = open_read_only(warehouse)
    exported: list[ExportedView] = []
    try:
        for view in list_public_views(con):
            select = f"select * from {_quote_identifier(view)} order by all"
            count = con.execute(f"select count(*) from {_quote_identifier(view)}").fetchall()[0][0]
            files: list[Path] = []
            for extension, options in FORMATS.items():
                target = out_dir / f"{view}.{extension}"
                temporary = out_dir / f".{view}.{os.getpid()}.{extension}.tmp"
                try:
                    con.execute(f"copy ({select}) to {_quote_literal(str(temporary))} {options}")
                    os.replace(temporary, target)
                except BaseException:
                    with contextlib.suppress(FileNotFoundError):
                        temporary.unlink()
                    raise
                files.append(target)
            exported.append(ExportedView(view=view, rows=int(count), files=tuple(files)))
    finally:
        con.close()
    return exported


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipelines.export",
        description="Export every public view (v_*) of the warehouse to CSV and Parquet, read-only.",
    )
    parser.add_argument(
        "out_dir",
        nargs="?",
        type=Path,
        help="output folder (default: export/ beside the warehouse, i.e. warehouse/export/)",
    )
    args = parser.parse_args(argv)
    warehouse = settings.warehouse_path()
    out_dir: Path = args.out_dir or default_out_dir(warehouse)
    try:
        exported = export_views(warehouse, out_dir)
    except (FileNotFoundError, duckdb.Error) as exc:
        print(f"export failed: {exc}", file=sys.stderr)
        return 1
    print(f"warehouse: {warehouse}")
    print(f"exported to: {out_dir}")
    for item in exported:
        print(f"  {item.view}: {item.rows} rows -> {', '.join(path.name for path in item.files)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
