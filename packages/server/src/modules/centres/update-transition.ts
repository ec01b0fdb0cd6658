import type { TUpdateTransitionRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';

/** The transition's end goal, risks and the director's and donor's positions; 409 on an old version. */
export async function updateTransition(data: ScopedData, centreId: string, input: TUpdateTransitionRequest): Promise<void> {
  await data.get('centre', centreId);
  const t = await data.tx.selectFrom('centre_transition').selectAll().where('centre_id', '=', centreId).forUpdate().executeTakeFirstOrThrow();
  if (t.version !== input.version) throw new AppError('record.conflict');
  const patch = { end_goal: input.endGoal, risks: input.risks, director_position: input.directorPosition, donor_position: input.donorPosition };
  await data.update('centre_transition', t.id, { ...patch, version: t.version + 1, updated_at: new Date() });
}
