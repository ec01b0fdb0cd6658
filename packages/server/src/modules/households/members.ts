import type { ScopedData } from '../../platform/access/scoped-data.js';
import { checkLookupValues, checkPeopleInScope, type FieldErrors } from '../people/references.js';

export interface MemberInput {
  personId: string;
  relationship: string | null;
  isHead: boolean;
}

/**
 * Members of a new household: each a person in the caller's scope and organisation, listed
 * once, with a relationship from the organisation's list, and at most one head.
 */
export async function checkMembers(data: ScopedData, errors: FieldErrors, organisationId: string, members: ReadonlyArray<MemberInput>): Promise<void> {
  await checkPeopleInScope(data, errors, organisationId, members.map((m, i) => ({ field: `members.${i}.personId`, id: m.personId })));
  await checkLookupValues(data, errors, organisationId, 'relationship', members.map((m, i) => ({ field: `members.${i}.relationship`, value: m.relationship })));
  const seen = new Set<string>();
  members.forEach((m, i) => {
    if (seen.has(m.personId)) errors.add(`members.${i}.personId`, 'validation.person_repeated');
    seen.add(m.personId);
  });
  members.forEach((m, i) => {
    if (m.isHead && members.findIndex((o) => o.isHead) !== i) errors.add(`members.${i}.isHead`, 'validation.one_head');
  });
}

/** Make `personId` the only head of the household now; answers the previous head's person id. */
export async function makeHead(data: ScopedData, householdId: string, personId: string): Promise<string | null> {
  const previous = await data.tx.selectFrom('household_member').select('person_id')
    .where('household_id', '=', householdId).where('left_at', 'is', null).where('is_head', '=', true).where('person_id', '!=', personId).executeTakeFirst();
  if (previous) {
    await data.tx.updateTable('household_member').set({ is_head: false })
      .where('household_id', '=', householdId).where('left_at', 'is', null).where('person_id', '!=', personId).execute();
  }
  return previous?.person_id ?? null;
}
