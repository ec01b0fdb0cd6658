import { todayIso, type TRecordCheckInRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { FieldErrors } from '../people/references.js';

/** How a care leaver is doing on a day, in each outcome domain; earlier check-ins stay. */
export async function recordCheckIn(data: ScopedData, memberId: string, input: TRecordCheckInRequest): Promise<string> {
  const member = await data.get('leaver_member', memberId);
  const errors = new FieldErrors();
  if (input.checkedOn > todayIso()) errors.add('checkedOn', 'validation.date_in_future');
  errors.throwIfAny();
  const id = crypto.randomUUID();
  const values = {
    housing: input.housing, education: input.education, work: input.work, monthly_income_usd: input.monthlyIncomeUsd ?? null, id_documents: input.idDocuments,
    health: input.health, support_network: input.supportNetwork, wellbeing: input.wellbeing,
  };
  await data.tx.insertInto('leaver_check_in').values({
    id, member_id: memberId, organisation_id: member.organisation_id, checked_on: input.checkedOn, ...values, notes: input.notes ?? null, recorded_by: data.actor.userId,
  }).execute();
  await data.audit({ action: 'update', recordType: 'care_leaver', recordId: memberId, changes: { checkIn: { before: null, after: { checkedOn: input.checkedOn, ...values } } } });
  return id;
}
