"""Quantity and rank tokens of a clause.

A token is a number with its unit and qualifier (``约1.2万个``, ``3600余项``,
``3-5个百分点``, ``10.9、2.3个百分点``, ``五成``, ``三分之一``, ``突破万亿元``)
or a ranking (``居全国第二位``, ``均居全省首位``).  Tokens are searched in the
*masked* text, where names that contain numbers (“11266”, 《…2023—2025年》,
第五届, 5G …) have been blanked out, so they can never become figures.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pipelines.stages.extract.lexicon import bracketed_unit, lexicon, split_unit
from pipelines.stages.extract.numbers import parse_cn_range, parse_fraction, parse_number

_SP = r"[ \t\u3000*]*"
#: spaces that are no column gap (two of them or more): a number's unit follows within its cell
_NO_GAP = r"(?![ \t\u3000]{2})[ \t\u3000*]*"
#: the rule of a money amount written without its currency (1000亿, 突破千亿): a figure only
#: where the indicator names an amount of money (money_noun cues), else 3亿 could be anything
BARE_MONEY = "bare_money"
#: what may follow 亿 when no unit does: punctuation, the end, or 大关
_BARE_END = r"(?=大关|[^\u4e00-\u9fffA-Za-z0-9%％]|$)"
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"  # 1,234.5 as well as 1234.5
#: a rank's place (第8位, 第二名, 首位), not an ordinal of a tier, batch or item (第一梯队, 第三批)
_ORDINAL = (
    rf"(?:第{_SP}(?P<ord>\d+|[一二三四五六七八九十]+)(?:{_SP}(?:位|名))?|(?P<first>首位))"
    r"(?![梯方批次阶档集个家座条项届轮季期章节篇部卷版页场\d])"  # (系列第三篇, 第5版: a paper's parts)
)
_NUMBER = re.compile(_NUM)
#: what a price is per, said before its number (每吨6万元, 每千瓦时0.35元: 万元/吨, 元/千瓦时)
_PER_UNIT_BEFORE = re.compile(r"每(?P<per>吨|千瓦时|平方米|亩|千克|立方米|瓦)\s*$")
_MORE_AFTER_MULTIPLIER = re.compile(r"(?<=[万亿千百])[余多]")  # 3万余家


def _float(text: str) -> float:
    return float(text.replace(",", ""))


@dataclass
class Token:
    """A number (or rank) found in a clause; offsets are absolute."""

    kind: str  # quantity | rank | tenths | fraction | implied | round | doubling
    start: int  # first character of the qualifier-before or of the number
    num_start: int
    end: int  # after unit and qualifier-after
    values: list[float]
    value_max: float | None
    unit: str
    multiplier: float
    base_unit: str
    unit_class: str
    qualifier: str = "exact"
    population: str = ""  # rank: the ranked population (全国, 全省 …)
    verb: str = ""  # rank: the verb (均居 …)
    rules: list[str] = field(default_factory=list)
    #: rank: when it says the place was held, between the verb and the place (由2015年的全省第4位,
    #: 由上半年的全省第4位), if it says so
    held_in: str = ""


@dataclass(frozen=True)
class _Patterns:
    quantity: re.Pattern[str]
    cn_quantity: re.Pattern[str]
    percent_words: re.Pattern[str]  # 百分之十五点二
    fraction: re.Pattern[str]
    tenths: re.Pattern[str]
    implied: re.Pattern[str]
    round_count: re.Pattern[str]  # 超万家, 百余个
    bare_money: re.Pattern[str]  # 1000亿 with no unit after it
    doubling: re.Pattern[str]
    rank: re.Pattern[str]
    rank_more: re.Pattern[str]  # a further rank listed after one (、中部第2位)
    rank_next: re.Pattern[str]  # a further place of the same population (分列全市第1、2位)
    rank_top: re.Pattern[str]  # a place among the first (进入全国前15位)
    before: re.Pattern[str]
    after: re.Pattern[str]


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    lex = lexicon()
    before = "|".join(re.escape(c) for c, _ in lex.qualifier_before)
    after = "|".join(re.escape(c) for c, _ in lex.qualifier_after if c not in ("余", "多"))
    return _Patterns(
        quantity=re.compile(
            # (?<!\d ): 增长1 0.1% is a number broken across lines, no figure of 0.1
            rf"(?<![\d.A-Za-z])(?<!\d,)(?<!\d )(?P<neg>(?<![\d%％])[-−－])?(?P<n1>{_NUM})"
            # a range, the multiplier said on both ends or not (300万—350万辆, 10%—15%, 5—8家);
            # a % on its first end is on its second too (上升9.4%至16.2亿元 is a growth, then a level)
            # (…or the count's word too: 3000个至3200个, 5家—8家; and the unit, right before the
            # dash: 1.8亿元至2.4亿元, 690亿美元至710亿美元, 270GW至300GW, not 712.4亿元 -2.3%, a level and
            # then its growth)
            rf"(?:{_SP}(?:万亿|亿|万)?(?:(?:个|家|项|座|台|所|名|辆|套|条)?{_SP}(?P<pct1>[%％])?{_SP}|(?:元|美元|港元|欧元|日元|吨|GWh|MWh|GW|MW|千瓦时|千瓦)(?=[-—–~～至到]))"
            # (年减1.0%至增2.0%: a range from a fall to a rise, the second end's direction said)
            rf"(?P<dash>[-—–~～至到])(?P<turn>(?<=[至到])[增减])?{_SP}(?P<n2>{_NUM}))?"
            # a list sharing one unit: 10.9、2.3个百分点; points may repeat 个 and join with 和
            # (高于全国、全省2.3个和0.6个百分点), which must not leave 2.3个 a count
            rf"(?P<more>(?:{_SP}个?{_SP}[、和]{_SP}{_NUM})+(?={_SP}个?{_SP}百分点)"
            # (12.4亿、3.6亿、2.5亿立方米: each number with the multiplier the unit opens with)
            rf"|(?:{_SP}(?P<each>亿|万)、{_SP}{_NUM})+(?={_SP}(?P=each))|(?:{_SP}、{_SP}{_NUM})*)"
            # (not across a column gap: 1  双清区  湖南…公司, a row's number, then its place's cell)
            rf"{_NO_GAP}(?P<q>余|多)?{_NO_GAP}(?P<unit>(?(pct1)[%％]|(?:{lex.unit_pattern})))"
            # (涨了9个点: spoken points, no count of 个)
            r"(?<!个(?=点(?!位)))"
        ),
        cn_quantity=re.compile(
            r"(?<![第前每这那哪几数之一二三四五六七八九十两百千万〇零])"  # 数十家: vague
            # a lone 一 is an article (一家企业), not a count; 一百二十 is one, and so is 增长一倍
            r"(?P<n1>(?!一(?![十百千万亿倍点]))(?:零(?=点)|[一二三四五六七八九十两])[〇零一二三四五六七八九十百千万两]*"
            # a decimal in words (一点三个百分点), and what a speech says of money, vehicles or
            # tons (三千零五十亿元, 六十八万辆, 一万八千亿元); 三千二百多家 is at least 3200
            # (speech's money without 元: 两百一十多亿, 一百三十来个亿; 四十来家 is about 40)
            r"(?:点[零〇一二三四五六七八九]+)?)(?P<q>余|多|来)?"
            r"(?P<unit>个百分点|(?:万亿|亿|万)?(?:元|辆|吨|千瓦时|千瓦)|万?亩(?!均)|个?亿(?!元)|个|家|项|名|位|支|套|座|条|只|场|批|倍)"
            r"(?!方面|大|是|级|类|型|化|链|届|月|年|体|流|多)"
        ),
        percent_words=re.compile(
            r"百分之(?P<n>[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)"
        ),
        fraction=re.compile(r"(?P<den>[一二三四五六七八九十]+|\d+)分之(?P<num>[一二三四五六七八九十]+|\d+)"),
        tenths=re.compile(
            # (约四成为…中小企业: after a bound, 成为 is a share and 为, not the verb 成为)
            r"(?:(?P<pre>超过|将近|接近|近|约|逾|突破|达到|达|占|不到|不足|超|保持在|稳定在|维持在)"
            r"(?P<n>[一二两三四五六七八九]|\d(?:\.\d)?)成(?![果本效员功立长熟交就都市型套品绩了])"
            # (开工不足五成的企业9家: a threshold that names the firms counted, no share)
            r"(?!的[^，,。；;\d]{1,12}\d)"
            r"|(?<![一二三四五六七八九十\d])(?P<n2>[一二两三四五六七八九])成(?=以上|左右|多)"
            # 完成…目标的八成: the part of a goal reached
            r"|(?<=目标的)(?P<n3>[一二两三四五六七八九])成(?![为果本效员功立长熟交就都市型套品绩了])"
            # 利润下降四成, 降了四成: a growth rate in tenths right after its verb
            r"|(?<=增长|下降|降了|涨了|长了)(?P<n4>[一二两三四五六七八九])成(?![为果本效员功立长熟交就都市型套品绩了])"
            # 约占全国的四成, 占全省三成: a part of a place's whole
            r"|(?:(?<=[国省市县区]的)|(?<=占全[国省市]))(?P<n5>[一二两三四五六七八九])成(?![为果本效员功立长熟交就都市型套品绩了]))"
        ),
        # 突破万亿元; also without the currency where nothing follows (营收突破千亿，): see BARE_MONEY
        # (均逾千亿元, 接近千亿元: at least, or about, a round sum; 上百亿元 is too loose to cite)
        implied=re.compile(
            r"(?<![成数几])(?P<pre>突破|超过|超|破|迈上|跨越|迈过|站上|跃上|逾|接近|将近|近)(?P<unit>万亿|千亿|百亿)"
            rf"(?:(?P<cur>元|美元)|{_BARE_END})"
        ),
        # 超万家, 百余个, 近千家, 千余人: a round count said with a bound, not 数百家 or 千家万户
        round_count=re.compile(
            r"(?<![\d〇零一二三四五六七八九十两百千万数几成])"
            r"(?:(?P<pre>突破|超过|超|逾|接近|将近|近|约)(?P<m1>[百千万])(?P<q1>余|多)?|(?P<m2>[百千万])(?P<q2>余|多))"
            r"(?P<unit>家|个|项|名|人|户|件|辆|台|套|座|条|只|场|批|所|种|款|艘)(?![万千百])"
        ),
        bare_money=re.compile(
            rf"(?<![\d.A-Za-z])(?<!\d,)(?P<n1>{_NUM}){_SP}(?P<unit>万亿|千亿|百亿|亿){_BARE_END}"
        ),
        doubling=re.compile(r"翻了?(?P<n>一|两|二|三)?番"),
        rank=re.compile(
            # (the population may hold a list in parentheses: 居全市各县（市、区）首位, or name whom
            # it ranks: 居全国省级国资委监管企业第7位)
            # (and the year a rank was held in, said between: 由2015年的全省第4位上升至2025年的第3位)
            # (not 由高到低排第9位: the order of the ranking)
            # (and none after a growth in a dashboard's brackets: （10.2%，全市第3）)
            rf"(?P<verb>{lex.rank_verb}|由(?![高低大小多少]到[高低大小多少])(?=[^，,。；;]{{0,16}}?第[^，,。；;]{{1,3}}?[位名])"
            r"|(?<=[%％][，,])(?=\s*全[国省市区县]\s*第\s*\d{1,3}\s*[)）]))"
            rf"(?:{_SP}(?P<when>[^，,。；;、\s第首的]{{2,8}}?)的)?{_SP}"
            rf"(?P<pop>(?:[^，,。；;、\s第首（(]|[（(][^（）()]{{0,6}}[)）]){{0,14}}?){_SP}{_ORDINAL}"
        ),
        rank_more=re.compile(rf"{_SP}、{_SP}(?P<pop>[^，,。；;、\s第首\d]{{1,8}}?){_SP}{_ORDINAL}"),
        rank_top=re.compile(
            rf"(?P<verb>进入|跻身|迈入|保持|稳居|位居|位列|居)(?P<pop>[^，,。；;、\s第首前]{{0,8}}?){_SP}前"
            # (居前5名的北京、广东…: a group named by its rank, not a rank)
            rf"{_SP}(?P<ord>\d+|[一二三四五六七八九十]+){_SP}(?:位|名)(?![的之])"
        ),
        rank_next=re.compile(
            rf"{_SP}[、和]{_SP}第?{_SP}(?P<ord>\d+|[一二三四五六七八九十]+)(?:{_SP}(?:位|名))?"
            r"(?![梯方批次阶档集个家座条项届轮\d])"
        ),
        before=re.compile(rf"(?:{before}){_SP}$") if before else re.compile(r"(?!)"),
        after=re.compile(rf"{_SP}(?:及)?(?P<a>{after})") if after else re.compile(r"(?!)"),
    )


#: how far before a number a qualifier cue may start (约, 超过, 不低于)
_QUALIFIER_REACH = 6


def _qualifier_before(text: str, pos: int, floor: int) -> tuple[str, int]:
    """Qualifier cue right before ``pos`` (``约``, ``超过``): qualifier and cue start."""
    window = text[max(floor, pos - _QUALIFIER_REACH) : pos]
    stripped = window.rstrip(" \t\u3000*")
    cue = lexicon().qualifier_cue_before.suffix(stripped)
    if cue is None:
        return "exact", pos
    return _qualifier_of_cue_before()[cue], pos - (len(window) - len(stripped)) - len(cue)


@lru_cache(maxsize=1)
def _qualifier_of_cue_before() -> dict[str, str]:
    """The qualifier of each cue before a number (the first row of a cue wins, as in a scan)."""
    out: dict[str, str] = {}
    for cue, qualifier in lexicon().qualifier_before:
        out.setdefault(cue, qualifier)
    return out


def _qualifier_after(text: str, pos: int, limit: int) -> tuple[str, int]:
    m = patterns().after.match(text, pos, limit)
    if not m:
        return "exact", pos
    cue = m.group("a")
    for c, qualifier in lexicon().qualifier_after:
        if c == cue:
            return qualifier, m.end()
    return "exact", pos


def may_have_tokens(masked: str, raw: str, start: int, end: int) -> bool:
    """False only if ``find_tokens`` must find nothing in ``[start, end)``.

    Most sentences of a document hold none of the literals the token scans
    need (``_SCANS``), and testing for them is far cheaper than the scans.
    """
    return bool(_ANY_MASKED_NEED.search(masked, start, end) or _ANY_RAW_NEED.search(raw, start, end))


def find_tokens(masked: str, raw: str, start: int, end: int) -> list[Token]:
    """Tokens of the clause ``[start, end)`` in text order, without overlaps.

    A scan runs only if the clause holds what every match of its pattern
    contains: same result, and most clauses skip most of the scans. The
    order of ``_SCANS`` is the tie order of the sort below, so it must stay.
    """
    found: list[Token] = []
    for scan in _SCANS:
        if scan.needs.search(raw if scan.in_raw else masked, start, end):
            scan.run(masked, raw, start, end, found)

    # (分列全市第1、2、3位: the places listed after a rank are ranks, not a count 2、3位 of 位)
    found.sort(key=lambda t: (t.num_start, t.kind != "rank", -(t.end - t.start)))
    out: list[Token] = []
    for tok in found:
        if out and tok.num_start < out[-1].end:
            continue
        if out and _restated_sum(raw, out[-1], tok):
            continue
        out.append(tok)
    return out


#: what may stand between a sum of money and its bracket restating it: nothing, 约, or a sign, or
#: the other currency's name (1,126.8亿元人民币（约新台币5,070亿元）)
_RESTATEMENT_OPENING = re.compile(
    r"\s*(?:人民币)?\s*整?\s*[（(]\s*(?:约|折合|合)?\s*(?P<currency>新台币|台币|港币|港元|美元|欧元|日元)?\s*[￥¥]?\s*$"
)


def _restated_sum(raw: str, before: Token, tok: Token) -> bool:
    """4.1万亿元人民币（约4.5万亿港元）: the same sum in another currency, no figure of its own;
    nor is 贰仟叁佰肆拾伍万元整（￥23,450,000.00元）, the same sum in digits."""
    same_sum = abs(before.values[0] * before.multiplier - tok.values[0] * tok.multiplier) < 0.5
    opening = _RESTATEMENT_OPENING.fullmatch(raw, before.end, tok.start)
    return (
        before.unit_class == tok.unit_class == "money"
        and opening is not None
        and (before.base_unit != tok.base_unit or same_sum or bool(opening.group("currency")))
    )


#: what a capacity or a yearly flow says after its unit (万吨/年)
_PER_YEAR = ("/年", "／年")


def _quantities(masked: str, raw: str, start: int, end: int, found: list[Token]) -> None:
    """Arabic numbers with a unit: 1.2万个, 3-5个百分点, 10.9、2.3个百分点."""
    for m in patterns().quantity.finditer(masked, start, end):
        written = m.group("unit")
        inner = _MORE_AFTER_MULTIPLIER.sub("", written)
        split = split_unit(inner)
        if split is None:
            continue
        multiplier, unit = split
        values = [_float(m.group("n1"))]
        if m.group("neg"):
            values = [-values[0]]  # 增长-3.2%: a written minus sign
        if m.group("more"):
            values += [_float(x) for x in _NUMBER.findall(m.group("more"))]
        value_max = _float(m.group("n2")) if m.group("n2") else None
        if value_max is not None and value_max <= values[0] and not m.group("turn"):
            continue  # 2023-11 style, not a range
        qualifier, q_start = _qualifier_before(raw, m.start(), start)
        if m.group("q") or inner != written:
            qualifier = "at_least"
        q_after, q_end = _qualifier_after(raw, m.end(), end)
        if q_after != "exact":
            qualifier = q_after
        rules = ["number"]
        if m.group("turn"):
            # (its second end's direction is its own, not the first's)
            rules.append("range_to_rise" if m.group("turn") == "增" else "range_to_fall")
        if (
            value_max is not None
            and raw.startswith("之间", q_end)
            and not raw.startswith("之间的", q_end)  # (在6%—8%之间的有石家庄…: those in it, a bucket)
            and raw.endswith(("在", "介于"), start, q_start)
        ):
            q_end += 2  # 在85至95万吨之间, 介于690亿美元至710亿美元之间: the range's frame, no one's name
            rules.append("range_frame")
        scale = multiplier * unit.multiplier
        if len(values) > 1 and unit.base_unit != "百分点":
            # 分别为12.4、3.6、2.5亿立方米: a value each, sharing the unit written after the last
            # (a list of percentage points stays one token, which _pp shares out)
            ends = [n.end() for n in _NUMBER.finditer(masked, m.start(), m.end())][: len(values)]
            starts = [q_start] + [n.start() for n in _NUMBER.finditer(masked, ends[0], m.end())]
            for at, (value, number_end) in enumerate(zip(values, ends, strict=True)):
                last = at == len(values) - 1
                # (12.4亿、…: up to the mark after it, its multiplier with it)
                item_end = q_end if last else masked.find("、", number_end, m.end())
                item = Token(
                    "quantity", starts[at], starts[at] if at else m.start(), item_end,
                    [value], None, inner, scale, unit.base_unit, unit.unit_class,
                    qualifier if last else "exact", rules=["number", "shared_unit"],
                )  # fmt: skip
                found.append(item)
            continue
        per = _PER_UNIT_BEFORE.search(raw, max(start, q_start - 6), q_start)
        per_unit = split_unit(f"{inner}/{per.group('per')}") if per is not None else None
        if per is not None and per_unit is not None:
            # 碳酸锂价格跌破每吨6万元, 工业用地每亩18万元: a price (万元/吨), said with its
            # denominator first, which the indicator does not take
            inner, q_start, unit = f"{inner}/{per.group('per')}", per.start(), per_unit[1]
            scale, rules = per_unit[0] * unit.multiplier, [*rules, "per_unit_before"]
            if qualifier == "exact":
                qualifier, q_start = _qualifier_before(raw, q_start, start)  # (跌破每吨6万元)
        if raw.startswith(_PER_YEAR, q_end) and q_end + len(_PER_YEAR[0]) <= end:
            q_end += len(_PER_YEAR[0])  # 熟料设计产能186万吨/年: a capacity, a year's; no 年 of a name
        found.append(
            Token(
                "quantity",
                q_start,
                m.start(),
                q_end,
                values,
                value_max,
                inner,
                scale,
                unit.base_unit,
                unit.unit_class,
                qualifier,
                rules=rules,
            )
        )


def _single_quantity(
    raw: str,
    m: re.Match[str],
    bounds: tuple[int, int],
    value: float,
    unit: tuple[str, float, str, str],
    rules: list[str],
) -> Token:
    """A quantity of one value with the qualifiers around it (约, 以上); ``unit`` is (as
    written, multiplier, base unit, unit class)."""
    start, end = bounds
    qualifier, q_start = _qualifier_before(raw, m.start(), start)
    q_after, q_end = _qualifier_after(raw, m.end(), end)
    written, multiplier, base_unit, unit_class = unit
    return Token(
        "quantity",
        q_start,
        m.start(),
        q_end,
        [value],
        None,
        written,
        multiplier,
        base_unit,
        unit_class,
        q_after if q_after != "exact" else qualifier,
        rules=rules,
    )


#: what may follow a bare 亿 said in words (总投资一百零六亿。), as after digits
_BARE_AFTER = re.compile(_BARE_END)
#: the last item of a list before a count (新能源、智能制造装备、新材料|三个行业分别…)
_LIST_BEFORE = re.compile(r"、[^，,。；;：:、]{1,12}$")
#: words that say what items listed before do each or together (分别, 均, 各, 合计 …)
EACH_OR_TOGETHER = r"分别|均|各|都|合计|共"
#: what the items the count counts do together, after it (三个行业|分别新增…, 两市|均…)
_TOGETHER_AFTER = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{EACH_OR_TOGETHER})")


#: one numeral and 元 inside a word (三元前驱体, 一元化, 二元结构), no sum of money
_WORD_OF_A_NUMERAL = re.compile(
    r"[一二三四五六七八九十两多]元(?![的，,。；;、和及与或以左余多钱])[\u4e00-\u9fff]"
)


def _cn_quantities(masked: str, raw: str, start: int, end: int, found: list[Token]) -> None:
    """Counts in Chinese numerals: 两个, 十二家, 三百一十二家, 十二万个; not the count of a list's
    items said right after them (A、B、C三个行业分别…: the list's own marker)."""
    for m in patterns().cn_quantity.finditer(masked, start, end):
        if _LIST_BEFORE.search(raw, max(start, m.start() - 14), m.start()) and _TOGETHER_AFTER.match(
            raw, m.end(), end
        ):
            continue
        value = parse_number(m.group("n1"))
        spoken_range = parse_cn_range(m.group("n1")) if value is None else None
        if spoken_range is not None:
            value = spoken_range[0]  # 四十五六个亿, 三四个百分点: a range said the way people speak
        written = m.group("unit")
        bare = written.endswith("亿")  # (个?亿 before no 元: 两百一十多亿, 一百三十来个亿)
        if bare and not _BARE_AFTER.match(raw, m.end(), end):
            continue
        split = split_unit("亿元" if bare else written)
        if value is None or split is None:
            continue
        if split[1].unit_class == "money" and _WORD_OF_A_NUMERAL.match(raw, m.start(), min(end, m.end() + 1)):
            continue  # (三元前驱体, 一元化: a word that opens on a numeral and 元, no money)
        unit = (
            "亿元" if bare else written,
            split[0] * split[1].multiplier,
            split[1].base_unit,
            split[1].unit_class,
        )
        # (总投资一百零六亿: money said without 元, kept only where the indicator names money)
        rules = ["chinese_numeral", BARE_MONEY] if bare else ["chinese_numeral"]
        token = _single_quantity(raw, m, (start, end), value, unit, rules)
        if spoken_range is not None:
            token.value_max = spoken_range[1]
        if m.group("q") and token.qualifier == "exact":
            token.qualifier = "approx" if m.group("q") == "来" else "at_least"  # 三千二百多家
        found.append(token)


def _percent_words(masked: str, raw: str, start: int, end: int, found: list[Token]) -> None:
    """百分之十五点二: a percentage written in words, as a speech transcript or a headline does."""
    for m in patterns().percent_words.finditer(masked, start, end):
        value = parse_number(m.group("n"))
        if value is None:
            continue
        found.append(
            _single_quantity(raw, m, (start, end), value, ("%", 1.0, "%", "percent"), ["percent_words"])
        )


def _fractions(masked: str, raw: str, start: int, end: int, found: list[Token]) -> None:
    """三分之一 as a share in percent."""
    for m in patterns().fraction.finditer(masked, start, end):
        value = parse_fraction(m.group("den"), m.group("num"))
        if value is None:
            continue
        qualifier, q_start = _qualifier_before(raw, m.start(), start)
        found.append(
            Token(
                "fraction",
                q_start,
                m.start(),
                m.end(),
                [value],
                None,
                "%",
                1.0,
                "%",
                "percent",
                qualifier,
                rules=["fraction"],
            )
        )


def _tenths(masked: str, raw: str, start: int, end: int, found: list[Token]) -> None:
    """五成 as a share in percent."""
    for m in patterns().tenths.finditer(masked, start, end):
        group = next(g for g in ("n", "n2", "n3", "n4", "n5") if m.group(g))
        value = parse_number(m.group(group))
        if value is None:
            continue
        pre = m.group("pre") or ""
        qualifier = next((q for c, q in lexicon().qualifier_before if c == pre), "exact")
        q_after, q_end = _qualifier_after(raw, m.end(), end)
        if q_after == "exact" and raw.startswith(("多", "余"), m.end()):  # 三成多 (general cues leave 多 out)
            q_after, q_end = "at_least", m.end() + 1
        if raw.startswith("半", m.end()):  # 一成半: one and a half tenths
            value, q_end = value + 0.5, max(q_end, m.end() + 1)
        hundredth = _HUNDREDTHS_AFTER.match(raw, m.end(), end)
        if hundredth is not None:  # 逾六成五: six tenths and five hundredths, 65%
            value, q_end = value + (parse_number(hundredth.group()) or 0) / 10, max(q_end, hundredth.end())
        if q_after != "exact":
            qualifier = q_after
        found.append(
            Token(
                "tenths",
                m.start(group),
                m.start(group),
                max(m.end(), q_end),
                [value],
                None,
                "成",
                10.0,
                "%",
                "percent",
                qualifier,
                rules=["tenths"],
            )
        )


#: the hundredths after a count of tenths (六成五), not a numeral that opens a count (一成五十家)
_HUNDREDTHS_AFTER = re.compile(r"[一二三四五六七八九](?![十百千万亿成个家项名人位])")
#: an index's value: a few digits, perhaps with decimals (50.8, 118.6)
_INDEX_VALUE = r"\d{1,3}(?:\.\d+)?"
#: an index level, which has no unit (PMI为50.8, 景气指数分别为128.7、122.9和115.2, 118.6点): a
#: plain number right after the index's name and its verb, not a year, a date or a count
_INDEX_LEVEL = re.compile(
    # (中小企业发展指数（SMEDI）为89.3点: its abbreviation in brackets after it)
    # (工业生产总指数平均为97.5: a year's average of its quarters' levels)
    # (缺工指数（2023年一季度＝100）为91.6: its base in brackets after it)
    r"(?:指数|PMI)(?:[（(][A-Za-z]{2,8}[)）]|[（(][^（）()\n]{1,16}[=＝]\s*100[)）]|[)）])?\s*(?:分别)?(?:平均)?"
    r"(?:为|是|达到|达|升至|回升至|上升至|提升至|提高至|降至|回落至|下降至|报|录得|由(?:\d{4}\s*年)?的?"
    # (…生产指数130.12，年增14.88%: a level with decimals said straight after the name, no verb;
    # ——宏观经济感受指数104.2点，上升1.3点: its 点 said)
    rf"|(?=\d{{1,3}}\.\d+点?(?:[，,；;。]|$)))\s*"
    # (由2024年的122.5提升至126.8: a level, then the level it moved to)
    # (139.4点、130.2点和121.7点: each level may say its 点)
    rf"(?P<n1>{_INDEX_VALUE})(?P<more>(?:点?\s*[、和及]\s*{_INDEX_VALUE})*|(?:提升|上升|提高|回升|下降|回落)至{_INDEX_VALUE})"
    r"(?P<unit>点(?!位))?"
    # (预计一季度…景气指数为104.5左右: about that level)
    r"(?P<q>左右|以上|以下)?"
    r"(?![\d.%％\u4e00-\u9fff]|\s*[-—–~～至到]\s*\d)"
)
#: a range an index's level is expected in (预估…制造业生产指数介于118.90至123.60)
_INDEX_RANGE = re.compile(
    rf"(?:指数|PMI)\s*介于\s*(?P<n1>{_INDEX_VALUE})\s*点?\s*(?:至|到|～|~|—|-)\s*(?P<n2>{_INDEX_VALUE})(?P<unit>点(?!位))?"
    r"(?![\d.%％\u4e00-\u9fff])"
)


#: a comparison an index is named in as the benchmark (高于企业景气指数…), in the clause before it
_COMPARED_BEFORE = re.compile(r"(?:[高低]于|[比较])[^，,。；;]*$")
#: how far before the index's name such a comparison is looked for
_COMPARED_REACH = 24


def _index_levels(masked: str, raw: str, start: int, end: int, found: list[Token]) -> None:
    """全省企业景气指数为118.6: an index level, in index points (unit 点 whether written or not:
    an empty unit would join no unit of the warehouse); each level of a list is a token of its
    own, for 分别 to hand out."""
    for m in _INDEX_LEVEL.finditer(masked, start, end):
        bare = "".join(masked[m.start() : m.start("n1")].split()) in ("指数", "PMI")
        if bare and _COMPARED_BEFORE.search(masked, max(start, m.start() - _COMPARED_REACH), m.start()):
            continue  # (高于企业景气指数2.8点: a gap to that index, no level of it)
        tokens = _each_number(masked, m, "点", "index", "index_level")
        if m.group("q"):
            # (104.5左右: the bound's qualifier, as qualifier_cues.csv says it after any number)
            qualifier, _ = _qualifier_after(masked, m.start("q"), m.end("q"))
            tokens[-1] = replace(tokens[-1], qualifier=qualifier)
        found.extend(tokens)
    for m in _INDEX_RANGE.finditer(masked, start, end):
        low, high = _float(m.group("n1")), _float(m.group("n2"))
        token = Token(
            "quantity", m.start("n1"), m.start("n1"), m.end(), [low], high,
            "点", 1.0, "点", "index", rules=["index_level"],
        )  # fmt: skip
        found.append(token)


def _each_number(masked: str, m: re.Match[str], base_unit: str, unit_class: str, rule: str) -> list[Token]:
    """A token in 点 for each number of a match from its group ``n1`` on; the last one ends
    where the match does (118.6点, 1.9、2.6和2.8点)."""
    numbers = list(_NUMBER.finditer(masked, m.start("n1"), m.end()))
    tokens = []
    for at, number in enumerate(numbers):
        end = m.end() if at == len(numbers) - 1 else number.end()
        token = Token(
            "quantity", number.start(), number.start(), end, [_float(number.group())], None,
            "点", 1.0, base_unit, unit_class, rules=[rule],
        )  # fmt: skip
        tokens.append(token)
    return tokens


#: a change of an index in its points (比上季度提高2.3点, 分别提高1.9、2.6和2.8点, 低13.5点):
#: read as percentage points, as releases say of PMI (上升0.9个百分点)
_INDEX_POINTS = re.compile(
    # (高于全国平均水平（89.3点）0.4点: the gap after the benchmark's own level in brackets)
    r"(?:(?:提高|上升|回升|回落|下降|降低|增加|减少|高出|提升|扩大|缩小|[高低升降])"
    r"|(?:高于|低于)[^，。；;\d（(]{0,12}?(?:[（(][^（()）]{0,12}[)）])?)\s*"
    rf"(?P<n1>{_INDEX_VALUE})(?P<more>(?:点?\s*[、和]\s*{_INDEX_VALUE})*)\s*点(?![位钟半多])"
)
#: where a sentence about an index opens: the index is named after it, in the same sentence
_INDEX_NAMED = re.compile(r"(?:指数|PMI)[^。；;\n]*$")


def _index_points(masked: str, raw: str, start: int, end: int, found: list[Token]) -> None:
    """企业景气指数为118.6，比上季度提高2.3点: a change of an index, in points."""
    for m in _INDEX_POINTS.finditer(masked, start, end):
        if not _INDEX_NAMED.search(masked, max(0, m.start() - 120), m.start()):
            continue  # (…提高2点: of no index)
        numbers = list(_NUMBER.finditer(masked, m.start("n1"), m.end()))
        # (分别提高3.1点、2.5点和1.6点: one token of the list, as 10.9、2.3个百分点 is, for _pp to share out)
        values = [_float(n.group()) for n in numbers]
        first = numbers[0].start()
        token = Token(
            "quantity", first, first, m.end(), values, None, "点", 1.0, "百分点", "pp", rules=["index_points"]
        )
        found.append(token)


_HALF = re.compile(r"(?P<pre>超过|将近|接近|近|约|逾|达到|达|占|不到|超)一半")


def _halves(masked: str, raw: str, start: int, end: int, found: list[Token]) -> None:
    """占…的比重超过一半: half, a share of 50%."""
    for m in _HALF.finditer(masked, start, end):
        qualifier = next((q for c, q in lexicon().qualifier_before if c == m.group("pre")), "exact")
        half = Token(
            "tenths", m.start(), m.end("pre"), m.end(), [5.0], None, "成", 10.0, "%", "percent", qualifier
        )
        half.rules.append("half")
        found.append(half)


def _implied(masked: str, raw: str, start: int, end: int, found: list[Token]) -> None:
    """突破万亿元: an implied one."""
    for m in patterns().implied.finditer(masked, start, end):
        multiplier = lexicon().prefixes[m.group("unit")]
        qualifier = next((q for c, q in lexicon().qualifier_before if c == m.group("pre")), "at_least")
        currency = m.group("cur") or "元"
        found.append(
            Token(
                "implied",
                m.start("unit"),
                m.start("unit"),
                m.end(),
                [1.0],
                None,
                m.group("unit") + currency,
                multiplier,
                currency,
                "money",
                qualifier,
                rules=["implied_one"] if m.group("cur") else ["implied_one", BARE_MONEY],
            )
        )


def _round_counts(masked: str, raw: str, start: int, end: int, found: list[Token]) -> None:
    """超万家, 百余个, 近千家: a hundred, a thousand or ten thousand things, with the bound said."""
    for m in patterns().round_count.finditer(masked, start, end):
        magnitude = m.group("m1") or m.group("m2")
        pre = m.group("pre") or ""
        qualifier = "at_least" if m.group("q1") or m.group("q2") else "exact"
        qualifier = next((q for c, q in lexicon().qualifier_before if c == pre), qualifier)
        if pre == "逾":
            qualifier = "at_least"  # (逾千家: no general cue says so)
        unit, value = m.group("unit"), {"百": 100.0, "千": 1000.0, "万": 1.0}[magnitude]
        # (超万家 reads 1 万家, as 3万家 does)
        written, multiplier = ("万" + unit, 10_000.0) if magnitude == "万" else (unit, 1.0)
        start_at = m.start("m1") if m.group("m1") else m.start("m2")
        round_count = Token(
            "round", start_at, start_at, m.end(), [value], None, written, multiplier, unit, "count",
            qualifier, rules=["round_count"],
        )  # fmt: skip
        found.append(round_count)


def _bare_money(masked: str, raw: str, start: int, end: int, found: list[Token]) -> None:
    """营业收入突破1000亿，: 亿 with no unit after it, read as 亿元 (kept only where the
    indicator is an amount of money, see BARE_MONEY)."""
    for m in patterns().bare_money.finditer(masked, start, end):
        unit = (m.group("unit") + "元", lexicon().prefixes[m.group("unit")], "元", "money")
        found.append(
            _single_quantity(raw, m, (start, end), _float(m.group("n1")), unit, ["number", BARE_MONEY])
        )


#: a label's unit in brackets right before its colon (营业收入（亿元）：, 从业人员（万人）：): the unit of
#: the bare number after it
_COLON_AFTER_BRACKET = re.compile(r"[)）][ \t\u3000]*[：:]")


@lru_cache(maxsize=1)
def _label_unit_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The label's bracketed unit before a colon, at the end of what is searched; a number with
    no unit of its own (386.4, 约1.2万, 7—8, 45以上), with no unit nor % after it; and a heading's
    unit in brackets at its line's end."""
    unit = lexicon().unit_pattern
    label = re.compile(rf"{bracketed_unit()}{_SP}[：:]{_SP}$")
    heading = re.compile(rf"{bracketed_unit()}[ \t\u3000]*$")
    bare = re.compile(
        rf"(?<![\d.A-Za-z])(?<!\d,)(?P<sign>[-−](?=\d))?(?P<n1>{_NUM})(?:{_SP}[-—–~～至]{_SP}(?P<n2>{_NUM}))?"
        rf"(?P<mult>万亿|亿|万)?(?!{_SP}(?:[\d.%％]|{unit}))"
    )
    return label, bare, heading


#: a line of a short label, its colon and a number (化纤：58.2), as lines under a heading run that
#: name their unit once, in the heading's brackets (二、产业链各环节产值（亿元）)
_LABEL_THEN_NUMBER = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff、“”]{1,16}[：:][ \t\u3000]*(?:约|近)?\d")
#: how far before a number (or its qualifier) a label's bracketed unit and colon may end
_LABEL_REACH = 16
#: how many lines of labels and numbers a heading's unit reaches down over
_LINES_UNDER_A_UNIT = 12


