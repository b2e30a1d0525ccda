"""The analyst's report: one self-contained, bilingual HTML page built from the public views.

Why this shape:

* Analysts open the page from a shared drive or a mail attachment, often offline,
  so every script and style is inlined (plotly.js once, not once per chart) and a
  Content-Security-Policy forbids the page from loading anything at all.
* Every piece of text that comes from a document (titles, quotes, indicator names,
  file names, quarantine details) is hostile input: it goes through ``html.escape``
  before it touches the page, including the labels handed to plotly, which renders
  a subset of HTML in its text.
* The page only reads the public views (``v_*``), the contract analysts use too, so
  it shows what a BI tool would show. Views that another release adds later
  (``v_observations``, ``v_indicator_annual``, ``v_target_attainment``) degrade to a
  "not available" note instead of failing the run.
* The same warehouse gives the same bytes: no clock, no random chart ids, every
  query ordered. The only date on the page is the newest reference date in the data.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import duckdb
import plotly.graph_objects as go
import plotly.io as pio
from plotly.offline import get_plotlyjs

Row = dict[str, Any]

#: Figures below this extractor confidence are listed for review (same threshold as the warehouse check).
LOW_CONFIDENCE = 0.5
#: Charts on the page; the series with both year-to-date and full-year values come first.
MAX_CHARTS = 12
#: Documents shown figure by figure; a corpus of thousands would make a page no one can open.
MAX_DOCUMENTS = 60
#: Rows of any one listing (targets, documents read, quarantine, conflicts, low confidence);
#: the rest is one query away in the view the note names.
MAX_TABLE_ROWS = 200
#: Headline indicators shown per region: catalogued indicators first, growth before levels
#: before comparisons, then the facts most documents mention.
HEADLINES_PER_REGION = 12
HEADLINE_MEASURES = [
    "yoy_growth_pct",
    "share_pct",
    "amount",
    "avg_growth_pct",
    "pp_change",
    "pp_diff",
    "rank",
]

#: The page may load nothing: scripts and styles are inline, images only as data: URIs.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'"
)

MEASURES: dict[str, tuple[str, str]] = {
    "yoy_growth_pct": ("同比增长", "YoY growth"),
    "avg_growth_pct": ("年均增长", "Average annual growth"),
    "pp_diff": ("与基准差", "Gap to benchmark"),
    "pp_change": ("百分点变化", "Change in points"),
    "share_pct": ("占比", "Share"),
    "amount": ("数量", "Amount"),
    "rank": ("排名", "Rank"),
}
STATUSES: dict[str, tuple[str, str]] = {
    "actual": ("实际", "Actual"),
    "target": ("目标", "Target"),
    "estimate": ("预计", "Estimate"),
}
PERIOD_TYPES: dict[str, tuple[str, str]] = {
    "full_year": ("全年", "Full year"),
    "ytd": ("年初至今", "Year to date"),
    "quarter": ("季度", "Quarter"),
    "as_of": ("时点", "As of"),
    "multi_year": ("多年", "Multi-year"),
    "unknown": ("未知", "Unknown"),
}
ATTAINMENT: dict[str, tuple[str, str]] = {
    "met": ("已达成", "Met"),
    "missed": ("未达成", "Missed"),
    "pending": ("待定", "Pending"),
}
ATTAINMENT_ORDER = {"missed": 0, "met": 1, "pending": 2}
QUARANTINE_REASONS: dict[str, tuple[str, str]] = {
    "empty_file": ("空文件", "Empty file"),
    "binary": ("二进制文件", "Binary file"),
    "undecodable": ("无法解码", "Undecodable"),
    "too_large": ("文件过大", "Too large"),
    "symlink_outside": ("链接指向目录外", "Symlink outside the folder"),
    "vanished": ("读取前消失", "Vanished before reading"),
    "changed_during_read": ("读取时被修改", "Changed while being read"),
    "no_text": ("无正文", "No text"),
    "internal_error": ("程序处理出错", "Pipeline error"),
}
DOC_TYPES: dict[str, tuple[str, str]] = {
    "conference_news": ("会议新闻", "Conference news"),
    "work_plan": ("工作方案", "Work plan"),
    "press_conference": ("新闻发布会", "Press conference"),
    "evaluation_report": ("评估报告", "Evaluation report"),
    "news_article": ("新闻报道", "News article"),
    "government_work_report": ("政府工作报告", "Government work report"),
    "statistical_communique": ("统计公报", "Statistical communiqué"),
    "other": ("其他", "Other"),
}
QUALIFIER_MARKS = {"approx": "≈", "at_least": "≥", "at_most": "≤"}

# A number as the cleaned text writes it: Arabic digits (with thousands separators),
# or Chinese numerals and the words that stand for a position (首位, 第二).
_CN_NUMERAL = "零〇一二两三四五六七八九十百千万亿半几首第"
_FRACTION = re.compile(rf"[{_CN_NUMERAL}]+分之[{_CN_NUMERAL}]+")
_RANGE_DASH = r"\s*[-‐‑–—~～至到]\s*"
_ORDINAL = rf"第[{_CN_NUMERAL}\d]+|首位"


def query(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[object] = ()) -> list[Row]:
    """Rows as dicts, fetched completely (duckdb 2 refuses new work on a half-read result)."""
    cursor = con.execute(sql, list(params))
    names = [column[0] for column in cursor.description or []]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def count(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[object] = ()) -> tuple[int, ...]:
    """The numbers of a one-row aggregate query."""
    row = con.execute(sql, list(params)).fetchone()
    return tuple(int(value or 0) for value in row) if row else (0,)


def public_views(con: duckdb.DuckDBPyConnection) -> dict[str, set[str]]:
    """The public views of the connected warehouse and their columns."""
    rows = con.execute(
        """select table_name, column_name from information_schema.columns
           where table_catalog = current_database() and table_schema = current_schema()
             and starts_with(table_name, 'v_')
           order by table_name, ordinal_position"""
    ).fetchall()
    views: dict[str, set[str]] = {}
    for table, column in rows:
        views.setdefault(str(table), set()).add(str(column))
    return views


# --------------------------------------------------------------------------- formatting


def esc(value: object) -> str:
    """Escape anything for HTML text and attribute values; None is an em dash."""
    if value is None:
        return "—"
    return html.escape(str(value), quote=True)


def bi(zh: str, en: str) -> str:
    """A bilingual label: Chinese first, English after, each marked with its language."""
    return f'<span lang="zh-CN">{esc(zh)}</span> <span lang="en" class="en">{esc(en)}</span>'


def label(vocabulary: dict[str, tuple[str, str]], code: object) -> str:
    """A bilingual label for a code of a closed vocabulary; unknown codes are shown escaped."""
    if code is None:
        return "—"
    if str(code) in vocabulary:
        zh, en = vocabulary[str(code)]
        return bi(zh, en)
    return f"<code>{esc(code)}</code>"


def fmt_number(value: object) -> str:
    """A number the way a reader writes it: thousands separators, no float noise."""
    if value is None:
        return "—"
    number = float(value)  # type: ignore[arg-type]
    if not math.isfinite(number):
        return esc(number)
    rounded = round(number, 4)
    if rounded == int(rounded):
        return f"{int(rounded):,}"
    return f"{rounded:,.4f}".rstrip("0").rstrip(".")


def fmt_base(value: object, base_unit: object) -> str:
    """A value in its base unit, with yuan shown in 亿元 / 万元 so that it stays readable."""
    if value is None:
        return "—"
    number = float(value)  # type: ignore[arg-type]
    unit = "" if base_unit is None else str(base_unit)
    if unit == "元" and abs(number) >= 1e8:
        return f"{fmt_number(number / 1e8)} 亿元"
    if unit == "元" and abs(number) >= 1e4:
        return f"{fmt_number(number / 1e4)} 万元"
    return f"{fmt_number(number)} {esc(unit)}".rstrip()


def fmt_value(row: Row, value_key: str = "value", max_key: str = "value_max") -> str:
    """Qualifier mark, value (and the upper end of a range), unit, as written where known."""
    mark = QUALIFIER_MARKS.get(str(row.get("qualifier") or row.get("target_qualifier")), "")
    written = row.get("value_as_written")
    if written is not None and value_key == "value":
        unit = row.get("unit_as_written") or ""
        upper = row.get("value_max_as_written")
        text = fmt_number(written) + (f"–{fmt_number(upper)}" if upper is not None else "") + esc(unit)
    else:
        upper = row.get(max_key)
        text = fmt_base(row.get(value_key), row.get("base_unit"))
        if upper is not None:
            text = f"{text} – {fmt_base(upper, row.get('base_unit'))}"
    return f"{esc(mark)} {text}".strip()


def period_label(start: object, end: object, period_type: object) -> str:
    """A short Chinese period label (2023年1–11月, 2023年, 截至2023-12-31); ISO dates are in the title."""
    if not isinstance(start, date) or not isinstance(end, date):
        return "—" if period_type in (None, "unknown") else esc(period_type)
    if period_type == "as_of" or start == end:
        return f"截至{end.isoformat()}"
    if start.year == end.year and (start.month, start.day) == (1, 1):
        if (end.month, end.day) == (12, 31):
            return f"{start.year}年"
        return f"{start.year}年1–{end.month}月" if end.month > 1 else f"{start.year}年1月"
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return f"{start.year}–{end.year}年"
    return f"{start.isoformat()}–{end.isoformat()}"


def period_cell(row: Row, prefix: str = "") -> str:
    """A period label with its ISO range as a tooltip."""
    start, end = row.get(f"{prefix}period_start"), row.get(f"{prefix}period_end")
    text = period_label(start, end, row.get(f"{prefix}period_type"))
    title = f"{start} – {end}" if start is not None or end is not None else ""
    return f'<span title="{esc(title)}">{esc(text)}</span>'


def files_cell(files: object) -> str:
    """A list of source file names, each escaped, as small code chips."""
    if files is None:
        return "—"
    names = [files] if isinstance(files, str) else list(files)  # type: ignore[call-overload]
    return " ".join(f'<code class="file">{esc(name)}</code>' for name in names) or "—"


def indicator_cell(row: Row) -> str:
    """The canonical Chinese indicator with its English name (or its code) beneath."""
    english = row.get("indicator_en")
    sub = (
        f'<br><small lang="en">{esc(english)}</small>'
        if english
        else f"<br><small><code>{esc(row.get('indicator_code'))}</code></small>"
        if row.get("indicator_code")
        else ""
    )
    return f'<span lang="zh-CN">{esc(row.get("indicator"))}</span>{sub}'


def measure_cell(row: Row) -> str:
    """The measure, with the benchmark it is compared with where there is one."""
    benchmark = row.get("benchmark")
    suffix = f' <small>vs <span lang="zh-CN">{esc(benchmark)}</span></small>' if benchmark else ""
    return label(MEASURES, row.get("measure")) + suffix


def mentions(row: Row) -> str:
    """How many mentions support a fact, bilingual."""
    count = row.get("n_mentions") or 1
    return bi(f"{count} 处提及", f"{count} mention{'s' if count != 1 else ''}")


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], css: str = "") -> str:
    """An HTML table from already-escaped cells (headers are bilingual labels)."""
    head = "".join(f"<th>{cell}</th>" for cell in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f'<table class="{css}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def with_method(value: object, method: object, lang: str = "") -> str:
    """A document's reading with, in small type under it, how it was found (printed, scope_words …)."""
    shown = f'<span lang="{lang}">{esc(value)}</span>' if lang else esc(value)
    return f"{shown}<br><small>{esc(method)}</small>"


