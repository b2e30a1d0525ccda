"""Indicator text: the noun phrase a number is about, its region and benchmark.

The indicator is what is left of the clause text around the number once
time expressions, context words (其中, 全省, 力争 …), verbs (新增, 实施 …) and
link words (达到, 突破 …) are gone; abbreviations become official names
(规上 → 规模以上, 营收 → 营业收入).  A bare attribute (产量, 投资) or share
word (占比) takes its subject from the sentence, a bare level plus head noun
(省级中心) the full noun phrase named before it.  All word lists are data
(``indicator_cues.csv``, ``indicator_aliases.csv``, ``regions.csv``).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from pipelines.reference import alternation, load_csv
from pipelines.stages import zones
from pipelines.stages.describe import (
    autonomous_counties,
    city_abbreviation,
    counties_named,
    prefecture_said_with_its_word,
)
from pipelines.stages.extract.clauses import LIST_NUMBER
from pipelines.stages.extract.drafts import Context, Draft
from pipelines.stages.extract.lexicon import Affixes, bracketed_unit, lexicon
from pipelines.stages.extract.periods import PLAN_QUOTE_CLOSES, PLAN_QUOTE_OPENS
from pipelines.stages.models import TAIWAN, UNNAMED_CITY, UNNAMED_PROVINCE

_PUNCT = "、，,。；;：:（）()“”\"'《》 \t\u3000*\n-—?？!！●○◆■•·▲▼↑↓/／"  # (/ 上云企业: a line's second item)
SHARE_WORDS = ("比重", "占比", "比例", "份额")


#: a plan's or a budget's word just before what it plans (年度计划|投资, 预算|支出)
_PLANNED = re.compile(r"(?:计划|目标|预算)$")
#: the words that set a place against the one named before it (东莞则仅…, 佛山更…, 深圳也…)
_SET_AGAINST_WORDS = r"(?:则|更|也|亦|仍|还)(?:仅|只)?"
#: what follows a region name that is the subject of a regional aggregate (…规上工业增加值增长)
_REGIONAL_SUBJECT = (
    r"(?=地区生产总值|GDP|生产总值|规模以上|规上|工业|制造业|增长|下降|一般公共预算|社会消费品|进出口|外贸|固定资产"
    # (an industry's, not a park's or a project's: 射洪锂电产业园 names a park)
    r"|(?:新能源|光伏|锂电|储能|风电|动力电池)(?![\u4e00-\u9fff]{0,4}(?:园|基地|项目))"
    r"|汽车|数字经济|电子信息|软件|集成电路|高技术|去年|今年|上半年|前三季度|经济总量|县域"
    r"|全年|实现|完成|居民|城镇|农村|全省|全市|全区|全县|将|力争|确保|累计|新增|亩均|(?:今)?年初"
    r"|战略性新兴产业|先进制造业|装备制造业|出口|进口|新开工|民营|专精特新|前\d{1,2}个月"
    r"|技术合同|研发|R&D|高新技术企业|科技型|货物|拥有|共有|营业收入|营收|利润|产值|投资|实际使用外资|新设|新登记"
    r"|到位资金|签约|新签约|协议投资"  # (涪城区到位资金262.5亿元: what a place's 招商 brought)
    r"|开行|开通"  # (贵州开行陆海新通道班列1147列: the trains or routes a place runs)
    # (贺州碳酸钙产业产值达到486亿元: an industry's output in the place; 钦州的到位资金增速)
    # (广州超高清视频和新型显示产业规模: two industries; not a zone's, 赣州经开区新能源汽车及配套产业产值)
    r"|(?:(?![区园])[\u4e00-\u9fff]){1,13}?产业(?:实现|完成)?(?:产值|营业收入|营收|增加值|规模)"
    # (江西的增速比全国高出1.9个百分点: the place's growth, of what the text is about)
    r"|的(?=到位资金|规模以上|规上|地区生产总值|GDP|增速|增幅|工业|制造业)"
    # (广东服务机器人产量498万套: a product the place makes)
    r"|[\u4e00-\u9fff]{1,8}?(?:产量|产销量|销量)"
    # (香港电子产品出口总值达到3.62万亿港元: a product the place sells abroad)
    r"|[\u4e00-\u9fff]{1,6}?产品(?:出口|进口)"
    # (江苏以35.2%的比重位居榜首, 天津比重为26.8%: a place's share, or the score it ranks by)
    r"|以$|比重|占比|入围|上榜|集聚|聚集"
    # (广东全社会用电量达到…; 四川受益于晶硅光伏…产业集聚，增长9.8%: what the place's growth owes to)
    r"|全社会|受益于|得益于"
    # (湖北11月制造业PMI为51.3%, 四川PMI为50.9%, 湖北新订单指数为52.6%: a province's surveyed index)
    r"|PMI|新订单指数|生产指数|(?:1[0-2]|[1-9])月份?(?=制造业|PMI|工业|规上|规模以上)"
    # (东莞则仅增长1.5%, 佛山更下降0.6%: a place set against the one before, its change)
    rf"|{_SET_AGAINST_WORDS}(?=增长|下降|回落|实现|完成|达到|$)"
    # (湖北提出地区生产总值增长5.5%, 河南同时提出…, 山东的目标是…: a place's goal, as a round-up
    # of places' plans tells it)
    r"|(?:同时|则|也|还|同样)?提出|的目标是"
    # (广东5G基站数占全国的8.2%, 深圳每万人拥有…, 山东“5G+…”项目…: a count the place holds)
    r"|5G|每万人|“"
    # (宜春已形成碳酸锂当量产能32万吨: what the place has built up)
    r"|已(?=形成|建成|集聚|落地|拥有|培育|提出)"
    # (内蒙古作为重要的天然气生产基地，…: the place a clause describes)
    r"|作为"
    # (荆门、孝感、黄冈新认定省级专精特新中小企业分别为…: what each place added)
    r"|新(?:认定|培育|入选|获批|引进|建成|落地)"
    # (深圳表现较佳，首三季…增长4.9%: the place whose figures the sentence goes on to give)
    r"|表现(?=较|最|更|亮眼|突出|抢眼|强劲|不俗)"
    # (江苏国家先进制造业集群总数达到14个, 广东国家级专精特新…: the national-level ones the place holds)
    r"|国家级|国家(?=先进制造业|重点|高新|新型工业化|专精特新|战略性)"
    r")"
)
#: a character of a place's own name: no scope word (全, 我 …), level, year or numeral, nor the 计 of
#: 预计 or 统计 before a name (预计钟祥市、京山市…), nor the preposition 在 (在息县，…: no place's name
#: holds it), nor 者 (记者从县工业园区管委会了解到 names no county 记者从县)
_NAME_CHAR = r"(?:(?![全我本各该城省市县区年争占两三四五六七八九十的计在了访者])[\u4e00-\u9fff])"
#: the investment a set of projects plans or totals (亿元以上工业项目总投资, 重点项目年度计划投资)
_PROJECTS_INVESTMENT = re.compile(r"(?P<projects>.*?)(?:年度)?(?:计划|总)投资")
_GOAL_NOUN = re.compile(
    r"目标(?:值|任务)?"
    # (…增长5.8%左右，能够完成年初确定的5.5%左右的目标: the goal set for what was told before)
    r"|(?:能够|可以|有望|将)?(?:完成|实现)(?:年初|年度|全年)?(?:确定|制定|设定|提出)"
    # (广东年初提出的全年增长目标为5%左右: the goal of what the text is about, said without its name)
    r"|年初(?:提出|定下|确定|设定|制定)(?:的)?(?:全年)?"
)
#: a bracket that closes, and one opened and closed, between a figure and a later clause
_CLOSES_A_BRACKET = re.compile(r"[）)]")
_BRACKETED_ASIDE = re.compile(r"[（(][^（()）]*[）)]")
#: how a firm's name ends (…科技有限公司, …股份有限公司, 江西铜业集团)
FIRM_NAME_END = r"(?:有限责任公司|股份有限公司|有限公司|集团|公司)"
#: a firm's name as a line's label (湖北楚源新材料科技有限公司：…)
_FIRM_LABEL = re.compile(
    rf"\s*(?:\d{{1,2}}[.、．]\s*)?(?P<firm>[\u4e00-\u9fff（）()]{{2,30}}?{FIRM_NAME_END})[：:]"
)
#: a line's label and colon (规上工业利润总额：), whatever follows it in the clause
_LINE_LABEL = re.compile(r"\s*([^\s：:，,。；;]{2,24})[：:]")
#: a change over the month before, which no measure holds, in the clause before a growth that names
#: nothing (钢材价格环比上涨0.8%，同比下降4.7%): what both changes are of
_MONTH_ON_MONTH_BEFORE = re.compile(
    r"(?P<whose>[^，,；;。]{2,24}?)(?:环比|比上月|较上月)(?:上涨|下降|增长|上升|回落|下跌)\s*\d+(?:\.\d+)?\s*%\s*[，,]\s*$"
)
#: an index's level told in the clause before (…工业生产指数为93.6，), a number without a unit
_INDEX_LEVEL_BEFORE = re.compile(
    r"(?P<index>[^，,；;。]{0,24}?(?:指数|PMI))(?:（[A-Z]+）)?(?:为|是|达到|达|介于)?\s*\d+(?:\.\d+)?"
    # (预估11月制造业生产指数介于118.60至122.90，年增率介于…: a range of levels)
    r"(?:\s*(?:至|到|—|-|～|~)\s*\d+(?:\.\d+)?)?\s*[，,]\s*$"
)
_LABEL_LINE_MAX = 24
#: what is done with projects (其中新开工21个、竣工投产14个): no noun, the projects counted before
_STAGES_OF_A_PROJECT = frozenset(
    {
        "新开工",
        "开工",
        "竣工",
        "竣工投产",
        "投产",
        "建成投产",
        "在建",
        "续建",
        "新签约",
        "签约",
        "落地",
        "开工建设",
    }
)
#: what stands before 县 without naming a county (全县, 该县, 两县, 市县)
_NOT_A_ONE_CHARACTER_COUNTY = frozenset("全我本各该此每一两二三四五六七八九十外邻郊市区省州旗乡镇村")
#: a bullet and 其中 before a label on its own line (■ 其中：高新技术产业增加值 ↵ 62.1亿元)
_LABEL_BULLET = re.compile(r"^[■●○◆▲▼·•\s]*(?:其中[：:]?)?")
_SENTENCE_MARK = re.compile(r"[，。；！？：:,;]")
#: an attribute taken per day or month (日均产量, 月均发电量)
_PER_PERIOD = re.compile(r"(?:日均|月均|平均每日|平均每月)(?=产量|发电量|销量|产值)")
#: the industries a sector's figures cover, listed in brackets (化工行业（含石油、煤炭及其他燃料
#: 加工业，化学原料和化学制品制造业）增加值): its scope, not its name
_WHAT_IT_COVERS = re.compile(r"[（(]含[^（）()]*[，,、][^（）()]*[)）]")
#: an aside on how a quantity is counted (折65度，商品量; 折纯; 含…; 按可比价格)
_HOW_COUNTED = re.compile(r"（(?:折|含|不含|按)[^（）]{0,16}）|（[^（）]{0,16}[\d，][^（）]{0,16}）")
#: a class's name glossed in brackets (A类（优先支持类）企业)
#: a sentence that opens on a set of things, then gives each place's part of it (第十批入选企业（产品）中，)
_AMONG_THEM = re.compile(r"\s*(?:其中[，,]?)?([^，,。；;：:\d]{2,20}?)中[，,]")
_PLACES_OF_A_KIND = re.compile(r"(?:省|市|县|区|州|城市|地区|省份)$")
_CLASS_GLOSS = re.compile(r"(?<=类)（[^（）]{1,8}类）")
#: a word for a number said in the sentence before (到2025年，这一数字达到96.8万辆; 2025年该比重为16.1%)
REFERS_BACK = re.compile(
    r"(?:这一|这个|该|此)(?:数字|数据|数值|指标|比重|占比|比例|增速)"
    # (…整体工业生产指数上升1.6%。二○二六年第一季的相应按年升幅为0.8%: that index's, at another time)
    r"|相应(?=的?(?:按年|同比)?(?:升幅|增幅|增速|跌幅|降幅))"
)
_ANAPHORA = re.compile(
    REFERS_BACK.pattern
    # (它增长了46.3%, 这比全国高出2.1个百分点, 以同比计上升了21.7%: a pronoun or a word of how
    # it is measured stands for the subject before)
    + r"|[这它此][个]?|它的?(?:增速|增幅|规模|总量)?|以同比计|按同比计|同比计"
    # (…生产总值586.42亿元，按可比价格计算增长7.8%: how the growth is reckoned, not what grew)
    r"|(?:按|以)(?:可比价格?|不变价格?|现价|当年价格?)(?:计算|计)?|扣除价格因素(?:后)?"
    # (…装机规模达到612.4万千瓦/1689.5万千瓦时，按功率计同比增长78.0%: by which of its measures)
    r"|按(?:功率|容量|能量|重量|数量|金额|人民币|美元|实物量)(?:计算|计)"
    r"|(?:修订|核实|调整)后"  # (…3968亿元，修订后增长6.6%: the revised growth of the subject before)
    r"|的?相应"  # (第一季的相应按年升幅: the growth of the subject before)
    # (…增加值总额为28.6亿澳门元，按年实质上升6.3%; 货值为4,200万澳门元，按年大增31.5%: Macao's words
    # for the growth of the subject before, in real terms, or a large one)
    r"|按年(?:实质|大|微)?"
)
#: a lead sentence of no number that names an industry and says how it fared (高端装备制造产业提质扩量。)
_INDUSTRY_LEADS = re.compile(r"(?P<industry>[\u4e00-\u9fff、和]{2,20}?)产业[\u4e00-\u9fff，,]{2,12}[。；]")
#: a sentence that opens on whose flow (the one named after it) it tells, then how it went, before its
#: figures (机电产品出口呈逐季回升态势，一季度至四季度出口分别增长…): whose, and the clause to its comma
_FLOW_OPENING = r"\s*(?P<whose>[\u4e00-\u9fff]{{2,10}}?){flow}[^\d，,。；;]{{2,16}}[，,]"
#: 占全国产量, 约占全国产量: a share of something, whose subject is named before
_SHARE_OF = re.compile(r"(?:约|近|超过|接近|大约)?占|对(?=.*贡献率$)")  # 对…增长的贡献率 too
DOCUMENT_REFERENCE = re.compile(
    r"^\s*《[^》]{1,30}》(?:所|中)?(?:提出|确定|明确|设定|要求)?的?"
    r"|《[^》]{1,30}》(?:所|中)?(?:提出|确定|明确|设定|要求)的?"
)
#: a zone or park (苏州工业园区, 合肥高新区): part of a city, but no administrative region itself
_ZONE = re.compile(rf"{_NAME_CHAR}{{2,6}}(?:园区|开发区|高新区|新区|保税区|示范区|试验区|自贸区)")
#: a district or county (柯桥区规上工业增加值…): two characters and 区, or two or three and 县,
#: that are not a zone's or an area's name (高新区, 开发区, 示范区 … are not administrative regions)
_NOT_ADMINISTRATIVE = (
    r"(?!高新|经开|开发|自贸|保税|综保|示范|试验|功能|集聚|先行|核心|主城|中心|新城|老城|工业|产业|经济|物流|"
    r"科技|科学|金融|临空|临港|航空|空港|综合|海洋|生态|旅游|度假|文化|农业|商务|片区|园区|城区|市区|辖区|"
    r"直辖|地级|自治|计划|重点|试点|分|专业镇|特色镇|"  # (专业镇特色产业产值: a kind of town)
    # (合作区, a cooperation zone's short name, as 横琴粤澳深度合作区's text calls it; 合作市 is a city)
    r"合作区|"
    # (百强县, 平均每县: the top 100 counties, a county on average; no county's name)
    r"百强|平均|每|"
    # (二、主要城市发展情况: the main cities, no city called 主要城市; 部分城市, 周边城市)
    r"主要|部分|其他|其它|全部|所有|周边|沿海|"
    # a verb before an office (会同市通信发展管理办公室, 联合省工信厅): no place
    r"会同|联合|协同|配合|督促|指导|推动|组织|牵头|商请|"
    # (据昆山市台办资料: according to the office, no 据昆山市; 按照县里提出的目标: as the county set
    # out, no 按照县)
    r"据|按照|依照|遵照|参照|对照|"
    # (以夏邑县产业集聚区…为主平台, 依托县职业技术教育中心, 1到11月…到嘉善县: a preposition or a verb
    # of means opens no place's name; 出山镇 and 从江县 do open on other verbs)
    r"[以到对把被给跟请受]|依托|围绕|通过|借助|依靠)"
)
#: words that end in 市 and name a listing or a market, no city (上市, 超市, 股市 …; but 辛集市 and
#: 库车市 are cities; but 国内车市 is the home market for cars)
_NO_LISTING_WORD = r"(?<!上市|超市|股市|楼市|退市|入市|开市|门市|夜市)(?<!国内车市|国外车市|海外车市)"
#: an economic area a province is divided into (成都平原经济区, 环成都经济圈, 川西北生态示范区); not a
#: city's zone named by what it serves (临空经济区, 临港经济区: a zone, named with its city)
_ECONOMIC_AREA = re.compile(
    r"((?!临空|临港|空港|航空港|高铁|滨江|滨海|保税)(?:环)?[\u4e00-\u9fff]{2,5}(?:经济区|经济圈|经济带|生态示范区))"
)
#: a region not in regions.csv, recognised by its suffix and what follows it (杭州市地区生产总值…,
#: and not 试点城市…); a name may hold 城 after its first character (宜城市, 谷城县)
_GENERIC_REGION = re.compile(
    _NOT_ADMINISTRATIVE
    + rf"({_NAME_CHAR}(?:{_NAME_CHAR}|城){{1,2}}市)(?!场)"  # (中国市场…销量: a market, no city)
    + _NO_LISTING_WORD  # (境内上市公司中, 新上市: a listing, no city)
    + _REGIONAL_SUBJECT
)
#: what ends an area's word before 区 (地区, 湾区, 山区, 园区, 片区, 小区 …), not a district's name
_AREA_WORD_END = "地湾山林矿景园城市辖片社街厂校库老新营垦小镇乡"
#: a district's name may hold 城 (鹿城区, 城阳区); 老城区, 主城区 … are excluded above
_DISTRICT_CHAR = rf"(?:{_NAME_CHAR}|城|[三四五六七八九十](?![个大项条家批年]))"  # 九龙坡区, not 三个区
#: what 城镇 goes on to when it means the towns at large (城镇居民, 城镇化率, 城镇新增就业)
_TOWNSFOLK = "(?:居民|化|人口|就业|常住|新增|登记|单位|职工|非私营)"
#: a town's first character (三港乡: a numeral may open a town's name, unlike a county's; not
#: a word before 城镇, towns in general: 占城镇新增就业…, but 巴城镇 is a town; nor 其中, "of which")
_TOWN_FIRST = (
    r"(?:(?![全我本各该城省市县区乡镇年的])(?![^镇乡街]{0,4}[个些几])"
    r"(?![占在向对为和与及]城镇)(?!其中)[\u4e00-\u9fff])"
)
#: a town whose name holds 县 or 市 (旧县镇, 新市镇), as a row or list item names it whole
_TOWN_WITH_LEVEL_WORD = re.compile(
    rf"{_TOWN_FIRST}(?=[^镇乡街]{{0,2}}[县市])(?:{_NAME_CHAR}|县|市){{1,2}}(?:镇|乡|街道)"
)
#: the town or quarter of a county's seat, named for the walled town (城关镇, 城厢镇, 城郊乡, 城东街道):
#: a name that opens on 城, which the generic patterns take for no place's (城区)
_TOWN_OF_THE_SEAT = re.compile(r"城[关厢郊东南西北中](?:镇|乡|街道)")
#: a zone named with its county's (or county-level city's) full name, then its own
#: (太和县医药高新技术产业开发区)
_ZONE_OF_COUNTY = re.compile(
    r"([\u4e00-\u9fff]{1,3}[县市])[\u4e00-\u9fff]{0,6}?"
    r"(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|工业园区|开发区)"
)
#: the listed counties, districts and county-level cities whose names the name patterns miss:
#: those that open on a numeral (三台县, 四会市, 九龙坡区; not 三个区, 两县) or a scope word (全椒县,
#: 全州县, 本溪满族自治县; not 全县), and those whose second character is 城 (禹城市, 谷城县; not 大城市)
_ODDLY_NAMED_PLACE = "|".join(
    sorted(
        (
            row["name"]
            for row in load_csv("counties")
            if (row["name"][0] in "一二三四五六七八九十两全本" or row["name"][1:2] == "城")
            and row["name"].endswith(("县", "市", "区", "旗"))
        ),
        key=len,
        reverse=True,
    )
)
#: (a town, 长安镇, stands where a district would in a city without districts, such as 东莞)
_GENERIC_DISTRICT = re.compile(
    _NOT_ADMINISTRATIVE
    # 九龙坡区 as the clause's first word, not 东莞地区 or 推动顺德区
    + rf"({_ODDLY_NAMED_PLACE}"
    # (梁园区, but not 化工园区, 产业园区 or 双园区, two parks)
    + rf"|{_DISTRICT_CHAR}{{2}}(?<!地)(?<![工业技流双两]园)区"
    + rf"|(?<![\u4e00-\u9fff]){_DISTRICT_CHAR}{{3}}(?<![{_AREA_WORD_END}])区"
    # 赣县区: a county turned district keeps its 县
    + rf"|{_NAME_CHAR}县区"
    # 罗星街道, 大田乡, 柳城畲族镇: a town's peers
    # (组建乡贤招商小分队: 乡贤, 乡村 are words, no town's end)
    + rf"|{_NAME_CHAR}(?:{_NAME_CHAR}|城){{1,2}}县"
    # (大冶城镇居民人均可支配收入: a place's townsfolk, no town called 大冶城镇)
    + rf"|{_TOWN_FIRST}(?:{_NAME_CHAR}|城){{1,2}}(?:镇(?!(?<=城镇){_TOWNSFOLK})|乡(?![贤村亲土])|街道)"
    + rf"|{_TOWN_FIRST}[\u4e00-\u9fff]{{0,3}}族(?:镇|乡)"
    + rf"|{_NAME_CHAR}{{2,4}}旗"  # a banner, a county of Inner Mongolia (准格尔旗, 伊金霍洛旗)
    + rf"|{_NAME_CHAR}{{2}}[\u4e00-\u9fff]{{1,3}}?族自治县)"  # (岫岩满族自治县, 长阳土家族自治县)
    + _REGIONAL_SUBJECT
)
#: what follows 县, 市 or 区 in a compound that names no place (县域, 市场, 区块链, 市长, 县委 …)
_NOT_AFTER_A_PLACE = "域级场民委政属长直镇乡村城块"
#: the last character of a word before a body (记者从市…局, 向县政府…, 根据县人大…, 代表县政府): no
#: place's name ends on one
#: (隆回县, 荥经县 end on 回 and 经)
_PREPOSITION_BEFORE_A_BODY = "从在到赴往对由与及把被给跟入出向请以受此其每据表"
#: a district, county or county-level city named at a clause's start, whatever follows it
_BARE_DISTRICT = re.compile(
    # not the first part of a compound (立足县域…, 资本市场, 区块链, 市长, 县委 …)
    _NOT_ADMINISTRATIVE
    # (落实县领导挂钩…: the county's leaders, no county named 落实县)
    # (nor 记者从市金融工作局了解到's 记者从市: no county's or city's name ends on a preposition)
    + rf"({_ODDLY_NAMED_PLACE}|{_DISTRICT_CHAR}{{2}}区"
    + rf"|{_NAME_CHAR}{{2,3}}(?<![{_PREPOSITION_BEFORE_A_BODY}])[县市])"
    + rf"(?![{_NOT_AFTER_A_PLACE}]|领导)"
    + _NO_LISTING_WORD
    # nor a kind of area (在园区, 老城区, 山区 …)
    + r"(?<!园区|城区|景区|社区|校区|厂区|片区|辖区|市区|郊区|矿区|林区)"
    + r"(?<!牧区|山区|老区|湾区|库区|小区|街区|展区|地区)"  # 从地区看 is no district (泉港区 is one)
    + r"(?<!设区)"  # (从设区市看: the cities with districts, no district named 从设区)
)
#: a line's list number (1. , 2、, （3）) before the words it numbers
_LIST_NUMBER = re.compile(rf"^\s*{LIST_NUMBER}\s*(?=[\u4e00-\u9fff])")
#: a county or county-level city of three characters opening a clause, whatever its figure
#: measures (德化县陶瓷出口额…, 靖江市造船完工量…): regions.csv lists neither, and no rule could
#: list every industry they lead with (but not 新上市, 大型超市, 区县市 …, which name no place)
_THREE_CHARACTER_PLACE = re.compile(
    _NOT_ADMINISTRATIVE
    + rf"(?<![\u4e00-\u9fff])({_NAME_CHAR}{{2}}[县市])"
    # (nor 市内, 市重点 after a verb, 投向市内项目; nor the first of a list, 醴陵市、攸县…; nor the
    # city's leaders, 坚持市领导挂点联系重大项目)
    + rf"(?![{_NOT_AFTER_A_PLACE}区县内外重（(]|领导)(?!\s*[、和与及])"
    + r"(?<!上市|超市|都市|股市|楼市|车市|夜市|集市|门市|互市|开市|入市|退市|赶集|县市|市县)"
)
#: a region's short name opens a clause only as the subject of an aggregate: 烟台规上工业…,
#: not 青岛港, 青岛啤酒 or 上海电气, which are a port and companies named after their city
_SHORT_NAME_SUBJECT = re.compile(_REGIONAL_SUBJECT)
#: what follows a region's name that is the subject of an aggregate (重庆|规模以上工业增加值…)
REGIONAL_SUBJECT = _SHORT_NAME_SUBJECT


def _balance_quotes(s: str) -> str:
    """Put back a quote mark that trimming cut off (一企一技术”研发中心 → “一企一技术”研发中心),
    and a closing bracket (省级智能工厂（车间 → 省级智能工厂（车间）)."""
    if s.count("（") == s.count("）") + 1 and s.rfind("（") > s.rfind("）"):
        s += "）"
    opened = s.count("“")
    closed = s.count("”")
    if closed > opened and s.index("”") < (s.index("“") if opened else len(s)):
        s = "“" + s
    elif opened > closed:
        s = s + "”"
    return s


@lru_cache(maxsize=1)
def _regions() -> dict[str, dict[str, str]]:
    """Regions by full name (empty without regions.csv)."""
    try:
        rows = load_csv("regions")
    except FileNotFoundError:
        return {}
    return {r["name"]: r for r in rows if r.get("name")}


@lru_cache(maxsize=1)
def _region_spellings() -> dict[str, str]:
    """Full name of a region by each way it is written: its full name and its short name (青岛 → 青岛市),
    and an autonomous prefecture's short name with 州 (黔南州 → 黔南布依族苗族自治州)."""
    by_name = _regions()
    spellings = {name: name for name in by_name}
    for row in by_name.values():
        if row.get("short_name") and row.get("level") != "country":
            spellings.setdefault(row["short_name"], row["name"])
            if row["name"].endswith("自治州"):
                spellings.setdefault(row["short_name"] + "州", row["name"])
            said = prefecture_said_with_its_word(row["name"], row["short_name"])
            if said is not None:
                spellings.setdefault(said, row["name"])  # 海南州, not 海南省
    # 仙桃、潜江、天门: county-level cities a province runs itself, written short like its cities
    # (the others, 东方 or 万宁, are also words and are kept whole)
    for row in load_csv("county_short_names"):
        spellings.setdefault(row["short_name"], row["name"])
        spellings.setdefault(row["name"], row["name"])
    return spellings


