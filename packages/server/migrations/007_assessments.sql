-- Scored assessments (issue 5): instruments as versioned data, assessments taken on them, and
-- the final assessment a closure is recorded with. See docs/decisions/0008-assessment-instruments.md.

-- An instrument version. organisation_id NULL: shipped with Homeward, seen by every organisation;
-- an organisation's own versions (new codes, or revisions of a shipped code) carry its id.
create table instrument (
  id uuid primary key,
  organisation_id uuid references organisation(id),
  code text not null,
  version integer not null check (version >= 1),
  status text not null check (status in ('draft', 'published', 'retired')),
  name_en text not null,
  name_km text not null,
  description jsonb,
  subject text not null check (subject in ('child', 'young_person', 'household', 'centre')),
  frequency_days integer check (frequency_days is null or frequency_days > 0),
  definition jsonb not null,
  -- Denormalised from the definition for SQL: whether a threshold on it allows closure.
  allows_closure boolean not null default false,
  row_version integer not null default 1,
  created_by text references app_user(id),
  created_at timestamptz not null default now(),
  published_at timestamptz
);
-- One numbering per series: the shipped one (NULL) and each organisation's. NULLs are distinct
-- in a plain unique index, so the NULL series is folded onto a fixed uuid by the expression.
create unique index instrument_series_version_key
  on instrument ((coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'::uuid)), code, version);
-- At most one draft per series, so two revisions cannot race into two drafts.
create unique index instrument_one_draft_key
  on instrument ((coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'::uuid)), code) where status = 'draft';
create index instrument_code_idx on instrument (code, status);

create table assessment (
  id uuid primary key,
  instrument_id uuid not null references instrument(id),
  subject_type text not null check (subject_type in ('person', 'household', 'centre')),
  subject_id uuid not null,
  case_id uuid references case_file(id),
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  caseworker_id text references app_user(id),
  centre_id uuid,
  status text not null check (status in ('draft', 'submitted')),
  assessed_on date not null,
  answers jsonb not null default '{}',
  notes text,
  total integer,
  section_scores jsonb,
  -- Set on submission when the instrument has a closure threshold: whether it was met.
  closure_met boolean,
  row_version integer not null default 1,
  assessor_id text references app_user(id),
  submitted_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  archived_at timestamptz
);
create index assessment_subject_idx on assessment (subject_type, subject_id, status, assessed_on);
create index assessment_case_idx on assessment (case_id);
create index assessment_caseworker_idx on assessment (caseworker_id, status);
create index assessment_instrument_idx on assessment (instrument_id);

-- The closure records the final assessment it was decided on and whether its threshold was met.
alter table case_file add column closure_assessment_id uuid references assessment(id);
alter table case_file add column closure_threshold_met boolean;
