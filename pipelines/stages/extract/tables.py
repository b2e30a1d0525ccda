"""Plain-text tables: a header row over rows of numbers, read cell by cell.

Plans, evaluations and statistical releases put their main numbers in tables::

    指标名称  单位  2024年基数  2025年  2026年  2027年
    规模以上工业企业数字化转型覆盖率  %  68  75  83  90

    表1 部分试点城市进展（截至2024年10月底）
    城市  完成改造企业数(家)  目标完成率(%)
    苏州市  4216  84.3

    指标名称　单位　绝对值　比上年同期增长±%
    规模以上工业增加值　亿元　434.68　7.8

Prose rules cannot read such a row (its numbers have no unit and no verb), so
the columns are matched here. The shapes read: years across the header
(each row an indicator, perhaps with a unit cell, perhaps a change column
after the years); indicators with their units across the header (each row a
region); a name, its unit, its levels and their growth (each row a product, or
an indicator of a statistical release's main-indicator table); named things
with the place each lies in; and indicators each over a level and a growth
column, on a header line of their own (each row a part of a whole: a sector,
a kind of firm). Normalisation keeps the column
gaps (two spaces or more) that make the cells; a table ruled with bars
(``指标名称 | 单位 | 2025年``) has its cells between them.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import takewhile

from pipelines.stages.extract.clauses import line_at
from pipelines.stages.extract.lexicon import lexicon, split_unit
from pipelines.stages.extract.numbers import parse_number
from pipelines.stages.normalize import EMPTY_CELL

_CELL = re.compile(r"\S+(?: \S+)*")  # a cell: words separated by single spaces only
#: the mark of a provisional figure after a word cell (第三季#, 2025年首三季#)
_PROVISIONAL_MARK = re.compile(r"(?<=[\u4e00-\u9fff])[#＃]$")
#: a cell of a row ruled with bars (序号 | 指标名称 | 单位 | 2024年基数 | 2025年目标)
_RULED_CELL = re.compile(r"[^|\s](?:[^|]*[^|\s])?")
#: a year column: 2025年, 2024年基数, 2027年目标值, 2023年（实际）, 2024年底 (a stock on its last day),
#: 2025E
_YEAR_COLUMN = re.compile(
    # (2025年第三季, 2025年首三季: Hong Kong's words for a quarter and the quarters to date)
    r"(?P<y>(?:19|20)\d{2})\s*年?(?P<part>上半年|前三季度|[一二三]季度|第[1-4一二三四]季(?!度)|首[1-3一二三]季(?!度)"
    r"|\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月|底|末)?"
    # (2026年1-9月（9月末）: the months of flows, and the month's end stocks stand at)
    r"(?:(?<=月)[（(]\d{1,2}\s*月[末底][)）])?"
    # (2024A  2025E  2026E: a research note's actual year and its estimates)
    r"\s*[（(]?(?P<tag>基数|基期|基准|实际|完成|预计完成|预计|目标|预期目标|预期|计划|规划目标|规划|预算|执行|决算|(?<=\d)[AE])?"
    r"[值数]?[)）]?"
)
#: a column's unit, % perhaps signed, bracketed or not (（%）, ±%, (±%))
_IN_SIGNED_PERCENT = r"\s*(?:[（(]\s*±?%\s*[)）]|±?%)"
#: the months a column names (10月, 1—10月份)
_COLUMN_MONTHS_SAID = r"(?:\d{1,2}\s*[-—–~至]\s*)?\d{1,2}月份?"
#: the tags of a year column whose cells are goals (2026年目标, 2027年预期目标)
_GOAL_TAGS = frozenset({"目标", "预期目标", "计划", "规划目标"})
#: a column after a table's years of the last year's change (变动率(%), 比上年增长（%）)
_CHANGE_COLUMN = re.compile(
    # (1—10月同比增长（%）: of the months the last column counts, named again)
    r"(?:(?:1\s*[-—–~至]\s*)?\d{1,2}\s*月(?:份)?(?:累计)?)?"
    # (本年比上年增减（%）: a listed firm's; 2024年比上年增长(%): a yearbook's, its year named)
    r"(?:本年|本期|(?:19|20)\d{2}\s*年)?(?:比上年)?(?:变动率|变化率|增减率?|增长率?|增速|增幅|同比增长|比上年增长)"
    + _IN_SIGNED_PERCENT
    # (2025年  2024年  变化 ↵ … +7.8%, +10.0个百分点: each cell says its unit)
    + r"|变化|变动"
    # (2024年 | 2025年 | 增幅, its cells 9.8%: a rate's word, whatever unit the cells say)
    r"|(?:同比|比上年)?(?:增幅|增速|增长率)"
)
#: a numbered row's name alone on its line (5规上工业企业研发经费支出: normalize joined 序号 to it)
_NUMBERED_NAME = re.compile(r"\d{1,2}\s*([\u4e00-\u9fff][^\s\d%]{2,30})")
#: the remark columns after a table's years (完成情况: 超额完成, 未完成 …; 属性: 预期性, 约束性)
#: a remark column of how far a goal is done (进度（%）), whose cells are numbers nobody reads
_PROGRESS_COLUMN = re.compile(r"(?:完成)?进度\s*(?:[（(]\s*%\s*[)）])?")
#: a rate's change over the year, said in words cell by cell (毛利率比上年同期增减 ↵ 减少0.64个百分点)
_WORDED_CHANGE_COLUMN = re.compile(r"[\u4e00-\u9fff]{1,6}率比上年同期增减")
_REMARK_COLUMN = re.compile(
    r"完成情况|完成进度|进度评价|评价|备注|进展情况|评价结果|属性|指标属性|评估结论|结论"
    r"|(?:偏差|未完成)(?:原因|情况)(?:分析|说明)?"  # (偏差原因分析: why a goal was missed, words)
    r"|是否[\u4e00-\u9fff]{2,10}|" + _PROGRESS_COLUMN.pattern  # (是否达到序时进度, 进度（%）)
)
#: a goal's growth column after a plan's one year of goals (同比增长, 增速（%）)
_GOAL_GROWTH_COLUMN = re.compile(
    r"(?:同比|[比较](?:上年|去年))?(?:增长|增速|增幅)率?\s*(?:[（(]\s*%\s*[)）]|%)?"
)
#: a plan's column of the average growth it aims at (年均增长（%）, 年均增速)
_AVERAGE_COLUMN = re.compile(
    # (年均增长（%）/[累计]: and in brackets, the sum over the plan's years)
    r"(?:年均增长|年均增速|年均增幅)(?:率)?\s*(?:[（(]\s*%\s*[)）])?(?:\s*/?\s*[〔\[]累计[〕\]])?"
)
#: the column that names the place a listed thing lies in (所在市, 所属地区)
_PLACE_COLUMNS = frozenset(
    {
        "所在市",
        "所在设区市",
        "所在城市",
        "牵头城市",  # (a cluster's: the city that leads it)
        "所在地",
        "所在地区",
        "所属市",
        "所属地区",
        "地市",
        "所在县",
        "所在县（市、区）",
        "所在县（市）",
        "所在县（区）",
        "所在县市区",
        "所在区县",
        "所属县",
        "所属县（市、区）",
        "所属县（市）",
        "所属县（区）",
        "所属县市区",
        "所属区县",
        "所在省份",
        "所在省",
        "省份",
        "建设地点",  # (a project's)
        "项目地点",
        "落户地",  # (a project signed: where it settles)
        "落户地点",
        "项目所在地",
        "所在区域",
    }
)
#: the day each listed thing was signed or begun (签约日期  9月18日): the day its values stand at
_DAY_COLUMN = re.compile(r"(?:签约|开工|投产|竣工|落地|开业|认定)?(?:日期|时间)")
_DAY_CELL = re.compile(r"(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日")
#: the part of the text's own region a listed thing settles in (落户板块  苏州纳米城): words
_SETTLED_IN_COLUMN = re.compile(r"(?:落户|落地|所在|所属)(?:板块|园区|片区|载体|功能区)")
#: the city a listed thing's county lies in, a column after its county's (所属省辖市, 所属地级市)
#: a column of provinces before a column of their cities (省份  城市)
_PROVINCE_COLUMNS = frozenset({"省份", "所在省", "所在省份", "省（区、市）", "省区市"})
_CITY_COLUMNS = frozenset({"城市", "市", "地市", "试点城市", "城市名称"})
#: a column of the province each city of the row lies in (城市 | 所属省份 | 规上工业总产值（亿元）)
_PROVINCE_OF_CITY_COLUMNS = _PROVINCE_COLUMNS | {"所属省份", "所属省"}
#: a column of a rate's gap to a place's (比全省高（百分点）, 高于全市（百分点）)
_GAP_TO_A_PLACE_COLUMN = re.compile(
    r"(?:比|高于|低于|快于|慢于)(?:全省|全市|全国|全区|全县)[高低快慢]?[（(]个?百分点[)）]"
)
#: a column of the larger place each row's place lies in (所属市州, 所在地市, 所属省份)
_PARENT_PLACE_COLUMN = re.compile(r"所[属在](?:省份?|市州|州市|地市|市|地区|盟市|设区市)")
#: a column of counties before a column of the firms in them (序号  县区  企业名称  …  支持金额（万元）)
_COUNTY_COLUMNS = frozenset({"县区", "县（市、区）", "县市区", "县（区）", "所在县区", "所在县（市、区）"})
#: a column of each thing's kind in words (支持类别, 项目类别)
_CATEGORY_COLUMN = re.compile(r"[\u4e00-\u9fff]{0,4}类别")
#: a column's span of years (2025—2027年累计…)
_YEARS_PREFIX = re.compile(r"(?:19|20)\d{2}\s*[-—–~至]\s*(?:19|20)\d{2}\s*年")
_CITY_OF_PLACE_COLUMN = re.compile(r"所属(?:省辖市|设区市|地级市|地市|市|市州)")
#: the kind of each named thing in a list (企业名称  所属行业, 企业名称  项目名称): words, not a place
_KIND_OF_NAMED_COLUMNS = frozenset(
    {"所属行业", "行业", "所属领域", "领域", "所属产业", "产业领域", "产业类别", "行业类别", "项目名称"}
    # (where the investor comes from, not where the project lies)
    | {"投资方所在地", "投资方", "投资主体", "投资企业", "签约企业", "客商所在地", "投资方来源地"}
)
#: a column of sums of money without its unit, each cell saying its own (签约投资额: 约12亿元)
_MONEY_COLUMN = re.compile(r"[\u4e00-\u9fff]{0,6}(?:投资额|总投资|投资|金额|合同额)")
#: such a cell (超10亿元, 约12亿元, 不少于1.5亿元, 近8000万元, 不超过5000万元; not a range, 5亿—8亿元)
_MONEY_CELL = re.compile(
    r"(?P<bound>超过?|约|近|逾|不少于|不低于|不超过|不到)?(?P<number>\d+(?:\.\d+)?)(?P<unit>万元|亿元|万美元|亿美元)"
    r"(?P<after>以上|左右|以下)?"
)
#: (the words after the sum are _QUALIFIER_AFTER's)
_MONEY_BOUND = {
    "超": "at_least", "超过": "at_least", "逾": "at_least", "不少于": "at_least", "不低于": "at_least",
    "约": "approx", "近": "approx", "不超过": "at_most", "不到": "at_most",
}  # fmt: skip
#: a column of a list of named things that holds words (上升2位, 持平), not values
_WORDS_COLUMNS = frozenset(
    {"位次变化", "排名变化", "较上年变化", "备注", "说明", "评价类别", "评价等级", "类别", "等级", "所属类别"}
    # (…企业名称  所在地  主导产品  市场占有率（%）: what each firm makes, in words)
    | {"主导产品", "主营产品", "主要产品", "产品名称", "所属行业", "所属领域", "所属产业", "产业领域"}
    # (…1—9月完成投资  形象进度: how far a project has got, in words)
    | {"形象进度", "进展情况", "建设进度", "建设内容", "建设规模及内容", "项目进展"}
    | {"推进状态", "推进情况", "项目状态", "建设进展", "进展"}  # (…协议投资（万元）  推进状态: 已开工, 在建)
    # (…建设内容及规模  总投资  2026年计划投资  建设年限  责任单位: what is built, and the years
    # it takes, in words and spans)
    | {"建设内容及规模", "主要建设内容", "建设年限", "建设期限", "建设起止年限", "起止年限"}
    # (宗地编号  所在县（市、区）  土地位置  面积（亩）…  竞得人: where a plot lies, and who won it)
    | {"土地位置", "宗地位置", "坐落", "竞得人", "竞得单位", "受让人", "受让单位"}
)
#: a column named by the one before and 同比 (收入同比, 毛利率同比): that column's change over a year
_OVER_A_YEAR_OF = re.compile(r"([\u4e00-\u9fff]{1,8})同比")
#: a column of what a place or zone is, in words, beside its values (级别: 国家级; 主导产业: 新能源、…)
_PLACES_WORDS_COLUMNS = frozenset({"级别", "园区级别", "开发区级别", "主导产业", "首位产业", "特色产业"})
#: a grade's name (A类, B级): the firms a place has of that grade, in a table of counts
_GRADE_NAME = re.compile(r"[A-Da-d][类级]")
#: a column of who leads or holds a row's thing, in words (牵头部门, 责任单位, 链主企业)
_WHO_LEADS_COLUMN = re.compile(
    r"(?:牵头|责任|主管|主责|申报|建设|运营|依托|发榜|揭榜|承担)(?:部门|单位|主体|企业)|链长|链主(?:企业)?|龙头企业|主要企业"
)

#: a column of grades or kinds in words (安全风险等级: D类; 企业类型: 民营)
_GRADE_COLUMN = re.compile(r"[\u4e00-\u9fff]{0,6}(?:等级|等次|类别|级别|评级|类型)")


def _says_a_listed_thing_in_words(name: str) -> bool:
    """A column of words about a listed thing: its grade or kind, who leads it, what it makes, how
    a rate of it changed (毛利率比上年同期增减 ↵ 减少0.64个百分点)."""
    return name in _WORDS_COLUMNS or bool(
        _GRADE_COLUMN.fullmatch(name)
        or _WHO_LEADS_COLUMN.fullmatch(name)
        or _WORDED_CHANGE_COLUMN.fullmatch(name)
    )


#: a name column whose rows are places themselves (排名  城市  所在省份  综合得分（分）)
#: (乡镇（园区）, 县市区, 镇（街道）: words of the levels, with the others in brackets)
_PLACE_LEVEL = r"(?:城市|地区|开发区|园区|乡镇|街道|县市区|县区|市州|设区市|[县市区镇乡])"
#: a header cell of one word, its characters parted by single spaces (单 位, 得 分)
_SPACED_OUT_WORD = re.compile(r"[\u4e00-\u9fff](?: [\u4e00-\u9fff])+")
_PLACE_NAME_COLUMN = re.compile(rf"{_PLACE_LEVEL}(?:（{_PLACE_LEVEL}(?:、{_PLACE_LEVEL})*）)?")
#: the year an indicator column opens with (2024年产值)
_YEAR_PREFIX = re.compile(r"((?:19|20)\d{2})\s*年(?:末|底)?")
#: a name column whose rows are firms (企业  营业收入（亿元）  同比（%）)
_FIRM_COLUMNS = frozenset(
    {"企业", "企业名称", "企业集团", "公司", "公司名称", "子公司", "子公司名称", "所属企业"}
)
#: a column of the places' ranks (位次, 排名)
#: (增速居全市位次: by the growth of the row, as every rank column after a growth)
#: a rank on a list the column names (百强县排名, 综合排名), not by another column, nor a year
#: before's (上年排名)
_LIST_RANK_COLUMN = re.compile(r"(?!上年|去年|上期|上一|前一|往年)[\u4e00-\u9fff]{2,8}?(?:排名|位次|名次)")
_RANK_COLUMN = re.compile(
    # (增速在全市开发区位次: among the city's zones)
    # (累计增速全省位次: the rank of the months' growth)
    # (技改投资增速位次: the growth of the column before it, named again)
    r"(?:[\u4e00-\u9fff]{2,8}?(?=增速|增幅))?"
    r"(?:本月|累计)?(?:(?:增速|增幅)?[居在]?全[国市省县区](?:开发区|园区|县区|县市区)?|增速|增幅)?(?:位次|排名|排位|名次)"
)
#: a column of the rank by what it names (完成率排名, after 投资完成率)
_RANKED_BY_NAME = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:排名|位次|排位|名次)")


def _column_ranked_by(name: str, columns: list[Column]) -> Column | None:
    """The level column a rank column names (亩均税收排名: 亩均税收（万元）), else None."""
    ranked = _RANKED_BY_NAME.fullmatch(name)
    if ranked is None:
        return None
    return next(
        (
            column
            for column in reversed(columns)
            if not (column.remark or column.rank or column.growth) and column.indicator == ranked.group(1)
        ),
        None,
    )


#: a column of the rank a year before (上年位次, 去年排名)
_LAST_YEARS_RANK = re.compile(r"(?:上年|去年|上年度)(?:位次|排名|排位|名次)")
#: a column of a year's rank, the year named (2024年度排名, 2025年位次)
_YEARS_RANK = re.compile(r"((?:19|20)\d{2})\s*年度?(?:位次|排名|排位|名次)")
#: a rank a month or period before (上月排名, 上期位次), beside this one's
_RANK_BEFORE = re.compile(r"(?:上月|上期|上季度?)(?:位次|排名|排位|名次)")
#: a footnote's mark on a name (规上工业企业数②)
_FOOTNOTE_MARK = re.compile(r"[①-⑳]+$")
#: an indicator column with its unit: 完成改造企业数(家), 目标完成率（%）
#: (a digit only before a letter: 5G基站（万个）, not 2025年…)
_INDICATOR_COLUMN = re.compile(
    r"(?P<name>(?=[^()（）]{2,30}[（(])(?:[^()（）\d]|\d(?=[A-Za-z])"
    # (奖补企业（项目）数（个）: an aside within the name, the unit's brackets last)
    r"|[（(][^()（）\d]{1,6}[)）](?=[^()（）\s]))+)[（(](?P<unit>[^()（），,]{1,8})(?:[，,][^()（）]{1,8})?[)）]"
)
#: a column of how many of the column before's things were added (新增, 本批认定)
_ADDITIONS_COLUMN = re.compile(r"(?:本批|本年|当年|年内|其中)?(?:新增|新认定|认定|入选)")
#: a row's label that is a year (2012, 2012年): a table with a row a year, under 年份
YEAR_ROW_LABEL = re.compile(r"((?:19|20)\d{2})\s*(?:年|(?P<tag>[AE]))?")  # (2025E: an estimated year)
#: the growth a row's name ends on (规模以上工业增加值比上年增长)
_GROWTH_SUFFIX = re.compile(r"(?:比上年)?(?:增长|增速)$")
#: a column's bare name, no unit (车桩比): passed over between columns that say theirs
_BARE_NAME_COLUMN = re.compile(r"[\u4e00-\u9fff]{2,8}")
#: one Chinese character (指　　标: a header's first word spaced out, one character a cell)
_HAN_CHARACTER = re.compile(r"[\u4e00-\u9fff]")
#: a column that counts things, its unit in its name (抽查批次, 企业家数, 项目个数)
_COUNTERS = {
    "批次": "批次",
    "家数": "家",
    "户数": "户",
    "个数": "个",
    "项数": "项",
    "件数": "件",
    "人数": "人",
    "数目": "个",  # (机构单位数目: Hong Kong's count of establishments)
}
_COUNTED_COLUMN = re.compile(rf"[\u4e00-\u9fff]{{1,8}}(?P<counter>{'|'.join(_COUNTERS)})")
#: a column of the months to date of the level before (1—11月累计（万吨）)
_SUMMED_COLUMNS = frozenset({"累计", "本年累计", "累计值", "累计数"})
#: a column's unit % written after its name without brackets (增加值增速%)
_BARE_PERCENT = re.compile(r"(?<=[\u4e00-\u9fff])±?[%％]$")  # (同比±%: a growth, signed)
#: a goals-and-outcomes table's columns (年度目标  完成值  完成率（%）)
_GOAL_COLUMNS = frozenset(
    {"年度目标", "目标", "目标值", "计划", "年度计划", "预期目标", "年度目标值", "年度指标值", "指标值"}
    # (指标名称  单位  规划目标  2025年完成 under …“十四五”…主要指标完成情况: the plan's goal for its end)
    | {"规划目标", "规划目标值", "规划值"}
)
_OUTCOME_COLUMNS = frozenset(
    {"完成值", "完成", "实际完成", "实际", "完成情况值", "实际值", "执行情况", "执行数", "执行值", "实际执行"}
    | {"实际完成值", "全年实际值"}
)
#: the part of a year's budget done (完成预算（%）, 预算完成率)
_BUDGET_DONE_COLUMN = re.compile(
    r"(?:完成预算|预算完成率|执行率|完成调整预算|为(?:调整)?预算)\s*(?:[（(]\s*%\s*[)）]|%)?"
)
_COMPLETION_RATE_COLUMN = re.compile(r"完成率\s*(?:[（(]%[)）])?|完成进度\s*(?:[（(]%[)）])?")
#: a column of an index's levels, which carry no unit (企业景气指数, 工业生产者出厂价格指数)
_INDEX_COLUMN = re.compile(r"[\u4e00-\u9fffA-Z]{0,16}(?:指数|PMI)")
#: a column of an index's levels named by its base (上年同月=100, 上月=100)
_INDEX_BASE_COLUMN = re.compile(r"(?P<base>上年同月|上年同期|上年同季|上年|上月|上季度?)\s*[=＝]\s*100")
#: a base said in brackets, one or two to a cell (（上月=100）, （上年同月=100）（上年同期=100）)
_BRACKETED_BASE = re.compile(
    r"[（(]\s*((?:上年同月|上年同期|上年同季|上年|上月|上季度?)\s*[=＝]\s*100)\s*[)）]"
)
_BRACKETED_BASES = re.compile(rf"(?:{_BRACKETED_BASE.pattern}\s*)+")
#: a first column of kinds, not places (产业, 行业, 产业链, 领域, 类别)
_KIND_COLUMNS = frozenset(
    {
        *("产业", "行业", "产业链", "重点产业链", "领域", "类别", "分类", "门类", "产业集群", "集群名称"),
        *(
            "产业类别",
            "行业类别",
            "产业领域",
            "项目类别",
            "产业名称",
            "行业名称",
            "产业链名称",
            "政策类别",
            "政策类型",
            "类型",
            "电源类型",
        ),
        *("经济类型", "企业类型", "登记注册类型", "所有制类型"),  # (国有控股企业, 私营企业 …)
        *("分产品", "分行业"),  # (a listed firm's 主营业务分产品情况: its lines of business)
        *("方案别", "方案", "方案名称"),  # (欢迎台商回台投资行动方案 …: a programme's rows)
        *("货品类别", "商品类别", "产品类别", "主要货品"),  # (资讯通信产品, 电子产品 … of export orders)
        *("细分领域", "细分行业", "细分产业", "重点领域", "重点行业", "板块", "产业板块"),
        "应用领域",  # (搬运与上下料, 焊接与钎焊 …: what the robots sold do)
        *("链条环节", "产业链环节", "环节"),  # (整车制造, 转向架及车体结构件 …: a chain's links)
        *(
            "品种",
            "纸种",
            "品类",
            "种类",
            "产品",
            "产品名称",
            "主要产品",
            "产品类别",
            "商品",
            "商品名称",
            "商品类别",
            "能源品种",
            "能源类型",
            "车型",  # (纯电动汽车, 插电式混合动力汽车)
        ),
        # (支持方向  安排资金（万元）  支持项目（个）: what a fund's money went to)
        *("支持方向", "资金方向", "支持领域", "支持类别", "专项类别", "资金类别"),
        # (市场  出口额（亿元）: where exports go, a market's, of the text's own region)
        *("市场", "主要市场", "出口市场", "国别", "国别（地区）", "国家（地区）", "国家和地区"),
        "接单地区",  # (美国, 中国大陆及香港 …: where a Taiwan release's export orders come from)
        *("来源地", "投资来源地", "资本来源地"),  # (韩国, 中国香港 …: where foreign-invested firms come from)
        # (等次  开发区数量（个）  占参评总数（%）: the zones an evaluation put in each grade, A类 …)
        *("等次", "等级", "考核等次", "评价等次"),
    }
)
#: a Taiwan release's first column of kinds, named by what its rows sort (行业别, 货品别, 产品别), not
#: by places (县市别, 地区别, 镇别) or periods (旬别, 月别)
_SORTED_BY_KIND = re.compile(r"[\u4e00-\u9fff]{1,3}(?<![县市区地域省镇乡街村旬月年季日周])别")


def _kinds_column(name: str) -> bool:
    """Whether a table's first column lists kinds (产业, 货品别 …), not places or indicators."""
    return name in _KIND_COLUMNS or _SORTED_BY_KIND.fullmatch(name) is not None


_COLUMN_YEAR = re.compile(r"(?:19|20)\d{2}\s*年(?:度)?")
#: the day a column's stock stands at, said before its name (截至2025年底市级以上绿色工厂累计（家）)
_COLUMN_DAY_BEFORE = re.compile(r"截[至止](?:19|20)\d{2}\s*年(?:\d{1,2}\s*月)?(?:底|末)")
#: the months a column's indicator is of (1—10月完成投资（亿元）, 三季度产能利用率（%）, Taiwan's 第3季产值
#: and 累计1至2月指数,
#: not a quarter's end: 三季度末贷款余额; 本月增速: the month the caption names)
_COLUMN_MONTHS = re.compile(
    r"(?:(?:(?:累计)?1\s*[-—–~至]\s*)?\d{1,2}\s*月(?:份)?|本月|前[一二三]季度|[一二三四]季度|第[1-4一二三四]季|首[二三]季"
    r"|[上下]半年)(?=[\u4e00-\u9fff])(?![末底])"
)
#: a column's year and the months of it its values are of (2026年第三季指数: Macao's quarter)
_COLUMN_YEAR_THEN_MONTHS = re.compile(rf"{_COLUMN_YEAR.pattern}\s*(?:{_COLUMN_MONTHS.pattern})?")
#: a column of a weekly brief's week, or of the year up to it (本周产值, 本年累计产值)
_WEEK_OR_YEAR_TO_DATE_COLUMN = re.compile(
    r"(?:本周|当周|本年累计|年累计|累计(?=同比|增长|增速))(?=[\u4e00-\u9fff])"
)
#: the month's end a column's count stands at (8月末规上企业数（家）)
_COLUMN_MONTHS_END = re.compile(r"\d{1,2}\s*月(?:末|底)(?=[\u4e00-\u9fff])")
#: a growth column with its months between its name and its growth (规上工业增加值1-8月增速(%))
_GROWTH_OF_MONTHS_COLUMN = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,16}?)(?P<months>(?:1\s*[-—–~至]\s*)?\d{1,2}\s*月)"
    r"(?:同比)?(?:增速|增长|增幅)(?:率)?[（(]%[)）]"
)
#: a column of a place's rate less the whole's (与全省差距（百分点）, 高于全市（百分点）, 比全省±（百分点）)
_GAP_TO_WHOLE_COLUMN = re.compile(
    r"(?:与|比|较|高于|快于)?(?P<whole>全[省市国]|全省平均|全市平均)(?:水平|增速)?(?:差距|差值|高低|增减|±)?"
    r"[（(](?:个)?百分点[)）]"
)
#: a column of the change, in points, of the column before (比上年同期增减（百分点）)
_CHANGE_IN_POINTS_COLUMN = re.compile(
    r"(?:比上年同期|比去年同期|比上年|同比|比上季度|比上月|环比|比(?:上半年|一季度|前三季度|1\s*[-—–~至]\s*\d{1,2}\s*月))?"
    r"(?:增减|变化|变动|提高|增加)[（(](?:个)?百分点[)）]"
)
#: a value cell: 86, -2.3, and a bound on a goal (≥95, ≤10, 10以上, 6左右, 5以内)
#: (24850*: a footnote's star after the number, which a note under the table explains)
_NUMBER_CELL = re.compile(
    r"[〔\[]?[≥≤>＞<＜约]?[-−+]?\d+(?:,\d{3})*(?:\.\d+)?(?:左右|以上|以下|以内)?[〕\]]?[*＊]?"
)
#: a growth's cell that says its unit (12%, 10%以上)
_PERCENT_CELL = re.compile(r"[-−+]?\d+(?:\.\d+)?%(?:左右|以上|以下|以内)?")
#: the brackets of a sum over a plan's years (〔16〕, or [16] as a web page writes them)
_OVER_PLAN_OPEN = ("〔", "[")
#: how this module ends the name of a column of a share (营业收入比重) or of a plan's completion
#: (完成投资目标完成率): no column a growth column after it is the growth of
_SHARE_NAME_END = "比重"
_COMPLETION_NAME_END = "目标完成率"
_SHARE_OF_A_WHOLE = (_SHARE_NAME_END, _COMPLETION_NAME_END)
#: a unit's cell: a short word without digits (%, 家, 万亿元, 亿千瓦时)
_UNIT_CELL = re.compile(r"[^\d\s]{1,6}")
#: a bound written before a cell's number (≥95; 约3000 under 预计年税收（万元）)
_BOUND = {
    "≥": "at_least", ">": "at_least", "＞": "at_least", "≤": "at_most", "<": "at_most", "＜": "at_most",
    "约": "approx",
}  # fmt: skip
_QUALIFIER_AFTER = {"左右": "approx", "以上": "at_least", "以下": "at_most", "以内": "at_most"}
#: a unit said inside the indicator's cell: 规模以上工业增加值（亿元）
#: (省级以上智能工厂（家，累计）: a count in 家 of what has been built up, standing at each year's end)
_UNIT_IN_NAME = re.compile(r"[（(](?P<unit>[^()（），,]{1,6})(?:[，,]\s*(?P<summed>累计))?[)）]$")
_PROSE = re.compile(r"[，。；]")
#: the two header cells of a table flattened to a cell a line: the places, then the indicator
_FLATTENED_HEADER = re.compile(
    r"(?m)^(?:地区|区域|县（市、区）|县市区|各地|城市|设区市|地市)\n(?P<column>[^\n，。]{2,30}[（(][^（）()\n]{1,6}[)）])\n"
)
#: a row of such a table: the place's line, then its number's line
_FLATTENED_ROW = re.compile(r"(?P<label>[^\n\d，。]{2,12})\n(?P<value>[-−]?\d+(?:\.\d+)?)(?=\n|$)")
#: a place's line under a caption that names the indicator, its number at the line's end
#: (各市（州）规上工业增加值增速 / 贵阳市（含贵安新区） ↑8.6% / 遵义市        ↑6.6%)
_LISTED_ROW = re.compile(
    r"\n(?P<label>[^\s\d，。；：:、]{2,12}(?:[（(][^()（）\n]{1,12}[)）])?) +(?P<arrow>[↑↓])?"
    r"(?P<value>[-−]?\d+(?:\.\d+)?)(?P<unit>%|[万亿千]?[\u4e00-\u9fff]{1,2})(?=\n|$)"
)
#: rows enough to be a list of places, not a line that happens to end on a number
_LISTED_MIN_ROWS = 3
#: the caption's opening words that say its rows are places (各市（州）, 分县市区)
_PLACES_WORD = re.compile(
    r"^(?:全省|全市|全州)?(?:各|分)(?:市州|县市区|县市|设区市|市|县|区|州|地区|省份|省)(?:[（(][^()（）]{1,8}[)）])?"
)
#: a short aside in brackets (白酒（折65度，商品量）): its comma makes no prose of a row, and it
#: says how a product is counted, not what it is
ASIDE = re.compile(r"[（(][^（）()\n]{0,20}[)）]")
#: the marks a cell or a row's name is starred with, for a note below the table to explain
STAR_MARKS = ("*", "＊", "※")
#: a cell with no value in it (a growth has no base year): 规上工业增加值年均增速  %  —  7.5  8.1
_EMPTY_CELLS = frozenset({"—", "－", "-", "/", "——", "…", "不适用"})
#: a change column's cell in a row of a rate: 增加1.08个百分点, 减少0.5个百分点
#: (+10.0个百分点: its sign written as a sign)
_CHANGE_IN_POINTS_CELL = re.compile(
    r"(?P<way>增加|减少|提高|上升|下降|降低|回落|[+＋\-−])(?P<number>\d+(?:\.\d+)?)个百分点"
)
_WORD = re.compile(r"\S+")


def _points_value(points: re.Match[str]) -> float:
    """A change-in-points cell's value, signed by its verb (减少0.5个百分点: -0.5)."""
    sign = -1 if points.group("way") in ("减少", "下降", "降低", "回落", "-", "−") else 1
    return sign * float(points.group("number"))


#: what a group's name in a header line holds not (a year, a unit): the line is no groups' line
_NOT_A_NAME = re.compile(r"[\d%（(]")
#: what a table's caption says its values measure, in which unit (…增加值增速（%）, …（亿元）)
_CAPTION_UNIT = re.compile(
    r"(?P<measured>(?:(?:增加值|产值|营业收入|利润总额|投资|产量)?(?:增速|增长率?|增幅))?)\s*[（(](?:单位\s*[：:]\s*)?(?P<unit>[^()（）\d：:]{1,6})[)）]\s*$"
)
#: a column of how much of a plan is done (完成年度计划, 占年度目标)
_COMPLETION_COLUMN = re.compile(
    r"(?:完成|占)(?:年度|全年)?(?:计划|目标)(?:的?比例)?|(?:年度)?(?:计划|目标)完成率"
)
#: a column of growth by month: the month's own (当月) or the months to date's (累计)
_MONTHS_GROWTH = re.compile(r"(当月|累计)(?:同比)?(?:增长|增速)(?:率|速度)?(?:[（(]%[)）])?")
#: a line that says the base period of a table's index (基期：2021年, （2020年=100）)
_BASE_PERIOD_LINE = re.compile(
    r"[（(]?(?:基期|基年)\s*[：:]\s*(?:19|20)\d{2}\s*年?[)）]?|[（(](?:19|20)\d{2}\s*年?\s*=\s*100[)）]"
)
#: the line above a table that says its unit (单位：家、个; 单位：亿元)
#: (not 填报单位：经开区发展改革和经济贸易局, who filled the table in)
_NOT_A_UNIT_OF_MEASURE = r"(?<!填报)(?<!报送)(?<!编制)(?<!主办)(?<!责任)(?<!牵头)(?<!制表)"
#: a unit listed after a semicolon (单位：新台币亿元；家；个): units only, not a note after them
_UNIT_AFTER_A_SEMICOLON = (
    r"[；;](?:[万亿千百]?(?:元|美元|家|个|项|人|吨|台|辆|户|亩|千瓦时|千瓦|平方米|立方米)|%|％)"
)
_UNIT_LINE = re.compile(
    # (a currency named before the unit, 新台币亿元, is the unit's: the money of the text's place)
    _NOT_A_UNIT_OF_MEASURE
    + r"单位\s*[：:]\s*(?:新台币|人民币)?([^\s，。；()（）]{1,12}(?:"
    + _UNIT_AFTER_A_SEMICOLON
    + ")*)"
    # (单位：万吨（平板玻璃为万重量箱）: one row's own unit)
    r"(?:[（(](?P<row>[^（）()为\s]{1,10})为(?P<row_unit>[^（）()\s]{1,8})[)）])?"
)
_UNIT_LIST = re.compile(r"[、，,/；;]")


def _units_listed(said: str) -> list[str]:
    """The units a unit line lists (万元、亿元 → 万元, 亿元; 亿美元；% → 亿美元, %)."""
    return [unit for unit in _UNIT_LIST.split(said) if unit]


