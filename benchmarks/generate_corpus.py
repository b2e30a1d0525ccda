"""Deterministic corpus generator for benchmarks: N realistic documents from the seeds.

Each document is a seed document with its structure varied: another province
or city, other years, other numbers, paragraphs reordered, and some damage
(re-encoded as GB18030 or UTF-16, lines broken mid-sentence, web chrome added).
Generated data goes under benchmarks/corpus/ (git-ignored), never into git.

    python benchmarks/generate_corpus.py N OUT_DIR [--seed 7]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SEEDS = sorted((PROJECT / "seeds" / "documents").glob("*.txt"))
NUMBER = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?=\s*(?:%|个百分点|万|亿|家|个|项|万辆|万吨|名|人))")
YEAR = re.compile(r"(20[12]\d)(?=年)")
CHROME = [
    "访问:",
    "字号: 默认 超大",
    "分享:",
    "【打印此页】 【关闭窗口】",
    "所有评论仅代表网友意见,与本站立场无关",
]


def regions() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    with (PROJECT / "seeds" / "reference" / "regions.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    provinces = [(r["name"], r["short_name"]) for r in rows if r["level"] == "province"]
    cities = [(r["name"], r["short_name"]) for r in rows if r["level"] in ("prefecture", "city")]
    return provinces, cities


def vary_numbers(text: str, rng: random.Random) -> str:
    def replace(match: re.Match[str]) -> str:
        raw = match.group(1)
        value = float(raw) * rng.uniform(0.7, 1.3)
        return f"{value:.{len(raw.split('.')[1])}f}" if "." in raw else str(max(1, round(value)))

    return NUMBER.sub(replace, text)


def make_document(
    seed_text: str, rng: random.Random, provinces: list[tuple[str, str]], cities: list[tuple[str, str]]
) -> str:
    province, province_short = rng.choice(provinces)
    city, city_short = rng.choice(cities) if cities else (province, province_short)
    text = seed_text.replace("山东省", province).replace("山东", province_short)
    text = text.replace("济南市", city).replace("济南", city_short)
    shift = rng.randint(-3, 2)
    text = YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    text = vary_numbers(text, rng)
    paragraphs = text.split("\n\n")
    head = 6  # title, date and document-number lines stay on top
    if len(paragraphs) > head + 2:
        body = paragraphs[head:]
        rng.shuffle(body)
        paragraphs = paragraphs[:head] + body
    if rng.random() < 0.2:
        index = rng.randrange(len(paragraphs))
        para = paragraphs[index]
        if len(para) > 40:
            cut = rng.randrange(10, len(para) - 10)
            paragraphs[index] = para[:cut] + "\n\n" + para[cut:]
    if rng.random() < 0.3:
        paragraphs.insert(1, "\n".join(rng.sample(CHROME, 2)))
        paragraphs.append(rng.choice(CHROME))
    return "\n\n".join(paragraphs)


def encode(text: str, rng: random.Random) -> bytes:
    roll = rng.random()
    if roll < 0.1:
        return text.encode("gb18030")
    if roll < 0.15:
        return text.encode("utf-16")
    return text.encode("utf-8")


def generate(n: int, out_dir: Path, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    provinces, cities = regions()
    seed_texts = [path.read_text(encoding="utf-8") for path in SEEDS]
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for index in range(n):
        text = make_document(seed_texts[index % len(seed_texts)], rng, provinces, cities)
        path = out_dir / f"doc_{index:06d}.txt"
        path.write_bytes(encode(text, rng))
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("n", type=int)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(f"wrote {len(generate(args.n, args.out_dir, args.seed))} documents to {args.out_dir}")


if __name__ == "__main__":
    main()
