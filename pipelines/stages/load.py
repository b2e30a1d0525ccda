"""Load: build the star schema in a new DuckDB file, validate it, then publish.

Readers (BI tools, notebooks) keep read-only connections open on the
published file, and DuckDB refuses a writer while another process holds it.
So the warehouse is never written in place: it is built next to the
published file and swapped in with ``os.replace``. Open readers keep their
snapshot, new connections see the new one, nobody sees half a load.
"""

from __future__ import annotations

import fcntl
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from graphlib import TopologicalSorter
from pathlib import Path

import duckdb
import polars as pl
from pandera.polars import DataFrameModel

from pipelines.stages import incremental
from pipelines.stages.failpoints import kill_point
from pipelines.stages.validate import validate_frame

SQL_LAYERS = ("staging", "core", "marts")


@dataclass(frozen=True)
class ParquetSource:
    """Staged Parquet files that DuckDB scans itself.

    Handing DuckDB a polars frame of every document's text cost about 800 MB at
    10,000 documents (the frame, its Arrow copy, the table); scanning the file
    costs a quarter of that and no row passes through Python.
    """

    paths: tuple[Path, ...]
    exclude: tuple[str, ...] = ()
    order_by: str = ""
    #: A SQL condition on the rows (an incremental build reads only some documents).
    where: str = ""

    def select_sql(self) -> str:
        files = ", ".join(sql_literal(str(path)) for path in self.paths)
        columns = f"* exclude ({', '.join(self.exclude)})" if self.exclude else "*"
        where = f" where {self.where}" if self.where else ""
        order = f" order by {self.order_by}" if self.order_by else ""
        return f"select {columns} from read_parquet([{files}], union_by_name = true){where}{order}"

    def collect(self) -> pl.DataFrame:
        """The same rows as a polars frame, for callers that edit them (tests, tools)."""
        con = duckdb.connect()
        try:
            return con.sql(self.select_sql()).pl()
        finally:
            con.close()


#: What a ``src_*`` input of the SQL models can be: rows in hand, or files to scan.
Source = pl.DataFrame | ParquetSource


def as_frame(source: Source) -> pl.DataFrame:
    """Any source as rows in hand."""
    return source.collect() if isinstance(source, ParquetSource) else source


