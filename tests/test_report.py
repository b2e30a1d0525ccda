"""The analyst's report: built by the real asset, self-contained, escaped, and drawn by a real browser."""

from __future__ import annotations

import html
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines.defs.resources import PipelineConfig
from pipelines.settings import DEFAULT_RAW_DIR, PROJECT_ROOT
from pipelines.stages.report import build_report
from pipelines.warehouse_access import open_read_only
from tests.browser import require_chromium, run_chromium
from tests.conftest import ALL_ASSETS, SEED_FILES, resources_for

ARTIFACTS = PROJECT_ROOT / "test-artifacts"

# A document written by an attacker: markup in the title and around a figure.
HOSTILE_NAME = "zz_hostile.txt"
EMPTY_NAME = "zz_empty.txt"  # quarantined as empty_file
HOSTILE_PAYLOADS = (
    '<script>document.title="pwned-title"</script>',
    '<img src=x onerror="document.body.dataset.pwned=1">',
    "<b onmouseover=alert(1)>",
)
HOSTILE_TEXT = (
    f"{HOSTILE_PAYLOADS[0]}关于河南省工业运行情况的通报\n\n"
    f"2024年，全省{HOSTILE_PAYLOADS[1]}规模以上工业增加值增长8.1%。\n"
    f"全省{HOSTILE_PAYLOADS[2]}工业投资增长12.5%。\n"
)

# Collects every script error, rejected promise, CSP violation, failed resource load and
# console.error into the DOM, where --dump-dom can read it after the page has run.
ERROR_COLLECTOR = """<script>
(function () {
  var errors = [];
  function put(message) {
    errors.push(String(message));
    var box = document.getElementById("__report_errors");
    if (box) { box.textContent = errors.join("\\n"); }
  }
  window.addEventListener("error", function (e) {
    put("error: " + (e.message || (e.target && (e.target.src || e.target.href)) || e.type));
  }, true);
  window.addEventListener("unhandledrejection", function (e) { put("unhandledrejection: " + e.reason); });
  document.addEventListener("securitypolicyviolation", function (e) {
    put("csp: " + e.violatedDirective + " " + e.blockedURI);
  });
  var original = console.error;
  console.error = function () {
    put("console.error: " + Array.prototype.join.call(arguments, " "));
    return original.apply(console, arguments);
  };
  window.addEventListener("load", function () {
    var box = document.createElement("pre");
    box.id = "__report_errors";
    box.textContent = errors.join("\\n");
    document.body.appendChild(box);
    var done = document.createElement("div");
    done.id = "__report_loaded";
    done.textContent = String(document.querySelectorAll(".plotly-graph-div .main-svg").length);
    document.body.appendChild(done);
  });
})();
</script>"""


@pytest.fixture(scope="module")
def built(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[PipelineConfig, dg.ExecuteInProcessResult]]:
    """One real run over the seeds plus a hostile document, shared by the tests of this module."""
    root = tmp_path_factory.mktemp("report")
    raw = root / "raw"
    shutil.copytree(DEFAULT_RAW_DIR, raw)
    (raw / HOSTILE_NAME).write_text(HOSTILE_TEXT, encoding="utf-8")
    (raw / EMPTY_NAME).write_bytes(b"")
    config = PipelineConfig(raw_dir=str(raw), warehouse=str(root / "wh" / "warehouse.duckdb"), workers=1)
    result = dg.materialize(ALL_ASSETS, resources=resources_for(config), raise_on_error=False)
    yield config, result


def report_file(config: PipelineConfig) -> Path:
    return config.warehouse_path.parent / "report.html"


def section(page: str, anchor: str) -> str:
    """The HTML of one <section> of the page."""
    found = re.search(rf'<section id="{anchor}">(.*?)</section>', page, flags=re.S)
    assert found, f"section {anchor} missing"
    return found.group(1)


def chart_points(page: str) -> list[set[tuple[str, float]]]:
    """The (period label, value) bars of each plotly chart, read from the JSON the page embeds."""
    charts = []
    for call in page.split("Plotly.newPlot(")[1:]:
        traces = re.findall(r'"x":(\[[^\]]*\]),"y":(\[[^\]]*\])', call.split("</script>", 1)[0])
        charts.append(
            {(x, y) for xs, ys in traces for x, y in zip(json.loads(xs), json.loads(ys), strict=True)}
        )
    return charts


