-- The organisation's centres by name, for choosing a placement's carer centre (issue 3).
--
-- `centre` is scoped like a caseload (an adviser sees the centres they advise), but any
-- caseworker of the organisation may place a child in any of its centres, so the names are read
-- through this view, which the scoped data layer limits to the caller's organisation only.
create view centre_directory as
  select id, organisation_id, name_km, name_latin, village_code, archived_at from centre;
