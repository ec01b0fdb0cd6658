import { todayIso, type TUpdateCarePlanActionRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { assertNotFuture, lockOpenCase, lockRow } from './case-access.js';

/**
 * Mark a task done (on `doneOn`, default today — not a future day), cancelled, or open again.
 * Tasks of a superseded plan are history and stay as they were.
 */
export async function updateCarePlanAction(data: ScopedData, actionId: string, input: TUpdateCarePlanActionRequest): Promise<void> {
  await lockRow(data, 'care_plan_action', actionId);
  const action = await data.get('care_plan_action', actionId);
  const plan = await data.tx.selectFrom('care_plan as p').innerJoin('care_plan_goal as g', 'g.plan_id', 'p.id')
    .select(['p.status', 'g.archived_at']).where('g.id', '=', action.goal_id).executeTakeFirstOrThrow();
  if (plan.status === 'superseded' || plan.archived_at !== null || action.archived_at !== null) throw new AppError('care_plan.not_editable');
  await lockOpenCase(data, action.case_id);
  const today = todayIso();
  const doneOn = input.status === 'done' ? (input.doneOn ?? today) : null;
  if (doneOn) assertNotFuture(doneOn, today, 'doneOn');
  await data.update('care_plan_action', actionId, { status: input.status, done_on: doneOn, updated_at: new Date() });
}
