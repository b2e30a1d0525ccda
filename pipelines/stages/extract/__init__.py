"""Figure extraction: cleaned document text to :class:`~pipelines.stages.models.Figure` records.

The single public entry point is :func:`extract_figures`; the modules of this
package are its parts:

* ``clauses``  – sentences (。！？, newlines after punctuation or headings) and
  clauses (，：；), with offsets into the cleaned text;
* ``tokens``   – numbers with unit and qualifier, ranges, lists sharing a unit,
  Chinese numerals, 五成, 三分之一, 突破万亿元, 翻番, and rankings;
* ``periods``  – time expressions resolved against the reference date;
* ``lexicon``  – the cue vocabularies, read from ``seeds/reference/*.csv``;
* ``core``     – measure, indicator, region, status and period of each token.

Every figure carries in ``rules`` the names of the rules that made it, e.g.
``number,yoy_growth_pct,status_cue_target,period_mention``.
"""

from pipelines.stages.extract.core import extract_figures

__all__ = ["extract_figures"]