def capped_table(
    headers: Sequence[str],
    rows: Sequence[Row],
    cells: Callable[[Row], list[str]],
    source: str,
    css: str = "",
    total: int | None = None,
) -> str:
    """A table of the first ``MAX_TABLE_ROWS`` rows, and a note naming where the rest is.

    At ten thousand documents an uncapped listing made a 50 MB page that no browser
    opens; the counts above each table still cover every row.
    """
    shown = rows[:MAX_TABLE_ROWS]
    html_table = table(headers, [cells(row) for row in shown], css)
    n_rows = len(rows) if total is None else total
    if n_rows <= len(shown):
        return html_table
    note = bi(
        f"仅显示前 {len(shown)} 行（共 {n_rows} 行）；完整列表见 {source} 或 make export。",
        f"Showing the first {len(shown)} of {n_rows} rows; all of them are in {source} and in make export.",
    )
    return f'{html_table}<p class="note capped">{note}</p>'


def not_available(reason: str) -> str:
    """The note a section shows when the warehouse cannot answer it."""
    return f'<p class="na">{bi("暂无数据", "Not available")}: <code>{esc(reason)}</code></p>'


def empty(zh: str, en: str) -> str:
    return f'<p class="empty">{bi(zh, en)}</p>'


# --------------------------------------------------------------------------- quote marking


