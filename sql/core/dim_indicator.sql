-- Indicators: the catalogue, plus every uncatalogued name found in documents.
create or replace table dim_indicator as
select indicator_code, indicator, indicator_en, category, unit_class, true as catalogued
from stg_indicators
union all
select distinct
    indicator_code, mention as indicator, null as indicator_en, null as category,
    null as unit_class, false as catalogued
from map_indicator_mention
where not catalogued
