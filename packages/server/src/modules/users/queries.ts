import type { TUser } from '@homeward/core';
import { ZDigits, ZLocale, ZRole } from '@homeward/core';
import { sql } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';

/** The users query with teams and organisation name, limited to the caller's scope. */
export function selectUsers(data: ScopedData) {
  return data
    .selectFrom('app_user')
    .innerJoin('organisation as o', 'o.id', 'app_user.organisation_id')
    .select([
      'app_user.id', 'app_user.name', 'app_user.email', 'app_user.role', 'app_user.organisation_id',
      'o.name as organisation_name', 'app_user.locale', 'app_user.digits', 'app_user.active',
      'app_user.two_factor_enabled', 'app_user.must_change_password', 'app_user.created_at',
      sql<Array<{ id: string; name: string }>>`coalesce((select json_agg(json_build_object('id', t.id, 'name', t.name) order by t.name)
        from team_member tm join team t on t.id = tm.team_id where tm.user_id = app_user.id and t.archived_at is null), '[]'::json)`.as('teams'),
    ]);
}

type UserRow = Awaited<ReturnType<ReturnType<typeof selectUsers>['executeTakeFirstOrThrow']>>;

export function presentUser(row: UserRow): TUser {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: ZRole.parse(row.role),
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    teams: row.teams,
    locale: ZLocale.catch('km').parse(row.locale),
    digits: ZDigits.catch('latn').parse(row.digits),
    active: row.active,
    twoFactorEnabled: row.two_factor_enabled,
    mustChangePassword: row.must_change_password,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export async function getUser(data: ScopedData, id: string): Promise<TUser> {
  await data.get('app_user', id);
  return presentUser(await selectUsers(data).where('app_user.id', '=', id).executeTakeFirstOrThrow());
}
