"""Per-document work of the normalize and extract stages, run over a process pool.

Each function takes and returns plain, picklable values so the same code runs
in one process (tests), in a pool on one machine, or in a batch on a worker.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import fields
from itertools import compress, repeat
from operator import ne, sub
from pathlib import Path
from typing import Any, TypeVar

from pipelines.reference import reference_version
from pipelines.stages import describe, extract, normalize
from pipelines.stages.models import DocumentMeta, Figure, QuarantineError

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
    if not raw_offsets:
        return {"offset_run_starts": [], "offset_run_raw": []}
    # step[i] is raw_offsets[i + 1] - raw_offsets[i]; a run starts after every step that is not 1.
    # All of it runs in C (map/compress), which matters: the map has one entry per character.
    steps = map(sub, raw_offsets[1:], raw_offsets)
    starts = [0, *compress(range(1, len(raw_offsets)), map(ne, steps, repeat(1)))]
    return {"offset_run_starts": starts, "offset_run_raw": [raw_offsets[i] for i in starts]}


def raw_offset(runs: tuple[list[int], list[int]], index: int) -> int:
    """Raw-text offset of cleaned character ``index`` (``index == len(text)`` is the end)."""
    starts, raws = runs
    run = bisect_right(starts, index) - 1
    return raws[run] + index - starts[run]


META_FIELDS = tuple(f.name for f in fields(DocumentMeta))
FIGURE_FIELDS = tuple(f.name for f in fields(Figure))


def _fields_of(record: DocumentMeta | Figure, names: tuple[str, ...]) -> Row:
    """A record's fields as a dict, in field order.

    ``dataclasses.asdict`` deep-copies every value, which cost a fifth of the
    extract stage; the fields are immutable scalars (str, float, date, None),
    so a shallow copy gives the same row.
    """
    return {name: getattr(record, name) for name in names}


#: how much of an unexpected error's message a quarantine row keeps
_DETAIL_MAX = 300


def normalize_blob(blob_path: Path) -> Row:
    """Decode, clean and describe one document; a refusal comes back as a row too, and so does
    an error of the code's own on this document (``internal_error``, quarantined with its
    message), so the rest of the batch goes on."""
    document_id = blob_path.name
    try:
        decoded = normalize.decode(blob_path.read_bytes())
        cleaned = normalize.normalize(decoded.text)
        if not cleaned.text.strip():
            raise QuarantineError("no_text", "nothing is left after cleaning")
        meta = describe.describe_document(cleaned.text, document_id)
    except QuarantineError as exc:
        return {"document_id": document_id, "refused": True, "reason": exc.reason, "detail": exc.detail}
    except Exception as exc:  # (a bug one document trips must not stop the others)
        detail = f"{type(exc).__name__}: {exc}"[:_DETAIL_MAX]
        return {"document_id": document_id, "refused": True, "reason": "internal_error", "detail": detail}
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
        **_fields_of(meta, META_FIELDS),
    }


def extract_document(document: Row) -> list[Row]:
    """Figures of one normalized document, with spans mapped back to the raw text."""
    meta = DocumentMeta(**{name: document[name] for name in META_FIELDS})
    spans = list(zip(document["corrupted_starts"], document["corrupted_ends"], strict=True))
    runs = (document["offset_run_starts"], document["offset_run_raw"])
    rows: list[Row] = []
    for seq, figure in enumerate(extract.extract_figures(document["text"], meta, spans)):
        row = _fields_of(figure, FIGURE_FIELDS)
        identity = f"{document['document_id']}|{seq}|{figure.char_start}|{figure.measure}|{figure.value}"
        row["figure_id"] = hashlib.sha256(identity.encode()).hexdigest()[:20]
        row["document_id"] = document["document_id"]
        row["figure_seq"] = seq
        row["raw_start"] = raw_offset(runs, figure.char_start)
        row["raw_end"] = raw_offset(runs, figure.char_end)
        rows.append(row)
    return rows


def extract_or_refuse(document: Row) -> tuple[list[Row], Row | None]:
    """``extract_document``, or, where the code fails on this one document, no figures and the
    refusal that records why (``internal_error``), so the rest of the batch goes on."""
    try:
        return extract_document(document), None
    except Exception as exc:  # (a bug one document trips must not stop the others)
        detail = f"extract: {type(exc).__name__}: {exc}"[:_DETAIL_MAX]
        return [], {"document_id": document["document_id"], "reason": "internal_error", "detail": detail}


def map_documents(work: Callable[[Item], Result], items: Iterable[Item], workers: int) -> Iterator[Result]:
    """``map`` in worker processes when it pays, in order, else in this process."""
    items = list(items)
    if workers <= 1 or len(items) < 2 * workers:
        yield from map(work, items)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(work, items, chunksize=max(1, len(items) // (workers * 8)))
