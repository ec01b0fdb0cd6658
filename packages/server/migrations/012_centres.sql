-- Residential care centres in transition (issue 7): the registry, dated counts, the transition
-- record with its stage history and milestones, and support activities.
--
-- A centre belongs to an organisation and, like a caseload, to a team and an adviser (column
-- caseworker_id), so supervisors see their team's centres and caseworkers the centres they
-- advise; a partner (a centre's director) sees the centre whose id is theirs. Its sub-records
-- carry the centre's id and organisation and are always read through the centre.

create table centre (
  id uuid primary key,
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  caseworker_id text references app_user(id),
  name_km text not null,
  name_latin text,
  village_code text references place(code),
  type text not null,
  mosvy_registered boolean not null default false,
  mosvy_registration_number text,
  mou_status text not null default 'none' check (mou_status in ('none', 'negotiating', 'signed', 'expired')),
  mou_signed_on date,
  mou_expires_on date,
  last_inspection_on date,
  capacity integer check (capacity is null or capacity >= 0),
  director jsonb,
  key_staff jsonb not null default '[]',
  donors jsonb not null default '[]',
  partner_since date,
  engagement text check (engagement in ('low', 'medium', 'high')),
  notes text,
  search_text text not null default '',
  version integer not null default 1,
  created_by text references app_user(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  archived_at timestamptz
);
create index centre_org_idx on centre (organisation_id, team_id, caseworker_id);
create index centre_village_idx on centre (village_code);
create index centre_search_idx on centre using gin (search_text gin_trgm_ops);

-- Children and staff on a date: a history, never one overwritten number.
create table centre_count (
  id uuid primary key,
  centre_id uuid not null references centre(id),
  organisation_id uuid not null references organisation(id),
  counted_on date not null,
  girls integer not null check (girls >= 0),
  boys integer not null check (boys >= 0),
  staff integer check (staff is null or staff >= 0),
  notes text,
  recorded_by text references app_user(id),
  created_at timestamptz not null default now()
);
create index centre_count_centre_idx on centre_count (centre_id, counted_on);

-- One transition record per centre, made with it.
create table centre_transition (
  id uuid primary key,
  centre_id uuid not null unique references centre(id),
  organisation_id uuid not null references organisation(id),
  end_goal text not null check (end_goal in ('full_transition', 'safe_closure')),
  stage text not null check (stage in ('engagement', 'assessment_decision', 'planning', 'implementation', 'new_services_or_closure', 'transitioned')),
  stage_since date not null,
  risks text,
  director_position text,
  donor_position text,
  version integer not null default 1,
  updated_at timestamptz not null default now()
);
create index centre_transition_stage_idx on centre_transition (organisation_id, stage);

create table centre_stage_change (
  id uuid primary key,
  centre_id uuid not null references centre(id),
  organisation_id uuid not null references organisation(id),
  from_stage text,
  to_stage text not null,
  changed_on date not null,
  reason text not null,
  changed_by text references app_user(id),
  created_at timestamptz not null default now()
);
create index centre_stage_change_centre_idx on centre_stage_change (centre_id, changed_on);
create index centre_stage_change_org_idx on centre_stage_change (organisation_id, changed_on);

create table centre_milestone (
  id uuid primary key,
  centre_id uuid not null references centre(id),
  organisation_id uuid not null references organisation(id),
  title text not null,
  owner text,
  due_on date,
  status text not null default 'open' check (status in ('open', 'done', 'cancelled')),
  done_on date,
  created_by text references app_user(id),
  created_at timestamptz not null default now()
);
create index centre_milestone_centre_idx on centre_milestone (centre_id);
create index centre_milestone_due_idx on centre_milestone (organisation_id, status, due_on);

create table centre_activity (
  id uuid primary key,
  centre_id uuid not null references centre(id),
  organisation_id uuid not null references organisation(id),
  type text not null,
  activity_on date not null,
  staff text,
  participants text,
  participant_count integer check (participant_count is null or participant_count >= 0),
  notes text,
  follow_up text,
  recorded_by text references app_user(id),
  created_at timestamptz not null default now()
);
create index centre_activity_centre_idx on centre_activity (centre_id, activity_on);

-- Placements at a centre, for the centre's children.
create index placement_carer_centre_idx on placement (carer_centre_id) where carer_centre_id is not null;

-- The new editable lists for organisations that exist already (new ones get them when created).
insert into lookup (id, organisation_id, list, value, label_en, label_km, sort_order)
select gen_random_uuid(), o.id, v.list, v.value, v.label_en, v.label_km, v.sort_order
from organisation o cross join (values
  ('centre_type', 'ngo', 'NGO centre', 'មណ្ឌលអង្គការក្រៅរដ្ឋាភិបាល', 10),
  ('centre_type', 'faith_based', 'Faith-based centre', 'មណ្ឌលផ្អែកលើជំនឿសាសនា', 20),
  ('centre_type', 'state', 'State centre', 'មណ្ឌលរបស់រដ្ឋ', 30),
  ('centre_type', 'pagoda', 'Pagoda', 'វត្ត', 40),
  ('centre_type', 'boarding_school', 'Boarding school', 'សាលាស្នាក់នៅ', 50),
  ('centre_type', 'group_home', 'Group home', 'ផ្ទះក្រុម', 60),
  ('centre_activity_type', 'family_care_leaders', 'Introducing family care and reintegration to leaders', 'ណែនាំអំពីសារៈសំខាន់នៃការថែទាំក្នុងគ្រួសារ និងការធ្វើសមាហរណកម្មដល់ថ្នាក់ដឹកនាំ', 10),
  ('centre_activity_type', 'strategy_planning', 'Strategy and planning for the transition', 'យុទ្ធសាស្ត្រ និងផែនការសម្រាប់ការផ្លាស់ប្តូរ', 20),
  ('centre_activity_type', 'donor_board', 'Donor and board engagement', 'ការចូលរួមរបស់ម្ចាស់ជំនួយ និងក្រុមប្រឹក្សាភិបាល', 30),
  ('centre_activity_type', 'community_awareness', 'Community awareness raising and engagement', 'ការលើកកម្ពស់ការយល់ដឹង និងការចូលរួមរបស់សហគមន៍', 40),
  ('centre_activity_type', 'partnerships', 'Partnerships', 'ភាពជាដៃគូ', 50),
  ('centre_activity_type', 'government_engagement', 'Government engagement and system reform', 'ការចូលរួមជាមួយរដ្ឋាភិបាល និងកំណែទម្រង់ប្រព័ន្ធ', 60),
  ('centre_activity_type', 'child_family_assessment', 'Assessments of children and families', 'ការវាយតម្លៃកុមារ និងគ្រួសារ', 70),
  ('centre_activity_type', 'family_tracing', 'Family tracing', 'ការស្វែងរកគ្រួសារ', 80),
  ('centre_activity_type', 'preparing_children_families', 'Preparing children and families for transition', 'ការរៀបចំកុមារ និងគ្រួសារសម្រាប់ការផ្លាស់ប្តូរ', 90),
  ('centre_activity_type', 'social_work_training', 'Social work or case management training and support', 'ការបណ្តុះបណ្តាល និងការគាំទ្រផ្នែកការងារសង្គម ឬការគ្រប់គ្រងករណី', 100),
  ('centre_activity_type', 'staffing', 'Staffing adjustments and staff vocational training', 'ការកែសម្រួលបុគ្គលិក និងការបណ្តុះបណ្តាលវិជ្ជាជីវៈដល់បុគ្គលិក', 110),
  ('centre_activity_type', 'buildings_assets', 'Use of buildings and other assets', 'ការប្រើប្រាស់អគារ និងទ្រព្យសម្បត្តិផ្សេងៗ', 120),
  ('centre_activity_type', 'new_programmes', 'Developing new programmes', 'ការអភិវឌ្ឍកម្មវិធីថ្មី', 130),
  ('centre_activity_type', 'coaching', 'General coaching or consultation', 'ការណែនាំ ឬការពិគ្រោះយោបល់ទូទៅ', 140),
  ('centre_activity_type', 'onsite_training', 'On-site training', 'ការបណ្តុះបណ្តាលនៅនឹងកន្លែង', 150),
  ('centre_activity_type', 'onsite_visit', 'On-site visit or meeting', 'ការចុះជួប ឬប្រជុំនៅនឹងកន្លែង', 160),
  ('centre_activity_type', 'phone_video', 'Phone or video call', 'ការហៅទូរស័ព្ទ ឬប្រជុំតាមវីដេអូ', 170),
  ('centre_activity_type', 'standards_guidance', 'Standards and written guidance or tools', 'ការផ្តល់ស្តង់ដារ និងឯកសារណែនាំ ឬឧបករណ៍', 180),
  ('centre_activity_type', 'networking', 'Connecting with others and networking', 'ការភ្ជាប់ទំនាក់ទំនង និងការកសាងបណ្តាញ', 190),
  ('centre_activity_type', 'study_tour', 'Study tour', 'ដំណើរទស្សនកិច្ចសិក្សា', 200),
  ('centre_activity_type', 'director_meeting', 'Regular meeting with the director', 'កិច្ចប្រជុំទៀងទាត់ជាមួយនាយកមណ្ឌល', 210)
) as v (list, value, label_en, label_km, sort_order)
on conflict do nothing;
