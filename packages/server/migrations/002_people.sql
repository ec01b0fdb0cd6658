-- People (children, young people, adults) and households. Personal records: every read and
-- write goes through the scoped data layer and is audited. Ownership columns (team, caseworker,
-- centre) decide who sees a record; a child's follow the caseworker who holds their case.

create table person (
  id uuid primary key,
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  caseworker_id text references app_user(id),
  centre_id uuid,
  kind text not null check (kind in ('child', 'adult')),
  family_name_km text,
  given_name_km text,
  family_name_latin text,
  given_name_latin text,
  nickname text,
  sex text not null check (sex in ('female', 'male', 'unknown')),
  birth_date date,
  birth_date_estimated boolean not null default false,
  birth_place_code text references place(code),
  address_code text references place(code),
  address_detail text,
  father_given_name text,
  mother_given_name text,
  disability text,
  child_categories text[] not null default '{}',
  id_poor_level smallint check (id_poor_level in (1, 2)),
  photo_attachment_id uuid,
  notes text,
  -- normalised Khmer + folded Latin of every name and alias, for search in either script
  search_key text not null default '',
  version integer not null default 1,
  created_by text references app_user(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  archived_at timestamptz,
  check (coalesce(given_name_km, given_name_latin) is not null)
);
create index person_org_idx on person (organisation_id, kind);
create index person_caseworker_idx on person (caseworker_id);
create index person_team_idx on person (team_id);
create index person_search_trgm on person using gin (search_key gin_trgm_ops);
create index person_address_idx on person (address_code);

create table person_alias (
  id uuid primary key,
  person_id uuid not null references person(id),
  name text not null,
  script text not null check (script in ('khmer', 'latin')),
  created_at timestamptz not null default now()
);
create index person_alias_person_idx on person_alias (person_id);

create table person_document (
  id uuid primary key,
  person_id uuid not null references person(id),
  document_type text not null,
  number text,
  created_at timestamptz not null default now(),
  archived_at timestamptz
);
create index person_document_person_idx on person_document (person_id);

create table household (
  id uuid primary key,
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  caseworker_id text references app_user(id),
  centre_id uuid,
  name text,
  address_code text references place(code),
  address_detail text,
  livelihood text,
  id_poor_level smallint check (id_poor_level in (1, 2)),
  primary_caregiver_id uuid references person(id),
  notes text,
  version integer not null default 1,
  created_by text references app_user(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  archived_at timestamptz
);
create index household_org_idx on household (organisation_id);
create index household_caseworker_idx on household (caseworker_id);

-- Relationship is to the head of the household (lookup `relationship`).
create table household_member (
  id uuid primary key,
  household_id uuid not null references household(id),
  person_id uuid not null references person(id),
  relationship text,
  is_head boolean not null default false,
  joined_at timestamptz not null default now(),
  left_at timestamptz
);
create unique index household_member_current_key on household_member (household_id, person_id) where left_at is null;
create index household_member_person_idx on household_member (person_id);

-- A direct relation between two people (`relative` is the `relationship` of `person`):
-- kin outside the household, e.g. a grandmother in another province.
create table person_relation (
  id uuid primary key,
  person_id uuid not null references person(id),
  relative_id uuid not null references person(id),
  relationship text not null,
  created_at timestamptz not null default now(),
  archived_at timestamptz,
  check (person_id <> relative_id)
);
create index person_relation_person_idx on person_relation (person_id);
create index person_relation_relative_idx on person_relation (relative_id);
