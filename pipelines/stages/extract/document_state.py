"""What each sentence changes of the state the extractor's walk keeps.

A figure's sentence rarely says everything about it: who speaks (a district
head in a city's press conference), which place a section or paragraph is
about (广东：…, a paragraph opening on 佛山), which period a paragraph opened
with (2024年，…), the latest period a monthly report has reported up to, what a
numbered section counts, and whether the text has turned to plans.  The walk
updates that state sentence by sentence, here; the figure rules only read it.
"""

from __future__ import annotations

import re

from pipelines.stages.describe import (
    PLACE_HEADING,
    counties_named,
    county_of,
    county_of_province,
    heading_place,
    headquarters_city,
    safe_date,
)
from pipelines.stages.extract import clauses as cl
from pipelines.stages.extract.indicators import (
    IndicatorText,
    city_named_in,
    district_named_in,
    headline_region,
    leading_region,
    opens_on_region,
    province_of,
    region_of_item,
    strip_chars,
    works_city_opening,
)
from pipelines.stages.extract.lexicon import lexicon
from pipelines.stages.extract.periods import (
    AS_OF,
    BODY_BEFORE_A_TIME,
    FULL_YEAR,
    MULTI_YEAR,
    NAMED_YEAR,
    QUARTER,
    YTD,
    Mention,
    Period,
    at_year_end,
    five_year_plan_named,
    may_name_a_period,
    month_end,
)
from pipelines.stages.extract.speakers import Speaker, introduced_before, speaker_label
from pipelines.stages.extract.status_period import (
    YEAR_RANGE,
    StatusPeriodRules,
    has_target_cue,
    last_status_cue,
)
from pipelines.stages.models import UNNAMED_CITY, UNNAMED_PROVINCE, DocumentMeta
from pipelines.stages.normalize import PLACE_SUBHEAD
from pipelines.stages.zones import ZONE, named_zone

#: the levels a place the text named before may be called by alone (该镇, 该乡, 该县, 该街道)
_LEVEL_ENDS = ("镇", "乡", "县", "街道")
#: how the names of a level's places end, by the scope word's level (全市: …市; 全省: …省, …自治区)
NAME_ENDS_OF_LEVEL = {"市": ("市",), "省": ("省", "自治区")}
#: how the names of the places a scope word leaves unnamed end
_ENDS_OF_THE_UNNAMED = {UNNAMED_CITY: NAME_ENDS_OF_LEVEL["市"], UNNAMED_PROVINCE: NAME_ENDS_OF_LEVEL["省"]}
_THE_PLACE_OF_LEVEL = re.compile(f"该({'|'.join(_LEVEL_ENDS)})")
#: a place's name standing alone, no word around it (（一）工业投资攻坚奖：乐从镇。)
_NAME_ALONE = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,5}(?:镇|乡|县|街道)(?![\u4e00-\u9fff])")

#: the months to date said as an average, not reported on (1—8月平均, …均值, a price's 1-8月累计涨幅,
#: and any price's change over them: 1-8月，全市工业生产者出厂价格同比下降2.7%; but not a section's
#: heading, 三、1—10月工业生产者价格变动情况, which turns the text to those months)
_AVERAGED_OVER_MONTHS = re.compile(
    r"平均|均值|累计(?:同比)?(?:涨幅|降幅|涨跌幅|上涨)|(?:价格|PPI|CPI|IPI).*%"
    # (…工业生产指数较上年同月增加12.68%；累计1至10月…增加9.86%: the months to date said in passing)
    r"|累计\s*1\s*[至到—\-~～]\s*(?:1[0-2]|[2-9])\s*月"
    # (春节落点不同，合并1-2月观察，…均为近15年同期最大增幅: the months seen together, in passing)
    r"|合并\s*1\s*[至到—\-~～]\s*(?:1[0-2]|[2-9])\s*月"
)
#: a bulletin's opening that says what follows is its report (…情况通报如下, 报告如下)
_REPORTED_BELOW = re.compile(r"(?:通报|报告|汇报|公布)如下")
#: a numbered heading on a line of its own, and one that opens on a place (a county perhaps after
#: its city: 一、榆林市神木市陕西鑫垣煤化有限公司虚报工业总产值案)
_HEADING_MARK = r"(?P<marker>[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])"
#: a chapter heading's months in brackets at its end (五、工业企业效益（1—3月）)
_BRACKETED_MONTHS_END = re.compile(r"[（(]\s*1\s*[-—–~至]\s*\d{1,2}\s*月份?\s*[)）]\s*$")
_NUMBERED_HEADING_LINE = re.compile(rf"\s*{_HEADING_MARK}[^\n。；;，,：:]{{2,40}}")
#: the verb before the place a project settles in (…项目（落户容县）)
_SETTLED = r"(?:落户|落地|位于|选址|建于)?"
#: the place's name: two characters or more, or one after the verb (落户容县)
_SETTLED_PLACE = r"(?:(?<=[户地于址])[\u4e00-\u9fff]|[\u4e00-\u9fff]{2})[\u4e00-\u9fff]{0,6}?"
#: a numbered heading that names its place last, in brackets (一、…公司：…智能工厂建设（郑州市）)
_PLACE_AFTER_HEADING = re.compile(
    rf"\s*{_HEADING_MARK}[^\n。；;]{{2,60}}?[（(]{_SETTLED}(?P<place>{_SETTLED_PLACE}(?:市|县|区|旗))[)）]\s*"
)
#: a project's heading numbered in digits, its place last in brackets (1．荆楚锂源…项目（钟祥市）), as
#: a meeting's minutes list the projects it went through
_PROJECT_PLACE_AFTER_HEADING = re.compile(
    r"\s*(?P<marker>\d{1,2}[．.、](?!\d))[^\n。；;，,]{2,60}?[（(]"
    + _SETTLED
    + rf"(?P<place>{_SETTLED_PLACE}(?:市|县|区|旗))[)）]\s*"
)
#: a paragraph that sums up or looks ahead after the sections of places (以上案件中…, 下一步，…)
_SECTION_CLOSER = re.compile(r"\s*(?:以上|综上|下一步|总体(?:来)?看|总的来看|总之|附件)")
_NUMBERED_PLACE_HEADING = re.compile(
    rf"\s*{_HEADING_MARK}\s*"
    r"(?:[\u4e00-\u9fff]{1,5}?市(?=[\u4e00-\u9fff]{1,4}?[县区市旗]))?"
    # (not 二、分县（市、区）主要指标, 各县…, 全市…: the places in general)
    r"(?![分各全本我])(?P<place>[\u4e00-\u9fff]{1,5}?(?:县|市|区|旗))(?![场民长委政级属辖域（(])"
)
#: numbered section headings at a paragraph start: 一、 / （一） / 1. / （1）
_HEADING = re.compile(
    # (PART 7　县区亮点, 第三部分: a post's or a report's parts, at the top level)
    r"\s*(?:([一二三四五六七八九十]+、|PART\s*\d{1,2}(?!\d)|第[一二三四五六七八九十]+部分)|([（(][一二三四五六七八九十]+[)）])"
    r"|(\d+[.．、](?!\d)|\d+[.．、](?=\d{1,2}月\d))"
    r"|([（(]\d+[)）]))"  # (5．11月27日，…: an item's number, then its day)
)
#: a round-up's paragraph that opens on its place in brackets (【芜湖】芜湖市规上工业…)
#: (…or by its place and its trade: 【温岭·水泵】)
_BRACKETED_PLACE = re.compile(r"\s*【(?P<place>[\u4e00-\u9fff]{2,6}?)(?:[·・][^】]{1,8})?】")
#: the labels of a line that names who speaks (受访人：…董事长 江建国), no heading of a section
_PERSON_LABELS = frozenset(
    {"受访人", "受访者", "采访对象", "讲述人", "口述", "嘉宾", "主持人", "记者", "通讯员", "作者"}
)
#: the longest day range a weekly brief's 本周 may mean
_DAYS_IN_A_WEEK = 7

#: a title of a survey or index taken each quarter (中小企业发展指数, 企业景气调查)
_SURVEYED = re.compile(r"指数|景气|调查|监测|产能利用率")  # (产能利用率: a quarterly survey's too)
_SUB_YEAR_HINT = re.compile(r"月|季|半年")  # (季 alone: Taiwan's and Hong Kong's 前3季)
#: a quarter a title names as Taiwan, Hong Kong and Macao do (115年第3季製造業產值): that quarter alone,
#: not the months to date a mainland 三季度经济运行 speaks of
_QUARTER_ALONE = re.compile(r"第[1-4一二三四]季(?!度)")

