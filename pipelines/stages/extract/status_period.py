"""Status (actual / target / estimate) and period of a figure.

A figure's period is the one its sentence names before it, unless the words
around it say otherwise: a stock is dated at the period's end, a part
(其中…) has its whole's period, a goal said over a plan's years spans them,
a change against a base year spans the years since.  A figure that names no
period takes the document's default: the paragraph's, the plan's, the
reporting period of a monthly report, the reference date for stocks.  The
status comes from the last status cue before the number (预计, 力争 …), else
from whether the text is in plan mode.

Mixed into the extractor, whose walk keeps the state these rules read.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from pipelines.stages.extract.drafts import Context, Draft
from pipelines.stages.extract.lexicon import lexicon
from pipelines.stages.extract.numbers import int_of, parse_number
from pipelines.stages.extract.periods import (
    AS_OF,
    FULL_YEAR,
    MULTI_YEAR,
    PLAN_QUOTE_CLOSES,
    PLAN_QUOTE_OPENS,
    QUARTER,
    UNKNOWN,
    UNKNOWN_PERIOD,
    YTD,
    Mention,
    Period,
    PeriodResolver,
    at_year_end,
    five_year_plan_named,
    five_year_plan_start,
    is_deadline,
    month_end,
    years_shifted,
)
from pipelines.stages.extract.tokens import Token
from pipelines.stages.models import DocumentMeta

_TOTAL_WORDS = ("总量", "总数", "总规模")
#: one project's whole cost, its clause's subject (项目总投资, 本项目计划总投资额为)
_ONE_PROJECTS_WHOLE = re.compile(r"^\s*(?:本|该|此)?(?:项目|工程)(?:计划)?总投资额?(?:为|达|达到)?\s*$")
#: a whole cost opening a clause, before the project it is of (总投资45亿元的楚锂二期动力电池项目)
_WHOLE_COST = re.compile(r"^\s*总投资(?:约|达)?\s*$")
#: one project named after its cost (…的楚锂二期动力电池项目; not …的56个项目, a set of them)
_OF_ONE_PROJECT = re.compile(r"的[^，。；\d]{2,30}?项目")
#: once a project runs at capacity (达产后, 全面投产后): what it will make then, of no one year
_ONCE_RUNNING = re.compile(r"(?:达产|达效|建成|投产|满产)后")
#: a floor or a ceiling set just before a number (不少于6个, 不低于1.5亿元)
_BOUND_SET_BEFORE = re.compile(r"(?:不少于|不低于|不超过|不高于|不得低于|不得少于)\s*$")
#: a weekly brief's own week (本周, 当周): the days its heading names
THIS_WEEK = re.compile(r"本周|当周")
_EXPECTED = re.compile(r"(?<![超出于及])预期")
#: the words of an estimate that, said after 预期, make the figure an estimate still (预估, 可望)
_ESTIMATE_WORDS = ("预计", "初步", "预估", "可望", "有望")
#: what the year summed (全年累计, 当年累计)
_SUMMED_OVER_THE_YEAR = re.compile(r"(?:全年|当年)累计")
#: what a clause says over several years: an average or a sum
_OVER_THE_YEARS = re.compile(r"年均|累计|合计|共计|五年|三年|十年|翻番|翻一番")
#: an average over a span's years, said right after the span (“十四五”时期年均增长…, 2021—2025年年均…)
_AVERAGED = ("年均", "时期年均", "期间年均", "期间平均", "年年均")
#: the noun of an average said between its span and its 年均 (近三年营业收入年均增长…)
_NOUN_BEFORE_AVERAGE = re.compile(r"[\u4e00-\u9fff]{2,12}?(?=年均)")
#: the year's end said alone (年末), of no year: a goal's clause that names it
_YEAR_END_WORD = re.compile(r"(?:今年|本年)?(?:年末|年底)")
#: what was done, told after a goal in the same sentence (…，实际完成投资121.6亿元)
_OUTCOME_AFTER = re.compile(r"[，,；;]\s*(?:实际|已)(?:完成|实现|达到)")
#: a listed firm's report's span said as such (年初至报告期末: its months to date; 报告期末: its last day)
_REPORT_SPAN = re.compile(r"(?P<from_start>年初至)?报告期末")
#: what a place has now (现有, 现入驻, 现拥有; not 实现有, 发现有)
_HELD_NOW = re.compile(r"(?<![实发表出体展呈再])现(?:有|入驻|拥有|集聚|聚集)")
#: a sentence that opens on the year's estimates (预计全年实现…; 综合考量，预估2026年1月…)
_OPENING_ESTIMATE = re.compile(r"\s*(?:[^，,。；;\d]{2,8}[，,])?预[计估](?:全年|今年|\d{4}年)")
#: up to this month, an evaluation's undated figures are of the year before
_EVALUATION_LAST_MONTH = 6
#: from this month on, 今年 in a text is the year being reviewed, no longer planned
_LATE_IN_YEAR = 11
#: the last month early in a year, when a text without a year tells of the year before
_FIRST_QUARTER_END = 3
#: a year's end said without its year (年末, 年底)
_YEAR_END_ALONE = re.compile(r"年(?:末|底)")
#: the last month whose texts tell no outcome of the year they are in (a year-end review comes later)
_YEAR_NOT_NEARLY_OVER = 9
#: a year's funds shared out (2025年工业发展专项资金安排情况): their projects are the year's
_YEARS_FUNDS = re.compile(
    r"(?:资金|补助|奖补|奖励)[^，。：]{0,10}(?:安排|分配|下达|拨付)"
    # (关于下达2025年第一批工业企业技术改造项目补助资金的通知: the verb before the funds)
    r"|(?:安排|分配|下达|拨付)[^，。：]{0,30}(?:资金|补助|奖补|奖励)"
)
#: a clause that opens on a cause (随着去年下半年投产的…)
#: (主要系公司为应对四季度交付高峰增加原材料备货，期末存货余额9.86亿元: a firm's reason, its time none of
#: the figure after it)
_CAUSE_OPENING = re.compile(r"\s*(?:随着|得益于|受益于|主要系|系因)")
#: 較2026年第二季的1.1%: a rate named as the base of a comparison, right before its number, of the
#: period it names
_BASE_RATE = re.compile(r"[较比](?P<when>(?:19|20)\d{2}\s*年[^，。；,;较比的]{1,8})的\s*$")
#: 较2020年末的37家, 較二○二六年三月的2 607 300人: a level named as the base of a comparison, right
#: before its number
_BASE_VALUE = re.compile(
    r"(?:较|比)\s*(?P<y>\d{4})\s*年(?:(?P<m>\d{1,2})\s*月份?)?(?P<end>年?末|年?底)?的\s*$"
)
#: the rules of a level told as the base of a comparison, of a period before the figure's own
_BASE_RULES = frozenset({"period_comparison_base", "same_period_last_year", "base_periods_rate"})
#: a breakdown by place of the figures before (从地区分布看，太原市新认定298家…)
BREAKDOWN_BY_PLACE = (
    "分地区看",
    "从地区分布看",
    "从地区看",
    "分区域看",
    "从区域看",
    "从区域分布看",
    "分地市看",
    "分县区看",
    "分县（市、区）看",
    "分县（市区）看",
    "分县市区看",
)
#: how a clause opens that goes on with the figure before it (…，比二季度加快1.1个百分点)
_GOES_ON_WITH_THE_FIGURE_BEFORE = (
    *("比", "较", "高于", "低于", "快于", "慢于", "同比", "增长", "下降", "占", "居"),
    *("增速", "增幅", "降幅"),
)
#: a period said right before its own figure (“十四五”下降14%目标), not opening what follows
_TIED_TO_ITS_FIGURE = re.compile(r"\s*(?:下降|增长|提高|降低|目标)")
_GOAL_YEAR = re.compile(r"\s*(?:的)?(?:预期)?目标")
#: what a statistic of some months says of a flow (a share is a level, not of the months)
_FLOW_MEASURES = ("amount", "yoy_growth_pct", "pp_diff")
#: what a statistic of some months says as a rate (growth, gap, share), whatever its noun
_RATE_MEASURES = ("yoy_growth_pct", "pp_diff", "pp_change", "share_pct")
#: years named as a span (2021—2023年, 2021至2023年)
YEAR_RANGE = re.compile(r"\d{4}\s*年?\s*[-—–~～至到]\s*\d{4}")
#: what is done over a span and summed (累计新增, 累计实施, 累计生产…), unlike what stands (累计建成)
_SUMMED_OVER_SPAN = re.compile(
    r"新增|净增|净减|新建|新培育|新认定|实施|推动|完成|实现|生产|销售|出口|引进|签约|开工|投产|兑现|发放|拨付|下达|减免|安排|投入|争取|支持|带动|开行|发送|运输|运送|接待|办理|处置|回收"
)
#: a comparison with the same month a year before (较上年同月), of one month's figure
_SAME_MONTH_COMPARED = re.compile(r"[较比](?:上年|去年)同月")
#: 比10月份加快: a growth compared with the month before, so of the month after it
_MONTH_COMPARED = re.compile(r"比(\d{1,2})月份?(?:加快|回落|提高|放缓|扩大|收窄|回升|下降)")
#: a change over the quarter before (比二季度上升0.8个百分点): the quarter after it is the figure's
#: (not 比一季度加快 in a half-year report: the first quarter is also the months to date, and the
#: half-year's growth is compared with it)
_QUARTER_COMPARED = re.compile(r"比([二三])季度(?:有所)?(?:加快|回落|提高|放缓|扩大|收窄|回升|下降|上升)")
#: goals said to be met (11个县（市、区）完成年度“小升规”目标任务), not set
_GOAL_COMPLETED = re.compile(r"完成[^，,。；;]{0,16}目标任务")
#: what stands now (截至目前, 截至当前), however much the text plans
_UP_TO_NOW = re.compile(r"截[至止](?:目前|当前|发稿时)")
#: the event the text itself reports (此次, 本次), not one of a year's (会上, 现场签约)
_THIS_VERY_EVENT = re.compile(r"此次|本次|这次")
#: a title that reports one event (…重大项目集中开工情况的通报, …集中签约仪式举行)
_EVENT_TITLE = re.compile(r"集中(?:开工|签约|竣工|投产)|(?:签约|开工)仪式")
#: 活动现场共签约项目38个: what was counted where the event was held, on its day
_AT_THE_EVENT = re.compile(r"(?:活动|签约|仪式|大会)现场")
#: 此次集中签约…: the event the text reports, or one it was at (现场签约, 会上)
_THIS_EVENT = re.compile(_THIS_VERY_EVENT.pattern + r"|现场(?=签约|集中|开工|成交|达成)|(?:会上|仪式上)")
#: what an event of a day does (签约, 开工, 仪式 …), unlike an evaluation of a year
_EVENT_WORD = re.compile(r"签约|开工|竣工|投产|仪式|活动|大会|会上|推介|洽谈|展会|博览会|成交")


def tells_of_this_event(text: str) -> bool:
    """本次签约项目呈现…特点, 本次签约的部分重点项目如下: words of the very event the text reports."""
    return bool(_THIS_VERY_EVENT.search(text) and _EVENT_WORD.search(text))


#: the day a paragraph opens with (11月12日，…; 2025年11月12日，…), as an event's day
#: (after a paper's lede mark: 本报讯　9月25日上午，…; or after the clause that says why:
#: 为…，2月27日，全市…集中开工活动…举行)
_EVENT_DAY = re.compile(
    r"(?:^|\n|[，,])\s*(?:本报讯\s*(?:[（(][^）)\n]{0,20}[)）])?\s*)?(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日"
    r"(?:上午|下午|晚间|晚上|晚)?[，,]"
)
#: the rates an event's own counts have (its share of the whole, its growth over the last such
#: event, a place's rank in it)
_EVENT_RATES = ("share_pct", "yoy_growth_pct", "rank")
_EVENT_DAY_REACH = 1500  # (characters back from the figure: the paragraph, or the one before)
#: 2021年度认定的…: a year naming a batch of things named or listed then
#: (对2022年度认定、有效期届满的1964家企业开展复核: the batch, then more said of it)
_BATCH_OF_YEAR = re.compile(r"\s*(?:度)?(?:认定|评定|公布|命名|入选|遴选|获批)(?:、[^，,。；;、的]{2,8})?的")
#: 按照上年不变价计算的电信业务总量 (按照上年价格计算的…): the year whose prices a volume is
#: measured in, not its period
_PRICES_OF_YEAR = re.compile(r"\s*(?:的)?(?:不变价|可比价|价格计算)")
#: 五年累计完成…, 三年来累计新增…: a sum over the years said
_YEARS_SUMMED = re.compile(
    r"(?<![\d十])([两二三四五六七八九十]|\d{1,2})\s*年(?:来|间|内)?[^，,。；;\d]{0,8}?累计"
)
#: 三年新培育… : the number of years a plan's goal is said over
_PLAN_YEARS = re.compile(r"(?<![\d十])(?<!连续)([两二三四五六七八九]|\d)\s*年(?:内|间|来)?(?![底末以前])")
#: the end of a five-year plan as a comparison's base (较“十三五”末)
_PLAN_END_BASE = re.compile(
    rf"(?:比|较)\s*{PLAN_QUOTE_OPENS}?十(?P<plan>[一二三四五六七八九])五{PLAN_QUOTE_CLOSES}?\s*末"
)
#: how far ahead of the reference date months to date may end and still be the text's goal for them
#: (1—9月 in August), not a misread date's
_JUST_AHEAD = timedelta(days=62)
#: the base year of a comparison (比2020年, 较2020年): a growth since then spans several years
_BASE_YEAR = re.compile(r"(?:比|较|与|同)\s*(?P<y>\d{4})\s*年(?!\s*(?:同期|\d|[-—–~～至到]))")
#: a growth that names its own base or span (同比增长, 比上年增长, 2023年增长): not the years before's
_GROWTH_OF_ITS_OWN = re.compile(r"同比|比上年|较上年|比去年|较去年|当年|\d{4}\s*年")
#: a goal the clause says was met, right before its number (完成市定目标任务121亿元的104.4%)
_GOAL_MET = re.compile(r"(?<!未)完成[\u4e00-\u9fff]{0,6}目标(?:任务)?\s*$")
#: what is left of a subject that only names a goal (完成年度目标（增长5%）, 未完成年度目标（…）)
_GOAL_WORDS = re.compile(
    # (超额完成年初确定的…目标任务: the verb before the goal's words)
    r"(?:但|仍|还)?(?:超额|提前)?(?:未?完成|实现|达到)?(?:年初|年内|年度)?(?:国家|省|市|上级)?(?:下达?|确定)?的?"
    r"(?:距离?|离)?(?:《[^》]{0,30}》?)?(?:所)?(?:确定|提出|明确|设定)?的?"
    r"(?:提前)?(?:略|稍)?(?:未?完成|超额完成|实现|达到|高于|低于|超过|超出)?(?:《[^》]{0,30}》)?"
    r"(?:(?:年度|全年|规划|计划|预期|控制)?目标(?:任务|值)?)?"
)
#: a level reached in all, counting what stands (累计达到25家以上, 累计突破1万家)
_REACHED_IN_ALL = re.compile(r"累计(?:达到|达|超过|突破)")
#: a goal of the year, not of the plan's horizon (完成年度目标（增长5%）)
_YEARS_GOAL = re.compile(r"年度|全年|序时")
#: a goal said to be the year's (年度目标, 全年目标), not the elapsed share of it (序时进度)
_THE_YEARS = re.compile(r"年度|全年")
#: 提前完成2025年55%的目标, 《规划》6000家目标完成率: the number is named as the goal after it
GOAL_AFTER = re.compile(r"[ *]*(?:左右|以上|以内|以下)?的?(?:年度|序时|规划|预期|控制)?目标(?:值|任务)?")


_CLAUSE_BREAK = re.compile(r"[；;]")
#: the marks a clause opens after
_OPENS_A_CLAUSE = "，,；;：:"
#: things newly named or added (新增, 新晋, 入选, 新认定): a flow of the time the text reports
_NEWLY_NAMED = re.compile(r"新增|新晋|新入选|入选|新认定|获评|上榜|新培育")
#: what stands at a date by its name (贷款余额, 存量, 保有量): its growth is at that date too
#: (a ratio of balances too; but 盘活存量 is what was done to one)
_BALANCE = re.compile(
    r"余额|(?<!盘活)(?<!处置)(?<!消化)存量|保有量|拥有量|资产负债率|存贷比|(?:手持|在手)订单(?!指数)"
)


def _balance_named(indicator: str, item: str) -> bool:
    """Whether ``item`` of the list ``indicator`` (or ``indicator`` itself) is named as a balance: by
    its own name (造船完工量、新接订单量和手持订单量: the last), or by the balance's word ending the list
    where the item has no head of its own (动力电池、储能电池库存量: both)."""
    if not item:
        return _BALANCE.search(indicator) is not None
    ends = _BALANCE.search(indicator, len(indicator) - 4)
    return _BALANCE.search(item) is not None or (ends is not None and item[-1] != indicator[-1])


#: what a balance grew by (比年初增加, 新增, 同比多增): a flow of the months, not a balance
_BALANCE_ADDED = re.compile(r"增加|新增|多增|少增|净增|投放|发放")
#: a stock by its name, though a word of flows may be in it (资产总额)
_STOCK_NAMED = re.compile(r"资产|负债|余额|存量|保有量|拥有量|在手|库存|存货")
#: firms entering a list, and what it took (21家企业入围, 入围数量, 入围门槛; but 入围企业拥有…
#: are the entrants, whose stocks stand at the year's end)
_ENTERED_THE_LIST = re.compile(r"(?:入围|上榜)(?!企业)")
#: a goal of the whole year (年度计划投资, 全年目标)
_WHOLE_YEARS_PLAN = re.compile(r"(?:年度|全年)(?:计划|目标)")
#: a change since the last year's end (比上年末, 较去年底)
_SINCE_THE_YEARS_END = re.compile(r"[比较](?:上年|去年)(?:末|底)")
#: things that stand where they are even said without a cue of a stock (【长春市】5G基站2.18万个)
_STANDING_WITHOUT_A_CUE = re.compile(r"基站|端口|有效(?:发明)?专利")
#: things counted where they stand (users, base stations, ports, certified firms in force): a level
#: of them is a stock
_STANDING = re.compile(r"用户|基站|端口|终端|有效数|有效期内|有效(?:发明)?专利")
#: units, firms and the people they employ, counted in a month (二○二六年六月，私營機構單位數目為…,
#: 就業人數為…): they stand at the month's end, where a month's output is the month's
_MEASURES_OF_WHAT_STANDS = ("amount", "yoy_growth_pct", "share_pct", "pp_change")
_COUNTED_IN_A_MONTH = re.compile(
    r"(?:(?:单位|机构|企业|场所)(?:数目|数量|总数|数)|就业人数|从业人(?:员|数)|(?:(?<!用)工人|员工|职工)(?:数目|人数|数)"
    r"|职位空缺)(?!指数)"  # (从业人员指数: a survey's index of them, of the month)
)
#: a goal said as a level to reach (突破8500亿元, 达到50万辆), not as what is added
_LEVEL_GOAL = re.compile(r"达到|突破|超过|跃上|迈上|提升至|提高到|提高至|增至|(?<![下到表传送])达")
#: a goal that sums what the plan's years add (累计新增, 新培育, 三年…): over the years, not at their end
_SUMMED_GOAL = re.compile(r"累计|新增|新培育|新建|新认定|新开工|实施|引进|培育|每年|三年|五年")
#: a date the text reports up to (截至5月底, 截止目前)
_AS_OF_SAID = re.compile(r"截[至止]\s*(?:目前|当前|(?:\d{4}\s*年)?\s*\d{1,2}\s*月)")


#: a clause that names only places before its number (大丰区72家, 射阳县、阜宁县分别为52家、47家):
#: it counts what the clause before it counted
_PLACES_ONLY = re.compile(
    r"(?:[\u4e00-\u9fff]{1,8}?(?:省|市|区|县|旗|州|盟)[、和及与]?)+(?:分别)?(?:为|有|达)?"
    r"(?:[\d.]+[^\d、，]{0,3}[、和])*"  # (…分别为52家、: the numbers before this one)
)
#: what may follow such a clause's number: only the numbers after it (、47家)
_NUMBERS_ONLY = re.compile(r"(?:[、和及]\s*[\d.]+[^\d、，。；和]{0,3})*")


#: a goal summed over the years ahead (三年累计新增…30家), not the years counted back (近三年累计)
_YEARS_SUMMED_AHEAD = re.compile(r"(?<![近过去后前\d])(?P<n>[两二三四五]|[2-5])\s*年(?:内|间)?\s*累计")


def _summed_over_years(year: Period, clause_pre: str, status: str) -> Period:
    """三年累计新增国家级智能制造示范工厂30家 under 2026年工作安排: a goal of 2026—2028, the years
    summed from the one the text sets to work on."""
    summed = _YEARS_SUMMED_AHEAD.search(clause_pre)
    if status != "target" or summed is None or year.kind != FULL_YEAR or year.start is None:
        return year
    first = year.start.year
    return Period(date(first, 1, 1), date(first + (int_of(summed["n"]) or 1) - 1, 12, 31), MULTI_YEAR)


def _within_year_after(first: Period, then: Period) -> bool:
    """A date (截至5月底) inside the year named right after it (今年)."""
    return (
        first.kind == AS_OF
        and then.kind == FULL_YEAR
        and first.end is not None
        and then.start is not None
        and then.end is not None
        and then.start <= first.end < then.end
    )


def _in_the_paragraphs_year(opened: Period, stock: bool) -> tuple[Period, str, bool]:
    """The year an earlier paragraph's opening named, for a figure that names none (a stock at
    that year's end)."""
    if stock and opened.end is not None:
        return Period.as_of(opened.end), "period_default_paragraph", True
    return opened, "period_default_paragraph", False


