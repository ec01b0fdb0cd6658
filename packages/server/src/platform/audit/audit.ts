import type { Insertable, Kysely } from 'kysely';
import type { AuditLogTable, Database } from '../db/schema.js';

/** Who did it. Sign-in events may have no actor yet (an unknown email). */
export interface AuditActor {
  userId: string | null;
  role: string | null;
  organisationId: string | null;
  ip: string | null;
}

export interface AuditEvent {
  action: string;
  recordType?: string;
  recordId?: string;
  changes?: Record<string, { before: unknown; after: unknown }> | null;
  details?: Record<string, unknown> | null;
  /** Overrides the actor's organisation (e.g. a network admin acting in another). */
  organisationId?: string | null;
}

/**
 * Audit rows waiting to be written, per open transaction of the scoped data layer. Rows are
 * written together, in the order they were recorded, as one multi-row INSERT just before that
 * transaction commits (see `withScopedData`): one round trip per request instead of one per row.
 */
const pendingByTransaction = new WeakMap<Kysely<Database>, Insertable<AuditLogTable>[]>();

function auditRow(actor: AuditActor, event: AuditEvent): Insertable<AuditLogTable> {
  return {
    actor_id: actor.userId,
    actor_role: actor.role,
    organisation_id: event.organisationId !== undefined ? event.organisationId : actor.organisationId,
    action: event.action,
    record_type: event.recordType ?? null,
    record_id: event.recordId ?? null,
    changes: event.changes ? JSON.stringify(event.changes) : null,
    details: event.details ? JSON.stringify(event.details) : null,
    ip: actor.ip,
  };
}

/**
 * Append one audit row. Call it with the same transaction as the change it records, so the
 * change and its record commit or fail together. Inside a scoped-data transaction the row is
 * queued and written with the others before commit; elsewhere it is written at once.
 */
export async function writeAudit(db: Kysely<Database>, actor: AuditActor, event: AuditEvent): Promise<void> {
  const pending = pendingByTransaction.get(db);
  if (pending) {
    pending.push(auditRow(actor, event));
    return;
  }
  await db.insertInto('audit_log').values(auditRow(actor, event)).execute();
}

/** Queue the audit rows of transaction `tx` until `flushAudit(tx)`; call right after BEGIN. */
export function deferAudit(tx: Kysely<Database>): void {
  pendingByTransaction.set(tx, []);
}

/** Write the queued audit rows of `tx` (in recorded order); call before COMMIT. */
export async function flushAudit(tx: Kysely<Database>): Promise<void> {
  const pending = pendingByTransaction.get(tx);
  if (!pending?.length) return;
  pendingByTransaction.set(tx, []);
  // 9 parameters a row; stay far below PostgreSQL's 65,535 bind parameters.
  for (let i = 0; i < pending.length; i += 1000) {
    await tx.insertInto('audit_log').values(pending.slice(i, i + 1000)).execute();
  }
}

/** Fields whose value differs, as { field: { before, after } }; secrets never enter the log. */
export function diff<T extends object>(
  before: T | null,
  after: Partial<T>,
  redact: ReadonlyArray<string> = [],
): Record<string, { before: unknown; after: unknown }> {
  const out: Record<string, { before: unknown; after: unknown }> = {};
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined || key === 'updated_at') continue;
    const old = before ? (before as Record<string, unknown>)[key] : null;
    if (JSON.stringify(old) === JSON.stringify(value)) continue;
    out[key] = redact.includes(key) ? { before: '[redacted]', after: '[redacted]' } : { before: old ?? null, after: value };
  }
  return out;
}
