-- The indicator catalogue from seeds/reference/indicators.csv.
create or replace table stg_indicators as
select
    code::varchar as indicator_code,
    name::varchar as indicator,
    name_en::varchar as indicator_en,
    category::varchar as category,
    unit_class::varchar as unit_class,
    coalesce(aliases::varchar, '') as aliases
from src_indicators
