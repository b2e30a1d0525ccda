-- Figure mentions as the extractor produced them.
-- incremental: document
create or replace table stg_figures as
select
    figure_id::varchar as figure_id,
    document_id::varchar as document_id,
    figure_seq::bigint as figure_seq,
    indicator::varchar as indicator,
    measure::varchar as measure,
    value::double as value,
    value_max::double as value_max,
    unit::varchar as unit,
    value_base::double as value_base,
    value_base_max::double as value_base_max,
    base_unit::varchar as base_unit,
    qualifier::varchar as qualifier,
    status::varchar as status,
    region::varchar as region,
    benchmark::varchar as benchmark,
    period_start::date as period_start,
    period_end::date as period_end,
    period_type::varchar as period_type,
    quote::varchar as quote,
    char_start::bigint as char_start,
    char_end::bigint as char_end,
    raw_start::bigint as raw_start,
    raw_end::bigint as raw_end,
    rules::varchar as rules,
    confidence::double as confidence
from src_figures
