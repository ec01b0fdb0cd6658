import { actionOverdue, todayIso, type TCarePlan, type TCarePlanAction } from '@homeward/core';
import type { Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { CarePlanActionTable } from '../../platform/db/schema.js';
import { iso, isoOrNull, userRefOf } from './refs.js';

type ActionRow = Selectable<CarePlanActionTable>;

export const presentAction = (row: ActionRow, today: string): TCarePlanAction => ({
  id: row.id,
  goalId: row.goal_id,
  caseId: row.case_id,
  description: row.description,
  responsible: row.responsible,
  dueOn: row.due_on,
  status: row.status as TCarePlanAction['status'],
  doneOn: row.done_on,
  overdue: actionOverdue(row.status, row.due_on, today),
});

/**
 * Care plans with their goals and actions (archived ones left out), newest first: of one case,
 * or one plan by id. Three indexed reads, audited as one list of plans.
 */
export async function loadCarePlans(data: ScopedData, where: { caseId: string } | { planId: string }): Promise<TCarePlan[]> {
  let q = data.selectFrom('care_plan').selectAll()
    .select([userRefOf('care_plan.created_by').as('created_by_ref'), userRefOf('care_plan.approved_by').as('approved_by_ref')]);
  q = 'caseId' in where ? q.where('case_id', '=', where.caseId) : q.where('id', '=', where.planId);
  const plans = await q.orderBy('created_at', 'desc').orderBy('id').execute();
  if (plans.length === 0) return [];
  const planIds = plans.map((p) => p.id);
  const goals = await data.tx.selectFrom('care_plan_goal').selectAll()
    .where('plan_id', 'in', planIds).where('archived_at', 'is', null).orderBy('sort_order').orderBy('id').execute();
  const actions = goals.length === 0 ? [] : await data.selectFrom('care_plan_action').selectAll()
    .where('goal_id', 'in', goals.map((g) => g.id)).where('archived_at', 'is', null).orderBy('sort_order').orderBy('id').execute();
  await data.auditList('care_plan', planIds);
  const today = todayIso();
  return plans.map((p) => ({
    id: p.id,
    caseId: p.case_id,
    status: p.status as TCarePlan['status'],
    careOption: p.care_option,
    bestInterests: p.best_interests,
    goals: goals.filter((g) => g.plan_id === p.id).map((g) => ({
      id: g.id,
      description: g.description,
      sortOrder: g.sort_order,
      actions: actions.filter((a) => a.goal_id === g.id).map((a) => presentAction(a, today)),
    })),
    createdBy: p.created_by_ref,
    createdAt: iso(p.created_at),
    approvedBy: p.approved_by_ref,
    approvedAt: isoOrNull(p.approved_at),
    version: p.version,
  }));
}

export async function loadCarePlan(data: ScopedData, planId: string): Promise<TCarePlan> {
  const [plan] = await loadCarePlans(data, { planId });
  if (!plan) throw new Error(`care plan ${planId} vanished inside its own transaction`);
  return plan;
}
