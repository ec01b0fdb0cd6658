import type { TCreateRelationRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { checkLookupValues, checkPeopleInScope, FieldErrors } from './references.js';

/**
 * Record that `relativeId` is `relationship` of the person (a grandmother in another province:
 * `grandparent`) — kin outside the household, where kinship care and tracing start from. Both
 * people must be in the caller's scope and organisation. Audited on both people.
 */
export async function addRelation(data: ScopedData, personId: string, input: TCreateRelationRequest): Promise<void> {
  const person = await data.get('person', personId);
  const errors = new FieldErrors();
  if (input.relativeId === personId) errors.add('relativeId', 'validation.relation_self');
  else await checkPeopleInScope(data, errors, person.organisation_id, [{ field: 'relativeId', id: input.relativeId }]);
  await checkLookupValues(data, errors, person.organisation_id, 'relationship', [{ field: 'relationship', value: input.relationship }]);
  errors.throwIfAny();

  // Either direction of the same link counts: A is B's grandparent is recorded once.
  const existing = await data.tx.selectFrom('person_relation').select('id')
    .where((eb) => eb.or([
      eb.and([eb('person_id', '=', personId), eb('relative_id', '=', input.relativeId)]),
      eb.and([eb('person_id', '=', input.relativeId), eb('relative_id', '=', personId)]),
    ]))
    .where('relationship', '=', input.relationship).where('archived_at', 'is', null).executeTakeFirst();
  if (existing) throw new AppError('person.relation_exists', undefined, [{ field: 'relativeId', key: 'errors.person.relation_exists' }]);

  const id = crypto.randomUUID();
  await data.tx.insertInto('person_relation').values({ id, person_id: personId, relative_id: input.relativeId, relationship: input.relationship, archived_at: null }).execute();
  const link = { relationId: id, personId, relativeId: input.relativeId, relationship: input.relationship };
  await data.audit({ action: 'relation.add', recordType: 'person', recordId: personId, changes: { relation: { before: null, after: link } } });
  await data.audit({ action: 'relation.add', recordType: 'person', recordId: input.relativeId, changes: { relation: { before: null, after: link } } });
}
