import { defaultFollowUpMonths, scheduleFollowUps } from '@homeward/core';
import type { Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { PlacementTable } from '../../platform/db/schema.js';
import { ownershipOf, type CaseRow } from './case-access.js';

/** The follow-up cadence of the case's organisation: its own setting, or the default. */
export async function followUpMonthsOf(data: ScopedData, organisationId: string): Promise<readonly number[]> {
  const org = await data.tx.selectFrom('organisation').select('settings').where('id', '=', organisationId).executeTakeFirstOrThrow();
  const months = org.settings.followUpMonths;
  return months && months.length > 0 ? months : defaultFollowUpMonths;
}

/** Schedule a placement's follow-up visits from its start date on the organisation's cadence. */
export async function generateFollowUps(data: ScopedData, kase: CaseRow, placement: Selectable<PlacementTable>): Promise<void> {
  const visits = scheduleFollowUps(placement.start_date, await followUpMonthsOf(data, kase.organisation_id));
  for (const v of visits) {
    await data.insert('follow_up', {
      id: crypto.randomUUID(), case_id: kase.id, placement_id: placement.id, ...ownershipOf(kase), sequence: v.sequence, months_after: v.monthsAfter,
      due_on: v.dueOn, status: 'scheduled', done_on: null, progress: null, concerns: null, wellbeing: null, visited_by: null,
      rescheduled_to_id: null, reschedule_reason: null,
    });
  }
}

/** Cancel a case's (or one placement's) visits still scheduled, optionally only those due after a day. */
export async function cancelScheduledFollowUps(data: ScopedData, where: { caseId: string; placementId?: string; dueAfter?: string }): Promise<void> {
  let q = data.selectFrom('follow_up').select(['id', 'version']).where('case_id', '=', where.caseId).where('status', '=', 'scheduled');
  if (where.placementId) q = q.where('placement_id', '=', where.placementId);
  if (where.dueAfter) q = q.where('due_on', '>', where.dueAfter);
  for (const f of await q.execute()) {
    await data.update('follow_up', f.id, { status: 'cancelled', version: f.version + 1, updated_at: new Date() }, { action: 'cancel' });
  }
}
