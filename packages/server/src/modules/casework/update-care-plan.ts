import type { ZUpdateCarePlanRequest } from '@homeward/core';
import type { z } from 'zod';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { assertLookup, lockOpenCase, lockRow } from './case-access.js';
import { writeGoals } from './plan-goals.js';

/** The plan, locked, if it may still be edited: a draft or one sent back, at the version the caller saw. */
export async function lockEditablePlan(data: ScopedData, planId: string, version: number) {
  await lockRow(data, 'care_plan', planId);
  const plan = await data.get('care_plan', planId);
  if (plan.status !== 'draft' && plan.status !== 'rejected') throw new AppError('care_plan.not_editable');
  if (plan.version !== version) throw new AppError('record.conflict');
  return plan;
}

/** Edit a draft or sent-back plan; a plan sent back becomes a draft again. */
export async function updateCarePlan(data: ScopedData, planId: string, input: z.output<typeof ZUpdateCarePlanRequest>): Promise<void> {
  const plan = await lockEditablePlan(data, planId, input.version);
  const kase = await lockOpenCase(data, plan.case_id);
  if (input.careOption) await assertLookup(data, kase.organisation_id, 'care_type', input.careOption, 'careOption');
  await data.update('care_plan', planId, {
    care_option: input.careOption, best_interests: input.bestInterests, status: 'draft', version: plan.version + 1, updated_at: new Date(),
  });
  if (input.goals) await writeGoals(data, kase, planId, input.goals);
}
