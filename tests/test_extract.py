"""Unit tests of the figure extractor, one shape at a time.

The sentences are made up for the tests (other provinces, cities and topics
than the seeds) so that the rules are checked as general patterns, not as
memorised seed sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.stages.describe import describe_document
from pipelines.stages.extract import extract_figures
from pipelines.stages.extract.numbers import parse_cn_int, parse_fraction, parse_number
from pipelines.stages.models import DocumentMeta, Figure
from pipelines.stages.normalize import normalize


def meta(
    region: str = "江苏省", ref: date = date(2024, 1, 20), doc_type: str = "news", title: str | None = None
) -> DocumentMeta:
    return DocumentMeta(
        title=title,
        published_on=ref,
        doc_number=None,
        issuer=None,
        doc_type=doc_type,
        region=region,
        reference_date=ref,
        reference_date_method="printed",
        reference_date_confidence=1.0,
    )


def figures(text: str, **kwargs: object) -> list[Figure]:
    return extract_figures(text, meta(**kwargs))  # type: ignore[arg-type]


def one(text: str, measure: str, **kwargs: object) -> Figure:
    found = [f for f in figures(text, **kwargs) if f.measure == measure]
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------------------------------- numbers
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("两", 2),
        ("十二", 12),
        ("二十三", 23),
        ("一百零五", 105),
        ("三千", 3000),
        ("十二万", 120_000),
        ("一万二千", 12_000),
    ],
)
def test_chinese_integers(text: str, value: int) -> None:
    assert parse_cn_int(text) == value


@pytest.mark.parametrize("text", ["三五", "二〇二四", "一万二", "万"])
def test_digits_side_by_side_are_no_chinese_integer(text: str) -> None:
    """三五家 is "three to five", 二〇二四 a year spelt digit by digit: neither is one number."""
    assert parse_cn_int(text) is None


def test_parse_number_and_fraction() -> None:
    assert parse_number("10189.4") == 10189.4
    assert parse_number("七") == 7
    assert parse_fraction("三", "二") == 66.67
    assert parse_cn_int("亿") is None


# --------------------------------------------------------------------------- measures
def test_growth_amount_and_benchmark_gap_in_one_sentence() -> None:
    found = figures("2023年，全省地区生产总值达到12.8万亿元，同比增长5.8%，高于全国0.6个百分点。")
    by_measure = {f.measure: f for f in found}
    assert set(by_measure) == {"amount", "yoy_growth_pct", "pp_diff"}
    assert by_measure["amount"].value_base == pytest.approx(12.8e12)
    assert by_measure["amount"].base_unit == "元"
    assert by_measure["yoy_growth_pct"].indicator == "地区生产总值"
    assert by_measure["pp_diff"].benchmark == "全国"
    assert by_measure["pp_diff"].indicator == "地区生产总值"
    assert all(f.period_start == date(2023, 1, 1) and f.period_type == "full_year" for f in found)


def test_decline_is_negative() -> None:
    f = one("1-10月，全省工业生产者出厂价格同比下降3.1%。", "yoy_growth_pct")
    assert f.value == -3.1
    assert (f.period_start, f.period_end, f.period_type) == (date(2023, 1, 1), date(2023, 10, 31), "ytd")


def test_share_and_pp_change() -> None:
    found = figures("年末全省常住人口城镇化率达到65.5%，比上年末提高0.8个百分点。")
    share = next(f for f in found if f.measure == "share_pct")
    change = next(f for f in found if f.measure == "pp_change")
    assert share.value == 65.5 and "城镇化率" in share.indicator
    assert change.value == 0.8 and change.indicator == share.indicator
    assert share.period_type == "as_of" and share.period_end == date(2023, 12, 31)


def test_lower_than_benchmark_is_negative_gap() -> None:
    f = one("全市社会消费品零售总额增长3.2%，低于全省1.5个百分点。", "pp_diff", region="青岛市")
    assert f.value == -1.5
    assert f.region == "青岛市"


def test_benchmark_full_province_resolves_to_province_name() -> None:
    f = one("全市一般公共预算收入增长9.1%，高于全省2个百分点。", "pp_diff", region="青岛市")
    assert f.benchmark == "山东省"


def test_province_of_a_city_outside_the_seed_provinces() -> None:
    """全省 in a prefecture city's document is that city's province, for region and benchmark."""
    found = figures(
        "全市规模以上工业增加值增长8.1%，高于全省1.2个百分点。同期，全省规模以上工业增加值增长6.9%。",
        region="赣州市",
    )
    gap = next(f for f in found if f.measure == "pp_diff")
    assert (gap.region, gap.benchmark) == ("赣州市", "江西省")
    growth = {f.value: f.region for f in found if f.measure == "yoy_growth_pct"}
    assert growth == {8.1: "赣州市", 6.9: "江西省"}


def test_province_figure_of_a_document_whose_province_is_unknown_is_left_out() -> None:
    """A county-level city is not in regions.csv, so 全省 has no name there: its figure must
    not be credited to the city (a wrong region is worse than a missing figure)."""
    found = figures(
        "全市规模以上工业增加值增长8.1%。全省规模以上工业增加值增长6.9%，其中高技术制造业增长9.0%。"
        "全市新增国家级绿色工厂12家。",
        region="昆山市",
    )
    assert sorted((f.value, f.region) for f in found) == [(8.1, "昆山市"), (12.0, "昆山市")]


def test_average_growth_over_plan_period() -> None:
    f = one("“十四五”时期，全省固定资产投资年均增长5.9%。", "avg_growth_pct")
    assert (f.period_start, f.period_end, f.period_type) == (
        date(2021, 1, 1),
        date(2025, 12, 31),
        "multi_year",
    )


def test_average_growth_goal_runs_over_the_plans_years() -> None:
    """到2027年…年均增长: the average spans the plan's years (from its title), not the goal year alone."""
    text = "到2027年，全省规模以上工业增加值年均增长6.5%以上，工业投资年均增长9%。"
    titled = figures(
        text,
        region="江西省",
        doc_type="work_plan",
        ref=date(2025, 2, 14),
        title="江西省工业倍增行动方案（2024—2027年）",
    )
    assert {(f.value, f.period_start, f.period_end, f.period_type) for f in titled} == {
        (6.5, date(2024, 1, 1), date(2027, 12, 31), "multi_year"),
        (9, date(2024, 1, 1), date(2027, 12, 31), "multi_year"),
    }
    untitled = figures(text, region="江西省", doc_type="work_plan", ref=date(2025, 2, 14))
    assert {(f.period_start, f.period_end) for f in untitled} == {(date(2025, 1, 1), date(2027, 12, 31))}


def test_two_year_average_spans_whole_years_only_for_a_year() -> None:
    year = one(
        "2021年，全省规上工业增加值增长9.1%，两年平均增长6.2%。",
        "avg_growth_pct",
        region="湖北省",
        ref=date(2022, 1, 20),
    )
    assert (year.period_start, year.period_end) == (date(2020, 1, 1), date(2021, 12, 31))
    months = one(
        "1-2月，全省规上工业增加值增长7.1%，两年平均增长6.3%。",
        "avg_growth_pct",
        region="湖北省",
        ref=date(2025, 3, 18),
    )
    assert (months.period_start, months.period_end) == (date(2025, 1, 1), date(2025, 2, 28))


def test_growth_written_in_tenths() -> None:
    found = figures("全市汽车产业产值突破3000亿元，增长逾三成。", region="合肥市")
    growth = next(f for f in found if f.measure == "yoy_growth_pct")
    assert (growth.indicator, growth.value_base, growth.base_unit, growth.qualifier) == (
        "汽车产业产值",
        30,
        "%",
        "at_least",
    )
    assert not [f for f in found if f.measure == "share_pct"]


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("全市光伏行业利润降了将近四成。", -40, "approx"),  # spoken: 降了, and a qualifier after 了
        ("全市光伏行业利润下降四成。", -40, "exact"),  # the verb right before the tenths
        ("全市新能源汽车产量增长三成多。", 30, "at_least"),  # 多 after 成
        ("全市工业用电量涨了3.5%。", 3.5, "exact"),
    ],
)
def test_spoken_growth_and_tenths_after_their_verb(text: str, value: float, qualifier: str) -> None:
    f = one(text, "yoy_growth_pct", region="常州市")
    assert (f.value_base, f.qualifier) == (value, qualifier)
    assert not [g for g in figures(text, region="常州市") if g.measure == "share_pct"]


@pytest.mark.parametrize(("text", "unit"), [("集成电路产量达到150亿块。", "块"), ("芯片产量1.2亿颗。", "颗")])
def test_counts_of_chips_and_wafers(text: str, unit: str) -> None:
    f = one("全省" + text, "amount", region="湖北省")
    assert (f.base_unit, f.value_base) == (unit, f.value * 100_000_000)


def test_approximately_is_and_a_compound_count_unit() -> None:
    f = one("全省工业机器人产量约为3.5万台套。", "amount", region="湖北省")
    assert (f.indicator, f.unit, f.value_base, f.base_unit, f.qualifier) == (
        "工业机器人产量",
        "万台套",
        35000,
        "台套",
        "approx",
    )


def test_times_growth_is_percent() -> None:
    f = one("全省新能源汽车产量增长1.5倍。", "yoy_growth_pct")
    assert f.value_base == 150 and f.base_unit == "%"


def test_rank_with_province_benchmark_for_city() -> None:
    found = figures("全市外贸进出口总值9000亿元，居全省首位。", region="青岛市", ref=date(2024, 2, 1))
    rank = next(f for f in found if f.measure == "rank")
    assert rank.value == 1 and rank.base_unit == "位"
    assert rank.benchmark == "山东省"
    assert "进出口" in rank.indicator


def test_rank_ordinal_number() -> None:
    f = one("全省粮食总产量居全国第四位。", "rank")
    assert f.value == 4 and f.benchmark == "全国"


def test_rank_front_rows_is_no_figure() -> None:
    assert not [f for f in figures("全省数字经济规模居全国前列。") if f.measure == "rank"]


def test_all_rank_first_after_list() -> None:
    found = figures("新增国家级旅游度假区3家、5A级景区2家，总数均居全国首位。", region="浙江省")
    ranks = [f for f in found if f.measure == "rank"]
    assert len(ranks) == 2
    assert {r.period_type for r in ranks} == {"as_of"}


# --------------------------------------------------------------------------- qualifiers
@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("全省实际使用外资约45亿美元。", "approx"),
        ("全省实际使用外资45亿美元左右。", "approx"),
        ("全省实际使用外资超过45亿美元。", "at_least"),
        ("全省实际使用外资45亿美元以上。", "at_least"),
        ("全省实际使用外资不到45亿美元。", "at_most"),
        ("全省签约外资项目45余个。", "at_least"),
    ],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    f = one(text, "amount")
    assert f.value == 45
    assert f.qualifier == qualifier


def test_tenths_and_fraction_are_shares() -> None:
    f = one("全省民营经济税收占比首次超过六成。", "share_pct")
    assert (f.value, f.unit, f.value_base, f.qualifier) == (6, "成", 60, "at_least")
    g = one("制造业占全市经济比重近四分之一。", "share_pct", region="苏州市")
    assert g.value_base == 25 and g.qualifier == "approx"


def test_implied_one_with_multiplier() -> None:
    f = one("2023年全市社会消费品零售总额首次突破万亿元。", "amount", region="重庆市")
    assert (f.value, f.unit, f.value_base, f.qualifier) == (1, "万亿元", 1e12, "at_least")


def test_range_and_multiplier() -> None:
    f = one("力争每个园区培育2-3个千亿级产业集群。", "amount")
    assert (f.value, f.value_max) == (2, 3)
    g = one("全年新开工保障性住房1.8万套。", "amount")
    assert g.value_base == 18000 and g.base_unit == "套"


# --------------------------------------------------------------------------- status
def test_target_cues_and_plan_paragraph() -> None:
    text = (
        "2024年全省经济社会发展的主要目标是：地区生产总值增长5%左右，城镇新增就业110万人以上。"
        "\n加快建设现代化产业体系，培育国家级专精特新企业200家。"
    )
    found = figures(text, ref=date(2024, 1, 25))
    assert found and {f.status for f in found} == {"target"}
    assert {f.period_start for f in found} == {date(2024, 1, 1)}


def test_list_header_cue_governs_every_item() -> None:
    """``预计如下：A；B`` : the header's cue reaches past the semicolons (``初步核算，A；B`` does not)."""
    found = figures(
        "全年主要指标预计如下：地区生产总值增长5.2%；规上工业增加值增长6.5%。",
        region="湖北省",
        ref=date(2024, 12, 20),
        doc_type="press_conference",
    )
    assert {f.value: f.status for f in found} == {5.2: "estimate", 6.5: "estimate"}


def test_past_year_named_as_the_past_year() -> None:
    f = one(
        "过去一年，全省规模以上工业增加值增长8.1%。", "yoy_growth_pct", region="河南省", ref=date(2025, 4, 10)
    )
    assert (f.period_start, f.period_end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_province_figure_in_a_national_document_is_left_out() -> None:
    found = figures("全国规模以上工业增加值增长5.8%。全省规模以上工业增加值增长6.9%。", region="全国")
    assert [(f.value, f.region) for f in found] == [(5.8, "全国")]


def test_our_country_is_the_nation_even_in_a_provincial_document() -> None:
    found = figures("我国新能源汽车产量突破1300万辆，连续10年位居全球第一。", region="山东省")
    assert {(f.measure, f.indicator, f.region) for f in found} == {
        ("amount", "新能源汽车产量", "全国"),
        ("rank", "新能源汽车产量", "全国"),
    }


def test_region_written_by_its_short_name_at_the_start_of_a_clause() -> None:
    found = figures("东莞规上工业增加值同比增长8.6%，佛山规上工业增加值增长6.1%。", region="广东省")
    assert {(f.region, f.indicator, f.value) for f in found} == {
        ("东莞市", "规模以上工业增加值", 8.6),
        ("佛山市", "规模以上工业增加值", 6.1),
    }


def test_a_region_where_the_subject_would_be_needs_a_subject_of_its_measure() -> None:
    """其中，江苏增长7.7% after the national growth: 江苏's 规上工业增加值; after only a share, no figure."""
    found = figures(
        "2024年，全国规上工业增加值增长5.8%。其中，江苏增长7.7%。\n\n"
        "2024年，广东、江苏两省规上工业增加值合计占全国的四分之一。其中，浙江增长8.1%。",
        region="全国",
        ref=date(2025, 1, 21),
    )
    assert {(f.region, f.indicator, f.value) for f in found if f.measure == "yoy_growth_pct"} == {
        ("全国", "规模以上工业增加值", 5.8),
        ("江苏省", "规模以上工业增加值", 7.7),
    }


def test_port_or_company_named_after_its_city_keeps_its_name() -> None:
    found = figures("青岛港货物吞吐量完成7.1亿吨。上海电气营业收入增长5%。", region="山东省")
    assert {(f.region, f.indicator) for f in found} == {
        ("山东省", "青岛港货物吞吐量"),
        ("山东省", "上海电气营业收入"),
    }


def test_district_figure_is_the_districts_but_a_zone_stays_in_the_city() -> None:
    found = figures(
        "柯桥区规上工业增加值增长9.0%。高新区规上工业增加值增长12.0%。新昌县规上工业增加值增长7.1%。",
        region="绍兴市",
    )
    assert {(f.region, f.indicator, f.value) for f in found} == {
        ("柯桥区", "规模以上工业增加值", 9.0),
        ("绍兴市", "高新区规模以上工业增加值", 12.0),
        ("新昌县", "规模以上工业增加值", 7.1),
    }


def test_quoted_speech_is_read_but_a_quoted_name_is_not() -> None:
    found = figures(
        "“2024年，全省制造业增加值增长7.5%，占GDP比重提升至28.6%。”厅长介绍。全省实施“十大工程”。",
        region="湖南省",
        ref=date(2025, 1, 10),
    )
    assert sorted(f.value for f in found) == [7.5, 28.6]


def test_list_markers_are_not_part_of_the_indicator() -> None:
    found = figures(
        "一是电子信息产业规模突破1.2万亿元；二是装备制造产业营业收入达到6500亿元；（三）新增规上工业企业620户。",
        region="成都市",
    )
    assert [f.indicator for f in found] == ["电子信息产业规模", "装备制造产业营业收入", "规模以上工业企业"]


def test_regions_named_in_place_of_the_subject_share_it() -> None:
    found = figures("全省地区生产总值增长5.5%，其中济南增长6.1%、青岛增长6.1%。", region="山东省")
    assert sorted((f.region, f.indicator, f.value) for f in found) == [
        ("山东省", "地区生产总值", 5.5),
        ("济南市", "地区生产总值", 6.1),
        ("青岛市", "地区生产总值", 6.1),
    ]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # the 20年 inside 2020年 is not a span of twenty years (the years since the base year are)
        ("到2025年，全省单位工业增加值能耗较2020年下降16%。", date(2021, 1, 1), date(2025, 12, 31)),
        ("全省规上工业增加值2021—2024年累计增长26%。", date(2021, 1, 1), date(2024, 12, 31)),
        ("2020年以来，全省累计培育专精特新企业1000家。", None, None),
    ],
)
def test_a_year_is_not_read_as_a_number_of_years(text: str, start: date | None, end: date | None) -> None:
    found = figures(text, region="江苏省", ref=date(2025, 1, 20), doc_type="work_plan")
    assert [(f.period_start, f.period_end) for f in found] == [(start, end)]


def test_a_province_named_before_its_whole_is_the_clauses_region() -> None:
    """``浙江全省…`` in a city article: the province's figure, not the city's."""
    found = figures("浙江全省前三季度规上工业增加值增长7.4%。", region="宁波市", ref=date(2024, 10, 25))
    assert [(f.region, f.indicator) for f in found] == [("浙江省", "规模以上工业增加值")]


def test_the_whole_city_in_a_county_text_is_not_the_county() -> None:
    found = figures(
        "2024年，全县规上工业增加值增长8.9%，全市规上工业增加值增长7.1%。",
        region="安吉县",
        ref=date(2025, 1, 20),
    )
    assert [(f.region, f.value) for f in found] == [("安吉县", 8.9)]


def test_figures_of_an_unnamed_city_are_left_out_but_named_regions_kept() -> None:
    found = figures(
        "2024年，全市规上工业增加值增长9.2%，全国规上工业增加值增长5.8%。",
        region="(unnamed city)",
        ref=date(2025, 2, 5),
    )
    assert [(f.region, f.value) for f in found] == [("全国", 5.8)]


def test_items_of_several_regions_do_not_give_the_clause_the_first_ones_region() -> None:
    found = figures(
        "苏州市纳米新材料集群、深圳市新一代信息通信集群、长沙市工程机械集群等20个集群入选。", region="全国"
    )
    assert [f.region for f in found] == ["全国"]


def test_contribution_to_growth_is_not_a_change_in_points() -> None:
    found = figures("全省汽车制造业增加值增长15.2%，拉动全省工业增长1.2个百分点。", region="湖北省")
    assert [(f.indicator, f.measure, f.value) for f in found] == [
        ("汽车制造业增加值", "yoy_growth_pct", 15.2)
    ]


def test_estimate_cue() -> None:
    f = one("预计全年全省规模以上工业能耗下降3%左右。", "yoy_growth_pct")
    assert f.status == "estimate"


def test_work_plan_is_target_but_past_period_is_actual() -> None:
    found = figures(
        "2023年全省造林面积48万亩。2024年完成造林面积50万亩以上。", doc_type="work_plan", ref=date(2024, 3, 1)
    )
    by_value = {f.value: f for f in found}
    assert by_value[48].status == "actual"
    assert by_value[50].status == "target"


def test_review_paragraph_of_a_work_plan_reports_the_past_year() -> None:
    """A work plan opens with last year's results: only the goals after them are targets."""
    found = figures(
        "2024年，全省规模以上工业增加值同比增长4.4%，其中先进制造业增加值占规上工业比重达56.3%。"
        "全省新增专精特新“小巨人”企业287家，累计达1800家。全省制造业投资增长8.5%。\n\n"
        "2025年主要目标：全省规模以上工业增加值增长5%左右；制造业投资增长10%。",
        region="广东省",
        doc_type="work_plan",
        ref=date(2025, 3, 10),
    )
    got = {f.value: (f.status, f.period_start, f.period_end) for f in found}
    year_2024 = (date(2024, 1, 1), date(2024, 12, 31))
    assert got == {
        4.4: ("actual", *year_2024),
        56.3: ("actual", *year_2024),
        287: ("actual", *year_2024),
        1800: ("actual", date(2024, 12, 31), date(2024, 12, 31)),
        8.5: ("actual", *year_2024),
        5: ("target", date(2025, 1, 1), date(2025, 12, 31)),
        10: ("target", date(2025, 1, 1), date(2025, 12, 31)),
    }


def test_review_paragraph_opening_with_what_a_meeting_said() -> None:
    """``会议指出，2024年全省…`` after the plan has begun still reports 2024 for the whole paragraph."""
    found = figures(
        "会议总结了2024年工作，部署2025年重点任务。\n\n"
        "会议指出，2024年全省规上工业增加值同比增长6.2%。动力电池产量占全国比重达到16%。\n\n"
        "会议强调，2025年要确保规上工业增加值增长6%以上。",
        region="四川省",
        doc_type="conference_news",
        ref=date(2025, 1, 8),
    )
    got = {f.value: (f.indicator, f.status, f.period_start) for f in found}
    assert got == {
        6.2: ("规模以上工业增加值", "actual", date(2024, 1, 1)),
        16: ("动力电池产量占全国比重", "actual", date(2024, 1, 1)),
        6: ("规模以上工业增加值", "target", date(2025, 1, 1)),
    }


def test_a_paragraph_opening_with_last_years_plan_keeps_its_goals() -> None:
    """``2025年，《意见》出台，…力争…`` read in 2026 opens goals, not a review of results."""
    found = figures(
        "2025年，《关于推动工业经济高质量发展的意见》出台，全省将推动中小企业卡位入链，"
        "力争新增专精特新企业1284家以上。高标准建设3家国家制造业创新中心。",
        region="浙江省",
        doc_type="work_plan",
        ref=date(2026, 1, 15),
    )
    assert [f.status for f in found if f.value == 3] == ["target"]


