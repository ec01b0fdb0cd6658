import { todayIso, tracingFoundStatuses, type TChangeTracingStatusRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { assertNotFuture } from '../casework/case-access.js';
import { checkPeopleInScope, FieldErrors } from '../people/references.js';
import { invalid, lockTracingRequest, recordStatusChange } from './request-access.js';

/**
 * Move a request to another status with a note, on a day not in the future. Found (or found
 * but unsafe) needs the person found, a registered person in the caller's scope; closing and
 * not-found keep any person already recorded. A closed request can be re-opened.
 */
export async function changeTracingStatus(data: ScopedData, id: string, input: TChangeTracingStatusRequest): Promise<void> {
  const { request } = await lockTracingRequest(data, id, input.version);
  const on = input.changedOn ?? todayIso();
  assertNotFuture(on, todayIso(), 'changedOn');
  if (input.status === request.status) throw invalid({ field: 'status', key: 'tracing.errors.status_unchanged' });
  const found = tracingFoundStatuses.includes(input.status);
  const foundPersonId = input.foundPersonId ?? (found ? request.found_person_id : null);
  if (found) {
    if (!foundPersonId) throw invalid({ field: 'foundPersonId', key: 'tracing.errors.found_person_required' });
    const errors = new FieldErrors();
    await checkPeopleInScope(data, errors, request.organisation_id, [{ field: 'foundPersonId', id: foundPersonId }]);
    errors.throwIfAny();
  } else if (input.foundPersonId) {
    throw invalid({ field: 'foundPersonId', key: 'tracing.errors.found_person_only_when_found' });
  }
  await data.update('tracing_request', id, {
    status: input.status, status_changed_on: on, outcome_note: input.note ?? request.outcome_note,
    found_person_id: found ? foundPersonId : request.found_person_id, version: request.version + 1, updated_at: new Date(),
  }, { details: { status: input.status } });
  await recordStatusChange(data, request, { to: input.status, on, note: input.note ?? null, foundPersonId: found ? foundPersonId : null });
}