@lru_cache(maxsize=1)
def _region_names() -> Affixes:
    """Full and short region names indexed for prefix lookups (a clause starting with 青岛市… or 东莞…)."""
    return Affixes.of(_region_spellings())


#: a county or a district right after its province's or city's name (浙江省长兴县以…): the
#: name before it says it is one, whatever follows
_PLACE_WITHIN = re.compile(
    _NOT_ADMINISTRATIVE
    + rf"({_NAME_CHAR}(?:{_NAME_CHAR}|城){{1,2}}(?:县|旗)|{_DISTRICT_CHAR}{{2}}(?<!地)区"
    + rf"|{_DISTRICT_CHAR}{{3}}(?<![{_AREA_WORD_END}])区)"
)


#: a region's level word that begins the noun after its name (广东省级工业互联网平台: 省级 platforms)
_LEVEL_OF_THINGS = re.compile(r"[省市县区]级")


def place_said_to_be(sentence: str) -> str | None:
    """The place a sentence says what it is (河北是北方地区清洁取暖的重点省份。), by either name."""
    for written in _region_names().prefixes(sentence):
        if sentence.startswith("是", len(written)):
            return _region_spellings()[written]
    return None


def _leading_region_name(s: str) -> str | None:
    """The region name ``s`` opens with, as written; not an item of a list (济南、青岛两市…)."""
    for written in _region_names().prefixes(s):
        if s.startswith(_LIST_SEPARATORS, len(written)) or COUNTED_REGIONS.match(s, len(written)):
            continue
        if _LEVEL_OF_THINGS.match(s, len(written) - 1) and written[:-1] in _region_spellings():
            return written[:-1]  # 广东省级工业互联网平台: the province's own 省级 platforms, not 级…
        # (果洛州, 海南州: an autonomous prefecture's 州 says it is a place, as 市 does)
        said_as_prefecture = written.endswith("州") and _region_spellings()[written].endswith("自治州")
        # (仙桃市: a name in full, of regions.csv or county_short_names.csv)
        in_full = _region_spellings()[written] == written
        if in_full or said_as_prefecture or _SHORT_NAME_SUBJECT.match(s, len(written)):
            return written
    return None


#: what follows a place's short name that opens a headline on it: its period (浙江1-10月…, 陕西前10月)
_PERIOD_AFTER_PLACE = re.compile(r"\d|前|今年|上半年|一季度|三季度|全年|去年")


@lru_cache(maxsize=1)
def _province_abbreviations() -> tuple[re.Pattern[str], dict[str, str]]:
    """The provinces' one-character names (province_abbreviations.csv lists only those no common word
    shares: not 新, 云 or 吉), as a headline's clause opening with one, and the names they stand for."""
    names = {row["abbreviation"]: row["name"] for row in load_csv("province_abbreviations")}
    said = "|".join(names)
    return re.compile(rf"({said})(?={_AFTER_ABBREVIATION})"), names


#: what follows a province's one character in a headline: how it grew or ranked, or its period
_AFTER_ABBREVIATION = (
    r"年增|年减|增长|下降|增速|落后|领先|领跑|前\d|前三季|上半年|[一二三四]季度|全年|规上|规模以上"
)


def province_abbreviation(s: str) -> str | None:
    """The province whose one character a headline's clause opens with (鲁年增8.4%领跑, 粤落后全国
    2.1个百分点); None for any other opening."""
    pattern, names = _province_abbreviations()
    said = pattern.match(s)
    return names[said.group(1)] if said is not None else None


def _without_city_abbreviation(district: str) -> str:
    """黄埔区 of 穗黄埔区 (but 渝中区, 津南区 whole: a two-character district is its own name)."""
    said = city_abbreviation().match(district)
    return district[said.end() :] if said is not None else district


#: the last word of a field or a kind of industry (能源化工领域, 纺织行业, 汽车板块)
_FIELD_END = re.compile(r"(?:领域|行业|产业|板块)$")
#: a clause of no number that names a subject and why it fared so (现代纺织领域受外需偏弱影响，)
_CAUSED_CLAUSE = re.compile(
    r"(?:^|[，,；;。])\s*(?P<who>[\u4e00-\u9fff]{2,12}?)(?:受|因|由于)[^，,；;。]{1,14}(?:影响|拖累|带动|拉动)\s*[，,]\s*$"
    # (機械設備業因半導體設備…需求增溫，年增4.76%: why, said after 因 alone; 则 is no part of whose)
    r"|(?:^|[，,；;。])\s*(?P<who2>[\u4e00-\u9fff]{2,12}?)则?因[^，,；;。]{2,20}[，,]\s*$"
)


def headline_region(line: str) -> str | None:
    """The listed province or city a headline opens on by either name (陕西前10月…, 湖北省…)."""
    line = line.strip()
    written = _leading_region_name(line) or next(
        (name for name in _region_names().prefixes(line) if _PERIOD_AFTER_PLACE.match(line, len(name))), None
    )
    return _region_spellings()[written] if written is not None else None


def _lists_regions(s: str) -> bool:
    """``苏州市纳米新材料集群、深圳市新一代信息通信集群…等20个集群``: items of several regions,
    so the first one's region is not the clause's."""
    return any(_region_names().prefix(s[i + 1 :]) for i, char in enumerate(s) if char == "、")


_LIST_SEPARATORS = ("、", "，", ",", "和", "与", "及")
#: the kind of place a list's last item closes on (…南平市等山区市…)
_OTHERS_OF_A_KIND = re.compile(r"等[\u4e00-\u9fff]{1,4}?(?:城市|地区|市|县|区)(?![市县区])")
#: the count that closes a list of regions (济南、青岛两市…, 广东等三省…)
COUNTED_REGIONS = re.compile(
    r"等?\s*[两二三四五六七八九十\d]+\s*个?\s*(?:市州|地市|设区市|县市区|县区|城市|市|省|区|县|州|地)"
)


@lru_cache(maxsize=1)
def _industry_names() -> re.Pattern[str]:
    """The official industry names (industries.csv), longest first: some hold 和 or 、, which
    a text may leave out (电力热力燃气及水生产和供应业)."""
    names = sorted((row["name"] for row in load_csv("industries")), key=len, reverse=True)
    return re.compile("|".join(re.escape(name).replace("、", "、?") for name in names) or "(?!)")


def names_an_industry(label: str) -> bool:
    """Whether a table row's label names an industry (有色金属冶炼和压延加工业, 医药制造业): an
    official name, or a name that ends as one does."""
    return bool(_industry_names().fullmatch(label)) or (label.endswith("业") and 3 <= len(label) <= 20)