def test_a_year_end_review_paragraph_reports_the_year_it_opens_with() -> None:
    """Dated 30 December, ``2024年，…。新建…`` reports 2024 although the year is not quite over;
    a year opening a later sentence of a long paragraph does not govern it."""
    found = figures(
        "2024年，全市集成电路产业规模突破3000亿元。新建5G基站1.2万个。\n\n"
        "全市推进产业集群建设。2023年，全市获评省级集群4个。新增国家级绿色工厂9家。",
        region="无锡市",
        ref=date(2024, 12, 30),
    )
    got = {f.value: (f.period_start, f.period_end) for f in found}
    assert got == {
        3000: (date(2024, 1, 1), date(2024, 12, 31)),
        1.2: (date(2024, 1, 1), date(2024, 12, 31)),
        4: (date(2023, 1, 1), date(2023, 12, 31)),
        9: (None, None),
    }


def test_list_items_share_the_last_items_industry_head() -> None:
    """电子信息、有色金属产业营业收入分别…: both are 产业营业收入, and 有色金属 keeps its 有."""
    found = figures(
        "2024年，全省装备制造、有色金属产业营业收入分别达到6200亿元、4100亿元。",
        region="湖南省",
        ref=date(2025, 1, 12),
    )
    assert {(f.indicator, f.value) for f in found} == {
        ("装备制造产业营业收入", 6200),
        ("有色金属产业营业收入", 4100),
    }


def test_each_item_of_a_list_gets_the_value_said_of_all() -> None:
    found = figures("2024年，全市工业投资、技改投资均增长12%以上。", region="襄阳市", ref=date(2025, 1, 12))
    assert {(f.indicator, f.value, f.qualifier) for f in found} == {
        ("工业投资", 12, "at_least"),
        ("技改投资", 12, "at_least"),
    }
    # a list that names one category is left whole
    (one_category,) = figures(
        "2024年，全市电力、热力生产和供应业增长6.2%。", region="襄阳市", ref=date(2025, 1, 12)
    )
    assert one_category.indicator == "电力、热力生产和供应业"


def test_each_year_governs_its_own_clause_only() -> None:
    """到2026年，…；每年新增…；建设…: the clause after the yearly one aims at 2026 again."""
    found = figures(
        "到2026年，全省低空经济规模突破500亿元；每年新增通用机场2个以上；建设20个以上低空应用示范场景。",
        region="四川省",
        doc_type="work_plan",
        ref=date(2024, 6, 3),
    )
    got = {f.value: (f.period_start, f.period_end) for f in found}
    assert got == {
        500: (date(2026, 1, 1), date(2026, 12, 31)),
        2: (None, None),
        20: (date(2026, 1, 1), date(2026, 12, 31)),
    }


def test_goals_after_a_horizon_opening_share_its_year() -> None:
    """``到2027年，…。力争新增…`` : the paragraph's later goals that name no year aim at 2027 too."""
    found = figures(
        "到2027年，全省制造业增加值占地区生产总值比重达到30%左右。力争新增省级绿色工厂400家。\n\n"
        "全年新增国家级专精特新“小巨人”企业40家。",
        region="吉林省",
        doc_type="work_plan",
        ref=date(2025, 2, 20),
    )
    got = {f.value: (f.status, f.period_start, f.period_end) for f in found}
    assert got == {
        30: ("target", date(2027, 1, 1), date(2027, 12, 31)),
        400: ("target", date(2027, 1, 1), date(2027, 12, 31)),
        40: ("target", date(2025, 1, 1), date(2025, 12, 31)),
    }


def test_a_horizon_said_inside_a_sentence_dates_the_paragraphs_later_goals() -> None:
    """``…工程，到2027年，建成…。…创建国家级绿色工厂30家`` : not the year of the text."""
    found = figures(
        "（五）实施转型行动。深入实施智改数转工程，到2027年，建成国家级智能制造示范工厂5家以上。"
        "大力推进绿色制造，创建国家级绿色工厂30家。\n\n"
        "（六）实施园区行动。新建标准化厂房300万平方米以上。",
        region="芜湖市",
        doc_type="work_plan",
        ref=date(2024, 7, 18),
    )
    got = {f.value: (f.status, f.period_start, f.period_end) for f in found}
    assert got == {
        5: ("target", date(2027, 1, 1), date(2027, 12, 31)),
        30: ("target", date(2027, 1, 1), date(2027, 12, 31)),
        300: ("target", date(2024, 1, 1), date(2024, 12, 31)),  # another paragraph
    }


def test_a_goal_said_as_our_target_is_not_part_of_the_indicator() -> None:
    f = one("“我们今年的目标是集成电路产值突破800亿元。”", "amount", region="无锡市", ref=date(2024, 3, 6))
    assert (f.indicator, f.status) == ("集成电路产值", "target")


def test_speaker_in_a_transcript_is_not_part_of_the_indicator() -> None:
    f = one("我们将新培育“链主”企业50家以上。", "amount", region="浙江省", doc_type="press_conference")
    assert f.indicator == "“链主”企业"


def test_goal_in_parentheses_is_the_target_of_the_outcome_before_it() -> None:
    """An evaluation report quotes the year's goal beside the outcome: both are figures of one indicator."""
    found = figures(
        "2024年，全市规模以上工业总产值同比增长5.2%，完成年度目标（增长5%）的104%。"
        "工业企业技术改造投资增长12.5%，未完成年度目标（增长15%）。",
        region="苏州市",
        doc_type="evaluation_report",
        ref=date(2025, 2, 18),
    )
    got = {(f.indicator, f.value, f.status, f.period_start, f.period_end) for f in found}
    year = (date(2024, 1, 1), date(2024, 12, 31))
    assert got == {
        ("规模以上工业总产值", 5.2, "actual", *year),
        ("规模以上工业总产值", 5.0, "target", *year),
        ("规模以上工业总产值目标完成率", 104.0, "actual", *year),  # …的104%: how much of it was reached
        ("工业企业技术改造投资", 12.5, "actual", *year),
        ("工业企业技术改造投资", 15.0, "target", *year),
    }


def test_goal_in_parentheses_without_a_growth_word_takes_the_outcomes_measure() -> None:
    found = figures(
        "2024年，全市单位工业增加值能耗下降4.1%，完成年度目标（3.5%）。全市亏损面达到12.4%。",
        region="嘉兴市",
        doc_type="evaluation_report",
        ref=date(2025, 2, 18),
    )
    got = {(f.indicator, f.measure, f.value, f.status) for f in found}
    assert got == {
        ("单位工业增加值能耗", "yoy_growth_pct", -4.1, "actual"),
        ("单位工业增加值能耗", "yoy_growth_pct", -3.5, "target"),
        ("亏损面", "share_pct", 12.4, "actual"),
    }
    goal = next(f for f in found if f.status == "target")
    assert goal.quote.startswith("全市单位工业增加值能耗")  # the quote names what the goal is of


def test_counted_things_are_named_by_what_they_did() -> None:
    """12家企业入选国家级绿色工厂 counts 入选…企业; without the verb the noun would be bare 企业."""
    found = figures(
        "2024年，全市12家企业入选国家级绿色工厂，27个项目签约落地。", region="潍坊市", ref=date(2025, 2, 10)
    )
    assert {(f.indicator, f.value) for f in found} == {("入选国家级绿色工厂企业", 12), ("签约落地项目", 27)}


def test_total_after_an_increment_is_the_same_indicator() -> None:
    found = figures("新增国家级专精特新“小巨人”企业106家，总数达到310家，居全国城市第三。", region="苏州市")
    assert {f.indicator for f in found} == {"国家级专精特新“小巨人”企业"}


# --------------------------------------------------------------------------- periods
def test_as_of_cumulative_and_as_of_now() -> None:
    f = one("截至目前，全市累计建成充电桩12.6万个。", "amount", region="深圳市", ref=date(2024, 8, 15))
    assert (f.period_start, f.period_end, f.period_type) == (date(2024, 8, 15), date(2024, 8, 15), "as_of")


def test_last_year_and_quarter() -> None:
    f = one("去年全省粮食总产量1125亿斤。", "amount", ref=date(2024, 2, 10))
    assert (f.period_start, f.period_end) == (date(2023, 1, 1), date(2023, 12, 31))
    g = one("一季度，全省进出口总额增长6.2%。", "yoy_growth_pct", ref=date(2024, 4, 20))
    assert (g.period_start, g.period_end, g.period_type) == (date(2024, 1, 1), date(2024, 3, 31), "ytd")


def test_comparison_base_is_not_the_period() -> None:
    f = one(
        "前三季度，全省规上工业增加值增长7.2%，增速比上半年提高0.3个百分点。",
        "pp_change",
        ref=date(2023, 10, 25),
    )
    assert f.period_end == date(2023, 9, 30)
    assert "工业增加值" in f.indicator


# --------------------------------------------------------------------------- lists, 分别, 其中
def test_list_sharing_a_verb() -> None:
    found = figures(
        "新认定省级农业产业化龙头企业120家、示范家庭农场860家、农民合作社示范社430家。", region="河南省"
    )
    assert [f.value for f in found] == [120, 860, 430]
    assert found[1].indicator == "示范家庭农场"


def test_respectively_distributes_values() -> None:
    found = figures("全省进出口总额3.26万亿元，其中出口1.97万亿元、进口1.29万亿元，分别增长3.7%、下降1.2%。")
    growth = {f.indicator: f.value for f in found if f.measure == "yoy_growth_pct"}
    assert growth == {"出口": 3.7, "进口": -1.2}


def test_respectively_with_regions() -> None:
    found = figures("济南、青岛两市地区生产总值分别达到12757亿元、15760亿元。", region="山东省")
    assert {(f.region, f.value) for f in found} == {("济南市", 12757), ("青岛市", 15760)}


def test_sub_indicator_inherits_period() -> None:
    found = figures(
        "全市算力总规模达8000PFlops，其中智能算力6000PFlops。", region="杭州市", ref=date(2024, 9, 1)
    )
    assert len(found) == 2
    assert found[1].indicator == "智能算力"
    assert found[1].period_type == "as_of"


def test_modifier_borrows_head_noun() -> None:
    found = figures("累计培育国家级绿色工厂45家、省级120家。", region="安徽省")
    assert found[1].indicator == "省级绿色工厂"


# --------------------------------------------------------------------------- not figures
@pytest.mark.parametrize(
    "text",
    [
        "深入实施“8515”强省工程和“十大行动”，全面落实苏政发〔2023〕12号文件。",
        "第十四届全国人大第二次会议于3月5日召开，一是抓项目，二是稳就业。",
        "出台稳经济“24条”和民营经济20条，推进5G网络建设。",
        "印发《江苏省制造业智改数转三年行动计划（2022—2024年）》。",
    ],
)
def test_names_with_numbers_are_not_figures(text: str) -> None:
    assert figures(text) == []


def test_threshold_inside_noun_phrase_is_no_figure() -> None:
    found = figures("全年实施投资1亿元以上制造业项目860个。")
    assert [f.value for f in found] == [860]
    assert "项目" in found[0].indicator


def test_an_absolute_change_is_named_for_its_base_and_needs_its_level() -> None:
    """Annotators record 比上年增加8.9亿斤 as an amount of its own (粮食总产量（比上年增加）); a
    change whose level the text does not give has nothing to name it by."""
    found = figures("全年粮食总产量1125.4亿斤，比上年增加8.9亿斤。")
    assert [(f.indicator, f.value) for f in found] == [
        ("粮食总产量", 1125.4),
        ("粮食总产量（比上年增加）", 8.9),
    ]
    assert figures("粮食产量比上年增加8.9亿斤。") == []


# --------------------------------------------------------------------------- offsets, confidence
def test_quote_offsets_and_rules() -> None:
    text = "前言。全省进出口总额增长6.2%。"
    f = one(text, "yoy_growth_pct")
    assert text[f.char_start : f.char_end] == f.quote
    assert "yoy_growth_pct" in f.rules


def test_corrupted_span_is_never_mined_and_lowers_confidence() -> None:
    text = "全省进出口总额增长6.2%，外贸主体4?5万家。"
    start = text.index("4?5")
    found = extract_figures(text, meta(), [(start, start + 3)])
    assert [f.value for f in found] == [6.2]
    clean = extract_figures("全省进出口总额增长6.2%。", meta())
    damaged = "全省进出口总额增长6.2%，外贸主体??。"
    touched = extract_figures(damaged, meta(), [(damaged.index("??"), damaged.index("??") + 2)])
    assert touched[0].confidence < clean[0].confidence


# --------------------------------------------------------------------------- more shapes
def test_rank_after_several_clauses_with_all() -> None:
    found = figures("全市港口货物吞吐量7亿吨，集装箱吞吐量3000万标箱，均居全国第四位。", region="宁波市")
    ranks = sorted(f.indicator for f in found if f.measure == "rank")
    assert ranks == ["港口货物吞吐量", "集装箱吞吐量"]
    assert all(f.value == 4 for f in found if f.measure == "rank")


def test_comparison_with_benchmark_written_before_the_verb() -> None:
    f = one("全省营业收入利润率为5.6%，比全国平均水平高0.3个百分点。", "pp_diff")
    assert f.value == 0.3
    assert f.benchmark == "全国平均"
    assert "利润率" in f.indicator


def test_growth_acceleration_against_earlier_period_is_pp_change() -> None:
    f = one("全省社会消费品零售总额增长8.7%，增速较前三季度加快0.5个百分点。", "pp_change")
    assert f.value == 0.5 and f.indicator == "社会消费品零售总额"


def test_month_on_month_change_is_no_figure() -> None:
    found = figures("6月份，全省居民消费价格同比上涨0.3%，环比下降0.1%。", ref=date(2024, 7, 15))
    assert [f.value for f in found] == [0.3]


def test_written_minus_sign() -> None:
    assert one("全省出口增长-3.2%。", "yoy_growth_pct").value == -3.2


def test_count_of_things_above_a_threshold_is_no_figure() -> None:
    assert figures("全省5个市地区生产总值超过5000亿元。") == []


def test_years_back_period() -> None:
    f = one("五年来，全省地区生产总值年均增长6.1%。", "avg_growth_pct", ref=date(2024, 1, 20))
    assert (f.period_start, f.period_end) == (date(2019, 1, 1), date(2023, 12, 31))


def test_monthly_report_carries_reporting_period_in_paragraph() -> None:
    text = "1-5月，全省规上工业增加值增长8.1%。高技术制造业增加值增长12.3%。"
    found = figures(text, ref=date(2024, 6, 18), region="河南省")
    assert [f.period_end for f in found] == [date(2024, 5, 31), date(2024, 5, 31)]


def test_plan_mode_needs_this_year_and_forward_cue_in_one_sentence() -> None:
    text = "今年初召开全省大会，部署实施十大行动。全年新增市场主体120万户。"
    found = figures(text, ref=date(2024, 3, 8))
    assert [f.status for f in found] == ["actual"]
    plan = figures("今年，全省将实施十大行动。\n培育专精特新企业500家。", ref=date(2024, 3, 8))
    assert [f.status for f in plan] == ["target"]


def test_ellipsis_of_head_noun() -> None:
    found = figures("建设国家级跨境电商综合试验区，新认定5个省级试验区。", region="浙江省")
    assert found[0].indicator == "省级跨境电商综合试验区"


def test_a_county_after_its_province_is_the_subject_of_the_clauses_after_it() -> None:
    """浙江省长兴县以…为牵引，…: regions.csv lists no county, but the province before says it is one."""
    found = figures(
        "浙江省长兴县以“亩均论英雄”改革为牵引，2024年规上工业亩均税收达到42.5万元。"
        "杭州市萧山区规上工业增加值增长5%。浙江省开发区工业增加值增长3%。",
        region="泗阳县",
        ref=date(2025, 6, 23),
    )
    assert [(f.value, f.region) for f in found] == [(42.5, "长兴县"), (5, "萧山区"), (3, "浙江省")]


def test_a_survey_reports_recommendations_are_goals() -> None:
    found = figures(
        "建议到2027年，全县规上工业企业数量达到550家以上。建议县财政每年安排制造业发展专项资金不少于1亿元。"
        "2024年全县规上工业增加值增长9.1%。",
        region="泗阳县",
        ref=date(2025, 6, 23),
        doc_type="other",
    )
    assert [(f.value, f.status) for f in found] == [(550, "target"), (1, "target"), (9.1, "actual")]


def test_places_after_a_counted_stock_share_its_date() -> None:
    """…分别拥有…96家、88家，大丰区72家: a place and its number alone count what the clause before
    counted, at its date; 4个区县获评… names a noun of its own and counts no stock."""
    found = figures(
        "盐都区、亭湖区分别拥有省级专精特新中小企业96家、88家，大丰区72家，射阳县、阜宁县分别为52家、47家。"
        "全市产业集群总数达到44个，章丘区、莱芜区3个区县获评省级工业强县。",
        region="盐城市",
        ref=date(2025, 11, 20),
    )
    dated = {(f.region, f.value): (f.period_start, f.period_type) for f in found}
    today = (date(2025, 11, 20), "as_of")
    assert [dated[place] for place in [("大丰区", 72), ("射阳县", 52), ("阜宁县", 47)]] == [today] * 3
    assert dated[("盐城市", 3)][1] != "as_of"


def test_growth_since_a_plans_end_runs_from_the_next_plan_to_the_texts_day() -> None:
    found = figures(
        "全市省级专精特新中小企业数量较“十三五”末增长3.1倍。", region="盐城市", ref=date(2025, 11, 20)
    )
    assert [(f.value_base, f.period_start, f.period_end, f.period_type) for f in found] == [
        (310, date(2021, 1, 1), date(2025, 11, 20), "multi_year")
    ]
    found = figures(
        "截至9月底，全市累计培育专精特新中小企业652家，数量较“十三五”末增长3.1倍。",
        region="盐城市",
        ref=date(2025, 11, 20),
    )
    growth = next(f for f in found if f.measure == "yoy_growth_pct")
    assert (growth.period_start, growth.period_end) == (date(2021, 1, 1), date(2025, 9, 30))


def test_a_lists_shared_head_keeps_a_quoted_name_that_counts_nothing() -> None:
    """“小巨人” is of the head the items share; “新三样” counts the items and goes."""
    found = figures(
        "新能源、新材料、高端装备三大领域“小巨人”企业分别达到23家、18家和15家。"
        "手机、汽车、光伏“新三样”出口分别增长5%、6%和7%。",
        region="盐城市",
        ref=date(2025, 11, 20),
    )
    assert [f.indicator for f in found] == [
        "新能源“小巨人”企业",
        "新材料“小巨人”企业",
        "高端装备“小巨人”企业",
        "手机出口",
        "汽车出口",
        "光伏出口",
    ]


def test_a_day_before_a_level_is_its_date_and_no_part_of_its_name() -> None:
    f = one(
        "8月5日全省用电负荷达到6812万千瓦，创历史新高。", "amount", region="安徽省", ref=date(2025, 11, 14)
    )
    assert (f.indicator, f.period_start, f.period_end) == ("用电负荷", date(2025, 8, 5), date(2025, 8, 5))


def test_what_a_stock_added_since_the_years_start_is_a_flow_up_to_its_date() -> None:
    """较年初新增4.2万个, after a stock at 10月底: the net number added from January."""
    found = figures(
        "截至10月底，全省累计建成公共充电桩18.6万个，较年初新增4.2万个。",
        region="安徽省",
        ref=date(2025, 11, 14),
    )
    assert [(f.indicator, f.value, f.period_start, f.period_end) for f in found] == [
        ("公共充电桩", 18.6, date(2025, 10, 31), date(2025, 10, 31)),
        ("净增公共充电桩", 4.2, date(2025, 1, 1), date(2025, 10, 31)),
    ]


def test_a_part_named_by_its_level_alone_takes_the_head_of_the_figure_before() -> None:
    """…绿色工厂1527家，其中国家级386家: 国家级绿色工厂; a level inside the name is replaced."""
    found = figures(
        "全省累计培育省级以上绿色工厂1527家，其中国家级386家。全市新能源领域拥有省级以上研发机构124家，其中国家级6家。",
        region="江西省",
        ref=date(2026, 1, 23),
    )
    assert [(f.indicator, f.value) for f in found if f.value in (386, 6)] == [("国家级绿色工厂", 386)]
    found = figures(
        "全市新能源领域拥有省级以上研发机构124家，其中国家级6家。", region="盐城市", ref=date(2026, 1, 23)
    )
    assert [f.indicator for f in found] == ["新能源领域拥有省级以上研发机构", "新能源领域拥有国家级研发机构"]


def test_a_gap_to_a_benchmark_named_with_a_word_of_change_inside_it() -> None:
    """增速低于规上工业增加值5.3个百分点: 增加值 is a name, not a change; the gap is negative."""
    f = one(
        "全年规模以上工业综合能源消费量同比增长1.9%，增速低于规上工业增加值5.3个百分点。",
        "pp_diff",
        region="江西省",
        ref=date(2026, 1, 23),
    )
    assert (f.value_base, f.benchmark) == (-5.3, "规模以上工业增加值")


def test_a_goal_exceeded_after_its_outcome_is_the_outcomes_goal() -> None:
    found = figures(
        "2025年，全省规模以上工业单位增加值能耗同比下降4.6%，超额完成年初确定的下降3.5%左右的目标任务。",
        region="江西省",
        ref=date(2026, 1, 23),
    )
    goal = next(f for f in found if f.status == "target")
    assert (goal.indicator, goal.value_base, goal.period_start) == (
        "规模以上工业单位增加值能耗",
        -3.5,
        date(2025, 1, 1),
    )
    found = figures(
        "2024年全省单位地区生产总值能耗下降3.7%，超额完成国家下达的3.2%左右的年度目标。",
        region="江西省",
        ref=date(2025, 5, 16),
    )
    assert [(f.indicator, f.status) for f in found] == [
        ("单位地区生产总值能耗", "actual"),
        ("单位地区生产总值能耗", "target"),
    ]


def test_the_nation_opening_a_clause_is_its_region_but_not_a_national_title() -> None:
    assert {f.region for f in figures("全国每生产7辆新能源汽车就有1辆来自合肥。", region="合肥市")} <= {
        "合肥市"
    }
    found = figures(
        "2025年全国储能电池出货量约为420GWh。全市新增国家级工业设计中心12家、全国质量标杆6家。",
        region="盐城市",
        ref=date(2026, 3, 16),
    )
    assert [(f.indicator, f.region) for f in found] == [
        ("储能电池出货量", "全国"),
        ("国家级工业设计中心", "盐城市"),
        ("全国质量标杆", "盐城市"),
    ]


def test_a_programme_named_an_action_plan_opens_no_plan() -> None:
    """深入实施…“1269”行动计划 names a programme; the list it announces reports what was done."""
    found = figures(
        "为深入实施制造业数字化转型“1269”行动计划，现将2025年度江西省智能工厂名单予以公布。"
        "2025年度共认定江西省智能工厂38家。",
        region="江西省",
        ref=date(2025, 12, 19),
        doc_type="other",
    )
    assert [(f.value, f.status) for f in found] == [(38, "actual")]


