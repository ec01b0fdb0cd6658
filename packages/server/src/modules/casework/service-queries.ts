import { can, type TServiceRecord } from '@homeward/core';
import type { Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { ServiceRecordTable } from '../../platform/db/schema.js';
import { iso, userRefOf } from './refs.js';

type ServiceRow = Selectable<ServiceRecordTable> & { created_by_ref: TServiceRecord['createdBy'] };

/** Confidential notes (counselling, legal advice, or marked so) are null and `redacted` for roles without `confidential.read`. */
export const presentService = (row: ServiceRow, mayReadConfidential: boolean): TServiceRecord => {
  const redacted = row.confidential && !mayReadConfidential && row.notes !== null;
  return {
    id: row.id,
    caseId: row.case_id,
    serviceType: row.service_type,
    providedOn: row.provided_on,
    provider: row.provider,
    outcome: row.outcome,
    notes: redacted ? null : row.notes,
    confidential: row.confidential,
    redacted,
    createdBy: row.created_by_ref,
    createdAt: iso(row.created_at),
  };
};

export const selectServices = (data: ScopedData) => data.selectFrom('service_record').selectAll().select(userRefOf('service_record.created_by').as('created_by_ref'));

/** The services a case's child and family received, newest first. */
export async function listServices(data: ScopedData, caseId: string): Promise<TServiceRecord[]> {
  await data.get('case_file', caseId);
  const rows = await selectServices(data).where('case_id', '=', caseId).where('archived_at', 'is', null).orderBy('provided_on', 'desc').orderBy('created_at', 'desc').execute();
  await data.auditList('service_record', rows.map((r) => r.id), { caseId });
  const mayRead = can(data.actor.role, 'confidential.read');
  return rows.map((r) => presentService(r, mayRead));
}

