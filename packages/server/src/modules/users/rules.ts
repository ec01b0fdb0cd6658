import { assignableRoles, type Role } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError, forbidden } from '../../platform/errors.js';

export function assertAssignable(actorRole: Role, role: Role): void {
  if (!assignableRoles(actorRole).includes(role)) throw forbidden();
}

export async function assertTeamsInOrganisation(data: ScopedData, organisationId: string, teamIds: string[]): Promise<void> {
  if (!teamIds.length) return;
  const found = await data.selectFrom('team').select('id').where('organisation_id', '=', organisationId).where('archived_at', 'is', null).where('id', 'in', teamIds).execute();
  if (found.length !== new Set(teamIds).size) {
    throw new AppError('validation.failed', 'Unknown team', [{ field: 'teamIds', key: 'validation.team_unknown' }]);
  }
}
