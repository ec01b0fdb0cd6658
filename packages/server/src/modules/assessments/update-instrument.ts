import type { TInstrumentInput } from '@homeward/core';
import { sql } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { instrumentColumns } from './create-instrument.js';
import { assertDefinition } from './instrument-rules.js';
import { loadInstrumentRow, type InstrumentRow } from './instrument-queries.js';

/**
 * An instrument version of the caller's organisation, locked for this transaction. A shipped
 * version is read-only for everyone (403); another organisation's is not there (404).
 */
export async function lockOwnInstrument(data: ScopedData, id: string): Promise<InstrumentRow> {
  await sql`select id from instrument where id = ${id} for update`.execute(data.tx);
  const row = await loadInstrumentRow(data, id);
  if (row.organisation_id === null) throw new AppError('auth.forbidden', 'Instruments shipped with Homeward are revised, not edited');
  return row;
}

export async function lockDraftInstrument(data: ScopedData, id: string, rowVersion?: number): Promise<InstrumentRow> {
  const row = await lockOwnInstrument(data, id);
  if (row.status !== 'draft') throw new AppError('instrument.not_draft');
  if (rowVersion !== undefined && row.row_version !== rowVersion) throw new AppError('record.conflict');
  return row;
}

/** Edit a draft version; a published one is changed by revising it into a new version. */
export async function updateInstrument(data: ScopedData, id: string, input: Omit<TInstrumentInput, 'code'> & { rowVersion: number }): Promise<void> {
  const row = await lockDraftInstrument(data, id, input.rowVersion);
  assertDefinition(input.definition);
  await data.update('instrument', id, { ...instrumentColumns(input), row_version: row.row_version + 1 });
}

/** Delete a draft: it was never published, so nothing was answered on it. */
export async function deleteInstrument(data: ScopedData, id: string): Promise<void> {
  const row = await lockDraftInstrument(data, id);
  await data.tx.deleteFrom('instrument').where('id', '=', id).execute();
  await data.audit({ action: 'delete', recordType: 'instrument', recordId: id, organisationId: row.organisation_id, details: { code: row.code, version: row.version } });
}
