import type { FieldError } from '@homeward/core';
import type { Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { lockRow } from './person-ref.js';
import type { ScholarshipTable } from './tables.js';

export type ScholarshipRow = Selectable<ScholarshipTable>;

/** A 400 naming the fields at fault; thrown inside the transaction, so nothing is changed. */
export const invalid = (...fields: FieldError[]): AppError => new AppError('validation.failed', 'The request is not valid', fields);

/** The scholarship locked, in scope (404 otherwise), and still at the version the edit was made on (409). */
export async function lockScholarship(data: ScopedData, id: string, version?: number): Promise<ScholarshipRow> {
  await lockRow(data, 'scholarship', id);
  const row = await data.get('scholarship', id);
  if (row.archived_at !== null) throw new AppError('record.not_found');
  if (version !== undefined && version !== row.version) throw new AppError('record.conflict');
  return row;
}
