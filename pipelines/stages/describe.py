"""Describe: the document dimension (title, dates, number, issuer, type, region).

Everything is read from the *cleaned* text, which keeps the publication and
source header lines for this purpose (normalize strips only pure web chrome).
Cue words live in ``seeds/reference/describe_cues.csv`` and regions in
``regions.csv``; the code holds only the logic that weighs them.

The reference date is what relative time words (今年, 去年, 截至目前) resolve
against: the printed publication date when there is one, else a date the text
implies, with a method and a confidence so that analysts can tell a printed
date from an inference.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from pipelines.reference import alternation, load_csv
from pipelines.stages.models import TAIWAN, UNNAMED_CITY, UNNAMED_COUNTY, UNNAMED_PROVINCE, DocumentMeta
from pipelines.stages.normalize import DOC_NUMBER, GROUPING_COMMA, PRESS_DATELINE
from pipelines.stages.zones import FULL_ZONE_KIND, named_zone, zone_in_full

DOC_TYPES = (
    "conference_news",
    "work_plan",
    "press_conference",
    "evaluation_report",
    "news_article",
    "government_work_report",
    "statistical_communique",
    "other",
)

#: How many characters count as the "head" (lede) of a document.
_HEAD_CHARS = 200
#: A type must reach this score to be chosen over ``other``.
_MIN_TYPE_SCORE = 3
#: One cue counted at most this many times, so long documents do not win by length.
_MAX_CUE_HITS = 3
#: Lines longer than this, or containing a full stop, are prose, not a title.
_TITLE_MAX = 90
#: Mentions a region needs to be chosen when the text has no scope word (全省, 我市 ...).
_MIN_MENTIONS_WITHOUT_SCOPE = 3
#: A region named in the title counts as this many mentions in the body.
_TITLE_MENTION_WEIGHT = 5
#: a title that opens on a town's name and says what of it (星沙街道2026年1-9月经济运行简报)
_TOWN_TITLE = re.compile(r"(?!乡村)[\u4e00-\u9fff]{2,4}(?:镇|乡|街道)(?:(?:19|20)\d{2}年|上半年|前三季度|1)")
#: Publication dates are printed in the page header, sometimes in the footer.
_HEADER_LINES = 30
_FOOTER_LINES = 5

#: a date (2026年1月3日, 2026-01-03), not the months of a caption (2026年1-3月); a dash or a dot
#: joins its parts without spaces, so a table row of numbers (制造业    7820       -3.1) is no date
#: (nor a year's row of two values, 2024年    11.21   11.57: a date written with 年 writes its 月)
_DATE = (
    r"((?:19|20)\d{2})(?:\s*年\s*(?=\d{1,2}\s*月)|[-/.](?=\d{1,2}[-/.]))"
    r"(\d{1,2})(?:\s*月\s*|[-/.])(\d{1,2})(?!\d|\s*月)"
)
#: the era a Taiwan page names before a year its normalized text gives in the common era's count
#: (发布日期：中华民国2025年11月24日, printed 中華民國114年)
_ERA_BEFORE_YEAR = r"(?:(?:中华)?民国\s*)?"
#: a newspaper's name on a line of its own (香港文汇报 Wen Wei Po)
_MASTHEAD = re.compile(r"[\u4e00-\u9fff]{1,8}(?:日报|晚报|时报|商报|报)\s*[A-Za-z .]*")
#: a line that is a date: 2024年6月3日, or with its weekday, time or page chrome after it
#: (2024年10月28日（星期一） 05:12 字号：大 中 小), never prose
_DATE_LINE = re.compile(
    rf"^{_DATE}日?(?:\s*[（(]星期[一二三四五六日天][)）])?(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
    r"(?:(?<=[)）\d])[^，。,；;]*|\s+[^，。,；;]*|[，,]\s*[\u4e00-\u9fff]{2,4})?$"
)
#: a press release's dateline on a line of its own (2024年5月16日，北京): where it was said, not
#: whose it is
_PRESS_DATELINE_LINE = re.compile(rf"(?m)^{PRESS_DATELINE.pattern}$")
#: a date with its time of day (2026-03-17 07:32:15), as a byline stamps it
_STAMPED = re.compile(rf"{_DATE}日?\s+\d{{1,2}}:\d{{2}}|{_DATE}日?\s*$")  # (…　作者：林晓岚　2026年2月9日)
#: a date or a period in brackets under a headline (（2025年12月26日）, （2025年三季度）): the day a
#: speech was given or the months a bulletin covers, no headline
#: (（2025年7月24日，根据录音整理）: with a note on how the text was taken down)
#: (（2025年9月26日公告）: an audit's results, published that day)
_BRACKETED_DATE = re.compile(rf"^[（(]\s*{_DATE}日?\s*(?:[，,][^（）()]{{2,12}}|公告|公布|发布|印发)?[)）]$")
#: (and a speaker's line with the day he spoke: 洛阳市人民政府市长　　（2025年7月18日）)
_BRACKETED_PERIOD = re.compile(r"^(?:[^（）()\d]{2,30}\s+)?[（(]\s*\d{4}\s*年[^（）()]{1,10}[)）]$")
#: a signature's place and day at the foot of a text (香港，2025年8月22日)
_PLACE_THEN_DATE = re.compile(rf"[\u4e00-\u9fff]{{2,4}}[，,]\s*{_DATE}日?")
#: a report dated by its month only (…评估报告 / 2024年6月): signed, but on no stated day
#: a report's month on a line of its own, perhaps after its issuer (湖南省工业和信息化厅　2026年3月)
_MONTH_LINE = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,24}(?:局|委员会|委|厅|办公室|中心|政府|研究院|研究所|协会|联合会)\s*)?"
    r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:份)?$"
)
#: a report's note of the month it came out (报告发布：本报告为年度报告，于2024年6月发布)
_PUBLISHED_IN_MONTH = re.compile(
    r"(?:本报告|本书|本白皮书)[^。；\n]{0,12}?于\s*(\d{4})\s*年\s*(\d{1,2})\s*月(?:正式)?(?:发布|出版)"
)
_DATED_DATELINE = re.compile(rf"^{_DATE}日?\s*(?:上午|下午|晚上|晚)?\s*[，,]")
#: a message board's labels above the question and its reply (留言时间：…, 回复机构：…)
_MESSAGE_LABEL = re.compile(r"(?:留言|提问|回复|答复)(?:时间|日期|编号|对象|类型|领域|机构|单位)\s*[:：]")
#: a site's path to the page (人民网 > 领导留言板 > 河北省 > 邢台市): no headline
_BREADCRUMB = re.compile(r"\S\s*[>＞»]\s*\S[^>＞»\n]*[>＞»]")
#: an issuer's name and the day, a line of their own (香港贸发局经贸研究　2026年3月18日), not a
#: deadline (截至2025年11月18日)
_ISSUER_DATED = re.compile(
    # (宁波市北仑区统计局　　2025-12-22　　《北仑统计月报》2025年第11期: and the page's chrome after it)
    # (北仑区人民政府办公室　　2025年7月14日印发: an official document's printing line; 编印, a bulletin's)
    # (第一财经　2025-09-03 18:46:21　听新闻: the outlet, then the time of day too)
    rf"^(?!截至|截止|至|到)[\u4e00-\u9fffA-Za-z（）()]{{2,32}}\s*{_DATE}"
    r"(?:日(?:印发|编印)?$|日?\s{2,}\S.*$|(?<=\d)$|日?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s.*)?$)"
)
_YEAR = re.compile(r"(?<![\d—\-~至到])(\d{4})年(?!\s*[—\-~至到]\s*\d)")
_YEAR_RANGE = re.compile(r"\d{4}\s*年?\s*[—\-~至到]\s*\d{4}\s*年?")
_BOOK_TITLE = re.compile(r"《[^》\n]{0,120}》")
_PRESS_ORGANIZER = re.compile(r"(?:^|[，,])([\u4e00-\u9fff]{4,30}?)举行[^。\n，,]{0,10}新闻发布会")
_PROSE = re.compile(r"[。，,；;]")
#: A signature line: a body's name, ending the way Chinese organisations' names end.
_ORGANISATION = re.compile(
    r"[\u4e00-\u9fff（）()]{2,38}(?:厅|局|委|办|办公室|委员会|政府|部|院|署|中心|小组|会|协会|集团|公司|处|室)"
)
#: A numbered section heading (一、 （一） 1. 第一章) starts the body, it is no title.
_SECTION = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)|第[一二三四五六七八九十\d]+[章节条])"
)
#: a subtitle below the headline: after a dash, or wholly in brackets (（2025年第47周　总第512期）,
#: （征求意见稿）)
_SUBTITLE = re.compile(r"^[—-]{1,2}|^[（(][^（）()]*[)）]$")
#: how a speech's or a report's occasion line ends (…会议上, …大会上的讲话)
_OCCASION_END = re.compile(r"上(?:的(?:讲话|报告|发言|工作报告))?$|(?:讲话|发言)$")
_BYLINE = re.compile(
    r"^[□■◎●]|^(?:本报|记者|通讯员|原创\s)|^[\u4e00-\u9fff]{2,10}(?:日报|晚报|报|网|社)\s*(?:首席|全媒体|融媒体)?记者"
    r"|^(?:文|图|文图|图文|文/图)\s*[/／:：]\s*[^\n]{0,12}(?:记者|通讯员)"  # (文/佛山日报记者 梁嘉怡)
    r"|^[\u4e00-\u9fff]{2,10}(?:客户端|新闻)\s*(?:首席|全媒体|融媒体)?记者"  # (潮新闻客户端　记者　沈佳怡)
    r"|^(?:撰文|执笔|撰稿|作者)\s*[:：]"  # (撰文：贸发局研究部　陈卓谦（首席经济师）: who wrote it)
)
#: A web page's stamp line: the publication date and time, then the source (2025-02-10 09:30 来源：安徽日报)
_STAMP_LINE = re.compile(
    rf"^{_DATE}日?\s*(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*(?:来源|作者|编辑|责任编辑)\s*[:：]"
    # (the source and the date parted by a bar: 来源：央视网　|　2026年04月16日 20:46:12)
    rf"|^来源\s*[:：]\s*[^\s\d][^\d\n]{{0,20}}?\s*{_DATE}"
    # a newspaper's masthead line: the paper's name and the issue's date (新华日报 2024年8月5日)
    # (…with its weekday after it: 香港文汇报 2025年10月9日（星期四） A14版)
    # (…or parted by bars: 四川日报 | 2025年03月18日 星期二 | 第07版)
    # (…in black-lenticular brackets, as Hong Kong papers print it: 【香港經濟日報】　2023年11月14日　星期二)
    # (…or its sections before the day, as crumbs: 江海商报 > 经济 > 产业观察　　2026年1月28日 星期三)
    rf"|^【?[\u4e00-\u9fff]{{2,12}}(?:日报|晚报|时报|报)】?(?:\s*[>＞]\s*[\u4e00-\u9fff]{{2,8}}){{0,3}}"
    rf"\s*[|｜丨]?\s*{_DATE}日?(?=\s|$|[（(|｜丨])"
    # (…its name in title marks, the day and page in brackets: 《人民日报海外版》（2026年07月29日　第04版）)
    rf"|^《[\u4e00-\u9fff]{{2,12}}(?:日报|晚报|时报|报)(?:海外版|[\u4e00-\u9fff]{{1,4}}版)?》\s*[（(]\s*{_DATE}日?(?=\s|[）)])"
    # a WeChat article's byline: 原创  苏州工信  苏州工信  2025年06月24日 17:45  江苏
    rf"|^原创\s.{{0,40}}?{_DATE}日?\s*\d{{1,2}}:\d{{2}}"
    # a research report's cover line: its kind, then the day it came out at the line's end
    # (证券研究报告 | 行业月报                2025年11月24日)
    rf"|^[^\n]{{0,20}}(?:研究报告|月报|周报|季报|年报|快报|简报|专报)[^\n]{{0,20}}?\s{{2,}}{_DATE}日?\s*$"
    # a site's name, then the day and time it posted (一财网 2026-02-05 18:42:16), alone on its line
    rf"|^[\u4e00-\u9fff]{{2,8}}(?:网|号|客户端)\s*{_DATE}日?\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*$"
    # (…or without 原创: 嘉兴统计  2025年07月24日 17:30  浙江, the account, the time, the province;
    # the author before the account, often the same name: 湖北县域经济 湖北县域经济 2025年11月06日 09:12)
    # (normalisation takes the single space between the account and the date: 周口发布2025年04月17日…)
    # (an outlet's name that opens on digits, its share buttons after: 21世纪经济报道  2023-12-05 19:42
    # 分享到：微信  微博)
    rf"|^\d{{0,3}}[\u4e00-\u9fff]{{2,12}}(?:\s*|\s+[\u4e00-\u9fff]{{2,12}}\s*){_DATE}日?\s*\d{{1,2}}:\d{{2}}\s*"
    r"(?:[\u4e00-\u9fff]{2,3}|分享到?\s*[:：].*)?$"
    # a bulletin's issuer and its date (襄阳市经济和信息化局编  2025年10月24日, 漳州市统计局  2025-07-30)
    # (after the issue's number: 2025年第14期（总第312期）  株洲市统计局编  2025年7月21日)
    rf"|^(?:\d{{4}}\s*年\s*)?(?:第\s*\d+\s*期\s*(?:[（(][^（）()]{{0,12}}[)）])?\s*)?"
    rf"[\u4e00-\u9fff]{{2,24}}(?:局|委员会|委|厅|办公室|中心|政府|部|处|科|所|院|联合会|协会|商会|学会|研究会|集团|公司)"
    # (…with its other name in brackets: 白城市发展和改革委员会（白城市能源局）  2026年2月6日; or
    # with a second body: 绍兴市经济和信息化局　绍兴市统计局　编　2025年11月20日)
    rf"(?:[（(][\u4e00-\u9fff]{{2,20}}[)）])?(?:\s+[\u4e00-\u9fff]{{2,24}}(?:局|委员会|委|厅|办公室|中心))?"
    # (甘肃省有色金属行业协会　　联合编印　　2026年11月18日: printed with the body named above)
    rf"\s*(?:(?:联合)?(?:编印|编|印发|主办)\s*)?{_DATE}日?"
    # (包头市经济运行监测调度中心　编　　2025年12月2日（星期二）: with its weekday)
    r"(?:\s*[（(]星期[一二三四五六日天][)）])?"
    # (…with the time and the page's tools after it: 绵阳市统计局  2026-04-18 10:20  【字体：大 中 小】,
    # perhaps its source between: …  2025-10-24 16:00    来源：洛阳市统计局    【字体：…】)
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+来源\s*[:：]\s*[^\s【]{2,24})?\s*(?:【.*)?$"
    # a bulletin's compiler, labelled, and its date (编印：产业经济研究信息中心　　2025年11月6日,
    # 编发单位：山东省造纸行业协会　　2025年12月16日)
    rf"|^(?:编印|主办|编发|编制)(?:单位)?\s*[:：][^\d\n]{{1,30}}?\s+{_DATE}日?\s*$"
    # a channel's or site's line: its date and time, then the source (嘉兴广电·新闻综合频道  2025-12-18
    # 20:30  来源：…)
    # (or its date alone, the name joined to it: 东方财讯社2025-11-18 21:30  编辑：…)
    rf"|^[^\d\n]{{2,30}}\s*{_DATE}日?(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s+(?:来源|编辑|作者|责任编辑)\s*[:：]"
    # a reporter's byline and its date (两岸经贸网　记者林怡君／台北报导　2025年8月12日 下午3:20)
    rf"|^[^\d\n]{{0,20}}记者[^\d\n]{{1,30}}?\s+{_DATE}日?\s*(?:(?:上午|下午|晚上)?\s*\d{{1,2}}:\d{{2}})?\s*$"
)


#: a heading line of a place's section: its name and a colon or bracket, then a few words and
#: no sentence (广东：总量领先　结构向新, 【浙江】数实融合, 二、江苏：高端攀升); the extractor
#: gives the section's paragraphs that place
PLACE_HEADING = re.compile(
    # (■赣州：工业挑起“大梁”: a bullet may mark it)
    r"\s*(?:(?P<padded>0[1-9])\s*|(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|[■□●◆◇▲▶►★☆◎])?\s*【?)"
    # (合肥、广州：双轮驱动 names two places: the section of neither ends the one before)
    r"(?P<place>[\u4e00-\u9fff][\u4e00-\u9fff、]{1,9}?)\s*(?:[：:]|】)"
    # (a WeChat post's numbered section, 01 肥西县：百强县第41位，较上年前移3位, says its figures)
    r"(?(padded)[^\n。；;！!？?]{2,30}|[^\n。，,；;！!？?：:\d]{2,30})"
)
#: Sections headed by this many places make a round-up (a national paper's, a province's).
_ROUND_UP_SECTIONS = 3


@dataclass(frozen=True)
class _Region:
    code: str
    name: str
    short_name: str
    level: str
    parent_code: str


def describe_document(text: str, source_file: str) -> DocumentMeta:
    """The document's metadata, read from its cleaned text.

    ``source_file`` is accepted for the record and for error messages only:
    no rule may depend on a file name, so that the same content under another
    name gets the same description.
    """
    del source_file  # deliberately unused, see docstring
    lines = [_date_in_digits(line.strip()) for line in text.split("\n") if line.strip()]
    title = _title(lines)
    published_on = (
        _published_on(lines) or _published_in_the_title_year(lines, title) or _published_in_the_url(lines)
    )
    doc_type = _doc_type(title, text)
    reference_date, method, confidence = _reference_date(text, lines, published_on, title)
    region, region_method, region_confidence = _round_up_region(lines) or _region(title, text)
    region = zone_in_full(region, text) if region_method == "own_name" else region
    listed = _region_names()[1].get(region) if region_method == "own_name" else None
    # (港商在大湾区：… ↵ ——2025年大湾区港资制造企业营商状况调查: the area's catalogue name, 粤港澳大湾区)
    region = _region_by_code()[listed].name if listed is not None else region
    return DocumentMeta(
        title=title,
        published_on=published_on,
        doc_number=_doc_number(lines),
        issuer=_issuer(lines, text),
        doc_type=doc_type,
        region=region,
        reference_date=reference_date,
        reference_date_method=method,
        reference_date_confidence=confidence,
        region_method=region_method,
        region_confidence=region_confidence,
    )


# --- cues ---------------------------------------------------------------------


@cache
def _cues(kind: str) -> tuple[tuple[str, str, re.Pattern[str], float], ...]:
    """Rows of describe_cues.csv of one kind: (value, where, compiled pattern, weight)."""
    return tuple(
        (row["value"], row["where"], re.compile(row["pattern"]), float(row["weight"] or 0))
        for row in load_csv("describe_cues")
        if row["kind"] == kind
    )


@cache
def _cue(kind: str) -> re.Pattern[str]:
    """All patterns of one kind as one alternation (for label-like cues)."""
    return re.compile("|".join(f"(?:{pattern.pattern})" for _, _, pattern, _ in _cues(kind)))


# --- title, number, issuer, publication date ------------------------------------


def _is_meta_line(line: str) -> bool:
    return bool(
        _cue("published_label").match(line)
        or _cue("source_label").match(line)
        or _DATE_LINE.match(line)
        or _MONTH_LINE.match(line)
        or _ISSUER_DATED.match(line)
        or _MESSAGE_LABEL.match(line)
        or DOC_NUMBER.fullmatch(line)
        or _BYLINE.match(line)
        or _STAMP_LINE.match(line)
        or _ISSUE_LINE.match(line)
        or _ISSUE_DATED.match(line)
        or _is_catalogue_line(line)
        or _PAGE_NUMBER_LINE.fullmatch(line)
        or _BRACKETED_PERIOD.match(line)
    )


#: a printed page's number on a line of its own (· 238 ·, - 12 -)
_PAGE_NUMBER_LINE = re.compile(r"[·•\-—\s]*\d{1,4}[·•\-—\s]*")


_SPACES = re.compile(r"\s+")
_CATALOGUE_LABEL_MAX = 12


def _is_catalogue_line(line: str) -> bool:
    """A catalogue's label line, its labels perhaps spaced out to the width of the longest
    (索 引 号：…　　文　　号：…)."""
    return _CATALOGUE_LINE.match(_SPACES.sub("", line[:_CATALOGUE_LABEL_MAX])) is not None


#: a public-information catalogue's labels above a notice (索引号：… 发布机构：…): no headline
_CATALOGUE_LINE = re.compile(
    r"^(?:索引号|发布机构|主题分类|成文日期|生成日期|文号|发文字号|公告类型|公告日期|公开方式|公开范围|有效性|信息分类|编者|出版|主编|编印|报告期间|报告期"
    # (and who put the page together: 整理：省经信厅运行监测处　　时间：2025年11月7日)
    r"|整理|执笔|撰稿|审核|审校|校对|供稿"
    # (a listed firm's report's line of its code and short name: 公司代码：688417  公司简称：…)
    r"|股票简称|股票代码|证券简称|证券代码|公司代码|公司简称)\s*[:：]"
)


#: a paper's digital edition, its day between the path's marks (广西日报数字报 ＞ 2025年12月30日 ＞ 第005版)
_EDITION_DATED = re.compile(rf"^[^＞>\n]{{2,30}}?(?:报|版)\s*[＞>]\s*{_DATE}日?\s*[＞>]")
#: a bulletin's issue number, then the day it came out (2025年第38期        2025年10月27日), or a
#: magazine's (《财经视界》2025年第31期 | 2025年11月03日 出版)
_ISSUE_DATED = re.compile(
    r"^(?:《[^》\n]{2,20}》\s*)?(?:\d{4}\s*年\s*)?第\s*\d+\s*期\s*(?:[（(]总第\s*\d+\s*期[)）])?"
    rf"(?:\s+|\s*[|｜]\s*){_DATE}日?\s*(?:出版)?\s*$"
)
#: a bulletin's issue number on a line of its own (2025年第10期（总第226期）): no headline
_ISSUE_LINE = re.compile(
    r"^(?:\d{4}\s*年\s*)?第\s*\d+\s*期\s*(?:[（(]总第\s*\d+\s*期[)）])?\s*$"
    r"|^[（(]\s*(?:\d{4}\s*年\s*)?第\s*\d+\s*期\s*[)）]$"  # （第10期）
)


#: A line that is only the names of government bodies or companies, or an office holder and
#: name (省长 王某): an author line, not a headline. Narrower than ``_ORGANISATION`` (the
#: signature test) on purpose: a headline may end in 会, 中心 or 院 (…推进大会, …创新中心).
_BODY = (
    r"[\u4e00-\u9fff（）()]{2,38}(?:厅|局|委|办公室|委员会|管委会|人民政府|政府|部|署|集团|公司|总队|调查队"
    r"|课题组|调研组|研究组|编写组|写作组)"  # (…研究中心宏观经济形势分析课题组: a study's authors)
)
_ISSUING_BODY = re.compile(
    rf"{_BODY}(?:\s+{_BODY})*(?:\s*(?:编|编印|编制|主编))?"  # (盐城市统计局　国家统计局盐城调查队　编)
    r"|(?:代理)?[\u4e00-\u9fff、]{0,12}(?:省长|市长|县长|区长|主席|主任|书记|厅长|局长|部长)\s*[\u4e00-\u9fff·]{2,5}"
)
#: ``——2025年1月15日在…人民代表大会…上``: the date a report or speech was delivered
_DELIVERED_ON = re.compile(rf"^[—-]{{1,2}}\s*{_DATE}日?\s*在")


_WORD_CHAR = re.compile(r"[^\W_]")
#: a script's or a form's labelled headline (标题：…)
_TITLE_LABEL = re.compile(
    r"^(?:(?:标\s*题|题\s*目|稿件标题)\s*[:：]|【(?:标题|题目)】)\s*(\S.{1,60})$"
)  # (标　　题：, spaced; 【标题】 in a broadcast script)
#: a notice's title (…办公室关于2025年第二季度…情况的通报), and how long the name of an account
#: posting it above may be
_NOTICE_TITLE = re.compile(
    r"[^，。；;,]{2,60}关于[^，。；;,]{2,80}的(?:通知|通报|决定|意见|报告|批复|公告|函)"
)
_ACCOUNT_NAME_MAX = 8
#: the second line of a headline wrapped in two, which cannot begin one
_TITLE_GOES_ON = re.compile(r"(?:实施情况|执行情况|实施进展|进展情况|完成情况|中期评估|终期评估|的|暨|之)")
#: how the first line of a headline wrapped in three ends, which cannot end one
_TITLE_BREAKS_OFF = re.compile(r"(?:国民经济和社会发展|[和及与的暨])$")


#: a line that ends on two cells of numbers or more, column gaps between them
_TABLE_ROW = re.compile(r"(?:(?:\s{2,}|\t)[-−+]?\d[\d,.]*%?){2,}\s*$")


def _title(lines: list[str]) -> str | None:
    """The headline: the last line of the leading block of short non-prose lines.

    Newspaper pages stack a column banner and a kicker above the headline, and
    official notices put the issuing body above the title, so the line nearest
    the body is the headline; a ``——`` subtitle below it is skipped. A
    document that opens with prose has no title (None), rather than an invented one.
    """
    labelled = next((m.group(1) for line in lines[:_HEADER_LINES] if (m := _TITLE_LABEL.match(line))), None)
    if labelled:
        return labelled  # 标题：工业强县步履铿锵 转型升级提质增效 (a broadcast script's)
    block: list[str] = []
    over_date: list[str] = []  # the block a date line ended (包头市经济运行晨报 ↵ …编　2025年12月2日)
    for at, line in enumerate(lines):
        if _BREADCRUMB.search(line):
            continue  # 人民网 > 领导留言板 > …: the site's path to the page, no headline
        if _is_meta_line(line):
            # (柳市镇人民政府文件 ↵ 柳政〔2025〕3号 ↵ the title: a red header's body, over its number)
            if (
                block
                and not all(
                    _MASTHEAD.fullmatch(x) or _RED_HEADER.fullmatch(x) or _OFFICE_MASTHEAD.fullmatch(x)
                    for x in block
                )
                # (许昌市人民政府门户网站 ↵ 索 引 号：… ↵ …关于…的通知: the site's name over a notice's
                # catalogue labels, the notice's title below them)
                # (芜湖市人民政府 ↵ 首页 > … ↵ 索 引 号：… ↵ …关于印发…的通知: a government's own site; 江西省
                # 工业和信息化厅 ↵ 首页 > … ↵ 索引号：… ↵ …关于…的通告: a department's)
                and not (
                    all(_SITE_NAME.fullmatch(x) or _GOVERNMENTS_SITE.fullmatch(x) for x in block)
                    and _is_catalogue_line(line)
                )
                # (望城招商 ↵ 2025年07月16日 18:30 湖南 ↵ …办公室关于…情况的通报: an account's name over
                # its post's date, the notice's own title below)
                and not (
                    all(len(x) <= _ACCOUNT_NAME_MAX for x in block)
                    and any(_NOTICE_TITLE.fullmatch(below) for below in lines[at + 1 : at + 4])
                )
            ):
                break
            over_date = block or over_date
            block = []  # a paper's name above its date line is no headline
            continue
        # (穗黄埔区今年GDP料破4,500亿: a thousands separator is no clause's comma)
        if _TABLE_ROW.search(line):
            break  # 规模以上工业企业单位数  个  1126  1213: a table's row, where a page opens on its table
        if _PROSE.search(GROUPING_COMMA.sub("", line)) or len(line) > _TITLE_MAX or _SECTION.match(line):
            # (…排名：江苏稳居首位，中部省份进位明显 ↵ 来源：…: a headline may hold a comma, where
            # it opens the page and the page's source line follows it)
            # (or under the site's path to the page: 第一财经 首页 > 资讯 > 区域 ↵ 江西上市公司2025年报全景：
            # 营收首破1.1万亿元，锂电光伏拖累整体利润 ↵ 2026-05-06 20:15:37  来源：第一财经)
            # (经济部全球资讯网 ↵ 首页 > 新闻与公告 ↵ 2025年9月工业生产年增11.84%，制造业…: under the site's
            # name too)
            # (經濟部統計處 ↵ 首頁 > 統計發布 ↵ 115年第3季製造業產值年增9.76%，續創單季新高: the office's)
            if not (
                all(_SITE_NAME.fullmatch(above) or _OFFICE_MASTHEAD.fullmatch(above) for above in block)
                and all(
                    _BREADCRUMB.search(above)
                    or _SITE_NAME.fullmatch(above)
                    or _OFFICE_MASTHEAD.fullmatch(above)
                    for above in lines[:at]
                )
                and "。" not in line
                and len(line) <= _TITLE_MAX
                and at + 1 < len(lines)
                and _is_meta_line(lines[at + 1])
            ):
                break
            block.append(line)
            continue
        if not _WORD_CHAR.search(line):
            continue  # a rule drawn under a masthead (────): no words, no headline
        block.append(line)
    # (——2024年6月26日在区第十届人民代表大会 ↵ 常务委员会第十九次会议上: the subtitle, wrapped)
    candidates = [
        line
        for at, line in enumerate(block)
        if not _SUBTITLE.match(line)
        and not (
            at
            and _SUBTITLE.match(block[at - 1])
            and _OCCASION_END.search(line)
            and not _OCCASION_END.search(block[at - 1])
        )
    ]
    # a report names its author below the title (…评估报告 / 苏州市工业和信息化局 / date)
    # (nor is a salutation a headline: 各位代表：)
    # (nor a yearbook's month of print under it: 2025年10月出版)
    headlines = [
        line
        for line in candidates
        if not _ISSUING_BODY.fullmatch(line)
        and line[-1] not in "：:"
        and not _PRINTED_IN.fullmatch(line)
        and not _FRONT_MATTER.fullmatch(line)
        and not _SPEAKERS_BYLINE.fullmatch(line)  # (无锡市惠山区人民政府区长  顾  明, under the speech)
        and not _COVER_MONTH_IN_WORDS.fullmatch(line)  # (二〇二五年三月, the cover's date)
        and not _EDITED_BY.search(line)  # (…管理委员会  编印)
    ]
    if (not candidates or all(map(_SECTION_LABEL.fullmatch, candidates))) and over_date:
        # 包头市经济运行晨报 ↵ …编　2025年12月2日 ↵ 【今日关注】: a bulletin's name over its date line, its
        # first section's label below it
        named = [line for line in over_date if _BULLETINS_NAME.search(line)]
        if named:
            return named[-1]
    if not candidates:
        return None
    title = (headlines or candidates)[-1]
    at = block.index(title)
    opened = at > 0 and block[at - 1].startswith("关于") and not title.startswith("关于")
    # (金山区产业园区2025年三季度 ↵ 经济运行分析报告: a report's kind, after the period it is of)
    opened = opened or (
        at > 0
        and _ENDS_ON_A_PERIOD.search(block[at - 1]) is not None
        and bool(_KIND_OF_REPORT.fullmatch(title))
    )
    if at and (_TITLE_GOES_ON.match(title) or opened) and block[at - 1] in headlines:
        # 芜湖市“十四五”制造业高质量发展规划 ↵ 实施情况中期评估报告: a headline wrapped on a cover
        # (关于2024年度郎溪经济开发区工业企业 ↵ 亩均效益综合评价结果的报告: a notice's, after its 关于)
        title = block[at - 1] + title
        if at > 1 and _TITLE_BREAKS_OFF.search(block[at - 2]) and block[at - 2] in headlines:
            # 宜昌市猇亭区国民经济和社会发展 ↵ 第十四个五年规划和… ↵ 实施情况中期评估报告: in three
            title = block[at - 2] + title
    elif (
        at and _PERIOD_ALONE.fullmatch(period := _PERIOD_LABEL.sub("", title)) and block[at - 1] in headlines
    ):
        # 芜湖市经济运行数据看板 ↵ 2026年1—10月: the headline, and the months it reports on (or
        # 统计期：2025年1-9月（累计）, the months labelled)
        title = f"{block[at - 1]} {period.strip()}"
    return title


#: a section's label alone on its line (【今日关注】), no headline
_SECTION_LABEL = re.compile(r"【[^】]{2,8}】")
#: a bulletin's name (包头市经济运行晨报, 统计月报)
_BULLETINS_NAME = re.compile(r"(?:晨报|日报|周报|旬报|月报|季报|快报|简报|专报|通报|要情)$")
#: a headline's first line that ends on the period its report is of (…2025年三季度, …1—9月)
_ENDS_ON_A_PERIOD = re.compile(
    r"(?:\d{4}年度?|[一二三四]季度|前三季度|[上下]半年|(?:1\s*[-—–~至]\s*)?\d{1,2}月(?:份)?)$"
)
#: a headline's second line that names only what kind of report it is (经济运行分析报告, 工作总结)
_KIND_OF_REPORT = re.compile(r"[\u4e00-\u9fff]{0,8}(?:报告|总结|分析|公报|通报|简报|月报|季报)")
#: a site's name over its page (许昌市人民政府门户网站, 经济部全球资讯网), no headline
_SITE_NAME = re.compile(r"[\u4e00-\u9fff]{2,30}(?:门户网站|网站|官网|政府网|资讯网)")
#: a government's or its department's name alone atop its own site's page (芜湖市人民政府,
#: 江西省工业和信息化厅)
_GOVERNMENTS_SITE = re.compile(r"[\u4e00-\u9fff]{2,12}人民政府|[\u4e00-\u9fff]{2,16}(?:厅|局|委员会)")
#: an office's name alone over its page's date line (經濟部統計處 ↵ 發布日期：… ↵ the release's title)
_OFFICE_MASTHEAD = re.compile(r"[\u4e00-\u9fff]{2,16}(?:统计处|统计局|统计暨普查局|政府统计处)")
#: a red-header document's issuing body over its number (柳市镇人民政府文件, 浙江省经济和信息化厅文件)
_RED_HEADER = re.compile(r"[\u4e00-\u9fff（）()、]{4,40}文件")
#: a cover's line of who edited or printed it (龙南经济技术开发区管理委员会  编印)
_EDITED_BY = re.compile(r"\s(?:编印|编制|编|印发|制)\s*$")
#: a speech's byline: the speaker's post and name, the name perhaps spaced out (区长  顾  明)
_SPEAKERS_BYLINE = re.compile(
    r"[\u4e00-\u9fff（）、]{0,30}(?:书记|主任|市长|区长|县长|省长|镇长|局长|厅长|部长|主席|理事长|董事长|总经理)"
    r"\s*[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,2}"
)
#: a report's front-matter heading under its title (关于本报告, 前言, 目录): no headline
_FRONT_MATTER = re.compile(r"\s*(?:关于本报告|报告说明|编制说明|前言|序言|卷首语|目录|摘要)\s*")
#: a line that is a period alone (2026年1—10月, 2025年度), under the headline it dates
_PERIOD_ALONE = re.compile(
    r"\s*(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月份?|\s*\d{1,2}\s*月份?"
    r"|[一二三四]季度|上半年|前三季度|度)?\s*"
)
#: a period's label on its line under a headline (统计期：), and the months' sum said after it (（累计）)
_PERIOD_LABEL = re.compile(
    r"^\s*(?:统计期|报告期|统计时段|统计时期|数据期)\s*[：:]\s*|\s*[（(]累计[)）]\s*$"
    r"|^\s*[（(](?=[^（）()]+[)）]\s*$)|[)）]\s*$"  # (（2024年度）: the period in brackets)
)
#: a cover's line of the month a report came out, in words (二〇二五年四月, its year in digits by now)
_COVER_MONTH_IN_WORDS = re.compile(r"\s*((?:19|20)\d{2})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*")
_MONTH_ONLY = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d)")
#: a line of the month a book was printed in (2025年10月出版), under its title and editors
_PRINTED_IN = re.compile(r"\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(?:出版|印刷|编印|印发)\s*")


def _month_end_of(month: re.Match[str]) -> date | None:
    """The last day of the month a match names as its year and month groups, else None."""
    return _month_end(int(month.group(1)), int(month.group(2)))


def _month_end(year: int, number: int) -> date | None:
    """The last day of month ``number`` of ``year``, else None (no such month)."""
    return safe_date(year, number, calendar.monthrange(year, number)[1]) if 1 <= number <= 12 else None


def _published_on(lines: list[str]) -> date | None:
    """A date printed after a publication label (发布日期: 2024-06-03 23:04:30) or before the source."""
    label = _cue("published_label")
    written: date | None = None  # 成文日期：… (the day it was signed), if no day of publication follows
    for line in lines[:_HEADER_LINES] + lines[-_FOOTER_LINES:]:
        stamp = _STAMP_LINE.match(line)
        if stamp:
            return safe_date(*(int(group) for group in stamp.groups() if group is not None))
        labels = list(label.finditer(line))
        signed = next((m for m in labels if m.group().startswith(_SIGNED_LABELS)), None)
        signed_on = re.match(_DATE, line[signed.end() :]) if signed is not None else None
        if signed_on is not None:
            # 成文日期：2025年07月11日 ↵ … 发布日期：2025年07月15日: the page came out on the later day
            written = written or safe_date(*(int(group) for group in signed_on.groups()))
            if len(labels) == 1:
                continue  # (nor is the line a byline, whatever it names before the date)
        for match in labels:
            if line[: match.start()].endswith(("留言", "提问")) or match is signed:
                continue  # 留言时间：… on a message board: when the question came, not the reply
            found = re.match(_ERA_BEFORE_YEAR + _DATE, line[match.end() :])
            if found:
                return safe_date(*(int(group) for group in found.groups()))
            if _DATE_IN_WORDS.match(line, match.end()):
                # (播出时间：2025年十二月二十六日 reads in digits already, see _date_in_digits: a date
                # still in words names no month or day that could be)
                return None
            month = _MONTH_ONLY.match(line, match.end())
            if month:
                return _month_end_of(month)  # 出版时间：2025年10月 (a yearbook's): out by the month's end
        printed = _PRINTED_IN.fullmatch(line)
        if printed:
            return _month_end_of(printed)  # 盐城统计年鉴—2025 ↵ …编 ↵ 2025年10月出版: out by the month's end
        worded = _COVER_MONTH_IN_WORDS.fullmatch(line)
        in_words = _small_number(worded.group(2)) if worded is not None else None
        covered = _month_end(int(worded.group(1)), in_words) if worded is not None and in_words else None
        if covered is not None:
            return (
                covered  # …发展报告 ↵ 常州市统计局 ↵ 二〇二五年四月: a report's cover dates it by its month
            )
        stamped = _STAMPED.search(line) if _cue("source_label").match(line) or _BYLINE.match(line) else None
        if stamped:
            # 来源：湖南日报　作者：记者 周雅琴　2026-03-17 07:32:15 (or 经济观察报 记者 何川　2026-04-18
            # 08:15): the byline's time stamp
            return safe_date(*(int(group) for group in stamped.groups() if group is not None))
    return written


#: the labels of the day a government document was signed, not published (成文日期, 发文日期)
_SIGNED_LABELS = ("成文日期", "发文日期")


#: a page's address saved with its text, and the day of publication a site writes into it
#: (…/202511/t20251118_5312764.html, …/art/2025/11/18/art_1234_567.html, …/2025-11/18/c_1.htm)
_URL = re.compile(r"https?://\S+")
_DAY_IN_A_URL = re.compile(
    r"(?<!\d)(20\d{2})(?:(0[1-9]|1[0-2])([0-3]\d)|[-/](\d{1,2})[-/](\d{1,2}))(?=[/_.])"
)


def _published_in_the_url(lines: list[str]) -> date | None:
    """The day in the address of a saved page that prints its date nowhere else."""
    for line in lines[:_HEADER_LINES] + lines[-_FOOTER_LINES:]:
        for url in _URL.findall(line):
            day = _DAY_IN_A_URL.search(url)
            if day is not None:
                return safe_date(*(int(group) for group in day.groups() if group is not None))
    return None


def _published_in_the_title_year(lines: list[str], title: str | None) -> date | None:
    """发布时间：12月19日 under …2025年工作总结: a page that prints its day without the year,
    in the one year its title names (a review's year ends on no later day than December's)."""
    years = {int(year) for year in re.findall(r"((?:19|20)\d{2})\s*年", title or "")}
    if len(years) != 1:
        return None
    label = _cue("published_label")
    for line in lines[:_HEADER_LINES]:
        for match in label.finditer(line):
            day = _MONTH_DAY.match(line, match.end())
            if day is not None:
                return safe_date(years.pop(), int(day.group(1)), int(day.group(2)))
    return None


#: a day without its year (12月19日)
_MONTH_DAY = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def _doc_number(lines: list[str]) -> str | None:
    """The document's own number: one standing on its own line, not one cited in the body."""
    for line in lines[:30]:
        bare = re.sub(r"^(?:发文字号|文号)\s*[:：]\s*", "", line)
        if DOC_NUMBER.fullmatch(bare):
            return re.sub(r"\s+", "", bare)
    return None


