import { stageOnPlacement, type Stage } from '@homeward/core';
import type { Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { ApprovalTable } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { lockOpenCase, lockRow } from './case-access.js';
import { centreFollowsPlacement } from './centre-follows-placement.js';
import { cancelScheduledFollowUps, generateFollowUps } from './generate-follow-ups.js';
import { moveStage } from '../cases/move-stage.js';

/**
 * A placement decided. Approved: the placement it replaces ends (with the reason asked for, on
 * the new start date) and its remaining visits are cancelled; the new one becomes active, the
 * case moves to `placement` if it was earlier on the pathway, and the follow-up visits are
 * scheduled on the organisation's cadence; the case and the child take the new carer's centre (or
 * none), so a centre's partner reads the children it cares for. Sent back: the proposal is rejected.
 */
export async function decidePlacement(data: ScopedData, approval: Selectable<ApprovalTable>, decision: 'approved' | 'rejected'): Promise<void> {
  const placementId = approval.subject_id!;
  await lockRow(data, 'placement', placementId);
  const placement = await data.get('placement', placementId);
  if (placement.status !== 'proposed') throw new AppError('approval.not_pending');
  if (decision === 'rejected') {
    await data.update('placement', placementId, { status: 'rejected', version: placement.version + 1, updated_at: new Date() }, { action: 'reject' });
    return;
  }
  const kase = await lockOpenCase(data, placement.case_id);
  const previousEndReason = typeof approval.details.previousEndReason === 'string' ? approval.details.previousEndReason : 'other';
  const previous = await data.selectFrom('placement').select(['id', 'version', 'start_date']).where('case_id', '=', kase.id).where('status', '=', 'active').execute();
  for (const p of previous) {
    const endDate = p.start_date > placement.start_date ? p.start_date : placement.start_date;
    await data.update('placement', p.id, { status: 'ended', end_date: endDate, end_reason: previousEndReason, version: p.version + 1, updated_at: new Date() }, { action: 'end' });
    await cancelScheduledFollowUps(data, { caseId: kase.id, placementId: p.id });
  }
  await data.update('placement', placementId, { status: 'active', version: placement.version + 1, updated_at: new Date() }, { action: 'approve' });
  await centreFollowsPlacement(data, kase, placement.carer_centre_id);
  const to = stageOnPlacement(kase.stage as Stage);
  if (to) await moveStage(data, kase.id, to, 'placement_approved');
  await generateFollowUps(data, { ...kase, centre_id: placement.carer_centre_id }, placement);
}