def without_official_names(text: str) -> str:
    """``text`` without the official industry and ownership names it holds (外商及港澳台商投资企业
    holds 投资, which names no flow of the list it stands in)."""
    return _industry_names().sub("", text) if "业" in text else text


#: 及, 和 and 与 join items, but not inside a word (普及率, 涉及, 总和, 参与) or a place's name
#: (泰和县, 和田)
_JOINING_WORD = r"以及|(?<![普涉危波顾企])及(?!时)|(?<![总缓调温柔])和(?![谐平县田])|(?<![参给赋])与"
_ITEM_SEPARATOR = re.compile(r"、|" + _JOINING_WORD)
_ITEM_SEPARATOR_OR_COMMA = re.compile(r"、|，|,|" + _JOINING_WORD)


#: a clause that says one thing of each item of its list (A、B均比二季度有所回升，), up to its comma
#: a place's growth or its extent, naming nothing grown (金昌市增长, 广东回升幅度)
_GROWTH_ALONE = re.compile(r"(?:增长|增速|增幅|回升|提升|下降|降幅|涨幅)(?:幅度)?$")
#: words that say the places before them lead in something (签约项目较多, 投资完成率居全省前列)
LEAD_WORDS = r"(?:较多|较快|较高|较大|最多|最快|最高|最大|居前|领先|(?:位|排)?居(?:全[国省市区县])?前列)"
_SAID_OF_EACH = re.compile(
    r"(?P<subject>[^，,。；;：:]+?)(?:(?<!人)均|(?<![成首京])都"
    # (青岛、潍坊、烟台三市新认定数量较多，分别为…: the places counted, then what they share)
    r"|(?<=[\u4e00-\u9fff])[两三四五六七八九十]个?(?:市|县|区|省|城市|地市)"
    # (食品加工、新型建材两个主导产业稳步发展，营业收入分别增长…: the industries counted)
    r"|(?<=[\u4e00-\u9fff])[两三四五六七八九十][个大]?(?:主导|支柱|重点|优势|特色|传统|新兴|首位)?(?:产业|行业))"
    r"[^，,。；;：:]*[，,]\s*$"
    # (宁德、厦门、漳州投资完成率居全省前列，分别超时序进度…: the places leading in what they name)
    rf"|(?P<leading>[^，,。；;：:]+?){LEAD_WORDS}[，,]\s*$"
)


#: a clause that says what is spread over the kinds it lists (新入库企业主要分布在装备制造、…等行业，)
_SPREAD_OVER = re.compile(
    r"(?P<whose>[^，,。；;：:]*?)(?:主要|大多|多)?(?:分布|集中)(?:在|于)(?P<kinds>[^，,。；;：:]+?)"
    r"等?(?P<kind>行业|领域|产业)[，,]\s*$"
)


def subject_said_of_each(text: str, start: int, end: int) -> str:
    """The list the clause ending at ``end`` says one thing of (电气机械和器材制造业、汽车制造业
    产能利用率均比二季度有所回升，): the items the values after 分别 in the next clause go to, when
    nothing else is told before them; ``""`` if the clause lists nothing."""
    spread = _SPREAD_OVER.search(text, start, end)
    kinds = list_items(spread.group("kinds")) if spread is not None else []
    if spread is not None and len(kinds) >= 2 and all(region_of_item(strip_chars(x)) is None for x in kinds):
        # 新入库企业主要分布在装备制造、农副食品加工…等行业，分别为48家、37家…: each kind's part of
        # what is spread over them
        whose = strip_chars(spread.group("whose"))
        return "、".join(strip_chars(x) + spread.group("kind") + whose for x in kinds)
    said = _SAID_OF_EACH.search(text, start, end)
    if said is None:
        return ""
    subject = said.group("subject") or said.group("leading")
    items = list_items(subject)
    if said.group("leading"):
        known = [region_of_item(strip_chars(x)) for x in items[:-1]]
        places = [
            bool(r or among_places(strip_chars(x), known)) for r, x in zip(known, items[:-1], strict=True)
        ]
        last = strip_chars(_GROWTH_ALONE.sub("", items[-1]))
        if (any(places) and not all(places)) or not last or region_of_item(last) is not None or "的" in last:
            # (酒泉市、金昌市增长较快，分别增长…: their growth, of what the text told before; 松山湖、
            # 长安镇…居前: a place and what may not be one; …上升和资金紧张的比重仍然较高: of what the
            # items are said of)
            return ""
    return subject if len(items) >= 2 else ""


def list_items(text: str, commas: bool = False) -> list[str]:
    """The items of a list (A、B和C), never split inside an official industry name
    (化学原料和化学制品制造业, 计算机、通信和其他电子设备制造业); ``commas``: items may also
    stand in clauses of their own (A，B，C增加值分别…)."""
    separator = _ITEM_SEPARATOR_OR_COMMA if commas else _ITEM_SEPARATOR
    if not separator.search(text):
        return [text]
    names = [m.span() for m in _industry_names().finditer(text)] if "业" in text else []
    items: list[str] = []
    start = 0
    for m in separator.finditer(text):
        if any(a <= m.start() < b for a, b in names):
            continue
        items.append(text[start : m.start()])
        start = m.end()
    items.append(text[start:])
    return items


def owner_of_attribute(indicator: str) -> str:
    """单晶硅片 of 单晶硅片产能: what an indicator that ends on an attribute is of; "" for any other."""
    said = next((a for a in lexicon().attributes if indicator.endswith(a) and len(indicator) > len(a)), "")
    if said == "产值" and indicator.endswith("总产值") and len(indicator) > len("总产值"):
        said = "总产值"  # (规上工业总产值: of 规上工业, whose 增加值 the clause after may give)
    return indicator[: len(indicator) - len(said)] if said else ""


def share_of_subject(indicator: str, subject: str) -> str | None:
    """``占规上工业的比重``, ``约占全国产量``, ``比重``, ``对…增长的贡献率`` said after ``subject``:
    the subject's share, named in full; None when ``indicator`` names a share of nothing
    before it. The qualifier (约) goes to the figure, 占… stays in the name."""
    share_of = _SHARE_OF.match(indicator)
    if share_of is None and indicator not in SHARE_WORDS:
        return None
    return subject + (indicator[share_of.end() - 1 :] if share_of else indicator)


def after_its_province(place: str) -> str | None:
    """山东潍坊 (在山东潍坊，…): the city a province's short name goes before, in full; else None."""
    for cut in (2, 3):
        province = _region_spellings().get(place[:cut])
        if province is not None and province.endswith(("省", "自治区")):
            named = _region_spellings().get(place[cut:])
            return named if named is not None and not named.endswith(("省", "自治区")) else None
    return None


def region_by_short(name: str) -> str | None:
    """Full name of a region written by its name or short name (青岛 → 青岛市)."""
    return _region_spellings().get(name)


def city_without_its_level_word(name: str) -> str | None:
    """The city a table's row names without 市 where its short name is no word of the lexicon's
    (长治, 北海: 长治久安 and the sea keep the names to themselves), else None."""
    city = region_by_short(name + "市") if len(name) == 2 else None
    return city if city is not None and _regions().get(city, {}).get("level") == "prefecture" else None


def named_zone(text: str) -> tuple[str, int] | None:
    """The official name of the zone ``text`` opens with, and where its name ends (see zones)."""
    return zones.named_zone(text, _names_a_place)


def _names_a_place(place: str) -> bool:
    """Whether a zone's name opens with a listed region's (长沙) or is a county-level city's or a
    county's name without its level word (井冈山经开区: 井冈山市's zone)."""
    if _region_names().prefix(place) is not None:
        return True
    return any(name == place + level for level in "市县" for _, name, _ in counties_named(place + level))


def _ends_on_listed_region(name: str) -> bool:
    """据深圳市, 在深圳市: a word before a listed city, no county-level city of that name."""
    return any(region_by_short(name[k:]) is not None for k in range(1, len(name) - 1))


@lru_cache(maxsize=1)
def _withheld_short_names() -> dict[str, str]:
    """Cities regions.csv gives no short name because it is also a word (宁德时代, 大庆精神, 黄山
    风景区), by that name: 宁德 → 宁德市."""
    return {
        row["name"][:-1]: row["name"]
        for row in _regions().values()
        if row.get("short_name") == row["name"]
        and row.get("level") == "prefecture"
        and row["name"].endswith("市")
    }


def among_places(item: str, others: list[str | None]) -> str | None:
    """The city a list item names by a short name that is also a word (宁德、厦门投资完成率: 宁德),
    where another item is a place; None otherwise."""
    return _withheld_short_names().get(item) if any(others) else None


@lru_cache(maxsize=1)
def _autonomous_by_short() -> dict[str, str]:
    """五峰县 → 五峰土家族自治县: an autonomous county by its place's name and 县, as texts list it
    among the others (where no other county of counties.csv is so named)."""
    names = {row["name"] for row in load_csv("counties")}
    full = [name for name in autonomous_counties() if name.endswith("自治县")]
    places = Counter(name[:2] for name in full)
    return {name[:2] + "县": name for name in full if places[name[:2]] == 1 and name[:2] + "县" not in names}


def region_of_item(item: str, long_districts: bool = True) -> str | None:
    """The region a list item names: a known region by either name, or a county-level city,
    district or county written in full (张家港市), which regions.csv does not list, or a
    zone named after its place (长沙经开区). ``long_districts``: a district's name may have
    three characters (九龙坡区), which is not to be looked for after a verb (推动顺德区)."""
    known = region_by_short(item) or _autonomous_by_short().get(item)
    if known is not None:
        return known
    zone = named_zone(item)
    if zone is not None and zone[1] == len(item):
        return zone[0]
    if len(item) == 2 and item[1] == "县" and item[0] not in _NOT_A_ONE_CHARACTER_COUNTY:
        return item  # 费县, 沛县, 滑县: a county of one character listed as an item or a row
    if _NUMBERED_TOWN.fullmatch(item):
        return item  # 四十里堡镇, 十里铺镇, 八里庄街道: a town named by a distance or a count
    if _TOWN_WITH_LEVEL_WORD.fullmatch(item) and not _ends_on_listed_region(item):
        return item  # 旧县镇, 新市镇: a town whose name holds a county's or a city's word
    if _TOWN_OF_THE_SEAT.fullmatch(item):
        return item  # 城关镇, 城东街道: the town or quarter of a county's seat, listed as a row
    zone_of_county = _ZONE_OF_COUNTY.fullmatch(item)
    if zone_of_county is not None and region_of_item(zone_of_county.group(1)) is not None:
        return item  # 太和县医药高新技术产业开发区: a zone named with its county's full name
    if _ECONOMIC_AREA.fullmatch(item):
        return item  # 川南经济区、川东北经济区…分别增长: a province's economic areas, listed
    port = _PORT_AREA.fullmatch(item)
    if port is not None:
        # 钦州港域, 防城港域 (防城港's), 北海港域 (北海 alone names no city): a port's area, in the
        # city whose name it bears
        named = (port.group(1) + said for said in ("", "港", "市"))
        return next(filter(None, map(region_by_short, named)), None)
    said = item + "增长"  # the generic patterns need what follows a region's name
    m = _GENERIC_REGION.match(said) or _GENERIC_DISTRICT.match(said)
    if m is None or m.group(1) != item:
        return None
    if _ends_on_listed_region(item):
        return None
    return item if long_districts or len(item) < 4 or not item.endswith("区") else None


#: a town whose name opens on a number, the miles to it or the households it began with (四十里堡镇,
#: 二道河镇, 八里庄街道), which the name characters of the generic patterns leave out
_NUMBERED_TOWN = re.compile(
    r"[一二三四五六七八九十]{1,3}[里道家]?[里堡铺庄河沟屯营店桥甲][\u4e00-\u9fff]?(?:镇|乡|街道)"
)

#: a port's area (港域) named after its city (钦州港域, 防城港域)
_PORT_AREA = re.compile(r"(.{2,3}?)港?域")

#: how far into a list's last item the name of a county may end (永丰县完成率)
_COUNTY_NAME_MAX = 6


def _places_proper(names: list[str | None]) -> bool:
    """Whether every name is a province, a city or a county, not an area wider than a province."""
    return all(name is not None and _regions().get(name, {}).get("level") != "macro_region" for name in names)


def city_named_in(text: str) -> str | None:
    """The first city (not province) a text names: a speaker's office (深圳市工业和信息化局). Not a
    city an office of wider reach is named after (长沙海关副关长 speaks for Hunan, not Changsha)."""
    regions = _regions()
    for i in range(len(text)):
        written = _region_names().prefix(text[i:])
        if written is None:
            continue
        if _REGIONAL_OFFICE.match(text, i + len(written)):
            return None
        name = _region_spellings()[written]
        level = regions.get(name, {}).get("level")
        return name if level not in ("country", "national", "province") else None
    return None


#: offices named after their seat city that serve a province or more (``regional_offices.csv``)
_REGIONAL_OFFICE = re.compile(alternation([row["office"] for row in load_csv("regional_offices")]))


def _city_written_first(text: str) -> tuple[str, int] | None:
    """The city (not province) ``text`` opens with by either name, and where its name ends."""
    written = _region_names().prefix(text)
    if written is None:
        return None
    name = _region_spellings()[written]
    return (name, len(written)) if _regions().get(name, {}).get("level") == "prefecture" else None


def city_opening(text: str) -> str | None:
    """The city (not province) ``text`` opens with by either name: 苏州是江苏“智改数转”的先行地."""
    city = _city_written_first(text)
    return city[0] if city is not None else None


#: a firm's works named after the city it stands in (西安基地, 常州工厂)
_WORKS_AFTER_CITY = re.compile(r"(?:生产)?(?:基地|工厂|厂区|分公司|子公司)")


def works_city_opening(text: str) -> str | None:
    """The city whose works ``text`` opens on (西安基地主要配套…，上半年实现收入9.6亿元): the
    works' figures are that city's, not the firm's seat's."""
    city = _city_written_first(text)
    return city[0] if city is not None and _WORKS_AFTER_CITY.match(text, city[1]) else None


#: (a county's name may hold 城, as 通城县 and 城固县 do; a district's 城区 is no name)
_COUNTY_CHAR = _NAME_CHAR.replace("城", "")
_DISTRICT_IN_OFFICE = re.compile(
    _NOT_ADMINISTRATIVE
    # (——访广西环江毛南族自治县县长覃振华: an autonomous county's name, whole)
    + rf"({_DISTRICT_CHAR}{{2}}区|{_COUNTY_CHAR}{{2}}[\u4e00-\u9fff]{{1,3}}?族自治县|{_COUNTY_CHAR}{{2,3}}县)"
    + r"(?=委|人民政府|政府|区长|县长|、|\s|$)"
)


_INTERVIEW_VERB = re.compile(r"^[\s—-]*(?:专访|访|对话|走近|走访)")


def district_named_in(text: str) -> str | None:
    """A district or county an office names (即墨区委副书记、区长): regions.csv lists none."""
    # (——访清河县县长刘建峰: an interview's subtitle, its verb before the office; …撑起产业——对话安吉县
    # 县长: the headline's words before the dash are none of the office)
    found = _DISTRICT_IN_OFFICE.search(_INTERVIEW_VERB.sub("", re.split(r"—+", text)[-1], count=1))
    if found is None:
        return None
    # (广西环江毛南族自治县: the county's own name, without the province's last character before it)
    return next((name for name in autonomous_counties() if found.group(1).endswith(name)), found.group(1))


def province_of(region: str) -> str | None:
    """The province 全省 means in a document of ``region``; None for the country (全国 has no 全省)."""
    by_name = _regions()
    row = by_name.get(region)
    if row is None or row.get("level") in ("country", "national"):
        return None
    if row.get("level") == "province" or not row.get("parent_code"):
        return region
    for other in by_name.values():
        if other.get("code") == row.get("parent_code"):
            return other["name"]
    return None


