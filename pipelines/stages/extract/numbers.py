"""Numbers as written in Chinese government prose.

Arabic decimals (``10189.4``), ranges (``3-5``), lists sharing one unit
(``10.9、2.3 个百分点``), Chinese numerals on isolated spans (``两``, ``十二``),
fractions (``三分之一``) and tenths (``五成``).  Only spans that a regex has
already isolated are parsed, never free text, so a numeral inside a word
(``一体化``) cannot turn into a figure.
"""

from __future__ import annotations

import re

_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}

CN_NUMERAL = "[零〇一二两三四五六七八九十百千]"
_DECIMAL = re.compile(r"\d+(?:\.\d+)?")


def int_of(text: str) -> int | None:
    """A whole number written in digits (3) or as a Chinese numeral (三, 十二), else ``None``."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    return parse_cn_int(text)


def parse_cn_int(text: str) -> int | None:
    """Value of a Chinese numeral below 100 million (十二 → 12, 两 → 2, 十二万 → 120 000), else ``None``.

    Digits side by side (三五家 "three to five", 二〇二四) are no magnitude numeral:
    ``None``, as is a bare digit after 万 (一万二 is spoken for 12 000, not 10 002).
    """
    high, wan, low = text.partition("万")
    if not wan:
        return _below_ten_thousand(text)
    if len(low) == 1 and low in _DIGITS:
        return None
    ten_thousands = _below_ten_thousand(high)
    rest = _below_ten_thousand(low) if low else 0
    if ten_thousands is None or rest is None:
        return None
    return ten_thousands * 10_000 + rest


def _below_ten_thousand(text: str) -> int | None:
    if not text:
        return None
    total = 0
    current = 0
    after_digit = False
    for ch in text:
        if ch in _DIGITS:
            if after_digit and current:
                return None
            current = _DIGITS[ch]
            after_digit = True
        elif ch in _SMALL_UNITS:
            total += (current or 1) * _SMALL_UNITS[ch]
            current = 0
            after_digit = False
        else:
            return None
    return total + current


def parse_number(text: str) -> float | None:
    """Arabic or Chinese number of an isolated span (``12.4``, ``十二``)."""
    text = text.strip().replace(",", "")
    if not text:
        return None
    if _DECIMAL.fullmatch(text):
        return float(text)
    whole, point, digits = text.partition("点")  # 十五点二: a decimal written in words
    value = parse_cn_int(whole)
    if value is None:
        return None
    if point:
        decimals = [_CN_DIGITS.get(c) for c in digits]
        if not decimals or None in decimals:
            return None
        return float(f"{value}.{''.join(str(d) for d in decimals)}")
    return float(value)


#: the digits of a decimal's fractional part, read one by one (点零八 → .08)
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}


#: two neighbouring digits said together, last but for a magnitude (四十五六, 一千二三百, 三四)
_SPOKEN_RANGE = re.compile(r"([二两三四五六七八])([三四五六七八九])(?=[十百千万]?$)")


def parse_cn_range(text: str) -> tuple[float, float] | None:
    """A spoken range (四十五六 → 45–46, 一千二三百 → 1200–1300, 二三十 → 20–30): each end is
    the numeral with the other digit left out. Digits not next in order (三五) are no range."""
    m = _SPOKEN_RANGE.search(text)
    if m is None or _DIGITS[m.group(2)] != _DIGITS[m.group(1)] + 1:
        return None
    low = parse_number(text[: m.start(2)] + text[m.end(2) :])
    high = parse_number(text[: m.start(1)] + text[m.end(1) :])
    if low is None or high is None:
        return None
    return low, high


def parse_fraction(denominator: str, numerator: str) -> float | None:
    """``三分之一`` → 33.33 (percent, two decimals as analysts write it)."""
    den = parse_number(denominator)
    num = parse_number(numerator)
    if not den or num is None:
        return None
    return round(num / den * 100, 2)


def round_base(value: float) -> float:
    """Multiplied values lose float noise (1.2 × 10000 → 12000, not 11999.999…)."""
    return float(round(value, 6))