#: the noun before a headline's colon (一、专精特新中小企业：新认定1126家)
_HEADLINE_TOPIC = re.compile(r"([^，,。；;：:\d]{2,16})[：:]")
#: a line that says the lines under it list what it names (入选绿色工厂按设区市分布如下：, 各市新认定企业
#: 名单如下：), and what that is
_LISTED_BELOW = re.compile(
    r"(?P<what>[^，,。；;：:\n]{2,30}?)(?:按[^，,。；;：:\n]{1,8}?)?(?:分布情况|分布|情况|名单|明细)?如下\s*[：:]\s*$"
)
#: a section's heading that is an industrial chain's name alone (（一）锂电新能源产业链)
_CHAIN_HEADING = re.compile(r"([\u4e00-\u9fff]{2,10}?)产业链")

#: a year named in a title (2025年度, 2025年)
TITLE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")

#: a text turning to next year's work or goals (明年要重点抓好…工作, 2026年…主要预期目标是); not to a
#: part of it a meeting planned for (研究部署四季度及明年一季度重点工作: the figures after it are done)
_NEXT_YEARS_WORK = re.compile(
    r"(?:明年|(?P<year>\d{4})\s*年)(?!第?[一1]季度|首季|上半年)"
    r"[^。；;，,]{0,24}?(?:主要预期目标|主要目标|重点抓好|重点工作|工作安排|工作思路)"
)
#: the first month of a year's last months, when its texts turn to the next year's work
_LATE_MONTH = 11
#: the work a text sets out for the goals it has just given (围绕上述目标，重点抓好四个方面工作)
_WORK_FOR_THE_GOALS = re.compile(
    r"围绕(?:上述|以上|这些|全年)?目标(?:任务)?[^。；;]{0,16}?抓好[^。；;]{0,8}工作"
)
#: the last month of a year's first months, when its texts set that year's goals and work
_EARLY_MONTH = 3
#: a clause that opens on this year (…；今年推动…, 年内新增…)
_THIS_YEAR_OPENS = re.compile(r"(?:^|(?<=[，；。：\n]))\s*(?:今年|年内|本年度?)")
#: 到2027年 (or 至2027年底) inside a sentence: a horizon, not a span
#: (its character class first, the lookbehind after it: the engine then skips to candidates)
_HORIZON_SAID = re.compile(r"[到至](?<![\d年][到至])\s*(?P<year>\d{4})\s*年(?![\d月度])")
#: the date and time a post of a feed opens with (2025-11-20 18:26 来自 微博视频号)
_POST_STAMP = re.compile(
    r"(?:^|(?<=\n))\s*(?P<y>(?:19|20)\d{2})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})日?\s*\d{1,2}:\d{2}"
)
#: the date line of an item on a page that lists several (发布时间：2025-11-17　来源：…)
_ITEM_STAMP = re.compile(
    r"(?:^|(?<=\n))\s*发布时间：\s*(?P<y>(?:19|20)\d{2})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})"
)
#: a breakdown by time of the figures before (分季度看，一季度增长3.3%，二季度增长5.1%)
BREAKDOWN_BY_TIME = (
    "分季度",
    "分月份",
    "分月看",
    "从单月看",
    "分阶段看",
    "从走势看",
    "从季度看",
    "从月度看",
)
#: the aspect a paragraph opens on looking at (分产品看，, 从地区看，, 按產品分析，)
_ASPECT = r"[分从按][^，,。；;]{1,8}(?:看|分析)[，,]\s*"
#: the phrase a sentence opens with, where a period that governs it stands (2024年，2021—2023年，),
#: after the breakdown it announces, if any (分产品看，10月份，…)
#: (or a date a post's block opens on, on a line of its own: 截至3月末 ↵ 全区规上工业企业268户)
_OPENING_PHRASE = re.compile(
    # (按產品分析，8月份成衣出口…: the month after the aspect the paragraph looks at, no comma after it)
    rf"\s*{_ASPECT}(?:(?:19|20)\d{{2}}\s*年)?\d{{1,2}}\s*月份?(?![，,])"
    rf"|\s*(?:{_ASPECT})?[^，,。；;]{{0,12}}?[，,]|\s*截至[^，,。；;\n]{{2,10}}$"
    # (2026年首3季工业生产指数按年下跌1.7%。制造业下跌6.0%: the months a paragraph's first words name,
    # without a comma after them)
    r"|\s*(?:19|20)\d{2}\s*年(?:首[二三23]季|前[二三]季度|[上下]半年|1\s*[-—–~至]\s*\d{1,2}\s*月份?)(?![，,])"
    # (根据2024年工业调查结果，本澳共有工业场所917间…。工业生产总值为…: the year of the survey it quotes)
    r"|\s*根据(?:19|20)\d{2}\s*年[^，,。；;]{1,16}?[，,]"
)
#: a paragraph that opens on the day an event took place, perhaps after a news item's dateline
#: (本台讯（记者 刘晓敏）3月17日上午，泰和县…集中签约仪式在泰和工业园区举行)
_EVENT_DAY = re.compile(
    r"\s*(?:[^，,。；;\s（(]{0,12}?讯\s*(?:[（(][^（）()]{0,30}[)）])?\s*)?"
    r"(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:上午|下午|晚上?)?[，,][^。；;]*?(?:举行|召开|举办|开幕|闭幕|签约仪式|落下帷幕|落幕)"
)

#: words that point back to the event a paragraph before told of (本批集中开工重大项目, 此次签约,
#: 本届交易会)
#: (at the paragraph's opening: 据了解，本批…; not 本次评选, 本次调查, whose figures are the year's)
_THE_EVENTS = re.compile(
    r"[^。；\n]{0,6}?(?:本批|本次|此次|这批|这次|本届)(?!评选|评价|调查|监测|统计|普查|考核|评估)"
    r"|(?:活动|仪式)现场"  # (活动现场还集中签约产业项目23个: at the very event)
)
#: a paragraph that breaks down the one before (——从投资规模看，…, 分区域看，…, 一是…)
_BREAKDOWN_OPENER = re.compile(
    r"\s*(?:[—－-]{1,2}\s*)?(?:从[^，。；]{1,8}看|分[^，。；]{1,6}看|[一二三四五六七八九十]是|其中)"
)
#: how far after 会议指出， a period that opens what was said can reach (2024年1-11月 is 11)
_OPENING_PERIOD_CHARS = 16

_ATTRIBUTION = re.compile(
    r"\s*(?:[^，,。；;：:]{1,10}?(?:指出|强调|认为|提出|表示|介绍|通报)"
    r"|[^，,。；;：:]{1,14}?(?:数据|统计|监测)显示"  # (河南省工业和信息化厅数据显示，2025年，…)
    r"|据[^，,。；;：:]{0,10}?(?:统计|测算|监测|数据显示)"  # (据协会旬报统计，10月中旬…)
    # (根据…联合发布的《2024年湖南省科技经费投入统计公报》，2024年，…: the bulletin it quotes,
    # its title masked)
    r"|根据[^，,。；;：:]{0,30}?(?:发布|公布)的[^，,。；;：:]{2,42}?"
    r"|[\u4e00-\u9fff·]{2,4}(?=[：:]))\s*[，,：:]\s*"  # (刘建峰：明年的主要目标是…: a speaker's turn)
)

#: 总结2024年工作，…部署2025年重点任务: a meeting's agenda names the plan, it does not open it
_AGENDA = re.compile(
    r"(?:总结|回顾|通报|听取|分析)[^，。；]{0,12}(?:\d{4}\s*年|去年|上年|过去|上半年|前三季度|一季度|今年以来"
    r"|\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月)"  # (通报1—7月全市工业经济运行情况)
    r"|(?:总结|情况)(?:和|及|与)"
    # (今天召开这次会议，主要是分析上半年…，部署下半年重点工作: what the meeting is for; 全市工业经济运行
    # 调度会召开，通报…，安排部署三季度及下一步工作)
    r"|(?:召开|举行)(?:这次|本次|今天的)?(?:会议|大会)|(?:会|会议|大会)(?:召开|举行)"
    # (我市召开2026年上半年工业经济运行座谈会，…部署下半年重点工作: the meeting the news reports)
    r"|(?:召开|举行)[^，。；]{2,24}?(?:座谈会|调度会|推进会|分析会|工作会|联席会)"
)

