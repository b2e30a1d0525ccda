-- Public contract (spec/warehouse.md): the best annual number of each actual.
-- Grain: indicator_code, region, measure, benchmark (null-safe; null for every
-- measure but pp_diff and rank), year. The full-year observation where one
-- exists, else the year-to-date one covering the most months (is_partial).
-- Point-in-time stocks (as_of) and multi-year spans stay in the observations.
create or replace view v_indicator_annual as
with candidates as (
    select
        o.*,
        row_number() over (
            partition by o.indicator_code, o.region, o.measure, o.benchmark, o.year
            order by (o.period_type = 'full_year') desc, o.months_covered desc nulls last,
                     o.period_end desc, o.observation_id
        ) as pick
    from fact_observation as o
    where o.status = 'actual'
      and o.year is not null
      and year(o.period_start) = o.year
      and (
          (o.period_type = 'full_year' and o.months_covered = 12)
          or (o.period_type = 'ytd' and month(o.period_start) = 1 and day(o.period_start) = 1)
      )
)
select
    c.indicator_code,
    i.indicator,
    i.indicator_en,
    c.region,
    c.measure,
    c.benchmark,
    c.year,
    c.value,
    c.value_max,
    c.base_unit,
    c.qualifier,
    c.months_covered,
    c.period_type <> 'full_year' and coalesce(c.months_covered, 0) < 12 as is_partial,
    c.period_start,
    c.period_end,
    c.period_type,
    c.has_conflict,
    c.n_mentions,
    c.source_files,
    c.observation_id
from candidates as c
join dim_indicator as i on i.indicator_code = c.indicator_code
where c.pick = 1
