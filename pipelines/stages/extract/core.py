"""From tokens to figures: measure, indicator, region, status, period.

The walk is sentence by sentence.  Each sentence keeps what later clauses
inherit: the figures found so far (a bare ``高于全国2.6个百分点`` or
``大幅增长12.4%`` is about the last indicator), the region named at its start,
and the target cues seen (``力争年内…达到90%左右，新增…15万家以上``).
A sentence that speaks about the reference year in the future tense switches
the document into *plan mode*; from then on figures are targets unless they
name a period that has already ended.  What status and period each figure
gets from that state is the business of ``status_period``; who and what it is
about, of ``indicators``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date

from pipelines.stages.describe import PLACE_HEADING, heading_place
from pipelines.stages.extract import clauses as cl
from pipelines.stages.extract.drafts import Context, Draft
from pipelines.stages.extract.indicators import (
    DOCUMENT_REFERENCE,
    REGIONAL_SUBJECT,
    IndicatorText,
    city_named_in,
    district_named_in,
    list_items,
    periods_free,
    province_of,
    region_by_short,
    region_of_item,
    share_of_subject,
    strip_chars,
)
from pipelines.stages.extract.lexicon import lexicon, split_unit
from pipelines.stages.extract.numbers import parse_number, round_base
from pipelines.stages.extract.periods import (
    AS_OF,
    FULL_YEAR,
    MULTI_YEAR,
    QUARTER,
    UNKNOWN_PERIOD,
    YTD,
    Mention,
    Period,
    PeriodResolver,
    five_year_plan_of_title,
    may_name_a_period,
    years_shifted,
)
from pipelines.stages.extract.speakers import speaker_label
from pipelines.stages.extract.status_period import (
    BREAKDOWN_BY_PLACE,
    GOAL_AFTER,
    YEAR_RANGE,
    StatusPeriodRules,
    has_target_cue,
    last_status_cue,
)
from pipelines.stages.extract.tables import ACTUAL_TAGS, ESTIMATE_TAGS, table_values
from pipelines.stages.extract.tokens import BARE_MONEY, Token, find_tokens, may_have_tokens
from pipelines.stages.models import UNNAMED_CITY, UNNAMED_REGIONS, DocumentMeta, Figure

_MASK = "\u25a1"
_RANK_SUFFIX = re.compile(r"(?:均|都)?(?:入选数量|数量|总数|总量|规模)?(?:均|都)?$")
_STOCK_SUFFIX = ("数量", "总数", "总量", "入选数量")
_CHANGE_BEFORE = re.compile(
    r"(?:增加|减少|增长|下降|提高|降低|扩大|缩小|增产|减产|增收|减收|净增|净减|多增|少增|多|少)了?\s*$|连续"
)
_COMPARE = re.compile(
    r"(?<!占)(?:比(?![重例率])|较)(?P<bm>[^，,。；;]{1,14}?)(?<![提降升增减加放])(?P<dir>高出|高|低|快|慢|多|少)\s*$"
)
#: 比上年末净增, 较2020年末的4318家净增: a change since a year's end (or the year's start)
_SINCE_YEAR_END = re.compile(
    r"(?:比|较)\s*(?:(?:上年|去年)(?:末|底)|年初|(?P<y>\d{4})\s*年(?:末|底))(?:的[^，,。；;]{0,12}?)?"
    r"\s*(?P<verb>净增|增加|新增|净减|减少)了?\s*$"
)
_PAST_BASE = re.compile(
    r"^(?:上年|去年|上年末|上年同期|去年同期|上半年|上季度|上月|年初|\d{4}年(?:末|底)?|同期|"
    r"前[一二三]季度|[一二三四]季度|\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月(?:份)?|前\d{1,2}个月|上月末)$"
)


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


#: the time a level of 由X提高到Y is said for: 2020年的, 2024年10月底的
_LEVEL_TIME = r"\d{4}\s*年(?:\d{1,2}\s*月)?(?:末|底)?的?"
_FROM = re.compile(rf"(?:由|从)\s*(?:{_LEVEL_TIME}|(?:上年|去年)(?:同期)?的?|改造前的?)?\s*$")
_FROM_SAME_PERIOD_LAST_YEAR = re.compile(r"(?:由|从)\s*(?:上年|去年)(?:同期)?的?\s*$")
_TO = re.compile(
    r"^\s*(?:的水平)?\s*(?:提升|提高|增加|增长|上升|扩大|跃升|攀升|下降|降低|减少|回落|缩小|增|降|升)?\s*(?:至|到)"
    rf"\s*(?:{_LEVEL_TIME}|(?:今年|本年|去年|上年)(?:末|底)?的?)?\s*$"
)
_SUBSIDY_BEFORE = re.compile(
    r"(?:给予|奖励|补助|补贴|资助|奖补|一次性)(?:资金|奖励|补助|补贴)?(?:最高|不超过|最多|分别)?\s*$|最高\s*$"
)
#: numbered section headings at a paragraph start: 一、 / （一） / 1. / （1）
_HEADING = re.compile(
    r"\s*(?:([一二三四五六七八九十]+、)|([（(][一二三四五六七八九十]+[)）])|(\d+[.．、](?!\d))|([（(]\d+[)）]))"
)
_SUB_YEAR_HINT = re.compile(r"月|季度|半年")
_PLAN_WORK_TYPES = {"work_plan", "plan", "action_plan", "implementation_plan"}
#: patterns of the per-token rules, compiled once (``re.match(str, …)`` pays a cache lookup per call)
_ORDINAL_FIRST = re.compile(r"第[一二三四五六七八九十]")
_ORDINAL_ITEM = re.compile(r"第?[一二三四五六七八九十]")
#: 拉动/带动…增长 N 个百分点, 贡献 N 个百分点: one part's contribution to a whole's growth
_CONTRIBUTION = re.compile(r"(?:拉动|带动)[^，,。；;]{0,15}(?:增长|增速)\s*(?:了|约|近)?\s*$|贡献了?\s*$")
#: what may stand between a growth verb and its number (增长逾三成, 下降近一成)
_QUALIFIED_TAIL = re.compile(r"\s*(?:了|约|近|逾|超|超过|达|达到|将近|接近|约为)?\s*")
#: the noun before a headline's colon (一、专精特新中小企业：新认定1126家)
_HEADLINE_TOPIC = re.compile(r"([^，,。；;：:\d]{2,16})[：:]")
#: a table row named after a fall (…能耗累计下降, …降低率): its values are falls
_FALL_IN_NAME = re.compile(r"(?:累计|年均)?(?:下降|降低)(?:率|幅度)?$")
#: a year named in a title (2025年度, 2025年)
_TITLE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")
#: a document's name quoted inside a title (关于印发《…》的通知, 《…》执行情况评估报告)
_QUOTED_TITLE = re.compile(r"《[^》]*》")
#: a span of years in a title, even a damaged one (023—2024年): a plan's years, no year reported on
_ANY_RANGE = re.compile(r"\d\s*年?\s*[—\-–~～至到]\s*\d")
#: a paragraph of output by product (分产品看，从主要产品看，主要产品中)
_PRODUCT_BREAKDOWN = re.compile(
    r"\s*(?:分产品看|从主要产品看|从产品看|分主要产品看|主要产品中|主要工业产品中)"
)
#: units that count kinds of things (622种产品中有288种…), not output
_KINDS = ("种", "类", "项", "家", "个")
#: what a noun phrase names that it measures (产量, 发电量, 出口额, 产值 …), not a product
_MEASURED_NOUN_END = re.compile(r"[量额值能数率]$|规模$")
#: the phrase a sentence opens with, where a period that governs it stands (2024年，2021—2023年，),
#: after the breakdown it announces, if any (分产品看，10月份，…)
_OPENING_PHRASE = re.compile(r"\s*(?:[分从][^，,。；;]{1,8}看[，,]\s*)?[^，,。；;]{0,12}?[，,]")
#: how far after 会议指出， a period that opens what was said can reach (2024年1-11月 is 11)
_OPENING_PERIOD_CHARS = 16
_ATTRIBUTION = re.compile(r"\s*[^，,。；;：:]{1,10}?(?:指出|强调|认为|提出|表示|介绍|通报)\s*[，,：:]\s*")
_WORD_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_THRESHOLD_VERB_END = re.compile(r"(?:超过|突破|达到|在|以上|过)\s*$")
_AND_WORD = re.compile(r"以及|和|及|与")
_BOUND_WORD_END = re.compile(r"(?:以上|以下|及以上|及以下)$")
_NOUN_AFTER = re.compile(r"的?[\u4e00-\u9fff]")
_NOT_A_NOUN_AFTER = re.compile(r"的?(?:以上|以下|左右|大关|规模|水平)")
_MONTH_ON_MONTH_END = re.compile(r"(?:环比|[比较]上月)\s*$")
_OF_AFTER = re.compile(r"[ *]*的")
_GROWTH_AFTER = re.compile(r"[ *]*(?:的)?(?:增长|增速)")
_SIZE_CLASS_OF = re.compile(r"[ *]*的(?!目标|水平|规模|成绩|好成绩|历史|新高)[\u4e00-\u9fff]")
_GROWTH_OF_FIGURES_BEFORE = ("增速", "增幅")
_GROWTH_NAME = re.compile(r"增长|增速|增幅|下降|降低")
#: a breakdown by time of the figures before (分季度看，一季度增长3.3%，二季度增长5.1%)
_BREAKDOWN_BY_TIME = (
    "分季度",
    "分月份",
    "分月看",
    "从单月看",
    "分阶段看",
    "从走势看",
    "从季度看",
    "从月度看",
)
_OPENS_ON_FIGURES_BEFORE = ("其中", *_GROWTH_OF_FIGURES_BEFORE, *_BREAKDOWN_BY_TIME, *BREAKDOWN_BY_PLACE)
#: 总结2024年工作，…部署2025年重点任务: a meeting's agenda names the plan, it does not open it
_AGENDA = re.compile(r"(?:总结|回顾)[^，。；]{0,12}(?:\d{4}\s*年|去年|上年|过去)|(?:总结|情况)(?:和|及|与)")
#: 目标为30%，2023年为27.4%: a clause of only a time and a copula restates the subject before
_ELLIPTIC_LEVEL = re.compile(r"(?:目标(?:值|任务)?)?(?:为|是|达|达到)?")
_YEARS_AVERAGE = re.compile(r"([两三四五]|\d)年平均")
_COMPARISON_TAIL = re.compile(r"(?<!占)(?:同比|环比|比|较)[^，,。；;比较]{0,12}$")
_DECLINE_WORD = re.compile(r"降幅|跌幅")
#: 均 right before the verb of a list's figure (A、B均增长10%以上), not 人均
_EACH_BEFORE_VERB = re.compile(r"(?<!人)均[\u4e00-\u9fff]{0,3}$")
#: where an industry's name ends and what is measured of it begins (有色金属|产业营业收入)
_INDUSTRY_HEAD = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:产业|行业)|(?<=业)(?:增加值|营业收入|利润总额|产值|出口交货值)$"
)
_PERCENT_MEASURES = ("yoy_growth_pct", "avg_growth_pct", "share_pct")
_AMONG_END = re.compile(r"(?:之|当)?中\s*$")
#: 41个工业大类行业中有33个…: the count names the population the next number is taken from
_AMONG_AFTER = re.compile(r"[^，,。；;\d]{0,14}?(?:之|当)?中有")
_LEADING_OF = re.compile(r"^[ *]*的")
_GROWTH_WORD = re.compile(r"增速|增幅")
_SIZE_WORD = re.compile(r"规模|总量|总额|总数|数量")
_SHARE_WORD = re.compile(r"占比|比重")
_ALL_END = re.compile(r"均\s*$")
_RESPECTIVELY_END = re.compile(r"分别?\s*$")
#: an expert's view, reported (一位教授认为，…; 业内人士建议…)
_OPINION = re.compile(r"(?:教授|专家|学者|研究员|分析师|人士|委员)[^，。；]{0,4}(?:认为|建议|指出)")
#: a number said in a condition (哪怕良品率提高1个百分点，…; 要是配套率再提高10个百分点): no figure
_CONDITIONAL = re.compile(r"哪怕|要是|如果|假如|倘若|假设|即使|一旦")
#: what stands between a goal and the gap to it: …7.5%的目标0.7个百分点, 目标（35%）7.4个百分点
_GOAL_BEFORE_GAP = re.compile(r"\s*(?:的?(?:年度|规划|预期)?目标值?)?\s*[)）]?\s*")
_ALL_WORD = re.compile(r"[均都]")


_COLLECTIVE = re.compile(
    r"^(?P<item>.+?)(?:等|[两二三四五六七八九十\d]+(?:市|省|区|县|个|类|项|样|者)|“[^”]*”)+(?P<head>[^“”]*)$"
)


_ORDINAL_LAST = re.compile(r"^第?(?P<n>[一二三四五六七八九十])(?P<head>(?:产业|季度|批)\S*)$")


def _expand_ordinal_items(items: list[str]) -> list[str]:
    """``第一、二、三产业增加值`` → 第一产业增加值, 第二产业增加值, 第三产业增加值."""
    if len(items) < 2 or not _ORDINAL_FIRST.fullmatch(items[0]):
        return items
    last = _ORDINAL_LAST.match(items[-1])
    if last is None or not all(_ORDINAL_ITEM.fullmatch(x) for x in items[1:-1]):
        return items
    head = last.group("head")
    return [("" if x.startswith("第") else "第") + x + head for x in items[:-1]] + [
        "第" + last.group("n") + head
    ]


#: 已完成目标值的85.0% / 完成率94.0% / 进度完成率91.9%: how much of a goal is reached
_COMPLETION = re.compile(
    r"(?:已|仅|累计)?完成(?:了)?(?:\d{4}\s*年)?(?:年度|全年|序时|规划)?(?:目标值?|进度|任务)?"
    r"(?:[（(][^（）()]{0,16}[)）])?的?$"  # 完成2025年目标（2000亿元）的61.8%
    r"|完成(?:了)?[^，,。；;]{0,20}?目标(?:值|任务)?的$"  # 完成“十四五”下降14%目标的八成
    r"|(?:目标|进度)?完成率(?:为|达到?|达)?$"
)


def _done_by_counted(phrase: str) -> str:
    """``项目参赛`` (累计636个项目参赛) → 参赛项目: a generic noun followed by what the counted
    things did names them by it, as the indicator catalogue does (入选…企业, 签约项目)."""
    lex = lexicon()
    for noun in lex.generic:
        if phrase.startswith(noun) and lex.predicate.prefix(phrase[len(noun) :]) is not None:
            return phrase[len(noun) :] + noun
    return phrase


def _table_status(tag: str, year: int, reference: date | None) -> str:
    """A year column's status: its tag says it (基数, 预计, 目标), else a year already begun
    holds goals and an earlier one outcomes."""
    if tag in ACTUAL_TAGS:
        return "actual"
    if tag in ESTIMATE_TAGS:
        return "estimate"
    if tag or reference is None or year >= reference.year:
        return "target"
    return "actual"


def _table_measure(indicator: str, unit_class: str, base_unit: str) -> str:
    """What a table row's numbers say: a rate in % is growth where the name says so."""
    if base_unit == "百分点":
        return "pp_change"
    if unit_class != "percent":
        return "amount"
    if "年均" in indicator:
        return "avg_growth_pct"
    if _GROWTH_NAME.search(indicator):
        return "yoy_growth_pct"
    return "share_pct"


