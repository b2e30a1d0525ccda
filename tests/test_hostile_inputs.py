"""Hostile and broken input: each gets a clear reason, the rest of the batch goes on."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import opencc
import pytest

from pipelines.defs.resources import PipelineConfig
from pipelines.stages import batch, describe
from pipelines.stages.batch import normalize_blob
from tests.conftest import SEED_FILES, Materialize

SAMPLE = "2024年1-11月，山东省规模以上工业增加值增长7.5%，高于全国3.2个百分点。"


def quarantine_and_documents(config: PipelineConfig) -> tuple[dict[str, str], dict[str, int]]:
    con = duckdb.connect(config.warehouse, read_only=True)
    try:
        reasons = dict(con.execute("select source_file, reason from v_quarantine").fetchall())
        documents = dict(con.execute("select source_file, n_figures from v_documents").fetchall())
    finally:
        con.close()
    return reasons, documents


def test_hostile_batch(
    config: PipelineConfig, materialize: Materialize, raw_dir: Path, tmp_path: Path
) -> None:
    seed_text = (raw_dir / SEED_FILES[0]).read_text(encoding="utf-8")
    other_text = (raw_dir / SEED_FILES[2]).read_text(encoding="utf-8")
    seed_bytes = other_text.encode()
    traditional = opencc.OpenCC("s2t").convert(SAMPLE)
    rng = random.Random(3)
    files: dict[str, bytes] = {
        "empty.txt": b"",
        "photo.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(rng.randrange(256) for _ in range(4000)),
        "random.bin": bytes(rng.randrange(256) for _ in range(5000)),
        "gb18030.txt": SAMPLE.encode("gb18030"),
        "big5.txt": traditional.encode("big5"),
        "utf16le-bom.txt": b"\xff\xfe" + SAMPLE.encode("utf-16-le"),
        "utf16be.txt": SAMPLE.encode("utf-16-be"),
        "no figures.txt": "会议强调，要坚定信心，真抓实干，推动高质量发展。".encode(),
        'it\'s "quoted"; drop table x; --.txt': SAMPLE.encode(),
        "报告 2024（全文）.txt": SAMPLE.encode(),
        "same as first seed.txt": seed_text.encode(),
        "too-large.txt": b"1" * (2 * 1024 * 1024 + 1),
        "single-line-50mb.txt": ("增长7.5%，" * (50 * 1024 * 1024 // 14)).encode(),
        "large-but-allowed.txt": ("\n\n".join([seed_text] * 40)).encode(),
        "invalid-utf8-middle.txt": other_text[:1000].encode() + b"\xff" + other_text[1000:].encode(),
        "truncated-end.txt": seed_bytes + "增".encode()[:2],
        "page.html": (
            "<!DOCTYPE html><html><head><meta charset='utf-8'><title>工业运行</title>"
            "<script>var x = 99;</script></head><body><div class='nav'>首页</div>"
            f"<p>{SAMPLE}</p></body></html>"
        ).encode(),
        "scrape.csv": ('url,title,content\n"http://example.gov.cn/a","工业运行","' + SAMPLE + '"\n').encode(),
    }
    for name, data in files.items():
        (raw_dir / name).write_bytes(data)
    outside = tmp_path / "outside-secret.txt"
    outside.write_text(SAMPLE, encoding="utf-8")
    os.symlink(outside, raw_dir / "link-out.txt")
    os.symlink(tmp_path, raw_dir / "link-to-folder")
    config = PipelineConfig(
        raw_dir=config.raw_dir, warehouse=config.warehouse, workers=1, max_file_bytes=2 * 1024 * 1024
    )
    assert materialize(config).success

    reasons, documents = quarantine_and_documents(config)
    assert reasons == {
        "empty.txt": "empty_file",
        "photo.jpg": "binary",
        "random.bin": "binary",
        "too-large.txt": "too_large",
        "single-line-50mb.txt": "too_large",
        "link-out.txt": "symlink_outside",
        "link-to-folder": "symlink_outside",
    }
    # Every other file is a document; nothing is lost.
    expected_documents = set(SEED_FILES) | (set(files) - set(reasons))
    assert set(documents) == expected_documents
    for name in (
        "gb18030.txt",
        "big5.txt",
        "utf16le-bom.txt",
        "utf16be.txt",
        "truncated-end.txt",
        "page.html",
        "scrape.csv",
        'it\'s "quoted"; drop table x; --.txt',
        "报告 2024（全文）.txt",
    ):
        assert documents[name] >= 2, name  # growth and the gap to the national figure
    assert documents["no figures.txt"] == 0
    assert documents["large-but-allowed.txt"] >= 40
    con = duckdb.connect(config.warehouse, read_only=True)
    same = con.execute(
        "select count(distinct content_sha256) from v_documents where source_file in (?, ?)",
        [SEED_FILES[0], "same as first seed.txt"],
    ).fetchone()
    damaged = con.execute(
        "select min(n_corrupted_spans) from v_documents where source_file like '%-utf8-middle.txt' "
        "or source_file = 'truncated-end.txt'"
    ).fetchone()
    html_quotes = con.execute(
        "select string_agg(quote, '') from v_figures where source_file = 'page.html'"
    ).fetchone()
    big5 = con.execute(
        "select indicator, value from v_figures where source_file = 'big5.txt' order by value"
    ).fetchall()
    con.close()
    assert same == (1,)
    # Invalid bytes are kept as a marked corrupted span, not guessed and not fatal.
    assert damaged is not None and damaged[0] >= 1
    # Markup and script never reach a quote.
    assert html_quotes is not None and "<" not in html_quotes[0] and "var x" not in html_quotes[0]
    # Traditional Big5 text was decoded and simplified before extraction.
    assert big5 == [("规模以上工业增加值", 3.2), ("规模以上工业增加值", 7.5)]


def test_file_deleted_or_rewritten_while_read(tmp_path: Path) -> None:
    """A file that vanishes, or never holds still, is refused with its reason, never half-read."""
    import pytest

    from pipelines.stages.ingest import read_snapshot
    from pipelines.stages.models import QuarantineError

    raw = tmp_path / "raw"
    raw.mkdir()
    gone = raw / "gone.txt"
    gone.write_text(SAMPLE, encoding="utf-8")
    gone.unlink()
    with pytest.raises(QuarantineError) as vanished:
        read_snapshot(gone, raw, 10_000_000)
    assert vanished.value.reason == "vanished"

    busy = raw / "busy.txt"
    busy.write_bytes(b"")
    # A real second process appends as fast as it can while we snapshot the file.
    writer = subprocess.Popen([sys.executable, "-c", APPENDER, str(busy)])
    try:
        while busy.stat().st_size == 0:
            time.sleep(0.01)
        outcomes = []
        size_at_start = busy.stat().st_size
        for _ in range(20):
            try:
                data = read_snapshot(busy, raw, 100_000_000)
                outcomes.append("read")
                assert len(data) % len(SAMPLE.encode()) == 0  # whole appends only, never torn
            except QuarantineError as exc:
                outcomes.append(exc.reason)
        grew_while_read = busy.stat().st_size > size_at_start
    finally:
        writer.kill()
        writer.wait()
    assert grew_while_read  # the file really was being written while it was snapshotted
    assert set(outcomes) <= {"read", "changed_during_read"}
    assert "changed_during_read" in outcomes
    # Once the writer has stopped, the file is read whole.
    settled = read_snapshot(busy, raw, 100_000_000)
    assert len(settled) == busy.stat().st_size
    assert len(settled) % len(SAMPLE.encode()) == 0


APPENDER = f"""
import os, sys, time
line = {SAMPLE!r}.encode()
fd = os.open(sys.argv[1], os.O_WRONLY | os.O_APPEND)
for _ in range(200_000):  # bounded: at most ~20 MB, then it stops by itself
    os.write(fd, line)
    time.sleep(0.0001)
