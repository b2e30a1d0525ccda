"""Ingest: list the raw folder, refuse what must not enter, snapshot the rest.

Each accepted file is copied into a content-addressed blob store, so later
stages read exactly the bytes that were hashed even if the source file changes
or disappears mid-run, and identical content under two names is one document.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pipelines.stages.failpoints import kill_point
from pipelines.stages.models import QuarantineError

READ_ATTEMPTS = 3
# A write that crosses a page boundary grows the file one page at a time, so a
# reader can see a stable size and mtime that end mid-record. A file touched
# this recently is stat'ed again after the quiet period before it is accepted.
QUIET_SECONDS = 0.05


@dataclass(frozen=True)
class IngestedFile:
    source_file: str
    content_sha256: str
    n_bytes: int
    modified_at: datetime
    stat_key: str
    reused: bool = False  # unchanged since its last snapshot, so not read again


@dataclass(frozen=True)
class RefusedFile:
    source_file: str
    reason: str
    detail: str
    seen_at: datetime


def _modified_at(stat: os.stat_result) -> datetime:
    # The file's own mtime, not the clock: reruns on unchanged input stay identical.
    return datetime.fromtimestamp(stat.st_mtime_ns / 1e9, tz=UTC).replace(microsecond=0)


def stat_key(stat: os.stat_result) -> str:
    """What says a file is unchanged without reading it, as git's index does.

    The ctime cannot be set back by the writer (unlike the mtime), so a rewrite
    that keeps size and mtime still changes the key.
    """
    return f"{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ino}:{stat.st_ctime_ns}"


def list_raw_files(raw_dir: Path) -> list[Path]:
    """Every non-hidden entry below ``raw_dir`` that is a file or a link, sorted."""
    found: list[Path] = []
    for root, dirs, files in os.walk(raw_dir):
        visible = sorted(d for d in dirs if not d.startswith("."))
        # A link to a folder is not walked into; it is listed, so it gets refused with a reason.
        found.extend(Path(root) / d for d in visible if (Path(root) / d).is_symlink())
        dirs[:] = [d for d in visible if not (Path(root) / d).is_symlink()]
        found.extend(Path(root) / name for name in files if not name.startswith("."))
    return sorted(found)


def read_snapshot(path: Path, raw_dir: Path, max_bytes: int) -> bytes:
    """The file's bytes, read so that a concurrent change is noticed, not half-read."""
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(raw_dir.resolve()):
            raise QuarantineError("symlink_outside", f"link points outside the raw folder to {target}")
    for _ in range(READ_ATTEMPTS):
        try:
            before = path.stat()
            if before.st_size > max_bytes:
                raise QuarantineError("too_large", f"{before.st_size} bytes exceeds the limit of {max_bytes}")
            with path.open("rb") as handle:
                data = handle.read(max_bytes + 1)
            after = path.stat()
        except FileNotFoundError as exc:
            raise QuarantineError("vanished", f"file disappeared while being read: {exc}") from exc
        except IsADirectoryError as exc:
            raise QuarantineError("not_a_file", str(exc)) from exc
        if len(data) > max_bytes:
            raise QuarantineError("too_large", f"more than {max_bytes} bytes")
        stable = (before.st_size, before.st_mtime_ns) == (after.st_size, after.st_mtime_ns)
        if stable and len(data) == after.st_size and _still_after_quiet(path, after):
            if not data:
                raise QuarantineError("empty_file", "the file has no content")
            return data
    raise QuarantineError("changed_during_read", f"content kept changing over {READ_ATTEMPTS} reads")


def _quiet_left(stat: os.stat_result) -> float:
    """Seconds until the file has been left alone for ``QUIET_SECONDS`` (0: it has)."""
    age = time.time() - stat.st_mtime_ns / 1e9
    return max(QUIET_SECONDS - max(age, 0.0), 0.0)


def _still_after_quiet(path: Path, seen: os.stat_result) -> bool:
    """True when a recently modified file has not changed over a quiet period."""
    wait = _quiet_left(seen)
    if not wait:
        return True
    time.sleep(wait)
    try:
        again = path.stat()
    except FileNotFoundError:
        return False
    return (again.st_size, again.st_mtime_ns) == (seen.st_size, seen.st_mtime_ns)


def store_blob(blob_dir: Path, data: bytes) -> str:
    """Write ``data`` under its SHA-256 (atomically) and return the hash."""
    digest = hashlib.sha256(data).hexdigest()
    target = blob_dir / digest
    if not target.exists():
        blob_dir.mkdir(parents=True, exist_ok=True)
        tmp = blob_dir / f".{digest}.{os.getpid()}.tmp"
        tmp.write_bytes(data)
        os.replace(tmp, target)
    return digest


def ingest_folder(
    raw_dir: Path,
    blob_dir: Path,
    max_bytes: int,
    known: Mapping[str, tuple[str, str]] | None = None,
) -> tuple[list[IngestedFile], list[RefusedFile]]:
    """Snapshot every file of ``raw_dir``; a bad file is refused, the batch goes on.

    ``known`` maps a file name to the stat key and content hash of its last
    snapshot: a regular file whose key is unchanged, settled and still in the blob
    store is not read again, so a run over a large folder costs what changed.
    """
    known = known or {}
    accepted: list[IngestedFile] = []
    refused: list[RefusedFile] = []
    for path in list_raw_files(raw_dir):
        name = path.relative_to(raw_dir).as_posix()
        try:
            stat = path.lstat()
        except FileNotFoundError:
            refused.append(
                RefusedFile(name, "vanished", "listed, then gone", datetime.now(UTC).replace(microsecond=0))
            )
            continue
        key = stat_key(stat)
        previous = known.get(name)
        if previous and previous[0] == key and _reusable(path, stat, blob_dir / previous[1]):
            accepted.append(
                IngestedFile(name, previous[1], stat.st_size, _modified_at(stat), key, reused=True)
            )
            continue
        try:
            data = read_snapshot(path, raw_dir, max_bytes)
        except QuarantineError as exc:
            refused.append(RefusedFile(name, exc.reason, exc.detail, _modified_at(stat)))
            continue
        digest = store_blob(blob_dir, data)
        kill_point("ingest_blob_stored")
        accepted.append(IngestedFile(name, digest, len(data), _modified_at(stat), key))
    return accepted, refused


def _reusable(path: Path, stat: os.stat_result, blob: Path) -> bool:
    """A plain, settled file whose snapshot is still in the store (links are always re-read)."""
    return not path.is_symlink() and not _quiet_left(stat) and blob.exists()
