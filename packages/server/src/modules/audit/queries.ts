import type { TAuditEntry } from '@homeward/core';
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';

/** Audit rows the caller may read: their organisation's, or all for a network administrator. */
export function selectAudit(db: Kysely<Database>, actor: Actor) {
  let q = db
    .selectFrom('audit_log as a')
    .leftJoin('app_user as u', 'u.id', 'a.actor_id')
    .select(['a.id', 'a.at', 'a.actor_id', 'u.name as actor_name', 'a.actor_role', 'a.organisation_id', 'a.action', 'a.record_type', 'a.record_id', 'a.changes', 'a.details', 'a.ip']);
  if (actor.scope !== 'all') q = q.where('a.organisation_id', '=', actor.organisationId);
  return q;
}

type AuditQuery = ReturnType<typeof selectAudit>;
export const newestFirst = (q: AuditQuery): AuditQuery => q.orderBy('a.at', 'desc').orderBy('a.id', 'desc');

type Row = Awaited<ReturnType<ReturnType<typeof selectAudit>['execute']>>[number];

export const presentAudit = (r: Row): TAuditEntry => ({
  id: String(r.id),
  at: new Date(r.at).toISOString(),
  actorId: r.actor_id,
  actorName: r.actor_name,
  actorRole: r.actor_role,
  organisationId: r.organisation_id,
  action: r.action,
  recordType: r.record_type,
  recordId: r.record_id,
  changes: (r.changes as TAuditEntry['changes']) ?? null,
  details: (r.details as TAuditEntry['details']) ?? null,
  ip: r.ip,
});
