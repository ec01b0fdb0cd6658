import { todayIso, type TJoinNetworkRequest, type TUpdateLeaverRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { assertCreatedInScope } from '../people/ownership.js';
import { FieldErrors } from '../people/references.js';
import { programmeOwnership } from '../programmes/ownership.js';
import '../programmes/tables.js';

/**
 * A young person who has left care joins the network, with the contact details they agree to
 * share. They must be a person of the organisation and not a member already.
 */
export async function joinNetwork(data: ScopedData, input: TJoinNetworkRequest): Promise<string> {
  const errors = new FieldErrors();
  const orgId = data.actor.organisationId;
  const person = await data.tx.selectFrom('person').select('id')
    .where('id', '=', input.personId).where('organisation_id', '=', orgId).where('archived_at', 'is', null).executeTakeFirst();
  if (!person) errors.add('personId', 'validation.person_unknown');
  const already = await data.tx.selectFrom('leaver_member').select('id').where('organisation_id', '=', orgId).where('person_id', '=', input.personId).executeTakeFirst();
  if (already) errors.add('personId', 'validation.person_repeated');
  if (input.joinedOn > todayIso()) errors.add('joinedOn', 'validation.date_in_future');
  if (input.leftCareOn && input.leftCareOn > todayIso()) errors.add('leftCareOn', 'validation.date_in_future');
  const owner = await programmeOwnership(data, errors, input.facilitatorId);
  errors.throwIfAny();
  const id = crypto.randomUUID();
  await data.insert('leaver_member', {
    id, ...owner, person_id: input.personId, joined_on: input.joinedOn, left_care_on: input.leftCareOn ?? null, phone: input.phone ?? null,
    telegram: input.telegram ?? null, email: input.email ?? null, share_with_network: input.shareWithNetwork ?? false, notes: input.notes ?? null,
    created_by: data.actor.userId,
  });
  await assertCreatedInScope(data, 'leaver_member', id, input.facilitatorId !== undefined);
  return id;
}

/** Change a member's status, contact details or sharing consent; 409 on an old version. */
export async function updateLeaver(data: ScopedData, id: string, input: TUpdateLeaverRequest): Promise<void> {
  const before = await data.get('leaver_member', id);
  await data.tx.selectFrom('leaver_member').select('id').where('id', '=', id).forUpdate().execute();
  if (before.version !== input.version) throw new AppError('record.conflict');
  const errors = new FieldErrors();
  if (input.leftCareOn && input.leftCareOn > todayIso()) errors.add('leftCareOn', 'validation.date_in_future');
  const owner = input.facilitatorId !== undefined && input.facilitatorId !== before.facilitator_id ? await programmeOwnership(data, errors, input.facilitatorId) : null;
  errors.throwIfAny();
  const pick = <K extends keyof TUpdateLeaverRequest>(k: K) => input[k] !== undefined;
  await data.update('leaver_member', id, {
    ...(pick('status') ? { status: input.status } : {}),
    ...(pick('leftCareOn') ? { left_care_on: input.leftCareOn } : {}),
    ...(pick('phone') ? { phone: input.phone } : {}),
    ...(pick('telegram') ? { telegram: input.telegram } : {}),
    ...(pick('email') ? { email: input.email } : {}),
    ...(pick('shareWithNetwork') ? { share_with_network: input.shareWithNetwork } : {}),
    ...(pick('notes') ? { notes: input.notes } : {}),
    ...(owner ? { facilitator_id: owner.facilitator_id, team_id: owner.team_id } : {}),
    version: before.version + 1, updated_at: new Date(),
  });
}
