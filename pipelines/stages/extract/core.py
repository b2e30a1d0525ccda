"""From tokens to figures: measure, indicator, region, status, period.

The walk is sentence by sentence.  Each sentence keeps what later clauses
inherit: the figures found so far (a bare ``高于全国2.6个百分点`` or
``大幅增长12.4%`` is about the last indicator), the region named at its start,
and the target cues seen (``力争年内…达到90%左右，新增…15万家以上``).
A sentence that speaks about the reference year in the future tense switches
the document into *plan mode*; from then on figures are targets unless they
name a period that has already ended.  What status and period each figure
gets from that state is the business of ``status_period``; who and what it is
about, of ``indicators``; how one token becomes figures, of ``measures``; how a
number is shared out over listed items, of ``lists``; what each sentence changes
of the walk's state, of ``document_state``; the figures a table or another layout
tells without the walk, of ``layout_figures``.
"""

from __future__ import annotations

import bisect
import itertools
import re
import sys
from datetime import date

from pipelines.stages.extract import clauses as cl
from pipelines.stages.extract.document_state import (
    BREAKDOWN_BY_TIME,
    NAME_ENDS_OF_LEVEL,
    PLANS_NEXT_YEAR_FROM,
    TITLE_YEAR,
    DocumentState,
    province_of_whole,
)
from pipelines.stages.extract.drafts import Context, Draft
from pipelines.stages.extract.indicators import (
    PLACE_BY_LEVEL,
    REFERS_BACK,
    after_its_province,
    city_opening,
    list_items,
    opens_on_joined_places,
    opens_on_region,
    periods_free,
    place_said_to_be,
    region_by_short,
    region_of_item,
    strip_chars,
)
from pipelines.stages.extract.layout_figures import EVALUATED_IN_TITLE, LayoutFigureRules
from pipelines.stages.extract.lexicon import lexicon
from pipelines.stages.extract.lists import EACH_WORD, GROWTH_DIRECTION, ListRules, place_opening
from pipelines.stages.extract.measures import BASE_PERIOD_THEN_RATE, MeasureRules
from pipelines.stages.extract.numbers import round_base
from pipelines.stages.extract.periods import (
    AS_OF,
    FULL_YEAR,
    MULTI_YEAR,
    NAMED_YEAR,
    QUARTER,
    UNKNOWN,
    UNKNOWN_PERIOD,
    YTD,
    Mention,
    Period,
    PeriodResolver,
    census_years,
    five_year_plan_of_title,
    month_before,
    month_end,
    years_shifted,
)
from pipelines.stages.extract.status_period import (
    BREAKDOWN_BY_PLACE,
)
from pipelines.stages.extract.tables import deadline_cells, name_list_rows
from pipelines.stages.extract.tokens import EACH_OR_TOGETHER, Token, find_tokens, may_have_tokens
from pipelines.stages.models import UNNAMED_CITY, UNNAMED_REGIONS, DocumentMeta, Figure
from pipelines.stages.zones import zone_in_full

#: a notice that hands out or announces a year's batch (关于下达2025年度…资金的通知, 公布2025年度…名单)
#: (or 关于公布2026年河北省专精特新中小企业名单的通知: a year's list; 关于2026年度…拟认定名单的公示: a
#: list put up for comment)
_ANNOUNCED_YEAR = re.compile(
    r"(?:下达|公布|确定|认定|拨付|分配)(\d{4})年(?:度|(?=[^，。]{0,40}名单))"
    r"|关于(\d{4})年度?(?=[^，。]{0,40}名单的公示)"
)
#: a sentence that makes up an example: a supposition, or an unnamed place or firm as its subject
_SUPPOSED = re.compile(
    r"(?:假设|假如|假定|设想|打个比方|举个例子|比如说?|例如)[，,：:]?\s*(?:某|有?一[家个条台座间]|有个)"
    r"|(?:^|(?<=[。；！？\n]))\s*(?:某(?:地|县|市|省|区|企业|公司|厂|行业|园区)|一家(?:企业|公司|工厂)?)"
)
#: a value a revision replaced, said before it (原为34439.2亿元, （原为3.2%）) or after (由4.1%修订为)
_SUPERSEDED = re.compile(r"(?:原为|原数为|初步核算(?:数)?为)\s*$")
_REVISED_AFTER = re.compile(r"\s*(?:修订为|修正为|核实为|调整为)")
#: a value labelled the first reckoning (初步核算的8146.7亿元), which a revision replaced
_FIRST_RECKONING = re.compile(r"初步(?:核算|统计)(?:数)?的?\s*(?:为)?\s*$")
#: the first reckoning a revision starts from (由初步核算的8146.7亿元调整为…)
_FROM_FIRST_RECKONING = re.compile(r"由?(?:初步核算|初步统计|原)(?:数)?的?\s*$|由\s*$")
#: the revised value's clause (修订为34652.8亿元), and a revision's size (调增213.6亿元)
_REVISED_TO = re.compile(r"(?:最终)?(?:修订|修正|核实|调整)为")
_REVISION_STEP = re.compile(r"(?:调增|调减|上调|下调)了?")
#: a numbered item of a list (（一）…, 1. …, 1、…), not a section heading (一、…)
_LIST_ITEM = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．](?!\d))")
#: a goal changed from one value (…总产值目标由6000亿元) to another (调整为5000亿元, 上调至120家)
_GOAL_CHANGED_FROM = re.compile(r"目标值?\s*(?:由|从)\s*$")
_GOAL_CHANGED_TO = re.compile(r"(?:调整|上调|下调|提高|提升|降低|压减|调增|调减)(?:为|至|到)")
#: the months to date said just before a number (1—9月累计163.35万吨, 1—9月累计产量…)
_MONTHS_SUMMED = re.compile(r"\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月份?累计[^，；。\d]{0,8}$")
#: the year whose figures an evaluation rests on (以2024年度数据为依据), said near the start
_DATA_OF_YEAR = re.compile(
    # (以2024年县域经济数据为基础测算: what the data measure may stand between; 以企业2024年度用地、
    # 税收、工业增加值…等数据为依据: whose data, and a list of them)
    # (依据各县（市）2024年主要经济指标: whose figures, in brackets too)
    r"(?:以|依据|根据|基于)\s*(?:企业|各[县市区][（(][^（）()]{1,6}[)）]|各[县市区]{1,3})?"
    r"((?:19|20)\d{2})\s*年度?(?:的)?[\u4e00-\u9fff、]{0,30}?(?:数据|经济指标)"
    r"(?:为依据|为基础|为准)?"
    # (对全省184个…园区2024年度发展情况开展了综合评价: the year whose state it evaluated)
    r"|((?:19|20)\d{2})\s*年度?(?:的)?(?:发展|运行|经营|建设)情况(?:开展|进行)了?(?:综合)?(?:评价|评估|考核)"
)
_DATA_OF_YEAR_HEAD = 3000
#: a headline's year at its start, said without 年 (2026江西省设区市工业竞争力评价报告)
_TITLE_OPENS_ON_A_YEAR = re.compile(r"^((?:19|20)\d{2})(?=[\u4e00-\u9fff])")
#: the results of a past year's evaluation made public (…经济技术开发区公布2024年度工业企业亩均效益综合
#: 评价结果, in April 2025): that year's figures, where the text says no year of its data
#: (印发《关于2024年度全省开发区综合考核评价结果的通报》, …办公室关于2024年度…考核评价结果的通报, 2024年度…
#: 考评结果出炉: the same)
_EVALUATED_YEAR = re.compile(
    r"(?:(?:公布|发布|印发)了?《?(?:关于)?|关于)((?:19|20)\d{2})\s*年度[\u4e00-\u9fff]{0,20}?(?:评价|评估|考核|考评)结果"
    r"|((?:19|20)\d{2})\s*年度[\u4e00-\u9fff]{0,20}?(?:评价|评估|考核|考评)结果(?:出炉|揭晓|公布|发布)"
)
#: a yearly list of firms ranked by size (2025安徽省民营企业100强, 2025中国制造业企业500强)
_FIRMS_LIST = re.compile(r"((?:19|20)\d{2})\s*年?[^，。\d\n]{0,12}企业\s*(?:\d{2,3}\s*|百)强")
#: how far into the text a list of firms its headline block names is looked for
_FIRMS_LIST_HEAD = 200
#: the edition of a ranking or list a title names: 《先进制造业百强园区（2025）》
_EDITION_YEAR = re.compile(r"《[^》]{2,40}[（(]((?:19|20)\d{2})[)）]》")
_MASK = "\u25a1"


