"""Periods: time expressions of a sentence resolved against the reference date.

A period mention applies to the figures that follow it in the same sentence
until another mention replaces it (``1-11月，A增长6.9%，高于全国2.6个百分点``
gives both figures Jan–Nov).  Relative words (去年, 今年, 全年, 截至目前) are
resolved against ``DocumentMeta.reference_date``; a year-to-date range without
a year belongs to the latest year in which it had already ended.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from pipelines.reference import load_csv
from pipelines.stages.extract.lexicon import lexicon
from pipelines.stages.extract.numbers import int_of

FULL_YEAR = "full_year"
YTD = "ytd"
QUARTER = "quarter"
AS_OF = "as_of"
MULTI_YEAR = "multi_year"
UNKNOWN = "unknown"
#: the marks a five-year plan's name may stand in, before and after it (“十五五”, "十五五", ‘十五五’)
PLAN_QUOTE_OPENS = r"[“\"‘]"
PLAN_QUOTE_CLOSES = r"[”\"’]"


@dataclass(frozen=True)
class Period:
    """A resolved period; ``past`` is true when it had ended by the reference date."""

    start: date | None
    end: date | None
    kind: str
    relative: str = ""  # "context" for 全年, "year_end" for 年末, "recurring" for 每年/每季 (no dates)

    @staticmethod
    def year(y: int) -> Period:
        return Period(date(y, 1, 1), date(y, 12, 31), FULL_YEAR)

    @staticmethod
    def month(y: int, m: int) -> Period:
        """A month of a year, alone (2025年10月)."""
        return Period(date(y, m, 1), month_end(y, m), UNKNOWN, "month")

    @staticmethod
    def as_of(d: date) -> Period:
        return Period(d, d, AS_OF)

    @staticmethod
    def up_to(end: date) -> Period:
        """The year up to ``end`` (from 1 January): its whole year where ``end`` is 31 December."""
        return Period(date(end.year, 1, 1), end, FULL_YEAR if (end.month, end.day) == (12, 31) else YTD)


UNKNOWN_PERIOD = Period(None, None, UNKNOWN)


def at_year_end(period: Period) -> bool:
    """A stock at a year's end (2025年末)."""
    return period.kind == AS_OF and period.end is not None and (period.end.month, period.end.day) == (12, 31)


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def years_shifted(period: Period, years: int) -> Period:
    """The same months ``years`` later (-1: 1-11月 of 2024 → 1-11月 of 2023); unknown if undated."""
    if period.start is None or period.end is None:
        return UNKNOWN_PERIOD
    start = period.start.replace(year=period.start.year + years)
    end = month_end(period.end.year + years, period.end.month)
    return Period(start, end, period.kind, period.relative)


def month_before(period: Period) -> Period:
    """The month before a month's period (3月 → 2月; 1月 → last December); unknown for any other
    period, whose month before no text names."""
    start, end = period.start, period.end
    if start is None or end is None or start.day != 1 or (start.year, start.month) != (end.year, end.month):
        return UNKNOWN_PERIOD
    if end != month_end(end.year, end.month):
        return UNKNOWN_PERIOD
    year, month = (start.year, start.month - 1) if start.month > 1 else (start.year - 1, 12)
    return Period(date(year, month, 1), month_end(year, month), period.kind, period.relative)


_LAST_MONTH = 12


@lru_cache(maxsize=1)
def relative_years() -> dict[str, int]:
    """Relative year words and their offset from the reference year (去年 → -1), from period_cues.csv."""
    out: dict[str, int] = {}
    for cue, offset in lexicon().period_cues.get("relative_year", ()):
        for word in cue.split("|"):
            out[word] = offset
    return out


@lru_cache(maxsize=1)
def census_years() -> tuple[tuple[str, int], ...]:
    """Censuses and the year their figures stand for (第五次全国经济普查 → 2023), from censuses.csv:
    a census bulletin comes out a year or more later and names no year of its own."""
    return tuple((row["census"], int(row["reference_year"])) for row in load_csv("censuses"))


