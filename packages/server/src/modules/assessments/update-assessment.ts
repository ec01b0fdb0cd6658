import { scoreAssessment, type TAnswers } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { assertAnswers, assertAssessedOn, lockDraft } from './assessment-rules.js';
import { definitionOf } from './instrument-queries.js';

async function definitionFor(data: ScopedData, instrumentId: string) {
  return definitionOf(await data.tx.selectFrom('instrument').select('definition').where('id', '=', instrumentId).executeTakeFirstOrThrow());
}

/** Save a draft again (any subset of answers, each of the right shape). */
export async function updateAssessment(
  data: ScopedData, id: string, input: { rowVersion: number; assessedOn?: string | undefined; answers: TAnswers; notes?: string | null | undefined },
): Promise<void> {
  const row = await lockDraft(data, id, input.rowVersion);
  assertAnswers(await definitionFor(data, row.instrument_id), input.answers, false);
  if (input.assessedOn) assertAssessedOn(input.assessedOn);
  await data.update('assessment', id, {
    answers: input.answers, ...(input.assessedOn ? { assessed_on: input.assessedOn } : {}), ...(input.notes !== undefined ? { notes: input.notes } : {}),
    row_version: row.row_version + 1, updated_at: new Date(),
  });
}

/**
 * Submit: every required item answered (with a reason where asked), then the total and section
 * scores are computed here, by the same rules the browser shows, and stored with it. Whether a
 * closure threshold was met is kept too, for closure.
 */
export async function submitAssessment(data: ScopedData, id: string, rowVersion: number): Promise<void> {
  const row = await lockDraft(data, id, rowVersion);
  const definition = await definitionFor(data, row.instrument_id);
  const answers = (row.answers ?? {}) as TAnswers;
  assertAnswers(definition, answers, true);
  const score = scoreAssessment(definition, answers);
  const closure = score.thresholds.find((t) => t.allowsClosure);
  await data.update('assessment', id, {
    status: 'submitted', total: score.total, section_scores: JSON.stringify(score.sections), closure_met: closure ? closure.met : null,
    submitted_at: new Date(), row_version: row.row_version + 1, updated_at: new Date(),
  }, { action: 'assessment.submit' });
}

/** Discard a draft: archived, never deleted, like every personal record. */
export async function discardAssessment(data: ScopedData, id: string): Promise<void> {
  const row = await lockDraft(data, id);
  await data.update('assessment', id, { archived_at: new Date(), row_version: row.row_version + 1, updated_at: new Date() }, { action: 'discard' });
}
