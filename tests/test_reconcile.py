"""Reconciled views: one trustworthy number per fact.

v_observations, v_indicator_annual and v_target_attainment.

Every test reads a warehouse built by the real assets (or, for the rule tests,
by the real SQL models over the real staged inputs plus hand-made figures).
"""

from __future__ import annotations

import csv
import re
import shutil
from datetime import date
from pathlib import Path

import dagster as dg
import duckdb
import polars as pl
import pytest

from pipelines import settings
from pipelines.defs.assets.warehouse import gather_sources
from pipelines.defs.resources import PipelineConfig
from pipelines.reference import REFERENCE_DIR
from pipelines.stages.load import as_frame, build_database
from tests.conftest import ALL_ASSETS, resources_for

SEED_000 = "000_6d61acde4f9332b7.txt"
SEED_002 = "002_27c4f7b46b730aaa.txt"
SEED_003 = "003_cb872f3f67baec3e.txt"

FACT_KEY = "indicator_code, region, measure, status, period_start, period_end, benchmark"

# Documents of our own making: a 2024 work plan of 江苏省 and what was reported about 2024 later.
OWN_DOCUMENTS = {
    "js_plan_2024.txt": (
        "江苏省2024年工业经济工作要点\n\n发布日期: 2024-02-01\n\n江苏省工业和信息化厅\n\n"
        "2024年全省工业经济工作的主要目标是：力争全年规模以上工业增加值增长6%左右，"
        "工业投资增长8%以上，规模以上工业能耗强度下降3%以上。计划全年工业技改投资增长10%。\n"
    ),
    "js_news_2025.txt": (
        "2024年江苏省工业经济运行情况\n\n发布日期: 2025-01-20\n\n江苏省工业和信息化厅\n\n"
        "2024年，全省规模以上工业增加值增长6.5%，工业投资增长7.2%，规模以上工业能耗强度下降4.1%。\n"
    ),
}
# A year-to-date report and an estimate (both replaced later), a later revision, an unknown indicator.
MORE_DOCUMENTS = {
    "js_dec_2024.txt": (
        "江苏省1-11月工业经济运行情况\n\n发布日期: 2024-12-20\n\n江苏省工业和信息化厅\n\n"
        "1-11月，全省规模以上工业增加值增长6.4%，高技术制造业投资增长9.5%。预计全年工业投资增长7%左右。\n"
    ),
    "js_review_2025.txt": (
        "江苏省2024年工业经济回顾\n\n发布日期: 2025-03-01\n\n江苏省工业和信息化厅\n\n"
        "2024年，全省规模以上工业增加值增长6.7%。\n"
    ),
    "js_hydrogen_2025.txt": (
        "江苏省氢能产业发展情况\n\n发布日期: 2025-02-15\n\n江苏省工业和信息化厅\n\n"
        "2024年，全省氢燃料电池汽车推广量增长35%。\n"
    ),
}
UNKNOWN_INDICATOR = "氢燃料电池汽车"


def _build(root: Path, extra: dict[str, str]) -> PipelineConfig:
    raw = root / "raw"
    shutil.copytree(settings.DEFAULT_RAW_DIR, raw)
    for name, text in extra.items():
        (raw / name).write_text(text, encoding="utf-8")
    cfg = PipelineConfig(raw_dir=str(raw), warehouse=str(root / "wh" / "warehouse.duckdb"), workers=1)
    result = dg.materialize(ALL_ASSETS, resources=resources_for(cfg), raise_on_error=False)
    assert result.success
    return cfg


@pytest.fixture(scope="module")
def seed_warehouse(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    cfg = _build(tmp_path_factory.mktemp("seed"), {})
    con = duckdb.connect(cfg.warehouse, read_only=True)
    yield con
    con.close()


@pytest.fixture(scope="module")
def jiangsu_config(tmp_path_factory: pytest.TempPathFactory) -> PipelineConfig:
    return _build(tmp_path_factory.mktemp("jiangsu"), {**OWN_DOCUMENTS, **MORE_DOCUMENTS})


@pytest.fixture(scope="module")
def jiangsu_warehouse(jiangsu_config: PipelineConfig) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(jiangsu_config.warehouse, read_only=True)
    yield con
    con.close()


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[object] | None = None) -> list[dict]:
    cursor = con.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


