import { can, confidentialServiceTypes, todayIso, type TCreateServiceRequest, type TServiceRecord } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { assertLookup, assertNotFuture, lockOpenCase, ownershipOf } from './case-access.js';
import { presentService, selectServices } from './service-queries.js';

/** Record a service provided (lookup `service_type`, on a day not in the future). */
export async function recordService(data: ScopedData, caseId: string, input: TCreateServiceRequest): Promise<TServiceRecord> {
  const kase = await lockOpenCase(data, caseId);
  await assertLookup(data, kase.organisation_id, 'service_type', input.serviceType, 'serviceType');
  assertNotFuture(input.providedOn, todayIso(), 'providedOn');
  const id = crypto.randomUUID();
  const confidential = confidentialServiceTypes.has(input.serviceType) || input.confidential === true;
  await data.insert('service_record', {
    id, case_id: caseId, ...ownershipOf(kase), service_type: input.serviceType, provided_on: input.providedOn, provider: input.provider ?? null,
    outcome: input.outcome ?? null, notes: input.notes ?? null, confidential, created_by: data.actor.userId, archived_at: null,
  });
  await data.get('service_record', id);
  return presentService(await selectServices(data).where('id', '=', id).executeTakeFirstOrThrow(), can(data.actor.role, 'confidential.read'));
}