def _issuer(lines: list[str], text: str) -> str | None:
    """Signature of a notice, else the labelled source, else a press conference's organiser."""
    for index, line in enumerate(lines[1:], start=1):
        if _DATE_LINE.match(line) and not _PROSE.search(lines[index - 1]):
            candidate = lines[index - 1]
            if _ORGANISATION.fullmatch(candidate) and not _is_meta_line(candidate):
                return candidate
    label = _cue("source_label")
    for line in lines:
        match = label.search(line)
        if match:
            # (（来源：市统计局；数据截至10月）: the source up to the clause after it)
            value = re.split(r"[\s；;，,)）】]", line[match.end() :].strip())[0]
            value = _cue("source_suffix").sub("", value)
            if value:
                return value
    organizer = _PRESS_ORGANIZER.search(text[:_HEAD_CHARS])
    return organizer.group(1) if organizer else None


# --- document type -------------------------------------------------------------


def _doc_type(title: str | None, text: str) -> str:
    """Highest-scoring type by weighted cues in title, lede and body; ``other`` below a floor."""
    head = text[:_HEAD_CHARS]
    scores = dict.fromkeys(DOC_TYPES, 0.0)
    for value, where, pattern, weight in _cues("doc_type"):
        if where == "title":
            hits = 1 if title and pattern.search(title) else 0
        elif where == "head":
            hits = 1 if pattern.search(head) else 0
        else:
            hits = min(len(pattern.findall(text)), _MAX_CUE_HITS)
        scores[value] += weight * hits
    best = max(DOC_TYPES, key=lambda doc_type: scores[doc_type])
    return best if scores[best] >= _MIN_TYPE_SCORE else "other"


