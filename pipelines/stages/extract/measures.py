"""From one number token to its figures, by what its unit says it measures.

A percentage may be a growth, a share, a completion rate or a level (达到90%);
percentage points a gap to a benchmark or a change; an amount a level, a
change of a stock or a count; ``第3位`` a rank.  Each rule reads the words
around the token to tell which, and builds the draft figure with its
indicator, status and period (``_draft``).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date

from pipelines.stages.extract.drafts import Context, Draft
from pipelines.stages.extract.indicators import (
    COUNTED_REGIONS,
    DOCUMENT_REFERENCE,
    GROWTH_WORD,
    RANKING_NAME,
    SCORE_THEN_RANK,
    WHOLE_PLACE,
    IndicatorText,
    list_items,
    named_zone,
    periods_free,
    region_of_item,
    strip_chars,
    subject_said_of_each,
)
from pipelines.stages.extract.lexicon import lexicon
from pipelines.stages.extract.lists import GROWTH_AFTER_PLACES, distribute_head
from pipelines.stages.extract.numbers import int_of, parse_number
from pipelines.stages.extract.periods import (
    AS_OF,
    FULL_YEAR,
    MULTI_YEAR,
    UNKNOWN_PERIOD,
    Period,
)
from pipelines.stages.extract.status_period import (
    BREAKDOWN_BY_PLACE,
    GOAL_AFTER,
    StatusPeriodRules,
)
from pipelines.stages.extract.tokens import BARE_MONEY, Token

#: what a count says of the things counted when it names no noun: they made a list (入围29家)
_ON_A_LIST = frozenset({"入围", "入选", "上榜", "获评", "榜上有名"})
#: the list a title announces (关于公布2025年度襄阳市工业百强企业名单的通知 → 工业百强企业)
_LIST_IN_TITLE = re.compile(
    r"(?:年度?|[省市县区])(?P<list>[^年度省市县区\s，,、（）()]{2,16}?)(?:拟?(?:认定|入选|入围))?名单"
)

_RANK_SUFFIX = re.compile(r"(?:均|都)?(?:入选数量|新增数量|新增数|数量|总数|总量|规模)?(?:均|都)?$")

_STOCK_SUFFIX = ("数量", "总数", "总量", "入选数量")

#: the values listed before this one after one verb (同比分别减少|4起、|3人: 4起、)
_VALUES_LISTED = r"(?:\d[\d.]*\s*[^\d\s、，,。；;和及与]{1,4}\s*[、和及与]\s*)"
#: a change said over a base (比上年增加, 较上年同期减少, 比上年提高): the base and the verb
#: (同比分别减少4起、3人: the verb of each of the values listed after it)
_CHANGE_OVER_BASE = re.compile(
    r"(?:分别)?(?P<base>同比|(?:比|较)(?:上年|去年)(?:度|同期|末|底)?)\s*(?:分别)?\s*"
    rf"(?P<verb>净增|净减|新增|增加|减少|提高|降低|下降|增长|缩短|延长|多|少)了?\s*{_VALUES_LISTED}*$"
)
#: a count added over the year before, said as a change (较上年新增15家)
_NEW_OVER_BASE = re.compile(r"(?:比|较)(?:上年|去年)(?:同期|末|底)?\s*新增\s*$")
#: the rates listed before a clause's next one (…的78.3%和)
_LISTED_RATES_END = re.compile(r"(?:\d[\d.]*\s*%\s*(?:和|、|及|与))+$")
#: words right after a count that name what it counts (46个市重点项目…), not a list's next item
_HAN_AFTER = re.compile(r"(?![和及与或至到比较、])[\u4e00-\u9fff]{2}")
#: a number further on in the clause
_DIGIT = re.compile(r"\d")
#: what lies between a ranking's earlier place and the verb of the place it moved to (第4位|上|升至…)
_RANK_MOVED = re.compile(r"\s*[，,]?\s*[上跃提攀下回滑]?\s*")
_MOVED_TO = frozenset({"升至", "降至", "跃居"})
_FALLING = frozenset({"减少", "净减", "降低", "下降", "缩短", "少"})
#: what a number of days or hours measures where it is a figure (应收账款平均回收期, 存货周转天数,
#: 企业开办时间, 从签约到开工平均用时); not 为期3天的展会 nor 24小时在线
#: (平均利用小时数分别为2036小时: a plant's hours of use, a measured time)
_TIME_MEASURED = re.compile(r"天数|回收期|周期|用时|时间|时限|时长|工期|耗时|小时数")
_CHANGE_BEFORE = re.compile(
    r"(?:增加|减少|增长|下降|提高|降低|扩大|缩小|缩短|延长|增产|减产|增收|减收|净增|净减|多增|少增|多|少)了?\s*$|连续"
    # (同比分别减少4起、3人: the values after the first, changes too)
    rf"|分别(?:同比|(?:比|较)(?:上年|去年)(?:同期)?)?(?:增加|减少)了?\s*{_VALUES_LISTED}+$"
    # (比上周上涨30元/吨: a price's change over a base, no level either)
    r"|(?:比|较)[^，,。；;]{1,8}(?:上涨|下跌|上升|回落|回升)了?\s*$"
)

#: a benchmark, then its own value in brackets (高于全国（6.1%）0.7个百分点)
#: (高于全国平均水平（6.2%）1.2个百分点: the place's average, its value in brackets)
_BENCHMARK_BEFORE = rf"(?:高于|低于|快于|慢于|超过|比)(?P<place>{WHOLE_PLACE})(?:平均水平|平均|水平)?"
_BRACKETED_PERCENT = r"[（(]\s*[-+]?\d+(?:\.\d+)?\s*[%％点]\s*[)）]"
_BENCHMARK_BEFORE_ITS_VALUE = re.compile(rf"{_BENCHMARK_BEFORE}[（(]\s*$")
_AFTER_BENCHMARKS_VALUE = re.compile(r"\s*[)）]\s*")
#: (…高于全市平均水平（5.6%）的县市有5个: the brackets say what the places beat)
_OF_WHICH_AFTER = re.compile(r"\s*[)）]\s*的")
_GAP_AFTER_BENCHMARKS_VALUE = re.compile(rf"{_BENCHMARK_BEFORE}{_BRACKETED_PERCENT}\s*$")
_BENCHMARKS_VALUE = re.compile(_BRACKETED_PERCENT)
#: the base a change is told against, then its own rate opening in brackets (增速较一季度（6.2%…,
#: 比2025年全年（6.3%…, 降幅较一季度（下降4.3%…)
BASE_PERIOD_THEN_RATE = r"(?:比|较)(?P<when>[^，,。；;（(比较]{1,10})[（(]\s*(?:同比)?(?:增长|下降)?\s*"
#: a base period, then its own rate in brackets (降幅较一季度（下降4.3%）收窄)
_BASES_RATE_BEFORE = re.compile(
    r"(?:(?:降幅|增幅|增速|涨幅|跌幅)\s*)?"
    + BASE_PERIOD_THEN_RATE
    + r"[-+]?\d+(?:\.\d+)?\s*[%％]\s*[)）](?P<after>[^，,。；;\d]{0,6})$"
)
#: the places a figure is said to be so many times of (是全省平均水平的1.6倍, 分别是全市、全省平均水平的)
_RATIO_TO_PLACES = re.compile(
    rf"(?:分别)?(?:是|为|相当于)(?P<places>(?:{WHOLE_PLACE}[、和及与]?){{1,3}})"
    r"(?:的)?(?:平均水平|平均|水平)?的\s*(?:近|约)?\s*(?:[\d.]+倍\s*(?:和|、|及)\s*)?$"
)
#: the average a list of benchmarks is said of (全省、全市平均(水平))
_LISTED_AVERAGE = re.compile(r"的?(?:平均)?(?:水平)?\s*$")
_COMPARE = re.compile(
    # (比同期规模以上工业出口交货值增速高: a benchmark of the same months, named at length)
    r"(?<!占)(?:比(?![重例率为])|较)(?P<bm>同期[^，,。；;]{1,18}?|[^，,。；;]{1,14}?)(?<![提降升增减加放])"
    r"(?P<dir>高出|高|低|快|慢|多|少)\s*$"
)

#: a net number added or lost, said without its base (全年净增620家) or with it (比上年净增)
_NET_VERB_END = re.compile(r"(净增加?|净减少?|(?<=[年间来])(?:增加|减少))了?\s*$")  # (五年增加4200家)
#: a span of years said at the end of a subject (规上工业企业数量五年, 去年一年)
_SPAN_OF_YEARS_END = re.compile(r"(?:[一二两三四五六七八九十]|\d+)个?年(?:来|间|里|中)?$")
#: a count's bare change at the end of its clause, perhaps over the year before (优秀场景增加,
#: 较上年增加): the things counted before it
_COUNT_CHANGED_END = re.compile(r"(?:(?:比|较)(?:上年|去年)(?:同期|末|底)?)?(增加|减少)了?\s*$")
_COMPARED = re.compile(r"(?<!占)(?:比(?![重例率为])|较)")
#: 比上年末净增, 较2020年末的4318家净增: a change since a year's end (or the year's start)
_SINCE_YEAR_END = re.compile(
    r"(?:比|较)\s*(?:(?:上年|去年)年?(?:末|底)|年初|(?P<y>\d{4})\s*年(?:末|底))"
    # (比2018年末（第四次全国经济普查，下同）增加…: an aside between)
    r"(?:[（(][^（）()]{1,20}[)）])?(?:的[^，,。；;]{0,12}?)?"
    r"\s*(?P<verb>净增|增加|新增|净减|减少)了?\s*$"
)
#: 年末…企业214家，比上年增加18家: a year-end stock's change over last year's, since its end too
_SINCE_LAST_YEAR = re.compile(r"(?:比|较)\s*(?:上年|去年)\s*(?P<verb>净增|增加|净减|减少)了?\s*$")

_PAST_BASE = re.compile(
    r"^(?:上年|去年|上年末|上年同期|去年同期|上半年|上季度|上月|年初|\d{4}年(?:末|底)?|同期|"
    r"前[一二三]季度|[一二三四]季度|\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月(?:份)?|前\d{1,2}个月|上月末)$"
)

_SUBSIDY_BEFORE = re.compile(
    r"(?:给予|奖励|补助|补贴|资助|奖补|一次性)(?:资金|奖励|补助|补贴)?(?:最高|不超过|最多|分别)?\s*$|最高\s*$"
)
#: what makes a subsidy's amount a policy's standard rather than money paid out (给予…奖励,
#: 每家…补助, 按…的比例): without it, 技术改造补助资金11.57亿元 is the sum paid
_STANDARD_CUE = re.compile(r"给予|每[家个项户台套人]|按照?|一次性|最高|不超过|最多|，对")

#: 拉动/带动…增长 N 个百分点, 贡献 N 个百分点: one part's contribution to a whole's growth
_CONTRIBUTION = re.compile(r"(?:拉动|带动)[^，,。；;]{0,15}(?:增长|增速)\s*(?:了|约|近)?\s*$|贡献了?\s*$")

#: what may stand between a growth verb and its number (增长逾三成, 下降近一成)
_QUALIFIED_TAIL = re.compile(r"\s*(?:均|都)?\s*了?\s*(?:约|近|逾|超|超过|达|达到|将近|接近|约为)?\s*")

#: units that count kinds of things (622种产品中有288种…), not output
_KINDS = ("种", "类", "项", "家", "个")

#: what a noun phrase names that it measures (产量, 发电量, 出口额, 产值 …), not a product
_MEASURED_NOUN_END = re.compile(r"[量额值能数率]$|规模$")

#: the base a change is over, said in a clause: the month before (环比) or the year before (同比, 比上年)
_CHANGE_BASE = re.compile(
    r"(?P<month>环比(?=(?:上涨|下降|增长|上升|回落|下跌|回升|减少|增加)\s*\d))|同比|[比较](?:上年|去年)|按年|(?:上年|去年)同期"
)
#: a clause's own period, which a change over the month before in the clause ahead does not reach
#: (10月份当月…环比下降3.1%，但1—10月累计仍增长10.2%)
_OWN_PERIOD = re.compile(r"累计|\d{1,2}\s*月|季度|半年|全年|今年|去年|以来")
#: a sentence that breaks down the one before (其中，…; 分类别看，…; 从主要行业看：…)
_BREAKDOWN_OPENS = re.compile(r"\s*(?:其中|分[\u4e00-\u9fff]{1,4}看|从[^，,。；;：:]{1,8}看)")
#: month on month (环比, 比上月), or quarter on quarter as Macao writes it (按季则上升1.9%)
_MONTH_ON_MONTH_END = re.compile(r"(?:环比|[比较]上(?:月|周|季度?)|按季|按月|按周)(?:则)?\s*$")
#: a rate of change (涨幅0.9%) in the clause after a change over the month or week before (比上周
#: 上涨30元/吨，涨幅0.9%): a change over that base too, no growth over a year
_RATE_OF_THAT_CHANGE = re.compile(r"\s*(?:涨幅|跌幅|增幅|降幅)(?:为|达)?\s*")
_OVER_THE_PERIOD_BEFORE = re.compile(r"(?:环比|[比较]上(?:月|周|季度?))[^，,。；;]*[，,]\s*$")

_OF_AFTER = re.compile(r"[ *]*的")

_GROWTH_AFTER = re.compile(r"[ *]*(?:的)?(?:增长|增速)")
#: a rise or a fall recorded, said after its number (生产指数录得6.5%的显著升幅, 录得3.2%的跌幅,
#: 录得5.4%的按年升幅)
_RECORDED_RISE_OR_FALL = re.compile(
    r"[ *]*的?(?:显著|明显|温和|轻微)?(?:按年|同比)?(?:升幅|增幅|涨幅|(?P<fall>跌幅|降幅|减幅))"
)
#: the verb that records it, right before the number (录得, 取得, 出现)
_RECORDED_BEFORE = re.compile(r"(?:录得|取得|出现)\s*$")
#: the weight in brackets after an indicator an evaluation scores (…增速（权重15%）)
_WEIGHT_IN_BRACKETS = re.compile(r"[（(]\s*权重\s*(?:为|占)?\s*$")
#: what a share of the whole is given for what share it yields (A类企业以24.9%的用地贡献了55.5%的税收和
#: 59.3%的营业收入, 开发区以占全省4.5%的土地创造了…): who, and, for a share after the first, what
#: the first was of
_YIELDS = "贡献|创造|实现|提供|产出|吸纳|集聚|聚集"
_SHARE_FOR_A_SHARE = re.compile(
    r"(?P<who>[^\s，,。；;：:以的]{2,20}?)以(?:占[\u4e00-\u9fff]{1,8}?)?\s*"
    rf"(?:\d[\d.]*\s*[%％]\s*的[\u4e00-\u9fff]{{1,10}}?(?:{_YIELDS})了?(?:全[省市县区国])?"
    r"(?:[^，,。；;]*?(?:和|及|与|、))?)?\s*$"
)
#: the noun a share so said is of, and what follows it: the verb (after the first) or the list's end
_SHARE_FOR_A_SHARE_NOUN = re.compile(
    rf"\s*的(?P<noun>[\u4e00-\u9fff]{{1,12}}?)(?=(?P<verb>{_YIELDS})|和|及|与|、|[，,。；;]|$)"
)
#: 以9.1%的工业增加值增速居全省首位 (…年增率居冠): the growth of what is named after the number,
#: before the rank it won
_GROWTH_OF_NAMED_AFTER = re.compile(
    r"[ *]*的(?P<name>[\u4e00-\u9fff]{2,12}?)(?:增速|增幅|增长率|年增率)(?=[居位排列])"
)

#: 目标为30%，2023年为27.4%: a clause of only a time and a copula restates the subject before
_ELLIPTIC_LEVEL = re.compile(r"(?:目标(?:值|任务)?)?(?:为|是|达|达到)?")
#: a goal cue alone before a percentage (…增长9%，力争达到10%): the same measure's higher goal
_STRETCH_GOAL = re.compile(r"(?:力争|争取|努力)(?:达到|实现)?")

_YEARS_AVERAGE = re.compile(r"([两三四五六七八九十]|\d{1,2})年(?:平均|年均)")  # (两年平均增长, 五年年均增长)

_COMPARISON_TAIL = re.compile(r"(?<!占)(?:同比|环比|比(?![重例率为])|较)[^，,。；;比较]{0,12}$")  # (not 比重)

_DECLINE_WORD = re.compile(r"降幅|跌幅")
#: a change's word after a whole place (降幅比全国收窄0.9个百分点): a gap to that place, not a
#: change over time
#: (降幅比全国建材行业收窄: the nation's industry, the same industry as the subject's)
_CHANGE_AGAINST_A_PLACE = re.compile(
    rf"(?:比|较)(?P<place>{WHOLE_PLACE}(?:[\u4e00-\u9fff]{{1,6}}?(?:行业|工业|产业|制造业))?)(?:平均水平|平均)?\s*$"
)

#: whom a share counts and what they do (规上工业企业 / 实现研发、生产、管理全流程数字化)
_THOSE_WHO = re.compile(
    r"\s*(?P<who>[^，。；、\d%]{0,12}?(?:企业|工厂|园区|城市|会员单位|单位|会员|厂商|受访者|用户))"
    r"(?P<what>(?:表示|反映|认为|实现|处于|已经|已|尚未|未|开展|应用|拥有|计划|拟|看好|扩大|建立|使用|深耕|专注|聚焦|从事|布局|在)[^，。；]{1,30})"
)
#: a kind of industry or firm alone, then 为 (黑色金属冶炼和压延加工业为78.5%)
_KIND_IS = re.compile(r"(?P<kind>[^，,。；;为]{2,30}?(?:业|企业))为")
#: a kind's rate, as the first of a sentence names it (煤炭开采和洗选业产能利用率)
_KIND_AND_RATE = re.compile(r"[^，,。；;]{2,30}?(?:业|企业)(?P<rate>[\u4e00-\u9fff]{1,8}率)")
#: what a share that opens its clause says its part is (约四成为…中小企业, 近三成为新能源企业)
_SHARE_OF_A_KIND = re.compile(
    r"\s*为(?P<what>[^，,。；;、%]{2,30}?(?:企业|工厂|单位|项目|园区))(?=[，,。；;]|$)"
)
#: a share of a survey's respondents, by who they are or what they said (受访企业, 表示…的会员占比)
_RESPONDENTS = re.compile(r"^(?:表示|认为|反映)|(?:受访|被调查|参与调查|会员|厂商|受访者)[^的]*占比$")
#: words left before a rank that name nothing it ranks
_NO_SUBJECT_ALONE = frozenset(
    {"以", "并", "且", "又", "还", "则"}
    # (我县居全市第1位: the place speaking, whose rank is of what it said before)
    | {scope + level for scope in "我全本" for level in "省市县区"}
    # (在2025年度全省开发区综合考核评价中，园区位列第28位: the park speaking of itself)
    | {"园区", "本园区", "该园区", "开发区", "高新区", "经开区"}
)
#: how a place stands among the others, said after 以 and its number (继续领跑全县, 稳居全市首位)
_LEADS_THE_PLACES = re.compile(
    r"\s*(?:继续|持续|稳|仍|再次|连续\S{1,3})?(?:领跑|领先|位居|居于|居|位列|排名)"
)
#: what a number said with 以 is, named after it (以38.6万元/亩的亩均税收居全市首位)
_WITH_NUMBER_OF = re.compile(r"的([\u4e00-\u9fff]{2,10}?)(?=居|位居|位列|排名|排|列|，|,|。|$)")
#: how many figures back a paragraph of places in turn looks for the count it breaks down
_COUNTS_BEFORE_BREAKDOWN = 3
#: how a paragraph of places in turn opens (分地区看, and a national text's 分省份看)
_PLACES_ONE_BY_ONE = (*BREAKDOWN_BY_PLACE, "分省份看", "分省看", "从省份看", "从省份分布看")
#: a preposition before those a sum went to or a service served (为56家企业发放贷款, 向183家企业兑现,
#: 对12家企业的…给予补助)
_FOR_WHOM = ("为", "向", "给", "对")
#: a figure that tells how much a number changed, not how many things there are
_CHANGE_RULES = frozenset({"change_over_base", "net_added"})
#: a count that won a rank, perhaps with how its things were counted between (以22家新入选居全国首位)
_COUNT_THEN_RANK = re.compile(
    r"(?:新入选|入选|新认定|认定|新增|上榜)?\s*(?:继续|稳|再次|仍)?(?:位居|位列|名列|排名|排在|居于|居|列)"
    r"[^，。；、第\d]{0,12}?(?:第|首位)"
)
#: a part said to come to a share of its whole (…新车销量达到汽车新车总销量的57.1%), not a goal's (完成
#: 年度目标的…), a time's (为上年同期的95%) or another place's level (仅为全省平均水平的59.7%)
_PART_OF_A_WHOLE = re.compile(
    r"(?P<part>[^，,。；;]{2,20}?)(?:达到|约为|为)"
    r"(?P<whole>(?![^，,。；;]*?(?:目标|计划|任务|预算|上年|去年|同期|年初|平均|水平|全[国省市县区]))"
    r"[^，,。；;的]{2,16}?)的"
)
_PERCENT_MEASURES = ("yoy_growth_pct", "avg_growth_pct", "share_pct")
#: the things a sentence counts its places' numbers among (新入选的16家国家级单项冠军企业中，)
_POPULATION = re.compile(
    r"(?:\d+|[一二三四五六七八九十两]+)\s*[家个项户名所]\s*(?P<noun>[^，,。；;、\d]{2,20}?)(?:之|当)?中\s*[，,]"
)
#: a score that marks a grade (以60分为合格线, 85分及以上为优秀): a rule of the scoring, no one's score
_GRADE_MARK = re.compile(
    r"\s*(?:及以上|以上|以下|至\d+分)?\s*(?:为|是|的为)\s*(?:合格|及格|优秀|良好|一般|较差|满分|基准|标准)"
    r"|\s*(?:的)?(?:合格线|及格线|分数线)"
)

_AMONG_END = re.compile(r"(?:之|当)?中\s*$")

#: 41个工业大类行业中有33个…: the count names the population the next number is taken from
_AMONG_AFTER = re.compile(r"[^，,。；;\d]{0,14}?(?:之|当)?中(?:有|的)")

#: a count or sum a year (or a firm) on average, after the whole's (…147家，年均49家; …27万件，户均近16件)
_EACH_YEAR_ON_AVERAGE = re.compile(r"(?P<each>年|户|企|家)均|平均每(?P<every>年|户|家)|每(?:年|户|家)平均")
#: a level a comparison is made with (较2026年3月的2 607 300人), and how the figure moved from it,
#: said after it (略为上升): no name of the level
_COMPARED_WITH_LEVEL = re.compile(r"[较比][^，。；,;]{1,16}的\s*$")
_ONLY_HOW_IT_MOVED = re.compile(
    r"(?:略为|略有|稍有|明显|大幅|小幅|有所|略微)?(?:上升|下降|增加|减少|回升|回落|提高|降低|增长)"
)
#: what stands after a number and before the noun it counts, naming nothing (…家的企业; 万元整)
_LEADING_OF = re.compile(r"^[ *]*(?:的|整(?![体治改合顿]))")
#: the project a sum before 的 is of (总投资26亿元的新能源电池零部件项目厂房已经封顶), whatever the
#: clause goes on to say of it
_PROJECT_OF_THE_SUM = re.compile(r"^\s*的([\u4e00-\u9fff“”A-Za-z0-9]{2,24}?项目)")
_SUMS_OF_A_PROJECT = frozenset({"总投资", "计划总投资", "总投资额", "计划投资", "投资"})


_SIZE_WORD = re.compile(r"规模|总量|总额|总数|数量")
#: a profit said as a loss (归母净利润亏损, 利润总额出现亏损): the profit's level, below nothing
_LOSS_OF_PROFIT = re.compile(r"(利润(?:总额)?)(?:出现|净)?亏损$")
#: figures a bare rank after them is never of: a benchmark's value, and a goal and its share
#: done, told of the outcome before them
#: figures no bare rank is of (…312家，比上年的265家增长17.7%，新增数量居全省第3位: not last year's)
_NOT_RANKED_RULES = frozenset(
    {"benchmarks_value", "completion_rate", "goal_told_inline", "same_period_last_year"}
)

_SHARE_WORD = re.compile(r"占比|比重")

_ALL_END = re.compile(r"均\s*$")

# (not 得分: the score ranked; 依次居全区前三位: the places told before, in turn)
_RESPECTIVELY_END = re.compile(r"(?:分别|(?<![得评积总])分|依次)\s*$")
#: the number of figures told before that a rank is said of (两项占比均居…, 三项指标均…)
_ITEMS_COUNTED_BEFORE_RANK = re.compile(r"(?P<n>[两二三四]|[2-4])项(?P<what>占比|比重|指标|增速)?(?:均|都)?")
#: where the places listed end and their ranks begin (…实际使用外资分列全市第1、2位)
_RANKED_IN_TURN = re.compile(r"分别?(?=列|居|位|排)")

#: a number said in a condition (哪怕良品率提高1个百分点，…; 要是配套率再提高10个百分点): no figure
_CONDITIONAL = re.compile(r"哪怕|要是|如果|假如|倘若|假设|即使|一旦")
#: a policy's rules: a condition (…应在, 且…在), the ones a measure is for (对…的企业), a standard
_CONDITION_BEFORE = re.compile(r"(?:应|须|需|必须)(?:在|达到|不低于)\s*$|^且[^，,。；;]{0,16}在\s*$")
_FOR_THE_ONES = re.compile(r"(?:[、和及]\s*\d+(?:\.\d+)?\s*[万亿千百]*[元%个家项]*)*\s*(?:以上|以下)?的")
_STANDARD_NAMED = re.compile(
    r"(?:补助比例|补贴比例|奖补比例|贴息比例|奖励标准|补助标准|补贴标准|门槛|奖励)(?:由|从)\s*$"
)

#: what stands between a goal and the gap to it: …7.5%的目标0.7个百分点, 目标（35%）7.4个百分点
_GOAL_BEFORE_GAP = re.compile(r"\s*(?:的?(?:年度|规划|预期)?目标值?)?\s*[)）]?\s*")

_ALL_WORD = re.compile(r"[均都]")
#: a sum over a few of the places just listed (四市合计, 两市共计, 三个县区累计)
_SUM_OVER_PLACES = re.compile(
    r"[两三四五六七八九十]+个?(?:市|县|区|省|地市|城市|县区|县市区)(?:合计|共计|总计|合共|累计)"
)
#: the whole a place ranks in, said before the verb (全省排名第2, 在全市排名：第1)
_SCOPE_BEFORE_RANK = re.compile(r"(?:在)?(全[国省市区县])\s*[：:]?\s*$")
#: 完成年度… / 完成全年…: the year a goal is done of, and the goal's word after it (目标任务);
#: or the level that set it (完成市定目标任务121亿元的104.4%, 完成全年省下达的…)
_GOAL_SETTER = r"(?:[省市县区](?:定|下达的?))"
_DONE_OF_THE_YEAR = rf"完成(?:了)?(?:\d{{4}}\s*年)?(?:(?:年度|全年){_GOAL_SETTER}?|{_GOAL_SETTER})"
_GOAL_WORD = r"(?:目标|计划)(?:任务)?"
#: 完成年度目标3.6亿吨的86.7%: a year's goal told right before the share of it done
#: (完成年度目标任务（180亿元）的29.1%: or in brackets)
_GOAL_TOLD_INLINE = re.compile(rf"{_DONE_OF_THE_YEAR}{_GOAL_WORD}\s*[（(]?\s*$")
_SHARE_OF_GOAL_AFTER = re.compile(r"\s*[)）]?\s*的")
#: 完成全年3000列目标任务的82.9%: the goal told between the year and 目标
_YEAR_OF_GOAL_TOLD = re.compile(rf"{_DONE_OF_THE_YEAR}\s*$")
_GOAL_AFTER_TOLD = re.compile(rf"\s*的?{_GOAL_WORD}的")

#: 完成年度投资计划的, 完成目标任务的: the completion names what it was measured against
_GOAL_NAMED = re.compile(r"目标|计划|任务|预算")
#: 完成率为, 完成进度; 超额完成, 分别完成: no bare progress of the work the clause names
_NO_PROGRESS = re.compile(r"率|进度|超额|分别|累计|已有")
#: 已有58个项目完成…的80%以上: how many passed a bar, not how much they did
_PASSED_THRESHOLD = re.compile(r"有\s*\d+\s*[个家项][^，,。；;\d]{0,12}$")
#: 已完成目标值的85.0% / 完成率94.0% / 进度完成率91.9%: how much of a goal is reached
_COMPLETION = re.compile(
    r"(?:已|仅|累计)?完成(?:了)?(?:\d{4}\s*年)?(?:年度|全年|序时|规划)?"
    rf"{_GOAL_SETTER}?(?:目标值?|进度|目标任务|任务)?"  # (完成市下达任务的104%)
    r"(?:[（(][^（）()]{0,16}[)）])?的?$"  # 完成2025年目标（2000亿元）的61.8%
    r"|完成(?:了)?[^，,。；;]{0,20}?目标(?:值|任务)?的$"  # 完成“十四五”下降14%目标的八成
    # 完成年度目标3.6亿吨的86.7%: the goal told between
    rf"|{_DONE_OF_THE_YEAR}{_GOAL_WORD}\s*\d[\d.,]*\s*[\u4e00-\u9fffA-Za-z]{{0,6}}的$"
    r"|(?:目标|进度)?完成率(?:为|达到?|达)?$"
    # 完成年度计划(投资)的116.4%, 完成年度工业投资计划的86.3%, 完成投资达年度计划的89.6%,
    # 完成月计划的101.8%
    r"|(?:完成|为|达到?)(?:了)?(?:\d{4}\s*年)?(?:年度|全年|月)(?P<plan>[^，,。；;的]{0,8}?计划)(?:投资)?的$"
    # 完成预算的101.3%, 完成调整预算的96.4%, 完成年度预算的53.6%
    r"|完成(?:了)?(?:年初|调整|年度|全年)?预算的$"
)


def _done_by_counted(phrase: str) -> str:
    """``项目参赛`` (累计636个项目参赛) → 参赛项目: a generic noun followed by what the counted
    things did names them by it, as the indicator catalogue does (入选…企业, 签约项目)."""
    lex = lexicon()
    for noun in lex.generic:
        if phrase.startswith(noun) and lex.predicate.prefix(phrase[len(noun) :]) is not None:
            done = phrase[len(noun) :]
            return done if done.endswith(noun) else done + noun  # (入选…中小企业: its own noun)
    return phrase


_WHOLE_YEAR = re.compile(r"全年|年度")
#: the words around a goal said after an outcome (超过年初确定的6%预期目标, 高于全年6%左右的预期目标)
_GOAL_FRAME = re.compile(
    r"(?:略|稍)?(?:高于|低于|超过|超出|达到|完成|实现)?(?:年初|全年|年度)?(?:确定|提出|设定|制定)?的?"
)
#: a goal named right before its number (年度目标+5%)
_GOAL_LABEL = re.compile(r"(?:年度|全年|预期)?目标[：:为]?\s*$")
#: a plus sign written before a number (+7.2%)
_PLUS_BEFORE = re.compile(r"[+＋]\s*$")
#: a clause of only a link verb (达到10.3%), and the clause before it that named a growth
#: without its number (德化县增速最快，)
_LINK_ONLY = re.compile(r"(?:达到|达|为|是)?")
_GROWTH_CLAUSE_BEFORE = re.compile(
    r"(?:^|(?<=[，,；;。]))(?P<who>[^，,；;。]{2,12}?)(?:增速|增幅|增长)(?:最快|最高|最大|居首|居前|领先)[，,]\s*$"
)
#: the words of an assessment and of a ranking, and the whole a place is assessed among (全省, 全市)
_ASSESSMENT_WORDS = "考核|考评|评价|评估|测评"
_RANKING_WORDS = "排名|排行榜|榜单"
_WHOLE_SCOPE = "全[国省市县区]"
#: a ranking said as the population of a rank (全市招商引资工作考核, 全省营商环境评价)
_ASSESSMENT = re.compile(
    rf"(?P<whole>{_WHOLE_SCOPE}|[\u4e00-\u9fff]{{2,3}}[省市])?(?P<what>[\u4e00-\u9fff“”]{{2,16}}?)"
    rf"(?P<kind>{_ASSESSMENT_WORDS}|{_RANKING_WORDS})"
)
#: an assessment the clause before a rank names (…综合发展水平考核评价结果中，我区位列全国第9位)
_ASSESSED_IN_CLAUSE_BEFORE = re.compile(
    rf"(?P<what>[^，,。；;：:]{{2,40}}?)(?P<kind>考核评价|{_ASSESSMENT_WORDS}|{_RANKING_WORDS})"
    r"(?:结果)?(?:中|里)[，,]\s*$"
)
_WHOLE_BEFORE_ASSESSED = re.compile(_WHOLE_SCOPE)
_ASSESSMENT_WORD = re.compile(_ASSESSMENT_WORDS)
_PLACES_OR_MOVES_IN_RANKING = re.compile(r"分别|、|由|从|升至|降至|跃升|上升|下降|提升|前移|后移")
#: another rank listed right after one (居全国第二、第三位, 居第4位和第5位)
#: the ranks listed after the first (…第13、14位: 、14), each after its 、
_LISTED_RANKS = re.compile(r"(?:\s*、\s*第?[一二三四五六七八九十\d]{1,3})*")
_RANKS_LISTED_AFTER = re.compile(r"\s*[、和]\s*(?:第|[一二三四五六七八九十\d]{1,3}\s*[位名])")
#: a number in brackets after a name (肥乡区（8.6）), which a list of names may carry
_BRACKETED_NUMBER = re.compile(r"（[-－−]?\d+(?:\.\d+)?[%％]?）")


def _names_places(subject: str) -> bool:
    """肥乡区、鸡泽县、成安县增速: a list whose items before the last are places (the first may
    follow a word that opens the list: 其中肥乡区)."""
    items = [strip_chars(x) for x in list_items(subject)]
    if len(items) < 2:
        return False
    first = items[0]
    return any(region_of_item(first[k:]) for k in range(len(first) - 1)) and all(
        region_of_item(x) for x in items[1:-1]
    )


#: what a dashboard line's clause says before a bracket that opens on a percentage: a dash where no
#: level is given (固定资产投资：—（), or nothing, the bracket right after the level (286.47亿元（)
_DASHBOARD_BRACKET = re.compile(r"^\s*(?P<dash>[—－-]{1,2})?\s*[（(]\s*$")
#: the label a dashboard line opens with, up to its colon (固定资产投资：)
_LABEL_BEFORE_COLON = re.compile(r"([^：:，,。；;（(\n]{2,30})[：:]\s*$")
#: a line's label and its colon, before its level (规上工业营业收入：)
_LABEL_COLON = re.compile(r"[\u4e00-\u9fff）)][：:]")


#: how long a rank has been held, after what is ranked (产量连续多年居全国首位, 连续5年)
_HELD_FOR_YEARS = re.compile(r"(?:已|均)?连续(?:多|[两二三四五六七八九十\d]+)年$")
#: a place and its growth word only, before a rank (其中钱塘区增速居全市首位)
_PLACE_THEN_GROWTH = re.compile(r"(?:其中)?(?P<place>[\u4e00-\u9fff]{2,12}?)(?:的)?" + GROWTH_WORD.pattern)


#: a name that ends on its growth (规模以上工业增加值增速, 固定资产投资增长)
_NAMES_A_GROWTH = re.compile(r"(?:增速|增长率?|增幅)$")


class MeasureRules(StatusPeriodRules, IndicatorText):
    """Rules that turn one token into draft figures (mixed into the extractor)."""

    corrupted: list[tuple[int, int]]
    #: the paragraph breaks output down by product: a product named alone measures its output
    products: bool
    previous_figures: list[Draft]
    #: the catalogued indicator whose growth the sentence before spoke of
    growth_before: str
    #: the ranking a text on one names in its title (2025年赛迪百强县榜单发布 → 百强县排名)
    ranking_of_title: str

    def _over_the_month_said_before(self, tok: Token, ctx: Context) -> bool:
        """Whether a change whose clause names no base is over the month before, as the last base
        its paragraph named was (PPI环比上涨0.1%，上月为下降0.1%。其中，生产资料价格上涨0.2%): in the
        same sentence, or in one that breaks that sentence down; no measure holds it."""
        if _CHANGE_BASE.search(self.text, ctx.clause.start, tok.start) or _OWN_PERIOD.search(
            self.text, ctx.clause.start, tok.start
        ):
            return False
        paragraph = self.text.rfind("\n", 0, ctx.sentence.start) + 1
        bases = list(_CHANGE_BASE.finditer(self.text, paragraph, ctx.clause.start))
        last = bases[-1] if bases else None
        if last is None or last.group("month") is None:
            return False
        # (生活资料价格同比下降0.4%，…环比下降0.1%。其中，…: a sentence that says both goes on about the
        # year before, 环比 its aside)
        said_in = max(self.text.rfind(stop, paragraph, last.start()) for stop in "。；;") + 1
        if any(
            m.group("month") is None
            for m in _CHANGE_BASE.finditer(self.text, max(said_in, paragraph), last.start())
        ):
            return False
        return (
            last.start() >= ctx.sentence.start
            or _BREAKDOWN_OPENS.match(self.text, ctx.sentence.start) is not None
        )

    def _on_the_titles_list(self, indicator: str, tok: Token) -> str:
        """入围 of a count (襄阳高新区入围29家) under …关于公布2025年度襄阳市工业百强企业名单的通知: the
        list the title announces is what the things counted made (入围工业百强企业); any other
        indicator as it is."""
        listed = _LIST_IN_TITLE.search(self.meta.title or "") if indicator in _ON_A_LIST else None
        return (
            indicator + listed.group("list")
            if listed is not None and tok.unit_class == "count"
            else indicator
        )

    def _touches_corruption(self, a: int, b: int) -> bool:
        return any(x < b and a < y for x, y in self.corrupted)

    def _number_cut_by_corruption(self, tok: Token) -> bool:
        """Whether a damaged span runs into the number (??00家, 锟斤拷.7%): what is left of it is
        not the number the text gave."""
        start = tok.num_start
        while start > 0 and (self.text[start - 1].isdigit() or self.text[start - 1] == "."):
            start -= 1
        return self._touches_corruption(start - 1, start) or self._touches_corruption(tok.end, tok.end + 1)

    def _token_figures(self, tok: Token, ctx: Context) -> list[Draft]:
        if _CONDITIONAL.search(self.text, ctx.clause.start, tok.start):
            return []
        if self._a_rule_of_a_policy(tok, ctx):
            return []
        if self._number_cut_by_corruption(tok):
            return []  # 新增规上工业企业??00家: the number's first digits are lost, not 0
        if tok.kind == "rank":
            ranks = self._rank(tok, ctx)
            for d in ranks:
                if d.benchmark is not None and d.region == d.benchmark and self.region != d.benchmark:
                    # 全省排名第2, 全省 the clause's first word: no whole ranks within itself, the
                    # text's place does
                    d.region = self.region
            return ranks
        if tok.base_unit != "%" and (
            (
                _GOAL_TOLD_INLINE.search(self.text, ctx.clause.start, tok.start)
                and _SHARE_OF_GOAL_AFTER.match(self.text, tok.end)
            )
            or (
                _YEAR_OF_GOAL_TOLD.search(self.text, ctx.clause.start, tok.start)
                and _GOAL_AFTER_TOLD.match(self.text, tok.end)
            )
        ):
            return self._goal_told_inline(tok, ctx)
        if tok.base_unit == "百分点":
            return self._pp(tok, ctx)
        if tok.base_unit == "%" or tok.kind == "doubling":
            return self._percent(tok, ctx)
        return self._amount(tok, ctx)

    def _a_rule_of_a_policy(self, tok: Token, ctx: Context) -> bool:
        """A number a policy sets as a rule, not a figure: a condition to qualify (营业收入应在2000万元
        以上, 且设备投资额在500万元以上), the firms a measure is for (对年营业收入首次突破10亿元…的企业),
        or a standard and its change (补助比例由10%提高到12%, 设备投资额门槛由1000万元降至500万元)."""
        said = self.text[ctx.clause.start : tok.start]
        if _CONDITION_BEFORE.search(said) and tok.qualifier in ("at_least", "at_most"):
            return True
        if said.lstrip().startswith("对") and _FOR_THE_ONES.match(self.text, tok.end, ctx.clause.end):
            return True
        return bool(_STANDARD_NAMED.search(said))

    def _share_of_those_who(self, ctx: Context) -> str:
        """仍有近三成中小企业表示…: a share that opens its clause and counts the firms (or places)
        after it that do what the clause says, named as 表示…的中小企业占比; else ""."""
        kind = _SHARE_OF_A_KIND.match(ctx.post)
        if kind is not None and not self._clean(ctx.pre.rsplit("：", 1)[-1]):
            # 其中约四成为雇员人数少于100人的中小企业: the share of those of that kind
            what = self._clean(kind.group("what"), post=True)
            return f"{what}占比" if what else ""
        said = _THOSE_WHO.match(ctx.post)
        if said is None or self._clean(ctx.pre.rsplit("：", 1)[-1]):
            return ""  # (what comes before is no subject: 仍有, 已有, 全省 are lead words)
        who = self._clean(said.group("who"), post=True)
        what = strip_chars(said.group("what"))
        what += "”" * (what.count("“") - what.count("”"))  # 表示“不会转、…转不起”: its closing mark
        return f"{what}的{who}占比" if who else ""

    def _rate_of_the_first_kind(self, tok: Token, pre: str, ctx: Context) -> str | None:
        """黑色金属冶炼和压延加工业为78.5% after 煤炭开采和洗选业产能利用率为73.8% in the sentence: the
        kind's rate, named as the first kind's (黑色金属冶炼和压延加工业产能利用率); None where the clause
        is no kind and 为 alone, or the sentence opened on no kind's rate."""
        kind = _KIND_IS.fullmatch(pre.strip(" *"))
        first = next((d for d in ctx.sentence_figs if d.measure == "share_pct"), None)
        if kind is None or first is None or tok.unit != "%":
            return None
        named = _KIND_AND_RATE.fullmatch(first.indicator)
        return kind.group("kind") + named.group("rate") if named is not None else None

    def _share_for_a_share(self, tok: Token, ctx: Context) -> str:
        """A类企业以24.9%的用地贡献了55.5%的税收: each share is the subject's of what it names
        (A类企业用地占比, A类企业税收占比), not the place's; "" where the clause says no such thing."""
        if self.text.find("以", ctx.clause.start, tok.start) < 0:
            return ""  # (most percentages have no 以 before them: the search is skipped for them)
        said = _SHARE_FOR_A_SHARE.search(self.text, ctx.clause.start, tok.start)
        noun = _SHARE_FOR_A_SHARE_NOUN.match(self.text, tok.end, ctx.clause.end)
        if said is None or noun is None:
            return ""
        first = "的" not in self.text[said.end("who") : tok.start]
        if first and not noun.group("verb"):
            return ""  # (以12.8%的增速: no share given for another)
        who = self._clean(said.group("who"))
        return f"{who}{noun.group('noun')}占比" if who else ""

    def _doubling_stated(self, tok: Token, ctx: Context) -> bool:
        """翻一番 without a growth word is a figure where it is said to be done (实现翻番,
        翻了一番) or set as a goal (力争…翻一番); 推动产业规模翻番 is an aim without either."""
        said = self.text[tok.start : tok.end]
        return (
            "了" in said
            or ctx.pre.rstrip(" *").endswith(("实现", "同比", "比上年", "较上年"))  # (同比翻番: grew so)
            or self._status(tok, ctx)[0] == "target"
        )

    def _dashboard_growth(self, tok: Token, ctx: Context) -> tuple[str, int] | None:
        """The indicator a bare percentage in brackets grows, on a dashboard's line of a label, a
        colon and a level (or a dash), and where its quote starts: the label's, else the level's
        just before; else None."""
        said = _DASHBOARD_BRACKET.search(ctx.pre)
        if said is None:
            return None
        if said.group("dash"):
            # (固定资产投资：—（4.1%）: the label ends the clause before, at its colon)
            label = _LABEL_BEFORE_COLON.search(self.text, ctx.sentence.start, ctx.clause.start)
            indicator = self._clean(label.group(1), growth=True) if label is not None else ""
            return (indicator, label.start(1)) if label is not None and indicator else None
        level = ctx.clause_figs[-1] if ctx.clause_figs else None
        labelled = level is not None and _LABEL_COLON.search(self.text, ctx.clause.start, level.token.start)
        if level is None or level.measure != "amount" or not labelled:
            return None
        return level.indicator, level.quote_start

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
        recorded = _RECORDED_RISE_OR_FALL.match(post) if _RECORDED_BEFORE.search(pre) else None
        if recorded is not None:
            # 生产指数录得6.5%的显著升幅 (not a share, whatever 指数 says), 录得3.2%的跌幅: a growth
            indicator = self._clean(_RECORDED_BEFORE.sub("", pre))
            sign = -1 if recorded.group("fall") else 1
            if not indicator:
                return []
            return [
                self._draft(tok, ctx, indicator, "yoy_growth_pct", sign, [*rules, "recorded_rise_or_fall"])
            ]
        weight = _WEIGHT_IN_BRACKETS.search(pre) if tok.unit == "%" else None
        if weight is not None:
            # 1.规模以上制造业增加值增速（权重15%）: the weight an evaluation gives the indicator, its
            # share of the score (not the indicator's growth)
            indicator = self._clean(pre[: weight.start()])
            return (
                [self._draft(tok, ctx, indicator + "权重", "share_pct", 1, [*rules, "weight"])]
                if indicator
                else []
            )
        given = self._share_for_a_share(tok, ctx) if tok.unit == "%" else ""
        if given:
            return [self._draft(tok, ctx, given, "share_pct", 1, [*rules, "share_for_a_share"])]
        goal_of: Draft | None = None
        outcome_before = next(
            (f for f in reversed(ctx.sentence_figs) if f.measure in _PERCENT_MEASURES), None
        )
        if best is not None and best[1] == "yoy_growth_pct" and _MONTH_ON_MONTH_END.search(pre[: best[3]]):
            return []  # month-on-month change: no measure for it
        if best is not None and best[1] == "yoy_growth_pct" and self._over_the_month_said_before(tok, ctx):
            return []
        if _RATE_OF_THAT_CHANGE.fullmatch(pre) and _OVER_THE_PERIOD_BEFORE.search(
            self.text, ctx.sentence.start, ctx.clause.start
        ):
            return []
        if (
            tok.kind in ("fraction", "tenths")
            and best is not None
            and best[1] == "yoy_growth_pct"
            and _QUALIFIED_TAIL.fullmatch(pre[best[0] :])
        ):  # 增长逾三成: a growth rate written in tenths, the verb right before the number
            measure, sign, cut = "yoy_growth_pct", best[2], best[3]
        # (分别完成攻坚目标任务的78.3%和71.6%: the second rate too, the first left out of the way)
        elif completion := _COMPLETION.search(
            _LISTED_RATES_END.sub("", self.text[ctx.clause.start : tok.start])
        ):
            return self._completion(tok, ctx, completion, rules)
        elif (
            (tok.kind in ("fraction", "tenths") or tok.unit == "%")
            and (best is None or "：" in pre[best[0] :])
            and (who := self._share_of_those_who(ctx))
        ):
            # 已有近两成规上工业企业实现…全流程数字化, 调查发现，62%受访厂商表示…: the share of the
            # firms that did so (after a colon that opens what a survey found: …厂商会调查：逾四成会员拟…)
            return [self._draft(tok, ctx, who, "share_pct", 1, [*rules, "share_of_those_who"])]
        elif tok.kind in ("fraction", "tenths"):
            measure, sign, cut = "share_pct", 1, len(pre)
            if best and best[1] == "share_pct":
                cut = best[0]
        elif (
            (said := _BENCHMARK_BEFORE_ITS_VALUE.search(pre)) is not None
            and _AFTER_BENCHMARKS_VALUE.match(self.text, tok.end)
            and (benchmarks := self._benchmarks_value(tok, ctx, said.group("place"), rules)) is not None
        ):
            return benchmarks
        elif tok.unit == "倍" and (ratio := _RATIO_TO_PLACES.search(self.text, ctx.clause.start, tok.start)):
            return self._ratio_to_places(tok, ctx, ratio.group("places"), rules)
        elif tok.kind == "doubling" or tok.unit == "倍":
            if tok.kind != "doubling" and (best is None or best[1] != "yoy_growth_pct"):
                return []  # 增长1.2倍 needs its growth word
            if best is None and not self._doubling_stated(tok, ctx):
                return []
            measure, sign, cut = "yoy_growth_pct", 1, best[3] if best else len(pre)
        elif (
            outcome_before is not None
            and GOAL_AFTER.match(self.text, tok.end, ctx.clause.end)
            and best is None
        ):
            measure, sign, cut = outcome_before.measure, outcome_before.sign, len(pre)  # …55%的目标
            if _GOAL_FRAME.fullmatch(pre.strip(" *")):
                # 增长6.6%，超过年初确定的6%预期目标: the goal the outcome told before was set against
                cut, goal_of = 0, outcome_before
        elif best is None and (grown := _GROWTH_OF_NAMED_AFTER.match(post)) is not None:
            indicator = self._clean(grown.group("name"), post=True)
            if not indicator:
                return []
            return [
                self._draft(tok, ctx, indicator, "yoy_growth_pct", 1, [*rules, "growth_of_following_noun"])
            ]
        elif (
            _OF_AFTER.match(post)
            and not _GROWTH_AFTER.match(post)  # 西藏以12.8%的增速居全国首位: a growth
            and (best is None or best[0] < len(pre.rstrip(" *")) - 4)
        ):
            indicator = self._clean(post.lstrip(" *的"), post=True)
            if not indicator:
                return []
            return [self._draft(tok, ctx, indicator, "share_pct", 1, [*rules, "share_of_following_noun"])]
        elif ctx.level:
            measure, sign, cut = "share_pct", 1, len(pre)
            if best is not None and best[1] == "yoy_growth_pct" and best[0] == len(pre.rstrip()):
                # 由上年同期的下降4.2%转为增长11.7%: two growths, each with its direction
                clause_so_far = self.text[ctx.clause.start : tok.start]
                from_at = max(clause_so_far.rfind("由"), clause_so_far.rfind("从"), 0)
                if _MONTH_ON_MONTH_END.search(clause_so_far, 0, from_at):
                    return []  # (PPI环比由上月下降0.1%转为上涨0.1%: over the month before, no measure)
                measure, sign = "yoy_growth_pct", best[2]
            rules.append("from_to")
        elif best is None:
            outcome = outcome_before
            signed = _PLUS_BEFORE.search(pre)
            if signed is not None or tok.values[0] < 0:
                # 规上工业增加值：1—10月 +7.2%, 利润总额 712.4亿元 -2.3%: a signed percentage is a change
                measure, sign = "yoy_growth_pct", 1
                cut = signed.start() if signed is not None else len(pre)
                rules.append("signed_percent")
                if outcome is not None and _GOAL_LABEL.search(pre[:cut]):
                    cut, goal_of = 0, outcome  # …+4.1%（年度目标+5%）: the outcome's goal
            elif _GROWTH_AFTER.match(self.text, tok.end, ctx.clause.end):
                # (西藏以12.8%的增速…: 以 is no part of the subject; 的增速 may open a rank's token)
                measure, sign, cut = "yoy_growth_pct", 1, len(pre.rstrip(" *").removesuffix("以"))
                rules.append("growth_after_number")
            elif outcome is not None and self._goal_in_parentheses(tok, ctx):
                # 增长8.5%，完成年度目标（7.5%）: the goal is said in the outcome's measure
                measure, sign, cut = outcome.measure, outcome.sign, len(pre)
            elif outcome is not None and self._restates_subject(pre):
                measure, sign, cut = outcome.measure, outcome.sign, len(pre)
                rules.append("elliptic_level")
            elif (
                outcome is not None
                and outcome.measure != "share_pct"
                and _STRETCH_GOAL.fullmatch(pre.strip(" *").removeprefix("、"))
            ):
                # 增长9%，力争达到10%: a higher goal for the same growth, said in the same breath (or in
                # the same clause: 增长7.5%以上、力争达到8%)
                measure, sign, cut = outcome.measure, outcome.sign, len(pre)
                rules.append("stretch_goal")
            elif _NAMES_A_GROWTH.search(heading := self._of_role_label(pre, ctx.clause.start)):
                # 2.规模以上工业增加值增速 ↵ 目标：8.5% ↵ 完成：9.1%: the goal and outcome of the growth
                # the block's heading names
                indicator = self._clean(heading, growth=True)
                if not indicator:
                    return []
                return [self._draft(tok, ctx, indicator, "yoy_growth_pct", 1, [*rules, "growth_of_heading"])]
            elif (dashboard := self._dashboard_growth(tok, ctx)) is not None:
                # 规上工业营业收入：286.47亿元（10.2%，全市第3）, 固定资产投资：—（4.1%）: a dashboard line's
                # growth, in brackets after its level (or a dash where none is given)
                d = self._draft(tok, ctx, dashboard[0], "yoy_growth_pct", 1, [*rules, "dashboard_growth"])
                d.quote_start = min(d.quote_start, dashboard[1])
                return [d]
            elif (shared := self._rate_of_the_first_kind(tok, pre, ctx)) is not None:
                # 煤炭开采和洗选业产能利用率为73.8%…；黑色金属冶炼和压延加工业为78.5%: the kind's own rate,
                # as the first kind's was named (not the first kind's, nor no figure)
                return [self._draft(tok, ctx, shared, "share_pct", 1, [*rules, "rate_of_the_first_kind"])]
            elif _LINK_ONLY.fullmatch(pre.strip(" *")) and (
                grown := _GROWTH_CLAUSE_BEFORE.search(self.text, ctx.sentence.start, ctx.clause.start)
            ):
                # 德化县增速最快，达到10.3%: the growth the clause before named without its number
                indicator = self._clean(grown.group("who"), growth=True)
                if not indicator:
                    return []
                d = self._draft(tok, ctx, indicator, "yoy_growth_pct", 1, [*rules, "growth_named_before"])
                d.quote_start = min(d.quote_start, grown.start("who"))
                return [d]
            elif (part := _PART_OF_A_WHOLE.fullmatch(pre.rstrip(" *"))) is not None:
                # 新能源汽车新车销量达到汽车新车总销量的57.1%: the part's share of the whole, as 占 says
                indicator = self._clean(part.group("part") + "占" + part.group("whole"), share=True)
                if not indicator:
                    return []
                return [self._draft(tok, ctx, indicator, "share_pct", 1, [*rules, "share_of_whole_said"])]
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
        if not indicator and measure == "yoy_growth_pct":
            indicator = self._growth_of_amount_before_rate(ctx)
            grown = _GROWTH_CLAUSE_BEFORE.search(self.text, ctx.sentence.start, ctx.clause.start)
            if not indicator and grown is not None:
                # 嵊州市亩均税收增幅最大，增长11.6%: the growth the clause before singled out (of
                # the place it names, which the clause's region already is)
                indicator = self._clean(grown.group("who").removeprefix(ctx.region), growth=True)
        indicator = self._complete(indicator, ctx)
        if not indicator:
            return []
        d = self._draft(tok, ctx, indicator, measure, sign, rules)
        if goal_of is not None:
            # (高于全年…的预期目标 after a quarter's outcome: the goal of the whole year)
            end = goal_of.period.end
            whole_year = end is not None and _WHOLE_YEAR.search(pre) is not None
            d.status, d.period = "target", Period.year(end.year) if end and whole_year else goal_of.period
        span = _YEARS_AVERAGE.search(pre)
        if measure == "avg_growth_pct" and span and d.period.end is not None and d.period.kind == FULL_YEAR:
            # 两年平均增长: the average over the years that end with the figure's year (a
            # year-to-date's two-year average keeps its months: it is no average of whole years)
            years = parse_number(span.group(1)) or 1
            last = d.period.end.year
            d.period = Period(date(last - int(years) + 1, 1, 1), date(last, 12, 31), MULTI_YEAR)
        return [d]

    @staticmethod
    def _growth_of_amount_before_rate(ctx: Context) -> str:
        """支出完成612.4亿元，执行率98.6%，同比增长7.8%: a growth in % told right after a rate is the
        growth of the amount told before the rate (a rate changes by points); "" where none was."""
        told = [f for f in ctx.sentence_figs if f.measure != "rank"]
        if not told or told[-1].measure != "share_pct":
            return ""
        amount = next((f for f in reversed(told) if f.measure == "amount"), None)
        if amount is None:
            return ""
        ctx.inherited = amount  # the quote reaches back to the amount that names the indicator
        return amount.indicator

    def _ended(self, period: Period) -> bool:
        """Whether ``period`` was over by the reference date."""
        return period.end is not None and self.reference is not None and period.end <= self.reference

    def _completion(
        self, tok: Token, ctx: Context, completion: re.Match[str], rules: list[str]
    ) -> list[Draft]:
        """完成全年目标的48.5%, 完成2025年目标（2000亿元）的61.8%, 《规划》6000家目标完成率达85.4%:
        how much of a goal the outcome just told has reached, over the outcome's period."""
        if _PASSED_THRESHOLD.search(self.text, ctx.clause.start, tok.start) and tok.qualifier == "at_least":
            return []  # 已有58个项目完成年度投资计划的80%以上: the bar the counted projects passed
        # 完成年度投资计划的86.3%: the plan's rate, named by the plan (else by the goal)
        rate = completion.group("plan") + "完成率" if completion.group("plan") else "目标完成率"

        def named(what: str) -> str:
            """工业投资 + 投资计划完成率 → 工业投资计划完成率: the words they share said once (and
            a rate told before is named as it was: 萍乡市完成年度计划的58.3%…；新余市完成61.7%)."""
            if what.endswith("完成率"):
                return what
            shared = next((n for n in range(len(rate), 1, -1) if what.endswith(rate[:n])), 0)
            return what + rate[shared:]

        # 数字经济增加值已完成2025年目标值的82.9%: the subject stands before 完成, and the
        # rate is of the time the outcome is told for (截至2023年底), not the goal's year
        subject = self._clean(self.text[ctx.clause.start : ctx.clause.start + completion.start()])
        said = ctx.clause.start + completion.start() - ctx.sentence.start
        named_goal = _GOAL_NAMED.search(completion.group()) is not None
        # what the clause names before 完成, neither a place nor what a number told (确保一季度
        # 完成年度计划的22%以上、上半年完成50%以上: the months, the plan told before)
        its_own = bool(subject) and region_of_item(subject) is None and not _DIGIT.search(subject)
        if its_own and not named_goal and not _NO_PROGRESS.search(completion.group() + subject):
            # 设备安装完成60%, 车站主体结构完成65%左右: how far the work the clause names has got
            return [self._draft(tok, ctx, subject + "进度", "share_pct", 1, [*rules, "progress_done"])]
        told = [
            f
            for f in ctx.sentence_figs
            # (预计全年…营业收入达到188亿元，完成年度目标的101.6%: or the outcome expected)
            if f.status in ("actual", "estimate")
            and f.measure != "rank"
            and not {"period_comparison_base", "net_change_of_stock"} & set(f.rules)
        ]
        # the level reached (1236.5亿元) rather than the growth that took it there (年均增长15.0%)
        reached = next((f for f in reversed(told) if f.measure in ("amount", "share_pct")), None)
        reached = reached or (told[-1] if told else None)
        if reached is not None and not (
            # (…亿元以上项目21个；…，省市重点工业项目完成年度投资计划的58.6%: the clause's own;
            # not 年度投资计划完成率为93.7% nor 《规划》6000家目标完成率, which name the goal)
            its_own
            and reached.token.start < ctx.clause.start
            and named_goal
            and "完成率" not in completion.group()
        ):
            ctx.inherited = reached
            own = [
                m.period
                for m in self._mentions(ctx, False)
                if ctx.clause.start - ctx.sentence.start <= m.pos < said and self._ended(m.period)
            ]
            # (一季度完成年度目标的22%以上，上半年完成50%以上: the clause's own months)
            period = own[-1] if own else reached.period
            d = self._completion_rate(tok, ctx, named(reached.indicator), period, rules)
            d.status = reached.status
            return [d]
        ended = [m.period for m in self._mentions(ctx, False) if m.pos < said and self._ended(m.period)]
        aimed = self._status(tok, ctx)[1] == "status_cue_target"
        if region_of_item(subject) is not None:
            subject = ""  # 长沙市目标完成率为58.8%: the place's own rate, the place its region
        elif not subject:
            # 2025年营业收入目标为108亿元，上半年完成年度目标的48.5%: the goal the sentence set out
            goal = next(
                (f for f in reversed(ctx.sentence_figs) if f.status == "target" and f.measure == "amount"),
                None,
            )
            if goal is None or not (ended or aimed):
                return []
            ctx.inherited = goal
            subject = goal.indicator
        if aimed:
            # 力争上半年实际使用外资完成年度目标任务的55%以上: a share of the goal aimed at, by the
            # time said ahead
            return [self._draft(tok, ctx, named(subject), "share_pct", 1, [*rules, "completion_goal"])]
        return [self._completion_rate(tok, ctx, named(subject), ended[-1] if ended else None, rules)]

    def _goal_told_inline(self, tok: Token, ctx: Context) -> list[Draft]:
        """完成年度目标3.6亿吨的86.7%: the year's goal for what was just told, of the year its
        months are in; nobody's where nothing was told before it."""
        # (预计全年…31.6万辆，完成年度目标（30万辆）的105.3%: or the outcome expected)
        told = [f for f in ctx.sentence_figs if f.status in ("actual", "estimate") and f.measure == "amount"]
        reached = told[-1] if told else None
        if reached is None or reached.period.end is None:
            return []
        d = self._draft(tok, ctx, reached.indicator, "amount", 1, [*tok.rules, "goal_told_inline"])
        d.status, d.period = "target", Period.year(reached.period.end.year)
        d.region = reached.region
        return [d]

    def _completion_rate(
        self, tok: Token, ctx: Context, indicator: str, period: Period | None, rules: list[str]
    ) -> Draft:
        """完成率94.0%: the share of a goal reached, an outcome (of ``period``)."""
        d = self._draft(tok, ctx, indicator, "share_pct", 1, [*rules, "completion_rate"])
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

    def _places_growth(self, subject: str, ctx: Context) -> tuple[list[str], str] | None:
        """江苏、浙江增速 (中部、西部地区增速): the places listed alone before the word for their
        growth, and what grew, as the sentence told it before; None where either is not told."""
        growth = GROWTH_AFTER_PLACES.search(subject)
        if growth is None:
            return None
        items = [strip_chars(x) for x in list_items(subject[: growth.start()])]
        if len(items) < 2:
            return None
        if items[-1].endswith("地区"):
            items = [x if x.endswith("地区") else x + "地区" for x in items]  # (the items share 地区)
        places = [region_of_item(x) for x in items]
        told = next((f for f in reversed(ctx.sentence_figs) if f.measure == "yoy_growth_pct"), None)
        if told is None or not all(places):
            return None
        return [place for place in places if place], told.indicator

    def _pp(self, tok: Token, ctx: Context) -> list[Draft]:
        lex = lexicon()
        pre = ctx.pre.rstrip("：: ")  # (高于全国：0.9pp, a dashboard's label and its value)
        if _AFTER_BENCHMARKS_VALUE.fullmatch(pre) and _GAP_AFTER_BENCHMARKS_VALUE.search(
            self.text, ctx.clause.start, tok.start
        ):
            # 高于全国（6.1%）0.7个百分点: the gap to the benchmark whose own value stands in brackets
            pre = _BENCHMARKS_VALUE.sub("", self.text[ctx.clause.start : tok.start])
        elif _GAP_AFTER_BENCHMARKS_VALUE.search(pre):
            pre = _BENCHMARKS_VALUE.sub("", pre)  # (高于全国平均水平（89.3点）0.4点: its level, read as none)
        elif _AFTER_BENCHMARKS_VALUE.match(pre) and (
            earlier := _BASES_RATE_BEFORE.search(self.text, ctx.clause.start, tok.start)
        ):
            # 降幅较一季度（下降4.3%）收窄2.4个百分点: the change from the base whose rate stands in
            # brackets (降幅 says the growth rose)
            pre = (
                self.text[earlier.start() : earlier.end("when")]
                + self.text[earlier.start("after") : tok.start]
            )
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
        against = None
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
            against = _CHANGE_AGAINST_A_PLACE.search(pre, 0, cue_start) if measure == "pp_change" else None
            if against is not None:
                measure, benchmark = "pp_diff", self._benchmark(against.group("place"))
            elif measure == "pp_diff":
                benchmark = self._benchmark(pre[best[0] :])
        if (measure == "pp_change" or against is not None) and _DECLINE_WORD.search(subject):
            sign = -sign  # 降幅收窄3个百分点: the growth rate rose by 3 points
        respectively = "分别" in subject
        subject = subject.replace("分别", "")
        rules = [*tok.rules, measure]
        values = tok.values
        regions: list[str] = []
        items = [self._clean(x) for x in list_items(subject)] if respectively else []
        items = [x for x in items if x]
        counted = COUNTED_REGIONS.search(items[-1]) if items else None
        if counted is not None and region_of_item(items[-1][: counted.start()]) is not None:
            items[-1] = items[-1][: counted.start()]  # 平凉、…、陇南4个市州增速分别…: the last place alone
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
        if measure == "pp_diff" and compare is not None and len(values) > 1 and "、" in compare.group("bm"):
            # 增速分别比全国、全省、全市平均高出1.9、0.8和0.5个百分点 (比全省、全市分别高2.8和1.9个…)
            listed = _LISTED_AVERAGE.sub("", compare.group("bm").replace("分别", ""))
            gaps = self._gaps_to_listed_benchmarks(tok, ctx, listed, sign, rules)
            if gaps:
                return gaps
        placed = self._listed_regions(subject) if respectively and len(values) > 1 else None
        grown = self._places_growth(subject, ctx) if respectively and len(values) > 1 else None
        if placed is None and grown is not None and len(grown[0]) == len(values):
            # 中部、西部地区增速分别高于全国平均水平0.7和0.5个百分点: each place's gap in the growth
            # of what the sentence told before
            regions, targets = grown[0], [grown[1]] * len(values)
            rules.append("respectively_places")
        elif placed is not None and len(placed[0]) == len(values):
            # 浙江省、江苏省、重庆市制造业比重分别提高1.2、0.9、0.6个百分点: each place's change
            targets, regions = [placed[1]] * len(values), placed[0]
            rules.append("respectively_places")
        elif respectively and len(items) >= 2:
            targets = items
            rules.append("respectively_items")
        elif (
            len(values) == 1
            and _ALL_END.search(subject.rstrip(" *"))
            and (each_place := self._listed_regions(_ALL_END.sub("", subject.rstrip(" *")))) is not None
        ):
            # 南漳县、保康县完成率均低于全市平均水平10个百分点以上: the places this clause lists, each with
            # the gap (not the places of the figures before)
            regions, targets = each_place[0], [each_place[1]] * len(each_place[0])
            rules.append("each_place")
        elif respectively or len(values) > 1 or _ALL_END.search(subject.rstrip(" *")):
            # (…指数分别为139.4点、130.2点，分别比上季度提高3.1点、2.5点: the index levels told before)
            prior = [
                f
                for f in ctx.sentence_figs
                if f.measure in ("yoy_growth_pct", "share_pct", "avg_growth_pct") or f.token.base_unit == "点"
            ]
            n = len(values) if len(values) > 1 else len(ctx.prev_clause_figs) or 1
            if not respectively and len(values) == 1:
                # …分别增长8.7%、8.5%，均高于全国2个百分点以上: one gap for each figure of the clause before
                n = len(next((g for g in reversed(ctx.groups) if g), [])) or 1
            targets = [f.indicator for f in prior[-n:]]
            # 四川、重庆…分别增长6.8%和7.4%，分别高于全国0.4个和1.0个百分点: each gap is its region's
            regions = [f.region for f in prior[-n:]]
            rules.append("respectively_figures")
        else:
            # 增速快于全国…个百分点: the gap is of the growth of the indicator, named without 增速
            indicator = self._complete(self._clean(subject, growth=measure == "pp_diff"), ctx)
            targets = [indicator] if indicator else []
            inherited = ctx.inherited
            if not strip_chars(subject) and inherited and ctx.region == self.region:
                # 西藏以12.8%的增速…，高于全国6.7个百分点: the gap of the place just told
                regions = [inherited.region]
        if not targets and respectively:
            # A、B均比二季度有所回升，分别回升1.5个和0.9个百分点: the list the clause before told
            said = subject_said_of_each(self.text, ctx.sentence.start, ctx.clause.start)
            placed = self._listed_regions(said) if said else None
            each = [self._clean(x) for x in list_items(said)] if said and placed is None else []
            told: list[tuple[str, str | None]] = (
                [(placed[1], place) for place in placed[0]]
                if placed is not None
                else distribute_head(each)
                if each
                else []
            )
            told = told if len(told) == len(values) else []
            if all(name for name, _ in told):  # (places said of with no indicator: whose, untold)
                targets = [name for name, _ in told]
                regions = [region or ctx.region for _, region in told]
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

    def _benchmarks_value(self, tok: Token, ctx: Context, place: str, rules: list[str]) -> list[Draft] | None:
        """增长6.8%，高于全国（6.1%）0.7个百分点: the benchmark's own growth, in brackets after it,
        of the figure told before; None where the sentence told none before (增速高于全市平均水平
        （5.6%）的县市有5个: the growth the brackets give is the text's own place's)."""
        region = self._benchmark(place)
        subject = next((f for f in reversed(ctx.sentence_figs) if f.measure in _PERCENT_MEASURES), None)
        if subject is None:
            # (全省制造业PMI高于全国（49.6%）1.2个百分点: whose level it is, no figure before tells)
            return None if _OF_WHICH_AFTER.match(self.text, tok.end) else []
        if region is None or (region == place and place != "全国"):
            return []  # (全市 in a text that names no city: whose value it is cannot be told)
        d = self._draft(tok, ctx, subject.indicator, subject.measure, 1, [*rules, "benchmarks_value"])
        d.region, d.period = region, subject.period
        d.quote_start = min(d.quote_start, subject.quote_start)
        return [d]

    def _ratio_to_places(self, tok: Token, ctx: Context, places: str, rules: list[str]) -> list[Draft]:
        """人均规上工业增加值达到18.6万元，是全省平均水平的1.6倍 (分别是全市、全省平均水平的1.3倍和
        1.5倍): the figure told before as a ratio to each place's, in % (160)."""
        benchmarks = [self._benchmark(x) for x in list_items(places.replace("分别", ""))]
        subject = next((f for f in reversed(ctx.sentence_figs) if f.measure == "amount"), None)
        told = sum(1 for f in ctx.clause_figs if "ratio_to_place" in f.rules)
        if len(tok.values) == 1 and told < len(benchmarks):
            benchmarks = benchmarks[told : told + 1]  # (…的1.3倍和1.5倍: the next place's)
        if subject is None or len(benchmarks) != len(tok.values) or not all(benchmarks):
            return []
        out = []
        for benchmark, value in zip(benchmarks, tok.values, strict=True):
            d = self._draft(
                tok, ctx, subject.indicator, "share_pct", 1, [*rules, "ratio_to_place"], benchmark
            )
            d.values, d.period, d.region = [value], subject.period, subject.region
            d.quote_start = min(d.quote_start, subject.quote_start)
            out.append(d)
        return out

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
        if (
            tok.unit_class == "money"
            and _SUBSIDY_BEFORE.search(ctx.pre)
            and (
                _STANDARD_CUE.search(self.text, ctx.sentence.start, tok.start)
                or self.text.startswith("对", ctx.sentence.start)
            )
        ):
            return []  # 给予最高500万元奖励: a subsidy standard of a policy, not a figure
        if not ctx.level and (
            (_CHANGE_BEFORE.search(ctx.pre) and not lex.flow_cue.search(ctx.pre[-4:]))
            # (较上年新增15家: a change over the year before, whatever flow its verb names)
            or _NEW_OVER_BASE.search(ctx.pre)
            or _SINCE_YEAR_END.search(self.text, ctx.clause.start, tok.start)  # (较年初新增4.2万个)
        ):
            # 比上年增加8.9亿斤: an absolute change, not a level (no measure for it); but the
            # change of a stock since a year's end is the net number added since
            return self._net_change_of_stock(tok, ctx)
        if tok.unit_class == "count" and (
            _AMONG_END.search(ctx.post) or _AMONG_AFTER.match(self.text, tok.end, ctx.clause.end)
        ):
            return []  # (全省)41个工业大类行业中，…: the population a count is taken from, not a figure
        if tok.base_unit == "分" and _GRADE_MARK.match(self.text, tok.end, ctx.clause.end):
            return []  # 以60分为合格线: how scores are graded, no one's score
        if tok.unit_class == "duration" and not _TIME_MEASURED.search(self.text, ctx.clause.start, tok.start):
            return []  # 为期3天的展会, 24小时在线: how long something lasts, no measured time
        rules = [*tok.rules, "amount"]
        pre_core = self._clean(ctx.pre)
        averaged = _EACH_YEAR_ON_AVERAGE.fullmatch(ctx.pre.strip(" *").removesuffix("近").removesuffix("约"))
        if averaged is not None:
            summed = next((f for f in reversed(ctx.sentence_figs) if f.measure == "amount"), None)
            if summed is not None and summed.token.base_unit == tok.base_unit:
                # 三年间，全县共实现“小升规”企业147家，年均49家: the same things, a year on average
                # (…有效发明专利超过27万件，户均近16件: a firm on average)
                each = averaged["each"] or averaged["every"] or "年"
                pre_core = summed.indicator + ("年均" if each == "年" else "户均")
        if len(pre_core) > 1 and pre_core.endswith("以") and SCORE_THEN_RANK.match(self.text, tok.end):
            pre_core = pre_core[:-1]  # 钱集镇工业集中区以88.72分居第1位: what scored, not 以
        post_core = self._clean(_LEADING_OF.sub("", ctx.post), post=True)
        if _ONLY_HOW_IT_MOVED.fullmatch(post_core) and _COMPARED_WITH_LEVEL.search(ctx.pre):
            post_core = ""
        next_number = _DIGIT.search(self.text, tok.end, ctx.clause.end)
        if (
            tok.unit_class == "count"
            and pre_core in ("", *_FOR_WHOM)
            and not post_core
            and next_number is not None
            and ctx.pre.rstrip().endswith(_FOR_WHOM)
        ):
            # 今年已向183家企业兑现奖补资金1.96亿元: those the sum went to, named by what was done
            # for them, up to the sum
            # (本次共对12家企业的12个首台（套）产品给予补助: the firms, not their 的)
            pre_core = ""
            post_core = self._clean(self.text[tok.end : next_number.start()], post=True).removesuffix("的")
        if pre_core in _NO_SUBJECT_ALONE and _LEADS_THE_PLACES.match(self.text, tok.end, ctx.clause.end):
            post_core = ""  # 黄宅镇以98.7亿元继续领跑全县: how it stands, no name of what the number is
        if (
            tok.unit_class == "count"
            and not ctx.pre.strip()
            and not post_core
            and _HAN_AFTER.match(self.text, tok.end)
            and _DIGIT.search(self.text, tok.end, ctx.clause.end)
        ):
            # 46个市重点项目完成投资203.7亿元: how many things the next figure of the clause sums,
            # named only by the words that figure goes on with (nobody's figure before it)
            return []
        if ctx.pre.strip() in ("/", "／") and ctx.clause_figs and not post_core:
            # 612.4万千瓦/1689.5万千瓦时: the same stock again, in its other unit (200MW/400MWh共享
            # 储能电站 names it after both)
            return [self._draft(tok, ctx, ctx.clause_figs[-1].indicator, "amount", 1, [*rules, "other_unit"])]
        raw_pre = ctx.pre.rstrip(" *\t")
        cue = lex.qualifier_cue_before.suffix(raw_pre)
        if cue is not None:
            raw_pre = raw_pre[: -len(cue)].rstrip(" *")
        verb = lex.verb.suffix(raw_pre)
        ends_with_verb = raw_pre.endswith("的") or verb is not None
        # 财政八项支出: a numeral inside a name, not a count. It counts after a verb, a word
        # that leads to a number (总数达到三百一十二家) or where it closes the clause (新增…企业五十八家，)
        counted = ends_with_verb or lex.tail.suffix(raw_pre) is not None or (bool(pre_core) and not post_core)
        if "chinese_numeral" in tok.rules and not (counted or raw_pre.endswith(("有", "建成", "人民币"))):
            return []
        if pre_core in _NO_SUBJECT_ALONE and not post_core and tok.base_unit != "分":
            # 柯城区以38.6万元/亩的亩均税收居全市首位: what the number is, after it and 的; 江山市以
            # 35.1万元/亩居第二位: the one the place before was said of, in the same unit (a score
            # in 分 is named after its rank, below)
            named = _WITH_NUMBER_OF.match(self.text, tok.end, ctx.clause.end)
            # (从亩均税收看，德清县以45.2万元居全市第一: what the sentence opened on viewing)
            pre_core = (
                named.group(1)
                if named
                else next((f.indicator for f in reversed(ctx.sentence_figs) if f.token.unit == tok.unit), "")
                or self._topic_opened_on(ctx.sentence.start, ctx.clause.start)
                or self._counted_before_rank(tok, ctx)
            )
            if not pre_core:
                return []
        project = _PROJECT_OF_THE_SUM.match(ctx.post) if pre_core in _SUMS_OF_A_PROJECT else None
        if project is not None:
            pre_core, post_core = project.group(1) + pre_core, ""  # 新能源电池零部件项目总投资
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
        grown = ctx.clause_figs[-1] if ctx.clause_figs else None
        if ctx.pre.strip() in ("至", "到") and grown is not None and grown.measure == "yoy_growth_pct":
            indicator = grown.indicator  # 收益按年上升9.4%至16.2亿元: the level the growth reached
            rules.append("level_after_growth")
        if tok.base_unit == "分" and indicator in _NO_SUBJECT_ALONE:
            score = self._score_name(tok.end, ctx.clause.end, ctx.sentence_figs)
            if score is None:
                return []
            indicator = score
            rules.append("score_before_rank")
        resolved = self._resolve_ellipsis(indicator, ctx)
        if resolved != indicator:
            indicator = resolved
            rules.append("ellipsis_head")
        if indicator in lex.modifiers:
            # (…绿色工厂1527家，其中国家级386家: the head of the figure just before, in this clause
            # or an earlier one of the sentence)
            before = ctx.clause_figs or ctx.sentence_figs
            prev = before[-1] if before else None
            if prev is None:
                return []
            head = prev.indicator
            # (…拥有省级以上研发机构124家，其中国家级6家: 拥有国家级研发机构, the level replaced)
            said = next((mod for mod in lex.modifiers if mod in head), None)
            indicator = head.replace(said, indicator, 1) if said else indicator + head
            rules.append("borrowed_head")
        elif (
            indicator
            and not post_core
            and raw_pre.endswith("的")
            and ctx.pre.lstrip().startswith("其中")
            and ctx.sentence_figs
            and ctx.sentence_figs[-1].token.unit == tok.unit
            and indicator not in ctx.sentence_figs[-1].indicator
        ):
            # …危险化学品生产企业2146家，其中位于化工园区内的1382家: those of the things just counted
            # that the clause says are so
            indicator = f"{indicator}的{ctx.sentence_figs[-1].indicator}"
            rules.append("borrowed_head")
        indicator = self._complete(indicator, ctx)
        indicator = self._on_the_titles_list(indicator, tok)
        if not indicator and tok.unit_class == "count" and ctx.region != self.region:
            # …绿色工厂98家。兰州市入选15家 (or under （一）绿色工厂。): the place's part of the things
            # counted before, or of the paragraph's item
            counts_before = (f for f in reversed(self.previous_figures) if f.token.unit_class == "count")
            told = next(
                (f.indicator for f in counts_before if f.measure == "amount" and f.region == self.region), ""
            )
            indicator = self._paragraphs_item() or told
            rules.append("place_of_count_before")
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
        sign = 1
        lost = _LOSS_OF_PROFIT.search(indicator) if tok.unit_class == "money" and not post_core else None
        if lost is not None:
            # 归母净利润亏损5.3亿元: a profit below nothing, the profit's negative level
            indicator, sign = indicator[: lost.end(1)], -1
            rules.append("loss_as_negative")
        d = self._draft(tok, ctx, indicator, "amount", sign, rules)
        added = ctx.reached_after
        if added is not None and added.period.end is not None:
            d.period, d.stock = Period.as_of(added.period.end), True  # where the additions got to
        return [d]

    def _net_change_of_stock(self, tok: Token, ctx: Context) -> list[Draft]:
        """截至9月底，5G基站总数达470.5万个，比上年末净增45.4万个: the stock's net increase
        from the base's year-end to the stock's date (较2020年末的4318家净增808家: 2021 on)."""
        since = _SINCE_YEAR_END.search(self.text, ctx.clause.start, tok.start)
        stocks = [
            f
            # (…企业268户 ↵ 较年初净增9户: a post's line that goes on from the stock above)
            for f in [*ctx.sentence_figs, *ctx.among]
            if f.stock
            and f.measure == "amount"
            and f.period.kind == AS_OF
            # (…建设用地28.7平方公里；入驻…企业186家，较2018年末净增53家: the stock counted alike)
            and f.token.base_unit == tok.base_unit
        ]
        flow = max(
            (f for f in ctx.sentence_figs if f.measure == "amount" and f.token.base_unit == tok.base_unit),
            key=lambda f: f.token.start,
            default=None,
        )
        if flow is not None and not flow.stock:
            # (在研药物临床试验73项；全年新获…默示许可26项，比上年增加8项: the change of the year's
            # flow told last, not of the stock before it)
            stocks = []
        if since is None and tok.unit_class == "count" and not any("每" in f.indicator for f in stocks):
            # (a count of firms or households, not a balance of money or a count per head, which
            # changes on the date it is told: 每万人口…拥有量38.6件，较上年增加5.2件)
            since = _SINCE_LAST_YEAR.search(self.text, ctx.clause.start, tok.start)
        if since is None or not stocks:
            return self._change_over_the_year_before(tok, ctx) or self._net_added(tok, ctx)
        stock = max(stocks, key=lambda f: f.period.end or date.min)
        end = stock.period.end
        assert end is not None
        base = since.groupdict().get("y")  # (比上年, 比上年末 name no base year: the stock's own year)
        first = int(base) + 1 if base else end.year
        if first > end.year:
            return []
        since_first = Period(date(first, 1, 1), end, MULTI_YEAR) if first < end.year else Period.up_to(end)
        sign = -1 if since.group("verb") in ("净减", "减少") else 1
        ctx.inherited = stock  # the quote reaches back to the stock that names the indicator
        name = stock.indicator
        counted = next((name[: -len(w)] for w in _STOCK_SUFFIX if name.endswith(w)), name)
        indicator = "净增" + counted  # 5G基站总数 → 净增5G基站
        d = self._draft(tok, ctx, indicator, "amount", sign, [*tok.rules, "net_change_of_stock"])
        d.period, d.stock = since_first, False
        d.rules[-1] = "period_since_year_end"
        return [d]

    def _net_added(self, tok: Token, ctx: Context) -> list[Draft]:
        """全年规上工业企业净增620家, 规上工业企业突破2万家，去年一年净增近两千家: the net number
        added over the clause's period, a flow (said without a base: 比上年增加… is a change)."""
        verb = _NET_VERB_END.search(ctx.pre)
        compared = _COMPARED.search(ctx.pre) is not None
        if (verb is None or compared) and tok.unit_class == "count":
            # 智能工厂增加9家, 入选智能工厂数量较上年增加5家: so many more things counted over the
            # clause's period than the year before, no level told
            verb = _COUNT_CHANGED_END.search(ctx.pre)
            compared = verb is not None and _COMPARED.search(ctx.pre, 0, verb.start()) is not None
        if verb is None or compared:
            return []
        subject = self._clean(_SPAN_OF_YEARS_END.sub("", ctx.pre[: verb.start()]))
        if _SPAN_OF_YEARS_END.fullmatch(subject) or subject.endswith("后"):
            subject = ""  # 去年一年净增…, 扣除退库企业后净增…: how long or after what, not what
        if not subject:
            counted = next(
                (
                    f
                    for f in reversed(ctx.sentence_figs)
                    if f.measure == "amount" and f.token.base_unit == tok.base_unit
                ),
                None,
            )
            if counted is None:
                return []
            name = counted.indicator  # (not inherited: the stock's date is not the flow's period)
            subject = next((name[: -len(w)] for w in _STOCK_SUFFIX if name.endswith(w)), name)
        sign = -1 if "减" in verb.group(1) else 1
        said = verb.group(1)[:2] if verb.group(1).startswith("净") else verb.group(1)
        d = self._draft(
            tok,
            ctx,
            f"{subject}（{said}）",
            "amount",
            sign,
            [*tok.rules, "net_added"],
        )
        d.stock = False
        levels = sorted(
            {f.period.end for f in ctx.sentence_figs if f.stock and f.period.kind == AS_OF and f.period.end},
        )
        if d.period.kind == AS_OF and len(levels) >= 2:
            # 由2020年底的1.47万家增加到2025年底的1.92万家，净增4500家: added between the two dates
            first, last = levels[0].year + 1, levels[-1]
            d.period = Period(date(first, 1, 1), last, MULTI_YEAR if first < last.year else FULL_YEAR)
        return [d]

    def _change_over_the_year_before(self, tok: Token, ctx: Context) -> list[Draft]:
        """27家，比上年增加6家; 71.38分，比上年提高1.96分: how much the level told right before
        changed over its base, an amount of its own (named …（比上年增加）), of the level's period."""
        said = _CHANGE_OVER_BASE.search(self.text, ctx.clause.start, tok.start)
        level = next(
            (
                f
                for f in reversed(ctx.sentence_figs)
                if f.measure == "amount"
                and f.token.base_unit == tok.base_unit
                and "change_over_base" not in f.rules
            ),
            None,
        )
        if said is None or level is None:
            return []  # (a change whose level the text does not give has no measure)
        sign = -1 if said.group("verb") in _FALLING else 1
        ctx.inherited = level
        d = self._draft(
            tok, ctx, f"{level.indicator}（{said.group('base')}{said.group('verb')}）", "amount", sign,
            [*tok.rules, "change_over_base"],
        )  # fmt: skip
        d.period, d.stock = level.period, False
        return [d]

    def _ranked_by_name(self, tok: Token, ctx: Context) -> list[tuple[str, Draft | None]] | None:
        """营业收入、利润总额增速分别居全国…第7位和第5位: the indicators the ranks name, in order,
        each with the figure told before that it ranks (None if none was); None where the
        clause names no two indicators before 分别."""
        said = self.text[ctx.clause.start : tok.start]
        at = said.find("分别")
        if at < 0:
            return None
        subject = said[:at]
        growth = GROWTH_WORD.search(subject)
        if growth is not None:
            subject = subject[: growth.start()]
        items = [self._clean(x) for x in list_items(subject)]
        if len(items) < 2 or not all(items) or any(region_of_item(x) for x in items):
            return None  # places, not indicators: the figures listed before are theirs
        told = [*reversed(ctx.sentence_figs), *reversed(self.previous_figures)]
        wanted = "yoy_growth_pct" if growth is not None else None
        out: list[tuple[str, Draft | None]] = []
        for item in items:
            ref = next(
                (
                    f
                    for f in told
                    if item in f.indicator and f.measure != "rank" and wanted in (None, f.measure)
                ),
                None,
            )
            out.append((ref.indicator if ref is not None else item, ref))
        return out

    def _respective_rank(self, tok: Token, ctx: Context, benchmark: str | None) -> list[Draft] | None:
        """偃师区、孟津区…分别增长11.6%、10.3%，分列全市第1、2位: the places listed go, in
        order, to the figures listed before; None where the rank is no such place."""
        if "rank_top" in tok.rules:
            return (
                self._respective_top_ranks(tok, ctx, benchmark) if _RESPECTIVELY_END.search(ctx.pre) else None
            )
        placed = [f for f in ctx.clause_figs if f.measure == "rank"]
        if "rank_listed" in tok.rules:
            if not placed or "rank_respectively" not in placed[-1].rules:
                return None
        elif not _RESPECTIVELY_END.search(ctx.pre) and not (
            # 新疆、内蒙古分别增长9.6%、9.1%，居全国第二、第三位: ranks listed after places' figures
            _RANKS_LISTED_AFTER.match(self.text, tok.end, ctx.clause.end)
            and len({f.region for f in ctx.listed_before()}) >= 2
        ):
            return None
        named = self._ranked_by_name(tok, ctx)
        if named is not None:
            if len(placed) >= len(named):
                return []
            name, ref = named[len(placed)]
            if ref is None:
                return [
                    self._draft(
                        tok, ctx, name, "rank", 1, [*tok.rules, "rank_respectively"], benchmark=benchmark
                    )
                ]
        else:
            referents = ctx.listed_before()
            if not referents:
                return self._listed_region_rank(tok, ctx, benchmark, len(placed))
            if all(f.token.start < ctx.clause.start for f in referents):
                # 全省有12个市（州）…，宜宾市、绵阳市、成都市增速分别居全省第一、二、三位: the places the
                # clause lists, not the figures an earlier clause told
                own = self._listed_region_rank(tok, ctx, benchmark, len(placed))
                if own:
                    return own
            first = placed[0].token if placed else tok
            listed = _LISTED_RANKS.match(self.text, first.end, ctx.clause.end)
            ranks = 1 + (listed.group().count("、") if listed is not None else 0)
            part = self.text.rfind("；", ctx.sentence.start, first.start)
            after = [f for f in referents if f.token.start > part]
            if part >= 0 and ranks <= len(after) < len(referents):
                # 长沙市、益阳市分别增长…；张家界市、湘西州分别增长5.1%、4.6%，位列第13、14位: the
                # ranks of the places listed in the part of the sentence they close
                referents = after
            whole_first = bool(referents) and referents[0].region == self.region
            if whole_first and ranks < len(referents) and all(f.region != self.region for f in referents[1:]):
                # 全市竣工投产…项目64个，其中长葛市15个、禹州市12个，分别居全市第一、二位: the places'
                # ranks, not the whole's it breaks down
                referents = referents[1:]
            if len(placed) >= len(referents):
                return []  # more places than figures: which is whose cannot be told
            ref = referents[len(placed)]
        return [self._rank_of_figure(tok, ctx, ref, benchmark)]

    def _rank_of_figure(self, tok: Token, ctx: Context, ref: Draft, benchmark: str | None) -> Draft:
        """The rank a figure told before holds: of its indicator, place and period."""
        d = self._draft(
            tok, ctx, ref.indicator, "rank", 1, [*tok.rules, "rank_respectively"], benchmark=benchmark
        )
        d.region, d.period, d.quote_start = ref.region, ref.period, min(d.quote_start, ref.quote_start)
        return d

    def _respective_top_ranks(self, tok: Token, ctx: Context, benchmark: str | None) -> list[Draft]:
        """射洪市、安居区、遂宁经开区增速分别为15.8%、12.3%、11.6%，分别居全市前三位: as many places
        as the first few, told from the highest, hold them in turn; none where the places are more
        or fewer, or their figures not in falling order (whose place is whose cannot be told)."""
        referents = ctx.listed_before()
        if len(referents) != tok.values[0] or len({f.region for f in referents}) != len(referents):
            return []
        if not all(f.values for f in referents):
            return []
        values = [f.values[0] * f.sign for f in referents]
        if any(higher <= lower for higher, lower in itertools.pairwise(values)):
            return []
        return [
            self._rank_of_figure(replace(tok, values=[float(place)], qualifier="exact"), ctx, ref, benchmark)
            for place, ref in enumerate(referents, start=1)
        ]

    def _listed_region_rank(
        self, tok: Token, ctx: Context, benchmark: str | None, placed: int
    ) -> list[Draft]:
        """海门区、如皋市实际使用外资分列全市第1、2位: the places listed with what they are ranked by,
        in order, where no figure of theirs was told before."""
        said = self.text[ctx.clause.start : tok.end]
        cut = _RANKED_IN_TURN.search(said)
        listed = self._listed_regions(said[: cut.start()]) if cut is not None else None
        # (the places alone, 慈溪市、义乌市、诸暨市分别位列…: in a text on a ranking, ranked in it; after
        # 杭州市综合指数…位居全省第一，宁波市、嘉兴市分列第二、三位: in the list the place before heads)
        items = [strip_chars(item) for item in list_items(said[: cut.start()])] if cut else []
        # (抚州、赣州增速分列全省第一、第二位: ranked by the growth the paragraph told before)
        by_growth = bool(items) and GROWTH_WORD.search(items[-1][-2:]) is not None
        if by_growth:
            items[-1] = items[-1][:-2]  # (赣州增速: the place, without what ranks it)
        places = [region_of_item(item) for item in items]
        alone = [place for place in places if place] if len(places) >= 2 and all(places) else None
        earlier = next((f for f in reversed(ctx.sentence_figs) if f.measure == "rank"), None)
        growths = self._growths_of_paragraph(ctx.sentence_figs) if by_growth else []
        grown = growths[-1] if growths else None
        if listed is None and alone is not None and grown is not None:
            listed = alone, grown.indicator + "增速"
        elif listed is None and alone is not None and self.ranking_of_title:
            listed = alone, self.ranking_of_title
        elif listed is None and alone is not None and earlier is not None:
            listed = alone, earlier.indicator
            benchmark = benchmark or earlier.benchmark
        if listed is None or placed >= len(listed[0]):
            return []  # more ranks than places: which is whose cannot be told
        regions, indicator = listed
        d = self._draft(
            tok, ctx, indicator, "rank", 1, [*tok.rules, "rank_respectively"], benchmark=benchmark
        )
        d.region = regions[placed]
        return [d]

    @staticmethod
    def _rank_referent(figs: list[Draft], words: str) -> Draft:
        """The figure a bare 居全国第二位 ranks: the last one, or the one its subject names
        (``增速居…`` → the growth figure, ``规模居…`` → the amount)."""
        wanted = None
        if GROWTH_WORD.search(words):
            wanted = "yoy_growth_pct"
        elif _SIZE_WORD.search(words):
            wanted = "amount"
        elif _SHARE_WORD.search(words):
            wanted = "share_pct"
        # (完成市定目标任务121亿元的104.4%，总量居全市第3位: the outcome's size, not the goal's)
        candidates = [
            f for f in figs if f.measure != "rank" and not _NOT_RANKED_RULES.intersection(f.rules)
        ] or figs
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

    def _growth_told_before(self, words: str) -> list[str]:
        """…增长7.0%。六盘水市增速居全省第1位: a place's growth, ranked, is of the indicator whose
        growth the sentence before told (the place's own number the text leaves out)."""
        if not GROWTH_WORD.search(words):
            return []
        grown = [f for f in self.previous_figures if f.measure == "yoy_growth_pct"]
        return [grown[-1].indicator + "增速"] if grown else []

    def _counted_before_rank(self, tok: Token, ctx: Context) -> str:
        """…全国累计认定国家级工业设计中心已达439家。分省份看，浙江省以22家新入选居全国首位: a place's
        count that won it a rank is of the things the sentence before counted in the same unit ("" where
        it counted none)."""
        if tok.unit_class != "count" or _COUNT_THEN_RANK.match(self.text, tok.end, ctx.clause.end) is None:
            return ""
        told = [
            f
            for f in self.previous_figures
            if f.measure == "amount" and f.token.unit == tok.unit and not _CHANGE_RULES & set(f.rules)
        ]
        if told:
            return told[-1].indicator
        # (or the paragraph before, where this one opens on the places in turn, 分省份看，…, and
        # what it counted is what the text is titled on)
        if not self.text.startswith(_PLACES_ONE_BY_ONE, ctx.sentence.start):
            return ""
        title = self.meta.title or ""
        before = self.figures[-_COUNTS_BEFORE_BREAKDOWN:]
        counted = (f for f in reversed(before) if f.measure == "amount" and f.token.unit == tok.unit)
        return next((f.indicator for f in counted if f.indicator in title), "")

    def _rank_of_score(self, tok: Token, ctx: Context, benchmark: str | None) -> list[Draft] | None:
        """广州市、杭州市分别以91.87分、91.05分位列第2位、第3位: each rank, in order, goes with the
        score that won it, of its place and period; None where the clause told no such score."""
        scores = [f for f in ctx.clause_figs if f.measure == "amount" and f.token.base_unit == "分"]
        placed = [f for f in ctx.clause_figs if f.measure == "rank"]
        if placed:
            if "rank_of_score" not in placed[0].rules:
                return None
        elif not scores or scores[-1].token.end > tok.start:
            return None
        else:
            said = SCORE_THEN_RANK.match(self.text, scores[-1].token.end, ctx.clause.end)
            before = self.text[ctx.clause.start : scores[0].token.start]
            if said is None or said.end() < tok.start or "以" not in before:
                return None
        if len(placed) >= len(scores):
            return []  # more ranks than scores: whose each is cannot be told
        score = scores[len(placed)]
        named = score.indicator != "得分" and score.indicator.endswith("得分")
        name = score.indicator.removesuffix("得分") + "排名" if named else score.indicator + "排名"
        if RANKING_NAME.search(tok.population):
            benchmark = None  # 位居综合排名第1位: the ranking's name, not whom it ranks among
        d = self._draft(tok, ctx, name, "rank", 1, [*tok.rules, "rank_of_score"], benchmark=benchmark)
        d.region, d.period, d.quote_start = score.region, score.period, min(d.quote_start, score.quote_start)
        return [d]

    def _rank(self, tok: Token, ctx: Context) -> list[Draft]:
        assessed = _ASSESSMENT.fullmatch(strip_chars(tok.population))
        if assessed is not None:
            # 在全市招商引资工作考核中位列第1: the place in the assessment, among the places it ranks
            name = self._clean(assessed.group("what")) + assessed.group("kind")
            benchmark = self._benchmark(assessed.group("whole")) if assessed.group("whole") else None
            d = self._draft(tok, ctx, name, "rank", 1, [*tok.rules, "rank_in_assessment"], benchmark)
            place = region_of_item(strip_chars(self.text[ctx.clause.start : tok.start]))
            if place is not None and not (self.region.endswith("县") and named_zone(place)):
                d.region = place  # 宜都市在全省…考核中位列第2位 (but a county's zone is the county's)
            return [d]
        before = ctx.clause_figs[-1] if ctx.clause_figs and ctx.clause_figs[-1].measure == "rank" else None
        if (
            before is not None
            and tok.verb in _MOVED_TO
            and _RANK_MOVED.fullmatch(self.text, before.token.end, tok.start)
        ):
            # 由2015年的全省第4位上升至2025年的第3位: the same ranking's place it moved to, in the
            # year said with it, else in the year reported on
            d = self._draft(
                tok, ctx, before.indicator, "rank", 1, [*tok.rules, "rank_moved_to"], before.benchmark
            )
            d.region = before.region  # (璧山区由上年第9位升至第6位: the place that moved, both times)
            # (由上年的第11位升至全国第9位: the year said with the earlier place is not this one's)
            told_with_before = bool(before.token.held_in) and "period_mention" in d.rules
            if not tok.held_in and (d.period == before.period or told_with_before):
                # (…上升至第3位: not when the earlier place was held, but the figure's own period
                # told before it, else the one reported on)
                told = next((f.period for f in reversed(ctx.sentence_figs) if f.measure != "rank"), None)
                year = self.periods.summary_year()
                reported = self.reporting_period or (Period.year(year) if year else UNKNOWN_PERIOD)
                d.period = told if told is not None and told != before.period else reported
            return [d]
        benchmark = self._benchmark(tok.population)
        # (全省排名第2, in a city's text: the city's rank in the province, not the province's)
        scope_before = _SCOPE_BEFORE_RANK.search(ctx.pre) if not strip_chars(tok.population) else None
        if scope_before is not None:
            benchmark = self._benchmark(scope_before.group(1))
        scored = self._rank_of_score(tok, ctx, benchmark)
        if scored is not None:
            return scored
        respective = self._respective_rank(tok, ctx, benchmark)
        if respective is not None:
            return respective
        # (but …均居全国第3位、中部第1位: each figure's rank, both times)
        ranked_before = sum(f.measure == "rank" for f in ctx.clause_figs)
        listed_again = before is not None and "rank_listed" in tok.rules and ranked_before == 1
        if listed_again and before is not None and "分别" not in self.text[ctx.clause.start : tok.start]:
            # “小巨人”企业数量居全国第七位、中部第一位: what the rank before ranked, among others (not
            # the last thing the sentence counted)
            d = self._draft(
                tok, ctx, before.indicator, "rank", 1, [*tok.rules, "rank_listed_again"], benchmark
            )
            d.region, d.period = before.region, before.period
            d.quote_start = min(d.quote_start, before.quote_start)
            return [d]
        pre = ctx.pre[: scope_before.start()] if scope_before is not None else ctx.pre
        items = _ITEMS_COUNTED_BEFORE_RANK.fullmatch(strip_chars(pre))
        if items is not None:
            # …占比达93.1%；新能源装机…，占比69.9%，两项占比均居全国首位: each of the last two shares
            # told ranks so (it was a thing called 两项占比)
            shares = items.group("what") in ("占比", "比重")
            ranked_figures = [
                f
                for f in ctx.sentence_figs
                if f.measure == "share_pct" or (not shares and f.measure != "rank")
            ]
            n = int_of(items.group("n")) or 0
            return (
                [self._rank_of_figure(tok, ctx, ref, benchmark) for ref in ranked_figures[-n:]]
                if len(ranked_figures) >= n
                else []
            )
        if "rank_top" in tok.rules and _names_places(_BRACKETED_NUMBER.sub("", pre)):
            return []  # 肥乡区、鸡泽县、成安县增速居前三位: places named as the first few, no one's rank
        has_all = tok.verb.startswith("均") or bool(_ALL_END.search(pre))
        suffix_m = _RANK_SUFFIX.search(pre.rstrip(" *"))
        suffix = ""
        subject = pre.rstrip(" *")
        if suffix_m:
            suffix = _ALL_WORD.sub("", suffix_m.group(0))
            subject = subject[: suffix_m.start()]
        core = self._clean(subject)
        core = "" if core in _NO_SUBJECT_ALONE else core  # 以92.46分位列全省第一: 以 is no subject
        core = core.removeprefix("的")  # (以38.6万元/亩的亩均税收居全市首位: the thing ranked by)
        core = _HELD_FOR_YEARS.sub("", core)  # (产量连续多年居全国首位: how long it has ranked so)
        ranked_place = ""
        if core and self.ranking_of_title and region_of_item(core) == core:
            ranked_place, core = core, ""  # 桐乡市排名第71位, in a text on a ranking: the place ranked
        elif core and not suffix and (zone := named_zone(core)) is not None and zone[1] == len(core):
            # 南昌经开区位列全国第31位: the zone ranked, in what was told before (not a thing called
            # 南昌经开区)
            ranked_place, core = zone[0], ""
        if GROWTH_WORD.fullmatch(core) or _SIZE_WORD.fullmatch(core):
            # 西藏以12.8%的增速居全国首位: the rank of the growth just told (…118家，数量继续居全国城市
            # 首位: of the count)
            core = ""
        place_counted = region_of_item(core) if core and suffix else None
        if place_counted is not None:
            # 南昌市入选数量居全省首位: the place's count, ranked (not a thing called 南昌市入选数量)
            ranked_place, core = place_counted, ""
        grown = _PLACE_THEN_GROWTH.fullmatch(core)
        place = region_of_item(grown.group("place")) if grown is not None else None
        if place is not None:
            # 萧山区、钱塘区实现较快增长，其中钱塘区增速居全市首位: the place's rank in the growth told
            # before (not a thing called 钱塘区增速)
            ranked_place, core = place, ""
        won = ctx.clause_figs[-1] if ctx.clause_figs else None
        if (
            won is not None
            and won.measure == "amount"
            and won.token.unit_class == "count"
            and self.text[won.token.start - 1 : won.token.start] == "以"
            and _COUNT_THEN_RANK.match(self.text, won.token.end, ctx.clause.end) is not None
        ):
            core = won.indicator  # 浙江省以22家新入选居全国首位: the rank of that count, not of 新入选
        # (累计推广燃料电池汽车2860辆，推广数量居全国第6位: the number of what was done, told before)
        counted = bool(suffix) and len(core) > 1
        named = next(
            (
                f.indicator
                for f in reversed(ctx.sentence_figs)
                if core and (f.indicator.endswith(core) or (counted and core in f.indicator))
            ),
            None,
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
            names = [f.indicator for f in referents] or self._growth_told_before(subject + suffix)
            lead = self._lead_growth() if place is not None and not any(names) else ""
            # (…其中钱塘区增速居全市首位, opening a section: the growth the text gave for its own region)
            names = names or ([lead + "增速"] if lead else [])
            names = names or ([""] if place_counted is not None else [])
        if not any(names) and self.ranking_of_title and not has_all:
            # 桐乡市排名第71位, in a text on the 百强县 ranking: the place in that ranking
            names = [self.ranking_of_title]
        if not any(names) and not has_all:
            assessed_before = self._assessment_told_before(tok, ctx, benchmark)
            if assessed_before is not None:
                return [assessed_before]
        if not names:
            return []
        out = []
        stockish = any(f.stock for f in referents) or (
            # 总量居全国第4位: a stock's total stands at a date, a flow's (数字经济规模) is of its year
            suffix in _STOCK_SUFFIX
            and not any(lexicon().flow_nouns.search(name) for name in names)
            # (新增数量居全省第3位: the number added, over the year)
            and not lexicon().flow_cue.search(subject)
        )
        for i, name in enumerate(names):
            # (国家级试点城市数量达到4个，数量居中部地区第一位: the count named says 数量 already)
            ranked = name if suffix and name.endswith(suffix) else name + suffix
            d = self._draft(tok, ctx, ranked, "rank", 1, [*tok.rules, "rank"], benchmark=benchmark)
            d.region = ranked_place or d.region
            ref = referents[i] if i < len(referents) else None
            if ref is not None:
                # (but 增速由上半年的全省第4位: the place held in the months it names)
                d.period = d.period if tok.held_in else ref.period
                if d.region == self.region:
                    d.region = ref.region  # the ranked figure's place, where the clause names none
                d.quote_start = min(d.quote_start, ref.quote_start)
                if stockish and ref.period.end is not None:
                    d.period = Period.as_of(ref.period.end)
            elif (
                d.status == "actual"
                and d.period.kind not in (AS_OF,)
                and not tok.held_in  # (由上年的第11位: a place held then, not now)
                and not self._has_mention(tok, ctx)
                # 工业增加值总量稳居全省首位: the rank of a flow is of the period reported on
                and not lexicon().flow_nouns.search(ranked)
            ):
                d.period = self._default_stock_period() or d.period
            elif (
                d.period.kind == FULL_YEAR
                and d.period.end is not None
                and d.status == "actual"
                # (产业规模居全国首位: a flow, with the 规模 the rank's subject ends on; 新增入库企业数居
                # 全省第3位: the number added over the year)
                and not lexicon().flow_nouns.search(ranked)
                and not lexicon().flow_cue.search(subject)
                # (在2024年度全省化工园区综合评价中位居第二位: the year's assessment)
                and not _ASSESSMENT_WORD.search(name)
            ):
                d.period = Period.as_of(d.period.end)
            out.append(d)
        return out

    def _assessment_told_before(self, tok: Token, ctx: Context, benchmark: str | None) -> Draft | None:
        """…2024年国家级经开区综合发展水平考核评价结果中，我区位列全国第9位: the place in the
        assessment the clause before names, of the year it names."""
        told = _ASSESSED_IN_CLAUSE_BEFORE.search(self.text, ctx.sentence.start, ctx.clause.start)
        said = self.text[ctx.clause.start : ctx.clause.end]
        if told is None or _PLACES_OR_MOVES_IN_RANKING.search(said):
            return None  # (…分别居第2位、第5位; 由上一年度的第14位跃升至第9位: places or years apart)
        what = told.group("what").rsplit("的", 1)[-1].removeprefix("在")
        whole = _WHOLE_BEFORE_ASSESSED.match(what)
        if whole is not None:
            # (在全省开发区综合考评中，我区排名第3位: among the province's zones)
            benchmark = benchmark or self._benchmark(whole.group())
            what = what[whole.end() :]
        name = self._clean(periods_free(what))
        if not name:
            return None
        rules = [*tok.rules, "rank_in_assessment"]
        d = self._draft(tok, ctx, name + told.group("kind"), "rank", 1, rules, benchmark)
        d.quote_start = told.start("what")  # (the clause that names the assessment, too)
        years = [m.period for m in self.periods.find(what, plan=False) if m.period.kind == FULL_YEAR]
        if len(years) == 1 and not tok.held_in:
            d.period = years[0]
        return d

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
        chain = self.section_chain
        if chain and indicator and chain[:2] not in indicator:
            # 链上规上企业212家 under （一）锂电新能源产业链: the chain's firms
            indicator = f"{chain}产业链{indicator}"
        region = ctx.region
        sums = list(_SUM_OVER_PLACES.finditer(self.text, ctx.sentence.start, tok.start))
        # (…四市合计125家，占比43.7%: the sum's clause, or the one right after it)
        if sums and self.text.count("，", sums[-1].end(), tok.start) <= 1:
            # 郑州市48家、洛阳市31家…，四市合计125家，占比43.7%: the sum over places listed is the whole
            # text's region's (those places' part of it), not the first place's
            region = self.region
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
            if measure == "amount" and self.listed_topic and not ctx.sentence_figs:
                # 入选绿色工厂按设区市分布如下： ↵ 南昌市：28家: what the line above the list names
                subject = self.listed_topic
            if not subject and measure in ("yoy_growth_pct", "pp_diff"):
                # 有9个市规上工业增加值增速高于全国…。其中，赣州市增长9.6%: the growth that the
                # whole's count of regions was about
                said = (lexicon().catalogue_growth.search(f.indicator) for f in ctx.among)
                subject = next((m.group() for m in said if m is not None), self.growth_before)
                if not subject:
                    before, lead = self._growth_said_before(), self._lead_growth()
                    # (the lead growth in full where the sentence before said part of its name;
                    # not after 其中, which breaks down the figures before, none of them a growth)
                    subject = lead if before and before in lead else before or ("" if ctx.among else lead)
            if not subject and measure == "amount" and tok.unit_class == "count":
                # 新入选的16家国家级单项冠军企业中，厦门市5家: the things counted among
                among = _POPULATION.search(self.text, ctx.sentence.start, ctx.clause.start)
                subject = self._clean(among.group("noun")) if among is not None else ""
            if not subject and measure == "amount":
                # 一、专精特新中小企业：…  …太原市新认定298家 (or a numbered paragraph's item:
                # （一）绿色工厂。从地区分布看，…兰州市入选15家)
                subject = self._paragraphs_item() or self.section_topic
            region, indicator = named, subject
        if self._goal_in_parentheses(tok, ctx):
            indicator, period, period_rule, stock = self._goal_of(tok, ctx, indicator, measure)
            status, status_rule = "target", "status_goal"
        else:
            status, status_rule, period, period_rule, stock = self._status_and_period(tok, ctx, measure)
            if (
                status != "actual"
                and measure in ("share_pct", "pp_change")
                and _RESPONDENTS.search(indicator)
            ):
                # 27%的受访企业计划在2024年扩大在华投资: what a survey found its respondents plan, a
                # share counted now, not a goal (and how it moved: 这一比例较上年下降3个百分点)
                status, status_rule = "actual", "status_survey_share"
            if status == "actual":
                period, period_rule, stock = self._at_balance_date(
                    indicator, tok, ctx, measure, period, period_rule, stock
                )
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
