-- Public contract (spec/warehouse.md): every refused input and why.
create or replace view v_quarantine as
select source_file, reason, detail, seen_at, content_sha256
from stg_quarantine