#: the first column of a table whose rows are places
_REGION_NAME_COLUMNS = frozenset(
    {
        *("省", "市", "县", "区"),  # (序号 | 市 | 创新型中小企业 | 专精特新中小企业)
        "省份",
        "地区",
        "城市",
        "设区市",
        "地市",
        "市州",
        "市别",
        "县别",
        "地区别",
        "省（区、市）",
        "县（市、区）",
        *("县（市）", "县（区）", "县（市、区、旗）"),  # (排名  县（市）  综合得分: a class of counties)
        "区县",
        "县区",
        "县市区",
        "市（州）",
        "市（州、地）",
        *("州（市）", "州市"),  # (云南's prefectures, most of them 州)
        "县市",  # (an autonomous prefecture's counties and county-level cities: 个旧市, 建水县)
        "盟市",  # (内蒙古's leagues and cities)
        "辖市区",  # (a city's county-level cities and districts, as 常州 calls them)
    }
)
#: the column of a county's towns (乡镇（街道）), and a column of scores (考核得分, 综合得分)
_TOWN_COLUMNS = frozenset({"乡镇（街道）", "乡镇", "镇（街道）", "镇街", "街道"})
#: the name column of a table of development zones (开发区名称), and a grade column in words (等次)
_ZONE_NAME_COLUMNS = frozenset({"开发区名称", "开发区", "园区名称", "园区"})
_GRADE_COLUMNS = frozenset({"等次", "等级", "考核等次", "评价等次"})
_SCORE_COLUMN = re.compile(r"[\u4e00-\u9fff]{0,6}(?:得分|总分|评分)")
#: the points a score column's total was raised or lowered by (综合得分  其中：加分)
_SCORE_CHANGES = frozenset({"加分", "扣分", "加分项", "扣分项"})
#: a column's name that is words only (绿色工业园区), without its unit in brackets
#: a column's or row's name of words only (单位GDP能耗: an acronym may be among them)
_NAME_ONLY = re.compile(
    r"(?=[^A-Za-z]*[\u4e00-\u9fff])[\u4e00-\u9fff“”A-Z]{2,20}|“[\u4e00-\u9fffA-Z0-9+]{2,12}”[\u4e00-\u9fff]{2,8}"
    r"|[A-Z]{2,6}"  # (PMI, an index by its initials)
)
#: the units that count things, one of which may stand for all of a table's columns
_COUNT_WORDS = frozenset({"家", "个", "项", "座", "条", "户", "所", "只"})
#: a caption's number as the first cell of a line (表1, 附表2, 表一): the line is the caption
_CAPTION_NUMBER = re.compile(r"附?表\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:[-—.]\d{1,2})?[：:]?")
#: a line drawn across a table (──────, ======)
_RULE_LINE = re.compile(r"[─━═\-=_—]{3,}|\+(?:-{3,}\+)+")  # (+------+------+: an ASCII box's rule)
#: the row of dashes under a Markdown table's header (|---|---|, | :--- | ---: |)
_DELIMITER_ROW = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?)?\s*")
#: 其中：出口, a row that is part of the one above
_PART_OF = re.compile(r"^(?:其中|内)[：:]")
#: a quarter a column is of (三季度, 第一季度, 前三季度, 上半年)
_QUARTER_COLUMN_SAID = r"(?:\d{4}\s*年\s*)?(?:第?[一二三四1-4]季度|前[二三两]季度|[上下]半年)"
_QUARTER_COLUMN = re.compile(_QUARTER_COLUMN_SAID)
#: the columns of a table of levels and growths: the level (产量, 绝对数, 绝对值) and its growth
#: (比上年增长（%）, 比上年同期增长±%)
_LEVEL_WORDS = r"产量|绝对数|绝对值|绝对额|绝对量|数量|总量|总额|数值|金额|完成值|完成额|完成数"
_LEVEL_COLUMN = re.compile(
    # (本年  上年同期  增减(%): a zone's year, beside the year before)
    _LEVEL_WORDS + r"|(?:本年)?累计(?:值|数)?|本月|本期|本年(?:数|完成)?|1\s*[-—–~至]\s*本月(?:累计)?"
    # or the months, perhaps with the level's word: 1-10月(累计), 2025年1-9月, 11月产量
    r"|(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月(?:份)?(?:累计)?(?:完成)?|\d{1,2}\s*月(?:份|末|底)?)"
    r"(?:" + _LEVEL_WORDS + ")?"
    # or a year alone, its growth beside it (指标 | 单位 | 2025年 | 比上年增长（%）), or what it did
    # (2025年完成), or its level (2024年产量)
    r"|\d{4}\s*年(?:度)?(?:(?:完成|实际完成)?|" + _LEVEL_WORDS + ")"
    # or a quarter, or the quarters to date (三季度 | 1—9月 | 1—9月同比%: the quarter's own level)
    r"|(?:" + _QUARTER_COLUMN_SAID + ")(?:" + _LEVEL_WORDS + ")?"
)
#: the level's word after the months of a column (11月产量)
_LEVEL_WORD_END = re.compile(r"(?:" + _LEVEL_WORDS + r"|(?<=[年月])(?:实际)?完成)$")
#: a share column (比重（%）, 占全省比重（%）): the share of the whole of the column before
#: a name ending on its growth (民营工业增加值增速, 规上工业增加值同比增长率, a Taiwan table's 年增率): the
#: thing grown before it
GROWTH_NAME_END = re.compile(r"(?:比上年|较上年|比去年)?(?:同比)?(?:增速|增长率?|增幅|年增率)$|^同比$")
_SHARE_COLUMN = re.compile(r"(?:占全[国省市区县])?(?:比重|占比)")
_GROWTH_COLUMN = re.compile(
    # (本月比上年同期±%, 累计比上年同期±%: the growth of the level column before, the word left out)
    # (1—10月同比增长（%）: the growth of the months the column before counts, named again)
    r"(?:本月|累计|本年累计|(?:\d{4}\s*年\s*)?(?:1\s*[-—–~至]\s*)?\d{1,2}\s*月(?:份)?(?:累计)?)?"
    # (按年变幅（%）, 按年变动百分率: Hong Kong's words for the growth over a year)
    # (比上年末增长（%）: a stock's growth since the year's end before)
    # (较上年同月增减(%): Taiwan's words)
    r"(?:(?:[比较]上年同[期月]|[比较]去年同[期月]|[比较]上年[末底]|比上年|同比|按年)?(?:增长|增减|增速|增幅|年增)率?"
    r"|[比较]上年同[期月]|[比较]去年同[期月]|比上年|同比"
    r"|按年(?:变幅|变动(?:百分率)?))"
    r"\s*±?\s*(?:[（(]\s*±?%\s*[)）]|±?%)"  # (同比±（%）: the sign outside the brackets)
)
#: a growth column's name said without its unit (同比增长 over a line of （%）)
_GROWTH_WORDS_WITHOUT_UNIT = frozenset({"同比增长", "比上年增长", "比上年同期增长", "同比增速", "增速"})
#: the months to date said otherwise (本月止累计: counted up to this month), as 1—本月累计
_MONTHS_TO_DATE = {
    "本月止累计": "1—本月累计",
    "至本月累计": "1—本月累计",
    "年初至本月累计": "1—本月累计",
    # (指标名称 | 单位 | 前三季度 | 同比增长（%）: the months the quarters to date span)
    "一季度": "1—3月",
    "上半年": "1—6月",
    "前三季度": "1—9月",
}
#: a column of the growth the year aims at (年度目标增速（%）, 全年目标增长（%）)
_GOAL_GROWTH_HEAD = re.compile(r"(?:年度|全年)?(?:预期)?目标(?:增速|增幅|增长)\s*(?:[（(]\s*%\s*[)）])?")
#: a column of the year's goal beside a month's and the months to date's levels
_YEAR_GOAL_COLUMNS = frozenset({"全年目标", "年度目标", "全年计划", "年度计划", "全年目标任务"})
#: and one a town's table of the year's outcome names beside it (年度目标任务  实际新增入规)
_YEAR_TASK_COLUMNS = _YEAR_GOAL_COLUMNS | {"年度目标任务"}
#: the share of the year's goal done so far (完成进度(%), 完成全年目标(%))
_GOAL_DONE_COLUMN = re.compile(
    r"(?:完成进度|完成率|完成全年目标|占全年目标|完成年度目标|目标完成率|完成全年计划|完成年度计划|占全年计划)"
    r"\s*(?:[（(]\s*%\s*[)）]|%)"
)
#: a level column of the report's month, or of its months to date (本月, 1—本月累计)
_THIS_MONTH_COLUMN = re.compile(r"((?:1\s*[-—–~至]\s*)?本月)(?:累计)?")
#: a level column headed by the months it counts (10月, 1—10月)
_MONTHS_COLUMN = re.compile(r"(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*[-—–~至]\s*)?\d{1,2}\s*月(?:份)?")
#: a level column of a whole year (2025年)
_YEAR_ALONE = re.compile(r"\d{4}\s*年(?:度)?")
#: the growth of the city, province or country beside the place's own (全市增速(%))
_BENCHMARK_GROWTH_COLUMN = re.compile(r"(?:全市|全省|全国|全区)(?:增速|增长|同比增长)\s*[（(]%[)）]")
#: a growth's change in points since the months before (较1—7月±百分点, 比上月增减（百分点）)
_POINTS_SINCE_COLUMN = re.compile(
    r"(?:较|比)(?:上月|上季度|上半年|(?:1\s*[-—–~至]\s*)?\d{1,2}\s*月)(?:±|增减)?\s*[（(]?\s*个?百分点\s*[)）]?"
)
#: a warning table's thresholds and signal (绿灯线, 红灯线, 预警信号, 信号)
_WARNING_COLUMN = re.compile(r"[红黄绿蓝]灯线|预警(?:信号|线|等级)?|信号(?:灯)?|警戒线|阈值")
#: a column of a part of the column before, in its unit (其中新增, 其中国家级)
_PART_COLUMN = re.compile(r"其中([\u4e00-\u9fff]{1,6})")
#: a column of the part of the column before, in a table of places (其中：制造业企业)
_PART_OF_COLUMN = re.compile(r"其中[：:]?([“”\u4e00-\u9fff]{1,18})")
#: a number alone on a line, one to three digits: a page's, where a table runs over pages
_STRAY_NUMBER = re.compile(r"\d{1,3}")
#: a column that sums the columns before it
_SUM_COLUMNS = frozenset({"合计", "总计", "小计", "合计数"})
#: the total row of a table: the whole its rows part (the document's region, in a table by region)
TOTAL_ROWS = frozenset({"合计", "总计"})
#: a line of a group's label inside a table of products or indicators (主要工业产品产量, and with a
#: colon after it: 主要产品产量：)
_GROUP_LABEL = re.compile(
    r"(?![表图附注])(?!其中)[\u4e00-\u9fff（）()、]{2,16}(?<![：:])(?:(?<=[\u4e00-\u9fff]{4})[：:])?"
)
#: a numbered group of a table's rows, perhaps with their count (一、新能源及储能（4个）)
#: (（一）智能化改造项目: numbered in brackets)
_NUMBERED_GROUP = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)[\u4e00-\u9fff、]{2,16}(?:[（(]\d{1,3}个[)）])?"
)
#: a group label that says what its rows are grouped by (按经济类型分：), colon and all
_GROUPED_BY = re.compile(r"按[\u4e00-\u9fff]{1,8}分[：:]")
#: the name column of a table whose rows are indicators (指标名称 单位 绝对值 比上年同期增长±%)
_INDICATOR_NAME_COLUMN = frozenset({"指标", "指标名称", "主要指标", "项目"})
#: the name column of a table whose rows are products (产品名称  4月产量  同比增长(%))
_PRODUCT_NAME_COLUMNS = frozenset({"产品名称", "产品", "主要产品"})
#: the first cell of a header whose rows are parts of a whole (分组, 分行业)
_PARTS_NAME_COLUMN = re.compile(r"分\s*组|分行业|分类|行业|指标|项目|类别")
#: a level column of the same months a year before, beside this year's (本年累计  上年同期)
_YEAR_BEFORE_COLUMNS = frozenset(
    {"上年同期", "去年同期", "上年同期累计", "去年同期累计", "上年累计", "去年累计", "上年同月", "去年同月"}
)
#: a first column naming the rows' items, in a table whose unit a line above says (项目  本月 …)
_ITEM_COLUMNS = frozenset(
    {
        "项目",
        "产品",
        "产品名称",
        "产品类别",
        "产品类型",
        "商品",
        "商品名称",
        "品牌",
        "车型",
        "指标",
        "指标名称",
    }
)
#: the second cell of a level and growth pair whose unit the line below gives (比上年同期)
_GROWTH_OVER = re.compile(r"(?:比上年同期|比去年同期|比上年|同比)(?:增长|增速|增减)?(?:率|幅度)?")
#: a level column of a stock at a month's end (10月末)
_MONTH_END = re.compile(r"\d{1,2}\s*月(?:末|底)")
#: a line of units under such a pair (（亿元）  增长（%）)
_UNIT_BELOW = re.compile(r"(?P<name>[^()（）\d]{0,6})[（(](?P<unit>[^()（）]{1,6})[)）]")
#: tags of a column of outcomes, of estimates; the others are goals
ACTUAL_TAGS = ("基数", "基期", "基准", "实际", "完成", "执行", "决算", "A")
ESTIMATE_TAGS = ("预计", "预计完成", "E")


@dataclass(frozen=True)
class Column:
    """What a header cell says of the numbers below it: a year (and tag), an indicator and
    unit, or, in a table of products, the level (产量) or the growth (比上年增长（%）)."""

    year: int | None = None
    tag: str = ""
    indicator: str = ""
    unit: str = ""
    growth: bool = False  # a product table's growth column (its level column has no unit)
    remark: bool = False  # a column of words after the years (进度评价: 符合预期, 滞后 …)
    rank: bool = False  # a place's rank by the indicator of the column before (位次)
    #: in a list of named things (集群名称  所在市  2024年产值（亿元）): "name" or "place" for
    #: those columns, "" for a column of values
    role: str = ""
    #: the period a level column's header names (10月, 1—10月), and so its growth column's
    period: str = ""
    #: in a table whose rows are months (月份  当月同比增长  累计同比增长): "当月" or "累计"
    months: str = ""
    #: the indicator a header line above names for this column and its neighbours (营业收入
    #: over 1—10月份 and 比上年同期): its values are of each row's part of it
    group: str = ""
    #: rows of kinds (产业  规上企业数（家）  产值（亿元）: 汽车零部件  42  82.4), not of places
    kinds: bool = False
    #: a plan's column of average growth after its years (2025年基数  2030年目标  年均增长（%）)
    averaged: bool = False
    #: 上年同期 after a level column (本年累计  上年同期  增减(%)): the same months a year before
    year_before: bool = False
    #: a goals-and-outcomes column whose cells say their values in words (增长6%左右)
    worded: bool = False
    #: in a table with places across (指标  单位  全市  柯城区  衢江区 …): the column's place
    place: str = ""
    #: a count beside the column of how many were added to it (高新技术企业（家）  新增（家）):
    #: what stands at the period's end, as does its growth
    standing: bool = False
    #: a column of levels that names no unit, each cell saying its own (以旧换新数量: 28.0万辆, 652.4万台)
    unit_in_cells: bool = False
    #: a column before the rows' label (排名  市州  综合得分: each row's rank, then its place)
    leads: bool = False
    #: the whole a column of points is the gap to (与全省差距（百分点）: 全省), else ""
    gap: str = ""


@dataclass(frozen=True)
class TableValue:
    """One number of a table, with what its row and column say about it."""

    #: "year" (indicators by year), "region" (indicators by region), "product" (products'
    #: output and growth), "indicator" (indicators' levels and growths), "grouped" (parts of
    #: a whole, each with a level and growth per indicator: 采矿业 营业收入 … 利润总额 …) or
    #: "months" (a growth by month: 3月  6.8  6.5, its ``tag`` 当月 or 累计)
    kind: str
    start: int  # the number's offsets in the text
    end: int
    value: float
    year: int | None  # the column's year; None in a table of indicators by region
    tag: str  # the column's tag (基数, 目标 …) or ""
    indicator: str  # "" in a table of products (the row's label names the product)
    unit: str  # as written in the unit column, the indicator's cell or the header, "" if none
    qualifier: str  # exact, or at_least / at_most for a bound written in the cell (≥95)
    row_label: str  # the row's first cell in a table by region or of products, else ""
    caption: str  # the line above the header (表1 …（截至2024年10月底）), for its period
    row_start: int
    row_end: int
    growth: bool = False  # a product table's growth column (比上年增长（%）)
    #: the period the column's header names (10月, 1—10月), "" if none
    column_period: str = ""
    rank: bool = False  # a rank among the table's places (位次)
    place: str = ""  # a list of named things: the place the row's thing lies in (所在市)
    #: 〔16〕 in a plan's table: a sum over the plan's years (“十四五”期间累计), not one year's
    over_plan: bool = False
    kinds: bool = False  # the row names a kind (an industry, a chain), of the document's region
    year_before: bool = False  # the column's months a year before (上年同期)
    #: a table with places across: ``row_label`` is the indicator, ``place`` the column's place
    across: bool = False
    standing: bool = False  # a count beside its additions, and its growth (see Column)
    gap: str = ""  # the whole the column's points are the gap to (see Column)
    group: str = ""  # the group label over the row (出口主要商品), in a table of products
    starred: bool = False  # the cell carries a star (1500*), which a note below explains


#: a column of a list of names (序号  地区  申报单位  项目名称, 序号  产品名称  申报企业  所在地  类型):
#: no value stands under it
_NAME_COLUMN = re.compile(
    r"序号|地区|所在地区?|所在市|地市|地级市|城市|设区市|市州|县区|县（市、区）|所在县"
    r"|(?:申报|推荐|建设|牵头|项目|承担)?(?:单位|企业)|所属行业|行业|领域|(?:项目)?(?:类别|类型)|备注"
    r"|[\u4e00-\u9fff]{0,6}名称"
)


#: a column of the sums a list of projects gives each (总投资, 设备投资, 奖补金额（万元）)
_LISTED_SUM_COLUMN = re.compile(r"(?:总投资|设备投资|[\u4e00-\u9fff]{0,4}金额)(?:（[^）]{1,6}）)?")


def name_list_rows(text: str) -> list[tuple[int, int]]:
    """The rows of lists of names (序号  地区  申报单位  项目名称 ↵ 3  北京市  小米汽车…  年产15万辆
    智能电动汽车5G全连接工厂): the numbers in a firm's or a project's name are no figures."""
    if "名称" not in text:
        return []
    rows: list[tuple[int, int]] = []
    listing = False
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if listing and line.strip() and not _PROSE.search(line):
            rows.append((start, start + len(line)))
            continue
        cells = _CELL.findall(line)
        listing = (
            len(cells) >= 3
            and any(cell.endswith("名称") for cell in cells)
            # (…  总投资  设备投资  奖补金额 under 单位：万元: the sums listed after the names)
            and all(_NAME_COLUMN.fullmatch(cell) or _LISTED_SUM_COLUMN.fullmatch(cell) for cell in cells)
        )
    return rows


#: a header column of when a task is due (完成时限): its cells hold deadlines, no periods
_DEADLINE_COLUMN = re.compile(r"完成时限|完成时间|时间节点|时限要求|时限")
#: a deadline closing a task table's row (2026年12月底, 6月底前, 持续推进 is none)
_DEADLINE_CELL = re.compile(r"(?:(?:19|20)\d{2}\s*年)?(?:\d{1,2}\s*月(?:底|末|份)?|年底|年内)前?\s*$")


def deadline_cells(text: str) -> list[tuple[int, int]]:
    """The deadlines in a task table's last column (序号  重点任务  主要目标  牵头单位  完成时限 ↵
    …新增规上工业企业400家以上  中小企业局  2026年12月底): when a task is due, not the period of
    the targets in its row."""
    if "时限" not in text and "完成时间" not in text and "时间节点" not in text:
        return []
    spans: list[tuple[int, int]] = []
    due = False
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            due = False
            continue
        cells = _CELL.findall(line)
        if len(cells) >= 3 and _DEADLINE_COLUMN.fullmatch(cells[-1]):
            due = True
            continue
        cell = _DEADLINE_CELL.search(line) if due else None
        if cell is not None:
            spans.append((start + cell.start(), start + cell.end()))
    return spans


#: an infographic's chart caption, with the unit of its data (图1：2021—2025年全省规上工业增加值增速（%）)
_CHART_CAPTION = re.compile(
    r"(?m)^[ \t]*(?P<figure>图\s*[0-9一二三四五六七八九十]{1,2}\s*"
    r"(?:[：:]|[ \t\u3000](?=\s*\d{4}\s*[年—\-–~至]))\s*)?"  # (图1 2021—2025年…: years after a gap)
    r"(?P<title>[^\n，。；,;：:]{2,40}?)\s*(?:[（(](?P<unit>[^（）()\n]{1,6})[)）])?[ \t]*$"
)
#: a chart's data line: a year (2021年  11.4%) or a part (装备制造业  31.6), then its values
_CHART_LINE = re.compile(r"(?P<label>(?:19|20)\d{2}\s*年|[^\d\s][^\d\n]*?)\s*(?P<values>[-−+]?\d[^\n]*)")
_CHART_YEAR = re.compile(r"((?:19|20)\d{2})\s*年?")
#: a value of a chart's data with the unit it may carry (9.8%, 1.46万亿元)
_CHART_VALUE = re.compile(r"(?P<number>[-−+]?\d+(?:,\d{3})*(?:\.\d+)?)(?P<unit>%|[^\d\s.,%]{1,6})?")
#: a chart's line of months and their values (1—2月 5.6　1—3月 6.1, 7月 6.0　8月 7.1)
_MONTH_POINT = re.compile(
    r"(?P<months>(?:(?P<first>1[0-2]|[1-9])\s*[-—–~至]\s*)?(?:1[0-2]|[1-9])\s*月)\s*(?P<value>[-−]?\d+(?:\.\d+)?)"
)
_MONTH_POINTS = re.compile(
    r"(?:(?:(?:1[0-2]|[1-9])\s*[-—–~至]\s*)?(?:1[0-2]|[1-9])\s*月\s*[-−]?\d+(?:\.\d+)?\s*)+"
)
#: a chart's data by year written as one line of points (2021年：8.4；2022年：7.2；…)
_YEAR_POINT = re.compile(
    r"(?P<year>(?:19|20)\d{2})\s*年\s*[：:]\s*(?P<value>[-−+]?\d+(?:\.\d+)?)(?P<unit>%)?"
)
_YEAR_POINTS = re.compile(
    r"(?:(?:19|20)\d{2}\s*年\s*[：:]\s*[-−+]?\d+(?:\.\d+)?%?\s*[；;，,、]?\s*){2,}[。.]?"
)
#: a line of a year's data, which a plain caption must have right below it (规上工业增加值增速)
_YEAR_ROW = re.compile(r"\n[ \t]*(?:19|20)\d{2}\s*年\s*[：:]?\s*[-−+]?\d")
#: what a chart's caption names: words, not a number (规上工业增加值增速, 5G基站数)
_CHART_NOUN = re.compile(r"[^\d\s%].*[\u4e00-\u9fffA-Za-z]")
#: what a chart's caption says before what it measures: its years and the place's scope
_CHART_FRAME = re.compile(
    r"^(?:(?:19|20)\d{2}\s*[-—–~至]?\s*)*年?(?:\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月)?(?:全[国省市区县])?"
)
#: where a chart of parts names what each part's value measures (…主要板块|增加值占比)
CHART_PARTS = re.compile(r"(?:板块|行业|产业|领域|门类|[纸品]种|品类)(?=[\u4e00-\u9fff])")
#: the header of a chart's data by year with several series (年份  工业投资  工业技改投资)
_CHART_SERIES_HEADER = frozenset({"年份", "年度", "时间"})
#: the years a chart without a figure's caption must list to be read as one
_CHART_MIN_YEARS = 2


def _chart_rows(text: str) -> Iterator[TableValue]:
    """The data of an infographic's charts, told line by line under their captions (图1：…增速
    （%）, or a line that names what the years below it measure): a value a year (2021年  11.4%),
    one per series named in a header (年份  工业投资  工业技改投资), or, under a figure's caption,
    one a part (装备制造业  31.6); in the caption's unit, else the one the values carry."""
    for caption in _CHART_CAPTION.finditer(text):
        figure = caption.group("figure") is not None
        if not figure and not _YEAR_ROW.match(text, caption.end()):
            continue
        if not _CHART_NOUN.fullmatch(_CHART_FRAME.sub("", caption.group("title"))):
            continue  # 2021年  9.8%: a line of data, no caption
        rows = list(_chart_data(text, caption, figure))
        if figure or len({row.year for row in rows}) >= _CHART_MIN_YEARS:
            yield from rows


def _chart_data(text: str, caption: re.Match[str], figure: bool) -> Iterator[TableValue]:
    """The values on the lines below a chart's caption, up to the first line that holds none."""
    title, unit = caption.group("title"), caption.group("unit") or ""
    noun = _CHART_FRAME.sub("", title)
    growth = "增速" if noun.endswith(("增速", "增长")) else ""
    series = [noun]
    parts = CHART_PARTS.search(noun)
    pos = caption.end() + 1
    begun = False
    for line in text[pos:].split("\n"):
        start, pos = pos, pos + len(line) + 1
        words = [(m.start() + start, m.group()) for m in _WORD.finditer(line)]
        if not words and not begun:
            continue  # (图1 …（%） ↵ ↵ 1—2月　8.3: a blank line under the caption)
        if len(series) == 1 and _YEAR_POINTS.fullmatch(line.strip()):
            begun = True
            for point in _YEAR_POINT.finditer(line):
                value, carried = _value(point.group("value")), point.group("unit") or ""
                if value is None or (unit and carried and carried != unit) or not (unit or carried):
                    continue  # a unit of its own, or none at all
                yield TableValue(
                    "year",
                    start + point.start("value"),
                    start + point.end("value"),
                    value,
                    int(point.group("year")),
                    "",
                    noun,
                    unit or carried,
                    "exact",
                    "",
                    title,
                    start + point.start(),
                    start + point.end(),
                )  # fmt: skip (quoted as its point, 2021年：8.4)
            continue
        if not words or _PROSE.search(line):
            return
        begun = True
        if words[0][1] in _CHART_SERIES_HEADER:
            series = [name + growth for _, name in words[1:]]
            continue
        if growth and _MONTH_POINTS.fullmatch(line.strip()):
            # 1—2月 5.6　1—3月 6.1 …: a growth by month, the months' own (当月) or to date (累计)
            summed = "当月" not in title
            for point in _MONTH_POINT.finditer(line):
                value = _value(point.group("value"))
                if value is not None:
                    yield TableValue(
                        "months", start + point.start("value"), start + point.end("value"), value, None,
                        "累计" if summed or point.group("first") else "当月", "", "%", "exact",
                        point.group("months"), title, start, start + len(line), growth=True,
                    )  # fmt: skip
            continue
        data = _CHART_LINE.fullmatch(line.strip())  # (2021年11.4%: normalising drops the gap after 年)
        year = _CHART_YEAR.fullmatch(data.group("label").strip()) if data is not None else None
        if data is None or (year is None and not figure):
            return
        at = start + line.index(data.group("values"))
        cells = [
            (m.start() + at, _CHART_VALUE.fullmatch(m.group())) for m in _WORD.finditer(data.group("values"))
        ]
        if len(cells) != len(series) or any(cell is None for _, cell in cells):
            return
        for (offset, cell), name in zip(cells, series, strict=True):
            assert cell is not None
            carried = cell.group("unit") or ""
            if (unit and carried and carried != unit) or not (unit or carried):
                return  # a unit of its own, or none at all: no value of this chart
            number = cell.group("number")
            value = _value(number)
            if value is None:
                continue
            # a year's value is the series' own; a part's is what each part has of it (…增加值占比)
            part = "" if year is not None else data.group("label").strip()
            measured = name[parts.end() :] if part and parts is not None else name
            yield TableValue(
                "region" if part else "year", offset, offset + len(number), value,
                int(year.group(1)) if year is not None else None, "", measured, unit or carried, "exact",
                part, title, start, start + len(line),
            )  # fmt: skip


#: the title of a part of a statistical bulletin's table (一、工业生产, （二）固定资产投资)
_PART_TITLE = re.compile(
    r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])[\u4e00-\u9fff、]{2,12}"
)


