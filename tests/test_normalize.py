"""Tests of decode and normalize on the seed documents and on small made-up inputs.

Expected strings are written out from reading the seeds, not copied from the
code's output, so that each assertion can fail.
"""

from __future__ import annotations

import codecs
import itertools
import random
import re
import unicodedata
from functools import cache
from pathlib import Path

import opencc
import pytest

from pipelines.stages.models import NormalizedText, QuarantineError
from pipelines.stages.normalize import decode, normalize

SEED_DIR = Path(__file__).resolve().parent.parent / "seeds" / "documents"
SEEDS = sorted(path.name for path in SEED_DIR.glob("*.txt"))
T2S = opencc.OpenCC("t2s")
S2TW = opencc.OpenCC("s2tw")

PINYIN = re.compile(r"[\u4e00-\u9fff][(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")
TONE_MARKS = re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")
RNG = random.Random(7)
CHROME = ("访问:", "字号", "默认 超大", "分享:", "打印此页", "关闭窗口", "验证码", "所有评论仅代表网友意见")


def seed(prefix: str) -> str:
    return next(name for name in SEEDS if name.startswith(prefix))


@cache
def raw_text(name: str) -> str:
    return (SEED_DIR / name).read_bytes().decode("utf-8")


@cache
def cleaned(name: str) -> NormalizedText:
    return normalize(decode((SEED_DIR / name).read_bytes()).text)


def test_there_are_five_seeds() -> None:
    assert len(SEEDS) == 5


# --- cleaning ------------------------------------------------------------------


@pytest.mark.parametrize("name", SEEDS)
def test_no_pinyin_annotation_left(name: str) -> None:
    text = cleaned(name).text
    assert not PINYIN.search(text)
    assert not TONE_MARKS.search(text)


@pytest.mark.parametrize("name", SEEDS)
def test_text_is_simplified(name: str) -> None:
    text = cleaned(name).text
    assert T2S.convert(text) == text


def test_traditional_seed_becomes_simplified() -> None:
    text = cleaned(seed("003")).text
    assert text.startswith("3月8日下午，山东省人民政府新闻办公室举行新闻发布会，")
    assert "全省规上工业增长值增长7.1%、高于全国2.5个百分点" in text
    assert "发展" in text and "發" not in text


@pytest.mark.parametrize("name", SEEDS)
def test_no_web_chrome(name: str) -> None:
    text = cleaned(name).text
    for chrome in CHROME:
        assert chrome not in text, chrome
    assert "【" not in text


@pytest.mark.parametrize("name", SEEDS)
def test_no_sentence_broken_across_lines(name: str) -> None:
    """A prose line (it has a comma) never ends without final punctuation."""
    for line in cleaned(name).text.split("\n"):
        if re.search(r"[，,]", line) and not line.startswith(("发布日期", "◎")):
            assert line[-1] in "。！？!?；;：:…”）)", line[-30:]


@pytest.mark.parametrize(
    ("prefix", "joined"),
    [
        ("000", "8位副省长带队调研"),
        ("000", "深化工业领域碳达峰行动"),
        ("000", "不断优化产融合合作机制"),
        ("000", "七是全力帮扶中小企业纾困发展"),
        ("001", "锂电产能达到140GWh左右"),
        ("001", "专精特新等高成长企业挂牌培育"),
        ("001", "瞄准日韩、欧洲、新加坡"),
        ("002", "量质齐升。"),
        ("002", "服务化延伸、生态集聚"),
        ("002", "力争一季度新增产值1100亿元"),
    ],
)
def test_broken_lines_are_rejoined(prefix: str, joined: str) -> None:
    assert joined in cleaned(seed(prefix)).text


def test_subhead_with_a_comma_is_not_joined_but_a_comma_ending_line_is() -> None:
    text = "强化创新引领，加快动能转换\n\n全年新增企业100家。会议指出，在省委、\n\n省政府领导下，增长5%。"
    assert (
        normalize(text).text
        == "强化创新引领，加快动能转换\n\n全年新增企业100家。会议指出，在省委、省政府领导下，增长5%。"
    )


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("坚持创新驱动，推动高质量发展", "全年新增企业100家。", False),
        ("聚焦主责主业，全力稳增长", "全省工业增长7%。", False),
        ("二、强化科技创新引领,发展能级持续提升", "全省工业增长7%。", False),
        ("会议要求，各地要切实抓好", "落实工作，确保增长5%。", True),
        ("今年,山东将接续实施“千项千亿”计划,力争一季度", "新增产值1100亿元。", True),
        # a numbered headline that sums its section up after a colon
        ("一、专精特新中小企业：新认定1126家，累计突破4800家", "今年的认定工作严格按照程序进行。", False),
    ],
)
def test_subheads_versus_cut_sentences(first: str, second: str, joined: bool) -> None:
    expected = first + second if joined else f"{first}\n\n{second}"
    assert normalize(f"{first}\n\n{second}").text == expected


@pytest.mark.parametrize(
    ("prefix", "heading"),
    [
        ("000", "山东省工业和信息化工作会议在济南召开"),
        ("001", "一、总体要求"),
        ("001", "（一）聚力在产业创新上攻坚提质"),
        ("001", "山东省制造强省建设领导小组办公室"),
        ("001", "2024年5月31日"),
        ("002", "工业经济 挺起高质量发展“硬脊梁”"),
        ("002", "政策引领 助力工业稳增长"),
        ("004", "《推进新型工业化加快建设工业强市三年行动计划(2023—2025年)》执行情况评估报告"),
        ("004", "一、政策实施总体情况"),
    ],
)
def test_headings_stay_on_their_own_line(prefix: str, heading: str) -> None:
    assert heading in cleaned(seed(prefix)).text.split("\n")


def test_header_lines_are_kept_for_metadata() -> None:
    assert "发布日期: 2024-06-03 23:04:30" in cleaned(seed("001")).text.split("\n")
    lines = cleaned(seed("004")).text.split("\n")
    # (a page of half-width marks gets Chinese colons: 发布日期：2025-08-29)
    assert any(
        re.match(r"发布日期[:：]2025-08-29", line) and re.search("来源[:：]工业和信息化局", line)
        for line in lines
    )


