import { todayIso, type TRescheduleFollowUpRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { invalid } from './case-access.js';
import { lockScheduledFollowUp } from './record-follow-up.js';

/**
 * Move a scheduled or missed visit to another day (today or later), keeping the history: the old
 * row becomes `rescheduled`, with the reason, pointing to a new scheduled row in its place.
 */
export async function rescheduleFollowUp(data: ScopedData, id: string, input: TRescheduleFollowUpRequest): Promise<string> {
  const visit = await lockScheduledFollowUp(data, id, ['scheduled', 'missed']);
  if (input.dueOn < todayIso()) throw invalid({ field: 'dueOn', key: 'validation.date_in_past' });
  const newId = crypto.randomUUID();
  await data.insert('follow_up', {
    id: newId, case_id: visit.case_id, placement_id: visit.placement_id, organisation_id: visit.organisation_id, team_id: visit.team_id,
    caseworker_id: visit.caseworker_id, centre_id: visit.centre_id, sequence: visit.sequence, months_after: visit.months_after, due_on: input.dueOn,
    status: 'scheduled', done_on: null, progress: null, concerns: null, wellbeing: null, visited_by: null, rescheduled_to_id: null, reschedule_reason: null,
  });
  await data.update('follow_up', id, {
    status: 'rescheduled', rescheduled_to_id: newId, reschedule_reason: input.reason, version: visit.version + 1, updated_at: new Date(),
  }, { action: 'reschedule' });
  return newId;
}
