"""Rules found on documents the extractor had not seen before they were scored.

Each test is a made-up sentence in the shape of one such document; each failed
before the rule it covers was written.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from pipelines.stages.describe import describe_document
from pipelines.stages.extract import extract_figures
from pipelines.stages.models import Figure
from pipelines.stages.normalize import normalize
from pipelines.stages.zones import zone_in_full
from tests.test_extract import figures, meta, one


def described_figures(text: str, name: str) -> dict[float, Figure]:
    """A whole document's figures by value, read as the pipeline reads it: cleaned, described
    (its own date, region and title), then extracted."""
    cleaned = normalize(text).text
    return {f.value: f for f in extract_figures(cleaned, describe_document(cleaned, name))}


def test_a_heading_that_names_next_years_work_ideas_opens_the_plan() -> None:
    # 二、2026年工作思路: its goals, said under sub-headings, are next year's targets
    text = (
        "一、2025年工作总结\n\n（一）企业培育。全年新增规上工业企业215家。\n\n"
        "二、2026年工作思路\n\n（一）狠抓项目建设。全年谋划实施亿元以上工业项目600个以上。"
    )
    found = {f.value: f for f in figures(text, region="洛阳市", ref=date(2026, 1, 9))}
    assert (found[215].status, found[215].period_start) == ("actual", date(2025, 1, 1))
    assert (found[600].status, found[600].period_start) == ("target", date(2026, 1, 1))


def test_progress_in_line_with_expectations_is_no_estimate() -> None:
    # 符合预期 says how the plan is going, not that the number is expected
    found = figures(
        "评估显示，主要指标中进度符合预期的8项，进度滞后的4项。", region="云南省", ref=date(2024, 5, 20)
    )
    assert found and all(f.status == "actual" for f in found)


def test_an_estimate_of_months_not_yet_over_is_this_years() -> None:
    # in July, 预计前三季度 looks ahead; 前三季度 reported as done in July would be last year's
    found = figures("预计前三季度全县规上工业增加值增长8.5%—9%。", region="仁寿县", ref=date(2025, 7, 23))
    assert [(f.status, f.period_start, f.period_end) for f in found] == [
        ("estimate", date(2025, 1, 1), date(2025, 9, 30))
    ]


def test_regions_under_a_count_of_regions_report_the_growth_it_counted() -> None:
    # the sentence before counts cities by a growth; 其中 names them with their growth, and two
    # cities before 分别 with no noun after them are no indicator
    text = (
        "1—10月，全省11个设区市中有9个市规上工业增加值增速高于全国平均水平。"
        "其中，赣州市增长9.6%，居全省第1位；九江市、上饶市分别增长8.0%、8.5%；萍乡市下降0.8%。"
    )
    found = [
        f for f in figures(text, region="江西省", ref=date(2025, 11, 19)) if f.measure == "yoy_growth_pct"
    ]
    assert [(f.region, f.value) for f in found] == [
        ("赣州市", 9.6),
        ("九江市", 8.0),
        ("上饶市", 8.5),
        ("萍乡市", -0.8),
    ]
    assert {f.indicator for f in found} == {"规模以上工业增加值"}


def test_a_stocks_net_increase_since_a_year_end_is_the_number_added_since() -> None:
    text = (
        "截至9月底，我国5G基站总数达470.5万个，比上年末净增45.4万个。"
        "截至2023年底，全国规上工业企业达到51.2万家，较2020年末的43.2万家净增8万家。"
        "全年粮食产量比上年增加8.9亿斤。"
    )
    found = {f.value: f for f in figures(text, region="全国", ref=date(2025, 10, 21))}
    added = found[45.4]
    assert (added.indicator, added.period_start, added.period_end) == (
        "净增5G基站",
        date(2025, 1, 1),
        date(2025, 9, 30),
    )
    since_2020 = found[8]
    assert (since_2020.period_start, since_2020.period_end) == (date(2021, 1, 1), date(2023, 12, 31))
    assert found[43.2].period_end == date(2020, 12, 31)
    assert 8.9 not in found  # a flow's change has no measure


def test_last_years_whole_year_as_a_comparison_base_is_not_the_figures_period() -> None:
    text = "前三季度，我国规模以上工业增加值同比增长6.2%，比上年全年加快0.4个百分点。"
    found = figures(text, region="全国", ref=date(2025, 10, 21))
    assert {(f.period_start, f.period_end) for f in found} == {(date(2025, 1, 1), date(2025, 9, 30))}


def test_places_listed_after_a_respective_verb_go_to_the_figures_listed_before() -> None:
    text = (
        "1—11月，偃师区、孟津区规上工业增加值分别增长11.6%、10.3%，分列全市第1、2位；"
        "洛龙区工业投资增长25.8%。"
    )
    found = figures(text, region="洛阳市", ref=date(2026, 1, 9))
    ranks = [(f.region, f.value, f.benchmark, f.indicator) for f in found if f.measure == "rank"]
    assert ranks == [
        ("偃师区", 1, "洛阳市", "规模以上工业增加值"),
        ("孟津区", 2, "洛阳市", "规模以上工业增加值"),
    ]
    assert not [f for f in found if f.measure == "amount"]  # 第1、2位 holds no count of 2
    investment = next(f for f in found if f.value == 25.8)
    assert (investment.region, investment.indicator) == ("洛龙区", "工业投资")  # a district's 工业…


def test_the_second_of_two_ranks_said_of_both_figures_is_kept() -> None:
    text = "港口吞吐量增长5%，集装箱吞吐量增长6%，均居全国第3位、中部第1位。"
    ranks = [
        (f.indicator, f.value)
        for f in figures(text, region="宁波市", ref=date(2025, 1, 9))
        if f.measure == "rank"
    ]
    assert sorted(ranks) == [("港口吞吐量", 1), ("港口吞吐量", 3), ("集装箱吞吐量", 1), ("集装箱吞吐量", 3)]


def test_a_county_half_year_report_names_its_figures_as_annotators_do() -> None:
    text = (
        "7月22日，县政府召开上半年工业经济运行分析会，县级有关领导及23个县级部门、13个乡镇（街道）负责人参加会议。"
        "上半年，全县规上工业总产值达到412.6亿元，同比增长10.3%，完成全年目标的48.5%；"
        "规上工业增加值同比增长8.7%，居全市第2位，总量继续稳居全市首位。"
        "新开工亿元以上工业项目26个。全县新增规上工业企业19家，同比多增6家。"
    )
    found = figures(text, region="仁寿县", ref=date(2025, 7, 23))
    by_value = {f.value: f for f in found}
    assert 23 not in by_value and 13 not in by_value  # who attended the meeting
    assert 6 not in by_value  # 多增: a change of last year's count, for which no measure exists
    assert (by_value[48.5].measure, by_value[48.5].indicator) == ("share_pct", "规模以上工业总产值目标完成率")
    assert by_value[26].indicator == "新开工亿元以上工业项目"  # new starts are not all projects
    first = next(f for f in found if f.measure == "rank" and f.value == 1)
    assert first.indicator == "规模以上工业增加值"  # the size of what was named last


def test_a_plan_evaluation_dates_the_plans_goals_at_its_horizon_and_measures_the_gaps() -> None:
    title = "《黑龙江省“十四五”工业发展规划》中期评估报告"
    text = (
        "（一）经济增长。2021—2023年，全省规模以上工业增加值年均增长6.2%，"
        "高于《规划》确定的年均增长5.5%的目标0.7个百分点。"
        "全部工业增加值由2020年的3000.5亿元增至2023年的3600.2亿元，"
        "工业增加值占地区生产总值比重由21.9%提高到23.1%，提高1.2个百分点，距2025年26%的目标仍有差距。"
        "工业投资年均增长11.4%；技改投资占工业投资的比重为27.6%，低于《规划》目标（35%）7.4个百分点。\n"
        "（二）绿色发展。2021—2023年，全省规上工业单位增加值能耗累计下降10.3%；"
        "工业固体废物综合利用率达到58.6%。截至2023年底，全省累计建成5G基站8.6万个，提前完成《规划》确定的7万个目标。"
    )
    found = figures(text, region="黑龙江省", ref=date(2024, 5, 20), doc_type="evaluation_report", title=title)
    rows = {(f.measure, f.value): f for f in found}

    def span(measure: str, value: float) -> tuple[object, ...]:
        f = rows[(measure, value)]
        return (f.status, f.period_start, f.period_end)

    plan, years, y2023, y2025 = (
        (date(2021, 1, 1), date(2025, 12, 31)),
        (date(2021, 1, 1), date(2023, 12, 31)),
        (date(2023, 1, 1), date(2023, 12, 31)),
        (date(2025, 1, 1), date(2025, 12, 31)),
    )
    assert span("avg_growth_pct", 5.5) == ("target", *plan)  # the plan's yearly average
    assert span("pp_diff", 0.7) == ("actual", *years)
    assert rows[("pp_diff", 0.7)].benchmark == rows[("pp_diff", -7.4)].benchmark == "规划目标"
    assert span("share_pct", 21.9) == (
        "actual",
        date(2020, 1, 1),
        date(2020, 12, 31),
    )  # the years said before
    assert span("share_pct", 23.1) == ("actual", *y2023)
    assert span("pp_change", 1.2) == ("actual", *years)
    assert span("share_pct", 26) == ("target", *y2025)
    assert span("avg_growth_pct", 11.4) == ("actual", *years)  # the paragraph's years
    assert span("share_pct", 35) == ("target", *y2025)
    assert rows[("share_pct", 35)].indicator == "技改投资占工业投资的比重"
    assert span("pp_diff", -7.4) == ("actual", *y2023)
    assert span("share_pct", 58.6) == ("actual", *y2023)  # a rate reached at the span's end
    assert span("amount", 7) == ("target", *y2025)


def test_an_evaluation_in_spring_tells_last_years_figures_and_its_plans_expectation_is_no_estimate() -> None:
    text = (
        "截至2023年底，累计培育国家级专精特新“小巨人”企业87家。"
        "高技术制造业增加值占规上工业增加值比重达到9.8%。"
        "电子信息制造业营业收入同比增长4.3%，增速低于《规划》预期年均增速约4个百分点。"
    )
    found = {
        f.value: f
        for f in figures(text, region="云南省", ref=date(2024, 5, 20), doc_type="evaluation_report")
    }
    assert (found[9.8].period_start, found[9.8].period_end) == (date(2023, 1, 1), date(2023, 12, 31))
    assert (found[-4].status, found[-4].benchmark) == ("actual", "规划目标")


def test_completion_rates_of_a_plans_goals_and_the_goals_named_with_them() -> None:
    text = (
        "截至2023年底，全省规上工业企业达到5126家，较2020年末的4318家净增808家，《规划》6000家目标完成率达85.4%。"
        "数字经济核心产业增加值由2020年的812.3亿元增至2023年的1236.5亿元，年均增长15.0%，"
        "完成2025年目标（2000亿元）的61.8%。"
        "全省规上工业单位增加值能耗累计下降11.3%，完成“十四五”下降14%目标的八成。"
        "力争到2025年全省规上工业企业突破6000家。"
    )
    found = figures(text, region="云南省", ref=date(2024, 5, 20), doc_type="evaluation_report")
    rates = {f.value: (f.indicator, f.period_end) for f in found if "completion_rate" in f.rules}
    assert rates[85.4] == ("规模以上工业企业目标完成率", date(2023, 12, 31))  # of the stock, not of the 808
    assert rates[61.8] == ("数字经济核心产业增加值目标完成率", date(2023, 12, 31))  # of the level reached
    assert rates[8] == ("规模以上工业单位增加值能耗目标完成率", date(2023, 12, 31))  # 八成
    goals = {(f.indicator, f.value, f.status) for f in found if f.status == "target"}
    assert ("规模以上工业企业", 6000, "target") in goals  # 力争到2025年: 到 is no part of the name
    assert ("数字经济核心产业增加值", 2000, "target") in goals


def test_the_plans_years_said_with_its_goal_do_not_date_the_next_part_of_the_sentence() -> None:
    text = (
        "2021—2023年，全省规上工业单位增加值能耗累计下降11.3%，完成“十四五”下降14%目标的八成；"
        "工业固体废物综合利用率达到55.6%。"
    )
    found = {
        f.value: f
        for f in figures(text, region="云南省", ref=date(2024, 5, 20), doc_type="evaluation_report")
    }
    assert (found[-14].status, found[-14].period_start, found[-14].period_end) == (
        "target",
        date(2021, 1, 1),
        date(2025, 12, 31),
    )
    assert (found[55.6].period_start, found[55.6].period_end) == (date(2023, 1, 1), date(2023, 12, 31))


def test_a_plan_reviews_its_base_year_and_aims_at_a_place_among_the_first() -> None:
    text = (
        "2024年，全区规上工业企业数字化转型覆盖率为46.3%，累计培育国家级智能制造示范工厂4家。"
        "到2027年，累计带动制造业技术改造投资超过1200亿元；两化融合发展水平进入全国前15位。"
        "软件业务收入居前5名的城市共完成软件业务收入7932亿元。"
    )
    title = "广西制造业数字化转型行动方案（2025—2027年）"
    found = {
        f.value: f
        for f in figures(
            text, region="广西壮族自治区", ref=date(2025, 4, 18), doc_type="work_plan", title=title
        )
    }
    assert (found[4].status, found[4].period_end) == ("actual", date(2024, 12, 31))  # a stock of a year over
    invested = found[1200]  # a flow summed over the plan's years, not a stock at their end
    assert (invested.status, invested.period_start, invested.period_end) == (
        "target",
        date(2025, 1, 1),
        date(2027, 12, 31),
    )
    top = found[15]
    assert (top.measure, top.qualifier, top.benchmark) == ("rank", "at_most", "全国")
    assert 5 not in found  # 居前5名的…: a group named by its rank


def test_hong_kong_and_taiwan_wording_of_growth_and_decline() -> None:
    text = (
        "上半年东莞地区生产总值为5,610.5亿元人民币，年增5.6%，增速比广东全省高出1.7个百分点。"
        "其中先进制造业、高技术制造业增加值分别成长10.5%、12.3%。"
        "东莞手机产量8,120万支，年减3.4%；新建商品住宅成交面积年减约两成。"
    )
    found = {(f.measure, f.value): f for f in figures(text, region="东莞市", ref=date(2024, 7, 30))}
    assert found[("yoy_growth_pct", 5.6)].indicator == "地区生产总值"
    assert found[("pp_diff", 1.7)].benchmark == "广东省"
    assert found[("yoy_growth_pct", 12.3)].indicator == "高技术制造业增加值"
    assert ("yoy_growth_pct", -3.4) in found
    assert found[("yoy_growth_pct", -2)].unit == "成"  # 两成


def test_a_countys_growth_told_with_its_cause_and_ranked_among_the_citys_counties() -> None:
    text = (
        "1-10月，全市规上工业增加值增长7.8%，在全省18个省辖市（示范区）中居第4位。"
        "巩义市规上工业增加值增长9.6%；中牟县受汽车产业拉动增长21.4%，增速居全市各县（市、区）首位。"
        "截至10月末智能工厂累计达到226个；全市工业用电量同比增长9.2%。"
    )
    found = {(f.measure, f.value): f for f in figures(text, region="郑州市", ref=date(2024, 11, 20))}
    assert found[("rank", 4)].benchmark == "河南省"
    county = found[("yoy_growth_pct", 21.4)]
    assert (county.region, county.indicator) == ("中牟县", "规模以上工业增加值")
    first = found[("rank", 1)]
    assert (first.region, first.benchmark) == ("中牟县", "郑州市")
    electricity = found[("yoy_growth_pct", 9.2)]  # a flow's growth up to that month's end
    assert (electricity.period_start, electricity.period_end) == (date(2024, 1, 1), date(2024, 10, 31))


def test_a_monthly_statistical_release_reads_its_month_its_products_and_its_nominal_growth() -> None:
    text = (
        "2025年10月份，规模以上工业增加值同比实际增长4.9%。从环比看，10月份，规模以上工业增加值比上月增长0.17%。"
        "1—10月份，规模以上工业增加值同比增长6.1%。\n"
        "分产品看，10月份，622种产品中有288种产品产量同比增长。钢材11860万吨，同比下降3.4%；"
        "发电量7482亿千瓦时，增长7.3%。\n"
        "10月份，规模以上工业企业实现出口交货值13586亿元，同比名义下降1.6%。"
    )
    found = figures(text, region="全国", ref=date(2025, 11, 14))
    by_value = {f.value: f for f in found}
    assert 0.17 not in by_value  # month on month: no measure for it
    assert by_value[4.9].indicator == "规模以上工业增加值"
    october = (date(2025, 10, 1), date(2025, 10, 31))
    steel, growth = by_value[11860], by_value[-3.4]
    assert (steel.indicator, steel.period_start, steel.period_end) == ("钢材产量", *october)
    assert (growth.indicator, growth.period_start, growth.period_end) == ("钢材产量", *october)
    assert by_value[7482].indicator == "发电量"
    assert "产量产量" not in by_value[288].indicator
    assert by_value[-1.6].indicator == "规模以上工业企业出口交货值"


def test_undated_outcomes_of_a_list_published_late_in_the_year_its_title_names() -> None:
    text = "经综合评定，全省新认定专精特新中小企业1126家，较上年增长14.8%。制造业企业占比达到92.7%。"
    title = "我省公布2025年度专精特新中小企业、省级绿色工厂和智能工厂名单"
    found = figures(text, region="山西省", ref=date(2025, 11, 26), title=title)
    assert {(f.period_start, f.period_end) for f in found} == {(date(2025, 1, 1), date(2025, 12, 31))}
    assert len(found) == 3


def test_a_lists_headline_and_its_breakdown_by_city() -> None:
    text = (
        "一、专精特新中小企业：新认定1126家，累计突破4800家\n\n"
        "今年的认定工作严格按照程序进行。经综合评定，全省新认定专精特新中小企业1126家。"
        "从地区分布看，太原市新认定298家，占全省新认定总数的26.5%，居全省首位。"
    )
    title = "我省公布2025年度专精特新中小企业名单"
    found = figures(text, region="山西省", ref=date(2025, 11, 26), title=title)
    headline = [f for f in found if f.quote.startswith("新认定1126家")]
    assert headline and all(f.indicator == "专精特新中小企业" for f in headline)
    assert all("认定工作" not in f.indicator for f in found)  # the headline ends at its line
    taiyuan = [(f.measure, f.value) for f in found if f.region == "太原市"]
    assert taiyuan == [("amount", 298), ("share_pct", 26.5), ("rank", 1)]
    assert next(f for f in found if f.value == 298).indicator == "专精特新中小企业"


def test_a_place_breakdown_of_another_measure_keeps_its_own_period() -> None:
    text = (
        "2021—2023年，全省数字经济核心产业增加值年均增长11.6%。"
        "分地区看，福州市、厦门市数字经济规模分别超过7000亿元和5000亿元。"
    )
    found = {
        f.value: f
        for f in figures(text, region="福建省", ref=date(2024, 4, 26), doc_type="evaluation_report")
    }
    assert found[7000].period_start != date(2021, 1, 1)


def test_a_news_article_on_a_provinces_new_energy_vehicles() -> None:
    text = (
        "1—10月，全省新能源汽车产量187.5万辆，同比增长62.8%，产量继续居全国第1位。"
        "1—10月，全国新能源汽车产量1301.5万辆，同比增长33.1%。也就是说，全国每生产7辆新能源汽车，就有1辆来自安徽。"
        "2024年，安徽新能源汽车产量168.2万辆，首次跃居全国第1位。业内人士预计，今年全年安徽新能源汽车产量将突破220万辆。\n"
        "芜湖市、滁州市新能源汽车产量分别为38.4万辆和9.7万辆。"
        "目前，全省新能源汽车零部件本地配套率达到52%左右。\n"
        "到2027年，其中新能源汽车产量达到300万—350万辆。"
    )
    found = figures(text, region="安徽省", ref=date(2025, 11, 20))
    by_value = {f.value: f for f in found}
    assert 7 not in by_value and 1.0 not in {f.value for f in found if f.measure == "amount"}
    assert by_value[1301.5].region == "全国"
    ranks = [(f.indicator, f.period_end) for f in found if f.measure == "rank"]
    assert ranks == [("新能源汽车产量", date(2025, 10, 31)), ("新能源汽车产量", date(2024, 12, 31))]
    assert by_value[220].status == "estimate"
    # an estimate of this year opens no plan: what follows is reported, not aimed at
    assert by_value[38.4].status == by_value[52].status == "actual"
    goal = by_value[300]
    assert (goal.value_max, goal.value_base, goal.value_base_max) == (350, 3_000_000, 3_500_000)


def test_taiwan_wording_of_estimates_goals_towns_and_the_mainland() -> None:
    text = (
        "今年1至6月，东莞规上工业增加值年增6.2%，成长幅度比广东全省高出2.1个百分点。"
        "分镇街看，长安镇、塘厦镇规上工业增加值分别年增11.3%、9.6%。"
        "上半年全大陆规上工业增加值年增6.4%。她预估东莞全年规上工业增加值成长约5.8%。"
        "下半年将力拼全年新增规上工业企业1,000家以上。"
    )
    found = {f.value: f for f in figures(text, region="东莞市", ref=date(2025, 7, 26))}
    assert (found[2.1].indicator, found[2.1].benchmark) == ("规模以上工业增加值", "广东省")
    assert (found[11.3].region, found[9.6].region) == ("长安镇", "塘厦镇")
    assert (found[6.4].region, found[6.4].indicator) == ("全国", "规模以上工业增加值")
    assert (found[5.8].status, found[5.8].indicator) == ("estimate", "规模以上工业增加值")
    assert found[1000].status == "target"


def test_a_work_reports_share_from_last_year_and_a_sum_over_five_years() -> None:
    text = (
        "2025年，全省新能源汽车产量38.2万辆，占汽车产量的比重由上年的7.6%提高到16.7%。"
        "五年来，全省规上工业增加值年均增长5.1%，五年累计生产汽车1080万辆以上。"
    )
    found = {f.value: f for f in figures(text, region="吉林省", ref=date(2026, 1, 27))}
    assert (found[7.6].period_start, found[16.7].period_start) == (date(2024, 1, 1), date(2025, 1, 1))
    summed = found[1080]  # produced over the five years, not a stock at their end
    assert (summed.period_start, summed.period_end) == (date(2021, 1, 1), date(2025, 12, 31))


def test_a_project_named_by_its_capacity_is_no_figure() -> None:
    text = "吉化120万吨乙烯转型升级项目全面建成投产，全年完成工业投资1200亿元。"
    assert [f.value for f in figures(text, region="吉林省", ref=date(2026, 1, 27))] == [1200]


def test_a_places_count_in_a_section_counts_what_the_sections_headline_names() -> None:
    text = (
        "一、专精特新中小企业：新认定1126家\n\n今年的认定工作严格按照程序进行。经综合评定，全省新认定专精特新中小企业1126家。\n\n"
        "从地区分布看，太原市新认定298家，居全省首位。其余各市新认定数量为：晋中市152家、长治市131家。\n\n"
        "二、绿色工厂：新认定省级绿色工厂156家"
    )
    found = figures(
        text, region="山西省", ref=date(2025, 11, 26), title="我省公布2025年度专精特新中小企业名单"
    )
    cities = {
        f.region: (f.indicator, f.value) for f in found if f.measure == "amount" and f.region != "山西省"
    }
    assert cities == {
        "太原市": ("专精特新中小企业", 298),
        "晋中市": ("专精特新中小企业", 152),
        "长治市": ("专精特新中小企业", 131),
    }


def test_a_city_cluster_is_a_region_and_each_gap_goes_to_its_provinces_figure() -> None:
    text = (
        "成渝地区双城经济圈实现地区生产总值8.7万亿元，占全国的6.5%。"
        "2025年上半年，四川、重庆规模以上工业增加值分别同比增长6.8%和7.4%，分别高于全国0.4个和1.0个百分点。"
    )
    found = {f.value: f for f in figures(text, region="重庆市", ref=date(2025, 9, 17))}
    assert found[8.7].region == found[6.5].region == "成渝地区双城经济圈"
    assert (found[6.8].region, found[7.4].region) == ("四川省", "重庆市")
    assert (found[0.4].region, found[1.0].region) == ("四川省", "重庆市")
    assert found[6.8].indicator == found[0.4].indicator == "规模以上工业增加值"


def test_a_conference_reviews_the_months_and_the_plan_years_and_opens_next_years_plan() -> None:
    text = (
        "工业运行稳中向好。1—11月，全省规模以上工业增加值同比增长7.4%；41个工业大类行业中有33个实现增长。"
        "全省工业投资增长12.6%，高于全部投资8.9个百分点。全年新增国家级绿色工厂47家。\n"
        "会议回顾，“十四五”以来，全省工业经济迈上新台阶。五年间，全省规上工业增加值年均增长6.9%。\n"
        "会议强调，2026年是“十五五”开局之年。\n"
        "一是全力稳住工业增长。滚动实施亿元以上技改项目1000个以上，新增规上工业企业1500家以上。"
    )
    found = {f.value: f for f in figures(text, region="湖南省", ref=date(2026, 1, 13))}
    assert 41 not in found  # the population the 33 are counted in
    months = (date(2025, 1, 1), date(2025, 11, 30))
    assert (found[12.6].period_start, found[12.6].period_end) == months  # a growth of the months
    assert (found[47].period_start, found[47].period_end) == (date(2025, 1, 1), date(2025, 12, 31))
    assert (found[6.9].period_start, found[6.9].period_end) == (date(2021, 1, 1), date(2025, 12, 31))
    assert (found[1000].status, found[1000].period_start) == ("target", date(2026, 1, 1))


def test_attributes_listed_after_a_subject_share_it_and_signed_projects_keep_their_verb() -> None:
    text = "2025年，新能源汽车产量、销量分别达到1620.8万辆和1611.3万辆。全年签约亿元以上项目42个。"
    found = {f.value: f.indicator for f in figures(text, region="全国", ref=date(2026, 1, 21))}
    assert (found[1620.8], found[1611.3]) == ("新能源汽车产量", "新能源汽车销量")
    assert found[42] == "签约亿元以上项目"  # signed projects, as annotators name them, not all projects


def test_a_three_year_plans_evaluation_with_its_table_and_its_goals_said_as_goals() -> None:
    title = "南通市《制造业高质量发展三年行动计划（2023—2025年）》实施情况评估报告"
    text = (
        "2023年3月，市政府印发《行动计划》（通政发〔2023〕11号），提出到2025年全市规模以上工业总产值达到15000亿元。"
        "12项主要指标中，超额完成9项、完成2项、未完成1项。2025年，全市工业经济稳中有进，当年新增国家级绿色工厂17家。\n"
        "表1 主要指标完成情况\n"
        "指标名称  单位  2022年基数  2025年目标  2025年完成  完成情况\n"
        "规上工业增加值年均增速  %  —  7.5  8.1  超额完成\n"
        "规上工业单位增加值能耗累计下降  %  —  13.5  14.2  超额完成\n"
    )
    found = figures(text, region="南通市", ref=date(2026, 2, 6), doc_type="evaluation_report", title=title)
    rows = {(f.measure, f.value): (f.status, f.period_start, f.period_end) for f in found}
    span = (date(2023, 1, 1), date(2025, 12, 31))
    assert rows[("amount", 15000)] == ("target", date(2025, 1, 1), date(2025, 12, 31))  # 提出…: a goal
    assert not any(value in (9, 2, 1) for _, value in rows)  # counts of indicators by how far they got
    assert rows[("amount", 17)] == ("actual", date(2025, 1, 1), date(2025, 12, 31))  # 当年: the year told
    assert rows[("avg_growth_pct", 7.5)] == ("target", *span)
    assert rows[("avg_growth_pct", 8.1)] == ("actual", *span)
    assert rows[("yoy_growth_pct", -14.2)] == ("actual", *span)  # 累计下降 14.2: a fall


def test_a_provinces_new_energy_vehicles_named_by_its_short_name() -> None:
    text = "去年重庆新能源汽车产量达到95.4万辆，增长1.4倍；四川新能源汽车产量增长近五成。"
    found = {f.value: (f.region, f.indicator) for f in figures(text, region="重庆市", ref=date(2025, 9, 17))}
    assert found[5] == ("四川省", "新能源汽车产量")


def test_a_features_anecdotes_opinions_and_hypotheticals_are_no_figures_and_open_no_plan() -> None:
    text = (
        "今年52岁的车间主任陈建国说：“以前一条线要40多个工人，现在6个人盯着屏幕就够了。”"
        "“我们这行，哪怕良品率提高1个百分点，一年就能多赚上千万元。”这一国家战略已走过5个多年头。\n"
        "西南财经大学一位教授认为，下一步要在“一链一策”上下功夫。目前重庆整车企业的本地配套率在七成左右。"
        "成渝地区双城经济圈产业协作有三个关键词。"
    )
    found = figures(text, region="重庆市", ref=date(2025, 9, 17), doc_type="news_article")
    assert not [f for f in found if f.value in (1, 5, 3)]  # a condition, a span of years, a count of words
    assert all(f.status == "actual" for f in found)  # neither 今年52岁 nor an expert's 下一步要 is a plan
    share = next(f for f in found if f.measure == "share_pct")
    assert (share.value, share.period_end) == (7, date(2025, 9, 17))  # 目前: the state now


def test_hong_kong_wording_of_the_first_months_a_years_change_and_the_greater_bay_area() -> None:
    text = (
        "据统计，大湾区去年规模以上工业增加值约4.1万亿元人民币，按年增长5.3%。"
        "东莞今年首8个月规上工业增加值按年增长6.3%，纺织服装、家具等传统行业增加值按年下跌5.4%。"
    )
    found = {
        f.value: f for f in figures(text, region="深圳市", ref=date(2025, 10, 9), doc_type="news_article")
    }
    assert (found[5.3].region, found[5.3].indicator) == ("粤港澳大湾区", "规模以上工业增加值")
    first_eight = found[6.3]
    assert (first_eight.region, first_eight.status, first_eight.indicator) == (
        "东莞市",
        "actual",
        "规模以上工业增加值",
    )
    assert (first_eight.period_start, first_eight.period_end) == (date(2025, 1, 1), date(2025, 8, 31))
    assert found[-5.4].measure == "yoy_growth_pct"


def test_a_plan_reports_chapter_year_and_its_targets_against_what_was_done() -> None:
    text = (
        "一、2025年工业领域计划执行情况\n\n"
        "规模以上工业增加值预期目标为增长6%左右，实际完成增长5.4%，低于预期目标0.6个百分点。\n\n"
        "二、2026年工业领域主要预期目标和重点任务\n\n"
        "主要预期目标是：规模以上工业增加值增长5.5%左右。"
    )
    found = figures(text, region="陕西省", ref=date(2026, 1, 21))
    rows = {(f.measure, f.value): (f.status, f.period_start) for f in found}
    assert rows[("yoy_growth_pct", 6)] == ("target", date(2025, 1, 1))
    assert rows[("yoy_growth_pct", 5.4)] == ("actual", date(2025, 1, 1))
    assert rows[("yoy_growth_pct", 5.5)] == ("target", date(2026, 1, 1))


def test_a_quarter_broken_out_of_the_year_to_date_does_not_become_the_reporting_period() -> None:
    # 分季度看…三季度…: the sentences after it, with no period of their own, are still 前三季度
    text = (
        "前三季度，全省规模以上工业增加值同比增长7.3%，增速比上半年加快0.2个百分点。"
        "分季度看，一季度增长6.9%，二季度增长7.2%，三季度增长7.7%。三季度增速比二季度加快0.5个百分点。\n"
        "分三大门类看，采矿业增加值增长4.2%，制造业增长7.8%。"
    )
    found = {f.value: f for f in figures(text, region="湖南省", ref=date(2025, 10, 24))}
    assert (found[7.7].period_type, found[7.7].period_start) == ("quarter", date(2025, 7, 1))
    for value in (4.2, 7.8):
        assert (found[value].period_type, found[value].period_start, found[value].period_end) == (
            "ytd",
            date(2025, 1, 1),
            date(2025, 9, 30),
        )


def test_a_section_heading_that_names_a_province_gives_its_paragraphs_their_region() -> None:
    # a national paper's round-up: each province's 全省 and unnamed figures are its own
    text = (
        "上半年，全国规模以上工业增加值同比增长6.2%。\n"
        "广东：总量领先　结构向新\n"
        "广东上半年规上工业增加值同比增长4.3%。全省先进制造业增加值占规上工业比重达到56.1%，"
        "电子信息制造业增加值增长6.7%。\n"
        "浙江：数实融合　动能澎湃\n"
        "浙江上半年规上工业增加值同比增长6.8%。全省已累计培育国家级专精特新“小巨人”企业1876家。\n"
        "川渝：西部高地　多点支撑\n"
        "装备制造业增加值增长10.1%。"
    )
    found = {f.value: f for f in figures(text, region="全国", ref=date(2025, 7, 26), doc_type="news_article")}
    assert found[6.2].region == "全国"
    assert [found[v].region for v in (4.3, 56.1, 6.7)] == ["广东省"] * 3
    assert [found[v].region for v in (6.8, 1876)] == ["浙江省"] * 2
    assert found[10.1].region == "全国"  # a heading that names no region ends the section


def test_a_bracketed_label_with_office_and_name_makes_the_district_head_speak_for_the_district() -> None:
    text = (
        "【主持人 沈立群】\n\n谢谢周局长。下面请顾晓东区长介绍有关情况。\n\n"
        "【武进区区长 顾晓东】\n\n各位记者朋友，大家好！\n\n"
        "新能源产业是我们的“头号产业”。全年全区新能源产业产值达到2315亿元，增长18.6%。\n\n"
        "【主持人 沈立群】\n\n谢谢顾区长。全市规上工业增加值增长7.6%。"
    )
    found = {
        f.value: f for f in figures(text, region="常州市", ref=date(2026, 1, 22), doc_type="press_conference")
    }
    assert found[2315].region == "武进区"
    assert found[18.6].region == "武进区"
    assert found[7.6].region == "常州市"  # the host speaks for no district


def test_a_trend_told_by_periods_alone_is_the_growth_of_the_sentence_before() -> None:
    text = (
        "全年全市规上工业增加值同比增长7.6%。从走势看，一季度、上半年、前三季度分别增长6.8%、7.1%和7.3%，"
        "四季度当季增长8.2%。"
    )
    found = {f.value: f for f in figures(text, region="常州市", ref=date(2026, 1, 22))}
    assert {found[v].indicator for v in (6.8, 7.1, 7.3, 8.2)} == {"规模以上工业增加值"}
    assert [found[v].period_end for v in (6.8, 7.1, 7.3, 8.2)] == [
        date(2025, 3, 31),
        date(2025, 6, 30),
        date(2025, 9, 30),
        date(2025, 12, 31),
    ]
    assert found[8.2].period_type == "quarter"


def test_targets_said_as_done_are_no_goal_cue() -> None:
    # 较好完成了年度目标任务 sums the year up: the work plan's review paragraph stays outcomes
    text = (
        "2025年，全省工业和信息化系统坚决贯彻省委、省政府决策部署，较好完成了年度目标任务。"
        "全年规模以上工业增加值增长7.1%；工业投资增长11.6%。\n"
        "2026年主要预期目标是：规模以上工业增加值增长6%左右。"
    )
    found = {f.value: f for f in figures(text, region="河北省", ref=date(2026, 2, 13), doc_type="work_plan")}
    assert [(found[v].status, found[v].period_start) for v in (7.1, 11.6)] == [
        ("actual", date(2025, 1, 1))
    ] * 2
    assert (found[6].status, found[6].period_start) == ("target", date(2026, 1, 1))


def test_a_five_year_review_sums_what_was_done_and_dates_what_stands_at_its_end() -> None:
    text = (
        "五年来，综合实力实现历史性跃升。新能源电池产业产值五年增长1.8倍，"
        "累计新增国家级专精特新“小巨人”企业18家，累计建成国家级绿色工厂11家。"
        "累计完成工业投资1186亿元。单位地区生产总值能耗累计下降16.5%。"
    )
    found = {
        f.value: f
        for f in figures(text, region="长兴县", ref=date(2026, 1, 15), doc_type="government_work_report")
    }
    five_years = ("multi_year", date(2021, 1, 1), date(2025, 12, 31))
    for value in (18, 1186, -16.5):
        assert (found[value].period_type, found[value].period_start, found[value].period_end) == five_years
    assert (found[11].period_type, found[11].period_end) == ("as_of", date(2025, 12, 31))


def test_places_broken_out_of_a_growth_said_without_a_number_take_that_growth() -> None:
    text = (
        "1—10月，全市所辖县（市）规模以上工业增加值均实现正增长。其中，长丰县增长21.3%，增速居全市第1位；"
        "肥西县、肥东县分别增长15.6%、11.4%。"
    )
    found = {
        f.value: f for f in figures(text, region="合肥市", ref=date(2025, 11, 21)) if f.measure != "rank"
    }
    assert {(found[v].indicator, found[v].region) for v in (21.3, 15.6, 11.4)} == {
        ("规模以上工业增加值", "长丰县"),
        ("规模以上工业增加值", "肥西县"),
        ("规模以上工业增加值", "肥东县"),
    }


def test_a_section_headed_by_a_short_name_prose_does_not_use_is_still_that_citys() -> None:
    # 宁德 alone is also a company's name in prose (宁德时代); as a heading it is the city
    text = (
        "全国人大代表结合本地实践。\n\n宁德：锂电新能源产业“一枝独秀”向“集群成势”转变\n\n"
        "“去年，锂电新能源产业实现产值超过3800亿元，增长12.6%。”全市锂电新能源产业链上下游企业达到120多家。"
    )
    found = figures(text, region="全国", ref=date(2025, 3, 7), doc_type="news_article")
    assert found and {f.region for f in found} == {"宁德市"}


def test_a_communique_out_in_april_reports_on_the_year_its_title_names() -> None:
    text = (
        "初步核算，全年实现地区生产总值5320.4亿元，比上年增长5.6%。年末全市规模以上工业企业2716家。"
        "分经济类型看，外商及港澳台投资企业产值6012.4亿元。"
    )
    found = {
        f.value: f
        for f in figures(
            text,
            region="昆山市",
            ref=date(2025, 4, 3),
            doc_type="statistical_communique",
            title="2024年昆山市国民经济和社会发展统计公报",
        )
    }
    assert (found[5320.4].period_start, found[5320.4].status) == (date(2024, 1, 1), "estimate")
    assert found[5.6].period_end == date(2024, 12, 31)
    assert (found[2716].period_type, found[2716].period_end) == ("as_of", date(2024, 12, 31))
    assert (found[6012.4].period_type, found[6012.4].period_start) == ("full_year", date(2024, 1, 1))


def test_the_years_of_a_plan_an_evaluation_quotes_are_no_year_reported_on() -> None:
    text = "累计培育国家级绿色工厂31家。"
    for title in ("《工业强市三年行动计划（2023—2024年）》执行情况评估报告", "023—2024年)》执行情况评估报告"):
        [found] = figures(
            text, region="济南市", ref=date(2025, 8, 29), doc_type="evaluation_report", title=title
        )
        assert (found.period_type, found.period_end) == ("as_of", date(2025, 8, 29))


def test_a_december_summarys_section_on_next_year_is_a_plan_for_next_year() -> None:
    text = (
        "一、2025年工作总结\n\n1—11月，全区规上工业增加值同比增长6.3%。\n\n"
        "三、2026年工作思路\n\n2026年是“十五五”开局之年。主要预期目标是：规上工业增加值增长6%左右。\n\n"
        "（一）聚力稳增长。聚焦300家重点企业开展服务，确保一季度规上工业增加值增长6%以上。\n\n"
        "（二）聚力扩投资。实施亿元以上工业项目100个以上，全年完成工业投资650亿元左右。"
    )
    found = {f.value: f for f in figures(text, region="滨海新区", ref=date(2025, 12, 29), doc_type="other")}
    assert (found[6.3].status, found[6.3].period_end) == ("actual", date(2025, 11, 30))
    for value in (300, 100, 650):
        assert (found[value].status, found[value].period_start) == ("target", date(2026, 1, 1))
    q1 = [
        f
        for f in figures(text, region="滨海新区", ref=date(2025, 12, 29))
        if f.value == 6 and f.period_type == "ytd"
    ]
    assert [(f.status, f.period_end) for f in q1] == [("target", date(2026, 3, 31))]


def test_a_table_ruled_with_bars_is_read_cell_by_cell() -> None:
    text = (
        "表1　制造业数字化转型主要指标\n\n"
        "序号 | 指标名称 | 单位 | 2024年基数 | 2025年目标 | 2027年目标\n"
        "1 | 规上工业企业数字化转型覆盖率 | % | 72.5 | 80 | ≥95\n"
        "2 | 5G工厂 | 个 | 86 | 120 | 200"
    )
    rows = {
        (f.value, f.status, f.period_end.year if f.period_end else None, f.qualifier)
        for f in figures(text, region="江西省", ref=date(2025, 4, 16), doc_type="other")
    }
    assert {
        (72.5, "actual", 2024, "exact"),
        (80, "target", 2025, "exact"),
        (95, "target", 2027, "at_least"),
    } <= rows
    assert {
        (86, "actual", 2024, "exact"),
        (120, "target", 2025, "exact"),
        (200, "target", 2027, "exact"),
    } <= rows


def test_a_goal_by_the_end_of_the_year_under_way_is_a_goal() -> None:
    # 到2025年 said in April 2025: the year is not over, and 到 names it as the goal's horizon
    text = (
        "到2025年，全省规上工业企业数字化转型覆盖率达到80%，新建5G基站1.2万个。"
        "2025年一季度，全省5G基站增长12%。"
    )
    found = {f.value: f for f in figures(text, region="江西省", ref=date(2025, 4, 16), doc_type="other")}
    assert (found[80].status, found[1.2].status) == ("target", "target")
    assert found[12].status == "actual"


def test_a_span_of_years_that_begins_this_year_holds_goals_not_outcomes() -> None:
    text = (
        "2025—2027年，累计实施数字化改造项目1.5万个以上，带动工业技改投资年均增长12%以上。"
        "2021—2024年，全省累计实施技改项目8000个。"
    )
    found = {f.value: f for f in figures(text, region="江西省", ref=date(2025, 4, 16), doc_type="other")}
    assert (found[1.5].status, found[12].status) == ("target", "target")
    assert found[8000].status == "actual"


def test_a_section_headed_by_a_county_level_city_the_list_lacks_is_that_citys() -> None:
    text = (
        "宁德：锂电产业集群成势\n\n“去年，全市锂电产业产值超过3800亿元。”\n\n"
        "乐清：小电器做成大产业\n\n一位来自乐清市的代表说，去年全市电气产业产值突破1600亿元。"
    )
    found = {f.value: f for f in figures(text, region="全国", ref=date(2025, 3, 7), doc_type="news_article")}
    assert (found[3800].region, found[1600].region) == ("宁德市", "乐清市")


def test_a_level_raised_to_last_years_and_a_count_of_firms_from_one_year_end_to_another() -> None:
    text = (
        "回顾“十四五”，规上工业总产值由2020年的1.09万亿元增加到去年的1.93万亿元。"
        "国家级专精特新“小巨人”企业由2020年的7家增加到2025年的43家。"
    )
    found = {f.value: f for f in figures(text, region="常州市", ref=date(2026, 1, 22))}
    assert (found[1.09].indicator, found[1.09].period_end) == ("规模以上工业总产值", date(2020, 12, 31))
    assert (found[1.93].indicator, found[1.93].period_start) == ("规模以上工业总产值", date(2025, 1, 1))
    assert (found[7].period_type, found[7].period_end) == ("as_of", date(2020, 12, 31))
    assert (found[43].period_type, found[43].period_end) == ("as_of", date(2025, 12, 31))


def test_a_hong_kong_release_with_years_in_chinese_numerals_and_quarters_without_du() -> None:
    from pipelines.stages.normalize import normalize

    text = normalize(
        "綜合二○二五年上半年計算，本地製造業的生產指數上升1.3%。二○二五年第二季，生產者價格指數按年上升1.1%。"
    ).text
    assert "2025年上半年" in text
    found = {f.value: f for f in figures(text, region="香港特别行政区", ref=date(2025, 9, 12))}
    assert (found[1.3].measure, found[1.3].period_end) == ("yoy_growth_pct", date(2025, 6, 30))
    assert (found[1.1].period_type, found[1.1].period_start) == ("quarter", date(2025, 4, 1))


def test_since_the_start_of_this_year_is_the_year_to_date() -> None:
    text = "今年以来，新增授权发明专利386件，同比增长27.4%。2021年以来，累计新增企业500家。"
    found = {f.value: f for f in figures(text, region="盐城市", ref=date(2025, 9, 19))}
    for value in (386, 27.4):
        assert (found[value].period_type, found[value].period_start, found[value].period_end) == (
            "ytd",
            date(2025, 1, 1),
            date(2025, 9, 19),
        )
    assert "以来" not in found[386].indicator
    assert found[500].period_type == "unknown"  # since an earlier year: no rule says how to date it


def test_a_paragraph_whose_first_figure_is_a_citys_speaks_of_that_city() -> None:
    text = (
        "全省规上工业增加值增长4.3%。\n"
        "佛山展现出较强的韧性。前三季度，佛山规上工业增加值增长4.9%。家电和装备制造业增加值分别增长7.2%和5.6%，"
        "全市规上工业企业数字化转型覆盖率达到74.6%。\n"
        "全省新增规上工业企业1200家。"
    )
    found = {
        f.value: f for f in figures(text, region="广东省", ref=date(2025, 11, 5), doc_type="news_article")
    }
    assert [found[v].region for v in (4.9, 7.2, 5.6, 74.6)] == ["佛山市"] * 4
    assert (found[4.3].region, found[1200].region) == ("广东省", "广东省")


def test_a_statistical_releases_table_of_main_indicators_gives_levels_and_growths() -> None:
    text = (
        "附表：2025年上半年萧山区主要经济指标\n\n"
        "指标名称 单位 绝对值 比上年同期增长±%\n"
        "规模以上工业增加值 亿元 434.68 7.8\n"
        "其中：高新技术产业增加值 亿元 229.07 11.2\n"
        "固定资产投资 — — -3.4\n"
        "金融机构本外币贷款余额（6月末） 亿元 5347.80 9.2\n"
    )
    found = figures(text, region="萧山区", ref=date(2025, 7, 29), doc_type="other")
    half, june = (date(2025, 1, 1), date(2025, 6, 30)), (date(2025, 6, 30), date(2025, 6, 30))
    assert {(f.indicator, f.measure, f.value_base, (f.period_start, f.period_end)) for f in found} == {
        ("规模以上工业增加值", "amount", 43_468_000_000, half),
        ("规模以上工业增加值", "yoy_growth_pct", 7.8, half),
        ("高新技术产业增加值", "amount", 22_907_000_000, half),
        ("高新技术产业增加值", "yoy_growth_pct", 11.2, half),
        ("固定资产投资", "yoy_growth_pct", -3.4, half),
        ("金融机构本外币贷款余额", "amount", 534_780_000_000, june),
        ("金融机构本外币贷款余额", "yoy_growth_pct", 9.2, june),
    }


def test_a_zone_named_after_its_place_is_the_region_of_its_figures() -> None:
    found = figures(
        "前三季度，全市规上工业增加值增长8.1%。两江新区规上工业增加值增长11.8%，高于全市3.9个百分点。"
        "重庆高新区增长9.6%。新增国家级绿色工厂41家、绿色工业园区3个。",
        region="重庆市",
        ref=date(2025, 10, 24),
    )
    assert {(f.value, f.indicator, f.region) for f in found} == {
        (8.1, "规模以上工业增加值", "重庆市"),
        (11.8, "规模以上工业增加值", "两江新区"),
        (3.9, "规模以上工业增加值", "两江新区"),
        (9.6, "规模以上工业增加值", "重庆高新技术产业开发区"),
        (41, "国家级绿色工厂", "重庆市"),
        (3, "绿色工业园区", "重庆市"),  # a kind of park, not a place's zone
    }


def test_a_countys_own_zone_and_a_verb_before_a_zones_name_leave_the_region_alone() -> None:
    county = figures(
        "信丰高新区要加快发展，力争全年规上工业营业收入突破460亿元。", region="信丰县", ref=date(2024, 3, 1)
    )
    assert [(f.region, f.status) for f in county] == [("信丰县", "target")]
    verb = figures(
        "推进雄安新区建设，全年电子信息产业主营业务收入达到3800亿元。", region="河北省", ref=date(2026, 1, 20)
    )
    assert [f.region for f in verb] == ["河北省"]


def test_a_chapters_year_gives_way_to_the_months_that_open_a_paragraph() -> None:
    text = (
        "一、2025年工作总结\n"
        "1.主要指标好于预期。1-11月，全省规上工业增加值同比增长7.7%。规上工业企业实现营业收入4.18万亿元，"
        "增长4.6%。全省工业投资增长6.9%，其中工业技改投资占工业投资比重达到42.6%。新认定省级制造业创新中心5家。\n"
        "7.新增国家级专精特新“小巨人”企业86家。"
    )
    found = figures(text, region="江西省", ref=date(2025, 12, 31), doc_type="work_summary")
    months, year = date(2025, 11, 30), date(2025, 12, 31)
    assert {(f.indicator, f.value, f.period_end) for f in found} == {
        ("规模以上工业增加值", 7.7, months),
        ("规模以上工业企业营业收入", 4.18, months),
        ("规模以上工业企业营业收入", 4.6, months),
        ("工业投资", 6.9, months),
        ("工业技改投资占工业投资比重", 42.6, months),
        ("省级制造业创新中心", 5, year),  # a count of things done is the year's
        ("国家级专精特新“小巨人”企业", 86, year),  # the list item's number is no part of the name
    }


def test_a_main_indicator_table_by_months_leaves_out_the_citys_growth_beside_the_countys() -> None:
    text = (
        "附表：2025年1-10月阳城县主要经济指标\n\n"
        "指标名称    单位    1-10月    同比增长(%)    全市增速(%)\n"
        "原煤产量    万吨    1386.2    -4.9    -2.1\n"
        "固定资产投资    —    —    -8.3    -1.8\n"
    )
    found = figures(text, region="阳城县", ref=date(2025, 11, 21), doc_type="other")
    assert {(f.indicator, f.measure, f.value_base, f.region, f.period_end) for f in found} == {
        ("原煤产量", "amount", 13_862_000, "阳城县", date(2025, 10, 31)),
        ("原煤产量", "yoy_growth_pct", -4.9, "阳城县", date(2025, 10, 31)),
        ("固定资产投资", "yoy_growth_pct", -8.3, "阳城县", date(2025, 10, 31)),
    }


def test_a_horizon_that_opens_a_paragraph_makes_its_later_figures_goals() -> None:
    text = (
        "答：《行动方案》分两个阶段提出了目标。\n\n"
        "到2027年，制造业数字化转型取得重要进展。关键工序数控化率达到72%以上，培育先进级智能工厂1万家以上。\n\n"
        "目前，全国已建成卓越级智能工厂235家。"
    )
    found = figures(text, region="全国", ref=date(2026, 3, 18), doc_type="press_conference")
    assert {(f.value_base, f.status, f.period_end) for f in found} == {
        (72, "target", date(2027, 12, 31)),
        (10_000, "target", date(2027, 12, 31)),
        (235, "actual", date(2026, 3, 18)),  # the next paragraph is no longer the horizon's
    }


def test_a_plan_execution_report_reads_the_years_plan_its_completion_and_its_table() -> None:
    text = (
        "一、2025年国民经济和社会发展计划执行情况\n\n"
        "年初计划规模以上工业增加值增长6%左右，预计全年增长6.4%。全年新开工亿元以上工业项目1862个，"
        "完成年度计划的116.4%。重点产业链预计实现营业收入4.58万亿元。\n\n"
        "附表：2026年全省工业领域主要计划指标\n\n"
        "指标名称  2025年计划  2025年预计完成  2026年计划\n"
        "规模以上工业增加值增长（%）  6左右  6.4  6左右\n"
        "新增规模以上工业企业（家）  2000以上  2146  2000以上\n"
    )
    found = figures(text, region="江西省", ref=date(2026, 2, 4), doc_type="plan_report")
    assert {(f.indicator, f.measure, f.value, f.qualifier, f.status, f.period_end.year) for f in found} == {
        ("规模以上工业增加值", "yoy_growth_pct", 6, "approx", "target", 2025),
        ("规模以上工业增加值", "yoy_growth_pct", 6.4, "exact", "estimate", 2025),
        ("新开工亿元以上工业项目", "amount", 1862, "exact", "actual", 2025),
        ("新开工亿元以上工业项目计划完成率", "share_pct", 116.4, "exact", "actual", 2025),
        ("重点产业链营业收入", "amount", 4.58, "exact", "estimate", 2025),
        ("规模以上工业增加值", "yoy_growth_pct", 6, "approx", "target", 2026),
        ("规模以上工业企业", "amount", 2000, "at_least", "target", 2025),
        ("规模以上工业企业", "amount", 2146, "exact", "estimate", 2025),
        ("规模以上工业企业", "amount", 2000, "at_least", "target", 2026),
    }


def test_a_paragraph_that_says_what_it_looks_at_names_its_places_figures() -> None:
    text = (
        "二、各市工业稳增长情况\n\n"
        "从规上工业增加值增速看，全省11个市中有8个市实现正增长。晋中市增长9.8%，居全省第1位；"
        "运城市增长8.6%。\n\n"
        "四、各市企业培育情况\n\n"
        "在新增入库规上工业企业方面，运城市新增62家，居全省第1位。\n\n"
        "分地区看，太原市增长3.8%。"
    )
    found = figures(text, region="山西省", ref=date(2025, 11, 4), doc_type="notice")
    by_place = {(f.region, f.measure, f.value): f.indicator for f in found if f.region != "山西省"}
    assert by_place == {
        ("晋中市", "yoy_growth_pct", 9.8): "规模以上工业增加值",
        ("晋中市", "rank", 1): "规模以上工业增加值",
        ("运城市", "yoy_growth_pct", 8.6): "规模以上工业增加值",
        ("运城市", "amount", 62): "入库规模以上工业企业",
        ("运城市", "rank", 1): "入库规模以上工业企业",
    }  # 分地区看 says what the figures are broken down by: 太原市增长3.8% stays without a subject


def test_a_quoted_district_official_speaks_for_the_district_and_this_number_is_the_one_before() -> None:
    text = (
        "数据显示，2019年，全市新能源汽车产量仅3.2万辆。到2025年，这一数字达到96.8万辆。\n\n"
        "鸠江区委常委、常务副区长刘海涛介绍，2025年，全区新能源汽车及零部件产业产值达到1280亿元。"
        "全区集聚产业链企业420家。\n\n"
        "2025年，全市新能源汽车出口28.5万辆。"
    )
    found = figures(text, region="芜湖市", ref=date(2026, 4, 21))
    assert {(f.value, f.indicator, f.region) for f in found} == {
        (3.2, "新能源汽车产量", "芜湖市"),
        (96.8, "新能源汽车产量", "芜湖市"),
        (1280, "新能源汽车及零部件产业产值", "鸠江区"),
        (420, "集聚产业链企业", "鸠江区"),
        (28.5, "新能源汽车出口", "芜湖市"),  # the next paragraph is the city's again
    }


def test_a_district_of_three_characters_is_a_region_but_not_after_a_verb_or_as_an_area() -> None:
    found = figures(
        "江津区规上工业增加值增长10.5%；九龙坡区增长9.2%，规上工业总产值达到1586.3亿元；万州区增长7.4%。",
        region="重庆市",
        ref=date(2025, 10, 24),
    )
    assert [(f.region, f.value) for f in found if f.measure == "yoy_growth_pct"] == [
        ("江津区", 10.5),
        ("九龙坡区", 9.2),
        ("万州区", 7.4),
    ]
    verb = figures(
        "推动顺德区、南海区全年规上工业总产值分别突破9800亿元、8200亿元。",
        region="佛山市",
        ref=date(2024, 2, 1),
    )
    assert [f.region for f in verb] == ["顺德区", "南海区"]
    area = figures("上半年东莞地区生产总值增长5.6%。", region="东莞市", ref=date(2024, 7, 30))
    assert [(f.region, f.indicator) for f in area] == [("东莞市", "地区生产总值")]


def test_a_titles_number_is_not_read_with_the_dateline_under_it() -> None:
    text = "喜报！长沙新增43家“小巨人”企业，总数达268家\n\n2025年09月05日18:06湖南\n\n近日，工信部公布名单。"
    found = figures(text, region="长沙市", ref=date(2025, 9, 5))
    assert all("月" not in f.indicator and "日" not in f.indicator for f in found), found


def test_a_quarter_looked_ahead_to_does_not_take_last_years_place_as_the_period_reported() -> None:
    text = (
        "1-10月，全县规上工业增加值同比下降2.6%。随着迎峰度冬电煤保供任务推进，四季度原煤生产有望逐步回稳。\n\n"
        "有25户企业增加值实现增长，增长面为40.3%。"
    )
    found = figures(text, region="阳城县", ref=date(2025, 11, 21), doc_type="other")
    assert {(f.value, f.period_start, f.period_end) for f in found} == {
        (-2.6, date(2025, 1, 1), date(2025, 10, 31)),
        (25, date(2025, 1, 1), date(2025, 10, 31)),
        (40.3, date(2025, 1, 1), date(2025, 10, 31)),
    }


def test_a_lists_table_by_city_with_empty_cells_and_its_total_and_yearly_counts_in_turn() -> None:
    text = (
        "2021年至2025年分别认定省级绿色工厂176家、215家、248家、265家、238家。\n\n"
        "2025年度河南省绿色工厂和绿色工业园区分地区认定情况\n\n"
        "省辖市（示范区）        绿色工厂（家）        绿色工业园区（个）\n"
        "郑州市                  34                    1\n"
        "安阳市                  13                    —\n"
        "合计                    238                   11\n"
    )
    found = figures(text, region="河南省", ref=date(2025, 12, 19), doc_type="notice")
    assert {(f.region, f.indicator, f.value, f.period_start.year) for f in found} == {
        *(
            ("河南省", "省级绿色工厂", v, y)
            for v, y in zip((176, 215, 248, 265, 238), range(2021, 2026), strict=True)
        ),
        ("郑州市", "绿色工厂", 34, 2025),
        ("郑州市", "绿色工业园区", 1, 2025),
        ("安阳市", "绿色工厂", 13, 2025),
        ("河南省", "绿色工厂", 238, 2025),  # the total row of a table of every city
        ("河南省", "绿色工业园区", 11, 2025),
    }


def test_a_round_ups_sentence_that_opens_on_a_city_gives_it_its_whole_city_and_sections_reset_plans() -> None:
    text = (
        "江苏：智改数转\n\n今年，江苏将新建5G基站2万个。苏州是江苏“智改数转”的先行地，去年全市规上工业总产值达到4.7万亿元。\n\n"
        "浙江：小巨人\n\n全省“415X”先进制造业集群规上企业营业收入达到7.4万亿元。"
    )
    found = figures(text, region="全国", ref=date(2026, 3, 9))
    assert {(f.value, f.region, f.status) for f in found} == {
        (2, "江苏省", "target"),
        (4.7, "苏州市", "actual"),
        (7.4, "浙江省", "actual"),  # a new place's section: 江苏's plans do not go on
    }


def test_macro_regions_listed_share_their_last_ones_word_and_a_place_after_what_holds_it() -> None:
    text = (
        "前三季度，全国规上工业增加值增长6.2%。从地区看，东部、中部、西部和东北地区规上工业增加值分别增长"
        "6.3%、7.1%、6.0%、3.5%。中西部地区的安徽省、四川省分别增长9.0%、6.6%。"
    )
    found = figures(text, region="全国", ref=date(2025, 10, 20))
    assert [(f.region, f.indicator, f.value) for f in found] == [
        ("全国", "规模以上工业增加值", 6.2),
        ("东部地区", "规模以上工业增加值", 6.3),
        ("中部地区", "规模以上工业增加值", 7.1),
        ("西部地区", "规模以上工业增加值", 6.0),
        ("东北地区", "规模以上工业增加值", 3.5),
        ("安徽省", "规模以上工业增加值", 9.0),
        ("四川省", "规模以上工业增加值", 6.6),
    ]


def test_a_product_table_of_the_month_and_the_months_to_date_dates_each_pair_of_columns() -> None:
    text = (
        "表1 2025年10月份全省主要工业产品产量\n\n"
        "产品名称          单位          10月        同比增长（%）      1—10月        同比增长（%）\n"
        "发电量            亿千瓦时      258.7        4.6               2716.3         5.2\n"
    )
    found = figures(text, region="福建省", ref=date(2025, 11, 18), doc_type="other")
    october, to_date = (date(2025, 10, 1), date(2025, 10, 31)), (date(2025, 1, 1), date(2025, 10, 31))
    assert {(f.indicator, f.measure, f.value, (f.period_start, f.period_end)) for f in found} == {
        ("发电量", "amount", 258.7, october),
        ("发电量", "yoy_growth_pct", 4.6, october),
        ("发电量", "amount", 2716.3, to_date),
        ("发电量", "yoy_growth_pct", 5.2, to_date),
    }


def test_county_level_places_whose_names_hold_cheng_are_regions_but_pilot_cities_are_not() -> None:
    found = figures(
        "前三季度，枣阳市规上工业增加值增长12.4%，宜城市增长11.8%，谷城县增长9.9%。"
        "试点城市规上工业企业数字化转型覆盖率达到81.4%。",
        region="襄阳市",
        ref=date(2025, 10, 24),
    )
    assert [(f.region, f.value) for f in found] == [
        ("枣阳市", 12.4),
        ("宜城市", 11.8),
        ("谷城县", 9.9),
        ("襄阳市", 81.4),
    ]


def test_a_communiques_industry_structure_and_products_counted_in_an_aside() -> None:
    text = (
        "初步核算，全年全市实现地区生产总值3218.6亿元。三次产业结构由上年的9.6∶46.5∶43.9调整为9.4∶46.9∶43.7。"
        "白酒（折65度，商品量）产量28.61万千升，比上年下降3.8%。\n\n"
        "表2 2025年规模以上工业主要产品产量及其增长速度\n\n"
        "产品名称        单位     产量    比上年增长（%）\n"
        "化肥（折纯）      万吨     68.3    2.1\n"
    )
    found = figures(text, region="德阳市", ref=date(2026, 3, 20), doc_type="statistical_communique")
    shares = {(f.indicator[:4], f.value, f.period_start.year) for f in found if f.measure == "share_pct"}
    assert shares == {
        ("第一产业", 9.6, 2024), ("第二产业", 46.5, 2024), ("第三产业", 43.9, 2024),
        ("第一产业", 9.4, 2025), ("第二产业", 46.9, 2025), ("第三产业", 43.7, 2025),
    }  # fmt: skip
    assert {(f.indicator, f.measure, f.value_base) for f in found if f.measure != "share_pct"} >= {
        ("白酒产量", "amount", 286_100),
        ("白酒产量", "yoy_growth_pct", -3.8),
        ("化肥产量", "amount", 683_000),
        ("化肥产量", "yoy_growth_pct", 2.1),
    }


def test_sums_over_five_years_town_and_village_incomes_and_numbers_cut_by_damage() -> None:
    text = (
        "五年来，规上工业营业收入由2020年的1386亿元增加到2025年的2412亿元；五年累计完成工业投资1130亿元。"
        "城乡居民人均可支配收入分别达到82650元、52380元，分别增长4.6%、6.1%。"
    )
    found = figures(text, region="长兴县", ref=date(2026, 1, 16), doc_type="work_report")
    by_value = {f.value: (f.indicator, f.period_start.year, f.period_end.year) for f in found}
    assert by_value[1130] == ("工业投资", 2021, 2025)
    assert by_value[82650][0] == by_value[4.6][0] == "城镇居民人均可支配收入"
    assert by_value[52380][0] == by_value[6.1][0] == "农村居民人均可支配收入"
    damaged = figures(
        "新增规上工业企业??00家左右，组织对接活动50场。", region="河南省", ref=date(2026, 1, 10)
    )
    assert [f.value for f in damaged] == [50]  # ??00 is no 0: the digits before it are lost


def test_a_year_that_names_a_batch_is_not_the_figures_period_nor_its_de_part_of_the_name() -> None:
    found = figures(
        "今年我厅对2021年度认定的省级绿色工厂开展了复核评价，共复核企业176家。2025年新认定的省级绿色工厂238家。",
        region="河南省",
        ref=date(2025, 12, 19),
    )
    assert [(f.value, f.period_start.year) for f in found] == [(176, 2025), (238, 2025)]
    assert found[1].indicator == "省级绿色工厂"


def test_the_output_of_industrial_firms_above_scale_is_the_catalogues_gross_output() -> None:
    found = figures(
        "前三季度，全市规上工业企业实现总产值2.28万亿元，同比增长8.6%。",
        region="重庆市",
        ref=date(2025, 10, 24),
    )
    assert {f.indicator for f in found} == {"规模以上工业总产值"}


def test_a_monthly_releases_growth_compared_with_the_month_before_is_the_months() -> None:
    text = (
        "11月份，全国规模以上工业增加值同比增长5.3%。1—11月份，规模以上工业增加值同比增长6.0%。\n\n"
        "高技术制造业增加值同比增长9.3%，比10月份加快1.1个百分点；1—11月份增长9.5%。"
    )
    found = figures(text, region="全国", ref=date(2025, 12, 15), doc_type="other")
    assert {
        f.value: (f.period_start, f.period_end) for f in found if f.indicator == "高技术制造业增加值"
    } == {
        9.3: (date(2025, 11, 1), date(2025, 11, 30)),
        1.1: (date(2025, 11, 1), date(2025, 11, 30)),
        9.5: (date(2025, 1, 1), date(2025, 11, 30)),
    }


def test_a_chapters_heading_with_a_comma_ends_its_sentence_and_the_month_opens_the_paragraph() -> None:
    text = (
        "11月份，全国规模以上工业增加值同比增长5.3%。1—11月份，规模以上工业增加值同比增长6.0%。\n\n"
        "二、行业增长面扩大，装备制造业支撑作用突出\n\n"
        "11月份，在41个工业大类行业中，有33个行业增加值保持同比增长。装备制造业增加值同比增长8.1%。"
    )
    found = figures(text, region="全国", ref=date(2025, 12, 15), doc_type="other")
    assert {f.value: f.period_start for f in found}[8.1] == date(2025, 11, 1)


def test_a_yearbook_records_the_year_before_its_own() -> None:
    text = (
        "您当前的位置：首页 > 柳州年鉴 > 柳州年鉴（2025）> 经济\n\n工业综述\n\n"
        "全年规模以上工业总产值4712.36亿元，增长2.1%。年末全市有规模以上工业企业1163家。"
    )
    found = figures(text, region="柳州市", ref=date(2025, 12, 16), doc_type="other")
    assert {(f.value, f.period_start, f.period_end) for f in found} == {
        (4712.36, date(2024, 1, 1), date(2024, 12, 31)),
        (2.1, date(2024, 1, 1), date(2024, 12, 31)),
        (1163, date(2024, 12, 31), date(2024, 12, 31)),
    }


def test_an_infographics_arrows_are_growths_and_a_spaced_label_names_its_number() -> None:
    found = figures(
        "十大工业产业增加值 ↑7.6%。规上工业企业营业收入 同比↑5.6%。出口交货值 ↓3.2%。",
        region="贵州省",
        ref=date(2026, 1, 27),
    )
    assert [(f.indicator, f.measure, f.value) for f in found] == [
        ("十大工业产业增加值", "yoy_growth_pct", 7.6),
        ("规模以上工业企业营业收入", "yoy_growth_pct", 5.6),
        ("出口交货值", "yoy_growth_pct", -3.2),
    ]


def test_the_events_counts_are_of_its_day_and_a_navigation_bar_is_chrome() -> None:
    from pipelines.stages.normalize import normalize

    text = normalize(
        "首页 | 走进泰和 | 新闻中心 | 政务公开 | 招商引资\n\n泰和县举行招商引资项目集中签约仪式。"
        "此次集中签约项目18个，总投资126.8亿元。"
    ).text
    assert not text.startswith("首页")
    found = figures(text, region="泰和县", ref=date(2025, 12, 15))
    assert {(f.indicator, f.value, f.period_start, f.period_end) for f in found} == {
        ("集中签约项目", 18, date(2025, 12, 15), date(2025, 12, 15)),
        ("集中签约项目总投资", 126.8, date(2025, 12, 15), date(2025, 12, 15)),
    }


def test_what_is_already_built_is_an_outcome_in_a_text_that_plans() -> None:
    found = figures(
        "今年，全省将继续推进中小企业服务体系建设。全省已建成各级中小企业公共服务平台286个。",
        region="四川省",
        ref=date(2025, 9, 24),
        doc_type="evaluation_report",
    )
    assert [(f.value, f.status) for f in found] == [(286, "actual")]


def test_a_table_of_places_flattened_to_a_cell_a_line_is_read() -> None:
    text = (
        "2025年1—9月各县（市、区）规上工业增加值增速\n\n地区\n规上工业增加值增速（%）\n"
        "全市\n6.8\n晋江市\n7.6\n鲤城区\n-1.2\n\n注：数据来源于市统计局。"
    )
    found = figures(text, region="泉州市", ref=date(2025, 10, 24), doc_type="other")
    assert {(f.region, f.indicator, f.value, f.period_end) for f in found} == {
        ("泉州市", "规模以上工业增加值", 6.8, date(2025, 9, 30)),
        ("晋江市", "规模以上工业增加值", 7.6, date(2025, 9, 30)),
        ("鲤城区", "规模以上工业增加值", -1.2, date(2025, 9, 30)),
    }


def test_macro_regions_sharing_their_last_ones_word_share_the_growth_said_before() -> None:
    found = figures(
        "11月份，东部地区规上工业增加值同比增长5.5%。1—11月份，东部、中部、西部和东北地区分别增长6.1%、7.0%、5.9%、3.2%。",
        region="全国",
        ref=date(2025, 12, 15),
    )
    assert [(f.region, f.indicator, f.value) for f in found][1:] == [
        ("东部地区", "规模以上工业增加值", 6.1),
        ("中部地区", "规模以上工业增加值", 7.0),
        ("西部地区", "规模以上工业增加值", 5.9),
        ("东北地区", "规模以上工业增加值", 3.2),
    ]


def test_an_infographics_big_number_takes_the_label_on_the_line_below() -> None:
    text = (
        "📊 总量|稳中有进\n\n7.1%\n全年全省规上工业增加值增速\n\n1.32万亿元\n规上工业企业营业收入 同比↑5.6%\n"
    )
    found = figures(text, region="贵州省", ref=date(2026, 1, 27), doc_type="other")
    assert {(f.indicator, f.measure, f.value, f.period_end) for f in found} == {
        ("规模以上工业增加值", "yoy_growth_pct", 7.1, date(2025, 12, 31)),
        ("规模以上工业企业营业收入", "amount", 1.32, date(2025, 12, 31)),
        ("规模以上工业企业营业收入", "yoy_growth_pct", 5.6, date(2025, 12, 31)),
    }


def test_an_infographics_number_above_a_label_that_counts_so_far_is_a_stock() -> None:
    text = "📶 网络|加快覆盖\n\n8.6万个\n累计建成5G基站\n"
    found = figures(text, region="湖南省", ref=date(2026, 2, 3), doc_type="other")
    assert [(f.indicator, f.value_base, f.period_start, f.period_end) for f in found] == [
        ("5G基站", 86000, date(2025, 12, 31), date(2025, 12, 31))
    ]


def test_places_listed_a_line_each_under_a_caption_that_names_their_indicator() -> None:
    text = normalize(
        "🗺️ 市州｜各展所长\n\n各市（州）规上工业增加值增速👇\n"
        "武汉市（含东湖高新区）　↑5.2%\n宜昌市　　　　　　　　↑6.0%\n恩施州　　　　　　　　↓1.3%\n"
    ).text
    found = figures(text, region="湖北省", ref=date(2026, 1, 25), doc_type="other")
    assert {(f.region, f.indicator, f.measure, f.value, f.period_end) for f in found} == {
        ("武汉市", "规模以上工业增加值", "yoy_growth_pct", 5.2, date(2025, 12, 31)),
        ("宜昌市", "规模以上工业增加值", "yoy_growth_pct", 6.0, date(2025, 12, 31)),
        ("恩施土家族苗族自治州", "规模以上工业增加值", "yoy_growth_pct", -1.3, date(2025, 12, 31)),
    }


def test_a_places_growth_ranked_after_the_sentence_that_told_the_growth() -> None:
    text = "全省规上工业增加值增长6.3%。襄阳市增速居全省第1位。"
    found = figures(text, region="湖北省", ref=date(2026, 1, 25))
    ranks = [(f.region, f.indicator, f.value) for f in found if f.measure == "rank"]
    assert ranks == [("襄阳市", "规模以上工业增加值增速", 1)]


def test_a_lines_decoration_is_no_part_of_its_indicator() -> None:
    text = normalize("✅ 工业投资增长10%以上\n▶ 规上工业增加值年均增长6.8%\n").text
    found = figures(text, region="贵州省", ref=date(2026, 1, 27), doc_type="other")
    assert [f.indicator for f in found] == ["工业投资", "规模以上工业增加值"]


def test_an_evaluations_table_reads_the_half_years_column_and_counts_firms_at_each_end() -> None:
    text = (
        "序号  指标  单位  2023年基数  2024年  2025年上半年  2026年目标  进度评价\n"
        "1  规上工业增加值增速  %  6.9  7.3  6.8  6.5  超出预期\n"
        "5  规上工业企业数  家  17860  18920  19350  21000  符合进度\n"
    )
    found = figures(text, region="河北省", ref=date(2025, 9, 26), doc_type="evaluation_report")
    assert {(f.indicator, f.value, f.status, f.period_start, f.period_end) for f in found} == {
        ("规模以上工业增加值", 6.9, "actual", date(2023, 1, 1), date(2023, 12, 31)),
        ("规模以上工业增加值", 7.3, "actual", date(2024, 1, 1), date(2024, 12, 31)),
        ("规模以上工业增加值", 6.8, "actual", date(2025, 1, 1), date(2025, 6, 30)),
        ("规模以上工业增加值", 6.5, "target", date(2026, 1, 1), date(2026, 12, 31)),
        ("规模以上工业企业", 17860, "actual", date(2023, 12, 31), date(2023, 12, 31)),
        ("规模以上工业企业", 18920, "actual", date(2024, 12, 31), date(2024, 12, 31)),
        ("规模以上工业企业", 19350, "actual", date(2025, 6, 30), date(2025, 6, 30)),
        ("规模以上工业企业", 21000, "target", date(2026, 12, 31), date(2026, 12, 31)),
    }


def test_the_central_and_western_regions_together_are_a_region() -> None:
    found = figures(
        "截至2025年底，中西部地区“小巨人”企业数量占全国的比重提高到31.2%。",
        region="全国",
        ref=date(2026, 3, 23),
    )
    assert [(f.region, f.value) for f in found] == [("中西部地区", 31.2)]


def test_the_plan_a_report_says_it_acted_upon_opens_no_plan() -> None:
    text = (
        "按照市人大常委会2026年度监督工作计划，4月至6月，常委会组织开展了专题调研。"
        "调研组走访企业58家，收集问题建议140余条。"
    )
    found = figures(text, region="成都市", ref=date(2026, 8, 27), doc_type="evaluation_report")
    assert [(f.value, f.status) for f in found] == [(58, "actual"), (140, "actual")]
    planned = figures(
        "按照2026年工作部署，全市将新增规上工业企业500家。", region="成都市", ref=date(2026, 3, 2)
    )
    assert [(f.value, f.status) for f in planned] == [(500, "target")]


def test_an_outcome_this_year_named_by_its_verb_is_no_goal() -> None:
    found = figures("今年，全市新晋省级制造业单项冠军企业17家。", region="宁波市", ref=date(2025, 10, 9))
    assert [(f.value, f.status) for f in found] == [(17, "actual")]
    planned = figures("今年全市新增规上工业企业500家。", region="宁波市", ref=date(2025, 3, 9))
    assert [(f.value, f.status) for f in planned] == [(500, "target")]


def test_places_after_a_total_share_its_noun_respectively_or_each() -> None:
    text = (
        "今年新认定省级专精特新中小企业126家。其中，北仑区、鄞州区分别新增21家、18家；"
        "余姚市、慈溪市各新增十家。"
    )
    total, *parts = figures(text, region="宁波市", ref=date(2025, 10, 9))
    assert total.indicator == "省级专精特新中小企业"
    assert [(f.region, f.indicator, f.value) for f in parts] == [
        ("北仑区", total.indicator, 21),
        ("鄞州区", total.indicator, 18),
        ("余姚市", total.indicator, 10),
        ("慈溪市", total.indicator, 10),
    ]
    alone = figures("从区域看，余姚市、慈溪市各新增十家。", region="宁波市", ref=date(2025, 10, 9))
    assert alone == []  # ten of what, the text does not say


def test_a_table_by_city_with_a_price_per_mu_and_its_growth_beside_it() -> None:
    text = (
        "附表：2025年度各设区市规上工业企业亩均效益主要指标\n\n"
        "设区市  亩均税收（万元/亩）  比上年增长（%）\n"
        "南京市  51.3  4.2\n苏州市  47.8  3.9\n"
    )
    found = figures(text, region="江苏省", ref=date(2026, 6, 2), doc_type="evaluation_report")
    assert {(f.region, f.indicator, f.measure, f.value_base, f.base_unit) for f in found} == {
        ("南京市", "亩均税收", "amount", 513000, "元/亩"),
        ("南京市", "亩均税收", "yoy_growth_pct", 4.2, "%"),
        ("苏州市", "亩均税收", "amount", 478000, "元/亩"),
        ("苏州市", "亩均税收", "yoy_growth_pct", 3.9, "%"),
    }


def test_a_state_owned_groups_release_sums_its_flows_over_the_months_and_ranks_them() -> None:
    text = (
        "1—8月，市属企业累计实现营业收入2412.6亿元，同比增长5.1%；实现利润总额118.4亿元。"
        "营业收入、利润总额增速分别居全国副省级城市国资委监管企业第4位和第6位。"
        "8月末，带息负债综合融资成本为3.05%，同比下降0.28个百分点。"
    )
    found = figures(text, region="武汉市", ref=date(2025, 9, 20))
    sums = [(f.value, f.period_start, f.period_end) for f in found if f.measure == "amount"]
    assert sums == [
        (2412.6, date(2025, 1, 1), date(2025, 8, 31)),
        (118.4, date(2025, 1, 1), date(2025, 8, 31)),
    ]
    ranks = [(f.value, f.benchmark) for f in found if f.measure == "rank"]
    assert ranks == [(4, "全国副省级城市国资委监管企业"), (6, "全国副省级城市国资委监管企业")]
    cost = [(f.measure, f.value) for f in found if "融资成本" in f.indicator]
    assert cost == [("share_pct", 3.05), ("pp_change", -0.28)]


def test_a_speech_says_what_it_grew_from_and_to_in_its_own_words() -> None:
    text = "去年，我们把规上工业营收从4000多亿元干到了5000多亿元，战新产业产值占比达到41.3%。"
    found = figures(text, region="洛阳市", ref=date(2026, 2, 20))
    assert [(f.indicator, f.value) for f in found] == [
        ("规模以上工业营业收入", 4000),
        ("规模以上工业营业收入", 5000),
        ("战略性新兴产业产值占比", 41.3),
    ]


def test_a_speech_compares_we_with_another_city_and_plans_the_years_ahead() -> None:
    text = (
        "放眼周边，郑州去年规上工业营业收入已超过1.1万亿元，我们低于郑州2.4个百分点。"
        "三年内，全市新增规上工业企业800家；未来五年，累计新增2000家。"
    )
    found = figures(text, region="洛阳市", ref=date(2026, 2, 20))
    zhengzhou, gap, *ahead = found
    assert (zhengzhou.region, zhengzhou.indicator) == ("郑州市", "规模以上工业营业收入")
    assert (gap.region, gap.measure, gap.value) == ("洛阳市", "pp_diff", -2.4)
    assert [(f.value, f.period_start, f.period_end) for f in ahead] == [
        (800, date(2026, 1, 1), date(2028, 12, 31)),
        (2000, date(2026, 1, 1), date(2030, 12, 31)),
    ]


def test_a_regions_short_name_a_sum_restated_in_another_currency_and_next_years_forecast() -> None:
    text = (
        "长三角去年规上工业增加值约9.6万亿元人民币（约10.5万亿港元），按年增长6.1%。"
        "目前在手订单已排到明年第二季。明年长三角制造业投资可按年增长7%。"
    )
    found = figures(text, region="香港特别行政区", ref=date(2025, 10, 9))
    assert [(f.region, f.indicator, f.measure, f.value, f.status) for f in found] == [
        ("长江三角洲地区", "规模以上工业增加值", "amount", 9.6, "actual"),
        ("长江三角洲地区", "规模以上工业增加值", "yoy_growth_pct", 6.1, "actual"),
        ("长江三角洲地区", "制造业投资", "yoy_growth_pct", 7, "estimate"),
    ]
    assert found[0].base_unit == "元"


def test_words_of_time_and_of_manner_close_no_indicator() -> None:
    text = "港资在珠三角经营的工厂目前约3万家。全市规上工业营业收入已超过1.1万亿元。"
    found = figures(text, region="东莞市", ref=date(2025, 10, 9))
    assert [f.indicator for f in found] == ["港资在珠三角经营的工厂", "规模以上工业营业收入"]


def test_a_places_completion_rate_and_the_batches_a_list_came_in() -> None:
    found = figures(
        "合肥市目标完成率为61.2%。先后分两批遴选试点城市。", region="全国", ref=date(2024, 12, 20)
    )
    assert [(f.region, f.indicator, f.value) for f in found] == [("合肥市", "目标完成率", 61.2)]


def test_a_pdfs_table_parted_by_single_spaces_runs_on_over_its_page_break() -> None:
    text = (
        "表1 主要指标完成情况\n"
        "序号 类别 指标名称 单位2025年规划目标2025年实际 完成情况\n"
        "1 规模 规上工业增加值年均增速 % 6.5左右 7.2 超额完成\n"
        "2 规上工业企业数② 家 18000 18342 完成\n"
        "江西省制造业发展规划总结评估报告\n\n"
        "3 结构 制造业增加值占地区生产总值比重 % 30 28.4 未完成\n"
        "注：②为年末数。\n"
    )
    found = figures(text, region="江西省", ref=date(2026, 3, 2), doc_type="evaluation_report")
    assert [(f.indicator, f.value, f.status) for f in found] == [
        ("规模以上工业增加值", 6.5, "target"),
        ("规模以上工业增加值", 7.2, "actual"),
        ("规模以上工业企业", 18000, "target"),
        ("规模以上工业企业", 18342, "actual"),
        ("制造业增加值占地区生产总值比重", 30, "target"),
        ("制造业增加值占地区生产总值比重", 28.4, "actual"),
    ]


def test_multiples_and_a_half_written_in_words() -> None:
    text = (
        "上半年，全省工业机器人产量同比增长两倍，服务器产量增长一倍；"
        "数字经济增加值占地区生产总值的比重超过一半。"
    )
    found = figures(text, region="福建省", ref=date(2025, 7, 29))
    assert [(f.measure, f.value_base, f.qualifier) for f in found] == [
        ("yoy_growth_pct", 200, "exact"),
        ("yoy_growth_pct", 100, "exact"),
        ("share_pct", 50, "at_least"),
    ]


def test_places_that_did_what_follows_respectively_then_grew_in_turn() -> None:
    text = (
        "前10个月，全省进出口总值4012.6亿元，比去年同期（下同）增长5.4%。"
        "其中，赣州市、九江市分别进出口612.3亿元、456.8亿元，分别增长8.6%和4.5%。"
    )
    found = figures(text, region="江西省", ref=date(2025, 11, 21))
    assert [(f.region, f.indicator, f.measure, f.value) for f in found] == [
        ("江西省", "进出口总值", "amount", 4012.6),
        ("江西省", "进出口总值", "yoy_growth_pct", 5.4),
        ("赣州市", "进出口", "amount", 612.3),
        ("九江市", "进出口", "amount", 456.8),
        ("赣州市", "进出口", "yoy_growth_pct", 8.6),
        ("九江市", "进出口", "yoy_growth_pct", 4.5),
    ]


def test_a_monthly_index_release_reports_its_titles_month_and_its_indices_are_levels() -> None:
    text = (
        "5月份，制造业采购经理指数（PMI）为49.5%，比上月上升0.3个百分点。\n\n"
        "从企业规模看，大型企业PMI为50.7%，比上月微升0.1个百分点。\n\n"
        "生产经营活动预期指数为52.9%。出厂价格指数为47.1%。PMI高于50%时，反映制造业经济扩张。"
    )
    title = "2026年5月中国采购经理指数运行情况"
    found = figures(text, region="全国", ref=date(2026, 5, 31), title=title, doc_type="other")
    assert [(f.indicator, f.measure, f.value, f.status) for f in found] == [
        ("制造业采购经理指数", "share_pct", 49.5, "actual"),
        ("制造业采购经理指数", "pp_change", 0.3, "actual"),
        ("大型企业PMI", "share_pct", 50.7, "actual"),
        ("大型企业PMI", "pp_change", 0.1, "actual"),
        ("生产经营活动预期指数", "share_pct", 52.9, "actual"),
        ("出厂价格指数", "share_pct", 47.1, "actual"),
    ]
    assert {(f.period_start, f.period_end) for f in found} == {(date(2026, 5, 1), date(2026, 5, 31))}


def test_a_reply_letters_years_in_turn_its_districts_stock_and_the_office_it_works_with() -> None:
    text = (
        "2023年、2024年、2025年全市分别新增省级智能工厂（车间）18个、22个、26个。"
        "截至2025年底，西工区累计建成省级智能工厂（车间）19个。"
        "（三）完善数字基础设施。会同市通信发展管理办公室，2026年新建5G基站1800个。"
    )
    found = figures(text, region="洛阳市", ref=date(2026, 7, 8))
    assert [(f.region, f.indicator, f.value, f.period_start) for f in found] == [
        ("洛阳市", "省级智能工厂（车间）", 18, date(2023, 1, 1)),
        ("洛阳市", "省级智能工厂（车间）", 22, date(2024, 1, 1)),
        ("洛阳市", "省级智能工厂（车间）", 26, date(2025, 1, 1)),
        ("西工区", "省级智能工厂（车间）", 19, date(2025, 12, 31)),
        ("洛阳市", "5G基站", 1800, date(2026, 1, 1)),
    ]


def test_an_energy_release_names_each_products_output_a_day() -> None:
    found = figures(
        "9月份，规上工业原煤产量6821.4万吨，同比增长3.2%，日均产量227.4万吨。",
        region="陕西省",
        ref=date(2025, 10, 24),
    )
    assert found[-1].indicator == "规模以上工业原煤日均产量"


def test_a_share_that_counts_the_firms_doing_what_follows() -> None:
    text = "调查显示，仍有近三成中小企业表示“不会转、不敢转”；已有近两成规上工业企业实现全流程数字化。"
    found = figures(text, region="福建省", ref=date(2025, 7, 29))
    assert [(f.indicator, f.value_base) for f in found] == [
        ("表示“不会转、不敢转”的中小企业占比", 30),
        ("实现全流程数字化的规模以上工业企业占比", 20),
    ]


def test_a_wechat_posts_lines_take_the_label_above_and_go_on_from_the_line_above() -> None:
    text = normalize(
        "1—5月\n全市规上工业增加值\n同比增长7.1%\n比1—4月加快0.3个百分点\n高于全省0.6个百分点\n"
        "增速居全省16市第4位\n"
    ).text
    found = figures(text, region="潍坊市", ref=date(2026, 6, 23), doc_type="other")
    assert [(f.indicator, f.measure, f.value) for f in found] == [
        ("规模以上工业增加值", "yoy_growth_pct", 7.1),
        ("规模以上工业增加值", "pp_change", 0.3),
        ("规模以上工业增加值", "pp_diff", 0.6),
        ("规模以上工业增加值增速", "rank", 4),
    ]


def test_a_ruled_table_of_places_growth_and_rank_with_a_county_of_one_character() -> None:
    text = normalize(
        "各区县1—5月规上工业增加值增速及位次\n\n"
        "│ 区县   │ 规上工业增加值增速（%）  │ 位次 │\n"
        "│ 寿光市 │  13.8 ████▌ │   1  │\n│ 费　县 │   9.1 ██ │   2  │\n"
    ).text
    found = figures(text, region="临沂市", ref=date(2026, 6, 23), doc_type="other")
    assert [(f.region, f.measure, f.value, f.benchmark) for f in found] == [
        ("寿光市", "yoy_growth_pct", 13.8, None),
        ("寿光市", "rank", 1, "临沂市"),
        ("费县", "yoy_growth_pct", 9.1, None),
        ("费县", "rank", 2, "临沂市"),
    ]


def test_a_monthly_price_release_keeps_its_month_and_reads_its_table_of_changes() -> None:
    text = (
        "7月份，全省工业生产者出厂价格同比下降1.8%。1—7月平均，全省工业生产者出厂价格比上年同期下降2.5%。"
        "生产资料价格同比下降2.2%。\n\n"
        "附表：2026年7月份全省工业生产者价格主要数据\n\n单位：%\n"
        "指标名称  环比  同比  1—7月\n生活资料  -0.1  0.3  -0.4\n"
    )
    title = "2026年7月份全省工业生产者价格变动情况"
    found = figures(text, region="山西省", ref=date(2026, 8, 14), title=title, doc_type="other")
    assert [(f.indicator, f.value, f.period_start, f.period_end) for f in found] == [
        ("工业生产者出厂价格", -1.8, date(2026, 7, 1), date(2026, 7, 31)),
        ("工业生产者出厂价格", -2.5, date(2026, 1, 1), date(2026, 7, 31)),
        ("生产资料价格", -2.2, date(2026, 7, 1), date(2026, 7, 31)),
        ("生活资料", 0.3, date(2026, 7, 1), date(2026, 7, 31)),
        ("生活资料", -0.4, date(2026, 1, 1), date(2026, 7, 31)),
    ]


def test_a_project_bulletin_reports_the_years_plan_as_a_fact_and_breaks_it_down_by_level() -> None:
    text = (
        "今年全县共排定县级以上重大项目152个，总投资986.4亿元，年度计划投资312.5亿元。\n\n"
        "1—11月，全县重大项目累计完成投资301.2亿元，完成年度计划投资的96.4%。"
        "分层级看，省重大项目完成投资48.7亿元。"
        "沭阳经济技术开发区、沭阳高新技术产业开发区分别完成投资92.6亿元、76.4亿元。全县仍有9个重大项目尚未开工。"
    )
    found = figures(text, region="泗阳县", ref=date(2025, 12, 10), doc_type="other")
    by_value = {f.value: f for f in found}
    assert by_value[312.5].status == "target"  # the year's planned investment is a goal…
    assert {f.status for f in found if f.value != 312.5} == {"actual"}  # …and opens no plan
    assert by_value[96.4].measure == "share_pct"
    assert (by_value[48.7].period_start, by_value[48.7].period_end) == (date(2025, 1, 1), date(2025, 11, 30))
    assert [by_value[v].region for v in (92.6, 76.4)] == ["沭阳经济技术开发区", "沭阳高新技术产业开发区"]
    assert by_value[9].indicator == "重大项目尚未开工"  # not 仍有


def test_a_years_report_records_the_year_before_and_a_heading_of_no_place() -> None:
    text = (
        "《浙江省数字经济发展报告（2025年）》主要内容摘编\n\n"
        "全年全省数字经济规模达到5.12万亿元，总量居全国第4位。全国数字经济规模约58.2万亿元。\n\n"
        "五、数据要素：价值加速释放\n\n数据要素市场化配置改革稳步推进。杭州市数字经济规模达到1.21万亿元。\n\n"
        "七、下一步展望\n\n力争到2027年，全省数字经济规模突破6万亿元。"
    )
    found = figures(text, region="浙江省", ref=date(2025, 9, 16), doc_type="other")
    assert [(f.region, f.measure, f.value, f.period_start, f.period_end) for f in found] == [
        ("浙江省", "amount", 5.12, date(2024, 1, 1), date(2024, 12, 31)),
        ("浙江省", "rank", 4, date(2024, 1, 1), date(2024, 12, 31)),
        ("全国", "amount", 58.2, date(2024, 1, 1), date(2024, 12, 31)),
        ("杭州市", "amount", 1.21, date(2024, 1, 1), date(2024, 12, 31)),
        ("浙江省", "amount", 6, date(2027, 1, 1), date(2027, 12, 31)),
    ]


def test_a_list_of_named_clusters_with_their_place_and_values_parted_by_full_width_spaces() -> None:
    text = normalize(
        "附件：2025年吉林省先进制造业集群名单\n\n"
        "序号\u3000集群名称\u3000所在市\u30002024年产值（亿元）\u3000龙头企业数（家）\n"
        "1\u3000长春市汽车及零部件集群\u3000长春市\u30004286.5\u300031\n"
        "2\u3000吉林市化工新材料集群\u3000吉林市\u3000612.4\u300012\n"
    ).text
    found = figures(text, region="吉林省", ref=date(2025, 9, 16), doc_type="other")
    assert [(f.region, f.indicator, f.value, f.period_start, f.period_end) for f in found] == [
        ("长春市", "汽车及零部件集群产值", 4286.5, date(2024, 1, 1), date(2024, 12, 31)),
        ("长春市", "汽车及零部件集群龙头企业数", 31, date(2024, 12, 31), date(2024, 12, 31)),
        ("吉林市", "化工新材料集群产值", 612.4, date(2024, 1, 1), date(2024, 12, 31)),
        ("吉林市", "化工新材料集群龙头企业数", 12, date(2024, 12, 31), date(2024, 12, 31)),
    ]


def test_an_evaluations_ranked_list_of_zones_with_scores() -> None:
    text = normalize(
        "附件：2025年度省级开发区综合考核评价前十位名单\n\n"
        "排名\u3000开发区名称\u3000所在市\u3000综合得分（分）\n"
        "1\u3000河北正定经济开发区\u3000石家庄市\u300091.26\n"
        "2\u3000沭阳高新区\u3000宿迁市\u300089.57\n"
    ).text
    found = figures(text, region="河北省", ref=date(2026, 4, 22), doc_type="evaluation_report")
    assert [(f.region, f.measure, f.value, f.benchmark) for f in found] == [
        ("河北正定经济开发区", "rank", 1, "河北省"),
        ("河北正定经济开发区", "amount", 91.26, None),
        ("沭阳高新技术产业开发区", "rank", 2, "河北省"),
        ("沭阳高新技术产业开发区", "amount", 89.57, None),
    ]
    assert {(f.period_start, f.period_end) for f in found} == {(date(2025, 1, 1), date(2025, 12, 31))}


def test_a_ranked_list_of_firms_with_their_industry_is_of_the_texts_region() -> None:
    """排名  企业名称  所属行业  …营业收入（亿元）  增速（%）: the industry is no place, and the
    growth column is the growth of the column before it (named, as every growth, by what grew)."""
    text = normalize(
        "附：2025江苏省民营企业100强前2名\n\n"
        "排名\t企业名称\t所属行业\t2024年营业收入（亿元）\t增速（%）\n"
        "1\t江苏远航控股集团有限公司\t汽车及零部件\t1486.3\t11.2\n"
        "2\t常州星河新能源股份有限公司\t新能源\t1032.5\t-2.1\n"
    ).text
    found = figures(text, region="江苏省", ref=date(2025, 9, 19), doc_type="other")
    assert [(f.region, f.indicator, f.measure, f.value) for f in found] == [
        ("江苏省", "江苏远航控股集团有限公司营业收入排名", "rank", 1),
        ("江苏省", "江苏远航控股集团有限公司营业收入", "amount", 1486.3),
        ("江苏省", "江苏远航控股集团有限公司营业收入", "yoy_growth_pct", 11.2),
        ("江苏省", "常州星河新能源股份有限公司营业收入排名", "rank", 2),
        ("江苏省", "常州星河新能源股份有限公司营业收入", "amount", 1032.5),
        ("江苏省", "常州星河新能源股份有限公司营业收入", "yoy_growth_pct", -2.1),
    ]
    assert {(f.period_start, f.period_end) for f in found} == {(date(2024, 1, 1), date(2024, 12, 31))}


def test_a_feeds_posts_each_speak_as_of_their_own_day() -> None:
    """A plan one post speaks of (下一步，…将…) ends with it; 截至目前 in a later post is that
    post's day; the counters under each post are no figures."""
    text = normalize(
        "襄阳发布\n2025-11-17 09:12 来自 微博视频号\n"
        "#襄阳高新区# 今年以来，高新区新签约项目36个。下一步，高新区将加快引进一批项目。\n"
        "转发 42　　评论 18　　赞 355\n▶ 1.5万次播放\n\n"
        "襄阳发布\n2025-11-20 18:26 来自 微博视频号\n"
        "#襄阳外贸# 截至目前，全市企业产品已远销32个国家和地区。本届展会签约项目58个。\n"
        "转发 31　　评论 12　　赞 267\n"
    ).text
    found = figures(text, region="襄阳市", ref=date(2025, 11, 17), doc_type="other")
    assert [(f.value, f.status, f.period_start, f.period_end) for f in found] == [
        (36, "actual", date(2025, 1, 1), date(2025, 11, 17)),
        (32, "actual", date(2025, 11, 20), date(2025, 11, 20)),
        (58, "actual", None, None),  # (a target in the plan of the post before, were it not over)
    ]


def test_a_markdown_table_whose_rows_name_their_unit_after_the_indicator() -> None:
    """| 指标 | 1—10月 | 同比增长（%） | with no unit column: 工业投资（亿元） names its unit."""
    text = normalize(
        "表1　2025年1—10月全市工业投资主要指标\n\n"
        "| 指标 | 1—10月 | 同比增长（%） |\n|---|---|---|\n"
        "| 工业投资（亿元） | 1286.4 | 9.8 |\n| 新开工工业项目（个） | 812 | -2.6 |\n| 备注 | — | — |\n"
    ).text
    found = figures(text, region="常州市", ref=date(2025, 11, 21), doc_type="other")
    assert [(f.indicator, f.measure, f.value, f.unit) for f in found] == [
        ("工业投资", "amount", 1286.4, "亿元"),
        ("工业投资", "yoy_growth_pct", 9.8, "%"),
        ("新开工工业项目", "amount", 812, "个"),
        ("新开工工业项目", "yoy_growth_pct", -2.6, "%"),
    ]
    assert {(f.period_start, f.period_end) for f in found} == {(date(2025, 1, 1), date(2025, 10, 31))}


def test_a_tables_parts_of_the_whole_society_are_named_for_themselves() -> None:
    """第一产业 in a table of 全社会用电量 by industry is 第一产业用电量; the whole's row is the whole."""
    text = normalize(
        "表1　2025年1—10月安徽省分行业全社会用电量\n"
        "行业\t用电量（亿千瓦时）\t同比增长（%）\n"
        "全社会用电量\t2856.43\t7.2\n第一产业\t41.25\t11.6\n"
    ).text
    found = figures(text, region="安徽省", ref=date(2025, 11, 14), doc_type="other")
    assert sorted({f.indicator for f in found}) == ["全社会用电量", "第一产业用电量"]


def test_a_cumulative_count_column_by_city_stands_at_the_years_end() -> None:
    text = normalize(
        "附表：2025年部分设区市绿色制造体系建设情况\n\n"
        "设区市　　新增国家级绿色工厂（家）　　累计省级以上绿色工厂（家）\n南昌市　　11　　286\n"
    ).text
    found = figures(text, region="江西省", ref=date(2026, 1, 23), doc_type="other")
    assert [(f.value, f.period_start, f.period_end) for f in found] == [
        (11, date(2025, 1, 1), date(2025, 12, 31)),
        (286, date(2025, 12, 31), date(2025, 12, 31)),
    ]


def test_a_wide_table_printed_in_two_blocks_takes_its_units_from_the_first() -> None:
    """本月 / 本月比上年同期±% and, in the block below, 1-本月累计 / 累计比上年同期±% without a unit
    column; 本月 is the month the bulletin's title names; a group's label does not end the table."""
    text = normalize(
        "表一　建湖县主要经济指标（一）\n\n"
        "指标名称                        单位          本月        本月比上年同期±%\n"
        "规模以上工业总产值              亿元          68.42           9.1\n"
        "主要工业产品产量\n"
        "  纱                             吨           6120           -3.5\n\n"
        "表一（续）　建湖县主要经济指标（二）\n\n"
        "指标名称                        1-本月累计      累计比上年同期±%\n"
        "规模以上工业总产值                652.18            8.6\n"
        "  纱                              61830            -1.2\n"
    ).text
    found = extract_figures(
        text,
        meta(region="建湖县", ref=date(2025, 11, 17), doc_type="other", title="建湖县统计月报（2025年10月）"),
    )
    got = [(f.indicator, f.value, f.unit, f.period_start, f.period_end) for f in found]
    october, to_october = (date(2025, 10, 1), date(2025, 10, 31)), (date(2025, 1, 1), date(2025, 10, 31))
    assert got == [
        ("规模以上工业总产值", 68.42, "亿元", *october),
        ("规模以上工业总产值", 9.1, "%", *october),
        ("纱", 6120, "吨", *october),
        ("纱", -3.5, "%", *october),
        ("规模以上工业总产值", 652.18, "亿元", *to_october),
        ("规模以上工业总产值", 8.6, "%", *to_october),
        ("纱", 61830, "吨", *to_october),
        ("纱", -1.2, "%", *to_october),
    ]


def test_a_sum_column_and_a_list_of_names_by_city() -> None:
    """合计（个） sums the columns before it; 序号 设区市 企业名称 智能工厂名称 lists names whose
    numbers (年产1200万片…) are no figures."""
    text = normalize(
        "表1　2025年度各设区市入选情况\n\n设区市\t智能工厂（家）\t数字化车间（个）\t合计（个）\n"
        "南昌市\t7\t22\t29\n\n附件1\n\n2025年度江西省智能工厂名单\n\n"
        "序号\t设区市\t企业名称\t智能工厂名称\n1\t南昌市\t江西昌泰光电科技有限公司\t年产1200万片光学镜头模组智能工厂\n"
    ).text
    found = figures(text, region="江西省", ref=date(2025, 12, 19), doc_type="other")
    assert [(f.indicator, f.value) for f in found] == [
        ("智能工厂", 7),
        ("数字化车间", 22),
        ("智能工厂和数字化车间", 29),
    ]


def test_a_table_printed_as_csv_lines_inside_a_page() -> None:
    """指标名称,单位,2025年1-9月,同比增长(%) and rows with quoted cells ("3,512.67", a name with a comma)."""
    text = normalize(
        "数据预览（CSV）\n\n指标名称,单位,2025年1-9月,同比增长(%)\n"
        '地区生产总值,亿元,"3,512.67",5.6\n'
        '"民间投资(不含农户,含民间项目投资)",—,—,-3.5\n'
        "社会消费品零售总额,亿元,1286.35,5.1\n"
    ).text
    assert "地区生产总值  亿元  3512.67  5.6" in text
    found = figures(text, region="赣州市", ref=date(2025, 10, 28), doc_type="other")
    assert [(f.indicator[:4], f.value) for f in found] == [
        ("地区生产", 3512.67),
        ("地区生产", 5.6),
        ("民间投资", -3.5),
        ("社会消费", 1286.35),
        ("社会消费", 5.1),
    ]
    assert {(f.period_start, f.period_end) for f in found} == {(date(2025, 1, 1), date(2025, 9, 30))}


def test_a_table_by_district_headed_by_the_levels_it_lists() -> None:
    """区、县（市） heads the places' column: its 、 makes no prose of the header; a district
    opening a clause on 亩均… is its subject."""
    text = normalize(
        "表1　2025年绍兴市各区、县（市）规上工业企业亩均效益情况\n"
        "区、县（市）\t亩均税收（万元/亩）\t增幅（%）\n越城区\t45.8\t11.2\n\n"
        "越城区亩均营业收入806.3万元/亩。"
    ).text
    found = figures(text, region="绍兴市", ref=date(2026, 2, 12), doc_type="other")
    assert sorted((f.region, f.indicator, f.value) for f in found) == [
        ("越城区", "亩均税收", 11.2),
        ("越城区", "亩均税收", 45.8),
        ("越城区", "亩均营业收入", 806.3),
    ]


def test_a_table_of_stage_targets_by_quarter() -> None:
    """指标 一季度 上半年 前三季度 全年 under a caption of 2026, read in February 2026: goals of
    2026's months to date, whatever 一季度 alone would mean in February."""
    text = normalize(
        "附表　洛阳市2026年工业经济主要指标分阶段目标\n指标\t一季度\t上半年\t前三季度\t全年\n"
        "规上工业增加值增速（%）\t6.8\t7.0\t7.3\t7.5\n"
    ).text
    found = figures(text, region="洛阳市", ref=date(2026, 2, 10), doc_type="work_plan")
    assert [(f.value, f.status, f.period_start, f.period_end) for f in found] == [
        (6.8, "target", date(2026, 1, 1), date(2026, 3, 31)),
        (7.0, "target", date(2026, 1, 1), date(2026, 6, 30)),
        (7.3, "target", date(2026, 1, 1), date(2026, 9, 30)),
        (7.5, "target", date(2026, 1, 1), date(2026, 12, 31)),
    ]


def test_the_years_name_said_late_in_the_year_opens_no_plan() -> None:
    text = (
        "各位记者朋友，大家下午好！今年是“十五五”开局之年。前三季度，全国规模以上工业增加值同比增长5.9%。\n\n"
        "二是新动能持续壮大。高技术制造业增加值增长9.1%。工业机器人产量增长31.4%。"
    )
    found = figures(text, region="全国", ref=date(2026, 10, 22), doc_type="press_conference")
    assert {f.status for f in found} == {"actual"}
    early = figures(
        "今年是“十五五”开局之年。全省规模以上工业增加值增长6%左右。", region="河南省", ref=date(2026, 1, 20)
    )
    assert {f.status for f in early} == {"target"}


def test_projects_at_each_stage_are_the_projects_counted_before() -> None:
    text = (
        "全年新开工亿元以上工业项目68个、竣工投产47个。"
        "今年以来全县实施亿元以上工业项目39个，其中新开工18个、竣工投产11个。"
    )
    found = figures(text, region="故城县", ref=date(2025, 12, 30), doc_type="other")
    assert [(f.indicator, f.value) for f in found] == [
        ("新开工亿元以上工业项目", 68),
        ("竣工投产亿元以上工业项目", 47),
        ("亿元以上工业项目", 39),
        ("新开工亿元以上工业项目", 18),
        ("竣工投产亿元以上工业项目", 11),
    ]


def test_a_banner_of_inner_mongolia_is_a_county_level_region() -> None:
    found = figures("伊金霍洛旗规上工业增加值增长9.8%。", region="鄂尔多斯市", ref=date(2026, 1, 26))
    assert [(f.region, f.indicator) for f in found] == [("伊金霍洛旗", "规模以上工业增加值")]


def test_a_size_class_given_as_a_range_names_the_projects_it_counts() -> None:
    found = figures(
        "新开工项目82个，其中10亿元以上项目12个、5亿元至10亿元项目19个。",
        region="沭阳县",
        ref=date(2025, 12, 10),
    )
    assert [(f.indicator, f.value) for f in found] == [
        ("新开工项目", 82),
        ("10亿元以上项目", 12),
        ("5亿元至10亿元项目", 19),
    ]


def test_a_preposition_after_respectively_names_nothing() -> None:
    found = figures(
        "河北清河经济开发区、河北任丘经济开发区分别以90.83分、89.57分位列第二、第三。",
        region="河北省",
        ref=date(2026, 4, 22),
    )
    assert all(f.indicator not in ("以", "") for f in found)


def test_a_slight_rise_is_growth_and_a_clock_time_in_words_is_no_score() -> None:
    text = "纸制品业的生产者价格指数按年微升0.6%。发布时间：香港时间16时30分。"
    found = figures(text, region="香港特别行政区", ref=date(2025, 9, 12))
    assert [(f.measure, f.value) for f in found] == [("yoy_growth_pct", 0.6)]


def test_how_much_a_level_changed_over_the_year_before_is_an_amount_of_its_own() -> None:
    text = (
        "平均得分为72.46分，比上年提高1.83分。全省规上工业企业9864家，比上年末增加412家。"
        "粮食产量比上年增加8.9亿斤。"
    )
    found = figures(text, region="河北省", ref=date(2026, 4, 22))
    assert [(f.indicator, f.value) for f in found] == [
        ("平均得分", 72.46),
        ("平均得分（比上年提高）", 1.83),
        ("规模以上工业企业", 9864),
        ("规模以上工业企业（比上年末增加）", 412),
    ]  # (a change whose level the text does not give stays no figure)


def test_a_provinces_short_name_opens_its_own_figures_of_more_kinds() -> None:
    text = (
        "河南战略性新兴产业增加值增长12.5%。四川出口同比下降3.8%。安徽前10个月新开工亿元以上工业项目2486个。"
    )
    found = figures(text, region="全国", ref=date(2025, 11, 24), doc_type="news_article")
    assert [f.region for f in found] == ["河南省", "四川省", "安徽省"]


def test_a_ranked_table_of_cities_gives_each_city_its_rank_and_score() -> None:
    text = "排名  城市  所在省份  综合得分（分）\n1  深圳市  广东省  93.42\n2  成都市  四川省  91.87\n"
    found = figures(text, region="全国", ref=date(2026, 5, 18), doc_type="other")
    assert [(f.region, f.measure, f.value) for f in found] == [
        ("深圳市", "rank", 1),
        ("深圳市", "amount", 93.42),
        ("成都市", "rank", 2),
        ("成都市", "amount", 91.87),
    ]


def test_a_table_by_city_of_signed_changes_and_a_spaced_out_label() -> None:
    text = normalize(
        "附表2024年各设区市能源消费主要指标\n\n"
        "地区\u3000单位地区生产总值能耗上升或下降（±%）\u3000能源消费总量增速（%）\n"
        "全\u3000省\u3000-3.2\u30001.7\n南昌市\u3000-4.1\u30001.3\n"
    ).text
    found = figures(text, region="江西省", ref=date(2025, 7, 25), doc_type="other")
    assert [(f.region, f.indicator, f.value) for f in found] == [
        ("江西省", "单位地区生产总值能耗", -3.2),
        ("江西省", "能源消费总量", 1.7),
        ("南昌市", "单位地区生产总值能耗", -4.1),
        ("南昌市", "能源消费总量", 1.3),
    ]


def test_a_parks_page_names_its_built_up_area_and_what_lies_within_it() -> None:
    text = "经开区规划面积110平方公里，其中建成区面积62.5平方公里。区内拥有省级以上研发平台148个。"
    found = figures(text, region="滁州经济技术开发区", ref=date(2026, 3, 16))
    assert [f.indicator for f in found][1:] == ["建成区面积", "省级以上研发平台"]


def test_abbreviations_name_their_indicators_and_places() -> None:
    text = (
        "2025年，全市GDP达到14,216.8亿元、同比增长5.7 %。同期全国R&D经费投入强度为2.68%。"
        "蜀山区技术合同成交额同比增长25.6 %。"
    )
    found = figures(text, region="合肥市", ref=date(2026, 2, 6))
    assert [(f.region, f.indicator, f.value) for f in found] == [
        ("合肥市", "地区生产总值", 14216.8),
        ("合肥市", "地区生产总值", 5.7),
        ("全国", "R&D经费投入强度", 2.68),
        ("蜀山区", "技术合同成交额", 25.6),
    ]


def test_a_table_of_parts_under_two_indicators_gives_each_part_both() -> None:
    # a statistical release's table: each indicator heads a level and a growth column, the
    # units stand on a line of their own, and a sector's name lists with 、
    text = normalize(
        "表2\u30002025年1—8月份规模以上工业企业经济效益指标\n\n"
        "\u3000\u3000\u3000\u3000\u3000\u3000营业成本\u3000\u3000\u3000\u3000应收账款\n"
        "分\u3000组\u3000\u3000\u3000\u30001—8月份\u3000\u3000同比增长\u3000\u30008月末\u3000\u3000同比增长\n"
        "\u3000\u3000\u3000\u3000\u3000\u3000（亿元）\u3000\u3000（%）\u3000\u3000（亿元）\u3000\u3000（%）\n"
        "总计\u3000\u3000\u3000\u30004120.5\u3000\u30003.3\u3000\u30009876.0\u3000\u30005.1\n"
        "\u3000\u3000\u3000石油、煤炭及其他燃料加工业\u3000318.2\u3000\u3000-1.4\u3000\u3000705.6\u3000\u30002.2\n"
        "其中：民营企业\u3000\u3000\u30001650.9\u3000\u30004.0\u3000\u30003022.7\u3000\u30006.8\n"
    ).text
    found = figures(text, region="山西省", ref=date(2025, 9, 27), doc_type="other")
    assert [(f.indicator, f.measure, f.value) for f in found] == [
        ("规模以上工业企业营业成本", "amount", 4120.5),
        ("规模以上工业企业营业成本", "yoy_growth_pct", 3.3),
        ("规模以上工业企业应收账款", "amount", 9876.0),
        ("规模以上工业企业应收账款", "yoy_growth_pct", 5.1),
        ("石油、煤炭及其他燃料加工业营业成本", "amount", 318.2),
        ("石油、煤炭及其他燃料加工业营业成本", "yoy_growth_pct", -1.4),
        ("石油、煤炭及其他燃料加工业应收账款", "amount", 705.6),
        ("石油、煤炭及其他燃料加工业应收账款", "yoy_growth_pct", 2.2),
        ("民营企业营业成本", "amount", 1650.9),
        ("民营企业营业成本", "yoy_growth_pct", 4.0),
        ("民营企业应收账款", "amount", 3022.7),
        ("民营企业应收账款", "yoy_growth_pct", 6.8),
    ]
    assert {(f.period_start, f.period_end) for f in found[:2]} == {(date(2025, 1, 1), date(2025, 8, 31))}
    assert (found[2].period_type, found[2].period_end) == ("as_of", date(2025, 8, 31))  # 8月末: a stock


def test_scores_that_won_ranks_go_with_their_places_and_are_named_by_the_ranking() -> None:
    text = (
        "2024年考核中，嘉兴市以88.6分位居营商环境排名第1位，湖州市、绍兴市分别以86.3分、85.9分位列第2位、第3位。"
        "考核以60分为合格线。"
    )
    found = figures(text, region="浙江省", ref=date(2025, 4, 2), doc_type="other")
    assert [(f.region, f.indicator, f.measure, f.value) for f in found] == [
        ("嘉兴市", "营商环境得分", "amount", 88.6),
        ("嘉兴市", "营商环境排名", "rank", 1),
        ("湖州市", "营商环境得分", "amount", 86.3),
        ("绍兴市", "营商环境得分", "amount", 85.9),
        ("湖州市", "营商环境排名", "rank", 2),
        ("绍兴市", "营商环境排名", "rank", 3),
    ]  # (a pass mark is no score of anyone's)


def test_scores_listed_first_in_a_text_are_plain_scores() -> None:
    found = figures(
        "宜昌市、襄阳市分别以91.2分、90.4分排名第一、第二。", region="湖北省", ref=date(2025, 4, 2)
    )
    assert [(f.region, f.indicator, f.value) for f in found] == [
        ("宜昌市", "得分", 91.2),
        ("襄阳市", "得分", 90.4),
        ("宜昌市", "得分排名", 1),
        ("襄阳市", "得分排名", 2),
    ]


def test_a_monthly_table_of_products_gives_the_month_the_months_to_date_and_their_growth() -> None:
    text = normalize(
        "3-4  规模以上工业主要产品产量\n2025年4月\n"
        "产品名称      计量单位    本月    1—本月累计   同比增长%\n"
        "水泥          万吨        52.1    180.4        -3.2\n"
        "硫酸（折100%）  吨        9120    35012        4.4\n"
        "化学农药原药  吨          310     1206         2.5\n"
        "（折有效成分100%）\n"
        "饲料          万吨        12.6    48.3         7.1\n"
    ).text
    found = figures(text, region="常德市", ref=date(2025, 5, 20), doc_type="other")
    april, to_april = (date(2025, 4, 1), date(2025, 4, 30)), (date(2025, 1, 1), date(2025, 4, 30))
    assert [(f.indicator, f.measure, f.value, (f.period_start, f.period_end)) for f in found] == [
        ("水泥产量", "amount", 52.1, april),
        ("水泥产量", "amount", 180.4, to_april),
        ("水泥产量", "yoy_growth_pct", -3.2, to_april),
        ("硫酸产量", "amount", 9120, april),
        ("硫酸产量", "amount", 35012, to_april),
        ("硫酸产量", "yoy_growth_pct", 4.4, to_april),
        ("化学农药原药产量", "amount", 310, april),
        ("化学农药原药产量", "amount", 1206, to_april),
        ("化学农药原药产量", "yoy_growth_pct", 2.5, to_april),
        ("饲料产量", "amount", 12.6, april),
        ("饲料产量", "amount", 48.3, to_april),
        ("饲料产量", "yoy_growth_pct", 7.1, to_april),
    ]  # (the 100% of a row's name is none of its values; a wrapped name does not end the table)


def test_a_macao_survey_in_patacas_with_a_growth_then_the_level_it_reached() -> None:
    text = normalize(
        "2025年建筑业场所的收益为412.6億澳門元，按年上升5.1%。印刷業收益按年上升8.2%至3.4億澳門元，"
        "增加值錄得1.2億澳門元。在職員工50名或以上的場所有37間。"
    ).text
    found = figures(text, region="澳门特别行政区", ref=date(2026, 9, 15), doc_type="other")
    assert [(f.indicator, f.measure, f.value, f.unit) for f in found] == [
        ("建筑业场所的收益", "amount", 412.6, "亿澳门元"),
        ("建筑业场所的收益", "yoy_growth_pct", 5.1, "%"),
        ("印刷业收益", "yoy_growth_pct", 8.2, "%"),
        ("印刷业收益", "amount", 3.4, "亿澳门元"),
        ("印刷业增加值", "amount", 1.2, "亿澳门元"),
        ("在职员工50名或以上的场所", "amount", 37, "间"),
    ]  # (8.2% to 3.4亿 is no range of 8.2亿 to 3.4亿; the value added is the printing industry's, as
    # its receipts are; 50名 is a size class, no figure)


def test_a_ruled_table_of_years_with_thousands_and_a_change_column() -> None:
    text = normalize(
        "主要统计指标\n\n指标 | 2024年 | 2025年 | 变动率(%)\n"
        "场所数目(间) | 1,187 | 1,204 | +1.4\n在职员工(名) | 23,410 | 22,950 | -2.0\n"
    ).text
    found = figures(text, region="澳门特别行政区", ref=date(2026, 9, 15), doc_type="other")
    assert [
        (f.indicator, f.measure, f.value, f.period_end.year if f.period_end else None) for f in found
    ] == [
        ("场所数目", "amount", 1187, 2024),
        ("场所数目", "amount", 1204, 2025),
        ("场所数目", "yoy_growth_pct", 1.4, 2025),
        ("在职员工", "amount", 23410, 2024),
        ("在职员工", "amount", 22950, 2025),
        ("在职员工", "yoy_growth_pct", -2.0, 2025),
    ]


def test_money_paid_out_over_months_or_years_is_a_sum_of_them_not_a_stock() -> None:
    text = (
        "前三季度，全省累计兑现惠企政策资金512.3亿元，惠及经营主体98.6万户次。"
        "其中，技术改造补助资金42.1亿元。对新认定的企业，奖励资金100万元。"
    )
    found = figures(text, region="安徽省", ref=date(2025, 10, 28), doc_type="other")
    assert [(f.value, f.unit, f.period_type, f.period_start, f.period_end) for f in found] == [
        (512.3, "亿元", "ytd", date(2025, 1, 1), date(2025, 9, 30)),
        (98.6, "万户次", "ytd", date(2025, 1, 1), date(2025, 9, 30)),
        (42.1, "亿元", "ytd", date(2025, 1, 1), date(2025, 9, 30)),
    ]  # (a subsidy's standard is no figure)


def test_an_audit_of_a_years_budget_sums_its_years_and_names_the_year_itself() -> None:
    text = "审计结果表明，3年间市级财政累计安排工业发展专项资金12.6亿元。2024年当年安排资金4.8亿元。"
    title = "关于2024年度市级预算执行和其他财政收支的审计工作报告"
    found = figures(text, region="德阳市", ref=date(2025, 9, 5), doc_type="other", title=title)
    assert [(f.value, f.period_type, f.period_start, f.period_end) for f in found] == [
        (12.6, "multi_year", date(2022, 1, 1), date(2024, 12, 31)),
        (4.8, "full_year", date(2024, 1, 1), date(2024, 12, 31)),
    ]  # (3年间 ends with the year the report reviews; 2024年当年 is 2024)


def test_places_counted_among_a_population_take_its_noun_and_each_shares_one_number() -> None:
    text = "2025年，新认定的12家省级工业设计中心中，宁波市4家、杭州市3家，温州市、湖州市各2家。"
    found = figures(text, region="浙江省", ref=date(2025, 12, 18))
    assert [(f.region, f.indicator, f.value) for f in found] == [
        ("宁波市", "省级工业设计中心", 4),
        ("杭州市", "省级工业设计中心", 3),
        ("温州市", "省级工业设计中心", 2),
        ("湖州市", "省级工业设计中心", 2),
    ]  # (not the section's topic; 各 gives 2 to each place, not to the first place named)


def test_a_signing_ceremonys_paragraph_counts_that_day_and_a_rate_to_date_is_no_goal() -> None:
    text = (
        "此次集中签约项目32个，总投资288.4亿元。按资金来源分，内资项目27个，投资额236.1亿元。\n\n"
        "截至5月底，今年签约项目履约率达到91.2%，开工率为64.8%。"
    )
    found = figures(text, region="株洲市", ref=date(2026, 6, 18))
    assert [(f.value, f.status, f.period_type, f.period_end) for f in found] == [
        (32, "actual", "as_of", date(2026, 6, 18)),
        (288.4, "actual", "as_of", date(2026, 6, 18)),
        (27, "actual", "as_of", date(2026, 6, 18)),
        (236.1, "actual", "as_of", date(2026, 6, 18)),
        (91.2, "actual", "as_of", date(2026, 5, 31)),
        (64.8, "actual", "as_of", date(2026, 5, 31)),
    ]  # (今年 names which projects the rate is of: no goal of the year)


def test_a_features_whole_year_is_the_year_its_paragraph_opened_with_and_recent_years_have_ended() -> None:
    text = (
        "2025年，芜湖工业投资增长14.2%。全年实施亿元以上技改项目203个。\n\n"
        "近3年，全市新签约机器人产业链项目88个。"
    )
    found = figures(text, region="芜湖市", ref=date(2026, 5, 18))
    assert [(f.value, f.period_start, f.period_end) for f in found] == [
        (14.2, date(2025, 1, 1), date(2025, 12, 31)),
        (203, date(2025, 1, 1), date(2025, 12, 31)),
        (88, date(2023, 1, 1), date(2025, 12, 31)),
    ]  # (written in May 2026: 全年 is not 2026, nor do the three years run into it)


def test_a_plans_year_end_stock_does_not_date_the_flows_after_its_semicolon() -> None:
    text = "壮大企业梯队。年末规上工业企业总数达到412家；新培育省级专精特新中小企业15家、创新型中小企业36家。"
    found = figures(text, region="枣阳市", ref=date(2026, 2, 10), doc_type="work_plan")
    assert [(f.value, f.period_type, f.period_start) for f in found] == [
        (412, "as_of", date(2026, 12, 31)),
        (15, "full_year", date(2026, 1, 1)),
        (36, "full_year", date(2026, 1, 1)),
    ]


def test_the_clauses_after_a_sum_over_years_sum_them_too_unless_they_name_their_own_year() -> None:
    text = "五年间市级财政累计安排专项资金21.5亿元，支持企业860户；当年新增国家级绿色工厂9家。"
    title = "关于2024年度市级预算执行和其他财政收支的审计工作报告"
    found = figures(text, region="绵阳市", ref=date(2025, 9, 5), doc_type="other", title=title)
    assert [(f.value, f.period_type, f.period_start, f.period_end) for f in found] == [
        (21.5, "multi_year", date(2020, 1, 1), date(2024, 12, 31)),
        (860, "multi_year", date(2020, 1, 1), date(2024, 12, 31)),
        (9, "full_year", date(2024, 1, 1), date(2024, 12, 31)),
    ]


def test_firms_newly_named_in_a_news_item_of_december_are_the_years() -> None:
    text = "近日，工业和信息化部公布第九批制造业单项冠军企业名单。我省11家企业入选，其中宁波市4家。"
    found = figures(text, region="浙江省", ref=date(2025, 12, 18))
    assert [(f.value, f.period_type, f.period_start) for f in found] == [
        (11, "full_year", date(2025, 1, 1)),
        (4, "full_year", date(2025, 1, 1)),
    ]
    in_june = figures(text, region="浙江省", ref=date(2025, 6, 18))
    assert [f.period_type for f in in_june] == ["unknown", "unknown"]  # (the year is not yet its own)


def test_a_balances_growth_stands_at_its_date_and_funds_sent_down_are_no_stock() -> None:
    text = (
        "截至9月末，全省专精特新企业贷款余额1386.2亿元，同比增长16.4%。"
        "前三季度，省级专项资金下达各地和企业42.7亿元，同比增长6.1%。"
    )
    found = figures(text, region="湖南省", ref=date(2025, 10, 28))
    assert [(f.value, f.period_type, f.period_start, f.period_end) for f in found] == [
        (1386.2, "as_of", date(2025, 9, 30), date(2025, 9, 30)),
        (16.4, "as_of", date(2025, 9, 30), date(2025, 9, 30)),
        (42.7, "ytd", date(2025, 1, 1), date(2025, 9, 30)),
        (6.1, "ytd", date(2025, 1, 1), date(2025, 9, 30)),
    ]


def test_a_countys_table_under_drawn_rules_gives_levels_growths_and_ranks_by_growth() -> None:
    text = normalize(
        "2025年1—11月射阳县主要经济指标\n──────────────────\n"
        "指标名称      单位      1—11月   同比增长(%)  全市位次\n──────────────────\n"
        "规模以上工业总产值   亿元   712.35   8.1   5\n"
        "固定资产投资   亿元   —   4.9   6\n"
        "规模以上工业企业数（11月末）   个   436   —   —\n──────────────────\n"
    ).text
    found = figures(text, region="射阳县", ref=date(2025, 12, 22), doc_type="other")
    assert [(f.indicator, f.measure, f.value, f.period_type) for f in found] == [
        ("规模以上工业总产值", "amount", 712.35, "ytd"),
        ("规模以上工业总产值", "yoy_growth_pct", 8.1, "ytd"),
        ("规模以上工业总产值增速", "rank", 5, "ytd"),
        ("固定资产投资", "yoy_growth_pct", 4.9, "ytd"),
        ("固定资产投资增速", "rank", 6, "ytd"),
        ("规模以上工业企业数", "amount", 436, "as_of"),
    ]


def test_a_table_whose_caption_says_growth_in_percent_and_a_span_shared_out_by_year() -> None:
    text = normalize(
        "表1  2021—2025年全省规上工业及主要板块增加值增速（%）\n\n"
        "项目       2021年  2022年  2023年\n高技术制造业   21.3  13.4  11.9\n\n"
        "2021—2023年，高技术制造业增加值占规上工业的比重分别为14.2%、15.8%和17.1%。"
    ).text
    found = figures(text, region="江西省", ref=date(2024, 3, 18), doc_type="other")
    got = [(f.indicator, f.measure, f.value, f.period_start.year if f.period_start else None) for f in found]
    assert sorted(got, key=lambda row: (row[1], row[3])) == [
        ("高技术制造业增加值占规模以上工业的比重", "share_pct", 14.2, 2021),
        ("高技术制造业增加值占规模以上工业的比重", "share_pct", 15.8, 2022),
        ("高技术制造业增加值占规模以上工业的比重", "share_pct", 17.1, 2023),
        ("高技术制造业增加值", "yoy_growth_pct", 21.3, 2021),
        ("高技术制造业增加值", "yoy_growth_pct", 13.4, 2022),
        ("高技术制造业增加值", "yoy_growth_pct", 11.9, 2023),
    ]


def test_a_table_by_city_of_investment_and_the_share_of_the_years_plan_done() -> None:
    text = normalize(
        "表  2025年前三季度各市省级重点建设项目完成投资情况\n\n"
        "设区市  完成投资（亿元）  完成年度计划（%）\n太原市  842.6  88.4\n大同市  356.8  86.1\n"
    ).text
    found = figures(text, region="山西省", ref=date(2025, 10, 28), doc_type="other")
    assert [(f.region, f.indicator, f.measure, f.value) for f in found] == [
        ("太原市", "省级重点建设项目完成投资", "amount", 842.6),  # (the caption names whose)
        ("太原市", "投资目标完成率", "share_pct", 88.4),
        ("大同市", "省级重点建设项目完成投资", "amount", 356.8),
        ("大同市", "投资目标完成率", "share_pct", 86.1),
    ]


def test_a_briefings_contents_open_no_plan_and_money_summed_over_months_is_theirs() -> None:
    text = (
        "工作简报\n2026年第7期\n\n本期要目\n● 中小企业融资服务提质扩面\n● 下半年重点工作安排\n\n"
        "【融资服务】1—7月，全市依托融资服务平台累计促成中小企业融资218.4亿元、1.12万笔。\n\n"
        "【服务专员】全市服务专员累计走访企业3.27万家次，收集企业诉求4512项。"
    )
    found = figures(text, region="佛山市", ref=date(2026, 8, 12), doc_type="other")
    assert [(f.value, f.status, f.period_type) for f in found] == [
        (218.4, "actual", "ytd"),
        (1.12, "actual", "ytd"),
        (3.27, "actual", "as_of"),
        (4512, "actual", "as_of"),
    ]  # (● 下半年重点工作安排 in the contents names a section to come, no plan of this one)


def test_the_park_a_paragraph_opens_with_is_whom_园区_means_after_it() -> None:
    text = (
        "许昌经济技术开发区是国家级经济技术开发区，规划面积32.4平方公里。2025年，园区实现规上工业营业收入412.6亿元。\n\n"
        "园区已累计建成标准化厂房96万平方米。全省规上工业增加值增长6.1%。"
    )
    found = figures(text, region="河南省", ref=date(2026, 3, 13), doc_type="other")
    assert [(f.value, f.region) for f in found][1:] == [
        (412.6, "许昌经济技术开发区"),
        (96, "许昌经济技术开发区"),
        (6.1, "河南省"),
    ]


def test_a_table_by_province_whose_unit_stands_on_the_line_above() -> None:
    text = normalize(
        "2025年度绿色制造名单分省份分布情况\n\n单位：家、个\n省份    绿色工厂  绿色工业园区\n"
        "北京    18     —\n河北    58     2\n合计    1268    32\n"
    ).text
    found = figures(text, region="全国", ref=date(2026, 1, 20), doc_type="other")
    assert [(f.region, f.indicator, f.value) for f in found] == [
        ("北京市", "绿色工厂", 18),
        ("河北省", "绿色工厂", 58),
        ("河北省", "绿色工业园区", 2),
        ("全国", "绿色工厂", 1268),
        ("全国", "绿色工业园区", 32),
    ]


def test_a_word_before_a_citys_name_makes_no_county_and_现时_is_the_texts_date() -> None:
    text = (
        "在深圳，代表团参观了多家企业。据深圳市统计局资料，"
        "深圳今年上半年规模以上工业增加值按年增长6.1%。\n\n香港现时约有8,900间制造业机构。"
    )
    found = figures(text, region="香港特别行政区", ref=date(2025, 9, 12))
    assert [(f.region, f.value, f.period_type) for f in found] == [
        ("深圳市", 6.1, "ytd"),
        ("香港特别行政区", 8900, "as_of"),
    ]  # (not 据深圳市, a county-level city that does not exist)
    in_section = figures(
        "深圳：高新科技制造业领先全国\n\n据深圳市统计局资料，深圳今年上半年规模以上工业增加值按年增长6.1%。",
        region="香港特别行政区",
        ref=date(2025, 9, 12),
    )
    assert [f.region for f in in_section] == ["深圳市"]


def test_a_compact_releases_lists_by_kind_of_firm_by_sector_and_by_city() -> None:
    text = (
        "1—10月，全省规上工业增加值增长7.1%。分门类，采矿业、制造业，电力、热力、燃气及水生产和供应业增加值"
        "分别增长2.8%、7.6%、5.1%。分经济类型，国有控股企业、外商及港澳台商投资企业、私营企业增加值分别增长"
        "4.9%、3.8%、8.2%。\n\n1—10月，11个设区市规上工业增加值均实现增长。萍乡、新余市分别增长8.4%、7.9%。"
    )
    found = figures(text, region="江西省", ref=date(2026, 11, 17), doc_type="other")
    assert [(f.region, f.indicator, f.value) for f in found if f.measure == "yoy_growth_pct"][1:] == [
        ("江西省", "采矿业增加值", 2.8),
        ("江西省", "制造业增加值", 7.6),
        ("江西省", "电力、热力、燃气及水生产和供应业增加值", 5.1),
        ("江西省", "国有控股企业增加值", 4.9),
        ("江西省", "外商及港澳台商投资企业增加值", 3.8),
        ("江西省", "私营企业增加值", 8.2),
        ("萍乡市", "工业增加值", 8.4),
        ("新余市", "工业增加值", 7.9),
    ]


def test_a_place_that_grew_after_a_sentence_naming_the_growth_without_its_number() -> None:
    text = "分地区看，全省17个省辖市中，有16个规上工业增加值实现正增长。漯河市增长9.4%，高于全省1.3个百分点。"
    found = figures(text, region="河南省", ref=date(2025, 7, 24))
    assert [(f.region, f.indicator, f.measure, f.value) for f in found if f.region == "漯河市"] == [
        ("漯河市", "工业增加值", "yoy_growth_pct", 9.4),
        ("漯河市", "工业增加值", "pp_diff", 1.3),
    ]


def test_a_three_year_plans_levels_are_its_last_years_and_its_additions_its_years() -> None:
    text = (
        "二、主要目标\n\n到2028年，全市制造业规模能级显著提升。\n\n——规模能级跃上新台阶。全市规上工业营业收入"
        "突破6200亿元；制造业增加值占地区生产总值比重达到31%。三年累计新增规上工业企业300家。"
    )
    title = "关于印发宜昌市制造业高质量发展三年行动计划（2026—2028年）的通知"
    found = figures(text, region="宜昌市", ref=date(2026, 2, 24), doc_type="work_plan", title=title)
    assert [(f.value, f.period_type, f.period_start, f.period_end) for f in found] == [
        (6200, "full_year", date(2028, 1, 1), date(2028, 12, 31)),
        (31, "full_year", date(2028, 1, 1), date(2028, 12, 31)),
        (300, "multi_year", date(2026, 1, 1), date(2028, 12, 31)),
    ]


def test_total_assets_are_a_stock_and_their_growth_since_the_years_start_stands_at_its_end() -> None:
    text = "截至2025年末，集团资产总额达到3120.6亿元，较年初增长6.4%。"
    found = figures(text, region="湖南省", ref=date(2026, 1, 16))
    assert [(f.measure, f.period_type, f.period_end) for f in found] == [
        ("amount", "as_of", date(2025, 12, 31)),
        ("yoy_growth_pct", "as_of", date(2025, 12, 31)),
    ]  # (资产总额 holds 总额, a word of flows, but is no flow)


def test_a_completion_rate_keeps_its_name() -> None:
    found = figures("钱集镇、贤官镇完成率分别为95.3%和93.8%。", region="沭阳县", ref=date(2025, 12, 10))
    assert [(f.region, f.indicator) for f in found] == [("钱集镇", "完成率"), ("贤官镇", "完成率")]


def test_a_citys_short_name_opens_its_trade_and_what_it_has() -> None:
    text = "1—9月烟台货物进出口总额3126.7亿元，增长4.2%。潍坊拥有国家级专精特新“小巨人”企业112家。"
    found = figures(text, region="山东省", ref=date(2025, 10, 30))
    assert [(f.region, f.indicator) for f in found] == [
        ("烟台市", "货物进出口总额"),
        ("烟台市", "货物进出口总额"),
        ("潍坊市", "国家级专精特新“小巨人”企业"),
    ]


def test_a_table_by_city_whose_caption_names_what_a_bare_column_measures() -> None:
    text = normalize(
        "安徽主要城市2025年汽车产量\n城市 | 产量（万辆） | 年增（%）\n"
        "合肥 | 142.6 | 8.3\n芜湖 | 118.5 | 12.1\n"
    ).text
    found = figures(text, region="安徽省", ref=date(2026, 2, 12), doc_type="news")
    assert [(f.region, f.indicator, f.measure, f.value) for f in found] == [
        ("合肥市", "汽车产量", "amount", 142.6),
        ("合肥市", "汽车产量", "yoy_growth_pct", 8.3),
        ("芜湖市", "汽车产量", "amount", 118.5),
        ("芜湖市", "汽车产量", "yoy_growth_pct", 12.1),
    ]


def test_a_releases_table_of_growth_by_month_gives_each_month_and_the_months_to_date() -> None:
    text = normalize(
        "附表1 2025年规模以上工业增加值分月增长速度\n\n单位：%\n月 份     当月同比增长    累计同比增长\n"
        "1—2月       —         5.9\n3月        7.7        6.5\n"
    ).text
    found = figures(text, region="全国", ref=date(2025, 4, 16), doc_type="other")
    assert [(f.indicator, f.value, f.period_start, f.period_end) for f in found] == [
        ("规模以上工业增加值", 5.9, date(2025, 1, 1), date(2025, 2, 28)),
        ("规模以上工业增加值", 7.7, date(2025, 3, 1), date(2025, 3, 31)),
        ("规模以上工业增加值", 6.5, date(2025, 1, 1), date(2025, 3, 31)),
    ]


def test_a_subject_over_listed_years_does_what_is_named_after_each_year_in_turn() -> None:
    # 市级财政分别安排专项资金…: the money is the figure, not the treasury; 全市 after the years'
    # clause names no item, so the years still share out the counts
    text = (
        "2023年、2024年、2025年，市级财政分别安排中小企业发展专项资金2.6亿元、3.1亿元、3.5亿元。"
        "2023年、2024年、2025年，全市分别新认定省级专精特新中小企业238家、305家、362家。"
    )
    found = figures(text, region="潍坊市", ref=date(2026, 7, 3), doc_type="report")
    assert [(f.indicator, f.value, f.period_start) for f in found] == [
        ("安排中小企业发展专项资金", 2.6, date(2023, 1, 1)),
        ("安排中小企业发展专项资金", 3.1, date(2024, 1, 1)),
        ("安排中小企业发展专项资金", 3.5, date(2025, 1, 1)),
        ("省级专精特新中小企业", 238, date(2023, 1, 1)),
        ("省级专精特新中小企业", 305, date(2024, 1, 1)),
        ("省级专精特新中小企业", 362, date(2025, 1, 1)),
    ]


def test_years_summed_are_the_years_named_or_else_the_years_ended() -> None:
    # 三年累计 after 2023年、2024年、2025年 sums those years; said alone in July 2026, the three
    # years ended; a sum of money is no stock, and its year's part (其中2025年) is that year's
    text = (
        "2023年、2024年、2025年，全市新发放贷款加权平均利率分别为5.12%、4.63%、4.18%，"
        "三年累计下降0.94个百分点。三年累计为中小企业减税降费216.8亿元，其中2025年78.4亿元。"
    )
    found = {f.value: f for f in figures(text, region="潍坊市", ref=date(2026, 7, 3), doc_type="report")}
    assert (found[-0.94].period_start, found[-0.94].period_end) == (date(2023, 1, 1), date(2025, 12, 31))
    assert (found[216.8].period_start, found[216.8].period_end) == (date(2023, 1, 1), date(2025, 12, 31))
    assert (found[78.4].period_start, found[78.4].period_end) == (date(2025, 1, 1), date(2025, 12, 31))


def test_funds_won_from_above_are_an_outcome_not_an_aim() -> None:
    # 争取 before funds is what a government obtained (争取中央预算内投资…), not a goal to strive for
    found = figures(
        "前三季度累计争取中央预算内投资98.6亿元。力争全年新增规上工业企业200家。",
        region="山西省",
        ref=date(2025, 10, 28),
    )
    assert [(f.value, f.status) for f in found] == [(98.6, "actual"), (200, "target")]


def test_a_markdown_table_of_indicators_with_units_and_the_months_to_date() -> None:
    # bars part the cells, so a cell keeps its inner spaces (其中：工业投资) and its row's months
    text = normalize(
        "附：2026年1—9月襄阳市主要经济指标\n\n| 指标 | 单位 | 1—9月 | 同比增长(%) |\n|---|---|---|---|\n"
        "| 地区生产总值 | 亿元 | 4612.8 | 5.9 |\n| 　其中：工业投资 | % | — | 12.3 |\n"
        "| 规模以上工业企业利润总额（1—8月） | 亿元 | 213.5 | 9.8 |\n"
    ).text
    found = figures(text, region="襄阳市", ref=date(2026, 10, 27), doc_type="other")
    assert [(f.indicator, f.measure, f.value, f.period_end) for f in found] == [
        ("地区生产总值", "amount", 4612.8, date(2026, 9, 30)),
        ("地区生产总值", "yoy_growth_pct", 5.9, date(2026, 9, 30)),
        ("工业投资", "yoy_growth_pct", 12.3, date(2026, 9, 30)),
        ("规模以上工业企业利润总额", "amount", 213.5, date(2026, 8, 31)),
        ("规模以上工业企业利润总额", "yoy_growth_pct", 9.8, date(2026, 8, 31)),
    ]


def test_a_census_bulletin_counts_at_the_census_years_end_and_its_tables_rows_are_industries() -> None:
    # 第五次全国经济普查, out in 2025: the census year 2023; counts of units and people stand at its
    # end, revenue is the year's; growth since 2018年末 spans the years after it; a table's rows
    # that are industries (after a 序号) are the province's, with the share column of the one before
    text = normalize(
        "根据第五次全国经济普查结果，现将全省第二产业基本情况公布如下：\n\n"
        "在第二产业法人单位中，工业企业法人单位12.15万个，占74.7%。"
        "全省工业企业法人单位资产总计38624.51亿元，比2018年末增长48.3%。全年实现营业收入45862.34亿元。\n\n"
        "表1　2023年营业收入居前十位的工业行业大类\n序号  行业大类      营业收入（亿元）     比重（%）\n"
        "1     有色金属冶炼和压延加工业      7856.24          17.1\n\n"
        "表2　2023年分设区市工业企业法人单位和营业收入\n地　区  法人单位数（个）  营业收入（亿元）\n"
        "南昌市       14236        7216.45\n"
    ).text
    found = figures(
        text,
        region="江西省",
        ref=date(2025, 2, 21),
        doc_type="other",
        title="江西省第五次全国经济普查公报（第三号）",
    )
    assert [(f.region, f.indicator, f.measure, f.value, f.period_start, f.period_end) for f in found] == [
        ("江西省", "工业企业法人单位", "amount", 12.15, date(2023, 12, 31), date(2023, 12, 31)),
        ("江西省", "工业企业法人单位占", "share_pct", 74.7, date(2023, 12, 31), date(2023, 12, 31)),
        ("江西省", "工业企业法人单位资产", "amount", 38624.51, date(2023, 12, 31), date(2023, 12, 31)),
        ("江西省", "工业企业法人单位资产", "yoy_growth_pct", 48.3, date(2019, 1, 1), date(2023, 12, 31)),
        ("江西省", "营业收入", "amount", 45862.34, date(2023, 1, 1), date(2023, 12, 31)),
        (
            "江西省",
            "有色金属冶炼和压延加工业营业收入",
            "amount",
            7856.24,
            date(2023, 1, 1),
            date(2023, 12, 31),
        ),
        (
            "江西省",
            "有色金属冶炼和压延加工业营业收入比重",
            "share_pct",
            17.1,
            date(2023, 1, 1),
            date(2023, 12, 31),
        ),
        ("南昌市", "法人单位", "amount", 14236, date(2023, 12, 31), date(2023, 12, 31)),
        ("南昌市", "营业收入", "amount", 7216.45, date(2023, 1, 1), date(2023, 12, 31)),
    ]


def test_an_earlier_year_that_opens_a_paragraph_dates_its_sentences_without_one() -> None:
    # in February 2025 a figure without a year is 2024's, but not in a paragraph 2023年末 opened
    text = "2023年末，全省共有法人单位16.27万个。第二产业从业人员567.31万人。\n\n全省新增企业1200家。"
    found = {f.value: f for f in figures(text, region="江西省", ref=date(2025, 2, 21), doc_type="other")}
    assert found[567.31].period_start == date(2023, 1, 1)
    assert found[1200].period_start == date(2024, 1, 1)


def test_a_countys_table_by_town_and_street_ranks_them_by_growth() -> None:
    # 罗星街道 is a town's peer; 位次 after a growth column ranks the growth; the county's 累计完成
    # of the months reported is what they summed, not a stock
    text = normalize(
        "1—11月，全县工业经济总体保持平稳增长态势。\n\n工业投资方面，全县累计完成工业投资168.32亿元。\n\n"
        "2025年1—11月各镇（街道）工业经济主要指标完成情况\n"
        "镇（街道）\t规上工业总产值（亿元）\t同比增长（%）\t位次\n罗星街道\t268.42\t6.8\t4\n"
    ).text
    found = figures(text, region="嘉善县", ref=date(2025, 12, 12), doc_type="other")
    assert [(f.region, f.indicator, f.measure, f.value, f.period_start, f.period_end) for f in found] == [
        ("嘉善县", "工业投资", "amount", 168.32, date(2025, 1, 1), date(2025, 11, 30)),
        ("罗星街道", "规模以上工业总产值", "amount", 268.42, date(2025, 1, 1), date(2025, 11, 30)),
        ("罗星街道", "规模以上工业总产值", "yoy_growth_pct", 6.8, date(2025, 1, 1), date(2025, 11, 30)),
        ("罗星街道", "规模以上工业总产值增速", "rank", 4, date(2025, 1, 1), date(2025, 11, 30)),
    ]


def test_foreign_investment_is_a_flow_of_the_months_and_its_dollar_equivalent_the_same_figure() -> None:
    # 折合 restates the figure before in dollars; 实际使用外资 is a flow, so in November it is not
    # the year's actions but the months the release reports on
    text = (
        "1—10月，全市实际使用外资176.35亿元人民币，同比增长8.6%；折合24.68亿美元，同比增长7.9%。"
        "同期，全省实际使用外资186.9亿美元，同比下降2.4%。"
    )
    found = figures(text, region="南通市", ref=date(2026, 11, 18))
    assert [(f.region, f.indicator, f.value, f.period_end) for f in found if f.measure == "amount"] == [
        ("南通市", "实际使用外资", 176.35, date(2026, 10, 31)),
        ("南通市", "实际使用外资", 24.68, date(2026, 10, 31)),
        ("江苏省", "实际使用外资", 186.9, date(2026, 10, 31)),
    ]


def test_an_industrys_later_figures_in_its_sentence_are_the_industrys() -> None:
    # 实现营业收入…；实现利润总额…: of 通信设备制造业, whose value added opened the sentence
    text = (
        "1—10月，通信设备制造业增加值同比增长10.3%，实现营业收入3.86万亿元，同比增长7.6%；"
        "实现利润总额2104亿元。"
    )
    found = figures(text, region="全国", ref=date(2026, 11, 26))
    assert [f.indicator for f in found] == [
        "通信设备制造业增加值",
        "通信设备制造业营业收入",
        "通信设备制造业营业收入",
        "通信设备制造业利润总额",
    ]


def test_a_period_told_in_passing_does_not_replace_the_months_reported_on() -> None:
    # 在经历上半年去库存后: no figure of the half year follows, so 1—9月 goes on being reported on
    text = (
        "1—9月，全省工业用电量1662.8亿千瓦时，同比增长6.0%。部分光伏组件企业在经历上半年去库存后订单逐步恢复。\n\n"
        "四大高载能行业用电量527.3亿千瓦时，同比增长2.4%。"
    )
    found = figures(text, region="安徽省", ref=date(2025, 10, 24))
    assert {f.period_end for f in found} == {date(2025, 9, 30)}


def test_a_balance_and_its_share_stand_at_the_end_of_the_months_reported_on() -> None:
    # the months' end, not the months; what the balance grew by since January is the months' flow
    text = (
        "前三季度，全省金融运行总体平稳。截至9月末，全省制造业贷款余额9856.2亿元，同比增长12.4%，"
        "比年初增加812.6亿元。制造业贷款余额占各项贷款的比重为10.6%。制造业普惠小微贷款余额2168.3亿元，同比增长16.8%。"
    )
    found = figures(text, region="河南省", ref=date(2025, 10, 23))
    assert [(f.value, f.period_start, f.period_end) for f in found] == [
        (9856.2, date(2025, 9, 30), date(2025, 9, 30)),
        (12.4, date(2025, 9, 30), date(2025, 9, 30)),
        (812.6, date(2025, 1, 1), date(2025, 9, 30)),
        (10.6, date(2025, 9, 30), date(2025, 9, 30)),
        (2168.3, date(2025, 9, 30), date(2025, 9, 30)),
        (16.8, date(2025, 9, 30), date(2025, 9, 30)),
    ]


def test_actual_in_the_name_of_what_is_used_is_no_cue_of_an_outcome() -> None:
    # 实际使用外资 names foreign investment put to use; 实际完成 says an outcome
    found = figures(
        "力争全年实际使用外资突破30亿美元。1—10月实际完成投资5亿元。", region="南通市", ref=date(2026, 11, 18)
    )
    assert [(f.value, f.status) for f in found] == [(30, "target"), (5, "actual")]


def test_places_listed_before_their_ranks_take_them_in_turn() -> None:
    # 分列全市第1、2、3位 after the places and what ranks them, with no figure of theirs before;
    # the ranks listed after the first are ranks, not a count 2、3 of 位
    text = "1—10月，海门区、如皋市、南通经济技术开发区实际使用外资分列全市第1、2、3位。"
    found = figures(text, region="南通市", ref=date(2026, 11, 18))
    assert [(f.region, f.indicator, f.measure, f.value) for f in found] == [
        ("海门区", "实际使用外资", "rank", 1),
        ("如皋市", "实际使用外资", "rank", 2),
        ("南通经济技术开发区", "实际使用外资", "rank", 3),
    ]


def test_a_list_of_names_holds_no_figures_and_a_table_by_province_takes_its_captions_name() -> None:
    # 年产15万辆… names a project; 拟入选项目数 under …5G工厂名录拟入选项目地区分布 counts the list's
    # entries of the year (no stock), and 新疆生产建设兵团 is a row of its own
    text = normalize(
        "表　2025年5G工厂名录拟入选项目地区分布\n单位：个\n地区　　拟入选项目数\n北京市　　8\n"
        "新疆生产建设兵团　　1\n\n序号　地区　申报单位　项目名称\n"
        "3　北京市　小米汽车科技有限公司　年产15万辆智能电动汽车5G全连接工厂\n"
    ).text
    found = figures(text, region="全国", ref=date(2025, 11, 14), doc_type="notice")
    assert [(f.region, f.indicator, f.value, f.period_start, f.period_end) for f in found] == [
        ("北京市", "5G工厂名录拟入选项目", 8, date(2025, 1, 1), date(2025, 12, 31)),
        ("新疆生产建设兵团", "5G工厂名录拟入选项目", 1, date(2025, 1, 1), date(2025, 12, 31)),
    ]


def test_an_interviewers_new_question_ends_the_plan_the_answer_before_spoke_of() -> None:
    # the lead's 今年将继续… starts a plan; 记者问：去年…成绩单？ asks for outcomes, which stay so
    text = (
        "市长表示，今年将继续以制造业当家，全力打造先进制造业集群。\n\n"
        "记者问：去年惠州工业经济交出了一份怎样的成绩单？\n\n"
        "市长答：2025年是“十四五”收官之年。全市地区生产总值突破6500亿元，增长5.8%。\n\n"
        "记者问：今年惠州工业发展的主要目标是什么？\n\n市长答：全市工业投资增长10%以上。"
    )
    found = figures(text, region="惠州市", ref=date(2026, 2, 10), doc_type="news_article")
    assert [(f.value, f.status, f.period_start) for f in found] == [
        (6500, "actual", date(2025, 1, 1)),
        (5.8, "actual", date(2025, 1, 1)),
        (10, "target", date(2026, 1, 1)),
    ]


def test_years_that_open_a_subjects_list_share_out_its_values_and_the_next_clauses_too() -> None:
    # 2023年、2024年、2025年全省R&D经费投入分别为…: the years in turn; 投入强度分别为… goes on with them
    text = (
        "2023年、2024年、2025年全省R&D经费投入分别为1285.3亿元、1410.6亿元、1518.6亿元，"
        "投入强度分别为2.57%、2.65%、2.71%。"
    )
    found = figures(text, region="湖南省", ref=date(2026, 10, 16))
    assert [(f.indicator, f.value, f.period_start.year if f.period_start else None) for f in found] == [
        ("R&D经费投入", 1285.3, 2023),
        ("R&D经费投入", 1410.6, 2024),
        ("R&D经费投入", 1518.6, 2025),
        ("R&D经费投入强度", 2.57, 2023),
        ("R&D经费投入强度", 2.65, 2024),
        ("R&D经费投入强度", 2.71, 2025),
    ]


def test_growth_between_two_years_end_levels_spans_the_years_after_the_first() -> None:
    text = "全省高新技术企业数量由2020年末的8621家增加到2025年末的18562家，实现翻一番还多，年均增长16.6%。"
    found = {f.measure: f for f in figures(text, region="湖南省", ref=date(2026, 10, 16))}
    growth = found["avg_growth_pct"]
    assert (growth.period_start, growth.period_end) == (date(2021, 1, 1), date(2025, 12, 31))


def test_a_chapter_that_looks_back_on_a_plans_years_dates_its_averages_and_sums() -> None:
    # 一、“十四五”时期工作回顾: 年均增长 and 累计下降 over 2021—2025; 由2020年的318家 stands at that
    # year's end, and the growth to 2025年's level spans the years after it
    text = (
        "一、“十四五”时期工作回顾\n\n综合实力跃上新台阶。全县地区生产总值年均增长7.3%。"
        "规上工业单位增加值能耗累计下降18.3%；高新技术企业由2020年的318家增加到2025年的1052家，增长2.3倍。"
    )
    found = figures(text, region="肥西县", ref=date(2026, 1, 16), doc_type="report")
    assert [(f.value, f.period_start, f.period_end) for f in found] == [
        (7.3, date(2021, 1, 1), date(2025, 12, 31)),
        (-18.3, date(2021, 1, 1), date(2025, 12, 31)),
        (318, date(2020, 12, 31), date(2020, 12, 31)),
        (1052, date(2025, 12, 31), date(2025, 12, 31)),
        (2.3, date(2021, 1, 1), date(2025, 12, 31)),
    ]


def test_a_breakdown_after_a_part_of_the_quarter_is_of_the_months_and_the_economys_growth_is_gdps() -> None:
    # 其中三季度当季… is a part; 分领域看，工业投资… breaks the months' whole down, not the quarter;
    # 但仍高于全省 goes on with the investment; 经济增速分别为… is the growth of 地区生产总值
    text = (
        "一季度、上半年、前三季度全市经济增速分别为5.6%、6.0%、6.3%。"
        "前三季度，全市固定资产投资同比增长6.4%，但仍高于全省1.9个百分点。其中三季度当季投资增长4.9%。"
        "分领域看，工业投资增长14.7%。"
    )
    found = figures(text, region="襄阳市", ref=date(2026, 10, 28))
    assert [(f.indicator, f.value, f.period_start, f.period_end) for f in found] == [
        ("地区生产总值", 5.6, date(2026, 1, 1), date(2026, 3, 31)),
        ("地区生产总值", 6.0, date(2026, 1, 1), date(2026, 6, 30)),
        ("地区生产总值", 6.3, date(2026, 1, 1), date(2026, 9, 30)),
        ("固定资产投资", 6.4, date(2026, 1, 1), date(2026, 9, 30)),
        ("固定资产投资", 1.9, date(2026, 1, 1), date(2026, 9, 30)),
        ("投资", 4.9, date(2026, 7, 1), date(2026, 9, 30)),
        ("工业投资", 14.7, date(2026, 1, 1), date(2026, 9, 30)),
    ]


def test_places_listed_before_all_of_them_grew_each_have_the_figure() -> None:
    # 均 gives the one bound to each place, of the noun after the last, not to the place before
    text = "1—10月，衡水市技改投资增长8.2%。张家口市、承德市、秦皇岛市技改投资增速均在10%以上。"
    found = figures(text, region="河北省", ref=date(2025, 11, 19))
    assert [(f.region, f.indicator, f.value, f.qualifier) for f in found[1:]] == [
        ("张家口市", "技改投资", 10, "at_least"),
        ("承德市", "技改投资", 10, "at_least"),
        ("秦皇岛市", "技改投资", 10, "at_least"),
    ]


def test_a_briefings_bracketed_label_and_bullet_are_no_part_of_the_indicator() -> None:
    text = "【梯度培育】我市186家企业入选2026年第一批省级专精特新中小企业。\n● 全市新增规上工业企业52家。"
    found = figures(text, region="东莞市", ref=date(2026, 8, 12))
    assert [f.indicator for f in found] == ["入选第一批省级专精特新中小企业", "规模以上工业企业"]


def test_a_rankings_table_of_parks_with_a_column_of_rank_changes_is_read_for_each_park() -> None:
    # 位次变化 holds words (持平, 上升2位); the parks are their own regions, 广州开发区 too, and the
    # figures are of the edition's year the title names
    text = normalize(
        "附：先进制造业百强园区（2025）前十名\n\n排名　园区名称　所在省份　综合得分（分）　位次变化\n"
        "1　苏州工业园区　江苏　93.86　持平\n4　武汉东湖新技术开发区　湖北　88.93　上升2位\n"
        "7　广州开发区　广东　84.97　下降2位\n"
    ).text
    found = figures(
        text,
        region="全国",
        ref=date(2025, 8, 13),
        doc_type="other",
        title="《先进制造业百强园区（2025）》发布",
    )
    assert [(f.region, f.measure, f.value, f.period_start) for f in found] == [
        ("苏州工业园区", "rank", 1, date(2025, 1, 1)),
        ("苏州工业园区", "amount", 93.86, date(2025, 1, 1)),
        ("武汉东湖新技术开发区", "rank", 4, date(2025, 1, 1)),
        ("武汉东湖新技术开发区", "amount", 88.93, date(2025, 1, 1)),
        ("广州开发区", "rank", 7, date(2025, 1, 1)),
        ("广州开发区", "amount", 84.97, date(2025, 1, 1)),
    ]


def test_an_infographics_charts_are_read_a_value_a_year_a_series_or_a_part() -> None:
    # 图N：caption（unit） then its data lines: the years' values, one per series named in a
    # 年份 header, or each part's share; the heading above the caption keeps its own line
    text = normalize(
        "━━━━ 一、发展基础 ━━━━\n图1：2021—2025年全省规上工业增加值增速（%）\n2021年　11.4%\n2022年　7.1%\n\n"
        "图3：2025年全省规上工业主要板块增加值占比（%）\n装备制造业　　　　31.6\n\n"
        "图4：2021—2025年全省工业投资与工业技改投资增速（%）\n年份　　　工业投资　　工业技改投资\n"
        "2021年　　14.9　　　　18.2\n"
    ).text
    found = figures(text, region="江西省", ref=date(2026, 3, 12), doc_type="other")
    assert [
        (f.indicator, f.measure, f.value, f.period_start.year if f.period_start else None) for f in found
    ] == [
        ("规模以上工业增加值", "yoy_growth_pct", 11.4, 2021),
        ("规模以上工业增加值", "yoy_growth_pct", 7.1, 2022),
        ("装备制造业增加值占比", "share_pct", 31.6, 2025),
        ("工业投资", "yoy_growth_pct", 14.9, 2021),
        ("工业技改投资", "yoy_growth_pct", 18.2, 2021),
    ]


def test_a_goal_a_plan_set_in_the_clause_before_and_its_outcome_called_that_share() -> None:
    # 规划提出，到2025年…达到15%: a past year's goal still; 2025年该比重为16.1%: the share before;
    # 本文为系列第三篇: a series' part, no rank
    found = figures(
        "本文为系列第三篇。“十四五”规划提出，到2025年全省高技术制造业增加值占规模以上工业比重达到15%。"
        "2025年该比重为16.1%，比2020年提高3.5个百分点。",
        region="湖南省",
        ref=date(2026, 3, 20),
        doc_type="other",
    )
    rows = {f.value: (f.status, f.indicator) for f in found}
    share = "高技术制造业增加值占规模以上工业比重"
    assert rows == {15: ("target", share), 16.1: ("actual", share), 3.5: ("actual", share)}


def test_a_list_of_parks_with_a_grade_column_and_the_parts_of_a_count_said_by_a_relative_clause() -> None:
    # 安全风险等级: D类 is words, no value; 由…50家压减至27家: a from-to; 其中位于…的1382家: those of
    # the things just counted
    text = normalize(
        "全省化工园区数量由2020年末的50家压减至27家。全省共有危险化学品生产企业2146家，其中位于化工园区内的1382家。\n"
        "2025年全省化工园区情况\n"
        "序号 | 园区名称 | 所在市 | 工业总产值（亿元） | 同比增长（%） | 安全风险等级\n"
        "1 | 江北新材料科技园 | 南京市 | 2156 | 5.2 | D类\n"
    ).text
    found = figures(text, region="江苏省", ref=date(2026, 1, 28), doc_type="other")
    rows = {f.value: (f.indicator, f.region) for f in found}
    assert rows[50] == rows[27] == ("化工园区数量", "江苏省")
    assert rows[1382] == ("位于化工园区内的危险化学品生产企业", "江苏省")
    assert rows[2156] == ("江北新材料科技园工业总产值", "南京市")
    assert rows[5.2][1] == "南京市"


def test_a_table_whose_rows_are_periods_of_the_captions_year() -> None:
    # 季度 | 到户电价 | 同比增减 under 单位：元/千瓦时，%: each column's unit in order, the growth of
    # the column before; 月份 | …当月增速 | …累计增速: the month alone, and the months to date
    text = normalize(
        "表1 2025年分季度大工业平均到户电价\n\n单位：元/千瓦时，%\n\n"
        "季度　　到户电价　　同比增减\n一季度　　0.6395　　-2.8\n二季度　　0.6143　　-3.9\n\n"
        "附表：2025年规上工业增加值增速分月情况\n\n"
        "月份 | 规上工业增加值当月增速(%) | 规上工业增加值累计增速(%)\n3月 | 7.9 | 8.1\n"
    ).text
    found = figures(text, region="常州市", ref=date(2026, 2, 13), doc_type="other")
    rows = {f.value: (f.indicator, f.unit, str(f.period_start), str(f.period_end)) for f in found}
    assert rows[0.6143] == ("大工业平均到户电价", "元/千瓦时", "2025-04-01", "2025-06-30")
    assert rows[-3.9] == ("大工业平均到户电价", "%", "2025-04-01", "2025-06-30")
    assert rows[7.9][2:] == ("2025-03-01", "2025-03-31")
    assert rows[8.1][2:] == ("2025-01-01", "2025-03-31")
    assert {f.measure for f in found if f.unit == "%"} == {"yoy_growth_pct"}


def test_quarters_from_one_to_another_spread_by_respectively_and_a_rank_told_high_to_low() -> None:
    found = figures(
        "一至三季度市场化交易电量分别为89.7亿千瓦时、94.3亿千瓦时和108.6亿千瓦时。"
        "全年我市大工业平均到户电价在全省13个设区市中由高到低排第9位。",
        region="常州市",
        ref=date(2026, 2, 13),
        doc_type="other",
    )
    rows = {f.value: (f.indicator, str(f.period_start), str(f.period_end)) for f in found}
    assert rows[89.7] == ("市场化交易电量", "2025-01-01", "2025-03-31")
    assert rows[108.6] == ("市场化交易电量", "2025-07-01", "2025-09-30")
    ranks = [f for f in found if f.measure == "rank"]
    assert [(f.value, f.indicator) for f in ranks] == [(9, "大工业平均到户电价")]
    assert 13 not in rows  # (the places ranked, no figure)


def test_a_flow_a_year_summed_up_is_that_years_not_a_stock_at_its_end() -> None:
    found = figures(
        "2025年，省属企业累计实现营业收入11826.4亿元，同比增长6.2%；实现利润总额681.3亿元。"
        "截至2025年底，全省累计培育专精特新企业4850家。",
        region="安徽省",
        ref=date(2026, 1, 27),
        doc_type="other",
    )
    rows = {f.value: (f.period_type, str(f.period_start)) for f in found}
    assert rows[11826.4] == rows[681.3] == ("full_year", "2025-01-01")
    assert rows[4850] == ("as_of", "2025-12-31")


def test_a_table_of_chains_with_a_column_of_who_leads_each_and_their_total() -> None:
    # 序号 产业链 (one space), 牵头部门 in words, one full-width space between the last two headers;
    # 合计 without a department: the sum over the chains the caption names
    text = normalize(
        "2025年1—6月全市重点产业链主要指标\n\n"
        "序号 产业链　　　　　牵头部门　　　规上工业总产值（亿元）　同比增长（%）\n"
        "1  新能源汽车　　　　市经信局　　　   412.6　　  12.8\n"
        "2  汽车零部件　　　　市经信局　　　   386.3　　   6.1\n"
        "合计　　　　　　　　　　　　　　　2186.4　　　 8.9\n"
    ).text
    found = figures(text, region="襄阳市", ref=date(2025, 7, 24), doc_type="other")
    rows = {f.value: (f.indicator, f.measure, str(f.period_end)) for f in found}
    assert rows[412.6] == ("新能源汽车规模以上工业总产值", "amount", "2025-06-30")
    assert rows[6.1] == ("汽车零部件规模以上工业总产值", "yoy_growth_pct", "2025-06-30")
    assert rows[2186.4] == ("重点产业链规模以上工业总产值", "amount", "2025-06-30")
    assert len(found) == 6


def test_a_table_of_counties_counts_of_firms_by_grade() -> None:
    text = normalize(
        "表2  2025年度各区县规上工业企业亩均效益评价结果\n\n单位：家\n"
        "区县                  A类      B类      C类      D类\n"
        "吴兴区                 92      288      118       34\n"
    ).text
    found = figures(text, region="湖州市", ref=date(2026, 5, 12), doc_type="other")
    assert [(f.region, f.indicator, f.value, f.unit) for f in found] == [
        ("吴兴区", "A类企业", 92, "家"),
        ("吴兴区", "B类企业", 288, "家"),
        ("吴兴区", "C类企业", 118, "家"),
        ("吴兴区", "D类企业", 34, "家"),
    ]


def test_a_flows_row_in_percent_holds_its_growths_a_rates_its_levels() -> None:
    text = normalize(
        "2025年10月全市主要经济指标\n\n"
        "指标名称                          单位          10月         1-10月\n"
        "规模以上工业增加值                %             7.1          7.8\n"
        "工业产能利用率                    %             76.2         75.9\n"
    ).text
    found = figures(text, region="襄阳市", ref=date(2025, 11, 20), doc_type="other")
    assert {f.value: f.measure for f in found} == {
        7.1: "yoy_growth_pct",
        7.8: "yoy_growth_pct",
        76.2: "share_pct",
        75.9: "share_pct",
    }


def test_columns_that_name_their_counter_and_a_total_row_whose_caption_names_no_kinds() -> None:
    # 抽查批次  不合格批次: in 批次; 合  计 under a caption of checks (按产品类别): the columns' own
    text = normalize(
        "表1 2025年第三季度台州市工业产品质量市级监督抽查结果（按产品类别）\n\n"
        "序号  产品类别              抽查批次  不合格批次  批次合格率（%）\n"
        "1     泵及电机                  86         4          95.35\n"
        "合  计                   380        26          93.16\n"
    ).text
    found = figures(text, region="台州市", ref=date(2025, 10, 24), doc_type="other")
    rows = {f.value: (f.indicator, f.unit, f.measure) for f in found}
    assert rows[86] == ("泵及电机抽查批次", "批次", "amount")
    assert rows[4] == ("泵及电机不合格批次", "批次", "amount")
    assert rows[380][1:] == ("批次", "amount") and "抽查批次" in rows[380][0]
    assert rows[93.16][2] == "share_pct"


def test_places_that_lead_in_what_the_clause_names_take_the_values_after_respectively() -> None:
    found = figures(
        "2025年，全市新认定省级工业设计中心52家。新认定数量较多的是温岭市和玉环市，分别为12家和9家；"
        "规上工业增加值增速较快的是临海市和仙居县，分别增长12.1%和9.8%。",
        region="台州市",
        ref=date(2026, 1, 20),
        doc_type="other",
    )
    rows = {f.value: (f.region, f.indicator) for f in found}
    assert rows[12] == ("温岭市", rows[52][1]) and rows[9] == ("玉环市", rows[52][1])
    assert rows[12.1][0] == "临海市" and rows[9.8][0] == "仙居县"
    assert "工业增加值" in rows[12.1][1]
    # (a place the catalogue cannot tell, a county of a numeral's name that counties.csv lacks: those
    # values are no one's, not the places before; 三门县, which it lists, is a place)
    found = figures(
        "工业增速较快的是温岭市和玉环市，分别增长8.0%和7.0%；增幅居前的是临海市和三江口县，分别增长12.1%和9.8%。"
    )
    assert {f.value for f in found} == {8.0, 7.0}
    found = figures(
        "工业增速较快的是温岭市和玉环市，分别增长8.0%和7.0%；增幅居前的是临海市和三门县，分别增长12.1%和9.8%。"
    )
    assert {(f.value, f.region) for f in found if f.value > 9} == {(12.1, "临海市"), (9.8, "三门县")}


def test_a_charts_years_written_as_one_line_of_points_are_each_a_years_value() -> None:
    # 图2 2021—2025年…（亿元） ↵ 2021年：43126；2022年：45870。: the caption's years after a gap
    text = normalize(
        "图2 2021—2025年全省规模以上工业企业利润总额（亿元）\n"
        "2021年：2512.6；2022年：2376.3；2023年：2298.7。\n\n"
        "受需求偏弱影响，利润连续两年下降。"
    ).text
    found = figures(text, region="湖南省", ref=date(2026, 3, 20), doc_type="other")
    assert [(f.indicator, f.value, f.period_start.year if f.period_start else None) for f in found] == [
        ("规模以上工业企业利润总额", 2512.6, 2021),
        ("规模以上工业企业利润总额", 2376.3, 2022),
        ("规模以上工业企业利润总额", 2298.7, 2023),
    ]
    assert found[1].quote == "2022年：2376.3" and found[1].unit == "亿元"


def test_a_line_naming_what_the_years_below_it_measure_is_a_charts_caption() -> None:
    # no 图N：, no unit in brackets: the values carry it (9.8%); a data line is no caption itself
    text = normalize(
        "把五年的增速连起来看，四川工业走出了一条曲线。\n\n规上工业增加值增速\n2021年　9.8%\n2022年　3.8%\n"
    ).text
    found = figures(text, region="四川省", ref=date(2026, 1, 27))
    assert [(f.indicator, f.value, f.period_start.year if f.period_start else None) for f in found] == [
        ("规模以上工业增加值", 9.8, 2021),
        ("规模以上工业增加值", 3.8, 2022),
    ]


def test_a_budgets_change_over_last_years_budget_is_of_the_budget_before() -> None:
    text = "2025年，全市工业和信息化支出决算数为12,345万元，比上年决算数增长9.8%。"
    found = figures(text, region="潍坊市", ref=date(2026, 8, 28), doc_type="report")
    assert [(f.indicator, f.value) for f in found] == [
        ("工业和信息化支出决算数", 12345),
        ("工业和信息化支出决算数", 9.8),
    ]


def test_what_is_told_of_a_budget_after_it_is_the_same_funds() -> None:
    # named before the budget in its sentence, or as the list item's label (（二）…资金。)
    text = (
        "工业转型升级专项资金2025年预算数为19.2亿元，全年执行18.94亿元，执行率98.6%。\n\n"
        "（二）中小企业发展专项资金。省级预算数为6.8亿元，执行6.71亿元。"
    )
    found = figures(text, region="河北省", ref=date(2026, 2, 6), doc_type="report")
    assert [f.indicator for f in found] == [
        "工业转型升级专项资金预算数",
        "工业转型升级专项资金执行",
        "工业转型升级专项资金执行率",
        "省级中小企业发展专项资金预算数",
        "省级中小企业发展专项资金执行",
    ]


def test_all_year_after_a_year_named_in_its_sentence_is_that_year_even_in_a_plan() -> None:
    # a policy document reviewing 2024 before its measures: 全年 repeats the year the sentence named
    text = "2024年，我市惠企政策持续发力，全年兑现制造业高质量发展政策资金10.36亿元，惠及企业2485家。"
    found = figures(text, region="潍坊市", ref=date(2025, 3, 17), doc_type="work_plan")
    assert [(f.value, f.status, f.period_start) for f in found] == [
        (10.36, "actual", date(2024, 1, 1)),
        (2485, "actual", date(2024, 1, 1)),
    ]


def test_a_table_of_industries_by_periods_takes_its_measure_from_the_caption_and_unit_line() -> None:
    text = normalize(
        "表　一季度全市规上工业重点行业增加值增速\n单位：%\n行业名称　　　　　1—3月　　　1—2月\n"
        "黑色金属冶炼和压延加工业　　　-6.8　　　　-9.2\n"
    ).text
    found = figures(text, region="邯郸市", ref=date(2026, 4, 23))
    assert [(f.indicator, f.measure, f.value, f.period_end) for f in found] == [
        ("黑色金属冶炼和压延加工业增加值", "yoy_growth_pct", -6.8, date(2026, 3, 31)),
        ("黑色金属冶炼和压延加工业增加值", "yoy_growth_pct", -9.2, date(2026, 2, 28)),
    ]


def test_output_and_sales_said_as_one_are_shared_out_in_turn() -> None:
    text = "1—9月，新能源汽车产销量分别完成1126.4万辆和1119.8万辆，同比分别增长33.6%和33.1%。"
    found = figures(text, region="全国", ref=date(2025, 10, 23))
    assert [(f.indicator, f.value) for f in found] == [
        ("新能源汽车产量", 1126.4),
        ("新能源汽车销量", 1119.8),
        ("新能源汽车产量", 33.6),
        ("新能源汽车销量", 33.1),
    ]


def test_a_column_of_rises_and_falls_is_a_growth() -> None:
    # 增减（%）: signed cells, a change in %, not a share
    text = normalize(
        "2025年各设区市能源消费和节能降耗主要指标\n设区市\t能源消费总量增速（%）\t单位地区生产总值能耗增减（%）\n"
        "南昌市\t2.4\t-2.6\n"
    ).text
    found = figures(text, region="江西省", ref=date(2026, 7, 28), doc_type="other")
    assert [(f.indicator, f.measure, f.value) for f in found] == [
        ("能源消费总量", "yoy_growth_pct", 2.4),
        ("单位地区生产总值能耗", "yoy_growth_pct", -2.6),
    ]


def test_a_table_of_indicators_by_the_months_to_date_of_the_captions_year() -> None:
    text = normalize(
        "2025年1—10月芜湖市主要工业指标\n指标名称\t单位\t1—2月\t1—3月\t1—4月\n"
        "规模以上工业增加值增速\t%\t11.6\t11.2\t10.8\n"
    ).text
    found = figures(text, region="芜湖市", ref=date(2025, 11, 24), doc_type="other")
    assert [(f.indicator, f.value, f.period_end) for f in found] == [
        ("规模以上工业增加值", 11.6, date(2025, 2, 28)),
        ("规模以上工业增加值", 11.2, date(2025, 3, 31)),
        ("规模以上工业增加值", 10.8, date(2025, 4, 30)),
    ]


def test_an_experts_paragraph_opens_no_plan_for_the_articles_later_outcomes() -> None:
    # 专家认为，…。下一步，要在…: the expert's advice, not the text's plan; the year reviewed goes on
    text = (
        "专家认为，湖南工业的优势在于装备制造基础扎实。下一步，要在“链主”牵引上持续发力。\n\n"
        "市场主体梯度壮大。全年新增规上工业企业2130家。"
    )
    found = figures(text, region="湖南省", ref=date(2026, 2, 26), doc_type="news_article")
    assert [(f.value, f.status, f.period_start) for f in found] == [(2130, "actual", date(2025, 1, 1))]


def test_a_newspapers_byline_of_its_media_reporter_is_no_title() -> None:
    text = (
        "“压舱石”如何压得更稳\n——2025年湖南工业年度观察\n\n湖南日报全媒体记者 周帆 通讯员 陈立新\n"
        "2026-02-26 07:12　　来源：湖南日报\n\n回望2025年，湖南工业顶住压力。"
    )
    assert describe_document(normalize(text).text, "byline.txt").title == "“压舱石”如何压得更稳"


def test_a_task_tables_deadline_column_is_when_a_task_is_due_not_its_targets_period() -> None:
    text = normalize(
        "序号　重点任务　主要目标　牵头单位　完成时限\n"
        "1　强化运行监测　规上工业增加值增速保持在5.5%左右　运行局　2026年12月底\n"
        "2　培育市场主体　新增规上工业企业400家以上　中小企业局　2026年12月底\n"
    ).text
    found = figures(text, region="黑龙江省", ref=date(2026, 3, 10), doc_type="work_plan")
    assert [(f.value, f.status, f.period_start, f.period_end) for f in found] == [
        (5.5, "target", date(2026, 1, 1), date(2026, 12, 31)),
        (400, "target", date(2026, 1, 1), date(2026, 12, 31)),
    ]


def test_places_with_their_numbers_in_brackets_take_what_the_legend_names() -> None:
    # （括号内为…增速，单位：%）: each place's growth; listed as the first three, no one's rank
    text = (
        "分区县看（括号内为规上工业增加值同比增速，单位：%），上半年全市7个区县正增长，"
        "其中临渭区（9.4）、蒲城县（8.1）、大荔县（7.7）增速居前三位；华阴市（-3.2）增速最低。"
    )
    found = figures(text, region="渭南市", ref=date(2025, 7, 25), doc_type="statistical_release")
    grown = [(f.region, f.value, f.indicator, f.quote) for f in found if f.measure == "yoy_growth_pct"]
    assert grown == [
        ("临渭区", 9.4, "规模以上工业增加值", "临渭区（9.4）"),
        ("蒲城县", 8.1, "规模以上工业增加值", "蒲城县（8.1）"),
        ("大荔县", 7.7, "规模以上工业增加值", "大荔县（7.7）"),
        ("华阴市", -3.2, "规模以上工业增加值", "华阴市（-3.2）"),
    ]
    assert all(f.period_end == date(2025, 6, 30) for f in found)
    assert not [f for f in found if f.measure == "rank"]


def test_a_rate_and_a_growth_told_after_a_sum_are_the_sums() -> None:
    # …完成612.4亿元，执行率98.6%，同比增长7.8%: the spending's rate, and the spending's growth
    found = figures(
        "全年全省一般公共预算支出完成612.4亿元，执行率98.6%，同比增长7.8%。",
        region="河北省",
        ref=date(2026, 1, 20),
        doc_type="other",
    )
    assert [(f.indicator, f.measure, f.value) for f in found] == [
        ("一般公共预算支出", "amount", 612.4),
        ("一般公共预算支出执行率", "share_pct", 98.6),
        ("一般公共预算支出", "yoy_growth_pct", 7.8),
    ]


def test_a_speech_says_money_vehicles_points_and_decimals_in_chinese_numerals() -> None:
    text = (
        "去年全省规模以上工业增加值增长百分之七点二，比全国高出一点三个百分点。"
        "工程机械产业营业收入三千零五十亿元。新能源汽车产量达到六十八万辆。亏损企业还有三千二百多家。"
        "研发经费投入强度只有百分之一点九，比全国平均水平还低零点七个百分点。"
    )
    found = figures(text, region="湖南省", ref=date(2026, 2, 13), doc_type="speech")
    assert [(f.indicator, f.measure, f.value_base, f.qualifier, f.benchmark) for f in found] == [
        ("规模以上工业增加值", "yoy_growth_pct", 7.2, "exact", None),
        ("规模以上工业增加值", "pp_diff", 1.3, "exact", "全国"),
        ("工程机械产业营业收入", "amount", 305_000_000_000, "exact", None),
        ("新能源汽车产量", "amount", 680_000, "exact", None),
        ("亏损企业", "amount", 3200, "at_least", None),
        ("研发经费投入强度", "share_pct", 1.9, "exact", None),
        ("研发经费投入强度", "pp_diff", -0.7, "exact", "全国平均"),
    ]


def test_the_net_number_added_between_two_levels_is_of_the_years_between() -> None:
    found = figures(
        "规上工业企业由2020年底的1.47万家增加到2025年底的1.92万家，净增4500家。",
        region="四川省",
        ref=date(2026, 2, 13),
    )
    added = [f for f in found if f.value == 4500]
    assert [(f.indicator, f.period_start, f.period_end) for f in added] == [
        ("规模以上工业企业（净增）", date(2021, 1, 1), date(2025, 12, 31))
    ]


def test_a_pdfs_single_spaced_table_of_a_plans_evaluation() -> None:
    # a title wrapped on the cover, a header a single space parts, a row name wrapped under its
    # number, 〔 〕 sums over the plan's years, and a 完成进度 column of remarks
    text = normalize(
        "绵阳市“十四五”数字经济发展规划\n实施情况中期评估报告\n\n绵阳市经济和信息化局\n2025年6月\n\n"
        "序号 指标 单位 2020年基期值 2025年目标值 2024年完成值 完成进度\n"
        "1 数字经济核心产业增加值年均增速 % 4.1 10左右 9.3 超进度\n"
        "2 规上工业企业关键工序\n数控化率 % 52.6 65 61.2 69.4%\n"
        "3 规上工业单位增加值能耗降低 % — 〔14〕 〔11.2〕 80.0%\n"
    ).text
    meta = describe_document(text, "plan.txt")
    assert meta.title == "绵阳市“十四五”数字经济发展规划实施情况中期评估报告"
    found = extract_figures(text, meta)
    grown = sorted(
        (f.measure, f.status, f.period_start, f.period_end, f.value)
        for f in found
        if f.indicator == "数字经济核心产业增加值"
    )
    assert grown == [
        ("avg_growth_pct", "actual", date(2021, 1, 1), date(2024, 12, 31), 9.3),
        ("avg_growth_pct", "target", date(2021, 1, 1), date(2025, 12, 31), 10),
        ("yoy_growth_pct", "actual", date(2020, 1, 1), date(2020, 12, 31), 4.1),
    ]
    rate = [f for f in found if f.value == 61.2]
    assert [(f.indicator, f.measure) for f in rate] == [("规模以上工业企业关键工序数控化率", "share_pct")]
    energy = sorted((f.status, f.period_start, f.period_end, f.value) for f in found if "能耗" in f.indicator)
    assert energy == [
        ("actual", date(2021, 1, 1), date(2024, 12, 31), -11.2),
        ("target", date(2021, 1, 1), date(2025, 12, 31), -14),
    ]


def test_a_national_ranking_of_provinces_growths() -> None:
    # the provinces grow by what the text first gave for the country; 以…的增速居首位, ranks
    # listed after two places' growths, 均高于 for each, and an official name without its 、
    text = (
        "前三季度，全国规上工业增加值增长6.1%。采矿业、制造业、电力热力燃气及水生产和供应业增加值"
        "分别增长5.9%、6.5%、2.7%。\n\n"
        "从增速排名看，青海以11.4%的增速居全国首位，高于全国5.3个百分点；甘肃、宁夏分别增长9.2%、8.8%，"
        "居全国第二、第三位，均高于全国2个百分点以上。"
    )
    found = figures(text, region="全国", ref=date(2025, 10, 28), doc_type="news_article")
    got = {(f.region, f.indicator, f.measure, f.value) for f in found}
    assert ("全国", "电力热力燃气及水生产和供应业增加值", "yoy_growth_pct", 2.7) in got
    for region, growth, rank in (("青海省", 11.4, 1), ("甘肃省", 9.2, 2), ("宁夏回族自治区", 8.8, 3)):
        assert (region, "规模以上工业增加值", "yoy_growth_pct", growth) in got
        assert (region, "规模以上工业增加值", "rank", rank) in got
    assert ("青海省", "规模以上工业增加值", "pp_diff", 5.3) in got
    gaps = {f.region for f in found if f.measure == "pp_diff" and f.value == 2}
    assert gaps == {"甘肃省", "宁夏回族自治区"}


def test_a_half_year_analysis_returns_to_its_period_after_a_paragraph_of_fewer_months() -> None:
    # the title's 上半年 is what a paragraph reports on after one that gave 1—5月 profits; a
    # growth named before its number (…增速最快，达到10.3%); 泉港区 is a district, no port area
    text = normalize(
        "2025年上半年漳州市民营经济发展情况分析\n漳州市统计局  2025-07-30\n\n"
        "上半年，全市规上民营工业增加值增长6.8%。\n\n"
        "1—5月，全市规上民营工业企业实现营业收入3412.6亿元，增长5.1%。\n\n"
        "分地区看，龙海区增速最快，达到10.3%；泉港区受装置检修影响，下降2.6%。\n\n"
        "地区　　民营工业增加值增速（%）　　占比（%）\n"
        "芗城区　　3.1　　62.4\n"
        "龙文区　　4.5　　58.9\n"
    ).text
    found = extract_figures(text, describe_document(text, "half_year.txt"))
    got = {(f.region, f.measure, f.value, f.period_end) for f in found}
    assert ("漳州市", "yoy_growth_pct", 5.1, date(2025, 5, 31)) in got
    assert ("龙海区", "yoy_growth_pct", 10.3, date(2025, 6, 30)) in got
    assert ("泉港区", "yoy_growth_pct", -2.6, date(2025, 6, 30)) in got
    shares = {(f.region, f.indicator, f.value) for f in found if f.measure == "share_pct"}
    assert shares == {("芗城区", "民营工业增加值比重", 62.4), ("龙文区", "民营工业增加值比重", 58.9)}


def test_a_plans_report_to_the_congress_reads_goals_beside_outcomes() -> None:
    # a table of 2025年预期目标 / 2025年完成 / 2026年预期目标; 同口径增长; …略低于3%的预期目标;
    # 五年增加4200家，达到1.86万家; 回顾“十四五”; a range with its unit on both ends
    text = normalize(
        "一般公共预算收入完成3215.6亿元，同口径增长2.9%，略低于3%的预期目标。\n\n"
        "回顾“十四五”，全省规模以上工业增加值年均增长7.9%，规模以上工业企业数量五年增加4200家，达到1.86万家。\n\n"
        "2026年，力争全年安排省大中型项目3000个至3200个。\n\n"
        "表1 主要指标\n指标\t2025年预期目标\t2025年完成\t2026年预期目标\n"
        "规模以上工业增加值增长（%）\t6左右\t6.4\t6左右\n"
    ).text
    found = figures(text, region="江西省", ref=date(2026, 1, 21), doc_type="work_report")
    got = {
        (f.indicator, f.measure, f.status, f.period_start, f.period_end, f.value, f.value_max) for f in found
    }
    year, y2026, plan = date(2025, 1, 1), date(2026, 1, 1), date(2021, 1, 1)
    end, end2026 = date(2025, 12, 31), date(2026, 12, 31)
    assert ("一般公共预算收入", "yoy_growth_pct", "actual", year, end, 2.9, None) in got
    assert ("一般公共预算收入", "yoy_growth_pct", "target", year, end, 3, None) in got
    assert ("规模以上工业增加值", "avg_growth_pct", "actual", plan, end, 7.9, None) in got
    assert ("规模以上工业企业数量（增加）", "amount", "actual", plan, end, 4200, None) in got
    assert ("规模以上工业企业数量", "amount", "actual", end, end, 1.86, None) in got
    assert ("安排省大中型项目", "amount", "target", y2026, end2026, 3000, 3200) in got
    table = {
        (f.status, f.period_end, f.value) for f in found if f.quote.startswith("规模以上工业增加值增长（%）")
    }
    assert table == {("target", end, 6), ("actual", end, 6.4), ("target", end2026, 6)}


def test_a_weekly_dashboards_signed_changes_arrows_and_bracketed_ranks() -> None:
    # label：period level +growth%（全省第3）↑points; a goal written +5% after 年度目标; YoY
    text = normalize(
        "规上工业增加值：1—10月 +6.8%（全省第4）↑0.2个百分点\n"
        "规上工业利润总额：1—9月 512.4亿元 -3.1%\n"
        "固定资产投资：1—10月 +3.9% ↓0.5个百分点（年度目标+6%）\n"
        "储能电池出货量：1—10月 12.6 GWh，YoY +41.2%\n"
    ).text
    found = figures(text, region="无锡市", ref=date(2025, 11, 24), doc_type="other")
    got = {(f.indicator, f.measure, f.status, f.value, f.period_end) for f in found}
    oct_end, sep_end, year_end = date(2025, 10, 31), date(2025, 9, 30), date(2025, 12, 31)
    assert got >= {
        ("规模以上工业增加值", "yoy_growth_pct", "actual", 6.8, oct_end),
        ("规模以上工业增加值", "rank", "actual", 4, oct_end),
        ("规模以上工业增加值", "pp_change", "actual", 0.2, oct_end),
        ("规模以上工业利润总额", "yoy_growth_pct", "actual", -3.1, sep_end),
        ("固定资产投资", "pp_change", "actual", -0.5, oct_end),
        ("固定资产投资", "yoy_growth_pct", "target", 6, year_end),
        ("储能电池出货量", "yoy_growth_pct", "actual", 41.2, oct_end),
    }


def test_days_named_are_the_period_a_weekly_figure_covers() -> None:
    # 第47周（11月17日—11月23日）, 截至11月23日; a chapter heading's date is no chapter year
    text = normalize(
        "一、重点指标监测（数据截至2025年11月23日）\n\n"
        "第47周（11月17日—11月23日），全市工业用电量5.86亿千瓦时，同比增长8.4%。"
        "截至11月23日，全市新开工亿元以上产业项目累计达到412个。\n\n"
        "1—10月，规上工业增加值增长7.2%。其中：高技术制造业 +12.6%\n"
    ).text
    found = figures(text, region="常州市", ref=date(2025, 11, 24), doc_type="other")
    got = {(f.value, f.period_start, f.period_end) for f in found}
    week = (date(2025, 11, 17), date(2025, 11, 23))
    assert {(5.86, *week), (8.4, *week), (412, date(2025, 11, 23), date(2025, 11, 23))} <= got
    assert (12.6, date(2025, 1, 1), date(2025, 10, 31)) in got


def test_a_countys_towns_are_regions_in_prose_and_in_a_table_of_scores() -> None:
    # 泉溪镇技改投资…, 坦洪乡…, 高于全县: the town's, against the county; a table of towns'
    # scores and ranks; 城镇化率 and 三个乡 are no towns
    text = normalize(
        "泉溪镇技改投资增长35.2%，增速居全县第一。坦洪乡规上工业增加值下降3.6%，低于全县2.5个百分点。"
        "全县常住人口城镇化率达到46.8%。\n\n"
        "附件：考核得分及名次\n序号\t乡镇（街道）\t考核得分\t名次\n"
        "1\t白洋街道\t97.6\t1\n2\t大溪口乡\t76.2\t10\n3\t柳城畲族镇\t94.5\t2\n"
    ).text
    found = figures(text, region="武义县", ref=date(2026, 2, 12), doc_type="other")
    got = {(f.region, f.measure, f.value, f.benchmark) for f in found}
    assert {
        ("泉溪镇", "yoy_growth_pct", 35.2, None),
        ("泉溪镇", "rank", 1, "武义县"),
        ("坦洪乡", "yoy_growth_pct", -3.6, None),
        ("坦洪乡", "pp_diff", -2.5, "武义县"),
        ("武义县", "share_pct", 46.8, None),
    } <= got
    scores = {(f.region, f.measure, f.value) for f in found if f.quote.startswith(("1", "2", "3"))}
    assert scores == {
        ("白洋街道", "amount", 97.6),
        ("白洋街道", "rank", 1),
        ("大溪口乡", "amount", 76.2),
        ("大溪口乡", "rank", 10),
        ("柳城畲族镇", "amount", 94.5),
        ("柳城畲族镇", "rank", 2),
    }


def test_a_section_on_the_goals_of_a_plan_not_yet_begun_is_a_plan() -> None:
    text = (
        "三、关于“十五五”时期经济社会发展的主要目标\n\n"
        "——经济保持合理增长。“十五五”时期，全省地区生产总值年均增长5%左右。\n\n"
        "四、主要成就\n\n2021—2024年，全省地区生产总值年均增长5.6%。"
    )
    found = figures(text, region="湖南省", ref=date(2025, 12, 8), doc_type="other")
    assert [(f.value, f.status, f.period_start, f.period_end) for f in found] == [
        (5, "target", date(2026, 1, 1), date(2030, 12, 31)),
        (5.6, "actual", date(2021, 1, 1), date(2024, 12, 31)),
    ]


def test_a_rank_in_a_named_assessment_and_a_goal_by_a_quarters_end() -> None:
    found = figures(
        "2024年，宜都市在全省县域经济高质量发展考核中位列第2位。确保到三季度末全县新开工亿元以上项目达到70个。",
        region="宜昌市",
        ref=date(2025, 6, 18),
    )
    assert [(f.indicator, f.measure, f.region, f.benchmark, f.period_end) for f in found] == [
        ("县域经济高质量发展考核", "rank", "宜都市", "湖北省", date(2024, 12, 31)),
        ("新开工亿元以上项目", "amount", "宜昌市", None, date(2025, 9, 30)),
    ]


def test_r_and_d_intensity_keeps_its_name_and_a_university_is_no_list_end() -> None:
    # 投入 is a verb before a count, but 投入强度 is one word; 高等学校 holds 等 without ending a list
    found = figures(
        "全省研究与试验发展（R&D）经费投入强度为2.71%。企业、政府属研究机构、高等学校经费所占比重"
        "分别为82.3%、8.0%和8.2%。",
        region="湖南省",
        ref=date(2025, 9, 26),
    )
    names = [f.indicator for f in found]
    assert names[0].endswith("经费投入强度") and names[-1] == "高等学校经费所占比重"


def test_an_indexs_growth_is_the_indexs_and_quarter_on_quarter_is_no_growth() -> None:
    # the index's level is a figure in index points, and it names what grows; 按季 is no 同比
    found = figures(
        "首三季，全省工业生产指数为93.6，同比下降2.4%；按季则上升1.9%。",
        region="湖南省",
        ref=date(2025, 10, 20),
    )
    assert [(f.indicator, f.measure, f.value, f.base_unit, f.period_end) for f in found] == [
        ("工业生产指数", "amount", 93.6, "点", date(2025, 9, 30)),
        ("工业生产指数", "yoy_growth_pct", -2.4, "%", date(2025, 9, 30)),
    ]


def test_index_levels_are_figures_in_points_and_a_list_of_them_is_handed_out() -> None:
    # PMI为50.8 has no unit; 分别为 hands the levels to the kinds of firms, which share 企业…;
    # industries whose names hold 和 share the index after the last one
    found = figures(
        "三季度，全省制造业采购经理指数（PMI）为50.8，新订单指数为51.6点。大型、中型和小微型企业的"
        "景气指数分别为128.7、122.9和115.2。批发和零售业、住宿和餐饮业景气指数分别为116.4和108.9。"
        "全省共有工业企业1200家，指数编制于2015年。",
        region="河南省",
        ref=date(2025, 10, 20),
        doc_type="other",
    )
    assert [(f.indicator, f.value, f.unit, f.base_unit) for f in found if f.base_unit == "点"] == [
        ("制造业采购经理指数", 50.8, "点", "点"),
        ("新订单指数", 51.6, "点", "点"),
        ("大型企业的景气指数", 128.7, "点", "点"),
        ("中型企业的景气指数", 122.9, "点", "点"),
        ("小微型企业的景气指数", 115.2, "点", "点"),
        ("批发和零售业景气指数", 116.4, "点", "点"),
        ("住宿和餐饮业景气指数", 108.9, "点", "点"),
    ]
    assert {f.measure for f in found if f.base_unit == "点"} == {"amount"}


def test_a_monthly_briefs_table_of_the_month_and_the_months_to_date() -> None:
    # 本月  1—10月累计  同比增长（%）: the month's level, the months' level and their growth; the
    # firms counted stand at the month's end
    text = normalize(
        "2025年10月主要经济指标\n指标名称　　计量单位　　本月　　1—10月累计　　同比增长（%）\n"
        "规模以上工业总产值　　亿元　　312.46　　2986.73　　7.4\n规模以上工业企业数　　家　　1386　　—　　—\n"
    ).text
    found = figures(text, region="江宁区", ref=date(2025, 11, 18), doc_type="other")
    assert [(f.measure, f.value, f.period_start, f.period_end) for f in found] == [
        ("amount", 312.46, date(2025, 10, 1), date(2025, 10, 31)),
        ("amount", 2986.73, date(2025, 1, 1), date(2025, 10, 31)),
        ("yoy_growth_pct", 7.4, date(2025, 1, 1), date(2025, 10, 31)),
        ("amount", 1386, date(2025, 10, 31), date(2025, 10, 31)),
    ]


def test_a_plans_table_of_kinds_of_projects_is_the_years_plan() -> None:
    # rows of kinds (一、产业项目, 其中：…项目) and the total (合计) under count, total and the
    # year's planned investment, in a plan of a year just begun: goals of the document's region
    # (the planned investment keeps its name, 计划投资)
    text = normalize(
        "附件：2026年重点建设项目分类汇总表\n\n类别  项目个数（个）  总投资（亿元）  2026年计划投资（亿元）\n"
        "合计  586  4826.3  1215.8\n一、产业项目  298  2716.8  712.6\n"
    ).text
    found = figures(text, region="芜湖市", ref=date(2026, 2, 12), doc_type="other")
    assert [(f.indicator, f.status, f.value) for f in found] == [
        ("项目个数", "target", 586),
        ("总投资", "target", 4826.3),
        ("计划投资", "target", 1215.8),
        ("产业项目个数", "target", 298),
        ("产业项目总投资", "target", 2716.8),
        ("产业项目计划投资", "target", 712.6),
    ]
    assert {(f.region, f.period_end) for f in found} == {("芜湖市", date(2026, 12, 31))}


def test_a_plans_section_that_reviews_the_year_before_reports_outcomes() -> None:
    text = (
        "一、2025年市重点项目计划执行情况\n\n全年竣工投产项目137个，集中开工项目186个。"
        "\n\n二、2026年市重点项目总体安排\n\n新开工项目218个。"
    )
    found = figures(text, region="芜湖市", ref=date(2026, 2, 12), doc_type="work_plan")
    assert [(f.value, f.status, f.period_end) for f in found] == [
        (137, "actual", date(2025, 12, 31)),
        (186, "actual", date(2025, 12, 31)),
        (218, "target", date(2026, 12, 31)),
    ]


def test_users_reached_are_a_stock_and_their_share_is_on_the_same_day() -> None:
    found = figures(
        "1—11月，全省1000Mbps及以上接入速率的用户达1087.5万户，占总用户数的33.3%。",
        region="安徽省",
        ref=date(2025, 12, 19),
    )
    assert [(f.measure, f.period_start, f.period_end) for f in found] == [
        ("amount", date(2025, 11, 30), date(2025, 11, 30)),
        ("share_pct", date(2025, 11, 30), date(2025, 11, 30)),
    ]


def test_a_class_keeps_its_name_without_its_gloss_and_a_growth_singled_out_before() -> None:
    found = figures(
        "全市A类（优先支持类）企业1018家。嵊州市亩均税收增幅最大，增长11.6%。",
        region="绍兴市",
        ref=date(2026, 4, 16),
    )
    assert [(f.indicator, f.region, f.value) for f in found] == [
        ("A类企业", "绍兴市", 1018),
        ("亩均税收", "嵊州市", 11.6),
    ]


def test_a_parks_report_of_its_county_firms_and_industries() -> None:
    # a zone's report is its county's (园区位于…公安县); a firm's line is the firm's; a table
    # whose rows are industries (产业 …) gives the county's industries and their firms at the end
    text = normalize(
        "湖北公安经济开发区2025年9月经济运行月报\n来源：公安经济开发区管委会　发布时间：2025-10-16 09:30\n\n"
        "园区位于湖北省荆州市公安县。1—9月，园区规上工业总产值增长10.7%，高于全县1.8个百分点。\n\n"
        "湖北楚源新材料科技有限公司：1—9月产值28.6亿元，增长18.2%。\n\n"
        "产业\t规上企业数（家）\t产值（亿元）\t同比增长（%）\n汽车零部件\t42\t82.4\t13.6\n新材料\t35\t64.7\t11.2\n"
    ).text
    meta = describe_document(text, "park.txt")
    assert meta.region == "公安县"
    got = {(f.indicator, f.measure, f.value, f.period_end) for f in extract_figures(text, meta)}
    end = date(2025, 9, 30)
    assert {
        ("湖北楚源新材料科技有限公司产值", "amount", 28.6, end),
        ("湖北楚源新材料科技有限公司产值", "yoy_growth_pct", 18.2, end),
        ("汽车零部件产值", "amount", 82.4, end),
        ("汽车零部件规模以上企业数", "amount", 42, end),
    } <= got


def test_a_years_report_out_after_its_year_and_an_items_chain() -> None:
    # …发展报告（2025）, out in March 2026, reports on 2025; （一）有色金属产业链。全年实现营业收入…
    text = normalize(
        "江西省重点产业链发展报告（2025）\n发布时间：2026-03-12\n\n"
        "（一）有色金属产业链。全年实现营业收入9460.3亿元，增长6.1%。\n"
    ).text
    found = extract_figures(text, describe_document(text, "chains.txt"))
    assert [(f.indicator, f.value, f.period_end) for f in found] == [
        ("有色金属产业链营业收入", 9460.3, date(2025, 12, 31)),
        ("有色金属产业链营业收入", 6.1, date(2025, 12, 31)),
    ]


def test_a_table_of_the_years_goals_and_outcomes() -> None:
    # 指标  单位  年度目标  完成值  完成率（%）  评价: the goal, the outcome and the completion rate
    text = normalize(
        "宜昌市2025年度主要经济指标目标完成情况\n\n指标\t单位\t年度目标\t完成值\t完成率（%）\t评价\n"
        "地区生产总值\t亿元\t5900\t5862.4\t99.4\t基本完成\n地区生产总值增速\t%\t6.0\t5.6\t—\t未完成\n"
    ).text
    found = figures(text, region="宜昌市", ref=date(2026, 2, 6), doc_type="other")
    assert [(f.indicator, f.measure, f.status, f.value, f.period_end) for f in found] == [
        ("地区生产总值", "amount", "target", 5900, date(2025, 12, 31)),
        ("地区生产总值", "amount", "actual", 5862.4, date(2025, 12, 31)),
        ("地区生产总值目标完成率", "share_pct", "actual", 99.4, date(2025, 12, 31)),
        ("地区生产总值", "yoy_growth_pct", "target", 6, date(2025, 12, 31)),
        ("地区生产总值", "yoy_growth_pct", "actual", 5.6, date(2025, 12, 31)),
    ]


def test_a_yearly_list_of_firms_is_of_the_year_before_its_edition() -> None:
    text = normalize(
        "2025安徽省民营企业100强榜单发布\n来源：安徽省工商业联合会　发布时间：2025-09-19\n\n"
        "100强企业营业收入总额达到21563.8亿元，同比增长8.7%。\n"
    ).text
    found = extract_figures(text, describe_document(text, "list.txt"))
    assert {(f.period_start, f.period_end) for f in found} == {(date(2024, 1, 1), date(2024, 12, 31))}


def test_spoken_points_are_no_count() -> None:
    assert figures("工业用电量，前11个月同比涨了9个点左右。", region="常州市", ref=date(2025, 12, 16)) == []


def test_a_policys_conditions_targets_and_standards_are_no_figures() -> None:
    found = figures(
        "企业上年度营业收入应在2000万元以上，且设备投资额在500万元以上。"
        "对年营业收入首次突破10亿元、50亿元的制造业企业，分别给予奖励。"
        "智能制造示范项目补助比例由10%提高到12%。去年全市兑现奖补资金5.9亿元。",
        region="株洲市",
        ref=date(2025, 4, 8),
    )
    assert [(f.indicator, f.value) for f in found] == [("兑现奖补资金", 5.9)]


def test_each_labelled_line_of_a_dashboard_is_its_labels() -> None:
    text = normalize(
        "分地区：武进区 +9.4%，溧阳市 +11.2%\n全省平均：+6.6%\n"
        "规上工业营业收入：1—9月 12,486.3亿元 +5.6%\n规上工业利润总额：1—9月 712.4亿元 -2.3%\n"
    ).text
    assert "\n全省平均：" in text  # (a label's line is not joined to the one above)
    found = figures(text, region="常州市", ref=date(2025, 11, 24), doc_type="other")
    got = {(f.indicator, f.value) for f in found}
    assert {
        ("规模以上工业营业收入", 12486.3),
        ("规模以上工业利润总额", 712.4),
        ("规模以上工业利润总额", -2.3),
    } <= got


def test_a_headings_theme_before_a_dash_is_no_part_of_the_name() -> None:
    found = figures(
        "规模总量——营收十年增长1.3倍\n\n当年同比下降4.6%。", region="湖北省", ref=date(2026, 3, 4)
    )
    assert [(f.indicator, f.value_base) for f in found] == [("营业收入", 130)]


def test_a_table_of_index_levels_by_industry_and_their_changes_in_points() -> None:
    # index columns carry no unit: their levels are in points; a change column in 点 is skipped
    # in a table, while in prose a change of an index in 点 reads as percentage points
    text = normalize(
        "三季度，全省企业景气指数为118.6，比上季度提高2.3点，高于全国平均水平3.2点。下午3点，股指上涨12点。\n"
        "表1　2025年三季度全省分行业企业景气指数\n"
        "行业　　企业景气指数　　比上季度增减（点）　　企业家信心指数\n"
        "工业　　121.3　　2.5　　123.0\n"
        "批发和零售业　　116.4　　3.1　　119.5\n"
    ).text
    found = figures(text, region="河南省", ref=date(2025, 10, 22), doc_type="other")
    assert [(f.indicator, f.measure, f.value, f.benchmark) for f in found if "指数" in f.indicator] == [
        ("企业景气指数", "amount", 118.6, None),
        ("企业景气指数", "pp_change", 2.3, None),
        ("企业景气指数", "pp_diff", 3.2, "全国平均"),
        ("工业企业景气指数", "amount", 121.3, None),
        ("工业企业家信心指数", "amount", 123.0, None),
        ("批发和零售业企业景气指数", "amount", 116.4, None),
        ("批发和零售业企业家信心指数", "amount", 119.5, None),
    ]
    assert not [f for f in found if "指数" not in f.indicator]


def test_a_plans_table_of_base_year_goal_average_growth_and_kind_of_indicator() -> None:
    # 2025年基数  2030年目标  年均增长（%）  属性: the base year's outcome, the goal, the average growth
    # aimed at over the plan; 〔1.4〕 under 年均增长 is no average but the share's change over the plan,
    # in points; 属性 holds words
    text = normalize(
        "表1　“十五五”时期工业发展主要指标\n"
        "序号  指标  单位  2025年基数  2030年目标  年均增长（%）  属性\n"
        "1  规模以上工业增加值  亿元  2860  4000  7左右  预期性\n"
        "2  制造业增加值占地区生产总值比重  %  38.6  40左右  〔1.4〕  预期性\n"
    ).text
    meta = describe_document("芜湖市“十五五”工业发展规划\n发布时间：2026-01-20\n\n" + text, "plan.txt")
    found = figures(text, region="芜湖市", ref=date(2026, 1, 20), doc_type=meta.doc_type)
    assert [(f.measure, f.value, f.status, f.period_start, f.period_end) for f in found] == [
        ("amount", 2860, "actual", date(2025, 1, 1), date(2025, 12, 31)),
        ("amount", 4000, "target", date(2030, 1, 1), date(2030, 12, 31)),
        ("avg_growth_pct", 7, "target", date(2026, 1, 1), date(2030, 12, 31)),
        ("share_pct", 38.6, "actual", date(2025, 1, 1), date(2025, 12, 31)),
        ("share_pct", 40, "target", date(2030, 1, 1), date(2030, 12, 31)),
        ("pp_change", 1.4, "target", date(2026, 1, 1), date(2030, 12, 31)),
    ]


def test_short_items_whose_last_runs_on_into_industry_share_its_head() -> None:
    # 新能源、电子信息产业规模: the items share 产业规模 (新能源产业规模, not 新能源 + 息产业规模)
    found = figures(
        "到2030年，新能源、电子信息产业规模分别突破3000亿元、2000亿元。",
        region="芜湖市",
        ref=date(2026, 1, 20),
        doc_type="work_plan",
    )
    assert [f.indicator for f in found] == ["新能源产业规模", "电子信息产业规模"]


def test_a_table_of_provinces_counts_named_by_its_caption_and_standing_on_the_texts_day() -> None:
    # 本批数量（家） under …单项冠军企业主要省份分布: the batch's count of those firms; 累计数量
    # stands on the page's day (19 December), not at the end of a year not yet over
    text = normalize(
        "本批全国共有412家企业入选。\n\n附表　第十批制造业单项冠军企业主要省份分布\n"
        "省份　　本批数量（家）　　累计数量（家）\n浙江　　58　　263\n"
    ).text
    found = figures(text, region="浙江省", ref=date(2025, 12, 19), doc_type="other")
    assert [(f.indicator, f.region, f.value, f.period_start, f.period_end) for f in found] == [
        ("本批全国企业入选", "全国", 412, date(2025, 12, 19), date(2025, 12, 19)),
        ("本批制造业单项冠军企业", "浙江省", 58, date(2025, 1, 1), date(2025, 12, 31)),
        ("制造业单项冠军企业", "浙江省", 263, date(2025, 12, 19), date(2025, 12, 19)),
    ]


def test_a_weekly_briefs_this_week_is_the_week_its_heading_names() -> None:
    # 本周 is the monitoring week of the heading (no kind the spec names: dates, type unknown);
    # a stock of the week stands on its last day; 1—10月 stays the months
    text = normalize(
        "【监测周期】2025年11月3日—11月9日\n\n本周全市全社会日均用电量1.52亿千瓦时，同比增长5.1%。"
        "1—10月，全市工业用电量增长5.8%。本周开工企业1157家。"
    ).text
    found = figures(text, region="常州市", ref=date(2025, 11, 11), doc_type="other")
    assert [(f.indicator, f.period_start, f.period_end) for f in found] == [
        ("全社会日均用电量", date(2025, 11, 3), date(2025, 11, 9)),
        ("全社会日均用电量", date(2025, 11, 3), date(2025, 11, 9)),
        ("工业用电量", date(2025, 1, 1), date(2025, 10, 31)),
        ("开工企业", date(2025, 11, 3), date(2025, 11, 9)),
    ]


def test_a_round_ups_paragraphs_opened_by_their_city_in_brackets() -> None:
    # 【芜湖】…: the paragraph's figures that name no place are the bracketed city's
    text = normalize(
        "上半年，全省规模以上工业增加值同比增长8.6%。\n\n"
        "　　【芜湖】芜湖市规上工业增加值增长12.5%，居16市首位。汽车及零部件产业实现产值1386亿元。\n\n"
        "　　【滁州】上半年新增规上工业企业126家。"
    ).text
    found = figures(text, region="安徽省", ref=date(2025, 7, 28))
    assert [(f.region, f.value) for f in found if f.measure != "rank"] == [
        ("安徽省", 8.6),
        ("芜湖市", 12.5),
        ("芜湖市", 1386),
        ("滁州市", 126),
    ]


def test_a_price_index_table_by_industry_against_last_year_and_last_month() -> None:
    # 上年同月=100 and 上月=100 columns: the industry's price index year on year and month on
    # month (two figures, not one indicator twice), named after the prices the caption names
    text = normalize(
        "表1　2025年10月份全省主要行业工业生产者出厂价格指数\n行业名称　　上年同月=100　　上月=100\n"
        "煤炭开采和洗选业　　84.6　　101.2\n"
    ).text
    found = figures(text, region="湖南省", ref=date(2025, 11, 14), doc_type="other")
    assert [(f.indicator, f.value, f.base_unit, f.period_end) for f in found] == [
        ("煤炭开采和洗选业出厂价格同比指数", 84.6, "点", date(2025, 10, 31)),
        ("煤炭开采和洗选业出厂价格环比指数", 101.2, "点", date(2025, 10, 31)),
    ]


def test_an_infographics_chart_of_months_and_their_growths_on_one_line() -> None:
    # 图1 …累计增速（%） ↵ 1—2月 5.6　1—3月 6.1: the months to date; 图2 …当月增速: each month alone
    text = normalize(
        "图1　2025年1—10月全省规上工业增加值累计增速（%）\n1—2月 5.6　1—3月 6.1\n\n"
        "图2　2025年7—10月全省规上工业增加值当月增速（%）\n7月 6.0　8月 7.1\n\n解读：年初以来，增速回升。"
    ).text
    found = figures(text, region="湖南省", ref=date(2025, 11, 21), doc_type="other")
    assert [(f.indicator, f.value, f.period_start, f.period_end) for f in found] == [
        ("规模以上工业增加值", 5.6, date(2025, 1, 1), date(2025, 2, 28)),
        ("规模以上工业增加值", 6.1, date(2025, 1, 1), date(2025, 3, 31)),
        ("规模以上工业增加值", 6.0, date(2025, 7, 1), date(2025, 7, 31)),
        ("规模以上工业增加值", 7.1, date(2025, 8, 1), date(2025, 8, 31)),
    ]


def test_balances_named_later_stand_at_the_month_end_the_report_opened_with() -> None:
    # 三季度末，…贷款余额…。合肥市…贷款余额分别为…: the cities' balances stand on 30 September,
    # not on the release's day; a count of what is built (已建成…), in a paragraph of its own,
    # stands on the release's day
    found = figures(
        "2025年三季度末，全省制造业贷款余额16235.8亿元，同比增长14.2%。"
        "合肥市、芜湖市制造业贷款余额分别为5123.4亿元、1687.2亿元。\n全省已建成公共服务平台286个。",
        region="安徽省",
        ref=date(2025, 10, 24),
        doc_type="other",
    )
    assert [(f.value, f.period_end) for f in found if f.measure == "amount"] == [
        (16235.8, date(2025, 9, 30)),
        (5123.4, date(2025, 9, 30)),
        (1687.2, date(2025, 9, 30)),
        (286, date(2025, 10, 24)),
    ]


def test_a_table_of_kinds_under_a_unit_line_of_money_and_percent() -> None:
    # 单位：万元、% over 专项名称  预算安排  实际支出  支出率: the rate in %, the amounts in 万元
    text = normalize(
        "表1　2024年工业和信息化专项资金分专项执行情况\n单位：万元、%\n"
        "专项名称　预算安排　实际支出　支出率\n技术改造专项　45600　38920　85.4\n"
    ).text
    found = figures(text, region="泉州市", ref=date(2025, 9, 2), doc_type="other")
    assert [(f.indicator, f.measure, f.value_base) for f in found] == [
        ("技术改造专项预算", "amount", 456_000_000),
        ("技术改造专项支出", "amount", 389_200_000),
        ("技术改造专项支出率", "share_pct", 85.4),
    ]


def test_a_year_table_under_a_unit_line_of_money_and_percent() -> None:
    # 单位：亿元、% over rows without a unit cell: the growth row in %, the level in 亿元
    text = normalize(
        "表6-1　2022—2024年九江市主要经济指标\n单位：亿元、%\n项目\t2022年\t2023年\n"
        "地区生产总值\t3,720.5\t3,886.2\n地区生产总值增速\t4.8\t4.5\n"
    ).text
    found = figures(text, region="九江市", ref=date(2025, 6, 18), doc_type="other")
    assert [(f.measure, f.value_base, f.period_end) for f in found] == [
        ("amount", 372_050_000_000, date(2022, 12, 31)),
        ("amount", 388_620_000_000, date(2023, 12, 31)),
        ("yoy_growth_pct", 4.8, date(2022, 12, 31)),
        ("yoy_growth_pct", 4.5, date(2023, 12, 31)),
    ]


def test_a_paragraph_opened_on_a_day_has_its_counts_and_shares_stand_then() -> None:
    # 截至2025年10月底，…。…直流快充桩1.05万台，占比61.0%: the paragraph's day, for the counts and
    # shares that name none; a flow (产值) is no stock of that day
    found = figures(
        "（一）设施规模快速增长。截至2025年10月底，全市累计建成各类充电桩9.86万台。"
        "公共充电桩中，直流快充桩1.05万台，占比61.0%。全市建成换电站23座。\n"
        "全市建成加氢站3座。",
        region="襄阳市",
        ref=date(2025, 11, 12),
        doc_type="other",
    )
    assert [(f.value, f.period_end) for f in found] == [
        (9.86, date(2025, 10, 31)),
        (1.05, date(2025, 10, 31)),
        (61.0, date(2025, 10, 31)),
        (23, date(2025, 10, 31)),
        (3, date(2025, 11, 12)),
    ]


def test_a_column_named_with_a_digit_before_a_letter_and_compute_in_capitals() -> None:
    # 5G基站（万个）: a column of its own (a digit before a letter is part of a name); 18.6EFLOPS
    # is the compute unit as releases print it
    text = normalize(
        "截至9月底，全省算力总规模达到18.6EFLOPS。\n\n表1　2025年9月底部分设区市数字基础设施主要指标\n"
        "设区市　5G基站（万个）　千兆宽带用户（万户）\n南昌市　3.52　128.6\n"
    ).text
    found = figures(text, region="江西省", ref=date(2025, 10, 28), doc_type="other")
    assert [(f.indicator, f.region, f.value, f.unit) for f in found] == [
        ("算力总规模", "江西省", 18.6, "EFLOPS"),
        ("5G基站", "南昌市", 3.52, "万个"),
        ("千兆宽带用户", "南昌市", 128.6, "万户"),
    ]


def test_a_table_whose_rows_are_kinds_of_industry_under_产业类别() -> None:
    text = normalize(
        "表1　1—9月全县签约项目分产业情况\n产业类别　签约项目（个）　协议投资额（亿元）\n新能源　21　156.8\n"
    ).text
    found = figures(text, region="建湖县", ref=date(2025, 10, 15), doc_type="other")
    assert [(f.indicator, f.region, f.value) for f in found] == [
        ("新能源签约项目", "建湖县", 21),
        ("新能源协议投资额", "建湖县", 156.8),
    ]


def test_a_product_tables_column_of_its_share_of_the_countrys_output() -> None:
    # 产量  同比增长（%）  占全国比重（%）: the output, its growth, and its share of the nation's
    text = normalize(
        "附表：2025年前三季度全省主要电子产品产量\n\n产品名称  单位  产量  同比增长（%）  占全国比重（%）\n"
        "手机  万台  12846.5  8.7  12.1\n"
    ).text
    found = figures(text, region="河南省", ref=date(2025, 10, 24), doc_type="other")
    assert [(f.indicator, f.measure, f.value) for f in found] == [
        ("手机产量", "amount", 12846.5),
        ("手机产量", "yoy_growth_pct", 8.7),
        ("手机产量占全国比重", "share_pct", 12.1),
    ]


def test_a_place_after_an_estimate_or_goal_word_and_its_year_is_the_subject() -> None:
    found = figures(
        "预计2025年武汉市地区生产总值突破2.2万亿元。力争2026年武汉市工业投资增长10%。",
        region="湖北省",
        ref=date(2025, 12, 9),
        doc_type="other",
    )
    assert [(f.region, f.status) for f in found] == [("武汉市", "estimate"), ("武汉市", "target")]


def test_a_national_table_of_provinces_growth_and_rank_in_a_provinces_paper() -> None:
    # …全国及各省（区、市）规模以上工业增加值增速 ↵ 地区  增速（%）  位次: each province's growth and
    # its rank among the provinces (not among the paper's own province's places)
    text = normalize(
        "附：2025年1—10月全国及各省（区、市）规模以上工业增加值增速\n\n地区\t增速（%）\t位次\n"
        "全国\t6.1\t—\n北京\t7.2\t12\n"
    ).text
    found = figures(text, region="江西省", ref=date(2025, 11, 20))
    assert [(f.indicator, f.region, f.measure, f.value, f.benchmark) for f in found] == [
        ("规模以上工业增加值", "全国", "yoy_growth_pct", 6.1, None),
        ("规模以上工业增加值", "北京市", "yoy_growth_pct", 7.2, None),
        ("规模以上工业增加值增速", "北京市", "rank", 12, "全国"),
    ]


def test_the_part_of_a_budget_completed() -> None:
    found = figures(
        "2025年，全市一般公共预算收入完成238.6亿元，完成预算的101.3%；一般公共预算支出412.5亿元，完成调整预算的96.4%。",
        region="株洲市",
        ref=date(2026, 1, 20),
        doc_type="other",
    )
    assert [(f.measure, f.value) for f in found if f.measure == "share_pct"] == [
        ("share_pct", 101.3),
        ("share_pct", 96.4),
    ]
    assert all("一般公共预算" in f.indicator for f in found)


def test_a_budget_table_of_budgets_outcomes_completion_and_next_years_budget() -> None:
    # 2025年预算数 (a goal), 2025年执行数 (an outcome), 完成预算（%）, 2026年预算数 and its change,
    # in the caption's unit (…预算安排（单位：万元）)
    text = normalize(
        "表1　2025年市本级产业类专项资金执行情况及2026年预算安排（单位：万元）\n"
        "项目　2025年预算数　2025年执行数　完成预算（%）　2026年预算数　比上年预算增减（%）\n"
        "制造业高质量发展专项资金　52000　48620　93.5　50000　-3.8\n"
    ).text
    found = figures(text, region="株洲市", ref=date(2026, 1, 20), doc_type="other")
    assert [(f.indicator, f.measure, f.status, f.value_base, f.period_end.year) for f in found] == [
        ("制造业高质量发展专项资金预算数", "amount", "target", 520_000_000, 2025),
        ("制造业高质量发展专项资金执行数", "amount", "actual", 486_200_000, 2025),
        ("制造业高质量发展专项资金预算完成率", "share_pct", "actual", 93.5, 2025),
        ("制造业高质量发展专项资金预算数", "amount", "target", 500_000_000, 2026),
        ("制造业高质量发展专项资金预算数", "yoy_growth_pct", "target", -3.8, 2026),
    ]


def test_a_bare_合计_column_sums_the_count_columns_before_it() -> None:
    text = normalize(
        "附表1　2025年度浙江省智能工厂（数字化车间）分设区市汇总表\n\n"
        "设区市\t智能工厂（家）\t数字化车间（个）\t合计\n杭州市\t24\t68\t92\n"
    ).text
    found = figures(text, region="浙江省", ref=date(2025, 12, 18), doc_type="other")
    assert [(f.indicator, f.region, f.value) for f in found] == [
        ("智能工厂", "杭州市", 24),
        ("数字化车间", "杭州市", 68),
        ("智能工厂和数字化车间", "杭州市", 92),
    ]


def test_a_page_of_items_each_speaks_as_of_its_own_date_line() -> None:
    # 发布时间：2025-11-17 opens the next item: its 截至目前 and 今年以来 run to that day
    text = normalize(
        "工作动态\n\n全市工业经济运行分析调度会召开\n发布时间：2025-11-24　来源：运行监测协调科\n\n"
        "会议通报，1-10月，全市规模以上工业增加值同比增长7.6%。\n\n我市新增5家国家级绿色工厂\n"
        "发布时间：2025-11-17　来源：节能与综合利用科\n\n截至目前，全市累计创建国家级绿色工厂38家。\n"
    ).text
    found = figures(text, region="株洲市", ref=date(2025, 11, 24), doc_type="news_article")
    assert [(f.value, f.period_end) for f in found if f.value != 5] == [
        (7.6, date(2025, 10, 31)),
        (38, date(2025, 11, 17)),
    ]


def test_a_places_bare_attribute_after_a_products_figure_is_that_products() -> None:
    # 全省新能源汽车产量146.8万辆；其中合肥市产量98.4万辆: 合肥市's output of the same vehicles
    found = figures(
        "1—9月，全省新能源汽车产量146.8万辆，同比增长45.6%；其中合肥市产量98.4万辆，增长52.3%。",
        region="安徽省",
        ref=date(2025, 11, 26),
        doc_type="other",
    )
    assert [(f.indicator, f.region, f.value) for f in found] == [
        ("新能源汽车产量", "安徽省", 146.8),
        ("新能源汽车产量", "安徽省", 45.6),
        ("新能源汽车产量", "合肥市", 98.4),
        ("新能源汽车产量", "合肥市", 52.3),
    ]


def test_a_monthly_pmi_release_its_months_average_and_table_of_two_months() -> None:
    # a release on 10月份: figures that name no period are October's, even after 1—10月…均值;
    # 指数名称  2025年9月  2025年10月  比上月增减（个百分点） under 单位：%
    text = normalize(
        "2025年10月份河南省制造业采购经理指数运行情况\n\n"
        "10月份，全省制造业采购经理指数（PMI）为50.3%。1—10月，全省制造业PMI均值为50.2%。\n\n"
        "从企业规模看，大型企业PMI为51.2%。\n\n表1　主要分类指数\n单位：%\n\n"
        "指数名称    2025年9月    2025年10月    比上月增减（个百分点）\n生产指数    52.9    52.1    -0.8\n"
    ).text
    meta = describe_document("发布时间：2025-11-03\n" + text, "pmi.txt")
    found = extract_figures(text, dataclasses.replace(meta, reference_date=date(2025, 11, 3)), [])
    assert [(f.value, f.measure, f.period_start, f.period_end) for f in found] == [
        (50.3, "share_pct", date(2025, 10, 1), date(2025, 10, 31)),
        (50.2, "share_pct", date(2025, 1, 1), date(2025, 10, 31)),
        (51.2, "share_pct", date(2025, 10, 1), date(2025, 10, 31)),
        (52.9, "share_pct", date(2025, 9, 1), date(2025, 9, 30)),
        (52.1, "share_pct", date(2025, 10, 1), date(2025, 10, 31)),
        (-0.8, "pp_change", date(2025, 10, 1), date(2025, 10, 31)),
    ]


def test_an_index_moving_from_one_level_to_another_and_a_table_of_cities_scores() -> None:
    # 指数由2024年的122.5提升至126.8: two levels; 综合指数 under …制造业高质量发展指数及排名: the
    # caption's index, and the rank after a change column in 点 ranks by that index
    text = normalize(
        "2025年，全省制造业高质量发展综合指数由2024年的122.5提升至126.8。\n\n"
        "表1  2025年度各设区市制造业高质量发展指数及排名\n\n设区市    综合指数    比上年提高（点）    排名\n"
        "南昌市    138.5    5.1    1\n"
    ).text
    found = figures(text, region="江西省", ref=date(2026, 3, 18), doc_type="other")
    assert [(f.indicator, f.region, f.measure, f.value, f.period_end.year) for f in found] == [
        ("制造业高质量发展综合指数", "江西省", "amount", 122.5, 2024),
        ("制造业高质量发展综合指数", "江西省", "amount", 126.8, 2025),
        ("制造业高质量发展指数", "南昌市", "amount", 138.5, 2025),
        ("制造业高质量发展指数", "南昌市", "rank", 1, 2025),
    ]


def test_a_reports_list_of_the_years_estimates_after_an_opening_预计() -> None:
    # 预计全年实现…；…；…: every part is an estimate, but a part that names its own date
    # (截至2025年末，…) is reported
    found = figures(
        "预计全年实现地区生产总值765亿元，增长6.3%；一般公共预算收入71.2亿元；"
        "截至2025年末，全县规上工业企业总数达到412家。",
        region="德清县",
        ref=date(2026, 1, 20),
        doc_type="government_work_report",
    )
    assert [(f.value, f.status) for f in found] == [
        (765, "estimate"),
        (6.3, "estimate"),
        (71.2, "estimate"),
        (412, "actual"),
    ]


def test_a_paragraph_that_opens_on_a_short_sentence_naming_a_county_is_the_countys() -> None:
    # 长沙县继续领跑。全年实现…: the figures after it are the county's; 中部地区… or 消费市场…
    # open no place's paragraph
    text = normalize(
        "全省县域经济稳步发展。\n\n长沙县继续领跑。全年实现地区生产总值2186.4亿元，同比增长6.2%。\n\n"
        "消费市场回暖。社会消费品零售总额增长5.1%。"
    ).text
    found = figures(text, region="湖南省", ref=date(2026, 2, 26), doc_type="news_article")
    assert [(f.region, f.value) for f in found] == [("长沙县", 2186.4), ("长沙县", 6.2), ("湖南省", 5.1)]


def test_a_sum_in_financial_numerals_restated_in_digits_is_one_figure() -> None:
    # 贰仟叁佰肆拾伍万元整（￥23,450,000.00元）: the same sum twice, one figure
    text = normalize("补助资金合计人民币贰仟叁佰肆拾伍万元整（￥23,450,000.00元）。").text
    found = figures(text, region="滁州市", ref=date(2025, 9, 12), doc_type="other")
    assert [(f.indicator, f.value_base) for f in found] == [("补助资金", 23_450_000)]


def test_a_deadline_is_this_years_and_dates_no_figure_after_a_semicolon() -> None:
    # 预计11月底前试生产, said in September: this November's end, and the clause after the
    # semicolon (累计完成投资9.6亿元) stands at the speech's day, not at that deadline
    found = figures(
        "一期工程主体厂房全面封顶，预计11月底前试生产；城北片区城市更新项目累计完成投资9.6亿元。"
        "力争11月底前完成投资12亿元。",
        region="谷城县",
        ref=date(2025, 9, 12),
        doc_type="speech",
    )
    assert [(f.value, f.status, f.period_end) for f in found] == [
        (9.6, "actual", date(2025, 9, 12)),
        (12, "target", date(2025, 11, 30)),
    ]


def test_what_a_quarter_must_bring_is_a_goal_of_the_quarter_ahead() -> None:
    # 四季度要新开工项目11个以上, said in September: a goal for this year's fourth quarter
    found = figures(
        "四季度要新开工项目11个以上，对滞后项目逐一建立问题清单。", region="谷城县", ref=date(2025, 9, 12)
    )
    assert [(f.value, f.status, f.period_start, f.period_type) for f in found] == [
        (11, "target", date(2025, 10, 1), "quarter")
    ]


def test_a_projects_capacity_in_its_name_is_no_figure() -> None:
    # 总投资26亿元的汉江新材料年产2亿平方米锂电池隔膜项目: the investment only
    found = figures(
        "总投资26亿元的汉江新材料年产2亿平方米锂电池隔膜项目已开工建设。",
        region="谷城县",
        ref=date(2025, 9, 12),
    )
    assert [f.value_base for f in found] == [2_600_000_000]


def test_a_table_of_goals_and_outcomes_said_in_words() -> None:
    # 序号  指标  年度目标  完成情况  是否完成: each cell says its value with its unit and bound;
    # a fall the row's name says (能耗下降) is not told twice, a goal in words is no figure
    text = normalize(
        "现将2025年主要指标完成情况报告如下：\n\n"
        "序号\t指标\t年度目标\t完成情况\t是否完成\n"
        "1\t固定资产投资增长\t增长7%\t下降2.3%\t否\n"
        "2\t城镇调查失业率\t控制在5.5%以内\t5.1%\t是\n"
        "3\t实际使用外资\t3000万美元\t2460万美元\t否\n"
        "4\t单位地区生产总值能耗下降\t完成市下达目标\t下降3.2%\t是\n"
    ).text
    found = figures(text, region="信丰县", ref=date(2026, 1, 16), doc_type="government_work_report")
    assert [(f.measure, f.value, f.unit, f.qualifier, f.status, f.period_start) for f in found] == [
        ("yoy_growth_pct", 7, "%", "exact", "target", date(2025, 1, 1)),
        ("yoy_growth_pct", -2.3, "%", "exact", "actual", date(2025, 1, 1)),
        ("share_pct", 5.5, "%", "at_most", "target", date(2025, 1, 1)),
        ("share_pct", 5.1, "%", "exact", "actual", date(2025, 1, 1)),
        ("amount", 3000, "万美元", "exact", "target", date(2025, 1, 1)),
        ("amount", 2460, "万美元", "exact", "actual", date(2025, 1, 1)),
        ("yoy_growth_pct", -3.2, "%", "exact", "actual", date(2025, 1, 1)),
    ]


def test_a_sentence_that_introduces_last_years_outcomes_ends_a_promise_before_it() -> None:
    # 县政府将在2026年工作中切实加以改进 opened no plan for what 现将2025年…完成情况报告如下 reports;
    # 未达预期 says the outcome missed what was expected, no estimate
    found = figures(
        "部分指标未能达到年初预期，县政府将在2026年工作中切实加以改进。现将2025年主要指标完成情况报告如下：\n\n"
        "从完成情况看，投资指标未达预期：全县固定资产投资下降2.3%。",
        region="信丰县",
        ref=date(2026, 1, 16),
        doc_type="government_work_report",
    )
    assert [(f.value, f.status, f.period_start) for f in found] == [(-2.3, "actual", date(2025, 1, 1))]


def test_a_bulletin_on_months_to_date_reports_its_labelled_amounts_for_those_months() -> None:
    # a November bulletin titled on 1—10月: 规上工业总产值：612.4亿元 is of those months, not the
    # year's (as a year-end review's actions are); 三季度以来…逐月回升 is a trend, no report on Q3
    text = (
        "滁州经济技术开发区2025年1—10月经济运行简报\n\n"
        "1—10月，经开区主要经济指标保持平稳。从运行态势看，三季度以来主要指标增速逐月回升。\n\n"
        "一、工业经济\n\n规上工业总产值：612.4亿元，同比增长9.6%；\n新增规上工业企业：23家。"
    )
    found = figures(
        text,
        region="滁州经济技术开发区",
        ref=date(2025, 11, 18),
        doc_type="statistical_bulletin",
        title="滁州经济技术开发区2025年1—10月经济运行简报",
    )
    assert [(f.value, f.period_start, f.period_end) for f in found] == [
        (612.4, date(2025, 1, 1), date(2025, 10, 31)),
        (9.6, date(2025, 1, 1), date(2025, 10, 31)),
        (23, date(2025, 1, 1), date(2025, 10, 31)),
    ]


def test_a_paragraph_opened_on_its_chain_in_brackets_names_the_chain_in_its_figures() -> None:
    # 【新型显示产业链】全链共有链主企业6家，实现营业收入1580亿元: the chain's, not the province's;
    # the plan of the chain before (2026年，力争…) ends where the next chain's paragraph opens; a
    # count in a benchmark's name (高于16条重点产业链平均水平) is no figure
    text = (
        "【集成电路产业链】实现营业收入2860亿元，增长18.4%，高于16条重点产业链平均水平9.7个百分点。"
        "2026年，力争全链营业收入突破3300亿元。\n\n"
        "【新型显示产业链】全链共有链主企业6家，实现营业收入1580亿元。成都市新型显示产业营业收入增长9.1%。"
    )
    found = figures(text, region="四川省", ref=date(2026, 2, 10), doc_type="report")
    assert [(f.indicator[:6], f.measure, f.value, f.status, f.region) for f in found] == [
        ("集成电路产业", "amount", 2860, "actual", "四川省"),
        ("集成电路产业", "yoy_growth_pct", 18.4, "actual", "四川省"),
        ("集成电路产业", "pp_diff", 9.7, "actual", "四川省"),
        ("集成电路产业", "amount", 3300, "target", "四川省"),
        ("新型显示产业", "amount", 6, "actual", "四川省"),
        ("新型显示产业", "amount", 1580, "actual", "四川省"),
        ("新型显示产业", "yoy_growth_pct", 9.1, "actual", "成都市"),
    ]
    assert found[4].indicator == "新型显示产业链链主企业"


def test_a_listed_companys_main_accounting_data_this_period_and_the_year_before() -> None:
    # 项目  本报告期末  上年度末  …增减(%) and 项目  本报告期  上年同期  …增减(%) under 单位：元:
    # the half year's and the same months a year before, the balances at the period's end and at
    # the last year's; 增加1.08个百分点 is a rate's change in points, 不适用 no value
    text = normalize(
        "2.2 主要会计数据和财务指标\n\n单位：元　币种：人民币\n\n"
        "项目\t本报告期末\t上年度末\t本报告期末比上年度末增减(%)\n"
        "总资产\t12,846,305,718.42\t11,972,614,205.36\t7.30\n\n"
        "项目\t本报告期\t上年同期\t本报告期比上年同期增减(%)\n"
        "营业收入\t5,235,418,632.57\t4,413,627,805.19\t18.62\n"
        "经营活动产生的现金流量净额\t605,217,348.90\t-123,486,592.14\t不适用\n"
        "加权平均净资产收益率（%）\t7.80\t6.72\t增加1.08个百分点\n"
    ).text
    found = figures(
        text, region="湖州市", ref=date(2025, 8, 27), doc_type="other", title="2025年半年度报告摘要"
    )
    h1, h1_before = (date(2025, 1, 1), date(2025, 6, 30)), (date(2024, 1, 1), date(2024, 6, 30))
    assert [(f.measure, f.value, f.unit, (f.period_start, f.period_end)) for f in found] == [
        ("amount", 12_846_305_718.42, "元", (date(2025, 6, 30), date(2025, 6, 30))),
        ("amount", 11_972_614_205.36, "元", (date(2024, 12, 31), date(2024, 12, 31))),
        ("yoy_growth_pct", 7.3, "%", (date(2025, 6, 30), date(2025, 6, 30))),
        ("amount", 5_235_418_632.57, "元", h1),
        ("amount", 4_413_627_805.19, "元", h1_before),
        ("yoy_growth_pct", 18.62, "%", h1),
        ("amount", 605_217_348.90, "元", h1),
        ("amount", -123_486_592.14, "元", h1_before),
        ("share_pct", 7.8, "%", h1),
        ("share_pct", 6.72, "%", h1_before),
        ("pp_change", 1.08, "个百分点", h1),
    ]


def test_last_years_level_of_the_same_months_said_after_this_years() -> None:
    # …净额为6.05亿元，上年同期为-1.23亿元: the same months a year before
    found = figures(
        "上半年，公司经营活动产生的现金流量净额为6.05亿元，上年同期为-1.23亿元。",
        region="湖州市",
        ref=date(2025, 8, 27),
    )
    assert [(f.value, f.period_start, f.period_end) for f in found] == [
        (6.05, date(2025, 1, 1), date(2025, 6, 30)),
        (-1.23, date(2024, 1, 1), date(2024, 6, 30)),
    ]


def test_months_to_date_in_words() -> None:
    # 一到十一月 (a broadcast's): January to November
    found = figures(
        "今年一到十一月，全县规模以上工业增加值同比增长百分之八点七。", region="沛县", ref=date(2025, 12, 26)
    )
    assert [(f.value, f.period_start, f.period_end) for f in found] == [
        (8.7, date(2025, 1, 1), date(2025, 11, 30))
    ]


def test_a_city_named_after_its_province_is_the_citys() -> None:
    # 福建省泉州市百强企业…: the city's figure, its name and its province's out of the indicator
    for region in ("泉州市", "福建省"):
        found = figures(
            "2024年，福建省泉州市百强企业共实现营业收入9865.4亿元。", region=region, ref=date(2025, 6, 17)
        )
        assert [(f.region, f.indicator) for f in found] == [("泉州市", "百强企业共营业收入")]


def test_each_entry_of_a_chronicle_speaks_as_of_its_own_day() -> None:
    # 2025年…大事记, out in January 2026: 4月15日　一季度… reports the first quarter of 2025, and
    # the plan an entry before set out (提出到2027年…) does not make it a goal
    text = normalize(
        "2月18日　市政府印发三年行动方案，提出到2027年，全市规上工业增加值年均增长8%以上。\n\n"
        "4月15日　一季度，全市规上工业增加值增长8.3%，增速居全省第二位。\n\n"
        "6月30日　截至6月底，全市累计建成5G基站1.02万个。"
    ).text
    found = figures(
        text, region="襄阳市", ref=date(2026, 1, 12), doc_type="other", title="2025年襄阳市工业和信息化大事记"
    )
    assert [(f.value, f.status, f.period_start, f.period_end) for f in found] == [
        (8, "target", date(2025, 1, 1), date(2027, 12, 31)),
        (8.3, "actual", date(2025, 1, 1), date(2025, 3, 31)),
        (2, "actual", date(2025, 1, 1), date(2025, 3, 31)),
        (1.02, "actual", date(2025, 6, 30), date(2025, 6, 30)),
    ]


def test_an_indicators_block_with_a_cell_a_line_from_a_pdf() -> None:
    # 规模以上工业增加值 / 亿元 / 1526.8 / 增长 / 7.9% (and 制造业投资 / 增长 / 13.5%) under a title on
    # 2025年1—10月: the level and its growth, of those months (a label's own months win: （1—9月）)
    text = normalize(
        "一、工业生产\n\n规模以上工业增加值\n亿元\n1526.8\n增长\n7.9%\n"
        "规模以上工业企业利润总额（1—9月）\n亿元\n318.7\n下降\n2.4%\n制造业投资\n增长\n13.5%\n"
    ).text
    found = figures(
        text,
        region="芜湖市",
        ref=date(2025, 11, 19),
        doc_type="other",
        title="芜湖市统计快报（2025年1—10月）",
    )
    assert [(f.measure, f.value, f.unit, f.period_end) for f in found] == [
        ("amount", 1526.8, "亿元", date(2025, 10, 31)),
        ("yoy_growth_pct", 7.9, "%", date(2025, 10, 31)),
        ("amount", 318.7, "亿元", date(2025, 9, 30)),
        ("yoy_growth_pct", -2.4, "%", date(2025, 9, 30)),
        ("yoy_growth_pct", 13.5, "%", date(2025, 10, 31)),
    ]


def test_a_monitoring_table_of_this_month_months_to_date_growth_and_rank() -> None:
    # | 指标 | 单位 | 本月 | 1—10月累计 | 同比增长（%） | 全市排位 | under …（2025年1—10月）: 本月 is
    # October, the rank is of the growth among the city's counties
    text = normalize(
        "安溪县主要经济指标监测表（2025年1—10月）\n\n"
        "| 指标 | 单位 | 本月 | 1—10月累计 | 同比增长（%） | 全市排位 |\n|---|---|---|---|---|---|\n"
        "| 规模以上工业总产值 | 亿元 | 58.62 | 563.17 | 7.4 | 5 |\n"
    ).text
    found = figures(text, region="安溪县", ref=date(2025, 11, 20), doc_type="other")
    assert [(f.measure, f.value, f.period_start, f.period_end) for f in found] == [
        ("amount", 58.62, date(2025, 10, 1), date(2025, 10, 31)),
        ("amount", 563.17, date(2025, 1, 1), date(2025, 10, 31)),
        ("yoy_growth_pct", 7.4, date(2025, 1, 1), date(2025, 10, 31)),
        ("rank", 5, date(2025, 1, 1), date(2025, 10, 31)),
    ]


def test_quarters_told_in_a_report_on_more_months_leave_its_period_as_it_was() -> None:
    # 前11个月… ↵ 二季度、三季度分别出口…: the quarters break the months down; the next figure
    # that names no period is of the 11 months still
    found = figures(
        "前11个月，全省新三样产品出口1183.2亿元。从季度走势看，二季度、三季度出口分别增长15.8%和21.4%。"
        "以一般贸易方式出口新三样产品1012.7亿元。",
        region="安徽省",
        ref=date(2025, 12, 18),
    )
    assert [(f.value, f.period_start, f.period_end) for f in found] == [
        (1183.2, date(2025, 1, 1), date(2025, 11, 30)),
        (15.8, date(2025, 4, 1), date(2025, 6, 30)),
        (21.4, date(2025, 7, 1), date(2025, 9, 30)),
        (1012.7, date(2025, 1, 1), date(2025, 11, 30)),
    ]


def test_a_ranking_of_zones_by_their_scores_each_zone_its_own_region() -> None:
    # 排名　开发区　亩均税收（万元/亩）…　综合得分: each zone's values and score, and its rank by
    # the score
    text = normalize(
        "2025年度全省开发区亩均效益综合评价前十位名单如下：\n\n"
        "排名　开发区　亩均税收（万元/亩）　亩均工业增加值（万元/亩）　综合得分\n"
        "1　合肥经济技术开发区　68.42　236.5　95.62\n2　合肥高新技术产业开发区　64.17　248.3　94.88\n"
    ).text
    found = figures(text, region="安徽省", ref=date(2026, 4, 16), doc_type="other")
    first = [(f.indicator, f.measure, f.value, f.unit) for f in found if f.region == "合肥经济技术开发区"]
    assert first == [
        ("综合得分排名", "rank", 1, "位"),
        ("亩均税收", "amount", 68.42, "万元/亩"),
        ("亩均工业增加值", "amount", 236.5, "万元/亩"),
        ("综合得分", "amount", 95.62, "分"),
    ]


def test_a_township_that_names_itself_in_its_county_speaks_for_itself() -> None:
    # 许村镇…工作总结: a town's name may end in 村; the text places it in its county-level city
    # (浙江省海宁市许村镇), which tells it from the many towns of one name
    text = (
        "许村镇2025年工作总结和2026年工作思路\n\n发布时间：2025-12-18　　来源：许村镇人民政府\n\n"
        "一年来，浙江省海宁市许村镇在市委、市政府的坚强领导下，各项工作取得新的成效。\n\n"
        "1—11月，全镇完成规上工业产值261.3亿元，同比增长7.8%。全镇新增规上工业企业14家。"
    )
    doc = describe_document(normalize(text).text, "x.txt")
    assert doc.region == "海宁市许村镇"


def test_within_the_year_under_next_years_heading_is_that_year() -> None:
    # 三、2026年工作思路, said in December: 年内新建… is a goal of 2026, not of the year ending
    text = (
        "一、2025年工作回顾\n\n全年新增规上工业企业14家。\n\n三、2026年工作思路\n\n"
        "（一）推进共同富裕。年内新建强村公司项目4个。"
    )
    found = {f.value: f for f in figures(text, region="长兴县", ref=date(2025, 12, 18))}
    assert (found[4].status, found[4].period_start, found[4].period_end) == (
        "target",
        date(2026, 1, 1),
        date(2026, 12, 31),
    )


def test_a_count_that_stands_is_dated_no_later_than_the_day_it_is_told() -> None:
    # 全年新增…，总数达到236家, out on 18 December: the total stands on that day, not on 31 December
    found = figures(
        "全年新增规上工业企业14家，规上工业企业总数达到236家。", region="长兴县", ref=date(2025, 12, 18)
    )
    total = next(f for f in found if f.value == 236)
    assert (total.status, total.period_start, total.period_end) == (
        "actual",
        date(2025, 12, 18),
        date(2025, 12, 18),
    )


def test_the_base_of_an_estimates_comparison_is_known() -> None:
    # 预计全年…，较2020年的182.4亿元增长56.8%: the estimate is this year's; 2020's level is an outcome
    found = figures(
        "预计全年实现规上工业产值286亿元左右，较2020年的182.4亿元增长56.8%。",
        region="长兴县",
        ref=date(2025, 12, 18),
    )
    base = next(f for f in found if f.value == 182.4)
    assert (base.status, base.period_start, base.period_end) == (
        "actual",
        date(2020, 1, 1),
        date(2020, 12, 31),
    )
    assert next(f for f in found if f.value == 286).status == "estimate"


def test_a_notice_about_months_reports_on_them_in_every_paragraph() -> None:
    # 关于2025年1—11月…的通报: 关于 is no comparison (高于2024年 is), so the title's months are the
    # report's, and a paragraph's later sentence that names no period is of them, not the year's
    text = (
        "（一）签约项目稳步增加。1—11月，全县共签约招商引资项目128个。"
        "其中，工业项目98个、服务业项目23个。签约亿元以上项目76个，占签约项目总数的59.4%。"
    )
    found = figures(
        text,
        region="信丰县",
        ref=date(2025, 12, 8),
        doc_type="other",
        title="信丰县招商引资工作领导小组办公室关于2025年1—11月全县招商引资工作情况的通报",
    )
    big = next(f for f in found if f.value == 76)
    assert (big.period_start, big.period_end) == (date(2025, 1, 1), date(2025, 11, 30))


def test_a_ranking_of_towns_and_parks_names_what_its_caption_ranks() -> None:
    # 排名 | 乡镇（园区） | …: each row a place of its own; the rank is of what the caption ranks
    # (…招商引资工作排名表), and projects signed in the months are counted over them
    text = (
        "表1　2025年1—11月各乡镇（园区）招商引资工作排名表\n\n"
        "排名  乡镇（园区）  签约项目（个）  签约金额（亿元）  完成年度目标（%）\n"
        "1  信丰高新技术产业园区  36  142.6  96.3\n"
        "2  嘉定镇  9  21.5  93.7\n"
        "3  大塘埠镇  8  18.2  91.4"
    )
    found = figures(text, region="信丰县", ref=date(2025, 12, 8))
    town = [f for f in found if f.region == "嘉定镇"]
    assert [(f.measure, f.value) for f in town] == [
        ("rank", 2),
        ("amount", 9),
        ("amount", 21.5),
        ("share_pct", 93.7),
    ]
    assert town[0].indicator == "招商引资工作排名"
    assert (town[1].period_start, town[1].period_end) == (date(2025, 1, 1), date(2025, 11, 30))


def test_each_case_of_a_compendium_is_its_firms_where_it_stands() -> None:
    # 案例一：… ↵ …公司位于洛阳市: the case's effects are the firm's city's, and the plan the
    # foreword set out (今年，全省计划…) does not make them goals
    text = (
        "今年，全省计划新完成规上工业企业数字化改造3000家以上。\n\n"
        "案例一：洛阳瑞弘精密轴承有限公司——打造5G全连接工厂\n\n"
        "洛阳瑞弘精密轴承有限公司位于洛阳市，是国家级专精特新“小巨人”企业。改造后，生产效率提升30%。\n\n"
        "案例二：长垣华力起重装备股份有限公司——质量管控全流程数字化\n\n"
        "长垣华力起重装备股份有限公司位于新乡市长垣市，关键工序在线检测率达到100%。"
    )
    found = {f.value: f for f in figures(text, region="河南省", ref=date(2025, 9, 16), doc_type="other")}
    assert (found[3000].status, found[3000].region) == ("target", "河南省")
    assert (found[30].status, found[30].region) == ("actual", "洛阳市")
    assert (found[100].status, found[100].region) == ("actual", "长垣市")


def test_a_measured_time_in_days_is_a_figure_and_a_lasting_one_is_not() -> None:
    # 应收账款平均回收期为53.6天，同比增加2.1天: a time measured, and its change over a year; but
    # 为期3天的展会 and 24小时在线 say how long something lasts
    found = figures(
        "1—10月，全省规上工业企业应收账款平均回收期为53.6天，同比增加2.1天。"
        "全省企业开办时间压缩至1个工作日以内。为期3天的展会吸引客商2万人次，服务专线24小时在线。",
        region="河南省",
        ref=date(2025, 11, 27),
    )
    assert [(f.value, f.unit) for f in found if f.unit in ("天", "个工作日", "小时")] == [
        (53.6, "天"),
        (2.1, "天"),
        (1, "个工作日"),
    ]
    change = next(f for f in found if f.value == 2.1)
    assert change.measure == "amount" and "回收期" in change.indicator


def test_a_count_and_its_change_over_the_same_months_a_year_before() -> None:
    # 共签约…项目128个，同比增加17个: the count, and how many more than a year before
    found = figures(
        "1—11月，全县共签约招商引资项目128个，同比增加17个。", region="信丰县", ref=date(2025, 12, 8)
    )
    assert [(f.value, f.measure) for f in found] == [(128, "amount"), (17, "amount")]
    assert "签约" in found[1].indicator and found[1].indicator != found[0].indicator


def test_a_district_with_its_zones_name_in_brackets_is_the_subject() -> None:
    # 新吴区（无锡高新区）增长9.4%: the district's growth of the whole named before, not 宜兴市's
    found = figures(
        "前三季度，全市规上工业总产值增长7.4%，其中三季度单季增长7.6%。\n\n"
        "分板块看，宜兴市增长7.9%；新吴区（无锡高新区）增长9.4%，增速居全市第一位。",
        region="无锡市",
        ref=date(2025, 10, 24),
    )
    assert [(f.region, f.value, f.period_start) for f in found if f.measure == "yoy_growth_pct"] == [
        ("无锡市", 7.4, date(2025, 1, 1)),
        ("无锡市", 7.6, date(2025, 7, 1)),
        ("宜兴市", 7.9, date(2025, 1, 1)),
        ("新吴区", 9.4, date(2025, 1, 1)),
    ]
    assert all(f.indicator == "规模以上工业总产值" for f in found)


def test_a_change_in_basis_points_is_one_in_percentage_points() -> None:
    # 同比下降32个基点, 比年初下降18个BP: hundredths of a percentage point
    found = figures(
        "10月，全省新发放企业贷款加权平均利率为3.21%，同比下降32个基点；"
        "新发放制造业贷款加权平均利率为3.12%，比年初下降18个BP。",
        region="安徽省",
        ref=date(2025, 11, 20),
    )
    assert [(f.value_base, f.base_unit) for f in found if f.measure == "pp_change"] == [
        (-0.32, "百分点"),
        (-0.18, "百分点"),
    ]


def test_a_projects_timetable_is_no_plan_and_its_output_when_running_is_an_estimate() -> None:
    # 项目计划于2026年3月开工: the firm's timetable, not the text's plan; 达产后年产值可达…: what
    # the project is expected to yield once running, of no period; 项目二：… is the next project
    text = (
        "项目一：高端电子铜箔项目。由深圳华铜科技集团有限公司投资，总投资15亿元。"
        "项目计划于2026年3月开工，全部达产后年产值不低于30亿元。\n\n"
        "项目二：精密铸造项目。由浙江精锐机械有限公司投资，总投资6.3亿元，达产后年产值约10亿元。\n\n"
        "截至目前，今年全县新签约项目86个。"
    )
    found = {f.value: f for f in figures(text, region="桃源县", ref=date(2025, 12, 18))}
    assert (found[10].status, found[10].period_start) == ("estimate", None)
    assert (found[6.3].status, found[86].status) == ("actual", "actual")


def test_a_platform_idle_since_it_was_built_is_no_estimate() -> None:
    # 建成后长期闲置，年均使用率不足30%: what happened after it was built, not a projection
    found = figures(
        "2024年，有2个公共服务平台建成后长期闲置，年均使用率不足30%。", region="泉州市", ref=date(2025, 5, 20)
    )
    assert [f.status for f in found if f.value == 30] == ["actual"]


def test_an_evaluation_of_last_years_figures_dates_them_to_that_year() -> None:
    # 2025年度…亩均效益综合评价 ↵ 以2024年度数据为依据: its figures (and its table's, captioned
    # 2025年度…) are 2024's; a ranked list of firms with no place column is the county's, and a
    # column of grades (评价类别) holds words
    text = (
        "县经信局以2024年度数据为依据，组织开展了2025年度工业企业亩均效益综合评价。\n\n"
        "本次评价中，A类企业193家，占13.2%。\n\n"
        "表1  2025年度海盐县工业企业亩均税收前十位企业\n\n"
        "排名  企业名称  亩均税收（万元/亩）  亩均增加值（万元/亩）  评价类别\n"
        "1  浙江海利环保科技股份有限公司  186.4  712.5  A类\n"
        "2  嘉兴恒泰精密机械有限公司  152.7  588.3  A类"
    )
    found = figures(
        text,
        region="海盐县",
        ref=date(2025, 6, 13),
        doc_type="other",
        title="海盐县人民政府办公室关于公布2025年度全县工业企业亩均效益综合评价结果的通知",
    )
    share = next(f for f in found if f.value == 13.2)
    assert (share.period_start, share.period_end) == (date(2024, 1, 1), date(2024, 12, 31))
    firm = [f for f in found if "浙江海利" in f.indicator]
    assert [(f.measure, f.value, f.region, f.period_start) for f in firm] == [
        ("rank", 1, "海盐县", date(2024, 1, 1)),
        ("amount", 186.4, "海盐县", date(2024, 1, 1)),
        ("amount", 712.5, "海盐县", date(2024, 1, 1)),
    ]


def test_a_groups_table_of_its_firms_with_their_growth() -> None:
    # 企业 | 营业收入（亿元） | 同比（%） | …: each firm's revenue and its growth, the city's group's
    text = (
        "表1  1—10月重点子公司经营情况\n\n"
        "企业  营业收入（亿元）  同比（%）  利润总额（亿元）  同比（%）\n"
        "襄阳城市建设投资有限公司  52.36  6.8  3.12  9.5\n"
        "襄阳水务集团有限公司  14.92  4.1  0.78  -6.3"
    )
    found = [f for f in figures(text, region="襄阳市", ref=date(2025, 11, 8)) if "水务" in f.indicator]
    assert [(f.measure, f.value) for f in found] == [
        ("amount", 14.92),
        ("yoy_growth_pct", 4.1),
        ("amount", 0.78),
        ("yoy_growth_pct", -6.3),
    ]


def test_a_slides_contents_name_chapters_but_open_none() -> None:
    # 第2页 / 共12页 ↵ 目录 ↵ 七、2026年主要目标: a line of the contents, not the chapter; the
    # slides after it report 2025, told in January 2026
    text = (
        "第2页 / 共12页\n目录\n一、2025年工业经济运行总体情况\n七、2026年主要目标\n\n"
        "第3页 / 共12页\n2025年工业经济运行总体情况：稳中有进\n• 工业投资 320亿元 ↑12.5%"
    )
    found = figures(text, region="泰州市", ref=date(2026, 1, 16), doc_type="other")
    assert [(f.value, f.status, f.period_start) for f in found] == [
        (320, "actual", date(2025, 1, 1)),
        (12.5, "actual", date(2025, 1, 1)),
    ]


def test_a_sum_over_the_plans_years_in_its_table_runs_over_them() -> None:
    # “十四五”累计工业投资  亿元  —  3500  3680: the sum of 2021—2025, aimed at and expected
    text = (
        "台州市“十四五”规划工业发展主要指标完成情况表\n\n"
        "指标  单位  2020年基数  2025年规划目标  2025年预计  完成情况\n"
        "“十四五”累计工业投资  亿元  —  3500  3680  提前完成"
    )
    found = figures(
        text,
        region="台州市",
        ref=date(2025, 10, 28),
        doc_type="other",
        title="台州市人民政府关于“十四五”规划工业发展主要指标完成情况的报告",
    )
    assert [(f.value, f.status, f.period_start, f.period_end) for f in found] == [
        (3500, "target", date(2021, 1, 1), date(2025, 12, 31)),
        (3680, "estimate", date(2021, 1, 1), date(2025, 12, 31)),
    ]


def test_a_place_in_a_ranking_and_the_place_it_moved_to_each_when_it_was_held() -> None:
    # 由2015年的全省第4位上升至2025年的第3位: two ranks of one ranking, each in its own year (and
    # 由上半年的全省第4位升至第3位: the earlier in the half year, the later in the months reported)
    found = figures(
        "2025年，全市规模工业增加值总量由2015年的全省第4位上升至2025年的第3位。",
        region="株洲市",
        ref=date(2026, 2, 24),
    )
    assert [(f.value, f.indicator, f.period_start) for f in found] == [
        (4, "规模工业增加值总量", date(2015, 1, 1)),
        (3, "规模工业增加值总量", date(2025, 1, 1)),
    ]
    found = figures(
        "1—9月，合肥市规上工业增加值增长10.6%，增速由上半年的全省第4位升至第3位。",
        region="合肥市",
        ref=date(2025, 10, 24),
    )
    assert [(f.value, f.period_end) for f in found if f.measure == "rank"] == [
        (4, date(2025, 6, 30)),
        (3, date(2025, 9, 30)),
    ]


def test_a_range_the_growth_must_stay_in_is_a_goal_of_this_quarter() -> None:
    # in November, 四季度…要保持在7.5%—8%区间 is this year's fourth quarter, aimed at
    found = figures(
        "会议强调，四季度全省规上工业增加值月度增速要保持在7.5%—8%区间。",
        region="湖北省",
        ref=date(2025, 11, 18),
    )
    assert [(f.value, f.value_max, f.status, f.period_start) for f in found] == [
        (7.5, 8, "target", date(2025, 10, 1))
    ]


def test_a_bulletins_table_runs_on_over_its_parts() -> None:
    # 指标名称  1—10月  同比增长（%） ↵ ↵ 一、工业生产 ↵ rows ↵ ↵ 二、固定资产投资 ↵ rows: one table
    text = (
        "指标名称  1—10月  同比增长（%）\n\n一、工业生产\n规模以上工业总产值（亿元）  11236.8  6.5\n\n"
        "二、国内贸易\n社会消费品零售总额（亿元）  1842.3  5.1"
    )
    found = figures(text, region="嘉兴市", ref=date(2025, 11, 18))
    assert [(f.indicator, f.value, f.period_end) for f in found] == [
        ("规模以上工业总产值", 11236.8, date(2025, 10, 31)),
        ("规模以上工业总产值", 6.5, date(2025, 10, 31)),
        ("社会消费品零售总额", 1842.3, date(2025, 10, 31)),
        ("社会消费品零售总额", 5.1, date(2025, 10, 31)),
    ]


def test_years_then_the_months_so_far_and_their_growth_named_again() -> None:
    # 指标 单位 2023年 2024年 2025年1—10月 1—10月同比增长（%）, single spaces between (a PDF's)
    text = (
        "附表：嘉兴市规模以上工业主要指标\n\n指标 单位 2023年 2024年 2025年1—10月 1—10月同比增长（%）\n"
        "规模以上工业增加值 亿元 3012.6 3248.9 2796.3 7.4"
    )
    found = figures(text, region="嘉兴市", ref=date(2025, 11, 24))
    assert [(f.measure, f.value, f.status, f.period_start, f.period_end) for f in found] == [
        ("amount", 3012.6, "actual", date(2023, 1, 1), date(2023, 12, 31)),
        ("amount", 3248.9, "actual", date(2024, 1, 1), date(2024, 12, 31)),
        ("amount", 2796.3, "actual", date(2025, 1, 1), date(2025, 10, 31)),
        ("yoy_growth_pct", 7.4, "actual", date(2025, 1, 1), date(2025, 10, 31)),
    ]


def test_results_listed_as_labels_and_their_values() -> None:
    # …：规上工业总产值：698.3亿元，增长5.9%；工业用电量：28.4亿千瓦时: each value its label's
    found = figures(
        "1—11月，全县主要指标如下：规上工业增加值：152.6亿元，增长6.8%；规上工业总产值：698.3亿元，增长5.9%；"
        "工业投资：增长12.1%；工业用电量：28.4亿千瓦时，增长5.1%。",
        region="安吉县",
        ref=date(2025, 12, 16),
    )
    assert [(f.indicator, f.value) for f in found] == [
        ("规模以上工业增加值", 152.6),
        ("规模以上工业增加值", 6.8),
        ("规模以上工业总产值", 698.3),
        ("规模以上工业总产值", 5.9),
        ("工业投资", 12.1),
        ("工业用电量", 28.4),
        ("工业用电量", 5.1),
    ]


def test_places_in_the_ranking_a_text_is_about() -> None:
    # 2025年赛迪百强县榜单发布: 慈溪市、义乌市分别位列第5位、第8位 and 桐乡市排名第71位 are their
    # places in that ranking, each the place's own
    found = figures(
        "慈溪市、义乌市分别位列第5位、第8位。桐乡市排名第71位。",
        region="浙江省",
        ref=date(2025, 7, 24),
        doc_type="news_article",
        title="2025年赛迪百强县榜单发布 我省9个县（市）跻身全国百强",
    )
    assert [(f.indicator, f.region, f.value) for f in found] == [
        ("百强县排名", "慈溪市", 5),
        ("百强县排名", "义乌市", 8),
        ("百强县排名", "桐乡市", 71),
    ]


def test_a_figures_gaps_to_several_benchmarks_and_its_ratios_to_their_averages() -> None:
    # 增速分别比全国、全省、全市平均高出1.9、0.8和0.5个百分点: one gap to each, in turn; 分别是全市、
    # 全省平均水平的1.3倍和1.5倍: the figure before as a ratio to each place's
    found = figures(
        "前三季度，全县规上工业增加值增长8.2%，增速分别比全国、全省、全市平均高出1.9、0.8和0.5个百分点。"
        "全县规上工业亩均税收达到38.2万元，分别是全市、全省平均水平的1.3倍和1.5倍。",
        region="新昌县",
        ref=date(2025, 10, 27),
    )
    assert [(f.measure, f.value_base, f.benchmark) for f in found if f.benchmark] == [
        ("pp_diff", 1.9, "全国"),
        ("pp_diff", 0.8, "全省"),
        ("pp_diff", 0.5, "全市"),
        ("share_pct", 130, "全市"),
        ("share_pct", 150, "全省"),
    ]
    assert all("亩均税收" in f.indicator for f in found if f.measure == "share_pct")


def test_a_subsidy_list_of_firms_and_their_projects() -> None:
    # 序号 | 企业名称 | 项目名称 | 设备投资额（万元） | 补助金额（万元）: each firm's amounts, the city's
    text = (
        "序号  企业名称  项目名称  设备投资额（万元）  补助金额（万元）\n"
        "1  浙江华宇汽车零部件股份有限公司  底盘零部件智能化技术改造项目  6850  300\n"
        "2  台州恒达机电有限公司  数字化车间建设项目  2120  106"
    )
    found = figures(text, region="台州市", ref=date(2025, 11, 10))
    assert [(f.value, f.region) for f in found if "恒达" in f.indicator] == [
        (2120, "台州市"),
        (106, "台州市"),
    ]


def test_a_benchmarks_own_value_in_brackets_is_the_benchmarks() -> None:
    # 高于全国（6.1%）0.7个百分点: the country's growth, and the province's gap to it; the rank after
    # is still the province's
    found = figures(
        "1—10月，全省规上工业增加值增长6.8%，高于全国（6.1%）0.7个百分点，增速居全国第5位。",
        region="浙江省",
        ref=date(2025, 11, 21),
    )
    assert [(f.measure, f.value, f.region) for f in found] == [
        ("yoy_growth_pct", 6.8, "浙江省"),
        ("yoy_growth_pct", 6.1, "全国"),
        ("pp_diff", 0.7, "浙江省"),
        ("rank", 5, "浙江省"),
    ]


def test_a_months_series_each_in_its_month() -> None:
    # 1月1.92万辆，2月…回落至1.41万辆，3月2.37万辆: March's, though a number follows 3月 at once
    found = figures(
        "2025年，全市新能源汽车产量1月1.92万辆，2月受春节因素影响回落至1.41万辆，3月2.37万辆。",
        region="滁州市",
        ref=date(2025, 12, 16),
    )
    assert [(f.indicator, f.value, f.period_start) for f in found] == [
        ("新能源汽车产量", 1.92, date(2025, 1, 1)),
        ("新能源汽车产量", 1.41, date(2025, 2, 1)),
        ("新能源汽车产量", 2.37, date(2025, 3, 1)),
    ]


def test_a_speaker_introduced_by_the_host_speaks_for_their_place() -> None:
    # 主持人：…三位代表是：襄阳华驰…有限公司董事长李建国、通城县委书记周敏 ↵ 李建国：…: the
    # chairman's figures are his firm's city's, the county secretary's his county's
    text = (
        "主持人：今天走上“代表通道”的三位代表是：襄阳华驰精密传动有限公司董事长李建国、通城县委书记周敏。\n\n"
        "李建国：全年公司实现产值38.6亿元，同比增长12.4%。\n\n"
        "周敏：过去一年，全县规上工业增加值增长11.2%。\n\n"
        "主持人：谢谢。2025年，全省规上工业增加值增长7.1%。"
    )
    found = figures(text, region="湖北省", ref=date(2026, 1, 27), doc_type="press_conference")
    assert [(f.value, f.region) for f in found] == [
        (38.6, "襄阳市"),
        (12.4, "襄阳市"),
        (11.2, "通城县"),
        (7.1, "湖北省"),
    ]


def test_a_header_of_periods_over_a_line_of_their_columns() -> None:
    # 指标名称  单位  本月  累计 ↵ 绝对值  增长%  绝对值  增长%: each period's level and growth
    text = (
        "宜昌市2025年10月主要经济指标\n\n指标名称  单位  本月  累计\n绝对值  增长%  绝对值  增长%\n"
        "规模以上工业总产值  亿元  612.35  8.1  5873.62  7.5\n规模以上工业增加值  亿元  —  7.2  —  6.8"
    )
    found = figures(text, region="宜昌市", ref=date(2025, 11, 21))
    assert [(f.measure, f.value, f.period_start, f.period_end) for f in found] == [
        ("amount", 612.35, date(2025, 10, 1), date(2025, 10, 31)),
        ("yoy_growth_pct", 8.1, date(2025, 10, 1), date(2025, 10, 31)),
        ("amount", 5873.62, date(2025, 1, 1), date(2025, 10, 31)),
        ("yoy_growth_pct", 7.5, date(2025, 1, 1), date(2025, 10, 31)),
        ("yoy_growth_pct", 7.2, date(2025, 10, 1), date(2025, 10, 31)),
        ("yoy_growth_pct", 6.8, date(2025, 1, 1), date(2025, 10, 31)),
    ]


def test_a_release_of_the_months_data_reports_on_those_months() -> None:
    # 近日，市统计局发布2025年1—11月全市工业经济运行数据 ↵ 📈 规上工业增加值 +6.5%: of those months
    text = (
        "近日，潍坊市统计局发布2025年1—11月全市工业经济运行数据。\n\n"
        "规上工业增加值 +6.5%\n\n工业投资 同比增长 12.3%"
    )
    found = figures(text, region="潍坊市", ref=date(2025, 12, 20), doc_type="other")
    assert [(f.value, f.period_start, f.period_end) for f in found] == [
        (6.5, date(2025, 1, 1), date(2025, 11, 30)),
        (12.3, date(2025, 1, 1), date(2025, 11, 30)),
    ]


def test_a_plans_yearly_goals_and_its_table_of_totals_by_year() -> None:
    # …实施方案（2025—2027年）: 每年新增…不少于300个 is a goal over the plan's years; a row in
    # （家，累计） counts what stands at each year's end
    text = (
        "到2027年，全市制造业数字化转型取得明显成效。每年新增数字化改造项目不少于300个。\n\n"
        "表1  主要目标\n\n指标  2025年  2026年  2027年\n省级以上智能工厂（家，累计）  30  45  60"
    )
    found = figures(
        text,
        region="芜湖市",
        ref=date(2025, 4, 18),
        doc_type="work_plan",
        title="芜湖市制造业数字化转型实施方案（2025—2027年）",
    )
    yearly = next(f for f in found if f.value == 300)
    assert (yearly.status, yearly.period_start, yearly.period_end) == (
        "target",
        date(2025, 1, 1),
        date(2027, 12, 31),
    )
    assert [(f.value, f.period_type, f.period_end) for f in found if f.unit == "家"] == [
        (30, "as_of", date(2025, 12, 31)),
        (45, "as_of", date(2026, 12, 31)),
        (60, "as_of", date(2027, 12, 31)),
    ]


def test_a_charts_data_labels_after_a_blank_line_under_its_caption() -> None:
    # 图1　2025年各月规上工业增加值累计增速（%） ↵ ↵ 1—2月　8.3 ↵ 1—3月　8.9: each months' growth
    text = "图1　2025年各月规上工业增加值累计增速（%）\n\n1—2月　8.3\n1—3月　8.9\n\n从走势看，增速稳中有升。"
    found = figures(text, region="芜湖市", ref=date(2025, 12, 22))
    assert [(f.value, f.period_start, f.period_end) for f in found] == [
        (8.3, date(2025, 1, 1), date(2025, 2, 28)),
        (8.9, date(2025, 1, 1), date(2025, 3, 31)),
    ]


def test_a_round_up_numbered_by_place_each_item_the_places() -> None:
    # 1. 南京市：规上工业增加值增长6.4%…；高技术制造业…。: every figure of the item is 南京市's
    text = (
        "1—10月，全省规上工业增加值增长7.1%。\n\n"
        "1. 南京市：规上工业增加值增长6.4%，低于全省0.7个百分点；高技术制造业增加值增长9.8%。\n\n"
        "2. 无锡市：规上工业增加值增长7.3%；工业投资增长12.6%。"
    )
    found = figures(text, region="江苏省", ref=date(2025, 11, 24))
    assert [(f.region, f.value) for f in found if f.measure == "yoy_growth_pct"] == [
        ("江苏省", 7.1),
        ("南京市", 6.4),
        ("南京市", 9.8),
        ("无锡市", 7.3),
        ("无锡市", 12.6),
    ]


def test_a_ruled_table_of_periods_over_their_columns_with_units_in_the_rows_names() -> None:
    # | 指标 | 11月 |  | 1—11月 |  | ↵ | | 绝对值 | 增长% | 绝对值 | 增长% | ↵ |---|…: each period's pair
    text = (
        "芜湖市2025年11月主要经济指标\n\n| 指标 | 11月 |  | 1—11月 |  |\n"
        "| | 绝对值 | 增长% | 绝对值 | 增长% |\n|---|---:|---:|---:|---:|\n"
        "| 规上工业营业收入（亿元） | 1206.4 | 8.7 | 12385.2 | 9.9 |"
    )
    found = figures(text, region="芜湖市", ref=date(2025, 12, 19))
    assert [(f.measure, f.value, f.unit, f.period_start) for f in found] == [
        ("amount", 1206.4, "亿元", date(2025, 11, 1)),
        ("yoy_growth_pct", 8.7, "%", date(2025, 11, 1)),
        ("amount", 12385.2, "亿元", date(2025, 1, 1)),
        ("yoy_growth_pct", 9.9, "%", date(2025, 1, 1)),
    ]


def test_a_main_indicator_table_aligned_with_spaces_keeps_its_blank_cells() -> None:
    # 指标名称  计量单位  本年累计  上年同期  增减(%): last year's column, and rows whose blank
    # cells only the columns' places on screen tell (a wide character takes two)
    text = (
        "主要经济指标完成情况表\n\n"
        "指标名称                        计量单位      本年累计      上年同期    增减(%)\n"
        "地区生产总值                      亿元         586.42        542.17        7.8\n"
        "规模以上工业增加值                亿元                                     9.1\n"
        "规模以上工业企业                    家           468           441\n"
    )
    found = figures(text, region="九江市", ref=date(2026, 1, 15))
    assert [(f.indicator, f.measure, f.value, f.period_start, f.period_end) for f in found] == [
        ("地区生产总值", "amount", 586.42, date(2025, 1, 1), date(2025, 12, 31)),
        ("地区生产总值", "amount", 542.17, date(2024, 1, 1), date(2024, 12, 31)),
        ("地区生产总值", "yoy_growth_pct", 7.8, date(2025, 1, 1), date(2025, 12, 31)),
        ("规模以上工业增加值", "yoy_growth_pct", 9.1, date(2025, 1, 1), date(2025, 12, 31)),
        ("规模以上工业企业", "amount", 468, date(2025, 12, 31), date(2025, 12, 31)),
        ("规模以上工业企业", "amount", 441, date(2024, 12, 31), date(2024, 12, 31)),
    ]


def test_growth_reckoned_at_comparable_prices_is_the_growth_of_the_subject_before() -> None:
    # …生产总值586.42亿元，按可比价格计算增长7.8%: how the growth is reckoned names nothing that grew
    found = figures(
        "全年实现地区生产总值586.42亿元，按可比价格计算增长7.8%。", region="九江市", ref=date(2026, 1, 15)
    )
    assert [(f.indicator, f.measure) for f in found] == [
        ("地区生产总值", "amount"),
        ("地区生产总值", "yoy_growth_pct"),
    ]


def test_firms_entering_a_yearly_list_are_of_the_year_whose_revenue_ranks_it() -> None:
    # 我省21家企业入围“2025中国民营企业500强”: entrants of the 2025 list, ranked by 2024's revenue,
    # not a stock on the day it was published; the entrants' patents still stand at 2024's end
    text = (
        "9月1日，全国工商联发布榜单。湖北省共有21家企业入围，比上年增加3家。\n\n"
        "入围企业拥有有效发明专利1.27万件。"
    )
    found = figures(
        text, region="湖北省", ref=date(2025, 9, 3), title="我省21家企业入围“2025中国民营企业500强”"
    )
    assert [(f.value, f.period_start, f.period_end) for f in found] == [
        (21, date(2024, 1, 1), date(2024, 12, 31)),
        (3, date(2024, 1, 1), date(2024, 12, 31)),
        (1.27, date(2024, 12, 31), date(2024, 12, 31)),
    ]


def test_ships_tonnage_is_a_unit_and_orders_on_hand_stand_at_the_months_end() -> None:
    # 新接订单量2310.8万载重吨 (the months' flow); 手持订单量突破1500万载重吨 (what stands on the books)
    found = figures(
        "1—10月，全省新接订单量2310.8万载重吨。扬州市手持订单量突破1500万载重吨。",
        region="江苏省",
        ref=date(2025, 11, 20),
    )
    assert [(f.value_base, f.base_unit, f.period_type, f.period_end) for f in found] == [
        (23_108_000, "载重吨", "ytd", date(2025, 10, 31)),
        (15_000_000, "载重吨", "as_of", date(2025, 10, 31)),
    ]


def test_a_county_or_county_level_city_opening_a_clause_is_its_figures_region() -> None:
    # 德化县陶瓷出口额…, 靖江市造船完工量…: places regions.csv does not list, whatever industry
    # follows; but not a list's first item, 市 as "municipal" after a verb, or 新上市
    text = (
        "德化县陶瓷出口额增长15%。靖江市造船完工量402.5万载重吨。"
        "醴陵市、茶陵县工业增加值分别增长9.4%、8.1%。其中投向市内项目21个。新上市企业5家。"
    )
    found = figures(text, region="泉州市", ref=date(2025, 11, 20))
    assert [(f.region, f.value) for f in found] == [
        ("德化县", 15),
        ("靖江市", 402.5),
        ("醴陵市", 9.4),
        ("茶陵县", 8.1),
        ("泉州市", 21),
        ("泉州市", 5),
    ]


def test_round_counts_and_sums_said_with_their_bound_are_figures() -> None:
    # 超万家, 百余家, 近千家, 逾千亿元: a round number with its bound; 数百家 and 千家万户 say none
    text = (
        "全市新设立民营企业超万家。全市拥有民营上市公司百余家。跨境电商企业新增近千家。"
        "三大产业集群产值均逾千亿元。全市有数百家企业，千家万户受益。"
    )
    found = figures(text, region="泉州市", ref=date(2025, 8, 5))
    assert [(f.value_base, f.qualifier) for f in found] == [
        (10_000, "at_least"),
        (100, "at_least"),
        (1000, "approx"),
        (100_000_000_000, "at_least"),
    ]


def test_a_past_year_opening_a_paragraph_dates_the_outcomes_its_sentences_go_on_with() -> None:
    # 2024年，面对…，全省工业经济稳中有进。全省规模以上工业增加值增长6.8% (in September 2025)
    text = (
        "会议通报了主要进展。2024年，面对复杂严峻的外部环境，全省工业经济顶压前行。"
        "全省规模以上工业增加值增长6.8%；工业投资增长11.2%。"
    )
    found = figures(text, region="江西省", ref=date(2025, 9, 16))
    assert [(f.value, f.period_start, f.period_end) for f in found] == [
        (6.8, date(2024, 1, 1), date(2024, 12, 31)),
        (11.2, date(2024, 1, 1), date(2024, 12, 31)),
    ]


def test_a_table_whose_header_and_rows_single_spaces_part() -> None:
    # 产业 产值（亿元） 同比增长（%） ↵ 紧固件 205.7 4.1: a kind's level and growth, read as if the
    # columns stood apart
    text = (
        "2025年1—10月全县重点产业规上工业产值情况\n产业 产值（亿元） 同比增长（%）\n"
        "紧固件 205.7 4.1\n\n全县工业平稳。"
    )
    found = figures(text, region="海盐县", ref=date(2025, 11, 18))
    assert [(f.indicator, f.measure, f.value) for f in found] == [
        ("紧固件规模以上工业产值", "amount", 205.7),
        ("紧固件规模以上工业产值", "yoy_growth_pct", 4.1),
    ]


def test_a_monthly_tables_months_to_date_column_said_as_counted_up_to_this_month() -> None:
    # 指标 | 计量单位 | 本月 | 本月止累计 | 累计增长(%): the month, then the months to date and their growth
    text = (
        "2025年10月芜湖市主要经济指标\n\n指标 | 计量单位 | 本月 | 本月止累计 | 累计增长(%)\n"
        "规模以上工业总产值 | 亿元 | 486.32 | 4712.58 | 7.9\n"
    )
    found = figures(text, region="芜湖市", ref=date(2025, 11, 21), title="2025年10月芜湖市主要经济指标")
    assert [(f.value, f.period_start, f.period_end) for f in found] == [
        (486.32, date(2025, 10, 1), date(2025, 10, 31)),
        (4712.58, date(2025, 1, 1), date(2025, 10, 31)),
        (7.9, date(2025, 1, 1), date(2025, 10, 31)),
    ]


def test_a_numbered_list_of_zones_each_line_the_zones_figures() -> None:
    # 1. 长沙经济技术开发区　亩均税收48.6万元 ↵ 2. …: each line its own item, of the zone it opens with
    text = (
        "前20名开发区如下：\n\n1. 长沙经济技术开发区　亩均税收48.6万元　亩均营业收入926万元\n"
        "2. 长沙高新技术产业开发区　亩均税收45.3万元　亩均营业收入1038万元\n"
        "3. 浏阳经济技术开发区　亩均税收41.7万元　亩均营业收入768万元\n"
    )
    found = figures(text, region="湖南省", ref=date(2026, 4, 14))
    assert [(f.region, f.value) for f in found if f.indicator == "亩均税收"] == [
        ("长沙经济技术开发区", 48.6),
        ("长沙高新技术产业开发区", 45.3),
        ("浏阳经济技术开发区", 41.7),
    ]


def test_a_years_funds_shared_out_are_that_years_in_its_first_half() -> None:
    # 南陵县2025年工业发展专项资金安排情况公示 (June): the projects it funds are 2025's
    found = figures(
        "支持智能工厂和数字化车间15个，安排资金900万元。",
        region="南陵县",
        ref=date(2025, 6, 16),
        title="南陵县2025年工业发展专项资金安排情况公示",
    )
    assert [(f.value, f.period_start, f.period_end) for f in found] == [
        (15, date(2025, 1, 1), date(2025, 12, 31)),
        (900, date(2025, 1, 1), date(2025, 12, 31)),
    ]


def test_values_listed_before_their_shared_unit_go_to_the_items_in_turn() -> None:
    # 火电、钢铁、纺织行业用水量分别为12.4亿、3.6亿、2.9亿立方米: a value each, the unit said once
    found = figures(
        "火电、钢铁、纺织行业用水量分别为12.4亿、3.6亿、2.9亿立方米。钢铁、纺织行业产值分别为3.6、2.9亿元。",
        region="河南省",
        ref=date(2026, 3, 16),
    )
    assert [(f.indicator, f.value_base) for f in found] == [
        ("火电行业用水量", 1_240_000_000),
        ("钢铁行业用水量", 360_000_000),
        ("纺织行业用水量", 290_000_000),
        ("钢铁行业产值", 360_000_000),
        ("纺织行业产值", 290_000_000),
    ]


def test_places_listed_with_both_are_each_given_the_figure_and_also_both_the_count_told_before() -> None:
    # 广东省、浙江省的专精特新中小企业都已超过1.5万家。江苏省、山东省也都在1.2万家以上。
    found = figures(
        "广东省、浙江省的专精特新中小企业都已超过1.5万家。江苏省、山东省也都在1.2万家以上。",
        region="全国",
        ref=date(2025, 9, 16),
    )
    assert [(f.indicator, f.region, f.value) for f in found] == [
        ("专精特新中小企业", "广东省", 1.5),
        ("专精特新中小企业", "浙江省", 1.5),
        ("专精特新中小企业", "江苏省", 1.2),
        ("专精特新中小企业", "山东省", 1.2),
    ]


def test_a_span_opening_the_subject_spreads_its_years_and_an_n_year_average_spans_n_years() -> None:
    # 2023—2025年全省规上工业增加值分别增长…: each year its value; 五年年均增长: 2021—2025
    text = "2023—2025年全省规上工业增加值分别增长5.2%、6.1%、5.8%。合肥市规上工业增加值五年年均增长8.4%。"
    found = figures(text, region="安徽省", ref=date(2026, 2, 6))
    assert [(f.value, f.period_start, f.period_end) for f in found] == [
        (5.2, date(2023, 1, 1), date(2023, 12, 31)),
        (6.1, date(2024, 1, 1), date(2024, 12, 31)),
        (5.8, date(2025, 1, 1), date(2025, 12, 31)),
        (8.4, date(2021, 1, 1), date(2025, 12, 31)),
    ]


def test_a_listed_firms_table_of_two_years_and_the_change_of_the_latest() -> None:
    # 项目  2025年  2024年  本年比上年增减（%）: the change is 2025's, whichever column it follows;
    # 总资产 stands at each year's end
    text = (
        "主要会计数据\n单位：千元\n项目  2025年  2024年  本年比上年增减（%）\n"
        "总资产  21,468,352  19,035,117  12.78\n营业收入  12,345,678  10,876,512  13.51\n"
    )
    found = figures(text, region="宁波市", ref=date(2026, 3, 28))
    assert [(f.indicator, f.measure, f.period_start, f.period_end) for f in found] == [
        ("总资产", "amount", date(2025, 12, 31), date(2025, 12, 31)),
        ("总资产", "amount", date(2024, 12, 31), date(2024, 12, 31)),
        ("总资产", "yoy_growth_pct", date(2025, 12, 31), date(2025, 12, 31)),
        ("营业收入", "amount", date(2025, 1, 1), date(2025, 12, 31)),
        ("营业收入", "amount", date(2024, 1, 1), date(2024, 12, 31)),
        ("营业收入", "yoy_growth_pct", date(2025, 1, 1), date(2025, 12, 31)),
    ]


def test_what_an_event_counted_stands_on_the_day_its_paragraph_opened_with() -> None:
    # 11月12日，…集中开工动员会…举行。…此次集中开工项目586个 (in a bulletin of 14 November)
    text = (
        "11月12日，全省第四批重大项目集中开工动员会在合肥举行。\n\n"
        "此次集中开工项目586个，计划总投资2468.3亿元。"
    )
    found = figures(text, region="安徽省", ref=date(2025, 11, 14), title="安徽工业经济周报2025年第45期")
    assert [(f.value, f.period_type, f.period_end) for f in found] == [
        (586, "as_of", date(2025, 11, 12)),
        (2468.3, "as_of", date(2025, 11, 12)),
    ]


def test_a_ranking_built_on_a_years_data_named_with_what_they_measure_reports_that_year() -> None:
    # 榜单以2024年县域经济数据为基础测算 (in August 2025): its figures are 2024's
    text = (
        "7月29日，赛迪顾问发布《2025中国县域经济百强研究》。榜单以2024年县域经济数据为基础测算。"
        "\n\n太仓市地区生产总值1823.7亿元，增长6.4%。"
    )
    found = figures(text, region="江苏省", ref=date(2025, 8, 6))
    assert [(f.value, f.period_start, f.period_end) for f in found] == [
        (1823.7, date(2024, 1, 1), date(2024, 12, 31)),
        (6.4, date(2024, 1, 1), date(2024, 12, 31)),
    ]


def test_a_tables_column_of_those_newly_added_is_the_years_part_of_the_column_before() -> None:
    # | 区县 | 单项冠军企业（家） | 其中新增 | (截至2025年底): the stock, then the year's additions
    text = (
        "各辖市区单项冠军企业情况如下（截至2025年底）：\n\n| 区县 | 单项冠军企业（家） | 其中新增 |\n"
        "|---|---|---|\n| 武进区 | 18 | 3 |\n| 新北区 | 15 | 2 |\n"
    )
    found = figures(text, region="常州市", ref=date(2026, 1, 16))
    assert [(f.region, f.value, f.period_type) for f in found] == [
        ("武进区", 18, "as_of"),
        ("武进区", 3, "full_year"),
        ("新北区", 15, "as_of"),
        ("新北区", 2, "full_year"),
    ]


def test_a_tables_column_of_the_months_done_beside_the_years_plan() -> None:
    # | 类别 | 年度计划投资（亿元） | 1—10月完成投资（亿元） |: the plan is the year's, the rest the months'
    text = (
        "各类项目进展情况如下：\n\n| 类别 | 年度计划投资（亿元） | 1—10月完成投资（亿元） |\n|---|---|---|\n"
        "| 工业项目 | 612.4 | 548.7 |\n"
    )
    found = figures(text, region="襄阳市", ref=date(2025, 11, 12))
    assert [(f.value, f.status, f.period_start, f.period_end) for f in found] == [
        (612.4, "target", date(2025, 1, 1), date(2025, 12, 31)),
        (548.7, "actual", date(2025, 1, 1), date(2025, 10, 31)),
    ]


def test_a_revision_compared_with_the_preliminary_figure_is_actual_and_of_the_subject_before() -> None:
    # …比初步核算数提高0.1个百分点: the final figure, compared with the estimate; 修订后增长: the subject's
    text = (
        "三季度全省地区生产总值增长5.5%，比初步核算数提高0.1个百分点。"
        "全部工业增加值3968亿元，修订后增长6.6%。"
    )
    found = figures(text, region="湖南省", ref=date(2025, 12, 19))
    assert [(f.indicator, f.value, f.status) for f in found] == [
        ("地区生产总值", 5.5, "actual"),
        ("地区生产总值", 0.1, "actual"),
        ("全部工业增加值", 3968, "actual"),
        ("全部工业增加值", 6.6, "actual"),
    ]


def test_a_place_that_opens_a_clause_goes_on_in_the_clauses_after_it() -> None:
    # 宁波…增长5.9%；青岛为8412.8亿元，增长5.6%: 青岛's growth, not 宁波's
    found = figures(
        "上半年，宁波实现地区生产总值9026.4亿元，增长5.9%；青岛为8412.8亿元，增长5.6%。",
        region="浙江省",
        ref=date(2025, 8, 4),
    )
    assert [(f.region, f.value) for f in found] == [
        ("宁波市", 9026.4),
        ("宁波市", 5.9),
        ("青岛市", 8412.8),
        ("青岛市", 5.6),
    ]


def test_a_goals_and_outcomes_table_whose_units_stand_in_the_rows_names() -> None:
    # | 指标 | 年度目标 | 完成值 | 完成率（%） | ↵ | 服务中小企业（万人次） | 120 | 136.8 | 114.0 |
    text = (
        "表1 2025年主要指标完成情况\n\n| 指标 | 年度目标 | 完成值 | 完成率（%） |\n|---|---|---|---|\n"
        "| 融资对接金额（亿元） | 350 | 386.5 | 110.4 |\n"
    )
    found = figures(text, region="湖南省", ref=date(2026, 1, 14))
    assert [(f.value, f.unit, f.status) for f in found] == [
        (350, "亿元", "target"),
        (386.5, "亿元", "actual"),
        (110.4, "%", "actual"),
    ]


def test_a_firms_output_in_vehicles_is_the_months_not_a_stock() -> None:
    # 企业　产量（万辆）　同比增长（%） ↵ 奇瑞汽车　131.2　18.6: made over 1—11月, not standing at its end
    text = (
        "1—11月主要整车企业生产情况如下：\n\n企业  产量（万辆）  同比增长（%）\n"
        "奇瑞汽车  131.2  18.6\n比亚迪  62.5  24.3\n"
    )
    found = figures(text, region="安徽省", ref=date(2025, 12, 19))
    assert [(f.value, f.period_type) for f in found if f.measure == "amount"] == [
        (131.2, "ytd"),
        (62.5, "ytd"),
    ]


def test_a_month_column_named_with_its_level_word_is_that_months_level() -> None:
    # 产品名称　单位　11月产量　同比增长（%）: the month's output and its growth
    text = (
        "2025年11月全省主要原材料产品产量\n\n产品名称　单位　11月产量　同比增长（%）\n"
        "粗钢　万吨　1512.6　-4.3\n平板玻璃　万重量箱　905.8　-2.4\n"
    )
    found = figures(text, region="河北省", ref=date(2025, 12, 17))
    assert [(f.value, f.unit, f.period_start, f.period_end) for f in found] == [
        (1512.6, "万吨", date(2025, 11, 1), date(2025, 11, 30)),
        (-4.3, "%", date(2025, 11, 1), date(2025, 11, 30)),
        (905.8, "万重量箱", date(2025, 11, 1), date(2025, 11, 30)),
        (-2.4, "%", date(2025, 11, 1), date(2025, 11, 30)),
    ]


def test_a_fall_narrower_than_a_whole_places_is_a_gap_to_it() -> None:
    # 降幅比全国收窄0.9个百分点: 0.9 points above the country's growth; 比1—10月收窄: a change
    text = (
        "1—11月，全省粗钢产量同比下降2.1%，降幅比全国收窄0.9个百分点；"
        "水泥产量下降6.5%，降幅比1—10月收窄0.4个百分点。"
    )
    found = [f for f in figures(text, region="河北省", ref=date(2025, 12, 17)) if f.unit == "个百分点"]
    assert [(f.measure, f.value, f.benchmark) for f in found] == [
        ("pp_diff", 0.9, "全国"),
        ("pp_change", 0.4, None),
    ]


def test_a_county_turned_district_keeps_its_county_character() -> None:
    # 赣县区: a district whose name still holds 县, listed beside other places
    text = "1—10月，南康区、赣县区、信丰县规上工业增加值分别增长11.2%、10.5%和9.8%。"
    found = figures(text, region="赣州市", ref=date(2025, 11, 18))
    assert [(f.region, f.value) for f in found] == [("南康区", 11.2), ("赣县区", 10.5), ("信丰县", 9.8)]


def test_the_rest_of_a_year_a_clause_hopes_for_is_its_own_and_an_estimate() -> None:
    # 有望年内突破1300亿元；整车产量达8.6万辆: the hope is the year's estimate, the output the months'
    text = (
        "1—10月，电子信息产业实现营业收入1126.4亿元，有望年内突破1300亿元；新能源汽车产业整车产量达8.6万辆。"
    )
    found = figures(text, region="赣州市", ref=date(2025, 11, 18))
    assert [(f.value, f.status, f.period_type) for f in found] == [
        (1126.4, "actual", "ytd"),
        (1300, "estimate", "full_year"),
        (8.6, "actual", "ytd"),
    ]


def test_a_column_named_with_its_quarter_and_a_change_in_points_beside_it() -> None:
    # 行业  三季度产能利用率（%）  比上年同期增减（百分点）  前三季度产能利用率（%）  比上年同期增减（百分点）
    text = (
        "附表：2025年三季度全国规模以上工业产能利用率\n\n"
        "行业\t三季度产能利用率（%）\t比上年同期增减（百分点）\t前三季度产能利用率（%）\t比上年同期增减（百分点）\n"
        "采矿业\t73.8\t-1.1\t73.2\t-1.0\n"
    )
    found = figures(normalize(text).text, region="全国", ref=date(2025, 10, 20))
    assert [(f.measure, f.value, f.period_start) for f in found] == [
        ("share_pct", 73.8, date(2025, 7, 1)),
        ("pp_change", -1.1, date(2025, 7, 1)),
        ("share_pct", 73.2, date(2025, 1, 1)),
        ("pp_change", -1.0, date(2025, 1, 1)),
    ]
    assert all(f.indicator.startswith("采矿业") and f.indicator.endswith("产能利用率") for f in found)


def test_industries_listed_before_a_shared_rate_each_have_the_rate() -> None:
    # 汽车制造业、电气机械和器材制造业产能利用率分别为72.3%、73.6%: the rate of each industry
    text = "三季度，汽车制造业、电气机械和器材制造业产能利用率分别为72.3%、73.6%。"
    found = figures(text, region="全国", ref=date(2025, 10, 20))
    assert [(f.indicator, f.value) for f in found] == [
        ("汽车制造业产能利用率", 72.3),
        ("电气机械和器材制造业产能利用率", 73.6),
    ]


def test_values_after_fenbie_go_to_the_list_the_clause_before_said_of_all() -> None:
    # A、B均保持较快增长，分别增长5.5%和6.1%: the list told in a clause with no number
    grown = "三季度，南康区、赣县区规上工业增加值均保持较快增长，分别增长5.5%和6.1%。"
    assert [(f.region, f.value) for f in figures(grown, region="赣州市", ref=date(2025, 10, 20))] == [
        ("南康区", 5.5),
        ("赣县区", 6.1),
    ]
    risen = (
        "三季度，电气机械和器材制造业、汽车制造业产能利用率均比二季度有所回升，分别回升1.5个和0.9个百分点。"
    )
    assert [(f.indicator, f.value) for f in figures(risen, region="全国", ref=date(2025, 10, 20))] == [
        ("电气机械和器材制造业产能利用率", 1.5),
        ("汽车制造业产能利用率", 0.9),
    ]


def test_a_rate_compared_with_the_quarter_before_is_the_quarters_own() -> None:
    # after 前三季度…, 制造业产能利用率比二季度上升0.8个百分点 is the third quarter's (but a half-year's
    # growth 比一季度加快 is the half-year's: the first quarter is months to date too)
    text = (
        "前三季度，全国规模以上工业产能利用率为74.3%。\n\n"
        "三大门类中，制造业产能利用率比二季度上升0.8个百分点。"
    )
    found = one(text, "pp_change", region="全国", ref=date(2025, 10, 20))
    assert (found.period_start, found.period_end) == (date(2025, 7, 1), date(2025, 9, 30))
    half = "上半年，全市规上工业增加值增长7.5%。\n\n其中第二产业增速比一季度加快0.6个百分点。"
    grown = one(half, "pp_change", region="芜湖市", ref=date(2025, 7, 20))
    assert (grown.period_start, grown.period_end) == (date(2025, 1, 1), date(2025, 6, 30))


def test_a_table_with_places_across_gives_each_column_its_place() -> None:
    # 指标  单位  全市  柯城区  衢江区: a value per place, 全市 the city's; a rank row ranks by the row above
    text = (
        "表1　2025年1—11月各县（市、区）工业经济主要指标\n\n指标\t单位\t全市\t柯城区\t衢江区\n"
        "规上工业增加值增速\t%\t8.3\t6.2\t9.8\n增速位次\t位\t—\t2\t1\n规上工业企业数\t家\t1986\t152\t318\n"
    )
    found = figures(normalize(text).text, region="衢州市", ref=date(2025, 12, 19))
    assert [(f.region, f.measure, f.value, f.period_type) for f in found] == [
        ("衢州市", "yoy_growth_pct", 8.3, "ytd"),
        ("柯城区", "yoy_growth_pct", 6.2, "ytd"),
        ("衢江区", "yoy_growth_pct", 9.8, "ytd"),
        ("柯城区", "rank", 2, "ytd"),
        ("衢江区", "rank", 1, "ytd"),
        ("衢州市", "amount", 1986, "as_of"),
        ("柯城区", "amount", 152, "as_of"),
        ("衢江区", "amount", 318, "as_of"),
    ]
    assert all("增加值" in f.indicator for f in found if f.measure == "rank")


def test_a_number_said_with_yi_is_what_follows_its_de() -> None:
    # 柯城区以38.6万元/亩的亩均税收居全市首位，江山市以35.1万元/亩居第二位: both 亩均税收
    text = "从亩均效益看，柯城区以38.6万元/亩的亩均税收居全市首位，江山市以35.1万元/亩居第二位。"
    found = figures(text, region="衢州市", ref=date(2025, 12, 19))
    assert [(f.indicator, f.region, f.measure) for f in found] == [
        ("亩均税收", "柯城区", "amount"),
        ("亩均税收", "柯城区", "rank"),
        ("亩均税收", "江山市", "amount"),
        ("亩均税收", "江山市", "rank"),
    ]


def test_places_listed_after_qizhong_are_the_places() -> None:
    # 其中龙游县、江山市工业用电量分别增长…: 其中 opens the list, no part of its first place
    text = "1—11月，全市工业用电量增长7.9%，其中龙游县、江山市工业用电量分别增长11.3%、9.5%。"
    found = figures(text, region="衢州市", ref=date(2025, 12, 19))
    assert [f.region for f in found] == ["衢州市", "龙游县", "江山市"]


def test_growth_since_a_plans_start_is_an_outcome_in_a_plan() -> None:
    # in a plan (…规划（2025—2030年）), “十四五”以来年均增长28.5% looks back: an outcome, not a goal
    text = (
        "湖北省氢能产业发展规划（2025—2030年）\n\n一、发展基础\n\n"
        "2024年，全省氢能产业规模约210亿元，“十四五”以来年均增长28.5%。\n\n"
        "二、发展目标\n\n到2030年，全省氢能产业规模达到1000亿元。"
    )
    found = figures(text, region="湖北省", ref=date(2025, 6, 18), doc_type="plan", title=text.split("\n")[0])
    assert [(f.value, f.status) for f in found] == [(210, "actual"), (28.5, "actual"), (1000, "target")]


def test_a_rank_of_the_number_of_what_was_done_is_of_the_figure_told_before() -> None:
    # 累计推广燃料电池汽车2860辆，推广数量居全国第6位: the rank of the vehicles put to use
    text = "截至2024年底，全省累计推广燃料电池汽车2860辆，推广数量居全国第6位。"
    ranked = one(text, "rank", region="湖北省", ref=date(2025, 6, 18))
    assert "燃料电池汽车" in ranked.indicator


def test_a_change_over_the_week_before_is_no_level_and_no_growth_over_a_year() -> None:
    # 比上周上涨30元/吨，涨幅0.9%: a change of the price over a week, no measure for it; 同比 is a growth
    text = "本周全省螺纹钢平均价格为3285元/吨，比上周上涨30元/吨，涨幅0.9%；同比下降6.8%。"
    found = figures(text, region="安徽省", ref=date(2025, 11, 24))
    assert [(f.measure, f.value) for f in found] == [("amount", 3285), ("yoy_growth_pct", -6.8)]


def test_a_numbered_items_heading_that_names_a_place_makes_the_item_that_places() -> None:
    # 一、南昌市新能源汽车整车扩能项目。…总投资210亿元: the project's figures are its city's
    text = (
        "以下为十大项目建设进展情况：\n\n一、南昌市新能源汽车整车扩能项目。项目位于南昌经济技术开发区，"
        "今年计划投资48亿元，1—10月完成投资46.3亿元。\n\n"
        "二、九江市石化中间体一体化项目。今年计划投资40亿元，1—10月完成投资35.2亿元。"
    )
    found = figures(text, region="江西省", ref=date(2025, 11, 20))
    assert [(f.region, f.value) for f in found] == [
        ("南昌市", 48),
        ("南昌市", 46.3),
        ("九江市", 40),
        ("九江市", 35.2),
    ]


def test_a_residential_compound_and_a_reporters_source_are_no_places() -> None:
    # 改造城镇老旧小区156个 (小区 is no district); 记者从省工业和信息化厅获悉 (从省 is no province)
    renewed = "3.老旧小区改造工程。改造城镇老旧小区156个，惠及居民2.3万户。"
    assert {f.region for f in figures(renewed, region="株洲市", ref=date(2026, 1, 20))} == {"株洲市"}
    told = "记者从省工业和信息化厅获悉，十大项目总投资1286.5亿元。"
    assert {f.region for f in figures(told, region="江西省", ref=date(2025, 11, 20))} == {"江西省"}


def test_a_list_of_projects_whose_sum_cells_name_their_own_units() -> None:
    # 序号  项目名称  投资方所在地  签约投资额 ↵ 1  …项目  广东深圳  超10亿元: the investor's place is
    # not the project's; each sum says its unit and bound; a range is left out
    text = (
        "附：部分签约项目一览\n序号\t项目名称\t投资方所在地\t签约投资额\n"
        "1\t高性能电子铜箔项目\t浙江宁波\t约12亿元\n2\t电子元器件配套项目\t广东深圳\t近8000万元\n"
        "3\t特种电机智能制造项目\t江苏常州\t不少于1.5亿元\n4\t冷链物流仓储中心项目\t上海\t3000万—5000万元\n"
    )
    found = figures(normalize(text).text, region="永丰县", ref=date(2025, 11, 13))
    listed = [f for f in found if f.indicator.endswith("项目签约投资额")]
    assert [(f.region, f.value, f.unit, f.qualifier) for f in listed] == [
        ("永丰县", 12, "亿元", "approx"),
        ("永丰县", 8000, "万元", "approx"),
        ("永丰县", 1.5, "亿元", "at_least"),
    ]


def test_a_county_named_after_its_province_and_city_is_the_clauses_place() -> None:
    # 江西省吉安市永丰县规上工业增加值…: the county, the deepest of the three
    text = "江西省吉安市永丰县规上工业增加值增长5%。"
    assert [f.region for f in figures(text, region="江西省", ref=date(2025, 11, 13))] == ["永丰县"]


def test_what_was_signed_on_the_spot_stands_on_the_events_day() -> None:
    # 11月13日，…博览会…开幕。…举行项目集中签约仪式，现场签约项目21个: counted on the fair's day
    text = "11月13日，第三届赣江新材料产业博览会开幕。永丰县举行项目集中签约仪式，现场签约项目21个。"
    signed = one(text, "amount", region="永丰县", ref=date(2025, 11, 13))
    assert (signed.period_type, signed.period_start) == ("as_of", date(2025, 11, 13))


def test_a_meeting_that_reports_a_year_and_plans_the_next_opens_no_plan() -> None:
    # 会议通报了2025年…情况，部署2026年重点工作: the agenda, in January; the shares after are 2025's
    text = (
        "1月22日，省能源局召开通报会。会议通报了2025年全省新型储能建设运行情况，部署2026年重点工作。\n\n"
        "二、技术路线多元发展\n\n从技术类型看，锂离子电池储能占比92.3%，仍居主导地位。"
    )
    share = one(text, "share_pct", region="甘肃省", ref=date(2026, 1, 23))
    assert (share.status, share.period_start) == ("actual", date(2025, 1, 1))


def test_a_stock_in_two_units_and_its_growth_by_one_of_them() -> None:
    # 612.4万千瓦/1689.5万千瓦时，按功率计同比增长78.0%: one stock twice, its growth reckoned by power
    text = "截至2025年底，全省新型储能累计装机规模达到612.4万千瓦/1689.5万千瓦时，按功率计同比增长78.0%。"
    found = figures(text, region="甘肃省", ref=date(2026, 1, 23))
    assert [(f.indicator, f.value) for f in found] == [
        ("新型储能累计装机规模", 612.4),
        ("新型储能累计装机规模", 1689.5),
        ("新型储能累计装机规模", 78.0),
    ]


def test_two_years_and_the_average_growth_between_them() -> None:
    # 指标　单位　2020年　2025年　年均增长（%）: each year's level, and the average growth over 2021—2025
    text = "指标　单位　2020年　2025年　年均增长（%）\n地区生产总值　亿元　5096.3　6648.2　5.2\n"
    found = figures(text, region="洛阳市", ref=date(2026, 1, 23))
    assert [(f.measure, f.value, f.period_start, f.period_end) for f in found] == [
        ("amount", 5096.3, date(2020, 1, 1), date(2020, 12, 31)),
        ("amount", 6648.2, date(2025, 1, 1), date(2025, 12, 31)),
        ("avg_growth_pct", 5.2, date(2021, 1, 1), date(2025, 12, 31)),
    ]


def test_the_count_of_a_lists_items_is_no_figure_and_the_noun_after_fenbie_is_theirs() -> None:
    # 新能源、智能制造装备、新材料三个行业分别新增就业…: 三个 marks the list; each industry's 就业
    text = "1—9月，新能源、智能制造装备、新材料三个行业分别新增就业1.47万人、0.93万人和0.68万人。"
    found = figures(text, region="常州市", ref=date(2025, 10, 27))
    assert [f.value for f in found] == [1.47, 0.93, 0.68]
    assert all(f.indicator.endswith("就业") for f in found)


def test_towns_in_general_are_no_town() -> None:
    # 占城镇新增就业总量的45.3%: 城镇 is towns in general, 占城 no town's name
    text = "1—9月，制造业新增就业5.36万人，占城镇新增就业总量的45.3%。"
    assert {f.region for f in figures(text, region="常州市", ref=date(2025, 10, 27))} == {"常州市"}


def test_a_subtitles_year_is_the_year_the_text_reports_on() -> None:
    # 十省份制造业“家底”比一比 ↵ ——2024年各地制造业增加值占GDP比重观察, out in August 2025
    text = (
        "十省份制造业“家底”比一比\n——2024年各地制造业增加值占GDP比重观察\n\n"
        "从各地情况看，江苏省制造业增加值约5.04万亿元。"
    )
    found = one(text, "amount", region="全国", ref=date(2025, 8, 18), title="十省份制造业“家底”比一比")
    assert (found.period_start, found.period_end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_places_listed_with_fenbie_take_the_indicator_told_before() -> None:
    # …江苏省、广东省…比重分别为36.8%、32.9%；山东省、江西省分别为28.4%、27.9%
    text = "江苏省、广东省2024年制造业增加值占GDP比重分别为36.8%、32.9%；山东省、江西省分别为28.4%、27.9%。"
    found = figures(text, region="全国", ref=date(2025, 8, 18))
    assert [(f.region, f.value) for f in found] == [
        ("江苏省", 36.8),
        ("广东省", 32.9),
        ("山东省", 28.4),
        ("江西省", 27.9),
    ]
    assert {f.indicator for f in found} == {"制造业增加值占GDP比重"}


def test_places_changes_in_points_after_their_shares_noun() -> None:
    # 浙江省、江苏省、重庆市制造业比重分别提高1.2、0.9、0.6个百分点 (比重 is no comparison)
    text = "与2020年相比，浙江省、江苏省、重庆市制造业比重分别提高1.2、0.9、0.6个百分点。"
    found = figures(text, region="全国", ref=date(2025, 8, 18))
    assert [(f.region, f.measure, f.value) for f in found] == [
        ("浙江省", "pp_change", 1.2),
        ("江苏省", "pp_change", 0.9),
        ("重庆市", "pp_change", 0.6),
    ]


def test_a_number_of_things_stands_at_a_day_unless_they_were_added() -> None:
    # 上市公司数量分别为36家…, in January: the firms there were at the year's end; 本年新收…申请数量:
    # what the year brought in
    text = "分地区看，晋江市、南安市上市公司数量分别为36家、14家。"
    found = figures(text, region="泉州市", ref=date(2026, 1, 20))
    assert [(f.value, f.period_type, f.period_end) for f in found] == [
        (36, "as_of", date(2025, 12, 31)),
        (14, "as_of", date(2025, 12, 31)),
    ]
    added = one("本年新收政府信息公开申请数量：87件。", "amount", region="昌乐县", ref=date(2025, 12, 12))
    assert added.period_type == "full_year"


def test_index_levels_each_with_its_points_and_their_changes_listed_after() -> None:
    # 景气指数分别为139.4点、130.2点和121.7点，分别比上季度提高3.1点、2.5点和1.6点
    text = (
        "四季度，大型、中型、小微型企业景气指数分别为139.4点、130.2点和121.7点，"
        "分别比上季度提高3.1点、2.5点和1.6点。"
    )
    found = figures(text, region="湖南省", ref=date(2026, 1, 21))
    assert [(f.indicator, f.measure, f.value) for f in found] == [
        ("大型企业景气指数", "amount", 139.4),
        ("中型企业景气指数", "amount", 130.2),
        ("小微型企业景气指数", "amount", 121.7),
        ("大型企业景气指数", "pp_change", 3.1),
        ("中型企业景气指数", "pp_change", 2.5),
        ("小微型企业景气指数", "pp_change", 1.6),
    ]


def test_full_marks_and_a_grades_bounds_are_no_scores() -> None:
    # 满分100分; A类（85分及以上）、B类（75分至85分）: how the scores are graded, no one's score
    text = (
        "满分100分。参评园区划分为A类（85分及以上）、B类（75分至85分）和C类（75分以下）三个等级。"
        "平均综合得分为80.9分。"
    )
    assert [f.value for f in figures(text, region="台州市", ref=date(2026, 3, 18))] == [80.9]


def test_a_quarter_a_title_names_is_the_period_of_its_figures_early_next_year() -> None:
    # 2025年四季度全省工业企业景气状况分析, out in January 2026: its figures are the quarter's
    title = "2025年四季度全省工业企业景气状况分析"
    text = f"{title}\n\n全省工业企业景气指数为128.6点，比上季度提高2.3点。"
    found = figures(text, region="湖南省", ref=date(2026, 1, 21), title=title)
    assert [(f.value, f.period_start, f.period_end) for f in found] == [
        (128.6, date(2025, 10, 1), date(2025, 12, 31)),
        (2.3, date(2025, 10, 1), date(2025, 12, 31)),
    ]


def test_a_header_of_this_month_and_the_months_to_date_over_pairs_with_blank_levels() -> None:
    # 指标  本月  1—本月 ↵ 绝对值  增长（%） ×2: rows with only growths (—) have no unit, a part
    # (其中：出口) is in its whole's unit, and a balance (存款余额) stands at the month's end
    text = (
        "表1　2026年3月绵阳市主要经济指标\n\n"
        "指标                         本月                    1—本月\n"
        "                   绝对值      增长（%）      绝对值      增长（%）\n"
        "规模以上工业增加值            —          7.9           —           8.4\n"
        "进出口总额（亿元）         36.84        14.2        98.17         10.8\n"
        "  其中：出口                24.15        16.9        63.52         12.4\n"
        "金融机构人民币存款余额（亿元）   7265.40    8.7     —     —"
    )
    found = figures(text, region="绵阳市", ref=date(2026, 4, 18))
    march, first_quarter = (date(2026, 3, 1), date(2026, 3, 31)), (date(2026, 1, 1), date(2026, 3, 31))
    assert [(f.indicator, f.value, f.unit, (f.period_start, f.period_end)) for f in found] == [
        ("规模以上工业增加值", 7.9, "%", march),
        ("规模以上工业增加值", 8.4, "%", first_quarter),
        ("进出口总额", 36.84, "亿元", march),
        ("进出口总额", 14.2, "%", march),
        ("进出口总额", 98.17, "亿元", first_quarter),
        ("进出口总额", 10.8, "%", first_quarter),
        ("出口", 24.15, "亿元", march),
        ("出口", 16.9, "%", march),
        ("出口", 63.52, "亿元", first_quarter),
        ("出口", 12.4, "%", first_quarter),
        ("金融机构人民币存款余额", 7265.40, "亿元", (date(2026, 3, 31), date(2026, 3, 31))),
        ("金融机构人民币存款余额", 8.7, "%", (date(2026, 3, 31), date(2026, 3, 31))),
    ]


def test_a_table_of_one_years_goals_beside_each_rows_unit() -> None:
    # 指标名称 | 单位 | 2026年目标: the plan's goals for that year, each with its bound (左右, 以上)
    text = (
        "表2  2026年主要预期目标\n\n指标名称 | 单位 | 2026年目标\n地区生产总值增长 | % | 7左右\n"
        "粮食总产量 | 万吨 | 24以上\n单位地区生产总值能耗降低 | % | 完成市下达任务"
    )
    found = figures(text, region="信丰县", ref=date(2026, 1, 14))
    assert [(f.indicator, f.value, f.qualifier, f.status, f.period_start) for f in found] == [
        ("地区生产总值", 7.0, "approx", "target", date(2026, 1, 1)),
        ("粮食总产量", 24.0, "at_least", "target", date(2026, 1, 1)),
    ]


def test_a_goal_told_beside_its_outcome_is_the_past_years() -> None:
    # 2025年… 全年…年度计划投资128亿元，实际完成投资121.6亿元, in January 2026: 2025's goal
    text = (
        "2025年，全县经济运行总体平稳。"
        "全年共安排县级重点项目150个，年度计划投资128亿元，实际完成投资121.6亿元。"
    )
    found = figures(text, region="信丰县", ref=date(2026, 1, 14))
    planned = next(f for f in found if f.value == 128.0)
    assert (planned.status, planned.period_start, planned.period_end) == (
        "target",
        date(2025, 1, 1),
        date(2025, 12, 31),
    )


def test_a_table_of_one_year_and_its_growth_beside_each_rows_unit() -> None:
    # 指标 | 单位 | 2025年 | 比上年增长（%）: each row's level in the year, then its growth
    text = (
        "表1  2025年芜湖市算力产业主要指标\n\n指标 | 单位 | 2025年 | 比上年增长（%）\n"
        "在用算力总规模 | EFLOPS | 8.6 | 72.0\n标准机架 | 万架 | 4.8 | 45.5"
    )
    found = figures(text, region="芜湖市", ref=date(2026, 1, 16))
    assert [(f.indicator, f.measure, f.value_base, f.period_start, f.period_end) for f in found] == [
        ("在用算力总规模", "amount", 8.6, date(2025, 1, 1), date(2025, 12, 31)),
        ("在用算力总规模", "yoy_growth_pct", 72.0, date(2025, 1, 1), date(2025, 12, 31)),
        ("标准机架", "amount", 48000.0, date(2025, 1, 1), date(2025, 12, 31)),
        ("标准机架", "yoy_growth_pct", 45.5, date(2025, 1, 1), date(2025, 12, 31)),
    ]


def test_the_count_of_a_lists_items_with_da_leaves_the_head_to_each() -> None:
    # 中国电信、中国移动、中国联通三大运营商…在用机架分别为…: 三大 goes, the rest is each one's
    text = "中国电信、中国移动、中国联通三大运营商在用机架分别为1.1万架、0.9万架和0.6万架。"
    found = figures(text, region="芜湖市", ref=date(2026, 1, 16))
    assert [f.indicator for f in found] == [
        "中国电信运营商在用机架",
        "中国移动运营商在用机架",
        "中国联通运营商在用机架",
    ]


def test_compute_time_and_bandwidth_are_units() -> None:
    text = "全年调用智能算力约2.1亿卡时。出省带宽达到48Tbps。"
    found = figures(text, region="芜湖市", ref=date(2026, 1, 16))
    assert [(f.value_base, f.unit) for f in found] == [(210000000.0, "亿卡时"), (48.0, "Tbps")]


def test_a_township_placed_in_a_county_keeps_its_own_name() -> None:
    # 浙江省嘉兴市嘉善县姚庄镇: a county is written apart from its towns, unlike a county-level city
    text = (
        "姚庄镇2025年工作总结和2026年工作思路\n\n来源：嘉善县姚庄镇人民政府　　发布日期：2026-01-12\n\n"
        "一年来，浙江省嘉兴市嘉善县姚庄镇在县委、县政府的坚强领导下，全镇经济稳中有进。\n\n"
        "全年全镇实现工业总产值386.5亿元，同比增长9.6%。我镇新增规上工业企业18家。"
    )
    doc = describe_document(normalize(text).text, "x.txt")
    assert doc.region == "姚庄镇"


def test_land_taken_back_into_use_from_the_stock_is_the_years_work() -> None:
    # 盘活存量工业用地486亩: what was done to the stock in the year, not a stock at its end
    found = figures("2025年，全镇盘活存量工业用地486亩。", region="姚庄镇", ref=date(2026, 1, 12))
    assert [(f.value, f.period_start, f.period_end) for f in found] == [
        (486.0, date(2025, 1, 1), date(2025, 12, 31))
    ]


def test_a_yearbooks_quarters_are_of_the_year_it_records() -> None:
    # 《芜湖年鉴（2025）》, out in September 2025, records 2024: its bare 一季度 and 上半年 are 2024's
    text = (
        "工　业\n来源：芜湖市地方志研究室《芜湖年鉴（2025）》　发布日期：2025-09-18\n\n"
        "【概况】2024年，芜湖市工业经济稳中有进。一季度规模以上工业增加值增长7.2%，上半年增长8.6%。"
    )
    found = figures(text, region="芜湖市", ref=date(2025, 9, 18))
    assert [(f.value, f.period_start, f.period_end) for f in found] == [
        (7.2, date(2024, 1, 1), date(2024, 3, 31)),
        (8.6, date(2024, 1, 1), date(2024, 6, 30)),
    ]


def test_quarters_told_on_the_way_to_the_full_year_leave_the_year_reported_on() -> None:
    # (a yearbook's) …前三季度增长9.3%，全年增速较前三季度加快0.5个百分点 ↵ 战略性新兴产业…: the year's
    text = (
        "工　业\n来源：《芜湖年鉴（2025）》\n\n"
        "2024年，全市规模以上工业增加值比上年增长9.8%。一季度增长7.2%，前三季度增长9.3%，"
        "全年增速较前三季度加快0.5个百分点。\n\n战略性新兴产业产值比上年增长15.6%。"
    )
    found = figures(text, region="芜湖市", ref=date(2025, 9, 18))
    assert (found[-1].value, found[-1].period_start, found[-1].period_end) == (
        15.6,
        date(2024, 1, 1),
        date(2024, 12, 31),
    )


def test_a_goals_year_end_is_its_own_clauses_and_the_clauses_after_are_the_years() -> None:
    # 年末在保余额达到580亿元左右，服务首贷户6000户以上: the balance at the year's end, the rest the year's
    text = "2026年，集团将力争年末在保余额达到580亿元左右，服务首贷户6000户以上，代偿率控制在2%以内。"
    found = figures(text, region="福建省", ref=date(2026, 1, 20))
    assert [(f.value, f.period_type, f.period_end) for f in found] == [
        (580.0, "as_of", date(2026, 12, 31)),
        (6000.0, "full_year", date(2026, 12, 31)),
        (2.0, "full_year", date(2026, 12, 31)),
    ]


def test_what_the_year_summed_is_no_stock_at_its_end() -> None:
    # 全年累计为企业减免担保费2.94亿元: the year's sum, not a balance at its end
    found = figures("2025年，集团全年累计为企业减免担保费2.94亿元。", region="福建省", ref=date(2026, 1, 20))
    assert [(f.value, f.period_type) for f in found] == [(2.94, "full_year")]


def test_places_listed_before_the_kind_they_are_each_take_the_figure() -> None:
    # 三明市、南平市等山区市制造业在保余额增速均超过25%: each city's, 山区市 no part of the indicator
    found = figures(
        "三明市、南平市等山区市制造业在保余额增速均超过25%。", region="福建省", ref=date(2026, 1, 20)
    )
    assert [(f.indicator, f.region) for f in found] == [
        ("制造业在保余额", "三明市"),
        ("制造业在保余额", "南平市"),
    ]


def test_a_data_sheet_of_the_month_the_months_to_date_the_years_goal_and_how_much_is_done() -> None:
    # 指标 | 单位 | 本月 | 累计 | 同比±% | 全年目标 | 完成进度(%): the goal is the year's, the rest actual
    text = (
        "表1　2025年10月嘉兴经济技术开发区主要经济指标完成情况\n"
        "指标 | 单位 | 本月 | 累计 | 同比±% | 全年目标 | 完成进度(%)\n"
        "规模以上工业总产值 | 亿元 | 98.6 | 921.4 | 7.8 | 1100 | 83.8"
    )
    found = figures(text, region="嘉兴经济技术开发区", ref=date(2025, 11, 12))
    october, to_date = (date(2025, 10, 1), date(2025, 10, 31)), (date(2025, 1, 1), date(2025, 10, 31))
    assert [(f.measure, f.value, f.status, (f.period_start, f.period_end)) for f in found] == [
        ("amount", 98.6, "actual", october),
        ("amount", 921.4, "actual", to_date),
        ("yoy_growth_pct", 7.8, "actual", to_date),
        ("amount", 1100.0, "target", (date(2025, 1, 1), date(2025, 12, 31))),
        ("share_pct", 83.8, "actual", to_date),
    ]


def test_an_infographics_numbers_over_their_labels_and_the_lines_that_say_more_of_them() -> None:
    # 4,385.6亿元 ↵ 规上工业总产值 ↵ ▲同比增长6.9%: the lines under a label go on from its number;
    # ▼5.6%　采矿业增加值: a growth whose sign is its arrow's
    text = (
        "7.6%\n规上工业增加值增速\n▲比1—9月加快0.2个百分点\n高于全省1.3个百分点，居全省第3位\n\n"
        "4,385.6亿元\n规上工业总产值\n▲同比增长6.9%\n\n分门类看\n▲8.0%　制造业增加值\n▼5.6%　采矿业增加值"
    )
    found = figures(normalize(text).text, region="嘉兴市", ref=date(2025, 11, 21))
    assert sorted((f.indicator, f.measure, f.value) for f in found) == [
        ("制造业增加值", "yoy_growth_pct", 8.0),
        ("规模以上工业增加值", "pp_change", 0.2),
        ("规模以上工业增加值", "pp_diff", 1.3),
        ("规模以上工业增加值", "rank", 3.0),
        ("规模以上工业增加值", "yoy_growth_pct", 7.6),
        ("规模以上工业总产值", "amount", 4385.6),
        ("规模以上工业总产值", "yoy_growth_pct", 6.9),
        ("采矿业增加值", "yoy_growth_pct", -5.6),
    ]


def test_a_table_of_places_with_a_pair_of_columns_under_each_indicator() -> None:
    # 县（市、区）  规上工业增加值  —  工业投资  — ↵ 本期  同比±% … ↵ （亿元）  （%） …: each place's
    text = (
        "表1　2025年1—11月各县市区工业主要指标\n\n"
        "县（市、区）\t规上工业增加值\t\t工业投资\t\n\t本期\t同比±%\t本期\t同比±%\n"
        "\t（亿元）\t（%）\t（亿元）\t（%）\n全市\t582.8\t8.3\t480.0\t8.9\n泾县\t45.7\t6.2\t41.6\t-3.4"
    )
    found = figures(normalize(text).text, region="宣城市", ref=date(2025, 12, 22))
    assert [(f.region, f.indicator, f.measure, f.value) for f in found] == [
        ("宣城市", "规模以上工业增加值", "amount", 582.8),
        ("宣城市", "规模以上工业增加值", "yoy_growth_pct", 8.3),
        ("宣城市", "工业投资", "amount", 480.0),
        ("宣城市", "工业投资", "yoy_growth_pct", 8.9),
        ("泾县", "规模以上工业增加值", "amount", 45.7),
        ("泾县", "规模以上工业增加值", "yoy_growth_pct", 6.2),
        ("泾县", "工业投资", "amount", 41.6),
        ("泾县", "工业投资", "yoy_growth_pct", -3.4),
    ]


def test_a_two_column_table_printed_as_csv_lines() -> None:
    # 行业,增加值增速% ↵ "计算机、通信和其他电子设备制造业",13.6 ↵ …: one column of growths by industry
    text = (
        "附表3：2025年1—10月规模以上工业主要行业增加值增速\n\n行业,增加值增速%\n"
        '"计算机、通信和其他电子设备制造业",13.6\n汽车制造业,11.9\n纺织业,-1.3\n'
    )
    cleaned = normalize(text).text
    assert "行业  增加值增速%\n计算机、通信和其他电子设备制造业  13.6\n汽车制造业  11.9" in cleaned
    found = figures(cleaned, region="嘉兴市", ref=date(2025, 11, 24))
    assert [(f.indicator, f.measure, f.value) for f in found] == [
        ("计算机、通信和其他电子设备制造业增加值", "yoy_growth_pct", 13.6),
        ("汽车制造业增加值", "yoy_growth_pct", 11.9),
        ("纺织业增加值", "yoy_growth_pct", -1.3),
    ]


def test_a_table_of_places_whose_columns_write_their_percent_unbracketed() -> None:
    # 县（市、区）  规上工业增加值增速%  固定资产投资增速%: the unit % after the name
    text = "表2\n\n县（市、区）  规上工业增加值增速%  固定资产投资增速%\n南湖区  7.4  3.1\n平湖市  7.9  -2.4"
    found = figures(text, region="嘉兴市", ref=date(2025, 11, 24))
    assert [(f.region, f.measure, f.value) for f in found] == [
        ("南湖区", "yoy_growth_pct", 7.4),
        ("南湖区", "yoy_growth_pct", 3.1),
        ("平湖市", "yoy_growth_pct", 7.9),
        ("平湖市", "yoy_growth_pct", -2.4),
    ]


def test_the_full_year_of_a_base_year_is_no_period_of_the_figures() -> None:
    # 1—2月…增长7.2%，比2025年全年（6.3%）加快0.9个百分点: the months', compared with last year's
    text = (
        "1—2月，全省规模以上工业增加值同比增长7.2%，"
        "比2025年全年（6.3%）加快0.9个百分点，高于全国1.3个百分点。"
    )
    found = figures(text, region="福建省", ref=date(2026, 3, 18))
    assert [(f.measure, f.value, f.period_start, f.period_end) for f in found if f.value != 6.3] == [
        ("yoy_growth_pct", 7.2, date(2026, 1, 1), date(2026, 2, 28)),
        ("pp_change", 0.9, date(2026, 1, 1), date(2026, 2, 28)),
        ("pp_diff", 1.3, date(2026, 1, 1), date(2026, 2, 28)),
    ]


def test_columns_that_say_how_their_things_were_counted_take_the_things_from_the_caption() -> None:
    # 本批认定  累计 under …专精特新中小企业分设区市统计表 (单位：家): those firms', the 累计 a stock
    text = (
        "2025年度江西省专精特新中小企业分设区市统计表\n\n单位：家\n\n"
        "| 设区市 | 本批认定 | 累计 |\n| 南昌市 | 262 | 1398 |\n| 九江市 | 165 | 812 |"
    )
    found = figures(text, region="江西省", ref=date(2025, 11, 18))
    assert [(f.region, f.indicator, f.value, f.period_type) for f in found] == [
        ("南昌市", "专精特新中小企业本批认定", 262.0, "full_year"),
        ("南昌市", "专精特新中小企业", 1398.0, "as_of"),
        ("九江市", "专精特新中小企业本批认定", 165.0, "full_year"),
        ("九江市", "专精特新中小企业", 812.0, "as_of"),
    ]


def test_a_count_beside_its_additions_stands_at_the_years_end_with_its_growth() -> None:
    # 高新技术企业（家）  新增（家）  增长（%）: the count and its growth at the year's end, the
    # additions the year's
    text = (
        "附表：2025年各县（市、区）高新技术企业情况\n\n"
        "区县\t高新技术企业（家）\t新增（家）\t增长（%）\n南湖区\t612\t88\t9.7"
    )
    found = figures(normalize(text).text, region="嘉兴市", ref=date(2026, 2, 10))
    assert [(f.indicator, f.measure, f.value, f.period_type) for f in found] == [
        ("高新技术企业", "amount", 612.0, "as_of"),
        ("高新技术企业新增", "amount", 88.0, "full_year"),
        ("高新技术企业", "yoy_growth_pct", 9.7, "as_of"),
    ]


def test_an_evaluation_based_on_last_years_data_of_its_firms() -> None:
    # 2025年度…亩均效益综合评价 ↵ 本次评价以企业2024年度用地、税收…等数据为依据: 2024's figures
    text = (
        "开展了2025年度工业企业亩均效益综合评价工作。本次评价以企业2024年度用地、税收、工业增加值等数据为依据。"
        "参评企业实现税收总额104.0亿元。"
    )
    found = figures(text, region="诸暨市", ref=date(2025, 6, 20))
    assert [(f.value, f.period_start, f.period_end) for f in found] == [
        (104.0, date(2024, 1, 1), date(2024, 12, 31))
    ]


def test_a_span_said_of_its_average_leaves_the_parts_after_it_the_years() -> None:
    # 2024年，…；2021—2024年，…年均增长7.4%；亩均增加值152.3万元，增长5.1%: the last part is 2024's
    text = (
        "2024年，全市规上工业企业亩均税收34.6万元；2021—2024年，全市规上工业企业亩均税收年均增长7.4%；"
        "亩均增加值152.3万元，增长5.1%。"
    )
    found = figures(text, region="诸暨市", ref=date(2025, 6, 20))
    assert [(f.value, f.period_start, f.period_end) for f in found] == [
        (34.6, date(2024, 1, 1), date(2024, 12, 31)),
        (7.4, date(2021, 1, 1), date(2024, 12, 31)),
        (152.3, date(2024, 1, 1), date(2024, 12, 31)),
        (5.1, date(2024, 1, 1), date(2024, 12, 31)),
    ]


def test_a_row_named_with_its_class_in_brackets_keeps_its_bracket() -> None:
    # A类（优先发展类）  312: the class's firms (A类企业数), the gloss in brackets no part of it
    text = "类别\t企业数（家）\t占比（%）\nA类（优先发展类）\t312\t11.0\nD类（限制淘汰类）\t291\t10.3"
    found = figures(normalize(text).text, region="诸暨市", ref=date(2025, 6, 20))
    assert [(f.indicator, f.value) for f in found] == [
        ("A类企业数", 312.0),
        ("A类企业数比重", 11.0),
        ("D类企业数", 291.0),
        ("D类企业数比重", 10.3),
    ]


def test_a_table_with_a_row_a_year_under_a_first_column_of_years() -> None:
    # 年份 | 规模以上工业总产值（亿元） | … ↵ 2012 | 12463.5 | 7.4: each row its year's, a count at its end
    text = (
        "年份 | 规模以上工业企业单位数（家） | 规模以上工业总产值（亿元） | 规模以上工业增加值增速（%）\n"
        "2012 | 7215 | 12463.5 | 7.4\n2013 | 7368 | 13245.8 | 8.6"
    )
    found = figures(text, region="宁波市", ref=date(2025, 7, 8))
    assert [(f.measure, f.value, f.period_type, f.period_end) for f in found] == [
        ("amount", 7215.0, "as_of", date(2012, 12, 31)),
        ("amount", 12463.5, "full_year", date(2012, 12, 31)),
        ("yoy_growth_pct", 7.4, "full_year", date(2012, 12, 31)),
        ("amount", 7368.0, "as_of", date(2013, 12, 31)),
        ("amount", 13245.8, "full_year", date(2013, 12, 31)),
        ("yoy_growth_pct", 8.6, "full_year", date(2013, 12, 31)),
    ]


def test_places_parts_of_the_things_a_sentence_opens_on() -> None:
    # 第十批入选企业（产品）中，合肥市7家，马鞍山市、宣城市各2家: each place's part of those firms
    text = "第十批入选企业（产品）中，合肥市7家，马鞍山市、宣城市各2家。"
    found = figures(text, region="安徽省", ref=date(2025, 11, 20))
    assert [(f.indicator, f.region, f.value) for f in found] == [
        ("第十批入选企业（产品）", "合肥市", 7.0),
        ("第十批入选企业（产品）", "马鞍山市", 2.0),
        ("第十批入选企业（产品）", "宣城市", 2.0),
    ]


def test_a_notices_number_under_its_title_is_no_part_of_it() -> None:
    title = (
        "安徽省经济和信息化厅关于公布我省第九批、第十批制造业单项冠军企业（产品）名单并加强培育提升工作的通知"
    )
    assert f"{title}\n皖经信产业〔2025〕186号" in normalize(f"{title}\n皖经信产业〔2025〕186号\n").text


def test_a_table_whose_cells_carry_their_units_and_arrows() -> None:
    # 指标名称 | 1—10月 | 同比增减 | 增速居全市位次: each level's cell its unit, each growth's its sign
    text = (
        "指标名称 | 1—10月 | 同比增减 | 增速居全市位次\n"
        "地区生产总值（前三季度） | 512.3亿元 | ↑6.1% | 3\n"
        "规上工业产品销售率 | 97.8% | ↓0.6个百分点 | —\n"
        "工业用电量 | 32.6亿千瓦时 | ↓1.5% | —\n"
        "其中：工业投资 | — | ↑12.6% | 2\n"
        "金融机构本外币贷款余额（10月末） | 1538.6亿元 | ↑11.7% | —"
    )
    found = figures(text, region="德清县", ref=date(2025, 11, 21))
    assert [(f.indicator, f.measure, f.value, f.unit, f.period_type, f.period_end) for f in found] == [
        ("地区生产总值", "amount", 512.3, "亿元", "ytd", date(2025, 9, 30)),
        ("地区生产总值", "yoy_growth_pct", 6.1, "%", "ytd", date(2025, 9, 30)),
        ("地区生产总值增速", "rank", 3.0, "位", "ytd", date(2025, 9, 30)),
        ("规模以上工业产品销售率", "share_pct", 97.8, "%", "ytd", date(2025, 10, 31)),
        ("规模以上工业产品销售率", "pp_change", -0.6, "个百分点", "ytd", date(2025, 10, 31)),
        ("工业用电量", "amount", 32.6, "亿千瓦时", "ytd", date(2025, 10, 31)),
        ("工业用电量", "yoy_growth_pct", -1.5, "%", "ytd", date(2025, 10, 31)),
        ("工业投资", "yoy_growth_pct", 12.6, "%", "ytd", date(2025, 10, 31)),
        ("工业投资增速", "rank", 2.0, "位", "ytd", date(2025, 10, 31)),
        ("金融机构本外币贷款余额", "amount", 1538.6, "亿元", "as_of", date(2025, 10, 31)),
        ("金融机构本外币贷款余额", "yoy_growth_pct", 11.7, "%", "as_of", date(2025, 10, 31)),
    ]


def test_a_bracket_listing_what_a_whole_includes_parts_no_clause() -> None:
    # 食品工业（含农副食品加工业，食品制造业，…）实现营业收入…: the bracket's commas split nothing
    text = (
        "1—10月，全省规模以上食品工业（含农副食品加工业，食品制造业，酒、饮料和精制茶制造业）"
        "实现营业收入8126.5亿元。"
    )
    found = figures(text, region="广东省", ref=date(2025, 11, 26))
    assert [(f.indicator, f.value) for f in found] == [("规模以上食品工业营业收入", 8126.5)]


def test_a_threshold_after_the_count_of_places_listed_is_each_places() -> None:
    # 长沙、株洲、岳阳3个市的…增速超过10%: each place's (the count no figure), with or without 均;
    # 5个工业大省…合计占全国比重: the group's sum, no place's
    text = (
        "1—11月，长沙、株洲、岳阳3个市的市属国有企业利润总额增速超过10%；"
        "湛江、佛山、江门3个市预制菜产业营收均超过50亿元。"
    )
    found = figures(text, region="湖南省", ref=date(2025, 12, 20))
    assert [(f.indicator, f.region, f.value, f.qualifier) for f in found] == [
        ("市属国有企业利润总额", "长沙市", 10.0, "at_least"),
        ("市属国有企业利润总额", "株洲市", 10.0, "at_least"),
        ("市属国有企业利润总额", "岳阳市", 10.0, "at_least"),
        ("预制菜产业营业收入", "湛江市", 50.0, "at_least"),
        ("预制菜产业营业收入", "佛山市", 50.0, "at_least"),
        ("预制菜产业营业收入", "江门市", 50.0, "at_least"),
    ]
    summed = figures("广东、江苏、浙江5个工业大省规上工业增加值合计占全国比重达到44.7%。", region="全国")
    assert [f.value for f in summed] == [44.7]


def test_values_listed_alone_after_the_places_in_turn_go_on_with_them() -> None:
    # A、B、C分别落地项目27个、19个、16个，完成投资38.2亿元、…: the same places in turn (and their
    # growths, 增长19.8%、…: of what was told); a clause naming places of its own keeps them
    text = (
        "2025年，库车市、拜城县、温宿县分别落地浙商项目27个、19个、16个，完成投资38.2亿元、24.6亿元、17.9亿元。"
        "芜湖市、滁州市分别实现产业规模365亿元、218亿元，增长19.8%、26.5%。"
    )
    found = figures(text, region="阿克苏地区", ref=date(2026, 1, 22))
    assert [(f.indicator, f.region, f.value) for f in found][3:] == [
        ("完成投资", "库车市", 38.2),
        ("完成投资", "拜城县", 24.6),
        ("完成投资", "温宿县", 17.9),
        ("产业规模", "芜湖市", 365.0),
        ("产业规模", "滁州市", 218.0),
        ("产业规模", "芜湖市", 19.8),
        ("产业规模", "滁州市", 26.5),
    ]
    own = figures("上半年，株洲市、湘潭市分别增长8.1%、7.6%，衡阳市、岳阳市增长7.1%、6.9%。", region="湖南省")
    assert ("湘潭市", 6.9) not in [(f.region, f.value) for f in own]


def test_a_from_to_ending_on_the_year_under_way_is_an_outcome() -> None:
    # 由2020年的61.4亿元增至2025年的142.7亿元, said in December 2025: 至 after 增 is no horizon
    text = "浙企到位资金由2020年的61.4亿元增至2025年的142.7亿元，年均增长18.4%左右。"
    found = figures(text, region="阿克苏地区", ref=date(2025, 12, 22))
    assert [(f.value, f.status) for f in found] == [(61.4, "actual"), (142.7, "actual"), (18.4, "actual")]
    goal = figures("到2025年，全市规上工业增加值达到1000亿元。", region="宁波市", ref=date(2025, 5, 22))
    assert [(f.value, f.status) for f in goal] == [(1000.0, "target")]


def test_a_figure_told_before_the_months_to_date_of_the_same_thing_is_the_months_last() -> None:
    # 精炼铜产量18.92万吨，同比增长4.7%；1—9月累计163.35万吨: the first pair is September's
    text = (
        "9月，全省十种有色金属产量28.46万吨；1—9月累计产量243.18万吨。\n\n"
        "其中，精炼铜产量18.92万吨，同比增长4.7%；1—9月累计163.35万吨，增长3.9%。"
    )
    title = "2025年9月全省稀土和有色金属行业运行简况"
    found = figures(text, region="江西省", ref=date(2025, 10, 21), title=title)
    assert [(f.value, f.period_start, f.period_end) for f in found][2:] == [
        (18.92, date(2025, 9, 1), date(2025, 9, 30)),
        (4.7, date(2025, 9, 1), date(2025, 9, 30)),
        (163.35, date(2025, 1, 1), date(2025, 9, 30)),
        (3.9, date(2025, 1, 1), date(2025, 9, 30)),
    ]


def test_a_table_of_segments_under_a_caption_of_the_clusters_fields() -> None:
    # 细分领域 | 2024年产值（亿元） | … under …产业集群分领域产值: each segment's output, by year
    text = (
        "表1　2025年芜湖市汽车零部件产业集群分领域产值\n"
        "细分领域  2024年产值（亿元）  2025年产值（亿元）  同比增长（%）\n"
        "动力总成  312.6  341.8  9.3\n"
    )
    found = figures(text, region="芜湖市", ref=date(2026, 2, 12))
    assert [(f.indicator, f.measure, f.value, f.period_end) for f in found] == [
        ("动力总成产值", "amount", 312.6, date(2024, 12, 31)),
        ("动力总成产值", "amount", 341.8, date(2025, 12, 31)),
        ("动力总成产值", "yoy_growth_pct", 9.3, date(2025, 12, 31)),
    ]


def test_a_named_plans_span_in_brackets_is_no_period_of_the_goals_after_it() -> None:
    # 今年…深入实施“制造强市”三年行动（2024—2026年），力争…增长8%以上: this year's goal
    text = "今年芜湖将深入实施“制造强市”三年行动（2024—2026年），力争规上工业增加值增长8%以上。"
    found = figures(text, region="芜湖市", ref=date(2026, 2, 12))
    assert [(f.value, f.status, f.period_start, f.period_end) for f in found] == [
        (8.0, "target", date(2026, 1, 1), date(2026, 12, 31))
    ]


def test_a_table_of_kinds_of_product_down_its_side() -> None:
    # 纸种 | 11月产量（万吨） | 同比（%）: each kind's output (no product header, no unit column)
    text = (
        "表1　2025年11月全省主要纸种产量\n"
        "纸种  11月产量（万吨）  同比（%）  1—11月累计（万吨）  累计同比（%）\n"
        "箱板纸  52.6  3.1  571.4  2.4\n"
    )
    found = figures(text, region="山东省", ref=date(2025, 12, 16))
    assert [(f.indicator, f.measure, f.value, f.period_start, f.period_end) for f in found] == [
        ("箱板纸产量", "amount", 52.6, date(2025, 11, 1), date(2025, 11, 30)),
        ("箱板纸产量", "yoy_growth_pct", 3.1, date(2025, 11, 1), date(2025, 11, 30)),
        ("箱板纸产量", "amount", 571.4, date(2025, 1, 1), date(2025, 11, 30)),
        ("箱板纸产量", "yoy_growth_pct", 2.4, date(2025, 1, 1), date(2025, 11, 30)),
    ]


def test_a_count_of_the_year_under_way_is_what_it_brought_so_far() -> None:
    # 2025年，全省共有86个品牌上榜, said in November: the year's, no goal for its end; 到2025年底…: one
    text = "2025年，全省共有86个品牌上榜。到2025年底，全省共有100个品牌上榜。"
    found = figures(text, region="福建省", ref=date(2025, 11, 20))
    assert [(f.value, f.status, f.period_type) for f in found] == [
        (86.0, "actual", "full_year"),
        (100.0, "target", "as_of"),
    ]


def test_a_notice_handing_out_a_years_funds_tells_of_that_year() -> None:
    # 关于下达2025年度…保险补偿资金的通知 in October: 上述项目…合计56.83亿元 is the year's
    title = "湖南省工业和信息化厅关于下达2025年度首台（套）重大技术装备保险补偿资金的通知"
    text = "2025年度，全省共有93个项目纳入保险补偿支持范围。\n\n上述项目投保保险金额合计56.83亿元。"
    found = figures(text, region="湖南省", ref=date(2025, 10, 21), title=title, doc_type="other")
    assert [(f.value, f.status, f.period_start, f.period_end) for f in found] == [
        (93.0, "actual", date(2025, 1, 1), date(2025, 12, 31)),
        (56.83, "actual", date(2025, 1, 1), date(2025, 12, 31)),
    ]


def test_equipment_named_by_its_size_is_no_figure_and_a_proposed_retirement_a_goal() -> None:
    # 新建2座120吨转炉: how many, not how big; 拟退出炼铁产能365万吨: what the plan would retire
    text = "本项目拟退出炼铁产能365万吨。新建2座120吨转炉，合计炼钢产能304万吨。"
    found = figures(text, region="迁安市", ref=date(2025, 9, 16), doc_type="other")
    assert [(f.value, f.unit, f.status) for f in found] == [
        (365.0, "万吨", "target"),
        (2.0, "座", "actual"),
        (304.0, "万吨", "actual"),
    ]


def test_trains_run_and_goods_sent_over_the_months_to_date_are_their_sum() -> None:
    # 1—10月，…累计开行2486列；累计发送货物25.4万标箱: what the months summed, no stock at their end
    text = "1—10月，郑州中欧班列累计开行2486列；累计发送货物25.4万标箱。"
    found = figures(text, region="郑州市", ref=date(2025, 11, 7), doc_type="other")
    assert [(f.value, f.period_type, f.period_start, f.period_end) for f in found] == [
        (2486.0, "ytd", date(2025, 1, 1), date(2025, 10, 31)),
        (25.4, "ytd", date(2025, 1, 1), date(2025, 10, 31)),
    ]


def test_the_years_goal_told_with_the_share_of_it_done() -> None:
    # 完成年度目标3.6亿吨的86.7%, 完成全年3000列目标任务的82.9%: the year's goal and the share done
    text = (
        "1—10月，全港累计完成货物吞吐量3.12亿吨，完成年度目标3.6亿吨的86.7%。"
        "郑州中欧班列累计开行2486列，完成全年3000列目标任务的82.9%。"
    )
    found = figures(text, region="连云港市", ref=date(2025, 11, 12), doc_type="other")
    assert [(f.value, f.measure, f.status, f.period_type) for f in found] == [
        (3.12, "amount", "actual", "ytd"),
        (3.6, "amount", "target", "full_year"),
        (86.7, "share_pct", "actual", "ytd"),
        (2486.0, "amount", "actual", "ytd"),
        (3000.0, "amount", "target", "full_year"),
        (82.9, "share_pct", "actual", "ytd"),
    ]


def test_a_column_that_names_no_unit_is_passed_over_and_the_others_read() -> None:
    # 充电桩总数（万台） | 车桩比 | 乡镇覆盖率（%） ↵ 24.6 | 2.0:1 | 100: the ratio column goes
    text = (
        "各市充电基础设施主要指标（截至2025年12月底）\n"
        "市  充电桩总数（万台）  其中公共桩（万台）  车桩比  乡镇覆盖率（%）\n"
        "合肥市  24.6  7.8  2.0:1  100\n"
    )
    found = figures(text, region="安徽省", ref=date(2026, 1, 20))
    assert [(f.indicator, f.region, f.value) for f in found] == [
        ("充电桩总数", "合肥市", 24.6),
        ("公共桩", "合肥市", 7.8),
        ("乡镇覆盖率", "合肥市", 100.0),
    ]


def test_where_the_next_steps_work_will_go_is_no_plan_for_the_figures_that_stand() -> None:
    # …分别为86.3%、85.1%，是下一步补短板的重点: the coverage now, not a goal
    text = "淮北市、池州市乡镇覆盖率分别为86.3%、85.1%，是下一步补短板的重点。"
    found = figures(text, region="安徽省", ref=date(2026, 1, 20))
    assert [(f.region, f.value, f.status) for f in found] == [
        ("淮北市", 86.3, "actual"),
        ("池州市", 85.1, "actual"),
    ]


def test_a_chapter_headed_by_its_days_has_its_figures_of_those_days() -> None:
    # 一、本周（11月3日—11月9日）运行监测情况 ↵ …开工率97.5%: the week's, told or not
    text = (
        "一、本周（11月3日—11月9日）运行监测情况\n\n"
        "本周全市工业日均用电量2186.4万千瓦时，同比增长5.7%。\n\n"
        "全市纳入监测的重点工业企业中，开工率97.5%，较上周提高0.6个百分点。"
    )
    found = figures(text, region="株洲市", ref=date(2025, 11, 11), doc_type="other")
    assert {(f.period_start, f.period_end) for f in found} == {(date(2025, 11, 3), date(2025, 11, 9))}
    assert len(found) == 4


def test_an_index_with_its_abbreviation_in_brackets_before_its_level() -> None:
    # 中国中小企业发展指数（SMEDI）为89.3点: the abbreviation does not part the index from its level
    found = figures(
        "2025年10月份，中国中小企业发展指数（SMEDI）为89.3点。", region="全国", ref=date(2025, 11, 4)
    )
    assert [(f.indicator, f.value, f.unit) for f in found] == [("中国中小企业发展指数", 89.3, "点")]


def test_a_months_release_late_in_the_year_is_no_review_of_the_year() -> None:
    # 2025年10月中国中小企业发展指数… in November: its undated levels are the month's, not the year's
    title = "2025年10月中国中小企业发展指数为89.3　环比上升0.2点"
    text = "宏观经济感受指数、综合经营指数分别为98.6点、95.2点。"
    found = figures(text, region="全国", ref=date(2025, 11, 4), title=title, doc_type="other")
    assert {(f.period_start, f.period_end) for f in found} == {(date(2025, 10, 1), date(2025, 10, 31))}


def test_an_earlier_quarter_told_in_a_months_release_leaves_the_month_reported_on() -> None:
    # …10月… ↵ 从季度看，三季度SMEDI平均为88.9点 ↵ 宏观经济感受指数为98.6点: October's, not the quarter's
    title = "2025年10月中国中小企业发展指数为89.3　环比上升0.2点"
    text = "从季度看，三季度中小企业营业收入增长5.1%。\n\n宏观经济感受指数为98.6点。"
    found = figures(text, region="全国", ref=date(2025, 11, 4), title=title, doc_type="other")
    assert [(f.value, f.period_start, f.period_end) for f in found] == [
        (5.1, date(2025, 7, 1), date(2025, 9, 30)),
        (98.6, date(2025, 10, 1), date(2025, 10, 31)),
    ]


def test_a_list_of_clusters_with_their_county_and_the_countys_city() -> None:
    # 序号  集群名称  所在县（市）  所属省辖市  营业收入（亿元）…: each cluster's, in its county
    text = (
        "\n表1　部分重点县域特色产业集群2024年主要指标\n"
        "序号  集群名称  所在县（市）  所属省辖市  营业收入（亿元）  企业数（家）\n"
        "1  长垣市起重装备产业集群  长垣市  新乡市  612.5  1862\n"
        "2  睢县制鞋产业集群  睢县  商丘市  218.9  420\n"
    )
    found = figures(text, region="河南省", ref=date(2025, 12, 15))
    assert [(f.region, f.value, f.period_end) for f in found] == [
        ("长垣市", 612.5, date(2024, 12, 31)),
        ("长垣市", 1862.0, date(2024, 12, 31)),
        ("睢县", 218.9, date(2024, 12, 31)),
        ("睢县", 420.0, date(2024, 12, 31)),
    ]


def test_a_models_reckoning_and_what_may_happen_are_estimates_and_a_goal_named_after_its_number() -> None:
    # 模型测算，四季度…5.0%左右 (this year's quarter, ahead); …可能回落至4.6%左右; …5.5%左右的预期目标
    text = (
        "模型测算，四季度全省地区生产总值增长5.0%左右。年初省政府工作报告提出全年地区生产总值增长5.5%左右的预期目标。"
        "悲观情景下，四季度全省地区生产总值增速可能回落至4.6%左右。"
    )
    found = figures(text, region="湖南省", ref=date(2025, 10, 28), doc_type="other")
    assert [(f.value, f.status, f.period_start, f.period_end) for f in found] == [
        (5.0, "estimate", date(2025, 10, 1), date(2025, 12, 31)),
        (5.5, "target", date(2025, 1, 1), date(2025, 12, 31)),
        (4.6, "estimate", date(2025, 10, 1), date(2025, 12, 31)),
    ]


def test_an_example_made_up_to_explain_a_statistic_gives_no_figure() -> None:
    # 假设某企业…100万元…; 某县今年有30家企业新进入规上名录: no place's figures; the real one stays
    text = (
        "假设某企业一年的总产值为100万元，中间投入花了70万元，那么它的工业增加值就是30万元。"
        "某县今年有30家企业新进入规上名录、12家企业退出。"
        "比如，全省规上工业增加值增长8.2%。"
    )
    found = figures(text, region="浙江省", ref=date(2025, 8, 14))
    assert [(f.indicator, f.value) for f in found] == [("规模以上工业增加值", 8.2)]


def test_a_revision_gives_the_revised_value_its_subject_and_drops_the_value_it_replaced() -> None:
    # …生产总值原为34439.2亿元，修订为34652.8亿元，调增213.6亿元: the revised value, of the GDP; the
    # first reckoning it replaced (由初步核算的8146.7亿元调整为…) an estimate
    text = (
        "经最终核实，2024年全省地区生产总值原为34439.2亿元，修订为34652.8亿元，调增213.6亿元。"
        "2024年全省工业增加值由初步核算的8146.7亿元调整为8362.4亿元。"
    )
    found = figures(text, region="江西省", ref=date(2025, 9, 18), doc_type="other")
    assert [(f.indicator, f.value, f.status) for f in found] == [
        ("地区生产总值", 34652.8, "actual"),
        ("工业增加值", 8146.7, "estimate"),
        ("工业增加值", 8362.4, "actual"),
    ]


def test_what_a_meeting_is_called_for_opens_no_plan() -> None:
    # 今天召开这次会议，主要是分析上半年…，部署下半年重点工作。…实现利润总额186.5亿元: an outcome
    text = (
        "今天召开这次会议，主要是分析上半年全市工业经济运行情况，部署下半年重点工作。"
        "全市规上工业企业实现利润总额186.5亿元。"
    )
    found = figures(text, region="洛阳市", ref=date(2025, 7, 21))
    assert [(f.value, f.status) for f in found] == [(186.5, "actual")]


def test_an_autonomous_prefecture_written_with_its_place_and_zhou() -> None:
    # 海南州 (海南藏族自治州, whose short name would be 海南省's), 果洛州, 海西州
    found = figures(
        "海南州能耗强度下降3.6%；果洛州能耗强度下降1.1%；海西州能耗强度上升1.2%。",
        region="青海省",
        ref=date(2026, 7, 8),
    )
    assert [f.region for f in found] == ["海南藏族自治州", "果洛藏族自治州", "海西蒙古族藏族自治州"]


def test_an_estimated_accounting_table_with_its_header_word_spaced_out() -> None:
    # 指　　标 (one word), 绝对额（亿元） (each row's own value), …初步核算数据 (estimates)
    text = normalize(
        "表1  2025年前三季度株洲市地区生产总值初步核算数据\n\n"
        "指　　标                    绝对额（亿元）    比上年同期增长（%）\n"
        "地区生产总值                    2796.43              5.8\n"
        "第一产业                       218.12              3.6\n"
    ).text
    found = figures(text, region="株洲市", ref=date(2025, 10, 27), doc_type="other")
    assert [(f.indicator, f.measure, f.value, f.status) for f in found] == [
        ("地区生产总值", "amount", 2796.43, "estimate"),
        ("地区生产总值", "yoy_growth_pct", 5.8, "estimate"),
        ("第一产业", "amount", 218.12, "estimate"),
        ("第一产业", "yoy_growth_pct", 3.6, "estimate"),
    ]


def test_a_city_official_listed_on_the_podium_speaks_for_the_city_under_a_bare_label() -> None:
    text = normalize(
        "发布人：\n自治区商务厅党组成员、副厅长　韦立东\n钦州市人民政府副市长　黄海涛\n\n"
        "【韦立东】\n1—11月，全区货物贸易进出口总值6938.6亿元，同比增长9.7%。\n\n"
        "【黄海涛】\n1—11月，全市外贸进出口1005.3亿元，同比增长12.1%。\n"
    ).text
    found = figures(text, region="广西壮族自治区", ref=date(2025, 12, 19), doc_type="press_conference")
    assert {f.value: f.region for f in found} == {
        6938.6: "广西壮族自治区",
        9.7: "广西壮族自治区",
        1005.3: "钦州市",
        12.1: "钦州市",
    }


def test_a_product_tables_growth_over_the_same_month_a_year_before() -> None:
    text = normalize(
        "2025年11月份全省规模以上工业主要产品产量\n\n"
        "产品名称    计量单位    11月    比上年同月增长(%)    1—11月    比上年同期增长(%)\n"
        "汽车    万辆    16.85    -4.2    155.32    2.3\n"
    ).text
    found = figures(text, region="湖北省", ref=date(2025, 12, 16), doc_type="other")
    rows = {f.value: (f.measure, str(f.period_start), str(f.period_end)) for f in found}
    assert rows == {
        16.85: ("amount", "2025-11-01", "2025-11-30"),
        -4.2: ("yoy_growth_pct", "2025-11-01", "2025-11-30"),
        155.32: ("amount", "2025-01-01", "2025-11-30"),
        2.3: ("yoy_growth_pct", "2025-01-01", "2025-11-30"),
    }


def test_a_table_of_places_whose_first_column_names_another_kind_in_brackets() -> None:
    text = normalize(
        "表1截至2025年底各区县专精特新企业分布情况\n\n单位：家\n"
        "区县（功能区）    国家级“小巨人”企业    省级专精特新中小企业\n"
        "吴兴区                    12                      138\n"
    ).text
    found = figures(text, region="湖州市", ref=date(2026, 1, 16), doc_type="other")
    assert [(f.region, f.indicator, f.value, str(f.period_end)) for f in found] == [
        ("吴兴区", "国家级“小巨人”企业", 12, "2025-12-31"),
        ("吴兴区", "省级专精特新中小企业", 138, "2025-12-31"),
    ]


def test_a_table_of_places_whose_columns_name_their_months_before_what_they_hold() -> None:
    text = normalize(
        "表2025年1—6月各市重点项目完成投资情况\n\n单位：亿元、%\n"
        "地区              年度计划投资    1—6月完成投资    完成率\n"
        "银川市                 312.0           181.5          58.2\n"
    ).text
    found = figures(text, region="宁夏回族自治区", ref=date(2025, 7, 22), doc_type="other")
    rows = {f.value: (f.region, f.status, f.unit, str(f.period_start), str(f.period_end)) for f in found}
    assert rows == {
        312.0: ("银川市", "target", "亿元", "2025-01-01", "2025-12-31"),
        181.5: ("银川市", "actual", "亿元", "2025-01-01", "2025-06-30"),
        58.2: ("银川市", "actual", "%", "2025-01-01", "2025-06-30"),
    }


def test_a_names_english_translation_in_brackets_is_no_part_of_it() -> None:
    found = figures(
        "经开区规划面积（Planned Area）42.6平方公里；挥发性有机物（VOCs）排放量298.3吨；"
        "研究与试验发展（R&D）经费支出12.6亿元。",
        region="安徽省",
        ref=date(2026, 3, 31),
    )
    assert [f.indicator for f in found] == [
        "经开区规划面积",
        "挥发性有机物（VOCs）排放量",
        "研究与试验发展（R&D）经费支出",
    ]


def test_a_list_of_named_things_with_who_runs_them_and_their_kind_in_words() -> None:
    text = normalize(
        "附：2026年度贵州省工业互联网平台评价结果\n\n"
        "序号  平台名称  申报单位  平台类型  连接设备（万台套）  工业APP（个）\n"
        "1  磷化工产业链工业互联网平台  贵州磷化（集团）有限责任公司  特色型（行业）  41.7  635\n"
    ).text
    found = figures(text, region="贵州省", ref=date(2026, 11, 18), doc_type="news_article")
    assert [(f.region, f.indicator, f.value) for f in found] == [
        ("贵州省", "磷化工产业链工业互联网平台连接设备", 41.7),
        ("贵州省", "磷化工产业链工业互联网平台工业APP", 635),
    ]


def test_a_budget_tables_year_done_its_part_of_the_budget_and_its_growth() -> None:
    text = normalize(
        "博罗县2025年一般公共预算收入主要项目完成情况表\n\n单位：万元、%\n\n"
        "项  目                    2025年完成数    为调整预算%    比上年增减%\n"
        "一、税收收入                    372150          102.0            5.6\n"
    ).text
    found = figures(text, region="博罗县", ref=date(2026, 1, 21), doc_type="other")
    assert [(f.measure, f.value, f.unit, f.period_end.year if f.period_end else None) for f in found] == [
        ("amount", 372150, "万元", 2025),
        ("share_pct", 102.0, "%", 2025),
        ("yoy_growth_pct", 5.6, "%", 2025),
    ]
    assert all("税收收入" in f.indicator for f in found)


def test_a_sum_said_alone_after_a_list_of_counts_is_of_the_things_listed_together() -> None:
    found = figures(
        "2025年，全区共认定自治区智能工厂28家、数字化车间96个，合计124个。",
        region="广西壮族自治区",
        ref=date(2025, 12, 16),
    )
    rows = {f.value: f.indicator for f in found}
    assert rows[124] == f"{rows[28]}和{rows[96]}"


def test_a_table_of_places_with_numbered_rows_thousands_separators_and_a_budget_column() -> None:
    # 序号 before the places; 13,286 (no CSV cells); 预算数 a plan, 完成预算 in %
    text = normalize(
        "表1 2025年各县（市、区）专项资金执行情况\n\n单位：万元、%\n\n"
        "序号  县（市、区）  预算数  执行数  完成预算\n"
        "1   月湖区     13,286     12,540     94.4\n"
    ).text
    found = figures(text, region="鹰潭市", ref=date(2026, 1, 23), doc_type="other")
    assert [(f.region, f.value, f.unit, f.status) for f in found] == [
        ("月湖区", 13286, "万元", "target"),
        ("月湖区", 12540, "万元", "actual"),
        ("月湖区", 94.4, "%", "actual"),
    ]


def test_a_table_of_months_names_its_amount_after_the_thing_its_caption_names() -> None:
    text = normalize(
        "表1 2026年7—9月江西省劳动密集型产品出口情况\n"
        "月份 | 出口额（亿元） | 同比（%）\n7月 | 92.46 | -3.2\n1—9月累计 | 798.34 | -0.9\n"
    ).text
    found = figures(text, region="江西省", ref=date(2026, 10, 27), doc_type="other")
    assert [(f.indicator, f.value, str(f.period_start), str(f.period_end)) for f in found] == [
        ("劳动密集型产品出口额", 92.46, "2026-07-01", "2026-07-31"),
        ("劳动密集型产品出口额", -3.2, "2026-07-01", "2026-07-31"),
        ("劳动密集型产品出口额", 798.34, "2026-01-01", "2026-09-30"),
        ("劳动密集型产品出口额", -0.9, "2026-01-01", "2026-09-30"),
    ]


def test_a_slide_decks_contents_naming_the_next_stages_work_open_no_plan() -> None:
    text = normalize(
        "2026年一季度全省经济运行情况\n\n第2页 目录\n一、总体情况\n二、下阶段工作\n\n"
        "第3页  总体情况\n● 一季度，全省实现地区生产总值8036.52亿元，同比增长5.6%● 分产业看：\n"
        "—第一产业增加值352.18亿元，增长4.0%\n"
    ).text
    found = figures(text, region="陕西省", ref=date(2026, 4, 21), doc_type="press_conference")
    assert {(f.value, f.status, str(f.period_end)) for f in found} == {
        (8036.52, "actual", "2026-03-31"),
        (5.6, "actual", "2026-03-31"),
        (352.18, "actual", "2026-03-31"),
        (4.0, "actual", "2026-03-31"),
    }


def test_a_listed_firm_in_a_zone_named_with_its_district_is_the_districts() -> None:
    text = normalize(
        "附件：2025年度全市工业企业综合评价前10位企业\n\n"
        "序号\t企业名称\t所在地区\t亩均税收（万元/亩）\n"
        "2\t江苏康臻生物医药股份有限公司\t医药高新区（高港区）\t512.7\n"
    ).text
    found = figures(text, region="泰州市", ref=date(2026, 6, 5), doc_type="other")
    assert [(f.region, f.value) for f in found] == [("高港区", 512.7)]


def test_a_dashboards_lines_of_a_level_and_its_growth_in_brackets() -> None:
    # 指标：数值（同比增速，全市排位）; 1-3季度 the first three quarters; — where no level is given
    text = normalize(
        "1-10月，全县经济运行稳中有进，规模以上工业增加值增长8.4%。主要指标如下：\n\n"
        "一、地区生产总值（1-3季度）：198.36亿元（5.6%，全市第9）\n"
        "二、固定资产投资：—（4.1%，全市第10）\n"
    ).text
    found = figures(text, region="信丰县", ref=date(2026, 11, 20), doc_type="other")
    rows = {f.value: (f.measure, str(f.period_end)) for f in found if f.measure != "rank"}
    assert rows == {
        8.4: ("yoy_growth_pct", "2026-10-31"),
        198.36: ("amount", "2026-09-30"),
        5.6: ("yoy_growth_pct", "2026-09-30"),
        4.1: ("yoy_growth_pct", "2026-10-31"),
    }
    assert all("地区生产总值" in f.indicator for f in found if f.value in (198.36, 5.6))
    assert next(f.indicator for f in found if f.value == 4.1) == "固定资产投资"
    # (全市第9 after the growth in the brackets, with no verb: the line's rank in the city)
    ranks = [(f.value, f.benchmark) for f in found if f.measure == "rank"]
    assert ranks == [(9, "全市"), (10, "全市")]


def test_a_table_of_prefectures_whose_columns_name_their_year_and_a_place_with_what_it_takes_in() -> None:
    text = normalize(
        "各市（州）绿色工厂培育情况统计表\n\n单位：家\n"
        "序号  市（州）  2025年度省级绿色工厂  累计省级绿色工厂\n"
        "1  贵阳市（含贵安新区）  14  118\n"
    ).text
    found = figures(text, region="贵州省", ref=date(2025, 12, 19), doc_type="other")
    assert [(f.region, f.value, f.period_type, str(f.period_end)) for f in found] == [
        ("贵阳市", 14, "full_year", "2025-12-31"),
        ("贵阳市", 118, "as_of", "2025-12-19"),
    ]


def test_a_table_of_places_with_a_column_of_the_part_of_the_column_before() -> None:
    text = normalize(
        "表1　2025年各市新设经营主体情况\n\n单位：户\n\n"
        "地区　　新设经营主体　　新设企业　　其中：制造业企业\n"
        "全区　　124600　　32800　　2860\n"
        "银川市　　52380　　17620　　1124\n"
    ).text
    found = figures(text, region="宁夏回族自治区", ref=date(2026, 1, 23), doc_type="other")
    rows = {(f.region, f.value): (f.indicator, f.unit) for f in found}
    assert rows[("宁夏回族自治区", 2860)] == ("新设企业（制造业企业）", "户")
    assert rows[("银川市", 17620)] == ("新设企业", "户")
    assert len(found) == 6


def test_a_record_over_the_years_counted_back_is_no_period_of_the_figures_after_it() -> None:
    text = (
        "2025年，全区新设经营主体12.46万户。其中，新设企业3.28万户，同比增长9.4%，增速为近三年最高；"
        "新设个体工商户9.05万户，同比增长5.2%。"
    )
    found = figures(text, region="宁夏回族自治区", ref=date(2026, 1, 23))
    assert {(f.value, f.period_start) for f in found} == {
        (12.46, date(2025, 1, 1)),
        (3.28, date(2025, 1, 1)),
        (9.4, date(2025, 1, 1)),
        (9.05, date(2025, 1, 1)),
        (5.2, date(2025, 1, 1)),
    }


def test_a_cohort_since_a_year_is_measured_at_the_date_the_clause_before_gives() -> None:
    text = "截至2025年底，全区2021年以来新设企业的存活率为81.3%，较上年同期提高0.9个百分点。"
    found = figures(text, region="宁夏回族自治区", ref=date(2026, 1, 23))
    assert [(f.value, f.period_type, f.period_end) for f in found] == [
        (81.3, "as_of", date(2025, 12, 31)),
        (0.9, "as_of", date(2025, 12, 31)),
    ]


def test_a_rank_by_the_number_of_new_entrants_is_the_years() -> None:
    text = "2025年全区经营主体发展情况\n\n从各市情况看，银川市新设企业数量居全区首位。"
    found = figures(text, region="宁夏回族自治区", ref=date(2026, 1, 23), title="2025年全区经营主体发展情况")
    assert [(f.measure, f.region, f.period_type) for f in found] == [("rank", "银川市", "full_year")]


def test_a_table_of_kinds_whose_count_column_names_no_unit_and_each_cell_says_its_own() -> None:
    text = normalize(
        "附表　2025年1—10月湖北省消费品以旧换新主要品类情况\n\n"
        "品类　　以旧换新数量　　带动销售额（亿元）\n"
        "汽车　　28.0万辆　　—\n"
        "家电　　652.4万台　　298.7\n"
    ).text
    found = figures(text, region="湖北省", ref=date(2025, 11, 18), doc_type="other")
    rows = {(f.indicator, f.unit): (f.value_base, f.period_end) for f in found}
    assert rows == {
        ("汽车以旧换新数量", "万辆"): (280000, date(2025, 10, 31)),
        ("家电以旧换新数量", "万台"): (6524000, date(2025, 10, 31)),
        ("家电销售额", "亿元"): (29870000000, date(2025, 10, 31)),
    }


def test_a_firms_release_of_output_and_sales_by_brand_under_a_line_of_their_unit() -> None:
    text = normalize(
        "某汽车集团股份有限公司\n2024年10月产销快报\n\n二、销量情况\n\n单位：辆\n\n"
        "项目  本月  去年同月  同比增减  本年累计  去年同期累计  累计同比增减\n"
        "岚途  21,087  9,846  114.17%  143,652  67,315  113.40%\n"
        "合计  93,748  85,383  9.80%  805,836  767,973  4.93%\n"
    ).text
    found = figures(
        text, region="襄阳市", ref=date(2024, 11, 8), doc_type="other", title="2024年10月产销快报"
    )
    rows = {f.value: (f.indicator, f.measure, str(f.period_start), str(f.period_end)) for f in found}
    assert rows[21087] == ("岚途销量", "amount", "2024-10-01", "2024-10-31")
    assert rows[9846] == ("岚途销量", "amount", "2023-10-01", "2023-10-31")
    assert rows[114.17] == ("岚途销量", "yoy_growth_pct", "2024-10-01", "2024-10-31")
    assert rows[143652] == ("岚途销量", "amount", "2024-01-01", "2024-10-31")
    assert rows[4.93] == ("销量", "yoy_growth_pct", "2024-01-01", "2024-10-31")
    assert len(found) == 12


def test_numbered_sections_headed_by_a_county_after_its_city_are_that_countys_up_to_the_summing_up() -> None:
    text = (
        "陕西省统计局关于统计造假典型案件的通报\n\n"
        "一、榆林市神木市某某煤化有限公司虚报工业总产值案\n\n"
        "经查，该企业在2023年统计年报中上报工业总产值48.62亿元。\n\n"
        "二、渭南市富平县某某建材有限公司虚报营业收入案\n\n"
        "经查，该企业2024年1—5月上报营业收入9368.5万元。\n\n"
        "以上案件中，涉案企业均已更正数据。全省2024年抽查企业2000家。"
    )
    found = figures(text, region="陕西省", ref=date(2024, 9, 12), doc_type="other")
    assert [(f.value, f.region) for f in found] == [(48.62, "神木市"), (9368.5, "富平县"), (2000, "陕西省")]


def test_a_table_of_places_with_their_rank_and_last_years_rank_by_the_column_before() -> None:
    text = normalize(
        "表1 2024年度各设区市制造业高质量发展指数评价结果\n单位：分\n\n"
        "| 设区市 | 综合指数 | 位次 | 上年位次 | 创新驱动 |\n| --- | --- | --- | --- | --- |\n"
        "| 湖州市 | 85.94 | 4 | 5 | 84.27 |\n"
    ).text
    found = figures(text, region="浙江省", ref=date(2025, 6, 18), doc_type="other")
    rows = {(f.measure, f.value): (f.indicator, f.unit, f.period_start) for f in found}
    assert rows == {
        ("amount", 85.94): ("综合指数", "分", date(2024, 1, 1)),
        ("rank", 4): ("综合指数", "位", date(2024, 1, 1)),
        ("rank", 5): ("综合指数", "位", date(2023, 1, 1)),
        ("amount", 84.27): ("创新驱动", "分", date(2024, 1, 1)),
    }


def test_places_listed_with_their_ranks_alone_follow_the_place_ranked_first_in_the_sentence() -> None:
    text = "2024年，杭州市综合指数为92.47分，继续位居全省第一，宁波市、嘉兴市分列第二、三位。"
    found = figures(text, region="浙江省", ref=date(2025, 6, 18), doc_type="other")
    ranks = [(f.region, f.value, f.indicator, f.benchmark) for f in found if f.measure == "rank"]
    assert ranks == [
        ("杭州市", 1, "综合指数", "浙江省"),
        ("宁波市", 2, "综合指数", "浙江省"),
        ("嘉兴市", 3, "综合指数", "浙江省"),
    ]


def test_a_table_header_wrapped_onto_a_second_line_under_each_column() -> None:
    text = normalize(
        "2025年度各县（市、区）工业经济发展主要目标任务表\n\n"
        "县（市、区）    规上工业增加值    工业投资    技术改造投资\n"
        "增速（%）      增速（%）     （亿元）\n"
        "顺 庆 区             8.5            12            12\n"
    ).text
    found = figures(text, region="南充市", ref=date(2024, 12, 20), doc_type="other")
    rows = {(f.indicator, f.measure): (f.region, f.value_base, f.status) for f in found}
    assert rows == {
        ("规模以上工业增加值", "yoy_growth_pct"): ("顺庆区", 8.5, "target"),
        ("工业投资", "yoy_growth_pct"): ("顺庆区", 12, "target"),
        ("技术改造投资", "amount"): ("顺庆区", 1.2e9, "target"),
    }


def test_a_numbered_heading_of_this_years_goals_makes_its_section_a_plan() -> None:
    text = (
        "关于下达2024年度能耗双控目标的通知\n\n一、2023年度目标完成情况\n\n"
        "2023年，全省单位GDP能耗下降2.3%。\n\n二、2024年度目标和指标\n\n"
        "（一）能耗强度目标。2024年，全省单位GDP能耗降低3.0%左右。"
    )
    found = figures(text, region="江西省", ref=date(2024, 3, 18), doc_type="other")
    assert [(f.value, f.status) for f in found] == [(-2.3, "actual"), (-3.0, "target")]


def test_a_table_of_places_under_units_listed_with_a_comma_and_a_column_of_a_fall_to_aim_at() -> None:
    text = normalize(
        "2024年度各设区市能耗双控目标及新增用能指标分解表\n\n单位：万吨标准煤，%\n"
        "序号  设区市  2023年能源消费总量  2024年单位GDP能耗降低目标  其中：先进制造业和战略性新兴产业项目\n"
        "1  南昌市  1602  3.0  26\n"
    ).text
    found = figures(text, region="江西省", ref=date(2024, 3, 18), doc_type="other")
    rows = {f.value: (f.indicator, f.unit, f.measure, f.status) for f in found}
    assert rows[1602] == ("能源消费总量", "万吨标准煤", "amount", "actual")
    assert rows[-3.0] == ("单位GDP能耗", "%", "yoy_growth_pct", "target")
    assert rows[26][1] == "万吨标准煤" and "先进制造业" in rows[26][0]


def test_a_table_of_indicators_whose_first_header_word_is_spaced_out() -> None:
    text = normalize(
        "2024年10月芜湖市主要经济指标\n\n"
        "指\t标\t单位\t本月\t比上年同月±%\t累计\t比上年同期±%\n"
        "规模以上工业增加值\t%\t—\t11.2\t—\t10.6\n"
        "汽车产量\t万辆\t8.76\t21.3\t78.42\t19.6\n"
    ).text
    found = figures(text, region="芜湖市", ref=date(2024, 11, 22), doc_type="other")
    rows = {(f.value, f.indicator, f.measure, str(f.period_start), str(f.period_end)) for f in found}
    assert (11.2, "规模以上工业增加值", "yoy_growth_pct", "2024-10-01", "2024-10-31") in rows
    assert (78.42, "汽车产量", "amount", "2024-01-01", "2024-10-31") in rows
    assert len(found) == 6


def test_a_two_level_header_of_years_spanning_their_goal_outcome_and_whether_met() -> None:
    text = normalize(
        "2023年主要预期目标完成情况和2024年主要预期目标\n\n"
        "序号\t指标\t单位\t2023年\t—\t—\t2024年\n"
        "\t—\t—\t预期目标\t完成情况\t是否完成\t预期目标\n"
        "一、综合实力\n"
        "2\t地区生产总值增长\t%\t7左右\t5.9\t否\t6.5左右\n"
    ).text
    found = figures(text, region="襄阳市", ref=date(2024, 1, 15), doc_type="other")
    rows = {(f.value, f.status, f.period_start.year if f.period_start else None) for f in found}
    assert rows == {(7, "target", 2023), (5.9, "actual", 2023), (6.5, "target", 2024)}


def test_a_product_table_numbered_down_the_side_and_a_decline_narrower_than_the_nations_industry() -> None:
    text = normalize(
        "2023年，全省规模以上建材企业实现利润总额96.4亿元，同比下降21.3%，降幅比全国建材行业收窄6.9个百分点。\n\n"
        "序号  产品名称      计量单位      产量         同比增长（%）\n"
        "1     水泥          万吨          9236.5       -4.7\n"
    ).text
    found = figures(text, region="河北省", ref=date(2024, 3, 18), doc_type="other")
    rows = {(f.measure, f.value): (f.indicator, f.benchmark) for f in found}
    assert rows[("pp_diff", 6.9)][1] == "全国建材行业"
    assert rows[("amount", 9236.5)] == ("水泥产量", None)
    assert rows[("yoy_growth_pct", -4.7)] == ("水泥产量", None)


def test_a_ranking_table_with_each_rows_rank_before_its_place_and_last_years_rank() -> None:
    text = normalize(
        "表1  2024年度湖南省市州工业竞争力综合排名\n\n排名  市州  综合得分  上年排名\n3  岳阳市  78.95  4\n"
    ).text
    found = figures(text, region="湖南省", ref=date(2025, 7, 16), doc_type="other")
    rows = {
        (f.measure, f.value): (f.region, f.indicator, f.period_start.year if f.period_start else 0)
        for f in found
    }
    assert rows == {
        ("rank", 3): ("岳阳市", "工业竞争力综合得分", 2024),
        ("amount", 78.95): ("岳阳市", "工业竞争力综合得分", 2024),
        ("rank", 4): ("岳阳市", "工业竞争力综合得分", 2023),
    }


def test_a_project_table_under_a_unit_line_with_its_months_plan_whole_cost_and_a_remark_in_prose() -> None:
    text = normalize(
        "表1 2025年省重大产业项目推进情况（截至9月底）\n单位：亿元、%\n"
        "序号\t项目名称\t建设地点\t总投资\t2025年计划投资\t1—9月完成投资\t完成年度计划\t形象进度\n"
        "1\t某某新能源汽车零部件产业园项目\t南昌市南昌县\t86.5\t24.0\t20.8\t86.7\t一期厂房竣工，二期主体施工\n"
    ).text
    found = figures(text, region="江西省", ref=date(2025, 10, 17), doc_type="other")
    rows = {f.value: (f.region, f.status, f.period_start, f.period_end, f.unit) for f in found}
    assert rows[86.5] == ("南昌县", "actual", None, None, "亿元")
    assert rows[24.0] == ("南昌县", "target", date(2025, 1, 1), date(2025, 12, 31), "亿元")
    assert rows[20.8] == ("南昌县", "actual", date(2025, 1, 1), date(2025, 9, 30), "亿元")
    assert rows[86.7][0] == "南昌县" and rows[86.7][4] == "%"
    assert len(found) == 4


def test_a_national_list_of_cities_after_their_provinces_with_a_span_of_years_to_aim_at() -> None:
    text = normalize(
        "第二批制造业新型技术改造城市试点名单及主要指标\n\n"
        "序号\t省份\t城市\t2024年工业技改投资（亿元）\t增速（%）\t2025—2027年累计技改投资目标（亿元）\n"
        "1\t河北省\t唐山市\t312.6\t9.4\t1100\n"
    ).text
    found = figures(text, region="全国", ref=date(2025, 4, 18), doc_type="other")
    rows = {f.value: (f.region, f.indicator, f.status, f.period_start, f.period_end) for f in found}
    assert rows == {
        312.6: ("唐山市", "工业技改投资", "actual", date(2024, 1, 1), date(2024, 12, 31)),
        9.4: ("唐山市", "工业技改投资", "actual", date(2024, 1, 1), date(2024, 12, 31)),
        1100: ("唐山市", "累计技改投资", "target", date(2025, 1, 1), date(2027, 12, 31)),
    }


def test_a_list_of_firms_under_a_unit_line_whose_balances_stand_at_the_years_end() -> None:
    text = normalize(
        "表1 2023年度市属主要国有企业经营情况\n单位：亿元、%\n"
        "企业名称\t年末资产总额\t营业收入\t资产负债率\n"
        "市城投集团\t1286.3\t72.4\t65.8\n"
    ).text
    found = figures(text, region="襄阳市", ref=date(2024, 11, 4), doc_type="other")
    rows = {f.value: (f.unit, f.period_type, f.period_end) for f in found}
    assert rows == {
        1286.3: ("亿元", "as_of", date(2023, 12, 31)),
        72.4: ("亿元", "full_year", date(2023, 12, 31)),
        65.8: ("%", "as_of", date(2023, 12, 31)),
    }


def test_a_places_growth_its_change_since_the_half_year_and_its_rank_by_the_growth() -> None:
    text = normalize(
        "表1 2024年1—9月各设区市规模以上工业增加值增速\n"
        "设区市  增速（%）  比上半年增减（百分点）  全省位次\n"
        "南昌市  7.6  0.3  2\n"
    ).text
    found = figures(text, region="江西省", ref=date(2024, 10, 25), doc_type="other")
    rows = {f.measure: (f.value, f.indicator) for f in found}
    assert rows["pp_change"] == (0.3, "规模以上工业增加值增速")
    assert rows["rank"] == (2, "规模以上工业增加值增速")


def test_a_table_of_export_markets_is_the_texts_regions_exports_to_each() -> None:
    text = normalize(
        "表1 2024年1-10月汕头市玩具出口主要市场情况\n"
        "市场  出口额（亿元）  同比增长（%）  占比（%）\n"
        "美国  35.12  3.8  23.1\n"
        "东盟  19.37  21.5  12.7\n"
    ).text
    found = figures(text, region="汕头市", ref=date(2024, 11, 22), doc_type="other")
    rows = {(f.measure, f.value): (f.region, f.indicator) for f in found}
    assert rows[("amount", 35.12)] == ("汕头市", "美国出口额")
    assert rows[("yoy_growth_pct", 21.5)] == ("汕头市", "东盟出口额")
    assert len(found) == 6


def test_a_table_whose_places_column_is_named_shibie() -> None:
    text = normalize(
        "2023年度各市工业企业亩均效益综合评价结果汇总表\n\n单位：家\n\n"
        "序号    市别        A类     B类     C类     D类\n1       银川市      118     296     152     46\n"
    ).text
    found = figures(text, region="宁夏回族自治区", ref=date(2024, 6, 20), doc_type="other")
    assert {(f.region, f.indicator, f.value) for f in found} >= {
        ("银川市", "A类企业", 118),
        ("银川市", "D类企业", 46),
    }


def test_a_kinds_table_under_a_unit_line_of_growths_with_a_stocks_month_end_column() -> None:
    text = normalize(
        "表1  2025年1-5月重点联系企业订单情况\n单位：同比增减，%\n"
        "分类            新增订单      在手订单（5月末）\n金属切削机床        9.7            11.3\n"
        "金属成形机床        4.2            -1.8\n"
    ).text
    found = figures(text, region="全国", ref=date(2025, 6, 27), doc_type="other")
    read = {f.value: (f.measure, f.unit, f.period_start, f.period_end) for f in found}
    assert read[9.7] == ("yoy_growth_pct", "%", date(2025, 1, 1), date(2025, 5, 31))
    assert read[-1.8] == ("yoy_growth_pct", "%", date(2025, 5, 31), date(2025, 5, 31))


def test_a_yearbooks_tables_under_a_unit_line_of_a_count_and_money_with_columns_of_their_own_unit() -> None:
    text = normalize(
        "12-1   主要年份规模以上工业企业主要指标\n\n                  单位：个、亿元\n"
        "年  份          年末单位数     工业总产值       利润总额\n"
        "2022              8432         23456.18       1402.37\n"
        "2023              8915         24530.72       1451.93\n\n"
        "12-2   2023年规模以上工业主要行业工业总产值\n\n                  单位：亿元\n"
        "行    业                       工业总产值   比上年增长(%)  占规上工业比重(%)\n"
        "汽车制造业                        1345.08        9.1             5.5\n"
    ).text
    found = figures(text, region="无锡市", ref=date(2024, 10, 1), doc_type="other")
    read = {f.value: (f.measure, f.unit, f.period_start, f.period_end) for f in found}
    assert read[8915] == ("amount", "个", date(2023, 12, 31), date(2023, 12, 31))
    assert read[24530.72] == ("amount", "亿元", date(2023, 1, 1), date(2023, 12, 31))
    assert read[1345.08][:2] == ("amount", "亿元")
    assert read[9.1][:2] == ("yoy_growth_pct", "%")
    assert read[5.5][:2] == ("share_pct", "%")


def test_the_sectors_shares_said_with_full_width_colons_a_first_quarter_said_as_hong_kong_does() -> None:
    text = normalize(
        "2024年，全区三次产业结构为16.1：32.4：51.5。踏入2025年，今年首季，全区GDP按年增长5.1%。"
    ).text
    found = figures(text, region="广西壮族自治区", ref=date(2025, 4, 17), doc_type="other")
    shares = {f.indicator[:4]: f.value for f in found if f.measure == "share_pct"}
    assert shares == {"第一产业": 16.1, "第二产业": 32.4, "第三产业": 51.5}
    growth = next(f for f in found if f.value == 5.1)
    assert (growth.period_start, growth.period_end) == (date(2025, 1, 1), date(2025, 3, 31))


def test_a_capital_named_after_what_it_is_is_the_clauses_region() -> None:
    text = normalize(
        "2024年，全区工业平稳增长。首府南宁市2024年规模以上工业增加值增长9.2%，增速居全区14个设区市首位；"
        "省会城市之外，柳州市规上工业增加值增长5.1%。"
    ).text
    found = figures(text, region="广西壮族自治区", ref=date(2025, 4, 17), doc_type="other")
    read = {(f.measure, f.value): (f.region, f.indicator) for f in found}
    assert read[("yoy_growth_pct", 9.2)] == ("南宁市", "规模以上工业增加值")
    assert read[("rank", 1)][0] == "南宁市"
    assert read[("yoy_growth_pct", 5.1)][0] == "柳州市"


def test_a_ranked_table_whose_cells_single_spaces_part_is_read_cell_by_cell() -> None:
    text = normalize(
        "前三季度，全省县域经济运行稳中有进。\n"
        "表1 2025年前三季度一类县（市）“赛马”比拼排名\n"
        "排名 县（市） 综合得分 规上工业增加值增速（%） 工业投资增速（%）\n"
        "1 大冶市 91.36 10.8 18.6\n2 宜都市 89.72 10.2 21.3\n3 仙桃市 88.45 9.6 16.7\n"
    ).text
    found = figures(text, region="湖北省", ref=date(2025, 11, 6), doc_type="other")
    read = {(f.region, f.measure, f.value) for f in found}
    assert {("宜都市", "rank", 2), ("宜都市", "amount", 89.72), ("仙桃市", "yoy_growth_pct", 16.7)} <= read
    growth = next(f for f in found if f.value == 10.8)
    assert (growth.indicator, growth.period_end) == ("规上工业增加值", date(2025, 9, 30))


def test_a_line_of_words_and_numbers_a_single_space_parts_is_no_table_unless_rows_follow() -> None:
    text = normalize("排名 县（市） 综合得分 增速\n1 大冶市 91.36 10.8\n大冶市增长10.8%。\n").text
    assert "1 大冶市 91.36" in text


def test_hong_kongs_column_of_growth_over_a_year_and_money_in_renminbi() -> None:
    text = normalize(
        "表1：广西主要经济指标（2024年）\n指标\t数值\t按年变幅（%）\n地区生产总值（亿元人民币）\t28,512\t+4.3\n"
        "实际使用外资（亿美元）\t12.3\t-26.8\n资料来源：广西壮族自治区统计局\n"
    ).text
    found = figures(text, region="广西壮族自治区", ref=date(2025, 4, 17), doc_type="other")
    read = {(f.indicator, f.measure): (f.value_base, f.period_end) for f in found}
    assert read[("地区生产总值", "amount")] == (2_851_200_000_000, date(2024, 12, 31))
    assert read[("地区生产总值", "yoy_growth_pct")] == (4.3, date(2024, 12, 31))
    assert read[("实际使用外资", "yoy_growth_pct")] == (-26.8, date(2024, 12, 31))


def test_what_places_hold_stands_at_the_years_end_in_a_table_and_in_prose() -> None:
    text = normalize(
        "2024年全省专利工作成效明显。2024年，赣州市稀土永磁领域有效发明专利达到836件，增长24.9%。\n"
        "表1  2024年全省各设区市专利主要指标\n"
        "设区市  有效发明专利拥有量（件）  每万人口高价值发明专利拥有量（件）  同比增长（%）\n"
        "全省  49390  5.14  26.3\n南昌市  19460  13.62  24.8\n新余市  2315  9.85  31.6\n"
    ).text
    found = figures(text, region="江西省", ref=date(2025, 4, 23), doc_type="other")
    at_end = {f.value for f in found if f.period_type == "as_of" and f.period_end == date(2024, 12, 31)}
    assert {836, 49390, 13.62, 24.8, 9.85} <= at_end


def test_a_county_level_city_in_brackets_above_its_projects_is_their_region() -> None:
    text = normalize(
        "一季度，全市工业投资同比增长12.6%。\n\n【项城市】\n储能电池项目：项目总投资48亿元，已完成投资16.5亿元。\n\n"
        "【企业风采】\n电池项目一期投资22亿元。\n"
    ).text
    found = figures(text, region="周口市", ref=date(2025, 4, 17), doc_type="news_article")
    read = {f.value: f.region for f in found}
    assert read[12.6] == "周口市"
    assert read[48] == read[16.5] == "项城市"
    assert read[22] == "项城市"  # (a label in brackets is no place: the section goes on)


def test_a_plans_ruled_table_with_a_kind_column_and_sums_in_square_brackets() -> None:
    text = normalize(
        "专栏1　“十五五”时期经济社会发展主要指标\n\n"
        "类别 | 序号 | 指标 | 单位 | 2025年基数 | 2030年目标 | 年均增长（%）/[累计] | 属性\n"
        "经济发展 | 1 | 地区生产总值 | 亿元 | 386.5 | 540以上 | 7左右 | 预期性\n"
        " | 2 | 规模以上工业营业收入 | 亿元 | 705 | 1000以上 | 7.5以上 | 预期性\n"
        " | 3 | 常住人口城镇化率 | % | 56.3 | 62左右 | [5.7] | 预期性\n"
    ).text
    found = figures(text, region="信丰县", ref=date(2026, 1, 5), doc_type="work_plan")
    read = {(f.indicator, f.value): (f.measure, f.status, f.period_end) for f in found}
    assert read[("地区生产总值", 386.5)] == ("amount", "actual", date(2025, 12, 31))
    assert read[("地区生产总值", 540)] == ("amount", "target", date(2030, 12, 31))
    assert read[("规模以上工业营业收入", 7.5)] == ("avg_growth_pct", "target", date(2030, 12, 31))
    assert ("常住人口城镇化率", 62) in read
    assert not any(value == 5.7 and measure == "avg_growth_pct" for (_, value), (measure, *_) in read.items())


def test_a_notice_of_this_years_goals_reviews_last_year_in_a_chapter_that_names_it() -> None:
    text = normalize(
        "宿州市人民政府关于下达2025年全市工业经济发展主要目标任务的通知\n\n"
        "一、2024年目标任务完成情况\n\n"
        "2024年，全市规模以上工业增加值增长9.4%。分县区看，砀山县、灵璧县规上工业增加值分别增长12.3%、11.7%。\n\n"
        "二、2025年主要目标\n\n全市规模以上工业增加值增长9%，力争达到10%。\n"
    ).text
    found = figures(text, region="宿州市", ref=date(2025, 2, 19), doc_type="work_plan")
    status = {f.value: f.status for f in found}
    assert status[12.3] == status[11.7] == "actual"
    assert status[9] == status[10] == "target"


def test_a_places_goals_under_a_unit_line_of_a_rate_and_two_counts_with_a_remark_column() -> None:
    text = normalize(
        "2025年各县区主要工业经济指标目标分解表\n\n单位：%、家、个\n\n"
        "县区 规上工业增加值增速 工业投资增速 其中：工业技改投资增速 新增规上工业企业 "
        "新开工亿元以上工业项目 备注\n"
        "全市 9 12 10 200 150 增加值增速力争10\n埇桥区 7.5 10 8 48 32\n萧县 6 12 10 25 18\n"
    ).text
    found = figures(text, region="宿州市", ref=date(2025, 2, 19), doc_type="work_plan")
    read = {(f.region, f.value): (f.measure, f.unit) for f in found}
    assert read[("埇桥区", 48)] == ("amount", "家")
    assert read[("埇桥区", 32)] == ("amount", "个")
    assert read[("萧县", 6)] == ("yoy_growth_pct", "%")
    assert read[("萧县", 10)] == ("yoy_growth_pct", "%")  # (技改投资, a part of the column before)


def test_a_higher_goal_for_the_same_growth_said_in_the_same_breath() -> None:
    text = normalize(
        "2025年，全市规模以上工业增加值增长9%左右，力争达到10%；工业投资占比达到30%，力争35%。"
    ).text
    found = figures(text, region="宿州市", ref=date(2025, 2, 19), doc_type="work_plan")
    read = {f.value: (f.indicator, f.measure, f.status) for f in found}
    assert read[10] == ("规模以上工业增加值", "yoy_growth_pct", "target")
    assert 35 not in read  # (a share's goal after 力争 is read by no such rule)


def test_a_table_of_places_across_with_no_unit_column_each_rows_unit_after_its_name() -> None:
    text = normalize(
        "县市区主要经济指标\n\n（2025年1—11月）\n\n"
        "指标名称                     全市   川汇区   淮阳区   扶沟县\n"
        "规模以上工业增加值增速（%）   7.4      5.2      8.6      7.9\n"
        "　　位次                        —        3        1        2\n"
        "工业用电量（万千瓦时）     713500    48216    52863    61457\n"
        "　　增速（%）                 6.9      3.8      7.2      8.5\n"
    ).text
    found = figures(text, region="周口市", ref=date(2025, 12, 22), doc_type="other")
    read = {(f.region, f.value): (f.measure, f.indicator) for f in found}
    assert read[("淮阳区", 8.6)][0] == "yoy_growth_pct"
    assert read[("淮阳区", 1)][0] == "rank"
    assert read[("扶沟县", 61457)] == ("amount", "工业用电量")
    assert read[("扶沟县", 8.5)] == ("yoy_growth_pct", "工业用电量")


def test_a_places_table_whose_column_names_a_quoted_term_and_a_sum_over_the_years() -> None:
    text = normalize(
        "附表：2025年度各县区市级认定项目统计表\n单位：个\n"
        "县区\t智能工厂\t数字化车间\t“5G+工业互联网”应用场景\t历年累计认定\n"
        "金安区\t2\t7\t2\t52\n裕安区\t1\t5\t1\t37\n"
    ).text
    found = figures(text, region="六安市", ref=date(2025, 12, 19), doc_type="other")
    read = {(f.region, f.value): (f.indicator, f.period_type) for f in found}
    assert read[("金安区", 7)] == ("数字化车间", "full_year")
    assert read[("裕安区", 1)][0] == "“5G+工业互联网”应用场景"
    assert read[("金安区", 52)] == ("历年累计认定", "as_of")


def test_a_subtitles_month_is_the_reports_when_the_title_names_none() -> None:
    text = normalize(
        "陕西制造业景气度稳步回升\n——3月份PMI升至52.1%，新订单指数高于全国2.5个百分点\n\n"
        "需求回暖是本月最大亮点。全省新订单指数为54.3%，比上月上升2.6个百分点。\n"
    ).text
    found = figures(
        text, region="陕西省", ref=date(2025, 4, 7), doc_type="news_article", title="陕西制造业景气度稳步回升"
    )
    orders = next(f for f in found if f.value == 54.3)
    assert (orders.period_start, orders.period_end) == (date(2025, 3, 1), date(2025, 3, 31))


def test_the_area_or_sum_after_a_count_is_of_the_things_counted() -> None:
    text = normalize("2024年，全县共出让工业用地36宗、面积2016.8亩；全年签约项目52个、金额386亿元。").text
    found = figures(text, region="玉山县", ref=date(2025, 3, 18), doc_type="other")
    read = {f.value: f.indicator for f in found}
    assert read[2016.8] == "出让工业用地面积"
    assert read[386] == "签约项目金额"


def test_a_research_notes_actual_and_estimated_years_and_growths_under_each_row() -> None:
    text = normalize(
        "表2：广西汽车产业核心指标预测\n"
        "指标                          2024A      2025E      2026E\n"
        "汽车产量（万辆）              158.3      167.0      178.0\n"
        "  同比增速（%）               -6.2       5.5        6.6\n"
    ).text
    found = figures(text, region="广西壮族自治区", ref=date(2025, 5, 10), doc_type="other")
    read = {f.value: (f.indicator, f.measure, f.status, f.period_end) for f in found}
    assert read[158.3] == ("汽车产量", "amount", "actual", date(2024, 12, 31))
    assert read[167.0] == ("汽车产量", "amount", "estimate", date(2025, 12, 31))
    assert read[-6.2] == ("汽车产量", "yoy_growth_pct", "actual", date(2024, 12, 31))
    assert read[6.6] == ("汽车产量", "yoy_growth_pct", "estimate", date(2026, 12, 31))


def test_a_forecast_table_of_year_rows_in_a_provinces_paper_is_the_countrys() -> None:
    text = normalize(
        "2024年，全区新增新型储能装机238万千瓦。\n\n表4-2 2025—2030年我国新型储能市场规模预测\n\n"
        "年份    累计装机（GW）    市场规模（亿元）\n"
        "2024A    74    2860\n2025E    126    3150\n2026E    186    3520\n"
    ).text
    found = figures(text, region="宁夏回族自治区", ref=date(2025, 6, 18), doc_type="other")
    read = {f.value: (f.region, f.status, f.period_start, f.period_end) for f in found}
    assert read[3150] == ("全国", "estimate", date(2025, 1, 1), date(2025, 12, 31))
    assert read[186] == ("全国", "estimate", date(2026, 12, 31), date(2026, 12, 31))
    assert read[2860][:2] == ("全国", "actual")
    assert read[238][0] == "宁夏回族自治区"


def test_a_database_exports_table_of_years_with_parts_ranks_and_group_labels() -> None:
    text = normalize(
        "宁德市统计数据发布库　数据查询结果导出\n地区：宁德市　　时间范围：2021—2024年\n"
        "导出时间：2025-07-08 09:41:27\n\n"
        "指标,单位,2021,2022,2023\n规模以上工业增加值比上年增长,%,26.8,19.5,12.1\n  #轻工业,%,6.3,4.8,3.5\n"
        "规模以上工业增加值增速全省位次,位,1,1,2\n分产业产值（当年价）,,,,\n"
        "  锂电新能源产业产值,亿元,2105.3,3325.7,3890.4\n"
        "规模以上工业企业资产总计,亿元,5218.4,7065.2,8213.6\n"
    ).text
    meta = describe_document(text, "export.csv.txt")
    assert meta.region == "宁德市"
    assert meta.title is None or "3890.4" not in meta.title
    found = extract_figures(text, meta)
    read = {f.value: (f.indicator, f.measure, f.period_type) for f in found}
    assert read[4.8] == ("轻工业", "yoy_growth_pct", "full_year")
    assert read[2][1] == "rank"
    assert read[3325.7] == ("锂电新能源产业产值", "amount", "full_year")
    assert read[7065.2][2] == "as_of"


def test_a_citys_counties_by_their_short_names_in_bracketed_sections_with_who_speaks() -> None:
    text = normalize(
        "今年1-11月，全市规上工业增加值增长6.1%。\n\n"
        "【温岭·水泵】出口订单排到了明年3月\n受访人：丰源泵业有限公司董事长　江建国\n"
        "今年我们最大的变化在海外市场。预计全年产值能到8.6亿元。\n\n"
        "【黄岩·模具】一体化压铸模具成了新饭碗\n受访人：精工模具有限公司总经理　王立\n"
        "今年我们接了46套一体化压铸模具订单。\n"
    ).text
    found = figures(text, region="台州市", ref=date(2025, 12, 29), doc_type="news_article")
    read = {f.value: f.region for f in found}
    assert read[6.1] == "台州市"
    assert read[8.6] == "温岭市"
    assert read[46] == "黄岩区"


def test_a_zones_ranked_table_single_spaced_with_where_each_lies_and_its_grade() -> None:
    text = normalize(
        "2024年度全省开发区考核评价结果通报\n\n（一）国家级开发区（按综合得分排序）\n"
        "排名 开发区名称 所在市（州） 综合得分 等次\n1 兰州经济技术开发区 兰州市 93.62 优秀\n"
        "2 兰州高新技术产业开发区 兰州市 91.47 优秀\n3 金昌经济技术开发区 金昌市 88.35 良好\n"
    ).text
    found = figures(text, region="甘肃省", ref=date(2025, 4, 16), doc_type="evaluation_report")
    read = {(f.region, f.measure): f.value for f in found}
    assert read[("金昌经济技术开发区", "amount")] == 88.35
    assert read[("兰州高新技术产业开发区", "rank")] == 2


def test_a_zones_table_ranked_before_any_score_column_is_no_scores_table() -> None:
    text = normalize(
        "（一）国家级开发区\n排名  开发区名称  所在市（州）  上年排名\n1  兰州经济技术开发区  兰州市  2\n"
        "2  兰州高新技术产业开发区  兰州市  1\n"
    ).text
    found = figures(text, region="甘肃省", ref=date(2025, 4, 16), doc_type="evaluation_report")
    assert not any(f.measure == "rank" and f.region == "兰州经济技术开发区" and f.unit == "分" for f in found)


def test_macao_wording_of_a_quarter_and_an_index_base_year_that_dates_no_figure() -> None:
    text = "2025年第3季工业生产指数为92.4（2023年=100），按年上升3.6%。其中制造业生产指数上升7.9%。"
    found = figures(text, region="澳门特别行政区", ref=date(2025, 12, 5), doc_type="news")
    periods = {(f.measure, f.value): (f.period_start, f.period_end) for f in found}
    quarter = (date(2025, 7, 1), date(2025, 9, 30))
    assert periods[("yoy_growth_pct", 3.6)] == quarter
    assert periods[("yoy_growth_pct", 7.9)] == quarter


def test_a_cooperation_zone_called_by_its_kind_is_no_district() -> None:
    found = figures(
        "截至9月底，合作区共有规模以上工业企业62家。", region="澳门特别行政区", ref=date(2025, 12, 5)
    )
    assert [f.region for f in found if f.value == 62] == ["澳门特别行政区"]


def test_nonferrous_industry_keeps_its_first_character_and_a_listed_city_after_its_qualifier() -> None:
    text = "有色产业增加值增长11.6%。增速较快的金昌、嘉峪关、酒泉分别增长15.2%、12.7%、11.9%。"
    found = figures(text, region="甘肃省", ref=date(2025, 1, 23))
    read = {f.value: (f.region, f.indicator) for f in found}
    assert read[11.6] == ("甘肃省", "有色产业增加值")
    assert read[15.2][0] == "金昌市"


def test_a_wechat_posts_zero_padded_section_number_is_no_count() -> None:
    text = normalize("02 项目建设：多点发力、后劲增强\n\n全年新开工亿元以上项目12个。\n").text
    found = figures(text, region="湖口县", ref=date(2025, 1, 16))
    assert [f.value for f in found] == [12]


def test_a_wechat_posts_numbered_county_sections_credit_their_counties() -> None:
    text = normalize(
        "重磅！2025县域经济百强榜发布，安徽6县（市）上榜\n\n从全国看，百强县地区生产总值合计达到13.2万亿元，"
        "平均每县1320亿元。\n\n01 肥西县：百强县第41位，较上年前移3位\n\n2024年，肥西县实现地区生产总值"
        "1356.3亿元，增长6.8%。规上工业总产值达到2580.6亿元，增长12.4%。\n\n02 长丰县：首次迈入“千亿县”\n\n"
        "全县规上工业增加值增长14.2%。\n"
    ).text
    found = figures(text, region="安徽省", ref=date(2025, 7, 26), doc_type="news_article")
    read = {f.value: (f.region, f.period_end) for f in found}
    assert read[12.4] == ("肥西县", date(2024, 12, 31))
    assert read[14.2][0] == "长丰县"
    assert "百强县" not in {f.region for f in found} and "平均每县" not in {f.region for f in found}


def test_a_parks_table_says_the_county_each_park_belongs_to() -> None:
    text = normalize(
        "2024年度全市工业园区高质量发展综合评价结果\n\n"
        "排名\t园区名称\t所属县（市、区）\t综合得分\t亩均税收（万元/亩）\t规上工业总产值（亿元）\n"
        "1\t仁怀名酒工业园区\t仁怀市\t93.86\t118.62\t1386.5\n2\t习水经济开发区\t习水县\t84.95\t41.05\t284.7\n"
    ).text
    found = figures(text, region="遵义市", ref=date(2025, 3, 14), doc_type="evaluation_report")
    read = {f.value: f.region for f in found}
    assert read[1386.5] == "仁怀市"
    assert read[41.05] != "遵义市"


def test_the_signing_the_text_reports_counts_on_its_day_though_the_text_reviews_last_year() -> None:
    text = (
        "3月27日上午，祁东县2026年第一季度重大项目集中签约仪式在县行政中心举行。\n\n"
        "此次集中签约项目22个，总投资96.8亿元。\n\n"
        "2025年，全县新引进项目126个，合同引资412.6亿元；规模以上工业增加值增长7.3%。\n"
    )
    found = figures(text, region="祁东县", ref=date(2026, 3, 27), doc_type="news_article")
    read = {f.value: (f.period_start, f.period_end) for f in found}
    assert read[22] == (date(2026, 3, 27), date(2026, 3, 27))
    assert read[126] == (date(2025, 1, 1), date(2025, 12, 31))


def test_a_time_word_before_a_zones_kind_names_no_zone() -> None:
    found = figures("目前工业园区可供地不足500亩。", region="港口镇", ref=date(2025, 2, 7))
    assert [f.region for f in found] == ["港口镇"]


def test_a_listed_city_whose_name_ends_like_a_word_keeps_it_and_of_which_is_no_town() -> None:
    text = "2024年我市规模以上工业增加值同比增长8.1%。宁波、西安、成都分别增长10.4%、9.7%、8.6%。"
    read = {f.value: f.region for f in figures(text, region="哈尔滨市", ref=date(2025, 2, 21))}
    assert read[8.6] == "成都市"
    income = "其中城镇、农村居民人均可支配收入分别为71054元和48732元。"
    assert "其中城镇" not in {f.region for f in figures(income, region="德清县", ref=date(2025, 10, 20))}


def test_a_five_year_plan_named_in_full_and_its_indicators_table_grouped_by_kind() -> None:
    text = normalize(
        "表1　“十五五”时期主要指标\n\n类别\t序号\t指标\t2025年\t2030年\t年均增长〔累计〕\t属性\n"
        "经济发展\t1\t地区生产总值增长（%）\t5.3\t—\t6左右\t预期性\n"
        "\t2\t人均地区生产总值（万元）\t4.08\t5.3以上\t—\t预期性\n\n"
        "到2030年，高新技术企业突破900家。\n"
    ).text
    title = "玉林市国民经济和社会发展第十五个五年规划和2035年远景目标纲要（草案）"
    found = figures(text, region="玉林市", ref=date(2026, 1, 16), doc_type="work_plan", title=title)
    read = {(f.measure, f.value): (f.status, f.period_end) for f in found}
    assert read[("avg_growth_pct", 6)] == ("target", date(2030, 12, 31))
    assert read[("amount", 5.3)] == ("target", date(2030, 12, 31))
    assert ("amount", 4.08) in read and ("amount", 2) not in read
    goal = "高新技术企业突破900家。"
    plan = figures(goal, region="玉林市", ref=date(2026, 1, 16), doc_type="work_plan", title=title)
    assert [(f.status, f.period_end) for f in plan] == [("target", date(2030, 12, 31))]


def test_this_years_sum_so_far_beside_the_years_goal_is_an_outcome() -> None:
    text = "今年全县累计新签约亿元以上项目58个，协议总投资412.7亿元，完成年度目标任务（500亿元）的82.5%。"
    read = {f.value: f.status for f in figures(text, region="凤阳县", ref=date(2024, 9, 14))}
    assert (read[58], read[412.7], read[82.5]) == ("actual", "actual", "actual")


def test_places_listed_then_counted_take_their_gaps_in_turn() -> None:
    text = (
        "1-10月，全省规上工业增加值增长6.9%。平凉、甘南、嘉峪关、陇南4个市州增速分别低于全省"
        "1.8、2.3、3.2、3.6个百分点。章丘区、莱芜区、历城区3个区县获评工业强县。"
    )
    found = figures(text, region="甘肃省", ref=date(2025, 11, 20))
    gaps = {f.region: f.value for f in found if f.measure == "pp_diff"}
    assert gaps == {"平凉市": -1.8, "甘南藏族自治州": -2.3, "嘉峪关市": -3.2, "陇南市": -3.6}
    assert [f.value for f in found if f.measure == "amount"] == [3]


def test_a_growth_column_after_a_share_of_the_plan_is_the_sums_growth() -> None:
    text = normalize(
        "表1  2025年省列重大项目分季度投资完成情况\n"
        "季度        完成投资（亿元）  占年度计划（%）  同比增长（%）\n"
        "一季度      486.2             19.7             12.8\n"
        "二季度      826.5             33.5             8.1\n"
    ).text
    found = figures(text, region="甘肃省", ref=date(2025, 10, 27))
    grown = {f.value: f.indicator for f in found if f.measure == "yoy_growth_pct"}
    summed = {f.value: f.indicator for f in found if f.measure == "amount"}
    assert grown[12.8] == summed[486.2]


def test_a_two_column_table_of_values_with_their_growth_in_brackets() -> None:
    text = normalize(
        "2025年1-9月全市主要经济指标\n\n指标名称 | 1-9月（括号内为比上年同期增长%）\n"
        "地区生产总值（亿元） | 2921.47（6.3）\n第一产业 | 196.52（3.4）\n规模以上工业增加值（%） | （9.2）\n"
        "其中：制造业 | （9.8）\n全社会用电量（亿千瓦时） | 186.43（9.7）\n\n注：1.地区生产总值按现价计算。\n"
    ).text
    found = figures(text, region="滁州市", ref=date(2025, 10, 24))
    read = {(f.measure, f.value): (f.indicator, f.unit, f.period_end) for f in found}
    months = date(2025, 9, 30)
    assert read[("amount", 2921.47)] == ("地区生产总值", "亿元", months)
    assert read[("amount", 196.52)][1:] == ("亿元", months)
    assert read[("yoy_growth_pct", 9.2)] == ("规模以上工业增加值", "%", months)
    assert read[("yoy_growth_pct", 9.8)][0] == "制造业"
    assert read[("amount", 186.43)][1] == "亿千瓦时"


def test_a_yearbook_of_no_date_dates_every_paragraph_to_the_year_it_records() -> None:
    text = (
        "· 212 ·                    绵阳统计年鉴—2024\n\n十一、工 业\n\n"
        "2023年，全市规模以上工业增加值比上年增长8.1%。年末全市规模以上工业企业1463户。\n\n"
        "分门类看，采矿业增加值下降2.4%，制造业增长8.7%。规模以上工业产品销售率为97.6%。\n"
    )
    found = described_figures(text, "yearbook.txt")
    assert (found[-2.4].period_start, found[-2.4].period_end) == (date(2023, 1, 1), date(2023, 12, 31))
    assert found[97.6].period_end == date(2023, 12, 31)


def test_the_published_results_of_a_past_years_evaluation_are_that_years() -> None:
    text = (
        "“亩均论英雄”亮出成绩单 嘉善经开区38家企业获评A类\n\n发布时间：2025-04-16 08:42  来源：嘉善日报\n\n"
        "本报讯 日前，嘉善经济技术开发区公布2024年度工业企业亩均效益综合评价结果。此次评价共有412家企业参评，"
        "其中规上工业企业238家。规上企业中A类企业38家、B类企业102家。\n"
    )
    found = described_figures(text, "news.txt")
    assert (found[102].period_start, found[102].period_end) == (date(2024, 1, 1), date(2024, 12, 31))
    assert found[238].period_end == date(2024, 12, 31)


def test_a_notice_of_a_past_years_evaluation_results_dates_the_texts_scores_to_that_year() -> None:
    text = (
        "喜报！全省开发区综合考评结果出炉，抚州排名跃升至全省第3\n\n发布时间：2025-05-27\n\n"
        "近日，省开发区建设领导小组办公室印发《关于2024年度全省开发区综合考核评价结果的通报》。\n\n"
        "此次考评由省开发区建设领导小组办公室牵头组织，对全省98个开发区进行综合评价。"
        "全省开发区平均得分为78.42分，我市开发区平均得分为81.09分，在11个设区市中位列第3。\n"
    )
    found = described_figures(text, "news.txt")
    assert (found[78.42].period_start, found[78.42].period_end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_what_the_events_floor_counted_on_the_day_a_paragraph_opened_with_is_that_days() -> None:
    text = (
        "总投资326.8亿元！我市一季度重大项目集中签约\n\n2025-03-28 08:16:42　来源：遂宁日报\n\n"
        "本报讯（记者 唐晓雯）3月27日，遂宁市2025年一季度重大项目集中签约活动在市会展中心举行。"
        "活动现场共签约项目38个，协议总投资326.8亿元。\n\n"
        "去年，全市成功举办第七届产业发展大会，大会现场签约项目42个、总投资318.7亿元。\n"
    )
    found = described_figures(text, "news.txt")
    assert (found[38].period_start, found[38].period_end) == (date(2025, 3, 27), date(2025, 3, 27))
    assert found[42].period_end != date(2025, 3, 28)  # (no day said: the event's day is not the text's)


def test_an_autonomous_countys_long_name_is_kept_whole_in_an_interview_with_its_head() -> None:
    text = (
        "借力“飞地”搭台 山区小县唱响产业大戏\n——访广西龙胜各族自治县县长覃振华\n\n"
        "2025年11月24日 07:18　　来源：经济日报\n\n"
        "龙胜各族自治县位于广西东北部。记者：为什么选择飞地园区？\n\n"
        "覃振华：截至2020年底，全县规上工业企业只有41家，全县上下要抓住机遇。\n"
    )
    cleaned = normalize(text).text
    meta = describe_document(cleaned, "interview.txt")
    assert meta.region == "龙胜各族自治县"
    assert {f.region for f in extract_figures(cleaned, meta)} == {"龙胜各族自治县"}


def test_a_notice_about_a_past_years_assessment_results_dates_its_scores_to_that_year() -> None:
    text = (
        "索 引 号：K40001-0412-2025-00023\n发布机构：吉安市人民政府办公室\n成文日期：2025-04-15\n\n"
        "吉安市人民政府办公室关于2024年度全市制造业高质量发展考核评价结果的通报\n\n"
        "各县（市、区）人民政府：\n\n"
        "一、考核评价结果\n\n泰和县以95.18分位居全市第一，吉安县、吉水县分别以93.46分、91.72分位列第二、第三。\n"
    )
    found = described_figures(text, "notice.txt")
    assert (found[95.18].period_start, found[95.18].period_end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_monthly_table_of_levels_and_growths_reads_each_month_and_the_months_to_date() -> None:
    text = (
        "云南省能源局\n\n发布时间：2024-11-22\n\n"
        "表1  2024年1—10月全省分月工业用电情况\n"
        "                                        单位：亿千瓦时，%\n"
        "    月份      工业用电量    同比增长    其中：制造业用电量    同比增长\n"
        "    1月        150.21        11.3          123.32             13.6\n"
        "    1—10月    1573.45         8.5         1298.63             10.7\n"
    )
    found = described_figures(text, "bulletin.txt")
    january = found[150.21]
    assert (january.indicator, january.measure, january.unit) == ("工业用电量", "amount", "亿千瓦时")
    assert (january.period_start, january.period_end) == (date(2024, 1, 1), date(2024, 1, 31))
    assert (found[13.6].indicator, found[13.6].measure) == ("制造业用电量", "yoy_growth_pct")
    assert (found[1298.63].period_start, found[1298.63].period_end) == (date(2024, 1, 1), date(2024, 10, 31))


def test_a_monthly_tables_bare_sales_column_is_of_what_its_caption_names() -> None:
    text = (
        "中国工程机械工业协会\n\n2026-01-09\n\n"
        "表1  2025年挖掘机分月销售情况\n单位：台，%\n\n"
        "| 月份   | 销量合计 | 同比增长 | 其中：出口 |\n|--------|----------|----------|------------|\n"
        "| 1月    | 12785    | -3.6     | 7210       |\n"
    )
    found = described_figures(text, "release.txt")
    assert (found[12785].indicator, found[7210].indicator) == ("挖掘机销量", "挖掘机出口")
    assert (found[-3.6].indicator, found[-3.6].measure) == ("挖掘机销量", "yoy_growth_pct")


def test_a_ruled_tables_group_label_row_does_not_end_the_table() -> None:
    text = (
        "宝鸡市统计局\n\n发布时间：2025-12-22\n\n表：2025年1—11月宝鸡市主要经济指标\n\n"
        "| 指标名称 | 单位 | 绝对值 | 增长（%） |\n| --- | --- | --- | --- |\n"
        "| 规模以上工业增加值 | 亿元 | — | 6.8 |\n| 主要工业产品产量： | | | |\n"
        "| 　汽车 | 辆 | 36852 | 21.4 |\n"
    )
    found = described_figures(text, "data.txt")
    assert (found[36852].indicator, found[36852].unit) == ("汽车", "辆")
    assert (found[21.4].indicator, found[21.4].measure) == ("汽车", "yoy_growth_pct")


def test_a_starred_rows_period_is_the_one_the_note_below_the_table_gives_it() -> None:
    text = (
        "宝鸡市统计局\n\n发布时间：2025-12-22\n\n表：2025年1—11月宝鸡市主要经济指标\n\n"
        "| 指标名称 | 单位 | 绝对值 | 增长（%） |\n| --- | --- | --- | --- |\n"
        "| 规模以上工业企业营业收入* | 亿元 | 2486.73 | 5.6 |\n"
        "| 金融机构人民币各项存款余额* | 亿元 | 5126.48 | 7.9 |\n"
        "| 社会消费品零售总额 | 亿元 | 782.46 | 5.3 |\n\n"
        "注：1.带*号的指标中，规模以上工业企业营业收入为1—10月数据；金融机构人民币各项存款余额为11月末数据。\n"
    )
    found = described_figures(text, "data.txt")
    assert (found[2486.73].period_start, found[2486.73].period_end) == (date(2025, 1, 1), date(2025, 10, 31))
    assert (found[5126.48].period_start, found[5126.48].period_end) == (
        date(2025, 11, 30),
        date(2025, 11, 30),
    )
    assert found[782.46].period_end == date(2025, 11, 30)  # (no star: the caption's months)


def test_a_ranking_table_with_the_rank_first_reads_each_places_rank_growth_and_gap_to_the_whole() -> None:
    text = (
        "最新！河北11市1—10月规上工业增速排名\n\n原创 冀小数 冀数观察 2025年11月24日 18:06 河北\n\n"
        "近日，河北省统计局发布了1—10月经济运行数据。\n\n"
        "2025年1—10月河北省各设区市规上工业增加值增速\n"
        "排名 地区 增速（%） 比1—9月增减（百分点） 与全省差距（百分点）\n"
        "1 邯郸 9.8 +0.3 +2.9\n2 沧州 9.1 +0.6 +2.2\n11 张家口 3.9 -0.5 -3.0\n"
    )
    found = described_figures(text, "post.txt")
    assert (found[2].measure, found[2].region, found[2].indicator) == (
        "rank",
        "沧州市",
        "规模以上工业增加值增速",
    )
    assert (found[9.1].measure, found[9.1].region) == ("yoy_growth_pct", "沧州市")
    gap = found[-3.0]
    assert (gap.measure, gap.region, gap.benchmark, gap.unit) == ("pp_diff", "张家口市", "河北省", "百分点")
    assert (found[0.6].measure, found[0.6].benchmark) == ("pp_change", None)


def test_all_of_them_against_last_year_is_no_yearly_average() -> None:
    # 较上年均实现翻番: 上年 then 均 (each of them), not 年均 (a yearly average)
    text = (
        "许昌市工业和信息化局\n\n2025年12月16日\n\n"
        "鄢陵县、襄城县新认定数量较上年均实现翻番。全市工业投资年均增长8.1%。"
    )
    found = described_figures(text, "post.txt")
    assert found[100].measure == "yoy_growth_pct"
    assert found[8.1].measure == "avg_growth_pct"


def test_a_part_this_year_added_to_a_stock_runs_from_the_years_start_to_the_stocks_day() -> None:
    text = (
        "芜湖市统计局\n\n2025年10月20日\n\n"
        "截至9月末，全市在建亿元以上工业项目486个，其中今年新开工项目173个；计划总投资超10亿元的工业项目42个。"
    )
    found = described_figures(text, "bulletin.txt")
    assert (found[173].period_start, found[173].period_end) == (date(2025, 1, 1), date(2025, 9, 30))
    assert (found[42].period_start, found[42].period_end) == (date(2025, 9, 30), date(2025, 9, 30))


def test_a_county_tables_bare_columns_are_of_the_firms_its_caption_names() -> None:
    text = (
        "许昌市工业和信息化局\n\n2025年12月16日\n\n"
        "附：2025年度许昌市省级专精特新中小企业分县（市、区）情况\n\n"
        "县（市、区）\t新认定（家）\t有效期内总数（家）\n魏都区\t18\t71\n建安区\t21\t86\n"
    )
    found = described_figures(text, "post.txt")
    assert (found[18].indicator, found[18].region) == ("省级专精特新中小企业新认定", "魏都区")
    assert (found[18].period_start, found[18].period_end) == (date(2025, 1, 1), date(2025, 12, 31))
    assert (found[86].indicator, found[86].period_start) == (
        "省级专精特新中小企业有效期内总数",
        date(2025, 12, 16),
    )


def test_counties_ranked_under_a_caption_that_ends_on_its_ranking_read_the_captions_indicator() -> None:
    text = (
        "邵阳市统计局\n\n2025-10-27\n\n表1  2025年1—9月各县市区规模以上工业增加值增速排名\n"
        "排名\t县市区\t增速（%）\t比全市增速±（百分点）\t工业投资增速（%）\n"
        "1\t邵东市\t10.4\t3.1\t15.3\n2\t武冈市\t9.7\t2.4\t12.7\n"
    )
    found = described_figures(text, "post.txt")
    assert (found[10.4].indicator, found[10.4].region) == ("规模以上工业增加值", "邵东市")
    assert (found[3.1].measure, found[3.1].benchmark) == ("pp_diff", "邵阳市")
    # (ranked by the first of the indicators, not by the last)
    assert (found[2].indicator, found[2].measure, found[2].region) == (
        "规模以上工业增加值增速",
        "rank",
        "武冈市",
    )


def test_a_zone_called_by_its_place_and_kaifaqu_is_the_zone_its_text_names_in_full() -> None:
    text = (
        "《对话》｜荆州开发区：上半年交出“含金量”答卷\n\n"
        "来源：荆州广播电视台　　发布时间：2025-07-19 18:42\n\n"
        "主持人：今天我们请来了荆州经济技术开发区管委会主任周建明。\n\n"
        "周建明：上半年，荆州开发区实现规上工业总产值612.5亿元，同比增长9.8%。\n"
    )
    found = described_figures(text, "transcript.txt")
    assert {found[612.5].region, found[9.8].region} == {"荆州经济技术开发区"}


def test_every_clause_the_events_floor_counted_and_the_paragraph_on_this_events_projects_are_its_days() -> (
    None
):
    text = (
        "32个外资项目集中签约\n\n2025-11-13 08:41:27　来源：广西日报\n\n"
        "本报讯　11月12日，2025年广西外资项目集中签约活动在南宁举行。"
        "活动现场共签约外资项目32个，总投资316.8亿元，合同外资23.6亿美元。\n\n"
        "据介绍，本次签约项目呈现“体量大、质量高”的特点。从投资规模看，总投资10亿元以上项目11个。\n"
    )
    found = described_figures(text, "news.txt")
    for value in (32, 316.8, 23.6, 11):
        assert (found[value].period_start, found[value].period_end) == (
            date(2025, 11, 12),
            date(2025, 11, 12),
        )


def test_a_rank_column_named_by_the_end_of_a_column_before_ranks_by_that_column() -> None:
    text = (
        "贵州省发展和改革委员会\n\n2025-10-22\n\n附表：2025年1—9月各市（州）省重大工程和重点项目建设进展情况\n\n"
        "单位：个，亿元，%\n地区\t项目个数\t年度计划投资\t1—9月完成投资\t投资完成率\t完成率排名\n"
        "贵阳市\t498\t1152\t900.9\t78.2\t4\n遵义市\t452\t986\t830.2\t84.2\t1\n"
    )
    found = described_figures(text, "notice.txt")
    assert (found[498].unit, found[1152].unit, found[78.2].unit) == ("个", "亿元", "%")
    assert (found[4].measure, found[4].region, found[4].indicator) == ("rank", "贵阳市", "投资完成率")


def test_the_years_planned_investment_is_the_years_and_what_was_done_is_not_the_plan() -> None:
    text = (
        "滁州市南谯区人民政府\n\n2025-10-17\n\n"
        "1—9月，全区重点工业项目共86个，年度计划投资112.6亿元，累计完成投资84.9亿元，完成年度计划的75.4%。"
    )
    found = described_figures(text, "report.txt")
    planned = found[112.6]
    assert (planned.status, planned.period_start, planned.period_end) == (
        "target",
        date(2025, 1, 1),
        date(2025, 12, 31),
    )
    assert "计划" not in found[84.9].indicator
    assert (found[84.9].period_end, found[75.4].period_end) == (date(2025, 9, 30), date(2025, 9, 30))


def test_places_ranked_by_their_score_keep_the_score_and_the_growth_beside_it() -> None:
    text = (
        "江西省工业和信息化厅\n\n2025-05-20\n\n附表1　2024年度设区市制造业高质量发展综合评价结果\n\n"
        "排名\t设区市\t综合得分\t规上工业增加值增速（%）\n1\t南昌市\t92.37\t7.6\n2\t赣州市\t88.15\t8.9\n"
    )
    found = described_figures(text, "notice.txt")
    assert (found[92.37].unit, found[92.37].region) == ("分", "南昌市")
    assert (found[8.9].measure, found[8.9].region) == ("yoy_growth_pct", "赣州市")


def test_a_share_after_a_sum_column_is_the_share_of_the_counts_summed() -> None:
    text = (
        "吉林省工业和信息化厅\n\n2025-12-05\n\n2025年吉林省智能工厂和数字化车间分地区统计表\n\n单位：个，%\n\n"
        "序号\t地区\t智能工厂\t数字化车间\t合计\t占全省比重\n1\t长春市\t16\t42\t58\t40.3\n2\t吉林市\t7\t20\t27\t18.8\n"
    )
    found = described_figures(text, "notice.txt")
    assert (found[40.3].indicator, found[40.3].measure) == ("智能工厂和数字化车间占全省比重", "share_pct")
    assert (found[16].indicator, found[16].region) == ("智能工厂", "长春市")
    assert 58 not in found  # (the sum of the row, which annotators leave out)


def test_investment_done_keeps_its_verb_and_the_projects_it_was_done_on() -> None:
    text = normalize(
        "上半年，全县共实施亿元以上工业项目86个，总投资412.5亿元，完成投资48.3亿元，完成年度计划的56.2%。"
        "全县新开工项目133个，完成投资95.1亿元。"
    ).text
    found = {f.value: f for f in figures(text, region="临朐县", ref=date(2025, 7, 20))}
    # (what was done, not the projects' total nor what they plan)
    assert found[48.3].indicator == "亿元以上工业项目完成投资"
    assert found[56.2].indicator == "亿元以上工业项目完成投资计划完成率"
    assert found[95.1].indicator == "新开工项目完成投资"


def test_a_range_with_its_unit_on_both_ends_is_one_figure() -> None:
    text = normalize(
        "公司预计全年实现归属于上市公司股东的净利润1.8亿元至2.4亿元。全县原煤产量300万吨—350万吨。"
        "规上工业利润总额：1—9月 712.4亿元 -2.3%"
    ).text
    found = figures(text, region="临朐县", ref=date(2025, 10, 20))
    got = [(f.value, f.value_max, f.unit) for f in found if f.measure == "amount"]
    assert got == [(1.8, 2.4, "亿元"), (300, 350, "万吨"), (712.4, None, "亿元")]


def test_a_price_said_per_unit_before_its_number_is_in_that_unit() -> None:
    text = normalize(
        "去年碳酸锂价格一度跌破每吨6万元，工业用地价格每亩18万元，大工业电价每千瓦时0.35元。"
    ).text
    found = figures(text, region="宜春市", ref=date(2026, 3, 9))
    assert [(f.indicator, f.value, f.unit, f.value_base, f.qualifier) for f in found] == [
        ("碳酸锂价格", 6, "万元/吨", 60000, "at_most"),
        ("工业用地价格", 18, "万元/亩", 180000, "exact"),
        ("大工业电价", 0.35, "元/千瓦时", 0.35, "exact"),
    ]


def test_a_round_up_of_places_goals_gives_each_place_its_own_goal() -> None:
    text = normalize(
        "湖北提出地区生产总值增长5.5%—6%。河南同时提出规上工业增加值增长7%。山东的目标是地区生产总值增长5%以上。"
        "年初我们提出了工业投资增长15%的目标，上半年工业投资增长15.3%。"
    ).text
    found = figures(text, region="全国", ref=date(2026, 2, 4))
    got = [(f.region, f.indicator, f.value, f.status) for f in found]
    assert got[:3] == [
        ("湖北省", "地区生产总值", 5.5, "target"),
        ("河南省", "规模以上工业增加值", 7, "target"),
        ("山东省", "地区生产总值", 5, "target"),
    ]
    assert got[-1][2:] == (15.3, "actual")  # (what was done against a goal set earlier: 提出了)


def test_a_places_table_whose_growth_columns_name_their_months_between_name_and_growth() -> None:
    text = (
        "许昌市统计局\n2025-09-19\n\n表2　2025年1-8月各县（市、区）主要工业指标\n"
        "县（市、区）\t规上工业增加值8月增速(%)\t规上工业增加值1-8月增速(%)\t位次\t工业投资1-8月增速(%)\n"
        "禹州市\t7.9\t8.6\t2\t12.4\n长葛市\t6.5\t7.8\t4\t15.1\n"
    )
    cleaned = normalize(text).text
    found = [f for f in extract_figures(cleaned, describe_document(cleaned, "m.txt")) if f.region == "禹州市"]
    assert [(f.indicator, f.measure, f.value, f.period_start, f.period_end) for f in found] == [
        ("规模以上工业增加值", "yoy_growth_pct", 7.9, date(2025, 8, 1), date(2025, 8, 31)),
        ("规模以上工业增加值", "yoy_growth_pct", 8.6, date(2025, 1, 1), date(2025, 8, 31)),
        ("规模以上工业增加值增速", "rank", 2, date(2025, 1, 1), date(2025, 8, 31)),
        ("工业投资", "yoy_growth_pct", 12.4, date(2025, 1, 1), date(2025, 8, 31)),
    ]


def test_a_kinds_table_whose_count_column_says_the_months_end_it_stands_at() -> None:
    text = (
        "许昌市统计局\n2025-09-19\n\n表3　2025年1-8月重点产业运行情况\n"
        "产业\t6月末规上企业数(家)\t营业收入(亿元)\t营业收入增速(%)\n电力装备\t186\t612.4\t9.8\n发制品\t97\t196.3\t12.5\n"
    )
    found = described_figures(text, "m.txt")
    assert (found[186].indicator, found[186].period_start, found[186].period_end) == (
        "电力装备规模以上企业数",
        date(2025, 6, 30),
        date(2025, 6, 30),
    )
    assert (found[612.4].indicator, found[612.4].period_end) == ("电力装备营业收入", date(2025, 8, 31))


def test_a_main_indicators_table_whose_growth_unit_is_on_the_line_below() -> None:
    text = (
        "宿州市统计局 编印                2025 年 11 月 21 日\n\n                   全市主要经济指标\n\n"
        "      指    标             单 位        10 月     同比增长    1—10 月    同比增长\n"
        "                                                    （%）                  （%）\n"
        "工业用电量                 万千瓦时      48216        8.9       452637       7.4\n"
        "  运动鞋                    万双         2486       11.9       23108       14.5\n"
    )
    found = described_figures(text, "report.txt")
    assert (found[8.9].measure, found[8.9].period_start, found[8.9].period_end) == (
        "yoy_growth_pct",
        date(2025, 10, 1),
        date(2025, 10, 31),
    )
    assert (found[23108].indicator, found[23108].unit, found[23108].period_start) == (
        "运动鞋",
        "万双",
        date(2025, 1, 1),
    )


def test_places_rates_of_two_periods_under_a_header_wrapped_onto_two_lines() -> None:
    text = (
        "宿州市统计局 编印                2025 年 11 月 21 日\n\n"
        "                   各县区规模以上工业增加值增速及位次\n"
        "                                                                   单位：%\n"
        "   县  区           10 月           1—10 月         1—10 月增速\n"
        "                    增速              增速             全市位次\n"
        "埇桥区              5.2               7.1                4\n"
        "砀山县              9.3               9.8                1\n"
    )
    found = described_figures(text, "report.txt")
    got = [(f.indicator, f.measure, f.period_start, f.period_end) for f in (found[5.2], found[7.1], found[4])]
    assert got == [
        ("规模以上工业增加值", "yoy_growth_pct", date(2025, 10, 1), date(2025, 10, 31)),
        ("规模以上工业增加值", "yoy_growth_pct", date(2025, 1, 1), date(2025, 10, 31)),
        ("规模以上工业增加值增速", "rank", date(2025, 1, 1), date(2025, 10, 31)),
    ]


def test_grid_connection_is_one_word_not_and_plus_grid() -> None:
    text = normalize("二季度全市新增并网容量31.85万千瓦。截至6月底，永城市累计并网容量68.24万千瓦。").text
    found = figures(text, region="商丘市", ref=date(2025, 7, 18))
    assert [(f.region, f.indicator, f.value) for f in found] == [
        ("商丘市", "并网容量", 31.85),
        ("永城市", "并网容量", 68.24),
    ]


def test_a_places_table_under_a_quantitys_unit_and_a_counts_gives_each_column_its_own() -> None:
    text = (
        "商丘市能源局\n2025年7月18日\n\n表1  2025年上半年各县（市、区）分布式光伏并网情况\n"
        "单位：万千瓦、户、%\n序号  县（市、区）  累计并网容量  累计并网户数  年度目标任务  目标完成率\n"
        "1     梁园区        18.36        8326         5         42.8\n"
        "2     睢阳区        24.51        12694         6         50.8\n"
    )
    found = described_figures(text, "notice.txt")
    assert [(found[v].indicator, found[v].unit) for v in (18.36, 8326, 42.8)] == [
        ("并网容量", "万千瓦"),
        ("并网户数", "户"),
        ("目标完成率", "%"),
    ]
    assert (found[5].unit, found[5].status) == ("万千瓦", "target")


def test_a_towns_table_of_output_growth_and_rank_is_read_like_a_countys() -> None:
    text = (
        "泰和县人民政府\n2025-12-19\n\n附表：2025年1—11月各乡镇规模以上工业总产值完成情况及排名\n单位：万元、%\n"
        "序号\t乡镇\t规上工业总产值\t同比增长\t增速排名\n1\t澄江镇\t158642\t7.8\t10\n2\t碧溪镇\t21356\t4.2\t13\n"
    )
    found = described_figures(text, "notice.txt")
    assert [(found[v].region, found[v].measure, found[v].unit) for v in (158642, 7.8, 10)] == [
        ("澄江镇", "amount", "万元"),
        ("澄江镇", "yoy_growth_pct", "%"),
        ("澄江镇", "rank", "位"),
    ]


def test_goals_after_a_year_end_text_turns_to_next_years_work_are_next_years() -> None:
    text = (
        "市委经济工作会议召开\n\n来源：荆门日报　　发布时间：2025-12-27 07:45\n\n"
        "会议认为，2025年是“十四五”规划收官之年。预计全年地区生产总值达到2410亿元左右。\n\n"
        "会议要求，围绕上述目标，明年要重点抓好八个方面工作。\n\n"
        "一是聚力产业强市。确保新能源新材料产业产值突破1300亿元。\n\n二是聚力科技创新。技术合同成交额达到250亿元。\n"
    )
    found = described_figures(text, "news.txt")
    assert (found[2410].status, found[2410].period_start) == ("estimate", date(2025, 1, 1))
    assert [(found[v].status, found[v].period_start, found[v].period_end) for v in (1300, 250)] == [
        ("target", date(2026, 1, 1), date(2026, 12, 31)),
        ("target", date(2026, 1, 1), date(2026, 12, 31)),
    ]


def test_a_year_end_report_that_names_next_years_work_as_a_later_part_reviews_first() -> None:
    text = (
        "嘉兴市经济和信息化局2025年工作总结及2026年工作思路\n\n发布时间：2025-12-19\n\n"
        "全市工业经济稳中有进。现将今年工作情况和明年工作思路报告如下。\n\n"
        "一、今年主要工作成效\n\n全市新开工亿元以上工业项目186个。\n"
    )
    found = described_figures(text, "report.txt")
    assert found[186].status == "actual"


def test_a_project_plan_table_with_what_is_built_its_years_and_who_leads_reads_each_project() -> None:
    text = (
        "澧县人民政府\n2026-02-27\n\n澧县2026年县级领导联系重点建设项目计划表\n\n单位：万元\n\n"
        "序号\t项目名称\t建设内容及规模\t总投资\t2026年计划投资\t建设年限\t责任单位\n"
        "1\t澧州新能源材料锂电池负极材料一体化项目\t新建厂房及配套用房8.6万平方米，建成后形成年产5万吨负极材料生产能力"
        "\t185000\t62000\t2025-2027\t澧县经济开发区管委会\n"
        "2\t澧州食品产业园（二期）\t新建标准化厂房12万平方米，引进预制菜企业10家以上\t120000\t35000\t2026-2028\t县商务局\n"
    )
    found = described_figures(text, "plan.txt")
    assert "澧州食品产业园" in found[35000].indicator and found[35000].unit == "万元"
    assert (found[62000].status, found[62000].period_start) == ("target", date(2026, 1, 1))
    # (no figure takes a name that runs across the row's cells into the next row's)
    assert not [f.indicator for f in found.values() if any(ch.isdigit() for ch in f.indicator[-12:])]


def test_a_kinds_table_whose_columns_say_their_months_in_brackets_after_the_name() -> None:
    text = (
        "国家统计局\n2024-12-16\n\n2024年11月份规模以上工业生产主要数据\n\n单位：%\n"
        "行业\t增加值增速（11月）\t增加值增速（1—11月）\n制造业\t6.0\t6.1\n采矿业\t3.9\t3.5\n"
    )
    found = described_figures(text, "release.txt")
    assert [
        (found[v].indicator, found[v].unit, found[v].period_start, found[v].period_end) for v in (6.0, 6.1)
    ] == [
        ("制造业增加值", "%", date(2024, 11, 1), date(2024, 11, 30)),
        ("制造业增加值", "%", date(2024, 1, 1), date(2024, 11, 30)),
    ]


def test_a_list_of_places_after_yuji_keeps_the_first_places_name_whole() -> None:
    text = normalize("预计钟祥市、京山市地区生产总值分别突破620亿元、520亿元。").text
    found = figures(text, region="荆门市", ref=date(2025, 12, 27))
    assert [(f.region, f.value, f.status) for f in found] == [
        ("钟祥市", 620, "estimate"),
        ("京山市", 520, "estimate"),
    ]


def test_a_provinces_short_name_before_a_count_it_holds_is_the_figures_region() -> None:
    text = normalize(
        "截至3月末，我国5G基站总数达到439.5万个。中西部地区建设明显提速。"
        "广东5G基站数占全国的8.2%；深圳每万人拥有5G基站数超过45个；四川5G基站数达到22.6万个；"
        "山东“5G+工业互联网”项目累计达到3150个。"
    ).text
    found = {f.value: f for f in figures(text, region="全国", ref=date(2025, 4, 22))}
    assert [found[v].region for v in (8.2, 45, 22.6, 3150)] == ["广东省", "深圳市", "四川省", "山东省"]
    assert found[22.6].indicator == "5G基站数"


def test_a_provinces_own_level_word_stays_with_the_things_it_grades() -> None:
    text = normalize("江苏、浙江、广东省级工业互联网平台数量分别达到186家、172家、158家。").text
    found = figures(text, region="全国", ref=date(2025, 4, 22))
    assert [(f.region, f.indicator, f.value) for f in found] == [
        ("江苏省", "省级工业互联网平台数量", 186),
        ("浙江省", "省级工业互联网平台数量", 172),
        ("广东省", "省级工业互联网平台数量", 158),
    ]


def test_places_growth_said_with_a_growth_word_before_respectively_is_of_the_indicator_told() -> None:
    text = normalize(
        "1—2月，全市规上工业增加值增长9.6%。其中射洪市、安居区、蓬溪县增速分别为15.8%、12.3%、11.6%，"
        "分别居全市前三位。"
    ).text
    found = [f for f in figures(text, region="遂宁市", ref=date(2025, 3, 20)) if f.region != "遂宁市"]
    assert [(f.region, f.indicator, f.measure, f.value, f.qualifier) for f in found] == [
        ("射洪市", "规模以上工业增加值", "yoy_growth_pct", 15.8, "exact"),
        ("安居区", "规模以上工业增加值", "yoy_growth_pct", 12.3, "exact"),
        ("蓬溪县", "规模以上工业增加值", "yoy_growth_pct", 11.6, "exact"),
        ("射洪市", "规模以上工业增加值", "rank", 1, "exact"),
        ("安居区", "规模以上工业增加值", "rank", 2, "exact"),
        ("蓬溪县", "规模以上工业增加值", "rank", 3, "exact"),
    ]


def test_places_said_to_hold_the_first_few_in_no_falling_order_get_no_rank() -> None:
    text = normalize(
        "射洪市、安居区、蓬溪县规上工业增加值分别增长15.8%、16.3%、11.6%，分别居全市前三位。"
    ).text
    found = figures(text, region="遂宁市", ref=date(2025, 3, 20))
    assert [f.measure for f in found] == ["yoy_growth_pct"] * 3


def test_a_places_table_of_each_indicators_month_and_months_to_date_under_their_groups() -> None:
    text = (
        "遂宁市统计局\n2025-03-20\n\n2025年1—2月各县（市、区）主要工业指标\n\n单位：%、万千瓦时\n\n"
        "县（市、区）\t规上工业增加值\t\t\t工业用电量\n"
        "\t2月当月增速\t1—2月累计增速\t累计增速位次\t2月当月\t1—2月累计\t累计增速\n"
        "船山区\t9.4\t7.2\t6\t2860\t5630\t4.1\n安居区\t13.6\t12.3\t2\t4120\t7980\t10.6\n"
    )
    found = described_figures(text, "release.txt")
    assert [
        (found[v].region, found[v].measure, found[v].period_start, found[v].period_end) for v in (9.4, 7.2, 6)
    ] == [
        ("船山区", "yoy_growth_pct", date(2025, 2, 1), date(2025, 2, 28)),
        ("船山区", "yoy_growth_pct", date(2025, 1, 1), date(2025, 2, 28)),
        ("船山区", "rank", date(2025, 1, 1), date(2025, 2, 28)),
    ]
    assert [(found[v].indicator, found[v].unit, found[v].period_start) for v in (4120, 7980, 10.6)] == [
        ("工业用电量", "万千瓦时", date(2025, 2, 1)),
        ("工业用电量", "万千瓦时", date(2025, 1, 1)),
        ("工业用电量", "%", date(2025, 1, 1)),
    ]


def test_a_part_of_a_places_whole_said_in_tenths_is_a_share() -> None:
    text = normalize("宜春碳酸锂产能约占全国的四成，锂电池产量占全省三成。").text
    found = figures(text, region="江西省", ref=date(2025, 5, 13))
    assert [(f.measure, f.value_base, f.base_unit) for f in found] == [
        ("share_pct", 40, "%"),
        ("share_pct", 30, "%"),
    ]


def test_a_citys_short_name_before_what_it_has_built_up_is_the_figures_region() -> None:
    text = normalize("宜春已形成碳酸锂当量产能32万吨左右，已落地电池及储能项目17个。").text
    found = figures(text, region="江西省", ref=date(2025, 5, 13))
    assert [(f.region, f.indicator, f.value) for f in found][:1] == [("宜春市", "碳酸锂当量产能", 32)]


def test_a_national_papers_ranking_of_cities_of_several_provinces_is_the_countrys() -> None:
    paragraphs = [
        "2025年工业十强城市：深圳守住榜首，苏州与上海差距缩至343亿元\n\n2026/02/27 14:36",
        "深圳：深圳2025年实现工业增加值12386.7亿元，全市规上工业企业1.3万家。深圳连续第四年居首。",
        "上海：上海以11752.3亿元位居第二，全市工业战略性新兴产业总产值增长6.8%。上海结构持续优化。",
        "苏州：苏州工业增加值11409.5亿元，全市规上工业总产值增长5.2%。苏州排名第三，苏州与上海差距缩小。",
    ]
    meta = describe_document("\n\n".join(paragraphs) + "\n", "news.txt")
    assert meta.region == "全国"


def test_a_goal_a_named_place_proposed_sets_no_plan_for_the_paragraphs_after() -> None:
    text = normalize(
        "广州工业增加值7512.6亿元，增长3.1%。不过，广州已提出2026年规上工业增加值增长5%左右的目标，"
        "并计划全年完成工业投资1300亿元以上。\n\n东莞和泉州分列第九、第十位。东莞工业增加值5836.2亿元，增长5.1%。\n"
    ).text
    found = {f.value: f for f in figures(text, region="全国", ref=date(2026, 2, 27))}
    assert (found[5].status, found[5].region, found[1300].status) == ("target", "广州市", "target")
    assert [(found[v].status, found[v].period_start) for v in (5836.2, 5.1)] == [
        ("actual", date(2025, 1, 1)),
        ("actual", date(2025, 1, 1)),
    ]


def test_a_places_table_whose_cells_single_spaces_part_is_read_by_its_header() -> None:
    text = (
        "黑龙江省人民政府\n2025-03-20\n\n2024年度制造业高质量发展奖补资金分配表\n\n"
        "序号 市（地） 奖补企业（项目）数（个） 奖补资金（万元）\n1 哈尔滨市 34 7120\n2 齐齐哈尔市 14 2380\n"
    )
    found = described_figures(text, "notice.txt")
    assert [(found[v].region, found[v].unit, found[v].indicator) for v in (34, 7120, 14, 2380)] == [
        ("哈尔滨市", "个", "奖补企业（项目）数"),
        ("哈尔滨市", "万元", "奖补资金"),
        ("齐齐哈尔市", "个", "奖补企业（项目）数"),
        ("齐齐哈尔市", "万元", "奖补资金"),
    ]
    cleaned = normalize(text).text  # (the row as the cleaned text has it, no tab in it)
    assert cleaned[found[7120].char_start : found[7120].char_end] == found[7120].quote
    assert "\t" not in found[7120].quote and "哈尔滨市" in found[7120].quote


def test_first_batch_is_one_word_and_places_counts_after_a_kinds_list_take_none_of_its_kinds() -> None:
    text = normalize(
        "2025年，全省认定首台（套）重大技术装备83项，首批次新材料48项。83项首台（套）装备中，"
        "电子信息装备、新能源装备、航空装备分别认定18项、16项、11项。赣州市、九江市、宜春市分别认定13项、10项、9项。"
    ).text
    found = figures(text, region="江西省", ref=date(2025, 10, 21))
    assert ("首批次新材料", 48) in [(f.indicator, f.value) for f in found]
    assert not [f for f in found if f.region in ("赣州市", "九江市", "宜春市")]


def test_a_places_table_column_spelt_as_an_alias_takes_the_catalogues_name() -> None:
    text = (
        "赣鄱观察室\n2025-10-29\n\n2025年前三季度江西各设区市主要经济指标\n"
        "排名  设区市  GDP（亿元）  同比增长（%）\n1  南昌  6012.84  5.3\n2  赣州  3875.26  5.8\n"
    )
    found = described_figures(text, "post.txt")
    assert [(found[v].region, found[v].indicator, found[v].measure) for v in (6012.84, 5.8)] == [
        ("南昌市", "地区生产总值", "amount"),
        ("赣州市", "地区生产总值", "yoy_growth_pct"),
    ]


def test_a_new_speakers_turn_ends_the_plan_the_speaker_before_told() -> None:
    text = normalize(
        "【主持人】\n请三江新区介绍情况。\n\n【张明】\n今年以来，新区新签约工业项目47个。"
        "下一步，新区将力争2025年规上工业总产值突破1600亿元。\n\n【何建平】\n"
        "我补充一点。全市开发区1—11月实现规上工业营业收入4420.6亿元。\n"
    ).text
    found = {f.value: f for f in figures(text, region="宜宾市", ref=date(2024, 12, 20))}
    assert (found[1600].status, found[1600].period_start) == ("target", date(2025, 1, 1))
    assert (found[4420.6].status, found[4420.6].period_start, found[4420.6].period_end) == (
        "actual",
        date(2024, 1, 1),
        date(2024, 11, 30),
    )


def test_a_firms_row_in_a_part_of_the_place_no_list_names_is_the_texts_place() -> None:
    text = (
        "宣城市经济和信息化局\n2025-11-15\n\n1—10月，宣城市规上工业产值增长10.6%，全市工业运行平稳，宣城市全市"
        "工业投资增长8.2%。\n\n"
        "表1  2025年1—10月宣城市规上工业企业产值前20强\n单位：万元，%\n"
        "序号  企业名称  所在区域  1—10月产值  同比增长\n"
        "1  安徽宁锐汽车密封系统股份有限公司  经开区  526225  16.8\n"
        "2  宁国市创宇电容器有限公司  河沥溪街道  201583  14.6\n"
    )
    found = described_figures(text, "brief.txt")
    assert (found[526225].region, found[526225].indicator, found[526225].period_end) == (
        "宣城市",
        "安徽宁锐汽车密封系统股份有限公司产值",
        date(2025, 10, 31),
    )
    assert found[201583].region == "河沥溪街道"  # (a town a place's name says, its own)


def test_a_goal_said_met_is_of_the_period_whose_outcome_met_it() -> None:
    text = normalize(
        "（二）资金到位情况。全年实际到位省外资金126.35亿元，同比增长8.6%，完成市定目标任务121亿元的104.4%。"
    ).text
    found = {f.value: f for f in figures(text, region="虞城县", ref=date(2025, 1, 17))}
    assert (
        found[126.35].period_start,
        found[121].status,
        found[121].period_start,
        found[121].period_end,
    ) == (
        date(2024, 1, 1),
        "target",
        date(2024, 1, 1),
        date(2024, 12, 31),
    )


def test_places_after_qizhong_each_adding_a_count_take_the_count_told_before() -> None:
    text = normalize("全市新增规上工业企业56家，其中南昌县、进贤县各新增12家。").text
    found = figures(text, region="南昌市", ref=date(2025, 12, 20))
    assert [(f.region, f.indicator, f.value) for f in found if f.value == 12] == [
        ("南昌县", "规模以上工业企业", 12),
        ("进贤县", "规模以上工业企业", 12),
    ]


def test_a_goal_a_higher_level_set_is_the_outcomes_and_so_are_the_ranks_after_it() -> None:
    text = normalize(
        "全年实际到位省外资金126.35亿元，同比增长8.6%，完成市定目标任务121亿元的104.4%，"
        "总量居全市第3位、增速居全市第2位。"
    ).text
    found = figures(text, region="虞城县", ref=date(2025, 1, 17))
    shown = {(f.measure, f.value): (f.indicator, f.status, f.period_start, f.period_end) for f in found}
    year = (date(2024, 1, 1), date(2024, 12, 31))
    assert shown[("amount", 121)] == ("实际到位省外资金", "target", *year)
    assert shown[("share_pct", 104.4)] == ("实际到位省外资金目标完成率", "actual", *year)
    for place in (3, 2):
        indicator, status, *period = shown[("rank", place)]
        assert (indicator.startswith("实际到位省外资金"), status, period) == (True, "actual", list(year))


def test_a_numbered_heading_that_names_an_industry_is_what_its_paragraphs_figures_count() -> None:
    text = normalize(
        "2024年全县招商引资成效明显。\n\n"
        "（一）五金工量具产业。全年签约项目27个、合同引资108.4亿元。\n\n"
        "2. 食品加工产业：签约项目15个，增长22.3%。\n\n"
        "（三）做强特色产业。签约项目9个。"
    ).text
    found = {f.value: f.indicator for f in figures(text, region="虞城县", ref=date(2025, 1, 17))}
    assert (found[27], found[108.4], found[15], found[22.3]) == (
        "五金工量具产业签约项目",
        "五金工量具产业合同引资",
        "食品加工产业签约项目",
        "食品加工产业签约项目",
    )
    assert found[9] == "签约项目"  # a task's heading (做强…产业) counts nothing


def test_a_growth_after_a_semicolon_that_names_its_year_is_that_years_not_since_the_level_before() -> None:
    text = normalize(
        "规模以上工业总产值由2020年的1012.4亿元增至2023年的1586.3亿元，年均增长16.2%；"
        "2023年规模以上工业增加值增长12.4%。地区生产总值由2020年的221.6亿元增加到2023年的306.8亿元；"
        "规上工业总产值实现翻番。"
    ).text
    found = {f.value: f for f in figures(text, region="猇亭区", ref=date(2024, 6, 26))}
    assert (found[16.2].period_start, found[12.4].period_start, found[12.4].period_end) == (
        date(2021, 1, 1),
        date(2023, 1, 1),
        date(2023, 12, 31),
    )
    assert found[100].period_start == date(2021, 1, 1)  # (no year of its own: since the level before)


def test_the_whole_county_in_a_provinces_text_is_the_county_its_paragraph_names() -> None:
    text = normalize(
        "全省县域规上工业增加值增长9.3%。\n\n"
        "在合肥市肥西县，新能源汽车产业集群已集聚规上企业236家。\n\n"
        "长丰县则把新能源汽车作为一号产业。2024年，全县规上工业增加值增长15.6%。\n\n"
        "皖东天长市，素有仪表之乡之称。目前，全市有规上工业企业862家。\n\n"
        "“今年上半年，全县新能源汽车零部件产值同比增长18%左右。”肥西县委主要负责同志介绍。"
    ).text
    found = {f.value: f.region for f in figures(text, region="安徽省", ref=date(2025, 7, 21))}
    assert (found[9.3], found[236], found[15.6], found[862], found[18]) == (
        "安徽省",
        "肥西县",
        "长丰县",
        "天长市",
        "肥西县",
    )


def test_a_goal_said_done_by_a_share_sets_no_plan_and_a_batch_tables_columns_count_the_captions_firms() -> (
    None
):
    text = normalize(
        "加上今年6月公布的第一批398家，2025年全省共新认定省级专精特新中小企业885家，"
        "完成年初确定的“全年新培育省级专精特新中小企业800家以上”目标任务的110.6%。\n\n"
        "表1　2025年度第二批省级专精特新中小企业分市（州）情况汇总表\n单位：家\n"
        "序号\t市（州）\t本批次认定\t复核通过\t累计有效\n1\t贵阳市\t142\t68\t742\n2\t遵义市\t89\t37\t398\n"
    ).text
    found = {f.value: f for f in figures(text, region="贵州省", ref=date(2025, 12, 16))}
    assert found[885].status == "actual"
    assert (found[142].indicator, found[68].indicator, found[742].indicator) == (
        "省级专精特新中小企业本批次认定",
        "省级专精特新中小企业复核通过",
        "省级专精特新中小企业累计有效",
    )


def test_a_count_column_of_the_things_a_caption_names_names_them_once() -> None:
    text = normalize(
        "各市州具体情况如下表：\n\n2025年超长期特别国债“两重”项目分市州情况\n"
        "市州｜项目数（个）｜下达资金（亿元）\n兰州市｜31｜27.4\n嘉峪关市｜6｜3.2\n"
    ).text
    found = {f.value: f.indicator for f in figures(text, region="甘肃省", ref=date(2025, 8, 12))}
    assert found[31] == "超长期特别国债“两重”项目"


def test_a_profit_said_as_a_loss_is_negative_and_a_ranges_frame_names_nothing() -> None:
    text = normalize(
        "今年上半年，晶科能源归母净利润亏损5.3亿元；亏损企业亏损额12亿元。"
        "预计全年组件产量在85万吨至95万吨之间。企业新招用普工平均月薪多在5800元至6500元之间。"
    ).text
    found = {f.value: f for f in figures(text, region="上饶市", ref=date(2025, 9, 3))}
    assert (found[-5.3].indicator, found[12].indicator) == ("晶科能源归母净利润", "亏损企业亏损额")
    assert (found[85].indicator, found[85].value_max, found[5800].indicator) == (
        "组件产量",
        95,
        "企业新招用普工平均月薪",
    )


def test_projects_planned_to_start_are_a_goal_and_those_started_an_outcome() -> None:
    text = normalize(
        "上半年，全市续建项目162个，计划新开工项目176个，已开工138个，开工率78.4%。"
        "射洪市计划新开工项目开工率达到90%。据测算，已竣工技改项目全年带动新增产值约186亿元。"
    ).text
    found = {f.value: f.status for f in figures(text, region="六安市", ref=date(2025, 7, 16))}
    assert (found[162], found[176], found[138], found[78.4], found[90], found[186]) == (
        "actual",
        "target",
        "actual",
        "actual",
        "actual",
        "estimate",
    )


def test_a_places_table_ranked_first_under_counts_money_and_rates_takes_each_columns_unit() -> None:
    text = normalize(
        "附件\n\n2025年上半年全市市级重点工业项目建设进展情况表\n\n单位：个、亿元、%\n"
        "排名 县市区 项目个数 计划新开工 已开工 年度计划投资 1-6月完成投资 投资完成率\n"
        "1 邵阳经开区 36 15 13 86.4 57.8 66.9\n2 邵东市 42 17 15 98.6 64.6 65.5\n"
    ).text
    found = {(f.region, f.value): f for f in figures(text, region="邵阳市", ref=date(2025, 7, 16))}
    assert (found[("邵东市", 17)].unit, found[("邵东市", 17)].status) == ("个", "target")
    assert (found[("邵东市", 64.6)].unit, found[("邵东市", 65.5)].measure) == ("亿元", "share_pct")
    assert ("邵东市", 2) not in found  # (its place in the ranking, of what the table does not say)


def test_a_place_taken_as_the_example_is_where_the_clauses_after_it_are() -> None:
    text = normalize("以玉环市为例，2024年通过无人机配送快递约4.6万件。").text
    assert [f.region for f in figures(text, region="台州市", ref=date(2025, 4, 16))] == ["玉环市"]


def test_an_english_translation_after_a_chinese_name_is_no_part_of_the_indicator() -> None:
    text = normalize(
        "■ 1286亿元 | 2024年规上工业总产值 Gross Industrial Output（同比增长11.2%）\n\n"
        "2024年，全市规上工业企业 Industrial Enterprises Above Designated Size 386家，制造业PMI 49.4%。"
    ).text
    found = {f.value: f.indicator for f in figures(text, region="郴州市", ref=date(2025, 5, 31))}
    assert (found[11.2], found[386], found[49.4]) == (
        "规模以上工业总产值",
        "规模以上工业企业",
        "制造业采购经理指数（PMI）",
    )


def test_a_places_score_column_without_a_unit_is_in_points_and_the_rank_after_it_is_by_it() -> None:
    text = normalize(
        "表1　2025年第二季度各镇（街道）招商引资工作考核情况\n"
        "序号\t镇（街道）\t新签约项目（个）\t合同引资额（亿元）\t实际到位资金（亿元）\t综合得分\t排名\n"
        "1\t白箬铺镇\t6\t18.60\t7.92\t93.6\t1\n2\t乌山街道\t5\t21.35\t6.48\t91.2\t2\n"
    ).text
    found = {(f.value, f.measure): f for f in figures(text, region="望城区", ref=date(2025, 7, 16))}
    assert (found[(91.2, "amount")].unit, found[(2, "rank")].indicator) == ("分", "综合得分")


def test_a_provinces_economic_areas_are_places_but_a_citys_airport_zone_is_not_one() -> None:
    text = normalize(
        "2024年，成都平原经济区规上工业增加值增长6.5%，高于全省0.4个百分点。"
        "川南经济区、川东北经济区规上工业增加值分别增长7.3%、5.2%。临空经济区签约项目32个。"
    ).text
    found = {f.value: f.region for f in figures(text, region="四川省", ref=date(2025, 3, 21))}
    assert (found[6.5], found[0.4], found[7.3], found[5.2], found[32]) == (
        "成都平原经济区",
        "成都平原经济区",
        "川南经济区",
        "川东北经济区",
        "四川省",
    )


def test_a_clusters_table_with_its_leading_city_a_score_and_a_grade_in_words_is_read() -> None:
    text = normalize(
        "表1 2024年度自治区级先进制造业集群主要指标及评估结果\n\n"
        "序号 集群名称 牵头城市 营业收入（亿元） 同比增长（%） 年末规上企业（家） 评估得分 等次\n"
        "1 柳州汽车集群 柳州市 2416.8 8.3 612 92.6 优秀\n"
        "2 钦州绿色化工新材料集群 钦州市 1688.5 11.6 198 88.7 优秀\n"
    ).text
    found = {f.value: f for f in figures(text, region="广西壮族自治区", ref=date(2025, 6, 30))}
    assert (found[1688.5].region, found[1688.5].indicator, found[88.7].unit) == (
        "钦州市",
        "钦州绿色化工新材料集群营业收入",
        "分",
    )


def test_a_rate_said_as_the_growth_of_what_follows_it_before_its_rank_is_that_growth() -> None:
    text = normalize("大陆各省区市上半年经济数据出炉，安徽以9.1%的工业增加值年增率居冠。").text
    found = figures(text, region="全国", ref=date(2025, 7, 28))
    assert [(f.region, f.indicator, f.measure) for f in found if f.value == 9.1] == [
        ("安徽省", "工业增加值", "yoy_growth_pct")
    ]


def test_a_tables_rows_go_on_under_a_label_of_what_they_are_grouped_by() -> None:
    text = normalize(
        "表1　规模以上工业生产情况\n\n指标名称	单位	1-11月	同比增长(%)\n规模以上工业增加值	—	—	9.4\n"
        "　按经济类型分：\n　　国有控股企业	—	—	6.1\n　　私营企业	—	—	8.9\n"
        "规模以上工业总产值	亿元	6871.53	10.1\n"
    ).text
    found = {f.value: f for f in figures(text, region="芜湖市", ref=date(2025, 12, 19))}
    assert (found[8.9].indicator, found[6871.53].measure) == ("私营企业", "amount")


def test_a_breakdown_by_place_ends_where_the_paragraph_turns_to_another_aspect() -> None:
    text = normalize(
        "今年一季度，四川省动力电池产量75.6GWh。\n从地区看，宜宾市一季度动力电池产量41.3GWh，占全省的54.6%。"
        "从产品结构看，磷酸铁锂电池产量62.1GWh，占全省动力电池产量的82.1%。\n"
    ).text
    found = {f.value: f.region for f in figures(text, region="四川省", ref=date(2026, 4, 16))}
    assert (found[41.3], found[62.1], found[82.1]) == ("宜宾市", "四川省", "四川省")


def test_an_events_figures_are_of_the_day_it_took_place_after_a_news_items_dateline() -> None:
    text = normalize(
        "本台讯（记者 刘晓敏 通讯员 郭文）3月17日上午，泰和县一季度重大项目集中签约仪式在泰和工业园区举行。"
        "现场共签约项目12个，总投资46.8亿元。\n\n"
        "本报讯 3月15日，记者从泰和县获悉，一季度，全县签约项目9个。\n"
    ).text
    found = {
        f.value: (f.period_start, f.period_end) for f in figures(text, region="泰和县", ref=date(2026, 3, 18))
    }
    # (a dateline's day, 3月15日，记者从…获悉, is no event's: the quarter stays the 9's)
    assert (found[12], found[46.8], found[9][0].month) == (
        (date(2026, 3, 17), date(2026, 3, 17)),
        (date(2026, 3, 17), date(2026, 3, 17)),
        1,
    )


def test_values_spread_over_places_a_clause_opens_on_are_theirs_not_the_last_of_a_list_before() -> None:
    text = normalize(
        "从产品生产地看，抽查合格率较高的是景德镇市、鹰潭市、新余市，分别为95.2%、93.8%、92.6%；"
        "上饶市、赣州市合格率相对较低，分别为81.4%、83.0%，低于全省平均水平5.9、4.3个百分点。\n"
        "袁州区、丰城市、高安市分别增长7.9%、7.6%和6.7%；宜丰县、奉新县受锂电、纺织行业下行影响，分别下降3.1%和1.4%。\n"
    ).text
    found = {f.value: f.region for f in figures(text, region="江西省", ref=date(2025, 11, 6))}
    # (宜丰县's fall is dropped or its own, never 丰城市's)
    assert (found[81.4], found[83.0], found[-5.9], found.get(-3.1, "宜丰县")) == (
        "上饶市",
        "赣州市",
        "上饶市",
        "宜丰县",
    )


def test_a_provinces_short_name_before_its_revenue_said_short_is_the_province() -> None:
    text = normalize("2023年，安徽营收增长9.8%，广东营收增速低于全国1.4个百分点。\n").text
    found = {f.value: f.region for f in figures(text, region="全国", ref=date(2024, 3, 19))}
    assert (found[9.8], found[-1.4]) == ("安徽省", "广东省")


def test_a_captions_key_places_are_the_places_its_table_lists_not_part_of_what_it_measures() -> None:
    text = normalize(
        "表　2023年我国新型显示产业重点省市营收情况\n省市	营收（亿元）	同比增长（%）	占全国比重（%）\n"
        "广东省	1318	4.2	27.7\n安徽省	846	9.8	17.8\n"
    ).text
    found = {f.value: f for f in figures(text, region="全国", ref=date(2024, 3, 19))}
    assert (found[846].region, found[846].indicator) == ("安徽省", "新型显示产业营业收入")


def test_a_zone_officials_turn_speaks_for_the_zone_both_posts_read() -> None:
    text = normalize(
        "《政企面对面》直播实录\n本期嘉宾：襄阳高新技术产业开发区党工委副书记、管委会主任  周立新\n"
        "主 持 人：晓雯\n\n"
        "主持人：上半年刚刚过去，高新区这份成绩单怎么样？\n\n"
        "周立新：上半年，高新区规上工业增加值同比增长8.6%，比全市高出1.9个百分点。\n"
    ).text
    found = {f.value: f.region for f in figures(text, region="襄阳市", ref=date(2025, 7, 18))}
    assert found[8.6] == "襄阳高新技术产业开发区"


def test_a_top_ten_tables_caption_names_what_its_bare_column_measures() -> None:
    text = normalize(
        "2024年上半年城市新能源汽车产量TOP10\n排名　城市　产量（万辆）　同比增长（%）\n"
        "1　深圳　86.3　29.4\n2　西安　52.6　21.8\n"
    ).text
    found = {f.value: f for f in figures(text, region="全国", ref=date(2024, 7, 29))}
    assert (found[52.6].region, found[52.6].indicator) == ("西安市", "新能源汽车产量")


def test_a_products_table_with_the_month_and_the_months_to_date_each_with_its_growth_is_read() -> None:
    text = normalize(
        "表2　主要工业产品产量\n"
        "产品名称            计量单位    5月       1-5月     5月增长(%)   1-5月增长(%)\n"
        "汽车                万辆        3.86      18.42     -2.3         1.9\n"
    ).text
    found = {
        f.value: (f.period_start, f.period_end) for f in figures(text, region="襄阳市", ref=date(2024, 6, 21))
    }
    assert (found[-2.3], found[1.9]) == (
        (date(2024, 5, 1), date(2024, 5, 31)),
        (date(2024, 1, 1), date(2024, 5, 31)),
    )


def test_a_quoted_reports_year_in_a_headline_is_the_year_its_whole_year_figures_are_of() -> None:
    text = normalize(
        "《2024年泉州市民营经济发展报告》摘要发布\n\n发布时间：2025-04-16 09:32\n\n"
        "全年全市民营经济实现增加值10436.2亿元，同比增长5.7%。\n"
    ).text
    meta = describe_document(text, "news.txt")
    found = {f.value: f.period_start for f in extract_figures(text, meta, [])}
    assert found[10436.2] == date(2024, 1, 1)


def test_a_paragraph_of_the_countrys_text_led_by_a_provinces_short_name_is_the_provinces() -> None:
    text = normalize(
        "国家统计局数据显示，2025年全国规模以上工业增加值比上年增长5.9%。\n\n"
        "湖北工业保持较快增长。全年规上工业增加值增长7.8%，高于全国1.9个百分点；高技术制造业增加值增长15.2%。\n"
    ).text
    found = {f.value: f.region for f in figures(text, region="全国", ref=date(2026, 2, 5))}
    assert (found[5.9], found[7.8], found[15.2]) == ("全国", "湖北省", "湖北省")


def test_taiwans_first_three_quarters_written_with_a_digit_report_the_months_to_date() -> None:
    text = (
        "江苏前3季出口年减1.9%\n\n2023/10/25 16:08\n\n"
        "南京海关今天公布，前3季江苏货物贸易进出口总值3.85兆元人民币，较去年同期减少3.2%。\n\n"
        "其中，出口2.48兆元人民币，年减1.9%；进口1.37兆元，年减5.5%。\n"
    )
    found = described_figures(text, "cna.txt")
    assert found[1.37].period_end == date(2023, 9, 30)
    assert "前3季" not in found[3.85].indicator


def test_a_count_in_corner_brackets_and_a_place_after_according_to_are_no_figure_and_no_region() -> None:
    text = "据昆山市台办资料，全市累计核准台资项目超过5600个。江苏省政府推出稳外贸「20条」措施。"
    found = {f.value: f for f in figures(text, region="江苏省", ref=date(2023, 10, 25))}
    assert 20 not in found
    assert found[5600].region != "据昆山市"


def test_a_paragraph_an_earlier_year_opens_goes_on_about_it_in_a_report_on_this_years_quarter() -> None:
    text = (
        "安徽制造业观察\n\n发布日期：2025年5月20日\n\n2025年第一季度，安徽规模以上工业增加值增长9.1%。\n\n"
        "2024年，安徽机电产品出口3720亿元，占全省出口总值的68.8%。新三样合计出口1065亿元，增长21.4%。\n"
    )
    found = described_figures(text, "note.txt")
    assert (found[1065].period_start, found[21.4].period_end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_quarters_release_stays_on_its_quarter_after_the_average_of_the_quarters_to_date() -> None:
    text = (
        "2025年第三季度工业生产指数\n\n统计暨普查局\n2025-12-05 16:00\n\n"
        "统计暨普查局资料显示，2025年第三季度工业生产指数为92.4，按年上升3.6%。\n\n"
        "2025年前三季度工业生产指数平均为90.1，按年上升2.2%。\n\n"
        "输往香港的本地产品占出口总值的41.5%。\n"
    )
    found = described_figures(text, "macao.txt")
    assert (found[41.5].period_start, found[41.5].period_end) == (date(2025, 7, 1), date(2025, 9, 30))


def test_a_plans_table_notes_its_base_year_as_estimates_and_its_bracketed_sums_are_changes() -> None:
    text = (
        "襄阳市国民经济和社会发展第十五个五年规划纲要\n\n2026年2月10日\n\n"
        "专栏1　“十五五”时期经济社会发展主要指标\n\n"
        "类别｜指标｜单位｜2025年｜2030年｜年均增长〔累计〕｜属性\n"
        "经济发展｜地区生产总值｜亿元｜6550｜8750｜6左右｜预期性\n"
        "　｜制造业增加值占地区生产总值比重｜%｜33.5｜35以上｜〔1.5〕｜预期性\n"
        "创新驱动｜高新技术企业数｜家｜1620｜2500｜〔880〕｜预期性\n\n"
        "注：1.2025年数据为预计数；2.〔〕内为五年累计数。\n"
    )
    found = described_figures(text, "plan.txt")
    assert (found[6550].status, found[33.5].status) == ("estimate", "estimate")
    assert (found[1.5].measure, found[1.5].status, found[1.5].period_start) == (
        "pp_change",
        "target",
        date(2026, 1, 1),
    )
    assert (found[880].measure, found[880].period_start, found[880].period_end) == (
        "amount",
        date(2026, 1, 1),
        date(2030, 12, 31),
    )


def test_a_firms_table_with_bare_growth_columns_reads_growths_whose_cells_say_percent() -> None:
    text = (
        "车企三季报出炉\n\n2024-10-31\n\n表：六家A股整车企业2024年前三季度业绩（单位：亿元）\n\n"
        "公司　　　　营业收入　　同比　　　　归母净利润　　同比\n"
        "比亚迪　　　5022.51　　　18.94%　　　252.38　　　　18.12%\n"
        "上汽集团　　4280.38　　　-13.85%　　 68.26　　　　 -52.17%\n\n数据来源：公司公告\n"
    )
    found = described_figures(text, "wrap.txt")
    assert (found[-13.85].measure, found[-13.85].indicator) == ("yoy_growth_pct", "上汽集团营业收入")
    assert found[18.12].indicator == "比亚迪归母净利润"


def test_a_quarter_said_in_full_before_a_firm_leaves_no_part_of_it_in_the_indicator() -> None:
    text = (
        "比亚迪三季报\n\n2024-10-31\n\n比亚迪业绩亮眼。第三季度公司实现营业收入2011.25亿元，同比增长24.04%。"
    )
    assert described_figures(text, "firm.txt")[2011.25].indicator == "公司营业收入"


def test_funds_already_won_and_projects_done_after_a_plans_clause_are_outcomes() -> None:
    text = (
        "1—9月，全省累计争取超长期特别国债和中央预算内投资支持省重点项目资金186.3亿元。"
        "计划年内竣工或部分竣工项目54个，已竣工（含部分竣工）31个。"
    )
    found = {f.value: f for f in figures(text, region="湖南省", ref=date(2025, 10, 17))}
    assert (found[186.3].status, found[31].status, found[54].status) == ("actual", "actual", "target")


def test_county_level_places_named_in_full_then_by_short_name_or_as_the_banner_are_theirs() -> None:
    text = (
        "县域工业“挑大梁”\n\n2024-08-13\n\n在再次位居百强县榜首的江苏昆山市，电子信息产业加快升级。"
        "2023年，昆山实现地区生产总值5140.6亿元，同比增长5.8%。\n\n"
        "在内蒙古鄂尔多斯市准格尔旗，能源产业正加快延伸。上半年，该旗生产原煤1.38亿吨，同比增长2.4%。"
        "目前，全旗在建重大工业项目38个。\n\n全国县域经济稳步增长，已有12个省份出台专门文件。\n"
    )
    found = described_figures(text, "county.txt")
    assert (found[5140.6].region, found[5.8].region) == ("昆山市", "昆山市")
    assert (found[1.38].region, found[38].region) == ("准格尔旗", "准格尔旗")


def test_a_years_count_said_with_gong_is_done_and_a_place_tables_columns_name_the_captions_firms() -> None:
    text = (
        "长沙新增436家省级专精特新中小企业\n\n发布时间：2025-08-19 16:32\n\n"
        "从申报情况看，今年全市共推荐申报企业587家，认定通过率达74.3%。\n\n"
        "附件：2025年度长沙市新认定省级专精特新中小企业分区县（市）统计表\n\n"
        "序号｜区县（市）｜新认定数量（家）｜占全市比重（%）｜有效期内累计（家）\n"
        "1｜长沙县｜82｜18.8｜452\n2｜岳麓区｜76｜17.4｜398\n"
    )
    found = described_figures(text, "notice.txt")
    assert (found[587].status, found[74.3].status) == ("actual", "actual")
    assert "专精特新" in found[18.8].indicator and "专精特新" in found[398].indicator


def test_a_monthly_price_releases_paragraph_headline_leaves_the_month_to_its_figures() -> None:
    text = (
        "2024年8月份宜昌市工业生产者价格运行简析\n\n发布日期：2024-09-19\n\n"
        "8月份，全市工业生产者出厂价格同比下降2.3%。1-8月，全市工业生产者出厂价格同比下降2.7%。\n\n"
        "（一）生产资料价格降幅大于生活资料。8月份，生产资料价格同比下降3.1%。生活资料价格同比上涨0.4%。\n"
    )
    found = described_figures(text, "ppi.txt")
    assert (found[0.4].period_start, found[0.4].period_end) == (date(2024, 8, 1), date(2024, 8, 31))


def test_a_prices_change_to_date_said_as_cumulative_leaves_a_monthly_release_on_its_month() -> None:
    text = (
        "2024年8月份宜昌市工业生产者价格运行简析\n\n发布日期：2024-09-19\n\n"
        "8月份，全市PPI同比下降2.3%，1-8月累计涨幅低于全国0.6个百分点。\n\n"
        "从行业看，医药制造业价格下降0.8%。\n"
    )
    found = described_figures(text, "ppi.txt")
    assert found[-0.8].period_start == date(2024, 8, 1)


def test_a_prices_change_over_the_months_to_date_leaves_a_monthly_release_on_its_month() -> None:
    text = (
        "2024年8月份宜昌市工业生产者价格运行简析\n\n发布日期：2024-09-19\n\n"
        "8月份，全市工业生产者出厂价格同比下降2.3%。1-8月，全市工业生产者出厂价格同比下降2.7%。\n\n"
        "从主要行业看，医药制造业价格下降0.8%。\n\n三、1—8月工业生产者价格变动情况\n\n"
        "燃料、动力类价格下降7.2%。\n"
    )
    found = described_figures(text, "ppi.txt")
    assert (found[-0.8].period_start, found[-7.2].period_start) == (date(2024, 8, 1), date(2024, 1, 1))


def test_a_fall_each_above_a_tenth_is_a_growth_rate() -> None:
    text = "8月份，磷酸一铵、草甘膦等产品价格降幅均超过一成，磷肥价格涨幅都超过两成。"
    found = figures(text, region="宜昌市", ref=date(2024, 9, 19))
    assert {(f.measure, f.value_base) for f in found} >= {("yoy_growth_pct", -10.0), ("yoy_growth_pct", 20.0)}
    assert all(f.measure == "yoy_growth_pct" for f in found)


def test_a_part_larger_than_the_net_addition_before_it_is_a_part_of_the_total_that_stands() -> None:
    text = (
        "截至2025年底，移动电话用户总数达18.2亿户，全年净增2988万户。"
        "其中，5G移动电话用户达11.6亿户，占移动电话用户的63.7%。"
    )
    found = {f.value: f for f in figures(text, region="全国", ref=date(2026, 1, 22))}
    assert (found[11.6].period_start, found[11.6].period_end) == (date(2025, 12, 31), date(2025, 12, 31))
    assert found[2988].period_start == date(2025, 1, 1)


def test_a_projects_expected_output_at_capacity_in_a_signing_table_is_an_estimate_of_no_period() -> None:
    text = (
        "芜湖经开区2025年8月招商引资月报\n\n发布时间：2025-09-05\n\n表1　8月份签约项目情况\n\n"
        "序号\t项目名称\t签约企业\t协议总投资（亿元）\t预计达产年产值（亿元）\t签约时间\n"
        "1\t新能源汽车一体化压铸件生产基地项目\t浙江瑞铖精密压铸股份有限公司\t25.00\t38\t8月6日\n"
        "2\t动力电池结构件及热管理系统项目\t江苏恒驰新能源科技有限公司\t18.50\t26\t8月6日\n"
    )
    found = described_figures(text, "report.txt")
    assert (found[38].status, found[38].period_start, found[38].period_end) == ("estimate", None, None)
    assert found[25].status == "actual"


def test_this_years_orders_that_fell_short_of_last_years_are_an_outcome_and_a_fall() -> None:
    text = "厦门市台商协会会长说，他在海沧的机械零件厂今年订单比去年同期少了约两成。"
    found = figures(text, region="福建省", ref=date(2023, 9, 18))
    assert [(f.measure, f.status, f.value_base) for f in found] == [("yoy_growth_pct", "actual", -20.0)]


def test_a_mid_term_reviews_table_reads_each_average_after_the_year_it_runs_to() -> None:
    text = (
        "宁海县“十四五”规划纲要实施中期评估报告\n\n2023年11月8日\n\n"
        "表1  宁海县“十四五”规划主要经济指标中期实现情况\n"
        "序号\t指标名称\t单位\t2020年基数\t2025年目标\t年均增长目标（%）\t2022年实际\t"
        "2021—2022年年均增长（%）\t评估结论\n"
        "1\t地区生产总值\t亿元\t722.3\t1000\t6.5\t865.4\t6.1\t基本符合进度\n"
        "2\t规模以上工业增加值\t亿元\t236.8\t—\t8左右\t291.5\t8.7\t快于进度\n"
    )
    found = described_figures(text, "review.txt")
    assert (found[6.5].measure, found[6.5].status) == ("avg_growth_pct", "target")
    assert (found[6.5].period_start, found[6.5].period_end) == (date(2021, 1, 1), date(2025, 12, 31))
    assert (found[8.7].measure, found[8.7].status) == ("avg_growth_pct", "actual")
    assert (found[8.7].period_start, found[8.7].period_end) == (date(2021, 1, 1), date(2022, 12, 31))
    assert (found[865.4].status, found[865.4].period_start) == ("actual", date(2022, 1, 1))


def test_the_country_named_before_an_industrys_size_and_a_city_that_gathers_firms_are_subjects() -> None:
    text = (
        "湖南低空经济2024年规模突破500亿元。长沙集聚的低空经济企业占全省近四成。"
        "2023年中国低空经济规模达到5059.5亿元，增速为33.8%。中国石化湖南石油分公司销售额增长5.2%。"
    )
    found = {f.value_base: f for f in figures(text, region="湖南省", ref=date(2025, 2, 19))}
    assert (found[40.0].region, found[33.8].region) == ("长沙市", "全国")
    assert found[5.2].region == "湖南省"


def test_an_events_figures_told_in_the_paragraphs_after_it_are_of_its_day() -> None:
    text = (
        "江西省重大项目集中开工活动举行\n\n发布时间：2025-04-08 17:26\n\n"
        "4月8日上午，全省2025年第二批重大项目集中开工活动举行。省领导出席并宣布项目开工。\n\n"
        "据了解，本批集中开工重大项目共1286个，总投资8436.2亿元。项目呈现规模大、结构好的特点：\n\n"
        "——从项目类型看，产业项目812个、总投资5120.6亿元，占总投资的60.7%。\n\n"
        "数据显示，1—3月，全省固定资产投资增长5.6%。实际到位资金586.3亿元。加上本次开工的项目，总数超过2000个。\n"
    )
    found = described_figures(text, "news.txt")
    day = (date(2025, 4, 8), date(2025, 4, 8))
    assert (found[1286].period_start, found[1286].period_end) == day
    assert (found[812].period_start, found[812].period_end) == day
    assert (found[586.3].period_start, found[586.3].period_end) == (date(2025, 1, 1), date(2025, 3, 31))


def test_places_set_against_the_one_before_take_the_lead_growth() -> None:
    text = "上半年，广东规上工业增加值增长4.1%。东莞则仅增长1.2%，佛山更下降0.6%，深圳也增长11.2%。"
    found = {f.value: f for f in figures(text, region="广东省", ref=date(2024, 7, 26))}
    assert [(found[v].region, found[v].indicator) for v in (1.2, -0.6, 11.2)] == [
        ("东莞市", "规模以上工业增加值"),
        ("佛山市", "规模以上工业增加值"),
        ("深圳市", "规模以上工业增加值"),
    ]


def test_a_hong_kong_papers_own_territory_is_hong_kong() -> None:
    text = "广东去年出口增长0.3%。去年12月本港商品整体出口货值为4005亿港元，按年上升11.3%。"
    found = {f.value: f for f in figures(text, region="广东省", ref=date(2024, 1, 26))}
    assert (found[11.3].region, found[11.3].indicator) == ("香港特别行政区", "商品整体出口货值")


def test_a_hong_kong_papers_bracketed_masthead_dates_the_page_and_a_letter_font_switcher_is_chrome() -> None:
    text = (
        "香港经济日报hket.com | 即时新闻 | 中国频道\n\n逾六成港商订单按年减少 东莞五金厂：做一单算一单\n\n"
        "【香港经济日报】  2023年11月14日  星期二  06:00\n撰文：梁嘉欣\n\n"
        "字体　A　A　A　｜　分享　Facebook　WhatsApp　列印\n\n"
        "今年首三季东莞规模以上工业增加值按年增长2.1%。\n"
    )
    normalized = normalize(text).text
    meta = describe_document(normalized, "hket.txt")
    headline = "逾六成港商订单按年减少 东莞五金厂：做一单算一单"
    assert (meta.published_on, meta.title) == (date(2023, 11, 14), headline)


def test_hong_kong_wording_of_falls_tenths_and_the_first_three_quarters() -> None:
    text = (
        "首三季东莞进出口跌逾一成。订单按年增加的厂商只有约一成半。"
        "深圳表现较佳，首三季规上工业增加值增长4.9%。"
    )
    found = {f.value_base: f for f in figures(text, region="广东省", ref=date(2023, 11, 14))}
    assert (found[-10.0].measure, found[-10.0].region, found[-10.0].indicator) == (
        "yoy_growth_pct",
        "东莞市",
        "进出口",
    )
    assert 15.0 in found
    assert (found[4.9].region, found[4.9].indicator) == ("深圳市", "规模以上工业增加值")
    assert (found[4.9].period_start, found[4.9].period_end) == (date(2023, 1, 1), date(2023, 9, 30))


def test_a_percentage_of_respondents_counts_those_who_said_so_also_after_a_surveys_colon() -> None:
    text = (
        "调查发现，62%受访厂商表示今年订单按年减少。对港进出口跌4.1% 厂商会调查：逾四成会员拟缩减在粤产能。"
    )
    found = {f.value_base: f for f in figures(text, region="广东省", ref=date(2023, 11, 14))}
    assert (found[62.0].measure, found[62.0].indicator) == ("share_pct", "表示今年订单按年减少的受访厂商占比")
    assert (found[40.0].measure, found[40.0].indicator) == ("share_pct", "拟缩减在粤产能的会员占比")


def test_a_places_body_named_at_the_head_of_its_page_gives_the_place() -> None:
    text = (
        "澳门特别行政区政府统计暨普查局\nDirecção dos Serviços de Estatística e Censos\n\n"
        "2024年第3季工业生产指数\n\n发布日期：2024年11月28日\n\n"
        "统计暨普查局资料显示，2024年第3季工业生产总指数为88.6，按年下跌3.4%。\n"
    )
    assert describe_document(normalize(text).text, "dsec.txt").region == "澳门特别行政区"
    assert described_figures(text, "dsec.txt")[-3.4].region == "澳门特别行政区"


def test_a_quarters_release_turns_to_the_quarters_to_date_for_the_paragraph_they_open() -> None:
    text = (
        "澳门特别行政区政府统计暨普查局\n\n2024年第3季工业生产指数\n\n发布日期：2024年11月28日\n\n"
        "2024年第3季工业生产总指数为88.6，按年下跌3.4%，主要是由于制造业生产指数按年下跌8.9%。\n\n"
        "综合2024年首三季，工业生产总指数平均为87.9，按年下跌2.6%。其中，制造业指数下跌7.1%。\n\n"
        "第3季本地发电量按年减少4.8%。\n"
    )
    found = described_figures(text, "dsec.txt")
    assert (found[-7.1].period_start, found[-7.1].period_end) == (date(2024, 1, 1), date(2024, 9, 30))
    assert (found[-4.8].period_start, found[-4.8].period_end) == (date(2024, 7, 1), date(2024, 9, 30))


def test_a_clause_that_sets_the_country_against_the_place_with_er_is_the_countrys() -> None:
    text = "2024年，湖南工程机械营业收入2800亿元，而同期全国工程机械行业营业收入约1.1万亿元。"
    found = {f.value: f for f in figures(text, region="湖南省", ref=date(2026, 1, 21))}
    assert (found[1.1].region, found[1.1].indicator) == ("全国", "工程机械行业营业收入")


def test_a_plans_one_year_of_goals_with_their_growth_beside_them_in_percent_cells() -> None:
    text = (
        "南城县工业园区2024年工作总结\n\n发布时间：2025-01-14\n\n2025年园区主要预期目标如下：\n\n"
        "序号\t指标名称\t单位\t2025年目标\t同比增长\n"
        "1\t规上工业总产值\t亿元\t205\t10%以上\n"
        "2\t规上工业增加值\t—\t—\t8.5%左右\n"
        "3\t工业固定资产投资\t亿元\t36.5\t12%\n"
    )
    cleaned = normalize(text).text
    read = extract_figures(cleaned, describe_document(cleaned, "plan.txt"))
    found = {(f.measure, f.value): f for f in read}
    assert {(m, v, f.status, f.qualifier) for (m, v), f in found.items() if m == "yoy_growth_pct"} == {
        ("yoy_growth_pct", 10.0, "target", "at_least"),
        ("yoy_growth_pct", 8.5, "target", "approx"),
        ("yoy_growth_pct", 12.0, "target", "exact"),
    }
    assert found[("amount", 36.5)].indicator == "工业固定资产投资"


def test_a_policys_terms_of_whom_it_rewards_are_thresholds_not_figures() -> None:
    text = (
        "对2024年一季度产值同比增长15%以上且增量在2000万元以上的规模以上工业企业，给予一次性奖励20万元。"
        "2024年全市规上工业增加值力争增长9%。"
    )
    found = {f.value: f for f in figures(text, region="宜昌市", ref=date(2024, 2, 22))}
    assert 15.0 not in found and 2000.0 not in found
    assert found[9.0].measure == "yoy_growth_pct"


def test_a_district_that_brought_in_funds_or_signed_projects_is_the_subject() -> None:
    text = (
        "2025年，全市到位资金1028.5亿元。涪城区到位资金262.5亿元，居全市第1位。"
        "北川羌族自治县到位资金增速达11.7%。"
    )
    found = {f.value: f for f in figures(text, region="绵阳市", ref=date(2026, 1, 16))}
    assert (found[262.5].region, found[262.5].indicator) == ("涪城区", "到位资金")
    assert found[11.7].region == "北川羌族自治县"


def test_a_range_with_its_power_unit_said_on_both_ends_is_one_figure() -> None:
    text = "预计2025年全年国内光伏新增装机规模在270GW至300GW之间。"
    found = figures(text, region="全国", ref=date(2025, 8, 31))
    assert [(f.value, f.value_max, f.unit) for f in found] == [(270.0, 300.0, "GW")]


def test_a_listed_county_whose_name_opens_on_a_numeral_is_a_place() -> None:
    text = (
        "绵阳市投资促进局\n\n2025年，三台县实现到位资金108.8亿元。\n\n"
        "县市区　　签约项目（个）　　协议投资额（亿元）\n江油市　　54　　311.7\n三台县　　43　　206.5\n"
    )
    found = described_figures(text, "mianyang.txt")
    assert (found[108.8].region, found[108.8].indicator) == ("三台县", "到位资金")
    assert (found[43].region, found[206.5].region) == ("三台县", "三台县")


def test_a_comparison_with_last_years_programme_leaves_the_indicator() -> None:
    text = "本批拟认定的省级绿色工厂168家，数量比上年度（145家）增长15.9%。"
    found = {f.value: f for f in figures(text, region="江西省", ref=date(2023, 12, 8))}
    assert found[15.9].indicator == "数量"


def test_a_county_level_city_whose_name_ends_on_xiang_is_the_texts_own() -> None:
    text = (
        "湖南日报\n\n宁乡“铁家伙”组团闯世界\n上半年全市工程机械出口额同比增长37.4%\n\n"
        "来源：湖南日报　　2024-07-23 07:35:12\n\n"
        "一台台高空作业平台将搭乘中欧班列（长沙）发往哈萨克斯坦。"
        "记者从宁乡市商务局获悉，今年1至6月，宁乡市工程机械出口额达28.6亿元，同比增长37.4%，"
        "高于全市外贸出口增速21.8个百分点。全市工程机械及配套产业实现产值412.3亿元。\n"
    )
    assert describe_document(normalize(text).text, "nx.txt").region == "宁乡市"
    assert described_figures(text, "nx.txt")[412.3].region == "宁乡市"


def test_an_outlets_app_byline_under_the_headline_is_not_joined_to_it() -> None:
    text = (
        "潮新闻 > 财经 > 区域经济\n\n2024赛迪百强县榜单发布：浙江17县（市）入围，慈溪跻身全国第六\n\n"
        "潮新闻客户端　记者　沈佳怡　通讯员　王哲\n2024-07-26 09:32　　来源：潮新闻\n\n"
        "7月25日，赛迪顾问发布《2024中国县域经济百强研究》。\n"
    )
    meta = describe_document(normalize(text).text, "chao.txt")
    assert meta.title == "2024赛迪百强县榜单发布：浙江17县（市）入围，慈溪跻身全国第六"


def test_a_release_dated_in_the_republics_years_is_read_in_the_common_eras() -> None:
    text = (
        "經濟部全球資訊網\n:::　網站導覽｜English｜常見問答｜RSS　　字級設定：小　中　大\n"
        "首頁 > 新聞與公告 > 本部新聞\n\n114年9月工業生產年增11.84%，製造業生產年增12.37%\n\n"
        "發布日期：114-10-23\n發布單位：統計處\n分享：Facebook　Line　X　｜　列印\n\n"
        "　　經濟部統計處今（23）日發布114年9月工業生產統計。9月工業生產較上年同月增加11.84%。"
        "合計資訊電子產業年增27.48%。\n"
    )
    cleaned = normalize(text).text
    assert "114" not in cleaned and "分享" not in cleaned and ":::" not in cleaned
    meta = describe_document(cleaned, "tw.txt")
    assert (meta.title, meta.published_on) == (
        "2025年9月工业生产年增11.84%，制造业生产年增12.37%",
        date(2025, 10, 23),
    )
    assert meta.region == "台湾省"
    found = described_figures(text, "tw.txt")
    assert (found[27.48].region, found[27.48].period_start) == ("台湾省", date(2025, 9, 1))


def test_a_page_dated_in_the_common_era_keeps_its_hundred_years() -> None:
    text = "发布日期：2025-10-23\n\n该企业成立于1925年，迄今已有100年历史，2024年实现营业收入113亿元。"
    assert "100年" in normalize(text).text


def test_a_town_of_a_one_character_name_is_told_by_its_own_body() -> None:
    text = (
        "寿光市人民政府 | 信息公开 > 镇街信息公开 > 侯镇 > 计划总结\n\n"
        "发布机构：侯镇人民政府\n发布日期：2023-12-20\n\n侯镇人民政府2023年工作总结和2024年工作打算\n\n"
        "2023年，侯镇坚持“工业强镇”发展思路。1-11月，完成规模以上工业总产值312.6亿元，增长8.4%。"
        "全镇高新技术企业总数达到19家。\n"
    )
    assert describe_document(normalize(text).text, "hou.txt").region == "侯镇"
    assert described_figures(text, "hou.txt")[312.6].region == "侯镇"


def test_a_press_releases_dateline_dates_it_and_its_city_is_not_the_texts() -> None:
    text = (
        "中国英国商会\n新闻中心 > 新闻稿\n\n新闻稿｜中国英国商会发布《2024年英国在华企业商业信心调查》\n\n"
        "英国在华企业信心有所回升，对中国市场长期前景保持审慎乐观\n\n2024年5月16日，北京\n\n"
        "　　中国英国商会今日在北京发布调查。共收到来自北京、上海、广州、成都等地的326家会员企业的"
        "有效回复。\n\n"
        "　　投资计划方面，27%的受访企业计划在2024年扩大在华投资；22%的受访企业表示正在考虑将部分投资转移至"
        "其他市场，这一比例较上年下降3个百分点。\n"
    )
    meta = describe_document(normalize(text).text, "uk.txt")
    assert (meta.reference_date, meta.region) == (date(2024, 5, 16), "全国")
    found = described_figures(text, "uk.txt")
    assert (found[27].status, found[22].status, found[-3].status) == ("actual", "actual", "actual")


def test_a_round_up_of_provinces_credits_each_paragraph_to_the_province_it_opens_on() -> None:
    text = (
        "国家统计局数据显示，上半年，全国规模以上工业增加值同比增长6.0%。\n\n"
        "工业第一大省江苏，上半年规模以上工业增加值同比增长8.6%。其中，高技术制造业增加值增长11.2%。\n\n"
        "安徽汽车产业持续发力。上半年，全省汽车产量145.6万辆，增长27.8%。\n\n"
        "山东上半年规上工业增加值增长8.2%。截至6月底，全省累计培育专精特新“小巨人”企业1176家。\n"
    )
    found = {f.value: f for f in figures(text, region="全国", ref=date(2024, 7, 24))}
    assert (found[8.6].region, found[11.2].region) == ("江苏省", "江苏省")
    assert (found[145.6].region, found[1176].region) == ("安徽省", "山东省")


def test_the_texts_own_province_named_again_after_a_paragraph_on_one_of_its_cities() -> None:
    text = (
        "香港經濟日報\n\n大灣區廠商訂單轉弱\n\n2023年10月25日\n\n"
        "广东全省规上工业增加值增长3.1%。\n\n"
        "深圳表现较佳，首三季规上工业增加值增长4.9%。以全省计，首三季广东出口4.04万亿元人民币，按年增长2.8%。"
    )
    found = described_figures(text, "hket.txt")
    assert (found[4.9].region, found[4.04].region) == ("深圳市", "广东省")


def test_a_reports_own_publication_date_line_is_neither_its_title_nor_its_year() -> None:
    text = (
        "安徽华骋汽车零部件股份有限公司\n2025年度环境、社会及公司治理（ESG）报告（节选）\n\n"
        "报告发布日期：2026年4月20日\n\n关于本报告\n报告时间范围为2025年1月1日至2025年12月31日。"
        "公司总部位于安徽省芜湖市。\n\n（一）能源管理\n全年综合能源消费量8.62万吨标准煤，同比下降3.4%。\n"
    )
    meta = describe_document(normalize(text).text, "esg.txt")
    assert (meta.title, meta.published_on) == (
        "2025年度环境、社会及公司治理（ESG）报告（节选）",
        date(2026, 4, 20),
    )
    assert described_figures(text, "esg.txt")[8.62].period_start == date(2025, 1, 1)


def test_the_investment_said_after_a_count_of_projects_is_those_projects() -> None:
    text = (
        "2025年省重点建设项目共412个，其中续建项目236个，年度计划投资3912亿元；"
        "新开工项目176个，年度计划投资2438亿元。签约先进制造业项目214个，协议投资额1860亿元。"
    )
    found = {f.value: f for f in figures(text, region="江西省", ref=date(2025, 2, 18))}
    assert found[3912].indicator.startswith("续建项目")
    assert found[2438].indicator.startswith("新开工项目")
    assert "先进制造业项目" in found[1860].indicator


def test_a_count_reached_in_all_by_the_paragraphs_horizon_stands_at_its_end() -> None:
    text = (
        "河南省工业和信息化厅\n\n《河南省制造业数字化转型实施方案（2024—2026年）》政策解读\n\n"
        "发布日期：2024-06-14\n\n问：《实施方案》提出了哪些主要目标？\n\n"
        "答：《实施方案》提出到2026年，全省制造业数字化转型取得显著成效。具体来看：一是标杆示范更加凸显，"
        "新建省级智能工厂和智能车间600个以上，国家级智能制造示范工厂累计达到25家以上。\n"
    )
    found = described_figures(text, "henan.txt")
    assert (found[25].status, found[25].period_start, found[25].period_end) == (
        "target",
        date(2026, 12, 31),
        date(2026, 12, 31),
    )
    assert found[600].period_end == date(2026, 12, 31)


def test_a_table_of_index_levels_reads_this_months_last_months_and_their_change() -> None:
    text = (
        "中国中小企业协会\n\n2025年5月中国中小企业发展指数\n\n发布日期：2025-06-27\n\n"
        "5月份，中国中小企业发展指数为89.4。\n\n表2分行业指数\n\n"
        "行业  本月  上月  增减\n工业  90.8  90.5  0.3\n建筑业  98.2  98.4  -0.2\n"
    )
    found = described_figures(text, "smedi.txt")
    assert (found[90.8].period_start, found[90.5].period_start) == (date(2025, 5, 1), date(2025, 4, 1))
    assert found[90.8].indicator.startswith("工业") and found[90.8].indicator.endswith("指数")
    assert (found[-0.2].measure, found[-0.2].period_start) == ("pp_change", date(2025, 5, 1))


def test_a_table_of_index_levels_by_quarter_reads_each_quarters_level_and_growth() -> None:
    text = (
        "澳门特别行政区政府统计暨普查局\n\n2024年第3季工业生产指数\n\n发布日期：2024-12-09\n\n"
        "2024年第3季工业生产总指数为88.6。\n\n表一：工业生产指数（基期：2021年）\n\n"
        "行业|2023年第3季|2024年第3季|按年变动（%）\n制造业|84.3|76.8|-8.9\n成衣业|58.4|45.9|-21.4\n"
    )
    found = described_figures(text, "dsec.txt")
    assert (found[84.3].period_start, found[76.8].period_start) == (date(2023, 7, 1), date(2024, 7, 1))
    assert (found[-8.9].measure, found[-8.9].period_end) == ("yoy_growth_pct", date(2024, 9, 30))


def test_a_city_named_before_an_industrys_output_is_its_subject_but_a_kind_of_town_is_none() -> None:
    text = (
        "2025年，贺州碳酸钙产业产值达到486亿元，增长14.2%。钦州的到位资金增速居全区第一。"
        "玉林新签约大湾区产业转移项目186个。全省专业镇特色产业产值3.21万亿元，增长5.3%。"
    )
    found = {f.value: f for f in figures(text, region="广西壮族自治区", ref=date(2026, 3, 16))}
    assert (found[486].region, found[14.2].region, found[186].region) == ("贺州市", "贺州市", "玉林市")
    assert found[3.21].region == "广西壮族自治区"


def test_a_districts_account_names_it_by_its_bureau_though_its_name_holds_a_verbs_character() -> None:
    text = (
        "数说武进丨前三季度武进经济“成绩单”出炉！\n\n原创 武进统计 数说武进 2025年10月28日 17:46 江苏\n\n"
        "今年以来，全区上下全力以赴拼经济。前三季度，全区实现地区生产总值2386.47亿元，同比增长6.1%，"
        "增速高于全市0.4个百分点、高于全省0.5个百分点。全区规上工业增加值同比增长8.3%。\n\n"
        "来源：武进区统计局\n"
    )
    assert describe_document(normalize(text).text, "wj.txt").region == "武进区"
    assert described_figures(text, "wj.txt")[2386.47].region == "武进区"


def test_a_plans_years_with_a_remark_column_between_them_are_read() -> None:
    text = (
        "长兴县人民政府\n\n长兴县“十四五”规划纲要实施中期评估报告（节选）\n\n发布日期：2023-11-17\n\n"
        "表1　工业和创新领域主要指标实施进度\n\n"
        "序号｜指标名称｜单位｜2020年基期值｜2025年目标值｜指标属性｜2022年完成值｜进度评价\n"
        "3｜规模以上工业营业收入｜亿元｜1385.2｜2200｜预期性｜1906.4｜超出预期\n"
        "11｜5G基站｜个｜612｜2500｜预期性｜1732｜符合预期\n"
    )
    found = described_figures(text, "cx.txt")
    assert (found[1385.2].period_start, found[1385.2].status) == (date(2020, 1, 1), "actual")
    assert (found[2200].period_start, found[2200].status) == (date(2025, 1, 1), "target")
    assert (found[1906.4].period_start, found[1906.4].status) == (date(2022, 1, 1), "actual")
    assert found[2500].indicator == "5G基站"


def test_a_price_tables_month_on_month_column_named_with_its_month_is_left_and_the_rest_read() -> None:
    text = (
        "附表\n2024年5月份全省工业生产者价格主要数据\n单位：%\n"
        "指标名称  5月环比  5月同比  1—5月同比\n生产资料  0.2  -2.3  -2.8\n采掘  0.9  1.8  -0.6\n"
    )
    found = {f.value: f for f in figures(text, region="湖北省", ref=date(2024, 6, 17))}
    assert (found[-2.8].measure, found[-2.8].period_start) == ("yoy_growth_pct", date(2024, 1, 1))
    assert (found[-2.3].period_start, found[-2.3].period_end) == (date(2024, 5, 1), date(2024, 5, 31))
    assert 0.2 not in found and 0.9 not in found


def test_ranks_listed_without_their_second_di_go_to_the_places_of_their_own_part_of_the_sentence() -> None:
    hubei = (
        "2026年度第一批省级专精特新中小企业共1268家。从地区分布看，武汉市认定418家，居各市州首位；"
        "襄阳市、宜昌市分别以128家、117家位列第二、三位。"
    )
    ranks = {
        f.value: f.region
        for f in figures(hubei, region="湖北省", ref=date(2026, 7, 3))
        if f.measure == "rank"
    }
    assert (ranks[2], ranks[3]) == ("襄阳市", "宜昌市")
    hunan = (
        "前三季度，全省规上工业增加值增长5.5%。长沙市、益阳市分别增长7.0%、6.8%；"
        "张家界市、湘西州分别增长5.1%、4.6%，位列第13、14位。"
    )
    ranks = {
        f.value: f.region
        for f in figures(hunan, region="湖南省", ref=date(2024, 10, 28))
        if f.measure == "rank"
    }
    assert (ranks[13], ranks[14]) == ("张家界市", "湘西土家族苗族自治州")


def test_a_listed_firms_report_template_instruction_and_checkbox_lend_no_status() -> None:
    text = (
        "第三节 重要事项\n\n公司应当根据重要性原则，说明报告期内公司经营情况的重大变化，"
        "以及报告期内发生的对公司经营情况有重大影响和预计未来会有重大影响的事项\n√适用 □不适用\n"
        "报告期内，公司实现营业收入12.86亿元，同比增长21.67%。\n"
    )
    cleaned = normalize(text).text
    assert "适用" not in cleaned and "重要性原则" not in cleaned
    found = {f.value: f for f in figures(text, region="宁波市", ref=date(2023, 8, 25))}
    assert (found[12.86].status, found[21.67].status) == ("actual", "actual")


def test_a_goal_set_at_the_years_start_is_the_places_and_of_its_indicator() -> None:
    found = figures("广东今年初订定的GDP成长目标为5%左右。广东年初制定的GDP增长目标为5%左右。", region="全国")
    assert [(f.region, f.indicator, f.status) for f in found] == [("广东省", "地区生产总值", "target")] * 2


def test_a_towns_name_holds_its_county_level_citys_only_before_it_and_in_full() -> None:
    text = (
        "海宁市许村镇人民政府2024年政府信息公开工作年度报告\n\n发布机构：海宁市许村镇人民政府\n"
        "发布日期：2025-01-23\n\n2024年，全镇实现地区生产总值146.8亿元，同比增长6.3%。\n"
    )
    assert describe_document(normalize(text).text, "xc.txt").region == "海宁市许村镇"


def test_hours_of_use_are_a_measured_time() -> None:
    text = "2023年，全省风电、光伏发电平均利用小时数分别为2036小时、1087小时。"
    found = {f.value: f for f in figures(text, region="贵州省", ref=date(2024, 2, 6))}
    assert (found[2036].indicator, found[1087].indicator) == ("风电平均利用小时数", "光伏发电平均利用小时数")


def test_what_follows_a_bracket_of_parts_is_of_the_figure_before_the_bracket() -> None:
    text = (
        "截至2023年底，全省新能源装机2893万千瓦（风电712万千瓦、光伏发电2181万千瓦），"
        "占全省发电总装机的33.5%，较上年末提高6.8个百分点。"
    )
    found = {f.value: f for f in figures(text, region="贵州省", ref=date(2024, 2, 6))}
    assert found[33.5].indicator.startswith("新能源装机占")
    assert found[6.8].indicator == found[33.5].indicator


def test_a_listed_things_place_after_columns_of_who_it_is_of_is_the_rows_region() -> None:
    text = (
        "关于公布2024年度常州市制造业“揭榜挂帅”项目入选名单的通知\n\n发布日期：2024-09-12\n\n"
        "附件：入选名单\n\n序号｜榜单名称｜发榜单位｜揭榜单位｜所在地区｜总投资（万元）｜支持资金（万元）\n"
        "1｜大尺寸钠离子电池正极材料制备技术｜常州瑞储新能源科技有限公司｜常州大学｜金坛区｜6500｜300\n"
        "2｜谐波减速器柔轮寿命提升技术｜江苏精锐传动科技有限公司｜江苏理工学院｜武进区｜3800｜260\n"
    )
    found = described_figures(text, "cz.txt")
    assert (found[6500].region, found[300].region) == ("金坛区", "金坛区")
    assert found[260].region == "武进区"


def test_copies_count_but_not_a_print_run_or_a_surveys_questionnaires() -> None:
    text = "全年共收到揭榜方案47份，收回有效问卷108份。\n\n市统计局综合科（共印40份）"
    found = {f.value for f in figures(text, region="常州市", ref=date(2024, 9, 12))}
    assert 47 in found and 108 not in found and 40 not in found


def test_a_tours_stops_named_after_the_preposition_are_the_places_of_their_figures() -> None:
    text = (
        "在息县，光伏组件项目一期已建成投产，上半年实现产值8.6亿元。在平桥区，总投资18.5亿元的绿色建材"
        "产业园项目正加紧推进，目前已完成投资11.2亿元，完成率60.5%。"
    )
    found = {f.value: f for f in figures(text, region="信阳市", ref=date(2023, 7, 21))}
    assert (found[8.6].region, found[18.5].region, found[11.2].region) == ("息县", "平桥区", "平桥区")
    assert found[18.5].indicator == "绿色建材产业园项目总投资"
    assert found[11.2].indicator == "绿色建材产业园项目完成投资"


def test_a_county_of_the_texts_city_opening_a_part_of_a_sentence_is_that_parts_place() -> None:
    text = "1—5月，分县市区看，涪城区亏损面21.3%，低于全市3.4个百分点；全市规上工业企业营业收入增长4.2%。"
    found = {f.value: f for f in figures(text, region="绵阳市", ref=date(2024, 7, 8))}
    assert (found[21.3].region, found[-3.4].region) == ("涪城区", "涪城区")
    assert found[4.2].region == "绵阳市"


def test_a_sub_populations_losses_are_of_the_firms_counted_before_them() -> None:
    text = "1—5月，从企业规模看，大型企业48家，亏损7家，亏损面14.6%。"
    found = {f.value: f for f in figures(text, region="绵阳市", ref=date(2024, 7, 8))}
    assert (found[7].indicator, found[14.6].indicator) == ("大型企业亏损", "大型企业亏损面")


def test_the_texts_own_county_named_after_the_body_whose_data_it_is_keeps_its_figures() -> None:
    text = "衡阳市统计局发布的数据显示，今年上半年，祁东县规上工业增加值增长7.4%；实际到位内资42.6亿元。"
    found = {f.value: f for f in figures(text, region="祁东县", ref=date(2025, 8, 14))}
    assert (found[7.4].region, found[42.6].region) == ("祁东县", "祁东县")


def test_as_the_county_set_out_names_no_county() -> None:
    text = "按照县里提出的目标，到2026年，园区规上工业总产值要突破500亿元，规上工业企业达到160家。"
    found = {f.value: f for f in figures(text, region="祁东县", ref=date(2025, 8, 14))}
    assert (found[500].region, found[160].region) == ("祁东县", "祁东县")


def test_places_with_most_of_a_thing_each_with_its_number_in_brackets_are_its_places() -> None:
    text = "2023年，全省共发现问题企业186家。从地区看，问题企业数量较多的是安阳市（26家）、平顶山市（19家）。"
    found = {f.value: f for f in figures(text, region="河南省", ref=date(2024, 4, 18))}
    assert [(found[v].region, found[v].indicator) for v in (26, 19)] == [
        ("安阳市", "问题企业"),
        ("平顶山市", "问题企业"),
    ]


def test_a_caption_that_lists_its_places_is_not_joined_to_its_tables_header() -> None:
    text = (
        "附件\n\n2025年度各乡镇（街道）、开发区工业经济主要目标任务分解表\n\n"
        "序号\t单位\t规模以上工业营业收入（亿元）\t营业收入增速（%）\n1\t沂水经济开发区\t420\t11\n2\t沂城街道\t86\t9\n"
    )
    cleaned = normalize(text).text
    assert "分解表\n" in cleaned
    found = {f.value: f for f in figures(text, region="沂水县", ref=date(2025, 2, 17))}
    assert (found[420].region, found[86].region) == ("沂水经济开发区", "沂城街道")


def test_now_dates_a_count_to_the_day_the_text_was_written() -> None:
    text = "2025年，安徽新能源汽车产量达到221.6万辆。现在全省有整车企业12家。全省实现在线监测企业120家。"
    found = {f.value: f for f in figures(text, region="安徽省", ref=date(2026, 1, 21))}
    assert (found[12].period_end, found[12].indicator) == (date(2026, 1, 21), "整车企业")
    assert found[120].period_end == date(2025, 12, 31)


def test_a_reporters_name_after_a_paragraphs_last_sentence_ends_the_paragraph() -> None:
    text = (
        "全市新开工亿元以上工业项目187个，总投资926.4亿元。（记者 李晓东）\n\n"
        "42家\n今年新增省级专精特新中小企业42家\n"
    )
    cleaned = normalize(text).text
    assert "李晓东）\n" in cleaned and "李晓东）42家" not in cleaned


def test_a_reporter_told_by_a_bureau_names_no_district() -> None:
    text = (
        "28.6%！襄州工业投资跑出“加速度”\n\n原创 襄州融媒 襄州发布 2026年03月18日 08:30 湖北\n\n"
        "记者从区统计局获悉，1—2月，全区工业投资同比增长28.6%，增速居全市第2位。\n\n"
        "走进襄州经济开发区，项目现场塔吊林立。下一步，襄州将持续开展“项目攻坚年”行动，全区上下奋力冲刺。\n"
    )
    meta = describe_document(normalize(text).text, "x.txt")
    assert meta.region == "襄州区"


def test_a_zone_ranked_with_the_county_it_lies_in_is_that_countys() -> None:
    text = (
        "嘉兴市人民政府办公室关于2025年度全市开发区（园区）综合评价结果的通报\n\n"
        "2025年度全市开发区（园区）综合评价结果\n\n排名\t开发区（园区）名称\t所在地\t综合得分\t等次\n"
        "1\t嘉兴经济技术开发区\t市本级\t92.6\tA\n2\t平湖经济技术开发区\t平湖市\t90.3\tA\n"
        "3\t嘉善经济技术开发区\t嘉善县\t88.7\tA\n"
    )
    found = {f.value: f for f in figures(normalize(text).text, region="嘉兴市", ref=date(2026, 3, 24))}
    assert [found[v].region for v in (92.6, 90.3, 88.7)] == ["嘉兴市", "平湖市", "嘉善县"]
    assert "平湖经济技术开发区" in found[90.3].indicator


def test_a_zone_ranked_with_the_city_it_lies_in_stays_its_own_region() -> None:
    text = (
        "2025年度全省开发区综合评价结果\n\n排名\t开发区名称\t所在设区市\t综合得分\n"
        "1\t河北宁晋经济开发区\t邢台市\t92.46\n2\t河北大厂高新技术产业开发区\t廊坊市\t91.80\n"
    )
    found = {f.value: f for f in figures(normalize(text).text, region="河北省", ref=date(2026, 3, 24))}
    assert found[92.46].region == "河北宁晋经济开发区"


def test_last_years_level_said_after_this_years_is_dated_to_last_year() -> None:
    text = "2025年，10个开发区（园区）综合评价平均得分83.1分，上年为81.4分。利润下降3%，去年为增长3.1%。"
    found = {f.value: f for f in figures(text, region="嘉兴市", ref=date(2026, 3, 24))}
    assert (found[83.1].period_end, found[81.4].period_end) == (date(2025, 12, 31), date(2024, 12, 31))
    assert found[3.1].period_end == date(2024, 12, 31)


def test_a_column_of_this_years_recognised_firms_is_of_the_firms_the_caption_names() -> None:
    text = (
        "2025年度江西省专精特新中小企业分设区市情况\n单位：家\n"
        "序号\t设区市\t本年度新认定\t有效期内总数\n1\t南昌市\t312\t1486\n2\t景德镇市\t68\t297\n3\t萍乡市\t85\t352\n"
    )
    found = {f.value: f for f in figures(normalize(text).text, region="江西省", ref=date(2025, 11, 18))}
    assert "专精特新" in found[312].indicator and found[312].region == "南昌市"


def test_a_national_story_with_a_table_of_provinces_and_one_provinces_whole_said_once() -> None:
    text = (
        "工业用电“晴雨表”显示经济开局平稳向好\n\n2026-03-20 08:41:27　来源：经济参考报\n\n"
        "国家能源局数据显示，1—2月，全社会用电量累计16380亿千瓦时，同比增长6.1%。\n\n"
        "部分省份1—2月工业用电量情况\n省份\t工业用电量（亿千瓦时）\t同比增长（%）\n"
        "广东\t812.7\t7.4\n江苏\t865.4\t6.8\n浙江\t598.2\t5.9\n山东\t763.1\t3.6\n四川\t301.5\t9.8\n\n"
        "江苏是全国工业用电量最大的省份，1—2月江苏工业用电量同比增长6.8%。"
        "广东电子信息制造业用电量增长14.5%，带动全省工业用电量增速居东部沿海省份首位。\n"
    )
    assert describe_document(normalize(text).text, "x.txt").region == "全国"


def test_a_provinces_short_name_before_its_whole_societys_use_or_what_it_owes_its_growth_to_is_its() -> None:
    text = (
        "我国工业用电量增长5%。广东全社会用电量达到9586亿千瓦时，连续多年居全国首位。"
        "内蒙古工业用电量增长12.5%；四川受益于晶硅光伏产业集聚，增长9.8%。"
    )
    found = {f.value: f for f in figures(text, region="全国", ref=date(2026, 3, 20))}
    assert (found[9586].region, found[9586].indicator) == ("广东省", "全社会用电量")
    assert (found[1].region, found[1].indicator) == ("广东省", "全社会用电量")
    assert found[9.8].region == "四川省"


def test_a_zone_named_as_the_first_of_those_a_notice_counts_is_not_their_place() -> None:
    text = (
        "确定长沙远大住宅工业集团股份有限公司等186家企业为2023年度湖南省绿色工厂，"
        "浏阳经济技术开发区等8个园区为湖南省绿色工业园区，三一汽车制造有限公司等15家企业为湖南省绿色供应链管理企业。"
    )
    found = {f.value: f for f in figures(text, region="湖南省", ref=date(2023, 12, 27))}
    assert [found[v].region for v in (186, 8, 15)] == ["湖南省", "湖南省", "湖南省"]


def test_a_breakdown_by_region_ends_where_the_paragraph_turns_to_industries() -> None:
    text = (
        "从区域分布看，长沙市入选绿色工厂41家，居各市州首位；株洲市、岳阳市分别入选23家、19家。"
        "从行业分布看，装备制造、原材料行业分别有68家、57家企业入选。"
    )
    found = {f.value: f for f in figures(text, region="湖南省", ref=date(2023, 12, 27))}
    assert (found[41].region, found[23].region) == ("长沙市", "株洲市")
    assert (found[68].region, found[57].region) == ("湖南省", "湖南省")


def test_a_goal_table_with_a_growth_over_last_year_column_is_read() -> None:
    text = (
        "2025年庆阳市数字经济主要发展目标\n序号|指标名称|单位|2025年目标|较上年增长\n"
        "1|数字经济规模|亿元|360|15%\n2|数字经济核心产业营业收入|亿元|110|27%\n3|在用标准机架|万架|4.5|—\n"
    )
    found = {f.value: f for f in figures(normalize(text).text, region="庆阳市", ref=date(2025, 3, 18))}
    assert (found[360].status, found[360].period_end) == ("target", date(2025, 12, 31))
    assert (found[15].measure, found[15].indicator) == ("yoy_growth_pct", "数字经济规模")


def test_a_count_added_over_last_year_is_the_change_of_the_count_before() -> None:
    text = "2024年，全市规模以上数字经济核心产业企业达到47家，较上年新增15家。"
    found = {f.value: f for f in figures(text, region="庆阳市", ref=date(2025, 3, 18))}
    assert found[15].indicator.startswith("规模以上数字经济核心产业企业")


def test_a_parts_own_period_is_not_carried_to_the_clause_after_it() -> None:
    text = "截至2024年底，全市累计建成5G基站6218个，其中当年新建1536个，行政村覆盖率达到92.4%。"
    found = {f.value: f for f in figures(text, region="庆阳市", ref=date(2025, 3, 18))}
    assert found[1536].period_start == date(2024, 1, 1) and "5G基站" in found[1536].indicator
    assert (found[92.4].period_start, found[92.4].period_end) == (date(2024, 12, 31), date(2024, 12, 31))
    text = "上半年，规模以上工业增加值增长4.2%；其中二季度增长4.6%，增速较一季度加快0.8个百分点。"
    found = {f.value: f for f in figures(text, region="广东省", ref=date(2025, 7, 20))}
    assert found[0.8].period_start == date(2025, 4, 1)


def test_shares_of_their_goals_said_in_turn_are_each_of_the_figure_told_before() -> None:
    text = (
        "截至4月15日，全县累计新签约亿元以上项目47个，协议总投资286.4亿元，"
        "分别完成攻坚目标任务的78.3%和71.6%。"
    )
    found = {f.value: f for f in figures(text, region="沭阳县", ref=date(2025, 4, 18))}
    assert found[78.3].indicator == "新签约亿元以上项目目标完成率"
    assert found[71.6].indicator == "协议总投资目标完成率"
    assert found[71.6].period_end == date(2025, 4, 15)


def test_a_share_of_the_years_goal_aimed_at_by_midyear_is_a_goal_of_this_year() -> None:
    text = (
        "1—3月，全县实际使用外资2860万美元，完成年度目标任务的31.8%。"
        "力争上半年实际使用外资完成年度目标任务的55%以上。"
    )
    found = {f.value: f for f in figures(text, region="沭阳县", ref=date(2025, 4, 18))}
    assert (found[31.8].status, found[55].status) == ("actual", "target")
    assert (found[55].period_start, found[55].period_end) == (date(2025, 1, 1), date(2025, 6, 30))


def test_a_news_agencys_dateline_dates_no_figure() -> None:
    text = (
        "湖州发布2024年度工业企业亩均效益评价结果\n浙江日报　2025年05月14日\n\n"
        "本报湖州5月13日电　日前，湖州市公布2024年度工业企业亩均效益综合评价结果。"
        "全市共有4216家规模以上工业企业参与评价，其中A类企业632家。\n"
    )
    found = described_figures(text, "x.txt")
    assert found[4216].period_end == date(2024, 12, 31)


def test_a_place_ranked_with_its_value_by_the_measure_the_sentence_views_them_by() -> None:
    text = (
        "2024年，全市规上工业亩均税收38.6万元。从亩均税收看，德清县以45.2万元居全市第一。"
        "从地区分布看，南浔区以57家位居全市首位。"
    )
    found = {f.value: f for f in figures(text, region="湖州市", ref=date(2025, 5, 14))}
    assert (found[45.2].region, found[45.2].indicator) == ("德清县", "亩均税收")
    assert 57 not in found


def test_a_level_risen_to_todays_is_the_later_level_of_its_indicator() -> None:
    text = "上半年，全市新能源汽车产量增长40%。整车企业的本地配套率由2021年的31%提升至目前的62%。"
    found = {f.value: f for f in figures(text, region="常州市", ref=date(2024, 7, 26))}
    assert (found[62].indicator, found[62].period_end) == ("整车企业的本地配套率", date(2024, 7, 26))


def test_last_years_profit_said_after_this_years_loss_is_dated_to_last_year() -> None:
    text = "2024年1—8月，黑色金属冶炼和压延加工业亏损8.7亿元，上年同期为盈利3.2亿元。"
    found = {f.value: f for f in figures(text, region="四川省", ref=date(2024, 9, 29))}
    assert (found[3.2].period_start, found[3.2].period_end) == (date(2023, 1, 1), date(2023, 8, 31))


def test_a_district_after_its_listed_citys_name_on_the_sites_banner_is_the_texts() -> None:
    text = (
        "常州市武进区人民政府\n首页 > 政务公开 > 部门文件 > 区发展和改革局\n\n"
        "关于2025年1—9月全区重点项目推进情况的通报\n\n发布日期：2025-10-15\n\n"
        "今年以来，全区上下坚持“项目为王”。1—9月，全区重点项目累计完成投资438.6亿元。\n"
    )
    assert describe_document(normalize(text).text, "x.txt").region == "武进区"


def test_how_many_things_the_next_figure_of_a_clause_sums_is_nobodys_figure_before() -> None:
    text = (
        "2025年1—9月，12个省重大项目完成投资85.2亿元，完成年度计划的88.3%；"
        "46个市重点项目完成投资203.7亿元，完成率86.9%。"
    )
    found = {f.value: f for f in figures(text, region="武进区", ref=date(2025, 10, 15))}
    assert 46 not in found and found[203.7].indicator == "市重点项目完成投资"


def test_a_caption_over_towns_names_what_a_bare_column_counts() -> None:
    text = (
        "附表：2024年1-5月各乡镇（街道）规上工业总产值情况\n\n"
        "序号\t乡镇（街道）\t规上企业数（家）\t1-5月产值（亿元）\t同比增长（%）\n"
        "1\t雉城街道\t98\t68.42\t7.6\n2\t画溪街道\t132\t118.65\t9.8\n3\t太湖街道\t121\t96.37\t12.4\n"
    )
    found = {f.value: f for f in figures(normalize(text).text, region="长兴县", ref=date(2024, 6, 14))}
    assert (found[68.42].region, found[68.42].indicator) == ("雉城街道", "规模以上工业总产值")


def test_places_that_lead_a_ranking_each_have_their_value_of_what_was_told_before() -> None:
    text = (
        "1-5月，全县规上工业总产值791.41亿元，增长9.1%。从产值规模看，煤山镇、画溪街道、太湖街道位居前三，"
        "产值分别为139.58亿元、118.65亿元、96.37亿元。从增速看，龙山街道、林城镇增速列前两位，分别增长18.6%、16.9%。"
    )
    found = {f.value: f for f in figures(text, region="长兴县", ref=date(2024, 6, 14))}
    assert [(found[v].region, found[v].indicator) for v in (139.58, 96.37, 16.9)] == [
        ("煤山镇", "规模以上工业总产值"),
        ("太湖街道", "规模以上工业总产值"),
        ("林城镇", "规模以上工业总产值"),
    ]


def test_a_tables_source_line_is_not_joined_to_the_heading_after_it() -> None:
    text = (
        "省份 | 11月PMI（%）| 较上月（百分点）\n湖北 | 51.3 | +0.7\n四川 | 50.9 | +0.4\n"
        "数据来源：各省统计局、国家统计局，21世纪经济研究院整理\n\n中部省份景气度领先\n\n"
        "湖北11月制造业PMI为51.3%，居7省份首位。\n"
    )
    assert "整理\n\n中部省份景气度领先\n\n湖北" in normalize(text).text


def test_a_provinces_short_name_before_its_month_or_its_pmi_is_the_indexs_place() -> None:
    text = "湖北11月制造业PMI为51.3%，居7省份首位。四川PMI为50.9%，位居第二。湖北新订单指数为52.6%。"
    found = {f.value: f for f in figures(text, region="全国", ref=date(2023, 12, 19))}
    assert [found[v].region for v in (51.3, 50.9, 52.6)] == ["湖北省", "四川省", "湖北省"]


def test_a_citys_short_name_before_what_its_industry_made_is_the_figures_place() -> None:
    text = "2025年，四川动力电池产量增长20%。去年遂宁锂电产业实现产值712亿元，增长9.6%。"
    found = {f.value: f for f in figures(text, region="四川省", ref=date(2026, 1, 22))}
    assert (found[712].region, found[712].indicator) == ("遂宁市", "锂电产业产值")


def test_what_has_already_been_done_of_a_years_plan_is_an_outcome() -> None:
    text = "上半年，全年计划实施“智改数转”项目400个，已实施247个，完成61.8%。"
    found = {f.value: f for f in figures(text, region="许昌市", ref=date(2025, 7, 18))}
    assert (found[400].status, found[247].status) == ("target", "actual")


def test_the_years_goal_in_brackets_after_a_half_years_growth_is_of_the_whole_year() -> None:
    text = "上半年，全市规模以上工业增加值同比增长8.6%，超出年度目标（增长8%）0.6个百分点。"
    found = {f.value: f for f in figures(text, region="许昌市", ref=date(2025, 7, 18))}
    assert (found[8].status, found[8].period_start, found[8].period_end) == (
        "target",
        date(2025, 1, 1),
        date(2025, 12, 31),
    )


def test_a_place_ranked_with_its_value_in_a_paragraph_on_a_measure_is_of_that_measure() -> None:
    text = "2024年，全市规上工业亩均税收38.6万元。在亩均税收方面，吴兴区以41.7万元居全市第一。"
    found = {f.value: f for f in figures(text, region="湖州市", ref=date(2025, 5, 14))}
    assert (found[41.7].region, found[41.7].indicator) == ("吴兴区", "亩均税收")


def test_a_share_of_the_years_plan_set_after_an_earlier_clause_aims_is_a_goal() -> None:
    text = (
        "六、下步工作安排\n\n一是冲刺全年目标。12月份确保重点项目完成投资25亿元以上，"
        "全年完成投资380亿元以上、完成年度计划的102%以上。"
    )
    found = {f.value: f for f in figures(text, region="泗阳县", ref=date(2024, 11, 28))}
    assert found[102].status == "target"


def test_a_customs_table_of_goods_by_direction_gives_each_goods_exports_and_imports() -> None:
    text = normalize(
        "2024年1-10月宁波市外贸进出口情况\n\n发布时间：2024-11-20\n\n"
        "据海关统计，2024年1-10月，宁波市进出口总值1.1万亿元，增长4.2%。\n\n"
        "2024年1-10月宁波市主要进出口商品情况\n\n单位：亿元人民币\n"
        "商品名称\t1-10月金额\t同比（%）\n出口主要商品\n机电产品\t3318.7\t5.8\n　其中：手机\t374.1\t10.9\n"
        "进口主要商品\n机电产品\t905.8\t3.3\n农产品\t212.4\t9.7\n"
    ).text
    found = {(f.indicator, f.value) for f in figures(text, region="宁波市", ref=date(2024, 11, 20))}
    assert {("机电产品出口", 3318.7), ("机电产品出口", 5.8), ("手机出口", 374.1)} <= found
    assert {("机电产品进口", 905.8), ("农产品进口", 9.7)} <= found


def test_a_goals_table_with_the_years_goal_before_the_months_done_gives_both() -> None:
    text = normalize(
        "表1  2026年1—6月工业经济主要目标任务完成情况\n"
        "序号\t指标名称\t单位\t年度目标\t1—6月完成\t同比增长（%）\t完成进度（%）\t全市排位\n"
        "1\t规上工业营业收入\t亿元\t320\t158.4\t8.2\t49.5\t4\n"
        "2\t工业用电量\t亿千瓦时\t15.5\t7.26\t5.4\t46.8\t5\n"
    ).text
    found = {f.value: f for f in figures(text, region="绵竹市", ref=date(2026, 7, 8))}
    assert (found[320].status, found[320].period_end) == ("target", date(2026, 12, 31))
    assert (found[158.4].status, found[158.4].period_end) == ("actual", date(2026, 6, 30))
    measures = (found[8.2].measure, found[49.5].measure, found[4].measure)
    assert measures == ("yoy_growth_pct", "share_pct", "rank")


def test_the_year_of_a_funds_batch_dates_its_projects() -> None:
    text = (
        "南阳市工业和信息化局关于2024年度市级制造业发展专项资金（第三批）项目分配结果的公示\n\n"
        "发布日期：2024-09-12\n\n本批次共支持项目12个，安排资金1680万元。"
    )
    found = described_figures(text, "x.txt")
    assert found[1680].period_start == date(2024, 1, 1)


def test_a_count_by_city_under_a_caption_of_benchmarks_counts_those_benchmarks() -> None:
    text = normalize(
        "2025年度湖南省工业互联网标杆分市州汇总表\n\n市州\t入选数量（家）\n长沙市\t7\n株洲市\t4\n湘潭市\t3\n"
    ).text
    found = {f.region: f for f in figures(text, region="湖南省", ref=date(2025, 11, 20))}
    assert "标杆" in found["株洲市"].indicator


def test_a_county_whose_name_opens_on_a_scope_word_is_that_county() -> None:
    text = "2024年，全州县、兴安县规上工业增加值分别增长11.8%、9.9%。"
    found = {f.value: f for f in figures(text, region="桂林市", ref=date(2025, 2, 13))}
    assert (found[11.8].region, found[9.9].region) == ("全州县", "兴安县")


def test_the_town_an_award_names_alone_is_the_place_its_next_sentence_calls_the_town() -> None:
    text = (
        "（一）工业投资攻坚奖：北滘镇。该镇全年工业投资增长36.2%，增速居全区第一。\n\n"
        "（二）创新驱动奖：大良街道。该街道新增高新技术企业48家。"
    )
    found = {f.value: f for f in figures(text, region="顺德区", ref=date(2024, 3, 18))}
    assert (found[36.2].region, found[36.2].indicator) == ("北滘镇", "工业投资")
    assert found[48].region == "大良街道"


def test_each_places_goal_after_the_goals_paragraph_is_a_goal() -> None:
    text = (
        "二、锚定目标任务，奋力推动工业经济量质齐升\n\n"
        "全市工业发展的主要预期目标是：规上工业增加值增长9%左右。\n\n"
        "分县（市、区）看，明光市规上工业营业收入达到650亿元；定远县、凤阳县各新增规上工业企业25家以上。"
    )
    found = {(f.region, f.value): f for f in figures(text, region="滁州市", ref=date(2025, 2, 13))}
    assert found[("明光市", 650)].status == "target"
    assert found[("凤阳县", 25)].status == found[("定远县", 25)].status == "target"


def test_a_listed_projects_sum_is_its_countys_and_the_projects() -> None:
    text = (
        "三、重点签约项目\n\n3.禹城市　功能糖及生物发酵产业园项目，总投资16亿元。\n\n"
        "4.谷城县　汽车零部件产业园项目，总投资12亿元。"
    )
    found = {f.value: f for f in figures(text, region="德州市", ref=date(2024, 8, 7))}
    assert (found[16].region, found[16].indicator) == ("禹城市", "功能糖及生物发酵产业园项目总投资")
    assert found[12].region == "谷城县"


def test_a_range_in_gigawatt_hours_with_the_unit_on_both_ends_is_one_figure() -> None:
    text = "预计2026年公司电池出货量将达到48GWh至52GWh。"
    (found,) = [f for f in figures(text, region="宜春市", ref=date(2026, 3, 30)) if f.measure == "amount"]
    assert (found.value, found.value_max, found.status) == (48, 52, "estimate")


def test_a_citys_short_name_before_its_industry_is_that_citys_and_a_parks_is_not() -> None:
    text = (
        "截至5月底，全市新能源装机达到1120万千瓦。随着一批项目陆续投产，酒泉光伏组件年产能已达8GW。"
        "射洪锂电产业园等一批项目建成投产，全年新增规模以上工业企业96户。"
    )
    found = {f.value: f for f in figures(text, region="甘肃省", ref=date(2025, 6, 17))}
    assert found[8].region == "酒泉市"
    assert found[96].region == "甘肃省"


def test_a_firms_table_gives_each_growth_the_months_of_the_level_before_it() -> None:
    text = normalize(
        "表1　2023年10月全区重点工业企业产值情况\n单位：亿元、%\n"
        "序号｜企业名称｜10月产值｜同比增长｜1-10月产值｜同比增长\n"
        "1｜常州瑞丰光伏科技有限公司｜20.36｜22.5｜188.42｜30.2\n"
        "2｜江苏湖滨特种钢有限公司｜17.74｜-2.6｜176.05｜-4.1\n"
    ).text
    found = {f.value: f for f in figures(text, region="武进区", ref=date(2023, 11, 20))}
    assert (found[22.5].period_start, found[30.2].period_start) == (date(2023, 10, 1), date(2023, 1, 1))


def test_a_funds_table_of_firms_after_their_counties_and_its_group_lines() -> None:
    text = normalize(
        "本批次共支持项目3个，安排资金530万元。其中，智能化改造类项目2个，安排资金410万元。\n\n"
        "2024年度市级先进制造业发展专项资金（第二批）项目分配结果表\n\n"
        "序号｜县区｜企业名称｜项目名称｜支持类别｜支持金额（万元）\n"
        "一、智能化改造类（2个）｜｜｜｜｜410\n"
        "1｜涧西区｜洛阳恒远精密轴承有限公司｜风电轴承智能化生产线改造项目｜智能化改造｜260\n"
        "2｜洛龙区｜洛阳鼎盛矿山机械有限公司｜矿山装备数字化车间建设项目｜智能化改造｜150\n"
        "二、绿色化改造类（1个）｜｜｜｜｜120\n"
        "3｜宜阳县｜宜阳县金泰陶瓷有限公司｜窑炉余热回收及节能改造项目｜绿色化改造｜120\n"
    ).text
    found = figures(text, region="洛阳市", ref=date(2024, 10, 16))
    by_value = {f.value: f for f in found}
    assert (by_value[260].region, by_value[150].region) == ("涧西区", "洛龙区")
    assert by_value[410].indicator == "智能化改造类项目安排资金"
    assert not [f for f in found if f.value == 1 and f.unit == "个"]  # (1个) of the group's line


def test_a_price_rise_row_in_percent_is_a_growth() -> None:
    text = normalize(
        "表1  2025年国民经济和社会发展主要指标\n"
        "指标名称\t单位\t2024年计划\t2024年执行\t2025年预期目标\n"
        "地区生产总值增长\t%\t6.5\t5.9\t6左右\n"
        "居民消费价格涨幅\t%\t3左右\t0.3\t2左右\n"
    ).text
    found = {f.value: f for f in figures(text, region="湘潭市", ref=date(2025, 1, 21))}
    assert found[0.3].measure == "yoy_growth_pct"


def test_the_sums_told_after_a_count_of_projects_are_those_projects() -> None:
    text = "（一）产业发展项目231个，总投资1746.3亿元，年度计划投资348.5亿元，占全部年度计划投资的49.7%。"
    found = {f.value: f for f in figures(text, region="衢州市", ref=date(2026, 2, 12))}
    assert found[348.5].indicator == "产业发展项目年度计划投资"


def test_places_ranked_in_turn_by_growth_are_ranked_by_the_growth_told_before() -> None:
    text = "1-9月，全省全社会用电量增长7.9%。分地区看，吉安、宜春增速分列全省第一、第二位。"
    ranks = [f for f in figures(text, region="江西省", ref=date(2024, 10, 24)) if f.measure == "rank"]
    found = {f.region: f for f in ranks}
    assert (found["吉安市"].value, found["宜春市"].value) == (1, 2)
    assert found["宜春市"].indicator == "全社会用电量增速"


def test_the_work_set_out_for_this_years_goals_early_in_the_year_gives_goals() -> None:
    text = (
        "在全市工业大会上的讲话\n（2025年2月11日）\n\n发布时间：2025-02-13\n\n"
        "一、充分肯定去年全市工业发展取得的成绩\n\n2024年，滁州市规上工业增加值增长10.6%。\n\n"
        "二、锚定目标任务，奋力推动工业经济量质齐升\n\n"
        "全市工业发展的主要预期目标是：规上工业增加值增长10%左右。\n\n"
        "围绕上述目标，重点抓好四个方面工作。\n\n"
        "一是聚力抓项目扩投资。全年实施亿元以上工业项目480个以上。\n\n"
        "二是聚力促转型。新建省级智能工厂和数字化车间45个。"
    )
    found = described_figures(text, "x.txt")
    assert (found[480].status, found[480].period_start) == ("target", date(2025, 1, 1))
    assert found[45].status == "target"
    assert found[10.6].status == "actual"


def test_a_plan_looked_back_on_gives_its_years_to_the_average_growth_after_it() -> None:
    text = "2025年，全国规模以上工业增加值增长5.9%。回望“十四五”，制造业增加值年均增长5.4%。"
    found = {f.value: f for f in figures(text, region="全国", ref=date(2026, 1, 21))}
    assert (found[5.4].period_start, found[5.4].period_end) == (date(2021, 1, 1), date(2025, 12, 31))


def test_a_headline_that_counts_one_county_town_names_no_county() -> None:
    text = (
        "一家县城纺企的“用工经”\n——走进浙江省长兴县浙江禾丰纺织有限公司\n\n来源：工人日报　　2025-05-12\n\n"
        "长兴县素有“纺织之乡”之称。全县现有纺织企业400余家，从业人员3.2万人左右。"
    )
    cleaned = normalize(text).text
    assert describe_document(cleaned, "x.txt").region == "长兴县"


def test_a_rate_said_of_listed_places_without_each_is_each_places() -> None:
    text = (
        "1-8月，全市规上工业增加值增长7.2%。宁国市、广德市规上工业增加值增速保持在11%以上，郎溪县增长9.4%。"
    )
    found = [f for f in figures(text, region="宣城市", ref=date(2025, 9, 20)) if f.value in (11, 9.4)]
    assert sorted(f.region for f in found) == ["宁国市", "广德市", "郎溪县"]
    assert {f.indicator for f in found} == {"规模以上工业增加值"}
    summed = figures("芜湖、马鞍山两市规上工业增加值合计增长8.1%。", region="安徽省", ref=date(2025, 9, 20))
    assert [f.region for f in summed] == ["安徽省"]


def test_a_threshold_a_number_implies_inside_a_name_is_no_figure() -> None:
    text = "全市营收超百亿元企业达到15家。宁国市成为全市首个工业营收超千亿元的县（市、区）。"
    found = figures(text, region="宣城市", ref=date(2025, 9, 20))
    assert [f.value for f in found] == [15]


def test_a_goals_table_with_the_unit_in_the_row_name_is_read() -> None:
    text = normalize(
        "2025年全省工业主要指标完成情况\n"
        "指标名称 | 年度目标 | 1-10月完成\n"
        "工业投资增速（%） | 9 | 10.4\n"
        "软件业务收入（亿元） | 1200 | 1033\n"
    ).text
    found = {f.value: f for f in figures(text, region="湖南省", ref=date(2025, 12, 20))}
    assert (found[9].status, found[9].measure) == ("target", "yoy_growth_pct")
    assert (found[10.4].status, found[10.4].period_end) == ("actual", date(2025, 10, 31))
    assert (found[1033].unit, found[1033].indicator) == ("亿元", "软件业务收入")


def test_a_goal_summed_over_three_years_covers_the_years_from_the_plans_first() -> None:
    text = (
        "一、2025年工作回顾\n\n全年新增国家级绿色工厂12家。\n\n二、2026年工作安排\n\n"
        "推进绿色制造，三年累计新增国家级绿色工厂40家。"
    )
    found = {f.value: f for f in figures(text, region="安徽省", ref=date(2025, 12, 28))}
    assert (found[40].period_start, found[40].period_end) == (date(2026, 1, 1), date(2028, 12, 31))
    assert found[12].period_end == date(2025, 12, 31)


def test_the_rate_in_brackets_after_a_base_period_is_that_periods() -> None:
    text = "上半年，全省工业投资同比下降2.6%，降幅较一季度（下降5.1%）收窄2.5个百分点。"
    found = {f.value: f for f in figures(text, region="河北省", ref=date(2025, 7, 20))}
    assert found[-5.1].period_end == date(2025, 3, 31)
    assert found[-2.6].period_end == date(2025, 6, 30)
    assert found[2.5].measure == "pp_change"


def test_parks_inside_zones_listed_with_respectively_are_each_zones() -> None:
    text = "其中，宁波石化开发区化工园区、镇海经济开发区化工园区分别实现产值1302.5亿元、416.8亿元。"
    found = {f.value: f for f in figures(text, region="宁波市", ref=date(2025, 3, 1))}
    assert found[416.8].region == "镇海经济开发区"
    assert found[1302.5].region == "宁波石化开发区"
    assert found[416.8].indicator == "化工园区产值"


def test_high_tech_industries_named_with_ji_are_one_item_each() -> None:
    text = (
        "8月份，高技术制造业增加值增长8.1%。"
        "其中，计算机及办公设备制造业、医疗仪器设备及仪器仪表制造业增加值分别增长10.2%、6.7%。"
    )
    found = {f.value: f for f in figures(text, region="全国", ref=date(2026, 9, 16))}
    assert found[10.2].indicator == "计算机及办公设备制造业增加值"
    assert found[6.7].indicator == "医疗仪器设备及仪器仪表制造业增加值"


def test_an_investment_sum_listed_after_a_count_of_projects_is_those_projects() -> None:
    text = "本次签约项目31个。其中，制造业项目24个、投资额96.4亿元。"
    found = {f.value: f for f in figures(text, region="吉安市", ref=date(2026, 6, 16))}
    assert found[96.4].indicator == "制造业项目投资额"


def test_a_rank_in_an_assessment_the_clause_before_names_is_that_assessments() -> None:
    text = (
        "在2024年度全省开发区综合考核评价中，我区位列第4位。"
        "在全省营商环境评价中，我县由上一年度的第12位跃升至第6位。"
    )
    found = {f.value: f for f in figures(text, region="长沙经济技术开发区", ref=date(2025, 5, 1))}
    assert found[4].indicator == "开发区综合考核评价"
    assert (found[4].period_start, found[4].period_end) == (date(2024, 1, 1), date(2024, 12, 31))
    assert "营商环境评价" not in {f.indicator for f in found.values() if f.value in (12, 6)}


def test_what_a_place_has_now_stands_on_the_texts_day() -> None:
    text = (
        "1-9月，全县规上工业增加值增长8.2%。\n\n全县现有竹木加工企业420余家，规上竹木企业截至9月底共有36家。"
    )
    found = {f.value: f for f in figures(text, region="安吉县", ref=date(2025, 10, 21))}
    assert found[420].period_end == date(2025, 10, 21)
    assert found[36].period_end == date(2025, 9, 30)


def test_a_rank_in_a_years_assessment_is_of_that_year() -> None:
    text = "大亚湾石化区在2024年度全省化工园区综合评价中位居第三位。"
    found = {f.value: f for f in figures(text, region="惠州市", ref=date(2025, 6, 1))}
    assert (found[3].period_start, found[3].period_end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_places_townsfolk_are_no_town() -> None:
    text = "2024年，宜都城镇居民人均可支配收入51230元，增长5.6%。枝城镇实现规上工业产值96亿元。"
    found = {f.value: f for f in figures(text, region="宜都市", ref=date(2025, 3, 1))}
    assert found[51230].region == "宜都市"
    assert found[96].region == "枝城镇"


def test_a_table_of_the_years_outcomes_with_growth_and_remarks_is_read() -> None:
    text = normalize(
        "2025年主要经济指标完成情况\n"
        "指标名称 | 单位 | 全年完成 | 同比增长（%） | 完成情况\n"
        "规模以上工业总产值 | 亿元 | 842.6 | 8.4 | 完成\n"
        "工业投资 | — | — | 11.3 | 超额完成\n"
    ).text
    found = {f.value: f for f in figures(text, region="宝鸡市", ref=date(2026, 1, 20))}
    assert (found[842.6].measure, found[842.6].period_end) == ("amount", date(2025, 12, 31))
    assert (found[8.4].measure, found[8.4].indicator) == ("yoy_growth_pct", "规模以上工业总产值")
    assert found[11.3].indicator == "工业投资"


def test_a_typo_of_value_added_is_value_added() -> None:
    found = figures("全年实现规上工业增加植462.5亿元。", region="宝鸡市", ref=date(2026, 1, 20))
    assert found[0].indicator == "规模以上工业增加值"


def test_an_office_of_wider_reach_named_after_a_city_speaks_for_the_document() -> None:
    # 长沙海关 serves all of Hunan: its deputy head's turn reports the province, not Changsha
    text = (
        "湖南省2025年1-11月外贸进出口情况新闻发布会实录\n\n发布时间：2025-12-19\n\n"
        "【长沙海关副关长 刘建华】\n\n"
        "据海关统计，今年1-11月，湖南省货物贸易进出口总值5126.8亿元。其中，出口3418.5亿元，增长9.1%。"
    )
    found = described_figures(text, "trade.txt")
    assert {found[v].region for v in (5126.8, 3418.5, 9.1)} == {"湖南省"}


def test_a_years_plan_told_with_its_progress_opens_no_plan() -> None:
    # 今年计划新开工项目138个，上半年已开工114个: the paragraph after reports, it plans nothing
    text = (
        "一、总体情况\n\n1-6月，全市重点项目累计完成投资268.4亿元。\n\n"
        "项目开工方面，今年计划新开工项目138个，上半年已开工114个。\n\n"
        "从项目类别看，产业类项目完成投资172.3亿元，同比增长14.8%。\n\n"
        "今年全市计划供应工业用地5500亩左右，目前已完成全年计划的55.1%。"
    )
    found = {f.value: f for f in figures(text, region="淮北市", ref=date(2025, 7, 16))}
    # (the plan's own figures stay goals by their cue: 计划新开工, 计划供应)
    assert found[138].status == found[5500].status == "target"
    assert (found[172.3].status, found[172.3].period_end) == ("actual", date(2025, 6, 30))


def test_a_projects_early_stage_is_no_present_day() -> None:
    # 项目前期 holds 目前 (now): the rate after it keeps the months reported
    text = (
        "1-6月，全市重点项目累计完成投资268.4亿元。基础设施类项目完成投资61.5亿元，"
        "主要受部分交通项目前期手续办理较慢影响；社会事业类项目完成投资34.6亿元，增长3.5%。"
    )
    found = {f.value: f for f in figures(text, region="淮北市", ref=date(2025, 7, 16))}
    assert found[34.6].period_end == date(2025, 6, 30)


def test_a_bracketed_base_value_in_a_plans_table_is_over_the_plan_before() -> None:
    # 注：带[ ]的为五年年均数或五年累计数: [7.2] under 2025年 is the average over 2021-2025
    text = (
        "株洲市“十五五”工业发展规划（征求意见稿）\n\n发布日期：2026-04-16\n\n"
        "表1　株洲市“十五五”工业发展主要指标\n\n"
        "序号 | 指标 | 2025年 | 2030年 | 属性\n"
        "1 | 规模以上工业增加值年均增速（%） | [7.2] | 6.5左右 | 预期性\n"
        "2 | 规模以上工业营业收入（亿元） | 3860 | 5000以上 | 预期性\n"
        "3 | 规模以上工业单位增加值能耗降低（%） | [14.6] | [13] | 约束性\n"
    )
    found = described_figures(text, "plan.txt")
    assert found[7.2].measure == "avg_growth_pct"
    assert (found[7.2].period_start, found[7.2].period_end) == (date(2021, 1, 1), date(2025, 12, 31))
    assert found[-14.6].period_start == date(2021, 1, 1)
    assert found[3860].period_start == date(2025, 1, 1)  # (an unbracketed base value is the year's)


def test_a_period_after_an_agencys_data_opens_the_paragraph() -> None:
    # 河南省工业和信息化厅数据显示，2025年，…: the year governs the places' rates told later
    text = (
        "河南省工业和信息化厅数据显示，2025年，全省规上工业企业数字化转型覆盖率达到68.5%。"
        "在工业和信息化部2025年度评估中，河南制造业数字化转型指数居全国第八位。"
        "分地区看，郑州、洛阳、许昌规上工业企业数字化转型覆盖率分别达到78.2%、75%和71.6%。"
    )
    found = {f.value: f for f in figures(text, region="河南省", ref=date(2026, 7, 16))}
    assert found[75].region == "洛阳市"
    assert (found[75].period_start, found[75].period_end) == (date(2025, 1, 1), date(2025, 12, 31))


def test_a_table_of_energy_kinds_is_read() -> None:
    text = normalize(
        "表1  2025年全省能源消费总量及构成\n\n"
        "能源品种 | 消费量（万吨标准煤） | 比上年增长（%） | 占能源消费总量比重（%）\n"
        "煤炭 | 5210 | -1.8 | 52.6\n"
        "天然气 | 590 | 6.9 | 6.0\n"
    ).text
    found = {f.value: f for f in figures(text, region="甘肃省", ref=date(2026, 4, 10))}
    assert (found[5210].indicator, found[5210].measure) == ("煤炭消费量", "amount")
    assert (found[6.9].indicator, found[6.9].measure) == ("天然气消费量", "yoy_growth_pct")


def test_a_sum_over_the_plan_just_begun_is_a_goal() -> None:
    # said in April 2026: “十五五”期间 has five years ahead, no outcome yet
    text = (
        "三、主要目标\n\n到2030年，力争规模以上工业营业收入突破5000亿元。"
        "创新能力明显增强，新增国家级智能工厂5家以上，“十五五”期间累计实施亿元以上工业项目1000个以上。"
    )
    found = {f.value: f for f in figures(text, region="株洲市", ref=date(2026, 4, 16))}
    assert (found[1000].status, found[1000].period_end) == ("target", date(2030, 12, 31))


def test_a_gap_of_an_average_growth_is_over_the_same_years() -> None:
    text = (
        "一、发展基础\n\n“十四五”时期，全市坚持工业强市战略不动摇。"
        "规模以上工业增加值年均增长7.2%，高于全省平均0.6个百分点。"
    )
    found = {f.value: f for f in figures(text, region="株洲市", ref=date(2026, 4, 16))}
    assert found[0.6].measure == "pp_diff"
    assert (found[0.6].period_start, found[0.6].period_end) == (
        found[7.2].period_start,
        found[7.2].period_end,
    )
    assert found[0.6].period_end is not None


def test_respectively_over_items_one_of_which_holds_and() -> None:
    # 工业伺服及运动控制 is one business: 及 joins its parts, 、 the two businesses
    text = "前三季度，工业伺服及运动控制、储能变流器两大业务分别实现收入27.9亿元、12.6亿元。"
    found = {f.value: f for f in figures(text, region="宁波市", ref=date(2026, 10, 28))}
    assert found[27.9].indicator.startswith("工业伺服及运动控制")
    assert found[12.6].indicator.startswith("储能变流器")


def test_a_clause_that_names_whose_and_why_gives_the_growth_after_it_its_subject() -> None:
    text = "工业伺服业务同比增长8.2%，储能变流器业务受海外项目交付节奏影响，同比下降5.3%。"
    found = {f.value: f for f in figures(text, region="宁波市", ref=date(2026, 10, 28))}
    assert found[-5.3].indicator.startswith("储能变流器")


def test_a_goals_year_before_a_semicolon_is_the_goals_own() -> None:
    # 完成全年目标任务的52.3%；实现利润总额9.8亿元: the profit is of the half year reported
    text = (
        "上半年，园区规模以上工业增加值同比增长9.6%。"
        "规上工业企业实现营业收入186.4亿元，增长11.3%，完成全年目标任务的52.3%；实现利润总额9.8亿元，增长6.7%。"
    )
    found = {f.value: f for f in figures(text, region="吉安市", ref=date(2026, 7, 13))}
    assert (found[9.8].period_start, found[9.8].period_end) == (date(2026, 1, 1), date(2026, 6, 30))
    assert found[6.7].period_end == date(2026, 6, 30)


def test_what_the_months_added_after_a_stock_is_no_stock() -> None:
    text = (
        "（四）企业培育成效明显。截至6月底，园区规上工业企业达到136家，上半年新增8家。"
        "新增国家级专精特新“小巨人”企业1家、省级专精特新中小企业6家。"
    )
    found = {f.value: f for f in figures(text, region="吉安市", ref=date(2026, 7, 13))}
    assert found[136].period_type == "as_of"
    assert (found[6].period_start, found[6].period_end) == (date(2026, 1, 1), date(2026, 6, 30))


def test_a_parks_rank_in_an_assessment_is_of_the_assessments_year() -> None:
    text = (
        "江西泰和工业园区管委会2026年上半年工作总结\n\n发布时间：2026-07-13\n\n"
        "（四）企业培育成效明显。在2025年度全省开发区综合考核评价中，园区位列第28位，较上年明显前移。"
    )
    found = described_figures(text, "park.txt")
    assert found[28].measure == "rank"
    assert (found[28].period_start, found[28].period_end) == (date(2025, 1, 1), date(2025, 12, 31))


def test_tenths_below_a_bound_are_a_share_but_not_a_threshold_naming_what_is_counted() -> None:
    text = "目前，电芯本地化配套率不足三成。开工不足五成的企业9家。"
    found = {f.value: f for f in figures(text, region="柳州市", ref=date(2026, 6, 18))}
    assert (found[3].unit, found[3].qualifier) == ("成", "at_most")
    assert 5 not in found  # (五成 there says which firms are counted)


def test_a_place_table_under_a_caption_that_names_the_firms_counted() -> None:
    # the columns say only how the firms were counted (累计数量, 其中：2025年新增), the caption which
    text = normalize(
        "表1　截至2025年底各设区市国家级专精特新“小巨人”企业数量\n"
        "设区市\t累计数量（家）\t其中：2025年新增（家）\n"
        "福州市\t78\t13\n厦门市\t86\t15\n全省合计\t318\t56\n"
    ).text
    found = {f.value: f for f in figures(text, region="福建省", ref=date(2026, 3, 10))}
    assert "小巨人" in found[86].indicator and found[86].region == "厦门市"
    assert (found[86].period_type, found[86].period_end) == ("as_of", date(2025, 12, 31))
    assert "小巨人" in found[15].indicator
    assert (found[15].period_start, found[15].period_end) == (date(2025, 1, 1), date(2025, 12, 31))


def test_a_county_table_of_a_lists_firms_to_be_recognised() -> None:
    text = normalize(
        "2025年度专精特新中小企业拟认定名单分县区统计表\n\n"
        "序号 | 县区 | 拟认定数量（家）\n1 | 涧西区 | 38\n2 | 洛龙区 | 31\n3 | 新安县 | 9\n"
    ).text
    found = {f.value: f for f in figures(text, region="洛阳市", ref=date(2025, 11, 26))}
    assert "专精特新" in found[31].indicator and found[31].region == "洛龙区"


def test_a_performance_reports_table_of_goals_and_outcomes_is_read() -> None:
    text = normalize(
        "表1　2025年度部门整体支出绩效指标完成情况表\n\n"
        "一级指标 | 二级指标 | 三级指标 | 年度目标值 | 实际完成值 | 完成情况\n"
        "产出指标 | 数量指标 | 工业投资增速 | ≥8% | 9.6% | 已完成\n"
        "产出指标 | 数量指标 | 新增规模以上工业企业 | ≥150家 | 186家 | 已完成\n"
        "效益指标 | 经济效益指标 | 先进轨道交通装备产业集群产值 | 1600亿元 | 1628亿元 | 已完成\n"
    ).text
    found = {f.value: f for f in figures(text, region="株洲市", ref=date(2026, 4, 20))}
    assert (found[8].status, found[8].qualifier, found[8].measure) == ("target", "at_least", "yoy_growth_pct")
    assert (found[9.6].status, found[9.6].indicator) == ("actual", "工业投资")
    assert (found[186].status, found[186].unit, found[186].period_end) == ("actual", "家", date(2025, 12, 31))
    assert found[1628].indicator == "先进轨道交通装备产业集群产值"


def test_what_listed_places_respectively_have_is_named_after_the_numbers() -> None:
    # not by the last thing the sentence before counted (化工企业)
    text = (
        "其中装备制造企业31家、化工企业18家。"
        "从区域分布看，西安市、宝鸡市、榆林市分别有26家、17家、13家企业入选。"
    )
    found = {f.value: f for f in figures(text, region="陕西省", ref=date(2025, 12, 8))}
    assert (found[17].region, found[17].indicator) == ("宝鸡市", "企业入选")


def test_a_feature_whose_subtitle_says_the_reporter_visits_a_zone_is_the_zones() -> None:
    # ——记者探访襄阳高新区…产业园: not the province its one 全省 names
    text = (
        "襄阳日报　2026年05月14日　星期四　第A03版：要闻·经济\n\n园区“链”动 产业“聚”变\n"
        "——记者探访襄阳高新区新能源汽车零部件产业园\n\n本报记者 王晓川\n\n"
        "清晨8点，记者驱车驶入襄阳高新区新能源汽车零部件产业园。2025年，产业园实现产值356亿元，"
        "占全区规上工业总产值的比重接近五分之一。襄阳高新区规上工业总产值增长9.1%，高于全省2.3个百分点。"
        "襄阳高新区工业投资增长12.4%。襄阳高新区位列全国第18位。"
    )
    found = described_figures(text, "feature.txt")
    assert found[356].region == "襄阳高新技术产业开发区"


def test_a_share_of_the_years_plan_names_the_plan_and_the_figure_before() -> None:
    # 完成年度投资计划的88.6%: the plan's rate of the investment told before (it gave nothing)
    text = "1-10月，全市工业投资完成286.3亿元，完成年度投资计划的88.6%。重大项目完成投资达年度计划的89.6%。"
    found = {f.value: f for f in figures(text, region="芜湖市", ref=date(2025, 11, 5))}
    assert (found[88.6].measure, found[88.6].indicator) == ("share_pct", "工业投资计划完成率")
    assert found[88.6].period_end == date(2025, 10, 31)
    assert "重大项目" in found[89.6].indicator and found[89.6].measure == "share_pct"


def test_a_share_of_the_goal_said_after_the_goal_takes_the_goal_and_its_months() -> None:
    # 营业收入目标为108亿元，上半年完成年度目标的48.5%: the half year's share of the revenue goal
    text = "公司年初制定的2025年营业收入目标为108亿元，上半年完成年度目标的48.5%。"
    found = {f.value: f for f in figures(text, region="芜湖市", ref=date(2025, 8, 20))}
    rate = found[48.5]
    assert "营业收入" in rate.indicator and rate.status == "actual"
    assert (rate.period_start, rate.period_end) == (date(2025, 1, 1), date(2025, 6, 30))


def test_a_share_of_the_goal_after_an_expected_outcome_is_expected() -> None:
    text = "预计全年规上工业营业收入达到188亿元，完成年度目标的101.6%。"
    found = {f.value: f for f in figures(text, region="芜湖市", ref=date(2025, 12, 20))}
    assert (found[101.6].status, found[101.6].measure) == ("estimate", "share_pct")
    assert "营业收入" in found[101.6].indicator


def test_a_clause_that_names_its_own_projects_rates_them_not_the_count_before() -> None:
    # …亿元以上项目21个；省市重点工业项目完成年度投资计划的58.6%
    text = "1-10月，全市亿元以上项目21个；省市重点工业项目完成年度投资计划的58.6%。"
    found = {f.value: f for f in figures(text, region="芜湖市", ref=date(2025, 11, 5))}
    assert found[58.6].indicator.startswith("省市重点工业项目")


def test_how_many_projects_passed_a_share_of_their_plan_is_no_rate() -> None:
    # 已有58个项目完成年度投资计划的80%以上: 80% is the bar, not anyone's rate
    text = "1-10月，全市重点项目完成投资186亿元，已有58个项目完成年度投资计划的80%以上。"
    found = {f.value: f for f in figures(text, region="芜湖市", ref=date(2025, 11, 5))}
    assert 80 not in found


def test_work_done_to_a_share_is_the_progress_of_that_work() -> None:
    # 设备安装完成60%: not the completion rate of the project's investment told before
    text = "该项目总投资3.5亿元，目前主体厂房已封顶，设备安装完成60%。"
    found = {f.value: f for f in figures(text, region="清河县", ref=date(2026, 7, 23))}
    assert (found[60].indicator, found[60].measure) == ("设备安装进度", "share_pct")


def test_each_months_share_of_the_goal_keeps_its_own_months() -> None:
    # 一季度完成年度目标的22%以上，上半年完成50%以上: the half year's, not the quarter's
    text = "全市工业投资一季度完成年度目标的22%以上，上半年完成50%以上，前三季度完成76%以上。"
    found = {f.value: f for f in figures(text, region="衢州市", ref=date(2025, 11, 5))}
    assert found[50].period_end == date(2025, 6, 30) and found[76].period_end == date(2025, 9, 30)
    assert found[76].indicator == "工业投资目标完成率"


def test_a_two_column_table_ruled_with_one_bar_is_read() -> None:
    # 地区 | 1-10月增速（%）: one bar per line, under a caption of the cities' growth
    text = normalize(
        "附表：2026年1-10月各市州规模以上工业增加值增速\n\n地区 | 1-10月增速（%）\n"
        "长沙 | 7.9\n株洲 | 7.6\n娄底 | -1.3\n湘西州 | 5.9\n\n注：各市州增速按可比价格计算。\n"
    ).text
    found = {f.value: f for f in figures(text, region="湖南省", ref=date(2026, 11, 19))}
    assert (found[7.9].region, found[7.9].indicator) == ("长沙市", "规模以上工业增加值")
    assert found[-1.3].region == "娄底市" and found[-1.3].period_end == date(2026, 10, 31)


def test_a_table_by_goods_names_each_row_by_its_goods() -> None:
    text = normalize(
        "表1　2026年1—10月安徽省部分机电产品出口情况\n商品名称 | 出口金额（亿元） | 同比（%）\n"
        "家用电器 | 412.6 | 6.3\n笔记本电脑 | 376.8 | 10.5\n"
    ).text
    found = {f.value: f for f in figures(text, region="安徽省", ref=date(2026, 11, 12))}
    assert "家用电器" in found[412.6].indicator and found[412.6].unit == "亿元"
    assert found[10.5].measure == "yoy_growth_pct" and "笔记本电脑" in found[10.5].indicator


def test_a_half_year_report_disclosed_sets_the_months_of_its_figures() -> None:
    # 披露2026年半年度报告。报告期内，公司实现营业收入…: the first half's
    text = (
        "瑞驰科技半年报：业绩双增\n\n2026-08-26 21:48　来源：证券时报网\n\n"
        "证券时报网讯，8月26日晚，瑞驰科技（605587）披露2026年半年度报告。"
        "报告期内，公司实现营业收入48.63亿元，同比增长23.7%。\n\n公开资料显示，瑞驰科技总部位于安徽省芜湖市。"
    )
    found = described_figures(text, "report.txt")
    assert (found[48.63].period_start, found[48.63].period_end) == (date(2026, 1, 1), date(2026, 6, 30))


def test_a_firms_works_named_after_a_city_are_that_citys() -> None:
    # 西安基地…上半年实现收入9.6亿元: not the firm's seat (芜湖)
    text = (
        "瑞驰科技半年报：业绩双增\n\n2026-08-26 21:48　来源：证券时报网\n\n"
        "公开资料显示，瑞驰科技总部位于安徽省芜湖市。上半年，公司实现营业收入48.63亿元。\n\n"
        "西安基地主要配套西北地区整车客户，上半年实现收入9.6亿元，同比增长52.4%。"
    )
    found = described_figures(text, "report.txt")
    assert found[48.63].region == "芜湖市"
    assert found[9.6].region == "西安市" and found[52.4].region == "西安市"


def test_places_each_with_its_own_industry_share_the_last_ones_measure() -> None:
    # 清河县羊绒产业、平乡县自行车产业营业收入分别达到426亿元、305亿元
    text = "去年，清河县羊绒产业、平乡县自行车产业营业收入分别达到426亿元、305亿元。"
    found = {f.value: f for f in figures(text, region="临西县", ref=date(2026, 5, 13))}
    assert (found[426].region, found[426].indicator) == ("清河县", "羊绒产业营业收入")
    assert (found[305].region, found[305].indicator) == ("平乡县", "自行车产业营业收入")


def test_an_export_value_after_a_products_export_count_is_that_products() -> None:
    # 汽车（含底盘）出口68.3万辆，…，出口值1186.2亿元: the cars' export value
    text = "1—10月，汽车（含底盘）出口68.3万辆，增长18.9%，出口值1186.2亿元，增长21.5%。"
    found = {f.value: f for f in figures(text, region="安徽省", ref=date(2026, 11, 12))}
    assert found[1186.2].indicator.startswith("汽车") and found[21.5].indicator.startswith("汽车")


def test_a_share_after_a_stocks_net_addition_is_the_stocks() -> None:
    # 5G基站总数达到470.5万个，比上年末净增45.4万个，占移动基站总数的35.6%
    text = "截至9月末，我国5G基站总数达到470.5万个，比上年末净增45.4万个，占移动基站总数的35.6%。"
    found = {f.value: f for f in figures(text, region="全国", ref=date(2026, 10, 20))}
    assert found[35.6].indicator.startswith("5G基站总数")


def test_the_towns_a_network_covers_are_no_district() -> None:
    # 96.8%的乡镇镇区: a share of the towns, not a place called 乡镇镇区
    text = "截至9月末，5G网络已覆盖所有地级市城区、县城城区和96.8%的乡镇镇区。"
    found = {f.value: f for f in figures(text, region="全国", ref=date(2026, 10, 20))}
    assert found[96.8].region == "全国" and found[96.8].measure == "share_pct"


def test_the_population_a_part_is_counted_out_of_is_no_figure() -> None:
    # 国民经济97个大类中的86个: 86 were reached, 97 is how many there are
    text = "截至9月末，5G行业应用已融入国民经济97个大类中的86个。"
    found = {f.value: f for f in figures(text, region="全国", ref=date(2026, 10, 20))}
    assert 97 not in found and 86 in found


def test_a_benchmarks_average_in_brackets_is_the_benchmarks_own_figure() -> None:
    # 高于全国平均水平（6.2%）1.2个百分点: 全国's growth, then the gap (neither was read)
    text = "前三季度，全省规上工业增加值增长7.4%，高于全国平均水平（6.2%）1.2个百分点。"
    found = {f.value: f for f in figures(text, region="湖南省", ref=date(2026, 10, 23))}
    assert (found[6.2].region, found[6.2].measure) == ("全国", "yoy_growth_pct")
    assert (found[1.2].measure, found[1.2].region) == ("pp_diff", "湖南省")


def test_an_index_gap_after_the_benchmarks_level_in_brackets_is_the_gap() -> None:
    # 高于全国平均水平（89.3点）0.4点: the gap is 0.4, not 89.3
    text = "三季度，全省中小企业发展指数为89.7点，比二季度上升0.5点，高于全国平均水平（89.3点）0.4点。"
    found = {f.value: f for f in figures(text, region="湖南省", ref=date(2026, 10, 23))}
    assert found[0.4].measure == "pp_diff" and 89.3 not in found


def test_a_quarterly_index_table_reads_this_quarters_levels_and_changes() -> None:
    text = normalize(
        "表1　2026年三季度湖南省中小企业发展指数分项指数\n"
        "分项指数\t本季度（点）\t比上季度增减（点）\n宏观经济感受指数\t98.6\t+1.2\n绩效指数\t74.5\t-0.3\n"
    ).text
    found = {f.value: f for f in figures(text, region="湖南省", ref=date(2026, 10, 23))}
    assert (found[98.6].indicator, found[98.6].measure, found[98.6].unit) == (
        "宏观经济感受指数",
        "amount",
        "点",
    )
    assert (found[74.5].period_start, found[74.5].period_end) == (date(2026, 7, 1), date(2026, 9, 30))
    assert found[-0.3].measure == "pp_change"


def test_a_quarters_survey_stays_the_quarters_after_the_months_to_date() -> None:
    # a quarterly index report that mentions 前三季度 in passing: its later figures are the quarter's
    text = (
        "2026年三季度湖南省中小企业发展指数运行分析\n\n发布日期：2026-10-23\n\n"
        "2026年三季度，湖南省中小企业发展指数（SMEDI）为89.7点。\n\n"
        "从宏观背景看，前三季度，全省规模以上工业中小企业增加值同比增长7.4%。\n\n"
        "分行业看，工业、建筑业指数分别为90.2点、87.6点。"
    )
    found = described_figures(text, "smedi.txt")
    assert found[7.4].period_start == date(2026, 1, 1)
    assert (found[90.2].period_start, found[90.2].period_end) == (date(2026, 7, 1), date(2026, 9, 30))


def test_a_years_key_project_list_published_is_the_years_plan() -> None:
    text = (
        "襄阳市发布2026年市级重点项目清单\n\n发布时间：2026-02-27 09:30　　来源：襄阳市发展和改革委员会\n\n"
        "2月26日，市发展改革委正式印发《襄阳市2026年市级重点项目清单》。"
        "《清单》共安排市级重点项目568个，总投资6126.8亿元，年度计划投资1358.4亿元。"
    )
    found = described_figures(text, "list.txt")
    assert found[568].status == "target" and found[1358.4].status == "target"


def test_what_a_park_houses_now_stands_on_the_texts_day() -> None:
    # 园区现入驻电商企业326家: now, not the half year the paragraph opened on
    text = "上半年，该企业实现产值3.2亿元，同比增长12%。园区现入驻电商企业326家。"
    found = {f.value: f for f in figures(text, region="清河县", ref=date(2026, 7, 23))}
    assert (found[326].period_start, found[326].period_end) == (date(2026, 7, 23), date(2026, 7, 23))
    assert found[3.2].period_end == date(2026, 6, 30)


def test_a_firms_works_named_after_a_city_after_a_semicolon_are_that_citys() -> None:
    text = (
        "瑞驰科技半年报：业绩双增\n\n2026-08-26 21:48　来源：证券时报网\n\n"
        "公开资料显示，瑞驰科技总部位于安徽省芜湖市。上半年，公司实现营业收入48.63亿元。"
        "其中，芜湖本部基地上半年生产各类热管理产品186万套；西安基地主要配套西北地区整车客户，"
        "上半年实现收入9.6亿元，同比增长52.4%。"
    )
    found = described_figures(text, "report.txt")
    assert found[186].region == "芜湖市" and found[9.6].region == "西安市"


def test_a_scanned_income_per_head_reads_as_income() -> None:
    # 可支配收人: 人 scanned for 入
    text = normalize("2025年，全县城镇居民人均可支配收人58 418元，增长5.1%。").text
    found = {f.value: f for f in figures(text, region="临朐县", ref=date(2026, 1, 10))}
    assert found[58418].indicator == "城镇居民人均可支配收入"


def test_a_table_of_stocks_at_a_months_end_and_their_growth_is_read() -> None:
    # 指标名称  单位  9月末  同比增长（%）
    text = normalize(
        "附表　2026年9月末通信业主要用户指标\n指标名称\t单位\t9月末\t同比增长（%）\n"
        "移动电话用户\t亿户\t18.13\t2.4\n移动物联网终端用户\t亿户\t30.86\t12.7\n"
    ).text
    found = {f.value: f for f in figures(text, region="全国", ref=date(2026, 10, 20))}
    assert (found[18.13].indicator, found[18.13].period_end) == ("移动电话用户", date(2026, 9, 30))
    assert found[12.7].measure == "yoy_growth_pct" and found[12.7].indicator == "移动物联网终端用户"


def test_what_an_event_the_title_reports_counted_is_of_its_day() -> None:
    # …重大项目集中开工情况的通报 (in March): 2月27日, said after the clause of why, not last year
    text = (
        "关于2026年第一季度全市重大项目集中开工情况的通报\n\n"
        "发布日期：2026-03-20　　来源：赣州市发展和改革委员会\n\n"
        "为扎实推动一季度经济“开门红”，2月27日，全市2026年第一季度重大项目集中开工活动在南康区主会场举行。\n\n"
        "本次全市集中开工重大项目218个，总投资1246.8亿元。\n\n"
        "（一）产业项目唱主角。集中开工产业项目156个。其中，工业项目128个。"
    )
    found = described_figures(text, "event.txt")
    assert (found[218].period_start, found[218].period_end) == (date(2026, 2, 27), date(2026, 2, 27))
    assert (found[128].period_start, found[128].period_end) == (date(2026, 2, 27), date(2026, 2, 27))


def test_a_zone_after_a_verb_of_place_is_no_zone_of_that_verb() -> None:
    # 走进位于经开区的一家…企业: 位于 names no place; nor is 经开区 a district's name
    text = (
        "人民网 >> 安徽频道 >> 合肥\n\n上半年合肥经开区规上工业总产值增长9.7%\n税收总量稳居全市开发区首位\n\n"
        "2026年07月23日08:52 | 来源：人民网－安徽频道\n\n"
        "人民网合肥7月23日电 记者从合肥经济技术开发区获悉，"
        "2026年上半年，合肥经开区实现规模以上工业总产值1586.4亿元。"
        "“上半年，我们克服了不利因素。”合肥经开区经济发展局负责人介绍，1-6月，全区工业投资同比增长12.3%。\n\n"
        "走进位于经开区的一家汽车零部件企业，生产线繁忙。上半年全区完成税收收入132.8亿元，同比增长6.5%。"
    )
    found = described_figures(text, "zone.txt")
    assert {found[v].region for v in (1586.4, 12.3, 132.8)} == {"合肥经济技术开发区"}


def test_a_total_row_under_a_numbered_table_is_the_wholes() -> None:
    # 合计 | — | 85 | 236 under 序号 | 设区市 | …: the province's totals
    text = normalize(
        "附件：2026年江西省智能工厂和数字化车间名单分设区市统计表\n\n"
        "序号 | 设区市 | 智能工厂（家） | 数字化车间（个）\n1 | 南昌市 | 20 | 56\n2 | 赣州市 | 18 | 49\n"
        "3 | 九江市 | 12 | 33\n合计 | — | 85 | 236\n"
    ).text
    found = {f.value: f for f in figures(text, region="江西省", ref=date(2026, 10, 16))}
    assert found[85].region == "江西省" and "智能工厂" in found[85].indicator
    assert found[236].region == "江西省" and "数字化车间" in found[236].indicator


def test_a_reports_months_to_date_and_its_last_day_said_as_such() -> None:
    # 年初至报告期末: January to the quarter's end; 报告期末: its last day, not the text's
    text = (
        "常州恒锐新能源科技股份有限公司2026年第三季度报告\n\n2026年10月28日\n\n"
        "年初至报告期末，公司非经常性损益合计32,544,681.54元。报告期末普通股股东总数31,862户。"
    )
    found = described_figures(text, "q3.txt")
    assert (found[32544681.54].period_start, found[32544681.54].period_end) == (
        date(2026, 1, 1),
        date(2026, 9, 30),
    )
    assert (found[31862].period_start, found[31862].period_end) == (date(2026, 9, 30), date(2026, 9, 30))


def test_rates_of_what_an_event_counted_are_of_its_day() -> None:
    # 与2025年第一季度集中开工相比…增长8.5%, …占总投资的比重达70%: of the day the title's event was held,
    # not of last year (the text being early in the year)
    text = (
        "关于2026年第一季度全市重大项目集中开工情况的通报\n\n"
        "发布日期：2026-03-20　　来源：赣州市发展和改革委员会\n\n"
        "为扎实推动一季度经济“开门红”，2月27日，全市2026年第一季度重大项目集中开工活动在南康区举行。\n\n"
        "本次全市集中开工重大项目218个，总投资1246.8亿元。与2025年第一季度集中开工相比，项目个数增长8.5%。\n\n"
        "集中开工产业项目156个、总投资872.4亿元，占总投资的比重达70%。从投资规模看，总投资10亿元以上项目32个，"
        "亿元以上项目占比达91.3%。2025年，全市规上工业增加值增长7.1%。"
    )
    found = described_figures(text, "event.txt")
    for value in (8.5, 70, 91.3):
        assert (found[value].period_start, found[value].period_end) == (date(2026, 2, 27), date(2026, 2, 27))
    assert (found[7.1].period_start, found[7.1].period_end) == (date(2025, 1, 1), date(2025, 12, 31))


def test_a_count_column_named_with_its_counter_names_the_things_counted() -> None:
    # 项目个数（个） under 表1　…集中开工项目情况: the projects, not 项目个 nor the table's number
    text = normalize(
        "表1　各县（市、区）集中开工项目情况\n\n序号 | 地区 | 项目个数（个） | 总投资（亿元）\n"
        "1 | 南康区 | 26 | 168.2\n2 | 章贡区 | 18 | 96.4\n"
    ).text
    found = {f.value: f for f in figures(text, region="赣州市", ref=date(2026, 3, 20))}
    assert found[26].indicator == "集中开工项目" and found[26].region == "南康区"


def test_a_firm_that_discloses_its_report_speaks_for_its_seat_and_a_peer_for_its_own() -> None:
    # 泰锋液压披露…第三季度报告 … 总部位于江苏常州: the firm's figures are 常州's, whatever plant
    # 泰州 is named more often; 总部位于浙江宁波的力拓传动…: that peer's are 宁波's
    text = (
        "泰锋液压前三季度净利增逾三成\n\n2026-10-30 07:45　来源：证券时报\n\n"
        "10月29日晚间，泰锋液压披露2026年第三季度报告。前三季度，公司实现营业收入68.42亿元。\n\n"
        "总部位于江苏常州的泰锋液压主营挖掘机油缸。公司泰州基地产能利用率较高，泰州二期项目计划于2027年投产，"
        "泰州三期项目正在筹备。\n\n"
        "同行方面，总部位于浙江宁波的力拓传动前三季度实现营业收入41.73亿元，同比增长6.3%。"
    )
    found = described_figures(text, "firm.txt")
    assert found[68.42].region == "常州市"
    assert found[41.73].region == found[6.3].region == "宁波市"


def test_a_work_plan_for_next_year_sets_that_years_goals() -> None:
    # …2027年工业经济工作要点, out in November 2026: 全年实施…100个 and a goal that names no year are
    # 2027's; its 一、2026年工作基础 reviews the year still running
    text = (
        "长兴县人民政府办公室关于印发长兴县2027年工业经济工作要点的通知\n\n"
        "发布日期：2026-11-24　　信息来源：县政府办公室\n\n长兴县2027年工业经济工作要点\n\n"
        "一、2026年工作基础\n\n今年以来，全县工业经济稳中有进。1-10月，全县规上工业增加值同比增长9.4%。\n\n"
        "二、重点任务\n\n（一）扩大有效投资。全年实施亿元以上工业项目100个。力争新引进超50亿元制造业项目2个。"
    )
    found = described_figures(text, "plan.txt")
    assert (found[9.4].status, found[9.4].period_end) == ("actual", date(2026, 10, 31))
    for value in (100, 2):
        assert found[value].status == "target"
        assert (found[value].period_start, found[value].period_end) == (date(2027, 1, 1), date(2027, 12, 31))


def test_a_this_month_column_is_the_captions_month() -> None:
    # 本月增速 | 1-10月增速 under a caption of 2026年10月: October's growth, then the months to date
    text = normalize(
        "表1　2026年10月全市规模以上工业重点行业增加值增速\n单位：%\n\n"
        "行业 | 本月增速 | 1-10月增速\n有色金属冶炼和压延加工业 | 5.1 | 6.2\n"
        "电气机械和器材制造业 | 9.3 | 8.5\n"
    ).text
    found = {f.value: f for f in figures(text, region="株洲市", ref=date(2026, 11, 17))}
    assert (found[5.1].period_start, found[5.1].period_end) == (date(2026, 10, 1), date(2026, 10, 31))
    assert (found[6.2].period_start, found[6.2].period_end) == (date(2026, 1, 1), date(2026, 10, 31))


def test_the_households_row_of_an_electricity_table_is_read() -> None:
    # 城乡居民生活  308.4  7.6 under 用电量（亿千瓦时） 同比增长（%）, beside the sectors' rows
    text = normalize(
        "表1　2025年1—10月全省分产业用电情况\n\n指标　　　用电量（亿千瓦时）　　同比增长（%）\n"
        "第一产业　　　28.6　　　　11.4\n第三产业　　　338.7　　　　9.8\n城乡居民生活　　308.4　　　　7.6\n"
    ).text
    found = {f.value: f for f in figures(text, region="江西省", ref=date(2025, 11, 21))}
    assert found[308.4].indicator == "城乡居民生活用电量" and found[308.4].measure == "amount"
    assert found[7.6].indicator == "城乡居民生活用电量" and found[7.6].measure == "yoy_growth_pct"


def test_places_that_each_pass_a_count_share_the_things_counted_before() -> None:
    # …株洲市、湘潭市分别达到1736家、1102家，衡阳市、岳阳市均超过1000家: each city's 高新技术企业,
    # not a figure named 衡阳市、岳阳市 in 长沙市 (nor the share told first)
    text = (
        "分市州看，长沙市高新技术企业达到8215家，占全省的42.4%；株洲市、湘潭市分别达到1736家、1102家，"
        "衡阳市、岳阳市均超过1000家。全年新增评价入库科技型中小企业3.42万家。"
    )
    found = figures(text, region="湖南省", ref=date(2026, 2, 10))
    thousand = sorted((f.region, f.indicator, f.qualifier) for f in found if f.value == 1000)
    assert thousand == [("岳阳市", "高新技术企业", "at_least"), ("衡阳市", "高新技术企业", "at_least")]
    assert next(f for f in found if f.value == 1736).indicator == "高新技术企业"
    # (the places told, a sentence that names none is the province's again)
    assert next(f for f in found if f.value == 3.42).region == "湖南省"


def test_a_paragraph_that_breaks_down_a_years_figures_is_of_that_year() -> None:
    # 根据…发布的《2024年…统计公报》，2024年，… ↵ 分活动主体看，…分别为…: 2024's, in a text of 2026
    text = (
        "根据省统计局、省科学技术厅联合发布的《2024年湖南省科技经费投入统计公报》，2024年，全省共投入"
        "研究与试验发展（R&D）经费1403.2亿元，比上年增长8.7%。\n\n"
        "分活动主体看，各类企业、政府属研究机构、高等学校R&D经费分别为1121.6亿元、118.3亿元和139.4亿元。"
        "分活动类型看，全省基础研究经费63.1亿元。"
    )
    found = {f.value: f for f in figures(text, region="湖南省", ref=date(2026, 2, 10))}
    for value in (1403.2, 1121.6, 63.1):
        assert (found[value].period_start, found[value].period_end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_national_round_up_of_provinces_is_the_countrys() -> None:
    # 多地工业用电稳中有升: 全国's figures, then 江苏…全省, 广东, 浙江…全省, 内蒙古, 四川, 河北…全省,
    # each province in its own passage: the country's text, not 江苏's; 在广东，… and 内蒙古作为…，
    # name the place of the clause after them
    text = (
        "多地工业用电稳中有升 天然气增产增储\n\n2025年12月20日 19:32　来源：央视新闻客户端\n\n"
        "国家能源局最新发布的数据显示，1-11月，全国全社会用电量累计9.46万亿千瓦时，同比增长5.2%。\n\n"
        "在制造业大省江苏，1-11月，江苏全社会用电量7012.6亿千瓦时。全省高技术制造业用电量增长11.4%。"
        "江苏工业用电量增长3.8%。\n\n在广东，1-11月工业用电量4382.5亿千瓦时。\n\n"
        "浙江1-11月工业用电量3987.1亿千瓦时。浙江省能源局预计，今冬明春全省最高用电负荷将达到1.08亿千瓦。"
        "浙江已做好准备。\n\n内蒙古作为重要的天然气生产基地，1-11月天然气产量325.6亿立方米。\n\n"
        "在四川，四川天然气日产量达到1.72亿立方米。\n\n"
        "河北是北方地区清洁取暖的重点省份。记者从河北省发展改革委了解到，截至目前，全省储气设施储气量达到12.4亿立方米。"
    )
    found = described_figures(text, "round_up.txt")
    assert found[9.46].region == "全国"
    assert found[4382.5].region == "广东省"
    assert found[325.6].region == "内蒙古自治区"
    assert found[12.4].region == "河北省"


def test_what_stands_up_to_now_amid_plans_is_reported() -> None:
    # 下一步，全市将…力争…。截至目前，全市累计培育…企业141家: what stands now, not a goal
    text = (
        "呼和浩特市工业和信息化局\n2025年8月29日\n\n"
        "下一步，全市将持续推进优质企业梯度培育，力争到2027年专精特新企业达到500家。"
        "截至目前，全市累计培育独角兽企业7家、国家级专精特新“小巨人”企业141家。"
    )
    found = {f.value: f for f in figures(text, region="呼和浩特市", ref=date(2025, 8, 29))}
    assert found[500].status == "target"
    assert found[141].status == found[7].status == "actual"


def test_a_zone_named_after_a_one_character_county_is_the_zone() -> None:
    # 沛县经济开发区 in 徐州市's text: the zone, not 徐州市 with 沛县经济开发区 in the indicator
    text = "分区域看，沛县经济开发区A类企业达到58家。邳州经济开发区A类企业达到30家。"
    found = {f.value: f for f in figures(text, region="徐州市", ref=date(2026, 6, 12))}
    assert (found[58].region, found[58].indicator) == ("沛县经济开发区", "A类企业")
    assert found[30].region == "邳州经济开发区"


def test_a_verb_before_xiang_is_no_township() -> None:
    # 引进返乡创业项目16个 in a county's text: 返乡 (back home) names no township 引进返乡
    found = figures("此外，引进返乡创业项目16个，总投资34.5亿元。", region="泰和县", ref=date(2026, 10, 16))
    assert {f.region for f in found} == {"泰和县"}


def test_a_growths_gap_and_size_rank_after_a_completion_rate_are_the_growths_and_the_sums() -> None:
    # …同比增长12.7%，完成全年目标任务的78.9%，增幅高于全市2.3个百分点，总量居全市第3位: the growth's gap,
    # of the months reported (not the goal's year), and the sum's rank
    text = (
        "前三季度，全县省外2000万元以上项目实际进资98.6亿元，同比增长12.7%，完成全年目标任务的78.9%，"
        "增幅高于全市2.3个百分点，总量居全市第3位。"
    )
    found = {f.value: f for f in figures(text, region="泰和县", ref=date(2026, 10, 16))}
    assert found[2.3].indicator == found[12.7].indicator == "省外2000万元以上项目实际进资"
    assert (found[2.3].period_start, found[2.3].period_end) == (date(2026, 1, 1), date(2026, 9, 30))
    assert (
        found[3].indicator.startswith("省外2000万元以上项目实际进资") and "完成率" not in found[3].indicator
    )


def test_places_by_short_name_that_newly_named_things_share_them_out() -> None:
    # 荆门、孝感、黄冈新认定…分别为86家、104家、92家: each city's, not 黄冈新认定… in the province
    text = "1—9月，荆门、孝感、黄冈新认定省级专精特新中小企业分别为86家、104家、92家。"
    found = {f.value: f for f in figures(text, region="湖北省", ref=date(2025, 11, 5))}
    assert [found[v].region for v in (86, 104, 92)] == ["荆门市", "孝感市", "黄冈市"]
    assert {found[v].indicator for v in (86, 104, 92)} == {"省级专精特新中小企业"}


def test_a_column_of_what_stands_at_a_years_end_said_before_its_name() -> None:
    # 截至2025年底市级以上绿色工厂累计（家） beside 2025年度新认定…（家）: the stock at the year's end
    text = normalize(
        "2025年度各县市区绿色制造创建情况统计表\n\n"
        "县市区 | 2025年度新认定市级绿色工厂（家） | 截至2025年底市级以上绿色工厂累计（家） | "
        "2025年度新认定市级绿色园区（家）\n攸县 | 3 | 32 | 1\n茶陵县 | 2 | 22 | —\n合计 | 32 | 337 | 2\n"
    ).text
    found = figures(text, region="株洲市", ref=date(2026, 1, 20))
    stock = next(f for f in found if f.value == 337)
    assert (stock.region, stock.period_start, stock.period_end) == (
        "株洲市",
        date(2025, 12, 31),
        date(2025, 12, 31),
    )
    added = next(f for f in found if f.value == 3 and f.region == "攸县")
    assert (added.period_start, added.period_end) == (date(2025, 1, 1), date(2025, 12, 31))


def test_a_plans_growth_over_last_years_plan_and_a_goal_set_at_the_years_start() -> None:
    # 年度计划投资5860亿元，比上年计划增长4.6%: the plan's growth, not a thing called 比上年计划;
    # …增长5.8%左右，能够完成年初确定的5.5%左右的目标: the same growth's goal
    text = (
        "2026年省重点项目1536个，年度计划投资5860亿元，比上年计划增长4.6%。"
        "综合研判，我们预计全年规模以上工业增加值增长5.8%左右，能够完成年初确定的5.5%左右的目标。"
    )
    found = {f.value: f for f in figures(text, region="福建省", ref=date(2026, 2, 10))}
    assert found[4.6].indicator == found[5860].indicator
    assert found[5.5].indicator == found[5.8].indicator == "规模以上工业增加值"
    assert found[5.5].status == "target"


def test_a_part_said_to_come_to_a_share_of_its_whole() -> None:
    # 新能源汽车新车销量达到汽车新车总销量的57.1%: a share, as 占…的 says; but 仅为全省平均水平的59.7%
    # sets a level against another's, and 为上年同期的95% against a time's: neither is read as one
    text = (
        "10月，新能源汽车新车销量达到汽车新车总销量的57.1%。"
        "全县人均地区生产总值仅为全省平均水平的59.7%。工业产值为上年同期的95%。"
    )
    found = {f.value: f for f in figures(text, region="全国", ref=date(2026, 11, 11))}
    assert found[57.1].measure == "share_pct"
    assert found[57.1].indicator == "新能源汽车新车销量占汽车新车总销量"
    assert 59.7 not in found and 95 not in found


def test_a_volume_at_last_years_prices_and_data_traffic_over_the_months() -> None:
    # 按照上年不变价计算的电信业务总量同比增长9.4%: the months reported, not 上年; 累计流量达198.7亿GB:
    # traffic over the months (a flow, in GB), not a stock at their end
    text = (
        "2026年1-9月四川省通信业运行情况\n\n发布时间：2026-10-24　来源：四川省通信管理局\n\n"
        "1-9月，全省电信业务收入累计完成832.6亿元。按照上年不变价计算的电信业务总量同比增长9.4%。\n\n"
        "1-9月，全省移动互联网累计流量达198.7亿GB，同比增长12.8%。"
    )
    found = described_figures(text, "telecom.txt")
    for value in (9.4, 198.7):
        assert (found[value].period_start, found[value].period_end) == (date(2026, 1, 1), date(2026, 9, 30))
    assert found[198.7].unit == "亿GB"


def test_a_provinces_goal_said_after_its_short_name_and_the_years_start() -> None:
    # 广东年初提出的全年增长目标为5%左右 in a national round-up: 广东's, or nobody's; never the
    # country's with an indicator named 广东年初提出的全年
    text = (
        "澎湃新闻\n2026年10月29日\n\n前三季度，全国GDP同比增长5.2%。北京前三季度GDP增长5.1%。上海增长5.0%。"
        "广东年初提出的全年增长目标为5%左右。湖北年初定下6%左右的增长目标。"
    )
    found = figures(text, region="全国", ref=date(2026, 10, 29))
    assert not [f for f in found if "年初" in f.indicator]
    assert all(f.region != "全国" for f in found if f.value in (5, 6))


def test_growth_columns_each_of_their_own_months() -> None:
    # 行业 | 10月份同比增长(%) | 1—10月份同比增长(%): October's growth, then January to October's (the
    # second was read as October's too)
    text = normalize(
        "国家统计局\n2026年11月16日\n\n附表：2026年10月份分行业规模以上工业增加值增长情况\n\n"
        "行业 | 10月份同比增长(%) | 1—10月份同比增长(%)\n农副食品加工业 | 4.6 | 5.2\n汽车制造业 | 8.5 | 9.6\n"
    ).text
    found = {f.value: f for f in figures(text, region="全国", ref=date(2026, 11, 16))}
    assert (found[4.6].period_start, found[4.6].period_end) == (date(2026, 10, 1), date(2026, 10, 31))
    assert (found[5.2].period_start, found[5.2].period_end) == (date(2026, 1, 1), date(2026, 10, 31))
    assert found[9.6].indicator.startswith("汽车制造业")


def test_places_named_alone_before_a_noun_of_their_own() -> None:
    # 目前成都、重庆无人机整机企业分别有46家和32家: each city's 无人机整机企业 (46 had been named 成,
    # 32 重庆无人机整机企业, both in the text's city); members of an area in brackets stay whole
    found = {f.value: f for f in figures("目前成都、重庆无人机整机企业分别有46家和32家。", region="深圳市")}
    assert (found[46].region, found[46].indicator) == ("成都市", "无人机整机企业")
    assert (found[32].region, found[32].indicator) == ("重庆市", "无人机整机企业")
    areas = figures("来自粤港澳大湾区和长三角地区的项目分别有8个、6个。", region="泰和县")
    assert all(f.region == "泰和县" for f in areas)


def test_another_citys_office_and_a_sentence_opened_on_another_city() -> None:
    # in 深圳's text, 合肥市发展改革委相关负责人介绍，全市… is 合肥's, and 广州在…中提出，到2027年全市…
    # is 广州's
    text = (
        "在合肥，低空经济正在成为又一张产业名片。合肥市发展改革委相关负责人介绍，全市低空经济相关企业"
        "增至520余家。\n\n广州在《行动方案》中提出，到2027年全市低空经济规模力争达到1500亿元左右。"
    )
    found = {f.value: f for f in figures(text, region="深圳市", ref=date(2026, 6, 18))}
    assert found[520].region == "合肥市"
    assert found[1500].region == "广州市"


def test_a_heading_naming_two_places_ends_the_section_before() -> None:
    # 合肥、广州：双轮驱动 is a heading (it was joined to the paragraph under it), and the 深圳
    # section above it is over
    text = (
        "低空经济城市竞速\n\n2026-06-18 07:00\n\n深圳：第一城\n\n深圳今年将新建起降点500个以上。\n\n"
        "合肥、广州：双轮驱动\n\n在合肥，低空经济正在成为产业名片。数据显示，全国无人机产量增长20%。"
    )
    cleaned = normalize(text).text
    assert "\n合肥、广州：双轮驱动\n" in cleaned
    found = described_figures(text, "low_altitude.txt")
    assert found[20].region != "深圳市"


def test_lines_counted_in_tiao_are_figures_but_policy_packages_are_not() -> None:
    # 开通无人机航线326条 is a count (it was masked as a policy package, 民营经济38条)
    found = {
        f.value: f
        for f in figures("深圳累计建成低空飞行起降点1247个、开通无人机航线326条。", region="深圳市")
    }
    assert found[326].indicator == "无人机航线" and found[1247].indicator == "低空飞行起降点"
    assert not figures("全省出台民营经济38条。", region="浙江省")


def test_the_rank_of_an_industrys_size_is_of_its_year() -> None:
    # 2025年…产业规模居全国首位: the size is a year's output, so its rank is of the year, not its end
    found = figures(
        "2025年深圳低空经济年产值超过1100亿元，产业规模居全国首位。", region="深圳市", ref=date(2026, 6, 18)
    )
    rank = next(f for f in found if f.measure == "rank")
    assert (rank.period_start, rank.period_end) == (date(2025, 1, 1), date(2025, 12, 31))


def test_a_quoted_officials_city_gives_way_to_the_next_sections_heading() -> None:
    # …德阳市经济和信息化局相关负责人告诉记者，… ↵ 成都：创新赋能 ↵ …: the 成都 section is 成都's,
    # not the text's own place again
    text = (
        "成德能源装备集群\n\n2026-06-16 08:10\n\n德阳：链主引领\n\n德阳市经济和信息化局相关负责人告诉记者，"
        "全市发电设备产量增长8%。\n\n成都：创新赋能\n\n成都能源装备产业规模居全省第二位。"
    )
    found = {f.value: f for f in figures(text, region="全国", ref=date(2026, 6, 16))}
    assert found[8].region == "德阳市"
    assert found[2].region == "成都市"


def test_a_count_column_named_by_the_captions_quoted_term() -> None:
    # 2025年完成数（家） under …“小升规”完成情况及2026年目标任务表: counts of 小升规 firms (they were
    # named 数 and 目标数)
    text = normalize(
        "吉安市工业和信息化局\n2026年2月27日\n\n附件：2025年各县（市、区）“小升规”完成情况及2026年目标任务表\n\n"
        "县（市、区）\t2025年完成数（家）\t2026年目标数（家）\n吉州区\t9\t10\n青原区\t8\t9\n"
    ).text
    found = {(f.region, f.value): f for f in figures(text, region="吉安市", ref=date(2026, 2, 27))}
    assert "小升规" in found["吉州区", 9].indicator and found["吉州区", 9].status == "actual"
    assert "小升规" in found["吉州区", 10].indicator and found["吉州区", 10].status == "target"


def test_counties_listed_before_their_completion_rates() -> None:
    # 其中吉安县、泰和县、永丰县完成率分别为…: each county's rate of the goal met, an outcome (泰和县 was
    # split at its 和, and the rates were goals of the clause before)
    text = (
        "全市有11个县（市、区）完成年度“小升规”目标任务，"
        "其中吉安县、泰和县、永丰县完成率分别为135%、128.6%、125%。"
    )
    found = {f.value: f for f in figures(text, region="吉安市", ref=date(2026, 2, 27))}
    assert [(found[v].region, found[v].status) for v in (135, 128.6, 125)] == [
        ("吉安县", "actual"),
        ("泰和县", "actual"),
        ("永丰县", "actual"),
    ]


def test_places_that_lead_in_what_their_clause_names() -> None:
    # 偃师区、伊川县、洛龙区签约项目较多，分别为9个、8个、7个: each district's signed projects, quoted
    # with the places; 阜阳市、宿州市增长较快，通过评估企业数同比分别增长…: of what the values' clause names
    text = (
        "从县区看，偃师区、伊川县、洛龙区签约项目较多，分别为9个、8个、7个。"
        "阜阳市、宿州市增长较快，通过评估企业数同比分别增长58.3%、46.9%。"
    )
    found = {f.value: f for f in figures(text, region="洛阳市", ref=date(2026, 4, 17))}
    assert [(found[v].region, found[v].indicator) for v in (9, 8, 7)] == [
        ("偃师区", "签约项目"),
        ("伊川县", "签约项目"),
        ("洛龙区", "签约项目"),
    ]
    assert found[9].quote.startswith("偃师区")
    assert (found[58.3].region, found[58.3].indicator) == ("阜阳市", "通过评估企业数")


def test_a_rank_of_what_the_year_added_and_a_tables_note_day() -> None:
    # 新增入库企业数居全省第3位: the year's, not its end; 注：累计有效数量统计截至2026年9月15日: the
    # table's 累计 column stands on that day; 动力电池累计装车量: a flow over the months
    found = {
        f.value: f
        for f in figures(
            "2025年，全市新增入库规模以上工业企业196家，新增入库企业数居全省第3位。",
            region="吉安市",
            ref=date(2026, 2, 27),
        )
    }
    assert (found[3].period_start, found[3].period_end) == (date(2025, 1, 1), date(2025, 12, 31))
    table = normalize(
        "江西省工业和信息化厅\n2026年9月18日\n\n2026年度江西省专精特新中小企业分设区市情况表\n\n"
        "序号 | 设区市 | 本年度新认定（家） | 累计有效（家）\n"
        "1 | 南昌市 | 265 | 1420\n2 | 九江市 | 148 | 786\n\n"
        "注：累计有效数量统计截至2026年9月15日，含本年度新认定企业。\n"
    ).text
    counted = {f.value: f for f in figures(table, region="江西省", ref=date(2026, 9, 18))}
    assert (counted[1420].period_start, counted[1420].period_end) == (date(2026, 9, 15), date(2026, 9, 15))
    fitted = {
        f.value: f
        for f in figures("1-9月，我国动力电池累计装车量520.3GWh。", region="全国", ref=date(2026, 10, 20))
    }
    assert (fitted[520.3].period_start, fitted[520.3].period_end) == (date(2026, 1, 1), date(2026, 9, 30))


def test_a_notices_verb_before_its_county_is_no_part_of_the_name() -> None:
    # 关于公布长兴县2025年度…结果的通知: the county's text (it was 公布长兴县's)
    text = (
        "关于公布长兴县2025年度工业企业亩均效益综合评价结果的通知\n\n"
        "发布日期：2026-04-17　　来源：长兴县经济和信息化局\n\n"
        "2025年，全县规上工业企业亩均税收38.6万元，同比增长5.2%。"
    )
    assert described_figures(text, "notice.txt")[38.6].region == "长兴县"


def test_a_growth_bound_that_classes_the_firms_counted_is_no_figure() -> None:
    # 归母净利润同比增长超过100%的公司有21家: 100% is the class, not a growth reported
    found = figures("其中归母净利润同比增长超过100%的公司有21家。", region="湖南省", ref=date(2025, 10, 31))
    assert [f.value for f in found] == [21]
    assert "100%的公司" in found[0].indicator


def test_trains_run_by_a_province_named_short() -> None:
    # 贵州开行陆海新通道班列1147列 in a text of 重庆市: 贵州's trains
    found = {f.value: f for f in figures("前10个月，贵州开行陆海新通道班列1147列。", region="重庆市")}
    assert found[1147].region == "贵州省"


def test_a_volume_at_last_years_prices_said_without_constant() -> None:
    # 按照上年价格计算的电信业务总量同比增长9.2%: of the months reported, not of 上年
    text = "1-9月，电信业务收入累计完成13285亿元。按照上年价格计算的电信业务总量同比增长9.2%。"
    found = {f.value: f for f in figures(text, region="全国", ref=date(2026, 10, 22))}
    assert (found[9.2].period_start, found[9.2].period_end) == (date(2026, 1, 1), date(2026, 9, 30))


def test_places_gaps_in_the_growth_told_before() -> None:
    # 中部、西部地区增速分别高于全国平均水平0.7和0.5个百分点: each region's gap in 电信业务收入's growth
    # (江苏、浙江增速… had given one gap, named 浙江增速, to the country)
    text = (
        "1-9月，东部地区电信业务收入增长2.1%，中部、西部地区增速分别高于全国平均水平0.7和0.5个百分点。"
        "全国规上工业增加值增长6.1%，江苏、浙江增速分别高于全国平均水平1.2和0.9个百分点。"
    )
    found = {f.value: f for f in figures(text, region="全国", ref=date(2026, 10, 22))}
    assert [(found[v].region, found[v].indicator, found[v].measure) for v in (0.7, 0.5)] == [
        ("中部地区", "电信业务收入", "pp_diff"),
        ("西部地区", "电信业务收入", "pp_diff"),
    ]
    assert (found[1.2].region, found[0.9].region) == ("江苏省", "浙江省")


def test_what_stands_now_in_a_speech_that_sets_next_years_work() -> None:
    # …部署2027年工业发展重点工作 … ——数字转型纵深推进。截至目前，全市累计建成…64个: outcomes
    text = (
        "11月6日，全市工业大会召开。市长出席并讲话，全面回顾2025年以来全市工业发展成效，部署2027年工业发展重点工作。"
        "\n\n——数字转型纵深推进。截至目前，全市累计建成省级智能制造标杆车间64个，"
        "规模以上工业企业数字化改造覆盖率达到68.5%。"
    )
    found = {f.value: f for f in figures(text, region="株洲市", ref=date(2026, 11, 6))}
    assert (found[64].status, found[68.5].status) == ("actual", "actual")


def test_one_subjects_shares_of_wholes_listed_after_it() -> None:
    # 我国出口船舶分别占全国造船完工量、新接订单量、手持订单量的91.8%、89.4%和92.6%: a share of each
    # whole in turn (none was read)
    text = "前三季度，我国出口船舶分别占全国造船完工量、新接订单量、手持订单量的91.8%、89.4%和92.6%。"
    found = {f.value: f for f in figures(text, region="全国", ref=date(2025, 10, 17))}
    assert [(found[v].indicator, found[v].measure) for v in (91.8, 89.4, 92.6)] == [
        ("出口船舶占全国造船完工量", "share_pct"),
        ("出口船舶占新接订单量", "share_pct"),
        ("出口船舶占手持订单量", "share_pct"),
    ]


def test_a_gap_to_the_time_schedule() -> None:
    # 完成年度计划的80.3%，超时序进度5.3个百分点: the gap to where the year's schedule stands
    text = "1-9月，全县重点项目完成投资186.2亿元，完成年度计划的80.3%，超时序进度5.3个百分点。"
    gap = next(f for f in figures(text, region="长兴县", ref=date(2026, 10, 12)) if f.value == 5.3)
    assert (gap.measure, gap.benchmark) == ("pp_diff", "时序进度")


def test_names_listed_before_the_flow_the_last_one_names() -> None:
    # 铜陵有色、海螺集团、淮河能源营业收入分别达到…: each firm's 营业收入 (the first two were named
    # by the firm alone)
    text = "前三季度，铜陵有色、海螺集团、淮河能源营业收入分别达到1832.7亿元、1486.2亿元和1054.9亿元。"
    found = {f.value: f for f in figures(text, region="安徽省", ref=date(2026, 10, 28))}
    assert [found[v].indicator for v in (1832.7, 1486.2, 1054.9)] == [
        "铜陵有色营业收入",
        "海螺集团营业收入",
        "淮河能源营业收入",
    ]


def test_a_towns_own_bulletin_and_what_its_last_quarter_needs() -> None:
    # 星沙街道2026年1-9月经济运行简报 is the 街道's (it was an unnamed county's, and every figure
    # dropped); 四季度需完成… is this year's fourth quarter, a goal (it was last year's, an outcome)
    text = (
        "星沙街道2026年1-9月经济运行简报\n\n长沙县星沙街道经济发展办公室　　2026年10月15日\n\n"
        "1-9月，街道规上工业增加值增速高于全县1.4个百分点，居全县各镇（街道）第3位。"
        "全街道社会消费品零售总额增长4.6%。\n\n"
        "按照年初确定的目标，全年规上工业总产值力争突破560亿元。四季度需完成规上工业总产值147.35亿元以上。"
    )
    found = described_figures(text, "xingsha.txt")
    assert found[4.6].region == "星沙街道"
    needed = found[147.35]
    assert (needed.status, needed.period_start, needed.period_end) == (
        "target",
        date(2026, 10, 1),
        date(2026, 12, 31),
    )


def test_a_table_whose_level_column_is_the_quarters_to_date() -> None:
    # 指标名称 | 单位 | 前三季度 | 同比增长（%）: the levels of January to September and their growth
    # (no row was read)
    text = normalize(
        "仁寿县统计局\n2026年10月20日\n\n附表：2026年前三季度仁寿县主要经济指标\n\n"
        "指标名称 | 单位 | 前三季度 | 同比增长（%）\n地区生产总值 | 亿元 | 412.36 | 6.3\n"
        "社会消费品零售总额 | 亿元 | 198.64 | 5.9\n"
    ).text
    found = {f.value: f for f in figures(text, region="仁寿县", ref=date(2026, 10, 20))}
    for value in (412.36, 6.3, 198.64, 5.9):
        assert (found[value].period_start, found[value].period_end) == (date(2026, 1, 1), date(2026, 9, 30))


def test_a_table_of_firm_groups() -> None:
    # 企业集团 | 销量（万辆） | 同比增长（%）: each group's sales (no row was read)
    text = normalize(
        "中国汽车工业协会\n2026年11月11日\n\n表　2026年1-10月汽车销量排名前十位企业集团\n\n"
        "企业集团 | 销量（万辆） | 同比增长（%）\n"
        "比亚迪 | 382.5 | 8.6\n上汽集团 | 352.8 | 12.3\n吉利控股 | 331.6 | 26.4\n"
    ).text
    found = {f.value: f for f in figures(text, region="全国", ref=date(2026, 11, 11))}
    assert found[382.5].indicator.startswith("比亚迪") and found[382.5].unit == "万辆"
    assert found[12.3].indicator.startswith("上汽集团") and found[12.3].measure == "yoy_growth_pct"


def test_a_list_item_named_as_a_balance_stands_at_the_months_end() -> None:
    # 造船完工量、新接订单量和手持订单量分别占…: orders on hand stand at September's end, the other two
    # are the months' flows (all three were flows); a balance's word that ends a list of bare items
    # (动力电池、储能电池库存量) is the head each shares
    text = (
        "前三季度全市船舶工业运行情况\n\n南通市工业和信息化局　　2025年10月20日\n\n"
        "前三季度，全市造船完工量、新接订单量和手持订单量分别占全国的12.6%、13.8%和11.9%。"
        "全市动力电池、储能电池库存量同比分别增长8.1%、9.2%。"
    )
    found = described_figures(text, "nantong.txt")
    months, end = (date(2025, 1, 1), date(2025, 9, 30)), (date(2025, 9, 30), date(2025, 9, 30))
    assert (found[12.6].period_start, found[12.6].period_end) == months
    assert (found[11.9].period_start, found[11.9].period_end) == end
    assert (found[8.1].period_start, found[8.1].period_end) == end
    assert (found[9.2].period_start, found[9.2].period_end) == end


def test_a_notice_asking_views_on_a_draft_plan_reads_as_the_plan() -> None:
    # 关于公开征求《望城区2027年…工作要点（征求意见稿）》意见的公告, out in November 2026: the goals are
    # 2027's (they were outcomes of no period), and the paragraph opening on 2026年 reviews this year
    # (its 1-9月 were 2027's goals)
    text = (
        "关于公开征求《望城区2027年工业和信息化工作要点（征求意见稿）》意见的公告\n\n"
        "发布时间：2026-11-10 09:15　来源：长沙市望城区工业和信息化局\n\n"
        "2026年，面对复杂多变的外部环境，全区工业经济稳中向好。1-9月，全区规上工业增加值增长8.2%。\n\n"
        "一、主要目标\n\n1. 规模以上工业增加值增长8%左右。\n2. 规模以上工业总产值突破1600亿元。\n"
    )
    found = described_figures(text, "wangcheng.txt")
    assert (found[8.2].status, found[8.2].period_start) == ("actual", date(2026, 1, 1))
    for goal in (8.0, 1600.0):
        assert (found[goal].status, found[goal].period_start) == ("target", date(2027, 1, 1))


def test_a_plans_basis_section_reviews_the_years_behind() -> None:
    # 一、发展基础 in a plan for 十五五: “十四五”时期…年均增长7.2% is what was done (it was a goal of
    # 2026-2030)
    text = (
        "株洲市“十五五”工业发展规划\n\n发布日期：2026-04-16　来源：株洲市工业和信息化局\n\n"
        "一、发展基础\n\n“十四五”时期，全市坚持工业强市战略不动摇。规模以上工业增加值年均增长7.2%，"
        "高于全省平均0.6个百分点。\n\n二、主要目标\n\n到2030年，力争规模以上工业营业收入突破5000亿元。\n"
    )
    found = described_figures(text, "zhuzhou.txt")
    assert (found[7.2].status, found[7.2].period_start) == ("actual", date(2021, 1, 1))
    assert found[5000.0].status == "target"


def test_a_table_whose_place_column_is_headed_by_its_level_alone() -> None:
    # 序号 | 市 | 创新型中小企业 | 专精特新中小企业: each city's counts (no row was read)
    text = normalize(
        "安徽省经济和信息化厅\n2025年11月20日\n\n2025年度创新型中小企业和专精特新中小企业分市统计表\n\n单位：家\n\n"
        "序号 | 市 | 创新型中小企业 | 专精特新中小企业\n1 | 合肥市 | 812 | 372\n2 | 芜湖市 | 356 | 168\n"
    ).text
    found = {f.value: f for f in figures(text, region="安徽省", ref=date(2025, 11, 20))}
    assert (found[812.0].region, found[372.0].region, found[168.0].region) == ("合肥市", "合肥市", "芜湖市")
    assert found[168.0].indicator.startswith("专精特新")


def test_a_bylines_time_stamp_dates_the_article() -> None:
    # 经济观察报 记者 何川　2026-04-18 08:15 under the headline: the article's day (the year was
    # guessed, and the byline read as the title); 如今已入驻企业67家 stands on that day
    text = (
        "经济观察网 > 区域 > 正文\n\n盐都“向天借势”：自贡低空经济的突围样本\n\n"
        "经济观察报 记者 何川　2026-04-18 08:15\n\n"
        "2025年，自贡市低空经济产业实现营业收入186.4亿元。凤鸣通用机场周边的产业园，如今已入驻企业67家。"
    )
    found = described_figures(text, "zigong.txt")
    assert (found[186.4].period_start, found[186.4].period_end) == (date(2025, 1, 1), date(2025, 12, 31))
    assert (found[67.0].period_start, found[67.0].period_end) == (date(2026, 4, 18), date(2026, 4, 18))


def test_a_caption_names_an_industry_its_column_measures() -> None:
    # 表：2025年各区、县（市）数字经济核心产业增加值 over 区、县（市） | 增加值（亿元）: the industry's value
    # added (it was a bare 增加值: 核心产业 was taken for a table of industries)
    text = normalize(
        "杭州市经济和信息化局\n2026年2月26日\n\n表：2025年各区、县（市）数字经济核心产业增加值\n\n"
        "区、县（市）\t增加值（亿元）\t同比增长（%）\n滨江区\t2163.5\t9.6\n余杭区\t1342.8\t10.8\n"
    ).text
    found = {f.value: f for f in figures(text, region="杭州市", ref=date(2026, 2, 26))}
    assert found[2163.5].indicator == "数字经济核心产业增加值"
    assert found[2163.5].region == "滨江区"


def test_a_places_growth_ranked_is_the_growth_told_for_the_whole() -> None:
    # 其中钱塘区增速居全市首位: 钱塘区's rank in the growth the text gave for the city (it was a thing
    # called 钱塘区增速, in another district, on the year's last day)
    text = (
        "杭州市2025年数字经济发展报告\n\n发布日期：2026-02-26 来源：杭州市经济和信息化局\n\n"
        "2025年，全市数字经济核心产业增加值增长8.1%。\n\n"
        "分区域看，滨江区继续发挥引领作用，萧山区、钱塘区实现较快增长，其中钱塘区增速居全市首位。"
    )
    ranked = [f for f in described_figures(text, "hangzhou.txt").values() if f.measure == "rank"]
    assert [(f.indicator, f.region) for f in ranked] == [("数字经济核心产业增加值增速", "钱塘区")]
    assert (ranked[0].period_start, ranked[0].period_end) == (date(2025, 1, 1), date(2025, 12, 31))


def test_a_city_whose_short_name_is_a_word_listed_among_places() -> None:
    # 宁德、厦门规上工业增加值分别增长…: 宁德 (withheld as a short name for 宁德时代) is the city when
    # listed among places (it was 宁德以上工业增加值, the province's); 宁德时代 stays a firm
    text = (
        "福建省前三季度工业运行情况\n\n发布时间：2026-10-20 来源：福建省工业和信息化厅\n\n"
        "前三季度，全省规上工业增加值增长5.5%。宁德、厦门规上工业增加值分别增长9.1%、6.3%。"
        "宁德时代、福耀玻璃营业收入分别增长12.4%、8.8%。"
    )
    found = described_figures(text, "fujian.txt")
    assert (found[9.1].region, found[9.1].indicator) == ("宁德市", "规模以上工业增加值")
    assert found[6.3].region == "厦门市"
    assert found[12.4].region == "福建省" and found[12.4].indicator.startswith("宁德时代")


def test_places_leading_in_a_rate_then_their_gaps_to_the_schedule() -> None:
    # 泉州、厦门、漳州投资完成率居全省前列，分别超时序进度…: each place's gap in its completion rate
    # (nothing was read); a zone of a province's own (平潭综合实验区) is a table row's place
    text = (
        "福建省发展和改革委员会关于2026年前三季度省重点项目进展情况的通报\n\n发布时间：2026-10-20\n\n"
        "1-9月，全省省重点项目完成投资4826.5亿元，完成年度计划的81.2%。"
        "泉州、厦门、漳州投资完成率居全省前列，分别超时序进度15.6、13.1、12.9个百分点。\n\n"
        "地区 | 完成投资（亿元） | 完成年度计划（%）\n福州市 | 862.4 | 86.3\n平潭综合实验区 | 96.3 | 74.1\n"
    )
    found = described_figures(text, "fujian_projects.txt")
    gaps = [found[v] for v in (15.6, 13.1, 12.9)]
    assert [(f.region, f.measure) for f in gaps] == [
        ("泉州市", "pp_diff"),
        ("厦门市", "pp_diff"),
        ("漳州市", "pp_diff"),
    ]
    assert all("完成率" in f.indicator for f in gaps)
    assert found[96.3].region == "平潭综合实验区"


def test_a_province_named_before_its_whole_in_a_national_text() -> None:
    # 上海提出，…；湖北提出，到2027年全省机器人产业规模…: 湖北's goal (it was dropped, 全省 of no province);
    # 广东服务机器人产量498万套 is 广东's (it was the country's); 产量连续多年居全国首位 ranks the output
    text = (
        "2025年我国工业机器人产量首次突破70万套\n\n2026-01-23 16:42:05　　来源：新华网\n\n"
        "2025年我国工业机器人产量达到72.6万套。2025年广东工业机器人产量26.8万套，产量连续多年居全国首位。"
        "广东服务机器人产量498万套。\n\n"
        "上海提出，到2027年全市机器人产业规模力争达到1500亿元；湖北提出，到2027年全省机器人产业规模达到500亿元以上。"
    )
    found = described_figures(text, "robots.txt")
    assert found[498.0].region == "广东省"
    assert found[500.0].region == "湖北省" and found[1500.0].region == "上海市"
    ranked = [f for f in found.values() if f.measure == "rank"]
    assert [(f.indicator, f.region) for f in ranked] == [("工业机器人产量", "广东省")]


def test_a_gap_to_the_same_months_of_a_benchmark_named_at_length() -> None:
    # 比同期规模以上工业出口交货值增速高2.9个百分点, 分别比同期规模以上工业、高技术制造业高…: gaps (none
    # was read: the benchmark ran past fourteen characters)
    text = (
        "2026年1—10月电子信息制造业运行情况\n\n发布时间：2026-11-26 来源：工业和信息化部运行监测协调局\n\n"
        "1—10月，规模以上电子信息制造业增加值同比增长11.8%，增速分别比同期规模以上工业、高技术制造业高5.7个和"
        "2.3个百分点。规模以上电子信息制造业实现出口交货值同比增长4.6%，比同期规模以上工业出口交货值增速高2.9个百分点。"
    )
    found = described_figures(text, "electronics.txt")
    assert [(found[v].measure, found[v].benchmark) for v in (5.7, 2.3)] == [
        ("pp_diff", "规模以上工业"),
        ("pp_diff", "高技术制造业"),
    ]
    assert found[2.9].measure == "pp_diff" and found[2.9].indicator.endswith("出口交货值")


def test_a_table_whose_level_column_is_what_was_done() -> None:
    # 指标名称|单位|完成值|同比增长（%）|增速全市位次: the level done, its growth and rank (no row was read)
    text = normalize(
        "襄阳高新区管委会\n2026年11月24日\n\n表1　2026年1—10月襄阳高新区主要经济指标完成情况\n"
        "指标名称|单位|完成值|同比增长（%）|增速全市位次\n规模以上工业总产值|亿元|1486.3|10.8|—\n"
        "规模以上工业增加值|—|—|9.6|2\n"
    ).text
    found = {
        (f.value, f.measure): f
        for f in figures(text, region="襄阳高新技术产业开发区", ref=date(2026, 11, 24))
    }
    assert found[(1486.3, "amount")].unit == "亿元"
    assert found[(9.6, "yoy_growth_pct")].indicator == "规模以上工业增加值"
    assert (2.0, "rank") in found


def test_a_provinces_county_economy_is_a_flow_of_its_year() -> None:
    # 2025年，湖北县域经济总量达到3.58万亿元: the counties' output over 2025, of 湖北 (it was a stock at the
    # year's end, named 湖北县域经济总量)
    text = (
        "湖北县域经济观察\n\n发布时间：2026-03-18 来源：人民日报\n\n2025年，湖北县域经济总量达到3.58万亿元，"
        "占全省经济总量的57%。"
    )
    found = described_figures(text, "hubei_counties.txt")
    county = found[3.58]
    assert (county.indicator, county.region) == ("县域经济总量", "湖北省")
    assert (county.period_start, county.period_end) == (date(2025, 1, 1), date(2025, 12, 31))


def test_the_countys_leaders_name_no_county() -> None:
    # 落实县领导挂钩联系重点企业制度，…力争全年规上工业产值增长8%以上: the county's leaders (the goals went to
    # a county called 落实县)
    text = (
        "沭阳县2026年前三季度工业经济运行分析\n\n发布时间：2026-10-27 来源：沭阳县工业和信息化局\n\n"
        "前三季度，全县规上工业产值增长9.1%。\n\n四、下一步工作打算\n\n"
        "我局将紧盯全年目标任务，落实县领导挂钩联系重点企业制度，力争全年规上工业产值增长8%以上。"
    )
    found = described_figures(text, "shuyang.txt")
    assert found[8.0].region == "沭阳县" and found[8.0].status == "target"


def test_the_province_after_two_opening_words() -> None:
    # 预计全年全省新增5G基站…, in a city's section of a provincial round-up: the province's (it was the
    # section's city: 预计 and 全年 were taken off one at a time, 全年 first)
    text = (
        "四川5G+工业互联网观察\n\n发布时间：2025-09-23 来源：中国工业报\n\n四川推进融合发展。\n\n"
        "宜宾：动力电池“链”上提速\n\n宜宾市建成5G工厂12个。\n\n预计全年全省新增5G基站1.5万—2万个。"
    )
    found = described_figures(text, "sichuan_5g.txt")
    assert found[12.0].region == "宜宾市"
    assert found[1.5].region == "四川省"


def test_a_places_count_ranked_names_no_place() -> None:
    # 南昌市入选数量居全省首位，赣州市居第二位: each city's rank in the count (both were a thing called
    # 南昌市入选数量)
    text = (
        "江西省2026年度智能工厂和数字化车间名单公布\n\n发布时间：2026-10-16 来源：江西省工业和信息化厅\n\n"
        "本次共认定智能工厂86家。南昌市入选数量居全省首位，赣州市居第二位。"
    )
    ranked = [f for f in described_figures(text, "jiangxi_factories.txt").values() if f.measure == "rank"]
    assert [(f.indicator, f.region, f.value) for f in ranked] == [
        ("入选数量", "南昌市", 1.0),
        ("入选数量", "赣州市", 2.0),
    ]


def test_a_project_lists_output_at_full_capacity_is_expected_in_no_year() -> None:
    # 预计达产后年产值（亿元） in a list of projects signed: what each is to make once at full capacity,
    # an estimate of no year (it was an outcome of the quarter reported)
    text = normalize(
        "襄阳市一季度制造业重大项目集中签约\n\n发布时间：2026-03-26 来源：襄阳市投资促进局\n\n"
        "序号 | 项目名称 | 总投资（亿元） | 预计达产后年产值（亿元）\n"
        "1 | 储能电池及系统集成项目 | 120 | 150\n2 | 新能源汽车一体化压铸件生产基地项目 | 102 | 130\n"
    ).text
    found = {f.value: f for f in figures(text, region="襄阳市", ref=date(2026, 3, 26))}
    for value in (150.0, 130.0):
        assert (found[value].status, found[value].period_start, found[value].period_end) == (
            "estimate",
            None,
            None,
        )


def test_a_year_before_a_countys_name_is_no_part_of_it() -> None:
    # 2027年长兴县人民政府工作报告 inside a notice asking views on it: the county is 长兴县 (it was 年长兴县,
    # and no figure matched any place)
    text = (
        "关于公开征求《2027年长兴县人民政府工作报告（征求意见稿）》意见的公告\n\n"
        "发布时间：2026-11-24 09:15\n\n2027年长兴县人民政府工作报告\n\n"
        "预计全年实现地区生产总值1120亿元，全县规上工业增加值增长9.5%。"
    )
    found = described_figures(text, "changxing_report.txt")
    assert found[1120.0].region == found[9.5].region == "长兴县"


def test_the_citys_own_firms_name_no_city() -> None:
    # 前三季度市属国有企业经济运行稳中向好, from 合肥市's 国资委: 市属 is the city's own (the text was a city
    # called 前三季度市)
    text = (
        "前三季度市属国有企业经济运行稳中向好\n\n"
        "发布时间：2025-10-27 16:05　　来源：合肥市人民政府国有资产监督管理委员会\n\n"
        "今年以来，市国资委深入贯彻落实市委、市政府决策部署，指导监管企业聚焦主责主业。\n\n"
        "前三季度，市属企业累计实现营业收入1286.4亿元，同比增长8.7%。"
    )
    found = described_figures(text, "hefei_soe.txt")
    assert found[1286.4].region == found[8.7].region == "合肥市"


def test_columns_of_how_things_were_named_under_a_caption_that_names_them() -> None:
    # 2026年度株洲市专精特新中小企业认定情况分县市区统计如下： over 本次认定（家） | 累计有效（家）: counts of
    # those firms (they were things called 有效 and 本次认定)
    text = normalize(
        "株洲市工业和信息化局\n2026年7月8日\n\n2026年度株洲市专精特新中小企业认定情况分县市区统计如下：\n\n"
        "县市区 | 本次认定（家） | 累计有效（家）\n荷塘区 | 14 | 52\n芦淞区 | 11 | 41\n"
    ).text
    found = {f.value: f for f in figures(text, region="株洲市", ref=date(2026, 7, 8))}
    assert found[14.0].indicator.startswith("专精特新中小企业")
    assert found[52.0].indicator.startswith("专精特新中小企业")
    assert found[52.0].region == "荷塘区"


def test_places_listed_before_each_gap_are_its_places() -> None:
    # …；南漳县、保康县完成率均低于全市平均水平10个百分点以上: the two counties' gaps (they went to the places
    # of the figures before, 枣阳市 and 襄州区); a completion rate of the year's plan is an outcome of the
    # months (年度计划投资完成率分别为…: it was a goal of the year)
    cleaned = normalize(
        "襄阳市重大项目进展情况通报\n\n发布时间：2026-10-20 来源：襄阳市发展和改革委员会\n\n"
        "前三季度，枣阳市、襄州区年度计划投资完成率分别为88.6%、86.2%；南漳县、保康县完成率均低于全市平均水平"
        "10个百分点以上。"
    ).text
    found = extract_figures(cleaned, describe_document(cleaned, "xiangyang_projects.txt"))
    rate = next(f for f in found if f.value == 88.6)
    assert (rate.status, rate.period_end) == ("actual", date(2026, 9, 30))
    assert sorted(f.region for f in found if f.measure == "pp_diff") == ["保康县", "南漳县"]


def test_a_tables_bare_growth_column_is_the_growth_of_the_flow_each_row_names() -> None:
    # 指标 | 增速(%) | 占全部投资比重(%) over rows of flows: each row's growth and share (the growth column
    # named no indicator and was dropped; a row marked 其中： was no flow at all)
    text = normalize(
        "长兴县前三季度投资运行情况\n2026年10月23日\n\n附表：2026年前三季度长兴县固定资产投资主要指标\n\n"
        "指标 | 增速(%) | 占全部投资比重(%)\n固定资产投资 | 6.8 | —\n工业投资 | 12.4 | 41.6\n"
        "其中：制造业投资 | 13.1 | 38.2\n"
    ).text
    found = {f.value: f for f in figures(text, region="长兴县", ref=date(2026, 10, 23))}
    assert (found[12.4].indicator, found[12.4].measure) == ("工业投资", "yoy_growth_pct")
    assert (found[13.1].indicator, found[13.1].measure) == ("制造业投资", "yoy_growth_pct")
    assert (found[38.2].indicator, found[38.2].measure) == ("制造业投资", "share_pct")


def test_a_plan_to_roll_out_projects_is_a_goal() -> None:
    # 计划滚动实施重大项目500个以上: a goal of projects (it was an outcome of the months reported, named
    # 滚动实施重大项目)
    text = (
        "长兴县投资运行情况\n2026年10月23日\n前三季度，全县固定资产投资同比增长6.8%。"
        "围绕“十五五”规划，计划滚动实施重大项目500个以上、总投资超过2000亿元。"
    )
    found = described_figures(text, "changxing_investment.txt")
    assert (found[500.0].status, found[500.0].indicator) == ("target", "重大项目")
    assert found[2000.0].status == "target"


def test_months_listed_with_only_their_growth_are_of_the_growth_told_before() -> None:
    # 从月度走势看，1-7月、1-8月累计增速分别为5.6%、6.2%: the months' growth of the one flow the sentence
    # before grew (no figure was given, 累计增速 naming nothing); one month alone too
    text = (
        "长兴县投资运行情况\n2026年10月23日\n前三季度，全县固定资产投资同比增长6.8%，增速比上半年提高0.9个百分点。"
        "从月度走势看，1-7月、1-8月累计增速分别为5.6%、6.2%，呈逐月回升态势。"
    )
    found = described_figures(text, "changxing_months.txt")
    assert (found[5.6].indicator, found[5.6].period_end) == ("固定资产投资", date(2026, 7, 31))
    assert (found[6.2].indicator, found[6.2].period_end) == ("固定资产投资", date(2026, 8, 31))
    alone = described_figures(
        "长兴县投资运行情况\n2026年10月23日\n前三季度，全县固定资产投资同比增长6.8%。1-7月累计增速为5.6%。",
        "changxing_month.txt",
    )
    assert (alone[5.6].indicator, alone[5.6].period_end) == ("固定资产投资", date(2026, 7, 31))
    two = described_figures(
        "长兴县投资运行情况\n2026年10月23日\n前三季度，全县规上工业增加值同比增长6.8%，固定资产投资增长5.1%。"
        "1-7月累计增速为5.6%。",
        "changxing_two.txt",
    )
    assert 5.6 not in two  # two flows grew the sentence before: whose growth it is cannot be told


def test_places_a_clause_opens_on_go_with_what_the_next_clause_names() -> None:
    # 金坛区、溧阳市聚焦动力电池，动力电池产业产值分别达到980亿元和760亿元: each place's output of batteries
    # (they were the share of the chain's output told before, or no figure at all)
    text = (
        "常州市新能源汽车产业发布会\n2026年2月26日\n武进区2025年新能源汽车产业链产值达到2480亿元，"
        "占全市的比重达到35.5%；金坛区、溧阳市聚焦动力电池，动力电池产业产值分别达到980亿元和760亿元。"
    )
    found = described_figures(text, "changzhou_nev.txt")
    assert (found[980.0].indicator, found[980.0].region) == ("动力电池产业产值", "金坛区")
    assert (found[760.0].indicator, found[760.0].region) == ("动力电池产业产值", "溧阳市")


def test_a_share_of_an_attribute_said_again_is_the_share_of_the_subject_before() -> None:
    # 全年新能源汽车产量69.8万辆，…，产量占全省比重超过三分之一: the share of that output (a thing called
    # 产量占全省比重)
    text = (
        "常州市新能源汽车产业发布会\n2026年2月26日\n"
        "全年新能源汽车产量69.8万辆，增长9.5%，产量占全省比重超过三分之一。"
    )
    found = described_figures(text, "changzhou_share.txt")
    assert found[33.33].indicator == "新能源汽车产量占全省比重"


def test_county_level_cities_a_province_runs_are_read_by_their_short_names() -> None:
    # 省直管市仙桃、潜江、天门工业用电量分别增长…: each city's (the province's, named 省直管市仙桃用电量)
    text = (
        "湖北省工业用电分析\n2026年7月24日\n上半年，全省工业用电量增长6.2%。"
        "省直管市仙桃、潜江、天门工业用电量分别增长9.1%、5.2%和7.8%。"
    )
    found = described_figures(text, "hubei_power.txt")
    assert [(found[v].indicator, found[v].region) for v in (9.1, 5.2, 7.8)] == [
        ("工业用电量", "仙桃市"),
        ("工业用电量", "潜江市"),
        ("工业用电量", "天门市"),
    ]


def test_the_year_after_a_forecast_in_the_same_sentence_is_forecast_too() -> None:
    # 预计三季度…增长6%左右；全年工业用电量1620亿千瓦时左右, in July: expected (it was an outcome of a
    # year not over); said in December the year's figures are as good as known
    text = (
        "湖北省工业用电分析\n2026年7月24日\n上半年，全省工业用电量增长6.2%。综合考虑各方面因素，"
        "预计三季度全省工业用电量增长6%左右；全年工业用电量1620亿千瓦时左右，同比增长5.5%-6.5%。"
    )
    found = described_figures(text, "hubei_forecast.txt")
    assert found[1620.0].status == found[5.5].status == "estimate"
    late = described_figures(text.replace("2026年7月24日", "2026年12月20日"), "hubei_forecast_late.txt")
    assert late[1620.0].status == "actual"


def test_a_zone_named_after_a_county_level_city_is_that_zone() -> None:
    # 井冈山经开区科技创新指标得分居全省第1位: the zone of 井冈山市, ranked by its score (the zone was no
    # place, and 得分 ending in 分 read as 分别, leaving no rank)
    text = (
        "江西省国家级经开区考核结果公示\n2025年6月10日\n"
        "在单项评价中，九江经开区开放合作指标得分居全省第1位，井冈山经开区科技创新指标得分居全省第2位。"
    )
    found = described_figures(text, "jiangxi_zones.txt")
    assert (found[1.0].indicator, found[1.0].region) == ("开放合作指标得分", "九江经济技术开发区")
    assert (found[2.0].indicator, found[2.0].region) == ("科技创新指标得分", "井冈山经济技术开发区")


def test_a_zone_ranked_alone_is_ranked_in_the_assessment_the_clause_before_names() -> None:
    # …考核评价结果中，南昌经开区位列全国第31位，南昌小蓝经开区、赣州经开区分别居第58位、第66位: each zone's
    # place in that assessment (they had no indicator)
    text = (
        "江西省国家级经开区考核结果公示\n2025年6月10日\n在商务部公布的2024年国家级经开区综合发展水平考核评价结果中，"
        "南昌经开区位列全国第31位，南昌小蓝经开区、赣州经开区分别居第58位、第66位。"
    )
    found = described_figures(text, "jiangxi_assessment.txt")
    assert found[31.0].region == "南昌经济技术开发区"
    assert found[66.0].region == "赣州经济技术开发区"
    assert all("综合发展水平" in found[v].indicator for v in (31.0, 58.0, 66.0))
    assert found[31.0].period_end == date(2024, 12, 31)


def test_a_citys_leaders_name_no_city() -> None:
    # 坚持市领导挂点联系重大项目，全年新签约亿元以上项目72个: the city's (丰城市), not a city called 坚持市
    text = (
        "丰城市政府工作报告\n2026年1月10日\n"
        "坚持市领导挂点联系重大项目，全年新签约亿元以上项目72个、签约金额386亿元。"
    )
    found = described_figures(text, "fengcheng_report.txt")
    assert found[72.0].region == found[386.0].region == "丰城市"


def test_the_economys_size_ranked_is_the_regions_gdp() -> None:
    # 经济总量居全省第2位: the rank of the city's 地区生产总值
    text = "襄阳市人大常委会报告\n2025年7月28日\n上半年，全市地区生产总值增长6.1%，经济总量居全省第2位。"
    found = described_figures(text, "xiangyang_rank.txt")
    assert (found[2.0].measure, found[2.0].indicator) == ("rank", "地区生产总值")


def test_a_share_of_the_years_budget_is_its_completion() -> None:
    # 全市一般公共预算收入完成年度预算的53.6%: how much of the budget was done (no figure was given)
    text = "襄阳市人大常委会报告\n2025年7月28日\n上半年，全市一般公共预算收入完成年度预算的53.6%。"
    found = described_figures(text, "xiangyang_budget.txt")
    assert (found[53.6].measure, found[53.6].status) == ("share_pct", "actual")
    assert found[53.6].indicator.startswith("一般公共预算收入")


def test_a_batchs_count_said_with_gong_is_named_without_it() -> None:
    # 第九批制造业单项冠军企业共256家: the batch's firms (a thing called …企业共)
    text = "工信部公示名单\n2025年12月19日\n第九批制造业单项冠军企业共256家。"
    found = described_figures(text, "champions.txt")
    assert found[256.0].indicator == "第九批制造业单项冠军企业"


def test_a_caption_of_counts_built_up_dates_them_to_the_day() -> None:
    # 表：部分省份…单项冠军企业累计数量（含本批次）, in a text of December 19: what stands that day (they were
    # the year's)
    text = normalize(
        "重磅！名单出炉\n\n原创　产业观察君　2025年12月19日 20:31\n\n"
        "表：部分省份国家级工业设计中心及单项冠军企业累计数量（含本批次）\n"
        "省份 | 国家级工业设计中心（家） | 单项冠军企业（家）\n浙江 | 68 | 248\n山东 | 64 | 215\n"
    ).text
    found = {f.value: f for f in figures(text, region="全国", ref=date(2025, 12, 19))}
    assert (found[248.0].region, found[248.0].period_type, found[248.0].period_end) == (
        "浙江省",
        "as_of",
        date(2025, 12, 19),
    )


def test_a_places_count_that_won_a_rank_is_of_the_things_counted_before() -> None:
    # …全国累计认定国家级工业设计中心已达439家。 ↵ 分省份看，浙江省以22家新入选居全国首位；…: the province's
    # count of those centres, and its rank by it (no count was given, and the rank was of 新入选)
    text = (
        "第七批国家级工业设计中心名单出炉\n2025年12月19日\n截至目前，全国累计认定国家级工业设计中心已达439家。\n\n"
        "分省份看，浙江省以22家新入选居全国首位；广东省、山东省分别以19家、17家位列第二、第三。"
    )
    found = {(f.value, f.measure): f for f in extract_figures(text, describe_document(text, "centres.txt"))}
    assert (found[22.0, "amount"].indicator, found[22.0, "amount"].region) == ("国家级工业设计中心", "浙江省")
    assert found[1.0, "rank"].indicator == "国家级工业设计中心"
    assert (found[17.0, "amount"].indicator, found[17.0, "amount"].region) == ("国家级工业设计中心", "山东省")
    # (a paragraph before that counted other things, not named in the title, gives no name)
    other = text.replace("国家级工业设计中心已达439家", "推荐申报企业587家")
    assert 22.0 not in {
        f.value for f in extract_figures(other, describe_document(other, "centres_other.txt"))
    }


def test_a_ranking_by_class_of_counties_is_in_the_evaluation_the_title_names() -> None:
    # 排名  县（市）  综合得分 in a text titled …县域经济高质量发展评价结果出炉, and 罗田县、竹溪县、
    # 五峰县分别位列三类县（市、区）第一、第二、第三名: each county's score and rank in that evaluation
    # (the table was not read; the ranks had no name; 五峰县 is 五峰土家族自治县)
    text = (
        "2025年度全省县域经济高质量发展评价结果出炉\n\n发布时间：2026-04-16 09:12　　来源：湖北日报\n\n"
        "湖北日报讯　4月15日，公布2025年度全省县域经济高质量发展评价结果。\n\n"
        "一类县（市）综合排名前五位如下：\n\n"
        "排名    县（市）    综合得分\n1       仙桃市      92.36\n2       宜都市      91.08\n\n"
        "罗田县、竹溪县、五峰县分别位列三类县（市、区）第一、第二、第三名。"
    )
    cleaned = normalize(text).text
    found = extract_figures(cleaned, describe_document(cleaned, "hubei_counties.txt"))
    score = next(f for f in found if f.value == 92.36)
    assert (score.region, score.indicator) == ("仙桃市", "县域经济高质量发展综合得分")
    ranks = {f.region: f for f in found if f.measure == "rank" and "分别" in f.quote}
    assert set(ranks) == {"罗田县", "竹溪县", "五峰土家族自治县"}
    assert all("高质量发展" in f.indicator for f in ranks.values())


def test_a_ranking_on_last_years_figures_dates_its_table_to_that_year() -> None:
    # 本次排名依据各县（市）2024年主要经济指标 in 2025年度…综合排名, published in June 2025: its table's
    # figures are 2024's (they were 2025's)
    text = normalize(
        "河南日报　2025年6月18日\n\n2025年度河南省县域经济综合排名发布\n\n"
        "本报讯　6月17日，河南省统计局发布2025年度全省县域经济综合排名。"
        "本次排名依据各县（市）2024年主要经济指标进行综合测算。\n\n附表：2025年度河南省县域经济综合排名前十位县（市）\n"
        "排名　县（市）　地区生产总值（亿元）　增速（%）　上年排名\n"
        "1　巩义市　1086.3　6.1　1\n2　新郑市　1042.7　6.8　2\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "henan_counties.txt"))}
    assert (found[1086.3].region, found[1086.3].period_end) == ("巩义市", date(2024, 12, 31))


def test_a_performance_tables_kind_of_indicator_column_is_passed_over() -> None:
    # 序号 | 指标类别 | 绩效指标 | 年度目标值 | 实际完成值 | 完成情况, its floors written ≥1000: each
    # indicator's goal and outcome (the table was not read)
    text = normalize(
        "湖北省专项资金绩效评价报告\n2025年7月18日\n2024年度专项资金主要指标完成情况如下表：\n\n"
        "序号 | 指标类别 | 绩效指标 | 年度目标值 | 实际完成值 | 完成情况\n"
        "1 | 产出指标 | 带动工业技改投资（亿元） | ≥600 | 712.4 | 已完成\n"
        "2 | 满意度指标 | 受益企业满意度（%） | ≥90 | 94.2 | 已完成\n"
    ).text
    found = {f.value: f for f in figures(text, region="湖北省", ref=date(2025, 7, 18))}
    assert (found[600.0].status, found[600.0].qualifier) == ("target", "at_least")
    assert (found[712.4].status, found[712.4].indicator) == ("actual", "工业技改投资")
    assert (found[94.2].measure, found[94.2].indicator) == ("share_pct", "受益企业满意度")


def test_expected_benefits_reached_are_no_estimate_and_progress_is_a_share() -> None:
    # 达到预期效益的98个: projects that reached what was expected of them, counted (an estimate, for 预期);
    # 支付进度为91.0%: how much was paid (no figure)
    text = (
        "湖北省专项资金绩效评价报告\n2025年7月18日\n截至2024年12月31日，项目单位实际支付资金16.93亿元，"
        "支付进度为91.0%。评价组对其中120个项目开展现场抽查，达到预期效益的98个，占抽查项目的81.7%。"
    )
    found = described_figures(text, "fund_review.txt")
    assert (found[91.0].measure, found[91.0].indicator) == ("share_pct", "支付进度")
    assert found[98.0].status == found[81.7].status == "actual"


def test_a_list_of_projects_signed_at_an_event_is_dated_to_its_day() -> None:
    # 序号 | 项目名称 | 投资额（亿元） | 所属领域 under 本次签约的部分重点项目如下, after 3月17日上午，…
    # 签约仪式…举行: each project's investment, on that day (the table was not read, and 200MW of a
    # name was a figure)
    text = normalize(
        "虞城县举行2026年一季度重点项目集中签约仪式\n\n"
        "来源：虞城县融媒体中心    发布时间：2026-03-18 08:45\n\n"
        "3月17日上午，虞城县2026年一季度重点项目集中签约仪式在县行政服务中心举行。\n\n本次签约的部分重点项目如下：\n\n"
        "序号 | 项目名称 | 投资额（亿元） | 所属领域\n1 | 高端智能工量具产业园项目 | 18.5 | 五金工量具\n"
        "2 | 200MW农光互补光伏发电项目 | 12.0 | 新能源\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "yucheng_signing.txt"))}
    assert found[18.5].indicator == "高端智能工量具产业园项目投资额"
    assert (found[12.0].period_type, found[12.0].period_end) == ("as_of", date(2026, 3, 17))
    assert 200.0 not in found


def test_hong_kongs_words_for_growth_and_its_quarters() -> None:
    # 第二季的按年升幅則為1.1%, 在職員工…按年增加2.3%: growths (no figure was given);
    # 紡織製品及成衣業則下跌6.3%: 則 is no part of the industry's name
    text = (
        "政府統計處新聞公報\n2025年12月12日\n與一年前比較，二〇二五年第三季製造業的整體生產指數上升1.6%，"
        "而二〇二五年第二季的按年升幅則為1.1%（經修訂數字）。紡織製品及成衣業則下跌6.3%。在職員工8,906人，按年增加2.3%。"
    )
    found = described_figures(text, "hk_ipi.txt")
    assert (found[1.1].measure, found[1.1].period_end) == ("yoy_growth_pct", date(2025, 6, 30))
    assert found[-6.3].indicator == "纺织制品及成衣业"
    assert found[2.3].measure == "yoy_growth_pct"


def test_a_table_of_quarters_under_a_caption_of_growths() -> None:
    # 行業組別 | 2024年第三季 | 2025年第三季 | 2025年首三季 under 表一：…按年變動百分率（%）: each industry's
    # growth in each quarter and in the quarters to date (the table was not read)
    text = normalize(
        "政府統計處新聞公報\n2025年12月12日\n\n表一：按主要行業組別劃分的製造業生產指數按年變動百分率（%）\n\n"
        "行業組別 | 2024年第三季 | 2025年第三季 | 2025年首三季\n食品、飲品及煙草製品 | +2.1 | +3.2 | +2.8\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "hk_table.txt"))}
    assert (found[2.1].measure, found[2.1].period_start) == ("yoy_growth_pct", date(2024, 7, 1))
    assert (found[2.8].period_start, found[2.8].period_end) == (date(2025, 1, 1), date(2025, 9, 30))


def test_a_special_administrative_regions_government_is_no_district() -> None:
    # 近年特區政府推動…, in 澳門's release: the text is 澳門's (it was a district called 近年特区)
    text = (
        "首頁 > 新聞稿 > 經濟統計\n\n2024年工業調查\n\n發佈日期：2025-12-05　　　來源：統計暨普查局\n\n"
        "統計暨普查局資料顯示，2024年本澳共有812間工業場所在營運。行業收益為118.6億澳門元，按年上升6.4%。"
        "近年特區政府推動經濟適度多元發展，支持本地製造業轉型。"
    )
    found = described_figures(text, "macau_survey.txt")
    assert found[118.6].region == found[6.4].region == "澳门特别行政区"


def test_a_numbered_item_headed_by_a_place_is_that_places() -> None:
    # 从各试点城市看（数据截至2025年10月底），…： ↵ （一）武汉市。…累计推动2635家中小企业完成数字化改造:
    # 武汉市's count, standing at the day the note says (it was the province's, summed over the months
    # reported)
    text = (
        "全省中小企业数字化转型城市试点工作中期评估情况通报\n\n"
        "发布时间：2025-11-18 10:32　　来源：湖北省经济和信息化厅\n\n"
        "前三季度，试点城市规模以上工业中小企业营业收入同比增长7.6%。\n\n"
        "从各试点城市看（数据截至2025年10月底），各地探索形成了各具特色的转型路径：\n\n"
        "（一）武汉市。聚焦光电子信息等细分行业，累计推动2635家中小企业完成数字化改造。"
    )
    found = described_figures(text, "hubei_pilots.txt")
    assert found[2635.0].region == "武汉市"
    assert (found[2635.0].period_type, found[2635.0].period_end) == ("as_of", date(2025, 10, 31))


def test_capacity_installed_stands_at_the_periods_end() -> None:
    # 酒泉市新能源装机2798.8万千瓦; 风电装机（万千瓦） by city: the capacity standing at 6月底 (it was
    # summed over the months); 风电、光伏发电量分别为…: 风电发电量 (it was 风电量)
    text = normalize(
        "甘肃省能源局通报\n2025年7月18日\n上半年，全省风电、光伏发电量分别为301.7亿千瓦时、184.6亿千瓦时。"
        "酒泉市新能源装机2798.8万千瓦，占全省的38.4%。\n\n表1 各市新能源装机情况\n"
        "市州 | 风电装机（万千瓦） | 光伏装机（万千瓦）\n酒泉市 | 1986.5 | 812.3\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "gansu_energy.txt"))}
    assert found[301.7].indicator == "风电发电量"
    assert (found[2798.8].period_type, found[2798.8].period_end) == ("as_of", date(2025, 6, 30))
    assert (found[1986.5].period_type, found[1986.5].region) == ("as_of", "酒泉市")


def test_a_towns_goal_and_outcome_under_a_caption_that_says_its_unit() -> None:
    # 表1　2025年度各乡镇（街道）“小升规”任务完成情况（单位：家） over 序号 | 乡镇（街道） | 年度目标任务 |
    # 实际新增入规:
    # each town's goal and outcome of 小升规 (the caption was read as a header, and no row was read)
    text = normalize(
        "武义县经济商务局通报\n2026年3月6日\n2025年，全县新增“小升规”工业企业68家，新增数居金华市第3位。\n\n"
        "表1　2025年度各乡镇（街道）“小升规”任务完成情况（单位：家）\n"
        "序号 | 乡镇（街道） | 年度目标任务 | 实际新增入规\n1 | 桐琴镇 | 11 | 14\n2 | 泉溪镇 | 10 | 12\n"
    ).text
    found = {(f.value, f.region): f for f in extract_figures(text, describe_document(text, "wuyi_xsg.txt"))}
    assert (found[11.0, "桐琴镇"].status, found[11.0, "桐琴镇"].indicator) == ("target", "小升规")
    assert (found[14.0, "桐琴镇"].status, found[14.0, "桐琴镇"].period_end) == ("actual", date(2025, 12, 31))
    # 新增数居金华市第3位: the rank of the count told before (it was a thing called 数)
    assert "小升规" in found[3.0, "武义县"].indicator


def test_a_planned_investment_keeps_its_name() -> None:
    # 2026年计划投资 over the counties of a plan: 计划投资 (it was 投资)
    text = normalize(
        "衢州市2026年重点工业项目计划\n2026年3月5日\n\n附表：衢州市2026年重点工业项目分县（市、区）计划汇总表\n\n"
        "单位：个、亿元\n序号 | 县（市、区） | 项目数 | 2026年计划投资\n"
        "1 | 柯城区 | 38 | 62.4\n2 | 衢江区 | 46 | 88.6\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "quzhou_plan.txt"))}
    assert (found[62.4].indicator, found[62.4].status, found[62.4].region) == ("计划投资", "target", "柯城区")


def test_places_progress_is_each_places_own_named_by_the_aspect() -> None:
    # 从任务进度看，株洲、湘潭…进度均超过60%；张家界、怀化、湘西州进度不到40%: each city's own progress
    # (the first gave nothing, the second one figure of a thing named after the three), named as the
    # sentence's aspect says (任务进度); a share the places make up together stays theirs
    text = normalize(
        "湖南省工业和信息化厅关于2025年上半年全省制造业数字化转型推进情况的通报\n发布时间：2025-07-30\n"
        "从任务进度看，株洲、湘潭、岳阳、长沙进度均超过60%；张家界、怀化、湘西州进度不到40%。"
        "长沙、株洲占全省比重达到40%。"
    ).text
    found = {(f.value, f.region): f for f in extract_figures(text, describe_document(text, "hn_dx.txt"))}
    assert {region for value, region in found if value == 60.0} == {"株洲市", "湘潭市", "岳阳市", "长沙市"}
    assert found[60.0, "湘潭市"].indicator == "任务进度"
    assert found[40.0, "湘西土家族苗族自治州"].qualifier == "at_most"
    assert found[40.0, "湖南省"].indicator == "长沙、株洲占全省比重"


def test_a_level_before_the_work_and_a_count_ranked_again() -> None:
    # 占比由试点前的21.6%提升至46.8%: two levels of the share (the later one was lost, the earlier one
    # named …由试点前); 数量居中部地区第一位 after 试点城市数量达到4个: 国家级试点城市数量 (not 数量数量)
    text = normalize(
        "湖北省中小企业数字化转型试点工作报告\n2025年11月18日\n我省国家级试点城市数量达到4个，数量居中部地区第一位。"
        "试点城市中小企业数字化水平达到二级及以上的企业占比由试点前的21.6%提升至46.8%。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "hb_dx.txt"))}
    assert found[1.0].indicator == "国家级试点城市数量"
    assert found[21.6].indicator == found[46.8].indicator
    assert found[46.8].indicator.endswith("企业占比")


def test_values_in_turn_go_to_the_places_an_items_heading_names() -> None:
    # （三）宜昌市、十堰市。两市…分别推动1580家、1150家中小企业完成数字化改造: 宜昌市's, then 十堰市's
    # (both were dropped), and the shares of their goals after them too
    text = normalize(
        "湖北省中小企业数字化转型试点工作报告\n2025年11月18日\n"
        "（三）宜昌市、十堰市。两市作为第二批试点城市，起步晚、推进快，分别推动1580家、1150家中小企业完成数字化改造，"
        "分别完成年度目标任务的98.6%、104.5%。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "hb_dx.txt"))}
    assert (found[1580.0].region, found[1150.0].region) == ("宜昌市", "十堰市")
    assert "数字化改造" in found[1580.0].indicator
    assert (found[98.6].region, found[104.5].region) == ("宜昌市", "十堰市")


def test_the_month_in_a_headlines_first_line_is_the_one_reported_on() -> None:
    # 1月份制造业PMI为49.6% ↵ 高技术制造业保持较快扩张…, published 1 February: the subindices are
    # January's (they were 2025's, the year before the text's)
    text = normalize(
        "经济日报　2026年2月1日　星期日\n\n1月份制造业PMI为49.6%\n"
        "高技术制造业保持较快扩张　企业预期继续改善\n\n"
        "本报北京1月31日讯 国家统计局发布的数据显示，1月份，制造业采购经理指数（PMI）为49.6%。\n\n"
        "从企业规模看，大型企业PMI为50.5%，比上月下降0.2个百分点。生产指数为50.4%。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "pmi.txt"))}
    assert (found[50.5].period_start, found[50.5].period_end) == (date(2026, 1, 1), date(2026, 1, 31))
    assert found[50.4].period_end == date(2026, 1, 31)


def test_a_national_story_that_names_each_city_once_is_the_countrys() -> None:
    # 我国…集群总数达到110个 twice, then one passage on 合肥市's cluster (全市 once) and 常州市 named
    # once: the country's (it was 常州市's); the passage on 合肥 is 合肥市's, and 江苏国家先进制造业
    # 集群总数 is 江苏省's; 30个胜出集群主导产业产值合计达到6.2万亿元 is the group's sum (no threshold)
    text = normalize(
        "经济日报 > 产经\n\n30个集群决赛胜出 国家先进制造业集群增至110个\n\n"
        "2026-07-16 06:35　来源：经济日报\n\n"
        "近日，工业和信息化部公布决赛结果。至此，我国国家先进制造业集群总数达到110个。"
        "加上此前认定的集群，江苏国家先进制造业集群总数达到14个，继续居全国首位。\n\n"
        "胜出集群规模实力突出。2025年，30个胜出集群主导产业产值合计达到6.2万亿元。\n\n"
        "在本次胜出的集群中，安徽省合肥市新能源汽车集群表现抢眼。2025年，该集群主导产业产值突破4500亿元；"
        "全市新能源汽车产量达到162万辆。江苏省常州市新能源电池集群集聚规上企业860余家。\n\n"
        "从全部国家集群看，集群已成为我国制造业高质量发展的主力军。"
    ).text
    meta = describe_document(text, "clusters.txt")
    assert meta.region == "全国"
    found = {f.value: f for f in extract_figures(text, meta)}
    assert found[14.0].region == "江苏省"
    assert (found[6.2].region, found[6.2].indicator) == ("全国", "30个胜出集群主导产业产值")
    assert (found[4500.0].region, found[162.0].region) == ("合肥市", "合肥市")


def test_a_sum_of_a_groups_values_is_no_threshold() -> None:
    # 80个国家集群主导产业产值达到33.6万亿元，同比增长7.9% (a threshold has no growth) and …四个行业增加值
    # 合计占…比重: the group's (both were dropped as a count over a threshold); 5个市GDP超过5000亿元
    # stays a count over a threshold
    text = normalize(
        "国家先进制造业集群发展情况\n2026-07-16\n2025年，此前认定的80个国家集群主导产业产值达到33.6万亿元，同比增长7.9%。"
        "酒、烟草、煤炭、电力四个行业增加值合计占全省规上工业的比重达到61.5%。全国有5个市GDP超过5000亿元。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "clusters.txt"))}
    assert found[33.6].indicator.endswith("国家集群主导产业产值")
    assert found[7.9].indicator == found[33.6].indicator
    assert "酒、烟草、煤炭、电力" in found[61.5].indicator
    assert 5000.0 not in found and 5.0 not in found


def test_each_kind_listed_with_its_count_passed_the_threshold() -> None:
    # 汽车、电子信息、现代化工三个产业营业收入均超过5000亿元: each industry's (it gave nothing)
    text = normalize(
        "湖北省制造业高质量发展“十五五”规划（征求意见稿）解读\n2025-12-12\n"
        "2024年，汽车、电子信息、现代化工三个产业营业收入均超过5000亿元。"
        "到2030年，国家级制造业创新中心由目前的2家增至4家。"
    ).text
    found = [f for f in extract_figures(text, describe_document(text, "hb_plan.txt")) if f.value == 5000.0]
    assert {f.indicator for f in found} == {
        "汽车产业营业收入",
        "电子信息产业营业收入",
        "现代化工产业营业收入",
    }
    # 由目前的2家: where it stands now, no goal (the 4家 is)
    now = {f.value: f for f in extract_figures(text, describe_document(text, "hb_plan.txt"))}
    assert (now[2.0].status, now[4.0].status) == ("actual", "target")


def test_a_table_of_places_goals_of_a_fall_and_the_falls_made() -> None:
    # 表  2025年部分市（州）规上工业单位增加值能耗下降情况 ↵ 单位：% ↵ 市（州） | 年度下降目标 | 实际下降 |
    # 完成情况: each city's goal and fall, growths below zero (the table gave nothing; the caption's
    # 表 and the year after it were read as a table's number)
    text = normalize(
        "四川省2025年工业节能情况报告\n2026-02-12\n"
        "表  2025年部分市（州）规上工业单位增加值能耗下降情况\n单位：%\n"
        "市（州）  |  年度下降目标  |  实际下降  |  完成情况\n成都市  |  3.0  |  6.8  |  完成\n"
        "达州市  |  3.5  |  2.6  |  未完成\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "sc_energy.txt"))}
    assert (found[-3.0].status, found[-3.0].region, found[-3.0].measure) == (
        "target",
        "成都市",
        "yoy_growth_pct",
    )
    assert (found[-6.8].status, found[-6.8].indicator) == ("actual", "规模以上工业单位增加值能耗")
    assert found[-2.6].region == "达州市"


def test_a_signed_project_list_names_where_each_settles() -> None:
    # 序号 | 项目名称 | 落户地 | 产业类别 | 协议总投资（亿元）: each project's investment, in its district
    text = normalize(
        "绵阳市投资促进局2026年1—2月招商引资工作情况\n2026年3月6日\n\n附件：2026年1—2月全市签约重大项目（部分）\n\n"
        "序号 | 项目名称 | 落户地 | 产业类别 | 协议总投资（亿元）\n"
        "1 | 新型显示模组及整机智能制造基地项目 | 涪城区 | 电子信息 | 62.0\n"
        "2 | 锂电池负极材料一体化项目 | 江油市 | 先进材料 | 55.0\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "my_invest.txt"))}
    assert (found[62.0].region, found[55.0].region) == ("涪城区", "江油市")
    assert "负极材料" in found[55.0].indicator


def test_a_zone_named_after_a_place_whose_name_holds_cheng() -> None:
    # 丰城高新技术产业开发区 (丰城市's zone) in a table of parks ranked: its own figures (they went to the
    # city with the zone's name in their indicator); 城东新区 stays no zone of a place
    text = normalize(
        "宜春市工业园区高质量发展领导小组办公室关于2025年度全市工业园区综合考核结果的通报\n发布时间：2026-02-12\n"
        "2025年度全市工业园区综合考核结果\n排名  园区名称  综合得分  主营业务收入（亿元）\n"
        "1  宜春经济技术开发区  93.62  1068.3\n2  丰城高新技术产业开发区  92.15  1213.6\n"
        "3  樟树工业园区  89.47  702.4\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "yc_parks.txt"))}
    assert (found[1213.6].region, found[1213.6].indicator) == ("丰城高新技术产业开发区", "主营业务收入")
    assert found[92.15].region == "丰城高新技术产业开发区"
    assert figures("2025年，城东新区规上工业增加值增长8.2%。", region="宜春市")[0].region == "宜春市"


def test_a_rank_listed_after_another_ranks_the_same_thing() -> None:
    # “小巨人”企业数量居全国第七位、中部第一位: both ranks of the “小巨人” count (the second was of
    # 创新型中小企业, the last thing the sentence counted)
    text = normalize(
        "湖北省民营经济发展报告（2025年度）\n2026-04-28\n全省累计培育国家级专精特新“小巨人”企业726家、"
        "创新型中小企业1.42万家，“小巨人”企业数量居全国第七位、中部第一位。"
    ).text
    ranks = [f for f in extract_figures(text, describe_document(text, "hb_my.txt")) if f.measure == "rank"]
    assert [(f.value, f.benchmark) for f in ranks] == [(7.0, "全国"), (1.0, "中部")]
    assert ranks[0].indicator == ranks[1].indicator == "国家级专精特新“小巨人”企业数量"


def test_a_count_by_place_noted_as_built_up_to_the_years_end() -> None:
    # 注：“小巨人”企业数为截至2025年底累计数, under a column 国家级专精特新“小巨人”企业（家）: each city's
    # count stands at 2025-12-31 (it was over the year)
    text = normalize(
        "湖北省民营经济发展报告（2025年度）\n2026-04-28\n\n"
        "表1  2025年部分市州民营工业和专精特新企业发展情况\n\n"
        "市州      规上民营工业增加值增速（%）    国家级专精特新“小巨人”企业（家）\n"
        "武汉市    8.6                          398\n襄阳市    8.1                          62\n\n"
        "注：“小巨人”企业数为截至2025年底累计数。\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "hb_my.txt"))}
    assert (found[398.0].period_type, found[398.0].period_end) == ("as_of", date(2025, 12, 31))
    assert (found[8.6].period_type, found[8.6].period_start) == ("full_year", date(2025, 1, 1))


def test_a_level_raised_to_a_months_end_of_this_year() -> None:
    # 覆盖率由2022年底的41.6%提升至今年11月底的78.3%: the later level at 2025-11-30 (it was lost)
    text = normalize(
        "湖南省2025年度智能工厂和数字化车间名单公布\n2025-12-19\n"
        "全省规上工业企业数字化改造覆盖率由2022年底的41.6%提升至今年11月底的78.3%。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "hn_zn.txt"))}
    assert (found[78.3].period_end, found[78.3].indicator) == (date(2025, 11, 30), found[41.6].indicator)


def test_a_page_that_writes_a_month_of_the_republics_calendar() -> None:
    # 114年10月工業生產指數年增12.68%, on a page dated 2025-11-24: October 2025 (it was no period);
    # 較上年同月增加12.68% is a growth; 累計1至10月 said in passing leaves the month the one reported
    # on; 機械設備業因…需求增溫，年增4.76%: the clause before names whose growth
    text = normalize(
        "首頁 > 新聞與公告\n\n114年10月工業生產指數年增12.68%\n\n發布日期：2025-11-24　發布單位：統計處\n\n"
        "經濟部統計處今（24）日發布114年10月工業生產統計，工業生產指數為121.85，較上年同月增加12.68%；"
        "累計1至10月工業生產較上年同期增加9.86%。\n\n"
        "電子零組件業與電腦電子產品及光學製品業分別年增19.84%及32.57%。機械設備業因半導體設備需求增溫，年增4.76%。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "tw_ipi.txt"))}
    assert (found[12.68].period_start, found[12.68].period_end) == (date(2025, 10, 1), date(2025, 10, 31))
    assert (found[9.86].measure, found[9.86].period_start) == ("yoy_growth_pct", date(2025, 1, 1))
    assert (found[4.76].indicator, found[4.76].period_end) == ("机械设备业", date(2025, 10, 31))
    assert (found[19.84].indicator, found[32.57].indicator) == ("电子零组件业", "电脑电子产品及光学制品业")


def test_a_table_of_an_index_by_month_and_its_growths_over_two_spans() -> None:
    # 業別 | 10月指數 | 年增率（%） | 1-10月年增率（%）: the index and its growth in October, and its growth
    # over the months to date (the months were lost, and 1-10月年增率 was a share)
    text = normalize(
        "114年10月工業生產指數年增12.68%\n發布日期：2025-11-24\n\n表1　主要行業生產指數（基期：110年=100）\n"
        "業別 | 10月指數 | 年增率（%） | 1-10月年增率（%）\n電子零組件業 | 158.62 | 19.84 | 17.35\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "tw_ipi.txt"))}
    assert (found[158.62].period_end, found[19.84].period_start) == (date(2025, 10, 31), date(2025, 10, 1))
    assert (found[17.35].measure, found[17.35].period_start) == ("yoy_growth_pct", date(2025, 1, 1))


def test_a_table_of_places_by_period_is_of_what_the_caption_names() -> None:
    # 地区 | 2025年三季度 | 2025年二季度 under 表1　2025年二、三季度全省及部分省辖市中小企业发展指数: each
    # place's index (郑州市 was a thing of the province, 全省 gave nothing)
    text = normalize(
        "河南省2025年三季度中小企业发展指数报告\n2025-10-24\n"
        "表1　2025年二、三季度全省及部分省辖市中小企业发展指数\n"
        "单位：点\n地区 | 2025年三季度 | 2025年二季度\n全省 | 89.6 | 89.2\n郑州市 | 92.1 | 91.6\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "ha_sme.txt"))}
    assert (found[92.1].region, found[92.1].indicator) == ("郑州市", "中小企业发展指数")
    assert (found[89.6].region, found[89.2].period_end) == ("河南省", date(2025, 6, 30))


def test_the_months_the_work_reported_on_was_carried_out_in() -> None:
    # 我局于2025年1—11月组织开展了…抽查: the months reported on (于 was read as a comparison's)
    text = normalize(
        "湖南省市场监督管理局关于工业产品质量省级监督抽查情况的通告\n发布时间：2025-12-16\n"
        "我局于2025年1—11月组织开展了工业产品质量省级监督抽查。\n抽查合格率为94.9%，高于全国0.8个百分点。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "hn_cc.txt"))}
    assert (found[94.9].period_start, found[94.9].period_end) == (date(2025, 1, 1), date(2025, 11, 30))


def test_a_share_of_the_years_planned_investment_done_is_an_outcome() -> None:
    # 自治区重点工业项目完成年度计划投资的81.5%，高于序时进度6.5个百分点, said in October: how much was
    # done by then (it was a goal for the year)
    text = normalize(
        "宁夏回族自治区工业和信息化厅2025年1-9月全区工业投资运行情况\n2025-10-24\n"
        "1-9月，全区新开工工业项目417个。自治区重点工业项目完成年度计划投资的81.5%，高于序时进度6.5个百分点。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "nx_invest.txt"))}
    assert (found[81.5].status, found[81.5].period_end) == ("actual", date(2025, 9, 30))
    assert found[6.5].status == "actual"


def test_a_rank_column_that_names_the_growth_it_ranks() -> None:
    # 地区 | 工业投资增速（%） | 技改投资增速（%） | 技改投资增速位次: each city's rank by its 技改投资 growth
    # (the rank column was not read)
    text = normalize(
        "宁夏回族自治区工业和信息化厅2025年1-9月全区工业投资运行情况\n2025-10-24\n\n"
        "附表：2025年1-9月各市工业投资及技改投资增速\n\n"
        "地区 | 工业投资增速（%） | 技改投资增速（%） | 技改投资增速位次\n"
        "银川市 | 8.2 | 12.6 | 3\n石嘴山市 | 16.4 | 23.8 | 1\n"
    ).text
    ranks = [
        f for f in extract_figures(text, describe_document(text, "nx_invest.txt")) if f.measure == "rank"
    ]
    assert {(f.region, f.value) for f in ranks} == {("银川市", 3.0), ("石嘴山市", 1.0)}
    assert all("技改投资" in f.indicator for f in ranks)


def test_a_table_of_growths_by_kind_of_ownership() -> None:
    # 经济类型  增速（%） ↵ 国有控股企业  5.1: each kind's growth (the table was not read)
    text = normalize(
        "2025年全省规模以上工业经济运行情况\n江西省统计局  2026-01-23\n\n"
        "表2  2025年全省规模以上工业分经济类型增加值增速\n经济类型                    增速（%）\n"
        "国有控股企业                5.1\n私营企业                    8.9\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "jx_stats.txt"))}
    assert (found[5.1].measure, found[5.1].region) == ("yoy_growth_pct", "江西省")
    assert "私营企业" in found[8.9].indicator


def test_hong_kongs_growth_over_a_year_before_and_its_table_of_quarters() -> None:
    # 而二〇二五年第二季則較一年前同期上升1.2%: the manufacturing index's growth (it was a thing called
    # 则较一年前同期); a table under …與一年前同期比較的變動百分率（%） holds growths, not shares
    text = normalize(
        "香港特別行政區政府　新聞公報\n\n二〇二五年第三季工業生產指數\n\n"
        "　　政府統計處今日（十二月十一日）發表的數字顯示，"
        "二〇二五年第三季整體製造業生產指數較一年前同期上升1.8%，"
        "而二〇二五年第二季則較一年前同期上升1.2%。\n\n"
        "表一：按主要行業劃分的製造業生產指數與一年前同期比較的變動百分率（%）\n\n"
        "行業 | 二〇二五年第一季 | 二〇二五年第二季 | 二〇二五年第三季\n"
        "食品、飲品及煙草製品 | 2.9 | 3.8 | 4.6\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "hk_ipi.txt"))}
    assert found[1.2].indicator == found[1.8].indicator == "整体制造业生产指数"
    assert (found[3.8].measure, found[3.8].period_end) == ("yoy_growth_pct", date(2025, 6, 30))


def test_a_table_of_the_years_plan_and_what_the_half_year_did() -> None:
    # 指标名称 | 单位 | 全年计划 | 上半年完成 | 完成全年计划（%）: the goal, the half year's outcome and the
    # share of the goal done (the table was not read, having no growth); 新增规上工业企业 is what the
    # months added, not what stands at their end
    text = normalize(
        "柳州市人大常委会关于2025年上半年国民经济和社会发展计划执行情况的审议意见\n2025-09-03\n\n"
        "表　2025年上半年主要工业指标计划执行情况\n\n"
        "指标名称 | 单位 | 全年计划 | 上半年完成 | 完成全年计划（%）\n"
        "工业投资 | 亿元 | 520 | 240.9 | 46.3\n新增规上工业企业 | 家 | 120 | 58 | 48.3\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "lz_plan.txt"))}
    assert (found[520.0].status, found[520.0].period_end) == ("target", date(2025, 12, 31))
    assert (found[240.9].status, found[240.9].period_end) == ("actual", date(2025, 6, 30))
    assert (found[46.3].measure, found[46.3].period_start) == ("share_pct", date(2025, 1, 1))
    assert (found[58.0].period_type, found[58.0].period_start) == ("ytd", date(2025, 1, 1))


def test_a_table_of_an_index_by_quarter_needs_no_unit_line() -> None:
    # 企业规模  三季度  二季度 under 表1 2025年二、三季度…景气指数: each size's index in each quarter (the
    # table was not read, having no line of its unit)
    text = normalize(
        "三季度全省规模以上工业企业景气状况调查报告\n来源：湖南省统计局　　发布时间：2025-10-27 09:30\n\n"
        "表1　2025年二、三季度全省规模以上工业企业景气指数\n企业规模　　三季度　　二季度\n"
        "全部企业　　121.4　　119.1\n大型企业　　132.8　　131.6\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "hn_survey.txt"))}
    assert (found[132.8].unit, found[132.8].period_end) == ("点", date(2025, 9, 30))
    assert (found[131.6].period_start, found[131.6].period_end) == (date(2025, 4, 1), date(2025, 6, 30))
    assert "大型企业" in found[131.6].indicator and "景气指数" in found[131.6].indicator


def test_growths_of_the_items_told_before_their_shared_measure() -> None:
    # …申报9家、…申报63家，申报数量分别比上年增长28.6%和21.2%: each item's growth in turn (the
    # subject, 申报数量, named no item, and both growths were dropped)
    text = normalize(
        "宁夏回族自治区工业和信息化厅关于2025年度制造业单项冠军企业推荐名单的公示\n发布时间：2025-07-18\n\n"
        "本年度全区共受理制造业单项冠军企业申报9家、专精特新“小巨人”企业申报63家，"
        "申报数量分别比上年增长28.6%和21.2%，均创历史新高。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "nx_champions.txt"))}
    assert found[28.6].measure == found[21.2].measure == "yoy_growth_pct"
    assert "单项冠军" in found[28.6].indicator and "小巨人" in found[21.2].indicator


def test_a_towns_goal_and_outcome_with_units_in_the_column_names() -> None:
    # 镇（街道）  年度目标（家）  已入统（家）  完成率（%） under …“小升规”工作完成情况: each town's goal
    # and outcome of what the caption counts (they were things called 年度目标 and 入统)
    text = normalize(
        "顺德区工业和信息化局工作简报（2026年第11期）\n佛山市顺德区工业和信息化局　　2026年11月25日\n\n"
        "表1　各镇（街道）2026年“小升规”工作完成情况（截至11月20日）\n\n"
        "镇（街道）\t年度目标（家）\t已入统（家）\t完成率（%）\n"
        "大良街道\t22\t23\t104.5\n容桂街道\t48\t43\t89.6\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "sd_brief.txt"))}
    assert (found[48.0].status, found[48.0].region, found[48.0].indicator) == ("target", "容桂街道", "小升规")
    assert (found[43.0].status, found[43.0].indicator) == ("actual", "小升规")
    assert found[23.0].period_end == date(2026, 11, 20)


def test_goals_after_a_semicolon_in_a_sentence_that_aims() -> None:
    # 2026年，力争…增长7.5%以上；新增规模以上工业企业150家以上；一季度…增长8%左右, said in February: the
    # year's and the quarter's goals too (they were outcomes, the quarter's a year before)
    text = normalize(
        "株洲市人民政府关于印发《株洲市2026年稳定工业经济增长若干措施》的通知\n发布日期：2026-02-27\n\n"
        "一、主要目标\n2025年，全市规模以上工业增加值增长7.2%。2026年，力争全市规模以上工业增加值增长7.5%以上；"
        "新增规模以上工业企业150家以上；一季度规模以上工业增加值增长8%左右，确保实现“开门红”。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "zz_measures.txt"))}
    assert (found[150.0].status, found[150.0].period_end) == ("target", date(2026, 12, 31))
    assert (found[8.0].status, found[8.0].period_end) == ("target", date(2026, 3, 31))
    assert found[7.2].status == "actual"


def test_a_goals_year_does_not_carry_to_outcomes_after_a_semicolon() -> None:
    # 年度计划投资86000万元…；…全年完成投资48600万元, said in January: last year's plan, then an
    # outcome of that year (the sentence sets no goal with 力争 or 确保)
    text = normalize(
        "遂宁市2025年重大项目建设情况\n发布时间：2026-01-13\n\n"
        "某项目总投资358000万元，年度计划投资86000万元，全年完成投资92400万元；"
        "遂宁市智算中心项目全年完成投资48600万元。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "sn_projects.txt"))}
    assert (found[48600.0].status, found[48600.0].period_end) == ("actual", date(2025, 12, 31))


def test_an_averages_span_is_its_own_not_the_parts_after_a_semicolon() -> None:
    # …增长9.2%，“十四五”时期年均增长10.8%；工业投资增长12.3%: the investment's growth is the year's,
    # not the plan's five years
    text = normalize(
        "南昌经济技术开发区2025年工作报告\n发布时间：2026-01-16\n\n一、2025年工作回顾\n\n"
        "（一）经济运行稳中有进。规模以上工业营业收入2156.3亿元，增长9.2%，“十四五”时期年均增长10.8%；"
        "工业投资增长12.3%；实际使用外资2.83亿美元。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "nc_zone.txt"))}
    assert (found[10.8].period_start, found[10.8].period_end) == (date(2021, 1, 1), date(2025, 12, 31))
    assert (found[12.3].period_start, found[12.3].period_end) == (date(2025, 1, 1), date(2025, 12, 31))
    assert found[2.83].period_start == date(2025, 1, 1)


def test_places_listed_with_a_kind_after_their_etc_grow_what_was_counted() -> None:
    # 成都市…实际使用外资24.6亿元…；绵阳、宜宾、遂宁等市增速均在25%以上: each place's growth of
    # 实际使用外资 (it was a thing called 市)
    text = normalize(
        "四川省商务厅：1—8月全省制造业利用外资情况\n发布时间：2026-09-16\n\n"
        "1—8月，成都市制造业实际使用外资24.6亿元，占全省的63.6%；绵阳、宜宾、遂宁等市增速均在25%以上。"
    ).text
    grown = [
        f
        for f in extract_figures(text, describe_document(text, "sc_fdi.txt"))
        if f.measure == "yoy_growth_pct"
    ]
    assert {f.region for f in grown} == {"绵阳市", "宜宾市", "遂宁市"}
    assert all(f.indicator == "制造业实际使用外资" for f in grown)


def test_a_column_of_change_over_a_year_before_in_percent_is_a_growth() -> None:
    # 商品名称 | 出口值 | 同比增减 | 占全市出口比重 under 单位：亿元、%: 同比增减 is each product's
    # growth, in % (it was an amount in 亿元)
    text = normalize(
        "厦门海关：1—10月厦门市机电产品出口情况\n发布时间：2026-11-18\n\n附表\n"
        "2026年1—10月厦门市主要机电产品出口情况\n单位：亿元、%\n"
        "商品名称 | 出口值 | 同比增减 | 占全市出口比重\n"
        "机电产品 | 2315.6 | 9.3 | 49.6\n船舶 | 96.8 | 45.2 | 2.1\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "xm_customs.txt"))}
    assert (found[45.2].measure, found[45.2].unit) == ("yoy_growth_pct", "%")
    assert "船舶" in found[45.2].indicator
    assert (found[2315.6].measure, found[2315.6].unit) == ("amount", "亿元")


def test_places_growth_of_a_bare_attribute_is_of_what_the_sentence_told() -> None:
    # …江苏省产量12.3万套…；上海市、浙江省产量分别增长21.7%和26.8%: 工业机器人产量 (it was 产量); and
    # 服务机器人方面，广东省产量占全国的42.6%: 服务机器人产量's share
    text = normalize(
        "前10个月我国工业机器人产量保持增长\n新华社北京11月16日电\n\n"
        "其中，广东省工业机器人产量19.6万套，占全国的31.2%；江苏省产量12.3万套；"
        "上海市、浙江省产量分别增长21.7%和26.8%。服务机器人方面，广东省产量占全国的42.6%。"
        "另一方面，年内新增工业机器人应用企业1200家。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "xh_robots.txt"))}
    assert found[21.7].indicator == found[26.8].indicator == "工业机器人产量"
    assert (found[21.7].region, found[26.8].region) == ("上海市", "浙江省")
    assert found[42.6].indicator.startswith("服务机器人产量")
    assert not found[1200.0].indicator.startswith("另一")


def test_a_long_issuers_name_beside_the_day_dates_the_text() -> None:
    # 中国电子信息产业发展研究院（赛迪研究院）集成电路研究所          2026年3月20日: the text's day (the
    # issuer's name ran past 24 characters, so the text had no date, and its figures no period)
    text = normalize(
        "赛迪研判\n2026年第11期（总第613期）\n\n"
        "中国电子信息产业发展研究院（赛迪研究院）集成电路研究所          2026年3月20日\n\n"
        "2025年我国集成电路产量与投资区域格局分析\n\n"
        "一、全国集成电路产量增速回归常态\n\n2025年，全国规模以上工业集成电路产量4875.3亿块，同比增长8.0%。"
    ).text
    meta_ = describe_document(text, "ccid_ic.txt")
    assert meta_.reference_date == date(2026, 3, 20)


def test_a_caption_of_the_first_provinces_names_the_columns_thing() -> None:
    # 排名 | 省份 | 产量（亿块） | 同比增长（%） under 表1 2025年集成电路产量前八位省份: 集成电路产量 (it
    # was 产量: …前八位省份 hid what the caption names)
    text = normalize(
        "2025年我国集成电路产量区域格局分析\n2026年3月20日\n\n表1 2025年集成电路产量前八位省份\n"
        "排名 | 省份 | 产量（亿块） | 同比增长（%）\n1 | 江苏省 | 1312.6 | 6.4\n2 | 甘肃省 | 742.8 | 11.2\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "ccid_table.txt"))}
    assert found[742.8].indicator == found[11.2].indicator == "集成电路产量"
    assert found[742.8].region == "甘肃省"


def test_a_goal_of_growth_said_in_words_in_a_table_of_the_months_done() -> None:
    # 指标名称 | 单位 | 年度目标 | 1—6月完成 | 同比增长（%） ↵ 地区生产总值 | 亿元 | 增长5.5%左右 | …: the
    # year's goal of growth (the cells in words were not read)
    text = normalize(
        "湖南省2026年上半年国民经济和社会发展计划执行情况的报告\n发布时间：2026-07-30\n\n"
        "附表：2026年上半年全省国民经济和社会发展主要指标完成情况\n\n"
        "指标名称 | 单位 | 年度目标 | 1—6月完成 | 同比增长（%）\n"
        "地区生产总值 | 亿元 | 增长5.5%左右 | 27368.5 | 5.6\n固定资产投资 | % | 增长3%以上 | — | 3.4\n"
        "城镇调查失业率 | % | 5.5%以内 | 5.2 | —\n"
    ).text
    figures_ = extract_figures(text, describe_document(text, "hn_plan.txt"))
    goals = {(f.indicator, f.measure, f.value, f.qualifier) for f in figures_ if f.status == "target"}
    assert ("地区生产总值", "yoy_growth_pct", 5.5, "approx") in goals
    assert ("固定资产投资", "yoy_growth_pct", 3.0, "at_least") in goals
    assert ("城镇调查失业率", "share_pct", 5.5, "at_most") in goals


def test_a_county_of_the_city_named_by_one_character_and_its_level() -> None:
    # 淇县签约项目数同比增长50.0% in 鹤壁市's text: 淇县's (it was a thing called 淇县签约项目数 of 鹤壁市)
    text = normalize(
        "鹤壁市2026年上半年招商引资工作情况通报\n发布时间：2026-07-16\n\n"
        "上半年，全市签约项目126个。淇县签约项目数同比增长50.0%。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "hb_invest.txt"))}
    assert (found[50.0].region, found[50.0].indicator) == ("淇县", "签约项目数")
    assert found[126.0].region == "鹤壁市"


def test_a_bare_output_after_output_and_sales_is_the_outputs() -> None:
    # 商用车产销分别完成362.5万辆和372.9万辆，产量同比下降0.3%: 商用车产量's fall (it was 商用车销量产量)
    text = normalize(
        "中国汽车工业协会：10月汽车产销情况\n发布时间：2026-11-11\n\n"
        "1—10月，商用车产销分别完成362.5万辆和372.9万辆，产量同比下降0.3%，销量同比增长0.6%。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "caam.txt"))}
    assert (found[-0.3].indicator, found[-0.3].measure) == ("商用车产量", "yoy_growth_pct")
    assert found[0.6].indicator == "商用车销量"


def test_a_level_a_span_of_years_ends_on_is_of_its_last_year() -> None:
    # 五年来，…营业收入由2020年的7860亿元增至12180亿元: the later level is 2025's (it was the five years')
    text = normalize(
        "潍坊市2026年政府工作报告\n2026-01-19\n\n"
        "五年来，全市规上工业增加值年均增长7.4%，规上工业营业收入由2020年的7860亿元增至12180亿元。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "wf_report.txt"))}
    assert (found[12180.0].period_start, found[12180.0].period_end) == (date(2025, 1, 1), date(2025, 12, 31))
    assert found[7860.0].period_end == date(2020, 12, 31)
    assert found[7.4].period_start == date(2021, 1, 1)


def test_ranks_of_the_figures_a_count_of_items_says_are_ranked() -> None:
    # …清洁能源装机…，占比达93.1%；新能源装机…，占比69.9%，两项占比均居全国首位: each share's rank (it
    # was one rank of a thing called 两项占比)
    text = normalize(
        "青海省1—10月清洁能源发展情况\n2026-11-19\n\n"
        "截至10月底，全省电力装机7486万千瓦，其中清洁能源装机6972万千瓦，占比达93.1%；"
        "新能源装机5235万千瓦，占比69.9%，两项占比均居全国首位。"
    ).text
    ranks = [
        f for f in extract_figures(text, describe_document(text, "qh_energy.txt")) if f.measure == "rank"
    ]
    assert sorted(f.indicator for f in ranks) == ["新能源装机占比", "清洁能源装机占比"]
    assert all(f.value == 1.0 and f.period_end == date(2026, 10, 31) for f in ranks)


def test_the_main_cities_are_no_city() -> None:
    # 二、主要城市发展情况 ↵ 东莞：…。全年全市智能手机产量约1.8亿台: 东莞市's (全市 was a city called
    # 主要城市, the heading read as a place)
    text = normalize(
        "粤港澳大湾区电子制造业发展研究\n2026-06-12\n\n二、主要城市发展情况\n\n"
        "东莞：智能终端制造重镇。2025年，东莞电子信息制造业产值突破1.1万亿元。全年全市智能手机产量约1.8亿台。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "gba.txt"))}
    assert found[1.8].region == found[1.1].region == "东莞市"


def test_a_place_by_its_short_name_before_its_products_exports() -> None:
    # 香港电子产品出口总值达到3.62万亿港元, in a text of 广东: 香港's (it was 广东省's, 香港 in the name);
    # 广州超高清视频和新型显示产业规模突破2300亿元: 广州市's two industries
    text = normalize(
        "粤港澳大湾区电子制造业发展研究\n2026-06-12\n\n"
        "2025年，广东电子信息制造业营业收入4.9万亿元。2025年，广州超高清视频和新型显示产业规模突破2300亿元。"
        "2025年，香港电子产品出口总值达到3.62万亿港元，同比增长14.7%。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "gba2.txt"))}
    assert found[3.62].region == found[14.7].region == "香港特别行政区"
    assert found[2300.0].region == "广州市"


def test_a_projects_count_and_total_investment_beside_the_months_done_are_the_years() -> None:
    # 类别 | 项目个数（个） | 总投资（亿元） | 年度计划投资（亿元） | 完成投资（亿元） under 2026年1—10月…:
    # the year's list of projects (its count and total were the months'); what was done is the months'
    text = normalize(
        "洛阳市发展和改革委员会关于2026年1—10月市重点项目建设进展情况的通报\n2026-11-12\n\n"
        "表1  2026年1—10月市重点项目分类别完成情况\n"
        "类别 | 项目个数（个） | 总投资（亿元） | 年度计划投资（亿元） | 完成投资（亿元） | 完成率（%）\n"
        "先进制造业 | 198 | 1876.5 | 596.0 | 543.2 | 91.1\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "ly_projects.txt"))}
    assert (found[198.0].period_start, found[198.0].period_end) == (date(2026, 1, 1), date(2026, 12, 31))
    assert found[1876.5].period_end == date(2026, 12, 31)
    assert (found[543.2].period_end, found[596.0].status) == (date(2026, 10, 31), "target")


def test_a_table_of_industries_named_in_a_name_column() -> None:
    # 产业名称 | 增加值增速（%） | 营业收入（亿元): each row an industry of the text's city (the table was
    # not read: 产业名称 was taken for no column of kinds)
    text = normalize(
        "2026年前三季度浏阳市工业经济运行情况\n2026-10-20\n\n"
        "表1　2026年前三季度浏阳市规模以上工业重点产业主要指标\n\n"
        "产业名称 | 增加值增速（%） | 营业收入（亿元）\n电子信息 | 15.2 | 412.35\n烟花爆竹 | -2.8 | 196.73\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "liuyang.txt"))}
    assert found[412.35].indicator.startswith("电子信息") and found[412.35].unit == "亿元"
    assert found[-2.8].indicator.startswith("烟花爆竹") and found[-2.8].measure == "yoy_growth_pct"
    assert found[15.2].period_end == date(2026, 9, 30)


def test_a_growth_that_turned_from_a_fall_is_two_growths() -> None:
    # 归母净利润由上年同期的下降4.2%转为增长11.7%: -4.2 of the months a year before, 11.7 of these (the
    # second was of an indicator called 转, the first a growth of the months now)
    text = normalize(
        "江苏制造业上市公司运行情况\n2026-11-02\n\n"
        "前三季度，江苏制造业上市公司归母净利润由上年同期的下降4.2%转为增长11.7%。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "js_listed.txt"))}
    assert found[-4.2].measure == found[11.7].measure == "yoy_growth_pct"
    assert found[11.7].indicator == found[-4.2].indicator and "净利润" in found[11.7].indicator
    assert (found[-4.2].period_end, found[11.7].period_end) == (date(2025, 9, 30), date(2026, 9, 30))


def test_a_table_of_cities_goals_by_year_under_a_caption_of_the_goal() -> None:
    # 城市 | 2026年 | 2028年 under 重点城市新能源汽车产量目标（单位：万辆）: each city's goal of the
    # output the caption names (the city was the indicator, of the province)
    text = normalize(
        "安徽省新能源汽车产业链高质量发展实施方案（2026—2028年）\n发布日期：2026-03-12\n\n"
        "表1  重点城市新能源汽车产量目标（单位：万辆）\n"
        "城市 | 2026年 | 2028年\n合肥市 | 150 | 200\n芜湖市 | 70 | 95\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "ah_nev.txt"))}
    assert (found[200.0].region, found[70.0].region) == ("合肥市", "芜湖市")
    assert found[200.0].indicator == "新能源汽车产量" and found[200.0].status == "target"
    assert found[200.0].period_end == date(2028, 12, 31)


def test_a_county_named_by_its_provinces_and_its_own_short_names_heads_its_section() -> None:
    # 浙江永康：五金之都… in a national paper: the section is 永康市's (its counts were the country's,
    # 全国闻名 in the sentence); 河南省长垣市被誉为…: the county-level city, not the province
    text = normalize(
        "县域特色产业集群发展新观察\n2026-09-16\n\n"
        "浙江永康：五金之都加速升级\n\n永康是全国闻名的五金之都，现有五金企业2万余家。\n\n"
        "河南长垣：起重之乡\n\n河南省长垣市被誉为中国起重机械之乡，起重装备产业集群拥有企业近千家。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "clusters.txt"))}
    assert (found[2.0].region, found[1000.0].region) == ("永康市", "长垣市")


def test_a_county_level_city_after_its_province_opens_the_clause() -> None:
    # 河南省长垣市起重装备产业…: 长垣市's, in a text of no heading that names it (it was 河南省's)
    found = {f.value: f for f in figures("河南省长垣市起重装备产业实现营业收入402.7亿元。", region="全国")}
    assert found[402.7].region == "长垣市"


def test_ppi_is_the_producer_price_and_its_month_on_month_turn_no_figure() -> None:
    # PPI同比下降1.8%: 工业生产者出厂价格's growth (a thing called PPI); PPI环比由上月下降0.1%转为上涨0.1%:
    # a change over the month before, for which there is no measure (it was a growth of 转)
    text = normalize(
        "2026年10月份工业生产者出厂价格解读\n2026-11-10\n\n"
        "10月份，PPI环比由上月下降0.1%转为上涨0.1%。PPI同比下降1.8%，降幅比上月收窄0.4个百分点。"
    ).text
    found = extract_figures(text, describe_document(text, "ppi.txt"))
    assert {f.value for f in found} == {-1.8, 0.4}
    assert all(f.indicator == "工业生产者出厂价格" for f in found)


def test_a_field_that_fared_so_for_a_cause_names_whose_investment() -> None:
    # 能源化工领域受部分项目建设周期影响，技改投资下降2.3%: that field's (it was the province's whole)
    found = {
        f.value: f
        for f in figures(
            "上半年，全省技改投资增长9.1%；能源化工领域受部分项目建设周期影响，技改投资下降2.3%。",
            region="四川省",
        )
    }
    assert found[-2.3].indicator == "能源化工领域技改投资" and found[9.1].indicator == "技改投资"


def test_places_listed_with_their_ranks_after_a_count_of_places() -> None:
    # 全省有12个市（州）…，宜宾市、绵阳市、成都市增速分别居全省第一、二、三位: the three cities' ranks
    # (the first was the count's, of the province, the other two lost)
    found = figures(
        "上半年，全省技改投资增长9.1%。全省有12个市（州）技改投资增速高于全省平均水平，"
        "宜宾市、绵阳市、成都市增速分别居全省第一、二、三位。",
        region="四川省",
    )
    ranks = {f.region: f.value for f in found if f.measure == "rank"}
    assert ranks == {"宜宾市": 1.0, "绵阳市": 2.0, "成都市": 3.0}


def test_a_city_after_a_part_opening_is_the_whole_city_named_next() -> None:
    # 其中，苏州市…，全市…覆盖率达到98.2%: 苏州市's (the figure was lost, 全市 a city unnamed)
    text = normalize(
        "江苏省新闻发布会\n2026-02-11\n\n2025年全省推动2.1万家中小企业完成数字化改造。"
        "其中，苏州市2025年推动3860家中小企业完成数字化改造，全市规上工业企业数字化转型覆盖率达到98.2%。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "js_press.txt"))}
    assert found[98.2].region == "苏州市"


def test_a_stretch_goal_after_the_floor_in_the_same_clause() -> None:
    # 确保全年规上工业增加值增长7.5%以上、力争达到8%: the growth's higher goal (it was lost)
    found = figures("会议强调，要确保全年规上工业增加值增长7.5%以上、力争达到8%。", region="嘉兴市")
    goals = {f.value: f for f in found}
    assert goals[8.0].indicator == goals[7.5].indicator == "规模以上工业增加值"
    assert (goals[8.0].measure, goals[8.0].status, goals[7.5].qualifier) == (
        "yoy_growth_pct",
        "target",
        "at_least",
    )


def test_a_headline_opening_on_its_months_then_a_city_is_that_citys() -> None:
    # 前10个月东莞机电产品出口增长7.4% over 全省 said three times as benchmarks: 东莞市's text (it
    # was 广东省's, the months before the city hiding it)
    text = normalize(
        "前10个月东莞机电产品出口增长7.4%\n发布时间：2026-11-19\n\n"
        "前10个月，东莞市出口机电产品5689.4亿元，增长7.4%，高于同期全省机电产品出口占比8.6个百分点；"
        "占全省机电产品出口的17.9%。同期，全省出口机电产品3.17万亿元，增长6.0%。\n\n"
        "东莞是全球重要的电子信息产品制造基地。手机出口603.5亿元，下降2.7%。"
    ).text
    meta = describe_document(text, "dg_customs.txt")
    assert meta.region == "东莞市"
    found = {f.value: f for f in extract_figures(text, meta)}
    assert found[603.5].region == "东莞市"


def test_a_table_of_items_under_an_item_column_is_the_texts_regions() -> None:
    # 项目 | 金额（亿元） | 同比增长（%） ↵ 机电产品出口 | 5689.4 | 7.4: the item's, of the text's city (the
    # rows were read as places, and none was)
    text = normalize(
        "东莞机电产品进出口情况\n2026-11-19\n\n附表：2026年1-10月东莞市机电产品进出口情况\n"
        "项目 | 金额（亿元） | 同比增长（%）\n机电产品出口 | 5689.4 | 7.4\n高新技术产品出口 | 2517.3 | 6.5\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "dg_table.txt"))}
    assert found[5689.4].indicator.startswith("机电产品出口") and found[5689.4].region == "东莞市"
    assert (found[6.5].measure, found[6.5].period_end) == ("yoy_growth_pct", date(2026, 10, 31))


def test_growth_columns_each_of_the_months_they_name() -> None:
    # 指标名称 | 1—10月增速（%） | 1—9月增速（%）: the second column's growths are of 1—9月 (they were
    # the caption's 1—10月)
    text = normalize(
        "湖南工业运行情况\n2025-11-18\n\n附表：2025年1—10月全省规模以上工业增加值分类增长情况\n\n"
        "指标名称|1—10月增速（%）|1—9月增速（%）\n规模以上工业|7.3|7.4\n国有控股企业|5.8|6.0\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "hn_growths.txt"))}
    assert (found[7.3].period_end, found[7.4].period_end) == (date(2025, 10, 31), date(2025, 9, 30))
    assert found[6.0].period_end == date(2025, 9, 30) and found[6.0].indicator.startswith("国有控股企业")


def test_a_notice_publishing_a_years_list_tells_that_years_batch() -> None:
    # 关于公布2026年河北省专精特新中小企业名单的通知 ↵ …石家庄市新认定企业368家: the year's batch (it
    # stood on the notice's day)
    text = normalize(
        "河北省工业和信息化厅关于公布2026年河北省专精特新中小企业名单的通知\n发布时间：2026-10-15\n\n"
        "从地区分布看，石家庄市新认定企业368家，居全省首位。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "hb_list.txt"))}
    assert (found[368.0].period_start, found[368.0].period_end) == (date(2026, 1, 1), date(2026, 12, 31))


def test_a_round_up_of_listed_firms_is_no_one_firms_seats() -> None:
    # 共有186家上市公司披露了2026年三季报 … 总部位于广东惠州的德锂科技…: the sector's, the country's (it
    # was 惠州市's, the first firm's seat)
    text = normalize(
        "新能源制造三季报成绩单\n2026-10-31\n\n"
        "锂电池、光伏、风电、储能等新能源制造产业链共有186家上市公司披露了2026年三季报。"
        "上述公司前三季度合计实现营业收入2.87万亿元，同比增长6.4%。\n\n"
        "锂电池领域，总部位于广东惠州的锂电池企业德锂科技前三季度实现营业收入412.6亿元。"
    ).text
    meta = describe_document(text, "nev_round_up.txt")
    assert meta.region == "全国"


def test_a_places_table_of_a_bare_growth_under_a_caption_of_growths_and_places() -> None:
    # 市（州） | 增速（%） | 全省排位 under …规模以上工业增加值增速及排位: each place's growth of that value
    # added, and its rank (the bare 增速 was no indicator, the rows dropped)
    text = normalize(
        "贵州省1-9月工业经济运行情况\n2026-10-30\n\n表　2026年1-9月各市（州）规模以上工业增加值增速及排位\n"
        "市（州） | 增速（%） | 全省排位\n贵阳市 | 8.9 | 2\n黔南州 | 9.8 | 1\n"
    ).text
    found = extract_figures(text, describe_document(text, "gz_table.txt"))
    growths = {f.region: f.value for f in found if f.measure == "yoy_growth_pct"}
    ranks = {f.region: f.value for f in found if f.measure == "rank"}
    assert growths == {"贵阳市": 8.9, "黔南布依族苗族自治州": 9.8}
    assert ranks == {"贵阳市": 2.0, "黔南布依族苗族自治州": 1.0}
    assert all("规模以上工业增加值" in f.indicator for f in found)


def test_a_later_item_of_a_clause_opening_on_its_own_place() -> None:
    # 其中醴陵市新增42家、攸县新增27家: 攸县's 27 (it was 醴陵市's, the clause's first place)
    found = {
        f.value: f
        for f in figures("全年新增规上工业企业186家，其中醴陵市新增42家、攸县新增27家。", region="株洲市")
    }
    assert (found[42.0].region, found[27.0].region) == ("醴陵市", "攸县")


def test_a_table_of_prefectures_under_a_column_of_zhou_and_cities() -> None:
    # 州（市） | 产业投资增速（%） under 2026年前三季度各州（市）产业投资增速: each prefecture's growth (the
    # column of places was unknown, the table unread)
    text = normalize(
        "云南省重点项目投资情况\n2026-10-28\n\n2026年前三季度各州（市）产业投资增速\n"
        "州（市） | 产业投资增速（%）\n昆明市 | 13.8\n楚雄州 | 18.6\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "yn_table.txt"))}
    assert (found[13.8].region, found[18.6].region) == ("昆明市", "楚雄彝族自治州")
    assert found[18.6].indicator == "产业投资" and found[18.6].measure == "yoy_growth_pct"


def test_a_table_of_vehicle_types_is_of_kinds() -> None:
    # 车型 | 销量（万辆） | 同比增长（%） ↵ 纯电动汽车 | 121.6 | 16.4: the type's sales (read as a place)
    text = normalize(
        "2026年10月汽车工业经济运行情况\n2026-11-11\n\n表1　2026年10月新能源汽车分车型销售情况\n"
        "车型 | 销量（万辆） | 同比增长（%）\n纯电动汽车 | 121.6 | 16.4\n插电式混合动力汽车 | 72.1 | 8.0\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "caam.txt"))}
    assert found[121.6].indicator == "纯电动汽车销量" and found[121.6].unit == "万辆"
    assert found[8.0].indicator == "插电式混合动力汽车销量" and found[8.0].measure == "yoy_growth_pct"


def test_a_caption_ending_in_percent_gives_its_columns_unit() -> None:
    # 省份 | 规上工业增加值增速 | 制造业投资增速 under …增速（%）: each province's growths, in % (the
    # columns named no unit, the table was unread); a header line ending (%) is no caption
    text = normalize(
        "十个工业大省前三季度成绩单\n2026-10-29\n\n表：部分工业大省前三季度规上工业增加值与制造业投资增速（%）\n"
        "省份 | 规上工业增加值增速 | 制造业投资增速\n江苏 | 7.4 | 9.6\n广东 | 4.6 | -3.2\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "ten_provinces.txt"))}
    assert (found[7.4].region, found[-3.2].region) == ("江苏省", "广东省")
    assert found[-3.2].indicator == "制造业投资" and found[-3.2].unit == "%"
    assert found[7.4].period_end == date(2026, 9, 30)


def test_a_table_of_clusters_by_name_alone_is_of_kinds() -> None:
    # 集群名称 | 规上工业产值（亿元） | 同比增长（%） ↵ 绿色石化 | 2150.6 | 4.2: the cluster's output, of the
    # text's city (read as places, none was)
    text = normalize(
        "宁波市制造业运行情况\n2026-07-28\n\n表1　2026年上半年宁波市重点产业集群运行情况\n"
        "集群名称 | 规上工业产值（亿元） | 同比增长（%）\n"
        "绿色石化 | 2150.6 | 4.2\n汽车及零部件 | 1620.3 | 9.6\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "nb_clusters.txt"))}
    assert found[2150.6].indicator.startswith("绿色石化") and found[2150.6].region == "宁波市"
    assert found[9.6].indicator.startswith("汽车及零部件") and found[9.6].measure == "yoy_growth_pct"


def test_the_number_ranked_is_of_the_count_told_before() -> None:
    # …单项冠军企业（产品）118家，数量继续居全国城市首位: the count's rank (it was a thing called 数量)
    found = figures(
        "截至6月底，全市累计拥有国家级制造业单项冠军企业（产品）118家，数量继续居全国城市首位。",
        region="宁波市",
    )
    rank = next(f for f in found if f.measure == "rank")
    assert rank.indicator == "国家级制造业单项冠军企业（产品）" and rank.value == 1.0


def test_a_rule_under_a_tables_caption_leaves_the_caption_its_own() -> None:
    # 表1　…增加值增速及位次 ↵ ────── ↵ 市（州）　增速（%）　位次: the rule drawn under the caption was
    # taken for it, so the places' growths and ranks had no indicator and the table went unread
    text = normalize(
        "2025年1—10月全省工业经济运行简报\n2025-11-20\n\n"
        "表1　2025年1—10月各市（州）规模以上工业增加值增速及位次\n"
        "──────────────────────────────\n市（州）　　　　增速（%）　　　位次\n"
        "──────────────────────────────\n毕节市　　　　　10.2　　　　　1\n"
        "遵义市　　　　　6.3　　　　　2\n──────────────────────────────\n"
    ).text
    found = {(f.region, f.measure): f for f in extract_figures(text, describe_document(text, "gz.txt"))}
    growth = found[("毕节市", "yoy_growth_pct")]
    assert growth.value == 10.2 and growth.indicator == "规模以上工业增加值"
    assert found[("遵义市", "rank")].value == 2.0


def test_a_reporter_asking_a_body_names_no_place() -> None:
    # 记者从市金融工作局了解到，目前我市还有4家企业…: no county or city is named 记者从市 (it was the
    # figure's region); a name before 市 or 县 never ends on a preposition
    found = figures("记者从市金融工作局了解到，目前我市还有4家企业处于上市辅导期。", region="宜昌市")
    assert [f.region for f in found] == ["宜昌市"]


def test_a_fields_investment_is_named_without_its_verb() -> None:
    # 全年算力产业完成投资176亿元: the field's investment (算力产业投资), as 完成工业投资 is 工业投资; a
    # set of projects keeps what it has done (亿元以上工业项目完成投资)
    found = figures(
        "全年算力产业完成投资176亿元，同比增长32.7%；亿元以上工业项目完成投资98亿元。", region="银川市"
    )
    assert {f.indicator for f in found} == {"算力产业投资", "亿元以上工业项目完成投资"}


def test_a_story_goes_on_about_the_past_year_its_figures_were_of() -> None:
    # …产值由2015年的112亿元增至去年的486亿元。煤炭产业占…比重降至38.6%: last year's share, said after
    # last year's figures (it had no period at all)
    text = normalize(
        "陕西府谷县：“煤海”里长出新材料产业链\n《 人民日报 》（ 2025年11月18日　 第 10 版）\n\n"
        "全县新材料产业产值由2015年的112亿元增至去年的486亿元。"
        "煤炭产业占全县规上工业产值的比重降至38.6%。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "fugu.txt"))}
    share = found[38.6]
    assert (share.period_start, share.period_end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_clause_opening_at_a_high_tech_zone_names_no_zone_called_after_a_preposition() -> None:
    # 在高新区，总投资45亿元的楚锂二期动力电池项目…: the figure went to a zone called 在高新区 (在高 and
    # 新区); the project's whole cost is of no one year either
    text = normalize(
        "十堰新闻\n2025-04-18\n\n一季度，十堰市新开工项目17个。"
        "在高新区，总投资45亿元的楚锂二期动力电池项目已完成主体厂房建设。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "shiyan.txt"))}
    cost = found[45.0]
    assert cost.region == "十堰市" and (cost.period_start, cost.period_type) == (None, "unknown")


def test_the_present_trend_dates_no_estimate_of_the_year() -> None:
    # 按照当前发展态势，预计今年…产量将达到10万至12万辆: 当前 says whose trend, not the day the output
    # stands at (the estimate was dated on the text's day)
    found = figures(
        "按照当前发展态势，预计今年全市新能源汽车产量将达到10万至12万辆。",
        region="十堰市",
        ref=date(2025, 4, 18),
    )
    (estimate,) = found
    assert estimate.status == "estimate"
    assert (estimate.period_start, estimate.period_end) == (date(2025, 1, 1), date(2025, 12, 31))


def test_what_the_year_added_to_a_count_runs_to_the_counts_day() -> None:
    # 截至9月底，全市有进出口实绩的企业486家，其中今年新增外贸企业53家: the months to September, as for
    # 其中今年新开工… (新增 after 今年 had kept it the whole year)
    found = figures(
        "截至9月底，全市有进出口实绩的企业486家，其中今年新增外贸企业53家。",
        region="宜宾市",
        ref=date(2025, 10, 24),
    )
    added = next(f for f in found if f.value == 53)
    assert (added.period_start, added.period_end) == (date(2025, 1, 1), date(2025, 9, 30))


def test_a_places_short_name_before_its_growth_is_no_indicator() -> None:
    # 江西的增速比全国高出1.9个百分点: a figure of 全国 called 江西的; the place is 江西省 (its indicator,
    # said sentences before, is not told here)
    found = figures(
        "江西的增速比全国高出1.9个百分点，在全国排在第三位。", region="全国", ref=date(2025, 10, 30)
    )
    assert all(f.region != "全国" and "江西" not in f.indicator for f in found)


def test_a_column_of_the_years_growth_goal_beside_the_months_done() -> None:
    # 指标名称 | 单位 | 年度目标增速（%） | 1—6月完成 | 增速（%） | 全市位次: the table went unread (its
    # goal column was no kind the reader knew); the goal is the year's growth aimed at
    text = normalize(
        "2025年上半年全县经济运行情况分析\n发布时间：2025-07-24　　来源：泰和县统计局\n\n"
        "表1　2025年上半年泰和县主要经济指标完成情况\n\n"
        "| 指标名称 | 单位 | 年度目标增速（%） | 1—6月完成 | 增速（%） | 全市位次 |\n"
        "|---|---|---|---|---|---|\n"
        "| 地区生产总值 | 亿元 | 6.5 | 123.47 | 5.8 | 6 |\n| 规模以上工业增加值 | — | 8.5 | — | 8.9 | 4 |\n"
    ).text
    found = {
        (f.value, f.measure, f.status): f for f in extract_figures(text, describe_document(text, "taihe.txt"))
    }
    goal = found[(8.5, "yoy_growth_pct", "target")]
    assert goal.indicator == "规模以上工业增加值" and goal.period_end == date(2025, 12, 31)
    done = found[(8.9, "yoy_growth_pct", "actual")]
    assert done.period_end == date(2025, 6, 30)
    assert found[(123.47, "amount", "actual")].indicator == "地区生产总值"


def test_a_notice_handing_out_a_years_funds_is_of_that_year() -> None:
    # 关于下达2025年第一批…技术改造项目补助资金的通知 (June): what it hands out is the year's (the verb
    # before the funds, as 资金…下达 after them; its figures had no period)
    text = normalize(
        "柳州市工业和信息化局关于下达2025年第一批工业企业技术改造项目补助资金的通知\n发布日期：2025-06-12\n\n"
        "本批共支持技术改造项目9个，下达补助资金合计5163万元。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "liuzhou.txt"))}
    assert (found[9.0].period_start, found[5163.0].period_end) == (date(2025, 1, 1), date(2025, 12, 31))


def test_a_tables_caption_of_a_span_of_years_keeps_its_places_as_places() -> None:
    # 表：2023—2024年全省各设区市新增规上工业企业数量 over 设区市 | 2023年 | 2024年: each city's count
    # (the span of years before the places made each city an indicator of the province)
    text = normalize(
        "——2024年我省新增规上工业企业2186家\n2025-02-18\n\n"
        "表：2023—2024年全省各设区市新增规上工业企业数量（单位：家）\n\n"
        "| 设区市 | 2023年 | 2024年 |\n|---|---|---|\n| 南昌市 | 251 | 268 |\n| 九江市 | 221 | 245 |\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "jx.txt"))}
    assert (found[268.0].region, found[221.0].region) == ("南昌市", "九江市")
    assert "规模以上工业企业" in found[268.0].indicator


def test_a_price_column_in_percent_is_its_change() -> None:
    # 月份 | 工业生产者出厂价格（%） | 工业生产者购进价格（%） ↵ 1月 | -3.4 | -3.9: each month's change of
    # the prices (they were shares)
    text = normalize(
        "2025年9月云南省工业生产者价格变动情况\n2025-10-15\n\n四、2025年1—9月全省工业生产者价格同比涨跌幅\n\n"
        "| 月份 | 工业生产者出厂价格（%） | 工业生产者购进价格（%） |\n|---|---|---|\n| 1月 | -3.4 | -3.9 |\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "yn_ppi.txt"))}
    assert {found[-3.4].measure, found[-3.9].measure} == {"yoy_growth_pct"}


def test_a_performance_tables_counts_of_what_the_fund_did_are_the_years() -> None:
    # 带动新增就业人数 | ≥1500人 | 1820人, 支持技术改造项目数 | ≥60个 | 68个 under 年度目标值 | 实际完成值:
    # what the year's fund did, over the year (they stood at its end, and 人数 lost its 数: 就业人)
    text = normalize(
        "南充市经济和信息化局2024年工业发展专项资金绩效自评报告\n2025-03-28\n\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度目标值 | 实际完成值 | 完成情况 |\n|---|---|---|---|---|---|\n"
        "| 效益指标 | 社会效益指标 | 带动新增就业人数 | ≥1500人 | 1820人 | 完成 |\n"
        "| 产出指标 | 数量指标 | 支持技术改造项目数 | ≥60个 | 68个 | 完成 |\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "nanchong.txt"))}
    assert found[1820.0].indicator.endswith("就业人数")
    assert {(found[v].period_start, found[v].period_end) for v in (1820.0, 68.0)} == {
        (date(2024, 1, 1), date(2024, 12, 31))
    }


def test_a_monthly_reports_indicator_header_spaced_out_is_one_word() -> None:
    # 指　　标  1—10月  同比±% ↵ 汽车产量（万辆）  38.64  -3.2: the header's first word spaced out,
    # a character a word (the whole front page of indicators went unread)
    text = normalize(
        "襄阳统计月报\n2025年第10期\n襄阳市统计局　　　　2025年11月18日\n\n全市主要经济指标\n\n"
        "指　　标                                1—10月         同比±%\n"
        "规模以上工业增加值                          —              7.8\n"
        "汽车产量（万辆）                          38.64           -3.2\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "xy_monthly.txt"))}
    assert found[38.64].indicator == "汽车产量" and found[-3.2].measure == "yoy_growth_pct"
    assert found[7.8].indicator == "规模以上工业增加值" and found[7.8].period_end == date(2025, 10, 31)


def test_a_bodys_own_release_is_its_places_whatever_its_country_words() -> None:
    # 經濟部統計處 ↵ …10月工業生產指數為128.46…可望支撐我國資訊電子產業: the island's, as
    # place_bodies.csv says of the body (its 我国 made the page the country's)
    text = normalize(
        "經濟部統計處\n首頁 > 新聞發布 > 統計新聞\n\n114年10月工業生產統計\n\n發布日期：114-11-24\n\n"
        "經濟部統計處今（24）日發布114年10月工業生產統計。10月工業生產指數為128.46，較上年同月增加12.27%。\n\n"
        "展望未來，AI應用商機持續擴展，可望支撐我國資訊電子產業生產動能。"
    ).text
    assert describe_document(text, "tw_ipi.txt").region == "台湾省"


def test_a_count_column_of_those_a_list_took_in_is_of_what_the_caption_names() -> None:
    # 入选企业数（家） under 表1　2025年江西省专精特新中小企业（宜春市）分地区分布: each county's count of
    # those firms (it was a thing called 企业数)
    text = normalize(
        "宜春市2025年江西省专精特新中小企业名单公布\n2025-09-12\n\n"
        "表1　2025年江西省专精特新中小企业（宜春市）分地区分布\n\n"
        "| 县（市、区） | 入选企业数（家） |\n|---|---|\n| 袁州区 | 16 |\n| 樟树市 | 24 |\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "yichun_list.txt"))}
    assert found[16.0].region == "袁州区" and "专精特新中小企业" in found[16.0].indicator


def test_a_storage_capacity_is_of_what_the_clause_before_built() -> None:
    # 全省已建成投运新型储能项目74个，装机规模达到452.6万千瓦: the storage's capacity (a thing called
    # 装机规模); 2024年，…新型储能累计充电量18.7亿千瓦时: what the year charged, no stock at its end
    found = figures(
        "截至2024年底，全省已建成投运新型储能项目74个，装机规模达到452.6万千瓦。"
        "2024年，全省新型储能累计充电量18.7亿千瓦时。",
        region="甘肃省",
        ref=date(2025, 2, 14),
    )
    by_value = {f.value: f for f in found}
    assert "新型储能" in by_value[452.6].indicator
    assert by_value[18.7].period_start == date(2024, 1, 1)


def test_a_speaker_who_stands_for_the_county_names_no_county() -> None:
    # 现在，我代表县人民政府向大会报告工作 in 泰和县's work report: 代表 is a verb, and the text is
    # 泰和县's (it was a county called 代表县, then 表县)
    text = normalize(
        "政 府 工 作 报 告\n\n——2025年1月9日在泰和县第十八届人民代表大会第五次会议上\n\n"
        "泰和县人民政府县长  刘文斌\n\n各位代表：\n\n现在，我代表县人民政府向大会报告工作，请予审议。\n\n"
        "2024年，全县规模以上工业增加值增长8.6%，高于全市0.9个百分点。全县工业投资增长15.2%。"
    ).text
    assert describe_document(text, "taihe_report.txt").region == "泰和县"


def test_a_product_table_whose_level_column_names_its_year_is_read() -> None:
    # 产品名称 | 计量单位 | 2024年产量 | 同比增长（%）: the year's output, its year said in the column
    # (and 亿米 of cloth is a length)
    text = normalize(
        "湖北省纺织行业协会\n\n2024年全省纺织行业经济运行报告\n\n发布时间：2025-03-18\n\n"
        "表1　2024年全省主要纺织产品产量\n\n"
        "| 产品名称 | 计量单位 | 2024年产量 | 同比增长（%） |\n|---|---|---|---|\n"
        "| 纱 | 万吨 | 186.4 | 3.2 |\n| 布 | 亿米 | 52.7 | 4.8 |\n| 服装 | 亿件 | 7.85 | 1.9 |\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "hubei_textile.txt"))}
    assert found[52.7].indicator == "布产量" and found[52.7].unit == "亿米"
    assert found[186.4].period_end == date(2024, 12, 31) and found[3.2].measure == "yoy_growth_pct"


def test_the_industries_a_clause_counts_share_out_the_next_clauses_values() -> None:
    # 食品加工、新型建材两个主导产业稳步发展，营业收入分别增长6.2%和4.5%: each industry's revenue
    # (nothing was read)
    found = figures(
        "食品加工、新型建材两个主导产业稳步发展，营业收入分别增长6.2%和4.5%。",
        region="泰和县",
        ref=date(2025, 1, 9),
    )
    by_value = {f.value: f for f in found}
    assert by_value[6.2].indicator.startswith("食品加工") and by_value[6.2].indicator.endswith("营业收入")
    assert by_value[4.5].indicator.startswith("新型建材") and by_value[4.5].indicator.endswith("营业收入")


def test_a_sentence_goes_on_about_the_past_year_the_one_before_named() -> None:
    # …今年1—7月，全省工业投资增长9.8%… ↵ 2024年全省新能源汽车产量达到133.6万辆，增长30.2%。
    # 太阳能电池、集成电路圆片产量分别增长25.4%、18.7%: 2024's growths, not 1—7月's; but after an
    # aside on the year in brackets (…(2024年全年为增长7.3%)), the months go on
    text = normalize(
        "陕西省人民政府关于全省制造业高质量发展情况的报告\n\n——2025年9月23日在陕西省人大常委会会议上\n\n"
        "（一）投资。今年1—7月，全省工业投资增长9.8%。\n\n"
        "（二）产业链群。2024年全省新能源汽车产量达到133.6万辆，增长30.2%。"
        "太阳能电池、集成电路圆片产量分别增长25.4%、18.7%。\n\n"
        "（三）效益。1-7月，全省规模以上工业增加值同比增长8.1%（2024年全年为增长7.3%）。"
        "规模以上工业企业实现营业收入2987.5亿元，同比增长6.7%。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "shaanxi_report.txt"))}
    assert found[25.4].period_start == date(2024, 1, 1) and found[18.7].period_end == date(2024, 12, 31)
    assert found[6.7].period_end == date(2025, 7, 31)


def test_an_autonomous_prefecture_said_with_its_word_speaks_for_itself() -> None:
    # 红河州…全州规模以上工业增加值同比增长8.6%: the prefecture's (it was 全国's), and a table of its
    # counties under 各县市…增速 names no 市规模以上工业增加值
    text = normalize(
        "红河州工业和信息化局关于2025年1—10月全州工业经济运行情况的通报\n\n发布时间：2025-11-19\n\n"
        "1—10月，全州规模以上工业增加值同比增长8.6%，高于全省2.1个百分点。各县市具体情况见下表。\n\n"
        "表1　2025年1—10月各县市规模以上工业增加值增速\n\n"
        "| 序号 | 县市 | 增速（%） |\n|---|---|---|\n| 1 | 个旧市 | 11.5 |\n| 2 | 开远市 | 9.8 |\n"
        "| 3 | 建水县 | 8.7 |\n"
    ).text
    meta = describe_document(text, "honghe_notice.txt")
    assert meta.region == "红河哈尼族彝族自治州"
    found = {f.value: f for f in extract_figures(text, meta)}
    assert found[8.6].region == "红河哈尼族彝族自治州" and found[8.6].indicator == "规模以上工业增加值"
    assert found[11.5].region == "个旧市" and found[11.5].indicator == "规模以上工业增加值"


def test_a_city_by_its_short_name_opens_on_its_battery_industry() -> None:
    # 宜宾动力电池本地配套率…提升至目前的65%左右, in 四川省's story: 宜宾市's rate; and 新建成投产项目
    # keeps 建成 (it was 成投产项目)
    found = figures(
        "宜宾动力电池本地配套率由2021年的不足30%提升至目前的65%左右。预计全年新建成投产项目30个左右。",
        region="四川省",
        ref=date(2025, 3, 18),
    )
    by_value = {f.value: f for f in found}
    assert by_value[65.0].region == "宜宾市"
    assert "建成投产" in by_value[30.0].indicator


def test_a_table_of_leagues_and_cities_names_its_places() -> None:
    # | 盟市 | 规模以上工业增加值同比增长（%） |: 内蒙古's leagues and cities, each its own growth
    text = normalize(
        "内蒙古自治区统计局\n\n2025年1—10月全区工业经济运行情况\n\n发布时间：2025-11-18\n\n"
        "1—10月，全区规模以上工业增加值同比增长7.2%。\n\n2025年1—10月各盟市规模以上工业增加值增速\n\n"
        "| 盟市 | 规模以上工业增加值同比增长（%） |\n|---|---|\n| 呼和浩特市 | 8.9 |\n| 包头市 | 9.6 |\n"
        "| 兴安盟 | 5.7 |\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "nmg_industry.txt"))}
    assert found[5.7].region == "兴安盟" and found[5.7].indicator.startswith("规模以上工业增加值")
    assert found[9.6].region == "包头市" and found[9.6].measure == "yoy_growth_pct"


def test_a_years_report_named_with_its_edition_reports_on_that_year() -> None:
    # 《四川省光伏制造业发展年度报告（2024）》摘要, out in April 2025: its 全年 and 年末 are 2024's, and
    # 年末…单晶硅片产能…，全年产量… is the output of the wafers the clause before gave the capacity of
    text = normalize(
        "《四川省光伏制造业发展年度报告（2024）》摘要\n\n发布时间：2025-04-22\n\n"
        "（二）硅片。年末全省单晶硅片产能达到120GW，全年产量78.3GW，同比增长9.2%。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "sc_pv.txt"))}
    assert found[78.3].indicator == "单晶硅片产量" and found[78.3].period_end == date(2024, 12, 31)
    assert found[9.2].period_start == date(2024, 1, 1)


def test_what_is_added_again_is_of_what_the_clause_before_added() -> None:
    # 2024年全县新增规上工业企业7家，今年1—8月又新增5家: more of those firms (it was a thing called
    # 又新增)
    found = figures(
        "2024年全县新增规上工业企业7家，今年1—8月又新增5家。", region="青冈县", ref=date(2025, 9, 16)
    )
    by_value = {f.value: f for f in found}
    assert by_value[5.0].indicator == by_value[7.0].indicator
    assert by_value[5.0].period_end == date(2025, 8, 31)


def test_a_storys_bracketed_section_ends_the_plan_its_lead_told() -> None:
    # …下一步将继续做好项目谋划储备… ↵ 【县域竞相发力】 ↵ 分县（市、区）看，长葛市工业投资增长21.4%: an
    # outcome of the months reported on (it was a goal of the year)
    text = normalize(
        "许昌：前三季度工业投资增长11.6%\n\n2025-10-29 08:46:12　来源：新华网\n\n"
        "新华网郑州10月29日电 今年前三季度，许昌市工业投资同比增长11.6%，高于全省4.2个百分点。\n\n"
        "许昌市发展改革委有关负责人表示，下一步将继续做好项目谋划储备，争取更多项目进入国家和省级支持清单。\n\n"
        "【县域竞相发力】\n\n分县（市、区）看，长葛市工业投资增长21.4%，增速居全市第一位。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "xuchang_news.txt"))}
    assert found[21.4].status == "actual" and found[21.4].region == "长葛市"
    assert found[21.4].period_end == date(2025, 9, 30)


def test_a_county_level_citys_story_is_its_own_not_its_prefectures() -> None:
    # ——2024年神木市工业经济年度观察 … 全市规模以上工业增加值增长6.7%，高于榆林市…: 神木 named far more
    # often than 榆林, its 全市 is 神木市 (it was 榆林市)
    body = "2024年，全市规模以上工业增加值增长6.7%，高于榆林市1.2个百分点。全市原煤产量2.58亿吨。" + (
        "神木煤炭产业稳步发展，神木兰炭产量增长，神木化工项目投产，全市工业投资增长。" * 6
    )
    text = normalize(
        "【县域观察】能源“压舱石”更稳\n——2024年神木市工业经济年度观察\n\n发布时间：2025年3月18日\n\n" + body
    ).text
    assert describe_document(text, "shenmu.txt").region == "神木市"


def test_a_made_up_example_after_a_figure_of_speech_is_no_figure() -> None:
    # 打个比方，一条生产线满负荷一年能生产10万件产品，实际只生产了8万件，产能利用率就是80%: an example
    found = figures(
        "产能利用率是实际产出与生产能力的比率。打个比方，一条生产线满负荷一年能生产10万件产品，"
        "实际只生产了8万件，产能利用率就是80%。二季度，全省工业产能利用率为74.1%。",
        region="吉林省",
        ref=date(2025, 8, 14),
    )
    assert {f.value for f in found} == {74.1}


def test_a_zone_a_subtitle_visits_under_its_committees_masthead_is_the_texts() -> None:
    # 安徽怀宁经济开发区管理委员会 ↵ … ↵ ——怀宁经开区“十四五”发展回顾 … 园区…: the zone's own page, by its
    # committee's name (it was an unnamed county's, and gave no figure)
    text = normalize(
        "安徽怀宁经济开发区管理委员会\n首页 | 园区概况 | 新闻动态\n\n笃行实干谱新篇 奋楫扬帆启新程\n"
        "——怀宁经开区“十四五”发展回顾与“十五五”规划思路\n\n发布时间：2025-12-26 09:32\n\n"
        "“十四五”以来，园区坚持“工业立区”不动摇。2024年，园区实现规模以上工业总产值386.5亿元，"
        "占全县的比重超过六成。园区规上工业企业达到168家，园区亩均税收达到18.6万元。"
    ).text
    meta = describe_document(text, "huaining_zone.txt")
    assert meta.region == "安徽怀宁经济开发区"
    assert any(f.value == 386.5 for f in extract_figures(text, meta))


def test_a_causes_time_is_no_period_of_the_figure_it_explains() -> None:
    # 二季度，随着去年下半年投产的一批项目陆续满负荷运行，全市工业用电量增长9.7%: the second quarter's
    # growth (it was of the second half of last year)
    found = figures(
        "二季度，随着去年下半年投产的一批项目陆续满负荷运行，全市工业用电量增长9.7%。",
        region="包头市",
        ref=date(2025, 9, 22),
    )
    assert found[0].period_start == date(2025, 4, 1) and found[0].period_end == date(2025, 6, 30)


def test_a_meetings_agenda_in_the_lead_is_no_plan_of_the_figures_it_reports() -> None:
    # 全市工业经济运行调度会召开，通报1—7月全市工业经济运行情况，…安排部署三季度及下一步重点工作: what the
    # meeting did; 从重点产业看，动力电池产量58.6GWh are outcomes of 1—7月 (they were goals of the year)
    text = normalize(
        "全市工业经济运行调度会召开\n比拼赶超抓冲刺　全力以赴稳增长\n\n"
        "发布时间：2025-08-12 09:15　　来源：宜宾日报\n\n"
        "　　本报讯（记者 周雨涵）8月11日，全市工业经济运行调度会召开，通报1—7月全市工业经济运行情况，"
        "分析研判当前形势，安排部署三季度及下一步重点工作。市委副书记、市长邓启明出席会议并讲话。\n\n"
        "　　会上，市经济和信息化局通报了1—7月全市工业经济运行情况。"
        "1—7月，全市规模以上工业增加值同比增长9.2%。\n\n"
        "　　从重点产业看，动力电池产量58.6GWh，同比增长31.2%；优质白酒产业实现营业收入1046.3亿元，增长5.2%。"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "yibin_meeting.txt"))}
    assert found[58.6].status == "actual" and found[58.6].period_end == date(2025, 7, 31)


def test_places_listed_with_a_kind_whose_name_holds_a_joining_word_each_get_their_value() -> None:
    # 长春市汽车电子集群、吉林市碳纤维及复合材料集群…营业收入分别达到826亿元、547亿元: 及 joins the parts
    # of one cluster's name, so 吉林市 has the second (it went to 长春市)
    found = figures(
        "长春市汽车电子集群、吉林市碳纤维及复合材料集群2024年营业收入分别达到826亿元、547亿元。",
        region="吉林省",
        ref=date(2025, 12, 9),
    )
    by_value = {f.value: f for f in found}
    assert by_value[826.0].region == "长春市" and by_value[547.0].region == "吉林市"
    assert "碳纤维及复合材料集群" in by_value[547.0].indicator


def test_a_notice_that_hands_down_the_years_expected_goals_is_a_plan() -> None:
    # 玉林市人民政府关于下达2026年全市工业经济主要预期目标的通知 ↵ … ↵ 一、全市主要预期目标 ↵ （一）规模以上
    # 工业增加值增长7%左右: the year's goals (they were outcomes of 2025, the year its lead reviews)
    text = normalize(
        "玉林市人民政府门户网站　首页 > 政务公开 > 政府文件 > 玉政发\n\n"
        "发文机关：玉林市人民政府　　成文日期：2026年02月13日\n"
        "标　　题：玉林市人民政府关于下达2026年全市工业经济主要预期目标的通知\n"
        "发文字号：玉政发〔2026〕4号　　发布日期：2026年02月16日\n\n"
        "玉林市人民政府关于下达2026年全市工业经济主要预期目标的通知\n\n玉政发〔2026〕4号\n\n"
        "各县（市、区）人民政府，市人民政府各组成部门、各直属机构：\n\n"
        "2025年，全市上下坚定不移实施工业振兴战略，工业经济顶住压力、稳中有进。"
        "全年全市规上工业增加值预计增长6.8%，高于全区平均水平0.9个百分点。\n\n"
        "2026年是“十五五”开局之年，做好全年工业经济工作意义重大。经市人民政府同意，"
        "现将2026年全市工业经济主要预期目标下达给你们，并就有关事项通知如下。\n\n"
        "一、全市主要预期目标\n\n（一）规模以上工业增加值增长7%左右，在实际工作中力争达到8%。\n\n"
        "（二）规模以上工业总产值达到2750亿元以上。\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "yulin_goals.txt"))}
    assert found[7.0].status == "target" and found[7.0].period_start == date(2026, 1, 1)
    assert found[2750.0].status == "target"


def test_sales_after_a_products_output_are_that_products_and_a_body_after_根据_names_no_county() -> None:
    # 全区汽车产量86.4万辆，同比增长5.2%；销量85.7万辆: 汽车销量 (it was 汽车产量销量); 根据县人大常委会
    # 2025年度工作要点安排，… names no county called 根据县
    found = figures(
        "上半年全区汽车产量86.4万辆，同比增长5.2%；销量85.7万辆，同比增长4.6%。",
        region="广西壮族自治区",
        ref=date(2025, 7, 18),
    )
    by_value = {f.value: f for f in found}
    assert by_value[85.7].indicator == "汽车销量" and by_value[4.6].indicator == "汽车销量"
    county = figures(
        "根据县人大常委会2025年度工作要点安排，调研组深入园区。园区规划面积46.8平方公里，已建成面积31.5平方公里。",
        region="舒城县",
        ref=date(2025, 8, 26),
    )
    assert {f.region for f in county} == {"舒城县"}
    assert next(f for f in county if f.value == 31.5).indicator.endswith("建成面积")


def test_a_total_rows_share_of_itself_is_no_figure() -> None:
    # | 合计 | 5.82 | 100.0 | under 单位数（万个） | 比重（%）: the whole's share of the whole
    text = normalize(
        "贵州省第五次全国经济普查公报（第三号）\n\n发布时间：2025-01-21\n\n"
        "表1　按行业门类分组的工业企业法人单位\n\n| 行业 | 单位数（万个） | 比重（%） |\n|---|---|---|\n"
        "| 采矿业 | 0.36 | 6.2 |\n| 制造业 | 5.02 | 86.2 |\n| 合计 | 5.82 | 100.0 |\n"
    ).text
    found = extract_figures(text, describe_document(text, "gz_census.txt"))
    assert any(f.value == 86.2 for f in found)
    assert not any(f.value == 100.0 for f in found)


def test_the_whole_year_after_last_year_is_last_years() -> None:
    # 去年，玉环全年出口额为355.2亿元 (in November 2025): 2024's (it was 2025's)
    found = figures("去年，玉环全年出口额为355.2亿元。", region="玉环市", ref=date(2025, 11, 18))
    assert found[0].period_start == date(2024, 1, 1) and found[0].period_end == date(2024, 12, 31)


def test_a_zones_own_pages_name_it_in_full() -> None:
    # 原创　赣州经开区发布 … 全区…: 赣州经济技术开发区 (it was 赣州经开区); and 应城高新区管委会2025年工作
    # 总结…, a county-level city's zone, is the zone's whatever 全省 it says (it was an unnamed province's)
    assert zone_in_full("赣州经开区", "原创　赣州经开区发布") == "赣州经济技术开发区"
    report = normalize(
        "应城高新区管委会2025年工作总结和2026年工作安排\n\n"
        "来源：应城高新区管委会　　发布时间：2026-01-12 10:25\n\n"
        "2025年，应城高新技术产业开发区（以下简称“应城高新区”）管委会坚持以科技创新引领产业发展。"
        "高新区规上工业总产值增长10.2%，增速居全省高新区前列；全省排名提升3位。全市工业投资增长8%。\n"
    ).text
    assert describe_document(report, "yc_zone.txt").region == "应城高新技术产业开发区"


def test_a_county_papers_dated_masthead_names_the_county() -> None:
    # 营山报　2025年7月15日　星期二　第3版 ↵ …全县…我县…: 营山县's page (it was an unnamed county's)
    text = normalize(
        "营山报　2025年7月15日　星期二　第3版　经济观察\n\n规上企业为何“进进出出”？\n"
        "——从四年“进退账”看我县工业企业培育的短板\n\n"
        "今年前5个月，全县又有6家企业新纳入规上统计。截至5月末，全县规上工业企业共有96家。"
        "我县规上工业企业数量在全市排名靠后。全县规上工业增加值增长7.1%。"
    ).text
    assert describe_document(text, "yingshan_paper.txt").region == "营山县"


def test_a_caption_of_an_industrys_indicators_by_city_names_whose_columns_they_are() -> None:
    # 营业收入（亿元） under 2024年陕西省部分市装备制造业主要指标: each city's 装备制造业营业收入 (it was
    # 营业收入, of no industry)
    text = normalize(
        "陕西装备制造业调查\n\n发布时间：2025-06-20\n\n2024年陕西省部分市装备制造业主要指标\n\n"
        "| 城市 | 营业收入（亿元） | 同比增长（%） |\n|---|---|---|\n| 西安 | 4512.3 | 11.2 |\n"
        "| 宝鸡 | 1106.7 | 8.7 |\n| 咸阳 | 583.4 | 13.5 |\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "sx_equipment.txt"))}
    assert found[4512.3].region == "西安市" and found[4512.3].indicator == "装备制造业营业收入"


def test_a_districts_own_bulletin_in_an_autonomous_region_is_the_districts() -> None:
    # 2026年一季度昆都仑区重点工业企业监测情况分析 … 全区…: 昆都仑区's (it was 内蒙古自治区's, its 全区)
    text = normalize(
        "包头市昆都仑区人民政府　　首页 > 政务公开 > 统计信息\n\n"
        "2026年一季度昆都仑区重点工业企业监测情况分析\n\n"
        "发布机构：昆都仑区统计局　　发布日期：2026年04月21日\n\n"
        "截至3月末，全区纳入重点监测的规模以上工业企业共62户。全区监测企业完成工业总产值486.3亿元，"
        "同比增长5.9%。全区规上工业增加值增长6.1%，高于内蒙古自治区平均水平。"
    ).text
    assert describe_document(text, "kundulun.txt").region == "昆都仑区"


def test_a_provinces_subhead_with_commas_heads_its_section() -> None:
    # 河南：增速回升，新能源汽车成最大亮点 ↵↵ 河南一季度规上工业增加值增长7.9%: the subhead is no part of
    # the sentence below it (the indicator was 新能源汽车成最大亮点河南…), and 全省 under 湖南：… is 湖南's
    text = normalize(
        "湖北、河南、湖南一季度工业增加值比较\n\n2026-04-24　来源：财经日报\n\n"
        "湖北：增速领跑，中部六省居首\n\n一季度全省规上工业增加值同比增长8.6%，高于全国2.3个百分点。\n\n"
        "河南：增速回升，新能源汽车成最大亮点\n\n河南一季度规上工业增加值增长7.9%，高于全国1.6个百分点。\n\n"
        "湖南：回升仍需巩固，装备制造是支撑\n\n湖南一季度规上工业增加值增长6.8%。全省装备制造业增加值增长9.1%。\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "central_three.txt"))}
    assert found[7.9].region == "河南省" and found[7.9].indicator == "规模以上工业增加值"
    assert found[9.1].region == "湖南省" and found[8.6].region == "湖北省"


def test_a_programmes_column_bar_ends_no_place_name() -> None:
    # 《问政南康》2025年第三期实录丨区工信局局长… ↵ 来源：南康区融媒体中心 … 全区…: 南康区's (it was a place
    # called 期实录丨区, since the bar is a CJK character)
    text = normalize(
        "《问政南康》2025年第三期实录丨区工信局局长：企业的难处就是我们的整改清单\n\n"
        "发布时间：2025-07-18 09:42　来源：南康区融媒体中心\n\n"
        "主持人：今年上半年，南康区规模以上工业增加值同比增长7.6%。\n\n"
        "钟建平：目前全区已建成工业标准厂房412万平方米，其中闲置63万平方米。"
    ).text
    assert describe_document(text, "nankang_asks.txt").region == "南康区"


def test_quarters_sharing_their_word_are_each_a_quarter() -> None:
    # 一、二、三季度高新技术产业增加值分别增长8.2%、8.8%、9.5%: each quarter's (it was 一新技术产业增加值
    # and 二新技术产业增加值, both of the third quarter)
    found = figures(
        "前三季度，全省高新技术产业增加值增长8.9%。分季度看，一、二、三季度高新技术产业增加值分别增长8.2%、8.8%、9.5%。",
        region="湖南省",
        ref=date(2025, 10, 29),
    )
    by_value = {f.value: f for f in found}
    assert {by_value[v].indicator for v in (8.2, 8.8, 9.5)} == {"高新技术产业增加值"}
    assert [(by_value[v].period_start, by_value[v].period_end) for v in (8.2, 8.8, 9.5)] == [
        (date(2025, 1, 1), date(2025, 3, 31)),
        (date(2025, 4, 1), date(2025, 6, 30)),
        (date(2025, 7, 1), date(2025, 9, 30)),
    ]


def test_the_mainland_in_a_hong_kong_or_taiwan_paper_is_the_country() -> None:
    # 大陸工業機器人產量達42.6萬套 in a Taiwan paper on 芜湖: the country's (it was 安徽省's
    # 大陆工业机器人产量); and 增速虽低于全国… is of what grew (it was a thing called 增速虽)
    found = figures(
        "今年1至7月大陆工业机器人产量达42.6万套，年增35.6%。芜湖1至7月工业机器人产量1.86万套，年增32.4%，"
        "增速虽低于全国3.2个百分点，但产量约占全国的4.4%。",
        region="芜湖市",
        ref=date(2025, 8, 22),
    )
    by_value = {f.value: f for f in found}
    assert by_value[42.6].region == "全国" and by_value[42.6].indicator == "工业机器人产量"
    assert by_value[35.6].region == "全国"
    assert by_value[-3.2].region == "芜湖市" and by_value[-3.2].indicator == "工业机器人产量"


def test_a_whole_years_outcome_said_mid_year_is_last_years() -> None:
    # 全年生产汽车27.6万辆, said at a press conference in June 2025: 2024's (it was 2025's, a year not yet
    # over); a goal's 全年力争… stays this year's
    found = figures(
        "襄阳汽车产业转型步伐加快，全年生产汽车27.6万辆，其中新能源汽车11.3万辆，增长42.5%。"
        "今年全年力争生产汽车30万辆。",
        region="襄阳市",
        ref=date(2025, 6, 17),
    )
    by_value = {f.value: f for f in found}
    assert (by_value[27.6].period_start, by_value[27.6].period_end) == (date(2024, 1, 1), date(2024, 12, 31))
    assert by_value[42.5].period_start == date(2024, 1, 1) and by_value[42.5].status == "actual"
    assert by_value[30].status == "target" and by_value[30].period_start == date(2025, 1, 1)


def test_a_why_missed_column_is_a_remark_of_a_performance_table() -> None:
    # 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 偏差原因分析: each row's goal and
    # outcome (the table went unread, and its numbers became things called 时率)
    text = normalize(
        "广西壮族自治区工业和信息化厅2024年度部门整体支出绩效自评报告\n\n发布时间：2025-06-20\n\n"
        "表2 2024年度部门整体支出绩效指标完成情况\n\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 偏差原因分析 |\n"
        "|---|---|---|---|---|---|\n"
        "| 产出指标 | 数量指标 | 支持工业企业技术改造项目数 | ≥200个 | 236个 | 超额完成 |\n"
        "| 效益指标 | 社会效益指标 | 规上工业企业数字化转型覆盖率 | 65% | 61.8% | 中小企业转型意愿不足 |\n"
    ).text
    found = extract_figures(text, describe_document(text, "gx_performance.txt"))
    by_value = {f.value: f for f in found}
    assert by_value[200].status == "target" and by_value[236].status == "actual"
    assert by_value[61.8].indicator.endswith("数字化转型覆盖率") and by_value[65].status == "target"


def test_a_contact_line_keeps_the_signature_below_it() -> None:
    # 联系电话：0472-5618320 ↵↵ 包头市工业和信息化局 ↵ 2025年6月18日: the footer pattern ran across lines and
    # took the signature's date with it, so the reply had no date and 今年1—5月 was 2024's
    text = normalize(
        "关于市政协十五届三次会议第0158号提案的答复函\n\n今年1—5月，全市稀土产业产值同比增长12.7%。\n\n"
        "联系电话：0472-5618320\n\n包头市工业和信息化局\n2025年6月18日\n\n（此件主动公开）\n\n"
        "抄送：市政协提案委员会，市政府督查室。\n"
    ).text
    assert "2025年6月18日" in text and "0472-5618320" not in text
    assert describe_document(text, "baotou_reply.txt").reference_date == date(2025, 6, 18)


def test_a_stock_in_a_paragraph_a_past_year_opened_stands_at_its_end() -> None:
    # 2024年，…。全年新增…17家，年末总数达到126家。全市稀土永磁材料产能达到16万吨, in a June 2025 reply:
    # both stand at the end of 2024 (they were of the reply's day)
    found = figures(
        "2024年，全市稀土产业实现工业产值1236.8亿元，同比增长16.4%。全年新增规模以上稀土企业17家，"
        "年末总数达到126家。全市稀土永磁材料产能达到16万吨，占全国的比重超过三成。",
        region="包头市",
        ref=date(2025, 6, 18),
    )
    by_value = {f.value: f for f in found}
    assert by_value[126].period_end == by_value[16].period_end == date(2024, 12, 31)
    assert by_value[126].period_start == date(2024, 12, 31)


def test_a_paragraph_the_months_opened_in_a_year_end_report_stays_in_them() -> None:
    # 1—11月，全县共签约项目87个…。从产业结构看，签约项目中工业项目68个, in a report of 18 December: the
    # months' (it was the whole year's, as a year-end review's actions are)
    text = normalize(
        "关于全县2025年招商引资和项目建设工作情况的汇报\n\n信丰县商务局\n（2025年12月18日）\n\n一、主要工作成效\n\n"
        "1—11月，全县共签约项目87个，签约总金额326.5亿元，同比分别增长14.5%和22.8%。其中，亿元以上项目52个，"
        "10亿元以上项目9个。从产业结构看，签约项目中工业项目68个，占比78.2%；电子信息首位产业项目41个。"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "xinfeng.txt"))}
    assert (by_value[68].period_start, by_value[68].period_end) == (date(2025, 1, 1), date(2025, 11, 30))
    assert by_value[41].period_end == date(2025, 11, 30)


def test_a_bare_deal_value_is_of_the_contracts_counted_before() -> None:
    # 全省共登记技术合同8346项，成交额612.7亿元: the contracts' 成交额 (it was a thing called 成交额)
    found = figures("2024年，全省共登记技术合同8346项，成交额612.7亿元，同比增长21.3%。", region="贵州省")
    by_value = {f.value: f for f in found}
    assert "技术合同成交额" in by_value[612.7].indicator and "技术合同成交额" in by_value[21.3].indicator


def test_a_growth_since_the_last_years_end_is_of_the_stock_before_it() -> None:
    # | 市（州） | 有效高新技术企业（家） | 比上年末增长（%） |: each place's count's growth (it was a thing
    # called 比)
    text = normalize(
        "贵州省高新技术企业发展情况\n\n发布时间：2025-04-18\n\n表1 2024年各市（州）有效高新技术企业数量\n\n"
        "| 市（州） | 有效高新技术企业（家） | 比上年末增长（%） |\n|---|---|---|\n"
        "| 贵阳市 | 1504 | 11.8 |\n| 遵义市 | 412 | 14.1 |\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "gz_hitech.txt"))}
    assert found[11.8].measure == "yoy_growth_pct" and found[11.8].indicator == "有效高新技术企业"
    assert found[14.1].region == "遵义市"


def test_a_products_growths_after_both_levels_go_each_with_its_own() -> None:
    # | 产品名称 | 计量单位 | 本月 | 1-本月累计 | 本月同比增长% | 累计同比增长% |: the month's growth and
    # the months' growth, each of its level (the table went unread)
    text = normalize(
        "2025年8月全市主要工业产品产量\n\n发布时间：2025-09-19 16:30　　来源：柳州市统计局\n\n"
        "表：2025年8月全市主要工业产品产量\n\n"
        "| 产品名称 | 计量单位 | 本月 | 1-本月累计 | 本月同比增长% | 累计同比增长% |\n"
        "|---|---|---|---|---|---|\n"
        "| 汽车 | 万辆 | 16.85 | 121.37 | 6.2 | 3.8 |\n| 挖掘机 | 台 | 1126 | 9487 | 12.6 | 15.2 |\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "lz_products.txt"))}
    assert found[6.2].measure == "yoy_growth_pct" and found[6.2].period_start == date(2025, 8, 1)
    assert found[3.8].period_start == date(2025, 1, 1) and found[3.8].period_end == date(2025, 8, 31)
    assert found[9487].indicator == "挖掘机产量" and found[15.2].indicator == "挖掘机产量"


def test_a_rank_on_a_named_list_before_the_columns_is_read_and_last_years_is_not() -> None:
    # | 县（市） | 百强县排名 | 地区生产总值（亿元） | …: each county's rank on the list, and its other
    # columns (the table went unread); 上年排名 is no rank of this year's
    text = normalize(
        "河南县域经济观察\n\n2025-05-20\n\n表1 河南部分百强县（市）主要指标\n\n"
        "| 县（市） | 百强县排名 | 地区生产总值（亿元） | 规上工业增加值增速（%） |\n|---|---|---|---|\n"
        "| 新郑市 | 39 | 1105.3 | 6.1 |\n| 巩义市 | 45 | 912.6 | 8.4 |\n\n"
        "表2 县域经济综合排名\n\n"
        "| 县（市） | 地区生产总值（亿元） | 增速（%） | 上年排名 |\n|---|---|---|---|\n"
        "| 中牟县 | 986.7 | 9.2 | 3 |\n"
    ).text
    found = extract_figures(text, describe_document(text, "henan_counties.txt"))
    by_value = {f.value: f for f in found}
    assert by_value[39].measure == "rank" and by_value[39].region == "新郑市"
    assert by_value[912.6].indicator == "地区生产总值"
    assert not any(f.measure == "rank" and f.region == "中牟县" for f in found)


def test_a_zones_booklet_that_lies_in_a_citys_district_is_the_zones() -> None:
    # 巴彦淖尔经济技术开发区 ↵ 投资指南 … 位于内蒙古自治区巴彦淖尔市临河区东部: the zone's (it was 内蒙古's);
    # a district is no county whose platform the zone is
    text = normalize(
        "巴彦淖尔经济技术开发区\n投资指南\n（2025年版）\n\n巴彦淖尔经济技术开发区管理委员会\n二〇二五年三月\n\n"
        "一、园区概况\n\n巴彦淖尔经济技术开发区位于内蒙古自治区巴彦淖尔市临河区东部，是国家级经济技术开发区。"
        "2024年，园区实现规模以上工业总产值486.3亿元，同比增长11.3%；规模以上工业增加值增长9.6%，高于全市2.4个百分点。"
    ).text
    assert describe_document(text, "bayannur_zone.txt").region == "巴彦淖尔经济技术开发区"


def test_an_infographics_label_may_open_on_its_months_and_its_detail_follow_a_blank_line() -> None:
    # 7352.6亿元 ↵ 1—8月规上工业企业营业收入: the months' revenue (the label's digits had kept it unread);
    # 18.6% ↵ 高技术制造业增加值增速 ↵↵ 占规上工业的比重达8.4%: the share is of what grew (it was a thing
    # called 占规模以上工业的比重)
    text = normalize(
        "数说丨前三季度甘肃工业成绩单出炉\n\n2025-10-23 08:36　来源：新甘肃·甘肃日报\n\n"
        "▌结构：向新而行\n\n18.6%\n高技术制造业增加值增速\n\n占规上工业的比重达8.4%\n\n"
        "▌效益：量增质升\n\n7352.6亿元\n1—8月规上工业企业营业收入\n\n同比增长5.8%\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "gs_numbers.txt"))}
    assert found[8.4].indicator.startswith("高技术制造业增加值") and found[8.4].measure == "share_pct"
    assert found[7352.6].indicator == "规模以上工业企业营业收入"
    assert (found[7352.6].period_start, found[7352.6].period_end) == (date(2025, 1, 1), date(2025, 8, 31))


def test_a_listed_firms_report_names_its_seat_in_its_table_of_contacts() -> None:
    # | 办公地址 | 贵州省铜仁市… |: the firm's report is 铜仁市's (it was the country's, for its 国内)
    text = normalize(
        "证券代码：603891　　证券简称：黔锂新材　　公告编号：2025-021\n\n贵州黔锂新能源材料股份有限公司\n"
        "2024年年度报告摘要\n\n第二节　公司基本情况\n\n| 联系人和联系方式 | 董事会秘书 |\n|---|---|\n"
        "| 办公地址 | 贵州省铜仁市大龙经济开发区兴业大道18号 |\n\n"
        "报告期内，公司三元前驱体出货量8.62万吨，国内市场占有率约为9.8%。我国新能源汽车产量增长。\n\n"
        "贵州黔锂新能源材料股份有限公司董事会\n2025年4月22日\n"
    ).text
    assert describe_document(text, "qianli_annual.txt").region == "铜仁市"


def test_a_numeral_and_yuan_inside_a_word_is_no_money() -> None:
    # 公司三元前驱体出货量8.62万吨: no sum of 3元 (it was a figure of 3元 called 公司); 每吨补贴五元 is money
    found = figures("2024年，公司三元前驱体出货量8.62万吨。每吨补贴五元。", region="铜仁市")
    assert not any(f.value == 3 for f in found)
    assert any(f.value == 5 and f.unit == "元" for f in found)


def test_a_taiwan_tables_year_on_year_rate_is_a_growth() -> None:
    # | 行業別 | 10月年增率（%） | …: each industry's growth over the month a year before (it was a share)
    text = normalize(
        "經濟部統計處新聞稿\n\n發布日期：2024年11月22日\n\n113年10月工業生產統計\n\n"
        "| 行業別 | 10月年增率（%） | 1至10月累計年增率（%） |\n|---|---|---|\n"
        "| 資訊電子工業 | 22.74 | 17.96 |\n| 化學工業 | 3.14 | 1.87 |\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "tw_production.txt"))}
    assert found[22.74].measure == found[3.14].measure == "yoy_growth_pct"
    assert found[17.96].measure == "yoy_growth_pct"


def test_a_monthlys_issue_dates_it_by_its_month() -> None:
    # 《河南经济观察》2025年第5期 over an undated article: out by the end of May 2025 (it was January 2024,
    # so the 2025—2027 goals and 2024's outcomes were read a year early)
    text = normalize(
        "《河南经济观察》2025年第5期　｜　区域观察\n\n县域“百强”的河南答卷\n\n"
        "文／本刊记者　李铭远\n\n2024年7月，赛迪顾问发布榜单，河南有8个县（市）入围全国百强县。"
        "2024年，全省县域规上工业增加值增长6.8%。到2027年，全省力争百强县数量达到10个以上。\n"
    ).text
    meta = describe_document(text, "henan_monthly.txt")
    assert (meta.reference_date, meta.reference_date_method) == (date(2025, 5, 31), "issue_month")


def test_a_paragraph_that_ends_on_a_figure_without_a_full_stop_ends_its_sentence() -> None:
    # …，其中电解铝产量218.7万吨 ↵↵ 作为全国重要的有色冶金基地，…: 电解铝产量 (it was 电解铝产量作为全国重要的
    # 有色冶金基地, the next paragraph's words); a line broken before its number (…达到 ↵↵ 140GWh) still
    # goes on
    found = figures(
        "全省十种有色金属产量同比增长6.4%，其中电解铝产量218.7万吨\n\n"
        "作为全国重要的有色冶金基地，我省持续推进有色金属产业链延链补链强链。全省锂电产能达到\n\n140GWh。",
        region="甘肃省",
    )
    by_value = {f.value: f for f in found}
    assert by_value[218.7].indicator == "电解铝产量"
    assert by_value[140].indicator == "锂电产能"


def test_a_banners_own_story_is_the_banners() -> None:
    # 四子王旗新能源项目集中签约 … 全旗…: the banner's (it was 乌兰察布市's, its city); 全旗 is its scope word
    text = normalize(
        "四子王旗新能源项目集中签约 绿色发展动能加速集聚\n\n2026-03-12 10:20　来源：内蒙古广播电视台\n\n"
        "3月11日，四子王旗2026年新能源项目集中签约仪式举行。本次共集中签约新能源项目12个，总投资486.5亿元。"
        "四子王旗风能资源丰富，是乌兰察布市新能源开发的重点区域。截至2025年底，全旗新能源装机容量达到520万千瓦，"
        "全旗规上工业增加值增长12.6%。乌兰察布市能源局负责人表示，全市将继续支持四子王旗。"
    ).text
    meta = describe_document(text, "siziwang.txt")
    assert meta.region == "四子王旗"
    found = {f.value: f for f in extract_figures(text, meta)}
    assert found[520].indicator == "新能源装机容量" and found[12.6].region == "四子王旗"


def test_a_delegates_label_names_the_place_they_speak_for() -> None:
    # 李晓燕代表（长子县人民政府县长）： … 全县…: 长子县's (the label's 代表 had kept the speaker unknown)
    text = normalize(
        "长治代表团审议政府工作报告\n\n2025-01-22 07:48　　来源：长治日报\n\n【代表发言摘登】\n\n"
        "申建国代表（长治市委书记）：\n\n2024年，全市规上工业增加值增长6.2%，高于全省2.4个百分点。\n\n"
        "韩志强代表（襄垣县委书记）：\n\n去年全县原煤产量4126万吨，同比下降2.3%。\n\n"
        "李晓燕代表（长子县人民政府县长）：\n\n截至去年底，全县规上工业企业达到86家。去年全县光伏组件产量达到4.2GW。\n"
    ).text
    found = {f.value: f for f in extract_figures(text, describe_document(text, "changzhi_delegates.txt"))}
    assert found[86].region == found[4.2].region == "长子县"
    assert found[4126].region == "襄垣县"


def test_a_goals_table_with_an_estimated_outcome_column_reads_every_row() -> None:
    # | 指标 | 2025年目标 | 预计完成 | 完成率 |: the goal, the estimate of what the year will have done,
    # and its rate (no row was read: 预计完成 names no year, and 109.5% or 超额完成 in the rate column
    # stopped the row)
    text = normalize(
        "郴州市工业和信息化局2025年工作总结\n\n发布时间：2025-12-22\n\n二、主要指标完成情况\n\n"
        "| 指标 | 2025年目标 | 预计完成 | 完成率 |\n|---|---|---|---|\n"
        "| 规模以上工业增加值增速（%） | 7 | 7.4 | 超额完成 |\n"
        "| 工业技改投资（亿元） | 210 | 230 | 109.5% |\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "chenzhou_summary.txt"))}
    assert (by_value[7].status, by_value[7.4].status) == ("target", "estimate")
    assert by_value[230].status == "estimate" and by_value[230].indicator == "工业技改投资"
    assert by_value[109.5].measure == "share_pct" and by_value[109.5].status == "estimate"
    assert by_value[7.4].period_start == date(2025, 1, 1) and by_value[7.4].period_end == date(2025, 12, 31)


def test_a_plans_table_reads_starred_estimates_and_averages_with_their_percent_sign() -> None:
    # | 1560 | 2400 | 9%左右 |, | 65* | 95以上 | under 注：带*的为2025年预计数: the row is read (9%左右 and
    # 65* stopped it), the starred base an estimate
    text = normalize(
        "自贡市“十五五”制造业高质量发展规划\n\n自府发〔2026〕3号　2026年3月2日\n\n"
        "| 序号 | 指标 | 2025年基数 | 2030年目标 | 年均增长 | 属性 |\n|---|---|---|---|---|---|\n"
        "| 1 | 规模以上工业增加值（亿元） | 760 | 1100 | 7.7%左右 | 预期性 |\n"
        "| 2 | 规上工业企业数字化转型覆盖率（%） | 58* | 90以上 | — | 预期性 |\n\n"
        "注：带*的为2025年预计数。\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "zigong_plan.txt"))}
    assert by_value[760].status == "actual" and by_value[1100].status == "target"
    assert by_value[7.7].measure == "avg_growth_pct" and by_value[7.7].qualifier == "approx"
    assert by_value[58].status == "estimate" and by_value[90].status == "target"


def test_a_category_cell_before_a_name_holding_its_unit_is_no_indicator() -> None:
    # | 规模 | 规模以上工业总产值（亿元） | …: the row is 规模以上工业总产值's (规模, the category, was its
    # indicator and the name its unit)
    text = normalize(
        "泸州市“十五五”工业发展规划\n\n2026年2月10日\n\n"
        "| 类别 | 指标 | 2025年 | 2030年 | 年均增长 | 属性 |\n|---|---|---|---|---|---|\n"
        "| 规模 | 规模以上工业总产值（亿元） | 3100 | 4600 | 8%以上 | 预期性 |\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "luzhou_plan.txt"))}
    assert by_value[3100].indicator == by_value[8].indicator == "规模以上工业总产值"
    assert by_value[3100].unit == "亿元"


def test_a_from_to_that_recovers_reads_its_later_level() -> None:
    # 由2022年的16.9%回升至去年的18.1%: both levels (回升至 was no from-to's verb: 18.1% was lost)
    found = figures(
        "全省制造业增加值占地区生产总值比重由2022年的16.9%回升至去年的18.1%。",
        region="贵州省",
        ref=date(2025, 7, 18),
    )
    later = [f for f in found if f.value == 18.1]
    assert len(later) == 1 and later[0].measure == "share_pct" and later[0].period_start == date(2024, 1, 1)


def test_places_sharing_a_count_of_nothing_named_are_no_figures() -> None:
    # …宜春市4家，上饶市、吉安市各3家 after counts whose noun the text never names: no figure (it was
    # 宜春市's, 上饶市、吉安市各 its indicator)
    text = normalize(
        "江西省工业和信息化厅\n2025年7月18日\n（一）地区分布。从设区市看，南昌市7家，赣州市5家，宜春市4家，"
        "上饶市、吉安市各3家，新余市、萍乡市各2家，鹰潭市1家。"
    ).text
    found = extract_figures(text, describe_document(text, "jiangxi_champions.txt"))
    assert not [f for f in found if "、" in f.indicator or "各" in f.indicator]
    assert not [f for f in found if f.value == 3 and f.region == "宜春市"]


def test_a_heading_above_a_numbered_places_section_ends_it() -> None:
    # （五）固原市：… then 三、近期运行态势 … 全区…: the autonomous region's again (it stayed 固原市's)
    text = normalize(
        "宁夏地级市工业竞争力评价报告（2025）\n发布时间：2025-11-18　　来源：宁夏社会科学院\n二、分市评价\n"
        "（五）固原市：后发追赶势头初显\n固原市工业基础相对薄弱。2024年，固原市工业投资增长23.5%。\n\n"
        "三、近期运行态势\n\n今年1—8月，全区规模以上工业增加值同比增长7.4%。"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "ningxia_cities.txt"))}
    assert by_value[23.5].region == "固原市"
    assert by_value[7.4].region == "宁夏回族自治区"


def test_a_purpose_that_ensures_and_a_share_of_the_plan_are_no_goals() -> None:
    # 为确保项目早日投产，现场…每天有1100余名施工人员: what is, not a goal; 占一期计划投资的70%: how much of
    # the plan is done (both were targets)
    found = figures(
        "截至目前，一期已累计完成投资21.3亿元，占一期计划投资的71%。"
        "为确保项目早日投产，现场实行“两班倒”作业，高峰期每天有1200余名施工人员同时作业。",
        region="兴和县",
        ref=date(2025, 9, 16),
    )
    status = {f.value: f.status for f in found}
    assert status[71] == status[1200] == "actual"


def test_an_exclamation_mark_is_no_part_of_an_indicator() -> None:
    # 一期完成投资19.6亿元！…: 一期完成投资 (it was 一期完成投资！)
    text = normalize(
        "商都县融媒体中心\n\n一期完成投资18.2亿元！我县新材料项目建设跑出“加速度”\n\n2025-09-16 18:05"
    ).text
    found = extract_figures(text, describe_document(text, "shangdu_project.txt"))
    assert [f.indicator for f in found if f.value == 18.2] == ["一期完成投资"]


def test_a_monthly_bulletins_tables_in_spaced_columns_are_read_by_their_month() -> None:
    # …2025年11月20日编印 dates it; 指标  本月  1—10月 under 单位：% (growths), and 本  月 spaced out in
    # a product header, are the month 1—10月 ends on (nothing was read, and the text had no date)
    text = normalize(
        "昭通统计月报\n2025年第10期（总第301期）\n\n"
        "昭通市统计局                           2025年11月20日编印\n\n"
        "表4-1                  规模以上工业增加值增速\n\n"
        "                                                         单位：%\n"
        "  指    标                                   本  月        1—10月\n"
        "  ----------------------------------------------------------------\n"
        "  规模以上工业增加值                            8.2            7.5\n"
        "  ----------------------------------------------------------------\n\n\n"
        "表4-2                规模以上工业主要产品产量\n\n"
        "  产品名称              计量单位     本  月   比上年同月±%   1—10月累计   比上年同期±%\n"
        "  ------------------------------------------------------------------------------------\n"
        "  原煤                  万吨          412.5        3.1         3954.3          4.4\n"
    ).text
    meta = describe_document(text, "zhaotong_monthly.txt")
    assert (meta.reference_date, meta.reference_date_method) == (date(2025, 11, 20), "signed")
    by_value = {f.value: f for f in extract_figures(text, meta)}
    october, to_date = (date(2025, 10, 1), date(2025, 10, 31)), (date(2025, 1, 1), date(2025, 10, 31))
    assert (by_value[8.2].period_start, by_value[8.2].period_end) == october
    assert (by_value[7.5].period_start, by_value[7.5].period_end) == to_date
    assert by_value[8.2].measure == "yoy_growth_pct"
    assert (by_value[412.5].period_start, by_value[412.5].period_end) == october
    assert (by_value[3954.3].period_start, by_value[3954.3].period_end) == to_date


def test_a_product_table_with_units_in_its_names_reads_each_months_output() -> None:
    # 产品名称  4月产量  同比增长(%)  1—4月产量 over 水泥（万吨）  …: April's output and growth, and the
    # months' (the table was read as places' indicators: April's growth went to 1—4月)
    text = normalize(
        "江西省统计局\n发布时间：2026-05-19\n\n2026年1—4月全省规模以上工业主要产品产量\n\n"
        "产品名称                     4月产量    同比增长(%)    1—4月产量    同比增长(%)\n"
        "水泥（万吨）                  702.15       -10.4         2301.66         -8.8\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "jiangxi_products.txt"))}
    assert by_value[-10.4].period_start == date(2026, 4, 1) and by_value[702.15].unit == "万吨"
    assert by_value[-8.8].period_start == date(2026, 1, 1) and by_value[-8.8].period_end == date(2026, 4, 30)


def test_a_papers_digital_edition_is_dated_by_its_path() -> None:
    # 广西日报数字报 ＞ 2025年12月30日 ＞ 第005版: that day (the text had none, so 1—11月 had no year)
    text = normalize(
        "广西日报数字报 ＞ 2025年12月30日 ＞ 第005版：经济·年终盘点\n\n工业振兴交出成绩单\n\n"
        "1—11月，全区规模以上工业增加值同比增长7.2%。"
    ).text
    meta = describe_document(text, "guangxi_edition.txt")
    assert meta.reference_date == date(2025, 12, 30)
    found = [f for f in extract_figures(text, meta) if f.value == 7.2]
    assert found and found[0].period_end == date(2025, 11, 30)


def test_a_hosts_welcome_a_reply_that_did_and_things_held_this_year_are_read_as_done() -> None:
    # 欢迎二位！: no count; 今年我们…遴选了120家: done (a goal, 今年 said it); 已举办…36场 after 今年…开展了:
    # done
    found = figures(
        "主持人：欢迎二位！\n\n陈局长：今年我们在全市遴选了110家中小企业开展免费数字化转型诊断。"
        "今年我们联合人社部门开展了用工服务月活动，已举办专场招聘会32场，提供就业岗位1.1万个。",
        region="遵义市",
        ref=date(2024, 6, 20),
    )
    status = {f.value: f.status for f in found}
    assert 2 not in status
    assert status[110] == status[32] == status[1.1] == "actual"


def test_a_paragraph_the_texts_own_year_opens_goes_on_with_it_early_in_the_year() -> None:
    # 2026年，全省共安排…项目310个…。民间投资项目92个, in February: 2026's too (it was 2025, the year
    # reviewed)
    text = normalize(
        "甘肃省发展和改革委员会\n发布时间：2026-02-10\n\n"
        "2026年，全省共安排省列重大建设项目310个，总投资1.21万亿元。民间投资项目92个，占项目总数的29.7%。"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "gansu_projects.txt"))}
    assert by_value[92].period_start == by_value[29.7].period_start == date(2026, 1, 1)


def test_a_table_of_policy_kinds_counts_the_firms_each_reached_over_the_year() -> None:
    # | 政策类别 | 兑现资金（亿元） | 惠及企业（家） |: each kind's, and the firms a year's payments reached
    # are no stock at its end
    text = normalize(
        "柳州市营商环境建设办公室\n发布时间：2026-01-19\n\n2025年全市惠企政策分类别兑现情况如下：\n\n"
        "| 政策类别 | 兑现资金（亿元） | 惠及企业（家） |\n|---|---|---|\n"
        "| 工业高质量发展 | 11.84 | 1226 |\n| 科技创新 | 5.27 | 2040 |\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "liuzhou_policies.txt"))}
    assert by_value[1226].period_start == date(2025, 1, 1) and by_value[1226].period_end == date(2025, 12, 31)
    assert "工业高质量发展" in by_value[11.84].indicator


def test_places_that_respectively_have_counts_are_of_the_things_counted_before() -> None:
    # 南昌市、赣州市分别拥有121家和86家: the 小巨人 counted before (the indicator was 拥, 拥有 cut short)
    found = figures(
        "截至2025年底，全省国家级专精特新“小巨人”企业达到498家。从区域分布看，南昌市、赣州市分别拥有118家和84家。",
        region="江西省",
        ref=date(2026, 1, 16),
    )
    by_value = {f.value: f for f in found}
    assert by_value[118].indicator == by_value[84].indicator == "国家级专精特新“小巨人”企业"
    assert (by_value[118].region, by_value[84].region) == ("南昌市", "赣州市")


def test_an_interviews_county_is_named_without_the_verb_before_it() -> None:
    # 专访谷城县委书记… and 人民网记者专访了谷城县委书记周立新: 谷城县 (it was 专访谷城县, and the
    # secretary's answers 了谷城县's)
    text = normalize(
        "人民网 >> 地方 >> 湖北频道\n\n专访谷城县委书记周立新：向“新”而行 做强县域“硬支撑”\n\n"
        "2025年11月12日08:36 | 来源：人民网－湖北频道\n\n"
        "　　谷城县地处鄂西北。日前，人民网记者专访了谷城县委书记周立新。\n\n"
        "　　记者：谷城县近年来发展成效如何？\n\n"
        "　　周立新：2024年，全县地区生产总值达到408.6亿元，增长6.6%。\n"
    ).text
    meta = describe_document(text, "gucheng_interview.txt")
    assert meta.region == "谷城县"
    found = [f for f in extract_figures(text, meta) if f.value == 408.6]
    assert found and found[0].region == "谷城县"


def test_a_table_of_kinds_by_type_skips_a_change_in_its_own_units() -> None:
    # 类型  装机容量（万千瓦）  同比增长（%） over 风电 …: each kind's (类型 was no kinds column); 比上年增减
    # （小时） is a change in hours, no figure of the level
    text = normalize(
        "青海省能源局\n发布时间：2026-01-27\n\n表：2025年全省主要电源装机容量情况\n\n"
        "| 类型 | 装机容量（万千瓦） | 同比增长（%） |\n|---|---|---|\n| 风电 | 1416 | 12.1 |\n\n"
        "表2　2025年全省发电设备利用小时数\n\n类型　利用小时数（小时）　比上年增减（小时）\n"
        "火电　4402　93\n水电　3375　-177\n"
    ).text
    found = extract_figures(text, describe_document(text, "qinghai_power.txt"))
    by_value = {f.value: f for f in found}
    assert by_value[1416].indicator.startswith("风电") and by_value[12.1].measure == "yoy_growth_pct"
    assert 4402 in by_value and 93 not in by_value


def test_a_places_count_column_takes_its_thing_from_the_caption() -> None:
    # | 设区市 | 入选数量（家） | under …先进级智能工厂分设区市数量统计表: 先进级智能工厂 (it was 数量)
    text = normalize(
        "江西省工业和信息化厅\n发布时间：2025-12-26\n\n2025年度江西省先进级智能工厂分设区市数量统计表\n\n"
        "| 设区市 | 入选数量（家） |\n|---|---|\n| 南昌市 | 33 |\n| 萍乡市 | 11 |\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "jiangxi_factories.txt"))}
    assert by_value[33].indicator == by_value[11].indicator == "先进级智能工厂"
    assert by_value[33].region == "南昌市"


def test_a_list_of_labelled_values_reads_each_line_and_each_chapters_months() -> None:
    # 采矿业增加值：—，增长5.6% ↵ 制造业增加值：…: a line each, the level left blank; 五、工业企业效益
    # （1—3月） ↵ …营业收入…: the chapter's months (they were 1—4月, the title's)
    text = normalize(
        "宜宾市人民政府\n\n2025年1—4月全市工业经济主要指标\n\n发布时间：2025-05-23 16:12\n\n"
        "一、工业生产（1—4月）\n\n规模以上工业增加值：—，增长10.2%\n　按门类分：\n"
        "　　采矿业增加值：—，增长5.6%\n　　制造业增加值：—，增长11.4%\n\n"
        "五、工业企业效益（1—3月）\n\n规模以上工业企业营业收入：1116.4亿元，增长8.7%\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "yibin_indicators.txt"))}
    assert by_value[5.6].indicator == "采矿业增加值" and by_value[11.4].indicator == "制造业增加值"
    assert by_value[10.2].period_end == date(2025, 4, 30)
    assert by_value[1116.4].period_end == by_value[8.7].period_end == date(2025, 3, 31)


def test_a_proposals_verb_before_the_city_government_names_no_city() -> None:
    # 建议市政府制定…, many times in a 政协 proposal on 柳州市: 柳州市 (it was 建议市, every figure's region)
    text = normalize(
        "政协柳州市第十五届委员会第五次会议\n\n提　案\n\n提交时间：2026年1月6日\n\n"
        "关于推动我市汽车产业转型升级的建议\n\n2024年全市规上工业企业1276家，实现规上工业总产值4852.3亿元。"
        "全市汽车产量172.1万辆。\n\n建议：一是建议市政府制定新能源汽车产业专项规划。二是建议市政府设立产业基金。"
        "三是建议市工信局牵头建立企业服务专员制度。四是建议市财政加大投入。"
    ).text
    meta = describe_document(text, "liuzhou_proposal.txt")
    assert meta.region == "柳州市"
    assert {f.region for f in extract_figures(text, meta) if f.value in (1276, 4852.3)} == {"柳州市"}


def test_a_table_of_kinds_under_a_line_of_units_counts_and_sums_by_column() -> None:
    # | 类别 | 项目数 | 年度计划投资 | … | 完成率% | under 单位：个，亿元: 项目数 in 个, the rest in 亿元 (the
    # table was not read)
    text = normalize(
        "柳州市发展和改革委员会\n发布时间：2025-07-21\n\n表1　2025年1—6月柳州市市级重点项目分类别进展情况\n"
        "单位：个，亿元\n\n| 类别 | 项目数 | 年度计划投资 | 完成率% |\n|---|---|---|---|\n"
        "| 先进制造业 | 141 | 237.6 | 59.1 |\n| 基础设施 | 95 | 185.2 | 52.4 |\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "liuzhou_projects.txt"))}
    assert by_value[141].unit == "个" and by_value[237.6].unit == "亿元"
    assert by_value[59.1].measure == "share_pct" and "先进制造业" in by_value[237.6].indicator


def test_a_zone_is_named_as_its_own_committee_signs() -> None:
    # 临港经开区工作简报 … 宜宾临港经济技术开发区管委会办公室: 宜宾临港经济技术开发区 (without its city, once)
    text = normalize(
        "临港经开区工作简报\n\n2025年第10期（总第142期）\n\n"
        "宜宾临港经济技术开发区管委会办公室　　　　　　　　2025年11月7日\n\n"
        "10月，全区规上工业增加值同比增长9.4%。1—10月累计增长8.1%。"
    ).text
    meta = describe_document(text, "lingang_briefing.txt")
    assert meta.region == "宜宾临港经济技术开发区"


def test_the_first_two_months_said_as_hong_kong_says_them() -> None:
    # 今年首两月…出口额达86.4亿元: January and February (首两月 was no period: the year's)
    found = figures(
        "今年首两月四川省锂离子蓄电池出口额达84.4亿元，同比增长51.7%。",
        region="四川省",
        ref=date(2025, 3, 24),
    )
    by_value = {f.value: f for f in found}
    assert (by_value[84.4].period_start, by_value[84.4].period_end) == (date(2025, 1, 1), date(2025, 2, 28))
    assert "首" not in by_value[84.4].indicator and "月" not in by_value[84.4].indicator


def test_a_table_of_cells_a_line_whose_header_cells_broke_over_two_lines() -> None:
    # 产品名称 ↵ 计量单位 ↵ 1-8月 ↵ 同比增长 ↵ （%） ↵ 原煤 ↵ 万吨 ↵ …: the header's five lines are four
    # cells, and a product's name may say in brackets how it is counted (no row had been read)
    text = normalize(
        "鄂尔多斯市统计局\n\n2025年1-8月全市规模以上工业生产情况\n\n发布时间：2025-09-19\n\n"
        "表1　2025年1-8月全市规模以上工业主要产品产量\n\n"
        "产品名称\n计量单位\n1-8月\n同比增长\n（%）\n原煤\n万吨\n56321.4\n2.1\n"
        "烧碱（折100%）\n万吨\n196.2\n2.5\n焦炭\n万吨\n612.8\n-3.6\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "ordos_products.txt"))}
    assert by_value[56321.4].indicator.startswith("原煤") and by_value[56321.4].unit == "万吨"
    assert by_value[2.1].measure == "yoy_growth_pct" and by_value[-3.6].measure == "yoy_growth_pct"
    assert by_value[196.2].indicator.startswith("烧碱") and by_value[196.2].period_end == date(2025, 8, 31)


def test_a_places_bare_growth_column_is_the_growth_its_caption_names() -> None:
    # 地区 ↵ 增速 ↵ （%） ↵ 位次 ↵ 比1-7月 ↵ 增减（百分点） under 表2 …各旗区规模以上工业增加值增速: each
    # place's growth, rank and change of that (the table was not read)
    text = normalize(
        "鄂尔多斯市统计局\n\n发布时间：2025-09-19\n\n1-8月，全市规模以上工业增加值同比增长6.8%。\n\n"
        "表2　2025年1-8月各旗区规模以上工业增加值增速\n\n"
        "地区\n增速\n（%）\n位次\n比1-7月\n增减（百分点）\n全市\n6.8\n—\n0.3\n"
        "东胜区\n8.4\n3\n0.5\n康巴什区\n12.6\n1\n-1.2\n"
    ).text
    found = extract_figures(text, describe_document(text, "ordos_places.txt"))
    growth = {(f.region, f.value) for f in found if f.measure == "yoy_growth_pct"}
    assert {("东胜区", 8.4), ("康巴什区", 12.6)} <= growth
    ranked = next(f for f in found if f.measure == "rank" and f.region == "康巴什区")
    assert ranked.value == 1 and "规模以上工业增加值" in ranked.indicator
    assert any(f.measure == "pp_change" and f.region == "东胜区" and f.value == 0.5 for f in found)


def test_a_zone_committees_own_site_speaks_for_the_zone() -> None:
    # 四川射洪经济开发区管理委员会 ↵ 首页　|　园区概况 … 位于四川省遂宁市射洪市: the zone's own page (it
    # was 四川省's, which the text names first)
    text = normalize(
        "四川射洪经济开发区管理委员会\n首页　|　园区概况　|　招商引资\n\n"
        "投资射洪经开区——招商手册（2026版）\n\n发布时间：2026-02-26 09:12\n\n"
        "四川射洪经济开发区位于四川省遂宁市射洪市，2006年经四川省人民政府批准设立。"
        "2025年，园区规上工业总产值826.4亿元，增长13.2%。"
    ).text
    meta = describe_document(text, "shehong_guide.txt")
    assert meta.region == "四川射洪经济开发区"
    assert {f.region for f in extract_figures(text, meta) if f.value == 826.4} == {"四川射洪经济开发区"}


def test_a_plan_tables_cells_starred_with_a_reference_mark_are_estimates() -> None:
    # 1180※ under 注：带※的为2025年预计数: an estimate (it was read as done)
    text = normalize(
        "绵阳市国民经济和社会发展第十五个五年规划纲要（节选）\n\n发布日期：2026-02-10\n\n"
        "表1　“十五五”时期制造业发展主要指标\n\n"
        "| 序号 | 指标 | 单位 | 2025年 | 2030年 | 年均增长（%） | 属性 |\n"
        "| 1 | 规模以上工业增加值 | 亿元 | 1180※ | 1800 | 8.8 | 预期性 |\n"
        "| 2 | 制造业增加值占地区生产总值比重 | % | 27.5 | 30 | — | 预期性 |\n\n"
        "注：带※的为2025年预计数。"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "mianyang_plan.txt"))}
    assert by_value[1180].status == "estimate" and by_value[1180].period_end == date(2025, 12, 31)
    assert by_value[27.5].status == "actual"


def test_a_meeting_that_planned_next_years_first_quarter_sets_no_goals() -> None:
    # …研究部署四季度及明年一季度重点工作。 ↵ 1—10月，…实现营业收入…: done (every figure was a goal)
    text = normalize(
        "甘肃省人民政府国有资产监督管理委员会\n\n1—10月省属企业经济运行情况\n\n发布时间：2025-11-21 10:35\n\n"
        "11月18日，省政府国资委召开监管企业经济运行调度会，通报1—10月经济运行情况，"
        "研究部署四季度及明年一季度重点工作。\n\n一、营业收入平稳增长\n\n"
        "1—10月，省属企业累计实现营业收入6038.7亿元。其中，工业企业实现营业收入4526.3亿元。"
        "21户监管企业中，16户营业收入同比增长。"
    ).text
    found = extract_figures(text, describe_document(text, "gansu_soe.txt"))
    assert {f.status for f in found if f.value in (4526.3, 16)} == {"actual"}


def test_a_group_label_with_a_colon_inside_a_table_of_indicators() -> None:
    # 主要产品产量： ↵ 有机硅单体 … ↵ 二、固定资产投资 ↵ …: the table goes on (it ended at the label)
    text = normalize(
        "永修县统计局\n\n发布时间：2025-12-12\n\n永修县2025年1—11月主要经济指标\n\n"
        "指      标                        单位           1—11月       同比增长%\n"
        "一、工业\n  规模以上工业增加值               %               —            9.6\n"
        "  主要产品产量：\n    有机硅单体                     万吨          92.4           8.3\n"
        "二、固定资产投资\n  固定资产投资                     %               —            5.3\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "yongxiu_quick.txt"))}
    assert by_value[92.4].indicator.startswith("有机硅单体") and by_value[8.3].measure == "yoy_growth_pct"
    assert by_value[5.3].indicator == "固定资产投资" and by_value[5.3].measure == "yoy_growth_pct"


def test_a_task_the_province_set_met_is_no_goal() -> None:
    # …今年新增国家级绿色工厂5家…；…能耗预计下降4%以上，能够完成省里下达的目标任务: done (a goal)
    found = figures(
        "绿色发展方面，今年新增国家级绿色工厂5家，累计达到24家；规上工业单位增加值能耗预计下降4%以上，"
        "能够完成省里下达的目标任务。",
        region="上饶市",
        ref=date(2025, 12, 22),
    )
    assert {f.status for f in found if f.value in (5, 24)} == {"actual"}


def test_these_five_years_are_the_five_years_to_this_one() -> None:
    # 这五年全市规上工业增加值年均增长9.2% in December 2025: 2021—2025 (it was 1—11月, the text's)
    found = figures(
        "回过头看整个“十四五”，这五年全市规上工业增加值年均增长9.2%。",
        region="上饶市",
        ref=date(2025, 12, 22),
    )
    averaged = next(f for f in found if f.measure == "avg_growth_pct")
    assert (averaged.period_start, averaged.period_end) == (date(2021, 1, 1), date(2025, 12, 31))


def test_a_magazines_issue_line_dates_it() -> None:
    # 《财经视界》2025年第31期 | 2025年11月03日 出版: the day it came out (it had none: no period)
    text = normalize(
        "财经视界 > 区域 > 正文\n《财经视界》2025年第31期 | 2025年11月03日 出版\n\n"
        "中部“工业六强”三季报：江西领跑\n\n前三季度，全国规模以上工业增加值同比增长6.2%。"
    ).text
    meta = describe_document(text, "caijing_issue.txt")
    assert meta.reference_date == date(2025, 11, 3)
    assert next(f for f in extract_figures(text, meta) if f.value == 6.2).period_end == date(2025, 9, 30)


def test_a_notices_table_of_assessed_bodies_scores_ranks_and_bonus_points() -> None:
    # 排名 | 单位 | 综合得分 | 其中：加分 | 等次 in …关于2025年度全市制造业高质量发展考核结果的通报: each
    # county's rank and score in that assessment, and its bonus (the table was not read)
    text = normalize(
        "襄阳市人民政府办公室关于2025年度全市制造业高质量发展考核结果的通报\n\n发布日期：2026-03-16\n\n"
        "（一）县（市、区）组\n\n排名 | 单位     | 综合得分 | 其中：加分 | 等次\n"
        "-----|----------|----------|------------|-----\n 1   | 枣阳市   | 97.86    | 6.5        | 优秀\n"
        " 2   | 谷城县   | 94.72    | 5.0        | 优秀\n"
    ).text
    found = extract_figures(text, describe_document(text, "xiangyang_assessment.txt"))
    ranked = next(f for f in found if f.measure == "rank" and f.region == "谷城县")
    assert ranked.value == 2 and "高质量发展" in ranked.indicator
    scored = next(f for f in found if f.value == 97.86)
    assert scored.region == "枣阳市" and "高质量发展" in scored.indicator and scored.unit == "分"
    assert next(f for f in found if f.value == 6.5).indicator == "加分"


def test_a_table_under_a_unit_and_percent_reads_its_levels_in_the_unit_and_keeps_rows_own() -> None:
    # 单位：亿千瓦时、% over 指标  10月  同比  1—10月  同比: the levels in 亿千瓦时 (no row had been read),
    # but a row that names its unit (家) or is a rate (产销率) keeps its own
    text = normalize(
        "贵州省能源局\n\n发布时间：2025-11-14\n\n表1　2025年10月全省主要指标\n单位：亿千瓦时、%\n\n"
        "指　标　　　　　　　　　10月　　　同比　　　1—10月　　　同比\n"
        "全社会用电量　　　　　152.36　　　6.8　　　1563.72　　　7.5\n"
        "规上工业企业数（家）　　1986　　　3.1　　　1986　　　3.1\n"
        "工业产品产销率　　　　　97.6　　　-0.5　　　97.8　　　-0.3\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "guizhou_power.txt"))}
    assert by_value[152.36].unit == "亿千瓦时" and by_value[152.36].period_start == date(2025, 10, 1)
    assert by_value[1563.72].unit == "亿千瓦时" and by_value[7.5].measure == "yoy_growth_pct"
    assert by_value[97.6].unit == "%" and by_value[97.6].measure == "share_pct"
    assert all(
        f.unit == "家" for f in extract_figures(text, describe_document(text, "g.txt")) if f.value == 1986
    )


def test_the_rows_of_a_table_of_the_kinds_of_a_whole_societys_total_are_its_kinds() -> None:
    # 全社会用电量 ↵ 第一产业 ↵ 其中：工业 ↵ 城乡居民生活 under …全社会用电量分类情况: 工业用电量 (it
    # was 工业, its growth 工业增加值's)
    text = normalize(
        "贵州省能源局\n\n发布时间：2025-11-14\n\n"
        "表1　2025年10月全省全社会用电量分类情况\n单位：亿千瓦时，%\n\n"
        "指标         10月   同比   1—10月   同比\n全社会用电量     152.36   6.8   1563.72   7.5\n"
        "第一产业        1.84   10.2    18.95   12.6\n其中：工业      95.21   5.0    988.64   6.1\n"
        "城乡居民生活      20.43   8.1    217.18   7.9\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "guizhou_kinds.txt"))}
    assert by_value[95.21].indicator.endswith("工业用电量") and by_value[5.0].indicator.endswith("工业用电量")
    assert by_value[1.84].indicator == "第一产业用电量"
    assert "居民生活用电" in by_value[20.43].indicator
    assert by_value[152.36].indicator == "全社会用电量"


def test_a_header_word_spaced_out_in_full_width_spaces_is_one_word() -> None:
    # 类　　别　　　　　　　　项目数 … ↵ 合　　计 …: 类别, and the table read (it was two cells, 类
    # and 别)
    text = normalize(
        "广西壮族自治区发展和改革委员会\n\n发布时间：2026-02-10\n\n"
        "表1　2026年自治区重点建设项目计划分类汇总表\n"
        "　　　　　　（单位：项、亿元）\n类　　别　　　　　　　　项目数　　　　总投资　　　　年度计划投资\n"
        "合　　计　　　　　　　　1268　　　　28436.5　　　　4612.8\n"
        "一、产业发展　　　　　　 583　　　　11872.4　　　　2108.6\n"
    ).text
    assert "类别" in text and "合计" in text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "guangxi_projects.txt"))}
    assert by_value[583].unit == "项" and by_value[2108.6].unit == "亿元"
    assert "产业发展" in by_value[2108.6].indicator


def test_a_sections_industrial_chain_names_its_figures() -> None:
    # （一）锂电新能源产业链 ↵ 1.产业规模。… ↵ 2.企业培育。链上规上企业212家: the chain's firms (it was
    # no chain's), down to the next section's chain
    text = normalize(
        "宜春市2025年重点产业链链长制工作情况报告\n\n生成日期：2026-01-23\n\n二、各产业链推进情况\n\n"
        "（一）锂电新能源产业链\n\n1.产业规模。全年实现营业收入1068.2亿元。\n\n"
        "2.企业培育。链上规上企业212家。\n\n3.项目建设。实施重点项目71个，完成投资128.4亿元。\n\n"
        "（二）医药产业链\n\n链上规上企业156家，完成投资46.2亿元。\n\n三、存在问题\n\n全市新增规上工业企业86家。"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "yichun_chains.txt"))}
    assert by_value[212].indicator.startswith("锂电新能源产业链") and "企业" in by_value[212].indicator
    assert by_value[128.4].indicator.startswith("锂电新能源产业链")
    assert by_value[46.2].indicator.startswith("医药产业链")
    assert "产业链" not in by_value[86].indicator


def test_a_places_table_of_bare_months_takes_its_indicator_from_the_caption() -> None:
    # 地    区  本  月  1—11月  同比增长 under …2025年1—11月分市州规模以上工业总产值, its rules of dashes
    # and its places spaced out (贵 阳 市): each place's output in November and to date (not read)
    text = normalize(
        "贵州省统计局\n\n发布时间：2025-12-19\n\n"
        "表3-5　　　　　　　　2025年1—11月分市州规模以上工业总产值\n"
        "　　　　　　　　　　　　　　　　　　　　　　　　单位：亿元，%\n"
        "────────────────────────────────────────────────\n"
        "   地    区           本  月          1—11月        同比增长\n"
        "────────────────────────────────────────────────\n"
        "全省合计             1086.42        11352.67           6.7\n"
        "贵 阳 市            268.35         2813.94           8.9\n"
        "六盘水市             97.62         1041.28           4.1\n"
    ).text
    found = extract_figures(text, describe_document(text, "guizhou_places.txt"))
    month = next(f for f in found if f.value == 268.35)
    assert month.region == "贵阳市" and month.indicator == "规模以上工业总产值" and month.unit == "亿元"
    assert (month.period_start, month.period_end) == (date(2025, 11, 1), date(2025, 11, 30))
    to_date = next(f for f in found if f.value == 2813.94)
    assert (to_date.period_start, to_date.period_end) == (date(2025, 1, 1), date(2025, 11, 30))
    assert next(f for f in found if f.value == 4.1).measure == "yoy_growth_pct"


def test_a_pages_day_of_publication_comes_before_the_day_it_was_signed() -> None:
    # 成文日期：2025年07月11日 ↵ … 发布日期：2025年07月15日: out on the 15th (it was the 11th)
    text = normalize(
        "云南省工业和信息化厅\n\n发文机关：云南省工业和信息化厅　　　　　　成文日期：2025年07月11日\n"
        "文　　号：云工信中小〔2025〕176号　　　　 发布日期：2025年07月15日\n\n"
        "关于公布2025年第一批云南省专精特新中小企业名单的通知\n\n截至目前，全省省级专精特新中小企业达到2137家。"
    ).text
    meta = describe_document(text, "yunnan_list.txt")
    assert meta.reference_date == date(2025, 7, 15)


def test_a_count_named_by_how_it_was_counted_is_of_what_the_caption_lists() -> None:
    # | 序号 | 州（市） | 本批认定数（家） | 累计有效数（家，含本批） | under 2025年第一批云南省
    # 专精特新中小企业分州（市）分布情况: those firms, this batch and all; the unit's bracket says more
    # after a comma
    text = normalize(
        "云南省工业和信息化厅\n\n发布日期：2025年07月15日\n\n"
        "2025年第一批云南省专精特新中小企业分州（市）分布情况\n\n"
        "| 序号 | 州（市） | 本批认定数（家） | 累计有效数（家，含本批） |\n|---|---|---|---|\n"
        "| 1 | 昆明市 | 152 | 812 |\n| 2 | 曲靖市 | 46 | 248 |\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "yunnan_table.txt"))}
    assert by_value[152].indicator.startswith("专精特新中小企业") and by_value[152].region == "昆明市"
    assert by_value[812].indicator.startswith("专精特新中小企业") and by_value[812].unit == "家"
    assert by_value[812].period_end == date(2025, 7, 15)


def test_a_conjunction_before_a_citys_government_is_no_part_of_its_name() -> None:
    # …管理局表示將持續推動再生水使用，並與台南市政府合作…: 台南市 (it was a city called 并与台南市)
    text = normalize(
        "台南好新聞 TNNews\n\n南科114年營業額首破1.3兆\n\n記者蔡宜芳／台南報導　2026年1月29日\n\n"
        "南科管理局今天公布，114年園區營業額年增15.6%。管理局表示將持續推動再生水使用，"
        "並與台南市政府合作擴大再生水廠供水。"
    ).text
    assert describe_document(text, "tainan_park.txt").region != "并与台南市"


def test_a_provinces_table_of_this_batch_and_all_counts_what_the_caption_lists() -> None:
    # 省份　本批入选　累计入选 under 2025年国家先进制造业集群分省份统计表: the clusters this batch and in
    # all (累计入选 was not read, 本批入选 named nothing)
    text = normalize(
        "工业和信息化部\n\n发布时间：2025-12-16\n\n2025年国家先进制造业集群分省份统计表\n单位：个\n\n"
        "省份　　　　本批入选　　累计入选\n天津市　　　　1　　　　　3\n江苏省　　　　2　　　　　16\n"
    ).text
    found = extract_figures(text, describe_document(text, "miit_clusters.txt"))
    batch = next(f for f in found if f.region == "江苏省" and f.value == 2)
    total = next(f for f in found if f.region == "江苏省" and f.value == 16)
    assert "先进制造业集群" in batch.indicator and "先进制造业集群" in total.indicator
    assert total.period_end == total.period_start == date(2025, 12, 16)


def test_a_caption_that_names_its_places_first_still_names_what_they_count() -> None:
    # 各设区市2024年江苏省制造业单项冠军企业（产品）认定情况表 ↵ 设区市  本批认定企业（家） … 累计认定（家）:
    # the champions in all (it was a thing called 累计认定)
    text = normalize(
        "江苏省工业和信息化厅\n\n发布日期：2025-01-10\n\n"
        "各设区市2024年江苏省制造业单项冠军企业（产品）认定情况表\n\n"
        "设区市\t本批认定企业（家）\t本批认定产品（个）\t累计认定（家）\n南京市\t12\t4\t98\n无锡市\t15\t6\t132\n"
    ).text
    found = extract_figures(text, describe_document(text, "jiangsu_champions.txt"))
    assert "单项冠军" in next(f for f in found if f.value == 98).indicator


def test_a_headline_that_says_only_the_zone_means_the_zone_its_lead_names() -> None:
    # 开发区上半年交出亮眼“成绩单” on 泊头市人民政府's portal ↵ …走进河北泊头经济开发区…: the zone's figures
    # (they were 河北省's)
    text = normalize(
        "泊头市人民政府\n首页 > 新闻中心 > 泊头要闻\n\n开发区上半年交出亮眼“成绩单”\n\n"
        "发布时间：2025-07-24 09:12　　来源：泊头市融媒体中心\n\n"
        "盛夏时节，走进河北泊头经济开发区，处处是项目建设的火热景象。\n\n"
        "记者从开发区管委会获悉，今年上半年，开发区完成规模以上工业总产值98.6亿元，同比增长11.4%。"
    ).text
    meta = describe_document(text, "botou_zone.txt")
    assert meta.region == "河北泊头经济开发区"
    assert {f.region for f in extract_figures(text, meta) if f.value == 98.6} == {"河北泊头经济开发区"}


def test_places_that_grew_take_the_growth_the_sentence_before_said_of_them() -> None:
    # …有8个市州规模以上工业总产值实现同比增长。安顺市、贵阳市分别增长9.4%、8.9%: their output's growth
    # (they were lost: 实现同比增长 was not read as a growth said without its number)
    text = normalize(
        "贵州省统计局\n发布时间：2025-12-15\n\n1—11月，全省规模以上工业增加值增长6.0%。\n\n"
        "分市州看，9个市州中有8个市州规模以上工业总产值实现同比增长。安顺市、贵阳市分别增长9.4%、8.9%。"
    ).text
    found = extract_figures(text, describe_document(text, "guizhou_cities.txt"))
    grown = {f.region: f.indicator for f in found if f.measure == "yoy_growth_pct" and f.value in (9.4, 8.9)}
    assert set(grown) == {"安顺市", "贵阳市"} and all("工业总产值" in name for name in grown.values())


_ZIGONG_POST = (
    "开门稳 开局好｜一季度高新区经济“成绩单”来了→\n\n"
    "原创 自贡高新区发布 自贡高新区发布 2026年04月17日 19:06 四川\n\n"
    "2026年一季度，\n高新区坚持“工业强区、创新立区”不动摇，\n主要经济指标实现“开门红”\n\n"
    "1—3月\n全区实现地区生产总值 **86.47亿元**\n同比增长 **7.2%**\n高于全市 **1.3个百分点**\n\n"
    "规上工业增加值\n同比增长 **9.6%**\n增速 **居全市第1位**\n高出全省 **2.4个百分点**\n\n"
    "三大主导产业齐发力👇\n\n🔹节能环保装备\n产值 **78.6亿元** ｜ 增长 **13.9%**\n"
    "锅炉、阀门、环保设备订单饱满\n\n"
    "🔹新材料\n产值 **64.2亿元** ｜ 增长 **8.7%**\n硬质合金、氟硅材料稳中有升\n\n"
    "🔹航空与无人机\n产值 **19.5亿元** ｜ 增长 **36.2%**\n\n"
    "📍截至3月末\n全区规上工业企业 **268户**\n较年初净增 **9户**\n\n"
    "2026年，高新区将锚定：\n✅ 规上工业增加值增长 **10%以上**\n✅ 新增规上工业企业 **30户**\n"
)


def test_a_citys_zone_posting_on_its_own_account_speaks_for_the_zone() -> None:
    # 原创 自贡高新区发布 ↵ …全区…高于全市…: the zone's figures (they were 自贡市's, higher than 全市)
    text = normalize(_ZIGONG_POST).text
    meta = describe_document(text, "zigong_zone.txt")
    assert meta.region == "自贡高新技术产业开发区"


def test_a_posts_short_lines_say_their_labels_ranks_days_and_goals() -> None:
    text = normalize(_ZIGONG_POST).text
    found = extract_figures(text, describe_document(text, "zigong_zone.txt"))
    by_value = {f.value: f for f in found}
    # 🔹航空与无人机 ↵ 产值19.5亿元: that industry's output (it was a bare 产值, the label joined to the line
    # above it across the blank line)
    assert by_value[19.5].indicator.startswith("航空与无人机") and by_value[78.6].indicator.startswith(
        "节能环保装备"
    )
    # 增速 **居全市第1位** ↵ 高出全省 **2.4个百分点**: the rank and the gap of the growth above (both
    # were lost)
    assert by_value[1].measure == "rank" and by_value[2.4].measure == "pp_diff"
    # 📍截至3月末 ↵ 全区规上工业企业268户 ↵ 较年初净增9户: a stock on that day, and its net gain since
    # January (the stock was of 1—3月, the gain lost)
    assert (by_value[268].period_start, by_value[268].period_end) == (date(2026, 3, 31), date(2026, 3, 31))
    assert by_value[9].indicator.startswith("净增") and by_value[9].value == 9
    # 2026年，高新区将锚定： ↵ ✅ …增长10%以上: goals (they were outcomes)
    assert by_value[10].status == "target" and by_value[30].status == "target"


def test_a_part_of_a_lines_additions_keeps_their_months_under_a_day_said_above() -> None:
    # 截至6月末 ↵ 全市规上工业企业达1567户 ↵ 上半年新增入规企业42户 ↵ 其中…19户: the 19 were added in the
    # half year, as the 42 were; only the stock stands at 6月末
    text = normalize(
        "曲靖市工业和信息化局\n发布时间：2025-07-20\n\n上半年，全市规上工业增加值增长8.1%。\n\n"
        "截至6月末\n全市规上工业企业达1567户\n上半年新增入规企业42户\n其中新能源电池产业链企业19户\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "qujing_lines.txt"))}
    assert by_value[1567].period_start == date(2025, 6, 30)
    assert by_value[19].period_start == date(2025, 1, 1) and by_value[19].period_end == date(2025, 6, 30)


def test_a_listed_firm_headquartered_in_a_county_level_city_speaks_for_that_city() -> None:
    # 清源晶材披露2025年年度报告 … 总部位于福建晋江的清源晶材: 晋江市's (it was 全国's)
    text = normalize(
        "证券时报网\n\n清源晶材2025年营收增长近25%\n\n2026-04-22 08:12　来源：证券时报·e公司\n\n"
        "证券时报e公司讯 4月21日晚间，碳化硅衬底厂商清源晶材披露2025年年度报告。报告期内，公司实现营业收入"
        "31.46亿元，同比增长24.8%，国内市场份额继续提升。\n\n"
        "总部位于福建晋江的清源晶材主要从事碳化硅衬底的研发、生产和销售。"
    ).text
    assert describe_document(text, "jinjiang_firm.txt").region == "晋江市"


def test_a_breakdown_by_quarter_does_not_replace_the_year_reported_on() -> None:
    # 2025年…营业收入31.46亿元。 ↵ 分季度看，第四季度…9.17亿元。 ↵ …导电型衬底实现收入24.91亿元: the year's
    # (it was the fourth quarter's)
    text = normalize(
        "公司新闻\n发布时间：2026-04-22\n\n报告期内，清源晶材2025年实现营业收入31.46亿元，同比增长24.8%。\n\n"
        "分季度看，第四季度公司实现营业收入9.17亿元，同比增长31.5%。\n\n"
        "年报显示，2025年公司碳化硅衬底销量达68.4万片。分产品看，导电型衬底实现收入24.91亿元，占营业收入的79.2%。"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "quarters.txt"))}
    assert by_value[24.91].period_start == date(2025, 1, 1) and by_value[24.91].period_end == date(
        2025, 12, 31
    )
    assert by_value[9.17].period_start == date(2025, 10, 1)


_MACAO_RELEASE = (
    "澳門特別行政區政府統計暨普查局\n\n2025年第4季工業生產指數及製造業銷售\n\n發佈日期：2026年2月26日\n\n"
    "製造業生產指數按年上升6.8%。年末節日及旅遊旺季帶動食品需求，食品製造業指數按年上升9.2%。\n\n"
    "表一：工業生產指數（2023年=100）\n\n行業｜2024年第4季｜2025年第4季｜按年變動（%）｜按季變動（%）\n"
    "工業生產總指數｜92.4｜96.5｜4.4｜-1.4\n製造業｜89.3｜95.4｜6.8｜1.9\n\n2025年全年\n\n"
    "綜合2025年全年，工業生產總指數平均為97.5，按年上升3.1%。\n\n"
    "就業方面，第4季末製造業在職員工共7,684名，按年減少213名。"
)


def test_a_macao_release_reads_its_index_table_averages_and_quarters_end() -> None:
    text = normalize(_MACAO_RELEASE).text
    found = extract_figures(text, describe_document(text, "macao_index.txt"))
    by_value = {f.value: f for f in found}
    # 行業｜2024年第4季｜2025年第4季｜按年變動（%）｜按季變動（%）: the levels and their growth, the
    # change over the quarter before left out (the table was not read)
    assert by_value[92.4].period_start == date(2024, 10, 1) and by_value[95.4].period_start == date(
        2025, 10, 1
    )
    assert -1.4 not in by_value and 1.9 not in by_value
    # …供應業｜…｜-1.4 ↵↵ 2025年全年: a ruled row's last cell is no number broken over the blank line
    assert all("2025年全年" not in f.quote for f in found)
    # 工業生產總指數平均為97.5: the year's average level (lost, and its growth with it)
    assert by_value[97.5].period_start == date(2025, 1, 1) and by_value[3.1].measure == "yoy_growth_pct"
    # 第4季末…7,684名: a stock at the quarter's end (it was the quarter's, named 末製造業在職員工)
    assert by_value[7684].period_start == date(2025, 12, 31) and by_value[7684].indicator == "制造业在职员工"
    # 年末節日…帶動…，食品製造業指數按年上升9.2%: the quarter's growth (年末 made it the year's last day)
    assert by_value[9.2].period_start == date(2025, 10, 1)


def test_a_table_of_this_years_and_all_years_recognitions_counts_what_the_caption_lists() -> None:
    # 序号　市（区）　本年度认定　历年累计认定 under 2025年度陕西省制造业单项冠军企业分市（区）统计表
    text = normalize(
        "陕西省工业和信息化厅\n发布日期：2025-12-19\n\n2025年度陕西省制造业单项冠军企业分市（区）统计表\n\n"
        "序号　市（区）　　本年度认定　　历年累计认定\n　　　　　　　　　（家）　　　　（家）\n"
        " 1　　西安市　　　　19　　　　　　86\n 2　　宝鸡市　　　　 7　　　　　　31\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "shaanxi_champions.txt"))}
    assert "单项冠军" in by_value[86].indicator and by_value[86].region == "西安市"


def test_a_quarterly_capacity_survey_reports_on_its_quarter() -> None:
    # 三季度全省工业产能利用率… ↵ …前三季度…71.6%…: the third quarter's rates (they were 1—9月's)
    text = normalize(
        "贵州省统计局\n\n【专题分析】三季度全省工业产能利用率稳中有升\n\n发布时间：2025-10-27 16:05\n\n"
        "三季度，全省规模以上工业产能利用率为72.3%，比上年同期提高1.1个百分点。\n\n"
        "前三季度，全省规模以上工业产能利用率为71.6%，比上年同期提高0.9个百分点。\n\n"
        "分规模看，大型企业产能利用率为76.8%。三季度产能利用率在80%及以上的企业占比为35.2%，"
        "产能利用率低于50%的企业占比为11.6%。"
    ).text
    found = extract_figures(text, describe_document(text, "guizhou_capacity.txt"))
    by_value = {f.value: f for f in found}
    assert by_value[76.8].period_start == date(2025, 7, 1)
    # 在80%及以上的企业, 低于50%的企业: classes of firms whose shares follow, no figures
    assert 80 not in by_value and 50 not in by_value
    assert "80%" in by_value[35.2].indicator


def test_a_county_level_citys_association_heading_its_site_speaks_for_the_city() -> None:
    # 滕州市机床行业协会 ↵ 首页 ｜ 协会概况 … ↵ …全市机床行业…: 滕州市's (it was 山东省's, from its members'
    # names: 山东鲁岳数控机床股份有限公司)
    text = normalize(
        "滕州市机床行业协会\n\n首页 ｜ 协会概况 ｜ 统计月报\n\n2025年10月份全市机床行业运行月报\n\n"
        "发布时间：2025-11-18 09:12\n\n10月份，全市机床行业会员企业完成工业总产值7.86亿元，同比增长9.4%。"
        "滕州机床产业集群持续壮大，山东鲁岳数控机床股份有限公司、山东荆河智能装备有限公司订单饱满。"
        "滕州海关数据显示，滕州机床出口保持增长，滕州品牌影响力持续提升。"
    ).text
    assert describe_document(text, "tengzhou_association.txt").region == "滕州市"


def test_a_markdown_tables_periods_over_pairs_of_absolute_and_growth_columns() -> None:
    # |指标|4月||1—4月|| ↵ |---|…| ↵ | |绝对量|同比增长（%）|绝对量|同比增长（%）|: each period's level and
    # growth (the table was not read: 绝对量 was no level's word, and the rule hid the pairs' line)
    text = normalize(
        "国家统计局\n发布时间：2026-05-19\n\n2026年4月份规模以上工业生产主要数据\n\n"
        "|指标|4月||1—4月||\n|---|---|---|---|---|\n| |绝对量|同比增长（%）|绝对量|同比增长（%）|\n"
        "|钢材（万吨）|12236|-1.8|47210|-0.6|\n|水泥（万吨）|16428|-8.5|48305|-6.9|\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "nbs_table.txt"))}
    assert by_value[47210].period_start == date(2026, 1, 1) and by_value[47210].unit == "万吨"
    assert by_value[12236].period_start == date(2026, 4, 1) and by_value[-6.9].measure == "yoy_growth_pct"


def test_places_counts_without_a_noun_count_the_paragraphs_item() -> None:
    # （一）绿色工厂。从地区分布看，…。兰州市入选15家: 兰州市's green factories (the figure was lost); but
    # （二）地区分布。南昌市7家: an aspect names no thing, and the count is left out rather than misnamed
    text = normalize(
        "甘肃省工业和信息化厅\n发布日期：2025-12-16\n\n一、本年度名单基本情况\n\n"
        "（一）绿色工厂。从地区分布看，本年度省级绿色工厂覆盖全省14个市（州）。兰州市入选15家，数量居全省首位。\n\n"
        "（二）地区分布。南昌市7家，赣州市6家。"
    ).text
    found = extract_figures(text, describe_document(text, "gansu_green.txt"))
    assert next(f for f in found if f.region == "兰州市" and f.value == 15).indicator == "绿色工厂"
    assert all(f.indicator != "地区分布" for f in found)


def test_a_zones_party_and_management_committees_atop_its_report_speak_for_the_zone() -> None:
    # 赣州经济技术开发区党工委　管委会 ↵ …工作报告: the zone's figures (they were 赣州市's)
    text = normalize(
        "赣州经济技术开发区党工委　管委会\n\n凝心聚力抓发展　实干笃行开新局\n"
        "——在经开区党工委（扩大）会议暨2026年工作会议上的工作报告\n\n"
        "经开区党工委副书记、管委会主任　钟立华\n（2026年2月12日）\n\n同志们：\n\n一、2025年工作回顾\n\n"
        "一年来，在市委、市政府和经开区党工委的坚强领导下，全区经济运行回升向好。全年实现地区生产总值612.8亿元，"
        "同比增长7.4%，高于全市1.6个百分点；规模以上工业增加值增长9.2%，增速分别高于全省、全市2.4个和1.9个百分点，"
        "总量占全市的比重提升至18.6%。"
    ).text
    assert describe_document(text, "ganzhou_zone.txt").region == "赣州经济技术开发区"


def test_a_feature_on_a_town_that_says_its_whole_town_speaks_for_the_town() -> None:
    # 毛衣之都的“薪”事 ↵ …大朗镇巷头社区…全镇…: 大朗镇's figures (the region was an unnamed county)
    text = normalize(
        "南方日报 > 民生\n\n毛衣之都的“薪”事：工资涨了、岗位稳了\n——东莞大朗毛织工人年终见闻\n\n"
        "2025-12-16 07:30　　来源：南方日报\n\n早上7点半，大朗镇巷头社区一家毛织厂的车间里机器作响。"
        "大朗镇人社分局介绍，今年以来全镇累计举办招聘会42场，全镇毛织从业人员约20万人。"
        "全镇企业缺工率降至3.5%，大朗镇毛织企业订单饱满，全镇规上毛织企业产值增长8.2%。"
    ).text
    assert describe_document(text, "dalang_town.txt").region == "大朗镇"


def test_a_notes_middle_dot_points_are_read_under_their_labels() -> None:
    # 行业：汽车、电子“双轮驱动” ↵ · 汽车制造业：5月增加值同比增长21.4% ↵ · 新能源汽车：5月产量18.7万辆: the
    # industry's value added and the product's output (the point ran on from the heading, its
    # 增加值 bare, and a point with no label was keyed ·)
    text = normalize(
        "江淮证券研究所\n发布时间：2026-06-18\n\n安徽省5月工业数据点评\n\n"
        "· 1-5月累计同比增长8.3%，较1-4月加快0.1个百分点。\n\n"
        "行业：汽车、电子“双轮驱动”，原材料行业仍在筑底\n"
        "· 汽车制造业：5月增加值同比增长21.4%，1-5月累计增长19.8%。\n"
        "· 新能源汽车：5月产量18.7万辆，同比增长36.2%。\n"
    ).text
    found = extract_figures(text, describe_document(text, "anhui_note.txt"))
    by_value = {f.value: f for f in found}
    assert by_value[21.4].indicator == "汽车制造业增加值" and by_value[18.7].indicator == "新能源汽车产量"
    assert all(f.indicator != "·" for f in found)


def test_a_county_speech_headlined_by_its_short_name_speaks_for_the_county() -> None:
    # 奋力谱写中宁高质量发展新篇章 ↵ ——在全县经济工作会议上的讲话: 中宁县's (the region was an unnamed
    # county, and every figure was left out)
    text = normalize(
        "坚定信心　实干争先\n奋力谱写中宁高质量发展新篇章\n——在全县经济工作会议上的讲话\n"
        "（2026年1月14日）\n\n"
        "同志们：\n\n过去一年，全县上下团结奋斗，中宁经济运行稳中有进。全县地区生产总值增长6.8%，"
        "规上工业增加值增长9.1%，中宁枸杞产业综合产值突破150亿元，中宁工业园区新入驻企业23家。"
    ).text
    meta = describe_document(text, "zhongning_speech.txt")
    assert meta.region == "中宁县"
    assert {f.region for f in extract_figures(text, meta) if f.value == 9.1} == {"中宁县"}


def test_a_hong_kong_index_table_with_its_periods_over_pairs_of_columns() -> None:
    # 2025年第四季  2025年全年 ↵ 行業組別  指數  按年變動(%)  指數  按年變動(%): each period's level and
    # growth (the table was not read)
    text = normalize(
        "政府統計處\n發佈日期：2026年3月13日\n\n"
        "表一：按主要行業組別劃分的製造業生產指數（2021年=100）及按年變動百分率\n\n"
        "                          2025年第四季            2025年全年\n"
        "行業組別                  指數   按年變動(%)     指數   按年變動(%)\n"
        "------------------------------------------------------------------\n"
        "食品、飲品及煙草製品      108.6      +4.1        106.2      +3.3\n"
        "紡織製品及成衣             71.4      -7.2         74.9      -6.8\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "hk_index.txt"))}
    assert by_value[108.6].period_start == date(2025, 10, 1) and by_value[106.2].period_start == date(
        2025, 1, 1
    )
    assert by_value[-6.8].measure == "yoy_growth_pct" and by_value[-6.8].period_end == date(2025, 12, 31)


def test_a_number_said_in_two_parts_is_one_number() -> None:
    # 1兆3,862億元, 9萬4,612人: 13,862 亿 and 94,612 (they were read as 3,862 亿 and 4,612: wrong numbers)
    text = normalize(
        "經濟日報\n2026年1月20日\n\n南科114年營業額達1兆3,862億元，年增18.6%；從業員工9萬4,612人。"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "tainan_park_numbers.txt"))}
    assert by_value[13862].value_base == 1.3862e12 and by_value[94612].unit == "人"
    assert 3862 not in by_value and 4612 not in by_value


def test_a_yearbooks_asset_liability_ratio_by_place_stands_at_the_years_end() -> None:
    # 地区  企业单位数  …  资产负债率（%）, a yearbook's table of 2024: each place's ratio on 31
    # December (it was dated over the year, as a flow)
    text = normalize(
        "宁夏统计年鉴2025\n\n12-9　各市规模以上工业企业主要经济指标（2024年）\n\n"
        "地  区      企业单位数  资产总计    营业收入    资产负债率\n"
        "                （个）    （万元）    （万元）        （%）\n"
        "全  区            1528   142649371    78642695        65.30\n"
        "银 川 市           536    57826413    30852617        64.70\n"
    ).text
    found = extract_figures(text, describe_document(text, "ningxia_yearbook.txt"))
    ratios = {f.region: f for f in found if f.measure == "share_pct"}
    assert (ratios["银川市"].period_start, ratios["银川市"].period_end) == (
        date(2024, 12, 31),
        date(2024, 12, 31),
    )
    revenue = next(f for f in found if f.value == 30852617)
    assert revenue.period_start == date(2024, 1, 1)


def test_an_index_level_said_without_a_verb_and_a_range_of_levels_expected() -> None:
    # 12月製造業生產指數130.12，年增14.88% (the level was lost: no 为 before it); 綜合考量，預估115年1月
    # 製造業生產指數介於118.90至123.60，…；製造業銷售值介於1兆2,850億元至1兆3,420億元: a range of
    # levels, and the part after ； expected too (it was read as an actual, named …介于)
    text = normalize(
        "經濟部統計處\n發布日期：115-01-23\n\n114年12月工業生產統計\n\n"
        "　　製造業方面，12月製造業生產指數130.12，年增14.88%。\n\n"
        "　　綜合考量，預估115年1月製造業生產指數介於118.90至123.60，年增率介於5.20%至9.40%；"
        "製造業銷售值介於1兆2,850億元至1兆3,420億元，年增率介於4.10%至8.60%。"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "moea_ipi.txt"))}
    assert by_value[130.12].indicator == "制造业生产指数" and by_value[130.12].period_start == date(
        2025, 12, 1
    )
    assert (by_value[118.9].value_max, by_value[118.9].status) == (123.6, "estimate")
    sales = by_value[12850]
    assert (sales.indicator, sales.status, sales.value_max) == ("制造业销售值", "estimate", 13420)


def test_a_breakdown_by_domestic_and_export_sales_keeps_the_month_before() -> None:
    # 12月製造業銷售值…。按內外銷觀察，內銷出貨4,512億元: December's sales, parted (dated over the year)
    text = normalize(
        "經濟部統計處\n發布日期：115-01-23\n\n114年12月工業生產年增14.21%　全年製造業銷售值創歷年新高\n\n"
        "　　12月製造業銷售值新臺幣1兆4,286億元，較上年同月增加9.64%。按內外銷觀察，內銷出貨4,512億元，"
        "年減1.37%。"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "moea_sales.txt"))}
    assert (by_value[4512].period_start, by_value[4512].period_end) == (date(2025, 12, 1), date(2025, 12, 31))


def test_a_note_in_brackets_names_each_columns_unit() -> None:
    # （生產指數基期：110年=100；銷售值單位：新臺幣億元；年增率單位：%） ↵ ↵ 行業別  生產指數  年增率
    # 銷售值  年增率: each column in its unit (the note was joined to the header, and no row was read)
    text = normalize(
        "經濟部統計處\n發布日期：115-01-23\n\n附表　114年12月主要行業生產及銷售概況\n"
        "（生產指數基期：110年=100；銷售值單位：新臺幣億元；年增率單位：%）\n\n"
        "行業別                        生產指數    年增率    銷售值    年增率\n"
        "電子零組件業                   172.45      22.35     3,418     18.47\n"
        "化學材料及肥料業                84.12      -6.28       862     -9.15\n"
    ).text
    assert "%）\n" in text  # the note keeps its own line
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "moea_table.txt"))}
    assert by_value[3418].value_base == 3.418e11 and by_value[3418].indicator == "电子零组件业销售值"
    assert by_value[-9.15].measure == "yoy_growth_pct" and by_value[172.45].unit == "点"


def test_a_count_tables_note_under_its_caption_dates_the_stock_column() -> None:
    # 表　2025年度各设区市创新型中小企业认定情况 ↵ （单位：家；累计有效数截至2025年12月15日）: the
    # firms named that year, and those valid on 15 December (the note was joined to the header, and
    # then read as the caption: columns named 有效, dated the day of the text)
    text = normalize(
        "江西省工业和信息化厅\n发布日期：2025-12-19\n\n"
        "表　2025年度各设区市创新型中小企业认定情况\n（单位：家；累计有效数截至2025年12月15日）\n\n"
        "设区市　　　2025年度新认定　　　累计有效\n南昌市　　　　　712　　　　　　　2236\n"
        "景德镇市　　　　121　　　　　　　 401\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "jiangxi_smes.txt"))}
    assert by_value[712].indicator.startswith("创新型中小企业") and by_value[712].period_start == date(
        2025, 1, 1
    )
    assert by_value[2236].region == "南昌市" and by_value[2236].period_end == date(2025, 12, 15)
    assert by_value[401].period_start == date(2025, 12, 15)


def test_a_product_tables_periods_stand_above_its_name_and_unit() -> None:
    # 本　月  1—10月累计 ↵ 产品名称  计量单位  ────  ──── ↵ 产量  同比±%  产量  同比±%: the month's
    # output and the months' (no row was read); 台（套） is 台套
    text = normalize(
        "宝鸡市统计局\n发布日期：2025-11-20\n\n表2-3　规模以上工业主要产品产量（2025年10月）\n\n"
        "                                      本　月                     1—10月累计\n"
        "  产品名称             计量单位    ───────────────────    ───────────────────\n"
        "                                   产量        同比±%       产量        同比±%\n"
        "  汽车                 辆           6128        34.7        48265        26.3\n"
        "  石油钻机             台（套）        6          …            53        12.8\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "baoji_products.txt"))}
    assert (by_value[6128].period_start, by_value[6128].period_end) == (date(2025, 10, 1), date(2025, 10, 31))
    assert by_value[48265].period_start == date(2025, 1, 1) and by_value[34.7].period_start == date(
        2025, 10, 1
    )
    assert by_value[53].unit == "台套" and by_value[53].period_end == date(2025, 10, 31)


def test_places_a_part_of_the_sentence_opens_on_take_its_values_in_turn() -> None:
    # 吕梁市、阳泉市各有2家企业入选…，省级专精特新中小企业分别新增64家、35家: each city's (they were
    # credited to 晋城市, the place of the part before: wrong numbers); …，两市分别新增…38家、29家 (lost)
    text = normalize(
        "山西省工业和信息化厅\n发布时间：2025-12-05\n\n"
        "　　从地区分布看，晋城市新增“小巨人”5家、省级专精特新中小企业87家；吕梁市、阳泉市各有2家企业入选"
        "“小巨人”名单，省级专精特新中小企业分别新增64家、35家；忻州市、朔州市各新增“小巨人”1家，"
        "两市分别新增省级专精特新中小企业38家、29家。"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "shanxi_smes.txt"))}
    assert (by_value[64].region, by_value[35].region) == ("吕梁市", "阳泉市")
    assert (by_value[38].region, by_value[29].region) == ("忻州市", "朔州市")
    assert by_value[29].indicator == "省级专精特新中小企业"


def test_a_sum_over_places_listed_is_not_the_paragraphs_place() -> None:
    # 太原市以…领跑全省；… 太原、晋中、长治3市新增“小巨人”合计37家: the three cities' sum, named with
    # them (it was credited to 太原市, the place the paragraph opened on: a wrong number)
    text = normalize(
        "山西省工业和信息化厅\n发布时间：2025-12-05\n\n"
        "　　从地区分布看，各市均有企业入选。太原市以21家国家级“小巨人”的数量领跑全省；晋中市、长治市分别"
        "新增“小巨人”9家、7家。"
        "太原、晋中、长治3市新增“小巨人”合计37家，占全省新增总数的六成以上。"
    ).text
    found = extract_figures(text, describe_document(text, "shanxi_giants.txt"))
    summed = next(f for f in found if f.value == 37)
    assert summed.region == "山西省" and summed.indicator.startswith("太原、晋中、长治3市")
    assert next(f for f in found if f.value == 21).region == "太原市"


def test_a_signed_projects_list_with_its_stage_and_industry_in_words() -> None:
    # 序号｜项目名称｜投资方｜协议投资（万元）｜所属产业｜推进状态: each project's sum (no row was read, as
    # the industry and stage columns were not known to hold words); 24850*: a footnote's star
    text = normalize(
        "汨罗高新区管委会\n发布时间：2026-01-16\n\n汨罗高新区2025年度招商引资工作通报\n\n"
        "表2　2025年度重点签约项目一览表（按协议投资额排序）\n\n"
        "序号｜项目名称｜投资方｜协议投资（万元）｜所属产业｜推进状态\n"
        "1｜年产30万吨再生铝及铝合金深加工项目｜湖南金鑫再生金属有限公司｜320000｜再生资源循环利用｜已开工\n"
        "2｜新能源汽车高压线束项目｜香港宏达国际实业有限公司｜24850*｜汽车零部件｜在建\n\n"
        "注：*为外资项目，协议投资3500万美元折合人民币。\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "miluo_projects.txt"))}
    assert by_value[320000].value_base == 3.2e9 and by_value[320000].indicator.endswith("协议投资")
    assert by_value[24850].value_base == 2.485e8


def test_a_five_year_plans_goals_and_outcomes_with_falls_summed_over_it() -> None:
    # 指标名称  单位  规划目标  2025年完成 under …“十四五”…主要指标完成情况: the plan's goals and what
    # was done (not read: 规划目标 was no goal column); 累计降幅 a fall over 2021—2025; and in prose
    # “十四五”累计下降21.3% is over the plan's years too (it was dated 2025)
    text = normalize(
        "马鞍山市经济和信息化局\n生成日期：2026-02-09\n\n"
        "　　全市万元工业增加值用水量降至11.8立方米，“十四五”累计下降21.3%。\n\n"
        "　　附表　马鞍山市“十四五”工业绿色发展主要指标完成情况\n\n"
        "　　指标名称　　　　　　　　　　　　　单位　　规划目标　　2025年完成　　完成情况\n"
        "　　规上工业单位增加值能耗累计降幅　　　%　　　　16　　　　17.6　　　　超额完成\n"
        "　　规上工业用水重复利用率　　　　　　　%　　　　≥94　　　 95.3　　　　完成\n"
    ).text
    found = extract_figures(text, describe_document(text, "maanshan_green.txt"))
    by_value = {(f.value, f.status): f for f in found}
    fall = by_value[(-17.6, "actual")]
    assert fall.measure == "yoy_growth_pct" and (fall.period_start, fall.period_end) == (
        date(2021, 1, 1),
        date(2025, 12, 31),
    )
    assert by_value[(-16.0, "target")].period_start == date(2021, 1, 1)
    assert by_value[(94.0, "target")].qualifier == "at_least" and by_value[
        (95.3, "actual")
    ].period_start == date(2025, 1, 1)
    assert by_value[(-21.3, "actual")].period_start == date(2021, 1, 1)


def test_a_papers_masthead_in_title_marks_dates_the_article() -> None:
    # 《人民日报海外版》（2026年07月29日　第04版）: the paper's day (it was taken for the title, and the year
    # guessed as 2023: every figure three years early)
    text = normalize(
        "人民网 >> 经济·科技 >> 产经\n\n“新三样”扬帆出海　江西外贸添新动能\n\n"
        "《人民日报海外版》（2026年07月29日　第04版）\n本报记者　龚仕建\n\n"
        "　　记者日前从南昌海关获悉，今年上半年，江西省出口“新三样”合计268.4亿元，同比增长23.6%。"
    ).text
    meta = describe_document(text, "overseas_edition.txt")
    assert meta.published_on == date(2026, 7, 29) and meta.title == "“新三样”扬帆出海 江西外贸添新动能"
    found = {f.value: f for f in extract_figures(text, meta)}
    assert found[268.4].period_start == date(2026, 1, 1)


def test_a_bare_list_verb_counts_the_list_the_title_announces() -> None:
    # 襄阳高新区入围29家 under 关于公布2025年度襄阳市工业百强企业名单的通知: firms on that list (keyed 入围)
    text = normalize(
        "襄阳市经济和信息化局\n\n关于公布2025年度襄阳市工业百强企业名单的通知\n\n发布日期：2026-04-08\n\n"
        "（四）区域分布更趋均衡。襄阳高新区入围29家，居各县（市、区）、开发区首位；枣阳市、谷城县、宜城市"
        "分别入围13家、12家和11家。"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "xiangyang_top100.txt"))}
    assert by_value[29].indicator == "入围工业百强企业"
    assert (by_value[12].indicator, by_value[12].region) == ("入围工业百强企业", "谷城县")


def test_a_county_of_the_city_opens_a_part_whose_figures_are_its_own() -> None:
    # …濉溪县…增幅居全省县（市）第5位；相山区依托淮北高新区，亩均税收、亩均增加值均居全市首位: 相山区's
    # ranks (they were 濉溪县's, the place of the part before: wrong)
    text = normalize(
        "淮北市经济和信息化局\n发布日期：2026-06-09\n\n"
        "　　分县区看，濉溪县规上工业亩均税收增长9.8%，增幅居全省县（市）第5位；相山区依托淮北高新区，"
        "亩均税收、亩均增加值均居全市首位。"
    ).text
    found = extract_figures(text, describe_document(text, "huaibei_per_mu.txt"))
    firsts = [f for f in found if f.measure == "rank" and f.value == 1]
    assert firsts and {f.region for f in firsts} == {"相山区"}


def test_a_national_papers_story_told_by_a_ministry_is_the_countrys() -> None:
    # 记者从工业和信息化部获悉：…全国已累计认定… ↵ … ↵ 在山东潍坊，… ↵ 在四川宜宾，动力电池产业从无到有。
    # 2025年，全市动力电池产量…: the country's figures, then each case's city's (the whole text
    # was 潍坊市's, and 宜宾's 全市 the country's: wrong places)
    text = normalize(
        "中国经济网　首页 > 产经 > 工业经济 > 正文\n\n"
        "472家“国家队”挑大梁　示范基地成为推进新型工业化主阵地\n\n"
        "2026年02月11日 07:52　　来源：经济日报　　作者：本报记者 韩松涛\n\n"
        "　　记者从工业和信息化部获悉：截至2025年底，全国已累计认定国家新型工业化产业示范基地共472家。"
        "2025年，示范基地合计实现工业增加值约14.6万亿元，同比增长6.4%。\n\n"
        "　　在山东潍坊，潍坊高新区动力装备示范基地2025年实现营业收入2186亿元，同比增长9.4%。\n\n"
        "　　在四川宜宾，动力电池产业从无到有、从小到大。2025年，全市动力电池产量达到98.6GWh，增长31.2%。"
    ).text
    meta = describe_document(text, "demo_zones.txt")
    assert meta.region == "全国"
    by_value = {f.value: f for f in extract_figures(text, meta)}
    assert by_value[14.6].region == "全国" and by_value[98.6].region == "宜宾市"


def test_a_numbered_chains_heading_names_the_revenue_below_it() -> None:
    # 1. 锂电产业链（链长：市委书记） ↵ 营业收入486.2亿元，增长21.4%: the chain's revenue (keyed 营业收入,
    # the city's whole)
    text = normalize(
        "枣庄市工业和信息化局\n发布日期：2026-02-10\n\n二、各产业链运行情况\n\n"
        "1. 锂电产业链（链长：市委书记）\n营业收入486.2亿元，增长21.4%，增速居12条产业链首位。\n\n"
        "2. 高端装备（机床）产业链（链长：市长）\n营业收入312.8亿元（+9.6%）。\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "zaozhuang_chains.txt"))}
    assert by_value[486.2].indicator == "锂电产业链营业收入"
    assert by_value[312.8].indicator == "高端装备（机床）产业链营业收入"


def test_a_macao_index_table_whose_growth_columns_say_percent_without_brackets() -> None:
    # 行業  2025年第3季  按年變動%  2025年首三季  按年變動%: each period's level and growth (not read); and
    # 升幅居各行業首位 is the first place of the growth before it (keyed 升幅)
    text = normalize(
        "統計暨普查局\n發佈日期：2025年11月27日\n\n"
        "醫藥製品業指數按年上升21.5%，升幅居各行業首位。\n\n表一　工業生產指數（2023年=100）\n\n"
        "行業                              2025年第3季   按年變動%   2025年首三季   按年變動%\n"
        "--------------------------------------------------------------------------------\n"
        "工業生產總指數                         101.3         2.6           98.9         2.2\n"
    ).text
    found = extract_figures(text, describe_document(text, "macao_ipi.txt"))
    by_value = {f.value: f for f in found}
    assert by_value[101.3].period_start == date(2025, 7, 1) and by_value[98.9].period_start == date(
        2025, 1, 1
    )
    assert by_value[2.2].measure == "yoy_growth_pct" and by_value[2.2].period_end == date(2025, 9, 30)
    first = next(f for f in found if f.measure == "rank")
    assert first.value == 1 and first.indicator == by_value[21.5].indicator


def test_ranks_after_a_whole_and_its_places_are_the_places() -> None:
    # 全市竣工投产…项目64个，其中长葛市15个、禹州市12个，分别居全市第一、二位: 长葛市 first, 禹州市 second
    # (the city was given the first place, 长葛市 the second: wrong)
    text = normalize(
        "许昌市工业和信息化局\n发布日期：2026-09-20\n\n（三）竣工投产项目。1-8月，全市竣工投产亿元以上工业项目"
        "64个，其中长葛市15个、禹州市12个，分别居全市第一、二位。"
    ).text
    found = extract_figures(text, describe_document(text, "xuchang.txt"))
    ranks = {f.region: f.value for f in found if f.measure == "rank"}
    assert ranks == {"长葛市": 1, "禹州市": 2}


def test_a_funds_table_by_direction_and_a_places_table_of_one_column() -> None:
    # | 支持方向 | 安排资金（万元） | 支持项目（个） |: each direction's money and projects (not
    # read); 市（州）  下达资金 under 单位：万元, its numbers with thousands' commas (the rows were
    # joined into one line)
    text = normalize(
        "贵州省财政厅\n发布日期：2026-03-10\n\n表1　2025年度专项资金分方向安排情况\n\n"
        "| 支持方向 | 安排资金（万元） | 支持项目（个） |\n|---|---|---|\n"
        "| 工业数字化转型 | 41,300 | 153 |\n\n"
        "表2　2025年度专项资金分地区下达情况\n单位：万元\n\n市（州）                下达资金\n"
        "贵阳市                   52,380\n遵义市                   48,760\n"
    ).text
    assert "52,380\n遵义市" in text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "guizhou_funds.txt"))}
    assert by_value[41300].indicator.startswith("工业数字化转型") and by_value[153].unit == "个"
    assert (by_value[48760].region, by_value[48760].value_base) == ("遵义市", 4.876e8)


def test_a_years_table_with_a_growth_column_named_without_its_unit() -> None:
    # 指标名称 | 单位 | 2024年 | 2025年 | 增幅, its cells 9.8% and 6.9%（可比价）: the last year's growth
    # (the column was left as a remark, and the GDP row lost whole); 高新技术企业（年末数）: at each
    # year's end
    text = normalize(
        "淄博高新区管委会\n发布日期：2026-03-10\n\n表1　2025年主要发展指标\n\n"
        "指标名称                      | 单位 | 2024年  | 2025年  | 增幅\n"
        "------------------------------|------|---------|---------|------------------\n"
        "地区生产总值                  | 亿元 | 486.2   | 521.7   | 6.9%（可比价）\n"
        "规上工业营业收入              | 亿元 | 1268.4  | 1392.6  | 9.8%\n"
        "高新技术企业（年末数）        | 家   | 612     | 703     | 14.9%\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "zibo_hitech.txt"))}
    assert by_value[9.8].measure == "yoy_growth_pct" and by_value[9.8].period_start == date(2025, 1, 1)
    assert by_value[486.2].period_start == date(2024, 1, 1) and by_value[6.9].indicator == "地区生产总值"
    assert (by_value[612].indicator, by_value[612].period_start) == ("高新技术企业", date(2024, 12, 31))


def test_an_infographics_cards_figures_are_its_titles_and_its_parts_end_the_goals() -> None:
    # 【地区生产总值】 ↵ 2286.4亿元 ↵ 同比增长 5.6% ↵ ▲ 增速居全省第 3 位: the card's (lost: no
    # name on their lines); PART 7　县区亮点 after PART 6　2026年主要预期目标: outcomes again, not
    # goals
    text = normalize(
        "一图读懂丨2025年抚州经济“成绩单”来了\n\n"
        "原创　抚州发改　抚州市发展和改革委员会　2026年1月29日 18:06　江西\n\n"
        "📌 PART 1　经济总量\n\n【地区生产总值】\n2286.4亿元\n同比增长 5.6%\n▲ 增速居全省第 3 位\n\n"
        "📌 PART 6　2026年主要预期目标\n\n🎯 地区生产总值　增长5.5%左右\n\n"
        "📌 PART 7　县区亮点\n\n📍 南城县：规上工业增加值增长9.3%，增速领跑全市\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "fuzhou_card.txt"))}
    assert by_value[2286.4].indicator == "地区生产总值" and by_value[5.6].indicator == "地区生产总值"
    assert by_value[5.5].status == "target"
    assert (by_value[9.3].status, by_value[9.3].period_start) == ("actual", date(2025, 1, 1))


def test_a_table_whose_label_column_has_no_name() -> None:
    # 　　　　金额（亿元）　　同比（%）　　占比（%） ↵ 出口机电产品　　186.4　　18.6　　75.1: each row's
    # level, growth and share (the header's blank first cell left it unread)
    text = normalize(
        "柳州海关\n发布日期：2025-11-21\n\n附表：2025年1—10月柳州市主要工业品进出口情况\n\n"
        "　　　　　　　　　　　　　金额（亿元）　　同比（%）　　占比（%）\n"
        "出口机电产品　　　　　　　　186.4　　　　　18.6　　　　　75.1\n"
        "出口高新技术产品　　　　　　 41.7　　　　　 7.3　　　　　16.8\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "liuzhou_customs.txt"))}
    assert by_value[186.4].value_base == 1.864e10 and by_value[186.4].indicator.startswith("出口机电产品")
    assert by_value[7.3].measure == "yoy_growth_pct" and by_value[16.8].measure == "share_pct"


def test_a_listed_firms_own_page_speaks_for_its_headquarters_city() -> None:
    # 福建岩田环保装备股份有限公司（证券简称：岩田环保…）…龙岩总部智能制造基地: 龙岩市's (the country's)
    text = normalize(
        "岩田环保　首页　投资者关系\n\n一图读懂｜岩田环保2026年第三季度报告\n\n"
        "发布时间：2026-10-28　　作者：证券部\n\n"
        "福建岩田环保装备股份有限公司（证券简称：岩田环保，证券代码：603917）于2026年10月27日晚间披露"
        "《2026年第三季度报告》。\n\n● 营业收入：前三季度实现52.36亿元，同比+18.4%。\n\n"
        "3. 数智化转型。龙岩总部智能制造基地完成二期数字化改造。\n"
    ).text
    meta = describe_document(text, "yantian_q3.txt")
    assert meta.region == "龙岩市"


def test_a_project_ledger_grouped_by_numbered_headings() -> None:
    # 序号  项目名称  建设地点  总投资  年度计划  1—10月完成  完成率  建设进展 ↵ 一、新能源及储能（4个） ↵
    # 1  …项目  掇刀区  85.0  22.0  19.6  89.1  主体完工: each project's sums in its district, its
    # completion rate over the months done (no row was read)
    text = normalize(
        "荆门市经济和信息化局\n发布日期：2026-11-16\n\n表　2026年荆门市部分重点工业项目建设推进情况\n"
        "　　　　　　　　　　　　　　　　　　　　　　　单位：亿元、%\n\n"
        "序号　项目名称　　　　　　　　　　　建设地点　总投资　年度计划　1—10月完成　完成率　　建设进展\n"
        "一、新能源及储能（4个）\n"
        " 1　　荆门新能源储能电池产业园三期项目　　掇刀区　　85.0　　22.0　　　19.6　　　　89.1　　主体完工\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "jingmen_projects.txt"))}
    assert (by_value[85.0].region, by_value[22.0].status) == ("掇刀区", "target")
    assert by_value[89.1].period_end == date(2026, 10, 31)


def test_a_fall_written_with_its_own_minus_is_a_fall() -> None:
    # 紡織製品及成衣則錄得按年跌幅（-6.1%）, 同比下降-6.1%: a fall of 6.1% (read as a rise: the word's
    # sign and the number's were multiplied, a wrong number)
    text = normalize(
        "政府統計處\n發佈日期：2026年9月11日\n\n　　二〇二六年第二季，紡織製品及成衣則錄得按年跌幅（-6.1%）；"
        "塑膠製品同比下降-3.8%。"
    ).text
    found = extract_figures(text, describe_document(text, "hk_falls.txt"))
    assert sorted(f.value for f in found if f.measure == "yoy_growth_pct") == [-6.1, -3.8]


def test_a_hong_kong_table_of_sums_with_periods_over_pairs_of_columns() -> None:
    # 2026年第二季  2026年上半年 ↵ 主要商品  百萬港元  按年變動(%)  百萬港元  按年變動(%): each period's
    # exports in 百万港元 and their growth (not read: the periods' line was taken for a header)
    text = normalize(
        "政府統計處\n發佈日期：2026年9月11日\n\n表一：按主要商品劃分的港產品出口貨值\n\n"
        "                               二〇二六年第二季             二〇二六年上半年\n"
        "主要商品                    百萬港元   按年變動(%)      百萬港元   按年變動(%)\n"
        "---------------------------------------------------------------------------------\n"
        "金屬礦砂及金屬廢料            4,862       +14.3          9,105       +11.8\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "hk_exports.txt"))}
    assert by_value[4862].value_base == 4.862e9 and by_value[4862].period_start == date(2026, 4, 1)
    assert (by_value[9105].period_start, by_value[11.8].measure) == (date(2026, 1, 1), "yoy_growth_pct")
    assert "出口" in by_value[4862].indicator


def test_a_growth_from_last_months_rate_to_this_months() -> None:
    # 购进价格（IPI）由上月同比下降0.7%转为上涨0.4%: February's -0.7% and March's 0.4%, both of the
    # IPI (the subject came out as …由上月 and 转, both dated March); 由1-2月的下降…转为增长: the months
    # named before
    text = normalize(
        "2026年3月份全市工业生产者价格运行情况\n发布时间：2026-04-17 10:05　　信息来源：石嘴山市统计局\n\n"
        "　　3月份，全市工业生产者购进价格（IPI）由上月同比下降0.7%转为上涨0.4%，环比上涨0.9%。"
        "全市工业增加值由1-2月的下降3.9%转为增长1.2%。"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "shizuishan_ppi.txt"))}
    assert [by_value[v].indicator for v in (-0.7, 0.4)] == ["工业生产者购进价格"] * 2
    assert (by_value[-0.7].period_start, by_value[-0.7].period_end) == (date(2026, 2, 1), date(2026, 2, 28))
    assert by_value[0.4].period_start == date(2026, 3, 1)
    assert by_value[-3.9].indicator == by_value[1.2].indicator == "工业增加值"
    assert by_value[-3.9].period_start == date(2026, 1, 1) and by_value[-3.9].period_end == date(2026, 2, 28)


def test_an_index_table_whose_bases_stand_under_its_periods() -> None:
    # 环比  同比  1—3月累计 ↵ 指标名称  （上月=100）  （上年同月=100）（上年同期=100）: each column's
    # index, the last over January to March (no row was read); a row of 工业生产者出厂价格 names its
    # prices, which the caption's …工业生产者价格指数 does not name again
    text = normalize(
        "2026年3月份全市工业生产者价格运行情况\n发布时间：2026-04-17 10:05　　信息来源：石嘴山市统计局\n\n"
        "表1　2026年3月份石嘴山市主要行业工业生产者价格指数\n"
        "                                   环比          同比          1—3月累计\n"
        "指标名称                        （上月=100）  （上年同月=100）（上年同期=100）\n"
        "─────────────────────────────────────────────────\n"
        "工业生产者出厂价格                 100.6          98.2           97.5\n"
        "　煤炭开采和洗选业                 102.3          93.6           91.8\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "shizuishan_ppi.txt"))}
    assert by_value[102.3].period_start == by_value[93.6].period_start == date(2026, 3, 1)
    assert (by_value[91.8].period_start, by_value[91.8].period_end) == (date(2026, 1, 1), date(2026, 3, 31))
    assert by_value[100.6].indicator == "工业生产者出厂价格环比指数"
    assert by_value[93.6].indicator == "煤炭开采和洗选业生产者价格同比指数"  # (not …产者价格…)


def test_an_industry_whose_price_a_clause_after_its_cause_gives() -> None:
    # 有色金属冶炼和压延加工业受…价格上涨带动，出厂价格同比上涨7.7%: the industry's prices (keyed by
    # 出厂价格 alone before)
    text = normalize(
        "2026年3月份全市工业生产者价格运行情况\n发布时间：2026-04-17　　信息来源：石嘴山市统计局\n\n"
        "　　有色金属冶炼和压延加工业受电解铝、金属镁价格上涨带动，出厂价格同比上涨7.7%，涨幅居各行业首位。"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "shizuishan_ppi.txt"))}
    assert by_value[7.7].indicator == "有色金属冶炼和压延加工业出厂价格"


def test_a_table_of_months_each_of_its_own_year() -> None:
    # 月份　销量合计(台)　同比(%) … ↵ ──── ↵ 2025.10　18 096　7.8 …: each month's sales of the
    # caption's 挖掘机 (the header's single ideographic spaces were taken for words' spaces, as a rule
    # stood between it and the rows, and a row labelled 2025.10 was taken for a number)
    text = normalize(
        "2026年3月挖掘机主要制造企业销售情况快报\n来源：行业统计部　　发布时间：2026-04-09\n\n"
        "表1　2025年10月—2026年3月挖掘机销量\n──────────────────────────────────────\n"
        "月份　　　　销量合计(台)　同比(%)　　国内(台)　　出口(台)\n"
        "──────────────────────────────────────\n"
        "2025.10　　 18 096　　　　 7.8　　　　 8 468　　　 9 628\n"
        "2026.01　　 15 628　　　　41.3　　　　 8 215　　　 7 413\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "excavators.txt"))}
    assert by_value[18096].indicator == "挖掘机销量" and by_value[18096].period_end == date(2025, 10, 31)
    assert (by_value[41.3].measure, by_value[41.3].period_start) == ("yoy_growth_pct", date(2026, 1, 1))
    assert by_value[7413].indicator == "出口" and by_value[7413].value_base == 7413


def test_hong_kongs_year_of_account_runs_from_april_to_march() -> None:
    # 2024-25財政年度，創科基金共批出約27.3億元資助: April 2024 to March 2025 (no period before)
    text = normalize(
        "香港特別行政區政府 新聞公報\n2025年12月3日\n\n"
        "（二）2024-25財政年度，創科基金共批出約27.3億元資助，支持1 188個項目。"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "hk_itf.txt"))}
    assert (by_value[27.3].period_start, by_value[27.3].period_end) == (date(2024, 4, 1), date(2025, 3, 31))
    assert by_value[1188].period_end == date(2025, 3, 31)


def test_a_goals_table_whose_outcome_column_names_only_its_months() -> None:
    # 指标名称  单位  年度目标  1—11月  全年预计: the year's goal, the months' outcome and the year's
    # estimate (no row was read)
    text = normalize(
        "关于十堰市2026年国民经济和社会发展计划执行情况与2027年计划草案的报告（摘要）\n2026年12月29日\n\n"
        "表1　2026年主要工业和投资指标完成情况\n\n"
        "指标名称　　　　　　　　单位　　年度目标　　1—11月　　全年预计\n"
        "规上工业营业收入　　　　亿元　　　3000　　　 2816.4　　 3080\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "shiyan_plan.txt"))}
    assert (by_value[3000].status, by_value[3000].period_end) == ("target", date(2026, 12, 31))
    assert (by_value[2816.4].status, by_value[2816.4].period_end) == ("actual", date(2026, 11, 30))
    assert by_value[3080].status == "estimate"


def test_a_zones_table_with_their_grade_and_industries_in_words() -> None:
    # 园区名称 | 级别 | 规划面积（平方公里） | 2025年规上工业产值（亿元） | 主导产业: each zone's area and
    # output, its grade and industries words between (no row was read)
    text = normalize(
        "滁州市投资指南\n发布时间：2026-03-10\n\n"
        "园区名称               | 级别   | 规划面积（平方公里） | 2025年规上工业产值（亿元） | 主导产业\n"
        "滁州经济技术开发区     | 国家级 | 156    | 1128.5     | 新能源、智能家电\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "chuzhou_zones.txt"))}
    assert by_value[156].region == by_value[1128.5].region == "滁州经济技术开发区"
    assert by_value[1128.5].value_base == 1.1285e11 and by_value[1128.5].period_end == date(2025, 12, 31)


def test_a_key_figures_box_whose_growth_cells_say_their_percent() -> None:
    # 指标  数值  增速 ↵ 地区生产总值  4206.8亿元  6.3%: the level and its growth (the growth was lost,
    # its cell read as no number for its %)
    text = normalize(
        "滁州市投资指南\n发布时间：2026-03-10\n\n【主要经济指标】\n\n"
        "  指标                     数值          增速\n"
        "  地区生产总值                   4206.8亿元          6.3%\n"
        "  规上工业增加值       —                   10.2%\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "chuzhou_box.txt"))}
    assert (by_value[6.3].measure, by_value[6.3].indicator) == ("yoy_growth_pct", "地区生产总值")
    assert by_value[10.2].measure == "yoy_growth_pct" and "工业增加值" in by_value[10.2].indicator


def test_export_orders_by_goods_under_a_line_of_units() -> None:
    # 貨品類別 | 12月金額 | 較上年同月增減(%) | 1至12月累計金額 | 較上年同期增減(%) under 單位：億美元；%:
    # each kind's month and year, in 億美元, and their growths (no row was read); 累計114年全年外銷
    # 訂單: the year's sum, a flow over it (a stock on its last day before)
    text = normalize(
        "經濟部統計處\n發布日期：115-01-20　　發布單位：經濟部統計處\n\n"
        "114年12月外銷訂單年增28.6%\n\n　　累計114年全年外銷訂單7,418.5億美元，較上年增加25.7%。\n\n"
        "表1　114年12月外銷訂單－按主要貨品分\n單位：億美元；%\n\n"
        "| 貨品類別 | 12月金額 | 較上年同月增減(%) | 1至12月累計金額 | 較上年同期增減(%) |\n"
        "|---|---|---|---|---|\n| 資訊通信產品 | 298.6 | 47.9 | 2,915.3 | 52.4 |\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "tw_orders.txt"))}
    assert by_value[298.6].unit == "亿美元" and by_value[298.6].period_start == date(2025, 12, 1)
    assert (by_value[2915.3].period_start, by_value[52.4].period_start) == (
        date(2025, 1, 1),
        date(2025, 1, 1),
    )
    assert by_value[47.9].measure == "yoy_growth_pct" and "资讯通信产品" in by_value[47.9].indicator
    assert (by_value[7418.5].period_start, by_value[7418.5].period_end) == (
        date(2025, 1, 1),
        date(2025, 12, 31),
    )


def test_a_customs_table_of_quantities_and_values() -> None:
    # 商品名称 | 计量单位 | 数量 | 数量同比(%) | 金额(亿元) | 金额同比(%): each good's quantity in its
    # row's unit and its value in 亿元, each with its growth (no row was read); 以美元计价为…: the
    # total said again in dollars (keyed by 以美元计价 before)
    text = normalize(
        "呼和浩特海关\n发布日期：2025-11-20\n\n　　前10个月，全区进出口总值1610.2亿元，增长5.3%；"
        "以美元计价为226.5亿美元，增长4.9%。\n\n2025年前10个月内蒙古自治区主要工业制成品出口情况\n\n"
        "商品名称 | 计量单位 | 数量 | 数量同比(%) | 金额(亿元) | 金额同比(%)\n"
        "钢材 | 万吨 | 286.5 | 14.1 | 98.3 | 2.4\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "hohhot_customs.txt"))}
    assert by_value[286.5].value_base == 2.865e6 and by_value[98.3].value_base == 9.83e9
    assert by_value[14.1].measure == by_value[2.4].measure == "yoy_growth_pct"
    assert by_value[226.5].indicator == by_value[1610.2].indicator == "进出口总值"


def test_a_town_leading_the_county_with_its_number() -> None:
    # 从规上工业产值看，黄宅镇以98.7亿元继续领跑全县: the town's output (keyed by 以继续领跑全县 before)
    text = normalize(
        "浦江县召开四季度工业经济运行调度会\n发布时间：2025-12-12\n\n"
        "　　从规上工业产值看，黄宅镇以98.7亿元继续领跑全县，同比增长12.3%。"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "pujiang_meeting.txt"))}
    assert by_value[98.7].indicator == by_value[12.3].indicator == "规模以上工业产值"
    assert by_value[98.7].region == "黄宅镇"


def test_a_years_table_whose_change_column_cells_say_their_unit() -> None:
    # 指标  单位  2025年  2024年  变化 ↵ …  -8.4%, +10.0个百分点: the latest year's growth, or its change
    # in points (the column was passed over); 吨标准煤/吨 an intensity
    text = normalize(
        "宜宾某锂电材料股份有限公司2025年度ESG报告（节选）\n发布时间：2026-04-20\n\n"
        "表4-1　能源消耗与温室气体排放关键绩效指标\n\n"
        "指标                                  单位            2025年      2024年      变化\n"
        "单位产品综合能耗                      吨标准煤/吨     1.86        2.03        -8.4%\n"
        "外购电力中绿电占比                    %               32.0        22.0        +10.0个百分点\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "esg.txt"))}
    assert (by_value[1.86].unit, by_value[2.03].period_end) == ("吨标准煤/吨", date(2024, 12, 31))
    assert (by_value[-8.4].measure, by_value[-8.4].period_start) == ("yoy_growth_pct", date(2025, 1, 1))
    assert (by_value[10.0].measure, by_value[32.0].measure) == ("pp_change", "share_pct")


def test_a_slide_decks_contents_name_no_plan_and_no_counts() -> None:
    # 第2页｜目录 ↵↵ 01 主要指标总览 … 08 下半年工作安排: the contents (the plan they name had made every
    # outcome after them a goal of the year); 04 项目建设与投资 no count of 项
    text = normalize(
        "【图文】2025年上半年梧州高新区经济运行情况通报（PPT文字版）\n\n发布时间：2025-07-24 16:30\n\n"
        "第2页｜目录\n\n01 主要指标总览\n04 项目建设与投资\n08 下半年工作安排\n\n"
        "第3页｜主要指标总览\n\n▶ 规上工业总产值：201.6亿元，同比增长10.8%\n"
    ).text
    found = extract_figures(text, describe_document(text, "wuzhou_slides.txt"))
    by_value = {f.value: f for f in found}
    assert (by_value[201.6].status, by_value[201.6].period_end) == ("actual", date(2025, 6, 30))
    assert 4 not in by_value and 8 not in by_value


def test_a_list_put_up_for_comment_counts_its_years_batch() -> None:
    # 关于2026年度山西省专精特新中小企业拟认定名单的公示: its counts are of the year's batch (undated)
    text = normalize(
        "关于2026年度山西省专精特新中小企业拟认定名单的公示\n\n发布日期：2026-09-22\n\n"
        "　　经企业自愿申报、各市推荐、专家评审，共受理企业申报材料1137份。"
    ).text
    found = extract_figures(text, describe_document(text, "shanxi_list.txt"))
    by_value = {f.value: f for f in found}
    assert (by_value[1137].period_start, by_value[1137].period_end) == (date(2026, 1, 1), date(2026, 12, 31))


def test_a_segments_table_whose_cells_say_their_units() -> None:
    # 产品  营业收入（亿元）  收入同比  毛利率  毛利率同比 ↵ 液压油缸  27.46  12.1%  24.3%  +1.2个百分点: the
    # revenue's growth, the margin and its change in points (no row was read)
    text = normalize(
        "龙晟液压2025年净利增长31.6%\n2026-03-27 07:05　　来源：证券日报\n\n"
        "总部位于福建省龙岩市的液压件制造商福建龙晟液压科技股份有限公司披露年报。\n\n2025年龙晟液压分产品经营情况\n"
        "产品　　　　营业收入（亿元）　收入同比　　毛利率　　毛利率同比\n"
        "液压油缸　　27.46　　　　　　　12.1%　　　24.3%　　+1.2个百分点\n"
        "精密铸件　　9.12　　　　　　　　6.3%　　　19.8%　　-0.9个百分点\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "longsheng.txt"))}
    assert (by_value[12.1].measure, by_value[12.1].indicator) == ("yoy_growth_pct", "液压油缸营业收入")
    assert (by_value[24.3].measure, by_value[-0.9].measure) == ("share_pct", "pp_change")
    assert by_value[-0.9].indicator == "精密铸件毛利率"


def test_a_chains_table_whose_change_cells_say_their_units() -> None:
    # 表1 锯床及机床装备产业链主要指标 ↵ 指标 | 2025年 | 同比 ↵ …（家） | 32 | +4: four more firms, no
    # growth of 4% (a wrong number); the chain's own figures
    text = normalize(
        "缙云县产业链链长制工作报告\n2026-01-16\n\n表1　锯床及机床装备产业链主要指标\n"
        "| 指标 | 2025年 | 同比 |\n|---|---|---|\n| 规上工业产值（亿元） | 96.8 | 13.5% |\n"
        "| 链上重点企业（家） | 32 | +4 |\n"
    ).text
    found = extract_figures(text, describe_document(text, "jinyun_chains.txt"))
    assert not [f for f in found if f.value == 4]
    by_value = {f.value: f for f in found}
    assert by_value[13.5].measure == "yoy_growth_pct"
    assert by_value[96.8].indicator == "锯床及机床装备产业链规模以上工业产值"


def test_macaos_real_growth_and_its_rises_and_falls_by_the_year() -> None:
    # 實質按年上升5.1%, 按年微跌1.9%, 按年大升23.6%: growths of the subject before (keyed by 实质 and
    # 按年微 before)
    text = normalize(
        "澳門日報\n2026年3月9日\n\n　　二○二五年本澳本地生產總值為4,186.3億澳門元，實質按年上升5.1%。"
        "人均消費為4,218澳門元，按年微跌1.9%。醫藥製品業收益按年大升26.3%。"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "macao_daily.txt"))}
    assert by_value[5.1].indicator == "本地生产总值" and by_value[-1.9].indicator == "人均消费"
    assert (by_value[26.3].measure, by_value[26.3].indicator) == ("yoy_growth_pct", "医药制品业收益")


def test_base_stations_listed_by_city_stand_at_the_years_end() -> None:
    # 【长春市】5G基站2.18万个　/　上云企业1.52万家: base stations standing at the year's end (dated
    # over the year before), the second item keyed without its slash; 比上年末增长19.9%: the
    # stock's growth since then
    text = normalize(
        "5G网络覆盖更密 工业互联网赋能更深\n——2025年全省5G和工业互联网发展综述\n\n"
        "2026-01-16 09:12　来源：吉林省工业和信息化厅\n\n"
        "　　截至2025年12月底，全省上云企业累计达到3.86万家，比上年末增长19.9%。\n\n"
        "【长春市】5G基站2.18万个　/　上云企业1.52万家\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "jilin_5g.txt"))}
    assert (by_value[2.18].period_start, by_value[2.18].period_end) == (
        date(2025, 12, 31),
        date(2025, 12, 31),
    )
    assert (by_value[2.18].value_base, by_value[1.52].indicator) == (21800, "上云企业")
    assert by_value[19.9].period_start == date(2025, 12, 31)


def test_a_page_set_in_two_columns_is_read_a_column_at_a_time() -> None:
    # 一、工业生产　　｜　二、固定资产投资 ↵ 规上工业总产值　156.38亿元　↑7.9%　　｜　工业投资…: each column
    # down (the two halves of a line were read as one row, the right half's figures keyed by the left)
    text = normalize(
        "清河县2026年1—4月主要经济指标快报\n发布时间：2026-05-20 16:42　　来源：县统计局\n\n"
        "一、工业生产　　　　　　　　　　　　　　　｜　二、固定资产投资\n"
        "规上工业增加值　↑8.7%　　　　　　　　　　　｜　固投（不含农户）　↑6.2%\n"
        "规上工业总产值　156.38亿元　↑7.9%　　　　　 ｜　　　　　　房地产开发投资　↓11.4%\n"
        "高新技术产业增加值　↑14.2%　　　　　　　　 ｜　新开工亿元以上项目　23个\n"
    ).text
    assert text.index("高新技术产业增加值") < text.index("二、固定资产投资") < text.index("房地产开发投资")
    assert "｜" not in text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "qinghe_quick.txt"))}
    assert by_value[156.38].indicator == by_value[7.9].indicator == "规模以上工业总产值"
    assert by_value[-11.4].indicator == "房地产开发投资"


def test_a_range_of_ranks_is_no_count() -> None:
    # 第11至15位依次为襄垣县、灵石县…: the places ranked 11th to 15th, no amount of 15 (a wrong number);
    # 各有3个县（市）进入前10强 is a count
    text = normalize(
        "2025年山西省县域经济综合实力评价报告\n2026-03-12\n\n"
        "　　第11至15位依次为襄垣县、灵石县、沁水县、霍州市、河曲县。"
        "从地市分布看，吕梁、晋城两市各有3个县（市）进入前10强。\n"
    ).text
    found = extract_figures(text, describe_document(text, "shanxi_counties.txt"))
    assert not [f for f in found if f.value in (11, 15)]
    assert {f.value for f in found} == {3}


def test_a_posts_numbers_set_off_in_corner_brackets_are_read() -> None:
    # 同比增长「9.6%」, 突破「300亿元」: a WeChat post's emphasis, no quoted names (a name in them,
    # 稳外贸「20条」, stands alone in its document); a line that ends on a fraction (约占全国的「1/3」)
    # is an item of its own; 合金刀具产业 ↵↵ 产业集群营业收入…: the industry the heading names
    by_value = described_figures(
        "清河工业2025“成绩单”出炉！\n\n原创 清河融媒 清河县融媒体中心 2026年01月26日 18:30 河北\n\n"
        "📍规上工业增加值\n同比增长「9.6%」\n\n📍规上工业营业收入\n达到「312.5亿元」\n同比「↑12.3%」\n\n"
        "**▌二、特色产业**\n\n**🧶羊绒及毛纺产业**\n\n✅ 羊绒制品产量「2860万件」，约占全国的「1/3」\n"
        "✅ 羊绒电商网络零售额「96.8亿元」，「↑15.4%」\n\n**🔧合金刀具产业**\n\n"
        "✅ 产业集群营业收入「23.6亿元」，「↑18.9%」\n",
        "qinghe_post.txt",
    )
    assert (by_value[9.6].measure, by_value[312.5].indicator) == ("yoy_growth_pct", "规模以上工业营业收入")
    assert by_value[96.8].indicator == "羊绒电商网络零售额"  # (not glued to the line above)
    assert by_value[23.6].indicator == "合金刀具产业集群营业收入"


def test_a_posts_figure_lines_are_sentences_of_their_own() -> None:
    # 新增…“小巨人”企业2家，累计达到5家 ↵ 新增省级专精特新中小企业27家，总数达118家: the second line's
    # new firms are the year's, not a stock on its last day (the lines were read as one sentence, and
    # 累计 above made them a stock); 按不变价格计算，同比增长6.1% goes on from the line above
    text = normalize(
        "清河县2025年工业经济成绩单\n2026-01-26\n\n三、创新动能更足\n\n"
        "新增国家级专精特新“小巨人”企业2家，累计达到5家\n新增省级专精特新中小企业27家，总数达118家\n\n"
        "▌ 地区生产总值\n\n2025年，全县实现地区生产总值286.47亿元\n按不变价格计算，同比增长6.1%\n"
    ).text
    by_value = {f.value: f for f in extract_figures(text, describe_document(text, "qinghe_lines.txt"))}
    assert (by_value[27].period_start, by_value[27].period_end) == (date(2025, 1, 1), date(2025, 12, 31))
    assert by_value[6.1].indicator.startswith("地区生产总值")


def test_a_hong_kong_results_table_of_years_in_thousands() -> None:
    # 截至二零二五年十二月三十一日止年度 and 發佈時間：25/03/2026: a year and a day as Hong Kong writes
    # them; 2025年  2024年  变动 ↵ 人民币千元  人民币千元: the units under the years; (7.6): a fall in an
    # accountant's brackets; 毛利率  22.7%  22.1%: a rate's levels
    by_value = described_figures(
        "龍城精工控股有限公司 - 截至二零二五年十二月三十一日止年度之全年業績公告\n"
        "發佈時間：25/03/2026 22:18\n\n本集團總部及主要生產基地位於中國江蘇省常州市。\n\n財務摘要\n\n"
        "　　　　　　截至十二月三十一日止年度\n　　　　　　二零二五年　　　二零二四年　　　變動\n"
        "　　　　　　人民幣千元　　　人民幣千元\n收入　　　　8,426,318　　　7,483,571　　　+12.6%\n"
        "毛利率　　　22.7%　　　　　22.1%　　　　　+0.6個百分點\n"
        "鑄鍛件　　　781,650　　　　846,221　　　　(7.6)\n",
        "longcheng_results.txt",
    )
    revenue = by_value[8426318]
    assert (revenue.value_base, revenue.region, revenue.period_start) == (
        8426318000,
        "常州市",
        date(2025, 1, 1),
    )
    assert by_value[7483571].period_end == date(2024, 12, 31)
    assert by_value[-7.6].indicator == "铸锻件" and by_value[-7.6].measure == "yoy_growth_pct"
    assert (by_value[22.1].measure, by_value[0.6].measure) == ("share_pct", "pp_change")


def test_an_interim_results_table_is_of_the_six_months() -> None:
    # 截至6月30日止六个月 over 2025年  2024年: each year's first half; 本集团主要于…浙江省宁波市从事…: the
    # group's city; 香港，2025年8月22日 at the foot: the day it was signed
    by_value = described_figures(
        "甬新动力控股有限公司\n\n截至2025年6月30日止六个月之中期业绩公告\n\n"
        "本集团主要于中华人民共和国浙江省宁波市从事新能源汽车电驱系统之研发、生产及销售。\n\n"
        "截至6月30日止六个月\n2025年          2024年        变动\n人民币千元      人民币千元         %\n"
        "收入                            1,865,432       1,656,400        12.6\n\n"
        "承董事会命\n主席\n陈国栋\n\n香港，2025年8月22日\n",
        "yongxin_interim.txt",
    )
    assert by_value[1865432].region == "宁波市"
    assert (by_value[1865432].period_start, by_value[1865432].period_end) == (
        date(2025, 1, 1),
        date(2025, 6, 30),
    )
    assert by_value[1656400].period_end == date(2024, 6, 30)


def test_a_zones_table_of_this_year_and_the_year_before() -> None:
    # 本年 | 上年同期 | 增减(%): this year's level, last year's, the growth; 营收超100亿元企业（家）: a
    # row of counts whose label holds a size class, no amount of 100亿元 (a wrong number)
    by_value = described_figures(
        "娄底经济技术开发区2025年1-12月主要经济指标完成情况表\n发布时间：2026-01-23 10:12\n\n"
        "| 序号 | 指标名称 | 计量单位 | 本年 | 上年同期 | 增减(%) |\n|---|---|---|---|---|---|\n"
        "| 1 | 地区生产总值 | 万元 | 3865420 | 3592180 | 6.8 |\n"
        "| 2 | 金融机构存款余额① | 亿元 | 512.6 | 470.3 | 9.0 |\n\n"
        "两届榜单主要指标对比\n\n指标            本届  上届  增减\n"
        "营收超100亿元企业（家）   9      7      +2\n",
        "loudi_zone.txt",
    )
    assert by_value[3865420].value_base == 38654200000 and by_value[3592180].period_end == date(2024, 12, 31)
    assert by_value[512.6].indicator == "金融机构存款余额"  # (without its note's mark)
    assert 100 not in by_value


def test_a_projects_heading_with_its_place_makes_the_lines_below_that_places() -> None:
    # 1．荆楚锂源…项目（钟祥市） ↵ 项目总投资45亿元…: the project's county's; 三、… ends the projects
    by_value = described_figures(
        "荆门市重点工业项目建设调度会会议纪要\n2025-11-11\n\n二、重点项目推进情况\n\n"
        "1．荆楚锂源年产20万吨磷酸铁锂项目（钟祥市）\n项目总投资45亿元，1—10月完成16.9亿元。\n\n"
        "2．华楚智能农机装备产业园项目（京山市）\n项目总投资22亿元，1—10月完成投资7.9亿元。\n\n"
        "三、下一步工作安排\n\n确保全年重点工业项目完成投资420亿元以上。\n",
        "jingmen_minutes.txt",
    )
    assert (by_value[45].region, by_value[16.9].region, by_value[7.9].region) == (
        "钟祥市",
        "钟祥市",
        "京山市",
    )
    assert by_value[420].region == "荆门市"


def test_a_bare_increase_of_things_counted_is_the_number_added() -> None:
    # 智能工厂增加9家，优秀场景增加27个; 入选智能工厂数量较上年增加5家: so many more than the year
    # before (none was read: a count cannot grow by a percentage); 第3至5名分别为… no count
    by_value = described_figures(
        "贵州省2025年智能工厂名单公告\n2025-12-18\n\n"
        "　　2025年，与上年相比，全省智能工厂增加9家，优秀场景增加27个。"
        "遵义市入选智能工厂数量较上年增加5家。\n",
        "guizhou_factories.txt",
    )
    assert (by_value[9].indicator, by_value[27].indicator) == ("智能工厂（增加）", "优秀场景（增加）")
    assert (by_value[5].region, by_value[5].measure, by_value[5].period_end) == (
        "遵义市",
        "amount",
        date(2025, 12, 31),
    )


def test_a_pmi_release_out_early_in_the_next_year_is_of_its_titles_month() -> None:
    # 2025年12月山西省制造业采购经理指数运行情况, out on 6 January: its indices are December's, not the
    # year's; 月份 | PMI | 生产 | 新订单 under …PMI及构成指数 ↵ 单位：%: a row a month, each an index
    by_value = described_figures(
        "2025年12月山西省制造业采购经理指数运行情况\n\n"
        "发布时间：2026-01-06 09:30　　来源：国家统计局山西调查总队\n\n"
        "　　生产指数为51.8%，比上月上升1.5个百分点。\n\n"
        "表1　山西省制造业PMI及构成指数（经季节调整）\n单位：%\n\n"
        "月份       | PMI  | 生产 | 新订单\n2025年10月 | 49.2 | 49.9 | 48.8\n",
        "shanxi_pmi.txt",
    )
    assert (by_value[51.8].period_start, by_value[51.8].period_end) == (date(2025, 12, 1), date(2025, 12, 31))
    assert (by_value[49.9].indicator, by_value[49.9].period_end) == ("生产指数", date(2025, 10, 31))
    assert by_value[49.2].indicator == "制造业采购经理指数（PMI）"  # (the caption's 制造业PMI, in full)


def test_a_weekly_briefs_table_of_this_week_is_of_its_week() -> None:
    # 监测周期：2025年11月17日—11月23日 over 本周用电量（万千瓦时）  环比（%）  同比（%）: the week's
    # power (not the year's); the week-on-week change has no measure, and the year-on-year one is of
    # the power used (it was read as a share, keyed by 环比)
    by_value = described_figures(
        "许昌市工业经济监测周报（2025年第47期）\n发布时间：2025-11-26 10:12\n\n"
        "监测周期：2025年11月17日—11月23日\n\n"
        "表1　本周重点行业用电情况\n\n"
        "行业                      本周用电量（万千瓦时）   环比（%）   同比（%）\n"
        "电气机械和器材制造业               2864            3.2        11.6\n",
        "xuchang_weekly.txt",
    )
    assert (by_value[2864].period_start, by_value[2864].period_end) == (
        date(2025, 11, 17),
        date(2025, 11, 23),
    )
    assert (by_value[11.6].measure, by_value[11.6].indicator) == (
        "yoy_growth_pct",
        "电气机械和器材制造业用电量",
    )
    assert 3.2 not in by_value


def test_tables_of_programmes_banks_and_counts_with_what_they_include() -> None:
    # 累计省级绿色工厂（含本批）: what a column includes is no part of its name (the table went unread);
    # 方案别: each programme's row; 单位：新台币亿元；家；个: units listed with semicolons are several
    # (a programme's every column was read in 亿元: 318家 as 318亿元, a wrong number)
    by_value = described_figures(
        "省工业和信息化厅关于公布2025年度贵州省绿色制造名单的通知\n2025-12-16\n\n"
        "2025年度贵州省绿色制造名单分布情况\n\n单位：家（个）\n\n"
        "市（州）　　　绿色工厂　　绿色工业园区　　累计省级绿色工厂（含本批）\n"
        "贵阳市　　　　16　　　　　—　　　　　78\n\n"
        "表 投资台湾三大方案执行成果\n单位：新台币亿元；家；个\n\n"
        "方案别                        2025年投资金额    累计家数    累计投资金额    累计预估创造本国就业\n"
        "欢迎台商回台投资行动方案          1,132          318        13,872           98,640\n",
        "three_tables.txt",
    )
    assert (by_value[78].indicator, by_value[78].region) == ("省级绿色工厂", "贵阳市")
    assert 318 not in by_value or by_value[318].unit == "家"


def test_a_chain_maps_sub_points_are_of_their_point() -> None:
    # ● 锂资源及锂盐 ↵ ○ 企业数量：7家 ↵ ○ 产值：71.4亿元: the segment's firms and output (keyed by ○企业数量)
    by_value = described_figures(
        "宜宾市动力电池产业链图谱（2025年版）\n\n发布时间：2025-12-08 16:20\n\n二、上游｜资源与关键材料\n\n"
        "  ● 锂资源及锂盐\n      ○ 企业数量：7家\n      ○ 产值：71.4亿元（同比-22.8%）\n"
        "  ● 正极材料\n      ○ 企业数量：16家\n      ○ 产值：198.7亿元（同比+12.6%）\n",
        "yibin_chain.txt",
    )
    assert (by_value[7].indicator, by_value[71.4].indicator) == ("锂资源及锂盐企业数量", "锂资源及锂盐产值")
    assert by_value[198.7].indicator == "正极材料产值"


def test_a_rate_from_the_end_of_the_year_before() -> None:
    # 由上年末的21.2%提高至23.5%: the earlier level stood at the end of 2024 (it was dated to the
    # reported month, and the later level lost), the later at the month's end the sentence names
    by_value = described_figures(
        "常州市2025年1-10月金融运行情况\n2025-11-20\n\n"
        "　　10月末，全市制造业贷款占比由上年末的21.2%提高至23.5%。\n",
        "changzhou_loans.txt",
    )
    assert (by_value[21.2].period_start, by_value[21.2].period_end) == (
        date(2024, 12, 31),
        date(2024, 12, 31),
    )
    assert by_value[23.5].period_end == date(2025, 10, 31)


def test_a_from_to_whose_name_is_the_clause_before() -> None:
    # …投资累计完成超过3000亿元；战略性新兴产业增加值占规上工业的比重，由2020年的18.6%提升至…: the
    # share's levels (they were keyed by the investment told before); 每4吨国产碳酸锂中就有近1吨: a
    # ratio in words, no amounts of 4 and 1 (wrong numbers)
    found = extract_figures(
        text := normalize(
            "青海日报\n2026-02-13\n\n　　五年来，全省工业投资累计完成超过3000亿元；"
            "战略性新兴产业增加值占规上工业的比重，由2020年的18.6%提升至去年的31.2%。"
            "每4吨国产碳酸锂中就有近1吨产自柴达木。\n"
        ).text,
        describe_document(text, "qinghai_daily.txt"),
    )
    by_value = {f.value: f for f in found}
    assert by_value[18.6].indicator == by_value[31.2].indicator == "战略性新兴产业增加值占规模以上工业的比重"
    assert not [f for f in found if f.value in (4, 1)]


def test_a_budget_tables_funds_numbered_in_words() -> None:
    # 一、制造业高质量发展专项资金      40,000      20,055      50.1: a row's 、 after its number is no prose
    # (its column gaps were closed: 2,000 and 470 ran into 2,000470); 预算数 is the year's budget,
    # 执行数 the months' spending, 完成预算% in %
    by_value = described_figures(
        "关于滁州市2026年上半年预算执行情况的报告（节选）\n\n发布日期：2026-09-02  来源：滁州市财政局\n\n"
        "滁州市市本级工业和中小企业发展类资金预算执行情况表\n（2026年1—6月）\n单位：万元\n\n"
        "资金名称                                    预算数      执行数    完成预算%\n"
        "一、制造业高质量发展专项资金                  40,000      20,055      50.1\n"
        "五、中小微企业贷款贴息                         2,000         470      23.5\n",
        "chuzhou_budget.txt",
    )
    assert by_value[40000].indicator == "制造业高质量发展专项资金预算数"
    assert (by_value[40000].status, by_value[40000].period_end) == ("target", date(2026, 12, 31))
    assert (by_value[20055].status, by_value[20055].period_end) == ("actual", date(2026, 6, 30))
    assert by_value[470].value_base == 4700000 and 2000470 not in by_value


def test_places_in_turn_and_a_table_of_quarters_beside_the_countrys() -> None:
    # 防城港、百色、柳州…分别为81.6%、79.3%、77.5%，依次居全区前三位: first, second, third (a rank of 3
    # for the region was read, keyed by 依次); 行业 | 一季度 | 二季度 | 三季度 | 三季度全国: each quarter's
    # rate, the country's column left unread (it was the region's, keyed by 全国)
    by_value = described_figures(
        "2025年三季度广西工业产能利用率情况\n2025-10-28\n\n"
        "　　防城港、百色、柳州三市三季度产能利用率分别为81.6%、79.3%、77.5%，依次居全区前三位。\n\n"
        "附表2025年全区重点行业产能利用率情况\n\n单位：%\n\n"
        "行业 | 一季度 | 二季度 | 三季度 | 三季度全国\n"
        "有色金属冶炼和压延加工业 | 80.6 | 82.1 | 83.5 | 80.3\n",
        "guangxi_capacity.txt",
    )
    ranks = sorted((f.value, f.region) for f in by_value.values() if f.measure == "rank")
    assert ranks == [(1, "防城港市"), (2, "百色市"), (3, "柳州市")]
    assert by_value[82.1].indicator == "有色金属冶炼和压延加工业产能利用率"
    assert (by_value[82.1].period_start, by_value[82.1].period_end) == (date(2025, 4, 1), date(2025, 6, 30))
    assert 80.3 not in by_value


def test_a_section_of_goals_by_a_year_ahead() -> None:
    # 三、到2027年的主要目标, in December 2025: its items are goals of 2027 (高新技术企业数量突破5500家
    # was a stock on the text's day, and 比重达到30% an outcome of 2027)
    by_value = described_figures(
        "吉林省发展和改革委员会关于新质生产力发展情况的报告\n2025-12-10\n\n三、到2027年的主要目标\n\n"
        "　　综合考虑发展基础和潜力，建议到2027年实现以下目标：\n　　（一）创新能力方面\n"
        "　　（1）高新技术企业数量突破5500家；\n　　（二）产业升级方面\n"
        "　　1.战略性新兴产业产值占规上工业总产值比重达到30%。\n",
        "jilin_goals.txt",
    )
    for value in (5500, 30):
        assert (by_value[value].status, by_value[value].period_end) == ("target", date(2027, 12, 31))


def test_a_project_named_by_its_capacity_in_sets() -> None:
    # 拟建年产5000台（套）智能农机装备生产线项目: the project's name, no output of 5000 (a wrong number)
    text = normalize(
        "邢台市工业用地出让结果公示\n2026-03-27\n\n"
        "　　土地用途：工业用地，拟建年产5000台（套）智能农机装备生产线项目。\n"
    ).text
    assert not [
        f for f in extract_figures(text, describe_document(text, "xingtai_land.txt")) if f.value == 5000
    ]


def test_a_table_of_this_month_and_the_months_to_date_over_its_columns() -> None:
    # 本月  1—11月累计 ↵ 车型  产量  同比±%  销量  同比±%  产量  同比±%  销量  同比±% under 单位：辆；%:
    # the first four columns are November's (they were dated 1—11月: a month's output as the months'),
    # the last four the months to date; 同比±% the growth of the column before (it was read as a share)
    by_value = described_figures(
        "江西省汽车行业协会2025年11月汽车产销快报\n2025-12-12\n\n"
        "表1 2025年11月全省汽车分车型产销情况\n单位：辆；%\n\n"
        "本月               1—11月累计\n"
        "车型     产量  同比±%  销量  同比±%   产量   同比±%  销量   同比±%\n"
        "乘用车    41,285  14.6  40,917  12.9   419,366  9.1  416,805  8.4\n",
        "jiangxi_autos.txt",
    )
    assert (by_value[41285].period_start, by_value[41285].period_end) == (
        date(2025, 11, 1),
        date(2025, 11, 30),
    )
    assert (by_value[14.6].measure, by_value[14.6].indicator) == ("yoy_growth_pct", "乘用车产量")
    assert (by_value[419366].period_start, by_value[419366].period_end) == (
        date(2025, 1, 1),
        date(2025, 11, 30),
    )


def test_minutes_of_calls_and_a_note_on_which_provinces_a_region_spans() -> None:
    # 累计完成7235亿分钟: minutes of calls (keyed by 钟, 分 read as the unit); 东部地区包括北京…海南10个
    # 省（市）: a definition, no count of 10
    found = extract_figures(
        text := normalize(
            "2026年1—4月份通信业经济运行情况\n2026-05-20\n\n"
            "　　1—4月，移动电话去话通话时长累计完成7235亿分钟，"
            "同比下降4.1%。\n\n注：东部地区包括北京、天津、河北、上海、江苏、浙江、福建、山东、广东和海南10个省（市）。\n"
        ).text,
        describe_document(text, "telecom.txt"),
    )
    by_value = {f.value: f for f in found}
    assert (by_value[7235].indicator, by_value[7235].unit) == ("移动电话去话通话时长", "亿分钟")
    assert 10 not in by_value


def test_a_ranking_table_with_last_months_ranks() -> None:
    # 排名  县（市、区）  工业投资增速（%）  上月排名: this month's ranks and growths (the table went
    # unread); last month's ranks are left out
    by_value = described_figures(
        "宣城市2025年1—10月工业投资红黑榜\n2025-11-20\n\n"
        "表2025年1—10月各县（市、区）工业投资增速及排名\n\n"
        "排名  县（市、区）  工业投资增速（%）  上月排名\n"
        "1  广德市       23.6        2\n2  宁国市       18.9        1\n",
        "xuancheng_ranks.txt",
    )
    assert (by_value[23.6].region, by_value[23.6].measure) == ("广德市", "yoy_growth_pct")
    ranks = sorted((f.value, f.region) for f in by_value.values() if f.measure == "rank")
    assert ranks == [(1, "广德市"), (2, "宁国市")]


def test_a_table_whose_rows_open_on_their_codes() -> None:
    # 代码  类别  增加值（亿元）  占比（%） ↵ 01  现代农林牧渔业  176.83  3.67: the codes go, as row numbers
    # under 序号 do (the table went unread)
    by_value = described_figures(
        "2024年广西三新经济发展情况\n2025-11-18\n\n表2 2024年广西“三新”经济增加值（按活动类型分）\n\n"
        "代码  类别             增加值（亿元）  占比（%）\n01  现代农林牧渔业          176.83     3.67\n"
        "02  先进制造业           1482.57     30.77\n",
        "guangxi_three_new.txt",
    )
    assert by_value[1482.57].indicator == "先进制造业增加值"
    assert (by_value[30.77].measure, by_value[30.77].period_end) == ("share_pct", date(2024, 12, 31))


def test_a_ports_areas_are_their_cities() -> None:
    # 钦州港域, 防城港域, 北海港域: a port group's areas, each in the city it is named after (北海 alone
    # names no city in prose; the rows went unread)
    by_value = described_figures(
        "北部湾港11月吞吐量快报\n发布时间：2025-12-05\n\n表一　2025年11月广西北部湾港分港域吞吐量（当月）\n\n"
        "| 港　域 | 货物吞吐量（万吨） | 同比（%） |\n|---|---|---|\n| 钦州港域 | 1652.8 | 9.4 |\n"
        "| 防城港域 | 1384.5 | 3.2 |\n| 北海港域 | 808.9 | 7.5 |\n",
        "beibu_gulf_port.txt",
    )
    assert [by_value[v].region for v in (1652.8, 1384.5, 808.9)] == ["钦州市", "防城港市", "北海市"]
    assert (by_value[9.4].measure, by_value[9.4].period_start) == ("yoy_growth_pct", date(2025, 11, 1))


def test_a_notice_handing_down_a_years_goals_by_quarter_and_town() -> None:
    # 关于印发《沂水县2026年…分季度目标任务分解表》的通知: a plan, its tasks goals of 2026; a box-drawn
    # table of the towns' goals under 工业投资（亿元） over 上半年 | 全年 (its caption ran into its
    # header, the rule under a spanned cell stayed, and the periods under the groups went unread);
    # 四十里堡镇, a town named by its distance
    by_value = described_figures(
        "沂水县稳增长工作领导小组办公室关于印发《沂水县2026年稳定工业经济增长分季度目标任务分解表》的通知\n\n"
        "发布日期：2026-02-13\n\n二、部门任务\n\n"
        "　　（一）县工业和信息化局：推动技改项目入库100个以上，全年实施“智改数转”项目60个。\n\n"
        "附件2\n\n分乡镇（街道）、开发区工业投资和新增规上企业目标\n\n"
        "┌──────────┬────────────┬────────────┐\n"
        "│　　单　位　│　工业投资（亿元）│新增规上企业（家）│\n"
        "│　　　　　　├──────┬─────┼──────┬─────┤\n"
        "│　　　　　　│ 上半年 │  全年   │ 上半年 │  全年   │\n"
        "├──────────┼──────┼─────┼──────┼─────┤\n"
        "│四十里堡镇　│  2.4   │  5.5    │   3    │   7     │\n"
        "└──────────┴──────┴─────┴──────┴─────┘\n",
        "yishui_goals.txt",
    )
    assert (by_value[100].status, by_value[100].period_end) == ("target", date(2026, 12, 31))
    first_half, year = by_value[2.4], by_value[5.5]
    assert (first_half.region, first_half.status, first_half.unit) == ("四十里堡镇", "target", "亿元")
    assert (first_half.period_start, first_half.period_end) == (date(2026, 1, 1), date(2026, 6, 30))
    assert (year.period_start, year.period_end) == (date(2026, 1, 1), date(2026, 12, 31))
    assert (by_value[7].unit, by_value[7].period_end) == ("家", date(2026, 12, 31))


def test_a_sum_written_in_parts_of_yi_wan_and_qian() -> None:
    # 48億5,621萬4千元 (4,856,214 千元), 12亿3456万元, 3亿2千万元: one number each, not its last part
    # (4千元) nor a number the parts run into (2680007千元); 立法院预算中心's report is Taiwan's
    assert normalize("基金用途53億268萬7千元，收入3亿2千万元，达12亿3456万元，9万4,612人").text == (
        "基金用途5302687千元，收入3.2亿元，达123456万元，94612人"
    )
    by_value = described_figures(
        "立法院預算中心\n中華民國115年度中央政府總預算附屬單位預算評估報告\n\n"
        "本基金115年度預算編列基金來源48億5,621萬4千元。截至8月底執行數802,403千元。\n",
        "budget_center.txt",
    )
    budget = by_value[4856214]
    assert (budget.unit, budget.value_base) == ("千元", 4856214000)
    assert (budget.region, budget.period_end) == ("台湾省", date(2026, 12, 31))


def test_a_notice_handing_down_a_years_quotas() -> None:
    # 关于下达2026年第一批稀土矿钨矿开采总量控制指标的通知: each quota a limit set, a goal (but a
    # release that publishes 2025年…主要指标 reports outcomes)
    quotas = described_figures(
        "自然资源部 工业和信息化部关于下达2026年第一批稀土矿钨矿开采总量控制指标的通知\n"
        "发布日期：2026年03月27日\n\n"
        "　　2026年第一批钨矿开采总量控制指标为52910吨。\n",
        "quotas.txt",
    )
    assert (quotas[52910].status, quotas[52910].period_end) == ("target", date(2026, 12, 31))
    outcomes = described_figures(
        "关于发布2025年宁波市工业经济主要指标的通知\n发布日期：2026年01月27日\n\n"
        "　　2025年，宁波市规上工业增加值增长6.2%。\n",
        "outcomes.txt",
    )
    assert outcomes[6.2].status == "actual"


def test_a_ranking_of_cities_with_each_ones_province() -> None:
    # 城市 | 所属省份 | 规上工业总产值（亿元） | 同比增长（%）: the province a remark (the table went
    # unread); 长治, a city without 市 that prose does not take for one, is named in a row
    by_value = described_figures(
        "中部城市工业20强出炉\n2026-03-16 07:45　　来源：长江商报\n\n2025年中部地区城市规上工业总产值20强\n\n"
        "| 城市 | 所属省份 | 规上工业总产值（亿元） | 同比增长（%） |\n|------|------|------|------|\n"
        "| 武汉 | 湖北 | 17,086 | +6.8 |\n| 长治 | 山西 | 3,126 | -1.8 |\n",
        "central_cities.txt",
    )
    assert (by_value[17086].region, by_value[17086].value_base) == ("武汉市", 1708600000000)
    assert (by_value[-1.8].region, by_value[-1.8].measure) == ("长治市", "yoy_growth_pct")


def test_a_market_is_no_city() -> None:
    # 中国市场工业机器人销量: the market's sales, the country's (not a city named 中国市)
    by_value = described_figures(
        "2025年工业机器人行业年度报告\n2026-04-29\n\n2025年中国市场工业机器人销量33.6万台，同比增长11.3%。\n",
        "robots.txt",
    )
    assert (by_value[33.6].region, by_value[33.6].indicator) == ("全国", "中国市场工业机器人销量")
    assert by_value[11.3].region == "全国"


def test_a_monthly_reports_issue_and_the_months_sums_of_a_column_before() -> None:
    # 月报（2025年第11期）: the issue's month, which 当月 says; 11月用电量  同比  1-11月累计  同比 under
    # 单位：亿千瓦时，%: the months to date's sum of 用电量 (not an indicator named 累计)
    by_value = described_figures(
        "贵州电力市场运营月报（2025年第11期）\n\n发布时间：2025-12-12 16:20\n\n"
        "表1　2025年11月全省全社会用电量分产业情况\n　　　　单位：亿千瓦时，%\n"
        "类别　　　　　　　　11月用电量　　同比　　1-11月累计　　同比\n"
        "全社会用电量　　　　158.62　　　　6.4　　1736.45　　　　5.8\n\n"
        "　　有色、化工、建材三大高载能行业当月合计用电42.43亿千瓦时。\n",
        "guizhou_power.txt",
    )
    summed, grown = by_value[1736.45], by_value[5.8]
    assert (summed.indicator, summed.period_start, summed.period_end) == (
        "全社会用电量",
        date(2025, 1, 1),
        date(2025, 11, 30),
    )
    assert (grown.measure, grown.period_end) == ("yoy_growth_pct", date(2025, 11, 30))
    this_month = by_value[42.43]
    assert (this_month.period_start, this_month.period_end) == (date(2025, 11, 1), date(2025, 11, 30))


def test_operating_revenue_and_a_yearly_capacity_and_robots_by_application() -> None:
    # 园区运营收入: no 营收 of 营业收入 in it (it read 园区运营业收入入); 万吨/年 in a unit column, a
    # year's capacity (the row went unread); 应用领域 down the side, the kinds of robots sold
    revenue = described_figures(
        "滁州市创新产业投资集团有限公司公司债券募集说明书\n2026年4月22日\n\n"
        "　　2026年1—3月，发行人实现园区运营收入14,236.18万元。\n",
        "prospectus.txt",
    )
    assert revenue[14236.18].indicator == "发行人园区运营收入"
    capacity = described_figures(
        "甘肃省氢能产业发展规划（2026—2030年）\n发布时间：2026-03-17\n\n表1　主要发展指标\n"
        "序号 | 指标名称           | 单位    | 2025年（基期） | 2027年（目标） | 2030年（目标） | 属性\n"
        "-----|--------------------|---------|----------------|----------------|----------------|------\n"
        "2    | 可再生能源制氢产能 | 万吨/年 | 4.2            | 15             | 40             | 预期性\n",
        "hydrogen.txt",
    )
    assert (capacity[15].value_base, capacity[15].status) == (150000, "target")
    robots = described_figures(
        "2025年工业机器人行业年度报告\n2026-04-29\n\n表1　2025年中国市场工业机器人分应用领域销量\n"
        "| 应用领域 | 销量（台） | 同比增长（%） | 占比（%） |\n|---|---|---|---|\n"
        "| 搬运与上下料 | 141,800 | 13.6 | 42.2 |\n",
        "robots_by_use.txt",
    )
    assert (robots[141800].indicator, robots[141800].region) == ("搬运与上下料销量", "全国")
    assert robots[42.2].measure == "share_pct"


def test_a_stock_column_named_累计_keeps_its_name() -> None:
    # 本批认定 | 累计 under 单位：家, no months named: the cities' stock of such firms, not a sum of
    # 本批认定 over months (as 1-11月累计 is)
    by_value = described_figures(
        "江西省工业和信息化厅关于公布2025年度江西省专精特新中小企业名单的通知\n\n"
        "发布时间：2025-11-18 10:30\n\n"
        "表1　各设区市专精特新中小企业情况\n单位：家\n\n| 设区市 | 本批认定 | 累计 |\n|---|---|---|\n"
        "| 南昌市 | 262 | 1398 |\n",
        "jiangxi_srdi.txt",
    )
    assert "本批认定" not in by_value[1398].indicator
    assert by_value[1398].region == "南昌市"


def test_a_capacity_per_year_and_a_running_time() -> None:
    # 186万吨/年: the 年 of the unit no part of the indicator (熟料设计产能年); 片长约3分10秒: a video's
    # length, no figure of 3
    by_value = described_figures(
        "来宾市水泥熟料生产线产能置换方案公告\n2026-01-09\n\n"
        "　　建设项目熟料设计产能186万吨/年。本片片长约3分10秒。\n",
        "cement.txt",
    )
    assert (by_value[186].indicator, by_value[186].value_base) == ("项目熟料设计产能", 1860000)
    assert 3 not in by_value


def test_a_list_of_products_and_a_table_of_firms_with_their_place() -> None:
    # 序号  产品名称  申报企业  所在地  类型: a list of names, the numbers in them (16兆瓦, φ9.2米) no
    # figures; 企业名称 | 产品名称 | 所在地 | 实际缴纳保费 under 单位：万元: each firm's city its row's
    # region (the place column was taken for one in 万元)
    by_value = described_figures(
        "辽宁省工业和信息化厅关于公布2025年度辽宁省首台（套）重大技术装备认定名单的通知\n发布日期：2025-12-24\n\n"
        "附件1\n\n2025年度辽宁省首台（套）重大技术装备认定名单（节选）\n\n"
        "序号　产品名称　　　　　　　　申报企业　　　　　　　　　　所在地　　类型\n"
        "2　　16兆瓦海上风电主轴承　　　大连重宇风电轴承有限公司　　大连市　　国内首台（套）\n"
        "7　　φ9.2米盾构机主轴承　　　　瓦房店精工轴承有限公司　　　大连市　　国内首台（套）\n\n"
        "附件2\n\n2025年度首台（套）重大技术装备保险补偿项目明细表\n\n单位：万元\n"
        "序号 | 企业名称 | 产品名称 | 所在地 | 实际缴纳保费 | 核定补偿金额\n"
        "1 | 沈阳华鼓透平机械有限公司 | 百万吨级乙烯裂解气压缩机组 | 沈阳市 | 441.0 | 352.8\n",
        "first_units.txt",
    )
    assert 16 not in by_value and 9.2 not in by_value
    assert (by_value[441].region, by_value[441].value_base) == ("沈阳市", 4410000)


def test_a_things_heading_a_records_span_and_an_index_about_a_level() -> None:
    # （二）硅片。建成产能95GW，11月产能利用率81.1%: the wafers' capacity and its use (a bare 产能);
    # 降至近两年来的低位，…企业占17.9%: the span a record is set over, not the share's period;
    # 景气指数为104.5左右: a level about that (the index went unread)
    photovoltaic = described_figures(
        "2025年11月青海省光伏产业运行监测简报\n发布时间：2025-12-17\n\n"
        "　　（二）硅片。建成产能95GW，11月产能利用率81.1%。\n",
        "qinghai_pv.txt",
    )
    assert photovoltaic[95].indicator == "硅片产能"
    assert photovoltaic[81.1].indicator == "硅片产能利用率"
    # (（一）分领域看。: an aspect, no thing of the figures' own)
    aspect = described_figures(
        "2024年甘肃省新材料产业发展报告\n2025-03-20\n\n"
        "　　（一）分领域看。稀土功能材料受产品价格持续下行影响，实现营业收入87.5亿元。\n",
        "gansu_materials.txt",
    )
    assert not aspect[87.5].indicator.startswith("分领域看")
    prosperity = described_figures(
        "2025年四季度吉林省工业景气指数报告\n发布时间：2026-01-16\n\n"
        "　　产成品库存指数降至近两年来的低位，反映产成品库存“高于正常水平”的企业占17.9%。"
        "预计一季度全省工业景气指数为104.5左右。\n",
        "jilin_prosperity.txt",
    )
    assert (prosperity[17.9].period_start, prosperity[17.9].period_end) == (
        date(2025, 10, 1),
        date(2025, 12, 31),
    )
    ahead = prosperity[104.5]
    assert (ahead.qualifier, ahead.status, ahead.period_end) == ("approx", "estimate", date(2026, 3, 31))


def test_the_year_a_change_starts_from_is_not_the_sentences() -> None:
    # 由2020年的61.2%提高到83.4%，全年矿井水利用量3.42亿立方米；再生水…: 全年 and the clauses after are
    # the year the text reports (they read 2020)
    by_value = described_figures(
        "榆林市工业节水工作新闻发布会\n2026-03-24\n\n"
        "　　2025年，全市万元工业增加值用水量为7.86立方米。全市矿井水综合利用率由2020年的61.2%提高到83.4%，"
        "全年矿井水利用量3.42亿立方米；再生水工业利用量5260万立方米，同比增长12.8%。\n",
        "yulin_water.txt",
    )
    assert by_value[61.2].period_end == date(2020, 12, 31)
    assert [by_value[v].period_end for v in (83.4, 3.42, 5260, 12.8)] == [date(2025, 12, 31)] * 4


def test_an_index_with_its_base_in_brackets() -> None:
    # 缺工指数（2023年一季度＝100）为91.6: the level, of the quarter reported (the base's quarter no
    # period of it; the level went unread)
    by_value = described_figures(
        "2025年三季度泉州市制造业用工与工资监测报告\n2025-10-24\n\n"
        "　　三季度，全市制造业缺工指数（2023年一季度＝100）为91.6，比二季度下降4.3点。\n",
        "quanzhou_labour.txt",
    )
    level = by_value[91.6]
    assert (level.indicator, level.period_start, level.period_end) == (
        "制造业缺工指数",
        date(2025, 7, 1),
        date(2025, 9, 30),
    )


def test_who_wrote_a_research_note_is_no_headline() -> None:
    # 撰文：贸发局研究部　陈卓谦（首席经济师）: the author's line under the headline, not the title
    text = normalize(
        "貿發局出口信心指數2026年第一季\n港廠商出口信心連續兩季回升　電子及機械業領漲\n\n"
        "撰文：貿發局研究部　陳卓謙（首席經濟師）\n發佈日期：2026年3月19日\n\n撮要\n"
    ).text
    assert describe_document(text, "hktdc.txt").title == "港厂商出口信心连续两季回升 电子及机械业领涨"


def test_plots_named_by_their_numbers_and_square_metres() -> None:
    # 宗地编号  所在县（市、区）  土地位置 … 竞得人: each plot by its number, in its county (the table
    # went unread); ㎡ and 元/㎡ as 平方米 and 元/平方米
    by_value = described_figures(
        "孝感市2025年第四季度工业用地和标准厂房交易情况\n2026-01-16\n\n"
        "表1　2025年第四季度工业用地成交结果\n\n"
        "序号  宗地编号    所在县（市、区）  土地位置      "
        "面积（平方米）  面积（亩）  成交价（万元）  竞得人\n"
        "3     HC2025-044  汉川市            新河大道以南  "
        "140,300.70     210.45     3199.1        汉川某公司\n\n"
        "表2　2025年第四季度标准厂房成交结果\n\n"
        "序号 | 标的名称 | 建筑面积（㎡） | 成交单价（元/㎡） | 受让人\n"
        "1 | 光电子产业园3#厂房 | 12864.3 | 2050 | 湖北晶拓光电科技有限公司\n",
        "xiaogan_land.txt",
    )
    plot = by_value[210.45]
    assert (plot.region, plot.unit, plot.period_end) == ("汉川市", "亩", date(2025, 12, 31))
    assert by_value[140300.7].base_unit == "平方米"
    assert (by_value[12864.3].base_unit, by_value[2050].base_unit) == ("平方米", "元/平方米")


def test_a_price_release_on_a_month_with_a_ruled_table_of_industries() -> None:
    # 2025年11月份…价格变动情况: | 行业名称 | 环比 | 同比 | 1—11月 | under （单位：%；…）: each industry's
    # growth over the year of the month (同比) and of the months to date (the table went unread, and
    # its header made the months to date the text's)
    by_value = described_figures(
        "2025年11月份陕西省工业生产者价格变动情况\n\n发布时间：2025-12-12 10:00\n\n"
        "　　11月份，全省工业生产者出厂价格同比下降2.3%。\n\n"
        "　　表　2025年11月份全省主要工业行业出厂价格涨跌幅\n"
        "　　（单位：%；“1—11月”为1—11月平均比上年同期）\n\n"
        "| 行业名称 | 环比 | 同比 | 1—11月 |\n|---|---|---|---|\n"
        "| 煤炭开采和洗选业 | 1.8 | -12.6 | -16.9 |\n\n"
        "　　有色金属冶炼和压延加工业价格同比上涨9.6%。\n",
        "shaanxi_ppi.txt",
    )
    month, to_date, later = by_value[-12.6], by_value[-16.9], by_value[9.6]
    assert (month.measure, month.period_start, month.period_end) == (
        "yoy_growth_pct",
        date(2025, 11, 1),
        date(2025, 11, 30),
    )
    assert (to_date.period_start, to_date.period_end) == (date(2025, 1, 1), date(2025, 11, 30))
    assert later.period_start == date(2025, 11, 1)
    assert 1.8 not in by_value


def test_a_caption_over_a_header_ruled_without_outer_bars() -> None:
    # 表1　2025年1—10月各市（州）… ↵↵ 位次 | 地区 | 软件业务收入（亿元） | 同比增长（%）: the caption stays
    # off the header (the two were joined, and 表1 2025年 became 表12025年), each city's rank and values
    caption = "表1　2025年1—10月各市（州）、贵安新区软件业务收入情况"
    assert normalize(caption).text.startswith("表1 2025年")
    by_value = described_figures(
        "贵州省2025年1—10月软件和信息技术服务业运行情况\n发布时间：2025-11-26\n\n"
        "表1　2025年1—10月各市（州）、贵安新区软件业务收入情况\n\n"
        "位次 | 地区       | 软件业务收入（亿元） | 同比增长（%）\n"
        "-----|------------|----------------------|--------------\n"
        " 1   | 贵阳市     | 812.4                | 14.6\n",
        "guizhou_software.txt",
    )
    revenue = by_value[812.4]
    assert (revenue.region, revenue.period_start, revenue.period_end) == (
        "贵阳市",
        date(2025, 1, 1),
        date(2025, 10, 31),
    )
    assert by_value[14.6].measure == "yoy_growth_pct"


def test_a_sectors_scope_in_brackets_and_groups_over_bare_units() -> None:
    # 化工行业（含石油、煤炭…，化学原料…）增加值: the scope listed in brackets no part of the name;
    # 营业收入  利润总额 ↵ 行 业  亿元  同比%  亿元  同比%: each group's level in the unit under it (the
    # table went unread)
    by_value = described_figures(
        "宁夏化工行业2025年运行情况\n2026-03-06\n\n"
        "　　2025年，全区化工行业（含石油、煤炭及其他燃料加工业，化学原料和化学制品制造业，"
        "化学纤维制造业，橡胶和塑料制品业）增加值同比增长8.6%。\n\n"
        "表2　2025年全区化工主要行业营业收入和利润情况\n\n"
        "                    营业收入              利润总额\n"
        "行　业          亿元      同比%       亿元      同比%\n"
        "煤化工         1042.6      3.9        51.8     -15.6\n",
        "ningxia_chemicals.txt",
    )
    assert by_value[8.6].indicator == "化工行业增加值"
    profit = by_value[51.8]
    assert (profit.indicator, profit.value_base, profit.period_end) == (
        "煤化工利润总额",
        5180000000,
        date(2025, 12, 31),
    )
    assert (by_value[-15.6].measure, by_value[-15.6].indicator) == ("yoy_growth_pct", "煤化工利润总额")


def test_an_ascii_box_table_with_a_growth_of_the_months_to_date() -> None:
    # +------+------+: an ASCII box's rules (the rows went unread); 1—3月累计  累计同比 under 单位：台，%:
    # the months' sales and their growth, in % (not in 台)
    by_value = described_figures(
        "2026年3月工程机械主要产品销售快报\n2026-04-10\n\n表1　2026年3月起重类机械主要产品销售情况\n"
        "　　　　　　　　　　　　单位：台，%\n"
        "+--------------+----------+--------+-------------+----------+\n"
        "| 产品名称     | 3月销量  | 同比   | 1—3月累计   | 累计同比 |\n"
        "+--------------+----------+--------+-------------+----------+\n"
        "| 汽车起重机   | 2,218    | 7.6    | 5,327       | 4.9      |\n"
        "+--------------+----------+--------+-------------+----------+\n",
        "machinery.txt",
    )
    months, grown = by_value[5327], by_value[4.9]
    assert (months.unit, months.period_start, months.period_end) == (
        "台",
        date(2026, 1, 1),
        date(2026, 3, 31),
    )
    assert (grown.measure, grown.unit, grown.period_end) == ("yoy_growth_pct", "%", date(2026, 3, 31))


def test_a_chains_links_down_the_side() -> None:
    # 链条环节  企业数（家）  产值（亿元）  本地配套率（%）: each link of the chain, a kind of the city's
    # (the rows went unread)
    by_value = described_figures(
        "资阳市轨道交通装备产业集群发展报告\n2026-03-06\n\n"
        "表1　2025年资阳市轨道交通装备产业链各环节发展情况\n\n"
        "链条环节　　　　　　企业数（家）　产值（亿元）　本地配套率（%）\n"
        "柴油机及动力包　　　　9　　　　　 46.5　　　　　58.7\n",
        "ziyang_rail.txt",
    )
    output = by_value[46.5]
    assert (output.region, output.indicator) == ("资阳市", "柴油机及动力包产值")
    assert output.value_base == 4650000000
    assert (by_value[58.7].measure, by_value[9].unit) == ("share_pct", "家")


def test_an_indented_box_table() -> None:
    # 　　┌───┬───┐ ↵ 　　│ 设区市 │ 数据企业（家）│ …: an indented box's rules go (they stayed, and the
    # table went unread)
    by_value = described_figures(
        "福建省数据要素市场发展报告（2025年度）发布\n2026-04-28\n\n"
        "　　表1　2025年底数据企业数量居前五位的设区市\n"
        "　　┌────────┬──────────────┬──────────────┐\n"
        "　　│ 设区市 │ 数据企业（家）│ 占全省比重（%）│\n"
        "　　├────────┼──────────────┼──────────────┤\n"
        "　　│ 福州市 │     1452     │     35.2     │\n"
        "　　└────────┴──────────────┴──────────────┘\n",
        "fujian_data.txt",
    )
    assert (by_value[1452].region, by_value[1452].unit) == ("福州市", "家")
    assert (by_value[35.2].region, by_value[35.2].measure) == ("福州市", "share_pct")


def test_a_ruled_header_with_its_units_below_and_a_firms_seat() -> None:
    # │ 县（市、区） │ 工业投资完成额 │ … ↵ │ │ （亿元） │ （%） │: the names' units on the line below, in
    # its cells (the table went unread); 报告范围涵盖公司十堰总部…: a firm's report, of its seat's city
    counties = described_figures(
        "荆门市工业投资月度调度通报\n2025-11-18\n\n表1　2025年1—10月各县（市、区）工业投资及项目调度情况\n\n"
        "│  县（市、区）  │ 工业投资完成额 │  同比增长  │ 新开工项目  │\n"
        "│              │  （亿元）    │  （%）   │  （个）    │\n"
        "├──────────────┼────────────┼──────────┼────────────┤\n"
        "│ 钟祥市        │   168.42   │   12.6   │     46     │\n",
        "jingmen_investment.txt",
    )
    invested = counties[168.42]
    assert (invested.region, invested.unit, invested.period_end) == ("钟祥市", "亿元", date(2025, 10, 31))
    assert (counties[12.6].measure, counties[46].unit) == ("yoy_growth_pct", "个")
    firm = described_figures(
        "湖北楚峰汽车零部件股份有限公司\n2025年度环境、社会及公司治理（ESG）报告（节选）\n"
        "2026年4月22日\n\n"
        "　　报告范围涵盖公司十堰总部及襄阳、武汉经开区两个生产基地。"
        "全年实现营业收入68.7亿元，同比增长9.4%。\n",
        "esg.txt",
    )
    assert firm[68.7].region == "十堰市"


def test_a_communiques_products_named_with_their_units() -> None:
    # 产品名称（计量单位）  产量  比上年增长（%） ↵ 原煤（万吨）  5862.4  8.3: each product's unit in its
    # name, as the name column says (the table went unread); 其中：风力发电量 in its whole's unit
    by_value = described_figures(
        "甘肃省2025年国民经济和社会发展统计公报\n2026-03-18\n\n"
        "表3　2025年规模以上工业主要产品产量及其增长速度\n\n"
        "产品名称（计量单位）　　　　　　产量　　　　比上年增长（%）\n"
        "原煤（万吨）　　　　　　　　　　5862.4　　　　 8.3\n"
        "发电量（亿千瓦时）　　　　　　　2468.3　　　　 9.7\n"
        "　其中：风力发电量　　　　　　　 642.5　　　　16.8\n",
        "gansu_communique.txt",
    )
    coal = by_value[5862.4]
    assert (coal.indicator, coal.value_base, coal.period_end) == ("原煤产量", 58624000, date(2025, 12, 31))
    assert by_value[642.5].base_unit == "千瓦时"
    assert (by_value[16.8].measure, by_value[8.3].measure) == ("yoy_growth_pct", "yoy_growth_pct")


def test_a_weekly_briefs_table_of_the_week_and_the_year_so_far() -> None:
    # 指标 | 单位 | 本周 | 同比(%) | 年累计 | 累计同比(%): the week's levels and growths, and the year's up to
    # the week's end (the table went unread)
    by_value = described_figures(
        "襄阳市新能源汽车产业运行周报（第12周）\n监测周期：2026年3月16日—3月22日\n\n"
        "表1　全市新能源汽车产业核心指标（第12周）\n"
        "指标                  | 单位 | 本周  | 同比(%) | 年累计 | 累计同比(%)\n"
        "新能源汽车产量        | 辆   | 4862  | 23.5    | 53126  | 27.4\n",
        "xiangyang_weekly.txt",
    )
    week, year = by_value[4862], by_value[53126]
    assert (week.period_start, week.period_end) == (date(2026, 3, 16), date(2026, 3, 22))
    assert (year.period_start, year.period_end) == (date(2026, 1, 1), date(2026, 3, 22))
    assert (by_value[27.4].measure, by_value[27.4].period_end) == ("yoy_growth_pct", date(2026, 3, 22))


def test_two_parks_are_no_district() -> None:
    # 双园区累计招商投资金额…: the two parks', the county's (not a district named 双园区); 梁园区 is one
    by_value = described_figures(
        "嘉义县产业园区招商成果\n2026-01-16\n\n　　截至2025年底，双园区累计招商投资金额已突破2150亿元。"
        "梁园区规上工业增加值增长5%。\n",
        "chiayi_parks.txt",
    )
    assert by_value[2150].region == "嘉义县"
    assert by_value[5].region == "梁园区"


def test_a_county_bulletins_box_tables_with_signed_growths() -> None:
    # │指标名称│计量单位│10月│1-10月│10月同比│1-10月同比│ ↵ │ │ │ │ │ ±% │ ±% │: the growths' % on a
    # ruled line below; 乡镇 | 总产值(万元) | 同比±% | 占全县比重(%): a town's output and growth
    by_value = described_figures(
        "远安统计月报\n2025年第10期\n远安县统计局编印　　2025年11月18日\n\n表1　规模以上工业主要指标\n"
        "┌────────┬────┬────┬────┬────┬────┐\n"
        "│  指　标　名　称  │计量单位│  10月   │ 1-10月   │10月同比 │1-10月同比│\n"
        "│                │        │         │          │ ±%     │ ±%      │\n"
        "├────────┼────┼────┼────┼────┼────┤\n"
        "│规模以上工业总产值│ 万元   │ 268,415 │2,436,872 │   9.6   │   7.8    │\n"
        "└────────┴────┴────┴────┴────┴────┘\n\n"
        "表2　分乡镇规模以上工业总产值（1-10月）\n"
        "┌─────┬──────┬─────┬──────┐\n"
        "│ 乡　镇   │ 总产值(万元)│ 同比±%   │占全县比重(%) │\n"
        "├─────┼──────┼─────┼──────┤\n"
        "│ 花林寺镇 │    412,870 │  16.2    │     16.9     │\n",
        "yuan_an.txt",
    )
    month = by_value[9.6]
    assert (month.measure, month.period_start, month.period_end) == (
        "yoy_growth_pct",
        date(2025, 10, 1),
        date(2025, 10, 31),
    )
    assert by_value[7.8].period_start == date(2025, 1, 1)
    town = by_value[16.2]
    assert (town.region, town.measure, town.period_end) == ("花林寺镇", "yoy_growth_pct", date(2025, 10, 31))


def test_changes_listed_after_respectively_are_changes_of_their_own_levels() -> None:
    # 同比分别减少4起、3人: each a change of the level told in its unit, not a level of 3 deaths
    found = figures(
        "2025年，全市工贸行业共发生生产安全事故9起、死亡10人，同比分别减少4起、3人。",
        region="萍乡市",
        ref=date(2026, 1, 10),
    )
    by_value = {f.value: f for f in found}
    assert (by_value[-4].measure, by_value[-3].measure) == ("amount", "amount")
    assert "事故" in by_value[-4].indicator and "死亡" in by_value[-3].indicator
    assert by_value[-4].indicator != by_value[9].indicator  # (a change is no second level)
    assert 3 not in by_value and 4 not in by_value


def test_changes_follow_the_run_of_levels_in_their_units_not_a_sum() -> None:
    # 智能工厂38家、数字化车间146个，合计184个，较上年度分别增加6家、21个: 家 to the factories
    found = figures(
        "2025年度共认定智能工厂38家、数字化车间146个，合计184个，较上年度分别增加6家、21个，"
        "分别增长18.8%、16.8%。",
        region="江西省",
        ref=date(2026, 2, 1),
    )
    by_value = {f.value: f for f in found}
    assert by_value[6].indicator.startswith("智能工厂")
    assert by_value[21].indicator.startswith("数字化车间")
    assert "（" not in by_value[18.8].indicator  # (the growths are of the levels, not of the changes)


def test_output_said_with_the_verb_sheng_chan_is_the_output_told_before() -> None:
    # 1—10月累计生产426.74万吨: the ten metals' output to date; 工业生产 stays a name
    found = figures(
        "10月份，全省十种有色金属产量43.21万吨，同比增长3.6%；1—10月累计生产426.74万吨，同比增长4.1%。"
        "全省工业生产较上年同期增加9.86%。",
        region="甘肃省",
        ref=date(2026, 11, 18),
    )
    by_value = {f.value: f for f in found}
    assert "十种有色金属" in by_value[426.74].indicator
    assert by_value[426.74].period_start == date(2026, 1, 1)
    assert "工业生产" in by_value[9.86].indicator


def test_a_bulletin_printed_jointly_dates_itself_on_its_printing_line() -> None:
    # 甘肃省有色金属行业协会　　联合编印　　2026年11月18日: the issue's date, so 10月 is 2026's
    by_value = described_figures(
        "甘肃省有色金属工业运行月报\n2026年第10期（总第130期）\n\n甘肃省工业和信息化厅原材料工业处\n"
        "甘肃省有色金属行业协会　　　　联合编印　　　　2026年11月18日\n\n"
        "　　10月份，全省十种有色金属产量43.21万吨，同比增长3.6%。\n",
        "gansu_metals.txt",
    )
    output = by_value[43.21]
    assert (output.period_start, output.period_end) == (date(2026, 10, 1), date(2026, 10, 31))


def test_a_guest_invited_by_office_speaks_for_the_county_not_a_verb_before_it() -> None:
    # 邀请清河县委书记赵立新做客: the guest speaks for 清河县, not for 请清河县
    by_value = described_figures(
        "【访谈实录】清河县委书记赵立新：羊绒老字号要织出新花样\n发布时间：2026-01-18 21:40\n\n"
        "　　编者按：1月18日晚，栏目邀请清河县委书记赵立新做客演播室。\n\n"
        "主持人：赵书记，欢迎您！\n\n"
        "赵立新：去年我们羊绒产业全产业链产值两百一十多亿，比前年增长了百分之九点三。"
        "总投资一百零六亿。网上销售额一百三十来个亿。\n",
        "qinghe_interview.txt",
    )
    money = by_value[210]
    assert (money.region, money.value_base, money.qualifier) == ("清河县", 21_000_000_000, "at_least")
    assert "羊绒产业" in by_value[9.3].indicator  # (比前年: the base, no name)
    assert by_value[106].value_base == 10_600_000_000
    assert (by_value[130].value_base, by_value[130].qualifier) == (13_000_000_000, "approx")


def test_projects_of_a_hundred_million_are_counted_not_money() -> None:
    # 十二个亿元以上制造业项目: twelve projects, not 12亿; 三个亿 alone would be money
    found = figures("今年新引进十二个亿元以上制造业项目。", region="芜湖市", ref=date(2025, 10, 24))
    assert [(f.value, f.unit) for f in found] == [(12, "个")]


def test_columns_that_name_no_unit_are_passed_over_where_the_line_below_gives_the_others() -> None:
    # | 县    区 | A类 | … | 亩均税收 ↵ |  |  | … | （万元/亩）|: the units below, the classes unread
    by_value = described_figures(
        "池州市经济和信息化局\n2026年5月12日\n\n表1　2025年度各县区工业企业亩均效益分类评价结果\n\n"
        "┌────────────┬──────┬──────┬────────────┬────────────┐\n"
        "│  县    区  │ A类  │ B类  │  亩均税收  │ 亩均增加值 │\n"
        "│            │      │      │ （万元/亩）│ （万元/亩）│\n"
        "├────────────┼──────┼──────┼────────────┼────────────┤\n"
        "│ 贵池区     │  28  │  96  │    14.2    │    71.3    │\n"
        "├────────────┼──────┼──────┼────────────┼────────────┤\n"
        "│ 东至县     │  31  │  88  │    16.8    │    83.6    │\n"
        "└────────────┴──────┴──────┴────────────┴────────────┘\n",
        "chizhou_mu.txt",
    )
    tax = by_value[14.2]
    assert (tax.region, tax.value_base, tax.period_end) == ("贵池区", 142_000, date(2025, 12, 31))
    assert "亩均增加值" in by_value[83.6].indicator
    assert 28 not in by_value and 96 not in by_value


def test_the_city_a_county_lies_in_is_a_column_of_words() -> None:
    # | 排名 | 县（市） | 所属市州 | 规上工业总产值（亿元） | 同比增长（%） |: the counties' figures
    by_value = described_figures(
        "湖南省统计局\n2025年3月1日\n\n表1　2024年全省县域规上工业总产值前十位\n\n"
        "| 排名 | 县（市） | 所属市州 | 规上工业总产值（亿元） | 同比增长（%） |\n|---|---|---|---|---|\n"
        "| 1 | 长沙县 | 长沙市 | 2716.8 | 6.4 |\n| 2 | 浏阳市 | 长沙市 | 1865.3 | 8.1 |\n",
        "hunan_counties.txt",
    )
    output = by_value[2716.8]
    assert (output.region, round(output.value_base), output.measure) == ("长沙县", 271_680_000_000, "amount")
    assert (by_value[8.1].region, by_value[8.1].measure) == ("浏阳市", "yoy_growth_pct")


def test_a_gap_to_the_province_column_is_not_read_as_a_change() -> None:
    # 位次  县（市、区）  所属设区市  增速（%）  比全省高（百分点）: a gap to a benchmark, which the
    # column cannot say as one, is no change over time either (so no figure at all)
    by_value = described_figures(
        "江西省统计局\n2025年10月20日\n\n表　2025年前三季度规上工业增加值增速前十位县（市、区）\n"
        "位次\t县（市、区）\t所属设区市\t增速（%）\t比全省高（百分点）\n"
        "1\t丰城市\t宜春市\t18.6\t11.2\n2\t龙南市\t赣州市\t17.3\t9.9\n",
        "jiangxi_top.txt",
    )
    assert 11.2 not in by_value and 9.9 not in by_value


def test_a_project_heading_names_the_place_it_settles_in() -> None:
    # 8．沙田柚精深加工项目（落户容县）: 容县's project, not a place named 落户容县
    by_value = described_figures(
        "玉林市人民政府\n2026年3月26日\n\n　　8．沙田柚精深加工项目（落户容县）\n　　总投资3.2亿元。\n\n"
        "　　9．新能源电池正极材料一体化项目（落户北流市）\n　　总投资45.5亿元。\n",
        "yulin_signing.txt",
    )
    assert by_value[3.2].region == "容县"
    assert by_value[45.5].region == "北流市"


def test_a_hong_kong_year_of_account_in_chinese_numerals_runs_april_to_march() -> None:
    # 在二○二五至二六財政年度，計劃共批出58個項目: the year of account, 2025-04-01 to 2026-03-31
    by_value = described_figures(
        "香港特别行政区政府新闻公报\n2026年4月16日\n\n"
        "　　在二○二五至二六財政年度，計劃共批出58個項目，資助額約1.63億元。"
        "二○二五至二六財政年度受訓人數為4260人，按年上升12.5%。\n",
        "hk_funding.txt",
    )
    for value in (58, 1.63, 4260, 12.5):
        assert (by_value[value].period_start, by_value[value].period_end) == (
            date(2025, 4, 1),
            date(2026, 3, 31),
        )
    assert by_value[4260].indicator == "受训人数"  # (the year of account is no part of its name)


def test_a_morning_briefing_is_named_and_dated_over_its_first_section() -> None:
    # 包头市经济运行晨报 ↵ …中心　编　　2025年12月2日（星期二） ↵ 【今日关注】: the bulletin's name and
    # day, not the section's label; （来源：市统计局；数据截至10月）: the source alone
    text = (
        "包头市经济运行晨报\n2025年第226期（总第1043期）\n\n"
        "包头市经济运行监测调度中心　编　　　　　　2025年12月2日（星期二）\n\n"
        "━━━━━━━━━━━━━━\n【今日关注】\n◆ 11月全国制造业PMI为49.4%，环比↑0.4个百分点。\n"
        "━━━━━━━━━━━━━━\n\n一、工业生产（来源：市统计局；数据截至10月）\n\n"
        "· 当月：10月份，全市规上工业增加值同比增长9.1%。\n"
    )
    cleaned = normalize(text).text
    described = describe_document(cleaned, "baotou_brief.txt")
    assert (described.title, described.reference_date, described.issuer) == (
        "包头市经济运行晨报",
        date(2025, 12, 2),
        "市统计局",
    )
    by_value = {f.value: f for f in extract_figures(cleaned, described)}
    assert by_value[49.4].indicator == "制造业采购经理指数（PMI）"
    assert (by_value[49.4].period_start, by_value[9.1].period_start) == (date(2025, 11, 1), date(2025, 10, 1))


def test_a_spoken_range_of_two_neighbouring_digits_is_a_range() -> None:
    # 四十五六个亿, 一千二三百亩, 三四个百分点: each end the numeral with the other digit left out
    by_value = {
        f.value: f
        for f in figures(
            "去年产值四十五六个亿。盘活闲置低效工业用地一千二三百亩。工业增加值增速比全省高出三四个百分点。",
            region="清河县",
        )
    }
    assert (by_value[45].value_max, by_value[45].value_base_max) == (46, 4.6e9)
    assert (by_value[1200].value_max, by_value[1200].unit) == (1300, "亩")
    assert by_value[3].value_max == 4
    assert not {f.value for f in figures("增长三五个百分点。", region="清河县")}  # (三五: no neighbours)


def test_a_zone_named_after_a_city_that_opens_on_a_scope_word_is_a_zone() -> None:
    # 本溪高新技术产业开发区管理委员会 atop its own bulletin: 本溪 is a city, not 本 (this) of 本区
    by_value = described_figures(
        "本溪高新技术产业开发区管理委员会\n首页 ｜ 园区概况 ｜ 政务公开\n\n"
        "2025年本溪高新区生物医药产业发展统计公报\n\n"
        "发布日期：2026-03-20　　信息来源：高新区经济发展局\n\n"
        "　　全年园区生物医药产业实现营业收入386.4亿元，比上年增长9.7%。"
        "截至2025年末，园区企业在研药物临床试验73项；全年新获药物临床试验默示许可26项，比上年增加8项。\n",
        "benxi_bio.txt",
    )
    assert by_value[386.4].region == "本溪高新技术产业开发区"
    assert by_value[26].indicator.endswith("默示许可")  # (可 of 许可 is no "may")
    assert by_value[8].indicator.startswith("新获药物临床试验默示许可")  # (the flow told last, not the stock)


def test_a_daily_report_dates_its_figures_on_the_day_it_reports() -> None:
    # 现将2月26日（正月初十）有关情况通报如下, out on 26 February: that day's, not last year's
    by_value = described_figures(
        "清河县人民政府\n\n全县工业企业节后复工复产工作日报（第5期）\n\n发布时间：2026-02-26 19:08\n\n"
        "　　编者按：…现将2月26日（正月初十）有关情况通报如下。\n\n"
        "　　截至2月26日17时，全县规上工业企业中已复工287家，复工率92.0%。\n\n"
        "　　分产业看，羊绒及纺织服装规上企业复工率为94.6%。规下工业企业及个体加工户复工1863家。\n\n"
        "　　据各镇（区）摸排，目前有89家企业存在用工缺口。\n",
        "qinghe_daily.txt",
    )
    for value in (94.6, 1863):
        assert (by_value[value].period_start, by_value[value].period_end) == (
            date(2026, 2, 26),
            date(2026, 2, 26),
        )
    assert by_value[89].region == "清河县"  # (据各镇: who counted, no town)


def test_a_quarter_column_beside_the_months_to_date_is_the_quarters() -> None:
    # │ 指标 │ 单位 │ 三季度 │ 1—9月 │ 1—9月同比% │: the quarter's own level, then the months'
    by_value = described_figures(
        "红河综合保税区2025年三季度运行情况\n发布时间：2025-10-24\n\n附表 主要经济指标\n"
        "| 指标 | 单位 | 三季度 | 1—9月 | 1—9月同比% |\n"
        "| 跨境电商出口包裹 | 万单 | 512.6 | 1286.4 | 47.3 |\n",
        "honghe_bonded.txt",
    )
    assert (by_value[512.6].period_start, by_value[512.6].period_end) == (date(2025, 7, 1), date(2025, 9, 30))
    assert (by_value[1286.4].period_start, by_value[1286.4].value_base) == (date(2025, 1, 1), 12_864_000)
    assert by_value[47.3].measure == "yoy_growth_pct"


def test_a_growth_after_a_month_on_month_change_takes_that_clauses_subject() -> None:
    # 钢材价格环比上涨0.8%，同比下降4.7%: the month-on-month change is no figure, the growth is the
    # prices'
    found = figures("11月份，钢材价格环比上涨0.8%，同比下降4.7%。", region="辽宁省")
    assert [(f.indicator, f.value) for f in found] == [("钢材价格", -4.7)]


def test_a_price_table_whose_columns_name_their_month() -> None:
    # 行业 │ 11月同比 │ 11月环比 │ 1—11月: the month's growth, no month-on-month, the months' growth
    by_value = described_figures(
        "2025年11月份辽宁省工业生产者价格变动情况\n发布时间：2025-12-15\n\n表2 主要行业出厂价格涨跌幅（%）\n"
        "| 行业 | 11月同比 | 11月环比 | 1—11月 |\n| 煤炭开采和洗选业 | -9.8 | 3.6 | -15.2 |\n",
        "liaoning_ppi.txt",
    )
    assert (by_value[-9.8].period_start, by_value[-15.2].period_start) == (
        date(2025, 11, 1),
        date(2025, 1, 1),
    )
    assert 3.6 not in by_value


def test_taiwan_export_orders_words() -> None:
    # 海外生產比為47.2%: a ratio, not a comparison; 與上年同月比較則增加18.6%: the orders' growth;
    # 逾六成五: 65%; a month table under 近6個月外銷訂單金額及年增率: the orders' amount
    found = figures(
        "4月外销订单金额为658.3亿美元，较上月减少1.9%；与上年同月比较则增加18.6%。"
        "4月外销订单海外生产比为47.2%，较上年同月下降1.6个百分点。两者合计占比逾六成五。",
        region="台湾省",
    )
    by_value = {f.value: f for f in found}
    assert by_value[18.6].indicator == "外销订单金额"
    assert (by_value[47.2].measure, by_value[47.2].indicator) == ("share_pct", "外销订单海外生产比")
    assert (by_value[6.5].qualifier, by_value[6.5].value_base) == ("at_least", 65)
    table = described_figures(
        "经济部统计处发布115年4月外销订单统计\n发布日期：2026-05-20\n\n表1　近6个月外销订单金额及年增率\n\n"
        "　月　别　　　　　金额（亿美元）　　　年增率（%）\n114年11月　　　　　　676.5　　　　　　　31.8\n"
        "115年 4月　　　　　　658.3　　　　　　　18.6\n\n表2　115年4月外销订单－按主要货品分\n"
        "　　　　　　　　　　单位：亿美元；%\n　货品类别　　　　　　　　4月金额　　　较上年同月增减\n"
        "资讯通信产品　　　　　　　　238.4　　　　　 29.6\n",
        "taiwan_orders.txt",
    )
    assert table[676.5].indicator == "外销订单金额"
    assert table[29.6].measure == "yoy_growth_pct"  # (under 单位：亿美元；%, no 29.6亿美元)


def test_a_caption_of_outcomes_and_next_years_goals_dates_the_outcomes() -> None:
    # 表1 2025年1—11月…分环节运行情况及2026年目标 over 产值（亿元）: the months', not a 2026 goal
    by_value = described_figures(
        "营口市新材料产业链2025年链长制工作情况报告\n发布时间：2025-12-22 09:40\n\n"
        "表1　2025年1—11月新材料产业链分环节运行情况及2026年目标\n"
        "| 环节 | 规上企业（家） | 产值（亿元） | 同比（%） | 2026年产值目标（亿元） |\n"
        "|---|---|---|---|---|\n"
        "| 镁质耐火材料 | 61 | 226.3 | 6.8 | 270 |\n",
        "yingkou_chain.txt",
    )
    assert (by_value[226.3].status, by_value[226.3].period_end) == ("actual", date(2025, 11, 30))
    assert (by_value[270].status, by_value[270].period_end) == ("target", date(2026, 12, 31))


def test_a_growth_column_between_a_years_outcome_and_next_years_goal() -> None:
    # 指标 | 单位 | 2025年完成 | 同比增长 | 2026年目标: the outcome's growth (or change in points)
    by_value = described_figures(
        "云南滇峰实业集团2026年工作会议报告\n2026年1月22日\n\n表1　集团主要经营指标完成情况及2026年目标\n\n"
        "指标　　　　　　单位　　2025年完成　　同比增长　　　　　2026年目标\n"
        "营业收入　　　　亿元　　1286.4　　　　9.2%　　　　　　　1390\n"
        "研发投入强度　　%　　　 2.25　　　　　+0.16个百分点　　　≥2.4\n",
        "dianfeng_group.txt",
    )
    assert (by_value[9.2].measure, by_value[9.2].period_end) == ("yoy_growth_pct", date(2025, 12, 31))
    assert by_value[0.16].measure == "pp_change"
    assert (by_value[1390].status, by_value[2.4].status) == ("target", "target")


def test_a_project_table_with_a_progress_remark_in_words_stays_a_table() -> None:
    # 1　　华鑫…项目　　18.5　　主体工程完工，设备安装完成65%: a row whose last cell is prose
    cleaned = normalize(
        "部分重点项目形象进度（截至10月31日）\n\n序号　项目名称　　　　　　总投资（亿元）　形象进度\n"
        " 1 　 华鑫精密电路高多层板扩产项目　　　　18.5　　　　主体工程完工，设备安装完成65%\n"
        " 2 　 稀土永磁电机产业园二期　　　　　　　12.0　　　　厂房封顶，整体进度约70%\n"
    ).text
    rows = cleaned.split("\n")[-2:]
    assert rows[0].split()[:3] == ["1", "华鑫精密电路高多层板扩产项目", "18.5"]
    assert rows[1].split()[:3] == ["2", "稀土永磁电机产业园二期", "12.0"]


def test_a_growth_over_a_plans_end_spans_the_years_since() -> None:
    # 1—11月…较“十三五”末提高14.3个百分点: 2021 up to the months' end, the name no part of the base
    by_value = described_figures(
        "金湖县2025年工业经济回眸\n2025年12月29日\n\n"
        "　　1—11月，高新技术产业产值占规上工业总产值比重达到52.6%，较“十三五”末提高14.3个百分点。"
        "新能源产业开票销售突破120亿元，较“十三五”末增长3.2倍。\n",
        "jinhu_review.txt",
    )
    assert (by_value[14.3].period_start, by_value[14.3].period_end) == (date(2021, 1, 1), date(2025, 11, 30))
    assert by_value[3.2].indicator == by_value[120].indicator  # (no 较末 of a blanked plan)


def test_a_report_on_the_years_county_fund_names_the_county_not_its_year() -> None:
    # 关于2025年度县工业发展专项资金使用情况的报告 … 上高县第十八届人民代表大会: 度县 is the year's word
    described = describe_document(
        normalize(
            "上高县人民代表大会常务委员会公报　　2026年第2期\n\n"
            "关于2025年度县工业发展专项资金使用情况的报告\n\n"
            "——2026年4月24日在上高县第十八届人民代表大会常务委员会第三十一次会议上\n\n"
            "　　受县人民政府委托，现将2025年度县工业发展专项资金使用情况报告如下。全县…\n"
        ).text,
        "shanggao_fund.txt",
    )
    assert described.region == "上高县"


def test_a_unit_line_of_two_units_gives_the_columns_without_one_the_other() -> None:
    # 资金类别  预算安排  实际拨付  带动投资（亿元） under 单位：万元、亿元: the funds in 万元
    by_value = described_figures(
        "上高县工业和信息化局\n2026年4月24日\n\n　　表1　2025年度县工业发展专项资金分类使用情况\n"
        "　　　　　　　　　　单位：万元、亿元\n\n"
        "　　资金类别　　　　　　　预算安排　　实际拨付　　带动投资（亿元）\n"
        "　　技术改造奖补　　　　　　4800　　　　4526　　　　18.7\n",
        "shanggao_table.txt",
    )
    assert (by_value[4800].value_base, by_value[4526].value_base, by_value[18.7].value_base) == (
        48_000_000,
        45_260_000,
        1_870_000_000,
    )


def test_a_hong_kong_index_release_reads_its_base_and_provisional_marks() -> None:
    # （以2021年为100）: the index's base, not the period of the growth after it; 第三季#: a provisional
    # quarter; 录得6.5%的显著升幅: a growth, whatever 指数 says
    by_value = described_figures(
        "2025年第三季工业生产指数\n\n2025年12月12日（星期五）\n\n"
        "政府统计处今日发表的数字显示，2025年第三季本地制造业整体生产指数为102.6（以2021年为100），"
        "较2024年同期上升2.1%。电脑、电子及光学产品业的生产指数录得6.5%的显著升幅；纺织及成衣业录得5.6%的跌幅。\n\n"
        "表2按主要行业划分的本地制造业生产指数按年变动百分率(%)\n\n行业  2025年第三季#  2025年首三季#\n"
        "机械及设备  -1.3  0.4\n",
        "hk_ipi.txt",
    )
    assert (by_value[2.1].period_start, by_value[2.1].period_end) == (date(2025, 7, 1), date(2025, 9, 30))
    assert (by_value[6.5].measure, by_value[-5.6].measure) == ("yoy_growth_pct", "yoy_growth_pct")
    assert (by_value[-1.3].period_start, by_value[0.4].period_start) == (date(2025, 7, 1), date(2025, 1, 1))
    assert by_value[0.4].indicator == "机械及设备生产指数"  # (the part's own index, as the caption names it)


def test_a_rankings_place_and_score_is_no_indicator() -> None:
    # 第一名　随州高新区　93.6分: no figure named 第一名随州高新区
    assert not figures(
        "一季度招商引资考核结果如下。第一名　随州高新区　93.6分。第二名　曾都区　　　91.2分。",
        region="随州市",
    )


def test_a_preposition_or_a_verb_of_means_opens_no_place() -> None:
    # 以夏邑县产业集聚区…为主平台, 依托县职业技术教育中心: 夏邑县's, not 以夏邑县's or 依托县's
    found = figures(
        "以夏邑县产业集聚区纺织服装产业园为主平台，新建标准化厂房60万平方米。"
        "依托县职业技术教育中心开设纺织服装专业，每年培训产业工人5000人次以上。",
        region="夏邑县",
    )
    assert {f.region for f in found} == {"夏邑县"}


def test_a_project_list_takes_each_columns_unit_from_the_line_above() -> None:
    # （单位：总投资、预计年产值为亿元，预计年税收为万元） over 项目名称 | 投资方 | …: each column's unit by
    # its name, the investor a column of words; 1.5亿 under 万元 says its own multiple, 约3000 is approximate
    by_value = described_figures(
        "浠水县2026年（深圳）产业招商推介会签约项目清单\n\n发布日期：2026-05-21\n\n"
        "（单位：总投资、预计年产值为亿元，预计年税收为万元）\n\n"
        "序号\t项目名称\t投资方\t总投资\t预计年产值\t预计年税收\n"
        "1\t储能电池Pack及系统集成项目\t深圳市华储新能源科技有限公司\t25\t60\t1.5亿\n"
        "2\t医疗器械产业园项目\t深圳市康宁医疗器械有限公司\t6.8\t12\t约3000\n",
        "projects.txt",
    )
    assert (by_value[25].value_base, by_value[60].value_base) == (2_500_000_000, 6_000_000_000)
    assert by_value[15000].value_base == 150_000_000
    assert (by_value[3000].value_base, by_value[3000].qualifier) == (30_000_000, "approx")
    assert by_value[60].indicator == "储能电池Pack及系统集成项目预计年产值"


def test_a_weight_in_brackets_is_the_indicators_share_of_a_score() -> None:
    # 1.规模以上制造业增加值增速（权重15%）: the weight an evaluation gives it, not its growth
    found = figures("各项指标权重如下：1.规模以上制造业增加值增速（权重15%）；2.制造业投资增速（权重10%）。")
    assert {(f.measure, f.indicator) for f in found} == {
        ("share_pct", "规模以上制造业增加值增速权重"),
        ("share_pct", "制造业投资增速权重"),
    }


def test_a_years_rank_column_dates_its_ranks() -> None:
    # | 单位 | 综合得分 | 2025年度排名 | 2024年度排名 |: each year's rank, of the year named
    found = figures(
        "2025年度县市区制造业高质量发展综合评价结果\n\n"
        "| 单位 | 综合得分 | 2025年度排名 | 2024年度排名 |\n|---|---|---|---|\n| 耒阳市 | 92.36 | 1 | 2 |\n",
        region="衡阳市",
        ref=date(2026, 3, 1),
    )
    ranks = {f.value: f.period_end for f in found if f.measure == "rank"}
    assert ranks == {1: date(2025, 12, 31), 2: date(2024, 12, 31)}


def test_a_months_sum_column_takes_the_name_its_caption_gives_in_full() -> None:
    # 累计用电量（亿千瓦时） under 2025年1-11月各区县全社会用电量: the districts' 全社会用电量
    by_value = described_figures(
        "泸州电力消费月报（2025年第11期）\n\n发布时间：2025-12-10\n\n"
        "表2　2025年1-11月各区县全社会用电量\n区　县　　　累计用电量（亿千瓦时）　　同比增长（%）\n"
        "江阳区　　　　24.16　　　　　　　　　　6.2\n",
        "power.txt",
    )
    assert (by_value[24.16].indicator, by_value[6.2].indicator) == ("全社会用电量", "全社会用电量")


def test_a_rankings_caption_of_the_first_few_names_the_score() -> None:
    # 综合得分 under 2025年度全省数字经济发展指数排名前五位城市: that index's score
    by_value = described_figures(
        "辽宁省数字经济发展报告（2025年度）发布\n\n发布时间：2026-02-10\n\n"
        "表　2025年度全省数字经济发展指数排名前五位城市\n\n排名　　城市　　　综合得分　　　类型\n"
        " 1 　　沈阳市　　 86.42　　　引领型\n 2 　　大连市　　 83.17　　　引领型\n",
        "digital.txt",
    )
    assert by_value[86.42].indicator == "数字经济发展指数综合得分"


def test_a_firms_social_responsibility_report_stands_where_its_headquarters_are() -> None:
    # 2025年度社会责任（ESG）报告 under the firm's name, 总部位于四川省德阳市: 德阳市's figures
    # (国务院国资委 in its sources named the country's)
    by_value = described_figures(
        "四川旌湖重型装备集团有限公司\n2025年度社会责任（ESG）报告\n\n发布日期：2026年4月24日\n\n"
        "编制依据：国务院国资委《关于新时代中央企业高标准履行社会责任的指导意见》。\n\n"
        "旌湖重装是四川省属国有重点骨干企业，总部位于四川省德阳市。\n\n"
        "2025年，集团全年实现营业收入221.5亿元，同比增长8.7%。",
        "esg.txt",
    )
    assert by_value[221.5].region == "德阳市"


def test_a_ruled_row_of_empty_cells_is_no_header() -> None:
    # |  |: a Markdown row with nothing in it (it raised IndexError, and the document was refused)
    by_value = described_figures(
        "信丰县重点工业企业生产调度情况通报\n\n|  |\n| 指标 | 单位 | 2025年 | 2024年 |\n"
        "| 规上工业总产值 | 亿元 | 628.6 | 580.2 |\n",
        "empty_row.txt",
    )
    assert by_value[628.6].value_base == 62_860_000_000


def test_a_weekly_dispatchs_firm_table_dates_its_week_and_year_to_date_columns() -> None:
    # 本周产值 | 本年累计产值 | 累计同比增长 in a weekly brief on 11月17日—11月23日: the week, and the year
    # up to its end (not the caption's year, 2025年第47周); 合计 | — | — spans the 序号 and the name
    by_value = described_figures(
        "信丰县工业和信息化局关于2025年第47周全县重点工业企业生产调度情况的通报\n\n"
        "　　本周（11月17日—11月23日），30家重点调度企业共实现产值4.12亿元。\n\n"
        "表1　2025年第47周重点工业企业（产值前10位）生产情况\n单位：万元，%\n\n"
        "序号 | 企业名称 | 行业 | 本周产值 | 本年累计产值 | 累计同比增长\n"
        "1 | 信丰恒博电路科技有限公司 | 电子信息 | 6286 | 258437 | 12.6\n"
        "合计 | — | — | 25938 | 1072890 | 13.7\n\n"
        "信丰县工业和信息化局\n2025年11月25日\n",
        "weekly.txt",
    )
    week = (date(2025, 11, 17), date(2025, 11, 23))
    year_to_date = (date(2025, 1, 1), date(2025, 11, 23))
    assert (by_value[6286].period_start, by_value[6286].period_end) == week
    assert (by_value[258437].period_start, by_value[258437].period_end) == year_to_date
    assert (by_value[12.6].period_start, by_value[12.6].period_end) == year_to_date
    assert (by_value[25938].value_base, by_value[13.7].measure) == (259_380_000, "yoy_growth_pct")


def test_units_on_the_headers_second_line_belong_to_its_last_columns() -> None:
    # 排名  设区市  综合得分  工业项目审批平均用时 ↵ （分）  （个工作日）: the rank and the place have no
    # unit below them; the units go to the columns they stand under, from the last
    by_value = described_figures(
        "2025年度宁夏产业发展环境评价报告\n\n发布时间：2026-03-10\n\n"
        "表4-1　2025年度各市产业发展环境评价结果\n\n"
        "排名  设区市      综合得分   工业项目审批平均用时\n                  （分）     （个工作日）\n"
        "----  --------   --------   --------------------\n 1    银川市      92.35          21.5\n",
        "environment.txt",
    )
    assert (by_value[92.35].region, by_value[92.35].unit) == ("银川市", "分")
    assert (by_value[21.5].indicator, by_value[21.5].unit) == ("工业项目审批平均用时", "个工作日")


def test_a_count_column_under_a_caption_of_how_projects_went_counts_those_projects() -> None:
    # 项目数（个） under 2025年1—9月各市（基地）重大项目推进情况: the cities' 重大项目, not a bare 项目数
    by_value = described_figures(
        "宁夏前三季度重大项目建设情况\n\n发布时间：2025-10-20\n\n"
        "表2　2025年1—9月各市（基地）重大项目推进情况\n\n"
        "地　区　　　项目数　　完成投资\n　　　　　　（个）　　（亿元）\n银川市　　　　176　　　296.4\n",
        "projects_by_city.txt",
    )
    assert (by_value[176].region, by_value[176].indicator) == ("银川市", "重大项目")


def test_a_town_the_clause_is_at_is_named_without_the_preposition() -> None:
    # 在大柳镇，家具产业园规划面积5.2平方公里: 大柳镇's, no town called 在大柳镇
    found = figures("在大柳镇，家具产业园规划面积5.2平方公里，目前已入驻企业136家。", region="宁津县")
    assert {f.region for f in found} == {"大柳镇"}


def test_a_towns_table_whose_name_column_lists_a_zone_in_brackets_is_read() -> None:
    # 序号 乡镇（区）  产值目标  产值完成  完成率  新增入规企业 under 单位：亿元，%，家 (序号 and the name
    # column a single space apart): each town's goal, outcome, rate and count
    by_value = described_figures(
        "清河县工业和信息化局关于2025年度各乡镇（区）工业经济目标任务完成情况的通报\n\n"
        "表1　2025年各乡镇（区）规上工业产值目标及完成情况\n\n单位：亿元，%，家\n\n"
        "序号　乡镇（区）　　　产值目标　　产值完成　　完成率　　新增入规企业\n"
        "１　　清河经济开发区　142.00　　　151.36　　　106.6　　　15\n"
        "２　　葛仙庄镇　　　　 48.00　　　 50.12　　　104.4　　　 5\n",
        "towns.txt",
    )
    assert (by_value[48].region, by_value[48].status, by_value[48].value_base) == (
        "葛仙庄镇",
        "target",
        4_800_000_000,
    )
    assert (by_value[104.4].measure, by_value[5].unit) == ("share_pct", "家")


def test_a_taiwan_release_that_sees_two_months_together_reports_the_month() -> None:
    # 合併1-2月觀察 in a release on 2月: the two months seen together in passing; the month's index
    # and growth stay the month's; 基期：110年=100 keeps its 100 (no year 2011)
    text = (
        "115年2月工業生產指數年增9.36%\n\n發布日期：115-03-23\n\n"
        "◎ 春節落點不同，合併1-2月觀察，工業生產及製造業生產均為近15年同期最大增幅。\n\n"
        "　　製造業生產指數為119.85，年增9.72%。\n\n基期：110年=100　　　　年增率單位：%\n"
    )
    assert "2021年=100" in normalize(text).text
    by_value = described_figures(text, "taiwan_ipi.txt")
    assert (by_value[119.85].period_start, by_value[9.72].period_start) == (
        date(2026, 2, 1),
        date(2026, 2, 1),
    )


def test_a_page_that_names_its_province_only_as_the_sites_host_is_that_provinces() -> None:
    # 2025年10月全省原材料工业运行情况 on a department's page, the province named only in the
    # footer (主办单位：甘肃省工业和信息化厅　　网站标识码…　　陇ICP备…): the footer goes as chrome, its
    # host stays, and 全省 is 甘肃省 (else no figure is kept: an unnamed province is no one's)
    text = (
        "2025年10月全省原材料工业运行情况\n\n发布时间：2025-11-21 09:45　　来源：原材料工业处\n\n"
        "　　1-10月，全省规模以上原材料工业增加值同比增长3.2%。\n\n"
        "主办单位：甘肃省工业和信息化厅　　网站标识码：6200000027　　陇ICP备05001234号\n"
    )
    cleaned = normalize(text).text
    assert "主办单位：甘肃省工业和信息化厅" in cleaned and "ICP" not in cleaned
    assert {f.region for f in described_figures(text, "bulletin.txt").values()} == {"甘肃省"}


def test_a_table_of_years_with_the_quarters_said_below_them_dates_each_quarter() -> None:
    # 行業主類  2025年  2025年  2026年 ↵ 第三季  第四季  第一季, under …工業生產指數的按年變動百分率:
    # each column a quarter (no year's growth, no goal for 2026), each row the industry's index;
    # +0.7 -1.2 are two signed cells, no range 0.7-1.2
    text = (
        "新聞公報\n\n二○二六年第二季工業生產指數\n\n　　政府統計處今日（九月十一日）發表的數字顯示，"
        "二○二六年第二季本地製造業的整體工業生產指數上升1.6%。\n\n"
        "表1：按行業主類劃分的製造業工業生產指數的按年變動百分率（%）\n\n"
        "行業主類                      2025年     2025年     2026年\n"
        "                              第三季     第四季     第一季\n"
        "化學、橡膠及塑膠製品            +0.7       -1.2       +0.4\n"
        "所有製造業                      +0.5       +1.1       +0.8\n"
    )
    by_value = described_figures(text, "hk_ipi.txt")
    assert (by_value[-1.2].period_start, by_value[-1.2].period_end) == (date(2025, 10, 1), date(2025, 12, 31))
    assert (by_value[0.4].status, by_value[0.4].period_end) == ("actual", date(2026, 3, 31))
    assert by_value[0.7].measure == "yoy_growth_pct"
    assert by_value[0.5].indicator.endswith("工业生产指数")


def test_a_rise_recorded_as_a_growth_over_the_year_is_a_growth() -> None:
    # 電腦、電子及光學產品業的工業生產指數錄得5.4%的按年升幅: a growth (not a share of 5.4%)
    found = figures("电脑、电子及光学产品业的工业生产指数录得5.4%的按年升幅。", region="香港特别行政区")
    assert [(f.measure, f.value) for f in found] == [("yoy_growth_pct", 5.4)]


def test_the_corresponding_growth_of_the_quarter_before_is_the_same_indexs() -> None:
    # …整體工業生產指數上升1.6%。二○二六年第一季的相應按年升幅為0.8%: the index's growth again
    found = figures(
        "2026年第二季本地制造业的整体工业生产指数上升1.6%。2026年第一季的相应按年升幅为0.8%。",
        region="香港特别行政区",
        ref=date(2026, 9, 11),
    )
    earlier = next(f for f in found if f.value == 0.8)
    assert "工业生产指数" in earlier.indicator and earlier.period_end == date(2026, 3, 31)


def test_the_second_of_two_tables_named_together_is_no_figure() -> None:
    # 表1及表2分別列出…的按年變動百分率: the tables' numbers, no count of 2
    found = figures("表1及表2分别列出按行业主类划分的工业生产指数的按年变动百分率。", region="香港特别行政区")
    assert found == []


def test_an_exchange_reports_summary_under_its_firms_code_is_the_firms_city() -> None:
    # 公司代码：688721　公司简称：铭科电驱 ↵ …2026年半年度报告摘要, 注册地址：江苏省常州市…: the
    # listed firm's, in the city it stands in (not the country's, for the 我国 it says of its market)
    text = (
        "公司代码：688721　　　　　　公司简称：铭科电驱\n\n"
        "常州铭科电驱技术股份有限公司\n2026年半年度报告摘要\n\n"
        "注册地址：江苏省常州市武进国家高新技术产业开发区\n\n"
        "2026年上半年我国新能源汽车销量752.3万辆。报告期内，公司实现营业收入38.62亿元，同比增长21.7%。"
        "上述三项主营业务毛利率分别为17.2%、26.5%、21.3%。\n"
    )
    by_value = described_figures(text, "summary.txt")
    assert by_value[21.7].region == "常州市"
    assert 3 not in by_value  # (上述三项: the items counted where they were told)


def test_a_table_of_grades_counts_the_zones_in_each() -> None:
    # 等次  开发区数量（个）  占参评总数（%） under 表1 2025年度全省开发区综合考核评价等次分布: the
    # zones graded A类, and their share
    by_value = described_figures(
        "江西省人民政府办公厅关于2025年度全省开发区综合考核评价结果的通报\n\n"
        "表1  2025年度全省开发区综合考核评价等次分布\n\n"
        "等次    开发区数量（个）   占参评总数（%）\n"
        "A类          21               20.4\n"
        "B类          42               40.8\n",
        "grades.txt",
    )
    assert (by_value[21].measure, by_value[21].region) == ("amount", "江西省")
    assert by_value[42].indicator.startswith("B类") and by_value[40.8].measure == "share_pct"


def test_export_orders_by_where_they_come_from_are_the_texts_regions() -> None:
    # 接單地區  金額  年增率  占比 under 單位：億美元；%: orders from 美國, of Taiwan's export orders
    by_value = described_figures(
        "經濟部統計處\n\n115年10月外銷訂單統計\n\n發布單位：經濟部統計處\n\n"
        "表2　115年10月外銷訂單－主要接單地區\n"
        "單位：億美元；%\n接單地區　　　　金額　　年增率　　占比\n"
        "美國　　　　　　228.1　　19.7　　32.5\n日本　　　　　　 39.8　　 6.3　　 5.7\n",
        "orders.txt",
    )
    assert (by_value[228.1].region, by_value[228.1].value_base) == ("台湾省", 22_810_000_000)
    assert "美国" in by_value[19.7].indicator and by_value[19.7].measure == "yoy_growth_pct"


def test_a_range_with_its_currency_on_both_ends_is_one_range() -> None:
    # 預估11月外銷訂單金額介於690億美元至710億美元之間，較上年同月增加6.0%至9.1%
    found = figures(
        "预估2026年11月外销订单金额介于690亿美元至710亿美元之间，较上年同月增加6.0%至9.1%。",
        region="台湾省",
        ref=date(2026, 11, 20),
    )
    amounts = [f for f in found if f.measure == "amount"]
    assert [(f.value, f.value_max) for f in amounts] == [(690, 710)]
    assert next(f for f in found if f.measure == "yoy_growth_pct").indicator == amounts[0].indicator


def test_goals_a_sentence_introduces_for_a_year_ahead_are_that_years() -> None:
    # 到2027年，全市数字经济发展主要目标如下： ↵ （一）… ↵ （二）…营业收入达到2200亿元: each item's
    # figures are goals of 2027, not outcomes of the year the white paper reviews
    text = (
        "长沙市数字经济发展白皮书（2026）\n\n长沙市工业和信息化局　2026年8月\n\n四、发展目标\n\n"
        "根据《长沙市数字经济高质量发展三年行动计划（2025—2027年）》，到2027年，全市数字经济发展主要目标如下：\n\n"
        "（一）规模目标。数字经济规模力争突破8000亿元。\n\n"
        "（二）产业目标。软件和信息技术服务业营业收入达到2200亿元；规模以上数字经济核心产业企业超过2600家。\n"
    )
    by_value = described_figures(text, "white_paper.txt")
    assert {(f.status, f.period_start) for f in by_value.values()} == {("target", date(2027, 1, 1))}


def test_a_months_column_under_a_caption_naming_its_indicator_in_full_is_that_indicators() -> None:
    # 地区  当月用电量  同比增长 under 表1 2026年10月各地级市工业用电量情况: each city's 工业用电量 and its
    # growth (the month's words and the caption's scope, 各地级市, are no part of the name)
    by_value = described_figures(
        "2026年10月全区工业用电情况通报\n\n国网宁夏电力有限公司营销服务中心编    2026年11月12日\n\n"
        "表1  2026年10月各地级市工业用电量情况\n单位：亿千瓦时、%\n"
        "地区     当月用电量   同比增长\n银川市        35.82       6.9\n石嘴山市      24.16       4.7\n",
        "power.txt",
    )
    assert (by_value[35.82].indicator, by_value[35.82].region) == ("工业用电量", "银川市")
    assert by_value[6.9].indicator.startswith("工业用电量") and by_value[6.9].measure == "yoy_growth_pct"


def test_a_taiwan_table_of_industries_reads_its_quarter_its_months_and_the_rows_below_a_group_label() -> None:
    # 行業別  第3季產值  年增率  1至9月累計  年增率, a group's label (主要行業) among the rows: each
    # industry's value and growth in the quarter and in the months to date, past the label
    by_value = described_figures(
        "經濟部統計處\n\n115年第3季製造業產值年增9.38%\n\n發布日期：115年11月5日\n\n"
        "表1　115年第3季製造業產值\n單位：新臺幣億元；%\n"
        "行業別　　　　　　第3季產值　年增率　1至9月累計　年增率\n"
        "金屬機電工業　　　12,310　　1.62　　 36,150　　0.84\n"
        "主要行業\n"
        "基本金屬業　　　　 4,185　 -2.84　　 12,630　 -1.95\n",
        "taiwan_output.txt",
    )
    assert (by_value[12310].period_start, by_value[12310].value_base) == (date(2026, 7, 1), 1_231_000_000_000)
    assert (by_value[0.84].measure, by_value[0.84].period_start) == ("yoy_growth_pct", date(2026, 1, 1))
    assert by_value[-1.95].indicator.startswith("基本金属业") and by_value[-1.95].period_end == date(
        2026, 9, 30
    )


def test_an_output_the_year_is_expected_to_reach_is_an_estimate() -> None:
    # 全年製造業產值可望突破22兆元: an estimate (可望, like 有望), the word no part of the indicator;
    # 新臺幣 before a sum is its currency, no part of the indicator either
    found = figures(
        "第3季制造业产值新台币56812亿元。全年制造业产值可望突破22兆元。",
        region="台湾省",
        ref=date(2026, 11, 5),
    )
    by_value = {f.value: f for f in found}
    assert (by_value[22].status, by_value[22].indicator) == ("estimate", "制造业产值")
    assert by_value[56812].indicator == "制造业产值"


def test_an_evaluations_goals_table_with_scores_reads_each_goal_and_outcome() -> None:
    # 序号  指标名称  年度目标值  实际完成值  分值  得分 over ≥1000个 | 1126个 | 8 | 8.0: each goal (a
    # lower bound) and its outcome, the scores no figures; 每1元财政资金 is the base of a rate
    by_value = described_figures(
        "常州市财政局关于2025年度制造业转型升级专项资金绩效评价情况的报告\n\n"
        "表1　2025年度制造业转型升级专项资金绩效目标完成情况\n\n"
        "序号  指标名称                      年度目标值   实际完成值   分值   得分\n"
        "1     支持项目数量                  ≥1000个      1126个       8      8.0\n"
        "2     规上工业企业数字化改造覆盖率  85%          86.4%        8      7.5\n\n"
        "经测算，每1元财政资金平均带动技改投资66.4元。\n\n常州市财政局\n2026年6月16日\n",
        "evaluation.txt",
    )
    assert (by_value[1000].status, by_value[1000].qualifier, by_value[1126].status) == (
        "target",
        "at_least",
        "actual",
    )
    assert (by_value[86.4].measure, by_value[86.4].period_start) == ("share_pct", date(2025, 1, 1))
    assert not {8, 7.5, 1} & set(by_value)


def test_a_column_names_in_short_one_of_the_things_its_caption_lists() -> None:
    # 示范工厂（家） under 2026年度江西省智能制造示范工厂和优秀场景分设区市统计表: the 智能制造示范工厂
    # the caption lists first, not the 优秀场景 it lists last
    by_value = described_figures(
        "江西省工业和信息化厅关于公布2026年度江西省智能制造示范工厂和优秀场景名单的通知\n\n"
        "2026年度江西省智能制造示范工厂和优秀场景分设区市统计表\n\n"
        "序号　　设区市　　　示范工厂（家）　　优秀场景（个）\n1　　　南昌市　　　14　　　　　　　　32\n",
        "smart_factories.txt",
    )
    assert (by_value[14].indicator, by_value[14].region) == ("智能制造示范工厂", "南昌市")
    assert by_value[32].indicator == "优秀场景"


def test_months_from_one_to_another_each_said_with_its_month_are_the_months_to_date() -> None:
    # 今年1月至10月，经科局…批出申请68宗: January to October, not January; but 2025年1月至2月，…对全镇
    # 1342家企业开展了全面调查 says when a survey was done, and the figures after it keep their year
    found = figures(
        "今年1月至10月，经科局批出资助申请68宗，资助金额约1240万澳门元。",
        region="澳门特别行政区",
        ref=date(2026, 11, 18),
    )
    assert {(f.period_start, f.period_end) for f in found} == {(date(2026, 1, 1), date(2026, 10, 31))}
    surveyed = figures(
        "2025年1月至2月，镇经济发展办公室对全镇登记在册的1342家企业开展了全面调查。\n\n"
        "截至2024年末，全镇共有工业企业986家。规上工业企业47家。",
        region="文港镇",
        ref=date(2025, 3, 20),
    )
    assert next(f for f in surveyed if f.value == 47).period_end == date(2024, 12, 31)


def test_a_growth_in_real_terms_or_a_large_one_is_the_subjects_before() -> None:
    # 製造業增加值總額為28.6億澳門元，按年實質上升6.3%；…貨值為4,200萬澳門元，按年大增31.5%
    found = figures(
        "2025年制造业增加值总额为28.6亿澳门元，按年实质上升6.3%。输往葡语国家的货值为4200万澳门元，按年大增31.5%。",
        region="澳门特别行政区",
        ref=date(2026, 11, 18),
    )
    by_value = {f.value: f for f in found}
    assert by_value[6.3].indicator == "制造业增加值总额" and by_value[6.3].measure == "yoy_growth_pct"
    assert by_value[31.5].indicator == by_value[4200].indicator


def test_a_schemes_name_that_ends_in_plan_is_no_plan() -> None:
    # 「中小企業援助計劃」向57間製造業企業批出援助款項…。「企業升級及發展輔助計劃」自2024年推出以來，
    # 累計資助…項目39個: what the schemes did, no goal (nor a plan the paragraph goes on in)
    found = figures(
        "今年1月至10月，经科局透过「中小企业援助计划」向57间制造业企业批出援助款项共3560万澳门元。"
        "此外，「企业升级及发展辅助计划」自2024年推出以来，累计资助制造业企业购置自动化设备项目39个，"
        "资助总额逾2800万澳门元。",
        region="澳门特别行政区",
        ref=date(2026, 11, 18),
    )
    assert {f.status for f in found} == {"actual"}


def test_units_on_a_headers_second_line_stand_under_its_columns_of_numbers() -> None:
    # 序号  项目名称  总投资  上半年完成投资  形象进度 ↵ （亿元）  （亿元）: the units of the two columns of
    # numbers (the progress column, of words, takes none); each project's cost and the half-year's work
    by_value = described_figures(
        "芜湖经济技术开发区2026年上半年工作总结\n\n2026年7月10日\n\n表1　2026年上半年重点工业项目推进情况\n\n"
        "序号　项目名称                          总投资　　上半年完成投资　　形象进度\n"
        "                                       （亿元）　　（亿元）\n"
        " 1　新能源汽车零部件产业园二期项目          85.0　　　　12.6　　　　主体厂房封顶，设备陆续进场\n"
        " 2　年产20GWh储能电池项目                  60.0　　　　 9.8　　　　一期产线设备调试，计划9月试产\n",
        "zone_half_year.txt",
    )
    assert (by_value[85].value_base, by_value[85].indicator) == (
        8_500_000_000,
        "新能源汽车零部件产业园二期项目总投资",
    )
    assert (by_value[9.8].period_end, by_value[9.8].value_base) == (date(2026, 6, 30), 980_000_000)
    assert 20 not in by_value  # (no figure read across the rows as prose)


def test_a_note_under_a_table_is_not_read_with_the_rows_above_it() -> None:
    # 注：第2项协议投资按1200万美元折算 under a list of signed projects: no figure whose name runs
    # from the table's first row down into the note
    by_value = described_figures(
        "射阳县招商引资工作周报\n\n射阳县投资促进局编　　　　2026年11月23日\n\n【本周签约项目一览表】\n\n"
        "序号　项目名称　　　　　　　　　　　投资方　　　　　　协议投资（亿元）　预计达产年开票（亿元）\n"
        "1　　高效光伏组件及支架制造项目　　　苏州某光能科技有限公司　　15.0　　　　　　　21.0\n"
        "2　　医用高值耗材生产项目　　　　　　香港某医疗集团（外资）　　0.86　　　　　　　1.4\n"
        "3　　数字经济产业园运营服务项目　　　杭州某数字科技有限公司　　0.65　　　　　　　—\n"
        "注：第2项协议投资按1200万美元折算；“预计达产年开票”为项目达产后预计年开票销售，由投资方申报。\n",
        "weekly_investment.txt",
    )
    assert by_value[15].indicator == "高效光伏组件及支架制造项目协议投资"
    assert all("\n" not in f.quote for f in by_value.values() if f.value == 1200)


def test_an_outlook_said_after_the_firms_expectations_is_an_estimate() -> None:
    # 依據主要廠商對產品景氣之預期，…全年製造業生產可望成長12%左右: 预期 is the firms', and the
    # year's growth is expected (可望), no goal
    found = figures(
        "依据主要厂商对产品景气之预期，预估11月制造业生产指数年增率介于8.5%至12.5%，全年制造业生产可望成长12%左右。",
        region="台湾省",
        ref=date(2026, 11, 23),
    )
    year = next(f for f in found if f.value == 12 and f.period_end == date(2026, 12, 31))
    assert year.status == "estimate"


def test_a_headline_that_opens_on_its_year_without_the_word_dates_its_evaluation() -> None:
    # 2026江西省设区市工业竞争力评价报告, 本年度评价以2025年统计数据为基础: the ranking's scores are
    # 2025's, whatever year its caption names
    by_value = described_figures(
        "2026江西省设区市工业竞争力评价报告（摘要）\n\n发布时间：2026-11-18\n\n"
        "本年度评价以2025年统计数据为基础，采用百分制计分。\n\n表1  2026年江西省设区市工业竞争力综合排名\n\n"
        "排名  设区市      综合得分\n1     南昌市      88.64\n2     赣州市      79.35\n",
        "competitiveness.txt",
    )
    assert (by_value[88.64].period_start, by_value[88.64].region) == (date(2025, 1, 1), "南昌市")


def test_a_paragraph_under_a_tables_last_row_is_read_on_its_own() -> None:
    # 工业机器人  套  1126  34.8 ↵↵ 全年全市建筑业增加值398.7亿元 (or ↵↵ 【企业培育】 全年新增…): the
    # paragraph's figure is named by its own words, not by the rows above it, which end on no stop
    by_value = described_figures(
        "洛阳市2024年国民经济和社会发展统计公报\n\n表3　2024年主要工业产品产量及其增长速度\n\n"
        "产品名称                  单位          产量          比上年增长（%）\n"
        "轴承                      万套          15840.2       12.6\n"
        "工业机器人                套            1126          34.8\n\n"
        "    全年全市建筑业增加值398.7亿元，比上年增长3.2%。\n\n"
        "序号    企业名称                          营业收入（亿元）    增速（%）\n"
        "1       浙江善能光伏科技有限公司          186.4               24.7\n\n"
        "【企业培育】 全年新增国家级专精特新“小巨人”企业4家，累计19家。\n",
        "communique.txt",
    )
    assert (by_value[398.7].indicator, by_value[3.2].indicator) == ("建筑业增加值", "建筑业增加值")
    assert by_value[4].indicator.endswith("专精特新“小巨人”企业") and "186.4" not in by_value[4].indicator


def test_a_table_of_foreign_firms_by_where_they_come_from_is_the_citys() -> None:
    # 来源地  企业数（家）  工业总产值（亿元）  同比增长（%）: the city's Korean-invested firms, their output
    # and its growth (韩国 is where they come from, no region of the text's)
    by_value = described_figures(
        "青岛市商务局关于2026年前三季度全市外资工业企业运行情况的报告\n\n发布日期：2026-10-28\n\n"
        "表1　2026年前三季度全市规模以上外资工业企业分来源地主要指标\n\n"
        "来源地　　　企业数（家）　　工业总产值（亿元）　　同比增长（%）\n"
        "韩国　　　　412　　　　　　798.6　　　　　　　　5.2\n"
        "中国香港　　183　　　　　　574.2　　　　　　　　9.6\n",
        "foreign_firms.txt",
    )
    assert (by_value[412].region, by_value[798.6].value_base) == ("青岛市", 79_860_000_000)
    assert by_value[5.2].indicator.startswith("韩国") and by_value[5.2].measure == "yoy_growth_pct"


def test_what_was_signed_at_the_event_is_of_its_day() -> None:
    # 9月15日上午，…集中开工活动…举行 ↵ … ↵ 活动现场还集中签约产业项目23个 ↵ 分县市区看，太和县开工项目16个:
    # the event's day, the signing at it and the breakdown after it
    by_value = described_figures(
        "我市举行2026年第四批重大产业项目集中开工活动\n\n发布时间：2026-09-15 18:40\n\n"
        "本报讯 9月15日上午，阜阳市2026年第四批重大产业项目集中开工活动在太和县主会场举行。\n\n"
        "本批次全市集中开工项目86个，总投资312.6亿元。\n\n活动现场还集中签约产业项目23个，签约金额156.2亿元。\n\n"
        "分县市区看，太和县开工项目16个、总投资68.9亿元。\n",
        "groundbreaking.txt",
    )
    assert {(by_value[v].period_start, by_value[v].period_end) for v in (23, 156.2, 16)} == {
        (date(2026, 9, 15), date(2026, 9, 15))
    }


def test_an_industrys_value_added_after_a_lead_sentence_naming_it_is_that_industrys() -> None:
    # 新一代信息技术产业稳步向好。产业增加值增长16.3%: the industry the lead sentence names, its value added
    found = figures(
        "新能源汽车和智能网联汽车产业增势强劲。产业增加值增长27.8%。\n\n新一代信息技术产业稳步向好。产业增加值增长16.3%。",
        region="安徽省",
        ref=date(2026, 10, 29),
    )
    by_value = {f.value: f for f in found}
    assert by_value[27.8].indicator == "新能源汽车和智能网联汽车产业增加值"
    assert by_value[16.3].indicator == "新一代信息技术产业增加值"


def test_a_taiwan_ministrys_page_naming_its_parks_cities_speaks_for_the_island() -> None:
    # 經濟部產業園區管理局 ↵ …屏東、高雄、臺中… named more than the island: the ministry's own page
    # (which, once regions.csv lists Taiwan's cities, the city named most would otherwise take)
    text = (
        "經濟部產業園區管理局\n首頁 ＞ 最新消息 ＞ 新聞稿\n\n115年10月科技產業園區貿易額48.6億美元\n\n"
        "發布日期：115-11-20\n\n屏東科技產業園區貿易額12.1億美元，屏東園區年增8.2%；高雄園區貿易額15.3億美元，"
        "高雄園區年增4.1%；臺中園區貿易額9.7億美元，臺中園區年增3.3%；屏東、高雄兩園區合計占五成。\n"
    )
    cleaned = normalize(text).text
    assert describe_document(cleaned, "parks.txt").region == "台湾省"


def test_a_taiwan_countys_own_release_is_the_countys() -> None:
    # 嘉義縣政府全球資訊網 ↵ …: the county's own figures (regions.csv lists Taiwan's counties and cities)
    by_value = described_figures(
        "嘉義縣政府全球資訊網\n首頁 ＞ 最新消息 ＞ 新聞稿\n\n馬稠後產業園區土地進駐率達98.7%\n\n"
        "發布單位：經濟發展處　　發布日期：115-02-24\n\n"
        "　　嘉義縣政府今（24）日公布馬稠後產業園區最新營運成果。"
        "縣府指出，截至115年1月底，園區產業用地進駐率已達98.7%，114年全年新增投資金額逾新臺幣86億元，"
        "成為帶動嘉義縣產業轉型與人口回流的重要引擎。\n",
        "chiayi.txt",
    )
    assert {by_value[v].region for v in (98.7, 86)} == {"嘉义县"}


def test_goals_after_a_clause_that_turns_to_this_year_are_this_years() -> None:
    # 到2028年…覆盖率达到95%以上；今年推动500家…。力争新增规上工业企业200家以上: this year's goals
    found = figures(
        "实施新一轮三年行动（2026—2028年），到2028年规上工业企业数字化转型覆盖率达到95%以上；"
        "今年推动500家规上工业企业开展智能化改造。力争新增规上工业企业200家以上，规上工业总产值突破6500亿元。",
        region="武进区",
        ref=date(2026, 1, 12),
    )
    by_value = {f.value: f for f in found}
    assert by_value[95].period_end == date(2028, 12, 31)
    assert {(by_value[v].period_start, by_value[v].period_end) for v in (200, 6500)} == {
        (date(2026, 1, 1), date(2026, 12, 31))
    }


def test_this_years_part_of_a_reported_total_is_reported() -> None:
    # 累计拥有…单项冠军企业68家，…，其中今年新增11家: a part of what stands, not a goal
    found = figures(
        "我省累计拥有国家级制造业单项冠军企业68家，居全国第9位，其中今年新增11家。",
        region="湖南省",
        ref=date(2026, 8, 26),
    )
    assert {f.value: f for f in found}[11].status == "actual"


def test_the_firms_a_sum_went_to_are_named_by_what_was_done_for_them() -> None:
    # 今年已向183家企业兑现奖补资金1.96亿元: those the money went to, not 向
    found = figures("今年已向183家企业兑现奖补资金1.96亿元。", region="湖南省", ref=date(2026, 8, 26))
    assert "奖补资金" in {f.value: f for f in found}[183].indicator


def test_a_taiwan_tables_goods_column_lists_kinds_and_its_total_is_the_captions_thing() -> None:
    # 貨品別  10月金額  年增率 … under 表1 …主要貨品外銷訂單: each good's orders, and the total's
    by_value = described_figures(
        "經濟部統計處\n\n115年10月外銷訂單統計\n\n發布日期：115-11-20\n\n"
        "表1　115年10月主要貨品外銷訂單\n　　　　單位：億美元；%\n"
        "貨品別　　　　　10月金額　　年增率　　1-10月累計　　累計年增率\n"
        "合計　　　　　　658.4　　　18.7　　　6,102.5　　　21.3\n"
        "資訊通信產品　　276.9　　　35.2　　　2,512.6　　　42.1\n"
        "電子產品　　　　215.4　　　19.8　　　1,938.7　　　24.6\n",
        "orders.txt",
    )
    assert by_value[2512.6].indicator.startswith("资讯通信产品")
    assert by_value[2512.6].period_start == date(2026, 1, 1) and by_value[42.1].measure == "yoy_growth_pct"
    assert by_value[658.4].indicator == "外销订单金额" and by_value[658.4].region == "台湾省"


def test_a_class_of_firms_under_a_bound_is_no_figure() -> None:
    # 营收不足1亿元的企业占规上新材料企业的64.5%: the bound says which firms, the share is the figure
    found = figures(
        "全省营收不足1亿元的企业占规上新材料企业的64.5%。", region="江西省", ref=date(2026, 3, 20)
    )
    assert [f.measure for f in found] == ["share_pct"]


def test_value_added_after_gross_output_is_of_the_same_firms() -> None:
    # 全县规上工业实现总产值1486.3亿元…；实现增加值312.46亿元: 规上工业增加值, not 规上工业总增加值
    found = figures(
        "1-10月，全县规上工业实现总产值1486.3亿元，同比增长7.9%；实现增加值312.46亿元，同比增长8.7%。",
        region="嘉善县",
        ref=date(2026, 11, 15),
    )
    assert {f.value: f for f in found}[312.46].indicator == "规模以上工业增加值"


def test_groups_over_roles_with_the_places_column_on_the_roles_line() -> None:
    # 规上工业增加值  固定资产投资 ↵ 县  区  增速(%)  位次  增速(%)  位次: each county's growth and rank
    by_value = described_figures(
        "鹤壁市统计局\n\n2026年1-10月全市经济运行简况\n\n发布日期：2026-11-18\n\n附表：\n\n"
        "2026年1-10月各县区主要经济指标\n\n"
        "                规上工业增加值        固定资产投资\n"
        "  县  区      增速(%)    位次      增速(%)    位次\n"
        "  全  市        8.6        —         4.3        —\n"
        "  浚  县       10.4        2         5.1        3\n"
        "  淇  县       11.3        1         2.8        4\n",
        "hebi.txt",
    )
    assert (by_value[10.4].region, by_value[10.4].measure) == ("浚县", "yoy_growth_pct")
    assert "工业增加值" in by_value[10.4].indicator and "固定资产投资" in by_value[5.1].indicator
    assert by_value[5.1].period_end == date(2026, 10, 31)


def test_a_periods_table_under_a_caption_of_growths_in_percent() -> None:
    # 表1 …增加值累计增速（%） ↵ 时间  电子信息制造业  工业  高技术制造业 ↵ 1—3月  11.6  6.5  10.1
    by_value = described_figures(
        "工业和信息化部\n\n2026年1—9月电子信息制造业运行情况\n\n发布时间：2026-10-29\n\n"
        "表1　2026年规模以上工业及电子信息制造业增加值累计增速（%）\n"
        "时间      电子信息制造业    工业    高技术制造业\n"
        "1—3月     11.6              6.5     10.1\n"
        "1—6月     11.5              6.2     9.9\n",
        "electronics.txt",
    )
    assert by_value[11.6].indicator == "电子信息制造业增加值" and by_value[11.6].measure == "yoy_growth_pct"
    assert (by_value[9.9].period_start, by_value[9.9].period_end) == (date(2026, 1, 1), date(2026, 6, 30))


def test_counts_after_the_kinds_a_clause_says_something_is_spread_over_are_each_kinds() -> None:
    # 新入库企业主要分布在装备制造、农副食品加工…等行业，分别为48家、37家…: each industry's new firms
    found = figures(
        "1-10月，全市新入库规上工业企业156家。新入库企业主要分布在装备制造、农副食品加工、纺织服装等行业，"
        "分别为48家、37家和26家。",
        region="六安市",
        ref=date(2026, 11, 10),
    )
    by_value = {f.value: f for f in found}
    kinds = [by_value[v].indicator.split("行业")[0] for v in (48, 37, 26)]
    assert kinds == ["装备制造", "农副食品加工", "纺织服装"]
    assert all("新入库企业" in by_value[v].indicator for v in (48, 37, 26))


def test_the_base_a_months_change_is_told_against_is_the_same_month_a_year_before() -> None:
    # …出口额为5012亿元，较2025年同月的4373亿元上升14.6%: 4373 is September 2025's exports, the growth
    # September 2026's
    found = figures(
        "9月份，全省出口额为5012亿元，较2025年同月的4373亿元上升14.6%。同月进口额为5268亿元，较2025年同月上升13.9%。",
        region="浙江省",
        ref=date(2026, 10, 27),
    )
    by_value = {f.value: f for f in found}
    assert (by_value[4373].indicator, by_value[4373].period_start) == ("出口额", date(2025, 9, 1))
    assert (by_value[14.6].indicator, by_value[14.6].period_start) == ("出口额", date(2026, 9, 1))
    assert "较" not in by_value[13.9].indicator and by_value[13.9].indicator.endswith("进口额")


def test_a_meeting_news_item_that_says_it_arranges_the_second_half_reports_the_first() -> None:
    # 我市召开2026年上半年工业经济运行座谈会，…部署下半年重点工作 ↵ … ↵ 从产业看，汽车…产值增长18.5%: the
    # meeting's agenda, no plan; the figures after it are the half year's outcomes
    by_value = described_figures(
        "芜湖市人民政府 > 政务动态 > 芜湖要闻\n\n我市召开2026年上半年工业经济运行座谈会\n\n"
        "发布时间：2026-07-18 09:12　　来源：芜湖日报\n\n"
        "本报讯 7月17日下午，我市召开2026年上半年工业经济运行座谈会，听取企业意见建议，分析研判当前形势，"
        "部署下半年重点工作。\n\n据通报，1—6月，全市规模以上工业增加值同比增长9.6%。\n\n"
        "从产业看，汽车及零部件产业产值增长18.5%；新开工亿元以上工业项目176个。\n",
        "wuhu_meeting.txt",
    )
    assert {by_value[v].status for v in (9.6, 18.5, 176)} == {"actual"}
    assert by_value[18.5].period_end == date(2026, 6, 30)


def test_the_items_after_a_summed_output_are_output_over_the_months_too() -> None:
    # 1—10月，全省累计生产生铁1.68亿吨…；粗钢1.74亿吨…: what was produced over the months, no stock
    found = figures(
        "1—10月，全省累计生产生铁1.68亿吨，同比下降2.2%；粗钢1.74亿吨，同比下降2.8%；钢材2.27亿吨，同比增长0.9%。",
        region="河北省",
        ref=date(2026, 11, 12),
    )
    by_value = {f.value: f for f in found}
    assert {(by_value[v].period_start, by_value[v].period_end) for v in (1.68, 1.74, 2.27)} == {
        (date(2026, 1, 1), date(2026, 10, 31))
    }


def test_a_grade_in_brackets_leaves_the_name_of_the_priced_thing_whole() -> None:
    # 进口铁矿石（62%品位）到港均价103.5美元/吨: the price of imported ore, in dollars a ton
    found = figures(
        "10月份，进口铁矿石（62%品位）到港均价103.5美元/吨，同比下降5.1%。",
        region="河北省",
        ref=date(2026, 11, 12),
    )
    price = {f.value: f for f in found}[103.5]
    assert (price.indicator, price.unit) == ("进口铁矿石到港均价", "美元/吨")


def test_units_and_people_employed_counted_in_a_month_stand_at_its_end() -> None:
    # 二○二六年六月，私營機構單位數目為352 640個，較二○二五年六月減少0.4%: a count of what stands, at
    # the month's end, its growth too; the month's electricity used stays the month's
    found = figures(
        "2026年6月，全市私营机构单位数目为352640个，较2025年6月减少0.4%。"
        "同期，私营机构就业人数为2612500人，按年下跌0.6%，但较2026年3月的2607300人略为上升。"
        "全市工业用电量为12.6亿千瓦时。",
        region="苏州市",
        ref=date(2026, 9, 17),
    )
    by_value = {f.value: f for f in found}
    june_end = (date(2026, 6, 30), date(2026, 6, 30))
    for value in (352640, -0.4, 2612500, -0.6):
        assert (by_value[value].period_start, by_value[value].period_end) == june_end
    march = by_value[2607300]
    assert (march.indicator, march.period_start, march.period_end) == (
        "私营机构就业人数",
        date(2026, 3, 31),
        date(2026, 3, 31),
    )
    assert (by_value[12.6].period_start, by_value[12.6].period_end) == (date(2026, 6, 1), date(2026, 6, 30))


def test_a_survey_index_of_the_people_employed_stays_the_months() -> None:
    # 从业人员指数为48.3%: a purchasing managers' index, of the month, not a count at its end
    found = figures(
        "6月份，制造业从业人员指数为48.3%，比上月微升0.1个百分点。", region="全国", ref=date(2026, 6, 30)
    )
    index = {f.value: f for f in found}[48.3]
    assert (index.period_start, index.period_end) == (date(2026, 6, 1), date(2026, 6, 30))


def test_a_table_of_units_and_people_employed_in_a_month_stands_at_its_end() -> None:
    # 表一 …（二○二六年六月） ↵ 行業  機構單位數目  按年變動(%)  就業人數  按年變動(%): counts with no unit
    # in their names but what they count, at the month's end
    by_value = described_figures(
        "香港特別行政區政府　新聞公報\n\n二○二六年六月就業及職位空缺統計數字\n\n"
        "　　政府統計處今日（九月十七日）發表二○二六年六月的就業及職位空缺統計數字。\n\n"
        "表一　按選定工業行業劃分的機構單位數目及就業人數（二○二六年六月）\n\n"
        "行業                          機構單位數目  按年變動(%)  就業人數  按年變動(%)\n"
        "製造業                               7 820       -3.1     79 400       -2.8\n"
        "電力及燃氣供應                         140       +0.7      8 950       +0.8\n",
        "hk_employment.txt",
    )
    for value in (7820, -3.1, 79400, 140, 8950):
        assert (by_value[value].period_start, by_value[value].period_end) == (
            date(2026, 6, 30),
            date(2026, 6, 30),
        )
    assert (by_value[7820].unit, by_value[7820].indicator) == ("个", "制造业机构单位数目")


def test_an_index_table_with_the_months_to_dates_growth_alone_gives_each_column_its_period() -> None:
    # 115年10月  累計1-10月 ↵ 行業別  指數  年增率(%)  年增率(%): the month's index and growth, then the
    # months to date's growth alone
    by_value = described_figures(
        "經濟部全球資訊網\n\n115年10月工業生產指數年增11.83%，累計1至10月年增9.54%\n\n"
        "發布日期：2026-11-23\n\n"
        "　　經濟部統計處今(23)日發布115年10月工業生產統計。\n\n"
        "表1　工業生產指數\n"
        "                              115年10月             累計1-10月\n"
        "行業別                      指數      年增率(%)       年增率(%)\n"
        "工業生產總指數             128.62      11.83            9.54\n"
        "  製造業                   130.15      12.37           10.02\n",
        "tw_ipi.txt",
    )
    october = (date(2026, 10, 1), date(2026, 10, 31))
    for value in (128.62, 11.83, 130.15, 12.37):
        assert (by_value[value].period_start, by_value[value].period_end) == october
    for value in (9.54, 10.02):
        assert (by_value[value].period_start, by_value[value].period_end) == (
            date(2026, 1, 1),
            date(2026, 10, 31),
        )


def test_a_share_compared_with_the_same_month_a_year_before_is_the_months() -> None:
    # 115年10月工業生產指數年增11.83%，累計1至10月年增9.54%: a release on the month and the months to
    # date; a share compared with 上年同月 is the month's, not the months to date's
    by_value = described_figures(
        "經濟部全球資訊網\n\n115年10月工業生產指數年增11.83%，累計1至10月年增9.54%\n\n"
        "發布日期：2026-11-23\n\n"
        "　　115年10月工業生產指數為128.62，較上年同月增加11.83%；"
        "累計1至10月工業生產指數較上年同期增加9.54%。\n"
        "　　資訊電子工業占製造業生產比重達48.2%，較上年同月提高5.1個百分點。\n",
        "tw_ipi_prose.txt",
    )
    for value in (48.2, 5.1):
        assert (by_value[value].period_start, by_value[value].period_end) == (
            date(2026, 10, 1),
            date(2026, 10, 31),
        )
    assert by_value[9.54].period_start == date(2026, 1, 1)


def test_a_count_a_year_on_average_after_the_whole_is_of_the_same_things() -> None:
    # …三年间，全县共实现“小升规”企业147家，年均49家: the same firms, a year on average
    found = figures(
        "2023年至2025年三年间，全县共实现“小升规”企业147家，年均49家。",
        region="宁海县",
        ref=date(2026, 4, 16),
    )
    average = {f.value: f for f in found}[49]
    assert average.indicator == "“小升规”企业年均"


def test_a_pool_of_firms_being_fostered_keeps_its_name() -> None:
    # 培育库在库企业共186家: the firms in the pool, not 库在库企业 after a verb 培育 cut off
    found = figures("目前，全县培育库在库企业共186家。", region="宁海县", ref=date(2026, 4, 16))
    assert {f.value: f for f in found}[186].indicator == "培育库在库企业"


def test_a_pages_own_headline_over_its_dateline_leaves_the_region_described() -> None:
    # 全国百强县榜单揭晓 长兴位次再前移 ↵ (subtitle) ↵ 发布时间：…: the page's own headline, not the
    # headline of a post in a feed; its figures are the described place's, not the 全国 it names first
    text = normalize(
        "湖州在线 > 湖州日报 > 要闻 > 县区新闻\n\n全国百强县榜单揭晓 长兴位次再前移\n"
        "工业百强县排名升至第26位，县域综合实力迈上新台阶\n\n"
        "发布时间：2026-08-14 08:32　　来源：湖州日报\n\n"
        "本报讯 日前，《2026中国县域经济百强研究》发布，长兴县排名升至第31位。\n\n"
        "2025年，长兴县实现地区生产总值1016.8亿元。一般公共预算收入92.6亿元，同比增长4.1%。\n"
    ).text
    meta = describe_document(text, "changxing.txt")
    by_value = {f.value: f for f in extract_figures(text, meta)}
    assert meta.region != "全国"
    assert {by_value[v].region for v in (92.6, 4.1)} == {meta.region}


def test_a_table_of_yearly_changes_by_industry_under_a_hong_kong_caption() -> None:
    # 表1　工業生產指數的按年變動百分率（按行業類別劃分） ↵ 行業類別  2026年第二季#  2026年第三季: each
    # industry's growth in each quarter; 較2026年第二季的1.1% is the second quarter's
    by_value = described_figures(
        "香港特別行政區政府　新聞公報\n\n2026年第三季工業生產指數\n\n"
        "　　政府統計處今日（十二月四日）發表的數字顯示，2026年第三季本地製造業的工業生產指數較2025年同季"
        "上升1.8%，升幅較2026年第二季的1.1%有所擴大。\n\n"
        "表1　工業生產指數的按年變動百分率（按行業類別劃分）\n\n"
        "行業類別　　　　　　　　　　　　　　　2026年第二季#　　2026年第三季\n"
        "　食品、飲品及煙草製品　　　　　　　　　　 +2.9　　　　　　+3.7\n"
        "　紡織製品及成衣　　　　　　　　　　　　　 -3.8　　　　　　-4.5\n",
        "hk_ipi.txt",
    )
    second, third = (date(2026, 4, 1), date(2026, 6, 30)), (date(2026, 7, 1), date(2026, 9, 30))
    for value, quarter in ((2.9, second), (3.7, third), (-3.8, second), (-4.5, third), (1.1, second)):
        assert (by_value[value].measure, by_value[value].period_start, by_value[value].period_end) == (
            "yoy_growth_pct",
            *quarter,
        )
    assert by_value[-4.5].indicator.startswith("纺织制品及成衣")


def test_a_bulletins_table_of_the_share_of_the_years_goal_done_without_the_goal() -> None:
    # 经 济 运 行 简 报 ↵ … ↵ 2026年1-10月全区经济运行情况 ↵ 指标名称  单位  1-10月  同比增长(%)
    # 完成年度目标(%): the months' level, growth and share of the goal; what the prose counts after
    # 今年 is of the months the headline names too
    by_value = described_figures(
        "长沙经济技术开发区\n\n经 济 运 行 简 报\n\n2026年第10期（总第178期）\n\n"
        "长沙经济技术开发区管理委员会经济发展局　　　　　　　2026年11月17日\n\n"
        "2026年1-10月全区经济运行情况\n\n"
        "表1　2026年1-10月长沙经开区主要经济指标完成情况\n\n"
        "指标名称                  单位      1-10月    同比增长(%)   完成年度目标(%)\n"
        "固定资产投资              亿元       412.7       6.5          86.0\n"
        "一般公共预算收入          亿元        58.6       4.7          83.1\n\n"
        "今年全区纳入省市重点建设项目64个，1-10月累计完成投资187.3亿元。新签约引进项目48个，"
        "新开工项目31个。\n",
        "cskfq.txt",
    )
    months = (date(2026, 1, 1), date(2026, 10, 31))
    for value in (412.7, 6.5, 86.0, 83.1, 48, 31):
        assert (by_value[value].period_start, by_value[value].period_end) == months
    assert by_value[86.0].measure == "share_pct"


def test_a_listed_firms_lines_of_business_with_a_margin_change_in_words() -> None:
    # 主营业务分产品情况 ↵ 单位：万元 ↵ 分产品  营业收入  营业成本  毛利率(%)  … 毛利率比上年同期增减:
    # each line's revenue and cost in 万元, its margin in %, the last column words
    found = figures(
        "主营业务分产品情况\n单位：万元\n"
        "分产品            营业收入    营业成本    毛利率(%)  营业收入比上年同期增减(%)  毛利率比上年同期增减"
        "\n"
        "汽车热管理零部件  186,425.37  146,812.06  21.25      12.38                      减少0.64个百分点\n"
        "储能温控设备      41,893.22   33,671.45   19.63      27.15                      增加2.10个百分点\n",
        region="芜湖市",
        ref=date(2026, 8, 20),
    )
    by_value = {f.value: f for f in found}
    assert (by_value[186425.37].indicator, by_value[186425.37].unit) == ("汽车热管理零部件营业收入", "万元")
    assert (by_value[21.25].measure, by_value[27.15].measure) == ("share_pct", "yoy_growth_pct")
    assert not any(
        "个百分点" in f.quote and f.measure == "pp_change" and "分产品" in f.indicator for f in found
    )


def test_next_years_projects_named_after_this_years_goals_leave_them_this_years() -> None:
    # …确保全年完成重大项目投资1060亿元以上；力争年底前再竣工投产项目30个左右；同步谋划储备一批2027年
    # 重大项目, in November: this year's goals
    found = figures(
        "各地要紧盯年度目标，确保全年完成重大项目投资1060亿元以上；力争年底前再竣工投产项目30个左右；"
        "同步谋划储备一批2027年重大项目。",
        region="宣城市",
        ref=date(2026, 11, 12),
    )
    by_value = {f.value: f for f in found}
    assert {by_value[v].period_end.year for v in (1060, 30) if by_value[v].period_end} == {2026}


def test_the_year_end_of_a_sentence_that_named_its_year_is_that_years() -> None:
    # 2025年，全省…新增上云企业5.2万家，年末上云企业累计达到48.3万家, said in 2026: 2025's end; 力争到今年
    # 年底，…新增省级工业互联网平台20个以上: what this year adds
    found = figures(
        "2025年，全省新实施“5G+工业互联网”项目620个，新增上云企业5.2万家，年末上云企业累计达到48.3万家。"
        "力争到今年年底，全省5G基站总数达到16万个，新增省级工业互联网平台20个以上。",
        region="湖南省",
        ref=date(2026, 9, 16),
    )
    by_value = {f.value: f for f in found}
    assert (by_value[48.3].period_start, by_value[48.3].period_end) == (
        date(2025, 12, 31),
        date(2025, 12, 31),
    )
    assert (by_value[20].period_start, by_value[20].period_end) == (date(2026, 1, 1), date(2026, 12, 31))


def test_places_falls_over_the_plans_years_are_of_what_fell_before() -> None:
    # …能耗下降3.2%。…新余市、南昌市“十四五”累计降幅分别为18.3%、17.6%: each city's fall of the energy
    # intensity, over the plan's five years
    found = figures(
        "2025年，全省单位地区生产总值能耗下降3.2%。从各地情况看，新余市、南昌市“十四五”累计降幅分别为18.3%、17.6%。",
        region="江西省",
        ref=date(2026, 3, 10),
    )
    by_value = {f.value: f for f in found}
    for value, city in ((-18.3, "新余市"), (-17.6, "南昌市")):
        fall = by_value[value]
        assert (fall.region, fall.indicator, fall.period_start, fall.period_end) == (
            city,
            "单位地区生产总值能耗",
            date(2021, 1, 1),
            date(2025, 12, 31),
        )


def test_a_hong_kong_table_of_values_and_growths_under_a_unit_note_and_two_periods() -> None:
    # （價值以百萬元計） ↵ 二零二六年十月  二零二六年一月至十月 ↵ 主要目的地  價值  按年變動(%)  …: each
    # period's value, in millions, and its growth
    by_value = described_figures(
        "香港特別行政區政府　新聞公報\n\n二零二六年十月對外商品貿易統計數字\n\n"
        "　　政府統計處今日（十一月二十六日）發表香港十月的商品貿易統計數字。\n\n"
        "表1：按主要目的地劃分的整體出口貨值\n（價值以百萬元計）\n\n"
        "              二零二六年十月           二零二六年一月至十月\n"
        "主要目的地    價值     按年變動(%)     價值       按年變動(%)\n"
        "中國內地      248,402    +12.9      2,431,557     +14.6\n",
        "hk_trade_table.txt",
    )
    october, to_october = (date(2026, 10, 1), date(2026, 10, 31)), (date(2026, 1, 1), date(2026, 10, 31))
    assert (by_value[248402].value_base, by_value[248402].period_start, by_value[248402].period_end) == (
        248_402_000_000,
        *october,
    )
    assert (by_value[2431557].period_start, by_value[2431557].period_end) == to_october
    assert (by_value[14.6].measure, by_value[14.6].period_start) == ("yoy_growth_pct", date(2026, 1, 1))


def test_a_macao_index_table_of_the_quarter_and_the_quarters_to_date() -> None:
    # 行業  2026年第三季指數  按年變動(%)  首三季按年變動(%): the quarter's index and growth, then the
    # first three quarters' growth; 去年同期則按年下跌1.8%: the same quarter a year before
    by_value = described_figures(
        "澳門特別行政區政府統計暨普查局\n\n2026年第三季工業生產指數\n\n發佈日期：2026-11-27\n\n"
        "統計暨普查局資料顯示，2026年第三季工業生產指數為103.8，按年上升4.3%；去年同期則按年下跌1.8%。\n\n"
        "表一：工業生產指數及按年變動\n\n"
        "行業                          2026年第三季指數   按年變動(%)   首三季按年變動(%)\n"
        "製造業                               98.2             6.9              4.1\n",
        "macao_ipi.txt",
    )
    third = (date(2026, 7, 1), date(2026, 9, 30))
    for value in (98.2, 6.9):
        assert (by_value[value].period_start, by_value[value].period_end) == third
    assert (by_value[4.1].period_start, by_value[4.1].period_end) == (date(2026, 1, 1), date(2026, 9, 30))
    assert (by_value[-1.8].period_start, by_value[-1.8].period_end) == (date(2025, 7, 1), date(2025, 9, 30))


def test_an_items_table_of_amount_growth_and_share_under_units_said_above() -> None:
    # 單位：億美元；% ↵ 項　目  金　額  年增率  比　重: each item's orders, their growth and their share
    # of the total
    found = figures(
        "表1　2026年1-10月外销订单—按主要货品及地区分\n单位：亿美元；%\n"
        "项目        金额   年增率   比重\n资讯通信产品     2,431.6   38.7    39.7\n"
        "电子产品       1,802.5   19.8    29.5\n",
        region="台湾省",
        ref=date(2026, 11, 20),
    )
    by_value = {f.value: f for f in found}
    assert (by_value[2431.6].unit, by_value[2431.6].value_base) == ("亿美元", 243_160_000_000)
    assert (by_value[38.7].measure, by_value[39.7].measure) == ("yoy_growth_pct", "share_pct")


def test_groups_of_a_batch_added_and_the_total_standing_by_city() -> None:
    # 地级市  专精特新中小企业  专精特新“小巨人”企业 ↵ 本批新认定  累计  本批新认定  累计: what the year's
    # batch added, and what stands now
    by_value = described_figures(
        "宁夏回族自治区工业和信息化厅\n\n关于公布2026年度专精特新中小企业名单的通知\n\n发布时间：2026-09-18\n\n"
        "表1　2026年度专精特新中小企业及专精特新“小巨人”企业分市情况（单位：家）\n\n"
        "地级市        专精特新中小企业            专精特新“小巨人”企业\n"
        "              本批新认定      累计        本批新认定      累计\n"
        "银川市            78           351            6            27\n"
        "石嘴山市          31           148            2            11\n",
        "ningxia_smes.txt",
    )
    added, total = by_value[78], by_value[351]
    assert (added.region, added.period_start, added.period_end) == (
        "银川市",
        date(2026, 1, 1),
        date(2026, 12, 31),
    )
    assert (total.region, total.period_start, total.period_end) == (
        "银川市",
        date(2026, 9, 18),
        date(2026, 9, 18),
    )
    assert by_value[27].indicator == "专精特新“小巨人”企业"


def test_a_firms_reason_names_no_period_of_the_figure_after_it() -> None:
    # 主要系公司为应对四季度交付高峰增加原材料备货，期末存货余额9.86亿元: the fourth quarter is the reason's
    found = figures(
        "经营活动产生的现金流量净额同比下降12.73%，主要系公司为应对四季度交付高峰增加原材料备货，"
        "期末存货余额9.86亿元，较上年末增长23.4%。",
        region="常州市",
        ref=date(2026, 10, 28),
    )
    stock = {f.value: f for f in found}[9.86]
    assert stock.period_end is None or stock.period_end.year == 2026


def test_a_county_table_under_a_caption_of_the_industrys_main_indicators() -> None:
    # 表：2026年1-10月各县市区规模以上工业主要指标 ↵ 县市区  增加值增速（%）  位次: the value added of the
    # industry the caption names; 从县市区看，…绩溪县以11.4%的增速居全市首位: no indicator 县市区
    by_value = described_figures(
        "宣城市统计局\n\n2026年1-10月全市规模以上工业运行情况\n\n发布时间：2026-11-20\n\n"
        "1-10月，全市规模以上工业增加值同比增长8.6%。\n\n"
        "从县市区看，7个县市区规上工业增加值均实现正增长。绩溪县以11.4%的增速居全市首位。\n\n"
        "表：2026年1-10月各县市区规模以上工业主要指标\n\n"
        "县市区　　增加值增速（%）　　位次　　产值（亿元）\n宣州区　　7.2　　5　　598.4\n",
        "xuancheng.txt",
    )
    assert by_value[7.2].indicator == "规模以上工业增加值"
    assert by_value[11.4].indicator != "县市区"


def test_a_reporter_who_learned_from_the_countys_office_names_no_county() -> None:
    # 记者从县工业园区管委会了解到，园区…: the county's park, not a county called 记者从县
    found = figures(
        "泰和县规上工业营业收入增长8%。记者从县工业园区管委会了解到，园区规上工业营业收入增长9%。",
        region="泰和县",
        ref=date(2026, 11, 20),
    )
    assert {f.value: f for f in found}[9].region == "泰和县"


def test_a_month_ahead_in_which_a_start_is_planned_is_a_goal_of_this_year() -> None:
    # …，12月计划集中开工亿元以上项目30个以上, said in November: a goal of the coming December
    found = figures(
        "配合做好四季度重大项目集中开工活动，12月计划集中开工亿元以上项目30个以上。",
        region="滁州市",
        ref=date(2026, 11, 23),
    )
    planned = {f.value: f for f in found}[30]
    assert (planned.status, planned.period_start, planned.period_end) == (
        "target",
        date(2026, 12, 1),
        date(2026, 12, 31),
    )


def test_the_day_in_brackets_after_this_years_months_ends_them() -> None:
    # 今年以来（截至11月22日，下同），全市累计签约…项目486个: the year up to that day
    found = figures(
        "今年以来（截至11月22日，下同），全市累计签约亿元以上项目486个，协议总投资2873.5亿元，同比增长11.8%。",
        region="滁州市",
        ref=date(2026, 11, 23),
    )
    total = {f.value: f for f in found}[2873.5]
    assert (total.period_start, total.period_end) == (date(2026, 1, 1), date(2026, 11, 22))


def test_a_group_label_with_its_colon_amid_a_table_of_periods() -> None:
    # 行业  10月  1—10月 … ↵ 主要行业： ↵ 农副食品加工业  4.6  5.2: the rows go on under the label
    by_value = described_figures(
        "湖南省统计局\n\n2026年10月全省规模以上工业生产情况\n\n发布时间：2026-11-16\n\n"
        "10月份，全省规模以上工业增加值同比增长7.2%。\n\n附表\n\n2026年10月分行业规模以上工业增加值增速\n\n"
        "单位：%\n\n行业　　　　　　　　　　　　　　　　10月　　　1—10月\n"
        "规模以上工业　　　　　　　　　　　　7.2　　　　7.6\n"
        "主要行业：\n"
        "　农副食品加工业　　　　　　　　　　4.6　　　　5.2\n"
        "　非金属矿物制品业　　　　　　　　　-4.5　　　-3.9\n",
        "hunan_industry.txt",
    )
    assert (by_value[4.6].period_start, by_value[4.6].period_end) == (date(2026, 10, 1), date(2026, 10, 31))
    assert (by_value[-3.9].period_start, by_value[-3.9].period_end) == (date(2026, 1, 1), date(2026, 10, 31))


def test_a_list_of_projects_in_groups_with_its_sums_unit_said_above() -> None:
    # 单位：万元 ↵ 序号  项目名称  承担企业  总投资  补助金额 ↵ （一）智能化改造项目 ↵ 1  …项目  …公司
    # 32600  480: each project's cost and grant, in 万元, under its numbered group
    found = figures(
        "2026年度市级制造业技术改造专项资金安排表\n单位：万元\n\n"
        "序号  项目名称                              承担企业                      总投资    补助金额\n"
        "（一）智能化改造项目\n"
        "1     轨道交通牵引变流器数字化车间建设项目  株洲时代华辰电气有限公司      32600     480\n"
        "（二）设备更新项目\n"
        "2     电力机车转向架焊接设备更新项目        株洲北方轨道装备有限公司      12380     220\n",
        region="株洲市",
        ref=date(2026, 6, 19),
    )
    by_value = {f.value: f for f in found}
    assert (by_value[480].unit, by_value[480].value_base) == ("万元", 4_800_000)
    assert by_value[12380].value_base == 123_800_000


def test_a_batch_column_said_alone_is_of_what_the_caption_counts() -> None:
    # 2026年度省级绿色工厂分设区市情况表 ↵ 设区市  本批  累计: the batch's green factories, and all of them
    found = figures(
        "2026年度省级绿色工厂分设区市情况表\n\n单位：家\n\n设区市　　　本批　　　累计\n"
        "南昌市　　　24　　　　172\n景德镇市　　9　　　　 58\n",
        region="江西省",
        ref=date(2026, 11, 12),
    )
    by_value = {f.value: f for f in found}
    assert by_value[24].indicator.startswith("省级绿色工厂")
    assert (by_value[24].period_start, by_value[24].period_end) == (date(2026, 1, 1), date(2026, 12, 31))


def test_a_goal_cell_over_the_plans_years_says_its_average_or_its_sum() -> None:
    # 年均7左右, 累计10 under 2027年目标 in an evaluation of a 2025—2027 plan: the row's goal over the
    # plan's years, not a row without numbers
    by_value = described_figures(
        "《湖北省制造业高质量发展三年行动方案（2025—2027年）》中期评估报告\n\n"
        "发布时间：2026-11-20　　来源：湖北省经济和信息化厅\n\n"
        "表1　《行动方案》主要指标中期完成情况\n"
        "序号 | 指标 | 单位 | 2024年（基期） | 2025年 | 2026年1-9月 | 2027年目标 | 进度评价\n"
        "1 | 规上工业增加值增速 | % | 7.7 | 7.9 | 7.4 | 年均7左右 | 超前\n"
        "8 | 规上工业单位增加值能耗降低率 | % | 3.6 | 4.2 | 3.9 | 累计10 | 超前\n",
        "hubei_evaluation.txt",
    )
    seven = by_value[7]
    assert (seven.measure, seven.status, seven.qualifier) == ("avg_growth_pct", "target", "approx")
    assert by_value[7].period_start == date(2025, 1, 1) and by_value[7].period_end == date(2027, 12, 31)
    assert by_value[7.9].measure == "yoy_growth_pct"
    assert (by_value[-10].measure, by_value[-10].period_start) == ("yoy_growth_pct", date(2025, 1, 1))


def test_a_year_columns_note_of_a_months_end_dates_its_counts_there() -> None:
    # 2026年1-9月（9月末）: the growths and shares are of the months, the firms counted stand at 9月末
    found = figures(
        "表1　主要指标完成情况\n"
        "序号 | 指标 | 单位 | 2025年 | 2026年1-9月（9月末） | 2027年目标\n"
        "1 | 制造业增加值占地区生产总值比重 | % | 28.6 | 28.9 | 30\n"
        "2 | 国家级专精特新“小巨人”企业 | 家 | 785 | 852 | 1000\n",
        region="湖北省",
        ref=date(2026, 11, 20),
    )
    by_value = {f.value: f for f in found}
    assert (by_value[28.9].period_start, by_value[28.9].period_end) == (date(2026, 1, 1), date(2026, 9, 30))
    assert (by_value[852].period_start, by_value[852].period_end) == (date(2026, 9, 30), date(2026, 9, 30))


def test_a_note_that_a_years_data_are_preliminary_makes_them_estimates() -> None:
    # 注：2024年数据为初步统计数: 初步 is an estimate's word, as 预计 is
    by_value = described_figures(
        "宁德市统计数据发布库　数据查询结果导出\n地区：宁德市　　时间范围：2022—2024年　　频度：年度\n"
        "导出时间：2025-07-08 09:41:27\n\n"
        "指标,单位,2022,2023,2024\n规模以上工业营业收入,亿元,6120.5,6985.4,7460.7\n"
        "规模以上工业利润总额,亿元,568.3,602.1,571.4\n\n"
        "注：2024年数据为初步统计数，最终数据以统计年鉴公布为准。",
        "ningde_yearbook.txt",
    )
    assert by_value[7460.7].status == "estimate"
    assert by_value[6985.4].status == "actual"


def test_a_list_of_rows_a_note_names_under_one_ordinal_is_no_figure() -> None:
    # 注：第6、7、9、10项为9月末数据: the rows the note speaks of, not counts
    by_value = described_figures(
        "湖北省经济和信息化厅　发布时间：2026-11-20\n\n"
        "注：1.第1、5项为前三季度同比增速，第6、7、9、10项为9月末数据。",
        "hubei_note.txt",
    )
    assert by_value == {}


def test_a_paragraph_opened_by_its_months_without_a_comma_keeps_them() -> None:
    # 2026年首3季工業生產指數按年下跌1.7%。製造業下跌6.0%: the next sentence is of the same months,
    # not the quarter the release is on
    by_value = described_figures(
        "統計暨普查局\n\n2026年第3季工業生產指數\n\n發佈日期：2026/12/04\n\n"
        "統計暨普查局資料顯示，2026年第3季工業生產指數為94.7，按年下跌3.8%。\n\n"
        "2026年首3季工業生產指數按年下跌1.7%。製造業下跌6.0%，電力、氣體及水的生產及分配業則上升2.8%。\n",
        "macao_ipi.txt",
    )
    assert (by_value[-6.0].period_start, by_value[-6.0].period_end) == (date(2026, 1, 1), date(2026, 9, 30))
    assert by_value[-3.8].period_start == date(2026, 7, 1)


def test_a_quarters_columns_written_in_digits_pair_with_their_growths() -> None:
    # 2026年第3季  按年變動（%）  2026年首3季  按年變動（%）: Macao's quarter and quarters to date
    by_value = described_figures(
        "統計暨普查局  發佈日期：2026/12/04\n\n表一　工業生產指數（2021年=100）\n\n"
        "行業\t2026年第3季\t按年變動（%）\t2026年首3季\t按年變動（%）\n"
        "製造業\t83.5\t-9.8\t86.0\t-6.0\n",
        "macao_ipi_table.txt",
    )
    assert (by_value[86.0].period_start, by_value[86.0].period_end) == (date(2026, 1, 1), date(2026, 9, 30))
    assert (by_value[-9.8].measure, by_value[-9.8].period_start) == ("yoy_growth_pct", date(2026, 7, 1))


def test_a_month_in_words_with_its_fen_is_that_month() -> None:
    # 商品出口在十月份按年上升8.0%: Hong Kong's month in words, not the months to date
    found = figures(
        "政府統計處  2026年11月26日\n二零二六年首十個月合計，商品整體出口貨值上升11.2%。"
        "商品出口在十月份按年上升8.0%。十月份從內地的進口貨值按年上升5.2%。",
        region="香港特别行政区",
        ref=date(2026, 11, 26),
    )
    by_value = {f.value: f for f in found}
    assert (by_value[8.0].period_start, by_value[8.0].period_end) == (date(2026, 10, 1), date(2026, 10, 31))
    assert "十月" not in by_value[5.2].indicator


def test_a_forecast_raised_to_a_growth_is_an_estimate() -> None:
    # 已將二零二六年全年貨物出口實質增長預測上調至約10%: the government's forecast; 推估 too
    by_value = described_figures(
        "經濟部統計處\n發布日期：115-11-20\n\n"
        "政府已將二零二六年全年貨物出口實質增長預測上調至約10%。依據廠商接單動向調查推估，11月外銷訂單金額介於695億至720億美元。",
        "taiwan_forecast.txt",
    )
    assert by_value[10].status == "estimate"
    assert (by_value[695].status, by_value[695].period_start) == ("estimate", date(2026, 11, 1))


def test_periods_over_pairs_with_the_rows_label_beside_them_and_the_unit_line_above() -> None:
    # 貨品別  115年10月  115年1-10月 ↵ 金額  年增率  金額  年增率 under 單位：億美元；%: each good's
    # orders (the caption's sum) and their growth, over the month and the months to date
    by_value = described_figures(
        "經濟部統計處\n發布日期：115-11-20\n\n表1　外銷訂單－按主要貨品分\n"
        "                                                單位：億美元；%\n"
        "貨品別            115年10月              115年1-10月\n"
        "                  金額        年增率     金額          年增率\n"
        "電子產品          215.6       9.2        1,987.2       12.3\n"
        "機械              22.4        4.7        214.8         2.9\n",
        "taiwan_orders.txt",
    )
    assert (by_value[1987.2].value_base, by_value[1987.2].period_start) == (198_720_000_000, date(2026, 1, 1))
    assert by_value[1987.2].indicator.endswith("外销订单")
    assert (by_value[9.2].measure, by_value[9.2].period_end) == ("yoy_growth_pct", date(2026, 10, 31))


def test_the_whole_region_of_an_autonomous_region_in_a_citys_story() -> None:
    # 1—10月全区新能源汽车产量57.1万辆 in a 广西日报 story on 柳州: Guangxi's, not a district's
    found = figures(
        "柳州市新能源汽车产业集群发展纪实\n1—10月全区新能源汽车产量57.1万辆，同比增长16.9%。",
        region="柳州市",
        ref=date(2026, 11, 28),
    )
    assert {f.region for f in found} == {"广西壮族自治区"}


def test_a_drive_to_a_place_is_no_figure() -> None:
    # 从柳江区驱车往北约40公里: a reporter's scene
    found = figures(
        "从柳江区驱车往北约40公里，便到了鹿寨县。县里已集聚汽车零部件企业32家。",
        region="柳州市",
        ref=date(2026, 11, 28),
    )
    assert [f.value for f in found] == [32]


def test_a_table_of_quarters_down_the_side_with_each_index_and_its_growth() -> None:
    # 期間  工業總指數  按年變動（%）  製造業  按年變動（%）  電力、氣體及水的生產及分配業  按年變動（%）:
    # each quarter's index levels (a bare part is its index) and their growths
    by_value = described_figures(
        "統計暨普查局  發佈日期：2026/12/04\n\n表二　工業生產指數按季走勢（2021年=100）\n\n"
        "期間\t工業總指數\t按年變動（%）\t製造業\t按年變動（%）\t電力、氣體及水的生產及分配業\t按年變動（%）\n"
        "2025年第4季\t102.2\t0.9\t94.1\t-1.6\t110.8\t3.8\n"
        "2026年第3季\t94.7\t-3.8\t83.5\t-9.8\t107.2\t2.4\n",
        "macao_series.txt",
    )
    assert (by_value[94.1].indicator, by_value[94.1].period_start) == ("制造业指数", date(2025, 10, 1))
    assert (by_value[-9.8].measure, by_value[-9.8].period_end) == ("yoy_growth_pct", date(2026, 9, 30))
    assert by_value[110.8].indicator.startswith("电力、气体及水的生产及分配业")


def test_an_index_table_whose_header_stacks_each_columns_words_over_two_lines() -> None:
    # 行業別  115年10月  較上年同月  115年1-10月 ↵ 指數  增減率  較上年同期增減率 under 表1 工業生產指數:
    # the month's index and its growth, and the months to date's growth
    by_value = described_figures(
        "經濟部統計處  發布日期：115-11-23\n\n表1　工業生產指數\n\n"
        "基期：110年=100　　　　　　　　　　　　單位：%\n"
        "行業別                  115年10月    較上年同月    115年1-10月\n"
        "                        指數         增減率        較上年同期增減率\n"
        "工業總指數              142.37       11.86          9.73\n"
        " 礦業及土石採取業        71.58       -6.42         -5.11\n",
        "taiwan_ipi.txt",
    )
    assert (by_value[71.58].measure, by_value[71.58].period_start) == ("amount", date(2026, 10, 1))
    assert (by_value[-6.42].measure, by_value[-6.42].period_end) == ("yoy_growth_pct", date(2026, 10, 31))
    assert (by_value[-5.11].period_start, by_value[-5.11].period_end) == (
        date(2026, 1, 1),
        date(2026, 10, 31),
    )


def test_a_unit_line_that_gives_two_columns_joined_by_ji_their_unit() -> None:
    # 單位：收益及增加值總額為百萬澳門元 over 行業  場所數目（間）  在職員工（名）  收益  增加值總額
    by_value = described_figures(
        "統計暨普查局  發佈日期：2026/11/30\n\n表一　按行業統計之製造業主要指標\n\n"
        "單位：收益及增加值總額為百萬澳門元\n\n"
        "行業\t場所數目（間）\t在職員工（名）\t收益\t增加值總額\n"
        "總數\t1,012\t9,836\t9,684.2\t3,652.0\n"
        "食品及飲品製造業\t298\t3,105\t3,162.4\t1,185.3\n",
        "macao_survey.txt",
    )
    assert by_value[3162.4].value_base == 3_162_400_000
    assert by_value[1185.3].indicator.endswith("增加值总额")
    assert (by_value[298].unit, by_value[298].value_base) == ("间", 298)


def test_a_per_mu_columns_own_unit_does_not_stand_for_the_others() -> None:
    # （营业收入单位：亿元；…企业单位：家） over 新入园企业  入园企业总数: a table whose count columns the
    # line above gives no unit the reader can tie to them is left unread, not read in 亿元
    found = figures(
        "表1　2026年上半年各园区主要经济指标\n"
        "（营业收入单位：亿元；税收单位：万元；亩均税收单位：万元/亩；企业单位：家）\n\n"
        "| 园区名称 | 营业收入 | 同比增长(%) | 税收 | 亩均税收 | 新入园企业 | 入园企业总数 |\n"
        "|---|---|---|---|---|---|---|\n"
        "| 化妆刷产业园 | 41.2 | 15.3 | 6420 | 12.6 | 11 | 342 |\n"
        "| 合计 | 168.5 | 8.5 | 30800 | 9.3 | 23 | 649 |\n",
        region="鹿邑县",
        ref=date(2026, 7, 20),
    )
    assert not any(f.value == 649 and f.unit == "亿元" for f in found)


def test_a_sharp_rise_said_da_zeng_keeps_its_subject() -> None:
    # 三季度单季实现归母净利润89.7亿元，同比大增37.4%: the profit's growth, not a 同比大's
    found = figures(
        "三季度单季实现归母净利润89.7亿元，同比大增37.4%。", region="全国", ref=date(2026, 11, 12)
    )
    growth = next(f for f in found if f.value == 37.4)
    assert (growth.measure, growth.indicator) == ("yoy_growth_pct", "归母净利润")


def test_an_address_on_a_footer_line_is_no_figure() -> None:
    # 經濟部統計處　地址：100218 臺北市中正區福州街15號: the postcode and the street number
    by_value = described_figures(
        "經濟部統計處  發布日期：115-11-23\n\n10月工業生產指數為142.37。\n\n"
        "經濟部統計處　地址：100218 臺北市中正區福州街15號　總機：(02)2321-2200\n",
        "taiwan_footer.txt",
    )
    assert set(by_value) == {142.37}


def test_a_breakdown_of_a_change_over_the_month_before_is_no_growth_over_a_year() -> None:
    # 11月份，PPI环比上涨0.1%，上月为下降0.1%。其中，生产资料价格上涨0.2%: over the month before, as
    # the sentence it breaks down; but after 同比 and 环比 both said, the breakdown is the year's
    found = figures(
        "11月份，PPI环比上涨0.1%，上月为下降0.1%。其中，生产资料价格上涨0.2%；生活资料价格下降0.1%。\n"
        "生活资料价格同比下降0.4%，环比下降0.1%。其中，食品类价格下降1.1%。",
        region="全国",
        ref=date(2026, 12, 7),
    )
    assert sorted(f.value for f in found) == [-1.1, -0.4]


def test_a_rank_column_named_by_the_column_it_ranks() -> None:
    # 区、县（市）  亩均税收（万元）  增幅（%）  亩均增加值（万元）  亩均税收排名: each place's rank by
    # 亩均税收
    found = figures(
        "2025年度各区、县（市）规模以上工业企业亩均效益主要指标\n\n"
        "区、县（市）    亩均税收（万元）    增幅（%）    亩均增加值（万元）    亩均税收排名\n"
        "越城区          41.2                9.6          205.7                 1\n"
        "柯桥区          29.5                5.1          151.3                 5\n",
        region="绍兴市",
        ref=date(2026, 9, 25),
    )
    ranks = {f.region: f for f in found if f.measure == "rank"}
    assert (ranks["柯桥区"].value, ranks["柯桥区"].indicator) == (5, "亩均税收")


def test_a_national_rank_column_beside_a_growth_the_caption_names() -> None:
    # 表：十大经济大省1—10月规上工业增加值增速及全国位次 ↵ 省份 | 1—10月增速（%） | 全国位次
    by_value = described_figures(
        "21世纪经济报道\n\n发布时间：2026-11-25\n\n　　表：十大经济大省1—10月规上工业增加值增速及全国位次\n\n"
        "省份 | 1—10月增速（%） | 全国位次\n广东 | 3.9 | 26\n江苏 | 7.4 | 9\n",
        "provinces_table.txt",
    )
    assert (by_value[3.9].region, by_value[3.9].indicator) == ("广东省", "规模以上工业增加值")
    assert (by_value[3.9].period_start, by_value[3.9].period_end) == (date(2026, 1, 1), date(2026, 10, 31))
    assert (by_value[26].measure, by_value[26].benchmark) == ("rank", "全国")


def test_a_group_companys_own_site_is_of_the_place_its_name_opens_with() -> None:
    # 湖南省潇湘工业控股集团有限公司 ↵ 首页 > 新闻中心 > 集团要闻: the province's group's figures
    meta = describe_document(
        normalize(
            "湖南省潇湘工业控股集团有限公司\n首页 > 新闻中心 > 集团要闻\n\n集团2026年生产经营实现量质齐升\n\n"
            "发布时间：2026-12-04\n\n1-11月，集团完成工业总产值1086.4亿元，同比增长10.3%。"
        ).text,
        "group.txt",
    )
    assert meta.region == "湖南省"


def test_a_statistics_offices_masthead_over_its_release_is_no_headline() -> None:
    # 經濟部統計處 ↵ 首頁 > 統計發布 ↵ 115年第3季製造業產值年增9.76%，續創單季新高: the quarter's release,
    # whose later 累計1至9月 is an aside, its items the quarter's
    by_value = described_figures(
        "經濟部統計處\n首頁 > 統計發布 > 新聞稿\n\n115年第3季製造業產值年增9.76%，續創單季新高\n\n"
        "發布日期：115-11-10\n\n115年第3季製造業產值為6兆3,842億元，年增9.76%。累計1至9月製造業產值18兆1,205億元，"
        "年增11.32%。\n\n（二）電腦電子產品及光學製品業：產值1兆1,950億元，年增27.08%。\n",
        "taiwan_q3.txt",
    )
    computers = by_value[11950]
    assert (computers.period_start, computers.period_end) == (date(2026, 7, 1), date(2026, 9, 30))
    assert computers.indicator == "电脑电子产品及光学制品业产值"


def test_trillions_and_thousands_of_hundred_millions_as_one_number() -> None:
    # 24兆5千億元: 24 兆 and 5,000 億 (Taiwan's)
    assert normalize("全年製造業產值可望達24兆5千億元左右").text == "全年制造业产值可望达245000亿元左右"


def test_energy_in_units_of_hours_said_in_full() -> None:
    # 326.5百萬千瓦小時 (Macao's), 150兆瓦时: energy, the unit whole, none of it left in the name
    found = figures(
        "第3季本地发电量为326.5百万千瓦小时。配套储能电站150兆瓦时。",
        region="澳门特别行政区",
        ref=date(2026, 12, 4),
    )
    by_value = {f.value: f for f in found}
    assert (by_value[326.5].value_base, by_value[326.5].base_unit) == (326_500_000, "千瓦时")
    assert by_value[150].base_unit == "兆瓦时"


def test_a_change_said_right_after_what_stands_on_a_day_is_of_that_day() -> None:
    # 截至10月底，…10G PON端口达到38.5万个，同比增长17.3%: the growth of what stood that day
    found = figures(
        "截至10月底，全区累计建成5G基站13.62万个。5G移动电话用户达到4215.6万户，占移动电话用户的72.4%，"
        "高于全国平均水平0.9个百分点。具备千兆网络服务能力的10G PON端口达到38.5万个，同比增长17.3%。",
        region="广西壮族自治区",
        ref=date(2026, 11, 24),
    )
    by_value = {f.value: f for f in found}
    for value in (0.9, 17.3):
        assert (by_value[value].period_start, by_value[value].period_end) == (
            date(2026, 10, 31),
            date(2026, 10, 31),
        )


def test_firms_a_list_took_in_are_named_by_the_list() -> None:
    # 在工业和信息化部日前公布的2026年度5G工厂名录中，我区11家企业入选: those on the 5G factories' list
    found = figures(
        "在工业和信息化部日前公布的2026年度5G工厂名录中，我区11家企业入选。",
        region="广西壮族自治区",
        ref=date(2026, 11, 24),
    )
    assert found[0].indicator.startswith("5G工厂")


def test_a_title_naming_the_months_to_date_gives_its_lines_those_months() -> None:
    # 一图读懂丨2026年1—10月长兴县工业经济“成绩单”来了！ ↵ ▶ 规上工业总产值 ↵ 1786.4亿元: the months', in
    # November, not the year's
    by_value = described_figures(
        "长兴县人民政府\n\n一图读懂丨2026年1—10月长兴县工业经济“成绩单”来了！\n\n"
        "发布时间：2026-11-24 09:30\n\n"
        "📊 一、总量：稳中有进\n\n▶ 规上工业总产值\n　1786.4亿元，同比增长9.2%\n",
        "changxing_card.txt",
    )
    assert (by_value[1786.4].period_start, by_value[1786.4].period_end) == (
        date(2026, 1, 1),
        date(2026, 10, 31),
    )


def test_a_product_table_whose_levels_are_called_absolute_amounts() -> None:
    # 产品名称  单位  11月绝对量  11月同比增长（%）  1—11月绝对量  1—11月同比增长（%）
    by_value = described_figures(
        "国家统计局\n\n发布时间：2026-12-15\n\n附表：2026年11月份规模以上工业主要产品产量\n\n"
        "产品名称\t单位\t11月绝对量\t11月同比增长（%）\t1—11月绝对量\t1—11月同比增长（%）\n"
        "钢材\t万吨\t11285.0\t-2.1\t131562.4\t1.8\n",
        "nbs_products.txt",
    )
    assert (by_value[11285.0].value_base, by_value[11285.0].period_start) == (112_850_000, date(2026, 11, 1))
    assert (by_value[1.8].measure, by_value[1.8].period_start) == ("yoy_growth_pct", date(2026, 1, 1))


def test_each_year_and_cumulative_count_of_a_list_by_city() -> None:
    # 各市州省级工业设计中心分布情况 ↵ 序号 | 市州 | 2026年度认定（家） | 累计认定（家）: the year's and all
    by_value = described_figures(
        "湖南省工业和信息化厅  发布时间：2026-11-20\n\n各市州省级工业设计中心分布情况\n\n"
        "| 序号 | 市州 | 2026年度认定（家） | 累计认定（家） |\n"
        "| 1 | 长沙市 | 15 | 118 |\n| 2 | 株洲市 | 8 | 52 |\n",
        "design_centers.txt",
    )
    assert (by_value[15].indicator, by_value[15].period_end) == ("省级工业设计中心认定", date(2026, 12, 31))
    assert by_value[118].indicator.startswith("省级工业设计中心") and by_value[118].period_start == date(
        2026, 11, 20
    )


def test_each_groups_growth_and_the_places_rank_by_it() -> None:
    # 地区生产总值  规上工业增加值 ↵ 县市区  增速（%）  位次  增速（%）  位次
    by_value = described_figures(
        "宣城市统计局  发布时间：2026-10-28\n\n2026年前三季度各县市区主要经济指标完成情况\n\n"
        "              地区生产总值            规上工业增加值\n"
        "县市区      增速（%）    位次        增速（%）    位次\n"
        "宣州区        5.8         5           7.9         4\n",
        "xuancheng.txt",
    )
    assert (by_value[7.9].indicator, by_value[7.9].region) == ("规模以上工业增加值", "宣州区")
    assert (by_value[4].measure, by_value[4].indicator) == ("rank", "规模以上工业增加值")


def test_a_product_table_of_this_month_last_years_month_and_their_sums() -> None:
    # 产品类别 | 本月 | 去年同月 | 同比（%） | 本年累计 | 去年累计 | 同比（%） under 单位：辆
    found = figures(
        "2026年11月产销快报\n\n一、产量情况\n\n单位：辆\n"
        "产品类别 | 本月 | 去年同月 | 同比（%） | 本年累计 | 去年累计 | 同比（%）\n"
        "重型载货汽车 | 3,862 | 2,915 | 32.49 | 38,417 | 33,260 | 15.51\n",
        region="十堰市",
        ref=date(2026, 12, 4),
    )
    by_value = {f.value: f for f in found}
    assert by_value[2915].period_start.year == 2025 and by_value[33260].period_start.year == 2025
    assert (by_value[15.51].measure, by_value[38417].measure) == ("yoy_growth_pct", "amount")


def test_a_signed_change_column_takes_its_percent_from_the_line_above() -> None:
    # 商品名称  出口值  同比±  占出口比重 under （单位：亿元，%）: 同比± a growth, signed, in %
    by_value = described_figures(
        "滁州市商务局  发布时间：2025-11-20\n\n附表　2025年1—10月滁州市主要出口商品\n（单位：亿元，%）\n"
        "商品名称　　　　　　出口值　　同比±　　占出口比重\n"
        "机电产品　　　　　　286.5　　　9.8　　　76.0\n"
        "　其中：光伏产品　　 97.3　　 -5.4　　　25.8\n",
        "chuzhou_trade.txt",
    )
    assert (by_value[9.8].measure, by_value[9.8].indicator) == ("yoy_growth_pct", "机电产品出口值")
    assert (by_value[-5.4].measure, by_value[97.3].unit) == ("yoy_growth_pct", "亿元")
    assert by_value[25.8].measure == "share_pct"


def test_an_index_table_by_year_needs_no_unit_line() -> None:
    # 表1 …发展指数（2021年=100） ↵ | 分项指数 | 2023年 | 2024年 |: levels in points; 总指数 the caption's
    by_value = described_figures(
        "吉林省发展和改革委员会  发布时间：2025-12-10\n\n表1　吉林省新质生产力发展指数（2021年=100）\n\n"
        "| 分项指数 | 2023年 | 2024年 |\n|---|---|---|\n| 科技创新指数 | 114.2 | 123.5 |\n"
        "| 总指数 | 112.3 | 118.6 |\n",
        "jilin_index.txt",
    )
    assert (by_value[114.2].indicator, by_value[114.2].unit) == ("科技创新指数", "点")
    assert by_value[123.5].period_start == date(2024, 1, 1)
    assert by_value[118.6].indicator == "新质生产力发展指数"


def test_quarters_opening_the_clause_before_spread_over_its_values() -> None:
    # 2025年一至四季度，全区制造业销售收入分别增长…: each quarter in turn
    found = figures(
        "从季度走势看，2025年一至四季度，全区制造业销售收入分别增长6.1%、7.8%、9.3%、10.9%。"
        "一、二、三季度，全区规上工业增加值分别增长5.1%、6.2%和7.0%。",
        region="广西壮族自治区",
        ref=date(2026, 1, 23),
    )
    by_value = {f.value: f for f in found}
    assert (by_value[6.1].period_end, by_value[10.9].period_start) == (date(2025, 3, 31), date(2025, 10, 1))
    assert by_value[7.8].indicator == "制造业销售收入"
    assert by_value[6.2].period_start == date(2025, 4, 1)


def test_a_note_under_a_table_that_its_numbers_are_preliminary_makes_them_estimates() -> None:
    # 城市  锂电产业营业收入（亿元）  同比增速 ↵ … ↵ 注：数据为各市经信部门初步统计
    by_value = described_figures(
        "西部财经周刊  发布时间：2025-05-10\n\n四川锂电\n\n表：2024年四川主要锂电城市产业规模\n"
        "城市　　锂电产业营业收入（亿元）　　同比增速\n宜宾　　1086　　15.2%\n遂宁　　612　　19.0%\n"
        "注：数据为各市经信部门初步统计，部分数据经四舍五入。\n",
        "lithium.txt",
    )
    assert (by_value[1086].status, by_value[1086].region) == ("estimate", "宜宾市")
    assert by_value[19.0].status == "estimate"


def test_a_count_since_a_body_was_set_up_stands_on_the_reference_date() -> None:
    # 自成立以来已引进约100家, 至今已…投放逾1,500亿港元: as of the day the text speaks
    found = figures(
        "引进重点企业办公室自成立以来已引进约100家重点企业。本届政府至今已为创科发展投放逾1500亿港元资源。",
        region="香港特别行政区",
        ref=date(2024, 10, 16),
    )
    by_value = {f.value: f for f in found}
    assert (by_value[100].period_type, by_value[100].period_end) == ("as_of", date(2024, 10, 16))
    assert by_value[1500].period_end == date(2024, 10, 16)


def test_months_to_date_just_ahead_reached_at_least_are_this_years_goal() -> None:
    # 1—9月，全市工业投资增长14%以上, said in August: a goal for the months not yet over
    found = figures(
        "（二）加快投资完成进度。1—9月，全市工业投资增长14%以上。",
        region="沅州市",
        ref=date(2025, 8, 8),
    )
    goal = next(f for f in found if f.value == 14)
    assert (goal.status, goal.period_start, goal.period_end) == (
        "target",
        date(2025, 1, 1),
        date(2025, 9, 30),
    )


def test_a_headlines_rate_of_the_month_the_text_is_in_is_this_years() -> None:
    # 1月份制造业PMI为49.3%, out on January 27th: January of this year, its paragraphs too
    by_value = described_figures(
        "新华网 > 财经 > 正文\n\n1月份制造业PMI为49.3% 节前因素致景气水平有所回落\n\n"
        "2025-01-27 11:03:46　来源：新华社\n\n"
        "　　新华社北京1月27日电 1月份，制造业采购经理指数（PMI）为49.3%，比上月下降0.8个百分点。\n\n"
        "　　从企业规模看，大型企业PMI为50.4%，比上月下降0.5个百分点。\n\n"
        "　　从市场预期看，生产经营活动预期指数为55.2%，比上月上升0.5个百分点。",
        "pmi.txt",
    )
    assert by_value[50.4].period_start == date(2025, 1, 1)
    assert by_value[49.3].period_end == date(2025, 1, 31)
    # 从市场预期看 names the topic, and an expectations index is measured, not expected
    assert by_value[55.2].status == "actual"


def test_an_indexs_threshold_is_no_gap_and_a_level_may_say_its_points_with_no_verb() -> None:
    # 仍低于100点的景气临界值: the line the index is told against; ——宏观经济感受指数104.2点，上升1.3点
    found = figures(
        "三季度全省中小企业发展指数为93.4点，比二季度上升0.7点，但仍低于100点的景气临界值。\n"
        "——宏观经济感受指数104.2点，上升1.3点；\n企业家信心指数为120.5点，高于企业景气指数2.8点。",
        region="河南省",
        ref=date(2025, 10, 23),
    )
    by_value = {f.value: f for f in found}
    assert 100 not in by_value and -100 not in by_value
    assert (by_value[104.2].measure, by_value[104.2].indicator) == ("amount", "宏观经济感受指数")
    assert (by_value[1.3].measure, by_value[2.8].measure) == ("pp_change", "pp_diff")


def test_a_sentence_leading_to_a_table_of_periods_is_no_part_of_its_rows_names() -> None:
    # 各行业指数如下（单位：点）： ↵ 行业  三季度  二季度: each industry's index
    found = figures(
        "各行业指数如下（单位：点）：\n\n行业                              三季度      二季度\n"
        "建筑业                             86.2        86.9\n",
        region="河南省",
        ref=date(2025, 10, 23),
    )
    by_value = {f.value: f for f in found}
    assert (by_value[86.2].indicator, by_value[86.2].period_start) == ("建筑业指数", date(2025, 7, 1))


def test_a_paragraph_looking_along_the_provinces_cities_names_no_indicator() -> None:
    # 从设区市看，南昌市1286家、…: the cities are how the figures are looked at, not what they count
    found = figures(
        "2025年，全省新认定高新技术企业3826家。\n\n从设区市看，南昌市1286家、赣州市512家、九江市398家。",
        region="江西省",
        ref=date(2026, 1, 10),
    )
    assert all(f.indicator != "设区市" for f in found)
    assert [f.value for f in found if f.region == "江西省"] == [3826]


def test_goals_listed_under_a_horizon_ending_on_a_colon_are_for_that_year() -> None:
    # 到2027年，全省…实现以下主要目标： ↵ 1.… ↵ 2.…: each item's goal is for 2027
    found = figures(
        "今年全省力争新增规上工业企业200家。\n\n到2027年，全省工业互联网发展要实现以下主要目标：\n\n"
        "1.平台体系更加完善。培育国家级工业互联网平台10个。\n\n2.应用更加深入。建设5G工厂100家。\n\n"
        "二、重点任务\n\n（一）建设5G工厂20家。",
        region="广西壮族自治区",
        ref=date(2025, 3, 18),
    )
    by_value = {f.value: f for f in found}
    assert by_value[10].period_end == by_value[100].period_end == date(2027, 12, 31)
    assert by_value[20].period_end == date(2025, 12, 31)  # (under a new heading, not the list's)


def test_an_industrys_label_names_its_sales_after_the_month() -> None:
    # 1.電子零組件業：8月銷售值3,862億元，年增15.2%: that industry's sales
    found = figures("1.电子零组件业：8月销售值3,862亿元，年增15.2%。", region="台湾省", ref=date(2025, 9, 23))
    assert {f.indicator for f in found} == {"电子零组件业销售值"}


def test_a_statistics_bureaus_growth_columns_over_the_year_before() -> None:
    # 指标名称  10月  1—10月  10月比上年同期±%  1—10月比上年同期±% under 单位：万元
    found = figures(
        "表1　规模以上工业主要指标\n单位：万元\n"
        "指标名称　　　　　　　　　　10月　　　　1—10月　　　10月比上年同期±%　　1—10月比上年同期±%\n"
        "规模以上工业总产值　　　　　318742　　　2953186　　　　　9.3　　　　　　　　8.2\n",
        region="宁川县",
        ref=date(2025, 11, 18),
    )
    by_value = {f.value: f for f in found}
    assert (by_value[9.3].measure, by_value[9.3].period_start) == ("yoy_growth_pct", date(2025, 10, 1))
    assert (by_value[8.2].period_start, by_value[2953186].unit) == (date(2025, 1, 1), "万元")


def test_negative_growth_is_a_decline_and_positive_growth_a_rise() -> None:
    # 運輸及倉儲業則負成長1.27% (Taiwan's words), 工业负增长2.1%, 制造业正增长3.2%
    found = figures(
        "运输及仓储业则负成长1.27%。工业负增长2.1%。制造业正增长3.2%。",
        region="台湾省",
        ref=date(2025, 11, 28),
    )
    by_value = {f.value: f for f in found}
    assert (by_value[-1.27].measure, by_value[-1.27].indicator) == ("yoy_growth_pct", "运输及仓储业")
    assert -2.1 in by_value and by_value[3.2].indicator == "制造业"


def test_one_thing_told_in_two_units_grows_in_each_in_turn() -> None:
    # 累计装机规模达到612.4万千瓦/1358.6万千瓦时，较2024年底分别增长68.5%、72.3%
    found = figures(
        "截至2025年11月底，全省新型储能累计装机规模达到612.4万千瓦/1358.6万千瓦时，"
        "较2024年底分别增长68.5%、72.3%。",
        region="安徽省",
        ref=date(2025, 12, 16),
    )
    by_value = {f.value: f for f in found}
    assert by_value[68.5].indicator == by_value[72.3].indicator == by_value[612.4].indicator
    assert by_value[72.3].measure == "yoy_growth_pct"


def test_last_years_level_told_as_a_comparisons_base_is_of_last_year() -> None:
    # 全年新增…120家，高于上年的98家; …312家，比上年的265家增长17.7%，新增数量居全省第3位。其中…248家
    found = figures(
        "全年新增专精特新企业120家，高于上年的98家。"
        "2024年，全市新增规模以上工业企业312家，比上年的265家增长17.7%，新增数量居全省第3位。"
        "其中，“小升规”企业248家。",
        region="荆州市",
        ref=date(2025, 1, 20),
    )
    by_value = {f.value: f for f in found}
    assert (by_value[98].period_start, by_value[98].indicator) == (date(2023, 1, 1), "专精特新企业")
    assert by_value[265].period_start == date(2023, 1, 1)
    assert by_value[3].period_start == by_value[248].period_start == date(2024, 1, 1)


def test_last_years_level_in_brackets_after_its_base() -> None:
    # 全年新增企业120家，比上年（98家）增加22家
    found = figures("全年新增企业120家，比上年（98家）增加22家。", region="安徽省", ref=date(2025, 12, 20))
    by_value = {f.value: f for f in found}
    assert by_value[98].period_start == date(2024, 1, 1)
    assert by_value[120].period_start == date(2025, 1, 1)


def test_a_table_of_firms_with_one_figure_each() -> None:
    # 序号  企业名称  1-5月产值（万元）: each firm's output
    found = figures(
        normalize(
            "表　2025年1-5月全县工业20强企业产值情况\n"
            "序号　企业名称　　　　　　　　　　1-5月产值（万元）\n"
            "1　　桐溪钢联特钢有限公司　　　　　152386\n"
            "2　　华锐新能源科技股份有限公司　　124310\n"
        ).text,
        region="桐溪县",
        ref=date(2025, 6, 20),
    )
    by_value = {f.value: f for f in found}
    assert by_value[152386].indicator == "桐溪钢联特钢有限公司产值"
    assert (by_value[124310].unit, by_value[124310].period_end) == ("万元", date(2025, 5, 31))


def test_a_place_no_list_knows_among_known_places_gives_no_figure() -> None:
    # 航空港区71家、金水区54家: 71 is no 郑州市's, nor 金水区's; 航空港区 names no indicator
    found = figures(
        "瞪羚企业中，航空港区71家、金水区54家、中原区31家。从区域看，金水区54家、航空港区71家、中原区31家。",
        region="郑州市",
        ref=date(2026, 3, 10),
    )
    assert 71 not in {f.value for f in found}
    assert all(f.indicator != "航空港区" for f in found)
    assert {f.region for f in found if f.value == 54} <= {"金水区"}


def test_units_said_in_brackets_after_each_columns_name() -> None:
    # 單位：場所數目（間）；在職員工（名）；收益、增加值總額（百萬澳門元）, a label listing names with 、
    text = (
        "表一　2024年工業主要指標\n"
        "單位：場所數目（間）；在職員工（名）；收益、增加值總額（百萬澳門元）\n"
        "行業　　場所數目　　在職員工　　收益　　增加值總額\n"
        "工業總體　　1,012　　9,486　　23,860　　7,830\n"
        "電力、氣體及水的生產及分配　　19　　1,487　　12,140　　4,590\n"
    )
    found = {
        f.value: f for f in figures(normalize(text).text, region="澳门特别行政区", ref=date(2025, 10, 29))
    }
    assert (found[1487].unit, found[12140].indicator) == ("名", "电力、气体及水的生产及分配收益")
    assert found[1012].unit == "间"


def test_growth_on_average_each_year_over_the_years_named() -> None:
    # 制造业增加价值在过去五年（2020年至2024年）平均每年增加1.2%
    found = one(
        "制造业增加价值在过去五年（2020年至2024年）平均每年增加1.2%。",
        "avg_growth_pct",
        region="香港特别行政区",
        ref=date(2025, 8, 20),
    )
    assert found.indicator == "制造业增加价值"
    assert (found.period_start, found.period_end) == (date(2020, 1, 1), date(2024, 12, 31))


def test_a_level_at_a_years_end_told_as_the_base() -> None:
    # 上述行业合共有8,126间机构单位，较2023年年底的8,351间减少2.7%
    found = figures(
        "2024年年底，上述行业合共有8,126间机构单位，较2023年年底的8,351间减少2.7%。",
        region="香港特别行政区",
        ref=date(2025, 8, 20),
    )
    by_value = {f.value: f for f in found}
    assert by_value[8351].period_end == date(2023, 12, 31)
    assert by_value[-2.7].period_end == by_value[8126].period_end == date(2024, 12, 31)
    assert by_value[8126].indicator == "上述行业机构单位"


def test_a_weekly_briefs_figures_are_of_its_week_where_none_says_a_period() -> None:
    # 许昌市工业经济监测周报 ↵ 监测周期：2025年11月17日—11月23日 ↵ …重点监测企业开工率96.3%
    found = described_figures(
        "许昌市工业经济监测周报（2025年第47期）\n\n发布时间：2025-11-26 10:12\n\n"
        "监测周期：2025年11月17日—11月23日\n\n"
        "二、重点企业情况\n\n全市输配电装备企业完成产值11.2亿元，同比增长14.8%。重点监测企业开工率96.3%。\n",
        "7172_weekly.txt",
    )
    assert found[96.3].period_start == found[11.2].period_start == date(2025, 11, 17)
    assert found[14.8].period_end == date(2025, 11, 23)


def test_how_many_said_again_before_a_share_is_of_the_things_counted() -> None:
    # 同期全国…创新型中小企业约27.6万家，我省数量占全国的3.6%
    found = figures(
        "同期全国有效期内创新型中小企业约27.6万家，我省数量占全国的3.6%。",
        region="江西省",
        ref=date(2025, 12, 20),
    )
    share = next(f for f in found if f.measure == "share_pct")
    assert share.indicator == "有效期内创新型中小企业占全国"


def test_a_batch_of_a_year_said_with_more_of_it_is_no_period() -> None:
    # 对2022年度认定、有效期届满的1964家企业开展复核: the batch, not the year of the review
    found = figures(
        "2025年，全省新认定创新型中小企业3126家。同时，对2022年度认定、有效期届满的1964家企业开展复核。",
        region="江西省",
        ref=date(2025, 12, 20),
    )
    assert {f.period_start for f in found if f.value == 1964} <= {date(2025, 1, 1), None}
    assert 1964 in {f.value for f in found}


def test_a_year_of_account_said_in_days_across_two_years() -> None:
    # 創科基金在二〇二五至二六財政年度（即二〇二五年四月一日至二〇二六年三月三十一日）共批出4,862個項目
    found = figures(
        "创新及科技基金在2025至26财政年度（即2025年4月1日至2026年3月31日）共批出4,862个项目。"
        "申请情况方面，创科基金年内共收到各类申请约6,900宗。",
        region="香港特别行政区",
        ref=date(2026, 5, 18),
    )
    by_value = {f.value: f for f in found}
    assert (by_value[4862].period_start, by_value[4862].period_end) == (date(2025, 4, 1), date(2026, 3, 31))
    assert by_value[4862].indicator == "创新及科技基金共批出项目"
    assert by_value[6900].status == "actual"


def test_a_part_told_after_a_comparisons_base_is_of_the_whole_not_the_base() -> None:
    # …数据企业达到4120家，较2024年底的3370家增加750家；其中规模以上数据企业1035家
    found = figures(
        "截至2025年底，全省数据企业达到4120家，较2024年底的3370家增加750家；其中规模以上数据企业1035家。",
        region="贵州省",
        ref=date(2026, 1, 20),
    )
    by_value = {f.value: f for f in found}
    assert by_value[3370].period_end == date(2024, 12, 31)
    assert by_value[1035].period_end == date(2025, 12, 31)


def test_a_span_of_quarters_after_its_year_shares_out_its_values() -> None:
    # 2025年第1季至第4季工業生產指數年增率分別為6.12%、8.47%、11.26%及13.52%
    found = figures(
        "2025年第1季至第4季工业生产指数年增率分别为6.12%、8.47%、11.26%及13.52%。",
        region="台湾省",
        ref=date(2026, 2, 20),
    )
    by_value = {f.value: f for f in found}
    assert set(by_value) == {6.12, 8.47, 11.26, 13.52}
    assert (by_value[8.47].period_start, by_value[8.47].period_end) == (date(2025, 4, 1), date(2025, 6, 30))
    assert by_value[13.52].period_start == date(2025, 10, 1)
    assert all("工业生产指数" in f.indicator for f in found)


def test_the_quarters_of_a_list_share_the_year_its_first_says() -> None:
    # 2025年一季度、二季度、三季度和四季度…: all of 2025, though 四季度 alone, said before its end, is
    # the last one ended
    found = figures(
        "2025年一季度、二季度、三季度和四季度全省规上工业增加值分别增长6.1%、6.5%、7.0%和7.2%。",
        region="安徽省",
        ref=date(2025, 12, 16),
    )
    by_value = {f.value: f for f in found}
    assert (by_value[7.2].period_start, by_value[7.2].period_end) == (date(2025, 10, 1), date(2025, 12, 31))
    assert by_value[6.5].period_start == date(2025, 4, 1)


def test_metric_tons_are_a_unit() -> None:
    # 乙烯產量312.6萬公噸，減少9.7%: a unit of its own, so the growth after it is ethylene's
    found = figures(
        "2025年积体电路产量达3,512亿个，年增19.8%；乙烯产量312.6万公吨，减少9.7%。",
        region="台湾省",
        ref=date(2026, 2, 20),
    )
    by_value = {f.value: f for f in found}
    assert by_value[312.6].unit == "万公吨"
    assert by_value[-9.7].indicator == "乙烯产量"


def test_a_class_defined_by_a_threshold_in_brackets_counts_what_it_names() -> None:
    # 連接高價值設備（單台價值10萬元以上）217.6萬台（套）: the threshold defines the class, no figure,
    # and 台（套） is one unit
    found = figures(
        "截至2025年10月底，全省平台连接工业设备1590.2万台（套），"
        "其中连接高价值设备（单台价值10万元以上）217.6万台（套），占比13.7%。",
        region="江西省",
        ref=date(2025, 12, 18),
    )
    by_value = {f.value: f for f in found}
    assert 10 not in by_value
    assert by_value[217.6].indicator == "连接高价值设备"
    assert by_value[217.6].unit == "万台（套）"


def test_a_grades_bounds_before_its_name_are_no_figures() -> None:
    # 80（含）至90分（优秀级）平台19个: which platforms were counted, not two scores
    found = figures(
        "从得分分布看，90分及以上（卓越级）平台5个，80（含）至90分（优秀级）平台19个，"
        "60（含）至80分（良好级）平台81个，60分以下（达标级）平台27个。",
        region="江西省",
        ref=date(2025, 12, 18),
    )
    assert sorted(f.value for f in found) == [5, 19, 27, 81]
    assert "达标级" in next(f for f in found if f.value == 27).indicator


def test_each_share_given_for_another_is_the_subjects() -> None:
    # A类企业以24.9%的用地贡献了55.5%的税收和59.3%的营业收入: the class's shares, not the county's
    found = figures(
        "2024年，A类企业以24.9%的用地贡献了55.5%的税收和59.3%的营业收入。",
        region="临溪县",
        ref=date(2025, 3, 20),
    )
    by_value = {f.value: f for f in found}
    assert {f.measure for f in found} == {"share_pct"}
    assert by_value[24.9].indicator == "A类企业用地占比"
    assert by_value[55.5].indicator == "A类企业税收占比"
    assert by_value[59.3].indicator == "A类企业营业收入占比"


def test_the_lines_under_a_line_ending_as_follows_count_what_it_names() -> None:
    # 入选绿色工厂按设区市分布如下： ↵ 南昌市：28家 ↵ 景德镇市：9家: each city's green factories
    text = (
        "江西省工业和信息化厅关于公布2025年度省级绿色制造名单的通知\n发布日期：2025-12-22\n\n"
        "本年度各设区市共推荐绿色工厂申报企业247家，入选率为75.3%。入选绿色工厂按设区市分布如下：\n"
        "南昌市：28家\n景德镇市：9家\n\n"
        "（二）绿色工业园区。南昌市：3个\n"
    )
    by_value = described_figures(text, "jiangxi_green.txt")
    assert (by_value[28].region, by_value[28].indicator) == ("南昌市", "绿色工厂")
    assert (by_value[9].region, by_value[9].indicator) == ("景德镇市", "绿色工厂")
    assert by_value[3].indicator == "绿色工业园区"
    assert by_value[75.3].indicator == "入选率"


def test_the_month_after_the_aspect_a_paragraph_opens_on_governs_it() -> None:
    # 按產品分析，8月份成衣出口…。藥品及醫療用品出口4,712萬澳門元: August's, not January to August's
    text = (
        "澳門特別行政區政府 統計暨普查局\n\n2025年8月製造業產品出口統計\n\n發佈日期：2025年9月29日\n\n"
        "2025年1至8月，製造業產品出口總值累計21.53億澳門元，按年上升6.9%。\n\n"
        "按產品分析，8月份成衣出口3,865萬澳門元，按年下跌7.3%。藥品及醫療用品出口4,712萬澳門元，按年上升35.8%。\n"
    )
    by_value = described_figures(text, "macao_exports.txt")
    assert (by_value[4712].period_start, by_value[4712].period_end) == (date(2025, 8, 1), date(2025, 8, 31))
    assert by_value[21.53].period_start == date(2025, 1, 1)


def test_a_month_not_over_in_a_plans_review_paragraph_is_planned() -> None:
    # 1—11月，全区新开工…186个…。12月份，全区计划新投产工业项目43个, said on 15 December: a plan for the
    # month, though the paragraph opened on the months before it
    found = figures(
        "1—11月，全区新开工亿元以上工业项目186个，同比增加21个。12月份，全区计划新投产工业项目43个。",
        region="宁夏回族自治区",
        ref=date(2025, 12, 15),
        doc_type="work_plan",
    )
    by_value = {f.value: f for f in found}
    assert by_value[186].status == "actual"
    assert by_value[43].status == "target"


def test_those_a_subsidy_went_to_are_counted_by_their_noun_not_the_preposition() -> None:
    # 本次共對12家企業的12個首台（套）產品給予補助: 12 firms, not 12 of 对
    found = figures(
        "2025年，本次共对12家企业的12个首台（套）产品给予补助。", region="泽阳市", ref=date(2025, 12, 20)
    )
    firms = next(f for f in found if f.unit == "家")
    assert firms.indicator == "企业"


def test_a_bare_flow_is_that_of_whose_the_sentence_opened_on() -> None:
    # 機電產品出口呈逐季回升態勢，一季度至四季度出口分別增長…: the machinery's exports, not all exports
    found = figures(
        "机电产品出口呈逐季回升态势，一季度至四季度出口分别增长4.7%、7.5%、9.1%和11.6%。",
        region="全国",
        ref=date(2026, 1, 20),
    )
    assert len(found) == 4
    assert {f.indicator for f in found} == {"机电产品出口"}


def test_a_change_over_the_quarter_before_is_no_growth_over_a_year() -> None:
    # 較上季增加4.6%，較上年同季增加12.4%: only the second is a year-on-year growth
    found = figures(
        "2025年第3季制造业营业额为48,325亿元，较上季增加4.6%，较上年同季增加12.4%。",
        region="台湾省",
        ref=date(2025, 11, 5),
    )
    growths = [f for f in found if f.measure == "yoy_growth_pct"]
    assert [f.value for f in growths] == [12.4]
    assert growths[0].indicator == "制造业营业额"


def test_a_five_year_plan_in_single_quotes_is_its_years() -> None:
    # 據測算，‘十五五’期間全省鋼鐵行業…投資需求約在600億至800億元之間: 2026 to 2030
    found = figures(
        "据测算，‘十五五’期间全省钢铁行业改造投资需求约在600亿至800亿元之间。",
        region="河北省",
        ref=date(2026, 1, 20),
    )
    assert (found[0].period_start, found[0].period_end) == (date(2026, 1, 1), date(2030, 12, 31))
    assert found[0].indicator == "钢铁行业改造投资需求"


def test_a_count_per_firm_after_a_total_is_the_totals_average() -> None:
    # …累計擁有有效發明專利超過27萬件，戶均近16件: the patents a firm holds on average
    found = figures(
        "截至2024年底，“小巨人”企业累计拥有有效发明专利超过27万件，户均近16件。",
        region="全国",
        ref=date(2025, 7, 24),
    )
    average = next(f for f in found if f.value == 16)
    assert average.indicator.startswith("“小巨人”企业累计拥有有效发明专利")
    assert average.indicator.endswith("户均")


def test_the_batches_a_count_came_in_are_no_figure() -> None:
    # 在兩批共66個城市開展…試點: 66 cities, not 2 batches
    found = figures(
        "我们会同财政部在两批共66个城市开展中小企业数字化转型城市试点。", region="全国", ref=date(2025, 7, 24)
    )
    assert [f.value for f in found] == [66]


def test_a_firms_research_intensity_is_a_share() -> None:
    # “小巨人”企業平均研發強度達到9.1%: R&D over revenue, a share (研发强度, without 投入)
    found = figures("2024年，“小巨人”企业平均研发强度达到9.1%。", region="全国", ref=date(2025, 7, 24))
    assert [(f.measure, f.value) for f in found] == [("share_pct", 9.1)]
    assert found[0].indicator.endswith("研发强度")


def test_a_share_of_firms_that_work_in_a_field_counts_those_firms() -> None:
    # 超六成…企業深耕工業基礎領域，超過八成企業在細分市場深耕10年以上: two shares of the firms
    found = figures(
        "超六成“小巨人”企业深耕工业基础领域，超过八成企业在细分市场深耕10年以上。",
        region="全国",
        ref=date(2025, 7, 24),
    )
    assert [(f.measure, f.value, f.qualifier) for f in found] == [
        ("share_pct", 6, "at_least"),
        ("share_pct", 8, "at_least"),
    ]
    assert found[0].indicator == "深耕工业基础领域的“小巨人”企业占比"
    assert found[1].indicator.startswith("在细分市场深耕")


def test_a_label_with_its_unit_in_brackets_gives_the_number_after_its_colon_that_unit() -> None:
    # 從業人員（萬人）：6.8 ↵ 無梭織機保有量（台）：約1.2萬: the label's unit, its multiplier too
    text = (
        "青溪县纺织服装产业集群2025年主要数据\n发布日期：2026-03-06\n\n"
        "一、总体规模\n从业人员（万人）：6.8\n营业收入（亿元）：362.7（增长6.4%）\n"
        "无梭织机保有量（台）：约1.2万\n印染废水回用率（%）：45以上\n"
    )
    found = described_figures(text, "cluster.txt")
    assert found[6.8].value_base == 68000 and found[6.8].base_unit == "人"
    assert found[6.8].indicator == "从业人员"
    assert found[362.7].unit == "亿元" and found[362.7].indicator == "营业收入"
    assert found[6.4].measure == "yoy_growth_pct" and found[6.4].indicator == "营业收入"
    assert found[1.2].value_base == 12000 and found[1.2].qualifier == "approx"
    assert found[45].measure == "share_pct" and found[45].qualifier == "at_least"
    assert found[45].quote.startswith("印染废水回用率")


def test_lines_of_labels_and_numbers_under_a_heading_take_its_unit() -> None:
    # 二、產業鏈各環節產值（億元） ↵ 化纖：58.2 ↵ 紡紗：71.5: each line in 亿元
    text = (
        "青溪县纺织服装产业集群2025年主要数据\n发布日期：2026-03-06\n\n"
        "二、产业链各环节产值（亿元）\n化纤：58.2\n纺纱：71.5\n印染：32.4（增长4.1%）\n"
    )
    found = described_figures(text, "cluster.txt")
    assert {v: (f.unit, f.indicator) for v, f in found.items() if f.measure == "amount"} == {
        58.2: ("亿元", "化纤"),
        71.5: ("亿元", "纺纱"),
        32.4: ("亿元", "印染"),
    }
    assert found[4.1].measure == "yoy_growth_pct" and found[4.1].indicator == "印染"


def test_a_bare_number_after_a_colon_without_a_unit_in_brackets_is_no_figure() -> None:
    # 聯繫電話：2321 and 化纖：58.2 under a heading of no unit: nothing says what they count
    text = "青溪县纺织服装产业集群2025年主要数据\n发布日期：2026-03-06\n\n二、产业链各环节产值\n化纤：58.2\n"
    assert described_figures(text, "cluster.txt") == {}


def test_patents_in_force_stand_at_a_day() -> None:
    # 有效發明專利（件）：326: patents in force, a stock on the year's last day
    heading = "青溪县纺织服装产业集群2025年主要数据\n发布日期：2026-03-06\n\n"
    text = heading + "四、创新与品牌\n有效发明专利（件）：326\n"
    patents = described_figures(text, "cluster.txt")[326]
    assert (patents.period_type, patents.period_end) == ("as_of", date(2025, 12, 31))


def test_a_unit_line_of_a_count_and_money_gives_each_column_its_own() -> None:
    # 單位：家、萬元 over 本批認定  累計認定  獎補資金: the firms in 家, the funds in 万元
    text = (
        "湖南省工业和信息化厅\n发布日期：2025-11-28\n\n"
        "2025年度省级专精特新“小巨人”企业认定及奖补资金分配表\n\n单位：家、万元\n\n"
        "序号\t市别\t本批认定\t累计认定\t奖补资金\n1\t长沙市\t52\t290\t2600\n2\t株洲市\t31\t176\t1550\n"
    )
    found = described_figures(text, "notice.txt")
    assert (found[52].unit, found[290].unit, found[2600].unit) == ("家", "家", "万元")
    assert found[2600].region == "长沙市" and found[1550].region == "株洲市"


def test_a_table_of_periods_down_under_a_caption_of_growths_holds_growths() -> None:
    # 表1　工業生產指數年增率 ↵ 單位：% ↵ 期別　工業　製造業: each column its index's growth, a
    # revised month (114年9月r) still the month, the months to date of their own year
    text = (
        "经济部统计处 新闻稿\n\n发布日期：中华民国114年11月24日\n\n"
        "表1　工业生产指数年增率\n单位：%\n期别　　　　　工业　　　制造业\n"
        "114年9月r　　9.12　　　9.87\n114年10月　　 9.47　　　10.12\n114年1-10月　 8.25　　　8.73\n"
    )
    found = described_figures(text, "ipi.txt")
    assert {f.measure for f in found.values()} == {"yoy_growth_pct"}
    assert (found[9.12].indicator, found[9.87].indicator) == ("工业生产指数", "制造业生产指数")
    assert (found[9.12].period_start, found[9.12].period_end) == (date(2025, 9, 1), date(2025, 9, 30))
    assert (found[8.25].period_start, found[8.25].period_end) == (date(2025, 1, 1), date(2025, 10, 31))


def test_a_republic_dated_publication_label_is_the_texts_day() -> None:
    # 發布日期：中華民國114年11月24日: 2025-11-24 (the era's name before the year, once converted)
    text = "经济部统计处 新闻稿\n\n发布日期：中华民国114年11月24日\n\n114年10月工业生产指数年增9.47%\n"
    cleaned = normalize(text).text
    described = describe_document(cleaned, "ipi.txt")
    assert (described.published_on, described.reference_date_method) == (date(2025, 11, 24), "printed")


def test_a_years_row_of_two_values_is_no_date() -> None:
    # 113年　　　　11.21　　　11.57 (2024年 11.21 once converted): a year and its values, no 21 November
    text = (
        "经济部统计处 新闻稿\n\n114年10月工业生产指数年增9.47%\n\n"
        "期别　　　　　工业　　　制造业\n113年　　　　11.21　　　11.57\n"
    )
    cleaned = normalize(text).text
    assert describe_document(cleaned, "ipi.txt").reference_date != date(2024, 11, 21)


def test_a_paper_that_says_our_country_and_counts_in_new_taiwan_dollars_is_taiwans() -> None:
    # 2024年我國半導體設備出口值達185.3億美元…若以新台幣計價，全年出口金額約5,942億元
    text = (
        "经贸新报\n\n半导体设备出口冲新高\n\n2025-02-18 05:30　经贸新报 记者陈怡君／台北报导\n\n"
        "2024年我国半导体设备出口值达185.3亿美元，年增38.2%。若以新台币计价，全年出口金额约5,942亿元。\n"
    )
    cleaned = normalize(text).text
    assert describe_document(cleaned, "paper.txt").region == "台湾省"
    converted = text.replace("若以新台币计价，", "").replace("约5,942亿元", "约合新台币5,942亿元")
    assert describe_document(normalize(converted).text, "paper.txt").region == "全国"


def test_the_year_a_list_of_tasks_opens_on_is_the_year_of_its_items_goals() -> None:
    # 2026年，我們將…重點做好以下工作： ↵ （一）…全年計劃供應工業用地8500畝以上, said in December 2025
    text = (
        "三、下一步工作打算\n\n2026年，我们将坚持“以亩产论英雄”，重点做好以下工作：\n\n"
        "（一）强化用地要素保障。全年计划供应工业用地8500亩以上，“标准地”出让比例不低于90%。\n\n"
        "（二）加快标准厂房建设。新建标准厂房200万平方米以上。\n"
    )
    found = figures(text, region="宣平市", ref=date(2025, 12, 23), doc_type="speech")
    assert {(f.value, f.status, f.period_start) for f in found} == {
        (8500, "target", date(2026, 1, 1)),
        (90, "target", date(2026, 1, 1)),
        (200, "target", date(2026, 1, 1)),
    }


def test_places_listed_with_no_noun_told_give_no_figure() -> None:
    # 吉安市、撫州市分別為8家、7家, after clauses whose counts named no noun: nobody's count of anything
    # (not 赣州市's, the place the clause before named)
    found = figures(
        "从区域分布看，赣州市14家、九江市11家；吉安市、抚州市分别为8家、7家。",
        region="江西省",
        ref=date(2025, 12, 16),
    )
    assert all(f.value not in (8, 7) for f in found)
    assert all("、" not in f.indicator for f in found)


def test_our_country_in_a_taiwan_paper_is_the_island() -> None:
    # 2024年我國半導體設備出口值達185.3億美元 in a Taiwan paper: 台湾省's, not the country's
    found = figures(
        "2024年我国半导体设备出口值达185.3亿美元，年增38.2%。", region="台湾省", ref=date(2025, 2, 18)
    )
    assert {f.region for f in found} == {"台湾省"}
    mainland = figures(
        "2024年我国半导体设备出口值达185.3亿美元，年增38.2%。", region="江苏省", ref=date(2025, 2, 18)
    )
    assert {f.region for f in mainland} == {"全国"}


def test_kinds_listed_after_the_first_are_measured_by_its_noun() -> None:
    # 分經濟類型看，國有控股企業應收賬款3126.4億元…；股份制企業12017.5億元，增長6.9%
    found = figures(
        "分经济类型看，9月末国有控股企业应收账款3126.4亿元，增长2.8%；股份制企业12017.5亿元，增长6.9%；"
        "私营企业6753.2亿元，增长9.7%。",
        region="湖北省",
        ref=date(2025, 10, 28),
    )
    assert {f.value: f.indicator for f in found} == {
        3126.4: "国有控股企业应收账款",
        2.8: "国有控股企业应收账款",
        12017.5: "股份制企业应收账款",
        6.9: "股份制企业应收账款",
        6753.2: "私营企业应收账款",
        9.7: "私营企业应收账款",
    }


def test_an_emoji_that_ends_a_line_of_prose_ends_its_sentence() -> None:
    # …也是忍不住點了個贊👍 ↵ 縣統計局相關負責人告訴小編: two sentences, no county named 个赞县
    text = (
        "原创 潇源发布 2026年04月21日 18:36 湖南\n\n一季度潇源工业“成绩单”来了\n\n"
        "一季度，全县规上工业总产值完成186.7亿元，同比增长11.3%。小编看到这组数据也是忍不住点了个赞👍\n"
        "县统计局相关负责人告诉小编：“一季度工业用电量增长15.2%。”\n"
    )
    cleaned = normalize(text).text
    assert "点了个赞。\n县统计局" in cleaned
    assert describe_document(cleaned, "wechat.txt").region != "个赞县"


def test_figures_told_after_a_fair_closed_are_of_its_last_day() -> None:
    # 本報訊 10月20日，為期4天的…交易會…落下帷幕。 ↵ 本屆交易會共達成出口意向成交41.8億美元
    text = (
        "本报讯 10月20日，为期4天的第九届中国（河南）出口商品交易会在郑州国际会展中心落下帷幕。\n\n"
        "本届交易会共达成出口意向成交41.8亿美元，同比增长13.6%。\n"
    )
    found = figures(text, region="河南省", ref=date(2025, 10, 21), doc_type="news_article")
    assert {(f.value, f.period_type, f.period_end) for f in found} == {
        (41.8, "as_of", date(2025, 10, 20)),
        (13.6, "as_of", date(2025, 10, 20)),
    }


def test_places_that_rank_among_the_first_take_the_values_after_them() -> None:
    # 江蘇、浙江、廣東、山東本年度入選綠色工廠數量位居前列，分別為138家、126家…
    found = figures(
        "分地区看，江苏、浙江、广东、山东本年度入选绿色工厂数量位居前列，分别为138家、126家、119家、104家。",
        region="全国",
        ref=date(2025, 12, 30),
    )
    assert {f.region: f.value for f in found} == {"江苏省": 138, "浙江省": 126, "广东省": 119, "山东省": 104}
    assert {f.indicator for f in found} == {"本年度入选绿色工厂数量"}


def test_a_year_after_a_body_named_in_brackets_is_the_figures_period() -> None:
    # 創新及科技基金（創科基金）於二○二五年共批出1,286個項目: 2025's, not the day the release came out
    found = figures(
        "创新科技署今日公布，创新及科技基金（创科基金）于2025年共批出1,286个项目。",
        region="香港特别行政区",
        ref=date(2026, 1, 22),
    )
    assert [(f.value, f.period_type, f.period_start) for f in found] == [
        (1286, "full_year", date(2025, 1, 1))
    ]
    assert "period_mention" in found[0].rules


def test_a_progress_column_between_a_plans_years_is_left_unread() -> None:
    # 序號 指標 2020年基數 2025年目標 2023年實際 進度（%） 2025年預計 屬性: the estimate after the progress
    text = (
        "江西省发展和改革委员会\n发布时间：2024-06-20\n\n表1　《规划》主要指标实施进展情况\n\n"
        "序号\t指标\t2020年基数\t2025年目标\t2023年实际\t进度（%）\t2025年预计\t属性\n"
        "3\t高技术制造业增加值占规模以上工业增加值比重（%）\t38.5\t42\t40.7\t62.9\t42.3\t预期性\n"
    )
    found = described_figures(text, "plan.txt")
    assert {v: (f.status, f.period_start.year if f.period_start else None) for v, f in found.items()} == {
        38.5: ("actual", 2020),
        42: ("target", 2025),
        40.7: ("actual", 2023),
        42.3: ("estimate", 2025),
    }


def test_quarters_down_the_side_named_in_words_are_their_quarters() -> None:
    # 時期 工業生產指數 按年變動（%） ↵ 2025年第三季 86.7 -3.2 (第三季, no 度)
    text = (
        "澳门特别行政区政府统计暨普查局\n发布日期：2025-11-28\n\n工业生产指数\n\n"
        "时期　　　　工业生产指数　　按年变动（%）\n"
        "2025年第二季　　88.2　　-2.6\n2025年第三季　　86.7　　-3.2\n"
    )
    found = described_figures(text, "ipi.txt")
    assert (found[86.7].period_start, found[86.7].period_end) == (date(2025, 7, 1), date(2025, 9, 30))
    assert found[-3.2].measure == "yoy_growth_pct" and found[-3.2].indicator == "工业生产指数"
    assert found[88.2].period_start == date(2025, 4, 1)


def test_an_area_a_text_names_by_its_short_name_is_given_its_catalogue_name() -> None:
    # 大灣區製造業發展報告 ↵ 區政府…。2025年，大灣區規上工業增加值增長6.1%: 粤港澳大湾区, not 大湾区
    text = (
        "大湾区制造业发展报告\n\n发布日期：2025年11月27日\n\n区政府近年积极推动新型工业化。"
        "2025年，大湾区规上工业增加值增长6.1%，大湾区服务站共接待企业312家。\n"
    )
    described = describe_document(normalize(text).text, "x.txt")
    assert (described.region, described.region_method) == ("粤港澳大湾区", "own_name")


def test_a_hong_kong_survey_of_the_bay_area_is_hong_kongs() -> None:
    # 港商在大灣區：… ↵ …特區政府…: Hong Kong's text (its SAR government no district's), as annotated
    path = Path(__file__).parent / "fixtures/annotated_pending/documents/7915_e2bfbdd2b2b8fbd0.txt"
    described = describe_document(normalize(path.read_text(encoding="utf-8")).text, path.name)
    assert described.region == "香港特别行政区"


def test_a_share_that_is_of_a_kind_of_firm_counts_those_firms_not_a_headcount() -> None:
    # 其中約四成為僱員人數少於100人的中小企業: 40% are SMEs; the 100 people define them, no figure
    found = figures(
        "本次调查共收到312家港资制造企业的有效回复，其中约四成为雇员人数少于100人的中小企业。",
        region="香港特别行政区",
        ref=date(2025, 11, 27),
    )
    assert [(f.measure, f.value) for f in found] == [("amount", 312), ("share_pct", 4)]
    assert found[1].indicator == "雇员人数少于100人的中小企业占比"


def test_the_cities_with_districts_name_no_district() -> None:
    # 從設區市看，9個設區市…全部實現正增長: the province's count, no district called 从设区
    found = figures(
        "从设区市看，9个设区市规上工业增加值全部实现正增长。", region="福建省", ref=date(2025, 10, 28)
    )
    assert [(f.value, f.region) for f in found] == [(9, "福建省")]


def test_kinds_after_the_first_rate_of_a_sentence_have_that_rate() -> None:
    # 煤炭開採和洗選業產能利用率為73.8%…；黑色金屬冶煉和壓延加工業為78.5%，下降0.7個百分點
    found = figures(
        "三季度，煤炭开采和洗选业产能利用率为73.8%，比上年同期下降2.1个百分点；"
        "黑色金属冶炼和压延加工业为78.5%，下降0.7个百分点。",
        region="河南省",
        ref=date(2025, 10, 20),
    )
    assert {(f.measure, f.value): f.indicator for f in found} == {
        ("share_pct", 73.8): "煤炭开采和洗选业产能利用率",
        ("pp_change", -2.1): "煤炭开采和洗选业产能利用率",
        ("share_pct", 78.5): "黑色金属冶炼和压延加工业产能利用率",
        ("pp_change", -0.7): "黑色金属冶炼和压延加工业产能利用率",
    }


def test_a_table_printed_two_up_reads_both_halves_each_from_its_own_cells() -> None:
    # 地区  數量  地區  數量 ↵ 北京市  12  湖北省  65: two tables side by side, one header for each
    text = (
        "2025年度绿色工厂分地区统计表\n\n单位：家\n\n"
        "地区          数量      地区              数量\n"
        "北京市        12        湖北省            65\n"
        "天津市        17        湖南省            37\n"
        "河北省        38\n"
    )
    found = figures(text, region="全国", ref=date(2025, 12, 30))
    assert {f.region: f.value for f in found} == {
        "北京市": 12, "湖北省": 65, "天津市": 17, "湖南省": 37, "河北省": 38
    }  # fmt: skip
    hubei = next(f for f in found if f.region == "湖北省")
    assert hubei.quote.strip() == "湖北省            65"


def test_a_header_over_two_periods_pairs_is_no_two_up_table() -> None:
    # 2025年10月  2025年1-10月 ↵ 金額  年增率  金額  年增率: the second line names each period's pair
    text = (
        "单位：亿元、%\n"
        "行业          2025年10月          2025年1-10月\n"
        "              金额      年增率     金额      年增率\n"
        "电子零组件    3120.5    12.4       29876.2   10.8\n"
    )
    found = figures(text, region="全国", ref=date(2025, 11, 20))
    assert all(f.region == "全国" for f in found)


def test_a_reporter_walking_into_the_county_bureau_names_no_county() -> None:
    # 走進縣工信局的產業大腦調度中心: the county's bureau, no county called 走进县
    text = (
        "一块木板撑起一个大产业\n——青堤县家具产业集群转型升级调查\n\n"
        "河北日报　2025年06月18日\n\n"
        "青堤县是全国知名的板式家具生产基地。全县共有家具生产及配套企业2300余家。\n\n"
        "走进县工信局的产业大脑调度中心，大屏上实时跳动着全县重点家具企业的订单数据。\n"
    )
    assert describe_document(normalize(text).text, "x.txt").region == "青堤县"


def test_a_funding_scheme_named_a_plan_sets_no_goals() -> None:
    # 截至今年十月底，資助計劃共收到263份申請: the scheme's outcomes, not a plan's goals
    text = (
        "资助计划\n\n"
        "截至今年十月底，资助计划共收到263份申请，其中186个项目获批。\n\n"
        "工业用地及设施\n\n"
        "先进制造业中心的出租率已达96%。\n"
    )
    found = figures(text, region="香港特别行政区", ref=date(2025, 11, 25))
    assert {f.value: f.status for f in found} == {263: "actual", 186: "actual", 96: "actual"}


def test_a_table_of_production_indices_names_each_rows_index() -> None:
    # 表1 工業生產指數及年增率 ↵ 行業別 | 115年2月指數 | 年增率(%) | 累計1至2月指數 | 年增率(%)
    text = (
        "表1 工业生产指数及年增率\n"
        "行业别 | 2026年2月指数 | 年增率(%) | 累计1至2月指数 | 年增率(%)\n"
        "工业总指数 | 112.36 | 11.84 | 118.12 | 9.21\n"
        "制造业 | 113.59 | 12.67 | 119.82 | 9.86\n"
    )
    found = figures(text, region="台湾省", ref=date(2026, 3, 23))
    levels = {(f.indicator, f.period_start, f.period_end): f.value for f in found if f.measure == "amount"}
    assert levels == {
        ("工业生产指数", date(2026, 2, 1), date(2026, 2, 28)): 112.36,
        ("工业生产指数", date(2026, 1, 1), date(2026, 2, 28)): 118.12,
        ("制造业生产指数", date(2026, 2, 1), date(2026, 2, 28)): 113.59,
        ("制造业生产指数", date(2026, 1, 1), date(2026, 2, 28)): 119.82,
    }


def test_columns_of_firms_newly_recognized_and_of_a_higher_level_name_their_things() -> None:
    # 序號 縣市區 本批新認定 累計市級綠色工廠 其中：省級以上 under 表1 …綠色工廠分縣市區情況（單位：家）
    text = (
        "表1　2025年度芜湖市绿色工厂分县市区情况（单位：家）\n\n"
        "序号　县市区　　　　本批新认定　累计市级绿色工厂　其中：省级以上\n"
        "1　　镜湖区　　　　　3　　　　　17　　　　　　　9\n"
        "2　　弋江区　　　　　10　　　　 41　　　　　　　24\n"
    )
    found = figures(text, region="芜湖市", ref=date(2025, 12, 16))
    jinghu = {f.value: f.indicator for f in found if f.region == "镜湖区"}
    assert "绿色工厂" in jinghu[3] and "省级以上绿色工厂" in jinghu[9] and "市级绿色工厂" in jinghu[17]


def test_a_list_of_projects_with_their_sums_gives_no_figure_from_a_projects_name() -> None:
    # 序號 項目單位 項目名稱 項目類別 總投資 設備投資 獎補金額 ↵ 2 … 年產3萬噸…項目: no 3萬噸
    text = (
        "单位：万元\n"
        "序号  项目单位  项目名称  项目类别  总投资  设备投资  奖补金额\n"
        "1  淮川恒锐精密机械有限公司  数控机床关键功能部件智能化生产线改造项目  智能化改造  "
        "6850  4210  336.8\n"
        "2  江苏瑞澄新材料科技有限公司  年产3万吨高性能工程塑料智能工厂建设项目  智能化改造  "
        "18600  11240  500\n"
    )
    found = figures(text, region="淮川市", ref=date(2025, 9, 22))
    assert not any(f.value == 30000 for f in found)


def test_a_table_of_places_counts_things_its_caption_names_before_how_they_were_counted() -> None:
    # 2025年度江西省專精特新中小企業認定及複核情況匯總表 ↵ 序號 設區市 新認定 複核通過 合計
    text = (
        "附表\n2025年度江西省专精特新中小企业认定及复核情况汇总表\n\n单位：家\n"
        "序号\t设区市\t新认定\t复核通过\t合计\n1\t南昌市\t186\t121\t307\n2\t景德镇市\t43\t27\t70\n"
    )
    found = figures(normalize(text).text, region="江西省", ref=date(2025, 12, 1))
    assert {(f.region, f.value): f.indicator for f in found}[("南昌市", 186)] == "专精特新中小企业新认定"


def test_lines_of_a_goal_an_outcome_and_a_rate_are_of_the_indicator_their_heading_names() -> None:
    # 1.地區生產總值 ↵ 年度目標：215億元 ↵ 上半年完成：101.6億元 ↵ 完成率：47.3%: the heading's figures
    text = (
        "一、主要指标完成情况\n\n"
        "1.地区生产总值\n年度目标：215亿元，增长6.5%\n上半年完成：101.6亿元，同比增长6.2%\n完成率：47.3%\n\n"
        "2.规模以上工业增加值增速\n目标：8.5%\n完成：9.1%\n完成率：107.1%\n"
    )
    found = figures(text, region="崇溪县", ref=date(2025, 7, 18))
    assert {(f.value, f.status): (f.indicator, f.measure) for f in found} == {
        (215, "target"): ("地区生产总值", "amount"),
        (6.5, "target"): ("地区生产总值", "yoy_growth_pct"),
        (101.6, "actual"): ("地区生产总值", "amount"),
        (6.2, "actual"): ("地区生产总值", "yoy_growth_pct"),
        (47.3, "actual"): ("地区生产总值完成率", "share_pct"),
        (8.5, "target"): ("规模以上工业增加值", "yoy_growth_pct"),
        (9.1, "actual"): ("规模以上工业增加值", "yoy_growth_pct"),
        (107.1, "actual"): ("规模以上工业增加值增速完成率", "share_pct"),
    }


def test_the_site_of_a_citys_congress_names_the_city_the_report_is_of() -> None:
    # 浙江省臨澄市人大常委會網站 ↵ 關於全市特色產業集群發展情況的報告: 临澄市's, not 浙江省's
    text = (
        "浙江省临澄市人大常委会网站\n当前位置：首页 > 常委会工作 > 审议意见\n\n"
        "关于全市特色产业集群发展情况的报告\n\n发布日期：2025-04-30   来源：市经济和信息化局\n\n"
        "2024年，全市8个集群共实现规上工业总产值2314.8亿元，同比增长8.8%。\n"
    )
    assert describe_document(normalize(text).text, "x.txt").region == "临澄市"


def test_places_named_together_are_the_subject_of_no_figure_after_them() -> None:
    # 西安市、寶雞市入選…試點城市，截至2024年底累計遴選…服務商215家: the province's, not 西安市's
    found = figures(
        "西安市、宝鸡市入选国家中小企业数字化转型试点城市，截至2024年底累计遴选省级数字化转型服务商215家。",
        region="陕西省",
        ref=date(2025, 5, 20),
    )
    assert [(f.region, f.value) for f in found] == [("陕西省", 215)]


def test_places_named_together_share_a_figure_said_of_each() -> None:
    # 來安縣、全椒縣分別聚焦…，相關產業鏈產值增速均超過20%: each county's growth
    found = figures(
        "来安县、全椒县分别聚焦新能源电池材料和智能装备配套，相关产业链产值增速均超过20%。",
        region="滁州市",
        ref=date(2025, 1, 20),
    )
    assert found and {f.region for f in found} <= {"全椒县", "来安县"}  # (not 滁州市's)


def test_a_papers_date_after_its_sections_crumbs_dates_the_text() -> None:
    # 江海商報 > 經濟 > 產業觀察　　2026年1月28日 星期三　　第A05版
    text = (
        "江海商报 > 经济 > 产业观察　　2026年1月28日 星期三　　第A05版\n\n"
        "订单排到2029年 江苏造船“满仓”再出发\n\n"
        "记者从省工业和信息化厅获悉，2025年，全省造船完工量1986万载重吨，同比增长9.7%。\n"
    )
    described = describe_document(normalize(text).text, "x.txt")
    assert (described.reference_date, described.reference_date_method) == (date(2026, 1, 28), "printed")


def test_a_range_from_a_fall_to_a_rise_is_one_figure_across_zero() -> None:
    # 預估…年減1.0%至增2.0%: from −1.0% to +2.0%, no growth of 2.0% named 至
    found = figures(
        "本处预估11月制造业生产指数年减1.0%至增2.0%，基本金属业年减3.0%至6.0%，"
        "电子零组件业年增1.0%至增4.0%，化学材料业年增1.0%至减2.0%。",
        region="台湾省",
        ref=date(2025, 11, 24),
    )
    assert [(f.value, f.value_max) for f in found] == [(-1.0, 2.0), (-6.0, -3.0), (1.0, 4.0), (-2.0, 1.0)]


def test_the_home_car_market_is_no_city() -> None:
    # 汽車及其零件業：國內車市買氣平穩: the market, no city called 国内车市
    found = figures(
        "汽车及其零件业：国内车市买气平稳，汽车产量年减2.0%。", region="台湾省", ref=date(2025, 11, 24)
    )
    assert [f.region for f in found] == ["台湾省"]


def test_a_notice_of_the_pilots_recognised_reports_outcomes() -> None:
    # 關於公布2025年工業互聯網試點示範項目名單的通知: the pilots chosen, no plan
    text = (
        "工业和信息化部办公厅关于公布2025年工业互联网试点示范项目名单的通知\n\n"
        "发布时间：2025-11-28\n\n"
        "本年度试点示范申报工作共收到各地和有关中央企业推荐项目1437个，最终确定试点示范项目226个。\n"
    )
    described = describe_document(normalize(text).text, "x.txt")
    assert described.doc_type != "work_plan"


def test_the_sar_government_is_no_districts() -> None:
    # 特區政府近年積極推動… in a Hong Kong page naming 深圳市: Hong Kong's, not a district's city
    text = (
        "香港电子业概况\n\n发布日期：2025年4月16日\n\n"
        "2024年，香港电子产品出口总值达35,486亿港元，按年增长11.2%。\n\n"
        "特区政府近年积极推动新型工业化，政府已拨款约28.4亿港元成立香港微电子研发院。\n\n"
        "其中，深圳市电子信息制造业营业收入2.6万亿元。资料来源：香港特区政府统计处。\n"
    )
    assert describe_document(normalize(text).text, "x.txt").region == "香港特别行政区"


def test_a_table_of_a_citys_county_level_cities_and_districts_reads_each() -> None:
    # 序號 轄市區 瞪羚企業 獨角獸企業 潛在獨角獸企業 合計 under 單位：家
    text = (
        "附件3\n\n2025年度常州市瞪羚企业和独角兽企业分辖市区情况\n\n单位：家\n\n"
        "序号　辖市区　　　　瞪羚企业　　独角兽企业　　潜在独角兽企业　　合计\n"
        "1　　 溧阳市　　　　12　　　　　0　　　　　　1　　　　　　　　13\n"
        "2　　 金坛区　　　　10　　　　　0　　　　　　1　　　　　　　　11\n"
    )
    found = figures(normalize(text).text, region="常州市", ref=date(2025, 12, 5))
    assert {(f.region, f.indicator): f.value for f in found}[("溧阳市", "瞪羚企业")] == 12


def test_the_years_counted_back_from_a_year_named_end_in_it() -> None:
    # 2024年合計實現營業收入…，近三年營業收入年均增長31.7%, said in December 2025: 2022—2024
    found = figures(
        "入选的157家企业2024年合计实现营业收入612.8亿元，同比增长26.4%，近三年营业收入年均增长31.7%。",
        region="常州市",
        ref=date(2025, 12, 5),
    )
    averaged = next(f for f in found if f.measure == "avg_growth_pct")
    assert (averaged.period_start, averaged.period_end) == (date(2022, 1, 1), date(2024, 12, 31))


def test_a_places_own_name_names_nothing_it_has() -> None:
    # 本批次認定企業中，城關鎮9家、白沙鎮4家: no figure named 城关镇 (the noun is said nowhere)
    found = figures("本批次认定企业中，城关镇9家、白沙镇4家。", region="柘溪县", ref=date(2025, 11, 20))
    assert all(f.indicator != f.region for f in found)


def read_document(text: str, name: str = "x.txt") -> list[Figure]:
    """A whole document's figures, read as the pipeline reads it (see ``described_figures``), all
    of them, where two may share a value."""
    cleaned = normalize(text).text
    return extract_figures(cleaned, describe_document(cleaned, name))


def test_a_table_of_the_bodies_handed_goals_reads_each_towns_and_the_total() -> None:
    # 序號 單位 簽約項目 協議投資 … under 年度目標任務如下（單位：個、億元）：, in a notice of 2026's goals;
    # the total row has no number of its own, and 城關鎮 is a town
    text = (
        "桐川县人民政府门户网站\n\n发布机构：桐川县人民政府办公室　　生成日期：2026-01-16\n\n"
        "桐川县人民政府办公室关于下达2026年度招商引资目标任务的通知\n\n"
        "各乡镇（园区）要对照下达的目标任务，将任务细化分解到季度。"
        "各乡镇（园区）年度目标任务如下（单位：个、亿元）：\n\n"
        "序号 单位 签约项目 协议投资 新开工项目 到位资金\n"
        "1 城关镇 10 32 7 12\n"
        "2 双河镇 8 25 6 9\n"
        "3 枫林镇 7 22 5 8\n"
        "合计 25 79 18 29\n"
    )
    found = {(f.region, f.indicator, f.value): f for f in read_document(text)}
    town = found[("城关镇", "协议投资", 32.0)]
    assert (town.status, town.unit, town.period_start) == ("target", "亿元", date(2026, 1, 1))
    assert found[("双河镇", "签约项目", 8.0)].unit == "个"
    assert found[("桐川县", "到位资金", 29.0)].status == "target"


def test_the_total_of_a_funds_items_is_the_funds() -> None:
    # 合計 under 專項名稱 in …市級工業發展專項資金分項目執行情況表: the fund's whole budget
    text = (
        "宝鸡市财政局关于2024年度市级工业发展专项资金使用情况的报告\n\n发布日期：2025-03-20\n\n"
        "2024年度市级工业发展专项资金分项目执行情况表\n\n单位：万元\n\n"
        "序号 专项名称 预算安排 实际支出 结转金额 执行率（%）\n"
        "1 工业技术改造专项 12000 11436 564 95.3\n"
        "2 数字化转型专项 4200 3549 651 84.5\n"
        "3 绿色制造专项 1800 1404 396 78.0\n"
        "合计 18000 16389 1611 91.1\n"
    )
    whole = next(f for f in read_document(text, "x.txt") if f.value == 18000)
    assert "工业发展专项资金" in whole.indicator


def test_a_plans_remark_before_its_goal_leaves_the_rows_read() -> None:
    # 序號 指標名稱 單位 屬性 2027年目標 2024年完成 完成率(%) 評價: the kind of goal (預期性) before it,
    # the verdict after; the completion rate of a fall is a share of the goal, no growth
    text = (
        "安澜市发展和改革委员会\n\n《安澜市工业高质量发展五年规划（2023—2027年）》中期评估报告\n\n"
        "发布日期：2025-09-18\n\n表1　《规划》主要指标完成情况\n"
        "序号  指标名称  单位  属性  2027年目标  2024年完成  完成率(%)  评价\n"
        "1  规模以上工业营业收入  亿元  预期性  6000  4512  75.2  正常\n"
        "2  营业收入超百亿元工业企业  家  预期性  12  8  66.7  滞后\n"
        "3  规上工业单位增加值能耗累计降低  %  约束性  [13.5]  [6.2]  45.9  正常\n"
    )
    found = described_figures(text, "x.txt")
    assert (found[6000].status, found[6000].period_end) == ("target", date(2027, 12, 31))
    assert (found[4512].status, found[4512].period_end) == ("actual", date(2024, 12, 31))
    assert found[45.9].measure == "share_pct"


def test_what_an_industry_labelled_before_a_colon_has_is_the_industrys() -> None:
    # 食品及飲品製造業：場所247間，在職員工3,918名…；收益39.3億澳門元: Macao's words for its
    # establishments, staff and receipts, each of the industry
    found = figures(
        "食品及饮品制造业：场所247间，在职员工3,918名；收益39.3亿澳门元，按年上升6.2%。",
        region="澳门特别行政区",
        ref=date(2025, 9, 30),
    )
    assert {f.indicator for f in found} == {
        "食品及饮品制造业场所",
        "食品及饮品制造业在职员工",
        "食品及饮品制造业收益",
    }


def test_a_year_compared_with_is_no_chapters_year() -> None:
    # 二、…土地進駐率達95.7%，較112年底的94.1%提升1.6個百分點 in a report on 113年 (2024)
    text = (
        "某县2024年度产业园区进驻概况报告\n\n发布日期：2025-03-18\n\n"
        "二、一般产业园区可供设厂用地合计986.5公顷，土地进驻率达95.7%，较2023年底的94.1%提升1.6个百分点。\n"
    )
    found = described_figures(text, "x.txt")
    assert found[95.7].period_end == date(2024, 12, 31)


def test_a_caption_that_says_its_rates_are_in_percent_in_words_types_the_table() -> None:
    # 表一：…按年變動百分率 ↵ （與一年前同季比較的變動百分率，%）: every cell a growth in %
    text = (
        "香港特别行政区政府 新闻公报\n\n2025年第三季工业生产指数\n\n2025年12月10日\n\n"
        "表一：按行业划分的制造业生产指数按年变动百分率\n（与一年前同季比较的变动百分率，%）\n\n"
        "行业　　2025年第一季　　2025年第二季　　2025年第三季\n"
        "制造业整体　　+0.4　　+0.8　　+1.3\n"
        "纺织制品及成衣　　-5.8　　-5.1　　-4.7\n"
    )
    found = described_figures(text, "x.txt")
    assert (found[-4.7].measure, found[-4.7].unit, found[-4.7].period_start) == (
        "yoy_growth_pct",
        "%",
        date(2025, 7, 1),
    )


def test_the_same_year_is_the_year_of_the_sentence_before() -> None:
    # 2024年非博彩業增加值總額為…。同年，四大重點產業增加值總額為…, said in 2026
    found = figures(
        "2024年非博彩业增加值总额为2,318.7亿澳门元。同年，四大重点产业增加值总额为612.3亿澳门元。",
        region="澳门特别行政区",
        ref=date(2026, 3, 20),
    )
    assert [f.period_end for f in found] == [date(2024, 12, 31), date(2024, 12, 31)]


def test_preliminary_data_are_an_estimate() -> None:
    # 根據統計暨普查局初步數據，2025年本地生產總值為…: 初步, as the spec says
    found = figures(
        "根据统计暨普查局初步数据，2025年本地生产总值为4,215.3亿澳门元，按年实质上升5.6%。",
        region="澳门特别行政区",
        ref=date(2026, 3, 20),
    )
    assert {f.status for f in found} == {"estimate"}


def test_a_bases_time_in_brackets_is_no_figures_period() -> None:
    # 截至2025年6月底，…分別較政策實施前（2022年底）增長2.1倍和89.6%: grown up to June 2025
    found = figures(
        "截至2025年6月底，全省创新型中小企业、省级专精特新中小企业分别达到12680家、5236家，"
        "分别较政策实施前（2022年底）增长2.1倍和89.6%。",
        region="湖南省",
        ref=date(2025, 9, 16),
    )
    assert {f.period_end for f in found} == {date(2025, 6, 30)}


def test_the_lines_a_months_line_brings_in_are_of_that_month() -> None:
    # 3月主要接單貨品多呈年增，其中： ↵ （一）資訊通信產品接單249.7億美元: March's, not the quarter's
    # the headline names
    text = (
        "3月外销订单628.4亿美元，年增21.3%；第1季接单创历年同期新高\n\n发布日期：2026-04-20\n\n"
        "一、主要货品接单\n3月主要接单货品多呈年增，其中：\n"
        "（一）资讯通信产品接单249.7亿美元，年增32.6%。\n（二）电子产品接单198.3亿美元，年增24.1%。\n"
    )
    found = described_figures(text, "x.txt")
    assert (found[198.3].period_start, found[198.3].period_end) == (date(2026, 3, 1), date(2026, 3, 31))


def test_a_fall_to_a_level_leaves_the_fall_out_of_the_name() -> None:
    # 場所減少至68間: the establishments, not 场所减少至
    found = figures("成衣及纺织制造业：场所减少至68间。", region="澳门特别行政区", ref=date(2025, 9, 30))
    assert [f.indicator for f in found] == ["成衣及纺织制造业场所"]


def test_a_part_column_that_names_its_own_growth_is_a_growth() -> None:
    # 地區  工業投資目標  比上年增長  其中：工業技改投資增長 under 單位：億元、%: the part's growth, in %
    text = (
        "江西省人民政府办公厅关于下达2026年全省工业投资目标任务的通知\n\n发布日期：2026-02-10\n\n"
        "各设区市2026年工业投资目标任务如下：\n\n单位：亿元、%\n\n"
        "地区        工业投资目标    比上年增长    其中：工业技改投资增长\n"
        "南昌市      1980            8.5           10.0\n"
        "九江市      1650            8.0           12.0\n"
    )
    found = described_figures(text, "x.txt")
    assert (found[12.0].measure, found[12.0].unit, found[12.0].region) == ("yoy_growth_pct", "%", "九江市")
    assert "技改投资" in found[12.0].indicator


def test_a_data_pages_labels_with_their_period_and_unit_in_brackets() -> None:
    # 地區生產總值（前三季度，億元）：2986.4 ↵ 規模工業企業戶數（10月末，戶）：2268 ↵
    # 工業用電量（億千瓦時）：86.3 ↵ 高耗能行業增加值增長（%）：-1.8, on a page of January–October: each
    # label's own period, and a fall
    text = (
        "株洲市统计局\n\n2025年1-10月全市主要经济指标\n\n发布日期：2025-11-21\n\n"
        "地区生产总值（前三季度，亿元）：2986.4\n"
        "　　比上年同期增长（%）：5.6\n"
        "规模工业企业户数（10月末，户）：2268\n"
        "工业用电量（亿千瓦时）：86.3\n"
        "高耗能行业增加值增长（%）：-1.8\n"
    )
    found = described_figures(text, "x.txt")
    assert (found[2986.4].unit, found[2986.4].period_end) == ("亿元", date(2025, 9, 30))
    assert found[5.6].period_end == date(2025, 9, 30)
    assert (found[2268].unit, found[2268].period_start) == ("户", date(2025, 10, 31))
    assert (found[86.3].period_start, found[86.3].period_end) == (date(2025, 1, 1), date(2025, 10, 31))
    assert found[-1.8].indicator == "高耗能行业增加值"


def test_a_towns_goals_in_money_then_counts_in_their_turn() -> None:
    # 單位：億元、個、家 over 鄉鎮（園區） 工業投資 其中：技改投資 新開工億元以上工業項目 新增規上工業企業,
    # in a notice of 2026's goals: the money in 億元, the projects in 個, the firms in 家
    text = (
        "龙塘县人民政府办公室关于下达2026年各乡镇（园区）工业投资目标任务的通知\n\n发布日期：2026-01-20\n\n"
        "附件：2026年各乡镇（园区）工业投资目标任务分解表\n\n"
        "                                    单位：亿元、个、家\n"
        "序号  乡镇（园区）  工业投资  其中：技改投资  新开工亿元以上工业项目  新增规上工业企业\n"
        "1     城关镇        11.0      4.2             3                       4\n"
        "2     石门镇        9.5       3.3             2                       5\n"
    )
    found = {(f.region, f.value): f for f in read_document(text)}
    assert (found[("城关镇", 11.0)].unit, found[("城关镇", 11.0)].status) == ("亿元", "target")
    assert found[("石门镇", 2.0)].unit == "个"
    assert found[("石门镇", 5.0)].unit == "家"


def test_the_threshold_of_a_terms_definition_is_no_figure() -> None:
    # 註：簽約項目、新開工項目均指計劃總投資1億元以上（含）的工業項目: what is counted, no goal of 1億元
    found = figures(
        "注：签约项目、新开工项目均指计划总投资1亿元以上（含）的工业、现代服务业项目。",
        region="桐川县",
        ref=date(2026, 1, 16),
    )
    assert found == []


def test_a_survey_a_paragraph_quotes_gives_its_year() -> None:
    # 根據2024年工業調查結果，本澳共有工業場所917間…。工業生產總值為168.4億澳門元, in a release on 2025's
    # third quarter: the survey's year
    text = (
        "2025年第3季工业生产指数\n发布日期：2025年11月26日\n\n"
        "统计暨普查局资料显示，2025年第3季工业生产指数为88.6，按年上升4.7%。\n\n"
        "根据2024年工业调查结果，本澳共有工业场所917间，较2023年减少23间。"
        "工业生产总值为168.4亿澳门元，按年上升6.3%。\n"
    )
    found = described_figures(text, "x.txt")
    assert (found[168.4].period_start, found[168.4].period_end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_an_index_tables_base_period_line_leaves_its_header_read() -> None:
    # 表一　工業生產指數 ↵ 基期：2021年 ↵ 行業　　2024年第3季　　2025年第3季　　按年變動（%）
    text = (
        "2025年第3季工业生产指数\n发布日期：2025年11月26日\n\n"
        "表一　工业生产指数\n基期：2021年\n"
        "行业　　2024年第3季　　2025年第3季　　按年变动（%）\n"
        "工业总体　　84.6　　88.6　　4.7\n"
        "采矿业　　62.4　　55.2　　-11.5\n"
    )
    found = described_figures(text, "x.txt")
    assert (found[-11.5].measure, found[-11.5].period_start) == ("yoy_growth_pct", date(2025, 7, 1))
