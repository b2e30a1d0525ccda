"""Sentences and clauses of a cleaned document, with character offsets.

Figures share context inside a sentence (period, region, target cues,
subjects of 分别 and 均居), so the extractor walks sentences and, inside
them, clauses.  Offsets always refer to the cleaned text so that every figure
can quote the exact clause it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.stages.normalize import BULLET, GROUPING_COMMA, LABEL_LINE, PLACE_SUBHEAD, QUANTITY_LINE

_SENTENCE_END = re.compile(r"[。！？!?]+|\n+")
#: commas and colons; also a space between two Chinese words, which parts a headline's
#: phrases (粤前三季制造业稳中有进 新能源车产量增逾四成, 五大行业撑起“半壁江山” 合肥…)
#: (but not the colon of a label and its value: …；工业用电量：28.4亿千瓦时，增长5.1%；工业投资：增长12.1%;
#: nor a dashboard's: 高于全国：0.9pp, 较上月：↑0.3pp, 全省排名：第2)
_CLAUSE_END = re.compile(
    r"[，；;｜]|[：:](?!\s*(?:[-+−↑↓]?\d+(?:\.\d+)?\s*(?:%|％|万|亿|元|家|个|吨|辆|台|件|项|户|亩|pp|PP|个?百分点)"
    r"|增长|下降|第\d"
    # (nor a label's with its unit in brackets: 营业收入（亿元）：362.7, 织机保有量（台）：约1.2万,
    # 增长（%）：-1.8)
    r"|(?<=[)）][：:])[ \t\u3000]*(?:约|近|超过|逾|[-−](?=\d))?\d))"
    r"|(?<!\d),|,(?!\d{3}(?!\d))|(?<=[\u4e00-\u9fff”’」』]) (?=[\u4e00-\u9fff])"
)
_CLAUSE_MARK = re.compile(r"[，,；;]")
#: a short aside in full-width brackets, whose commas part no clauses (nor those of a longer
#: one listing what a whole includes: 食品工业（含农副食品加工业，食品制造业，酒、饮料…）)
_ASIDE = re.compile(r"（[^（）。\n]{1,20}）|（(?:含|包括|包含|不含)[^（）。\n\d]{1,60}）")
#: 一、专精特新中小企业：新认定1126家，累计突破4800家: a numbered headline summing up its section
_NUMBERED_HEADLINE = re.compile(
    r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])[^。；;\n]{1,40}?[：:][^。；;\n]{1,40}"
)
#: a chapter's heading: its number, then a short line without a full stop
_CHAPTER_HEADING = re.compile(
    # (01 肥西县：百强县第41位，较上年前移3位: a WeChat post's section, its number zero-padded)
    r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|0[1-9](?=\s*[\u4e00-\u9fff]))[^。；;！？\n]{2,38}"
)
_LINE_CLOSERS = set("。！？!?；;：:”」）)】")
#: what opens a news article's first paragraph: after a blank line, a new sentence starts
_LEDE = re.compile(
    r"\s*(?:本报讯|本报[^，。]{0,6}电|新华社|[（(【]?记者|\d{1,2}月\d{1,2}日[，,]|\d{4}年\d{1,2}月\d{1,2}日[，,]"
    r"|近日|日前|昨天|今天|昨日|今年以来)"
)
#: a line of a date alone (2025年09月05日18:06湖南): the page's dateline, after a title
#: an item's number in a list (1. , 2．, 3、, （4）)
LIST_NUMBER = r"(?:\d{1,3}\s*[.．、]|[（(]\d{1,3}[)）])"
#: a line opening with its number in a list, not with a decimal (1.2万元)
_NUMBERED_LINE = re.compile(rf"[ \t\u3000]*{LIST_NUMBER}(?!\d)")
#: a line that opens on a bullet (● 面积5322平方公里): a point of its own
_BULLET_LINE = re.compile(r"[ \t\u3000]*" + BULLET)
_DATELINE = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[^，。；\n]{0,20}(?:\n|$)")
#: an infographic's number on a line of its own over its label (4,385.6亿元 ↵ 规上工业总产值)
_NUMBER_OVER_LABEL = re.compile(rf"{QUANTITY_LINE}\n{LABEL_LINE}(?:\n|$)")
#: a line shorter than this that ends without punctuation is a heading, not a broken sentence
_HEADING_LEN = 40


@dataclass(frozen=True)
class Span:
    """A sentence or clause: ``text[start:end]``, in paragraph ``paragraph``."""

    start: int
    end: int
    paragraph: int


#: a line that ends on a number and its unit (…218.7万吨, …增长6.4%)
_ENDS_ON_A_FIGURE = re.compile(r"[，,]\S*\d(?:\.\d+)?\s*(?:[%％]|[万亿千百]?[\u4e00-\u9fff]{1,3})$")
#: a line that opens on a label and its colon (规模以上工业总产值：1642.5亿元，增长9.8%)
_LABELLED_LINE = re.compile(r"\s*[\u4e00-\u9fff（）()、]{2,24}[：:]\s*\S")
#: a line that opens on words or on a bracketed label (【企业培育】 全年新增…)
_OPENS_ON_WORDS_OR_LABEL = re.compile(r"[【（(]?[\u4e00-\u9fff]{2}")
#: a table's row: its last cell a number, a column's gap before it (工业机器人  套  1126  34.8)
_TABLE_ROW_END = re.compile(r"\S {2,}[-−+]?\d[\d.,]*[%％]?$")
#: a paragraph that opens on words, not on a number or a mark that goes on from the line above
_OPENS_ON_WORDS = re.compile(r"[\u4e00-\u9fff]{2}")
#: a short line that ends on its figure (新增省级专精特新中小企业27家，总数达118家), one of a post's
#: list of them, a line each
#: how a line that goes on from the one above opens (同比增长…, 增速高于…, 其中：…, 占…)
_GOES_ON_FROM_ABOVE = re.compile(r"其中|按|同比|环比|增速|增幅|增长|下降|高于|低于|[比较占均]|分别|合计|累计")
_DIGIT = re.compile(r"\d")
_FIGURE_LINE = re.compile(
    r"[\u4e00-\u9fff][^\n。；]{0,38}\d(?:(?:\.\d+)?\s*(?:[%％]|[万亿千百]?[\u4e00-\u9fff]{1,3})|/\d+)"
)  # (…约占全国的1/3: a fraction too)


def _figure_line_at(text: str, start: int) -> bool:
    """Whether a line of its own figure opens at ``start``: it names what its first figure is of,
    not going on from the line above (按不变价格计算，同比增长6.1%, 其中：住户存款：702.18亿元)."""
    end = text.find("\n", start)
    end = end if end >= 0 else len(text)
    if _FIGURE_LINE.fullmatch(text, start, end) is None or _GOES_ON_FROM_ABOVE.match(text, start):
        return False
    comma = text.find("，", start, end)
    return _DIGIT.search(text, start, comma if comma >= 0 else end) is not None


def _chapter_heading_at(text: str, start: int) -> bool:
    """Whether the line at ``start`` is a chapter's heading (五、工业企业效益（1—3月）)."""
    end = text.find("\n", start)
    return _CHAPTER_HEADING.fullmatch(text, start, end if end >= 0 else len(text)) is not None


