import type { TAssignCaseRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { childFollowsCase, moveCaseRecords } from './ownership.js';
import { lockCase } from './queries.js';
import { resolveAssignment } from './rules.js';

/**
 * Give a case to another caseworker (and team): the case, every record under it and the child's
 * household move together in one transaction, each move audited as `case.assign`.
 */
export async function assignCase(data: ScopedData, id: string, input: TAssignCaseRequest): Promise<void> {
  const kase = await lockCase(data, id);
  const owner = await resolveAssignment(data, kase.organisation_id, input);
  if (owner.caseworkerId !== kase.caseworker_id || owner.teamId !== kase.team_id) {
    await data.tx.updateTable('case_file')
      .set({ caseworker_id: owner.caseworkerId, team_id: owner.teamId, version: kase.version + 1, updated_at: new Date() })
      .where('id', '=', id).execute();
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    if (owner.caseworkerId !== kase.caseworker_id) changes.caseworker_id = { before: kase.caseworker_id, after: owner.caseworkerId };
    if (owner.teamId !== kase.team_id) changes.team_id = { before: kase.team_id, after: owner.teamId };
    await data.audit({ action: 'case.assign', recordType: 'case', recordId: id, changes });
  }
  // Also when the case itself did not move: records left behind earlier are brought along.
  await moveCaseRecords(data, id, owner);
  await childFollowsCase(data, kase, owner);
}
