-- The reintegration case: one open case per child per organisation, its stage history, intake,
-- consents, notes and conferences, care plans, approvals, placements, follow-up visits, services,
-- transfers, attachments and in-app notifications. Every table carries the case's ownership
-- columns so the scoped data layer filters inside the query without joins.

create table case_sequence (
  organisation_id uuid not null references organisation(id),
  year integer not null,
  last integer not null,
  primary key (organisation_id, year)
);

create table case_file (
  id uuid primary key,
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  caseworker_id text not null references app_user(id),
  centre_id uuid,
  child_id uuid not null references person(id),
  number text not null,
  stage text not null check (stage in ('referral', 'assessment', 'tracing', 'care_planning', 'preparation', 'placement', 'follow_up', 'closed')),
  risk_level text not null check (risk_level in ('low', 'medium', 'high')),
  opened_on date not null,
  -- intake / referral
  referral_date date,
  referral_source text,
  referral_reason text,
  referrer_name text,
  child_categories text[] not null default '{}',
  urgency text check (urgency in ('low', 'medium', 'high', 'emergency')),
  child_views text,
  family_views text,
  -- closure
  closed_on date,
  closure_reason text,
  closure_summary text,
  version integer not null default 1,
  created_by text references app_user(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index case_file_one_open_key on case_file (organisation_id, child_id) where stage <> 'closed';
create unique index case_file_number_key on case_file (organisation_id, number);
create index case_file_caseworker_idx on case_file (caseworker_id, stage);
create index case_file_team_idx on case_file (team_id, stage);
create index case_file_org_stage_idx on case_file (organisation_id, stage);
create index case_file_child_idx on case_file (child_id);

create table case_stage_change (
  id uuid primary key,
  case_id uuid not null references case_file(id),
  organisation_id uuid not null references organisation(id),
  from_stage text,
  to_stage text not null,
  reason text,
  changed_by text references app_user(id),
  changed_at timestamptz not null default now()
);
create index case_stage_change_case_idx on case_stage_change (case_id, changed_at);

create table consent (
  id uuid primary key,
  case_id uuid not null references case_file(id),
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  caseworker_id text references app_user(id),
  centre_id uuid,
  subject text not null,
  given_by text not null,
  given_on date not null,
  document_attachment_id uuid,
  withdrawn_on date,
  created_by text references app_user(id),
  created_at timestamptz not null default now()
);
create index consent_case_idx on consent (case_id);

create table case_note (
  id uuid primary key,
  case_id uuid not null references case_file(id),
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  caseworker_id text references app_user(id),
  centre_id uuid,
  note_type text not null,
  occurred_on date not null,
  place_code text references place(code),
  participants text,
  narrative text not null,
  next_steps text,
  confidential boolean not null default false,
  -- a case conference also records its decision and the best-interests reasoning
  decision text,
  best_interests text,
  author_id text references app_user(id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  archived_at timestamptz
);
create index case_note_case_idx on case_note (case_id, occurred_on desc);

create table care_plan (
  id uuid primary key,
  case_id uuid not null references case_file(id),
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  caseworker_id text references app_user(id),
  centre_id uuid,
  status text not null check (status in ('draft', 'pending_approval', 'approved', 'rejected', 'superseded')),
  care_option text,
  best_interests text,
  created_by text references app_user(id),
  approved_by text references app_user(id),
  approved_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index care_plan_case_idx on care_plan (case_id);

create table care_plan_goal (
  id uuid primary key,
  plan_id uuid not null references care_plan(id),
  description text not null,
  sort_order integer not null default 0,
  created_at timestamptz not null default now(),
  archived_at timestamptz
);
create index care_plan_goal_plan_idx on care_plan_goal (plan_id);

-- Actions are the caseworker's tasks: who, by when, done or not.
create table care_plan_action (
  id uuid primary key,
  goal_id uuid not null references care_plan_goal(id),
  case_id uuid not null references case_file(id),
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  caseworker_id text references app_user(id),
  centre_id uuid,
  description text not null,
  responsible text,
  due_on date,
  status text not null default 'open' check (status in ('open', 'done', 'cancelled')),
  done_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index care_plan_action_goal_idx on care_plan_action (goal_id);
create index care_plan_action_due_idx on care_plan_action (caseworker_id, status, due_on);

create table approval (
  id uuid primary key,
  case_id uuid not null references case_file(id),
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  caseworker_id text references app_user(id),
  centre_id uuid,
  kind text not null check (kind in ('care_plan', 'placement', 'closure')),
  subject_id uuid,
  details jsonb not null default '{}'::jsonb,
  status text not null check (status in ('pending', 'approved', 'rejected', 'withdrawn')),
  requested_by text not null references app_user(id),
  requested_at timestamptz not null default now(),
  request_comment text,
  decided_by text references app_user(id),
  decided_at timestamptz,
  decision_comment text
);
create index approval_case_idx on approval (case_id);
create index approval_pending_idx on approval (organisation_id, status, team_id);

create table placement (
  id uuid primary key,
  case_id uuid not null references case_file(id),
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  caseworker_id text references app_user(id),
  centre_id uuid,
  care_type text not null,
  carer_household_id uuid references household(id),
  carer_centre_id uuid,
  start_date date not null,
  end_date date,
  end_reason text,
  agreement_attachment_id uuid,
  status text not null check (status in ('proposed', 'active', 'ended', 'rejected')),
  notes text,
  created_by text references app_user(id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index placement_case_idx on placement (case_id);
create unique index placement_one_active_key on placement (case_id) where status = 'active';

create table follow_up (
  id uuid primary key,
  case_id uuid not null references case_file(id),
  placement_id uuid references placement(id),
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  caseworker_id text references app_user(id),
  centre_id uuid,
  sequence integer not null,
  months_after integer,
  due_on date not null,
  status text not null check (status in ('scheduled', 'done', 'missed', 'cancelled', 'rescheduled')),
  done_on date,
  progress text,
  concerns text,
  wellbeing text check (wellbeing in ('good', 'some_concerns', 'serious_concerns')),
  visited_by text references app_user(id),
  rescheduled_to_id uuid references follow_up(id),
  reschedule_reason text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index follow_up_case_idx on follow_up (case_id, due_on);
create index follow_up_due_idx on follow_up (caseworker_id, status, due_on);
create index follow_up_team_due_idx on follow_up (team_id, status, due_on);

create table service_record (
  id uuid primary key,
  case_id uuid not null references case_file(id),
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  caseworker_id text references app_user(id),
  centre_id uuid,
  service_type text not null,
  provided_on date not null,
  provider text,
  outcome text,
  notes text,
  confidential boolean not null default false,
  created_by text references app_user(id),
  created_at timestamptz not null default now(),
  archived_at timestamptz
);
create index service_record_case_idx on service_record (case_id, provided_on desc);

create table case_transfer (
  id uuid primary key,
  case_id uuid not null references case_file(id),
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  caseworker_id text references app_user(id),
  centre_id uuid,
  to_organisation_id uuid not null references organisation(id),
  consent_id uuid references consent(id),
  reason text not null,
  status text not null check (status in ('pending', 'accepted', 'declined', 'withdrawn')),
  requested_by text not null references app_user(id),
  requested_at timestamptz not null default now(),
  decided_by text references app_user(id),
  decided_at timestamptz,
  decision_comment text,
  new_case_id uuid references case_file(id)
);
create index case_transfer_to_idx on case_transfer (to_organisation_id, status);

-- Files are stored content-addressed by the storage layer; this row is the authorised handle.
create table attachment (
  id uuid primary key,
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  caseworker_id text references app_user(id),
  centre_id uuid,
  person_id uuid references person(id),
  case_id uuid references case_file(id),
  kind text not null,
  filename text not null,
  content_type text not null,
  size_bytes integer not null,
  sha256 text not null,
  uploaded_by text references app_user(id),
  created_at timestamptz not null default now(),
  archived_at timestamptz
);
create index attachment_person_idx on attachment (person_id);
create index attachment_case_idx on attachment (case_id);

create table notification (
  id uuid primary key,
  organisation_id uuid not null references organisation(id),
  user_id text not null references app_user(id),
  kind text not null,
  case_id uuid references case_file(id),
  params jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  read_at timestamptz
);
create index notification_user_idx on notification (user_id, read_at, created_at desc);
