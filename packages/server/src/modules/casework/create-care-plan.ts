import type { ZCreateCarePlanRequest } from '@homeward/core';
import type { z } from 'zod';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { assertLookup, lockOpenCase, ownershipOf } from './case-access.js';
import { writeGoals } from './plan-goals.js';

/**
 * Start a draft care plan: the care option chosen in the child's best interests, goals and
 * their actions. One plan is worked on at a time (409 `care_plan.open_plan_exists`); an approved
 * plan stays in force until a new one is approved.
 */
export async function createCarePlan(data: ScopedData, caseId: string, input: z.output<typeof ZCreateCarePlanRequest>): Promise<string> {
  const kase = await lockOpenCase(data, caseId);
  if (input.careOption) await assertLookup(data, kase.organisation_id, 'care_type', input.careOption, 'careOption');
  const open = await data.selectFrom('care_plan').select('id').where('case_id', '=', caseId).where('status', 'in', ['draft', 'pending_approval', 'rejected']).executeTakeFirst();
  if (open) throw new AppError('care_plan.open_plan_exists');
  const id = crypto.randomUUID();
  await data.insert('care_plan', {
    id, case_id: caseId, ...ownershipOf(kase), status: 'draft', care_option: input.careOption ?? null, best_interests: input.bestInterests ?? null,
    created_by: data.actor.userId, approved_by: null, approved_at: null,
  });
  await writeGoals(data, kase, id, input.goals);
  return id;
}
