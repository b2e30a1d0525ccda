-- Administrative divisions from seeds/reference/regions.csv (GB/T 2260 codes).
create or replace table stg_regions as
select
    code::varchar as region_code,
    name::varchar as region,
    short_name::varchar as short_name,
    level::varchar as level,
    nullif(parent_code::varchar, '') as parent_code
from src_regions
