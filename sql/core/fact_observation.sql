-- Reconciled facts: one row per (indicator_code, region, measure, status,
-- period_start, period_end, benchmark), nulls equal to nulls, built from every
-- figure mention of that fact (see map_observation_mention for the key and the
-- chosen-value rule). Nothing is deleted: superseded facts stay, flagged.
-- incremental: family
create or replace table fact_observation as
with grouped as (
    select
        observation_id,
        count(*) as n_mentions,
        count(distinct document_id) as n_documents,
        list_sort(list_distinct(flatten(list(source_files)))) as source_files,
        list(figure_id order by figure_id) as figure_ids,
        not bool_and(agrees_with_chosen) as has_conflict,
        min(value_base) as min_value,
        max(value_base) as max_value
    from map_observation_mention
    group by observation_id
),
observations as (
    select
        m.observation_id,
        m.indicator_code,
        m.measure,
        m.status,
        m.region,
        m.benchmark,
        m.period_start,
        m.period_end,
        m.period_type,
        year(m.period_end) as year,
        case
            when m.period_start is null or m.period_end is null or m.period_type = 'as_of' then null
            else datediff('month', m.period_start, m.period_end) + 1
        end as months_covered,
        m.value_base as value,
        m.value_base_max as value_max,
        m.base_unit,
        m.qualifier,
        m.value as value_as_written,
        m.value_max as value_max_as_written,
        f.unit as unit_as_written,
        g.n_mentions,
        g.n_documents,
        g.source_files,
        g.figure_ids,
        g.has_conflict,
        g.min_value,
        g.max_value,
        m.figure_id as chosen_figure_id,
        m.document_id as chosen_document_id,
        m.reference_date,
        f.quote as chosen_quote
    from map_observation_mention as m
    join grouped as g on g.observation_id = m.observation_id
    join fact_figure_mention as f on f.figure_id = m.figure_id
    where m.choice_rank = 1
),
-- What replaces a fact: the full-year actual of the same year for a ytd actual,
-- the actual of the same period for an estimate. Same indicator, region, measure, benchmark.
replacements as (
    select o.observation_id, min(r.observation_id) as superseded_by
    from observations as o
    join observations as r
        on r.indicator_code = o.indicator_code
       and r.region is not distinct from o.region
       and r.measure = o.measure
       and r.benchmark is not distinct from o.benchmark
       and r.status = 'actual'
       and (
            (o.status = 'actual' and o.period_type = 'ytd'
             and r.period_type = 'full_year' and r.year = o.year)
            or (o.status = 'estimate'
                and r.period_start is not distinct from o.period_start
                and r.period_end is not distinct from o.period_end)
       )
    group by o.observation_id
)
select
    observations.*,
    replacements.superseded_by is not null as superseded,
    replacements.superseded_by
from observations
left join replacements on replacements.observation_id = observations.observation_id