def table_values(text: str) -> Iterator[TableValue]:
    """Every number standing under a year or an indicator column of a plain-text table."""
    if "图" in text or _YEAR_ROW.search(text):
        yield from _chart_rows(text)
    if _FLATTENED_HEADER.search(text):
        yield from _flattened_rows(text)
    yield from _listed_rows(text)
    if "：当月" in text or "：累计" in text or "：本月" in text:
        yield from _key_value_rows(text)
    if "括号内" in text:
        yield from _bracketed_growth_rows(text)
    if "\n增长\n" in text or "\n下降\n" in text:
        yield from _stacked_rows(text)
    if "  " not in text and "单位" not in text and "|" not in text and not _SPACED_UNITS.search(text):
        return  # no column gap, unit column, rule or spaced units: no table, as in most documents
    columns: list[Column] | None = None
    caption = previous = ""
    rows_are = "product"  # what the rows of a table of levels and growths name
    cell_pattern = _CELL
    #: a table of years whose cells a single space parts (a PDF's): it runs on over a page's
    #: break and running header, up to its notes
    single_spaced = False
    #: the unit of rows without a unit cell (指标名称 环比 同比 1—8月, all in %; 项目  本月  去年同月
    #: under 单位：辆), else ""
    unitless = ""
    rates_apart_above = False  # 单位：亿千瓦时、%: a row that names its own unit, or a rate, keeps it
    units_in_label = False  # rows whose name ends on its unit (工业投资（亿元）)
    units_seen: dict[str, str] = {}  # each row's unit, by its name, in the tables read so far
    society_wholes: dict[str, str] = {}  # what a caption's table counts for the whole society
    part_unit: str | None = None  # the unit of the last whole row, for its parts (其中：出口)
    line_units: list[str] = []  # the units a line above the header lists (单位：亿元、%)
    row_units: dict[str, str] = {}  # and the rows it names a unit of their own (（平板玻璃为万重量箱）)
    wrapped = ""  # a numbered row's name wrapped onto the line below, in such a table
    captions: list[str] = []  # the lines above, nearest last
    header_columns: list[tuple[int, int]] = []  # where a product header's cells stand, in columns
    spaced_words = False  # a table of indicators with units whose cells single spaces part
    pairs_line = False  # the line under a header of periods, naming each period's columns
    row_above = ""  # the label of the row above, in a table with places across
    whole_row = ""  # the label of the last row no # marks as a part, in a table of years
    group = ""  # the group label over the rows below it (出口主要商品), in the table being read
    for start, line, pos in _lines_and_halves(text):
        if columns is None and _BASE_PERIOD_LINE.fullmatch(line.strip()):
            continue  # 表一　工业生产指数 ↵ 基期：2021年 ↵ 行业  …: the index's base, no caption nor header
        group = group if columns is not None else ""
        if line.strip() and not _RULE_LINE.fullmatch(line.strip()):
            # (表1　… ↵ ────── ↵ 市（州）  增速（%）  位次: a rule drawn under the caption is none)
            previous, current = line, previous
            captions = [*captions[-2:], current]
        if not line.strip() and single_spaced:
            continue
        if pairs_line:
            pairs_line = False
            continue  # (绝对值  增长%  绝对值  增长%: read with the header above)
        parted = not line.strip() or _PART_TITLE.fullmatch(line.strip()) is not None
        if columns is not None and units_in_label and parted:
            continue  # 指标名称  1—10月  同比增长（%） ↵ ↵ 一、工业生产 ↵ …: a bulletin's parts, one table
        if columns is not None and line.strip() and parted and columns[0].year is not None:
            continue  # 序号  指标  单位  2023年目标 … ↵ 一、综合实力 ↵ 1  地区生产总值 …: a group of rows
        # (…  86.7  一期厂房竣工，二期主体施工: a row whose one cell in prose is its last, a remark, or
        # a task list's result, 4218.6亿元，同比增长8.7%)
        one_worded = columns is not None and (
            sum(bool(_PROSE.search(cell)) for cell in line.split("  ")) == 1
        )
        if (_PROSE.search(ASIDE.sub("", line)) and not one_worded) or not line.strip():  # 白酒（折65度，…）
            columns, cell_pattern, single_spaced, spaced_words = None, _CELL, False, False
            continue
        if columns is not None and ASIDE.fullmatch(line.strip()):
            continue  # 农用氮、磷、钾化学肥料  吨  12408 ↵ （折纯）: the row's name, wrapped
        if _RULE_LINE.fullmatch(line.strip()):
            continue  # ──────: a rule drawn under the header, between no cells
        if columns is None:
            # (| 指标 | 单位 | 1—9月 | 同比增长(%) |: a Markdown table's bars part its cells)
            word_pattern = _RULED_CELL if line.count("|") >= 2 else _WORD
            words = _spaced_words_joined(
                [(m.start() + start, m.group()) for m in word_pattern.finditer(line)]
            )
            if not words:
                continue  # (|  |: a ruled row of empty cells heads nothing)
            # (a ruled header's empty cells go, and the rules drawn under a line of periods above)
            header_cells = [
                (at, word) for at, word in words if word.strip() and not _RULE_LINE.fullmatch(word)
            ]
            header_cells = _periods_stacked_above(header_cells, captions[-1:], word_pattern) or header_cells
            periods = _PERIODS_OVER_PAIRS.fullmatch(" ".join(word for _, word in header_cells))
            labelled_units = periods is not None and periods.group("unit") is None
            merged = None
            if periods is not None:
                # (the line below names each period's pair of columns: read only under such a header)
                below = line_at(text, pos)
                if _DELIMITER_ROW.fullmatch(below.strip()):
                    below = line_at(text, pos + len(below) + 1)  # (|---|---|: a Markdown header's rule)
                pairs = [(0, m.group().strip()) for m in word_pattern.finditer(below) if m.group().strip()]
                merged = _periods_over_pairs(header_cells, pairs, labelled_units)
            if merged is not None:
                # 指标名称  单位  本月  累计 ↵ 绝对值  增长%  绝对值  增长%: one header of both lines (and
                # | 指标 | 11月 |  | 1—11月 |  | ↵ | | 绝对值 | 增长% | …, its units in the rows' names)
                columns, caption, unitless = merged, current, ""
                cell_pattern = word_pattern if labelled_units else _WORD
                rows_are, units_in_label, pairs_line = "indicator", labelled_units, True
                continue
            products = _product_header(words)
            wrapped_tails = _tails_below(words, line_at(text, pos)) if products is None else None
            if wrapped_tails is not None:
                # 本月  本月比上年  1-9月累计  累计比上年  累计增速 ↵ 同月±%  同期±%  全省位次: the
                # header's names go on below it (normalisation strips where they stood)
                products = _product_header(wrapped_tails)
                pairs_line = products is not None
            said = _unit_line_above(captions) if products is None else None
            unit_above = _one_unit_and_rates(said.group(1)) if said is not None else ""
            if unit_above and words[0][1] in _ITEM_COLUMNS:
                # 项目  本月  去年同月  同比增减  本年累计 … under 单位：辆: every row in that unit
                products = _product_header([words[0], (words[0][0], "单位"), *_growths_in_cells(words[1:])])
            indices = _index_header(words, captions) if products is None else None
            sums = (
                _periods_over_sum_pairs([word for _, word in words], captions, unit_above)
                if products is None and indices is None
                else None
            )
            if sums is not None:
                # 2026年第二季  2026年上半年 ↵ 主要商品  百万港元  按年变动(%)  百万港元  按年变动(%): the
                # rows name no unit, the columns do
                products, unit_above = sums, sums[0].unit
            if indices is not None:
                # 指数名称  本月  上月  增减 under 表1 中小企业发展指数及分项指数: each index's levels,
                # in points, and their change
                products, unit_above = indices, _INDEX_UNIT
            if products is not None:  # 产品名称 单位 产量 比上年增长（%）: single spaces part it
                columns, caption, cell_pattern = _this_month_named(products), current, word_pattern
                unitless = unit_above if said is not None or indices or sums else ""
                rates_apart_above = said is not None and unit_above != said.group(1)
                caption = _caption_above(captions)  # (not the unit's line)
                if sums is not None and len(captions) > 1:
                    caption = _caption_above(captions[:-1])  # (not the line of the periods over the pairs)
                header_columns = _display_spans(line, [(at - start, word) for at, word in words])
                header_columns = [] if unitless else header_columns
                heads = words[1:] if words[0][1] == "序号" else words  # (序号  指标名称  单位 …)
                spaced_out = len(heads) > 1 and len(heads[0][1]) == len(heads[1][1]) == 1  # 指  标
                rows_name = heads[0][1] + heads[1][1] if spaced_out else heads[0][1]
                rows_are = "indicator" if rows_name in _INDICATOR_NAME_COLUMN or indices else "product"
                units_in_label = False
                continue
            labelled = _units_in_label_header(_first_word_joined(words))
            if labelled is not None:  # 指标 1—10月 同比增长（%） ↵ 工业投资（亿元） 1286.4 9.8
                columns, caption, cell_pattern, unitless = labelled, current, word_pattern, ""
                rows_are, units_in_label = "indicator", True
                continue
            changes = _changes_header(words, in_percent=unit_above in ("%", "％"))
            if changes is not None:  # 指标名称 环比 同比 1—8月 under 单位：%: growths only
                # (not the unit's line, （单位：%；“1—11月”为…）, whose months are a column's)
                caption = next(
                    (c for c in reversed(captions) if c and not c.lstrip("（(").startswith("单位")), ""
                )
                columns, cell_pattern, unitless, rows_are = (
                    _this_month_named(changes),
                    word_pattern,  # (| 行业名称 | 环比 | 同比 | 1—11月 |: a ruled table's rows alike)
                    "%",
                    "indicator",
                )
                units_in_label = False
                continue
        pattern = _RULED_CELL if cell_pattern is _CELL and line.count("|") >= 1 else cell_pattern
        cells = [(m.start() + start, m.group()) for m in (_WORD if spaced_words else pattern).finditer(line)]
        if "#" in line or "＃" in line:
            # (2025年第三季#, 首三季#: a period marked provisional, as Hong Kong's tables mark it)
            cells = [(at, _PROVISIONAL_MARK.sub("", cell)) for at, cell in cells]
        if (
            len(cells) == 1
            and columns is None
            and cell_pattern is _CELL
            and _SPACED_UNITS.fullmatch(line)
            # (表1 2025年度各乡镇（街道）…完成情况（单位：家）: a caption, its brackets no units of columns)
            and not _CAPTION_NUMBER.match(line.strip())
        ):
            # 产业 产值（亿元）同比增长（%）: a header a single space parts (normalisation joined its
            # columns with units), its rows parted alike
            first = _WORD.match(line)
            assert first is not None
            after = _UNITS_COLUMN.finditer(line, first.end())
            cells = [(start, first.group()), *((m.start() + start, m.group()) for m in after)]
            spaced_words = True
        if len(cells) < 2 and columns is None and (spaced := _single_spaced_header(line)) is not None:
            # 序号 类别 指标名称 单位2025年规划目标2025年实际 完成情况: a header a single space parts
            columns, caption, cell_pattern, single_spaced = spaced, current, _WORD, True
            continue
        if len(cells) < 2:
            if columns is not None and _STRAY_NUMBER.fullmatch(line.strip()):
                continue  # 序号  企业名称 … ↵ 11 ↵ 1  河南…公司 …: a page's number, amid the rows
            if columns is not None and (
                (
                    (cell_pattern is not _CELL or columns[0].year is not None or columns[0].kinds)
                    and (_GROUP_LABEL.fullmatch(line.strip()) or _GROUPED_BY.fullmatch(line.strip()))
                )
                # (序号  项目名称  建设地点  总投资 … ↵ 一、新能源及储能（4个） ↵ 1  …项目: a numbered
                # group of the rows, however its table is read)
                or _NUMBERED_GROUP.fullmatch(line.strip()) is not None
                # (行业  10月  1—10月 … ↵ 主要行业： ↵ 农副食品加工业  4.6  5.2: a group label, colon
                # and all, amid a table of periods across)
                or (
                    bool(columns[0].period)
                    and line.strip().endswith(("：", ":"))
                    and _GROUP_LABEL.fullmatch(line.strip()) is not None
                )
            ):
                # 主要工业产品产量 ↵ 太阳能电池  万千瓦  45.2: a group label; the rows go on (under years
                # too: 分产业产值（当年价） ↵ 锂电新能源产业产值  亿元  2105.3  3325.7)
                group = line.strip()
                continue
            if (
                columns is not None
                and pattern is _RULED_CELL
                and len(cells) == 1
                and _GROUP_LABEL.fullmatch(cells[0][1].rstrip("：:"))
            ):
                continue  # | 主要工业产品产量： |  |  |  |: a ruled table's group label, no other cell
            if not single_spaced:
                columns, cell_pattern, spaced_words = None, _CELL, False
            elif cells and (numbered := _NUMBERED_NAME.fullmatch(cells[0][1])) is not None:
                wrapped = numbered.group(1)  # 5 规上工业企业研发经费支出 ↵ 占营业收入比重 % 1.62 …
            continue
        if wrapped and columns is not None and not cells[0][1].isdigit():
            cells[0] = (cells[0][0], wrapped + cells[0][1])  # the name's first line, above the row
        wrapped = ""
        if columns is None and cell_pattern is _CELL and (grouped := _grouped_header(cells, current)):
            # 营业收入  利润总额 ↵ 分组  1—10月份  比上年同期  1—10月份  比上年同期
            columns, caption = grouped, captions[-2] if len(captions) > 1 else ""
            continue
        if columns is not None and columns[0].group and (units := _units_below(cells, columns)):
            columns = units  # ↵ （亿元）  增长（%）  （亿元）  增长（%）
            continue
        header = None
        under_years = (
            _parts_under_years(cells, line_at(text, pos))
            if columns is None and cell_pattern is _CELL
            else None
        )
        if under_years is not None:
            # 行業主類  2025年  2025年  2026年 ↵ 第三季  第四季  第一季: each year's part said below it
            cells = under_years
        if (
            columns is None
            and cell_pattern is _CELL
            and len(cells) >= 2
            and _periods_over_levels_and_growths(
                [cell for _, cell in cells], [m.group() for m in _CELL.finditer(line_at(text, pos))]
            )
        ):
            # 2026年第二季  2026年上半年 ↵ 主要商品  百万港元  按年变动(%) …: read with the line below
            continue
        bases = _bases_under_periods(cells, captions) if columns is None and cell_pattern is _CELL else None
        if bases is not None:
            cells = bases[0]
        if columns is None and cell_pattern is _CELL and len(cells) >= 2:
            cells = _units_said_above_written_in(_units_named_above(cells, captions), captions)
            cells = _columns_named_by_caption(cells, captions)
            cells = _label_column_left_blank(cells, line_at(text, pos), start)
        if columns is None and cell_pattern is _CELL and len(cells) >= 2:
            # 地区  单位地区生产总值能耗  … ↵ 上升或下降（±%）  …: each column's change, said below it
            below = line_at(text, pos)
            header = (
                _changes_below(cells, below)
                or _one_period_over_columns(cells, below)
                # 单位  工业投资（亿元）  新增规上企业（家） ↵ 上半年  全年  上半年  全年
                or _periods_under_groups(cells, below)
                # 地区  地区生产总值  规模以上工业增加值 ↵ 绝对额  增速  位次  增速  位次: each
                # indicator over its own few columns of level, growth and rank
                or _roles_under_groups([(0, m.group()) for m in _CELL.finditer(below)], line, captions)
                # 地级市  专精特新中小企业  专精特新“小巨人”企业 ↵ 本批新认定  累计  本批新认定  累计
                or _added_and_total_under_groups([m.group() for m in _CELL.finditer(below)], line, captions)
                # 序号  项目名称  总投资  上半年完成投资  形象进度 ↵ （亿元）  （亿元）: names that would
                # read without units above their units
                or (_wrapped_header(cells, below, captions) if _units_alone(below) else None)
            )
            pairs_line = header is not None
        if header is None and cell_pattern is _CELL:
            header = _goals_by_place_in_own_units(cells, captions) or _header(cells)
            if header is not None and header[0].role and any(c.indicator and not c.unit for c in header):
                # 序号  项目名称  承担企业  总投资  补助金额 under 单位：万元: a list's sums in the unit the
                # line above says, its cells bare numbers
                said_above = _with_units_said_above(cells, captions)
                header = (_header(said_above) if said_above is not None else None) or header
            if header is not None and not any(column.unit for column in header):
                # 行業類別  2026年第二季#  2026年第三季, years without a unit, under a caption of growths
                header = _yearly_changes_header(cells, captions) or header
            if header is not None and columns is None and any(column.unit_in_cells for column in header):
                # 货品类别  12月金额  较上年同月增减(%) under 单位：亿美元；%: the unit the line above
                # says, not one in each cell
                said_above = _with_units_said_above(cells, captions)
                header = (_header(said_above) if said_above is not None else None) or header
        if header is None and cell_pattern is _CELL:
            header = (
                _places_across_header(cells)
                or _places_header(cells, captions)
                or _scores_header(cells)
                or _months_header(cells, captions)
                or _periods_header(cells, captions)
                or _period_rows_header(cells, captions)
            )
        if header is None and cell_pattern is _CELL and columns is None:
            # 项目名称  建设地点  总投资  2025年计划投资  完成年度计划 under 单位：亿元、%: the units
            # a line above says, each column given its own
            said_above = _with_units_said_above(cells, captions)
            header = _header(said_above) if said_above is not None else None
        if header is None and cell_pattern is _CELL and columns is None:
            # 行业  1—10月增速  比1—9月增减（百分点）  占工业投资比重 under 单位：%: the kinds' rates,
            # each column in % unless it says its own unit
            in_percent = _in_percent_said_above(cells, captions)
            header = _header(in_percent) if in_percent is not None else None
        if header is None and cell_pattern is _CELL and columns is None:
            # 产品  营业收入（亿元）  收入同比  毛利率 ↵ 液压油缸  27.46  12.1%  24.3%: the units the row
            # below says in its cells
            shown = _units_shown_below(cells, line_at(text, pos), pattern)
            header = _header(shown) if shown != cells else None
        if header is None and cell_pattern is _CELL and columns is None and len(cells) >= 3:
            # 县（市、区）  规上工业增加值  工业投资 ↵ 增速（%）  增速（%）: a header wrapped onto the
            # line below, each column's name going on under it
            header = _wrapped_header(cells, line_at(text, pos), captions)
            pairs_line = header is not None
        if header is not None and cells and _CAPTION_NUMBER.fullmatch(cells[0][1]):
            header = None  # 表1　2025年度各乡镇（街道）…完成情况（单位：家）: a caption, parted by its spaces
        if header is not None:
            # (the caption above a line of the unit: 附表1 …分月增长速度 ↵ 单位：% ↵ header)
            caption = _caption_above(captions) or current
            pairs_line = pairs_line or under_years is not None  # (the line of the years' parts)
            if bases is not None and len(header) == len(bases[1]):
                # (not the line over the bases, whose months date the columns)
                caption = captions[-2] if len(captions) > 1 else ""
                header = [
                    dataclasses.replace(c, period=said) for c, said in zip(header, bases[1], strict=True)
                ]
            columns = header
            periods_above = (
                _periods_over_groups([column.indicator for column in header], captions[-1:])
                if not any(column.period or column.year for column in header)
                else None
            )
            if periods_above is not None:
                # 本月  1—11月累计 ↵ 车型  产量  同比±%  销量  同比±%  产量 …: each group's period
                columns = [
                    replace(column, period=period)
                    for column, period in zip(header, periods_above, strict=True)
                ]
            ended = _MONTHS_ENDED_ON.fullmatch(captions[-1].strip()) if captions and header[0].year else None
            if ended is not None:
                # 截至6月30日止六个月 ↵ 2025年  2024年  变动: each year's months up to that day
                columns = [
                    replace(column, period=f"{column.year}年1—{ended.group('month')}月")
                    if column.year and not column.period
                    else column
                    for column in columns
                ]
            said = _unit_line_above(captions)
            if said is not None or header[0].period not in REPORT_COLUMNS:
                # (项目  本报告期  上年同期 under the block of 本报告期末  上年度末: the unit above both)
                line_units = _units_listed(said.group(1)) if said else []
                row_units = {said.group("row"): said.group("row_unit")} if said and said.group("row") else {}
            continue
        if columns is None:
            continue
        if columns[0].year is not None and (units_under := _units_under_years(cells)) is not None:
            line_units = units_under  # 2025年  2024年  变动 ↵ 人民币千元  人民币千元: each year's unit
            continue
        if columns[-1].place:
            yield from _across_row(cells, columns, row_above, caption, start, start + len(line))
            row_above = cells[0][1]
        elif columns[0].role:
            yield from _named_row(cells, columns, caption, start, start + len(line))
        elif columns[0].worded:
            yield from _worded_row(cells, columns, caption, start, start + len(line))
        elif columns[0].year is not None:
            cells = _part_row(_growth_under_row(cells, row_above), whole_row)
            yield from _year_row(cells, columns, caption, start, start + len(line), line_units, row_units)
            row_above = cells[0][1]
            whole_row = whole_row if line.lstrip().startswith("#") else row_above
        elif columns[0].group:
            yield from _grouped_row(cells, columns, caption, start, start + len(line))
        elif columns[0].months:
            yield from _month_row(cells, columns, caption, start, start + len(line))
        elif cell_pattern is not _CELL:
            if unitless:
                # (-5.31% under 同比增减: the growth's cell says its unit)
                values = [(at, cell.removesuffix("%")) for at, cell in cells[1:]]
                row_name, row_unit = cells[0][1], unitless
                own_unit = _unit_in_label(row_name) if rates_apart_above else None
                if own_unit is not None:  # 规上工业企业数（家）
                    row_name, row_unit = own_unit.group("name"), own_unit.group("unit")
                elif rates_apart_above and _RATE_NAME.search(row_name):
                    row_unit = "%"  # 工业产品产销率
                cells = [(cells[0][0], row_name), (cells[0][0], row_unit), *values]
            elif units_in_label:
                cells = [cells[0], *((at, _arrow_read(cell)) for at, cell in cells[1:])]
                # (+4 under a 同比 whose % the cells say: a change of things counted, no growth)
                cells = [
                    cells[0],
                    *(
                        (at, "—" if column.unit_in_cells and _SIGNED_WITHOUT_UNIT.fullmatch(cell) else cell)
                        for (at, cell), column in zip(cells[1:], columns, strict=False)
                    ),
                    *cells[1 + len(columns) :],
                ]
                named = _unit_in_label(cells[0][1])
                label = named.group("name") if named else cells[0][1]
                # (表一（续）: a table printed in two blocks names its units in the first only)
                unit = named.group("unit") if named else units_seen.get(_PART_OF.sub("", label))
                own = _NUMBER_WITH_UNIT.fullmatch(cells[1][1]) if unit is None and len(cells) > 1 else None
                if own is not None:
                    # 规上工业增加值 | 286.4亿元 | ↑7.8%: the level's cell carries the row's unit
                    unit, cells[1] = own.group("unit"), (cells[1][0], own.group("number"))
                if unit is None and (_PART_OF.match(label) or line[:1].isspace()):
                    unit = part_unit  # 进出口总额（亿元） ↵   其中：出口: a part, in its whole's unit
                if unit is None and _levels_blank(cells[1:], columns):
                    unit = ""  # 规模以上工业增加值  —  7.9  —  8.4: growths only, all in %
                if unit is None:
                    continue  # a row without its unit cannot be typed
                if named or not (_PART_OF.match(label) or line[:1].isspace()):
                    part_unit = unit
                cells = [(cells[0][0], label), (cells[0][0], unit), *cells[1:]]
            elif len(cells) == 2 + len(columns):
                units_seen[_PART_OF.sub("", cells[0][1])] = cells[1][1]
            elif 2 < len(cells) < 2 + len(columns) and len(header_columns) == 2 + len(columns):
                # 规模以上工业增加值      亿元                    9.1: blank cells, told by where the
                # others stand under the header
                cells = _under_header(cells, line, start, header_columns) or cells
            if rows_are == "indicator":
                cells = _kind_of_the_whole(cells, caption, society_wholes)
            yield from _product_row(cells, columns, caption, start, start + len(line), rows_are, group)
        else:
            yield from _region_row(cells, columns, caption, start, start + len(line))


def _two_up_cells(line: str) -> list[re.Match[str]]:
    """A line's cells, as a two-up table parts them; none for a ruled line (a Markdown table's)."""
    return list(_CELL.finditer(line)) if "|" not in line else []


#: a part of a count that is its things of a level (其中：省级以上, under 累计市级绿色工厂)
_LEVEL_PART = re.compile(r"(?:国家|省|市|县)级(?:以上)?")


def _part_named(whole: str, part: str) -> str:
    """The name of a column that counts a part of the column before (新设企业  其中：制造业企业:
    新设企业（制造业企业）); a part that is the whole's things of a higher level is named as they
    are (累计市级绿色工厂  其中：省级以上: 累计省级以上绿色工厂)."""
    level = _LEVEL_PART.search(whole) if _LEVEL_PART.fullmatch(part) else None
    if level is not None:
        return whole[: level.start()] + part + whole[level.end() :]
    if _OWN_GROWTH_PART.fullmatch(part):
        return part  # (比上年增长  其中：工业技改投资增长: the part's own growth, named in full)
    return f"{whole}（{part}）"


#: a part column that names its own thing and its growth (其中：工业技改投资增长)
_OWN_GROWTH_PART = re.compile(r"[\u4e00-\u9fff]{2,12}(?:增长|增速|增幅)")


def _lines_and_halves(text: str) -> Iterator[tuple[int, str, int]]:
    """Each line, where it starts and where the line after it starts; but a table printed two-up
    (地区  数量  地区  数量 ↵ 北京市  12  湖北省  65), its header's two halves the same, gives the
    header's first half and each row's two halves as rows of their own, so that the table reads as
    one table of places down the side."""
    pos = 0
    half = 0  # the cells in each half of the two-up table being read, or 0
    lines = text.split("\n")
    for at, line in enumerate(lines):
        start, pos = pos, pos + len(line) + 1
        cells = _two_up_cells(line)
        if half and len(cells) == 2 * half:
            middle = cells[half].start()
            yield start, line[:middle], pos
            yield start + middle, line[middle:], pos
            continue
        if half and len(cells) == half:
            yield start, line, pos  # 合计  1128: a row the right half leaves empty
            continue
        names = [cell.group() for cell in cells]
        half = len(names) // 2 if len(names) >= 4 and len(names) % 2 == 0 else 0
        twice = bool(half) and names[:half] == names[half:]
        below = _two_up_cells(lines[at + 1]) if twice and at + 1 < len(lines) else []
        if (
            twice
            and not any(map(_NUMBER_CELL.fullmatch, names))
            # (金额  年增率  金额  年增率 under two periods, 本期  同比±%  本期  同比±% over their units:
            # the row below is no two rows of a label and its numbers)
            and len(below) == 2 * half
            and not _NUMBER_CELL.fullmatch(below[0].group())
            and not _NUMBER_CELL.fullmatch(below[half].group())
            and _NUMBER_CELL.fullmatch(below[1].group()) is not None
            and _NUMBER_CELL.fullmatch(below[half + 1].group()) is not None
        ):
            yield start, line[: cells[half].start()], pos
            continue
        half = 0
        yield start, line, pos


def _kind_of_the_whole(
    cells: list[tuple[int, str]], caption: str, wholes: dict[str, str]
) -> list[tuple[int, str]]:
    """全社会用电量 ↵ 第一产业 ↵ 其中：工业 ↵ 城乡居民生活 under …全社会用电量分类情况: the rows
    after a whole society's total, in a table of its kinds, are kinds of what it counts
    (第一产业用电量, 工业用电量), not things of their own."""
    label = cells[0][1]
    society = _SOCIETY_WHOLE.fullmatch(_PART_OF.sub("", label))
    if society is not None and society.group() in caption:
        wholes[caption] = society.group(1)
        return cells
    what = wholes.get(caption)
    if what is None or what[:2] in label or what[-2:] in label:
        return cells  # (城乡居民生活用电, 工业投资: the row says it)
    return [(cells[0][0], label + what), *cells[1:]]


#: a table's row of the whole society's total (全社会用电量), and what it counts
_SOCIETY_WHOLE = re.compile(r"全社会([\u4e00-\u9fff]{2,6})")


#: a header line of a label and two or more columns with units, a single space between the
#: label and the first (产业 产值（亿元）同比增长（%）)
_UNITS_COLUMN = re.compile(r"[^\s（()）]{1,12}[（(][^()（）\s]{1,6}[)）]")
_SPACED_UNITS = re.compile(r"(?m)^[^\s（(]{1,8} (?:[^\s（()）]{1,12}[（(][^()（）\s]{1,6}[)）] ?){2,6}$")


#: a year column's part, said on the line below the year (2025年 ↵ 第三季; 2026年 ↵ 上半年)
_PART_OF_THE_YEAR = re.compile(
    r"第[一二三四]季|首[一二三]季|[一二三]季度|上半年|前三季度|\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月"
)


def _parts_under_years(cells: list[tuple[int, str]], below: str) -> list[tuple[int, str]] | None:
    """行業主類  2025年  2025年  2026年  2026年 ↵ 第三季  第四季  第一季  第二季: a header of years
    whose parts of the year stand on the line below, one under each, read as one line of
    2025年第三季 … (the part under it dates each column); None for any other."""
    years = cells[1:]
    if len(years) < 2 or not all(_YEAR_ALONE.fullmatch(cell) for _, cell in years):
        return None
    parts = [m.group() for m in _CELL.finditer(below)]
    if len(parts) != len(years) or not all(_PART_OF_THE_YEAR.fullmatch(part) for part in parts):
        return None
    return [
        cells[0],
        *((at, year.rstrip("度") + part) for (at, year), part in zip(years, parts, strict=True)),
    ]


def _levels_blank(cells: list[tuple[int, str]], columns: list[Column]) -> bool:
    """Whether a row's cells are blank (—) under every column of a level, and some number stands
    under a growth: a row of growths only, whose unit no cell needs."""
    if len(cells) != len(columns):
        return False
    levels = [
        cell for (_, cell), column in zip(cells, columns, strict=True) if not (column.growth or column.rank)
    ]
    return all(not _NUMBER_CELL.fullmatch(cell) for cell in levels) and len(levels) < len(cells)


