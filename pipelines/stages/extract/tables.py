"""Plain-text tables: a header of years over rows of one indicator's values.

Plans and evaluations end with a table of their main indicators::

    指标名称  单位  2024年基数  2025年  2026年  2027年
    规模以上工业企业数字化转型覆盖率  %  68  75  83  90

Prose rules cannot read such a row (its numbers have no unit and no verb), so
the columns are matched here: each number below a year is that indicator's
value for that year. Normalisation keeps the column gaps (two spaces or more)
that make the cells.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipelines.stages.extract.numbers import parse_number

_CELL = re.compile(r"\S+(?: \S+)*")  # a cell: words separated by single spaces only
#: a year column: 2025年, 2024年基数, 2027年目标值, 2023年（实际）
_YEAR_COLUMN = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*年?\s*[（(]?(?P<tag>基数|基期|基准|实际|完成|预计|目标|预期)?值?[)）]?"
)
_NUMBER_CELL = re.compile(r"[-−]?\d+(?:\.\d+)?")
#: a unit said inside the indicator's cell: 规模以上工业增加值（亿元）
_UNIT_IN_NAME = re.compile(r"[（(](?P<unit>[^()（）]{1,6})[)）]$")
_PROSE = re.compile(r"[，。；]")
#: tags of a column of outcomes, of estimates; the others are goals
ACTUAL_TAGS = ("基数", "基期", "基准", "实际", "完成")
ESTIMATE_TAGS = ("预计",)


@dataclass(frozen=True)
class TableValue:
    """One number of a table row, with what its row and column say about it."""

    start: int  # the number's offsets in the text
    end: int
    value: float
    year: int
    tag: str  # the column's tag (基数, 目标 …) or ""
    indicator: str
    unit: str  # as written in the unit column or the indicator's cell, "" if none
    row_start: int
    row_end: int


def table_values(text: str) -> Iterator[TableValue]:
    """Every number standing under a year column of a plain-text table in ``text``."""
    if "  " not in text:
        return  # no column gap, no table: most documents are prose only
    columns: list[tuple[int, str]] | None = None  # (year, tag) of the header's year cells
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        cells = [(m.start() + start, m.group()) for m in _CELL.finditer(line)]
        if len(cells) < 2 or _PROSE.search(line):
            columns = None
            continue
        years = [m for _, cell in cells if (m := _YEAR_COLUMN.fullmatch(cell))]
        if len(years) >= 2 and len(years) >= len(cells) - 2:
            columns = [(int(m.group("y")), m.group("tag") or "") for m in years]
            continue
        if columns is None:
            continue
        yield from _row(cells, columns, start, start + len(line))


def _row(
    cells: list[tuple[int, str]], columns: list[tuple[int, str]], row_start: int, row_end: int
) -> Iterator[TableValue]:
    """The values of one row: its last cells, one per year column; before them the
    indicator and, if there is one, the unit."""
    numbers = cells[-len(columns) :]
    head = cells[: -len(columns)]
    if not 1 <= len(head) <= 2 or not all(_NUMBER_CELL.fullmatch(cell) for _, cell in numbers):
        return
    indicator = head[0][1]
    unit = head[1][1] if len(head) == 2 else ""
    in_name = _UNIT_IN_NAME.search(indicator)
    if in_name and not unit:
        indicator, unit = indicator[: in_name.start()], in_name.group("unit")
    if _NUMBER_CELL.fullmatch(indicator) or _NUMBER_CELL.fullmatch(unit or "x"):
        return
    for (offset, cell), (year, tag) in zip(numbers, columns, strict=True):
        value = parse_number(cell.lstrip("-−"))
        if value is None:
            continue
        value = -value if cell[0] in "-−" else value
        yield TableValue(offset, offset + len(cell), value, year, tag, indicator, unit, row_start, row_end)
