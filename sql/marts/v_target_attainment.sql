-- Public contract (spec/warehouse.md): one row per target observation, with the
-- actual of the same indicator_code, region, measure and benchmark (null-safe)
-- for the target's year (year of period_end, also for multi-year plans), across
-- documents. Which actual counts (match_kind, best first):
--   1 final: an actual of exactly the target's period (a full-year target and the
--     full-year actual; a multi-year plan and a multi-year actual; a date and the same date);
--   2 final: for levels (share_pct, rank) only, the year-end value for a full-year
--     target, or the final year's value for a multi-year target;
--   3 partial: a year-to-date actual for a full-year target; an earlier in-year
--     stock for a point-in-time target or a level. The target stays pending.
-- Growth or flow targets over several years never take a single year's actual.
-- Met: at_most targets need actual <= target (a capped decline, 下降不超过2% = -2 at_most,
-- needs actual >= target); rank targets a position <= target; declines (target < 0)
-- actual <= target; every other target actual >= target (the lower end of a range).
-- gap = actual - target, in the base unit.
create or replace view v_target_attainment as
with targets as (
    select * from fact_observation where status = 'target'
),
actuals as (
    select * from fact_observation where status = 'actual' and year is not null
),
pairs as (
    select
        t.observation_id as target_observation_id,
        a.*,
        case
            when a.period_start is not distinct from t.period_start
             and a.period_end is not distinct from t.period_end
             and t.period_start is not null
                then 1
            when t.measure in ('share_pct', 'rank')
             and t.period_type in ('full_year', 'multi_year')
             and a.period_type in ('full_year', 'as_of')
             and a.period_end = t.period_end
                then 2
            when t.period_type = 'full_year' and a.period_type = 'ytd'
                then 3
            when a.period_type = 'as_of' and a.period_end < t.period_end
             and (t.period_type = 'as_of' or (t.period_type = 'full_year' and t.measure in ('share_pct', 'rank')))
                then 3
        end as match_kind
    from targets as t
    join actuals as a
        on a.indicator_code = t.indicator_code
       and a.region is not distinct from t.region
       and a.measure = t.measure
       and a.benchmark is not distinct from t.benchmark
       and a.year = t.year
),
matched as (
    select
        target_observation_id,
        observation_id as actual_observation_id,
        value as actual_value,
        period_start as actual_period_start,
        period_end as actual_period_end,
        period_type as actual_period_type,
        source_files as actual_source_files,
        match_kind = 3 as actual_is_partial,
        row_number() over (
            partition by target_observation_id
            order by match_kind, period_end desc, months_covered desc nulls last, observation_id
        ) as pick
    from pairs
    where match_kind is not null
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
        when b.actual_value is null or b.actual_is_partial or t.value is null then 'pending'
        when t.qualifier = 'at_most' and t.value < 0 then
            case when b.actual_value >= t.value - 1e-9 * greatest(abs(t.value), 1) then 'met' else 'missed' end
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
