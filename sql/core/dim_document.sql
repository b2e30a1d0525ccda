-- Documents: one row per distinct content, with every name it arrived under.
-- incremental: document
create or replace table dim_document as
select
    stg_documents.*,
    names.source_files,
    names.source_files[1] as source_file,
    coalesce(counts.n_figures, 0) as n_figures
from stg_documents
join (
    select content_sha256, list(source_file order by source_file) as source_files
    from stg_source_files
    group by content_sha256
) as names on names.content_sha256 = stg_documents.document_id
left join (
    select document_id, count(*) as n_figures from stg_figures group by document_id
) as counts on counts.document_id = stg_documents.document_id
