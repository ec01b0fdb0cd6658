import { todayIso, type TAddActivityRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { checkLookupValues, FieldErrors } from '../people/references.js';

/** Log a support activity with the centre: its type from the organisation's list, on a day not in the future. */
export async function addActivity(data: ScopedData, centreId: string, input: TAddActivityRequest): Promise<string> {
  const centre = await data.get('centre', centreId);
  const errors = new FieldErrors();
  await checkLookupValues(data, errors, centre.organisation_id, 'centre_activity_type', [{ field: 'type', value: input.type }]);
  if (input.activityOn > todayIso()) errors.add('activityOn', 'validation.date_in_future');
  errors.throwIfAny();
  const id = crypto.randomUUID();
  await data.insert('centre_activity', {
    id, centre_id: centreId, organisation_id: centre.organisation_id, type: input.type, activity_on: input.activityOn, staff: input.staff ?? null,
    participants: input.participants ?? null, participant_count: input.participantCount ?? null, notes: input.notes ?? null,
    follow_up: input.followUp ?? null, recorded_by: data.actor.userId,
  });
  return id;
}
