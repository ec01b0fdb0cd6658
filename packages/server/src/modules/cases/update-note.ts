import { can, type TCaseNote, type TUpdateCaseNoteRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { diff } from '../../platform/audit/audit.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import { checkNoteContent, confidentialColumns, presentNote, selectNotes } from './note-queries.js';
import { lockCase } from './queries.js';
import { FieldErrors } from './rules.js';

/** Correct, archive or restore a note, on the version the change was made from. */
export async function updateNote(data: ScopedData, caseId: string, noteId: string, input: TUpdateCaseNoteRequest): Promise<TCaseNote> {
  const kase = await lockCase(data, caseId);
  const note = await data.get('case_note', noteId);
  if (note.case_id !== caseId) throw notFound();
  if (input.version !== note.version) throw new AppError('record.conflict');
  if (kase.stage === 'closed') throw new AppError('case.closed');
  // Whoever cannot read a confidential note cannot rewrite it blind.
  if (note.confidential && !can(data.actor.role, 'confidential.read')) throw forbidden();

  const before = { type: note.note_type, occurredOn: note.occurred_on, placeCode: note.place_code, decision: note.decision, bestInterests: note.best_interests };
  const after = {
    type: input.type ?? before.type,
    occurredOn: input.occurredOn ?? before.occurredOn,
    placeCode: input.placeCode !== undefined ? input.placeCode : before.placeCode,
    decision: input.decision !== undefined ? input.decision : before.decision,
    bestInterests: input.bestInterests !== undefined ? input.bestInterests : before.bestInterests,
  };
  const errors = new FieldErrors();
  await checkNoteContent(data, errors, kase.organisation_id, after, before);
  errors.throwIfAny();

  const archived_at = input.archived === undefined ? undefined : input.archived ? (note.archived_at ?? new Date()) : null;
  const patch = {
    note_type: after.type, occurred_on: after.occurredOn, place_code: after.placeCode, participants: input.participants,
    narrative: input.narrative, next_steps: input.nextSteps, confidential: input.confidential,
    decision: after.decision, best_interests: after.bestInterests, archived_at,
  };
  const confidential = note.confidential || input.confidential === true;
  const changes = diff(note, patch, confidential ? confidentialColumns : []);
  if (Object.keys(changes).length > 0) {
    await data.tx.updateTable('case_note').set({ ...patch, version: note.version + 1, updated_at: new Date() }).where('id', '=', noteId).execute();
    const action = input.archived === true && !note.archived_at ? 'archive' : input.archived === false && note.archived_at ? 'restore' : 'update';
    await data.audit({ action, recordType: 'case_note', recordId: noteId, changes, details: { caseId } });
  }
  return presentNote(await selectNotes(data).where('n.id', '=', noteId).executeTakeFirstOrThrow(), data.actor);
}
