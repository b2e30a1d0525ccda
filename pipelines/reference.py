"""Reference data (units, regions, cue words, indicators) kept as CSV under ``seeds/reference``.

Cue vocabularies are data, reviewed like code; the version hash lets caches
notice when a changed cue list must rebuild what it affects.
"""

from __future__ import annotations

import csv
import hashlib
from functools import cache
from pathlib import Path

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "seeds" / "reference"


@cache
def load_csv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``seeds/reference/<name>.csv`` as dicts (empty strings kept)."""
    with (REFERENCE_DIR / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return tuple(dict(row) for row in csv.DictReader(handle))


def alternation(words: list[str]) -> str:
    """Regex alternation, longest first so that 个百分点 wins over 个."""
    return "|".join(sorted({w for w in words if w}, key=len, reverse=True))


def reference_version() -> str:
    """Hash of every reference CSV, part of the cache key of derived data."""
    digest = hashlib.sha256()
    for path in sorted(REFERENCE_DIR.glob("*.csv")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