def _label_units(masked: str, raw: str, start: int, end: int, found: list[Token]) -> None:
    """规上工业总产值（亿元）：386.4, 无梭织机保有量（台）：约1.2万: a data page's line of a label, its
    unit in brackets and a bare number after the colon, the number in the label's unit (or in the
    unit of the heading above such lines: 二、产业链各环节产值（亿元） ↵ 化纤：58.2)."""
    line_start = raw.rfind("\n", 0, start) + 1
    opening = _LABEL_THEN_NUMBER.match(raw, line_start)
    headed = _unit_of_heading_above(raw, line_start) if opening is not None else None
    # (a label lies within reach of a number of the clause, not anywhere back to the line's start:
    # a long paragraph's clauses do not each search it from there)
    reach = max(line_start, start - _QUALIFIER_REACH - _LABEL_REACH)
    if headed is None and _COLON_AFTER_BRACKET.search(raw, reach, end) is None:
        return  # (most clauses have no such label: one search, and the numbers are not scanned)
    label, bare, _ = _label_unit_patterns()
    for m in bare.finditer(masked, start, end):
        qualifier, q_start = _qualifier_before(raw, m.start(), line_start)
        said = label.search(raw, max(line_start, q_start - _LABEL_REACH), q_start)
        # (the heading's unit for the number right after the line's label only: 印染：32.4（增长4.1%）)
        first = opening is not None and opening.end() > q_start
        named = said.group("unit") if said is not None else headed if first else None
        written = (m.group("mult") or "") + named.replace("％", "%") if named is not None else ""
        split = split_unit(written) if written else None
        if split is None:
            continue
        multiplier, unit = split
        value_max = _float(m.group("n2")) if m.group("n2") else None
        if value_max is not None and (value_max <= _float(m.group("n1")) or m.group("sign")):
            continue
        # (高耗能行业增加值增长（%）：-1.8: a fall, its sign before the number)
        value = -_float(m.group("n1")) if m.group("sign") else _float(m.group("n1"))
        q_after, q_end = _qualifier_after(raw, m.end(), end)
        found.append(
            Token(
                "quantity",
                q_start,
                m.start(),
                q_end,
                [value],
                value_max,
                written,
                multiplier * unit.multiplier,
                unit.base_unit,
                unit.unit_class,
                q_after if q_after != "exact" else qualifier,
                rules=["number", "label_unit"],
            )
        )


