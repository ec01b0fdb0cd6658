import type { Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { ApprovalTable } from '../../platform/db/schema.js';
import { finalAssessmentOf } from '../assessments/closure-guidance.js';
import { moveStage } from '../cases/move-stage.js';
import { lockOpenCase } from './case-access.js';
import { cancelScheduledFollowUps } from './generate-follow-ups.js';
import { withdrawPendingApprovals } from './withdraw-approvals.js';

export interface ClosureDetails {
  reason: string;
  closedOn: string;
  summary: string;
}

/**
 * A closure decided. Approved: the case closes with its date, reason and summary; the active
 * placement ends (`case_closed`), visits still scheduled are cancelled, and other requests still
 * waiting are withdrawn. Sent back: the case carries on.
 */
export async function decideClosure(data: ScopedData, approval: Selectable<ApprovalTable>, decision: 'approved' | 'rejected'): Promise<void> {
  if (decision === 'rejected') return;
  const kase = await lockOpenCase(data, approval.case_id);
  const details = approval.details as unknown as ClosureDetails;
  const active = await data.selectFrom('placement').select(['id', 'version', 'start_date']).where('case_id', '=', kase.id).where('status', '=', 'active').execute();
  for (const p of active) {
    const endDate = p.start_date > details.closedOn ? p.start_date : details.closedOn;
    await data.update('placement', p.id, { status: 'ended', end_date: endDate, end_reason: 'case_closed', version: p.version + 1, updated_at: new Date() }, { action: 'end' });
  }
  await cancelScheduledFollowUps(data, { caseId: kase.id });
  await withdrawPendingApprovals(data, kase.id, approval.id);
  // The final assessment as it stands now is recorded with the closure, met or not: guidance for
  // the supervisor's decision, kept as evidence (form 6).
  const final = await finalAssessmentOf(data.tx, kase.id);
  // The cases module's stage move records the close (and checks the final assessment again).
  await moveStage(data, kase.id, 'closed', null, { closure: { ...details, assessmentId: final?.id ?? null, thresholdMet: final?.met ?? null } });
}