def test_report_asset_publishes_a_self_contained_bilingual_page(
    built: tuple[PipelineConfig, dg.ExecuteInProcessResult],
) -> None:
    config, result = built
    assert result.success
    materialized = {
        event.asset_key.to_user_string(): event.step_materialization_data.materialization.metadata
        for event in result.get_asset_materialization_events()
        if event.asset_key is not None
    }
    assert "report" in materialized
    path = report_file(config)
    assert path.is_file() and not list(path.parent.glob(".report.html.*"))
    page = path.read_text(encoding="utf-8")
    assert materialized["report"]["bytes"].value == len(page.encode("utf-8"))

    # Offline: no external resource anywhere, plotly.js inlined exactly once, CSP forbids loading.
    assert page.startswith('<!DOCTYPE html>\n<html lang="zh-CN">')
    assert '<meta charset="utf-8">' in page
    assert "default-src 'none'" in page
    assert page.count("plotly.js v") == 1 and page.count('<script id="plotly-js">') == 1
    tags_with_urls = re.findall(
        r"<(?:script|link|img|iframe|object|embed|source)\b[^>]*\b(?:src|href)=", page
    )
    assert tags_with_urls == []
    # Links of the page itself (plotly.js carries attribution URLs in strings it never loads).
    own_markup = re.sub(r'<script id="plotly-js">.*?</script>', "", page, count=1, flags=re.S)
    assert len(own_markup) < len(page) / 4
    links = re.findall(r'<a\b[^>]*href="([^"]*)"', own_markup)
    assert links and all(link.startswith("#") for link in links)

    # Bilingual sections, each with its language marked.
    for anchor, zh, en in [
        ("headlines", "各地区重点指标", "Headline indicators by region"),
        ("charts", "年初至今与全年", "Year to date against full year"),
        ("targets", "目标完成情况", "Target attainment"),
        ("quality", "数据质量", "Data quality"),
        ("documents", "逐篇文档", "Documents and their figures"),
    ]:
        heading = f'<h2><span lang="zh-CN">{zh}</span> <span lang="en" class="en">{en}</span></h2>'
        assert heading in section(page, anchor)

    # Headline: the latest actual growth of 规模以上工业增加值 in 山东省, with its sources.
    con = duckdb.connect(config.warehouse, read_only=True)
    try:
        value, unit, sources = con.execute(
            """select value_as_written, unit_as_written, source_files from v_observations
               where indicator_code = 'industrial_value_added_above_scale' and region = '山东省'
                 and measure = 'yoy_growth_pct' and status = 'actual' and not superseded
               order by period_end desc limit 1"""
        ).fetchall()[0]
    finally:
        con.close()
    headlines = section(page, "headlines")
    shandong = headlines.split('<h3 lang="zh-CN">山东省</h3>', 1)[1].split("<h3", 1)[0]
    row = next(
        row for row in shandong.split("<tr>") if '">规模以上工业增加值</span>' in row and "YoY growth" in row
    )
    assert f'<b class="num">{value:g}{unit}</b>' in row
    assert all(f'<code class="file">{name}</code>' in row for name in sources)

    # Charts: year to date (1-11月 6.9) against full year (7.1) for 规模以上工业增加值.
    charts = section(page, "charts")
    assert charts.count('class="plotly-graph-div"') >= 2
    assert any({("2023年1–11月", 6.9), ("2023年", 7.1)} <= points for points in chart_points(charts))

    # Targets: the worked example of the spec, missed by 2.7 points; pending ones are listed too.
    targets = section(page, "targets")
    missed_row = next(row for row in targets.split("<tr>") if "规模以上工业企业数字化转型覆盖率" in row)
    assert 'class="badge missed"' in missed_row and "-2.7 %" in missed_row and "87.3 %" in missed_row
    assert 'class="chip pending"' in targets and "Pending targets" in targets

    # Data quality: every file read is listed, quarantine and conflicts are answered.
    quality = section(page, "quality")
    for name in [*SEED_FILES, HOSTILE_NAME]:
        assert name in quality
    quarantine = quality.split("Quarantined files and why", 1)[1].split("<h3>", 1)[0]
    empty_reason = '<span lang="zh-CN">空文件</span> <span lang="en" class="en">Empty file</span>'
    assert f'<span class="chip">{empty_reason} <b>1</b></span>' in quarantine
    assert f'<code class="file">{EMPTY_NAME}</code>' in quarantine
    assert "Conflicting figures" in quality and "Not available" not in quality
    # Documents to check: exactly the files v_document_review lists
    review = quality.split("To check: region or date may be wrong", 1)[1].split("<h3>", 1)[0]
    con = duckdb.connect(config.warehouse, read_only=True)
    try:
        listed = {row[0] for row in con.execute("select source_file from v_document_review").fetchall()}
    finally:
        con.close()
    assert listed, "the seed 002 prints no date: its date is a guess"
    assert {name for name in [*SEED_FILES, HOSTILE_NAME] if name in review} == listed

    # Documents: titled, each figure's number marked in its quote.
    documents = section(page, "documents")
    assert documents.count('<article class="document"') == len(SEED_FILES) + 1
    assert '<span lang="zh-CN">山东省工业和信息化工作会议在济南召开</span>' in documents
    assert "规模以上工业增加值增长<mark>6.9%</mark>" in documents
    con = duckdb.connect(config.warehouse, read_only=True)
    try:
        n_figures = con.execute("select count(*) from v_figures").fetchall()[0][0]
    finally:
        con.close()
    assert documents.count("<mark>") + documents.count("number not located") == n_figures
    assert documents.count("<mark>") >= 0.95 * n_figures