# --- region --------------------------------------------------------------------


@cache
def _region_by_code() -> dict[str, _Region]:
    return {region.code: region for region in _regions()}


@cache
def _country() -> str:
    return next(region.name for region in _regions() if region.level == "country")


@lru_cache(maxsize=1)
def _regions() -> tuple[_Region, ...]:
    return tuple(_Region(**row) for row in load_csv("regions"))


#: a national body, as its masthead or a title's issuer writes it (工业和信息化部办公厅关于…)
_NATIONAL_BODY = re.compile(
    r"(?:中华人民共和国)?(?:工业和信息化部|国家统计局|国务院(?:新闻办公室)?|国家发展和改革委员会|国家发展改革委"
    r"|商务部|财政部|科学技术部|海关总署|国务院国有资产监督管理委员会|国家能源局)(?:办公厅)?"
)


#: a story's lead that says what a national body told the reporter (记者从工业和信息化部获悉)
_LEARNED_FROM = re.compile(rf"(?:记者|本报)[^，。\n]{{0,6}}从{_NATIONAL_BODY.pattern}[^，。\n]{{0,8}}获悉")
#: a headline in a province's own voice (前10月我省规上工业增加值增速居全国第4位)
_SPEAKS_FOR_ITS_PROVINCE = re.compile(r"[我本全]省")


def _from_a_national_body(title: str | None, text: str) -> bool:
    """Whether the page's masthead (one of its first lines) or its title's issuer is a
    national body: a whole line that names one, or a title that opens with one and 关于."""
    if any(_NATIONAL_BODY.fullmatch(line.strip()) for line in text.split("\n", 3)[:3]):
        return True
    if _LEARNED_FROM.search(text, 0, _LEAD_CHARS):
        return True  # 记者从工业和信息化部获悉：截至2025年底，全国已累计认定…: the body's own account
    issuer = _NATIONAL_BODY.match(title or "")
    return issuer is not None and (title or "").startswith("关于", issuer.end())


#: the place a statistics database's query was run for, on a line of its own labels (地区：宁德市)
_REGION_LABEL = re.compile(r"(?m)^(?:地区|统计地区|行政区划)\s*[:：]\s*([\u4e00-\u9fff]{2,12}?)(?=\s|$)")
#: what follows a province's name that opens a headline on it (19个县, ：, ｜)
_NUMBER_OR_MARK = re.compile(r"[\d：:，,｜|\s　]")
#: a place's own name after its province's (浙江省安吉县, 江西省赣江新区)
_PLACE_OF_ITS_OWN = re.compile(r"[\u4e00-\u9fff]{1,5}?(?:县|区|市|旗|州|盟|镇|乡)")


