"""Normalize: raw bytes to clean simplified text with a map back to the raw text.

Two steps, each usable alone:

* :func:`decode` turns bytes into text and refuses (``QuarantineError``) what
  is empty, binary or cannot be decoded with confidence. Guessing garbage is
  worse than refusing, because garbage produces plausible-looking figures.
* :func:`normalize` cleans the decoded text: pinyin annotations and web-page
  chrome go, traditional becomes simplified, full-width digits become ASCII,
  spaces inside numbers go, lines broken mid-sentence are rejoined, and spans
  damaged by an earlier bad conversion (``??萍紕?``) are marked so that the
  extractor can distrust figures that touch them.

Every edit is done by :func:`_edit`, a regex pass that carries the offset map
along with the text, so ``raw_offsets`` stays exact without a per-character
Python loop over the document.
"""

from __future__ import annotations

import bisect
import codecs
import csv
import html
import io
import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache, lru_cache

import charset_normalizer
import opencc

from pipelines.reference import alternation, load_csv
from pipelines.stages.models import DecodedFile, NormalizedText, QuarantineError

# ---------------------------------------------------------------------------
# decode
# ---------------------------------------------------------------------------

#: Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Signatures of formats that are certainly not plain text.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE document (DOC/XLS)"),
    (b"BM", "BMP image"),
    (b"RIFF", "RIFF container"),
    (b"\x7fELF", "ELF executable"),
)

#: Legacy Chinese encodings tried when the bytes are not UTF-8. GB18030 is a
#: superset of GBK and GB2312; Big5-HKSCS is a superset of Big5.
_LEGACY_ENCODINGS = ("gb18030", "big5hkscs")

#: Minimum share of "plausible" characters for a decoding to be accepted.
_MIN_PLAUSIBLE = 0.97
#: Minimum share of common Han characters among the Han characters of a legacy decoding.
_MIN_COMMON_HAN = 0.80
#: A longer text with fewer distinct Han characters is a repeated byte pattern, not prose.
_MIN_DISTINCT_HAN = 10
#: Broken UTF-8 sequences tolerated: at most one per this many characters.
_MAX_BROKEN_UTF8_PER = 2000
#: Bytes of valid multi-byte UTF-8 needed per broken sequence to call a file damaged UTF-8.
_MIN_UTF8_EVIDENCE = 100