@pytest.mark.parametrize("name", SEEDS)
def test_no_space_next_to_numbers(name: str) -> None:
    text = cleaned(name).text
    assert not re.search(r"\d [\u4e00-\u9fff%]|[\u4e00-\u9fff] \d", text)
    assert "**" not in text


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("000", "新增国家级绿色工厂98家、绿色工业园区12家"),
        ("000", "1-11月信息技术产业营收增长14.9%"),
        ("000", "开通5G基站20.2万个"),
        ("000", "分别高于全国10.9、2.3个百分点"),
        ("000", "确保全年技改投资增长6.5%以上"),
        ("000", "民营经济“38条”"),
        ("000", "数据管理能力成熟度评估模型（DCMM）贯标"),
        ("001", "实施100项重大科技创新项目"),
        ("001", "先进制造业“2024攻坚提质年”"),
        ("001", "（牵头单位：省科技厅；配合单位："),
        ("001", "R&D经费支出增长8%左右"),
        ("001", "分别高于全省3-5个百分点"),
        ("004", "工业节水示范(典范)企业12家"),
        ("004", "三年行动计划(2023—2025年)"),
        ("004", "全市算力总规模达5290PFlops"),
    ],
)
def test_numbers_and_real_parentheticals_survive(prefix: str, expected: str) -> None:
    assert expected in cleaned(seed(prefix)).text


def test_chinese_punctuation_is_not_folded() -> None:
    text = cleaned(seed("000")).text
    assert text.count("，") > 100
    assert "：" in text and "（" in text


# --- made-up inputs ---------------------------------------------------------------


def test_full_width_digits_and_letters_fold_to_ascii() -> None:
    result = normalize("规上工业增加值增长６．９％，５Ｇ基站２０．２万个：（见附表）")
    assert result.text == "规上工业增加值增长6.9%，5G基站20.2万个：（见附表）"


def test_thin_and_full_width_spaces_inside_numbers_are_removed() -> None:
    text = normalize("新增\u200998\u2009家，合计1\u202f449.7万元，1-11\u3000月增长\u00a06.9\u2009%").text
    assert text == "新增98家，合计1449.7万元，1-11月增长6.9%"


def test_spaces_between_latin_words_and_between_numbers_are_kept() -> None:
    text = normalize("采用 Open Source 软件 共 3 套，编号 2023 2024，合计 1 449.7 万元").text
    assert text == "采用Open Source软件共3套，编号2023 2024，合计1449.7万元"  # (a space inside prose goes)


def test_pinyin_annotations_are_removed_but_real_parentheticals_stay() -> None:
    text = normalize("新聞發(fā)布會(huì)在濟(jì)南舉行(2024年)，評估模型(DCMM)、方案(a)、發(fa)展").text
    assert text == "新闻发布会在济南举行(2024年)，评估模型(DCMM)、方案(a)、发展"


def test_lost_annotated_character_is_marked_corrupted() -> None:
    result = normalize("国家示范基地?cái)?shù)量均居全国首位。")
    assert result.text == "国家示范基地??量均居全国首位。"
    assert [result.text[a:b] for a, b in result.corrupted_spans] == ["??"]


def test_markdown_emphasis_is_removed() -> None:
    assert normalize("实施**100**项重大项目，**二是推进转型。**").text == "实施100项重大项目，二是推进转型。"


def test_markdown_heading_markers_are_removed() -> None:
    assert normalize("## 一、总体要求\n\n全省增长7%。#3号线").text == "一、总体要求\n\n全省增长7%。#3号线"


def test_real_question_mark_is_not_corruption() -> None:
    result = normalize("新一年工业经济如何深化?2025年,山东将继续推进。")
    assert result.corrupted_spans == []


def test_chrome_lines_are_stripped_but_similar_prose_is_not() -> None:
    text = normalize(
        "标题\n访问:\n字号: 默认 超大\n正文说明访问人数增长5%。\n分享:\n【打印此页】 【关闭窗口】"
    ).text
    assert text == "标题\n正文说明访问人数增长5%。"


def test_typical_government_page_chrome_is_stripped() -> None:
    page = (
        "当前位置：首页 > 新闻中心 > 工作动态\n【字体：大 中 小】\n全市工业会议召开\n"
        "发布时间：2024年6月3日 信息来源：市工信局\n全市工业增长5%。\n扫一扫在手机打开当前页\n"
        "打印 关闭\n版权所有：济南市人民政府 主办单位：济南市人民政府办公厅\n鲁ICP备05002413号"
    )
    # (the footer's host stays, as the one line of it that says whose page this is)
    assert normalize(page).text == (
        "全市工业会议召开\n发布时间：2024年6月3日 信息来源：市工信局\n全市工业增长5%。\n"
        "主办单位：济南市人民政府办公厅"
    )


def test_saved_html_page_is_reduced_to_its_text() -> None:
    page = (
        "<!DOCTYPE html><html><head><title>x</title><script>var a=1;</script></head><body>\n"
        '<div class="nav">当前位置：首页 &gt; 工作动态</div>\n'
        "<h1>全市工业会议召开</h1><p>发布日期：2024-01-09&nbsp;来源：市工信局</p>\n"
        "<p>1月9日，全市规上工业增加值<b>增长</b>&nbsp;6.9%，高于全省</p><p>2.6个百分点。</p>\n"
        "<div>【打印此页】 【关闭窗口】</div></body></html>"
    )
    result = normalize(page)
    assert result.text == (
        "全市工业会议召开\n\n发布日期：2024-01-09来源：市工信局\n\n"
        "1月9日，全市规上工业增加值增长6.9%，高于全省2.6个百分点。"
    )
    start = result.text.index("增长6.9%")
    end = start + len("增长6.9%")
    assert page[result.raw_offsets[start] : result.raw_offsets[end]] == "增长</b>&nbsp;6.9%"


def test_angle_brackets_in_plain_text_are_kept() -> None:
    assert normalize("指标<5%的企业，增长>3%。").text == "指标<5%的企业，增长>3%。"


def test_private_use_characters_are_corruption_markers() -> None:
    result = normalize("增长\ue123\ue456值增长6.9%。")
    assert [result.text[a:b] for a, b in result.corrupted_spans] == ["\ue123\ue456"]


def test_csv_with_bom_crlf_and_several_rows() -> None:
    raw = (
        "title,Text,url\r\n"
        '"会议召开","1月9日，会议召开。\r\n\r\n会议指出,增长6.9%。",http://a\r\n'
        '"第二篇","另一段，增长""7%""。",http://b\r\n'
    )
    decoded = decode(codecs.BOM_UTF8 + raw.encode())
    result = normalize(decoded.text)
    assert (
        result.text == '会议召开\n\n1月9日，会议召开。\n\n会议指出,增长6.9%。\n\n第二篇\n\n另一段，增长"7%"。'
    )
    start = result.text.index('"7%"')
    assert decoded.text[result.raw_offsets[start] : result.raw_offsets[start + 4]] == '""7%""'


def test_ascii_utf16_without_bom_in_both_byte_orders() -> None:
    text = "Industrial output report 2024, growth 6.9%.\n"
    assert decode(text.encode("utf-16-le")).encoding == "utf-16-le"
    assert decode(text.encode("utf-16-be")).encoding == "utf-16-be"
    assert decode(text.encode("utf-16-be")).text == text