def _region(title: str | None, text: str) -> tuple[str, str, float]:
    """The region the document speaks for, as its official full name, how it was found and
    how sure that is (0 to 1).

    The level comes from scope words (全市/我市 vs 全省/我省); the region
    itself is the most-mentioned region of that level, with the title counting
    extra. A city document often cites its province as a benchmark (居全省首位),
    so the level is decided first and only then the name. The method and the
    confidence are for the reader: a whole document credited to the wrong region
    is the costliest misreading there is, and the weak readings are the ones to check.
    """
    regions = _regions()
    country = _country()
    labelled = _REGION_LABEL.search(text, 0, _LEAD_CHARS)
    queried = heading_place(labelled.group(1)) if labelled is not None else None
    if queried is not None:
        # 地区：宁德市　　时间范围：2021—2024年: a database export's query says whose figures it holds
        return queried, "label", 0.9
    interviewed = _INTERVIEWED_LEADER.search(text, 0, _LEAD_CHARS)
    if interviewed is not None:
        # 以“工业强市”硬支撑扛起县域发展大旗 ↵ ——访宁国市委副书记、市长陈立峰: an interview with a place's
        # leader speaks for the place, not for the city whose paper prints it
        return interviewed.group("place"), "interviewee", 0.8
    scope: dict[str, float] = {}
    # counted over the whole text, so the scope cues open with a literal (全市(?<!居全市),
    # 市(?<=[我本]市)): Python's regex engine then jumps from one occurrence to the next,
    # where a leading lookbehind or alternation would make it try every position
    for value, _, pattern, weight in _cues("scope"):
        scope[value] = scope.get(value, 0.0) + weight * len(pattern.findall(text))
    if _TOWN_TITLE.match(title or ""):
        # 星沙街道2026年1-9月经济运行简报: a town's own bulletin, whatever its 全县 compares it to
        scope["town"] = scope.get("town", 0.0) + _TITLE_MENTION_WEIGHT
    # (the text's own mentions, and the title's that weigh more: both kept, the text read once)
    in_text, in_title = _mentions(None, text), _mentions(title, "")
    counts = {code: in_text.get(code, 0) + in_title.get(code, 0) for code in in_text.keys() | in_title.keys()}
    whole_prefecture = scope.pop("whole_prefecture", 0.0)
    if whole_prefecture and _names_autonomous_prefecture(counts):
        # 全州 is an autonomous prefecture's in a text that keeps naming one (黔南州…全州), and no one's
        # elsewhere (…亩均税收是全州工业园区平均的2倍 in a county-level city's story)
        scope["prefecture"] = scope.get("prefecture", 0.0) + whole_prefecture
    whole_area = scope.pop("whole_area", 0.0)
    if whole_area:
        # 全区 is an autonomous region's in a text that names one (广西…全区), else a district's
        # (but 2026年一季度昆都仑区重点工业企业监测情况分析 in 内蒙古: a district's own 全区)
        autonomous = _names_autonomous_region(text, counts) and not _names_a_district(title)
        level = "province" if autonomous else "district"
        scope[level] = scope.get(level, 0.0) + whole_area
    # (the headline, or a bulletin's name above its issue number: 园区经济运行周报 ↵ 2025年第12期)
    heading = title or text.lstrip().split("\n", 1)[0]
    bare_zone = _BARE_ZONE_TITLE.match(heading) is not None
    editor = _zone_editor(text) if bare_zone else None
    if editor is not None:
        # 园区招商引资工作周报 ↵ 苏州工业园区投资促进委员会办公室编: the zone that calls itself 园区
        return editor, "own_name", 0.8
    lead = _ZONE_IN_THE_LEAD.search(text, 0, _ZONE_LEAD_CHARS) if bare_zone else None
    led = lead.group("zone") if lead is not None else None
    if led is not None:
        # 开发区上半年交出亮眼“成绩单” on a city's portal ↵ …走进河北泊头经济开发区…: the zone its lead
        # names in full, of which the headline says 开发区
        return led, "own_name", 0.7
    aided = _AIDED_PLACE.search(title or "")
    if aided is not None:
        # 浙江省对口支援新疆阿克苏地区产业项目建设情况综述: the projects stand, and their figures
        # count, where the aid goes; the giver's own province is named in passing
        aided_region = _region_opening(aided.group("place"))
        if aided_region is not None:
            return aided_region[1].name, "aided", 0.7
    if _from_a_national_body(title, text) and not in_title:
        # 工业和信息化部办公厅关于…评估情况的通报, under the ministry's masthead: the country's text,
        # however often it names the cities it ranks (unless its title names a place)
        return country, "national_body", 0.9
    # (the headline, or its subtitle: ——走进日照岚海精品钢基地)
    headlines = (title or "") + "".join(line for line in text.split("\n", 4)[:4] if line.startswith("——"))
    visited = _VISITED.search(headlines) if sum(scope.values()) <= _IN_PASSING else None
    seat = _seat(_LIES_IN_PLACE.search(text, 0, _LEAD_CHARS)) if visited else None
    seat = (
        seat
        or _cluster_seat(title, text)
        or _firms_home_base(title, text)
        or _interviewed_firms_seat(headlines, text)
        # (瓦特曼液压系统（湘潭）有限公司…今天发布2024年度经营情况, no 全市 or 全省: the plant's press
        # release, of the city its firm's name holds)
        or (_city_in_firms_name(text) if not any(scope.values()) else None)
        # (湖南省潇湘工业控股集团有限公司 ↵ 首页 > 新闻中心 > 集团要闻: a group's own site, of the place
        # its registered name opens with)
        or (_place_opening_firms_masthead(text) if not any(scope.values()) else None)
    )
    if seat is not None:
        # 走进日照岚海精品钢基地 ↵ 这座位于山东省日照市岚山区…的钢铁基地: a feature on a plant
        # speaks for where it stands, though it says 全市 or 全省 in passing
        return seat, "seat", 0.6
    accounts_zone = _accounts_own_zone(text)
    if accounts_zone is not None:
        # 原创 广德经开区 广德经开区发布 ↵ …安徽广德经济开发区地处…: the zone's own account, which names
        # the zone in full in its text, whatever 安徽 or 全市 it says in passing
        return accounts_zone, "own_name", 0.8
    own_zone = _zone_of(title, "") if title else None
    if (
        own_zone is not None
        and title
        # (锦州高新区半导体材料产业园…调研报告: a park inside the zone, the zone's under its short name)
        and (title.startswith(own_zone) or (_ZONES_PARK.search(title) and _opens_on_a_zone(title)))
        # (芜湖经济技术开发区　园区概况（一页纸）: the zone's own fact sheet)
        and (_ZONE_COMMITTEE.search(text) or _ZONES_PARK.search(title) or _ZONES_PROFILE.search(title))
        # (园区位于湖北省荆州市公安县: a zone that says where it lies is that county's, below)
        and not _lies_in_a_county(text)
    ):
        # 烟台经济技术开发区国家生态工业示范园区建设绩效评估报告, from its 管理委员会: the zone's own
        # report, whatever national standard (国家…) it is measured by
        return own_zone, "own_name", 0.8
    cover = text.lstrip().split("\n", 1)[0].strip()
    # (平湖经济技术开发区管理委员会文件: the red header of a notice its committee issues; but a
    # county's zone reporting to 县人民政府 is the county's platform, its figures the county's)
    cover = _COMMITTEES_HEADER.sub("", cover) if not _TO_THE_COUNTY.search(text) else cover
    covered = _zone_of(cover, "") if _ZONE_AT_START.fullmatch(cover) else None
    if covered is not None and _ZONE_COMMITTEE.search(text) and not _lies_in_a_county(text):
        # 龙南经济技术开发区 ↵ 投 资 指 南 ↵ … ↵ 龙南经济技术开发区管理委员会  编印: a cover that
        # names the zone alone on its first line, its committee's booklet
        return covered, "own_name", 0.8
    levels = _level_order(scope)
    headed = _headed_by_a_province(regions, title, in_title)
    headline_city = _headed_by_a_city(regions, title, in_title)
    if headline_city is not None and levels[:1] == ["province"] and scope["province"] <= _IN_PASSING:
        # 前三季度烟台港新能源汽车滚装出口突破20万辆 …占全省港口…的七成以上: the city's story, its
        # province said as a benchmark in passing
        return headline_city, "title", 0.6
    accounts_city = _city_of_its_account(regions, in_title, text) if levels[:1] == ["province"] else None
    if accounts_city is not None:
        # 两会声音丨…挺起岳阳工业“脊梁” ↵ 原创  岳阳日报全媒体  岳阳发布: the city's own account on
        # the city its headline names, whatever 高于全省…居全省第3位 it says as benchmarks
        return accounts_city, "masthead", 0.7
    if headed is not None and levels[:1] != ["province"]:
        # 浙江19个县（市）入围2025赛迪百强县: the province's story, however often it quotes its
        # counties' 全市 and 全县 (or the country's 全国 as a benchmark)
        return headed, "title", 0.7
    # Without scope words a region must be named repeatedly: a national text lists provinces once each.
    floor = 1 if levels else _MIN_MENTIONS_WITHOUT_SCOPE
    # (or a firm that discloses its report: 泰锋液压披露2026年第三季度报告, a listed firm named bare)
    quoted = not levels and (
        _STOCK_CODE_IN_BRACKETS.search(text, 0, _FIRMS_NAME_HEAD) is not None
        or _REPORT_DISCLOSED.search(text, 0, _FIRMS_NAME_HEAD) is not None
    )
    headquarters = headquarters_city(text) if quoted else None
    if headquarters is not None:
        # 恒骏股份（301596）披露2024年年度报告 … 总部位于广西柳州: a paper's story on one listed firm
        # speaks for the city the firm's headquarters stand in, whatever 国内 it says of its market
        return headquarters, "seat", 0.6
    if not levels and scope.get("country", 0.0) > 0:
        # (or a firm's own annual report: 江西瑞锂新能源科技股份有限公司2024年年度报告)
        listed = _LISTED_FIRMS_NOTICE.search(text[:_PAGE_HEAD_CHARS]) is not None or bool(
            _FIRMS_REPORT.search(title or "")
        )
        address = _HOME_CITY.search(text) if listed else None
        # (住所：…苏州市吴江区…: the district it names; a registered address, 注册地址, is the city's)
        home = _seat(address, county="地址" not in address.group()[:8]) if address is not None else None
        if home is not None:
            # 证券代码：301592 … 关于投资建设…项目的公告, 住所：浙江省嘉兴市平湖市…: a listed firm's
            # notice speaks for the city it stands in, whatever 国内 it says of its market
            return home, "seat", 0.6
        zone = _zone_of(title, "") if title else None
        if zone is not None:
            # 遂宁经济技术开发区2024年度发展报告（投资者版）: a zone's own report, whatever 国家级经开区
            # and 全国 it says of its rank, and no 全区 in it (it says 园区)
            return zone, "own_name", 0.7
        # 我国软件业…: a national text that lists provinces (北京、广东…) speaks for the country;
        # but one that names a single place over and over may be that place's, quoting 国务院
        named = _most_mentioned(regions, "province", counts, _NAMED_OFTEN) or _most_mentioned(
            regions, "prefecture", counts, _NAMED_OFTEN
        )
        body_site = _site_body_region(text) if not named else None
        if body_site is not None:
            # 经济部统计处 ↵ … 10月工业生产指数为128.46…国内…: a place's own body, whose 国内 is its own
            return body_site, "masthead", 0.6
        if not named and "我国" in text and _COUNTED_IN_TAIWANS_CURRENCY.search(text):
            # 经贸新报 ↵ …2024年我国半导体设备出口值达185.3亿美元…若以新台币计价…: Taiwan's own paper
            return TAIWAN, "currency", 0.6
        return country, "country_words", 0.5 if named else 0.9
    if (
        levels
        and levels[0] == "province"
        and not _SPEAKS_FOR_ITS_PROVINCE.search(title or "")
        # (浙江省前三季度工业经济运行情况梳理 over a table of five provinces: the one it names first)
        and not _opens_on_a_province(regions, title)
        and _compares_provinces(regions, in_text)
    ):
        # 江苏、浙江、山东、广东…, each a section with its own 全省: a national paper's round-up
        # (not a headline's 前10月我省…居全国第4位 over a table of every province)
        return country, "several_provinces", 0.6
    if levels and levels[0] == "town":
        # 桐琴镇…全镇 under the county's masthead: a town speaks for itself, as a county does
        town = _unlisted_region("town", title, text) or _town_named_most(text)
        if town is not None:
            return _with_its_county(town, text), "own_name", 0.8
        levels = levels[1:]
    titled = (
        _whole_of_the_title(regions, in_title, scope, title) if levels and levels[0] == "county" else None
    )
    if titled is not None:
        # 湖北省十四届人大五次会议…“代表通道”实录: a province's text, in which one speaker's county
        # says 全县 more often than the others say 全省
        return titled, "title", 0.7
    toured = (
        _province_of_counties(text)
        if levels[:1] == ["county"] and scope.get("province", 0.0) * _county_weight() >= scope["county"]
        else None
    )
    if toured is not None:
        # 安徽推动县域经济提质扩量: 肥西县…全县…；长丰县…全县…；天长市…, 全省 said as often as 全县:
        # the province's story, touring its counties, each with its own 全县
        return toured, "several_counties", 0.6
    if levels and levels[0] == "county":
        # regions.csv lists no counties: a county speaks for itself, never for its city
        county = _autonomous_in_full(_unlisted_region("county", title, text), text)
        if county is not None:
            return county, "own_name", 0.8
        county = _autonomous_in_full(_sole_county(text), text)
        if county is not None:
            return county, "named_once", 0.6
        local = _local_paper_place(text, levels)
        if local is not None:
            return local, "masthead", 0.7  # (原创　长兴发布 ↵ …全县…: the county's own account)
        titled_county = _county_titled_short(title, text)
        if titled_county is not None:
            # 奋力谱写中宁高质量发展新篇章 ↵ ——在全县经济工作会议上的讲话: the county its headline names
            # by its short name, which the text repeats
            return titled_county, "title", 0.6
        if not (title and (_zone_of(title, "") or _zone_of_subtitle(text))):
            return UNNAMED_COUNTY, "unnamed", 0.3
        # (沭阳经济技术开发区2025年工作总结…, 全县 said as its benchmark: the zone's, below)
    # (only under a headline that names an area: the text's head is read for no other)
    area = _FREE_TRADE_AREA.search("\n".join(text.split("\n", 6)[:6])) if title and "片区" in title else None
    if area is not None and title and area.group("area") + "片区" in title:
        # 宜昌片区上半年… under 中国（湖北）自由贸易试验区宜昌片区管理委员会: the area's own text
        return area.group(0), "own_name", 0.8
    titled = (_zone_of(title, "") or _zone_of_subtitle(text) or _zone_after_kicker(title)) if title else None
    if (
        titled is not None
        and levels
        and levels[0] == "province"
        and scope["province"] >= _PROVINCE_WIDE
        # (not 应城高新区管委会2025年工作总结…: the zone's committee's own report, whatever 全省 it says)
        and not _ZONE_COMMITTEE.search(title or "")
    ):
        # 南昌经开区蝉联第一 21个开发区获评A类 over 全省开发区…: a headline's zone in the province's news
        titled = None
    zone = titled or (_zone_of(None, text) if levels and levels[0] == "district" else None)
    if zone is not None:
        # 宝鸡高新区上半年经济运行稳中有进: a text about a zone, or its committee's (…管理委员会…全区)
        return zone, "own_name", 0.8 if titled else 0.7
    district = _unlisted_region("district", title, text) if levels and levels[0] == "district" else None
    if district is not None:
        # 区委、区政府…全区: nor does it list districts (滨海新区 speaks for itself, not for 天津市)
        return district, "own_name", 0.7
    local = _local_paper_place(text, levels) if levels and levels[0] == "district" else None
    if local is not None:
        # 原创 襄州融媒 襄州发布 ↵ …全区…: a district's own account, which names it in short only
        return local, "masthead", 0.7
    # (a firm's own report stands where its seat is, whatever 全省 it says in passing)
    address = _HOME_CITY.search(text) if not levels or _FIRMS_REPORT.search(title or "") else None
    own_page = address is None and not levels and _LISTED_FIRMS_OWN.search(text, 0, _LEAD_CHARS * 2)
    named_seat = (
        _HEADQUARTERS_BY_SHORT_NAME.search(text)
        if own_page
        # (报告范围涵盖公司十堰总部及襄阳…生产基地: a firm's report names its seat with 公司 before it)
        else _FIRMS_OWN_HEADQUARTERS.search(text)
        if address is None and not levels
        else None
    )
    named_region = _heading_region(named_seat.group(1)) if named_seat is not None else None
    seat = named_region.name if named_region is not None and named_region.level == "prefecture" else None
    if seat is not None:
        # 福建岩田环保装备股份有限公司（证券简称：岩田环保，证券代码：603917）…龙岩总部智能制造基地…: a
        # listed firm's own page speaks for the city of its headquarters
        return seat, "seat", 0.6
    # (a plant's district is its report's, 生产基地位于…吴江区; a listed firm's registered address
    # names its city's district in passing, 注册地址：浙江省宁波市北仑区…)
    home = _seat(address, county="地址" not in address.group()[:8]) if address is not None else None
    if home is not None:
        # 公司总部及主要生产基地位于江苏省常州市, 公司注册地址：浙江省湖州市…: a firm's own report (or
        # a feature on one plant) speaks for where it stands, not for the province its name holds
        return home, "seat", 0.6
    if not levels:
        # 罗湖区黄金珠宝产业集群…报告 with no scope words: the district or county its headline opens on
        # (regions.csv lists neither), not the city it names with it
        for level in ("district", "county"):
            own = _unlisted_region(level, title, text)
            if own is not None and (title or "").startswith(own):
                return own, "own_name", 0.7
    if not levels and _compares_cities_of_provinces(regions, in_text):
        # 2023年GDP十强城市出炉 …上海、北京、深圳、广州… with no scope words: the country's ranking
        # of its cities, each named alike
        return country, "several_cities", 0.6
    if not levels and _lists_provinces(regions, counts):
        # 江苏  18426 ↵ 浙江  15873 ↵ 广东  16210 …, a bank's note with no scope words: the country's,
        # which it compares province by province
        return country, "several_provinces", 0.6
    if (
        levels[:1] == ["province"]
        and not in_title
        and (
            scope["province"] <= _IN_PASSING
            # (多地工业用电稳中有升 …江苏…全省…广东…浙江…全省…河北…全省: each province's 全省 said in
            # its own passage of a national round-up)
            or (
                _lists_many_provinces(regions, counts)
                and scope["province"] < _provinces_named(regions, counts)
                and "我省" not in text  # (前10月我省规上工业增加值增速居全国第4位: the province's own)
            )
        )
        and (
            scope.get("country", 0.0) > scope["province"]
            or _lists_many_provinces(regions, counts)
            or (scope["province"] <= 1 and _lists_provinces(regions, counts))
        )
    ):
        # 新华社西宁8月14日电 …我国光伏制造端… ↵ …青海省上半年…，目前全省…: a national story under a
        # headline that names no place, one province's 全省 said in one passage of it (or that names
        # six provinces or more alike: 广东、浙江、山东连接设备分别达到…; or five, with 全省 said once:
        # 部分省份1—2月工业用电量情况 ↵ 广东 812.7 ↵ 江苏 865.4 …, 带动全省…)
        return country, "country_words", 0.6
    local = _local_paper_place(text, levels) or _headline_place(title, text, levels)
    if local is not None:
        # 今日玉环 ↵ …全市水暖阀门行业…: a county-level city's own paper, whatever province a firm's
        # name holds (浙江恒锐阀门集团)
        return local, "masthead", 0.7
    if levels[:1] == ["prefecture"] and (
        _compares_cities_of_provinces(regions, in_text) or _compares_counties_of_provinces(text)
    ):
        # 2025年工业十强城市：深圳守住榜首，苏州与上海差距缩至343亿元: a national paper's ranking of
        # cities, each with its own 全市, none of them the text's (or of county-level cities:
        # 百强县…8个县级市…昆山…江阴…晋江…)
        # (counted in the text alone: a headline naming the first two, 深圳…稳居第一，重庆增长1.2倍,
        # does not make them the text's)
        return country, "several_cities", 0.6
    cities_in_passing = (
        max((n for code, n in counts.items() if _region_by_code()[code].level == "prefecture"), default=0)
        <= 1
        and not in_title
    )
    if (
        levels
        and levels[0] == "prefecture"
        and (
            scope.get("country", 0.0) > _COUNTRY_OVER_ONE_PASSAGE * scope[levels[0]]
            # (…我国国家先进制造业集群总数达到110个… with 合肥市's 全市 said once, and each city
            # named once: the country's story, not the city it names last)
            or (
                cities_in_passing
                and scope.get("country", 0.0) >= _COUNTRY_OVER_ONE_PASSAGE * scope[levels[0]]
            )
        )
    ):
        # 我国工业母机产业… (我国 six times) with one passage on 滕州's cluster (全市 twice), no listed
        # city named: a national story, not the county-level city's
        return country, "country_words", 0.6
    # (经济部产业园区管理局 at the head of the page: a body that serves one place, naming none)
    served = _unnamed_places_body(_page_head(text))
    for level in levels or ["province", "prefecture"]:
        tally = counts
        if levels and level == "province":
            # 我省15个区入选… naming 深圳 and 佛山 over and over, and 江苏省 as the one ahead of it:
            # a province's text names its own cities, and they speak for it too
            tally = _with_cities(regions, counts)
        found = _most_mentioned(regions, level, tally, floor)
        if found is None and level == "prefecture" and levels[:1] == ["prefecture"]:
            # 江州市经济和信息化局关于…的报告 ↵ …全市… naming 安徽省 once, in a plan's title: the text of
            # a city regions.csv lacks, not of the province it names
            unlisted = _unlisted_region("prefecture", title, text)
            # (渌州市人民政府门户网站 ↵ …市政府新闻办举行…全市…新闻发布会: the city's own site, or its
            # other bodies', 浙江省临澄市人大常委会网站)
            if unlisted and (
                (title or "").startswith(unlisted)
                or _published_by(unlisted, text)
                or re.search(re.escape(unlisted) + _OWN_BODY, _page_head(text)) is not None
            ):
                return unlisted, "own_name", 0.8
        if found is not None and served is not None and _region_by_code()[found.parent_code].name == served:
            # 经济部产业园区管理局 ↵ …屏东科技产业园区… named more than the island: the page of the
            # place's own body, which speaks for all of it, naming the cities its parks stand in
            return served, "masthead", 0.7
        government = _governments_page(text) if found is not None and not levels else None
        if (
            government is not None
            and found is not None
            and counts.get(government.code, 0) >= _OWN_GOVERNMENT_MENTIONS
        ):
            # 香港特別行政區政府　新聞公報 ↵ …自台灣…: the page of the place's own government, which
            # names it again in its text, speaks for it, however often it names a trading partner
            return government.name, "masthead", 0.7
        if found is not None and not levels:
            return found.name, "mentions", 0.6
        own = _unlisted_region(level, title, text) if found is not None and level == "prefecture" else None
        if (
            found is not None
            and own is not None
            and (
                text.count(own[:-1]) > counts[found.code]
                or (title or "").startswith(own)
                or _published_by(own, text)
            )
        ):
            # 天长市人民政府新闻办公室…天长 named 20 times, 合肥 once: the county-level city's own text
            # (昆山市2025年上半年经济运行情况分析, 全市 its own, 苏州市 named as its benchmark; 信息来源：
            # 如皋市统计局 over 全市…高于南通市, 居南通第2位: its bureau's, 南通市 its benchmark)
            return own, "own_name", 0.8
        county_city = (
            _county_city_named_most(found.code, counts[found.code], text)
            if found is not None and level == "prefecture"
            else None
        )
        if found is not None and county_city is not None:
            # ——2024年神木市工业经济年度观察 … 全市…, 神木 named 23 times, 榆林 once: the county-level
            # city's story, its 全市 its own and its prefecture its benchmark
            return county_city, "own_name", 0.7
        if found is not None:
            # 佛山 named 5 times, 包头 4: a text about several places of a level, read as one's
            by_code = _region_by_code()
            rival = max(
                (n for code, n in tally.items() if code != found.code and by_code[code].level == level),
                default=0,
            )
            contested = rival >= _MIN_MENTIONS_WITHOUT_SCOPE and tally[found.code] < 2 * rival
            # (哈尔滨日报数字报 ↵ …我市规上工业增速跻身第一方阵, naming 宁波 more often: the paper's own
            # city, which it calls 我市)
            own_paper = level == "prefecture" and "我市" in text
            site = _site_city(text) if contested or own_paper else None
            if site is not None and site.level == level and (own_paper or tally.get(site.code, 0) >= rival):
                # 襄阳市人民政府门户网站 ↵ 前三季度我市工业…领跑周边城市, naming 宜昌 once more than
                # 襄阳: the city whose site, or whose daily, the page is
                return site.name, "masthead", 0.8
            return found.name, "scope_words", 0.5 if contested else 0.9
        if level == "province" and levels:
            # 全省…工作会议在成都召开: a provincial text that names no province but its cities
            # speaks for the province of the city it names most
            city = _most_mentioned(regions, "prefecture", counts, floor)
            if city is not None:
                province = _region_by_code()[city.parent_code].name
                return province, "province_of_city", 0.7
    if levels and levels[0] == "prefecture":
        unlisted = _unlisted_region("prefecture", title, text)
        if unlisted:
            return unlisted, "own_name", 0.8
    if levels and scope[levels[0]] > scope.get("country", 0.0):
        # 全市… in a text that names no city: 全国 would credit its figures to the nation
        return _UNNAMED[levels[0]], "unnamed", 0.3
    government = _governments_page(text)
    if government is not None and government.level == "province":
        # 澳門特別行政區政府 統計暨普查局 ↵ … ↵ 2025年第二季工業生產指數…: the page of the place's own
        # government, which names the place nowhere else
        return government.name, "masthead", 0.6
    province_site = _site_province(text)
    if province_site is not None:
        # 安徽省人民政府国有资产监督管理委员会 ↵ … ↵ 省属企业累计实现营业收入…: the page of a province's
        # body that speaks of the province's own (省属, 省国资委) without naming it again
        return province_site, "masthead", 0.7
    body_site = _site_body_region(text)
    if body_site is not None:
        # 澳门特别行政区政府统计暨普查局 ↵ … ↵ 2024年第3季工业生产总指数为88.6: the release of a place's
        # own body, on its site, that names the place nowhere else
        return body_site, "masthead", 0.6
    # nothing says whose text this is: the country, a fair guess for a text that names no
    # place twice or lists several alike (a national release, a survey of pilot cities), a
    # poor one for a text that names one place more than any other
    places = (region for region in regions if region.level in ("province", "prefecture"))
    times = sorted((counts.get(region.code, 0) for region in places), reverse=True)
    one_place_stands_out = times[0] >= 2 and times[0] > times[1]
    return country, "default", 0.4 if one_place_stands_out else 0.6


#: a title naming the place a province's paired assistance goes to (对口支援新疆阿克苏地区, 援疆)
_AIDED_PLACE = re.compile(
    r"对口(?:支援|帮扶|援助)(?:新疆|西藏|青海|四川|云南|贵州|甘肃|宁夏|内蒙古)?(?P<place>[\u4e00-\u9fff]{2,8})"
)
#: the line a listed firm's notice opens with (证券代码：301592　证券简称：…　公告编号：…; an exchange
#: report's summary: 公司代码：688721　公司简称：…)
_LISTED_FIRMS_NOTICE = re.compile(r"(?:证券代码|股票代码|公司代码)\s*[：:]\s*\d{6}")
#: a sum counted in Taiwan's own currency (若以新台币计价, 新台币5,942亿元), not converted into it
#: (约合新台币34兆元, as a mainland paper may): with 我国, the island's own paper speaking of itself
_COUNTED_IN_TAIWANS_CURRENCY = re.compile(r"(?<![约折合为])新台币")
#: the first characters of a page, where its code line or its account's name stands
_PAGE_HEAD_CHARS = 300
#: the title of a firm's own report (…集团有限公司2024年社会责任报告, …股份有限公司2025年半年度报告摘要)
_FIRMS_REPORT = re.compile(
    r"(?:公司|集团).{0,12}(?:社会责任报告|可持续发展报告|ESG报告|年度报告|半年度报告|季度报告)"
    # (2025年度社会责任（ESG）报告, under the firm's name: no one else writes one)
    r"|(?:社会责任|可持续发展)\s*(?:[（(]ESG[)）])?\s*报告|ESG报告"
)
#: where a firm's (or its plant's) seat is, in the firm's own words
_CITY_AND_COUNTY = (
    r"(?P<city>[\u4e00-\u9fff]{1,6}?(?:市|州(?!市)|盟))(?P<county>(?![市州])[\u4e00-\u9fff]{1,3}?(?:区|县))?"
)
#: a listed firm speaking of itself (…股份有限公司（证券简称：岩田环保，证券代码：603917）)
_LISTED_FIRMS_OWN = re.compile(r"(?:股份有限公司|集团)[（(]\s*(?:证券|股票)(?:简称|代码)")
#: a firm's headquarters, named by its city's short name (龙岩总部智能制造基地)
_HEADQUARTERS_BY_SHORT_NAME = re.compile(r"([\u4e00-\u9fff]{2,3}?)总部")
#: the firm's own headquarters, in a report of it that names no listing (公司十堰总部; not 总部位于
#: 广东惠州的…企业, another firm's)
_FIRMS_OWN_HEADQUARTERS = re.compile(r"(?:公司|集团)([\u4e00-\u9fff]{2,3}?)总部")


_HOME_CITY = re.compile(
    r"(?:(?:公司|集团|总部|注册地|生产基地|钢铁基地|产业基地|工厂|厂区)[^。；，\n]{0,10}(?:位于|坐落于|地处)"
    # (| 办公地址 | 贵州省铜仁市… |: the same in the report's table of contacts)
    r"|(?:公司)?(?:注册地址|办公地址|住所)\s*[:：|｜]\s*"
    # (an investor relations record's form: 地点　河南省新乡市…公司总部, where the firm received them)
    r"|(?m:^)地点\s*[:：\s]\s*"
    # (本集团主要于中华人民共和国浙江省宁波市从事…: where a listed firm's group does its business)
    r"|(?:公司|集团)主要于(?:中华人民共和国|中国))"
    r"[\u4e00-\u9fff]{2,7}?(?:省|自治区)" + _CITY_AND_COUNTY
)


def _seat(said: re.Match[str] | None, county: bool = True) -> str | None:
    """The city a firm or plant stands in (…位于江苏省常州市), or the district or county after
    it (…位于山东省日照市岚山区临港产业园), unless ``county`` is False (a listed firm's own report
    is its city's, whatever district its address names); None for a name that is no listed city."""
    if said is None:
        return None
    code = _region_names()[1].get(said.group("city"))
    if code is None and said.group("city") in _unique_counties("市"):
        return said.group("city")  # 位于福泉市牛场镇的…产业园: a county-level city regions.csv lacks
    if code is None or _region_by_code()[code].level != "prefecture":
        return None
    return (said.group("county") if county else None) or _region_by_code()[code].name


#: how many provinces a national round-up names
_MANY_PROVINCES = 6
#: how many provinces' counties a text that compares counties across the country names
_PROVINCES_COMPARED = 3
#: how many counties of one province a text on them names
_COUNTIES_TOURED = 3


@lru_cache(maxsize=1)
def _county_weight() -> float:
    """The weight describe_cues.csv gives a county's scope word (全县), against a province's
    全省's 1: what turns a county's scope back into how often it is said."""
    return max(weight for value, _, _, weight in _cues("scope") if value == "county")


@lru_cache(maxsize=1)
def _counties_by_name() -> tuple[dict[str, str], int]:
    """Every county's full name (three characters or more) and its province's code, a name that
    counties of two provinces share mapping to ""; and the longest name's length."""
    province_of: dict[str, str] = {}
    for row in load_csv("counties"):
        if len(row["name"]) >= 3:
            code = row["code"][:2] + "0000"
            province_of[row["name"]] = code if province_of.get(row["name"], code) == code else ""
    return province_of, max(map(len, province_of))


#: the last character of a county's name (肥西县, 天长市, 猇亭区, 鄂托克旗)
_COUNTY_NAME_END = re.compile(r"[县市区旗]")