_COMPARED_TO_TIME = re.compile(
    r"(?:比|较)\s*(?:上年度?|去年|前年|一年前|上月|上季|年初|\d{4}\s*年度?|\d{1,2}\s*月|[一二三四]季度|同期|上半年)"
)
_SPACE_OR_STAR = re.compile(r"[\s*]")
#: a label's level left blank before its growth (规模以上工业增加值：—，增长10.4%)
_BLANK_LEVEL_AFTER_LABEL = re.compile(r"[：:]\s*[—－-]+\s*[，,]$")
#: （下同）, （同比，下同）: the writer's note that what it says holds for the figures below
_EDITORIAL_ASIDE = re.compile(r"[（(][^（）()]{0,10}下同[)）]")
#: 地区生产总值（GDP）: the abbreviation adds nothing
_TRAILING_ABBREVIATION = re.compile(r"[（(][A-Za-z0-9&]{1,8}[)）]$")
_YEAR_EXPRESSION = re.compile(
    # 到2025年全市… / 力争到2025年… / 2021—2023年实际…: the preposition or the span's first year goes too
    r"(?:(?:(?<![^\s，,；;：:])|(?<=力争|争取|计划|确保|预计|目标|预期|提出))[到至]\s*)?(?:\d{4}\s*年?\s*[-—–~～至到]\s*)?"
    r"\d{4}\s*年(?:\s*\d{1,2}\s*[-—–~～至到]\s*\d{1,2}\s*月(?:份)?)?(?:年?底|年?末|以来|全年|度(?![量数]))?"
    # (2025至26财政年度: Hong Kong's year of account)
    r"|\d{4}\s*[-—–/／至]\s*\d{2}\s*(?:财政|课税)?年度"
)  # (2025年度: the year, 度 too)
_OTHER_TIME_EXPRESSION = re.compile(
    r"\d{1,2}\s*[-—–~～至到]\s*\d{1,2}\s*月(?:份)?|[前首]\s*(?:\d{1,2}|[一两二三四五六七八九十]+)\s*个?月"
    r"|(?:今年|年初|本年)以来|^(?:其中[，,]?)?当年|(?:到|截至)?[一二三四]季度(?:末|底)|前?[一二三四]季度|[前首][一二三1-3]季(?:度)?|首季(?:度)?|第[一二三四1-4]季(?:度)?(?:末|底)?|同季|到年(?:底|末)|年底前|上半年|下半年|截至(?:目前|当前|去年|上年)?(?:年)?(?:底|末)?|(?:去年|上年|今年)(?:年)?(?:底|末)|^年(?:末|底)"
    r"|(?:过去|近)?[\d两二三四五六七八九十]{1,2}年(?:来|以来|间|内)?(?:累计)?$"
    # 三年新培育… (a plan's span) and “十四五”期间… open a clause as time, not as noun
    r"|^[两二三四五六七八九]年(?:内|间)?|(?<![\d.])\d{1,2}年内|(?:未来|今后)[\d两二三四五六七八九十]{1,2}年"
    rf"|{PLAN_QUOTE_OPENS}?十[一二三四五六七八九]五{PLAN_QUOTE_CLOSES}?(?:时期|期间|以来|的?前[两二三四]年)?"
    # a single month (其中，11月份增长8.2%; 11月当月…), the month or quarter of the report (当月, 当季)
    r"|(?<![\d.])(?:1[0-2]|[1-9])\s*月(?:份)?(?:当月|(?:底|末)前?)?(?![\d均])|当月|当季|单季|单月|本月|本周|当周"
    r"|(?<![一二三四五六七八九十])(?:十[一二]|[一二三四五六七八九十])月份"  # (十月份: a month in words)
    r"|(?<![\d.])(?:1[0-2]|[1-9])\s*月\s*(?:3[01]|[12]\d|[1-9])\s*日(?:当天)?"  # 8月5日全省用电负荷
)
#: a whole place a text compares with or measures against, by its scope word (全国, 全省 …)
WHOLE_PLACE = r"(?:全国|全省|全市|全县|全区)"
#: a cause said between a subject and its figure (受汽车产业拉动, 受检修影响)
_CAUSE = re.compile(r"受[^，,。；;受]{1,12}?(?:拉动|影响|带动|提振|冲击)")
#: a zone's name in brackets after the district it is run as (新吴区（无锡高新区）增长9.4%): the
#: district is the subject
_ZONE_ALIAS = re.compile(r"(?<=[区县市旗])[（(][^（）()，,]{2,12}?(?:高新区|开发区|经开区|园区|新区)[)）]")
#: a ranked population counted inside a whole (全省18个省辖市, 全国31个省份, 全市各县（市、区）)
_COUNTED_POPULATION = re.compile(r"(全省|全国|全市|全区)(?:[\d一二三四五六七八九十两]+个|各)")
_LAST_CLAUSE = re.compile(r"[^，,。；;：:]+$")
_DIGIT = re.compile(r"\d")
#: a clause that opens on a place joined with others (西安市、宝鸡市入选…)
_JOINED_PLACES_OPENING = re.compile(r"([\u4e00-\u9fff]{2,8}?)[、和与及][\u4e00-\u9fff]{2,8}?[省市县区]")


def opens_on_joined_places(clause: str, region: str) -> bool:
    """Whether a clause opens on ``region`` named together with other places (西安市、宝鸡市入选…)."""
    joined = _JOINED_PLACES_OPENING.match(strip_chars(clause))
    return joined is not None and region_of_item(joined.group(1)) == region


#: a line's label that says what role its number plays for the indicator a heading above names
#: (年度目标, 上半年完成, 完成率, 备注), the rate's word kept
_ROLE_LABEL = re.compile(
    r"(?:年度|全年)?目标(?:值|任务)?|(?:1-\d{1,2}月|[上下]半年|前三季度|[一二三四]季度)?(?:实际)?完成(?:值)?"
    r"|(?P<rate>完成率|完成进度)|备注"
)
_ROLE_LINE = re.compile(rf"(?:{_ROLE_LABEL.pattern})[：:]")
#: a numbered heading that names an indicator alone (1.地区生产总值, 2.规模以上工业增加值增速)
_NUMBERED_HEADING = re.compile(r"\d{1,2}[.．、]\s*([\u4e00-\u9fff（）]{2,24})")
#: how many lines of roles a block may hold above the line read, up to its heading
_ROLE_LINES_MAX = 6
_HEADING_MARK = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])"
)
#: a benchmark that is a plan's goal named by its document (《规划》预期年均增速, 《规划》目标)
_GOAL_BENCHMARK = re.compile(r"》[^《》]{0,4}(?:目标|预期)|《[^》]*规划")
_BENCHMARK_TAIL = re.compile(r"(?:的)?(?:水平|增速|增幅)?(?:还|也|都|仍)?$")
#: a place set against the one before, right before its change (东莞则仅增长, 佛山更下降)
_SET_AGAINST = re.compile(rf"(?<=[\u4e00-\u9fff]){_SET_AGAINST_WORDS}$")
#: the country named as the subject of an economy or industry's size (中国低空经济规模, 中国工业增加值),
#: not as the first word of a firm's or a body's name (中国石化, 中国电子信息产业发展研究院)
_CHINAS_ECONOMY = re.compile(
    r"中国(?=[^，。；、]{0,8}?(?:经济|产业|行业|市场)(?:规模|总量|增加值|营业收入|营收|产值))"
    r"|中国(?=规模以上|规上|工业增加值|制造业增加值|国内生产总值|GDP)"
)
#: 全国 opening a clause: the nation's figure (全国储能电池出货量约为420GWh), but not a first, a
#: rank, a list, a title the place earned or a ratio's base (全国首个…, 全国百强县, 全国重点实验室,
#: 全国每生产7辆…)
_NATIONAL_SUBJECT = re.compile(
    r"全国(?!首|第|唯一|百强|千强|前|领先|示范|重点|性|各|每|范围|人大|政协|文明|劳模|先进|优秀|知名|一流|最|率先)"
    r"(?![^，。；]{0,6}(?:标杆|示范|试点|冠军|称号|奖|样板|标兵|典型|基地|名单))"  # (全国质量标杆: a title)
    r"(?=[\u4e00-\u9fffA-Za-z\d])"
)
#: 算力产业完成投资, 能源领域完成投资: a field's investment, the verb inside its name no part of
#: it (but 亿元以上工业项目完成投资 is what projects have done of what they plan, and a table's row
#: 先进制造业 under 完成投资 is a kind of project)
_DONE_BY_A_FIELD = re.compile(r"(产业链|产业|领域|行业)完成投资")
_SHIXIAN = re.compile(r"实现(?!了)|预计(?=实现|完成|达到)")
_COMPARED_TO_TIME_TAIL = re.compile(
    r"(?:比|较|同比|与)(?:上年(?:度|末)?|上年底|去年度?(?:末|底)?|前年|一年前|上半年|上季度|上月末?|年初|\d{4}年(?:末|底)?|[一二三四]季度"
    # (较“十三五”末增长3.2倍: the plan's last day, its name perhaps blanked as a period's)
    r"|[“\"]?(?:十[一二三四五六七八九]五)?[”\"]?\s*(?:期)?末)"
    # (年度计划投资5860亿元，比上年计划增长4.6%: the plan's growth over last year's plan; 较一年前同期,
    # 与一年前同期比较: Hong Kong's words for the year before)
    # (与上年同月比较则增加18.6%: Taiwan's words for the same month of last year)
    r"(?:同期|同月|计划)?(?:相比|比较)?则?$"
)
_COMPARISON_WORD_TAIL = re.compile(r"(?<![占环对])(?:比|较)$")
#: a word for a growth rate (增幅高于全市…, 增速居…, 抚州、赣州增速分列…)
GROWTH_WORD = re.compile(r"增速|增幅")
#: the growth word said after months alone (累计增速, 当月增幅), in one clause or ending a list of them
MONTHS_GROWTH_WORD = rf"(?:累计|当月)?(?:{GROWTH_WORD.pattern})"
#: a clause that names only the months and their growth (1-7月、1-8月累计增速分别为)
_BARE_GROWTH_CLAUSE = re.compile(
    r"(?:(?:\d{1,2}\s*[-—–~至]\s*)?\d{1,2}月(?:份)?[、和及]?)+"
    + MONTHS_GROWTH_WORD
    + r"(?:分别)?(?:为|是|达)?"
)
_GROWTH_WORD_TAIL = re.compile(r"(?:增速|增幅|增长|涨幅|成长幅度|成长率)$")
#: what opens a clause but is not part of what a figure is about: a streak (连续3年…居全省首位)
#: or a list marker (一是…, （二）…)
_NOT_SUBJECT = re.compile(
    r"连续\s*[\d一二两三四五六七八九十]*\s*(?:年|个月|届|次)?"
    r"|[一二三四五六七八九十]+是|[（(]?[一二三四五六七八九十\d]{1,3}[)）]"
    r"|\d{1,2}[.．、](?=[\u4e00-\u9fff])"  # a list item's number: 7.新增国家级…
    r"|年(?:初|度)计划(?!投资|总投资)"  # 年初计划规上工业增加值增长6%: the plan's, said of the indicator
)
#: a level named as the base of a comparison, right before its number (高于上年的, 超过2024年全年新增的)
_LEVEL_COMPARED_WITH = re.compile(
    r"(?:较|比|高于|低于|超过|多于|少于)(?:上年|去年|前年|\d{4}\s*年)(?:同期|全年|末|底)?[\u4e00-\u9fff]{0,4}的"
)
_NOT_SUBJECT_START = frozenset("连一二三四五六七八九十（(0123456789年")
_LOCAL_WHOLE = (
    *("全省", "我省", "全市", "我市", "全区", "我区", "全县", "我县", "我国", "全大陆"),
    *("全州", "我州"),  # (an autonomous prefecture's own)
    *("全旗", "我旗"),  # (a banner's own, Inner Mongolia's county)
    *("本港", "本澳"),  # (a Hong Kong or Macao paper's own territory)
    "大陆",  # (the country, as a Hong Kong or Taiwan paper calls it)
)
#: the mainland as the subject of a figure (大陸全年工業機器人產量), not 大陆架 or 大陆委员会
_MAINLAND = re.compile(r"大陆(?![架性漂委籍人法])")
_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]")
#: a place the text named before, called by its level alone (该镇, 该街道, 该县)
_THE_PLACE_ALONE = re.compile(r"该(?:街道|镇|乡|县|市|区|旗)")
#: a clause that says only where the ones after it are (在合肥市肥西县，)
_AT_PLACE = re.compile(r"在([\u4e00-\u9fff]{1,12}?(?:省|市|县|区|旗))")
#: a place's name by the word of its level, of any level (安阳市, 黔南州, 阿拉善盟)
PLACE_BY_LEVEL = r"[\u4e00-\u9fff]{2,8}?[省市县区州旗盟]"
#: the places with most of a thing, the first of them named (…数量较多的是安阳市, …较多的有安阳市)
_MOST_ARE_AT = re.compile(
    rf"(?:数量|数)?(?:较多|最多|较大|最大|较高|最高|居前|靠前)的(?:是|有|为){PLACE_BY_LEVEL}$"
)
#: a clause that takes a place as the example of what was said before it (以玉环市为例，)
_FOR_EXAMPLE = re.compile(r"以([\u4e00-\u9fff]{2,12}?)为例")
#: a clause that names a place after what it is (工业第一大省江苏, 制造业强市苏州)
_DESCRIBED_PLACE = re.compile(
    r"[\u4e00-\u9fff“”]{1,10}?(?:大省|强省|大市|强市|大县|强县|第一城|重镇|之都)([\u4e00-\u9fff]{2,8})"
)
_SCOPE_WORD_START = re.compile(r"^(?:年度|全年|主要|总)")
#: a place's line in a ranking, by its place (第一名　随州高新区, 第3名 广水市)
_PLACE_IN_A_RANKING = re.compile(r"^第[一二三四五六七八九十\d]{1,3}名")
_INDUSTRY = re.compile(r"[\u4e00-\u9fff]{2,14}?(?:行业|产业)")
#: an industry's figure (通信设备制造业增加值): what the sentence's later bare figures are of
_INDUSTRY_MEASURED = re.compile(r"([\u4e00-\u9fff、]{1,20}?业)(?:增加值|营业收入|利润总额|产值|出口交货值)")

#: Size of the per-process caches of cleaned phrases: clause texts repeat a lot
#: (each token of a clause cleans the same stretches), within and across documents.
_CACHE_SIZE = 1 << 16


#: what is told of a budget after it (执行18.94亿元, 执行率98.6%), and a budget's figure
#: a rate said right after a sum of money, of that sum (…支出完成612.4亿元，执行率98.6%)
_RATES_OF_AN_AMOUNT = frozenset({"执行率", "完成率", "执行进度", "预算执行率", "预算完成率"})
_BUDGET_WORDS = frozenset({"执行", "执行数", "执行率", "决算数", "预算数", "调整预算数", "完成率"})
_BUDGET_OF = re.compile(r"(.+?)(?:年初|调整)?(?:预算数|执行数|决算数|执行)")
#: the level a budget is of (省级, 市本级), said before it
_BUDGET_LEVEL = re.compile(r"(?:(?:省|市|县|区)本?级|本级)?")
#: a list item's label, said as a sentence of its own (（一）工业转型升级专项资金。)
#: an item's label that names a kind of industry (有色金属产业链, 电子信息产业, 装备制造业)
#: the attributes a product's point names (新能源汽车：5月产量18.7万辆)
_OUTPUT_WORDS = frozenset({"产量", "销量", "产销量", "出口量"})
_KIND_ITEM = re.compile(r"(?:产业链|产业集群|产业|行业|业)$")
#: a label that opens a block on a line of its own, right above the line it names (🔹节能环保装备 ↵
#: 产值78.6亿元, its emoji gone in normalizing), and how far back it may start
_LABEL_ABOVE = re.compile(r"(?:\A|\n\n)[^\S\n]*(?P<label>[\u4e00-\u9fff]{2,12})\n\Z")
_LABEL_ABOVE_CHARS = 20
#: a post's heading that names an industry, on the line above or over a blank line
#: (合金刀具产业 ↵↵ 产业集群营业收入23.6亿元): the industry a figure said of "the industry" is of
_KIND_LABEL_ABOVE = re.compile(
    r"(?:\A|\n\n)[^\S\n]*(?P<label>[\u4e00-\u9fff]{2,12}?)(?:产业链|产业集群|产业|行业)\n\n?\Z"
)
#: a point's label over its sub-points, the line the sentence opens directly under them
#: (  ● 正极材料 ↵ 　　○ 企业数量：16家 ↵ 　　○ 产值：198.7亿元)
_POINT_ABOVE = re.compile(
    r"(?m)^[^\S\n]*[●•■◆][^\S\n]*(?P<label>[^\s\d，。；：:]{2,16})[^\S\n]*\n(?:[^\S\n]*○[^\n]*\n)*\Z"
)
_POINT_ABOVE_CHARS = 400
_SUB_POINT = re.compile(r"[^\S\n]*○")
#: a count of the firms of what a point names (○ 企业数量：7家)
_FIRMS_COUNTED = re.compile(r"(?:规上)?企业(?:数量|数|家数)?")
#: a figure said of "the industry" (产业产值, 全产业链产值, 产业集群营业收入), its attribute after
_OF_THE_INDUSTRY = re.compile(r"全?(?:产业链|产业集群|产业|集群|行业)")
#: the title of an infographic's card, in black lenticular brackets on a line of its own, over its
#: figures down to a blank line (【地区生产总值】 ↵ 2286.4亿元 ↵ 同比增长 5.6%)
_BRACKETED_LABEL_LINE = re.compile(r"[^\S\n]*【([^【】\n\d]{2,24})】[^\S\n]*\n")
#: the longest line a card's figure stands on (a paragraph under a heading runs longer)
_CARD_LINE_MAX = 30
#: how a card's title that names a measure ends (地区生产总值, 规上工业增加值, …占规上工业比重)
_MEASURED_TITLE_END = re.compile(
    r"(?:总值|增加值|投资|总额|收入|产值|产量|销量|比重|占比|利润|用电量|出口|进口|进出口|营收|税收|企业数?)$"
)
_PROSE_MARK = re.compile(r"[，,；;。]")
#: a card's line that names nothing of its own: a number, or a change or a rank said of the title
#: (2286.4亿元, 同比增长 5.6%, ▲ 高于全省 0.3 个百分点, ▲ 增速居全省第 3 位)
_BARE_LINE_OPENING = re.compile(
    r"[^\S\n]*[▲▼↑↓]?[^\S\n]*(?:\d|同比|增长|下降|高于|低于|增速|增幅|比上年|较上年)"
)
#: a numbered heading on the line above that names a kind of industry, perhaps with a note in
#: brackets after it (1. 锂电产业链（链长：市委书记）, 2. 高端装备（机床）产业链（链长：市长）)
_NUMBERED_KIND_ABOVE = re.compile(
    r"(?:\A|\n)[^\S\n]*(?:\d{1,2}\s*[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)\s*"
    r"(?P<label>[^\n，。；：:]{2,24}?(?:产业链|产业集群|产业|行业))(?:[（(][^（）()\n]{1,16}[)）])?\n\Z"
)
_NUMBERED_KIND_ABOVE_CHARS = 40
#: an item that names things a list counts (（一）绿色工厂。, （三）绿色供应链管理企业。)
_COUNTED_THINGS_ITEM = re.compile(r"(?:工厂|企业|园区|中心|车间|集群|基地|项目|产品|平台|供应链)$")
_ITEM_LABEL = re.compile(r"\s*[（(][一二三四五六七八九十\d]{1,3}[)）]\s*([^，,。；;\d\s]{2,20})。")
#: the budget a budget's change is told over (比上年决算数, 较上年年初预算数)
_BUDGET_BASE = re.compile(r"^(?:比|较)(?:上年|去年)?(?:同期)?(?:年初)?(?:预算|决算|执行|调整预算)数")
#: the list a ranked list's change is told over (比上年百强, 较上届50强): the base, not the subject
_LIST_BASE = re.compile(r"^(?:比|较)(?:上年|去年|上届|上一届)(?:的)?(?:百强|\d{2,3}强)(?:企业)?")
#: a bracketed label a briefing opens an item with (【梯度培育】)
_SECTION_TAG = re.compile(r"^【[^】]{1,12}】")