#: Any decoding whose Han characters are less common than this is mojibake.
_MIN_COMMON_HAN_ANY = 0.6
#: Han characters needed before the common-character share is trusted.
_MIN_HAN_TO_JUDGE = 100
#: Han characters sampled (from the start) to judge a decoding.
_HAN_SAMPLE = 800
#: ``å·¥`` - a UTF-8 lead byte and two continuation bytes shown as cp1252.
_LATIN1_MOJIBAKE = re.compile(
    r"[\u00c2-\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    r"\u2013-\u2026\u2030\u2039\u203a\u20ac\u2122]{1,2}"
)
_MIN_MOJIBAKE_SEQUENCES = 20
_CP1252_BYTES = {
    bytes([code]).decode("cp1252"): code
    for code in range(0x80, 0xA0)
    if code not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_NON_HAN_RUN = re.compile(r"[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_IMPLAUSIBLE = re.compile(
    r"[^\t\n\r\x20-\x7e\u00a0-\u024f\u02b0-\u02ff\u0300-\u036f\u2000-\u206f\u2100-\u21ff"
    r"\u2200-\u23ff\u2460-\u27bf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u31a0-\u31bf"
    r"\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"
)


def decode(raw: bytes) -> DecodedFile:
    """Decode ``raw`` to text, or refuse it.

    Order matters: a byte-order mark is authoritative; strict UTF-8 is next
    because random non-UTF-8 bytes almost never validate as UTF-8; then
    BOM-less UTF-16 (recognised by its NUL pattern or by plausibility); only
    then the legacy Chinese encodings, which accept almost any byte string and
    therefore need a plausibility check before they are believed.
    """
    if not raw or not raw.strip(b" \t\r\n\x00"):
        raise QuarantineError(
            "empty_file", "the file has no content" if not raw else "only whitespace or NUL bytes"
        )
    with_bom = _decode_with_bom(raw)
    if with_bom is not None:
        return with_bom
    _refuse_known_binary(raw)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if "\x00" not in text:
            repaired = _repair_latin1_mojibake(text)
            if repaired is not None:
                return _checked(DecodedFile(repaired, "utf-8-via-cp1252-repaired", 0.8), raw)
            return _checked(DecodedFile(text, "utf-8", 1.0), raw)
    utf16 = _decode_utf16_without_bom(raw)
    if utf16 is not None:
        return utf16
    damaged = _decode_damaged_utf8(raw)
    if damaged is not None:
        return damaged
    if b"\x00" in raw:
        n_nul = raw.count(0)
        raise QuarantineError("binary", f"{n_nul} NUL bytes and no UTF-16/32 structure")
    return _decode_legacy(raw)


def _decode_with_bom(raw: bytes) -> DecodedFile | None:
    """Decode by byte-order mark; a file whose bytes contradict its BOM is undecodable."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise QuarantineError(
                    "undecodable", f"{encoding} byte-order mark but invalid {encoding}: {exc}"
                ) from exc
            if not text.strip():
                raise QuarantineError("empty_file", "only a byte-order mark and whitespace")
            return _checked(DecodedFile(text, f"{encoding}-sig", 1.0), raw)
    return None


def _refuse_known_binary(raw: bytes) -> None:
    for magic, kind in _MAGIC:
        if raw.startswith(magic) and (len(magic) > 2 or b"\x00" in raw[:512]):
            raise QuarantineError("binary", f"looks like a {kind}")


def _decode_utf16_without_bom(raw: bytes) -> DecodedFile | None:
    """UTF-16 without BOM: pick the byte order whose decoding reads as text.

    ASCII-heavy UTF-16 has NULs in every other byte; Chinese-heavy UTF-16 may
    have none, so both byte orders are also scored for plausibility.
    """
    if len(raw) % 2:
        return None
    scored: list[tuple[float, str, str]] = []
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _text_quality(text)
        if score > 0:
            scored.append((score, encoding, text))
    if not scored:
        return None
    score, encoding, text = max(scored)
    return _checked(DecodedFile(text, encoding, round(min(score, 0.99), 4)), raw)


def _text_quality(text: str) -> float:
    """Plausibility times the common-Han share; 0 when either is below its floor.

    Read in the wrong byte order, ASCII becomes rare Han characters (U+6100 for
    ``a``) and Chinese becomes other rare characters, so this separates the
    two orders for Chinese and for ASCII-heavy text alike.
    """
    plausible = _plausibility(text)
    share = _common_han_share(text) if _HAN.search(text) else 1.0
    if plausible < _MIN_PLAUSIBLE or share < _MIN_COMMON_HAN:
        return 0.0
    return plausible * share


def _decode_damaged_utf8(raw: bytes) -> DecodedFile | None:
    """UTF-8 with a few broken sequences (a truncated file, one bad byte): keep it, marked.

    The broken bytes become U+FFFD, which normalize reports as a corrupted
    span; the rest of the document is intact and worth keeping. Text in a
    legacy encoding read as UTF-8 breaks everywhere and is not caught here.
    """
    text = raw.decode("utf-8", errors="replace")
    n_broken = text.count("\ufffd") - raw.count("\ufffd".encode())
    n_multibyte = len(text.encode("utf-8")) - len(text) - 2 * text.count("\ufffd")
    if "\x00" in text or n_broken > max(1, len(text) // _MAX_BROKEN_UTF8_PER):
        return None
    if n_multibyte < _MIN_UTF8_EVIDENCE * n_broken:
        return None
    confidence = round(max(0.5, 0.95 - 0.05 * n_broken), 4)
    return _checked(DecodedFile(text, "utf-8", confidence), raw)


def _decode_legacy(raw: bytes) -> DecodedFile:
    """GB18030 / Big5 by charset-normalizer, verified by the share of common Han characters.

    GB18030 and Big5 both decode most double-byte strings without error, so the
    decoder that yields text made of common characters wins; charset-normalizer's
    guess breaks ties and covers encodings outside the Chinese pair.
    """
    candidates: dict[str, str] = {}
    guess = charset_normalizer.from_bytes(raw).best()
    if guess is not None and guess.encoding:
        candidates[_canonical_encoding(guess.encoding)] = str(guess)
    for encoding in _LEGACY_ENCODINGS:
        if encoding not in candidates:
            try:
                candidates[encoding] = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
    scored: list[tuple[float, str, str]] = []
    for encoding, text in candidates.items():
        if _plausibility(text) < _MIN_PLAUSIBLE:
            continue
        share = _common_han_share(text) if _HAN.search(text) else 0.0
        scored.append((share, encoding, text))
    if not scored:
        raise QuarantineError("undecodable", "no encoding yields plausible text")
    share, encoding, text = max(scored, key=lambda item: (item[0], item[1] == "gb18030"))
    if share < _MIN_COMMON_HAN:
        raise QuarantineError(
            "undecodable", f"best guess {encoding} gives only {share:.0%} common Chinese characters"
        )
    return _checked(DecodedFile(text, encoding, round(min(share, 0.99), 4)), raw)


def _canonical_encoding(name: str) -> str:
    name = codecs.lookup(name).name
    return {"gbk": "gb18030", "gb2312": "gb18030", "big5": "big5hkscs", "cp950": "big5hkscs"}.get(name, name)


def _checked(decoded: DecodedFile, raw: bytes) -> DecodedFile:
    """Refuse text full of control characters: that is binary data that happened to decode."""
    n_control = len(_CONTROL.findall(decoded.text))
    if n_control > max(8, len(decoded.text) // 200):
        raise QuarantineError(
            "binary", f"{n_control} control characters after decoding as {decoded.encoding}"
        )
    if not decoded.text.strip():
        raise QuarantineError("empty_file", f"{len(raw)} bytes of whitespace")
    _refuse_mojibake(decoded)
    return decoded


def _refuse_mojibake(decoded: DecodedFile) -> None:
    """Refuse text that decodes cleanly but is mojibake (UTF-8 that went through GBK and back).

    Real Chinese prose scores above 0.95 on the common-character share and
    mojibake below 0.4, so a threshold in between refuses garbage without
    touching documents that merely have a few damaged spans.
    """
    if len(_han_sample(decoded.text)) < _MIN_HAN_TO_JUDGE:
        return
    share = _common_han_share(decoded.text)
    if share < _MIN_COMMON_HAN_ANY:
        raise QuarantineError(
            "undecodable",
            f"decodes as {decoded.encoding} but reads as mojibake: {share:.0%} common Chinese characters",
        )


def _repair_latin1_mojibake(text: str) -> str | None:
    """UTF-8 that was read as Latin-1/cp1252 and saved again (``å·¥ä¸š``), restored; else None."""
    if _HAN.search(text) or len(_LATIN1_MOJIBAKE.findall(text)) < _MIN_MOJIBAKE_SEQUENCES:
        return None
    data = bytearray()
    for char in text:
        code = ord(char) if ord(char) < 0x100 else _CP1252_BYTES.get(char)
        if code is None:
            return None
        data.append(code)
    try:
        repaired = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return repaired if _text_quality(repaired) > 0 else None


def _plausibility(text: str) -> float:
    """Share of characters that belong to scripts a Chinese document plausibly contains."""
    if not text:
        return 0.0
    return 1.0 - (len(_IMPLAUSIBLE.findall(text)) + len(_CONTROL.findall(text))) / len(text)


def _common_han_share(text: str) -> float:
    """Share of Han characters (after t2s) that are among the 3,755 most common.

    A wrong decoding scatters over rare characters and scores low; real prose,
    simplified or traditional, scores above 0.95. A sample from the start is
    enough and keeps this cheap enough to run on every document.
    """
    han = _han_sample(text)
    if not han or (len(han) >= _MIN_DISTINCT_HAN * 10 and len(set(han)) < _MIN_DISTINCT_HAN):
        return 0.0
    simplified = _t2s().convert(han)
    return sum(map(_common_han().__contains__, simplified)) / len(simplified)


def _han_sample(text: str) -> str:
    """The first Han characters of ``text`` (those among its first ``4 * _HAN_SAMPLE`` characters).

    Deleting the runs of other characters gives what joining ``_HAN.findall``
    gives, with one regex step per run instead of one match object per character.
    """
    return _NON_HAN_RUN.sub("", text[: _HAN_SAMPLE * 4])[:_HAN_SAMPLE]


@lru_cache(maxsize=1)
def _common_han() -> frozenset[str]:
    """GB2312 level 1 (lead bytes 0xB0-0xD7): by design the 3,755 most common characters."""
    return frozenset(
        bytes([lead, trail]).decode("gb2312")
        for lead in range(0xB0, 0xD8)
        for trail in range(0xA1, 0xFF)
        if not (lead == 0xD7 and trail > 0xF9)
    )


# ---------------------------------------------------------------------------
# offset-preserving edits
# ---------------------------------------------------------------------------

#: A piece of an edit's replacement: a literal string (mapped to the raw
#: offset of the match start) or a ``(start, end)`` span of the current text
#: that is kept with its own offsets.
Piece = str | tuple[int, int]


def _edit(
    text: str,
    offsets: list[int],
    pattern: re.Pattern[str],
    replace: Callable[[re.Match[str]], Sequence[Piece] | None],
) -> tuple[str, list[int]]:
    """Apply ``replace`` to every match of ``pattern``, carrying the offset map along.

    ``replace`` returns ``None`` to leave a match alone. Unchanged stretches are
    copied as slices, so the cost is linear in the text with a Python step per
    match only.
    """
    parts: list[str] = []
    new_offsets: list[int] = []
    pos = 0
    for match in pattern.finditer(text):
        pieces = replace(match)
        if pieces is None:
            continue
        start = match.start()
        parts.append(text[pos:start])
        new_offsets += offsets[pos:start]
        pos = match.end()
        for piece in pieces:
            if isinstance(piece, str):
                parts.append(piece)
                new_offsets.extend([offsets[start]] * len(piece))
            else:
                parts.append(text[piece[0] : piece[1]])
                new_offsets.extend(offsets[piece[0] : piece[1]])
    if not parts and pos == 0:
        return text, offsets
    parts.append(text[pos:])
    new_offsets.extend(offsets[pos:])
    return "".join(parts), new_offsets


def _delete(_match: re.Match[str]) -> Sequence[Piece]:
    return ()


def _strip(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """``text.strip()`` with its offsets (the end offset stays that of the unstripped end).

    ``str.strip`` finds the same whitespace as ``^\\s+|\\s+$``, without the regex trying
    ``\\s+$`` at every blank of the text.
    """
    start = len(text) - len(text.lstrip())
    end = start + len(text.strip())
    if start == 0 and end == len(text):
        return text, offsets
    return text[start:end], offsets[start:end] + offsets[-1:]


# ---------------------------------------------------------------------------
# normalize
# ---------------------------------------------------------------------------

# Patterns that run over every document open with one character class where they can:
# Python's regex engine then jumps to candidate characters instead of trying a match at
# every position (a leading repeat, lookbehind or alternation defeats that).
_NEWLINES = re.compile(r"[\r\u2028\u2029\x0b\x0c\x85](?:(?<=\r)\n)?")
_INVISIBLE_CHAR = r"[\u200b-\u200d\u2060\ufeff\ufe0e\ufe0f\u00ad\x00-\x08\x0e-\x1f\x7f]"
_INVISIBLE = re.compile(_INVISIBLE_CHAR + _INVISIBLE_CHAR + "*")

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
_UNTONE = str.maketrans(_TONED, "aaaaeeeeiiiioooouuuuvvvvvnnnm")
_PINYIN_WORD = rf"[a-z{_TONED}]{{1,6}}[1-5]?"
_PINYIN_BODY = rf"{_PINYIN_WORD}(?: {_PINYIN_WORD}){{0,3}}"
#: ``發(fā)`` - a parenthesised pinyin reading right after a Han character.
_PINYIN_ANNOTATION = re.compile(rf"[(（](?<=[\u3400-\u9fff\uf900-\ufaff][(（])({_PINYIN_BODY})[)）]")
#: ``?cái)`` - the annotated character and its ``(`` were lost; the reading survived.
_PINYIN_FRAGMENT = re.compile(rf"[?\ufffd]({_PINYIN_BODY})[)）]")
_SYLLABLE = re.compile(
    r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|uan|van|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua"
    r"|uo|ui|ue|ve|er|a|o|e|i|u|v)[1-5]?|ng|m|n"
)

_FOLD_KEEP = "，：；（）！？"
_FOLD = str.maketrans(
    {
        **{chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F) if chr(code) not in _FOLD_KEEP},
        **dict.fromkeys("\u3000\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009", " "),
        **dict.fromkeys("\u200a\u202f\u205f\t", " "),
        **dict.fromkeys("│┃║", "|"),  # a box-drawn table's column rule: a ruled table's bar
    }
)
#: runs of the characters ``_FOLD`` changes (full-width forms, odd spaces)
_FOLDABLE = "[" + "".join(re.escape(chr(code)) for code in _FOLD) + "]"
_FOLDABLE_RUN = re.compile(_FOLDABLE + _FOLDABLE + "*")


#: a tab between two cells of a line (指标\t单位\t2024年基数): a column gap, which a single
#: space would not be (the space between 单位 and 2024 goes)
_TAB_BETWEEN_CELLS = re.compile(r"(?<=\S)\t+(?=\S)")
#: a dot leader between a bulletin line's name and its values (规模以上工业总产值（亿元）……11236.8……6.5):
#: a column gap; a prose ellipsis (……) is shorter
_DOT_LEADER = re.compile(r"(?<=\S)[ \u3000]*(?:[…·⋯]{4,}|\.{6,}|[．]{4,})[ \u3000]*(?=\S)")
#: two lines or more in a row that hold tabs: perhaps a table pasted from a spreadsheet
_TAB_LINES = re.compile(r"^[^\n\t]*\t[^\n]*(?:\n[^\n\t]*\t[^\n]*)+", re.MULTILINE)
#: what an empty cell of such a table is written as, where the table reader looks for one
EMPTY_CELL = "—"


#: emoji, dingbats and pictographs a WeChat page or an infographic decorates its lines with
#: (✅ 工业投资增长10%以上, 🥇 六盘水市增速居全省第1位, **📈 一、总量**, ▶ ◆ ★), with the space
#: after them: they go, so that a line (or a bold heading) opens on its words. Left alone: □ (a
#: damaged character), ○ (zero in 二○二五年), ● ◎ ■ (a byline's mark, which describe reads),
#: ▲ ▼ △ ▽ and arrows (up and down).
_DECORATION = re.compile(
    # (and a text bar chart's blocks, 13.8 █████████████▌; one class, so that the engine scans
    # for it instead of trying every position)
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b50\u2b55\u25b6\u25b7\u25ba\u25c6\u25c7\u2580-\u259f]+[ \u3000]?"
)


def _decoration_edit(match: re.Match[str]) -> Sequence[Piece]:
    """An emoji goes; but one that ends a line of prose ends its sentence (…也是忍不住点了个赞👍 ↵
    县统计局相关负责人告诉小编…), so that the line is not joined to the next as a sentence broken in
    two: a full stop takes its place."""
    text, end = match.string, match.end()
    if end < len(text) and text[end] != "\n":
        return ()  # (most emoji open or stand inside a line: no line to look back over)
    before = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
    return ("。",) if "\u4e00" <= before[-1:] <= "\u9fff" and _PROSE_MARKS.search(before) else ()


#: a box-drawn table's rule line (├────┼────┤), looked for only where a box's corner stands
#: (│　　　　├────┬────┤: or a rule under a cell that spans the header's two lines; 　　┌───┬───┐: an
#: indented box's)
_BOX_RULE_LINE = re.compile(
    r"(?m)^[ \t\u3000]*[\u2500-\u257f]*(?:[\u2502\u2503][ \u3000]*)?"
    r"[\u250c-\u254b\u2550-\u256c][\u2500-\u257f]*[ \t\u3000]*\n"
)
_BOX_CORNER = re.compile(r"[\u250c-\u254b\u2550-\u256c]")


#: a single full-width space between two cells (1　沈阳市航空装备集群　沈阳市　438.7　9); a row
#: has two of them at least, so not a headline with one (广东：总量领先　结构向新), or one beside
#: wider gaps (电力、热力…供应业　91234.6　　1.8　　　6730.0)
_IDEOGRAPHIC_GAP = re.compile(r"\u3000(?<=\S\u3000)(?=\S)")  # (the literal first: scanned for)
_GAPS_IN_A_ROW = 2
_WIDE_GAP = re.compile(r"\u3000\u3000|  ")
_LINE_BREAK = re.compile("\n")
_DIGIT = re.compile(r"\d")


#: (the word stands alone: a blank or a line's edge on either side; not 30日　第A03版)
_SPACED_WORD = re.compile(r"(?<!\S)([\u4e00-\u9fff])\u3000([\u4e00-\u9fff])(?!\S)")
#: 单 位, 产 量 between a table's column gaps: one space inside a cell, which gaps of two part
_SPACED_WORD_IN_ROW = re.compile(
    r"(?:(?<=  )|^(?=\S \S  ))([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?=  |[ \t]*$)", re.MULTILINE
)
#: a row's name of three or four characters spaced out, then a column gap (贵 阳 市            268.35)
_SPACED_ROW_NAME = re.compile(r"^[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,3}(?=  )", re.MULTILINE)
#: a table's rule of box-drawing dashes alone on its line, no corner in it (────────)
_DASHED_RULE_LINE = re.compile(r"(?m)^[ \t]*[\u2500\u2501\u2550]{8,}[ \t]*\n")
#: a line that is one rule and nothing else (as _DASHED_RULE_LINE, without its line break)
_RULE_LINE_TEXT = re.compile(r"[ \t\u3000]*[\u2500\u2501\u2550]{8,}[ \t\u3000]*")
#: a line of one name spaced out a character at a time, as a letterhead is (上 饶 经 济 技 术 开 发 区 管
#: 理 委 员 会): one name
_SPACED_OUT_LINE = re.compile(
    r"^[ \t\u3000]*(?:[\u4e00-\u9fff][ \u3000]){4,}[\u4e00-\u9fff][ \t\u3000]*$", re.MULTILINE
)
#: 产  量 between gaps twice as wide (计量单位        产  量        比上年增长, 行    业      三季度):
#: the same, spaced wider (in full-width spaces too: 类　　别　　　　　　　　项目数)
_WIDELY_SPACED_WORD_IN_ROW = re.compile(
    r"(?:(?<=[ \u3000]{4})|^[ \t\u3000]{0,3})([\u4e00-\u9fff])([ \u3000]{2,4})([\u4e00-\u9fff])"
    r"(?=[ \u3000]{4,}|[ \t\u3000]*$)",
    re.MULTILINE,
)


def _widely_spaced_word(match: re.Match[str]) -> Sequence[Piece] | None:
    """The word's two characters, where the gaps around it are twice its inner space at least."""
    text, inner = match.string, len(match.group(2))
    line_end = text.find("\n", match.end())
    after = text[match.end() : len(text) if line_end < 0 else line_end]
    gap_after = len(after) - len(after.lstrip(" \u3000"))
    before = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
    if gap_after < 2 * inner and after.strip():
        return None
    if before.strip() and len(before) - len(before.rstrip(" \u3000")) < 2 * inner:
        return None
    return (match.span(1), match.span(3))


def _gaps_between_cells(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """Each single full-width space between two cells of such a row: a column gap (two
    spaces), which one space would not be (the space between 所在市 and 2024年产值 goes)."""
    gaps = [gap.start() for gap in _IDEOGRAPHIC_GAP.finditer(text)]
    if not gaps:
        return text, offsets
    line_ends = [m.start() for m in _LINE_BREAK.finditer(text)]
    line_of = [bisect.bisect_left(line_ends, gap) for gap in gaps]
    per_line = Counter(line_of)

    def span(line: int) -> tuple[int, int]:
        return (
            line_ends[line - 1] + 1 if line else 0,
            line_ends[line] if line < len(line_ends) else len(text),
        )

    def parted(line: int) -> bool:
        return per_line[line] >= _GAPS_IN_A_ROW or _WIDE_GAP.search(text, *span(line)) is not None

    def holds_values(line: int) -> bool:
        # (an indented paragraph of sentences with a scan's stray space in a word is no row)
        said = _ASIDE.sub("", text[slice(*span(line))])
        if not _DIGIT.search(said):
            return False
        # (1　　华鑫…项目　　　　18.5　　　　主体工程完工，设备安装完成65%: a row with one remark of
        # words, as a project table's progress column holds, its gaps read as they will be)
        return not _SENTENCE_MARK.search(said) or _row_with_one_worded_cell(said.replace("\u3000", " "))

    def ruled(line: int) -> bool:
        return _RULE_LINE_TEXT.fullmatch(text, *span(line)) is not None

    def over_a_row(line: int) -> bool:
        below = line + 1
        if below < len(line_ends) and ruled(below):
            below += 1  # (月份　　销量合计(台)　同比(%) ↵ ──── ↵ 2025.10 …: a rule drawn under the header)
        return below <= len(line_ends) and parted(below) and holds_values(below)

    # a row holds a number; its header, the line right above a row, need not (a navigation bar
    # parted the same way, 首页　新闻　政务, is neither); a header may have one such gap beside
    # wider ones (…牵头部门　　　规上工业总产值（亿元）　同比增长（%）) over rows without any
    rows = {line for line in per_line if parted(line) and holds_values(line)}
    rows |= {line for line in per_line if parted(line) and line < len(line_ends) and over_a_row(line)}
    in_rows = {gap for gap, line in zip(gaps, line_of, strict=True) if line in rows}
    return _column_gaps_at(text, offsets, _IDEOGRAPHIC_GAP, in_rows)


def _column_gaps_at(
    text: str,
    offsets: list[int],
    pattern: re.Pattern[str],
    positions: set[int],
    inside_cells: frozenset[int] | set[int] = frozenset(),
) -> tuple[str, list[int]]:
    """The matches of ``pattern`` that start at ``positions`` become column gaps (two spaces),
    which the table reader parts cells by, and those at ``inside_cells`` go (a cell's two halves
    made one); the text unchanged where there are none."""
    if not positions and not inside_cells:
        return text, offsets
    return _edit(
        text,
        offsets,
        pattern,
        lambda m: () if m.start() in inside_cells else ("  ",) if m.start() in positions else None,
    )


#: a table whose cells single spaces part (排名 县（市） 综合得分 … ↵ 1 大冶市 91.36 10.8 18.6 8.2): a
#: header of words, then rows of as many words, numbers all but three at most
_SINGLE_SPACE = re.compile(r"(?<=\S) (?=\S)")
_SPACED_CELL_NUMBER = re.compile(r"[-−+]?\d+(?:,\d{3})*(?:\.\d+)?%?|[—-]")
_SPACED_TABLE_MIN_ROWS = 2
_SPACED_TABLE_MIN_WIDTH = 3
_REMARK_HEADS = (" 备注", " 说明")
#: a header that numbers its rows, and the total row under it, which has no number of its own
_NUMBERED_HEADS = ("序号 ",)
_TOTAL_HEADS = ("合计 ", "总计 ")


def _single_spaced_tables(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """Each single space of such a table a column gap (two spaces), as a tab would have been:
    otherwise no cell of it is told from the next."""
    lines = text.split("\n")
    starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    widened: set[int] = set()
    at = 0
    while at < len(lines):
        width = _spaced_width(lines[at])
        below = at + 1
        # (a remark column last, 备注, that most rows leave empty: a row one word short)
        widths = {width, width - 1} if lines[at].endswith(_REMARK_HEADS) else {width}
        if width >= _SPACED_TABLE_MIN_WIDTH:
            while below < len(lines) and _spaced_row(lines[below]):
                row_width = _spaced_width(lines[below])
                # (序号 单位 签约项目 … ↵ 合计 100 350 70 125: the total row has no number of its own)
                total = lines[at].startswith(_NUMBERED_HEADS) and lines[below].startswith(_TOTAL_HEADS)
                if row_width not in widths and not (total and row_width == width - 1):
                    break
                below += 1
        if below - at > _SPACED_TABLE_MIN_ROWS and _spaced_numbers(lines[at]) <= 1:  # (a header of words)
            widened.update(m.start() + starts[at] for m in _SINGLE_SPACE.finditer("\n".join(lines[at:below])))
            at = below
        else:
            at += 1
    return _column_gaps_at(text, offsets, _SINGLE_SPACE, widened)


def _spaced_width(line: str) -> int:
    """How many words single spaces part on a line of no sentence, else 0."""
    if line.count(" ") < _SPACED_TABLE_MIN_WIDTH - 1 or "  " in line or _SENTENCE_MARK.search(line):
        return 0
    words = line.split(" ")
    return len(words) if all(words) else 0


def _spaced_row(line: str) -> bool:
    """A row of such a table: numbers in all its words but three at most (a rank, a name, its city
    and a grade: 1 兰州经济技术开发区 兰州市 93.62 优秀), two numbers at least."""
    return _spaced_numbers(line) >= max(2, line.count(" ") - 2)


def _spaced_numbers(line: str) -> int:
    """How many of a line's words, single spaces parting them, are numbers."""
    return sum(_SPACED_CELL_NUMBER.fullmatch(word) is not None for word in line.split(" "))


def _fold(text: str) -> str:
    """``text.translate(_FOLD)``, translating only the runs that change.

    ``str.translate`` looks every character of a Chinese text up in the table;
    the foldable characters are few, so finding their runs first is several
    times faster.  Each character maps to one character: offsets are unchanged.
    """
    return _FOLDABLE_RUN.sub(lambda run: run.group().translate(_FOLD), text)


#: a year in Chinese numerals (二○二五年, 二〇二四年度, 二零二三年), as Hong Kong releases write it
#: (二○二五至二六財政年度: a year of account, its first year in full, its second in two digits)
_CHINESE_YEAR = re.compile(
    r"(?<![一二三四五六七八九十○〇零])[一二][○〇零一二三四五六七八九]{3}(?=\s*年)"
    r"|(?<![一二三四五六七八九十○〇零])[一二][○〇零一二三四五六七八九]{3}\s*[至/／-]\s*"
    r"[○〇零一二三四五六七八九]{2}(?=\s*(?:财政|財政|课税|課稅)?年度)"
)
_CHINESE_DIGIT = str.maketrans("○〇零一二三四五六七八九", "000123456789")


def _arabic_years(text: str) -> str:
    """二○二五年 → 2025年, digit for digit: the years every later rule reads are written in
    Arabic numerals, and one character for one keeps the offsets."""
    if "○" not in text and "〇" not in text and "零" not in text:
        return text  # every year of this century has a zero; most texts have none to convert
    return _CHINESE_YEAR.sub(lambda year: year.group().translate(_CHINESE_DIGIT), text)


#: a date in the Republic of China's calendar, as Taiwan's official pages print it (民国114年,
#: 发布日期：114-10-23): a page that dates itself so counts every year from 1912
_REPUBLIC_DATED = re.compile(
    r"民国\s*1[0-2]\d\s*年|日期\s*[：:]\s*1[0-2]\d[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)"
    # (114年10月工业生产指数年增12.68%, on a page dated 2025-11-24: a month no other calendar writes so)
    r"|(?<![\d.．])1[0-2]\d\s*年\s*(?:1[0-2]|[1-9])\s*月"
)
#: a year of the Republic's calendar in such a page (114年9月, 113年同期, 114-10-23); not an index's
#: base value (基期：110年=100　　年增率单位：%: the 100 before a column's 年增率)
_REPUBLIC_YEAR = re.compile(r"(?<![\d.．=＝])1[0-2]\d(?=\s*年(?!代|前|来|间)|[-/.]\d{1,2}[-/.]\d{1,2}(?!\d))")
#: the Republic's first year, 1912, less one
_REPUBLIC_EPOCH = 1911


def _common_era_years(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """114年9月 → 2025年9月 in a page dated by the Republic's calendar, so that the years every
    later rule reads are the common era's; a page dated otherwise is left alone, as its 100年
    is a century."""
    if _REPUBLIC_DATED.search(text) is None:
        return text, offsets
    return _edit(text, offsets, _REPUBLIC_YEAR, lambda m: ((str(int(m.group()) + _REPUBLIC_EPOCH)),))


#: a month and day in numerals after a year, or a month with its day (2025年十二月三十一日, 截至十二月
#: 三十一日止年度), as Hong Kong releases write them once their years are digits
_DATE_IN_WORDS = re.compile(
    r"(?P<month>[一二三四五六七八九十]{1,2})月(?:(?P<day>[一二三四五六七八九十]{1,3})日)?"
)
_DATE_IN_WORDS_HINT = re.compile(r"年[一二三四五六七八九十]{1,2}月|月[一二三四五六七八九十]{1,3}日")
_NUMERAL = {c: i for i, c in enumerate("一二三四五六七八九", start=1)}
#: the first month of a range, after a year, right before its last (2026年一月至十月)
_RANGE_OPENED = re.compile(r"\d年[一二三四五六七八九十]{1,2}月\s*[至到—－-]\s*$")


def _in_digits(words: str) -> int | None:
    """一 → 1, 十二 → 12, 三十一 → 31: the numbers of a date's month and day."""
    tens, _, units = words.rpartition("十")
    if "十" not in words:
        return _NUMERAL.get(words) if len(words) == 1 else None
    if len(tens) > 1 or len(units) > 1:
        return None
    return (_NUMERAL.get(tens, 0) if tens else 1) * 10 + (_NUMERAL.get(units, 0) if units else 0)


def _date_in_digits(match: re.Match[str]) -> Sequence[Piece] | None:
    after_a_year = (
        match.start() >= 2
        and match.string[match.start() - 1] == "年"
        and match.string[match.start() - 2].isdigit()
    )
    # (2026年一月至十月: the range's last month, after its first)
    range_end = _RANGE_OPENED.search(match.string, max(0, match.start() - 6), match.start()) is not None
    if match.group("day") is None and not after_a_year and not range_end:
        return None  # (五月, 十月份: a month named alone, as prose does, is left as it is)
    month = _in_digits(match.group("month"))
    day = _in_digits(match.group("day")) if match.group("day") else None
    if month is None or not 1 <= month <= 12 or (match.group("day") and (day is None or not 1 <= day <= 31)):
        return None
    return (f"{month}月" + (f"{day}日" if day else ""),)


#: a date written day first (發佈時間：25/03/2026 22:18), as Hong Kong's pages stamp it
_DAY_FIRST_DATE = re.compile(r"(?<![\d/.])([0-3]?\d)/([01]?\d)/(20\d{2})(?![\d/])")


def _day_first_date(match: re.Match[str]) -> Sequence[Piece] | None:
    day, month = int(match.group(1)), int(match.group(2))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return (f"{match.group(3)}-{month:02d}-{day:02d}",)


def _dates_in_digits(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """2025年十二月三十一日 → 2025年12月31日, 25/03/2026 → 2026-03-25: the dates every later rule
    reads are written year first in Arabic numerals."""
    if _DATE_IN_WORDS_HINT.search(text) is not None:
        text, offsets = _edit(text, offsets, _DATE_IN_WORDS, _date_in_digits)
    if "/20" in text:
        text, offsets = _edit(text, offsets, _DAY_FIRST_DATE, _day_first_date)
    return text, offsets


#: a sum in uppercase financial numerals (人民币贰佰万元整, 贰仟叁佰肆拾伍万元), as notices of
#: awards and contracts write it, and the ordinary numerals for them, one character for one
_FINANCIAL_SUM = re.compile(r"(?:[零壹贰叁肆伍陆柒捌玖拾佰仟]+[万亿]?)+(?=[元圆])")
_FINANCIAL_DIGIT = str.maketrans("壹贰叁肆伍陆柒捌玖拾佰仟", "一二三四五六七八九十百千")


def _ordinary_numerals(text: str) -> str:
    """贰佰万元 → 二百万元: a sum in financial numerals is read like any number in words."""
    if not any(digit in text for digit in "壹贰叁肆伍陆柒捌玖"):
        return text  # most texts write no sum this way
    return _FINANCIAL_SUM.sub(lambda run: run.group().translate(_FINANCIAL_DIGIT), text)


#: a number a scan's text recognition wrote with letters for digits (2O25, 1O.5, ll.6, 3l2, O.6):
#: a run of digits, O, o, l and I holding a digit, not inside a Latin word
_SCANNED_NUMBER = re.compile(
    r"(?<![A-Za-z])(?:(?=[0-9OolI.]*\d)[0-9OolI]+(?:\.[0-9OolI]+)*|[lI](?=\s*[—–\-~]\s*\d{1,2}\s*月))(?![A-Za-z])"
)  # (and l—5月: a month range's first month)
_LATIN_NAME_WITH_DIGIT = re.compile(r"[OI]\d[OI]")
_SCANNED_DIGIT = str.maketrans("OolI", "0011")
#: a decimal comma before a percent sign (5,2%: never a thousands separator, which groups three)
_DECIMAL_COMMA = re.compile(r"(?<=\d)[,，](?=\d[%％])")
#: 亿兀 for 亿元, and a full stop scanned as a point after a Chinese character
_SCANNED_YUAN = re.compile(r"(?<=[万亿千百\d])兀")
_SCANNED_STOP = re.compile(r"(?<=[\u4e00-\u9fff])\.(?=[ \t]*(?:\n|$)|[\u4e00-\u9fff“])")


#: a decimal point read as 点 or as a comma between a number's digits (增长8点2%, 利润总额52,7亿元,
#: 高于…1,3个百分点): one digit after a comma is never a thousands group, and 点 between digits
#: before a unit is no time of day (10点30分)
_MISREAD_DECIMAL_MARK = re.compile(
    r"[,，点](?<=\d[,，点])(?=\d(?:%|％|个百分点|百分点|万|亿|元|倍))|点(?<=\d点)(?=\d{2}(?:%|％|个百分点))"
)


def _scanned_digits(text: str) -> str:
    """Undo a scan's misread digits (1O.5% → 10.5%, 2O25年 → 2025年, 5,2% → 5.2%, 亿兀 → 亿元,
    …基础. → …基础。), one character for one so that the offsets hold."""
    if not _LETTER_DIGIT_HINT.search(text):
        return text
    text = _SCANNED_NUMBER.sub(_scanned_number, text)
    text = _DECIMAL_COMMA.sub(".", text)
    text = _SCANNED_YUAN.sub("元", text)
    return _SCANNED_STOP.sub("。", text)


#: a page that writes Chinese with half-width marks (增长8.1%,高于全国…;…第4位.规模…): its commas,
#: stops, semicolons and colons between Chinese words, each turned full-width, one for one
_HALF_WIDTH_COMMA_HINT = re.compile(r"[\u4e00-\u9fff%％],[\u4e00-\u9fff]")
_HALF_WIDTH_MARK = re.compile(
    r"(?<=[\u4e00-\u9fff%％)）”])"
    r"(?:,(?=[\u4e00-\u9fff“\d(（])|\.(?=[\u4e00-\u9fff“(（]|[ \t]*(?:\n|$))|;|:(?=[\u4e00-\u9fff“\d]))"
    r"|(?<=[\u4e00-\u9fff])\.(?=\d)"  # (全国.1-8月: no decimal follows a Chinese character)
)
_FULL_WIDTH = {",": "，", ".": "。", ";": "；", ":": "："}
_HALF_WIDTH_PAGE = 3  # half-width commas between Chinese words that make a page written so


@lru_cache(maxsize=1)
def _scan_misreads() -> tuple[re.Pattern[str], dict[str, str]]:
    readings = {row["misread"]: row["reading"] for row in load_csv("scan_misreads")}
    assert all(len(misread) == len(reading) for misread, reading in readings.items())
    return re.compile(alternation(list(readings))), readings


def _scanned_words(text: str) -> str:
    """宫业收入 → 营业收入, 1.9个白分点 → 1.9个百分点: a scan's misread characters in the words
    figures are named by (scan_misreads.csv), one for one so that the offsets hold."""
    pattern, readings = _scan_misreads()
    return pattern.sub(lambda m: readings[m.group()], text)


def _half_width_marks(text: str) -> str:
    """增长8.1%,高于全国1.9个百分点,增速居全国第4位.: the marks as a Chinese page writes them (，。),
    which clauses and sentences are parted by; only on pages written that way throughout."""
    if len(_HALF_WIDTH_COMMA_HINT.findall(text)) < _HALF_WIDTH_PAGE:
        return text
    return _HALF_WIDTH_MARK.sub(lambda m: _FULL_WIDTH[m.group()], text)


def _scanned_number(m: re.Match[str]) -> str:
    run = m.group()
    if _LATIN_NAME_WITH_DIGIT.fullmatch(run):
        return run  # O2O, I2I: a Latin name with a digit inside, no number
    return run.translate(_SCANNED_DIGIT)


#: what a scan's misreads leave: a letter O, o, l or I beside a digit, or 兀 after a number
_LETTER_DIGIT_HINT = re.compile(
    r"[OolI兀,](?:(?<=\d[OolI])|(?<=[OolI])(?=\.?\d)|(?<=[万亿]兀)|(?<=\d,)(?=\d%))"
)  # (a character class first: the engine skips to candidates)


#: a table a scraper wrote one cell a line: a header's first cell alone on its line, …
_VERTICAL_HEADER_WORDS = "指标名称|指标|项目|名称|产品名称|地区|行业"
_VERTICAL_HEADER_START = re.compile(rf"(?:{_VERTICAL_HEADER_WORDS})")
#: (the same, searched from a literal line break: much faster on texts without one)
_VERTICAL_HEADER_HINT = re.compile(rf"\n(?:{_VERTICAL_HEADER_WORDS})\n")
#: … the header's other cells (单位, 1—9月, 同比增长(%), 比重（%）), and a row's value cells
_VERTICAL_HEADER_CELL = re.compile(
    r"单位|计量单位|\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月(?:份)?|\d{1,2}\s*月(?:份)?|本月|累计|全年|"
    r"(?:19|20)\d{2}\s*年|同比|增长|增速|增减|比重|占比|位次|排名|[%％]"
)
#: a header's line that goes on the cell above it, a bracketed unit alone ((%), （亿元）) …
_VERTICAL_UNIT_LINE = re.compile(r"[（(][^（）()\d]{1,8}[)）]")
#: … or on the one below it, a comparison that names only what it compares with (比1-7月 ↵ 增减)
_VERTICAL_COMPARED_WITH = re.compile(r"比[^增减长降提高±]{1,8}")
#: the fewest rows that make a table of cells a line, by its width: two columns, a label and a
#: value, need more to be told from a list of short lines
_VERTICAL_MIN_ROWS = {2: 3}
_VERTICAL_VALUE_CELL = re.compile(r"[-−+]?\d[\d,]*(?:\.\d+)?[%％]?|—{1,2}|－|/|[^\d\s，。；]{1,6}")
#: (a product's name may say in brackets what it is counted as: 烧碱（折100%）)
_VERTICAL_LABEL = re.compile(r"[^，。；\d]{1,30}(?:[（(][^（）()\n]{1,12}[)）])?")


def _vertical_tables(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """指标名称 ↵ 单位 ↵ 1—9月 ↵ 同比增长(%) ↵ 规模以上工业增加值 ↵ 亿元 ↵ 2386.5 ↵ 6.8 …: a table
    whose cells a scraper put on lines of their own, each row put back on one line (the line
    breaks inside a row become column gaps), so that the table reader sees rows. A header's
    cell the scraper broke over two lines (增速 ↵ （%）, 比1-7月 ↵ 增减) is made one again."""
    lines = text.split("\n")
    starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
    joined: set[int] = set()  # positions of the line breaks that part two cells of one row
    within: set[int] = set()  # … and of those inside one cell of the header
    i = 0
    while i < len(lines):
        if not _VERTICAL_HEADER_START.fullmatch(lines[i]):
            i += 1
            continue
        height = 1
        while (
            i + height < len(lines)
            and _VERTICAL_HEADER_CELL.search(lines[i + height])
            and len(lines[i + height]) <= 12
        ):
            height += 1
        cell_goes_on = [
            j
            for j in range(i + 1, i + height)
            if _VERTICAL_UNIT_LINE.fullmatch(lines[j]) or _VERTICAL_COMPARED_WITH.fullmatch(lines[j - 1])
        ]
        width = height - len(cell_goes_on)
        rows, k = 0, i + height
        while width >= 2 and k + width <= len(lines):
            cells = lines[k : k + width]
            values = cells[1:]
            if not _VERTICAL_LABEL.fullmatch(cells[0]) or not all(
                _VERTICAL_VALUE_CELL.fullmatch(c) for c in values
            ):
                break
            if not any(c[:1].isdigit() or c[:1] in "-−+" for c in values):
                break
            rows, k = rows + 1, k + width
        if rows >= _VERTICAL_MIN_ROWS.get(width, 2):
            within.update(starts[j] - 1 for j in cell_goes_on)
            joined.update(starts[j] - 1 for j in range(i + 1, i + height) if j not in cell_goes_on)
            for row_start in range(i + height, k, width):
                joined.update(starts[row_start + j + 1] - 1 for j in range(width - 1))
            i = k
        else:
            i += 1
    return _column_gaps_at(text, offsets, _A_LINE_BREAK, joined, within)


_A_LINE_BREAK = re.compile(r"\n")
#: a number and its label that open a line, and the slash after them (7935.6亿元　地区生产总值 / 增长6.1%)
_SAID_MORE_AFTER_A_SLASH = re.compile(
    r"(?m)^(?P<head>-?\d[\d,.]{0,12}(?:%|[万亿千]{0,2}[\u4e00-\u9fffA-Za-z]{1,4}?)[ \t\u3000]{1,4}"
    r"[^\n\d，。；：:\s/／]{4,30}?)[ \t\u3000]*[/／][ \t\u3000]*(?=\S)"
)


#: Markdown's bold (**…**, __…__), and a space a post sets between words and a bold phrase of
#: words (增速 **居全市第1位**: one phrase; but 合计 **1234**, a row's cells, keep theirs)
#: a digit on each side of 兆 or 万: the cheap test before the scan for a number said in two parts
_TWO_PART_NUMBER_HINT = re.compile(r"(?:兆|万亿?)\d")
#: a number said in two parts, as Taiwan and Hong Kong write them: 1兆3,862亿 (one 兆 of 亿 and 3,862 亿),
#: 9万4,612人 (nine 万 and 4,612): the lower part is no number of its own
_COMPOUND_NUMBER = re.compile(
    r"(?<![\d.,])(?P<high>\d{1,4})(?P<word>兆|万亿|万)(?P<low>\d,\d{3}|\d{1,4})(?![\d.,])(?P<thousands>千(?=亿))?"
    r"(?=[\u4e00-\u9fff])"
)


def _compound_number(match: re.Match[str]) -> Sequence[Piece] | None:
    """1兆3,862亿元 → 13862亿元, 24兆5千亿元 → 245000亿元, 9万4,612人 → 94612人: the parts as one number
    in the lower part's unit
    (only where the lower part is below one of the higher: 1兆 holds 10,000 亿, 1万 10,000)."""
    low = int(match.group("low").replace(",", ""))
    if match.group("thousands"):
        if match.group("word") == "万" or low > 9:
            return None
        low *= 1000  # (24兆5千亿元: 24 兆 and 5,000 亿)
    in_hundred_millions = match.group("word") != "万"
    if in_hundred_millions and not match.string.startswith("亿", match.end()):
        return None  # (1兆3…: 兆 then 亿, or nothing of this kind)
    if low >= _PARTS_OF_THE_HIGHER:
        return None
    return (str(int(match.group("high")) * _PARTS_OF_THE_HIGHER + low),)


#: the cheap test before the scan for a number said in parts of 亿, 万 and 千
_DESCENDING_PARTS_HINT = re.compile(r"亿\d|万\d千")
#: a sum said in 亿, 万 and perhaps 千, each part below one of the part before (48亿5,621万4千元,
#: 12亿3456万元, 4,647万3千元, 3亿2千万元), as a budget or a results table writes it out
_NUMBER_IN_DESCENDING_PARTS = re.compile(
    r"(?<![\d.,万])(?:(?P<yi>\d{1,4})亿)?"
    r"(?:(?P<wan>\d,\d{3}|\d{1,4})万(?:(?P<qian>\d)千)?|(?P<tens_of_millions>\d)千万)(?=[\u4e00-\u9fff])"
)


def _number_in_descending_parts(match: re.Match[str]) -> Sequence[Piece] | None:
    """48亿5,621万4千元 → 4856214千元, 12亿3456万元 → 123456万元, 3亿2千万元 → 3.2亿元: the parts
    as one number in the lowest part's unit (not a 万 alone, 3456万元, nor parts out of order,
    12亿34567万)."""
    if match.group("tens_of_millions") is not None:
        yi = match.group("yi")
        return None if yi is None else (f"{yi}.{match.group('tens_of_millions')}亿",)
    if match.group("yi") is None and match.group("qian") is None:
        return None
    wan = int(match.group("wan").replace(",", ""))
    if wan >= _PARTS_OF_THE_HIGHER:
        return None
    in_wan = int(match.group("yi") or 0) * _PARTS_OF_THE_HIGHER + wan
    if match.group("qian") is None:
        return (f"{in_wan}万",)
    return (f"{in_wan * 10 + int(match.group('qian'))}千",)


#: how many of the lower unit one of the higher holds (1兆 = 10,000亿, 1万 = 10,000)
_PARTS_OF_THE_HIGHER = 10_000
_EMPHASIS = re.compile(
    r"(?:(?<=[\u4e00-\u9fff]) (?=(?:\*\*|__)[\u4e00-\u9fff]))?(\*\*|__)(?=\S)(.+?)(?<=\S)\1"
)
#: 同比「↑12.3%」, 达到「312.5亿元」, 约占全国的「1/3」: a post that sets its numbers off in corner
#: brackets for the eye; a name in them (稳外贸「20条」, 「1+4」产业) stands alone in its document
_NUMBER_SET_OFF = re.compile(
    r"「([↑↓+\-−]?(?:约|近|超|逾|超过|突破)?(?:\d[\d,./]*[^\s」\d，。；、+＋]{0,6}|[一二三四五六七八九]成(?:以上|左右)?))」"
)
_NUMBERS_SET_OFF_IN_A_POST = 3
_MD_HEADING = re.compile(r"(?m)^[ \t]*(?:#{1,6}|>)[ \t]+")  # (and a Markdown quote's mark: > 来源：…)
_LINE_EDGE_SPACE = re.compile(r"(?m) (?:(?<=^ ) *| *$)")
_SPACES = re.compile(r" (?<=(.) ) *(?=(.))")
#: a date or an issue number written with spaces around its numbers (2025 年 11 月 21 日, 2025 年第 10 期)
_SPACED_DATE = re.compile(r"(?<![\d.])\d{4} ?年 ?(?:第 ?)?\d{1,3} ?[月期](?: ?\d{1,2} ?日)?(?<! )")
_DIGIT_RANGE = re.compile(r"\d *([-~～—–]) *(?=\d)")
_NEWLINE_RUN = re.compile(r"\n(?:[ ]*\n)*")
_BLANK_RUN = re.compile(r"\n\n\n+")

_CJK_PUNCT = set("，。、；：？！“”‘’《》〈〉（）【】〔〕「」『』…—·")
_TERMINAL = set("。！？!?；;：:…")
_CLOSERS = set("”’」』）)】》")
_PROSE_MARKS = re.compile(r"[，,。；;、]")
#: a short aside in brackets (白酒（折65度，商品量）): its comma makes no prose of a table row
_ASIDE = re.compile(r"[（(][^（）()\n]{0,20}[)）]")
#: the levels of places a column lists (区、县（市）, 县、市、区)
_LEVELS_LISTED = re.compile(r"(?<![\u4e00-\u9fff])[区县市镇乡](?:、[区县市镇乡])+(?![\u4e00-\u9fff])")
#: the mark that opens a slide's or bulletin's point (● 面积5322平方公里): the point is a line of its
#: own, and the sentence reader ends a sentence before it
BULLET = r"[●•▪■·○]"  # (· 汽车制造业：…, a research note's points)
_LIST_START = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)"
    r"|第[一二三四五六七八九十\d]+[章节条部分]|[一二三四五六七八九十]+是"
    r"|(?:发布日期|发布时间|日期|时间|来源|作者|发文字号|索引号)\s*[:：]"
    r"|[图表]\s*[0-9一二三四五六七八九十]{1,2}\s*[:：]"  # 图1：… a chart's caption
    # (● 面积5322平方公里 ↵ ● 2024年实现地区生产总值…: a slide's bullets, one point a line)
    r"|"
    + BULLET
    +
    # (…国家外贸转型升级基地 ↵ 4 / 18: a slide's or page's counter under its last line)
    r"|\d{1,3}\s*/\s*\d{1,3}\s*$)"
)
#: A line without any comma or full stop is a title unless it is this long.
_TITLE_MAX = 90
#: a section heading naming the things it covers, then what it says of them (合肥、广州：双轮驱动)
_LISTED_HEADING = re.compile(
    r"(?:[\u4e00-\u9fff]{2,6}、)+[\u4e00-\u9fff]{2,6}[：:][^\n，,。；;、：:\d]{2,30}"
)
#: a subhead of a place, a colon and what it did, its phrases parted by commas and no number in it
#: (河南：增速回升，新能源汽车成最大亮点), on a line of its own above a blank one (describe's
#: PLACE_HEADING, which the extractor reads anywhere, takes no comma)
PLACE_SUBHEAD = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,8})[：:][^\n。；;：:\d]{2,30}")
#: Subheads made of comma-separated parallel phrases: at most this long, this many
#: phrases, each at least this long, and this close in length.
_SUBHEAD_MAX = 40
_SUBHEAD_PHRASES = 3
_SUBHEAD_PHRASE_MIN = 3
_SUBHEAD_PHRASE_SPREAD = 2
_PHRASE_BREAK = re.compile(r"[，,、 ]")
_CONTINUING = set("，,、")
#: how a line cut inside a number ends: on a digit, or on its decimal point (增长36. ↵ 7%)
_NUMBER_GOES_ON = set("0123456789.")
#: a line that ends on a number and its unit (增长8.4%, 人造板1286.5万立方米), as the short
#: lines of a WeChat post or an infographic do, each an item of its own
_ENDS_ON_QUANTITY = re.compile(
    r"\d(?:(?:\.\d+)?\s*(?:%|％|个百分点|[万亿]?(?:元|吨|立方米|平方米|千瓦时|千瓦|家|个|辆|台|套|件|项))|/\d+)$"
)  # (…约占全国的1/3: a fraction too)
_ITEM_LINE_MAX = 30
#: an infographic's number on a line of its own, its unit on the next (312.6 ↵ 亿元)
_BARE_NUMBER = re.compile(r"[▲▼↑↓+\-]?\s*\d[\d,]*(?:\.\d+)?")
#: a line that ends on what a number under it measures (同比增长, ▲ 高于全市, 增速居全市, 占比)
_OPEN_COMPARISON = re.compile(r"(?:增长|下降|增速|增幅|[高低]于[^\s\d]{0,4}|居[^\s\d]{0,4}|比重|占比)$")
#: the direction a PDF's cells a line give on a line of their own, the table reader's to read
_STACKED_WAY = ("增长", "下降")
_DIGIT_IN_LINE = re.compile(r"\d")
#: the number under such a line, with or without its unit (6.1%, 0.4个百分点, 第3位, 9.2 ↵ %)
_NUMBER_UNDER_COMPARISON = re.compile(r"第?\s*\d[\d,]*(?:\.\d+)?\s*(?:%|％|个百分点|位|名)?")
#: a line of a number and its unit alone, and a label's line (no digit, no sentence mark):
#: together an infographic's figure
#: (the sentence splitter reads the same two lines as one infographic figure)
QUANTITY_LINE = r"-?\d[\d,]*(?:\.\d+)?(?:%|[万亿千]*[\u4e00-\u9fffA-Za-z]{1,3})"
LABEL_LINE = r"[^\n\d，。；\s]{4,30}"
_QUANTITY_LINE = re.compile(QUANTITY_LINE)
_LABEL_LINE = re.compile(LABEL_LINE)
_FULL_STOP = re.compile(r"[。；;]")
_HEADLINE_COLON = re.compile(r"[：:]")
#: a WeChat post's zero-padded section number (01 经济运行：…), which opens a heading
_PADDED_SECTION = re.compile(r"\s*0[1-9][ \u3000]?(?=[\u4e00-\u9fff])")
#: a chapter's number (二、, （三）), which opens headings rather than wrapped paragraphs
_CHAPTER = re.compile(r"[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]")

#: ``?`` and U+FFFD stand for lost characters; private-use code points come from
#: bytes a legacy decoder could not map to a real character.
_MARKS = re.compile(r"[?\ufffd\ue000-\uf8ff]+")
_QUESTION_CUE = re.compile(r"何|怎|什么|哪|吗|呢|多少|是否|几|谁|难道")
_SENTENCE_START = re.compile(r"[。！？!?\n]")
_MERGE_BREAKERS = re.compile(r"[，。；：、,！!\n“”《》]")
#: Markers at most this many characters apart belong to one corrupted span.
_MERGE_GAP = 10


def normalize(text: str) -> NormalizedText:
    """Clean decoded text; ``raw_offsets`` of the result index into ``text``.

    The order matters: wrappers (CSV, HTML) go first so that later rules see
    lines; pinyin goes before t2s because it is matched next to the original
    characters; chrome goes before line joining so that a chrome line never
    glues onto a paragraph; corrupted spans are found last, on the final text.

    Publication and source header lines (``发布日期: …``, ``来源: …``,
    ``◎ 来源：…``) are kept: they hold no figures and ``describe`` reads the
    document's dates and issuer from them. Only pure page chrome is removed.
    """
    unwrapped = _unwrap_csv(text)
    offsets = list(range(len(text) + 1))
    if unwrapped is not None:
        text, offsets = unwrapped
    text, offsets = _edit(text, offsets, _NEWLINES, lambda _m: ("\n",))
    if len(_HTML_HINT.findall(text, 0, _HTML_SNIFF_CHARS)) >= _HTML_MIN_TAGS:
        text, offsets = _strip_html(text, offsets)
    text, offsets = _edit(text, offsets, _INVISIBLE, _delete)
    lost: set[int] = set()
    text, offsets = _remove_pinyin(text, offsets, lost)
    text, offsets = _to_simplified(text, offsets)
    if "｜" in text:
        text, offsets = _edit(text, offsets, _TWO_COLUMN_BLOCK, _columns_one_after_the_other)
    if text.count(",") >= _CSV_TABLE_MIN_COMMAS and _has_csv_block(text):
        text, offsets = _edit(text, offsets, _CSV_TABLE, _csv_table_edit)
    if text.count(",") >= _CSV_TABLE_MIN_COMMAS // 2 and _CSV_PAIRS.search(text):
        text, offsets = _edit(text, offsets, _CSV_PAIRS, lambda m: _csv_table_edit(m, least=2))
    if "\t\t" in text or "\t\n" in text:
        text, offsets = _edit(text, offsets, _TAB_LINES, _empty_cells_marked)
    text, offsets = _edit(text, offsets, _TAB_BETWEEN_CELLS, lambda m: ("  ",))
    if "…………" in text or "······" in text or "......" in text or "．．．．" in text:
        text, offsets = _edit(text, offsets, _DOT_LEADER, lambda m: ("  ",))
    text, offsets = _edit(text, offsets, _SPACED_OUT_LINE, _unspaced)
    if "\u3000" in text:
        # (指　标, 单　位, 工　业: a two-character word spaced out for the eye is one word)
        text, offsets = _edit(text, offsets, _SPACED_WORD, lambda m: (m.span(1), m.span(2)))
        text, offsets = _gaps_between_cells(text, offsets)
    text, offsets = _single_spaced_tables(text, offsets)
    if "  " in text:
        text, offsets = _edit(text, offsets, _SPACED_WORD_IN_ROW, lambda m: (m.span(1), m.span(2)))
        text, offsets = _edit(text, offsets, _SPACED_ROW_NAME, _unspaced)
    if "    " in text or "\u3000\u3000\u3000\u3000" in text:
        text, offsets = _edit(text, offsets, _WIDELY_SPACED_WORD_IN_ROW, _widely_spaced_word)
    text, offsets = _edit(text, offsets, _DECORATION, _decoration_edit)
    if _BOX_CORNER.search(text):
        text, offsets = _edit(text, offsets, _BOX_RULE_LINE, _delete)
    if "────" in text or "━━━━" in text or "════" in text:
        text, offsets = _edit(text, offsets, _DASHED_RULE_LINE, _delete)
    text = _fold(text)
    text = _arabic_years(text)
    text, offsets = _common_era_years(text, offsets)
    text, offsets = _dates_in_digits(text, offsets)
    text = _ordinary_numerals(text)
    text = _scanned_digits(text)
    text = _scanned_words(text)
    text = _MISREAD_DECIMAL_MARK.sub(".", text)
    text = _half_width_marks(text)
    if "**" in text or "__" in text:
        text, offsets = _edit(text, offsets, _EMPHASIS, lambda m: (m.span(2),))
    if "「" in text and len(_NUMBER_SET_OFF.findall(text)) >= _NUMBERS_SET_OFF_IN_A_POST:
        text, offsets = _edit(text, offsets, _NUMBER_SET_OFF, lambda m: (m.span(1),))
    if _DESCENDING_PARTS_HINT.search(text):
        text, offsets = _edit(text, offsets, _NUMBER_IN_DESCENDING_PARTS, _number_in_descending_parts)
    if _TWO_PART_NUMBER_HINT.search(text):
        text, offsets = _edit(text, offsets, _COMPOUND_NUMBER, _compound_number)
    text, offsets = _edit(text, offsets, _MD_HEADING, _delete)
    text, offsets = _edit(text, offsets, _LINE_EDGE_SPACE, _delete)
    # 7935.6亿元　地区生产总值 / 增长6.1%: a 数说 post's line, what it says more on a line of its own
    text, offsets = _edit(text, offsets, _SAID_MORE_AFTER_A_SLASH, lambda m: (m.span("head"), "\n"))
    if _VERTICAL_HEADER_HINT.search(text):
        text, offsets = _vertical_tables(text, offsets)
    text, offsets = _edit(text, offsets, _chrome_pattern(), _chrome_but_its_host)
    text, offsets = _drop_running_headers(text, offsets)
    text, offsets = _edit(text, offsets, _DIGIT_RANGE, _range_edit)
    if " 年" in text or "年 " in text:
        # (宿州市统计局 编印  [gap]  2025 年 11 月 21 日: a date spaced out, even beside a column gap)
        text, offsets = _edit(text, offsets, _SPACED_DATE, _unspaced)
    text, offsets = _edit(text, offsets, _SPACES, _space_edit)
    text, offsets = _edit(text, offsets, _NEWLINE_RUN, _join_edit)
    text, offsets = _edit(text, offsets, _BLANK_RUN, lambda m: ((m.start(), m.start() + 2),))
    text, offsets = _strip(text, offsets)
    return NormalizedText(text, offsets, _corrupted_spans(text, offsets, lost))


#: a page set in two columns a full-width bar parts, padded before it (一、工业生产　　　｜　二、固定资产
#: 投资): four lines or more, each with one bar
_TWO_COLUMN_BLOCK = re.compile(r"(?:^[^\n｜|]*[ \u3000]｜[^\n｜|]*(?:\n|$)){4,}", re.MULTILINE)
_COLUMN_BAR = re.compile(r"[ \u3000]*｜[ \u3000]*")


def _columns_one_after_the_other(match: re.Match[str]) -> Sequence[Piece]:
    """The left column's lines, then the right column's: each column read down, as printed, not
    across the bar (a report's two columns hold two sections side by side)."""
    left: list[Piece] = []
    right: list[Piece] = []
    pos = match.start()
    for line in match.group().split("\n"):
        bar = _COLUMN_BAR.search(line)
        if bar is not None:
            if line[: bar.start()].strip():
                left += [(pos, pos + bar.start()), "\n"]
            if line[bar.end() :].strip():
                right += [(pos + bar.end(), pos + len(line)), "\n"]
        pos += len(line) + 1
    ends_a_line = match.group().endswith("\n")
    pieces = [*left, *right]
    return pieces if ends_a_line or not pieces else pieces[:-1]


# --- CSV wrapper -----------------------------------------------------------


def _unwrap_csv(text: str) -> tuple[str, list[int]] | None:
    """The title and text columns of a scraped-page CSV, with offsets into the CSV text; else None.

    Only a file whose header names a text column (patterns in boilerplate.csv)
    is unwrapped, so ordinary prose with commas is never mistaken for a CSV.
    Comma, tab and semicolon delimiters are recognised.
    """
    layout = _csv_layout(text)
    if layout is None:
        return None
    delimiter, columns = layout
    rows = _csv_cells(text, delimiter)
    return _join_cells(rows[1:], columns) if len(rows) >= 2 else None


_CSV_DELIMITERS = (",", "\t", ";")


def _csv_layout(text: str) -> tuple[str, list[int]] | None:
    """Delimiter and the columns to keep (title, text; in file order), read from the header line."""
    header_end = text.find("\n")
    header = text[: header_end if header_end >= 0 else len(text)].strip("\r\ufeff ")
    if len(header) > _CSV_MAX_HEADER:
        return None
    for delimiter in _CSV_DELIMITERS:
        if delimiter not in header:
            continue
        names = next(csv.reader(io.StringIO(header), delimiter=delimiter))
        text_cols = [i for i, name in enumerate(names) if _column_matches("csv_text_column", name)]
        if text_cols:
            title_cols = [i for i, name in enumerate(names) if _column_matches("csv_title_column", name)]
            return delimiter, sorted(set(title_cols[:1] + text_cols[:1]))  # file order: offsets increase
    return None


def _join_cells(rows: list[list[tuple[str, list[int]]]], columns: list[int]) -> tuple[str, list[int]] | None:
    """Kept cells joined by blank lines; each break maps into the raw gap between its cells."""
    parts: list[str] = []
    offsets: list[int] = []
    end = 0
    for row in rows:
        for column in columns:
            if column >= len(row) or not row[column][0].strip():
                continue
            cell_text, cell_offsets = row[column]
            if parts:
                parts.append("\n\n")
                offsets.extend([end, cell_offsets[0] - 1])
            parts.append(cell_text)
            offsets.extend(cell_offsets[:-1])
            end = cell_offsets[-1]
    if not parts:
        return None
    offsets.append(end)
    return "".join(parts), offsets


#: A header line longer than this is prose, not a CSV header.
_CSV_MAX_HEADER = 500
_CSV_QUOTE = re.compile(r'""')


@cache
def _csv_field(delimiter: str) -> re.Pattern[str]:
    return re.compile(rf'"((?:[^"]|"")*)"|([^{re.escape(delimiter)}\r\n"]*)')


def _csv_cells(text: str, delimiter: str) -> list[list[tuple[str, list[int]]]]:
    """Rows of a CSV as cells, each cell with the offsets of its characters in ``text``."""
    field = _csv_field(delimiter)
    rows: list[list[tuple[str, list[int]]]] = [[]]
    pos = 0
    while pos <= len(text):
        match = field.match(text, pos)
        if match is None:  # a stray quote: not a well-formed CSV
            return []
        group = 1 if match.group(1) is not None else 2
        start, end = match.span(group)
        cell, cell_offsets = text[start:end], list(range(start, end + 1))
        if group == 1:
            cell, cell_offsets = _edit(cell, cell_offsets, _CSV_QUOTE, lambda m: (m.string[m.start()],))
        rows[-1].append((cell, cell_offsets))
        pos = match.end()
        if pos >= len(text):
            break
        if text[pos] == delimiter:
            pos += 1
        elif text[pos] in "\r\n":
            pos += 2 if text.startswith("\r\n", pos) else 1
            if pos < len(text):
                rows.append([])
        else:
            return []
    return [row for row in rows if row]


def _column_matches(kind: str, name: str) -> bool:
    return any(pattern.match(name.strip().lower()) for pattern in _patterns(kind))


def _empty_cells_marked(match: re.Match[str]) -> Sequence[Piece] | None:
    """A table pasted from a spreadsheet (指标\t单位\t11月\t1—11月 ↵ 企业数\t个\t\t628): its empty
    cells marked, as the gap two spaces leave would shift the cells after them a column left;
    left alone unless every line has as many tabs (tabs that only line words up vary)."""
    lines = match.group().split("\n")
    if len({line.count("\t") for line in lines}) != 1:
        return None
    pieces: list[Piece] = []
    at = match.start()
    for i, line in enumerate(lines):
        if i:
            pieces.append("\n")
        for j, cell in enumerate(line.split("\t")):
            if j:
                pieces.append((at - 1, at))  # the tab before the cell
            pieces.append((at, at + len(cell)) if cell.strip() or j == 0 else EMPTY_CELL)
            at += len(cell) + 1
    return pieces


# --- a table printed as CSV lines inside a page -----------------------------

#: (a line with tabs is a row whose tabs part the cells: its commas are thousands separators)
_CSV_LINE = r'(?:"(?:[^"\n]|"")*"|[^,"\n\t]*)(?:,(?:"(?:[^"\n]|"")*"|[^,"\n\t]*)){2,}'
#: three lines or more of comma-separated cells (指标名称,单位,2025年1-9月,同比增长(%) ↵ …)
_CSV_TABLE = re.compile(rf"^{_CSV_LINE}(?:\n{_CSV_LINE}){{2,}}$", re.MULTILINE)
_CSV_TABLE_MIN_COMMAS = 6
#: a table of two columns printed as CSV lines: a header of two names, then three rows or more
#: of a name and a number (行业,增加值增速% ↵ "计算机、通信和其他电子设备制造业",13.6 ↵ …)
_CSV_PAIR_LINE = r'(?:"(?:[^"\n]|"")*"|[^,"\n]{1,40}),[-+]?\d[\d.]*'
_CSV_PAIRS = re.compile(rf"^[^,\"\n\d]{{1,20}},[^,\"\n]{{1,20}}(?:\n{_CSV_PAIR_LINE}){{3,}}$", re.MULTILINE)
#: a comma that is no thousands separator of a number (1,234.5)
_COMMA_NOT_IN_A_NUMBER = re.compile(r"(?<!\d),|,(?!\d{3}(?!\d))")
#: a cell of such a table is short; prose parted by half-width commas has long ones
_CSV_CELL_MAX = 40
#: a number's thousands separators in a quoted cell ("3,512.67")
_THOUSANDS = re.compile(r"^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")


def _has_csv_block(text: str) -> bool:
    """Three lines in a row of three short comma-parted parts or more (prose parted by
    half-width commas has long ones): only then is the (costly) table pattern run."""
    run = 0
    for line in text.split("\n"):
        short = line.count(",") >= 2 and max(map(len, line.split(","))) <= _CSV_CELL_MAX + 2
        run = run + 1 if short else 0
        if run >= 3:
            return True
    return False


def _csv_table_edit(match: re.Match[str], least: int = 3) -> Sequence[Piece] | None:
    """A table a page prints as CSV lines: its cells parted by two spaces, as the table reader
    expects, the quotes around a cell and the thousands separators of its number dropped; left
    alone unless every line has as many cells, three or more, each short."""
    if not _COMMA_NOT_IN_A_NUMBER.search(match.group()):
        return None  # 月湖区　　13,286　　112,540: a table's numbers with thousands separators, no CSV
    # (the CSV wrapper's own reader; each cell's first and last offsets give its span as written)
    rows = [
        [(match.start() + offsets[0], match.start() + offsets[-1]) for _, offsets in row]
        for row in _csv_cells(match.group(), ",")
    ]
    text = match.string
    # (a sheet saved as CSV pads its title, notes and paragraphs with empty cells, 一、总体情况。…,,,,,:
    # those lines are the text they hold; the table is the lines of short cells)
    said = [_sheet_line(text, row) for row in rows]
    widths = {len(row) for row, line in zip(rows, said, strict=True) if line is None}
    if len(widths) != 1 or widths.pop() < least or sum(line is None for line in said) < least:
        return None
    if any(line is not None for line in said) and not all(_sheet_padded(text, row) for row in rows):
        return None
    # (the sheet's padding: columns no row of a block fills, which no header names either)
    padding = _padding_columns(text, rows, said)
    pieces: list[Piece] = []
    for i, row in enumerate(rows):
        if i:
            pieces.append("\n")
        line = said[i]
        if line is not None:
            pieces.extend(line)
            continue
        for j, (start, end) in enumerate(row):
            if j in padding[i]:
                continue
            if j:
                pieces.append("  ")
            if _THOUSANDS.match(text[start:end]):
                pieces.extend(_without_commas(text, start, end))
            else:
                pieces.append((start, end) if text[start:end].strip() or not j else EMPTY_CELL)
    return pieces


def _padding_columns(
    text: str, rows: list[list[tuple[int, int]]], said: list[list[Piece] | None]
) -> list[set[int]]:
    """For each row, the columns its block of table rows (the rows between two lines of text)
    leaves empty in every row: the sheet's padding."""
    padding: list[set[int]] = [set() for _ in rows]
    i = 0
    while i < len(rows):
        if said[i] is not None:
            i += 1
            continue
        k = i
        while k < len(rows) and said[k] is None:
            k += 1
        empty = {
            j
            for j in range(1, len(rows[i]))
            if not any(text[s:e].strip() for s, e in (r[j] for r in rows[i:k]))
        }
        for row in range(i, k):
            padding[row] = empty
        i = k
    return padding


def _sheet_line(text: str, row: list[tuple[int, int]]) -> list[Piece] | None:
    """A CSV row that is no table row (a title padded with empty cells, a paragraph of prose): its
    text as written, as a line of its own; None for a row of short cells."""
    if all(e - s <= _CSV_CELL_MAX for s, e in row) and sum(e > s for s, e in row) > 1:
        return None
    # (from its first cell to its last that holds words, as written: 1,000 in a paragraph the
    # sheet split at its comma stays one number)
    held = [e for s, e in row if text[s:e].strip()]
    return [(row[0][0], max(held))] if held else []  # (,,,,,: a blank line between the blocks)


def _sheet_padded(text: str, row: list[tuple[int, int]]) -> bool:
    """Whether a row of a sheet is short cells, or words in its first cells and empty ones after."""
    if all(e - s <= _CSV_CELL_MAX for s, e in row):
        return True
    filled = [bool(text[s:e].strip()) for s, e in row]
    return not filled[-1] and filled[0]


def _without_commas(text: str, start: int, end: int) -> list[Piece]:
    pieces: list[Piece] = []
    for part in re.finditer(r"[^,]+", text[start:end]):
        pieces.append((start + part.start(), start + part.end()))
    return pieces


# --- HTML page --------------------------------------------------------------

_HTML_HINT = re.compile(r"<(?:!doctype|html|head|body|p|div|br|span|table|td|meta|script)\b", re.IGNORECASE)
#: A text is a saved HTML page when its start holds at least this many tags.
_HTML_MIN_TAGS = 3
_HTML_SNIFF_CHARS = 5000
_HTML_INVISIBLE = re.compile(
    r"<(script|style|head|noscript|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->|<!doctype[^>]*>",
    re.IGNORECASE | re.DOTALL,
)
_HTML_BLOCK = re.compile(
    r"<br\s*/?>|</?(?:p|div|h[1-6]|li|ul|ol|table|section|article|header|footer|title|blockquote)\b[^>]*>|</tr\s*>",
    re.IGNORECASE,
)
#: a table cell's end (</td>): a column gap, as the table reader expects; and the line break
#: between two rows of the source, which the row's own end already makes
_HTML_CELL_END = re.compile(r"</t[dh]\s*>", re.IGNORECASE)
_HTML_ROW_START = re.compile(r"\s*<tr\b[^>]*>", re.IGNORECASE)
_HTML_TAG = re.compile(r"<[a-zA-Z/!][^>]*>")
_HTML_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});")


