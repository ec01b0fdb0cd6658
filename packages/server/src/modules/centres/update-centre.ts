import type { TUpdateCentreRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { diff } from '../../platform/audit/audit.js';
import { FieldErrors } from '../people/references.js';
import { centreColumns, centreSearchText, checkCentreFields } from './centre-fields.js';
import { lockCentre } from './centre-queries.js';

/** Edit a centre's registry facts; 409 when edited on an old version. */
export async function updateCentre(data: ScopedData, id: string, input: TUpdateCentreRequest): Promise<void> {
  const before = await lockCentre(data, id, input.version);
  const errors = new FieldErrors();
  await checkCentreFields(data, errors, {
    ...input, mosvyRegistered: input.mosvyRegistered ?? before.mosvy_registered,
    mosvyRegistrationNumber: input.mosvyRegistrationNumber === undefined ? before.mosvy_registration_number : input.mosvyRegistrationNumber,
  }, { type: before.type });
  errors.throwIfAny();
  const cols = centreColumns(input);
  // jsonb columns arrive as JSON text: compare them as values, so an unchanged list is no change.
  const same = (a: unknown, b: unknown) => b === undefined || JSON.stringify(a) === b;
  const unchangedJson = new Set([
    same(before.director, cols.director) && 'director', same(before.key_staff, cols.key_staff) && 'key_staff', same(before.donors, cols.donors) && 'donors',
  ]);
  const patch = Object.fromEntries(Object.entries(cols).filter(([k, v]) => v !== undefined && !unchangedJson.has(k)));
  if (Object.keys(diff<object>(before, patch)).length === 0) return;
  const nameKm = input.nameKm ?? before.name_km;
  const nameLatin = input.nameLatin === undefined ? before.name_latin : input.nameLatin;
  await data.update('centre', id, { ...patch, search_text: centreSearchText(nameKm, nameLatin), version: before.version + 1, updated_at: new Date() });
}
