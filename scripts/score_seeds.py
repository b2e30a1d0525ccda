#!/usr/bin/env python3
"""Score the figure extractor on the seed documents against the gold annotations.

For every file in ``seeds/documents`` the real stages run in order
(``normalize.decode`` → ``normalize.normalize`` → ``describe.describe_document``
→ ``extract.extract_figures``); the figures are written to a DuckDB file as a
table ``v_figures`` with the contract columns, and the shared scorer is run on
it.  This is the loop to run after every change to the extractor.

Usage: python scripts/score_seeds.py [--db /tmp/score_seeds.duckdb] [--gold DIR] [--quiet]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402
import polars as pl  # noqa: E402

from pipelines import staging  # noqa: E402
from pipelines.stages import describe, normalize  # noqa: E402
from pipelines.stages.extract import extract_figures  # noqa: E402

#: The v_figures contract (spec/figures.md) plus the extractor's own rules and confidence.
FIGURE_COLUMNS = [
    "indicator", "measure", "value", "value_max", "unit", "value_base", "value_base_max", "base_unit",
    "qualifier", "status", "region", "benchmark", "period_start", "period_end", "period_type", "quote",
    "rules", "confidence",
]  # fmt: skip
SCHEMA = {"source_file": pl.Utf8, **{name: staging.FIGURES[name] for name in FIGURE_COLUMNS}}
COLUMNS = list(SCHEMA)


def extract_seed(path: Path) -> list[dict[str, object]]:
    """Figures of one seed file through the real normalize/describe stages."""
    decoded = normalize.decode(path.read_bytes())
    cleaned = normalize.normalize(decoded.text)
    meta = describe.describe_document(cleaned.text, path.name)
    figures = extract_figures(cleaned.text, meta, list(cleaned.corrupted_spans))
    rows = []
    for f in figures:
        row = {c: getattr(f, c, None) for c in COLUMNS if c != "source_file"}
        row["source_file"] = path.name
        rows.append(row)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, default=Path("/tmp/score_seeds.duckdb"))
    ap.add_argument("--gold", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "gold")
    ap.add_argument("--documents", type=Path, default=ROOT / "seeds" / "documents")
    ap.add_argument("--quiet", action="store_true", help="no per-figure misses and false figures")
    args = ap.parse_args()

    started = time.perf_counter()
    rows: list[dict[str, object]] = []
    for path in sorted(args.documents.iterdir()):
        if path.is_file():
            rows.extend(extract_seed(path))
    elapsed = time.perf_counter() - started
    frame = pl.DataFrame(rows, schema=SCHEMA) if rows else pl.DataFrame(schema=SCHEMA)
    args.db.unlink(missing_ok=True)
    con = duckdb.connect(str(args.db))
    con.register("frame", frame.to_arrow())
    con.execute("create table v_figures as select * from frame")
    con.close()
    print(f"{len(rows)} figures from {len(list(args.documents.iterdir()))} documents in {elapsed:.2f}s")
    cmd = [
        sys.executable,
        str(Path(__file__).resolve().parents[2] / "shared" / "tools" / "score_figures.py"),
        str(args.db),
        str(args.gold),
    ]
    if not args.quiet:
        cmd.append("-v")
    sys.exit(subprocess.call(cmd))


if __name__ == "__main__":
    main()