# --- (a) a plan and the later report of the outcome --------------------------------------------


def test_plan_then_report_gives_met_missed_and_pending(tmp_path: Path) -> None:
    cfg = _build(tmp_path, OWN_DOCUMENTS)
    con = duckdb.connect(cfg.warehouse, read_only=True)
    try:
        attainment = {
            r["indicator_code"]: r
            for r in rows(
                con,
                "select * from v_target_attainment where region = '江苏省' and year = 2024 "
                "and measure = 'yoy_growth_pct'",
            )
        }
    finally:
        con.close()
    assert set(attainment) >= {
        "industrial_value_added_above_scale",
        "industrial_investment",
        "industrial_energy_intensity_above_scale",
        "industrial_technical_upgrade_investment",
    }, "the extractor did not find the targets of js_plan_2024.txt"

    value_added = attainment["industrial_value_added_above_scale"]
    assert (value_added["target_value"], value_added["target_qualifier"]) == (6.0, "approx")
    assert value_added["actual_value"] == pytest.approx(6.5)
    assert value_added["attainment"] == "met"
    assert value_added["gap"] == pytest.approx(0.5)
    assert value_added["actual_source_files"] == ["js_news_2025.txt"]
    assert value_added["indicator"] == "规模以上工业增加值"

    investment = attainment["industrial_investment"]
    assert (investment["target_value"], investment["target_qualifier"]) == (8.0, "at_least")
    assert investment["attainment"] == "missed"
    assert investment["gap"] == pytest.approx(-0.8)

    # A decline target (下降3%以上 = -3) is met by a deeper fall (-4.1).
    energy = attainment["industrial_energy_intensity_above_scale"]
    assert energy["target_value"] == -3.0
    assert energy["actual_value"] == pytest.approx(-4.1)
    assert energy["attainment"] == "met"
    assert energy["gap"] == pytest.approx(-1.1)

    # No actual reported: pending, no gap.
    upgrade = attainment["industrial_technical_upgrade_investment"]
    assert (upgrade["attainment"], upgrade["actual_value"], upgrade["gap"]) == ("pending", None, None)


# --- conflicts, the chosen value, superseding ----------------------------------------------------


def test_conflicting_reports_choose_the_latest_and_keep_every_source(
    jiangsu_warehouse: duckdb.DuckDBPyConnection,
) -> None:
    full_year = rows(
        jiangsu_warehouse,
        """select * from v_observations
           where indicator_code = 'industrial_value_added_above_scale' and region = '江苏省'
             and status = 'actual' and period_type = 'full_year' and year = 2024""",
    )
    assert len(full_year) == 1
    fact = full_year[0]
    assert fact["n_mentions"] == 2
    assert fact["source_files"] == ["js_news_2025.txt", "js_review_2025.txt"]
    assert fact["has_conflict"] is True
    # 6.5 (2025-01-20) vs 6.7 (2025-03-01): the later document wins.
    assert fact["value"] == pytest.approx(6.7)
    assert fact["reference_date"] == date(2025, 3, 1)
    assert (fact["min_value"], fact["max_value"]) == (pytest.approx(6.5), pytest.approx(6.7))
    assert fact["superseded"] is False

    target = rows(
        jiangsu_warehouse,
        """select * from v_target_attainment
           where indicator_code = 'industrial_value_added_above_scale'
             and region = '江苏省' and year = 2024""",
    )
    assert [(t["actual_value"], t["attainment"]) for t in target] == [(pytest.approx(6.7), "met")]
    assert target[0]["gap"] == pytest.approx(0.7)


