-- Which catalogue indicator each extracted indicator name stands for.
-- A name matches a canonical name or an alias of seeds/reference/indicators.csv,
-- exactly or after the same normalisation on both sides: spaces and quote marks
-- dropped, ASCII lower-cased, 规上 -> 规模以上, 营收 -> 营业收入, 增长值 -> 增加值.
-- A name that matches nothing keeps a stable generated code, so an
-- uncatalogued indicator still lands.
create or replace table map_indicator_mention as
with catalogue_names as (
    select indicator_code, indicator as name, 0 as exactness from stg_indicators
    union
    select indicator_code, trim(alias) as name, 1 as exactness
    from stg_indicators, unnest(string_split(aliases, '|')) as t(alias)
    where trim(alias) <> ''
),
normalised_names as (
    select
        indicator_code,
        name,
        exactness,
        replace(replace(replace(replace(
            lower(regexp_replace(name, '[\s“”‘’"''「」『』]', '', 'g')),
            '规上', '规模以上'), '规模以上以上', '规模以上'), '营收', '营业收入'), '增长值', '增加值') as norm
    from catalogue_names
),
mentions as (
    select
        indicator as mention,
        replace(replace(replace(replace(
            lower(regexp_replace(indicator, '[\s“”‘’"''「」『』]', '', 'g')),
            '规上', '规模以上'), '规模以上以上', '规模以上'), '营收', '营业收入'), '增长值', '增加值') as norm
    from (select distinct indicator from stg_figures)
),
matches as (
    select
        mentions.mention,
        arg_min(
            normalised_names.indicator_code,
            [(normalised_names.name <> mentions.mention)::int, normalised_names.exactness]
        ) as indicator_code
    from mentions
    join normalised_names
        on normalised_names.name = mentions.mention or normalised_names.norm = mentions.norm
    group by mentions.mention
)
select
    mentions.mention,
    coalesce(matches.indicator_code, 'x_' || substr(md5(mentions.mention), 1, 12)) as indicator_code,
    matches.indicator_code is not null as catalogued
from mentions
left join matches on matches.mention = mentions.mention
