-- Family tracing (issue 6, stage 3 of the pathway): requests to find a parent or relative of a
-- case's child, the attempts made (leads), and each change of a request's status. Rows copy the
-- case's ownership columns so scope applies without joins and they move with a reassigned case.

create table tracing_request (
  id uuid primary key,
  case_id uuid not null references case_file(id),
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  caseworker_id text references app_user(id),
  centre_id uuid,
  -- lookup `relationship`: who is sought, relative to the child (mother, grandparent ...)
  relationship text not null,
  -- what is known of the person sought
  family_name_km text,
  given_name_km text,
  family_name_latin text,
  given_name_latin text,
  other_names text[] not null default '{}',
  sex text not null default 'unknown' check (sex in ('female', 'male', 'unknown')),
  age_years integer check (age_years between 0 and 120),
  birth_year integer check (birth_year between 1900 and 2100),
  father_name text,
  mother_name text,
  last_place_code text references place(code),
  last_place_detail text,
  separated_on text,
  separation_reason text,
  distinguishing_facts text,
  requested_by text,
  status text not null default 'open' check (status in ('open', 'found', 'found_unsafe', 'not_found', 'closed')),
  status_changed_on date not null default current_date,
  outcome_note text,
  found_person_id uuid references person(id),
  created_by text references app_user(id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  archived_at timestamptz,
  check (status not in ('found', 'found_unsafe') or found_person_id is not null)
);
create index tracing_request_case_idx on tracing_request (case_id, created_at);
create index tracing_request_open_idx on tracing_request (organisation_id, status);

create table tracing_attempt (
  id uuid primary key,
  request_id uuid not null references tracing_request(id),
  case_id uuid not null references case_file(id),
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  caseworker_id text references app_user(id),
  centre_id uuid,
  attempted_on date not null,
  method text not null check (method in ('visit', 'phone', 'commune_chief', 'village_chief', 'pagoda', 'police', 'social_media', 'other')),
  place_code text references place(code),
  contact_person text,
  outcome text not null,
  result text not null check (result in ('lead', 'no_lead', 'found')),
  recorded_by text references app_user(id),
  created_at timestamptz not null default now()
);
create index tracing_attempt_request_idx on tracing_attempt (request_id, attempted_on);

-- The status history of a request, shown on its timeline beside the attempts.
create table tracing_status_change (
  id uuid primary key,
  request_id uuid not null references tracing_request(id),
  case_id uuid not null references case_file(id),
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  caseworker_id text references app_user(id),
  centre_id uuid,
  from_status text,
  to_status text not null,
  changed_on date not null,
  note text,
  found_person_id uuid references person(id),
  changed_by text references app_user(id),
  created_at timestamptz not null default now()
);
create index tracing_status_change_request_idx on tracing_status_change (request_id, changed_on);