def _number_patterns(value: float) -> list[str]:
    """How a value may be written in the text: 6.9, 3202, 3,202, 12.0 → 12."""
    magnitude = abs(value)
    plain = fmt_number(magnitude).replace(",", "")
    forms = {plain, fmt_number(magnitude)}
    if "." not in plain:
        forms.add(plain + ".0")
    return [rf"(?<![\d.]){re.escape(form)}(?![\d])" for form in sorted(forms, key=len, reverse=True)]


def locate_number(quote: str, value: object, value_max: object, unit: object) -> tuple[int, int] | None:
    """Where the figure's number (with its unit) stands in its quote, or None.

    The warehouse keeps the quote's span in the document but not the number's span
    in the quote, so the number is found again: the range or value as digits
    followed by the unit, then the value alone, then a Chinese numeral before the
    unit (五成, 首位), an ordinal (第一), the unit alone (突破万亿元), then a
    fraction (三分之一).
    """
    unit_text = "" if unit is None else str(unit)
    unit_re = re.escape(unit_text).replace("%", "[%％]") if unit_text else ""
    candidates: list[str] = []
    if isinstance(value, int | float) and math.isfinite(float(value)):
        values = _number_patterns(float(value))
        if isinstance(value_max, int | float) and math.isfinite(float(value_max)):
            for low in values:
                for high in _number_patterns(float(value_max)):
                    if unit_re:
                        candidates.append(f"{low}{_RANGE_DASH}{high}\\s*{unit_re}")
                    candidates.append(f"{low}{_RANGE_DASH}{high}")
        if unit_re:
            candidates.extend(f"{number}\\s*{unit_re}" for number in values)
        candidates.extend(values)
    if unit_re:
        candidates.append(f"[{_CN_NUMERAL}]+{unit_re}")
    candidates.append(_ORDINAL)
    if unit_re:
        candidates.append(unit_re)
    for pattern in candidates:
        found = re.search(pattern, quote)
        if found:
            return found.start(), found.end()
    fraction = _FRACTION.search(quote)
    return (fraction.start(), fraction.end()) if fraction else None


def marked_quote(quote: object, value: object, value_max: object, unit: object) -> str:
    """The escaped quote with the figure's number inside <mark>; every part escaped apart."""
    text = "" if quote is None else str(quote)
    span = locate_number(text, value, value_max, unit)
    if span is None:
        return (
            f'<span lang="zh-CN">{esc(text)}</span> '
            f'<small class="warn">{bi("未定位数字", "number not located")}</small>'
        )
    start, end = span
    return (
        f'<span lang="zh-CN">{esc(text[:start])}<mark>{esc(text[start:end])}</mark>{esc(text[end:])}</span>'
    )


# --------------------------------------------------------------------------- sections


@dataclass
class Context:
    """What the sections share: the connection, the views it has, and counts for metadata."""

    con: duckdb.DuckDBPyConnection
    views: dict[str, set[str]]
    stats: dict[str, int] = field(default_factory=dict)
    charts: list[str] = field(default_factory=list)
    unavailable: list[str] = field(default_factory=list)

    def has(self, *names: str) -> bool:
        return all(name in self.views for name in names)


def observations_sql(ctx: Context) -> str:
    """Reconciled facts from v_observations, or, before it exists, one fact per actual mention."""
    if ctx.has("v_observations"):
        return "select * from v_observations"
    return """
        select figure_id as observation_id, indicator_code, indicator, indicator_en, measure, status,
               region, benchmark, period_start, period_end, period_type, value_base as value,
               value_base_max as value_max, base_unit, qualifier, value as value_as_written,
               value_max as value_max_as_written, unit as unit_as_written, 1 as n_mentions,
               [source_file] as source_files, false as superseded, false as has_conflict
        from v_figures
    """


