import { todayIso, type TRecordFoundRelativeRequest, ZRecordFoundRelativeRequest } from '@homeward/core';
import { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { assertNotFuture } from '../casework/case-access.js';
import { addMember } from '../households/add-member.js';
import { createHousehold } from '../households/create-household.js';
import { addRelation } from '../people/add-relation.js';
import { checkLookupValues, checkPeopleInScope, FieldErrors } from '../people/references.js';
import { registerPerson } from '../people/register-person.js';
import { invalid, lockTracingRequest, recordStatusChange } from './request-access.js';

/**
 * The relative found, in one transaction: an existing person (a possible match) or a new one
 * registered through the people module (its checks and audit apply, in the case's caseload);
 * the kin link child → relative recorded; the relative added to the child's household (a new
 * household with both when the child has none); the request set found. Answers the person's id.
 */
export async function recordFoundRelative(data: ScopedData, requestId: string, raw: TRecordFoundRelativeRequest): Promise<string> {
  const input = ZRecordFoundRelativeRequest.parse(raw);
  const { kase, request } = await lockTracingRequest(data, requestId, input.version);
  if (request.status !== 'open') throw invalid({ field: 'status', key: 'tracing.errors.request_not_open' });
  if ((input.personId === undefined) === (input.person === undefined)) throw invalid({ field: 'personId', key: 'tracing.errors.person_or_new_person' });
  const on = input.foundOn ?? todayIso();
  assertNotFuture(on, todayIso(), 'foundOn');
  const relationship = input.relationship ?? request.relationship;
  const errors = new FieldErrors();
  await checkLookupValues(data, errors, kase.organisation_id, 'relationship', [{ field: 'relationship', value: relationship }], [request.relationship]);
  if (input.personId === kase.child_id) errors.add('personId', 'validation.relation_self');
  else await checkPeopleInScope(data, errors, kase.organisation_id, [{ field: 'personId', id: input.personId }]);
  errors.throwIfAny();

  // New records join the case's organisation; a network administrator (scope `all`) acts in it.
  const inCaseOrg = kase.organisation_id === data.actor.organisationId ? data : new ScopedData(data.tx, { ...data.actor, organisationId: kase.organisation_id });
  const personId = input.personId ?? await registerPerson(inCaseOrg, {
    kind: 'adult', sex: request.sex as 'female' | 'male' | 'unknown', ...input.person,
    caseworkerId: kase.caseworker_id, ...(kase.team_id ? { teamId: kase.team_id } : {}),
  });

  // The kin link, unless the same link is already recorded (a person already known as the mother).
  try {
    await addRelation(data, kase.child_id, { relativeId: personId, relationship });
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'person.relation_exists')) throw error;
  }

  if (input.addToHousehold) await joinChildsHousehold(inCaseOrg, kase, personId, relationship);

  await data.update('tracing_request', requestId, {
    status: input.status, status_changed_on: on, found_person_id: personId, outcome_note: input.note ?? request.outcome_note,
    version: request.version + 1, updated_at: new Date(),
  }, { action: 'record', details: { personId, created: input.person !== undefined } });
  await recordStatusChange(data, request, { to: input.status, on, note: input.note ?? null, foundPersonId: personId });
  return personId;
}

/** What the child is to the head of a new household headed by the relative found. */
const childToRelative: Record<string, string> = {
  mother: 'child', father: 'child', step_parent: 'child', grandparent: 'grandchild', aunt_uncle: 'niece_nephew', sibling: 'sibling', cousin: 'cousin',
};

/**
 * Put the relative in the child's current household. Household relationships are to the head:
 * the relative's is known only when the child heads it (otherwise it is left blank; the kin
 * link says it exactly). A child with no household gets one headed by the relative.
 */
async function joinChildsHousehold(data: ScopedData, kase: { child_id: string; caseworker_id: string; team_id: string | null }, personId: string, relationship: string): Promise<void> {
  const current = await data.tx.selectFrom('household_member').select(['household_id', 'is_head'])
    .where('person_id', '=', kase.child_id).where('left_at', 'is', null).orderBy('joined_at', 'desc').executeTakeFirst();
  if (!current) {
    await createHousehold(data, {
      members: [{ personId, isHead: true }, { personId: kase.child_id, relationship: childToRelative[relationship] ?? null, isHead: false }],
      caseworkerId: kase.caseworker_id, ...(kase.team_id ? { teamId: kase.team_id } : {}),
    });
    return;
  }
  const already = await data.tx.selectFrom('household_member').select('id')
    .where('household_id', '=', current.household_id).where('person_id', '=', personId).where('left_at', 'is', null).executeTakeFirst();
  if (!already) await addMember(data, current.household_id, { personId, relationship: current.is_head ? relationship : null });
}