def _this_year_cue(reference: date) -> re.Pattern[str]:
    """``2024年`` (not 2024年以来/底/上半年 …), 今年, 下一步 …: the text speaks of the year it
    plans for, the reference year; late in a year, also the next (三、2026年工作思路 in December)."""
    years = (
        f"(?:{reference.year}|{reference.year + 1})"
        if reference.month >= _PLANS_NEXT_YEAR_FROM
        else reference.year
    )
    return re.compile(
        rf"(?<![\d—\-–~至]){years}\s*年(?!\s*(?:以来|底|末|前|上半年|1|一季度))"
        r"|今年(?!以来|初|前|首|上半年|一季度|\d+\s*岁)|新的一年|下一步|下一阶段|下阶段|下半年(?=工作|重点|，|,)"
    )


#: From this month a year-end summary plans the next year (…总结和2026年工作思路, in December).
_PLANS_NEXT_YEAR_FROM = 11


class _Doc(StatusPeriodRules, IndicatorText):
    """Extraction state of one document."""

    def __init__(self, text: str, meta: DocumentMeta, corrupted: list[tuple[int, int]]) -> None:
        self.text = text
        self.meta = meta
        self.corrupted = sorted(corrupted)
        self.region = meta.region  # the speaker's city or district while its official speaks
        #: speakers of a transcript and the city or district each speaks for (None: the document's)
        self.speakers: dict[str, str | None] = {}
        self.province = _province_of_whole(meta.region)
        #: a section heading named the region its paragraphs speak of (广东：总量领先…)
        self.section_region = False
        #: the place the current paragraph's first figure is of (佛山前三季度…), and how many
        #: figures came before the paragraph
        self.paragraph_region: str | None = None
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
        #: the period that opened an earlier sentence of the current paragraph (2024年，…)
        self.paragraph_period: Period | None = None
        #: a period still ahead that opened an earlier sentence of the paragraph (到2026年，…):
        #: the horizon of the paragraph's later goals that name none
        self.paragraph_horizon: Period | None = None
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
        #: the one year the current chapter's heading names (一、2025年…执行情况): its figures' year
        self.section_year: Period | None = None
        #: the year-to-date or quarter the sentence before, in the same paragraph, reported on
        self.previous_reporting: Period | None = None
        #: the multi-year period in the title (…行动方案（2024—2026年）): the years a plan's
        #: 年均 goals average over
        self.title_span = next(
            (m.period for m in self.periods.find(meta.title or "", True) if m.period.kind == MULTI_YEAR),
            None,
        ) or five_year_plan_of_title(meta.title or "")
        years = _TITLE_YEAR.findall(meta.title or "")
        self.title_year = int(years[0]) if len(set(years)) == 1 and self.title_span is None else None
        # 2024年…统计公报, out in April 2025: its 全年 is 2024, however late it comes out (but not
        # the year of a plan's name the title quotes: 《…行动计划（2023—2025年）》执行情况评估报告)
        own_title = _QUOTED_TITLE.sub("", meta.title or "")
        own_years = set(_TITLE_YEAR.findall(own_title))
        if len(own_years) == 1 and self.reference is not None and not _ANY_RANGE.search(own_title):
            year = int(own_years.pop())
            self.periods.reported_year = year if year < self.reference.year else None

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
        return _blank(self.text, numbers), _blank(self.text, periods)

    def _touches_corruption(self, a: int, b: int) -> bool:
        return any(x < b and a < y for x, y in self.corrupted)

    # ------------------------------------------------------------------ walk
    def run(self) -> list[Figure]:
        paragraph = None
        for sentence in cl.sentences(self.text, self.corrupted):
            first = sentence.paragraph != paragraph
            if first:
                paragraph, self.paragraph_period, self.paragraph_horizon = sentence.paragraph, None, None
                self.paragraph_span = None
                self.paragraph_region, self.paragraph_figures = None, len(self.figures)
                self.paragraph_year = self.previous_reporting = None
                self.products = bool(_PRODUCT_BREAKDOWN.match(self.text, sentence.start))
                if not self.text.startswith(_GROWTH_OF_FIGURES_BEFORE, sentence.start):
                    self.previous_figures = []  # but a subtitle 增速高于全省… goes on from its headline
            if first:
                self._update_section_region(sentence)
            self._update_speaker(sentence)
            self._update_section_topic(sentence)
            self._update_plan_mode(sentence)
            # a sentence without a token yields no figure and changes no state, so its
            # clauses need not be walked; the updates around it still see every sentence
            if may_have_tokens(self.masked, self.text, sentence.start, sentence.end):
                self._sentence(sentence)
                self.previous_topic = (
                    "" if self.previous_figures else self.text[sentence.start : sentence.end]
                )
            else:
                self.previous_figures = []
                self.previous_topic = self.text[sentence.start : sentence.end]
            self.previous_reporting = None
            self._update_reporting_period(sentence)
            self._update_paragraph_period(sentence, first)
        self.figures.extend(self._table_figures())
        return self._emit()

    def _table_figures(self) -> list[Draft]:
        """The values of plain-text tables (see ``tables``).

        By year: a column tagged 基数 or 实际, or a year already over, holds outcomes; the
        others hold goals. By region: outcomes of the region each row names, for the
        period the caption states (表1 …（截至2024年10月底）); rows that name no region
        are left out, as no region could be told for them.
        """
        out: list[Draft] = []
        for cell in table_values(self.text):
            split = split_unit(cell.unit) if cell.unit else None
            if cell.kind == "product":
                # 集成电路 亿块 32.8 24.6: the product's output, and its growth
                name = strip_chars(cell.row_label)
                indicator = name if name.endswith("产量") else name + "产量"
            else:
                indicator = self._clean(cell.indicator)
            if split is None or not indicator:
                continue  # a number without a unit cannot be typed
            multiplier, unit = split
            measure = (
                "yoy_growth_pct"
                if cell.growth
                else _table_measure(indicator, unit.unit_class, unit.base_unit)
            )
            region = self.region
            if cell.kind == "product":
                status = "actual"
                mentions = self.periods.find(cell.caption, False)
                year = self.periods.summary_year()
                period = (
                    mentions[-1].period
                    if mentions
                    else Period.year(year)
                    if year is not None
                    else UNKNOWN_PERIOD
                )
            elif cell.year is None:
                named = region_of_item(strip_chars(cell.row_label))
                if named is None:
                    continue
                region, status = named, "actual"
                mentions = self.periods.find(cell.caption, False)
                period = mentions[-1].period if mentions else UNKNOWN_PERIOD
            else:
                status = _table_status(cell.tag, cell.year, self.reference)
                period = Period.year(cell.year)
                if measure == "avg_growth_pct" or (measure == "yoy_growth_pct" and "累计" in indicator):
                    # 年均增速 or 累计下降 in a plan's table: over the plan's years, reached or aimed at
                    period = self._averaged_span(period)
            token = Token(
                "quantity",
                cell.start,
                cell.start,
                cell.end,
                [abs(cell.value)],
                None,
                cell.unit,
                multiplier * unit.multiplier,
                unit.base_unit,
                unit.unit_class,
                cell.qualifier,
                rules=["table"],
            )
            sign = -1 if cell.value < 0 else 1
            fall = _FALL_IN_NAME.search(indicator) if measure == "yoy_growth_pct" else None
            if fall is not None:
                # 规上工业单位增加值能耗累计下降  %  —  13.5: a fall of 13.5%, of the energy use
                sign, indicator = -sign, indicator[: fall.start()]
            rules = ["table", f"table_{status}"]
            draft = Draft(
                indicator,
                measure,
                [abs(cell.value)],
                None,
                token,
                sign,
                status,
                region,
                None,
                period,
                cell.row_start,
                cell.row_end,
                rules,
                confidence=0.8,
            )
            out.append(draft)
        return out

    def _update_speaker(self, sentence: cl.Span) -> None:
        """A transcript's speaker label (``吴海峰（深圳市工业和信息化局副局长）：``,
        ``【发布人】即墨区委副书记、区长 王海燕：``, ``【孙建国】``) starts a turn; a city's or a
        district's official speaks for it (全市, 全区, 我们, unscoped figures) until the next
        label. Journalists and the host speak for no region of their own."""
        speaker = speaker_label(self.text, sentence.start, sentence.end)
        if speaker is None or not (speaker.host or speaker.name in self.speakers or speaker.introduced):
            return
        # a new turn is a new section: 下一步，我们将… in one answer plans nothing in the next
        self.plan_mode, self.plan_scope = self.work_plan, None
        self.periods.plan_year = None
        if speaker.role is not None and not speaker.host:
            self.speakers[speaker.name] = district_named_in(speaker.role) or city_named_in(speaker.role)
        self.region = (None if speaker.host else self.speakers.get(speaker.name)) or self.meta.region

    def _update_section_region(self, sentence: cl.Span) -> None:
        """A heading line that names a region (广东：总量领先　结构向新) makes the paragraphs under
        it speak for that region: their 全省 and their figures that name no region are its, as
        in a national paper's round-up of the provinces. A heading of the same shape that names
        none (川渝：西部高地) ends the section."""
        line_end = self.text.find("\n", sentence.start)
        heading = PLACE_HEADING.fullmatch(
            self.text, sentence.start, line_end if line_end >= 0 else len(self.text)
        )
        if heading is None:
            return
        name = heading.group(1)
        # 乐清：… where the text calls it 乐清市 elsewhere: a county-level city regions.csv lacks
        written = (name + suffix for suffix in ("市", "县", "区", "旗"))
        named = heading_place(name) or next((full for full in written if full in self.text), None)
        if named is None and not self.section_region:
            return
        self.section_region = named is not None
        self.region = named or self.meta.region
        self.province = _province_of_whole(self.region)

    def _below(self, region: str) -> bool:
        """A listed city or province within the document's region (not a district of a city's
        text: 柯桥区…。高新区… lists places one sentence each)."""
        if self.meta.region == "全国":
            return province_of(region) is not None
        return region != self.meta.region and province_of(region) == self.province == self.meta.region

    def _leading_region(self, pre: str) -> str | None:
        found = super()._leading_region(pre)
        if (
            found == UNNAMED_CITY
            and self.paragraph_region is not None
            and self.paragraph_region.endswith("市")
        ):
            return self.paragraph_region  # 全市 in a paragraph that opened on a city: that city
        if (
            self.region != self.meta.region
            and self.region.endswith(("区", "县"))
            and self.meta.region.endswith("市")
            and strip_chars(pre).startswith(("全市", "我市"))
        ):
            return self.meta.region  # 全市 in a district head's turn is the document's city
        return found

    def _update_paragraph_period(self, sentence: cl.Span, first: bool) -> None:
        """``2024年，全省…。全省…`` : a period that opens a sentence governs the paragraph's
        later sentences that name none (used only where no other period can be told).

        In a plan, such a paragraph is the review of a year already over (a work plan's
        ``2024年，全省…增长4.4%。全省新增…287家``): its figures are outcomes, not goals,
        unless its opening sentence sets goals (``2025年，《意见》出台，…力争新增…``).
        A period still ahead (``到2027年，…``) is instead the horizon of the paragraph's
        later goals, and the year that opens a paragraph (``first``) is remembered as the
        last resort for its outcomes.
        """
        body = self.period_text[sentence.start : sentence.end]
        lead = _OPENING_PHRASE.match(body)
        said = _ATTRIBUTION.match(body)  # 会议指出，2024年全省… : the period opens what was said
        if not lead and not said:
            return
        # the opening period lies within the opening phrase, or just after the attribution
        if not (lead and may_name_a_period(body, 0, lead.end())) and not (
            said and may_name_a_period(body, said.end(), said.end() + _OPENING_PERIOD_CHARS)
        ):
            return
        opening = [m.period for m in self._opening_mentions(body, lead, said, plan=True)]
        if first and opening and opening[0].kind == FULL_YEAR:
            self.paragraph_year = opening[0]
        if opening and self._ahead(opening[0]):
            self.paragraph_horizon = opening[0]
            return
        if self.plan_mode and (lexicon().plan_cue.search(body) or has_target_cue(body)):
            return
        found = self._opening_mentions(body, lead, said, plan=False)
        if not found:
            return
        period = found[0].period
        ended = period.end is not None and (self.reference is None or period.end < self.reference)
        # a month governs the paragraph only where it opens it (分产品看，10月份，…), not where a
        # later sentence turns to it (9月份当月，…)
        if (period.kind in (FULL_YEAR, YTD, QUARTER) or (period.relative == "month" and first)) and ended:
            self.paragraph_period = period
        elif period.kind == MULTI_YEAR and ended:
            self.paragraph_span = period

    def _opening_mentions(
        self, body: str, lead: re.Match[str] | None, said: re.Match[str] | None, plan: bool
    ) -> list[Mention]:
        """The period mentions that open ``body``: inside its opening phrase (``2024年，``), or
        right after an attribution (``会议指出，2024年…``)."""
        return [
            m
            for m in self.periods.find(body, plan)
            if (lead and m.pos < lead.end()) or (said and m.pos == said.end())
        ]

    def _ahead(self, period: Period) -> bool:
        """Whether ``period`` is a year or a span not yet over at the reference date."""
        return (
            period.kind in (FULL_YEAR, MULTI_YEAR, AS_OF)
            and period.end is not None
            and self.reference is not None
            and period.end > self.reference
            and not period.relative
        )

    def _update_reporting_period(self, sentence: cl.Span) -> None:
        """Remember the latest year-to-date (else quarter) a reporting sentence names.

        Plans (力争一季度…) and periods not yet over set no reporting period.
        """
        body = self.period_text[sentence.start : sentence.end]
        if self.plan_mode or not _SUB_YEAR_HINT.search(body):
            return
        if has_target_cue(body):
            return
        ended = [
            m.period
            for m in self.periods.find(body, False)
            if m.period.kind in (YTD, QUARTER)
            and m.period.end is not None
            and (self.reference is None or m.period.end < self.reference)
        ]
        if ended:
            # the period reported up to, not the last one named: 前三季度…比上半年加快, and
            # 分季度看…三季度增长7.7% break a year to date down, they do not replace it
            latest = max(period.end for period in ended if period.end is not None)
            at_latest = [period for period in ended if period.end == latest]
            chosen = next((period for period in at_latest if period.kind == YTD), at_latest[-1])
            current = self.reporting_period
            if (
                chosen.kind == QUARTER
                and current is not None
                and current.kind == YTD
                and current.end == latest
            ):
                return  # 三季度增速比二季度加快…, said after 前三季度: the quarter is a part of it
            self.reporting_period = self.previous_reporting = chosen

    def _update_section_topic(self, sentence: cl.Span) -> None:
        """一、专精特新中小企业：新认定1126家…: a numbered headline names what its section counts,
        the last resort for the subject of a figure that names none (太原市新认定298家)."""
        heading = _HEADING.match(self.text, sentence.start)
        if heading is None:
            return
        said = _HEADLINE_TOPIC.match(self.text, heading.end(), sentence.end)
        self.section_topic = self._clean(said.group(1)) if said is not None else ""
        if heading.group(1):  # a chapter (一、): a year its heading names is the chapter's
            years = set(_TITLE_YEAR.findall(self.text, heading.end(), sentence.end))
            single = len(years) == 1 and not YEAR_RANGE.search(self.text, heading.end(), sentence.end)
            self.section_year = Period.year(int(years.pop())) if single else None

    def _update_plan_mode(self, sentence: cl.Span) -> None:
        """A sentence about the reference year with a forward cue starts plan mode.

        (``2024年全省工作总的要求是…``, ``今年，将实施…``, ``下一步，…``.)  Both
        cues must stand in the same sentence so that a review section that
        mentions this year in passing (``今年初召开…``) is not taken for a plan.
        Plan mode lasts to the end of the section it began in: a numbered
        heading of the same or a higher level (``二、`` after ``一、…下一步，将…``)
        ends it, unless the heading itself opens a plan (``三、2024年工作安排``).
        """
        heading = _HEADING.match(self.text, sentence.start)
        level = next((i + 1 for i, g in enumerate(heading.groups()) if g), 0) if heading else 0
        if level:
            self.heading_level = level
            if self.plan_scope is not None and level <= self.plan_scope:
                self.plan_mode = self.work_plan
                self.plan_scope = None
                self.periods.plan_year = None
        if self.plan_mode or self.this_year is None:
            return
        body = self.period_text[sentence.start : sentence.end]
        if (
            self.this_year.search(body)
            and lexicon().plan_cue.search(body)
            and not _AGENDA.search(body)
            # 业内人士预计，今年全年…将突破220万辆: an estimate of this year, no plan for it
            and last_status_cue(body) != "estimate"
            # 西南财经大学一位教授认为，下一步要…: an expert's advice, no plan of the text's
            and not _OPINION.search(body)
        ):
            self.plan_mode = True
            # the plan covers the section it opens (heading) or stands in (innermost heading so far)
            self.plan_scope = level or self.heading_level or None
            assert self.reference is not None  # this_year is None without it
            year = self.reference.year
            if (
                self.reference.month >= _PLANS_NEXT_YEAR_FROM
                and f"{year + 1}年" in body
                and f"{year}年" not in body
            ):
                self.periods.plan_year = year + 1  # 三、2026年工作思路, in December

    def _sentence(self, sentence: cl.Span) -> None:
        text = self.text
        s_figs: list[Draft] = []
        mentions: dict[bool, list[Mention]] = {}  # filled lazily: most sentences have no figure
        region = self.paragraph_region or self.region
        groups: list[list[Draft]] = []
        numberless: list[cl.Span] = []  # clauses without a number since the last figure
        # 其中… lists parts of the figures before; 增速高于全省… (a subtitle under its headline)
        # speaks of their growth: both take their subject from the sentence before
        opens_on_before = text.startswith(_OPENS_ON_FIGURES_BEFORE, sentence.start)
        among = self.previous_figures if opens_on_before else []
        # …规模以上工业增加值均实现正增长。其中，长丰县增长21.3%: the growth the sentence before
        # spoke of without a number
        topic = lexicon().catalogue_growth.search(self.previous_topic) if opens_on_before else None
        self.growth_before = topic.group() if topic is not None else ""
        for clause in cl.clauses(text, sentence):
            tokens = find_tokens(self.masked, text, clause.start, clause.end)
            if not tokens:
                numberless.append(clause)  # its region is read only if a figure follows
                groups.append([])
                continue
            if self._starts_list_item(sentence, clause):
                region = self.region  # 目标是：…长春市…55%；汽车产业投资增长10%: items stand alone
            for before in numberless:
                region = self._clause_region(text[before.start : before.end]) or region
            numberless = []
            clause_region = self._leading_region(text[clause.start : tokens[0].start])
            if clause_region:
                region = clause_region
                if not s_figs and len(self.figures) == self.paragraph_figures and self._below(clause_region):
                    # 佛山展现出较强的韧性。前三季度，佛山规上工业…。家电…分别增长…: a paragraph of a
                    # province's (or the country's) text whose first figure is a city's speaks of it
                    self.paragraph_region = clause_region
            bounds = self._bounds(tokens, clause)
            clause_figs: list[Draft] = []
            prev_clause_figs = [f for f in s_figs if f.quote_start < clause.start]
            prev_groups = list(groups)
            groups.append(clause_figs)
            skip = self._count_thresholds(tokens, bounds)
            spread_periods: dict[int, Period] = {}
            spread = "分别" in text[clause.start : clause.end]
            opening_periods, periods_start = self._opening_periods(sentence, clause) if spread else ([], 0)
            respective = self._respectively(tokens, sentence, clause, s_figs, opening_periods, spread_periods)
            from_to = self._from_to(tokens, clause, s_figs)
            respective.update(from_to)
            carry: int | None = None
            thresholds = {
                i
                for i, tok in enumerate(tokens)
                if self._is_threshold(
                    tok, text[tok.end : clause.end], tokens[i + 1] if i + 1 < len(tokens) else None
                )
            }
            for i, tok in enumerate(tokens):
                pre_start = bounds[i][0] if carry is None else carry
                pre = text[pre_start : tok.start]
                # 培育10户以上营业收入超10亿元的零部件骨干企业: the noun after a count runs on
                # through the size classes inside it
                after = i + 1
                while after in thresholds:
                    after += 1
                post = text[tok.end : bounds[after - 1][1]]
                if i in skip:
                    continue
                if i in thresholds:
                    carry = pre_start
                    continue
                carry = None
                override = respective.get(i, ("", None))
                if override is None:
                    continue
                level = override[0] != "" and i in from_to
                if override[0] and not level:
                    pre = text[clause.start : tok.start]
                ctx = Context(
                    sentence,
                    clause,
                    pre_start,
                    pre,
                    post,
                    self._aside_region(pre) or region,
                    s_figs,
                    clause_figs,
                    prev_clause_figs,
                    mentions,
                    prev_groups,
                    level,
                    among=among,
                )
                made = [each for d in self._token_figures(tok, ctx) for each in self._each_item(d, pre)]
                if not made and "chinese_numeral" in tok.rules:
                    carry = pre_start  # 财政八项支出: the numeral belongs to the next figure's noun
                if override[0]:
                    for d in made:
                        d.indicator = override[0]
                        d.region = override[1] or d.region
                        d.rules.append("from_to" if level else "respectively")
                        earlier = level and i + 1 in from_to and i - 1 not in from_to
                        if earlier and _FROM_SAME_PERIOD_LAST_YEAR.search(text, clause.start, tok.start):
                            d.period = years_shifted(d.period, -1)  # 由上年同期的X…: the months a year before
                        elif earlier and not any(r == "period_mention" for r in d.rules):
                            d.period = UNKNOWN_PERIOD  # 由X…: X is of an earlier, unnamed period
                        if level and i - 1 in from_to and i > 0:
                            self._later_level_period(d, tok, tokens[i - 1], ctx)
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
                clause_figs.extend(made)
                s_figs.extend(made)
        self.figures.extend(s_figs)
        self.previous_figures = s_figs

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

    def _each_item(self, d: Draft, pre: str) -> list[Draft]:
        """工业投资、技改投资均增长10%以上: 均 gives the one value to every item of the list."""
        if "、" not in d.indicator or not _EACH_BEFORE_VERB.search(pre):
            return [d]
        items = [x for x in d.indicator.split("、") if x]
        named = self._distribute_head(items) if len(items) >= 2 else []
        if not named or not all(name for name, _ in named):
            return [d]  # 济南、青岛均增长6%: regions without a subject are left as they were
        return [
            replace(d, indicator=name, region=region or d.region, rules=[*d.rules, "each_item"])
            for name, region in named
        ]

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

    def _count_thresholds(self, tokens: list[Token], bounds: list[tuple[int, int]]) -> set[int]:
        """``5个市GDP超过5000亿元``: a count of things above a threshold is no pair of figures."""
        out: set[int] = set()
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
                out.update((i, i + 1))
        return out

    def _aside_region(self, pre: str) -> str | None:
        """``…高于全国2.4个百分点（同期全国规上工业增加值增长5.8%）``: a region that opens an
        aside in parentheses is the region of the figure in it, and of nothing after it."""
        opened = max(pre.rfind("（"), pre.rfind("("))
        if opened < 0 or ")" in pre[opened:] or "）" in pre[opened:]:
            return None
        return self._leading_region(pre[opened + 1 :])

    def _starts_list_item(self, sentence: cl.Span, clause: cl.Span) -> bool:
        """Whether ``clause`` opens an item of a list announced by a colon (…目标是：A；B；C)."""
        before = self.text[sentence.start : clause.start].rstrip()
        return before.endswith(("；", ";")) and ("：" in before or ":" in before)

    def _listed_regions(self, subject: str) -> tuple[list[str], str] | None:
        """``北仑区、鄞州区、慈溪市规上工业增加值``: the regions listed and the noun after the last."""
        raw = [strip_chars(periods_free(x)) for x in list_items(subject)]
        if len(raw) < 2:
            return None
        # 推动顺德区、南海区…: the first item may follow the clause's verb
        regions = [
            next((r for k in range(len(x)) if (r := region_of_item(x[k:])) is not None), None)
            if i == 0
            else region_of_item(x)
            for i, x in enumerate(raw[:-1])
        ]
        last = self._leading_region(raw[-1])
        noun = self._clean(raw[-1])
        if last is None:
            # the document's own region, which _leading_region does not report (重庆规模以上…)
            cut = next((k for k in range(len(raw[-1]) - 1, 1, -1) if region_by_short(raw[-1][:k])), 0)
            last = region_by_short(raw[-1][:cut]) if cut else None
            noun = self._clean(raw[-1][cut:]) if REGIONAL_SUBJECT.match(raw[-1], cut) else ""
        if last is None or not noun or not all(regions) or region_of_item(noun) is not None:
            return None  # 九江市、上饶市分别增长…: no noun after the last region, which is no indicator
        return [r for r in regions if r] + [last], noun

    def _opening_periods(self, sentence: cl.Span, clause: cl.Span) -> tuple[list[Period], int]:
        """``一季度、上半年，…``: the periods listed alone before the clause, in order, and
        where their list starts."""
        before = self.period_text[sentence.start : clause.start].rstrip("，, ")
        opening = re.split(r"[，,：:]", before)[-1]  # 负责人介绍，一季度、上半年，…: the last clause
        start = sentence.start + len(before) - len(opening)
        return self._periods_alone(opening), start

    def _periods_alone(self, listed: str) -> list[Period]:
        """The periods of a list that names nothing else (一季度、上半年、前三季度), else []."""
        found: list[Period] = []
        for item in list_items(listed) if listed else ():
            if strip_chars(periods_free(item)):
                return []  # not a period alone
            mentions = self.periods.find(item, False)
            if len(mentions) != 1:
                return []
            found.append(mentions[0].period)
        return found

    def _respectively(
        self,
        tokens: list[Token],
        sentence: cl.Span,
        clause: cl.Span,
        s_figs: list[Draft],
        opening_periods: list[Period],
        spread_periods: dict[int, Period],
    ) -> dict[int, tuple[str, str | None] | None]:
        """分别: the values after it go, in order, to the items named before it.

        Returns the indicator for each token governed by 分别; ``None`` marks a
        token whose item cannot be told, which is then dropped rather than
        given a wrong indicator. Where one subject follows a list of periods
        (``一季度、上半年，…分别…``), ``spread_periods`` gets each token's period.
        """
        text = self.text
        first = tokens[0].start
        pos = text.find("分别", clause.start, first if tokens else clause.end)
        if pos < 0:
            for tok in tokens:
                p = text.find("分别", clause.start, tok.start)
                if p >= 0:
                    pos = p
                    break
        if pos < 0:
            return {}
        governed = [
            i for i, t in enumerate(tokens) if t.start > pos and t.kind != "rank" and t.base_unit != "百分点"
        ]
        if len(governed) < 2:
            return {}  # one value (or percentage points, handled by _pp) needs no distribution
        prev = [t for t in tokens if t.end <= pos]
        subject_start = prev[-1].end if prev else clause.start
        subject = text[subject_start:pos]
        out: dict[int, tuple[str, str | None] | None] = {}
        regions = self._listed_regions(subject)
        if regions is not None and len(regions[0]) == len(governed):
            # 北仑区、鄞州区、慈溪市规上工业增加值分别…: the regions share the last one's noun
            for i, listed in zip(governed, regions[0], strict=True):
                out[i] = (regions[1], listed)
            return out
        items = [self._clean(x) for x in list_items(subject)]
        items = [x for x in items if x]
        if not prev and len(items) < len(governed):
            # 计算机、通信和其他电子设备制造业，汽车制造业，电气机械…增加值分别…: items in clauses
            # of their own, back to the sentence's start or its last figure
            start = max([sentence.start, *(f.token.end for f in s_figs)])
            wide = [self._clean(x) for x in list_items(text[start:pos], commas=True)]
            wide = wide[next((i for i, x in enumerate(wide) if x), len(wide)) :]  # 1—10月，… goes
            if len(wide) == len(governed) and all(wide):  # every part an item, none a time or cue
                items = wide
        if len(items) == 1 and len(opening_periods) == len(governed):
            # 一季度、上半年，全市规上工业增加值分别增长7.1%和8.2%: one subject over the periods
            for i, period in zip(governed, opening_periods, strict=True):
                out[i] = (items[0], None)
                spread_periods[i] = period
            return out
        if len(items) >= 2 and len(items) == len(governed):
            subjects = [f.indicator for f in s_figs if f.measure != "rank"]
            if not subjects and all(tokens[i].base_unit == "%" for i in governed):
                # 分地区看，烟台、潍坊…四市分别增长…: the growth reported in the sentence before
                subjects = [f.indicator for f in self.previous_figures if f.measure == "yoy_growth_pct"]
            for i, (name, region) in zip(governed, self._distribute_head(items), strict=True):
                if region and not name:
                    # 济南、青岛分别增长5.1%、6.2%: regions share the indicator named before
                    out[i] = (subjects[-1], region) if subjects else None
                else:
                    out[i] = (name, region)
            return out
        listed_periods = self._periods_alone(self.period_text[subject_start:pos]) if not items else []
        if len(listed_periods) == len(governed):
            # 从走势看，一季度、上半年、前三季度分别增长6.8%、7.1%和7.3%: the growth before, by period
            before = [f for f in [*self.previous_figures, *s_figs] if f.measure == "yoy_growth_pct"]
            if before and all(tokens[i].base_unit == "%" for i in governed):
                for i, period in zip(governed, listed_periods, strict=True):
                    out[i] = (before[-1].indicator, None)
                    spread_periods[i] = period
                return out
        if not items:
            prior: list[str] = []
            for f in s_figs:
                if f.measure != "rank" and f.indicator not in prior:
                    prior.append(f.indicator)
            if len(prior) >= len(governed):
                for i, name in zip(governed, prior[-len(governed) :], strict=True):
                    out[i] = (name, None)
                return out
        return dict.fromkeys(governed)

    def _from_to(
        self, tokens: list[Token], clause: cl.Span, s_figs: list[Draft]
    ) -> dict[int, tuple[str, str | None] | None]:
        """由X提升至Y: two levels of one indicator, the earlier and the later one."""
        out: dict[int, tuple[str, str | None] | None] = {}
        for i in range(len(tokens) - 1):
            a, b = tokens[i], tokens[i + 1]
            if a.kind != "quantity" or b.kind != "quantity" or a.base_unit != b.base_unit:
                continue
            before = self.text[clause.start : a.start]
            start = _FROM.search(before)
            if start is None or not _TO.match(self.text[a.end : b.start]):
                continue
            indicator = self._clean(before[: start.start()])
            subjects = [f.indicator for f in s_figs if f.measure != "rank"]
            if not indicator:
                indicator = subjects[-1] if subjects else ""
            elif subjects and (share := share_of_subject(indicator, subjects[-1])) is not None:
                indicator = share  # …增长12.6%，占规上工业的比重由…: its share
            if indicator:
                out[i] = out[i + 1] = (indicator, None)
        return out

    def _distribute_head(self, items: list[str]) -> list[tuple[str, str | None]]:
        """``济南、青岛、烟台三市GDP`` → (GDP, 济南市) …; ``A、B、C“新三样”出口`` → A出口 …

        The head noun after a collective marker on the last item belongs to
        every item; items that are region names become the figure's region.
        """
        items = _expand_ordinal_items(items)
        m = _COLLECTIVE.match(items[-1])
        head = ""
        lengths = {len(x) for x in items[:-1]}
        if m and (m.group("head") or region_by_short(m.group("item"))):
            items = [*items[:-1], m.group("item")]  # 烟台、潍坊、济宁、青岛四市: the marker goes
            head = m.group("head")
        elif (
            len(lengths) == 1
            and (n := lengths.pop()) <= 3
            and len(items[-1]) > n + 1
            # 纺织业、通用设备制造业: industries, complete nouns, not modifiers of one head
            and not any(x.endswith("业") for x in items)
        ):
            # 城镇、农村居民人均可支配收入: the short items share the long item's head
            head = items[-1][n:]
            items = [*items[:-1], items[-1][:n]]
        elif (shared := _INDUSTRY_HEAD.search(items[-1])) and not any(
            _INDUSTRY_HEAD.search(x) or lexicon().flow_nouns.search(x) for x in items[:-1]
        ):
            # 电子信息、有色金属产业营业收入: the bare items share the last one's 产业… head
            head = items[-1][shared.start() :]
            items = [*items[:-1], items[-1][: shared.start()]]
        attributes = lexicon().attributes
        first_attribute = next(
            (a for a in attributes if items[0].endswith(a) and len(items[0]) > len(a)), None
        )
        if first_attribute and not head and all(x in attributes for x in items[1:]):
            # 新能源汽车产量、销量分别…: the later attributes are of the first item's subject
            subject = items[0][: -len(first_attribute)]
            items = [items[0], *(subject + x for x in items[1:])]
        out: list[tuple[str, str | None]] = []
        for item in items:
            region = region_of_item(item)
            if region:
                out.append((head, region))
            else:
                out.append((item + head, None))
        return out

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
            starts.append(a.end + cut)
        ends.append(clause.end)
        return list(zip(starts, ends, strict=True))

    def _is_threshold(self, tok: Token, post: str, nxt: Token | None) -> bool:
        """``投资500万元以上技改项目1.2万个``, ``超百亿元企业175家``: a size class inside a
        noun phrase, no figure."""
        if tok.kind not in ("quantity", "implied") or tok.unit_class in ("count", "percent", "pp", "rank"):
            return False
        raw_after = self.text[tok.num_start : tok.end]
        if _BOUND_WORD_END.search(raw_after) and _HAN.match(post):
            return True
        # 营业收入超10亿元的零部件骨干企业: a bound before the number, the class as an attribute
        if tok.qualifier == "at_least" and tok.start < tok.num_start and _SIZE_CLASS_OF.match(post):
            return True
        # 过10亿元项目110个: a size class right before the noun whose count follows
        return (
            nxt is not None
            and nxt.unit_class == "count"
            and bool(_NOUN_AFTER.match(post))
            and not _NOT_A_NOUN_AFTER.match(post)
        )

    # ------------------------------------------------------------------ one token
    def _token_figures(self, tok: Token, ctx: Context) -> list[Draft]:
        if _CONDITIONAL.search(self.text, ctx.clause.start, tok.start):
            return []
        if tok.kind == "rank":
            return self._rank(tok, ctx)
        if tok.base_unit == "百分点":
            return self._pp(tok, ctx)
        if tok.base_unit == "%" or tok.kind == "doubling":
            return self._percent(tok, ctx)
        return self._amount(tok, ctx)

    def _doubling_stated(self, tok: Token, ctx: Context) -> bool:
        """翻一番 without a growth word is a figure where it is said to be done (实现翻番,
        翻了一番) or set as a goal (力争…翻一番); 推动产业规模翻番 is an aim without either."""
        said = self.text[tok.start : tok.end]
        return "了" in said or ctx.pre.rstrip(" *").endswith("实现") or self._status(tok, ctx)[0] == "target"

    def _percent(self, tok: Token, ctx: Context) -> list[Draft]:
        lex = lexicon()
        pre = ctx.pre
        best: tuple[int, str, int, int] | None = None  # (end, measure, sign, cue_start)
        for role in ("growth", "share"):
            for pattern, sign in lex.measure_cues.get(role, ()):
                for m in pattern.finditer(pre):
                    measure = "yoy_growth_pct" if role == "growth" else "share_pct"
                    key = (m.end(), 1 if role == "growth" else 0)
                    if best is None or key > (best[0], 1 if best[1] == "yoy_growth_pct" else 0):
                        best = (m.end(), measure, sign, m.start())
        post = ctx.post
        rules = list(tok.rules)
        outcome_before = next(
            (f for f in reversed(ctx.sentence_figs) if f.measure in _PERCENT_MEASURES), None
        )
        if best is not None and best[1] == "yoy_growth_pct" and _MONTH_ON_MONTH_END.search(pre[: best[3]]):
            return []  # month-on-month change: no measure for it
        if (
            tok.kind in ("fraction", "tenths")
            and best is not None
            and best[1] == "yoy_growth_pct"
            and _QUALIFIED_TAIL.fullmatch(pre[best[0] :])
        ):  # 增长逾三成: a growth rate written in tenths, the verb right before the number
            measure, sign, cut = "yoy_growth_pct", best[2], best[3]
        elif completion := _COMPLETION.search(self.text[ctx.clause.start : tok.start]):
            return self._completion(tok, ctx, completion, rules)
        elif tok.kind in ("fraction", "tenths"):
            measure, sign, cut = "share_pct", 1, len(pre)
            if best and best[1] == "share_pct":
                cut = best[0]
        elif tok.kind == "doubling" or tok.unit == "倍":
            if tok.kind != "doubling" and (best is None or best[1] != "yoy_growth_pct"):
                return []  # 增长1.2倍 needs its growth word
            if best is None and not self._doubling_stated(tok, ctx):
                return []
            measure, sign, cut = "yoy_growth_pct", 1, best[3] if best else len(pre)
        elif outcome_before is not None and GOAL_AFTER.match(post) and best is None:
            measure, sign, cut = outcome_before.measure, outcome_before.sign, len(pre)  # …55%的目标
        elif _OF_AFTER.match(post) and (best is None or best[0] < len(pre.rstrip(" *")) - 4):
            indicator = self._clean(post.lstrip(" *的"), post=True)
            if not indicator:
                return []
            return [self._draft(tok, ctx, indicator, "share_pct", 1, [*rules, "share_of_following_noun"])]
        elif ctx.level:
            measure, sign, cut = "share_pct", 1, len(pre)
            rules.append("from_to")
        elif best is None:
            outcome = outcome_before
            if _GROWTH_AFTER.match(post):
                measure, sign, cut = "yoy_growth_pct", 1, len(pre)
                rules.append("growth_after_number")
            elif outcome is not None and self._goal_in_parentheses(tok, ctx):
                # 增长8.5%，完成年度目标（7.5%）: the goal is said in the outcome's measure
                measure, sign, cut = outcome.measure, outcome.sign, len(pre)
            elif outcome is not None and self._restates_subject(pre):
                measure, sign, cut = outcome.measure, outcome.sign, len(pre)
                rules.append("elliptic_level")
            else:
                return []
        else:
            measure, sign = best[1], best[2]
            cut = best[3] if measure == "yoy_growth_pct" else best[0]
        if measure == "yoy_growth_pct":
            for pattern, _ in lex.measure_cues.get("growth_prefix", ()):
                if pattern.search(pre):
                    measure = "avg_growth_pct"
                    cut = min(cut, pattern.search(pre).start())  # type: ignore[union-attr]
        rules.append(measure)
        indicator_text = pre[:cut] if measure != "share_pct" else pre
        indicator = self._clean(indicator_text, share=measure == "share_pct", growth=measure != "share_pct")
        indicator = self._complete(indicator, ctx)
        if not indicator:
            return []
        d = self._draft(tok, ctx, indicator, measure, sign, rules)
        span = _YEARS_AVERAGE.search(pre)
        if measure == "avg_growth_pct" and span and d.period.end is not None and d.period.kind == FULL_YEAR:
            # 两年平均增长: the average over the years that end with the figure's year (a
            # year-to-date's two-year average keeps its months: it is no average of whole years)
            years = parse_number(span.group(1)) or 1
            last = d.period.end.year
            d.period = Period(date(last - int(years) + 1, 1, 1), date(last, 12, 31), MULTI_YEAR)
        return [d]

    def _ended(self, period: Period) -> bool:
        """Whether ``period`` was over by the reference date."""
        return period.end is not None and self.reference is not None and period.end <= self.reference

    def _completion(
        self, tok: Token, ctx: Context, completion: re.Match[str], rules: list[str]
    ) -> list[Draft]:
        """完成全年目标的48.5%, 完成2025年目标（2000亿元）的61.8%, 《规划》6000家目标完成率达85.4%:
        how much of a goal the outcome just told has reached, over the outcome's period."""
        told = [
            f
            for f in ctx.sentence_figs
            if f.status == "actual"
            and f.measure != "rank"
            and not {"period_comparison_base", "net_change_of_stock"} & set(f.rules)
        ]
        # the level reached (1236.5亿元) rather than the growth that took it there (年均增长15.0%)
        reached = next((f for f in reversed(told) if f.measure in ("amount", "share_pct")), None)
        reached = reached or (told[-1] if told else None)
        if reached is not None:
            ctx.inherited = reached
            return [self._completion_rate(tok, ctx, reached.indicator, reached.period, rules)]
        # 数字经济增加值已完成2025年目标值的82.9%: the subject stands before 完成, and the
        # rate is of the time the outcome is told for (截至2023年底), not the goal's year
        subject = self._clean(self.text[ctx.clause.start : ctx.clause.start + completion.start()])
        said = ctx.clause.start + completion.start() - ctx.sentence.start
        ended = [m.period for m in self._mentions(ctx, False) if m.pos < said and self._ended(m.period)]
        if not subject:
            return []
        return [self._completion_rate(tok, ctx, subject, ended[-1] if ended else None, rules)]

    def _completion_rate(
        self, tok: Token, ctx: Context, subject: str, period: Period | None, rules: list[str]
    ) -> Draft:
        """完成率94.0%: the share of the subject's goal reached, an outcome (of ``period``)."""
        d = self._draft(tok, ctx, subject + "目标完成率", "share_pct", 1, [*rules, "completion_rate"])
        d.status = "actual"
        if period is not None:
            d.period = period
        return d

    @staticmethod
    def _restates_subject(pre: str) -> bool:
        """``2023年为27.4%``: a time of its own and a copula, so the number is the sentence
        subject's, for another period."""
        bare = strip_chars(periods_free(DOCUMENT_REFERENCE.sub("", pre)))
        return bare != strip_chars(pre) and _ELLIPTIC_LEVEL.fullmatch(bare) is not None

    def _pp(self, tok: Token, ctx: Context) -> list[Draft]:
        lex = lexicon()
        pre = ctx.pre
        gap = self._gap_to_goal(tok, ctx)
        if gap is not None:
            return gap
        if _CONTRIBUTION.search(pre):
            return []  # 拉动全省工业增长1.2个百分点: a contribution, which no measure describes
        best: tuple[int, str, int, int] | None = None
        for role in ("pp_diff", "pp_change"):
            for pattern, sign in lex.measure_cues.get(role, ()):
                for m in pattern.finditer(pre):
                    if best is None or m.end() > best[0]:
                        best = (m.end(), role, sign, m.start())
        compare = _COMPARE.search(pre)
        benchmark = None
        if compare is not None:
            base = strip_chars(compare.group("bm"))
            sign = -1 if compare.group("dir") in ("低", "慢", "少") else 1
            measure = "pp_change" if _PAST_BASE.match(base) else "pp_diff"
            subject = pre[: compare.start()]
            if measure == "pp_diff":
                benchmark = self._benchmark(base)
        elif best is None:
            return self._gap_to_next_benchmark(tok, ctx)
        else:
            _, measure, sign, cue_start = best
            subject = _COMPARISON_TAIL.sub("", pre[:cue_start])
            if measure == "pp_diff":
                benchmark = self._benchmark(pre[best[0] :])
        if measure == "pp_change" and _DECLINE_WORD.search(subject):
            sign = -sign  # 降幅收窄3个百分点: the growth rate rose by 3 points
        respectively = "分别" in subject
        subject = subject.replace("分别", "")
        rules = [*tok.rules, measure]
        values = tok.values
        regions: list[str] = []
        items = [self._clean(x) for x in list_items(subject)] if respectively else []
        items = [x for x in items if x]
        if (
            measure == "pp_diff"
            and best is not None
            and compare is None
            and len(values) > 1
            and len(items) < 2
        ):
            gaps = self._gaps_to_listed_benchmarks(tok, ctx, pre[best[0] :], sign, rules)
            if gaps:
                return gaps
        if respectively and len(items) >= 2:
            targets = items
            rules.append("respectively_items")
        elif respectively or len(values) > 1:
            prior = [
                f for f in ctx.sentence_figs if f.measure in ("yoy_growth_pct", "share_pct", "avg_growth_pct")
            ]
            n = len(values) if len(values) > 1 else len(ctx.prev_clause_figs) or 1
            targets = [f.indicator for f in prior[-n:]]
            # 四川、重庆…分别增长6.8%和7.4%，分别高于全国0.4个和1.0个百分点: each gap is its region's
            regions = [f.region for f in prior[-n:]]
            rules.append("respectively_figures")
        else:
            # 增速快于全国…个百分点: the gap is of the growth of the indicator, named without 增速
            indicator = self._complete(self._clean(subject, growth=measure == "pp_diff"), ctx)
            targets = [indicator] if indicator else []
        if not targets:
            return []
        if len(values) == 1:
            values = values * len(targets)
        if len(values) != len(targets):
            return []
        out = []
        for i, (indicator, value) in enumerate(zip(targets, values, strict=True)):
            d = self._draft(tok, ctx, indicator, measure, sign, rules, benchmark=benchmark)
            d.values = [value]
            if len(regions) == len(targets):
                d.region = regions[i]
            out.append(d)
        return out

    def _gap_to_goal(self, tok: Token, ctx: Context) -> list[Draft] | None:
        """高于《规划》确定的年均增长7.5%的目标0.7个百分点, 低于《规划》目标（35%）7.4个百分点:
        the outcome's gap to the goal just named; None where the number follows no goal."""
        goal = ctx.clause_figs[-1] if ctx.clause_figs else None
        if goal is None or goal.status != "target" or not _GOAL_BEFORE_GAP.fullmatch(ctx.pre):
            return None
        outcome = next(
            (
                f
                for f in reversed(ctx.sentence_figs)
                if f.status == "actual" and f.indicator == goal.indicator and f.measure != "rank"
            ),
            None,
        )
        before = self.text[ctx.clause.start : goal.token.start]
        cues = [
            (m.start(), sign)
            for pattern, sign in lexicon().measure_cues.get("pp_diff", ())
            for m in pattern.finditer(before)
        ]
        if outcome is None or not cues:
            return None
        sign = max(cues)[1]
        benchmark = "规划目标" if "规划" in before else "目标"
        d = self._draft(
            tok, ctx, goal.indicator, "pp_diff", sign, [*tok.rules, "pp_diff", "gap_to_goal"], benchmark
        )
        d.status, d.period = "actual", outcome.period
        d.quote_start = min(d.quote_start, goal.quote_start)
        return [d]

    def _gap_to_next_benchmark(self, tok: Token, ctx: Context) -> list[Draft]:
        """高于全国2.4个百分点、全省0.6个百分点: a further gap of the same figure, to the next benchmark."""
        before = ctx.clause_figs[-1] if ctx.clause_figs else None
        listed = ctx.pre.strip(" *")
        if before is None or before.measure != "pp_diff" or not listed.startswith("、") or len(listed) > 9:
            return []  # (a longer text is no bare benchmark name)
        benchmark = self._benchmark(listed.lstrip("、"))
        if benchmark is None or benchmark == before.benchmark:
            return []
        rules = [*tok.rules, "pp_diff", "benchmark_listed"]
        return [self._draft(tok, ctx, before.indicator, "pp_diff", before.sign, rules, benchmark=benchmark)]

    def _gaps_to_listed_benchmarks(
        self, tok: Token, ctx: Context, listed: str, sign: int, rules: list[str]
    ) -> list[Draft]:
        """分别高于全国、全省2.3个和0.6个百分点: one figure's gap to each benchmark in turn."""
        benchmarks = [self._benchmark(x) for x in list_items(listed)]
        subject = next((f for f in reversed(ctx.sentence_figs) if f.measure != "rank"), None)
        if subject is None or len(benchmarks) != len(tok.values) or not all(benchmarks):
            return []
        out = []
        for benchmark, value in zip(benchmarks, tok.values, strict=True):
            d = self._draft(
                tok, ctx, subject.indicator, "pp_diff", sign, [*rules, "respectively_benchmarks"], benchmark
            )
            d.values = [value]
            out.append(d)
        return out

    def _amount(self, tok: Token, ctx: Context) -> list[Draft]:
        lex = lexicon()
        if tok.unit_class == "money" and _SUBSIDY_BEFORE.search(ctx.pre):
            return []  # 给予最高500万元奖励: a subsidy standard of a policy, not a figure
        if not ctx.level and _CHANGE_BEFORE.search(ctx.pre) and not lex.flow_cue.search(ctx.pre[-4:]):
            # 比上年增加8.9亿斤: an absolute change, not a level (no measure for it); but the
            # change of a stock since a year's end is the net number added since
            return self._net_change_of_stock(tok, ctx)
        if tok.unit_class == "count" and (
            _AMONG_END.search(ctx.post) or _AMONG_AFTER.match(self.text, tok.end, ctx.clause.end)
        ):
            return []  # (全省)41个工业大类行业中，…: the population a count is taken from, not a figure
        rules = [*tok.rules, "amount"]
        pre_core = self._clean(ctx.pre)
        post_core = self._clean(_LEADING_OF.sub("", ctx.post), post=True)
        raw_pre = ctx.pre.rstrip(" *\t")
        cue = lex.qualifier_cue_before.suffix(raw_pre)
        if cue is not None:
            raw_pre = raw_pre[: -len(cue)].rstrip(" *")
        verb = lex.verb.suffix(raw_pre)
        ends_with_verb = raw_pre.endswith("的") or verb is not None
        # 财政八项支出: a numeral inside a name, not a count. It counts after a verb, a word
        # that leads to a number (总数达到三百一十二家) or where it closes the clause (新增…企业五十八家，)
        counted = ends_with_verb or lex.tail.suffix(raw_pre) is not None or (bool(pre_core) and not post_core)
        if "chinese_numeral" in tok.rules and not (counted or raw_pre.endswith(("有", "建成"))):
            return []
        if pre_core and post_core and not ends_with_verb:
            pre_core = self._complete(pre_core, ctx)
        if not post_core:
            indicator = pre_core
        elif not pre_core or ends_with_verb:
            indicator = _done_by_counted(post_core)
            rules.append("noun_after_number")
            if indicator in lex.generic and verb:
                indicator = verb + indicator  # 表彰55家企业: without the verb only 企业 is left
        else:
            indicator = pre_core + post_core
            rules.append("noun_around_number")
        resolved = self._resolve_ellipsis(indicator, ctx)
        if resolved != indicator:
            indicator = resolved
            rules.append("ellipsis_head")
        if indicator in lex.modifiers:
            prev = ctx.clause_figs[-1] if ctx.clause_figs else None
            if prev is None:
                return []
            head = prev.indicator
            for mod in lex.modifiers:
                if head.startswith(mod):
                    head = head[len(mod) :]
                    break
            indicator = indicator + head
            rules.append("borrowed_head")
        indicator = self._complete(indicator, ctx)
        if not indicator or (BARE_MONEY in tok.rules and not lex.money_nouns.search(indicator)):
            return []  # (1000亿 without 元 is money only where the indicator says so)
        if (
            self.products
            and tok.unit_class not in ("money", "percent")
            and tok.base_unit not in _KINDS
            and not _MEASURED_NOUN_END.search(indicator)
            and "产量" not in indicator
        ):
            indicator += "产量"  # 分产品看，…钢材11860万吨 is the output of 钢材
        d = self._draft(tok, ctx, indicator, "amount", 1, rules)
        return [d]

    def _net_change_of_stock(self, tok: Token, ctx: Context) -> list[Draft]:
        """截至9月底，5G基站总数达470.5万个，比上年末净增45.4万个: the stock's net increase
        from the base's year-end to the stock's date (较2020年末的4318家净增808家: 2021 on)."""
        since = _SINCE_YEAR_END.search(self.text, ctx.clause.start, tok.start)
        stocks = [
            f for f in ctx.sentence_figs if f.stock and f.measure == "amount" and f.period.kind == AS_OF
        ]
        if since is None or not stocks:
            return []
        stock = max(stocks, key=lambda f: f.period.end or date.min)
        end = stock.period.end
        assert end is not None
        first = int(since.group("y")) + 1 if since.group("y") else end.year
        if first > end.year:
            return []
        start = date(first, 1, 1)
        kind = MULTI_YEAR if first < end.year else FULL_YEAR if (end.month, end.day) == (12, 31) else YTD
        sign = -1 if since.group("verb") in ("净减", "减少") else 1
        ctx.inherited = stock  # the quote reaches back to the stock that names the indicator
        name = stock.indicator
        counted = next((name[: -len(w)] for w in _STOCK_SUFFIX if name.endswith(w)), name)
        indicator = "净增" + counted  # 5G基站总数 → 净增5G基站
        d = self._draft(tok, ctx, indicator, "amount", sign, [*tok.rules, "net_change_of_stock"])
        d.period, d.stock = Period(start, end, kind), False
        d.rules[-1] = "period_since_year_end"
        return [d]

    def _respective_rank(self, tok: Token, ctx: Context, benchmark: str | None) -> list[Draft] | None:
        """偃师区、孟津区…分别增长11.6%、10.3%，分列全市第1、2位: the places listed go, in
        order, to the figures listed before; None where the rank is no such place."""
        placed = [f for f in ctx.clause_figs if f.measure == "rank"]
        if "rank_listed" in tok.rules:
            if not placed or "rank_respectively" not in placed[-1].rules:
                return None
        elif not _RESPECTIVELY_END.search(ctx.pre):
            return None
        referents = ctx.listed_before()
        if len(placed) >= len(referents):
            return []  # more places than figures: which is whose cannot be told
        ref = referents[len(placed)]
        d = self._draft(
            tok, ctx, ref.indicator, "rank", 1, [*tok.rules, "rank_respectively"], benchmark=benchmark
        )
        d.region, d.period, d.quote_start = ref.region, ref.period, min(d.quote_start, ref.quote_start)
        return [d]

    @staticmethod
    def _rank_referent(figs: list[Draft], words: str) -> Draft:
        """The figure a bare 居全国第二位 ranks: the last one, or the one its subject names
        (``增速居…`` → the growth figure, ``规模居…`` → the amount)."""
        wanted = None
        if _GROWTH_WORD.search(words):
            wanted = "yoy_growth_pct"
        elif _SIZE_WORD.search(words):
            wanted = "amount"
        elif _SHARE_WORD.search(words):
            wanted = "share_pct"
        candidates = [f for f in figs if f.measure != "rank"] or figs
        last = candidates[-1]
        if wanted == "amount" and not any(
            f.measure == wanted for f in candidates if f.indicator == last.indicator
        ):
            # 总产值412.6亿元…；增加值增长8.7%…，总量继续稳居全市首位: the size of what was named
            # last, whose level the text does not give, not the amount of another indicator
            return last
        if wanted:
            for f in reversed(candidates):
                if f.measure == wanted:
                    return f
        return last

    def _rank(self, tok: Token, ctx: Context) -> list[Draft]:
        benchmark = self._benchmark(tok.population)
        respective = self._respective_rank(tok, ctx, benchmark)
        if respective is not None:
            return respective
        pre = ctx.pre
        has_all = tok.verb.startswith("均") or bool(_ALL_END.search(pre))
        suffix_m = _RANK_SUFFIX.search(pre.rstrip(" *"))
        suffix = ""
        subject = pre.rstrip(" *")
        if suffix_m:
            suffix = _ALL_WORD.sub("", suffix_m.group(0))
            subject = subject[: suffix_m.start()]
        core = self._clean(subject)
        named = next(
            (f.indicator for f in reversed(ctx.sentence_figs) if core and f.indicator.endswith(core)), None
        )
        core = named or core  # …新能源汽车产量187.5万辆…，产量继续居全国第1位: the output named before
        referents: list[Draft] = []
        if core:
            parts = [self._clean(x) for x in list_items(subject)] if has_all else [core]
            names = [p for p in parts if p] or [core]
        else:
            if has_all:
                referents = ctx.listed_before()
            elif ctx.sentence_figs:
                referents = [self._rank_referent(ctx.sentence_figs, subject + suffix)]
            names = [f.indicator for f in referents]
        if not names:
            return []
        out = []
        stockish = suffix in _STOCK_SUFFIX or any(f.stock for f in referents)
        for i, name in enumerate(names):
            d = self._draft(tok, ctx, name + suffix, "rank", 1, [*tok.rules, "rank"], benchmark=benchmark)
            ref = referents[i] if i < len(referents) else None
            if ref is not None:
                d.period = ref.period
                d.quote_start = min(d.quote_start, ref.quote_start)
                if stockish and ref.period.end is not None:
                    d.period = Period.as_of(ref.period.end)
            elif (
                d.status == "actual"
                and d.period.kind not in (AS_OF,)
                and not self._has_mention(tok, ctx)
                # 工业增加值总量稳居全省首位: the rank of a flow is of the period reported on
                and not lexicon().flow_nouns.search(name)
            ):
                d.period = self._default_stock_period() or d.period
            elif (
                d.period.kind == FULL_YEAR
                and d.period.end is not None
                and d.status == "actual"
                and not lexicon().flow_nouns.search(name)
            ):
                d.period = Period.as_of(d.period.end)
            out.append(d)
        return out

    # ------------------------------------------------------------------ fields
    def _draft(
        self,
        tok: Token,
        ctx: Context,
        indicator: str,
        measure: str,
        sign: int,
        rules: list[str],
        benchmark: str | None = None,
    ) -> Draft:
        indicator = self._canonical(indicator, measure)
        region = ctx.region
        named = region_of_item(indicator)
        if named is not None:
            # 全省…增长5.5%，其中济南增长6.1%、青岛增长5.9%: a region where the subject would be
            # is the figure's region, and the subject is the one named before in the same measure
            # (also in the sentence a 其中 sentence breaks down); without one, no indicator can
            # be told and the figure is left out (an indicator 江苏 would say nothing)
            # (or in the sentence just before: 从地区分布看，太原市新认定298家…。其余各市新认定数量为：
            # 晋中市152家、…)
            earlier = [*reversed(ctx.sentence_figs), *reversed(ctx.among or self.previous_figures)]
            subject = next((f.indicator for f in earlier if f.measure == measure), "")
            if not subject and measure in ("yoy_growth_pct", "pp_diff"):
                # 有9个市规上工业增加值增速高于全国…。其中，赣州市增长9.6%: the growth that the
                # whole's count of regions was about
                said = (lexicon().catalogue_growth.search(f.indicator) for f in ctx.among)
                subject = next((m.group() for m in said if m is not None), self.growth_before)
            if not subject and measure == "amount":
                subject = self.section_topic  # 一、专精特新中小企业：…  …太原市新认定298家
            region, indicator = named, subject
        if self._goal_in_parentheses(tok, ctx):
            indicator, period, period_rule, stock = self._goal_of(tok, ctx, indicator, measure)
            status, status_rule = "target", "status_goal"
        else:
            status, status_rule, period, period_rule, stock = self._status_and_period(tok, ctx, measure)
        # the quote reaches back to the clause that named an inherited subject
        quote_start = min(ctx.clause.start, ctx.inherited.quote_start) if ctx.inherited else ctx.clause.start
        if ctx.inherited is not None:
            rules = [*rules, "inherited_subject"]
        confidence = 0.9
        if period_rule.startswith("period_default"):
            confidence -= 0.05
        if ctx.inherited is not None:
            confidence -= 0.05
        if self._touches_corruption(ctx.clause.start, ctx.clause.end):
            confidence -= 0.4
        elif self._touches_corruption(ctx.sentence.start, ctx.sentence.end):
            confidence -= 0.15  # damaged context: period, region or subject may be lost
        return Draft(
            indicator=indicator,
            measure=measure,
            values=list(tok.values),
            value_max=tok.value_max,
            token=tok,
            sign=sign,
            status=status,
            region=region,
            benchmark=benchmark,
            period=period,
            quote_start=quote_start,
            quote_end=ctx.clause.end,
            rules=[*rules, status_rule, period_rule],
            confidence=confidence,
            stock=stock,
        )

    # ------------------------------------------------------------------ output
    def _emit(self) -> list[Figure]:
        out: list[Figure] = []
        seen: set[tuple[object, ...]] = set()
        for d in self.figures:
            if d.region in UNNAMED_REGIONS or not d.indicator:
                continue
            tok = d.token
            value = d.values[0] * d.sign
            value_max = d.value_max * d.sign if d.value_max is not None else None
            if value_max is not None and value_max < value:
                value, value_max = value_max, value
            mult = tok.multiplier
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
                    region=d.region,
                    benchmark=d.benchmark,
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


def _province_of_whole(region: str) -> str | None:
    """The province 全省 means where ``region`` speaks (None in the country's text)."""
    return province_of(region) or (region if region.endswith("省") else None)


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
