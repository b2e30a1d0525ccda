"""Opening the published warehouse for reading, the one safe way.

``duckdb.connect(path)`` shares one database instance per path inside a
process. While any connection to the path is open (a notebook, a SQLAlchemy
pool), a new ``connect`` gets that old instance, i.e. the snapshot that
``os.replace`` has already swapped out, and a connection opened with another
configuration (duckdb-engine adds a user agent) makes it fail outright.
Attaching the file to a private in-memory database sidesteps that cache and
never takes a write lock.
"""

from pathlib import Path

import duckdb


def open_read_only(path: Path | str) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the warehouse file that is published now."""
    con = duckdb.connect(":memory:")
    try:
        literal = str(path).replace("'", "''")
        con.execute(f"attach '{literal}' as warehouse (read_only)")
        con.execute("use warehouse")
    except BaseException:
        con.close()
        raise
    return con