#: ``-- incremental: document`` or ``-- incremental: family`` in a model's SQL: the
#: grain at which pipelines/stages/incremental.py may redo its rows alone.
INCREMENTAL_GRAIN = re.compile(r"^-- incremental: (document|family)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class SqlModel:
    name: str
    layer: str
    sql: str

    @property
    def grain(self) -> str:
        """``document``, ``family``, or ``""`` for a model that is rebuilt whole."""
        found = INCREMENTAL_GRAIN.search(self.sql)
        return found.group(1) if found else ""


def read_models(sql_dir: Path) -> list[SqlModel]:
    """Every ``sql/<layer>/<name>.sql``, ordered so each runs after what it reads.

    As in dbt, the file name is the model name; a model depends on every other
    model whose name it mentions.
    """
    models = {
        path.stem: SqlModel(path.stem, layer, path.read_text(encoding="utf-8"))
        for layer in SQL_LAYERS
        for path in sorted((sql_dir / layer).glob("*.sql"))
    }
    graph: dict[str, set[str]] = {}
    for model in models.values():
        # A name inside a string literal or a comment is no reference.
        code = re.sub(r"'(?:[^']|'')*'|--[^\n]*", " ", model.sql)
        mentioned = set(re.findall(r"\b[a-z_][a-z0-9_]*\b", code))
        graph[model.name] = {name for name in mentioned & models.keys() if name != model.name}
    return [models[name] for name in TopologicalSorter(graph).static_order()]


@contextmanager
def writer_lock(warehouse: Path) -> Iterator[None]:
    """One publisher at a time, whatever launched it (daemon, CLI, test)."""
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    with (warehouse.parent / f".{warehouse.name}.lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def sql_literal(text: str) -> str:
    """A string literal for DDL, which takes no parameters (comments are our reference data)."""
    return "'" + text.replace("'", "''") + "'"


def apply_comments(con: duckdb.DuckDBPyConnection, comment_rows: Sequence[Mapping[str, str]]) -> None:
    """Describe every table, view and column for BI tools, from ``column_comments.csv``.

    A row with ``object`` ``*`` describes a column wherever it appears; a row
    naming an object overrides it there; a row with no column describes the
    object. Comments written in a model's own SQL file win over the CSV.
    """
    for_object = {(row["object"], row["column"]): row["comment"] for row in comment_rows}
    objects = con.execute(
        """select table_name, 'table', comment from duckdb_tables() where schema_name = 'main'
           union all
           select view_name, 'view', comment from duckdb_views()
           where schema_name = 'main' and not internal"""
    ).fetchall()
    kinds = {name: kind for name, kind, _ in objects}
    for name, kind, comment in objects:
        text = for_object.get((name, ""))
        if text and not comment:
            con.execute(f'comment on {kind} "{name}" is {sql_literal(text)}')
    columns = con.execute(
        """select table_name, column_name, comment from duckdb_columns()
           where schema_name = 'main' and not internal"""
    ).fetchall()
    for table, column, comment in columns:
        text = for_object.get((table, column)) or for_object.get(("*", column))
        if text and not comment and table in kinds:
            con.execute(f'comment on column "{table}"."{column}" is {sql_literal(text)}')


def build_database(
    target: Path,
    sources: Mapping[str, Source],
    sql_dir: Path,
    comment_rows: Sequence[Mapping[str, str]] = (),
) -> dict[str, int]:
    """Create ``target`` from the source frames and the SQL models; row counts per model."""
    # Also the log of an abandoned incremental build: DuckDB would replay it into the new file.
    target.unlink(missing_ok=True)
    Path(f"{target}.wal").unlink(missing_ok=True)
    con = duckdb.connect(str(target))
    try:
        models = read_models(sql_dir)
        attach_sources(con, sources)
        for model in models:
            con.execute(model.sql)
            kill_point(f"load_model_{model.name}")
        detach_sources(con, sources)
        apply_comments(con, comment_rows)
        con.execute("checkpoint")
        return row_counts(con, models)
    finally:
        con.close()


def attach_sources(con: duckdb.DuckDBPyConnection, sources: Mapping[str, Source]) -> None:
    """Make every source readable as ``src_<name>``."""
    for name, source in sources.items():
        # Registered as data or scanned from files: document text never reaches SQL as text.
        if isinstance(source, ParquetSource):
            con.execute(f'create or replace temp view "src_{name}" as {source.select_sql()}')
        else:
            con.register(f"src_{name}", source)


def detach_sources(con: duckdb.DuckDBPyConnection, sources: Mapping[str, Source]) -> None:
    for name, source in sources.items():
        if isinstance(source, ParquetSource):
            con.execute(f'drop view "src_{name}"')
        else:
            con.unregister(f"src_{name}")


def row_counts(con: duckdb.DuckDBPyConnection, models: Sequence[SqlModel]) -> dict[str, int]:
    return {
        model.name: con.execute(f'select count(*) from "{model.name}"').fetchall()[0][0] for model in models
    }


def validate_database(target: Path, table_schemas: Mapping[str, type[DataFrameModel]]) -> None:
    """Check the built tables against their pandera schemas before publishing."""
    con = duckdb.connect(str(target), read_only=True)
    try:
        for table, schema in table_schemas.items():
            validate_frame(table, con.sql(f'select * from "{table}"').pl(), schema)
    finally:
        con.close()


def publish(built: Path, warehouse: Path) -> None:
    """Atomically swap the built file in place of the published one."""
    with open(built, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(built, warehouse)
    directory = os.open(warehouse.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def remove_abandoned_builds(warehouse: Path) -> None:
    """Delete half-built files left by runs that were killed (their process is gone)."""
    for leftover in warehouse.parent.glob(f".{warehouse.name}.building-*"):
        pid = leftover.name.rsplit("-", 1)[-1].removesuffix(".wal")
        if pid.isdigit() and not _process_alive(int(pid)):
            leftover.unlink(missing_ok=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def build_and_publish(
    warehouse: Path,
    sources: Mapping[str, Source],
    sql_dir: Path,
    table_schemas: Mapping[str, type[DataFrameModel]],
    comment_rows: Sequence[Mapping[str, str]] = (),
    full_rebuild: bool = False,
) -> tuple[dict[str, int], incremental.Outcome]:
    """Build beside the warehouse, validate, publish; on any failure the old file stays.

    The build starts from a copy of the published file when only some documents
    changed (see ``incremental``), else from nothing.
    """
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    remove_abandoned_builds(warehouse)
    built = warehouse.parent / f".{warehouse.name}.building-{os.getpid()}"
    models = read_models(sql_dir)
    fingerprint = incremental.fingerprint(sources, models, comment_rows)
    try:
        if full_rebuild:
            outcome = incremental.Outcome(mode="full", reason="asked for a full rebuild")
        else:
            outcome = incremental.build(
                warehouse, built, sources, models, comment_rows, table_schemas, fingerprint
            )
        if outcome.mode == "full":
            counts = build_database(built, sources, sql_dir, comment_rows)
        else:
            con = duckdb.connect(str(built), read_only=True)
            try:
                counts = row_counts(con, models)
            finally:
                con.close()
        kill_point("load_built")
        if outcome.mode == "full":
            # An incremental build validated the rows it wrote (see incremental).
            validate_database(built, table_schemas)
        kill_point("load_validated")
        with writer_lock(warehouse):
            kill_point("load_publish_locked")
            publish(built, warehouse)
            incremental.record_state(warehouse, fingerprint)
            kill_point("load_published")
        return counts, outcome
    finally:
        built.unlink(missing_ok=True)
        Path(f"{built}.wal").unlink(missing_ok=True)
