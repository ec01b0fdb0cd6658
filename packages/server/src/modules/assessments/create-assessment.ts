import type { TCreateAssessmentRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { assertAnswers, assertAssessedOn, invalid, subjectTypeOf } from './assessment-rules.js';
import { definitionOf, loadInstrumentRow } from './instrument-queries.js';

type Ownership = { organisation_id: string; team_id: string | null; caseworker_id: string | null; centre_id: string | null };
const ownershipOf = (r: Ownership): Ownership => ({ organisation_id: r.organisation_id, team_id: r.team_id, caseworker_id: r.caseworker_id, centre_id: r.centre_id });

/**
 * The subject's ownership, read in scope (404 outside it). A centre's assessment sits with the
 * centre: its team and adviser, and the centre itself (so its partner sees it).
 */
async function subjectOwnership(data: ScopedData, subjectType: TCreateAssessmentRequest['subjectType'], subjectId: string): Promise<Ownership> {
  switch (subjectType) {
    case 'person':
      return ownershipOf(await data.get('person', subjectId));
    case 'household':
      return ownershipOf(await data.get('household', subjectId));
    case 'centre': {
      const centre = await data.get('centre', subjectId);
      return { organisation_id: centre.organisation_id, team_id: centre.team_id, caseworker_id: centre.caseworker_id, centre_id: centre.id };
    }
  }
}

/**
 * Start an assessment as a draft on a published instrument version. It sits in the case's
 * caseload when given a case (which must be open and about this child, or a household the child
 * lives in), otherwise in the subject's. Returns its id.
 */
export async function createAssessment(data: ScopedData, input: TCreateAssessmentRequest): Promise<string> {
  const instrument = await loadInstrumentRow(data, input.instrumentId);
  if (instrument.status !== 'published') throw new AppError('instrument.not_published');
  if (subjectTypeOf(instrument.subject) !== input.subjectType) throw invalid({ field: 'subjectType', key: 'validation.subject_mismatch' });
  let owner = await subjectOwnership(data, input.subjectType, input.subjectId);
  if (input.caseId) {
    const kase = await data.get('case_file', input.caseId);
    if (kase.stage === 'closed') throw new AppError('case.closed');
    const about = input.subjectType === 'person'
      ? kase.child_id === input.subjectId
      : (await data.tx.selectFrom('household_member').select('id').where('household_id', '=', input.subjectId)
        .where('person_id', '=', kase.child_id).where('left_at', 'is', null).executeTakeFirst()) !== undefined;
    if (!about) throw invalid({ field: 'caseId', key: 'validation.case_mismatch' });
    owner = ownershipOf(kase);
  }
  assertAssessedOn(input.assessedOn);
  assertAnswers(definitionOf(instrument), input.answers, false);
  const id = crypto.randomUUID();
  await data.insert('assessment', {
    id, instrument_id: instrument.id, subject_type: input.subjectType, subject_id: input.subjectId, case_id: input.caseId ?? null, ...owner,
    status: 'draft', assessed_on: input.assessedOn, answers: input.answers, notes: input.notes ?? null, total: null, section_scores: null,
    closure_met: null, assessor_id: data.actor.userId, submitted_at: null, archived_at: null,
  });
  return id;
}
