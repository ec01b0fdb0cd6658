import type { TAddHouseholdMemberRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { checkLookupValues, checkPeopleInScope, FieldErrors } from '../people/references.js';
import { makeHead } from './members.js';

/**
 * Add a registered person (in the caller's scope) to a household, with their relationship to
 * the head; making them head makes the previous head an ordinary member. Audited on the
 * household and on the person.
 */
export async function addMember(data: ScopedData, householdId: string, input: TAddHouseholdMemberRequest): Promise<void> {
  const household = await data.get('household', householdId);
  const errors = new FieldErrors();
  await checkPeopleInScope(data, errors, household.organisation_id, [{ field: 'personId', id: input.personId }]);
  await checkLookupValues(data, errors, household.organisation_id, 'relationship', [{ field: 'relationship', value: input.relationship }]);
  errors.throwIfAny();

  const already = await data.tx.selectFrom('household_member').select('id')
    .where('household_id', '=', householdId).where('person_id', '=', input.personId).where('left_at', 'is', null).executeTakeFirst();
  if (already) throw new AppError('household.already_member', undefined, [{ field: 'personId', key: 'errors.household.already_member' }]);

  const isHead = input.isHead ?? false;
  const previousHead = isHead ? await makeHead(data, householdId, input.personId) : null;
  const memberId = crypto.randomUUID();
  const relationship = input.relationship ?? null;
  await data.tx.insertInto('household_member').values({ id: memberId, household_id: householdId, person_id: input.personId, relationship, is_head: isHead, left_at: null }).execute();

  const member = { memberId, personId: input.personId, relationship, isHead };
  await data.audit({
    action: 'member.add', recordType: 'household', recordId: householdId,
    changes: { member: { before: null, after: member }, ...(previousHead && { head: { before: previousHead, after: input.personId } }) },
  });
  await data.audit({ action: 'member.add', recordType: 'person', recordId: input.personId, changes: { household: { before: null, after: { householdId, ...member } } } });
}
