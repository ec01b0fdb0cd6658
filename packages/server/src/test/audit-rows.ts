import type { TestApp } from './harness.js';

export interface AuditRow {
  action: string;
  actor_id: string | null;
  actor_role: string | null;
  organisation_id: string | null;
  record_type: string | null;
  record_id: string | null;
  changes: Record<string, { before: unknown; after: unknown }> | null;
  details: Record<string, unknown> | null;
  ip: string | null;
}

/** Audit rows about one record (oldest first), optionally of one action; tests read the log directly. */
export async function auditRows(t: TestApp, recordId: string, action?: string): Promise<AuditRow[]> {
  let q = t.services.db
    .selectFrom('audit_log')
    .select(['action', 'actor_id', 'actor_role', 'organisation_id', 'record_type', 'record_id', 'changes', 'details', 'ip'])
    .where('record_id', '=', recordId);
  if (action) q = q.where('action', '=', action);
  const rows = await q.orderBy('id').execute();
  return rows as AuditRow[];
}
