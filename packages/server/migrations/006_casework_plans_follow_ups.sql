-- Casework after intake (issue 3): what 003 left out for care plans, approvals, placements and
-- follow-ups, and the indexes the caseworker and supervisor home summaries read through.

-- A draft plan's actions are edited away by archiving, never deleted.
alter table care_plan_action add column archived_at timestamptz;
-- Why a visit did not happen.
alter table follow_up add column missed_reason text;

-- At most one plan being worked on (draft, waiting, or sent back) and one approved plan per case.
create unique index care_plan_one_open_key on care_plan (case_id) where status in ('draft', 'pending_approval', 'rejected');
create unique index care_plan_one_approved_key on care_plan (case_id) where status = 'approved';
-- At most one request of each kind waiting per case.
create unique index approval_one_pending_key on approval (case_id, kind) where status = 'pending';
-- "Pending approvals I asked for" on the caseworker's home.
create index approval_requested_idx on approval (requested_by, status, requested_at);
-- Team overdue tasks and organisation-wide follow-ups for supervisors and managers.
create index care_plan_action_team_due_idx on care_plan_action (team_id, status, due_on);
create index follow_up_org_due_idx on follow_up (organisation_id, status, due_on);
-- Emergency foster care past its limit: a small partial index over the placements that can be.
create index placement_emergency_active_idx on placement (start_date) where status = 'active' and care_type = 'emergency_foster';
-- Actions keep the order they were written in (rows of one transaction share created_at).
alter table care_plan_action add column sort_order integer not null default 0;