def strip_chars(s: str) -> str:
    """``s`` without spaces, a trailing (GDP)-style abbreviation and edge punctuation."""
    s = _SPACE_OR_STAR.sub("", s)
    s = _TRAILING_ABBREVIATION.sub("", s)
    out = s.strip(_PUNCT)
    if out.count("（") > out.count("）") and s.endswith("）"):
        out += "）"  # A类（优先发展类）: a bracket the name closes is part of it
    return out


#: 在 right before a year of account (基金在2025至26财政年度共批出…): when, with the year, no part of
#: the noun
_AT_A_YEAR = re.compile(r"在(?=\s*\d{4}\s*[-—–/／至]\s*\d{2}\s*(?:财政|课税)?年度)")


def periods_free(s: str) -> str:
    """The text without its time expressions (they are context, not indicator)."""
    s = _AT_A_YEAR.sub("", s) if "在" in s else s
    return _OTHER_TIME_EXPRESSION.sub("", _YEAR_EXPRESSION.sub("", s))


def _spelt_as_catalogue(s: str) -> str:
    """``s`` with the catalogue's spelling of its words (规上 → 规模以上, indicator_aliases.csv)."""
    for alias, canonical in lexicon().aliases:
        s = s.replace(alias, canonical)
    # (an alias replaced inside a name already in full; and 运营收入, 经营收入, whose 营收 is the
    # middle of two words, no alias of 营业收入)
    return s.replace("规模以上模以上", "规模以上").replace("营业收入入", "营收入")


#: how many of the things counted before, said again before their share (数量占全国的3.6%)
_HOW_MANY_SAID = re.compile(r"(?:新认定|新增|入选)?(?:数量|总数|家数|个数)约?")
#: what is told per firm or household of the figure before (平均每家, 户均)
_PER_EACH = re.compile(r"平均每(?:家|户|个|企业)|户均|家均|企均|每家")
#: a paragraph's numbered heading of one thing, run into its text (（二）硅片。建成产能95GW); not
#: an aspect it looks from (（一）分领域看。, 总体情况。)
_THING_HEADING = re.compile(
    r"\s*[（(][一二三四五六七八九十]{1,2}[)）]\s*([\u4e00-\u9fff]{2,6})(?<![看况面点势])[。．]\s*$"
)
#: the longest industry a bare attribute borrows from earlier in its sentence
_TOPIC_MAX = 12
#: a project the clause before names, alone (…功能糖及生物发酵产业园项目，), and the words of its
#: whole cost, told right after it
_PROJECT_NAMED_BEFORE = re.compile(r"(?:^|[。；;：:\d.．、])([^。；;，,：:]{2,30}?项目)\s*[，,]\s*$")
_WHOLE_COST_OF_A_PROJECT = frozenset({"总投资", "计划总投资", "总投资额"})


#: a clause that opens on one thing named as the first of those it counts (浏阳经济技术开发区等8个园区)
_EXAMPLE_OF_A_COUNT = re.compile(r"[^，,。；;、]{2,24}?等\s*(?:$|\d|[一二三四五六七八九十两几多])")


#: words that may stand before a clause's place (同期全国…, 本批全国共有…, 预计2025年武汉市…, and 而
#: that sets it against the place before: 而同期全国…)
_OPENING_WORDS = (
    *("而", "其中", "同时", "全年", "同期", "去年", "今年", "本年度", "本年", "上年", "当年", "明年"),
    *("本批", "本期", "本次", "预计", "力争", "仅"),
    *("省会", "首府"),  # 首府南宁市规上工业增加值增长9.2%: the capital, named after what it is
)


def opens_on_region(pre: str, region: str) -> bool:
    """Whether a clause opens on ``region`` by its name (首三季广东出口… in 广东省's text), which
    ``leading_region`` answers as no other region than the text's."""
    said = strip_chars(periods_free(pre))
    written = _leading_region_name(said)
    # (祁东县规上工业增加值…: a county regions.csv does not list, by its full name)
    return (written is not None and _region_spellings()[written] == region) or (
        len(region) >= 3 and said.startswith(region)
    )


#: the most characters a county-level city's name runs to (霍林郭勒市)
_LONGEST_COUNTY_CITY = 6


def _county_city_after(s: str, at: int, province_code: str) -> str | None:
    """The county-level city of the province ``province_code`` that ``s`` names right at ``at``."""
    return next(
        (
            name
            for start, name, code in counties_named(s, at, min(len(s), at + _LONGEST_COUNTY_CITY))
            if start == at and code == province_code and name.endswith("市")
        ),
        None,
    )


@lru_cache(maxsize=_CACHE_SIZE)
def leading_region(pre: str, region: str, province: str | None) -> str | None:
    """The region a clause opens with (全省…, 青岛市…, 全国规模以上…), if any.

    ``region`` is the document's region and ``province`` the province 全省
    refers to; the answer depends on nothing else, so it is cached.
    """
    s = strip_chars(periods_free(_ZONE_ALIAS.sub("", _CAUSE.sub("", pre))))
    for word in _OPENING_WORDS:
        if s.startswith(word):
            s = s[len(word) :]
            # (预计全年全省新增…: an opening word after another)
            s = next((s[len(w) :] for w in _OPENING_WORDS if s.startswith(w)), s)
    if s.startswith(("全省", "我省")):
        return province or UNNAMED_PROVINCE
    if s.startswith(("全市", "我市")) and region.endswith("市"):
        return region
    if s.startswith(("全州", "我州")) and region.endswith("自治州") and not s.startswith("全州县"):
        return region  # 全州规模以上工业… in 红河州's text (not 全州县, a county of Guangxi)
    if s.startswith(("全市", "我市")) and region == province:
        return UNNAMED_CITY  # 全市 in a province's text is a city it does not name here
    if s.startswith("全市") and region.endswith(("县", "旗")):
        return UNNAMED_CITY  # 全市 in a county's text is its city, which the county does not name
    if s.startswith(("全区", "我区", "全县", "我县")) and region.endswith(("区", "县")):
        return region
    if s.startswith(("全区", "我区")) and province is not None and province.endswith("自治区"):
        return province  # 1—10月全区新能源汽车产量 in a text of 柳州市: Guangxi's, no district's
    if s.startswith(("全旗", "我旗")) and region.endswith("旗"):
        return region  # (全旗新能源装机容量: a banner's own)
    if s.startswith("我们"):
        return region  # 合肥…占比达到56.2%，我们低于合肥7.9个百分点: the speaker's own place
    if _EXAMPLE_OF_A_COUNT.match(s):
        return None  # 浏阳经济技术开发区等8个园区为…: the first of the things counted, not their place
    written = _leading_region_name(s)
    if written is not None and not _lists_regions(s):
        name = _region_spellings()[written]
        # 浙江省长兴县以…: a county or district regions.csv does not list, after its province or city
        # (江西省吉安市永丰县组织…: after both)
        inner = _leading_region_name(s[len(written) :]) if written.endswith(("省", "自治区")) else None
        if inner is not None:
            name = _region_spellings()[inner]  # 福建省泉州市百强企业…: the city, named after its province
        within = _PLACE_WITHIN.match(s, len(written) + len(inner or ""))
        if within is not None and not _ends_on_listed_region(within.group(1)):
            name = within.group(1)
        elif inner is None and written.endswith(("省", "自治区")):
            # 河南省长垣市被誉为…: a county-level city counties.csv gives that province
            name = _county_city_after(s, len(written), _regions()[name]["code"]) or name
        if name != region and name != "全国":
            return name
    abbreviated = province_abbreviation(s)
    if abbreviated is not None:
        return abbreviated  # 鲁年增8.4%领跑: the province its one character names
    m = _GENERIC_REGION.match(s) or _GENERIC_DISTRICT.match(s)
    found = _without_city_abbreviation(m.group(1)) if m else ""
    if m and found != region and not _ends_on_listed_region(found):
        # 大湾区 is no district but a known region's short name: its full name
        named = _region_spellings().get(found, found)
        return named if named != region else None
    if s.startswith("我国") and region == TAIWAN:
        return None  # 2024年我国半导体设备出口值达185.3亿美元 in a Taiwan paper: the island's own
    if (s.startswith("全国") and _NATIONAL_SUBJECT.match(s)) or s.startswith(("我国", "全大陆")):
        return "全国"
    if _MAINLAND.match(s):
        return "全国"  # 大陸工業機器人產量達42.6萬套: the country, as a Hong Kong or Taiwan paper says it
    if s.startswith(("本港", "香港本地")):
        return "香港特别行政区"  # 去年12月本港商品整体出口货值…: Hong Kong, as its papers call it
    if s.startswith("本澳"):
        return "澳门特别行政区"
    if _CHINAS_ECONOMY.match(s):
        return "全国"  # 2023年中国低空经济规模达到5059.5亿元: the country's, by its name
    bare = _THREE_CHARACTER_PLACE.match(s) if not region.endswith(("县", "区", "旗")) else None
    if (
        bare is not None
        and bare.group(1) != region
        and not _ends_on_listed_region(bare.group(1))
        and bare.group(1) not in _region_spellings()  # (a listed city's items: 苏州市纳米…集群、…)
    ):
        return bare.group(1)
    short = next(
        (county for county in _counties_of(region) & _two_character_counties() if s.startswith(county)), ""
    )
    # (沛县经济开发区A类企业…: a zone named after the county is the zone)
    if short and not s.startswith(_LIST_SEPARATORS, len(short)) and named_zone(s) is None:
        # 淇县签约项目数同比增长50.0% in 鹤壁市's text: a county of the city, its name one character and
        # its level, too short to be told by its shape
        return short
    # (在大柳镇，家具产业园…: the town the clause is at, no 在大柳镇)
    town = _TOWN.match(s.removeprefix("在")) if region.endswith(("县", "旗", "区")) else None
    name = town.group(1).removesuffix("街道")[:-1] if town is not None else ""
    # (据各镇（区）摸排: each town, after the verb of who counted, no town's name)
    if town is not None and town.group(1)[:-1] not in _NO_TOWN_NAME and not name.endswith(("各", "全")):
        return town.group(1)  # 泉溪镇技改投资增长35.2%, 白洋街道以97.6分…: a county's town
    area = _ECONOMIC_AREA.match(s)
    if area is not None and area.group(1) != region:
        return area.group(1)  # 成都平原经济区规上工业增加值增长6.5%: an economic area of the province
    return None


#: a town, township or street of a county's text, opening a clause (泉溪镇, 大田乡, 白洋街道,
#: 柳城畲族镇), whatever follows; not a kind of place (乡镇, 城镇, 小镇)
_TOWN = re.compile(
    r"((?:[\u4e00-\u9fff]{2,3}?|[\u4e00-\u9fff]{1,3}族)(?:街道|(?<![城乡集小村])镇|(?<![城返下回还离家故同老])乡))"
    r"(?![镇乡村级长域党政化就居人贤亲土])(?!\s*[、和与及])"
)  # (not 城镇化率, 新增城镇就业, 城乡居民, 组建乡贤…, 引进返乡创业项目; nor the first of a list, 胡集镇、…)
_NO_TOWN_NAME = frozenset({"乡", "城", "小", "集", "各乡", "全乡", "全镇", "各镇", "特色小", "重点", "中心"})


#: a breakdown's opening (分门类, 分经济类型看, 分地区来看): names no indicator
_BREAKDOWN_SAID = re.compile(r"分(?:门类|行业|经济类型|地区|区域|领域|产业|类型|规模|所有制)(?:来?看)?")


#: a numbered item's marker opening a phrase (二、, （三）, 4.)
_LIST_MARKER = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、．.](?!\d))"
)
#: the firms a list took in, said without the list (我区11家企业入选)
_ENTERED_ALONE = frozenset({"入选企业", "企业入选", "入选", "入选数量"})
#: the list a sentence names before the firms it took in (…公布的2026年度5G工厂名录中，)
_LIST_NAMED_BEFORE = re.compile(
    r"(?:公布|发布|认定)的?(?:(?:19|20)\d{2}\s*年度?)?(?:第[一二三四五六七八九十\d]+批)?"
    r"(?P<list>[\u4e00-\u9fff“”\dA-Za-z+]{2,16}?)(?:名录|名单|榜单)中?[，,]"
)
#: an industry's label and its colon, then the attribute its number is of (电子零组件业：产值)
_KIND_LABEL_THEN = re.compile(r"([\u4e00-\u9fff、]{2,20}?(?:业|产业|行业))：([\u4e00-\u9fff]{1,8})")
#: a sum said alone before its number (…，合计124个)
_SUM_ALONE = re.compile(r"(?:合计|共计|总计|总数|一共|共)(?:为|达到?|达)?")
#: a name's translation in brackets (规划面积（Planned Area）, 实际使用外资（Actual Use of FDI）), in
#: words with small letters: not an abbreviation the name goes by (（GDP）, （R&D）, （VOCs）)
_ENGLISH_GLOSS = re.compile(r"[（(](?=[^)）]*[a-z])(?=[^)）]* )[A-Za-z][A-Za-z0-9 &.,'’/+\-–]*[)）]")


@lru_cache(maxsize=1)
def _label_unit() -> re.Pattern[str]:
    """A label's unit in brackets at its end, before its colon (集群企业总数（家）：, 增速（%）：): how
    the number is counted, no part of what it counts."""
    return re.compile(rf"{bracketed_unit()}(?=[：:\s]*$)")


#: a translation after a Chinese name, unbracketed (规上工业企业 Industrial Enterprises Above…), at the
#: end or before a bracket: two words or more (not 5G, PMI, GDP)
_TRAILING_ENGLISH = re.compile(
    r"(?<=[\u4e00-\u9fff）)])\s*[A-Za-z][A-Za-z0-9&.,'’/+\-–]*(?:\s+[A-Za-z0-9&.,'’/+\-–]+)+\s*(?=[（(]|$)"
)


