-- Which reconciled fact each figure mention supports, how it ranks, and whether it agrees.
--
-- Fact key: (indicator_code, region, measure, status, period_start, period_end,
-- benchmark), nulls equal to nulls. observation_id is the md5 of that key
-- written as a JSON array (null and '' stay apart): stable across runs.
--
-- choice_rank 1 is the chosen mention: latest document reference_date first,
-- then exact over approx over at_least/at_most, then more decimals as written,
-- then the smallest figure_id. No clock, no randomness.
--
-- agrees_with_chosen: same base unit (or both counting units such as 个/家/项), and
-- the values (value_base, and value_base_max where either has one) are equal
-- within 0.5 % of the larger magnitude, or within half a unit of the last
-- written decimal of the less precise number when it was written with
-- decimals or with a multiplier (6.94 vs 6.9, 10189.4亿 vs 1.02万亿; not 7 vs 6.5),
-- or a bound holds (突破1万亿 at_least agrees with 10189.4亿; 下降4%以上 with -5.2).
-- incremental: family
create or replace table map_observation_mention as
with mentions as (
    select
        f.figure_id,
        f.document_id,
        f.indicator_code,
        f.region,
        f.measure,
        f.status,
        f.benchmark,
        f.period_start,
        f.period_end,
        f.period_type,
        f.value,
        f.value_max,
        f.value_base,
        f.value_base_max,
        f.base_unit,
        f.qualifier,
        d.reference_date,
        d.source_files,
        md5(to_json([
            f.indicator_code, f.region, f.measure, f.status, f.benchmark,
            f.period_start::varchar, f.period_end::varchar
        ])) as observation_id,
        case f.qualifier when 'exact' then 0 when 'approx' then 1 else 2 end as qualifier_rank,
        -- Decimals as written: 6.9 -> 1, 10189.4 -> 1, 3202 -> 0.
        coalesce(length(split_part(rtrim(rtrim(abs(f.value)::decimal(38, 6)::varchar, '0'), '.'), '.', 2)), 0)
            as decimals,
        -- Base units per written unit (亿元 -> 1e8).
        case when f.value is null or f.value = 0 or f.value_base is null then 1
             else abs(f.value_base / f.value) end as multiplier,
        coalesce(u.unit_class = 'count', false) as counting_unit
    from fact_figure_mention as f
    join dim_document as d on d.document_id = f.document_id
    left join stg_units as u on u.unit = f.base_unit
),
ranked as (
    select
        *,
        -- What rounding of the written number can explain, in the base unit.
        case when decimals > 0 or multiplier > 1 then 0.5 * pow(10, -decimals) * multiplier else 0 end
            as rounding_tolerance,
        row_number() over (
            partition by observation_id
            order by reference_date desc nulls last, qualifier_rank, decimals desc, figure_id
        ) as choice_rank
    from mentions
),
pairs as (
    select
        m.*,
        c.value_base as c_value_base,
        c.value_base_max as c_value_base_max,
        c.qualifier as c_qualifier,
        c.base_unit as c_base_unit,
        c.counting_unit as c_counting_unit,
        greatest(m.rounding_tolerance, c.rounding_tolerance) as tolerance
    from ranked as m
    join ranked as c on c.observation_id = m.observation_id and c.choice_rank = 1
)
select
    pairs.* exclude (c_value_base, c_value_base_max, c_qualifier, c_base_unit, c_counting_unit, tolerance),
    coalesce(
        (base_unit is not distinct from c_base_unit or (counting_unit and c_counting_unit))
        and (
            (value_base is null and c_value_base is null)
            or abs(value_base - c_value_base)
                <= greatest(0.005 * greatest(abs(value_base), abs(c_value_base)), tolerance)
                   + 1e-9 * greatest(abs(value_base), abs(c_value_base), 1)
            or (qualifier = 'at_least' and sign(c_value_base) = sign(value_base)
                and abs(c_value_base) >= abs(value_base) * 0.995)
            or (qualifier = 'at_most' and sign(c_value_base) = sign(value_base)
                and abs(c_value_base) <= abs(value_base) * 1.005)
            or (c_qualifier = 'at_least' and sign(value_base) = sign(c_value_base)
                and abs(value_base) >= abs(c_value_base) * 0.995)
            or (c_qualifier = 'at_most' and sign(value_base) = sign(c_value_base)
                and abs(value_base) <= abs(c_value_base) * 1.005)
        )
        and (
            (value_base_max is null and c_value_base_max is null)
            or abs(value_base_max - c_value_base_max)
                <= greatest(0.005 * greatest(abs(value_base_max), abs(c_value_base_max)), tolerance)
                   + 1e-9 * greatest(abs(value_base_max), abs(c_value_base_max), 1)
        ),
        false
    ) as agrees_with_chosen
from pairs
