"""Tests of the document dimension on the seeds and on made-up documents.

The expected values come from reading each seed (its title, its printed or
implied date, the region it speaks for), not from running the code.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

import pytest

from pipelines.reference import load_csv
from pipelines.stages.describe import DOC_TYPES, describe_document
from pipelines.stages.models import DocumentMeta
from pipelines.stages.normalize import decode, normalize

SEED_DIR = Path(__file__).resolve().parent.parent / "seeds" / "documents"
SEEDS = sorted(path.name for path in SEED_DIR.glob("*.txt"))


@cache
def meta(prefix: str) -> DocumentMeta:
    name = next(name for name in SEEDS if name.startswith(prefix))
    text = normalize(decode((SEED_DIR / name).read_bytes()).text).text
    return describe_document(text, name)


EXPECTED: dict[str, dict[str, object]] = {
    "000": {
        "title": "山东省工业和信息化工作会议在济南召开",
        "doc_type": "conference_news",
        "region": "山东省",
        "published_on": None,
        "reference_date": date(2024, 1, 9),
        "doc_number": None,
        "issuer": "山东省工业和信息化厅",
    },
    "001": {
        "title": "省制造强省建设领导小组办公室关于印发《实施先进制造业“2024攻坚提质年”工作方案》的通知",
        "doc_type": "work_plan",
        "region": "山东省",
        "published_on": date(2024, 6, 3),
        "reference_date": date(2024, 6, 3),
        "doc_number": "鲁制造强省办〔2024〕1号",
        "issuer": "山东省制造强省建设领导小组办公室",
    },
    "002": {
        "title": "工业经济 挺起高质量发展“硬脊梁”",
        "doc_type": "news_article",
        "region": "山东省",
        "published_on": None,
        "doc_number": None,
    },
    "003": {
        "title": None,
        "doc_type": "press_conference",
        "region": "山东省",
        "published_on": None,
        "reference_date": date(2024, 3, 8),
        "doc_number": None,
        "issuer": "山东省人民政府新闻办公室",
    },
    "004": {
        "title": "《推进新型工业化加快建设工业强市三年行动计划(2023—2025年)》执行情况评估报告",
        "doc_type": "evaluation_report",
        "region": "济南市",
        "published_on": date(2025, 8, 29),
        "reference_date": date(2025, 8, 29),
        "doc_number": None,
        "issuer": "工业和信息化局",
    },
}


@pytest.mark.parametrize(
    ("prefix", "field"), [(prefix, field) for prefix, fields in EXPECTED.items() for field in fields]
)
def test_seed_metadata(prefix: str, field: str) -> None:
    assert getattr(meta(prefix), field) == EXPECTED[prefix][field]


@pytest.mark.parametrize("prefix", ["001", "004"])
def test_printed_date_is_the_reference_date(prefix: str) -> None:
    assert meta(prefix).reference_date_method == "printed"
    assert meta(prefix).reference_date_confidence == 1.0


def test_conference_date_is_inferred_from_the_year_it_sums_up() -> None:
    described = meta("000")
    assert described.reference_date_method == "inferred_month_day_with_summary_year"
    assert 0.5 <= described.reference_date_confidence < 1.0


def test_press_conference_date_is_inferred_from_last_year() -> None:
    described = meta("003")
    assert described.reference_date_method.startswith("inferred_month_day")
    assert 0.5 <= described.reference_date_confidence < 1.0


def test_article_without_date_is_placed_early_in_the_year_it_plans_for() -> None:
    described = meta("002")
    assert described.reference_date is not None
    assert described.reference_date.year == 2025 and described.reference_date.month <= 2
    assert described.reference_date_method.startswith("inferred")
    assert described.reference_date_confidence <= 0.5


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_doc_type_is_from_the_closed_list(prefix: str) -> None:
    assert meta(prefix).doc_type in DOC_TYPES


# --- made-up documents: the rules generalise ---------------------------------------


def test_city_document_speaks_for_the_city() -> None:
    text = (
        "青岛市工业运行情况\n\n今年以来，我市规上工业增加值增长8%，高于全省1.2个百分点，全市新增企业120家。"
    )
    assert describe_document(text, "x.txt").region == "青岛市"


def test_other_province_is_recognised() -> None:
    text = "江苏省召开全省工业和信息化工作会议\n\n会议指出，全省规上工业增加值增长7%。省委、省政府高度重视。"
    described = describe_document(text, "y.txt")
    assert described.region == "江苏省"
    assert described.doc_type == "conference_news"


def test_national_document_without_province_scope() -> None:
    text = "工业和信息化部发布数据\n\n我国规模以上工业增加值同比增长4.6%，全国工业经济稳中向好。"
    assert describe_document(text, "z.txt").region == "全国"


def test_benchmark_mentions_of_the_province_do_not_make_a_city_document_provincial() -> None:
    text = (
        "潍坊市工业运行报告\n\n全市规上工业增长9%，居全省首位，高于全省2个百分点，"
        "在全省率先完成改造，数字经济领先全省，全省第1。"
    )
    assert describe_document(text, "c.txt").region == "潍坊市"


def test_region_named_repeatedly_without_scope_words() -> None:
    text = "山东工业经济稳中向好\n\n山东规上工业增加值增长8%，山东制造业增长，山东新增企业。"
    assert describe_document(text, "r.txt").region == "山东省"


def test_provinces_listed_once_each_make_a_national_text() -> None:
    text = "各地工业\n\n江苏、浙江、山东工业增长较快，全国规上工业增加值增长5%。"
    assert describe_document(text, "n.txt").region == "全国"


# --- how sure the region is: what v_document_review lists -------------------------------


def test_a_region_told_by_scope_words_is_a_confident_reading() -> None:
    text = "江苏省召开全省工业和信息化工作会议\n\n会议指出，全省规上工业增加值增长7%。省委、省政府高度重视。"
    described = describe_document(text, "y.txt")
    assert (described.region_method, described.region_confidence >= 0.8) == ("scope_words", True)


def test_a_text_with_the_countrys_words_that_names_one_place_over_and_over_is_a_guess() -> None:
    """A 广西 plan that quotes 党中央、国务院 and never says 全区 in a way read as scope."""
    text = (
        "广西加快发展算力产业行动方案\n\n为贯彻党中央、国务院决策部署，推动广西算力产业发展。"
        "到2027年，广西算力总规模达到8EFlops，广西数据中心机架达到20万架，"
        "广西建成区域级平台8个，广西新增智能算力中心5个。"
    )
    described = describe_document(text, "gx.txt")
    assert described.region == "全国"  # the reading stays, but it is flagged as a guess
    assert described.region_method == "country_words"
    assert described.region_confidence < 0.6


def test_a_national_text_that_lists_provinces_once_each_is_a_confident_reading() -> None:
    text = "国务院新闻办发布会\n\n我国工业经济稳中向好，江苏、浙江、山东、广东增长较快，党中央高度重视。"
    described = describe_document(text, "n.txt")
    assert (described.region, described.region_method) == ("全国", "country_words")
    assert described.region_confidence >= 0.8


def test_a_text_without_scope_words_that_names_one_place_most_is_a_guessed_region() -> None:
    text = "工业经济观察\n\n苏州、苏州工业园区的制造业增长较快，无锡、常州也在追赶，规上工业增加值增长6%。"
    described = describe_document(text, "g.txt")
    assert (described.region, described.region_method) == ("全国", "default")
    assert described.region_confidence < 0.6


def test_a_release_that_names_no_place_is_taken_for_national_with_fair_confidence() -> None:
    text = "2025年10月份规模以上工业增加值增长4.9%\n\n10月份，规模以上工业增加值同比实际增长4.9%。"
    described = describe_document(text, "r.txt")
    assert (described.region, described.region_method) == ("全国", "default")
    assert described.region_confidence >= 0.6


def test_a_round_up_of_several_provinces_each_with_its_own_whole_speaks_for_the_country() -> None:
    text = (
        "工业大省挑大梁\n\n全国规上工业增加值增长6.2%。江苏、浙江、广东分别增长7.1%、6.8%、4.3%。\n"
        "江苏上半年增长7.1%，江苏全省高技术制造业增长11.2%，江苏省工信厅表示。\n"
        "浙江上半年增长6.8%，浙江全省新产品产值率43.7%，浙江省经信厅表示。\n"
        "广东上半年增长4.3%，广东全省先进制造业占比56.1%，广东省工信厅表示。"
    )
    described = describe_document(text, "roundup.txt")
    assert (described.region, described.region_method) == ("全国", "several_provinces")


def test_a_round_up_in_sections_headed_by_places_speaks_for_what_holds_them() -> None:
    sections = "\n\n{}：一句小标题\n\n全市工业增加值增长8%，我们将继续推进。"
    cities = "".join(sections.format(place) for place in ("宁德", "佛山", "包头"))
    described = describe_document(
        "代表热议新型工业化\n\n全国人大代表结合本地实践建言献策。" + cities, "lh.txt"
    )
    assert (described.region, described.region_method) == ("全国", "place_sections")
    # the cities of one province: the province's round-up
    same_province = "".join(sections.format(place) for place in ("济南", "青岛", "烟台"))
    assert (
        describe_document("各市工业亮点\n\n全省各市加力推进。" + same_province, "sd.txt").region == "山东省"
    )
    # a heading may open its section's paragraph (合肥市：新兴产业挑大梁。1—9月，…)
    inline = "".join(
        f"\n\n{place}：一句小标题。1—9月，{place}规上工业增加值增长9%。全市工业投资增长10%，全市技改投资增长12%。"
        for place in ("合肥市", "芜湖市", "滁州市")
    )
    text = "五市比拼\n\n前三季度，合肥市领跑全省。" + inline
    assert describe_document(text, "ah.txt").region == "安徽省"


def test_a_districts_own_bodies_make_it_the_documents_region() -> None:
    text = (
        "滨海新区2025年工业经济工作总结和2026年工作思路\n\n"
        "2025年，区工业和信息化局在区委、区政府的坚强领导下，全力稳增长。全区规上工业增加值增长6.3%，高于全市0.9个百分点。"
    )
    described = describe_document(text, "bh.txt")
    assert (described.region, described.region_method) == ("滨海新区", "own_name")


def test_a_city_read_as_the_documents_though_another_is_named_nearly_as_often_is_a_guess() -> None:
    text = (
        "代表热议\n\n佛山规上工业总产值增长4.6%，全市数字化转型覆盖率68.5%，佛山制造业占比50%，"
        "佛山新增企业1000家，佛山灯塔工厂5家。包头稀土产业增长，包头工业增长9.8%，"
        "包头多晶硅产能居前。全市将继续推进。"
    )
    described = describe_document(text, "two.txt")
    assert (described.region, described.region_method) == ("佛山市", "scope_words")
    assert described.region_confidence < 0.6


def test_a_provinces_text_that_names_others_as_benchmarks_stays_the_provinces() -> None:
    text = (
        "山东工业经济\n\n全省规上工业增加值增长7.5%，高于江苏、浙江。山东省工信厅表示，山东制造业增长，"
        "全省新增企业，山东排名居前，山东工业投资增长，仅次于广东、江苏，浙江第四。"
    )
    assert describe_document(text, "sd.txt").region == "山东省"


def test_nothing_to_date_gives_unknown() -> None:
    described = describe_document("关于工业的几点思考\n\n工业是立国之本，要坚持推进。", "u.txt")
    assert described.reference_date is None
    assert described.reference_date_method == "unknown"
    assert described.reference_date_confidence == 0.0
    assert described.doc_type == "other"


def test_summary_year_generalises() -> None:
    text = "全市工作会议召开\n\n2月3日，全市工业工作会议召开。会议总结2022年工作，部署2023年任务。"
    described = describe_document(text, "w.txt")
    assert described.reference_date == date(2023, 2, 3)


def test_title_block_stops_at_the_first_section_heading() -> None:
    text = "全省工业稳增长工作方案\n一、总体要求\n（一）目标\n全省规上工业增加值增长6%左右。"
    described = describe_document(text, "h.txt")
    assert described.title == "全省工业稳增长工作方案"


def test_headline_below_banner_and_kicker_with_subtitle() -> None:
    text = (
        "经济观察\n山东工业连续三年领跑\n规上工业增速居前\n"
        "——全省工业经济运行综述\n本报记者 张三\n全省工业增长。"
    )
    assert describe_document(text, "k.txt").title == "规上工业增速居前"


def test_a_byline_that_opens_on_wen_and_a_slash_is_not_the_headline() -> None:
    text = (
        "厂房“长高”　产业“向上”\n——某产业园“工业上楼”调查\n\n文/佛山日报记者 梁嘉怡　通讯员 乐宣\n\n"
        "园区占地186亩，总建筑面积约56万平方米。"
    )
    assert describe_document(text, "b.txt").title == "厂房“长高”　产业“向上”"


def test_cited_document_number_is_not_the_documents_own() -> None:
    text = "某方案\n\n根据《某意见》（鲁发〔2022〕15号）要求，制定本方案。"
    assert describe_document(text, "v.txt").doc_number is None


def test_web_page_header_gives_date_and_source() -> None:
    text = "全市工业会议召开\n发布时间：2024年6月3日 信息来源：市工信局官网\n我市工业增长5%。"
    described = describe_document(text, "p.txt")
    assert described.published_on == date(2024, 6, 3)
    assert described.reference_date_method == "printed"
    assert described.issuer == "市工信局"


def test_signed_date_of_a_notice_without_publication_date() -> None:
    text = (
        "关于印发某方案的通知\n\n各市：现印发给你们。\n\n山东省工业和信息化厅\n\n2024年5月31日\n\n全省推进。"
    )
    described = describe_document(text, "s.txt")
    assert described.reference_date == date(2024, 5, 31)
    assert described.reference_date_method == "signed"
    assert described.issuer == "山东省工业和信息化厅"
    assert described.doc_type == "work_plan"


def test_dateline_with_its_year_dates_a_transcript_without_a_header() -> None:
    text = (
        "浙江省人民政府新闻办公室举行2024年全省经济运行情况新闻发布会\n\n"
        "2025年1月22日上午，省政府新闻办举行新闻发布会。\n\n"
        "初步核算，2024年全省地区生产总值90131亿元，比上年增长5.5%。全年规模以上工业增加值增长7.4%。"
    )
    described = describe_document(text, "zj.txt")
    assert (described.reference_date, described.reference_date_method) == (date(2025, 1, 22), "dateline")


def test_a_dated_figure_opening_the_text_is_not_a_dateline() -> None:
    """``2024年12月31日`` inside a sentence's subject is not where a news item is dated."""
    text = "全省经济运行情况\n\n截至2024年12月31日，全省累计建成5G基站20万个，全年新增3万个。"
    assert describe_document(text, "x.txt").reference_date_method != "dateline"


def test_author_line_below_the_title_is_not_the_title() -> None:
    text = (
        "关于2024年度全市制造业高质量发展目标完成情况的评估报告\n\n苏州市工业和信息化局\n\n2025年2月18日\n\n"
        "一、总体情况\n\n2024年，全市规模以上工业总产值同比增长5.2%。"
    )
    described = describe_document(text, "sz.txt")
    assert described.title == "关于2024年度全市制造业高质量发展目标完成情况的评估报告"
    assert described.doc_type == "evaluation_report"


def test_provincial_conference_held_in_a_city_speaks_for_the_province() -> None:
    text = (
        "全省工业和信息化工作会议在成都召开\n\n"
        "本报讯 1月8日，全省工业和信息化工作会议在成都召开。\n\n"
        "会议指出，2024年全省规上工业增加值同比增长6.2%。2025年，全省要确保规上工业增加值增长6%以上。"
    )
    assert describe_document(text, "sc.txt").region == "四川省"


def test_web_page_stamp_line_gives_the_date_and_is_not_the_title() -> None:
    text = (
        "合肥新能源汽车产业集群跑出“加速度”\n\n2025-02-10 09:30 来源：安徽日报\n\n"
        "记者从合肥市经信局获悉，2024年合肥市新能源汽车产量达到137.8万辆。全市汽车产业产值突破3000亿元。"
    )
    described = describe_document(text, "hf.txt")
    assert described.title == "合肥新能源汽车产业集群跑出“加速度”"
    assert (described.published_on, described.reference_date_method) == (date(2025, 2, 10), "printed")


def test_government_work_report_with_speaker_and_delivery_date() -> None:
    text = (
        "2025年河南省人民政府工作报告\n\n——2025年1月15日在河南省第十四届人民代表大会第三次会议上\n\n"
        "省长 王某\n\n一、2024年工作回顾\n\n过去一年，全省地区生产总值达到6.36万亿元、增长5.1%。"
    )
    described = describe_document(text, "hn.txt")
    assert described.title == "2025年河南省人民政府工作报告"
    assert described.doc_type == "government_work_report"
    assert (described.reference_date, described.reference_date_method) == (date(2025, 1, 15), "signed")


def test_city_news_comparing_with_its_province_is_the_citys() -> None:
    """``增速比全省高`` is a benchmark, not a scope word: the city named in the headline wins."""
    text = (
        "东莞：前三季度规上工业增加值增长8.6%\n\n来源：南方日报  2024-10-28\n\n"
        "今年前三季度，东莞规上工业增加值同比增长8.6%，增速比全省高4.8个百分点。"
    )
    described = describe_document(text, "dg.txt")
    assert (described.region, described.published_on) == ("东莞市", date(2024, 10, 28))


def test_communique_signed_by_two_bodies_under_the_title() -> None:
    text = (
        "2024年江苏省国民经济和社会发展统计公报\n\n江苏省统计局 国家统计局江苏调查总队\n2025年3月5日\n\n"
        "一、综合\n\n初步核算，全年地区生产总值137008亿元，比上年增长5.8%。"
    )
    described = describe_document(text, "js.txt")
    assert described.title == "2024年江苏省国民经济和社会发展统计公报"
    assert described.doc_type == "statistical_communique"


@pytest.mark.parametrize(
    ("title", "year"),
    [("江西省2025年工业和信息化工作要点", 2025), ("2024年无锡市国民经济和社会发展统计公报", 2025)],
)
def test_an_undated_plan_or_communique_takes_its_year_from_the_title(title: str, year: int) -> None:
    """Without a printed date, the title's year says when a plan (that year) or a communique
    (the year after) was written, so goals and results can be told apart."""
    described = describe_document(f"{title}\n\n全省规上工业增加值增长6%左右。", "t.txt")
    assert described.reference_date is not None
    assert (described.reference_date.year, described.reference_date_method) == (
        year,
        "inferred_year_only_from_title_year",
    )


def test_a_text_that_says_whole_city_but_names_none_has_an_unnamed_region() -> None:
    """全市… with no city named anywhere: not 全国, which would credit the city's figures to the nation."""
    text = (
        "全市工业经济工作会议召开\n2025年2月5日\n\n会议指出，2024年全市规上工业增加值增长9.2%。市委书记出席。"
    )
    assert describe_document(text, "c.txt").region == "(unnamed city)"
    notice = "关于全市工业经济运行情况的通报\n2025年2月5日\n\n2024年全市规上工业增加值增长9.2%。市委部署。"
    assert describe_document(notice, "n.txt").region == "(unnamed city)"  # not a city called 关于全市
    national = "全国工业和信息化工作会议召开\n2025年1月3日\n\n我国规上工业增加值增长5.8%。国务院部署。"
    assert describe_document(national, "n.txt").region == "全国"