def test_csv_wrapper_is_unwrapped_with_offsets() -> None:
    raw = 'url,title,text\nhttp://x.cn/a,会议召开,"1月9日，会议召开。""11266""体系,增长6.9%。"\n'
    result = normalize(raw)
    assert result.text == '会议召开\n\n1月9日，会议召开。"11266"体系,增长6.9%。'
    start = result.text.index("增长6.9%")
    raw_start = result.raw_offsets[start]
    assert raw[raw_start : raw_start + 6] == "增长6.9%"


def test_tab_separated_wrapper_is_unwrapped() -> None:
    raw = "id\t正文\n1\t全省规上工业增加值增长6.9%。\n"
    result = normalize(raw)
    assert result.text == "全省规上工业增加值增长6.9%。"
    assert raw[result.raw_offsets[0]] == "全"


def test_prose_with_commas_is_not_mistaken_for_csv() -> None:
    text = "会议指出,全省规上工业增长7.1%,高于全国2.5个百分点。"
    assert normalize(text).text == text


# --- corrupted spans -------------------------------------------------------------


def test_corrupted_spans_of_traditional_seed() -> None:
    result = cleaned(seed("003"))
    spans = [result.text[a:b] for a, b in result.corrupted_spans]
    assert len(spans) >= 4
    assert all("?" in span for span in spans)
    assert any("萍" in span for span in spans)
    assert any(span.startswith("?;咧") for span in spans)
    # the text around a corrupted span is kept
    assert "推动大宗固废规?;咧" in result.text
    assert "推动超过20%的“两高”行业" in result.text
    # legitimate question marks are not corrupted spans
    question = result.text.index("有哪些激励政策?") + len("有哪些激励政策")
    assert not any(a <= question < b for a, b in result.corrupted_spans)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "004"])
def test_clean_seeds_have_no_corrupted_spans(prefix: str) -> None:
    assert cleaned(seed(prefix)).corrupted_spans == []


# --- offsets -----------------------------------------------------------------------


#: the one-for-one repairs normalize makes on purpose: a half-width page's marks made Chinese
_REPAIRED = {(",", "，"), (".", "。"), (";", "；"), (":", "：")}


def _relates(raw_char: str, clean_char: str) -> bool:
    return (
        raw_char == clean_char
        or T2S.convert(raw_char) == clean_char
        or unicodedata.normalize("NFKC", raw_char) == clean_char
        or (clean_char in " \n" and raw_char.isspace())
        or (raw_char, clean_char) in _REPAIRED
    )


@pytest.mark.parametrize("name", SEEDS)
def test_raw_offsets_map_every_character_back(name: str) -> None:
    result, raw = cleaned(name), raw_text(name)
    offsets = result.raw_offsets
    assert len(offsets) == len(result.text) + 1
    assert all(a < b for a, b in itertools.pairwise(offsets))
    assert offsets[-1] <= len(raw)
    for index, char in enumerate(result.text):
        assert _relates(raw[offsets[index]], char), (index, raw[offsets[index]], char)


def test_raw_offsets_map_spans_back() -> None:
    result, raw = cleaned(seed("000")), raw_text(seed("000"))
    start = result.text.index("新增国家级绿色工厂98家")
    end = start + len("新增国家级绿色工厂98家")
    assert raw[result.raw_offsets[start] : result.raw_offsets[end]] == "新增国家级绿色工厂 98 家"

    result, raw = cleaned(seed("003")), raw_text(seed("003"))
    start = result.text.index("规上工业增长值增长7.1%")
    end = start + len("规上工业增长值增长7.1%")
    assert (
        raw[result.raw_offsets[start] : result.raw_offsets[end]]
        == "規(guī)上工業(yè)增長(zhǎng)值增長(zhǎng)7.1%"
    )


# --- encodings ---------------------------------------------------------------------

ENCODINGS = {
    "gb18030": lambda text: text.encode("gb18030"),
    "utf-16-le": lambda text: text.encode("utf-16-le"),
    "utf-16-be": lambda text: text.encode("utf-16-be"),
    "utf-16-le-bom": lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
    "utf-16-be-bom": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "utf-8-bom": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
}


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
@pytest.mark.parametrize("name", SEEDS)
def test_other_encodings_give_the_same_clean_text(name: str, encoding: str) -> None:
    data = ENCODINGS[encoding](raw_text(name))
    decoded = decode(data)
    assert decoded.encoding.replace("-sig", "-bom").startswith(encoding.replace("-bom", ""))
    assert decoded.text == raw_text(name)
    assert normalize(decoded.text).text == cleaned(name).text


@pytest.mark.parametrize("name", SEEDS)
def test_big5_gives_the_same_simplified_text(name: str) -> None:
    traditional = S2TW.convert(cleaned(name).text)
    decoded = decode(traditional.encode("big5", errors="strict"))
    assert decoded.encoding.startswith("big5")
    assert decoded.text == traditional
    result = normalize(decoded.text).text
    assert result == normalize(traditional).text
    assert T2S.convert(result) == result


def test_gbk_is_read_as_gb18030() -> None:
    decoded = decode(raw_text(seed("000")).encode("gbk"))
    assert decoded.encoding == "gb18030"
    assert 0.8 <= decoded.confidence <= 1.0


def test_utf8_with_one_broken_byte_is_kept_and_marked() -> None:
    data = (SEED_DIR / seed("000")).read_bytes()
    middle = data.index("高技术制造业投资".encode()) + 1
    decoded = decode(data[:middle] + data[middle + 1 :])
    assert decoded.encoding == "utf-8" and decoded.confidence < 1.0
    result = normalize(decoded.text)
    assert len(result.corrupted_spans) == 1


def test_utf8_mojibake_through_gbk_is_refused() -> None:
    garbled = raw_text(seed("000")).encode("utf-8").decode("gbk", errors="replace")
    with pytest.raises(QuarantineError) as caught:
        decode(garbled.encode("utf-8"))
    assert caught.value.reason == "undecodable"
    assert "mojibake" in caught.value.detail


def test_utf8_mojibake_through_latin1_is_repaired() -> None:
    original = raw_text(seed("000"))
    garbled = original.encode("utf-8").decode("latin-1")
    decoded = decode(garbled.encode("utf-8"))
    assert decoded.text == original
    assert decoded.confidence < 1.0


# --- refusals ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty_file"),
        (b"  \r\n\t\n", "empty_file"),
        (codecs.BOM_UTF8 + b"\n\n", "empty_file"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(200), "binary"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary"),
        (b"report\x00\x01\x02\x03data" * 50, "binary"),
        (bytes(RNG.randrange(0x81, 0xFF) for _ in range(3000)), "undecodable"),
        (b"\xaa\xaa" * 1000, "undecodable"),
        ("Ærøskøbing café, señor: ½ déjà vu".encode("latin-1") * 20, "undecodable"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8\x41\x00", "undecodable"),
    ],
)
def test_refused_inputs(data: bytes, reason: str) -> None:
    with pytest.raises(QuarantineError) as caught:
        decode(data)
    assert caught.value.reason == reason
    assert caught.value.detail


