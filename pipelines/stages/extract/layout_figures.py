"""Figures the layout tells, read in one pass over the whole text, not by the clause walk.

A plain-text table's cell (see ``tables``), a number standing above its label on
an infographic, and a ratio of the three sectors each say indicator, unit and
period by where they stand, so every field of their figure is known at once.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from pipelines.stages.describe import safe_date
from pipelines.stages.extract.clauses import line_at
from pipelines.stages.extract.document_state import TITLE_YEAR
from pipelines.stages.extract.drafts import Draft
from pipelines.stages.extract.indicators import (
    FIRM_NAME_END,
    IndicatorText,
    city_without_its_level_word,
    names_an_industry,
    province_of,
    region_by_short,
    region_of_item,
    strip_chars,
)
from pipelines.stages.extract.lexicon import Unit, lexicon, split_unit
from pipelines.stages.extract.periods import (
    AS_OF,
    FULL_YEAR,
    MULTI_YEAR,
    PLAN_QUOTE_CLOSES,
    PLAN_QUOTE_OPENS,
    QUARTER,
    UNKNOWN_PERIOD,
    YTD,
    Period,
    five_year_plan_named,
    month_end,
    years_shifted,
)
from pipelines.stages.extract.status_period import (
    THIS_WEEK,
    StatusPeriodRules,
    counted_in_a_month,
    last_status_cue,
    tells_of_this_event,
)
from pipelines.stages.extract.tables import (
    ACTUAL_TAGS,
    ASIDE,
    BY_PART_OF_A_WHOLE,
    CHART_PARTS,
    ESTIMATE_TAGS,
    GROWTH_NAME_END,
    INCLUDING,
    PERIOD_ROW_LABEL,
    REPORT_COLUMNS,
    STAR_MARKS,
    TOTAL_ROWS,
    YEAR_ROW_LABEL,
    TableValue,
    month_of_row_label,
    table_values,
)
from pipelines.stages.extract.tokens import Token
from pipelines.stages.models import DocumentMeta
from pipelines.stages.zones import ZONE_KIND_ENDS

#: a number alone on its line and its label alone on the next (7.1% / 全年全省规上工业增加值增速)
_LABEL_BELOW = re.compile(
    r"(?m)^(?P<value>-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)"
    r"(?P<unit>%|[万亿千]*[\u4e00-\u9fffA-Za-z]{1,3})$"
    # (7352.6亿元 / 1—8月规上工业企业营业收入: the label may open on its months)
    r"\n(?P<label>(?:1\s*[-—–~至]\s*\d{1,2}\s*月)?[^\n\d，。；\s]{4,30})(?:[ \t][^\n]*)?$"
)
#: a 数说 post's number, then its label on the same line (7935.6亿元　地区生产总值; what it says
#: more, after a slash, the normaliser put on the next line)
_LABEL_BESIDE = re.compile(
    r"(?m)^(?P<value>-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)"
    r"(?:(?P<unit>%)[ \t\u3000]*|(?P<unit2>[万亿千]*[\u4e00-\u9fffA-Za-z]{1,4}?)[ \t\u3000]+)"
    r"(?P<label>[^\n\d，。；：:\s/／]{4,30})$"
)
#: an infographic's growth with its arrow, then what grew (▲8.0%　制造业增加值, ▼3.4%　纺织业)
_ARROW_ROW = re.compile(
    r"(?m)^(?P<arrow>[▲▼↑↓])[ \t\u3000]*(?P<value>\d+(?:\.\d+)?)[%％][ \t\u3000]*"
    r"(?P<label>[^\n\d，。；：:\s]{2,30})$"
)
#: a line under an infographic's label that says more of its number (▲比1—9月加快0.2个百分点,
#: 高于全省1.3个百分点，居全省第3位): no longer than this
_DETAIL_LINE = 60
#: how a line that says more of a label's number opens (同比增长21.7%, 高于全国0.9个百分点, 占…)
_DETAIL_OPENING = re.compile(r"[▲▼↑↓]?\s*(?:同比|比上|较上|高于|低于|快于|慢于|增速|占|居|其中|增长|下降)")
#: a label on a line of its own, over or under its number (■ 其中：高新技术产业增加值)
_LABEL_LINE = re.compile(r"[■●◆▲▼\s]*[^\n\d，。；\s]{2,30}")
#: an index told in % around its line of 50 (制造业采购经理指数, 企业景气指数): a table of its months
#: under 单位：% holds its levels, no growths
_DIFFUSION_INDEX = re.compile(r"采购经理指数|PMI|景气指数|扩散指数")
#: a label that counts everything so far (累计建成…, 总计…): its number is a stock
_SO_FAR = ("累计", "总计", "共计", "现有", "拥有")
_GROWTH_LABEL = re.compile(r"增速|增长率?$|增幅")
_SHARE_LABEL = re.compile(r"比重|占比|覆盖率|普及率|利用率|渗透率")
#: 三次产业结构由上年的9.6∶46.5∶43.9调整为9.4∶46.9∶43.7, 三次产业比例为…: the sectors' shares of GDP
_INDUSTRY_STRUCTURE = re.compile(
    r"三次产业(?:结构|比例|之比)[^。；;\n]{0,12}?\d+(?:\.\d+)?[∶:：]\d+(?:\.\d+)?[∶:：]\d+(?:\.\d+)?"
    r"(?:[^。；;\n]{1,12}?\d+(?:\.\d+)?[∶:：]\d+(?:\.\d+)?[∶:：]\d+(?:\.\d+)?)?"
)
_WHOLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?![\d—\-－~～至到])")
#: a note under a table, what it says up to its full stop
_TABLE_NOTE = re.compile(r"\n\s*注\s*\d?\s*[：:.．]\s*(?P<says>[^。\n]{2,80})")
_NOTE_REACH = 3000
#: a note in brackets on the line under a table's caption (（单位：家；累计有效数截至2025年12月15日）)
_NOTE_UNDER_CAPTION = re.compile(r"\n[ \t\u3000]*[（(](?P<says>[^（()）\n]{2,80})[)）][ \t\u3000]*\n")
#: the day a note counts to (统计截至2026年9月15日)
_NOTED_DAY = re.compile(
    r"截[至止]\s*((?:19|20)\d{2})\s*年\s*(?:(\d{1,2})\s*月\s*(\d{1,2})\s*日|(\d{1,2})\s*月(?:底|末)|(?:底|末))"
)
#: a column of those a year added (本年度新认定（家）), which no note's day makes a stock
_NEWLY_COUNTED = re.compile(r"新(?:增|认定|入选|培育|建|引进|签约|开工|投产)|本年度|当年|年度")
#: the shortest end of a column's name a note may call it by (“小巨人”企业数 for 国家级专精特新“小巨人”企业)
_NOTE_NAME_MIN = 4
#: how far before a ratio of the three sectors the year it is of may be said
_YEAR_BEFORE_RATIO = 16
_RATIO = re.compile(r"(\d+(?:\.\d+)?)[∶:：](\d+(?:\.\d+)?)[∶:：](\d+(?:\.\d+)?)")
_SECTORS = ("第一产业", "第二产业", "第三产业")
#: the households' row of a table of electricity use by sector (城乡居民生活)
_HOUSEHOLD_USE = frozenset({"城乡居民生活", "居民生活"})
#: a caption of counts built up over the years (…单项冠军企业累计数量（含本批次）)
_BUILT_UP_IN_CAPTION = re.compile(r"累计(?:数量|数|家数|总数|有效数量)")
#: a table row that counts what stands (规上工业企业数, 专精特新企业数（累计）)
#: (高新技术企业（年末数）: those standing at the year's end, the note says)
_COUNT_OF = re.compile(
    r"(?:总|(?<=[\u4e00-\u9fff]{2})[个家])?数(?:量)?(?:[（(]累计[)）])?$|[（(](?:累计|年末数?|年底数?|期末数?)[)）]$"
)
#: a table row naming a kind of projects or works (一、产业项目, 其中：战略性新兴产业项目)
_CATEGORY_ROW = re.compile(
    r"(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|其中[：:])?(?P<kind>\S{2,16}(?:项目|工程))"
)
#: a column of a plan's amounts (计划投资, 目标, 预算数: not 一般公共预算收入, a kind of revenue, nor
#: 预算安排, what was allotted)
_PLANNED_COLUMN = re.compile(r"计划|目标|预期|(?<!公共)预算数?$")
_WHOLE_YEAR_COLUMN = re.compile(r"年度|全年|本年")
#: the columns of a year's list of projects, beside what its months have done (项目个数, 总投资)
_THE_YEARS_LIST_COLUMN = re.compile(r"项目(?:个数|数)|总投资|计划总投资")
_MOSTLY_AHEAD_DAYS = 120
_DONE_COLUMN = re.compile(r"完成|实际|执行")  # (目标完成率, 完成年度计划: how much was done)
#: a firm's name as a row's label (安徽宁锐汽车密封系统股份有限公司, 江西铜业集团)
_FIRM_ROW = re.compile(rf"(?:{FIRM_NAME_END}|厂)$")
#: a row counting the firms (规模以上工业企业数, 在库企业数): they stand at the period's end
#: (规模以上工业企业  家  468: the firms themselves, counted; but 新增规上企业 are the year's)
#: a count of those a period's work reached (惠及企业, 走访企业, 帮扶企业): over the period, no stock
_REACHED_OVER_THE_PERIOD = re.compile(r"惠及|受益|帮扶|走访")
_FIRMS_COUNTED = re.compile(
    r"^(?!.*(?:新增|新认定|新培育|新入|净增|入规|升规|新注册|新设|"
    + _REACHED_OVER_THE_PERIOD.pattern
    + r")).*(?:企业|单位)(?:个?数|数量)?$"
)
#: a column of those a period added (其中新增, 新认定), not of those standing at its end
_ADDED_COLUMN = re.compile(r"[（(](?:新增|新认定|新培育|净增)[)）]$")
#: a row of a balance, which stands at a day (总资产, 归属于上市公司股东的净资产, 贷款余额, 总股本)
_BALANCE_ROW = re.compile(r"资产(?:总计)?$|负债$|余额$|存量$|保有量$|总股本$|净资产$")
#: what places hold, a column of a table of places (有效发明专利拥有量（件）): a stock at the period's end
#: (but a plan's row of it, 每万人口高价值发明专利拥有量  件  3.2  8, is read as each year's level)
_HELD_COLUMN = re.compile(
    r"拥有量$|(?<!新增)装机(?:容量|规模)?$"
)  # (风电装机（万千瓦）: the capacity standing)
#: a named thing's column of what stands at the period's end (年末资产总额, 资产负债率, 贷款余额)
_STANDS_AT_THE_END = re.compile(
    r"^(?:年末|期末|年底)|资产(?:总额)?$|负债(?:总额)?$|资产负债率$|余额$|净资产$"
)
#: a sum over a five-year plan's years (“十四五”累计工业投资)
_SUMMED_OVER_THE_PLAN = re.compile(
    rf"{PLAN_QUOTE_OPENS}?十[一二三四五六七八九]五{PLAN_QUOTE_CLOSES}?(?:时期|期间)?累计"
)
#: a weekly brief's column of the year so far (本周 | 同比 | 年累计)
_YEAR_TO_DATE_COLUMNS = frozenset({"年累计", "本年累计", "累计"})
#: the share a total row has of itself (| 合计 | 5216 | 100.0 |)
_WHOLE_SHARE = 100.0
_SOME_PLACES = re.compile(r"(?:部分|重点|主要|典型|试点|样本)(?:城市|地区|省份|市|县|区|园区|开发区)")
#: a period said in a table row's label, in brackets: 金融机构本外币贷款余额（6月末）
_PERIOD_IN_LABEL = re.compile(r"[（(][^（）()]{1,10}[)）]$")
#: the way the goods of a table crossed the border (出口主要商品, 主要进出口商品情况)
_TRADED_GOODS = re.compile(r"(进出口|出口|进口)(?=.*商品)")
#: the value of the goods a caption says crossed the border (…港产品出口货值)
_TRADED_VALUE = re.compile(r"(进出口|出口|进口)(?:货值|额|总值|总额|值)")
#: what a caption sums of each good, before how it splits them (外销订单－按主要货品分)
_SUMS_BY_GOODS = re.compile(
    r"([\u4e00-\u9fff]{2,8})\s*[-－—–]?\s*按(?:主要)?(?:货品|商品|产品)(?:别|类别)?(?:划)?分"
)
#: the quantity a product table's caption counts (二、销量情况), where it is not the output
_QUANTITY_IN_CAPTION = re.compile(r"销售量|销量|产销量|产量|出口量|交付量|批发量|零售量")
_GROWTH_IN_NAME = re.compile(
    # (规模以上工业增加值比上年增长: and what it grew over)
    r"(?:比上年|较上年|比去年)?(?:年均)?(?:增长|增速|增幅)率?$|(?:上升或下降|增减|升降|增长或下降)(?:率|幅度)?$"
)
#: a table row named after a fall (…能耗累计下降, …降低率): its values are falls
#: (not 上升或下降（±%）, whose cells carry their own sign)
_FALL_IN_NAME = re.compile(
    r"(?:(?:较|比)(?:上年|去年)(?:同期)?)?(?<!上升或)(?<!增长或)(?:累计|年均)?(?:(?:下降|降低)(?:率|幅度)?|降幅)(?:目标)?$"
)


def _what_grew(indicator: str, value: float, measure: str) -> tuple[str, float]:
    """A growth column's indicator without its growth word, and its value signed by it: 规上工业单位
    增加值能耗累计下降  %  13.5 is a fall of 13.5% of the energy use; 规模以上工业增加值增长（%）
    6左右 the growth of the value added."""
    fall = _FALL_IN_NAME.search(indicator) if measure == "yoy_growth_pct" else None
    if fall is not None:
        return indicator[: fall.start()], -value
    if measure in ("yoy_growth_pct", "avg_growth_pct"):
        return _GROWTH_IN_NAME.sub("", indicator) or indicator, value
    return indicator, value


_GROWTH_NAME = re.compile(
    r"增长|增速|增幅|年增率|下降|降低|降幅|增减|升降|涨幅|涨跌|按年变[动幅]"
)  # (居民消费价格涨幅  %  3左右)
#: what a table's caption says around the whole it breaks down: 表1  2026年1—10月份 | 规模以上
#: 工业企业 | 主要财务指标
_CAPTION_FRAME = re.compile(
    r"^附?表\s*(?:\d{1,2}(?=(?:19|20)\d{2}\s*年)|\d{1,2}(?![\d年])|[一二三四五六七八九十]{1,2}(?=\s))\s*|^附?表\s+|(?:19|20)\d{2}\s*年度?(?:\d{1,2}\s*[-—–~至]\s*)?(?:\d{1,2}\s*月份?)?"
    r"|(?:主要)?(?:财务|经济效益|经济|经营|效益)?指标$|(?:基本|主要)?情况$"
)
#: the last month of the months to date a caption names (…（2025年1—10月）): 本月 where it names no one month
_CAPTION_MONTHS_TO_DATE = re.compile(r"1\s*[-—–~至]\s*((?:1[0-2]|[2-9])\s*月)")
#: the one month a caption names (2026年9月), which 本月 in its table's header means
_CAPTION_MONTH = re.compile(r"(?<![\d—\-–~至])(?:1[0-2]|[1-9])\s*月(?!\s*[-—–~至])")
#: a caption's name of what its table measures: words, and letters or digits inside them (5G工厂)
_NAME_ONLY = re.compile(r"(?=[0-9A-Za-z]*[\u4e00-\u9fff])[0-9A-Za-z\u4e00-\u9fff]+")
#: how a monthly table's caption says it is parted (挖掘机分月销售: the machines' sales, by month)
_BY_MONTH = re.compile(r"分月|月度|各月|逐月")
#: the note that gives starred rows their own periods (注：1.带*号的指标中，…为1—10月数据；…)
_STARRED_ROWS_NOTE = re.compile(r"带\s*[*＊]\s*号的(?:指标|数据|项目)[中，,：:]*(?P<said>[^。\n]+)")
_CLAUSE_SEPARATOR = re.compile(r"[；;]")
_LIST_SEPARATOR = re.compile(r"[、和及]")
#: 规模以上工业企业营业收入、利润总额为1—10月数据: the rows named, and their period
_NOTED_PERIOD = re.compile(r"(?P<names>[^，,]+?)(?:均)?为(?P<period>[^，,]{2,10}?)(?:的)?数据")
#: a caption's table number (表1, 附表2：), as the caption patterns below open on it
#: (表1　2025年…, its space gone in a caption: 表12025年…; the year is no part of the number)
_TABLE_NUMBER = r"附?表\s*(?:\d{1,2}(?=\s*(?:19|20)\d{2}\s*年)|\d+(?!\d*\s*年))?\s*[：:]?\s*"
_TABLE_LABEL = re.compile("^" + _TABLE_NUMBER)
#: the levels of an index against its base (上年同月=100: 同比指数), and the prices a caption
#: names the index of (…工业生产者出厂价格指数)
_BASED_INDICES = frozenset({"同比指数", "环比指数"})
#: (…工业生产者价格指数: 生产者价格, not 产者价格)
_PRICE_INDEX_OF_CAPTION = re.compile(r"((?<!生)[\u4e00-\u9fff]{2}价格|生产者价格)指数")
#: the things a caption's table counts (…第十批制造业单项冠军企业主要…): named after its frame
_COUNTED_IN_CAPTION = re.compile(
    r"(?:第[一二三四五六七八九十\d]+批)?(?P<things>[\u4e00-\u9fff“”]{2,20}?(?:企业|项目|工厂|园区|基地|平台|中心|标杆))"
    # (…“小巨人”企业数量: the firms, whose counts the columns hold; …企业拟认定名单: those listed)
    # (…中小企业认定情况分县市区统计如下：: how they were named, by place)
    # (…创新型中小企业认定情况, its 情况 gone: how they were named)
    r"(?:主要)?(?:数量|家数|个数|拟?(?:认定|入选)名单|(?:认定|入选)(?:情况)?)?$"
)
#: what a caption says after the thing its table spreads over places (…地区分布, …情况)
_CAPTION_TAIL = re.compile(
    # (…专精特新中小企业（宜春市）分地区分布, …分行业分布: what is spread, by place or by kind)
    # (…各市（基地）重大项目推进情况: how the projects went, by place)
    r"(?:分?(?:地区|区域|行业|领域))?(?:分布|(?:推进|完成|建设|实施)?情况|统计)表?(?:如下[：:]?)?$|(?:情况)?(?:一览|汇总)表$"
    r"|(?:TOP|Top|top|前)\s*\d{1,3}(?:强|名|位)?$|排行榜$"  # (…城市新能源汽车产量TOP10: the first ten)
    r"|前[一二三四五六七八九十]{1,3}(?:强|名|位)(?:省份|省市|城市|地区)?$"  # (…集成电路产量前八位省份)
    r"|[（(](?:(?:19|20)\d{2}\s*年|上年)\s*[=＝]\s*100[)）]$"  # (…发展指数（2021年=100）: the index's base)
)
#: a caption of an industry's main indicators, by place (2024年陕西省部分市装备制造业主要指标)
_INDUSTRYS_INDICATORS = re.compile(
    r"(?P<industry>[^\W省市县区州年月\d]{2,8}?(?:制造业|产业|工业))主要(?:经济)?指标$"
)
#: a column that names an industry of its own (工业投资, 制造业增加值, 高新技术产业产值)
_NAMES_AN_INDUSTRY = re.compile(r"工业|制造业|产业")
#: a column that says only how its things were counted (本批认定, 累计, 新增), not what they are
_ASPECT_COLUMN = re.compile(
    r"(?:本批次?|本次|本年度?|当年度?|年内|今年)?拟?(?:新增|新认定|认定|入选)(?:数量?|家数)?(?:比重|占比)?"
    r"|(?:有效期内)?累计(?:有效)?(?:数量?|家数)?|(?:有效期内)?总数"
    r"|复核通过数?|通过复核数?"  # (复核通过: those a batch's review kept)
    r"|本批次?"  # (设区市  本批  累计: the batch's, its verb left out)
)
#: a table by month: a row's months (3月, 1—2月), and the caption's words around the indicator
#: it tells the growth of (…分月增长速度)
_MONTHS_IN_A_YEAR = 12
_MONTH_SPAN = re.compile(r"(?:(\d{1,2})\s*[-—–~至]\s*)?(\d{1,2})\s*月(?:份)?")
_MONTHLY_FRAME = re.compile(r"(?:分月|月度|各月|累计|当月)?(?:增长速度|增速|增长)$")
#: what a caption says before the thing its table measures (…主要城市2025年|汽车产量)
_CAPTION_SCOPE = re.compile(
    # (分季度…; 市州 of a province's cities and prefectures)
    r"各?[市县区](?:、[市县区])+"  # (各区、县（市）: the levels listed)
    # (各地级市 of a region's prefecture-level cities)
    r"|分?(?:设区市|城市|各?市州|各?州市|各(?:县市区|县市|县区|区县|盟市|地级市)|各[市县区地省州]|地区|区域|省份)"
    r"|[分各](?:季度|月份?)|年度?"
    r"|（市、区）|分(?:县市区|县区|区县|县)|分市(?:（州）|州)?"  # (…企业分县（市、区）情况, 分市（州）)
    r"|各?乡镇(?:[（(][^（）()]{1,8}[)）])?|各镇(?:[（(][^（）()]{1,8}[)）])?|各街道"  # (各乡镇（街道）…)
    r"|(?:重点|主要)(?:省市|省份|城市)"  # (…新型显示产业重点省市营收情况: the places it lists)
)
#: what a project is to make once at full capacity (达产后年产值, 预计达产年产值)
_AT_FULL_CAPACITY = re.compile(r"达产")
#: a project's whole cost, of no one year (总投资（亿元）)
_PROJECTS_WHOLE = re.compile(r"(?:计划)?总投资(?:额)?")
#: a place given as its city and county (南昌市南昌县): the county
_COUNTY_OF_CITY = re.compile(
    r"[\u4e00-\u9fff]{1,5}?(?:市|州|盟)(?P<county>[\u4e00-\u9fff]{1,4}?(?:县|区|市|旗))"
)
#: a column of scores that says not of what (综合得分): the caption's ranking says
_GENERIC_SCORES = frozenset({"得分", "综合得分", "总分", "总得分", "评分", "综合评分"})
#: a caption that says its table's rates are growths over a year (…按年变动百分率（%）, …同比增长率)
_GROWTHS_IN_CAPTION = re.compile(
    r"(?:按年|同比|比上年)(?:变动|增减|增长)(?:百分率|率|幅度)|增长速度[（(]%"
    r"|与一年前同期比较的变动百分率"  # (Hong Kong's: …製造業生產指數與一年前同期比較的變動百分率（%）)
)
#: a row's name that says it is a share (比重, 占比), whatever the caption says of the others
_SHARE_IN_NAME = re.compile(r"比重|占比|占[^，。]{0,10}的?比|份额|率$")
#: what a title says is evaluated or ranked (2025年度全省县域经济高质量发展评价结果出炉)
EVALUATED_IN_TITLE = re.compile(
    r"(?:(?:19|20)\d{2}\s*年度?)?(?:全省|全市|全国|[\u4e00-\u9fff]{2,3}[省市])?"
    r"(?P<what>[\u4e00-\u9fff]{2,16}?)(?:综合)?(?:评价|排名|考核|考评|评估)(?:结果)?(?:出炉|揭晓|公布|发布|通报)?$"
)
#: … or what a notice of the results names (…关于2025年度全市制造业高质量发展考核结果的通报): the
#: table of scores it gives is of that (its prose ranks are left to what they say)
_RESULTS_NOTICED_IN_TITLE = re.compile(
    r"(?:19|20)\d{2}\s*年度?(?:全省|全市|全国)?"
    r"(?P<what>[\u4e00-\u9fff]{2,16}?)(?:综合)?(?:评价|排名|考核|考评|评估)结果的(?:通报|公告|通知)$"
)
#: a column that names an index without saying which (综合指数): the caption says
_GENERIC_INDICES = frozenset({"指数", "综合指数", "总指数"})
#: a caption's mention of the ranks its table also gives (…指数及排名)
_RANKS_TOO = re.compile(r"(?:及|和|与)?(?:全[国省市区县])?(?:排名|排序|排位|位次)$")  # (…增速及全国位次)
#: what a ranking's caption says is ranked (…各乡镇（园区）|招商引资工作|排名表)
_RANKED_IN_CAPTION = re.compile(
    r"(?:各[^\W各]{1,6}?(?:（[^（）]{1,8}）)?)?(?P<what>[\u4e00-\u9fff]{2,12}?)(?<![及和与])(?:排名|排位|排序)"
    # (…发展指数排名前五位城市: the first few only)
    r"(?:前[一二三四五六七八九十\d]{1,2}(?:位|名|强)?(?:城市|县|县市区|市州|地区|园区|开发区)?)?(?:表|情况)?$"
)
#: a count of those a fund or a policy supported (支持技术改造项目数, 奖励“小升规”企业数)
_SUPPORTED = re.compile(r"支持|奖励|扶持|补助|带动")
#: things done in the months a table covers (签约项目（个）, 新开工项目): counted over them, not
#: standing at their end
_DONE_IN_THE_MONTHS = re.compile(r"签约|新增|新开工|开工|投产|竣工|引进|落地|招引|新认定|新培育|新建")
#: a column of the value of what each row names, whatever it is (绝对额（亿元）, 绝对值)
_VALUE_OF_THE_ROW = frozenset({"绝对额", "绝对值", "绝对数", "总量", "数值"})
#: the kinds a caption's table lists, as a whole (…全市重点产业链主要指标)
_KINDS_IN_CAPTION = re.compile(r"产业链|产业集群|产业|行业|产品")
_KINDS_NAME_MAX = 8
#: a caption of kinds named before what is measured of them (主要货品外销订单, 分商品出口额)
_MEASURED_AFTER_KINDS = re.compile(r"(?:主要|分|各)(?:货品|商品)(?:类别)?([\u4e00-\u9fff]{2,10})")
_PLACE_OR_TIME = re.compile(r"[省市县区年月季]")
#: a caption's whole, before the items its rows part it into (市级工业发展专项资金分项目执行情况表)
_WHOLE_BEFORE_ITS_ITEMS = re.compile(r"([\u4e00-\u9fff]{2,16}?)分(?:项目|专项)(?=[\u4e00-\u9fff]*$)")
#: the level things were named at (省级, 市级以上), no place of theirs
_LEVEL_OF_THINGS = re.compile(r"(?:国家|[省市县区])级(?:以上)?")
#: the periods and the places a caption of places by period opens on (2025年二、三季度全省及部分省辖市…)
_PLACES_CAPTION_LEAD = re.compile(
    # (2023—2024年全省各设区市…: the years the table's columns are of, said as a span)
    r"^\s*(?:\d{4}\s*(?:年\s*)?[-—–~至]\s*\d{4}\s*年|\d{4}\s*年)?(?:(?:[一二三四]、)*[一二三四]季度|上半年|前三季度|\d{1,2}\s*[-—–]\s*\d{1,2}\s*月份?)?"
    r"(?:全[国省市区县])?(?:及|和|、)?(?:部分|各|主要|重点)?"
    r"(?:省辖市|设区市|市州|城市|地市|县（市、区）|县市区|县市|县区|省份|地区|市)?"
)
#: a column's name that says only how many (入选数量（家） once its verb goes: 数量)
_COUNT_ALONE = frozenset({"数量", "个数", "家数", "数"})
#: when things were counted (本批, 本年度, 历年累计) and how they came to be (认定, 入选, 获评)
_COUNTED_WHEN = r"(?:本批|本年度?|当年|今年|历年累计|历年|累计)"
_COUNTED_HOW = r"(?:认定|入选|新增|培育|获评)"
#: … or a count named by how its things came to be counted (本批认定数, 累计有效数, 入选数量)
_COUNT_BY_HOW_COUNTED = re.compile(
    rf"{_COUNTED_WHEN}?(?:{_COUNTED_HOW}|有效)(?:数量?|个数|家数)"
    # (本批入选  累计入选; 本年度认定  历年累计认定)
    # (2026年度认定（家）: the year's, said over the column; 本批新认定, the newly recognized)
    rf"|{_COUNTED_WHEN}?新?{_COUNTED_HOW}"
)
#: how a caption's things came to be counted, and its table's word, after them (…认定情况表)
_COUNTED_HOW_IN_CAPTION = re.compile(rf"{_COUNTED_HOW}?(?:情况|分布|统计)?表?$")
#: the end of a table's caption after the things it counts, saying how they came to be counted
#: (…认定及复核情况汇总表, …入选情况表)
_COUNTED_TABLE_TAIL = re.compile(rf"{_COUNTED_HOW}(?:及[\u4e00-\u9fff]{{2}})?(?:情况|分布|统计)(?:汇总)?表$")
#: where a caption says its table parts the whole by place (…分设区市数量统计表, …各县区…)
_BY_PLACE_IN_CAPTION = re.compile(
    r"[分各](?:设区市|地区|市州|州（市）|县（市、区）|县市区|县区|乡镇|省份|省（区、市）|市|县|区|州(?=分布))"
)
_LEADING_PERIOD_AND_PLACE = re.compile(
    rf"^(?:{_TABLE_NUMBER})?"
    r"(?:\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月份?|\d{1,2}\s*月份?|第?[一二三四]季度|上半年|前三季度)?"
    r"(?:第[一二三四五六七八九十\d]{1,3}批)?"  # (2025年第一批云南省…: a list's batch)
    r"(?:[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|旗))?"
)
#: the end of a column's name that says an amount of what the caption names (出口额, 产量, 产值)
_AMOUNT_ENDS = ("额", "量", "值")
#: what a place's figures take in with it, said in brackets (贵阳市（含贵安新区）)
#: a place said in brackets after a zone's name (医药高新区（高港区）)
_BRACKETED_PLACE = re.compile(r"[（(]([^（）()]{2,8})[)）]$")
#: an industry named by what it is (数字经济核心产业, 战略性新兴产业), not parts the table lists by kind
#: (主要产业, 重点产业, 各产业)
_NAMED_INDUSTRY = re.compile(r"(?<![各分要点柱导势色大])产业$")
#: a short aside in a caption, such as the levels a place word stands for (各省（区、市）)
_ASIDE_IN_CAPTION = re.compile(r"[（(][^（）()]{1,8}[)）]")
#: a caption's last words saying its values are goals (…产量目标, …预期目标表)
#: (…工业投资和新增规上企业目标, …目标任务分解表)
_GOALS_CAPTION_END = re.compile(
    # (…年度目标任务如下（单位：个、亿元）：: a sentence that ends on the table it brings in, and its unit)
    r"(?:发展|预期)?目标(?:值|任务)?(?:分解)?表?(?:如下)?(?:[（(]单位[：:][^（）()]{1,12}[)）])?[：:]?$"
)

#: a caption that opens on the country, after the table's number and years (表4-2 2025—2030年我国…)
_NATIONAL_CAPTION = re.compile(
    r"(?:表\s*[\d\-—.]+\s*[：:]?\s*)?(?:(?:19|20)\d{2}[\d年—\-–至~]*\s*)?(?:我国|全国|中国)"
)
#: a legend that says what the numbers in brackets are: （括号内为规上工业增加值同比增速，单位：%）
_BRACKET_LEGEND = re.compile(
    r"括号(?:内|中|里)(?:的)?(?:数字|数据|数值)?(?:为|是)(?P<what>[^，,。；;）)：:]{2,30})"
    r"(?:[，,]\s*单位[：:]\s*(?P<unit>%|％))?"
)
#: one place and its number in brackets, as a list after such a legend gives them: 肥乡区（8.6）、
#: 武安市（-5.7%）; the place is what stands since the last separator
_BRACKETED_ITEM = re.compile(
    r"(?P<place>[\u4e00-\u9fff]{2,12})（(?P<value>[-－−]?\d+(?:\.\d+)?)\s*(?P<pct>[%％])?）"
)
#: words a list of places opens with (其中肥乡区, 依次为鸡泽县): not the first place's name
_LIST_OPENER = re.compile(r"^(?:其中|分别(?:是|为)|依次(?:是|为)|包括|主要有|为|是|有)")
#: a county, district or county-level city written in full (峰峰矿区), which regions.csv does not list
_PLACE_IN_FULL = re.compile(r"[\u4e00-\u9fff]{1,5}(?:县|区|市|旗)")
_STATED_SHARE = re.compile(r"(?:比重|占比)$")


def _of_the_month(column: str, caption: str) -> str:
    """本月, 1—本月: the month the caption names (2026年9月 → 9月, 1—9月); as written where the
    caption names none."""
    if "本月" not in column:
        return column
    month = _CAPTION_MONTH.search(caption)
    if month is not None:
        return column.replace("本月", month.group())
    months = _CAPTION_MONTHS_TO_DATE.search(caption)  # (…监测表（2025年1—10月）: 本月 is 10月)
    return column.replace("本月", months.group(1)) if months else column


def _of_the_month_said(column: str, caption: str, title: str) -> str:
    """本月, 1—本月: the month the caption names, else the one the title names (…统计月报（2025年10月）)."""
    return _of_the_month(_of_the_month(column, caption), title)


def _month_before(month: str) -> str:
    """9月 → 8月; 上月 where the month is not known or is January (its year is the one before)."""
    said = re.fullmatch(r"(1[0-2]|[2-9])\s*月", month)
    return f"{int(said.group(1)) - 1}月" if said is not None else "上月"


#: a column that counts without saying what (2025年完成数, 2026年目标数, 数量)
_BARE_COUNT_COLUMN = re.compile(
    r"(?:(?:19|20)\d{2}\s*年度?)?(?:完成|目标|计划|实际|新增)?(?:数|数量|个数|家数)"
)
#: the verb of a count column of those a list took in (入选企业数, 新认定企业数)
_LISTED_IN = re.compile(r"^(?:入选|新认定|认定|获评|入围|上榜)")
#: a term a caption quotes (…“小升规”完成情况…)
_QUOTED_IN_CAPTION = re.compile(r"“([\u4e00-\u9fff]{2,12})”")


#: a caption's words for the kinds its rows name, before what it measures of each (主要电源装机容量)
_SCOPE_OF_KINDS = re.compile(r"主要|重点|全部|各|分")
#: a column's words for the months summed or the month itself, before what the caption names in full
_SUMMED_OR_THIS_MONTHS = re.compile(r"^(?:累计|当月|本月)")
#: the growth a column names after what grew (当月用电量增速), and the least a column so named is long
_GROWTH_OF_THE_COLUMN = re.compile(r"(?:增速|增幅|增长率?)$")
_GROWTH_OF_THE_COLUMN_MIN = 3
#: a caption of an index's changes by part (按行业主类划分的制造业工业生产指数的按年变动百分率), and the
#: index, without the whole its parts make up (制造业)
_INDEX_BY_PART = re.compile(rf"{BY_PART_OF_A_WHOLE}(?P<index>[\u4e00-\u9fff]{{2,12}}?指数)的?按年变动")


#: a column that names a growth and nothing else (增速, 增幅)
_BARE_GROWTHS = frozenset({"增速", "增幅", "增长率", "同比增长", "同比增速"})
#: the periods a caption names, before what it measures (1—10月, 前三季度, 2026年)
_CAPTION_PERIOD_WORDS = re.compile(
    r"(?:\d{1,2}\s*[-—–~至]\s*)?\d{1,2}\s*月份?|[一二三四]季度|前三季度|[上下]半年|(?:19|20)\d{2}\s*年度?"
)


def _named_in_caption(column: str, caption: str) -> str:
    """产量（万辆） under 安徽主要城市2025年汽车产量: the column's bare word as the caption says it
    in full (汽车产量), else the column as it is."""
    ranked = _RANKED_IN_CAPTION.search(_CAPTION_FRAME.sub("", caption)) if column in _GENERIC_SCORES else None
    if ranked is not None:
        # 综合得分 under 2024年度湖南省市州工业竞争力综合排名: the score of what the caption ranks
        what = _CAPTION_SCOPE.sub("", _LEADING_PERIOD_AND_PLACE.sub("", ranked.group("what")))
        overlap = next((n for n in range(len(column), 0, -1) if what.endswith(column[:n])), 0)
        return what + column[overlap:] if len(what) >= 2 else column
    quoted = _QUOTED_IN_CAPTION.search(caption) if _BARE_COUNT_COLUMN.fullmatch(column) else None
    if quoted is not None:
        # 2025年完成数（家） under 2025年各县（市、区）“小升规”完成情况及2026年目标任务表: a count of
        # what the caption names in quotes
        return quoted.group(1) + column
    # (表1　…集中开工项目情况: the table's number is no part of the name)
    said = _CAPTION_TAIL.sub("", _TABLE_LABEL.sub("", caption.strip()))  # …5G工厂名录拟入选项目地区分布
    said = _RANKS_TOO.sub("", said)  # (…发展指数及排名: the ranks are a column of their own)
    said = _ASIDE_IN_CAPTION.sub("", said)  # (各省（区、市）: the levels listed in brackets)
    industry = _INDUSTRYS_INDICATORS.search(said)
    # (…单项冠军企业主要省份分布: what is spread stands before the places, where none follows)
    scoped = [part for part in _CAPTION_SCOPE.split(said) if part and part.strip()]
    said = scoped[-1] if scoped else ""
    # (…新型显示产业重点省市营收情况: the industry's, by place, where its column names no other)
    of_industry = _YEAR_AND_COUNTRY.sub("", scoped[-2]) if len(scoped) >= 2 else ""
    of_industry = of_industry if of_industry.endswith(("产业", "行业")) and said == column else ""
    listed = re.split(r"[和及与、]", said)
    # (示范工厂（家） under 2026年度江西省智能制造示范工厂和优秀场景分设区市统计表: the one it lists in full,
    # before the last, which the rules below read; not 主要电源装机容量, of the kinds the rows name)
    fuller = next(
        (
            part
            for part in (_LEADING_PERIOD_AND_PLACE.sub("", said_before) for said_before in listed[:-1])
            if len(part) > len(column) and part.endswith(column)
        ),
        "",
    )
    if fuller and _NAME_ONLY.fullmatch(fuller) and not _SCOPE_OF_KINDS.match(fuller):
        return fuller
    said = listed[-1]  # …法人单位和营业收入: the last of what it lists
    # (…主要板块增加值占比: each part's; …产业集群分领域产值: after the last of them)
    parts = [m for m in CHART_PARTS.finditer(said) if not _NAMED_INDUSTRY.search(said, 0, m.end())]
    said = said[parts[-1].end() :] if parts else said
    core = _COUNT_OF.sub("", column) or column  # 拟入选项目数: the things counted
    # (入选企业数（家） under …专精特新中小企业（宜春市）分地区分布: those firms the list took in)
    core = _LISTED_IN.sub("", core) or core
    stem = core[:-1] if core.endswith(_AMOUNT_ENDS) else ""  # 出口额 under …劳动密集型产品出口
    named = _LEADING_PERIOD_AND_PLACE.sub("", said)  # (7—9月江西省…)
    if stem and len(named) > len(stem) and named.endswith(stem) and _NAME_ONLY.fullmatch(named):
        return named + core[-1]
    # (累计用电量（亿千瓦时） under 2025年1-11月各区县全社会用电量: the months' sum of what the caption
    # names in full)
    summed = _SUMMED_OR_THIS_MONTHS.sub("", core) or core  # (当月用电量 under …工业用电量情况: the month's)
    if len(said) > len(summed) and said.endswith(summed) and _NAME_ONLY.fullmatch(said):
        return said
    # (当月用电量增速 under …工业用电量情况: the growth of what the caption names)
    growth = _GROWTH_OF_THE_COLUMN.search(summed) if len(summed) > _GROWTH_OF_THE_COLUMN_MIN else None
    grown = summed[: growth.start()] if growth is not None else ""
    if growth and grown and len(said) > len(grown) and said.endswith(grown) and _NAME_ONLY.fullmatch(said):
        return said + growth.group()
    after_period = _CAPTION_PERIOD_WORDS.split(said)[-1] if column in _BARE_GROWTHS else ""
    if (
        len(after_period) > len(column)
        and after_period.endswith(column)
        and _NAME_ONLY.fullmatch(after_period)
    ):
        # 1—10月增速（%） under 十大经济大省1—10月规上工业增加值增速及全国位次: the growth the caption
        # names after its months
        return after_period
    if column in _GENERIC_INDICES and said.endswith("指数") and len(said) > len(column):
        return said  # (综合指数 under …制造业高质量发展指数: the index the caption names)
    counted = _COUNTED_IN_CAPTION.search(named)  # (1—9月自治区重大项目: those projects)
    if counted is not None and core != column and len(core) <= 3:
        # 本批数量（家） under 第十批制造业单项冠军企业主要省份分布: the batch's count of those firms
        # (项目数（个） under …“两重”项目分市州情况: those projects, named once)
        things = counted.group("things")
        return things if things.endswith(core) else core + things
    if counted is not None and _ASPECT_COLUMN.fullmatch(column):
        # 本批认定, 累计 under 2025年度江西省专精特新中小企业分设区市统计表: of those firms
        return _LEADING_PERIOD_AND_PLACE.sub("", counted.group("things")) + column
    if (
        not of_industry
        and industry is not None
        and not column.startswith(industry.group("industry"))
        and not (industry.group("industry").endswith("工业") and _NAMES_AN_INDUSTRY.search(column))
    ):
        # 营业收入（亿元） under 2024年陕西省部分市装备制造业主要指标: that industry's, in each city
        # (增加值增速（%） under …各县市区规模以上工业主要指标; but 工业投资 under it is no 工业工业投资)
        return industry.group("industry") + column
    return of_industry + column


#: what a caption says before the industry it names (表 2023年我国…)
_YEAR_AND_COUNTRY = re.compile(rf"^(?:{_TABLE_NUMBER})?" + r"(?:\d{4}\s*年度?)?(?:我国|全国|全省|全市)?")


#: the kind of index a caption's table gives (…工业生产指数及年增率: production indices)
_KIND_OF_INDEX_IN_CAPTION = re.compile(r"(生产|价格|景气|发展)指数")


def _part_of(label: str, indicator: str, caption: str) -> str:
    """第一产业 under 全社会用电量: the part's own (第一产业用电量), not the whole society's; a row
    that names the whole itself (全社会用电量) is the whole's; 制造业 under 指数 in a caption of
    production indices (…工业生产指数及年增率) is the row's index of that kind (制造业生产指数)."""
    said = _KIND_OF_INDEX_IN_CAPTION.search(caption) if indicator == "指数" else None
    indicator = said.group() if said is not None else indicator
    if indicator in _VALUE_OF_THE_ROW:
        return label  # (绝对额: the row's own value)
    if indicator.startswith(label):
        return indicator
    if label.endswith("总指数") and indicator.endswith("指数"):
        return label.removesuffix("总指数") + indicator  # 工业总指数 under 生产指数: 工业生产指数
    if label.endswith(indicator):
        return label  # (工业总指数 under 指数)
    return label + indicator.removeprefix("全社会")


