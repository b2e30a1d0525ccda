"""The warehouse explains itself: every table, view and column has a description."""

import duckdb

from pipelines.defs.resources import PipelineConfig
from tests.conftest import Materialize


def test_every_table_view_and_column_has_a_comment(config: PipelineConfig, materialize: Materialize) -> None:
    assert materialize(config).success
    con = duckdb.connect(config.warehouse, read_only=True)
    try:
        objects = con.execute(
            """select table_name, comment from duckdb_tables() where schema_name = 'main'
               union all
               select view_name, comment from duckdb_views() where schema_name = 'main' and not internal"""
        ).fetchall()
        columns = con.execute(
            """select c.table_name, c.column_name, c.comment from duckdb_columns() c
               where c.schema_name = 'main' and not c.internal and c.database_name = current_database()"""
        ).fetchall()
        public = con.execute(
            "select comment from duckdb_columns() where table_name = 'v_figures' and column_name = 'measure'"
        ).fetchone()
    finally:
        con.close()
    assert len(objects) >= 20
    assert [name for name, comment in objects if not comment] == []
    assert [f"{table}.{column}" for table, column, comment in columns if not comment] == []
    # A model's own SQL comment wins over the CSV default.
    assert public is not None and public[0].startswith("What the number says")
