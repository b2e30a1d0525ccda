-- Example analyst queries against the public views of warehouse/warehouse.duckdb.
-- Paste them into Superset SQL Lab, Metabase, DBeaver or the duckdb CLI; connect
-- read-only (SQLAlchemy: duckdb:///warehouse/warehouse.duckdb with read_only=True).
-- Each query starts with a "-- name:" line; tests/test_bi.py runs every one of them
-- through SQLAlchemy on the seed warehouse and expects rows.

-- name: best_annual_value
-- 指标历年最佳年度值 · The best annual value of an indicator over the years:
-- the full-year value where one exists, else the latest year-to-date one (is_partial).
select
    year,
    value,
    base_unit,
    months_covered,
    is_partial,
    source_files
from v_indicator_annual
where indicator_code = 'industrial_value_added_above_scale'  -- 规模以上工业增加值
  and region = '山东省'
  and measure = 'yoy_growth_pct'
order by year;

-- name: targets_and_outcomes
-- 目标及其完成情况 · Targets and their outcomes: met, missed, or pending (no actual yet),
-- with the gap between the actual and the target in the base unit.
select
    indicator,
    region,
    measure,
    year,
    target_qualifier,
    target_value,
    actual_value,
    attainment,
    actual_value - target_value as gap,
    actual_source_files
from v_target_attainment
order by
    case attainment when 'missed' then 0 when 'met' then 1 else 2 end,
    year,
    indicator;

-- name: figures_of_one_document
-- 一篇文档的全部数字及原文 · Every figure of one document, in reading order, with its quote.
select
    indicator,
    measure,
    value,
    value_max,
    unit,
    qualifier,
    status,
    period_start,
    period_end,
    quote
from v_figures
where source_file = '000_6d61acde4f9332b7.txt'
order by char_start, char_end;
