-- Public contract (spec/warehouse.md): one row per target observation, with the
-- actual of the same indicator_code, region, measure and benchmark (null-safe)
-- for the target's year (year of period_end, also for multi-year plans), across
-- documents. Actual preferred: the observation of exactly the target's period,
-- then the full-year one, then a year-end stock (as_of 12-31); failing those the
-- latest year-to-date or in-year as_of actual is shown as partial and the target
-- stays pending. Met: at_most targets need actual <= target; rank targets need a
-- position <= target; declines (target < 0) need actual <= target; every other
-- target needs actual >= target (lower end of a range).
create or replace view v_target_attainment as
with targets as (
    select * from fact_observation where status = 'target'
),
actuals as (
    select * from fact_observation where status = 'actual' and year is not null
),
matched as (
    select
        t.observation_id as target_observation_id,
        a.observation_id as actual_observation_id,
        a.value as actual_value,
        a.period_start as actual_period_start,
        a.period_end as actual_period_end,
        a.period_type as actual_period_type,
        a.source_files as actual_source_files,
        not (
            (a.period_start is not distinct from t.period_start and a.period_end is not distinct from t.period_end)
            or a.period_type = 'full_year'
            or (a.period_type = 'as_of' and month(a.period_end) = 12 and day(a.period_end) = 31)
        ) as actual_is_partial,
        row_number() over (
            partition by t.observation_id
            order by
                (a.period_start is not distinct from t.period_start
                 and a.period_end is not distinct from t.period_end) desc,
                (a.period_type = 'full_year') desc,
                (a.period_type = 'as_of' and month(a.period_end) = 12 and day(a.period_end) = 31) desc,
                a.period_end desc,
                a.months_covered desc nulls last,
                a.observation_id
        ) as pick
    from targets as t
    join actuals as a
        on a.indicator_code = t.indicator_code
       and a.region is not distinct from t.region
       and a.measure = t.measure
       and a.benchmark is not distinct from t.benchmark
       and a.year = t.year
       and (a.period_type in ('full_year', 'ytd', 'as_of')
            or (a.period_start is not distinct from t.period_start
                and a.period_end is not distinct from t.period_end))
),
best as (
    select * from matched where pick = 1
)
select
    t.observation_id,
    t.indicator_code,
    i.indicator,
    i.indicator_en,
    t.region,
    t.measure,
    t.benchmark,
    t.year,
    t.period_start,
    t.period_end,
    t.period_type,
    t.value as target_value,
    t.value_max as target_value_max,
    t.qualifier as target_qualifier,
    t.base_unit,
    t.source_files as target_source_files,
    t.has_conflict as target_has_conflict,
    b.actual_value,
    b.actual_period_start,
    b.actual_period_end,
    b.actual_period_type,
    coalesce(b.actual_is_partial, false) as actual_is_partial,
    b.actual_source_files,
    b.actual_observation_id,
    case
        when b.actual_value is null or b.actual_is_partial then 'pending'
        when t.qualifier = 'at_most' then
            case when b.actual_value <= t.value + 1e-9 * greatest(abs(t.value), 1) then 'met' else 'missed' end
        when t.measure = 'rank' or t.value < 0 then
            case when b.actual_value <= t.value + 1e-9 * greatest(abs(t.value), 1) then 'met' else 'missed' end
        else
            case when b.actual_value >= t.value - 1e-9 * greatest(abs(t.value), 1) then 'met' else 'missed' end
    end as attainment,
    round(b.actual_value - t.value, 6) as gap
from targets as t
join dim_indicator as i on i.indicator_code = t.indicator_code
left join best as b on b.target_observation_id = t.observation_id