"""


def test_an_error_of_the_codes_own_on_one_document_quarantines_that_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug one document trips (describe raising, as a KeyError once did on a text that said
    only 全区) comes back as that document's refusal, with the error named, not as a failed run."""

    def trips(text: str, name: str) -> None:
        raise KeyError("district")

    blob = tmp_path / "0123abcd"
    blob.write_text(SAMPLE, encoding="utf-8")
    assert normalize_blob(blob)["refused"] is False
    monkeypatch.setattr(describe, "describe_document", trips)
    row = normalize_blob(blob)
    assert (row["refused"], row["reason"]) == (True, "internal_error")
    assert row["detail"] == "KeyError: 'district'"


def test_a_document_the_extractor_fails_on_is_quarantined_and_the_others_load(
    config: PipelineConfig, materialize: Materialize, raw_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An extractor bug one document trips: that file is in v_quarantine as internal_error (and
    stays there on a rerun that reuses the cache), the seeds' figures load all the same."""
    real = batch.extract_document

    def trips(document: dict[str, object]) -> list[dict[str, object]]:
        if "触发故障" in str(document["text"]):
            raise ValueError("a rule failed")
        return real(document)

    (raw_dir / "trips.txt").write_text("触发故障。" + SAMPLE, encoding="utf-8")
    monkeypatch.setattr(batch, "extract_document", trips)
    for _ in range(2):
        assert materialize(config).success
        reasons, documents = quarantine_and_documents(config)
        assert reasons == {"trips.txt": "internal_error"}
        assert all(documents[name] > 0 for name in SEED_FILES)
    con = duckdb.connect(config.warehouse, read_only=True)
    try:
        detail = con.execute("select detail from v_quarantine").fetchone()
    finally:
        con.close()
    assert detail == ("extract: ValueError: a rule failed",)
