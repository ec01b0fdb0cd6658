import type { TUpdateClubRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { FieldErrors } from '../people/references.js';
import { programmeOwnership } from '../programmes/ownership.js';
import { lockClub } from './club-queries.js';

/** Rename a club, change its regular schedule, notes or facilitator; 409 on an old version. */
export async function updateClub(data: ScopedData, id: string, input: TUpdateClubRequest): Promise<void> {
  const before = await lockClub(data, id, input.version);
  const errors = new FieldErrors();
  const owner = input.facilitatorId !== undefined && input.facilitatorId !== before.facilitator_id
    ? await programmeOwnership(data, errors, input.facilitatorId) : null;
  errors.throwIfAny();
  await data.update('youth_club', id, {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.foundedOn !== undefined ? { founded_on: input.foundedOn } : {}),
    ...(input.meetingSchedule !== undefined ? { meeting_schedule: input.meetingSchedule } : {}),
    ...(input.notes !== undefined ? { notes: input.notes } : {}),
    ...(owner ? { facilitator_id: owner.facilitator_id, team_id: owner.team_id } : {}),
    version: before.version + 1, updated_at: new Date(),
  });
}
