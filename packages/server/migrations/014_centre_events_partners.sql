-- Centres in transition, second slice (issue 7): training events and study tours with their
-- participants, daily attendance and evaluation; community awareness and government engagement
-- events; and the link from a partner's account to the centre(s) they direct.
--
-- Training and outreach events are the organisation's shared work, not one adviser's caseload,
-- so they carry only the organisation; participants may be linked to a registered person and to
-- a centre, and keep a name of their own so a walk-in needs no registration.

create table training_event (
  id uuid primary key,
  organisation_id uuid not null references organisation(id),
  kind text not null check (kind in ('training', 'study_tour')),
  title text not null,
  topics text[] not null default '{}',
  starts_on date not null,
  ends_on date not null,
  venue text,
  trainers text,
  audiences text[] not null default '{}',
  evaluation text not null default 'none' check (evaluation in ('none', 'pre_post', 'satisfaction')),
  notes text,
  version integer not null default 1,
  created_by text references app_user(id),
  created_at timestamptz not null default now(),
  archived_at timestamptz,
  check (ends_on >= starts_on)
);
create index training_event_org_idx on training_event (organisation_id, starts_on);

create table training_participant (
  id uuid primary key,
  event_id uuid not null references training_event(id),
  organisation_id uuid not null references organisation(id),
  name text not null,
  sex text check (sex in ('female', 'male', 'unknown')),
  audience text not null,
  person_id uuid references person(id),
  centre_id uuid references centre(id),
  walk_in boolean not null default false,
  pre_score integer check (pre_score is null or (pre_score between 0 and 100)),
  post_score integer check (post_score is null or (post_score between 0 and 100)),
  satisfaction integer check (satisfaction is null or (satisfaction between 1 and 5)),
  created_at timestamptz not null default now()
);
create index training_participant_event_idx on training_participant (event_id);
create index training_participant_centre_idx on training_participant (centre_id) where centre_id is not null;

-- One row per participant per day present: attendance is a set of ticks, not a counter.
create table training_attendance (
  participant_id uuid not null references training_participant(id),
  attended_on date not null,
  event_id uuid not null references training_event(id),
  primary key (participant_id, attended_on)
);
create index training_attendance_event_idx on training_attendance (event_id, attended_on);

create table outreach_event (
  id uuid primary key,
  organisation_id uuid not null references organisation(id),
  kind text not null check (kind in ('community_awareness', 'government_engagement')),
  type text not null,
  held_on date not null,
  village_code text references place(code),
  centre_id uuid references centre(id),
  topic text not null,
  outcome text,
  -- Counts by role and sex: [{ role, female, male }]
  participants jsonb not null default '[]',
  created_by text references app_user(id),
  created_at timestamptz not null default now(),
  archived_at timestamptz
);
create index outreach_event_org_idx on outreach_event (organisation_id, held_on);

-- A partner account sees only the centres linked here (and those centres' children).
create table centre_user (
  user_id text not null references app_user(id),
  centre_id uuid not null references centre(id),
  organisation_id uuid not null references organisation(id),
  created_at timestamptz not null default now(),
  primary key (user_id, centre_id)
);
create index centre_user_centre_idx on centre_user (centre_id);

insert into lookup (id, organisation_id, list, value, label_en, label_km, sort_order)
select gen_random_uuid(), o.id, v.list, v.value, v.label_en, v.label_km, v.sort_order
from organisation o cross join (values
  ('training_topic', 'child_rights', 'Child rights', 'សិទ្ធិកុមារ', 10),
  ('training_topic', 'child_protection', 'Child protection', 'កិច្ចការពារកុមារ', 20),
  ('training_topic', 'child_participation', 'Child participation', 'ការចូលរួមរបស់កុមារ', 30),
  ('training_topic', 'anger_management', 'Anger management', 'ការគ្រប់គ្រងកំហឹង', 40),
  ('training_topic', 'reintegration_process', 'Reintegration process', 'ដំណើរការសមាហរណកម្ម', 50),
  ('training_topic', 'centre_management', 'Centre management', 'ការគ្រប់គ្រងមណ្ឌល', 60),
  ('training_topic', 'needs_children_youth', 'Needs of children and youth', 'តម្រូវការរបស់កុមារ និងយុវជន', 70),
  ('training_topic', 'leadership', 'Leadership', 'ភាពជាអ្នកដឹកនាំ', 80),
  ('outreach_event_type', 'village_meeting', 'Village meeting', 'កិច្ចប្រជុំភូមិ', 10),
  ('outreach_event_type', 'commune_council', 'Commune council meeting', 'កិច្ចប្រជុំក្រុមប្រឹក្សាឃុំ/សង្កាត់', 20),
  ('outreach_event_type', 'ccwc_meeting', 'Commune committee for women and children', 'គណៈកម្មាធិការទទួលបន្ទុកកិច្ចការនារី និងកុមារឃុំ/សង្កាត់', 30),
  ('outreach_event_type', 'pagoda_gathering', 'Pagoda gathering', 'ការជួបជុំនៅវត្ត', 40),
  ('outreach_event_type', 'school_session', 'School session', 'វគ្គនៅសាលារៀន', 50),
  ('outreach_event_type', 'dosvy_meeting', 'Provincial or district social affairs meeting', 'កិច្ចប្រជុំជាមួយមន្ទីរ ឬការិយាល័យសង្គមកិច្ច', 60),
  ('outreach_event_type', 'ministry_consultation', 'Ministry consultation', 'កិច្ចពិគ្រោះយោបល់ជាមួយក្រសួង', 70)
) as v (list, value, label_en, label_km, sort_order)
on conflict do nothing;
