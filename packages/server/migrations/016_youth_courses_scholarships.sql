-- Youth programmes (issue 8, part B): vocational training scholarships, counselling and legal
-- advice, life-skills courses.
--
-- Scholarships, counselling sessions and legal matters are about one young person and copy the
-- person's ownership columns. Counselling and legal matters are scoped by them (confidential);
-- scholarships, courses and enrolments are programme data the organisation's programme staff
-- see (reads of what names a young person are audited). Course attendance is kept in the shared
-- programme_attendance table.

create table scholarship (
  id uuid primary key,
  person_id uuid not null references person(id),
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  caseworker_id text references app_user(id),
  centre_id uuid,
  status text not null default 'applied'
    check (status in ('applied', 'under_review', 'awarded', 'declined', 'in_training', 'completed', 'dropped_out')),
  status_changed_on date not null default current_date,
  applied_on date not null,
  provider text not null,
  course text not null,
  -- lookup-free trade name (tailoring, motorbike repair, hairdressing ...)
  trade text,
  starts_on date,
  ends_on date,
  cost integer check (cost >= 0),
  currency text not null default 'USD' check (currency in ('USD', 'KHR')),
  decline_reason text,
  outcome text check (outcome in ('employed', 'self_employed', 'further_study', 'unemployed')),
  outcome_on date,
  outcome_note text,
  created_by text references app_user(id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  archived_at timestamptz,
  check (status <> 'declined' or decline_reason is not null)
);
create index scholarship_person_idx on scholarship (person_id, applied_on);
create index scholarship_org_status_idx on scholarship (organisation_id, status);

create table scholarship_status_change (
  id uuid primary key,
  scholarship_id uuid not null references scholarship(id),
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  caseworker_id text references app_user(id),
  centre_id uuid,
  from_status text,
  to_status text not null,
  changed_on date not null,
  note text,
  changed_by text references app_user(id),
  created_at timestamptz not null default now()
);
create index scholarship_status_change_idx on scholarship_status_change (scholarship_id, changed_on);

create table scholarship_disbursement (
  id uuid primary key,
  scholarship_id uuid not null references scholarship(id),
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  caseworker_id text references app_user(id),
  centre_id uuid,
  paid_on date not null,
  amount integer not null check (amount > 0),
  purpose text,
  recorded_by text references app_user(id),
  created_at timestamptz not null default now()
);
create index scholarship_disbursement_idx on scholarship_disbursement (scholarship_id, paid_on);

create table scholarship_check_in (
  id uuid primary key,
  scholarship_id uuid not null references scholarship(id),
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  caseworker_id text references app_user(id),
  centre_id uuid,
  checked_on date not null,
  progress text not null check (progress in ('on_track', 'struggling', 'at_risk')),
  note text,
  recorded_by text references app_user(id),
  created_at timestamptz not null default now()
);
create index scholarship_check_in_idx on scholarship_check_in (scholarship_id, checked_on);

-- A certificate is an attachment of the person (kind certificate); this row says which scholarship it proves.
create table scholarship_certificate (
  id uuid primary key,
  scholarship_id uuid not null references scholarship(id),
  attachment_id uuid not null references attachment(id),
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  caseworker_id text references app_user(id),
  centre_id uuid,
  created_at timestamptz not null default now(),
  unique (scholarship_id, attachment_id)
);

create table counselling_session (
  id uuid primary key,
  person_id uuid not null references person(id),
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  caseworker_id text references app_user(id),
  centre_id uuid,
  kind text not null check (kind in ('counselling', 'group_counselling', 'family_counselling', 'crisis', 'legal_advice')),
  held_on date not null,
  -- who saw the young person: a staff account, or an outside counsellor or lawyer by name
  counsellor_id text references app_user(id),
  counsellor_name text,
  -- confidential: only roles with counselling.read are ever sent it
  notes text,
  legal_matter_id uuid,
  created_by text references app_user(id),
  created_at timestamptz not null default now(),
  archived_at timestamptz,
  check (counsellor_id is not null or counsellor_name is not null)
);
create index counselling_session_person_idx on counselling_session (person_id, held_on);

create table legal_matter (
  id uuid primary key,
  person_id uuid not null references person(id),
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  caseworker_id text references app_user(id),
  centre_id uuid,
  kind text not null check (kind in ('id_card', 'birth_certificate_correction', 'school_transfer_papers', 'other')),
  description text,
  status text not null default 'open' check (status in ('open', 'in_progress', 'waiting_authority', 'resolved', 'unresolved')),
  status_changed_on date not null default current_date,
  opened_on date not null,
  resolved_on date,
  adviser_id text references app_user(id),
  adviser_name text,
  created_by text references app_user(id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  archived_at timestamptz
);
create index legal_matter_person_idx on legal_matter (person_id, opened_on);

create table legal_matter_status_change (
  id uuid primary key,
  matter_id uuid not null references legal_matter(id),
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  caseworker_id text references app_user(id),
  centre_id uuid,
  from_status text,
  to_status text not null,
  changed_on date not null,
  note text,
  changed_by text references app_user(id),
  created_at timestamptz not null default now()
);
create index legal_matter_status_change_idx on legal_matter_status_change (matter_id, changed_on);

-- Optional session plan for a curriculum topic (topics are the organisation's lookup list
-- `life_skills_topic`, editable in both languages).
create table course_topic_plan (
  id uuid primary key,
  organisation_id uuid not null references organisation(id),
  topic text not null,
  plan text not null,
  updated_by text references app_user(id),
  updated_at timestamptz not null default now(),
  unique (organisation_id, topic)
);

create table course (
  id uuid primary key,
  organisation_id uuid not null references organisation(id),
  name text not null,
  starts_on date not null,
  ends_on date,
  centre_id uuid references centre(id),
  place text,
  -- [{ userId?, name }]: staff or outside professionals
  facilitators jsonb not null default '[]',
  created_by text references app_user(id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  archived_at timestamptz
);
create index course_org_idx on course (organisation_id, starts_on);

create table course_session (
  id uuid primary key,
  course_id uuid not null references course(id),
  organisation_id uuid not null references organisation(id),
  topic text not null,
  held_on date not null,
  facilitators jsonb not null default '[]',
  notes text,
  created_by text references app_user(id),
  created_at timestamptz not null default now(),
  archived_at timestamptz
);
create index course_session_course_idx on course_session (course_id, held_on);

create table course_enrolment (
  id uuid primary key,
  course_id uuid not null references course(id),
  person_id uuid not null references person(id),
  organisation_id uuid not null references organisation(id),
  enrolled_on date not null,
  left_on date,
  created_by text references app_user(id),
  created_at timestamptz not null default now(),
  unique (course_id, person_id)
);
create index course_enrolment_person_idx on course_enrolment (person_id);
