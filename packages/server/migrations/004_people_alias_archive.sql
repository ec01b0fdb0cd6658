-- Aliases are archived, never deleted, like every other part of a person's record: an edit
-- that drops a spelling keeps it in the history (and out of the search key).
alter table person_alias add column archived_at timestamptz;
