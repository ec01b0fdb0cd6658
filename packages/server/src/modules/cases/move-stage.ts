/**
 * moveStage — the one way to move a case between stages, for this module's stage route and
 * for the casework module (placement, follow-up and closure).
 *
 * Contract
 * - `moveStage(data, caseId, to, reason, options?)` runs inside the caller's transaction
 *   (`data` from `withScopedData`) and lets the caller do more in that transaction (insert the
 *   placement first: the facts are read in the same transaction and see it).
 * - The case is read through `data` (scope applied: `record.not_found` outside it) and locked
 *   `for update` until the transaction ends. Authorisation of the action (`case.write`,
 *   approvals) is the caller's.
 * - `options.version`, when given, must equal the case's version, or `record.conflict` (409).
 * - Open → open moves follow `checkStageMove` with facts from the database: an approved
 *   care plan exists (`care_plan.status = 'approved'`), an active placement exists
 *   (`placement.status = 'active'`). Going back needs a `reason`.
 * - `to = 'closed'` needs `options.closure` ({ reason: a `closure_reason` lookup value, closedOn,
 *   summary }) and follows `checkClosure`: a final assessment (a case note of type
 *   `final_assessment`, not archived, or a submitted assessment on the case whose instrument has
 *   a closure threshold) unless the reason is in `closureWithoutFinalAssessment`.
 *   Without `options.closure` a close is refused (`close_use_closure`). Ending placements and
 *   follow-ups on closure is the caller's.
 * - Re-opening is not a move: `POST /api/cases/:id/reopen` (reopen-case.ts).
 * - A refusal throws `case.stage_refused` (409) with one field error
 *   `{ field: 'to', key: 'pathway.refused.<refusal>' }`; nothing is written.
 * - On success: `case_file.stage` (and the closure columns), `version + 1`, `updated_at`; one
 *   `case_stage_change` row (from, to, reason, who, when); one audit row `case.stage`
 *   (`case.close` for a closure) with the changed fields. Returns the change.
 */
import { checkClosure, checkStageMove, type Stage, type StageFacts, type StageRefusal } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { lockCase } from './queries.js';
import { recordStageChange, type StageChange } from './stage-change.js';

export interface MoveStageOptions {
  version?: number;
  /** `assessmentId`/`thresholdMet`: the final assessment the closure was decided on, recorded with it. */
  closure?: { reason: string; closedOn: string; summary?: string | null; assessmentId?: string | null; thresholdMet?: boolean | null };
}

export type { StageChange };

export function stageRefused(refusal: StageRefusal): AppError {
  return new AppError('case.stage_refused', `Stage move refused: ${refusal}`, [{ field: 'to', key: `pathway.refused.${refusal}` }]);
}

/**
 * What the pathway rules need to know about a case. Facts, not reads shown to anyone: they are
 * taken over the whole case (the case itself was authorised), whatever the caller's scope.
 */
export async function stageFacts(data: ScopedData, caseId: string): Promise<StageFacts & { hasFinalAssessment: boolean }> {
  const row = await data.tx.selectNoFrom((eb) => [
    eb.exists(eb.selectFrom('care_plan').select('id').where('case_id', '=', caseId).where('status', '=', 'approved')).as('plan'),
    eb.exists(eb.selectFrom('placement').select('id').where('case_id', '=', caseId).where('status', '=', 'active')).as('placement'),
    eb.exists(eb.selectFrom('case_note').select('id').where('case_id', '=', caseId).where('note_type', '=', 'final_assessment').where('archived_at', 'is', null)).as('final'),
    // A submitted assessment on the case with a closure threshold (assessments module) counts too.
    eb.exists(eb.selectFrom('assessment').select('id').where('case_id', '=', caseId).where('status', '=', 'submitted').where('archived_at', 'is', null).where('closure_met', 'is not', null)).as('scored'),
  ]).executeTakeFirstOrThrow();
  return { hasApprovedPlan: Boolean(row.plan), hasActivePlacement: Boolean(row.placement), hasFinalAssessment: Boolean(row.final) || Boolean(row.scored) };
}

export async function moveStage(data: ScopedData, caseId: string, to: Stage, reason: string | null | undefined, options: MoveStageOptions = {}): Promise<StageChange> {
  const kase = await lockCase(data, caseId);
  if (options.version !== undefined && options.version !== kase.version) throw new AppError('record.conflict');
  const from = kase.stage as Stage;
  const why = reason?.trim() || null;
  const facts = await stageFacts(data, caseId);
  const closure = to === 'closed' && from !== 'closed' ? options.closure : undefined;
  const refusal = closure ? checkClosure(from, closure.reason, facts) : checkStageMove(from, to, facts, why ?? undefined);
  if (refusal) throw stageRefused(refusal);
  return recordStageChange(data.tx, data.actor, kase, to, why ?? closure?.reason ?? null, closure
    ? { action: 'case.close', extra: {
      closed_on: closure.closedOn, closure_reason: closure.reason, closure_summary: closure.summary ?? null,
      closure_assessment_id: closure.assessmentId ?? null, closure_threshold_met: closure.thresholdMet ?? null,
    } }
    : { action: 'case.stage' });
}