def _goal_subject(caption: str) -> str:
    """2025年1—5月各镇（街道）规上工业总产值完成情况: what the places' goals and outcomes count
    (规上工业总产值), or "" where the caption names nothing else."""
    said = _GOAL_CAPTION_TAIL.sub("", _ASIDE_IN_CAPTION.sub("", _caption_subject(caption)))
    said = _GOAL_CAPTION_SCOPE.sub("", said).strip('“”"')  # (…各乡镇（街道）“小升规”任务完成情况)
    return said if len(said) >= 2 and _NAME_ONLY.fullmatch(said) else ""


#: a goals caption's ending (…目标任务完成情况表) and the places it spans (各镇, 全县各乡镇)
_GOAL_CAPTION_TAIL = re.compile(
    r"(?:年度)?(?:目标任务|目标|任务|计划|工作)?(?:完成|进展)(?:情况)?(?:统计|通报)?表?$"
)
_GOAL_CAPTION_SCOPE = re.compile(r"^.{0,6}?(?:各|部分)(?:乡镇|镇|乡|街道|县市区|县区|县|区|市|园区|开发区)")


def _caption_subject(caption: str) -> str:
    """The whole a table's caption names (规模以上工业企业), without its number, period and
    what it lists of it (主要财务指标)."""
    return _CAPTION_FRAME.sub("", caption).strip()