class _LengthChangingConverter:
    """A stand-in for OpenCC whose conversion of 發 is two characters long."""

    def convert(self, text: str) -> str:
        return text.replace("發", "发发").replace("聞", "闻")


def test_offsets_stay_exact_when_conversion_changes_length(monkeypatch: pytest.MonkeyPatch) -> None:
    import pipelines.stages.normalize as module

    monkeypatch.setattr(module, "_t2s", _LengthChangingConverter)
    raw = "新聞發布會召開。\n第二行新聞。"
    result = normalize(raw)
    assert result.text == "新闻发发布會召開。\n第二行新闻。"
    assert len(result.raw_offsets) == len(result.text) + 1
    first, second = result.text.index("发"), result.text.index("发") + 1
    assert raw[result.raw_offsets[first]] == raw[result.raw_offsets[second]] == "發"
    assert raw[result.raw_offsets[result.text.index("第")]] == "第"
    assert result.raw_offsets[-1] == len(raw)


NOISE = (
    " ",
    "\n",
    "\n\n\n",
    "?",
    "\ufffd",
    "**",
    "\u3000",
    "１",
    "(fā)",
    "“",
    "，",
    "\r\n",
    "\t",
    "\u2009",
    ",",
)


def _noisy_fragment(rng: random.Random) -> str:
    text = raw_text(rng.choice(SEEDS))
    start = rng.randrange(len(text))
    chars = list(text[start : start + rng.randrange(1, 300)])
    for _ in range(rng.randrange(8)):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(NOISE))
    return "".join(chars)


def test_offset_map_invariants_on_noisy_fragments() -> None:
    """Random cuts of the seeds with inserted noise: the offset map and spans stay well-formed."""
    rng = random.Random(2024)
    for _ in range(300):
        raw = _noisy_fragment(rng)
        result = normalize(raw)
        offsets = result.raw_offsets
        assert len(offsets) == len(result.text) + 1
        assert all(a <= b for a, b in itertools.pairwise(offsets)), raw
        assert offsets[0] >= 0 and offsets[-1] <= len(raw)
        for index, char in enumerate(result.text):
            assert _relates(raw[offsets[index]], char), (raw, index)
        for start, end in result.corrupted_spans:
            assert 0 <= start < end <= len(result.text)


def test_a_tables_column_gaps_stay_and_proses_spaces_go() -> None:
    text = (
        "全年增长　　8.1%，高于全国。\n"
        "指标名称　　单位　　2024年基数　　2025年\n"
        "规上工业增加值增速　　%　　6.1　　6.5"
    )
    cleaned = normalize(text).text
    assert cleaned.split("\n") == [
        "全年增长8.1%，高于全国。",
        "指标名称  单位  2024年基数  2025年",
        "规上工业增加值增速  %  6.1  6.5",
    ]


def test_a_number_broken_across_lines_is_joined_into_one() -> None:
    text = "全年规上工业增加值增长8.1%，装备制造业增加值增长1\n\n0.3%，对全省规上工业增长的贡献最为突出。"
    assert (
        normalize(text).text
        == "全年规上工业增加值增长8.1%，装备制造业增加值增长10.3%，对全省规上工业增长的贡献最为突出。"
    )


def test_a_row_of_number_cells_keeps_its_single_spaces() -> None:
    """粗钢 万吨 3287.5 -2.1 is four cells, not 万吨3287.5 and a range 3287.5-2.1; prose keeps
    its ranges (5 - 6% → 5-6%)."""
    text = "产品名称 单位 产量 比上年增长（%）\n粗钢 万吨 3287.5 -2.1\n全年增长 5 - 6%，好于预期。"
    assert normalize(text).text.split("\n") == [
        "产品名称 单位 产量 比上年增长（%）",
        "粗钢 万吨 3287.5 -2.1",
        "全年增长5-6%，好于预期。",
    ]


def test_a_wechat_articles_byline_goes_and_its_dateline_is_not_joined_to_the_title() -> None:
    text = (
        "喜报！长沙新增43家“小巨人”企业，总数达268家\n\n原创 长沙工信 长沙工信\n"
        "2025年09月05日 18:06 湖南\n\n近日，工业和信息化部公布名单。"
    )
    assert normalize(text).text.split("\n")[:3] == [
        "喜报！长沙新增43家“小巨人”企业，总数达268家",
        "",
        "2025年09月05日18:06湖南",
    ]


def test_a_title_ending_on_a_figure_is_not_joined_to_the_accounts_byline_under_it() -> None:
    text = (
        "“襄阳工业大脑”交出成绩单：接入企业超3200家，累计帮企业省下4.6亿元\n\n"
        "襄阳发布\u30002025年09月18日 08:30\u3000湖北\n\n9月17日，记者从市经信局获悉。"
    )
    lines = normalize(text).text.split("\n")
    assert lines[0].endswith("4.6亿元")
    assert lines[2].startswith("襄阳发布")


def test_a_table_row_with_a_comma_in_an_aside_is_still_a_row() -> None:
    text = (
        "产品名称  单位  产量  比上年增长（%）\n天然气  亿立方米  26.4  5.7\n"
        "白酒（折65度，商品量）  万千升  10.86  -3.2\n化肥（折纯）  万吨  68.3  2.1\n"
    )
    assert normalize(text).text.split("\n")[2:4] == [
        "白酒（折65度，商品量）  万千升  10.86  -3.2",
        "化肥（折纯）  万吨  68.3  2.1",
    ]


def test_a_scans_digits_spaced_out_in_prose_are_one_number() -> None:
    text = "前三季度，全市工业投资增长1 8.4%，完成规上工业总产值3 6 8 7.4亿元，编号2023 2024。"
    assert (
        normalize(text).text
        == "前三季度，全市工业投资增长18.4%，完成规上工业总产值3687.4亿元，编号2023 2024。"
    )


def test_a_chapters_heading_with_a_comma_is_not_joined_to_its_first_paragraph() -> None:
    text = "二、行业增长面扩大，装备制造业支撑作用突出\n\n11月份，在41个工业大类行业中，有33个行业增长。"
    assert normalize(text).text.split("\n")[0] == "二、行业增长面扩大，装备制造业支撑作用突出"


def test_tabs_between_cells_are_column_gaps() -> None:
    text = "序号\t指标\t单位\t2024年基数\t2025年\n1\t规上工业营业收入\t亿元\t5620\t6200\n"
    assert normalize(text).text.split("\n")[:2] == [
        "序号  指标  单位  2024年基数  2025年",
        "1  规上工业营业收入  亿元  5620  6200",
    ]


