import type { FieldError, TSubmitCarePlanRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { lockOpenCase } from './case-access.js';
import { requestApproval } from './request-approval.js';
import { lockEditablePlan } from './update-care-plan.js';

/**
 * Send a plan to the supervisor. It must be complete — a care option, the best-interests
 * reasoning, at least one goal (409 `care_plan.incomplete` naming what is missing) — and is
 * then frozen until decided.
 */
export async function submitCarePlan(data: ScopedData, planId: string, input: TSubmitCarePlanRequest): Promise<string> {
  const plan = await lockEditablePlan(data, planId, input.version);
  const kase = await lockOpenCase(data, plan.case_id);
  const goal = await data.tx.selectFrom('care_plan_goal').select('id').where('plan_id', '=', planId).where('archived_at', 'is', null).executeTakeFirst();
  const missing: FieldError[] = [];
  if (!plan.care_option) missing.push({ field: 'careOption', key: 'validation.required' });
  if (!plan.best_interests) missing.push({ field: 'bestInterests', key: 'validation.required' });
  if (!goal) missing.push({ field: 'goals', key: 'validation.required' });
  if (missing.length) throw new AppError('care_plan.incomplete', 'The plan is not complete', missing);
  await data.update('care_plan', planId, { status: 'pending_approval', version: plan.version + 1, updated_at: new Date() }, { action: 'submit' });
  const approval = await requestApproval(data, kase, { kind: 'care_plan', subjectId: planId, details: { careOption: plan.care_option }, comment: input.comment });
  return approval.id;
}
