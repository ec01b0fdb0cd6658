import { scoreAssessment, type TAnswers, type TClosureGuidance } from '@homeward/core';
import type { Kysely } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { Database } from '../../platform/db/schema.js';
import { getAssessmentRow, presentSummaries, type AssessmentRow } from './assessment-queries.js';
import { definitionOf } from './instrument-queries.js';

/**
 * The final assessment of a case: its latest submitted assessment on an instrument with a
 * closure threshold (MoSVY family, form 6). A fact over the whole case, whoever took it, like
 * the other pathway facts; `closure_met` was stored when it was submitted.
 */
export async function finalAssessmentOf(db: Kysely<Database>, caseId: string): Promise<{ id: string; met: boolean } | null> {
  const row = await db.selectFrom('assessment').select(['id', 'closure_met'])
    .where('case_id', '=', caseId).where('status', '=', 'submitted').where('archived_at', 'is', null).where('closure_met', 'is not', null)
    .orderBy('assessed_on', 'desc').orderBy('submitted_at', 'desc').executeTakeFirst();
  return row ? { id: row.id, met: row.closure_met === true } : null;
}

/**
 * What to show when a case moves to closure: the final assessment and how it stands against its
 * closure threshold. A closed case shows the one its closure was recorded with.
 */
export async function closureGuidance(data: ScopedData, caseId: string): Promise<TClosureGuidance> {
  const kase = await data.get('case_file', caseId);
  const recorded = kase.stage === 'closed' ? kase.closure_assessment_id : null;
  const finalId = recorded ?? (await finalAssessmentOf(data.tx, caseId))?.id;
  if (!finalId) return { assessment: null, threshold: null };
  const row: AssessmentRow = await getAssessmentRow(data, finalId);
  const instrument = await data.tx.selectFrom('instrument').select('definition').where('id', '=', row.instrument_id).executeTakeFirstOrThrow();
  const definition = definitionOf(instrument);
  const score = scoreAssessment(definition, (row.answers ?? {}) as TAnswers);
  const rule = definition.thresholds.find((t) => t.allowsClosure)!;
  const actual = rule.on === 'total' ? score.total : (score.sections.find((s) => s.key === rule.on)?.score ?? 0);
  const result = score.thresholds.find((t) => t.key === rule.key)!;
  const [assessment] = await presentSummaries(data.tx, [row]);
  return { assessment: assessment!, threshold: { ...result, op: rule.op, value: rule.value, actual } };
}