def test_ytd_and_estimates_are_superseded_not_deleted(jiangsu_warehouse: duckdb.DuckDBPyConnection) -> None:
    facts = rows(
        jiangsu_warehouse,
        """select indicator_code, status, period_type, months_covered, value, superseded, superseded_by,
                  observation_id
           from v_observations where region = '江苏省' and year = 2024 and measure = 'yoy_growth_pct'""",
    )
    by_key = {(f["indicator_code"], f["status"], f["period_type"]): f for f in facts}
    ytd = by_key[("industrial_value_added_above_scale", "actual", "ytd")]
    full = by_key[("industrial_value_added_above_scale", "actual", "full_year")]
    assert (ytd["value"], ytd["months_covered"]) == (pytest.approx(6.4), 11)
    assert ytd["superseded"] is True
    assert ytd["superseded_by"] == full["observation_id"]

    estimate = by_key[("industrial_investment", "estimate", "full_year")]
    actual = by_key[("industrial_investment", "actual", "full_year")]
    assert estimate["value"] == pytest.approx(7.0)
    assert estimate["superseded"] is True and estimate["superseded_by"] == actual["observation_id"]
    assert actual["superseded"] is False

    # A ytd with no full-year actual stands.
    partial_only = by_key[("high_tech_manufacturing_investment", "actual", "ytd")]
    assert partial_only["superseded"] is False
    # Nothing is deleted: every mention of v_figures is behind exactly one observation.
    n_figures, n_behind = jiangsu_warehouse.execute(
        """select (select count(*) from v_figures),
                  (select sum(n_mentions) from v_observations)"""
    ).fetchone()
    assert n_figures == n_behind


def test_indicator_annual_prefers_full_year_else_latest_ytd(
    jiangsu_warehouse: duckdb.DuckDBPyConnection,
) -> None:
    annual = {
        r["indicator_code"]: r
        for r in rows(
            jiangsu_warehouse,
            """select * from v_indicator_annual
               where region = '江苏省' and year = 2024 and measure = 'yoy_growth_pct'
                 and benchmark is null""",
        )
    }
    full = annual["industrial_value_added_above_scale"]
    assert (full["value"], full["months_covered"], full["is_partial"]) == (pytest.approx(6.7), 12, False)
    assert full["indicator_en"] == "Value added of industrial enterprises above designated size"
    partial = annual["high_tech_manufacturing_investment"]
    assert (partial["value"], partial["months_covered"], partial["is_partial"]) == (
        pytest.approx(9.5),
        11,
        True,
    )
    assert partial["source_files"] == ["js_dec_2024.txt"]
    # Targets and estimates never appear here.
    assert "industrial_technical_upgrade_investment" not in annual
    assert annual["industrial_investment"]["value"] == pytest.approx(7.2)


# --- (c) grain, determinism, the catalogue -------------------------------------------------------


def test_one_row_per_fact(jiangsu_warehouse: duckdb.DuckDBPyConnection) -> None:
    duplicated = jiangsu_warehouse.execute(
        f"""select {FACT_KEY}, count(*) from v_observations
            group by all having count(*) > 1"""
    ).fetchall()
    assert duplicated == []
    n, n_ids, n_keys = jiangsu_warehouse.execute(
        f"""select count(*), count(distinct observation_id),
                   (select count(*) from (select distinct {FACT_KEY} from v_observations))
            from v_observations"""
    ).fetchone()
    assert n == n_ids == n_keys > 0
    annual_dupes = jiangsu_warehouse.execute(
        """select indicator_code, region, measure, benchmark, year, count(*) from v_indicator_annual
           group by all having count(*) > 1"""
    ).fetchall()
    assert annual_dupes == []
    targets = jiangsu_warehouse.execute(
        """select (select count(*) from v_target_attainment),
                  (select count(*) from v_observations where status = 'target')"""
    ).fetchone()
    assert targets[0] == targets[1] > 0


def test_unchanged_input_rerun_gives_identical_reconciled_views(tmp_path: Path) -> None:
    cfg = _build(tmp_path, {**OWN_DOCUMENTS, **MORE_DOCUMENTS})

    def snapshot() -> dict[str, list[tuple]]:
        con = duckdb.connect(cfg.warehouse, read_only=True)
        try:
            return {
                view: con.execute(f"select * from {view} order by all").fetchall()
                for view in ("v_observations", "v_indicator_annual", "v_target_attainment")
            }
        finally:
            con.close()

    first = snapshot()
    assert first["v_observations"]
    result = dg.materialize(ALL_ASSETS, resources=resources_for(cfg), raise_on_error=False)
    assert result.success
    assert snapshot() == first