def section_headlines(ctx: Context) -> str:
    """The latest actual of each headline indicator per region, with its sources."""
    rows = query(
        ctx.con,
        f"""
        with obs as ({observations_sql(ctx)}),
        latest as (
            select *,
                   row_number() over (
                       partition by indicator_code, region, measure, benchmark
                       order by period_end desc nulls last, period_start asc nulls last,
                                observation_id
                   ) as pick
            from obs
            where status = 'actual' and not coalesce(superseded, false)
        ),
        ranked as (
            select *,
                   row_number() over (
                       partition by region
                       order by (indicator_en is not null) desc,
                                list_position({HEADLINE_MEASURES!r}, measure) nulls last,
                                n_mentions desc, period_end desc nulls last, indicator_code,
                                measure, benchmark nulls first
                   ) as headline_rank
            from latest where pick = 1
        )
        select * from ranked where headline_rank <= {HEADLINES_PER_REGION}
        order by region nulls last, headline_rank
        """,
    )
    ctx.stats["headline_rows"] = len(rows)
    if not rows:
        return empty("没有实际值", "No actual values in this warehouse")
    parts: list[str] = []
    if not ctx.has("v_observations"):
        parts.append(not_available("v_observations is missing: showing single mentions, not reconciled"))
    headers = [
        bi("指标", "Indicator"),
        bi("口径", "Measure"),
        bi("最新值", "Latest value"),
        bi("期间", "Period"),
        bi("来源", "Sources"),
    ]
    region_rows: dict[str, list[Row]] = {}
    for row in rows:
        region_rows.setdefault(str(row.get("region") or "—"), []).append(row)
    for region, items in region_rows.items():
        body = [
            [
                indicator_cell(row),
                measure_cell(row),
                f'<b class="num">{fmt_value(row)}</b>'
                + (' <span class="badge conflict">⚠</span>' if row.get("has_conflict") else ""),
                period_cell(row),
                files_cell(row.get("source_files")) + f" <small>{mentions(row)}</small>",
            ]
            for row in items
        ]
        parts.append(f'<h3 lang="zh-CN">{esc(region)}</h3>' + table(headers, body, "headlines"))
    return "".join(parts)


def _chart(chart_id: str, title: str, points: list[Row]) -> str:
    """One bar chart: the full-year and year-to-date values of one series, in period order."""
    layout_font = "Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif"
    unit = str(points[0].get("base_unit") or "")
    figure = go.Figure()
    for kind, (zh, en), color in (
        ("full_year", PERIOD_TYPES["full_year"], "#1f5fa8"),
        ("ytd", PERIOD_TYPES["ytd"], "#e8912d"),
    ):
        selected = [point for point in points if point.get("period_type") == kind]
        if not selected:
            continue
        figure.add_trace(
            go.Bar(
                name=f"{zh} {en}",
                x=[esc(period_label(p["period_start"], p["period_end"], p["period_type"])) for p in selected],
                y=[p["value"] for p in selected],
                text=[esc(fmt_base(p["value"], unit)) for p in selected],
                textposition="outside",
                marker_color=color,
                customdata=[
                    esc(", ".join(str(name) for name in (p.get("source_files") or []))) for p in selected
                ],
                hovertemplate="%{x}: %{text}<br>%{customdata}<extra></extra>",
            )
        )
    order = [
        esc(period_label(p["period_start"], p["period_end"], p["period_type"]))
        for p in sorted(points, key=lambda p: (p["period_end"], p["period_start"]))
    ]
    figure.update_layout(
        template="none",
        title={"text": title, "font": {"size": 14}},
        barmode="relative",
        height=320,
        margin={"l": 50, "r": 16, "t": 56, "b": 40},
        font={"family": layout_font, "size": 12},
        legend={"orientation": "h", "y": -0.18},
        paper_bgcolor="white",
        plot_bgcolor="white",
        xaxis={"type": "category", "categoryorder": "array", "categoryarray": list(dict.fromkeys(order))},
        yaxis={"gridcolor": "#e5e7eb", "zerolinecolor": "#9ca3af", "title": {"text": esc(unit)}},
    )
    return pio.to_html(
        figure,
        full_html=False,
        include_plotlyjs=False,
        div_id=chart_id,
        default_height="320px",
        config={"displaylogo": False, "displayModeBar": False, "responsive": True},
    )


def section_charts(ctx: Context) -> str:
    """Series of year-to-date and full-year actuals; those that have both come first."""
    rows = query(
        ctx.con,
        f"""
        with obs as ({observations_sql(ctx)}),
        points as (
            select indicator_code, indicator, indicator_en, region, measure, benchmark, period_start,
                   period_end, period_type, value, base_unit, source_files, observation_id
            from obs
            where status = 'actual' and period_type in ('ytd', 'full_year')
              and period_start is not null and period_end is not null and value is not null
        ),
        series as (
            select indicator_code, region, measure, benchmark,
                   count(*) filter (where period_type = 'ytd') > 0
                       and count(*) filter (where period_type = 'full_year') > 0 as both_kinds,
                   bool_or(indicator_en is not null) as catalogued,
                   count(*) as n_points
            from points
            group by all
            having count(*) >= 2
            order by both_kinds desc, catalogued desc, n_points desc, indicator_code, region, measure,
                     benchmark nulls first
            limit {MAX_CHARTS}
        )
        select p.*, s.both_kinds, s.catalogued, s.n_points
        from points as p
        join series as s
          on s.indicator_code = p.indicator_code and s.region is not distinct from p.region
         and s.measure = p.measure and s.benchmark is not distinct from p.benchmark
        order by s.both_kinds desc, s.catalogued desc, s.n_points desc, p.indicator_code, p.region,
                 p.measure, p.benchmark nulls first, p.period_end, p.period_start, p.observation_id
        """,
    )
    series: dict[tuple[object, ...], list[Row]] = {}
    for row in rows:
        key = (row["indicator_code"], row["region"], row["measure"], row["benchmark"])
        series.setdefault(key, []).append(row)
    ctx.stats["charts"] = len(series)
    if not series:
        return empty("没有可比较的年初至今与全年数值", "No series with year-to-date and full-year values")
    blocks: list[str] = []
    for index, points in enumerate(series.values(), start=1):
        first = points[0]
        zh_measure, en_measure = MEASURES.get(str(first["measure"]), (str(first["measure"]), ""))
        benchmark = f" vs {first['benchmark']}" if first.get("benchmark") else ""
        english = f"<br><sup>{esc(first.get('indicator_en') or '')} · {esc(en_measure)}</sup>"
        title = (
            f"{esc(first['indicator'])} · {esc(first['region'])} · {esc(zh_measure)}{esc(benchmark)}{english}"
        )
        chart_id = f"chart-{index}"
        ctx.charts.append(chart_id)
        blocks.append(f'<figure class="chart">{_chart(chart_id, title, points)}</figure>')
    note = (
        ""
        if ctx.has("v_observations")
        else not_available("v_observations is missing: charts use single mentions, not reconciled")
    )
    return note + '<div class="charts">' + "".join(blocks) + "</div>"


