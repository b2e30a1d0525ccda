"""Figures said of several items or periods at once.

``分别增长5.1%、6.3%`` hands one number to each item listed before it (places,
industries, periods); ``由7家增加到43家`` says a level at two times; ``均增长``
and ``两市各…`` give the same number to each.  These rules share out the
numbers; the measure rules then read each one as usual.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from pipelines.stages.extract import clauses as cl
from pipelines.stages.extract.drafts import Draft
from pipelines.stages.extract.indicators import (
    COUNTED_REGIONS,
    LEAD_WORDS,
    MONTHS_GROWTH_WORD,
    WHOLE_PLACE,
    IndicatorText,
    among_places,
    list_items,
    owner_of_attribute,
    periods_free,
    region_by_short,
    region_of_item,
    share_of_subject,
    strip_chars,
    subject_said_of_each,
    without_official_names,
)
from pipelines.stages.extract.lexicon import lexicon
from pipelines.stages.extract.periods import (
    FULL_YEAR,
    MULTI_YEAR,
    PLAN_QUOTE_CLOSES,
    PLAN_QUOTE_OPENS,
    Period,
    PeriodResolver,
)
from pipelines.stages.extract.tokens import Token

#: the time a level of 由X提高到Y is said for: 2020年的, 2024年10月底的
_LEVEL_TIME = r"(?:基准年|基期)?\s*\d{4}\s*年(?:\d{1,2}\s*月)?(?:末|底)?的?"  # (由基准年2018年的…)

#: an adverb said right before 分别 (则, 也, 还): no part of the list of items before it
_ADVERB_BEFORE_EACH = re.compile(r"(?:则|也|亦|还|又)\s*$")
#: the growth word after the last of the places listed (射洪市、安居区、遂宁经开区增速分别为…), perhaps
#: with the plan's years it sums (新余市、南昌市“十四五”累计降幅分别为18.3%、17.6%)
GROWTH_AFTER_PLACES = re.compile(
    rf"(?:{PLAN_QUOTE_OPENS}?十[一二三四五六七八九]五{PLAN_QUOTE_CLOSES}?(?:时期|期间)?)?"
    r"(?:累计)?(?:的)?(?:增速|增幅|增长率|降幅)\s*$"
)
#: places listed where a part of a sentence opens (吕梁市、阳泉市各有…, 忻州市和朔州市…)
_PLACES_LISTED = re.compile(
    r"\s*[\u4e00-\u9fff]{1,8}?[省市县区州旗盟](?:[、和及与][\u4e00-\u9fff]{1,8}?[省市县区州旗盟])+(?=[各均分都共])"
)
#: a change said where a noun would be (同比分别增长…: no subject to give the places)
_CHANGE_WORD = re.compile(r"(?:同比|比上年|较上年)?(?:增长|下降|增速|增幅|提高|降低|回落|上升|减少|增加)")
#: the places of the part before, counted (两市, 三县)
_PLACES_COUNTED = re.compile(r"[两二三四五六七八九十]{1,2}[个]?[省市县区州]")
#: 分别 before the places a figure is so many times of (分别是全市、全省平均水平的1.3倍和1.5倍)
_RATIOS_TO_PLACES = re.compile(rf"分别(?:是|为|相当于){WHOLE_PLACE}")
#: a clause that names the places leading in something (抽查批次较多的是温岭市和玉环市，)
_LEADERS_ARE = re.compile(
    rf"(?P<what>[^，,。；;：:]+?){LEAD_WORDS}的(?:是|为|有)"
    r"(?P<places>[^，,。；;：:]+)[，,]\s*$"
)
#: a word for growth alone, which names nothing a count is of (阜阳市、宿州市增长较快)
_GROWTH_WORDS = re.compile(r"增长|增速|增幅|增长率")
#: a list of periods that ends on the word for their growth (1-7月、1-8月累计增速)
_BARE_GROWTH_END = re.compile(MONTHS_GROWTH_WORD + "$")
#: how long a name before the flow the items of a list share must be (淮河能源营业收入)
_NAME_BEFORE_FLOW_MIN = 2
#: what 分别 goes on to when each value is a share of a whole of its own (分别占A、B、C的)
_SHARES_OF_WHOLES = re.compile(r"占(?P<wholes>[^，,。；;]{2,60}?、[^，,。；;]{2,60}?)的?")
#: the end of a clause that says its places lead in what it names (…签约项目较多，)
_LEAD_IN_WHAT = re.compile(LEAD_WORDS + r"[，,]\s*$")
#: places that lead a ranking, then what the values after them are of (煤山镇、画溪街道、太湖街道位居前三，
#: 产值; …泗安镇增速列前三位，)
_PLACES_RANKED_FIRST = re.compile(
    r"(?P<places>[^，,。；;：:]+?)(?:增速|增幅|产值|规模|总量)?(?:位居|居|位列|列|排名|排在)前[两二三四五六七八九十\d]+(?:位|名)?"
    r"[，,]\s*(?P<what>[^，,。；;：:]*?)$"
)
#: a word for how many there are (数量, 个数, 家数), of things named before
_COUNT_WORD_END = re.compile(r"(?:数量|个数|家数|总数)$")
#: a subject that names only the measure the figures told just before share (申报数量, 投资额)
_THEIR_MEASURE = re.compile(r"(?:数量|总额|金额|规模|总量|额)$")
#: quarters from one to another, perhaps after their year (一至四季度, 第一至第三季度, 2025年一至四季度,
#: 第1季至第4季 as Taiwan writes it), and their numerals in order
_QUARTER_SPAN = re.compile(
    r"(?:(?P<year>(?:19|20)\d{2})\s*年)?第?([一二三四1-4])\s*(?:季度?)?\s*(?:至|到|—|-|～|~)\s*第?([一二三四1-4])\s*季度?"
)
_QUARTER_NUMBERS = "一二三四"
#: the year a list of periods opens with (2025年一季度、二季度…)
_YEAR_OPENING = re.compile(r"\s*(?:19|20)\d{2}\s*年")
#: an item that says its own year (2024年, 上年, 今年)
_YEAR_OF_ITS_OWN = re.compile(r"(?:19|20)\d{2}|[上去今本明前]年|年度")
#: quarters said alone, a span of them or a list sharing the word, perhaps after their year
#: (2025年一至四季度, 一、二、三季度)
_QUARTERS_ALONE = re.compile(
    r"(?:(?P<year>(?:19|20)\d{2})\s*年)?(?P<quarters>(?P<span>第?[一二三四]\s*(?:至|到|—|-|～|~)\s*)?"
    r"(?:第?[一二三四]\s*、\s*)*第?[一二三四]\s*季度)"
)
#: quarters listed with their word said once, after the last (一、二、三季度, 第一、第三季度)
_QUARTERS_SHARING_A_WORD = re.compile(r"^\s*(?:第?[一二三四]\s*、\s*)+第?[一二三四]\s*季度")
#: the direction a growth said from one rate to another goes (由上年同期的下降4.2%转为增长11.7%)
GROWTH_DIRECTION = "负增长|正增长|增长|下降|上涨|下跌"
#: the months a growth was at before the ones reported (由1—2月的下降3.9%转为增长1.2%; but 增速由一季度的
#: 3.2%提升至6.9% is read as a rate's two levels elsewhere)
_MONTHS_BEFORE = (
    r"(?:(?:\d{1,2}\s*[-—–~至]\s*)?\d{1,2}\s*月份?|[一二三]季度|上半年|前[两三]季度|前\d{1,2}个月)的?"
)
#: (由改造前的…, 由试点前的…: a time before the work the text is about)
_FROM = re.compile(
    # (由上年末的31.2%下降至28.5%, 由年初的…: a rate on a day before)
    rf"(?:由|从)\s*(?:(?:{_LEVEL_TIME}|(?:上年|去年|上月|上季度?)(?:同期|末|底)?的?|年初的?|[\u4e00-\u9fff]{{1,4}}前的?)?"
    rf"\s*(?:同比|环比)?\s*(?:{GROWTH_DIRECTION})?|{_MONTHS_BEFORE}\s*(?:同比|环比)?\s*(?:{GROWTH_DIRECTION}))\s*$"
)

_TO = re.compile(
    # (a speech's 从6000多亿元干到了8000多亿元 too)
    r"^\s*(?:的水平)?\s*(?:提升|提高|增加|增长|上升|回升|扩大|跃升|攀升|下降|降低|减少|回落|缩小|压缩|压减|压降|削减|缩减|精简|整合|扩容|缩短|延长|增|降|减|升|干|做|发展)?\s*(?:至|到)了?"
    # (提升至今年11月底的78.3%: a month's end of this year)
    rf"\s*(?:{_LEVEL_TIME}|(?:今年|本年|去年|上年)(?:\d{{1,2}}\s*月)?(?:末|底)?的?|(?:目前|现在|当前|如今)的?)?\s*$"
    rf"|^\s*(?:转为|转而|变为)\s*(?:{GROWTH_DIRECTION})\s*$"
)

#: output and sales said as one (新能源汽车产销量分别…): two items
_MADE_AND_SOLD = re.compile(r"产销量?$")
#: patterns of the per-token rules, compiled once (``re.match(str, …)`` pays a cache lookup per call)
_ORDINAL_FIRST = re.compile(r"第[一二三四五六七八九十]")

_ORDINAL_ITEM = re.compile(r"第?[一二三四五六七八九十]")

#: what follows 分别 without naming a thing (分别以90.83分、89.57分位列第二、第三)
_NO_NOUN_AFTER = frozenset({"以", "为", "是", "有", "达", "达到"})
#: 分别有26家、17家…企业入选: what the places have is named after the numbers
_HAVE = "有"
#: what closes a clause after its numbers (…13家企业入选。): no part of the name said there
_NAME_AFTER_NUMBERS = re.compile(r"[。，,；;：:\s]+$")
#: the document's own scope, said after a period (2023年、2024年、2025年全市分别新增…)
_SCOPE_WORDS = frozenset({"", "全市", "全省", "全区", "全县", "我市", "我省", "我区", "我县"})
#: the 各 and its verb closing the list's last item (长沙县、浏阳市各新增): no part of the item
_EACH_VERBS = "新增|新认定|认定|培育|建成|获批|入选|增加|有"
_EACH_VERB_AFTER = re.compile(rf"(?<=[\u4e00-\u9fff])各(?:{_EACH_VERBS})?$")
#: 各 and its verb before the noun of the number after it (定远县、凤阳县各新增规上工业企业30家以上)
_EACH_VERB_AND_NOUN = re.compile(rf"(?<=[\u4e00-\u9fff])各(?:{_EACH_VERBS})[\u4e00-\u9fff“”]{{2,16}}$")
#: a name that ends on 各 and the verb after it (南昌县、进贤县各新增): no indicator
_EACH_AND_VERB_END = re.compile(rf"各(?:{_EACH_VERBS})$")
#: what each place has after 各 and its verb (各有4个开发区进入A类: 开发区进入A类)
_EACH_OWN_NOUN = re.compile(rf"各(?:{_EACH_VERBS})?(?P<noun>[^各]*)$")
#: 均 (or 都): what is said is said of each item listed, not 人均 or 成都
EACH_WORD = r"(?<!人)均|(?<![成首京])都"
#: 均 (or 都) right before the verb of a list's figure (A、B均增长10%以上, 江苏省、山东省也都在1.2万家
#: 以上); 各 before its verb or its number (漳州市、龙岩市各1家)
_EACH_BEFORE_VERB = re.compile(
    rf"(?:{EACH_WORD})[\u4e00-\u9fff]{{0,3}}$|" + _EACH_VERB_AFTER.pattern + "|" + _EACH_VERB_AND_NOUN.pattern
)

#: the word an industry's name runs on into (电子信息|产业规模)
_INDUSTRY_WORD = re.compile(r"产业|行业")
#: where an industry's name ends and what is measured of it begins (有色金属|产业营业收入)
_INDUSTRY_HEAD = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:产业|行业)|(?<=业)(?:增加值|营业收入|利润总额|产值|出口交货值|产能利用率|[\u4e00-\u9fff]{0,5}指数)$"
)

_COLLECTIVE = re.compile(
    # (高等学校, 中等职业: 等 inside a word is no end of a list)
    # (“新三样” counts its items; “小巨人” in 高端装备三大领域“小巨人”企业 is of the head, no marker)
    # (电子、汽车、医药三大产业营业收入: 三大 goes, 产业营业收入 is each one's)
    r"^(?P<item>.+?)(?:(?<!高)(?<!中)(?<!初)等(?!级)"
    r"|[两二三四五六七八九十\d]+(?:市|省|区|县|个|类|项|样|者|大领域|大(?![型中小学会户]))"
    r"|“[^”]*[两二三四五六七八九十\d][^”]*”)+"
    r"(?P<head>[^“”]*(?:“[^”]*”[^“”]*)?)$"
)

#: the kind of places a list ends on after its 等 (遂宁等市, 德阳等地)
_KINDS_OF_PLACE = frozenset({"市", "县", "区", "省", "地", "地区", "市州", "县区", "县市区", "城市"})
_ORDINAL_LAST = re.compile(r"^第?(?P<n>[一二三四五六七八九十])(?P<head>(?:产业|季度|批)\S*)$")


def _said_on(before: str, said: str) -> str:
    """R&D经费投入, then 投入强度: the phrase the second goes on from (R&D经费投入强度), where the
    first ends with what the second begins with; else ""."""
    return next(
        (
            before + said[k:]
            for k in range(min(len(before), len(said) - 1), 1, -1)
            if before.endswith(said[:k])
        ),
        "",
    )


def _each_year(periods: list[Period]) -> list[Period]:
    """The years a list of years names, or the years of the one span it names (2021年至2025年)."""
    if len(periods) == 1 and periods[0].kind == MULTI_YEAR and periods[0].start and periods[0].end:
        return [Period.year(year) for year in range(periods[0].start.year, periods[0].end.year + 1)]
    return periods if periods and all(period.kind == FULL_YEAR for period in periods) else []


def _expand_ordinal_items(items: list[str]) -> list[str]:
    """``第一、二、三产业增加值`` → 第一产业增加值, 第二产业增加值, 第三产业增加值; the ordinals may
    open a longer list (第一、二、三产业和城乡居民生活用电量: the fourth item is whole)."""
    if len(items) < 2 or not _ORDINAL_FIRST.fullmatch(items[0]):
        return items
    end = next((i for i in range(1, len(items)) if not _ORDINAL_ITEM.fullmatch(items[i])), len(items) - 1)
    last = _ORDINAL_LAST.match(items[end])
    if last is None:
        return items
    head = last.group("head")
    expanded = [("" if x.startswith("第") else "第") + x + head for x in items[:end]]
    return [*expanded, "第" + last.group("n") + head, *items[end + 1 :]]


#: what parts values listed alone (38.2亿元、24.6亿元和17.9亿元)
_VALUES_APART = re.compile(r"\s*(?:、|和|及)\s*")
#: a number said of the items together (合计占全国比重, 共实现)
_SUMMED = re.compile(r"合计|总计|共计|共同|一共|累计")
#: how far each place listed has got with its own goal (张家界、怀化、湘西州进度不到40%), never a share
#: the places make up together (长沙、株洲占全省比重)
_EACH_PLACES_PROGRESS = re.compile(r"(?:完成率|执行率|进度)$")


def _in_the_lists_year(first: list[str], item: str) -> str:
    """An item of a list of periods with the year its first item said, where it says none
    (2025年一季度、二季度、三季度和四季度: all of 2025, though 四季度 alone would be the last one
    ended)."""
    said = _YEAR_OPENING.match(first[0]) if first else None
    if said is None or _YEAR_OPENING.match(item) or _YEAR_OF_ITS_OWN.search(item):
        return item
    return said.group() + item


def _spanned_quarters(first: str, last: str) -> str:
    """The numerals of the quarters from ``first`` to ``last`` (一, 四: 一二三四); "" where they do not
    run forward."""
    start, end = (_QUARTER_NUMBERS.index(n) if n in _QUARTER_NUMBERS else int(n) - 1 for n in (first, last))
    return _QUARTER_NUMBERS[start : end + 1] if start < end else ""


class ListRules(IndicatorText):
    """Rules for numbers shared out over listed items (mixed into the extractor)."""

    periods: PeriodResolver
    #: the text with masked spans and document references blanked, where periods are looked for
    period_text: str
    previous_figures: list[Draft]
    paragraph_places: list[str]

    def _each_item(self, d: Draft, pre: str, s_figs: list[Draft]) -> list[Draft]:
        """工业投资、技改投资均增长10%以上: 均 gives the one value to every item of the list;
        长沙县、浏阳市各新增两家: so does 各, to places whose noun was told before."""
        if not _EACH_BEFORE_VERB.search(pre):
            # 全椒县、来安县规上工业增加值增速保持在12%以上: a rate is each place's, 均 or not (and
            # so is how far each has got: 张家界、怀化、湘西州进度不到40%)
            # (but 南昌、赣州、九江三市…合计增长5%以上, 阜阳、宿州等6市…: the group's growth)
            own_rate = d.measure == "yoy_growth_pct" or (
                d.measure == "share_pct" and _EACH_PLACES_PROGRESS.search(d.indicator) is not None
            )
            rate = own_rate and "、" in d.indicator and "respectively" not in d.rules
            grouped = "等" in d.indicator or COUNTED_REGIONS.search(d.indicator) is not None
            rate = rate and not grouped and "分别" not in pre and not _SUMMED.search(d.indicator + pre)
            return (self._each_listed_region(d) if rate else None) or [d]
        each = _EACH_VERB_AFTER.search(pre) or _EACH_VERB_AND_NOUN.search(pre)
        if each is not None:
            # 浏阳经开区、宁乡经开区各新增两家: the places as written (the indicator lost them)
            items = [strip_chars(x) for x in list_items(pre[: each.start()].split("，")[-1])]
            items[:1] = [items[0].removeprefix("其中")] if items else []  # (其中南昌县、进贤县各新增…)
        elif "、" in d.indicator:
            placed = self._each_listed_region(d)
            if placed is not None:
                return placed  # 张家口市、承德市、秦皇岛市技改投资增速均在10%以上: each place's
            items = d.indicator.split("、")
        else:
            return [d]
        items = [x for x in items if x]
        named = distribute_head(items) if len(items) >= 2 else []
        places_only = bool(named) and all(region and not name for name, region in named)
        if each is not None and not places_only:
            # (…各新增12家 whose places or noun cannot be told: no indicator that ends on 各新增)
            return [] if _EACH_AND_VERB_END.search(d.indicator) else [d]
        # (也都, 也均: the places are said to be so as well, of what was told before)
        also = places_only and "也" in pre[-6:]
        # (南昌市、赣州市各有4个开发区进入A类: the noun after the number is its own)
        own = _EACH_OWN_NOUN.search(d.indicator) if each is not None else None
        told = [own.group("noun")] if own is not None and own.group("noun") else []
        told = told or (self._told_before(s_figs, {d.token.base_unit}) if each is not None or also else [])
        counted = [f for f in s_figs if f.measure == "amount" and f.token.base_unit == d.token.base_unit]
        if places_only and not told and d.token.unit_class == "count" and counted:
            # 长沙市高新技术企业达到8215家；株洲市、湘潭市分别达到1736家、1102家，衡阳市、岳阳市均超过
            # 1000家: the things the sentence counted in the places before, on the same day
            told = [counted[-1].indicator]
            d = replace(d, period=counted[-1].period, stock=counted[-1].stock)
        if places_only and not told and d.measure == "yoy_growth_pct" and "均" in pre:
            # 成都市…实际使用外资24.6亿元…；绵阳、宜宾、遂宁等市增速均在25%以上: the growth of what the
            # sentence counted in another place
            listed = {region for _, region in named}
            grown = [f for f in s_figs if f.measure == "amount" and f.region not in listed]
            named = [(grown[-1].indicator, region) for _, region in named] if grown else named
        if each is not None and not any(told):
            # 各新增两家 of what, the text does not say (宜春市4家，上饶市、吉安市各3家 after counts
            # whose noun went untold too): no indicator to give
            return []
        if told and d.token.unit_class == "count":
            # (…专精特新中小企业都已超过1.5万家。江苏省、山东省也都在1.2万家以上: the count told before)
            named = [(told[-1], region) for _, region in named]
        if not named or not all(name for name, _ in named):
            return [d]  # 济南、青岛均增长6%: regions without a subject are left as they were
        return [
            replace(d, indicator=name, region=region or d.region, rules=[*d.rules, "each_item"])
            for name, region in named
        ]

    def _places_in_turn_again(
        self, tokens: list[Token], clause: cl.Span, s_figs: list[Draft]
    ) -> dict[int, tuple[str, str | None] | None]:
        """A、B、C分别落地项目27个、19个、16个，完成投资38.2亿元、24.6亿元、17.9亿元: a clause of as
        many values, listed alone, goes on with the places of the clause before, in turn."""
        if len(tokens) < 2 or any(t.kind == "rank" or t.base_unit == "百分点" for t in tokens):
            return {}
        if any(not _VALUES_APART.fullmatch(self.text, a.end, b.start) for a, b in itertools.pairwise(tokens)):
            return {}
        before = [f for f in s_figs if f.quote_end <= clause.start][-len(tokens) :]
        places = [f.region for f in before]
        if (
            len(before) < len(tokens)
            or not all("respectively" in f.rules for f in before)
            or len(set(places)) != len(tokens)
            or len({f.indicator for f in before}) != 1
        ):
            return {}
        said = self.text[clause.start : tokens[0].start]
        if "、" in said or self._leading_region(said) is not None:
            return {}  # (…，衡阳市、岳阳市增长7.1%、6.9%: places of its own)
        growths = all(t.base_unit == "%" for t in tokens)
        # (…分别实现产业规模365亿元、218亿元，增长19.8%、26.5%: the growths of what was told)
        noun = self._clean(said, growth=growths) or (before[0].indicator if growths else "")
        if not noun:
            return {}
        return {i: (noun, place) for i, place in enumerate(places)}

    def _each_listed_place(self, d: Draft) -> list[Draft]:
        """A threshold after the count of places listed (A、B、C3个市…超过10%): each place's, with
        or without 均; nobody's where the places cannot be told apart from the noun (but
        广东、江苏…5个工业大省…合计占全国比重达到44.7%: their sum, the group's)."""
        if "each_item" in d.rules or _SUMMED.search(d.indicator):
            return [d]
        return self._each_listed_region(d) or []

    def _each_listed_region(self, d: Draft) -> list[Draft] | None:
        """The figure given to each place its indicator lists (北仑区、鄞州区…技改投资: each
        place's, of the noun after the last); None where the list names no places."""
        listed = self._listed_regions(d.indicator)
        if listed is None:
            return None
        regions, noun = listed
        return [replace(d, indicator=noun, region=r, rules=[*d.rules, "each_item"]) for r in regions]

    def _whole_place(self, item: str) -> str:
        """A listed item's indicator text, or the place it names whole where cleaning would cut its
        name's end as a word (成都: not 成 and a trailing 都)."""
        cleaned, whole = self._clean(item), strip_chars(item)
        cut_short = cleaned != whole and whole.startswith(cleaned)
        return whole if cut_short and region_of_item(whole) is not None else cleaned

    def _told_before(self, s_figs: list[Draft], units: set[str]) -> list[str]:
        """The indicators places listed without a noun share (济南、青岛分别增长5.1%、6.2%; 其中，
        长沙县、浏阳市分别新增11家、9家): the sentence's figures so far, else the sentence before's
        growth, or its counts in the same unit."""
        subjects = [f for f in s_figs if f.measure != "rank"]
        # (长沙市高新技术企业达到8215家，占全省的42.4%；株洲市、湘潭市分别达到1736家、1102家: a count
        # is of the things counted before, not of their share)
        same_unit = [f.indicator for f in subjects if f.token.base_unit in units] if "%" not in units else []
        if subjects:
            return same_unit or [f.indicator for f in subjects]
        if units == {"%"}:
            grown = [f.indicator for f in self.previous_figures if f.measure == "yoy_growth_pct"]
            # …11个设区市规上工业增加值均实现增长。南昌、赣州…分别增长8.9%、8.6%: the growth the
            # sentence before spoke of without its number
            said = self._growth_said_before() if not grown else ""
            return grown or ([said] if said else [])
        counted = [f for f in self.previous_figures if f.measure == "amount" and f.token.base_unit in units]
        if (
            len(counted) >= 2
            and "respectively" in counted[-1].rules
            and counted[-1].region == counted[-2].region
            and counted[-1].indicator != counted[-2].indicator
        ):
            # 电子信息装备、新能源装备、航空装备分别认定18项、16项、11项。…赣州市、九江市分别认定13项、10项:
            # the kinds counted before, one of which no place's count is
            return []
        return [f.indicator for f in counted]

    def _periods_opening_item(self, listed: str) -> list[Period]:
        """2023年、2024年、2025年全省R&D经费投入: the periods listed alone, then the one that opens
        the last item (what the list names follows it), else []."""
        *alone, last = list_items(listed) or [""]
        quarters = _QUARTER_SPAN.match(last)
        if not alone and quarters is not None:
            # 一至四季度市场化交易电量: each of those quarters of the year said, else of the one reported on
            spanned = _spanned_quarters(*quarters.group(2, 3))
            year = int(quarters["year"]) if quarters["year"] else None
            return self._quarters_of_the_year(spanned, year) if spanned else []
        mentions = self.periods.find(_in_the_lists_year(alone[:1], last), False)
        if not alone and mentions and mentions[0].pos == 0 and mentions[0].period.kind == MULTI_YEAR:
            return _each_year([mentions[0].period])  # 2021—2025年全省规上工业增加值: the span's years
        if not alone or not mentions or mentions[0].pos != 0:
            return []
        before = self._periods_alone("、".join(alone))
        return [*before, mentions[0].period] if len(before) == len(alone) else []

    def _quarters_sharing_a_word(self, subject: str) -> list[Period]:
        """一、二、三季度…: the quarters of the year reported on the list names, else []."""
        listed = _QUARTERS_SHARING_A_WORD.match(subject)
        return (self._quarters_alone(listed.group()) or []) if listed is not None else []

    def _quarters_of_the_year(self, numerals: str | list[str], year: int | None = None) -> list[Period]:
        """The quarters ``numerals`` name (一, 三) of ``year``, else of the year reported on, those
        the resolver reads; [] where the text reports on no year."""
        year = year or self.periods.summary_year()
        if year is None:
            return []
        said = [self.periods.find(f"{year}年{q}季度", False) for q in numerals]
        return [found[0].period for found in said if found]

    def _quarters_alone(self, listed: str) -> list[Period] | None:
        """2025年一至四季度, 一、二、三季度: each quarter a span or a list of them names, of the year
        said (else of the one reported on), [] where it cannot be told; None for any other words."""
        quarters = _QUARTERS_ALONE.fullmatch(listed.strip())
        if quarters is None or not (quarters.group("span") or "、" in quarters.group()):
            return None
        numerals = re.findall("[一二三四]", quarters.group("quarters"))
        if quarters.group("span"):
            numerals = list(_spanned_quarters(*numerals))
        year = int(quarters.group("year")) if quarters.group("year") else None
        found = self._quarters_of_the_year(numerals, year) if numerals else []
        return found if len(found) == len(numerals) else []

    def _periods_alone(self, listed: str) -> list[Period]:
        """The periods of a list that names nothing else (一季度、上半年、前三季度), else []."""
        quarters = self._quarters_alone(listed)
        if quarters is not None:
            return quarters
        found: list[Period] = []
        items = list_items(listed) if listed else []
        for item in items:
            if strip_chars(periods_free(item)) not in _SCOPE_WORDS:
                return []  # not a period alone (2025年全市: the period, and whose it is)
            mentions = self.periods.find(_in_the_lists_year(items[:1], item), False)
            if len(mentions) != 1:
                return []
            found.append(mentions[0].period)
        return found

    def _places_opening_the_part(self, sentence: cl.Span, clause: cl.Span, count: int) -> list[str] | None:
        """The places listed where the part of the sentence (after its last ；) opens, before
        ``clause``, where there are ``count`` of them (吕梁市、阳泉市各有2家…); else None."""
        part = max(sentence.start, self.text.rfind("；", sentence.start, clause.start) + 1)
        listed = _PLACES_LISTED.match(self.text, part, clause.start)
        if listed is None:
            return None
        places = [region_of_item(x) for x in list_items(listed.group().strip())]
        found = [place for place in places if place is not None]
        return found if len(found) == len(places) == count else None

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
            return self._places_in_turn_again(tokens, clause, s_figs)
        if _RATIOS_TO_PLACES.match(text, pos):
            return {}  # (分别是全市、全省平均水平的1.3倍和1.5倍: ratios to the places, told by the measure)
        governed = [
            i for i, t in enumerate(tokens) if t.start > pos and t.kind != "rank" and t.base_unit != "百分点"
        ]
        if len(governed) < 2:
            return {}  # one value (or percentage points, handled by _pp) needs no distribution
        prev = [t for t in tokens if t.end <= pos]
        subject_start = prev[-1].end if prev else clause.start
        # (浙江、河南则分别年增7.2%、7.0%: the adverb before 分别 is no part of the last item)
        subject = _ADVERB_BEFORE_EACH.sub("", text[subject_start:pos])
        growth_word = GROWTH_AFTER_PLACES.search(subject)
        if growth_word is not None and region_of_item(
            GROWTH_AFTER_PLACES.sub("", strip_chars(list_items(subject)[-1]))
        ):
            # the places' growth of what was told before, as 射洪市、安居区分别增长… would say it
            subject = subject[: growth_word.start()]
        out: dict[int, tuple[str, str | None] | None] = {}
        # what 分别 is followed by before its first value (分别有…, 分别以…, 分别实现产值…)
        between = text[pos + 2 : tokens[governed[0]].start]
        said_after = between.strip()
        wholes = _SHARES_OF_WHOLES.fullmatch(said_after)
        parts = [strip_chars(x) for x in list_items(wholes.group("wholes"))] if wholes is not None else []
        quarters = self._quarters_sharing_a_word(subject)
        named = self._clean(_QUARTERS_SHARING_A_WORD.sub("", subject, count=1)) if quarters else ""
        if named and len(quarters) == len(governed):
            # 一、二、三季度高新技术产业增加值分别增长8.2%、8.8%、9.5%: one subject over the quarters
            for i, period in zip(governed, quarters, strict=True):
                out[i] = (named, None)
                spread_periods[i] = period
            return out
        own = self._clean(subject)
        if own and len(parts) == len(governed) and all(parts):
            # 我国出口船舶分别占全国造船完工量、新接订单量、手持订单量的91.8%、89.4%和92.6%: the
            # subject's share of each whole in turn
            return {i: (f"{own}占{part}", None) for i, part in zip(governed, parts, strict=True)}
        regions = self._listed_regions(subject)
        if regions is not None and len(regions[0]) == len(governed):
            # 北仑区、鄞州区、慈溪市规上工业增加值分别…: the regions share the last one's noun, and
            # what 分别 goes on to name (安庆高新区化工园区、枞阳经开区化工园区分别实现产值…)
            after = self._clean(between)
            named_after = after if lexicon().flow_nouns.fullmatch(after) and after not in regions[1] else ""
            if not regions[1] and not named_after and said_after == _HAVE:
                named_after = self._named_after_numbers(tokens[governed[-1]].end, clause)
            noun = regions[1]
            if noun in lexicon().attributes and not named_after:
                # (…江苏省产量12.3万套…；上海市、浙江省产量分别增长21.7%和26.8%: the output of what the
                # sentence told it of, 工业机器人产量)
                noun = next(
                    (
                        f.indicator
                        for f in reversed(s_figs)
                        if f.indicator.endswith(noun) and f.indicator != noun
                    ),
                    noun,
                )
            for i, listed in zip(governed, regions[0], strict=True):
                out[i] = (noun + named_after, listed)
            return out
        written = [strip_chars(x) for x in list_items(subject)]
        marked = _parted_at_marks(subject, len(written), len(governed))
        if marked is not None:
            # (长春市汽车电子集群、吉林市碳纤维及复合材料集群…分别: 及 joins the parts of one item)
            written = [strip_chars(x) for x in marked]
        if len(written) == len(governed) >= 2 and all(place_opening(x) for x in written):
            # 清河县羊绒产业、平乡县自行车产业营业收入分别达到…: each place's own kind (cleaning
            # would take a place that opens an item for the clause's scope)
            for i, (name, region) in zip(governed, distribute_head(written), strict=True):
                out[i] = (self._clean(name) or name, region)
            return out
        items = [self._whole_place(x) for x in list_items(subject)]
        items = [x for x in items if x]
        marked = _parted_at_marks(subject, len(items), len(governed)) if len(governed) >= 2 else None
        if marked is not None:
            # 工业伺服及运动控制、储能变流器两大业务分别…: 及 joins the parts of one item, 、 the items
            by_mark = [self._whole_place(x) for x in marked]
            items = by_mark if all(by_mark) else items
        elif len(items) > len(governed) == 2 and "、" not in subject:
            # 電子零組件業與電腦電子產品及光學製品業分別年增…: 与 joins the two items, 及 the parts of one
            joined = next((part for part in ("与", "和") if subject.count(part) == 1), None)
            by_word = [self._whole_place(x) for x in subject.split(joined)] if joined else []
            items = by_word if by_word and all(by_word) else items
        if len(items) == 1 and len(governed) == 2 and items[0].startswith("城乡"):
            # 城乡居民人均可支配收入分别达到…: the towns' and the villages' in turn
            items = ["城镇" + items[0][2:], "农村" + items[0][2:]]
        made_and_sold = _MADE_AND_SOLD.search(items[0]) if len(items) == 1 and len(governed) == 2 else None
        if made_and_sold is not None:
            # 新能源汽车产销量分别完成1126.4万辆和1119.8万辆: its output, then its sales
            stem = items[0][: made_and_sold.start()]
            items = [stem + "产量", stem + "销量"]
        if len(items) >= 2 and items[-1].endswith("地区") and not items[0].endswith("地区"):
            # 东部、中部、西部和东北地区分别增长…: the items share the last one's 地区
            widened = [x if x.endswith("地区") else x + "地区" for x in items]
            items = widened if all(region_of_item(x) for x in widened) else items
        if items and region_of_item(items[0]) is None:
            # 中西部地区的安徽省、四川省分别增长…: the first place named after what it belongs to
            of = items[0].rfind("的")
            if of >= 0 and region_of_item(items[0][of + 1 :]) is not None:
                items[0] = items[0][of + 1 :]
        reached = (
            [f for f in s_figs if f.measure == "amount" and f.status == "actual"][-len(governed) :]
            if not items and text.startswith("完成", pos + 2)
            else []
        )
        if reached and len(reached) == len(governed):
            # 新签约…项目47个，协议总投资286.4亿元，分别完成攻坚目标任务的78.3%和71.6%: how much
            # of its goal each figure told before has reached
            return {i: (f.indicator + "目标完成率", f.region) for i, f in zip(governed, reached, strict=True)}
        if not prev and len(items) < len(governed):
            # 计算机、通信和其他电子设备制造业，汽车制造业，电气机械…增加值分别…: items in clauses
            # of their own, back to the sentence's start or its last figure
            start = max([sentence.start, *(f.token.end for f in s_figs)])
            # 抽查批次较多的是温岭市和玉环市，分别为72批次和64批次: the places that lead in what the
            # clause before names
            leaders = _LEADERS_ARE.search(text, start, clause.start)
            led = (
                [region_of_item(strip_chars(x)) for x in list_items(leaders.group("places"))]
                if leaders
                else []
            )
            if leaders is not None and led:
                if len(led) != len(governed) or not all(led):
                    return dict.fromkeys(governed)  # (places that lead, not all told: no figure is better)
                what = self._clean(periods_free(leaders.group("what")))
                if not what or _COUNT_WORD_END.search(what):
                    # 本批次新认定数量较多的是…, 增幅居前的是…: of what was counted or grew before
                    told = self._told_before(s_figs, {tokens[i].base_unit for i in governed})
                    what = told[-1] if told else what
                if not what:
                    return dict.fromkeys(governed)
                return {i: (what, listed) for i, listed in zip(governed, led, strict=True)}
            counted = _PLACES_COUNTED.fullmatch(strip_chars(subject)) is not None
            noun = self._clean(between) if counted else self._clean(subject)
            places_opening = self._places_opening_the_part(sentence, clause, len(governed)) if noun else None
            if noun.startswith("占") and s_figs:
                noun = s_figs[-1].indicator + noun  # (…，占全省比重分别为8.6%、5.2%: of what they did)
            if places_opening is not None and region_of_item(noun) is None and not _CHANGE_WORD.match(noun):
                # 吕梁市、阳泉市各有2家企业入选…，省级专精特新中小企业分别新增64家、35家 (…，两市分别新增…
                # 38家、29家): the places the part of the sentence opened on, in turn
                return {i: (noun, place) for i, place in zip(governed, places_opening, strict=True)}
            firsts = self._places_ranked_first(tokens, governed, start, pos, s_figs)
            if firsts is not None:
                return firsts
            headed = self._places_of_the_heading(tokens, governed, between, clause)
            if headed is not None:
                return headed
            wide = [self._clean(x) for x in list_items(text[start:pos], commas=True)]
            wide = wide[next((i for i, x in enumerate(wide) if x), len(wide)) :]  # 1—10月，… goes
            if len(wide) == len(governed) and all(wide):  # every part an item, none a time or cue
                items = wide
            # A、B均保持较快增长，分别增长5.5%和6.1%: the list the clause before told
            said = subject_said_of_each(text, start, clause.start) if len(items) < len(governed) else ""
            placed = self._listed_regions(said) if said else None
            if placed is not None and len(placed[0]) == len(governed):
                return {i: (placed[1], listed) for i, listed in zip(governed, placed[0], strict=True)}
            each = [self._clean(x) for x in list_items(said)] if said else []
            if len(each) == len(governed) and all(each):
                # (…两个主导产业稳步发展，营业收入分别增长…: each item's own 营业收入, which this
                # clause names before 分别)
                # (not 上饶、吉安两市增势强劲，新增数量分别增长…: places, each of that noun)
                places = any(region_of_item(strip_chars(x)) for x in each)
                own_noun = own if own and not places and not _GROWTH_WORDS.fullmatch(own) else ""
                items = [x if x.endswith(own_noun) else x + own_noun for x in each]
            # (…；上饶市、赣州市合格率相对较低，分别为81.4%、83.0%: the places the clause before
            # opens on, of what was told before)
            last = max(text.rfind(mark, start, clause.start) for mark in "；;")
            segment = text[max(start, last + 1) : clause.start]
            # (偃师区、伊川县、洛龙区签约项目较多，分别为9个、8个、7个: the places that lead in
            # what they name)
            leading = _LEAD_IN_WHAT.search(segment)
            if leading is not None:
                segment = segment[: leading.start()]
                segment = segment[max(segment.rfind("，"), segment.rfind(",")) + 1 :]  # (从县区看，… goes)
            # (金坛区、溧阳市聚焦动力电池，动力电池产业产值分别达到…: the places, and what the clause of
            # the values names)
            own = self._clean(subject)
            opened = self._listed_regions(segment) if not said and (s_figs or leading or own) else None
            if (
                opened is not None
                and len(opened[0]) == len(governed)
                and len(items) < len(governed)
                and region_of_item(strip_chars(list_items(segment)[0])) == opened[0][0]
            ):
                # (of what the sentence's figures before were, else of nothing told)
                told = [own] if own else [f.indicator for f in s_figs if f.measure != "rank"]
                if leading is not None and not own and not _GROWTH_WORDS.fullmatch(opened[1]):
                    # (阜阳市、宿州市增长较快，通过评估企业数同比分别增长…: what the clause of the
                    # values names, else what the places lead in, unless that is only their growth)
                    told = [opened[1]]
                if not told:
                    return dict.fromkeys(governed)
                return {i: (told[-1], listed) for i, listed in zip(governed, opened[0], strict=True)}
        opening = opening_periods if len(opening_periods) != 1 else _each_year(opening_periods)
        if len(items) == 1 and not opening:
            # 2023年、2024年、2025年全省R&D经费投入分别为…: the years open the subject's list
            opening = self._periods_opening_item(self.period_text[subject_start:pos])
            if opening and _QUARTER_SPAN.match(subject.strip()):
                items = [self._clean(_QUARTER_SPAN.sub("", subject, count=1))]  # (一至四季度 is no name)
        spread_before = s_figs[-len(governed) :]
        if (
            len(items) == 1
            and not opening
            and len(s_figs) >= len(governed)
            and all("respectively" in f.rules for f in spread_before)
            and len({f.period for f in spread_before}) == len(governed)
        ):
            # …分别为1285.3亿元、1410.6亿元、1518.6亿元，投入强度分别为2.57%、…: the same years again,
            # and what the subject before was said of (R&D经费投入 → R&D经费投入强度)
            opening = [f.period for f in spread_before]
            items = [_said_on(spread_before[-1].indicator, strip_chars(subject)) or items[0]]
        if len(items) == 1 and len(opening) == len(governed):
            # 一季度、上半年，全市规上工业增加值分别增长7.1%和8.2%: one subject over the periods
            # (2021—2025年，…比重分别为35.6%、…和42.6%: over the span's years, one a value); what the
            # subject did, named after 分别, is the figure (市级财政分别安排专项资金2.6亿元、…)
            percent = any(tokens[i].base_unit == "%" for i in governed)
            named_after = "" if percent else self._clean(between)
            named = named_after if named_after not in _NO_NOUN_AFTER else ""
            for i, period in zip(governed, opening, strict=True):
                out[i] = (named or items[0], None)
                spread_periods[i] = period
            return out
        if len(items) >= 2 and len(items) == len(governed):
            # 吉安市、宜春市分别进出口412.3亿元、356.8亿元: what the places did, named after 分别
            units = {tokens[i].base_unit for i in governed}
            named_after = self._clean(between) if "%" not in units else ""
            named_after = "" if named_after in _NO_NOUN_AFTER else named_after  # 分别以90.83分、…
            if said_after == _HAVE and all(region for _, region in distribute_head(items)):
                named_after = self._named_after_numbers(tokens[governed[-1]].end, clause)
            subjects = [named_after] if named_after else self._told_before(s_figs, units)
            if not subjects and units == {"分"} and text[pos + 2 : pos + 3] == "以":
                # 分别以91.87分、91.05分位列第2位、第3位: the scores that won the ranks
                score = self._score_name(tokens[governed[-1]].end, clause.end, s_figs)
                subjects = [score] if score else []
            for i, (name, region) in zip(governed, distribute_head(items), strict=True):
                if region and not name:
                    # 济南、青岛分别增长5.1%、6.2%: regions share the indicator named before
                    out[i] = (subjects[-1], region) if subjects else None
                elif named_after and not region and not name.endswith(named_after):
                    # 新能源、新材料三个行业分别新增就业1.47万人、0.68万人: what each did, after 分别
                    out[i] = (name + named_after, region)
                else:
                    out[i] = (name, region)
            return out
        # (2023年、2024年，全市分别新增…: the years listed in the clause before)
        # (1-7月、1-8月累计增速分别为…: the months alone, then the growth they are of)
        listed = self.period_text[subject_start:pos]
        listed_periods = (
            (self._periods_alone(listed) or self._periods_alone(_BARE_GROWTH_END.sub("", listed)) or opening)
            if not items
            else []
        )
        years = _each_year(listed_periods)
        noun = self._clean(between) if years else ""
        if noun and len(years) == len(governed):
            # 2021年至2025年分别认定省级绿色工厂176家、215家…: the years in turn, the noun after 分别
            for i, period in zip(governed, years, strict=True):
                out[i] = (noun, None)
                spread_periods[i] = period
            return out
        if len(listed_periods) == len(governed):
            # 从走势看，一季度、上半年、前三季度分别增长6.8%、7.1%和7.3%: the growth before, by period
            before = [f for f in [*self.previous_figures, *s_figs] if f.measure == "yoy_growth_pct"]
            if before and all(tokens[i].base_unit == "%" for i in governed):
                for i, period in zip(governed, listed_periods, strict=True):
                    out[i] = (before[-1].indicator, None)
                    spread_periods[i] = period
                return out
        shared_out = s_figs[-len(governed) :]
        # (…较高的是A、B、C，分别为…；D、E…较低，分别为…: not the last two of the three before)
        spread_before_count = (
            sum("respectively" in f.rules and f.quote_start == shared_out[-1].quote_start for f in s_figs)
            if shared_out
            else 0
        )
        if (
            not items
            and spread_before_count == len(governed)
            and all("respectively" in f.rules for f in shared_out)
            and len({f.region for f in shared_out}) == len(governed)
        ):
            # 吉安市、宜春市分别进出口…，分别增长8.6%和4.5%: the places' own growths, in turn
            for i, f in zip(governed, shared_out, strict=True):
                out[i] = (f.indicator, f.region)
            return out
        told_just_before = s_figs[-len(governed) :] if len(items) == 1 else []
        their_measure = _THEIR_MEASURE.search(items[0]) if told_just_before else None
        if (
            their_measure is not None
            and len(told_just_before) == len(governed)
            and all(f.measure == "amount" for f in told_just_before)
            and len({f.indicator for f in told_just_before}) == len(governed)
            and all(items[0][: their_measure.start()] in f.indicator for f in told_just_before)
        ):
            # 受理单项冠军企业申报9家、“小巨人”企业申报63家，申报数量分别比上年增长28.6%和21.2%: the
            # figures told before, each in turn, their shared measure named again
            return {i: (f.indicator, f.region) for i, f in zip(governed, told_just_before, strict=True)}
        if not items:
            # (…，较上年分别增加4家和3个，分别增长80%、42.9%: the growths are of the levels)
            levels = [f for f in s_figs if f.measure != "rank" and "change_over_base" not in f.rules]
            prior: list[str] = []
            for level in levels:
                if level.indicator not in prior:
                    prior.append(level.indicator)
            if len(prior) >= len(governed):
                names = (
                    _counted_in_these_units(levels, [tokens[i].base_unit for i in governed])
                    or prior[-len(governed) :]
                )
                for i, name in zip(governed, names, strict=True):
                    out[i] = (name, None)
                return out
            in_units = levels[-len(governed) :]
            if len(in_units) == len(governed) and len({f.token.base_unit for f in in_units}) == len(governed):
                # 累计装机规模达到612.4万千瓦/1358.6万千瓦时，较2024年底分别增长68.5%、72.3%: one
                # thing told in as many units, each unit's growth in turn
                return {i: (f.indicator, None) for i, f in zip(governed, in_units, strict=True)}
        return dict.fromkeys(governed)

    def _places_of_the_heading(
        self, tokens: list[Token], governed: list[int], between: str, clause: cl.Span
    ) -> dict[int, tuple[str, str | None] | None] | None:
        """（三）宜昌市、十堰市。两市…，分别推动1580家、1150家中小企业完成数字化改造: the places the
        item's heading names, in turn, of what 分别 names (after the numbers, else before them);
        None where the heading names no such places."""
        places = self.paragraph_places
        if len(places) != len(governed) or any(tokens[i].base_unit == "%" for i in governed):
            return None
        named = self._named_after_numbers(tokens[governed[-1]].end, clause) or self._clean(between)
        if not named or named in _NO_NOUN_AFTER:
            return None
        return {i: (named, place) for i, place in zip(governed, places, strict=True)}

    def _named_after_numbers(self, end: int, clause: cl.Span) -> str:
        """西安市、宝鸡市、榆林市分别有26家、17家、13家企业入选: what the places have is named after
        the numbers (企业入选), not by the last thing the sentence before counted."""
        return _NAME_AFTER_NUMBERS.sub("", self.text[end : clause.end])

    def _places_ranked_first(
        self, tokens: list[Token], governed: list[int], start: int, pos: int, s_figs: list[Draft]
    ) -> dict[int, tuple[str, str | None] | None] | None:
        """煤山镇、画溪街道、太湖街道位居前三，产值分别为…; …泗安镇增速列前三位，分别增长…: the places
        that lead, each with its value of what the text told before (规上工业总产值 for 产值: as it
        was told in full); None where no such places open the values (or are not all places)."""
        ranked = _PLACES_RANKED_FIRST.search(self.text, start, pos)
        if ranked is None:
            return None
        places = [region_of_item(strip_chars(x)) for x in list_items(ranked.group("places"))]
        if len(places) != len(governed) or not all(places):
            return None
        units = {tokens[i].base_unit for i in governed}
        # (of what the sentence told, else of the amount the sentence before told; a growth, of the
        # one the paragraph told)
        told = self._told_before(s_figs, units) or (
            [f.indicator for f in self._growths_of_paragraph([])]
            if "%" in units
            else [f.indicator for f in self.previous_figures if f.measure == "amount"]
        )
        what = self._clean(ranked.group("what"))
        fuller = next((name for name in reversed(told) if what and name.endswith(what)), "")
        what = fuller or what or (told[-1] if told else "")
        if not what:
            return None
        return {i: (what, place) for i, place in zip(governed, places, strict=True)}

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
                # (…；战略性新兴产业增加值占规上工业的比重，由2020年的18.6%提升至…: what the clause
                # before names, no figure of its own, not the figure told before it)
                indicator = self._named_in_clause_before(clause)
            if not indicator:
                indicator = subjects[-1] if subjects else ""
            elif subjects and (share := share_of_subject(indicator, subjects[-1])) is not None:
                indicator = share  # …增长12.6%，占规上工业的比重由…: its share
            if indicator:
                out[i] = out[i + 1] = (indicator, None)
        return out

    def _named_in_clause_before(self, clause: cl.Span) -> str:
        """What the clause right before ``clause`` names, when it is a name alone (no number,
        no verb of a figure), else ""."""
        if clause.start < 1 or self.text[clause.start - 1] not in "，,":
            return ""
        begin = max(self.text.rfind(mark, 0, clause.start - 1) for mark in "，,；;。\n") + 1
        said = self.text[begin : clause.start - 1]
        if not 2 <= len(said) <= _NAMED_CLAUSE_MAX or _DIGIT.search(said) or not _NAME_END.search(said):
            return ""
        if _SAID_OF_THE_ONE_BEFORE.match(said):
            return ""  # (…；产业营收占全县规上工业营收的比重，由…: the industry told before, unnamed)
        return self._clean(said)