def counties_named(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str, str]]:
    """Where the text names a county of counties.csv in full, its name and its province's code
    ("" where two provinces have one so named), in the text's order: looked up at each 县, 市, 区
    or 旗, the longest name first (a scan for every name at every character costs far more)."""
    province_of, longest = _counties_by_name()
    found = []
    for m in _COUNTY_NAME_END.finditer(text, start, len(text) if end is None else end):
        stop = m.end()
        for size in range(min(longest, stop - start), 2, -1):
            name = text[stop - size : stop]
            if name in province_of:
                found.append((stop - size, name, province_of[name]))
                break
    return found


def _province_of_counties(text: str) -> str | None:
    """The province three of whose counties or more the text names, and no other's that many."""
    named: dict[str, set[str]] = {}
    for _, name, province in counties_named(text):
        if province:
            named.setdefault(province, set()).add(name)
    toured = [code for code, names in named.items() if len(names) >= _COUNTIES_TOURED]
    return _region_by_code()[toured[0]].name if len(toured) == 1 else None


@lru_cache(maxsize=2)
def _unique_counties(level_word: str) -> frozenset[str]:
    """The places of counties.csv of one level's word (市: 福泉市, 昆山市; 区: 襄州区) whose names no
    other place shares."""
    names = Counter(row["name"] for row in load_csv("counties"))
    return frozenset(name for name, times in names.items() if times == 1 and name.endswith(level_word))


def _local_paper_place(text: str, levels: list[str]) -> str | None:
    """The place a local paper's masthead names (今日玉环), where regions.csv lists no such city,
    the text speaks for a city, county or district (全市, 全县, 全区) and names the place again
    (玉环经济开发区): its name with the level's suffix (玉环市); None for any other text."""
    masthead = _LOCAL_MASTHEAD.match(text)
    place = masthead.group("place") if masthead is not None else ""
    named_again = bool(place) and re.search(re.escape(place) + _PLACE_AFTER_NAME, text) is not None
    paper = _DATED_LOCAL_PAPER.match(text) if not place else None
    if paper is not None:
        # 营山报　2025年7月15日　星期二　第3版 ↵ …我县…: the page of a county's own paper, dated
        place, named_again = paper.group("place"), True
    citys_own = None
    if not place:
        citys_own = (_CITY_DAILY.match(text) if "我市" in text else None) or _YEARBOOK_MASTHEAD.match(text)
    if citys_own is not None:
        # 淮川日报 数字报 ↵ …我市2025年利用外资…淮川经开区…: a city's own daily (湖北日报 names a listed
        # place, which is no unlisted one's); 东沅年鉴（2025） ↵ …东沅市工业经济…: its yearbook
        place = citys_own.group("place")
        named_again = re.search(re.escape(place) + _PLACE_AFTER_NAME, text) is not None
    body = _PLACES_BODY_ATOP.match(text) if not place else None
    if body is not None:
        # 滕州市机床行业协会 ↵ 首页 ｜ 协会概况 … ↵ …全市机床行业…: a county-level city's body heading
        # its own site, whatever province its members' names hold (山东鲁岳数控机床…)
        place, named_again = body.group("place"), text.count(body.group("place")) >= _NAMED_OFTEN
    account = _pages_account(text) if not place else None
    if account is not None:
        # 原创　长兴发布　2025年07月22日 ↵ …全县…长兴工业…: a county's own account, which names its
        # place often and in short, seldom in full
        place = account[0]
        named_again = text.count(place) >= _NAMED_OFTEN
    return _unlisted_place_in_full(place, levels) if named_again else None


def _pages_account(text: str) -> tuple[str, str] | None:
    """The place a local government's own account that posts the page is named after, and the
    kind of zone it is for ("" for the place's own: 长兴发布; 经开区 for 原创 广德经开区 广德经开区发布);
    None where no such account heads the page."""
    account = _LOCAL_ACCOUNT.search(text[:_PAGE_HEAD_CHARS])
    if account is None:
        return None
    return account.group("place") or account.group("dated"), account.group("zone") or ""


def _city_of_its_account(regions: tuple[_Region, ...], in_title: dict[str, int], text: str) -> str | None:
    """The one listed city a headline names, where that city's own account posts the page (岳阳发布
    for 岳阳市); None for any other page."""
    account = _pages_account(text)
    if account is None or account[1]:
        return None
    cities = [region for region in regions if region.code in in_title and region.level == "prefecture"]
    if len(in_title) != 1 or len(cities) != 1 or not cities[0].name.startswith(account[0]):
        return None
    return cities[0].name


def _accounts_own_zone(text: str) -> str | None:
    """The zone whose own account posts the page (原创　广德经开区　广德经开区发布), by the full name
    its text gives it (安徽广德经济开发区), or in short where a city names it (自贡高新区); None where
    the text names a county's zone only in short (湖口高新区: the county's platform, whose figures the
    county's reader takes)."""
    account = _pages_account(text)
    if account is None or not account[1]:
        return None
    for named in re.finditer(re.escape(account[0]) + FULL_ZONE_KIND, text):
        # (安徽广德经济开发区, 位于广德经济开发区: the province's name opens the zone's, a verb does not)
        for start in range(max(named.start() - 2, 0), named.start() + 1):
            zone = _zone_opening(text[start : named.end()])
            if zone is not None and zone[1] == named.end() - start:
                return zone[0]
    city = _heading_region(account[0])
    if city is not None and city.level == "prefecture":
        # 原创 自贡高新区发布 ↵ …全区…高于全市…: a city's zone, not a county's platform, speaks for
        # itself though its text names it only in short
        zone = _zone_opening(account[0] + account[1])
        return zone[0] if zone is not None else None
    return None


def _unlisted_place_in_full(place: str, levels: list[str]) -> str | None:
    """A short place name regions.csv does not list (玉环, 温岭), with the suffix of the level the
    text's scope words say (全市: 玉环市); None where the scope is no city's or county's."""
    if (
        not place
        or not levels
        or levels[0] not in ("prefecture", "county", "district")
        or heading_place(place)
    ):
        return None
    if levels[0] == "district":
        # 原创 襄州融媒 襄州发布 ↵ …全区…: a district of counties.csv no other shares the name of (not
        # 广西发布's 全区, a region's)
        return place + "区" if place + "区" in _unique_counties("区") else None
    return place + ("市" if levels[0] == "prefecture" else "县")


def _lies_in_a_county(text: str) -> bool:
    """Whether the text says its zone lies in a county (位于湖北省荆州市公安县), not in a zone (产业园
    位于锦州高新区南部)."""
    lies = _LIES_IN_PLACE.search(text)
    # (位于安徽省芜湖市北部: in a city, no county; the zone's own text still; nor 位于内蒙古自治区巴彦淖尔市
    # 临河区东部: a city's district, no county whose platform the zone is)
    return (
        lies is not None
        and _ZONE_AT_START.match(lies.group(), 2) is None
        and bool(lies.group("county"))
        and not lies.group("county").endswith("区")
    )


def _opens_on_a_zone(title: str) -> bool:
    """Whether a headline opens on a zone's name, short (锦州高新区) or full."""
    return _ZONE_AT_START.match(title) is not None


#: a park or cluster a headline names after its zone (…高新区半导体材料产业园)
_ZONES_PARK = re.compile(r"(?:高新区|经开区|开发区)[\u4e00-\u9fff]{2,12}(?:产业园|产业集群|集群|园区)")
_ZONE_AT_START = re.compile(
    r"[\u4e00-\u9fff]{2,6}?(?:高新技术产业开发区|经济技术开发区|高新区|经开区|开发区)"
)
#: a zone committee's red header over the notices it issues (…管理委员会文件, …管委会文件), or
#: its name alone atop its own site's pages (四川射洪经济开发区管理委员会 ↵ 首页 | 园区概况 …), or
#: atop its committees' report (赣州经济技术开发区党工委　管委会)
_COMMITTEES_HEADER = re.compile(r"(?:党工委[ \u3000]*)?(?:管理委员会|管委会)(?:办公室)?(?:文件)?$")
#: a county's government, or the county as a whole (县人民政府：, 全县, 我县)
_TO_THE_COUNTY = re.compile(r"县人民政府|县政府|全县|我县")
#: a zone's own committee, the body that writes its reports (管理委员会, 管委会)
_ZONE_COMMITTEE = re.compile(r"管理委员会|管委会")
#: a zone's own profile or guide, titled after it (…开发区　园区概况, …投资指南)
_ZONES_PROFILE = re.compile(r"园区概况|园区简介|概况|简介|投资指南|一页纸")
#: the source line of a page (信息来源：如皋市统计局, 来源：昆山市人民政府), and the body it names
_SOURCE_LINE = re.compile(
    r"(?:信息来源|来源|发布机构|发布单位|供稿单位)\s*[:：]\s*(?P<body>[\u4e00-\u9fff]{2,20})"
)


def _published_by(place: str, text: str) -> bool:
    """Whether the page's source line, near its top, names a body of ``place`` (如皋市统计局)."""
    source = _SOURCE_LINE.search(text, 0, _LEAD_CHARS)
    return source is not None and source.group("body").startswith(place)


#: a headline that names its zone by its kind alone (园区招商引资工作周报, 开发区经济运行月报)
_BARE_ZONE_TITLE = re.compile(r"^(?:园区|开发区|高新区|经开区|新区|综保区)(?!管委会)")
#: how far into a text its lead names the zone a bare headline means, and how (走进河北泊头经济开发区)
_ZONE_LEAD_CHARS = 600
_ZONE_IN_THE_LEAD = re.compile(rf"(?:走进|来到|位于|在|于)?(?P<zone>[\u4e00-\u9fff]{{2,8}}?{FULL_ZONE_KIND})")
#: a body of the zone's that edits or issues the text (…投资促进委员会办公室编, …管委会经济发展局)
_ZONE_BODY = re.compile(r"[\u4e00-\u9fff]{0,10}(?:委员会|管委会|局|办公室|中心)")
_EDITOR_LINES = 8


def _zone_opening(text: str) -> tuple[str, int] | None:
    """The zone ``text`` opens with, under its official name, and where its name ends (see
    zones.named_zone), a longer place name accepted where a listed region's opens it."""
    pattern, _ = _region_names()
    # (应城高新区: a county-level city's zone, by the city's short name)
    return named_zone(
        text, lambda place: pattern.match(place) is not None or place in _county_city_short_names()
    )


@lru_cache(maxsize=1)
def _county_city_short_names() -> frozenset[str]:
    """The short names of counties.csv's county-level cities (应城 of 应城市) that no two of a city's
    places share (a county's zone, 郓城经济开发区, is the county's platform: see indicators)."""
    return frozenset(short for named in _county_level_cities().values() for short in named)


def _zone_editor(text: str) -> str | None:
    """The zone whose body heads the page (苏州工业园区投资促进委员会办公室编), on a line of its own
    among the first ones: the body of a zone whose headline calls it 园区."""
    for line in text.split("\n", _EDITOR_LINES)[:_EDITOR_LINES]:
        zone = _zone_opening(line.strip())
        if zone is not None and _ZONE_BODY.match(line.strip(), zone[1]):
            return zone[0]
    return None


def _headline_place(title: str | None, text: str, levels: list[str]) -> str | None:
    """The county-level city a headline opens on by its short name (温岭鞋业：一双鞋…), where the text
    says 全市 (全县), names the place often, and once at least in full (温岭市); None otherwise."""
    opening = _HEADLINE_SHORT_PLACE.match(title or "")
    full = _unlisted_place_in_full(opening.group(1), levels) if opening is not None else None
    often = full is not None and text.count(full[:-1]) >= _NAMED_OFTEN
    return full if full is not None and often and full in text else None


#: a headline's opening short place name before its topic and a colon (温岭鞋业：…)
_HEADLINE_SHORT_PLACE = re.compile(r"([\u4e00-\u9fff]{2})[\u4e00-\u9fff]{1,6}[：:]")
#: a county-level city's paper's masthead on the first line (今日玉环  2024年11月20日)
_LOCAL_MASTHEAD = re.compile(r"\s*今日(?P<place>[\u4e00-\u9fff]{2,3})(?=\s)")
#: a local paper's name and the day of its issue on the first line (营山报　2025年7月15日　星期二);
#: not a province's or a city's daily (湖北日报, 长江商报)
_DATED_LOCAL_PAPER = re.compile(
    r"\s*(?P<place>[\u4e00-\u9fff]{2,3})(?<![日晚商都时周])报[ \t\u3000]+"
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
)
#: a place's yearbook, the year of its edition after it (东沅年鉴（2025）)
_YEARBOOK_MASTHEAD = re.compile(r"\s*(?P<place>[\u4e00-\u9fff]{2,3})年鉴\s*[（(]\s*\d{4}\s*[)）]")
#: a city's daily on the first line (淮川日报 数字报)
_CITY_DAILY = re.compile(r"\s*(?P<place>[\u4e00-\u9fff]{2})日报(?=[ \t\u3000\n])")
#: a local government's own account on a social platform (原创　长兴发布, 玉环发布  2025年…)
_LOCAL_ACCOUNT = re.compile(
    # (原创 湖口高新区 湖口高新区发布: its author, then the account of the county's zone)
    r"(?m)^\s*(?:原创\s+(?:\S{2,12}\s+)?(?P<place>[\u4e00-\u9fff]{2,3})(?P<zone>高新区|经开区|开发区)?发布(?=\s|\d{4}[-年])"
    r"|(?P<dated>[\u4e00-\u9fff]{2,3})发布\s+(?:[^\n]*\s)?\d{4}[-年])"
)
#: a city's body on the page's first line, heading its own site (滕州市机床行业协会, 如皋市统计局)
_PLACES_BODY_ATOP = re.compile(
    r"\s*(?P<place>[\u4e00-\u9fff]{2,3})市[\u4e00-\u9fff]{2,16}"
    r"(?:协会|商会|联合会|统计局|委员会)[ \t\u3000]*\n"
)
#: what follows a place's short name where the text names the place (玉环经济开发区, 玉环市)
_PLACE_AFTER_NAME = r"(?:经济开发区|经济技术开发区|高新区|经开区|市|县)"


def _firms_home_base(title: str | None, text: str) -> str | None:
    """The city a firm's own report says it is based in (…立足常州总部基地…), where it gives no
    address: the report speaks for that city, whatever 我国 or 全国 it cites for its markets."""
    if not _FIRMS_REPORT.search(title or "") or _HOME_CITY.search(text):
        return None
    based = _HOME_BASE.search(text)
    return heading_place(based.group("city")) if based is not None else None


def _city_in_firms_name(text: str) -> str | None:
    """The listed city a firm's registered name holds in brackets (瓦特曼液压系统（湘潭）有限公司),
    named near the text's top; None for a name of no city."""
    named = _CITY_IN_FIRMS_NAME.search(text, 0, _FIRMS_NAME_HEAD)
    return heading_place(named.group("city")) if named is not None else None


def _place_opening_firms_masthead(text: str) -> str | None:
    """The listed province or city a firm's registered name opens with in full, where that name is
    the page's first line (湖南省潇湘工业控股集团有限公司); None for any other page."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if _FIRMS_MASTHEAD.fullmatch(first) is None:
        return None
    opening = _region_opening(first)
    if opening is None or not opening[0].endswith(("省", "市", "自治区")):
        return None
    return opening[1].name


#: a firm's registered name alone on a line (湖南省潇湘工业控股集团有限公司)
_FIRMS_MASTHEAD = re.compile(
    r"[\u4e00-\u9fff（）()]{4,30}(?:集团有限公司|股份有限公司|有限责任公司|有限公司|集团)"
)
#: how far into the text a firm's own name is looked for (a bilingual release's lede comes twice)
_FIRMS_NAME_HEAD = 1500
#: a firm's name with its city in brackets before its legal form (…（湘潭）有限公司)
_CITY_IN_FIRMS_NAME = re.compile(
    r"[\u4e00-\u9fff]{2,12}[（(](?P<city>[\u4e00-\u9fff]{2,3})[)）](?:股份有限公司|有限责任公司|有限公司)"
)


def _listed_city_opening(name: str) -> str | None:
    """The prefecture-level city a name opens with in full (吉安市电子信息产业集群 → 吉安市); None for
    a name that opens with no such city."""
    opening = _region_opening(name)
    if opening is None or not opening[0].endswith(("市", "州", "盟")):
        return None
    return opening[1].name if opening[1].level == "prefecture" else None


def _region_opening(name: str) -> tuple[str, _Region] | None:
    """The listed region a name opens with, as the name spells it, and the region; None for a name
    that opens with none."""
    pattern, code_of = _region_names()
    opening = pattern.match(name)
    return (opening.group(), _region_by_code()[code_of[opening.group()]]) if opening is not None else None


def headquarters_city(text: str, at_start: bool = False) -> str | None:
    """The listed city a firm's headquarters stand in (总部位于合肥市, 总部位于广西柳州); None where
    the text says no such city. With ``at_start``, only where ``text`` opens on it (总部位于浙江宁波的
    力拓传动前三季度…: a clause on a peer firm, named by its seat)."""
    find = re.Pattern.match if at_start else re.Pattern.search
    seat = find(_HEADQUARTERED_IN, text)
    if seat is not None:
        return heading_place(seat.group("city"))
    seat = find(_HEADQUARTERED_IN_PROVINCE, text)
    province = _heading_region(seat.group("province")) if seat is not None else None
    if seat is None or province is None or province.level != "province":
        return None
    # (总部位于福建晋江: a county-level city, by its province's short name and its own)
    city = seat.group("city")
    return heading_place(city) or county_of_province(seat.group("province") + city)


def _interviewed_firms_seat(headlines: str, text: str) -> str | None:
    """The city whose firm a paper interviews the head of (——专访昊晟新能董事长周启明 … 总部位于合肥市的
    昊晟新能): the firm's figures are its home city's, whatever other cities its plants are in."""
    return headquarters_city(text) if _FIRM_INTERVIEW.search(headlines) is not None else None


#: a headline or subtitle on an interview with a firm's head (专访…董事长, 对话…总经理)
_FIRM_INTERVIEW = re.compile(r"(?:专访|对话|访谈)[^，。\n]{1,20}(?:董事长|总经理|总裁|CEO|创始人|负责人)")
#: where a firm's headquarters are (总部位于合肥市, 总部设在宁波)
_HEADQUARTERED_IN = re.compile(
    r"总部(?:位于|设在|坐落于|在)(?P<city>[\u4e00-\u9fff]{2,3}?)市?(?=[的，。、\s])"
)
#: …总部位于广西柳州: the province's short name before the city's
_HEADQUARTERED_IN_PROVINCE = re.compile(
    r"总部(?:位于|设在|坐落于)(?P<province>[\u4e00-\u9fff]{2,3}?)(?:省|壮族自治区|自治区)?"
    r"(?P<city>[\u4e00-\u9fff]{2,3}?)市?(?=[的，。、\s])"
)
#: a listed firm's stock code in brackets after its name (恒骏股份（301596）, 宁德时代(300750.SZ))
_STOCK_CODE_IN_BRACKETS = re.compile(r"[\u4e00-\u9fff][（(](?:股票代码[：:])?\d{6}(?:\.S[HZ])?[)）]")
#: a firm's periodic report, disclosed (披露2026年第三季度报告, 发布2025年年报; not 共有186家上市公司
#: 披露了…三季报: a sector's round-up)
_REPORT_DISCLOSED = re.compile(
    r"(?<!\d家上市公司)(?<!\d家公司)"
    r"(?:披露|发布)(?:了)?(?:(?:19|20)\d{2}年)?(?:第[一三]季度报告|半年度报告|年度报告|[一三]季报|半年报|年报)"
)
#: a firm's home base, said in passing (立足常州总部基地, 依托无锡总部)
_HOME_BASE = re.compile(r"(?:立足|扎根|依托)(?P<city>[\u4e00-\u9fff]{2,3}?)(?:总部|本部)")


def _cluster_seat(title: str | None, text: str) -> str | None:
    """The place a report on one industrial cluster says the cluster stands in, in its lead
    (进贤医疗器械产业集群发展情况报告 ↵ 进贤医疗器械产业集群位于南昌市进贤县，…): the cluster's
    figures are that place's, whatever 全省 the provincial department that wrote it says."""
    for line in text.split("\n", _CLUSTER_REPORT_LINES)[:_CLUSTER_REPORT_LINES]:
        # 产业集群研究报告 ↵ 2025年第6期 ↵ 吉安市电子信息产业集群发展评估报告: a series' issue on one
        # cluster its report's own title names with its city
        report = _CLUSTER_REPORT.fullmatch(line.strip())
        city = _listed_city_opening(report.group("cluster")) if report is not None else None
        if city is not None:
            return city
    named = _CLUSTER_HEADLINE.match(title or "")
    said = _LIES_IN_PLACE.search(text, 0, _LEAD_CHARS) if named is not None else None
    if named is None or said is None:
        return None
    sentence_start = max(text.rfind(stop, 0, said.start()) for stop in ("。", "\n"))
    return _seat(said) if named.group() in text[sentence_start + 1 : said.start()] else None