def _unit_of_heading_above(raw: str, line_start: int) -> str | None:
    """The unit in brackets that ends the heading above a run of label-and-number lines (二、产业链
    各环节产值（亿元） ↵ 化纤：58.2 ↵ 纺纱：71.5), else None."""
    heading = _label_unit_patterns()[2]
    end = line_start - 1
    for _ in range(_LINES_UNDER_A_UNIT):
        if end <= 0:
            return None
        begin = raw.rfind("\n", 0, end) + 1
        if not _LABEL_THEN_NUMBER.match(raw, begin, end):
            said = heading.search(raw, begin, end)
            return said.group("unit") if said is not None else None
        end = begin - 1
    return None


def _doublings(masked: str, raw: str, start: int, end: int, found: list[Token]) -> None:
    """翻番, 翻两番 as growth in percent."""
    for m in patterns().doubling.finditer(masked, start, end):
        n = {"一": 1, "两": 2, "二": 2, "三": 3}.get(m.group("n") or "一", 1)
        found.append(
            Token(
                "doubling",
                m.start(),
                m.start(),
                m.end(),
                [float(2**n - 1) * 100],
                None,
                "%",
                1.0,
                "%",
                "percent",
                "exact",
                rules=["doubling"],
            )
        )


#: (the population may hold a list in parentheses: 在邢台市各县（市、区）中排名第2位)
_POPULATION_BEFORE = re.compile(
    r"在(?P<pop>(?:[^，,。；;、\s（(]|[（(][^（）()]{0,6}[)）]){1,16}?)(?:中|之中|当中)?\s*$"
)


