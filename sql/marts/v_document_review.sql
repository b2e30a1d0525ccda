-- Documents whose reading as a whole is in doubt, for an analyst to check first.
-- A wrong date or region misreads every figure of a document at once (its 去年 becomes
-- another year, its 全省 another province), so these are the costliest errors and the
-- ones a figure-by-figure check does not show. Reasons:
--   region_guessed: region_confidence < 0.6 (no scope word said whose text it is; a text
--     speaking with the country's words names one place over and over; or another place of
--     the same level is named nearly as often as the one chosen);
--   region_unnamed: the text speaks for a city or county it never names;
--   no_reference_date / reference_date_guessed: no date at all, or one inferred from the
--     years the text mentions with confidence < 0.6;
--   periods_after_reference_date: at least 3 figures, and a quarter of the document's,
--     are of periods that begin after the reference date: outcomes read that way (more than
--     a month after it: a stock at a year's end is often reported days before), or figures
--     made targets for no other reason than their period being ahead (rule
--     status_future_period). A plan says 力争 or 目标; a date too early (taken from a quoted
--     earlier event, or from an old edition) turns a report's outcomes into such targets.
create or replace view v_document_review as
with ahead as (
    select
        f.document_id,
        count(*) filter (
            where (f.status = 'actual' and f.period_start > d.reference_date + interval 31 day)
               or f.rules like '%status_future_period%'
        ) as n_figures_after_reference_date
    from fact_figure_mention as f
    join dim_document as d using (document_id)
    group by f.document_id
),
flagged as (
    select
        d.*,
        coalesce(a.n_figures_after_reference_date, 0) as n_figures_after_reference_date,
        list_filter(
            [
                case when d.region_confidence < 0.6 and d.region not like '(unnamed %)'
                    then 'region_guessed' end,
                case when d.region like '(unnamed %)' then 'region_unnamed' end,
                case when d.reference_date is null then 'no_reference_date' end,
                case when d.reference_date_confidence > 0 and d.reference_date_confidence < 0.6
                    then 'reference_date_guessed' end,
                case when a.n_figures_after_reference_date >= greatest(3, 0.25 * d.n_figures)
                    then 'periods_after_reference_date' end
            ],
            lambda reason: reason is not null
        ) as reason_list
    from dim_document as d
    left join ahead as a using (document_id)
)
select
    source_file,
    document_id as content_sha256,
    title,
    doc_type,
    region,
    region_method,
    region_confidence,
    reference_date,
    reference_date_method,
    reference_date_confidence,
    n_figures,
    n_figures_after_reference_date,
    array_to_string(reason_list, ', ') as reasons,
    len(reason_list) as n_reasons
from flagged
where len(reason_list) > 0
;
comment on view v_document_review is 'Documents whose region or reference date may be misread (待核查文件), with the reasons; check these before citing their figures.';
comment on column v_document_review.source_file is 'File name in the raw folder (the first, where the content arrived under several)';
comment on column v_document_review.content_sha256 is 'SHA-256 of the raw bytes, as in v_documents';
comment on column v_document_review.title is 'Document title (标题)';
comment on column v_document_review.doc_type is 'Document type, as in v_documents';
comment on column v_document_review.region is 'Region the document was read to speak for';
comment on column v_document_review.region_method is 'How the region was found, as in v_documents';
comment on column v_document_review.region_confidence is 'Confidence in the region, 0 to 1';
comment on column v_document_review.reference_date is 'Date relative time words resolve against';
comment on column v_document_review.reference_date_method is 'How the reference date was found, as in v_documents';
comment on column v_document_review.reference_date_confidence is 'Confidence in the reference date, 0 to 1';
comment on column v_document_review.n_figures is 'Figure mentions extracted from the document';
comment on column v_document_review.n_figures_after_reference_date is 'Figures of periods after the reference date: outcomes of a period beginning over a month after it, or targets only because their period is ahead';
comment on column v_document_review.reasons is 'Why the document is listed: region_guessed, region_unnamed, no_reference_date, reference_date_guessed, periods_after_reference_date (comma-separated)';
comment on column v_document_review.n_reasons is 'How many reasons apply';
