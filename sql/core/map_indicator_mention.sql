-- Which catalogue indicator each extracted indicator name stands for.
-- A name that is neither a canonical name nor an alias keeps a stable
-- generated code, so an uncatalogued indicator still lands.
create or replace table map_indicator_mention as
with catalogue_names as (
    select indicator_code, indicator as name from stg_indicators
    union
    select indicator_code, trim(alias) as name
    from stg_indicators, unnest(string_split(aliases, '|')) as t(alias)
    where trim(alias) <> ''
),
mentions as (
    select distinct indicator as mention from stg_figures
)
select
    mentions.mention,
    coalesce(min(catalogue_names.indicator_code), 'x_' || substr(md5(mentions.mention), 1, 12)) as indicator_code,
    min(catalogue_names.indicator_code) is not null as catalogued
from mentions
left join catalogue_names on catalogue_names.name = mentions.mention
group by mentions.mention