def _ranks(masked: str, raw: str, start: int, end: int, found: list[Token]) -> None:
    """居全国第二位, 均居全省首位, and the ranks listed after one (居全国第8位、中部第2位):
    searched in the raw text, since the mask blanks ordinals."""
    for m in patterns().rank.finditer(raw, start, end):
        verb = m.group("verb")
        rank: re.Match[str] | None = m
        # 增速在珠三角九市中排名第一: the ranked population said before the verb
        before = (
            _POPULATION_BEFORE.search(raw, max(start, m.start() - 16), m.start())
            if not m.group("pop")
            else None
        )
        population = before.group("pop") if before is not None else m.group("pop")
        while rank is not None:
            ordinal = 1.0 if rank.groupdict().get("first") else parse_number(rank.group("ord") or "")
            if not ordinal:
                break
            own_population = rank is not m and "pop" in rank.re.groupindex  # 、中部第2位
            if own_population:
                population = rank.group("pop")
            found.append(
                _rank_token(
                    before.start() if before is not None and rank is m else rank.start(),
                    # a population before the verb may hold a count (在15个副省级城市中): the rank
                    # starts there, so that the count inside it is no token of its own
                    (before.start() if before is not None else rank.start("verb"))
                    if rank is m
                    else rank.start("pop" if own_population else "ord"),
                    rank.end(),
                    ordinal,
                    "exact",
                    population,
                    verb,
                    ["rank"] if rank is m else ["rank", "rank_listed"],
                )
            )
            if rank is m and m.group("when"):
                found[-1].held_in = m.group("when")
            # 居全国第8位、中部第2位 (another population), 分列全市第1、2位 (the same one)
            rank = patterns().rank_more.match(raw, rank.end(), end) or patterns().rank_next.match(
                raw, rank.end(), end
            )