def test_a_county_document_speaks_for_its_county_not_for_the_nation_or_its_city() -> None:
    text = (
        "德清县2024年工业经济运行情况\n2025-01-22\n\n"
        "2024年，全县规上工业增加值增长8.1%，增速居湖州市第一。全县新增省级专精特新中小企业28家。"
    )
    assert describe_document(text, "dq.txt").region == "德清县"
    unnamed = "工业经济运行情况\n2025-01-22\n\n2024年，全县规上工业增加值增长8.1%。我县新增企业28家。"
    assert describe_document(unnamed, "x.txt").region == "(unnamed county)"


def test_newspaper_masthead_line_gives_the_date_and_is_not_the_title() -> None:
    text = "宁波港口经济量质齐升\n浙江日报 2024年9月12日\n\n今年前8个月，宁波舟山港完成货物吞吐量9.2亿吨。"
    described = describe_document(text, "nb.txt")
    assert described.title == "宁波港口经济量质齐升"
    assert described.published_on == date(2024, 9, 12)
    assert described.doc_type == "news_article"


def test_a_newspaper_as_the_source_makes_a_news_article() -> None:
    text = "前三季度佛山工业稳中有进\n2024-10-28 来源：南方日报\n\n前三季度，佛山规上工业增加值增长5.1%。"
    assert describe_document(text, "fs.txt").doc_type == "news_article"


def test_newspaper_byline_is_not_the_title() -> None:
    text = "湖南：制造业“铸链强群”成效显著\n\n湖南日报记者 李四\n\n“2024年，全省制造业增加值增长7.5%。”"
    assert describe_document(text, "hn.txt").title == "湖南：制造业“铸链强群”成效显著"


def test_transcript_with_questions_is_a_press_conference() -> None:
    text = (
        "3月5日，省政府新闻办举行新闻发布会，介绍全省工业运行情况。\n"
        "记者：今年有何打算?\n答：全省将推进。去年全省工业增长7%。\n记者：如何落实?\n答：加强调度。"
    )
    described = describe_document(text, "q.txt")
    assert described.doc_type == "press_conference"
    assert described.issuer == "省政府新闻办"


@pytest.mark.parametrize(
    ("title", "doc_type"),
    [
        ("2024年山东省国民经济和社会发展统计公报", "statistical_communique"),
        ("2025年济南市政府工作报告", "government_work_report"),
        ("全省工业稳增长行动方案", "work_plan"),
        ("宁波市推进制造业高质量发展行动方案（2024—2026年）", "work_plan"),
        # (the plan's years inside the quotation marks of the notice that issues it)
        ("关于印发《江西省工业领域节能降碳行动方案（2025—2026年）》的通知", "work_plan"),
        ("关于印发《西安市促进低空经济高质量发展若干措施》的通知", "work_plan"),
        # (a scheme that funds, named 計劃 as Hong Kong names it, is no plan: its figures are what it did)
        ("立法会十一题：再工业化资助计划", "other"),
    ],
)
def test_doc_type_from_title(title: str, doc_type: str) -> None:
    assert describe_document(f"{title}\n\n全省工业增长7%，高于全国2个百分点。", "t.txt").doc_type == doc_type


def test_description_does_not_depend_on_the_file_name() -> None:
    name = SEEDS[0]
    text = normalize(decode((SEED_DIR / name).read_bytes()).text).text
    assert describe_document(text, "renamed.txt") == describe_document(text, name)


# --- regions.csv ---------------------------------------------------------------------


def test_regions_reference_is_complete() -> None:
    rows = load_csv("regions")
    by_level: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_level.setdefault(row["level"], []).append(row)
    assert [row["name"] for row in by_level["country"]] == ["全国"]
    # 31 provinces, Hong Kong, Macao, Taiwan, and 新疆生产建设兵团, which national tables list beside them
    assert len(by_level["province"]) == 35
    shandong_cities = [row for row in by_level["prefecture"] if row["parent_code"] == "370000"]
    assert len(shandong_cities) == 16
    names = {row["name"]: row for row in rows}
    assert names["山东省"]["code"] == "370000"
    assert names["济南市"]["code"] == "370100" and names["济南市"]["short_name"] == "济南"
    assert names["广西壮族自治区"]["short_name"] == "广西"
    assert names["香港特别行政区"]["code"] == "810000"
    assert len({row["code"] for row in rows}) == len(rows)


def test_every_prefecture_level_division_is_listed_under_its_province() -> None:
    """333 prefecture-level divisions (GB/T 2260) plus 雄安新区 and Taiwan's 20 municipalities,
    cities and counties, each under a listed province, and no short name shared by two regions
    (a shared one would make mentions ambiguous)."""
    rows = load_csv("regions")
    codes = {row["code"]: row for row in rows}
    prefectures = [row for row in rows if row["level"] == "prefecture"]
    assert len(prefectures) == 354
    taiwans = {row["name"] for row in prefectures if row["parent_code"] == "710000"}
    assert len(taiwans) == 20 and {"高雄市", "彰化县", "嘉义县", "嘉义市"} <= taiwans
    assert all(codes[row["parent_code"]]["level"] == "province" for row in prefectures)
    assert all(row["code"][:2] == row["parent_code"][:2] for row in prefectures)
    shorts = [row["short_name"] for row in rows if row["short_name"]]  # macro-regions have none
    assert len(set(shorts)) == len(shorts)
    assert codes["360700"]["name"] == "赣州市" and codes["540600"]["name"] == "那曲市"
    # short names that are also ordinary words are kept whole: 朝阳产业 is not a city
    assert codes["211300"]["short_name"] == "朝阳市"


def test_city_document_without_scope_words_names_its_city() -> None:
    text = (
        "赣州市2024年工业经济运行情况\n\n"
        "发布日期：2025-01-20 来源：赣州市工业和信息化局\n\n"
        "2024年，赣州市规模以上工业增加值增长8.1%，高于全省1.2个百分点。"
    )
    assert describe_document(text, "gz.txt").region == "赣州市"


def test_a_city_missing_from_the_region_list_is_still_the_documents_region() -> None:
    """全市 in a document of a city regions.csv lacks must not become 全国."""
    text = (
        "昆山市前三季度经济运行情况\n\n"
        "发布日期：2024-10-20 来源：昆山市统计局\n\n"
        "前三季度，全市地区生产总值同比增长4.1%。全市规模以上工业增加值增长5.0%。"
    )
    meta = describe_document(text, "ks.txt")
    assert meta.region == "昆山市"


def test_a_report_dated_by_its_month_is_referred_to_that_months_end() -> None:
    """…评估报告 / 2024年6月: the month line is the date, not the headline."""
    text = (
        "襄阳市“十四五”工业发展规划中期评估报告\n\n2024年6月\n\n"
        "2023年，全市规模以上工业增加值增长7.2%。研发经费投入强度为2.3%。"
    )
    meta = describe_document(text, "xy.txt")
    assert meta.title == "襄阳市“十四五”工业发展规划中期评估报告"
    assert (meta.reference_date, meta.reference_date_method) == (date(2024, 6, 30), "signed_month")
    assert meta.doc_type == "evaluation_report"


def test_a_date_line_with_its_weekday_time_and_chrome_dates_the_article() -> None:
    text = (
        "大公报 Ta Kung Pao\n2024年10月28日（星期一）05:12字号：大 中 小\n\n"
        "闽前三季工业稳中有进\n\n大公报讯 今年前三季度，福建规模以上工业增加值同比增长6.1%。"
    )
    meta = describe_document(text, "tkp.txt")
    assert meta.reference_date == date(2024, 10, 28)
    assert meta.title == "闽前三季工业稳中有进"


def test_a_county_named_by_its_media_centre_is_the_documents_region() -> None:
    text = (
        "会昌高新区上半年经济运行稳中有进\n\n来源：会昌县融媒体中心　　发布时间：2024-07-19 16:42\n\n"
        "上半年，园区实现规上工业营业收入86.2亿元，占全县规上工业营业收入的比重超过六成。"
        "全县规上工业增加值增长7.1%。"
    )
    assert describe_document(text, "hc.txt").region == "会昌县"


def test_a_national_release_that_lists_provinces_speaks_for_the_country() -> None:
    text = (
        "2024年1—11月软件业经济运行情况\n\n发布时间：2024-12-24\n\n"
        "1—11月，我国软件业运行态势平稳。全国软件业务收入123615亿元，同比增长10.8%。"
        "北京、广东、江苏软件业务收入分别增长11.2%、9.6%和10.1%；北京占全国比重为21.3%。"
        "北京软件业利润总额增长8.3%，北京软件业务出口增长4.1%。"
    )
    assert describe_document(text, "sw.txt").region == "全国"


def test_a_summary_that_ends_with_its_plan_is_no_work_plan() -> None:
    text = (
        "中山市工业和信息化局2024年上半年工作总结和下半年工作计划\n\n"
        "发布时间：2024-07-19\n\n上半年，全市规上工业增加值增长4.6%。"
    )
    assert describe_document(text, "zs.txt").doc_type != "work_plan"


def test_a_region_without_a_short_name_adds_no_empty_name_to_look_for() -> None:
    from pipelines.stages.describe import _region_names

    pattern, code_of = _region_names()
    assert "" not in code_of
    assert pattern.search("，，。") is None


def test_autonomous_region_document_speaks_for_the_region() -> None:
    # 全区 is the whole autonomous region; 党中央、国务院 quoted in its preamble do not make it national
    text = (
        "自治区人民政府办公厅关于印发广西制造业数字化转型行动方案的通知\n\n"
        "为贯彻党中央、国务院决策部署，落实国家行动方案，经自治区人民政府同意，制定本方案。"
        "到2027年，全区规上工业企业数字化转型覆盖率超过80%。"
    )
    assert describe_document(text, "gx.txt").region == "广西壮族自治区"


def test_a_newspapers_dated_issue_is_its_publication_date() -> None:
    # the date after the paper's name, not the 2035 the feature looks ahead to
    text = (
        "成渝“双城”，把产业链拧成一股绳\n\n光明日报记者　李晓川\n\n《光明日报》（2025年09月17日　05版）\n\n"
        "今年上半年，四川、重庆规模以上工业增加值分别同比增长6.8%和7.4%。"
        "到2035年，成渝地区双城经济圈要建成具有全国影响力的重要经济中心。"
    )
    described = describe_document(text, "gm.txt")
    assert (described.published_on, described.reference_date) == (date(2025, 9, 17), date(2025, 9, 17))


@pytest.mark.parametrize(
    ("header", "day"),
    [
        ("香港文汇报 2025年10月9日（星期四） A14版 中华经济", date(2025, 10, 9)),  # masthead with weekday
        ("原创  苏州工信  苏州工信  2025年06月24日 17:45  江苏", date(2025, 6, 24)),  # WeChat byline
    ],
)
def test_a_masthead_with_its_weekday_and_a_wechat_byline_date_the_document(header: str, day: date) -> None:
    text = f"{header}\n\n大湾区制造业加快向新\n\n今年以来，全市规上工业增加值同比增长6.9%。"
    assert describe_document(text, "h.txt").published_on == day


def test_a_masthead_parted_by_bars_dates_the_article() -> None:
    text = (
        "四川日报 | 2025年03月18日 星期二 | 第07版：市州新闻\n\n"
        "“科技城”如何跑出制造业“加速度”\n\n今年开局，全市工业增长。"
    )
    described = describe_document(text, "sc.txt")
    assert (described.published_on, described.reference_date_method) == (date(2025, 3, 18), "printed")
    assert described.title == "“科技城”如何跑出制造业“加速度”"


def test_a_districts_page_says_whole_district_and_names_itself_after_its_city() -> None:
    # 全区 with no autonomous region named is the district's; the masthead's 杭州市 goes first
    text = (
        "杭州市萧山区人民政府\n首页 > 统计信息\n\n2025年上半年萧山区经济运行情况分析\n\n"
        "上半年全区实现地区生产总值1186.42亿元，高于全市0.4个百分点。全区规上工业增加值增长7.8%，"
        "居全市第3位。全区固定资产投资下降3.4%。"
    )
    described = describe_document(text, "xs.txt")
    assert (described.region, described.region_method) == ("萧山区", "own_name")


def test_a_county_report_names_itself_through_its_political_consultative_conference() -> None:
    # 我县 in the title and 全县 in the text; the county's name only in 泗阳县政协 (its 政协, not its 政府)
    text = (
        "关于推动我县制造业高质量发展的调研报告\n\n来源：泗阳县政协　　发布时间：2025-06-23\n\n"
        "全县规上工业企业412家。全县规上工业营业收入668.5亿元，全县规上工业增加值增长9.1%。"
    )
    described = describe_document(text, "sy.txt")
    assert (described.region, described.region_method) == ("泗阳县", "own_name")


def test_a_reporter_who_heard_from_a_county_body_is_no_part_of_its_name() -> None:
    text = (
        "射阳：新能源产业园跑出“加速度”\n\n江海日报　2026年3月16日\n\n"
        "记者从射阳县发展和改革委员会获悉，2025年，全县新能源产业产值812亿元。全县风电装机386万千瓦。"
    )
    assert describe_document(text, "sy.txt").region == "射阳县"


def test_a_catalogue_line_under_the_title_is_no_headline() -> None:
    text = (
        "昌乐县人民政府2025年政府信息公开工作年度报告\n\n"
        "索引号：11370725004370123K/2026-00012　　发布机构：昌乐县人民政府办公室\n发布日期：2026-01-22\n\n"
        "本报告由昌乐县人民政府办公室编制。全县规上工业增加值增长7%。"
    )
    assert describe_document(text, "cl.txt").title == "昌乐县人民政府2025年政府信息公开工作年度报告"


def test_whole_region_in_an_autonomous_regions_text_stays_the_region() -> None:
    text = (
        "广西工业经济运行情况\n\n前三季度，全区规上工业增加值增长6.1%，全区工业投资增长12.3%。"
        "广西新能源汽车产量增长35%，全区工业用电量增长8.2%。"
    )
    assert describe_document(text, "gx.txt").region == "广西壮族自治区"


def test_a_bulletins_issuer_and_date_on_one_line_date_it() -> None:
    text = (
        "工业经济运行简报\n\n襄阳市经济和信息化局编          2025年10月24日\n\n"
        "2025年前三季度全市工业经济运行情况分析\n\n前三季度，全市规上工业增加值增长8.6%。"
    )
    described = describe_document(text, "xy.txt")
    assert (described.published_on, described.reference_date) == (date(2025, 10, 24), date(2025, 10, 24))


def test_a_zones_committee_writes_for_the_zone() -> None:
    text = (
        "长沙经济技术开发区管理委员会\n首页 | 走进经开区\n\n"
        "长沙经济技术开发区2025年上半年工作总结和下半年工作安排\n\n"
        "上半年，全区实现规模以上工业总产值1968.4亿元，高于全市3.1个百分点。全区工业投资增长12%。"
    )
    described = describe_document(text, "jk.txt")
    assert (described.region, described.region_method) == ("长沙经济技术开发区", "own_name")


def test_an_interpretation_of_a_plan_reads_as_the_plan() -> None:
    text = (
        "滁州市经济和信息化局\n\n《滁州市制造业高质量发展实施方案（2025—2027年）》政策解读\n\n"
        "发布时间：2025-03-14\n\n问：主要目标是什么？\n\n答：到2027年，全市规上工业营业收入突破7500亿元。"
    )
    assert describe_document(text, "cz.txt").doc_type == "work_plan"


def test_a_national_interview_filed_from_beijing_about_capital_markets_is_the_countrys() -> None:
    text = (
        "新华社专访丨专精特新“生力军”如何挑大梁？\n\n2026-03-23 19:06:41　来源：新华网\n\n"
        "新华社北京3月23日电 记者：能否介绍一下去年我国中小企业的总体发展情况？答：我国中小企业发展稳中有进，"
        "更多企业登陆资本市场。全国专精特新中小企业超过14万家。"
    )
    assert describe_document(text, "xh.txt").region == "全国"


def test_a_text_whose_title_opens_with_a_zone_is_the_zones() -> None:
    text = (
        "宝鸡市人民政府\n\n宝鸡高新区上半年经济运行稳中有进 招商引资跑出“加速度”\n\n发布时间：2025-07-22\n\n"
        "上半年，高新区规上工业总产值612.5亿元，增速高于全市2.1个百分点，占全市的32%。全市工业稳步增长。"
    )
    described = describe_document(text, "bj.txt")
    assert (described.region, described.region_method) == ("宝鸡高新技术产业开发区", "own_name")


def test_a_ministrys_notice_ranking_cities_is_the_countrys() -> None:
    text = (
        "中华人民共和国工业和信息化部\n\n工业和信息化部办公厅关于2025年度中小企业发展环境评估情况的通报\n\n"
        "发布时间：2026-05-18 10:00\n\n对全国120个城市开展了评估。深圳市综合得分91.2分，深圳市位列第一；"
        "杭州市、深圳市、苏州市、深圳市南山区分列其后。"
    )
    described = describe_document(text, "miit.txt")
    assert (described.region, described.region_method) == ("全国", "national_body")


def test_a_countys_report_to_its_congress_read_on_the_governments_behalf_is_the_countys() -> None:
    text = (
        "关于德清县2025年上半年国民经济和社会发展计划执行情况的报告\n\n发布时间：2025-09-01\n\n"
        "我受县人民政府委托，向县人大常委会报告上半年计划执行情况。上半年，全县实现地区生产总值318.6亿元。"
        "全县规上工业增加值增长8.6%，全县工业投资增长12.1%。"
    )
    assert describe_document(text, "dq.txt").region == "德清县"


def test_a_monthly_bulletins_masthead_above_a_rule_is_its_title_and_names_its_city() -> None:
    text = (
        "常德统计月报        2025年第4期\n────────────────\n\n三、工  业\n\n"
        "产品名称  计量单位  本月  1—本月累计  同比增长%\n水泥  万吨  52.1  180.4  -3.2\n\n"
        "2025年第4期        常德统计月报\n"
    )
    described = describe_document(normalize(text).text, "cd.txt")
    assert described.title is not None and described.title.startswith("常德统计月报")
    assert described.region == "常德市"


def test_a_special_administrative_regions_release_is_its_own_not_a_district_cut_from_its_name() -> None:
    text = (
        "澳门特别行政区政府统计暨普查局\n\n2025年建筑业调查\n\n发布日期：2026-09-15\n\n"
        "2025年有营运的建筑场所共1,204间。澳门特别行政区政府公共工程开支上升。本澳全区建筑业收益上升，"
        "全区在职员工有2.3万名。\n\n澳门特别行政区政府统计暨普查局 版权所有"
    )
    assert describe_document(normalize(text).text, "mo.txt").region == "澳门特别行政区"