#: 柳州年鉴（2025）, 2025年鉴: a yearbook, named near the page's top
_YEARBOOK = re.compile(
    r"(?:年鉴|发展报告|年度报告|白皮书|蓝皮书)\s*[—–-]?\s*[（(]?\s*((?:19|20)\d{2})\s*年?\s*[)）]?|((?:19|20)\d{2})\s*年?鉴"
)
_YEARBOOK_HEAD = 600
#: a yearbook proper (not a year's report or white paper, whose outlook is of its own year too)
_YEARBOOK_ITSELF = re.compile(r"年鉴|\d\s*年?鉴")
#: the one month a title names (2026年6月中国采购经理指数运行情况; not 1—6月, nor 11月末: a day)
#: (or without its year: 11月份全省制造业采购经理指数…, the latest such month by the text's day)
_TITLE_MONTH = re.compile(
    r"(?<![\d前至到—\-~～])(?:((?:19|20)\d{2})\s*年\s*)?(1[0-2]|[1-9])\s*月(?!\s*(?:末|底|\d|[上中下]旬|以来))"
)
#: a monthly report's issue, numbered by its month of the year (月报（2025年第11期）)
_MONTHLY_ISSUE = re.compile(r"月报\s*[（(]?\s*((?:19|20)\d{2})\s*年\s*第\s*(1[0-2]|0?[1-9])\s*期")
#: the longest place name looked for at a sentence's start
_NAME_MAX = 12
#: a name opening a paragraph, up to its first verb or stop (漯河经济技术开发区|是国家级…)
_OPENING_NAME = re.compile(r"[\u4e00-\u9fff]{2,20}?(?=是|位于|地处|成立|设立|[，,。（(])")
_ZONE_ENDS = ("开发区", "园区", "新区", "产业园", "示范区")
#: a paragraph's short opening sentence that names a place and no number (长沙县继续领跑。), or a
#: numbered item's heading that does (一、南昌市新能源汽车整车扩能项目。)
#: (or a digest's item, its day first: 6.11月24日，宜春市召开…调度会。; 九江市湖口县…: the county)
_PLACE_LEADS = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}\s*[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）])?\s*"
    # (在本次胜出的集群中，安徽省合肥市新能源汽车集群表现抢眼。: the one among them a story turns to)
    r"(?:\d{1,2}月\d{1,2}日[，,]\s*|在[\u4e00-\u9fff]{2,12}中[，,]\s*)?(?:[\u4e00-\u9fff]{2,3}省)?(?:[\u4e00-\u9fff]{1,5}?市(?=[\u4e00-\u9fff]{1,4}?[县区](?![场民长委政级属辖域])))?"
    r"([\u4e00-\u9fff]{1,5}?(?:县|市|区|旗))(?![场民长委政级属辖域])[\u4e00-\u9fff“”]{2,16}[。！]"
)
#: a clause of a few words and a comma that opens a sentence (工业第一大省江苏，)
_SHORT_WORDS = re.compile(r"\s*[\u4e00-\u9fff“”]{2,16}[，,]\s*")
#: a short sentence that leads a paragraph (湖北工业保持较快增长。)
#: a paragraph that opens in a place (在四川宜宾，…; 在山东潍坊，…)
_AT_PLACE_OPENING = re.compile(r"\s*在([\u4e00-\u9fff]{2,8}?)[，,]")
_SHORT_LEAD = re.compile(r"\s*[\u4e00-\u9fff“”]{4,16}[。！]")
_PROVINCE_ENDS = ("省", "自治区")
#: a paragraph that opens on a place's name and a colon, perhaps numbered (1. 南京市：…, 无锡市：…)
#: a note in brackets of the day the data stand at (（数据截至2025年10月底）)
_DATA_AS_OF_NOTE = re.compile(r"[（(](?:以上)?数据(?:统计)?(截至[^（）()]{3,16}?)[)）]")
#: a numbered part of a text (三、服务保障), which a note of an earlier part does not reach into
_NUMBERED_SECTION = re.compile(r"\s*[一二三四五六七八九十]{1,3}、")
_PLACE_LABEL = re.compile(
    r"\s*(?:\d{1,2}\s*[.、．]|[（(]\d{1,2}[)）])?\s*([\u4e00-\u9fff]{2,8}?(?:市|县|区|州|盟|旗))\s*[：:]"
    # (（一）武汉市。聚焦…: a numbered item's heading that is a place's name alone, or places'
    # names: （三）宜昌市、十堰市。两市…分别推动…)
    r"|\s*[（(][一二三四五六七八九十]{1,3}[)）]\s*([\u4e00-\u9fff]{2,8}?(?:市|县|区|州|盟|旗)"
    r"(?:、[\u4e00-\u9fff]{2,8}?(?:市|县|区|州|盟|旗)){0,3})\s*。"
)
#: a paragraph that opens on a firm and where it stands (…轴承有限公司位于洛阳市，是…; …位于新乡市长垣市)
_FIRM_SEAT = re.compile(
    r"\s*[^，,。；;\n]{2,30}?(?:公司|集团|厂)(?:总部)?(?:位于|坐落于|地处)(?:[\u4e00-\u9fff]{2,7}?(?:省|自治区))?"
    r"(?P<city>[\u4e00-\u9fff]{1,6}?(?:市|州|盟))(?P<county>[\u4e00-\u9fff]{1,3}?(?:区|县|市)(?=[，,。；;]))?"
)
#: a case study's heading in a compendium (案例一：…, 【案例3】), or a project's in a list of
#: those signed (项目二：…): a new story
_CASE_HEADING = re.compile(r"\s*[【\[]?(?:典型)?(?:案例|项目)\s*[一二三四五六七八九十\d]+\s*[】\]：:]")
#: a ranking a title names (2025年赛迪百强县榜单发布, 全国先进制造业百强市榜单): what a text on it ranks
_RANKING = re.compile(r"((?:百强|\d{2,3}强)(?:县|市|区|城市)?)(?:榜单|排行榜|名单|榜)")
#: a chronicle's title (大事记, 纪事)
_CHRONICLE = re.compile(r"大事记|纪事|大事年表")
#: a weekly brief's title (工业经济监测周报, 每周运行监测)
_WEEKLY_BRIEF = re.compile(r"周报|周监测|每周")
#: the verbs a task's heading opens with (做强…产业, 壮大…, 加快培育…)
_TASK_VERB = (
    r"做|壮大|加快|培育|着力|前瞻|打造|推动|推进|提升|发展|巩固|优化|大力|积极|聚焦|强化|延伸|扶持"
    r"|引进|招引|布局|抢抓|锻造|培优|夯实|促进|支持|实施|构建|深化|全力|持续|坚持|主攻|著力|振兴|改造|升级"
)
#: what a range's frame says before it (月薪多在5800元至6500元之间)
_IN_THE_RANGE = re.compile(r"(?:大多|多|均|都|一般|普遍|基本)?在$")
#: what names a kind of industry (集成电路产业链, 新型显示产业, 纺织行业)
_KIND_WORD = r"(?:产业链|产业集群|产业|行业)"
#: a place's name right before a bracket its number opens (安阳市（26家）)
_NAME_BEFORE_BRACKET = re.compile(rf"(?:是|有|为|、)({PLACE_BY_LEVEL})[（(]$")
#: a paragraph that opens on its industry or chain in brackets (【集成电路产业链】2025年，…)
_BRACKETED_KIND = re.compile(rf"\s*【([\u4e00-\u9fff]{{2,12}}?{_KIND_WORD})】")
#: or on it as a numbered item's heading of its own (（一）五金工量具产业。全年签约项目27个…,
#: 2. 食品加工产业：…); not a task's (做强特色产业。) nor a sentence's (纺织鞋服是…的优势产业。)
_HEADED_KIND = re.compile(
    r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}\s*[.、．]|[一二三四五六七八九十]{1,3}是)?\s*"
    rf"(?!{_TASK_VERB})([^\W\d是的为在对从_]{{2,12}}?{_KIND_WORD})[。：:]"
)
_KIND_SUFFIX = re.compile(rf"{_KIND_WORD}$")
#: the whole of the chain or industry a paragraph is about, as the paragraph says it (全链营业收入)
_THE_WHOLE_KIND = re.compile(r"^(?:全链|全行业|全产业)(?:共有|拥有|现有)?")
#: a sentence about the zone named before, by its kind alone (园区实现…, 2025年，该区…)
_THE_ZONE = re.compile(r"(?:(?:19|20)\d{2}\s*年[^，,。]{0,6}[，,]\s*)?(?:该|全)?(?:园区|开发区|该区)")
#: 这一数字, 该数据: the indicator of the figure said just before


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with every span replaced by mask characters of the same length."""
    if not spans:
        return text
    parts: list[str] = []
    pos = 0
    for a, b in sorted(spans):
        if b <= pos:
            continue
        a = max(a, pos)
        parts.append(text[pos:a])
        parts.append(_MASK * (b - a))
        pos = b
    parts.append(text[pos:])
    return "".join(parts)


#: a name written as a district's, county's or city's is (航空港区, 金水区)
_AREA_NAMED = re.compile(r"[\u4e00-\u9fff]{2,6}[区县市]")
#: an area of a kind, no place's own name (开发区, 工业园区, 城区, 片区, 示范区)
_GENERIC_AREA = re.compile(
    r"(?:开发|园|片|城|市|社|景|山|矿|示范|保税|集聚|功能|核心|中心|辖|地)区$|^[全我本各该其]|[全我本各该][区县市]$"
)
#: the rest of a grade said in brackets after its number (（62%品位）, （折100%）'s none)
_GRADE_IN_BRACKETS = re.compile(r"[\u4e00-\u9fff]{1,6}）")
#: a clause that gives last year's level of the months (or year) just reported (上年同期为-1.23亿元;
#: 平均得分83.1分，上年为81.4分)
_SAME_PERIOD_LAST_YEAR_WAS = re.compile(
    r"(?:^|[，,；;]\s*)(?:上年|去年)(?:同期)?(?:为|是|仅为|则为)\s*(?:汇兑损失|亏损|盈利|增长|下降)?$"
    # (去年同期则按年下跌1.8%, 扭转去年同期按年下跌3.2%的走势: the same months a year before)
    r"|(?:^|[，,；;]\s*)(?:扭转)?(?:上年|去年)同期(?:则)?(?:按年|同比)?(?:上升|下跌|增长|下降)$"
    # (…为5012亿元，较2025年同月的4373亿元上升14.6%: the base the change is told against)
    r"|(?:^|[，,；;]\s*)(?:较|比)(?:上年|去年|\d{4}\s*年)?同[期月]的\s*$"
    # (全年新增120家，高于上年的98家, 超过去年全年新增的212.6万千瓦: last year's level, the base)
    r"|(?:^|[，,；;]\s*)(?:较|比|高于|低于|超过|多于|少于)(?:上年|去年)(?:同期|全年)?[\u4e00-\u9fff]{0,6}的\s*$"
)
#: the base a change is told against, its own rate in brackets (增速较一季度（6.2%）提高1.6个百分点,
#: 比2025年全年（6.3%）加快): that rate is the base period's
_BASE_PERIODS_RATE = re.compile(BASE_PERIOD_THEN_RATE + "$")
#: the bracket an aside's number closes
_BRACKET_CLOSES = re.compile(r"\s*[)）]")
#: the measures a level or rate in brackets after a comparison's base can be of (较一季度（6.2%）,
#: 比上年度（525家）)
_MEASURES_OF_A_BASE = frozenset({"yoy_growth_pct", "share_pct", "amount"})
#: the year before, said as a comparison's base (比上年（98家）, 较上年同期（6.5%）)
_LAST_YEAR_ALONE = re.compile(r"(?:上年|去年)(?:度|同期)?")
#: a level a plan raises from where it stands now (由目前的2家增至4家), no goal itself
_FROM_NOW = re.compile(r"(?:由|从)\s*(?:目前|现在|当前|如今|现有)的?\s*$")
#: the words a sentence opens on to tell a part of the whole told before (其中，, 特别是)
_PART_OPENING = re.compile(r"\s*(?:其中|特别是|尤其是)\s*[，,]?\s*")
_FROM_SAME_PERIOD_LAST_YEAR = re.compile(
    rf"(?:由|从)\s*(?:上年|去年)(?:同期)?的?\s*(?:{GROWTH_DIRECTION})?\s*$"
)
#: (由上年末的31.2%…, 由年初的…: the last day of the year before)
_FROM_LAST_YEARS_END = re.compile(r"(?:由|从)\s*(?:(?:上年|去年)(?:末|底)|年初)的?\s*$")
#: (由上月同比下降0.7%转为上涨0.4%: the month before the one reported)
_FROM_MONTH_BEFORE = re.compile(rf"(?:由|从)\s*上月的?\s*(?:同比|环比)?\s*(?:{GROWTH_DIRECTION})?\s*$")
_PLAN_WORK_TYPES = {"work_plan", "plan", "action_plan", "implementation_plan"}
#: a subtitle under the headline (——2024年各地制造业增加值占GDP比重观察), near the text's head
_SUBTITLE_LINE = re.compile(r"(?m)^\s*(?:——|--|－－)\s*(.+)$")
_SUBTITLE_HEAD = 400
#: a document's name quoted inside a title (关于印发《…》的通知, 《…》执行情况评估报告)
_QUOTED_TITLE = re.compile(r"《[^》]*》")
#: a quoted report of one year, named in a headline (《2024年泉州市民营经济发展报告》)
_QUOTED_YEARS_REPORT = re.compile(r"《((?:19|20)\d{2})年度?[^》\d]*(?:报告|公报|白皮书|蓝皮书)》")
#: a dateline or a page's banner (经济日报　2026年2月1日　星期日　第03版), not a headline's line
_DATELINE = re.compile(r"日|星期|周[一二三四五六日]|第\s*\d+\s*版|[:：]")
#: the longest line read as a headline's first line
_HEADLINE_LINE_MAX = 30


def _headline_line_above(text: str, title: str) -> str:
    """The line right above the title, where it is a headline's first line (no dateline, no
    banner, not long); else ""."""
    at = text.find(title, 0, _SUBTITLE_HEAD)
    if at <= 0:
        return ""
    above = next((line.strip() for line in reversed(text[:at].splitlines()) if line.strip()), "")
    fits = 0 < len(above) <= _HEADLINE_LINE_MAX and not _DATELINE.search(above)
    return above if fits and "。" not in above else ""


#: a bulletin's masthead taken for its title (经济运行简报, 工业经济快报): its issues' headlines say
#: what each reports on
_MASTHEAD_TITLE = re.compile(r"(?:简报|快报|月报|动态)$")
_LINES_UNDER_MASTHEAD = 8
#: a headline of what a report tells (…经济运行情况, …主要指标完成情况)
_REPORT_HEADLINE = re.compile(r"(?:运行|完成|发展)情况$|简况$|分析$")
#: a span of years in a title, even a damaged one (023—2024年): a plan's years, no year reported on
_ANY_RANGE = re.compile(r"\d\s*年?\s*[—\-–~～至到]\s*\d")
#: a paragraph of output by product (分产品看，从主要产品看，主要产品中)
_PRODUCT_BREAKDOWN = re.compile(
    r"\s*(?:分产品看|从主要产品看|从产品看|分主要产品看|主要产品中|主要工业产品中)"
)
#: a sentence that turns to another aspect of the figures (从产品结构看，, 分行业看，)
_ASPECT_OPENER = re.compile(r"\s*[从分][^，,。；;：:\d]{1,12}看[，,]")
#: the aspect a sentence opens on, named in full (从任务进度看，株洲…进度均超过60%: 任务进度)
_ASPECT_NAMED = re.compile(r"\s*从(?P<aspect>[\u4e00-\u9fff]{2,12})看[，,]")
#: the word a from-to moves to its later level by (由…增至…, 从…提高到…)
_LATER_LEVEL_WORD = re.compile(r"[至到]")
#: a sentence that opens on the thing its bare attributes are of (服务机器人方面，广东省产量…)
#: (not 另一方面, 这方面: no thing named)
_THING_NAMED = re.compile(r"\s*(?!另一|这|此|各|多|其他|其它)(?P<thing>[\u4e00-\u9fff]{2,10})方面[，,]")
_WORD_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_THRESHOLD_VERB_END = re.compile(r"(?:超过|突破|达到|在|以上|过)\s*$")
#: 均 (都) before a threshold's verb: each item listed passed it
_EACH_PASSED = re.compile(EACH_WORD)
#: what makes a count's value their sum, not a threshold each passed (30个胜出集群主导产业产值合计达到
#: 6.2万亿元; …产值达到33.6万亿元，同比增长7.9%: a threshold has no growth)
_GROUP_TOTAL = re.compile(r"合计|总计|共计|累计|总共")
_TOTAL_GREW_AFTER = re.compile(r"[，,]\s*(?:同比|比上年|较上年)?(?:增长|下降)\s*\d")
_AND_WORD = re.compile(r"以及|和|及|与")
_RANGE_TO = re.compile(r"\s*(?:至|到|—|－|-|~|～)\s*")
_BOUND_WORD_END = re.compile(r"(?:以上|以下|及以上|及以下)$")
_NOUN_AFTER = re.compile(r"的?[\u4e00-\u9fff]")
_NOT_A_NOUN_AFTER = re.compile(r"的?(?:以上|以下|左右|大关|规模|水平)")
_SIZE_CLASS_OF = re.compile(r"[ *]*的(?!目标|水平|规模|成绩|好成绩|历史|新高)[\u4e00-\u9fff]")
#: a row's label of the things a size class counts, their unit in brackets (营收超100亿元企业（家）)
_COUNTED_CLASS_LABEL = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:企业|项目|园区|集群|工厂|单位)数?[（(](?:家|个|户|项|座)[)）]"
)
#: what a count names after itself when it is a size class (…100名或以上的场所, 10名以下的企业)
_COUNT_CLASS_OF = re.compile(r"[ *]*(?:或|及)?(?:以上|以下)?" + _SIZE_CLASS_OF.pattern.removeprefix("[ *]*"))
#: what lies between a rate that bounds a class of things and the share of them (…在80%及以上的
#: 企业占比为35.2%; not 95%以上的税收、90%以上的…: a list of shares)
_SHARE_OF_THE_CLASS = re.compile(r"[^，,。；;、]*?(?:占比|比重|占)[^，,。；;、]{0,6}")
_GROWTH_OF_FIGURES_BEFORE = ("增速", "增幅")
#: a breakdown by kind of the figures before (分层级看，省重大项目完成投资58.7亿元…)
_BREAKDOWN_BY_KIND = (
    *("分层级看", "分类别看", "分类看", "分领域看", "分板块看", "分项目看"),
    # (12月制造业销售值…。按内外销观察，内销出货4,512亿元: the month's sales, parted)
    *("分内外销看", "按内外销看", "按内外销观察", "从内外销看"),
)
#: words a line opens with that compare the figure of the line above (比1—4月加快…, 高于全省…)
_LINE_GOES_ON = (
    "比",
    "较",
    "高于",
    "高出",
    "低于",
    "快于",
    "慢于",
    "占",
    "同比",
    "增长",
    "下降",
    "增速",
    "▲",
    "▼",
    "↑",
    "↓",
)
#: a breakdown by place, whose first place the paragraph speaks of only until it names others
#: (分市州看，长沙市…；株洲市、湘潭市…。全年新增…: the whole's again)
_PLACES_IN_TURN = (*BREAKDOWN_BY_PLACE, "分市州看", "分市（州）看", "分设区市看", "分城市看")
_OPENS_ON_FIGURES_BEFORE = (
    "其中",
    *_GROWTH_OF_FIGURES_BEFORE,
    *BREAKDOWN_BY_TIME,
    *BREAKDOWN_BY_PLACE,
    *_BREAKDOWN_BY_KIND,
)


#: words that give each place listed its own figure (分别, 各, 均)
_EACH_OF_THEM = re.compile(r"分别|各|均|依次")
#: the measures of a change, whose fall a word may say as well as a minus
_CHANGES = frozenset({"yoy_growth_pct", "avg_growth_pct", "pp_change", "pp_diff"})
#: places listed, then counted (太原、晋中、长治3市, 湛江、佛山等5个市): the group they make
_PLACES_THEN_THEIR_COUNT = re.compile(
    r"\s*(?P<places>[\u4e00-\u9fff]{2,8}?(?:[、和及与][\u4e00-\u9fff]{2,8}?)+)等?"
    r"[两二三四五六七八九十\d]{1,2}个?(?:省|市|县|区|州|地市|县区|县市区)(?![\u4e00-\u9fff]{0,2}[中里内])"
)

#: the bars that rule a table's line (…类（7个）|||||1150), more than prose ever holds
_RULED_LINE_BARS = 3


def _within(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies inside one of ``spans`` (sorted by start; a table's rows)."""
    at = bisect.bisect_right(spans, (pos, sys.maxsize)) - 1
    return at >= 0 and spans[at][0] <= pos < spans[at][1]