def section_targets(ctx: Context) -> str:
    """Each target with its outcome (met, missed, pending) and the gap to the actual."""
    if not ctx.has("v_target_attainment"):
        ctx.unavailable.append("v_target_attainment")
        return not_available("v_target_attainment is not in this warehouse yet")
    rows = query(ctx.con, "select * from v_target_attainment")
    rows.sort(
        key=lambda row: (
            ATTAINMENT_ORDER.get(str(row.get("attainment")), 9),
            row.get("year") is None,
            row.get("year") or 0,
            str(row.get("indicator_code")),
            str(row.get("region")),
            str(row.get("measure")),
            str(row.get("benchmark")),
            str(row.get("observation_id")),
        )
    )
    counts = {status: sum(1 for row in rows if row.get("attainment") == status) for status in ATTAINMENT}
    ctx.stats.update({f"targets_{status}": count for status, count in counts.items()})
    ctx.stats["targets"] = len(rows)
    chips = "".join(
        f'<span class="chip {status}">{label(ATTAINMENT, status)} <b>{counts[status]}</b></span>'
        for status in ATTAINMENT
    )
    headers = [
        bi("指标", "Indicator"),
        bi("地区", "Region"),
        bi("口径", "Measure"),
        bi("年份", "Year"),
        bi("目标", "Target"),
        bi("实际", "Actual"),
        bi("结果", "Outcome"),
        bi("差距", "Gap"),
        bi("来源", "Sources"),
    ]

    def cells(row: Row) -> list[str]:
        gap = row.get("gap")
        if gap is None and row.get("actual_value") is not None and row.get("target_value") is not None:
            gap = float(row["actual_value"]) - float(row["target_value"])
        target = dict(row, qualifier=row.get("target_qualifier"))
        actual = fmt_base(row.get("actual_value"), row.get("base_unit"))
        if row.get("actual_value") is not None and row.get("actual_is_partial"):
            partial = period_label(row.get("actual_period_start"), row.get("actual_period_end"), "ytd")
            actual += f" <small>({esc(partial)})</small>"
        status = str(row.get("attainment"))
        sign = "+" if isinstance(gap, int | float) and gap > 0 else ""
        return [
            indicator_cell(row),
            f'<span lang="zh-CN">{esc(row.get("region"))}</span>',
            measure_cell(row),
            esc(row.get("year")),
            fmt_value(target, "target_value", "target_value_max"),
            actual,
            f'<span class="badge {esc(status)}">{label(ATTAINMENT, status)}</span>',
            "—" if gap is None else f"{sign}{fmt_base(gap, row.get('base_unit'))}",
            files_cell(row.get("target_source_files"))
            + (" → " + files_cell(row.get("actual_source_files")) if row.get("actual_source_files") else ""),
        ]

    decided = [row for row in rows if row.get("attainment") in ("met", "missed")]
    pending = [row for row in rows if row.get("attainment") not in ("met", "missed")]
    parts = [f'<p class="chips">{chips}</p>']
    parts.append(
        capped_table(headers, decided, cells, "v_target_attainment", "targets")
        if decided
        else empty("尚无可判定的目标", "No decided targets")
    )
    if pending:
        parts.append(
            f"<details><summary>{bi('待定目标（尚无全年实际值）', 'Pending targets (no full actual yet)')}"
            f" ({len(pending)})</summary>"
            f"{capped_table(headers, pending, cells, 'v_target_attainment', 'targets')}"
            "</details>"
        )
    return "".join(parts)


