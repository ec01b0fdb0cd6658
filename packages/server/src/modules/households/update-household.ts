import type { TUpdateHouseholdRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { diff } from '../../platform/audit/audit.js';
import { checkPlaces, FieldErrors } from '../people/references.js';
import { currentMembers, lockHouseholdVersion } from './queries.js';

/** Edit a household's details (members have their own routes); 409 when edited on an old version. */
export async function updateHousehold(data: ScopedData, id: string, input: TUpdateHouseholdRequest): Promise<void> {
  const before = await lockHouseholdVersion(data, id, input.version);
  const errors = new FieldErrors();
  await checkPlaces(data, errors, { addressCode: input.addressCode });
  if (input.primaryCaregiverId && input.primaryCaregiverId !== before.primary_caregiver_id) {
    const members = await currentMembers(data, id);
    if (!members.some((m) => m.person_id === input.primaryCaregiverId)) errors.add('primaryCaregiverId', 'validation.caregiver_not_member');
  }
  errors.throwIfAny();
  const patch = {
    name: input.name, address_code: input.addressCode, address_detail: input.addressDetail, livelihood: input.livelihood,
    id_poor_level: input.idPoorLevel, notes: input.notes, primary_caregiver_id: input.primaryCaregiverId,
  };
  if (Object.keys(diff<object>(before, patch)).length === 0) return;
  await data.update('household', id, { ...patch, version: before.version + 1, updated_at: new Date() });
}