#: a name that opens on what the sentence spoke of before (产业营收…, 其…, 该…)
_SAID_OF_THE_ONE_BEFORE = re.compile(r"(?:产业|行业|集群|其|该|全产业链)")
#: the longest clause that names what the next clause's levels are of
_NAMED_CLAUSE_MAX = 40
_DIGIT = re.compile(r"\d")
#: how such a name ends (…的比重, …占比, …产值)
_NAME_END = re.compile(r"(?:比重|占比|比例|份额|率|值|额|量|数)$")
#: an item's last word naming a kind of industry (羊绒产业, 纺织行业)
_KIND_END = re.compile(r"(?:产业|行业|产业集群)$")
#: the level a place's full name ends on (清河县, 邢台市)
_PLACE_LEVEL_END = ("省", "市", "县", "区", "旗", "州")


def place_opening(item: str, after: int = 2) -> tuple[str, str] | None:
    """``清河县羊绒产业`` → (清河县, 羊绒产业): a place written in full (the longest such), then what
    of it, ``after`` characters at least."""
    for end in range(len(item) - after, 1, -1):
        if item[end - 1] in _PLACE_LEVEL_END:
            place = region_of_item(item[:end])
            if place is not None:
                return place, item[end:]
    return None


def _parted_at_marks(subject: str, found: int, wanted: int) -> list[str] | None:
    """The items of ``subject`` parted at its 、 alone, where a joining word inside an item's name
    (及, 和) made ``found`` items of what ``wanted`` values go to; None for any other list."""
    return subject.split("、") if found > wanted and subject.count("、") == wanted - 1 else None


