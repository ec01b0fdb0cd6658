import { searchKey, type TCreateCentreRequest, type TUpdateCentreRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { checkLookupValues, checkPeopleInScope, checkPlaces, type FieldErrors } from '../people/references.js';

/** jsonb values go to the driver as JSON text (a JS array would be sent as a PostgreSQL array). */
const json = <T>(value: T): T => JSON.stringify(value) as unknown as T;

type Fields = Partial<Omit<TCreateCentreRequest, 'caseworkerId' | 'endGoal'>>;

/** The checks a centre's fields pass on registration and edit, gathered as field errors. */
export async function checkCentreFields(data: ScopedData, errors: FieldErrors, input: Fields, held: { type?: string } = {}): Promise<void> {
  await checkPlaces(data, errors, { villageCode: input.villageCode });
  await checkLookupValues(data, errors, data.actor.organisationId, 'centre_type', [{ field: 'type', value: input.type }], held.type ? [held.type] : []);
  const people = [
    { field: 'director.personId', id: input.director?.personId },
    ...(input.keyStaff ?? []).map((s, i) => ({ field: `keyStaff.${i}.personId`, id: s.personId })),
  ];
  await checkPeopleInScope(data, errors, data.actor.organisationId, people);
  if (input.mosvyRegistered === false && input.mosvyRegistrationNumber) errors.add('mosvyRegistrationNumber', 'validation.invalid');
  if (input.mouSignedOn && input.mouExpiresOn && input.mouExpiresOn < input.mouSignedOn) errors.add('mouExpiresOn', 'validation.date_before_start');
}

/** The row's columns for the given fields (undefined where not given, so an edit leaves them). */
export function centreColumns(input: Fields | TUpdateCentreRequest) {
  return {
    name_km: input.nameKm, name_latin: input.nameLatin, village_code: input.villageCode, type: input.type,
    mosvy_registered: input.mosvyRegistered, mosvy_registration_number: input.mosvyRegistrationNumber, mou_status: input.mouStatus,
    mou_signed_on: input.mouSignedOn, mou_expires_on: input.mouExpiresOn, last_inspection_on: input.lastInspectionOn, capacity: input.capacity,
    director: input.director === undefined ? undefined : input.director ? json(input.director) : null,
    key_staff: input.keyStaff === undefined ? undefined : json(input.keyStaff),
    donors: input.donors === undefined ? undefined : json(input.donors),
    partner_since: input.partnerSince, engagement: input.engagement, notes: input.notes,
  };
}

export const centreSearchText = (nameKm: string, nameLatin: string | null | undefined): string => searchKey(nameKm, nameLatin);
