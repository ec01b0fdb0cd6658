import type { TCreateClubRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { assertCreatedInScope } from '../people/ownership.js';
import { FieldErrors } from '../people/references.js';
import { centreExists, programmeOwnership } from '../programmes/ownership.js';
import '../programmes/tables.js';

/** Start a youth club in a centre, supported by the caller unless another facilitator is named. */
export async function createClub(data: ScopedData, input: TCreateClubRequest): Promise<string> {
  const errors = new FieldErrors();
  if (!(await centreExists(data, input.centreId))) errors.add('centreId', 'validation.invalid');
  const owner = await programmeOwnership(data, errors, input.facilitatorId);
  errors.throwIfAny();
  const id = crypto.randomUUID();
  await data.insert('youth_club', {
    id, ...owner, centre_id: input.centreId, name: input.name, founded_on: input.foundedOn ?? null, meeting_schedule: input.meetingSchedule ?? null,
    notes: input.notes ?? null, created_by: data.actor.userId, archived_at: null,
  });
  await assertCreatedInScope(data, 'youth_club', id, input.facilitatorId !== undefined);
  return id;
}