#: a caption's periods before what its table measures, one or a span (2025年10月—2026年3月, 2021—2025年)
_CAPTION_PERIODS = re.compile(
    # (近6个月外销订单金额及年增率: the last months, counted back)
    r"(?:(?:19|20)\d{2}\s*年?(?:\d{1,2}\s*月份?)?\s*[—–\-－~至到]?\s*)+|近\s*(?:\d{1,2}|[一二三四五六七八九十两]{1,2})\s*个月"
)


#: a goal said right after a period in a caption (…及2026年目标, 2026年计划)
_GOAL_AFTER_PERIOD = re.compile(r"\s*的?(?:目标|计划|预期)")


def _thing_measured_in_caption(caption: str, indicator: str) -> str:
    """表1 2025年10月—2026年3月挖掘机销量 over a column 销量合计(台), a row a month: 挖掘机销量, the bare
    attribute the column names, of the thing the caption names; "" where the caption names no
    other thing (or a place's: 全市, 湖南省)."""
    bare = indicator.removesuffix("合计").removesuffix("总计")
    if bare not in lexicon().attributes:
        return ""
    tail = _CAPTION_PERIODS.sub("", _TABLE_LABEL.sub("", caption.strip()), count=1)
    # (…外销订单金额及年增率: the growth column beside it named too)
    said = re.fullmatch(
        rf"([\u4e00-\u9fff]{{2,10}}?){bare}(?:[及和与][\u4e00-\u9fff]{{2,6}}?)?(?:情况|统计|走势)?",
        tail.strip(),
    )
    if said is None or said.group(1).startswith(("全", "各", "分")) or region_of_item(said.group(1)):
        return ""
    return said.group(1) + bare