def _strip_html(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """A saved web page to its visible text: scripts and tags go, block tags become line breaks.

    Only what the chrome patterns and line rules need is done; it is not a
    full HTML parser, and a page that is not HTML is never passed here.
    """
    text, offsets = _edit(text, offsets, _HTML_INVISIBLE, _delete)
    text, offsets = _edit(text, offsets, _HTML_CELL_END, lambda _m: ("  ",))
    text, offsets = _edit(text, offsets, _HTML_ROW_START, _delete)
    text, offsets = _edit(text, offsets, _HTML_BLOCK, lambda _m: ("\n",))
    text, offsets = _edit(text, offsets, _HTML_TAG, _delete)
    return _edit(text, offsets, _HTML_ENTITY, lambda m: (html.unescape(m.group()),))


# --- pinyin and script ------------------------------------------------------


def _remove_pinyin(text: str, offsets: list[int], lost: set[int]) -> tuple[str, list[int]]:
    """Drop ``(fā)`` readings; turn ``?cái)`` into ``?`` and remember it as a lost character."""

    def annotation(match: re.Match[str]) -> Sequence[Piece] | None:
        return () if _is_pinyin(match.group(1)) else None

    text, offsets = _edit(text, offsets, _PINYIN_ANNOTATION, annotation)

    def fragment(match: re.Match[str]) -> Sequence[Piece] | None:
        if not _is_pinyin(match.group(1)):
            return None
        lost.add(offsets[match.start()])
        return ((match.start(), match.start() + 1),)

    return _edit(text, offsets, _PINYIN_FRAGMENT, fragment)


@lru_cache(maxsize=4096)
def _is_pinyin(body: str) -> bool:
    """Whole-syllable pinyin; plain-ASCII readings need two letters so ``(a)`` lists survive.

    Cached: an annotated document repeats a few dozen readings hundreds of times.
    """
    toned = any(char in _TONED for char in body)
    for word in body.split(" "):
        if not _SYLLABLE.fullmatch(word.translate(_UNTONE)):
            return False
        if not toned and len(word.rstrip("12345")) < 2:
            return False
    return True


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _to_simplified(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """OpenCC t2s; where a conversion changes the length, fall back to per-character conversion.

    t2s is character for character in practice, so the fast path keeps the
    offset map as it is; the fallback is per line so that one odd phrase does
    not cost a per-character pass over the whole document.
    """
    converter = _t2s()
    converted = converter.convert(text)
    if len(converted) == len(text):
        return converted, offsets
    parts: list[str] = []
    new_offsets: list[int] = []
    pos = 0
    for line in text.split("\n"):
        simple = converter.convert(line)
        if len(simple) == len(line):
            parts.append(simple)
            new_offsets.extend(offsets[pos : pos + len(line)])
        else:
            for index, char in enumerate(line):
                one = converter.convert(char)
                parts.append(one)
                new_offsets.extend([offsets[pos + index]] * len(one))
        pos += len(line)
        if pos < len(text):
            parts.append("\n")
            new_offsets.append(offsets[pos])
            pos += 1
    new_offsets.append(offsets[len(text)])
    return "".join(parts), new_offsets


# --- chrome ----------------------------------------------------------------


@cache
def _patterns(kind: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(row["pattern"]) for row in load_csv("boilerplate") if row["kind"] == kind)


@lru_cache(maxsize=1)
def _chrome_pattern() -> re.Pattern[str]:
    """One alternation of every chrome-line pattern, matching whole lines with their newline."""
    sources = [row["pattern"] for row in load_csv("boilerplate") if row["kind"] == "chrome_line"]
    return re.compile("(?m)(?:" + "|".join(f"(?:{source})" for source in sources) + r")\n?")


#: the body a site's footer names as the page's host (主办单位：甘肃省工业和信息化厅)
_HOST_FIELD = re.compile(r"主办(?:单位)?\s*[:：]\s*[\u4e00-\u9fff]{2,30}")


def _chrome_but_its_host(match: re.Match[str]) -> Sequence[Piece]:
    """A chrome line goes, but for the host its footer names: a provincial department's page
    titled 2025年10月全省原材料工业运行情况 may name its province nowhere else."""
    host = _HOST_FIELD.search(match.group())
    if host is None:
        return ()
    kept = (match.start() + host.start(), match.start() + host.end())
    return (kept, "\n") if match.group().endswith("\n") else (kept,)


#: a line repeated this often, without prose punctuation, is a page's running header
_RUNNING_HEADER_REPEATS = 3
_CELL_GAPS = re.compile(r" {2,}")
_TABLE_HEADER_CELLS = 3
_HEADER_LINE = re.compile(r"(?m)^[^\n，。；,;]{4,40}$")


def _drop_running_headers(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """A PDF's running header (辽宁省工业和信息化厅文件 atop every page) cuts sentences at
    each page break: its repeats go, its first occurrence (the letterhead) stays."""
    counts: dict[str, int] = {}
    for line in _HEADER_LINE.findall(text):
        counts[line] = counts.get(line, 0) + 1
    # (指标  单位  1—10月  同比增长%  全市位次 atop each of a brief's tables: a header of columns,
    # which a page's running header is not)
    repeated = [
        line
        for line, n in counts.items()
        if n >= _RUNNING_HEADER_REPEATS and len(_CELL_GAPS.split(line.strip())) < _TABLE_HEADER_CELLS
    ]
    if not repeated:
        return text, offsets
    pattern = re.compile("(?m)^(?:" + "|".join(re.escape(line) for line in repeated) + ")$\n?")
    # the first time each stands as a line of its own (not inside a longer line)
    first = {m.group().rstrip("\n"): m.start() for m in reversed(list(pattern.finditer(text)))}

    def later(match: re.Match[str]) -> Sequence[Piece] | None:
        return None if match.start() == first[match.group().rstrip("\n")] else ()

    return _edit(text, offsets, pattern, later)


# --- spaces and line breaks -------------------------------------------------


def _char_class(char: str) -> str:
    if "0" <= char <= "9":
        return "digit"
    if char in "%‰":
        return "percent"
    if char.isascii() and char.isalpha():
        return "latin"
    if char in _CJK_PUNCT:
        return "punct"
    if "\u3400" <= char <= "\u9fff" or char == "〇":
        return "han"
    return "other"


#: Pairs of (left, right) character classes whose separating spaces are noise.
_DROP_SPACE = {
    ("digit", "han"), ("digit", "percent"), ("digit", "punct"), ("digit", "latin"),
    ("percent", "han"), ("percent", "punct"),
    ("han", "digit"), ("han", "latin"), ("han", "punct"),
    ("latin", "han"), ("latin", "punct"),
    ("punct", "han"), ("punct", "digit"), ("punct", "latin"), ("punct", "punct"),
}  # fmt: skip


_THOUSANDS_GROUP = re.compile(r"\d{3}(?!\d)")
#: this many spaces or more between two words separate a table's columns
_COLUMN_GAP = 2
#: a comma that groups a number's thousands (3,720.5), which makes no line prose, no clause
GROUPING_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


_SENTENCE_MARK = re.compile(r"[，。；]")


def _in_sentences(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is prose with a comma or full stop (not a speaker's label,
    区长 王海燕：, nor a row whose cells single spaces part)."""
    return text.rfind("\n", 0, pos) + 1 in _table_lines(text)[2]


def _in_table_line(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` reads as a table row rather than prose (no comma
    or full stop in it)."""
    return text.rfind("\n", 0, pos) + 1 in _table_lines(text)[0]


#: a cell of numbers in a row parted by single spaces (集成电路 亿块 32.8 24.6), signed either way (+0.7 -1.2)
_NUMBER_CELL = re.compile(r"(?<!\S)[-−+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\S)|(?<!\S)[-−+]?\d[\d.]*(?!\S)")
#: a header's cell of a year (序号 指标 单位 2020年基期值 2025年目标值): two make a header row
_YEAR_CELL = re.compile(r"(?<!\S)(?:19|20)\d{2}\s*年\S{0,8}(?!\S)")
#: a cell left empty in such a row (固定资产投资 — — -3.4: no level, only a growth)
_EMPTY_CELL = re.compile(r"(?<!\S)(?:—{1,2}|－|-|/|…)(?!\S)")


#: a number cell whose thousands a space groups (1 265.0, 12 386), nothing else in the cell
_SPACED_THOUSANDS_CELL = re.compile(r"[-−]?\d{1,3}(?: \d{3})+(?:\.\d+)?")


def _spaced_thousands(text: str, pos: int) -> bool:
    """Whether the space at ``pos`` groups the thousands of a cell in a row whose columns gaps
    of two spaces or more part (a scanned yearbook's 5 432): the cell is the text between them."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    at = pos - line_start
    cell_start = line.rfind("  ", 0, at)
    cell_end = line.find("  ", at)
    if cell_start < 0 and cell_end < 0:
        return False  # (no column gap: a row of single spaces, or prose)
    cell = line[0 if cell_start < 0 else cell_start + 2 : len(line) if cell_end < 0 else cell_end]
    return _SPACED_THOUSANDS_CELL.fullmatch(cell.strip()) is not None


_CLOSING_QUOTES = "”’」』"
#: the longest line a headline of phrases parted by spaces is
_HEADLINE_CHARS = 40
#: a mark of prose, which no headline of phrases holds
_CLAUSE_MARK = re.compile(r"[，。；：:]")


def _in_a_headline(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a short line without a clause's marks: a headline, whose spaces
    part its phrases."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    return end - start <= _HEADLINE_CHARS and _CLAUSE_MARK.search(text, start, end) is None


def _in_number_row(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is a table row whose cells single spaces part: no
    prose punctuation, and two or more cells of numbers (粗钢 万吨 3287.5 -2.1), or of a number
    and empty cells (固定资产投资 — — -3.4)."""
    return text.rfind("\n", 0, pos) + 1 in _table_lines(text)[1]


def _listed_label_row(line: str) -> bool:
    """电力、热力、燃气及水生产和供应业  91234.6  1.8: a row whose cells, parted by column gaps, may
    list names (1  某某有限公司  一次性输液器、注射器  36.2: not only the first), hold no other
    prose mark, and hold numbers after the first."""
    head, gap, rest = line.partition("  ")
    rest = GROUPING_COMMA.sub("", rest) if "," in rest else rest  # (…分配  19  1,487: no prose comma)
    plain = not _PROSE_MARKS.search((head + rest).replace("、", ""))
    return bool(gap) and plain and bool(_DIGIT.search(rest))


#: a header names at least these cells, parted by column gaps
_HEADER_CELLS = 4


def _header_listing_names(line: str) -> bool:
    """期间  工业总指数  按年变动（%）  电力、气体及水的生产及分配业  按年变动（%）: a header whose cells,
    parted by column gaps, may list names with 、 and hold no other prose mark."""
    cells = [cell for cell in line.split("  ") if cell.strip()]
    return len(cells) >= _HEADER_CELLS and not _PROSE_MARKS.search("".join(cells).replace("、", ""))


#: a row with one cell in prose has more cells than these (1  华鑫…项目  18.5  一期厂房竣工，二期主体施工)
_CELLS_BESIDE_A_WORDED_ONE = 3


def _row_with_one_worded_cell(line: str) -> bool:
    """1  某某产业园项目  南昌市南昌县  86.5  24.0  一期厂房竣工，二期主体施工: a row whose cells,
    parted by column gaps, hold numbers and no prose but for one, a remark in words (the last, or
    a result told with its growth: 2  规上工业营业收入  5600亿元  4218.6亿元，同比增长8.7%  75.3% …)."""
    if "  " not in line:
        return False
    cells = [cell for cell in line.split("  ") if cell.strip()]
    worded = [at for at, cell in enumerate(cells) if _PROSE_MARKS.search(cell.replace("、", ""))]
    plain = "".join(cell for at, cell in enumerate(cells) if at not in worded)
    return len(cells) > _CELLS_BESIDE_A_WORDED_ONE and len(worded) <= 1 and bool(_DIGIT.search(plain))


#: a row's number before its name (一、制造业高质量发展专项资金, 2、…)
_ROW_NUMBER_MARK = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})、")


@lru_cache(maxsize=4)
def _table_lines(text: str) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    """Starts of the lines of ``text`` without prose punctuation, of those that are rows of
    number cells, and of those with a comma or full stop, found in one pass (the edits ask
    line by line, and a paragraph is one long line)."""
    plain: set[int] = set()
    rows: set[int] = set()
    sentences: set[int] = set()
    start = 0
    for line in text.split("\n"):
        if _SENTENCE_MARK.search(line):
            sentences.add(start)
        # (区、县（市） heads a column of places: its 、 makes no prose)
        bare = _LEVELS_LISTED.sub("", line) if "、" in line else line
        bare = GROUPING_COMMA.sub("", bare) if "," in bare else bare  # (3,720.5: no prose comma)
        # (五、中小微企业贷款贴息      2,000      470: a row's number, its 、 no prose)
        bare = _ROW_NUMBER_MARK.sub("", bare, count=1) if "、" in bare else bare
        if (
            not _PROSE_MARKS.search(_ASIDE.sub("", bare) if "（" in bare or "(" in bare else bare)
            or ("、" in line and (_listed_label_row(line) or _header_listing_names(line)))
            or _row_with_one_worded_cell(line)
        ):
            plain.add(start)
            numbers = len(_NUMBER_CELL.findall(line)) if " " in line else 0
            if (
                numbers >= 2
                or (numbers == 1 and _EMPTY_CELL.search(line))
                or (" " in line and "年" in line and len(_YEAR_CELL.findall(line)) >= 2)
            ):
                rows.add(start)
        start += len(line) + 1
    return frozenset(plain), frozenset(rows), frozenset(sentences)


def _range_edit(match: re.Match[str]) -> Sequence[Piece] | None:
    """``5 - 6`` → ``5-6``; but in a row of number cells ``3287.5 -2.1`` are two cells."""
    if match.group().count(" ") and _in_number_row(match.string, match.start()):
        return None
    return ((match.start(), match.start() + 1), match.span(1))


def _unspaced(match: re.Match[str]) -> Sequence[Piece] | None:
    """The match without its spaces, one character at a time (None if it has none)."""
    kept = [(at, at + 1) for at in range(match.start(), match.end()) if not match.string[at].isspace()]
    return kept if len(kept) < match.end() - match.start() else None


def _space_edit(match: re.Match[str]) -> Sequence[Piece] | None:
    """Drop spaces next to numbers and Chinese; keep them between Latin words and Han words.

    A space between two digits is kept in a table row, where it parts two cells, unless it
    groups thousands (``1 449.7``); in prose, a single digit spaced from the next is a scan's
    (``增长1 8.4%``), but two numbers may stand side by side (``编号2023 2024``).
    """
    if match.end() - match.start() >= _COLUMN_GAP and _in_table_line(match.string, match.start()):
        return None  # a table's column gap (指标名称  单位  2024年  2025年): kept as written
    left, right = _char_class(match.group(1)), _char_class(match.group(2))
    if (
        match.end() - match.start() == 1
        and left == right == "digit"
        and _spaced_thousands(match.string, match.start())
    ):
        return ()  # 光伏电池  万千瓦  1 265.0  28.6: a cell's thousands, between column gaps
    if _in_number_row(match.string, match.start()):
        return None  # the cells of a row parted by single spaces (集成电路 亿块 32.8 24.6)
    if (
        match.group(1) == "."
        and right == "digit"
        and match.end() - match.start() == 1
        and match.string[match.start() - 2 : match.start() - 1].isdigit()
        and not _in_table_line(match.string, match.start())
    ):
        return ()  # 年増7. 6%: a scan's space after a decimal point, inside one number
    if match.group(1) in _CLOSING_QUOTES and right == "han" and _in_a_headline(match.string, match.start()):
        return None  # 五大行业撑起“半壁江山” 合肥入围企业数居各市首位: two phrases of a headline
    if (left, right) in _DROP_SPACE:
        return ()
    if (
        left == right == "han"
        and match.end() - match.start() == 1
        and _in_sentences(match.string, match.start())
    ):
        return ()  # 实现营 业收入, 企业资 产负债率: a scan's stray space inside a word of prose
    if left == right == "digit" and _THOUSANDS_GROUP.match(match.string, match.end()):
        return ()
    if (
        left == right == "digit"
        and match.end() - match.start() == 1
        and not match.string[match.start() - 2 : match.start() - 1].isdigit()
        and match.string[match.start() - 2 : match.start() - 1] not in ("表", "图")  # (表1 2025年…)
        and not _in_table_line(match.string, match.start())
    ):
        return ()  # 增长1 8.4%, 3 6 8 7.4亿元 in a scanned page's prose: single digits spaced out
    return None


def _join_edit(match: re.Match[str]) -> Sequence[Piece] | None:
    """Rejoin a sentence broken across lines; keep headings, list items and paragraph ends."""
    text = match.string
    line_start = text.rfind("\n", 0, match.start()) + 1
    previous = text[line_start : match.start()]
    next_end = text.find("\n", match.end())
    following = text[match.end() : next_end if next_end >= 0 else len(text)]
    if not previous or not following:
        return None
    if match.group() == "\n" and _split_figure(previous.strip(), following.strip()):
        return ()  # 同比增长 ↵ 6.1%, 312.6 ↵ 亿元: an OCR'd infographic's figure cut into lines
    if not _is_broken(previous, following):
        return None
    if _LABELLED_LIST_LINE.fullmatch(previous.strip()) and not _PROSE_MARKS.search(following):
        # 发布人：市商务局党组成员、副局长 刘建华 ↵ 　　　　市商务局外国投资管理处处长 张敏: the label's next
        # item, on a line of its own, no sentence broken (joined, 刘建华市商务局 reads as a city's)
        return None
    if "\n\n" in match.group() and PLACE_SUBHEAD.fullmatch(previous.strip()):
        return None  # 河南：增速回升，新能源汽车成最大亮点 ↵↵ 河南一季度…: a section's heading, then its text
    if "\n\n" in match.group() and len(following) <= _AUTHOR_LINE_MAX and not _PROSE_MARKS.search(following):
        after_end = text.find("\n", next_end + 1) if next_end >= 0 else -1
        after = (
            text[next_end + 1 : after_end if after_end >= 0 else len(text)].strip() if next_end >= 0 else ""
        )
        if _DATELINE.match(after) or _STAMP_START.match(after):
            # …九江增速领跑 ↵↵ 赣鄱观察室 ↵ 2025-10-29 18:42发布于江西: a title, its author, the date
            return None
        if after and len(previous) <= _ITEM_LINE_MAX:
            # 硬质合金、氟硅材料稳中有升 ↵↵ 航空与无人机 ↵ 产值19.5亿元: a post's short line, then the
            # label of the next block over its lines
            return None
    if next_end >= 0 and _QUANTITY_LINE.fullmatch(following):
        after_end = text.find("\n", next_end + 1)
        if _LABEL_LINE.fullmatch(text, next_end + 1, after_end if after_end >= 0 else len(text)):
            return None  # …居全省第3位 ↵↵ 4,385.6亿元 ↵ 规上工业总产值: an infographic's number, its label
    if previous[-1] in _NUMBER_GOES_ON and following[0].isdigit() and previous.rstrip(".")[-1:].isdigit():
        return ()  # 增长1↵↵0.1%, 增长36.↵7%: a number broken across lines is one number
    if (
        previous[-1].isascii()
        and previous[-1].isalnum()
        and following[0].isascii()
        and following[0].isalnum()
    ):
        return ((match.start(), match.start() + 1),) if match.group() == "\n" else (" ",)
    return ()


#: a line of a label and the people or bodies it lists (发布人：…副局长 刘建华, 出席：…)
_LABELLED_LIST_LINE = re.compile(r"[\u4e00-\u9fff]{2,6}[：:][^。，,；;！？!?]*[ \u3000][\u4e00-\u9fff]{2,4}")
#: the line under a table or chart that says where its data come from
_SOURCE_OF_DATA = re.compile(r"\s*(?:数据来源|资料来源|数据来自)\s*[:：]")
#: a line that opens a page's byline or stamp (原创 临沂统计 …, 来源：…, 发布时间：…, 界面新闻记者 | 林嘉)
_BYLINE_START = re.compile(
    r"(?:原创|来源|报告发布时间|报告发布日期|发布时间|发布日期|作者|编辑|编印|报告期间|报告期|股票简称|证券简称)[\s:：]"
    r"|[\u4e00-\u9fff]{0,8}(?:记者|编辑)\s*[|｜]"
    # (潮新闻客户端　记者　沈佳怡: an outlet's app, then its reporter)
    r"|[\u4e00-\u9fff]{2,10}(?:客户端|新闻)[ \u3000]*(?:首席|全媒体|融媒体)?记者[ \u3000]"
)
#: a reporter's (or photographer's) name in brackets after a paragraph's last sentence
_BYLINE_AFTER_SENTENCE = re.compile(
    r"[。！？!?][（(]\s*(?:记者|通讯员|摄影|文|图|编辑)[^（）()]{1,20}[)）]\s*$"
)
#: how long a line of an author's or column's name under a title may be (赣鄱观察室)
_AUTHOR_LINE_MAX = 12
#: a document's number (皖经信产业〔2025〕186号): on a line of its own under a title here, and the
#: number the describe stage reads as the document's own
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,16}[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d{1,4}\s*号")
#: a line that opens with a date, such as a page's or article's dateline
_DATELINE = re.compile(r"(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})")
_DATELINE_MAX = 40
#: a press release's dateline, the city it was issued in after the date (2024年5月16日，北京)
PRESS_DATELINE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[，,]\s*[\u4e00-\u9fff]{2,4}")
#: a WeChat account's name, then the day it posted (襄阳发布　2025年09月18日 08:30　湖北)
#: (清河发布2025年04月22日18:30河北: an account named …发布 may stand right against its date, as
#: the spaces between Han characters and digits are gone by the time lines are joined)
#: (or an outlet named …新闻, …报, …网 or …社: 每日经济新闻2024-07-29 20:41:36)
_ACCOUNT_AND_DATE = re.compile(
    # (an outlet's name may open on digits: 21世纪经济报道　2023-12-05 19:42)
    r"(\d{0,3}[\u4e00-\u9fffA-Za-z]{2,16})(?:[ \u3000]+|(?<=发布)|(?<=新闻)|(?<=报)|(?<=网)|(?<=社))"
    + _DATELINE.pattern
)
#: the time of day after a date (2024-02-05 19:26)
_TIME_OF_DAY = re.compile(r"\s*\d{1,2}:\d{2}")
#: a line that is only a date or period in brackets, as a speech carries under its speaker
_BRACKETED_DATELINE = re.compile(r"[（(]\s*(?:19|20)\d{2}\s*年[^（）()\n]{1,12}[)）]\s*")


#: a line opening with a date and a time of day (2025-10-30 07:42:15), as a page stamps a title
_STAMP_START = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?\s+\d{1,2}:\d{2}")
#: a line that gives a table's unit (单位：家、个; 单位：%；家; 单位：元/千瓦时，%; 单位：场所数目（间）；
#: 在职员工（名）: each column's)
_UNIT_CAPTION = re.compile(
    r"单位\s*[：:]\s*[^\s，。]{1,12}(?:[，,][^\s，。]{1,12})*\s*$"
    r"|单位\s*[：:]\s*(?:[^\s，。；;（）()]{1,16}[（(][^\s（）()]{1,8}[)）][；;，,]?)+\s*$"
)
#: a line of an official's office and name (自治区商务厅党组成员、副厅长　韦立东), as a podium lists them
_OFFICE_AND_NAME_LINE = re.compile(
    r"[^，。；：:\n]{2,40}?(?:长|书记|主任|委员|经理|董事长|主席|负责人|巡视员|总工程师)"
    r"[ \u3000]+[\u4e00-\u9fff·]{2,4}"
)
#: a line that says a table's unit, whatever follows (单位：万元 币种：人民币)
_UNIT_LINE_START = re.compile(r"\s*单位\s*[：:]")
_UNIT_LINE_MAX = 30
#: the bars of a ruled table's row (指标 | 2023年 | 2024年)
_RULED_ROW_BARS = 2
#: the column gaps of a table's row whose cells tabs or wide gaps part
_ROW_GAPS = 2


#: a line that opens with a label and a colon (规上工业增加值：…, 10月当月：…)
_LABELLED_LINE = re.compile(r"[\s\u3000]*[\u4e00-\u9fff（）()A-Za-z0-9+—\-%％]{2,20}[：:]")


def _split_figure(previous: str, following: str) -> bool:
    """Whether two lines are one figure an infographic's OCR set on lines of their own: a number
    and the unit under it (312.6 ↵ 亿元), or what is measured and its number (同比增长 ↵ 6.1%,
    增速居全市 ↵ 第3位). A label over its number (地区生产总值 ↵ 312.6亿元) stays on its line."""
    if _BARE_NUMBER.fullmatch(previous):
        return _unit_line().fullmatch(following) is not None
    return (
        len(previous) <= _ITEM_LINE_MAX
        and previous not in _STACKED_WAY  # (a PDF's cell a line: 亿元 ↵ 1526.8 ↵ 增长 ↵ 7.9%)
        and _OPEN_COMPARISON.search(previous) is not None
        and not _DIGIT_IN_LINE.search(previous)
        and _NUMBER_UNDER_COMPARISON.fullmatch(following) is not None
    )


@lru_cache(maxsize=1)
def _unit_line() -> re.Pattern[str]:
    """A unit alone (亿元, 家, 亿千瓦时, %), from the units catalogue."""
    rows = load_csv("units")
    prefixes = [row["unit"] for row in rows if row["unit_class"] == "prefix"]
    units = [row["unit"] for row in rows if row["unit_class"] not in ("prefix", "index")]
    return re.compile(f"(?:{alternation(prefixes)})?(?:{alternation(units)})")


#: the gap between two cells of a table's row (two spaces or more, a tab, an ideographic space)
_CELLS_GAP = re.compile(r"\S(?: {2,}|\t|\u3000)+\S")
#: a comma that parts a number's thousands (52,380)
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
#: a line that is one bracketed note, whole (（…销售值单位：新台币亿元；年增率单位：%）)
_WHOLLY_BRACKETED = re.compile(r"[（(][^（()）]+[)）]")


def _is_broken(previous: str, following: str) -> bool:
    """Whether ``previous`` stops mid-sentence and ``following`` continues it.

    A line ending in final punctuation is complete. A line ending in a comma
    is not. Otherwise headings stay: lines without any comma or full stop
    (titles), and short lines without a full stop (subheads such as
    ``强化创新引领，加快动能转换``); what remains is a paragraph cut in two.
    """
    last = previous[-1]
    if last in _TERMINAL or (last in _CLOSERS and len(previous) > 1 and previous[-2] in _TERMINAL):
        return False
    if _BYLINE_AFTER_SENTENCE.search(previous):
        return False  # …926.4亿元。（记者 李晓东） ↵ 42家: a paragraph's reporter, after its last sentence
    if _LIST_START.match(following):
        return False
    if _DATELINE.match(following) and len(following) <= _DATELINE_MAX and not _PROSE_MARKS.search(following):
        return False  # 喜报！…总数达268家 ↵ 2025年09月05日 18:06 湖南: a title, then the page's date
    if PRESS_DATELINE.fullmatch(following.strip()) or PRESS_DATELINE.fullmatch(previous.strip()):
        return False  # …保持审慎乐观 ↵ 2024年5月16日，北京 ↵ 中国英国商会今日…: a press release's dateline
    byline = _ACCOUNT_AND_DATE.match(following)
    if (
        byline is not None
        and len(following) <= _DATELINE_MAX + byline.end(1)
        and not _PROSE_MARKS.search(following)
    ):
        return False  # …累计帮企业省下4.6亿元 ↵ 襄阳发布　2025年09月18日 08:30　湖北: a title, its byline
    if byline is not None and _TIME_OF_DAY.match(following, byline.end()):
        return False  # …迈入“2万亿俱乐部” ↵ 新京报　2024-02-05 19:26　分享到：微信…: the outlet's stamp
    if _BRACKETED_DATELINE.fullmatch(following):
        return False  # 县委副书记、县长　李建军 ↵ （2025年9月12日）: a speaker, then the day he spoke
    if _BYLINE_START.match(following):
        return False  # 数读｜前5个月…、质效向好 ↵ 原创 临沂统计 2026年06月23日: a title, then its byline
    if DOC_NUMBER.fullmatch(following.strip()):
        return False  # …工作的通知 ↵ 皖经信产业〔2025〕186号: a notice's title, then its number
    if _SOURCE_OF_DATA.match(previous):
        return False  # 数据来源：各省统计局…整理 ↵ 中部省份景气度领先: a table's source, then a heading
    if last in _CONTINUING:
        return True
    if _LABELLED_LINE.match(previous) and _LABELLED_LINE.match(following):
        return False  # 分地区：武进区 +9.4% ↵ 全省平均：+6.6%: a dashboard's lines, each a label and values
    if (
        len(previous) <= _ITEM_LINE_MAX
        and _ENDS_ON_QUANTITY.search(previous)
        and following[0] not in _CONTINUING
        and following[0] not in _TERMINAL
    ):
        return False  # 制造业 增长8.4% ↵ 40个工业大类行业中…: a short line of its own figure, an item
    marker = _LIST_START.match(previous)
    body = previous[marker.end() :] if marker else previous
    # (贵阳市  52,380: a row's number with its thousands' commas, across a column's gap, no prose)
    unmarked = _THOUSANDS_COMMA.sub("", body) if _CELLS_GAP.search(body) else body
    if not _PROSE_MARKS.search(_ASIDE.sub("", unmarked)) and len(body) <= _TITLE_MAX:
        return False
    if _LISTED_HEADING.fullmatch(body):
        return False  # 合肥、广州：整机制造与场景开放双轮驱动 ↵ 在合肥，…: a heading, then its section
    if "、" in body and _listed_label_row(body):
        return False  # 电力、热力…供应业  91234.6  1.8: a table's row
    if _STAMP_START.match(following):
        return False  # …潍坊多项增速占优 ↵ 2025-10-30 07:42:15  来源：…: a title, then its time stamp
    if _UNIT_CAPTION.match(body):
        return False  # 单位：家、个 ↵ 省份  绿色工厂…: a table's unit, then its header
    if _WHOLLY_BRACKETED.fullmatch(body):
        return False  # （生产指数基期：…；销售值单位：新台币亿元；…） ↵ 行业别  …: a caption's note, whole
    if body.count("|") >= _RULED_ROW_BARS and following.count("|") >= _RULED_ROW_BARS:
        return False  # 在职员工(名) | 9,551 | 9,426 | -1.3: a ruled table's row, the next one below
    if following.count("|") >= _RULED_ROW_BARS and not _FULL_STOP.search(body) and "|" not in body:
        return False  # …开发区…目标 ↵↵ │ 单位 │ 工业投资（亿元）│: a caption, then its ruled header
    if body.count("|") >= _RULED_ROW_BARS and (body[-1].isdigit() or body[-1] in "%％|"):
        return False  # 电力、气体…|95.1|97.5|2.5|-4.0 ↵↵ 2025年全年: a ruled table's last row, a heading
    gaps = len(_CELL_GAPS.findall(body))
    if len(_CELL_GAPS.findall(following)) >= _ROW_GAPS and (gaps >= _ROW_GAPS or not _FULL_STOP.search(body)):
        # 1  强化工业运行监测调度  …  2026年12月底 ↵ 2  …: a table's row, then the next; …乡镇（街道）、
        # 开发区…目标任务分解表 ↵ 序号  单位  …: a caption (no full stop), then its header
        return False
    if gaps > _ROW_GAPS and _DIGIT_IN_LINE.search(body):
        return False  # 配件及其他  30,335.13  23,303.45  23.18 ↵ 主营业务…的说明: a table's last row
    if _OFFICE_AND_NAME_LINE.fullmatch(body):
        return False  # 发布人： ↵ 自治区商务厅党组成员、副厅长　韦立东 ↵ 南宁海关…: one speaker a line
    if _UNIT_LINE_START.match(following) and len(following) <= _UNIT_LINE_MAX:
        return False  # …分销售模式情况 ↵ 单位：万元 币种：人民币: a caption, then its table's unit
    if marker and _HEADLINE_COLON.search(body) and not _FULL_STOP.search(body) and len(body) <= _SUBHEAD_MAX:
        return False  # 一、专精特新中小企业：新认定1126家，累计突破4800家: a numbered headline
    if _PADDED_SECTION.match(previous) and not _FULL_STOP.search(body) and len(body) <= _SUBHEAD_MAX:
        return False  # 01 肥西县：百强县第41位，较上年前移3位: a WeChat post's numbered section heading
    if marker and _CHAPTER.match(previous) and not _FULL_STOP.search(body) and len(body) <= _SUBHEAD_MAX:
        return False  # 二、行业增长面扩大，装备制造业支撑作用突出: a chapter's heading
    return not _is_subhead(body)


def _is_subhead(line: str) -> bool:
    """A parallel-phrase subhead: 强化创新引领，加快动能转换 (two or three balanced phrases).

    A sentence cut short (今年,山东将接续实施“千项千亿”计划,力争一季度) has
    clauses of uneven length, which is what tells the two apart.
    """
    if _FULL_STOP.search(line) or len(line) > _SUBHEAD_MAX or line[-1] in _NUMBER_GOES_ON:
        return False  # (…实现地区生产总值3 ↵ 386.4亿元: a number cut short, no subhead's end)
    phrases = [len(phrase) for phrase in _PHRASE_BREAK.split(line)]
    return (
        2 <= len(phrases) <= _SUBHEAD_PHRASES
        and min(phrases) >= _SUBHEAD_PHRASE_MIN
        and max(phrases) - min(phrases) <= _SUBHEAD_PHRASE_SPREAD
    )


# --- corrupted spans ---------------------------------------------------------


def _corrupted_spans(text: str, offsets: list[int], lost: set[int]) -> list[tuple[int, int]]:
    """Spans of text damaged by a bad conversion, as ``[start, end)`` in the cleaned text.

    A marker is U+FFFD, a run of two or more ``?``, a ``?`` left by a lost
    annotated character, or a lone ``?`` that does not end a question (a
    question word such as 如何/哪/吗 earlier in the sentence). Markers close
    together, with no real punctuation between them, form one span, so the
    mojibake between them (``??萍紕?``) is covered too.
    """
    markers: list[tuple[int, int]] = []
    for match in _MARKS.finditer(text):
        start, end = match.span()
        is_marker = (
            end - start > 1
            or match.group() != "?"
            or offsets[start] in lost
            or not _ends_question(text, start)
        )
        if is_marker:
            markers.append((start, end))
    spans: list[tuple[int, int]] = []
    for start, end in markers:
        if (
            spans
            and start - spans[-1][1] <= _MERGE_GAP
            and not _MERGE_BREAKERS.search(text, spans[-1][1], start)
        ):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _ends_question(text: str, position: int) -> bool:
    sentence_start = max(
        (m.end() for m in _SENTENCE_START.finditer(text, max(0, position - 80), position)), default=0
    )
    return _QUESTION_CUE.search(text, max(sentence_start, position - 80), position) is not None
