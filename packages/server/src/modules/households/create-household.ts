import type { TCreateHouseholdRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { assertCreatedInScope, resolveOwnership } from '../people/ownership.js';
import { checkPlaces, FieldErrors } from '../people/references.js';
import { checkMembers, type MemberInput } from './members.js';

/**
 * Register a household with the people living in it (each in the caller's scope), in a
 * caseload (the caller's unless another is named). The household and its members are one
 * audited `create`; each member's record says they joined.
 */
export async function createHousehold(data: ScopedData, input: TCreateHouseholdRequest): Promise<string> {
  const organisationId = data.actor.organisationId;
  const members: MemberInput[] = (input.members ?? []).map((m) => ({ personId: m.personId, relationship: m.relationship ?? null, isHead: m.isHead ?? false }));
  const errors = new FieldErrors();
  await checkPlaces(data, errors, { addressCode: input.addressCode });
  await checkMembers(data, errors, organisationId, members);
  if (input.primaryCaregiverId && !members.some((m) => m.personId === input.primaryCaregiverId)) {
    errors.add('primaryCaregiverId', 'validation.caregiver_not_member');
  }
  const owner = await resolveOwnership(data, errors, input);
  errors.throwIfAny();

  const id = crypto.randomUUID();
  const rows = members.map((m) => ({ id: crypto.randomUUID(), household_id: id, person_id: m.personId, relationship: m.relationship, is_head: m.isHead, left_at: null }));
  await data.insert('household', {
    ...owner, id, name: input.name ?? null, address_code: input.addressCode ?? null, address_detail: input.addressDetail ?? null,
    livelihood: input.livelihood ?? null, id_poor_level: input.idPoorLevel ?? null, notes: input.notes ?? null,
    primary_caregiver_id: input.primaryCaregiverId ?? null, created_by: data.actor.userId, archived_at: null,
  }, { parts: rows.length ? { members: { before: null, after: members } } : {} });
  if (rows.length) await data.tx.insertInto('household_member').values(rows).execute();
  for (const row of rows) {
    await data.audit({
      action: 'member.add', recordType: 'person', recordId: row.person_id,
      changes: { household: { before: null, after: { householdId: id, memberId: row.id, relationship: row.relationship, isHead: row.is_head } } },
    });
  }
  await assertCreatedInScope(data, 'household', id, input.caseworkerId !== undefined || input.teamId !== undefined);
  return id;
}