#: a headline on one industrial cluster (进贤医疗器械产业集群发展情况报告)
_CLUSTER_HEADLINE = re.compile(r"[\u4e00-\u9fff]{2,14}?(?:产业集群|集群)")
#: a report's own title on one cluster (吉安市电子信息产业集群发展评估报告), among a text's first lines
_CLUSTER_REPORT = re.compile(r"(?P<cluster>[\u4e00-\u9fff]{2,14}?(?:产业集群|集群))[\u4e00-\u9fff]{0,10}报告")
_CLUSTER_REPORT_LINES = 8
#: a feature's headline on a visit to a firm or plant (走进…基地, 探访…企业)
_VISITED = re.compile(r"走进|探访|探营|走访|直击|探秘|见闻")
#: where the plant a feature visits stands, said in its lead (位于山东省日照市岚山区…)
_LIES_IN_PLACE = re.compile(r"位于(?:[\u4e00-\u9fff]{2,7}?(?:省|自治区))?" + _CITY_AND_COUNTY)
#: the lead of a feature, where it says where it is
_LEAD_CHARS = 400
#: how many times a city's scope words the country's must outnumber for a text naming no listed city
#: to be the country's
_COUNTRY_OVER_ONE_PASSAGE = 2
#: scope words said this few times are said in passing (是全省…的标志性项目之一)
_IN_PASSING = 3
#: an area of a pilot free trade zone, by its official name (中国（湖北）自由贸易试验区宜昌片区)
_FREE_TRADE_AREA = re.compile(
    r"中国[（(][\u4e00-\u9fff]{2,3}[)）]自由贸易试验区(?P<area>[\u4e00-\u9fff]{2,4}?)片区"
)
#: 全省 said this often speaks for the province, whatever zone its headline names
_PROVINCE_WIDE = 4
#: A place named this often in a text that speaks with the country's words may be the text's own.
_NAMED_OFTEN = 5


#: an interview's subtitle naming the place whose leader is asked (——访宁国市委副书记、市长陈立峰,
#: ——专访安吉县县长…)
_INTERVIEWED_LEADER = re.compile(
    r"(?:^|\n)\s*[—－-]{1,2}\s*(?:专访|访)(?P<place>[^\W全我本该各省]{1,4}?[市县区旗])"
    # (its party committee's or government's head, said right after it: not 常德经开区产业发展集团党委
    # 副书记, a firm's)
    r"(?:委(?:副)?书记|委常委|(?:人民)?政府|[市县区旗]长)"
)


def _names_autonomous_prefecture(counts: dict[str, int]) -> bool:
    by_code = _region_by_code()
    return any(
        count >= _NAMED_OFTEN
        and by_code[code].level == "prefecture"
        and by_code[code].name.endswith("自治州")
        for code, count in counts.items()
    )


def _names_a_district(title: str | None) -> bool:
    """Whether a headline names a district of counties.csv that no other place shares (昆都仑区), of
    three characters or more (not 西区, inside 中行广西区分行)."""
    return title is not None and any(len(name) > 2 and name in title for name in _unique_counties("区"))


def _names_autonomous_region(text: str, counts: dict[str, int]) -> bool:
    by_code = _region_by_code()
    return "自治区" in text or any(
        by_code[code].level == "province" and by_code[code].name.endswith("自治区") for code in counts
    )


def _headed_by_a_province(
    regions: tuple[_Region, ...], title: str | None, in_title: dict[str, int]
) -> str | None:
    """The province a headline opens with, perhaps after its period, where the headline names
    no other listed place: by its full name (2025年1—10月江西省省属企业经济运行情况), not before a
    place of its own (浙江省安吉县…, a county regions.csv lacks), or by its short name followed by a
    number or a mark (浙江19个县…, 江西：…); else None."""
    if not title or len(in_title) != 1:
        return None
    opening = _after_its_period(title)
    for region in regions:
        if region.level != "province" or region.code not in in_title:
            continue
        if opening.startswith(region.name) and not _PLACE_OF_ITS_OWN.match(opening, len(region.name)):
            return region.name
        short = region.short_name
        if short and opening.startswith(short) and _NUMBER_OR_MARK.match(opening, len(short)):
            return region.name
    return None


def _headed_by_a_city(
    regions: tuple[_Region, ...], title: str | None, in_title: dict[str, int]
) -> str | None:
    """The city a headline opens with by either name, perhaps after its period (前三季度烟台港…),
    where the headline names no other listed place, nor a zone (南通综合保税区…); else None."""
    if not title or len(in_title) != 1 or _zone_of(title, "") is not None:
        return None
    opening = _after_its_period(title)
    return next(
        (
            region.name
            for region in regions
            if region.level == "prefecture"
            and region.code in in_title
            and any(
                name and opening.startswith(name) and not _PLACE_OF_ITS_OWN.match(opening, len(name))
                for name in (region.name, region.short_name)
            )
        ),
        None,
    )


def _after_its_period(title: str) -> str:
    """A headline from its first word after the period it may open with (前三季度烟台港… → 烟台港…)."""
    period = re.match(_TITLE_PERIOD, title)
    return title[period.end() if period else 0 :]


def _opens_on_a_province(regions: tuple[_Region, ...], title: str | None) -> bool:
    """Whether the title opens with a province's full name (浙江省前三季度…)."""
    return title is not None and any(
        region.level == "province" and title.startswith(region.name) for region in regions
    )


def _compares_provinces(regions: tuple[_Region, ...], counts: dict[str, int]) -> bool:
    """Three provinces or more, each named three times or more, none twice as often as the
    third: a text about all of them, whose 全省 is each one's in turn (a province's own text
    names others once or twice, as benchmarks)."""
    times = sorted(
        (counts.get(region.code, 0) for region in regions if region.level == "province"), reverse=True
    )
    return _three_named_alike(times)


def _provinces_named(regions: tuple[_Region, ...], counts: dict[str, int]) -> int:
    """How many provinces the text names."""
    return sum(1 for region in regions if region.level == "province" and counts.get(region.code))


def _lists_many_provinces(regions: tuple[_Region, ...], counts: dict[str, int]) -> bool:
    """Six provinces or more named, none twice as often as the third: a national round-up (广东、
    浙江、山东…分别…; 四川、湖南、江西…), whatever 全省 it says once of one of them."""
    times = sorted(
        (counts[region.code] for region in regions if region.level == "province" and counts.get(region.code)),
        reverse=True,
    )
    return len(times) >= _MANY_PROVINCES and times[0] < 2 * times[2]


def _three_named_alike(times: list[int]) -> bool:
    """Whether the three most named (``times`` from the most) are each named three times or more,
    none twice as often as the third: places a text is about alike, not one and its benchmarks."""
    return len(times) >= 3 and times[2] >= 3 and times[0] < 2 * times[2]


def _compares_counties_of_provinces(text: str) -> bool:
    """Counties or county-level cities of three provinces or more (counties.csv), the three most
    named alike by their short names (昆山, 江阴, 晋江): a text that compares them, the country's."""
    named = {(name, province) for _, name, province in counties_named(text) if province}
    if len({province for _, province in named}) < _PROVINCES_COMPARED:
        return False
    return _three_named_alike(sorted((text.count(name[:-1]) for name, _ in named), reverse=True))


def _compares_cities_of_provinces(regions: tuple[_Region, ...], counts: dict[str, int]) -> bool:
    """Three cities or more (a municipality among them), each named three times or more, none
    twice as often as the third, in two provinces or more: a text that compares them, the
    country's (a city's own text names others as benchmarks, far less often than itself)."""
    cities = sorted(
        (
            (counts.get(region.code, 0), region.parent_code if region.level == "prefecture" else region.code)
            for region in regions
            if region.level == "prefecture" or (region.level == "province" and region.name.endswith("市"))
        ),
        reverse=True,
    )
    top = cities[:3]
    return _three_named_alike([times for times, _ in top]) and len({province for _, province in top}) >= 2


def _lists_provinces(regions: tuple[_Region, ...], counts: dict[str, int]) -> bool:
    """Five provinces or more named, none three times as often as the fifth: a text that compares
    them, the country's (a province's own text names itself far more often than the others)."""
    times = sorted(
        (counts.get(region.code, 0) for region in regions if region.level == "province"), reverse=True
    )
    return times[_PROVINCES_LISTED - 1] >= 1 and times[0] <= 3 * times[_PROVINCES_LISTED - 1]


#: how many provinces a text names that compares them
_PROVINCES_LISTED = 5


#: the city whose government's site a page is on, or whose daily it is from (襄阳市人民政府门户网站,
#: 来源：襄阳日报), on the page's first lines
_SITE_CITY = re.compile(
    r"^([\u4e00-\u9fff]{2,4}?)市?人民政府(?:门户网站|网站|网)|来源\s*[：:]\s*([\u4e00-\u9fff]{2,4}?)日报"
    r"|^([\u4e00-\u9fff]{2,4}?)日报(?:数字报|电子版|数字版)",  # (哈尔滨日报数字报: the daily's e-paper)
    re.MULTILINE,
)
_SITE_LINES = 8


def _page_head(text: str) -> str:
    """The page's first lines, where a site's or a body's name stands (see ``_SITE_LINES``)."""
    return "\n".join(text.split("\n", _SITE_LINES)[:_SITE_LINES])


#: a province's body whose site a page is on, on a line of its own (安徽省人民政府国有资产监督管理委员会,
#: 江西省工业和信息化厅)
_SITE_BODY = re.compile(
    r"^([\u4e00-\u9fff]{1,6}?(?:省|自治区))(?:人民政府|[\u4e00-\u9fff]{0,16}?(?:厅|委员会|局))\s*$",
    re.MULTILINE,
)
#: how a province's body speaks of the province's own (省属企业, 省国资委, 省政府)
_PROVINCES_OWN = re.compile(r"省属|省[\u4e00-\u9fff]{0,4}委|省政府|全省|我省")


def _site_province(text: str) -> str | None:
    """The province whose body's site the page is (see ``_SITE_BODY``), where the text speaks
    of the province's own; else None."""
    head = _page_head(text)
    said = _SITE_BODY.search(head)
    if said is None or not _PROVINCES_OWN.search(text):
        return None
    code = _region_names()[1].get(said.group(1))
    region = _region_by_code()[code] if code is not None else None
    return region.name if region is not None and region.level == "province" else None


#: a place's body, named in full on a line of its own (澳门特别行政区政府统计暨普查局, 广州市统计局)
_PLACES_BODY = re.compile(
    r"^([\u4e00-\u9fff]{1,8}?(?:省|市|自治区|特别行政区|自治州|县|区|旗))(?:人民政府|政府)?"
    r"[\u4e00-\u9fff]{0,16}?(?:厅|委员会|局|办公室)\s*$",
    re.MULTILINE,
)


def _site_body_region(text: str) -> str | None:
    """The place whose own body's page this is, by the body's name at the head of the page (see
    ``_PLACES_BODY``), or by a line there that opens on a body that names no place but serves
    only one (经济部全球资讯网, ``place_bodies.csv``), else None."""
    head = _page_head(text)
    said = _PLACES_BODY.search(head)
    code = _region_names()[1].get(said.group(1)) if said is not None else None
    if code is not None:
        return _region_by_code()[code].name
    return _unnamed_places_body(head)


#: how often a government's page must name its place, masthead and text, to speak for it
_OWN_GOVERNMENT_MENTIONS = 2
#: a place's government named in full on a line of its own, before what the page is (香港特别行政区
#: 政府　新闻公报)
_GOVERNMENTS_PAGE = re.compile(
    r"^\s*([\u4e00-\u9fff]{2,12}?)(?:人民政府|政府)(?:[\s　]+[\u4e00-\u9fff]{2,8})?\s*$", re.M
)


def _governments_page(text: str) -> _Region | None:
    """The listed region whose government's page this is, by its name at the head of the page."""
    head = _page_head(text)
    said = _GOVERNMENTS_PAGE.search(head)
    code = _region_names()[1].get(said.group(1)) if said is not None else None
    return _region_by_code()[code] if code is not None else None


def _unnamed_places_body(head: str) -> str | None:
    """The place of a body at the head of the page that names no place but serves only one
    (经济部产业园区管理局, 立法院预算中心: Taiwan's, ``place_bodies.csv``), else None."""
    pattern, place_of = _place_bodies()
    opened = pattern.search(head)
    return place_of[opened.group(1)] if opened is not None else None


@lru_cache(maxsize=1)
def _place_bodies() -> tuple[re.Pattern[str], dict[str, str]]:
    """A line's opening on a body of ``place_bodies.csv``, and each body's place."""
    place_of = {row["body"]: row["region"] for row in load_csv("place_bodies")}
    return re.compile(rf"(?m)^({alternation(list(place_of))})"), place_of


def _site_city(text: str) -> _Region | None:
    """The listed city whose site or daily the page is (see ``_SITE_CITY``), else None."""
    head = _page_head(text)
    code_of = _region_names()[1]
    for said in _SITE_CITY.finditer(head):
        name = said.group(1) or said.group(2) or said.group(3)
        code = code_of.get(name) or code_of.get(name + "市")
        if code is not None:
            return _region_by_code()[code]
    return None


def _round_up_region(lines: list[str]) -> tuple[str, str, float] | None:
    """A round-up in sections headed by places (宁德：…, 佛山：…, 包头：…) speaks for what holds
    them all: their province where they are its cities, else the country. Each section's
    全市 and figures are its place's (the extractor reads the headings too)."""
    places = {
        place
        for line in lines
        # (or a paragraph that opens with its place's heading: 合肥市：新兴产业挑大梁。1—9月，…)
        if (heading := PLACE_HEADING.fullmatch(line) or PLACE_HEADING.fullmatch(line.split("。", 1)[0]))
        and (place := _heading_region(heading.group("place")))
    }
    if len(places) < _ROUND_UP_SECTIONS:
        return None
    parents = {place.parent_code if place.level == "prefecture" else "" for place in places}
    parent = _region_by_code().get(parents.pop()) if len(parents) == 1 else None
    return (parent.name if parent is not None else _country()), "place_sections", 0.8


def heading_place(name: str) -> str | None:
    """The official name of the place a section heading names (宁德 → 宁德市: a heading may use
    a short name prose does not, because in prose it is also a company's or an ordinary word)."""
    region = _heading_region(name)
    return region.name if region is not None else None


#: the shortest name a county's is cut to (温岭市: 温岭; but 沛县 stays whole)
_SHORT_COUNTY_MIN = 2


def county_of(city: str, name: str) -> str | None:
    """The county, county-level city or district of ``city`` that ``name`` calls by its short
    name (温岭 in a 台州市 text: 温岭市), from counties.csv; None where there is none, or two."""
    code = _region_names()[1].get(city)
    return (_counties_of_cities().get(code, {}).get(name) or None) if code is not None else None


def county_of_province(name: str) -> str | None:
    """The county a heading names by its province's and its own short names (浙江永康: 永康市, a
    county-level city of 浙江省), from counties.csv; None where the name is not so made, or two of
    the province's counties share the short name."""
    for region in _regions():
        if region.level == "province" and region.short_name and name.startswith(region.short_name):
            prefix, short = region.code[:2], name[len(region.short_name) :]
            found = {
                county
                for code, counties in _counties_of_cities().items()
                if code.startswith(prefix)
                for named, county in counties.items()
                if named == short
            }
            return found.pop() if len(found) == 1 and "" not in found else None
    return None


#: how many times more often than its prefecture a county-level city must be named to be the text's
_COUNTY_CITY_OVER_ITS_PREFECTURE = 3


def _county_city_named_most(prefecture: str, prefecture_named: int, text: str) -> str | None:
    """The county-level city of ``prefecture`` (counties.csv) that ``text`` names by its short name
    far more often than the prefecture, named ``prefecture_named`` times; None for any other text."""
    named = [(text.count(short), name) for short, name in _county_level_cities().get(prefecture, {}).items()]
    times, city = max(named, default=(0, ""))
    return city if times >= _COUNTY_CITY_OVER_ITS_PREFECTURE * max(prefecture_named, _NAMED_OFTEN) else None


@lru_cache(maxsize=1)
def _counties_of_cities() -> dict[str, dict[str, str]]:
    """Each city's counties by their short names (the name without 县, 区, 市 or 旗, two characters
    at least); a short name two of a city's counties share maps to "", which names neither."""
    by_city: dict[str, dict[str, str]] = {}
    for row in load_csv("counties"):
        name = row["name"]
        short = (
            name[:-1] if len(name) > _SHORT_COUNTY_MIN and name.endswith(("县", "区", "市", "旗")) else name
        )
        named = by_city.setdefault(row["parent_code"], {})
        named[short] = "" if short in named and named[short] != name else name
    return by_city


@lru_cache(maxsize=1)
def _county_level_cities() -> dict[str, dict[str, str]]:
    """Each city's county-level cities (counties.csv's names on 市) by their short names, as
    ``_counties_of_cities`` gives them."""
    return {
        city: {short: name for short, name in named.items() if name.endswith("市")}
        for city, named in _counties_of_cities().items()
    }


def _heading_region(name: str) -> _Region | None:
    _, code_of = _region_names()
    code = code_of.get(name) or code_of.get(name + "市")
    return _region_by_code().get(code) if code is not None else None


def _with_cities(regions: tuple[_Region, ...], counts: dict[str, int]) -> dict[str, int]:
    """``counts`` with each province the text names also counting the mentions of its cities (a
    city of a province it never names speaks for none: 江苏省工业和信息化工作会议在威海召开)."""
    widened = dict(counts)
    for region in regions:
        if region.level == "prefecture" and counts.get(region.code) and counts.get(region.parent_code):
            widened[region.parent_code] += counts[region.code]
    return widened


def _most_mentioned(
    regions: tuple[_Region, ...], level: str, counts: dict[str, int], floor: int
) -> _Region | None:
    """The region of ``level`` named most often (at least ``floor`` times); the first listed wins a tie."""
    named = [region for region in regions if region.level == level and counts.get(region.code, 0) >= floor]
    return max(named, key=lambda region: counts[region.code], default=None)


