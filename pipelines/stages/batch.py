"""Per-document work of the normalize and extract stages, run over a process pool.

Each function takes and returns plain, picklable values so the same code runs
in one process (tests), in a pool on one machine, or in a batch on a worker.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict
from pathlib import Path
from typing import Any, TypeVar

from pipelines.reference import reference_version
from pipelines.stages import describe, extract, normalize
from pipelines.stages.models import DocumentMeta, QuarantineError

Item = TypeVar("Item")
Result = TypeVar("Result")

Row = dict[str, Any]

STAGES_DIR = Path(__file__).resolve().parent
NORMALIZE_CODE = ("models.py", "batch.py", "normalize.py", "describe.py")
EXTRACT_CODE = (*NORMALIZE_CODE, "extract.py", "extract")


def code_version(parts: tuple[str, ...]) -> str:
    """Hash of the stage code and the reference data: the cache key of derived rows.

    A changed cue list or extractor changes the key, so exactly what it affects
    is rebuilt; unchanged documents under an unchanged key are not re-read.
    """
    digest = hashlib.sha256(reference_version().encode())
    for part in parts:
        path = STAGES_DIR / part
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path] if path.exists() else []
        for file in files:
            digest.update(file.relative_to(STAGES_DIR).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def offset_runs(raw_offsets: list[int]) -> Row:
    """The cleaned→raw offset map as runs: a new run wherever the map stops stepping by one.

    Cleaning mostly deletes (chrome, pinyin, spaces), so the map is a few
    hundred runs per document instead of one integer per character: ten
    thousand documents then fit in memory with room to spare.
    """
    starts, raws = [], []
    previous = None
    for index, offset in enumerate(raw_offsets):
        if previous is None or offset != previous + 1:
            starts.append(index)
            raws.append(offset)
        previous = offset
    return {"offset_run_starts": starts, "offset_run_raw": raws}


def raw_offset(runs: tuple[list[int], list[int]], index: int) -> int:
    """Raw-text offset of cleaned character ``index`` (``index == len(text)`` is the end)."""
    starts, raws = runs
    run = bisect_right(starts, index) - 1
    return raws[run] + index - starts[run]


def normalize_blob(blob_path: Path) -> Row:
    """Decode, clean and describe one document; a refusal comes back as a row too."""
    document_id = blob_path.name
    try:
        decoded = normalize.decode(blob_path.read_bytes())
        cleaned = normalize.normalize(decoded.text)
        if not cleaned.text.strip():
            raise QuarantineError("no_text", "nothing is left after cleaning")
    except QuarantineError as exc:
        return {"document_id": document_id, "refused": True, "reason": exc.reason, "detail": exc.detail}
    meta = describe.describe_document(cleaned.text, document_id)
    return {
        "document_id": document_id,
        "refused": False,
        "text": cleaned.text,
        **offset_runs(cleaned.raw_offsets),
        "corrupted_starts": [start for start, _ in cleaned.corrupted_spans],
        "corrupted_ends": [end for _, end in cleaned.corrupted_spans],
        "n_corrupted_spans": len(cleaned.corrupted_spans),
        "encoding": decoded.encoding,
        "encoding_confidence": float(decoded.confidence),
        **asdict(meta),
    }


META_FIELDS = tuple(DocumentMeta.__dataclass_fields__)


def extract_document(document: Row) -> list[Row]:
    """Figures of one normalized document, with spans mapped back to the raw text."""
    meta = DocumentMeta(**{name: document[name] for name in META_FIELDS})
    spans = list(zip(document["corrupted_starts"], document["corrupted_ends"], strict=True))
    runs = (document["offset_run_starts"], document["offset_run_raw"])
    rows: list[Row] = []
    for seq, figure in enumerate(extract.extract_figures(document["text"], meta, spans)):
        row = asdict(figure)
        identity = f"{document['document_id']}|{seq}|{figure.char_start}|{figure.measure}|{figure.value}"
        row["figure_id"] = hashlib.sha256(identity.encode()).hexdigest()[:20]
        row["document_id"] = document["document_id"]
        row["figure_seq"] = seq
        row["raw_start"] = raw_offset(runs, figure.char_start)
        row["raw_end"] = raw_offset(runs, figure.char_end)
        rows.append(row)
    return rows


def map_documents(work: Callable[[Item], Result], items: Iterable[Item], workers: int) -> Iterator[Result]:
    """``map`` in worker processes when it pays, in order, else in this process."""
    items = list(items)
    if workers <= 1 or len(items) < 2 * workers:
        yield from map(work, items)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(work, items, chunksize=max(1, len(items) // (workers * 8)))
