-- Public contract (spec/warehouse.md): one row per file name a document arrived under.
create or replace view v_documents as
select
    files.source_file,
    d.document_id as content_sha256,
    d.title,
    d.doc_type,
    d.region,
    d.region_method,
    d.region_confidence,
    d.published_on,
    d.reference_date,
    d.reference_date_method,
    d.reference_date_confidence,
    d.doc_number,
    d.issuer,
    d.encoding,
    d.encoding_confidence,
    d.n_corrupted_spans,
    d.n_figures,
    files.n_bytes,
    files.modified_at
from stg_source_files as files
join dim_document as d on d.document_id = files.content_sha256
;
comment on view v_documents is 'One row per file name a source document (来源文件) arrived under, with the document''s metadata.';
comment on column v_documents.source_file is 'File name in the raw folder';
comment on column v_documents.content_sha256 is 'SHA-256 of the raw bytes; equal for identical content under two names';
comment on column v_documents.title is 'Document title (标题)';
comment on column v_documents.doc_type is 'conference_news, work_plan, press_conference, evaluation_report, news_article, government_work_report, statistical_communique, other';
comment on column v_documents.region is 'Region the document speaks for (全省 in a Shandong document is 山东省)';
comment on column v_documents.region_method is 'How the region was found: place_sections, scope_words (全省 and the province named most), several_provinces, mentions, province_of_city, own_name, named_once, seat, national_body, country_words, currency (我国 in a text counting in 新台币: 台湾省), unnamed or default (a guess)';
comment on column v_documents.region_confidence is 'Confidence in the region, 0 to 1';
comment on column v_documents.published_on is 'Printed publication date (发布日期), null where none is printed';
comment on column v_documents.reference_date is 'Date relative time words (去年, 今年, 截至目前) resolve against';
comment on column v_documents.reference_date_method is 'How the reference date was found: printed, signed, dateline, or inferred from the title''s year or the text (and how)';
comment on column v_documents.reference_date_confidence is 'Confidence in the reference date, 0 to 1';
comment on column v_documents.doc_number is 'Document number (文号), e.g. 鲁制造强省办〔2024〕1号';
comment on column v_documents.issuer is 'Issuing body or source (来源)';
comment on column v_documents.encoding is 'Encoding the raw file was decoded from';
comment on column v_documents.encoding_confidence is 'Confidence of the encoding detection, 0 to 1';
comment on column v_documents.n_corrupted_spans is 'Spans of damaged text that could not be repaired';
comment on column v_documents.n_figures is 'Figure mentions extracted from the document';
comment on column v_documents.n_bytes is 'Size of the raw file in bytes';
comment on column v_documents.modified_at is 'Modification time of the raw file';