def line_at(text: str, pos: int) -> str:
    """The line that starts at ``pos`` (a header's second line, read with the header above it; the
    line after a table's last row)."""
    end = text.find("\n", pos)
    return text[pos : end if end >= 0 else len(text)]


def sentences(text: str, corrupted: list[tuple[int, int]] | None = None) -> list[Span]:
    """Split into sentences; a newline ends one only after punctuation or a heading.

    Lines broken in the middle of a sentence (``…锂电产能达到\\n\\n140GWh``) stay
    one sentence so that the number keeps its indicator.  Semicolons only end
    clauses: 1-11月 at the start of a sentence still governs the figures after
    a ``；``.
    """
    out: list[Span] = []
    start = 0
    paragraph = 0
    line_start = 0
    damaged = corrupted or []
    for m in _SENTENCE_END.finditer(text):
        if any(a <= m.start() < b for a, b in damaged):
            continue  # a '?' left by a broken conversion is no sentence end
        if m.group(0)[0] == "\n":
            before = text[line_start : m.start()].rstrip()
            is_heading = (
                # (…GDP料破4,500亿: a thousands separator is no clause's comma)
                (len(before) < _HEADING_LEN and not _CLAUSE_MARK.search(GROUPING_COMMA.sub("", before)))
                or bool(_NUMBERED_HEADLINE.fullmatch(before))
                or bool(_CHAPTER_HEADING.fullmatch(before))  # 二、行业增长面扩大，装备制造业支撑作用突出
                # (河南：增速回升，新能源汽车成最大亮点 ↵↵ 河南一季度…: a place's section heading)
                or ("\n\n" in m.group(0) and bool(PLACE_SUBHEAD.fullmatch(before)))
            )
            is_break = not before or before[-1] in _LINE_CLOSERS or is_heading
            # (1. 长沙经济技术开发区　亩均税收48.6万元 ↵ 2. …: a numbered list's items, a line each)
            is_break = is_break or bool(_NUMBERED_LINE.match(before) and _NUMBERED_LINE.match(text, m.end()))
            # (● 二季度新开工亿元以上项目50个 ↵ ● 抓好“四上”企业培育: a slide's bullets, a point each)
            is_break = is_break or bool(_BULLET_LINE.match(text, m.end()))
            # a subtitle without a full stop (增速高于全省0.9个百分点，…) above the lede
            is_break = is_break or (
                "\n\n" in m.group(0)
                and bool(
                    _LEDE.match(text, m.end())
                    or _DATELINE.match(text, m.end())
                    or _NUMBER_OVER_LABEL.match(text, m.end())
                )
            )
            # (…，其中电解铝产量218.7万吨 ↵↵ 作为全国重要的有色冶金基地，…: a paragraph that ends on a
            # figure, with no full stop, and the next that opens on words of its own)
            is_break = is_break or (
                "\n\n" in m.group(0)
                and bool(_ENDS_ON_A_FIGURE.search(before))
                and bool(_OPENS_ON_WORDS.match(text, m.end()))
            )
            # (工业投资：—，增长15.3% ↵↵ 五、工业企业效益（1—3月）: a chapter's heading below ends the
            # paragraph above, whatever it ends on)
            is_break = is_break or ("\n\n" in m.group(0) and _chapter_heading_at(text, m.end()))
            # (采矿业增加值：—，增长5.8% ↵ 制造业增加值：—，增长11.6%: a list of labelled values, a
            # line each)
            is_break = is_break or bool(_LABELLED_LINE.match(before) and _LABELLED_LINE.match(text, m.end()))
            # (新增…“小巨人”企业2家，累计达到5家 ↵ 新增省级专精特新中小企业27家，总数达118家: a post's
            # figures, a line each)
            is_break = is_break or bool(
                m.group(0) == "\n" and _FIGURE_LINE.fullmatch(before) and _figure_line_at(text, m.end())
            )
            # (工业机器人  套  1126  34.8 ↵↵ 全年全市建筑业增加值398.7亿元: a table's last row, then a
            # paragraph, or a note under it, of words: the rows' cells name nothing of what follows)
            is_break = is_break or bool(
                _TABLE_ROW_END.search(before)
                and _OPENS_ON_WORDS_OR_LABEL.match(text, m.end())
                and "  " not in line_at(text, m.end())
            )
            line_start = m.end()
            if not is_break:
                continue
            if text[start : m.start()].strip():
                out.append(Span(start, m.start(), paragraph))
            paragraph += 1
            start = m.end()
            continue
        if text[start : m.end()].strip():
            out.append(Span(start, m.end(), paragraph))
        start = m.end()
    if text[start:].strip():
        out.append(Span(start, len(text), paragraph))
    return out


def clauses(text: str, sentence: Span) -> list[Span]:
    """Split a sentence at commas and colons (not at thousands separators, nor inside a short
    aside in brackets: 白酒（折65度，商品量）产量28.61万千升 is one clause)."""
    out: list[Span] = []
    start = sentence.start
    segment = text[sentence.start : sentence.end]
    asides = [m.span() for m in _ASIDE.finditer(segment)] if "（" in segment else []
    for m in _CLAUSE_END.finditer(segment):
        if asides and any(a < m.start() < b for a, b in asides):
            continue
        end = sentence.start + m.start()
        if end > start:
            out.append(Span(start, end, sentence.paragraph))
        start = sentence.start + m.end()
    if sentence.end > start:
        out.append(Span(start, sentence.end, sentence.paragraph))
    return out
