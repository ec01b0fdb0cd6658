-- Youth programmes (issue 8, part A): attendance shared by every gathering, youth clubs in
-- centres, and the Care Leavers' Network.
--
-- A club belongs to a centre, a team and a staff facilitator (like a centre's adviser), so a
-- partner sees their own centre's club and a facilitator the clubs they run. A network member,
-- group and outreach visit belong to a team and a staff facilitator the same way. Sub-records
-- carry their parent's organisation and are always reached through the parent.

-- Who was present at a gathering (a club meeting, a network group meeting, an outreach visit …):
-- a set of ticks, replaced as a whole when attendance is saved.
create table programme_attendance (
  organisation_id uuid not null references organisation(id),
  gathering_type text not null,
  gathering_id uuid not null,
  person_id uuid not null references person(id),
  recorded_by text references app_user(id),
  recorded_at timestamptz not null default now(),
  primary key (gathering_type, gathering_id, person_id)
);
create index programme_attendance_person_idx on programme_attendance (person_id);

create table youth_club (
  id uuid primary key,
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  facilitator_id text references app_user(id),
  centre_id uuid not null references centre(id),
  name text not null,
  founded_on date,
  meeting_schedule text,
  notes text,
  version integer not null default 1,
  created_by text references app_user(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  archived_at timestamptz
);
create index youth_club_org_idx on youth_club (organisation_id, team_id, facilitator_id);
create index youth_club_centre_idx on youth_club (centre_id);

create table youth_club_member (
  id uuid primary key,
  club_id uuid not null references youth_club(id),
  organisation_id uuid not null references organisation(id),
  person_id uuid not null references person(id),
  joined_on date not null,
  left_on date,
  leave_reason text,
  created_at timestamptz not null default now(),
  check (left_on is null or left_on >= joined_on)
);
-- One current membership per person and club; earlier ones stay as history.
create unique index youth_club_member_current on youth_club_member (club_id, person_id) where left_on is null;
create index youth_club_member_person_idx on youth_club_member (person_id);

create table youth_club_election (
  id uuid primary key,
  club_id uuid not null references youth_club(id),
  organisation_id uuid not null references organisation(id),
  held_on date not null,
  term_starts_on date not null,
  term_ends_on date,
  notes text,
  created_by text references app_user(id),
  created_at timestamptz not null default now(),
  check (term_ends_on is null or term_ends_on >= term_starts_on)
);
create index youth_club_election_club_idx on youth_club_election (club_id, held_on);

create table youth_club_candidate (
  id uuid primary key,
  election_id uuid not null references youth_club_election(id),
  organisation_id uuid not null references organisation(id),
  position text not null,
  person_id uuid not null references person(id),
  votes integer check (votes is null or votes >= 0),
  elected boolean not null default false
);
create index youth_club_candidate_election_idx on youth_club_candidate (election_id);
create index youth_club_candidate_person_idx on youth_club_candidate (person_id);

create table youth_club_meeting (
  id uuid primary key,
  club_id uuid not null references youth_club(id),
  organisation_id uuid not null references organisation(id),
  held_on date not null,
  agenda text,
  activities text,
  decisions text,
  created_by text references app_user(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index youth_club_meeting_club_idx on youth_club_meeting (club_id, held_on);

-- ---- the Care Leavers' Network --------------------------------------------------------------

create table leaver_member (
  id uuid primary key,
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  facilitator_id text references app_user(id),
  person_id uuid not null references person(id),
  joined_on date not null,
  left_care_on date,
  status text not null default 'active' check (status in ('active', 'inactive', 'moved_away', 'left')),
  -- only what the care leaver agreed to share with the network
  phone text,
  telegram text,
  email text,
  share_with_network boolean not null default false,
  notes text,
  version integer not null default 1,
  created_by text references app_user(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organisation_id, person_id)
);
create index leaver_member_org_idx on leaver_member (organisation_id, team_id, facilitator_id);
create index leaver_member_person_idx on leaver_member (person_id);

create table leaver_group (
  id uuid primary key,
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  facilitator_id text references app_user(id),
  name text not null,
  kind text not null,
  meeting_schedule text,
  notes text,
  created_by text references app_user(id),
  created_at timestamptz not null default now(),
  archived_at timestamptz
);
create index leaver_group_org_idx on leaver_group (organisation_id, team_id, facilitator_id);

create table leaver_group_member (
  id uuid primary key,
  group_id uuid not null references leaver_group(id),
  organisation_id uuid not null references organisation(id),
  person_id uuid not null references person(id),
  joined_on date not null,
  left_on date,
  created_at timestamptz not null default now()
);
create unique index leaver_group_member_current on leaver_group_member (group_id, person_id) where left_on is null;
create index leaver_group_member_person_idx on leaver_group_member (person_id);

create table leaver_meeting (
  id uuid primary key,
  group_id uuid not null references leaver_group(id),
  organisation_id uuid not null references organisation(id),
  held_on date not null,
  topic text,
  notes text,
  created_by text references app_user(id),
  created_at timestamptz not null default now()
);
create index leaver_meeting_group_idx on leaver_meeting (group_id, held_on);

-- Care leavers visiting a centre to talk with young people about to leave; who went is attendance.
create table leaver_outreach (
  id uuid primary key,
  organisation_id uuid not null references organisation(id),
  team_id uuid references team(id),
  facilitator_id text references app_user(id),
  centre_id uuid not null references centre(id),
  visited_on date not null,
  young_people integer not null check (young_people >= 0),
  notes text,
  created_by text references app_user(id),
  created_at timestamptz not null default now()
);
create index leaver_outreach_org_idx on leaver_outreach (organisation_id, visited_on);

-- Outcomes over time, in the domains used internationally for care leavers.
create table leaver_check_in (
  id uuid primary key,
  member_id uuid not null references leaver_member(id),
  organisation_id uuid not null references organisation(id),
  checked_on date not null,
  housing text not null check (housing in ('stable', 'unstable', 'homeless')),
  education text not null check (education in ('none', 'school', 'vocational', 'higher', 'completed')),
  work text not null check (work in ('employed', 'self_employed', 'looking', 'not_working', 'studying')),
  monthly_income_usd integer check (monthly_income_usd is null or monthly_income_usd >= 0),
  id_documents text not null check (id_documents in ('complete', 'partial', 'none')),
  health text not null check (health in ('good', 'fair', 'poor')),
  support_network text not null check (support_network in ('strong', 'some', 'isolated')),
  wellbeing integer not null check (wellbeing between 1 and 5),
  notes text,
  recorded_by text references app_user(id),
  created_at timestamptz not null default now()
);
create index leaver_check_in_member_idx on leaver_check_in (member_id, checked_on);

-- The two new editable lists, for organisations that exist already (new ones get them at creation).
insert into lookup (id, organisation_id, list, value, label_en, label_km, sort_order)
select gen_random_uuid(), o.id, v.list, v.value, v.label_en, v.label_km, v.sort_order
from organisation o
cross join (values
  ('club_position', 'president', 'President', 'ប្រធាន', 10),
  ('club_position', 'vice_president', 'Vice-president', 'អនុប្រធាន', 20),
  ('club_position', 'secretary', 'Secretary', 'លេខាធិការ', 30),
  ('club_position', 'treasurer', 'Treasurer', 'ហិរញ្ញិក', 40),
  ('leaver_group_kind', 'small_group', 'Small group', 'ក្រុមតូច', 10),
  ('leaver_group_kind', 'big_group', 'Big-group gathering', 'ការជួបជុំក្រុមធំ', 20),
  ('leaver_group_kind', 'bible_study', 'Bible study and prayer group', 'ក្រុមសិក្សាព្រះគម្ពីរ និងអធិស្ឋាន', 30)
) as v(list, value, label_en, label_km, sort_order)
on conflict do nothing;