#: the one industrial chain a caption names (锯床及机床装备产业链主要指标), not the chains in general
#: (重点产业链, 各产业链, 十大产业链)
_CHAIN_OF_CAPTION = re.compile(
    r"^(?![重各主全十九八七六五四三两二分])([\u4e00-\u9fff]{2,12}产业链)(?:主要指标|主要数据|发展情况|运行情况)?$"
)


#: the mark of a revised figure after a row's period (114年9月r, Taiwan's: 註：r为修正数)
_REVISED_ROW_MARK = re.compile(r"(?<=[年月季])[rR]$")


def _month_of_row(label: str) -> Period | None:
    """The month a row's label names with its year (2025年10月, 2025.10), or None."""
    said = month_of_row_label(label)
    if said is None:
        return None
    year, month = said
    return Period.month(year, month)


#: a column of a year's budget (预算数, 年初预算数, 预算安排)
_BUDGET_COLUMN = re.compile(r"(?:年初|年度)?预算(?:数|安排|金额)?")


def _is_planned(column: str) -> bool:
    """2026年计划投资（亿元）: a column of a plan, a goal (but 完成年度计划 says how much was done)."""
    return bool(_PLANNED_COLUMN.search(column)) and not _DONE_COLUMN.search(column)


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


#: a table's note that a year's numbers are estimates (注：1.2025年数据为预计数；2.〔〕内为…; 2024年数据为
#: 初步统计数: preliminary, as 初步 says)
_YEAR_NOTED_AS_ESTIMATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*年(?:数据|数值|指标值?|数)?均?为(?:预计|初步统计|初步核算)(?:数|值|完成数)?"
)
#: a year column's note of the month's end its counts stand at (2026年1-9月（9月末）)
_MONTH_END_NOTED = re.compile(r"[（(]\d{1,2}\s*月[末底][)）]$")


#: a table's note that its starred cells are estimates (注：1.带*的为2025年预计数)
_STARRED_AS_ESTIMATES = re.compile(
    r"[*＊※]\s*号?的?(?:数据|数值|数字|指标值?)?均?为(?:(?:19|20)\d{2}\s*年)?预计(?:数|值|完成数)?"
)


#: a note under a table that its numbers are preliminary (注：数据为各市经信部门初步统计; not 初步核算数, a
#: statistics release's usual word for its outcomes)
_NOTED_PRELIMINARY = re.compile(r"^\s*注[：:].{0,30}?(?:初步统计|估算|预计数)")
#: the lines a note under a table may stand after: the table's own rows (宜宾  1086  15.2%)
_TABLE_ROW_LINE = re.compile(r"\S+(?:\s{2,}|\t)\S")
#: how many lines under a row the note may stand, past the table's other rows
_NOTE_LOOKAHEAD_LINES = 40


@lru_cache(maxsize=256)
def _noted_as_preliminary(text: str, row_end: int) -> bool:
    """Whether the first line under the table whose row ends at ``row_end`` that is no row of it is
    a note saying its numbers are preliminary (asked once a row, not once a cell; read line by line,
    not by copying the rest of the text)."""
    at = row_end
    for _ in range(_NOTE_LOOKAHEAD_LINES):
        line = line_at(text, at)
        if line.strip() and not _TABLE_ROW_LINE.match(line.strip()):
            return _NOTED_PRELIMINARY.match(line) is not None
        at += len(line) + 1
        if at > len(text):
            break
    return False


@lru_cache(maxsize=8)
def _years_noted_as_estimates(text: str) -> frozenset[int]:
    """The years whose column a note of the text says holds estimates (a plan's base year, not over
    when the plan came out)."""
    return frozenset(int(m.group(1)) for m in _YEAR_NOTED_AS_ESTIMATE.finditer(text))


def _table_measure(indicator: str, unit_class: str, base_unit: str) -> str:
    """What a table row's numbers say: a rate in % is growth where the name says so."""
    if base_unit == "百分点":
        return "pp_change"
    if base_unit == "位":
        return "rank"  # 规模以上工业增加值增速全省位次  位  1  1  2: the place's rank each year
    if unit_class != "percent":
        return "amount"
    if indicator.endswith("完成率"):
        return "share_pct"  # (…能耗累计降低目标完成率: the share of the goal done, though a fall's)
    if "年均" in indicator:
        return "avg_growth_pct"
    if _GROWTH_NAME.search(indicator) or _names_a_flow(indicator):
        return "yoy_growth_pct"  # (规模以上工业增加值  %  7.1: a flow's row in % holds its growths)
    if indicator.endswith("价格"):
        return "yoy_growth_pct"  # (工业生产者出厂价格（%）  -3.4: a price in % is its change, no share)
    return "share_pct"


@lru_cache(maxsize=1)
def _flow_at_the_end() -> re.Pattern[str]:
    return re.compile(f"(?:{lexicon().flow_nouns.pattern})$")


#: the mark of a row that is a part of the one above it (其中：制造业投资)
_PART_MARK = re.compile(r"^其中[：:]\s*")


def _names_its_flow(label: str) -> bool:
    """Whether a table row's label is a flow the catalogue knows (工业投资, 其中：制造业投资): its
    row's numbers are that flow's, not a place's."""
    named = _PART_MARK.sub("", strip_chars(label))
    return _names_a_flow(named) and named in lexicon().catalogue_names


def _names_a_flow(indicator: str) -> bool:
    """Whether ``indicator`` ends on a flow (…增加值, 工业投资, 进出口总额), not a ratio of one."""
    return _flow_at_the_end().search(indicator) is not None


