-- Public contract (spec/figures.md): every figure mention with its quote.
create or replace view v_figures as
select
    d.source_file,
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
    f.period_start,
    f.period_end,
    f.period_type,
    f.quote,
    f.figure_id,
    f.indicator_code,
    i.indicator_en,
    f.document_id,
    d.source_files,
    f.char_start,
    f.char_end,
    f.raw_start,
    f.raw_end,
    f.rules,
    f.confidence,
    d.reference_date
from fact_figure_mention as f
join dim_document as d on d.document_id = f.document_id
left join dim_indicator as i on i.indicator_code = f.indicator_code
