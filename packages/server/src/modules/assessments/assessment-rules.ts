import { can, checkAnswers, todayIso, type AnswerProblem, type FieldError, type TAnswers, type TInstrumentDefinition, type TInstrumentSubject, type TAssessmentSubjectType } from '@homeward/core';
import { sql } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { getAssessmentRow, type AssessmentRow } from './assessment-queries.js';

/** A 400 naming the fields at fault; thrown inside the transaction, so nothing is changed. */
export const invalid = (...fields: FieldError[]): AppError => new AppError('validation.failed', 'The request is not valid', fields);

/** What an instrument is about → what an assessment on it is of. */
export const subjectTypeOf = (subject: string): TAssessmentSubjectType =>
  ({ child: 'person', young_person: 'person', household: 'household', centre: 'centre' } as const satisfies Record<TInstrumentSubject, TAssessmentSubjectType>)[subject as TInstrumentSubject];

/** Translation keys of answer problems (written out, so the i18n check sees them). */
const answerProblemKey = {
  required: 'validation.required',
  reason_required: 'validation.reason_required',
  out_of_range: 'validation.out_of_range',
  wrong_type: 'validation.wrong_type',
  unknown_item: 'validation.unknown_item',
} as const satisfies Record<AnswerProblem['code'], string>;

/** 400 listing each answer at fault as `answers.<item key>`; a draft is checked for shape only. */
export function assertAnswers(definition: TInstrumentDefinition, answers: TAnswers, final: boolean): void {
  const problems = checkAnswers(definition, answers, final);
  if (problems.length) {
    throw new AppError('validation.failed', 'Some answers are missing or not valid',
      problems.map((p) => ({ field: `answers.${p.itemKey}`, key: answerProblemKey[p.code], params: { code: p.code } })));
  }
}

export function assertAssessedOn(date: string): void {
  if (date > todayIso()) throw invalid({ field: 'assessedOn', key: 'validation.date_in_future' });
}

/**
 * A draft the caller may change, locked for this transaction: the assessor, the caseworker who
 * holds it now (a reassigned case hands its drafts over), or a supervisor or manager (anyone who
 * approves casework) — a draft is someone's work in progress, not the team's.
 */
export async function lockDraft(data: ScopedData, id: string, rowVersion?: number): Promise<AssessmentRow> {
  await sql`select id from assessment where id = ${id} for update`.execute(data.tx);
  const row = await getAssessmentRow(data, id);
  if (row.status !== 'draft') throw new AppError('assessment.not_draft');
  const mine = row.assessor_id === data.actor.userId || row.caseworker_id === data.actor.userId;
  if (!mine && !can(data.actor.role, 'case.approve')) throw new AppError('auth.forbidden');
  if (rowVersion !== undefined && row.row_version !== rowVersion) throw new AppError('record.conflict');
  return row;
}
