"""Reference data is reviewed like code: a row said twice hides which copy an edit should change."""

from __future__ import annotations

from collections import Counter

import pytest

from pipelines.reference import REFERENCE_DIR, load_csv

REFERENCE_TABLES = sorted(path.stem for path in REFERENCE_DIR.glob("*.csv"))


@pytest.mark.parametrize("name", REFERENCE_TABLES)
def test_no_reference_table_repeats_a_row(name: str) -> None:
    rows = Counter(tuple(row.items()) for row in load_csv(name))
    repeated = [row for row, count in rows.items() if count > 1]
    assert rows, f"{name}.csv has no rows"
    assert not repeated, f"{name}.csv repeats {repeated[:5]}"
