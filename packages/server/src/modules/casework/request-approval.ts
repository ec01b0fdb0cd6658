import type { Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { ApprovalTable } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { ownershipOf, type CaseRow } from './case-access.js';
import { notifyApprovers } from './notify.js';

export type ApprovalKind = 'care_plan' | 'placement' | 'closure';

/**
 * Ask for a supervisor's decision: one waiting request of each kind per case (409
 * `approval.already_pending`), the team's supervisors notified.
 */
export async function requestApproval(
  data: ScopedData,
  kase: CaseRow,
  request: { kind: ApprovalKind; subjectId: string | null; details: Record<string, unknown>; comment?: string | undefined },
): Promise<Selectable<ApprovalTable>> {
  const waiting = await data.selectFrom('approval').select('id').where('case_id', '=', kase.id).where('kind', '=', request.kind).where('status', '=', 'pending').executeTakeFirst();
  if (waiting) throw new AppError('approval.already_pending');
  const id = crypto.randomUUID();
  await data.insert('approval', {
    id, case_id: kase.id, ...ownershipOf(kase), kind: request.kind, subject_id: request.subjectId, details: request.details, status: 'pending',
    requested_by: data.actor.userId, request_comment: request.comment ?? null, decided_by: null, decided_at: null, decision_comment: null,
  });
  const approval = await data.get('approval', id);
  await notifyApprovers(data, kase, approval);
  return approval;
}