def _display_spans(line: str, cells: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """Where each cell (its offset in ``line``) stands on screen: a wide character takes two
    columns, so a table aligned with spaces lines up in these and not in characters."""
    spans: list[tuple[int, int]] = []
    width = at = 0
    for offset, cell in cells:
        width += _width(line[at:offset])
        spans.append((width, width + _width(cell)))
        width, at = spans[-1][1], offset + len(cell)
    return spans


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _under_header(
    cells: list[tuple[int, str]], line: str, line_start: int, header: list[tuple[int, int]]
) -> list[tuple[int, str]] | None:
    """A row with blank cells, each of its cells put under the header cell it overlaps and
    the blanks marked empty; None where a cell overlaps no header cell, or two the same one."""
    spans = _display_spans(line, [(at - line_start, cell) for at, cell in cells])
    placed: dict[int, tuple[int, str]] = {0: cells[0]}  # (the name, however far indented: 其中：…)
    for cell, (left, right) in zip(cells[1:], spans[1:], strict=True):
        overlaps = [min(right, end) - max(left, start) for start, end in header]
        column = max(range(len(header)), key=overlaps.__getitem__)
        if overlaps[column] <= 0 or column in placed:
            return None
        placed[column] = cell
    if 1 not in placed:
        return None  # (the unit stands second)
    return [placed.get(column, (cells[-1][0], EMPTY_CELL)) for column in range(len(header))]


def _stacked_rows(text: str) -> Iterator[TableValue]:
    """An indicator's block from a PDF whose cells each took a line: its name, its unit, its
    value, then 增长 or 下降 and the rate (规模以上工业增加值 / 亿元 / 1526.8 / 增长 / 7.9%), or
    its name and growth alone (制造业投资 / 增长 / 13.5%)."""
    for block in _STACKED_BLOCK.finditer(text):
        label, rate = block.group("label").strip(), block.group("rate")
        part = "value" if block.group("value") is not None else "value_first"
        if block.group(part) is not None:
            value = _value(block.group(part))
            unit = block.group("unit") if part == "value" else block.group("unit_after")
            if value is not None:
                yield TableValue(
                    "indicator", block.start(part), block.end(part), value, None, "", "",
                    unit, "exact", label, "", block.start(), block.end(),
                )  # fmt: skip
        sign = -1 if block.group("way") == "下降" else 1
        yield TableValue(
            "indicator", block.start("rate"), block.end("rate"), sign * float(rate), None, "", "", "%",
            "exact", label, "", block.start(), block.end(), growth=True,
        )  # fmt: skip


#: such a block: a name with no digit and no sentence's marks, an optional unit and value (or a
#: value and its unit on one line: 742.3亿元), then the direction and the rate, a line each
_STACKED_BLOCK = re.compile(
    r"(?m)^(?P<label>(?:其中[：:])?[^\d\n，。；：:（(]{2,30}(?:[（(][^）)\n]{1,12}[)）])?)\n"
    r"(?:(?P<unit>[^\d\s，。；]{1,5})\n(?P<value>[-−]?\d[\d,]*(?:\.\d+)?)\n"
    r"|(?P<value_first>[-−]?\d[\d,]*(?:\.\d+)?)(?P<unit_after>[^\d\s，。；]{1,5})\n)?"
    r"(?P<way>增长|下降)\n(?P<rate>\d+(?:\.\d+)?)\s*[%％]$"
)


def _flattened_rows(text: str) -> Iterator[TableValue]:
    """A table of places by one indicator flattened to a cell a line, as a scraped page
    leaves it (地区 / 规上工业增加值增速（%） / 全市 / 6.8 / 晋江市 / 7.6 …)."""
    for header in _FLATTENED_HEADER.finditer(text):
        column = _INDICATOR_COLUMN.fullmatch(header.group("column"))
        if column is None:
            continue
        caption_end = text.rfind("\n", 0, header.start())
        caption = text[text.rfind("\n", 0, max(0, caption_end - 1)) + 1 : caption_end].strip()
        for row in _FLATTENED_ROW.finditer(text, header.end()):
            if row.start() != header.end() and text[row.start() - 1] != "\n":
                break
            label, cell = row.group("label"), row.group("value")
            offset = row.start("value")
            value = _value(cell)
            if value is not None:
                yield TableValue(
                    "region", offset, offset + len(cell), value, None, "", column.group("name"),
                    column.group("unit"), _qualifier(cell), label, caption, row.start(), row.end(),
                )  # fmt: skip
            header_end = row.end()
            if text.startswith("\n\n", header_end) or not text.startswith("\n", header_end):
                break


#: the period a quick report's value is of (当月, 累计, 5月末)
_KEY_PERIODS = r"(?:当月|本月|本年累计|累计|\d{1,2}月末)"
#: a quick report's line of an indicator, its unit and its values by period, parted by ；
#: (规上工业总产值（亿元）：当月142.36（+6.8%）；累计665.12（+7.5%）)
_KEY_VALUES_LINE = re.compile(
    r"(?m)^[ \t]*(?:其中[:：])?(?P<label>[^\s：:；;，。\d（）()]{2,30})"
    r"(?:[（(](?P<unit>[^（）()\d]{1,8})[)）])?[:：]"
    rf"[ \t]*(?P<values>{_KEY_PERIODS}[ \t]*[-+−]?\d[^\n]*)$"
)
#: one of its values: the period's word, the number, and the growth in brackets after it
_KEY_VALUE = re.compile(
    rf"(?P<tag>{_KEY_PERIODS})[ \t]*(?P<value>[-+−]?\d+(?:\.\d+)?)"
    r"(?:[（(](?P<growth>[-+−]?\d+(?:\.\d+)?)[%％][)）])?"
)
#: a part said after a value (其中亏损企业98, 亏损面（%）：13.8, 占规上工业比重（%）：32.5)
_KEY_PART = re.compile(
    r"(?:其中)?(?P<label>[^\s：:；;\d（）()]{2,20})(?:[（(](?P<unit>[^（）()\d]{1,8})[)）])?[:：]?[ \t]*"
    r"(?P<value>[-+−]?\d+(?:\.\d+)?)"
)
#: the rank of the line's growth among its benchmark's places (全市位次2)
_KEY_RANK = re.compile(r"全(?:市|省|县)位次[ \t]*(?P<value>\d{1,2})")
#: a growth's name ends on how it grew, which the measure says
_GROWTH_WORD = re.compile(r"(?:增速|增长率|增幅)$")


def _key_value_rows(text: str) -> Iterator[TableValue]:
    """A county's quick report, an indicator a line with its values by period (规上工业总产值（亿元）：
    当月142.36（+6.8%）；累计665.12（+7.5%）), each of the month or the months to date of the
    heading above (2025年1-5月…快报, 二、工业效益（1-4月）); the benchmark's values (全市6.9) are
    left, as no region is told for them, but the line's rank among its places is read."""
    caption = section = ""
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        row = _KEY_VALUES_LINE.fullmatch(line)
        if row is None:
            if _MONTHS_SAID.search(line) and not caption:
                caption = line.strip()  # 2025年1-5月长兴县主要经济指标快报
            elif line.strip():
                section = line.strip() if _MONTHS_SAID.search(line) else ""  # 二、工业效益（1-4月）
            continue
        label, unit = row.group("label"), row.group("unit") or ""
        growth_line = unit in ("%", "％") and _GROWTH_WORD.search(label) is not None
        name = _GROWTH_WORD.sub("", label) if growth_line else label
        period = ""
        for part in re.finditer(r"[^；;]+", row.group("values")):
            at = start + row.start("values") + part.start()
            said = part.group().strip()
            value = _KEY_VALUE.fullmatch(said)
            ranked = _KEY_RANK.fullmatch(said)
            other = _KEY_PART.fullmatch(said) if value is None and ranked is None else None
            cell_name = name
            if value is not None:
                tag = value.group("tag")
                period = "本月" if tag in ("当月", "本月") else "1—本月累计" if "累计" in tag else tag
                number_at = at + part.group().index(value.group("value"))
                cells = [(value.group("value"), unit, growth_line, number_at)]
                if value.group("growth") is not None:
                    cells.append((value.group("growth"), "%", True, number_at + len(value.group("value"))))
            elif ranked is not None:
                cells = [(ranked.group("value"), "位", False, at + part.group().index(ranked.group("value")))]
            elif other is not None and not other.group("label").startswith(("全", "比全")):
                own, part_name = other.group("unit") or unit, other.group("label")
                # (比上年同期增长（%）：8.7: the line's own growth; 占规上工业比重: the line's share)
                grown = own in ("%", "％") and _GROWTH_OF_THE_LINE.fullmatch(part_name) is not None
                shared = part_name.startswith("占")
                cell_name = name if grown else name + part_name if shared else part_name
                number_at = at + part.group().rindex(other.group("value"))
                cells = [(other.group("value"), own, grown, number_at)]
                if not grown and not shared:
                    name = part_name  # (其中亏损企业98；亏损面（%）：13.8: the part's, and what follows)
            else:
                continue  # 全市6.9, 比全市高（个百分点）1.2: the benchmark's, of a place not told
            for number, cell_unit, growth, number_at in cells:
                yield TableValue(
                    kind="indicator",
                    start=number_at,
                    end=number_at + len(number),
                    value=float(number.replace("−", "-")),
                    year=None,
                    tag="",
                    indicator="",
                    unit=cell_unit,
                    qualifier="exact",
                    row_label=cell_name,
                    caption=section or caption,
                    row_start=start,
                    row_end=start + len(line),
                    growth=growth,
                    column_period=period,
                    rank=ranked is not None,
                )


#: a two-column table's header whose cells hold each value with its growth in brackets
#: (指标名称 | 1-9月（括号内为比上年同期增长%）): the period of the values
_BRACKETED_GROWTH_HEADER = re.compile(
    r"[^|\n]{2,12}\|\s*(?P<period>[^|（()\n]{0,12}?)\s*[（(]括号内为[^）)\n]{0,12}增[长速][^）)\n]{0,4}[)）]\s*"
)
#: one of its rows: an indicator (its unit in brackets, unless it is a part of the row above: 其中：
#: 工业用电量), then its value with the growth in brackets, or the growth alone (（9.2）)
_BRACKETED_GROWTH_ROW = re.compile(
    r"[\s\u3000]*(?:其中[:：])?(?P<label>[^|\s\d（）()]{2,30}?)"
    r"(?:[（(](?P<unit>[^（）()\d]{1,8})[)）])?\s*\|\s*(?P<value>[-−]?\d+(?:\.\d+)?)?\s*"
    r"[（(](?P<growth>[-+−]?\d+(?:\.\d+)?)[)）]\s*"
)


def _bracketed_growth_rows(text: str) -> Iterator[TableValue]:
    """A statistics bureau's two-column table of the months' main indicators, each cell a value
    with its growth in brackets (地区生产总值（亿元） | 2921.47（6.3）; 规模以上工业增加值（%） | （9.2）);
    a row without a unit (第一产业 | 196.52（3.4）) is a part of the last row with one, in its unit."""
    period: str | None = None
    caption = parent_unit = ""
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        header = _BRACKETED_GROWTH_HEADER.fullmatch(line)
        if header is not None:
            period = header.group("period")
            continue
        row = _BRACKETED_GROWTH_ROW.fullmatch(line) if period is not None else None
        if row is None:
            if period is not None and line.strip():
                period = None  # (注：…: the table is over)
            elif period is None and _MONTHS_SAID.search(line):
                caption = line.strip()  # 2025年1-9月全市主要经济指标
            continue
        unit = row.group("unit") or parent_unit  # (其中：工业用电量 under 全社会用电量（亿千瓦时）)
        parent_unit = unit
        cells = [(row.group("growth"), "%", True)]
        if row.group("value") is not None and unit not in ("%", "％", ""):
            cells.insert(0, (row.group("value"), unit, False))
        elif row.group("value") is not None:
            continue  # (居民消费价格（%） | 100.2（0.2）: what the value measures is not told)
        for number, cell_unit, growth in cells:
            at = start + line.index(number, row.end("label"))
            yield TableValue(
                kind="indicator", start=at, end=at + len(number), value=float(number.replace("−", "-")),
                year=None, tag="", indicator="", unit=cell_unit, qualifier="exact",
                row_label=row.group("label"), caption=caption, row_start=start, row_end=start + len(line),
                growth=growth, column_period=period or "",
            )  # fmt: skip


#: a line that names months (2025年1-5月…, （1-4月）), not a day (2025年6月18日): a quick report's
#: heading of its period
_MONTHS_SAID = re.compile(r"\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月|\d{4}\s*年\s*\d{1,2}\s*月(?!\s*\d{1,2}\s*日)")
#: a value's name that says it is the line's growth (比上年同期增长, 同比增长)
_GROWTH_OF_THE_LINE = re.compile(r"(?:比上年同期|比上年|同比)(?:增长|增速|增减)")


def _listed_rows(text: str) -> Iterator[TableValue]:
    """Places a line each under a caption that names what their numbers measure, as an
    infographic or a WeChat page lists them (各市（州）规上工业增加值增速 / 遵义市  ↑6.6%)."""
    group: list[re.Match[str]] = []
    for row in [*_LISTED_ROW.finditer(text), None]:
        if row is not None and (not group or row.start() == group[-1].end()):
            group.append(row)
            continue
        if len(group) >= _LISTED_MIN_ROWS:
            yield from _listed_group(text, group)
        group = [row] if row is not None else []


def _listed_group(text: str, rows: list[re.Match[str]]) -> Iterator[TableValue]:
    caption_start = text.rfind("\n", 0, rows[0].start()) + 1
    caption = text[caption_start : rows[0].start()].strip()
    indicator = _PLACES_WORD.sub("", caption)
    if not 2 <= len(indicator) <= 40 or _PROSE.search(caption) or _NUMBER_CELL.search(indicator):
        return  # no caption, or a sentence: nothing says what the numbers measure
    for row in rows:
        value = _value(row.group("value"))
        if value is None:
            continue
        if row.group("arrow") == "↓":
            value = -value
        yield TableValue(
            "region", row.start("value"), row.end("unit"), value, None, "", indicator, row.group("unit"),
            "exact", ASIDE.sub("", row.group("label")), caption, row.start() + 1, row.end(),
        )  # fmt: skip


def _named_header(cells: list[tuple[int, str]]) -> list[Column] | None:
    """序号  集群名称  所在市  2024年产值（亿元）  龙头企业数（家）: a list of named things (clusters,
    parks, projects), the place each lies in, and indicator columns with their units (and
    perhaps their year)."""
    # (名次 | 单 位 | … | 得 分: a word's characters spaced out in its cell)
    names = [cell.replace(" ", "") if _SPACED_OUT_WORD.fullmatch(cell) else cell for _, cell in cells]
    # (排名 开发区名称 所在市 综合得分（分）)
    ranked = bool(names) and _RANK_COLUMN.fullmatch(names[0]) is not None
    numbered = bool(names) and (names[0] == "序号" or ranked)
    if numbered:
        names = names[1:]
    # (名次  单位  签约项目(个)  合同金额(亿元): the bodies ranked, a unit of measure never stands
    # first after the rows' numbers)
    bodies = numbered and names[:1] == ["单位"]
    # (省份  城市  2024年工业技改投资（亿元）: each city, after its province)
    province_first = len(names) > 2 and names[0] in _PROVINCE_COLUMNS and names[1] in _CITY_COLUMNS
    # (序号  县区  企业名称  项目名称  支持类别  支持金额（万元）: each firm, after its county)
    county_first = len(names) > 2 and names[0] in _COUNTY_COLUMNS and names[1] in _FIRM_COLUMNS
    if province_first or county_first:
        names = [names[1], names[0], *names[2:]]
    places = bool(names) and _PLACE_NAME_COLUMN.fullmatch(names[0]) is not None
    # (城市, 乡镇（园区）: the rows are places; 宗地编号: plots, each named by its number)
    named = names[0].endswith(("名称", "编号")) or places or bodies
    placed = county_first or (len(names) > 1 and names[1] in _PLACE_COLUMNS | _KIND_OF_NAMED_COLUMNS)
    # (榜单名称  发榜单位  揭榜单位  所在地区  总投资（万元）: the place after who the thing is of)
    placed_later = not placed and any(
        name in _PLACE_COLUMNS and all(map(_says_a_listed_thing_in_words, names[1:k]))
        for k, name in enumerate(names[2:], 2)
    )
    # (排名  开发区  亩均税收（万元/亩）…  综合得分: a ranking of places, each its own region;
    # 排名  企业名称  亩均税收（万元/亩）…: firms ranked, each the text's region's; and
    # 企业  营业收入（亿元）  同比（%）…: a group's firms, unranked)
    firms = bool(names) and names[0] in _FIRM_COLUMNS
    # (平台名称  申报单位  平台类型  连接设备（万台套）: things listed with who runs them and their
    # kind in words, each of the text's region)
    # (序号  项目名称  投资额（亿元）  所属领域: or after its figures, where the rows name things)
    described = len(names) > 1 and (
        _says_a_listed_thing_in_words(names[1])
        or (names[0].endswith("名称") and any(map(_says_a_listed_thing_in_words, names[2:])))
    )
    # (序号  企业名称  1-5月产值（万元）: the firms' one figure each; other lists need two columns)
    fewest_names = 2 if firms else 3
    if (
        len(names) < fewest_names
        or not (named or firms)
        or not (placed or placed_later or ranked or firms or described)
    ):
        return None
    if (
        ranked
        and not placed
        and names[0] in _REGION_NAME_COLUMNS
        and not any(map(_SCORE_COLUMN.fullmatch, names))
    ):
        return None  # 排名  县市区  增速（%）: places ranked by an indicator (see _header), no list of names
    columns = [Column(role="rank")] if ranked else []
    # (排名  企业名称  所属行业  营业收入（亿元）: the firm's industry, no place: the text's region)
    columns.append(Column(role="name"))
    if placed:
        role = "place" if names[1] in _PLACE_COLUMNS or county_first else "kind"
        columns.append(Column(role=role, leads=province_first or county_first))
    for name in names[1 + placed :]:
        if _DAY_COLUMN.fullmatch(name):
            columns.append(Column(remark=True, period="day"))  # 签约日期: the day of the row's values
            continue
        if placed_later and name in _PLACE_COLUMNS and not any(c.role == "place" for c in columns):
            columns.append(Column(role="place"))
            continue
        if (
            _says_a_listed_thing_in_words(name)
            or (county_first and (name in _KIND_OF_NAMED_COLUMNS or _CATEGORY_COLUMN.fullmatch(name)))
            or name in _PLACE_COLUMNS
            or _CITY_OF_PLACE_COLUMN.fullmatch(name)
            or _SETTLED_IN_COLUMN.fullmatch(name)
        ):
            # 位次变化: 上升2位, 持平 (words, no figure); 所属省辖市 after 所在县（市）: the county's
            # city, the county the row's place
            columns.append(Column(remark=True))
            continue
        if _SCORE_COLUMN.fullmatch(name):
            columns.append(Column(indicator=name, unit="分"))  # 综合得分: a score, in 分
            continue
        # (2025—2027年累计技改投资目标（亿元）: the years its values are of)
        years = _YEARS_PREFIX.match(name)
        year = _YEAR_PREFIX.match(name) if years is None else None
        # (1—9月完成投资（亿元）: the months its values are of)
        months = years or (_COLUMN_MONTHS.match(name) if year is None else None)
        # (本周产值（万元）  本年累计产值（万元） in a weekly dispatch: the brief's week, and the year to it)
        months = months or (_WEEK_OR_YEAR_TO_DATE_COLUMN.match(name) if year is None else None)
        said = name[year.end() :] if year else name[months.end() :] if months else name
        m = _INDICATOR_COLUMN.fullmatch(said)
        if m is None and _MONEY_COLUMN.fullmatch(name):
            columns.append(Column(indicator=name))  # 签约投资额: each cell names its unit
            continue
        if m is None:
            return None
        indicator = m.group("name")
        before = columns[-1].indicator if columns[-1].role == "" else ""
        period = months.group() if months else ""
        if before and GROWTH_NAME_END.fullmatch(indicator) and not GROWTH_NAME_END.search(before):
            indicator = before + "增速"  # 营业收入（亿元）  增速（%）: the growth of the column before
            # (10月产值 | 同比增长 | 1-10月产值 | 同比增长: each over the months of its level)
            period = period or columns[-1].period
        elif before and _COMPLETION_RATE_COLUMN.fullmatch(indicator) and columns[-1].period:
            # 年度计划  1—10月完成  完成率: how much of the plan those months have done
            period = columns[-1].period
        columns.append(
            Column(
                year=int(year.group(1)) if year else None,
                indicator=indicator,
                unit=m.group("unit"),
                period=period,
            )
        )
    # (2024年产值（亿元）  龙头企业数（家）: a year one column names is the whole table's)
    table_year = next((column.year for column in columns if column.year), None)
    return [
        replace(column, year=table_year) if column.role == "" and not column.year else column
        for column in columns
    ]


def _named_row(
    cells: list[tuple[int, str]], columns: list[Column], caption: str, row_start: int, row_end: int
) -> Iterator[TableValue]:
    """A named thing's row: its name, its place, then one value per indicator column (a
    leading 序号 cell is left out)."""
    if len(cells) == len(columns) + 1 and cells[0][1].isdigit():
        cells = cells[1:]
    elif len(cells) == len(columns) + 1 and cells[0][1] in TOTAL_ROWS and cells[1][1] in _EMPTY_CELLS:
        cells = [cells[0], *cells[2:]]  # 合计 | — | — | 25938: the total's label over the 序号 and the name
    ranked = columns[0].role == "rank"
    if len(cells) != len(columns) or _NUMBER_CELL.fullmatch(cells[int(ranked)][1]):
        return
    if columns[int(ranked) + 1].leads:
        # 河北省  唐山市  312.6 under 省份  城市: the city is the row's name, its province its place
        at = int(ranked)
        cells = [*cells[:at], cells[at + 1], cells[at], *cells[at + 2 :]]
    # (排名  开发区  …: places ranked, each its own region, with no column of where it lies)
    placed = columns[int(ranked) + 1].role in ("place", "kind")
    name = cells[int(ranked)][1]
    place = cells[int(ranked) + 1][1] if placed and columns[int(ranked) + 1].role == "place" else ""
    first = int(ranked) + 1 + int(placed)
    # (榜单名称  发榜单位  揭榜单位  所在地区  …: a place after the words about the thing)
    place_after = next((k for k, column in enumerate(columns) if k >= first and column.role == "place"), None)
    if place_after is not None:
        place = cells[place_after][1]
        columns = [*columns[:place_after], Column(remark=True), *columns[place_after + 1 :]]
    values = columns[first:]
    # (…  15亿元  9月18日: the day the row's values stand at, where a column gives it)
    day = next(
        (
            cell
            for (_, cell), column in zip(cells[first:], values, strict=True)
            if column.period == "day" and _DAY_CELL.fullmatch(cell)
        ),
        "",
    )
    if ranked and values and cells[0][1].isdigit():
        # (…  综合得分: the rank is by the score, where the table gives one)
        by = next((column for column in values if column.unit == "分"), values[0])
        offset, cell = cells[0]
        yield TableValue(
            "named", offset, offset + len(cell), float(cell), by.year, "",
            by.indicator + "排名", "位", "exact", name, caption, row_start, row_end, place=place,
            rank=True,
        )  # fmt: skip
    for (offset, cell), column in zip(cells[first:], values, strict=True):
        money = _MONEY_CELL.fullmatch(cell) if not column.unit and column.indicator else None
        if money is not None:
            bound = money.group("bound")
            qualifier = (
                _MONEY_BOUND[bound] if bound else _QUALIFIER_AFTER.get(money.group("after") or "", "exact")
            )
            at, number = offset + money.start("number"), float(money.group("number"))
            yield TableValue(
                "named", at, offset + money.end("unit"), number, column.year, "", column.indicator,
                money.group("unit"), qualifier, name, caption, row_start, row_end,
                place=place, column_period=day,
            )  # fmt: skip
            continue
        if column.unit == "%" and cell.endswith("%"):
            cell = cell[:-1]  # 18.94% under 同比, read as 营业收入增速 in %: the cell says its unit again
        value = _value(cell) if _NUMBER_CELL.fullmatch(cell) and not column.remark else None
        if value is None and not column.remark:
            value = _in_the_columns_multiple(cell, column.unit)
        if value is not None:
            yield TableValue(
                "named", offset, offset + len(cell), value, column.year, "",
                column.indicator, column.unit,
                _qualifier(cell), name, caption, row_start, row_end, place=place,
                column_period=column.period or day,
            )  # fmt: skip


#: a cell that says its own multiple (1.5亿 under 预计年税收（万元）)
_CELL_WITH_A_MULTIPLE = re.compile(r"(?P<number>\d+(?:\.\d+)?)(?P<multiple>万|亿)")


def _in_the_columns_multiple(cell: str, unit: str) -> float | None:
    """1.5亿 under a column in 万元: 15000, the cell's number in the column's unit; None for a cell
    of no such shape, or under a unit of no multiple."""
    said = _CELL_WITH_A_MULTIPLE.fullmatch(cell)
    multiples = lexicon().prefixes
    # (a unit of a two-character multiple, 万亿元, is none this reads)
    if said is None or unit[:1] not in multiples or unit[:2] in multiples:
        return None
    return float(said.group("number")) * multiples[said.group("multiple")] / multiples[unit[:1]]


def _spaced_words_joined(words: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """产品名称  计量单位  本  月  比上年同月±%: a header's word spaced out, one character a cell
    (本  月), as one; a run of such cells is one word, as a header holds no one-character names."""
    joined: list[tuple[int, str]] = []
    for at, word in words:
        single = len(word) == 1 and _HAN_CHARACTER.match(word) is not None
        if single and joined and len(joined[-1][1]) == 1 and _HAN_CHARACTER.match(joined[-1][1]):
            joined[-1] = (joined[-1][0], joined[-1][1] + word)
        else:
            joined.append((at, word))
    return joined


def _first_word_joined(words: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """指  标  1—10月  同比±%: a header's first word spaced out, one character a word, as one."""
    if len(words) >= 3 and all(len(word) == 1 and _HAN_CHARACTER.match(word) for _, word in words[:2]):
        return [(words[0][0], words[0][1] + words[1][1]), *words[2:]]
    return words


def _header(cells: list[tuple[int, str]], bare_passed_over: bool = False) -> list[Column] | None:
    """The columns a header row announces: two or more years (after a name and a unit
    cell), or two or more indicators with units (after the rows' label); ``bare_passed_over``
    where the header's own line below says the units of the columns that have one."""
    cells = _first_word_joined(cells)  # 指　　标: one word spaced out
    named = _named_header(cells)
    if named is not None:
        return named
    if cells and cells[0][1].startswith("序号 "):
        cells = [(cells[0][0] + 3, cells[0][1][3:]), *cells[1:]]  # (序号 产业链: a single space between)
    if cells and cells[0][1] in ("序号", "代码"):
        # 序号  行业大类  营业收入（亿元）  比重（%）: the rows' numbers go (and 代码  类别 …: their codes)
        cells = cells[1:]
    if len(cells) > 2 and _RANK_COLUMN.fullmatch(cells[0][1]) and cells[1][1] in _REGION_NAME_COLUMNS:
        # 排名  地区  增速（%）  比1—9月增减（百分点）: each place's rank first, by the growth after it
        # (…  上月排名: the rank of the months before, left unread)
        ranked_before = _RANK_BEFORE.fullmatch(cells[-1][1]) is not None
        ranked = _header(cells[1:-1] if ranked_before else cells[1:])
        if ranked is not None and ranked_before:
            ranked = [*ranked, Column(remark=True)]
        # (位次  县市区  规模工业增加值增速（%）  …  工业投资增速（%）: by the first of them, the
        # last read of the columns taken from the end)
        by = _rate_before(list(reversed(ranked or [])))
        if ranked is None or by is None:
            return None
        return [Column(indicator=_rate_indicator(by), unit="位", rank=True, leads=True), *ranked]
    if (
        len(cells) > 3
        and cells[0][1] in _REGION_NAME_COLUMNS | _COUNTY_COLUMNS
        and _PARENT_PLACE_COLUMN.fullmatch(cells[1][1])
    ):
        # 县（市、区）  所属设区市  增速（%）: the city each county lies in, in words, then the columns
        # the header would have without it
        rest = _header([cells[0], *cells[2:]], bare_passed_over)
        return [Column(remark=True), *rest] if rest is not None else None
    goals = _goals_and_outcomes_header(cells)
    if goals is not None:
        return goals
    budget = _budget_header(cells)
    if budget is not None:
        return budget
    reported = _report_periods_header(cells) or _this_years_outcome_header(cells)
    if reported is not None:
        return reported
    indices = _indices_by_period_header(cells)
    if indices is not None:
        return indices
    interleaved = _years_with_averages(cells)
    if interleaved is not None:
        return interleaved
    matches = [_YEAR_COLUMN.fullmatch(cell) for _, cell in cells]
    years = [m for m in matches if m]
    # 序号, 指标, 单位 before the years; a remark column (进度评价, 备注) may follow them
    remarks = len(cells) - 1 - max((i for i, m in enumerate(matches) if m), default=0)
    one_year_of_goals = len(years) == 1 and years[0].group("tag") in _GOAL_TAGS

    def unit_column_before_goal(trailing_columns: int) -> bool:
        at = -2 - trailing_columns
        return len(cells) >= -at + 1 and cells[at][1] in ("单位", "计量单位")

    # (指标名称 | 单位 | 2026年目标: a plan's one year of goals, each row's unit beside it)
    goals_of_a_year = one_year_of_goals and remarks == 0 and unit_column_before_goal(0)
    # (指标名称 | 单位 | 2025年目标 | 同比增长, its cells 10%以上: the goal's growth beside it)
    goal_and_its_growth = (
        one_year_of_goals
        and remarks == 1
        and unit_column_before_goal(1)
        and _GOAL_GROWTH_COLUMN.fullmatch(cells[-1][1]) is not None
    )
    if goal_and_its_growth:
        goal = _year_columns(years)[0]
        return [goal, dataclasses.replace(goal, unit="%", growth=True)]
    interleaved_remarks = _years_between_remarks(cells, matches)
    if interleaved_remarks is not None:
        return interleaved_remarks
    trailing = cells[len(cells) - remarks :]
    # (…2024年实际值 | 进度（%） | 是否达到序时进度: two remarks, neither read)
    remarked = remarks <= 1 or all(_REMARK_COLUMN.fullmatch(cell) for _, cell in trailing)
    if (len(years) >= 2 or goals_of_a_year) and len(years) >= len(cells) - 3 - remarks and remarked:
        columns = _year_columns(years)
        if remarks and _CHANGE_COLUMN.fullmatch(cells[-1][1]):
            # 2023年 | 2024年 | 变动率(%): the last year's growth (2025年 | 2024年 | 本年比上年增减（%）:
            # the latest's, whichever column it heads)
            latest = max(columns, key=lambda column: column.year or 0)
            return [*columns, dataclasses.replace(latest, unit="%", growth=True)]
        if remarks and _AVERAGE_COLUMN.fullmatch(cells[-1][1]):
            # 2020年  2025年  年均增长（%）: the average growth over the years after the first, to the last
            first, last = columns[0], columns[-1]
            span = f"{(first.year or 0) + 1}—{last.year}年" if first.year and last.year else ""
            return [*columns, _average_column(last.year, last.tag, span)]
        # (a remark column keeps its name: a progress column's cells are numbers, left unread)
        return columns + [Column(remark=True, indicator=cell) for _, cell in trailing]
    if (
        len(years) >= 2
        and 2 <= remarks <= 3
        and _AVERAGE_COLUMN.fullmatch(cells[-remarks][1])
        and all(_REMARK_COLUMN.fullmatch(cell) for _, cell in cells[1 - remarks :])
    ):
        # 2025年基数  2030年目标  年均增长（%）  属性: the average growth the plan aims at, then remarks
        last = _year_columns(years)[-1]
        averaged = _average_column(last.year, last.tag)
        return [*_year_columns(years), averaged] + [Column(remark=True)] * (remarks - 1)
    by_indicator: list[Column] = []
    kinds_down_the_side = _kinds_column(cells[0][1])
    for _, said in cells[1:]:
        if not by_indicator and cells[0][1] in _CITY_COLUMNS and said in _PROVINCE_OF_CITY_COLUMNS:
            by_indicator.append(Column(remark=True, indicator=said))  # 城市 | 所属省份 | …: words
            continue
        written = _BARE_PERCENT.sub("（%）", said)  # 规上工业增加值增速%: its unit, unbracketed
        # (累计数量（家）  其中：2025年新增（家）: the part the year added, a column of that year)
        written = _PART_OF_A_YEAR.sub("", written, count=1)
        # (2026年计划投资（亿元）: a column of the year's plan; 1—10月完成投资（亿元）: of the months)
        # (截至2025年底市级以上绿色工厂累计（家）: what stands that day)
        year = (
            _COLUMN_DAY_BEFORE.match(written)
            or _COLUMN_YEAR_THEN_MONTHS.match(written)
            or _COLUMN_MONTHS.match(written)
            or _COLUMN_MONTHS_END.match(written)
        )
        cell = written[year.end() :] if year is not None else written
        of_months = _GROWTH_OF_MONTHS_COLUMN.fullmatch(cell)
        if of_months is not None:
            # 规上工业增加值8月增速(%)  规上工业增加值1-8月增速(%): the growth of the month, and of the
            # months to date, the months said between the name and the growth
            name, months = of_months.group("name", "months")
            by_indicator.append(Column(indicator=name, unit="%", growth=True, period=months))
            continue
        if _GAP_TO_A_PLACE_COLUMN.fullmatch(cell):
            # 增速（%）  比全省高（百分点）: a gap to a benchmark, which the column does not read as one
            by_indicator.append(Column(remark=True))
            continue
        if _WORDED_CHANGE_COLUMN.fullmatch(cell) and by_indicator:
            by_indicator.append(Column(remark=True, indicator=cell))  # (减少0.64个百分点: words)
            continue
        if _CHANGE_IN_OWN_UNITS.fullmatch(cell):
            # 利用小时数（小时）  比上年增减（小时）: a change in the level's own units, no measure's
            by_indicator.append(Column(remark=True, indicator=cell))
            continue
        m = _INDICATOR_COLUMN.fullmatch(cell)
        if m is not None and _COLUMN_MONTHS_AFTER.search(cell):
            return None  # (增加值增速（11月）: the months the column is of, in brackets, no unit)
        if m is not None and by_indicator and _MONTH_ON_MONTH.fullmatch(m.group("name")):
            # 本周用电量（万千瓦时）  环比（%）  同比（%）: a change over the week or month before, which
            # no measure holds, no rate of its own
            by_indicator.append(Column(remark=True, indicator=cell))
            continue
        said_again = _OVER_A_YEAR_OF.fullmatch(m.group("name")) if m is not None and by_indicator else None
        if (
            m is not None
            and said_again is not None
            and by_indicator[-1].indicator.endswith(said_again.group(1))
        ):
            # 营业收入（亿元）  收入同比（%）  毛利率（%）  毛利率同比（百分点）: the column before's
            # growth, or its change in points
            before = by_indicator[-1]
            in_points = m.group("unit") in ("百分点", "个百分点")
            by_indicator.append(
                Column(
                    indicator=before.indicator,
                    unit=m.group("unit"),
                    growth=not in_points,
                    period=before.period,
                )
            )
            continue
        if m is not None and year is not None and not _GROWTH_COLUMN.fullmatch(cell):
            name = m.group("name")
            summed = next((c.indicator for c in reversed(by_indicator) if not c.growth), None)
            if name in _SUMMED_COLUMNS and summed is not None:
                name = summed  # 11月产量（万吨）  同比（%）  1—11月累计（万吨）: the months' 产量
            by_indicator.append(Column(indicator=name, unit=m.group("unit"), period=year.group()))
        elif (
            m is not None and _GROWTH_COLUMN.fullmatch(cell) and by_indicator and not by_indicator[-1].growth
        ):
            # 亩均税收（万元/亩）  比上年增长（%）: the growth of the column before (高新技术企业（家）
            # 新增（家）  增长（%）: of the things counted, not of how many were added)
            # (新设户数（户）  其中：企业（户）  同比增长（%）: of the whole, not of its part;
            # 完成投资（亿元）  占年度计划（%）  同比增长（%）: of the sum, not of its share of the plan)
            grown = next(
                (
                    c
                    for c in reversed(by_indicator)
                    if not c.remark
                    and not _ADDITIONS_COLUMN.fullmatch(c.indicator)
                    and not _PART_OF.match(c.indicator)
                    and not c.indicator.endswith(_SHARE_OF_A_WHOLE)
                ),
                by_indicator[-1],
            )
            # (1—10月增速（%）  1—9月增速（%）: a growth of the months it names itself)
            period = year.group() if year is not None else grown.period
            by_indicator.append(
                Column(indicator=grown.indicator, unit=m.group("unit"), growth=True, period=period)
            )
        elif (
            m is not None
            and year is not None
            and _GROWTH_COLUMN.fullmatch(cell)
            and by_indicator
            and by_indicator[-1].growth
            and not cell.startswith("同比")
            and (level := next((c for c in reversed(by_indicator) if not c.growth), None)) is not None
        ):
            # 10月指数 | 年增率（%） | 1-10月年增率（%）: the level's growth again, over the months named
            by_indicator.append(
                Column(indicator=level.indicator, unit=m.group("unit"), growth=True, period=year.group())
            )
        elif (
            m is not None
            and year is not None
            and cell.startswith("同比")  # (not 1—10月增速（%）  比1—9月增减（百分点）: a rate and its change)
            and _GROWTH_COLUMN.fullmatch(cell)
            and all(c.growth for c in by_indicator)
        ):
            # 行业 | 10月份同比增长(%) | 1—10月份同比增长(%): each column's growth, of its own months
            by_indicator.append(Column(indicator="", unit=m.group("unit"), growth=True, period=year.group()))
        elif (gap := _GAP_TO_WHOLE_COLUMN.fullmatch(cell)) is not None and by_indicator:
            # 增速（%）  与全省差距（百分点）: how far the place's rate is above the whole's
            rate = _rate_before(by_indicator) or by_indicator[-1]
            whole = gap.group("whole")
            by_indicator.append(
                Column(indicator=_rate_indicator(rate), unit="百分点", period=rate.period, gap=whole)
            )
        elif _CHANGE_IN_POINTS_COLUMN.fullmatch(cell) and by_indicator and not by_indicator[-1].growth:
            # 三季度产能利用率（%）  比上年同期增减（百分点）: the change of the rate before, over its months
            before = by_indicator[-1]
            by_indicator.append(Column(indicator=before.indicator, unit="百分点", period=before.period))
        elif m is None and _INDEX_COLUMN.fullmatch(cell):
            # 企业景气指数: levels, no unit (10月指数: of the month the column names)
            by_indicator.append(Column(indicator=cell, unit="点", period=year.group() if year else ""))
        elif (based := _INDEX_BASE_COLUMN.fullmatch(cell)) is not None:
            # 上年同月=100  上月=100 under …价格指数: the index's levels against each base
            compared = "同比" if based.group("base").startswith("上年") else "环比"
            by_indicator.append(Column(indicator=compared + "指数", unit="点"))
        elif m is not None and m.group("unit") == "点" and by_indicator:
            by_indicator.append(Column(remark=True))  # 比上季度增减（点）: a change in points, no measure
        elif m is not None and _SHARE_COLUMN.fullmatch(m.group("name")) and by_indicator:
            # 营业收入（亿元）  比重（%）: the part's share of the whole's 营业收入
            # (民营工业增加值增速（%）  占比（%）: the share of the value added, not of its growth)
            whole = GROWTH_NAME_END.sub("", by_indicator[-1].indicator)
            by_indicator.append(Column(indicator=whole + _SHARE_NAME_END, unit=m.group("unit")))
        elif m is not None and _COMPLETION_COLUMN.fullmatch(m.group("name")) and by_indicator:
            # 完成投资（亿元）  完成年度计划（%）: how much of the year's plan the column before is
            # (投资目标完成率: the rate says 完成 once)
            done = by_indicator[-1].indicator.removeprefix("完成")
            by_indicator.append(Column(indicator=done + _COMPLETION_NAME_END, unit=m.group("unit")))
        elif (m.group("name") if m is not None else cell) in _SUM_COLUMNS and len(by_indicator) >= 2:
            # 智能工厂（家）  数字化车间（个）  合计（个）: the sum of the columns before (合计 alone:
            # in the unit of the last of them)
            summed = "和".join(column.indicator for column in by_indicator if not column.growth)
            unit = m.group("unit") if m is not None else by_indicator[-1].unit
            by_indicator.append(Column(indicator=summed + "合计", unit=unit))
        elif m is not None:
            # (±%: signed cells; 1—10月增速（%）  1—9月增速（%）: each of the months it names)
            by_indicator.append(
                Column(
                    indicator=m.group("name"),
                    unit=m.group("unit").lstrip("±"),
                    period=year.group() if year is not None else "",
                )
            )
        elif _SCORE_COLUMN.fullmatch(cell) and by_indicator and not any(c.remark for c in by_indicator):
            # 合同引资额（亿元）  实际到位资金（亿元）  综合得分  排名: the places' scores, in points,
            # which the rank after them is by
            by_indicator.append(Column(indicator=cell, unit="分"))
        elif (counted := _COUNTED_COLUMN.fullmatch(cell)) is not None:
            # 抽查批次  不合格批次, 企业家数: what the column counts names its unit
            by_indicator.append(Column(indicator=cell, unit=_COUNTERS[counted.group("counter")]))
        elif (part := _PART_COLUMN.fullmatch(cell)) is not None and by_indicator and by_indicator[-1].unit:
            # 单项冠军企业（家）  其中新增: the part of the column before, in its unit
            before = by_indicator[-1]
            by_indicator.append(Column(indicator=f"{before.indicator}（{part.group(1)}）", unit=before.unit))
        elif not by_indicator and _LIST_RANK_COLUMN.fullmatch(cell) and not _RANK_COLUMN.fullmatch(cell):
            # 县（市） | 百强县排名 | 地区生产总值（亿元）: the place's rank on the list the column names,
            # ahead of the columns (after them, 五城位次 ranks by the one before)
            by_indicator.append(Column(indicator=cell, unit="位", rank=True))
        elif _RANK_COLUMN.fullmatch(cell) and any(not column.remark for column in by_indicator):
            # 规上工业增加值增速（%） | 位次: the place's rank by the column before
            # (同比增长（%） | 位次: the rank by the growth; 综合指数  比上年提高（点）  排名: by the index)
            # (增速（%）  比上半年增减（百分点）  全省位次: by the growth, not by its change)
            before = _rate_before(by_indicator) or by_indicator[-1]
            by_indicator.append(Column(indicator=_rate_indicator(before), unit="位", rank=True))
        elif (by_name := _column_ranked_by(cell, by_indicator)) is not None:
            # 亩均税收（万元）  增幅（%）  亩均增加值（万元）  亩均税收排名: the rank by the column it names
            by_indicator.append(Column(indicator=by_name.indicator, unit="位", rank=True))
        elif _LEVEL_WORD_END.search(cell) and _BARE_NAME_COLUMN.fullmatch(cell) and kinds_down_the_side:
            # 品类  以旧换新数量  带动销售额（亿元） ↵ 家电  652.4万台  298.7: each cell says its unit
            by_indicator.append(Column(indicator=cell, unit_in_cells=True))
        elif _WHO_LEADS_COLUMN.fullmatch(cell) and not by_indicator:
            by_indicator.append(Column(remark=True))  # 产业链  牵头部门  产值（亿元）: who leads it, in words
        elif cell in _PLACES_WORDS_COLUMNS:
            # 园区名称 | 级别 | 规划面积（平方公里） | … | 主导产业: a zone's grade and its industries, words
            by_indicator.append(Column(remark=True))
        elif (
            _BARE_NAME_COLUMN.fullmatch(cell) and by_indicator and not any(c.remark for c in by_indicator)
        ) or (bare_passed_over and (_BARE_NAME_COLUMN.fullmatch(cell) or _GRADE_NAME.fullmatch(cell))):
            # 充电桩总数（万台）  其中公共桩（万台）  车桩比  乡镇覆盖率（%）: a column that names no
            # unit (its cells 2.0:1) is passed over, the others read (and where the units are said
            # below the names, 县区  A类  B类  …  亩均税收 ↵ … （万元/亩）, however many)
            by_indicator.append(Column(remark=True))
        else:
            return None
    # (行业  增加值增速%: one column, under a first that says its rows are kinds or places)
    read = [column for column in by_indicator if not column.remark]
    if len(read) < (1 if _kinds_column(cells[0][1]) or cells[0][1] in _REGION_NAME_COLUMNS else 2):
        return None
    # (but 利用小时数（小时）  比上年增减（小时）: one level and its change, passed over)
    if (
        by_indicator[-1].remark
        and len(read) < 2
        and not _CHANGE_IN_OWN_UNITS.fullmatch(by_indicator[-1].indicator)
    ):
        return None
    added = [
        k for k, column in enumerate(by_indicator) if k and _ADDITIONS_COLUMN.fullmatch(column.indicator)
    ]
    if added and not by_indicator[added[0] - 1].growth:
        # 高新技术企业（家）  新增（家）  增长（%）: the count stands at the period's end, and its growth
        whole = by_indicator[added[0] - 1].indicator
        by_indicator = [
            dataclasses.replace(column, standing=True)
            if column.indicator == whole and (column.growth or k == added[0] - 1)
            else column
            for k, column in enumerate(by_indicator)
        ]
    # (项目  金额（亿元）  同比增长（%） ↵ 机电产品出口  5689.4  7.4: rows of things measured, of the
    # text's region, as kinds' rows are)
    if _kinds_column(cells[0][1]) or cells[0][1] in _INDICATOR_NAME_COLUMN:
        return [dataclasses.replace(column, kinds=True) for column in by_indicator]
    return by_indicator


#: an average growth column among a plan's years: its goal's (年均增长目标（%）), or that of the
#: years it names (2021—2022年年均增长（%）)
_SPAN_AVERAGE_COLUMN = re.compile(
    r"(?:(?P<y1>(?:19|20)\d{2})\s*[-—–~至]\s*(?P<y2>(?:19|20)\d{2})\s*年)?"
    r"(?:年均增长|年均增速|年均增幅)率?(?P<goal>目标)?\s*(?:[（(]\s*%\s*[)）])?"
)
#: a column of the part a year added to the column before (其中：2025年新增（家）)
_PART_OF_A_YEAR = re.compile(r"^其中[：:]?\s*(?=(?:19|20)\d{2}\s*年)")
#: the label columns before a table's values (序号  指标名称  单位)
_LABEL_COLUMNS = frozenset({"序号", "单位", "计量单位"})


def _average_column(year: int | None, tag: str, span: str = "") -> Column:
    """A plan's column of average growth in %, up to ``year`` (its tag's: 目标, 实际), over ``span``
    (2021—2025年) where the header tells it."""
    return Column(year=year, tag=tag, indicator="年均增长", unit="%", averaged=True, period=span)


def _years_with_averages(cells: list[tuple[int, str]]) -> list[Column] | None:
    """序号  指标名称  单位  2020年基数  2025年目标  年均增长目标（%）  2022年实际
    2021—2022年年均增长（%）  评估结论: a mid-term review's years, each average growth after the
    year it runs to (the goal's from the base year on, or the years it names); None for a table
    without such an average between its years."""
    names = [cell for _, cell in cells]
    lead = 0
    while lead < len(names) and (names[lead] in _LABEL_COLUMNS or names[lead] in _INDICATOR_NAME_COLUMN):
        lead += 1
    if lead < 2:
        return None
    columns: list[Column] = []
    for name in names[lead:]:
        year = _YEAR_COLUMN.fullmatch(name)
        average = _SPAN_AVERAGE_COLUMN.fullmatch(name)
        if (columns and columns[-1].remark) or _REMARK_COLUMN.fullmatch(name):
            columns.append(Column(remark=True, indicator=name))
        elif year is not None:
            columns.extend(_year_columns([year]))
        elif average is not None and average.group("y1"):
            span = f"{average.group('y1')}—{average.group('y2')}年"
            columns.append(_average_column(int(average.group("y2")), "实际", span))
        elif average is not None and average.group("goal") and columns and columns[-1].year:
            years = [column.year for column in columns if column.year and not column.averaged]
            last = columns[-1]
            span = f"{min(years) + 1}—{last.year}年"
            columns.append(_average_column(last.year, last.tag, span))
        else:
            return None
    averages = sum(column.averaged for column in columns)
    years_said = sum(bool(column.year) and not column.averaged for column in columns)
    return columns if averages and years_said >= 2 else None


#: a column of a level's change in its own units (比上年增减（小时）), not in % or points
_CHANGE_IN_OWN_UNITS = re.compile(
    r"(?:比上年|较上年|比去年|同比)?(?:增减|增加|减少)(?:量|数)?\s*[（(](?![%％]|百分点)[^（）()]{1,6}[)）]"
)


def _rate_before(columns: list[Column]) -> Column | None:
    """The last column read that is not in points (增速（%） before 比1—9月增减（百分点）): what a
    rank or a gap in points is of; None where there is none."""
    return next(
        (column for column in reversed(columns) if not column.remark and column.unit != "百分点"), None
    )


def _rate_indicator(column: Column) -> str:
    """What a place's rank by ``column``, or its gap to the whole in points, is of: the column's
    indicator, or the indicator's growth."""
    return column.indicator + "增速" if column.growth else column.indicator


def _budget_header(cells: list[tuple[int, str]]) -> list[Column] | None:
    """项目  2025年预算数  2025年执行数  完成预算（%）  2026年预算数  比上年预算增减（%）: a budget's
    years (预算 a goal, 执行 and 决算 outcomes), the part of a year's budget done, and the
    change of the last year's budget."""
    columns: list[Column] = []
    for _, cell in cells[1:]:
        year = _YEAR_COLUMN.fullmatch(cell)
        if year is not None and year.group("tag") in ("预算", "执行", "决算", "完成"):
            tag = "执行" if year.group("tag") == "完成" else year.group("tag")  # (2025年完成数: done)
            columns.append(Column(year=int(year.group("y")), tag=tag, indicator=tag + "数"))  # 预算数
        elif _BUDGET_DONE_COLUMN.fullmatch(cell) and columns and columns[-1].tag in ("执行", "决算"):
            columns.append(Column(year=columns[-1].year, tag="执行", indicator="预算完成率", unit="%"))
        elif _CHANGE_COLUMN.fullmatch(cell.replace("预算", "")) and columns:
            # 比上年预算增减（%） after a budget: its change; 比上年增减% after what was done: its growth
            last = next(column for column in reversed(columns) if column.unit != "%")
            columns.append(
                Column(year=last.year, tag=last.tag, indicator=last.indicator, unit="%", growth=True)
            )
        else:
            return None
    budgeted = any(column.tag == "预算" or column.indicator == "预算完成率" for column in columns)
    return columns if budgeted and len(columns) >= 3 else None


#: a company report's columns: this report's period (or its end), and the same a year before
_REPORT_PAIRS = {"本报告期": "上年同期", "本报告期末": "上年度末"}
#: (a quarterly report's months from the year's start to the quarter's end, 年初至报告期末)
REPORT_COLUMNS = (*_REPORT_PAIRS, *_REPORT_PAIRS.values(), "年初至报告期末")
#: the change of this report's period over the one before it (本报告期比上年同期增减(%), and a
#: quarterly report's 年初至报告期末比上年同期增减变动幅度(%))
_REPORT_CHANGE_COLUMN = re.compile(
    r"(?P<of>本报告期末?|年初至报告期末)比上年(?:同期|度末)增减(?:变动幅度)?\s*[（(]\s*%\s*[)）]"
)


def _report_periods_header(cells: list[tuple[int, str]]) -> list[Column] | None:
    """项目  本报告期  上年同期  本报告期比上年同期增减(%) (or 本报告期末  上年度末 …): a listed
    company's main accounting data, this period's and the year before's, and the change; the
    period is the one the report covers, told where the figures are made (``year`` 0 here)."""
    names = [cell for _, cell in cells]
    names = ["项目", *names] if names and names[0] in REPORT_COLUMNS else names  # (no label column named)
    quarterly = _quarterly_report_header(names)
    if quarterly is not None:
        return quarterly
    if len(names) not in (3, 4) or _REPORT_PAIRS.get(names[1]) != names[2]:
        return None
    columns = [Column(year=0, period=names[1]), Column(year=0, period=names[2])]
    if len(names) == 4:
        if not _REPORT_CHANGE_COLUMN.fullmatch(names[3]):
            return None
        columns.append(Column(year=0, period=names[1], unit="%", growth=True))
    return columns


#: a column of the year's outcome that names no year (全年完成, 本年实绩): the year reported on
_THIS_YEARS_OUTCOME = re.compile(r"(?:全年|本年|年度)(?:完成|实绩|实际完成|累计)?(?:值|数)?")


def _this_years_outcome_header(cells: list[tuple[int, str]]) -> list[Column] | None:
    """指标名称 | 单位 | 全年完成 | 同比增长（%） | 完成情况: the outcome of the year the text reports
    on and its growth, then remarks (``year`` 0 here)."""
    names = [cell for _, cell in cells]
    if len(names) < 4 or names[1] not in ("单位", "计量单位") or not _THIS_YEARS_OUTCOME.fullmatch(names[2]):
        return None
    if not _GOAL_GROWTH_COLUMN.fullmatch(names[3]) or not all(_REMARK_COLUMN.fullmatch(n) for n in names[4:]):
        return None
    remarks = [Column(remark=True, indicator=name) for name in names[4:]]
    return [Column(year=0), Column(year=0, unit="%", growth=True), *remarks]


def _quarterly_report_header(names: list[str]) -> list[Column] | None:
    """项目  本报告期  本报告期比上年同期增减变动幅度(%)  年初至报告期末  年初至报告期末比上年同期增减变动
    幅度(%): a quarterly report's quarter and months to date, each with its growth."""
    if len(names) != 5 or (names[1], names[3]) != ("本报告期", "年初至报告期末"):
        return None
    for period, change_name in ((names[1], names[2]), (names[3], names[4])):
        change = _REPORT_CHANGE_COLUMN.fullmatch(change_name)
        if change is None or change.group("of") != period:
            return None  # (each period's growth column follows it, and names it)
    return [
        Column(year=0, period=names[1]),
        Column(year=0, period=names[1], unit="%", growth=True),
        Column(year=0, period=names[3]),
        Column(year=0, period=names[3], unit="%", growth=True),
    ]


#: a goal's or an outcome's column of a year (2024年目标任务, 2024年实际完成)
_DATED_GOAL_OR_OUTCOME = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*年度?\s*(?:(?P<goal>目标任务|预期目标|目标|计划)|实际完成|实际|完成情况|完成)(?:值|数)?"
)


def _goals_and_outcomes_header(cells: list[tuple[int, str]]) -> list[Column] | None:
    """指标  单位  年度目标  完成值  完成率（%）  评价: the year's goal and outcome of each row, its
    completion rate, and remarks; the year is the one the text reports on (``year`` 0 here).

    Without a unit column (指标  年度目标  完成情况  是否完成), each cell says its value in words
    and with its unit (增长6%左右, 控制在5.5%以内, 3000万美元); 完成情况 is then the outcome,
    as a column after it (是否完成) holds the remarks.
    """
    names = [cell for _, cell in cells]
    # (一级指标  二级指标  三级指标  年度目标值  实际完成值  完成情况: a performance report's table, the
    # indicator in the last of its levels, each value said with its unit, ≥150家 | 186家)
    levels = _LEVELS_OF_INDICATOR.fullmatch("|".join(names[:3])) is not None
    names = names[2:] if levels else names
    # (序号  指标类别  绩效指标  年度目标值  实际完成值  完成情况: two levels, the kind, then the indicator)
    names = names[1:] if names[:1] == ["序号"] else names
    two_levels = not levels and _TWO_LEVELS_OF_INDICATOR.fullmatch("|".join(names[:2])) is not None
    levels = levels or two_levels
    names = names[1:] if two_levels else names
    unit_column = len(names) >= 2 and names[1] in ("单位", "计量单位")
    # (指标  年度目标  完成值  完成率（%） over 服务中小企业（万人次）  120  136.8: numbers, the unit in
    # the row's name; 任务指标  2024年目标  1-9月完成情况 …: a task list's goals and results in words)
    worded = not unit_column and (
        levels
        or bool(_SAYS_IF_DONE.fullmatch(names[-1]))
        or any(_MONTHS_DONE.fullmatch(name) for name in names)
        # (指标名称  年度目标值  实际完成值  分值  得分 over ≥1000个 | 1126个: an evaluation's scored goals)
        or bool(_SCORING_COLUMNS.intersection(names))
    )
    if len(names) < 3 + unit_column:
        return None
    columns: list[Column] = []
    for name in names[1 + unit_column :]:
        # (2024年目标任务  2024年实际完成  完成率（%）  2025年目标任务: each of its year)
        dated = _DATED_GOAL_OR_OUTCOME.fullmatch(name)
        year = int(dated.group("y")) if dated else 0
        # (指标名称  单位  年度目标  1—11月  全年预计: the months' outcome said by the months alone)
        months_done = _MONTHS_DONE.fullmatch(name)
        to_date = _MONTHS_TO_DATE_COLUMN.fullmatch(name.removesuffix("份")) if months_done is None else None
        months = months_done.group("months") if months_done else to_date.group() if to_date else ""
        if months:
            # 1-9月完成情况: the months' result, of the year the goal column names
            goal_year = next((column.year for column in columns if column.tag == "目标"), 0)
            columns.append(Column(year=goal_year, tag="完成", worded=worded, period=months))
        elif name in _GOAL_COLUMNS or (dated and dated.group("goal")):
            columns.append(Column(year=year, tag="目标", worded=worded))
        elif name in _OUTCOME_COLUMNS or (worded and name == "完成情况") or dated:
            columns.append(Column(year=year, tag="完成", worded=worded))
        elif name in _ESTIMATED_OUTCOME_COLUMNS:
            # 2025年目标  预计完成  完成率: what the year will have done, told before it is over, of
            # the year the goal column names
            goal_year = next((column.year for column in columns if column.tag == "目标"), 0)
            columns.append(Column(year=goal_year, tag="预计完成", worded=worded))
        elif _COMPLETION_RATE_COLUMN.fullmatch(name):
            # (the rate of the outcome before it, as sure as that outcome)
            done = next((column for column in reversed(columns) if column.tag in _OUTCOME_TAGS), None)
            done_year, tag = (done.year, done.tag) if done is not None else (0, "完成")
            columns.append(Column(year=done_year, tag=tag, unit="%", indicator=_COMPLETION_NAME_END))
        elif (
            _REMARK_COLUMN.fullmatch(name)
            or _SAYS_IF_DONE.fullmatch(_COLUMN_YEAR.sub("", name, count=1))
            or _WHO_COLUMN.fullmatch(name)
            or name in _SCORING_COLUMNS  # (分值  得分: how the evaluation scored the goal, no figure)
        ):
            # (2023年是否完成: whether that year's goal was met; 属性  2027年目标 …: a plan's remark
            # before its goal, a column of the rows read by year as the goal's is)
            columns.append(Column(remark=True, year=None if columns else 0))
        else:
            return None
    tags = {column.tag for column in columns}
    return columns if "目标" in tags and tags & _OUTCOME_TAGS else None


#: the columns an evaluation scores each goal in (分值  得分), beside its goal and outcome
_SCORING_COLUMNS = frozenset({"分值", "得分", "权重", "满分", "评分"})
#: an outcome column's tags: what was done, or what the year is expected to have done
_OUTCOME_TAGS = frozenset({"完成", "预计完成"})
#: a column of the year's outcome as estimated before the year is over (预计完成, 全年预计完成)
_ESTIMATED_OUTCOME_COLUMNS = frozenset({"预计完成", "预计完成值", "预计完成数", "全年预计完成", "全年预计"})

#: a performance report's levels of indicators (一级指标  二级指标  三级指标)
_LEVELS_OF_INDICATOR = re.compile(r"一级指标\|二级指标\|三级指标")
_TWO_LEVELS_OF_INDICATOR = re.compile(r"(?:指标类别|指标类型|一级指标)\|(?:绩效指标|二级指标|指标名称)")
#: the cells of a row's levels above its indicator (产出指标 | 数量指标, 满意度指标 | 服务对象满意度指标)
_LEVEL_OF_INDICATOR_CELL = re.compile(r"[\u4e00-\u9fff]{1,12}指标")
#: a task list's column of the months' result (1-9月完成情况)
_MONTHS_DONE = re.compile(r"(?P<months>\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月)(?:完成情况|完成|实际完成)")
#: a task list's column of who answers for a task (责任单位: 市经信局), words
_WHO_COLUMN = re.compile(r"(?:责任|牵头|主责|配合)(?:单位|部门)")
#: the column that says whether a goal was met (是否完成: 是, 否, 基本完成)
_SAYS_IF_DONE = re.compile(r"是否(?:完成|达标|达到|实现)(?:目标)?|完成与否")
#: a goal's or an outcome's cell in words: 增长6%左右, 下降2.3%, 控制在5.5%以内, 3000万美元,
#: 稳定在75万亩以上 (增长6.8%*: a mark the notes explain; 与经济增长基本同步: no value)
_WORDED_CELL = re.compile(
    r"(?P<way>增长|下降|提高|降低)?(?:控制在|稳定在|保持在|达到|不低于|不超过|低于|高于|[≥≤])?"
    r"(?P<number>\d+(?:\.\d+)?)(?P<unit>%|％|[^\d\s%％*＊]{1,8}?)"
    r"(?P<bound>左右|以上|以内|以下)?[*＊]?"
)
#: a cell of a number alone, its unit in the row's name
_PLAIN_NUMBER = re.compile(r"[≥≤]?\d+(?:\.\d+)?")  # (≥1000 under a goal: a floor, the unit in the name)
_WORDED_BOUND = {"左右": "approx", "以上": "at_least", "以内": "at_most", "以下": "at_most"}
#: a result's growth said after it in its cell (…，同比增长8.7%)
_GROWTH_AFTER_RESULT = re.compile(
    r"[，,]\s*(?:同比|比上年同期)?(?P<way>增长|下降)(?P<number>\d+(?:\.\d+)?)[%％]$"
)
#: a fall said in a goal's row name (单位地区生产总值能耗下降): its cell's 下降 says it again
_FALL_NAMED = re.compile(r"(?:下降|降低)(?:率|幅度)?$")


def _worded_row(
    cells: list[tuple[int, str]], columns: list[Column], caption: str, row_start: int, row_end: int
) -> Iterator[TableValue]:
    """1  地区生产总值增长  增长6%左右  增长5.4%  否: a goal and an outcome said in words."""
    remarks = sum(column.remark for column in columns)
    if len(cells) <= remarks:
        return
    cells, columns = cells[: len(cells) - remarks], columns[: len(columns) - remarks]
    head, said = cells[: -len(columns)], cells[-len(columns) :]
    if len(head) >= 2 and head[0][1].isdigit():
        head = head[1:]  # a 序号 column
    if len(head) == 2 and _LEVEL_OF_INDICATOR_CELL.fullmatch(head[0][1]):
        head = head[1:]  # 产出指标 | 支持项目数量（个）: the kind of indicator, then the indicator
    if len(head) == 3 and all(_LEVEL_OF_INDICATOR_CELL.fullmatch(cell) for _, cell in head[:2]):
        head = head[2:]  # 产出指标 | 数量指标 | 新增规模以上工业企业: the levels above the indicator
    if len(head) != 1 or len(said) != len(columns):
        return
    indicator = _FOOTNOTE_MARK.sub("", head[0][1])
    # (规模以上工业增加值增速（%） | 7.5 | 8.6: numbers, the unit in the row's name)
    named = _unit_in_label(indicator)
    row_unit = named.group("unit") if named is not None else ""
    indicator = named.group("name") if named is not None else indicator
    for (offset, cell), column in zip(said, columns, strict=True):
        bare = row_unit and _PLAIN_NUMBER.fullmatch(cell)
        worded = _WORDED_CELL.fullmatch(cell + row_unit if bare else cell)
        grown = _GROWTH_AFTER_RESULT.search(cell) if worded is None else None
        if grown is not None:
            # 4218.6亿元，同比增长8.7%: the result, then its growth
            worded = _WORDED_CELL.fullmatch(cell, 0, grown.start())
            grown = grown if worded is not None else None
        if worded is None:
            continue  # 与经济增长基本同步, 完成市下达目标: a goal without a number
        if grown is not None:
            yield TableValue(
                "year", offset + grown.start("number"), offset + grown.end("number"),
                float(grown.group("number")) * (-1 if grown.group("way") == "下降" else 1), column.year or 0,
                column.tag, indicator, "%", "exact", "", caption, row_start, row_end, growth=True,
                column_period=column.period,
            )  # fmt: skip
        value, qualifier = _worded_value(worded, cell, indicator)
        unit = worded.group("unit").replace("％", "%")
        yield TableValue(
            "year", offset + worded.start("number"), offset + worded.end("number"), value, column.year or 0,
            column.tag, indicator + column.indicator, unit, qualifier, "", caption, row_start, row_end,
            growth=worded.group("way") is not None and unit == "%", column_period=column.period,
        )  # fmt: skip


def _worded_value(worded: re.Match[str], cell: str, name: str) -> tuple[float, str]:
    """增长6%左右, 下降2.3%, 不低于5%: the value of a cell in words (below zero for a fall its row's
    ``name`` does not say already: 固定资产投资增长 | 下降2.3%, but 能耗下降 | 下降3.2%), and its
    qualifier, by the words before or after the number."""
    value = float(worded.group("number"))
    if worded.group("way") in ("下降", "降低") and not _FALL_NAMED.search(name):
        value = -value
    if cell.startswith(("不低于", "高于", "≥")):
        return value, "at_least"
    if cell.startswith(("不超过", "低于", "≤")):
        return value, "at_most"
    return value, _WORDED_BOUND.get(worded.group("bound") or "", "exact")


def _unit_in_label(label: str) -> re.Match[str] | None:
    """规模以上工业增加值增速（%）: a row's name and the unit in its brackets; None where the brackets
    hold the row's period (存款余额（10月末）), read with its name."""
    named = _INDICATOR_COLUMN.fullmatch(label)
    return None if named is None or _ROW_PERIOD.fullmatch(named.group("unit")) else named


#: the units a line above may list for the columns that count (单位：个，亿元)
_COUNTERS_LISTED = frozenset({"个", "家", "项", "户", "座", "台"})
#: a column that counts things (项目数, 企业个数, 入选数量)
_COUNT_NAME_END = re.compile(r"(?:个数|家数|户数|数量|数)$")


def _with_units_said_above(cells: list[tuple[int, str]], captions: list[str]) -> list[tuple[int, str]] | None:
    """序号  项目名称  建设地点  总投资  1—9月完成投资  完成年度计划  形象进度 under 单位：亿元、%:
    the header with each value column's unit written after it (总投资（亿元）, 完成年度计划（%）),
    where the line above says one unit besides % and the header names things and their place;
    None for any other header."""
    # (单位：总投资、预计年产值为亿元，预计年税收为万元: each column's unit, by its name)
    by_column = _units_by_column_above(captions)
    units = list(dict.fromkeys(by_column.values())) if by_column else _units_listed_above(captions)
    names = [cell for _, cell in cells]
    listed = names[1:] if names[:1] == ["序号"] else names
    # (企业名称  年末资产总额  营业收入 …: firms, each the text's region's, no place column)
    # (类别  项目数  年度计划投资  1—6月完成  完成率% under 单位：个，亿元: kinds, counted and summed)
    named = listed[:1] and (
        listed[0].endswith("名称") or listed[0] in _FIRM_COLUMNS or _kinds_column(listed[0])
    )
    if not units or len(listed) < 3 or not named:
        return None
    fixed = {
        "序号",
        listed[0],
        *(listed[1:2] if listed[1] in _PLACE_COLUMNS | _KIND_OF_NAMED_COLUMNS else []),
    }
    others = [unit for unit in units if unit not in ("%", "％")]
    # (单位：个，亿元: the count's unit for the columns that count, 项目数, and the other for the rest)
    counter = next((unit for unit in others if unit in _COUNTERS_LISTED), None) if len(others) == 2 else None
    if counter is not None:
        others = [unit for unit in others if unit != counter]
    if not by_column and (len(others) != 1 or len(units) > 2 + (counter is not None)):
        return None
    written: list[tuple[int, str]] = []
    for at, name in cells:
        # (企业名称  产品名称  所在地  实际缴纳保费: the place later, words, as the name)
        valued = name not in fixed and name not in _PLACE_COLUMNS and not _says_a_listed_thing_in_words(name)
        if valued and name in by_column:
            written.append((at, f"{name}（{by_column[name]}）"))
            continue
        if valued and name.endswith(("%", "％")):
            written.append((at, name[:-1] + "（%）"))  # (完成率%: its unit said bare)
            continue
        own = _UNIT_IN_NAME.search(name)
        counted = split_unit(own.group("unit")) if own is not None else None
        if valued and (
            _OWN_UNIT_AFTER.search(name) or (counted is not None and counted[1].unit_class == "count")
        ):
            # (完成率（%）, 场所数目（间）: a column that says its own unit, or its counter)
            written.append((at, name))
            continue
        if valued and counter is not None and _COUNT_NAME_END.search(name):
            written.append((at, f"{name}（{counter}）"))
            continue
        # (同比±: a change, signed, its % the line above says)
        bare = name.removesuffix("±")
        if valued and not _NAME_ONLY.fullmatch(_YEAR_PREFIX.sub("", _COLUMN_MONTHS.sub("", bare))):
            return None
        rate = bool(_RATE_NAME.search(bare) or _COMPLETION_COLUMN.fullmatch(bare))
        # (公司  营业收入  同比  归母净利润  同比 under …（单位：亿元）: a growth is in % all the same,
        # its cells say so, 18.94%)
        growth = rate and _GROWTH_COLUMN.fullmatch(f"{name}（%）") is not None
        if valued and by_column and not rate:
            return None  # (a column the line gives no unit by name)
        unit = ("%" if len(units) == 2 or growth else None) if rate else others[0]
        if valued and unit is None:
            return None
        written.append((at, f"{name}（{unit}）" if valued else name))
    return written


def _words_below(below: str, plain: re.Pattern[str]) -> list[str]:
    """The words of the line under a header: its cells between bars where it is ruled (│ │ （亿元）
    │ （%） │, │ │ ±% │ ±% │), else the words ``plain`` finds (a table parted by spaces)."""
    return [m.group() for m in (_RULED_CELL if below.count("|") >= 2 else plain).finditer(below)]


def _wrapped_header(cells: list[tuple[int, str]], below: str, captions: list[str]) -> list[Column] | None:
    """A header whose columns' names go on on the line below, one piece under each (规上工业增加值 ↵
    增速（%）; 技术改造投资 ↵ （亿元）), read as one line of the names in full; None for any other."""
    tails = _words_below(below, _CELL)
    if any(_NUMBER_CELL.fullmatch(tail) or len(tail) > 8 for tail in tails):
        return None
    bars = [cell.strip() for cell in below.strip().strip("|").split("|")] if below.count("|") >= 2 else []
    if len(bars) == len(cells) and not bars[0] and len(tails) < len(cells) - 1:
        # | 县    区 | A类 | … | 亩均税收 | ↵ |  |  | … | （万元/亩）|: the bars say which columns go on below
        whole = [(at, name + tail) for (at, name), tail in zip(cells, bars, strict=True)]
        return _header(whole, bare_passed_over=True) or _places_header(whole, captions)
    if len(tails) <= len(cells) and any(tail in _EMPTY_CELLS for tail in tails):
        # 序号  指标  单位  2023年  —  —  2024年 ↵ —  —  预期目标  完成情况  是否完成  预期目标: a
        # year over the columns it spans (— where a cell goes on), each column's own name under it
        # (the first cells below left empty, not marked, the line is as long as the names it ends on)
        tails = [EMPTY_CELL] * (len(cells) - len(tails)) + tails
        spanned: list[tuple[int, str]] = []
        top = ""
        for (at, name), tail in zip(cells, tails, strict=True):
            top = top if name in _EMPTY_CELLS else name
            spanned.append((at, top + ("" if tail in _EMPTY_CELLS else tail)))
        return _header(spanned)
    if 0 < len(tails) < len(cells) - 1 and all(_UNIT_IN_BRACKETS.fullmatch(tail) for tail in tails):
        # 排名  设区市  综合得分  工业项目审批平均用时 ↵ （分）  （个工作日）: the units of the last
        # columns, the rank and the place above no unit (序号  项目名称  总投资  上半年完成投资  形象进度
        # ↵ （亿元）  （亿元）: the last but those of words, which take none)
        worded = len(list(takewhile(_says_a_listed_thing_in_words, reversed([name for _, name in cells]))))
        unnamed = len(cells) - 1 - len(tails) - worded
        tails = [""] * unnamed + tails + [""] * worded if unnamed >= 0 else tails
    if len(tails) != len(cells) - 1:
        return None
    if not all(_HAN_CHARACTER.search(name) for _, name in cells):
        return None
    whole = [cells[0], *((at, name + tail) for (at, name), tail in zip(cells[1:], tails, strict=True))]
    # (县区  10月  1—10月  1—10月增速 ↵ 增速  增速  全市位次 under 单位：%: places' rates, their unit above)
    return _header(whole) or _places_header(whole, captions)


#: a unit alone in brackets, as a header's second line says it under a column (（个工作日）)
_UNIT_IN_BRACKETS = re.compile(r"[（(][^()（）\d]{1,8}[)）]")


def _units_alone(line: str) -> bool:
    """（亿元）  （亿元）: a line of units alone, each in brackets, as a header's second line."""
    said = [m.group() for m in _CELL.finditer(line)]
    return bool(said) and all(_UNIT_IN_BRACKETS.fullmatch(unit) for unit in said)


#: a column's change said on the header's second line (上升或下降（±%）, 增减（±%）)
_CHANGE_BELOW = re.compile(r"(?:上升或下降|增长或下降|增减|升降)[（(]±?[%％][)）]")


def _changes_below(cells: list[tuple[int, str]], below: str) -> list[Column] | None:
    """地区  单位地区生产总值能耗  规模以上工业单位增加值能耗 ↵ 上升或下降（±%）  上升或下降（±%）:
    each column's growth, in %, its name above and its sign in the cells; None for any other."""
    tails = [m.group() for m in _CELL.finditer(below)]
    if len(tails) != len(cells) - 1 or not all(_CHANGE_BELOW.fullmatch(tail) for tail in tails):
        return None
    return _header([cells[0], *((at, name + "增长（%）") for at, name in cells[1:])])


def _one_period_over_columns(cells: list[tuple[int, str]], below: str) -> list[Column] | None:
    """行业  三季度 ↵ 产能利用率（%）  比上年同期增减（百分点）: one period over the columns the line
    below names, each of that period; None for any other."""
    if len(cells) != 2 or not _PERIOD_COLUMN.fullmatch(cells[1][1]):
        return None
    names = [(cells[1][0], m.group()) for m in _CELL.finditer(below)]
    if len(names) < 2 or any(_NUMBER_CELL.fullmatch(name) for _, name in names):
        return None
    columns = _header([cells[0], *names])
    if columns is None:
        return None
    return [dataclasses.replace(column, period=cells[1][1]) for column in columns]


def _periods_under_groups(cells: list[tuple[int, str]], below: str) -> list[Column] | None:
    """单位  工业投资（亿元）  新增规上企业（家） ↵ 上半年  全年  上半年  全年: each indicator,
    in its unit, over as many periods as the others, which the line below names; None for any
    other."""
    if len(cells) < 3 or not _NAME_COLUMN.fullmatch(cells[0][1]):
        return None
    groups = [_INDICATOR_COLUMN.fullmatch(name) for _, name in cells[1:]]
    periods = _words_below(below, _CELL)
    if (
        not all(groups)
        or len(periods) < 2 * len(groups)
        or len(periods) % len(groups)
        or not all(map(_PERIOD_COLUMN.fullmatch, periods))
    ):
        return None
    each = len(periods) // len(groups)
    return [
        Column(indicator=group.group("name"), unit=group.group("unit"), period=period)
        for k, group in enumerate(groups)
        if group is not None
        for period in periods[k * each : (k + 1) * each]
    ]


def _tails_below(words: list[tuple[int, str]], below: str) -> list[tuple[int, str]] | None:
    """指标名称  单位  本月  本月比上年  1-9月累计  累计比上年  累计增速 ↵ 同月±%  同期±%  全省位次:
    the header with each word of the line below joined, in order, to the first name after the last
    one joined that it makes a growth or a rank column of; None where a word finds no such name."""
    tails = _words_below(below, _WORD)
    if not tails or len(tails) >= len(words) or not all(_WRAPPED_TAIL.fullmatch(tail) for tail in tails):
        return None
    joined = list(words)
    at = 2  # (the rows' name and unit columns wrap onto no line)
    for tail in tails:
        while at < len(joined) and not _GROWTH_OR_RANK.fullmatch(joined[at][1] + tail):
            at += 1
        if at == len(joined):
            return None
        joined[at] = (joined[at][0], joined[at][1] + tail)
        at += 1
    return joined


#: a header name's second line (同月±%, 同期±%, 全省位次), and a name it completes
_WRAPPED_TAIL = re.compile(
    r"(?:同[月期]|上年同[月期])?\s*(?:[（(]?\s*±?%\s*[)）]?)|全[省市国]?位次|位次|排名"
)
_GROWTH_OR_RANK = re.compile(
    r"(?:本月|累计|本年累计)?(?:比上年|比去年|较上年)同[月期]"
    + _IN_SIGNED_PERCENT
    + r"|(?:本月|累计)?(?:增速|增幅)全[省市国]?位次"
    # (10月同比 ↵ ±%: the growth of the months it names)
    + f"|(?:{_COLUMN_MONTHS_SAID})同比{_IN_SIGNED_PERCENT}"
)


def _growths_in_cells(words: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Header cells of growths that leave their % to the cells (同比增减, 累计同比增减), said with it."""
    said = [(at, word, word + "（%）") for at, word in words]
    return [
        (
            at,
            with_unit if not _GROWTH_COLUMN.fullmatch(word) and _GROWTH_COLUMN.fullmatch(with_unit) else word,
        )
        for at, word, with_unit in said
    ]


#: the first cell of a table of index levels (指数名称  本月  上月  增减), its rows indices or the
#: industries an index is read for
_INDEX_NAME_COLUMNS = frozenset(
    {"指数名称", "指数", "分项指数", "分类指数", "行业", "指标名称", "指标", "项目"}
)
#: a column of an index's levels: this month's, last month's (本月, 上月, 本期, 上期)
_INDEX_LEVEL_COLUMNS = frozenset({"本月", "上月", "本期", "上期"})
#: the last column of such a table: how far each index moved since the period before, in points
_INDEX_CHANGE_COLUMN = re.compile(
    r"(?:[比较]上月|[比较]上季度?|[比较]上期|环比)?(?:增减|变化|变动)(?:[（(]点[)）])?"
)
#: a level column's unit, said in its name (本季度（点）)
_IN_POINTS = re.compile(r"\s*[（(]点[)）]$")
#: a quarterly table's columns, as a monthly one's are named (本季度: this period)
_QUARTER_COLUMNS = {"本季度": "本期", "本季": "本期", "上季度": "上期", "上季": "上期"}
#: an index's unit, as prose reads its levels (指数为89.4: 89.4点)
_INDEX_UNIT = "点"


def _index_header(words: list[tuple[int, str]], captions: list[str]) -> list[Column] | None:
    """指数名称  本月  上月  增减 under a caption that names an index (表2 分行业指数): this month's and
    last month's levels, in points, and their change since, in points; None for any other header."""
    # (分项指数  本季度（点）  比上季度增减（点）: a quarterly survey's, this quarter's the 本期)
    names = [_QUARTER_COLUMNS.get(name, name) for name in (_IN_POINTS.sub("", word) for _, word in words)]
    over_pairs = _periods_over_index_pairs(names, captions)
    if over_pairs is not None:
        return over_pairs
    caption = _caption_above(captions)
    if (
        len(names) < 3
        or names[0] not in _INDEX_NAME_COLUMNS
        or ("指数" not in caption and "指数" not in names[0])
    ):
        return None
    paired = _periods_and_growths(names[1:]) if "指数" in caption else None
    if paired is not None:
        return paired
    this = next((name for name in names[1:] if name in ("本月", "本期")), None)
    if this is None:
        return None
    changed = _INDEX_CHANGE_COLUMN.fullmatch(names[-1]) is not None
    levels = names[1:-1] if changed else names[1:]
    if not all(name in _INDEX_LEVEL_COLUMNS for name in levels):
        return None
    columns = [Column(period=name) for name in levels]
    return [*columns, Column(unit="个百分点", period=this)] if changed else columns


#: the first column of a table whose rows are periods (期间  工业总指数  按年变动（%） …)
_PERIODS_DOWN_THE_SIDE = frozenset({"期间", "时期", "季度", "时间", "月份"})


def _indices_by_period_header(cells: list[tuple[int, str]]) -> list[Column] | None:
    """期间  工业总指数  按年变动（%）  制造业  按年变动（%）, over rows of quarters: each index's level,
    in points, and its growth (a part named bare is the index of that part); None for any other
    header."""
    names = [name for _, name in cells]
    levels, growths = names[1::2], names[2::2]
    if (
        names[0] not in _PERIODS_DOWN_THE_SIDE
        or len(names) < 3
        or len(levels) != len(growths)
        or not all(_INDEX_GROWTH_COLUMN.fullmatch(name) for name in growths)
        or not any(level.endswith("指数") for level in levels)
        or any(_INDEX_GROWTH_COLUMN.fullmatch(level) or not _HAN_CHARACTER.match(level) for level in levels)
    ):
        return None
    named = [level if level.endswith("指数") else level + "指数" for level in levels]
    return [
        column
        for level in named
        for column in (
            Column(indicator=level, unit=_INDEX_UNIT),
            Column(indicator=level, unit="%", growth=True),
        )
    ]


#: a column of an index's levels over a period the header names (2025年第三季, 2025年首三季, 2025年9月)
_INDEX_PERIOD_COLUMN = re.compile(
    r"\d{4}\s*年(?:第[一二三四1-4]季(?:度)?|首[二三23]季(?:度)?|(?:1[0-2]|[1-9])\s*月)"
)
#: the growth of the level column before it (按年变动（%）, 同比增长（%）)
#: (按年變動%: its % without brackets)
#: (年增率(%): Taiwan's)
_INDEX_GROWTH_COLUMN = re.compile(
    r"(?:(?:按年|同比)(?:变动|增长|增减)(?:率)?|年增率)\s*(?:[（(]\s*%\s*[)）]|%)|年增率"
)
#: the change of the level column over the quarter before (按季变动（%）, 环比增长（%）)
_OVER_THE_QUARTER_BEFORE = re.compile(r"(?:按季|环比)(?:变动|增长|增减)(?:率)?\s*(?:[（(]\s*%\s*[)）]|%)")


def _periods_over_index_pairs(names: list[str], captions: list[str]) -> list[Column] | None:
    """2025年第四季  2025年全年 ↵ 行業組別  指數  按年變動(%)  指數  按年變動(%), under a caption of
    an index: each period's level and its growth, the periods on the line above the header."""
    above = [m.group() for m in _CELL.finditer(captions[-1])] if captions else []
    caption = captions[-2] if len(captions) > 1 else ""
    if "指数" not in caption:
        # (表1 工業生產指數 ↵ 基期：110年=100  單位：% ↵ 行業別  115年10月  較上年同月  115年1-10月 ↵ 指數
        # 增減率  較上年同期增減率: the caption above the base's line)
        captioned = any("指数" in line for line in captions[-4:-1])
        return _stacked_index_header(above, names) if captioned else None
    groups = _columns_under_periods(above, names)
    if groups is None or not all(group[0] == "指数" for group in groups if len(group) == 2):
        return None
    return [
        Column(period=period) if name == "指数" else Column(unit="%", growth=True, period=period)
        for period, group in zip(above, groups, strict=True)
        for name in group
    ]


#: a growth's name under its period, or under the period it is compared with (增减率, 较上年同期增减率)
_GROWTH_UNDER = re.compile(r"(?:较上年同[月期]|比上年同[月期])?(?:增减率|增长率|年增率)(?:\s*[（(]%[)）])?")
#: the period a growth is compared with, over its column (较上年同月)
_COMPARED_OVER = re.compile(r"(?:较|比)上年同[月期]")


def _stacked_index_header(above: list[str], names: list[str]) -> list[Column] | None:
    """行業別  115年10月  較上年同月  115年1-10月 ↵ 指數  增減率  較上年同期增減率: each column's words
    stacked over two lines, the rows' label on the first only: the month's index and its growth,
    the months to date's growth; None for any other pair of lines."""
    if len(above) != len(names) + 1 or not names or _names_a_period(above[0]):
        return None
    columns: list[Column] = []
    period = ""
    for top, name in zip(above[1:], names, strict=True):
        if _names_a_period(top):
            period = top
        elif not (_COMPARED_OVER.fullmatch(top) and period):
            return None
        if name == "指数" and top == period:
            columns.append(Column(period=period))
        elif _GROWTH_UNDER.fullmatch(name):
            columns.append(Column(unit="%", growth=True, period=period))
        else:
            return None
    return columns if any(not column.growth for column in columns) else None


#: a period over a pair of columns, beside an index's quarters (2026年上半年, 2026年前三季度)
_HALF_OR_QUARTERS_COLUMN = re.compile(r"\d{4}\s*年(?:上半年|下半年|前三季度?|首三季)")


def _periods_over_levels_and_growths(periods: list[str], names: list[str]) -> bool:
    """Whether a line of periods stands over a header that gives each its level and its growth, or
    its growth alone (2026年第二季  2026年上半年 ↵ 主要商品  百万港元  按年变动(%)  百万港元  按年变动(%))."""
    return _columns_under_periods(periods, names) is not None


#: the months to date over a column, their year the table's (累计1-10月)
_MONTHS_SUMMED_COLUMN = re.compile(r"(?:\d{4}\s*年)?累计\s*1\s*[-—–~至]\s*(?:1[0-2]|[2-9])\s*月")


def _names_a_period(name: str) -> bool:
    """Whether a cell over a pair of columns names their period (2026年10月, 2026年1-10月)."""
    return bool(
        _INDEX_PERIOD_COLUMN.fullmatch(name)
        or _WHOLE_YEAR_COLUMN.fullmatch(name)
        or _HALF_OR_QUARTERS_COLUMN.fullmatch(name)
        or _MONTHS_SUMMED_COLUMN.fullmatch(name)
        or _MONTHS_OF_A_YEAR_COLUMN.fullmatch(name)
    )


def _columns_under_periods(periods: list[str], names: list[str]) -> list[list[str]] | None:
    """The header's columns after its label, each period's in turn: a level and its growth, or the
    growth alone (2026年10月  累计1-10月 ↵ 行业别  指数  年增率(%)  年增率(%): the months to date's
    index is not given); None where the line above is no periods' or the columns part otherwise."""
    if not periods or not all(_names_a_period(name) for name in periods):
        return None
    groups: list[list[str]] = []
    for name in names[1:]:
        growth = _INDEX_GROWTH_COLUMN.fullmatch(name) is not None
        if growth and groups and len(groups[-1]) == 1 and not _INDEX_GROWTH_COLUMN.fullmatch(groups[-1][0]):
            groups[-1].append(name)  # the level's growth
        else:
            groups.append([name])
    if len(groups) != len(periods) or not all(_INDEX_GROWTH_COLUMN.fullmatch(group[-1]) for group in groups):
        return None
    return groups


def _periods_over_sum_pairs(
    names: list[str], captions: list[str], unit_above: str = ""
) -> list[Column] | None:
    """2026年第二季  2026年上半年 ↵ 主要商品  百万港元  按年变动(%)  百万港元  按年变动(%): each period's
    sum in the unit its column names, and its growth; None for any other header. (货品别  2026年10月
    2026年1-10月 ↵ 金额  年增率  金额  年增率 under 单位：亿美元；%: the rows' label above the periods,
    the sums in the unit line's unit)"""
    above = [m.group() for m in _CELL.finditer(captions[-1])] if captions else []
    if len(above) > 1 and len(names) == 2 * (len(above) - 1) and not _names_a_period(above[0]):
        names = [above[0], *names]
        above = above[1:]
    units = set(names[1::2])
    groups = _columns_under_periods(above, names)
    if groups is None or any(len(group) != 2 for group in groups) or len(units) != 1:
        return None
    unit = units.pop()
    if split_unit(unit) is None:
        # 主要目的地  價值  按年變動(%) … under （價值以百萬元計）: the values' unit, said above
        noted = next((m for line in captions[:-1] if (m := _VALUES_COUNTED_IN.search(line))), None)
        said_above = noted.group("unit") if noted is not None else unit_above
        unit = said_above if unit in _VALUE_WORDS else ""
    if split_unit(unit) is None:
        return None
    return [
        column
        for period in above
        for column in (Column(unit=unit, period=period), Column(unit="%", growth=True, period=period))
    ]


#: a note of the unit a table's values are counted in (（價值以百萬元計）)
_VALUES_COUNTED_IN = re.compile(r"(?:价值|金额|数值)以(?P<unit>[千万百亿]*(?:港元|美元|元))计")
_VALUE_WORDS = frozenset({"价值", "金额", "货值"})
#: a column of a whole year's level (2025年全年)
_WHOLE_YEAR_COLUMN = re.compile(r"\d{4}\s*年全年")
#: the months to date of a year, over a pair of columns (2026年1月至10月)
_MONTHS_OF_A_YEAR_COLUMN = re.compile(r"\d{4}\s*年\s*1\s*月?\s*[-—–~至]\s*(?:1[0-2]|[2-9])\s*月")


def _periods_and_growths(names: list[str]) -> list[Column] | None:
    """2025年第三季  按年变动（%）  2025年首三季  按年变动（%）: each period's level and its growth
    (2023年第3季  2024年第3季  按年变动（%）: two periods' levels, and the later one's growth,
    perhaps then its change over the quarter before, which no measure holds: 按季变动（%）)."""
    over_quarter = len(names) == 4 and _OVER_THE_QUARTER_BEFORE.fullmatch(names[3]) is not None
    if (
        (len(names) == 3 or over_quarter)
        and all(_INDEX_PERIOD_COLUMN.fullmatch(name) for name in names[:2])
        and _INDEX_GROWTH_COLUMN.fullmatch(names[2])
    ):
        latest = max(names[:2])  # (the years lead each name, so the later sorts last)
        return [
            Column(period=names[0]),
            Column(period=names[1]),
            Column(unit="%", growth=True, period=latest),
            *([Column(remark=True)] if over_quarter else []),
        ]
    if len(names) < 2 or len(names) % 2:
        return None
    levels, growths = names[::2], names[1::2]
    if not all(_INDEX_PERIOD_COLUMN.fullmatch(name) for name in levels) or not all(
        _INDEX_GROWTH_COLUMN.fullmatch(name) for name in growths
    ):
        return None
    return _levels_and_growths(levels)


def _levels_and_growths(periods: list[str]) -> list[Column]:
    """Each period's level column, then its growth's in %."""
    return [
        column
        for period in periods
        for column in (Column(period=period), Column(unit="%", growth=True, period=period))
    ]


def _months_to_date_said(name: str) -> str:
    """本月止累计 → 1—本月累计, 上半年 → 1—6月, and a column of what they did, 上半年完成 → 1—6月完成
    (全年计划 | 上半年完成): the months to date a column is headed by, said as months."""
    if name in _MONTHS_TO_DATE:
        return _MONTHS_TO_DATE[name]
    done = name.removesuffix("完成")
    said = _MONTHS_TO_DATE.get(done) if done != name else None
    return said + "完成" if said is not None and _MONTHS_COLUMN.fullmatch(said) else name


def _product_header(words: list[tuple[int, str]]) -> list[Column] | None:
    """产品名称 单位 产量 比上年增长（%）: a name, a unit, then the level and its growth (or
    指标名称 单位 绝对值 比上年同期增长±%, a statistical release's main indicators)."""
    names = [word for _, word in words]
    names = names[1:] if names[:1] == ["序号"] else names  # (序号  产品名称  计量单位 …: row numbers)
    if len(names) >= 5 and all(len(name) == 1 and _HAN_CHARACTER.match(name) for name in names[:2]):
        names = [names[0] + names[1], *names[2:]]  # 指  标  单位 …: one word spaced out
    if len(names) < 4 or names[1] not in ("单位", "计量单位"):
        return None
    columns: list[Column] = []
    rest = names[2:]
    # levels, each perhaps of its own months (10月 … 1—10月 …, 本月 1—本月累计), and after a
    # level the growth of that level
    rest = [_months_to_date_said(name) for name in rest]
    while rest:
        if rest[0] in ("本周", "当周", "年累计"):
            # 本周 | 同比(%) | 年累计 | 累计同比(%): a weekly brief's week and the year up to it
            columns.append(Column(period=rest[0]))
        elif _LEVEL_COLUMN.fullmatch(rest[0]):
            this_month = _THIS_MONTH_COLUMN.fullmatch(rest[0])
            # (1—10月累计: the months to date; 11月产量: the month's level)
            named = _LEVEL_WORD_END.sub("", rest[0]).removesuffix("累计")
            # (9月末: a stock at the month's end)
            months = (
                _MONTHS_COLUMN.fullmatch(named)
                or this_month
                or _YEAR_ALONE.fullmatch(named)
                or _MONTH_END.fullmatch(named)
                or _QUARTER_COLUMN.fullmatch(named)
            )
            period = this_month.group(1) if this_month else named if months else ""
            if rest[0] in ("累计", "本年累计") and any(column.period == "本月" for column in columns):
                period = "1—本月"  # 本月 | 累计: the months to date, up to that month
            columns.append(Column(period=period))
        elif (of := _PERIODS_GROWTH_COLUMN.fullmatch(rest[0])) is not None and any(
            _same_months(column.period, of.group("period")) for column in columns if not column.growth
        ):
            # 5月  1-5月  5月增长(%)  1-5月增长(%): each level's growth, the months it names
            columns.append(Column(unit="%", growth=True, period=of.group("period")))
        elif (of_own := _OWN_LEVELS_GROWTH_COLUMN.fullmatch(rest[0])) is not None and (
            own := _own_level(columns, of_own.group("level"))
        ) is not None:
            # 本月 | 1-本月累计 | 本月同比增长% | 累计同比增长%: each growth of the level it names
            columns.append(Column(unit="%", growth=True, period=own.period))
        elif (valued := _VALUE_IN_OWN_UNIT_COLUMN.fullmatch(rest[0])) is not None and columns:
            # 数量  数量同比(%)  金额(亿元)  金额同比(%): the goods' value beside their quantity, in
            # the unit the column says (the row's is the quantity's)
            columns.append(Column(unit=valued.group("unit"), period=columns[-1].period))
        elif _NAMED_LEVELS_GROWTH_COLUMN.fullmatch(rest[0]) and columns and not columns[-1].growth:
            columns.append(Column(unit="%", growth=True, period=columns[-1].period))  # (数量同比(%))
        elif rest[0] in _YEAR_BEFORE_COLUMNS and columns and not columns[-1].growth:
            # 本年累计  上年同期: the level column's months, a year before
            columns.append(replace(columns[-1], year_before=True))
        elif (
            (_GROWTH_COLUMN.fullmatch(rest[0]) or rest[0] in _GROWTH_WORDS_WITHOUT_UNIT)
            and columns
            and not columns[-1].growth
        ):
            # (本年累计  上年同期  增减(%): the growth of this year's level; 10月  同比增长 with its
            # （%） on the line below: a growth, in %, whatever line says so)
            grown = columns[-2] if columns[-1].year_before else columns[-1]
            columns.append(Column(unit="%", growth=True, period=grown.period))
        elif (share := _SHARE_OF_WHOLE_COLUMN.fullmatch(rest[0])) is not None and columns:
            # 产量  同比增长（%）  占全国比重（%）: the product's share of the country's output
            columns.append(Column(indicator=share.group(1), unit="%", period=columns[-1].period))
        elif _POINTS_SINCE_COLUMN.fullmatch(rest[0]) and columns and columns[-1].growth:
            # 同比±%  较1—7月±百分点: how the growth moved since the months before, in points
            columns.append(Column(unit="个百分点", period=columns[-1].period))
        elif _RANK_COLUMN.fullmatch(rest[0]) and columns and any(column.growth for column in columns[-2:]):
            # 同比增长(%)  全市位次: the place's rank by that growth among the city's places
            columns.append(Column(unit="位", rank=True, period=columns[-1].period))
        elif rest[0] in _YEAR_GOAL_COLUMNS and (
            columns or (len(rest) > 1 and _LEVEL_COLUMN.fullmatch(rest[1]))
        ):
            # 本月 | 累计 | 同比±% | 全年目标: the year's goal, in the row's unit (or before the
            # months done: 年度目标 | 1—6月完成 | 同比增长（%） | 完成进度（%）)
            columns.append(Column(tag="目标"))
        elif _GOAL_GROWTH_HEAD.fullmatch(rest[0]) and (
            columns or (len(rest) > 1 and _LEVEL_COLUMN.fullmatch(rest[1]))
        ):
            # 年度目标增速（%） | 1—6月完成 | 增速（%） | 全市位次: the growth the year aims at, in %
            columns.append(Column(tag="目标", unit="%", growth=True))
        elif _GOAL_DONE_COLUMN.fullmatch(rest[0]) and any(
            column.tag == "目标" or (column.period and not column.growth) for column in columns
        ):
            # 全年目标 | 完成进度(%): how much of the goal the months to date have done (1-10月 |
            # 同比增长(%) | 完成年度目标(%): of a goal the table does not give)
            done = next((column for column in reversed(columns) if column.period and not column.growth), None)
            columns.append(
                Column(indicator=_COMPLETION_NAME_END, unit="%", period=done.period if done else "")
            )
        else:
            break
        rest = rest[1:]
    growths = sum(column.growth for column in columns)
    # (全年计划 | 上半年完成 | 完成全年计划（%）: the year's goal and what the months did of it, no growth)
    goal_and_done = any(column.tag == "目标" for column in columns) and any(
        column.period and not column.tag and not column.growth for column in columns
    )
    # (…  绿灯线  红灯线  信号: a warning table's lines and its signal, no figures of the row's)
    remarks = all(_REMARK_COLUMN.fullmatch(name) or _WARNING_COLUMN.fullmatch(name) for name in rest)
    if not (growths or goal_and_done) or (
        rest and not remarks and (len(rest) > 1 or not _BENCHMARK_GROWTH_COLUMN.fullmatch(rest[0]))
    ):
        return None
    # a last column of the city's or province's growth (全市增速(%)) is another region's: left out
    return columns + [Column(remark=True)] * len(rest)


#: a column of the goods' value in a unit of money it says (金额(亿元), 金额（万美元）)
_VALUE_IN_OWN_UNIT_COLUMN = re.compile(
    r"(?:金额|货值|价值)\s*[（(]\s*(?P<unit>[万亿]?(?:美元|元|港元))\s*[)）]"
)
#: the growth of the quantity or value column before it (数量同比(%), 金额同比(%))
_NAMED_LEVELS_GROWTH_COLUMN = re.compile(
    r"(?:数量|金额|货值)(?:同比|比上年同期)(?:增长|增减|增速)?" + _IN_SIGNED_PERCENT
)
#: a growth column that names the months it is of (5月增长(%), 1-5月增长（%）)
_PERIODS_GROWTH_COLUMN = re.compile(
    f"(?P<period>{_COLUMN_MONTHS_SAID})"
    + r"(?:(?:同比|比上年同期)?(?:增长|增速|增减)\s*(?:[(（]\s*%\s*[)）]|%)?"
    # (10月比上年同期±%: a statistics bureau's words for the same)
    + f"|(?:同比|比上年同期){_IN_SIGNED_PERCENT})"
)


#: a growth column that names which level it grows, the month's or the months' to date
#: (本月同比增长%, 累计同比增长%), where the levels stand side by side before it
_OWN_LEVELS_GROWTH_COLUMN = re.compile(
    r"(?P<level>本月|累计|本年累计|1\s*[-—–~至]\s*本月(?:累计)?)(?:比上年同期|同比)?(?:增长|增速|增减)率?"
    + _IN_SIGNED_PERCENT
)


def _own_level(columns: list[Column], level: str) -> Column | None:
    """The level column a growth column names (本月, else the months to date: 累计, 1-本月累计),
    where both levels stand before it; else None."""
    levels = [column for column in columns if not column.growth and not column.tag]
    grown = {column.period for column in columns if column.growth}
    if len(levels) < 2:
        return None
    if level == "本月":
        own = next((column for column in levels if column.period == "本月"), None)
    else:
        own = next((column for column in levels if column.period.startswith("1")), None)
    return own if own is not None and own.period not in grown else None


def _same_months(column: str, said: str) -> bool:
    """Whether a level column's months (1—5月) are those a growth column names (1-5月)."""
    return bool(column) and _DASHES.sub("—", column) == _DASHES.sub("—", said)


_DASHES = re.compile(r"\s*[-—–~至]\s*")


def _periods_over_pairs(
    above: list[tuple[int, str]], words: list[tuple[int, str]], labelled_units: bool = False
) -> list[Column] | None:
    """指标名称  单位  本月  累计 ↵ 绝对值  增长%  绝对值  增长%: a level and its growth under each
    period of the line above (累计: the months to date), read as one line's header; without the
    unit column where the rows name their units (规上工业营业收入（亿元））."""
    pairs = [word for _, word in words]
    periods = [word for _, word in above[1 if labelled_units else 2 :]]
    if len(pairs) != 2 * len(periods) or not all(
        level in _PAIR_LEVELS and _PAIR_GROWTH.fullmatch(growth)
        for level, growth in zip(pairs[::2], pairs[1::2], strict=True)
    ):
        return None
    named = [(0, above[0][1]), (0, "单位" if labelled_units else above[1][1])]
    for period in periods:
        said = "1—本月累计" if period == "累计" else period
        named += [(0, said), (0, "同比增长（%）")]
    return _product_header(named)


#: a header line of a name, a unit (or none, where the rows name their units: | 指标 | 11月 |  |
#: 1—11月 |  |), then periods, whose pairs of columns the next line names
_PERIOD_OVER_A_PAIR = r"(?:本月|当月|累计|本年累计|(?:1\s*[-—–~至]\s*)?(?:\d{1,2}\s*月(?:份)?|本月)(?:累计)?)"
_PERIODS_OVER_PAIRS = re.compile(
    r"(?:指标名称|指标|项目|产品名称)(?P<unit> (?:单位|计量单位))?" rf"(?: {_PERIOD_OVER_A_PAIR}){{2,}}"
)
#: the pair of columns under each period: the level, then its growth (绝对值  增长%; 产量  同比±%)
_PAIR_LEVELS = frozenset({"绝对值", "绝对数", "绝对量", "绝对额", "总量", "数值", "金额", "产量"})
_PAIR_GROWTH = re.compile(r"(?:同比)?(?:增长|增速|增减)(?:率)?\s*(?:[（(]?\s*±?%\s*[)）]?)|同比\s*±\s*[%％]")


#: what the line over an index's bases says of each column (环比  同比  1—3月累计)
_OVER_A_BASE = re.compile(rf"环比|同比|{_PERIOD_OVER_A_PAIR}")
#: a column of a change that names no unit, its cells saying it (同比 ↵ 13.5%, +0.3个百分点)
_BARE_CHANGE_COLUMN = re.compile(r"同比|增长|增速|增幅|同比增长|同比增减|增减|变化|变动")
#: a change's cell with its sign and no unit (+4, -2): of things counted, not in %
_SIGNED_WITHOUT_UNIT = re.compile(r"[+＋\-−]\d+")
#: a cell that says its unit after its number (24.3%, +1.2个百分点)
_CELL_IN_PERCENT = re.compile(r"[+＋\-−]?\d+(?:\.\d+)?[%％]")
_CELL_IN_POINTS = re.compile(r"[+＋\-−]?\d+(?:\.\d+)?个百分点")


def _units_shown_below(
    cells: list[tuple[int, str]], below: str, pattern: re.Pattern[str]
) -> list[tuple[int, str]]:
    """产品  营业收入（亿元）  收入同比  毛利率  毛利率同比 ↵ 液压油缸  27.46  12.1%  24.3%  +1.2个百分点:
    a header whose columns name no unit where the row below says it in each cell, each such name
    given the unit its cell says (收入同比（%）, 毛利率同比（百分点）); the header as it is otherwise."""
    under = [m.group() for m in pattern.finditer(below) if m.group().strip()]
    if len(under) != len(cells) or len(cells) < 3:
        return cells
    shown: list[tuple[int, str]] = [cells[0]]
    for (at, name), cell in zip(cells[1:], under[1:], strict=True):
        if (
            _OWN_UNIT_AFTER.search(name)
            or not _NAME_ONLY.fullmatch(name)
            or _BARE_CHANGE_COLUMN.fullmatch(name)
        ):
            shown.append((at, name))  # (同比 alone: its cells say their units row by row, +4 or 13.5%)
        elif _CELL_IN_PERCENT.fullmatch(cell):
            shown.append((at, f"{name}（%）"))
        elif _CELL_IN_POINTS.fullmatch(cell):
            shown.append((at, f"{name}（百分点）"))
        else:
            shown.append((at, name))
    return shown


def _bases_under_periods(
    cells: list[tuple[int, str]], captions: list[str]
) -> tuple[list[tuple[int, str]], list[str]] | None:
    """环比  同比  1—3月累计 ↵ 指标名称  （上月=100）  （上年同月=100）（上年同期=100）: an index table's
    bases in brackets, under what each column is (two brackets may touch, in a table aligned for
    full-width print); the header's cells, a base each, and the months the line above gives each
    column ("" for the month reported), or None for any other header."""
    if len(cells) < 3 or not captions or not all(_BRACKETED_BASES.fullmatch(cell) for _, cell in cells[1:]):
        return None
    bases = [(at, m.group(1)) for at, cell in cells[1:] for m in _BRACKETED_BASE.finditer(cell)]
    over = [m.group() for m in _CELL.finditer(captions[-1])]
    if len(over) != len(bases) or not all(_OVER_A_BASE.fullmatch(word) for word in over):
        return None
    return [cells[0], *bases], ["" if word in ("环比", "同比") else word for word in over]


def _periods_stacked_above(
    cells: list[tuple[int, str]], above: list[str], word_pattern: re.Pattern[str]
) -> list[tuple[int, str]] | None:
    """本　月  1—10月累计 ↵ 产品名称  计量单位  ────  ──── ↵ 产量  同比±%  产量  同比±%: a header whose
    periods stand on the line above its name and unit, as one line of them all (the pairs below
    are read with it); None for any other."""
    if len(cells) != 2 or cells[1][1] not in ("单位", "计量单位") or not above:
        return None
    periods = _spaced_words_joined([(0, m.group()) for m in word_pattern.finditer(above[0])])
    said = [(at, re.sub(r"\s+", "", word)) for at, word in periods if word.strip()]
    if len(said) < 2 or not all(re.fullmatch(_PERIOD_OVER_A_PAIR, word) for _, word in said):
        return None
    return [*cells, *said]


#: a name column's note that each row names its unit (产品名称（计量单位）)
_UNITS_IN_NAMES_SAID = re.compile(r"[（(](?:计量)?单位[)）]$")


def _units_in_label_header(words: list[tuple[int, str]]) -> list[Column] | None:
    """指标  1—10月  同比增长（%）: a product header whose rows name their unit after the
    indicator (工业投资（亿元）), with no unit column."""
    # (产品名称  4月产量  同比增长(%)  1—4月产量 over 十种有色金属（万吨）  21.36 …: products alike)
    # (产品名称（计量单位）  产量  比上年增长（%）: the column says its rows name their units)
    first = _UNITS_IN_NAMES_SAID.sub("", words[0][1])
    if len(words) < 3 or first not in _INDICATOR_NAME_COLUMN | _PRODUCT_NAME_COLUMNS:
        return None
    # (指标名称 | 1—10月 | 同比增减 | 增速居全市位次: each cell carries its unit, ↑7.8% its growth's)
    said = [(at, word + "（%）" if _GROWTH_OVER.fullmatch(word) else word) for at, word in words[1:]]
    columns = _product_header([words[0], (words[0][0], "单位"), *said])
    if columns is None or len(columns) != len(said):
        return columns
    # (its cells say % row by row: 链上重点企业（家） | 32 | +4 is no growth in %)
    return [
        dataclasses.replace(column, unit_in_cells=True) if word != written else column
        for column, (_, word), (_, written) in zip(columns, words[1:], said, strict=True)
    ]


def _grouped_header(cells: list[tuple[int, str]], above: str) -> list[Column] | None:
    """A header of level and growth pairs under a line naming each pair's indicator::

                        营业收入                利润总额
        分组      1—10月份  比上年同期      1—10月份  比上年同期
                  （亿元）  增长（%）       （亿元）  增长（%）

    (a statistical release's table of parts of a whole: sectors, kinds of firm)."""
    # (规上工业增加值  —  工业投资  —: the blank cell over each pair's second column goes)
    groups = [m.group() for m in _CELL.finditer(above) if m.group() != EMPTY_CELL]
    if groups and _NAME_COLUMN.fullmatch(groups[0]):
        groups = groups[1:]  # 县（市、区）  规上工业增加值  工业投资 …: the rows' places, over no pair
    names = [cell for _, cell in _spaced_label(cells, 1 + 2 * len(groups))]
    # (分组, or the places the rows are: 县市区  增速（%）  位次 …)
    if names and (_PARTS_NAME_COLUMN.fullmatch(names[0]) or names[0] in _REGION_NAME_COLUMNS):
        names = names[1:]
    if len(groups) < 2 or len(names) != 2 * len(groups) or any(_NOT_A_NAME.search(g) for g in groups):
        return None
    columns: list[Column] = []
    for group, level, growth in zip(groups, names[::2], names[1::2], strict=True):
        if _GROWTH_COLUMN.fullmatch(level) and _RANK_COLUMN.fullmatch(growth):
            # 地区生产总值  规上工业增加值 ↵ 县市区  增速（%）  位次  增速（%）  位次: each group's growth,
            # then the place's rank by it
            columns += [
                Column(indicator=group, unit="%", growth=True, group=group),
                Column(indicator=group, unit="位", rank=True, group=group),
            ]
            continue
        unit = _UNIT_BELOW.fullmatch(level)
        if not (_GROWTH_OVER.fullmatch(growth) or _GROWTH_COLUMN.fullmatch(growth)):
            return None
        if unit is None and split_unit(level) is not None:
            # 营业收入  利润总额 ↵ 行 业  亿元  同比%  亿元  同比%: the level's unit alone over it
            columns += [
                Column(indicator=group, unit=level, group=group),
                Column(indicator=group, unit="%", growth=True, group=group),
            ]
            continue
        period = unit.group("name") if unit else level
        months = period if _MONTHS_COLUMN.fullmatch(period) or _MONTH_END.fullmatch(period) else ""
        if not months and not _LEVEL_COLUMN.fullmatch(period):
            return None
        columns += [
            Column(indicator=group, unit=unit.group("unit") if unit else "", period=months, group=group),
            Column(indicator=group, unit="%", growth=True, period=months, group=group),
        ]
    return columns


#: a column name's unit of percent after it (增速(%), 增长（%）)
_IN_PERCENT_SUFFIX = re.compile(r"\s*[（(]\s*[%％]\s*[)）]$")


#: a group's column of what a batch or year added, and of the total standing (本批新认定  累计)
_ADDED_ROLE = re.compile(r"(?:本批|本年|当年|年内)?(?:新认定|新增)")
_TOTAL_ROLE = re.compile(r"累计|总数")


def _added_and_total_under_groups(names: list[str], above: str, captions: list[str]) -> list[Column] | None:
    """地级市  专精特新中小企业  专精特新“小巨人”企业 ↵ 本批新认定  累计  本批新认定  累计 under
    …（单位：家）: each group's count the batch added, then its total standing; None for any
    other header."""
    groups = [m.group() for m in _CELL.finditer(above) if m.group() != EMPTY_CELL]
    units = _units_listed_above(captions)
    if len(groups) < 3 or not _NAME_COLUMN.fullmatch(groups[0].replace(" ", "")) or len(units) != 1:
        return None
    groups = groups[1:]
    pairs = list(zip(names[::2], names[1::2], strict=False))
    if len(names) != 2 * len(groups) or not all(
        _ADDED_ROLE.fullmatch(added) and _TOTAL_ROLE.fullmatch(total) for added, total in pairs
    ):
        return None
    return [
        column
        for group in groups
        for column in (
            Column(indicator=f"{group}（新认定）", unit=units[0]),
            Column(indicator=group, unit=units[0], standing=True),
        )
    ]


def _roles_under_groups(cells: list[tuple[int, str]], above: str, captions: list[str]) -> list[Column] | None:
    """A header of places' indicators, each over a few columns of its level, growth and rank::

        地  区        地区生产总值              规模以上工业增加值      固定资产投资
                    绝对额     增速    位次       增速      位次        增速     位次

    under a line of the units (单位：亿元，%). A column's indicator is told by the order of the
    roles, not by where it stands (normalisation strips a line's leading spaces): an indicator's
    columns open on its level, or on a growth after the last one's growth or rank."""
    groups = [m.group() for m in _CELL.finditer(above) if m.group() != EMPTY_CELL]
    if groups and cells and _NAME_COLUMN.fullmatch(cells[0][1].replace(" ", "")):
        # (规上工业增加值  固定资产投资 ↵ 县  区  增速(%)  位次  增速(%)  位次: the places' column
        # named on the line of the roles, under no group)
        cells = cells[1:]
    elif not groups or not _NAME_COLUMN.fullmatch(groups[0].replace(" ", "")):
        return None
    else:
        groups = groups[1:]
    roles: list[list[tuple[str, str]]] = []
    for _, name in cells:
        said = _ROLE_MONTHS.match(name)
        months = (said.group("months") or "") if said is not None else ""
        rest = name[said.end() :] if said is not None else name
        rest = _IN_PERCENT_SUFFIX.sub("", rest)  # (增速(%): a growth, in the unit it says)
        role = (
            "level"
            if _LEVEL_COLUMN.fullmatch(name) or (months and not rest)
            else "growth"
            if _GROWTH_OVER.fullmatch(rest) or rest in _BARE_GROWTH_NAMES
            else "rank"
            if _RANK_COLUMN.fullmatch(name)
            else ""
        )
        if not role:
            return None
        told = {r for r, _ in roles[-1]} if roles else set()
        # 2月当月增速  1—2月累计增速 (2月当月  1—2月累计): one indicator's growths (levels) of two
        # periods, side by side
        another_period = bool(months) and all(
            m and m != months for r, m in (roles[-1] if roles else []) if r == role
        )
        if role == "level":
            opens = bool({"growth", "rank"} & told) or not another_period
        else:
            opens = role == "growth" and ("rank" in told or ("growth" in told and not another_period))
        if opens or not roles:
            roles.append([])
        elif (role in told and not another_period) or (role == "rank" and "growth" not in told):
            return None
        roles[-1].append((role, months))
    money = [unit for unit in _units_listed_above(captions) if unit not in ("%", "％")]
    levels = any(role == "level" for group in roles for role, _ in group)
    if len(groups) < 2 or len(roles) != len(groups) or (levels and len(money) != 1):
        return None
    columns: list[Column] = []
    for group, roles_of_group in zip(groups, roles, strict=True):
        for role, months in roles_of_group:
            if role == "level":
                columns.append(Column(indicator=group, unit=money[0], period=months))
            elif role == "growth":
                columns.append(Column(indicator=group, unit="%", growth=True, period=months))
            else:
                columns.append(Column(indicator=group, unit="位", rank=True))
    return columns


#: the months a column of a place's indicator names before its role (2月当月增速, 1—2月累计)
_ROLE_MONTHS = re.compile(r"(?P<months>(?:\d{1,2}\s*[-—–~至]\s*)?\d{1,2}\s*月份?)?(?:当月|累计|本月)?")
#: a growth column named by one word (增速, 增长)
_BARE_GROWTH_NAMES = frozenset({"增速", "增长", "增幅", "增长率", "增速（%）", "增长（%）"})


def _units_below(cells: list[tuple[int, str]], columns: list[Column]) -> list[Column] | None:
    """The columns of a grouped header with the units the line below gives them, else None."""
    found = [_UNIT_BELOW.fullmatch(cell) for _, cell in cells]
    if (
        len(cells) != len(columns)
        or not all(found)
        or any(column.unit and not column.growth for column in columns)
    ):
        return None
    return [
        column if column.growth else replace(column, unit=m.group("unit"))
        for column, m in zip(columns, found, strict=True)
        if m is not None
    ]


def _grouped_row(
    cells: list[tuple[int, str]], columns: list[Column], caption: str, row_start: int, row_end: int
) -> Iterator[TableValue]:
    """A part's row under a grouped header: its name (其中：采矿业), then a level and a growth
    per group; a row of a part whose name is lost (a broken line) is left out."""
    cells = _spaced_label(cells, 1 + len(columns))
    if len(cells) != 1 + len(columns) or _NUMBER_CELL.fullmatch(cells[0][1]):
        return
    label = _PART_OF.sub("", cells[0][1])
    for (offset, cell), column in zip(cells[1:], columns, strict=True):
        value = _value(cell) if _NUMBER_CELL.fullmatch(cell) and column.unit else None
        if value is not None:
            yield TableValue(
                "grouped", offset, offset + len(cell), value, None, "", column.group, column.unit,
                _qualifier(cell), label, caption, row_start, row_end, growth=column.growth,
                column_period=column.period,
            )  # fmt: skip


def _changes_header(words: list[tuple[int, str]], in_percent: bool = False) -> list[Column] | None:
    """指标名称 环比 同比 1—8月: an indicator's changes in %, the month's over the year before
    (同比), the months to date's (1—8月); month on month (环比) has no measure and is left out.
    ``in_percent``: the line above says 单位：%, so 本月 is the month's change too."""
    names = [word for _, word in words]
    # (项目名称  环比涨跌幅（%）  同比涨跌幅（%）  1—11月同比涨跌幅（%）: a price release's, each
    # column saying its unit)
    # (行业名称  环比  同比  1—11月 under （单位：%；…）: each industry's prices, their changes; but
    # 行业名称  1—3月  1—2月 under a caption of 增加值增速 is read by the periods header)
    # (行业  11月同比  11月环比  1—11月: the month named before the change)
    industries = names[:1] in (["行业名称"], ["行业"]) and any(map(_over_a_year_before, names[1:]))
    if len(names) < 3 or not (names[0] in _INDICATOR_NAME_COLUMN | {"项目名称"} or industries):
        return None
    columns: list[Column] = []
    for name in (_PERCENT_AFTER.sub("", name) for name in names[1:]):
        months = _MONTHS_COLUMN.match(name)
        if _MONTH_ON_MONTH.fullmatch(name) or (months and _MONTH_ON_MONTH.fullmatch(name, months.end())):
            columns.append(Column(remark=True))  # (5月环比: the month's, over the month before)
        elif _YEAR_ON_YEAR.fullmatch(name):
            columns.append(Column(unit="%", growth=True))
        elif in_percent and name in _THIS_MONTH_COLUMNS:
            columns.append(Column(unit="%", growth=True, period=name))  # 指标  本月  1—10月 under 单位：%
        elif months is not None and _AFTER_MONTHS.fullmatch(name, months.end()):
            columns.append(Column(unit="%", growth=True, period=months.group()))
        else:
            return None
    return columns if any(column.growth for column in columns) else None


def _over_a_year_before(name: str) -> bool:
    """同比, 11月同比, 1—11月同比涨跌幅: a column of a change over the same months a year before."""
    months = _MONTHS_COLUMN.match(name)
    return _YEAR_ON_YEAR.fullmatch(name, months.end() if months else 0) is not None


def _this_month_named(columns: list[Column]) -> list[Column]:
    """本月  …  1—10月累计: the month a 本月 column is of, the last of the months to date beside it
    (where neither the caption nor the title names it)."""
    to_date = next((m for column in columns if (m := _MONTHS_TO_DATE_COLUMN.match(column.period))), None)
    if to_date is None:
        return columns
    month = f"{to_date.group(1)}月"
    return [replace(c, period=month) if c.period in _THIS_MONTH_COLUMNS else c for c in columns]


#: a column of the months from January (1—10月, 1—10月累计): its last month
_MONTHS_TO_DATE_COLUMN = re.compile(r"1\s*[-—–~至]\s*(\d{1,2})\s*月")
#: a column of the month reported on (本月, 当月)
_THIS_MONTH_COLUMNS = frozenset({"本月", "当月"})
#: a column's unit in % after its name (同比涨跌幅（%）)
_PERCENT_AFTER = re.compile(r"\s*[（(]\s*[%％]\s*[)）]$")
#: a change over the month before (环比, 环比涨跌幅), which no measure holds
_MONTH_ON_MONTH = re.compile(r"环比(?:增长|增减|涨跌幅?)?")
#: a change over the same months a year before (同比, 同比涨跌幅, 比上年同期增长)
_YEAR_ON_YEAR = re.compile(r"(?:同比|比上年同期)(?:增长|增减|涨跌幅?)?")
#: what follows the months a column of their change names (1—8月, 1—11月同比涨跌幅, 1—11月平均)
_AFTER_MONTHS = re.compile(r"(?:平均)?(?:" + _YEAR_ON_YEAR.pattern + r"|增长|涨跌幅?)?")


#: a unit cell that names a second unit in brackets (台（套）: sets of machines, counted as 台套)
_UNIT_AND_ALTERNATIVE = re.compile(r"([^\d\s（()）]{1,3})[（(]([^\d\s（()）]{1,3})[)）]")


def _unit_said_in_two(unit: str) -> str:
    """台（套） as the unit 台套 the lexicon knows; any other cell as it is."""
    two = _UNIT_AND_ALTERNATIVE.fullmatch(unit)
    joined = two.group(1) + two.group(2) if two is not None else ""
    return joined if joined in lexicon().units else unit


def _product_row(
    cells: list[tuple[int, str]],
    columns: list[Column],
    caption: str,
    row_start: int,
    row_end: int,
    kind: str = "product",
    group: str = "",
) -> Iterator[TableValue]:
    """A product's (or an indicator's) row: its name, its unit, its level and its growth; a
    part of the row before (其中：出口) names the part alone."""
    if len(cells) == 3 + len(columns) and cells[0][1].isdigit():
        cells = cells[1:]  # (1  水泥  万吨  9236.5  -4.7 under 序号: the row's number)
    if (
        len(cells) != 2 + len(columns)
        or _NUMBER_CELL.fullmatch(cells[0][1])
        or _NUMBER_CELL.fullmatch(cells[1][1])
    ):
        return
    # (金融机构本外币存款余额②: a note's mark after the name)
    label, unit = _FOOTNOTE_MARK.sub("", _PART_OF.sub("", cells[0][1])), _unit_said_in_two(cells[1][1])
    # (产品销售率  %  96.8  -0.7 under 1—8月  同比±%: a rate's level, and its change in points; but
    # 规上工业增加值  %  —  6.1: a growth, under the growth's column)
    rate_level = unit in ("%", "％") and any(
        _NUMBER_CELL.fullmatch(cell) and not column.growth and not column.rank and not column.remark
        for (_, cell), column in zip(cells[2:], columns, strict=True)
    )
    for (offset, cell), column in zip(cells[2:], columns, strict=True):
        if (
            rate_level
            and column.growth
            and _NUMBER_CELL.fullmatch(cell)
            and not column.unit.endswith("百分点")
        ):
            yield TableValue(
                kind, offset, offset + len(cell), _value(cell) or 0.0, None, column.tag, column.indicator,
                "个百分点", _qualifier(cell), label, caption, row_start, row_end, column_period=column.period,
            )  # fmt: skip
            continue
        points = _CHANGE_IN_POINTS_CELL.fullmatch(cell) if column.growth else None
        if points is not None:
            # 规上工业产品销售率 | 97.8% | ↓0.6个百分点: a rate's change, in points
            yield TableValue(
                kind, offset, offset + len(cell), _points_value(points), None, column.tag,
                column.indicator, "个百分点", "exact", label, caption, row_start, row_end,
                column_period=column.period,
            )  # fmt: skip
            continue
        worded = _WORDED_CELL.fullmatch(cell) if column.tag == "目标" else None
        if worded is not None and worded.group("unit") in ("%", "％"):
            # 地区生产总值 | 亿元 | 增长5.5%左右 | 27368.5 | 5.6: a goal of growth said in words (城镇调查
            # 失业率 | % | 5.5%以内: of a rate's level)
            aimed, qualifier = _worded_value(worded, cell, label)
            yield TableValue(
                kind, offset + worded.start("number"), offset + worded.end("number"), aimed, None,
                column.tag, column.indicator, "%", qualifier, label, caption, row_start, row_end,
                growth=worded.group("way") is not None, column_period=column.period,
            )  # fmt: skip
            continue
        if column.growth:
            cell = _unit_said_again(cell, column)  # (地区生产总值  4206.8亿元  6.3% under 指标  数值  增速)
        value = _value(cell) if _NUMBER_CELL.fullmatch(cell) and not column.remark else None
        if value is not None:
            yield TableValue(
                kind, offset, offset + len(cell), value, None, column.tag, column.indicator,
                column.unit or unit, _qualifier(cell), label, caption, row_start, row_end,
                growth=column.growth, column_period=column.period, rank=column.rank,
                year_before=column.year_before, group=group,
            )  # fmt: skip


#: a level's cell with its unit, in a table whose rows name none (512.3亿元, 1128家, 97.8%)
_NUMBER_WITH_UNIT = re.compile(
    r"(?P<number>[-−]?\d+(?:,\d{3})*(?:\.\d+)?)(?P<unit>[%％]|[^\d\s%％（()）|↑↓]{1,6})"
)
#: a change's cell with its arrow for a sign (↑7.8%, ↓1.5%, ↓0.6个百分点)
_ARROW_CELL = re.compile(r"(?P<arrow>[↑↓▲▼])\s*(?P<number>\d+(?:\.\d+)?)(?P<unit>[%％]|个百分点)")
#: a row name's bracket that says the row's period, not its unit (（10月末）, （前三季度）)
_ROW_PERIOD = re.compile(
    r"(?:1\s*[-—–~至]\s*)?\d{1,2}\s*月(?:份|末|底)?|前?[一二三四]季度|[上下]半年|年[末底]|全年"
)


def _arrow_read(cell: str) -> str:
    """A change's cell with its arrow, written as a plain cell: ↓1.5% as -1.5, ↓0.6个百分点 as
    下降0.6个百分点 (its sign the arrow's); any other cell as it is."""
    arrow = _ARROW_CELL.fullmatch(cell)
    if arrow is None:
        return cell
    falls = arrow.group("arrow") in "↓▼"
    if arrow.group("unit") == "个百分点":
        return ("下降" if falls else "提高") + arrow.group("number") + "个百分点"
    return ("-" if falls else "") + arrow.group("number")


def _value(cell: str) -> float | None:
    cell = cell.rstrip("*＊").strip("〔〕[]")  # (〔16〕: a sum over a plan's years, a number all the same)
    cell = cell.lstrip("≥≤>＞<＜约+").removesuffix(cell[-2:] if cell[-2:] in _QUALIFIER_AFTER else "")
    value = parse_number(cell.lstrip("-−"))
    return None if value is None else -value if cell[0] in "-−" else value


def _qualifier(cell: str) -> str:
    cell = cell.rstrip("*＊").strip("〔〕[]")
    return _BOUND.get(cell[0]) or _QUALIFIER_AFTER.get(cell[-2:], "exact")


def _single_spaced_header(line: str) -> list[Column] | None:
    """The year columns of a header whose cells a single space parts (so that normalisation
    joined 单位 to the year after it), and the remark columns after them; else None."""
    if "单位" not in line:
        return None
    found = list(_YEAR_COLUMN.finditer(line))
    # (plain years only where the line is all the header: 指标 单位 2023年 2024年 2025年1—10月 …)
    whole = line.split()[:2] == ["指标", "单位"] or line.split()[:1] == ["指标单位"]
    years = [m for m in found if m.group("tag") or m.group("part") or whole]
    if len(years) < 2 or line.find("单位") > years[0].start():
        return None
    remarks = line[years[-1].end() :].split()
    if len(remarks) == 1 and _CHANGE_COLUMN.fullmatch(remarks[0]):
        # (… 2025年1—10月 1—10月同比增长（%）: the last column's growth)
        columns = _year_columns(years)
        return [*columns, dataclasses.replace(columns[-1], unit="%", growth=True)]
    if not all(_REMARK_COLUMN.fullmatch(word) for word in remarks):
        return None
    return _year_columns(years) + [Column(remark=True)] * len(remarks)


def _years_between_remarks(
    cells: list[tuple[int, str]], matches: list[re.Match[str] | None]
) -> list[Column] | None:
    """序号 | 指标名称 | 单位 | 2020年基期值 | 2025年目标值 | 指标属性 | 2022年完成值 | 进度评价: a plan's
    years with a remark column between them (and after them), each remark left unread; None
    where no remark stands between two years."""
    at = [i for i, m in enumerate(matches) if m]
    # (指标 | 2020年基数 | …: the years may follow the name alone, once the rows' numbers, 序号, went)
    if len(at) < 2 or not 1 <= at[0] <= 3:
        return None
    after = range(at[0], len(cells))
    between = [i for i in after if matches[i] is None and i < at[-1]]
    # (指标 | 单位 | 2025年完成 | 同比增长 | 2026年目标: the growth of the year done before it)
    grown = {
        i: replace(_year_columns([before])[0], unit="%", growth=True)
        for i in between
        if (before := matches[i - 1]) is not None
        and before.group("tag") not in _GOAL_TAGS
        and (_GROWTH_COLUMN.fullmatch(cells[i][1]) or cells[i][1] in _GROWTH_WORDS_WITHOUT_UNIT)
    }
    remarks = [i for i in after if matches[i] is None and i not in grown]
    if not between or not all(_REMARK_COLUMN.fullmatch(cells[i][1]) for i in remarks):
        return None
    return [
        _year_columns([m])[0]
        if (m := matches[i]) is not None
        else grown.get(i) or Column(remark=True, indicator=cells[i][1])
        for i in after
    ]


def _year_columns(years: list[re.Match[str]]) -> list[Column]:
    """The columns of matched year headers (2025年上半年: the months of a year so far, whose
    values are of those months)."""
    return [
        Column(year=int(m.group("y")), tag=m.group("tag") or "", period=m.group(0) if m.group("part") else "")
        for m in years
    ]


def _rate_cell(cell: str) -> str:
    """A completion rate's cell as a number in %: 107.0% says its unit again, and 超额完成 (a
    rate said in words) is no number, as blank as —."""
    if _PERCENT_CELL.fullmatch(cell):
        return cell.replace("%", "", 1)
    return "—" if _WORDS_ONLY.fullmatch(cell) else cell


#: a cell of words alone (超额完成, 未完成)
_WORDS_ONLY = re.compile(r"[\u4e00-\u9fff]{2,8}")


#: how a growth is reckoned, said in brackets after its % (6.9%（可比价）)
_HOW_A_RATE_IS_RECKONED = re.compile(r"(?<=[%％])[（(][^（）()]{1,8}[)）]$")


#: the months to a day a listed firm's interim results cover, over their table's years
#: (截至6月30日止六个月, 截至9月30日止九个月)
_MONTHS_ENDED_ON = re.compile(
    r"截至(?P<month>[369])月3[01]日止(?:(?<=3月3[01]日止)三|(?<=6月3[01]日止)六|(?<=9月3[01]日止)九)个月"
)
#: a cell of a line of units under a table's years (人民币千元, 百万港元, %), as a listed firm's
#: results print it
_UNIT_UNDER_A_YEAR = re.compile(r"(?:人民币)?(?P<unit>(?:千|万|百万|亿)?(?:元|港元|美元)|[%％])")
#: a change told in an accountant's brackets (846,221  (7.6)): a fall
_BRACKETED_FALL = re.compile(r"[(（](?P<number>\d+(?:,\d{3})*(?:\.\d+)?)[)）]")


def _units_under_years(cells: list[tuple[int, str]]) -> list[str] | None:
    """The units a line of units only gives the year columns above it, else None."""
    found = [_UNIT_UNDER_A_YEAR.fullmatch(cell) for _, cell in cells]
    return [m.group("unit") for m in found if m is not None] if found and all(found) else None


def _year_row(
    cells: list[tuple[int, str]],
    columns: list[Column],
    caption: str,
    row_start: int,
    row_end: int,
    line_units: list[str] | None = None,
    row_units: dict[str, str] | None = None,
) -> Iterator[TableValue]:
    """The values of an indicator's row: its last cells, one per year column; before them
    the indicator and, if there is one, the unit; after them, the remarks if any."""
    remarks = sum(column.remark for column in columns)
    if remarks and not all(column.remark for column in columns[len(columns) - remarks :]):
        # 2023年目标  2023年完成情况  2023年是否完成  2024年目标: a remark between the years
        if len(cells) <= len(columns):
            return
        tail = list(zip(cells[-len(columns) :], columns, strict=True))
        # (a progress column's numbers, 进度（%） 62.9, are left unread, as after the years)
        if any(
            column.remark
            and _NUMBER_CELL.fullmatch(cell)
            and not _PROGRESS_COLUMN.fullmatch(column.indicator)
            for (_, cell), column in tail
        ):
            return
        cells = cells[: -len(columns)] + [cell for cell, column in tail if not column.remark]
        columns = [column for _, column in tail if not column.remark]
    elif remarks:
        if len(cells) <= remarks or any(
            _NUMBER_CELL.fullmatch(cell) and not _PROGRESS_COLUMN.fullmatch(column.indicator)
            for (_, cell), column in zip(cells[-remarks:], columns[-remarks:], strict=True)
        ):
            return
        cells, columns = cells[:-remarks], columns[:-remarks]
    numbers = cells[-len(columns) :]
    starred: set[int] = set()  # (1500* under 2025年基数, a note saying what the star marks)
    if len(numbers) == len(columns):
        # (10%以上, 8.5%左右 under a goal's 同比增长: the growth's cell says its unit again)
        starred = {offset for offset, cell in numbers if cell.endswith(STAR_MARKS)}
        numbers = [(offset, cell.rstrip("".join(STAR_MARKS))) for offset, cell in numbers]
        # (6.9%（可比价）: how the growth is reckoned, in brackets after it)
        numbers = [
            (offset, _HOW_A_RATE_IS_RECKONED.sub("", cell) if column.growth else cell)
            for (offset, cell), column in zip(numbers, columns, strict=True)
        ]
        # (毛利率  22.7%  22.1%  +0.6个百分点: a rate's levels that say their %, under years whose
        # unit is the table's money)
        in_percent = all(
            _CELL_IN_PERCENT.fullmatch(cell)
            for (_, cell), column in zip(numbers, columns, strict=True)
            if not column.growth
        ) and any(not column.growth for column in columns)
        if in_percent:
            numbers = [
                (offset, cell if column.growth else cell[:-1])
                for (offset, cell), column in zip(numbers, columns, strict=True)
            ]
        numbers = [
            (offset, "-" + fall.group("number"))
            if column.growth and (fall := _BRACKETED_FALL.fullmatch(cell))
            else (offset, cell)
            for (offset, cell), column in zip(numbers, columns, strict=True)
        ]
        numbers = [
            (offset, _rate_cell(cell) if column.indicator == _COMPLETION_NAME_END else cell)
            if not (column.growth or column.averaged) or not _PERCENT_CELL.fullmatch(cell)
            else (offset, cell.replace("%", "", 1))  # (9%左右 under 年均增长: its unit again)
            for (offset, cell), column in zip(numbers, columns, strict=True)
        ]
    # (年均7左右, 累计10 under 2027年目标: a goal over the plan's years, its average or its sum)
    # (the word goes from every cell; a growth column's cell is no goal over the years)
    over_the_years: dict[int, str] = {}
    unworded: list[tuple[int, str]] = []
    for (offset, cell), column in zip(numbers, columns, strict=False):
        said = _GOAL_OVER_THE_YEARS.fullmatch(cell)
        if said is not None:
            offset, cell = offset + len(said.group(1)), cell[len(said.group(1)) :]
            if not column.growth:
                over_the_years[offset] = said.group(1)
        unworded.append((offset, cell))
    numbers = unworded
    head = cells[: -len(columns)]
    if len(head) == 4 and head[1][1].isdigit():
        head = head[1:]  # a 类别 cell before the 序号 (经济发展 | 1 | 地区生产总值 | 亿元)
    if len(head) == 3 and head[1][1].isdigit() and _UNIT_IN_NAME.search(head[2][1]):
        head = head[1:]  # (经济发展  1  地区生产总值增长（%）: the 类别, the 序号, a name holding its unit)
    if len(head) >= 3 and head[0][1].isdigit():
        head = head[1:]  # a 序号 column
    if len(head) == 2 and head[0][1].isdigit() and _UNIT_IN_NAME.search(head[1][1]):
        head = head[1:]  # (2  人均地区生产总值（万元）: the 序号, its 类别 cell left to the row above)
    if len(head) == 3 and _UNIT_CELL.fullmatch(head[-1][1]):
        head = head[1:]  # a 类别 column before the name (1 规模 规上工业增加值年均增速 %)
    if len(head) == 2 and _UNIT_IN_NAME.search(head[1][1]) and not _UNIT_CELL.fullmatch(head[1][1]):
        head = head[1:]  # (规模 | 规模以上工业总产值（亿元）: a 类别 cell before a name holding its unit)
    if not 1 <= len(head) <= 2 or not all(
        _NUMBER_CELL.fullmatch(cell)
        or cell in _EMPTY_CELLS
        or (column.growth and _CHANGE_IN_POINTS_CELL.fullmatch(cell))
        for (_, cell), column in zip(numbers, columns, strict=False)
    ):
        return
    indicator = _FOOTNOTE_MARK.sub("", head[0][1])
    unit = head[1][1] if len(head) == 2 else ""
    in_name = _UNIT_IN_NAME.search(indicator)
    if in_name and not unit:
        # (每股基本盈利（人民币元）: the currency named, in yuan)
        indicator, unit = indicator[: in_name.start()], in_name.group("unit").removeprefix("人民币")
        indicator = "累计" + indicator if in_name.group("summed") else indicator
    if in_percent and not unit:
        unit, line_units = "%", None
    told = _CAPTION_UNIT.search(caption) if not unit else None
    others = [said for said in line_units or [] if said not in ("%", "％")]
    if not unit and told is None and line_units and len(set(others)) <= 1:
        # 单位：亿元、% over rows without a unit cell: a rate's row in %, the others in 亿元
        rate = _RATE_NAME.search(indicator) is not None or not others  # (单位：% alone: every row's)
        unit = "%" if rate and len(others) < len(line_units) else (others[0] if others and not rate else "")
        unit = (row_units or {}).get(indicator, unit)
    if not unit and told is None and not line_units and indicator.endswith("指数") and "指数" in caption:
        unit = _INDEX_UNIT  # (表1 …发展指数（2021年=100） over 科技创新指数  114.2  123.5: levels, in points)
    if told is not None:
        # 表1 …主要板块增加值增速（%） over 高技术制造业  22.5  14.1: the caption's unit, and what
        # it measures of each row (高技术制造业增加值增速)
        unit, indicator = told.group("unit"), indicator + told.group("measured")
    if _NUMBER_CELL.fullmatch(indicator) or _NUMBER_CELL.fullmatch(unit or "x"):
        return
    for (offset, cell), column in zip(numbers, columns, strict=True):
        points = _CHANGE_IN_POINTS_CELL.fullmatch(cell) if column.growth else None
        if points is not None:
            # 加权平均净资产收益率（%）  7.80  6.72  增加1.08个百分点: a rate's change, in points
            yield TableValue(
                "year", offset + points.start("number"), offset + points.end("number"),
                _points_value(points), column.year, column.tag, indicator, "个百分点",
                "exact", "", caption, row_start, row_end, column_period=column.period,
            )  # fmt: skip
            continue
        summed = cell.startswith(_OVER_PLAN_OPEN) or over_the_years.get(offset) == "累计"
        value = None if cell in _EMPTY_CELLS else _value(cell)
        if value is not None and over_the_years.get(offset) == "年均" and "年均" not in indicator:
            # 规上工业增加值增速 … 年均7左右: the goal of the average growth over the plan's years
            yield TableValue(
                "year", offset, offset + len(cell), value, column.year, column.tag,
                _averaged_name(indicator), column.unit or unit, _qualifier(cell), "", caption,
                row_start, row_end, column_period=column.period,
            )  # fmt: skip
            continue
        if value is not None and column.averaged and summed:
            # 〔1.5〕 under 年均增长〔累计〕 in a row of a share: the share's change over the plan, in
            # points, no average (〔880〕 in a row of firms: how many more the plan's years add)
            in_points = (unit or "").strip("（()）") == "%"
            yield TableValue(
                "year", offset, offset + len(cell), value, column.year, column.tag, indicator,
                "个百分点" if in_points else unit, _qualifier(cell), "", caption, row_start, row_end,
                column_period=column.period, over_plan=True,
            )  # fmt: skip
            continue
        if value is not None:
            yield TableValue(
                "year", offset, offset + len(cell), value, column.year, column.tag,
                indicator + column.indicator, column.unit or unit, _qualifier(cell), "",
                caption, row_start, row_end,
                growth=column.growth, column_period=column.period, over_plan=summed,
                starred=offset in starred,
            )  # fmt: skip


#: a goal's cell over a plan's years (年均7左右: their average growth; 累计10: their sum)
_GOAL_OVER_THE_YEARS = re.compile(r"(年均|累计)(?=[≥≤]?\d)\S*")


#: the word a growth row's name ends on (规上工业增加值增速)
_GROWTH_WORD_END = re.compile(r"(?:增速|增长率?|增幅)$")


def _averaged_name(indicator: str) -> str:
    """The name of a growth row's average over years (规上工业增加值增速: 规上工业增加值年均增速)."""
    grows = _GROWTH_WORD_END.search(indicator)
    return indicator[: grows.start()] + "年均" + grows.group(0) if grows else "年均" + indicator


def _unit_said_again(cell: str, column: Column) -> str:
    """A cell's number without the unit its column names (24.3% under （%）, +1.2个百分点 under
    （百分点）), its plus sign gone; any other cell as it is."""
    if column.unit in ("%", "％") and _CELL_IN_PERCENT.fullmatch(cell):
        return cell[:-1].lstrip("+＋")
    if column.unit in ("百分点", "个百分点") and _CELL_IN_POINTS.fullmatch(cell):
        return cell.removesuffix("个百分点").lstrip("+＋")
    return cell


def _spaced_label(cells: list[tuple[int, str]], width: int) -> list[tuple[int, str]]:
    """全　省  -3.2  1.7 (分　组 in a header): a two-character first cell spaced out to its
    column's width, one cell again where the row has one cell too many."""
    if len(cells) == width + 1 and len(cells[0][1]) == len(cells[1][1]) == 1:
        return [(cells[0][0], cells[0][1] + cells[1][1]), *cells[2:]]
    return cells


def _months_header(cells: list[tuple[int, str]], captions: list[str]) -> list[Column] | None:
    """月　份  当月同比增长  累计同比增长: a release's table of growth by month, the month's own
    and the months to date's, each row a month (1—2月, 3月 …)."""
    names = [cell for _, cell in _spaced_label(cells, 3)]
    if len(names) < 2 or names[0].replace(" ", "") != "月份":
        return None
    found = [_MONTHS_GROWTH.fullmatch(name) for name in names[1:]]
    if not all(found):
        return _monthly_levels(names[1:], captions)
    return [Column(unit="%", growth=True, months=m.group(1)) for m in found if m is not None]


def _monthly_levels(names: list[str], captions: list[str]) -> list[Column] | None:
    """月份  工业用电量  同比增长  其中：制造业用电量  同比增长 under 单位：亿千瓦时，%: each month's
    levels in the unit the line above lists first, and their growths in %; None for any other."""
    units = _units_listed_above(captions)
    if len(units) != 2 or units[0] in ("%", "％") or units[1] not in ("%", "％"):
        return None
    columns: list[Column] = []
    for name in names:
        if _GROWTH_OF_COLUMN_BEFORE.fullmatch(name.removesuffix("（%）").removesuffix("(%)")):
            if not columns or columns[-1].growth:
                return None
            columns.append(replace(columns[-1], unit="%", growth=True))
            continue
        part = _PART_OF_COLUMN.fullmatch(name)
        named = part.group(1) if part is not None else name
        if not _NAME_ONLY.fullmatch(named):
            return None
        columns.append(Column(indicator=named, unit=units[0], months="当月"))
    return columns if any(not column.growth for column in columns) else None


def _month_row(
    cells: list[tuple[int, str]], columns: list[Column], caption: str, row_start: int, row_end: int
) -> Iterator[TableValue]:
    """A month's row: its month (3月, 1—2月), then its growths."""
    if len(cells) != 1 + len(columns) or not _MONTHS_COLUMN.fullmatch(cells[0][1]):
        return
    for (offset, cell), column in zip(cells[1:], columns, strict=True):
        value = _value(cell) if _NUMBER_CELL.fullmatch(cell) else None
        if value is not None:
            yield TableValue(
                "months", offset, offset + len(cell), value, None, column.months, column.indicator,
                column.unit, _qualifier(cell), cells[0][1], caption, row_start, row_end, growth=column.growth,
            )  # fmt: skip


def _in_percent_said_above(cells: list[tuple[int, str]], captions: list[str]) -> list[tuple[int, str]] | None:
    """A header of kinds (行业, 产业) under 单位：%, each column that names no unit of its own
    written with it (1—10月增速（%）); None for any other header."""
    said = _unit_line_above(captions)
    if said is None or said.group(1) not in ("%", "％") or not _kinds_column(cells[0][1]):
        return None
    return [
        cells[0],
        *((at, name if _UNIT_IN_NAME.search(name) else name + "（%）") for at, name in cells[1:]),
    ]


def _one_unit_and_rates(said: str) -> str:
    """单位：亿千瓦时 (or 亿千瓦时、%: its rates in %, as the columns say): the unit of a table's
    levels, where one serves them all; else none."""
    units = _units_listed(said)
    if len(units) == 2 and units[1] in ("%", "％"):
        return units[0]
    return "" if len(units) > 1 else said


def _unit_line_above(captions: list[str]) -> re.Match[str] | None:
    """The unit a line above a table's header says (单位：家、个, or a caption's last words: …工业
    增加值与制造业投资增速（%）, every column in %), nearest first."""
    return next(
        (m for line in reversed(captions) if (m := _UNIT_LINE.search(line) or _percent_caption(line))), None
    )


def _percent_caption(line: str) -> re.Match[str] | None:
    """…增速（%）: a caption saying its table is in %, where the line is no header of cells (本报告期
    上年同期  本报告期比上年同期增减(%) is one)."""
    return _PERCENT_CAPTION_END.search(line) if not _CELLS_PARTED.search(line.strip()) else None


#: a caption's % at its end, as a unit line's match (no row of its own unit: the groups are empty)
#: (（与一年前同季比较的变动百分率，%）: and after the words of what the numbers are, in the brackets)
_PERCENT_CAPTION_END = re.compile(r"(?<=[（(，,])([%％])(?P<row>)(?P<row_unit>)(?=[)）]\s*$)")
#: what parts a line into cells (a tab, two spaces or more, an ideographic space, a bar)
_CELLS_PARTED = re.compile(r"\t| {2,}|\u3000|[|｜]")


#: a line above a header that names each column's unit (（…销售值单位：新台币亿元；年增率单位：%）)
_UNIT_OF_A_COLUMN = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,8}?)单位\s*[：:]\s*(?:新台币|人民币|港币|港元|澳门元)?(?P<unit>[^；;，,。）)\s]{1,6})"
)