def test_a_bylines_time_stamp_is_the_publication_date() -> None:
    text = (
        "专精特新企业融资调查\n\n来源：湖南日报　　作者：记者 周雅琴　　2026-03-17 07:32:15\n\n"
        "2025年，全省专精特新企业贷款余额2136.8亿元。"
    )
    described = describe_document(normalize(text).text, "hn.txt")
    assert described.published_on == date(2026, 3, 17)


def test_a_county_level_citys_own_post_naming_it_often_is_its_own() -> None:
    text = (
        "重磅！2025宁国招商引资“成绩单”来了\n原创 宁国市投资促进中心 宁国发布2026年01月09日18:06安徽\n\n"
        "宁国市人民政府新闻办公室官方微信\n\n2025年，全市上下坚持项目为王。宁国新签约亿元以上项目86个，"
        "宁国全年引进合肥企业投资项目12个。宁国招商引资综合考核居全省第5。"
    )
    assert describe_document(normalize(text).text, "ng.txt").region == "宁国市"


def test_a_headline_then_its_time_stamp_on_the_next_line_are_not_joined() -> None:
    text = (
        "前三季度“烟潍”工业账单揭晓：烟台总量领先，潍坊多项增速占优\n"
        "2025-10-30 07:42:15  来源：齐鲁晚报·齐鲁壹点  作者：记者 王晓宁 张璐  阅读量：2.6万\n\n"
        "前三季度，烟台市实现地区生产总值8126.4亿元。"
    )
    assert describe_document(normalize(text).text, "qlwb.txt").published_on == date(2025, 10, 30)


def test_a_towns_own_report_under_its_countys_masthead_speaks_for_the_town() -> None:
    text = (
        "武义县人民政府\n\n桐琴镇2025年工作总结和2026年工作思路\n\n"
        "2025年，桐琴镇在县委、县政府的坚强领导下，全镇经济社会保持稳中有进的良好态势。"
        "全镇规上工业总产值增长7.8%，高于全县平均水平。我镇新增规上工业企业3家。"
    )
    assert describe_document(text, "town.txt").region == "桐琴镇"


def test_a_bulletins_issue_number_issuer_and_date_on_one_line_date_it() -> None:
    text = (
        "株洲统计信息\n2025年第14期（总第312期）  株洲市统计局编  2025年7月21日\n\n"
        "上半年全市工业经济稳中有进\n"
    )
    assert describe_document(text, "bulletin.txt").published_on == date(2025, 7, 21)


def test_an_issuers_line_with_its_time_and_the_pages_tools_dates_it() -> None:
    text = (
        "一季度全市经济实现良好开局\n\n绵阳市统计局　　2026-04-18 10:20　　【字体：大 中 小】　　【打印】\n\n"
        "一季度，全市规模以上工业增加值增长8.4%。"
    )
    described = describe_document(text, "my.txt")
    assert (described.title, described.published_on) == ("一季度全市经济实现良好开局", date(2026, 4, 18))


def test_a_headline_with_a_comma_above_the_source_line_is_the_title() -> None:
    """…排名：江苏稳居首位，中部省份进位明显 ↵ 来源：…: the title, though it names one province of
    the several the text compares alike."""
    provinces = "".join(
        f"{p}比重为3{i}.2%，{p}制造业增加值增长{i}%，{p}排名上升。"
        for i, p in enumerate(["江苏", "广东", "浙江", "福建"])
    )
    text = (
        "2024年各省份制造业增加值占GDP比重排名：江苏稳居首位，中部省份进位明显\n\n"
        "来源：长江产业经济研究院　　发布时间：2025-09-16\n\n全省各地比拼。" + provinces
    )
    described = describe_document(text, "rank.txt")
    assert described.title is not None and described.title.startswith("2024年各省份")
    assert described.region == "全国"


def test_a_notice_handing_down_a_years_key_projects_is_a_plan() -> None:
    text = (
        "湖南省发展和改革委员会关于下达2026年省重点建设项目名单的通知\n\n发布时间：2026-03-06\n\n"
        "2026年省重点建设项目共226个，总投资16285.4亿元。"
    )
    assert describe_document(text, "hn.txt").doc_type == "work_plan"


def test_a_yearbook_page_dated_by_its_month_of_publication() -> None:
    text = (
        "芜湖统计年鉴—2025\n\n编者：芜湖市统计局\n出版：中国统计出版社　　出版时间：2025年10月\n\n· 238 ·\n\n"
        "十一、工　业\n\n全市规模以上工业企业3402个。"
    )
    described = describe_document(text, "yb.txt")
    assert (described.title, described.published_on) == ("芜湖统计年鉴—2025", date(2025, 10, 31))


def test_a_bulletins_issue_number_on_its_own_line_and_an_issuer_who_compiled_it() -> None:
    text = (
        "建湖县统计月报（2025年10月）\n\n2025年第10期（总第226期）\n\n"
        "建湖县统计局　编印　　　　　　　　　　2025年11月17日\n\n本期目录\n一、1-10月全县经济运行简况\n\n"
        "1-10月，全县规模以上工业增加值同比增长8.2%。"
    )
    described = describe_document(text, "bulletin.txt")
    assert (described.title, described.published_on) == ("建湖县统计月报（2025年10月）", date(2025, 11, 17))


def test_a_publishing_units_line_with_page_tools_is_no_headline() -> None:
    text = (
        "宁国经济开发区招商指南（2025版）\n\n"
        "发布单位：宁国经济开发区管理委员会　　发布日期：2025-03-18　　浏览次数：1286　　【分享到】\n\n"
        "一、开发区概况\n\n宁国经济开发区位于安徽省宣城市宁国市，规划面积30平方公里。"
    )
    described = describe_document(text, "brochure.txt")
    assert described.title == "宁国经济开发区招商指南（2025版）"
    assert described.region == "宁国经济开发区"


def test_a_county_level_city_named_by_its_own_bureau_not_its_city_benchmark() -> None:
    # 慈溪市经信局 names the text's own place; 宁波市 stands only as a benchmark
    text = (
        "从小县工业到千亿强市\n来源：慈溪日报　　发布时间：2025-07-08\n\n"
        "四十年来，全市工业总产值从1985年的2.3亿元增长到2024年的3280亿元。慈溪工业从五金起步，"
        "慈溪制造走向世界。2020年，全市规上工业增加值增长5.6%，高于宁波市3.2个百分点；2024年，"
        "全市规上工业增加值增长8.7%，高于宁波市1.5个百分点，居宁波市第3位。慈溪人敢闯敢干。"
        "慈溪市经信局负责人表示，下一步将推进制造业高质量发展。"
    )
    assert describe_document(text, "anniversary.txt").region == "慈溪市"


def test_a_plans_outline_in_draft_is_a_work_plan() -> None:
    text = (
        "芜湖市国民经济和社会发展第十五个五年规划和2035年远景目标纲要（草案）（节选）\n"
        "发布时间：2026-01-20\n\n到2030年，全市规模以上工业增加值达到4000亿元。"
    )
    assert describe_document(text, "outline.txt").doc_type == "work_plan"


def test_a_firms_report_speaks_for_the_city_of_its_seat_and_its_labels_are_no_headline() -> None:
    text = (
        "恒远精密股份有限公司2024年度环境、社会及治理（ESG）报告（节选）\n\n"
        "报告期间：2024年1月1日至2024年12月31日\n发布日期：2025年4月18日\n股票简称：恒远精密\n\n"
        "公司概况\n公司总部及主要生产基地位于江苏省常州市，主要从事精密减速器的研发与制造。"
        "2024年，公司实现营业收入27.18亿元，同比增长11.9%。"
    )
    described = describe_document(normalize(text).text, "esg.txt")
    assert described.title == "恒远精密股份有限公司2024年度环境、社会及治理（ESG）报告（节选）"
    assert described.region == "常州市"


def test_a_digest_dated_by_its_compilers_line() -> None:
    text = (
        "工业经济要闻快讯（2025年第42期）\n\n编印：产业经济研究信息中心　　　　2025年11月6日\n\n"
        "1. 江苏前三季度工业生产稳中向好\n\n"
        "新华社南京11月5日电 前三季度，江苏规模以上工业增加值同比增长7.1%。"
    )
    described = describe_document(normalize(text).text, "digest.txt")
    assert (described.title, described.published_on) == (
        "工业经济要闻快讯（2025年第42期）",
        date(2025, 11, 6),
    )


def test_a_headlines_zone_in_the_provinces_news_does_not_take_the_text() -> None:
    text = (
        "南昌经开区蝉联第一 21个开发区获评A类\n来源：江西日报　　发布时间：2026-03-18\n\n"
        "全省开发区综合考核结果日前公布。全省106个开发区参加考核。2025年，全省开发区规模以上工业增加值"
        "增长7.8%，高于全省平均0.9个百分点。全省开发区固定资产投资增长5.4%。全省开发区亩均税收达到21.6万元。"
    )
    assert describe_document(text, "zones.txt").region == "江西省"


def test_a_free_trade_zones_area_speaks_for_itself() -> None:
    text = (
        "宜昌片区上半年主要经济指标稳中向好\n\n"
        "来源：中国（湖北）自由贸易试验区宜昌片区管理委员会　　发布时间：2025-07-22 10:35\n\n"
        "今年以来，宜昌片区实现地区生产总值386.7亿元，同比增长7.2%，高于宜昌市1.1个百分点。"
    )
    assert describe_document(text, "ftz.txt").region == "中国（湖北）自由贸易试验区宜昌片区"


def test_a_firms_report_speaks_for_the_district_its_plant_stands_in() -> None:
    text = (
        "华晟纺织股份有限公司2024年度社会责任报告（节选）\n发布日期：2025年4月18日\n\n"
        "公司概况\n公司生产基地位于江苏省苏州市吴江区，主要从事化纤面料的研发与制造。"
        "2024年，公司实现营业收入27.18亿元，同比增长11.9%。"
    )
    assert describe_document(normalize(text).text, "csr.txt").region == "吴江区"


def test_a_speech_dated_in_brackets_under_its_title_by_a_county_party_committee() -> None:
    # （2025年12月26日） under the title is the day the report was given, no headline; 中共建湖县委
    # names the county (建湖县, not 中共建湖县)
    text = (
        "在中共建湖县委十五届十一次全体会议上的报告\n\n（2025年12月26日）\n\n"
        "中共江苏省盐城市建湖县委书记　周明远\n\n同志们：\n\n一、2025年工作回顾\n\n"
        "预计全年实现地区生产总值786亿元，同比增长6.3%。全县规上工业增加值增长8.1%。全县新增规上工业企业52家。"
    )
    described = describe_document(text, "speech.txt")
    assert (described.title, described.reference_date) == (
        "在中共建湖县委十五届十一次全体会议上的报告",
        date(2025, 12, 26),
    )
    assert described.region == "建湖县"


def test_a_bulletins_period_in_brackets_under_its_title_is_no_headline() -> None:
    text = (
        "崇仁县工业园区经济运行季报\n\n（2025年三季度）\n\n2025年第3期（总第27期）\n\n"
        "崇仁县工业园区管理委员会经济发展局编                2025年10月20日\n\n"
        "1-9月，园区规上工业企业实现产值186.4亿元，同比增长10.2%，高于全县规上工业2.3个百分点。"
    )
    assert describe_document(text, "park.txt").title == "崇仁县工业园区经济运行季报"


def test_a_speech_whose_speaker_line_lists_offices_and_whose_county_is_named_in_passing() -> None:
    # 县委副书记、县长　李建军 ↵ （2025年9月12日）: an author line and the day of the speech (the
    # date no continuation of the line above); 全县 in a text naming no county's bodies, but one
    # county in passing (为谷城县建设…) whose name recurs (谷城经开区): that county's speech
    text = (
        "在全县重大项目建设现场推进会上的讲话\n县委副书记、县长　李建军\n（2025年9月12日）\n\n同志们：\n\n"
        "1—8月，全县重点项目累计完成投资168.9亿元。谷城经开区新签约项目12个。\n\n"
        "全县上下要奋力为谷城县建设襄阳都市圈副中心作出更大贡献。"
    )
    described = describe_document(normalize(text).text, "speech.txt")
    assert (described.title, described.reference_date, described.region) == (
        "在全县重大项目建设现场推进会上的讲话",
        date(2025, 9, 12),
        "谷城县",
    )


def test_two_counties_named_in_passing_name_no_text() -> None:
    # 全县 with 谷城县 and 保康县 each named twice: neither is known to be the text's own
    text = (
        "全县工业运行情况\n\n全县规上工业增加值增长8.1%。谷城县、保康县协作项目推进顺利，"
        "谷城与保康共建园区新入驻企业5家。"
    )
    assert describe_document(normalize(text).text, "two.txt").region == "(unnamed county)"


def test_a_bulletins_issue_number_in_brackets_and_its_sections_stamp_line_are_no_headline() -> None:
    # （第10期） under the title is the issue; 湖南省统计局工业统计处　　2025年11月21日 is the
    # section's stamp, which dates the page
    text = (
        "湖南统计月报　　　　　　2025年第11期\n\n2025年1—10月全省工业经济运行情况\n\n（第10期）\n\n"
        "湖南省统计局工业统计处　　2025年11月21日\n\n1—10月，全省规模以上工业增加值同比增长7.4%。"
    )
    described = describe_document(normalize(text).text, "bulletin.txt")
    assert (described.title, described.published_on) == (
        "2025年1—10月全省工业经济运行情况",
        date(2025, 11, 21),
    )


def test_a_reporters_byline_with_its_date_and_time_dates_the_page() -> None:
    # 两岸经贸网　记者林怡君／台北报导　2025年8月12日 下午3:20: the byline, no headline
    text = (
        "福建台资企业逾2.1万家 上半年实际使用台资增长18.2%\n\n"
        "两岸经贸网　记者林怡君／台北报导　2025年8月12日 下午3:20\n\n"
        "福建省商务厅日前公布今年上半年闽台经贸数据。"
    )
    described = describe_document(normalize(text).text, "byline.txt")
    assert (described.title, described.published_on) == (
        "福建台资企业逾2.1万家 上半年实际使用台资增长18.2%",
        date(2025, 8, 12),
    )


def test_a_listed_companys_report_speaks_for_its_registered_city() -> None:
    # 公司注册地址：浙江省湖州市…: the firm's city, not the province its name holds
    text = (
        "浙江恒拓智能装备股份有限公司\n2025年半年度报告摘要\n\n"
        "公司注册地址：浙江省湖州市经济技术开发区康山路2388号\n\n"
        "报告期内，浙江恒拓智能装备股份有限公司实现营业收入52.35亿元。"
    )
    assert describe_document(normalize(text).text, "report.txt").region == "湖州市"


def test_a_broadcast_script_its_labelled_headline_its_date_in_words_and_its_one_character_county() -> None:
    # 标题：… is the headline; 播出时间：二〇二五年十二月二十六日 dates it; 沛县融媒体中心 names a
    # county of one character; 工业强县 (an industrially strong county) names none
    text = (
        "沛县融媒体中心广播稿\n\n栏目：《沛县新闻》早间版\n播出时间：二〇二五年十二月二十六日 七点整\n"
        "稿件类别：年终综述\n\n标题：工业强县步履铿锵 转型升级提质增效\n\n"
        "各位听众，早上好。今年一到十一月，全县规模以上工业增加值同比增长百分之八点七。"
    )
    described = describe_document(normalize(text).text, "broadcast.txt")
    assert (described.title, described.published_on, described.region) == (
        "工业强县步履铿锵 转型升级提质增效",
        date(2025, 12, 26),
        "沛县",
    )


def test_a_countys_name_after_a_preposition_is_the_name_alone() -> None:
    # 数据来源于沛县统计局: 沛县, not 来源于沛县; 来源于市统计局 names no city
    text = (
        "全县2025年工业经济运行情况\n\n全县规模以上工业增加值增长8.6%。全县新增规上工业企业42家。"
        "（数据来源于沛县统计局）"
    )
    assert describe_document(normalize(text).text, "source.txt").region == "沛县"


def test_a_feature_visiting_a_plant_speaks_for_where_the_plant_stands() -> None:
    # ——走进日照岚海精品钢基地 ↵ 这座位于山东省日照市岚山区…的钢铁基地, 全省/全市 said in passing:
    # the district's feature; without the visit in the headline, the scope words decide
    lead = (
        "初春时节，这座位于山东省日照市岚山区临港产业园的钢铁基地，是全省钢铁产业沿海布局的标志性项目之一。"
        "基地去年产钢1000万吨，占全市钢产量的三成。"
    )
    visit = describe_document(
        normalize("炉火映海湾　钢城向新行\n——走进日照岚海精品钢基地\n\n" + lead).text, "a.txt"
    )
    other = describe_document(normalize("炉火映海湾　钢城向新行\n\n" + lead).text, "b.txt")
    assert (visit.region, other.region) == ("岚山区", "山东省")


def test_a_federations_stamp_line_with_no_gap_before_its_date_is_no_headline() -> None:
    # 浙江省工商业联合会　2025年9月23日 (its one ideographic space folded away): the stamp
    text = (
        "2025浙江省民营企业100强调研分析报告发布\n\n浙江省工商业联合会　2025年9月23日\n\n"
        "9月22日，浙江省工商业联合会在杭州发布榜单。100强企业营业收入总额达到5.62万亿元。"
    )
    described = describe_document(normalize(text).text, "list.txt")
    assert (described.title, described.published_on) == (
        "2025浙江省民营企业100强调研分析报告发布",
        date(2025, 9, 23),
    )


def test_a_zones_report_that_says_全县_only_as_its_benchmark_is_the_zones() -> None:
    # 沭阳经济技术开发区…工作总结, 全县 a benchmark, 完成县下达目标 (完成 is no county's name)
    text = (
        "沭阳经济技术开发区2025年工作总结和2026年工作思路\n\n"
        "一年来，我区规模以上工业总产值612.8亿元，高于全县平均水平3.2个百分点，单位工业增加值能耗下降4.2%，"
        "完成县下达目标。全区新增规上工业企业26家，完成全年目标，占全县新增总数的四成。"
    )
    assert describe_document(normalize(text).text, "zone.txt").region == "沭阳经济技术开发区"


def test_a_firms_own_report_stands_at_its_seat_whatever_it_says_of_the_province() -> None:
    # …集团有限公司2024年社会责任报告, 总部位于山西省临汾市, 全省 in passing: 临汾市
    text = (
        "三晋钢铁集团有限公司2024年社会责任报告（节选）\n\n发布日期：2025-05-20\n\n"
        "三晋钢铁集团是省属国有独资公司，总部位于山西省临汾市。2024年，全省钢铁工业稳步发展，"
        "全省粗钢产量增长2.1%，集团营业收入居全省工业企业第2位。"
    )
    assert describe_document(normalize(text).text, "csr.txt").region == "临汾市"