#: a rank in brackets after a figure, without a verb: +7.2%（全省第3）, 4128.5亿元（全国第5位）
_BRACKETED_RANK = re.compile(
    r"(?<=[%％元个家\d])\s*[（(](?P<pop>全[省市国区县]|中部|西部|东部|东北)第\s*(?P<ord>\d{1,2})(?:\s*[位名])?[)）]"
)


def _bracketed_ranks(masked: str, raw: str, start: int, end: int, found: list[Token]) -> None:
    """规上工业增加值：1—10月 +7.2%（全省第3）: the rank of the figure just told."""
    for m in _BRACKETED_RANK.finditer(raw, start, end):
        ordinal = parse_number(m.group("ord"))
        if ordinal:
            found.append(
                _rank_token(
                    m.start("pop"),
                    m.start("pop"),
                    m.end("ord"),
                    ordinal,
                    "exact",
                    m.group("pop"),
                    "",
                    ["rank", "rank_bracketed"],
                )
            )


def _top_ranks(masked: str, raw: str, start: int, end: int, found: list[Token]) -> None:
    """进入全国前15位: a rank of at most 15 (in the raw text: the mask blanks 前15位)."""
    for m in patterns().rank_top.finditer(raw, start, end):
        ordinal = parse_number(m.group("ord"))
        if not ordinal:
            continue
        found.append(
            _rank_token(
                m.start(),
                m.start("verb"),
                m.end(),
                ordinal,
                "at_most",
                m.group("pop"),
                m.group("verb"),
                ["rank", "rank_top"],
            )
        )