def _units_named_above(cells: list[tuple[int, str]], captions: list[str]) -> list[tuple[int, str]]:
    """行业别  生产指数  年增率  销售值  年增率 under （…销售值单位：新台币亿元；年增率单位：%）: each
    column the line above names, with its unit written after it (销售值（亿元）), as a header that
    says its own units reads."""
    said = next(
        (found for line in reversed(captions) if len(found := _UNIT_OF_A_COLUMN.findall(line)) > 1), []
    )
    # (单位：场所数目（间）；在职员工（名）；收益、增加值总额（百万澳门元）: each unit after its columns)
    units = dict(said) or _units_by_column_above(captions, bracketed=True)
    if not units:
        return cells
    return [
        (at, f"{name}（{units[name]}）" if name in units and not _OWN_UNIT_AFTER.search(name) else name)
        for at, name in cells
    ]


def _units_said_above_written_in(cells: list[tuple[int, str]], captions: list[str]) -> list[tuple[int, str]]:
    """A header under a unit line of several units, each column written with the one it is in:
    货品类别  4月金额  较上年同月增减 under 单位：亿美元；% (the growths in %, the levels in the other
    unit); 资金类别  预算安排  实际拨付  带动投资（亿元） under 单位：万元、亿元 (the unit no column says
    for those that say none); any other header as it is."""
    said = _unit_line_above(captions)
    units = _units_listed(said.group(1)) if said is not None else []
    if len(units) < 2:
        return cells
    own = {m.group(1) for _, name in cells[1:] if (m := _OWN_UNIT_AFTER.search(name)) is not None}
    in_percent = any(unit in ("%", "％") for unit in units)
    # (the levels' unit only where the columns say every other unit and none is % or a rank's:
    # 年度目标  1—5月完成  完成率  增速位次 under 单位：亿元、% leaves the rate and the rank be)
    levels = [unit for unit in units if unit not in own] if own and not in_percent else []

    def written(name: str) -> str:
        if _OWN_UNIT_AFTER.search(name):
            return name
        if _GROWTH_COLUMN.fullmatch(f"{name}（%）"):
            return f"{name}（%）" if in_percent else name
        return f"{name}（{levels[0]}）" if len(levels) == 1 else name

    return [cells[0], *((at, written(name)) for at, name in cells[1:])]