def test_unknown_indicator_survives_uncatalogued(jiangsu_warehouse: duckdb.DuckDBPyConnection) -> None:
    figures = rows(
        jiangsu_warehouse,
        "select indicator, indicator_code, indicator_en from v_figures where source_file = ?",
        ["js_hydrogen_2025.txt"],
    )
    unknown = [f for f in figures if UNKNOWN_INDICATOR in f["indicator"]]
    assert unknown, f"the extractor found no {UNKNOWN_INDICATOR} figure: {figures}"
    code = unknown[0]["indicator_code"]
    assert re.fullmatch(r"x_[0-9a-f]{12}", code)
    assert unknown[0]["indicator_en"] is None
    observed = rows(
        jiangsu_warehouse,
        """select indicator, catalogued, indicator_en, value, source_files
           from v_observations where indicator_code = ?""",
        [code],
    )
    assert len(observed) == 1
    assert observed[0]["catalogued"] is False and observed[0]["indicator_en"] is None
    assert observed[0]["indicator"] == unknown[0]["indicator"]
    assert observed[0]["value"] == pytest.approx(35.0)
    assert observed[0]["source_files"] == ["js_hydrogen_2025.txt"]
    annual = jiangsu_warehouse.execute(
        "select count(*) from v_indicator_annual where indicator_code = ?", [code]
    ).fetchone()
    assert annual == (1,)


def test_catalogued_indicators_of_the_seeds_have_english_names(
    seed_warehouse: duckdb.DuckDBPyConnection,
) -> None:
    catalogued = seed_warehouse.execute(
        "select count(distinct indicator_code) from v_observations where catalogued"
    ).fetchone()[0]
    assert catalogued >= 20
    missing = seed_warehouse.execute(
        """select distinct indicator_code, indicator from v_observations
           where catalogued and (indicator_en is null or trim(indicator_en) = '')"""
    ).fetchall()
    assert missing == []
    # Typos and abbreviations land on the catalogue code (003 writes 规上工业增长值).
    typo = seed_warehouse.execute(
        """select count(*) from v_figures
           where source_file = ? and indicator_code = 'industrial_value_added_above_scale'""",
        [SEED_003],
    ).fetchone()
    assert typo[0] >= 1


def test_catalogue_is_well_formed() -> None:
    with (REFERENCE_DIR / "indicators.csv").open(encoding="utf-8", newline="") as handle:
        catalogue = list(csv.DictReader(handle))
    assert list(catalogue[0]) == ["code", "name", "name_en", "category", "unit_class", "aliases"]
    codes = [row["code"] for row in catalogue]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", code) for code in codes)
    assert all(row["name"] and row["name_en"] and row["category"] and row["unit_class"] for row in catalogue)
    owner: dict[str, str] = {}
    for row in catalogue:
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            assert owner.setdefault(name, row["code"]) == row["code"], f"{name} belongs to two codes"
    for name in [
        "地区生产总值",
        "规模以上工业增加值",
        "固定资产投资",
        "社会消费品零售总额",
        "进出口总额",
        "一般公共预算收入",
        "居民人均可支配收入",
        "城镇调查失业率",
        "居民消费价格",
        "工业技改投资",
        "5G基站",
        "规模以上工业企业数字化转型覆盖率",
        "新能源汽车产量",
    ]:
        assert name in owner, name
    assert owner["规上工业增长值"] == owner["规模以上工业增加值"]
    assert owner["规上工业营收"] == owner["规模以上工业营业收入"]


# --- the chosen-value and conflict rules, on hand-made mentions ----------------------------------


class HandMade:
    """The real staged inputs of a warehouse plus hand-made figure mentions, built by the real SQL models."""

    def __init__(self, config: PipelineConfig, target: Path) -> None:
        self.sources = {name: as_frame(source) for name, source in gather_sources(config).items()}
        documents = self.sources["documents"].sort("reference_date")
        assert documents["reference_date"][0] < documents["reference_date"][-1]
        self.older, self.newer = documents["document_id"][0], documents["document_id"][-1]
        self.template = self.sources["figures"].row(0, named=True)
        self.target = target

    def mention(
        self, n: int, document: str, indicator: str, value: float, qualifier: str = "exact", **kw: object
    ) -> dict:
        return {
            **self.template,
            "figure_id": f"synthetic{n:02d}",
            "document_id": document,
            "figure_seq": 10_000 + n,
            "indicator": indicator,
            "measure": kw.get("measure", "yoy_growth_pct"),
            "value": value,
            "value_max": kw.get("value_max"),
            "unit": "%",
            "value_base": value,
            "value_base_max": kw.get("value_max"),
            "base_unit": "%",
            "qualifier": qualifier,
            "status": kw.get("status", "actual"),
            "region": "测试市",
            "benchmark": kw.get("benchmark"),
            "period_start": kw.get("period_start", date(2030, 1, 1)),
            "period_end": kw.get("period_end", date(2030, 12, 31)),
            "period_type": kw.get("period_type", "full_year"),
        }

    def build(self, mentions: list[dict]) -> duckdb.DuckDBPyConnection:
        figures = self.sources["figures"]
        sources = {
            **self.sources,
            "figures": pl.concat([figures, pl.DataFrame(mentions, schema=figures.schema)]),
        }
        build_database(self.target, sources, settings.SQL_DIR)
        return duckdb.connect(str(self.target), read_only=True)


