import type { FieldError } from '@homeward/core';
import { sql, type Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { CaseFileTable } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';

export type CaseRow = Selectable<CaseFileTable>;

/** The case's ownership columns: every casework row copies them, so scope applies without joins. */
export const ownershipOf = (kase: CaseRow) => ({
  organisation_id: kase.organisation_id,
  team_id: kase.team_id,
  caseworker_id: kase.caseworker_id,
  centre_id: kase.centre_id,
});

/** A 400 naming the fields at fault; thrown inside the transaction, so nothing is changed. */
export const invalid = (...fields: FieldError[]): AppError => new AppError('validation.failed', 'The request is not valid', fields);

/** Casework tables: each row belongs to one case. */
export type CaseworkTable = 'care_plan' | 'care_plan_action' | 'approval' | 'placement' | 'follow_up' | 'service_record';

/**
 * Hold a row for the rest of the transaction, so two people deciding or editing the same record
 * take turns. A casework row's case is locked first, always in that order (case, then record),
 * so transactions never wait on each other in a circle. The scoped `data.get` that follows
 * decides whether the caller may see the row.
 */
export async function lockRow(data: ScopedData, table: CaseworkTable | 'case_file', id: string): Promise<void> {
  if (table !== 'case_file') {
    const owner = await sql<{ case_id: string }>`select case_id from ${sql.table(table)} where id = ${id}`.execute(data.tx);
    const caseId = owner.rows[0]?.case_id;
    if (caseId) await sql`select id from case_file where id = ${caseId} for update`.execute(data.tx);
  }
  await sql`select id from ${sql.table(table)} where id = ${id} for update`.execute(data.tx);
}

/** The case, locked, in scope (404 otherwise). */
export async function lockCase(data: ScopedData, caseId: string): Promise<CaseRow> {
  await lockRow(data, 'case_file', caseId);
  return data.get('case_file', caseId);
}

/** The case, locked, in scope and not closed (409 `case.closed`). */
export async function lockOpenCase(data: ScopedData, caseId: string): Promise<CaseRow> {
  const kase = await lockCase(data, caseId);
  if (kase.stage === 'closed') throw new AppError('case.closed');
  return kase;
}

/** A value must be an active entry of one of the case organisation's lookup lists. */
export async function assertLookup(data: ScopedData, organisationId: string, list: string, value: string, field: string): Promise<void> {
  const row = await data.selectFrom('lookup').select('id')
    .where('organisation_id', '=', organisationId).where('list', '=', list).where('value', '=', value).where('active', '=', true)
    .executeTakeFirst();
  if (!row) throw invalid({ field, key: 'validation.choice' });
}

/** Dates a person records must not lie in the future. */
export function assertNotFuture(date: string, today: string, field: string): void {
  if (date > today) throw invalid({ field, key: 'validation.date_in_future' });
}

/** Whether the case has an approved care plan now. */
export async function hasApprovedPlan(data: ScopedData, caseId: string): Promise<boolean> {
  const row = await data.selectFrom('care_plan').select('id').where('case_id', '=', caseId).where('status', '=', 'approved').executeTakeFirst();
  return row !== undefined;
}
