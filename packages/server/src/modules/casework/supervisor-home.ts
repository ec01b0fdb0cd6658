import { stages as allStages, todayIso, type Stage, type TCaseloadRow, type TSupervisorHome } from '@homeward/core';
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { followUpOverdueSql } from '../cases/overdue.js';
import { presentApproval, selectApprovals, type ApprovalListRow } from './approval-queries.js';
import { HOME_LIST_SIZE } from './caseworker-home.js';
import { presentFollowUp, selectFollowUps, type FollowUpRow } from './follow-up-queries.js';
import { selectTasks } from './list-tasks.js';

const total = sql<number>`count(*) over ()`;

/**
 * The supervisor's home: the caseload in their scope (their team's) per caseworker — open cases
 * by stage, high risk, overdue visits, tasks and emergency foster care past its limit — the
 * overdue visits themselves, and the approvals waiting for them. Five grouped or limited reads
 * on the team and status indexes (the grouped ones carry the caseworker's name), sent as one
 * statement of JSON arrays: one round trip to the database instead of six.
 */
export async function supervisorHome(data: ScopedData): Promise<TSupervisorHome> {
  const today = todayIso();
  const nameOf = (column: string) => sql<string | null>`(select u.name from app_user u where u.id = ${sql.ref(column)})`.as('name');
  const caseRowsQuery = data.selectFrom('case_file')
    .select(['caseworker_id', 'stage', sql<number>`count(*)::int`.as('n'), sql<number>`(count(*) filter (where risk_level = 'high'))::int`.as('high'), nameOf('caseworker_id')])
    .where('stage', '<>', 'closed').groupBy(['caseworker_id', 'stage']);
  const overdueVisitsQuery = data.selectFrom('follow_up').select(['caseworker_id', sql<number>`count(*)::int`.as('n'), nameOf('caseworker_id')])
    .where(followUpOverdueSql('follow_up', today)).groupBy('caseworker_id');
  const overdueTasksQuery = selectTasks(data, { due: 'overdue' }, today)
    .select(['t.caseworker_id', 't.kind', sql<number>`count(*)::int`.as('n'), nameOf('t.caseworker_id')]).groupBy(['t.caseworker_id', 't.kind']);
  const visitItemsQuery = selectFollowUps(data).where(followUpOverdueSql('follow_up', today))
    .orderBy('due_on').orderBy('id').limit(HOME_LIST_SIZE);
  const approvalsQuery = selectApprovals(data).select(total.as('total'))
    .where('status', '=', 'pending').where('requested_by', '!=', data.actor.userId).orderBy('requested_at').orderBy('id').limit(HOME_LIST_SIZE);
  const lists = await data.tx.selectNoFrom([
    jsonArrayFrom(caseRowsQuery).as('case_rows'),
    jsonArrayFrom(overdueVisitsQuery).as('overdue_visits'),
    jsonArrayFrom(overdueTasksQuery).as('overdue_tasks'),
    jsonArrayFrom(visitItemsQuery).as('visit_items'),
    jsonArrayFrom(approvalsQuery).as('approvals'),
  ]).executeTakeFirstOrThrow();
  const { case_rows: caseRows, overdue_visits: overdueVisits, overdue_tasks: overdueTasks } = lists;
  // Through JSON, timestamps arrive as ISO strings; the presenters read dates as strings and
  // pass timestamps through iso(), which takes either.
  const visitItems = lists.visit_items as unknown as FollowUpRow[];
  const approvals = lists.approvals as unknown as Array<ApprovalListRow & { total: number }>;

  const byCaseworker = new Map<string, TCaseloadRow>();
  const row = (id: string | null, name: string | null): TCaseloadRow | undefined => {
    if (!id) return undefined;
    let r = byCaseworker.get(id);
    if (!r) {
      r = { caseworker: { id, name: name ?? '' }, openCases: 0, highRisk: 0, byStage: [], overdueFollowUps: 0, overdueTasks: 0, emergencyFosterOverdue: 0 };
      byCaseworker.set(id, r);
    }
    return r;
  };
  for (const c of caseRows) {
    const r = row(c.caseworker_id, c.name)!;
    r.openCases += Number(c.n);
    r.highRisk += Number(c.high);
    r.byStage.push({ stage: c.stage as Stage, count: Number(c.n) });
  }
  for (const v of overdueVisits) {
    const r = row(v.caseworker_id, v.name);
    if (r) r.overdueFollowUps += Number(v.n);
  }
  for (const t of overdueTasks) {
    const r = row(t.caseworker_id, t.name);
    if (!r) continue;
    if (t.kind === 'emergency_foster_review') r.emergencyFosterOverdue += Number(t.n);
    else r.overdueTasks += Number(t.n);
  }
  const caseload = [...byCaseworker.values()]
    .map((r) => ({ ...r, byStage: r.byStage.sort((a, b) => allStages.indexOf(a.stage) - allStages.indexOf(b.stage)) }))
    .sort((a, b) => a.caseworker.name.localeCompare(b.caseworker.name) || a.caseworker.id.localeCompare(b.caseworker.id));
  const sum = (f: (r: TCaseloadRow) => number) => caseload.reduce((n, r) => n + f(r), 0);

  const home: TSupervisorHome = {
    caseload,
    overdue: {
      followUps: sum((r) => r.overdueFollowUps),
      tasks: sum((r) => r.overdueTasks),
      emergencyFoster: sum((r) => r.emergencyFosterOverdue),
      followUpItems: visitItems.map((v) => presentFollowUp(v, today)),
    },
    approvals: { items: approvals.map(presentApproval), total: Number(approvals[0]?.total ?? 0) },
  };
  await data.auditList('follow_up', home.overdue.followUpItems.map((f) => f.id), { view: 'supervisor_home' });
  await data.auditList('approval', home.approvals.items.map((a) => a.id), { view: 'supervisor_home' });
  return home;
}
