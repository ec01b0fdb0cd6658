import type { FieldError } from '@homeward/core';
import { sql, type Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { TracingRequestTable } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { lockOpenCase, type CaseRow } from '../casework/case-access.js';

export type TracingRequestRow = Selectable<TracingRequestTable>;

/** A 400 naming the fields at fault; thrown inside the transaction, so nothing is changed. */
export const invalid = (...fields: FieldError[]): AppError => new AppError('validation.failed', 'The request is not valid', fields);

/**
 * The request and its case, locked in that order (case, then request, as casework does), in
 * scope (404 otherwise), the case not closed (409 `case.closed`), and the version the edit was
 * made on still current (409 `record.conflict`) when one is given.
 */
export async function lockTracingRequest(data: ScopedData, id: string, version?: number): Promise<{ kase: CaseRow; request: TracingRequestRow }> {
  const owner = await sql<{ case_id: string }>`select case_id from tracing_request where id = ${id}`.execute(data.tx);
  const caseId = owner.rows[0]?.case_id;
  if (caseId) await sql`select id from case_file where id = ${caseId} for update`.execute(data.tx);
  await sql`select id from tracing_request where id = ${id} for update`.execute(data.tx);
  const request = await data.get('tracing_request', id);
  if (request.archived_at !== null) throw new AppError('record.not_found');
  const kase = await lockOpenCase(data, request.case_id);
  if (version !== undefined && version !== request.version) throw new AppError('record.conflict');
  return { kase, request };
}

/** Attempts and edits only while the request is open. */
export function assertRequestOpen(request: TracingRequestRow, field = 'status'): void {
  if (request.status !== 'open') throw invalid({ field, key: 'tracing.errors.request_not_open' });
}

/** Record a status change on the request's timeline. */
export async function recordStatusChange(
  data: ScopedData,
  request: TracingRequestRow,
  change: { to: string; on: string; note: string | null; foundPersonId: string | null },
): Promise<void> {
  await data.insert('tracing_status_change', {
    id: crypto.randomUUID(), request_id: request.id, case_id: request.case_id, organisation_id: request.organisation_id, team_id: request.team_id,
    caseworker_id: request.caseworker_id, centre_id: request.centre_id, from_status: request.status === change.to ? null : request.status,
    to_status: change.to, changed_on: change.on, note: change.note, found_person_id: change.foundPersonId, changed_by: data.actor.userId,
  });
}
