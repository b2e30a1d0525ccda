"""A figure under construction, and what one number sees of its sentence.

Both are shared by the extractor's walk (``core``) and its status and period
rules (``status_period``), which read the same sentence state.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipelines.stages.extract import clauses as cl
from pipelines.stages.extract.periods import Mention, Period
from pipelines.stages.extract.tokens import Token


@dataclass
class Draft:
    """A figure under construction (mutable until emitted)."""

    indicator: str
    measure: str
    values: list[float]
    value_max: float | None
    token: Token
    sign: int
    status: str
    region: str
    benchmark: str | None
    period: Period
    quote_start: int
    quote_end: int
    rules: list[str] = field(default_factory=list)
    confidence: float = 0.9
    stock: bool = False


@dataclass
class Context:
    """What one token sees: its sentence and clause, the text before and after
    it, and the figures the sentence has produced so far."""

    sentence: cl.Span
    clause: cl.Span
    pre_start: int
    pre: str
    post: str
    region: str
    sentence_figs: list[Draft]
    clause_figs: list[Draft]
    prev_clause_figs: list[Draft]
    mentions: dict[bool, list[Mention]]
    groups: list[list[Draft]]
    level: bool = False  # 由X提升至Y: the number is a level whatever the verb says
    inherited: Draft | None = None  # the figure whose indicator this one took over
    #: the previous sentence's figures when this one opens with 其中 (…增长6.1%。其中，11月份增长8.2%)
    among: list[Draft] = field(default_factory=list)
    #: the number added over a span told before (五年增加4200家，达到1.86万家): this is the level reached
    reached_after: Draft | None = None
    #: the list item this number is given to (贷款余额 in 工业投资、贷款余额分别增长8%、9%): its own
    #: name, not the list's, tells whether it stands at a day
    item: str = ""

    def listed_before(self) -> list[Draft]:
        """The figures a 均居… refers to: this clause's, else the run of clauses just before
        whose figures share one measure (港口吞吐量…，集装箱吞吐量…，均居全国第四位)."""
        own = [f for f in self.clause_figs if f.measure != "rank"]
        if own:
            return own
        out: list[Draft] = []  # (a clause of ranks only: 分列全市第1、2位 ranks the clauses before)
        measure = None
        for group in reversed(self.groups):
            figs = [f for f in group if f.measure != "rank"]
            if not figs or len(figs) != len(group):
                break
            if measure is None:
                measure = figs[-1].measure
            if any(f.measure != measure for f in figs):
                break
            out = figs + out
        return out
