-- Every file name accepted by ingest, with the hash of its content.
create or replace table stg_source_files as
select
    source_file::varchar as source_file,
    content_sha256::varchar as content_sha256,
    n_bytes::bigint as n_bytes,
    modified_at::timestamptz as modified_at
from src_source_files
