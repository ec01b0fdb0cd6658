import { can, roles } from '@homeward/core';
import type { Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { CaseTransferTable } from '../../platform/db/schema.js';
import { notFound } from '../../platform/errors.js';

/*
 * Why transfers are read across organisations here, and only here.
 *
 * A transfer row belongs to the sending organisation's caseload (its ownership columns are the
 * case's), so the scoped data layer hides it from everyone in the receiving organisation. Yet the
 * receiving organisation's supervisors and managers (`case.transfer`) must see what is offered to
 * them in order to accept or decline it. So a transfer *addressed to the caller's organisation*
 * (`to_organisation_id`) is read by that column explicitly; the sending case itself stays out of
 * their sight — they see the transfer, the case number and the child's summary, which the child
 * or family consented to share (a consent on the case is required to ask for a transfer).
 * A network administrator (scope `all`) may act for any receiving organisation.
 */

/** The pending-or-decided transfer `id` addressed to the caller's organisation, locked; 404 otherwise. */
export async function incomingTransfer(data: ScopedData, id: string): Promise<Selectable<CaseTransferTable>> {
  let q = data.tx.selectFrom('case_transfer').selectAll().where('id', '=', id);
  if (data.actor.scope !== 'all') q = q.where('to_organisation_id', '=', data.actor.organisationId);
  const row = await q.forUpdate().executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** Transfers addressed to the caller's organisation, as a sub-select to list or join. */
export const incomingTransfers = (data: ScopedData) =>
  data.tx.selectFrom('case_transfer').selectAll().where('to_organisation_id', '=', data.actor.organisationId);

/** Tell the people who decide transfers in `organisationId` (or one person) about one, in the app. */
export async function notifyTransfer(
  data: ScopedData, organisationId: string, kind: string, params: Record<string, unknown>, userId?: string,
): Promise<void> {
  const deciders = roles.filter((r) => can(r, 'case.transfer') && r !== 'network_admin');
  let q = data.tx.selectFrom('app_user').select('id').where('organisation_id', '=', organisationId).where('active', '=', true);
  q = userId ? q.where('id', '=', userId) : q.where('role', 'in', deciders);
  const users = await q.execute();
  if (!users.length) return;
  await data.tx.insertInto('notification').values(users.map((u) => ({
    id: crypto.randomUUID(), organisation_id: organisationId, user_id: u.id, kind, case_id: null, params, read_at: null,
  }))).execute();
}
