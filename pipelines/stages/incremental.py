"""Incremental load: bring a copy of the published warehouse up to date with what changed.

A full build runs every SQL model over every row. At 10,000 documents that was
most of the cost of a run that only added one document. Two kinds of rows can
be redone on their own:

- **document** grain (``-- incremental: document`` in the model): each row belongs
  to one document and depends on nothing outside it (staged documents and
  figures, ``dim_document``, ``fact_figure_mention``);
- **family** grain (``-- incremental: family``): rows of one (indicator_code,
  region, measure, benchmark) in one year (of period_end). Reconciliation only
  ever compares figures within such a family: an observation's mentions share
  its whole key, and what supersedes a fact is an actual of the same year.

Every other model is small and is rebuilt whole from the merged tables.

The documents that changed are the new, the removed and the renamed ones; the
families that changed are those their figures fall in, before and after. The
models run unchanged in a scratch database over the changed documents and the
other documents' figures in a changed family; their rows replace the changed
rows of the copy.
``tests/test_incremental_load.py`` checks that the result equals a full build,
table for table.

Anything that could make unchanged documents' rows differ, or judge them
differently (SQL, reference data, column comments, this code, the pandera
schemas, or the normalize or extract code version recorded in the staged rows'
``cache_key``) is part of a fingerprint; when it differs from the published
warehouse's, the build is full. So the copied rows passed the same schemas when
they were published, and only the rows this build wrote are validated again
(uniqueness, the one rule that spans rows, over the whole table).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import duckdb
from pandera.polars import DataFrameModel

from pipelines.stages import load, validate
from pipelines.stages.failpoints import kill_point

#: Sources keyed by ``document_id`` whose rows are a function of the document and its cache key.
DOCUMENT_SOURCES = ("documents", "figures")
#: The family of a row, null-safe (null and '' stay apart, as in observation_id).
FAMILY_KEY = "md5(to_json([indicator_code, region, measure, benchmark, year(period_end)::varchar]))"
#: Above this share of changed documents a full build is as cheap and simpler.
MAX_CHANGED_SHARE = 0.2
#: Above this share of unchanged documents' figures to redo (in a changed family), likewise.
MAX_SCOPE_SHARE = 0.5
#: The figures of unchanged documents that fall in a changed family.
UNCHANGED_IN_SCOPE = f"""
    select document_id, figure_id from fact_figure_mention
    where {FAMILY_KEY} in (select family from changed_families)
      and document_id not in (select document_id from changed_documents)"""


@dataclass(frozen=True)
class Outcome:
    """What the load did, for the asset's metadata."""

    mode: str  # "incremental", or "full": built from nothing
    reason: str
    documents_changed: int = 0
    families_changed: int = 0
    figures_redone: int = 0


def fingerprint(
    sources: Mapping[str, load.Source], models: Sequence[load.SqlModel], comment_rows: object
) -> str | None:
    """What unchanged documents' rows depend on; ``None`` if documents or figures came as rows."""
    digest = hashlib.sha256()
    for code in (Path(load.__file__), Path(__file__), Path(validate.__file__)):
        digest.update(code.read_bytes())
    for model in models:
        digest.update(f"{model.layer}/{model.name}\n{model.sql}\n".encode())
    digest.update(json.dumps(comment_rows, ensure_ascii=False, sort_keys=True, default=str).encode())
    con = duckdb.connect()
    try:
        for name in sorted(sources):
            source = sources[name]
            if name in DOCUMENT_SOURCES:
                if not isinstance(source, load.ParquetSource):
                    return None
                keys = con.sql(
                    f"select distinct cache_key from ({source.select_sql()}) order by 1"
                ).fetchall()
                digest.update(f"{name}:{keys}\n".encode())
            elif not isinstance(source, load.ParquetSource):
                digest.update(f"{name}:".encode() + source.write_csv().encode())
    finally:
        con.close()
    return digest.hexdigest()


def state_path(warehouse: Path) -> Path:
    return warehouse.parent / f".{warehouse.name}.state.json"


def file_identity(stat: os.stat_result) -> str:
    return f"{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ino}"


