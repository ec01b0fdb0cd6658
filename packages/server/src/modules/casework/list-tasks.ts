import { actionOverdue, addDays, EMERGENCY_FOSTER_MAX_MONTHS, emergencyFosterOverdue, todayIso, type TListTasksQuery, type TTask } from '@homeward/core';
import { sql } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { paginate, type PageOf } from '../../platform/db/paginate.js';
import { openApprovedActionSql } from '../cases/overdue.js';
import { caseRefOf } from './refs.js';

export interface TaskFilter {
  due?: 'overdue' | 'today' | 'week' | 'to_today' | undefined;
  caseworkerId?: string | undefined;
}

/**
 * The caller's tasks as one scoped query: open, dated actions of approved plans on open cases,
 * and active emergency foster placements to review by the day their three months are up.
 * `to_today` (for the home screens) is everything due today or before. Callers choose the columns
 * of `t`; `withCaseRef` gives a list its rows.
 */
export function selectTasks(data: ScopedData, filter: TaskFilter, today: string) {
  let actions = data.selectFrom('care_plan_action').select([
    sql<string>`'care_plan_action'`.as('kind'),
    'care_plan_action.id as id',
    'care_plan_action.case_id as case_id',
    sql<string | null>`care_plan_action.description`.as('description'),
    'care_plan_action.responsible as responsible',
    sql<string>`care_plan_action.due_on`.as('due_on'),
    sql<string | null>`null::date`.as('start_date'),
    'care_plan_action.caseworker_id as caseworker_id',
  ])
    // The same rule as the case's overdue flag (cases/overdue.ts): only the approved plan's actions are tasks.
    .where(openApprovedActionSql('care_plan_action'))
    .where(sql<boolean>`exists (select 1 from case_file c where c.id = care_plan_action.case_id and c.stage <> 'closed')`);
  let reviews = data.selectFrom('placement').select([
    sql<string>`'emergency_foster_review'`.as('kind'),
    'placement.id as id',
    'placement.case_id as case_id',
    sql<string | null>`null::text`.as('description'),
    sql<string | null>`null::text`.as('responsible'),
    sql<string>`(placement.start_date + make_interval(months => ${sql.lit(EMERGENCY_FOSTER_MAX_MONTHS)}))::date`.as('due_on'),
    sql<string | null>`placement.start_date`.as('start_date'),
    'placement.caseworker_id as caseworker_id',
  ]).where('placement.status', '=', 'active').where('placement.care_type', '=', 'emergency_foster');
  if (filter.caseworkerId) {
    actions = actions.where('care_plan_action.caseworker_id', '=', filter.caseworkerId);
    reviews = reviews.where('placement.caseworker_id', '=', filter.caseworkerId);
  }
  let q = data.tx.selectFrom(actions.unionAll(reviews).as('t'));
  switch (filter.due) {
    case 'overdue':
      q = q.where('t.due_on', '<', today);
      break;
    case 'today':
      q = q.where('t.due_on', '=', today);
      break;
    case 'week':
      q = q.where('t.due_on', '>=', today).where('t.due_on', '<=', addDays(today, 6));
      break;
    case 'to_today':
      q = q.where('t.due_on', '<=', today);
      break;
    case undefined:
      break;
  }
  return q;
}

/** The rows of a tasks list: every column of `t` and the case each belongs to. */
export const withCaseRef = (q: ReturnType<typeof selectTasks>) => q.selectAll('t').select(caseRefOf('t.case_id').as('case_ref'));

export interface TaskRow {
  kind: string;
  id: string;
  case_id: string;
  description: string | null;
  responsible: string | null;
  due_on: string;
  start_date: string | null;
  caseworker_id: string | null;
  case_ref: TTask['case'];
}

export const presentTask = (row: TaskRow, today: string): TTask => {
  const kind = row.kind === 'emergency_foster_review' && row.start_date ? 'emergency_foster_review' : 'care_plan_action';
  return {
    kind,
    id: row.id,
    case: row.case_ref,
    description: row.description,
    responsible: row.responsible,
    dueOn: row.due_on,
    // Overdue by the same rules the web explains: a task past its day; foster care past its limit.
    overdue: row.start_date ? emergencyFosterOverdue('emergency_foster', row.start_date, today) : actionOverdue('open', row.due_on, today),
    caseworkerId: row.caseworker_id,
  };
};

/** The tasks list (paged, soonest first), audited as a list of the actions and placements shown. */
export async function listTasks(data: ScopedData, query: TListTasksQuery): Promise<PageOf<TTask>> {
  const today = todayIso();
  const q = withCaseRef(selectTasks(data, { due: query.due, caseworkerId: query.caseworkerId }, today));
  const page = await paginate(q, query, (o) => o.orderBy('t.due_on').orderBy('t.id'), (r) => presentTask(r, today));
  await auditTasks(data, page.items);
  return page;
}

export async function auditTasks(data: ScopedData, tasks: TTask[]): Promise<void> {
  await data.auditList('care_plan_action', tasks.filter((t) => t.kind === 'care_plan_action').map((t) => t.id));
  await data.auditList('placement', tasks.filter((t) => t.kind === 'emergency_foster_review').map((t) => t.id));
}