def test_a_row_with_empty_cells_keeps_its_cells_apart() -> None:
    """固定资产投资 — — -3.4 has no level, only a growth: not 固定资产投资—— -3.4, whose dashes
    would run into the number."""
    text = "指标名称\u3000单位\u3000绝对值\u3000比上年同期增长±%\n工业投资\u3000—\u3000—\u300018.6\n"
    assert normalize(text).text.split("\n")[1] == "工业投资  —  —  18.6"  # column gaps


def test_a_pdfs_page_numbers_and_running_header_go_and_the_sentence_they_cut_is_whole() -> None:
    header = "辽宁省工业和信息化厅文件"
    page = "全省规上工业企业实现营业收入3.52万亿元，同比增长3.9%；实现利润总额\n\n— {n} —\n\n" + header + "\n"
    text = (
        header
        + "\n\n关于2025年度工作总结的报告\n\n"
        + page.format(n=1)
        + "1486.2亿元，增长6.8%。新增国家级专精特新“小巨人”企业\n\n— 2 —\n\n"
        + header
        + "\n"
        + "58家。全年工业投资增长10.5%，\n\n— 3 —\n\n"
        + header
        + "\n其中技改投资增长14.8%。"
    )
    cleaned = normalize(text).text
    assert cleaned.startswith(header + "\n")  # the letterhead stays
    assert cleaned.count(header) == 1 and "—" not in cleaned
    assert "实现利润总额1486.2亿元" in cleaned and "“小巨人”企业58家" in cleaned


def test_a_running_headers_first_line_stays_even_when_its_words_stand_earlier_in_a_sentence() -> None:
    header = "辽宁省工业和信息化厅文件"
    pages = "".join(
        f"全年工业投资增长10.5%，\n\n— {n} —\n\n{header}\n其中技改投资增长14.8%。\n\n" for n in (1, 2, 3)
    )
    text = f"本报告依据{header}编写。\n\n{header}\n\n{pages}"
    cleaned = normalize(text).text
    assert cleaned.count(header) == 2 and f"\n{header}\n" in cleaned  # the sentence's and the letterhead


def test_a_lines_emoji_and_bullets_become_spaces_and_damage_and_zero_marks_stay() -> None:
    raw = "✅ 工业投资增长10%以上\n🥇 六盘水市增速居全省第1位\n二○二五年工业□□增长\n"
    cleaned = normalize(raw)
    assert cleaned.text.split("\n")[:2] == ["工业投资增长10%以上", "六盘水市增速居全省第1位"]
    assert "2025年工业□□增长" in cleaned.text
    first = cleaned.text.index("工业投资")
    assert raw[cleaned.raw_offsets[first]] == "工"  # offsets still lead to the raw text


def test_a_wechat_posts_title_byline_bold_emoji_heading_and_short_item_lines_stay_apart() -> None:
    raw = (
        "数读｜前5个月全市工业经济稳中有进、质效向好\n"
        "原创 潍坊统计 潍坊统计 2026年06月23日 17:45 山东\n\n"
        "**📈 一、总量：增速稳中有升**\n\n"
        "⚡ 电力、热力、燃气及水生产和供应业 增长3.7%\n"
        "40个工业大类行业中\n"
    )
    lines = normalize(raw).text.split("\n")
    assert lines[:2] == [
        "数读|前5个月全市工业经济稳中有进、质效向好",
        "原创 潍坊统计 潍坊统计2026年06月23日17:45山东",
    ]
    assert "一、总量：增速稳中有升" in lines
    assert "电力、热力、燃气及水生产和供应业 增长3.7%" in lines and "40个工业大类行业中" in lines


def test_a_box_drawn_table_becomes_a_ruled_table_without_its_bars() -> None:
    raw = (
        "┌────┬──────┬────┐\n│ 区县   │ 增速（%）  │ 位次 │\n├────┼──────┼────┤\n"
        "│ 寿光市 │  13.8 █████████████▌    │   1  │\n└────┴──────┴────┘\n"
    )
    lines = [re.sub(r" +", " ", line) for line in normalize(raw).text.split("\n")]
    assert lines == ["| 区县 | 增速（%） | 位次 |", "| 寿光市 | 13.8 | 1 |"]


def test_a_long_navigation_bar_with_wide_gaps_is_read_in_one_pass() -> None:
    """The navigation-bar pattern once let each gap's spaces go to either side of a bar, which
    made a line of twelve items that is no bar (words follow it) take minutes: a hostile page
    could stall a batch. Its items now start and end on a non-space."""
    items = "".join(f"  |  栏目{i}" for i in range(12))
    not_a_bar = normalize(f"标题\n\n首页{items}      English and more words\n\n正文").text
    assert "English and more words" in not_a_bar  # kept: words follow the items
    a_bar = normalize(f"标题\n\n首页{items}\n\n正文").text
    assert "栏目" not in a_bar  # a bar alone is chrome


def test_a_scans_stray_spaces_inside_words_of_prose_go_but_a_speakers_label_keeps_its_own() -> None:
    text = normalize(
        "全年规模以上羊绒企业实现营 业收入86.3亿元，企业资 产负债率为54.3%。\n【发布人】区长 王海燕：\n"
    ).text
    assert "实现营业收入86.3亿元，企业资产负债率为54.3%。" in text
    assert "区长 王海燕：" in text


def test_a_header_of_columns_atop_each_of_several_tables_is_no_running_header() -> None:
    # the same header over three tables repeats like a PDF's running header, but it parts columns
    table = "指标\t单位\t1—10月\t同比增长%\n规上工业增加值\t%\t—\t9.6\n"
    text = normalize(f"表1 工业\n{table}\n表2 投资\n{table}\n表3 消费\n{table}").text
    assert text.count("指标  单位  1—10月  同比增长%") == 3


def test_the_rows_of_a_tab_separated_table_stay_rows() -> None:
    # rows that end on a date (完成时限) run on into the next row's number unless their gaps say rows
    raw = (
        "序号\t重点任务\t主要目标\t牵头单位\t完成时限\n"
        "1\t强化运行监测\t规上工业增加值增长5.5%左右；重点企业产值增长6%以上\t运行局\t2026年12月底\n"
        "2\t培育市场主体\t新增规上工业企业400家以上；总数达到5200家\t中小企业局\t2026年12月底\n"
    )
    lines = normalize(raw).text.split("\n")
    assert len(lines) == 3 and lines[2].startswith("2")