def test_a_stamp_line_with_its_source_between_the_time_and_the_page_tools() -> None:
    text = (
        "2025年前三季度洛阳市经济运行情况\n\n"
        "洛阳市统计局    2025-10-24 16:00    来源：洛阳市统计局    【字体：大 中 小】\n\n"
        "前三季度，全市地区生产总值为4186.35亿元。"
    )
    described = describe_document(normalize(text).text, "stamp.txt")
    assert (described.title, described.published_on) == (
        "2025年前三季度洛阳市经济运行情况",
        date(2025, 10, 24),
    )


def test_a_day_printed_without_its_year_is_in_the_year_the_title_names() -> None:
    # 发布时间：12月19日 under …2025年工作总结: 19 December 2025
    text = (
        "嘉兴市经济和信息化局2025年工作总结\n\n来源：嘉兴市经济和信息化局　　发布时间：12月19日\n\n"
        "今年以来，全市规上工业增加值增长8.3%。"
    )
    assert describe_document(normalize(text).text, "review.txt").published_on == date(2025, 12, 19)


def test_a_tv_interview_with_a_county_head_names_the_county_not_the_programme() -> None:
    # 嘉兴广电·新闻综合频道　2025-12-18 20:30　来源：… is the stamp; 《对话县长》 and 陈县长 name no county
    text = (
        "《对话县长》｜嘉善县县长陈立新：引领县域制造业跑出加速度\n\n"
        "嘉兴广电·新闻综合频道　2025-12-18 20:30　来源：嘉兴电视台《对话县长》栏目　编辑：沈悦\n\n"
        "【导语】浙江省嘉兴市嘉善县今年制造业发展亮点纷呈。本期《对话县长》请到嘉善县县长陈立新。\n\n"
        "陈立新：今年1到11月，全县规上工业增加值同比增长9.2%。\n\n主持人：感谢陈县长。"
    )
    described = describe_document(normalize(text).text, "tv.txt")
    assert (described.published_on, described.region) == (date(2025, 12, 18), "嘉善县")


def test_a_source_line_that_ends_on_its_date_dates_the_page() -> None:
    # 来源：东南经济评论　作者：林晓岚　2026年2月9日 (no time of day after it)
    text = (
        "【经济观察】制造业“压舱石”如何压得更稳\n\n来源：东南经济评论　作者：林晓岚　2026年2月9日\n\n"
        "2025年，福建省规模以上工业增加值增长6.4%。"
    )
    assert describe_document(normalize(text).text, "column.txt").published_on == date(2026, 2, 9)


def test_a_markdown_quote_mark_leaves_the_source_line_a_source_line() -> None:
    # # 标题 ↵ > 来源：海盐县统计局　|　发布时间：2025-10-24: the headline, and the page's stamp
    text = (
        "# 2025年1—9月海盐县规上工业产值分乡镇（街道）情况\n\n"
        "> 来源：海盐县统计局　|　发布时间：2025-10-24　|　浏览次数：1326\n\n"
        "1—9月，全县实现规上工业总产值1068.45亿元。"
    )
    described = describe_document(normalize(text).text, "md.txt")
    assert (described.title, described.published_on) == (
        "2025年1—9月海盐县规上工业产值分乡镇（街道）情况",
        date(2025, 10, 24),
    )


def test_a_bulletin_dated_by_the_department_that_compiled_it() -> None:
    # 集团财务管理部编　　2025年11月8日: the compiler's line dates the bulletin
    text = (
        "襄阳市国有资本投资运营集团有限公司\n经营快报\n2025年第10期（总第118期）\n\n"
        "集团财务管理部编　　　　　　　　2025年11月8日\n\n一、集团主要经营指标完成情况\n\n"
        "1—10月，集团累计实现营业收入218.64亿元，同比增长9.7%。"
    )
    assert describe_document(normalize(text).text, "x.txt").published_on == date(2025, 11, 8)


def test_a_provinces_transcript_where_one_speaker_says_his_county() -> None:
    # 湖北省…“代表通道”实录: the province's text, though its county secretary says 全县 often
    text = (
        "湖北省十四届人大五次会议第二场“代表通道”实录\n\n"
        "周敏：全县规上工业增加值增长11.2%，全县新增规上企业52家，全县工业投资增长15%，全县外贸增长9%。\n\n"
        "陈立新：2025年全省地区生产总值增长5.6%，全省规上工业增加值增长7.1%。"
    )
    assert describe_document(normalize(text).text, "x.txt").region == "湖北省"


def test_a_word_before_the_county_government_names_no_county() -> None:
    # 记者昨天从县工信局获悉…记者在县政府…: 在县 is no county; 沭阳 is the one its bodies name
    text = (
        "沭阳工业前三季度“成绩单”出炉\n\n2025-10-28 08:30  来源：沭阳发布\n\n"
        "记者在县政府新闻发布会上获悉，前三季度全县规上工业增加值增长9.2%。沭阳县人民政府将继续…全县工业投资增长12%。"
    )
    assert describe_document(normalize(text).text, "x.txt").region == "沭阳县"


def test_a_zone_of_a_city_whose_name_holds_a_numeral_is_the_zones() -> None:
    # 九江经济技术开发区…: 九江 opens with a numeral, as 三大开发区 does, but names a listed city
    text = (
        "九江经济技术开发区2025年主要经济指标完成情况\n\n"
        "2025年，全区实现地区生产总值586.42亿元，高于全市1.9个百分点；全区规模以上工业增加值增长9.1%。"
    )
    assert describe_document(normalize(text).text, "zone.txt").region == "九江经济技术开发区"


def test_a_datelines_date_in_words_or_joined_to_the_sites_name_is_no_headline() -> None:
    # 德清新闻网　二〇二五年十月二十一日　　来源：…; 东方财讯社2025-11-18 21:30  编辑：…: stamps
    # (normalisation makes the full-width bar of the headline a plain one)
    worded = (
        "德清县前三季度经济运行稳中有进\n\n德清新闻网　二〇二五年十月二十一日　　来源：德清县统计局\n\n"
        "全县规上工业增加值增长8.1%。"
    )
    joined = (
        "东方财讯社快讯汇总｜11月18日各地工业数据速览\n\n东方财讯社2025-11-18 21:30  编辑：周晓岚\n\n"
        "全国规上工业增长6.1%。"
    )
    first = describe_document(normalize(worded).text, "a.txt")
    second = describe_document(normalize(joined).text, "b.txt")
    assert (first.title, first.published_on) == ("德清县前三季度经济运行稳中有进", date(2025, 10, 21))
    assert (second.title, second.published_on) == (
        "东方财讯社快讯汇总|11月18日各地工业数据速览",
        date(2025, 11, 18),
    )


def test_a_studys_authors_below_its_headline_are_no_headline() -> None:
    # 2026年…展望：稳中求进 ↵ …研究中心宏观经济形势分析课题组 ↵ 2025年12月15日
    text = (
        "2026年湖南省工业经济运行展望：稳中求进 预计增长5.5%左右\n\n"
        "湖南省社会科学院宏观经济形势分析课题组\n2025年12月15日\n\n课题组预计2026年全省规上工业增加值增长5.5%左右。"
    )
    assert (
        describe_document(normalize(text).text, "a.txt").title
        == "2026年湖南省工业经济运行展望：稳中求进 预计增长5.5%左右"
    )


def test_a_listed_firms_report_is_its_citys_whatever_district_its_address_names() -> None:
    # 办公地址：浙江省宁波市北仑区…: the firm's city (a plant's district is its report's, above)
    text = (
        "浙江华瑞精密机械股份有限公司\n2025年年度报告摘要\n\n"
        "公司股票简称：华瑞精机；办公地址：浙江省宁波市北仑区新碶街道明州路88号。\n"
        "报告期内，公司实现营业收入123.46亿元，同比增长8.6%。"
    )
    assert describe_document(normalize(text).text, "ar.txt").region == "宁波市"


def test_a_county_level_citys_report_whose_title_opens_with_it_names_its_city_as_benchmark() -> None:
    # 昆山市2025年上半年经济运行情况分析: 全市 is 昆山市's, however often 苏州市 is its benchmark
    text = (
        "昆山市2025年上半年经济运行情况分析\n\n上半年全市实现地区生产总值2736.8亿元，增速高于苏州市0.3个百分点。"
        "全市规上工业总产值占苏州市的22.1%，居苏州各板块第一；苏州市下达的目标全部完成，苏州各板块中领先。"
    )
    assert describe_document(normalize(text).text, "ks.txt").region == "昆山市"


def test_an_issuers_stamp_with_its_other_name_in_brackets_is_no_headline() -> None:
    # 白城市发展和改革委员会（白城市能源局）　　2026年2月6日: the issuer and its day, under the title
    text = (
        "2025年白城市新能源发展情况报告\n\n白城市发展和改革委员会（白城市能源局）　　2026年2月6日\n\n"
        "全年新能源发电量达到386.2亿千瓦时。"
    )
    described = describe_document(normalize(text).text, "bc.txt")
    assert (described.title, described.published_on) == ("2025年白城市新能源发展情况报告", date(2026, 2, 6))


def test_a_bulletins_stamp_of_two_issuers_is_no_headline() -> None:
    # 绍兴市经济和信息化局　绍兴市统计局　编　　2025年11月20日, under the bulletin's name and issue
    text = (
        "绍兴市工业经济运行月报\n2025年第10期（总第178期）\n\n"
        "绍兴市经济和信息化局　绍兴市统计局　编　　　　2025年11月20日\n\n"
        "1-10月，全市规模以上工业增加值同比增长7.6%。"
    )
    described = describe_document(normalize(text).text, "sx.txt")
    assert (described.title, described.published_on) == ("绍兴市工业经济运行月报", date(2025, 11, 20))


def test_a_saved_page_dated_only_in_its_address_is_published_that_day() -> None:
    # …/202511/t20251118_5312764.html: the site wrote the day into the page's address, and nowhere else
    for address, day in [
        ("https://gxj.example.gov.cn/gzsgxj/c100431/202511/t20251118_5312764.html", date(2025, 11, 18)),
        ("https://jxt.example.gov.cn/art/2025/9/6/art_1229_567.html", date(2025, 9, 6)),
    ]:
        text = (
            f"{address}\n\n首页 > 新闻中心 > 工作动态\n\n我市工业经济持续向好\n\n"
            "来源：市工业和信息化局　　浏览次数：386\n\n"
            "1—10月，全市规上工业增加值同比增长8.6%。"
        )
        assert describe_document(normalize(text).text, "u.txt").published_on == day


def test_an_issue_line_in_brackets_under_the_title_is_no_headline() -> None:
    # 安徽省重要生产资料价格监测周报 ↵ （2025年第47周　总第512期）: the issue, below the title
    text = (
        "安徽省重要生产资料价格监测周报\n（2025年第47周　总第512期）\n\n"
        "来源：安徽省发展和改革委员会价格监测中心　　发布时间：2025-11-24 09:30\n\n"
        "本周全省螺纹钢平均价格为3285元/吨。"
    )
    assert describe_document(normalize(text).text, "w.txt").title == "安徽省重要生产资料价格监测周报"


def test_a_provinces_text_names_its_own_cities_and_they_speak_for_it() -> None:
    # 我省… naming 广东省 twice and its cities often, 江苏省 three times as the one ahead of it
    text = (
        "我省15个区入选2025中国工业百强区 入围数量居全国第二\n\n"
        "广东省共有15个市辖区入围，入围数量居全国第二位，仅次于江苏省。江苏省入围数量连续五年居全国首位，"
        "江苏、浙江分别有18个、11个区入围。深圳市龙岗区位居榜首，深圳市宝安区排名第2位，佛山市顺德区第4位，"
        "佛山市南海区第6位，深圳市南山区第9位，东莞市第12位。全省入围区工业增加值约2.18万亿元。"
    )
    assert describe_document(normalize(text).text, "g.txt").region == "广东省"


def test_a_wechat_byline_without_yuanchuang_dates_the_page() -> None:
    # 嘉兴统计  2025年07月24日 17:30  浙江: the account, the day and time, the province it posted from
    text = (
        "数说嘉兴丨2025年上半年全市经济运行情况\n嘉兴统计  2025年07月24日 17:30  浙江\n\n图片\n"
        "上半年，全市规模以上工业增加值增长8.4%。"
    )
    described = describe_document(normalize(text).text, "w.txt")
    assert (described.title, described.published_on) == (
        "数说嘉兴丨2025年上半年全市经济运行情况",
        date(2025, 7, 24),
    )


def test_an_issuer_and_a_month_under_the_title_date_the_report_and_are_no_headline() -> None:
    # 湖南省工业和信息化厅　2026年3月: who wrote the report and the month it is dated by
    text = (
        "湖南省新能源汽车动力电池回收利用产业发展报告（2025年）\n\n湖南省工业和信息化厅　2026年3月\n\n"
        "全年回收废旧动力电池28.6万吨，同比增长23.4%。"
    )
    described = describe_document(normalize(text).text, "r.txt")
    assert described.title == "湖南省新能源汽车动力电池回收利用产业发展报告（2025年）"
    assert described.reference_date == date(2026, 3, 31)


def test_a_headline_in_a_provinces_own_voice_over_a_table_of_every_province() -> None:
    # 前10月我省…居全国第4位 over 安徽 8.7 3 ↵ 江西 8.4 4 …: the province's own news, not a round-up
    growths = [("安徽", 8.7), ("江西", 8.4), ("湖北", 8.2), ("山东", 7.7)]
    rows = "\n".join(f"{name}\t{growth}\t{rank}" for rank, (name, growth) in enumerate(growths, start=3))
    prose = (
        "江西省规上工业增加值增长8.4%，江西电子信息产业增长15.6%，全省工业稳中向好。"
        "安徽、湖北、山东增速分别居全国第3、5、6位。安徽、湖北、山东均为工业大省。"
        "我省位次前移，江西制造业增长9.1%，江西新能源产业增长12.1%。"
    )
    text = f"前10月我省规上工业增加值增速居全国第4位\n\n{prose}\n\n地区\t增速（%）\t位次\n{rows}"
    described = describe_document(text, "jx.txt")
    assert (described.region, described.region_method) == ("江西省", "scope_words")


def test_an_issuers_name_and_the_day_on_a_line_of_their_own_date_the_page() -> None:
    # 香港贸发局经贸研究　2026年3月18日 (its gap lost in normalisation): the day, and no headline
    text = (
        "广东先进制造业2025年发展概况：电子信息与新能源汽车双轮驱动\n\n香港贸发局经贸研究2026年3月18日\n\n"
        "2025年，广东规模以上工业增加值按年增长4.8%。"
    )
    described = describe_document(text, "hk.txt")
    assert (described.title, described.reference_date) == (
        "广东先进制造业2025年发展概况：电子信息与新能源汽车双轮驱动",
        date(2026, 3, 18),
    )


def test_a_message_boards_reply_dates_the_page_and_its_question_is_the_headline() -> None:
    # 人民网 > 领导留言板 > …, 留言时间：… then 回复时间：…: the reply's day, the question's headline
    text = (
        "关于2024年度技改补贴兑现和设备更新政策的咨询\n\n人民网 > 领导留言板 > 河北省 > 邢台市 > 清河县\n"
        "留言编号：2025061200437\n留言时间：2025-06-12 09:47\n\n留言内容：\n请问补贴什么时候发放？\n\n"
        "回复机构：清河县工业和信息化局\n回复时间：2025-07-03 16:21\n\n"
        "回复内容：\n网友您好！全县共有规上工业企业368家。"
    )
    described = describe_document(text, "msg.txt")
    assert (described.title, described.published_on) == (
        "关于2024年度技改补贴兑现和设备更新政策的咨询",
        date(2025, 7, 3),
    )


def test_an_issuers_name_the_day_and_the_pages_chrome_on_one_line_date_the_page() -> None:
    # 宁波市北仑区统计局　　2025-12-22　　《北仑统计月报》2025年第11期　　【打印】: the day, no headline
    text = (
        "2025年11月北仑区经济运行情况\n\n"
        "宁波市北仑区统计局  2025-12-22  《北仑统计月报》2025年第11期  【打印】\n\n"
        "11月份，全区规模以上工业增加值98.64亿元，同比增长5.3%。"
    )
    described = describe_document(text, "bl.txt")
    assert (described.title, described.reference_date) == ("2025年11月北仑区经济运行情况", date(2025, 12, 22))


def test_paired_assistance_speaks_for_the_place_it_goes_to() -> None:
    # 浙江省对口支援新疆阿克苏地区…综述: the projects and their figures stand where the aid goes
    text = (
        "2025年浙江省对口支援新疆阿克苏地区产业项目建设情况综述\n\n发布日期：2025-12-22\n\n"
        "2025年，浙江省坚持把产业援疆作为对口支援工作的重中之重。全年共实施援建产业项目64个。"
        "浙江企业赴阿克苏投资落地产业项目108个，浙江省各结对市县另筹措资金1.45亿元。"
    )
    described = describe_document(text, "aid.txt")
    assert (described.region, described.region_method) == ("阿克苏地区", "aided")


def test_a_bulletins_compiler_unit_and_its_date_date_the_page() -> None:
    # 编发单位：山东省造纸行业协会　　2025年12月16日: the issue's date
    text = (
        "山东省造纸行业运行监测月报\n（2025年第11期）\n\n"
        "编发单位：山东省造纸行业协会　　　　　　　　　2025年12月16日\n\n"
        "11月，全省规模以上造纸企业机制纸及纸板产量203.5万吨，同比增长4.2%。"
    )
    assert describe_document(text, "paper.txt").reference_date == date(2025, 12, 16)


def test_a_columns_name_before_the_bar_names_no_county() -> None:
    # 对话县委书记｜清河县委书记赵立新：…: the series' name looks like a county's; the headline's is one
    text = (
        "对话县委书记｜清河县委书记赵立新：让“羊绒之都”织出产业新图景\n\n"
        "来源：邢台日报　　发布时间：2025年12月8日\n\n"
        "编者按：本报推出“对话县委书记”系列访谈。本期走进河北省邢台市清河县。\n\n"
        "赵立新：1—10月，全县规模以上工业增加值增长8.7%，全县羊绒产业营业收入突破300亿元。"
    )
    assert describe_document(text, "interview.txt").region == "清河县"


def test_who_compiled_the_page_is_no_headline_and_a_title_naming_its_province_speaks_for_it() -> None:
    # 整理：…　　时间：… under the headline; 浙江省… over a table of five provinces: 浙江省's text
    text = (
        "浙江省前三季度工业经济运行情况梳理（AI辅助整理稿）\n\n"
        "整理：省经信厅运行监测处　　时间：2025年11月7日\n\n"
        "前三季度，全省规上工业增加值增长7.6%。\n\n"
        "| 省份 | 增速（%） |\n| 浙江 | 7.6 |\n| 江苏 | 7.1 |\n"
        "| 广东 | 4.2 |\n| 山东 | 7.3 |\n| 福建 | 5.8 |\n\n"
        "江苏、广东、山东、福建四省中，江苏增速居次。广东、山东、福建均低于浙江。江苏、山东、福建较上半年回升，广东回落。"
    )
    described = describe_document(text, "ai.txt")
    assert (described.title, described.region) == (
        "浙江省前三季度工业经济运行情况梳理（AI辅助整理稿）",
        "浙江省",
    )