#: a line of the growth of the label above it (　　比上年同期增长（%）：5.6)
_GROWTH_LINE = re.compile(r"\s*(?:比上年同期|比上年|同比|较上年同期|较上年)(?:增长|增速|增幅|下降|上涨)")


def _in_a_cause(body: str, at: int) -> bool:
    """Whether ``at`` stands in a clause of ``body`` that opens on a cause (…，随着去年下半年投产的…):
    one scan back to the clause's start, not a search from every position before ``at``."""
    start = max(body.rfind(mark, 0, at) for mark in "，,；;：:") + 1
    return _CAUSE_OPENING.match(body, start, at) is not None and "。" not in body[start:at]


def _last_alike(figures: list[Draft], status: str, part: Token | None = None) -> Draft:
    """The figure a part's period is taken from: the last outcome, for an outcome (…总投资712.6亿元，
    年度计划投资168.4亿元。其中，新建项目98个: a part of what stands, not of the year's plan said
    last), else the last figure; never an amount in the part's unit smaller than the part
    (…用户总数达18.2亿户，全年净增2988万户。其中，5G移动电话用户达11.6亿户: a part of the users,
    not of those added); never a base a comparison was told against (…312家，比上年的265家增长17.7%。
    其中，…248家: a part of this year's)."""
    figures = [f for f in figures if not _BASE_RULES & set(f.rules)] or figures
    outcomes = [f for f in figures if f.status == "actual"] if status == "actual" else []
    candidates = outcomes or figures
    if part is not None and part.values:
        size = part.values[0] * part.multiplier
        large_enough = [
            f
            for f in candidates
            if not (
                f.measure == "amount"
                and f.token.base_unit == part.base_unit
                and f.values[0] * f.token.multiplier < size
            )
        ]
        candidates = large_enough or candidates
    return candidates[-1]


def counted_in_a_month(period: Period, measure: str, unit_class: str, named: str) -> bool:
    """Whether a figure of one month counts units, firms or the people they employ (``named`` says
    what it is of), or is the growth or share of such a count: the prose's and the tables' test
    for a count that stands at the month's end."""
    return (
        period.relative == "month"
        and period.end is not None
        and measure in _MEASURES_OF_WHAT_STANDS
        and (measure != "amount" or unit_class == "count")
        and _COUNTED_IN_A_MONTH.search(named) is not None
    )


def last_status_cue(text: str, late_in_year: bool = False) -> str | None:
    """The status the last status cue in ``text`` stands for (预计 → estimate, 力争 → target).

    ``late_in_year``: the document is dated in November or December, when 今年 is the year
    being reviewed rather than planned.
    """
    lex = lexicon()
    if not lex.any_status_clause.search(text):
        return None
    last: tuple[int, str, bool] | None = None
    first_estimate: int | None = None
    for pattern, status, scope in lex.status_clause:
        if scope == "this_year" and late_in_year:
            continue
        yields = scope in ("future", "this_year")
        for m in pattern.finditer(text):
            if scope == "this_year" and _AS_OF_SAID.search(text, 0, m.start()):
                continue  # 截至5月底，今年签约项目履约率达到92.5%: the year so far, reported
            if last is None or m.start() >= last[0]:
                last = (m.start(), status, yields)
            if status == "estimate" and (first_estimate is None or m.start() < first_estimate):
                first_estimate = m.start()
    if last is None:
        return None
    if last[2] and first_estimate is not None and first_estimate < last[0]:
        return "estimate"  # 预计…将达到: 将 says only that it lies ahead
    return last[1]


def has_target_cue(text: str) -> bool:
    """Whether ``text`` holds a cue of a goal (力争, 确保, 目标是 …) anywhere."""
    return any(status == "target" and pattern.search(text) for pattern, status, _ in lexicon().status_clause)


#: a verb of what was made, sold or done, summed after 累计 (累计生产…, 累计实现…)
_MADE_OR_DONE = re.compile(r"生产|实现|完成|销售|出口|进口|发电|产出")
#: a clause that says a goal was set, right before the clause of the goal (规划提出，到2025年…)
_GOAL_SET_BEFORE = re.compile(r"(?:规划|纲要|方案|计划)》?(?:提出|明确|确定|设定)[，,：:]\s*$")
#: a change's verb before 至 (增至, 提高到, 下降至): a from-to's end, no goal's horizon
_CHANGED_TO = re.compile(
    r"(?:增|增长|增加|提高|提升|上升|回升|回落|扩大|降|下降|降低|减少|缩小|达)[至到]\s*$"
)
#: the words that say a part of a sentence sets goals (…力争…增长7.5%以上；新增…150家以上)
_AIMED_AT = re.compile(r"力争|确保|(?:预期|主要)?目标(?:是|为)")