def test_a_scans_letters_for_digits_are_read_as_the_digits_they_stand_for() -> None:
    # 1O.5, l—5月, 4l2, O.6, 5,2%, 亿兀 and a point for a full stop; O2O and Latin words stay
    raw = "l—5月，产量增长1O.5%，企业达4l2家，加快O.6个百分点，增长5,2%，出口213.5亿兀，基础较好.\nO2O与PMI。"
    result = normalize(raw)
    assert result.text == (
        "1—5月，产量增长10.5%，企业达412家，加快0.6个百分点，增长5.2%，出口213.5亿元，基础较好。\nO2O与PMI。"
    )
    at = result.text.index("412")
    assert raw[result.raw_offsets[at] : result.raw_offsets[at + 3]] == "4l2"


def test_a_stray_full_width_space_in_an_indented_paragraph_is_no_column_gap() -> None:
    raw = "    上半年，全市规模以上工业　增加值同比增长7.4%。\n\n地区　增速　占比\n芗城区　3.1　62.4\n"
    text = normalize(raw).text
    assert "全市规模以上工业增加值同比增长7.4%" in text
    assert "芗城区  3.1  62.4" in text  # (a row's single gaps still part its cells)


def test_a_table_scraped_one_cell_a_line_gets_its_rows_back() -> None:
    raw = (
        "2025年1—9月全市主要指标\n\n指标名称\n单位\n1—9月\n同比增长(%)\n"
        "规模以上工业增加值\n亿元\n2386.5\n6.8\n其中：轻工业\n亿元\n512.7\n4.1\n"
        "产品销售率\n%\n97.8\n-0.4\n\n注：增速按可比价格计算。\n"
    )
    result = normalize(raw)
    assert "指标名称  单位  1—9月  同比增长(%)\n规模以上工业增加值  亿元  2386.5  6.8\n" in result.text
    assert "\n产品销售率  %  97.8  -0.4\n" in result.text
    at = result.text.index("2386.5")
    assert raw[result.raw_offsets[at] : result.raw_offsets[at + 6]] == "2386.5"


def test_a_page_written_with_half_width_marks_gets_chinese_marks() -> None:
    raw = "好于全国.1-8月,全省工业增加值增长8.1%,高于全国1.9个百分点,居第4位;营业收入29,876.5亿元.时间:09:30"
    result = normalize(raw)
    assert result.text == (
        "好于全国。1-8月，全省工业增加值增长8.1%，高于全国1.9个百分点，居第4位；营业收入29,876.5亿元。时间：09:30"
    )
    assert len(result.text) == len(raw)  # one mark for one


def test_a_page_with_a_few_half_width_commas_keeps_them() -> None:
    raw = "全省工业增加值增长8.1%，高于全国1.9个百分点，其中A,B两类企业增长较快。"
    assert normalize(raw).text == raw


def test_a_two_character_word_spaced_out_is_one_word_but_a_gap_between_cells_stays() -> None:
    cleaned = normalize(
        "指　标　　单　位　　2023　　2024\n营业收入　　亿元　　8394.1　　9026.8\n"
        "芜湖日报　2025年12月30日　第A03版"
    ).text
    assert cleaned.startswith("指标  单位")
    assert "30日  第A03版" in cleaned or "30日 第A03版" in cleaned


def test_a_csv_table_whose_rows_end_on_an_empty_cell_is_still_a_table() -> None:
    """The CSV wrapper's reader counts the empty cell after a row's last comma (备注 left blank)."""
    cleaned = normalize(
        '指标名称,单位,2025年1-9月,备注\n地区生产总值,亿元,"3,512.67",\n社会消费品零售总额,亿元,1286.35,\n'
    ).text
    assert "地区生产总值  亿元  3512.67" in cleaned


def test_a_rows_numbers_with_thousands_separators_keep_their_gap_to_the_label() -> None:
    # 3,720.5's comma groups thousands: the row is no prose, its column gap stays
    cleaned = normalize("项目\t2022年\t2023年\n地区生产总值\t3,720.5\t3,886.2\n").text
    assert "地区生产总值  3,720.5  3,886.2" in cleaned


def test_a_sum_in_uppercase_financial_numerals_becomes_ordinary_numerals() -> None:
    # one character for one: 贰仟叁佰肆拾伍万元 reads as 二千三百四十五万元; 拾金不昧 is no sum
    cleaned = normalize("补助资金合计人民币贰仟叁佰肆拾伍万元整。拾金不昧。").text
    assert "二千三百四十五万元整" in cleaned and "拾金不昧" in cleaned


def test_a_spreadsheet_pasted_with_tabs_keeps_its_empty_cells_in_place() -> None:
    # 企业数\t个\t\t628\t5.4: the empty 11月 cell is marked, so 628 stays under 1—11月; tabs
    # that only line up the words of other lines (a count that varies) are a gap as before
    cleaned = normalize(
        "指标\t单位\t11月\t1—11月\t同比增长%\n企业数\t个\t\t628\t5.4\n增加值增速\t%\t9.1\t8.3\t\n\n"
        "姓名\t\t张三\n电话\t12345\n"
    ).text
    assert "企业数  个  —  628  5.4\n增加值增速  %  9.1  8.3  —" in cleaned
    assert "姓名  张三" in cleaned


def test_a_csv_tables_empty_cell_between_values_is_marked() -> None:
    cleaned = normalize(
        "指标,单位,11月,1—11月\n企业数,个,,628\n增加值增速,%,9.1,8.3\n总产值,亿元,118.6,1206.4\n"
    ).text
    assert "企业数  个  —  628" in cleaned


def test_a_web_pages_table_cells_are_columns_and_its_rows_lines() -> None:
    # <td>3652.8</td><td>8.4</td> joined bare would read 3652.88.4
    cleaned = normalize(
        "<html><body><p>株洲市工业经济主要指标</p>\n<table>\n"
        "<tr><td>指标名称</td><td>单位</td><td>1—10月</td><td>同比增长（%）</td></tr>\n"
        "<tr><td>规模以上工业总产值</td><td>亿元</td><td>3652.8</td><td>8.4</td></tr>\n"
        "<tr><td>工业用电量</td><td>亿千瓦时</td><td>86.37</td><td>7.9</td></tr>\n</table></body></html>"
    ).text
    assert (
        "指标名称  单位  1—10月  同比增长（%）\n规模以上工业总产值  亿元  3652.8  8.4\n工业用电量" in cleaned
    )


def test_a_dot_leader_between_a_name_and_its_values_is_a_column_gap() -> None:
    # 规模以上工业总产值（亿元）……11236.8……6.5; a prose ellipsis (……) stays
    cleaned = normalize(
        "规模以上工业总产值（亿元）…………………11236.8…………6.5\n产品销售率（%）·····················97.8\n"
        "企业反映订单不足、成本上升……等问题。"
    ).text
    assert "规模以上工业总产值（亿元）  11236.8  6.5\n产品销售率（%）  97.8" in cleaned
    assert "成本上升……等问题" in cleaned