def distribute_head(items: list[str]) -> list[tuple[str, str | None]]:
    """``济南、青岛、烟台三市GDP`` → (GDP, 济南市) …; ``A、B、C“新三样”出口`` → A出口 …

    The head noun after a collective marker on the last item belongs to
    every item; items that are region names become the figure's region.
    """
    items = _expand_ordinal_items(items)
    placed = [opened for opened in map(place_opening, items) if opened is not None]
    if len(items) >= 2 and len(placed) == len(items):
        # 清河县羊绒产业、平乡县自行车产业营业收入: each place's own kind, the kinds sharing the
        # last one's head
        kinds = distribute_head([kind for _, kind in placed])
        return [(kind, place) for (kind, _), (place, _) in zip(kinds, placed, strict=True)]
    m = _COLLECTIVE.match(items[-1])
    head = ""
    lengths = {len(x) for x in items[:-1]}
    if m and (m.group("head") or region_by_short(m.group("item"))):
        items = [*items[:-1], m.group("item")]  # 烟台、潍坊、济宁、青岛四市: the marker goes
        # (绵阳、宜宾、遂宁等市: the kind of place after 等 is no head)
        head = "" if m.group("head") in _KINDS_OF_PLACE else m.group("head")
    elif (
        len(lengths) == 1
        and (n := lengths.pop()) <= 3
        and len(items[-1]) > n + 1
        # 纺织业、通用设备制造业: industries, complete nouns, not modifiers of one head
        and not any(x.endswith("业") for x in items)
        # (新能源、电子信息产业规模: the last item's name runs on into 产业 just past the short
        # items' length, so they share 产业规模, below, not 息产业规模)
        and not _INDUSTRY_WORD.search(items[-1], n + 1, n + 3)
        # (千山区、岫岩满族自治县: places, each whole)
        and not all(region_of_item(x) for x in items)
    ):
        # 城镇、农村居民人均可支配收入: the short items share the long item's head; where they
        # end alike, the head starts after that ending (大型、中型和小微型企业: 小微型 + 企业)
        ending = {x[-1] for x in items[:-1]}
        cut = items[-1].find(ending.pop(), 1) + 1 if len(ending) == 1 else 0
        # (风电、光伏发电量: a head of one character after the shared ending, 量, is no noun; the
        # items share 发电量, after the short items' length)
        cut = cut if 0 < cut < len(items[-1]) - 1 else n
        head = items[-1][cut:]
        items = [*items[:-1], items[-1][:cut]]
    elif (
        (
            (shared := _INDUSTRY_HEAD.search(items[-1]))
            and region_of_item(items[-1]) is None  # (沭阳高新技术产业开发区 is a place, whole)
        )
        and not any(
            _INDUSTRY_HEAD.search(x) or lexicon().flow_nouns.search(without_official_names(x))
            for x in items[:-1]
        )
    ):
        # 电子信息、有色金属产业营业收入: the bare items share the last one's 产业… head
        head = items[-1][shared.start() :]
        items = [*items[:-1], items[-1][: shared.start()]]
    elif (
        (kind := _KIND_END.search(items[0]))
        and all(x.endswith(kind.group()) for x in items[:-1])
        and (said := items[-1].find(kind.group())) > 0
        and (at := said + len(kind.group())) < len(items[-1])
    ):
        # 羊绒产业、自行车产业营业收入: the kinds share what follows the last one's 产业
        head = items[-1][at:]
        items = [*items[:-1], items[-1][:at]]
    elif (
        (flow := lexicon().flow_nouns.search(items[-1])) is not None
        and flow.start() >= _NAME_BEFORE_FLOW_MIN
        and not any(lexicon().flow_nouns.search(x) for x in items[:-1])
    ):
        # 铜陵有色、海螺集团、淮河能源营业收入: the bare names share the last one's flow
        head = items[-1][flow.start() :]
        items = [*items[:-1], items[-1][: flow.start()]]
    subject = owner_of_attribute(items[0])
    if subject and not head and all(x in lexicon().attributes for x in items[1:]):
        # 新能源汽车产量、销量分别…: the later attributes are of the first item's subject
        items = [items[0], *(subject + x for x in items[1:])]
    out: list[tuple[str, str | None]] = []
    regions = [region_of_item(item) for item in items]
    for item, known in zip(items, regions, strict=True):
        region = known or among_places(item, regions)  # (宁德、厦门、漳州: 宁德 among places)
        if region:
            out.append((head, region))
        else:
            out.append((item + head, None))
    return out


def _counted_in_these_units(told: list[Draft], units: list[str]) -> list[str]:
    """智能工厂38家、数字化车间146个，合计184个，较上年度分别增加6家、21个: the latest run of figures
    told in the units of the values listed, in their order (not the sum told after them); none
    where the values share one unit, which cannot tell the runs apart."""
    n = len(units)
    if len(set(units)) < 2:
        return []
    for k in range(len(told) - n, -1, -1):
        run = told[k : k + n]
        if [f.token.base_unit for f in run] == units:
            return [f.indicator for f in run]
    return []
