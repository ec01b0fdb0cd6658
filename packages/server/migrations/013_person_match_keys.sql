-- Retrieval keys for the name matcher (decision 0011): every name word of a person (both
-- scripts, aliases, nickname) as romanisation-aware keys, so that candidates are found by exact
-- key lookups in a GIN index instead of trigram similarity over raw names. The keys are computed
-- in TypeScript (packages/core/src/matching/retrieval.ts), so existing rows start null and are
-- filled by the back-fill that runs after migrations at start-up (modules/tracing/match-keys.ts);
-- null means "not yet computed", never "no names".
alter table person add column match_keys text[];
create index person_match_keys_gin on person using gin (match_keys);
-- Lets the start-up back-fill find rows still to do without reading the whole table.
create index person_match_keys_missing on person (id) where match_keys is null;
