"""A separate reader process: queries the published warehouse in a loop.

It keeps one read-only connection open for a while (like a BI tool), then
reconnects, and checks on every query that the warehouse is consistent:
the fact table and the documents' figure counts agree, and every view answers.
Prints one JSON line with its counts when told to stop (a file appears).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import duckdb

CONSISTENCY = """
select (select count(*) from fact_figure_mention) as facts,
       (select coalesce(sum(n_figures), 0) from dim_document) as by_document,
       (select count(*) from v_figures) as figures,
       (select count(*) from v_documents) as documents
"""


def main() -> None:
    warehouse, stop_file = Path(sys.argv[1]), Path(sys.argv[2])
    queries = errors = inconsistent = reconnects = 0
    messages: list[str] = []
    con = duckdb.connect(str(warehouse), read_only=True)
    opened = time.monotonic()
    while not stop_file.exists():
        try:
            facts, by_document, figures, documents = con.execute(CONSISTENCY).fetchone()  # type: ignore[misc]
            queries += 1
            if not (facts == by_document == figures) or documents == 0:
                inconsistent += 1
                messages.append(f"facts={facts} by_document={by_document} figures={figures}")
        except duckdb.Error as exc:
            errors += 1
            messages.append(str(exc)[:200])
        if time.monotonic() - opened > 1.0:
            con.close()
            con = duckdb.connect(str(warehouse), read_only=True)
            opened = time.monotonic()
            reconnects += 1
    con.close()
    print(
        json.dumps(
            {
                "queries": queries,
                "errors": errors,
                "inconsistent": inconsistent,
                "reconnects": reconnects,
                "messages": messages[:5],
            }
        )
    )


if __name__ == "__main__":
    main()
