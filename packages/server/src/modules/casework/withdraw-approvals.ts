import type { ScopedData } from '../../platform/access/scoped-data.js';

/**
 * Withdraw the case's other requests still waiting (the case is closing): a plan waiting goes
 * back to draft, a proposed placement is rejected.
 */
export async function withdrawPendingApprovals(data: ScopedData, caseId: string, exceptId: string): Promise<void> {
  const waiting = await data.selectFrom('approval').select(['id', 'kind', 'subject_id']).where('case_id', '=', caseId).where('status', '=', 'pending').where('id', '!=', exceptId).execute();
  for (const a of waiting) {
    await data.update('approval', a.id, { status: 'withdrawn', decided_by: data.actor.userId, decided_at: new Date(), decision_comment: 'case_closed' }, { action: 'withdraw' });
    if (a.kind === 'care_plan' && a.subject_id) {
      const plan = await data.get('care_plan', a.subject_id);
      await data.update('care_plan', plan.id, { status: 'draft', version: plan.version + 1, updated_at: new Date() });
    }
    if (a.kind === 'placement' && a.subject_id) {
      const placement = await data.get('placement', a.subject_id);
      await data.update('placement', placement.id, { status: 'rejected', version: placement.version + 1, updated_at: new Date() });
    }
  }
}
