import type { TTracingAttempt, TTracingRequest, TTracingStatusChange, TTracingTimelineEntry } from '@homeward/core';
import { sql, type Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { TracingAttemptTable, TracingRequestTable, TracingStatusChangeTable } from '../../platform/db/schema.js';
import { iso, userRefOf } from '../casework/refs.js';

type RequestRow = Selectable<TracingRequestTable> & { found_person_ref: TTracingRequest['foundPerson'] };
type AttemptRow = Selectable<TracingAttemptTable> & { recorded_by_ref: TTracingAttempt['recordedBy'] };
type ChangeRow = Selectable<TracingStatusChangeTable> & { changed_by_ref: TTracingStatusChange['changedBy'] };

/** The found person's names, read by primary key inside a scoped query. */
const foundPersonRef = sql<TTracingRequest['foundPerson']>`(
  select json_build_object('id', p.id,
    'nameKm', nullif(concat_ws(' ', p.family_name_km, p.given_name_km), ''),
    'nameLatin', nullif(concat_ws(' ', p.family_name_latin, p.given_name_latin), ''))
  from person p where p.id = tracing_request.found_person_id)`;

const selectRequests = (data: ScopedData) => data.selectFrom('tracing_request').selectAll().select(foundPersonRef.as('found_person_ref'));
const selectAttempts = (data: ScopedData) => data.selectFrom('tracing_attempt').selectAll().select(userRefOf('tracing_attempt.recorded_by').as('recorded_by_ref'));
const selectChanges = (data: ScopedData) => data.selectFrom('tracing_status_change').selectAll().select(userRefOf('tracing_status_change.changed_by').as('changed_by_ref'));

export const presentAttempt = (r: AttemptRow): TTracingAttempt => ({
  id: r.id, requestId: r.request_id, attemptedOn: r.attempted_on, method: r.method as TTracingAttempt['method'], placeCode: r.place_code,
  contactPerson: r.contact_person, outcome: r.outcome, result: r.result as TTracingAttempt['result'], recordedBy: r.recorded_by_ref, createdAt: iso(r.created_at),
});

const presentChange = (r: ChangeRow): TTracingStatusChange => ({
  id: r.id, fromStatus: r.from_status as TTracingStatusChange['fromStatus'], toStatus: r.to_status as TTracingStatusChange['toStatus'], changedOn: r.changed_on,
  note: r.note, foundPersonId: r.found_person_id, changedBy: r.changed_by_ref, createdAt: iso(r.created_at),
});

/** Attempts and status changes merged by day, then by when they were recorded. */
export function timelineOf(attempts: TTracingAttempt[], changes: TTracingStatusChange[]): TTracingTimelineEntry[] {
  const entries: TTracingTimelineEntry[] = [
    ...attempts.map((attempt) => ({ kind: 'attempt' as const, on: attempt.attemptedOn, attempt })),
    ...changes.map((change) => ({ kind: 'status' as const, on: change.changedOn, change })),
  ];
  const recorded = (e: TTracingTimelineEntry) => (e.kind === 'attempt' ? e.attempt.createdAt : e.change.createdAt);
  return entries.sort((a, b) => a.on.localeCompare(b.on) || recorded(a).localeCompare(recorded(b)));
}

function presentRequest(r: RequestRow, attempts: TTracingAttempt[], changes: TTracingStatusChange[]): TTracingRequest {
  return {
    id: r.id, caseId: r.case_id, relationship: r.relationship,
    familyNameKm: r.family_name_km, givenNameKm: r.given_name_km, familyNameLatin: r.family_name_latin, givenNameLatin: r.given_name_latin,
    otherNames: r.other_names, sex: r.sex as TTracingRequest['sex'], ageYears: r.age_years, birthYear: r.birth_year,
    fatherName: r.father_name, motherName: r.mother_name, lastPlaceCode: r.last_place_code, lastPlaceDetail: r.last_place_detail,
    separatedOn: r.separated_on, separationReason: r.separation_reason, distinguishingFacts: r.distinguishing_facts, requestedBy: r.requested_by,
    status: r.status as TTracingRequest['status'], statusChangedOn: r.status_changed_on, outcomeNote: r.outcome_note, foundPerson: r.found_person_ref,
    attemptCount: attempts.length, lastAttemptOn: attempts.reduce<string | null>((last, a) => (last === null || a.attemptedOn > last ? a.attemptedOn : last), null),
    timeline: timelineOf(attempts, changes), version: r.version, createdAt: iso(r.created_at),
  };
}

/** Requests with their attempts and status changes, each kind read and audited once. */
async function withTimelines(data: ScopedData, rows: RequestRow[], details: Record<string, unknown>): Promise<TTracingRequest[]> {
  const ids = rows.map((r) => r.id);
  if (!ids.length) return [];
  const attempts = await selectAttempts(data).where('request_id', 'in', ids).orderBy('attempted_on').orderBy('created_at').execute();
  const changes = await selectChanges(data).where('request_id', 'in', ids).orderBy('changed_on').orderBy('created_at').execute();
  await data.auditList('tracing_attempt', attempts.map((a) => a.id), details);
  await data.auditList('tracing_status_change', changes.map((c) => c.id), details);
  return rows.map((r) => presentRequest(
    r,
    attempts.filter((a) => a.request_id === r.id).map(presentAttempt),
    changes.filter((c) => c.request_id === r.id).map(presentChange),
  ));
}

/** A case's tracing requests (newest first), each with its timeline. */
export async function listCaseTracingRequests(data: ScopedData, caseId: string): Promise<TTracingRequest[]> {
  await data.get('case_file', caseId);
  const rows = await selectRequests(data).where('case_id', '=', caseId).where('archived_at', 'is', null).orderBy('created_at', 'desc').orderBy('id').execute();
  await data.auditList('tracing_request', rows.map((r) => r.id), { caseId });
  return withTimelines(data, rows, { caseId });
}

/** One request as the caller may see it, audited as a read. */
export async function loadTracingRequest(data: ScopedData, id: string): Promise<TTracingRequest> {
  await data.get('tracing_request', id);
  const row = await selectRequests(data).where('id', '=', id).executeTakeFirstOrThrow();
  const [request] = await withTimelines(data, [row], { requestId: id });
  if (!request) throw new Error('tracing request vanished inside its transaction');
  return request;
}

/** A request's attempts, oldest first. */
export async function listTracingAttempts(data: ScopedData, requestId: string): Promise<TTracingAttempt[]> {
  await data.get('tracing_request', requestId);
  const rows = await selectAttempts(data).where('request_id', '=', requestId).orderBy('attempted_on').orderBy('created_at').execute();
  await data.auditList('tracing_attempt', rows.map((r) => r.id), { requestId });
  return rows.map(presentAttempt);
}

/** One attempt, audited as a read. */
export async function loadTracingAttempt(data: ScopedData, id: string): Promise<TTracingAttempt> {
  await data.get('tracing_attempt', id);
  return presentAttempt(await selectAttempts(data).where('id', '=', id).executeTakeFirstOrThrow());
}