def record_state(warehouse: Path, fingerprint_: str | None) -> None:
    """Remember what the just-published file was built from (called under the writer lock)."""
    target = state_path(warehouse)
    if fingerprint_ is None:
        target.unlink(missing_ok=True)
        return
    state = {"fingerprint": fingerprint_, "warehouse": file_identity(warehouse.stat())}
    temporary = target.with_name(f"{target.name}.{os.getpid()}")
    temporary.write_text(json.dumps(state), encoding="utf-8")
    os.replace(temporary, target)


def copy_published(warehouse: Path, built: Path, fingerprint_: str | None) -> str:
    """Copy the published file to ``built`` if it was built from the same inputs; else why not."""
    if fingerprint_ is None:
        return "documents or figures were given as rows, not staged files"
    try:
        state = json.loads(state_path(warehouse).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "no record of how the published warehouse was built"
    if state.get("fingerprint") != fingerprint_:
        return "SQL, reference data, schemas, load code or a stage's code version changed"
    try:
        handle = warehouse.open("rb")
    except OSError:
        return "no published warehouse"
    with handle:
        # The identity of the file actually opened: a swap after this cannot mix two versions.
        if file_identity(os.fstat(handle.fileno())) != state.get("warehouse"):
            return "the published file is not the one this pipeline last wrote"
        with built.open("wb") as out:
            shutil.copyfileobj(handle, out, 16 * 1024 * 1024)
    return ""


def build(
    warehouse: Path,
    built: Path,
    sources: Mapping[str, load.Source],
    models: Sequence[load.SqlModel],
    comment_rows: Sequence[Mapping[str, str]],
    table_schemas: Mapping[str, type[DataFrameModel]],
    fingerprint_: str | None,
) -> Outcome:
    """Build ``built`` from a copy of the published warehouse; mode ``full`` says why it should not be."""
    reason = copy_published(warehouse, built, fingerprint_)
    if reason:
        return Outcome(mode="full", reason=reason)
    try:
        return update(built, sources, models, comment_rows, table_schemas)
    except duckdb.Error as exc:
        # A full build gives the same tables: say why in the metadata, do not stop the run.
        return Outcome(mode="full", reason=f"the incremental build failed ({type(exc).__name__}: {exc})")


def update(
    built: Path,
    sources: Mapping[str, load.Source],
    models: Sequence[load.SqlModel],
    comment_rows: Sequence[Mapping[str, str]],
    table_schemas: Mapping[str, type[DataFrameModel]],
) -> Outcome:
    """Apply the changed documents to ``built`` (a copy of the published file) and validate
    what changed, or say why not."""
    con = duckdb.connect(str(built))
    try:
        load.attach_sources(con, sources)
        changed = changed_documents(con)
        total = con.execute("select count(*) from src_documents").fetchall()[0][0]
        if len(changed) > MAX_CHANGED_SHARE * total:
            return Outcome(
                mode="full",
                reason=f"{len(changed)} of {total} documents changed (more than {MAX_CHANGED_SHARE:.0%})",
            )
        con.register("changed_documents", _ids_table(con, changed))
        scratch = duckdb.connect()
        try:
            scratch.register("changed_documents", _ids_table(scratch, changed))
            # First pass: the changed documents alone, to learn the families of their new figures.
            nothing = "select null::varchar as document_id, null::varchar as figure_id limit 0"
            scratch.register("unchanged_in_scope", scratch.sql(nothing).to_arrow_table())
            run_scoped(scratch, sources, models)
            new_families = scratch.sql(f"select distinct {FAMILY_KEY} as family from fact_figure_mention")
            con.register("new_families", new_families.to_arrow_table())
            con.execute(
                f"""create temp table changed_families as
                    select family from new_families
                    union
                    select distinct {FAMILY_KEY} from fact_figure_mention
                    where document_id in (select document_id from changed_documents)"""
            )
            con.unregister("new_families")
            # Second pass: add the other documents' figures in those families (and the
            # documents themselves, for their dates and names).
            unchanged = con.sql(UNCHANGED_IN_SCOPE).to_arrow_table()
            figures = con.execute("select count(*) from fact_figure_mention").fetchall()[0][0]
            if len(unchanged) > MAX_SCOPE_SHARE * figures:
                reason = f"{len(unchanged)} of {figures} figures share a family with a changed document"
                return Outcome(mode="full", reason=reason)
            scratch.register("unchanged_in_scope", unchanged)
            run_scoped(scratch, sources, models)
            families = con.sql("select family from changed_families").to_arrow_table()
            scratch.register("changed_families", families)
            for model in models:
                merge_model(con, scratch, model)
                kill_point(f"load_model_{model.name}")
            validate_written(con, models, table_schemas)
            outcome = Outcome(
                mode="incremental",
                reason=f"{len(changed)} of {total} documents changed",
                documents_changed=len(changed),
                families_changed=len(families),
                figures_redone=scratch.execute("select count(*) from stg_figures").fetchall()[0][0],
            )
        finally:
            scratch.close()
        load.detach_sources(con, sources)
        con.unregister("changed_documents")
        con.execute("drop table changed_families")
        load.apply_comments(con, comment_rows)
        con.execute("checkpoint")
        return outcome
    finally:
        con.close()


def changed_documents(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Documents new, removed, or known under other file names since the published build."""
    rows = con.execute(
        """with names as (
               select content_sha256 as document_id, list(source_file order by source_file) as source_files
               from src_source_files group by content_sha256
           ),
           published as (
               select s.document_id, d.source_files
               from stg_documents as s left join dim_document as d using (document_id)
           ),
           staged as (
               select s.document_id, names.source_files
               from (select document_id from src_documents) as s left join names using (document_id)
           ),
           gone as (select * from published except select * from staged),
           came as (select * from staged except select * from published)
           select document_id from gone union select document_id from came order by 1"""
    ).fetchall()
    return [row[0] for row in rows]


def _ids_table(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> object:
    query = con.sql("select unnest($ids::varchar[]) as document_id", params={"ids": list(ids)})
    return query.to_arrow_table()


def run_scoped(
    scratch: duckdb.DuckDBPyConnection, sources: Mapping[str, load.Source], models: Sequence[load.SqlModel]
) -> None:
    """Run every model in ``scratch`` over the changed documents and ``unchanged_in_scope``.

    A changed document comes with all its figures; an unchanged one only with its
    figures in a changed family, which is all reconciliation needs of it.
    """
    changed = changed_rows("document")
    scope = {
        "documents": f"{changed} or document_id in (select document_id from unchanged_in_scope)",
        "figures": f"{changed} or figure_id in (select figure_id from unchanged_in_scope)",
    }
    scoped: dict[str, load.Source] = {
        name: replace(source, where=scope[name])
        if name in scope and isinstance(source, load.ParquetSource)
        else source
        for name, source in sources.items()
    }
    load.attach_sources(scratch, scoped)
    for model in models:
        scratch.execute(model.sql)


def merge_model(
    con: duckdb.DuckDBPyConnection, scratch: duckdb.DuckDBPyConnection, model: load.SqlModel
) -> None:
    """Replace the changed rows of one model in the copy, or rebuild it whole."""
    if not model.grain:
        con.execute(model.sql)
        return
    changed = changed_rows(model.grain)
    rows = scratch.sql(f'select * from "{model.name}" where {changed}').to_arrow_table()
    con.execute(f'delete from "{model.name}" where {changed}')
    con.register("changed_rows", rows)
    con.execute(f'insert into "{model.name}" by name select * from changed_rows')
    con.unregister("changed_rows")


def changed_rows(grain: str) -> str:
    """The SQL condition on a model's rows that this build wrote, by the model's grain."""
    if grain == "document":
        return "document_id in (select document_id from changed_documents)"
    if grain == "family":
        return f"{FAMILY_KEY} in (select family from changed_families)"
    return "true"


def validate_written(
    con: duckdb.DuckDBPyConnection,
    models: Sequence[load.SqlModel],
    table_schemas: Mapping[str, type[DataFrameModel]],
) -> None:
    """The pandera schemas on the rows this build wrote; uniqueness over every row."""
    grains = {model.name: model.grain for model in models}
    for table, schema in table_schemas.items():
        written = con.sql(f'select * from "{table}" where {changed_rows(grains.get(table, ""))}')
        validate.validate_frame(table, written.pl(), schema)
        for column, spec in schema.to_schema().columns.items():
            if spec.unique:
                repeated = con.sql(
                    f"""select 'unique' as "check", '{column}' as "column", "{column}" as failure_case
                        from "{table}" group by "{column}" having count(*) > 1 order by 3 limit 50"""
                ).pl()
                if repeated.height:
                    raise validate.TableValidationError(table, repeated)
