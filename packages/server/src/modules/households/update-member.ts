import type { TUpdateHouseholdMemberRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { diff } from '../../platform/audit/audit.js';
import { notFound } from '../../platform/errors.js';
import { checkLookupValues, FieldErrors } from '../people/references.js';
import { makeHead } from './members.js';

/**
 * Change a member's relationship to the head, make them head, or record that they left (kept
 * in the household's history; a primary caregiver who leaves is no longer the caregiver).
 * Audited on the household and on the person.
 */
export async function updateMember(data: ScopedData, householdId: string, memberId: string, input: TUpdateHouseholdMemberRequest): Promise<void> {
  const household = await data.get('household', householdId);
  const member = await data.tx.selectFrom('household_member').selectAll().where('id', '=', memberId).where('household_id', '=', householdId).executeTakeFirst();
  if (!member) throw notFound();
  const errors = new FieldErrors();
  await checkLookupValues(data, errors, household.organisation_id, 'relationship', [{ field: 'relationship', value: input.relationship }], member.relationship ? [member.relationship] : []);
  const leaving = input.left === true && member.left_at === null;
  if (input.isHead === true && (member.left_at !== null || leaving)) errors.add('isHead', 'validation.member_left');
  errors.throwIfAny();

  const patch = {
    relationship: input.relationship,
    is_head: input.isHead,
    left_at: leaving ? new Date() : undefined,
  };
  const changes = diff<object>(member, patch);
  if (Object.keys(changes).length === 0) return;
  const previousHead = input.isHead === true && !member.is_head ? await makeHead(data, householdId, member.person_id) : null;
  await data.tx.updateTable('household_member').set(patch).where('id', '=', memberId).execute();
  if (leaving && household.primary_caregiver_id === member.person_id) {
    await data.update('household', householdId, { primary_caregiver_id: null, version: household.version + 1, updated_at: new Date() }, { details: { reason: 'caregiver_left' } });
  }
  const action = leaving ? 'member.leave' : 'member.update';
  const details = { memberId, personId: member.person_id };
  await data.audit({ action, recordType: 'household', recordId: householdId, changes: { ...changes, ...(previousHead && { head: { before: previousHead, after: member.person_id } }) }, details });
  await data.audit({ action, recordType: 'person', recordId: member.person_id, changes, details: { ...details, householdId } });
}
