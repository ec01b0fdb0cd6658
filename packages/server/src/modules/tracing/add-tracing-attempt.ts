import { todayIso, type TCreateTracingAttemptRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { assertNotFuture } from '../casework/case-access.js';
import { checkPlaces, FieldErrors } from '../people/references.js';
import { assertRequestOpen, lockTracingRequest } from './request-access.js';

/**
 * Record an attempt on an open request: the day (not in the future), method, place, who was
 * asked, what came of it. A "found" result is a lead to act on; the request becomes found only
 * when the person is recorded (see record-found-relative).
 */
export async function addTracingAttempt(data: ScopedData, requestId: string, input: TCreateTracingAttemptRequest): Promise<string> {
  const { request } = await lockTracingRequest(data, requestId);
  assertRequestOpen(request);
  assertNotFuture(input.attemptedOn, todayIso(), 'attemptedOn');
  const errors = new FieldErrors();
  await checkPlaces(data, errors, { placeCode: input.placeCode });
  errors.throwIfAny();
  const id = crypto.randomUUID();
  await data.insert('tracing_attempt', {
    id, request_id: requestId, case_id: request.case_id, organisation_id: request.organisation_id, team_id: request.team_id,
    caseworker_id: request.caseworker_id, centre_id: request.centre_id, attempted_on: input.attemptedOn, method: input.method,
    place_code: input.placeCode ?? null, contact_person: input.contactPerson ?? null, outcome: input.outcome, result: input.result, recorded_by: data.actor.userId,
  });
  await data.update('tracing_request', requestId, { version: request.version + 1, updated_at: new Date() }, { details: { attemptId: id } });
  return id;
}
