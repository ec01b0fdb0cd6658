import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

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
 * Append one audit row. Call it with the same transaction as the change it records, so the
 * change and its record commit or fail together.
 */
export async function writeAudit(db: Kysely<Database>, actor: AuditActor, event: AuditEvent): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_id: actor.userId,
      actor_role: actor.role,
      organisation_id: event.organisationId !== undefined ? event.organisationId : actor.organisationId,
      action: event.action,
      record_type: event.recordType ?? null,
      record_id: event.recordId ?? null,
      changes: event.changes ? JSON.stringify(event.changes) : null,
      details: event.details ? JSON.stringify(event.details) : null,
      ip: actor.ip,
    })
    .execute();
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
