"""Throughput of decode + normalize (+ describe) over the seed documents.

Run: ``.venv/bin/python benchmarks/bench_normalize.py [repeats]``. Prints
characters per second on one core, and what that means for 10,000 documents
of seed size on two cores. Timing is kept out of the tests on purpose: a
shared machine makes time assertions flaky.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # runnable as a plain script from anywhere

from pipelines.stages.describe import describe_document  # noqa: E402
from pipelines.stages.normalize import decode, normalize  # noqa: E402

SEED_DIR = ROOT / "seeds" / "documents"


def main(repeats: int = 200) -> None:
    blobs = [path.read_bytes() for path in sorted(SEED_DIR.glob("*.txt"))]
    n_chars = sum(len(normalize(decode(blob).text).text) for blob in blobs)  # warm caches
    raw_chars = sum(len(decode(blob).text) for blob in blobs)

    start = time.perf_counter()
    for _ in range(repeats):
        for blob in blobs:
            normalize(decode(blob).text)
    cleaning = time.perf_counter() - start

    start = time.perf_counter()
    for _ in range(repeats):
        for blob in blobs:
            describe_document(normalize(decode(blob).text).text, "bench.txt")
    with_describe = time.perf_counter() - start

    n_docs = repeats * len(blobs)
    total = raw_chars * repeats
    print(f"{n_docs} documents, {total:,} raw characters ({n_chars * repeats:,} cleaned)")
    for label, seconds in (("decode+normalize", cleaning), ("decode+normalize+describe", with_describe)):
        rate, per_doc = total / seconds, seconds / n_docs * 1000
        print(f"{label:<27} {rate:>12,.0f} raw chars/s  {per_doc:.2f} ms/doc")
    print(f"10,000 seed-size documents on 2 cores: ~{with_describe / n_docs * 10_000 / 2:.0f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