def section_quality(ctx: Context) -> str:
    """Documents read, files quarantined and why, conflicting facts, low-confidence figures."""
    parts: list[str] = []
    # Counts over every row, listings of the first rows only: the page stays small at any size.
    shown = f"limit {MAX_TABLE_ROWS}"
    documents = query(ctx.con, f"select * from v_documents order by source_file {shown}")
    n_documents, n_without_figures = count(
        ctx.con, "select count(*), count(*) filter (where coalesce(n_figures, 0) = 0) from v_documents"
    )
    quarantined = query(ctx.con, f"select * from v_quarantine order by source_file, reason {shown}")
    reasons = {
        str(reason): int(n)
        for reason, n in ctx.con.execute(
            "select reason, count(*) from v_quarantine group by reason order by reason"
        ).fetchall()
    }
    n_quarantined = sum(reasons.values())
    low = query(
        ctx.con,
        f"select * from v_figures where confidence < ? order by source_file, char_start, figure_id {shown}",
        [LOW_CONFIDENCE],
    )
    (n_low,) = count(ctx.con, "select count(*) from v_figures where confidence < ?", [LOW_CONFIDENCE])
    to_review: list[Row] | None = None
    n_to_review = 0
    if ctx.has("v_document_review"):
        to_review = query(
            ctx.con,
            f"select * from v_document_review order by n_reasons desc, n_figures desc, source_file {shown}",
        )
        (n_to_review,) = count(ctx.con, "select count(*) from v_document_review")
    conflicts: list[Row] | None = None
    n_conflicts = 0
    if ctx.has("v_observations") and "has_conflict" in ctx.views["v_observations"]:
        conflicts = query(
            ctx.con,
            f"""select * from v_observations where has_conflict
               order by indicator_code, region, measure, benchmark nulls first, status,
                        period_start nulls first, period_end nulls first, observation_id {shown}""",
        )
        (n_conflicts,) = count(ctx.con, "select count(*) from v_observations where has_conflict")
    ctx.stats.update(
        documents_read=n_documents,
        quarantined=n_quarantined,
        low_confidence_figures=n_low,
        conflicts=n_conflicts,
        documents_to_review=n_to_review,
    )
    kpis = [
        (("读取的文件", "Files read"), n_documents),
        (("隔离的文件", "Files quarantined"), n_quarantined),
        (("冲突的事实", "Conflicting facts"), n_conflicts if conflicts is not None else "—"),
        ((f"低置信度数字 (<{LOW_CONFIDENCE})", "Low-confidence figures"), n_low),
        (("无数字的文档", "Documents without figures"), n_without_figures),
        (("待核查的文档", "Documents to check"), n_to_review if to_review is not None else "—"),
    ]
    parts.append(
        '<div class="kpis">'
        + "".join(f'<div class="kpi"><b>{esc(value)}</b>{bi(*name)}</div>' for name, value in kpis)
        + "</div>"
    )

    parts.append(f"<h3>{bi('读取的文档', 'Documents read')}</h3>")
    parts.append(
        capped_table(
            [
                bi("文件", "File"),
                bi("标题", "Title"),
                bi("类型", "Type"),
                bi("地区", "Region"),
                bi("发布日期", "Published"),
                bi("参照日期", "Reference date"),
                bi("编码", "Encoding"),
                bi("损坏片段", "Corrupted spans"),
                bi("数字", "Figures"),
            ],
            documents,
            lambda d: [
                files_cell(d.get("source_file")),
                f'<span lang="zh-CN">{esc(d.get("title"))}</span>',
                label(DOC_TYPES, d.get("doc_type")),
                f'<span lang="zh-CN">{esc(d.get("region"))}</span>',
                esc(d.get("published_on")),
                with_method(d.get("reference_date"), d.get("reference_date_method")),
                esc(d.get("encoding")),
                esc(d.get("n_corrupted_spans")),
                esc(d.get("n_figures")),
            ],
            "v_documents",
            total=n_documents,
        )
        if documents
        else empty("没有读取到文档", "No documents were read")
    )

    parts.append(f"<h3>{bi('待核查：地区或日期可能读错', 'To check: region or date may be wrong')}</h3>")
    if to_review is None:
        ctx.unavailable.append("v_document_review")
        parts.append(not_available("v_document_review is not in this warehouse yet"))
    elif to_review:
        parts.append(
            capped_table(
                [
                    bi("文件", "File"),
                    bi("标题", "Title"),
                    bi("地区", "Region"),
                    bi("参照日期", "Reference date"),
                    bi("数字", "Figures"),
                    bi("原因", "Reasons"),
                ],
                to_review,
                lambda d: [
                    files_cell(d.get("source_file")),
                    f'<span lang="zh-CN">{esc(d.get("title"))}</span>',
                    with_method(d.get("region"), d.get("region_method"), lang="zh-CN"),
                    with_method(d.get("reference_date"), d.get("reference_date_method")),
                    esc(d.get("n_figures")),
                    esc(d.get("reasons")),
                ],
                "v_document_review",
                total=n_to_review,
            )
        )
    else:
        parts.append(
            empty("每份文档的地区和日期都有依据", "Every document's region and date rest on what it says")
        )

    parts.append(f"<h3>{bi('隔离的文件及原因', 'Quarantined files and why')}</h3>")
    if quarantined:
        parts.append(
            '<p class="chips">'
            + "".join(
                f'<span class="chip">{label(QUARANTINE_REASONS, reason)} <b>{count}</b></span>'
                for reason, count in sorted(reasons.items())
            )
            + "</p>"
        )
        parts.append(
            capped_table(
                [bi("文件", "File"), bi("原因", "Reason"), bi("详情", "Detail"), bi("时间", "Seen at")],
                quarantined,
                lambda row: [
                    files_cell(row.get("source_file")),
                    label(QUARANTINE_REASONS, row.get("reason")),
                    esc(row.get("detail")),
                    esc(row.get("seen_at")),
                ],
                "v_quarantine",
                total=n_quarantined,
            )
        )
    else:
        parts.append(empty("没有文件被隔离", "Nothing was quarantined"))

    parts.append(f"<h3>{bi('相互冲突的数字', 'Conflicting figures')}</h3>")
    if conflicts is None:
        ctx.unavailable.append("conflicts")
        parts.append(not_available("v_observations is not in this warehouse yet"))
    elif conflicts:
        parts.append(
            capped_table(
                [
                    bi("指标", "Indicator"),
                    bi("地区", "Region"),
                    bi("口径", "Measure"),
                    bi("状态", "Status"),
                    bi("期间", "Period"),
                    bi("采用值", "Chosen value"),
                    bi("各处数值范围", "Range across mentions"),
                    bi("来源", "Sources"),
                ],
                conflicts,
                lambda row: [
                    indicator_cell(row),
                    f'<span lang="zh-CN">{esc(row.get("region"))}</span>',
                    measure_cell(row),
                    label(STATUSES, row.get("status")),
                    period_cell(row),
                    fmt_value(row),
                    f"{fmt_base(row.get('min_value'), row.get('base_unit'))} … "
                    f"{fmt_base(row.get('max_value'), row.get('base_unit'))}",
                    files_cell(row.get("source_files")),
                ],
                "v_observations",
                total=n_conflicts,
            )
        )
    else:
        parts.append(empty("没有相互冲突的数字", "No conflicting figures"))

    parts.append(f"<h3>{bi('低置信度数字', 'Low-confidence figures')}</h3>")
    if low:
        parts.append(
            capped_table(
                [
                    bi("文件", "File"),
                    bi("指标", "Indicator"),
                    bi("置信度", "Confidence"),
                    bi("原文", "Quote"),
                ],
                low,
                lambda row: [
                    files_cell(row.get("source_file")),
                    indicator_cell(row),
                    fmt_number(row.get("confidence")),
                    marked_quote(row.get("quote"), row.get("value"), row.get("value_max"), row.get("unit")),
                ],
                "v_figures",
                total=n_low,
            )
        )
    else:
        parts.append(empty("没有低置信度数字", "No low-confidence figures"))
    return "".join(parts)