def _this_year_cue(reference: date) -> re.Pattern[str]:
    """``2024年`` (not 2024年以来/底/上半年 …), 今年, 下一步 …: the text speaks of the year it
    plans for, the reference year; late in a year, also the next (三、2026年工作思路 in December)."""
    years = (
        f"(?:{reference.year}|{reference.year + 1})"
        if reference.month >= PLANS_NEXT_YEAR_FROM
        else reference.year
    )
    return re.compile(
        rf"(?<![\d—\-–~至]){years}\s*年(?!\s*(?:以来|底|末|前|上半年|1|一季度))"
        # (…分别低于全省平均水平7.4、8.6个百分点，是下一步补短板的重点: where the work will go, of
        # figures that stand now)
        r"|今年(?!以来|初|前|首|上半年|一季度|\d+\s*岁)|新的一年|(?<!是)(?:下一步|下一阶段|下阶段)"
        r"|下半年(?=工作|重点|，|,)"
    )


#: a clause opening on the whole of a level (全省, 全市)
_WHOLE_OF_A_LEVEL = re.compile(r"全([省市])")


#: a list item's opening (1., （一）, 一是, ——, ①)
_LIST_ITEM_OPENING = re.compile(
    r"\s*(?:\d{1,2}\s*[.．、](?!\d)|[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]是|——|[①-⑳])"
)

#: a rate a headline states (…PMI为49.3%)
_RATE_IN_HEADLINE = re.compile(r"\d(?:\.\d+)?\s*[%％]")


#: words that say a figure of each of the places named before it (均超过20%, 各奖励100万元)
_SAID_OF_EACH = re.compile(EACH_OR_TOGETHER)


