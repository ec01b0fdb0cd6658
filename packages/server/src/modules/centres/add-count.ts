import { todayIso, type TAddCentreCountRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { FieldErrors } from '../people/references.js';

/** Record how many children (by sex) and staff the centre had on a date; earlier counts stay. */
export async function addCount(data: ScopedData, centreId: string, input: TAddCentreCountRequest): Promise<string> {
  const centre = await data.get('centre', centreId);
  const errors = new FieldErrors();
  if (input.countedOn > todayIso()) errors.add('countedOn', 'validation.date_in_future');
  errors.throwIfAny();
  const id = crypto.randomUUID();
  await data.insert('centre_count', {
    id, centre_id: centreId, organisation_id: centre.organisation_id, counted_on: input.countedOn, girls: input.girls, boys: input.boys,
    staff: input.staff ?? null, notes: input.notes ?? null, recorded_by: data.actor.userId,
  });
  return id;
}