def test_chosen_value_and_conflict_rules(jiangsu_config: PipelineConfig, tmp_path: Path) -> None:
    made = HandMade(jiangsu_config, tmp_path / "rules.duckdb")
    mention, older, newer = made.mention, made.older, made.newer
    synthetic = [
        mention(1, older, "测试甲", 1000.0, "approx"),  # exact beats approx at the same reference date
        mention(2, older, "测试甲", 1001.0, "exact"),
        mention(3, older, "测试乙", 6.9),  # more decimals win; 6.9 vs 6.94 is rounding
        mention(4, older, "测试乙", 6.94),
        mention(5, older, "测试丙", 7.0),  # 7 vs 6.5 is a conflict
        mention(6, older, "测试丙", 6.5),
        mention(7, older, "测试丁", 8.25),  # the later document beats precision
        mention(8, newer, "测试丁", 8.3, "approx"),
        mention(9, older, "测试戊", 5.0),  # identical mentions: the smaller figure_id is chosen
        mention(10, older, "测试戊", 5.0),
        mention(11, older, "测试己", 2.6, measure="pp_diff", benchmark="全国"),  # benchmarks apart
        mention(12, older, "测试己", 1.1, measure="pp_diff"),
    ]
    con = made.build(synthetic)
    try:
        got = {
            (r["indicator"], r["benchmark"]): r
            for r in rows(con, "select * from v_observations where region = '测试市'")
        }
    finally:
        con.close()
    assert len(got) == 7

    def check(
        name: str, value: float, figure: str, conflict: bool, n: int = 2, benchmark: str | None = None
    ) -> None:
        fact = got[(name, benchmark)]
        assert fact["value"] == pytest.approx(value), name
        assert fact["chosen_figure_id"] == figure, name
        assert fact["has_conflict"] is conflict, name
        assert fact["n_mentions"] == n, name

    check("测试甲", 1001.0, "synthetic02", False)
    check("测试乙", 6.94, "synthetic04", False)
    check("测试丙", 6.5, "synthetic06", True)
    check("测试丁", 8.3, "synthetic08", False)
    check("测试戊", 5.0, "synthetic09", False)
    check("测试己", 2.6, "synthetic11", False, n=1, benchmark="全国")
    check("测试己", 1.1, "synthetic12", False, n=1)
    assert got[("测试丁", None)]["qualifier"] == "approx"


def test_indicator_names_map_to_the_catalogue(jiangsu_config: PipelineConfig, tmp_path: Path) -> None:
    made = HandMade(jiangsu_config, tmp_path / "names.duckdb")
    names = {
        "规上工业增长值": "industrial_value_added_above_scale",  # abbreviation and typo
        "江苏省全年规模以上工业增加值": "industrial_value_added_above_scale",  # region and time words
        "晨星工厂": "morning_star_factories",
        "“晨星工厂”": "morning_star_factories",  # quote marks
        "规上工业营收": "industrial_revenue_above_scale",
        "全国重点实验室": "national_key_laboratories",  # a name that starts like a region stays whole
    }
    con = made.build(
        [made.mention(n, made.older, name, 1.0) for n, name in enumerate([*names, "测试新指标"])]
    )
    try:
        mapped = dict(con.execute("select mention, indicator_code from map_indicator_mention").fetchall())
        catalogued = dict(con.execute("select indicator_code, catalogued from dim_indicator").fetchall())
    finally:
        con.close()
    assert {name: mapped[name] for name in names} == names
    assert re.fullmatch(r"x_[0-9a-f]{12}", mapped["测试新指标"])
    assert catalogued[mapped["测试新指标"]] is False


