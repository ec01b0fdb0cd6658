import type { TApproval, TListApprovalsQuery } from '@homeward/core';
import type { Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { ApprovalTable } from '../../platform/db/schema.js';
import { paginate, type PageOf } from '../../platform/db/paginate.js';
import { caseRefOf, iso, isoOrNull, userRefOf } from './refs.js';

/** Approvals in the caller's scope, each with its case, requester and decider. */
export const selectApprovals = (data: ScopedData) =>
  data.selectFrom('approval').selectAll().select([
    caseRefOf('approval.case_id').as('case_ref'),
    userRefOf('approval.requested_by').as('requested_by_ref'),
    userRefOf('approval.decided_by').as('decided_by_ref'),
  ]);

export type ApprovalListRow = Selectable<ApprovalTable> & {
  case_ref: TApproval['case'];
  requested_by_ref: TApproval['requestedBy'] | null;
  decided_by_ref: TApproval['decidedBy'];
};

export const presentApproval = (row: ApprovalListRow): TApproval => ({
  id: row.id,
  case: row.case_ref,
  kind: row.kind as TApproval['kind'],
  subjectId: row.subject_id,
  details: row.details,
  status: row.status as TApproval['status'],
  requestedBy: row.requested_by_ref ?? { id: row.requested_by, name: '' },
  requestedAt: iso(row.requested_at),
  requestComment: row.request_comment,
  decidedBy: row.decided_by_ref,
  decidedAt: isoOrNull(row.decided_at),
  decisionComment: row.decision_comment,
});

/** One approval, as the caller may see it (404 outside scope), audited as a read. */
export async function loadApproval(data: ScopedData, id: string): Promise<TApproval> {
  await data.get('approval', id);
  return presentApproval(await selectApprovals(data).where('id', '=', id).executeTakeFirstOrThrow());
}

/** The supervisor's queue: approvals in scope they may decide — never their own requests — oldest first. */
export async function listApprovalQueue(data: ScopedData, query: TListApprovalsQuery): Promise<PageOf<TApproval>> {
  let q = selectApprovals(data).where('status', '=', query.status).where('requested_by', '!=', data.actor.userId);
  if (query.kind) q = q.where('kind', '=', query.kind);
  const page = await paginate(q, query, (o) => o.orderBy('requested_at', query.status === 'pending' ? 'asc' : 'desc').orderBy('id'), presentApproval);
  await data.auditList('approval', page.items.map((a) => a.id), { queue: query.status });
  return page;
}

/** Every approval of one case, newest first (the case page's history of requests and decisions). */
export async function listCaseApprovals(data: ScopedData, caseId: string): Promise<TApproval[]> {
  await data.get('case_file', caseId);
  const rows = await selectApprovals(data).where('case_id', '=', caseId).orderBy('requested_at', 'desc').orderBy('id').execute();
  await data.auditList('approval', rows.map((r) => r.id), { caseId });
  return rows.map(presentApproval);
}
