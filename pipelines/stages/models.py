"""Records passed between stages.

They are plain dataclasses so that worker processes can pickle them and so
that every stage can be tested without Dagster.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


class QuarantineError(Exception):
    """An input that must not enter the warehouse.

    ``reason`` is a short stable code (``empty_file``, ``binary``,
    ``undecodable``, ``too_large`` ...) that analysts can group by; ``detail``
    says what exactly was wrong with this file.
    """

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class DecodedFile:
    text: str
    encoding: str
    confidence: float


@dataclass(frozen=True)
class NormalizedText:
    """Cleaned simplified text with a map back to the decoded raw text.

    ``raw_offsets[i]`` is the offset in the decoded raw text of cleaned
    character ``i``; it has one extra entry for the end of the text, so a
    cleaned span ``[a, b)`` maps to ``[raw_offsets[a], raw_offsets[b])``.
    """

    text: str
    raw_offsets: list[int]
    corrupted_spans: list[tuple[int, int]] = field(default_factory=list)


#: A region the text speaks for but never names: a 全省… clause in a document whose province
#: is not known (a county-level city's), or a whole document that says 全市 and names no
#: city. No official name can be given, so such figures are left out rather than credited
#: to another region (the document's, or 全国); a document keeps the marker as its region.
UNNAMED_PROVINCE = "(unnamed province)"
UNNAMED_CITY = "(unnamed city)"
UNNAMED_COUNTY = "(unnamed county)"
UNNAMED_REGIONS = frozenset({UNNAMED_PROVINCE, UNNAMED_CITY, UNNAMED_COUNTY})
#: The region whose own texts call it 我国 and count their money in 新台币: a Taiwan paper's 我国 is
#: the island, not the country (regions.csv's official name for it).
TAIWAN = "台湾省"


@dataclass(frozen=True)
class DocumentMeta:
    title: str | None
    published_on: date | None
    doc_number: str | None
    issuer: str | None
    doc_type: str
    region: str
    reference_date: date | None
    reference_date_method: str
    reference_date_confidence: float
    #: how the region was found (scope_words, mentions, country_words, own_name, …)
    region_method: str = "given"
    region_confidence: float = 1.0


@dataclass(frozen=True)
class Figure:
    """One figure mention, the model of ``spec/figures.md``.

    ``char_start``/``char_end`` delimit ``quote`` in the cleaned text;
    ``rules`` names the extraction rules that produced the figure.
    """

    indicator: str
    measure: str
    value: float
    value_max: float | None
    unit: str
    value_base: float
    value_base_max: float | None
    base_unit: str
    qualifier: str
    status: str
    region: str
    benchmark: str | None
    period_start: date | None
    period_end: date | None
    period_type: str
    quote: str
    char_start: int
    char_end: int
    rules: str
    confidence: float