def test_a_bare_attribute_borrows_a_long_industry_whole() -> None:
    f = one(
        "机器人及智能装备产业集群加快壮大，全年产值突破400亿元。",
        "amount",
        region="芜湖市",
        ref=date(2025, 12, 30),
    )
    assert f.indicator == "机器人及智能装备产业产值"


def test_doubling_said_against_last_year_is_a_growth() -> None:
    found = figures("全年储能变流器出货量达到3.8GWh，同比翻番。", region="宁波市", ref=date(2025, 4, 23))
    assert [(f.measure, f.value_base) for f in found] == [("amount", 3.8), ("yoy_growth_pct", 100)]


def test_a_count_per_firm_is_of_the_count_before() -> None:
    found = figures(
        "截至9月末，全市专精特新企业拥有有效发明专利8428件，平均每家拥有12.9件。",
        region="盐城市",
        ref=date(2025, 11, 20),
    )
    assert [f.indicator for f in found] == [
        "专精特新企业拥有有效发明专利",
        "专精特新企业拥有有效发明专利（平均每家）",
    ]


def test_a_pronoun_stands_for_the_subject_before() -> None:
    found = figures(
        "1-10月，全省规上工业增加值增长8.2%，这比全国的平均水平高出了2.1个百分点。新能源汽车产量120万辆，它增长了46.3%。",
        region="安徽省",
        ref=date(2025, 11, 24),
    )
    assert [(f.indicator, f.measure) for f in found] == [
        ("规模以上工业增加值", "yoy_growth_pct"),
        ("规模以上工业增加值", "pp_diff"),
        ("新能源汽车产量", "amount"),
        ("新能源汽车产量", "yoy_growth_pct"),
    ]


def test_a_ratio_of_balances_stands_at_the_months_end() -> None:
    found = figures(
        "1—11月，省属监管企业实现营业收入3000亿元，资产负债率为63.8%，同比下降0.7个百分点。",
        region="湖南省",
        ref=date(2025, 12, 24),
    )
    assert [(f.measure, f.period_start, f.period_end) for f in found] == [
        ("amount", date(2025, 1, 1), date(2025, 11, 30)),
        ("share_pct", date(2025, 11, 30), date(2025, 11, 30)),
        ("pp_change", date(2025, 11, 30), date(2025, 11, 30)),
    ]


def test_a_count_cut_from_one_level_to_another() -> None:
    found = figures("1—11月，亏损企业户数由去年同期的6户减至3户。", region="湖南省", ref=date(2025, 12, 24))
    assert [(f.indicator, f.value, f.period_start, f.period_end) for f in found] == [
        ("亏损企业户数", 6, date(2024, 1, 1), date(2024, 11, 30)),
        ("亏损企业户数", 3, date(2025, 1, 1), date(2025, 11, 30)),
    ]


def test_a_mid_year_meetings_agenda_opens_no_plan() -> None:
    """主要任务是总结上半年…，部署下半年重点工作，确保完成全年目标任务: the agenda names the plan; the
    review after it reports outcomes."""
    found = figures(
        "今天召开全省工业经济年中推进会，主要任务是总结上半年工业经济运行情况，部署下半年重点工作，确保完成全年目标任务。\n\n"
        "一、上半年全省工业经济稳中有进\n\n二是结构好于往年。五大主导产业增加值增长9.6%。",
        region="河南省",
        ref=date(2025, 7, 25),
        doc_type="press_conference",
    )
    assert [(f.value, f.status) for f in found] == [(9.6, "actual")]


def test_this_year_in_a_report_on_last_year_is_the_year_reported_on() -> None:
    found = extract_figures(
        "（一）本年新收政府信息公开申请数量：87件。",
        meta(
            region="昌乐县",
            ref=date(2026, 1, 22),
            doc_type="other",
            title="昌乐县人民政府2025年政府信息公开工作年度报告",
        ),
    )
    assert [(f.value, f.period_start, f.period_end) for f in found] == [
        (87, date(2025, 1, 1), date(2025, 12, 31))
    ]


def test_a_level_from_last_year_named_in_december_is_last_years() -> None:
    found = figures("产品良品率由去年的97.2%提高到今年的99.1%。", region="长兴县", ref=date(2025, 12, 8))
    assert [(f.value, f.period_start) for f in found] == [(97.2, date(2024, 1, 1)), (99.1, date(2025, 1, 1))]


def test_a_province_by_its_short_name_before_its_share_is_the_subject() -> None:
    found = figures(
        "江苏以35.2%的比重连续多年位居榜首。天津比重为26.8%，较2020年下降1.9个百分点。",
        region="全国",
        ref=date(2025, 9, 16),
    )
    assert [(f.value, f.region) for f in found] == [(35.2, "江苏省"), (26.8, "天津市"), (-1.9, "天津市")]


def test_region_named_at_clause_start() -> None:
    found = figures("2023年，杭州市地区生产总值增长5.6%，宁波市增长5.5%。", region="浙江省")
    assert [(f.region, f.value) for f in found] == [("杭州市", 5.6), ("宁波市", 5.5)]


def test_from_to_gives_two_levels() -> None:
    found = figures("全省研发经费投入强度由2020年的2.1%提高到2023年的2.5%。")
    assert [(f.measure, f.value, f.period_start) for f in found] == [
        ("share_pct", 2.1, date(2020, 1, 1)),
        ("share_pct", 2.5, date(2023, 1, 1)),
    ]


def test_growth_over_a_stated_span() -> None:
    f = one("全省数字经济规模5年增长18.7%。", "yoy_growth_pct", ref=date(2024, 2, 1))
    assert (f.period_start, f.period_end, f.period_type) == (
        date(2019, 1, 1),
        date(2023, 12, 31),
        "multi_year",
    )


def test_single_month_and_rank_of_the_named_measure() -> None:
    text = "前三季度，全省进出口4.03万亿元，增长6.1%，规模居全国第二位。9月份，全省进出口4780亿元，增长9.2%。"
    found = figures(text, ref=date(2024, 10, 22))
    rank = next(f for f in found if f.measure == "rank")
    assert rank.indicator.startswith("进出口") and rank.period_end == date(2024, 9, 30)
    september = [f for f in found if f.value in (4780, 9.2)]
    assert {(f.period_start, f.period_end) for f in september} == {(date(2024, 9, 1), date(2024, 9, 30))}


def test_document_region_name_is_not_part_of_the_indicator() -> None:
    f = one("2023年，江苏省货物贸易进出口增长6.1%。", "yoy_growth_pct")
    assert f.indicator == "货物贸易进出口" and f.region == "江苏省"


def test_industry_growth_means_value_added() -> None:
    f = one("全省规上工业增长7.1%。", "yoy_growth_pct")
    assert f.indicator == "规模以上工业增加值"


def test_multiplier_with_more_than_marker() -> None:
    f = one("全省新增市场主体3万余家。", "amount")
    assert (f.value_base, f.unit, f.qualifier) == (30000, "万家", "at_least")


def test_share_word_before_higher_is_not_a_comparison() -> None:
    found = figures("全省服务业增加值比重高出全国平均水平0.5个百分点。")
    assert [f.benchmark for f in found if f.measure == "pp_diff"] == ["全国平均"]


def test_estimate_cue_governs_its_semicolon_part_only() -> None:
    text = "初步核算，全市生产总值达到15760亿元，增长5.9%；一般公共预算收入1337亿元，增长6.4%。"
    found = figures(text, region="青岛市")
    assert [f.status for f in found] == ["estimate", "estimate", "actual", "actual"]


def test_subsidy_standard_is_no_figure() -> None:
    assert figures("对新认定的国家级绿色工厂，给予最高50万元奖励。", doc_type="work_plan") == []


def test_narrower_decline_is_a_rise_of_the_rate() -> None:
    f = one("全市实际使用外资下降15.4%，降幅比前三季度收窄3.1个百分点。", "pp_change", region="宁波市")
    assert f.value == 3.1 and f.indicator == "实际使用外资"


def test_tenths_followed_by_at_least() -> None:
    f = one("全省民生支出占比保持在七成以上。", "share_pct")
    assert (f.value_base, f.qualifier) == (70, "at_least")
    assert f.indicator == "民生支出占比"


def test_new_level_milestone() -> None:
    f = one("全省地区生产总值迈上9万亿元新台阶。", "amount")
    assert (f.indicator, f.value_base, f.qualifier) == ("地区生产总值", 9e12, "at_least")
    assert f.period_type == "full_year"  # a year's output, not a stock


def test_chinese_numeral_count_after_a_verb_only() -> None:
    f = one("全市建成两个国家级算力枢纽节点。", "amount", region="贵阳市")
    assert (f.value, f.unit, f.indicator) == (2, "个", "国家级算力枢纽节点")
    assert figures("统筹用好国内国际两个市场。") == []


def test_chinese_numeral_counts_after_their_noun_and_above_ninety_nine() -> None:
    found = figures(
        "2024年，全省新增国家级绿色工厂四十六家，总数达到二百一十七家。新培育省级服务型制造示范企业一百三十家。"
        "全省建成5G基站十一万个。",
        region="广西壮族自治区",
        ref=date(2025, 1, 18),
    )
    assert {(f.indicator, f.value) for f in found} == {
        ("国家级绿色工厂", 46),
        ("国家级绿色工厂", 217),
        ("省级服务型制造示范企业", 130),
        ("5G基站", 110_000),
    }


@pytest.mark.parametrize(
    "text", ["全省培育龙头企业数十家。", "重点扶持三五家链主企业。", "落实财政八项支出管理规定。"]
)
def test_vague_or_named_chinese_numerals_are_no_figures(text: str) -> None:
    assert figures(text) == []


def test_a_months_figure_after_the_year_to_date_keeps_the_subject() -> None:
    """其中，11月份… / 当月… break down the figure before them by month: same indicator, one month."""
    got = {
        (f.indicator, f.value, f.period_start, f.period_end)
        for text in (
            "1-10月，全市规模以上工业增加值同比增长7.3%。其中，10月份增长9.1%。",
            "1-10月，全市规模以上工业增加值同比增长7.3%，当月增长9.1%。",
        )
        for f in figures(text, region="宜昌市", ref=date(2024, 11, 18))
    }
    assert got == {
        ("规模以上工业增加值", 7.3, date(2024, 1, 1), date(2024, 10, 31)),
        ("规模以上工业增加值", 9.1, date(2024, 10, 1), date(2024, 10, 31)),
    }


def test_a_change_said_year_on_year_keeps_the_subject() -> None:
    """…比重为54.8%，同比提高1.2个百分点: the change is of that share, not of an indicator 同."""
    found = figures(
        "前三季度，全市先进制造业增加值占规上工业比重为54.8%，同比提高1.2个百分点。", region="佛山市"
    )
    assert {(f.indicator, f.measure) for f in found} == {
        ("先进制造业增加值占规模以上工业比重", "share_pct"),
        ("先进制造业增加值占规模以上工业比重", "pp_change"),
    }


def test_money_written_without_its_currency_is_read_only_as_an_amount_of_money() -> None:
    found = figures(
        "2024年，全市软件业务收入突破800亿，新能源汽车产业营收突破千亿。全市常住人口达到1.3亿。",
        region="合肥市",
        ref=date(2025, 2, 10),
    )
    assert {(f.indicator, f.value_base, f.base_unit, f.qualifier) for f in found} == {
        ("软件业务收入", 8e10, "元", "at_least"),
        ("新能源汽车产业营业收入", 1e11, "元", "at_least"),
    }


def test_container_throughput_and_unit_prices_keep_their_units() -> None:
    found = figures(
        "2024年，全市港口集装箱吞吐量2510万标准箱，增长6.3%。全市工业电价平均0.58元/千瓦时。",
        region="宁波市",
        ref=date(2025, 1, 25),
    )
    assert {(f.indicator, f.measure, f.value, f.unit) for f in found} == {
        ("港口集装箱吞吐量", "amount", 2510, "万标准箱"),
        ("港口集装箱吞吐量", "yoy_growth_pct", 6.3, "%"),
        ("工业电价", "amount", 0.58, "元/千瓦时"),
    }


def test_the_breakdown_of_an_estimate_is_estimated() -> None:
    found = figures(
        "初步核算，全年全市地区生产总值8406.2亿元，增长5.6%。其中，第二产业增加值3120.5亿元，增长6.2%。",
        region="徐州市",
        ref=date(2025, 3, 15),
    )
    assert {f.status for f in found} == {"estimate"}


def test_a_clause_without_a_noun_measures_its_flow_subject() -> None:
    """产量突破…，达到…: 达到 marks a stock, but an output stays a flow of the period reported."""
    found = figures(
        "前三季度，全省规模以上工业增加值增长4.1%。工业机器人产量突破4万套，达到4.3万套。",
        region="广东省",
        ref=date(2024, 10, 25),
    )
    assert {(f.value, f.period_start, f.period_end) for f in found} == {
        (4.1, date(2024, 1, 1), date(2024, 9, 30)),
        (4, date(2024, 1, 1), date(2024, 9, 30)),
        (4.3, date(2024, 1, 1), date(2024, 9, 30)),
    }


def test_doubling_is_a_growth_of_one_hundred_percent_where_said_done_or_aimed_at() -> None:
    done = figures(
        "2024年，全市智能家电产量实现翻一番，光伏组件产量翻了两番。", region="滁州市", ref=date(2025, 2, 10)
    )
    assert {(f.indicator, f.measure, f.value_base) for f in done} == {
        ("智能家电产量", "yoy_growth_pct", 100),
        ("光伏组件产量", "yoy_growth_pct", 300),
    }
    aim = one(
        "力争到2027年，全省集成电路产业规模翻一番。", "yoy_growth_pct", region="安徽省", ref=date(2025, 2, 10)
    )
    assert aim.status == "target"
    assert figures("推动全省集成电路产业规模翻番。", region="安徽省") == []


def test_growth_against_a_base_year_spans_the_years_since() -> None:
    """比2020年增长56% in a report on 2024 is growth over 2021-2024 (spec: a stated span), not 2024's."""
    found = figures(
        "2024年，全省数字经济核心产业增加值较2020年增长56%，占地区生产总值比重比2020年提高3.1个百分点，"
        "工业投资较2023年增长12%。",
        region="浙江省",
        ref=date(2025, 2, 18),
    )
    got = {(f.value, f.period_start, f.period_end, f.period_type) for f in found}
    assert got == {
        (56, date(2021, 1, 1), date(2024, 12, 31), "multi_year"),
        (3.1, date(2021, 1, 1), date(2024, 12, 31), "multi_year"),
        (12, date(2024, 1, 1), date(2024, 12, 31), "full_year"),
    }


def test_plan_mode_ends_with_its_section() -> None:
    text = (
        "一、工业运行\n全省规上工业增加值增长7%。下一步，将力争全年规上工业增加值增长8%。\n"
        "二、投资情况\n全省工业投资增长10%。\n"
        "三、2024年工作安排\n（一）稳定工业增长。全省规上工业增加值增长6%左右。"
    )
    found = figures(text, ref=date(2024, 7, 10))
    expected = [(7, "actual"), (8, "target"), (10, "actual"), (6, "target")]
    assert [(f.value, f.status) for f in found] == expected


# --------------------------------------------------------------------------- generalisation fixes
def test_month_end_without_jiezhi_is_as_of() -> None:
    found = {
        f.value: f
        for f in figures(
            "6月末，全市住户存款余额9321.4亿元，比年初增加512.3亿元。", region="合肥市", ref=date(2024, 7, 20)
        )
    }
    f = found[9321.4]
    assert f.indicator == "住户存款余额"
    assert (f.period_start, f.period_end, f.period_type) == (date(2024, 6, 30), date(2024, 6, 30), "as_of")
    added = found[512.3]  # the balance's increase since the year began
    assert (added.period_start, added.period_end, added.period_type) == (
        date(2024, 1, 1),
        date(2024, 6, 30),
        "ytd",
    )


def test_expected_growth_of_this_year_is_a_target_without_cue_in_name() -> None:
    f = one("2024年，全省生产总值预期增长6%左右。", "yoy_growth_pct", region="湖北省", ref=date(2024, 1, 25))
    assert f.indicator == "地区生产总值" or f.indicator == "生产总值"
    assert f.status == "target" and f.qualifier == "approx"
    assert f.period_start == date(2024, 1, 1) and f.period_end == date(2024, 12, 31)


def test_beyond_expectation_is_no_estimate() -> None:
    f = one("全省出口额超预期增长12.5%。", "yoy_growth_pct", region="湖北省", ref=date(2024, 7, 25))
    assert f.status == "actual"


def test_a_net_increase_after_a_level_is_the_number_added_over_the_year() -> None:
    """达到2870家，净增215家: the firms added (net) in the year, a flow, not a second level."""
    found = figures(
        "2024年，全市规上工业企业达到2870家，净增215家。", region="马鞍山市", ref=date(2025, 2, 18)
    )
    assert [(f.indicator, f.value, f.period_start) for f in found] == [
        ("规模以上工业企业", 2870, date(2024, 1, 1)),
        ("规模以上工业企业（净增）", 215, date(2024, 1, 1)),
    ]


def test_a_net_increase_said_without_a_base_is_a_flow_of_its_period() -> None:
    # 全年净增 after a year-end stock is the year's; 五年净增 sums the five years reviewed
    found = figures(
        "截至2025年底，全市规上工业企业达到7835家，全年净增512家。“十四五”期间规上工业企业五年净增1100家。",
        region="常州市",
        ref=date(2026, 2, 13),
    )
    assert [(f.value, f.period_start, f.period_end) for f in found] == [
        (7835, date(2025, 12, 31), date(2025, 12, 31)),
        (512, date(2025, 1, 1), date(2025, 12, 31)),
        (1100, date(2021, 1, 1), date(2025, 12, 31)),
    ]


def test_a_size_class_written_as_a_word_is_part_of_the_counted_noun() -> None:
    """营业收入超百亿元企业达到175家: 超百亿元 classes the firms; it is no figure of 1 百亿元."""
    found = figures("2024年，全省营业收入超百亿元企业达到86家。", region="福建省", ref=date(2025, 1, 20))
    assert [(f.indicator, f.value, f.unit) for f in found] == [("营业收入超百亿元企业", 86, "家")]


def test_a_gap_said_of_the_growth_rate_names_the_indicator() -> None:
    f = one(
        "2024年，全省规上工业增加值增速快于全国1.6个百分点。",
        "pp_diff",
        region="福建省",
        ref=date(2025, 1, 20),
    )
    assert (f.indicator, f.benchmark) == ("规模以上工业增加值", "全国")
    g = one("2024年，全省高技术制造业增加值增长9.8%，快于规上工业3.2个百分点。", "pp_diff", region="福建省")
    assert g.benchmark == "规模以上工业"  # spelt as indicators are


def test_ranks_listed_after_one_share_its_verb() -> None:
    found = figures(
        "2024年，全省规上工业增加值增长7.6%，增速居全国第5位、中部第1位。",
        region="湖北省",
        ref=date(2025, 1, 20),
    )
    ranks = {(f.value, f.benchmark) for f in found if f.measure == "rank"}
    assert ranks == {(5, "全国"), (1, "中部")}


@pytest.mark.parametrize(
    "text",
    [
        "2024年，全市规上工业增加值增长8.4%，分别高于全国、全省2.6个和0.9个百分点。",
        "2024年，全市规上工业增加值增长8.4%，高于全国2.6个百分点、全省0.9个百分点。",
    ],
)
def test_gaps_to_two_benchmarks(text: str) -> None:
    """Both gaps are pp_diff of the one growth figure; 2.6个 is no count of 2.6."""
    found = figures(text, region="宜昌市", ref=date(2025, 2, 18))
    assert {(f.measure, f.value, f.benchmark) for f in found} == {
        ("yoy_growth_pct", 8.4, None),
        ("pp_diff", 2.6, "全国"),
        ("pp_diff", 0.9, "湖北省"),
    }


def test_population_count_of_a_breakdown_is_no_figure() -> None:
    found = figures("38个工业大类行业中，25个行业保持增长。", region="合肥市", ref=date(2024, 7, 20))
    assert all(f.value != 38 for f in found)
    found = figures("方案确定的15项主要指标中，13项已完成。", region="株洲市", ref=date(2025, 4, 2))
    assert all(f.value != 15 for f in found)


def test_growth_against_last_year_end_keeps_the_indicator() -> None:
    f = one(
        "截至2023年12月底，全省电力装机容量达到9800万千瓦，比上年末增长7.2%。",
        "yoy_growth_pct",
        region="湖北省",
        ref=date(2024, 1, 25),
    )
    assert f.indicator == "电力装机容量"


def test_later_level_of_from_to_does_not_take_the_earlier_year() -> None:
    found = figures("森林覆盖率由2019年的40.1%提高至42.3%。", region="湖北省", ref=date(2024, 1, 25))
    later = next(f for f in found if f.value == 42.3)
    earlier = next(f for f in found if f.value == 40.1)
    assert earlier.period_start == date(2019, 1, 1)
    assert later.period_start != date(2019, 1, 1)


def test_paragraph_period_carries_over_without_reference_date() -> None:
    m = DocumentMeta(
        title=None, published_on=None, doc_number=None, issuer=None, doc_type="news", region="湖北省",
        reference_date=None, reference_date_method="none", reference_date_confidence=0.0,
    )  # fmt: skip
    found = extract_figures("2023年，全省税收收入2100亿元，增长4.1%。全省财政支出8900亿元，增长3.0%。", m)
    spend = [f for f in found if f.indicator.startswith("财政支出")]
    assert spend and all(f.period_start == date(2023, 1, 1) and f.period_type == "full_year" for f in spend)


def test_budget_arrangement_verb_is_not_part_of_the_indicator() -> None:
    f = one("2024年全省一般公共预算支出安排8200亿元。", "amount", region="湖北省", ref=date(2024, 1, 25))
    assert f.indicator == "一般公共预算支出"


def test_harvest_gain_and_loss_are_growth() -> None:
    f = one("全年全省油菜籽减产3.5%。", "yoy_growth_pct", region="湖北省", ref=date(2024, 1, 25))
    assert f.value == -3.5 and f.indicator == "油菜籽"


def test_keeping_a_rank_is_a_rank() -> None:
    found = figures("全年全省油菜籽产量312万吨，继续保持全国第一位。", region="湖北省", ref=date(2024, 1, 25))
    rank = [f for f in found if f.measure == "rank"]
    assert len(rank) == 1 and rank[0].value == 1 and rank[0].benchmark == "全国"
    assert rank[0].indicator.startswith("油菜籽")


