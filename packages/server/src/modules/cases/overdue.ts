import { sql, type RawBuilder, type SqlBool } from 'kysely';

/*
 * What "overdue" means, in one place, for every screen that shows it — the case list and its
 * filter, the case page, the tasks list, the caseworker's and the supervisor's home — so a case
 * flagged overdue always has the overdue work to show for it, and the other way round:
 *  - a follow-up visit still `scheduled` after its due day (done, missed, rescheduled and
 *    cancelled visits are not);
 *  - an open, dated action of the case's current approved care plan after its due day. Actions
 *    of a draft, waiting, rejected or superseded plan are nobody's work (yet, or any more), and
 *    archived actions or goals are not part of the plan.
 * Each fragment names the alias of the table it reads, so it fits any query.
 */

const col = (alias: string, column: string) => sql.ref(`${alias}.${column}`);

/** A follow-up visit (`f`, an alias or table name) past its due day and not done, missed or replaced. */
export const followUpOverdueSql = (f: string, today: string): RawBuilder<SqlBool> =>
  sql<SqlBool>`(${col(f, 'status')} = 'scheduled' and ${col(f, 'due_on')} < ${today}::date)`;

/** A care-plan action (`a`) that is work to do: open, dated, and part of its case's approved plan. */
export const openApprovedActionSql = (a: string): RawBuilder<SqlBool> =>
  sql<SqlBool>`(${col(a, 'status')} = 'open' and ${col(a, 'due_on')} is not null and ${col(a, 'archived_at')} is null
    and exists (select 1 from care_plan_goal g join care_plan p on p.id = g.plan_id
      where g.id = ${col(a, 'goal_id')} and g.archived_at is null and p.case_id = ${col(a, 'case_id')} and p.status = 'approved'))`;

/** A care-plan action (`a`) of the approved plan, still open after its due day. */
export const actionOverdueSql = (a: string, today: string): RawBuilder<SqlBool> =>
  sql<SqlBool>`(${openApprovedActionSql(a)} and ${col(a, 'due_on')} < ${today}::date)`;

/** A case (`c`) still open with an overdue visit or an overdue action of its approved plan. */
export const caseOverdueSql = (c: string, today: string): RawBuilder<SqlBool> =>
  sql<SqlBool>`(${col(c, 'stage')} <> 'closed' and (
    exists (select 1 from follow_up f where f.case_id = ${col(c, 'id')} and ${followUpOverdueSql('f', today)})
    or exists (select 1 from care_plan_action a where a.case_id = ${col(c, 'id')} and ${actionOverdueSql('a', today)})))`;