def test_document_text_is_escaped_everywhere(
    built: tuple[PipelineConfig, dg.ExecuteInProcessResult],
) -> None:
    config, _ = built
    page = report_file(config).read_text(encoding="utf-8")
    for payload in HOSTILE_PAYLOADS:
        assert payload not in page
    assert "pwned" not in page.replace("&quot;pwned-title&quot;", "").replace("dataset.pwned=1", "")
    con = duckdb.connect(config.warehouse, read_only=True)
    try:
        quotes = [
            row[0]
            for row in con.execute(
                "select quote from v_figures where source_file = ? order by char_start", [HOSTILE_NAME]
            ).fetchall()
        ]
        titles = [
            row[0] for row in con.execute("select title from v_documents where title is not null").fetchall()
        ]
    finally:
        con.close()
    hostile_quotes = [quote for quote in quotes if "<" in quote]
    assert hostile_quotes, "the hostile markup should reach the warehouse for this test to mean anything"
    for quote in hostile_quotes:
        escaped = html.escape(quote, quote=True)
        # The <mark> splits the quote: its escaped prefix before the number must be on the page.
        prefix = escaped[: escaped.index("8.1") if "8.1" in escaped else escaped.index("12.5")]
        assert prefix in page
    for title in titles:
        assert html.escape(title, quote=True) in page


def test_report_is_deterministic_and_matches_the_published_file(
    built: tuple[PipelineConfig, dg.ExecuteInProcessResult],
) -> None:
    config, _ = built
    published = report_file(config).read_text(encoding="utf-8")
    pages = []
    for _ in range(2):
        con = open_read_only(config.warehouse_path)
        try:
            pages.append(build_report(con).html)
        finally:
            con.close()
    assert pages[0] == pages[1] == published


def test_report_degrades_when_reconciled_views_are_missing(
    built: tuple[PipelineConfig, dg.ExecuteInProcessResult], tmp_path: Path
) -> None:
    config, _ = built
    older = tmp_path / "older.duckdb"
    shutil.copyfile(config.warehouse_path, older)
    con = duckdb.connect(str(older))
    for view in ("v_target_attainment", "v_indicator_annual", "v_observations", "v_document_review"):
        con.execute(f"drop view {view}")
    con.close()
    con = open_read_only(older)
    try:
        report = build_report(con)
    finally:
        con.close()
    targets = section(report.html, "targets")
    assert "Not available" in targets and "v_target_attainment" in targets
    assert "Not available" in section(report.html, "quality")  # conflicts need v_observations
    assert report.charts, "charts fall back to single mentions from v_figures"
    assert "规模以上工业增加值" in section(report.html, "headlines")
    assert "<mark>" in section(report.html, "documents")
    assert set(report.unavailable) == {"v_target_attainment", "conflicts", "v_document_review"}