#: an expert's view, reported (一位教授认为，…; 业内人士建议…)
_OPINION = re.compile(r"(?:教授|专家|学者|研究员|分析师|人士|委员)[^，。；]{0,4}(?:认为|建议|指出)")

#: the plan a sentence says it acts upon (根据省人大常委会2025年度监督工作计划，…开展了…): its
#: 计划 names that plan; only the rest of the sentence can say that the text plans
_ACTING_UPON = re.compile(r"(?:根据|按照|依据|依照)[^，。；]{0,40}[，,]")
#: a goal said done, and by how much (完成年初确定的“…800家以上”目标任务的110.6%): a review
#: of the goal, whose 目标 says no plan
_GOAL_DONE = re.compile(r"完成[^，,。；;]{0,40}?目标(?:任务)?的")

#: a project's schedule (项目计划于2026年3月开工): the firm's timetable, no plan of the text's
_SCHEDULE = re.compile(
    r"(?:计划|预计|拟)于?\s*\d{4}\s*年(?:\d{1,2}\s*月)?(?:底|末|前)?(?:开工|建成|投产|竣工|完工)"
)
#: what a year is called (开局之年), a plan's cue only early in that year
_YEARS_NAME = frozenset({"开局之年", "起步之年"})
_EARLY_MONTHS = 6
#: the longest short name a heading gives a county-level city (乐清：…)
_SHORT_PLACE_MAX = 3

#: From this month a year-end summary plans the next year (…总结和2026年工作思路, in December).
PLANS_NEXT_YEAR_FROM = 11


_DIGIT = re.compile(r"\d")
#: a chronicle's entry, opened by its day (3月12日，…)
_ENTRY_DAY = re.compile(r"\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[，,]?")
#: the plan scope of a plan told in a document's lead: any numbered heading ends it
_LEAD = 9
#: a sentence that introduces what follows it (…报告如下：, …情况如下)
_INTRODUCES = re.compile(r"如下|[：:]\s*$")
#: a heading's words for what a review reports (执行情况, 完成情况, 工作回顾, 工作总结)
_REVIEW_NAMED = re.compile(
    r"执行情况|完成情况|实施情况|进展情况|回顾|总结|主要成效|工作成效|工作基础|发展基础"
)
#: a plan's heading for what it starts from (一、发展基础, （一）发展现状): a review, with or without years
_BASIS_NAMED = re.compile(
    r"^\W*[一二三四五六七八九十\d]*[、.．）)]?\s*(?:发展基础|工作基础|现实基础|发展现状)\s*$"
)
#: a year a plan's goals are set for (到2027年)
_BY_THE_YEAR = re.compile(r"到\s*((?:19|20)\d{2})\s*年")
#: a heading's words for what a plan sets (主要目标, 重点任务, 发展思路)
_GOALS_NAMED = re.compile(r"目标|任务|思路|安排|举措|部署")
_YEAR_OF_A_DATE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月")
#: a speaker's name in brackets on a line of its own (【何建平】, 【主持人 蒙丽娟】), opening their
#: turn in a transcript
_BRACKETED_SPEAKER = re.compile(
    r"\s*【(?:[\u4e00-\u9fff]{2,8}[ \u3000]+)?[\u4e00-\u9fff·]{2,4}】[ \t\u3000]*(?:\n|$)"
)
#: a story's section titled in brackets on a line of its own (【县域竞相发力】)
_BRACKETED_SECTION = re.compile(r"\s*【(?P<title>[^】\n\d]{2,16})】[ \t\u3000]*(?:\n|$)")
#: an interviewer's question (记者问：, 问：, 记者：): a new turn of an interview
_QUESTION_LABEL = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,8}记者问?|问|提问)\s*[：:]")
#: what a question about plans asks for (哪些谋划, 主要目标, 下一步, 未来, 将如何)
_ASKS_AHEAD = re.compile(r"谋划|目标|打算|安排|下一步|计划|展望|未来|长远|将如何|将怎样|今年|明年")
#: a period told in passing (…企业在经历上半年去库存后订单逐步恢复。): inside a clause, before
#: words and no number (unlike 孟建华分析，前三季度工业生产…, which opens what follows)
_MID_CLAUSE = re.compile(r"[\u4e00-\u9fff]")
_RELEASED = re.compile(r"(?:发布|公布|通报|披露)了?\s*$")
_TOLD_IN_PASSING = re.compile(r"[^，,：:\s\d][^\d]*$")
#: the work a text reports on, carried out in the months before (于2025年1—11月组织开展了…)
_CARRIED_OUT = re.compile(r"\s*(?:组织)?(?:开展|实施|进行|组织)")
#: a clause after a period that says a survey or inspection was done in it on whom (，…对…开展了全面调查;
#: not 1—8月，全省共开展执法检查1286家次, the months' count of inspections)
_SURVEY_DONE = re.compile(
    r"[，,][^。；]{0,60}?对[^。；]{0,40}?(?:开展|组织|进行)了?[^。；，,]{0,10}?"
    r"(?:调查|调研|检查|抽查|督查|核查|普查|摸底|评估)"
)


#: 比/较 right before a period: the base of a comparison, not a period reported on
_COMPARED_WITH = re.compile(rf"(?:比|较|(?<![{BODY_BEFORE_A_TIME}])于)\s*$")
#: 鸠江区委常委、常务副区长刘海涛介绍，: an official's office, name and the verb that quotes them
#: (or an office's unnamed official: 合肥市发展改革委相关负责人介绍，)
_OFFICE = re.compile(r"区长|县长|书记|常委|主任|局长|负责人")
_QUOTED_OFFICIAL = re.compile(
    r"(?:(?P<role>[^，。；“”：:\s]{2,30}?(?:区长|县长|书记|常委|主任|局长))[\u4e00-\u9fff]{2,3}"
    r"|(?P<office>[\u4e00-\u9fff]{2,8}?市[\u4e00-\u9fff]{1,12}?(?:委|局|厅|办|政府)(?:相关|有关)?负责人))"
    r"(?:介绍|表示|说|告诉记者|指出)[，,：:]"
)


def province_of_whole(region: str) -> str | None:
    """The province 全省 means where ``region`` speaks (None in the country's text)."""
    return province_of(region) or (region if region.endswith("省") else None)


#: a table of contents heading its list of the items below (本期要目, 目录; a slide's 第2页 目录)
#: (第2页｜目录: a slide's number and its title)
_CONTENTS = re.compile(
    r"^\s*(?:第\s*\d+\s*页\s*[｜|/／]?\s*)?(?:本期要目|本期目录|本期导读|目录|要目)\s*$", re.MULTILINE
)


def _opens_an_aside(text: str, pos: int) -> bool:
    """Whether what stands at ``pos`` opens a bracket's aside (地区生产总值（1-3季度）)."""
    return text[max(0, pos - 1) : pos] in ("（", "(")


