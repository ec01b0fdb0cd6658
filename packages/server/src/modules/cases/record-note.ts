import type { TCaseNote, TRecordCaseNoteRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { diff } from '../../platform/audit/audit.js';
import { AppError } from '../../platform/errors.js';
import { checkNoteContent, confidentialColumns, presentNote, selectNotes } from './note-queries.js';
import { lockCase } from './queries.js';
import { FieldErrors } from './rules.js';

/**
 * A note already recorded under the client's id: the same request sent again (an offline outbox
 * replaying after a lost answer) gets that note back, not a copy. An id taken by another case or
 * author is a conflict, never an overwrite.
 */
async function replayed(data: ScopedData, caseId: string, id: string | undefined): Promise<TCaseNote | null> {
  if (!id) return null;
  const existing = await data.tx.selectFrom('case_note').select(['case_id', 'author_id']).where('id', '=', id).executeTakeFirst();
  if (!existing) return null;
  if (existing.case_id !== caseId || existing.author_id !== data.actor.userId) throw new AppError('record.conflict');
  return presentNote(await selectNotes(data).where('n.id', '=', id).executeTakeFirstOrThrow(), data.actor);
}

/** Record a note or contact (a case conference with its decision) on an open case; idempotent by client id. */
export async function recordNote(data: ScopedData, caseId: string, input: TRecordCaseNoteRequest): Promise<TCaseNote> {
  const kase = await lockCase(data, caseId);
  // After the lock, so two sends of one queued note take turns and the second finds the first.
  const earlier = await replayed(data, caseId, input.id);
  if (earlier) return earlier;
  if (kase.stage === 'closed') throw new AppError('case.closed');
  const content = {
    type: input.type, occurredOn: input.occurredOn, placeCode: input.placeCode ?? null,
    decision: input.decision ?? null, bestInterests: input.bestInterests ?? null,
  };
  const errors = new FieldErrors();
  await checkNoteContent(data, errors, kase.organisation_id, content);
  errors.throwIfAny();

  const id = input.id ?? crypto.randomUUID();
  const confidential = input.confidential ?? false;
  const values = {
    id, case_id: caseId, organisation_id: kase.organisation_id, team_id: kase.team_id, caseworker_id: kase.caseworker_id, centre_id: kase.centre_id,
    note_type: content.type, occurred_on: content.occurredOn, place_code: content.placeCode, participants: input.participants ?? null,
    narrative: input.narrative, next_steps: input.nextSteps ?? null, confidential, decision: content.decision,
    best_interests: content.bestInterests, author_id: data.actor.userId, archived_at: null,
  };
  // Written here rather than by data.insert so a confidential text never reaches the audit log.
  await data.tx.insertInto('case_note').values(values).execute();
  await data.audit({ action: 'create', recordType: 'case_note', recordId: id, changes: diff(null, values, confidential ? confidentialColumns : []), details: { caseId } });
  return presentNote(await selectNotes(data).where('n.id', '=', id).executeTakeFirstOrThrow(), data.actor);
}