def test_report_renders_in_headless_chromium_without_errors(
    built: tuple[PipelineConfig, dg.ExecuteInProcessResult], tmp_path: Path
) -> None:
    chromium = require_chromium()
    config, _ = built
    page = report_file(config).read_text(encoding="utf-8")
    expected_charts = re.findall(r'<div id="(chart-\d+)" class="plotly-graph-div"', page)
    assert expected_charts

    probed = tmp_path / "probed.html"
    probed.write_text(page.replace("<head>\n", "<head>\n" + ERROR_COLLECTOR + "\n", 1), encoding="utf-8")
    run = run_chromium(
        chromium, probed, tmp_path / "profile-dom", "--dump-dom", "--enable-logging=stderr", "--v=0"
    )
    assert run.returncode == 0, run.stderr[-2000:]
    dom = run.stdout
    assert 'id="__report_loaded"' in dom, "the page's scripts did not run to the load event"
    errors = re.search(r'<pre id="__report_errors">(.*?)</pre>', dom, flags=re.S)
    assert errors is not None and errors.group(1).strip() == "", errors and html.unescape(errors.group(1))
    console_errors = [
        line
        for line in run.stderr.splitlines()
        if "Uncaught" in line or "Refused to" in line or ("CONSOLE" in line and "ERROR" in line)
    ]
    assert console_errors == []
    # The hostile markup stayed text: it neither set a data attribute nor replaced the title.
    assert 'data-pwned="1"' not in dom and "<title>工业经济数字报告" in dom

    # Every chart drew: its div holds plotly's SVG with one bar per value.
    for chart_id in expected_charts:
        start = dom.index(f'id="{chart_id}"')
        following = [dom.find(f'id="{other}"', start + 1) for other in expected_charts]
        end = min([position for position in following if position > start] + [len(dom)])
        drawn = dom[start:end]
        assert 'class="main-svg"' in drawn, f"{chart_id} has no SVG"
        assert len(re.findall(r'<g class="point">', drawn)) >= 2, f"{chart_id} drew fewer than two bars"
    assert "6.9 %" in dom and "7.1 %" in dom

    # A screenshot for people: test-artifacts/report.png (git-ignored).
    ARTIFACTS.mkdir(exist_ok=True)
    screenshot = ARTIFACTS / "report.png"
    screenshot.unlink(missing_ok=True)
    shot = run_chromium(
        chromium,
        report_file(config),
        tmp_path / "profile-shot",
        f"--screenshot={screenshot}",
        "--window-size=1280,2400",
    )
    assert shot.returncode == 0, shot.stderr[-2000:]
    data = screenshot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 50_000


def test_a_large_corpus_shows_only_the_most_recent_documents(
    built: tuple[PipelineConfig, dg.ExecuteInProcessResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Thousands of documents would make a page nobody can open: the view is capped, and says so."""
    from pipelines.stages import report as report_stage

    config, _ = built
    monkeypatch.setattr(report_stage, "MAX_DOCUMENTS", 2)
    con = open_read_only(config.warehouse_path)
    try:
        page = build_report(con).html
        newest = con.execute(
            "select title from v_documents where title is not null order by reference_date desc limit 1"
        ).fetchone()
    finally:
        con.close()
    documents = section(page, "documents")
    assert documents.count('<article class="document"') == 2
    assert "most recent of" in documents
    assert newest is not None and html.escape(newest[0]) in documents


def test_long_listings_are_capped_and_say_where_the_rest_is(
    built: tuple[PipelineConfig, dg.ExecuteInProcessResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 10,000 documents every listing in full made a 50 MB page: each one stops at the cap."""
    from pipelines.stages import report as report_stage

    config, _ = built
    monkeypatch.setattr(report_stage, "MAX_TABLE_ROWS", 2)
    con = open_read_only(config.warehouse_path)
    try:
        page = build_report(con)
        n_documents = con.execute("select count(*) from v_documents").fetchone()
        n_targets = con.execute("select count(*) from v_target_attainment").fetchone()
    finally:
        con.close()
    assert n_documents is not None and n_documents[0] > 2
    assert n_targets is not None and n_targets[0] > 2
    quality = section(page.html, "quality")
    read_table = quality.split("<h3>")[1]  # the first listing of the section: documents read
    assert read_table.count("<tr>") == 1 + 2  # header and two rows
    assert f"Showing the first 2 of {n_documents[0]} rows" in read_table
    assert "v_documents" in read_table
    targets = section(page.html, "targets")
    for listing in targets.split("<table")[1:]:
        assert listing.split("</table>")[0].count("<tr>") <= 1 + 2
    # The counts still cover every row, capped or not.
    assert page.stats["documents_read"] == n_documents[0]
    assert page.stats["targets"] == n_targets[0]