def test_attainment_rules(jiangsu_config: PipelineConfig, tmp_path: Path) -> None:
    made = HandMade(jiangsu_config, tmp_path / "attainment.duckdb")
    m, doc = made.mention, made.older
    y2030 = {"period_start": date(2030, 1, 1), "period_end": date(2030, 12, 31), "period_type": "full_year"}
    ytd = {"period_start": date(2030, 1, 1), "period_end": date(2030, 11, 30), "period_type": "ytd"}
    year_end = {"period_start": date(2030, 12, 31), "period_end": date(2030, 12, 31), "period_type": "as_of"}
    plan = {"period_start": date(2028, 1, 1), "period_end": date(2030, 12, 31), "period_type": "multi_year"}
    target = {"status": "target"}
    con = made.build(
        [
            m(1, doc, "上限甲", 5.0, "at_most", **target, **y2030),  # at most 5: 4.8 is met
            m(2, doc, "上限甲", 4.8, **y2030),
            m(3, doc, "上限乙", 5.0, "at_most", **target, **y2030),  # at most 5: 5.2 is missed
            m(4, doc, "上限乙", 5.2, **y2030),
            m(5, doc, "名次", 3.0, **target, measure="rank", benchmark="全国", **y2030),  # 2nd beats 3rd
            m(6, doc, "名次", 2.0, measure="rank", benchmark="全国", **y2030),
            m(7, doc, "区间", 3.0, **target, value_max=5.0, **y2030),  # 3-5: 4 reaches the lower end
            m(8, doc, "区间", 4.0, **y2030),
            m(9, doc, "下降", -4.0, "at_least", **target, **y2030),  # fall 4 %: a fall of 3.5 % misses
            m(10, doc, "下降", -3.5, **y2030),
            m(11, doc, "三年增长", 18.0, **target, **plan),  # a 3-year growth target never takes one year
            m(12, doc, "三年增长", 7.0, **y2030),
            # A level (share): the year-end stock answers a full-year target.
            m(13, doc, "覆盖率", 60.0, "approx", **target, measure="share_pct", **y2030),
            m(14, doc, "覆盖率", 61.5, measure="share_pct", **year_end),
            m(15, doc, "年中", 6.0, **target, **y2030),  # only 1-11月 known: pending, partial shown
            m(16, doc, "年中", 6.8, **ytd),
            m(17, doc, "限降", -2.0, "at_most", **target, **y2030),  # fall no more than 2 %: -2.5 misses
            m(18, doc, "限降", -2.5, **y2030),
        ]
    )
    try:
        got = {
            r["indicator"]: r
            for r in rows(con, "select * from v_target_attainment where region = '测试市' order by indicator")
        }
    finally:
        con.close()
    assert len(got) == 9

    def outcome(name: str) -> tuple[object, ...]:
        r = got[name]
        gap = None if r["gap"] is None else round(r["gap"], 6)
        return r["attainment"], r["actual_value"], gap, r["actual_is_partial"]

    assert outcome("上限甲") == ("met", 4.8, -0.2, False)
    assert outcome("上限乙") == ("missed", 5.2, 0.2, False)
    assert outcome("名次") == ("met", 2.0, -1.0, False)
    assert outcome("区间") == ("met", 4.0, 1.0, False)
    assert got["区间"]["target_value_max"] == 5.0
    assert outcome("下降") == ("missed", -3.5, 0.5, False)
    assert outcome("三年增长") == ("pending", None, None, False)
    assert got["三年增长"]["year"] == 2030
    assert outcome("覆盖率") == ("met", 61.5, 1.5, False)
    assert outcome("限降") == ("missed", -2.5, -0.5, False)
    assert outcome("年中")[:2] == ("pending", 6.8)
    assert got["年中"]["actual_is_partial"] is True


# --- (b) the worked examples of spec/warehouse.md, on the seeds ----------------------------------


def _facts(con: duckdb.DuckDBPyConnection, code: str, measure: str, **where: object) -> list[dict]:
    clauses = "".join(f" and {column} = ?" for column in where)
    return rows(
        con,
        f"""select * from v_observations
            where indicator_code = ? and region = '山东省' and measure = ? and benchmark is null{clauses}
            order by period_start, period_end, status""",
        [code, measure, *where.values()],
    )