def test_a_speakers_line_with_the_day_he_spoke_is_no_headline() -> None:
    # 在…推进会上的讲话 ↵ 洛阳市人民政府市长　　（2025年7月18日）: the speech's title above its speaker
    text = (
        "在全市上半年工业经济运行分析暨下半年工作推进会上的讲话\n\n"
        "洛阳市人民政府市长　　（2025年7月18日）\n\n"
        "来源：洛阳市人民政府网　　发布时间：2025-07-21\n\n同志们：\n\n上半年，全市规上工业增加值增长7.8%。"
    )
    assert (
        describe_document(text, "speech.txt").title
        == "在全市上半年工业经济运行分析暨下半年工作推进会上的讲话"
    )


def test_a_headline_that_opens_on_its_province_speaks_for_it_whatever_its_counties_say() -> None:
    # a ranking story: each county's 全市 and 全县, the province named in the headline alone
    text = (
        "山东12个县（市）入围全国工业百强县\n\n来源：大众日报　发布时间：2025-08-02\n\n"
        "山东省共有12个县（市）入围，比上年增加1个。龙口市位列第9位，全市规上工业增加值增长8.1%。"
        "胶州市位列第12位，全市新增规上工业企业86家，全市工业投资增长12.4%。荣成市全市…。"
        "寿光市全市规上工业营业收入增长6.3%。全县森林覆盖率达到40.2%。"
    )
    described = describe_document(text, "ranking.txt")
    assert (described.region, described.region_method) == ("山东省", "title")
    # (a headline that names one of its cities too is that city's: 山东烟台…)
    named = describe_document(text.replace("山东12个", "山东烟台12个", 1), "ranking.txt")
    assert named.region != "山东省"


def test_a_yearbooks_cover_its_editors_and_month_of_print() -> None:
    text = (
        "宿迁统计年鉴—2025\n\n宿迁市统计局　国家统计局宿迁调查队　编\n2025年9月出版\n\n十、工　业\n\n"
        "2024年末，全市规模以上工业企业2816家。全年规模以上工业增加值比上年增长8.1%。"
    )
    described = describe_document(text, "yearbook.txt")
    assert described.title == "宿迁统计年鉴—2025"
    assert described.published_on == date(2025, 9, 30)


def test_a_headline_that_names_its_province_after_its_period_speaks_for_it_without_scope_words() -> None:
    # no 全省 anywhere, only 省属企业 and the country's figures as benchmarks
    text = (
        "2025年1—10月江西省省属企业经济运行情况\n\n发布时间：2025-11-21\n\n"
        "1—10月，省属企业累计实现营业收入6842.7亿元，同比增长5.3%，高于全国国有企业2.1个百分点。"
        "利润总额增速居全国地方国资系统第5位。"
    )
    described = describe_document(text, "soe.txt")
    assert (described.region, described.region_method) == ("江西省", "title")
    # (but a headline on a county the regions' list lacks, named after its province, is not the
    # province's by its headline)
    county = describe_document(text.replace("江西省省属企业", "江西省安远县县属企业", 1), "soe.txt")
    assert county.region_method != "title"


def test_a_headline_that_opens_on_its_city_speaks_for_it_over_its_province_said_in_passing() -> None:
    text = (
        "前三季度日照港铁矿石进口突破1亿吨 同比增长8.4%\n\n来源：日照日报　发布时间：2025-10-16\n\n"
        "前三季度，日照港完成铁矿石进口1.02亿吨，同比增长8.4%，占全省港口铁矿石进口量的六成以上。"
        "日照港铁矿石进口量居全国沿海港口第三位。日照港继续发挥全省钢铁原料进口“主通道”作用，四季度日照港将加密航线。"
    )
    described = describe_document(text, "port.txt")
    assert (described.region, described.region_method) == ("日照市", "title")
    # (a zone the headline names after its city is the zone's: 日照综合保税区…)
    zoned = describe_document(text.replace("前三季度日照港", "前三季度日照综合保税区", 1), "port.txt")
    assert zoned.region_method != "title"


def test_a_groups_own_report_stands_where_the_group_is_seated() -> None:
    text = (
        "冀东钢铁集团有限公司2025年10月生产经营快报\n\n集团运营管理部　　2025年11月4日\n\n"
        "10月份，集团生产粗钢210.7万吨。集团地处河北省唐山市丰南区，是以钢铁制造为主业的企业集团。"
        "全国粗钢产量同比下降。"
    )
    described = describe_document(text, "steel.txt")
    assert (described.region, described.region_method) == ("丰南区", "seat")


def test_a_headline_that_opens_on_its_district_speaks_for_it_without_scope_words() -> None:
    text = (
        "龙岗区智能终端产业集群2025年上半年发展情况报告\n\n深圳市龙岗区工业和信息化局\n2025年8月12日\n\n"
        "截至2025年6月底，集群内集聚智能终端企业3200余家，其中规模以上企业486家。深圳市智能终端产业规模居全国首位。"
    )
    described = describe_document(text, "cluster.txt")
    assert (described.region, described.region_method) == ("龙岗区", "own_name")


def test_a_text_that_says_only_all_the_district_and_names_none_is_an_unnamed_county() -> None:
    # (全区… with no district named: no crash, the sentinel of a place of the county's level)
    text = "截至2025年9月底，全区电力总装机达到9286.4万千瓦。\n\n全区新能源装机5423.7万千瓦。"
    assert describe_document(text, "d.txt").region == "(unnamed county)"


def test_a_guides_note_of_the_day_its_data_stand_at_dates_it() -> None:
    text = (
        "某经济开发区\n投资指南（2026版）\n\n（除特别注明外，本指南数据截至2026年3月31日）\n\n"
        "01　园区概况\n\n园区规划面积42.6平方公里，目前尚有工业用地约3800亩。"
    )
    described = describe_document(text, "g.txt")
    assert (described.reference_date, described.reference_date_method) == (date(2026, 3, 31), "data_as_of")


def test_a_title_label_spaced_out_gives_the_title() -> None:
    text = (
        "泰州市人民政府\n标　　题：泰州市人民政府办公室关于公布2025年度全市工业企业综合评价结果的通知\n"
        "文　　号：泰政办发〔2026〕31号　　　　　　　　发布日期：2026-06-05\n\n正文。"
    )
    assert (
        describe_document(text, "t.txt").title
        == "泰州市人民政府办公室关于公布2025年度全市工业企业综合评价结果的通知"
    )


def test_a_feature_whose_subtitle_visits_a_zone_it_goes_on_calling_by_its_kind_is_the_zones() -> None:
    text = (
        "园区开发“加速跑” 产业链上聚动能\n——访常德经开区产业发展集团总经理刘振宇\n\n"
        "记者：今年经开区发展情况如何？\n答：1—10月，经开区完成规模以上工业总产值862.4亿元，增长11.2%。"
        "经开区新签约项目46个。全市工业稳中有进，经开区贡献最大。"
    )
    assert describe_document(text, "z.txt").region == "常德经济技术开发区"


def test_a_dashboards_headline_with_its_months_on_the_line_below_and_its_update_time() -> None:
    text = (
        "芜湖统计\n芜湖市经济运行数据看板\n2026年1—10月\n芜湖市统计局 编制\n数据更新时间：2026年11月24日\n\n"
        "■ 综合\n地区生产总值\n4126.8亿元\n总量全省位次\n2\n规上工业增加值增速全省位次\n3\n"
    )
    described = describe_document(text, "w.txt")
    assert described.title == "芜湖市经济运行数据看板 2026年1—10月"
    assert (described.region, described.published_on) == ("芜湖市", date(2026, 11, 24))


def test_a_round_up_of_deputies_under_bulleted_place_headings_is_their_provinces() -> None:
    text = (
        "晒出“成绩单”\n——省人大代表热议建设制造业强省\n\n"
        "■赣州：工业挑起“大梁”\n\n“去年，赣州规上工业增加值增长8.4%。”全市电子信息产业营收2136亿元。\n\n"
        "■九江：沿江产业发力\n\n去年全市工业投资增长15.6%。\n\n"
        "■宜春：锂电产业爬坡\n\n去年全市锂电产业营收下降18.7%。\n\n"
        "■芦溪：电瓷撑起一个县\n\n省人大代表、萍乡市芦溪县县委书记介绍，全县电瓷企业165家，全县产值100亿元，"
        "全县出口增长21.8%，全县就业2万人。\n"
    )
    assert describe_document(text, "x.txt").region == "江西省"


def test_a_county_heads_office_names_no_county_of_the_citys_last_character() -> None:
    text = "萍乡市芦溪县县委书记介绍，全县电瓷企业165家，全县产值100亿元，全县出口增长21.8%。"
    # (县委 is no body _unlisted_region reads a name before; the county stays unnamed, not garbled)
    assert describe_document(text, "x.txt").region == "(unnamed county)"


def test_a_reports_title_above_its_front_matter_and_the_month_it_says_it_came_out() -> None:
    text = (
        "某某煤业化工集团有限责任公司\n2023年社会责任报告（节选）\n\n关于本报告\n"
        "报告时间范围：2023年1月1日至2023年12月31日。\n报告发布：本报告为年度报告，于2024年6月发布。\n\n"
        "全年生产原煤2.62亿吨，同比增长4.0%。"
    )
    meta = describe_document(text, "x.txt")
    assert (meta.title, meta.reference_date) == ("2023年社会责任报告（节选）", date(2024, 6, 30))


def test_a_report_on_one_cluster_is_the_place_its_lead_says_the_cluster_stands_in() -> None:
    text = (
        "进贤医疗器械产业集群发展情况报告\n\n来源：省工业和信息化厅\n\n"
        "进贤医疗器械产业集群位于南昌市进贤县，是我省重点培育的省级先进制造业集群。\n\n"
        "2023年，集群实现营业收入352.6亿元，高于全省规上工业营业收入增速7.5个百分点，占全省的44.1%，"
        "全省医疗器械产业营业收入突破800亿元，全省排名第一。"
    )
    assert describe_document(text, "x.txt").region == "进贤县"


def test_a_county_report_naming_its_congress_after_a_date_and_a_verb_before_a_body() -> None:
    text = (
        "关于2024年全县革命老区振兴发展工作情况的报告\n"
        "——2025年4月24日在金寨县第十七届人民代表大会常务委员会第二十次会议上\n\n"
        "全县实现地区生产总值268.4亿元。全县规上工业增加值增长9.1%。全县新增企业120家。"
        "我们将在县委的坚强领导下，自觉接受县人大常委会的监督。"
    )
    assert describe_document(text, "x.txt").region == "金寨县"


def test_a_county_level_citys_own_paper_is_that_citys() -> None:
    text = (
        "今日玉环  2024年11月20日  星期三  第02版：要闻\n\n"
        "把一只阀门做到“极致”\n——访浙江恒锐阀门集团有限公司董事长\n\n"
        "走进位于玉环经济开发区的恒锐阀门数字化车间。今年1-10月，全市水暖阀门行业实现规上工业产值312.6亿元，"
        "全市出口增长7.4%。浙江恒锐阀门集团实现营业收入19.6亿元。"
    )
    assert describe_document(text, "x.txt").region == "玉环市"


def test_a_listed_firms_annual_report_is_its_home_citys_and_came_out_the_next_year() -> None:
    text = (
        "江苏某某智能装备股份有限公司2023年年度报告\n\n公司代码：688417　　　　公司简称：某某智装\n\n"
        "第三节　管理层讨论与分析\n\n2023年，我国新能源汽车产量958.7万辆，全国动力电池装车量387.7GWh。"
        "公司坚持立足常州总部基地，加快海外市场开拓。公司实现营业收入862,417.35万元，同比增长15.87%。"
    )
    meta = describe_document(text, "x.txt")
    assert (meta.title, meta.region) == ("江苏某某智能装备股份有限公司2023年年度报告", "常州市")
    assert meta.reference_date is not None and meta.reference_date.year == 2024


def test_a_zones_own_report_from_its_committee_is_the_zones_whatever_national_standard_it_cites() -> None:
    text = (
        "烟台经济技术开发区国家生态工业示范园区建设绩效评估报告（2021—2023年）\n\n"
        "发布时间：2024-04-18 09:52　　信息来源：烟台经济技术开发区管理委员会\n\n"
        "为全面掌握国家生态工业示范园区建设进展，根据《国家生态工业示范园区管理办法》，"
        "开发区管委会委托第三方对园区开展绩效评估。2023年，园区工业增加值增长8.2%，"
        "单位工业增加值能耗下降3.1%，我国同类园区领先，全国排名第5。"
    )
    assert describe_document(text, "x.txt").region == "烟台经济技术开发区"


def test_a_provincial_report_on_a_park_inside_a_zone_is_the_zones() -> None:
    text = (
        "锦州高新区半导体材料产业园发展情况调研报告\n\n发布时间：2024-12-06 09:30  来源：电子信息处\n\n"
        "为贯彻落实省委、省政府关于建设数字辽宁、智造强省的决策部署，推动全省集成电路产业链补链延链，"
        "省工业和信息化厅组织调研组赴锦州高新区开展专题调研。\n\n"
        "近年来，全省集成电路产业保持较快发展，2023年产业规模约678亿元，同比增长9.8%。\n\n"
        "一、产业园基本情况\n\n产业园位于锦州高新区南部，规划面积12.6平方公里。"
        "2023年实现营业收入128.6亿元，同比增长15.2%。"
    )
    assert describe_document(text, "x.txt").region == "锦州高新技术产业开发区"


def test_a_feature_headed_by_a_county_level_citys_short_name_is_that_citys() -> None:
    text = (
        "台州日报  2025年3月18日  第03版\n\n温岭鞋业：一双鞋“踩”出五百亿元产业\n\n"
        "走进温岭的鞋业工厂，全市鞋业企业超过5000家。温岭鞋业2024年产值突破500亿元，全市出口增长8.2%。"
        "市经信局介绍，温岭市共有鞋企5000家，温岭品牌走向全国，温岭制造享誉海外，全市规上鞋企312家。"
    )
    assert describe_document(text, "x.txt").region == "温岭市"


def test_a_scans_misread_place_in_the_headline_gives_way_to_the_spelling_its_bodies_sign_with() -> None:
    text = (
        "滩溪县2024年国民经济和社会发展统计公报\n\n濉溪县统计局\n国家统计局濉溪调查队\n2025年4月8日\n\n"
        "全年全县规模以上工业增加值比上年增长7.6%，全县规上工业企业营业收入增长6.2%。"
    )
    assert describe_document(text, "x.txt").region == "濉溪县"


def test_a_bulletin_that_calls_its_zone_yuanqu_is_the_zone_whose_office_edits_it() -> None:
    text = (
        "园区经济运行周报\n\n2025年第12期\n\n"
        "无锡高新技术产业开发区经济发展局编          2025年3月24日\n\n"
        "本周园区新签约项目6个，协议总投资28.5亿元。全市…"
    )
    assert describe_document(text, "x.txt").region == "无锡高新技术产业开发区"


def test_a_county_level_citys_bureau_named_as_the_source_speaks_for_it_not_its_benchmark_city() -> None:
    text = (
        "稳中有进 韧性增强\n——2025年上半年全市经济运行情况分析\n\n"
        "信息来源：启东市统计局　发布日期：2025-07-28\n\n"
        "根据南通市统一核算结果，上半年全市实现地区生产总值652.3亿元。全市规上工业增加值增长8.9%，"
        "高于南通市1.2个百分点，增速居南通第2位。全市工业投资增长8.6%，居南通第3位。"
        "（位次为在南通市县（市、区）中的排位）"
    )
    assert describe_document(text, "x.txt").region == "启东市"


def test_a_broadcast_scripts_bracketed_title_label_is_its_headline() -> None:
    text = (
        "某县融媒体中心 电视新闻播音稿\n\n栏目：《郎溪新闻》　　播出时间：2024年4月17日\n"
        "稿件类别：经济·工业　　时长：3′06″\n\n【标题】郎溪经开区一季度跑出工业“加速度”\n\n"
        "【导语】\n　　今年以来，园区工业经济交出了一份亮眼的首季答卷。"
    )
    assert describe_document(text, "x.txt").title == "郎溪经开区一季度跑出工业“加速度”"


def test_a_county_level_city_whose_name_ends_in_zhou_is_read_as_its_own() -> None:
    text = (
        "2025年上半年全市工业经济运行情况\n\n信息来源：邳州市统计局　发布日期：2025-07-28\n\n"
        "上半年，全市规上工业增加值增长8.9%，高于徐州市1.2个百分点，增速居徐州第2位；"
        "全市工业投资增长8.6%，居徐州第3位，徐州市下达的目标完成过半。"
    )
    assert describe_document(text, "x.txt").region == "邳州市"


def test_a_thousands_separator_in_a_two_line_headline_and_a_district_after_its_citys_abbreviation() -> None:
    text = (
        "澳門日報 > 中國新聞 > 正文\n\n穗黃埔區今年GDP料破4,500億\n澳資企業增至312家\n\n"
        "2024-12-27　星期五　第A08版：中國新聞\n\n【本報廣州訊】廣州開發區、黃埔區二十六日舉行新聞發佈會。"
        "全區一般公共預算收入219.6億元，全區規上工業產值增長6.2%，高於廣州全市1.5個百分點，全區…"
    )
    meta = describe_document(normalize(text).text, "x.txt")
    assert meta.region == "黄埔区"
    assert meta.title is not None and meta.title.startswith("穗黄埔区今年GDP料破4,500亿")


def test_a_county_named_after_a_dates_year_is_the_county_not_the_year_and_the_county() -> None:
    text = (
        "工    业\n\n【概况】2023年，全县有规模以上工业企业1126家。\n\n"
        "表1  2023年嘉善县规模以上工业主要产品产量\n"
        "胶合板  万立方米  386.2  -5.4\n\n表2  2023年嘉善县营业收入居前3位的工业企业\n"
    )
    assert describe_document(normalize(text).text, "x.txt").region == "嘉善县"


def test_a_banks_note_comparing_provinces_without_scope_words_is_the_countrys() -> None:
    text = (
        "江苏银行研究院    行业研究\n2025年11月20日\n\n制造业中长期贷款区域观察\n\n"
        "全国制造业中长期贷款余额14.62万亿元，同比增长9.3%。江苏银行研究院认为增速回落。\n"
        "江苏银行研究院整理。广东受电子信息行业拖累，广东增速回落较多。\n\n"
        "地区  余额（亿元）  同比增速（%）\n江苏  18426  11.2\n浙江  15873  10.4\n广东  16210  8.1\n"
        "山东  9652  12.6\n安徽  5127  15.3\n四川  4386  13.8\n\n数据来源：江苏银行研究院\n"
    )
    assert describe_document(normalize(text).text, "x.txt").region == "全国"