#: How the names of the levels regions.csv may lack end: a county-level city (昆山市) is
#: a 市 too; counties (长兴县) and banners (旗) are not listed at all.
_LOCAL_SUFFIX = {"prefecture": "市", "county": "(?:县|旗)", "district": "区", "town": "(?:镇|乡|街道)"}
#: (a district is of a county's level: 全区… in a text that names no district is an unnamed county's)
_UNNAMED = {
    "prefecture": UNNAMED_CITY,
    "county": UNNAMED_COUNTY,
    "district": UNNAMED_COUNTY,
    "province": UNNAMED_PROVINCE,
}
_OWN_BODY = (
    r"(?:人民政府|政府|统计局|发展和改革委员会|发展和改革局|发展改革局|发展改革委|工业和信息化局|经济和信息化局|财政局|商务局"
    r"|融媒体中心|新闻中心|广播电视台|工信局|经信局|经信委|发改局|发改委|工科局|科工局|政协|人大常委会"
    r"|投资促进局|投资促进中心|投促局|投促中心"
    # (平江县农业农村局编: a county's other bureaus, which print its briefs too)
    r"|农业农村局|自然资源和规划局|自然资源局|生态环境局|交通运输局|住房和城乡建设局|住建局|水利局|应急管理局"
    r"|党政办|党政综合办公室|党委(?:书记|副书记|委员|、)"  # (信息来源：港口镇党政办; 港口镇党委书记)
    r"|人大|审计局|科技局|科学技术局|市场监督管理局|国资委|税务局|委(?:书记|常委|全体|十|员会)"
    r"|第[一二三四五六七八九十]{1,4}届人民代表大会|人民代表大会)"  # (金寨县第十七届人民代表大会)
)


#: a city's name before its district's (杭州市萧山区)
_CITY_OF_DISTRICT = r"(?:[\u4e00-\u9fff]{1,3}?市)?"
#: a title quoted in the text (《2025年9月衡江市工业用电情况分析报告》), and how far into the text a
#: quoted title still names the report the page is about
_QUOTED_TITLE = re.compile(r"《([^《》\n]{4,60})》")
_LEAD_CHARS = 1000
#: a title may open with its period before the place (2025年上半年萧山区经济运行情况分析)
_TITLE_PERIOD = (
    r"^(?:\d{4}\s*年)?(?:上半年|下半年|前三季度|[一二三四]季度|全年|\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月份?"
    r"|前\s*\d{1,2}\s*个?月|前[一二三四五六七八九十]{1,2}个?月|\d{1,2}\s*月份?)?"
)


#: a subtitle's visit to a zone (——访常德经开区产业发展集团…, ——走进长沙经开区)
_SUBTITLE_VISIT = re.compile(r"^\s*[—-]{1,2}\s*(?:记者)?(?:访|走进|探访|走访|记|聚焦|看)?")
#: a text that calls its zone by its kind alone this often speaks of it (经开区完成…)
_ZONE_SAID_ALONE = 3
#: how a text calls its zone by its kind alone (常德经济技术开发区 → 经开区)
_ZONE_SAID_AS = (
    ("经济技术开发区", "经开区"),
    ("高新技术产业开发区", "高新区"),
    ("开发区", "开发区"),
    ("新区", "新区"),
)


def _zone_of_subtitle(text: str) -> str | None:
    """A zone a subtitle under the headline visits, where the text goes on calling it by its kind
    (经开区, 高新区): a feature on the zone, its figures the zone's."""
    for line in text.split("\n", _HEADER_LINES)[:_HEADER_LINES]:
        visit = _SUBTITLE_VISIT.match(line)
        if visit is None or not visit.group():
            continue
        zone = _zone_opening(line[visit.end() :].strip())
        said = next(
            (short for full, short in _ZONE_SAID_AS if zone is not None and zone[0].endswith(full)), ""
        )
        # (or as 园区, as a zone's committee calls its own: ——怀宁经开区“十四五”发展回顾 … 园区坚持…)
        alone = max(text.count(said), text.count("园区"))
        if zone is not None and said and alone >= _ZONE_SAID_ALONE:
            return _committees_name(zone[0], text) or zone[0]
    return None


#: a zone's committee named in full on a page's first line (安徽怀宁经济开发区管理委员会)
_COMMITTEES_MASTHEAD = re.compile(
    rf"\s*(?P<zone>[\u4e00-\u9fff]{{2,12}}?{FULL_ZONE_KIND})(?:{_ZONE_COMMITTEE.pattern})"
)


def _committees_name(zone: str, text: str) -> str | None:
    """The official name of ``zone`` (怀宁经济技术开发区, read from 怀宁经开区) that its committee's
    masthead gives (安徽怀宁经济开发区管理委员会); None where the page has no such masthead."""
    masthead = _COMMITTEES_MASTHEAD.match(text)
    place = re.sub(FULL_ZONE_KIND + "$", "", zone)
    return masthead.group("zone") if masthead is not None and place in masthead.group("zone") else None


def _zone_after_kicker(title: str) -> str | None:
    """The zone a headline's main part opens on, after a kicker a space or a bar parts from it
    (“亩均论英雄”亮出成绩单 杭州湾上虞经开区41家企业获评A类; 回眸2025｜滁州经开区年度十件大事发布！)."""
    kicker, _, main = _KICKER_MARK.sub(" ", title, count=1).partition(" ")
    return _zone_of(main.strip(), "") if kicker and main.strip() else None


_KICKER_MARK = re.compile(r"\s*[|｜丨]\s*")


def _zone_of(title: str | None, text: str) -> str | None:
    """A zone that names itself in the title or heads the page (长沙经济技术开发区2025年…工作总结,
    长沙经济技术开发区管理委员会): its committee's texts speak for it."""
    head = [title or "", *text.split("\n", 3)[:3]]
    for line in head:
        # (上半年合肥经开区规上工业总产值增长9.7%: a headline line may open on its period)
        zone = _zone_opening(re.sub(_TITLE_PERIOD, "", line.strip()))
        if zone is not None:
            return zone[0]
    return None


#: characters no place's own name holds before its 市 or 县 (从, 在, 的 …)
_NOT_IN_NAME = (
    # (…4月24日在金寨县…: 在 starts no name; nor 第三期实录丨区工信局: a bar; nor 並與台南市政府合作's 並與)
    "[从的了据者在受况丨与并]"
)
#: a town of a one-character name, before its own body (侯镇人民政府, 寿光市侯镇党委), where no name's
#: character stands before it but its county's or city's word (not 各镇, 乡镇, 城镇, 小镇)
_ONE_CHARACTER_TOWN_BODY = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[市县区]))([^\W全我本该各每省市县区乡镇城村小集]镇)(?=人民政府|党委|党政办)"
)
#: a town of a one-character name that ends on the word for a town (古镇镇, 镇 said twice)
_ONE_CHARACTER_TOWN = re.compile(r"[^\W全我本该各省市县区乡镇]([镇乡])\1(?![区域长])")
#: a column's (a series') name before a bar, ahead of the headline (对话县委书记｜, 数说｜)
_COLUMN_LABEL = re.compile(r"[^｜|丨\n]{2,10}[｜|丨]\s*")


#: the last characters of the verbs that ask a body to act (建议市政府…, 要求县政府…, 希望, 督促)
_ASKING = "议求望促"
#: verbs that open no name before a body (听取审议区人民政府关于…的报告, 关于公布长兴县…; 走进县工信局的
#: 调度中心, a reporter walking into the county's bureau)
_VERBS_BEFORE_A_BODY = "关于|听取|审议|公布|印发|下达|表彰|命名|走进|走入|来到|走访|深入"


def _unlisted_region(level: str, title: str | None, text: str) -> str | None:
    """A city or county document from a place regions.csv lacks: its own name, not 全国.

    Only used when scope words say the document speaks for a city (county) and no
    listed city is named; the name comes from the start of the title or from the
    place's own bodies (宁波市统计局, 长兴县人民政府).
    """
    # not 关于全市… or 全县: the place's own name, whose last character before 市/县 is no scope word
    # (nor 我受县人民政府委托: 我 opens no place's name)
    # (nor 记者从射阳县发展和改革委员会获悉: a name holds no preposition or particle; nor does
    # 中共建湖县委 name a 中共建湖县)
    # (a county's name may be one character: 沛县融媒体中心, 攸县人民政府; but 区县, 市县 are none)
    shortest = "0" if level == "county" else "1"
    # (a town's name may end in 村: 许村镇, 大村乡; but 乡村振兴 names no town)
    # (nor a word before 县政府 that is no name: 记者在县政府…, 赴县人民政府…)
    # (nor 自觉接受县人大常委会的监督's 受县: a verb before the body, no name; nor a session's
    # 听取审议区人民政府关于…的报告, its verbs before the body; nor 关于公布长兴县…的通知's verb)
    # (a town's name may end on 市 before its word: 柳市镇)
    # (宁乡市, 武乡县: a city's or county's name may end on 乡, a town's word only at the town's level)
    # (nor 关于2025年度县工业发展专项资金…'s 度: the year's word, no name's)
    scope = "全我本该各区省镇两一强大富度" + ("乡" if level == "town" else "市")
    # (nor 无纺布小镇, 特色小镇: a small town, said of one, no town's name)
    before_the_word = "小" if level == "town" else "村"
    # (nor 我代表县人民政府向大会报告工作: a speaker stands for the county, and no name ends on 代表;
    # nor 根据县人大常委会…安排's 根据)
    # (nor 建议市政府制定…, 要求县政府…: a proposal's verb before the body it asks)
    last = (
        scope + "在到赴往回对由经和与及为是于把被给跟同入进出此其每受向请报以表据" + _ASKING + before_the_word
    )
    # (nor 萍乡市芦溪县县委书记's 市芦溪县县: a county's or city's name holds no level's word)
    inner = r"(?![省市县区])" if level in ("county", "prefecture") else ""
    # (nor 西充县多扶镇人民政府's 充县多扶镇: a town's name holds no county's word, though 柳市镇's holds 市,
    # only as its last character: not 海宁市许村镇's 宁市许村镇)
    last_inner = r"(?![省县区])" if level == "town" else inner
    inner = r"(?![省市县区])" if level == "town" else inner

    def named(last: str) -> str:
        # (nor 一家县城椅企的“稳岗经”: a count of things, no name; nor 2027年长兴县人民政府工作报告's 年)
        found = (
            rf"(?:中共)?((?!{_VERBS_BEFORE_A_BODY})(?![我本该各全年])(?![一两二三四五六七八九十几][家个座所])(?:(?!{_NOT_IN_NAME}){inner}[\u4e00-\u9fff]){{{shortest},3}}?"
            rf"(?!{_NOT_IN_NAME})(?<!乡村){last_inner}[^\W{last}]{_LOCAL_SUFFIX[level]})"
            # (nor 前三季度市属国有企业…: 市属, the city's own, after no city's name)
            r"(?!属)"
        )
        # 杭州市萧山区人民政府: the district, not 州市萧山区; 穗黄埔区: 黄埔区 (but 渝中区, 津南区 whole)
        city = rf"(?:{city_abbreviation().pattern}|{_CITY_OF_DISTRICT})" if level == "district" else ""
        return city + found

    name = named(last)
    # (a title opens on its place: 武进区招商引资工作简报, whose 进 is no verb before a place there)
    titled = named(scope + before_the_word)
    counts: dict[str, int] = {}
    # (对话县委书记｜清河县委书记赵立新：…: a column's name before the bar, the headline after it)
    column = _COLUMN_LABEL.match(title or "")
    title = title[column.end() :] if title and column is not None else title
    city = re.match(r"[^\W省市县区州旗]{1,3}市", title or "") if level == "town" else None
    if title and city is not None and city.group() in _region_names()[1]:
        title = title[city.end() :]  # 佛山市龙江镇家具产业概况: the town after its listed city
    one = _ONE_CHARACTER_TOWN.match(title or "") if level == "town" else None
    if one is not None:
        counts[one.group()] = _TITLE_MENTION_WEIGHT  # 古镇镇灯饰产业概况: a town called 古镇
    for match in re.finditer(_TITLE_PERIOD.replace("^", "^(?:关于)?", 1) + titled, title or ""):
        counts[match.group(1)] = counts.get(match.group(1), 0) + _TITLE_MENTION_WEIGHT
    for quoted in _QUOTED_TITLE.finditer(text, 0, _LEAD_CHARS):
        # (…供电公司发布《2025年9月衡江市工业用电情况分析报告》: the report the page is about opens on
        # its place as a title does)
        opened = re.match(_TITLE_PERIOD + titled, quoted.group(1))
        if opened is not None:
            counts[opened.group(1)] = counts.get(opened.group(1), 0) + 1
    bodies = list(re.finditer(name + _OWN_BODY, text))
    # (来源：武进区统计局: a name after a mark or at a line's start may hold a verb's character, 进)
    counted = {match.start(1) for match in bodies}
    # (but not 记者从区统计局获悉: a name holds no preposition or particle there either)
    inside = rf"(?:(?!{_NOT_IN_NAME})[\u4e00-\u9fff]){{1,2}}"
    bounded = rf"(?<![\u4e00-\u9fff])(?!{_VERBS_BEFORE_A_BODY})([^\W{last}]{inside}{_LOCAL_SUFFIX[level]})"
    bodies += [match for match in re.finditer(bounded + _OWN_BODY, text) if match.start(1) not in counted]
    if level in ("district", "county"):
        # (常州市武进区人民政府: after its listed city's name a district's may hold a verb's character, 进)
        counted = {match.start(1) for match in bodies}
        # (opening on the literal 市, not a lookbehind, so that the scan jumps between occurrences)
        # (nor 萍乡市芦溪县县委书记's 芦溪县县: a name holds no level's word)
        after_city = rf"市((?:(?![省市县区旗])[\u4e00-\u9fff]){{1,3}}?{_LOCAL_SUFFIX[level]})" + _OWN_BODY
        bodies += [
            match
            for match in re.finditer(after_city, text)
            if match.start(1) not in counted and _listed_city_before(text, match.start(1))
        ]
    for match in bodies:
        if not _tail_of_listed_name(text, match.start(1), match.end(1)):
            # (数据来源于沛县统计局: the name after the preposition, but 于都县 is one)
            found = match.group(1)
            found = found[found.index("于", 1) + 1 :] if "于" in found[1:-1] else found
            # (来源于市统计局: no name after the preposition; 建议市政府…: a proposal's verb, no name)
            if len(found) > 1 and found[-2] not in _ASKING:
                counts[found] = counts.get(found, 0) + 1
    if level == "town":
        for match in _ONE_CHARACTER_TOWN_BODY.finditer(text):
            counts[match.group(1)] = counts.get(match.group(1), 0) + 1  # 侯镇人民政府: a town called 侯
    # 园区位于湖北省荆州市公安县: the place a zone's text is about lies in
    for match in re.finditer(_LIES_IN + name, text):
        counts[match.group(1)] = counts.get(match.group(1), 0) + 1
    if level in ("county", "district"):
        counts = _listed_tails(counts)
    merged = _misreads_merged(counts, text)
    # (老工业城市跑出“芯”速度: a kind of city, said of one, no city's name)
    # (合肥经开区经济发展局's 经开区: a zone's kind said short, no district's name)
    merged = {
        name: count
        for name, count in merged.items()
        if not _KIND_OF_CITY.search(name)
        and name not in _KINDS_OF_ZONE
        # (近年特区政府推动…: a special administrative region's government, no district's)
        and not name.endswith("特区")
    }
    return max(merged, key=lambda name: merged[name]) if merged else None


#: a kind of city, no city's name (工业城市, 中心城市, 资源型城市)
_KIND_OF_CITY = re.compile(r"(?:工业|中心|试点|示范|资源型|节点|枢纽|口岸|旅游|[老新大小])城市$")
#: a kind of zone, said short, no place's name (经开区, 高新区)
_KINDS_OF_ZONE = frozenset(
    {"经开区", "高新区", "开发区", "新区", "园区", "保税区", "综保区", "工业区", "产业区"}
)


def _listed_tails(counts: dict[str, int]) -> dict[str, int]:
    """Names counted under the county of counties.csv they end on (专访谷城县委书记's 专访谷城县:
    谷城县, the words before it no part of its name)."""
    listed, _ = _counties_by_name()
    trimmed: dict[str, int] = {}
    for name, count in counts.items():
        tail = next((name[i:] for i in range(1, len(name) - 2) if name[i:] in listed), None)
        kept = tail if name not in listed and tail is not None else name
        trimmed[kept] = trimmed.get(kept, 0) + count
    return trimmed


def _misreads_merged(counts: dict[str, int], text: str) -> dict[str, int]:
    """Names one character apart counted as one place, under the spelling the text uses more often.

    A scan's misread (沐阳县 in the headline, 沭阳县统计局 under it) splits one place's mentions in
    two, and the headline's weight alone would make the misread the document's region.
    """
    merged = dict(counts)
    used = {name: text.count(name[:-1]) for name in counts}  # (how often the text spells each so)
    for name in sorted(counts, key=lambda name: -used[name]):
        if name not in merged:
            continue
        twins = [
            other
            for other in merged
            if other != name
            and len(other) == len(name)
            and other[-1] == name[-1]
            and sum(a != b for a, b in zip(other, name, strict=True)) == 1
            and used[other] < used[name]
        ]
        for twin in twins:
            merged[name] = merged.get(name, 0) + merged.pop(twin)
    return merged


@cache
def city_abbreviation() -> re.Pattern[str]:
    """穗黄埔区, 沪浦东新区: a city's one-character name before its district's (describe_cues.csv),
    but not 渝中区 or 津南区, whose two characters are the district's own name."""
    return re.compile(rf"(?:{_cue('city_abbreviation').pattern})(?=[\u4e00-\u9fff]{{2,}}区)")


def _autonomous_in_full(county: str | None, text: str) -> str | None:
    """An autonomous county whose name the county pattern cut short (南族自治县 of 环江毛南族自治县):
    the name in full that counties.csv lists and the text writes."""
    if county is None or not county.endswith(("自治县", "自治旗")):
        return county
    return next((name for name in autonomous_counties() if name.endswith(county) and name in text), county)


@lru_cache(maxsize=1)
def autonomous_counties() -> tuple[str, ...]:
    """The autonomous counties and banners of counties.csv (环江毛南族自治县, 鄂伦春自治旗)."""
    return tuple(row["name"] for row in load_csv("counties") if row["name"].endswith(("自治县", "自治旗")))


def _town_named_most(text: str) -> str | None:
    """The town a feature that says 全镇 names most often in full, where none of its bodies or its
    headline names it (毛衣之都的“薪”事 ↵ …大朗镇巷头社区…全镇…: 大朗镇); None for a town named seldom."""
    named = Counter(m.group() for m in _TOWN_IN_FULL.finditer(text))
    town, times = named.most_common(1)[0] if named else ("", 0)
    return town if times >= _TOWN_NAMED_OFTEN else None


#: a town's two-character name and its word (大朗镇), no scope word's (全镇, 本镇, 乡镇, 城镇)
_TOWN_IN_FULL = re.compile(r"[^\W全我本该各城乡小集重市县区]{2}镇")
_TOWN_NAMED_OFTEN = 3


def _with_its_county(town: str, text: str) -> str:
    """A town the text places in its county-level city (浙江省海宁市许村镇): named with it
    (海宁市许村镇), as the many towns of one name are told apart and as the city and town are
    written together; a town placed in a county (嘉善县姚庄镇), or never placed, keeps its own name."""
    listed = _region_names()[1]
    # (走进长葛市大周镇: a verb before the city is no part of its name)
    placed = re.search(rf"([^\W省市县区州旗全我本该各进到往赴]{{1,3}}市){re.escape(town)}", text)
    # (a county-level city's town, 海宁市许村镇; not a listed city's, whose towns are its own parts)
    return placed.group(1) + town if placed and placed.group(1) not in listed else town


