"""Figure extraction: cleaned document text to :class:`~pipelines.stages.models.Figure` records.

The single public entry point is :func:`extract_figures`; the modules of this
package are its parts:

* ``clauses``  – sentences (。！？, newlines after punctuation or headings) and
  clauses (，：；), with offsets into the cleaned text;
* ``tokens``   – numbers with unit and qualifier, ranges, lists sharing a unit,
  Chinese numerals, 五成, 三分之一, 突破万亿元, 翻番, and rankings;
* ``periods``  – time expressions resolved against the reference date;
* ``lexicon``  – the cue vocabularies, read from ``seeds/reference/*.csv``;
* ``numbers``  – numerals and rounding of base values;
* ``tables``   – plain-text tables (indicators by year or region, products);
* ``speakers`` – the speaker labels of a transcript;
* ``indicators`` – indicator, region and benchmark of a figure;
* ``status_period`` – its status (actual, target, estimate) and period;
* ``drafts``   – a figure under construction and what its number sees;
* ``document_state`` – what each sentence changes of the walk's state: speaker,
  section and paragraph region, paragraph period, reporting period, plan mode;
* ``lists``    – numbers shared out over listed items (分别, 由…到…, 均);
* ``measures`` – one token to its figures by measure: growth, share, gap, amount, rank;
* ``layout_figures`` – figures a layout tells whole: table cells, a number above
  its label, the three sectors' ratio;
* ``core``     – the walk over sentences that ties these together.

Every figure carries in ``rules`` the names of the rules that made it, e.g.
``number,yoy_growth_pct,status_cue_target,period_mention``.
"""

from pipelines.stages.extract.core import extract_figures

__all__ = ["extract_figures"]