def test_worked_example_value_added_ytd_superseded_by_full_year(
    seed_warehouse: duckdb.DuckDBPyConnection,
) -> None:
    facts = _facts(
        seed_warehouse, "industrial_value_added_above_scale", "yoy_growth_pct", status="actual", year=2023
    )
    by_end = {f["period_end"]: f for f in facts}
    ytd, full = by_end.get(date(2023, 11, 30)), by_end.get(date(2023, 12, 31))
    assert ytd is not None and full is not None, facts
    assert (ytd["value"], ytd["source_files"], ytd["superseded"]) == (pytest.approx(6.9), [SEED_000], True)
    assert (full["value"], full["superseded"]) == (pytest.approx(7.1), False)
    assert SEED_003 in full["source_files"]
    assert ytd["superseded_by"] == full["observation_id"]
    annual = rows(
        seed_warehouse,
        """select * from v_indicator_annual where indicator_code = 'industrial_value_added_above_scale'
           and region = '山东省' and measure = 'yoy_growth_pct' and benchmark is null and year = 2023""",
    )
    assert [(a["value"], a["is_partial"], a["months_covered"]) for a in annual] == [
        (pytest.approx(7.1), False, 12)
    ]


@pytest.mark.parametrize(
    ("code", "ytd_end", "ytd_value", "full_value"),
    [
        ("industrial_energy_intensity_above_scale", date(2023, 9, 30), -4.8, -5.2),
        ("industrial_technical_upgrade_investment", date(2023, 11, 30), 10.6, 9.4),
    ],
)
def test_worked_example_ytd_vs_full_year(
    seed_warehouse: duckdb.DuckDBPyConnection, code: str, ytd_end: date, ytd_value: float, full_value: float
) -> None:
    facts = _facts(seed_warehouse, code, "yoy_growth_pct", status="actual", year=2023)
    by_end = {f["period_end"]: f for f in facts}
    assert ytd_end in by_end and date(2023, 12, 31) in by_end, facts
    assert by_end[ytd_end]["value"] == pytest.approx(ytd_value)
    assert by_end[ytd_end]["source_files"] == [SEED_000]
    assert by_end[ytd_end]["superseded"] is True
    assert by_end[date(2023, 12, 31)]["value"] == pytest.approx(full_value)
    assert SEED_003 in by_end[date(2023, 12, 31)]["source_files"]
    annual = seed_warehouse.execute(
        """select value from v_indicator_annual where indicator_code = ? and region = '山东省'
           and measure = 'yoy_growth_pct' and benchmark is null and year = 2023""",
        [code],
    ).fetchall()
    assert annual == [(pytest.approx(full_value),)]


def test_worked_example_one_fact_mentioned_twice(seed_warehouse: duckdb.DuckDBPyConnection) -> None:
    facts = _facts(
        seed_warehouse,
        "provincial_enterprise_technology_innovation_projects",
        "amount",
        status="actual",
        year=2023,
    )
    facts = [f for f in facts if f["value"] == pytest.approx(3202)]
    assert len(facts) == 1
    assert facts[0]["n_mentions"] == 2
    assert facts[0]["source_files"] == [SEED_000, SEED_003]
    assert facts[0]["has_conflict"] is False
    assert facts[0]["base_unit"] == "项"


def test_worked_example_digital_transformation_target_missed(
    seed_warehouse: duckdb.DuckDBPyConnection,
) -> None:
    targets = rows(
        seed_warehouse,
        """select * from v_target_attainment
           where indicator_code = 'industrial_digital_transformation_coverage'
             and region = '山东省' and measure = 'share_pct' and year = 2024""",
    )
    assert len(targets) == 1, targets
    target = targets[0]
    assert (target["target_value"], target["target_qualifier"]) == (pytest.approx(90), "approx")
    assert target["actual_value"] == pytest.approx(87.3)
    assert target["actual_source_files"] == [SEED_002]
    assert target["attainment"] == "missed"
    assert target["gap"] == pytest.approx(-2.7)
    assert set(target["target_source_files"]) == {SEED_000, SEED_003}