def test_an_official_documents_printing_line_dates_it() -> None:
    text = (
        "宁波市北仑区人民政府文件\n\n仑政〔2025〕21号\n\n宁波市北仑区人民政府\n"
        "关于2025年上半年工作总结和下半年工作计划的报告\n\n上半年全区实现地区生产总值1286.5亿元。\n\n"
        "抄送：区委各部门。\n宁波市北仑区人民政府办公室                2025年7月14日印发\n"
    )
    assert describe_document(normalize(text).text, "x.txt").reference_date == date(2025, 7, 14)


def test_a_bulletin_titled_with_a_district_whose_name_ends_on_a_verbs_character_is_that_districts() -> None:
    text = (
        "武进区招商引资工作简报\n\n2025年第5期（总第89期）\n\n"
        "常州市武进区投资促进中心编印    2025年6月6日\n\n"
        "1-5月，全区累计签约项目186个，协议总投资812.6亿元，总量居全市各辖市（区）第1位。全区在谈项目132个。"
    )
    assert describe_document(normalize(text).text, "x.txt").region == "武进区"


def test_a_city_sites_page_comparing_its_neighbours_is_that_citys() -> None:
    text = (
        "襄阳市人民政府门户网站\n\n前三季度我市工业主要指标领跑周边城市\n\n"
        "来源：襄阳日报  发布时间：2025-10-30 08:45\n\n"
        "前三季度，全市规模以上工业增加值同比增长8.6%，在宜昌、十堰、荆门等周边城市中居首位。"
        "我市增速分别比宜昌、十堰、荆门高1.3、2.1、0.9个百分点。与宜昌的差距扩大，宜昌投资增长9.8%，"
        "宜昌、襄阳两市营收领先。宜昌  7.3\n十堰  6.5\n襄阳  8.6\n宜昌工业投资较快。"
    )
    assert describe_document(normalize(text).text, "x.txt").region == "襄阳市"


def test_an_interview_with_a_firms_head_is_the_firms_home_citys() -> None:
    text = (
        "证券时报   2025年6月18日   星期三   A007版   公司·专访\n\n扩产不盲目 出海有节奏\n"
        "——专访昊晟新能董事长周启明\n\n    滁州基地一期即将投产，宜宾基地开工在即。"
        "总部位于合肥市的昊晟新能成立于2011年。2024年，公司实现营业收入86.3亿元。"
        "宜宾基地规划产能20GWh，宜宾项目总投资60亿元，宜宾基地明年投产。滁州基地产能10GWh。"
    )
    assert describe_document(normalize(text).text, "x.txt").region == "合肥市"


def test_a_clause_before_a_countys_office_names_no_county() -> None:
    text = (
        "关于全县招商引资工作考核情况的通报\n\n发布时间：2025-05-10　来源：县投资促进中心\n\n"
        "全县新签约项目32个。项目签约和资金到位情况以县投资促进中心审核确认为准。"
        "全县到位资金41.6亿元，全县在谈项目55个。"
    )
    assert "情况" not in describe_document(normalize(text).text, "x.txt").region


def test_a_listed_firms_notice_of_a_project_is_its_home_citys() -> None:
    text = (
        "证券代码：300999　　证券简称：某某电子　　公告编号：2025-021\n\n江苏某某电子股份有限公司\n"
        "关于投资建设智能传感器生产基地项目的公告\n\n本项目总投资约6.2亿元。我国传感器市场规模持续扩大，"
        "2024年全国新能源汽车销量增长35.5%，占全国汽车新车总销量的40.9%。"
        "实施主体为公司全资子公司，住所：江苏省苏州市吴江区江兴东路88号。"
    )
    assert describe_document(normalize(text).text, "x.txt").region == "吴江区"


def test_a_listed_citys_town_whose_name_ends_on_the_word_for_a_town() -> None:
    text = (
        "佛山市龙江镇家具产业概况\n\n发布时间：2025-03-26　来源：龙江镇经济发展办公室\n\n"
        "全镇家具产业实现产值512亿元，增长6.2%。全镇共有家具企业3200家。\n"
    )
    assert describe_document(normalize(text).text, "x.txt").region == "龙江镇"
    doubled = text.replace("龙江镇", "桥镇镇")  # (a made-up town called 桥镇, as 中山市古镇镇 is called 古镇)
    assert describe_document(normalize(doubled).text, "x.txt").region == "桥镇镇"


def test_a_countys_own_account_names_its_county_in_short() -> None:
    text = (
        "半年报来了！安吉工业交出亮眼答卷\n\n原创　安吉发布　安吉发布　2025年07月20日 18:30　浙江\n\n"
        "上半年，全县规上工业增加值增长7.6%。安吉工业稳中有进，安吉企业订单饱满，"
        "安吉的椅业、竹业持续发力。全县工业投资增长15.2%。\n"
    )
    assert describe_document(normalize(text).text, "x.txt").region == "安吉县"


def test_a_reports_cover_dated_by_its_month_in_words() -> None:
    text = (
        "无锡市软件产业发展报告\n（2024年度）\n\n无锡市工业和信息化局\n二〇二五年三月\n\n"
        "一、总体情况\n\n全年全市软件业务收入达到2860.4亿元，同比增长12.1%。\n"
    )
    assert describe_document(normalize(text).text, "x.txt").reference_date == date(2025, 3, 31)


def test_a_speech_dated_with_a_note_on_its_transcript_under_its_speakers_byline() -> None:
    text = (
        "在江阴市2025年上半年经济形势分析会上的讲话\n\n江阴市人民政府市长  许  峰\n\n"
        "（2025年7月22日，根据录音整理）\n\n同志们：\n\n上半年，全市规上工业产值增长7.2%。\n"
    )
    meta = describe_document(normalize(text).text, "x.txt")
    assert meta.title == "在江阴市2025年上半年经济形势分析会上的讲话"
    assert meta.reference_date == date(2025, 7, 22)


def test_a_feature_on_a_county_whose_office_of_development_speaks_in_it() -> None:
    text = (
        "戈壁上“逐日”——河西走廊光伏产业见闻\n\n2025-06-18 10:26:35　来源：新华网\n\n"
        "“现在，光成了我们的‘金饭碗’。”临泽县发展和改革局局长王强说。全县光伏装机达到320万千瓦，"
        "全县新能源产值增长18.6%。临泽的光伏板铺满沙丘。\n"
    )
    assert describe_document(normalize(text).text, "x.txt").region == "临泽县"


def test_a_town_named_at_the_head_of_its_weekly_whose_name_ends_on_the_word_for_a_city() -> None:
    text = (
        "柳市镇企业服务工作周报\n\n2025年第24期\n\n2025年6月16日\n\n"
        "本周，全镇走访企业126家，全镇规上工业产值增长6.2%。\n"
    )
    assert describe_document(normalize(text).text, "x.txt").region == "柳市镇"


def test_a_zones_fact_sheet_that_says_which_city_it_lies_in_is_the_zones() -> None:
    text = (
        "马鞍山经济技术开发区　园区概况（一页纸）\n更新日期：2025年4月15日\n\n【园区简介】\n"
        "马鞍山经济技术开发区位于安徽省马鞍山市东部，是国家级经济技术开发区。我国汽车产业持续增长。\n"
        "【经济总量】（2024年）\n地区生产总值：486.5亿元，同比增长6.2%\n"
    )
    assert describe_document(normalize(text).text, "x.txt").region == "马鞍山经济技术开发区"


def test_a_zones_investment_guide_whose_cover_names_it_alone() -> None:
    text = (
        "信丰经济技术开发区\n投 资 指 南\nINVESTMENT GUIDE · 2025\n\n赣南门户  电子之城\n\n"
        "信丰经济技术开发区管理委员会  编印\n二〇二五年三月\n\n一、经济概况\n\n"
        "2024年，全区规上工业总产值增长9.8%。赣州市电子信息产业持续壮大，赣州市工业投资增长。\n"
    )
    meta = describe_document(normalize(text).text, "x.txt")
    assert (meta.region, meta.reference_date) == ("信丰经济技术开发区", date(2025, 3, 31))
    assert meta.title is not None and "二〇二五" not in meta.title and "2025年三月" not in meta.title


def test_an_investor_relations_record_is_dated_and_placed_by_its_forms_cells() -> None:
    text = (
        "证券代码：301736                    证券简称：中原膜材\n\n河南中原膜材科技股份有限公司\n"
        "投资者关系活动记录表\n\n投资者关系活动   √特定对象调研        □分析师会议\n"
        "时间             2025 年 5 月 13 日（星期二）9:30-11:30\n"
        "地点             河南省新乡市平原示范区黄河大道 88 号 公司总部一号会议室\n"
        "投资者关系活动   一、公司基本情况介绍\n"
        "                 2024 年，公司实现营业收入 18.62 亿元，同比增长 9.7%；上年同期为16.97亿元。\n"
        "日期             2025 年 5 月 13 日\n"
    )
    meta = describe_document(normalize(text).text, "ir.txt")
    assert meta.region == "新乡市"
    assert meta.reference_date == date(2025, 5, 13)


def test_a_wechat_byline_with_the_author_before_the_account_dates_the_post() -> None:
    text = (
        "前三季度全省县域经济“赛马”结果出炉！\n\n湖北县域经济 湖北县域经济 2025年11月06日 09:12 湖北\n\n"
        "点击蓝字 关注我们\n\n前三季度，全省县域规模以上工业增加值同比增长7.9%。\n"
    )
    meta = describe_document(normalize(text).text, "wechat.txt")
    assert meta.reference_date == date(2025, 11, 6)


def test_a_wechat_byline_the_normaliser_glued_to_its_date_still_dates_the_post() -> None:
    text = (
        "我市举行重点工业项目观摩活动\n\n周口发布 2025年04月17日 20:16 河南\n\n"
        "4月15日至16日，我市举行观摩活动。\n"
    )
    meta = describe_document(normalize(text).text, "wechat.txt")
    assert meta.reference_date == date(2025, 4, 17)


def test_a_departments_budget_for_a_year_is_a_plan_but_its_execution_report_is_not() -> None:
    budget = "甘肃省工业和信息化厅2025年部门预算公开\n\n2025年收支总预算48,632.58万元，增长14.7%。\n"
    executed = "2025年全省财政支持工业发展预算执行情况\n\n2025年预算数为19.2亿元，执行18.9亿元。\n"
    assert describe_document(normalize(budget).text, "b.txt").doc_type == "work_plan"
    assert describe_document(normalize(executed).text, "e.txt").doc_type != "work_plan"


def test_an_undated_monthly_bulletin_is_dated_after_the_months_it_reports() -> None:
    text = (
        "黔南州统计月报                                   2024年第11期\n\n三、规模以上工业\n\n"
        "    1—11月，全州规模以上工业增加值同比增长7.6%，增速比1—10月加快0.3个百分点。"
        "今年以来全州新增入库规上工业企业58户。2024年全州将确保规上工业增加值增长7.5%以上。\n"
    )
    meta = describe_document(normalize(text).text, "bulletin.txt")
    assert meta.reference_date is not None
    assert date(2024, 11, 30) < meta.reference_date < date(2025, 1, 1)


def test_a_special_administrative_regions_government_is_no_districts() -> None:
    text = (
        "澳門特別行政區政府入口網站\n首頁 > 新聞 > 統計暨普查局\n\n2025年第3季工業生產指數\n\n"
        "統計暨普查局資料顯示，澳門2025年第3季工業生產指數為92.4，按年上升3.6%。\n\n"
        "為配合澳門經濟適度多元發展，本局聯同橫琴粵澳深度合作區統計局整理合作區數據。"
        "合作區工業投資按年增長27.6%。澳門企業62家。\n"
    )
    meta = describe_document(normalize(text).text, "macao.txt")
    assert meta.region == "澳门特别行政区"


def test_a_wire_story_on_the_country_datelined_in_a_provincial_capital_is_the_countrys() -> None:
    text = (
        "“反内卷”下看光伏：上半年主产业链产量回落\n\n新华社西宁8月14日电（记者 马晓岚）"
        "今年上半年，我国光伏制造端主动调控产能。上半年全国多晶硅产量约61.8万吨，同比下降37.6%。\n\n"
        "国务院有关部门表示，我国将继续规范行业秩序。作为全国重要的光伏制造基地，青海省上半年多晶硅产量"
        "约7.6万吨。青海省工业和信息化厅有关负责人介绍，目前全省已形成完整产业链。上半年，全省光伏"
        "制造业实现产值312.5亿元。青海提出，力争全年光伏制造业产值达到700亿元。\n\n"
        "业内人士认为，我国光伏行业正在走出低谷。\n"
    )
    meta = describe_document(normalize(text).text, "wire.txt")
    assert meta.region == "全国"


def test_a_feature_on_a_park_in_a_county_level_city_speaks_for_that_city() -> None:
    text = (
        "荒坡上崛起百亿级“电池材料城”\n——福泉新能源电池材料产业园挂牌一周年见闻\n\n"
        "2025-11-20 07:45　来源：贵州日报\n\n初冬时节，走进位于福泉市牛场镇的福泉新能源电池材料产业园，"
        "塔吊林立。今年1-10月，园区实现规上工业产值186.5亿元，同比增长32.6%，增速比全州高出21.8个"
        "百分点；园区产值占全市的比重达到41.3%。\n"
    )
    assert describe_document(normalize(text).text, "feature.txt").region == "福泉市"


def test_a_post_by_a_county_zones_own_account_speaks_for_the_county() -> None:
    text = (
        "回眸2024｜金砂湾化工园区交出高质量发展“年度答卷”\n\n原创 湖口高新区 湖口高新区发布\n"
        "2025年01月16日 18:30 江西\n\n编者按：2024年，湖口高新区金砂湾化工园区稳住了基本盘。\n\n"
        "2024年，园区实现规模以上工业总产值486.3亿元，占全县规上工业总产值的比重达到62.4%；"
        "规上工业增加值增长10.2%，高于全县1.6个百分点。湖口高新区亩均税收31.5万元。"
        "园区产值占全县的六成。湖口高新区新增企业5家，湖口高新区获评省级园区。\n"
    )
    meta = describe_document(normalize(text).text, "wechat.txt")
    assert meta.region == "湖口县"
    assert meta.title is not None and meta.title.startswith("回眸2024")


def test_a_zones_own_account_that_names_the_zone_in_full_speaks_for_the_zone() -> None:
    text = (
        "投资宁远丨一份园区“投资成本清单”请收好！\n\n"
        "原创 宁远经开区 宁远经开区发布 2025年03月18日 17:32 湖南\n\n"
        "01 园区概况\n\n湖南宁远经济开发区地处湘粤桂三省交界，是省级开发区。2024年，园区实现规上工业总产值"
        "212.7亿元，增长11.8%，高于全市平均水平3.4个百分点；全省开发区考核中园区位列第11位。"
        "湖南的电子信息产业集聚企业120余家。\n"
    )
    assert describe_document(normalize(text).text, "wechat.txt").region == "湖南宁远经济开发区"


def test_a_town_secretarys_speech_published_by_the_towns_office_is_the_towns() -> None:
    text = (
        "宁国市人民政府\n\n首页 > 乡镇街道 > 港口镇 > 工作动态\n\n在全镇2025年经济工作动员大会上的讲话\n\n"
        "发布时间：2025-02-07 17:26　信息来源：港口镇党政办\n\n镇党委书记　汪志明\n\n同志们：\n\n"
        "2024年，全镇规上工业总产值增长9.8%，我镇位列乡镇第3位。全镇新增规上企业6家。"
        "今年全镇要确保规上工业产值增长10%。全镇上下要鼓足干劲。\n"
    )
    assert describe_document(normalize(text).text, "speech.txt").region == "港口镇"


def test_a_special_cooperation_zones_communique_is_the_zones_not_its_citys() -> None:
    text = (
        "深汕特别合作区2024年国民经济和社会发展统计公报\n\n"
        "发布时间：2025-04-16 10:25  来源：深汕特别合作区统计局\n\n"
        "2024年，深汕特别合作区在深圳市委、市政府的坚强领导下，全区经济保持较快增长。\n\n"
        "初步核算，全年地区生产总值126.84亿元，比上年增长12.3%，增速高于深圳全市6.5个百分点。"
        "全区规上工业增加值增长18.2%。\n"
    )
    assert describe_document(normalize(text).text, "bulletin.txt").region == "深汕特别合作区"


def test_a_city_dailys_e_paper_that_says_our_city_is_that_citys() -> None:
    text = (
        "哈尔滨日报数字报\n2025年02月21日  星期五\n第03版：要闻\n\n"
        "15个副省级城市2024年工业“成绩单”陆续出炉——\n"
        "我市规上工业增速跻身第一方阵\n\n本报记者 孙琪\n\n2024年我市规模以上工业增加值同比增长8.1%。"
        "宁波、西安、成都分别增长10.4%、9.7%、8.6%。宁波市工业总量居首，宁波市高技术制造业增长较快，"
        "宁波的新能源汽车产量大增。全市工业投资增长9.6%。\n"
    )
    assert describe_document(normalize(text).text, "paper.txt").region == "哈尔滨市"


def test_a_firms_annual_report_that_speaks_of_the_country_stands_where_its_seat_is() -> None:
    text = (
        "江西瑞锂新能源科技股份有限公司 2024 年年度报告\n\n第三节 管理层讨论与分析\n\n"
        "2024年我国新能源汽车产销量分别完成1276.5万辆和1270.3万辆。我国动力电池累计装车量541.7GWh。\n\n"
        "公司总部位于江西省宜春市，主要从事磷酸铁锂动力电池的研发、生产和销售。\n"
    )
    assert describe_document(normalize(text).text, "annual.txt").region == "宜春市"


def test_an_audit_announcement_is_dated_by_its_bracketed_publication_day() -> None:
    text = (
        "吉林省审计厅审计结果公告\n2025年第4号（总第68号）\n\n省级工业转型升级专项资金管理使用情况\n"
        "专项审计调查结果\n\n（2025年9月26日公告）\n\n2022年至2024年，省级财政累计安排专项资金42.75亿元。\n"
    )
    assert describe_document(normalize(text).text, "audit.txt").reference_date == date(2025, 9, 26)


def test_a_notices_title_wrapped_after_its_about_is_one_title() -> None:
    text = (
        "郎溪经济开发区管理委员会文件\n\n郎开管〔2025〕18号\n\n关于2024年度郎溪经济开发区工业企业\n"
        "亩均效益综合评价结果的报告\n\n县人民政府：\n本次评价对象为园区内规模以上工业企业。\n"
    )
    meta = describe_document(normalize(text).text, "report.txt")
    assert meta.title == "关于2024年度郎溪经济开发区工业企业亩均效益综合评价结果的报告"


