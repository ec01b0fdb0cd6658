import { todayIso, type TCreateTracingRequest } from '@homeward/core';
import type { Updateable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { TracingRequestTable } from '../../platform/db/schema.js';
import { lockOpenCase, ownershipOf } from '../casework/case-access.js';
import { checkLookupValues, checkPlaces, FieldErrors } from '../people/references.js';
import { recordStatusChange } from './request-access.js';

/** The columns a request's known facts are stored in; fields left out are left alone. */
export function requestColumns(input: Partial<TCreateTracingRequest>): Updateable<TracingRequestTable> {
  const cols: Updateable<TracingRequestTable> = {};
  const set = <K extends keyof TracingRequestTable>(key: K, value: Updateable<TracingRequestTable>[K] | undefined) => {
    if (value !== undefined) cols[key] = value;
  };
  set('relationship', input.relationship);
  set('family_name_km', input.familyNameKm);
  set('given_name_km', input.givenNameKm);
  set('family_name_latin', input.familyNameLatin);
  set('given_name_latin', input.givenNameLatin);
  set('other_names', input.otherNames);
  set('sex', input.sex);
  set('age_years', input.ageYears);
  set('birth_year', input.birthYear);
  set('father_name', input.fatherName);
  set('mother_name', input.motherName);
  set('last_place_code', input.lastPlaceCode);
  set('last_place_detail', input.lastPlaceDetail);
  set('separated_on', input.separatedOn);
  set('separation_reason', input.separationReason);
  set('distinguishing_facts', input.distinguishingFacts);
  set('requested_by', input.requestedBy);
  return cols;
}

/** The lookup and place values of a request, and a name or some other fact to trace by. */
export async function checkRequestInput(data: ScopedData, organisationId: string, input: Partial<TCreateTracingRequest>, held: { relationship?: string } = {}): Promise<void> {
  const errors = new FieldErrors();
  await checkLookupValues(data, errors, organisationId, 'relationship', [{ field: 'relationship', value: input.relationship }], held.relationship ? [held.relationship] : []);
  await checkPlaces(data, errors, { lastPlaceCode: input.lastPlaceCode });
  if (input.birthYear && input.birthYear > Number(todayIso().slice(0, 4))) errors.add('birthYear', 'validation.date_in_future');
  errors.throwIfAny();
}

/** Open a tracing request on a case: who is sought and what is known. Its first timeline entry says it opened. */
export async function createTracingRequest(data: ScopedData, caseId: string, input: TCreateTracingRequest): Promise<string> {
  const kase = await lockOpenCase(data, caseId);
  await checkRequestInput(data, kase.organisation_id, input);
  const id = crypto.randomUUID();
  const today = todayIso();
  await data.insert('tracing_request', {
    ...requestColumns(input), ...ownershipOf(kase), id, case_id: caseId, relationship: input.relationship,
    status: 'open', status_changed_on: today, created_by: data.actor.userId, archived_at: null,
  });
  const request = await data.get('tracing_request', id);
  await recordStatusChange(data, { ...request, status: 'open' }, { to: 'open', on: today, note: null, foundPersonId: null });
  return id;
}