def test_a_pages_related_articles_and_footer_are_chrome() -> None:
    # 相关阅读 ↵ · 1—9月…增长7.5%（2025-10-22）: other pages' headlines; 邮编：314300, 第1286543位访客
    text = (
        "全县规上工业增加值增长8.1%。\n\n相关阅读\n· 1—9月全县规上工业增加值增长7.5%（2025-10-22）\n"
        "· 我县新增3家省级专精特新中小企业（2025-09-15）\n\n"
        "地址：海盐县武原街道百尺北路88号　　联系电话：0573-86012345　　邮编：314300\n"
        "您是本站第1286543位访客　　建议使用1920×1080分辨率浏览\n"
    )
    cleaned = normalize(text).text
    assert "增长8.1%" in cleaned
    assert "7.5%" not in cleaned and "3家" not in cleaned
    assert "314300" not in cleaned and "1286543" not in cleaned


def test_a_number_a_narrow_image_cut_across_lines_is_one_number_again() -> None:
    # …地区生产总值3 ↵ 386.4亿元 (two even clauses before the cut, no subhead), 增长36. ↵ 7%
    text = (
        "根据地区生产总值统一核算结果，上半年嘉兴市实现地区生产总值3\n386.4亿元，同比增长6.2%。\n"
        "从产品看，新能源汽车产量8.6万辆，增长36.\n7%；光伏电池产量12.4GW，增长9.3%。\n"
    )
    cleaned = normalize(text).text
    assert "地区生产总值3386.4亿元" in cleaned and "增长36.7%" in cleaned


def test_an_images_placeholder_line_is_chrome() -> None:
    # 图片 (or [图片]) where a WeChat page had an image: no text of the page
    cleaned = normalize("数说嘉兴\n\n图片\n上半年，全市经济运行总体平稳。\n[图片]\n").text
    assert "图片" not in cleaned and "总体平稳" in cleaned


def test_a_decimal_point_read_as_dian_or_a_comma_is_a_point_again() -> None:
    # 增长8点2%, 52,7亿元, 1,3个百分点; but 1,286亿元 groups thousands and 10点30分 is a time
    cleaned = normalize(
        "增长8点2%，利润总额52,7亿元，高于全市1,3个百分点；产值1,286亿元，10点30分开会。"
    ).text
    assert "增长8.2%" in cleaned and "52.7亿元" in cleaned and "1.3个百分点" in cleaned
    assert "1,286亿元" in cleaned and "10点30分" in cleaned


def test_a_sheet_saved_as_csv_keeps_its_tables_rows_and_its_text_lines_apart() -> None:
    # a title, a unit line and paragraphs padded with empty cells (…,,,,), a table whose last
    # columns no row fills, and a paragraph the sheet split at the comma of 1,000
    raw = (
        "江西省2025年主要工业指标分设区市情况,,,,\n"
        "单位：%；家,,,,\n"
        "地区,工业投资增速(%),新增规上工业企业(家),,\n"
        '全省,9.4,"1,286",,\n'
        "南昌,10.2,186,,\n"
        "景德镇,4.7,58,,\n"
        ",,,,\n"
        "五、2026年目标。新增规上工业企业1,000家以上，规上工业营业收入力争突破5万亿元。,,,\n"
    )
    assert normalize(raw).text.split("\n") == [
        "江西省2025年主要工业指标分设区市情况",
        "单位：%；家",
        "地区  工业投资增速(%)  新增规上工业企业(家)",
        "全省  9.4  1286",
        "南昌  10.2  186",
        "景德镇  4.7  58",
        "",
        "五、2026年目标。新增规上工业企业1000家以上，规上工业营业收入力争突破5万亿元。",
    ]


def test_an_ocrd_infographics_figure_cut_into_lines_is_put_back_together() -> None:
    # the number over its unit, and what is measured over its number, each a line of its own;
    # a label over its number stays on its line, and so do a PDF's cells a line (增长 ↵ 7.9%)
    raw = (
        "地区生产总值\n312.6\n亿元\n同比增长\n6.1%\n▲ 高于全市\n0.4个百分点\n增速居全市\n第3位\n"
        "规上工业总产值\n742.3\n亿元\n增长\n9.2\n%\n\n"
        "规模以上工业增加值\n亿元\n1526.8\n增长\n7.9%\n"
    )
    assert normalize(raw).text.split("\n") == [
        "地区生产总值",
        "312.6亿元",
        "同比增长6.1%",
        "▲ 高于全市0.4个百分点",
        "增速居全市第3位",
        "规上工业总产值",
        "742.3亿元",
        "增长",
        "9.2%",
        "",
        "规模以上工业增加值",
        "亿元",
        "1526.8",
        "增长",
        "7.9%",
    ]


def test_a_unit_line_listing_its_units_with_a_comma_stays_above_the_tables_header() -> None:
    text = (
        "表1 2025年分季度大工业平均到户电价\n\n单位：元/千瓦时，%\n\n"
        "季度　　到户电价　　同比增减\n一季度　　0.6395　　-2.8\n"
    )
    lines = normalize(text).text.split("\n")
    assert "单位：元/千瓦时，%" in lines


def test_a_tab_parted_table_keeps_its_numbers_thousands_separators_and_its_lines() -> None:
    # (commas inside 240,853.62 are no CSV cells; the table's last row is no sentence the
    # paragraph below goes on; the unit line under a caption is a line of its own)
    text = (
        "（1）主营业务分产品情况\n单位：万元 币种：人民币\n"
        "分产品\t营业收入\t营业成本\t毛利率（%）\n"
        "锂电类工具\t240,853.62\t172,619.79\t28.33\n"
        "交流类工具\t108,617.40\t85,297.24\t21.47\n"
        "配件及其他\t30,335.13\t23,303.45\t23.18\n"
        "报告期内，锂电类工具营业收入增长较快。\n"
    )
    lines = normalize(text).text.split("\n")
    assert "单位：万元 币种：人民币" in lines
    assert "锂电类工具  240,853.62  172,619.79  28.33" in lines
    assert "配件及其他  30,335.13  23,303.45  23.18" in lines


def test_a_podiums_officials_each_on_a_line_of_their_own_stay_apart() -> None:
    text = (
        "发布人：\n自治区商务厅党组成员、副厅长　韦立东\n南宁海关党委委员、副关长　陈晓宁\n"
        "钦州市人民政府副市长　黄海涛\n"
    )
    lines = normalize(text).text.split("\n")
    assert "南宁海关党委委员、副关长 陈晓宁" in lines
    assert "钦州市人民政府副市长 黄海涛" in lines


def test_a_tab_separated_row_whose_middle_cell_lists_names_keeps_its_column_gaps() -> None:
    raw = "1\t某某医疗器械有限公司\t一次性输液器、注射器\t36.2\t9.7\t8650\n注：营业收入为快报数。"
    assert (
        normalize(raw).text.split("\n")[0] == "1  某某医疗器械有限公司  一次性输液器、注射器  36.2  9.7  8650"
    )


