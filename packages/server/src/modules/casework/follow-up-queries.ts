import { followUpOverdue, followUpState, todayIso, type TFollowUp, type TListFollowUpsQuery } from '@homeward/core';
import type { Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { FollowUpTable } from '../../platform/db/schema.js';
import { paginate, type PageOf } from '../../platform/db/paginate.js';
import { followUpOverdueSql } from '../cases/overdue.js';
import { caseRefOf, userRefOf } from './refs.js';

export type FollowUpRow = Selectable<FollowUpTable> & { case_ref: TFollowUp['case']; visited_by_ref: TFollowUp['visitedBy'] };

export const presentFollowUp = (row: FollowUpRow, today: string): TFollowUp => ({
  id: row.id,
  case: row.case_ref,
  placementId: row.placement_id,
  sequence: row.sequence,
  monthsAfter: row.months_after,
  dueOn: row.due_on,
  status: row.status as TFollowUp['status'],
  state: followUpState(row.status, row.due_on, today),
  overdue: followUpOverdue(row.status, row.due_on, today),
  doneOn: row.done_on,
  progress: row.progress,
  concerns: row.concerns,
  wellbeing: row.wellbeing as TFollowUp['wellbeing'],
  visitedBy: row.visited_by_ref,
  missedReason: row.missed_reason,
  rescheduledToId: row.rescheduled_to_id,
  rescheduleReason: row.reschedule_reason,
  caseworkerId: row.caseworker_id,
  version: row.version,
});

/** Follow-ups in the caller's scope with their case and visitor. */
export const selectFollowUps = (data: ScopedData) =>
  data.selectFrom('follow_up').selectAll().select([caseRefOf('follow_up.case_id').as('case_ref'), userRefOf('follow_up.visited_by').as('visited_by_ref')]);

/** A case's visits, all of them (rescheduled ones with the visit that replaced them), by due date. */
export async function listCaseFollowUps(data: ScopedData, caseId: string): Promise<TFollowUp[]> {
  await data.get('case_file', caseId);
  const rows = await selectFollowUps(data).where('case_id', '=', caseId).orderBy('due_on').orderBy('sequence').orderBy('created_at').execute();
  await data.auditList('follow_up', rows.map((r) => r.id), { caseId });
  const today = todayIso();
  return rows.map((r) => presentFollowUp(r, today));
}

/**
 * Visits across the caller's caseload (a supervisor's: the team's), filtered by state and due
 * date, soonest first (done ones latest first).
 */
export async function listFollowUps(data: ScopedData, query: TListFollowUpsQuery): Promise<PageOf<TFollowUp>> {
  const today = todayIso();
  let q = selectFollowUps(data);
  switch (query.status) {
    case 'due':
      q = q.where('status', '=', 'scheduled').where('due_on', '>=', today);
      break;
    case 'overdue':
      q = q.where(followUpOverdueSql('follow_up', today));
      break;
    case 'done':
    case 'missed':
      q = q.where('status', '=', query.status);
      break;
    case undefined:
      q = q.where('status', 'in', ['scheduled', 'done', 'missed']);
      break;
  }
  if (query.from) q = q.where('due_on', '>=', query.from);
  if (query.to) q = q.where('due_on', '<=', query.to);
  if (query.caseworkerId) q = q.where('caseworker_id', '=', query.caseworkerId);
  const direction = query.status === 'done' || query.status === 'missed' ? 'desc' : 'asc';
  const page = await paginate(q, query, (o) => o.orderBy('due_on', direction).orderBy('id'), (r) => presentFollowUp(r, today));
  await data.auditList('follow_up', page.items.map((f) => f.id), { status: query.status ?? 'all' });
  return page;
}

/** One visit as the caller may see it, audited as a read. */
export async function loadFollowUp(data: ScopedData, id: string): Promise<TFollowUp> {
  await data.get('follow_up', id);
  return presentFollowUp(await selectFollowUps(data).where('id', '=', id).executeTakeFirstOrThrow(), todayIso());
}
