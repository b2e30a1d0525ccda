-- One row per figure mention, keyed to its dimensions, with its provenance.
-- incremental: document
create or replace table fact_figure_mention as
select
    f.figure_id,
    f.document_id,
    f.figure_seq,
    m.indicator_code,
    f.indicator,
    f.measure,
    f.value,
    f.value_max,
    f.unit,
    f.value_base,
    f.value_base_max,
    f.base_unit,
    f.qualifier,
    f.status,
    f.region,
    f.benchmark,
    p.period_key,
    f.period_start,
    f.period_end,
    f.period_type,
    f.quote,
    f.char_start,
    f.char_end,
    f.raw_start,
    f.raw_end,
    f.rules,
    f.confidence
from stg_figures as f
join map_indicator_mention as m on m.mention = f.indicator
join dim_period as p
    on p.period_start is not distinct from f.period_start
   and p.period_end is not distinct from f.period_end
   and p.period_type = f.period_type
