import type { ZCarePlanGoalInput } from '@homeward/core';
import type { z } from 'zod';
import { diff } from '../../platform/audit/audit.js';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { invalid, ownershipOf, type CaseRow } from './case-access.js';

type GoalInput = z.output<typeof ZCarePlanGoalInput>;

/**
 * Write a draft plan's goals and actions as given: rows named by id are kept and edited, new
 * ones created, and goals or actions left out archived (never deleted). An id that is not the
 * plan's is a field error, raised before the transaction commits anything.
 */
export async function writeGoals(data: ScopedData, kase: CaseRow, planId: string, goals: readonly GoalInput[]): Promise<void> {
  const existingGoals = await data.tx.selectFrom('care_plan_goal').selectAll().where('plan_id', '=', planId).where('archived_at', 'is', null).execute();
  const existingActions = existingGoals.length === 0 ? [] : await data.selectFrom('care_plan_action').selectAll()
    .where('goal_id', 'in', existingGoals.map((g) => g.id)).where('archived_at', 'is', null).execute();
  const goalById = new Map(existingGoals.map((g) => [g.id, g]));
  const actionById = new Map(existingActions.map((a) => [a.id, a]));
  goals.forEach((g, i) => {
    if (g.id && !goalById.has(g.id)) throw invalid({ field: `goals.${i}.id`, key: 'validation.choice' });
    g.actions.forEach((a, j) => {
      if (a.id && !actionById.has(a.id)) throw invalid({ field: `goals.${i}.actions.${j}.id`, key: 'validation.choice' });
    });
  });

  const keptGoals = new Set<string>();
  const keptActions = new Set<string>();
  for (const [i, g] of goals.entries()) {
    let goalId = g.id;
    if (goalId) {
      const before = goalById.get(goalId)!;
      const changes = diff(before, { description: g.description, sort_order: i });
      if (Object.keys(changes).length) {
        await data.tx.updateTable('care_plan_goal').set({ description: g.description, sort_order: i }).where('id', '=', goalId).execute();
        await data.audit({ action: 'update', recordType: 'care_plan_goal', recordId: goalId, organisationId: kase.organisation_id, changes });
      }
    } else {
      goalId = crypto.randomUUID();
      const values = { id: goalId, plan_id: planId, description: g.description, sort_order: i, archived_at: null };
      await data.tx.insertInto('care_plan_goal').values(values).execute();
      await data.audit({ action: 'create', recordType: 'care_plan_goal', recordId: goalId, organisationId: kase.organisation_id, changes: diff(null, values) });
    }
    keptGoals.add(goalId);
    for (const [j, a] of g.actions.entries()) {
      const fields = { goal_id: goalId, description: a.description, responsible: a.responsible ?? null, due_on: a.dueOn ?? null, sort_order: j };
      if (a.id) {
        keptActions.add(a.id);
        await data.update('care_plan_action', a.id, { ...fields, updated_at: new Date() });
      } else {
        await data.insert('care_plan_action', { id: crypto.randomUUID(), case_id: kase.id, ...ownershipOf(kase), ...fields, done_on: null });
      }
    }
  }
  for (const a of existingActions) {
    if (!keptActions.has(a.id)) await data.update('care_plan_action', a.id, { archived_at: new Date() }, { action: 'archive' });
  }
  for (const g of existingGoals) {
    if (keptGoals.has(g.id)) continue;
    await data.tx.updateTable('care_plan_goal').set({ archived_at: new Date() }).where('id', '=', g.id).execute();
    await data.audit({ action: 'archive', recordType: 'care_plan_goal', recordId: g.id, organisationId: kase.organisation_id });
  }
}
