-- Which catalogue indicator each extracted indicator name stands for.
-- A name matches a canonical name or an alias of seeds/reference/indicators.csv,
-- exactly or after the same normalisation on both sides: spaces and quote marks
-- dropped, ASCII lower-cased, 规上 -> 规模以上, 营收 -> 营业收入, typo 增长值 -> 增加值.
-- Failing that, the normalised name with a leading region name (山东省, 山东) and
-- leading scope or time words (全省, 全年, 今年, …) removed: region and period are
-- fields of their own, so 山东省全年规模以上工业增加值 is 规模以上工业增加值.
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
region_prefixes as (
    select region as prefix from stg_regions
    union
    select short_name from stg_regions where length(short_name) >= 2
),
stripped as (
    select
        mention,
        norm,
        regexp_replace(
            coalesce(
                (select substr(mentions.norm, length(p.prefix) + 1)
                 from region_prefixes as p
                 where starts_with(mentions.norm, p.prefix)
                 order by length(p.prefix) desc, p.prefix
                 limit 1),
                norm),
            '^(全省|全市|全区|全县|全国|全年|今年|去年|上年|我省|我市|我区)+', '') as core
    from mentions
),
matches as (
    select
        stripped.mention,
        arg_min(
            normalised_names.indicator_code,
            [
                case
                    when normalised_names.name = stripped.mention then 0
                    when normalised_names.norm = stripped.norm then 1
                    else 2
                end,
                normalised_names.exactness
            ]
        ) as indicator_code
    from stripped
    join normalised_names
        on normalised_names.name = stripped.mention
        or normalised_names.norm = stripped.norm
        or (normalised_names.norm = stripped.core and stripped.core <> '')
    group by stripped.mention
)
select
    mentions.mention,
    coalesce(matches.indicator_code, 'x_' || substr(md5(mentions.mention), 1, 12)) as indicator_code,
    matches.indicator_code is not null as catalogued
from mentions
left join matches on matches.mention = mentions.mention
