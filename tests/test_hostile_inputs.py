"""Hostile and broken input: each gets a clear reason, the rest of the batch goes on."""

from __future__ import annotations

import os
import random
from pathlib import Path

import duckdb
import opencc

from pipelines.defs.resources import PipelineConfig
from tests.conftest import SEED_FILES, Materialize

SAMPLE = "2024年1-11月，全省规模以上工业增加值增长7.5%，高于全国3.2个百分点。"


def quarantine_and_documents(config: PipelineConfig) -> tuple[dict[str, str], dict[str, int]]:
    con = duckdb.connect(config.warehouse, read_only=True)
    try:
        reasons = dict(con.execute("select source_file, reason from v_quarantine").fetchall())
        documents = dict(con.execute("select source_file, n_figures from v_documents").fetchall())
    finally:
        con.close()
    return reasons, documents


def test_hostile_batch(config: PipelineConfig, materialize: Materialize, raw_dir: Path, tmp_path: Path) -> None:
    seed_text = (raw_dir / SEED_FILES[0]).read_text(encoding="utf-8")
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
        "it's \"quoted\"; drop table x; --.txt": SAMPLE.encode(),
        "报告 2024（全文）.txt": SAMPLE.encode(),
        "same as first seed.txt": seed_text.encode(),
        "too-large.txt": b"1" * (2 * 1024 * 1024 + 1),
    }
    for name, data in files.items():
        (raw_dir / name).write_bytes(data)
    outside = tmp_path / "outside-secret.txt"
    outside.write_text(SAMPLE, encoding="utf-8")
    os.symlink(outside, raw_dir / "link-out.txt")
    config = PipelineConfig(raw_dir=config.raw_dir, warehouse=config.warehouse, workers=1,
                            max_file_bytes=2 * 1024 * 1024)
    assert materialize(config).success

    reasons, documents = quarantine_and_documents(config)
    assert reasons == {
        "empty.txt": "empty_file",
        "photo.jpg": "binary",
        "random.bin": "binary",
        "too-large.txt": "too_large",
        "link-out.txt": "symlink_outside",
    }
    # Every other file is a document; nothing is lost.
    expected_documents = set(SEED_FILES) | (set(files) - set(reasons))
    assert set(documents) == expected_documents
    for name in ("gb18030.txt", "big5.txt", "utf16le-bom.txt", "utf16be.txt",
                 "it's \"quoted\"; drop table x; --.txt", "报告 2024（全文）.txt"):
        assert documents[name] >= 2, name  # growth and the gap to the national figure
    assert documents["no figures.txt"] == 0
    con = duckdb.connect(config.warehouse, read_only=True)
    same = con.execute("select count(distinct content_sha256) from v_documents where source_file in (?, ?)",
                       [SEED_FILES[0], "same as first seed.txt"]).fetchone()
    big5 = con.execute("select quote from v_figures where source_file = 'big5.txt' order by 1").fetchall()
    con.close()
    assert same == (1,)
    assert all("规模以上工业增加值" in quote for (quote,) in big5)
