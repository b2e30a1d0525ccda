"""Cue vocabularies of the figure extractor, read once from ``seeds/reference``.

The extractor's linguistic knowledge lives in CSV files so that reviewers can
read and change it without touching code: units and their multipliers, the
cue words of qualifiers, statuses, measures and periods, the words stripped
from indicator phrases, abbreviations of indicator names, and the patterns of
numbers that are names rather than figures.  Everything here is compiled once
per process (``lru_cache``) because the extractor runs over thousands of
documents.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from pipelines.reference import alternation, load_csv


@dataclass(frozen=True)
class Unit:
    """A base unit: its canonical base name, multiplier and class."""

    unit: str
    base_unit: str
    multiplier: float
    unit_class: str


@dataclass(frozen=True)
class Affixes:
    """A word list looked up at the start or end of a string, longest word first.

    Scanning a longest-first tuple with ``startswith`` finds the longest word
    that fits (two words of one length cannot both start one string); this
    finds the same word with one set probe per distinct word length instead of
    one call per word, which matters because indicator cleaning does these
    lookups millions of times.
    """

    words: frozenset[str]
    lengths: tuple[int, ...]  # the distinct word lengths, longest first

    @classmethod
    def of(cls, words: Iterable[str]) -> Affixes:
        unique = frozenset(words)
        return cls(unique, tuple(sorted({len(w) for w in unique}, reverse=True)))

    def __contains__(self, s: str) -> bool:
        return s in self.words

    def prefixes(self, s: str, proper: bool = False) -> Iterator[str]:
        """The words ``s`` starts with, longest first (``proper``: only words shorter than ``s``)."""
        limit = len(s) - 1 if proper else len(s)
        for n in self.lengths:
            if n <= limit and s[:n] in self.words:
                yield s[:n]

    def prefix(self, s: str, proper: bool = False) -> str | None:
        """The longest word ``s`` starts with, or ``None``."""
        return next(self.prefixes(s, proper), None)

    def suffix(self, s: str, proper: bool = False) -> str | None:
        """The longest word ``s`` ends with (``proper``: shorter than ``s``), or ``None``."""
        limit = len(s) - 1 if proper else len(s)
        for n in self.lengths:
            if n <= limit and s[len(s) - n :] in self.words:
                return s[len(s) - n :]
        return None


@dataclass(frozen=True)
class Lexicon:
    """All compiled vocabularies the extractor needs."""

    units: dict[str, Unit]
    prefixes: dict[str, float]
    unit_pattern: str
    qualifier_before: tuple[tuple[str, str], ...]
    qualifier_after: tuple[tuple[str, str], ...]
    #: (cue, status, scope): scope ``future`` (将) and ``this_year`` (今年) mark only the time,
    #: and yield to an estimate cue before them (预计到2025年底，…将达到10% is an estimate);
    #: ``this_year`` is no cue at all late in the year, when 今年 is the year being reviewed
    status_clause: tuple[tuple[re.Pattern[str], str, str], ...]
    #: matches where any of ``status_clause`` does: most texts hold no cue, and one scan says so
    any_status_clause: re.Pattern[str]
    plan_cue: re.Pattern[str]
    measure_cues: dict[str, tuple[tuple[re.Pattern[str], int], ...]]
    rank_verb: str
    period_cues: dict[str, tuple[tuple[str, int], ...]]
    stock_cue: re.Pattern[str]
    strong_stock_cue: re.Pattern[str]
    flow_cue: re.Pattern[str]
    aliases: tuple[tuple[str, str], ...]
    #: (whole indicator, measure kind) → canonical: 规模以上工业 growing means its value added grows
    exact_aliases: dict[tuple[str, str], str]
    #: the indicator catalogue's names and aliases (地区生产总值, GDP, 全省生产总值 …)
    catalogue_names: frozenset[str]
    not_figure: tuple[tuple[re.Pattern[str], str], ...]
    lead_words: tuple[str, ...]
    verbs: tuple[str, ...]
    tail_words: tuple[str, ...]
    noise_words: tuple[str, ...]
    modifiers: tuple[str, ...]
    topic_suffixes: tuple[str, ...]
    attributes: tuple[str, ...]
    generic: frozenset[str]
    #: a preposition left alone where the clause named its object after the number (本次共对12家企业
    #: …给予补助: 对), no indicator
    prepositions: frozenset[str]
    flow_nouns: re.Pattern[str]
    #: what names an amount of money (营业收入, 产值 …): 1000亿 without 元 is read only after these
    money_nouns: re.Pattern[str]
    # the same word lists indexed for prefix/suffix lookups (see Affixes)
    lead: Affixes
    verb: Affixes
    tail: Affixes
    noise: Affixes
    modifier: Affixes
    #: words that begin with a lead word or a verb but are one word (有色金属 is not 有 + 色金属)
    whole_word: Affixes
    #: what counted things did, said after them (636个项目参赛, 8家企业入选…): 参赛项目, 入选…企业
    predicate: Affixes
    qualifier_cue_before: Affixes
    #: any noise word in a string (most strings have none, so the per-word replace loop is skipped)
    any_noise: re.Pattern[str]
    #: an indicator of the catalogue (indicators.csv) said with its growth (规模以上工业增加值增速)
    catalogue_growth: re.Pattern[str]


_LOOKBEHIND = re.compile(r"^\(\?<!\[[^\]]*\]\)")


def _longest_first(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted({w for w in words if w}, key=len, reverse=True))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and compile every cue vocabulary (cached per process)."""
    units: dict[str, Unit] = {}
    prefixes: dict[str, float] = {}
    for row in load_csv("units"):
        if row["unit_class"] == "prefix":
            prefixes[row["unit"]] = float(row["multiplier"])
        else:
            units[row["unit"]] = Unit(
                row["unit"], row["base_unit"], float(row["multiplier"]), row["unit_class"]
            )
    # 3万余家: 余/多 may stand between the multiplier and the base unit; an index's points are
    # no unit a number in prose is read with (下午3点, 提高2.3点), only a column's or an index's
    spoken = [unit for unit, row in units.items() if row.unit_class != "index"]
    unit_pattern = f"(?:{alternation(list(prefixes))})?(?:余|多)?(?:{alternation(spoken)})"

    qualifier_before = tuple(
        sorted(
            ((r["cue"], r["qualifier"]) for r in load_csv("qualifier_cues") if r["position"] == "before"),
            key=lambda x: -len(x[0]),
        )
    )
    qualifier_after = tuple(
        sorted(
            ((r["cue"], r["qualifier"]) for r in load_csv("qualifier_cues") if r["position"] == "after"),
            key=lambda x: -len(x[0]),
        )
    )

    status_clause: list[tuple[re.Pattern[str], str, str]] = []
    plan_parts: list[str] = []
    for row in load_csv("status_cues"):
        if row["scope"] == "plan_cue":
            plan_parts.append(row["cue"])
        else:
            status_clause.append((re.compile(row["cue"]), row["status"], row["scope"]))

    measure_cues: dict[str, list[tuple[re.Pattern[str], int]]] = {}
    rank_verbs: list[str] = []
    for row in load_csv("measure_cues"):
        if row["role"] == "rank_verb":
            rank_verbs.extend(row["cue"].split("|"))
            continue
        measure_cues.setdefault(row["role"], []).append((re.compile(row["cue"]), int(row["sign"])))

    period_cues: dict[str, list[tuple[str, int]]] = {}
    for row in load_csv("period_cues"):
        period_cues.setdefault(row["kind"], []).append((row["cue"], int(row["offset"] or 0)))
    stock_words = [w for cue, _ in period_cues.get("stock", []) for w in cue.split("|")]
    # (a cue may say what must not come before it: 达, not the 达 of 下达 or 到达; the weak ones
    # make no stock where a word of additions stands by: 本年新收…申请数量)
    weak_stock = {"达到", "达", "建成", "开通", "接入", "注册在用", "数量", "装机"}  # (新增装机: added)
    strong_stock = [w for w in stock_words if _LOOKBEHIND.sub("", w) not in weak_stock]
    flow_words = [w for cue, _ in period_cues.get("flow", []) for w in cue.split("|")]

    cues: dict[str, list[str]] = {}
    for row in load_csv("indicator_cues"):
        cues.setdefault(row["role"], []).append(row["cue"])

    alias_rows = load_csv("indicator_aliases")
    aliases = tuple(
        (r["alias"], r["canonical"]) for r in alias_rows if r.get("match", "substring") == "substring"
    )
    exact_aliases = {
        (r["alias"], r["match"].removeprefix("exact_")): r["canonical"]
        for r in alias_rows
        if r.get("match", "").startswith("exact_")
    }
    # Each of these runs over the whole text, so its rows open with one character or
    # character class (``\d\d*``, not ``\d+``; alternatives split into rows): Python's
    # regex engine then jumps to candidate characters instead of trying every position,
    # which made the mask pass a third cheaper.
    not_figure = tuple((re.compile(r["pattern"]), r["scope"]) for r in load_csv("not_figure_patterns"))
    lead_words = _longest_first(cues.get("lead", []))
    verbs = _longest_first(cues.get("verb", []))
    tail_words = _longest_first(cues.get("tail", []))
    noise_words = _longest_first(cues.get("noise", []))
    modifiers = _longest_first(cues.get("modifier", []))

    return Lexicon(
        units=units,
        prefixes=prefixes,
        unit_pattern=unit_pattern,
        qualifier_before=qualifier_before,
        qualifier_after=qualifier_after,
        status_clause=tuple(status_clause),
        any_status_clause=re.compile("|".join(f"(?:{p.pattern})" for p, _, _ in status_clause) or "(?!)"),
        plan_cue=re.compile("|".join(f"(?:{p})" for p in plan_parts)),
        measure_cues={k: tuple(v) for k, v in measure_cues.items()},
        rank_verb=alternation(rank_verbs),
        period_cues={k: tuple(v) for k, v in period_cues.items()},
        stock_cue=re.compile(alternation(stock_words)),
        strong_stock_cue=re.compile(alternation(strong_stock)),
        flow_cue=re.compile(alternation(flow_words)),
        aliases=tuple(sorted(aliases, key=lambda x: -len(x[0]))),
        exact_aliases=exact_aliases,
        catalogue_names=frozenset(
            name
            for row in load_csv("indicators")
            for name in [row["name"], *row["aliases"].split("|")]
            if name
        ),
        not_figure=not_figure,
        lead_words=lead_words,
        verbs=verbs,
        tail_words=tail_words,
        noise_words=noise_words,
        modifiers=modifiers,
        topic_suffixes=_longest_first(cues.get("topic", [])),
        attributes=_longest_first(cues.get("attribute", [])),
        generic=frozenset(cues.get("generic", [])),
        prepositions=frozenset(cues.get("preposition", [])),
        flow_nouns=re.compile(alternation(cues.get("flow_noun", []))),
        money_nouns=re.compile(alternation(cues.get("money_noun", []))),
        lead=Affixes.of(lead_words),
        verb=Affixes.of(verbs),
        tail=Affixes.of(tail_words),
        noise=Affixes.of(noise_words),
        modifier=Affixes.of(modifiers),
        whole_word=Affixes.of(cues.get("whole_word", [])),
        predicate=Affixes.of(cues.get("predicate", [])),
        qualifier_cue_before=Affixes.of(cue for cue, _ in qualifier_before),
        any_noise=re.compile("|".join(re.escape(w) for w in noise_words) or "(?!)"),
        catalogue_growth=re.compile(
            f"(?:{alternation([re.escape(r['name']) for r in load_csv('indicators')])})"
            "(?=(?:均|都|全部)?(?:实现|保持)?(?:同比)?正?(?:增速|增幅|增长))"  # …增加值均实现(同比)正增长
        ),
    )


@lru_cache(maxsize=1)
def bracketed_unit() -> str:
    """A unit in brackets, as a label or a heading writes it (（亿元）, （万人）, （%）, and after the
    period the label's number is of: （前三季度，亿元）, （10月末，户）), the unit its group ``unit``: the
    pattern the label-unit scan and the indicator's cleaning share."""
    return rf"[（(](?:[^（）()，,。：:]{{1,10}}[，,])?(?P<unit>{lexicon().unit_pattern}|[%％])[)）]"


def split_unit(unit: str) -> tuple[float, Unit] | None:
    """Split a unit as written (万个, 亿元, %) into multiplier and base unit."""
    lex = lexicon()
    if unit in lex.units:
        return 1.0, lex.units[unit]
    for prefix in sorted(lex.prefixes, key=len, reverse=True):
        if unit.startswith(prefix) and unit[len(prefix) :] in lex.units:
            return lex.prefixes[prefix], lex.units[unit[len(prefix) :]]
    if unit.endswith("/年") and len(unit) > 2:
        # 万吨/年 in a table's unit column: a capacity, a year's output, in the unit it is counted
        # in (as 4.2万吨/年 in prose is read)
        return split_unit(unit.removesuffix("/年"))
    return None