def _label_column_left_blank(
    cells: list[tuple[int, str]], below: str, line_start: int
) -> list[tuple[int, str]]:
    """金额（亿元）　　同比（%）　　占比（%） ↵ 出口机电产品　　186.4　　18.6　　75.1: a header
    whose rows' label column has no name (its indent gone in normalizing), each cell with its
    unit, the row below one cell longer and led by a name: as 项目 would head it; any other header
    as it is."""
    if not all(_UNITS_COLUMN.fullmatch(cell) for _, cell in cells):
        return cells
    row = [m.group() for m in _CELL.finditer(below)]
    if len(row) != len(cells) + 1 or _NUMBER_CELL.fullmatch(row[0]) or not _HAN_CHARACTER.match(row[0]):
        return cells
    return [(line_start, "项目"), *cells]


def _columns_named_by_caption(cells: list[tuple[int, str]], captions: list[str]) -> list[tuple[int, str]]:
    """地区  增速（%）  位次 under 表2 …各旗区规模以上工业增加值增速: a places' bare rate column is
    the growth of what the caption says it is (规模以上工业增加值增速（%）); 地区  本月  1—11月  同比增长
    under …分市州规模以上工业总产值: each bare period's column is the months' level of it."""
    if ASIDE.sub("", cells[0][1]) not in _REGION_NAME_COLUMNS:
        return cells
    of = _CAPTION_NAMES_BY_PLACE.search(_caption_above(captions))
    if of is None:
        return cells
    if of.group("rate"):
        named = [
            f"{of.group('what')}增速{rate.group('unit') or ''}"
            if (rate := _BARE_RATE_COLUMN.fullmatch(name)) is not None
            else name
            for _, name in cells
        ]
    elif _RATES_OR_RANKS.search(of.group("what")):
        return cells  # (…各县区规模以上工业增加值增速及位次: the header says which is which)
    else:
        named = [
            name + of.group("what") if _BARE_PERIOD_COLUMN.fullmatch(name) else name for _, name in cells
        ]
    return [(at, name) for (at, _), name in zip(cells, named, strict=True)]


