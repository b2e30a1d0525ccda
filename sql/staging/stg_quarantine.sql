-- Inputs refused by ingest or normalize, one row per file name.
create or replace table stg_quarantine as
select
    source_file::varchar as source_file,
    reason::varchar as reason,
    detail::varchar as detail,
    seen_at::timestamptz as seen_at,
    content_sha256::varchar as content_sha256
from src_quarantine
