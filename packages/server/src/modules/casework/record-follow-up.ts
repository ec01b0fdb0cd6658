import { todayIso, type TRecordFollowUpRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { assertNotFuture, lockRow } from './case-access.js';

/** The visit, locked, if it is still scheduled (409 `follow_up.not_scheduled` otherwise). */
export async function lockScheduledFollowUp(data: ScopedData, id: string, allow: readonly string[] = ['scheduled']) {
  await lockRow(data, 'follow_up', id);
  const visit = await data.get('follow_up', id);
  if (!allow.includes(visit.status)) throw new AppError('follow_up.not_scheduled');
  return visit;
}

/** Record a visit made: the day (not in the future), progress on the plan, new concerns, the child's wellbeing. */
export async function recordFollowUp(data: ScopedData, id: string, input: TRecordFollowUpRequest): Promise<void> {
  const visit = await lockScheduledFollowUp(data, id);
  assertNotFuture(input.doneOn, todayIso(), 'doneOn');
  await data.update('follow_up', id, {
    status: 'done', done_on: input.doneOn, progress: input.progress, concerns: input.concerns ?? null, wellbeing: input.wellbeing,
    visited_by: data.actor.userId, version: visit.version + 1, updated_at: new Date(),
  }, { action: 'record' });
}