def test_ordinal_list_of_sectors_shares_the_head() -> None:
    found = figures(
        "全年全市第一、二、三产业增加值分别增长2.8%、5.1%和6.4%。", region="合肥市", ref=date(2024, 2, 20)
    )
    got = {f.indicator: f.value for f in found if f.measure == "yoy_growth_pct"}
    assert got == {"第一产业增加值": 2.8, "第二产业增加值": 5.1, "第三产业增加值": 6.4}


def test_ordinal_sectors_opening_a_longer_list() -> None:
    # the sectors share the 用电量 the last item names, as the firms of 铜陵有色、海螺集团、淮河能源营业收入
    # share its 营业收入
    found = figures(
        "全省第一、二、三产业和城乡居民生活用电量分别增长11.6%、6.8%、9.4%和5.1%。",
        region="安徽省",
        ref=date(2025, 11, 14),
    )
    assert [(f.indicator, f.value) for f in found] == [
        ("第一产业用电量", 11.6),
        ("第二产业用电量", 6.8),
        ("第三产业用电量", 9.4),
        ("城乡居民生活用电量", 5.1),
    ]


def test_rd_intensity_is_a_share_with_its_change() -> None:
    found = figures(
        "全年全省研发经费投入强度为2.45%，比上年提高0.08个百分点。", region="湖北省", ref=date(2024, 2, 20)
    )
    assert {(f.measure, f.value) for f in found} == {("share_pct", 2.45), ("pp_change", 0.08)}


def test_figure_of_a_future_year_is_a_target() -> None:
    f = one("到2026年，全省集成电路产业规模达到3000亿元。", "amount", region="湖北省", ref=date(2024, 3, 20))
    assert f.status == "target" and f.period_end == date(2026, 12, 31)


def test_past_five_years_of_a_work_report_is_multi_year() -> None:
    f = one(
        "过去五年，全省进出口总额年均增长6.3%。", "avg_growth_pct", region="湖北省", ref=date(2025, 1, 20)
    )
    assert (f.period_start, f.period_end, f.period_type) == (
        date(2020, 1, 1),
        date(2024, 12, 31),
        "multi_year",
    )


def test_an_estimate_said_in_the_future_tense_stays_an_estimate() -> None:
    """预计…将达到: 将 only says the figure lies ahead; 预计 says what kind of number it is."""
    found = figures(
        "预计到2025年底，全省数字经济核心产业增加值占地区生产总值比重将达到11%。全省工业投资将保持增长8%。",
        region="湖南省",
        ref=date(2025, 1, 21),
    )
    assert [(f.value, f.status) for f in found] == [(11, "estimate"), (8, "target")]
    assert found[0].indicator == "数字经济核心产业增加值占地区生产总值比重"


@pytest.mark.parametrize("lead", ["目标是", "目标为", "将"])
def test_the_word_of_a_goal_after_the_noun_is_not_part_of_it(lead: str) -> None:
    found = figures(f"今年全省新能源汽车产量{lead}达到45万辆。", region="湖南省", ref=date(2025, 1, 21))
    assert [(f.indicator, f.value, f.status) for f in found] == [("新能源汽车产量", 45, "target")]


def test_a_total_after_the_years_additions_is_a_stock_at_the_years_end() -> None:
    """全年新增…，总数突破…，达到…: the new ones are a flow of the year, the total a stock."""
    found = figures(
        "全年新增规模以上工业企业1862家，总数突破1.8万家，达到18347家。",
        region="湖南省",
        ref=date(2025, 1, 21),
    )
    periods = {f.value: (f.period_start, f.period_end, f.period_type) for f in found}
    assert periods[1862] == (date(2024, 1, 1), date(2024, 12, 31), "full_year")
    assert periods[1.8] == periods[18347] == (date(2024, 12, 31), date(2024, 12, 31), "as_of")


def test_regions_of_a_list_and_a_zone_after_a_region_opened_the_sentence() -> None:
    """江阴市…；宜兴市、新吴区分别…；锡山经济开发区…: each part has its own region; a zone
    named after its place is a region of its own (as zones have been since 2026-11-30), not
    part of the region named in the clause before."""
    found = figures(
        "前三季度，江阴市规上工业总产值突破6000亿元，增长7.1%；宜兴市、新吴区分别增长5.2%和6.3%；"
        "锡山经济开发区增长8.4%。",
        region="无锡市",
        ref=date(2024, 10, 28),
    )
    by_value = {f.value: (f.region, f.indicator) for f in found if f.measure == "yoy_growth_pct"}
    assert by_value[7.1] == ("江阴市", "规模以上工业总产值")
    assert by_value[5.2] == ("宜兴市", "规模以上工业总产值")
    assert by_value[6.3] == ("新吴区", "规模以上工业总产值")
    assert by_value[8.4] == ("锡山经济开发区", "规模以上工业总产值")


def test_an_evaluation_restates_its_subject_for_other_periods() -> None:
    """A five-year plan's evaluation: the plan's average runs over the plan's years, an
    outcome over a span keeps the subject, and ``2023年为…`` restates the subject."""
    found = figures(
        "规划提出，到2025年全市规上工业增加值年均增长7.5%，2021—2023年实际年均增长6.4%。"
        "制造业增加值占地区生产总值比重目标为32%，2023年为29.1%。",
        region="襄阳市",
        ref=date(2024, 6, 30),
        doc_type="evaluation_report",
        title="襄阳市“十四五”工业发展规划中期评估报告",
    )
    rows = {f.value: (f.indicator, f.status, f.period_start, f.period_end) for f in found}
    assert set(rows) == {7.5, 6.4, 32, 29.1}
    assert rows[7.5] == ("规模以上工业增加值", "target", date(2021, 1, 1), date(2025, 12, 31))
    assert rows[6.4] == ("规模以上工业增加值", "actual", date(2021, 1, 1), date(2023, 12, 31))
    assert rows[32][:2] == ("制造业增加值占地区生产总值比重", "target")
    assert rows[29.1] == ("制造业增加值占地区生产总值比重", "actual", date(2023, 1, 1), date(2023, 12, 31))


def test_a_plans_goal_in_parentheses_belongs_to_the_outcome_before_it() -> None:
    found = figures(
        "高新技术企业由2020年的538家增至2023年的1127家，提前完成规划目标（1000家）。",
        region="襄阳市",
        ref=date(2024, 6, 30),
    )
    goal = next(f for f in found if f.value == 1000)
    assert (goal.indicator, goal.status) == ("高新技术企业", "target")


def test_a_percentage_written_in_words() -> None:
    f = one(
        "1—11月，全省工业技改投资增长百分之十三点七。",
        "yoy_growth_pct",
        region="安徽省",
        ref=date(2024, 12, 20),
    )
    assert (f.value, f.unit, f.indicator) == (13.7, "%", "工业技改投资")


def test_a_span_of_years_written_with_zhi_is_multi_year() -> None:
    f = one(
        "2021年至2024年，全省规上工业增加值年均增长6.6%。",
        "avg_growth_pct",
        region="安徽省",
        ref=date(2025, 1, 9),
    )
    assert (f.period_start, f.period_end, f.indicator) == (
        date(2021, 1, 1),
        date(2024, 12, 31),
        "规模以上工业增加值",
    )


def test_from_the_same_period_last_year_is_a_year_earlier() -> None:
    found = figures(
        "1—11月，全省高技术制造业增加值增长11.4%，占规上工业的比重由上年同期的14.1%提升至15.3%。",
        region="安徽省",
        ref=date(2024, 12, 20),
    )
    shares = {f.value: f for f in found if f.measure == "share_pct"}
    assert {v: (f.period_start, f.period_end) for v, f in shares.items()} == {
        14.1: (date(2023, 1, 1), date(2023, 11, 30)),
        15.3: (date(2024, 1, 1), date(2024, 11, 30)),
    }
    assert {f.indicator for f in shares.values()} == {"高技术制造业增加值占规模以上工业的比重"}


def test_respectively_over_periods_listed_before_one_subject() -> None:
    found = figures(
        "一季度、上半年，全市规上工业增加值分别增长6.3%和7.4%。", region="温州市", ref=date(2024, 10, 28)
    )
    assert {(f.value, f.period_start, f.period_end) for f in found} == {
        (6.3, date(2024, 1, 1), date(2024, 3, 31)),
        (7.4, date(2024, 1, 1), date(2024, 6, 30)),
    }
    assert {f.quote for f in found} == {"一季度、上半年，全市规上工业增加值分别增长6.3%和7.4%。"}


def test_regions_listed_before_the_noun_of_the_last_one() -> None:
    found = figures(
        "前三季度鹿城区、瓯海区、瑞安市规上工业增加值分别增长9.1%、8.3%和7.7%。",
        region="温州市",
        ref=date(2024, 10, 28),
    )
    assert {(f.region, f.indicator, f.value) for f in found} == {
        ("鹿城区", "规模以上工业增加值", 9.1),
        ("瓯海区", "规模以上工业增加值", 8.3),
        ("瑞安市", "规模以上工业增加值", 7.7),
    }


def test_a_district_named_in_a_clause_without_a_number_is_the_subject_after_it() -> None:
    f = one(
        "前三季度，洞头区受企业停产检修影响，规上工业增加值下降2.6%。",
        "yoy_growth_pct",
        region="温州市",
        ref=date(2024, 10, 28),
    )
    assert (f.region, f.value) == ("洞头区", -2.6)


@pytest.mark.parametrize(
    "text", ["立足县域特色产业，新培育省级特色产业集群12家。", "培育资本市场主体，新增上市企业12家。"]
)
def test_compounds_that_start_like_a_district_name_no_region(text: str) -> None:
    (f,) = figures(text, region="温州市", ref=date(2024, 10, 28))
    assert f.region == "温州市"


def test_the_rank_of_a_flows_total_is_of_the_period_reported() -> None:
    found = figures(
        "前三季度，全市规上工业增加值增长7.9%；工业增加值总量继续稳居全省第二位。",
        region="温州市",
        ref=date(2024, 10, 28),
    )
    rank = next(f for f in found if f.measure == "rank")
    assert (rank.indicator, rank.period_start, rank.period_end) == (
        "工业增加值总量",
        date(2024, 1, 1),
        date(2024, 9, 30),
    )


def test_a_subtitle_on_growth_speaks_of_its_headline() -> None:
    text = (
        "温州日报 2024年10月28日\n\n前三季度全市规上工业增加值增长7.9%\n"
        "增速高于全省0.6个百分点，工业经济稳中向好\n\n本报讯 前三季度，全市工业经济稳中向好。"
    )
    gap = one(text, "pp_diff", region="温州市", ref=date(2024, 10, 28))
    assert (gap.indicator, gap.value, gap.period_end) == ("规模以上工业增加值", 0.6, date(2024, 9, 30))


def test_a_meeting_agenda_that_sums_up_last_year_opens_no_plan() -> None:
    found = figures(
        "会议总结2024年全省工业和信息化工作，安排部署2025年重点任务。1—11月，全省规上工业增加值增长6.8%。",
        region="安徽省",
        ref=date(2025, 1, 10),
        doc_type="conference_news",
    )
    assert [(f.status, f.period_start, f.period_end) for f in found] == [
        ("actual", date(2024, 1, 1), date(2024, 11, 30))
    ]


PLAN_TITLE = "江西省制造业数字化转型三年行动方案（2025—2027年）"


def test_a_plans_goals_said_over_its_years_span_the_plan() -> None:
    """三年新培育… and a 年均 goal with no year of its own cover the plan's span; 累计 by a
    goal year is a stock at its end."""
    found = figures(
        "到2027年，全省规上工业企业数字化转型覆盖率达到85%；三年新培育国家级智能工厂40家以上。"
        "省财政每年安排专项资金不少于20亿元，确保制造业贷款余额年均增长10%以上。"
        "到2027年，累计培育省级数字化转型促进中心60个。",
        region="江西省",
        ref=date(2025, 3, 14),
        doc_type="work_plan",
        title=PLAN_TITLE,
    )
    periods = {f.value: (f.period_start, f.period_end, f.period_type) for f in found}
    span = (date(2025, 1, 1), date(2027, 12, 31), "multi_year")
    assert periods[85] == (date(2027, 1, 1), date(2027, 12, 31), "full_year")
    assert periods[40] == span
    assert periods[10] == span
    assert periods[60] == (date(2027, 12, 31), date(2027, 12, 31), "as_of")


def test_a_sum_over_years_named_is_no_stock() -> None:
    f = one("2021—2023年，全市累计完成工业投资3860亿元。", "amount", region="襄阳市", ref=date(2024, 6, 30))
    assert (f.period_start, f.period_end, f.period_type) == (
        date(2021, 1, 1),
        date(2023, 12, 31),
        "multi_year",
    )


def test_a_streak_of_years_is_no_plan_span() -> None:
    f = one(
        "力争2025年全省数字化转型指数连续3年居全国首位。",
        "rank",
        region="江西省",
        ref=date(2025, 3, 14),
        doc_type="work_plan",
        title=PLAN_TITLE,
    )
    assert (f.period_start, f.period_end) == (date(2025, 1, 1), date(2025, 12, 31))


def test_an_evaluation_sets_outcomes_against_the_plans_goals() -> None:
    found = figures(
        "《规划》提出，“十四五”期间全市规上工业增加值年均增长9%以上。"
        "2023年，全市规上工业企业研发投入强度为2.2%，《规划》确定的2025年目标值为2.6%，完成率84.6%。"
        "2023年，战略性新兴产业产值占规上工业比重达到51.3%，提前完成《规划》确定的2025年50%的目标。"
        "制造业增加值占地区生产总值的比重由2020年的24.6%提高到2023年的26.9%，提高2.3个百分点。"
        "全市新能源汽车产量52万辆，约占全国产量的6%。",
        region="芜湖市",
        ref=date(2024, 4, 26),
        doc_type="evaluation_report",
        title="芜湖市“十四五”制造业发展规划中期评估报告",
    )
    rows = {f.value: (f.indicator, f.measure, f.status, f.period_start, f.period_end) for f in found}
    y2023 = (date(2023, 1, 1), date(2023, 12, 31))
    y2025 = (date(2025, 1, 1), date(2025, 12, 31))
    assert rows[9] == ("规模以上工业增加值", "avg_growth_pct", "target", date(2021, 1, 1), date(2025, 12, 31))
    assert rows[2.6] == ("规模以上工业企业研发投入强度", "share_pct", "target", *y2025)
    assert rows[84.6] == ("规模以上工业企业研发投入强度目标完成率", "share_pct", "actual", *y2023)
    assert rows[50] == ("战略性新兴产业产值占规模以上工业比重", "share_pct", "target", *y2025)
    assert rows[2.3] == (
        "制造业增加值占地区生产总值的比重",
        "pp_change",
        "actual",
        date(2021, 1, 1),
        date(2023, 12, 31),
    )
    assert rows[6][:2] == ("新能源汽车产量占全国产量", "share_pct")


def test_a_city_officials_turn_in_a_provincial_transcript_speaks_for_the_city() -> None:
    text = (
        "周建华（省工业和信息化厅副厅长）：\n1—11月，全省规上工业增加值增长5.9%。\n"
        "陈立（厦门市工业和信息化局局长）：\n1—11月，全市规上工业增加值增长7.2%。明年，厦门将力争规上工业增加值增长6%以上。\n"
        "海峡导报记者：\n请问全市工业投资情况如何？\n"
        "周建华：\n全省工业投资增长9.1%。"
    )
    found = figures(text, region="福建省", ref=date(2024, 12, 26), doc_type="press_conference")
    rows = {f.value: (f.region, f.indicator, f.status, f.period_end) for f in found}
    assert rows[5.9][0] == "福建省"
    assert rows[7.2] == ("厦门市", "规模以上工业增加值", "actual", date(2024, 11, 30))
    assert rows[6] == ("厦门市", "规模以上工业增加值", "target", date(2025, 12, 31))
    assert rows[9.1][0] == "福建省"


def test_a_city_unnamed_in_a_provincial_text_is_no_province_figure() -> None:
    assert figures("1—11月，全市规上工业增加值增长7.2%。", region="福建省", ref=date(2024, 12, 26)) == []


def test_this_year_late_in_the_year_is_the_year_reviewed_and_next_year_is_planned() -> None:
    found = figures(
        "今年，全省新认定省级专精特新中小企业1680家。预计今年全省数字经济核心产业增加值超过4000亿元。"
        "明年，我们计划新建5G基站1.2万个。",
        region="福建省",
        ref=date(2024, 12, 26),
    )
    rows = {f.value: (f.status, f.period_start) for f in found}
    assert rows[1680] == ("actual", date(2024, 1, 1))
    assert rows[4000] == ("estimate", date(2024, 1, 1))
    assert rows[1.2] == ("target", date(2025, 1, 1))


def test_this_year_early_in_the_year_is_still_planned() -> None:
    f = one("今年，全省新认定省级专精特新中小企业1500家。", "amount", region="福建省", ref=date(2025, 1, 20))
    assert (f.status, f.period_start) == ("target", date(2025, 1, 1))


def test_a_number_broken_across_lines_is_no_figure_of_its_tail() -> None:
    found = figures("全年装备制造业增加值增长1 0.3%，贡献最为突出。", region="福建省", ref=date(2025, 1, 20))
    assert 0.3 not in {f.value for f in found}


def test_a_breakdown_heading_is_no_region() -> None:
    found = figures(
        "分地区看，闽东北协同发展区规上工业增加值增长8.1%。", region="福建省", ref=date(2025, 1, 20)
    )
    assert {f.region for f in found} == {"福建省"}


def test_the_ranked_population_said_before_the_verb() -> None:
    found = figures(
        "1—11月，漳州规上工业增加值增长9.6%，增速在全省九市中排名第一。",
        region="福建省",
        ref=date(2024, 12, 26),
    )
    rank = next(f for f in found if f.measure == "rank")
    assert (rank.region, rank.indicator, rank.benchmark, rank.value) == (
        "漳州市",
        "规模以上工业增加值",
        "全省九市",
        1,
    )


def test_a_new_speaker_ends_the_plan_of_the_answer_before() -> None:
    text = (
        "周建华（省工业和信息化厅副厅长）：\n下一步，我们将推动更多企业上云用数赋智。\n"
        "东南网记者：\n请问算力建设进展如何？\n"
        "周建华：\n全省在用算力规模约12EFlops。"
    )
    f = one(text, "amount", region="福建省", ref=date(2024, 12, 26), doc_type="press_conference")
    assert f.status == "actual"


def test_a_table_of_indicators_by_year() -> None:
    """A plan's table: the base-year column holds outcomes, the later columns goals; rows
    without a unit, and prose, give nothing."""
    text = (
        "三、主要指标\n"
        "指标名称  单位  2024年基数  2025年  2026年  2027年\n"
        "规模以上工业增加值年均增长  %  6.2  6.5  6.5  6.5\n"
        "数字经济核心产业增加值  亿元  3100  3500  3900  4300\n"
        "省级以上智能工厂  个  85  120  160  200\n"
        "备注  说明  1  2  3  4\n"
    )
    found = figures(text, region="湖南省", ref=date(2025, 3, 14), doc_type="work_plan", title=PLAN_TITLE)
    rows = {(f.indicator, f.period_start.year if f.period_start else None, f.value): f for f in found}
    base = rows[("数字经济核心产业增加值", 2024, 3100)]
    assert (base.status, base.measure, base.value_base, base.base_unit) == ("actual", "amount", 3.1e11, "元")
    goal = rows[("省级以上智能工厂", 2027, 200)]
    assert (goal.status, goal.period_end, goal.unit) == ("target", date(2027, 12, 31), "个")
    assert goal.quote == "省级以上智能工厂  个  85  120  160  200"
    growth = [f for f in found if f.measure == "avg_growth_pct"]
    assert len(growth) == 3 and {f.status for f in growth} == {"target"}
    # the base year's cell of a 年均增长 row, a year before the plan's, is that year's growth
    based = [
        (f.measure, f.status, f.period_start, f.value) for f in found if f.period_end == date(2024, 12, 31)
    ]
    assert ("yoy_growth_pct", "actual", date(2024, 1, 1), 6.2) in based
    assert not [f for f in found if "备注" in f.indicator or "说明" in f.indicator]
    assert len(found) == 12


@pytest.mark.parametrize("area", ["在园区", "老城区", "山区"])
def test_a_kind_of_area_opening_a_clause_is_no_region(area: str) -> None:
    found = figures(
        f"上半年，{area}内企业集聚发展，规上工业增加值增长9.2%。", region="会昌县", ref=date(2024, 7, 19)
    )
    assert {f.region for f in found} == {"会昌县"}


def test_by_statistics_is_an_outcome_by_estimate_or_hope_an_estimate() -> None:
    found = figures(
        "据统计，1—11月，全省汽车产量完成196.2万辆。据测算，全年汽车产业产值增长6%。"
        "2024年全省汽车产业产值有望突破6000亿元。",
        region="吉林省",
        ref=date(2024, 12, 20),
    )
    assert [(f.value, f.status) for f in found] == [(196.2, "actual"), (6, "estimate"), (6000, "estimate")]
    assert found[2].indicator == "汽车产业产值"


def test_a_statistic_right_after_one_of_some_months_is_of_those_months() -> None:
    found = figures(
        "据统计，1—11月，全省汽车产量完成196.2万辆。全省规上汽车制造业实现营业收入4860.3亿元。"
        "新增国家级智能工厂5家。",
        region="吉林省",
        ref=date(2025, 1, 7),
    )
    rows = {f.value: (f.period_start, f.period_end) for f in found}
    assert rows[4860.3] == (date(2024, 1, 1), date(2024, 11, 30))
    assert rows[5] == (date(2024, 1, 1), date(2024, 12, 31))


def test_the_year_of_an_earlier_level_is_not_the_period_of_what_follows() -> None:
    found = figures(
        "1—11月，新能源汽车产量占全省汽车产量的比重由2023年的8.1%提升至12.6%，提高4.5个百分点。"
        "全省汽车产业产值由2020年的4512亿元增至2023年的5308亿元，年均增长5.6%。",
        region="吉林省",
        ref=date(2024, 12, 20),
    )
    rows = {f.value: (f.period_start, f.period_end) for f in found}
    assert rows[8.1] == (date(2023, 1, 1), date(2023, 12, 31))
    assert rows[12.6] == rows[4.5] == (date(2024, 1, 1), date(2024, 11, 30))
    assert rows[5.6] == (date(2021, 1, 1), date(2023, 12, 31))


def test_items_of_a_list_after_a_colon_do_not_inherit_a_region_named_in_another() -> None:
    found = figures(
        "主要预期目标是：全省汽车产量力争达到230万辆；长春市本地配套率提高到50%；汽车产业投资增长8%左右。",
        region="吉林省",
        ref=date(2025, 1, 7),
    )
    assert {f.value: f.region for f in found} == {230: "吉林省", 50: "长春市", 8: "吉林省"}


