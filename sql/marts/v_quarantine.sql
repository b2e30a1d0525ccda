-- Public contract (spec/warehouse.md): every refused input and why.
create or replace view v_quarantine as
select source_file, reason, detail, seen_at, content_sha256
from stg_quarantine
;
comment on view v_quarantine is 'Every input refused by the pipeline (隔离文件) and why; nothing that arrives is lost without a row here or in v_documents.';
comment on column v_quarantine.source_file is 'File name in the raw folder';
comment on column v_quarantine.reason is 'Short stable code: empty_file, binary, undecodable, too_large, symlink_outside, vanished, changed_during_read, no_text, internal_error (the pipeline''s own code failed on this file; detail names the error)';
comment on column v_quarantine.detail is 'What exactly was wrong with this file';
comment on column v_quarantine.seen_at is 'Modification time of the refused file';
comment on column v_quarantine.content_sha256 is 'SHA-256 of the content where it could be read';