def _words(kind: str) -> str:
    words = [w for cue, _ in lexicon().period_cues.get(kind, ()) for w in cue.split("|")]
    return "|".join(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...]:
    """The period grammar; its word lists (去年, 全年, 每季, 截至目前 …) come from period_cues.csv.

    Each rule comes with literals of which every match contains one (empty: no
    such literal, always run): a sentence without them cannot match the rule,
    so ``find`` skips its scan.  Most rules may start with an optional year,
    which makes their scan try every position of the sentence.
    """
    rel = "|".join(sorted(relative_years(), key=len, reverse=True))
    y = rf"(?:(?P<y>\d{{4}})\s*年|(?P<rel>{rel}))?\s*"
    grammar = (
        (
            # “十四五”前三年: the plan's first years
            "plan_first_years",
            ("五",),
            rf"{PLAN_QUOTE_OPENS}?十(?P<plan>[一二三四五六七八九])五{PLAN_QUOTE_CLOSES}?\s*(?:的)?前\s*(?P<n>[两二三四])\s*年",
        ),
        (
            "plan_period",
            ("五",),
            # (“十四五”下降14%目标: the plan's change or goal, said right after its name)
            # (回顾“十四五”，…: the plan's years looked back on)
            # (放眼“十五五”，…: the plan's years looked ahead to)
            rf"(?<=回顾|回望|纵观|综观|放眼|展望|面向){PLAN_QUOTE_OPENS}十(?P<plan>[一二三四五六七八九])五{PLAN_QUOTE_CLOSES}(?P<span>)"
            # (“十四五”累计下降21.3%, “十四五”累计降幅为18.3%: summed over the plan's years)
            rf"|{PLAN_QUOTE_OPENS}?十(?P<plan2>[一二三四五六七八九])五{PLAN_QUOTE_CLOSES}?\s*(?P<span2>时期|期间|以来|(?=(?:累计)?(?:下降|增长|提高|降低|降幅|增幅)|目标))",
        ),
        # (?<!\d): the 20年 inside 2020年以来 is not twenty years
        (
            "years_back",
            ("年",),
            r"(?:过去|近)?(?<!\d)(?P<n>[两二三四五六七八九十]|\d{1,2})\s*年(?:来|以来|间)",
        ),
        # 过去五年，… (a work report looking back on its term); 近3年，…; 这五年 (said)
        (
            "years_past",
            ("过去", "近", "这"),
            r"(?:过去\s*的?|近|这)\s*(?P<n>[两二三四五六七八九十]|\d{1,2})\s*年(?![来以间内度])",
        ),
        (
            "years_span",
            ("年",),
            r"(?<!\d)(?P<n>[两二三四五六七八九十]|\d{1,2})\s*年(?:间|内)?(?=\s*累计|\s*(?:增长|下降|提高|实现翻|翻|净增|净减|新增|增加|减少))",
        ),
        # 三年内，要累计新增…; 未来五年: the years ahead, this one first
        (
            "years_ahead",
            ("年",),
            r"(?:未来|今后)\s*(?P<n>[两二三四五六七八九十]|\d{1,2})\s*年|(?<!\d)(?P<n2>[两二三四五六七八九十]|\d{1,2})\s*年内",
        ),
        (
            "plan_end",
            ("五",),
            rf"{PLAN_QUOTE_OPENS}?十(?P<plan>[一二三四五六七八九])五{PLAN_QUOTE_CLOSES}?\s*末",
        ),
        # 2025年4月1日至2026年3月31日 (Hong Kong's year of account, said in days): the days from one
        # year's day to the next's
        (
            "days_across_years",
            ("日",),
            r"(?P<y1>\d{4})\s*年\s*(?P<m1>1[0-2]|[1-9])\s*月\s*(?P<d1>\d{1,2})\s*日\s*[-—–~～至到]\s*"
            r"(?P<y2>\d{4})\s*年\s*(?P<m2>1[0-2]|[1-9])\s*月\s*(?P<d2>\d{1,2})\s*日",
        ),
        # 2025年12月—2026年2月 (a winter): the months from one year's month to the next's
        (
            "months_across_years",
            ("年",),
            r"(?P<y1>\d{4})\s*年\s*(?P<m1>1[0-2]|[1-9])\s*月\s*[-—–~～至到]\s*(?P<y2>\d{4})\s*年\s*"
            r"(?P<m2>1[0-2]|[1-9])\s*月(?:份)?",
        ),
        # 2024-25财政年度, 2024/25课税年度: Hong Kong's year of account, April to March
        (
            "fiscal_year",
            ("年度",),
            r"(?P<y1>(?:19|20)\d{2})\s*[-—–/／至]\s*(?P<y2>\d{2})\s*(?:财政|课税)年度",
        ),
        ("year_range", ("年",), r"(?P<y1>\d{4})\s*年?\s*[-—–~～至到]\s*(?P<y2>\d{4})\s*年"),
        # 截至11月23日: a stock on that day
        ("as_of_day", ("截至",), r"截至\s*" + y + r"(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
        (
            "as_of_month",
            ("截至",),
            r"截至\s*" + y + r"(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:份)?\s*(?:底|末)?",
        ),
        # 三季度末, 一季度末: the quarter's last day (第4季末, as Hong Kong and Macao write it)
        (
            "quarter_end",
            ("季",),
            y + r"(?:(?:第)?(?P<q>[一二三四])\s*季度|第(?P<q2>[一二三四1-4])季)\s*(?:末|底)",
        ),
        # 9月末 / 2024年6月底 without 截至: a stock at the month's end
        ("month_end", ("月",), y + r"(?<![\d\-—–~～至到])(?P<m>1[0-2]|[1-9])\s*月(?:份)?\s*(?:底|末)"),
        (
            "as_of_year",
            ("底", "末"),
            rf"(?:截至|截止到?)?\s*(?:(?P<y>\d{{4}})\s*年|(?P<rel>{rel}))\s*(?:年)?(?:底|末)",
        ),
        # (not 年末节日及旅游旺季带动…: the season of the year's end, no day a figure stands at)
        ("year_end", ("年",), r"(?<![\d年上去今本])年(?:末|底)(?!节日|节假日|旺季|消费季|促销)"),
        ("as_of_now", (), _words("as_of_reference")),
        # 第47周（11月17日—11月23日）, 1月1日—11月23日累计: the days a figure covers
        (
            "day_range",
            ("日",),
            y + r"(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日\s*[-—–~～至到]\s*(?:(?P<m2>\d{1,2})\s*月\s*)?"
            r"(?P<d2>\d{1,2})\s*日",
        ),
        # 8月5日全省用电负荷达到6812万千瓦: a level on that day
        ("day", ("日",), y + r"(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日(?!\s*[-—–~～至到])"),
        # 10月中旬: a steel association's ten days of a month (1—10, 11—20, 21 to the month's end),
        # and 1—10月中旬 the months up to them
        (
            "ten_days",
            ("旬",),
            y
            + r"(?:(?P<m1>1[0-2]|[1-9])\s*[-—–~～至到]\s*)?"
            + r"(?P<m>1[0-2]|[1-9])\s*月份?\s*(?P<x>上|中|下)旬(?P<end>末|底)?",
        ),
        # (一到十一月: a broadcast's months, in words; 1月至10月, each month said)
        (
            "month_range",
            ("月",),
            y + r"(?P<m1>\d{1,2}|[一二三四五六七八九十]{1,2})\s*(?:月份?)?\s*[-—–~～至到]\s*"
            r"(?P<m2>\d{1,2}|十[一二]|[一二三四五六七八九十])\s*月(?:份)?",
        ),
        # (首8个月: Hong Kong's wording)
        ("first_months", ("前", "首"), y + r"[前首]\s*(?P<n>\d{1,2}|[一两二三四五六七八九十]{1,3})\s*个?月"),
        # 前三季度, and in headlines 前三季
        # (首三季; 1-3季度, 一至三季度: the quarters from the first)
        (
            "first_quarters",
            ("季",),
            y
            + r"(?:[前首]|(?<![\d一二三四])(?:1|一|第一)\s*[-—–~～至到]\s*第?)"
            + r"\s*(?P<q>[一二三两四]|\d)\s*(?:个)?季(?:度)?",
        ),
        ("half", ("半年",), y + r"(?P<h>上半年|下半年|(?<=年)半年度)"),
        # 第二季度, 二季度; 第二季 and 第3季 as Hong Kong and Macao write it (not 二季 alone, nor
        # 第二季稻); 首季, the first
        (
            "quarter",
            ("季",),
            y + r"(?:(?:第)?(?P<q>[一二三四]|\d)\s*季度|第(?P<q2>[一二三四1-4])季(?![度稻])"
            r"|(?P<first>首)季度?)",
        ),
        ("recurring_quarter", (), _words("recurring_quarter")),
        ("recurring", (), _words("recurring")),
        ("since", ("以来",), y + r"以来"),
        (
            "month",
            ("月",),
            # (not a day's month, 3月2日, nor a range's, 3月1—10日; but 3月2.37万辆 is March's)
            # (十月份, 九月份的15.7%: Hong Kong's months in words, a month by its 份)
            y + r"(?<![\d\-—–~～至到一二三四五六七八九十])"
            r"(?P<m>1[0-2]|[1-9]|(?:十[一二]|[一二三四五六七八九十])(?=月份))\s*月份?(?!\s*\d+\s*(?:[日号\-—–~～至到]|$))"
            r"(?!\s*\d+[^\d.])(?!\s*(?:底|末|以来|份以来))",
        ),
        ("year", ("年",), r"(?P<y>\d{4})\s*年(?!\s*\d{1,2}\s*[-—–~～至到])(?!\s*(?:底|末|以来))"),
        ("rel_year", (), rf"(?P<rel>{rel})(?!\s*(?:底|末|以来|同期))"),
        ("context_year", (), _words("context_year")),
    )
    return tuple((name, needs, re.compile(pattern)) for name, needs, pattern in grammar if pattern)


def is_deadline(text: str, end: int) -> bool:
    """A date said with 前 (11月底前, 三季度末前): the day something is due by, not a period."""
    return text.startswith("前", end)


def five_year_plan_named(text: str) -> int | None:
    """The first year of the five-year plan ``text`` names (“十五五”时期 → 2026), else None."""
    m = _FIVE_YEAR_PLAN.search(text)
    return five_year_plan_start(m.group(1)) if m is not None else None


_FIVE_YEAR_PLAN = re.compile(r"十([一二三四五六七八九])五")


def five_year_plan_start(numeral: str) -> int:
    """The first year of the n-th five-year plan: 十一五 → 2006, 十四五 → 2021."""
    return 2006 + ((int_of(numeral) or 0) - 1) * 5


#: (…国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要: the plan's name in full)
_FIVE_YEAR_PLAN_TITLE = re.compile(
    rf"十(?P<plan>[一二三四五六七八九])五{PLAN_QUOTE_CLOSES}?[^，。]{{0,30}}规划"
    r"|第十(?P<full>[一二三四五六七八九])个五年规划"
)


def five_year_plan_of_title(title: str) -> Period | None:
    """The years of the five-year plan a title names (洛阳市“十四五”制造业…规划…评估报告)."""
    m = _FIVE_YEAR_PLAN_TITLE.search(title)
    if m is None:
        return None
    first = five_year_plan_start(m.group("plan") or m.group("full"))
    return Period(date(first, 1, 1), date(first + 4, 12, 31), MULTI_YEAR)


_ANY_TIME_WORD = re.compile(
    r"[年月季末底截目当每]|现(?:时|在|阶段)|如今|至今|[自从][^，。；]{0,12}以来|十[一二三四五六七八九]五"
)


def may_name_a_period(text: str, start: int, end: int) -> bool:
    """False only if no period mention can lie in ``text[start:end]`` (none of their words is there)."""
    return _ANY_TIME_WORD.search(text, start, end) is not None


#: 比上年, 较2020年 and 比上年全年: the base of a comparison, not the figure's period
#: a change over the years counted (三年累计增长…, 五年间下降…), not only a sum (三年累计推动…)
_SPAN_CHANGE = re.compile(r"\s*(?:累计)?(?:增长|下降|提高|实现翻|翻)")
#: a year named in full (2023年): it anchors the years counted back in its sentence, and an
#: earlier level's clause that names one dates that level (由2020年的318家)
NAMED_YEAR = re.compile(r"(\d{4})\s*年")
#: (高于2024年 is a base, but 关于2025年1—11月…的通报 names the period reported on)
#: a body that did its work at a time (我局于2025年1—11月组织开展了…): its 于 names no comparison's base
#: (nor does a body named in brackets: 创新及科技基金（创科基金）于2025年共批出1,286个项目)
BODY_BEFORE_A_TIME = "局厅委"
_COMPARISON_BASE = re.compile(
    rf"(?:比|较|是|相比|同比|与|(?<![关对由至鉴{BODY_BEFORE_A_TIME}）)])于|[比较](?:上年|去年))\s*$"
)
#: a superlative after the years counted back (近三年最高, 近五年来新高, 降至近两年来的低位): a
#: record's span
_SUPERLATIVE_AFTER = re.compile(r"\s*(?:的|来|以来)?\s*(?:最|新高|新低|同期最|低位|高位|低点|高点)")
#: a base year right before a period word (比2025年全年加快0.9个百分点: 全年 of the base, too)
_BASE_YEAR_BEFORE = re.compile(r"(?:比|较)\s*(?:19|20)\d{2}\s*年\s*$")
#: a base named in words, its time in brackets after it (较政策实施前（2022年底）增长2.1倍)
_BASE_TIME_IN_BRACKETS = re.compile(r"(?:比|较)[\u4e00-\u9fff]{1,8}?(?:前|初|时)[（(]\s*$")
#: an index's base said after its year (指数为92.4（2023年=100）, （以2021年为100）): the base's year,
#: no period of a figure
_INDEX_BASE_AFTER = re.compile(r"\s*(?:[=＝]|为)\s*100(?!\d)")


#: the term a title or a listing is valid for (有效期自2025年9月1日至2028年8月31日, 有效期延长至…):
#: days of the listing's term, no period of a figure
#: (not 有效期内高新技术企业由2022年底的438家: the firms whose titles are valid, at a day of their own)
_VALIDITY_TERM = re.compile(r"有效期(?:为|自|从|延长至|至)(?:[^，。；]{0,12}至)?\s*$")


@dataclass(frozen=True)
class Mention:
    """A period mention at ``pos`` in a sentence."""

    pos: int
    end: int
    period: Period
    explicit_year: bool


#: from this month of the year on, months to date just ahead (1—9月 in August) are this year's
_MONTHS_BEFORE_AHEAD = 3
#: … up to this many months after the reference date's
_MONTHS_AHEAD = 2


class PeriodResolver:
    """Resolves period mentions of one document against its reference date."""

    def __init__(self, reference: date | None) -> None:
        self.reference = reference
        #: the year the document says it reports on (2024年…统计公报, published in April 2025)
        self.reported_year: int | None = None
        #: the day a bulletin says it reports as of (现将截至4月25日…情况通报如下), which its 今年以来
        #: runs up to
        self.report_day: date | None = None
        #: the year a yearbook records (芜湖年鉴（2025）: 2024), whose quarters and months are all
        #: of it however they are said
        self.recorded_year: int | None = None
        #: the year the plan being read is for, where not the reference year (三、2026年工作思路
        #: in a December summary): its 全年, 一季度 and 年底 are that year's
        self.plan_year: int | None = None
        #: mentions by (sentence, plan): a sentence is read for its periods up to three times
        self._found: dict[tuple[str, bool], tuple[Mention, ...]] = {}

    def forget(self) -> None:
        """Drop the mentions read so far: the reference date they were resolved against changed."""
        self._found.clear()

    def summary_year(self) -> int | None:
        """The year a report looks back on: the one its title names, else the previous one early
        in the year."""
        if self.reported_year is not None:
            return self.reported_year
        if self.reference is None:
            return None
        return self.reference.year - 1 if self.reference.month <= 3 else self.reference.year

    def _year(
        self, m: re.Match[str], plan: bool, end_month: int = 12, ahead: bool = False, current: bool = False
    ) -> int | None:
        """The year of a period ending in ``end_month`` that names none: the one its relative word says,
        the plan's, or the last whose such period has ended by the reference date; this year's for
        months to date just ahead (``ahead``) or for the month the text is in (``current``)."""
        groups = m.groupdict()
        if groups.get("y"):
            return int(groups["y"])
        rel = groups.get("rel")
        ref = self.reference
        if ref is None:
            return None
        if rel:
            return ref.year + relative_years().get(rel, 0)
        if plan:
            return self.plan_year or ref.year
        if self.recorded_year is not None:
            return self.recorded_year  # 一季度 in 芜湖年鉴（2025）'s record of 2024: that year's
        # a range that has ended by the reference date belongs to this year, else to the last (a
        # month's PMI comes out on its last day)
        if month_end(ref.year, end_month) <= ref or (current and end_month == ref.month):
            # (1月份制造业PMI为49.3%, said on January 27th: the month the text is in)
            return ref.year
        # (1—9月…增长14%以上, said in August: the months to date just ahead are this year's, not last
        # year's; 1—11月 said in January is last year's)
        just_ahead = ahead and ref.month >= _MONTHS_BEFORE_AHEAD and end_month - ref.month <= _MONTHS_AHEAD
        return ref.year if just_ahead else ref.year - 1

    def _days(self, g: dict[str, str], as_of: bool, plan: bool) -> Period | None:
        """11月17日—11月23日 (a week, of no kind the spec names), 1月1日—11月23日 (the year to that
        day), 截至11月23日 (a stock on that day), in the year the text names or the last such
        days that have ended by the reference date."""
        try:
            if as_of:
                first = last = (int(g["m"]), int(g["d"]))
            else:
                first = (int(g["m1"]), int(g["d1"]))
                last = (int(g["m2"] or g["m1"]), int(g["d2"]))
            ref = self.reference
            if g.get("y"):
                year = int(g["y"])
            elif ref is None:
                return None
            elif g.get("rel"):
                year = ref.year + relative_years().get(g["rel"], 0)
            elif plan:
                year = self.plan_year or ref.year
            else:
                year = ref.year if date(ref.year, *last) <= ref else ref.year - 1
            start, end = date(year, *first), date(year, *last)
        except ValueError:
            return None  # 2月30日: no such day
        if start > end:
            return None
        if as_of:
            return Period.as_of(end)
        return Period(start, end, YTD if first == (1, 1) else UNKNOWN, "" if first == (1, 1) else "days")

    def find(self, sentence: str, plan: bool) -> list[Mention]:
        """Period mentions in ``sentence`` in text order (overlaps: first pattern wins)."""
        key = (sentence, plan)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = tuple(self._find(sentence, plan))
        return list(found)

    def _find(self, sentence: str, plan: bool) -> list[Mention]:
        if not _ANY_TIME_WORD.search(sentence):
            return []
        taken: list[tuple[int, int]] = []
        found: list[Mention] = []
        for name, needs, pattern in _patterns():
            if needs and not any(map(sentence.__contains__, needs)):
                continue  # no match possible
            for m in pattern.finditer(sentence):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                if (
                    _COMPARISON_BASE.search(sentence, max(0, m.start() - 3), m.start())
                    or _BASE_YEAR_BEFORE.search(sentence, max(0, m.start() - 9), m.start())
                    or _BASE_TIME_IN_BRACKETS.search(sentence, max(0, m.start() - 11), m.start())
                    or _INDEX_BASE_AFTER.match(sentence, m.end())
                    or _VALIDITY_TERM.search(sentence, max(0, m.start() - 20), m.start())
                ):
                    taken.append((m.start(), m.end()))
                    continue  # 比上年, 较2020年, 2023年=100: a comparison's base, not the figure's period
                if name in ("years_back", "years_past") and _SUPERLATIVE_AFTER.match(sentence, m.end()):
                    taken.append((m.start(), m.end()))
                    continue  # 增速为近三年最高: the span a record is set over, not the figure's period
                period = self._resolve(name, m, plan)
                if period is None:
                    continue
                taken.append((m.start(), m.end()))
                groups = m.groupdict()
                explicit = bool(groups.get("y") or groups.get("y1"))  # 2025年, 2025—2027年
                found.append(Mention(m.start(), m.end(), period, explicit))
        found.sort(key=lambda x: x.pos)
        # 2024年当年, 2024年全年: the year named, which 当年 only repeats
        found = [
            mention
            for previous, mention in zip([None, *found], found, strict=False)
            if not (
                previous is not None
                and mention.period.relative == "context"
                and previous.period.kind == FULL_YEAR
                and not sentence[previous.end : mention.pos].strip()
            )
        ]
        # 截至9月22日，今年以来…: from January up to the day said, not up to the text's date
        for i in range(1, len(found)):
            day, since = sorted((found[i - 1].period, found[i].period), key=lambda p: p.kind != AS_OF)
            if (
                day.kind == AS_OF
                and self._since_this_year(since)
                and day.end is not None
                and since.end is not None
                and day.end.year == since.end.year
                and day.end < since.end
                # (今年以来（截至11月22日，下同）: the day in brackets after the months)
                and not sentence[found[i - 1].end : found[i].pos].strip(" ，,（(")
            ):
                ytd = Period(date(day.end.year, 1, 1), day.end, YTD)
                found[i] = Mention(found[i].pos, found[i].end, ytd, found[i].explicit_year)
        # 2024年，我市…持续发力，全年兑现…: the year the sentence named, not the plan's
        named: Mention | None = None
        for i, mention in enumerate(found):
            if mention.period.relative == "context" and named is not None:
                found[i] = Mention(mention.pos, mention.end, named.period, False)
            elif mention.period.relative == "year_end" and named is not None and named.period.end is not None:
                # 2025年，全省新增上云企业5.2万家，年末…累计达到48.3万家: the end of the year named
                year_end = Period(named.period.end, named.period.end, AS_OF, "year_end")
                found[i] = Mention(mention.pos, mention.end, year_end, False)
            elif (
                mention.explicit_year
                and mention.period.kind == FULL_YEAR
                # (…利用率由2020年的61.2%提高到83.4%，全年…: the year a change starts from, not the
                # sentence's)
                and not (
                    sentence[max(0, mention.pos - 1) : mention.pos] in ("由", "从")
                    and sentence.startswith("的", mention.end)
                )
            ):
                named = mention
        return found

    def _since_this_year(self, period: Period) -> bool:
        """今年以来's period: from January up to the text's date."""
        ref = self.reference
        return ref is not None and period.kind == YTD and period == Period(date(ref.year, 1, 1), ref, YTD)

    def _resolve(self, name: str, m: re.Match[str], plan: bool) -> Period | None:
        ref = self.reference
        g = m.groupdict()
        if name == "plan_first_years":
            first = five_year_plan_start(g["plan"])
            years = int_of(g["n"]) or 1
            return Period(date(first, 1, 1), date(first + years - 1, 12, 31), MULTI_YEAR)
        if name in ("plan_period", "plan_end"):
            first = five_year_plan_start(g.get("plan") or g["plan2"])
            if name == "plan_end":
                return Period.as_of(date(first + 4, 12, 31))
            last = first + 4
            if (g.get("span") or g.get("span2")) == "以来" and (summary := self.summary_year()) is not None:
                last = min(last, summary)  # “十四五”以来: from the plan's start up to the year reported on
            return Period(date(first, 1, 1), date(last, 12, 31), MULTI_YEAR)
        if name in ("years_back", "years_span", "years_past"):
            n = int_of(g["n"]) or 0
            summary = self.summary_year()
            if summary is None or ref is None or not 1 < n <= 30:
                return None
            if plan and name == "years_span" and not _SPAN_CHANGE.match(m.string, m.end()):
                return None  # 三年累计推动…: a plan's goal summed over its years (the plan's span)
            if plan and name == "years_span":
                return Period(date(ref.year, 1, 1), date(ref.year + n - 1, 12, 31), MULTI_YEAR)
            named = {int(y) for y in NAMED_YEAR.findall(m.string, 0, m.start())}
            if len(named) > 1 and max(named) - min(named) < n:
                summary = max(named)  # 2023年、2024年、2025年…，三年累计…: the years named
            elif len(named) == 1 and m.group().startswith("近") and max(named) <= summary:
                # 2024年合计实现营业收入…，近三年营业收入年均增长31.7%: the three years up to the one named
                summary = max(named)
            elif (m.group().startswith("近") or "累计" in m.string[m.end() : m.end() + 3]) and (
                summary >= ref.year and ref.month < _LAST_MONTH
            ):
                # 近3年 or 三年累计, said in May 2026: the three years ended, 2023—2025
                summary = ref.year - 1
            return Period(date(summary - n + 1, 1, 1), date(summary, 12, 31), MULTI_YEAR)
        if name == "years_ahead":
            n = int_of(g["n"] or g["n2"]) or 0
            if ref is None or not 1 < n <= 30:
                return None
            return Period(date(ref.year, 1, 1), date(ref.year + n - 1, 12, 31), MULTI_YEAR)
        if name == "fiscal_year":
            first = int(g["y1"])
            if int(g["y2"]) != (first + 1) % 100:
                return None
            return Period(date(first, 4, 1), date(first + 1, 3, 31), UNKNOWN, "fiscal_year")
        if name == "days_across_years":
            try:
                day_one = date(int(g["y1"]), int(g["m1"]), int(g["d1"]))
                day_last = date(int(g["y2"]), int(g["m2"]), int(g["d2"]))
            except ValueError:
                return None  # (2月30日: no such day)
            if day_one.year < 1900 or day_last.year - day_one.year != 1:
                return None  # (2025年8月18日至2025年9月16日: one year's days, read as the day range's)
            if (day_one.month, day_one.day, day_last.month, day_last.day) == (4, 1, 3, 31):
                # (April to March: a year of account, as 2025至26财政年度 reads)
                return Period(day_one, day_last, UNKNOWN, "fiscal_year")
            return Period(day_one, day_last, UNKNOWN, "days")
        if name == "months_across_years":
            y1, y2, m1, m2 = int(g["y1"]), int(g["y2"]), int(g["m1"]), int(g["m2"])
            if not 1900 < y1 <= y2 < 2200 or (y1, m1) >= (y2, m2):
                return None
            return Period(date(y1, m1, 1), month_end(y2, m2), UNKNOWN, "days")
        if name == "year_range":
            y1, y2 = int(g["y1"]), int(g["y2"])
            if not 1900 < y1 <= y2 < 2200:
                return None
            return Period(date(y1, 1, 1), date(y2, 12, 31), MULTI_YEAR)
        if name == "quarter_end":
            last_month = 3 * (int_of(g["q"] or g["q2"]) or 0)
            y = self._year(m, plan or is_deadline(m.string, m.end()), last_month)
            return None if y is None or not last_month else Period.as_of(month_end(y, last_month))
        if name in ("day_range", "as_of_day", "day"):
            return self._days(g, name != "day_range", plan)
        if name in ("as_of_month", "month_end"):
            month = int_of(g["m"])
            if not month or not 1 <= month <= 12:
                return None
            # (预计11月底前试生产, said in September: a deadline is this year's, not last year's)
            y = self._year(m, plan or is_deadline(m.string, m.end()), month)
            return None if y is None else Period.as_of(month_end(y, month))
        if name == "as_of_year":
            y = self._year(m, plan)
            return None if y is None else Period.as_of(date(y, 12, 31))
        if name == "year_end":
            y = (self.plan_year or ref.year) if (plan and ref) else self.summary_year()
            return None if y is None else Period(date(y, 12, 31), date(y, 12, 31), AS_OF, "year_end")
        if name == "as_of_now":
            return None if ref is None else Period.as_of(ref)
        if name == "month_range":
            m1, m2 = int_of(g["m1"]) or 0, int_of(g["m2"]) or 0
            if not 1 <= m1 <= m2 <= 12:
                return None
            y = self._year(m, plan, m2, ahead=m1 == 1)
            if y is None:
                return None
            return Period(date(y, m1, 1), month_end(y, m2), YTD if m1 == 1 else UNKNOWN)
        if name == "month":
            month = int_of(g["m"]) or 0
            y = self._year(m, plan, month, current=True)
            return None if y is None else Period.month(y, month)
        if name == "first_months":
            months = int_of(g["n"])
            if not months or not 1 <= months <= 12:
                return None
            y = self._year(m, plan, months)
            return None if y is None else Period(date(y, 1, 1), month_end(y, months), YTD)
        if name == "first_quarters":
            q = int_of(g["q"])
            if not q or not 1 <= q <= 4:
                return None
            y = self._year(m, plan, 3 * q)
            return None if y is None else Period(date(y, 1, 1), month_end(y, 3 * q), YTD)
        if name == "half":
            first = g["h"] != "下半年"  # (2025年半年度报告: the first half)
            y = self._year(m, plan, 6 if first else 12)
            if y is None:
                return None
            return (
                Period(date(y, 1, 1), date(y, 6, 30), YTD)
                if first
                else Period(date(y, 7, 1), date(y, 12, 31), UNKNOWN)
            )
        if name == "quarter":
            q = 1 if g["first"] else int_of(g["q"] or g["q2"])
            if not q or not 1 <= q <= 4:
                return None
            y = self._year(m, plan, 3 * q)
            if y is None:
                return None
            if q == 1:
                return Period(date(y, 1, 1), date(y, 3, 31), YTD)
            return Period(date(y, 3 * q - 2, 1), month_end(y, 3 * q), QUARTER)
        if name == "ten_days":
            month = int(g["m"])
            first = {"上": 1, "中": 11, "下": 21}[g["x"]]
            y = self._year(m, plan, month)

            def ten_days_end(year: int) -> date:
                return month_end(year, month) if g["x"] == "下" else date(year, month, first + 9)

            if y is not None and ref is not None and y == ref.year - 1 and not (g.get("y") or plan):
                # (the ten days that end before the text's date are this year's: 10月中旬 on 23 October)
                y = ref.year if ten_days_end(ref.year) <= ref else y
            if y is None:
                return None
            ends = ten_days_end(y)
            if g["end"]:
                return Period.as_of(ends)  # 10月中旬末: a stock on the ten days' last day
            if g["m1"]:
                return Period(date(y, int(g["m1"]), 1), ends, YTD if g["m1"] == "1" else UNKNOWN)
            return Period(date(y, month, first), ends, UNKNOWN, "month")  # (read as a month's part)
        if name == "recurring_quarter":
            return Period(None, None, QUARTER, "recurring")
        if name == "recurring":
            return Period(None, None, UNKNOWN, "recurring")
        if name == "since":
            y = self._year(m, plan)
            if y is None or ref is None:
                return None
            if y == ref.year and not plan:
                # 今年以来: from January up to the text's date, or the day its bulletin reports as of
                day = self.report_day if self.report_day is not None and self.report_day.year == y else ref
                return Period(date(y, 1, 1), day, YTD)
            return Period(None, None, UNKNOWN, "since")
        if name == "year":
            y = int(g["y"])
            if not 1900 < y < 2200:
                return None
            return Period.year(y)
        if name == "rel_year":
            if ref is None:
                return None
            rel = g["rel"]
            if rel == "本年" and self.reported_year is not None and not plan:
                return Period.year(self.reported_year)  # 本年新收…87件, a report on 2025 out in 2026
            if rel == "年内" and plan and self.plan_year is not None:
                return Period.year(self.plan_year)  # 2026年工作思路 ↵ 年内新建…: the year planned
            offset = relative_years().get(rel, 0)
            return Period.year(ref.year + offset)
        if name == "context_year":
            y = (self.plan_year or ref.year) if (plan and ref) else self.summary_year()
            return None if y is None else Period(date(y, 1, 1), date(y, 12, 31), FULL_YEAR, "context")
        return None
