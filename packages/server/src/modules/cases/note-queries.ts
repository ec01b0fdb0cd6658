import { can, type TCaseNote } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { iso } from './queries.js';
import { checkLookups, checkNotFuture, checkVillage, type FieldErrors } from './rules.js';

/** Notes in the caller's scope (applied in the sub-select `n`) with their author's name. */
export function selectNotes(data: ScopedData) {
  return data.tx
    .selectFrom(data.selectFrom('case_note').selectAll().as('n'))
    .leftJoin('app_user as u', 'u.id', 'n.author_id')
    .selectAll('n')
    .select('u.name as author_name');
}

export type NoteRow = Awaited<ReturnType<ReturnType<typeof selectNotes>['executeTakeFirstOrThrow']>>;

/** The text of a confidential note, which the audit log must not copy either. */
export const confidentialColumns = ['narrative', 'decision', 'best_interests'];

/**
 * A note as `reader` may see it: a confidential note's narrative, decision and best-interests
 * reasoning are `null` (and `redacted: true`) for a role without `confidential.read`.
 */
export function presentNote(r: NoteRow, reader: ScopedData['actor']): TCaseNote {
  const redacted = r.confidential && !can(reader.role, 'confidential.read');
  return {
    id: r.id, caseId: r.case_id, type: r.note_type, occurredOn: r.occurred_on, placeCode: r.place_code, participants: r.participants,
    narrative: redacted ? null : r.narrative, nextSteps: r.next_steps, confidential: r.confidential,
    decision: redacted ? null : r.decision, bestInterests: redacted ? null : r.best_interests, redacted,
    author: r.author_id ? { id: r.author_id, name: r.author_name ?? '' } : null,
    version: r.version, archived: r.archived_at !== null, createdAt: iso(r.created_at), updatedAt: iso(r.updated_at),
  };
}

export interface NoteContent {
  type: string;
  occurredOn: string;
  placeCode: string | null;
  decision: string | null;
  bestInterests: string | null;
}

/**
 * A note as it will be stored: a contact type of the organisation's list, not dated in the future,
 * at a village; a decision and best-interests reasoning only on a case conference, which must
 * record its decision. `before` is the stored note (its values stay valid even if retired).
 */
export async function checkNoteContent(data: ScopedData, errors: FieldErrors, organisationId: string, note: NoteContent, before?: NoteContent): Promise<void> {
  await checkLookups(data, errors, organisationId, 'contact_type', 'type', [note.type], [before?.type ?? null]);
  if (note.occurredOn !== before?.occurredOn) checkNotFuture(errors, 'occurredOn', note.occurredOn);
  if (note.placeCode !== before?.placeCode) await checkVillage(data, errors, 'placeCode', note.placeCode);
  if (note.type === 'case_conference') {
    if (!note.decision) errors.add('decision', 'validation.required');
  } else {
    if (note.decision) errors.add('decision', 'validation.only_for_conference');
    if (note.bestInterests) errors.add('bestInterests', 'validation.only_for_conference');
  }
}
