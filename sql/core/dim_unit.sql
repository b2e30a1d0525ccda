-- Units as written, with their base unit and multiplier.
create or replace table dim_unit as
select
    figures.unit,
    any_value(figures.base_unit) as base_unit,
    any_value(stg_units.multiplier) as multiplier,
    any_value(stg_units.unit_class) as unit_class
from (select distinct unit, base_unit from stg_figures) as figures
left join stg_units on stg_units.unit = figures.unit
group by figures.unit
