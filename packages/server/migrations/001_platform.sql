-- Homeward platform: organisations, teams, staff accounts (with the auth library's tables),
-- lookups, places and the append-only audit log. PostgreSQL 15 syntax (PGlite is 18).

create extension if not exists pg_trgm;

create table organisation (
  id uuid primary key,
  name text not null,
  name_km text,
  settings jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  archived_at timestamptz
);
create unique index organisation_name_key on organisation (lower(name));

create table team (
  id uuid primary key,
  organisation_id uuid not null references organisation(id),
  name text not null,
  created_at timestamptz not null default now(),
  archived_at timestamptz
);
create unique index team_name_key on team (organisation_id, lower(name));

-- Staff accounts. Column names are mapped for the auth library in platform/auth/auth.ts.
create table app_user (
  id text primary key,
  name text not null,
  email text not null,
  email_verified boolean not null default false,
  image text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  two_factor_enabled boolean not null default false,
  organisation_id uuid not null references organisation(id),
  role text not null,
  locale text not null default 'km',
  digits text not null default 'latn',
  active boolean not null default true,
  must_change_password boolean not null default false
);
create unique index app_user_email_key on app_user (lower(email));
create index app_user_organisation_idx on app_user (organisation_id);

create table team_member (
  team_id uuid not null references team(id),
  user_id text not null references app_user(id),
  primary key (team_id, user_id)
);
create index team_member_user_idx on team_member (user_id);

create table auth_session (
  id text primary key,
  expires_at timestamptz not null,
  token text not null unique,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  ip_address text,
  user_agent text,
  user_id text not null references app_user(id) on delete cascade
);
create index auth_session_user_idx on auth_session (user_id);

create table auth_account (
  id text primary key,
  account_id text not null,
  provider_id text not null,
  user_id text not null references app_user(id) on delete cascade,
  access_token text,
  refresh_token text,
  id_token text,
  access_token_expires_at timestamptz,
  refresh_token_expires_at timestamptz,
  scope text,
  password text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index auth_account_user_idx on auth_account (user_id);

create table auth_verification (
  id text primary key,
  identifier text not null,
  value text not null,
  expires_at timestamptz not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index auth_verification_identifier_idx on auth_verification (identifier);

create table auth_two_factor (
  id text primary key,
  secret text not null,
  backup_codes text not null,
  user_id text not null references app_user(id) on delete cascade,
  verified boolean default true,
  failed_verification_count integer default 0,
  locked_until timestamptz
);
create index auth_two_factor_user_idx on auth_two_factor (user_id);

create table auth_rate_limit (
  id text primary key,
  key text not null unique,
  count integer not null,
  last_request bigint not null
);

create table lookup (
  id uuid primary key,
  organisation_id uuid not null references organisation(id),
  list text not null,
  value text not null,
  label_en text not null,
  label_km text not null,
  sort_order integer not null default 0,
  active boolean not null default true
);
create unique index lookup_value_key on lookup (organisation_id, list, value);

create table place (
  code text primary key,
  level text not null,
  parent_code text references place(code),
  name_km text not null,
  name_latin text not null,
  unit_km text not null,
  unit_latin text not null,
  unit_en text not null,
  search_key text not null
);
create index place_parent_idx on place (parent_code);
create index place_search_trgm on place using gin (search_key gin_trgm_ops);

-- Append-only: the trigger below refuses every UPDATE and DELETE, whoever asks.
create table audit_log (
  id bigserial primary key,
  at timestamptz not null default now(),
  actor_id text,
  actor_role text,
  organisation_id uuid,
  action text not null,
  record_type text,
  record_id text,
  changes jsonb,
  details jsonb,
  ip text
);
create index audit_log_record_idx on audit_log (record_type, record_id, at desc);
create index audit_log_org_at_idx on audit_log (organisation_id, at desc);
create index audit_log_actor_idx on audit_log (actor_id, at desc);
create index audit_log_action_idx on audit_log (action, at desc);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end;
$$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_is_append_only();

-- Instance-wide settings, e.g. the generated session-signing secret shared by every server.
create table instance_setting (
  key text primary key,
  value text not null
);