class LayoutFigureRules(StatusPeriodRules, IndicatorText):
    """Figures of tables, infographics and sector ratios (mixed into the extractor)."""

    meta: DocumentMeta
    #: the text with names that hold numbers blanked (see the extractor's ``_mask``)
    masked: str
    #: the year an evaluation is named for, its figures the year before's (see the extractor)
    evaluation_year: int | None

    def _label_below_figures(self) -> tuple[list[Draft], dict[int, Draft]]:
        """An infographic's big number on a line of its own, its label on the line below
        (7.1% / 全年全省规上工业增加值增速; 1.32万亿元 / 规上工业企业营业收入), and where each
        line under the label starts that says more of that number (▲同比增长6.9%): those lines
        are read as prose, of the label's figure. Growths with their arrows (▲8.0%　制造业增加值)
        are read here too."""
        out: list[Draft] = []
        details: dict[int, Draft] = {}
        if "\n" not in self.masked:
            return out, details
        out.extend(self._arrow_rows())
        below = list(_LABEL_BELOW.finditer(self.masked))
        if 2 * sum(1 for m in below if self._label_above(m.start())) > len(below):
            # 新增规上工业企业 ↵ 37家 ↵ 全社会用电量 ↵ 38.62亿千瓦时: the labels stand above their numbers
            # (read as prose), so the label under a number is the next one's
            below = []
        for m in [*below, *_LABEL_BESIDE.finditer(self.masked)]:
            label = self.text[m.start("label") : m.end("label")]  # as written: 5G基站, not its mask
            said = "unit" if m.group("unit") is not None else "unit2"  # (beside a label: either)
            split = split_unit(m.group(said))
            if split is None:
                continue
            multiplier, unit = split
            percent = unit.unit_class == "percent"
            if percent and _GROWTH_LABEL.search(label):
                measure = "yoy_growth_pct"
            elif percent and _SHARE_LABEL.search(label):
                measure = "share_pct"
            elif not percent:
                measure = "amount"
            else:
                continue  # a percentage that says neither growth nor share
            indicator = self._clean(label, share=measure == "share_pct", growth=measure == "yoy_growth_pct")
            if not indicator:
                continue
            mentions = self.periods.find(label, False)
            period = mentions[-1].period if mentions else self._infographic_period()
            if measure == "amount" and label.startswith(_SO_FAR) and period.end is not None:
                period = Period.as_of(period.end)  # 12.1万个 / 累计建成5G基站: a stock at the year's end
            value = float(m.group("value").replace(",", ""))
            draft = self._figure_read_whole(
                (m.start("value"), m.end(said)),
                value,
                m.group(said),
                multiplier * unit.multiplier,
                unit,
                "exact",
                indicator,
                measure,
                "actual",
                self.region,
                period,
                m.span(),
                ["label_below"],
                0.7,
            )
            out.append(draft)
            line = m.end() + 1
            if self.text.startswith("\n", line) and _DETAIL_OPENING.match(self.text, line + 1):
                # (18.6% ↵ 高技术制造业增加值增速 ↵↵ 占规上工业的比重达8.4%: a blank line between, and a
                # line that goes on about the number, not one that names a thing of its own)
                line += 1
            while line < len(self.text) and self.text[line] != "\n":
                end = self.text.find("\n", line)
                end = len(self.text) if end < 0 else end
                if (
                    end - line > _DETAIL_LINE
                    or _LABEL_BELOW.match(self.masked, line)
                    or _LABEL_BESIDE.match(self.masked, line)
                ):
                    break
                details[line] = draft
                line = end + 1
        return out, details

    def _label_above(self, start: int) -> bool:
        """Whether the line right above ``start`` is a label (no digit, no sentence's marks)."""
        if start < 1 or self.masked[start - 1] != "\n":
            return False
        above = self.masked.rfind("\n", 0, start - 1) + 1
        return _LABEL_LINE.fullmatch(self.masked, above, start - 1) is not None

    def _note_on(self, column: str, row_end: int, caption: str = "") -> str:
        """What the note under the table (注：…), or in brackets under its caption (（单位：家；累计有效
        数截至…）), says, where it speaks of ``column``; else ""."""
        note = _TABLE_NOTE.search(self.text, row_end, row_end + _NOTE_REACH)
        at = self.text.rfind(caption, max(0, row_end - _NOTE_REACH), row_end) if caption else -1
        above = _NOTE_UNDER_CAPTION.match(self.text, at + len(caption)) if at >= 0 else None
        if not column or (note is None and above is None):
            return ""
        says = " ".join(found.group("says") for found in (note, above) if found is not None)
        # (注：“小巨人”企业数为截至2025年底累计数, under 国家级专精特新“小巨人”企业（家）: by its name's end)
        named = any(column[k:] in says for k in range(max(1, len(column) - _NOTE_NAME_MIN + 1)))
        return says if named else ""

    def _year_in_note(self, column: str, row_end: int) -> int | None:
        """The year a note under the table gives a column's figures (注：市场占有率为企业主导产品2024年
        国内市场占有率), else None."""
        year = _WHOLE_YEAR.search(self._note_on(column, row_end))
        return int(year.group(1)) if year else None

    def _day_in_note(self, column: str, row_end: int, caption: str = "") -> date | None:
        """The day a note under the table counts a column's stock to (注：累计有效数量统计截至2026年
        9月15日), else None (or where the numbers name no day)."""
        day = _NOTED_DAY.search(self._note_on(column, row_end, caption))
        if day is None:
            return None
        year = int(day.group(1))
        if day.group(2):
            return safe_date(year, int(day.group(2)), int(day.group(3)))
        return month_end(year, int(day.group(4)) if day.group(4) else 12)  # (截至2025年底, 10月末)

    def _says_the_whole(self, label: str) -> bool:
        """全市 in a city's table, 全省 in a province's (or its total row, 全市合计): the document's
        own region as a whole."""
        return label.removesuffix("合计").removesuffix("总计") == "全" + self.meta.region[-1:]

    def _infographic_period(self) -> Period:
        """The period an infographic's numbers are of, where their labels name none: the months
        its title names (1—10月全市工业经济运行“成绩单”), else the year reported on."""
        if self.title_period is not None:
            return self.title_period
        year = self._year_reviewed() or self.periods.summary_year()
        return Period.year(year) if year else UNKNOWN_PERIOD

    def _arrow_rows(self) -> list[Draft]:
        """▲8.0%　制造业增加值, ▼3.4%　纺织业: each a growth, its sign the arrow's."""
        out: list[Draft] = []
        percent = split_unit("%")
        assert percent is not None
        for m in _ARROW_ROW.finditer(self.masked):
            label = self.text[m.start("label") : m.end("label")]
            indicator = self._clean(label, growth=True)
            if not indicator:
                continue
            sign = -1 if m.group("arrow") in "▼↓" else 1
            value = sign * float(m.group("value"))
            multiplier, unit = percent
            out.append(
                self._figure_read_whole(
                    (m.start("value"), m.end("value") + 1),
                    value,
                    "%",
                    multiplier * unit.multiplier,
                    unit,
                    "exact",
                    indicator,
                    "yoy_growth_pct",
                    "actual",
                    self.region,
                    self._infographic_period(),
                    m.span(),
                    ["arrow_row"],
                    0.7,
                )
            )
        return out

    def _industry_structure_figures(self) -> list[Draft]:
        """三次产业结构由上年的9.6∶46.5∶43.9调整为9.4∶46.9∶43.7: the shares of the three sectors
        in GDP, last year's and this year's, which a ratio gives without a unit."""
        out: list[Draft] = []
        year = self.periods.summary_year()
        percent = split_unit("%")
        assert percent is not None
        # (read on the text as written: the mask blanks 6.8:36.5 as a time of day)
        for m in _INDUSTRY_STRUCTURE.finditer(self.text):
            ratios = list(_RATIO.finditer(self.text, m.start(), m.end()))
            # (2024年，全国三次产业结构为…: the country's, the benchmark)
            region = "全国" if self.text.endswith("全国", 0, m.start()) else self.region
            # 2020年（三次产业结构为…）: the year said before it, else the months the title reports
            # on (2025年前三季度…统计速览), else the year reported on
            lead_start = max(self.text.rfind("\n", 0, m.start()), self.text.rfind("。", 0, m.start()), 0)
            lead = self.text[max(lead_start, m.start() - _YEAR_BEFORE_RATIO) : m.start()]
            named = self._full_year_named(lead)
            base = named or year
            reported = self.title_period if named is None else None
            for k, ratio in enumerate(ratios):
                # 由2023年的7.9:37.8:54.3调整为2024年的…: the year said with each
                own = self._full_year_named(
                    self.text[ratios[k - 1].end() if k else m.start() : ratio.start()]
                )
                if k == 0 and len(ratios) == 2 and "上年" in m.group():
                    own = base - 1 if base is not None else None  # 由上年的…调整为…: last year's, then this
                period = (
                    Period.year(own)
                    if own is not None
                    else reported or (Period.year(base) if base is not None else UNKNOWN_PERIOD)
                )
                for index, sector in enumerate(_SECTORS, start=1):
                    draft = self._figure_read_whole(
                        ratio.span(index),
                        float(ratio.group(index)),
                        "%",
                        *percent,
                        "exact",
                        f"{sector}增加值占地区生产总值比重",
                        "share_pct",
                        "actual",
                        region,
                        period,
                        m.span(),
                        ["industry_structure"],
                        0.8,
                    )
                    out.append(draft)
        return out

    @staticmethod
    def _full_year_named(text: str) -> int | None:
        """The last whole year ``text`` names (与2020年（…）相比: 2020), not a span's."""
        years = _WHOLE_YEAR.findall(text)
        return int(years[-1]) if years else None

    def _bracketed_figures(self) -> list[Draft]:
        """（括号内为规上工业增加值同比增速，单位：%）…其中肥乡区（8.6）、鸡泽县（7.2）: each place's
        value of what the legend names, for the period its paragraph names (else the one
        reported); only growths and shares, which the legend tells without a unit of their own."""
        out: list[Draft] = []
        percent = split_unit("%")
        assert percent is not None
        for legend in _BRACKET_LEGEND.finditer(self.masked):
            what = legend.group("what")
            growth = GROWTH_NAME_END.search(what)
            share = _STATED_SHARE.search(what)
            if growth is None and share is None:
                continue
            measure = "yoy_growth_pct" if growth is not None else "share_pct"
            subject = what[: growth.start()] if growth is not None else what
            indicator = self._clean(subject, share=share is not None, growth=growth is not None)
            if not indicator:
                continue
            line_end = self.text.find("\n", legend.end())
            line_end = len(self.text) if line_end < 0 else line_end
            for item in _BRACKETED_ITEM.finditer(self.masked, legend.end(), line_end):
                place = _LIST_OPENER.sub("", item.group("place"))
                region = region_of_item(place) or (place if _PLACE_IN_FULL.fullmatch(place) else None)
                if region is None:
                    continue
                said = self.text[self.text.rfind("\n", 0, legend.start()) + 1 : item.start()]
                value = float(item.group("value").replace("－", "-").replace("−", "-"))
                out.append(
                    self._figure_read_whole(
                        item.span("value"),
                        value,
                        "%",
                        *percent,
                        "exact",
                        indicator,
                        measure,
                        "actual",
                        region,
                        self._named_or_reported(said),
                        (item.end("place") - len(place), item.end()),
                        ["bracketed_by_legend"],
                        0.7,
                    )
                )
        return out

    def _figure_read_whole(
        self,
        span: tuple[int, int],
        value: float,
        unit_text: str,
        multiplier: float,
        unit: Unit,
        qualifier: str,
        indicator: str,
        measure: str,
        status: str,
        region: str,
        period: Period,
        quote: tuple[int, int],
        rules: list[str],
        confidence: float,
        benchmark: str | None = None,
    ) -> Draft:
        """A figure whose every field a pass over the text has already told (a table's cell, a
        ratio, a number above its label), without the clause walk: its token and its draft."""
        token = Token(
            "quantity", span[0], span[0], span[1], [abs(value)], None, unit_text, multiplier,
            unit.base_unit, unit.unit_class, qualifier, rules=rules[:1],
        )  # fmt: skip
        sign = -1 if value < 0 else 1
        return Draft(
            indicator, measure, [abs(value)], None, token, sign, status, region, benchmark, period,
            quote[0], quote[1], rules, confidence=confidence,
        )  # fmt: skip

    def _gap_to(self, cell: TableValue) -> str | None:
        """与全省差距（百分点）: the whole a place's points are the gap to, the country (全国) or the
        text's own region, whose parts the rows are."""
        if not cell.gap:
            return None
        return "全国" if cell.gap == "全国" else self.meta.region

    def _ranked_among(self, cell: TableValue, region: str | None = None) -> str | None:
        """A table's rank (位次, 排名) is among the places of the text's own region, or among
        the provinces where the row is a province's (a national table in a province's paper)."""
        if not cell.rank:
            return None
        if region is not None and province_of(region) == region:
            return "全国"
        if region == self.meta.region:
            # 地区生产总值 … 3 under 增速在全市开发区位次: the text's own place ranks among its
            # peers, in the province its city lies in, else in a whole the table does not name
            province = province_of(region)
            return province if province is not None and province != region else None
        return self.meta.region

    def _named_or_reported(self, *texts: str, of: str = "") -> Period:
        """The last period the first of ``texts`` to name one names (a row's label, its column,
        the table's caption), else the year the text reports on; where that text names several,
        the one said before what the column counts (``of``: 1—9月…产销率及9月末产成品存货)."""
        text, mentions = next(
            ((text, found) for text in texts if (found := self.periods.find(text, False))), ("", [])
        )
        if mentions:
            ends = [m.pos for m in mentions[1:]] + [len(text)]
            said = [m for m, end in zip(mentions, ends, strict=True) if of and of in text[m.end : end]]
            outcomes = [m for m in mentions if not _GOAL_AFTER_PERIOD.match(text, m.end)]
            if not said and outcomes and len(outcomes) < len(mentions) and not _is_planned(of):
                # 2025年1—11月…运行情况及2026年目标 over 产值（亿元）: the months the outcomes are of, not
                # the goals' year
                mentions = outcomes
            named = (said or mentions)[-1].period
            if self.evaluation_year is not None and named == Period.year(self.evaluation_year):
                return Period.year(self.evaluation_year - 1)  # 表1 2025年度…前十位企业: 2024's figures
            return named
        if self.title_period is not None:
            return self.title_period  # (…统计快报 2025年1—10月: the months the title reports on)
        weekly = self._of_the_week(texts, of)
        if weekly is not None:
            return weekly
        year = self.periods.summary_year()
        return Period.year(year) if year is not None else UNKNOWN_PERIOD

    def _of_the_week(self, texts: tuple[str, ...], of: str = "") -> Period | None:
        """The week a weekly brief reports on, where ``texts`` or ``of`` say 本周 (行业  本周用电量
        （万千瓦时）); the year up to its end, where one of ``texts`` is a column of the year so far
        (本周 | 同比 | 年累计); None where the brief says no week, or the texts neither."""
        if self.week is None:
            return None
        if any(THIS_WEEK.search(text) for text in (*texts, of)):
            return self.week
        if self.week.end is not None and any(text in _YEAR_TO_DATE_COLUMNS for text in texts):
            return Period.up_to(self.week.end)
        return None

    def _starred_row_period(self, cell: TableValue) -> Period | None:
        """规模以上工业企业营业收入* under a note below the table (注：带*号的指标中，规模以上工业企业
        营业收入、利润总额为1—10月数据；…): the period the note gives the starred row; None where the
        note names no period for it."""
        note = _STARRED_ROWS_NOTE.search(self.text, cell.row_end)
        if note is None:
            return None
        label = cell.row_label.rstrip("".join(STAR_MARKS))
        for clause in _CLAUSE_SEPARATOR.split(note.group("said")):
            said = _NOTED_PERIOD.fullmatch(clause.split("，")[-1].strip())
            if said is not None and any(name in label for name in _LIST_SEPARATOR.split(said.group("names"))):
                return self._named_or_reported(said.group("period"), cell.caption)
        return None

    def _named_figure(self, cell: TableValue) -> Draft | None:
        """A value in a list of named things (沈阳市机器人及智能制造集群  沈阳市  612.4  14): the
        thing's indicator (机器人及智能制造集群产值), of the place the row names, for the column's
        year (else the caption's, else the year reported on); a count stands at the year's end."""
        split = split_unit(cell.unit)
        name = strip_chars(cell.row_label)
        place = strip_chars(cell.place)
        # (嘉兴经济技术开发区  市本级  92.6: a zone the text's own place runs, not a county's)
        own_level = place == self.meta.region[-1:] + "本级"
        # a listed zone is a region of its own (河北宁晋经济开发区  邢台市), unless a column says the
        # county it lies in (平湖经济技术开发区  平湖市  90.3: the county's, whose platform it is); a
        # cluster is its place's
        itself = region_of_item(name) if not cell.across else None
        zone_of_place = (
            itself is not None
            and itself.endswith(ZONE_KIND_ENDS)
            and (
                own_level
                or (bool(place) and region_by_short(place) is None and region_of_item(place) is not None)
            )
        )
        itself = None if zone_of_place else itself
        # (全市 in a table with places across: the city the others are parts of)
        whole = place == "全" + self.meta.region[-1:] or own_level
        region = itself or (self.meta.region if whole else region_of_item(place) if place else self.region)
        bracketed = _BRACKETED_PLACE.search(place) if region is None else None
        if bracketed is not None:
            region = region_of_item(bracketed.group(1))  # 医药高新区（高港区）: a zone, then its district
        in_city = _COUNTY_OF_CITY.fullmatch(place) if region is None else None
        if in_city is not None:
            region = region_of_item(in_city.group("county"))  # 南昌市南昌县: the county
        if region is None and place and not itself and _FIRM_ROW.search(name):
            # 安徽宁锐汽车密封系统股份有限公司  经开区  526225: a firm in a part of the text's place
            # that no list names (经开区, 港口园区, 河沥溪街道), the text's place's firm
            region = self.region
        # (排名 | 城市 | 产量（万辆） under …主要城市新能源汽车产量: the places' 新能源汽车产量, the
        # caption's words before the column's)
        said = _named_in_caption(cell.indicator, cell.caption) if itself else ""
        fuller = len(said) > len(cell.indicator) and said.endswith(cell.indicator)
        indicator = (
            (self._clean(said) if fuller else cell.indicator)
            if itself
            # (平湖经济技术开发区综合得分 of 平湖市: the zone's, which a place's name would be cut from)
            else name + cell.indicator
            if zone_of_place
            else self._clean(name + cell.indicator)
        )
        if split is None or region is None or not indicator:
            return None  # a number without a unit cannot be typed, nor a place that is not told
        multiplier, unit = split
        year = cell.year or self._year_in_note(cell.indicator, cell.row_end)
        period = Period.year(year) if year else self._named_or_reported(cell.caption)
        if THIS_WEEK.fullmatch(cell.column_period) or cell.column_period in _YEAR_TO_DATE_COLUMNS:
            # 本周产值, 本年累计产值 in a weekly dispatch: its week, and the year up to it (where the
            # brief says its week; else the caption's period stands)
            period = self._of_the_week((cell.column_period,)) or period
        elif cell.column_period:
            # 1—9月完成投资（亿元）: the months of the table's year (2025—2027年累计…: those years)
            dated = year and "年" not in cell.column_period
            period = self._named_or_reported(f"{year}年{cell.column_period}" if dated else cell.column_period)
        elif _PROJECTS_WHOLE.fullmatch(cell.indicator):
            period = UNKNOWN_PERIOD  # 总投资: a project's whole cost, of no one year
        elif (
            not year
            and self.reference is not None
            and tells_of_this_event(cell.caption)
            and self._event_day_said(cell.row_start) is not None
        ):
            # 本次签约的部分重点项目如下 after 3月17日上午，…签约仪式…举行: what each project signed for
            # that day
            period = Period.as_of(self._event_day(cell.row_start))
        # (预计达产年产值（亿元）: what a project is to make once at full capacity, in no year said,
        # whatever day it was signed on)
        expected = cell.indicator.startswith("预计")
        if expected and not year:
            period = UNKNOWN_PERIOD
        # (2025年计划投资（亿元）: the year's plan, a goal; 完成年度计划（%）: how much of it was done)
        planned = _is_planned(cell.indicator)
        done = period.kind == YTD and _DONE_IN_THE_MONTHS.search(indicator) is not None
        # (奇瑞汽车  131.2 under 产量（万辆）: a firm's output over the months, counted in vehicles)
        made = lexicon().flow_nouns.search(indicator) is not None
        # (惠及企业（家） under 政策类别: the firms the year's payments reached, no stock)
        made = made or _REACHED_OVER_THE_PERIOD.search(indicator) is not None
        if unit.unit_class == "count" and not cell.rank and period.end is not None and not (done or made):
            period = Period.as_of(period.end)  # 龙头企业数（家）: the firms at the year's end
        elif period.end is not None and period.kind != AS_OF and _STANDS_AT_THE_END.search(cell.indicator):
            period = Period.as_of(period.end)  # 年末资产总额, 资产负债率: where they stood at the year's end
        ranked = _RANKED_IN_CAPTION.search(_CAPTION_FRAME.sub("", cell.caption)) if cell.rank else None
        if ranked is not None:
            indicator = ranked.group("what") + "排名"  # …招商引资工作排名表: what the caption ranks
        measure = "rank" if cell.rank else _table_measure(indicator, unit.unit_class, unit.base_unit)
        # (工业技改投资增速: what grew; 碳排放总量较上年下降（%）  42.7: a fall of 42.7%)
        indicator, value = _what_grew(indicator, cell.value, measure)
        if planned:
            indicator = indicator.removesuffix("目标") or indicator  # 覆盖率目标: the rate aimed at
        draft = self._figure_read_whole(
            (cell.start, cell.end), value, cell.unit, multiplier * unit.multiplier, unit,
            cell.qualifier, indicator, measure, "target" if planned else "estimate" if expected else "actual",
            region, period, (cell.row_start, cell.row_end), ["table", "table_named"], 0.8,
            self._ranked_among(cell),
        )  # fmt: skip
        return draft

    def _month_figure(self, cell: TableValue) -> Draft | None:
        """附表1 2026年规模以上工业增加值分月增长速度 ↵ 3月  6.8  6.5: the indicator's growth in the
        month (当月) or in the year up to it (累计), of the year the caption names."""
        year = TITLE_YEAR.search(cell.caption)
        months = _MONTH_SPAN.fullmatch(cell.row_label)
        split = split_unit(cell.unit)
        # (月份  工业用电量  同比增长: the column names what it measures; else the caption does)
        named = cell.indicator or _MONTHLY_FRAME.sub("", _caption_subject(cell.caption))
        bare = named.removesuffix("合计")
        if bare in lexicon().attributes:
            # 月份  销量合计  其中：出口 under 表1  2025年挖掘机分月销售情况: the sales of what the
            # caption names, before how it is parted by month
            of = _LEADING_PERIOD_AND_PLACE.sub("", _BY_MONTH.split(_caption_subject(cell.caption))[0])
            named = of + bare if of and not _PLACE_OR_TIME.search(of) else named
        indicator = self._clean(named)
        if year is None or months is None or split is None or not indicator:
            return None
        if not 1 <= int(months.group(2)) <= _MONTHS_IN_A_YEAR:
            return None
        y, last = int(year.group(1)), int(months.group(2))
        end = month_end(y, last)
        if cell.tag == "当月" and not months.group(1):
            period = Period.month(y, last)  # 3月 当月: March alone
        else:
            period = Period(date(y, 1, 1), end, YTD)  # 累计, or 1—2月 reported together
        measure = "yoy_growth_pct" if cell.growth else "amount"
        return self._figure_read_whole(
            (cell.start, cell.end), cell.value, cell.unit, *split, cell.qualifier, indicator, measure,
            "actual", self.region, period, (cell.row_start, cell.row_end), ["table", "table_months"], 0.8,
        )  # fmt: skip

    def _counted_in_caption(self, caption: str) -> str:
        """What a table of places' counts counts, by its caption (2025年度江西省先进级智能工厂分设区市
        数量统计表 → 先进级智能工厂), where the column says only 数量; else ""."""
        subject = _ASIDE_IN_CAPTION.sub("", _caption_subject(caption))
        parted = _BY_PLACE_IN_CAPTION.search(subject)
        # (2025年度江西省专精特新中小企业认定及复核情况汇总表: a table's things, the places left to its
        # header's first column)
        if parted is None:
            tail = _COUNTED_TABLE_TAIL.search(subject)
            if tail is None:
                return ""
            before = subject[: tail.start()]
        else:
            before = subject[: parted.start()]
            if not before:
                # 各设区市2024年江苏省制造业单项冠军企业（产品）认定情况表: the places first, then the things
                before = _COUNTED_HOW_IN_CAPTION.sub("", subject[parted.end() :])
        said = self._clean(_LEADING_PERIOD_AND_PLACE.sub("", before).removeprefix("度"))
        # (省级工业设计中心: a level's word, no place)
        return said if len(said) >= 2 and not _PLACE_OR_TIME.search(_LEVEL_OF_THINGS.sub("", said)) else ""

    def _kinds_in_caption(self, caption: str) -> str:
        """The kinds a caption names as a whole, up to its last word of kinds (…全市重点产业链主要指标
        → 重点产业链, …主要海洋产业增加值 → 主要海洋产业), where that is a name (no place nor
        period left in it); else ""."""
        subject = _ASIDE_IN_CAPTION.sub("", _caption_subject(caption))
        kinds_named = [*_KINDS_IN_CAPTION.finditer(subject)]
        if not kinds_named:
            return ""
        said = _CAPTION_SCOPE.split(subject[: kinds_named[-1].end()])[-1]
        said = self._clean(_LEADING_PERIOD_AND_PLACE.sub("", said))  # (1-9月沭阳县重点产业)
        return said if len(said) <= _KINDS_NAME_MAX and not _PLACE_OR_TIME.search(said) else ""

    def _place_of_year_row(self, cell: TableValue) -> tuple[str, str] | None:
        """A row of a table of periods across that names a place (全省, 郑州市), and what the caption
        says the values are of, once its periods and places go; None for any other row."""
        label = strip_chars(cell.indicator)
        place = self.meta.region if self._says_the_whole(label) else region_of_item(label)
        if place is None:
            return None
        subject = _PLACES_CAPTION_LEAD.sub("", _TABLE_LABEL.sub("", cell.caption.strip()))
        # (重点城市新能源汽车产量目标（单位：万辆）: the goal's unit aside, and the word goal, go)
        subject = _GOALS_CAPTION_END.sub("", _ASIDE_IN_CAPTION.sub("", subject))
        named = self._clean(subject) if len(subject) >= 2 and _NAME_ONLY.fullmatch(subject) else ""
        return (place, named) if named else None

    def _status_of_table(self, cell: TableValue) -> str:
        """A table of outcomes is reported, unless its caption says it is estimated (…初步核算数据),
        or the note under it does (注：数据为各市经信部门初步统计)."""
        if last_status_cue(cell.caption) == "estimate":
            return "estimate"
        return "estimate" if _noted_as_preliminary(self.text, cell.row_end) else "actual"

    def _goals_of_the_plan_year(self, column: str, caption: str) -> Period | None:
        """The period of the year a work plan's title names that a column of a table of goals
        says (上半年 under …新增规上企业目标); None for a table of any other plan or document, or a
        period already over."""
        if not (self.work_plan and self.title_year and _GOALS_CAPTION_END.search(caption.strip())):
            return None
        said = self.periods.find(f"{self.title_year}年{column}", True)
        period = said[-1].period if said else None
        over = (
            period is None
            or period.end is None
            or (self.reference is not None and period.end < self.reference)
        )
        return None if over else period

    def _report_column_period(self, column: str) -> Period | None:
        """本报告期 (the months the report covers), 上年同期 (the same a year before), 本报告期末 and
        上年度末 (the days its balances stand at)."""
        current = self.title_period or self.reporting_period
        if (
            current is None
            or current.start is None
            or current.end is None
            or current.kind not in (YTD, QUARTER)
        ):
            return None
        if column == "本报告期":
            return current  # (a quarterly report's quarter)
        if column == "年初至报告期末":
            return Period.up_to(current.end)
        if column == "上年同期":
            return years_shifted(current, -1)
        if column == "本报告期末":
            return Period.as_of(current.end)
        return Period.as_of(date(current.end.year - 1, 12, 31))  # 上年度末

    def _table_figures(self) -> list[Draft]:
        """The values of plain-text tables (see ``tables``).

        By year: a column tagged 基数 or 实际, or a year already over, holds outcomes; the
        others hold goals. By region: outcomes of the region each row names, for the
        period the caption states (表1 …（截至2024年10月底）); rows that name no region
        are left out, as no region could be told for them.
        """
        out: list[Draft] = []
        for cell in table_values(self.text):
            if cell.kind == "months":
                by_month = self._month_figure(cell)
                out.extend([by_month] if by_month is not None else [])
                continue
            if cell.kind == "named":
                listed = self._named_figure(cell)
                out.extend([listed] if listed is not None else [])
                continue
            split = split_unit(cell.unit) if cell.unit else None
            row_place: str | None = None
            row_year: re.Match[str] | None = None
            if cell.kind == "product":
                # 集成电路 亿块 32.8 24.6: the product's output, and its growth
                name = strip_chars(ASIDE.sub("", cell.row_label))  # 白酒（折65度，商品量）
                # (二、销量情况 ↵ 单位：辆 ↵ 项目  本月 …: the rows' sales, as the caption says)
                counted = _QUANTITY_IN_CAPTION.search(cell.caption)
                # (机电产品  5318.7  6.8 under 出口主要商品: the goods' exports and their growth, no output)
                traded = _TRADED_GOODS.search(cell.group or cell.caption)
                # (…按主要商品划分的港产品出口货值, its sums in 百万港元: the goods' exports, by value)
                valued = (
                    _TRADED_VALUE.search(cell.caption)
                    if split is not None and split[1].unit_class == "money"
                    else None
                )
                traded = traded or valued
                # (表1 外销订单－按主要货品分: each good's orders, and their growth, no output)
                traded = traded or _SUMS_BY_GOODS.search(cell.caption)
                level = counted.group() if counted is not None else traded.group(1) if traded else "产量"
                indicator = name if name.endswith("量") else name + level  # 发电量 is its own
                indicator += cell.indicator  # (占全国比重: the output's share of the country's)
            elif cell.kind == "grouped":
                # 其中：采矿业  52136.4  -3.2  7326.5  -12.4 under 营业收入 | 利润总额: the part's
                # 营业收入; the total row's is the whole the caption names (规模以上工业企业)
                label = strip_chars(cell.row_label)
                subject = _caption_subject(cell.caption) if label in TOTAL_ROWS else label
                indicator = self._clean(subject + cell.indicator)
                # (宣州区  142.6  8.1  116.2  5.8 under 县（市、区） | 规上工业增加值 | 工业投资: the place's)
                row_place = self.meta.region if self._says_the_whole(label) else region_of_item(label)
                if row_place is not None:
                    indicator = self._clean(cell.indicator)
            elif cell.kind == "indicator":
                # 规模以上工业增加值 亿元 434.68 7.8; 金融机构贷款余额（6月末） 亿元 5347.80 9.2
                indicator = self._clean(_PERIOD_IN_LABEL.sub("", cell.row_label) + cell.indicator)
                chain = _CHAIN_OF_CAPTION.search(_caption_subject(cell.caption))
                if chain is not None and not indicator.startswith(chain.group(1)):
                    # 表1 锯床及机床装备产业链主要指标 ↵ 指标 | 2025年 | 同比: the chain's own figures
                    indicator = chain.group(1) + indicator
                if cell.unit == "点" and "指数" in cell.caption and not indicator.endswith("指数"):
                    indicator += "指数"  # 工业  90.8  90.5 under 表2 分行业指数: the industry's index
                counted = _QUANTITY_IN_CAPTION.search(cell.caption)
                if counted is not None and not indicator.endswith("量") and not cell.indicator:
                    indicator += counted.group()  # 楚风乘用车 under 二、销量情况 ↵ 项目  本月 …: its sales
                if cell.rank and indicator:
                    indicator = _GROWTH_IN_NAME.sub("", indicator) + "增速"  # ranked by its growth
            elif cell.kind == "region" and cell.tag:
                # 望海街道  132.0  55.61  42.1 under 年度目标  1—5月完成  完成率, in …规上工业总产值完成情况:
                # the goal and outcome of what the caption counts
                indicator = self._clean(_goal_subject(cell.caption) + cell.indicator)
            elif cell.kind == "year" and (placed := self._place_of_year_row(cell)) is not None:
                # 郑州市 | 92.1 | 91.6 under 地区 | 2025年三季度 | 2025年二季度, in …全省及部分省辖市中小企业
                # 发展指数: the place's index in each period (it was a thing called 郑州市)
                row_place, indicator = placed
            else:
                indicator = self._clean(_named_in_caption(cell.indicator, cell.caption))
                by_part = _INDEX_BY_PART.search(cell.caption) if cell.kind == "year" else None
                if by_part is not None and not indicator.endswith(by_part.group("index")):
                    # 食品、饮品及烟草制品 | +1.8 | +2.2 under 表1：按行业主类划分的制造业工业生产指数的
                    # 按年变动百分率: the part's own index (the price index's table names its rows alike)
                    indicator += by_part.group("index")
                title = self.meta.title or ""
                evaluated = EVALUATED_IN_TITLE.search(title) or _RESULTS_NOTICED_IN_TITLE.search(title)
                if indicator == cell.indicator in _GENERIC_SCORES and evaluated is not None:
                    # 排名  县（市）  综合得分 under …综合排名前五位如下 in a text titled 2025年度全省县域经济
                    # 高质量发展评价结果出炉: the score (and rank) in that evaluation
                    indicator = self._clean(evaluated.group("what") + cell.indicator)
                if not indicator and cell.kinds and GROWTH_NAME_END.fullmatch(cell.indicator):
                    # 行业 | 1—10月增速 | 比1—9月增减（百分点） under 单位：%: each kind's own growth,
                    # and its change, the row naming what grew
                    indicator = cell.indicator
                elif (
                    not indicator
                    and GROWTH_NAME_END.fullmatch(cell.indicator)
                    and _names_its_flow(cell.row_label)
                ):
                    # 指标 | 增速(%) | 占全部投资比重(%) ↵ 工业投资 | 12.4 | 41.6: the growth of the flow
                    # the row names (see the rows that name their own indicator, below)
                    indicator = cell.indicator
                elif not indicator and _COUNT_BY_HOW_COUNTED.fullmatch(cell.indicator):
                    indicator = cell.indicator  # 累计入选: of what the caption counts, below
            if split is None or not indicator:
                continue  # a number without a unit cannot be typed
            multiplier, unit = split
            measure = (
                "rank"
                if cell.rank
                else "pp_diff"
                if cell.gap
                else "share_pct"
                if cell.growth and _DIFFUSION_INDEX.search(cell.caption + cell.row_label)
                else "yoy_growth_pct"
                if cell.growth
                else _table_measure(indicator, unit.unit_class, unit.base_unit)
            )
            if (
                measure == "share_pct"
                and cell.kind == "year"
                and _GROWTHS_IN_CAPTION.search(cell.caption)
                and not _SHARE_IN_NAME.search(indicator)
            ):
                # 食品、饮品及烟草制品 | +2.1 | +3.2 under 表一：…生产指数按年变动百分率（%）: each
                # year's growth
                measure = "yoy_growth_pct"
            indicator = self._canonical(indicator, measure)  # (GDP（亿元）: 地区生产总值, as prose says it)
            if (
                measure == "share_pct"
                and cell.value == _WHOLE_SHARE
                and strip_chars(cell.row_label) in TOTAL_ROWS
            ):
                continue  # | 合计 | 5.82 | 100.0 |: the whole's share of itself, no figure
            region = self.region
            if cell.kind in ("grouped", "year") and row_place is not None:
                region = row_place
            if cell.kind in ("product", "indicator", "grouped"):
                status = self._status_of_table(cell)
                title = self.meta.title or ""
                column = _of_the_month_said(cell.column_period, cell.caption, title)
                if column == "上月":
                    # 指数名称  本月  上月  增减: the month before the one the caption or title names
                    column = _month_before(_of_the_month_said("本月", cell.caption, title))
                period = self._named_or_reported(cell.row_label, column, cell.caption)
                noted = self._starred_row_period(cell) if cell.row_label.endswith(STAR_MARKS) else None
                period = noted or period
                if cell.year_before:
                    period = years_shifted(period, -1)  # 上年同期: the same months a year before
                if cell.tag == "目标" and period.end is not None:
                    # 本月 | 累计 | 同比±% | 全年目标: the goal of the year those months are of
                    status, period = "target", Period.year(period.end.year)
            elif cell.year is None:
                label = strip_chars(INCLUDING.sub("", cell.row_label))  # 贵阳市（含贵安新区）
                label = _REVISED_ROW_MARK.sub("", label)  # 114年9月r: a revised month's, still the month
                # the total row (合计) is the document's own region, unless the table lists only
                # some places (部分试点城市…: their sum is no region's)
                whole = (
                    label in TOTAL_ROWS and not _SOME_PLACES.search(cell.caption)
                ) or self._says_the_whole(label)
                # (| 长治 | 山西 | 3,126 | -1.8 |: a city a row names without 市, whose short name the
                # prose does not take for one)
                named = (
                    self.meta.region if whole else region_of_item(label) or city_without_its_level_word(label)
                )
                if whole and cell.kinds and label in TOTAL_ROWS:
                    # 合计 under 产业链 … in …全市重点产业链主要指标: the sum over the kinds
                    kinds = self._kinds_in_caption(cell.caption)
                    # (合计 under 货品别 in …主要货品外销订单: the orders of all goods)
                    subject = _caption_subject(cell.caption)
                    measured = _MEASURED_AFTER_KINDS.fullmatch(subject)
                    # (合计 under 专项名称 in …市级工业发展专项资金分项目执行情况表: the fund's, whole)
                    parted = _WHOLE_BEFORE_ITS_ITEMS.match(subject)
                    thing = kinds or next((m.group(1) for m in (measured, parted) if m is not None), "")
                    indicator = self._clean(thing + indicator) if thing else indicator
                # (年份 | 规上工业总产值（亿元） ↵ 2012 | 12463.5: a row a year, of the text's region)
                row_year = YEAR_ROW_LABEL.fullmatch(label) if named is None else None
                # (季度 | 到户电价 ↵ 二季度 | 0.6143 under 表1 2025年分季度…: a row a period of the year)
                row_period = PERIOD_ROW_LABEL.fullmatch(label) if named is None else None
                # (月份 | 销量合计(台) ↵ 2025.10 | 18096: a row a month, each of its own year)
                row_month = _month_of_row(label) if named is None else None
                if row_year is not None or row_period is not None or row_month is not None:
                    # (表4-2 2025—2030年我国新型储能市场规模预测 in a province's paper: the country's rows)
                    named = "全国" if _NATIONAL_CAPTION.match(cell.caption) else self.region
                    indicator = _thing_measured_in_caption(cell.caption, indicator) or indicator
                category = _CATEGORY_ROW.fullmatch(label)
                based = indicator in _BASED_INDICES and "价格" not in label
                priced = _PRICE_INDEX_OF_CAPTION.search(cell.caption) if based else None
                if priced is not None:
                    # 上年同月=100 under …工业生产者出厂价格指数: 出厂价格同比指数 (a row of
                    # 工业生产者出厂价格 names its prices)
                    indicator = priced.group(1) + indicator
                own = indicator in _VALUE_OF_THE_ROW or _names_a_flow(label)
                if named is None and own and _names_its_flow(label):
                    # 地区生产总值  2796.43  5.8 under 绝对额（亿元）: a row that names its own indicator
                    # (其中：制造业投资 | 13.1 | 38.2: a part of the row above, named in full)
                    named, indicator = self.region, self._clean(_PART_MARK.sub("", label))
                elif named is None and label in _HOUSEHOLD_USE and "用电" in indicator:
                    # 城乡居民生活  308.4  7.6 under 用电量（亿千瓦时）: the households' part, beside the
                    # sectors' (城乡居民生活用电量)
                    named, indicator = self.region, self._clean(_part_of(label, indicator, cell.caption))
                elif named is None and names_an_industry(label):
                    # 有色金属冶炼和压延加工业  7856.24  17.1 under 营业收入（亿元） 比重（%）: the
                    # industry's, in the document's own region
                    named, indicator = self.region, self._clean(_part_of(label, indicator, cell.caption))
                elif named is None and cell.kinds and category is None:
                    # 产业  规上企业数（家）  产值（亿元） ↵ 汽车零部件  42  82.4: the kind's
                    named, indicator = self.region, self._clean(_part_of(label, indicator, cell.caption))
                elif named is None and category is not None:
                    # 一、产业项目  298  2716.8 under 项目个数（个） 总投资（亿元）: the kind's, in the
                    # document's own region (其中：战略性新兴产业项目 is a part of the kind above)
                    kind = category.group("kind")
                    said = indicator.removeprefix("项目") if kind.endswith("项目") else indicator
                    named, indicator = self.region, self._clean(kind + said)
                if named is None:
                    continue
                # (南昌市  34 under 入选数量（家）: what …智能工厂分设区市数量统计表 counts)
                thing = self._counted_in_caption(cell.caption) if indicator in _COUNT_ALONE else ""
                if _COUNT_BY_HOW_COUNTED.fullmatch(indicator):
                    # 本批认定数（家） under …专精特新中小企业分州（市）分布情况: of those firms
                    things = self._counted_in_caption(cell.caption)
                    thing = things + indicator if things else ""
                indicator = thing or indicator
                # (2026年计划投资（亿元） in a plan: a goal)
                planned = _is_planned(cell.indicator)
                # (1—3月  1—2月; 本月 under …2025年1—11月分市州…: 11月)
                column = _of_the_month_said(cell.column_period, cell.caption, self.meta.title or "")
                period = self._named_or_reported(column, cell.caption, of=cell.indicator)
                if row_year is not None:
                    period = Period.year(int(row_year.group(1)))
                elif row_month is not None:
                    period = row_month
                elif row_period is not None:
                    # (2025年第3季: a row that names its own year)
                    titled = TITLE_YEAR.search(cell.caption) if not TITLE_YEAR.match(label) else None
                    period = self._named_or_reported(f"{titled.group(1)}年{label}" if titled else label)
                    if "累计" in cell.indicator and period.end is not None:
                        # 3月 | 7.9 | 8.1 under 当月增速 | 累计增速: the months to date's
                        period = Period(date(period.end.year, 1, 1), period.end, YTD)
                    indicator = indicator.removesuffix("累计").removesuffix("当月") or indicator
                elif planned and _WHOLE_YEAR_COLUMN.match(cell.indicator) and period.end is not None:
                    # 年度计划投资（亿元） under 2025年1—9月…完成情况: the year's plan, not the months'
                    period = Period.year(period.end.year)
                elif _THE_YEARS_LIST_COLUMN.fullmatch(cell.indicator) and period.kind == YTD and period.end:
                    # 项目个数（个）  总投资（亿元） under 2026年1—10月市重点项目分类别完成情况: the year's
                    # list of projects, not what the months did
                    period = Period.year(period.end.year)

                # (…2026年重点建设项目分类汇总表 in February 2026: a year mostly ahead holds plans;
                # 2025年度…名单 in December 2025 lists what the year brought)
                ahead = (
                    self.reference is not None
                    and period.start is not None
                    and period.end is not None
                    and period.end > self.reference
                    and (self.reference - period.start).days < _MOSTLY_AHEAD_DAYS
                )
                if cell.year_before:
                    period = years_shifted(period, -1)  # 上年位次: the place's rank a year before
                region, status = named, "target" if planned or ahead else self._status_of_table(cell)
                goals = self._goals_of_the_plan_year(column, cell.caption) if status == "actual" else None
                if goals is not None:
                    # 上半年  全年 under …工业投资和新增规上企业目标 in a notice handing down 2026's
                    # goals: the periods of the year the plan is for
                    status, period = "target", goals
                if row_year is not None and row_year.group("tag"):
                    # 2025E  52  126 under 年份 …: a research note's estimated year (2024A, its actual one)
                    status = _table_status(
                        row_year.group("tag"), period.start.year if period.start else 0, None
                    )
                if cell.tag == "目标" and period.end is not None:
                    status, period = "target", Period.year(period.end.year)  # 年度目标: the year's
                elif planned and period.end is not None and _BUDGET_COLUMN.fullmatch(cell.indicator):
                    # 资金名称  预算数  执行数 under （2026年1—6月）: the year's budget, its months' spending
                    period = Period.year(period.end.year)
            elif cell.column_period in REPORT_COLUMNS:
                # 本报告期  上年同期 in a half-year report: the months it covers, a year before
                reported = self._report_column_period(cell.column_period)
                if reported is None:
                    continue
                status, period = "actual", reported
            else:
                # (a table of the year's goals and outcomes names no year: the one reported on)
                named_year = TITLE_YEAR.search(cell.caption) if not cell.year else None
                year = (
                    cell.year
                    or (int(named_year.group(1)) if named_year else self.periods.summary_year())
                    or 0
                )
                if not year:
                    continue
                # (湖南统计年鉴—2025, of no date: its years are those it records, over)
                recorded = self.periods.recorded_year
                status = _table_status(
                    cell.tag,
                    year,
                    self.reference or (date(recorded + 1, 1, 1) if recorded is not None else None),
                )
                if status == "actual" and not cell.tag and year in _years_noted_as_estimates(self.text):
                    status = "estimate"  # 注：1.2025年数据为预计数, under a plan's table of 2025 and 2030
                if status == "actual" and cell.starred and _STARRED_AS_ESTIMATES.search(self.text):
                    status = "estimate"  # 1500* under 2025年基数, 注：1.带*的为2025年预计数
                said = cell.column_period
                # (2026年1-9月（9月末）: the months the flows are of; the note, the day counts stand at)
                said = _MONTH_END_NOTED.sub("", said)
                if said and cell.year and not TITLE_YEAR.search(said):
                    said = f"{cell.year}年{said}"  # 一季度 under a caption of 2026: 2026's first quarter
                part = self.periods.find(said, False) if said else []
                period = part[-1].period if part else Period.year(year)
                ended = (
                    part
                    and period.end is not None
                    and (self.reference is None or period.end < self.reference)
                )
                if ended:
                    status = "actual"  # 2025年上半年: months already over, reported
                span = self.title_span
                if (
                    (measure == "avg_growth_pct" or cell.over_plan)
                    and span is not None
                    and span.start is not None
                ):
                    if cell.year < span.start.year and cell.over_plan and span.end is not None:
                        # [7.2] under 2025年 in a “十五五” plan's table (注：带[ ]的为五年年均数或五年
                        # 累计数): over the years of the plan before, which the base year ends
                        years = span.end.year - span.start.year
                        period = Period(date(cell.year - years, 1, 1), date(cell.year, 12, 31), MULTI_YEAR)
                    elif cell.year < span.start.year and measure == "avg_growth_pct":
                        # 2020年基期值 of a 年均增速 row in a “十四五” evaluation: the base year's growth
                        measure = "yoy_growth_pct"
                    elif status == "actual" and cell.year > span.start.year:
                        # 2024年完成值: the average (or 〔13.1〕 the sum) over the plan's years so far
                        period = Period(span.start, date(cell.year, 12, 31), MULTI_YEAR)
                if period.kind != MULTI_YEAR and (
                    measure == "avg_growth_pct"
                    or cell.over_plan
                    or (measure == "yoy_growth_pct" and "累计" in indicator)
                    or (measure == "amount" and _SUMMED_OVER_THE_PLAN.match(cell.indicator) is not None)
                ):
                    # 年均增速 or 累计下降 in a plan's table: over the plan's years, reached or aimed at
                    # (规划目标  2025年完成 under …“十四五”…主要指标完成情况: over the plan the caption names)
                    plan_start = five_year_plan_named(cell.caption)
                    ends_plan = (
                        plan_start is not None
                        and period.end is not None
                        and period.end.year == plan_start + 4
                    )
                    period = (
                        Period(date(plan_start, 1, 1), period.end, MULTI_YEAR)
                        if plan_start is not None and ends_plan
                        else self._averaged_span(period)
                    )
            # (by region, only a census's counts stand: 拟入选项目数 counts what a year named)
            by_year_or_census = cell.kind == "year" or (
                cell.kind == "region" and (self.census or row_year is not None)
            )
            counted = _COUNT_OF.search(cell.indicator) if by_year_or_census else None
            if cell.kind in ("product", "indicator") or cell.kinds:
                # 规模以上工业企业数  家  1386 under 本月: the firms at the month's end (but 新增规上工业
                # 企业  家  120  58: those the months added)
                added = _DONE_IN_THE_MONTHS.match(strip_chars(cell.row_label)) is not None
                counted = _FIRMS_COUNTED.search(indicator) if not added else None
            # (〔880〕 under 年均增长〔累计〕: how many the plan's years add, no count that stands)
            stands = measure == "amount" and unit.unit_class == "count" and not cell.over_plan
            # (支持技术改造项目数, 奖励“专精特新”企业数 under 年度目标值: what the year did, no stock)
            done = _NEWLY_COUNTED.search(cell.indicator) or _SUPPORTED.match(cell.indicator)
            if counted is not None and stands and not (by_year_or_census and done):
                # 规上工业企业数 家 17860, a census's 法人单位数（个）: what stands at the period's end
                if by_year_or_census:
                    # (在岗职工人数: the people counted keep their 人数)
                    named = cell.indicator[: counted.start()]
                    indicator = self._clean(cell.indicator if named.endswith("人") else named) or indicator
                period = Period.as_of(period.end) if period.end is not None else period
            elif (
                cell.standing
                or (
                    stands
                    and cell.year is not None
                    and _MONTH_END_NOTED.search(cell.column_period) is not None
                )
            ) and period.end is not None:
                # 南湖区  612  88  9.7 under 高新技术企业（家）  新增（家）  增长（%）: what stands at the end
                period = Period.as_of(period.end)
            elif (
                (
                    cell.indicator.startswith(("累计", "历年累计", "共有", "现有", "有效期内"))
                    # (表：部分省份国家级工业设计中心及单项冠军企业累计数量: the caption says so of all)
                    or (cell.kind == "region" and _BUILT_UP_IN_CAPTION.search(cell.caption) is not None)
                )
                and measure == "amount"
                and unit.unit_class in ("count", "power")  # (累计装机（GW）: capacity stands too)
                and period.end is not None
            ):
                # 累计省级以上绿色工厂（家）: what the years built up, standing at the period's end
                period = Period.as_of(period.end)
            elif (
                (
                    (cell.kind == "year" and period.kind == FULL_YEAR)
                    or cell.kind in ("product", "indicator", "region")
                )
                and measure in ("amount", "yoy_growth_pct")
                and period.end is not None
                and (
                    _BALANCE_ROW.search(indicator)
                    or (cell.kind == "region" and _HELD_COLUMN.search(indicator))
                )
            ):
                # 总资产  21,468,352  19,035,117  12.78: a balance at each year's end, and its growth
                # (金融机构人民币存款余额（亿元）  7265.40  8.7 under 本月: at the month's end; 南昌市  19460
                # under 有效发明专利拥有量（件）: what each place holds at the year's end)
                period = Period.as_of(period.end)
            elif cell.kind == "region" and period.end is not None and _STANDS_AT_THE_END.search(indicator):
                # 银川市 … 64.70 under 资产负债率（%）: each place's ratio at the year's end
                period = Period.as_of(period.end)
            if counted_in_a_month(period, measure, unit.unit_class, indicator) and period.end is not None:
                # 制造业  7820  -3.1  79400  -2.8 under 机构单位数目  按年变动(%)  就业人数 …（2026年6月）:
                # units and the people employed at the month's end, and their growth
                period = Period.as_of(period.end)
            if (
                period.kind == AS_OF
                and status == "actual"
                and self.reference is not None
                and period.end is not None
                and period.end > self.reference
            ):
                # (累计数量 in a table of December 19: what stands that day, not at the year's end)
                period = Period.as_of(self.reference)
            # (a count by place, of a note that says the day it is counted to: 注：…截至2025年底累计数)
            count_by_place = cell.kind == "region" and stands and not _NEWLY_COUNTED.search(cell.indicator)
            dated_by_note = period.kind == AS_OF or count_by_place
            counted_to = (
                self._day_in_note(cell.indicator, cell.row_end, cell.caption) if dated_by_note else None
            )
            if counted_to is not None:
                period = Period.as_of(counted_to)  # 注：累计有效数量统计截至2026年9月15日: that day
            if period.kind == AS_OF and period.end is not None and _ADDED_COLUMN.search(indicator):
                # 单项冠军企业（家）  其中新增 under 截至2025年底: those the year added up to that day
                period = Period.up_to(period.end)
            if measure == "amount" and _AT_FULL_CAPACITY.search(cell.indicator):
                # 预计达产后年产值（亿元） in a list of projects signed: what each is to make once at full
                # capacity, in no year said (it was an outcome of the months reported)
                status, period = "estimate", UNKNOWN_PERIOD
            indicator, value = _what_grew(indicator, cell.value, measure)
            draft = self._figure_read_whole(
                (cell.start, cell.end),
                value,
                cell.unit,
                multiplier * unit.multiplier,
                unit,
                cell.qualifier,
                indicator,
                measure,
                status,
                region,
                period,
                (cell.row_start, cell.row_end),
                ["table", f"table_{status}"],
                0.8,
                self._ranked_among(cell, region) or self._gap_to(cell),
            )
            out.append(draft)
        return out
