"""Non-seed documents (tests/fixtures/general): sanity rules any correct extraction obeys.

These documents are ours, unannotated; the checks are properties, not expected outputs.
"""

import re
from pathlib import Path

import pytest

from pipelines.stages import describe, normalize
from pipelines.stages.extract import extract_figures

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "general").glob("*.txt"))
CUE_WORDS = ("预期", "预计", "力争", "确保", "同比", "比上年", "比年初")


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_figures_of_other_document_types_are_well_formed(path: Path) -> None:
    cleaned = normalize.normalize(normalize.decode(path.read_bytes()).text)
    meta = describe.describe_document(cleaned.text, path.name)
    figures = extract_figures(cleaned.text, meta, cleaned.corrupted_spans)
    assert len(figures) >= 5
    assert meta.region != "全国"  # every fixture speaks for a province or a city
    for figure in figures:
        assert cleaned.text[figure.char_start : figure.char_end] == figure.quote
        assert not figure.indicator.startswith(("比", "较")), figure
        # (a change over a base names its base in brackets, as annotators do: 粮食总产量（比上年增加）)
        named = re.sub(r"（(?:比|较)[^（）]{1,6}）$", "", figure.indicator)
        assert not any(word in named for word in CUE_WORDS), figure
        if figure.period_start and figure.period_end:
            assert figure.period_start <= figure.period_end
        if figure.measure == "pp_diff":
            assert figure.benchmark, figure
        elif figure.measure != "rank":
            assert figure.benchmark is None, figure


def test_there_are_fixtures() -> None:
    assert len(FIXTURES) >= 5
