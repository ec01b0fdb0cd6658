import { todayIso, type Stage, type TCaseworkerHome } from '@homeward/core';
import { sql, type SqlBool } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { followUpOverdueSql } from '../cases/overdue.js';
import { presentApproval, selectApprovals } from './approval-queries.js';
import { presentFollowUp, selectFollowUps } from './follow-up-queries.js';
import { auditTasks, presentTask, selectTasks, withCaseRef } from './list-tasks.js';

/** How many items each short list on a home screen shows (with the total beside it). */
export const HOME_LIST_SIZE = 20;
const total = sql<number>`count(*) over ()`;
const totalOf = (rows: ReadonlyArray<{ total: number | string }>): number => Number(rows[0]?.total ?? 0);

/**
 * The caseworker's home: their own open cases by stage; follow-ups and tasks due today and
 * overdue; the approvals they asked for still waiting. Six reads, each on an index that starts
 * with the caseworker (or requester), in the caller's scope; lists audited.
 */
export async function caseworkerHome(data: ScopedData): Promise<TCaseworkerHome> {
  const me = data.actor.userId;
  const today = todayIso();
  const stages = await data.selectFrom('case_file').select(['stage', sql<number>`count(*)::int`.as('n')])
    .where('caseworker_id', '=', me).where('stage', '<>', 'closed').groupBy('stage').execute();

  const visits = (due: 'today' | 'overdue') => selectFollowUps(data).select(total.as('total')).where('caseworker_id', '=', me)
    .where(due === 'today' ? sql<SqlBool>`(follow_up.status = 'scheduled' and follow_up.due_on = ${today}::date)` : followUpOverdueSql('follow_up', today))
    .orderBy('due_on').orderBy('id').limit(HOME_LIST_SIZE).execute();
  const visitsToday = await visits('today');
  const visitsOverdue = await visits('overdue');

  const tasks = (due: 'today' | 'overdue') => withCaseRef(selectTasks(data, { due, caseworkerId: me }, today)).select(total.as('total'))
    .orderBy('t.due_on').orderBy('t.id').limit(HOME_LIST_SIZE).execute();
  const tasksToday = await tasks('today');
  const tasksOverdue = await tasks('overdue');

  const approvals = await selectApprovals(data).select(total.as('total'))
    .where('requested_by', '=', me).where('status', '=', 'pending').orderBy('requested_at').orderBy('id').limit(HOME_LIST_SIZE).execute();

  const home: TCaseworkerHome = {
    openCases: stages.reduce((n, s) => n + Number(s.n), 0),
    casesByStage: stages.map((s) => ({ stage: s.stage as Stage, count: Number(s.n) })),
    followUps: {
      today: { items: visitsToday.map((r) => presentFollowUp(r, today)), total: totalOf(visitsToday) },
      overdue: { items: visitsOverdue.map((r) => presentFollowUp(r, today)), total: totalOf(visitsOverdue) },
    },
    tasks: {
      today: { items: tasksToday.map((r) => presentTask(r, today)), total: totalOf(tasksToday) },
      overdue: { items: tasksOverdue.map((r) => presentTask(r, today)), total: totalOf(tasksOverdue) },
    },
    pendingApprovals: { items: approvals.map(presentApproval), total: totalOf(approvals) },
  };
  await data.auditList('follow_up', [...home.followUps.today.items, ...home.followUps.overdue.items].map((f) => f.id), { view: 'caseworker_home' });
  await auditTasks(data, [...home.tasks.today.items, ...home.tasks.overdue.items]);
  await data.auditList('approval', home.pendingApprovals.items.map((a) => a.id), { view: 'caseworker_home' });
  return home;
}