def test_a_numbered_table_caption_is_no_figure() -> None:
    text = "上半年，全市规上工业增加值增长7.3%。\n表1 部分重点企业数字化改造进展（截至2024年6月底）\n"
    assert [f.value for f in figures(text, region="长春市", ref=date(2024, 7, 20))] == [7.3]


def test_official_industry_names_with_he_stay_whole_in_lists() -> None:
    found = figures(
        "1—10月，计算机、通信和其他电子设备制造业，汽车制造业，电气机械和器材制造业增加值分别增长21.4%、13.6%、11.9%；"
        "化学原料和化学制品制造业、纺织业分别增长7.7%、3.2%。",
        region="河南省",
        ref=date(2024, 11, 19),
    )
    assert {(f.indicator, f.value) for f in found} == {
        ("计算机、通信和其他电子设备制造业增加值", 21.4),
        ("汽车制造业增加值", 13.6),
        ("电气机械和器材制造业增加值", 11.9),
        ("化学原料和化学制品制造业", 7.7),
        ("纺织业", 3.2),
    }


def test_industries_listed_share_only_a_measure_head() -> None:
    found = figures(
        "1—10月，纺织业、通用设备制造业增加值分别增长4.4%、7.9%。", region="河南省", ref=date(2024, 11, 19)
    )
    assert [f.indicator for f in found] == ["纺织业增加值", "通用设备制造业增加值"]


def test_an_aside_in_parentheses_names_its_own_region() -> None:
    found = figures(
        "1—10月，全省规上工业增加值增长7.6%，高于全国1.8个百分点（同期全国规上工业增加值增长5.8%）。",
        region="河南省",
        ref=date(2024, 11, 19),
    )
    assert {f.value: f.region for f in found} == {7.6: "河南省", 1.8: "河南省", 5.8: "全国"}


def test_a_contribution_to_growth_names_what_contributes() -> None:
    f = one(
        "1—10月，装备制造业增加值增长11.2%，对全省规上工业增长的贡献率达到46.3%。",
        "share_pct",
        region="河南省",
        ref=date(2024, 11, 19),
    )
    assert f.indicator == "装备制造业增加值对全省规模以上工业增长的贡献率"


def test_a_work_reports_section_of_key_work_is_a_plan() -> None:
    text = "三、2025年重点工作\n（一）坚持工业强市\n新增规上工业企业200家，新建5G基站5000个。"
    found = figures(text, region="兰州市", ref=date(2025, 1, 8), doc_type="government_work_report")
    assert {(f.value, f.status, f.period_start) for f in found} == {
        (200, "target", date(2025, 1, 1)),
        (5000, "target", date(2025, 1, 1)),
    }


def test_a_count_inside_the_ranked_population_is_no_figure() -> None:
    found = figures(
        "2024年，全市规上工业增加值增长8.4%，增速在15个副省级城市中居第4位。",
        region="兰州市",
        ref=date(2025, 1, 8),
    )
    assert {(f.measure, f.value) for f in found} == {("yoy_growth_pct", 8.4), ("rank", 4)}
    rank = next(f for f in found if f.measure == "rank")
    assert (rank.indicator, rank.benchmark) == ("规模以上工业增加值", "15个副省级城市")


def test_the_rank_and_size_of_a_yearly_flow_are_of_the_year() -> None:
    found = figures(
        "中欧班列全年开行4,260列，开行量位居全国第二。全市集成电路产业规模达到980亿元。",
        region="兰州市",
        ref=date(2025, 1, 8),
    )
    assert {f.measure: f.period_type for f in found} == {"amount": "full_year", "rank": "full_year"}
    assert 4260 in {f.value for f in found}


def test_a_table_of_indicators_by_region_takes_its_period_from_the_caption() -> None:
    text = (
        "二、主要进展\n"
        "表2 部分试点城市改造进展（截至2024年10月底）\n"
        "城市  完成改造企业数(家)  目标完成率(%)\n"
        "温州市  2140  71.3\n"
        "合计  9800  70.2\n"
    )
    found = figures(text, region="全国", ref=date(2024, 12, 18), doc_type="evaluation_report")
    assert {(f.region, f.measure, f.value, f.period_start, f.period_type) for f in found} == {
        ("温州市", "amount", 2140, date(2024, 10, 31), "as_of"),
        ("温州市", "share_pct", 71.3, date(2024, 10, 31), "as_of"),
    }
    assert {f.quote for f in found} == {"温州市  2140  71.3"}


def test_pu_ji_lv_is_one_word_in_a_list() -> None:
    found = figures(
        "截至2024年6月底，全国工业企业关键工序数控化率和数字化研发设计工具普及率分别达到62.9%和80.1%。",
        region="全国",
        ref=date(2024, 12, 18),
    )
    assert [(f.indicator, f.value) for f in found] == [
        ("工业企业关键工序数控化率", 62.9),
        ("数字化研发设计工具普及率", 80.1),
    ]


def test_a_part_in_the_next_sentence_has_the_wholes_period() -> None:
    found = figures(
        "截至2024年10月底，试点城市累计推动3.9万家中小企业实施数字化改造。其中，首批试点城市完成改造3.1万家。",
        region="全国",
        ref=date(2024, 12, 18),
    )
    assert {f.value: f.period_end for f in found} == {3.9: date(2024, 10, 31), 3.1: date(2024, 10, 31)}


def test_a_size_class_inside_a_counted_noun_is_part_of_the_noun() -> None:
    found = figures(
        "打造2个产业园区，培育8户以上营业收入超10亿元的零部件骨干企业。",
        region="吉林省",
        ref=date(2025, 1, 7),
    )
    assert {(f.indicator, f.value) for f in found} == {
        ("产业园区", 2),
        ("营业收入超10亿元的零部件骨干企业", 8),
    }


def test_a_quarter_inside_the_opening_half_year_governs_only_its_own_part() -> None:
    found = figures(
        "上半年，全县规上工业增加值增长8.6%，其中二季度增长10.2%；完成工业投资31.5亿元。",
        region="信丰县",
        ref=date(2024, 7, 19),
    )
    assert {f.value: (f.period_start, f.period_end) for f in found} == {
        8.6: (date(2024, 1, 1), date(2024, 6, 30)),
        10.2: (date(2024, 4, 1), date(2024, 6, 30)),
        31.5: (date(2024, 1, 1), date(2024, 6, 30)),
    }


def test_a_headlines_phrases_and_its_short_words() -> None:
    """粤前三季… 新能源车产量增逾四成: a space parts the phrases, 前三季 is 前三季度, 增 is growth."""
    found = figures("闽前三季工业稳中有进 新能源车产量增逾三成", region="福建省", ref=date(2024, 10, 28))
    assert [(f.indicator, f.measure, f.value_base, f.qualifier, f.period_end) for f in found] == [
        ("新能源车产量", "yoy_growth_pct", 30, "at_least", date(2024, 9, 30))
    ]


def test_the_base_of_a_comparison_is_the_level_of_its_own_year() -> None:
    found = figures(
        "2023年，全市国家级专精特新“小巨人”企业达到132家，较2020年末的41家增加91家。",
        region="芜湖市",
        ref=date(2024, 4, 26),
    )
    base = next(f for f in found if f.value == 41)
    assert (base.period_start, base.period_end, base.period_type) == (
        date(2020, 12, 31),
        date(2020, 12, 31),
        "as_of",
    )


def test_a_year_end_reviews_actions_are_the_years() -> None:
    """Dated 27 December, after 1—11月 statistics: the year's actions are the year's, while
    a statistic in the sentence after the months stays of the months."""
    found = figures(
        "1—11月，全省规上工业增加值增长4.1%。\n\n一是加大政策支持。省级财政统筹安排专项资金36亿元，支持技术改造项目9800个。",
        region="广东省",
        ref=date(2024, 12, 27),
    )
    rows = {f.value: (f.period_start, f.period_end) for f in found}
    assert rows[4.1] == (date(2024, 1, 1), date(2024, 11, 30))
    assert rows[36] == rows[9800] == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_district_heads_turn_in_a_city_transcript_speaks_for_the_district() -> None:
    text = (
        "【主持人】下面请李红女士介绍黄岛区有关情况。\n"
        "【发布人】黄岛区委副书记、区长 李红：\n"
        "全年规上工业增加值增长9.7%，高于全市1.1个百分点。全市新增规上工业企业260家。\n"
        "【大众日报记者】请问孙局长，全市有何打算？\n"
        "【孙建国】全市规上工业增加值增长8.6%。"
    )
    found = figures(text, region="青岛市", ref=date(2025, 1, 16), doc_type="press_conference")
    assert {f.value: f.region for f in found} == {9.7: "黄岛区", 1.1: "黄岛区", 260: "青岛市", 8.6: "青岛市"}


def test_a_tables_index_column_and_bounds_in_cells() -> None:
    text = (
        "序号  指标  单位  2024年  2025年  2027年\n"
        "1  关键工序数控化率  %  63.7  65.5  ≥70\n"
        "2  省级智能工厂  家  1216  1416  1900\n"
    )
    found = figures(text, region="湖北省", ref=date(2025, 4, 18), doc_type="work_plan", title=PLAN_TITLE)
    rows = {
        (f.indicator, f.period_end.year if f.period_end else None): (f.value, f.qualifier, f.status)
        for f in found
    }
    assert rows[("关键工序数控化率", 2027)] == (70, "at_least", "target")
    assert rows[("省级智能工厂", 2024)] == (1216, "exact", "actual")
    assert len(found) == 6


def test_a_three_year_plans_undated_goal_and_its_goal_levels_at_the_span_end() -> None:
    found = figures(
        "2025—2027年，累计推动1.2万家规上工业企业实施数字化改造，国家级智能制造示范工厂达到35家。"
        "建设8个左右行业级数字化转型促进中心。",
        region="湖北省",
        ref=date(2025, 4, 18),
        doc_type="work_plan",
        title=PLAN_TITLE,
    )
    span = (date(2025, 1, 1), date(2027, 12, 31))
    rows = {f.value: (f.period_start, f.period_end) for f in found}
    assert rows[1.2] == span
    assert rows[35] == (date(2027, 1, 1), date(2027, 12, 31))
    assert rows[8] == span


def test_the_statistical_macro_regions_are_regions() -> None:
    found = figures(
        "1—11月，东部地区完成软件业务收入10.2万亿元，同比增长11.0%；西部地区完成软件业务收入1.2万亿元。",
        region="全国",
        ref=date(2024, 12, 24),
    )
    assert {f.region for f in found} == {"东部地区", "西部地区"}


def test_a_half_year_summary_with_its_plan_reviews_before_it_plans() -> None:
    text = (
        "现将上半年工作情况和下半年工作计划报告如下。\n"
        "一、上半年工作情况\n1—6月，全市规上工业增加值增长4.6%。新增国家级专精特新“小巨人”企业18家。\n"
        "二、下半年工作计划\n力争全年规上工业增加值增长5%左右。新培育专精特新中小企业60家。"
    )
    found = figures(text, region="中山市", ref=date(2024, 7, 19), doc_type="other")
    assert [(f.value, f.status) for f in found] == [
        (4.6, "actual"),
        (18, "actual"),
        (5, "target"),
        (60, "target"),
    ]


def test_a_communiques_table_of_products_gives_output_and_growth() -> None:
    text = (
        "表1 2024年规模以上工业主要产品产量及其增长速度\n"
        "产品名称 单位 产量 比上年增长（%）\n"
        "集成电路 亿块 41.6 18.2\n"
        "水泥 万吨 9876.5 -6.3\n"
    )
    found = figures(text, region="江西省", ref=date(2025, 3, 20), doc_type="statistical_communique")
    assert {(f.indicator, f.measure, f.value_base, f.period_end) for f in found} == {
        ("集成电路产量", "amount", 4.16e9, date(2024, 12, 31)),
        ("集成电路产量", "yoy_growth_pct", 18.2, date(2024, 12, 31)),
        ("水泥产量", "amount", 98765000, date(2024, 12, 31)),
        ("水泥产量", "yoy_growth_pct", -6.3, date(2024, 12, 31)),
    }


def test_a_breakdown_by_quarter_speaks_of_the_figure_before() -> None:
    found = figures(
        "1—6月，全市规上工业增加值同比增长4.4%。分季度看，一季度增长3.6%，二季度增长5.2%。",
        region="中山市",
        ref=date(2024, 7, 19),
    )
    assert {f.value: (f.indicator, f.period_start, f.period_end) for f in found} == {
        4.4: ("规模以上工业增加值", date(2024, 1, 1), date(2024, 6, 30)),
        3.6: ("规模以上工业增加值", date(2024, 1, 1), date(2024, 3, 31)),
        5.2: ("规模以上工业增加值", date(2024, 4, 1), date(2024, 6, 30)),
    }


@pytest.mark.parametrize("text", ["软件业务收入保持两位数增长。", "营业收入利润率=利润总额/营业收入×100%。"])
def test_digit_counts_and_formulas_are_no_figures(text: str) -> None:
    assert figures(text, region="全国", ref=date(2024, 12, 24)) == []


def test_a_stock_of_a_half_year_report_is_at_the_half_years_end() -> None:
    found = figures(
        "1—6月，全市规上工业增加值增长4.4%。全市累计建成5G基站1.9万座。推动禅城区、高明区全年规上工业总产值分别突破900亿元、700亿元。",
        region="中山市",
        ref=date(2024, 7, 19),
    )
    rows = {f.value: (f.region, f.period_end) for f in found}
    assert rows[1.9] == ("中山市", date(2024, 6, 30))
    assert rows[900][0] == "禅城区" and rows[700][0] == "高明区"


def test_an_evaluations_table_with_a_remark_column_and_the_plans_first_years() -> None:
    text = (
        "2023年，全省数字经济增加值达到2.7万亿元，“十四五”前三年年均增长12.4%。"
        "截至2023年底，数字经济增加值已完成2025年目标值的84.1%；规上工业企业数字化转型覆盖率达到70.2%，"
        "较2020年提高22.8个百分点。\n"
        "指标名称  单位  2020年  2023年  2025年目标  进度评价\n"
        "数字经济增加值  万亿元  1.9  2.7  3.2  符合预期\n"
    )
    found = figures(text, region="福建省", ref=date(2024, 4, 26), doc_type="evaluation_report")
    rows = {(f.measure, f.value): (f.period_start, f.period_end, f.status) for f in found}
    assert rows[("avg_growth_pct", 12.4)] == (date(2021, 1, 1), date(2023, 12, 31), "actual")
    assert rows[("share_pct", 84.1)] == (date(2023, 12, 31), date(2023, 12, 31), "actual")
    assert rows[("share_pct", 70.2)] == (date(2023, 12, 31), date(2023, 12, 31), "actual")
    assert rows[("pp_change", 22.8)] == (date(2021, 1, 1), date(2023, 12, 31), "actual")
    assert rows[("amount", 1.9)] == (date(2020, 1, 1), date(2020, 12, 31), "actual")
    assert rows[("amount", 3.2)] == (date(2025, 1, 1), date(2025, 12, 31), "target")


def test_an_infographics_labels_over_their_numbers_and_the_lines_under_them() -> None:
    # the lead's plan (下一步，…) ends with the lead: the cards under the headings are outcomes
    text = normalize(
        "2025年上半年海盐县经济运行情况\n\n上半年，全县经济运行总体平稳。下一步，全县将紧盯全年目标任务，全力以赴稳增长。\n\n"
        "（一）综合\n地区生产总值\n312.6\n亿元\n同比增长\n6.1%\n"
        "（二）工业\n规上工业总产值\n742.3\n亿元\n增长\n9.2\n%\n"
        "■ 其中：高新技术产业增加值\n62.1亿元\n占规上工业比重\n63.1%\n"
        "新增规上工业企业\n37\n家\n全社会用电量\n38.62\n亿千瓦时\n▲7.9%\n"
        "（三）投资\n民间投资\n▼2.1%\n"
    ).text
    found = figures(
        text, region="海盐县", ref=date(2025, 7, 24), doc_type="other", title="2025年上半年海盐县经济运行情况"
    )
    rows = {(f.measure, f.value): (f.indicator, f.status, f.period_end) for f in found}
    half = date(2025, 6, 30)
    assert rows[("amount", 312.6)] == ("地区生产总值", "actual", half)
    assert rows[("yoy_growth_pct", 6.1)] == ("地区生产总值", "actual", half)
    assert rows[("yoy_growth_pct", 9.2)][:2] == ("规模以上工业总产值", "actual")
    assert rows[("amount", 62.1)][0] == "高新技术产业增加值"
    assert rows[("share_pct", 63.1)][0].startswith("高新技术产业增加值占")
    assert rows[("amount", 37)][0].endswith("工业企业")  # not the label under it (全社会用电量)
    assert rows[("amount", 38.62)][0] == "全社会用电量"
    assert rows[("yoy_growth_pct", 7.9)][0] == "全社会用电量"
    assert rows[("yoy_growth_pct", -2.1)][0] == "民间投资"


def test_places_listed_before_each_share_its_count() -> None:
    # 各有 of the count told before, or of its own noun after the number
    found = figures(
        "全省共有19个县（市）入围。其中，嘉兴市有5个县（市）入围，湖州市、金华市各有3个，绍兴市1个。"
        "南昌市、赣州市各有4个开发区进入A类。",
        region="浙江省",
        ref=date(2025, 7, 18),
    )
    rows = {(f.region, f.value): f.indicator for f in found}
    assert rows[("湖州市", 3)] == rows[("金华市", 3)] == rows[("嘉兴市", 5)]
    assert rows[("南昌市", 4)] == rows[("赣州市", 4)] == "开发区进入A类"


def test_a_release_titled_by_a_month_without_its_year_and_its_table_of_index_levels() -> None:
    # 11月份…: the latest November by the text's day; a diffusion index's table under 单位：%
    # holds its levels, not growths
    text = (
        "11月份全省制造业采购经理指数回升\n\n"
        "制造业采购经理调查结果显示，全省制造业采购经理指数（PMI）为50.4%，比上月上升0.6个百分点。"
        "新订单指数为50.7%。\n\n"
        "表1　全省制造业PMI及构成指数\n单位：%\n指标  2025年10月  2025年11月\n"
        "制造业PMI  49.8  50.4\n生产指数  50.8  52.1\n"
    )
    found = figures(
        text,
        region="湖南省",
        ref=date(2025, 11, 30),
        doc_type="other",
        title="11月份全省制造业采购经理指数回升",
    )
    november = (date(2025, 11, 1), date(2025, 11, 30))
    prose = {f.value: (f.measure, f.period_start, f.period_end) for f in found if "  " not in f.quote}
    assert prose[50.7] == ("share_pct", *november)
    assert prose[0.6] == ("pp_change", *november)
    table = {(f.value, f.period_end): f.measure for f in found if "  " in f.quote}
    assert table == {
        (49.8, date(2025, 10, 31)): "share_pct",
        (50.4, date(2025, 11, 30)): "share_pct",
        (50.8, date(2025, 10, 31)): "share_pct",
        (52.1, date(2025, 11, 30)): "share_pct",
    }


def test_a_digests_items_each_open_on_their_day_and_place() -> None:
    # 4.11月25日，…下一步，…: the next item (5.11月27日，…) is a new story, no plan; an item opening
    # on its place (after its day) speaks for it, and for its county when a city names one
    text = (
        "1.11月20日，全省认定专精特新中小企业812家。下一步，省工业和信息化厅将加大服务力度。\n\n"
        "2.11月27日，我省3家企业获中国工业大奖表彰奖。\n\n"
        "3.11月24日，宜春市召开锂电新能源产业运行调度会。1—10月，全市锂电新能源产业实现营业收入1025.4亿元。\n\n"
        "4.11月26日，九江市湖口县不锈钢精密带材项目建成投产。该项目总投资38亿元。"
    )
    found = figures(text, region="江西省", ref=date(2025, 11, 28))
    rows = {f.value: (f.status, f.region) for f in found}
    assert rows[3] == ("actual", "江西省")
    assert rows[1025.4] == ("actual", "宜春市")
    assert rows[38] == ("actual", "湖口县")


def test_a_breakdown_by_place_after_an_amount_and_its_growth_keeps_the_amounts_period() -> None:
    found = figures(
        "2024年，全省共拨付设备更新补贴资金18.6亿元，同比增长41.2%。"
        "从区域看，长沙市、株洲市获补资金分别为4.2亿元、2.6亿元。",
        region="湖南省",
        ref=date(2025, 4, 18),
    )
    rows = {f.region: (f.period_start, f.period_end) for f in found if f.value in (4.2, 2.6)}
    assert rows == {
        "长沙市": (date(2024, 1, 1), date(2024, 12, 31)),
        "株洲市": (date(2024, 1, 1), date(2024, 12, 31)),
    }


def test_an_events_counts_after_a_papers_lede_are_of_the_events_day() -> None:
    found = figures(
        "本报讯　9月25日上午，宿州市重大项目集中签约活动举行。此次集中签约项目58个，协议总投资612.8亿元。",
        region="宿州市",
        ref=date(2025, 9, 26),
    )
    assert {(f.value, f.period_start, f.period_end) for f in found} == {
        (58, date(2025, 9, 25), date(2025, 9, 25)),
        (612.8, date(2025, 9, 25), date(2025, 9, 25)),
    }


def test_a_table_of_the_month_and_the_months_to_date_each_beside_the_year_before() -> None:
    text = (
        "表1　2025年10月全市工业主要指标\n"
        "指标  本月  上年同月  增长（%）  1—10月累计  上年同期累计  增长（%）\n"
        "规模以上工业增加值（亿元）  228.64  213.37  7.2  2186.45  2030.11  7.7\n"
    )
    found = figures(
        text, region="衢州市", ref=date(2025, 11, 18), doc_type="other", title="2025年10月全市工业主要指标"
    )
    rows = {f.value: (f.measure, f.period_start, f.period_end) for f in found}
    assert rows[228.64] == ("amount", date(2025, 10, 1), date(2025, 10, 31))
    assert rows[213.37] == ("amount", date(2024, 10, 1), date(2024, 10, 31))
    assert rows[7.2] == ("yoy_growth_pct", date(2025, 10, 1), date(2025, 10, 31))
    assert rows[2186.45] == ("amount", date(2025, 1, 1), date(2025, 10, 31))
    assert rows[2030.11] == ("amount", date(2024, 1, 1), date(2024, 10, 31))
    assert rows[7.7] == ("yoy_growth_pct", date(2025, 1, 1), date(2025, 10, 31))


