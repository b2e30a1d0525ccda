-- Public contract (spec/warehouse.md): one row per file name a document arrived under.
create or replace view v_documents as
select
    files.source_file,
    d.document_id as content_sha256,
    d.title,
    d.doc_type,
    d.region,
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
