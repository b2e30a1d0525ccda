-- Regions: the reference list, plus any region a document or figure names that it lacks.
create or replace table dim_region as
select region_code, region, short_name, level, parent_code, true as in_reference
from stg_regions
union all
select distinct null, named.region, null, null, null, false
from (
    select region from stg_figures
    union
    select region from stg_documents
) as named
where named.region not in (select region from stg_regions)
