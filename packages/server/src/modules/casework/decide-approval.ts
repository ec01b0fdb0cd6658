import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { lockCase, lockRow } from './case-access.js';
import { decideCarePlan } from './decide-care-plan.js';
import { decideClosure } from './decide-closure.js';
import { decidePlacement } from './decide-placement.js';
import { notifyRequester } from './notify.js';

/**
 * A supervisor's decision on a request in their scope: never on their own request (403
 * `approval.own_request`), only while it waits (409 `approval.not_pending`). The decision's
 * effects and the requester's notification commit together with it.
 */
export async function decideApproval(data: ScopedData, id: string, decision: 'approved' | 'rejected', comment: string | undefined): Promise<void> {
  await lockRow(data, 'approval', id);
  const approval = await data.get('approval', id);
  if (approval.status !== 'pending') throw new AppError('approval.not_pending');
  if (approval.requested_by === data.actor.userId) throw new AppError('approval.own_request');
  const kind = approval.kind as 'care_plan' | 'placement' | 'closure';
  switch (kind) {
    case 'care_plan':
      await decideCarePlan(data, approval, decision);
      break;
    case 'placement':
      await decidePlacement(data, approval, decision);
      break;
    case 'closure':
      await decideClosure(data, approval, decision);
      break;
  }
  await data.update('approval', id, {
    status: decision, decided_by: data.actor.userId, decided_at: new Date(), decision_comment: comment ?? null,
  }, { action: decision === 'approved' ? 'approve' : 'reject' });
  await notifyRequester(data, await lockCase(data, approval.case_id), approval, decision);
}