#: a column that says only that it is a growth rate (增速（%）, 同比增长%)
_BARE_RATE_COLUMN = re.compile(r"(?:同比)?(?:增速|增幅|增长)(?P<unit>[（(][%％][)）]|[%％])?")
#: words of rates and ranks, which a caption naming a level does not hold
_RATES_OR_RANKS = re.compile(r"增速|增长|增幅|位次|排名|排序|比重|占比")
#: a column that says only the months its values are of (本月, 1—11月)
_BARE_PERIOD_COLUMN = re.compile(r"本月|当月|(?:1\s*[-—–~至]\s*)?(?:1[0-2]|[1-9])\s*月(?:份)?")
#: what a caption says its table's values are of, after the places it parts them by
#: (2025年1-8月各旗区规模以上工业增加值增速; 2025年1—11月分市州规模以上工业总产值), and whether
#: they are its rates
_CAPTION_NAMES_BY_PLACE = re.compile(
    r"(?:各|分)[\u4e00-\u9fff]{0,2}?[区县市旗州镇乡]+(?:（[\u4e00-\u9fff、]{1,6}）)?"
    r"(?P<what>[\u4e00-\u9fff]{4,20}?)(?P<rate>增速|增长速度|增幅)?(?:情况)?$"
)


def _caption_above(captions: list[str]) -> str:
    """The nearest line above a table's header that is no line of its unit: its caption (with the
    line above it, where it is a note in brackets: 2025年上半年如皋市主要经济指标 ↵ （位次为…排位）)."""
    # (（单位：家；累计有效数截至2025年12月15日）: a note of the unit, in brackets, no caption either)
    lines = [line for line in captions if line and not _UNIT_LINE.match(line.lstrip("（("))]
    if len(lines) > 1 and lines[-1].startswith(("（", "(")) and lines[-1].endswith(("）", ")")):
        return lines[-2] + lines[-1]
    return lines[-1] if lines else ""


def _scores_header(cells: list[tuple[int, str]]) -> list[Column] | None:
    """序号  乡镇（街道）  考核得分  名次: places down the side, their scores (in 分) and ranks
    across; None for any other header."""
    names = [cell for _, cell in cells]
    if names and names[0] == "序号":
        names = names[1:]
    # (排名  市州  综合得分  上年排名: each row's rank first, then its place)
    leading_rank = len(names) > 2 and _RANK_COLUMN.fullmatch(names[0]) is not None
    names = names[1:] if leading_rank else names
    # (排名  单位  综合得分  等次: the bodies assessed, places and zones, under 单位)
    assessed = (
        bool(names) and names[0] == "单位" and any(_SCORE_COLUMN.fullmatch(name) for name in names[1:2])
    )
    if len(names) < 2 or (
        names[0] not in _REGION_NAME_COLUMNS | _TOWN_COLUMNS | _ZONE_NAME_COLUMNS and not assessed
    ):
        return None
    zones = names[0] in _ZONE_NAME_COLUMNS
    columns: list[Column] = []
    scored: Column | None = None  # the first score column, what the ranks rank by
    for name in names[1:]:
        name = name.removeprefix("其中：").removeprefix("其中:")  # (综合得分  其中：加分: a part of it)
        if (zones and ASIDE.sub("", name) in _PLACE_COLUMNS) or name in _GRADE_COLUMNS:
            # (排名  开发区名称  所在市（州）  综合得分  等次: where each zone lies, and its grade, in words)
            columns.append(Column(remark=True))
        elif _SCORE_COLUMN.fullmatch(name) or (scored is not None and name in _SCORE_CHANGES):
            columns.append(Column(indicator=name, unit="分"))
            scored = scored or columns[-1]
        elif (_RANK_COLUMN.fullmatch(name) or _LAST_YEARS_RANK.fullmatch(name)) and scored is not None:
            last_year = _LAST_YEARS_RANK.fullmatch(name) is not None
            columns.append(Column(indicator=scored.indicator, unit="位", rank=True, year_before=last_year))
        elif (dated := _YEARS_RANK.fullmatch(name)) is not None and scored is not None:
            # 综合得分  2025年度排名  2024年度排名: each year's rank, the year named
            period = f"{dated.group(1)}年"
            columns.append(Column(indicator=scored.indicator, unit="位", rank=True, period=period))
        else:
            return None
    if scored is None:
        return None
    if leading_rank:
        return [Column(indicator=scored.indicator, unit="位", rank=True, leads=True), *columns]
    return columns


def _summed_name(before: list[str]) -> str:
    """The name of the last level among the columns ``before`` a 累计 column (用电量, not 同比)."""
    levels = (
        name
        for name in reversed(before)
        if name not in _SUMMED_COLUMNS
        and name not in _GROWTH_WORDS_WITHOUT_UNIT
        and name not in ("同比", "环比", "增长", "增减")
        and not _GROWTH_COLUMN.fullmatch(name)
    )
    return next(levels, "")


def _places_header(cells: list[tuple[int, str]], captions: list[str]) -> list[Column] | None:
    """省份  绿色工厂  绿色工业园区 under 单位：家、个: places down the side, indicators without
    units across, the unit said on a line above (all counts, so one unit serves them all)."""
    # (累计省级绿色工厂（含本批）: what a column's count includes is no part of its name; 完成预算%:
    # its unit, unbracketed)
    names = [cells[0][1], *(_BARE_PERCENT.sub("（%）", INCLUDING.sub("", cell)) for _, cell in cells[1:])]
    # (the rows' numbers go, and their places in a ranking told before them: 排名  县市区  …; 序号 乡镇（区）,
    # a single space between)
    names = names[1:] if names[:1] in (["序号"], ["排名"]) else names
    names = [names[0].removeprefix("序号 "), *names[1:]] if names else names
    said = _unit_line_above(captions)
    # (期别: Taiwan's periods down the side, no kinds, though it ends as 行业别 does)
    kinds = (
        bool(names)
        and names[0] not in _PERIOD_ROWS_COLUMNS
        and (_kinds_column(names[0]) or _KIND_NAME_COLUMN.fullmatch(names[0]) is not None)
    )
    # (区县（功能区）: the places, and the other kind listed with them in brackets)
    places = names[0] in _REGION_NAME_COLUMNS or ASIDE.sub("", names[0]) in _REGION_NAME_COLUMNS
    # (序号 单位 签约项目 协议投资 …: the bodies a notice hands goals to, towns and zones, under 单位)
    places = places or names[0] == "单位"
    # (乡镇（区）: the towns, and the zone listed with them in brackets)
    towns = names[0] in _TOWN_COLUMNS or ASIDE.sub("", names[0]) in _TOWN_COLUMNS
    if said is None or len(names) < 2 or (not places and not kinds and not towns):
        return None
    if names[1] in _PLACE_COLUMNS:
        return None  # 项目名称  建设地点  总投资: things named and where they lie, a named list
    if all(_PERIOD_COLUMN.fullmatch(name) or _PERIOD_OF_THE_WHOLE.fullmatch(name) for name in names[1:]):
        return None  # (行业  一季度  二季度  三季度: periods across, what the caption measures)
    # (1—6月完成投资, 2025年度省级绿色工厂: the months or year a column's values are of, said before
    # what they are)
    months = [_COLUMN_MONTHS.match(name) or _COLUMN_YEAR.match(name) for name in names[1:]]
    periods = [m.group() if m else "" for m in months]
    names = [names[0], *(name[len(period) :] for name, period in zip(names[1:], periods, strict=True))]
    # (11月用电量  同比  1-11月累计  同比: the months to date's sum of what the column before counts;
    # 本批认定  累计, no months named: a stock)
    names = [
        _summed_name(names[1:at]) or name if name in _SUMMED_COLUMNS and at and periods[at - 1] else name
        for at, name in enumerate(names)
    ]
    # (年度目标任务  实际新增入规: the year's goal, and its outcome said without months)
    year_task = "年度目标任务" in names[1:] and any(map(_YEAR_OUTCOME_COLUMN.fullmatch, names[1:]))
    if any(name in _YEAR_GOAL_COLUMNS for name in names[1:]) or year_task:
        return _goals_by_place(names[1:], periods, captions)
    if places and _FALL_GOAL_COLUMN.fullmatch(names[1]):
        return _falls_by_place(names[1:], captions)
    if towns and any(_SCORE_COLUMN.fullmatch(name) for name in names[1:]):
        return None  # (a town's scores and ranks are read by their own header)
    # (在手订单（5月末）: the day a column's stock stands at, said after it in brackets)
    # (增加值增速（11月）  增加值增速（1—11月）: the months a column's rates are of, said after it)
    ends = [
        (_COLUMN_DAY_AFTER.search(name) or _COLUMN_MONTHS_AFTER.search(name)) if not period else None
        for name, period in zip(names[1:], periods, strict=True)
    ]
    periods = [end.group(1) if end else period for end, period in zip(ends, periods, strict=True)]
    names = [
        names[0],
        *(name[: end.start()] if end else name for name, end in zip(names[1:], ends, strict=True)),
    ]
    # (新设企业  其中：制造业企业: the part of the column before, named by both)
    parts = [_PART_OF_COLUMN.fullmatch(name) if at > 1 else None for at, name in enumerate(names)]
    names = [part.group(1) if part else name for name, part in zip(names, parts, strict=True)]
    # (工业总产值  比上年增长(%)  占规上工业比重(%) under 单位：亿元: a column may say its own unit)
    owns = [None, *(_OWN_UNIT_AFTER.search(name) for name in names[1:])]
    own_units = {at: own.group(1) for at, own in enumerate(owns) if own is not None}
    names = [name[: own.start()] if own else name for name, own in zip(names, owns, strict=True)]
    if any(not (_NAME_ONLY.fullmatch(name) or _GRADE_NAME.fullmatch(name)) for name in names[1:]):
        return None
    names = [
        _part_named(names[at - 1], part.group(1)) if part else names[at] for at, part in enumerate(parts)
    ]
    # (综合指数  位次  上年位次 under 单位：分: the place's rank by the column before, this year's and
    # the year before's)
    # (投资完成率  完成率排名: the rank by a column before, named by the end of its name)
    ranks = [
        at > 1
        and bool(
            _RANK_COLUMN.fullmatch(name)
            or _LAST_YEARS_RANK.fullmatch(name)
            or (
                (rank_of := _RANKED_BY_NAME.fullmatch(name))
                and any(n.endswith(rank_of.group(1)) for n in names[1:at])
            )
        )
        for at, name in enumerate(names)
    ]
    # (单位：万吨标准煤，%: the units listed with a comma too)
    units = _units_listed_above(captions)
    units = units if len(units) > 1 else _units_listed(said.group(1))
    # (单位：同比增减，%: every column a growth over the year before, in %)
    grown = len(units) == 2 and units[1] in ("%", "％") and _GROWTH_UNIT_WORDS.fullmatch(units[0]) is not None
    units = ["%"] if grown else units
    others = [unit for unit in units if unit not in ("%", "％")]
    # 单位：万元、% over 专项名称  预算安排  实际支出  支出率: rates in %, the others in 万元
    rates_apart = len(set(others)) == 1 and len(units) == 2
    # 单位：家、万元 over 县（市、区）  新增规上工业企业  市级奖励资金: the money's columns in 万元,
    # the firms' in 家
    # (单位：家、万美元、%: and the rates in %)
    money_and_count = _money_and_count(others if len(units) == len(others) + 1 == 3 else units)
    rated = money_and_count is not None and len(units) == 3

    def a_rate(at: int, name: str) -> bool:
        """实际到位同比 after 实际到位, 占比: a rate, in % (where the unit line lists % too)."""
        said = _beyond_column_before(names, at)
        grown = said != name and _GROWTH_OF_COLUMN_BEFORE.fullmatch(said) is not None
        return rated and (bool(_RATE_NAME.search(name)) or grown)

    counted = _counts_in_order(names[1:], units)
    if (
        not rates_apart
        and money_and_count is None
        and counted is None
        and (not units or (len(set(units)) > 1 and not all(unit in _COUNT_WORDS for unit in units)))
    ):
        return None  # 亿元、万吨: which column is in which cannot be told
    if money_and_count is not None and not all(
        _unit_by_kind(name, money_and_count)
        or at in own_units
        or _says_a_listed_thing_in_words(name)
        or a_rate(at, name)
        or ranks[at]
        for at, name in enumerate(names[1:], start=1)
    ):
        return None  # (a column neither money nor a count of things: its unit cannot be told)

    def unit_of(name: str) -> str:
        if money_and_count is not None:
            return _unit_by_kind(name, money_and_count)
        if counted is not None:
            return counted.get(name, units[0])  # (the rates in %, or the money in its unit)
        if not rates_apart:
            return units[0]  # (one unit, or counts alike: 单位：家、个)
        return "%" if _RATE_NAME.search(name) else others[0]

    def unit_at(at: int, name: str) -> str:
        return own_units.get(at) or ("%" if a_rate(at, name) else unit_of(name))

    columns: list[Column] = []
    for at, (name, period, ranked) in enumerate(zip(names[1:], periods, ranks[1:], strict=True), start=1):
        if _says_a_listed_thing_in_words(name):
            columns.append(Column(remark=True))  # (项目名称  建设内容  总投资: what is built, in words)
        elif ranked:
            by = next(column for column in reversed(columns) if not column.rank)
            last_year = _LAST_YEARS_RANK.fullmatch(name) is not None
            columns.append(
                Column(indicator=by.indicator, unit="位", rank=True, year_before=last_year, period=by.period)
            )
        elif (
            columns
            and not columns[-1].rank
            and (
                _GROWTH_OF_COLUMN_BEFORE.fullmatch(_beyond_column_before(names, at))
                # (出口值  同比增减 under 单位：亿元、%: the growth, in %, of the column before)
                or (name == "同比增减" and unit_at(at, name) == "%")
            )
            # (10月增速  1—10月增速: each the growth of its own months, not one of the other's)
            and not (period and columns[-1].period and period != columns[-1].period)
        ):
            # 粗钢日产  同比 under 单位：万吨，%: the growth of the column before (实际到位  实际到位同比)
            before = columns[-1]
            columns.append(replace(before, indicator=before.indicator + "增速", unit=unit_at(at, name)))
        else:
            # (A类  B类 under …工业企业亩均效益综合评价结果汇总表: the firms of each class)
            graded = _GRADE_NAME.fullmatch(name) and "企业" in _caption_above(captions)
            named = name + "企业" if graded else name
            invested = any(column.indicator.endswith("投资") for column in columns)
            if name == "完成" and invested:
                named = "完成投资"  # 总投资  年度计划投资  1—6月完成: the investment the months did
            summed = [column.indicator for column in columns if not (column.rank or column.remark)]
            if _SHARE_COLUMN.fullmatch(name) and len(summed) >= 3 and summed[-1] in _SUM_COLUMNS:
                # 智能工厂  数字化车间  合计  占全省比重 under 单位：个，%: the share of the sum of the counts
                # before (the sum itself, a column of no name, is left unread, as annotators leave it)
                named = "和".join(summed[:-1]) + name
            done = next((column.period for column in reversed(columns) if column.period), "")
            if _COMPLETION_RATE_COLUMN.fullmatch(name) and not period:
                period = done  # 1—6月完成  完成率（%）: the share the months did, of their own period
            columns.append(
                Column(indicator=named, unit=unit_at(at, name), kinds=kinds, period=period, growth=grown)
            )
    return columns


