-- Normalized documents, one row per distinct content.
-- incremental: document
create or replace table stg_documents as
select
    document_id::varchar as document_id,
    text::varchar as clean_text,
    encoding::varchar as encoding,
    encoding_confidence::double as encoding_confidence,
    title::varchar as title,
    published_on::date as published_on,
    doc_number::varchar as doc_number,
    issuer::varchar as issuer,
    doc_type::varchar as doc_type,
    region::varchar as region,
    reference_date::date as reference_date,
    reference_date_method::varchar as reference_date_method,
    reference_date_confidence::double as reference_date_confidence,
    region_method::varchar as region_method,
    region_confidence::double as region_confidence,
    n_corrupted_spans::bigint as n_corrupted_spans
from src_documents
