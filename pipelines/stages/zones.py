"""Zones named after their place: national and provincial development zones and new areas.

长沙经开区, 重庆高新区, 苏州工业园区, 两江新区 are no administrative regions, but the figures
said of them are their own, and a zone's committee writes for the zone. Both the reading
of a document (``describe``) and of its figures (``extract``) name them the same way,
under their official names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from pipelines.reference import alternation, load_csv

#: the words a scope opens on (全市, 我县, 本区, 各开发区, 该园区), which open no zone's name
_SCOPE_OPENERS = "全我本各该"


def _places_opening_on_a_scope_word() -> str:
    """The cities' and counties' short names that do open on one (本溪, 全椒), as an alternation:
    本溪高新区 is a zone where 本区 is none (but not 全州, said as often of a whole prefecture)."""
    cities = [row["short_name"] for row in load_csv("regions") if row["level"] == "prefecture"]
    counties = [row["name"].removesuffix("县") for row in load_csv("counties") if row["name"].endswith("县")]
    return alternation(
        [
            name
            for name in cities + counties
            if len(name) == 2 and name[0] in _SCOPE_OPENERS and name[1] not in "州盟"
        ]
    )


#: a zone's name: a place's name (no scope word, level or year; not 国家 of 国家高新技术产业开发区,
#: a kind of zone), then its kind
ZONE = re.compile(
    r"(?!重点|绿色|特色|化工|省级|国家级|国家|各类|工业|产业|两个|两大"
    # (零碳工业园区, 智慧园区: a kind of zone, said by what it strives to be, no place's name)
    r"|零碳|低碳|近零|智慧|生态|循环|数字|现代|新型|先进|创新|示范|专业|市级|县级"
    # (目前工业园区可供地不足500亩: a time word before the zone's kind, no place's name; 今年 and
    # the like are kept out below, as no name holds 年)
    r"|目前|当前|现在)"
    # (沛县经济开发区: a one-character county's name keeps its 县)
    rf"((?:{_places_opening_on_a_scope_word()})"
    rf"|(?:(?![{_SCOPE_OPENERS}省市县区年争占])[\u4e00-\u9fff]){{2,5}}?|(?![{_SCOPE_OPENERS}])[\u4e00-\u9fff]县)"
    r"(经开区|经济技术开发区|经济开发区|高新区|高新技术产业开发区|高新技术产业园区|高科技园区|新技术开发区"
    # (南昌临空经济区, 郑州航空港经济综合实验区: an airport's zone)
    r"|临空经济示范区|临空经济区|航空港经济综合实验区|航空港区|综合实验区"  # (平潭综合实验区)
    # (深汕特别合作区, 横琴粤澳深度合作区: a zone two places run together)
    # (在高新区，…: no zone called 在高 and 新区; a one-character word before 高新区)
    r"|工业园区|综保区|综合保税区|(?<!高)新区|开发区|特别合作区|深度合作区)"
)
#: how an official zone's name ends, whatever its kind (…经济技术开发区, …工业园区, 两江新区)
ZONE_KIND_ENDS = ("开发区", "园区", "新区", "保税区", "示范区", "经济区", "实验区", "港区", "合作区")
#: kinds that follow many a word (推动开发区): only after a place's own name (广州开发区)
_PLAIN_KINDS = frozenset({"开发区"})
_FULL_KIND = {"经开区": "经济技术开发区", "高新区": "高新技术产业开发区", "综保区": "综合保税区"}
#: a zone's kind in full, after its place's name (广德经济开发区, 湖口高新技术产业开发区)
FULL_ZONE_KIND = "(?:经济技术开发区|经济开发区|高新技术产业开发区)"
#: numerals open a count (三大新区, 十个开发区) more often than a place (九江, 六安, 十堰)
_NUMERAL = re.compile("[一二三四五六七八九十百千]")
#: the last character of a verb or preposition before a zone's kind (位于, 走进, 来到, 入驻): no
#: place's name ends on one
_VERB_BEFORE_A_PLACE = frozenset("于进到驻往至在落")


def named_zone(text: str, is_place: Callable[[str], bool]) -> tuple[str, int] | None:
    """The official name of the zone ``text`` opens with (长沙经开区 → 长沙经济技术开发区), and
    where its name ends in ``text``; ``is_place`` tells whether a longer name opens with a
    place's (推进雄安新区 opens with a verb)."""
    zone = ZONE.match(text)
    if zone is None:
        return None
    place = zone.group(1)
    if place[-1] in _VERB_BEFORE_A_PLACE:
        return None  # 位于经开区, 走进高新区: where, not whose
    # (丰城高新技术产业开发区, 盐城经开区: a place's 城, only where the name is a place's; 城东新区 is
    # no place's)
    checked = len(place) > 2 or zone.group(2) in _PLAIN_KINDS or _NUMERAL.search(place) or "城" in place
    if checked and not is_place(place):
        return None
    return place + _FULL_KIND.get(zone.group(2), zone.group(2)), zone.end()


def zone_in_full(zone: str, text: str) -> str:
    """荆州开发区 in a text that also names 荆州经济技术开发区: the zone by the full name the text
    gives it, as 开发区 alone may stand for any kind; else the zone as named (赣州经开区 in full,
    赣州经济技术开发区)."""
    short = next((kind for kind in _FULL_KIND if zone.endswith(kind) and len(zone) > len(kind)), None)
    if short is not None:
        return _with_its_city(zone.removesuffix(short) + _FULL_KIND[short], text)
    if not zone.endswith("开发区") or re.search(FULL_ZONE_KIND + "$", zone):
        return _with_its_city(zone, text) if zone.endswith(ZONE_KIND_ENDS) else zone
    full = re.search(re.escape(zone.removesuffix("开发区")) + FULL_ZONE_KIND, text)
    return _with_its_city(full.group() if full is not None else zone, text)


def _with_its_city(zone: str, text: str) -> str:
    """临港经济技术开发区 where its committee signs as 宜宾临港经济技术开发区管委会: the name the zone's
    own body gives it, its city's short name first (not a province's: 江西赣州经济技术开发区管委会
    keeps 赣州经济技术开发区)."""
    body = re.search(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2})" + re.escape(zone) + _OWN_BODY, text)
    return body.group(1) + zone if body is not None and body.group(1) in _city_short_names() else zone


@lru_cache(maxsize=1)
def _city_short_names() -> frozenset[str]:
    """The short names of regions.csv's prefecture-level cities (宜宾 of 宜宾市)."""
    return frozenset(row["short_name"] for row in load_csv("regions") if row["level"] == "prefecture")


#: a zone's own body, after its name (管委会, 管理委员会, 党工委)
_OWN_BODY = r"(?:管委会|管理委员会|党工委)"
