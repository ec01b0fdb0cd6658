import { checkClosure, todayIso, type Stage, type TRequestClosureRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { finalAssessmentOf } from '../assessments/closure-guidance.js';
import { assertLookup, assertNotFuture, invalid, lockOpenCase } from './case-access.js';
import { requestApproval } from './request-approval.js';

/**
 * Whether a final assessment is on record: a submitted assessment on the case whose instrument
 * has a closure threshold (MoSVY family, form 6), or a case note of type `final_assessment`
 * (how organisations recorded it before scored assessments, still accepted).
 */
async function hasFinalAssessment(data: ScopedData, caseId: string): Promise<boolean> {
  if (await finalAssessmentOf(data.tx, caseId)) return true;
  const note = await data.selectFrom('case_note').select('id')
    .where('case_id', '=', caseId).where('note_type', '=', 'final_assessment').where('archived_at', 'is', null).executeTakeFirst();
  return note !== undefined;
}

/**
 * Ask to close a case (lookup `closure_reason`, the closing day — not in the future nor before
 * the case opened — and a summary). Goals met, other, and reasons an organisation adds need a
 * final assessment (409 `case.final_assessment_required`); the case closes when approved.
 */
export async function requestClosure(data: ScopedData, caseId: string, input: TRequestClosureRequest): Promise<string> {
  const kase = await lockOpenCase(data, caseId);
  await assertLookup(data, kase.organisation_id, 'closure_reason', input.reason, 'reason');
  assertNotFuture(input.closedOn, todayIso(), 'closedOn');
  if (input.closedOn < kase.opened_on) throw invalid({ field: 'closedOn', key: 'validation.date_before_start' });
  const refusal = checkClosure(kase.stage as Stage, input.reason, { hasFinalAssessment: await hasFinalAssessment(data, caseId) });
  if (refusal === 'needs_final_assessment') throw new AppError('case.final_assessment_required');
  if (refusal) throw new AppError('case.stage_refused', refusal, [{ field: 'reason', key: `pathway.refused.${refusal}` }]);
  const approval = await requestApproval(data, kase, { kind: 'closure', subjectId: null, details: { reason: input.reason, closedOn: input.closedOn, summary: input.summary } });
  return approval.id;
}
