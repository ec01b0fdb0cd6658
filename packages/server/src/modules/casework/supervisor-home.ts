import { stages as allStages, todayIso, type Stage, type TCaseloadRow, type TSupervisorHome } from '@homeward/core';
import { sql } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { followUpOverdueSql } from '../cases/overdue.js';
import { presentApproval, selectApprovals } from './approval-queries.js';
import { HOME_LIST_SIZE } from './caseworker-home.js';
import { presentFollowUp, selectFollowUps } from './follow-up-queries.js';
import { selectTasks } from './list-tasks.js';

const total = sql<number>`count(*) over ()`;

/**
 * The supervisor's home: the caseload in their scope (their team's) per caseworker — open cases
 * by stage, high risk, overdue visits, tasks and emergency foster care past its limit — the
 * overdue visits themselves, and the approvals waiting for them. Five grouped or limited reads
 * on the team and status indexes, plus the caseworkers' names.
 */
export async function supervisorHome(data: ScopedData): Promise<TSupervisorHome> {
  const today = todayIso();
  const caseRows = await data.selectFrom('case_file')
    .select(['caseworker_id', 'stage', sql<number>`count(*)::int`.as('n'), sql<number>`(count(*) filter (where risk_level = 'high'))::int`.as('high')])
    .where('stage', '<>', 'closed').groupBy(['caseworker_id', 'stage']).execute();
  const overdueVisits = await data.selectFrom('follow_up').select(['caseworker_id', sql<number>`count(*)::int`.as('n')])
    .where(followUpOverdueSql('follow_up', today)).groupBy('caseworker_id').execute();
  const overdueTasks = await selectTasks(data, { due: 'overdue' }, today)
    .select(['t.caseworker_id', 't.kind', sql<number>`count(*)::int`.as('n')]).groupBy(['t.caseworker_id', 't.kind']).execute();
  const visitItems = await selectFollowUps(data).where(followUpOverdueSql('follow_up', today))
    .orderBy('due_on').orderBy('id').limit(HOME_LIST_SIZE).execute();
  const approvals = await selectApprovals(data).select(total.as('total'))
    .where('status', '=', 'pending').where('requested_by', '!=', data.actor.userId).orderBy('requested_at').orderBy('id').limit(HOME_LIST_SIZE).execute();

  const byCaseworker = new Map<string, TCaseloadRow>();
  const row = (id: string | null): TCaseloadRow | undefined => {
    if (!id) return undefined;
    let r = byCaseworker.get(id);
    if (!r) {
      r = { caseworker: { id, name: '' }, openCases: 0, highRisk: 0, byStage: [], overdueFollowUps: 0, overdueTasks: 0, emergencyFosterOverdue: 0 };
      byCaseworker.set(id, r);
    }
    return r;
  };
  for (const c of caseRows) {
    const r = row(c.caseworker_id)!;
    r.openCases += Number(c.n);
    r.highRisk += Number(c.high);
    r.byStage.push({ stage: c.stage as Stage, count: Number(c.n) });
  }
  for (const v of overdueVisits) {
    const r = row(v.caseworker_id);
    if (r) r.overdueFollowUps += Number(v.n);
  }
  for (const t of overdueTasks) {
    const r = row(t.caseworker_id);
    if (!r) continue;
    if (t.kind === 'emergency_foster_review') r.emergencyFosterOverdue += Number(t.n);
    else r.overdueTasks += Number(t.n);
  }
  const ids = [...byCaseworker.keys()];
  if (ids.length) {
    const names = await data.tx.selectFrom('app_user').select(['id', 'name']).where('id', 'in', ids).execute();
    for (const n of names) byCaseworker.get(n.id)!.caseworker.name = n.name;
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