def _rank_token(
    start: int, num_start: int, end: int, ordinal: float, qualifier: str, population: str, verb: str,
    rules: list[str],
) -> Token:  # fmt: skip
    """A place in a ranking, in 位."""
    return Token(
        "rank", start, num_start, end, [ordinal], None, "位", 1.0, "位", "rank", qualifier,
        population=population, verb=verb, rules=rules,
    )  # fmt: skip


@dataclass(frozen=True)
class _Scan:
    """One token pattern's scan, and a pattern that every one of its matches contains."""

    needs: re.Pattern[str]
    in_raw: bool  # searched in the raw text (ranks: the mask blanks ordinals), else in the masked
    run: Callable[[str, str, int, int, list[Token]], None]


_SCANS = (
    _Scan(re.compile(r"\d"), False, _quantities),
    _Scan(re.compile(r"[二三四五六七八九十两]|一[十百千万倍]"), False, _cn_quantities),
    _Scan(re.compile(r"分之"), False, _fractions),
    _Scan(re.compile(r"百分之"), False, _percent_words),
    _Scan(re.compile(r"成"), False, _tenths),
    _Scan(re.compile(r"一半"), False, _halves),
    _Scan(re.compile(r"指数|PMI"), False, _index_levels),
    _Scan(re.compile(r"\d\s*点"), False, _index_points),
    _Scan(re.compile(r"亿"), False, _implied),  # 万亿元
    _Scan(re.compile(r"[百千万][余多]?[家个项名人户件辆台套座条只场批所种款艘]"), False, _round_counts),
    _Scan(re.compile(r"\d\s*[万千百]?亿"), False, _bare_money),
    _Scan(re.compile(r"番"), False, _doublings),
    _Scan(re.compile(r"\d"), False, _label_units),
    _Scan(re.compile(r"第|首位"), True, _ranks),
    _Scan(re.compile(r"[（(]全?[省市国区县中西东][^（）()]{0,3}第"), True, _bracketed_ranks),
    _Scan(re.compile(r"前"), True, _top_ranks),
)
_ANY_MASKED_NEED = re.compile("|".join(scan.needs.pattern for scan in _SCANS if not scan.in_raw))
_ANY_RAW_NEED = re.compile("|".join(scan.needs.pattern for scan in _SCANS if scan.in_raw))