def test_a_tab_separated_row_whose_last_cell_is_a_remark_in_prose_keeps_its_column_gaps() -> None:
    raw = "1\t某某产业园项目\t南昌市南昌县\t86.5\t24.0\t20.8\t一期厂房竣工，二期主体施工\n"
    assert (
        normalize(raw).text == "1  某某产业园项目  南昌市南昌县  86.5  24.0  20.8  一期厂房竣工，二期主体施工"
    )


def test_a_two_character_header_word_spaced_out_between_column_gaps_is_one_cell() -> None:
    raw = "产品名称          单 位           产 量         比上年增长(%)\n纱    吨    48215    6.8\n说 明 书"
    lines = normalize(raw).text.split("\n")
    assert lines[0].split() == ["产品名称", "单位", "产量", "比上年增长(%)"]
    assert lines[2] == "说 明 书"  # (no column gap: spaced prose stays as it is)


def test_a_scans_misread_characters_in_the_words_figures_are_named_by_are_read_back() -> None:
    raw = "全年实现营业收人86.2亿元，宫业收入利闰率为5.1%，比上年提高0.3个白分点。"
    text = normalize(raw).text
    assert text == "全年实现营业收入86.2亿元，营业收入利润率为5.1%，比上年提高0.3个百分点。"


def test_a_navigation_bar_with_its_english_link_is_chrome() -> None:
    raw = "统计局\n首页 | 机构 | 新闻 | 数据 | 公开    English\n\n10月份规模以上工业增加值增长5.1%\n"
    assert "首页" not in normalize(raw).text


def test_a_header_word_spaced_wider_and_a_cells_thousands_grouped_by_a_space_between_wide_gaps() -> None:
    raw = (
        "产品名称          计量单位        产  量        比上年增长（%）\n"
        "光伏电池          万千瓦          1 265.0       28.6\n"
        "锂离子电池        万只            5 432         17.9\n"
        "集成电路 亿块 32.8 24.6\n"
    )
    lines = normalize(raw).text.split("\n")
    assert lines[0].split() == ["产品名称", "计量单位", "产量", "比上年增长（%）"]
    assert lines[1].split() == ["光伏电池", "万千瓦", "1265.0", "28.6"]
    assert lines[2].split() == ["锂离子电池", "万只", "5432", "17.9"]
    assert lines[3].split() == ["集成电路", "亿块", "32.8", "24.6"]  # (single spaces part its cells)


def test_a_slides_bullets_and_its_page_counter_stay_lines_of_their_own() -> None:
    text = (
        "CITY PROFILE\n● 面积5322平方公里，常住人口约276万人\n"
        "● 2024年实现地区生产总值1786.3亿元，同比增长6.1%\n● 获评国家外贸转型升级基地\n4 / 18\n"
    )
    lines = normalize(text).text.split("\n")
    assert "● 2024年实现地区生产总值1786.3亿元，同比增长6.1%" in lines
    assert "● 获评国家外贸转型升级基地" in lines and "4 / 18" in lines


def test_a_headline_stays_apart_from_its_accounts_byline_with_the_spaces_gone() -> None:
    # (the spaces between Han characters and digits are dropped before lines are joined)
    text = (
        "开门红！一季度清河经济“成绩单”来了，多项指标领跑全市\n\n清河发布 2025年04月22日 18:30 河北\n\n正文。"
    )
    lines = normalize(text).text.split("\n")
    assert lines[0] == "开门红！一季度清河经济“成绩单”来了，多项指标领跑全市"
    assert "清河发布2025年04月22日18:30河北" in lines


def test_a_date_spaced_out_beside_a_column_gap_is_one_date() -> None:
    text = (
        "宿州统计月报\n2025 年第 10 期（总第 358 期）\n\n"
        "宿州市统计局 编印                2025 年 11 月 21 日\n\n正文。"
    )
    cleaned = normalize(text)
    lines = cleaned.text.split("\n")
    assert lines[1] == "2025年第10期（总第358期）"
    assert lines[3].endswith("2025年11月21日")
    at = cleaned.text.index("11月21日")  # (each character still leads back to the raw text)
    assert text[cleaned.raw_offsets[at] : cleaned.raw_offsets[at] + 2] == "11"


def test_a_headline_is_not_joined_to_the_author_or_reporter_line_under_it() -> None:
    text = (
        "江西11市前三季度GDP排名出炉：南昌稳居第一，九江增速领跑\n\n赣鄱观察室\n"
        "2025-10-29 18:42发布于江西\n\n前几天，江西省统计局公布了数据。\n\n"
        "工业十强城市：深圳守住榜首，苏州与上海差距缩至343亿元\n\n"
        "界面新闻记者 | 林嘉\n界面新闻编辑 | 王晓\n"
    )
    lines = normalize(text).text.split("\n")
    assert "江西11市前三季度GDP排名出炉：南昌稳居第一，九江增速领跑" in lines
    assert "工业十强城市：深圳守住榜首，苏州与上海差距缩至343亿元" in lines


def test_the_next_item_of_a_labelled_list_on_its_own_line_is_not_joined_to_the_one_before() -> None:
    # 发布人：…副局长 刘建华 ↵ 　　　　市商务局…处长 张敏: two people, not 刘建华市商务局 (a city's bureau)
    text = (
        "发布人：市商务局党组成员、副局长 刘建华\n　　　　市商务局外国投资管理处处长 张敏\n"
        "主持人：市政府新闻办公室副主任 王磊\n"
    )
    lines = normalize(text).text.split("\n")
    assert lines[0].endswith("刘建华")
    assert lines[1].startswith("市商务局外国投资管理处")


def test_a_range_of_months_in_words_after_a_year_is_in_digits_to_its_end() -> None:
    # 二零二六年一月至十月 → 2026年1月至10月 (a month named alone, 十月份, stays as prose writes it)
    cleaned = normalize("二零二六年一月至十月，商品整體出口貨值上升13.2%。十月份，進口上升9.8%。").text
    assert cleaned.startswith("2026年1月至10月，")
    assert "十月份，" in cleaned


def test_a_headers_cell_that_lists_names_keeps_its_column_gaps() -> None:
    # (電力、氣體及水的生產及分配業: a cell's 、 makes no prose of the header it stands in)
    text = normalize(
        "期間\t工業總指數\t按年變動（%）\t製造業\t按年變動（%）\t電力、氣體及水的生產及分配業\t按年變動（%）\n"
    ).text
    assert text.split("  ")[4:6] == ["按年变动（%）", "电力、气体及水的生产及分配业"]
    assert len(text.split("  ")) == 7
