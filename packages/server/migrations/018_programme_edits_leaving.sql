-- Youth programmes (issue 8, corrections): meetings and elections can be edited (optimistic
-- concurrency on a version) and archived instead of deleted; a young person can withdraw from a
-- course with a reason. Archived rows stay as history and are left out of lists and figures.

alter table youth_club_meeting add column version integer not null default 1;
alter table youth_club_meeting add column archived_at timestamptz;

alter table youth_club_election add column version integer not null default 1;
alter table youth_club_election add column updated_at timestamptz not null default now();
alter table youth_club_election add column archived_at timestamptz;

alter table leaver_meeting add column version integer not null default 1;
alter table leaver_meeting add column updated_at timestamptz not null default now();
alter table leaver_meeting add column archived_at timestamptz;

-- Withdrawal from a course: the day (left_on, already there) and why.
alter table course_enrolment add column leave_reason text;

