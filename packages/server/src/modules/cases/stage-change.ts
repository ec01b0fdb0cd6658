import type { Stage } from '@homeward/core';
import type { Kysely, Updateable } from 'kysely';
import { diff, writeAudit, type AuditActor } from '../../platform/audit/audit.js';
import type { CaseFileTable, Database } from '../../platform/db/schema.js';
import type { CaseRow } from './queries.js';

export interface StageChange {
  caseId: string;
  from: Stage | null;
  to: Stage;
  changeId: string;
  version: number;
}

/** One line of a case's stage history: who moved it, when and why. */
export async function insertStageChange(
  tx: Kysely<Database>, input: { caseId: string; organisationId: string; from: string | null; to: Stage; reason: string | null; by: string | null; at: Date },
): Promise<string> {
  const id = crypto.randomUUID();
  await tx.insertInto('case_stage_change').values({
    id, case_id: input.caseId, organisation_id: input.organisationId, from_stage: input.from, to_stage: input.to,
    reason: input.reason, changed_by: input.by, changed_at: input.at,
  }).execute();
  return id;
}

/**
 * Write a stage change the caller has already authorised and checked: the case row (stage,
 * `extra` columns, version), its history line and the audit row, in `tx`. Every change of stage
 * goes through here — moves, closure, re-opening, and the close of a transferred case.
 */
export async function recordStageChange(
  tx: Kysely<Database>, actor: AuditActor, kase: CaseRow, to: Stage, reason: string | null,
  options: { action: 'case.stage' | 'case.close' | 'case.reopen'; extra?: Updateable<CaseFileTable> },
): Promise<StageChange> {
  const at = new Date();
  const version = kase.version + 1;
  const patch = { stage: to, ...options.extra };
  await tx.updateTable('case_file').set({ ...patch, version, updated_at: at }).where('id', '=', kase.id).execute();
  const changeId = await insertStageChange(tx, { caseId: kase.id, organisationId: kase.organisation_id, from: kase.stage, to, reason, by: actor.userId, at });
  await writeAudit(tx, actor, {
    action: options.action, recordType: 'case', recordId: kase.id, organisationId: kase.organisation_id,
    changes: diff(kase as object, patch as object), details: { reason, changeId },
  });
  return { caseId: kase.id, from: kase.stage as Stage, to, changeId, version };
}
