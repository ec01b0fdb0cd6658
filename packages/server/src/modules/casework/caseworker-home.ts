import { todayIso, type Stage, type TCaseworkerHome } from '@homeward/core';
import { sql, type SqlBool } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { followUpOverdueSql } from '../cases/overdue.js';
import { presentApproval, selectApprovals, type ApprovalListRow } from './approval-queries.js';
import { presentFollowUp, selectFollowUps, type FollowUpRow } from './follow-up-queries.js';
import { auditTasks, presentTask, selectTasks, withCaseRef } from './list-tasks.js';

/** How many items each short list on a home screen shows (with the total beside it). */
export const HOME_LIST_SIZE = 20;
const total = sql<number>`count(*) over ()`;
type Counted<R> = Array<R & { total: number }>;
const totalOf = (rows: ReadonlyArray<{ total: number | string }>): number => Number(rows[0]?.total ?? 0);

/**
 * The caseworker's home: their own open cases by stage; follow-ups and tasks due today and
 * overdue; the approvals they asked for still waiting. Six reads, each on an index that starts
 * with the caseworker (or requester), in the caller's scope, sent as one statement (each a JSON
 * array) so the page costs one round trip to the database, not six; lists audited.
 */
export async function caseworkerHome(data: ScopedData): Promise<TCaseworkerHome> {
  const me = data.actor.userId;
  const today = todayIso();
  const stagesQuery = data.selectFrom('case_file').select(['stage', sql<number>`count(*)::int`.as('n')])
    .where('caseworker_id', '=', me).where('stage', '<>', 'closed').groupBy('stage');

  const visits = (due: 'today' | 'overdue') => selectFollowUps(data).select(total.as('total')).where('caseworker_id', '=', me)
    .where(due === 'today' ? sql<SqlBool>`(follow_up.status = 'scheduled' and follow_up.due_on = ${today}::date)` : followUpOverdueSql('follow_up', today))
    .orderBy('due_on').orderBy('id').limit(HOME_LIST_SIZE);
  const tasks = (due: 'today' | 'overdue') => withCaseRef(selectTasks(data, { due, caseworkerId: me }, today)).select(total.as('total'))
    .orderBy('t.due_on').orderBy('t.id').limit(HOME_LIST_SIZE);
  const approvalsQuery = selectApprovals(data).select(total.as('total'))
    .where('requested_by', '=', me).where('status', '=', 'pending').orderBy('requested_at').orderBy('id').limit(HOME_LIST_SIZE);

  const lists = await data.tx.selectNoFrom([
    jsonArrayFrom(stagesQuery).as('stages'),
    jsonArrayFrom(visits('today')).as('visits_today'),
    jsonArrayFrom(visits('overdue')).as('visits_overdue'),
    jsonArrayFrom(tasks('today')).as('tasks_today'),
    jsonArrayFrom(tasks('overdue')).as('tasks_overdue'),
    jsonArrayFrom(approvalsQuery).as('approvals'),
  ]).executeTakeFirstOrThrow();
  // Through JSON, timestamps arrive as ISO strings; the presenters read dates as strings and
  // pass timestamps through iso(), which takes either.
  const stages = lists.stages;
  const visitsToday = lists.visits_today as unknown as Counted<FollowUpRow>;
  const visitsOverdue = lists.visits_overdue as unknown as Counted<FollowUpRow>;
  const tasksToday = lists.tasks_today;
  const tasksOverdue = lists.tasks_overdue;
  const approvals = lists.approvals as unknown as Counted<ApprovalListRow>;

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