def section_documents(ctx: Context) -> str:
    """Every document with its title and each figure marked in the clause it came from."""
    documents = query(
        ctx.con,
        """select content_sha256, title, doc_type, region, published_on, reference_date,
                  list(source_file order by source_file) as source_files
           from v_documents group by all
           order by reference_date desc nulls last, min(source_file), content_sha256""",
    )
    n_documents = len(documents)
    documents = documents[:MAX_DOCUMENTS]
    group_by = "document_id" if "document_id" in ctx.views.get("v_figures", set()) else "source_file"
    keys = [
        doc["content_sha256"] if group_by == "document_id" else doc["source_files"][0] for doc in documents
    ]
    figures = query(
        ctx.con,
        f"""select {group_by} as doc_key, * from v_figures where {group_by} in (select unnest(?))
            order by {group_by}, char_start nulls last, char_end nulls last, figure_id""",
        [keys],
    )
    by_document: dict[object, list[Row]] = {}
    for row in figures:
        by_document.setdefault(row["doc_key"], []).append(row)
    ctx.stats["documents"] = n_documents
    ctx.stats["figures"] = len(figures)
    if not documents:
        return empty("没有文档", "No documents")
    blocks: list[str] = []
    for index, doc in enumerate(documents, start=1):
        key = doc["content_sha256"] if group_by == "document_id" else doc["source_files"][0]
        items = by_document.get(key, [])
        title = doc.get("title")
        heading = (
            f'<span lang="zh-CN">{esc(title)}</span>'
            if title
            else f'<span class="untitled">{bi("（无标题）", "(untitled)")}</span>'
        )
        meta = " · ".join(
            [
                files_cell(doc.get("source_files")),
                label(DOC_TYPES, doc.get("doc_type")),
                f'<span lang="zh-CN">{esc(doc.get("region"))}</span>',
                f"{bi('参照日期', 'reference date')} {esc(doc.get('reference_date'))}",
                f"{bi('数字', 'figures')} {len(items)}",
            ]
        )
        rows = [
            [
                str(position),
                indicator_cell(row),
                measure_cell(row),
                label(STATUSES, row.get("status")),
                f'<b class="num">{esc(QUALIFIER_MARKS.get(str(row.get("qualifier")), ""))} '
                f"{fmt_number(row.get('value'))}"
                + (f"–{fmt_number(row.get('value_max'))}" if row.get("value_max") is not None else "")
                + f"{esc(row.get('unit') or '')}</b>",
                period_cell(row),
                marked_quote(row.get("quote"), row.get("value"), row.get("value_max"), row.get("unit")),
            ]
            for position, row in enumerate(items, start=1)
        ]
        body = (
            table(
                [
                    "#",
                    bi("指标", "Indicator"),
                    bi("口径", "Measure"),
                    bi("状态", "Status"),
                    bi("数值", "Value"),
                    bi("期间", "Period"),
                    bi("原文（数字已标出）", "Quote, number marked"),
                ],
                rows,
                "figures",
            )
            if rows
            else empty("未提取到数字", "No figures extracted")
        )
        blocks.append(
            f'<article class="document" id="doc-{index}"><h3>{heading}</h3>'
            f'<p class="meta">{meta}</p>{body}</article>'
        )
    if n_documents > len(documents):
        blocks.append(
            '<p class="note">'
            + bi(
                f"仅显示最新的 {len(documents)} 篇（共 {n_documents} 篇）；"
                "全部数字见 v_figures 或 make export。",
                f"Showing the {len(documents)} most recent of {n_documents} documents; "
                "every figure is in v_figures and in make export.",
            )
            + "</p>"
        )
    return "".join(blocks)


SECTIONS: list[tuple[str, str, str, tuple[str, ...], Callable[[Context], str]]] = [
    ("headlines", "各地区重点指标", "Headline indicators by region", ("v_figures",), section_headlines),
    ("charts", "年初至今与全年", "Year to date against full year", ("v_figures",), section_charts),
    ("targets", "目标完成情况", "Target attainment", (), section_targets),
    ("quality", "数据质量", "Data quality", ("v_documents", "v_quarantine", "v_figures"), section_quality),
    ("documents", "逐篇文档", "Documents and their figures", ("v_documents", "v_figures"), section_documents),
]