def test_a_reports_title_wrapped_after_its_period_is_one_title_and_names_its_district() -> None:
    text = (
        "奉贤区产业园区2025年三季度\n经济运行分析报告\n\n上海市奉贤区经济委员会\n2025年10月\n\n"
        "前三季度，全区8个产业园区实现规上工业总产值986.4亿元，同比增长4.7%，高于全市2.1个百分点。"
        "全区园区产值占全区的比重为93.6%。上海市重点产业全区均有布局。\n"
    )
    meta = describe_document(normalize(text).text, "report.txt")
    assert meta.title == "奉贤区产业园区2025年三季度经济运行分析报告"
    assert meta.region == "奉贤区"


def test_a_zone_named_after_a_bay_and_a_district_heads_the_headline_after_its_kicker() -> None:
    text = (
        "“亩均论英雄”亮出成绩单 杭州湾上虞经开区41家企业获评A类\n\n"
        "发布时间：2025-04-16 08:42  来源：上虞日报\n\n"
        "本报讯 日前，杭州湾上虞经济技术开发区公布2024年度亩均效益评价结果。此次评价共有412家企业参评。"
        "作为全省首批认定的化工园区，园区集聚工业企业600余家，园区规上工业总产值增长6.8%。\n"
    )
    assert describe_document(normalize(text).text, "news.txt").region == "杭州湾上虞经济技术开发区"


def test_a_towns_report_signed_with_its_countys_name_before_the_towns_is_the_towns() -> None:
    text = (
        "关于2024年度村级集体经济发展情况的报告\n\n县委组织部、县农业农村局：\n\n"
        "凤鸣镇位于西丰县东南部，辖14个村。全镇村级集体经济收入达到386万元，全镇规上工业企业3家。"
        "全镇上下要再接再厉。\n\n中共西丰县凤鸣镇委员会\n西丰县凤鸣镇人民政府\n2025年1月20日\n"
    )
    assert describe_document(normalize(text).text, "report.txt").region == "凤鸣镇"


def test_a_plants_press_release_speaks_for_the_city_its_firms_name_holds() -> None:
    text = (
        "瓦特曼液压湖南工厂2024年产量创历史新高\n\n2025-01-16 | 新闻稿\n\n"
        "2025年1月16日，中国湖南——德国瓦特曼集团全资子公司瓦特曼液压系统（株洲）有限公司今天发布2024年度"
        "经营情况。2024年，湖南工厂生产液压阀组48.6万台套，同比增长17.3%；实现营业收入21.8亿元。"
        "湖南的工程机械市场回暖，湖南省内客户订单增长。\n"
    )
    assert describe_document(normalize(text).text, "release.txt").region == "株洲市"


def test_a_firms_report_page_under_its_running_header_is_dated_by_the_reports_year() -> None:
    text = (
        "湖北华东钢铁集团有限公司 2024 年社会责任报告                                    36\n\n"
        "绿色发展 共建美丽生态\nGREEN DEVELOPMENT\n\n"
        "集团总部位于湖北省黄石市。全年投入节能技改资金6.85亿元，实施节能项目42项。\n"
    )
    meta = describe_document(normalize(text).text, "report.txt")
    assert meta.reference_date is not None and meta.reference_date.year == 2025


def test_a_papers_story_on_a_listed_firm_speaks_for_the_city_of_its_headquarters() -> None:
    text = (
        "恒骏股份2024年净利润增长31.5%\n\n2025-04-22 21:48　来源：证券时报·e公司\n\n"
        "证券时报e公司讯，4月22日晚间，恒骏股份（301596）披露2024年年度报告。公司产品主要供应国内整车厂。\n\n"
        "公开资料显示，恒骏股份总部位于广西柳州，主营汽车热管理系统。\n"
    )
    meta = describe_document(text, "story.txt")
    assert (meta.region, meta.region_method) == ("柳州市", "seat")


def test_a_series_issue_on_one_cluster_speaks_for_the_city_its_reports_title_names() -> None:
    text = (
        "产业集群研究报告\n2025年第6期（总第31期）\n\n吉安市电子信息产业集群发展评估报告\n\n"
        "江西省产业经济研究院 产业集群研究中心\n2025年12月18日\n\n"
        "吉安市电子信息产业集群是江西省重点打造的先进制造业集群之一。全省电子信息产业营业收入增长12.1%。\n"
    )
    meta = describe_document(text, "report.txt")
    assert (meta.region, meta.region_method) == ("吉安市", "seat")


def test_a_sites_name_run_into_the_day_and_time_it_posted_dates_the_page() -> None:
    text = (
        "第一财经\n首页 > 区域 > 正文\n\n工业投资增9.8%领跑东南，福建“制造底盘”靠什么撑起来？\n\n"
        "一财网 2026-02-05 18:42:16\n作者：陈沁园\n\n"
        "福建省统计局近日发布的数据显示，2025年，全省工业投资同比增长9.8%。去年全省新开工项目增长5%。\n"
    )
    meta = describe_document(normalize(text).text, "article.txt")
    assert (meta.published_on, meta.reference_date) == (date(2026, 2, 5), date(2026, 2, 5))


def test_a_national_story_with_one_passage_on_a_county_level_citys_cluster_is_the_countrys() -> None:
    text = (
        "工业母机：产量回升进口回落\n\n2025-02-26 08:52　　来源：中国工业报\n\n"
        "2024年，我国工业母机产业走出低谷。我国金属切削机床产量增长10.5%，我国进口额下降8%。"
        "我国机床出口增长6%，我国数控化率提高。我国产业链更完整，我国企业更强。\n\n"
        "在山东滕州，机床产业集群加快升级。全市机床企业超过1000家，全市产值增长12%。滕州机床、滕州数控闻名。"
        "滕州正在打造全国中小机床之都，滕州企业订单饱满。\n"
    )
    meta = describe_document(text, "article.txt")
    assert meta.region == "全国"


def test_a_citys_own_account_on_the_city_its_headline_names_speaks_for_the_city() -> None:
    text = (
        "两会声音丨周振宇代表：打好“石化牌”  挺起岳阳工业“脊梁”\n\n"
        "原创  岳阳日报全媒体  岳阳发布  2025年01月15日 22:18  湖南\n\n"
        "1月15日下午，出席省十四届人大三次会议的岳阳代表团举行分组讨论，审议省政府工作报告。\n\n"
        "“过去一年，岳阳规模以上工业增加值增长8.1%，高于全省0.9个百分点，增速居全省第3位；"
        "工业投资增长18.2%，高于全省5个百分点。全省上下、全省各地都在拼。全省、全省、全省。\n"
    )
    meta = describe_document(normalize(text).text, "post.txt")
    assert meta.region == "岳阳市"


def test_a_research_reports_cover_line_with_its_day_at_the_end_dates_the_report() -> None:
    text = (
        "证券研究报告 | 行业月报                                        2025年11月24日\n\n钢铁\n\n"
        "河北钢材市场月度跟踪（2025年11月）\n\n2025年1-10月河北省粗钢产量累计16229.4万吨，同比下降3.8%。\n"
    )
    meta = describe_document(normalize(text).text, "note.txt")
    assert (meta.published_on, meta.reference_date) == (date(2025, 11, 24), date(2025, 11, 24))


def test_a_zones_own_report_saying_only_the_country_as_scope_is_the_zones() -> None:
    text = (
        "德阳经济技术开发区2024年度发展报告\n（投资者版·节选）\n\n德阳经济技术开发区管理委员会\n二〇二五年三月\n\n"
        "德阳经济技术开发区位于四川省德阳市主城区南部，2012年经国务院批准升级为国家级经济技术开发区，"
        "距成都天府国际机场约90公里、重庆江北国际机场约300公里。园区位次由上年的第99位提升至第87位。\n\n"
        "全年实现地区生产总值412.6亿元，同比增长7.8%；规上工业增加值增长9.2%，高于全市3.4个百分点。\n"
    )
    meta = describe_document(normalize(text).text, "report.txt")
    assert meta.region == "德阳经济技术开发区"


def test_an_autonomous_prefectures_story_saying_quanzhou_is_the_prefectures() -> None:
    text = (
        "贵州黔南：小小磷矿石“链”出新能源材料大产业\n\n2025-04-17 10:26:41　　来源：新华网\n\n"
        "新华社贵阳4月17日电 在黔南布依族苗族自治州福泉市双龙工业园区，货车驶出厂区。"
        "黔南是全国重要的磷矿资源富集区，占贵州全省的近一半。2024年，全州新能源电池材料产业产值达到326亿元。黔南州立足资源禀赋，推动磷化工延伸。"
        "一季度，全州规上工业增加值同比增长9.3%，高于全省1.5个百分点。黔南州计划到2027年，全州产值突破1000亿元。"
        "黔南州磷矿就地转化率达到62%。黔南州新开工项目31个。\n"
    )
    assert describe_document(normalize(text).text, "wire.txt").region == "黔南布依族苗族自治州"


def test_a_subdistricts_own_report_on_its_districts_site_is_the_subdistricts() -> None:
    text = (
        "宜昌市猇亭区人民政府门户网站\n您当前的位置：首页 > 政务公开 > 街道信息 > 云池街道\n\n"
        "云池街道2025年经济运行情况及2026年工作打算\n\n发布日期：2026-01-16 10:25　　来源：云池街道办事处\n\n"
        "2025年，云池街道在区委、区政府的坚强领导下，全街道经济运行稳中有进，为全区发展作出了贡献。"
        "全街道规上工业总产值418.6亿元。全街道新增规上企业6家。\n"
    )
    assert describe_document(normalize(text).text, "page.txt").region == "云池街道"


def test_a_small_town_said_of_a_place_is_no_towns_name() -> None:
    text = (
        "中工网\n\n无纺布小镇的“用工新账”\n——湖北仙桃彭场镇节后就业与工资情况调查\n\n"
        "2026-03-03 07:28:15　　来源：工人日报\n\n春节过后，湖北仙桃彭场镇迎来返岗高峰。"
        "全镇现有无纺布企业1260余家。全镇规模以上企业186家，全镇从业人员6.8万人。\n"
    )
    assert describe_document(normalize(text).text, "news.txt").region != "无纺布小镇"


def test_a_letterhead_spaced_out_a_character_at_a_time_names_the_zone() -> None:
    text = (
        "上 饶 经 济 技 术 开 发 区 管 理 委 员 会\n\n饶经开管字〔2026〕2号\n\n"
        "关于2025年工作总结和2026年工作计划的报告\n\n市人民政府：\n\n"
        "2025年，经开区在市委、市政府的坚强领导下，全区经济运行总体平稳。全区规上工业增加值增长9.2%，"
        "高于全市2.1个百分点。\n\n上饶经济技术开发区管理委员会\n2026年1月8日\n"
    )
    cleaned = normalize(text).text
    assert cleaned.startswith("上饶经济技术开发区管理委员会\n")
    assert describe_document(cleaned, "report.txt").region == "上饶经济技术开发区"


def test_an_interview_with_a_places_leader_speaks_for_the_place_not_the_paper() -> None:
    head = "宣城日报数字报\n2025年02月21日 星期五 　　第A02版：要闻\n\n以“工业强市”硬支撑扛起县域发展大旗\n"
    body = (
        "\n本报记者 汪晓宇\n\n2024年，宁国工业经济逆势上扬，规上工业增加值增速稳居宣城市前列。\n\n"
        "记者：2024年宁国工业经济运行情况如何？\n\n陈立峰：2024年，全市规上工业增加值增长9.6%，高于全省1.2个百分点。"
        "市委、市政府坚持工业强市。\n"
    )
    leader = describe_document(normalize(head + "——访宁国市委副书记、市长陈立峰\n" + body).text, "a.txt")
    firm = describe_document(
        normalize(head + "——访宁国经开区产业发展集团党委副书记刘振宇\n" + body).text, "b.txt"
    )
    assert leader.region == "宁国市"
    assert firm.region != "宁国经开区"  # (a firm's head speaks for no place)


def test_a_headline_with_a_comma_under_the_sites_path_is_the_title() -> None:
    text = (
        "第一财经 首页 > 资讯 > 区域\n\n江西上市公司2025年报全景：营收首破1.1万亿元，锂电光伏拖累整体利润\n\n"
        "2026-05-06 20:15:37  来源：第一财经  作者：王晓丹\n\n"
        "随着上市公司年报披露收官，江西上市公司去年的成绩单出炉。\n"
    )
    meta = describe_document(normalize(text).text, "news.txt")
    assert meta.title == "江西上市公司2025年报全景：营收首破1.1万亿元，锂电光伏拖累整体利润"


def test_a_kind_of_city_said_in_a_headline_is_no_citys_name() -> None:
    text = (
        "经济日报\n2025年07月16日　星期三\n第07版：产业调查\n\n"
        "山西长治加速布局第三代半导体——\n老工业城市跑出“芯”速度\n\n"
        "长治市半导体产业发展迅速，全市规模以上企业达到42家。市委、市政府把半导体作为重点产业，全市产值增长30%。\n"
    )
    assert describe_document(normalize(text).text, "news.txt").region != "老工业城市"


def test_a_bulletins_issue_number_and_its_day_on_one_line_date_it() -> None:
    text = normalize(
        "许 昌 市 人 民 政 府 新 闻 办 公 室\n新 闻 发 布 稿\n\n"
        "2025年第38期                          2025年10月27日\n\n    2025年1—3季度全市经济运行情况\n"
        "　　10月27日上午，市政府新闻办公室召开新闻发布会，通报全市经济运行情况。\n"
    ).text
    meta = describe_document(text, "release.txt")
    assert (meta.reference_date, meta.reference_date_method) == (date(2025, 10, 27), "signed")


def test_a_headline_wrapped_in_three_over_a_wrapped_occasion_line_is_the_title() -> None:
    text = normalize(
        "猇亭区第十届人大常委会\n第十九次会议文件（6）\n\n"
        "宜昌市猇亭区国民经济和社会发展\n第十四个五年规划和二〇三五年远景目标纲要\n实施情况中期评估报告\n\n"
        "——2024年6月26日在区第十届人民代表大会\n常务委员会第十九次会议上\n\n区发展和改革局局长　王家明\n\n"
        "主任、各位副主任、各位委员：\n\n我受区人民政府委托，向区人大常委会报告实施情况。全区地区生产总值521.7亿元，"
        "全区规模以上工业增加值增长11.6%，全区固定资产投资增长12.8%。\n"
    ).text
    meta = describe_document(text, "report.txt")
    assert (meta.title, meta.region) == (
        "宜昌市猇亭区国民经济和社会发展第十四个五年规划和2035年远景目标纲要实施情况中期评估报告",
        "猇亭区",
    )


def test_a_provinces_story_touring_its_counties_each_with_its_own_whole_county_is_the_provinces() -> None:
    text = normalize(
        "安徽推动县域经济提质扩量——\n特色产业集群撑起县域“脊梁”\n本报记者  徐  靖\n\n"
        "安徽县域地区生产总值达到2.36万亿元，全省县域规上工业增加值增长9.3%。\n\n"
        "在合肥市肥西县，全县规上企业236家。\n\n长丰县则把新能源汽车作为一号产业。全县规上工业增加值增长15.6%。\n\n"
        "太和县的医药产业集群同样亮眼。全县现有药品生产企业68家。\n\n"
        "全省累计认定特色产业集群98个，全省规上工业企业1.42万家。\n"
    ).text
    assert describe_document(text, "news.txt").region == "安徽省"


def test_a_post_comparing_county_level_cities_of_several_provinces_is_the_countrys() -> None:
    places = ("昆山", "江阴", "晋江", "慈溪", "浏阳")
    text = "百强县工业家底大比拼：5个县级市\n文｜老周说县域\n\n" + "".join(
        f"{name}市｜福建泉州｜6830｜2560\n" for name in places
    )
    text += "\n" + "".join(
        f"{name}去年规上工业增加值增长7.2%，全市规上企业1980家。{name}上半年增长6.1%，{name}全市产值增长。\n"
        for name in places
    )
    text += "泉州市、福建泉州的企业多。\n"
    assert describe_document(normalize(text).text, "post.txt").region == "全国"


def test_an_outlets_line_with_the_time_of_day_dates_the_page() -> None:
    text = normalize(
        "第一财经 > 区域 > 正文\n\n江西89家A股公司半年报：有色贡献六成利润\n\n"
        "第一财经　2025-09-03 18:46:21　听新闻\n\n作者：钟宇澄　　责编：黄晓宁\n\n"
        "今年上半年，这89家公司合计实现营业收入4826.7亿元。\n"
    ).text
    assert describe_document(text, "news.txt").reference_date == date(2025, 9, 3)


def test_a_round_up_naming_many_provinces_alike_is_the_countrys() -> None:
    text = normalize(
        "重点平台连接设备超1.1亿台（套） 中西部省份设备上“云”提速\n\n2026-01-20 09:41　　来源：中国工业报\n\n"
        "本报讯 国家工业互联网大数据中心发布数据。分地区看，江苏连接设备1652万台（套），居全国首位。"
        "广东、浙江、山东连接设备分别达到1486万、1318万、1174万台（套）。江苏全省规上工业企业上云率达到81%。"
        "四川、湖南、江西分别达到506万、463万、318万台（套）。浙江、湖南、江西、四川增速较快。"
        "安徽省连接设备582.6万台（套）。贵州、宁夏、甘肃上云率提高。宁夏连接设备41.2万台（套）。\n"
    ).text
    assert describe_document(text, "news.txt").region == "全国"


def test_an_accounts_name_over_its_posts_date_is_no_title_where_a_notices_title_follows() -> None:
    text = normalize(
        "望城招商\n2025年07月16日 18:30 湖南\n\n"
        "长沙市望城区招商引资工作领导小组办公室关于2025年第二季度各镇（街道）招商引资工作考核排名情况的通报\n\n"
        "望招领办〔2025〕9号\n\n各镇人民政府、街道办事处：\n\n上半年，全区共新签约招商项目68个，全区合同引资额215.6亿元，"
        "全区实际到位内资112.4亿元。\n"
    ).text
    meta = describe_document(text, "post.txt")
    assert (meta.title.endswith("考核排名情况的通报"), meta.region) == (True, "望城区")


def test_the_months_of_a_tables_caption_are_no_signed_date() -> None:
    text = normalize(
        "财联社 · 电报\n\n【四川一季度动力电池产量75.6GWh】财联社4月16日电，"
        "2026年一季度，四川省动力电池产量75.6GWh。\n\n"
        "2026年1-3月四川省动力电池产量及装车量\n月份｜产量（GWh）｜同比（%）\n1月｜24.6｜38.4\n"
    ).text
    assert describe_document(text, "flash.txt").reference_date != date(2026, 1, 3)


def test_a_source_line_with_a_bar_before_its_date_dates_the_page() -> None:
    text = normalize(
        "央视网 > 新闻频道 > 新闻联播\n\n[视频]一季度我国工业生产稳中有升\n\n"
        "来源：央视网　|　2026年04月16日 20:46:12\n"
        "分享到：　微信　微博\n\n央视网消息：一季度，全国规模以上工业增加值同比增长6.3%。\n"
    ).text
    assert describe_document(text, "page.txt").reference_date == date(2026, 4, 16)


