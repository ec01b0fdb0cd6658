-- Issue 4: "who saw this record" also finds the list pages it appeared on, through
-- details->'ids' of 'list' rows. Without an index that is a scan of every list row of the
-- record type; a partial GIN index on the ids array answers `?` directly.
create index audit_log_list_ids_idx on audit_log using gin ((details -> 'ids')) where action = 'list';