STYLE = """
:root { --ink:#1f2933; --muted:#5f6b7a; --line:#d9dee5; --met:#1b7f3b; --missed:#b42318; --pending:#8a6d00; }
* { box-sizing: border-box; }
body { margin:0; font: 14px/1.55 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",
       "Helvetica Neue",Arial,sans-serif; color:var(--ink); background:#f6f7f9; }
header { background:#12355b; color:white; padding:20px 32px; }
header h1 { margin:0 0 4px; font-size:22px; }
header p { margin:0; opacity:.9; }
header .en { color:#c9d6e8; }
nav { padding:8px 32px; background:white; border-bottom:1px solid var(--line);
      position:sticky; top:0; z-index:5; }
nav a { margin-right:18px; color:#12355b; text-decoration:none; }
main { padding:8px 32px 40px; max-width:1400px; }
section { background:white; border:1px solid var(--line); border-radius:6px;
          padding:12px 20px; margin:16px 0; }
h2 { font-size:18px; margin:4px 0 12px; } h3 { font-size:15px; margin:16px 0 8px; }
.en { color:var(--muted); font-weight:normal; }
table { border-collapse:collapse; width:100%; margin:6px 0 12px; }
th, td { border-bottom:1px solid var(--line); padding:5px 8px; text-align:left; vertical-align:top; }
th { background:#eef1f5; font-weight:600; white-space:nowrap; }
small { color:var(--muted); }
code.file { font-size:12px; background:#eef1f5; padding:0 4px; border-radius:3px; word-break:break-all; }
mark { background:#ffe58a; padding:0 2px; border-radius:2px; font-weight:600; }
.num { white-space:nowrap; }
.charts { display:grid; grid-template-columns:repeat(auto-fill,minmax(520px,1fr)); gap:12px; }
figure.chart { margin:0; border:1px solid var(--line); border-radius:4px; min-height:320px; }
.chips .chip { display:inline-block; margin-right:10px; padding:2px 10px; border-radius:12px;
               background:#eef1f5; }
.chip.met, .badge.met { background:#e3f4e8; color:var(--met); }
.chip.missed, .badge.missed { background:#fde7e5; color:var(--missed); }
.chip.pending, .badge.pending { background:#fdf6d8; color:var(--pending); }
.badge { padding:1px 8px; border-radius:10px; white-space:nowrap; }
.badge.conflict { background:#fde7e5; color:var(--missed); }
.kpis { display:flex; flex-wrap:wrap; gap:12px; }
.kpi { border:1px solid var(--line); border-radius:6px; padding:8px 14px; min-width:150px; }
.kpi b { display:block; font-size:22px; }
.na { color:var(--pending); } .empty { color:var(--muted); } .warn { color:var(--missed); }
article.document { border-top:2px solid var(--line); padding-top:4px; }
.meta { color:var(--muted); }
details summary { cursor:pointer; margin:8px 0; }
footer { color:var(--muted); padding:0 32px 24px; }
"""


@dataclass(frozen=True)
class Report:
    """The page and what it shows, for the asset's metadata and the tests."""

    html: str
    stats: dict[str, int]
    charts: list[str]
    unavailable: list[str]


def build_report(con: duckdb.DuckDBPyConnection) -> Report:
    """Render the whole page from a read-only connection to the warehouse.

    Each section runs on its own: a view that is missing or a column that has moved
    gives that section a "not available" note and leaves the rest of the page intact.
    """
    ctx = Context(con=con, views=public_views(con))
    nav: list[str] = []
    bodies: list[str] = []
    for anchor, zh, en, needs, render in SECTIONS:
        missing = [name for name in needs if name not in ctx.views]
        if missing:
            ctx.unavailable.append(anchor)
            content = not_available(f"{', '.join(missing)} not in this warehouse")
        else:
            try:
                content = render(ctx)
            except duckdb.Error as exc:
                ctx.unavailable.append(anchor)
                content = not_available(f"{type(exc).__name__}: {str(exc).splitlines()[0][:300]}")
        nav.append(f'<a href="#{anchor}">{bi(zh, en)}</a>')
        bodies.append(f'<section id="{anchor}"><h2>{bi(zh, en)}</h2>{content}</section>')

    as_of = "—"
    if ctx.has("v_documents"):
        latest = con.execute("select max(reference_date) from v_documents").fetchall()
        as_of = esc(latest[0][0]) if latest and latest[0][0] is not None else "—"
    views_list = ", ".join(sorted(ctx.views)) or "—"
    footer = bi("数据来自仓库的公开视图", "Built from the public views of the warehouse")
    plotly_js = get_plotlyjs().replace("</script", "<\\/script") if ctx.charts else ""
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>工业经济数字报告 · Industrial economy figures report</title>
<style>{STYLE}</style>
{f'<script id="plotly-js">{plotly_js}</script>' if plotly_js else ""}
</head>
<body>
<header>
<h1><span lang="zh-CN">工业经济数字报告</span> · <span lang="en">Industrial economy figures report</span></h1>
<p>{bi("数据截至（最新参照日期）", "Data as of (latest reference date)")}: {as_of}</p>
</header>
<nav>{"".join(nav)}</nav>
<main>
{"".join(bodies)}
</main>
<footer>{footer}: <code>{esc(views_list)}</code></footer>
</body>
</html>
"""
    return Report(
        html=page, stats=dict(ctx.stats), charts=list(ctx.charts), unavailable=list(ctx.unavailable)
    )