class _Doc(DocumentState, ListRules, MeasureRules, LayoutFigureRules):
    """Extraction state of one document."""

    def __init__(self, text: str, meta: DocumentMeta, corrupted: list[tuple[int, int]]) -> None:
        self.text = text
        self.meta = meta
        self.corrupted = sorted(corrupted)
        self.region = meta.region  # the speaker's city or district while its official speaks
        #: speakers of a transcript and the city or district each speaks for (None: the document's)
        self.speakers: dict[str, str | None] = {}
        self.province = province_of_whole(meta.region)
        #: a section heading named the region its paragraphs speak of (广东：总量领先…)
        self.section_region = False
        self.section_marker = ""
        self.place_heading_rank = ""
        #: the place the current paragraph's first figure is of (佛山前三季度…), and how many
        #: figures came before the paragraph
        self.paragraph_region: str | None = None
        #: the places a numbered item's heading names (（三）宜昌市、十堰市。), for its 分别 in turn
        self.paragraph_places: list[str] = []
        #: the paragraph's region is the first place of a breakdown by place (从地区看，宜宾市…)
        self.paragraph_region_of_breakdown = False
        self.paragraph_figures = 0
        self.periods = PeriodResolver(meta.reference_date or meta.published_on)
        self.reference: date | None = meta.reference_date or meta.published_on
        self.work_plan = meta.doc_type in _PLAN_WORK_TYPES
        self.evaluation = meta.doc_type == "evaluation_report"
        self.masked, self.period_text = self._mask()
        #: a mention of the reference year that can open a plan (see _update_plan_mode)
        self.this_year = _this_year_cue(self.reference) if self.reference else None
        self.plan_mode = self.work_plan
        self.heading_level = 0  # level of the innermost numbered heading seen (一、=1, （一）=2, 1.=3)
        self.plan_scope: int | None = None  # heading level whose section the plan mode covers
        self.figures: list[Draft] = []
        #: the figures of the sentence just read (what a sentence opening with 其中 breaks down)
        self.previous_figures: list[Draft] = []
        #: the sentence just read, where it gave no figure (…规模以上工业增加值均实现正增长。其中，…)
        self.previous_topic = ""
        #: the catalogued indicator whose growth that sentence spoke of, for a 其中 sentence after it
        self.growth_before = ""
        #: the latest ended year-to-date or quarter the text reported on (a monthly report's period)
        self.reporting_period: Period | None = None
        #: the one month a title names (2026年8月份全省工业生产者价格变动情况), which stays the
        #: period reported on: the months to date such a release also gives are a second view
        self.title_month: Period | None = None
        self.title_period: Period | None = None
        #: where each line under an infographic's label starts, and the label's figure
        self.label_details: dict[int, Draft] = {}
        #: the period that opened an earlier sentence of the current paragraph (2024年，…)
        self.paragraph_period: Period | None = None
        #: whether that sentence only set the scene, with no number of its own (2024年，面对…，
        #: 全省工业经济稳中有进。): the sentences after it go on about its period
        self.paragraph_framed = False
        #: the day an earlier sentence of the paragraph opened on (截至2025年10月底，…): the day its
        #: stocks, counts and shares that name none stand at
        self.paragraph_as_of: Period | None = None
        #: the day a line of its own opened a block on (截至3月末 ↵ …), and where that line ends
        self.block_as_of: tuple[Period, int] | None = None
        self.block_period: tuple[Period, int] | None = None
        #: the day a note said a part's data stand at (（数据截至2025年10月底）), for its paragraphs
        self.section_as_of: Period | None = None
        #: whether that day is an event's (3月17日上午，…签约仪式…举行): its sums are of the day too
        self.paragraph_on_day = False
        #: the day of the last event a paragraph opened on (4月8日上午，…集中开工活动举行)
        self.event_day: Period | None = None
        #: a period still ahead that opened an earlier sentence of the paragraph (到2026年，…):
        #: the horizon of the paragraph's later goals that name none
        self.paragraph_horizon: Period | None = None
        #: the horizon of goals a paragraph ending on a colon opened (到2030年，…实现以下主要目标：), for
        #: the list items under it
        self.list_horizon: Period | None = None
        self.paragraph_goals = False
        self.paragraph_start = 0
        self.next_years_work: Period | None = None
        #: the sentence just read, whether it gave figures or not
        self.sentence_before = ""
        #: the development zone the last paragraph opening with one named (漯河经济技术开发区是…):
        #: whom 园区 means in the sentences after it
        self.zone_named: str | None = None
        self.paragraph_topic = ""
        self.listed_topic, self.listed_topic_end = "", 0
        #: the industry or chain a paragraph opened on in brackets (【新型显示产业链】): what its
        #: figures that name none are of
        self.paragraph_kind = ""
        self.quoted_region = None
        self.sentence_city: str | None = None
        self.named_in_paragraph = {}
        #: the year that opened the paragraph, whether over or not: if it is the reference
        #: year, the last resort for an outcome that names no period (a year-end review
        #: dated 30 December: ``2024年，全市…。新建5G基站1.2万个``)
        self.paragraph_year: Period | None = None
        #: the years already over that opened an earlier sentence of the paragraph
        #: (2021—2023年，…。工业投资年均增长13.4%): what a later yearly average is over
        self.paragraph_span: Period | None = None
        #: the paragraph breaks output down by product (分产品看，…钢材11860万吨): what it measures
        #: of a product named alone is its output
        self.products = False
        #: what the current numbered section counts, named by its headline (see _update_section_topic)
        self.section_topic = ""
        #: the industrial chain the current section is on (see _update_section_topic)
        self.section_chain = ""
        #: the one year the current chapter's heading names (一、2025年…执行情况): its figures' year
        self.section_year: Period | None = None
        self.section_span: Period | None = None
        self.section_period: Period | None = None
        #: the year-to-date or quarter the sentence before, in the same paragraph, reported on
        self.previous_reporting: Period | None = None
        #: the week a weekly brief reports on (【监测周期】2025年11月3日—11月9日), for its 本周
        self.week: Period | None = None
        #: the month's end the report's balances stand at (2025年三季度末，…贷款余额…)
        self.stock_date: date | None = None
        #: the multi-year period in the title (…行动方案（2024—2026年）): the years a plan's
        #: 年均 goals average over
        self.title_span = next(
            (m.period for m in self.periods.find(meta.title or "", True) if m.period.kind == MULTI_YEAR),
            None,
        ) or five_year_plan_of_title(meta.title or "")
        edition = _EDITION_YEAR.search(meta.title or "")
        self.edition_year = int(edition.group(1)) if edition is not None else None
        # (2026江西省设区市工业竞争力评价报告: a headline may open on its year without 年)
        years = TITLE_YEAR.findall(meta.title or "") or _TITLE_OPENS_ON_A_YEAR.findall(meta.title or "")
        self.title_year = int(years[0]) if len(set(years)) == 1 and self.title_span is None else None
        #: the year a work plan's title names ahead of its day (长兴县2027年工业经济工作要点, out in
        #: November 2026): its goals, and the 全年 they say, are that year's
        self.own_plan_year = (
            self.title_year
            if self.work_plan and self.title_year and self.reference and self.title_year > self.reference.year
            else None
        )
        self.periods.plan_year = self.own_plan_year
        #: a chronicle's year (2025年襄阳市工业和信息化大事记): each entry speaks as of its own day
        self.chronicle_year = self.title_year if _CHRONICLE.search(meta.title or "") else None
        self.weekly_brief = _WEEKLY_BRIEF.search(meta.title or "") is not None
        ranking = _RANKING.search(meta.title or "")
        evaluated = EVALUATED_IN_TITLE.search(meta.title or "") if ranking is None else None
        # (2025年度全省县域经济高质量发展评价结果出炉: places ranked without a name are ranked in it)
        self.ranking_of_title = (
            ranking.group(1) + "排名"
            if ranking is not None
            else evaluated.group("what") + "评价"
            if evaluated is not None
            else ""
        )
        #: the year an evaluation is named for (2025年度…综合评价), when its figures are the year
        #: before's (以2024年度数据为依据)
        self.evaluation_year: int | None = None
        # 2024年…统计公报, out in April 2025: its 全年 is 2024, however late it comes out (but not
        # the year of a plan's name the title quotes: 《…行动计划（2023—2025年）》执行情况评估报告)
        own_title = _QUOTED_TITLE.sub("", meta.title or "")
        own_years = set(TITLE_YEAR.findall(own_title))
        subtitle = _SUBTITLE_LINE.search(text, 0, _SUBTITLE_HEAD) if not own_years else None
        if subtitle is not None:
            # 十省份制造业“家底”比一比 ↵ ——2024年各地制造业增加值占GDP比重观察: the subtitle's year
            own_years = set(TITLE_YEAR.findall(_QUOTED_TITLE.sub("", subtitle.group(1))))
        if (
            len(own_years) == 1
            and self.reference is not None
            and not _ANY_RANGE.search(subtitle.group(1) if subtitle is not None else own_title)
        ):
            year = int(own_years.pop())
            self.periods.reported_year = year if year < self.reference.year else None
        quoted = _QUOTED_YEARS_REPORT.search(meta.title or "") if self.periods.reported_year is None else None
        if quoted is not None and self.reference is not None and int(quoted.group(1)) < self.reference.year:
            # 《2024年泉州市民营经济发展报告》摘要发布, out in April 2025: the year the quoted report is of
            self.periods.reported_year = int(quoted.group(1))
        census = next((year for name, year in census_years() if name in own_title), None)
        self.census = census is not None
        if census is not None and self.periods.reported_year is None:
            # 江西省第五次全国经济普查公报（第三号）, out in 2025: the census year's figures
            self.periods.reported_year = census
        book = _YEARBOOK.search(text, 0, _YEARBOOK_HEAD)
        if book is not None and self.periods.reported_year is None:
            # 柳州年鉴（2025）, 江苏省数字经济发展报告（2025年）: a yearbook (or a year's report,
            # white paper) records the year before its own, unless it came out after its year
            # (…重点产业链发展报告（2025）, out in March 2026, reports on 2025)
            book_year = int(book.group(1) or book.group(2))
            late = self.reference is not None and self.reference.year > book_year
            self.periods.reported_year = book_year if late else book_year - 1
            if _YEARBOOK_ITSELF.search(book.group(0)):
                self.periods.recorded_year = self.periods.reported_year
        # (or the headline's first line: 2025安徽工业企业百强榜单发布 ↵ 五大行业撑起“半壁江山”)
        firms = _FIRMS_LIST.search(own_title) or _FIRMS_LIST.search(text, 0, _FIRMS_LIST_HEAD)
        self.firms_list_year: int | None = None
        if firms is not None and self.periods.reported_year is None:
            # 2025安徽省民营企业100强榜单发布: a list of firms ranked by last year's revenue
            self.periods.reported_year = self.firms_list_year = int(firms.group(1)) - 1
        data = _DATA_OF_YEAR.search(text, 0, _DATA_OF_YEAR_HEAD) or _EVALUATED_YEAR.search(
            text, 0, _DATA_OF_YEAR_HEAD
        )
        if data is not None and self.periods.reported_year is None and self.reference is not None:
            year = int(next(said for said in data.groups() if said))  # (the one alternative that matched)
            # 2025年度…亩均效益综合评价 ↵ 以2024年度数据为依据: an evaluation of last year's figures
            self.periods.reported_year = year if year < self.reference.year else None
            if self.periods.reported_year is not None and self.title_year == year + 1:
                self.evaluation_year = self.title_year  # (its tables' 2025年度… name the evaluation)
        announced = _ANNOUNCED_YEAR.search(own_title)
        if (
            announced is not None
            and self.reference is not None
            and self.reporting_period is None
            and self.periods.reported_year is None  # (…2025年度亩均效益评价结果, of 2024's data)
        ):
            year = int(announced.group(1) or announced.group(2))
            if year == self.reference.year:
                # 关于下达2025年度…保险补偿资金的通知, in October: what the notice tells of its batch
                # and its funds (上述项目投保保险金额合计56.83亿元) is the year's
                self.reporting_period = Period.year(year)
        # (陕西制造业景气度稳步回升 ↵ ——3月份PMI升至52.1%: the subtitle's month, where the title has none)
        headed = own_title if _TITLE_MONTH.search(own_title) or subtitle is None else subtitle.group(1)
        if not _TITLE_MONTH.search(headed) and meta.title:
            # (1月份制造业PMI为49.6% ↵ 高技术制造业保持较快扩张…: the headline's first line, over the
            # line taken for the title)
            headed = _headline_line_above(text, meta.title) or headed
        month = _TITLE_MONTH.search(headed) if not _ANY_RANGE.search(headed) else None
        # (贵州电力市场运营月报（2025年第11期）, out in December: a monthly report's issue, its month)
        month = month or _MONTHLY_ISSUE.search(own_title)
        if month is not None and self.reference is not None:
            # 2026年6月中国采购经理指数运行情况: a release on one month reports on that month,
            # until the text names the months to date it reports on
            year = int(month.group(1)) if month.group(1) else self.reference.year
            end = month_end(year, int(month.group(2)))
            # (1月份制造业PMI为49.3%, out on January 27th: a headline's rate of the month the text is in;
            # not 工业经济话题合集（2025年11月）, a digest of the month's posts)
            current = (end.year, end.month) == (self.reference.year, self.reference.month) and bool(
                _RATE_IN_HEADLINE.search(headed)
            )
            if not month.group(1) and end > self.reference and not current:
                end = month_end(year - 1, int(month.group(2)))
            if end <= self.reference or current:
                self.reporting_period = self.title_month = Period.month(end.year, end.month)
        # the periods the title names that ended before the text's day
        ended = [
            m.period
            for m in self.periods.find(own_title, False)
            if m.period.end is not None and self.reference is not None and m.period.end < self.reference
        ]
        # (2025年四季度全省工业企业景气状况分析: a quarter of its own)
        reported = [period for period in ended if period.kind in (YTD, QUARTER)]
        if not ended and _MASTHEAD_TITLE.search(own_title):
            # 经 济 运 行 简 报 ↵ 2026年第10期 ↵ … ↵ 2026年1-10月全区经济运行情况: a bulletin's
            # masthead taken for the title; the headline under it names the months it reports on
            reported = self._months_headed_below(text, meta.title or "")
        if len(reported) == 1:
            # 2025年上半年泉州市民营经济发展情况分析: what the text reports on, to which a paragraph
            # returns after one that gave some figures for fewer months (1—5月 for profits)
            self.title_period = reported[0]
            if reported[0].kind in (QUARTER, YTD) and self.reporting_period is None:
                # (its figures are the quarter's, however unsaid; 一图读懂丨2026年1—10月长兴县工业经济
                # “成绩单”: the months')
                self.reporting_period = reported[0]
        stands = [
            period.end
            for period in ended
            if period.kind == AS_OF
            and period.end is not None
            and self.reference is not None
            and period.end.year == self.reference.year
        ]
        if len(stands) == 1 and self.reporting_period is None and not reported:
            # 泉州市资本市场发展情况通报（截至2025年11月末）: its stocks stand at that day, and what
            # it counts as done ran up to it
            self.reporting_period = self.title_period = Period.up_to(stands[0])

    def _months_headed_below(self, text: str, title: str) -> list[Period]:
        """The months to date, or the quarter, the first headline line under a bulletin's
        masthead names ([] where none of the next few lines is such a headline)."""
        at = text.find(title)  # (经 济 运 行 简 报, spaced out, is found nowhere: from the top)
        below = text[at + len(title) :] if at >= 0 else text
        lines = [line.strip() for line in below.splitlines() if line.strip()][:_LINES_UNDER_MASTHEAD]
        for line in lines:
            if len(line) > _HEADLINE_LINE_MAX or "。" in line or "，" in line:
                continue
            reported = [
                m.period
                for m in self.periods.find(line, False)
                if m.period.kind in (YTD, QUARTER)
                and m.period.end is not None
                and self.reference is not None
                and m.period.end < self.reference
            ]
            if len(reported) == 1 and _REPORT_HEADLINE.search(line):
                return reported
        return []

    # ------------------------------------------------------------------ masks
    def _mask(self) -> tuple[str, str]:
        """The text with names that contain numbers blanked (same length, same offsets).

        The first mask hides everything that must not become a figure; the
        second only titles, document numbers and dates, which must not set a
        period either (《…（2023—2025年）》).
        """
        lex = lexicon()
        numbers: list[tuple[int, int]] = [(max(0, a), min(len(self.text), b)) for a, b in self.corrupted]
        periods: list[tuple[int, int]] = []
        for pattern, scope in lex.not_figure:
            for m in pattern.finditer(self.text):
                numbers.append(m.span())
                if scope == "text":
                    periods.append(m.span())
        numbers.extend(name_list_rows(self.text))
        periods.extend(deadline_cells(self.text))  # (…中小企业局  2026年12月底: when a task is due)
        return _blank(self.text, numbers), _blank(self.text, periods)

    def _update_section_as_of(self, sentence: cl.Span) -> None:
        """从各试点城市看（数据截至2025年10月底），…: a note of the day the part's data stand at, for
        the paragraphs after it, up to the next numbered part."""
        note = _DATA_AS_OF_NOTE.search(self.text, sentence.start, sentence.end)
        if note is None:
            return
        found = self.periods.find(note.group(1), False)
        if len(found) == 1 and found[0].period.kind == AS_OF:
            self.section_as_of = self.paragraph_as_of = found[0].period

    def _carry_list_horizon(self, start: int) -> None:
        """At a paragraph's start: keep the horizon the paragraph before opened where it ended on a
        colon and this one is an item of the list it introduced, else let it go."""
        before = self.text[self.paragraph_start : start].rstrip()
        horizon = self.paragraph_horizon
        if (
            horizon is not None
            and horizon.end is not None
            and before.endswith(("：", ":"))
            and (
                (
                    # (到2030年，…: a horizon the goals are to be met by; not 锚定2035年远景目标，今后五年…：)
                    re.search(rf"[到至]\s*{horizon.end.year}\s*年", before) is not None
                    # (…实现以下主要目标：, not 重点抓好以下工作：, whose tasks are this year's)
                    and "目标" in re.split(r"[，,。；;]", before)[-1]
                )
                # (2026年，我们将…重点做好以下工作： in a report of December 2025: the next year's
                # tasks, opened on that year alone)
                or (
                    horizon.kind == FULL_YEAR
                    and re.match(rf"\s*{horizon.end.year}\s*年[，,]", before) is not None
                )
            )
            # (a plan's own horizon, 到2027年 in …行动方案（2025—2027年）: its goals are the plan's years)
            and not (self.title_span is not None and self.title_span.end == horizon.end)
        ):
            self.list_horizon = horizon
        if not _LIST_ITEM_OPENING.match(self.text, start):
            self.list_horizon = None

    # ------------------------------------------------------------------ walk
    def run(self) -> list[Figure]:
        paragraph = None
        # (an infographic's numbers over their labels, and the lines under a label that go on
        # from its number: read before the walk, so that those lines take it as their subject)
        label_below, self.label_details = self._label_below_figures()
        detail_of: Draft | None = None  # the infographic figure the sentence before went on from
        for sentence in cl.sentences(self.text, self.corrupted):
            figures_before = self.previous_figures
            first = sentence.paragraph != paragraph
            if first:
                broken_down = self.paragraph_year
                self._carry_list_horizon(sentence.start)
                paragraph, self.paragraph_period, self.paragraph_horizon = sentence.paragraph, None, None
                if (
                    broken_down is not None
                    and not broken_down.relative  # (a year said by its number, not 全年)
                    and broken_down.end is not None
                    and self.reference is not None
                    and broken_down.end < self.reference  # (a year over: not 到2027年 of a plan)
                    and _ASPECT_OPENER.match(self.text, sentence.start, sentence.end)
                ):
                    # 2024年，全省共投入R&D经费1403.2亿元…。 ↵ 分活动主体看，各类企业…分别为…: the year of
                    # the paragraph it breaks down
                    self.paragraph_period = broken_down
                on_the_events_day = self.paragraph_on_day
                self.paragraph_as_of, self.paragraph_on_day = None, False
                if self.event_day is not None and self._points_back_to_the_event(
                    sentence.start, on_the_events_day
                ):
                    # 4月8日上午，…集中开工活动举行。 ↵ 据了解，本批集中开工重大项目共1286个: the event's
                    # figures, told in the paragraphs after it, are of its day too
                    self.paragraph_as_of, self.paragraph_on_day = self.event_day, True
                if _NUMBERED_SECTION.match(self.text, sentence.start):
                    self.section_as_of = None  # 三、服务保障: a new part, whose data say their own day
                elif self.section_as_of is not None and self.paragraph_as_of is None:
                    # 从各试点城市看（数据截至2025年10月底），…： ↵ （一）武汉市。…累计推动2635家…: each
                    # item's data stand at the day the part's opening said
                    self.paragraph_as_of = self.section_as_of
                # 截至3月末 ↵ 全区规上工业企业268户 ↵ 较年初净增9户: a post's lines, each a paragraph,
                # stand on the day the line over them says, down to a blank line (and 3月…，其中： ↵
                # （一）资讯通信产品接单249.7亿美元: are of the month the line over them says)
                day = self._over_the_lines(self.block_as_of, sentence.start)
                self.paragraph_as_of = self.paragraph_as_of or day
                self.block_as_of = self.block_as_of if day is not None else None
                months = self._over_the_lines(self.block_period, sentence.start)
                self.paragraph_period = self.paragraph_period or months
                self.block_period = self.block_period if months is not None else None
                self.paragraph_start = sentence.start
                opening = _OPENING_NAME.match(self.text, sentence.start)
                zone = region_of_item(opening.group()) if opening is not None else None
                if zone is not None and zone.endswith(_ZONE_ENDS):
                    self.zone_named = zone
                self.paragraph_goals, self.paragraph_topic = False, ""
                if self.list_horizon is not None:
                    # 到2030年，…实现以下主要目标： ↵ 1.产业规模再上新台阶。规上工业总产值突破1万亿元: the
                    # items under it are goals for that year too
                    self.paragraph_horizon, self.paragraph_goals = self.list_horizon, True
                self.paragraph_span = None
                self.paragraph_region, self.paragraph_figures = None, len(self.figures)
                self.paragraph_region_of_breakdown = False
                self.named_in_paragraph = {}
                lead = _PLACE_LEADS.fullmatch(self.text, sentence.start, sentence.end)
                led = region_of_item(lead.group(1)) if lead is not None else None
                if led is not None and led != self.meta.region and not led.endswith("地区"):
                    # 长沙县继续领跑。全年实现地区生产总值2186.4亿元…: the paragraph is the place's
                    self.paragraph_region = led
                elif self.meta.region == "全国" and _SHORT_LEAD.fullmatch(
                    self.text, sentence.start, sentence.end
                ):
                    # 湖北工业保持较快增长。全年规上工业增加值增长7.8%…: in the country's text, a
                    # paragraph led by a province's short name is the province's
                    said = self.text[sentence.start : sentence.end]
                    # (河北是北方地区清洁取暖的重点省份。记者…了解到，截至目前，全省储气…: the province)
                    named = self._leading_region(said) or place_said_to_be(said.strip())
                    province = named is not None and named.endswith(_PROVINCE_ENDS)
                    self.paragraph_region = named if province else None
                at_place = _AT_PLACE_OPENING.match(self.text, sentence.start, sentence.end)
                at_named = at_place.group(1) if at_place is not None else ""
                named_at = (region_of_item(at_named) or after_its_province(at_named)) if at_named else None
                if self.paragraph_region is None and named_at is not None and self._below(named_at):
                    # 在四川宜宾，动力电池产业从无到有。2025年，全市…: in the country's story, the
                    # paragraph is the place's it opens in
                    self.paragraph_region = named_at
                labelled = _PLACE_LABEL.match(self.text, sentence.start, sentence.end)
                label = (labelled.group(1) or labelled.group(2)) if labelled is not None else ""
                placed = region_of_item(label) if label else None
                listed = [region_of_item(x) for x in label.split("、")] if "、" in label else []
                # (（三）宜昌市、十堰市。…分别推动1580家、1150家…: the values go to the places in turn)
                self.paragraph_places = [x for x in listed if x is not None] if all(listed) else []
                if placed is not None and placed != self.meta.region:
                    # 1. 南京市：规上工业增加值增长6.4%，…。高技术制造业…: the item is the place's
                    self.paragraph_region = placed
                seat = _FIRM_SEAT.match(self.text, sentence.start, sentence.end)
                if seat is not None:
                    # 南阳宛康药业有限公司位于南阳市，…批次生产周期缩短三分之一: the firm's, where it stands
                    self.paragraph_region = region_of_item(seat.group("county") or "") or region_of_item(
                        seat.group("city")
                    )
                if _CASE_HEADING.match(self.text, sentence.start):
                    self._end_the_plan()  # 案例二：…: a firm's story, not the plan the foreword set out
                # （一）技术改造升级13200万元 after 2025年…。按支持方向分：: an item of the list the
                # paragraph before announced, of that paragraph's year
                told = self.figures[-1].period if self.figures else None
                listed_year = (
                    self.paragraph_year or (told if told is not None and told.kind == FULL_YEAR else None)
                    if self._item_of_a_list_announced(sentence.start)
                    else None
                )
                self.paragraph_year, self.previous_reporting = listed_year, None
                kind = _BRACKETED_KIND.match(self.text, sentence.start, sentence.end)
                headed = _HEADED_KIND.match(self.text, sentence.start, sentence.end) if kind is None else None
                self.paragraph_kind = kind.group(1) if kind is not None else headed.group(1) if headed else ""
                if kind is not None:
                    # a new chain's paragraph is a new story: the plans of the one before end
                    self._end_the_plan()
                title_period, reporting = self.title_period, self.reporting_period
                if (
                    title_period is not None
                    and self.text.startswith("\n\n", max(0, sentence.start - 2))  # a block of its own
                    and reporting is not None
                    and reporting.kind == YTD
                    and reporting.end is not None
                    and title_period.end is not None
                    and reporting.end < title_period.end
                ):
                    self.reporting_period = title_period
                self.products = bool(_PRODUCT_BREAKDOWN.match(self.text, sentence.start))
                # (主要预期目标是：… ↵ 分县（市、区）看，天长市…: the places' parts of the goals just set)
                goals_by_place = self.text.startswith(BREAKDOWN_BY_PLACE, sentence.start) and all(
                    f.status == "target" for f in self.previous_figures
                )
                if not (
                    self.text.startswith(_GROWTH_OF_FIGURES_BEFORE, sentence.start)
                    or self._goes_on_from_line_above(sentence.start)
                    or goals_by_place
                ):
                    self.previous_figures = []  # but a subtitle 增速高于全省… goes on from its headline
            detail = self.label_details.get(sentence.start)
            if detail is not None:
                # 4,385.6亿元 ↵ 规上工业总产值 ↵ ▲同比增长6.9%: the line goes on from the label's number
                # (↵ 增速居全市第2位: or from the line above it, under the same label)
                self.previous_figures = figures_before if figures_before and detail_of is detail else [detail]
            detail_of = detail
            if first:
                self._update_section_region(sentence)
                self._update_paragraph_topic(sentence)
            elif self.paragraph_region_of_breakdown and (
                _ASPECT_OPENER.match(self.text, sentence.start)
                # (分市州看，长沙市…；株洲市、湘潭市分别…。全年新增…: the places after the first
                # were told, and a sentence that names none is the whole's again)
                or any(f.region not in (self.paragraph_region, self.region) for f in figures_before)
            ):
                # 从地区看，宜宾市…。从产品结构看，磷酸铁锂电池产量…: the breakdown by place is over
                self.paragraph_region, self.paragraph_region_of_breakdown = None, False
            self._update_post(sentence)
            self._update_speaker(sentence)
            self._update_quoted_official(sentence, first)
            self._update_section_topic(sentence)
            self._update_listed_topic(sentence)
            self._update_plan_mode(sentence)
            # a sentence without a token yields no figure and changes no state, so its
            # clauses need not be walked; the updates around it still see every sentence
            # (（一）生产资料价格降幅大于生活资料。8月份，…: a paragraph's headline gives no figure, and
            # the period after it opens the paragraph as much as a first sentence's would)
            after_headline = not first and len(self.figures) == self.paragraph_figures
            if may_have_tokens(self.masked, self.text, sentence.start, sentence.end):
                # (其中，苏州市…，全市…: the city a part of the whole told before opens on)
                part_opening = _PART_OPENING.match(self.text, sentence.start)
                city_at = part_opening.end() if part_opening is not None else sentence.start
                self.sentence_city = city_opening(self.text[city_at : city_at + _NAME_MAX])
                self._sentence(sentence)
                self.previous_topic = (
                    "" if self.previous_figures else self.text[sentence.start : sentence.end]
                )
            else:
                self.previous_figures = []
                self.previous_topic = self.text[sentence.start : sentence.end]
            self.previous_reporting = None
            self.sentence_before = self.text[sentence.start : sentence.end]
            self._update_reporting_period(sentence)
            self._update_paragraph_period(sentence, first, after_headline)
            self._update_section_as_of(sentence)
            self._update_paragraph_horizon(sentence)
            self._update_next_years_work(sentence)
        in_tables = self._table_figures()
        tabled = in_tables + self._bracketed_figures()
        rows = sorted({(d.quote_start, d.quote_end) for d in tabled})
        table_rows = sorted({(d.quote_start, d.quote_end) for d in in_tables})
        # a row the walk also read as prose (遵义市  ↑6.6%) is the table's: its caption names it;
        # a number in a row's name (硫酸（折100%）) is none of its values; and a clause read from a
        # table's row on into the line under it (注：第6项协议投资按1200万美元折算) is no one's: the
        # rows' words are no name of what the note's number counts
        self.figures = [
            d
            for d in self.figures
            if not _within(d.token.num_start, rows)
            and not self._ruled_line_among(d.token.num_start, rows)
            and not _within(self._quoted_from(d), table_rows)
        ]
        self.figures.extend(tabled)
        self.figures.extend(self._industry_structure_figures())
        # (4,385.6亿元 ↵ 规上工业总产值, read as prose too: the infographic's figure)
        numbers = sorted((d.token.num_start, d.token.end) for d in label_below)
        self.figures = [d for d in self.figures if not _within(d.token.num_start, numbers)]
        self.figures.extend(label_below)
        return self._emit()

    def _quoted_from(self, draft: Draft) -> int:
        """Where a draft's quote starts, past the blank space it may open on."""
        said = self.text[draft.quote_start : draft.quote_end]
        return draft.quote_start + len(said) - len(said.lstrip())

    def _ruled_line_among(self, pos: int, rows: list[tuple[int, int]]) -> bool:
        """一、智能化改造类（7个）|||||1150 between two rows the table gave figures of: a group's line
        of the table, whose bracketed count and sum are no sentence's."""
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        end = len(self.text) if end < 0 else end
        if self.text.count("|", start, end) < _RULED_LINE_BARS:
            return False
        return _within(start - 2, rows) or _within(end + 1, rows)

    def _goes_on_from_line_above(self, start: int) -> bool:
        """同比增长7.6% ↵ 比1—4月加快0.4个百分点: a WeChat post's line that compares the figure
        of the line right above it (no blank line between)."""
        return (
            start > 1
            and self.text[start - 1] == "\n"
            and self.text[start - 2] != "\n"
            and self.text.startswith(_LINE_GOES_ON, start)
        )

    def _sentence(self, sentence: cl.Span) -> None:
        text = self.text
        s_figs: list[Draft] = []
        mentions: dict[bool, list[Mention]] = {}  # filled lazily: most sentences have no figure
        region = self.paragraph_region or self.region
        if self.zone_named is not None and _THE_ZONE.match(text, sentence.start):
            region = self.zone_named  # 漯河经济技术开发区是…。2025年，园区实现…: that zone's
        groups: list[list[Draft]] = []
        numberless: list[cl.Span] = []  # clauses without a number since the last figure
        revised_subject = ""  # what a revision in this sentence is of (…生产总值原为…，修订为…)
        goal_revised = ""  # what a goal changed in this sentence is of (…总产值目标由6000亿元调整为…)
        # 其中… lists parts of the figures before; 增速高于全省… (a subtitle under its headline)
        # speaks of their growth: both take their subject from the sentence before
        goes_on = (
            self._goes_on_from_line_above(sentence.start) or sentence.start in self.label_details
        ) and bool(self.previous_figures)
        opens_on_before = text.startswith(_OPENS_ON_FIGURES_BEFORE, sentence.start) or goes_on
        # 到2025年，这一数字达到96.8万辆: the number of the sentence before, at another time
        refers_back = REFERS_BACK.search(text, sentence.start, sentence.end) is not None
        among = self.previous_figures if opens_on_before or refers_back else []
        # …规模以上工业增加值均实现正增长。其中，长丰县增长21.3%: the growth the sentence before
        # spoke of without a number
        topic = lexicon().catalogue_growth.search(self.previous_topic) if opens_on_before else None
        self.growth_before = topic.group() if topic is not None else ""
        county_of_the_part = False  # whether ``region`` is a county its part of the sentence opened on
        clause_starts: list[int] = []
        for clause in cl.clauses(text, sentence):
            clause_starts.append(clause.start)
            tokens = find_tokens(self.masked, text, clause.start, clause.end)
            if not tokens:
                numberless.append(clause)  # its region is read only if a figure follows
                groups.append([])
                continue
            if self._starts_list_item(sentence, clause):
                # 目标是：…长春市…55%；汽车产业投资增长10%: items stand alone (in the paragraph's place)
                region = self.paragraph_region or self.region
            said_before = None
            for before in numberless:
                said = self._clause_region(text[before.start : before.end])
                if (
                    said is not None
                    and len(tokens) == 1
                    and opens_on_joined_places(text[before.start : before.end], said)
                    and not _SAID_OF_EACH.search(text, clause.start, clause.end)
                    and said[:2] not in text[clause.start : clause.end]
                ):
                    # 西安市、宝鸡市入选…试点城市，截至2024年底累计遴选…215家: places named together are
                    # the subject of no figure after them but those said of each (均, 各, 分别; 居第二、
                    # 三位) or of one of them by name
                    said = None
                said_before = said or said_before
            if county_of_the_part and text[clause.start - 1 : clause.start] in ("；", ";"):
                region, county_of_the_part = self.paragraph_region or self.region, False  # (see below)
            region = said_before or region
            # (工业第一大省江苏，: a short clause of words that opens the sentence on its place, not a
            # table's rows the sentence runs on from)
            leads = bool(numberless) and numberless[0].start == sentence.start
            opens_on = (
                said_before if leads and _SHORT_WORDS.fullmatch(text, sentence.start, clause.start) else None
            )
            numberless = []
            clause_region = self._leading_region(text[clause.start : tokens[0].start])
            if clause_region in (None, UNNAMED_CITY):
                # (长丰县则把…来抓。2024年，全县规上工业增加值增长15.6%, in a province's text)
                county = self._county_of_scope_word(text[clause.start : tokens[0].start], clause.start)
                clause_region = county or clause_region
            opening_words = text[clause.start : tokens[0].start]
            whole = _WHOLE_OF_A_LEVEL.match(strip_chars(periods_free(opening_words)))
            if (
                said_before
                and whole
                and said_before.endswith(NAME_ENDS_OF_LEVEL[whole.group(1)])
                and region_by_short(said_before) is not None
            ):
                # 上海提出，…；湖北提出，到2027年全省机器人产业规模…: the province the clause before named
                # (the clause's counterpart of the paragraph's, in DocumentState._leading_region)
                clause_region = said_before
            if clause_region is None and said_before and opens_on_region(opening_words, self.region):
                # 衡阳市统计局发布的数据显示，今年上半年，祁东县规上工业增加值增长7.4% in 祁东县's text:
                # the text's own place, named again after the body whose data it is
                region = self.region
            if clause_region is None:
                # (…，渌口区增速居全市第一位；高技术制造业增加值增长10.9%: the county's to the end of
                # its part of the sentence only, the city's after it)
                clause_region = self._own_county_opening(opening_words)
                county_of_the_part = clause_region is not None
            if self._sum_of_places_listed(clause, tokens[0].start):
                # 太原、晋中、长治3市新增“小巨人”合计37家, in a paragraph of 太原市's: the places' sum,
                # the text's own region's figure, named with them (not the paragraph's place's)
                clause_region = self.region
            region = clause_region or region
            opened = clause_region or opens_on
            if opened and not s_figs and len(self.figures) == self.paragraph_figures and self._below(opened):
                # 佛山展现出较强的韧性。前三季度，佛山规上工业…。家电…分别增长…: a paragraph of a
                # province's (or the country's) text whose first figure is a city's speaks of it (or
                # whose first clause names it: 工业第一大省江苏，上半年…。其中，高技术制造业…)
                self.paragraph_region = opened
                self.paragraph_region_of_breakdown = text.startswith(_PLACES_IN_TURN, sentence.start)
            bounds = self._bounds(tokens, clause)
            clause_figs: list[Draft] = []
            prev_clause_figs = [f for f in s_figs if f.quote_start < clause.start]
            prev_groups = list(groups)
            groups.append(clause_figs)
            skip, listed_counts, summed_counts = self._count_thresholds(tokens, bounds)
            spread_periods: dict[int, Period] = {}
            spread = "分别" in text[clause.start : clause.end]
            opening_periods, periods_start = self._opening_periods(sentence, clause) if spread else ([], 0)
            respective = self._respectively(tokens, sentence, clause, s_figs, opening_periods, spread_periods)
            from_to = self._from_to(tokens, clause, s_figs)
            respective.update(from_to)
            carry: int | None = None
            unlisted_before = False
            thresholds = {
                i
                for i, tok in enumerate(tokens)
                if self._is_threshold(
                    tok, text[tok.end : clause.end], tokens[i + 1] if i + 1 < len(tokens) else None
                )
            }
            for i in range(len(tokens) - 2, -1, -1):
                # 5亿元至10亿元项目19个: the lower bound of a size class is no figure either
                if (
                    i + 1 in thresholds
                    and tokens[i].base_unit == tokens[i + 1].base_unit
                    and _RANGE_TO.fullmatch(text, tokens[i].end, tokens[i + 1].start)
                ):
                    thresholds.add(i)
            for i, tok in enumerate(tokens):
                pre_start = bounds[i][0] if carry is None else carry
                pre = text[pre_start : tok.start]
                if "range_frame" in tok.rules:
                    pre = _IN_THE_RANGE.sub("", pre)  # 产量在85至95万吨之间: what is in the range
                # 培育10户以上营业收入超10亿元的零部件骨干企业: the noun after a count runs on
                # through the size classes inside it
                after = i + 1
                while after in thresholds and "、" not in text[tok.end : tokens[after].start]:
                    after += 1  # (not past a list's 、: 10亿元以上项目12个、5亿元至10亿元项目19个)
                post = text[tok.end : bounds[after - 1][1]]
                if i in skip:
                    continue
                if self._unlisted_place_among_places(tokens, bounds, i):
                    unlisted_before = True
                    continue
                if i in thresholds or i in listed_counts or i in summed_counts:
                    carry = pre_start
                    continue
                carry = None
                old_goal = _GOAL_CHANGED_FROM.search(pre)
                if old_goal is not None:
                    # 工业总产值目标由6000亿元调整为5000亿元: the goal before and after, both goals
                    goal_revised = self._clean(pre[: old_goal.start()]) or goal_revised
                elif not (goal_revised and _GOAL_CHANGED_TO.fullmatch(pre.strip())):
                    goal_revised = ""
                superseded = _SUPERSEDED.search(pre) if not goal_revised else None
                replaced = not goal_revised and (
                    superseded is not None or _REVISED_AFTER.match(text, tok.end) is not None
                )
                if replaced:
                    # 地区生产总值原为34439.2亿元，修订为34652.8亿元: the value a revision replaced is no
                    # figure (but 由初步核算的8146.7亿元调整为…: the first reckoning, an estimate); its
                    # subject is the revised value's
                    said = pre[: superseded.start()] if superseded is not None else pre
                    revised_subject = self._clean(_FROM_FIRST_RECKONING.sub("", said)) or revised_subject
                    if not _FIRST_RECKONING.search(pre):
                        continue
                if _REVISION_STEP.fullmatch(pre.strip()):
                    continue  # 调增213.6亿元: the revision's size, no figure of the thing
                override = respective.get(i, ("", None))
                if goal_revised:
                    override = (goal_revised, None)
                revised = bool(revised_subject) and _REVISED_TO.fullmatch(pre.strip()) is not None
                if revised:
                    override = (revised_subject, None)  # …，修订为34652.8亿元: the thing revised
                if override is None:
                    continue
                level = override[0] != "" and i in from_to
                if override[0] and not level:
                    pre = text[clause.start : tok.start]
                    spread_at = pre.find("分别")
                    places_only = spread_at > 0 and all(
                        region_of_item(strip_chars(x)) for x in list_items(pre[:spread_at])
                    )
                    if spread_at == 0 or (override[1] and places_only):
                        # A、B均保持较快增长，分别增长5.5%和6.1%: the item, told in the clause before,
                        # is the subject (…；山东省、江西省分别为28.4%、27.9%: the places are each
                        # figure's region, the indicator the one told before)
                        pre = override[0] + pre[spread_at:]
                ctx = Context(
                    sentence,
                    clause,
                    pre_start,
                    pre,
                    post,
                    self._aside_region(pre)
                    or self._listed_items_place(pre, i, region, unlisted_before)
                    or region,
                    s_figs,
                    clause_figs,
                    prev_clause_figs,
                    mentions,
                    prev_groups,
                    level,
                    among=among,
                    item=override[0] if not level else "",
                )
                made = [
                    each for d in self._token_figures(tok, ctx) for each in self._each_item(d, pre, s_figs)
                ]
                self._named_by_the_aspect(made, sentence)
                if i - 1 in listed_counts:
                    # 长沙、株洲、岳阳3个市的…利润总额增速超过10%: what each place listed passed
                    made = [each for d in made for each in self._each_listed_place(d)]
                if _SAME_PERIOD_LAST_YEAR_WAS.search(pre):
                    for d in made:
                        if d.period.start is not None and not self._before_the_year_reported(d.period):
                            # 报告期内…净额为6.05亿元，上年同期为-1.23亿元: the months a year before
                            d.period = years_shifted(d.period, -1)
                            d.rules.append("same_period_last_year")
                if _BRACKET_CLOSES.match(text, tok.end):
                    self._date_to_base_period(made, text[max(clause.start, tok.start - 16) : tok.start])
                if not made and "chinese_numeral" in tok.rules:
                    carry = pre_start  # 财政八项支出: the numeral belongs to the next figure's noun
                if override[0]:
                    for d in made:
                        named = self._canonical(override[0], d.measure)  # (经济增速分别为…)
                        named = self._on_the_titles_list(named, d.token)  # (…分别入围13家)
                        named = self._whose_flow(named, sentence.start, clause.start)
                        if "change_over_base" in d.rules:
                            # 同比分别减少4起、3人: each item's change, named as one (…（同比减少）)
                            named += d.indicator[d.indicator.rfind("（") :]
                        d.indicator = named
                        d.region = override[1] or d.region
                        d.rules.append("revised" if revised else "from_to" if level else "respectively")
                        if (
                            override[1]
                            and prev_groups
                            and not prev_groups[-1]
                            and text.startswith("分别", clause.start)
                        ):
                            # (偃师区、伊川县…签约项目较多，分别为9个、8个…: the quote keeps the places
                            # the values are of, told in the clause before, which has none of its own)
                            d.quote_start = min(d.quote_start, clause_starts[-2])
                        earlier = level and i + 1 in from_to and i - 1 not in from_to
                        if (
                            earlier
                            and d.status == "target"
                            and _FROM_NOW.search(text, clause.start, tok.start)
                        ):
                            # 国家级制造业创新中心由目前的2家增至4家, in a plan: where it stands now, no goal
                            d.status = "actual"
                        if (
                            earlier
                            and _FROM_SAME_PERIOD_LAST_YEAR.search(text, clause.start, tok.start)
                            and not self._before_the_year_reported(d.period)
                        ):
                            # 由上年同期的X…: the months a year before (but 由去年的97.2%, said in
                            # December, names last year already)
                            d.period = years_shifted(d.period, -1)
                        elif earlier and _FROM_MONTH_BEFORE.search(text, clause.start, tok.start):
                            d.period = month_before(d.period)
                        elif earlier and _FROM_LAST_YEARS_END.search(text, clause.start, tok.start):
                            # 由上年末的31.2%下降至28.5%, 由年初的21.2%提高至…: where it stood when the
                            # year before the one reported ended (上年末 read from the text's own day
                            # is the year reported on, in a review of it)
                            reported, _, _ = self._period(tok, ctx, d.measure, d.status, no_mention=True)
                            if reported.end is not None:
                                d.period = Period.as_of(date(reported.end.year - 1, 12, 31))
                        elif earlier and not (
                            "period_mention" in d.rules
                            # 由2020年的318家: a stock at the year its own clause names
                            or (
                                "period_stock_mention" in d.rules
                                and NAMED_YEAR.search(text, clause.start, tok.start)
                            )
                        ):
                            d.period = UNKNOWN_PERIOD  # 由X…: X is of an earlier, unnamed period
                        if level and i - 1 in from_to and i > 0:
                            self._later_level_period(d, tok, tokens[i - 1], ctx)
                            moved = _LATER_LEVEL_WORD.search(text, tokens[i - 1].end, tok.start) is not None
                            if (
                                moved
                                and d.period.kind == MULTI_YEAR
                                and d.period.end is not None
                                and d.status == "actual"
                            ):
                                # 五年来，…营业收入由2020年的7860亿元增至12180亿元: the level the span
                                # ends on, of its last year
                                d.period = Period.year(d.period.end.year)
                                d.rules.append("period_span_end")
                        chained = self._chained_levels(clause, s_figs, ctx) if level else None
                        if chained is not None:
                            d.period = chained[0] if earlier else chained[1]
                        if i in spread_periods:
                            d.period = spread_periods[i]
                            d.quote_start = min(d.quote_start, periods_start)  # …told with its periods
                        if level and self._counted_level(d):
                            # 企业由7家增加到43家: how many there were at each year's end
                            assert d.period.end is not None
                            d.period = Period.as_of(d.period.end)
                if goal_revised:
                    for d in made:
                        d.status = "target"
                        d.rules.append("goal_changed")
                elif (
                    replaced
                    or revised
                    or _REVISED_TO.search(text, max(clause.start, tok.start - 4), tok.start)
                ):
                    self._mark_revision(made, replaced, revised_subject)
                clause_figs.extend(made)
                s_figs.extend(made)
            named_here = {d.region for d in clause_figs} - {region, self.region}
            if len(named_here) == 1:
                # 宁波…增长5.9%；青岛为8412.8亿元，增长5.6%: the place a clause named goes on in the
                # clauses after it
                place = named_here.pop()
                if place != "全国" and text[clause.start : clause.end].lstrip().startswith(place[:2]):
                    region = place
        if self.paragraph_kind:
            self._of_the_paragraphs_kind(s_figs)
        if s_figs and _ASPECT_OPENER.match(text, sentence.start, sentence.end):
            _kinds_share_the_first_noun(s_figs)
        self._the_month_before_its_months(s_figs)
        if _SUPPOSED.search(text, sentence.start, sentence.end):
            # 假设某企业一年的总产值为100万元…, 某县今年有30家企业新进入规上名录: an example made up
            # to explain a statistic, no place's figure
            s_figs = []
        self.figures.extend(s_figs)
        # (lines that go on from the line above stay about its figures: 高于全省… ↵ 增速居…; so
        # does a sentence of parts: …增长6.4%。其中三季度当季…。分领域看，… breaks the whole down)
        part = text.startswith("其中", sentence.start)
        self.previous_figures = [*self.previous_figures, *s_figs] if goes_on or part else s_figs

    def _named_by_the_aspect(self, drafts: list[Draft], sentence: cl.Span) -> None:
        """从任务进度看，株洲、湘潭…进度均超过60%: a bare noun of a figure (进度) is the aspect the
        sentence opened on, which names it in full (任务进度); a bare attribute (产量) is of the thing
        the sentence opened on with 方面."""
        thing = _THING_NAMED.match(self.text, sentence.start)
        if thing is not None:
            # 服务机器人方面，广东省产量占全国的42.6%: the output of the thing the sentence opened on
            for d in drafts:
                if d.indicator.startswith(lexicon().attributes) and thing.group("thing") not in d.indicator:
                    d.indicator = thing.group("thing") + d.indicator
                    d.rules.append("named_by_the_aspect")
        opened = _ASPECT_NAMED.match(self.text, sentence.start)
        if opened is None:
            return
        aspect = opened.group("aspect")
        for d in drafts:
            bare = 2 <= len(d.indicator) <= 3 and d.measure != "rank"  # (no rank: 从排名变化看，…排名…)
            if bare and aspect.endswith(d.indicator) and aspect != d.indicator:
                d.indicator = aspect
                d.rules.append("named_by_the_aspect")

    def _item_of_a_list_announced(self, start: int) -> bool:
        """Whether the paragraph at ``start`` is a numbered item (（一）…, 1. …) of a list that an
        earlier paragraph announced with a colon (按支持方向分：), only items between."""
        if not _LIST_ITEM.match(self.text, start):
            return False
        before = self.text[:start].rstrip()
        while True:
            line_start = before.rfind("\n") + 1
            line = before[line_start:]
            if line.endswith(("：", ":")):
                return True
            if not line or not _LIST_ITEM.match(line):
                return False
            before = before[:line_start].rstrip()

    def _of_the_paragraphs_kind(self, drafts: list[Draft]) -> None:
        """【新型显示产业链】全链共有链主企业6家，实现营业收入1580亿元: the chain's firms and revenue,
        not the province's; a figure of another place, or that names the kind, is left as it is."""
        kind = self.paragraph_kind
        stem = _KIND_SUFFIX.sub("", kind)
        for d in drafts:
            if d.region == self.meta.region and stem not in d.indicator:
                d.indicator = kind + _THE_WHOLE_KIND.sub("", d.indicator)
                d.rules.append("paragraph_kind")

    def _mark_revision(self, made: list[Draft], replaced: bool, subject: str) -> None:
        """A revision's values: the revised one (…调整为8362.4亿元) stands as reported, whatever cue
        the old one carried (由初步核算的…); the first reckoning it replaced is an estimate of the
        thing revised."""
        for d in made:
            if not replaced:
                d.status = "actual"
                continue
            d.status = "estimate"
            d.indicator = self._canonical(subject, d.measure) if subject else d.indicator
            d.rules.append("superseded")

    def _the_month_before_its_months(self, drafts: list[Draft]) -> None:
        """精炼铜产量18.92万吨，同比增长4.7%；1—9月累计163.35万吨: a monthly bulletin's figure told
        before the months to date of the same thing, with no period of its own, is the last
        month's (not the months', which would give the one indicator two values)."""
        for k, later in enumerate(drafts):
            period = later.period
            if (
                period.kind != YTD
                or period.start is None
                or period.end is None
                or "period_mention" not in later.rules
                or not _MONTHS_SUMMED.search(self.text, max(0, later.token.start - 16), later.token.start)
            ):
                continue
            month = Period(date(period.end.year, period.end.month, 1), period.end, UNKNOWN, "month")
            for d in drafts[:k]:
                if (
                    d.period == period
                    and d.indicator == later.indicator
                    and "period_default_reporting" in d.rules
                ):
                    d.period = month
                    d.rules.append("period_month_before_its_months")

    @staticmethod
    def _counted_level(d: Draft) -> bool:
        """A count of things that stand (企业, 基地), reported for a whole year: a stock."""
        return (
            d.measure == "amount"
            and d.status == "actual"
            and d.period.kind == FULL_YEAR
            and d.period.end is not None
            and d.token.unit_class == "count"
            and not lexicon().flow_nouns.search(d.indicator)
        )

    def _before_the_year_reported(self, period: Period) -> bool:
        """Whether ``period`` ends before the year the text reports on (去年 in December)."""
        year = self.periods.summary_year()
        return period.end is not None and year is not None and period.end.year < year

    def _later_level_period(self, d: Draft, tok: Token, earlier: Token, ctx: Context) -> None:
        """由2020年的X提高至Y: the year named for X is not Y's; Y takes the default period."""
        plan = d.status == "target"
        mention = self._mention(tok, ctx, plan)
        if mention is None:
            return
        pos = ctx.sentence.start + mention.pos
        frm = max(
            self.text.rfind("由", ctx.clause.start, earlier.start),
            self.text.rfind("从", ctx.clause.start, earlier.start),
        )
        if frm < 0 or not frm <= pos < earlier.start:
            return
        d.period, rule, d.stock = self._period(tok, ctx, d.measure, d.status, no_mention=True)
        d.rules.append(rule)

    def _chained_levels(
        self, clause: cl.Span, s_figs: list[Draft], ctx: Context
    ) -> tuple[Period, Period] | None:
        """由2020年的5637.4亿元增至2023年的7218.6亿元，…比重由22.9%提高到24.1%: a from-to that
        names no years, after one that did, is of the same two years."""
        start, end = clause.start - ctx.sentence.start, clause.end - ctx.sentence.start
        if any(start <= m.pos < end for m in self._mentions(ctx, False)):
            return None
        levels = [
            f
            for f in s_figs
            if "from_to" in f.rules and f.period.kind == FULL_YEAR and f.token.start < clause.start
        ]
        if len(levels) < 2 or levels[-2].period == levels[-1].period:
            return None
        return levels[-2].period, levels[-1].period

    def _count_thresholds(
        self, tokens: list[Token], bounds: list[tuple[int, int]]
    ) -> tuple[set[int], set[int], set[int]]:
        """``5个市GDP超过5000亿元``: a count of things above a threshold is no pair of figures;
        and the counts of places listed before them (湛江、佛山…江门5个市…均超过50亿元), which
        are no figures, their thresholds each place's; and the counts of things whose value is
        their sum (酒、烟草、煤炭、电力四个行业增加值合计占…), no figures either, their sums the
        group's, named with its items."""
        out: set[int] = set()
        listed_counts: set[int] = set()
        summed_counts: set[int] = set()
        for i in range(len(tokens) - 1):
            a, b = tokens[i], tokens[i + 1]
            mid = self.text[a.end : b.num_start]
            if (
                a.unit_class == "count"
                and b.unit_class != "count"
                and bounds[i][1] == a.end
                and _WORD_CHAR.match(mid)
                and _THRESHOLD_VERB_END.search(mid)
            ):
                listed = list_items(self.text[bounds[i][0] : a.start])
                each = _EACH_PASSED.search(mid) is not None
                if len(listed) >= 2 and (each or all(region_of_item(strip_chars(item)) for item in listed)):
                    # 湛江、佛山、广州5个市…均超过50亿元: the count of the places listed goes, the
                    # threshold is each place's (汽车、电子信息、现代化工三个产业营业收入均超过5000亿元:
                    # each item's, where 均 says so)
                    listed_counts.add(i)
                    continue
                if _GROUP_TOTAL.search(mid) or _TOTAL_GREW_AFTER.match(self.text, b.end):
                    summed_counts.add(i)
                    continue
                out.update((i, i + 1))
        return out, listed_counts, summed_counts

    def _sum_of_places_listed(self, clause: cl.Span, at: int) -> bool:
        """Whether the clause opens, before ``at``, on places listed and then counted (太原、晋中、
        长治3市…), whose figures are their sum."""
        listed = _PLACES_THEN_THEIR_COUNT.match(self.text, clause.start, at)
        if listed is None or _EACH_OF_THEM.search(self.text, listed.end(), at):
            return False  # (遂宁、南充、广安三市…分别增长…: each place's own)
        # (长治 is withheld as a short name, 长治久安 being a phrase: most named suffice)
        items = list_items(listed.group("places"))
        return sum(region_of_item(x) is not None for x in items) * 2 > len(items)

    def _listed_items_place(self, pre: str, i: int, region: str, unlisted_before: bool) -> str | None:
        """其中醴陵市新增42家、攸县新增27家: the place a clause's later item opens on, after the 、
        that parts it from the item before, where the clause opened on a place of its own (it was
        the first item's place; but 全市新增…2家、广东省政府质量奖企业3家: an award's name), or on a
        place no list knows (航空港区71家、金水区54家)."""
        # (…分别达到1850万件、1620万件: the second's words are the clause's, no item of its own)
        if i == 0 or (region == self.region and not unlisted_before) or not pre.lstrip().startswith("、"):
            return None
        # (the longest: 长沙市望城区, not 长沙市)
        opened = place_opening(strip_chars(pre)[:_NAME_MAX], after=0)
        return opened[0] if opened is not None else None

    def _unlisted_place_among_places(
        self, tokens: list[Token], bounds: list[tuple[int, int]], i: int
    ) -> bool:
        """航空港区71家、金水区54家、中原区31家: an item named the way a place is, which no list of
        places knows, among places that are known: whose number it is cannot be told (not the
        place before's, nor the text's), and its name is no indicator of the items after it."""

        def item_name(k: int) -> str:
            return strip_chars(self.text[bounds[k][0] : tokens[k].start]).lstrip("、，,；;")

        name = item_name(i)  # (the others' names only where this one reads as an unlisted place)
        if not _AREA_NAMED.fullmatch(name) or _GENERIC_AREA.search(name) or region_of_item(name):
            return False
        if any(region_of_item(name[k:]) for k in range(1, len(name) - 1)):
            return False  # (智能工厂合肥市14家、芜湖市9家: what is counted, then a known place)
        return any(region_of_item(item_name(k)) for k in range(len(tokens)) if k != i)

    def _aside_region(self, pre: str) -> str | None:
        """``…高于全国2.4个百分点（同期全国规上工业增加值增长5.8%）``: a region that opens an
        aside in parentheses is the region of the figure in it, and of nothing after it."""
        opened = max(pre.rfind("（"), pre.rfind("("))
        if opened < 0 or ")" in pre[opened:] or "）" in pre[opened:]:
            return None
        if opened == len(pre) - 1:
            # …较多的是安阳市（26家）: the number in brackets after its place's name, the place's
            named = _NAME_BEFORE_BRACKET.search(pre)
            return region_of_item(named.group(1)) if named is not None else None
        return self._leading_region(pre[opened + 1 :])

    def _starts_list_item(self, sentence: cl.Span, clause: cl.Span) -> bool:
        """Whether ``clause`` opens an item of a list announced by a colon (…目标是：A；B；C)."""
        before = self.text[sentence.start : clause.start].rstrip()
        return before.endswith(("；", ";")) and ("：" in before or ":" in before)

    def _opening_periods(self, sentence: cl.Span, clause: cl.Span) -> tuple[list[Period], int]:
        """``一季度、上半年，…``: the periods listed alone before the clause, in order, and
        where their list starts."""
        before = self.period_text[sentence.start : clause.start].rstrip("，, ")
        opening = re.split(r"[，,：:]", before)[-1]  # 负责人介绍，一季度、上半年，…: the last clause
        start = sentence.start + len(before) - len(opening)
        return self._periods_alone(opening), start

    def _bounds(self, tokens: list[Token], clause: cl.Span) -> list[tuple[int, int]]:
        """Pre-text start and post-text end of each token.

        The text between two tokens is split at its first list separator
        (、 before 和/及/与): what comes before belongs to the first token
        (``1000家以上优质中小企业、``), the rest to the second.
        """
        starts = [clause.start]
        ends: list[int] = []
        for a, b in itertools.pairwise(tokens):
            mid = self.text[a.end : b.start]
            cut = mid.find("、")
            if cut < 0:
                m = _AND_WORD.search(mid)
                cut = m.start() if m else 0
            ends.append(a.end + cut)
            grade = _GRADE_IN_BRACKETS.match(self.text, a.end, b.start)
            opened = self.text.rfind("（", starts[-1], a.start)
            if grade is not None and opened >= 0 and "）" not in self.text[opened : a.start]:
                # 进口铁矿石（62%品位）到港均价103.5美元/吨: a grade in brackets says which ore, and
                # the name of what the price is of runs on around it
                starts.append(starts[-1])
                continue
            starts.append(a.end + cut)
        ends.append(clause.end)
        return list(zip(starts, ends, strict=True))

    def _date_to_base_period(self, made: list[Draft], pre: str) -> None:
        """增速较一季度（6.2%）提高1.6个百分点: the rate in brackets after the base is the base
        period's, which the period finder skips as a comparison's base (数量比上年度（525家）增加87家:
        so is a level)."""
        base = _BASE_PERIODS_RATE.search(pre)
        if base is None:
            return
        if _LAST_YEAR_ALONE.fullmatch(base["when"].strip()):
            # 比上年（98家）, 较上年同期（6.5%）: the year before the figure's own, whatever it is
            for d in made:
                if d.measure in _MEASURES_OF_A_BASE and d.period.start is not None:
                    d.period = years_shifted(d.period, -1)
                    d.rules.append("base_periods_rate")
            return
        when = self.periods.find(base["when"], plan=False)
        if len(when) != 1 or when[0].period.start is None:
            return
        for d in made:
            if d.measure in _MEASURES_OF_A_BASE:
                d.period = when[0].period
                d.rules.append("base_periods_rate")

    def _is_threshold(self, tok: Token, post: str, nxt: Token | None) -> bool:
        """``投资500万元以上技改项目1.2万个``, ``超百亿元企业175家``: a size class inside a
        noun phrase, no figure."""
        if tok.unit_class == "count" and nxt is not None and nxt.unit_class == "count":
            # 在职员工100名或以上的场所有21间: a size class of the things the next number counts
            return bool(_COUNT_CLASS_OF.match(post))
        if (
            tok.unit_class == "percent"
            and tok.qualifier == "at_least"
            and tok.start < tok.num_start
            and nxt is not None
            and nxt.unit_class == "count"
        ):
            # 归母净利润同比增长超过100%的公司有21家: a class of the firms the next number counts
            return bool(_SIZE_CLASS_OF.match(post))
        if (
            tok.unit_class == "percent"
            and (
                tok.qualifier in ("at_least", "at_most")
                or self.text.endswith(("低于", "高于"), max(tok.start - 2, 0), tok.start)
            )
            and nxt is not None
            and nxt.unit_class == "percent"
            and _COUNT_CLASS_OF.match(post)
            and _SHARE_OF_THE_CLASS.fullmatch(self.text, tok.end, nxt.start) is not None
        ):
            # 产能利用率在80%及以上的企业占比为35.2%, 低于50%的企业占比为11.6%: a class of the firms
            # whose share the next number is
            return True
        if tok.kind not in ("quantity", "implied") or tok.unit_class in ("count", "percent", "pp", "rank"):
            return False
        raw_after = self.text[tok.num_start : tok.end]
        if _BOUND_WORD_END.search(raw_after) and _HAN.match(post):
            return True
        # 营业收入超10亿元的零部件骨干企业: a bound before the number, the class as an attribute (or
        # before a number it implies: 首个工业营收超千亿元的县)
        bound_before = tok.start < tok.num_start or tok.kind == "implied"
        # (营收不足1亿元的企业占规上新材料企业的64.5%: a class under a bound as much as over one)
        if tok.qualifier in ("at_least", "at_most") and bound_before and _SIZE_CLASS_OF.match(post):
            return True
        if tok.qualifier == "at_least" and bound_before and _COUNTED_CLASS_LABEL.match(post):
            return True  # 营收超100亿元企业（家）  9  7  +2: the label of a row of counts
        # 过10亿元项目110个: a size class right before the noun whose count follows
        return (
            nxt is not None
            and nxt.unit_class == "count"
            and bool(_NOUN_AFTER.match(post))
            and not _NOT_A_NOUN_AFTER.match(post)
        )

    # ------------------------------------------------------------------ output
    def _zone_in_full(self, region: str, known: dict[str, str]) -> str:
        """A zone the text calls by its place and 开发区, by the full name the text gives it (see
        zones.zone_in_full), remembered in ``known`` for the figures after."""
        if region not in known:
            known[region] = zone_in_full(region, self.text)
        return known[region]

    def _emit(self) -> list[Figure]:
        out: list[Figure] = []
        seen: set[tuple[object, ...]] = set()
        # (the text's date, or the last post's of a feed: not a meeting day it tells of)
        reference = max((day for day in (self.meta.reference_date, self.reference) if day), default=None)
        # (荆州开发区: 荆州经济技术开发区, looked up in the text once a place, not once a figure)
        in_full: dict[str, str] = {}
        for d in self.figures:
            if d.region in UNNAMED_REGIONS or not d.indicator or _places_alone(d.indicator, d.region):
                continue
            tok = d.token
            # (同比下降-6.1%, 录得按年跌幅（-6.1%）: a fall written with its own minus, not a rise)
            written_fall = d.sign < 0 and d.values[0] < 0 and d.measure in _CHANGES
            sign = 1 if written_fall else d.sign
            value = d.values[0] * sign
            value_max = d.value_max * sign if d.value_max is not None else None
            if value_max is not None and ("range_to_rise" in tok.rules or "range_to_fall" in tok.rules):
                # 年减1.0%至增2.0%: from a fall of 1.0% to a rise of 2.0%, the second end's direction
                # its own
                value_max = abs(value_max) if "range_to_rise" in tok.rules else -abs(value_max)
            if value_max is not None and value_max < value:
                value, value_max = value_max, value
            mult = tok.multiplier
            end = d.period.end
            if d.status == "actual" and d.period.kind == AS_OF and reference and end and end > reference:
                # 全年新增…，总数达到236家 out on 18 December: the count stands on the day it is told
                d.period = Period.as_of(reference)
                d.rules.append("as_of_told")
            key = (d.indicator, d.measure, value, d.status, d.period, d.quote_start, d.benchmark, d.region)
            if key in seen:
                continue
            seen.add(key)
            raw_quote = self.text[d.quote_start : d.quote_end]
            quote = raw_quote.strip()
            q_start = d.quote_start + (len(raw_quote) - len(raw_quote.lstrip()))
            q_end = q_start + len(quote)
            out.append(
                Figure(
                    indicator=d.indicator,
                    measure=d.measure,
                    value=value,
                    value_max=value_max,
                    unit=tok.unit,
                    value_base=round_base(value * mult),
                    value_base_max=round_base(value_max * mult) if value_max is not None else None,
                    base_unit=tok.base_unit,
                    qualifier=tok.qualifier,
                    status=d.status,
                    region=self._zone_in_full(d.region, in_full),
                    benchmark=self._zone_in_full(d.benchmark, in_full) if d.benchmark else None,
                    period_start=d.period.start,
                    period_end=d.period.end,
                    period_type=d.period.kind,
                    quote=quote,
                    char_start=q_start,
                    char_end=q_end,
                    rules=",".join(dict.fromkeys(d.rules)),
                    confidence=round(max(0.05, min(1.0, d.confidence)), 2),
                )
            )
        return out