@lru_cache(maxsize=_CACHE_SIZE)
def clean_phrase(
    s: str, region: str, province: str | None, share: bool = False, post: bool = False, growth: bool = False
) -> str:
    """The indicator noun phrase of a stretch of clause text (see ``IndicatorText._clean``).

    A pure function of its arguments and the process-wide vocabularies, hence cached.
    """
    if s in _province_abbreviations()[1]:
        return ""  # 鲁 of 鲁年增8.4%领跑: the province's one character, which names no indicator
    if _PLACE_IN_A_RANKING.match(s):
        return ""  # 第一名　随州高新区　93.6分: a ranking's line, its place and score, no indicator
    lex = lexicon()
    raw = s
    s = DOCUMENT_REFERENCE.sub("", s)  # 《规划》确定的…: who set the number, not what it measures
    s = _HOW_COUNTED.sub("", s) if "（" in s else s  # 白酒（折65度，商品量）产量: how, not what
    s = _WHAT_IT_COVERS.sub("", s) if "含" in s else s  # 化工行业（含石油、煤炭…，化学原料…）增加值
    s = _CLASS_GLOSS.sub("", s) if "类（" in s else s  # A类（优先支持类）企业: the class, not its gloss
    if "——" in s and (after := s.rsplit("——", 1)[1]).strip():
        s = after  # 规模总量——营收十年增长1.3倍: a heading's theme, then its subject
    s = _CAUSE.sub("", s)  # 中牟县受汽车产业拉动增长21.4%: why, not what
    s = _ZONE_ALIAS.sub("", s) if "区）" in s or "区)" in s else s
    s = _EDITORIAL_ASIDE.sub("", s) if "下同" in s else s  # 比去年同期（下同）: a note to the reader
    s = _ENGLISH_GLOSS.sub("", s) if "（" in s or "(" in s else s  # 规划面积（Planned Area）: a translation
    s = _TRAILING_ENGLISH.sub("", s) if " " in s else s  # 高新技术企业 High-tech Enterprises: one too
    s = _label_unit().sub("", s) if "）" in s or ")" in s else s  # 从业人员（万人）：6.8: its unit
    s = _LIST_MARKER.sub("", s, count=1)  # 二、固定资产投资：…: an item's number, no part of its name
    if _LEVEL_COMPARED_WITH.fullmatch(strip_chars(s)):
        return ""  # …120家，高于上年新增的98家: the base's level, of what the clause before told
    s = strip_chars(periods_free(s)).replace("?", "")
    # (（一）電子零組件業：第3季產值: an industry's label, then what of it its number is)
    labelled_kind = _KIND_LABEL_THEN.fullmatch(s) if "：" in s else None
    s = labelled_kind.group(1) + labelled_kind.group(2) if labelled_kind is not None else s
    s = _SECTION_TAG.sub("", s) if "】" in s else s  # 【梯度培育】我市…: the section's label
    s = _BUDGET_BASE.sub("", s) if "数" in s else s  # 比上年决算数增长9.8%: the base, not the subject
    s = _LIST_BASE.sub("", s) if "强" in s else s  # 比上年百强增长6.8%: last year's list, the base
    # 问题企业数量较多的是安阳市（26家）、…: the places with most of the thing, each with its number in
    # brackets, the thing before them
    s = _MOST_ARE_AT.sub("", s) if "的" in s else s
    if _BREAKDOWN_SAID.fullmatch(s):
        return ""  # 分门类，…: how what follows is broken down, no indicator
    last_verb = county_zone = ""
    # (东莞则仅增长1.5%: the place alone, as 东莞仅增长… leaves it, no 则)
    against = _SET_AGAINST.search(s)
    s = s[: against.start()] if against is not None and leading_region(s, region, province) else s
    changed = True
    while changed and s and not post:
        changed = False
        s = s.strip(_PUNCT)
        if s in lex.lead:
            s = ""  # 有望 alone: a lead word with nothing after it, not 有 before a noun 望
            break
        word = lex.lead.prefix(s, proper=True) if lex.whole_word.prefix(s) is None else None
        marker = _NOT_SUBJECT.match(s) if s[:1] in _NOT_SUBJECT_START else None
        skip = len(word) if word is not None else marker.end() if marker else 0
        if skip:
            s = s[skip:]
            changed = True
            continue
        zone = named_zone(s) if "区" in s else None
        # (浠水经济开发区、散花镇…均达到90%: the first of the places listed, kept with the others)
        if zone is not None and len(s) > zone[1] and s[zone[1]] != "、":
            s = s[zone[1] :]  # 重庆高新区规上工业增加值: the zone is the figure's region
            # (but a county's zone is the county's platform: the figure stays the county's, under
            # the zone's name, 沭阳经济技术开发区规模以上工业产值, never the county's whole output)
            county_zone = zone[0] if region.endswith("县") else county_zone
            changed = True
            continue
        written = _leading_region_name(s)  # 东莞规上工业…: the region as the text writes it
        province_first = written is not None and written.endswith(("省", "自治区"))
        inner = _leading_region_name(s[len(written) :]) if written is not None and province_first else None
        if written is not None and inner is not None and len(s) > len(written) + len(inner):
            s = s[len(written) + len(inner) :]  # 福建省泉州市百强企业…: both names go
            changed = True
            continue
        the_place = _THE_PLACE_ALONE.match(s)
        if the_place is not None and len(s) > the_place.end():
            s = s[the_place.end() :]  # 该镇全年工业投资: the place named before, the figure's region
            changed = True
            continue
        found = leading_region(s, region, province) or (
            region if s.startswith(region) or (written and _region_spellings()[written] == region) else None
        )
        if found:
            for name in (*_LOCAL_WHOLE, found, written or found):
                if s.startswith(name) and len(s) > len(name) and not _LEVEL_OF_THINGS.match(s, len(name) - 1):
                    s = s[len(name) :]
                    changed = True
                    break
            if changed:
                continue
        word = lex.verb.prefix(s, proper=True) if lex.whole_word.prefix(s) is None else None
        if word is not None:
            s = s[len(word) :]
            if s.startswith("的") and len(s) > 1:
                s = s[1:]  # 新认定的省级绿色工厂: the things the verb made, without its 的
            last_verb = word
            changed = True
    changed = True
    while changed and s:
        changed = False
        s = s.strip(_PUNCT)
        if (post and s in lex.noise) or (not post and s in lex.tail):
            s = ""  # (分别拥有121家: a link word alone, not 拥 before a cut 有)
            break
        word = _tail_word(s, post)
        if word is not None:
            s = _TRAILING_ABBREVIATION.sub("", s[: -len(word)])  # 指数（PMI）为: the abbreviation too
            changed = True
    if post:
        s = s.lstrip("的")
        if lex.any_noise.search(s):
            for w in lex.noise_words:
                s = s.replace(w, "")
    s = _SHIXIAN.sub("", s)
    s = _DONE_BY_A_FIELD.sub(r"\1投资", s) if "完成投资" in s else s
    s = _COMPARED_TO_TIME_TAIL.sub("", s)
    # a comparison word whose base was a time expression (比上年末, 较9月末): nothing of the noun
    if _COMPARED_TO_TIME.search(raw):
        s = _COMPARISON_WORD_TAIL.sub("", s)
    if growth:
        s = _GROWTH_WORD_TAIL.sub("", s)
    # (升幅居各行业之首, 年增幅续居各业之冠: the growth told before)
    if s in ("增速", "增幅", "涨幅", "降幅", "降速", "升幅", "年增幅", "总量", "规模") or (
        not share and s in SHARE_WORDS
    ):
        return ""
    s = _balance_quotes(_spelt_as_catalogue(s).strip(_PUNCT))
    if s in lex.generic and last_verb:
        s = last_verb + s
    s = s.strip("|")  # (新增规上工业企业｜52家: a label's bar before its number)
    if s.count("|") == 1:
        s = s.split("|")[1]  # 01 | 规上工业增加值增长6.1%: an item's number or heading, then its name
    if s in lex.verb or s in lex.lead or s in lex.tail or s in lex.prepositions or "|" in s:
        return ""  # (||苏州纳米城合计||: a ruled table's cells run together, no one's name)
    return county_zone + s if s else s


def _tail_word(s: str, post: bool) -> str | None:
    """The trailing word to cut from ``s``: noise only after the number, else link words
    (达到, 突破), then noise, then qualifier cues (约), each list longest first."""
    lex = lexicon()
    if post:
        return lex.noise.suffix(s, proper=True)
    for words in (lex.tail, lex.noise, lex.qualifier_cue_before):
        word = words.suffix(s, proper=True)
        if word is not None and not _TAIL_OF_A_NOUN.search(s):
            return word
    return None


#: a tail word that ends a noun here: 工业生产, 制造业生产, 安全生产 (a sector's output, or a way
#: of working), where 生产 after other words is the verb (江苏、浙江分别生产13.6万套, 1—10月累计
#: 生产426.74万吨); 许可, 认可 (临床试验默示许可26项), where 可 after other words is "may"
_TAIL_OF_A_NOUN = re.compile(r"(?:(?:业|安全|清洁|绿色)生产|许可|认可)$")


#: a score that won a rank (深圳市以93.42分继续位居综合排名第1位; 分别以91.87分、91.05分位列第2位、
#: 第3位), and the ranking named between verb and ordinal, if any
SCORE_THEN_RANK = re.compile(
    r"(?:\s*、\s*\d+(?:\.\d+)?\s*分)*\s*(?:继续|稳|再次|仍|分别)?(?:位居|位列|名列|排名|排在|排|居于|居|列)"
    r"(?P<name>[^，。；、第\d]{0,12}?)(?:第|首位)"
)
#: a ranking named as such (综合排名), whose score is its 得分
RANKING_NAME = re.compile(r"(?:排名|排序|名次)$")


#: the fewest characters of a county's full name whose short name is read (昆山市: 昆山, not 沛 of 沛县)
_SHORT_COUNTY_CHARS = 2


#: a county's name of three characters or more opening a clause, not part of a body's (涪城区委)
#: (nor the first of a list, 长葛市、禹州市…: each its own, read as a list)
_OWN_COUNTY_OPENING = re.compile(
    rf"([\u4e00-\u9fff]{{2,6}}?[县区市旗])(?![{_NOT_AFTER_A_PLACE}])(?!\s*(?:[（(][^）)]*[）)])?\s*[、和与及])"
)


@lru_cache(maxsize=512)
def _counties_of(city: str) -> frozenset[str]:
    """The counties, districts and county-level cities counties.csv places in ``city`` (绵阳市:
    涪城区, 游仙区, 江油市 …); none for a place that is no listed city."""
    listed = _regions().get(city)
    code = listed.get("code") if listed is not None else None
    return frozenset(
        row["name"] for row in load_csv("counties") if code is not None and row["parent_code"] == code
    )


@lru_cache(maxsize=1)
def _two_character_counties() -> frozenset[str]:
    """The counties of counties.csv whose name is one character and its level (息县, 沛县, 攸县):
    too short to be told from words by their shape, so known by name."""
    return frozenset(row["name"] for row in load_csv("counties") if len(row["name"]) == 2)


@lru_cache(maxsize=8)
def _counties_in_full(text: str) -> dict[str, str]:
    """The county-level places of counties.csv ``text`` names in full, by their short names (昆山 →
    昆山市), where no listed region shares the short name; a short name two of them share names
    neither."""
    found: dict[str, str] = {}
    for _, name, _ in counties_named(text):
        short = name[:-1]
        if len(name) <= _SHORT_COUNTY_CHARS or short in _region_spellings():
            continue
        found[short] = "" if found.get(short, name) != name else name
    return {short: name for short, name in found.items() if name}


def _short_county_subject(pre: str, in_full: dict[str, str]) -> str | None:
    """The county ``pre`` opens on by its short name, as a subject (昆山实现…, 晋江规上工业…)."""
    if not in_full:
        return None
    s = strip_chars(periods_free(pre))
    for word in _OPENING_WORDS:
        s = s.removeprefix(word)
    for short, name in in_full.items():
        if s.startswith(short) and not s.startswith(name) and _SHORT_NAME_SUBJECT.match(s, len(short)):
            return name
    return None


#: a sentence that opens on what it looks at (从规上工业增加值增速看，…; 从亩均税收看，…; 在新增入库
#: 规上工业企业方面，…)
_TOPIC_OPENER = re.compile(
    r"\s*(?:从(?P<from>[^，,。；;：:]{2,16}?)的?(?:增速|增幅|增长情况|增长|情况|走势|运行)?来?看"
    r"|在(?P<on>[^，,。；;：:]{2,16}?)方面)[，,]"
)
#: what figures are looked at along, not what they measure (分地区看, 从行业分布看, 从各市（州）看)
_LOOKED_AT_ALONG = re.compile(
    r"地区|区域|行业|领域|层级|类别|类型|所有制|主体|产品|门类|地市|县区|区县|县市区|市县|市州|乡镇|园区"
    r"|设区市|地级市|省辖市|州市|城市"  # (从设区市看: along the province's cities)
    r"|季度|月份|月度|结构|规模|分布"
    r"|企业生产面|[)）]$|^各|\d"
)
#: how figures are looked at that names no indicator (从增速排名看, 从总量看, 从累计数量看: 数量)
_NO_INDICATOR_TOPIC = re.compile(r"(?:增速|增幅|增长|总量|规模|排名|排位|位次|速度|效益|数量|情况|数据)+")