class DocumentState(StatusPeriodRules, IndicatorText):
    """The running state of one document's walk (mixed into the extractor)."""

    meta: DocumentMeta
    #: speakers of a transcript and the city or district each speaks for (None: the document's)
    speakers: dict[str, str | None]
    section_region: bool
    #: the numbered heading's mark (、 or （) whose section is a place's (一、榆林市神木市…案), else ""
    section_marker: str
    #: the rank of the numbered place heading (（五）固原市：…) whose section is open, else ""
    place_heading_rank: str
    paragraph_region: str | None
    heading_level: int
    #: the place a quoted official speaks for (see _update_quoted_official) and the region the
    #: text spoke for before the quote, or None
    quoted_region: tuple[str, str] | None
    #: the city the current sentence opens with (苏州是…), whose 全市 it is
    sentence_city: str | None
    #: the last town or county the paragraph's clauses opened on, by its level (镇, 县)
    named_in_paragraph: dict[str, str]
    event_day: Period | None
    block_as_of: tuple[Period, int] | None
    #: the period of a line that brings in the lines under it (3月…，其中：), and where it ends
    block_period: tuple[Period, int] | None
    #: where the line that said what the lines under it list ended (see _update_listed_topic)
    listed_topic_end: int
    title_month: Period | None
    plan_scope: int | None
    this_year: re.Pattern[str] | None
    chronicle_year: int | None
    own_plan_year: int | None

    def _end_the_plan(self) -> None:
        """A new story begins (a post, an entry, a chain's paragraph): the plan the one before
        spoke of does not go on (a work plan's own text stays one)."""
        self.plan_mode, self.plan_scope, self.periods.plan_year = self.work_plan, None, self.own_plan_year

    def _update_speaker(self, sentence: cl.Span) -> None:
        """A transcript's speaker label (``吴海峰（深圳市工业和信息化局副局长）：``,
        ``【发布人】即墨区委副书记、区长 王海燕：``, ``【孙建国】``) starts a turn; a city's or a
        district's official speaks for it (全市, 全区, 我们, unscoped figures) until the next
        label. Journalists and the host speak for no region of their own."""
        speaker = speaker_label(self.text, sentence.start, sentence.end)
        if (
            speaker is not None
            and speaker.role is None
            and not speaker.host
            and speaker.name not in self.speakers
        ):
            # 李建国：… after the host's 三位代表是：襄阳华驰…董事长李建国、…: the office introduced
            office = introduced_before(self.text, speaker.name, sentence.start)
            speaker = Speaker(speaker.name, office) if office is not None else speaker
        if speaker is None or not (speaker.host or speaker.name in self.speakers or speaker.introduced):
            return
        # a new turn is a new section: 下一步，我们将… in one answer plans nothing in the next
        self._end_the_plan()
        if speaker.role is not None and not speaker.host:
            role = speaker.role
            self.speakers[speaker.name] = (
                _zone_of_office(role) or district_named_in(role) or city_named_in(role)
            )
        self.region = (None if speaker.host else self.speakers.get(speaker.name)) or self.meta.region

    def _update_quoted_official(self, sentence: cl.Span, first: bool) -> None:
        """鸠江区委常委、常务副区长刘海涛介绍，2025年，全区…: a district's official quoted in
        prose speaks for the district, 全区 included, to the end of the paragraph."""
        if first and self.quoted_region is not None:
            quoted_place, before = self.quoted_region
            # (unless a heading has just named the next section's place: ↵ 成都：创新赋能 ↵ …)
            self.region = before if self.region == quoted_place else self.region
            self.quoted_region = None
        if not _OFFICE.search(self.text, sentence.start, sentence.end):
            return  # most sentences quote no official: the lazy regex need not scan them
        quoted = _QUOTED_OFFICIAL.search(self.text, sentence.start, sentence.end)
        if quoted is None:
            return
        office = quoted.group("office")
        place = district_named_in(quoted.group("role") or office)
        if place is None and office is not None and not self.meta.region.endswith(("区", "县", "旗")):
            # 在合肥，…。合肥市发展改革委相关负责人介绍，全市…: another city's office, in a text not
            # of a district or county (whose city's office may speak of it)
            place = city_named_in(office)
        if place is not None and place not in (self.meta.region, self.region):
            self.region, self.quoted_region = place, (place, self.region)

    def _update_section_region(self, sentence: cl.Span) -> None:
        """A heading line that names a region (广东：总量领先　结构向新) makes the paragraphs under
        it speak for that region: their 全省 and their figures that name no region are its, as
        in a national paper's round-up of the provinces. A heading of the same shape that names
        none (川渝：西部高地) ends the section."""
        line_end = self.text.find("\n", sentence.start)
        place_heading = PLACE_HEADING.fullmatch(
            self.text, sentence.start, line_end if line_end >= 0 else len(self.text)
        )
        if place_heading is None and line_end >= 0 and self.text.startswith("\n\n", line_end):
            # (河南：增速回升，新能源汽车成最大亮点 ↵↵ 河南一季度…: a subhead of a province's section)
            place_heading = PLACE_SUBHEAD.fullmatch(self.text, sentence.start, line_end)
        heading = place_heading or _BRACKETED_PLACE.match(self.text, sentence.start, sentence.end)
        if heading is None:
            self._update_numbered_place_section(sentence, line_end if line_end >= 0 else len(self.text))
            return  # (【芜湖】芜湖市规上工业…: a round-up's paragraph opened by its place, in brackets)
        name = heading.group("place")
        if name in _PERSON_LABELS:
            return  # (受访人：温岭市丰源泵业有限公司董事长 under 【温岭·水泵】: the section goes on)
        # 乐清：… where the text calls it 乐清市 elsewhere: a county-level city regions.csv lacks
        written = (
            (name + suffix for suffix in ("市", "县", "区", "旗")) if len(name) <= _SHORT_PLACE_MAX else ()
        )
        named = (
            heading_place(name)
            or next(
                (full for full in written if re.search(re.escape(full) + "(?![场民长委政])", self.text)), None
            )
            # (浙江永康：… in a national paper: the province's county, by both short names)
            or county_of_province(name)
        )  # (数据要素：… is no place, though the text speaks of 数据要素市场)
        if named is None and (place_heading is None or place_heading.groupdict().get("padded")):
            # 【项城市】 alone above a county's projects, 01 肥西县：百强县第41位: a county or county-level
            # city regions.csv does not list;
            # 【玉环·阀门】 in a 台州市 paper: a county of the city, by its short name (counties.csv)
            named = region_of_item(name) or county_of(self.meta.region, name)
        if named is None:
            # (一、宁波恒远模具有限公司：…（宁波市）: a firm's heading, its place last)
            self._update_numbered_place_section(sentence, line_end if line_end >= 0 else len(self.text))
            if self.section_marker or not self.section_region or place_heading is None:
                return  # (【企业概况】 under it: a label in that place's section, no heading of another)
        self.section_region = named is not None
        # (（五）固原市：后发追赶势头初显: a numbered place's section, which 三、… above its rank ends)
        numbered = _HEADING.match(self.text, sentence.start) if named is not None else None
        mark = (numbered.group(1) or numbered.group(2)) if numbered is not None else None  # 一、 or （一）
        self.place_heading_rank = _marker_kind(mark) if mark else ""
        self.region = named or self.meta.region
        self.province = province_of_whole(self.region)
        # a new place's section is a new story: the plans of the one before do not go on
        self._end_the_plan()

    def _update_numbered_place_section(self, sentence: cl.Span, line_end: int) -> None:
        """A numbered heading line that opens on a place (一、榆林市神木市…公司虚报工业总产值案) makes
        its section that place's, up to the next heading of its rank (二、…), which may name another."""
        if self.section_marker and _SECTION_CLOSER.match(self.text, sentence.start, line_end):
            # 以上案件中，…。下一步，全省…: the cases are over, the text speaks for itself again
            self.section_region, self.section_marker = False, ""
            self.region = self.meta.region
            self.province = province_of_whole(self.region)
            return
        numbered = _NUMBERED_HEADING_LINE.fullmatch(self.text, sentence.start, line_end)
        # (一、郑州宇达重工机械有限公司：工程机械结构件智能工厂建设（郑州市）: a case, its place last;
        # 1．荆楚锂源年产20万吨磷酸铁锂项目（钟祥市）: a project)
        placed_after = _PLACE_AFTER_HEADING.fullmatch(
            self.text, sentence.start, line_end
        ) or _PROJECT_PLACE_AFTER_HEADING.fullmatch(self.text, sentence.start, line_end)
        numbered = numbered or placed_after
        if numbered is None:
            return
        marker = _marker_kind(numbered.group("marker"))
        if self.section_marker == "1" and marker != "1":
            # 5．…项目（沙洋县） ↵ … ↵ 三、存在的主要问题: the projects are over
            self.section_region, self.section_marker = False, ""
            self.region = self.meta.region
            self.province = province_of_whole(self.region)
        if self.section_region and self.section_marker and self.section_marker != marker:
            return  # （一）… under 一、榆林市…: a part of the place's section
        placed = placed_after or _NUMBERED_PLACE_HEADING.match(self.text, sentence.start, line_end)
        named = region_of_item(placed.group("place")) if placed is not None else None
        if named is None and self.section_region and self.place_heading_rank == "（" and marker == "、":
            # 三、近期运行态势 after （五）固原市：…: a heading above the place's ends its section
            self.section_region, self.place_heading_rank = False, ""
            self.region = self.meta.region
            self.province = province_of_whole(self.region)
            return
        if named is None and not (self.section_region and self.section_marker):
            return
        self.section_region, self.section_marker = named is not None, marker if named else ""
        self.region = named or self.meta.region
        self.province = province_of_whole(self.region)

    def _below(self, region: str) -> bool:
        """A listed city or province within the document's region (not a district of a city's
        text: 柯桥区…。高新区… lists places one sentence each)."""
        if self.meta.region == "全国":
            return province_of(region) is not None
        return region != self.meta.region and province_of(region) == self.province == self.meta.region

    def _anothers_plan(self, body: str, cue: int) -> bool:
        """不过，广州已提出2026年规上工业增加值增长5%左右的目标 in a national paper's ranking of
        cities (…的目标，并计划全年…): the plan of a place a clause before the cue opens on, not the
        text's, so no plan of its own."""
        opens = [0, *(at + 1 for at, char in enumerate(body[:cue]) if char in "，,；;。")]
        places = (leading_region(body[at:cue], self.meta.region, self.province) for at in opens)
        return any(place is not None and place not in (self.meta.region, UNNAMED_CITY) for place in places)

    def _leading_region(self, pre: str) -> str | None:
        found = super()._leading_region(pre)
        referred = _THE_PLACE_OF_LEVEL.search(pre) if found is None else None
        if referred is not None:
            # 漕河镇已连续三周位列第一。今年该镇实施重点项目32个: the town the paragraph just named
            return self.named_in_paragraph.get(referred.group(1)) or self._named_alone_before(referred)
        if found is None and self.paragraph_region is not None and opens_on_region(pre, self.region):
            # 深圳表现较佳，…。以全省计，首三季广东出口…: the text's own place, named again, after a
            # paragraph that opened on another
            return self.region
        level = next((end for end in _LEVEL_ENDS if found is not None and found.endswith(end)), None)
        if found is not None and level is not None:
            self.named_in_paragraph[level] = found
        opening = pre.lstrip("，,；; ")
        works = (
            (works_city_opening(opening) or headquarters_city(opening, at_start=True))
            if found is None
            else None
        )
        if works is not None:
            # 西安基地主要配套…，上半年实现收入9.6亿元 (总部位于浙江宁波的力拓传动…): that city's
            return works
        if found == UNNAMED_CITY and self.sentence_city is not None:
            return self.sentence_city  # 苏州是…先行地，去年全市规上工业总产值…: that city
        if (
            found == self.region
            and self.sentence_city not in (None, self.region)
            and "全市" in pre
            and "我市" not in pre
        ):
            # 广州在《…方案》中提出，到2027年全市…, in 深圳's text: the city the sentence opens on
            return self.sentence_city
        # 全市 in a paragraph that opened on a city, 全省 in one that opened on a province (安徽汽车产业
        # 持续发力。上半年，全省汽车产量…): that place
        ends = _ENDS_OF_THE_UNNAMED.get(found or "")
        if ends is not None and self.paragraph_region is not None and self.paragraph_region.endswith(ends):
            return self.paragraph_region
        if (
            self.region != self.meta.region
            and self.region.endswith(("区", "县"))
            and self.meta.region.endswith("市")
            and strip_chars(pre).startswith(("全市", "我市"))
        ):
            return self.meta.region  # 全市 in a district head's turn is the document's city
        return found

    def _named_alone_before(self, referred: re.Match[str]) -> str | None:
        """（一）工业投资攻坚奖：乐从镇。该镇全年工业投资增长41.2%: the place of that level the
        paragraph named alone before calling it 该镇 (a line that gave no figure of its own)."""
        end = self.text.find(referred.group(0), self.paragraph_start)
        named = [
            m.group()
            for m in _NAME_ALONE.finditer(self.text, self.paragraph_start, max(end, self.paragraph_start))
            if m.group().endswith(referred.group(1)) and region_of_item(m.group()) is not None
        ]
        return named[-1] if named else None

    def _county_of_scope_word(self, pre: str, start: int) -> str | None:
        """全县规上工业增加值增长15.6% (or 全市…, of a county-level city) in a province's or a city's
        text: the county the paragraph names, the last before ``start`` else the first after it;
        None where the text is the county's own or the paragraph names none."""
        said = strip_chars(pre)
        if said.startswith(("全县", "我县", "该县")) and not self.region.endswith(("县", "旗")):
            level = "县"
        elif said.startswith(("全旗", "该旗")) and not self.region.endswith("旗"):
            level = "旗"  # (在内蒙古鄂尔多斯市准格尔旗，…。上半年，该旗生产原煤1.38亿吨: the banner's)
        elif said.startswith(("全市", "我市")) and not self.region.endswith("市"):
            level = "市"
        else:
            return None
        end = self.text.find("\n", start)
        named = [
            (at, name)
            for at, name, _ in counties_named(
                self.text, self.paragraph_start, len(self.text) if end < 0 else end
            )
            if name.endswith(level)
        ]
        before = [name for at, name in named if at < start]
        return before[-1] if before else named[0][1] if named else None

    def _points_back_to_the_event(self, start: int, after_the_event: bool) -> bool:
        """Whether the paragraph from ``start`` speaks of the event told before (本批…, 此次…), or
        breaks down the figures of the paragraph before, which spoke of it (——从投资规模看，…)."""
        if after_the_event and _BREAKDOWN_OPENER.match(self.text, start):
            return True
        end = self.text.find("\n", start)
        return _THE_EVENTS.match(self.text, start, len(self.text) if end < 0 else end) is not None

    def _update_paragraph_period(self, sentence: cl.Span, first: bool, after_headline: bool = False) -> None:
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
        if self.periods.find(body, False):
            # 截至6月末 ↵ …1567户 ↵ 上半年新增入规企业42户 ↵ 其中…19户 (and 3月…，其中： ↵ （一）…): a line
            # that names its own period ends the lines the day or the months over them govern
            if self.block_as_of is not None and sentence.start > self.block_as_of[1]:
                self.block_as_of = None
            if self.block_period is not None and sentence.start > self.block_period[1]:
                self.block_period = None
        event = _EVENT_DAY.match(body) if first and self.reference is not None else None
        month, day_of_month = map(int, event.groups()) if event is not None else (0, 0)
        day = safe_date(self.reference.year, month, day_of_month) if event and self.reference else None
        if day is not None and self.reference is not None and day <= self.reference:
            # 3月17日上午，…签约仪式…举行。现场共签约项目12个，总投资46.8亿元: the event's figures,
            # its sums too, are of its day
            self.paragraph_as_of, self.paragraph_on_day = Period.as_of(day), True
            self.event_day = self.paragraph_as_of
            return
        lead = _OPENING_PHRASE.match(body)
        said = _ATTRIBUTION.match(body)  # 会议指出，2024年全省… : the period opens what was said
        if not lead and not said:
            return
        # the opening period lies within the opening phrase, or just after the attribution
        if not (lead and may_name_a_period(body, 0, lead.end())) and not (
            said and may_name_a_period(body, said.end(), said.end() + _OPENING_PERIOD_CHARS)
        ):
            return
        mentions = self._opening_mentions(body, lead, said, plan=True)
        opening = [m.period for m in mentions]
        if first and opening and opening[0].kind == FULL_YEAR:
            self.paragraph_year = opening[0]
        if opening and self._ahead(opening[0]) and not self._before_the_plans_year(opening[0]):
            self.paragraph_horizon = opening[0]
            # 到2027年，… opening the paragraph, a year after the text's own: its goals follow
            by = body[max(0, mentions[0].pos - 1) : mentions[0].end].lstrip()
            start = opening[0].start
            self.paragraph_goals = (
                by.startswith(("到", "至"))
                and start is not None
                and self.reference is not None
                and start.year > self.reference.year
            )
            return
        if self.plan_mode and (lexicon().plan_cue.search(body) or has_target_cue(body)):
            return
        found = self._opening_mentions(body, lead, said, plan=False)
        if not found or _opens_an_aside(body, found[0].pos):
            return  # (地区生产总值（1-3季度）：…: the period of the line's label, in its aside)
        period = found[0].period
        ended = period.end is not None and (
            self.reference is None or period.end < self.reference or self._before_the_plans_year(period)
        )
        if at_year_end(period) and period.end is not None:
            period = Period.year(period.end.year)  # 2023年末，全省…: the year, whose end its stocks stand at
        # a month governs the paragraph only where it opens it (分产品看，10月份，…), not where a
        # later sentence turns to it (9月份当月，…)
        if period.kind == AS_OF and ended:
            self.paragraph_as_of = period  # 截至2025年10月底，…: the day the paragraph's stocks stand at
            if first and lead is not None and lead.end() == len(body) and body.strip().startswith("截至"):
                self.block_as_of = (period, sentence.end)  # (截至3月末 on a line of its own)
        # (…（一）生产资料价格降幅大于生活资料。8月份，… in a release on 8月份: after the paragraph's
        # headline, the month reported on opens it, unless the sentence goes on to the months to date)
        month_opens = period.relative == "month" and (
            first
            or (
                after_headline
                and period == self.title_month
                and not any(m.period.kind == YTD for m in self.periods.find(body, False))
            )
        )
        if (period.kind in (FULL_YEAR, YTD, QUARTER) or month_opens) and ended:
            self.paragraph_period = period
            if body.rstrip().endswith(("其中：", "其中:")):
                # (3月主要接单货品多呈年增，其中： ↵ （一）…接单249.7亿美元: the lines it brings in, theirs)
                self.block_period = (period, sentence.end)
            self.paragraph_framed = _DIGIT.search(body, found[0].end) is None
        elif period.kind == MULTI_YEAR and ended:
            self.paragraph_span = period

    def _over_the_lines(self, block: tuple[Period, int] | None, start: int) -> Period | None:
        """The period a line of its own gave the lines under it (``block``: it, and where that line
        ends), for the line at ``start``, while no blank line parts the two; else None."""
        return block[0] if block is not None and "\n\n" not in self.text[block[1] : start] else None

    def _update_paragraph_horizon(self, sentence: cl.Span) -> None:
        """``…工程，到2027年，建成…。…创建国家级绿色工厂30家`` : a year ahead said inside a
        sentence is the horizon of the paragraph's later goals that name none, as it is where
        it opens the paragraph (the year of the text is no likelier for them)."""
        if self.reference is None:
            return
        said = _HORIZON_SAID.search(self.period_text, sentence.start, sentence.end)
        turns = [m.start() for m in _THIS_YEAR_OPENS.finditer(self.period_text, sentence.start, sentence.end)]
        if turns and (said is None or turns[-1] > said.start()):
            # 到2028年…覆盖率达到95%以上；今年推动500家…。力争新增规上工业企业200家以上: the goals after a
            # clause that turns to this year are this year's, not the horizon's
            self.paragraph_horizon = None
            return
        if self.paragraph_horizon is not None:
            return
        if said is not None and int(said.group("year")) > self.reference.year:
            self.paragraph_horizon = Period.year(int(said.group("year")))

    def _update_next_years_work(self, sentence: cl.Span) -> None:
        """会议要求，围绕上述目标，明年要重点抓好八个方面工作 (or 2026年全市…主要预期目标是), in a text of
        the year's last months: the goals after it that name no year are next year's, not this
        year's, to the text's end."""
        if self.next_years_work is not None or self.reference is None:
            return
        if self.reference.month <= _EARLY_MONTH and _WORK_FOR_THE_GOALS.search(
            self.text, sentence.start, sentence.end
        ):
            # 主要预期目标是：… 围绕上述目标，重点抓好四个方面工作。 ↵ 一是…全年实施…项目500个以上, in
            # February: the work for this year's goals, set just before
            this_year = self.reference.year
            if any(
                f.status == "target" and f.period.end and f.period.end.year == this_year for f in self.figures
            ):
                self.next_years_work = Period.year(this_year)
            return
        if self.reference.month < _LATE_MONTH:
            return
        said = _NEXT_YEARS_WORK.search(self.period_text, sentence.start, sentence.end)
        # (said in prose, not by a title or heading: …总结及2026年工作思路的报告 is the whole text's)
        told = self.text[sentence.start : sentence.end].rstrip()
        if said is None or not told.endswith(("。", "：", ":")) or _HEADING.match(self.text, sentence.start):
            return
        if "如下" in told:
            return  # (现将今年工作情况和明年工作思路报告如下: the text's parts named, this year's first)
        year = int(said.group("year")) if said.group("year") else self.reference.year + 1
        if year == self.reference.year + 1:
            self.next_years_work = Period.year(year)

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

    def _before_the_plans_year(self, period: Period) -> bool:
        """Whether ``period`` ends before the year a work plan's title names ahead of its day (2026年，
        …工业经济稳中向好 in 望城区2027年工作要点, out in November 2026): the plan reviews it,
        though it is not over."""
        return (
            self.own_plan_year is not None and period.end is not None and period.end.year < self.own_plan_year
        )

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
        if self.plan_mode:
            return
        if (
            body.lstrip().startswith("|")
            and self.title_month is not None
            and self.reporting_period == self.title_month
        ):
            return  # (| 行业名称 | 环比 | 同比 | 1—11月 | in a release on 11月份: a column's months to date)
        if "日" in body:
            # 【监测周期】2025年11月3日—11月9日: the week a weekly brief's 本周 means
            week = next(
                (
                    m.period
                    for m in self.periods.find(body, False)
                    if m.period.relative == "days"
                    and m.period.start is not None
                    and m.period.end is not None
                    and (m.period.end - m.period.start).days < _DAYS_IN_A_WEEK
                ),
                None,
            )
            self.week = week or self.week
        if _REPORTED_BELOW.search(body):
            # 现将截至4月25日全县重大项目推进情况通报如下: the day the bulletin reports as of (现将2月
            # 26日（正月初十）有关情况通报如下: a daily report's day)
            days = [
                m.period.end
                for m in self.periods.find(body, False)
                if m.period.kind == AS_OF
                and m.period.end is not None
                and (self.reference is None or m.period.end <= self.reference)
            ]
            self.periods.report_day = max(days) if days else self.periods.report_day
            self.periods.forget()  # (today's 今年以来 runs up to that day)
        if not _SUB_YEAR_HINT.search(body) or has_target_cue(body):
            return
        if body.lstrip().startswith(BREAKDOWN_BY_TIME):
            return  # 分季度看，第四季度…: the quarters break the period reported on down
        mentions = self.periods.find(body, False)
        month_ends = [
            m.period.end
            for m in mentions
            if m.period.kind == AS_OF
            and m.period.end is not None
            and m.period.end == month_end(m.period.end.year, m.period.end.month)
            and (self.reference is None or m.period.end < self.reference)
        ]
        if month_ends:
            # 2025年三季度末，全省…贷款余额…: the day the report's balances stand at
            self.stock_date = max(month_ends)
        ended = [
            m.period
            for m in mentions
            if m.period.kind in (YTD, QUARTER)
            and m.period.end is not None
            and (self.reference is None or m.period.end < self.reference)
            and not _COMPARED_WITH.search(body, max(0, m.pos - 2), m.pos)  # 降幅比1—4月收窄: a base
            and not body.startswith("以来", m.end)  # 三季度以来主要指标增速逐月回升: a trend since
            # (2025年1月至2月，镇经济发展办公室…对全镇1342家企业开展了全面调查: when a survey was done)
            and not _SURVEY_DONE.match(body, m.end)
            and not _opens_an_aside(body, m.pos)  # (地区生产总值（1-3季度）：…: its own)
            # (企业在经历上半年去库存后订单逐步恢复: a period told in passing, before no number; but
            # 前三季度，全省经济运行稳中向好 opens what the next sentences report)
            and not (
                m.pos > 0
                and _MID_CLAUSE.match(body, m.pos - 1)
                and _TOLD_IN_PASSING.match(body, m.end)
                # (but 统计局发布2025年1—11月全市工业经济运行数据 names the months reported on, and so
                # does 我局于2025年1—11月组织开展了…抽查: when the work reported on was done)
                and not _RELEASED.search(body, max(0, m.pos - 3), m.pos)
                and not (body[max(0, m.pos - 1) : m.pos] == "于" and _CARRIED_OUT.match(body, m.end))
            )
        ]
        if ended:
            # the period reported up to, not the last one named: 前三季度…比上半年加快, and
            # 分季度看…三季度增长7.7% break a year to date down, they do not replace it
            latest = max(period.end for period in ended if period.end is not None)
            if any(
                m.period.kind == FULL_YEAR
                and m.period.end is not None
                and latest < m.period.end
                and (self.reference is None or m.period.end < self.reference)
                and not _COMPARED_WITH.search(body, max(0, m.pos - 2), m.pos)
                for m in mentions
            ):
                return  # 一季度…，前三季度增长9.3%，全年增速较前三季度加快…: the year's quarters
            at_latest = [period for period in ended if period.end == latest]
            chosen = next((period for period in at_latest if period.kind == YTD), at_latest[-1])
            current = self.reporting_period
            titled = current is not None and (
                current == self.title_month or (current.kind == QUARTER and current == self.title_period)
            )
            if (
                titled
                and current is not None
                and current.end is not None
                and (latest < current.end or _AVERAGED_OVER_MONTHS.search(body) is not None)
            ):
                # 1—8月平均…, 1—10月…均值…, 三季度…平均为88.9点 in a release on 8月份 (on 10月): the
                # month stays the one reported on (and the quarter: 2025年第3季工业生产指数 ↵ …首三季
                # 工业生产指数平均为90.1)
                return
            if (
                titled
                and current is not None
                and current.kind == QUARTER
                and latest == current.end
                and (_SURVEYED.search(self.meta.title or "") or _QUARTER_ALONE.search(self.meta.title or ""))
            ):
                # 2026年三季度…发展指数运行分析 ↵ …前三季度，全省规上工业中小企业增加值增长7.4%: a
                # quarter's survey, the months to date said in passing (but a 三季度经济运行分析会
                # speaks of 前三季度 throughout)
                return
            if current is not None and current.end is not None and latest.year < current.end.year:
                # 1-10月…。…四季度原煤生产有望回稳: last year's quarter is no later report (this
                # year's, not over yet, is looked ahead to); 1-9月 after 1-10月 is (profits lag)
                return
            if (
                chosen.kind == QUARTER
                and current is not None
                and current.kind == YTD
                and current.end is not None
                and current.start is not None
                and chosen.start is not None
                and current.start <= chosen.start
                and latest <= current.end
            ):
                # 三季度增速比二季度加快…, said after 前三季度; 二季度、三季度分别出口…, said in a
                # report on 1—11月: the quarters are parts of the months reported on
                return
            self.reporting_period = self.previous_reporting = chosen

    def _update_paragraph_topic(self, sentence: cl.Span) -> None:
        """从规上工业增加值增速看，…。晋中市增长9.8%: a paragraph that opens on what it looks at
        names the subject of its places' figures that name none, as a headline does."""
        topic = self._topic_opened_on(sentence.start, sentence.end)
        if topic is not None:
            self.paragraph_topic = topic

    def _in_contents(self, sentence: cl.Span) -> bool:
        """A line of a block a contents label heads (目录, 本期要目; its lines one paragraph each)."""
        block = self.text.rfind("\n\n", 0, sentence.start) + 2
        if _CONTENTS.search(self.text, block if block > 1 else 0, sentence.start) is not None:
            return True
        # (第2页｜目录 ↵↵ 01 主要指标总览 ↵ 02 工业经济 …: the label a block of its own above the lines)
        above = self.text.rfind("\n\n", 0, max(block - 2, 0)) + 2 if block > 1 else 0
        return block > 1 and _CONTENTS.fullmatch(self.text, above if above > 1 else 0, block - 2) is not None

    def _update_listed_topic(self, sentence: cl.Span) -> None:
        """入选绿色工厂按设区市分布如下： ↵ 南昌市：28家 ↵ 景德镇市：9家: a line that says what the lines
        under it list names the subject of their places' figures, down to a blank line."""
        if self.listed_topic and "\n\n" in self.text[self.listed_topic_end : sentence.start]:
            self.listed_topic = ""
        # (most sentences say no 如下: the search, a scan from every start, is skipped for them)
        said = (
            _LISTED_BELOW.search(self.text, sentence.start, sentence.end)
            if self.text.find("如下", sentence.start, sentence.end) >= 0
            else None
        )
        if said is not None:
            self.listed_topic, self.listed_topic_end = self._clean(said.group("what")), sentence.end

    def _update_section_topic(self, sentence: cl.Span) -> None:
        """一、专精特新中小企业：新认定1126家…: a numbered headline names what its section counts,
        the last resort for the subject of a figure that names none (太原市新认定298家)."""
        heading = _HEADING.match(self.text, sentence.start)
        if heading is None or self._in_contents(sentence):
            return  # (a line of the contents names a chapter, whose own heading comes later)
        said = _HEADLINE_TOPIC.match(self.text, heading.end(), sentence.end)
        self.section_topic = self._clean(said.group(1)) if said is not None else ""
        if heading.group(1) or heading.group(2):
            # (（一）锂电新能源产业链 ↵ …链上规上企业212家: the chain's, under its items 1. 2. …)
            chain = _CHAIN_HEADING.fullmatch(self.text[heading.end() : sentence.end].strip())
            self.section_chain = chain.group(1) if chain is not None else ""
        if heading.group(1):  # a chapter (一、): a year its heading names is the chapter's
            # (二、…土地进驻率达95.7%，较2023年底的94.1%提升…: a year the figures are compared with,
            # not the chapter's)
            years = {
                m.group(1)
                for m in TITLE_YEAR.finditer(self.text, heading.end(), sentence.end)
                if not _COMPARED_WITH.search(self.text, max(heading.end(), m.start() - 2), m.start())
            }
            # (一、重点指标监测（数据截至2025年11月23日）: a date the data run to, not the chapter's year)
            dated = _YEAR_OF_A_DATE.search(self.text, heading.end(), sentence.end)
            single = len(years) == 1 and not YEAR_RANGE.search(self.text, heading.end(), sentence.end)
            single = single and dated is None
            self.section_year = Period.year(int(years.pop())) if single else None
            # 一、“十四五”时期工作回顾: the years the chapter looks back on, their sums' and averages'
            spans = [m.period for m in self.periods.find(self.text[heading.end() : sentence.end], False)]
            span = next((p for p in spans if p.kind == MULTI_YEAR and p.end is not None), None)
            ended = (
                span is not None
                and span.end is not None
                and self.reference is not None
                and span.end < self.reference
            )
            self.section_span = span if ended else None
            # 一、本周（11月3日—11月9日）运行监测情况: the days the chapter's figures are of (五、工业企业
            # 效益（1—3月）: the months, where a release's chapters report periods of their own)
            reference = self.reference
            days = [p for p in spans if p.relative == "days" and p.end and reference and p.end <= reference]
            months_said = _BRACKETED_MONTHS_END.search(self.text, heading.end(), sentence.end) is not None
            months = [
                p
                for p in spans
                if months_said and p.kind == YTD and p.end and reference and p.end <= reference
            ]
            self.section_period = (days or months)[0] if len(spans) == 1 and (days or months) else None

    def _heads_a_review(self, sentence: cl.Span) -> bool:
        """A heading that reviews a year already over (2025年…执行情况, 2025年工作回顾), or the one
        before the year a plan is for (一、2026年工作基础 in …2027年工业经济工作要点)."""
        body = self.text[sentence.start : sentence.end]
        years = [int(y) for y in TITLE_YEAR.findall(body)]
        if not years and _BASIS_NAMED.search(body):
            return True  # 一、发展基础 in a plan: where it starts from, the years behind it
        return (
            bool(years)
            and self.reference is not None
            and max(years) < (self.own_plan_year or self.reference.year)
            and _REVIEW_NAMED.search(body) is not None
        )

    def _heads_a_plan_ahead(self, sentence: cl.Span) -> bool:
        """A heading that names the goals or tasks of a five-year plan not yet begun."""
        body = self.text[sentence.start : sentence.end]
        if self.reference is None or _GOALS_NAMED.search(body) is None:
            return False
        first = five_year_plan_named(body)
        if first is not None:
            return first > self.reference.year
        # 二、2024年度目标和指标, in March 2024: the goals of the year the text sets them in (but
        # 一、2023年度目标完成情况 reports on a year over)
        years = [int(year) for year in NAMED_YEAR.findall(body)]
        # (三、2026年工作思路 in December 2025 is read below, as the next year's plan)
        this_year = bool(years) and set(years) == {self.reference.year}
        # (三、到2027年的主要目标, in December 2025: the goals of a year ahead)
        ahead = bool(years) and min(years) > self.reference.year and _BY_THE_YEAR.search(body) is not None
        return (this_year or ahead) and not _REVIEW_NAMED.search(body)

    def _goals_ahead_introduced(self, sentence: cl.Span) -> int | None:
        """The year ahead whose goals a sentence introduces (到2027年，全市…主要目标如下：), else None."""
        body = self.text[sentence.start : sentence.end]
        by_the_year = _BY_THE_YEAR.search(body)
        if self.reference is None or by_the_year is None or not _GOALS_NAMED.search(body, by_the_year.end()):
            return None
        year = int(by_the_year.group(1))
        return year if year > self.reference.year else None

    def _update_post(self, sentence: cl.Span) -> None:
        """``2025-11-20 18:26 来自 微博视频号``, or ``发布时间：2025-11-17`` on a page of items: the
        next post of a feed. It speaks as of its own day (截至目前, 今天), and the plan a post
        before spoke of (下一步，企业将…) ends there."""
        if self.reference is None:
            return
        entry = (
            _ENTRY_DAY.match(self.text, sentence.start, sentence.end)
            if self.chronicle_year is not None and sentence.start == self.paragraph_start
            else None
        )
        if entry is not None and self.chronicle_year is not None:
            # 2025年…大事记 ↵ 3月12日，…: an entry of a chronicle speaks as of its own day (its 年末
            # is the year before's in January; its 一季度 is over in April)
            day = safe_date(self.chronicle_year, int(entry.group(1)), int(entry.group(2)))
            if day is None:
                return
            self._end_the_plan()
            self.reference = self.periods.reference = day
            self.periods.forget()
            return
        stamp = None
        if self.text.find(":", sentence.start, sentence.end) >= 0:  # (no time of day: most sentences)
            stamp = _POST_STAMP.search(self.text, sentence.start, sentence.end)  # (also after tags)
        if stamp is None and self.text.find("时间：", sentence.start, sentence.end) >= 0:
            # 发布时间：2025-11-17　来源：…: the next item of a page that lists several
            stamp = _ITEM_STAMP.search(self.text, sentence.start, sentence.end)
        if stamp is None:
            return
        day = safe_date(int(stamp.group("y")), int(stamp.group("m")), int(stamp.group("d")))
        if day is None:
            return
        self._end_the_plan()
        # 陕西前10月规上工业增加值增长5.2% ↵ 2025-11-24 09:47:12 来源：新华社: a page of items, each
        # its headline's place's (an item whose headline names none, the page's)
        above = self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, sentence.start)))
        headline = self.text[above + 1 : sentence.start].strip()
        placed = headline_region(headline) if headline and "\n" not in headline else None
        if headline == self.meta.title:
            # 全国百强县榜单揭晓 长兴位次再前移 ↵ 发布时间：…: the page's own headline, whose place the
            # description has weighed against the text's (长兴县, not the 全国 it names first)
            placed = None
        if placed is not None or self.section_region:
            self.section_region = placed is not None
            self.region = placed or self.meta.region
            self.province = province_of_whole(self.region)
        # (the months reported on go on: a post's headline comes before the months it names)
        if day.year == self.reference.year and day != self.reference:
            # (a later post of the same year: this year's cues still hold)
            self.reference = self.periods.reference = day
            self.periods.forget()

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
        if (
            self.plan_mode != self.work_plan
            and (
                _QUESTION_LABEL.match(self.text, sentence.start)
                # (…下一步，新区将力争2025年… ↵ 【何建平】 ↵ 我补充一点。…1—11月实现…: a new speaker's turn)
                or _BRACKETED_SPEAKER.match(self.text, sentence.start, sentence.end)
            )
            and not _ASKS_AHEAD.search(self.text, sentence.start, sentence.end)
        ):
            # 记者问：去年惠州工业经济交出了一份怎样的成绩单？ a new question opens a new answer, which
            # the plan the answer before spoke of does not govern (but 湖南有哪些谋划？ asks for one)
            self._end_the_plan()
        section = _BRACKETED_SECTION.match(self.text, sentence.start) if self.plan_scope == _LEAD else None
        if section is not None and not lexicon().plan_cue.search(section.group("title")):
            # …下一步将继续做好项目谋划储备… ↵ 【县域竞相发力】 ↵ 分县（市、区）看，…: the story's next
            # section, whose figures are outcomes again (not 【下一步打算】)
            self._end_the_plan()
        if level:
            self.heading_level = level
            # (下一步，全市将…。 ↵ 一、主要目标: the lead's plan goes on into the goals)
            into_goals = self.plan_scope == _LEAD and _GOALS_NAMED.search(
                self.text, sentence.start, sentence.end
            )
            if self.plan_scope is not None and level <= self.plan_scope and not into_goals:
                self.plan_mode = self.work_plan
                self.plan_scope = None
                self.periods.plan_year = self.own_plan_year
            if self.work_plan and self._heads_a_review(sentence):
                # 一、2025年市重点项目计划执行情况 in a plan for 2026: the section reports outcomes
                self.plan_mode, self.plan_scope = False, level
                return
        introduces = _INTRODUCES.search(self.text, sentence.start, sentence.end)
        if self.plan_mode and not self.work_plan and introduces and self._heads_a_review(sentence):
            # 县政府将在2026年工作中…。现将2025年主要指标完成情况报告如下：: the outcomes of a year
            # over follow, whatever the sentence before promised
            self.plan_mode, self.plan_scope, self.periods.plan_year = False, None, None
            return
        if self.plan_mode or self.this_year is None:
            return
        if self._in_contents(sentence):
            # 本期要目 ↵ ● 下半年重点工作安排 (or a slide's 第2页 / 共12页 ↵ 目录 ↵ 七、2026年主要目标):
            # the contents name the plan's section, no plan yet
            return
        if level and self._heads_a_plan_ahead(sentence):
            # 三、关于“十五五”时期经济社会发展的主要目标: the section sets the goals of a plan ahead
            self.plan_mode, self.plan_scope = True, level
            return
        year_ahead = self._goals_ahead_introduced(sentence) if introduces and not level else None
        if year_ahead is not None:
            # 根据《…三年行动计划（2025—2027年）》，到2027年，全市…主要目标如下： ↵ （一）规模目标。…: the
            # items below are that year's goals, to the end of the section it stands in
            self.plan_mode, self.plan_scope, self.periods.plan_year = (
                True,
                self.heading_level or None,
                year_ahead,
            )
            return
        body = self.period_text[sentence.start : sentence.end]
        if (
            self.this_year.search(body)
            and (
                cue := lexicon().plan_cue.search(
                    _GOAL_DONE.sub(
                        "", _ACTING_UPON.sub("", body, count=1) if "据" in body or "按照" in body else body
                    )
                )
            )
            # 今年是“十五五”开局之年, said in October of the months behind: a year's name, no plan
            and not (
                cue.group() in _YEARS_NAME
                and self.reference is not None
                and self.reference.month > _EARLY_MONTHS
            )
            and not _AGENDA.search(body)
            and not (cue.group() in ("计划", "预计", "拟") and _SCHEDULE.search(body, cue.start()))
            # 业内人士预计，今年全年…将突破220万辆: an estimate of this year, no plan for it
            and last_status_cue(body) != "estimate"
            # 今年计划新开工项目138个，上半年已开工114个: the year's plan told with its progress, no plan
            and last_status_cue(body[cue.end() :]) != "actual"
            # 西南财经大学一位教授认为，下一步要…: an expert's advice, no plan of the text's (so are
            # the later sentences of a paragraph an expert opened: 专家认为，…。下一步，要在…)
            and not _OPINION.search(self.text, self.paragraph_start, sentence.end)
            and not self._anothers_plan(body, cue.start())
        ):
            self.plan_mode = True
            # the plan covers the section it opens (heading) or stands in (innermost heading so far);
            # one told in the lead, before any heading, ends with the lead unless it introduces what
            # follows or the headings name goals (下一步，全县将紧盯全年目标任务。 ↵ （一）综合 ↵
            # 地区生产总值 ↵ 312.6 ↵ 亿元: the figures under the headings are outcomes)
            told_in_lead = (
                sentence.start > self.text.find("\n")  # (a title's plan covers the whole text)
                and not _INTRODUCES.search(self.text, sentence.start, sentence.end)
            )
            self.plan_scope = level or self.heading_level or (_LEAD if told_in_lead else None)
            assert self.reference is not None  # this_year is None without it
            year = self.reference.year
            if (
                self.reference.month >= PLANS_NEXT_YEAR_FROM
                and 0 <= body.find(f"{year + 1}年") < cue.start()
                and f"{year}年" not in body
            ):
                # (…确保全年完成重大项目投资1060亿元以上；…同步谋划储备一批2027年重大项目, in November:
                # this year's goals, the next year's named only after them)
                self.periods.plan_year = year + 1  # 三、2026年工作思路, in December


def _zone_of_office(role: str) -> str | None:
    """The zone an official's office is of (襄阳高新技术产业开发区党工委副书记、管委会主任), by its
    official name; None for any other office."""
    if ZONE.search(role) is None:
        return None  # (most offices are of no zone)
    # (——访常德经开区产业发展集团党委副书记: the zone's name may start anywhere in the office, its
    # place a listed one: not 医药 of 泰州医药高新区)
    for at in range(len(role)):
        said = ZONE.match(role, at)
        named = named_zone(role[at:], _is_place) if said and _is_place(said.group(1)) else None
        if named is not None:
            return named[0]
    return None


def _is_place(name: str) -> bool:
    return region_of_item(name) is not None


def _marker_kind(marker: str) -> str:
    """A heading's rank by its numbering: 一、 (、) above （一） (（); a project's 1． (1) apart."""
    if marker[:1].isdigit():
        return "1"
    return "、" if marker.endswith("、") else "（"
