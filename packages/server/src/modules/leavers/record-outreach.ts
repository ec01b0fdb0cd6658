import { todayIso, type TRecordOutreachRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { assertCreatedInScope } from '../people/ownership.js';
import { FieldErrors } from '../people/references.js';
import { replaceAttendance } from '../programmes/attendance.js';
import { centreExists, programmeOwnership } from '../programmes/ownership.js';

export const LEAVER_OUTREACH = 'leaver_outreach';

/** Care leavers visited a centre to talk with young people about to leave: who went (attendance), how many took part. */
export async function recordOutreach(data: ScopedData, input: TRecordOutreachRequest): Promise<string> {
  const errors = new FieldErrors();
  if (!(await centreExists(data, input.centreId))) errors.add('centreId', 'validation.invalid');
  if (input.visitedOn > todayIso()) errors.add('visitedOn', 'validation.date_in_future');
  const owner = await programmeOwnership(data, errors, undefined);
  errors.throwIfAny();
  const id = crypto.randomUUID();
  await data.insert('leaver_outreach', {
    id, ...owner, centre_id: input.centreId, visited_on: input.visitedOn, young_people: input.youngPeople, notes: input.notes ?? null, created_by: data.actor.userId,
  });
  await replaceAttendance(data, { type: LEAVER_OUTREACH, id, organisationId: owner.organisation_id }, input.visitorIds);
  await assertCreatedInScope(data, 'leaver_outreach', id, false);
  return id;
}