def test_a_caption_naming_two_periods_gives_each_column_the_one_said_before_it() -> None:
    text = (
        "表1　2025年1—9月全县主要行业产销率及9月末产成品存货\n"
        "行业  产销率（%）  产成品存货（亿元）\n"
        "家具制造业  96.8  6.35\n"
        "纺织服装、服饰业  98.2  5.84\n"
    )
    found = figures(text, region="沭阳县", ref=date(2025, 10, 24), doc_type="other")
    rows = {f.value: (f.period_start, f.period_end) for f in found}
    assert rows[96.8] == rows[98.2] == (date(2025, 1, 1), date(2025, 9, 30))
    assert rows[6.35] == rows[5.84] == (date(2025, 9, 30), date(2025, 9, 30))


def test_ratios_of_the_three_sectors_each_of_the_year_said_with_it() -> None:
    # (a colon written half-width, 7.9:37.8, is no time of day; the country's ratio is its own)
    text = (
        "2024年，全省三次产业结构由2023年的7.9:37.8:54.3调整为2024年的7.8:37.5:54.7。"
        "与2020年（三次产业结构为8.7:40.1:51.2）相比，第三产业比重提高。2024年，全国三次产业结构为6.8:36.5:56.7。"
    )
    found = figures(text, region="江西省", ref=date(2025, 4, 17))
    rows = {f.value: (f.region, f.period_start.year if f.period_start else None) for f in found}
    assert rows[7.9] == rows[54.3] == ("江西省", 2023)
    assert rows[7.8] == rows[54.7] == ("江西省", 2024)
    assert rows[8.7] == rows[51.2] == ("江西省", 2020)
    assert rows[6.8] == rows[56.7] == ("全国", 2024)


def test_a_tables_yearly_plan_column_and_its_total_row() -> None:
    text = (
        "表1　2025年1—9月各县（市、区）市级重点项目计划完成情况\n"
        "县（市、区）  项目数（个）  年度计划投资（亿元）  1—9月完成投资（亿元）  完成率（%）\n"
        "信州区  18  96.4  78.2  81.1\n"
        "广丰区  22  132.7  104.5  78.7\n"
        "全市合计  248  1443.0  1148.2  79.6\n"
    )
    found = figures(text, region="上饶市", ref=date(2025, 10, 20), doc_type="other")
    rows = {f.value: (f.region, f.status, f.period_start, f.period_end) for f in found}
    assert rows[96.4] == ("信州区", "target", date(2025, 1, 1), date(2025, 12, 31))
    assert rows[78.2] == ("信州区", "actual", date(2025, 1, 1), date(2025, 9, 30))
    assert rows[1443.0] == ("上饶市", "target", date(2025, 1, 1), date(2025, 12, 31))
    assert rows[1148.2] == ("上饶市", "actual", date(2025, 1, 1), date(2025, 9, 30))


def test_months_from_one_years_month_to_the_next_years() -> None:
    found = figures(
        "今冬（2025年12月—2026年2月），全省最大用电负荷预计达到3650万千瓦左右。",
        region="江西省",
        ref=date(2025, 12, 5),
    )
    assert [(f.period_start, f.period_end) for f in found] == [(date(2025, 12, 1), date(2026, 2, 28))]


def test_growths_and_flows_go_on_with_the_past_year_that_opened_their_paragraph() -> None:
    # (even where the opening sentence gave figures of its own: no growth or flow is of now)
    text = (
        "2024年，全省102个县（市）实现地区生产总值4.21万亿元，同比增长5.4%。"
        "县域一般公共预算收入完成1862.4亿元，增长4.7%；县域规模以上工业增加值增长7.3%。"
    )
    found = figures(text, region="河南省", ref=date(2025, 6, 18))
    rows = {f.value: (f.period_start, f.period_end) for f in found}
    year = (date(2024, 1, 1), date(2024, 12, 31))
    assert rows[1862.4] == rows[4.7] == rows[7.3] == year


def test_an_evaluation_of_a_years_state_reports_on_that_year() -> None:
    text = (
        "对全省184个省级以上产业园区2024年度发展情况开展了综合评价。"
        "参评园区拥有高新技术企业4862家，规上工业企业研发经费投入强度为2.35%。园区单位工业增加值能耗下降4.2%。"
    )
    found = figures(
        text,
        region="河南省",
        ref=date(2025, 8, 20),
        doc_type="other",
        title="关于2025年度全省产业园区综合评价结果的通报",
    )
    rows = {f.value: f.period_end for f in found}
    assert rows[2.35] == rows[-4.2] == date(2024, 12, 31)


def test_a_rank_moved_from_last_years_place_is_this_years_the_earlier_one_last_years() -> None:
    found = figures("我省独角兽企业数量由上年的第11位升至全国第9位。", region="安徽省", ref=date(2025, 9, 16))
    rows = {f.value: f.period_end for f in found}
    assert rows[11] == date(2024, 12, 31)
    assert rows[9] is not None and rows[9] > date(2024, 12, 31)


@pytest.mark.parametrize("stock", ["在手订单总额", "产成品存货", "工业品库存总额"])
def test_the_growth_of_what_stands_on_hand_is_of_the_date_it_stands_at(stock: str) -> None:
    found = figures(
        f"截至11月末，监测企业{stock}2856.3亿元，同比增长9.2%。", region="常州市", ref=date(2025, 12, 12)
    )
    assert {(f.measure, f.period_start, f.period_end) for f in found} == {
        ("amount", date(2025, 11, 30), date(2025, 11, 30)),
        ("yoy_growth_pct", date(2025, 11, 30), date(2025, 11, 30)),
    }


@pytest.mark.parametrize(
    ("text", "value_base", "base_unit"),
    [
        ("全年生产卷烟143.6万箱。", 1_436_000, "箱"),
        ("全年调拨烟叶128.5万担。", 1_285_000, "担"),
        ("全年产鞋3.2亿双。", 320_000_000, "双"),
        ("年末多晶硅价格为35.2元/千克。", 35.2, "元/千克"),
        ("年末组件价格为0.72元/瓦。", 0.72, "元/瓦"),
        ("全年新增变电容量560万千伏安。", 5_600_000, "千伏安"),
    ],
)
def test_units_of_cases_loads_pairs_prices_per_kilogram_and_apparent_power(
    text: str, value_base: float, base_unit: str
) -> None:
    (found,) = figures(text, region="贵州省", ref=date(2026, 1, 16))
    assert found.base_unit == base_unit
    assert found.value_base == pytest.approx(value_base)


def test_a_listing_is_no_city() -> None:
    found = figures(
        "全市共有上市公司83家。境内上市公司中，主板44家、科创板9家。",
        region="嘉兴市",
        ref=date(2025, 12, 19),
    )
    regions = {f.value: f.region for f in found}
    assert regions[44] == regions[9] == "嘉兴市"


def test_a_plans_monitoring_table_with_a_progress_and_a_yes_or_no_column() -> None:
    text = (
        "表1　“十四五”规划主要指标监测情况\n"
        "序号  指标  单位  2020年基期值  2025年目标值  2024年实际值  进度（%）  是否达到序时进度\n"
        "2  全员劳动生产率  万元/人  12.6  17  15.8  72.7  否\n"
        "3  常住人口城镇化率  %  66.8  72  70.1  63.5  否\n"
    )
    found = figures(text, region="株洲市", ref=date(2025, 6, 20), doc_type="evaluation_report")
    rows = {f.value: (f.status, f.period_end.year if f.period_end else None) for f in found}
    assert rows == {
        12.6: ("actual", 2020),
        17: ("target", 2025),
        15.8: ("actual", 2024),
        66.8: ("actual", 2020),
        72: ("target", 2025),
        70.1: ("actual", 2024),
    }  # (the progress column, 72.7 and 63.5, is no figure of its own)


def test_a_plan_tables_year_end_column_is_a_stock_on_that_day_beside_its_goals() -> None:
    text = (
        "附件\n湖南省制造业数字化转型主要指标\n"
        "序号  指标名称  单位  2024年底  2025年目标  2027年目标\n"
        "1  关键工序数控化率  %  61.3  64  70以上\n"
        "2  省级智能工厂  家  133  210  300\n"
    )
    found = figures(text, region="湖南省", ref=date(2025, 9, 3), doc_type="work_plan")
    rows = {f.value: (f.status, f.period_type, str(f.period_end)) for f in found}
    assert rows == {
        61.3: ("actual", "as_of", "2024-12-31"),
        64: ("target", "full_year", "2025-12-31"),
        70: ("target", "full_year", "2027-12-31"),
        133: ("actual", "as_of", "2024-12-31"),
        210: ("target", "full_year", "2025-12-31"),
        300: ("target", "full_year", "2027-12-31"),
    }


def test_a_table_of_a_years_goal_outcome_and_rate_then_next_years_goal_with_one_rows_own_unit() -> None:
    text = (
        "表1　2024年全省淘汰落后产能完成情况及2025年目标任务\n"
        "单位：万吨（平板玻璃为万重量箱）\n"
        "行业  2024年目标任务  2024年实际完成  完成率（%）  2025年目标任务\n"
        "炼铁  275  285  103.6  240\n"
        "平板玻璃  600  620  103.3  480\n"
    )
    found = figures(text, region="河北省", ref=date(2025, 6, 12), doc_type="other")
    rows = {f.value: (f.unit, f.status, f.period_end.year if f.period_end else None) for f in found}
    assert rows[275] == ("万吨", "target", 2024)
    assert rows[285] == ("万吨", "actual", 2024)
    assert rows[103.6] == ("%", "actual", 2024)
    assert rows[240] == ("万吨", "target", 2025)
    assert rows[620] == ("万重量箱", "actual", 2024)


def test_places_counted_in_the_clause_before_take_the_values_after_respectively() -> None:
    found = figures(
        "2025年新认定单项冠军企业128家。从地区分布看，青岛、潍坊、烟台三市新认定数量较多，分别为21家、17家、14家。",
        region="山东省",
        ref=date(2025, 12, 18),
    )
    rows = {f.value: (f.region, f.indicator) for f in found}
    assert rows[21] == ("青岛市", rows[128][1])
    assert rows[17][0] == "潍坊市" and rows[14][0] == "烟台市"


def test_a_list_of_firms_with_their_place_and_product_and_the_year_a_note_gives_its_column() -> None:
    text = (
        "序号  企业名称  所在地  主导产品  市场占有率（%）\n"
        "1  青岛海力威密封科技有限公司  青岛市  工程机械用液压密封件  38.6\n"
        "2  潍坊华晟动力机械股份有限公司  潍坊市  非道路柴油机曲轴  42.3\n"
        "\n注：市场占有率为企业主导产品2024年国内市场占有率。\n"
    )
    found = figures(text, region="山东省", ref=date(2025, 12, 18), doc_type="other")
    rows = {f.value: (f.region, f.measure, f.period_start, f.period_end) for f in found}
    assert rows == {
        38.6: ("青岛市", "share_pct", date(2024, 1, 1), date(2024, 12, 31)),
        42.3: ("潍坊市", "share_pct", date(2024, 1, 1), date(2024, 12, 31)),
    }


def test_a_posts_lines_of_a_number_then_its_label_and_what_it_says_more_after_a_slash() -> None:
    text = normalize(
        "📊【经济总量】\n\n7935.6亿元　地区生产总值 / 增长6.1%\n14.2万元　人均地区生产总值\n"
        "8.9%　规上工业增加值增速 / 高于全省2.3个百分点\n"
    ).text
    found = figures(text, region="嘉兴市", ref=date(2026, 1, 26), doc_type="other", title="数说2025")
    rows = {(f.measure, f.value): f.indicator for f in found}
    assert rows[("amount", 7935.6)] == rows[("yoy_growth_pct", 6.1)] == "地区生产总值"
    assert rows[("amount", 14.2)] == "人均地区生产总值"
    assert rows[("yoy_growth_pct", 8.9)] == rows[("pp_diff", 2.3)] == "规模以上工业增加值"


def test_a_year_end_count_and_its_change_over_last_year_a_net_number_added_over_the_year() -> None:
    text = (
        "2024年末，全县规模以上工业企业达到782家，比上年净增56家；"
        "每万人口发明专利拥有量12.6件，比上年增加1.2件。"
    )
    found = figures(text, region="沭阳县", ref=date(2025, 4, 10), doc_type="statistical_communique")
    periods = {f.value: (f.period_start, f.period_end) for f in found}
    assert periods[56] == (date(2024, 1, 1), date(2024, 12, 31))
    assert periods[1.2] == (date(2024, 12, 31), date(2024, 12, 31))  # (a count per head: the date's)


def test_a_countys_zone_keeps_its_name_in_what_its_figures_count() -> None:
    text = "2024年，沭阳经济技术开发区实现规上工业产值612.4亿元，增长11.6%；沭阳高新区签约项目7个。"
    found = figures(text, region="沭阳县", ref=date(2025, 4, 10), doc_type="statistical_communique")
    names = {f.value: (f.region, f.indicator) for f in found}
    assert names[612.4] == ("沭阳县", "沭阳经济技术开发区规模以上工业产值")
    assert names[11.6] == names[612.4]
    assert names[7] == ("沭阳县", "沭阳高新技术产业开发区签约项目")


def test_a_ruled_list_of_signed_projects_dates_each_total_cost_on_its_signing_day() -> None:
    text = normalize(
        "二、签约项目一览\n\n序号｜项目名称｜产业领域｜总投资｜签约日期｜落户板块\n"
        "1｜高端医疗器械研发基地｜生物医药｜15亿元｜9月18日｜生物医药产业园\n"
        "2｜功率模块封测项目｜纳米技术应用｜12.5亿元｜9月19日｜纳米城\n"
        "合计｜｜｜27.5亿元｜｜\n"
    ).text
    found = figures(text, region="苏州工业园区", ref=date(2024, 9, 23), doc_type="other")
    rows = {f.value: (f.indicator, f.period_start, f.period_end) for f in found}
    assert rows == {
        15: ("高端医疗器械研发基地总投资", date(2024, 9, 18), date(2024, 9, 18)),
        12.5: ("功率模块封测项目总投资", date(2024, 9, 19), date(2024, 9, 19)),
    }  # (the total row's cells run together: no one's figure)


def test_since_this_year_up_to_a_day_said_just_before_ends_on_that_day() -> None:
    text = "截至9月22日，今年以来园区累计签约项目192个，协议总投资1036.4亿元。"
    found = figures(text, region="苏州工业园区", ref=date(2024, 9, 23), doc_type="other")
    assert {(f.period_start, f.period_end) for f in found} == {(date(2024, 1, 1), date(2024, 9, 22))}


def test_a_numbered_items_bar_parts_its_number_from_the_figures_name() -> None:
    text = normalize("01 ｜ 规上工业增加值增长6.1%\n\n02 ｜ 制造业投资增长9.8%\n").text
    found = figures(text, region="江西省", ref=date(2025, 12, 20), doc_type="other")
    assert {f.value: f.indicator for f in found} == {6.1: "规模以上工业增加值", 9.8: "制造业投资"}


def test_a_tables_caption_above_its_bracketed_note_gives_the_period() -> None:
    text = (
        "附表\n\n2025年上半年邳州市主要经济指标\n（位次为在徐州市7个县（市、区）中的排位）\n\n"
        "指标名称  单位  绝对值  增长（%）  位次\n地区生产总值  亿元  652.36  6.1  3\n"
    )
    found = figures(text, region="邳州市", ref=date(2025, 7, 28), doc_type="other")
    assert {(f.measure, f.period_start, f.period_end) for f in found} == {
        (measure, date(2025, 1, 1), date(2025, 6, 30)) for measure in ("amount", "yoy_growth_pct", "rank")
    }


def test_ten_days_of_a_month_and_the_months_up_to_them_and_the_stock_at_their_end() -> None:
    text = (
        "据协会旬报统计，2024年10月中旬，全省重点钢铁企业共生产粗钢586.2万吨。折合日产，粗钢58.62万吨。\n\n"
        "1—10月中旬，全省重点企业累计生产粗钢14963.8万吨，同比下降5.6%。\n\n"
        "10月中旬末，全省重点企业钢材库存量185.36万吨。"
    )
    found = figures(text, region="河北省", ref=date(2024, 10, 23), doc_type="other")
    periods = {f.value: (f.period_start, f.period_end) for f in found}
    assert periods[586.2] == periods[58.62] == (date(2024, 10, 11), date(2024, 10, 20))
    assert periods[14963.8] == periods[-5.6] == (date(2024, 1, 1), date(2024, 10, 20))
    assert periods[185.36] == (date(2024, 10, 20), date(2024, 10, 20))


def test_a_places_tables_bare_same_period_column_is_the_growth_of_the_column_before() -> None:
    text = (
        "表1 2024年10月分地区重点企业日产情况\n单位：万吨，%\n"
        "地区  粗钢日产  同比  生铁日产  同比\n唐山市  32.41  -5.2  29.36  -3.8\n"
    )
    found = figures(text, region="河北省", ref=date(2024, 11, 23), doc_type="other")
    rows = {f.value: (f.measure, f.indicator) for f in found}
    assert rows == {
        32.41: ("amount", "粗钢日产"),
        -5.2: ("yoy_growth_pct", "粗钢日产"),
        29.36: ("amount", "生铁日产"),
        -3.8: ("yoy_growth_pct", "生铁日产"),
    }


def test_an_interviews_subtitle_verb_is_no_part_of_its_speakers_county() -> None:
    text = (
        "以“链”强县　让工业挑起大梁\n——访清河县县长刘建峰\n\n"
        "记者：今年全县工业经济运行情况如何？\n\n刘建峰：1-10月，全县规上工业增加值同比增长9.2%。"
    )
    found = figures(text, region="清河县", ref=date(2025, 12, 16), doc_type="news")
    assert {f.region for f in found} == {"清河县"}


def test_a_speakers_turn_that_opens_on_next_years_goals_sets_them_for_what_follows() -> None:
    text = (
        "刘建峰：明年的主要目标是：规上工业增加值增长8.5%以上。同时，力争新增高新技术企业25家。"
        "放眼“十五五”，我们力争规上工业营业收入年均增长10%以上。"
    )
    found = figures(text, region="清河县", ref=date(2025, 12, 16), doc_type="news")
    periods = {f.value: (f.period_start, f.period_end) for f in found}
    assert periods[8.5] == periods[25] == (date(2026, 1, 1), date(2026, 12, 31))
    assert periods[10] == (date(2026, 1, 1), date(2030, 12, 31))


def test_a_rank_among_places_whose_kinds_are_bracketed_is_the_growths_rank() -> None:
    text = "1-10月，全县规上工业增加值同比增长9.2%，增速在邢台市各县（市、区）中排名第2位。"
    found = figures(text, region="清河县", ref=date(2025, 12, 16), doc_type="news")
    rank = next(f for f in found if f.measure == "rank")
    assert rank.indicator == "规模以上工业增加值"


def test_a_named_lists_fall_column_is_a_negative_growth_of_what_fell() -> None:
    text = (
        "附件：首批零碳工厂名单及2024年减排情况\n\n"
        "序号  企业名称  所在设区市  所属行业  2024年碳减排量（万吨CO₂e）  碳排放总量较上年下降（%）\n"
        "1  恒泰智能装备有限公司江宁工厂  南京市  通用设备制造业  1.84  42.7\n"
    )
    found = figures(text, region="江苏省", ref=date(2025, 7, 15), doc_type="other")
    rows = {f.measure: (f.region, f.value, f.indicator) for f in found}
    assert rows == {
        "amount": ("南京市", 1.84, "恒泰智能装备有限公司江宁工厂碳减排量"),
        "yoy_growth_pct": ("南京市", -42.7, "恒泰智能装备有限公司江宁工厂碳排放总量"),
    }


def test_a_kind_of_zone_named_by_what_it_strives_to_be_is_no_region() -> None:
    text = "2025—2027年，力争全省累计培育省级零碳工厂100家以上、零碳工业园区10个。"
    found = figures(text, region="江苏省", ref=date(2025, 7, 15), doc_type="other")
    assert {f.region for f in found} == {"江苏省"}