def _whole_of_the_title(
    regions: tuple[_Region, ...], in_title: dict[str, int], scope: dict[str, float], title: str | None
) -> str | None:
    """The province (or city) a title names, where the text speaks of it too (全省, 全市) and the
    title names no county of its own."""
    if not title or _COUNTY_NAME.search(title):
        return None
    for level in ("province", "prefecture"):
        named = [r for r in regions if r.level == level and in_title.get(r.code, 0) > 0]
        if len(named) == 1 and scope.get(level, 0.0) > 0:
            return named[0].name
    return None


def _county_titled_short(title: str | None, text: str) -> str | None:
    """The one county a headline names by its short name (中宁 of 中宁县), no other county in the
    land sharing it, where the text names it again and again; None for any other headline."""
    short_names, headline = _counties_by_short_name(), title or ""
    named = {
        short_names[headline[at : at + 2]]
        for at in range(len(headline) - 1)
        if short_names.get(headline[at : at + 2])
    }
    if len(named) != 1:
        return None
    county = named.pop()
    return county if text.count(county[:2]) >= _SHORT_NAME_REPEATED else None


#: how often a text repeats a county's short name its headline gives
_SHORT_NAME_REPEATED = 3


@lru_cache(maxsize=1)
def _counties_by_short_name() -> dict[str, str]:
    """Every county's two-character short name (中宁 of 中宁县), where no other county of the land
    shares it ("" where two do)."""
    named: dict[str, str] = {}
    for row in load_csv("counties"):
        name = row["name"]
        if len(name) == 3 and name.endswith(("县", "旗")):
            named[name[:2]] = "" if name[:2] in named else name
    return named


def _sole_county(text: str) -> str | None:
    """A county speech that names no county of its own bodies, but one county in passing
    (为谷城县建设…) whose name recurs (谷城经开区): that county. Two counties named, or a
    name said once, leave the text unnamed."""
    names: set[str] = set()
    for match in _COUNTY_NAME.finditer(text):
        before = match.group(1)
        if before[0] in "年月日" and text[match.start() - 1 : match.start()].isdigit():
            before = before[1:]  # (2023年嘉善县: a date before the name)
        stems = [before[at:] for at in range(len(before) - 1)]  # longest first
        # (a name that recurs as a place's: 谷城县, 谷城经开区; not 完成县下达目标, 完成全年…)
        stem = next(
            (stem for stem in stems if len(re.findall(re.escape(stem) + _PLACE_AFTER, text)) >= 2), None
        )
        if stem is not None:
            names.add(stem + match.group(2))
    return names.pop() if len(names) == 1 else None


#: what follows a place's name where it is a place's (谷城县, 谷城经开区)
_PLACE_AFTER = r"(?:县|旗|经开区|经济开发区|经济技术开发区|高新区|开发区|工业园|产业园)"
#: two to four characters before 县 (or 旗) that end no scope word (全县, 各县) nor a county's
#: praise (工业强县, 农业大县), and a word after it that is no 县域, 县城 or 县长
_COUNTY_NAME = re.compile(
    r"((?:(?![从的了据者全我本该各每])[\u4e00-\u9fff]){2,4})(?<![强大富])(县|旗)(?![城域级乡镇长])"
)


#: where a zone or a firm lies (位于湖北省荆州市…), before the name of its county or district
_LIES_IN = r"位于(?:[\u4e00-\u9fff]{2,4}?(?:省|自治区))?(?:[\u4e00-\u9fff]{2,4}?(?:市|州|盟))?"


def _listed_city_before(text: str, at: int) -> bool:
    """Whether a listed city's full name (常州市) ends right before ``at``."""
    _, code_of = _region_names()
    return any(at >= n and text[at - n : at] in code_of for n in (3, 4))


def _tail_of_listed_name(text: str, start: int, end: int) -> bool:
    """澳门|特别行政区政府: the end of a listed region's full name, not a place of its own."""
    _, code_of = _region_names()
    return any(
        len(full) > end - start and text.startswith(full, end - len(full))
        for full in code_of
        if full.endswith(text[start:end])
    )


def _level_order(scope: dict[str, float]) -> list[str]:
    """Levels to look for the region at, most likely first; empty when the text has no scope words."""
    city, province = scope.get("prefecture", 0.0), scope.get("province", 0.0)
    if scope.get("town", 0.0) > max(city, province, scope.get("county", 0.0)):
        return ["town", "county", "prefecture", "province"]
    if scope.get("county", 0.0) > max(city, province):
        return ["county", "prefecture", "province"]
    if scope.get("district", 0.0) > max(city, province):
        return ["district", "prefecture", "province"]
    if city > province:
        return ["prefecture", "province"]
    if province > 0:
        return ["province", "prefecture"]
    return []


@lru_cache(maxsize=1)
def _region_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of every full and short region name (longest first) and name -> code."""
    code_of: dict[str, str] = {}
    for region in _regions():
        if region.level != "country":
            code_of[region.name] = region.code
            if region.short_name:  # the macro-regions have none: "" would match everywhere
                code_of.setdefault(region.short_name, region.code)
            said = prefecture_said_with_its_word(region.name, region.short_name)
            if said is not None:
                code_of.setdefault(said, region.code)  # 红河州…全州
    return re.compile(_trie_alternation(code_of)), code_of


#: an autonomous prefecture's place of two characters, then its peoples (红河|哈尼族彝族自治州)
_TWO_CHARACTER_PLACE = re.compile(r"([\u4e00-\u9fff]{2})(?:[\u4e00-\u9fff]{1,3}族)+自治州$")


def prefecture_said_with_its_word(name: str, short_name: str) -> str | None:
    """红河州, 海南州: an autonomous prefecture whose short name regions.csv keeps whole, as
    another place shares it (红河县, 海南省), said by its place's name and 州; else None."""
    place = _TWO_CHARACTER_PLACE.match(name)
    return place.group(1) + "州" if short_name == name and place is not None else None


#: a prefix tree of words: a child per next character, "" marks the end of a word
_Tree = dict[str, "_Tree"]


def _trie_alternation(words: Iterable[str]) -> str:
    """A regex matching the longest of ``words`` at each position, written as a prefix tree.

    It matches what the flat longest-first alternation matches, but the regex engine
    compares one character per level instead of trying some 700 region names at every
    position: with every prefecture listed, the flat form was a fifth of ``describe``.
    """
    tree: _Tree = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: _Tree) -> str:
        arms = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not arms:
            return ""
        body = arms[0] if len(arms) == 1 else "(?:" + "|".join(arms) + ")"
        return f"(?:{body})?" if "" in node else body

    return branch(tree)


#: a news agency's or paper's dateline (新华社北京3月23日电, 本报南京5月6日讯)
_WIRE_DATELINE = re.compile(r"(?:新华社|中新社|人民网|本报)[\u4e00-\u9fff]{2,6}\d{1,2}月\d{1,2}日(?:电|讯)")


def _mentions(title: str | None, text: str) -> dict[str, int]:
    """Mentions per region code in the text; a mention in the title weighs 5."""
    pattern, code_of = _region_names()
    counts: dict[str, int] = {}
    text = _WIRE_DATELINE.sub("", text)  # 新华社北京3月23日电: where it was filed, not whose it is
    text = _PRESS_DATELINE_LINE.sub("", text)
    # (来自北京、上海、广州、成都等地的326家会员企业: places that stand for where firms are, none the
    # text's own)
    text = _without_places_for_example(text)
    for found in pattern.finditer(text):
        if not _FIRM_AFTER_PLACE.match(text, found.end()):
            counts[code_of[found.group()]] = counts.get(code_of[found.group()], 0) + 1
    for name in {
        found.group()
        for found in pattern.finditer(title or "")
        if not _FIRM_AFTER_PLACE.match(title or "", found.end())
    }:
        counts[code_of[name]] = counts.get(code_of[name], 0) + _TITLE_MENTION_WEIGHT
    return counts


#: the word that closes a list of places given as examples (…、成都等地, …等城市)
_FOR_EXAMPLE_END = re.compile(r"等(?:地|城市|省市|地区)")
#: how far before that word its list may reach
_FOR_EXAMPLE_REACH = 80


def _without_places_for_example(text: str) -> str:
    """``text`` without the places listed as examples of where (北京、上海、广州、成都等地). The list
    is looked for only before each word that closes one: a scan of every position for the names
    was a third of ``describe``."""
    kept: list[str] = []
    pos = 0
    for end in _FOR_EXAMPLE_END.finditer(text):
        start = max(pos, end.start() - _FOR_EXAMPLE_REACH)
        listed = _places_listed_before().search(text, start, end.start())
        if listed is not None:
            kept.append(text[pos : listed.start()])
            pos = end.end()
    return "".join(kept) + text[pos:]


@lru_cache(maxsize=1)
def _places_listed_before() -> re.Pattern[str]:
    """Two places or more listed with 、, right before where the search ends (北京、上海、广州、成都)."""
    place = _region_names()[0].pattern
    return re.compile(rf"(?:(?:{place})、)+(?:{place})$")


#: a firm named after its place (江苏银行研究院, 北京证券, 浙江大学): its name, no mention of the place
_FIRM_AFTER_PLACE = re.compile(r"银行|证券|大学|农商行")


# --- reference date -------------------------------------------------------------


def _reference_date(
    text: str, lines: list[str], published_on: date | None, title: str | None
) -> tuple[date | None, str, float]:
    """Printed date, else signed date, else inferred from a dateline and the years the text uses."""
    if published_on is not None:
        return published_on, "printed", 1.0
    for line in lines:
        match = (
            _DATE_LINE.match(line)
            or _DELIVERED_ON.match(line)
            or _BRACKETED_DATE.match(line)
            or _ISSUER_DATED.match(line)
            or _ISSUE_DATED.match(line)
            or _EDITION_DATED.match(line)
        )
        if match:
            signed = safe_date(*(int(group) for group in match.groups()))
            if signed is not None:
                return signed, "signed", 0.9
    for line in lines[-_FOOTER_LINES:]:
        # 主席　陈国栋 ↵ 香港，2025年8月22日: where and when a listed firm's announcement was signed
        match = _PLACE_THEN_DATE.fullmatch(line.strip())
        signed = safe_date(*(int(group) for group in match.groups())) if match else None
        if signed is not None:
            return signed, "signed", 0.9
    dated = _dated_dateline(lines)
    if dated is not None:
        return dated, "dateline", 0.9
    for line in lines[:_DATELINE_WITHIN]:
        # 經濟日報　　中華民國114年7月17日　星期四: a Taiwanese paper's masthead, in the Republic's years
        roc = _ROC_DATE.search(line)
        printed = safe_date(int(roc.group(1)), int(roc.group(2)), int(roc.group(3))) if roc else None
        if printed is not None:
            return printed, "printed_roc", 0.9
    signed_month = _signed_month(lines)
    if signed_month is not None:
        return signed_month, "signed_month", 0.7
    issue = next((m for line in lines[:_DATELINE_WITHIN] if (m := _MAGAZINE_ISSUE.match(line))), None)
    issued = _month_end(int(issue.group(1)), int(issue.group(2))) if issue is not None else None
    if issued is not None:
        # 《河南经济观察》2025年第5期: a monthly's issue, out by the end of its month
        return issued, "issue_month", 0.6
    data_as_of = _data_as_of(lines)
    if data_as_of is not None:
        return data_as_of, "data_as_of", 0.7
    month_day = _dateline(lines)
    year, year_method, year_confidence = _infer_year(text, title)
    if year is None:
        return None, "unknown", 0.0
    if month_day is not None:
        inferred = safe_date(year, *month_day)
        if inferred is not None:
            return inferred, f"inferred_month_day_with_{year_method}", year_confidence
    reported = [int(m.group(1)) for m in _MONTHS_TO_DATE_SAID.finditer(text, 0, _MONTHS_TO_DATE_HEAD)]
    if reported and year_method == "current_year":
        # 黔南州统计月报  2024年第11期 ↵ 1—11月，全州规模以上工业…: a bulletin of no date out after the
        # months it reports, not in January (when its 1—11月 would be the year before's)
        latest = _month_end(year, max(reported))
        if latest is not None:
            # (mid-month after: as mid-January is for a year's results)
            return (
                latest + timedelta(days=_DAYS_TO_REPORT),
                "inferred_months_reported",
                round(year_confidence * 0.5, 2),
            )
    # Mid-January: the earliest a text can report the previous full year's results.
    early = safe_date(year, 1, 15)
    return early, f"inferred_year_only_from_{year_method}", round(year_confidence * 0.5, 2)


#: a magazine's masthead with its year and issue (《河南经济观察》2025年第5期), a monthly's issue
#: numbered by its month
_MAGAZINE_ISSUE = re.compile(r"《[^》\n]{2,20}》\s*((?:19|20)\d{2})\s*年\s*第\s*(1[0-2]|0?[1-9])\s*期(?!\d)")
#: the months to date a text reports on (1—11月), looked for in its head
_MONTHS_TO_DATE_SAID = re.compile(r"(?<![\d年])1\s*[-—–~至]\s*(1[0-2]|[2-9])\s*月")
_MONTHS_TO_DATE_HEAD = 1500
_DAYS_TO_REPORT = 15
#: a date of the Republic of China (中华民国114年7月17日), as Taiwan prints it, its year already the
#: common era's (normalize's ``_common_era_years``: 中华民国2025年7月17日)
_ROC_DATE = re.compile(r"(?<![\d年])民国\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


#: A dateline opens the first prose line near the top (the lines before it are headers).
_DATELINE_WITHIN = 8


def _first_prose_line(lines: list[str]) -> str:
    """The first line near the top that reads as prose (a dateline opens it), or ``""``."""
    return next((line for line in lines[:_DATELINE_WITHIN] if _PROSE.search(line)), "")


def _signed_month(lines: list[str]) -> date | None:
    """The last day of the month a report is dated by (2024年6月): by then it was written, so
    periods that end within that month are over, as they are for its readers."""
    for line in lines[:_HEADER_LINES] + lines[-_FOOTER_LINES:]:
        match = _MONTH_LINE.match(line) or _PUBLISHED_IN_MONTH.search(line)
        if match and (month_end := _month_end_of(match)) is not None:
            return month_end
    return None


#: a note atop a guide or a report of the day its data stand at (本指南数据截至2026年3月31日)
_DATA_AS_OF = re.compile(
    r"(?:数据|资料|统计数据)(?:均|除特别注明外)?(?:截至|截止|统计至|更新至)\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月"
    r"(?:\s*(\d{1,2})\s*日|底|末)?"
)


def _data_as_of(lines: list[str]) -> date | None:
    """The day a note atop the text says its data stand at, where the text is dated no other way:
    what it calls 目前 is of that day, and the years before it are over."""
    for line in lines[:_HEADER_LINES]:
        match = _DATA_AS_OF.search(line)
        if match is not None:
            year, month = int(match.group(1)), int(match.group(2))
            if match.group(3):
                return safe_date(year, month, int(match.group(3)))
            return _month_end_of(match)
    return None


def _dated_dateline(lines: list[str]) -> date | None:
    """A dateline with its year (``2025年1月22日，省政府新闻办举行…``) opening the first prose line."""
    match = _DATED_DATELINE.match(_first_prose_line(lines))
    return safe_date(*(int(group) for group in match.groups())) if match else None


def _dateline(lines: list[str]) -> tuple[int, int] | None:
    """Month and day of a news dateline (``1月9日，…``) at the start of the first prose line."""
    line = _first_prose_line(lines)
    match = _MONTH_DAY.search(line[:30])
    if match and not _YEAR.search(line[: match.start()]):
        return int(match.group(1)), int(match.group(2))
    return None


def _infer_year(text: str, title: str | None) -> tuple[int | None, str, float]:
    """The year the text is written in, from its title (a plan or report for one year), what it
    sums up, calls 去年, or plans for 今年."""
    # (湖北鄂东钢铁集团有限公司 2024年社会责任报告  36: a firm's report's running header over a page
    # whose headline is a chapter's, GREEN DEVELOPMENT)
    header = text.lstrip().split("\n", 1)[0]
    running = re.sub(r"(?<=\d)\s+(?=年)", "", header) if _FIRMS_REPORT.search(header) else ""
    for value, _, pattern, _ in _cues("title_year") if title or running else ():
        match = pattern.search(title or "") or pattern.search(running)
        if match:
            return int(match.group(1)) + int(value), "title_year", 0.7
    for value, _, pattern, _ in _cues("summary_year"):
        match = pattern.search(text)
        if match:
            year = int(next(group for group in match.groups() if group))
            return year + int(value), "summary_year", 0.8
    plain = _YEAR_RANGE.sub(" ", _BOOK_TITLE.sub(" ", text))
    plan_years, result_years = _classified_years(plain)
    if "去年" in plain and result_years:
        last = max(result_years) + 1
        if plan_years and max(plan_years) > last:
            return max(plan_years), "plan_year", 0.5
        return last, "last_year", 0.7
    if result_years:
        # 2035年，…要建成…: a far horizon is no year the text is written in
        plan_years = {year for year in plan_years if year <= max(result_years) + 2}
    if "今年" in plain and plan_years:
        current = max(plan_years)
        confidence = 0.5 if current - 1 in result_years else 0.4
        return current, "current_year", confidence
    return None, "unknown", 0.0


def _classified_years(text: str) -> tuple[set[int], set[int]]:
    """Years mentioned as plans (followed by 将/力争/…) and as results (增长/达到/…)."""
    plan_cue, result_cue = _cue("plan_cue"), _cue("result_cue")
    plan_years: set[int] = set()
    result_years: set[int] = set()
    for match in _YEAR.finditer(text):
        year = int(match.group(1))
        if not 1990 <= year <= 2100:
            continue
        window = text[match.end() : match.end() + 40]
        window = window.split("。")[0]
        plan = plan_cue.search(window)
        result = result_cue.search(window)
        if plan and (not result or plan.start() < result.start()):
            plan_years.add(year)
        elif result:
            result_years.add(year)
    return plan_years, result_years


#: a date whose month and day are written in words (2025年十二月二十六日)
_DATE_IN_WORDS = re.compile(
    r"(\d{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日"
)
_WORD_DIGITS = {digit: value for value, digit in enumerate("一二三四五六七八九", start=1)}


def _date_in_digits(line: str) -> str:
    """德清新闻网  2025年十月二十一日  来源：… (二〇二五年 normalised): a dateline's date in digits,
    so that the line reads as the stamp it is, not as the headline."""
    if "月" not in line:
        return line

    def digits(m: re.Match[str]) -> str:
        month, day = _small_number(m.group(2)), _small_number(m.group(3))
        return f"{m.group(1)}年{month}月{day}日" if month and day else m.group()

    return _DATE_IN_WORDS.sub(digits, line)


def _small_number(words: str) -> int | None:
    """十二 → 12, 二十六 → 26, 三十一 → 31: a month's or a day's number in words."""
    tens, ten, ones = words.partition("十")
    if not ten:
        return _WORD_DIGITS.get(words)
    if (tens and tens not in _WORD_DIGITS) or (ones and ones not in _WORD_DIGITS):
        return None
    return 10 * (_WORD_DIGITS[tens] if tens else 1) + (_WORD_DIGITS[ones] if ones else 0)


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None where the numbers name no day (2月30日, an OCR slip)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None
