-- Periods as a date dimension: one row per distinct (start, end, type).
create or replace table dim_period as
select
    md5(coalesce(period_start::varchar, '') || '|' || coalesce(period_end::varchar, '') || '|' || period_type) as period_key,
    period_start,
    period_end,
    period_type,
    year(period_end) as year,
    case
        when period_start is null or period_end is null then null
        when period_type = 'as_of' then null
        else datediff('month', period_start, period_end) + 1
    end as months_covered
from (select distinct period_start, period_end, period_type from stg_figures)