def test_a_clause_that_names_its_own_year_sums_no_more_what_an_earlier_clause_summed() -> None:
    text = "16家工厂累计建成屋顶分布式光伏装机容量386兆瓦，2024年自发自用绿电约3.9亿千瓦时。"
    found = figures(text, region="江苏省", ref=date(2025, 7, 15), doc_type="other")
    green = next(f for f in found if f.value == 3.9)
    assert (green.period_start, green.period_end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_goal_changed_from_one_value_to_another_gives_both_goals() -> None:
    text = "（二）2025年规模以上工业总产值目标由6000亿元调整为5000亿元；“小巨人”企业目标由80家上调至120家。"
    found = figures(text, region="株洲市", ref=date(2024, 4, 9), doc_type="other")
    rows = {f.value: (f.status, f.indicator) for f in found}
    assert rows == {
        6000: ("target", "规模以上工业总产值"),
        5000: ("target", "规模以上工业总产值"),
        80: ("target", "“小巨人”企业"),
        120: ("target", "“小巨人”企业"),
    }


def test_a_page_of_news_items_gives_each_items_figures_to_its_headlines_place() -> None:
    text = (
        "财经快讯｜工业经济\n\n陕西前10月规上工业增加值增长5.2%\n2025-11-24 09:47:12　来源：新华社\n\n"
        "新华社西安11月24日电　1至10月，全省规模以上工业增加值同比增长5.2%。（完）\n\n"
        "浙江1-10月新增规上工业企业2100余家\n2025-11-20 16:05:31　来源：新华社\n\n"
        "新华社杭州11月20日电　1至10月全省规上工业增加值同比增长6.9%。（完）\n"
    )
    found = figures(text, region="陕西省", ref=date(2025, 11, 24), doc_type="news")
    growths = {f.value: f.region for f in found if f.measure == "yoy_growth_pct"}
    assert growths == {5.2: "陕西省", 6.9: "浙江省"}


def test_a_table_a_row_a_year_with_an_intensity_column() -> None:
    text = (
        "表1 园区主要经济及能耗指标\n"
        "年份  工业总产值（亿元）  综合能源消费量（万吨标准煤）  单位工业增加值能耗（吨标准煤/万元）\n"
        "2019  726.4  112.6  0.711\n"
    )
    found = figures(text, region="铜陵市", ref=date(2024, 7, 16), doc_type="other")
    assert {f.value: (f.unit, f.period_start) for f in found} == {
        726.4: ("亿元", date(2019, 1, 1)),
        112.6: ("万吨标准煤", date(2019, 1, 1)),
        0.711: ("吨标准煤/万元", date(2019, 1, 1)),
    }


def test_a_level_from_a_base_year_to_a_later_one_and_the_growth_over_the_years() -> None:
    text = (
        "工业总产值由基准年2018年的612.5亿元增至2023年的1021.7亿元，累计增长66.8%；"
        "建设用地28.7平方公里，入驻规模以上工业企业186家，较2018年末净增53家。"
    )
    found = figures(text, region="铜陵市", ref=date(2024, 7, 16), doc_type="other")
    rows = {f.value: (f.indicator, f.period_start, f.period_end) for f in found}
    assert rows[612.5] == ("工业总产值", date(2018, 1, 1), date(2018, 12, 31))
    assert rows[66.8] == ("工业总产值", date(2019, 1, 1), date(2023, 12, 31))
    assert rows[53][0] == "净增入驻规模以上工业企业"


def test_a_headline_whose_number_has_a_thousands_separator_ends_at_its_line() -> None:
    text = "全市规上工业企业达8,126家\n\n2025-11-20  星期四  第A03版\n\n【本报讯】全市工业增长5%。"
    found = figures(text, region="嘉兴市", ref=date(2025, 11, 20), doc_type="news")
    firms = next(f for f in found if f.value == 8126)
    assert "星期" not in firms.quote and "版" not in firms.indicator


def test_a_clause_that_names_whose_and_why_gives_the_bare_attribute_after_it_its_subject() -> None:
    text = "2024年，集成电路领域产值同比增长23.6%，增速最快；现代纺织领域受外需偏弱影响，产值下降1.4%。"
    found = figures(text, region="绍兴市", ref=date(2025, 4, 16), doc_type="other")
    assert {f.value: f.indicator for f in found} == {23.6: "集成电路领域产值", -1.4: "现代纺织领域产值"}


def test_an_attribute_after_a_counted_things_share_is_still_theirs() -> None:
    text = "2023年，规模以上高技术制造业企业2356个，占规模以上工业企业的13.8%；实现营业收入9865.2亿元。"
    found = figures(text, region="江西省", ref=date(2025, 1, 21), doc_type="other")
    assert next(f for f in found if f.value == 9865.2).indicator == "规模以上高技术制造业企业营业收入"


def test_growths_over_the_years_since_a_census_base_go_on_through_the_sentence() -> None:
    text = (
        "2023年末，全省共有企业法人单位8.97万个，比2018年末（第四次全国经济普查，下同）增加2.35万个，"
        "增长35.5%。2023年，全省规模以上工业企业实现营业收入41562.8亿元，比2018年增长38.2%，年均增长6.7%。"
    )
    found = figures(text, region="江西省", ref=date(2025, 1, 21), doc_type="other")
    rows = {f.value: (f.indicator, f.period_start, f.period_end) for f in found}
    since = (date(2019, 1, 1), date(2023, 12, 31))
    assert rows[2.35] == ("净增企业法人单位", *since)
    assert rows[35.5] == ("企业法人单位", *since)
    assert rows[6.7][1:] == rows[38.2][1:] == since


def test_a_county_level_city_and_an_autonomous_county_are_their_figures_regions() -> None:
    text = (
        "2023年1-9月，海城市新设制造业市场主体1012户，占全市的32.4%；"
        "千山区、岫岩满族自治县新设制造业市场主体分别增长24.5%、21.3%。"
    )
    found = figures(text, region="鞍山市", ref=date(2023, 10, 18), doc_type="other")
    rows = {f.value: (f.region, f.indicator) for f in found}
    assert rows[1012] == ("海城市", "新设制造业市场主体")
    assert rows[24.5] == ("千山区", "新设制造业市场主体")
    assert rows[21.3] == ("岫岩满族自治县", "新设制造业市场主体")


def test_a_growth_column_after_a_part_column_is_the_wholes_growth() -> None:
    text = (
        "表1 2023年1-9月全市制造业新设市场主体分月情况\n"
        "月份  新设户数（户）  其中：企业（户）  同比增长（%）\n1月  241  88  -6.2\n"
    )
    found = figures(text, region="鞍山市", ref=date(2023, 10, 18), doc_type="other")
    rows = {f.value: f.indicator for f in found}
    assert rows[-6.2] == rows[241] == "新设户数"


TITLE_Q3 = "2025年第三季度报告"


def test_a_quarterly_reports_quarter_and_months_to_date_each_with_its_growth() -> None:
    text = (
        "宁波某某股份有限公司\n2025年第三季度报告\n\n（一）主要会计数据和财务指标\n单位：元 币种：人民币\n"
        "项目  本报告期  本报告期比上年同期增减变动幅度(%)  年初至报告期末"
        "  年初至报告期末比上年同期增减变动幅度(%)\n"
        "营业收入  486,372,915.42  18.62  1,352,807,644.19  15.37\n"
    )
    found = figures(
        normalize(text).text, region="宁波市", ref=date(2025, 10, 28), doc_type="other", title=TITLE_Q3
    )
    quarter, to_date = (date(2025, 7, 1), date(2025, 9, 30)), (date(2025, 1, 1), date(2025, 9, 30))
    rows = {(f.measure, f.value): (f.period_start, f.period_end) for f in found}
    assert rows == {
        ("amount", 486372915.42): quarter,
        ("yoy_growth_pct", 18.62): quarter,
        ("amount", 1352807644.19): to_date,
        ("yoy_growth_pct", 15.37): to_date,
    }


def test_a_yearbooks_table_of_years_and_the_last_years_growth_holds_outcomes() -> None:
    text = normalize(
        "湖南统计年鉴—2025\n\n十三、工业\n\n13-16主要工业产品产量\n\n"
        "产品名称        单位          2023      2024  2024年比上年增长(%)\n"
        "原煤          万吨         985.2     943.8      -4.2\n"
    ).text
    meta = describe_document(text, "x.txt")
    found = extract_figures(text, meta)
    rows = {(f.measure, f.value): (f.status, f.period_start) for f in found}
    assert rows == {
        ("amount", 985.2): ("actual", date(2023, 1, 1)),
        ("amount", 943.8): ("actual", date(2024, 1, 1)),
        ("yoy_growth_pct", -4.2): ("actual", date(2024, 1, 1)),
    }


def test_a_warning_tables_rate_rows_change_in_points_and_its_thresholds_left_unread() -> None:
    text = normalize(
        "表1全市工业经济主要指标预警信号（1—8月）\n\n"
        "序号｜指标名称｜单位｜1—8月｜同比±%｜较1—7月±百分点｜全省位次｜绿灯线｜红灯线｜信号\n"
        "2｜规上工业总产值｜亿元｜3826.4｜7.4｜0.2｜6｜7.0｜5.0｜●绿\n"
        "9｜产品销售率｜%｜96.8｜-0.7｜—｜—｜97.5｜96.0｜●黄\n"
    ).text
    found = figures(text, region="襄阳市", ref=date(2025, 9, 20), doc_type="other")
    rows = {(f.indicator, f.measure): f.value for f in found}
    assert rows == {
        ("规模以上工业总产值", "amount"): 3826.4,
        ("规模以上工业总产值", "yoy_growth_pct"): 7.4,
        ("规模以上工业总产值", "pp_change"): 0.2,
        ("规模以上工业总产值增速", "rank"): 6,
        ("产品销售率", "share_pct"): 96.8,
        ("产品销售率", "pp_change"): -0.7,
    }


def test_a_share_of_firms_whose_output_fell_is_a_share_not_a_fall() -> None:
    found = figures(
        "1—8月，产值下降的有41家，下降面34.2%。", region="襄阳市", ref=date(2025, 9, 20), doc_type="other"
    )
    share = next(f for f in found if f.value in (34.2, -34.2))
    assert (share.measure, share.value) == ("share_pct", 34.2)


def test_a_task_lists_goals_and_months_results_in_words_with_a_result_told_with_its_growth() -> None:
    text = normalize(
        "二、任务清单完成情况表\n\n序号\t任务指标\t2024年目标\t1-9月完成情况\t完成进度\t进度评价\t责任单位\n"
        "2\t规上工业营业收入\t5600亿元\t4218.6亿元，同比增长8.7%\t75.3%\t符合序时\t市经信局\n"
        "4\t工业技改投资\t320亿元\t236.4亿元\t73.9%\t基本符合\t市经信局\n"
    ).text
    found = figures(text, region="芜湖市", ref=date(2024, 10, 28), doc_type="other")
    year, months = (date(2024, 1, 1), date(2024, 12, 31)), (date(2024, 1, 1), date(2024, 9, 30))
    rows = {f.value: (f.measure, f.status, (f.period_start, f.period_end)) for f in found}
    assert rows[5600] == ("amount", "target", year)
    assert rows[4218.6] == ("amount", "actual", months)
    assert rows[8.7] == ("yoy_growth_pct", "actual", months)
    assert rows[73.9][:2] == ("share_pct", "actual")


def test_the_items_of_a_list_a_paragraph_announced_are_of_that_paragraphs_year() -> None:
    text = (
        "2025年省级财政安排制造业高质量发展专项资金48600万元，比上年增加3600万元。按支持方向分：\n\n"
        "（一）技术改造升级13200万元，占本批资金的43.1%。\n\n（二）专精特新中小企业培育8400万元。"
    )
    found = figures(text, region="江西省", ref=date(2025, 6, 18), doc_type="other")
    assert {(f.period_start, f.period_end) for f in found} == {(date(2025, 1, 1), date(2025, 12, 31))}


def test_what_scored_before_yi_and_its_score_and_rank() -> None:
    found = figures(
        "三季度，钱集镇工业集中区以88.72分居第1位。",
        region="沭阳县",
        ref=date(2024, 10, 18),
        doc_type="other",
    )
    assert {f.measure: f.indicator for f in found} == {"amount": "工业集中区", "rank": "工业集中区排名"}


def test_a_paragraph_the_texts_own_year_opened_is_of_that_year_in_an_evaluation_of_last_years_data() -> None:
    text = (
        "湖南省工业和信息化厅关于2024年省级企业技术中心评价结果的通报\n\n发布时间：2024-12-09\n\n"
        "本次评价以企业2023年度数据为基础，采取企业自评和专家评审相结合的方式进行。\n\n"
        "2024年，全省实际参评1038家。经综合评价，评价结果为优秀的226家，优秀率为21.8%。\n\n"
        "参评企业共实现营业收入1.86万亿元。"
    )
    meta = describe_document(normalize(text).text, "x.txt")
    found = {f.value: f.period_start for f in extract_figures(normalize(text).text, meta)}
    assert found[226] == found[21.8] == date(2024, 1, 1)
    assert found[1.86] == date(2023, 1, 1)  # (a paragraph of its own: the data's year)


def test_a_top_100_list_named_in_the_headlines_first_line_is_of_last_years_revenue() -> None:
    text = (
        "2025安徽工业企业百强榜单发布 入围门槛升至58.6亿元\n"
        "五大行业撑起“半壁江山” 合肥入围企业数居各市首位\n\n"
        "发布时间：2025-09-12 08:35　来源：安徽日报\n\n"
        "榜单显示，2025安徽工业企业百强共实现营业收入2.46万亿元，比上年百强增长6.8%。"
    )
    cleaned = normalize(text).text
    found = extract_figures(cleaned, describe_document(cleaned, "x.txt"))
    growth = next(f for f in found if f.value == 6.8)
    assert "营业收入" in growth.indicator and "百强增长" not in growth.indicator
    assert {f.period_start for f in found if f.value in (2.46, 6.8, 58.6)} == {date(2024, 1, 1)}
    ranked = next(f for f in found if f.measure == "rank")
    assert (ranked.region, ranked.indicator) == ("合肥市", "入围企业数")


def test_a_places_table_whose_header_says_each_columns_change_on_its_second_line() -> None:
    text = (
        "2024年江西省及各设区市单位地区生产总值能耗等指标公报\n\n发布时间：2025-07-30\n\n"
        "                                          单位：%\n"
        "  地  区        单位地区生产总值能耗         规模以上工业单位增加值能耗\n"
        "                上升或下降（±%）             上升或下降（±%）\n"
        "  全  省             -2.3                          -4.6\n"
        "  南昌市             -2.6                          -5.1\n"
    )
    cleaned = normalize(text).text
    found = extract_figures(cleaned, describe_document(cleaned, "x.txt"))
    assert {(f.region, f.indicator, f.measure, f.value) for f in found} >= {
        ("江西省", "单位地区生产总值能耗", "yoy_growth_pct", -2.3),
        ("南昌市", "规模以上工业单位增加值能耗", "yoy_growth_pct", -5.1),
    }


def test_the_progress_made_towards_a_goal_is_a_share_not_a_fall() -> None:
    text = "全省单位地区生产总值能耗累计下降9.6%，完成“十四五”下降目标进度的71.1%。"
    found = figures(text, region="江西省")
    assert [(f.measure, f.value) for f in found] == [("yoy_growth_pct", -9.6), ("share_pct", 71.1)]


def test_one_period_over_the_columns_the_line_below_names_under_a_widely_spaced_label() -> None:
    text = (
        "2025年三季度全国规模以上工业产能利用率\n\n时间：2025-10-20 10:00    来源：国家统计局\n\n"
        "行    业                                三季度\n"
        "产能利用率（%）   比上年同期增减（百分点）\n"
        "采矿业                              73.2             -0.9\n"
        "制造业                              75.1              0.7\n"
    )
    cleaned = normalize(text).text
    found = extract_figures(cleaned, describe_document(cleaned, "x.txt"))
    mining = {(f.measure, f.value) for f in found if f.indicator.startswith("采矿业")}
    assert mining == {("share_pct", 73.2), ("pp_change", -0.9)}
    assert {(f.period_start, f.period_end) for f in found} == {(date(2025, 7, 1), date(2025, 9, 30))}


def test_certified_firms_in_force_stand_at_the_end_of_the_months_a_sentence_adds_to() -> None:
    text = "上半年新增省级专精特新中小企业64家，高新技术企业有效数达到1236家。"
    found = {f.value: f for f in figures(text, region="北仑区", ref=date(2025, 7, 14))}
    assert found[64].period_type == "ytd"
    assert (found[1236].period_type, found[1236].period_end) == ("as_of", date(2025, 6, 30))


def test_a_quick_reports_lines_of_an_indicator_and_its_values_by_period() -> None:
    text = (
        "长兴县统计快报\n\n长兴县统计局编                                   2025年6月18日\n\n"
        "2025年1-5月长兴县主要经济指标快报\n\n【说明】本期快报发布全县主要经济指标。\n\n一、工业生产\n\n"
        "规上工业总产值（亿元）：当月 142.36（+6.8%）；累计 665.12（+7.5%）\n"
        "规上工业增加值增速（%）：当月 7.2；累计 8.1；全市 6.9；全市位次 2\n"
        "  其中：新能源产业产值（亿元）：累计 216.40（+15.3%）；占规上工业比重（%）：32.5\n"
        "规上工业企业数（家）：5月末 712；其中亏损企业 98\n\n二、工业效益（1-4月）\n\n"
        "规上工业营业收入（亿元）：累计 538.70（+6.1%）\n"
    )
    cleaned = normalize(text).text
    found = extract_figures(cleaned, describe_document(cleaned, "x.txt"))
    read = {(f.measure, f.value): (f.indicator, f.period_start, f.period_end) for f in found}
    may, to_may = (date(2025, 5, 1), date(2025, 5, 31)), (date(2025, 1, 1), date(2025, 5, 31))
    assert read[("amount", 142.36)] == ("规模以上工业总产值", *may)
    assert read[("yoy_growth_pct", 7.5)] == ("规模以上工业总产值", *to_may)
    assert read[("yoy_growth_pct", 8.1)] == ("规模以上工业增加值", *to_may)
    assert read[("rank", 2)][0].startswith("规模以上工业增加值")
    assert read[("share_pct", 32.5)][0].startswith("新能源产业产值占")
    assert read[("amount", 98)][1:] == (date(2025, 5, 31), date(2025, 5, 31))
    assert read[("amount", 538.7)][1:] == (date(2025, 1, 1), date(2025, 4, 30))
    assert 6.9 not in {f.value for f in found}  # (the city's, which the report does not name)
    assert all(not f.indicator[:1].isdigit() for f in found)


def test_a_plans_goals_and_their_execution_columns_with_a_bound_in_a_cell() -> None:
    text = (
        "长兴县人民政府\n\n发布时间：2026-02-14\n\n表1　2025年长兴县国民经济和社会发展主要指标执行情况\n\n"
        "指标名称\t年度目标\t执行情况\n规上工业总产值（亿元）\t2350\t2418.7\n城镇调查失业率（%）\t5以内\t4.1\n"
    )
    cleaned = normalize(text).text
    found = extract_figures(cleaned, describe_document(cleaned, "x.txt"))
    read = {(f.value, f.status, f.qualifier) for f in found}
    assert read >= {
        (2350, "target", "exact"),
        (2418.7, "actual", "exact"),
        (5, "target", "at_most"),
        (4.1, "actual", "exact"),
    }


def test_a_places_table_whose_unit_line_lists_a_count_and_a_money_unit() -> None:
    text = (
        "阜阳市经济和信息化局\n发布时间：2025-04-18\n\n全市新增规上工业企业297家。\n\n"
        "2024年度工业企业“小升规”奖励资金分配表\n\n单位：家、万元\n\n"
        "序号\t县（市、区）\t新增规上工业企业\t其中：“小升规”企业\t市级奖励资金\n"
        "1\t颍州区\t28\t25\t310\n2\t颍东区\t31\t27\t325\n"
    )
    cleaned = normalize(text).text
    found = extract_figures(cleaned, describe_document(cleaned, "x.txt"))
    read = {(f.region, f.value): (f.unit, f.indicator) for f in found if f.region == "颍州区"}
    assert read[("颍州区", 28)] == ("家", "规模以上工业企业")
    assert read[("颍州区", 25)][0] == "家" and "小升规" in read[("颍州区", 25)][1]
    assert read[("颍州区", 310)] == ("万元", "市级奖励资金")


def test_the_rank_of_the_number_added_is_of_the_year_it_was_added_in() -> None:
    text = "2024年，全市新增规模以上工业企业297家，增长17.4%，新增数量居全省第3位。其中，“小升规”企业257家。"
    found = {f.value: f for f in figures(text, region="阜阳市", ref=date(2025, 4, 18))}
    assert found[3].period_type == found[257].period_type == "full_year"


def test_a_taiwanese_papers_page_on_mainland_provinces() -> None:
    text = (
        "經濟日報　　　　中華民國114年7月17日　星期四　　　　　　　A7\n\n"
        "陸上半年工業成績單　大省冷熱不均\n魯年增８.４％領跑　粵落後全國２.１個百分點\n\n"
        "　大陸國家統計局日前公布，上半年規模以上工業增加值年增6.4%。1至5月規模以上工業企業利潤總額"
        "2.72兆元人民幣，年減1.1%，換算約合新台幣12兆元。江蘇、山東規上工業增加值分別年増7. 6%、8.4%；"
        "安徽年增8.1%，浙江、河南則分別年增7.2%、7.0%。\n"
    )
    cleaned = normalize(text).text
    meta = describe_document(cleaned, "x.txt")
    assert meta.reference_date == date(2025, 7, 17)
    found = extract_figures(cleaned, meta)
    read = {(f.region, f.value): f for f in found}
    assert read[("全国", 2.72)].value_base == 2.72e12
    assert read[("江苏省", 7.6)].indicator == "规模以上工业增加值"
    assert read[("河南省", 7.0)].indicator == "规模以上工业增加值"
    assert read[("山东省", 8.4)].period_start == date(2025, 1, 1)
    assert all(len(f.indicator) > 1 for f in found)
    assert 12 not in {f.value for f in found}  # (new Taiwan dollars: a conversion, no figure)


def test_the_national_kind_of_zone_is_no_zone_of_a_place_called_guojia() -> None:
    text = "全省共有131家开发区参加考核，其中国家级经济技术开发区27家、国家高新技术产业开发区18家。"
    found = figures(text, region="江苏省", ref=date(2025, 5, 16))
    assert {(f.region, f.indicator, f.value) for f in found if f.value == 18} == {
        ("江苏省", "国家高新技术产业开发区", 18)
    }


def test_a_bulletin_that_reports_as_of_a_day_dates_its_standing_figures_on_it() -> None:
    text = (
        "浦江县重大项目建设周调度通报\n\n浦江县重大项目建设攻坚指挥部办公室　　　　　　2025年4月28日\n\n"
        "现将截至4月25日全县重大项目推进情况通报如下。\n\n"
        "截至4月25日，全县纳入周调度的重大项目共186个，年度计划投资168.4亿元。其中，新建项目98个。\n\n"
        "（一）新建项目开工情况。全县新建项目已开工72个，开工率73.5%。本周新开工项目5个。\n\n"
        "（二）投资完成情况。今年以来，全县重大项目累计完成投资51.3亿元。"
    )
    cleaned = normalize(text).text
    found = {f.value: f for f in extract_figures(cleaned, describe_document(cleaned, "x.txt"))}
    day = (date(2025, 4, 25), date(2025, 4, 25))
    assert (found[168.4].status, found[168.4].period_start, found[168.4].period_end) == (
        "target",
        date(2025, 1, 1),
        date(2025, 12, 31),
    )
    assert (found[98].period_start, found[98].period_end) == day
    assert (
        (found[72].period_start, found[72].period_end)
        == (found[73.5].period_start, found[73.5].period_end)
        == day
    )
    assert (found[51.3].period_start, found[51.3].period_end) == (date(2025, 1, 1), date(2025, 4, 25))
    assert found[5].period_type == "unknown"  # (本周: the week's, whose days are not told)


def test_a_place_speaking_of_itself_is_no_subject_of_its_ranks() -> None:
    text = "2024年，全县民营经济增加值占GDP比重为68.5%，我县居全市第1位、全省第9位。"
    ranks = [f for f in figures(text, region="长兴县", ref=date(2025, 3, 20)) if f.measure == "rank"]
    assert {(f.indicator, f.value, f.benchmark) for f in ranks} == {
        ("民营经济增加值占GDP比重", 1, "全市"),
        ("民营经济增加值占GDP比重", 9, "全省"),
    }
    assert not [
        f for f in figures("我县位列第38位。", region="长兴县", ref=date(2025, 3, 20)) if f.measure == "rank"
    ]


def test_a_towns_table_of_the_years_goal_and_the_months_outcome() -> None:
    text = (
        "德清县经济和信息化局\n发布时间：2025-10-20\n\n"
        "附表  2025年1—9月各乡镇规模以上工业增加值目标任务完成情况表\n单位：亿元、%\n"
        "乡镇  全年目标  1—9月完成  完成率（%）  增长（%）  位次\n"
        "禹越镇  40.0  31.20  78.0  9.6  1\n"
        "钟管镇  25.0  17.50  70.0  -1.4  2\n"
    )
    cleaned = normalize(text).text
    found = extract_figures(cleaned, describe_document(cleaned, "x.txt"))
    read = {(f.measure, f.status, f.value): f for f in found if f.region == "禹越镇"}
    goal = read[("amount", "target", 40.0)]
    assert (goal.period_start, goal.period_end) == (date(2025, 1, 1), date(2025, 12, 31))
    assert goal.value_base == 4.0e9 and "工业增加值" in goal.indicator
    done = read[("amount", "actual", 31.2)]
    assert done.period_end == date(2025, 9, 30) and done.indicator == goal.indicator
    assert read[("share_pct", "actual", 78.0)].period_end == date(2025, 9, 30)
    assert read[("yoy_growth_pct", "actual", 9.6)].indicator == goal.indicator
    assert read[("rank", "actual", 1.0)].period_end == date(2025, 9, 30)
    assert {f.unit for f in found if f.measure == "rank"} <= {"位"}  # (a rank is no amount of 亿元)


def test_a_floor_set_for_this_years_quarter_still_ahead_is_a_target() -> None:
    text = "三季度，各乡镇新签约亿元以上项目不少于3个，到位资金不低于2亿元。"
    found = {f.value: f for f in figures(text, region="蒙城县", ref=date(2025, 5, 10))}
    assert {(f.status, f.period_start) for f in found.values()} == {("target", date(2025, 7, 1))}


def test_a_years_goal_told_in_brackets_before_the_share_of_it_done() -> None:
    text = "1—4月，全县到位资金36.8亿元，完成年度目标任务（120亿元）的30.7%。"
    found = {f.value: f for f in figures(text, region="蒙城县", ref=date(2025, 5, 10))}
    goal = found[120]
    assert (goal.status, goal.measure, goal.period_end) == ("target", "amount", date(2025, 12, 31))
    assert goal.indicator == found[36.8].indicator
    assert (found[30.7].measure, found[30.7].period_end) == ("share_pct", date(2025, 4, 30))


def test_the_goal_of_an_expected_outcome_told_in_brackets() -> None:
    text = "预计全年工业机器人产量达到2.4万套，完成年度目标（2万套）的120%。"
    found = {f.value: f for f in figures(text, region="安徽省", ref=date(2025, 12, 18))}
    assert (found[2].status, found[2].measure, found[2].value_base) == ("target", "amount", 2e4)


def test_bodies_ranked_under_a_spaced_out_unit_column_are_their_own_regions() -> None:
    text = (
        "蒙城县招商引资工作领导小组办公室\n发布时间：2025-05-10\n\n全县招商引资工作排名情况如下。\n\n"
        "名次 | 单 位 | 签约项目(个) | 到位资金(亿元) | 得 分\n"
        "1 | 小涧镇 | 6 | 3.15 | 94.5\n"
        "2 | 蒙城县经济开发区 | 9 | 12.40 | 91.0\n"
        "3 | 立仓镇 | 2 | 0.86 | 70.2\n"
    )
    cleaned = normalize(text).text
    found = extract_figures(cleaned, describe_document(cleaned, "x.txt"))
    read = {(f.region, f.value): f for f in found}
    assert read[("小涧镇", 3.15)].value_base == 3.15e8
    assert read[("蒙城县经济开发区", 9)].unit == "个"
    assert read[("立仓镇", 70.2)].unit == "分"
    assert not [f for f in found if f.region == "蒙城县" and f.value in (6, 9, 2, 3.15, 12.4, 0.86)]


def test_a_town_whose_name_holds_a_countys_word_is_named_whole() -> None:
    text = "分乡镇看，旧县镇、新市镇规上工业产值分别增长12.5%、9.8%。"
    found = {f.value: f.region for f in figures(text, region="太和县", ref=date(2025, 5, 10))}
    assert found == {12.5: "旧县镇", 9.8: "新市镇"}


def test_rural_elites_are_no_town() -> None:
    text = "双涧镇发挥乡贤优势，组建乡贤招商小分队赴长三角地区开展招商，成功引进总投资8亿元的电机项目。"
    found = figures(text, region="蒙城县", ref=date(2025, 5, 10))
    assert found and all(f.region != "组建乡" for f in found)


def test_one_projects_whole_cost_and_its_output_once_running_are_of_no_one_year() -> None:
    text = (
        "项目总投资约9.6亿元，其中设备投资约5.1亿元。项目达产后预计可实现年营业收入约14亿元，年利税约1.8亿元。"
        "1—2月，全市新开工项目42个，项目总投资186亿元。"
    )
    found = {f.value: f for f in figures(text, region="嘉兴市", ref=date(2025, 3, 18))}
    assert all(found[v].period_type == "unknown" for v in (9.6, 5.1, 14, 1.8))
    assert found[186].period_end == date(2025, 2, 28)  # (the months' new projects, summed)


def test_a_dashboards_lines_of_labels_and_values() -> None:
    text = (
        "芜湖市统计局\n\n芜湖市经济数据看板\n统计期：2025年1-8月（累计）\n数据更新：2025-09-26 10:00\n\n"
        "▌工业\n规上工业增加值：↑9.4%\n较上月：↓0.2pp　｜　高于全省：2.1pp　｜　全省排名：第3\n"
        "工业投资：↑12.2%　｜　占固定资产投资比重：41.5%\n"
    )
    cleaned = normalize(text).text
    meta = describe_document(cleaned, "x.txt")
    assert meta.reference_date == date(2025, 9, 26)
    found = {f.value: f for f in extract_figures(cleaned, meta)}
    assert (found[9.4].period_start, found[9.4].period_end) == (date(2025, 1, 1), date(2025, 8, 31))
    assert (found[-0.2].measure, found[-0.2].indicator) == ("pp_change", found[9.4].indicator)
    assert (found[2.1].measure, found[2.1].benchmark) == ("pp_diff", "安徽省")
    assert (found[3].measure, found[3].region, found[3].benchmark) == ("rank", "芜湖市", "安徽省")
    assert "｜" not in found[41.5].indicator and "工业投资" in found[41.5].indicator


def test_a_rank_said_after_the_whole_it_is_in_is_the_places_own() -> None:
    found = figures("全市规上工业增加值增长8.7%，全省排名第2。", region="芜湖市", ref=date(2025, 9, 26))
    rank = next(f for f in found if f.measure == "rank")
    assert (rank.region, rank.benchmark) == ("芜湖市", "安徽省")


def test_an_airport_zones_report_of_its_years_outcomes_and_ranks() -> None:
    text = (
        "长沙临空经济示范区管委会2025年工作总结\n\n发布时间：2026-01-20　来源：长沙临空经济示范区管委会\n\n"
        "全年主要经济指标完成情况如下：\n\n"
        "| 指标 | 单位 | 2025年完成 | 增速(%) | 增速在全市开发区位次 |\n|---|---|---|---|---|\n"
        "| 地区生产总值 | 亿元 | 286.4 | 7.2 | 4 |\n| 规上工业增加值 | — | — | 10.6 | 2 |\n"
    )
    cleaned = normalize(text).text
    meta = describe_document(cleaned, "x.txt")
    assert meta.region == "长沙临空经济示范区"
    found = {(f.measure, f.value): f for f in extract_figures(cleaned, meta)}
    assert found[("amount", 286.4)].period_end == date(2025, 12, 31)
    assert found[("yoy_growth_pct", 10.6)].indicator == "规模以上工业增加值"
    rank = found[("rank", 2)]
    assert rank.region == "长沙临空经济示范区" and rank.benchmark != rank.region


def test_places_indicators_each_over_its_own_level_growth_and_rank_columns() -> None:
    text = (
        "金华市统计局\n发布时间：2025-07-28\n\n各县（市、区）主要经济指标\n（2025年1—6月）\n\n"
        "                                        单位：亿元，%\n"
        "  地  区        地区生产总值              规模以上工业增加值      固定资产投资\n"
        "              绝对额     增速    位次       增速      位次        增速     位次\n"
        "  全  市     3012.60      6.1     —          8.8       —           3.2      —\n"
        "  婺城区      402.35      5.7     3          7.9       4          -2.5      5\n"
        "  兰溪市      281.14      6.4     1         10.2       1           6.8      1\n"
    )
    cleaned = normalize(text).text
    found = extract_figures(cleaned, describe_document(cleaned, "x.txt"))
    read = {(f.region, f.measure, f.value): f for f in found}
    assert read[("婺城区", "amount", 402.35)].indicator == "地区生产总值"
    assert read[("婺城区", "yoy_growth_pct", 7.9)].indicator == "规模以上工业增加值"
    assert read[("婺城区", "yoy_growth_pct", -2.5)].indicator == "固定资产投资"
    assert read[("兰溪市", "rank", 1)].period_end == date(2025, 6, 30)
    assert read[("金华市", "amount", 3012.6)].value_base == 3.0126e11


def test_a_growth_reckoned_at_current_prices_is_of_what_was_told() -> None:
    text = "全年全市数字经济核心产业增加值达到862.4亿元，按现价计算同比增长9.6%。"
    found = {f.value: f for f in figures(text, region="无锡市", ref=date(2025, 3, 31))}
    assert found[9.6].indicator == found[862.4].indicator == "数字经济核心产业增加值"


def test_cases_headed_by_their_place_in_brackets_are_that_places() -> None:
    text = (
        "浙江省经济和信息化厅\n发布时间：2025-11-18\n\n附件\n\n"
        "一、宁波恒远模具有限公司：模具车间数字化改造（宁波市）\n\n"
        "【企业概况】宁波恒远模具有限公司2024年实现营业收入12.6亿元。\n"
        "【转型成效】生产效率提升31%，运营成本降低12.4%。\n\n"
        "二、温州瓯江电器有限公司：低压电器智能工厂（温州市）\n\n"
        "【企业概况】温州瓯江电器有限公司2024年实现营业收入8.3亿元。\n"
    )
    cleaned = normalize(text).text
    found = {f.value: f.region for f in extract_figures(cleaned, describe_document(cleaned, "x.txt"))}
    assert (found[12.6], found[31], found[-12.4], found[8.3]) == ("宁波市", "宁波市", "宁波市", "温州市")


def test_a_towns_red_header_summary_and_its_next_years_main_points() -> None:
    text = (
        "塘下镇人民政府文件\n\n塘政〔2025〕5号\n\n塘下镇2024年工业经济工作总结及2025年工作要点\n\n"
        "各村（社区）、镇属各单位：\n\n一、2024年工作完成情况\n\n"
        "◆全镇规上工业产值完成412.6亿元，同比增长7.4%。\n\n三、2025年工作要点\n\n"
        "（一）稳增长\n◆新增规上企业25家以上。\n◆完成工业投资36亿元。\n\n"
        "塘下镇人民政府\n2025年1月10日\n"
    )
    cleaned = normalize(text).text
    meta = describe_document(cleaned, "x.txt")
    assert meta.title == "塘下镇2024年工业经济工作总结及2025年工作要点"
    assert meta.region == "塘下镇"
    found = {f.value: f for f in extract_figures(cleaned, meta)}
    assert (found[412.6].status, found[412.6].period_end) == ("actual", date(2024, 12, 31))
    assert (found[36].status, found[36].period_end) == ("target", date(2025, 12, 31))
    assert found[25].status == "target"


def test_a_town_whose_name_ends_on_the_word_for_a_city() -> None:
    text = (
        "柳市镇人民政府文件\n\n柳政〔2025〕3号\n\n关于全镇工业经济运行情况的通报\n\n"
        "全镇规上工业产值增长8.7%。\n"
    )
    assert describe_document(normalize(text).text, "x.txt").region == "柳市镇"


def test_a_projects_table_filled_in_by_an_office_with_the_months_investment_done() -> None:
    text = (
        "附表：2025年市级重点项目建设进展情况表（1—6月）\n\n"
        "填报单位：区发展改革局　　　　　　　　单位：万元\n\n"
        "序号 | 项目名称 | 建设内容 | 总投资 | 年度计划投资 | 1—6月完成 | 完成率（%）\n"
        "---|---|---|---|---|---|---\n"
        "1 | 高端轴承智能制造项目 | 建设轴承生产线及配套设施，达产后年产轴承500万套"
        " | 86000 | 30000 | 16200 | 54.0\n"
    )
    found = {f.value: f for f in figures(text, region="新昌县", ref=date(2025, 7, 15))}
    assert (found[30000].status, found[30000].value_base) == ("target", 3.0e8)
    done = found[16200]
    assert (done.status, done.period_end, done.value_base) == ("actual", date(2025, 6, 30), 1.62e8)
    assert "投资" in done.indicator and "高端轴承" in done.indicator
    assert (found[54].measure, found[54].period_end) == ("share_pct", date(2025, 6, 30))


def test_a_monthly_tables_header_that_goes_on_below_its_names() -> None:
    text = (
        "表1    池州市主要经济指标（2025年9月）\n\n"
        "指标名称            单位      本月   本月比上年   1-9月累计   累计比上年   累计增速\n"
        "                                     同月±%                   同期±%       全省位次\n"
        "规模以上工业增加值   %         —      7.1          —           8.3          4\n"
        "工业用电量           亿千瓦时  6.12   4.8          55.30       5.7          6\n"
    )
    found = {(f.measure, f.value): f for f in figures(text, region="池州市", ref=date(2025, 10, 20))}
    assert found[("yoy_growth_pct", 7.1)].period_start == date(2025, 9, 1)
    assert found[("yoy_growth_pct", 8.3)].period_start == date(2025, 1, 1)
    assert found[("rank", 4)].indicator == "规模以上工业增加值增速"
    assert found[("amount", 55.3)].value_base == 5.53e9


def test_origins_table_under_a_unit_line_of_a_count_money_and_percent() -> None:
    text = (
        "表1　1-8月外资主要来源地情况\n（单位：家、万美元、%）\n"
        "| 国别（地区）  | 新设企业 | 合同外资   | 实际到位   | 实际到位同比 |\n"
        "| 新加坡     |   18   |  31,547  |  19,862  |   24.7   |\n"
        "| 日本      |   21   |  22,904  |  12,038  |    3.1   |\n"
    )
    found = {f.value: f for f in figures(text, region="浦东新区", ref=date(2025, 9, 20))}
    assert (found[18].unit, found[31547].unit, found[19862].unit) == ("家", "万美元", "万美元")
    assert (found[24.7].measure, found[24.7].indicator) == ("yoy_growth_pct", found[19862].indicator)
    assert found[19862].value_base == 1.9862e8 and found[3.1].measure == "yoy_growth_pct"


def test_a_talk_shows_guest_introduced_after_its_headlines_dash_names_no_place_with_the_verb() -> None:
    text = (
        "【文字实录】《县长面对面》：一根竹子撑起产业——对话德清县县长王强\n\n"
        "发布时间：2025-03-07 09:15　　来源：德清县融媒体中心\n\n"
        "主持人：去年全县工业成绩怎么样？\n\n王强：到去年年底，全县规上工业企业达到735家，一年净增了62家。\n"
    )
    cleaned = normalize(text).text
    found = extract_figures(cleaned, describe_document(cleaned, "x.txt"))
    assert {f.region for f in found} == {"德清县"}


def test_ranked_cities_output_is_of_what_the_caption_names() -> None:
    text = (
        "表：2025年上半年江苏省主要城市新能源汽车产量\n\n"
        "排名 | 城市 | 产量（万辆） | 同比增长（%） | 占全省比重（%）\n"
        "1 | 常州 | 52.5 | 18.4 | 41.1\n2 | 盐城 | 21.8 | 9.6 | 17.1\n"
    )
    found = {f.value: f for f in figures(text, region="江苏省", ref=date(2025, 7, 20))}
    assert (found[52.5].region, found[52.5].indicator) == ("常州市", "新能源汽车产量")
    assert found[21.8].value_base == 2.18e5


def test_kinds_of_projects_counted_and_costed_under_one_unit_line() -> None:
    text = (
        "2025年湖北省重点建设项目分类汇总表\n单位：个、亿元\n"
        "类别              项目数      总投资      年度计划投资\n"
        "先进制造业              642       10820          3140\n"
        "基础设施                418       9870           2510\n"
    )
    found = {f.value: f for f in figures(text, region="湖北省", ref=date(2025, 3, 10))}
    assert (found[642].unit, found[10820].unit, found[3140].unit) == ("个", "亿元", "亿元")
    assert found[3140].status == "target" and "先进制造业" in found[3140].indicator


def test_a_sum_over_the_places_just_listed_is_the_wholes_not_the_first_places() -> None:
    text = "从地区看，合肥市52家、芜湖市33家、滁州市21家，三市合计106家，占比38.4%。"
    found = {f.value: f.region for f in figures(text, region="安徽省", ref=date(2025, 12, 18))}
    assert (found[106], found[38.4]) == ("安徽省", "安徽省")


def test_kinds_growths_and_their_change_under_a_percent_unit_line() -> None:
    text = (
        "表1  2024年1—10月分行业工业投资情况\n单位：%\n"
        "行业\t1—10月增速\t比1—9月增减（百分点）\t占工业投资比重\n"
        "一、采矿业\t12.4\t2.1\t8.7\n其中：煤炭开采和洗选业\t21.7\t-3.4\t5.2\n"
    )
    found = {f.value: f for f in figures(normalize(text).text, region="甘肃省", ref=date(2024, 11, 20))}
    assert (found[12.4].measure, found[2.1].measure, found[8.7].measure) == (
        "yoy_growth_pct",
        "pp_change",
        "share_pct",
    )
    assert "煤炭开采" in found[21.7].indicator and found[-3.4].measure == "pp_change"
    assert found[21.7].period_end == date(2024, 10, 31)


def test_a_listings_term_of_validity_dates_no_figure_and_makes_none_a_goal() -> None:
    text = (
        "经复核，845家企业通过复核，有效期延长至2028年8月31日；其余36家企业未通过复核。"
        "截至2025年底，全县有效期内高新技术企业由2022年底的438家增加到712家。"
    )
    found = {f.value: f for f in figures(text, region="江西省", ref=date(2025, 8, 26))}
    assert found[36].status == "actual" and found[36].period_end != date(2028, 8, 31)
    assert found[438].period_end == date(2022, 12, 31)


def test_the_town_a_paragraph_just_named_is_the_one_said_by_its_level_alone() -> None:
    text = (
        "本周乡镇组比拼中，漕河镇以96.8分位列第一。漕河镇已连续三周位列乡镇组第一。"
        "今年该镇实施重点项目32个，累计完成投资38.6亿元。\n\n今年该镇新开工项目5个。"
    )
    found = {f.value: f.region for f in figures(text, region="蕲春县", ref=date(2025, 9, 23))}
    assert (found[32], found[38.6]) == ("漕河镇", "漕河镇")
    assert found[5] == "蕲春县"  # (a new paragraph has named no town yet)


def test_a_bullet_point_ends_the_sentence_of_the_one_above() -> None:
    text = (
        "● 力争上半年GDP增速达到6.3%以上，全年新增入规工业企业60家以上；二季度新开工亿元以上项目50个\n"
        "● 抓好“四上”企业培育，应统尽统"
    )
    found = {f.value: f for f in figures(text, region="浏阳市", ref=date(2024, 4, 19))}
    assert "培育" not in found[50].indicator and "抓好" not in found[50].quote


def test_a_goal_done_before_a_list_of_places_all_at_one_rate_is_no_goal_and_the_zone_is_one_of_them() -> None:
    text = (
        "从完成进度看，巴河镇提前完成全年签约目标任务，"
        "浠水经济开发区、散花镇、清泉镇签约目标完成率均达到90%。"
    )
    found = [f for f in figures(text, region="浠水县", ref=date(2025, 10, 15)) if f.value == 90]
    assert {f.region for f in found} == {"浠水经济开发区", "散花镇", "清泉镇"}
    assert {f.status for f in found} == {"actual"}


def test_a_pages_number_alone_between_a_tables_header_and_rows_ends_no_table() -> None:
    text = (
        "附件：2024年度许昌市工业企业纳税50强名单\n\n"
        "序号  企业名称  所在地  纳税总额（万元）  同比增长（%）\n11\n"
        "1  河南许都烟草工业有限公司  魏都区  412680  5.2\n"
        "2  禹州市豫能煤电有限责任公司  禹州市  61230  -6.4\n"
    )
    found = {f.value: f for f in figures(normalize(text).text, region="许昌市", ref=date(2025, 3, 14))}
    assert found[412680].region == "魏都区" and found[-6.4].measure == "yoy_growth_pct"
    assert 11 not in found


def test_a_rows_number_takes_no_unit_from_the_next_cell_across_a_column_gap() -> None:
    text = (
        "单位：万元\n序号  县市区  项目单位  项目名称  改造类型  审定设备投资  补助资金\n"
        "1  双清区  湖南宝庆精工机械有限公司  数控机床零部件生产线智能化改造项目  智能化改造  1286  102.88\n"
    )
    found = figures(normalize(text).text, region="邵阳市", ref=date(2025, 7, 16))
    assert not any(f.unit == "双" for f in found)


def test_a_price_releases_table_of_changes_each_column_in_percent() -> None:
    text = (
        "2025年11月份工业生产者价格主要数据\n\n"
        "项目名称 环比涨跌幅（%） 同比涨跌幅（%） 1—11月同比涨跌幅（%）\n"
        "一、工业生产者出厂价格 0.1 -2.0 -2.6\n生产资料 0.3 -2.3 -3.0\n"
    )
    found = {f.value: f for f in figures(normalize(text).text, region="全国", ref=date(2025, 12, 10))}
    assert found[-2.3].measure == "yoy_growth_pct" and "生产资料" in found[-2.3].indicator
    assert found[-3.0].period_start == date(2025, 1, 1) and found[-3.0].period_end == date(2025, 11, 30)
    assert 0.3 not in found  # (month on month: no measure holds it)


def test_a_sum_restated_in_another_currency_and_a_posts_likes_are_no_figures() -> None:
    text = "赞112分享\n\n2024年绍兴集成电路产业实现营收1,126.8亿元人民币（约新台币5,070亿元），年增18.6%。"
    found = {f.value: f for f in figures(text, region="绍兴市", ref=date(2025, 4, 16))}
    assert 5070 not in found and 112 not in found
    assert "新台币" not in found[18.6].indicator


def test_a_steelmakers_intensities_keep_their_whole_units() -> None:
    text = (
        "2024年，吨钢综合能耗降至549.2千克标准煤/吨，吨钢耗新水1.58立方米/吨，"
        "吨钢碳排放强度1.80吨二氧化碳/吨钢。"
    )
    found = {f.value: f for f in figures(text, region="黄石市", ref=date(2025, 5, 20))}
    assert (found[549.2].unit, found[1.58].unit, found[1.8].unit) == (
        "千克标准煤/吨",
        "立方米/吨",
        "吨二氧化碳/吨钢",
    )
