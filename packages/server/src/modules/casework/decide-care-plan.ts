import type { Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { ApprovalTable } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { lockRow } from './case-access.js';

/**
 * A care plan decided: approved, it comes into force and the plan it replaces is superseded;
 * sent back, it can be edited and submitted again.
 */
export async function decideCarePlan(data: ScopedData, approval: Selectable<ApprovalTable>, decision: 'approved' | 'rejected'): Promise<void> {
  const planId = approval.subject_id!;
  await lockRow(data, 'care_plan', planId);
  const plan = await data.get('care_plan', planId);
  if (plan.status !== 'pending_approval') throw new AppError('approval.not_pending');
  if (decision === 'rejected') {
    await data.update('care_plan', planId, { status: 'rejected', version: plan.version + 1, updated_at: new Date() }, { action: 'reject' });
    return;
  }
  const previous = await data.selectFrom('care_plan').select(['id', 'version']).where('case_id', '=', plan.case_id).where('status', '=', 'approved').execute();
  for (const p of previous) {
    await data.update('care_plan', p.id, { status: 'superseded', version: p.version + 1, updated_at: new Date() }, { action: 'supersede' });
  }
  await data.update('care_plan', planId, {
    status: 'approved', approved_by: data.actor.userId, approved_at: new Date(), version: plan.version + 1, updated_at: new Date(),
  }, { action: 'approve' });
}
