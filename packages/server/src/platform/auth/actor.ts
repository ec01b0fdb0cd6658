import { roleScope, roles, type Role, type Scope } from '@homeward/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { AuditActor } from '../audit/audit.js';

/** The signed-in person a request acts for, as every module sees them. */
export interface Actor extends AuditActor {
  userId: string;
  role: Role;
  organisationId: string;
  name: string;
  scope: Scope;
  teamIds: string[];
  /** Centres a partner works in (filled once the centres module exists). */
  centreIds: string[];
  mustSetUpTwoFactor: boolean;
  mustChangePassword: boolean;
}

const isRole = (r: string): r is Role => (roles as readonly string[]).includes(r);

/** Load the actor for a signed-in user id: role, teams and the organisation's 2FA policy. */
export async function loadActor(db: Kysely<Database>, userId: string, ip: string | null): Promise<Actor | null> {
  const row = await db
    .selectFrom('app_user as u')
    .innerJoin('organisation as o', 'o.id', 'u.organisation_id')
    .select([
      'u.id', 'u.name', 'u.role', 'u.organisation_id', 'u.active', 'u.two_factor_enabled', 'u.must_change_password',
      'o.settings',
      sql<string[]>`coalesce((select array_agg(tm.team_id::text) from team_member tm join team t on t.id = tm.team_id
        where tm.user_id = u.id and t.archived_at is null), '{}')`.as('team_ids'),
    ])
    .where('u.id', '=', userId)
    .executeTakeFirst();
  if (!row || !row.active || !isRole(row.role)) return null;
  const required = row.settings.requireTwoFactorRoles ?? [];
  return {
    userId: row.id,
    name: row.name,
    role: row.role,
    organisationId: row.organisation_id,
    scope: roleScope[row.role],
    teamIds: row.team_ids,
    centreIds: [],
    ip,
    mustSetUpTwoFactor: required.includes(row.role) && !row.two_factor_enabled,
    mustChangePassword: row.must_change_password,
  };
}