class IndicatorText:
    """Indicator, region and benchmark rules of one document (mixed into the extractor).

    Needs ``text`` (the cleaned document), ``region`` (the region it speaks
    for) and ``province`` (the province ``全省`` refers to).
    """

    text: str
    region: str
    province: str | None
    section_topic: str
    #: the industrial chain a section's heading names (锂电新能源 under （一）锂电新能源产业链), ""
    #: outside one
    section_chain: str
    #: what the current paragraph's opening says it looks at (从规上工业增加值增速看，…)
    paragraph_topic: str
    #: what a line ending 如下： says the lines under it list, down to a blank line (入选绿色工厂按设区市
    #: 分布如下： ↵ 南昌市：28家), else ""
    listed_topic: str
    #: the figures of the document so far
    figures: list[Draft]
    #: the sentence just read, whether it gave figures or not
    sentence_before: str
    #: where the current paragraph starts
    paragraph_start: int
    #: how many figures the document had when the current paragraph began
    paragraph_figures: int
    #: the figures of the sentence before (or of the run of sentences it goes on from)
    previous_figures: list[Draft]

    def _topic_opened_on(self, start: int, end: int) -> str | None:
        """从规上工业增加值增速看，… / 从亩均税收看，德清县以45.2万元居全市第一: what a sentence
        opens on looking at, the subject of figures that name none. None where it opens on no
        such view or views its figures along a dimension (分地区看), which changes no subject;
        "" where it looks at them in a way no indicator names (从总量看)."""
        opener = _TOPIC_OPENER.match(self.text, start, end)
        if opener is None:
            return None
        said = opener.group("from") or opener.group("on")
        if _LOOKED_AT_ALONG.search(said):
            return None
        topic = self._clean(said)
        return "" if _NO_INDICATOR_TOPIC.fullmatch(topic) else topic

    def _growths_of_paragraph(self, s_figs: list[Draft]) -> list[Draft]:
        """The growths the paragraph has told so far, then those of ``s_figs`` (the sentence's)."""
        return [
            f for f in [*self.figures[self.paragraph_figures :], *s_figs] if f.measure == "yoy_growth_pct"
        ]

    def _paragraphs_item(self) -> str:
        """（一）绿色工厂。从地区分布看，…: the things a numbered paragraph opens on ("" for none, or
        for a heading that names no things: （二）地区分布。, （二）区域布局更趋均衡。)."""
        item = _ITEM_LABEL.match(self.text, self.paragraph_start)
        return item.group(1) if item is not None and _COUNTED_THINGS_ITEM.search(item.group(1)) else ""

    def _growth_said_before(self) -> str:
        """…有16个规上工业增加值实现正增长。郑州市增长10.6%: the catalogued indicator whose growth the
        sentence before spoke of without giving its number ("" if none)."""
        said = lexicon().catalogue_growth.search(self.sentence_before)
        return said.group() if said is not None else ""

    def _lead_growth(self) -> str:
        """前三季度全国规上工业增加值增长6.1%…。西藏以12.8%的增速居全国首位: the indicator whose
        growth the text first gave for its own region, which places compared later grow by
        without naming it again ("" if none)."""
        own = (f for f in self.figures if f.measure == "yoy_growth_pct" and f.region == self.region)
        return next((f.indicator for f in own), "")

    def _score_name(self, score_end: int, clause_end: int, told: list[Draft]) -> str | None:
        """深圳市以93.42分位居综合排名第1位: a score told to say the rank it won is the score of
        the ranking named (综合得分), else of the last score named before (…综合得分), else a
        plain 得分; None where no rank follows (以60分为合格线 is no figure)."""
        m = SCORE_THEN_RANK.match(self.text, score_end, clause_end)
        if m is None:
            return None
        name = m.group("name")
        if RANKING_NAME.search(name):
            return name[:-2] + "得分"
        earlier = (f.indicator for f in reversed(self.figures + told) if f.indicator.endswith("得分"))
        return next(earlier, "得分")

    def _canonical(self, indicator: str, measure: str) -> str:
        """Whole-name aliases that depend on the measure (规模以上工业 增长 → 规模以上工业增加值)."""
        kind = "growth" if measure in ("yoy_growth_pct", "avg_growth_pct", "pp_diff", "rank") else measure
        return lexicon().exact_aliases.get((indicator, kind), indicator)

    def _benchmark(self, text: str) -> str | None:
        b = strip_chars(text.replace("分别", "")).removeprefix("同期")  # (比同期规模以上工业高)
        b = _BENCHMARK_TAIL.sub("", b)
        if not b:
            return None
        scoped = _COUNTED_POPULATION.match(b)
        if scoped is not None:
            b = scoped.group(1)  # 在全省18个省辖市（示范区）中: ranked within the province
        if b == "全省" and self.province:
            return self.province
        if b.endswith(("全省", "全市")) and (named := region_by_short(b[:-2])) is not None:
            return named  # 比广东全省高出1.7个百分点: the province itself
        if b in ("全市", "我市") and self.region.endswith("市"):
            return self.region
        if b in ("全县", "我县", "全区", "我区") and self.region.endswith((b[-1], "旗")):
            return self.region  # 高于全县2.1个百分点 in a county's text: the county
        if b in ("全国平均", "全国平均水平"):
            return "全国平均"
        if _GOAL_BENCHMARK.search(text):
            return "规划目标"  # 低于《规划》预期年均增速: the plan's goal
        return _spelt_as_catalogue(b)  # 快于规上工业: the benchmark as indicators spell it

    def _clause_region(self, clause: str) -> str | None:
        """The region a clause without a number opens with (镇海区受检修影响，规上工业…下降1.2%):
        a region named there is the subject of the clauses after it."""
        found = self._leading_region(clause)
        at = (
            (_AT_PLACE.fullmatch(strip_chars(clause)) or _FOR_EXAMPLE.fullmatch(strip_chars(clause)))
            if (found is None)
            else None
        )
        if found is None and at is None and strip_chars(clause).startswith("在"):
            # 在广东，1-11月工业用电量…: a place named by its short name after 在, alone
            # (在全国，该省的…排名是第9位: the population of a rank, no place of the figure)
            # (在山东潍坊，…: the city after its province's short name)
            place = strip_chars(clause)[1:]
            named = _region_spellings().get(place) or after_its_province(place)
            found = named if named != "全国" else None
        described = _DESCRIBED_PLACE.fullmatch(strip_chars(clause)) if found is None and at is None else None
        if described is not None:
            # 工业第一大省江苏，上半年规模以上工业增加值…: the place a clause names after what it is
            found = _region_spellings().get(described.group(1))
        if at is not None:
            # 在合肥市肥西县，新能源汽车…集聚规上企业236家; 以玉环市为例，2024年通过无人机…
            found = self._leading_region(at.group(1))
        if found is None:
            # (在平桥区，总投资…: the place after the preposition, never 在 as its first character)
            named = at.group(1) if at is not None else strip_chars(clause)
            # (3.禹城市　功能糖…项目，总投资18亿元: a listed item's place, after its number)
            # (but 9．荆州市鑫源再生资源有限公司：…: a firm, named after its city, no place)
            firm = re.search(FIRM_NAME_END, named) is not None
            marker = _NOT_SUBJECT.match(named) if at is None and not firm else None
            bare = _BARE_DISTRICT.match(named, marker.end() if marker is not None else 0)
            found = bare.group(1) if bare and not _ends_on_listed_region(bare.group(1)) else None
        if found is None and at is not None and at.group(1) in _two_character_counties():
            found = at.group(1)  # 在息县，光伏组件项目…: a county of one character's name
        if found is None and at is None:
            # 相山区依托淮北高新区，亩均税收…均居全市首位: a county of the text's own city, opening the
            # clause, whatever place it goes on to name
            found = self._own_county_opening(clause)
        return found

    def _leading_region(self, pre: str) -> str | None:
        found = leading_region(pre, self.region, self.province)
        if found is None:
            # 2023年，昆山实现地区生产总值5140.6亿元 after …江苏昆山市: a county-level place the text
            # names in full, then by its short name
            found = _short_county_subject(pre, _counties_in_full(self.text))
        if found is None and "区" in pre and not _EXAMPLE_OF_A_COUNT.match(strip_chars(pre)):
            # (1. 长沙经济技术开发区　亩均税收48.6万元: a numbered line opens with its zone)
            pre = _LIST_NUMBER.sub("", pre, count=1)
            named = named_zone(strip_chars(periods_free(pre)))
            if named is not None and not self.region.endswith("县"):
                # 长沙经开区新增11家: the zone's own figure (but a county's zone is the county's
                # platform, its figures the county's: 信丰高新区…力争全年…)
                return named[0]
            zone = _ZONE.match(strip_chars(periods_free(pre)))
            if zone is not None:
                # 昆山市…；苏州工业园区增长9.3%: a zone lies in the city its name opens with,
                # else in the document's region, never in a region an earlier clause named
                city = _region_names().prefix(zone.group(0))
                return _region_spellings()[city] if city is not None else self.region
        return found

    def _own_county_opening(self, pre: str) -> str | None:
        """涪城区亏损面21.3% in 绵阳市's text: a county of the text's own city opening a clause,
        whatever the clause goes on to say (a name counties.csv gives that city is no word)."""
        opening = _OWN_COUNTY_OPENING.match(strip_chars(periods_free(pre)))
        named = opening.group(1) if opening is not None else None
        return named if named in _counties_of(self.region) else None

    # ------------------------------------------------------------------ indicator text
    def _listed_regions(self, subject: str) -> tuple[list[str], str] | None:
        """``北仑区、鄞州区、慈溪市规上工业增加值``: the regions listed and the noun after the last."""
        raw = [strip_chars(periods_free(x)) for x in list_items(subject)]
        if len(raw) < 2:
            return None
        raw[0] = raw[0].removeprefix("其中")  # (其中龙游县、江山市工业用电量…: a part of the whole before)
        others = _OTHERS_OF_A_KIND.search(raw[-1])
        if others is not None and region_of_item(raw[-1][: others.start()]) is not None:
            # 三明市、南平市等山区市制造业在保余额: the places listed, the kind they are goes
            raw[-1] = raw[-1][: others.start()] + raw[-1][others.end() :]
        counted = COUNTED_REGIONS.search(raw[-1])
        counted_last = region_of_item(raw[-1][: counted.start()]) if counted is not None else None
        if counted is not None and counted_last is not None:
            # 湛江、佛山…江门5个市预制菜产业营收: the places' count goes with the list
            raw[-1] = counted_last + raw[-1][counted.end() :]
        # 推动顺德区、南海区…: the first item may follow the clause's verb
        # 东部、中部、西部和东北地区…: the items share the last one's 地区
        shared = "地区" if "地区" in raw[-1] else ""
        regions = [
            next((r for k in range(len(x)) if (r := region_of_item(x[k:], k == 0)) is not None), None)
            if i == 0
            else region_of_item(x) or (region_of_item(x + shared) if shared else None)
            for i, x in enumerate(raw[:-1])
        ]
        if regions and regions[0] is None and shared:
            regions[0] = region_of_item(raw[0] + shared)
        if region_of_item(raw[-1]) is not None:
            return None  # 沭阳经济技术开发区、沭阳高新技术产业开发区分别…: places alone, no noun
        last = self._leading_region(raw[-1])
        noun = self._clean(raw[-1]).removeprefix("的")  # (广东省、浙江省的专精特新中小企业)
        # (成都、重庆无人机整机企业: after places named alone, the last item opens on a place too,
        # whatever its noun; but not the members of an area told in brackets, 示范区（宁波、温州…沿海
        # 区域）, nor areas wider than a province: 来自粤港澳大湾区和长三角地区的项目)
        listed_alone = all(regions) and not any(mark in subject for mark in "（(") and _places_proper(regions)
        if last is None:
            # the document's own region, which _leading_region does not report (重庆规模以上…)
            cut = next((k for k in range(len(raw[-1]) - 1, 1, -1) if region_by_short(raw[-1][:k])), 0)
            last = region_by_short(raw[-1][:cut]) if cut else None
            opens_on_place = REGIONAL_SUBJECT.match(raw[-1], cut) or (
                cut and listed_alone and _places_proper([last])
            )
            noun = self._clean(raw[-1][cut:]) if opens_on_place else ""
        level_end = raw[-2][-1:] if len(raw) >= 2 else ""
        if last is None and listed_alone and level_end in ("县", "区", "旗"):
            # 吉安县、泰和县、永丰县完成率: a county regions.csv does not list, ending as the one before
            end = raw[-1].find(level_end, 1, _COUNTY_NAME_MAX)
            last = region_of_item(raw[-1][: end + 1]) if end > 0 else None
            noun = self._clean(raw[-1][end + 1 :]) if last is not None else ""
        if noun:
            # 安庆高新区化工园区、枞阳经济开发区化工园区: each item the noun of its own place
            regions = [
                region_of_item(x[: -len(noun)])
                if r is None and x.endswith(noun) and len(x) > len(noun)
                else r
                for r, x in zip(regions, raw[:-1], strict=True)
            ]
        # (宁德、厦门投资完成率: a city whose short name is also a word, among places)
        regions = [r or among_places(x, [*regions, last]) for r, x in zip(regions, raw[:-1], strict=True)]
        if last is None or not noun or not all(regions) or region_of_item(noun) is not None:
            return None  # 九江市、上饶市分别增长…: no noun after the last region, which is no indicator
        return [r for r in regions if r] + [last], noun

    def _clean(self, s: str, share: bool = False, post: bool = False, growth: bool = False) -> str:
        """The indicator noun phrase of a stretch of clause text.

        Time expressions, leading context (其中, 全省, 力争 …), leading verbs
        (新增, 实施 …) and trailing link words (达到, 突破, 约 …) go; a verb stays
        when without it only a generic noun would be left (服务企业, not 企业).
        """
        return clean_phrase(s, self.region, self.province, share, post, growth)

    def _resolve_ellipsis(self, indicator: str, ctx: Context) -> str:
        """``省级中心`` after ``…国家制造业创新中心``: a level plus a bare head noun
        stands for the full noun phrase named earlier in the sentence."""
        lex = lexicon()
        mod = next((m for m in lex.modifiers if indicator.startswith(m)), None)
        if mod is None:
            return indicator
        head = indicator[len(mod) :]
        if not 1 <= len(head) <= 3:
            return indicator
        before = self.text[ctx.sentence.start : ctx.clause.start]
        idx = before.rfind(head)
        if idx < 0:
            return indicator
        phrase = _NOT_HAN.sub("", before[max(0, idx - 10) : idx])
        cut = max(
            (
                phrase.rfind(w) + len(w)
                for w in ("等", "的", "和", "建设", "培育", "打造", "国家级", "国家", "省级", "市级")
                if w in phrase
            ),
            default=-1,
        )
        if cut < 0:
            return indicator
        core = phrase[cut:]
        if not core or len(core) > 8:
            return indicator
        return mod + core + head

    def _growth_of_sentence_before(self, ctx: Context) -> str:
        """…全县固定资产投资同比增长6.8%…。从月度走势看，1-7月、1-8月累计增速分别为5.6%、6.2%: a
        sentence that gives only months' growth is of the one indicator whose growth the sentence
        before, in the same paragraph and place, gave ("" where it gave none or several)."""
        if not _BARE_GROWTH_CLAUSE.fullmatch(ctx.pre.strip()):
            return ""
        paragraph = self.figures[self.paragraph_figures :]
        told = {
            f.indicator
            for f in self.previous_figures
            if f.measure == "yoy_growth_pct" and f.region == ctx.region and any(f is g for g in paragraph)
        }
        return told.pop() if len(told) == 1 else ""

    def _colon_header(self, ctx: Context) -> str:
        """专精特新中小企业：新认定1126家: the noun a clause without one is said of, named before a
        colon; for a place's figure (太原市新认定298家), the noun its section's headline names."""
        of_block = self._of_role_label(ctx.pre, ctx.clause.start)
        if of_block:
            return of_block  # (上半年完成：101.6亿元, the label in the clause, under 1.地区生产总值)
        before = self.text[ctx.sentence.start : ctx.clause.start]
        if before.endswith(" ") and before.strip():
            before = before.rstrip() + "："  # 规上工业企业营业收入 同比↑5.6%: a label, then its number
        before = _BLANK_LEVEL_AFTER_LABEL.sub("：", before.rstrip())  # 采矿业增加值：—，增长5.8%
        if not before and (label := self._label_line_above(ctx.sentence.start)):
            return label  # 全市规上工业增加值 ↵ 同比增长7.6%: the label on the line above
        if not before.endswith(("：", ":")):
            # 太原市新认定298家: what the paragraph looks at, or the section's headline
            return (self.paragraph_topic or self.section_topic) if ctx.region != self.region else ""
        head = _LAST_CLAUSE.search(before[:-1])
        said = _HEADING_MARK.sub("", head.group() if head is not None else before[:-1])
        # (上半年完成：101.6亿元 under 1.地区生产总值: the heading's)
        of_block = self._of_role_lines(said, ctx.clause.start)
        if of_block:
            return of_block
        return "" if _DIGIT.search(said) else self._clean(said)

    def _of_role_label(self, pre: str, at: int) -> str:
        """What a clause's words before its number, a role's label and colon (上半年完成：, 目标：), say
        of the block's heading, as ``_of_role_lines``; "" where they end on no colon."""
        labelled = pre.rstrip(" *")
        return self._of_role_lines(labelled[:-1], at) if labelled.endswith(("：", ":")) else ""

    def _of_role_lines(self, said: str, at: int) -> str:
        """1.地区生产总值 ↵ 年度目标：215亿元 ↵ 上半年完成：101.6亿元 ↵ 完成率：47.3%: the goal, outcome
        and rate (``said``, a line's label) of the indicator the block's numbered heading names,
        the line at ``at`` among the block's lines, each opening on a role; "" where no such block."""
        role = _ROLE_LABEL.fullmatch(said.rsplit("\n", 1)[-1].strip())  # (the label's own line)
        if role is None:
            return ""
        line_start = self.text.rfind("\n", 0, at) + 1
        for _ in range(_ROLE_LINES_MAX):
            if line_start == 0:
                return ""
            above = self.text.rfind("\n", 0, line_start - 1) + 1
            line = self.text[above : line_start - 1].strip()
            if _ROLE_LINE.match(line):
                line_start = above
                continue
            heading = _NUMBERED_HEADING.fullmatch(line)
            return self._clean(heading.group(1) + (role.group("rate") or "")) if heading is not None else ""
        return ""

    def _label_of_line(self, ctx: Context) -> str:
        """The label a later line of a sentence opens with (…+5.6% ↵ 规上工业利润总额：1—9月…):
        what that line's numbers are of; "" where the clause is on the sentence's first line or
        its line opens with no label."""
        line_start = self.text.rfind("\n", ctx.sentence.start, ctx.clause.start) + 1
        if line_start <= ctx.sentence.start:
            return ""
        label = _LINE_LABEL.match(self.text, line_start, ctx.clause.start)
        if label is None or _DIGIT.search(label.group(1)):
            return ""
        return self._clean(label.group(1))

    def _label_line_above(self, start: int) -> str:
        """The label a WeChat post or an infographic puts on the line right above a number's
        line: a short line without a number or a sentence's marks; else ""."""
        if start < 1 or self.text[start - 1] != "\n":
            return ""
        label = self.text[self.text.rfind("\n", 0, start - 1) + 1 : start - 1].strip()
        label = _LABEL_BULLET.sub("", label, count=1)
        if not label or len(label) > _LABEL_LINE_MAX or _DIGIT.search(label) or _SENTENCE_MARK.search(label):
            return ""
        return self._clean(label)

    def _outside_closed_brackets(self, figures: list[Draft], clause_start: int) -> list[Draft]:
        """新能源装机2893万千瓦（风电712万千瓦、光伏发电2181万千瓦），占…的33.5%: the parts a bracket
        lists are asides, so what follows it is of the figure before the bracket; the figures as
        they are where every one of them stands in a bracket closed since."""
        outside = [
            f
            for f in figures
            if not _CLOSES_A_BRACKET.search(_BRACKETED_ASIDE.sub("", self.text[f.token.end : clause_start]))
        ]
        return outside or figures

    def _who_fared(self, before: str) -> str | None:
        """The subject a clause of no number names before why it fared so (现代纺织领域受外需偏弱影响，,
        機械設備業因…需求增溫，), cleaned; None where ``before`` ends on no such clause."""
        caused = _CAUSED_CLAUSE.search(before)
        return self._clean(caused.group("who") or caused.group("who2")) if caused is not None else None

    def _whose_flow(self, indicator: str, start: int, clause_start: int) -> str:
        """机电产品出口呈逐季回升态势，一季度出口增长4.7%: a bare flow (出口) is that of whose the
        sentence, from ``start``, opened on in a clause of no number just before this one."""
        if not lexicon().flow_nouns.fullmatch(indicator):
            return indicator
        pattern = re.compile(_FLOW_OPENING.format(flow=re.escape(indicator)))
        opening = pattern.match(self.text, start, clause_start)
        if opening is None or opening.end() != clause_start:
            return indicator
        return self._clean(opening["whose"]) + indicator

    def _complete(self, indicator: str, ctx: Context) -> str:
        """Bare attributes get the topic of the sentence; 占… phrases get their subject."""
        lex = lexicon()
        led = (
            _INDUSTRY_LEADS.fullmatch(self.sentence_before.strip()) if indicator.startswith("产业") else None
        )
        if led is not None and self.text.startswith("产业", ctx.sentence.start):
            # 新能源汽车和智能网联汽车产业增势强劲。产业增加值增长27.8%: the industry the lead sentence
            # before names, its own value added
            indicator = led.group("industry") + indicator
        indicator = self._whose_flow(indicator, ctx.sentence.start, ctx.clause.start)
        # (not a benchmark's own value told in brackets: 高于全国（6.1%）0.7个百分点 is the place's gap)
        subjects = [f for f in ctx.sentence_figs if f.measure != "rank" and "benchmarks_value" not in f.rules]
        subjects = self._outside_closed_brackets(subjects, ctx.clause.start)
        on_list = (
            _LIST_NAMED_BEFORE.search(self.text, ctx.sentence.start, ctx.clause.start)
            if indicator in _ENTERED_ALONE
            else None
        )
        if on_list is not None:
            # 在工业和信息化部日前公布的2026年度5G工厂名录中，我区11家企业入选: those on that list
            return on_list.group("list") + indicator
        of_block = self._of_role_lines(indicator, ctx.clause.start)
        if of_block:
            return of_block
        if _GOAL_NOUN.fullmatch(indicator) or _ANAPHORA.fullmatch(indicator):
            # 《规划》确定的2025年目标为30%, 这一数字达到96.8万辆: of the subject named before
            indicator = ""
        if self.paragraph_topic and not subjects and not ctx.among and region_of_item(indicator) is not None:
            return self.paragraph_topic  # 从规上工业增加值增速看，…。晋中市增长9.8%
        among = _AMONG_THEM.match(self.text, ctx.sentence.start, ctx.clause.start)
        if (
            among is not None
            and not subjects
            and region_of_item(indicator) is not None
            and not _PLACES_OF_A_KIND.search(among.group(1))  # (中部六省中，…: the places, no thing)
        ):
            # 第十批入选企业（产品）中，合肥市7家，芜湖市4家: each place's part of what the sentence opened on
            return self._clean(among.group(1))
        if not indicator:
            own = self._label_of_line(ctx)
            if own:
                return own  # 规上工业利润总额：1—9月 712.4亿元, a line of its own under another's
            block = self.text.rfind("\n\n", 0, ctx.sentence.start)
            line = self.text.rfind("\n", 0, ctx.clause.start) + 1
            line_end = self.text.find("\n", ctx.clause.start)
            line_said = self.text[line : line_end if line_end >= 0 else len(self.text)]
            # (a card's short line of its own, not a paragraph under a 【本期导读】)
            card_line = (
                not subjects
                and len(line_said) <= _CARD_LINE_MAX
                and not _PROSE_MARK.search(line_said)
                and _BARE_LINE_OPENING.match(line_said) is not None
            )
            heading = (
                _BRACKETED_LABEL_LINE.match(self.text, block + 2 if block >= 0 else 0, ctx.sentence.start)
                if card_line
                else None
            )
            if heading is not None and _MEASURED_TITLE_END.search(heading.group(1)):
                # 【地区生产总值】 ↵ 2286.4亿元 ↵ 同比增长 5.6%: an infographic card's figures, under its
                # title (not a section's, 【数读】, 【工业生产】: it names no measure)
                return self._clean(heading.group(1))
            subjects = subjects or [f for f in ctx.among if f.measure != "rank"]
            if not subjects:
                index = _INDEX_LEVEL_BEFORE.search(self.text, ctx.sentence.start, ctx.clause.start)
                if index is not None:
                    # 工业生产指数为93.6，同比下降2.4%: the index's growth (its level has no unit,
                    # so it is no figure, but it names what the growth is of)
                    return self._clean(index.group("index"))
                month_on_month = _MONTH_ON_MONTH_BEFORE.search(
                    self.text, ctx.sentence.start, ctx.clause.start
                )
                if month_on_month is not None:
                    return self._clean(month_on_month.group("whose"))
                who = self._who_fared(self.text[ctx.sentence.start : ctx.clause.start]) or ""
                if who and region_of_item(who) is None:
                    return who  # 機械設備業因…需求增溫，年增4.76%: the clause before names whose growth
                return self._growth_of_sentence_before(ctx) or self._colon_header(ctx)
            listed = [f for f in subjects if f.measure == "amount" and f.token.unit_class == "count"]
            if _SUM_ALONE.fullmatch(ctx.pre.strip()) and len(listed) >= 2:
                # 认定智能工厂28家、数字化车间96个，合计124个: the things listed, together
                return "和".join(dict.fromkeys(f.indicator for f in listed))
            if "net_added" in subjects[-1].rules:
                # 五年增加4200家，达到1.86万家: the level the additions reached, not more additions
                ctx.reached_after = subjects[-1]
                return subjects[-1].indicator.rsplit("（", 1)[0]
            if "period_since_year_end" in subjects[-1].rules and len(subjects) > 1:
                # 企业8.97万个，比2018年末增加2.35万个，增长35.5%: the stock's growth, not the additions'
                subjects = subjects[:-1]
            grown = (
                [f for f in subjects if f.measure == "yoy_growth_pct"] if GROWTH_WORD.search(ctx.pre) else []
            )
            if grown:
                # …同比增长12.7%，完成全年目标任务的78.9%，增幅高于全市2.3个百分点: the growth's gap,
                # not the completion rate's
                subjects = grown
            who = self._who_fared(self.text[ctx.sentence.start : ctx.clause.start]) or ""
            if who and region_of_item(who) is None:
                # …增长8.2%，储能变流器业务受海外项目交付节奏影响，同比下降5.3%: the clause before
                # names whose (its sum told before, where one was)
                sum_of = next((f for f in reversed(subjects) if f.indicator.startswith(who)), None)
                if sum_of is None:
                    return who
                subjects = [sum_of]
            ctx.inherited = subjects[-1]
            return subjects[-1].indicator
        # (or of the figure the line above gave: 62.1亿元 ↵ 占规上工业比重63.1%)
        whose = subjects or [f for f in ctx.among if f.measure not in ("rank", "share_pct")]
        if len(whose) > 1 and "period_since_year_end" in whose[-1].rules:
            # 5G基站总数达到470.5万个，比上年末净增45.4万个，占移动基站总数的35.6%: the stock's
            # share, not the additions'
            whose = whose[:-1]
        if whose and (share := share_of_subject(indicator, whose[-1].indicator)) is not None:
            ctx.inherited = whose[-1]
            return share
        said = indicator[: indicator.find("占")] if "占" in indicator else ""
        if whose and said in lex.attributes and whose[-1].indicator.endswith(said):
            # 新能源汽车产量69.8万辆，…，产量占全省比重超过三分之一: the share of that output, its
            # attribute said again
            share = share_of_subject(indicator[len(said) :], whose[-1].indicator)
            if share is not None:
                ctx.inherited = whose[-1]
                return share
        counted = next((f for f in reversed(subjects) if f.token.unit_class == "count"), None)
        if whose and counted is whose[-1] and _HOW_MANY_SAID.fullmatch(said):
            # 全国…创新型中小企业约27.6万家，我省数量占全国的3.6%: the share of the things counted
            share = share_of_subject(indicator[len(said) :], counted.indicator)
            if share is not None:
                ctx.inherited = counted
                return share
        if indicator in _STAGES_OF_A_PROJECT and counted is not None:
            # …项目46个，其中新开工21个、竣工投产14个 (or 新开工…项目74个、竣工投产52个): those of
            # the things counted before, at this stage
            ctx.inherited = counted
            # (the longest stage it opens with: 竣工投产…, not 竣工; a set has no order to rely on)
            stage = max(
                (s for s in _STAGES_OF_A_PROJECT if counted.indicator.startswith(s)), key=len, default=""
            )
            return indicator + counted.indicator[len(stage) :]
        bare = _SCOPE_WORD_START.sub("", indicator)
        fared = (
            self._who_fared(self.text[ctx.sentence.start : ctx.clause.start]) if bare == indicator else None
        )
        if fared is not None and _FIELD_END.search(fared) and bare not in lex.attributes:
            # 能源化工领域受部分项目建设周期影响，技改投资下降2.3%: that field's (an attribute, 产值,
            # is named so below, after the topics a sentence may name before)
            return fared + indicator
        firm = _FIRM_LABEL.match(self.text, ctx.sentence.start) if bare in lex.attributes else None
        if firm is not None:
            # 湖北楚源新材料科技有限公司：1—9月产值28.6亿元: the firm's output
            return firm.group("firm") + bare
        # (a bare attribute of the text's own region, which a label on its line or above may name)
        own_attribute = bare == indicator in lex.attributes and ctx.region == self.region
        labelled = (
            _LINE_LABEL.match(self.text, ctx.sentence.start, ctx.clause.start) if own_attribute else None
        )
        # (（二）電腦電子產品及光學製品業：產值1兆1,950億元: the item's number is no part of its name)
        name = (
            _LIST_MARKER.sub("", _LABEL_BULLET.sub("", labelled.group(1), count=1), count=1)
            if labelled is not None
            else ""
        )
        if name and (_KIND_ITEM.search(name) or bare in _OUTPUT_WORDS):
            # · 汽车制造业：5月增加值同比增长21.4%, · 新能源汽车：5月产量18.7万辆: the point's industry's
            # (or product's) value added and output
            return name + bare
        item = _ITEM_LABEL.match(self.text, self.paragraph_start) if bare in lex.attributes else None
        if item is not None and _KIND_ITEM.search(item.group(1)) and ctx.region == self.region:
            # （一）有色金属产业链。全年实现营业收入9460.3亿元: the chain's revenue
            return item.group(1) + bare
        line = self.text.rfind("\n", 0, ctx.clause.start) + 1
        counted_firms = _FIRMS_COUNTED.fullmatch(indicator) is not None and ctx.region == self.region
        sub_point = (own_attribute or counted_firms) and _SUB_POINT.match(self.text, line) is not None
        point = _POINT_ABOVE.search(self.text, max(line - _POINT_ABOVE_CHARS, 0), line) if sub_point else None
        if point is not None:
            # ● 锂资源及锂盐 ↵ ○ 企业数量：7家 ↵ ○ 产值：71.4亿元: the sub-points' attributes are of their
            # point's thing
            return self._clean(point.group("label")) + bare
        generic = _OF_THE_INDUSTRY.match(indicator)
        if generic is not None and indicator[generic.end() :] in lex.attributes and ctx.region == self.region:
            kind = _KIND_LABEL_ABOVE.search(
                self.text, max(ctx.sentence.start - _LABEL_ABOVE_CHARS, 0), ctx.sentence.start
            )
            if kind is not None:
                # 汽车零部件产业 ↵↵ 产业产值85.3亿元: that industry's output
                return kind.group("label") + indicator
        above = (
            _LABEL_ABOVE.search(
                self.text, max(ctx.sentence.start - _LABEL_ABOVE_CHARS, 0), ctx.sentence.start
            )
            if own_attribute
            else None
        )
        if above is not None and not _OTHER_TIME_EXPRESSION.search(above.group("label")):
            # 🔹节能环保装备 ↵ 产值78.6亿元｜增长13.9%: a post's label on the line above
            return above.group("label") + bare
        heading = (
            _NUMBERED_KIND_ABOVE.search(
                self.text, max(ctx.sentence.start - _NUMBERED_KIND_ABOVE_CHARS, 0), ctx.sentence.start
            )
            if own_attribute and ctx.sentence.start == self.paragraph_start
            else None
        )
        if heading is not None:
            # 1. 锂电产业链（链长：市委书记） ↵ 营业收入486.2亿元: the numbered chain's revenue
            return heading.group("label") + bare
        # (…企业2356个，占规模以上工业企业的13.8%；实现营业收入…: those firms', past their share)
        shares = ("share_pct", "pp_change", "pp_diff")
        sums = [f for f in ctx.sentence_figs if f.measure not in shares]
        counted_last = next((f for f in reversed(sums) if f.token.unit_class == "count"), None)
        # (产业发展项目248个，总投资1846.3亿元，年度计划投资368.5亿元: of the projects still, past
        # the other sums told of them)
        of_the_count = counted_last is not None and all(
            f.indicator.startswith(counted_last.indicator) for f in sums[sums.index(counted_last) + 1 :]
        )
        # (the figures a clause listed in turn, its last: 商用车产销分别完成362.5万辆和372.9万辆)
        in_turn = [f for f in sums if "respectively" in f.rules]
        listed = [f for f in in_turn if f.quote_start == in_turn[-1].quote_start] if in_turn else []
        alike = [f for f in listed if f.indicator.endswith(bare) and f.indicator != bare]
        if bare == indicator in lex.attributes and len(alike) == 1 and len(listed) >= 2:
            # …，产量同比下降0.3%，销量同比增长0.6%: the output and the sales just told, each its own
            ctx.inherited = alike[0]
            return alike[0].indicator
        if (
            bare in lex.attributes
            and counted_last is not None
            and of_the_count
            and counted_last.measure == "amount"
        ):
            # (大型企业48家，亏损7家，亏损面14.6%: 大型企业亏损面, the words the two share said once;
            # 汽车产量86.4万辆…；销量85.7万辆: 汽车销量, the count's own attribute replaced)
            said = counted_last.indicator
            owner = owner_of_attribute(said)
            if owner:
                return owner + indicator
            overlap = next((n for n in range(len(indicator), 0, -1) if said.endswith(indicator[:n])), 0)
            return said + indicator[overlap:]
        level_said = _BUDGET_LEVEL.match(bare)  # 省级预算数: the province's own budget
        level = level_said.group() if level_said is not None else ""
        word = bare[len(level) :]
        if word in _BUDGET_WORDS and subjects and (budget := _BUDGET_OF.fullmatch(subjects[-1].indicator)):
            # …专项资金预算数为19.2亿元，全年执行18.94亿元，执行率98.6%: the same fund's
            return level + budget.group(1) + word
        if word in _BUDGET_WORDS and (item := _ITEM_LABEL.match(self.text, self.paragraph_start)):
            # （一）工业转型升级专项资金。2025年预算数为19.2亿元: the fund the item is about
            return level + item.group(1) + word
        if bare in _RATES_OF_AN_AMOUNT and subjects and subjects[-1].token.unit_class == "money":
            # 一般公共预算支出完成612.4亿元，执行率98.6%: the rate of the sum just told
            ctx.inherited = subjects[-1]
            return subjects[-1].indicator + bare
        if _PER_EACH.fullmatch(bare) and subjects and subjects[-1].token.unit_class == "count":
            # …拥有有效发明专利8428件，平均每家拥有12.9件: the same count, on average per firm
            ctx.inherited = subjects[-1]
            return f"{subjects[-1].indicator}（{bare}）"
        per_day = _PER_PERIOD.match(bare)
        if per_day is not None and subjects and subjects[-1].indicator.endswith(bare[per_day.end() :]):
            # 原煤产量6821.4万吨，…日均产量227.4万吨: the same product's output a day
            subject = subjects[-1].indicator
            ctx.inherited = subjects[-1]
            return subject[: len(subject) - len(bare) + per_day.end()] + indicator
        if bare in lex.attributes or bare.removesuffix("总额") in lex.attributes:
            told = subjects[-1].indicator if subjects else ""
            projects = _PROJECTS_INVESTMENT.fullmatch(told) if bare == "完成投资" else None
            if projects is not None and projects.group("projects"):
                # 实施亿元以上工业项目86个，总投资412.5亿元，上半年完成投资48.3亿元: what those
                # projects have done of it (总投资18.5亿元的绿色建材产业园项目…，已完成投资: that
                # project's, not an industry's the sentence names in passing)
                return projects.group("projects") + bare
            before = self.text[ctx.sentence.start : ctx.clause.start]
            project = _PROJECT_NAMED_BEFORE.search(before) if indicator in _WHOLE_COST_OF_A_PROJECT else None
            if project is not None:
                # 3.禹城市　功能糖及生物发酵产业园项目，总投资18亿元: that project's, not an industry's
                name = strip_chars(project.group(1))
                marker = _NOT_SUBJECT.match(name)
                name = name[marker.end() :] if marker is not None else name
                return name.removeprefix(ctx.region) + indicator
            topic = None
            for m in _INDUSTRY.finditer(before):
                topic = m.group(0)
            if topic:
                for v in (*lex.verbs, "推进", "推动", "有序推进", "加快", "支持", "发展"):
                    idx = topic.rfind(v)
                    if idx >= 0:
                        topic = topic[idx + len(v) :]
                # (a long one keeps its last words: 机器人及智能装备产业, not 人及智能装备产业)
                if len(topic) > _TOPIC_MAX:
                    topic = topic[-_TOPIC_MAX:]
                if len(topic) > 2:
                    return topic + indicator
            # (…；现代纺织领域受外需偏弱影响，产值下降1.4%: the clause before names whose, and why)
            fared = self._who_fared(before)
            if fared is not None and bare == indicator:
                return fared + indicator
            if (
                len(told) > len(bare)
                and told.endswith(bare)
                and bare == indicator
                # (年度计划投资112.6亿元，累计完成投资84.9亿元: what was done, not the plan)
                and not _PLANNED.search(told, 0, len(told) - len(bare))
            ):
                # 全省新能源汽车产量146.8万辆；其中合肥市产量98.4万辆: the same product's output
                ctx.inherited = subjects[-1]
                return told
            measured = _INDUSTRY_MEASURED.fullmatch(told) if subjects else None
            if measured is not None:
                # 通信设备制造业增加值同比增长10.3%，实现营业收入3.86万亿元: the same industry's
                return measured.group(1) + indicator
            owner = owner_of_attribute(sums[-1].indicator) if sums and bare == indicator else ""
            if owner:
                # 年末全省单晶硅片产能达到120GW，全年产量78.3GW: the output of what the clause before
                # gave another attribute of
                ctx.inherited = sums[-1]
                return owner + bare
            # (（二）硅片。建成产能95GW: the thing the paragraph's numbered heading names, where its
            # sentence names none)
            line_start = self.text.rfind("\n", 0, ctx.sentence.start) + 1
            headed = _THING_HEADING.match(self.text, line_start, ctx.sentence.start)
            if headed is not None:
                return headed.group(1) + indicator
        return indicator