class StatusPeriodRules:
    """Status and period rules of one document (mixed into the extractor).

    Reads the state the extractor's walk keeps up to date sentence by sentence.
    """

    text: str
    meta: DocumentMeta
    #: the text with masked spans and document references blanked, where periods are looked for
    period_text: str
    reference: date | None
    periods: PeriodResolver
    work_plan: bool
    evaluation: bool
    plan_mode: bool
    title_span: Period | None
    #: the one year the title names (我省公布2025年度…名单), if any
    title_year: int | None
    own_plan_year: int | None
    #: the year of the edition of a ranking or a list the title names (《…百强园区（2025）》)
    edition_year: int | None
    #: a census bulletin's (第五次全国经济普查公报): what it counts stands at the census year's end
    census: bool
    #: the year whose revenue ranks a yearly list of firms the title names (2025…500强: 2024)
    firms_list_year: int | None
    reporting_period: Period | None
    #: the months to date the title reports on (2025年1—10月经济运行简报), if it names them
    title_period: Period | None
    previous_reporting: Period | None
    #: the month's end a report's balances (余额) stand at (三季度末, 9月末), where it names one
    stock_date: date | None
    #: the week a weekly brief reports on (【监测周期】2025年11月3日—11月9日), for its 本周
    week: Period | None
    #: whether the text is a weekly brief (…工业经济监测周报), whose every figure is of the week
    weekly_brief: bool
    paragraph_period: Period | None
    #: whether the sentence that opened ``paragraph_period`` gave no number of its own
    paragraph_framed: bool
    #: the day a paragraph that opened on one (截至2025年10月底，…) has its stocks stand at
    paragraph_as_of: Period | None
    #: the day a note said a part's data stand at (（数据截至2025年10月底）), for its paragraphs
    section_as_of: Period | None
    #: whether ``paragraph_as_of`` is the day something took place (3月17日上午，…签约仪式…)
    paragraph_on_day: bool
    paragraph_horizon: Period | None
    #: the paragraph opened on a horizon said as one (到2027年，…): its later figures are goals
    paragraph_goals: bool
    paragraph_year: Period | None
    paragraph_span: Period | None
    #: the years a chapter's heading looks back on (一、“十四五”时期工作回顾)
    section_span: Period | None
    #: the days or months a chapter's heading names in brackets (一、本周（11月3日—11月9日）…)
    section_period: Period | None
    title_month: Period | None
    #: the one year the current numbered section's heading names (一、2025年…执行情况)
    section_year: Period | None
    #: where the current paragraph starts in the text
    paragraph_start: int
    #: the next year, once a text of the year's last months has turned to its work (会议要求，…明年
    #: 要重点抓好八个方面工作): the year of the goals after, which name none
    next_years_work: Period | None
    #: the figures of the sentence before, in the same paragraph
    previous_figures: list[Draft]

    def _goal_of(
        self, tok: Token, ctx: Context, indicator: str, measure: str
    ) -> tuple[str, Period, str, bool]:
        """Indicator and period of a goal in parentheses: 增长5.2%，完成年度目标（增长5%） is the
        year's goal for the figure just reported."""
        horizon = self._plans_horizon(tok, ctx, measure)
        if _GOAL_WORDS.fullmatch(indicator) and ctx.sentence_figs:
            outcome = ctx.sentence_figs[-1]
            ctx.inherited = outcome  # the quote reaches back to the outcome that names the indicator
            mention = self._mention(tok, ctx, True)
            if mention is not None and mention.pos + ctx.sentence.start > outcome.token.end:
                return outcome.indicator, mention.period, "period_goal_mention", False  # …2025年55%的目标
            if horizon is not None and not _YEARS_GOAL.search(indicator):
                return outcome.indicator, horizon, "period_plan_horizon", False  # 距《规划》1.5%的目标
            end = outcome.period.end
            if end is not None and _THE_YEARS.search(self.text, ctx.clause.start, tok.start):
                # 上半年…增长8.6%，超出年度目标（增长8%）0.6个百分点: the goal is the whole year's
                return outcome.indicator, Period.year(end.year), "period_years_goal", False
            return outcome.indicator, outcome.period, "period_outcome", False
        if horizon is not None:
            return indicator, horizon, "period_plan_horizon", False
        period, period_rule, stock = self._period(tok, ctx, measure, "target")
        return indicator, period, period_rule, stock

    def _plans_horizon(self, tok: Token, ctx: Context, measure: str) -> Period | None:
        """The period of a plan's goal that names no year of its own, in a text on a plan
        whose years the title names (《…“十四五”…规划》中期评估): the plan's last year, or its
        whole span for a growth said over it (高于《规划》确定的年均增长7.5%的目标)."""
        span = self.title_span
        if span is None or span.start is None or span.end is None:
            return None
        own = self._mention(tok, ctx, True)
        if own is not None and own.pos + ctx.sentence.start >= ctx.clause.start:
            return None  # 距2025年27%的目标: the goal's year is named
        if measure in ("avg_growth_pct", "yoy_growth_pct"):
            return span
        return Period.year(span.end.year)

    def _status_and_period(
        self, tok: Token, ctx: Context, measure: str
    ) -> tuple[str, str, Period, str, bool]:
        status, status_rule = self._status(tok, ctx)
        period, period_rule, stock = self._period(tok, ctx, measure, status)
        span = self.title_span
        if (
            period.relative == "recurring"
            and status == "target"
            and span is not None
            and span.kind == MULTI_YEAR
        ):
            # 实施方案（2025—2027年）: 每年新增…不少于300个 is a goal over each of the plan's years
            period, period_rule = span, "period_recurring_over_plan"
        if (
            status == "target"
            # 提出到2025年…达到15000亿元: a goal said as one in its own clause stays a goal
            and not (
                status_rule == "status_cue_target"
                and (
                    has_target_cue(self.text[ctx.clause.start : tok.start])
                    # (“十四五”规划提出，到2025年…达到15%: the clause before says who set it)
                    or _GOAL_SET_BEFORE.search(self.text, ctx.sentence.start, ctx.clause.start) is not None
                )
            )
            and period.end is not None
            and self.reference
            and period.end < self.reference
            and (
                period_rule
                in ("period_mention", "period_stock_mention", "period_stock_goal", "period_share_of_stock")
                # 其中… under a reported outcome of a past year (a plan's review) is reported too
                or (
                    period_rule == "period_parent"
                    and status_rule == "status_plan_context"
                    and (ctx.sentence_figs or ctx.among)[-1].status == "actual"
                )
            )
        ):
            status, status_rule = "actual", "status_past_period"
        if (
            status != "actual"
            and period_rule == "period_comparison_base"
            and period.end is not None
            and self.reference
            and period.end < self.reference
        ):
            status, status_rule = "actual", "status_past_base"  # 预计全年…，较2020年的182.4亿元增长…: known
        if (
            status == "actual"
            and self.reference is not None
            and period.start is not None
            and period.end is not None
            and period.end > self.reference
            and period_rule in ("period_mention", "period_stock_mention")
            and (named := self._mention(tok, ctx, False)) is not None
            # (“十五五”期间累计实施…1000个以上, said in April 2026: a plan's span, named, begun this year)
            and (
                named.explicit_year
                or (
                    five_year_plan_named(
                        self.period_text[ctx.sentence.start + named.pos : ctx.sentence.start + named.end]
                    )
                    or 0
                )
                >= self.reference.year
            )
            # 到2025年，…达到80%, said in April 2025: a horizon still ahead is a goal's; so is a
            # span of years that begins this year (2025—2027年，累计实施…, said in April 2025)
            and (
                period.start > self.reference
                or self._said_as_horizon(named, ctx)
                or (period.kind == MULTI_YEAR and period.start.year >= self.reference.year)
            )
        ):
            if (
                period.kind == AS_OF
                and period.end.year == self.reference.year
                and not self._said_as_horizon(named, ctx)
            ):
                # 2025年，全省共有93个项目纳入…, said in October: what the year has brought, not a goal
                # for its end
                period, period_rule = Period.year(self.reference.year), "period_year_so_far"
            else:
                status, status_rule = "target", "status_future_period"  # 到2027年…达到: no outcome yet
                period, period_rule, stock = self._period(tok, ctx, measure, status)
        elif (
            status == "actual"
            and self.reference is not None
            and period.start is not None
            and period.start.year > self.reference.year  # (a month this year may be over already)
            and period_rule == "period_mention"
        ):
            # 明年大湾区制造业投资可按年增长8%至10%: a year not begun has no outcome; said without
            # a goal's words, it is what someone expects
            status, status_rule = "estimate", "status_future_period"
        elif (
            status_rule == "status_default"
            and self.reference is not None
            and period.kind == YTD
            and period.start is not None
            and period.end is not None
            and period.start.year == self.reference.year
            and self.reference < period.end <= self.reference + _JUST_AHEAD
            and period_rule == "period_mention"
            and tok.qualifier == "at_least"
        ):
            # 1—9月，全市工业投资增长14%以上, said in August: months not over yet have no outcome; what
            # the text says they reach at least is its goal
            status, status_rule = "target", "status_months_ahead"
        elif (
            status_rule == "status_default"
            and self.reference is not None
            and period.kind == FULL_YEAR
            and period.end is not None
            and period.end > self.reference
            # (…预计达到8150万吨；智能化煤矿达到28处, said in December: the year told as good as over)
            and self.reference.month < _LATE_IN_YEAR
            and period_rule == "period_mention"
            and self._cue_earlier_in_sentence(tok, ctx) == "estimate"
        ):
            # 预计三季度…增长6%左右；全年工业用电量1620亿千瓦时左右, said in July: the year not yet
            # over, after the sentence's 预计, is expected too
            status, status_rule = "estimate", "status_estimate_before"
        elif (
            # (a plan's paragraph that opens on the year before reviews it, up to this sentence)
            status_rule in ("status_default", "status_review_paragraph")
            and self.reference is not None
            and self.reference.month < _LATE_IN_YEAR
            and period_rule == "period_mention"
            and (goal := self._goal_in_part_before(tok, ctx)) is not None
        ):
            aimed, aimed_rule, aimed_stock = self._period(tok, ctx, measure, "target")
            if (
                aimed.start is not None
                and aimed.end is not None
                and aimed.end > self.reference
                and goal.start is not None
                and goal.end is not None
                and goal.start <= aimed.start
                and aimed.end <= goal.end
            ):
                # 2026年，力争…增长7.5%以上；新增规模以上工业企业150家以上；一季度…增长8%左右, said in
                # February: what the months not yet over are to bring, after the sentence's 力争, is
                # aimed at too
                status, status_rule = "target", "status_goal_before"
                period, period_rule, stock = aimed, aimed_rule, aimed_stock
        if (
            status == "actual"
            and period_rule == "period_mention"
            and period.relative == "context"
            and period.start is not None
            and self.reference is not None
            and period.start.year == self.reference.year
            and self.reference.month <= _YEAR_NOT_NEARLY_OVER
        ):
            # 全年生产汽车27.6万辆, said in June 2025 with no goal's or estimate's word: no year not yet
            # over has an outcome, so the whole year it tells of is the last one
            period, period_rule = Period.year(self.reference.year - 1), "period_year_not_over"
        if (
            status == "estimate"
            and period_rule == "period_mention"
            and self._months_not_over(tok, ctx, period)
        ):
            # 预计前三季度…增长8.5% in July: the months still ahead, this year's, not last year's
            period, period_rule = years_shifted(period, 1), "period_estimate_ahead"
        if (
            status == "actual"
            and status_rule == "status_default"
            and _BOUND_SET_BEFORE.search(self.text, max(0, tok.num_start - 4), tok.num_start) is not None
            and period_rule == "period_mention"
            and self._months_not_over(tok, ctx, period)
        ):
            # 二季度，各园区新签约亿元以上项目不少于6个, said in April: a floor set for months still
            # ahead, this year's (no outcome is said of last year's months without their year)
            status, status_rule = "target", "status_bound_ahead"
            period, period_rule = years_shifted(period, 1), "period_target_ahead"
        if status == "estimate" and self._expected_target(tok, ctx, period):
            status, status_rule = "target", "status_expected_target"
        if measure == "avg_growth_pct" and status == "target" and period.kind == FULL_YEAR:
            period = self._averaged_span(period)
        level = ctx.inherited
        if (
            measure == "yoy_growth_pct"
            and level is not None
            and (period_rule.startswith("period_default") or period.end == level.period.end)
            and level.stock
            and level.period.kind == AS_OF
            and (
                _BALANCE.search(level.indicator)
                # (上云企业累计达到3.86万家，比上年末增长19.9%: the stock's growth since the year's end)
                or _SINCE_THE_YEARS_END.search(self.text, ctx.clause.start, tok.start)
            )
        ):
            # 贷款余额2136.8亿元，同比增长18.7%: a stock's growth over a year, at the stock's date
            period, period_rule = level.period, "period_of_stock"
        growth_since = measure in ("yoy_growth_pct", "pp_change") or (
            measure == "avg_growth_pct" and status == "actual"  # 由2020年的X增至2023年的Y，年均增长…
        )
        year_end = at_year_end(period)
        plan_end = (
            _PLAN_END_BASE.search(self.period_text, ctx.clause.start, tok.start) if growth_since else None
        )
        if plan_end is not None and period.kind in (FULL_YEAR, YTD) and period.end is not None:
            # 1—11月…比“十三五”末提高14.5个百分点: the years since the plan's end, up to the months'
            first = five_year_plan_start(plan_end.group("plan")) + 5
            if first < period.end.year:
                period, period_rule = (
                    Period(date(first, 1, 1), period.end, MULTI_YEAR),
                    "period_since_plan_end",
                )
        elif growth_since and (period.kind == FULL_YEAR or year_end):
            # 截至2023年底…较2020年提高24.6个百分点: a year-end level's change is the years'
            assert period.end is not None
            spanned = self._since_base_year(tok, ctx, Period.year(period.end.year) if year_end else period)
            period = spanned if spanned.kind == MULTI_YEAR or not year_end else period
        elif (
            plan_end is not None
            and (period.start is None or period.kind == AS_OF)
            and self.reference is not None
        ):
            # 较“十三五”末增长3.1倍: the years since the plan's end, up to the day the level stands at
            # (截至目前, …) or else the text's day
            first = five_year_plan_start(plan_end.group("plan")) + 5
            period, period_rule = (
                Period(date(first, 1, 1), period.end or self.reference, MULTI_YEAR),
                "period_since_plan_end",
            )
        return status, status_rule, period, period_rule, stock

    def _at_balance_date(
        self, indicator: str, tok: Token, ctx: Context, measure: str, period: Period, rule: str, stock: bool
    ) -> tuple[Period, str, bool]:
        """制造业普惠小微贷款余额2168.3亿元, 制造业贷款余额占各项贷款的比重为10.6%, in a release on
        1—9月: a balance (and its share, growth or change) stands at the months' end; but what it
        grew by (比年初增加563.8亿元) is the months' flow. A list's item named as a balance is one
        (造船完工量、新接订单量和手持订单量分别占…: the last)."""
        if (
            not _balance_named(indicator, ctx.item)
            or period.kind not in (YTD, QUARTER, FULL_YEAR)
            or period.end is None
            or measure not in ("amount", "share_pct", "pp_change", "yoy_growth_pct")
            or _BALANCE_ADDED.search(self.text, ctx.clause.start, tok.start)
        ):
            return period, rule, stock
        return Period.as_of(period.end), "period_balance_date", True

    def _months_not_over(self, tok: Token, ctx: Context, period: Period) -> bool:
        """Whether ``period`` is last year's only because this year's same months are not over
        (a range named without a year, 前三季度 or 1-9月, read before the months end)."""
        if self.reference is None or period.start is None or period.end is None:
            return False
        if period.kind not in (YTD, QUARTER) and period.relative != "month":
            return False
        named = self._mention(tok, ctx, False)
        this_years = years_shifted(period, 1).end
        return (
            named is not None
            and not named.explicit_year
            and period.end.year == self.reference.year - 1
            and this_years is not None
            and this_years >= self.reference
        )

    def _since_base_year(self, tok: Token, ctx: Context, year: Period) -> Period:
        """比2020年增长56% said of 2024: growth over the years since the base, not in one year."""
        assert year.start is not None
        bases = list(_BASE_YEAR.finditer(self.period_text, ctx.clause.start, tok.start))
        base_year = int(bases[-1].group("y")) if bases else None
        grown = ctx.sentence_figs[-1] if ctx.sentence_figs else None
        if (
            base_year is None
            and grown is not None
            and grown.measure in ("yoy_growth_pct", "amount")
            and grown.period.kind == MULTI_YEAR
            and grown.period.end == year.end
            and not _GROWTH_OF_ITS_OWN.search(self.text, ctx.clause.start, tok.start)
        ):
            # 比2018年增长38.2%，年均增长6.7%; 比2018年末增加2.35万个，增长35.5%: over the same years
            return grown.period
        # (由2020年末的8621家增加到2025年末的18562家，…年均增长16.6%: levels at years' ends too)
        levels = [
            f
            for f in ctx.sentence_figs
            if "from_to" in f.rules and (f.period.kind == FULL_YEAR or at_year_end(f.period))
        ]
        if (
            base_year is None
            and len(levels) >= 2
            and levels[-1].period.end == year.end
            and not self._own_year_after_a_break(levels[-1].token.end, tok.start)
            # (…由2020年底的37.3%提升至68.5%；…分别达到63.8%和79.6%，比上年分别提高2.1个…: a change of
            # its own base, the year before)
            and not _GROWTH_OF_ITS_OWN.search(self.text, ctx.clause.start, tok.start)
        ):
            # 由2020年的26.1%提高到2023年的28.4%，提高2.3个百分点: the change since the earlier level
            assert levels[-2].period.end is not None
            base_year = levels[-2].period.end.year
        if base_year is None or not base_year < year.start.year - 1:
            return year
        return Period(date(base_year + 1, 1, 1), year.end, MULTI_YEAR)

    def _own_year_after_a_break(self, start: int, end: int) -> bool:
        """…增至2023年的1586.3亿元，年均增长16.2%；2023年规模以上工业增加值增长12.4%: a part after
        a semicolon that names its year tells a growth of that year, not one since the level before."""
        breaks = list(_CLAUSE_BREAK.finditer(self.text, start, end))
        return bool(breaks) and bool(self.periods.find(self.period_text[breaks[-1].end() : end], False))

    def _averaged_span(self, goal_year: Period) -> Period:
        """到2026年…年均增长7%: a yearly average runs over the years up to the goal year.

        They start with the plan's first year where the title names the plan's span
        (…行动方案（2024—2026年）), else with the reference year; a goal year that
        is not ahead of that start keeps its one year.
        """
        assert goal_year.start is not None and goal_year.end is not None
        span = self.title_span
        if span is not None and span.start is not None and span.end == goal_year.end:
            first = span.start.year
        elif self.reference is not None:
            first = self.reference.year
        else:
            return goal_year
        if first >= goal_year.end.year:
            return goal_year
        return Period(date(first, 1, 1), goal_year.end, MULTI_YEAR)

    def _goal_in_parentheses(self, tok: Token, ctx: Context) -> bool:
        """The number stands inside ``目标（…）``, or before ``的目标``: the goal a report
        measures the outcome against."""
        if GOAL_AFTER.match(self.text, tok.end):
            return True
        pre = self.text[ctx.clause.start : tok.start]
        opened = max(pre.rfind("（"), pre.rfind("("))
        return (
            opened >= 0
            and ")" not in pre[opened:]
            and "）" not in pre[opened:]
            and pre[:opened].endswith("目标")
        )

    def _said_as_horizon(self, mention: Mention, ctx: Context) -> bool:
        """到2025年 / 至2025年底: the year a goal is to be reached by, not one reported on."""
        start = ctx.sentence.start + mention.pos
        said = self.period_text[max(ctx.sentence.start, start - 1) : ctx.sentence.start + mention.end]
        if _CHANGED_TO.search(self.period_text, max(ctx.sentence.start, start - 4), start):
            return False  # 由2020年的61.4亿元增至2025年的142.7亿元: what the years came to
        return said.lstrip().startswith(("到", "至"))

    def _expected_target(self, tok: Token, ctx: Context, period: Period) -> bool:
        """预期 before a figure of the reference year or later is a goal (预期增长5%左右), not an estimate."""
        if period.start is None or period.kind not in (FULL_YEAR, MULTI_YEAR):
            return False
        if self.reference is not None and period.start.year < self.reference.year:
            return False
        before = self.text[ctx.sentence.start : tok.start]
        cue = max((m.start() for m in _EXPECTED.finditer(before)), default=-1)
        # (依据主要厂商对产品景气之预期，预估11月…，全年制造业生产可望成长12%左右: an estimate said after it)
        return cue > max(before.rfind(word) for word in _ESTIMATE_WORDS)

    def _status(self, tok: Token, ctx: Context) -> tuple[str, str]:
        sentence_before = self.text[ctx.sentence.start : tok.start]
        # a cue governs its own part of the sentence: 初步核算，A…；B… leaves B as reported,
        # but a list's header governs every item (主要预期目标是：A增长5%左右；B…)
        part = max(sentence_before.rfind("；"), sentence_before.rfind(";")) + 1
        late = self.reference is not None and self.reference.month >= _LATE_IN_YEAR
        status = last_status_cue(sentence_before[part:], late)
        clause_before = self.text[ctx.clause.start : tok.start]
        if (
            status == "target"
            and "完成率" in clause_before
            and _GOAL_COMPLETED.search(sentence_before)
            and last_status_cue(clause_before, late) is None
        ):
            # …完成年度“小升规”目标任务，其中吉安县…完成率分别为135%…: how much of the goal was done
            return "actual", "status_completion_rate"
        if status is not None:
            return status, f"status_cue_{status}"
        header_end = max(sentence_before.rfind("："), sentence_before.rfind(":")) + 1
        if 0 < header_end <= part:
            status = last_status_cue(sentence_before[:header_end], late)
            if status is not None:
                return status, f"status_list_header_{status}"
        if (
            part
            and _OPENING_ESTIMATE.match(sentence_before)
            and not self.periods.find(self.period_text[ctx.sentence.start + part : tok.start], False)
        ):
            # 预计全年实现地区生产总值765亿元，…；一般公共预算收入71.2亿元…: a report's estimates of
            # the year, listed, all under the 预计 that opens them (not a part with a date of its
            # own: …；截至2025年末，…总数达到1.91万家 is reported)
            return "estimate", "status_opening_estimate"
        if ctx.among and ctx.among[-1].status == "estimate":
            return "estimate", "status_parent"  # 初步核算，…增长6.1%。其中，第一产业…: estimated too
        if (
            ctx.among
            and ctx.among[-1].status == "target"
            and self.text.startswith(BREAKDOWN_BY_PLACE, ctx.sentence.start)
            and not self._has_mention(tok, ctx)
        ):
            # 主要预期目标是：规上工业增加值增长10%左右…。分县（市、区）看，天长市…营业收入达到1150亿元:
            # each place's part of the goals
            return "target", "status_parent"
        if self.paragraph_goals and not self._has_mention(tok, ctx):
            # 到2027年，制造业数字化转型取得重要进展…。关键工序数控化率达到72%以上: the paragraph's goals
            return "target", "status_paragraph_horizon"
        if self.plan_mode:
            if self.paragraph_period is not None and not self._planned_for_a_time_ahead(tok, ctx):
                return "actual", "status_review_paragraph"
            section = self.section_year
            if (
                section is not None
                and section.end
                and self.reference is not None
                and section.end < self.reference
            ):
                # 一、2024年目标任务完成情况 in a notice of 2025's goals: a chapter on a past year reviews it
                return "actual", "status_review_section"
            if _UP_TO_NOW.search(sentence_before):
                # …将继续加强…保供。截至目前，全国统调电厂存煤超过2.2亿吨: what stands now, said amid plans
                return "actual", "status_up_to_now"
            return "target", "status_plan_context"
        if (
            self.next_years_work is not None
            and not self._has_mention(tok, ctx, dated=True)
            # (——数字转型纵深推进。截至目前，全市累计建成…64个: what stands now, in the review)
            and not _UP_TO_NOW.search(sentence_before)
        ):
            # (…明年要重点抓好八个方面工作。 ↵ 二是聚力科技创新。技术合同成交额达到250亿元: a goal)
            return "target", "status_next_years_work"
        return "actual", "status_default"

    def _parts_before(self, tok: Token, ctx: Context) -> str:
        """The parts of the sentence before ``tok``'s (split at ；), "" where it is the first."""
        before = self.text[ctx.sentence.start : tok.start]
        part = max(before.rfind("；"), before.rfind(";"))
        return before[:part] if part > 0 else ""

    def _cue_earlier_in_sentence(self, tok: Token, ctx: Context) -> str | None:
        """What a part of the sentence before ``tok``'s (split at ；) says of its figures (expected,
        aimed at), if anything."""
        parts = self._parts_before(tok, ctx)
        late = self.reference is not None and self.reference.month >= _LATE_IN_YEAR
        return last_status_cue(parts, late) if parts else None

    def _goal_in_part_before(self, tok: Token, ctx: Context) -> Period | None:
        """The period of the last goal in a part of the sentence before ``tok``'s (split at ；),
        where that part says what is aimed at."""
        parts = self._parts_before(tok, ctx)
        late = self.reference is not None and self.reference.month >= _LATE_IN_YEAR
        if not _AIMED_AT.search(parts) or last_status_cue(parts, late) != "target":
            return None  # (今年, 年度计划, 争取 say less: 今年…平均得分为68.42分；入围门槛为57.36分)
        end = ctx.sentence.start + len(parts)
        goals = [f for f in ctx.sentence_figs if f.status == "target" and f.token.end <= end]
        return goals[-1].period if goals else None

    def _planned_for_a_time_ahead(self, tok: Token, ctx: Context) -> bool:
        """…1—11月，全区新开工…186个。12月份，全区计划新投产工业项目43个: what a clause plans for a
        time it names that is not over yet, in a paragraph that reviews the months before it."""
        if lexicon().plan_cue.search(self.text, ctx.clause.start, tok.start) is None:
            return False
        said = self._mention(tok, ctx, False)
        ends = said.period.end if said is not None else None
        return ends is not None and self.reference is not None and ends > self.reference

    def _has_mention(self, tok: Token, ctx: Context, dated: bool = False) -> bool:
        """A period mention before ``tok``; with ``dated``, only one that names its year (not 全年,
        whose year the context says)."""
        rel = tok.start - ctx.sentence.start
        return any(m.pos < rel and (m.explicit_year or not dated) for m in self._mentions(ctx, False))

    def _mention(self, tok: Token, ctx: Context, plan: bool) -> Mention | None:
        rel = tok.start - ctx.sentence.start
        found = [m for m in self._mentions(ctx, plan) if m.pos < rel and not self._deadline_before(m, ctx)]
        line = self.text.rfind("\n", 0, tok.start) + 1
        if (
            "label_unit" in tok.rules
            and line > ctx.sentence.start
            and not _GROWTH_LINE.match(self.text, line)
        ):
            # 规模工业企业户数（10月末，户）：2268 ↵ 工业用电量（亿千瓦时）：86.3: a line's label of its own
            # (not the growth of the line above, 比上年同期增长（%）：6.2) takes no time the one above said
            found = [m for m in found if m.pos >= line - ctx.sentence.start]
        # 到2025年，…；每年新增…；建设10个…: 每年 is said of its own clause only
        clause_start = ctx.clause.start - ctx.sentence.start
        while (
            found
            and found[-1].pos < clause_start
            and (
                self._a_goals_own(found[-1], ctx)
                or (len(found) > 1 and self._said_of_its_part(found[-1], found[0], ctx))
            )
        ):
            found.pop()
        if found and self._span_of_an_average_before(found[-1], ctx):
            found.pop()
        named = found[-2].period if len(found) > 1 else None
        if (
            named is not None
            and found[-1].period.relative == "context"
            and named.kind == FULL_YEAR
            and named.end is not None
            and self.reference is not None
            and named.end < self.reference
        ):
            found.pop()  # 去年，玉环全年出口额为355.2亿元: the whole of the past year just named
        # 1—11月，…比重由2023年的9.8%提升至14.0%，提高4.2个百分点: the year after 由 is the
        # earlier level's own, not the period of the numbers after that level
        while found and self._spent_from_year(found[-1], tok, ctx):
            found.pop()
        while (
            found
            and found[-1].period.kind == AS_OF
            and found[-1].end < clause_start
            and _CLAUSE_BREAK.search(self.text, ctx.sentence.start + found[-1].end, ctx.clause.start)
            and lexicon().flow_cue.search(self.text, ctx.clause.start, tok.start)
        ):
            # 年末规上工业企业总数达到335家；新培育…12家: the year's end is the stock's, the
            # clause after the semicolon counts what is added
            found.pop()
        if (
            len(found) > 1
            and _within_year_after(found[-2].period, found[-1].period)
            and self.period_text[ctx.sentence.start + found[-1].pos : ctx.sentence.start + found[-1].end]
            in ("今年", "本年")
        ):
            said = found[-1]
            part = self.text.endswith("其中", 0, ctx.sentence.start + said.pos) and said.pos >= clause_start
            if part and found[-2].period.kind == AS_OF and found[-2].period.end is not None:
                # 截至9月末，…在建…项目486个，其中今年新开工项目173个 (其中今年新增外贸企业53家): the
                # part the year added, up to the day the whole stands at
                return replace(said, period=Period.up_to(found[-2].period.end))
            if not lexicon().flow_cue.match(self.text, ctx.sentence.start + said.end):
                # 截至5月底，今年签约项目履约率达到92.5%: 今年 says which projects; the rate stands
                # at the date said first (but 今年新增…41家 is the year's flow)
                found.pop()
        if len(found) > 1 and found[-1].period.relative == "since" and found[-2].period.kind == AS_OF:
            found.pop()  # 截至2025年底，2021年以来新设企业的存活率为…: the figure stands at the date
        return found[-1] if found else None

    def _deadline_before(self, mention: Mention, ctx: Context) -> bool:
        """预计11月底前试生产；…累计完成投资9.6亿元: a deadline is said of its own part only, and
        so is the rest of the year a goal is due in, inside a clause (有望年内突破1300亿元；整车
        产量达8.6万辆), not opening one (；年内新增…；新建5G基站2.5万个 are the year's)."""
        at = ctx.sentence.start + mention.end
        within = at - 2 > ctx.sentence.start and self.text[at - 3] not in _OPENS_A_CLAUSE
        due = is_deadline(self.period_text, at) or (within and self.period_text[at - 2 : at] == "年内")
        return due and bool(_CLAUSE_BREAK.search(self.text, at, ctx.clause.start))

    def _a_goals_own(self, mention: Mention, ctx: Context) -> bool:
        """A goal's period, said in a part of the sentence before a semicolon, is that goal's only
        (…完成全年目标任务的52.3%；实现利润总额9.8亿元: the months reported, not the year), and so is
        the period of a goal a completion rate before measured against (完成全年目标任务的78.9%，
        增幅高于全市2.3个百分点)."""
        between = self.text[ctx.sentence.start + mention.pos : ctx.clause.start]
        at = ctx.sentence.start + mention.end
        if "；" not in between and ";" not in between:
            # (…同比增长12.7%，完成全年目标任务的78.9%，增幅高于全市2.3个百分点: a clause before
            # named the goal it measured against, whose year the growth's gap is not of)
            done = self.text.endswith("完成", 0, ctx.sentence.start + mention.pos)
            return done and _GOAL_YEAR.match(self.period_text, at) is not None
        # 已完成2025年目标值的82.9%；…; 完成“十四五”下降14%目标的八成；利用率达到55.6%
        return bool(_GOAL_YEAR.match(self.period_text, at) or _TIED_TO_ITS_FIGURE.match(self.period_text, at))

    def _said_of_its_part(self, mention: Mention, first: Mention, ctx: Context) -> bool:
        """每年… is said of its own clause only; a part of the sentence's opening period
        (上半年，…，其中二季度增长11.2%；完成工业投资…) of its own part of the sentence."""
        period = mention.period
        if period.relative == "recurring":
            return True
        if (
            mention is not first
            and self.text.endswith("其中", ctx.sentence.start, ctx.sentence.start + mention.pos)
            # (其中三季度当季增长9.2%，比二季度加快1.1个百分点: a clause that goes on with the part)
            and not self.text.startswith(_GOES_ON_WITH_THE_FIGURE_BEFORE, ctx.clause.start)
        ):
            # 截至2024年底，…5G基站6218个，其中当年新建1536个，行政村覆盖率达到92.4%: the part's
            # period is its own; what follows stands at the date said first
            return True
        between = self.text[ctx.sentence.start + mention.pos : ctx.clause.start]
        opening = first.period
        if (
            period.kind == MULTI_YEAR
            and ("；" in between or ";" in between)
            and opening.kind == FULL_YEAR
            and period.start is not None
            and opening.start is not None
            and period.start <= opening.start
            and not _OVER_THE_YEARS.search(
                self.text, max(self.text.rfind("；", 0, ctx.clause.start), ctx.sentence.start), ctx.clause.end
            )
        ):
            # 2024年，…；2021—2024年，…年均增长7.4%；亩均增加值152.3万元，增长5.1%: the span is its
            # average's; a part after it (to the semicolon) with no average or sum is the year's
            return True
        return (
            ("；" in between or ";" in between)
            and (period.kind == QUARTER or period.relative == "month")
            and opening.kind in (YTD, FULL_YEAR)
            and opening.start is not None
            and opening.end is not None
            and period.start is not None
            and period.end is not None
            and opening.start <= period.start
            and period.end <= opening.end
        )

    def _span_of_an_average_before(self, mention: Mention, ctx: Context) -> bool:
        """…营业收入2156.3亿元，增长9.2%，“十四五”时期年均增长10.8%；工业投资增长12.3%: a span of years
        said after the sentence's first figures, right before its 年均, is that average's, not the
        period of a part of the sentence after a semicolon that has no average or sum of its own."""
        at = ctx.sentence.start + mention.end
        # (近三年营业收入年均增长31.7%: the average's noun may stand between the span and its 年均)
        noun = _NOUN_BEFORE_AVERAGE.match(self.period_text, at)
        if (
            mention.period.kind != MULTI_YEAR
            or not self.period_text.startswith(_AVERAGED, noun.end() if noun is not None else at)
            or not any(f.token.end <= ctx.sentence.start + mention.pos for f in ctx.sentence_figs)
        ):
            return False
        part = max(self.text.rfind("；", 0, ctx.clause.start), self.text.rfind(";", 0, ctx.clause.start))
        return part >= at and not _OVER_THE_YEARS.search(self.text, part, ctx.clause.end)

    def _spent_from_year(self, mention: Mention, tok: Token, ctx: Context) -> bool:
        """Whether ``mention`` follows 由/从 and a figure already stands between it and ``tok``."""
        pos = ctx.sentence.start + mention.pos
        if self.text[max(0, pos - 1) : pos] not in ("由", "从"):
            return False
        return any(pos < f.token.start < tok.start for f in ctx.sentence_figs)

    def _mentions(self, ctx: Context, plan: bool) -> list[Mention]:
        if plan not in ctx.mentions:
            body = self.period_text[ctx.sentence.start : ctx.sentence.end]
            # 对2021年度认定的省级绿色工厂开展复核，共复核企业176家: a year that names a batch
            # (认定的, 公布的…) says which things are counted, not when
            # (二季度，随着去年下半年投产的一批项目陆续满负荷运行，…增长9.7%: a cause's time is no
            # period of the figure it explains)
            ctx.mentions[plan] = [
                m
                for m in self.periods.find(body, plan)
                if not _BATCH_OF_YEAR.match(body, m.end)
                and not _PRICES_OF_YEAR.match(body, m.end)
                and not _in_a_cause(body, m.pos)
            ]
        return ctx.mentions[plan]

    def _over_plan_span(self, clause_pre: str, measure: str, unnamed: bool) -> bool:
        """A plan's goal over the plan's whole span (…行动方案（2025—2027年）): said over as many
        years (三年新培育…), or a yearly average whose sentence names no period (``unnamed``)."""
        span = self.title_span
        if span is None or span.start is None or span.end is None:
            return False
        said = _PLAN_YEARS.search(clause_pre)
        if said is not None:
            return parse_number(said.group(1)) == span.end.year - span.start.year + 1
        return unnamed and measure == "avg_growth_pct"

    def _year_reviewed(self) -> int | None:
        """The year whose figures a text tells without naming it: the past year its title names
        (2024年…统计公报, out in April 2025), last year early in the year, and in an evaluation
        written in the first half year (a plan's mid-term review of May 2024 reports on 2023);
        None where figures without a year cannot be dated."""
        if self.periods.reported_year is not None:
            return self.periods.reported_year
        if self.reference is None:
            return None
        day = self.periods.report_day
        if day is not None and day.year == self.reference.year:
            return None  # (现将2月26日有关情况通报如下: where things stood that day, this year)
        if self.reference.month <= _FIRST_QUARTER_END or (
            self.evaluation and self.reference.month <= _EVALUATION_LAST_MONTH
        ):
            return self.reference.year - 1
        return None

    @staticmethod
    def _share_of_a_sum(ctx: Context) -> bool:
        """…技术改造投资累计完成1,280亿元，占工业投资的比重为31.0%: a share of what was summed
        over the years just named is over those years too, not a level at their end."""
        before = ctx.sentence_figs[-1] if ctx.sentence_figs else None
        return before is not None and before.measure == "amount" and before.period.kind == MULTI_YEAR

    def _paragraph_opens_on_this_event(self) -> bool:
        """据介绍，本次签约项目呈现…特点。从投资规模看，…项目11个: a paragraph whose first sentence
        speaks of the event the text reports goes on about what it counted."""
        end = self.text.find("。", self.paragraph_start)
        first = self.text[self.paragraph_start : end if end >= 0 else len(self.text)]
        return "\n" not in first and tells_of_this_event(first)

    def _event_day_said(self, before: int) -> re.Match[str] | None:
        """The day the nearest paragraph before ``before`` (within reach) opened with, as an event's
        (3月27日，…举行); None where none did."""
        days = list(_EVENT_DAY.finditer(self.text, max(0, before - _EVENT_DAY_REACH), before))
        return days[-1] if days else None

    def _event_day(self, before: int) -> date:
        """The day a paragraph near ``before`` opened with (11月12日，…动员会…举行), if it is no
        later than the text's, else the text's own day."""
        assert self.reference is not None
        said = self._event_day_said(before)
        if said is None:
            return self.reference
        year = int(said.group(1)) if said.group(1) else self.reference.year
        try:
            day = date(year, int(said.group(2)), int(said.group(3)))
        except ValueError:
            return self.reference
        return day if day <= self.reference else self.reference

    def _default_stock_period(self, balance: bool = False) -> Period | None:
        """A stock that names no date: the end of last year early in the year, the end of
        the months a report covers (上半年…累计达到171家 → 6月30日), else the reference date."""
        if self.reference is None:
            return None
        reviewed = self._year_reviewed()
        if reviewed is not None:
            return Period.as_of(date(reviewed, 12, 31))
        current = self.reporting_period
        if (
            current is not None
            and current.kind == YTD
            and current.end is not None
            and current.end.year == self.reference.year
            and current.end < self.reference
        ):
            return Period.as_of(current.end)
        if balance and self.stock_date is not None and self.stock_date.year == self.reference.year:
            return Period.as_of(self.stock_date)  # 三季度末，…。合肥市…贷款余额分别为…: that day
        return Period.as_of(self.reference)

    def _beside_its_outcome(self, tok: Token, ctx: Context) -> bool:
        """Whether the sentence goes on to what was done (年度计划投资128亿元，实际完成投资121.6亿元):
        a goal told beside its outcome is a past year's, not a plan ahead."""
        return _OUTCOME_AFTER.search(self.text, tok.end, ctx.sentence.end) is not None

    def _over(self, period: Period | None) -> bool:
        """Whether a period ended before the reference date (a year a report looks back on)."""
        return (
            period is not None
            and period.end is not None
            and self.reference is not None
            and period.end < self.reference
        )

    def _period(
        self, tok: Token, ctx: Context, measure: str, status: str, no_mention: bool = False
    ) -> tuple[Period, str, bool]:
        """The period a figure is of, and whether it is a stock standing at the period's end."""
        period, rule, stock = self._period_said(tok, ctx, measure, status, no_mention)
        if status == "actual" and period.relative == "month" and period.end is not None:
            lex = lexicon()
            clause_pre = self.text[ctx.clause.start : tok.start]
            # (the clause, or the subject it goes on with, names what is counted; nothing it adds)
            subject = ctx.inherited.indicator if ctx.inherited is not None else ""
            if counted_in_a_month(period, measure, tok.unit_class, subject + clause_pre) and not (
                lex.flow_cue.search(clause_pre) or lex.flow_nouns.search(clause_pre)
            ):
                # 二○二六年六月，私營機構單位數目為352 640個，較二○二五年六月減少0.4%: units, firms and
                # the people they employ stand at the month's end, and so do their growth and shares
                return Period.as_of(period.end), "period_counted_at_month_end", measure == "amount"
        return period, rule, stock

    def _period_said(
        self, tok: Token, ctx: Context, measure: str, status: str, no_mention: bool
    ) -> tuple[Period, str, bool]:
        lex = lexicon()
        held = self.periods.find(tok.held_in, False) if tok.held_in else []
        if held:
            # 由2015年的全省第4位上升至2025年的第3位: each place when it was held, as said with it
            return held[-1].period, "period_rank_held", False
        plan = status == "target"
        done_before = [f for f in ctx.sentence_figs if f.status == "actual" and f.measure == "amount"]
        if plan and done_before and _GOAL_MET.search(self.text, ctx.clause.start, tok.start):
            # 全年实际到位省外资金126.35亿元，…，完成市定目标任务121亿元的104.4%: the goal of the
            # period whose outcome met it, not of the year the text looks ahead to
            return done_before[-1].period, "period_goal_met", False
        mention = None if no_mention else self._mention(tok, ctx, plan)
        if mention is not None and measure == "avg_growth_pct" and mention.period.relative == "recurring":
            mention = None  # 每年安排…，确保…年均增长12%: a yearly average is no figure of each year
        opened = self.paragraph_period
        if (
            mention is not None
            and mention.period.relative == "context"
            and (status == "actual" or (plan and self._over(opened) and self._beside_its_outcome(tok, ctx)))
            and opened is not None
            and opened.kind == FULL_YEAR
        ):
            # 2025年，工业投资增长15.6%…。全年实施亿元以上技改项目186个: the year that opened the
            # paragraph, in a text of May 2026
            mention = replace(mention, period=opened)
        elif (
            mention is not None
            and mention.period.relative == "context"
            and self.period_text.startswith("同年", ctx.sentence.start + mention.pos)
            and len(years_before := {f.period for f in self.previous_figures if f.period.kind == FULL_YEAR})
            == 1
        ):
            # 2024年非博彩业增加值总额为…。同年，四大重点产业增加值总额为…: the year of the sentence before
            mention = replace(mention, period=years_before.pop())
        elif (
            mention is not None
            and status == "actual"
            and opened is not None
            and opened.kind == FULL_YEAR
            and opened.end is not None
            and self._over(opened)
            and _YEAR_END_ALONE.fullmatch(
                self.period_text, ctx.sentence.start + mention.pos, ctx.sentence.start + mention.end
            )
        ):
            # 2024年，全市稀土产业…。全年新增…17家，年末总数达到126家, said in June 2025: the end of
            # the year that opened the paragraph
            mention = replace(mention, period=Period.as_of(opened.end))
        elif (
            mention is not None
            and mention.period.relative == "context"
            and status == "target"
            and self.paragraph_goals
            and self.paragraph_horizon is not None
            and self.paragraph_horizon.kind == FULL_YEAR
            and self.paragraph_horizon.start is not None
            and self.reference is not None
            and self.paragraph_horizon.start.year == self.reference.year + 1
        ):
            # 2026年，我们将…重点做好以下工作： ↵ （一）…全年计划供应工业用地8500亩以上, said in December
            # 2025: the year of the tasks the list's heading named, the next (but 到2027年，…力争突破…，
            # 力争全年…增长7.5%左右, said in 2025: this year's, on the way to the horizon)
            mention = replace(mention, period=self.paragraph_horizon)
        clause_pre = self.text[ctx.clause.start : tok.start]
        sentence_pre = self.text[ctx.sentence.start : tok.start]
        # 产量突破100万辆，达到105.6万辆: a clause without a noun of its own measures its subject
        subject = ctx.inherited.indicator if ctx.inherited is not None else ""
        flow_noun = bool(lex.flow_nouns.search(clause_pre) or lex.flow_nouns.search(subject))
        # (资产总额 is a stock, whatever its 总额 says)
        flow_noun = flow_noun and not _STOCK_NAMED.search(subject or clause_pre)
        if (
            self.firms_list_year is not None
            and status == "actual"
            and measure in ("amount", "rank")
            and _ENTERED_THE_LIST.search(subject + self.text[ctx.clause.start : ctx.clause.end])
        ):
            # 我省21家企业入围“2025中国民营企业500强”, 入围门槛275.6亿元: the list's, of the year
            # whose revenue ranks it, however many firms stand on it now
            return Period.year(self.firms_list_year), "period_list_year", False
        strong_cue = lex.strong_stock_cue.search(clause_pre)
        # 总量/总数 make a stock of counted things, not of a flow (GDP总量 is a year's output)
        strong = strong_cue is not None and not (flow_noun and strong_cue.group(0) in _TOTAL_WORDS)
        # (…累计减税降费216.8亿元，其中2025年78.4亿元: a part of a sum over years is no stock)
        part_of_a_sum = (
            "其中" in ctx.pre and bool(ctx.sentence_figs) and ctx.sentence_figs[-1].period.kind != AS_OF
        )
        # (…累计建成光伏386兆瓦，2024年自发自用绿电3.9亿千瓦时: a clause that names its own year
        # sums no more what an earlier clause summed)
        own_year = mention is not None and mention.pos + ctx.sentence.start >= ctx.clause.start
        # (1—10月，全省累计生产生铁1.68亿吨…；粗钢1.74亿吨: the items after the sentence's 累计生产
        # are what it produced, summed, no stock)
        summed_at = sentence_pre.rfind("累计")
        flow_summed = summed_at >= 0 and _MADE_OR_DONE.match(sentence_pre, summed_at + 2) is not None
        strong = strong or (
            summed_at >= 0
            and ("累计" in clause_pre or not (own_year or flow_summed))
            and not lex.flow_cue.search(clause_pre)
            and not part_of_a_sum
        )
        # 总数突破2万家，达到20386家: a clause that goes on with a stock's subject is that stock
        inherited = ctx.inherited
        goes_on_with_stock = (
            inherited is not None
            and inherited.stock
            and inherited.measure == measure == "amount"
            and not lex.flow_cue.search(clause_pre)
        )
        strong = strong or goes_on_with_stock
        weak = (
            bool(lex.stock_cue.search(clause_pre)) and not lex.flow_cue.search(clause_pre) and not flow_noun
        )
        # 1000Mbps及以上接入速率的用户达1087.5万户: users, like base stations, are counted where they
        # stand, so a level of them is the stock at the period's end
        strong = strong or (
            weak and measure == "amount" and tok.unit_class == "count" and bool(_STANDING.search(clause_pre))
        )
        # (【长春市】5G基站2.18万个: base stations stand, said without a cue; but 用户购买… buy)
        strong = strong or (
            measure == "amount"
            and tok.unit_class == "count"
            and bool(_STANDING_WITHOUT_A_CUE.search(clause_pre))
            and not (flow_noun or lex.flow_cue.search(clause_pre))
        )
        # (累计2025年全年外销订单7418.5亿美元: the whole year's sum, a flow over it; but 全年新增…、总数
        # 达到1612家 is a stock)
        year_summed = "全年" in clause_pre and "累计" in clause_pre
        stock = measure == "amount" and status == "actual" and (strong or weak) and not year_summed
        if (
            measure == "share_pct"
            and inherited is not None
            and inherited.stock
            and inherited.period.kind == AS_OF
            and (mention is None or mention.pos + ctx.sentence.start < inherited.quote_start)
            # (由上年末的21.2%提高至23.5%: a later level, no share of it)
            and "from_to" not in inherited.rules
        ):
            # …用户达1087.5万户，占总用户数的33.3%: the share of a stock, on the stock's date
            return inherited.period, "period_share_of_stock", False
        this_month = sentence_pre.rfind("当月")
        if this_month >= 0 and (mention is None or mention.pos < this_month):
            # 1-11月，…增长6.1%，当月增长8.2%: the last month of the year-to-date reported on
            base = mention.period if mention is not None else self.reporting_period
            if base is not None and base.kind == YTD and base.end is not None:
                return Period(base.end.replace(day=1), base.end, UNKNOWN, "month"), "period_this_month", False
            if base is not None and base == self.title_month:
                # …月报（2025年第11期）: 三大高载能行业当月合计用电42.43亿千瓦时, the month reported on
                return base, "period_this_month", False
        if plan and self._over_plan_span(clause_pre, measure, False):
            assert self.title_span is not None
            return self.title_span, "period_plan_span", False
        # (3年间…累计安排…资金19.84亿元，支持企业1127户: the clauses after it sum the years too)
        summed = _YEARS_SUMMED.search(sentence_pre) if "累计" in sentence_pre else None
        if (
            summed is not None
            and mention is not None
            and mention.pos + ctx.sentence.start >= ctx.clause.start
        ):
            summed = None  # …；当年新增国家级绿色工厂17家: a clause that names its own period
        if (
            summed is not None
            and status == "actual"
            and measure == "amount"
            and (flow_noun or _SUMMED_OVER_SPAN.search(clause_pre))
        ):
            # 五年累计完成工业投资1130亿元: the sum over the years said, up to the last one named
            # before (…2025年的2412亿元；) or, else, the year the text reviews
            last = mention.period.end.year if mention is not None and mention.period.end else None
            last = last or self._year_reviewed() or (self.reference.year if self.reference else None)
            years = int(parse_number(summed.group(1)) or 0)
            if last is not None and years > 1:
                over = Period(date(last - years + 1, 1, 1), date(last, 12, 31), MULTI_YEAR)
                return over, "period_years_summed", False
        based = (
            _BASE_RATE.search(self.period_text, ctx.clause.start, tok.start) if measure != "amount" else None
        )
        named = self.periods.find(based.group("when"), False) if based is not None else []
        if named and named[-1].period.end is not None:
            # 升幅較2026年第二季的1.1%有所擴大: the rate compared with is of the period it names
            return named[-1].period, "period_comparison_base", False
        compared = _BASE_VALUE.search(self.period_text, ctx.clause.start, tok.start)
        if compared is not None and measure == "amount":
            # 达到157家，较2020年末的37家增加120家: the base is the level of the year named
            base_year = int(compared.group("y"))
            if compared.group("m"):
                base_month = int(compared.group("m"))
                if compared.group("end") or stock:
                    return Period.as_of(month_end(base_year, base_month)), "period_comparison_base", True
                return Period.month(base_year, base_month), "period_comparison_base", False
            if compared.group("end"):
                return Period.as_of(date(base_year, 12, 31)), "period_comparison_base", True
            return Period.year(base_year), "period_comparison_base", stock
        if "其中" in ctx.pre and ctx.sentence_figs:
            parent = _last_alike(ctx.sentence_figs, status, tok if measure == "amount" else None)
            if mention is None or mention.pos + ctx.sentence.start < parent.quote_start:
                return parent.period, "period_parent", parent.stock
        elif ctx.among and mention is None:
            # 截至2024年10月底，…4.62万家…。其中，首批…3.57万家: a part has the whole's period;
            # a place's figure has it where it breaks the same measure down (分地区看，太原市…, after
            # the whole's amount and its growth)
            # (…增长6.4%。其中三季度当季投资增长4.9%。分领域看，工业投资…: the whole's, not its part's)
            by_place = self.text.startswith(BREAKDOWN_BY_PLACE, ctx.sentence.start)
            among = [f for f in ctx.among if f.measure == measure] if by_place else ctx.among
            wholes = [f for f in among if not self.text.startswith("其中", f.quote_start)]
            if among:
                parent = _last_alike(wholes or among, status, tok if measure == "amount" else None)
                return parent.period, "period_parent", parent.stock
        if mention is not None:
            period = mention.period
            if (
                status == "target"
                and (period.kind == AS_OF or (period.kind == YTD and measure == "amount"))
                and period.end is not None
                and _WHOLE_YEARS_PLAN.search(clause_pre)
            ):
                # 截至4月25日，…年度计划投资168.4亿元: the year's plan, not what stands that day (nor
                # the months 1—9月 opened the sentence with)
                return Period.year(period.end.year), "period_years_goal", False
            # 2021—2023年，累计完成投资…, 1—9月，省属企业累计实现营业收入…: what was done over the
            # span, summed; 1—7月，…累计促成中小企业融资326.8亿元, 三年累计9.2亿元: 累计 alone, before
            # money, sums the span too (but 五年来，累计建成绿色工厂11家 counts what stands at the end)
            summed_over_span = bool(
                flow_noun
                or _SUMMED_OVER_SPAN.search(clause_pre)
                or (
                    tok.unit_class == "money"
                    and all(m.group() == "累计" for m in lex.stock_cue.finditer(clause_pre))
                )
            )
            if (
                stock
                and strong
                and period.kind not in (AS_OF,)
                and period.end is not None
                and period.relative != "recurring"
                # 全年新增…2156家，总数达到20386家: the year's end, but 全年累计完成… is the year
                and (period.relative != "context" or strong_cue is not None or goes_on_with_stock)
                # (全年累计为企业减免担保费2.94亿元: summed over the year, no stock at its end)
                and not (period.kind == FULL_YEAR and _SUMMED_OVER_THE_YEAR.search(clause_pre))
                # (2025年，省属企业累计实现营业收入…: a flow the year summed, no stock either)
                and not (period.kind == FULL_YEAR and flow_noun)
                and not (period.kind == MULTI_YEAR and summed_over_span)
                # 前三季度，全省累计兑现…资金, 惠及98.6万户次: times something was done count no stock
                and not (
                    period.kind == YTD
                    and (summed_over_span or tok.base_unit.endswith("次") or tok.base_unit == "笔")
                )
            ):
                return Period.as_of(period.end), "period_stock_mention", True
            if (
                period.kind == MULTI_YEAR
                and period.end is not None
                and mention.pos + ctx.sentence.start < ctx.clause.start
                and (
                    (measure == "share_pct" and (status == "target" or not self._share_of_a_sum(ctx)))
                    or (status == "target" and measure == "amount" and weak and strong_cue is None)
                )
            ):
                # 2025—2027年，累计推动…，示范工厂达到40家: a level aimed at is the last year's;
                # 2021—2023年，能耗累计下降11.3%；综合利用率达到55.6%: so is a share reached
                return Period.year(period.end.year), "period_level_at_span_end", False
            if (
                status == "target"
                and "累计" in clause_pre
                and period.kind == FULL_YEAR
                and period.end is not None
                and not lex.flow_cue.search(clause_pre)
            ):
                span = self.title_span
                if flow_noun and span is not None and span.end == period.end:
                    # 到2027年，…累计带动技术改造投资超过1200亿元: a flow summed over the plan's years
                    return span, "period_plan_sum", False
                if not flow_noun:
                    return Period.as_of(period.end), "period_stock_goal", True  # 到2027年，累计培育…
            if measure == "yoy_growth_pct" and period.kind == AS_OF and period.end is not None and flow_noun:
                # 截至10月末累计达到226个；工业用电量同比增长9.2%: a flow's growth is of the months up
                # to that date (a stock's, 累计建成充电桩…同比增长38.5%, is of the date)
                end = period.end
                if end == month_end(end.year, end.month):
                    return Period.up_to(end), "period_growth_to_date", False
            if (
                period.kind == AS_OF
                and at_year_end(period)
                and period.end is not None
                and measure in ("amount", "share_pct")
                and plan
                and _YEAR_END_WORD.fullmatch(
                    self.text, ctx.sentence.start + mention.pos, ctx.sentence.start + mention.end
                )
                and mention.pos + ctx.sentence.start < ctx.clause.start
                and not (strong or weak)
                and not (
                    inherited is not None
                    and inherited.stock
                    and inherited.measure == measure
                    and not lex.flow_cue.search(clause_pre)
                )
            ):
                # 年末在保余额达到580亿元左右，服务首贷户6000户以上: the year's end is the stock's own
                # clause's; what the clauses after it do is the year's (力争到今年年底，…基站总数达到16万个，
                # 新增…平台20个以上: so is what a clause adds)
                return Period.year(period.end.year), "period_year_of_its_end", False
            a_sum = summed_over_span and period.kind in (MULTI_YEAR, YTD)  # over the span, no stock
            return period, "period_mention", (stock and not a_sum) or period.kind == AS_OF
        if (
            self.week is not None
            and status == "actual"
            and THIS_WEEK.search(self.period_text, ctx.sentence.start, tok.start)
        ):
            # 本周全市全社会日均用电量1.52亿千瓦时: of the week the brief's heading names
            week = Period.as_of(self.week.end) if stock and self.week.end is not None else self.week
            return week, "period_week", stock
        if measure == "amount" and (
            _ONE_PROJECTS_WHOLE.search(clause_pre)
            or (status == "estimate" and _ONCE_RUNNING.search(self.text, ctx.sentence.start, tok.start))
            or (_WHOLE_COST.search(clause_pre) and _OF_ONE_PROJECT.match(self.text, tok.end, ctx.clause.end))
        ):
            # 项目总投资约18.6亿元; 本项目达产后预计可实现年营业收入约26.0亿元; 总投资45亿元的楚锂二期
            # 动力电池项目: one project's whole cost, and what it will make once running, are of no one year
            return UNKNOWN_PERIOD, "period_project_whole", False
        if status == "target" and self._over_plan_span(clause_pre, measure, mention is None):
            assert self.title_span is not None
            return self.title_span, "period_plan_span", False
        span = self.paragraph_span or self.section_span
        if measure == "avg_growth_pct" and status == "actual" and span is not None:
            return span, "period_paragraph_span", False  # 2021—2023年，…。…年均增长13.4%
        if (
            measure == "pp_diff"
            and span is not None
            and ctx.sentence_figs
            and (ctx.sentence_figs[-1].measure, ctx.sentence_figs[-1].period) == ("avg_growth_pct", span)
        ):
            return span, "period_paragraph_span", False  # …年均增长7.2%，高于全省平均0.6个百分点
        if (
            status == "actual"
            and span is not None
            and "累计" in clause_pre
            and (measure == "yoy_growth_pct" or (measure == "amount" and flow_noun))
        ):
            # 五年来，…。累计完成工业投资1186亿元；能耗累计下降16.5%: summed over the span
            return span, "period_paragraph_span", False
        # a plan's review paragraph, or a text with no date: the period that opened the paragraph
        if (
            status == "actual"
            and self.paragraph_period is not None
            and (self.reference is None or self.plan_mode)
        ):
            p = self.paragraph_period
            if stock and p.end is not None:
                return Period.as_of(p.end), "period_default_paragraph", True
            return p, "period_default_paragraph", stock
        recorded = self.periods.recorded_year
        if self.reference is None and recorded is not None and status == "actual":
            # 德阳统计年鉴—2024, of no date: …2023年，…。分门类看，采矿业增加值下降2.4%: the year it
            # records, whatever paragraph names it not again (a stock at that year's end)
            if stock:
                return Period.as_of(date(recorded, 12, 31)), "period_default_recorded_year", True
            return Period.year(recorded), "period_default_recorded_year", False
        if self.reference is None:
            return UNKNOWN_PERIOD, "period_default_unknown", stock
        opened = self.paragraph_period
        if status == "actual" and opened is not None and opened.relative == "month" and not stock:
            # 分产品看，10月份，…。钢材11860万吨，同比下降3.4%: the month the paragraph opened with,
            # not the months to date the release also reports on
            return opened, "period_default_paragraph_month", False
        horizon = self.paragraph_horizon
        if status == "target" and horizon is not None:
            if (
                _REACHED_IN_ALL.search(clause_pre) is not None
                and horizon.kind == FULL_YEAR
                and horizon.end is not None
                and not flow_noun
                and not lex.flow_cue.search(clause_pre)
            ):
                # 提出到2026年，…。具体来看：…示范工厂累计达到25家以上: what stands at the horizon's end
                return Period.as_of(horizon.end), "period_stock_goal", True
            return horizon, "period_default_horizon", False
        span = self.title_span
        if status == "target" and self.work_plan and span is not None and span.end is not None:
            if measure == "share_pct" or (
                measure == "amount"
                and _LEVEL_GOAL.search(self.text, ctx.clause.start, tok.num_start)  # (突破 is a bound)
                and not _SUMMED_GOAL.search(clause_pre)
            ):
                # 规上工业营业收入突破8500亿元, 比重达到33%: a level the plan's last year is to reach
                if stock:
                    return Period.as_of(span.end), "period_default_plan_end", True
                return Period.year(span.end.year), "period_default_plan_end", False
            # a three-year plan's goal that names no year is a goal of the plan's years
            return span, "period_default_plan_span", False
        if self.section_period is not None and not stock and status == "actual":
            # 一、本周（11月3日—11月9日）运行监测情况 ↵ …开工率97.5%: the chapter's days (or months:
            # 五、工业企业效益（1—3月） ↵ 规模以上工业企业营业收入：1126.4亿元)
            return self.section_period, "period_default_section_period", False
        section = self.section_year
        months = self.paragraph_period
        if (
            section is not None
            and not stock
            and status == "actual"
            and months is not None
            and months.kind in (YTD, QUARTER)
            and months.start is not None
            and section.start is not None
            and months.start.year == section.start.year
            and (flow_noun or measure in _RATE_MEASURES)
        ):
            # 一、2025年工作总结 … 1-11月，全省…。规上工业企业实现营业收入4.18万亿元: the statistics of
            # a paragraph the months opened are of those months (a count of things done is the year's)
            return months, "period_default_paragraph_months", False
        if section is not None and not stock:
            # 一、2025年工业领域计划执行情况 … 二、2026年…主要预期目标: the year the section's heading names
            return _summed_over_years(section, clause_pre, status), "period_default_section_year", False
        if status == "target" and self.next_years_work is not None:
            work = _summed_over_years(self.next_years_work, clause_pre, status)
            return work, "period_default_next_years_work", False
        if status == "target" and self.own_plan_year is not None:
            # 长兴县2027年工业经济工作要点, out in November 2026: a goal of its 重点任务 that names no
            # year is the plan's year's, not the text's
            ahead = Period.year(self.own_plan_year)
            return _summed_over_years(ahead, clause_pre, status), "period_default_plan_year", False
        if status == "target":
            # (到2027年，全市…主要目标如下： ↵ （二）…营业收入达到2200亿元: the year the goals were set for)
            goal_year = self.periods.plan_year or self.reference.year
            goal = _summed_over_years(Period.year(goal_year), clause_pre, status)
            return goal, "period_default_target", False
        current = self.reporting_period
        said = _REPORT_SPAN.search(sentence_pre)
        if current is not None and current.end is not None and said is not None and status == "actual":
            # 年初至报告期末，公司非经常性损益合计…; 报告期末普通股股东总数31,862户: the report's
            # months to date, or its last day
            if said.group("from_start"):
                return Period(date(current.end.year, 1, 1), current.end, YTD), "period_report_to_date", False
            return Period.as_of(current.end), "period_report_end", True
        summing = clause_pre.rfind("累计")
        if (
            stock
            and summing >= 0
            and _SUMMED_OVER_SPAN.match(clause_pre, summing + 2)
            and current is not None
            and current.kind == YTD
            # (累计推动2635家中小企业完成数字化改造 under a note that the part's data stand at 10月底:
            # the things done up to that day)
            and not (tok.unit_class == "count" and self.section_as_of is not None)
        ):
            # 全县累计完成工业投资168.32亿元, in a report on 1—11月: what the months summed (but
            # 新增…52家、累计达到331家 counts what stands)
            return current, "period_default_reporting", False
        day = self._paragraphs_day(status, measure, stock, flow_noun, clause_pre)
        if day is not None:
            # 截至2025年10月底，全市累计建成…。公共充电桩中，直流快充桩1.05万台: the paragraph's day
            return day, "period_default_paragraph_as_of", True
        if status == "actual" and (now := _HELD_NOW.search(clause_pre)) and (stock or now.group() != "现有"):
            # 园区现有专精特新中小企业27家, 园区现入驻电商企业326家: what the place has now, on the
            # text's day, as 截至目前 says (not what it had at the end of the months reported)
            return Period.as_of(self.reference), "period_held_now", True
        year_opened = self.paragraph_period
        if (
            stock
            and status == "actual"
            and year_opened is not None
            and year_opened.kind == FULL_YEAR
            and year_opened.end is not None
            and self._over(year_opened)
            # (only right after figures all of that year: a long review's 拥有全国重点实验室14家 after
            # figures of several years stands on the text's day)
            and self.previous_figures
            and all(f.period in (year_opened, Period.as_of(year_opened.end)) for f in self.previous_figures)
        ):
            # 2024年，全市稀土产业…。全年新增…17家，年末总数达到126家。全市稀土永磁材料产能达到16万吨, said
            # in June 2025: what stood at the end of the year that opened the paragraph
            return _in_the_paragraphs_year(year_opened, stock)
        if stock:
            # (a balance, 贷款余额, stands at the month's end the report names; 已建成… stands now)
            balance = "余额" in self.text[ctx.clause.start : tok.start]
            return self._default_stock_period(balance) or UNKNOWN_PERIOD, "period_default_stock", True
        if (
            not flow_noun
            and not lex.flow_nouns.search(ctx.post)  # 有36个行业增加值…: a statistic after all
            and measure == "amount"
            and self.reference.month >= _LATE_IN_YEAR
            and self.previous_reporting is None
            and self.title_period is None  # (…2025年1—10月经济运行简报: its months, not the year)
            and self.title_month is None  # (2025年10月中国中小企业发展指数…: the month's release)
            and not self._has_mention(tok, ctx)
            and current is not None
            and current.start is not None
            and current.start.year == self.reference.year
            # (1—11月，全县共签约项目87个…。从产业结构看，签约项目中工业项目68个: a paragraph the months
            # opened goes on about them)
            and self.paragraph_period != current
        ):
            # a year-end review: 安排专项资金48亿元，支持…项目1.3万个 are the year's actions,
            # not statistics of the months the figures before reported on
            return Period.year(self.reference.year), "period_default_year_reviewed", False
        opened = self.paragraph_period
        if (
            status == "actual"
            and current is not None
            and current.start is not None
            and opened is not None
            and opened.kind == FULL_YEAR
            and opened.end is not None
            and opened.end.year < current.start.year
        ):
            # 2025年第一季，…增长9.1%。… ↵ 2024年，安徽机电产品出口…。“新三样”合计出口1065亿元: a
            # paragraph an earlier year opened goes on about that year, not the months reported on
            return _in_the_paragraphs_year(opened, stock)
        if (
            status == "actual"
            and not stock
            and current is not None
            and current.kind == QUARTER
            and opened is not None
            and opened.kind == YTD
            and opened.end == current.end
        ):
            # 2024年第3季工业生产指数 ↵ …。综合2024年首三季，…平均为87.9。其中，制造业指数下跌7.1%: a
            # quarter's release turns, for a paragraph, to the quarters to date
            return opened, "period_default_paragraph_months", False
        said_before = self._past_year_told(self.previous_figures, status, measure, flow_noun and not stock)
        if (
            said_before is not None
            and said_before.end is not None
            and current is not None
            and current.start is not None
            and said_before.end < current.start
            and "period_mention" in self.previous_figures[-1].rules
            # (not 1-8月，…增长8.1%…(2024年全年为增长7.3%). 规模以上工业企业…: an aside on the year)
            and all(f.period == said_before for f in self.previous_figures)
        ):
            # …。2024年全省新能源汽车产量达到133.6万辆…。太阳能电池、集成电路圆片产量分别增长…, in a
            # report on 1—7月: the sentence goes on about the year the one before named, not the months
            return said_before, "period_year_told_before", stock
        if (
            current is not None
            and current.start is not None
            # (early in a year, last year's quarter only where the title names it: 2025年四季度…分析)
            and (
                self.reference.month > _FIRST_QUARTER_END
                or current.start.year == self.reference.year
                or (current.kind == QUARTER and current == self.title_period)
                # (or its month: 2025年12月山西省制造业采购经理指数运行情况, out on 6 January)
                or current == self.title_month
            )
        ):
            # a monthly report: figures without a period of their own belong to the reporting period,
            # but a growth compared with the month before (…增长9.3%，比10月份加快1.1个百分点) is the
            # month's own
            before = _MONTH_COMPARED.search(self.period_text, ctx.sentence.start, ctx.sentence.end)
            through = current.end
            if (
                before is not None
                and through is not None
                and current.kind == YTD
                and int(before.group(1)) + 1 == through.month
                and measure in ("yoy_growth_pct", "pp_change")
            ):
                return (
                    Period(through.replace(day=1), through, UNKNOWN, "month"),
                    "period_month_compared",
                    False,
                )
            same_month = _SAME_MONTH_COMPARED.search(self.period_text, ctx.sentence.start, ctx.sentence.end)
            if same_month is not None and through is not None and current.kind == YTD:
                # …占製造業生產比重達48.2%，較上年同月提高5.1個百分點, in a release on 10月 and 1—10月:
                # the month's, compared with the same month
                return (
                    Period(through.replace(day=1), through, UNKNOWN, "month"),
                    "period_month_compared",
                    False,
                )
            quarter = _QUARTER_COMPARED.search(self.period_text, ctx.sentence.start, ctx.sentence.end)
            if (
                quarter is not None
                and through is not None
                and current.kind == YTD
                and 3 * ("二三".index(quarter.group(1)) + 3) == through.month
                and measure in ("yoy_growth_pct", "pp_change", "share_pct")
            ):
                # 前三季度…。制造业产能利用率比二季度上升0.8个百分点: the third quarter's own
                return (
                    Period(date(through.year, through.month - 2, 1), through, QUARTER),
                    "period_quarter_compared",
                    False,
                )
            day = self._paragraphs_day(status, measure, stock, flow_noun, clause_pre)
            if day is not None and day.end == current.end and not ctx.among:
                # 截至3月末 ↵ 全区规上工业企业268户, in a post on 1—3月: what stands on the months' last
                # day, as the line over the paragraph says (but 上半年新增入规企业42户 ↵ 其中…19户: a part
                # of the line above, of its months)
                return day, "period_default_paragraph_as_of", True
            return current, "period_default_reporting", False
        if self.previous_reporting is not None and flow_noun and measure in _FLOW_MEASURES:
            # 据统计，1—11月，全省…。全省规上汽车制造业实现营业收入…: a statistic right after
            # one of some months is of those months (a count of things done is the year's)
            return self.previous_reporting, "period_default_previous_reporting", False
        months = self.paragraph_period
        if months is not None and months.kind == YTD and measure in ("yoy_growth_pct", "pp_diff"):
            # 1—11月，…。…全省工业投资增长12.6%: in a review early in the next year, a growth rate
            # in a paragraph the months opened is of those months (a count of things done is the year's)
            return months, "period_default_paragraph_months", False
        year = self._year_reviewed()
        opened = self.paragraph_period
        if (
            year is not None
            and opened is not None
            and opened.kind == FULL_YEAR
            and opened.end is not None
            and opened.end.year < year
        ):
            # 2023年末，全省共有法人单位16.27万个。第二产业从业人员567.31万人: an earlier year than
            # the one reviewed opened the paragraph, and its sentences go on about it
            return _in_the_paragraphs_year(opened, stock)
        own = self.paragraph_year
        if (
            year is not None
            and own is not None
            and own.start is not None
            and own.start.year == self.reference.year > year
            # (a year said by its number, not 全年 or 今年的榜单中)
            and self.text.startswith(f"{own.start.year}年", self.paragraph_start)
            and (
                self.reference.month > _FIRST_QUARTER_END
                # (2026年，全省共安排…项目320个…。民间投资项目94个, in February: the sentence before
                # counted that year's too)
                or (bool(self.previous_figures) and all(f.period == own for f in self.previous_figures))
            )
        ):
            # 本次评价以企业2023年度数据为基础 … 2024年，全省实际参评1038家。…优秀的226家 (in December):
            # a paragraph the text's own year opened goes on about that year, not the data's
            return own, "period_default_paragraph_year", False
        if (
            year is not None
            and status == "actual"
            and (
                measure == "amount"
                # (or a rate of what the event counted: 与2025年第一季度集中开工相比，项目个数、总投资
                # 分别增长8.5%、12.6%; …项目32个，亿元以上项目占比达91.3% after the event's own count)
                or (
                    measure in _EVENT_RATES
                    and (
                        _EVENT_WORD.search(sentence_pre) is not None
                        or any("period_this_event" in f.rules for f in ctx.sentence_figs)
                    )
                )
            )
            and (
                (
                    (
                        _THIS_VERY_EVENT.search(sentence_pre)
                        # (but 大会现场签约项目42个 in a year's review, no day said: one of the year's
                        # events)
                        or (
                            _AT_THE_EVENT.search(sentence_pre)
                            and self._event_day_said(ctx.sentence.start) is not None
                        )
                    )
                    # (not 本次纳入评价的工业企业共1862家: an evaluation counts the year it reviews;
                    # nor 在2024世界VR产业大会上签约项目93个 in a year's review, one of its events)
                    and _EVENT_WORD.search(sentence_pre)
                )
                # (关于2026年第一季度全市重大项目集中开工情况的通报 … 其中，工业项目128个: what the
                # event the title reports counted, on its day)
                or (
                    _EVENT_TITLE.search(self.meta.title or "") is not None
                    and self._event_day_said(ctx.sentence.start) is not None
                )
            )
        ):
            # 此次集中签约项目22个 in a text of March that also looks back on last year: what the event
            # counted, on its day, not the year the text reviews
            return Period.as_of(self._event_day(ctx.sentence.start)), "period_this_event", False
        if year is not None and self.census and measure in ("amount", "share_pct") and not flow_noun:
            # 第二产业从业人员567.31万人 (占…14.9%), in a census bulletin: counted at the census's moment
            return Period.as_of(date(year, 12, 31)), "period_default_census", True
        if self.weekly_brief and self.week is not None and status == "actual":
            # 重点监测企业开工率96.3%, in a weekly brief: of the week its heading names, where nothing
            # else says a period (not the year it falls in)
            return self.week, "period_week", False
        if year is not None:
            return Period.year(year), "period_default_summary_year", False
        if (
            status == "actual"
            # (or a growth, a share or a flow, which no count of what stands now can be)
            and (self.paragraph_framed or measure in _RATE_MEASURES or (flow_noun and not stock))
            and opened is not None
            and opened.kind == FULL_YEAR
            and opened.end is not None
            and opened.end < self.reference
        ):
            # 2024年，面对…，全省工业经济稳中有进。全省规模以上工业增加值增长6.8% (in September
            # 2025): the past year whose scene the paragraph set, which its sentences go on about
            # (but not 2023年，全市获评省级集群4个。新增…9家: that year's count, then perhaps now)
            return opened, "period_default_paragraph_past_year", False
        opened = self.paragraph_year
        if opened is not None and opened.start is not None and opened.start.year == self.reference.year:
            return opened, "period_default_paragraph_year", False
        if (
            status == "actual"
            and measure == "amount"
            and (
                _THIS_EVENT.search(sentence_pre)
                or _THIS_EVENT.match(self.text, self.paragraph_start)
                or self._paragraph_opens_on_this_event()
            )
        ):
            # 此次集中签约项目18个，总投资126.8亿元。…内资项目39个: what the event the text reports
            # counted, on its day (11月12日，…集中开工动员会…举行) or the text's (its paragraph goes on)
            return Period.as_of(self._event_day(ctx.sentence.start)), "period_this_event", False
        if (
            status == "actual"
            and self.title_year == self.reference.year
            and (self.reference.month >= _LATE_IN_YEAR or _YEARS_FUNDS.search(self.meta.title or ""))
        ):
            # 我省公布2025年度…名单 (26 November): the year the title names, nearly over (or the year
            # whose funds it shares out: 南陵县2025年工业发展专项资金安排情况公示, in June)
            return Period.year(self.reference.year), "period_default_title_year", False
        edition = self.edition_year
        if status == "actual" and edition is not None and edition <= self.reference.year:
            # 《先进制造业百强园区（2025）》发布: a ranking's or a list's figures are of its edition's year
            return Period.year(edition), "period_default_edition_year", False
        if (
            status == "actual"
            and measure == "amount"
            and self.reference.month >= _LATE_IN_YEAR
            and self.paragraph_period is None
            and _NEWLY_NAMED.search(self.text, ctx.sentence.start, ctx.clause.end)
        ):
            # 我省新增16家国家级…企业 (18 December, no year named): what the year added, nearly over
            # (but not after 2023年，… in the same paragraph)
            return Period.year(self.reference.year), "period_default_late_in_year", False
        if (
            self.periods.report_day is not None
            and status == "actual"
            and measure in ("amount", "share_pct", "pp_change")
            and "本周" not in clause_pre  # (本周新开工项目5个: the week's, whose days are not told)
        ):
            # 现将截至4月25日…情况通报如下 … 全县新建项目已开工72个，开工率73.5%: where it stood that day
            return Period.as_of(self.periods.report_day), "period_report_day", measure == "amount"
        sibling = next((f for f in reversed(ctx.sentence_figs) if f.measure == measure), None)
        if (
            sibling is not None
            and sibling.stock
            and sibling.status == status
            and _PLACES_ONLY.fullmatch(clause_pre.strip())
            # (not 4个区县获评…, which names a noun after its number)
            and _NUMBERS_ONLY.fullmatch(self.text[tok.end : ctx.clause.end].strip(" ，。；"))
        ):
            # …分别拥有…96家、88家，大丰区72家: a stock the sentence counted before, at its date
            return sibling.period, "period_sibling_stock", True
        counted = ctx.sentence_figs[0] if ctx.sentence_figs else None
        if (
            counted is not None
            and counted.period.kind == AS_OF
            and counted.status == status == "actual"
            and _AT_THE_EVENT.search(self.text, ctx.sentence.start, counted.token.start)
        ):
            # 活动现场共签约外资项目32个，总投资316.8亿元，合同外资23.6亿美元: what the event's floor
            # counted, on the day it was counted, every clause of it
            return counted.period, "period_at_the_event", False
        told = self._past_year_told(
            ctx.sentence_figs or self.previous_figures, status, measure, flow_noun and not stock
        )
        if told is not None and told.end is not None and told.end < self.reference:
            # …新材料产业产值由2015年的112亿元增至去年的486亿元。煤炭产业占…比重降至38.6%: a story
            # goes on about the past year its figures before were of, where it names no other
            return told, "period_year_told_before", stock
        went_on = ctx.inherited
        if went_on is not None and _BASE_RULES & set(went_on.rules):
            # …8,126间机构单位，较2023年年底的8,351间减少2.7%: the change of the level, not of its base
            levels = [f for f in ctx.sentence_figs if not _BASE_RULES & set(f.rules)]
            went_on = levels[-1] if levels else None
        if (
            went_on is not None
            and went_on.period.kind == AS_OF
            and went_on.status == status
            and measure in ("yoy_growth_pct", "pp_diff", "pp_change")
            and went_on.token.end <= tok.start
        ):
            # 5G移动电话用户…占移动电话用户的72.4%，高于全国平均水平0.9个百分点; 10G PON端口达到38.5万个，
            # 同比增长17.3%: the change of what stands that day, said right after it, on that day
            return went_on.period, "period_of_what_it_goes_on_from", False
        return UNKNOWN_PERIOD, "period_default_unknown", False

    def _paragraphs_day(
        self, status: str, measure: str, stock: bool, flow_noun: bool, clause_pre: str
    ) -> Period | None:
        """The day its paragraph opened on (截至6月底，…), or an event took place on (3月17日上午，
        …签约仪式), for an actual that names no period: a stock, or a sum or share that is no flow
        (截至6月底，园区规上工业企业达到136家。新增…“小巨人”企业1家: what the months added); else None."""
        day, on_day = self.paragraph_as_of, self.paragraph_on_day
        if status != "actual" or day is None:
            return None
        stands = stock or (
            measure in ("amount", "share_pct")
            and (not flow_noun or on_day)
            and (on_day or not lexicon().flow_cue.search(clause_pre))
        )
        return day if stands else None

    @staticmethod
    def _past_year_told(told: list[Draft], status: str, measure: str, flow: bool) -> Period | None:
        """The full year the last figure ``told`` was an actual of, which a rate or a flow said after
        it with no period of its own may go on about (but 2023年，全市获评省级集群4个。新增…9家 may
        count what stands now)."""
        last_told = told[-1] if told else None
        if (
            status == "actual"
            and (measure in _RATE_MEASURES or flow)
            and last_told is not None
            and last_told.status == "actual"
            and last_told.period.kind == FULL_YEAR
        ):
            return last_told.period
        return None
