-- Units and their multipliers from seeds/reference/units.csv.
create or replace table stg_units as
select distinct on (unit)
    unit::varchar as unit,
    base_unit::varchar as base_unit,
    multiplier::double as multiplier,
    unit_class::varchar as unit_class
from src_units
order by unit
