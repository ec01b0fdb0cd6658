import { roleScope, roles, type Role, type Scope } from '@homeward/core';
import { sql, type Kysely } from 'kysely';
import type { Database, OrganisationSettings } from '../db/schema.js';
import type { AuditActor } from '../audit/audit.js';

/** The signed-in person a request acts for, as every module sees them. */
export interface Actor extends AuditActor {
  userId: string;
  role: Role;
  organisationId: string;
  name: string;
  scope: Scope;
  teamIds: string[];
  /** Centres a partner works in (table centre_user, set from the user admin screen). */
  centreIds: string[];
  mustSetUpTwoFactor: boolean;
  mustChangePassword: boolean;
}

const isRole = (r: string): r is Role => (roles as readonly string[]).includes(r);

const actorColumns = [
  'u.id', 'u.name', 'u.role', 'u.organisation_id', 'u.active', 'u.two_factor_enabled', 'u.must_change_password',
  'o.settings',
  sql<string[]>`coalesce((select array_agg(tm.team_id::text) from team_member tm join team t on t.id = tm.team_id
    where tm.user_id = u.id and t.archived_at is null), '{}')`.as('team_ids'),
  // Only a partner's scope reads these; an archived centre drops out of sight at once.
  sql<string[]>`case when u.role = 'partner' then coalesce((select array_agg(cu.centre_id::text) from centre_user cu join centre c on c.id = cu.centre_id
    where cu.user_id = u.id and c.archived_at is null), '{}') else '{}' end`.as('centre_ids'),
] as const;

interface ActorRow {
  id: string;
  name: string;
  role: string;
  organisation_id: string;
  active: boolean;
  two_factor_enabled: boolean;
  must_change_password: boolean;
  settings: OrganisationSettings;
  team_ids: string[];
  centre_ids: string[];
}

function toActor(row: ActorRow | undefined, ip: string | null): Actor | null {
  if (!row || !row.active || !isRole(row.role)) return null;
  const required = row.settings.requireTwoFactorRoles ?? [];
  return {
    userId: row.id,
    name: row.name,
    role: row.role,
    organisationId: row.organisation_id,
    scope: roleScope[row.role],
    teamIds: row.team_ids,
    centreIds: row.centre_ids,
    ip,
    mustSetUpTwoFactor: required.includes(row.role) && !row.two_factor_enabled,
    mustChangePassword: row.must_change_password,
  };
}

/** Load the actor for a signed-in user id: role, teams and the organisation's 2FA policy. */
export async function loadActor(db: Kysely<Database>, userId: string, ip: string | null): Promise<Actor | null> {
  const row = await db
    .selectFrom('app_user as u')
    .innerJoin('organisation as o', 'o.id', 'u.organisation_id')
    .select(actorColumns)
    .where('u.id', '=', userId)
    .executeTakeFirst();
  return toActor(row, ip);
}

/**
 * The actor of a live session, in one round trip: the session row must still exist and be
 * unexpired (sign-out and revocation delete it), the user must still be active. Also returns
 * when the session expires, so the caller can hand a session due for its sliding renewal to
 * the authentication library.
 */
export async function loadSessionActor(
  db: Kysely<Database>,
  sessionToken: string,
  ip: string | null,
): Promise<{ actor: Actor | null; expiresAt: Date } | null> {
  const row = await db
    .selectFrom('auth_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .innerJoin('organisation as o', 'o.id', 'u.organisation_id')
    .select([...actorColumns, 's.expires_at'])
    .where('s.token', '=', sessionToken)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
  return row ? { actor: toActor(row, ip), expiresAt: row.expires_at } : null;
}
