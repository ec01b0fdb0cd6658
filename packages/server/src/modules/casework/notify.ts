import type { Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { ApprovalTable } from '../../platform/db/schema.js';
import type { CaseRow } from './case-access.js';

type ApprovalRow = Selectable<ApprovalTable>;

/*
 * In-app notifications about approvals. A notification is addressed to one staff member and
 * carries ids and the case number only — never a child's name — so it can be listed without
 * reading a personal record.
 */

async function send(data: ScopedData, kase: CaseRow, userIds: string[], kind: string, approval: ApprovalRow): Promise<void> {
  if (userIds.length === 0) return;
  await data.tx.insertInto('notification').values(userIds.map((user_id) => ({
    id: crypto.randomUUID(), organisation_id: kase.organisation_id, user_id, kind, case_id: kase.id, read_at: null,
    params: { approvalId: approval.id, approvalKind: approval.kind, caseNumber: kase.number },
  }))).execute();
}

/**
 * Tell the supervisors of the case's team that a request waits for them; a team without an
 * active supervisor falls back to the organisation's managers. The requester is never told.
 */
export async function notifyApprovers(data: ScopedData, kase: CaseRow, approval: ApprovalRow): Promise<void> {
  const base = data.tx.selectFrom('app_user').select('app_user.id')
    .where('app_user.organisation_id', '=', kase.organisation_id).where('app_user.active', '=', true).where('app_user.id', '!=', approval.requested_by);
  let ids: string[] = [];
  if (kase.team_id) {
    const teamId = kase.team_id;
    ids = (await base.where('app_user.role', '=', 'supervisor')
      .where((eb) => eb.exists(eb.selectFrom('team_member').select('team_member.user_id').whereRef('team_member.user_id', '=', 'app_user.id').where('team_member.team_id', '=', teamId)))
      .execute()).map((r) => r.id);
  }
  if (ids.length === 0) ids = (await base.where('app_user.role', '=', 'manager').execute()).map((r) => r.id);
  await send(data, kase, ids, 'approval.requested', approval);
}

/** Tell the person who asked what was decided. */
export async function notifyRequester(data: ScopedData, kase: CaseRow, approval: ApprovalRow, decision: 'approved' | 'rejected'): Promise<void> {
  await send(data, kase, [approval.requested_by], decision === 'approved' ? 'approval.approved' : 'approval.rejected', approval);
}