def _periods_over_groups(names: list[str], above: list[str]) -> list[str] | None:
    """Each column's period, where the line above names periods (本月  1—11月累计) and the
    columns repeat one group of names under each of them; None otherwise."""
    said = _WORD.findall(above[0]) if above else []
    if len(said) < 2 or not all(re.fullmatch(_PERIOD_OVER_A_PAIR, word) for word in said):
        return None
    size, rest = divmod(len(names), len(said))
    if rest or size < 1 or any(names[at : at + size] != names[:size] for at in range(0, len(names), size)):
        return None
    return [period for period in said for _ in range(size)]


def _beyond_column_before(names: list[str], at: int) -> str:
    """实际到位同比 after 实际到位: what the name at ``at`` says beyond the name of the column before
    it (同比), else the name whole."""
    name, before = names[at], names[at - 1] if at > 1 else ""
    return name[len(before) :] if before and name.startswith(before) and len(name) > len(before) else name


def _goals_by_place_in_own_units(cells: list[tuple[int, str]], captions: list[str]) -> list[Column] | None:
    """镇（街道）  年度目标（家）  已入统（家）  完成率（%）: a place's goal and outcome, each column
    saying its own unit where no line above says one."""
    names = [cell for _, cell in cells]
    if len(names) < 3 or (names[0] not in _TOWN_COLUMNS and names[0] not in _REGION_NAME_COLUMNS):
        return None
    if not all(map(_OWN_UNIT_AFTER.search, names[1:])) or _unit_line_above(captions) is not None:
        return None
    if not any(_OWN_UNIT_AFTER.sub("", name) in _YEAR_GOAL_COLUMNS for name in names[1:]):
        return None
    return _goals_by_place(names[1:], [""] * (len(names) - 1), captions)


def _goals_by_place(names: list[str], periods: list[str], captions: list[str]) -> list[Column] | None:
    """镇（街道）  年度目标  1—5月完成  完成率  同比增速  增速位次 under 单位：亿元、%: each place's goal for
    the year, what its months to date have done, the share of the goal that is, its growth and the
    rank of that growth; the caption names what is counted (…规上工业总产值完成情况). None where a
    column is none of these, or the unit line gives no one unit for the goal and the outcome."""
    said = _units_listed_above(captions) or [
        own.group(1) for name in names if (own := _OWN_UNIT_AFTER.search(name))
    ]
    units = [unit for unit in said if unit not in ("%", "％")]
    names = [_OWN_UNIT_AFTER.sub("", name) for name in names]
    done = [
        period
        for name, period in zip(names, periods, strict=True)
        if period and _MONTHS_OUTCOME_COLUMN.fullmatch(name)
    ]
    # (年度目标任务  实际新增入规 under …2025年度…任务完成情况（单位：家）: the year's outcome beside its
    # goal, of the year the caption names)
    year_done = [name for name in names if _YEAR_OUTCOME_COLUMN.fullmatch(name)] if not done else []
    if len(year_done) == 1:
        done = [""]
    if len(set(units)) != 1 or len(done) != 1 or sum(name in _YEAR_TASK_COLUMNS for name in names) != 1:
        return None
    columns: list[Column] = []
    for name, period in zip(names, periods, strict=True):
        if name in _YEAR_TASK_COLUMNS:
            columns.append(Column(tag="目标", unit=units[0]))
        elif (period and _MONTHS_OUTCOME_COLUMN.fullmatch(name)) or name in year_done:
            columns.append(Column(tag="完成", unit=units[0], period=period))
        elif _COMPLETION_RATE_COLUMN.fullmatch(name) or _GOAL_DONE_COLUMN.fullmatch(name):
            columns.append(Column(tag="完成", indicator=_COMPLETION_NAME_END, unit="%", period=done[0]))
        elif _GROWTH_OF_COLUMN_BEFORE.fullmatch(name):
            columns.append(Column(tag="完成", growth=True, unit="%", period=done[0]))
        elif _RANK_COLUMN.fullmatch(name) and columns and columns[-1].growth:
            columns.append(Column(tag="完成", rank=True, unit="位", period=done[0]))
        else:
            return None
    return columns


#: a place's goal of a fall for the year, and the fall it made (年度下降目标  实际下降, 实际降幅)
_FALL_GOAL_COLUMN = re.compile(r"(?:年度|全年)?(?:下降|降低)目标|(?:年度|全年)?目标降幅")
_FALL_MADE_COLUMN = re.compile(r"实际(?:下降|降低|降幅)")
_FALL_CAPTION = re.compile(r"(?:下降|降低)(?:完成)?(?:情况)?表?$")


def _falls_by_place(names: list[str], captions: list[str]) -> list[Column] | None:
    """市（州）  年度下降目标  实际下降  完成情况 under …能耗下降情况 ↵ 单位：%: each place's goal of a
    fall and the fall it made, both growths below zero (a remark of words may follow); None for
    any other columns, or where the line above says no % alone."""
    if _units_listed_above(captions) not in (["%"], ["％"]) or len(names) < 2:
        return None
    if not _FALL_GOAL_COLUMN.fullmatch(names[0]) or not _FALL_MADE_COLUMN.fullmatch(names[1]):
        return None
    if not all(_REMARK_COLUMN.fullmatch(name) for name in names[2:]):
        return None
    # (a caption of the falls says so, …能耗下降情况; else the columns' 下降 says what the values are)
    fall = "" if _FALL_CAPTION.search(_caption_above(captions)) else "下降"
    return [
        Column(tag="目标", indicator=fall, growth=True, unit="%"),
        Column(tag="完成", indicator=fall, growth=True, unit="%"),
        *(Column(remark=True) for _ in names[2:]),
    ]


#: what the year did towards its goal, said without months (实际完成, 实际新增入规)
_YEAR_OUTCOME_COLUMN = re.compile(
    r"实际(?:完成|新增)[\u4e00-\u9fff]{0,4}|已(?:完成|新增|入统|入规)[\u4e00-\u9fff]{0,2}"
)
#: what the months to date have done towards a year's goal (1—5月完成, 1—9月实际完成)
_MONTHS_OUTCOME_COLUMN = re.compile(r"(?:实际)?完成(?:值|数|额|量)?")


def _counts_in_order(names: list[str], units: list[str]) -> dict[str, str] | None:
    """Under 单位：%、家、个: the rates in %, and each column of things counted in the count the line
    lists in its turn (新增规上工业企业 in 家, 新开工亿元以上工业项目 in 个), where there are as many of
    them as counts; else None. (Under 单位：亿元、个、家: the money's columns in 亿元, the things
    counted in the counts after it, in their turn.)"""
    if len(units) < 3 or not all(unit in _COUNT_WORDS for unit in units[1:]):
        return None
    if units[0] in ("%", "％"):
        # (工业投资增速（工业技改投资增速）: a part of the column before, a rate as that column is)
        counted = [
            name
            for name in names
            if name not in _WORDS_COLUMNS and not _RATE_NAME.search(ASIDE.sub("", name))
        ]
    elif units[0].endswith("元"):
        counted = [name for name in names if _THINGS_COUNTED_COLUMN.search(name)]
    else:
        return None
    return dict(zip(counted, units[1:], strict=True)) if len(counted) == len(units) - 1 else None


def _money_and_count(units: list[str]) -> tuple[str, str] | None:
    """The money unit (or a measured quantity's, 万千瓦) and the count unit a line above lists, where
    it lists one of each (单位：个、亿元), else None."""
    money = [unit for unit in units if unit.endswith("元") or _MEASURE_UNIT.fullmatch(unit)]
    counts = [unit for unit in units if unit in _COUNT_WORDS]
    return (money[0], counts[0]) if len(units) == 2 and len(money) == len(counts) == 1 else None


def _unit_by_kind(name: str, money_and_count: tuple[str, str]) -> str:
    """A column's unit of the two: money's where it names money (工业总产值, 奖励资金), the count's where
    it names things counted (年末单位数, 新增规上工业企业), else "". (单位：万千瓦、户: a quantity's
    unit in place of money's, for every column that counts no things: 累计并网容量, 累计并网户数)"""
    money, count = money_and_count
    counted = _THINGS_COUNTED_COLUMN.search(name) is not None
    if _MEASURE_UNIT.fullmatch(money):
        return count if counted else "" if _RATE_NAME.search(name) else money
    return money if _MONEY_NAMED_COLUMN.search(name) else count if counted else ""


#: what a name says it includes, in brackets (贵阳市（含贵安新区）, 累计省级绿色工厂（含本批）)
INCLUDING = re.compile(r"[（(]含[^（）()]{1,12}[)）]")
#: the growth of the column before (同比, 增速, 比上年增长)
#: (3月销量  同比  1—3月累计  累计同比: the growth of the months to date's sum before it)
_GROWTH_OF_COLUMN_BEFORE = re.compile(
    # (年增率: Taiwan's word for it)
    r"(?:累计)?(?:(?:比上年(?:同期)?|较上年|同比)?(?:增速|增长率?|增幅)|同比)|年增率"
)
#: a column's own unit in brackets after its name (比上年增长(%), 占规上工业比重（%）)
_OWN_UNIT_AFTER = re.compile(
    r"[（(](%|％|[万亿千百]?(?:元|美元|家|个|项|人|吨|台|辆|户|亩|千瓦时|立方米))[)）]$"
)
#: the months a column is of, in brackets after its name (增加值增速（1—11月）)
_COLUMN_MONTHS_AFTER = re.compile(r"[（(]((?:1\s*[-—–~至]\s*)?(?:1[0-2]|[1-9])\s*月(?:份)?)[)）]$")
#: a column's month end in brackets after its name (在手订单（5月末）)
_COLUMN_DAY_AFTER = re.compile(r"[（(]((?:1[0-2]|[1-9])月(?:末|底))[)）]$")
#: a unit line's words that say its table's values are growths (单位：同比增减，%)
_GROWTH_UNIT_WORDS = re.compile(r"(?:同比|比上年同期)?(?:增减|增长|增速)(?:率|幅度)?")


#: a unit of a quantity measured, not counted (万千瓦, 万吨, 亩, 万千瓦时)
_MEASURE_UNIT = re.compile(r"[万亿千]?(?:千瓦时|千瓦|吨|亩|平方米|立方米|吨标准煤)")
#: a column of money (奖励资金, 投资额, 营业收入, 产值) and one of things counted (企业, 项目, 个数)
_MONEY_NAMED_COLUMN = re.compile(r"资金|金额|投资|奖励|补助|补贴|收入|产值|税收|利润|额$|外资|实际到位$")
_THINGS_COUNTED_COLUMN = re.compile(
    r"(?:(?:企业|项目|工厂)数?|家数|个数|数量|户数|单位数|(?:新开工|开工|竣工|投产)(?:项目)?数?"
    # (本批认定  累计认定  奖补资金 under 单位：家、万元: the firms recognized, counted)
    r"|(?:认定|入选|获评))[”」]?[)）]?$"
)
#: a product table's column of its share of a larger whole's (占全国比重（%）, 占全省比重)
#: (金额  年增率  比重 under 单位：亿美元；%: each item's share of the total, Taiwan's bare 比重)
_SHARE_OF_WHOLE_COLUMN = re.compile(r"(占全[国省市](?:比重|份额)?|占比|比重)\s*(?:[（(]\s*%\s*[)）])?")
#: a first column naming kinds of things, not places (专项名称, 项目类别)
_KIND_NAME_COLUMN = re.compile(r"(?:专项|资金|项目|产业|行业)(?:名称|类别)")
#: a column of rates or shares, in % where the unit line says % beside another unit
_RATE_NAME = re.compile(
    r"率$|比重$|占比$|增速$|增长$|增幅$|^(?:累计)?同比$|^同比增减$|完成预算$|为(?:调整)?预算$|完成进度$|(?:降低|下降)(?:目标|幅度)?$"
)
#: the year a table's caption names (2025年1—10月芜湖市主要工业指标)
_CAPTION_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
#: a caption's table number (表1, 表　)
_TABLE_NUMBER = re.compile(r"^表\s*\d*\s*")
#: a column of a period's values (1—3月, 1—2月, 3月份, 一季度, 上半年)
_PERIOD_COLUMN = re.compile(
    r"\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月份?|\d{1,2}\s*月份?|[一二三四]季度|上半年|前三季度|全年"
)


#: the parts a Hong Kong caption's rows are, and the whole they make up (按行业主类划分的制造业…): said
#: before the index whose changes each part's row gives
BY_PART_OF_A_WHOLE = r"按[\u4e00-\u9fff]{2,6}划分的(?:[\u4e00-\u9fff]{2,6}?业)?"
#: a caption of growths over a year, Hong Kong's words (工业生产指数的按年变动百分率（按行业类别划分）)
#: (按主要行业划分的本地制造业生产指数按年变动百分率(%): the index, without the parts' kind and the
#: whole they make up)
_YEARLY_CHANGE_CAPTION = re.compile(
    rf"(?:{BY_PART_OF_A_WHOLE})?(?P<what>[\u4e00-\u9fff]{{2,20}}?)的?按年变动百分率(?:\s*[（(][^（()）]{{1,20}}[)）])?"
)
#: a revised figure's mark after a column's name (2026年第二季#: 经修订数字)
_REVISED_MARK = re.compile(r"\s*[#＃*＊]$")
#: a column of one month of a year (2025年10月), and of the last month's change in points
_MONTH_OF_A_YEAR = re.compile(r"((?:19|20)\d{2})\s*年\s*(1[0-2]|[1-9])\s*月份?")
_CHANGE_IN_POINTS = re.compile(r"比上月增减\s*[（(]\s*个?百分点\s*[)）]")


#: the first column of a table whose rows are periods of the caption's year (季度: 一季度, 二季度 …;
#: 期别, Taiwan's word)
_PERIOD_ROWS_COLUMNS = frozenset({"季度", "时间", "时期", "期间", "年份", "年度", "月份", "期别"})
#: a unit line's units, one a column in the columns' order (单位：元/千瓦时，%)
_UNITS_IN_ORDER = re.compile(
    _NOT_A_UNIT_OF_MEASURE
    + r"单位\s*[：:]\s*(?:新台币|人民币)?([^\s。；;()（）]{1,30}(?:"
    + _UNIT_AFTER_A_SEMICOLON
    + ")*)"
)
#: a row's label of a month of a year (2025年10月, 2025.10, 2025-10): a row a month, across a year's end
_MONTH_ROW_LABEL = re.compile(
    r"(?P<year>(?:19|20)\d{2})\s*(?:年\s*(?P<month>\d{1,2})\s*月份?|[.．/-](?P<dotted>\d{1,2}))"
)


def month_of_row_label(label: str) -> tuple[int, int] | None:
    """2025.10 → (2025, 10): the year and month a row's label names (a month 1 to 12, no number
    such as 2025.15); None for any other label."""
    said = _MONTH_ROW_LABEL.fullmatch(label)
    if said is None:
        return None
    month = int(said.group("month") or said.group("dotted"))
    return (int(said.group("year")), month) if 1 <= month <= 12 else None


#: a row's label that is a period of a year (一季度, 1—3月, 上半年)
PERIOD_ROW_LABEL = re.compile(
    # (2025年第3季: a quarter of its own year, as Macao's series of quarters names it)
    # (and 2025年1-10月: the months to date of their own year)
    r"(?:(?:19|20)\d{2}\s*年(?=第|\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月))?"
    r"(?:[一二三四]季度|第[一二三四]季度?|第[1-4]季度?|上半年|下半年|前三季度|\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月|\d{1,2}\s*月)"
    r"(?:累计)?"  # (1—9月累计: the months to date)
)


#: a unit line that gives columns their units by name (单位：总投资、预计年产值为亿元，预计年税收为万元)
_UNITS_BY_COLUMN_LINE = re.compile(
    r"单位\s*[：:]\s*([^（）()\s]+?为[^（）()\s]+?)(?:[）)]|$)"
    # (單位：場所數目（間）；在職員工（名）；收益、增加值總額（百萬澳門元）: each unit in brackets)
    r"|单位\s*[：:]\s*((?:[\u4e00-\u9fff、]{2,40}[（(][^（）()、\s]{1,8}[)）][；;，,]?)+)\s*$"
)
#: its parts, each the columns given one unit (总投资、预计年产值为亿元; 在职员工（名）)
_UNIT_LINE_PARTS = re.compile(r"[，,；;]")
_COLUMNS_GIVEN_A_UNIT = re.compile(
    r"(?P<names>[\u4e00-\u9fff、]{2,40}?)(?:为(?P<unit>[^、\s]{1,8})|[（(](?P<bracketed>[^（）()、\s]{1,8})[)）])"
)


def _units_by_column_above(captions: list[str], bracketed: bool = False) -> dict[str, str]:
    """Each column's unit by its name, where a line above gives them so; {} where none does, or
    where a part of the line is not of that shape (``bracketed``: or says them otherwise than in
    brackets after the columns' names)."""
    said = next((m for line in reversed(captions) if (m := _UNITS_BY_COLUMN_LINE.search(line))), None)
    if said is None or (bracketed and said.group(2) is None):
        return {}
    units: dict[str, str] = {}
    for part in _UNIT_LINE_PARTS.split(said.group(1) or said.group(2)):
        if not part:
            continue  # (…（百万澳门元）；: the line's last mark)
        given = _COLUMNS_GIVEN_A_UNIT.fullmatch(part)
        if given is None:
            return {}
        names = given.group("names").split("、")
        # (单位：收益及增加值总额为百万澳门元: two columns joined by 及, or one so named)
        names += [part for name in names if "及" in name or "和" in name for part in re.split("[及和]", name)]
        units.update(dict.fromkeys(names, given.group("unit") or given.group("bracketed")))
    return units


def _units_listed_above(captions: list[str]) -> list[str]:
    """The units a line above a header lists, in the columns' order (单位：元/千瓦时，%; 单位：亿元、%);
    [] where no line says one."""
    said = next((m for line in reversed(captions) if (m := _UNITS_IN_ORDER.search(line))), None)
    return [unit for unit in re.split(r"[、，,；;]", said.group(1)) if unit] if said is not None else []


#: a caption that says its values are growths of an attribute, in % (…增加值累计增速（%）)
#: (表1　工业生产指数年增率 ↵ 单位：%: Taiwan's words for an index's growth, its unit on the line below)
_GROWTH_IN_CAPTION = re.compile(
    r"(?P<measured>增加值|产值|营业收入|利润总额|投资|产量|生产指数)(?:累计|当月)?(?:增速|增长率?|增幅|年增率)"
    r"\s*(?:[（(]\s*[%％]\s*[)）])?\s*$"
)


def _period_rows_header(cells: list[tuple[int, str]], captions: list[str]) -> list[Column] | None:
    """季度  到户电价  同比增减 under 表1 2025年分季度… ↵ 单位：元/千瓦时，%: a row a period (of the
    caption's year), indicators across, their units listed on a line above in the columns' order
    (a growth's column in % is of the column before it)."""
    names = [cell for _, cell in cells]
    units = _units_listed_above(captions)
    growths = _GROWTH_IN_CAPTION.search(_caption_above(captions)) if units in ([], ["%"], ["％"]) else None
    if (
        growths is not None
        and len(names) >= 2
        and names[0] in _PERIOD_ROWS_COLUMNS
        and all(_NAME_ONLY.fullmatch(name) for name in names[1:])
    ):
        # 时间  电子信息制造业  工业  高技术制造业 under 表1 …增加值累计增速（%）: each column the growth
        # of its industry's value added, the caption says
        measured = growths.group("measured")
        return [
            Column(indicator=name if name.endswith(measured) else name + measured, unit="%", growth=True)
            for name in names[1:]
        ]
    if len(names) < 2 or names[0] not in _PERIOD_ROWS_COLUMNS or not units:
        return None
    money_and_count = _money_and_count(units)
    by_kind = [_unit_by_kind(name, money_and_count) for name in names[1:]] if money_and_count else []
    # (年份  年末单位数  工业总产值 under 单位：个、亿元: each column in the unit of its kind)
    units = units * (len(names) - 1) if len(units) == 1 else by_kind if by_kind and all(by_kind) else units
    if len(units) != len(names) - 1 or not all(_NAME_ONLY.fullmatch(name) for name in names[1:]):
        return None
    # (表1 …制造业PMI及构成指数 ↵ 月份 | PMI | 生产 | 新订单: each column an index, named short)
    indices = any("指数" in caption for caption in captions)
    columns: list[Column] = []
    for name, unit in zip(names[1:], units, strict=True):
        grown = unit in ("%", "％") and GROWTH_NAME_END.search(name.replace("增减", "增长")) and columns
        indicator = columns[-1].indicator if grown else name
        if indices and not grown and not name.endswith("指数") and not name.isascii():
            indicator += "指数"
        columns.append(Column(indicator=indicator, unit=unit, growth=bool(grown)))
    return columns


def _yearly_changes_header(cells: list[tuple[int, str]], captions: list[str]) -> list[Column] | None:
    """行業類別  2026年第二季#  2026年第三季 under 表1 工業生產指數的按年變動百分率（按行業類別劃分）:
    each quarter's growth of the caption's index over a year, the rows its industries; None for
    any other header."""
    names = [cell for _, cell in cells]
    said = _YEARLY_CHANGE_CAPTION.fullmatch(_TABLE_NUMBER.sub("", _caption_above(captions).strip()))
    quarters = [_REVISED_MARK.sub("", name) for name in names[1:]]
    if said is None or not quarters or not all(_INDEX_PERIOD_COLUMN.fullmatch(name) for name in quarters):
        return None
    kinds = _kinds_column(names[0])
    return [
        Column(indicator=said.group("what"), unit="%", growth=True, period=name, kinds=kinds)
        for name in quarters
    ]


def _periods_header(cells: list[tuple[int, str]], captions: list[str]) -> list[Column] | None:
    """行业名称  1—3月  1—2月 under …重点行业增加值增速 ↵ 单位：%: rows (industries, places)
    down the side, periods across, what the values measure said in the caption and their unit on
    a line above."""
    names = [cell for _, cell in cells]
    caption = _caption_above(captions)
    year = _CAPTION_YEAR.search(caption)
    if (
        len(names) >= 4
        and names[1] == "单位"
        and year is not None
        and all(_PERIOD_COLUMN.fullmatch(name) for name in names[2:])
    ):
        # 指标名称  单位  1—2月  1—3月 … 1—10月 under 2025年1—10月芜湖市主要工业指标: the months to
        # date of the caption's year, each row an indicator with its unit
        return [Column(year=int(year.group(1)), period=name) for name in names[2:]]
    if (
        len(names) >= 3
        and names[0] in _INDICATOR_NAME_COLUMN
        and year is not None
        and all(_PERIOD_COLUMN.fullmatch(name) for name in names[1:])
    ):
        # 指标  一季度  上半年  前三季度  全年 under …2026年…分阶段目标: each row's unit in its name
        # (规上工业增加值增速（%）)
        return [Column(year=int(year.group(1)), period=name) for name in names[1:]]
    months = [_MONTH_OF_A_YEAR.fullmatch(name) for name in names[1:]]
    changed = bool(months) and months[-1] is None and _CHANGE_IN_POINTS.fullmatch(names[-1]) is not None
    said_months = [m for m in (months[:-1] if changed else months) if m is not None]
    if (
        len(said_months) >= 2
        and len(said_months) == len(names) - 1 - changed
        and (names[0] in _INDICATOR_NAME_COLUMN or names[0] in ("指数名称", "指数"))
    ):
        # 指数名称  2025年9月  2025年10月  比上月增减（个百分点） under 单位：%: each month's value,
        # then the last month's change in points
        columns = [Column(year=int(m.group(1)), period=f"{m.group(2)}月") for m in said_months]
        if changed:
            columns.append(dataclasses.replace(columns[-1], unit="个百分点"))
        return columns
    # (… 三季度  三季度全国: the country's value beside the rows' own, left unread)
    whole = [_PERIOD_OF_THE_WHOLE.fullmatch(name) is not None for name in names[1:]]
    if len(names) < 3 or not all(
        whole[at] or _PERIOD_COLUMN.fullmatch(name) for at, name in enumerate(names[1:])
    ):
        return None
    said = _unit_line_above(captions)
    measured = CHART_PARTS.split(_CHART_FRAME.sub("", _TABLE_NUMBER.sub("", caption.strip())))[-1]
    measured = measured.removesuffix("情况")  # (…重点行业产能利用率情况: the rate, not how it fared)
    # (各行业指数如下（单位：点）：: a sentence that opens the table, its unit said in it)
    measured = _LEADS_TO_TABLE.sub("", measured)
    # (企业规模  三季度  二季度 under 表1 2025年二、三季度…景气指数: an index, in points, needs no unit line)
    unit = said.group(1) if said is not None else "点" if measured.endswith("指数") else None
    if unit is None or not measured:
        return None
    growth = measured.endswith(("增速", "增长", "增幅"))
    return [
        Column(remark=True)
        if whole[at]
        else Column(indicator=measured, unit=unit, growth=growth, period=name)
        for at, name in enumerate(names[1:])
    ]


#: how a sentence leads to the table under it, after what the table measures (…指数如下（单位：点）：)
_LEADS_TO_TABLE = re.compile(r"(?:如下)?(?:[（(]单位[：:][^（）()]{1,8}[)）])?[：:]?$")
#: a period's column of the country's or the province's value beside the rows' own (三季度全国)
_PERIOD_OF_THE_WHOLE = re.compile(
    r"(?:全[国省])?(?:[一二三四]季度|上半年|前三季度|\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月)(?<!^)全[国省]|全[国省](?:[一二三四]季度|上半年|前三季度)"
)
#: a column of a place in a table with places across (全市 beside its counties, 柯城区), told a
#: place by its ending here and by the reference list when its figures are made
_PLACE_COLUMN = re.compile(r"全[国省市县区]|[\u4e00-\u9fff]{1,8}(?:省|市|区|县|旗)")
#: a row of ranks in a table with places across (增速位次), by the row above
_RANK_ROW = re.compile(r"(?P<by>[\u4e00-\u9fff]*?)(?:位次|排名|排位)")


def _places_across_header(cells: list[tuple[int, str]]) -> list[Column] | None:
    """指标  单位  全市  柯城区  衢江区  龙游县 …: indicators down the side, each with its unit, and
    a column per place (the first perhaps the whole place the others are parts of)."""
    names = [cell for _, cell in cells]
    if len(names) < 4 or names[0] not in _INDICATOR_NAME_COLUMN:
        return None
    # (指标名称  全市  川汇区  淮阳区 …: no unit column, each row's unit in brackets after its name)
    unit_column = names[1] in ("单位", "计量单位")
    places = names[2:] if unit_column else names[1:]
    if len(places) < (2 if unit_column else 3) or not all(_PLACE_COLUMN.fullmatch(place) for place in places):
        return None
    return [Column(role="unit")] * unit_column + [Column(place=place) for place in places]


def _across_row(
    cells: list[tuple[int, str]],
    columns: list[Column],
    above: str,
    caption: str,
    row_start: int,
    row_end: int,
) -> Iterator[TableValue]:
    """规上工业增加值  亿元  652.4  58.3 …: one value per place; a row of ranks (增速位次  位  —  5
    3 …) ranks the places by the row ``above``."""
    if len(cells) != len(columns) + 1 or _NUMBER_CELL.fullmatch(cells[0][1]):
        return
    unit_column = columns[0].role == "unit"
    label, unit = cells[0][1], cells[1][1] if unit_column else ""
    if not unit_column:
        # 规模以上工业增加值增速（%）  7.4  5.2 …: the unit in brackets after the row's name; 增速（%）
        # under 工业用电量（万千瓦时）: the growth of the row above
        label, unit = _name_and_unit(_growth_under_row(cells, above)[0][1])
        above = _name_and_unit(above)[0]
    ranked = _RANK_ROW.fullmatch(label)
    if ranked is not None:
        label, unit = (above if not ranked.group("by") or above.endswith(ranked.group("by")) else label), "位"
    values = cells[2:] if unit_column else cells[1:]
    for (offset, cell), column in zip(values, columns[unit_column:], strict=True):
        value = _value(cell) if _NUMBER_CELL.fullmatch(cell) else None
        if value is not None:
            yield TableValue(
                "named", offset, offset + len(cell), value, None, "", "", unit, _qualifier(cell), label,
                caption, row_start, row_end, place=column.place, rank=ranked is not None, across=True,
            )  # fmt: skip


def _growth_under_row(cells: list[tuple[int, str]], above: str) -> list[tuple[int, str]]:
    """汽车产量（万辆）  158.3  167.0 ↵ 同比增速（%）  -6.2  5.5: a row of bare growths under a row
    of levels is the growth of that row's indicator, named so."""
    name, unit = _name_and_unit(cells[0][1]) if cells else ("", "")
    if not above or not GROWTH_NAME_END.fullmatch(name):
        return cells
    named = _name_and_unit(above)[0] + "增速" + (f"（{unit}）" if unit else "")
    return [(cells[0][0], named), *cells[1:]]


def _part_row(cells: list[tuple[int, str]], whole: str) -> list[tuple[int, str]]:
    """#轻工业  %  6.3 under 规模以上工业增加值比上年增长  %  26.8: a part (a statistical table marks
    one with #) named without its mark, and grown where its whole is a growth."""
    if not cells or not cells[0][1].startswith("#"):
        return cells
    part = cells[0][1].lstrip("#")
    growth = _GROWTH_SUFFIX.search(_name_and_unit(whole)[0])
    named = part + growth.group() if growth is not None and not _GROWTH_SUFFIX.search(part) else part
    return [(cells[0][0], named), *cells[1:]]


def _name_and_unit(label: str) -> tuple[str, str]:
    """A row's name and the unit in brackets after it (工业用电量（万千瓦时）), else the name and ""."""
    said = _UNIT_IN_NAME.search(label)
    return (label[: said.start()], said.group("unit")) if said is not None else (label, "")


def _region_row(
    cells: list[tuple[int, str]], columns: list[Column], caption: str, row_start: int, row_end: int
) -> Iterator[TableValue]:
    """The values of a row labelled by its first cell, one per indicator column (after the
    row's number, if a 序号 column leads)."""
    if columns[0].leads and len(cells) == len(columns) + 1 and cells[0][1].isdigit():
        cells = [cells[1], cells[0], *cells[2:]]  # 3  岳阳市  78.95  4: the row's rank, then its place
    if len(cells) == len(columns) + 2 and cells[0][1].isdigit():
        cells = cells[1:]
    elif len(cells) == len(columns) + 2 and cells[0][1] in _SUM_COLUMNS and cells[1][1] in _EMPTY_CELLS:
        cells = [cells[0], *cells[2:]]  # 合计 | — | 85 | 236 under 序号 | 设区市 | …: the total's row
    cells = _spaced_label(cells, len(columns) + 1)
    label, numbers = cells[0][1], cells[1:]
    words = sum(column.remark for column in columns)
    if words and label in _SUM_COLUMNS and len(numbers) == len(columns) - words:
        # 合计  2186.4  8.9 under 产业链  牵头部门  产值（亿元）  增长（%）: no one leads the total
        values = iter(numbers)
        numbers = [(0, "—") if column.remark else next(values) for column in columns]
    if columns[-1].remark and len(numbers) == len(columns) - 1:
        numbers = [*numbers, (0, "—")]  # 埇桥区  7.5  10  48 under …  备注: the remark left empty
    # (2012 | 7215 | 12463.5 under 年份 | …: a row of a year, its label no value; 2025.10 a month's)
    if len(numbers) != len(columns) or (
        _NUMBER_CELL.fullmatch(label)
        and not YEAR_ROW_LABEL.fullmatch(label)
        and month_of_row_label(label) is None
    ):
        return
    # (液压油缸  27.46  12.1%  24.3%  +1.2个百分点: cells that say their column's unit again)
    numbers = [
        (at, _unit_said_again(cell, column)) for (at, cell), column in zip(numbers, columns, strict=True)
    ]
    # a cell may be left empty (安阳市  13  —: no park), but a row of words is no row of values
    # (a column passed over holds what it will: 2.0:1)
    if not all(
        _NUMBER_CELL.fullmatch(cell)
        or cell in _EMPTY_CELLS
        or column.remark
        or (column.unit_in_cells and _NUMBER_WITH_UNIT.fullmatch(cell))
        for (_, cell), column in zip(numbers, columns, strict=True)
    ):
        return
    if all(cell in _EMPTY_CELLS for _, cell in numbers):
        return
    for (offset, cell), column in zip(numbers, columns, strict=True):
        value = None if cell in _EMPTY_CELLS or column.remark else _value(cell)
        unit = column.unit
        if column.unit_in_cells and (said := _NUMBER_WITH_UNIT.fullmatch(cell)) is not None:
            cell, unit = said.group("number"), said.group("unit")
            value = _value(cell)
        if value is not None:
            yield TableValue(
                "region", offset, offset + len(cell), value, None, column.tag, column.indicator, unit,
                _qualifier(cell), label, caption, row_start, row_end, growth=column.growth, rank=column.rank,
                column_period=column.period, kinds=column.kinds, standing=column.standing,
                year_before=column.year_before, gap=column.gap,
            )  # fmt: skip
