import { todayIso, type TCreateCounsellingSessionRequest, type TCreateLegalMatterRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { ownershipOfRow } from '../scholarships/person-ref.js';

const invalid = (field: string, key: string) => new AppError('validation.failed', 'The request is not valid', [{ field, key }]);

/** A staff member named as counsellor or adviser must be an active account of the young person's organisation. */
async function checkStaff(data: ScopedData, organisationId: string, field: string, userId: string | null | undefined): Promise<void> {
  if (!userId) return;
  const user = await data.tx.selectFrom('app_user').select('id').where('id', '=', userId).where('organisation_id', '=', organisationId).where('active', '=', true).executeTakeFirst();
  if (!user) throw invalid(field, 'counselling.errors.staff_unknown');
}

/** Record a session with a young person in the caller's scope (404 otherwise): who, when, what kind, and confidential notes. */
export async function recordSession(data: ScopedData, personId: string, input: TCreateCounsellingSessionRequest): Promise<string> {
  const person = await data.get('person', personId);
  if (input.heldOn > todayIso()) throw invalid('heldOn', 'validation.date_future');
  if (!input.counsellorId && !input.counsellorName) throw invalid('counsellorName', 'counselling.errors.counsellor_required');
  await checkStaff(data, person.organisation_id, 'counsellorId', input.counsellorId);
  if (input.legalMatterId) {
    const matter = await data.selectFrom('legal_matter').select('person_id').where('id', '=', input.legalMatterId).executeTakeFirst();
    if (matter?.person_id !== personId) throw invalid('legalMatterId', 'counselling.errors.matter_unknown');
  }
  const id = crypto.randomUUID();
  await data.insert('counselling_session', {
    ...ownershipOfRow(person), id, person_id: personId, kind: input.kind, held_on: input.heldOn, counsellor_id: input.counsellorId ?? null,
    counsellor_name: input.counsellorName ?? null, notes: null, legal_matter_id: input.legalMatterId ?? null, created_by: data.actor.userId, archived_at: null,
  });
  // The notes are written apart and redacted in the audit log, which administrators (not allowed the notes) can read.
  if (input.notes) await data.update('counselling_session', id, { notes: input.notes }, { redact: ['notes'], details: { notes: true } });
  return id;
}

/** Open a legal matter (papers to obtain or correct) for a young person in scope; its history starts open. */
export async function openLegalMatter(data: ScopedData, personId: string, input: TCreateLegalMatterRequest): Promise<string> {
  const person = await data.get('person', personId);
  if (input.openedOn > todayIso()) throw invalid('openedOn', 'validation.date_future');
  if (input.kind === 'other' && !input.description) throw invalid('description', 'counselling.errors.description_required');
  await checkStaff(data, person.organisation_id, 'adviserId', input.adviserId);
  const id = crypto.randomUUID();
  const owner = ownershipOfRow(person);
  await data.insert('legal_matter', {
    ...owner, id, person_id: personId, kind: input.kind, description: input.description ?? null, status: 'open', status_changed_on: input.openedOn,
    opened_on: input.openedOn, resolved_on: null, adviser_id: input.adviserId ?? null, adviser_name: input.adviserName ?? null, created_by: data.actor.userId, archived_at: null,
  });
  await data.insert('legal_matter_status_change', {
    ...owner, id: crypto.randomUUID(), matter_id: id, from_status: null, to_status: 'open', changed_on: input.openedOn, note: null, changed_by: data.actor.userId,
  });
  return id;
}
