"""The compact cleaned→raw offset map gives back exactly the full map."""

from pathlib import Path

import pytest

from pipelines.settings import DEFAULT_RAW_DIR
from pipelines.stages import normalize
from pipelines.stages.batch import offset_runs, raw_offset


@pytest.mark.parametrize("path", sorted(DEFAULT_RAW_DIR.glob("*.txt")), ids=lambda p: p.name)
def test_offset_runs_reproduce_every_offset(path: Path) -> None:
    cleaned = normalize.normalize(normalize.decode(path.read_bytes()).text)
    runs = offset_runs(cleaned.raw_offsets)
    encoded = (runs["offset_run_starts"], runs["offset_run_raw"])
    assert [raw_offset(encoded, i) for i in range(len(cleaned.raw_offsets))] == list(cleaned.raw_offsets)
    assert len(runs["offset_run_starts"]) < len(cleaned.raw_offsets) / 4  # even seed 003, pinyin everywhere


def test_offset_runs_handle_jumps_and_repeats() -> None:
    offsets = [0, 1, 2, 7, 8, 8, 9, 20]
    runs = offset_runs(offsets)
    encoded = (runs["offset_run_starts"], runs["offset_run_raw"])
    assert [raw_offset(encoded, i) for i in range(len(offsets))] == offsets