#: an indicator that opens on a kind of firm or industry, then names what of it is measured (国有控股
#: 企业应收账款, 汽车制造业营业收入); and one of a kind alone (股份制企业, 汽车制造业)
_KIND_THEN_NOUN = re.compile(r"(?P<kind>[^，,。；;]+?(?:企业|业))(?P<noun>[\u4e00-\u9fff]{2,8})")
_KIND_ALONE = re.compile(r"[^，,。；;]+?(?:企业|业)")


def _kinds_share_the_first_noun(drafts: list[Draft]) -> None:
    """分经济类型看，国有控股企业应收账款3126.4亿元，增长2.8%；股份制企业12017.5亿元，增长6.9%: the
    kinds listed after the first are measured by its noun (股份制企业应收账款), where they name none."""
    first = _KIND_THEN_NOUN.fullmatch(drafts[0].indicator)
    if first is None or drafts[0].measure != "amount":
        return
    noun = first.group("noun")
    for d in drafts[1:]:
        if _KIND_ALONE.fullmatch(d.indicator) and noun not in d.indicator:
            d.indicator += noun
            d.rules.append("kind_of_the_first_noun")


def _places_alone(indicator: str, region: str) -> bool:
    """吉安市、抚州市 (…分别为8家、7家, no noun told before): an indicator of the places listed and of
    nothing they have, which names no indicator (nor says whose count the number is); so is the
    figure's own place alone (城关镇9家, after counts that named no noun)."""
    if indicator == region:
        return True
    if "、" not in indicator:
        return False
    items = [strip_chars(item) for item in list_items(indicator)]
    return len(items) > 1 and all(region_of_item(item) is not None for item in items)


def extract_figures(
    text: str,
    meta: DocumentMeta,
    corrupted_spans: list[tuple[int, int]] = [],  # noqa: B006 - the stage contract's signature; never mutated
) -> list[Figure]:
    """Every figure of a cleaned document, in text order.

    ``corrupted_spans`` are never mined for numbers; figures whose clause
    touches one get a lower ``confidence``.
    """
    if not text:
        return []
    return _Doc(text, meta, list(corrupted_spans)).run()


__all__ = ["extract_figures"]
