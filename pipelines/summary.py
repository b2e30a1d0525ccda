"""Print what the last run published: documents, figures, quarantined files."""

from __future__ import annotations

from pipelines import settings
from pipelines.warehouse_access import open_read_only


def main() -> None:
    path = settings.warehouse_path()
    con = open_read_only(path)
    try:
        documents = con.execute("select count(*) from v_documents").fetchone()
        figures = con.execute("select count(*) from v_figures").fetchone()
        refused = con.execute("select source_file, reason from v_quarantine order by 1").fetchall()
    finally:
        con.close()
    print(f"warehouse:    {path}")
    print(f"documents:    {documents[0] if documents else 0}")
    print(f"figures:      {figures[0] if figures else 0}")
    print(f"quarantined:  {len(refused)}")
    for name, reason in refused:
        print(f"  {name}: {reason}")


if __name__ == "__main__":
    main()
