-- Public contract (spec/figures.md): every figure mention with its quote.
create or replace view v_figures as
select
    d.source_file,
    f.indicator,
    f.measure,
    f.value,
    f.value_max,
    f.unit,
    f.value_base,
    f.value_base_max,
    f.base_unit,
    f.qualifier,
    f.status,
    f.region,
    f.benchmark,
    f.period_start,
    f.period_end,
    f.period_type,
    f.quote,
    f.figure_id,
    f.indicator_code,
    i.indicator_en,
    f.document_id,
    d.source_files,
    f.char_start,
    f.char_end,
    f.raw_start,
    f.raw_end,
    f.rules,
    f.confidence,
    d.reference_date
from fact_figure_mention as f
join dim_document as d on d.document_id = f.document_id
left join dim_indicator as i on i.indicator_code = f.indicator_code
;
comment on view v_figures is 'Every figure mention (数字指标) found in a document, with the clause it came from. Public contract of spec/figures.md.';
comment on column v_figures.source_file is 'File name of the source document (the first, if the same content arrived under several names)';
comment on column v_figures.indicator is 'Canonical indicator (指标), simplified Chinese noun phrase, e.g. 规模以上工业增加值';
comment on column v_figures.measure is 'What the number says: yoy_growth_pct, avg_growth_pct, pp_diff, pp_change, share_pct, amount, rank';
comment on column v_figures.value is 'The number as written, sign applied (下降4.8% gives -4.8)';
comment on column v_figures.value_max is 'Upper end of a range (3-5个百分点 gives 5), else null';
comment on column v_figures.unit is 'Unit as written, multiplier included (亿元, 万个, %, 个百分点); an index level (PMI 50.8), written without one, is in 点';
comment on column v_figures.value_base is 'Value in the base unit, multiplier applied (10189.4亿元 gives 1018940000000)';
comment on column v_figures.value_base_max is 'Upper end of a range in the base unit';
comment on column v_figures.base_unit is 'Unit without a Chinese multiplier (元, 个, %, 百分点, 位 for ranks)';
comment on column v_figures.qualifier is 'exact, approx (左右 约 近), at_least (以上 超过 突破), at_most (以内 以下 不超过)';
comment on column v_figures.status is 'actual (reported outcome), target (planned), estimate (预计)';
comment on column v_figures.region is 'Region the figure describes, official full name (山东省, 济南市, 全国)';
comment on column v_figures.benchmark is 'For pp_diff and rank: what the figure is compared with (全国, 全部投资)';
comment on column v_figures.period_start is 'First day of the period the figure covers';
comment on column v_figures.period_end is 'Last day of the period the figure covers';
comment on column v_figures.period_type is 'full_year, ytd, quarter, as_of, multi_year or unknown';
comment on column v_figures.quote is 'The clause the figure stands in, from the cleaned simplified text';
comment on column v_figures.figure_id is 'Stable identifier of the mention';
comment on column v_figures.indicator_code is 'Catalogue code of the indicator (x_… for an indicator not yet catalogued)';
comment on column v_figures.indicator_en is 'English name of the indicator from the catalogue';
comment on column v_figures.document_id is 'SHA-256 of the document content';
comment on column v_figures.source_files is 'Every file name the document arrived under';
comment on column v_figures.char_start is 'Start of the quote in the cleaned text (0-based character offset)';
comment on column v_figures.char_end is 'End of the quote in the cleaned text (exclusive)';
comment on column v_figures.raw_start is 'Start of the quote in the decoded raw file';
comment on column v_figures.raw_end is 'End of the quote in the decoded raw file (exclusive)';
comment on column v_figures.rules is 'Extraction rules that produced the figure';
comment on column v_figures.confidence is 'Extractor confidence in [0, 1]; lower where the clause touches a corrupted span';
comment on column v_figures.reference_date is 'Date relative time words of the document were resolved against';