def test_a_provincial_bodys_site_speaking_of_the_provinces_own_firms_is_the_provinces() -> None:
    text = normalize(
        "安徽省人民政府国有资产监督管理委员会\n首页 | 机构概况 | 国资要闻\n\n"
        "一季度省属企业经济运行实现平稳开局\n\n"
        "发布时间：2025-04-23 09:41　　来源：财务监管与运行评价处\n\n"
        "一季度，省属企业累计实现营业收入2468.3亿元，同比增长5.7%。利润总额增速居全国地方国资委监管企业第7位。\n"
    ).text
    assert describe_document(text, "page.txt").region == "安徽省"


def test_a_notices_title_under_its_sites_name_and_spaced_out_catalogue_labels_is_the_title() -> None:
    text = normalize(
        "许昌市人民政府门户网站\n当前位置：首页 > 政务公开 > 部门文件\n\n"
        "索 引 号：11411000MB1534296K/2026-00031　　　主题分类：固定资产投资\n"
        "发布机构：许昌市发展和改革委员会　　　　　　成文日期：2026-02-10\n"
        "文　　号：许发改投资〔2026〕12号　　　　　　发布日期：2026-02-13\n\n"
        "许昌市发展和改革委员会关于下达许昌市2026年重大项目投资计划的通知\n\n"
        "2026年，全市共安排市级重大项目412个，总投资3186.5亿元。\n"
    ).text
    meta = describe_document(text, "notice.txt")
    assert (meta.title or "").endswith("投资计划的通知")


def test_a_zone_named_after_a_kicker_and_a_bar_in_a_headline_is_the_texts() -> None:
    text = normalize(
        "回眸2025｜滁州经开区年度十件大事发布！\n\n原创  滁州经开区发布  滁州经开区发布\n"
        "2026年1月6日 18:30  安徽\n\n"
        "01\n经济运行量质齐升\n全年实现地区生产总值612.8亿元，同比增长7.6%；规上工业增加值增长11.2%，高于全市3.4个百分点。\n"
    ).text
    assert describe_document(text, "post.txt").region == "滁州经济技术开发区"


def test_an_outlets_name_and_time_under_a_headline_date_the_page_and_are_not_joined_to_it() -> None:
    text = normalize(
        "每经网 | 首页 > 城市 > 正文\n\n"
        "上半年新能源汽车产量“城市榜”出炉：深圳86.3万辆稳居第一，重庆增长1.2倍\n\n"
        "每日经济新闻　2024-07-29 20:41:36\n\n每经记者：段思瑶\n\n"
        "上半年新能源汽车产量排名前十的城市依次为深圳、西安、上海、合肥、重庆。"
        "深圳产量86.3万辆，西安52.6万辆，上海47.5万辆。重庆增长1.2倍，上海下降4.6%。"
        "合肥、重庆、西安、深圳、上海均有新车型投产。西安、合肥、重庆继续扩产。今年全市力争产量突破130万辆。\n"
    ).text
    meta = describe_document(text, "news.txt")
    assert (meta.reference_date, (meta.title or "").endswith("1.2倍"), meta.region) == (
        date(2024, 7, 29),
        True,
        "全国",
    )


def test_a_ranking_of_cities_without_scope_words_under_an_outlets_stamp_is_the_countrys() -> None:
    text = normalize(
        "新京报 > 财经 > 宏观经济\n\n2023年GDP十强城市出炉：广州重回第四，杭州武汉迈入“2万亿俱乐部”\n\n"
        "新京报　2024-02-05 19:26　　　　　　分享到：微信　微博　QQ空间\n\n"
        "上海、北京、深圳、广州、重庆位列前五。上海以47218.66亿元继续领跑，北京以43760.7亿元位居第二，"
        "深圳GDP为34606.4亿元。上海、北京、深圳均增长5%以上。广州、重庆差距缩小。"
        "上海工业增加值11612.97亿元，北京8500亿元，深圳11200亿元。\n"
    ).text
    meta = describe_document(text, "news.txt")
    assert (meta.reference_date, meta.region) == (date(2024, 2, 5), "全国")


def test_a_sessions_headline_opening_on_its_verbs_names_no_district_but_the_sites_does() -> None:
    text = normalize(
        "武汉市东西湖区人大常委会\n首页 | 人大要闻 | 常委会工作 | 代表工作\n\n"
        "区十届人大常委会召开第二十七次会议\n听取审议区人民政府关于全区工业经济运行情况的报告\n\n"
        "发布时间：2025-10-31 09:15　　来源：区人大常委会办公室\n\n"
        "10月30日上午，区十届人大常委会第二十七次会议召开。1-9月，全区规模以上工业总产值完成1286.4亿元，"
        "同比增长7.3%；规上工业增加值增长8.1%，高于全市2.4个百分点。全区工业投资增长12.5%。\n"
    ).text
    assert describe_document(text, "session.txt").region == "东西湖区"


def test_a_singapore_papers_release_stamp_dates_the_page_and_its_tools_are_no_headline() -> None:
    text = normalize(
        "联合早报 zaobao.com\n新加坡　中国　东南亚　国际　财经\n\n中国 > 中国财经\n\n"
        "广东上半年工业增速放缓 东莞佛山制造业承压\n\n发布/2024年7月26日 16:42\n更新/2024年7月26日 18:05\n\n"
        "林嘉惠\n驻广州特派员\n\n[字体大小]　[分享]　[收藏]\n\n"
        "今年上半年，广东规模以上工业增加值同比增长4.1%，比首季回落0.8个百分点。全省工业投资增长6.2%。\n"
    ).text
    meta = describe_document(text, "zaobao.txt")
    assert (meta.title, meta.published_on) == ("广东上半年工业增速放缓 东莞佛山制造业承压", date(2024, 7, 26))


def test_a_brief_compiled_by_a_countys_farm_bureau_is_the_countys() -> None:
    text = normalize(
        "农产品加工业发展情况简报\n\n2026年第1期（总第37期）\n\n"
        "平江县农业农村局编　　　　　　　　　　2026年2月10日\n\n"
        "2025年，全县农产品加工业实现总产值386.5亿元，同比增长9.2%，总量居全市第2位。"
        "全县农产品加工转化率达到71.8%，比上年提高2.1个百分点。\n"
    ).text
    assert describe_document(text, "brief.txt").region == "平江县"


def test_an_outlets_stamp_that_opens_on_digits_dates_the_page_and_is_not_joined_to_its_headline() -> None:
    text = normalize(
        "21经济网　首页 > 宏观 > 正文\n\n22省份前10月工业利润出炉：9地正增长，浙粤韧性凸显\n\n"
        "21世纪经济报道　2023-12-05 19:42　　　　分享到：微信　微博\n\n"
        "1-10月，全国规模以上工业企业实现利润总额61154.3亿元，同比下降7.8%。\n"
    ).text
    meta = describe_document(text, "news.txt")
    assert meta.title == "22省份前10月工业利润出炉：9地正增长，浙粤韧性凸显"
    assert meta.published_on == date(2023, 12, 5)


def test_a_notice_under_a_zone_committees_red_header_is_the_zones() -> None:
    text = normalize(
        "平湖经济技术开发区管理委员会文件\n\n平开管〔2026〕9号\n\n平湖经济技术开发区管理委员会\n"
        "关于公布2025年度工业企业亩均效益综合评价结果的通知\n\n各街道、各部门、各有关企业：\n\n"
        "开发区2025年度工业企业亩均效益综合评价工作已完成。共计486家参评，其中A类企业97家。\n"
    ).text
    assert describe_document(text, "notice.txt").region == "平湖经济技术开发区"


def test_a_county_zones_report_to_the_county_under_its_red_header_stays_the_countys() -> None:
    text = normalize(
        "郎溪经济开发区管理委员会文件\n\n郎开管〔2025〕18号\n\n"
        "关于2024年度郎溪经济开发区工业企业亩均效益综合评价结果的报告\n\n县人民政府：\n\n"
        "共计206家企业参评，其中A类企业41家。郎溪县规上工业亩均税收增长8.2%。\n"
    ).text
    assert describe_document(text, "report.txt").region != "郎溪经济开发区"


def test_a_governments_release_naming_a_partner_as_often_as_itself_is_its_own() -> None:
    # 香港特別行政區政府　新聞公報 ↵ …輸往台灣… (香港 and 台灣 named alike): the government's own page
    text = (
        "香港特別行政區政府　新聞公報\n主頁 > 新聞公報 > 2026年10月 > 27日\n\n"
        "2026年9月份對外商品貿易統計數字\n\n"
        "政府統計處今日發表的數字顯示，香港商品整體出口貨值上升14.6%。輸往台灣的出口上升20.1%，"
        "自台灣的進口上升9.3%，與台灣的貿易總額上升15.2%。轉口貨值上升14.8%，香港產品出口下跌5.3%。\n"
    )
    assert describe_document(normalize(text).text, "hk_trade.txt").region == "香港特别行政区"


def test_a_table_row_of_numbers_is_no_signing_date() -> None:
    # 制造业    7820       -3.1: a label, then numbers a dash and a dot apart, is no day (7820-03-01)
    text = normalize(
        "行业                          机构单位数目  按年变动(%)\n"
        "制造业                               7820       -3.1\n"
        "纺织及服装                    1480       -6.8\n"
    ).text
    assert describe_document(text, "table.txt").reference_date is None


def test_a_statistics_offices_name_over_its_pages_date_line_is_no_title() -> None:
    # 經濟部統計處 ↵ 首頁 > … ↵ 發布日期：… ↵ 115年10月外銷訂單統計: the release's title under the date line
    text = normalize(
        "經濟部統計處\n首頁 > 統計資料 > 新聞稿\n發布日期：2026-11-20　　發布單位：經濟部統計處\n\n"
        "115年10月外銷訂單統計\n\n10月外銷訂單年增18.6%\n\n"
        "　　本年10月外銷訂單金額達672.4億美元，較上年同月增加18.6%。\n"
    ).text
    title = describe_document(text, "tw_orders.txt").title or ""
    assert "经济部统计处" not in title and "10月外销订单" in title


def test_a_hong_kong_government_page_naming_a_partner_more_often_is_its_own() -> None:
    # 香港特別行政區政府 新聞公報 (a plain space) ↵ …台灣 named four times, 香港 three: Hong Kong's release
    text = (
        "香港特別行政區政府 新聞公報\n\n二零二六年十月對外商品貿易統計數字\n\n"
        "　　政府統計處今日發表的數字顯示，香港商品整體出口貨值上升11.7%。輸往台灣的出口上升31.6%，"
        "自台灣的進口上升9.3%，與台灣的貿易總額上升15.2%，台灣是香港的主要貿易夥伴之一。\n"
    )
    assert describe_document(normalize(text).text, "hk_trade.txt").region == "香港特别行政区"


def test_a_governments_site_name_over_its_catalogue_is_no_headline() -> None:
    # 芜湖市人民政府 ↵ 首页 > … ↵ 索 引 号：… ↵ 生成日期：… ↵ 文　　号：… ↵ …关于印发…工作要点的通知
    text = normalize(
        "芜湖市人民政府\n首页 > 政务公开 > 政府信息公开目录\n\n索 引 号：11340200003144296E/202612-00007\n"
        "发布机构：芜湖市人民政府办公室\n生成日期：2026-12-02\n文　　号：芜政办秘〔2026〕97号\n\n"
        "芜湖市人民政府办公室关于印发芜湖市2027年推动制造业高质量发展工作要点的通知\n\n"
        "发布时间：2026-12-02 16:20\n\n各县市区人民政府：\n"
    ).text
    assert describe_document(text, "wuhu.txt").title == (
        "芜湖市人民政府办公室关于印发芜湖市2027年推动制造业高质量发展工作要点的通知"
    )


def test_a_zones_committee_among_a_reports_authors_is_no_headline() -> None:
    # …履约情况报告 ↵ 玉山县工业和信息化局　玉山县自然资源局 ↵ 玉山高新技术产业开发区管委会 ↵ （2025年3月）
    text = normalize(
        "玉山县人民政府\n索引号：YS-01423-2025-0047　　　发布机构：玉山县工业和信息化局\n"
        "生成日期：2025-03-18\n\n"
        "玉山县2024年度工业用地“标准地”供应及亩均效益承诺履约情况报告\n\n"
        "玉山县工业和信息化局　玉山县自然资源局\n玉山高新技术产业开发区管委会\n（2025年3月）\n\n"
        "2024年，全县共供应工业用地“标准地”42宗。"
    ).text
    meta = describe_document(text, "yushan.txt")
    assert (meta.title or "").endswith("履约情况报告")
    assert meta.region == "玉山县"


def test_a_city_the_reference_list_lacks_over_the_province_a_plans_title_names() -> None:
    # 江州市经济和信息化局关于…的报告 ↵ …全市… naming 安徽省 once, in 《安徽省…方案》: the city's own text
    text = normalize(
        "江州市人民政府 > 政务公开\n生成日期：2025-02-20\n\n"
        "江州市经济和信息化局关于2024年全市工业节能工作情况的报告\n\n"
        "2024年，我局认真落实《安徽省工业领域碳达峰实施方案》，全市工业能效水平持续提升。"
        "全市规上工业单位增加值能耗同比下降4.6%，全市规上工业综合能源消费量1286.4万吨标准煤。"
    ).text
    meta = describe_document(text, "jiangzhou.txt")
    assert (meta.region, meta.region_method) == ("江州市", "own_name")


def test_a_city_daily_the_reference_list_lacks_speaks_for_its_city() -> None:
    # 淮川日报 数字报 ↵ …我市…淮川经开区…: the paper's own city, not a trading partner it names
    text = normalize(
        "淮川日报 数字报\n2026年01月22日　星期四　　第A02版：要闻\n\n"
        "外资“投向”更优\n——我市2025年利用外资逆势增长\n\n"
        "本报讯 全市实际使用外资18.64亿美元，其中来自香港的外资占六成。淮川经开区实际使用外资6.2亿美元，"
        "全市新设外商投资企业286家。"
    ).text
    assert describe_document(text, "huaichuan.txt").region == "淮川市"


def test_the_ministry_of_finances_global_site_is_taiwans() -> None:
    # 財政部全球資訊網 ↵ … ↵ 114年10月海關進出口貿易統計: Taiwan's ministry (the mainland's has a 门户网站)
    text = normalize(
        "財政部全球資訊網\n:::　首頁 > 本部新聞 > 新聞稿\n\n"
        "114年10月海關進出口貿易統計\n發布日期：114-11-07\n\n"
        "財政部今（7）日發布114年10月海關進出口貿易統計，10月出口值為478.6億美元，年增12.3%。"
    ).text
    assert describe_document(text, "mof.txt").region == "台湾省"


def test_a_yearbook_of_a_city_the_reference_list_lacks_is_its_citys() -> None:
    # 东沅年鉴（2025） ↵ 经济 · 工业 ↵ …东沅市工业经济…全市…: the city's yearbook
    text = normalize(
        "东沅年鉴（2025）\n经济 · 工业\n\n工　业\n\n【概况】2024年，东沅市工业经济运行总体平稳。"
        "年末全市有规模以上工业企业1326家，全市规上工业增加值比上年增长7.2%。"
    ).text
    assert describe_document(text, "dongyuan_yearbook.txt").region == "东沅市"


def test_the_site_of_a_city_the_reference_list_lacks_speaks_for_it() -> None:
    # 渌州市人民政府门户网站 ↵ …市政府新闻办举行…全市…新闻发布会, naming 湖南省 once: the city's own page
    text = normalize(
        "渌州市人民政府门户网站\n首页 > 政务公开 > 新闻发布会\n\n"
        "市政府新闻办举行2025年上半年全市工业经济运行情况新闻发布会\n\n发布时间：2025-07-24\n\n"
        "上半年，全市规模以上工业增加值同比增长7.6%，高于湖南省平均水平1.2个百分点。全市工业投资增长12.3%。"
    ).text
    assert describe_document(text, "luzhou_press.txt").region == "渌州市"


def test_a_macao_government_page_naming_no_place_is_macaos() -> None:
    # 澳門特別行政區政府 統計暨普查局 ↵ … ↵ 2025年第二季工業生產指數為94.7: Macao's own release
    text = normalize(
        "澳門特別行政區政府 統計暨普查局\nDirecção dos Serviços de Estatística e Censos\n"
        "首頁 > 新聞稿 > 工業\n\n"
        "2025年第二季工業生產指數\n\n2025年第二季工業生產指數為94.7，按年下跌3.8%。"
    ).text
    assert describe_document(text, "macao_ipi.txt").region == "澳门特别行政区"


def test_a_departments_site_name_over_its_catalogue_is_no_headline() -> None:
    # 江西省工业和信息化厅 ↵ 首页 > … ↵ 索引号：…　发布机构：… ↵ 发文字号：…　发布日期：… ↵ …关于…的通告
    text = normalize(
        "江西省工业和信息化厅\n首页 > 信息公开 > 通知公告\n\n"
        "索引号：014500236/2025-00418    发布机构：江西省工业和信息化厅\n"
        "发文字号：赣工信投资字〔2025〕36号    发布日期：2025-04-18\n\n"
        "江西省工业和信息化厅 江西省财政厅关于2024年度工业企业技术改造奖补资金安排结果的通告\n\n"
        "各设区市工业和信息化局：\n"
    ).text
    assert (describe_document(text, "jiangxi_notice.txt").title or "").endswith("安排结果的通告")


def test_the_report_a_page_quotes_in_its_lead_names_the_city_the_list_lacks() -> None:
    # 国网衡江供电公司发布《2025年9月衡江市工业用电情况分析报告》…全市…: 衡江市's figures
    text = normalize(
        "国网衡江供电公司\n首页 > 新闻中心 > 公司要闻\n\n9月份衡江工业用电量同比增长8.1%\n\n"
        "2025-10-15 16:42　来源：国网衡江供电公司营销部\n\n"
        "10月14日，国网衡江供电公司发布《2025年9月衡江市工业用电情况分析报告》。报告显示，9月份全市工业用电量"
        "保持较快增长。\n\n9月份，全市全社会用电量41.26亿千瓦时，同比增长7.3%。"
    ).text
    assert describe_document(text, "hengjiang_power.txt").region == "衡江市"


def test_a_font_size_switcher_with_share_buttons_is_no_title() -> None:
    # 字級設定：小　中　大　｜　列印　｜　分享：Facebook　LINE　X over a Taiwan release's headline
    text = normalize(
        "經濟部統計處\n:::　首頁 > 新聞與公告 > 統計新聞\n"
        "字級設定：小　中　大　｜　列印　｜　分享：Facebook　LINE　X\n\n"
        "114年第3季製造業營業額4兆8,325億元，年增12.4%\n\n發布日期：114-11-05\n\n"
        "114年第3季製造業營業額為4兆8,325億元，較上年同季增加12.4%。"
    ).text
    described = describe_document(text, "tw_sales.txt")
    assert described.title is not None and described.title.startswith("2025年第3季制造业营业额")
