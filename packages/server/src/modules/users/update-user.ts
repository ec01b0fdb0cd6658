import type { TUpdateUserRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError, forbidden } from '../../platform/errors.js';
import { assertAssignable, assertTeamsInOrganisation } from './rules.js';

/** Change a person's name, role, teams or whether they may sign in; role and team changes are permission changes. */
export async function updateUser(data: ScopedData, id: string, input: TUpdateUserRequest): Promise<void> {
  const actor = data.actor;
  const user = await data.get('app_user', id);
  if (input.active === false && id === actor.userId) throw new AppError('user.cannot_deactivate_self');
  if (input.role && input.role !== user.role) {
    if (id === actor.userId) throw forbidden();
    assertAssignable(actor.role, input.role);
  }
  if (user.role === 'network_admin' && actor.role !== 'network_admin') throw forbidden();
  await data.update('app_user', id, { name: input.name, role: input.role, active: input.active, updated_at: new Date() }, {
    action: input.role && input.role !== user.role ? 'permission.change' : input.active === false ? 'deactivate' : input.active === true ? 'reactivate' : 'update',
  });
  if (input.teamIds) {
    const teamIds = [...new Set(input.teamIds)];
    await assertTeamsInOrganisation(data, user.organisation_id, teamIds);
    const current = (await data.tx.selectFrom('team_member').select('team_id').where('user_id', '=', id).execute()).map((r) => r.team_id).sort();
    if (JSON.stringify(current) !== JSON.stringify([...teamIds].sort())) {
      await data.tx.deleteFrom('team_member').where('user_id', '=', id).execute();
      if (teamIds.length) await data.tx.insertInto('team_member').values(teamIds.map((team_id) => ({ team_id, user_id: id }))).execute();
      await data.audit({ action: 'permission.change', recordType: 'user', recordId: id, changes: { teamIds: { before: current, after: teamIds } } });
    }
  }
  if (input.active === false) {
    // Deactivation takes effect at once: end every session the person has.
    await data.tx.deleteFrom('auth_session').where('user_id', '=', id).execute();
  }
}
