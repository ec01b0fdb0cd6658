import type { TCaseTransfer, TListTransfersQuery, TTransferDestination } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { paginate, type PageOf } from '../../platform/db/paginate.js';
import { incomingTransfers } from './transfer-access.js';
import { presentTransfer, selectTransfers } from './transfer-queries.js';

/**
 * Transfers offered to my organisation (`incoming`, read by address: see transfer-access.ts) or
 * asked for from cases in my scope (`outgoing`), newest first; the page is audited as read.
 */
export async function listTransfers(data: ScopedData, query: TListTransfersQuery): Promise<PageOf<TCaseTransfer>> {
  let source = query.direction === 'incoming' ? incomingTransfers(data) : data.selectFrom('case_transfer').selectAll();
  if (query.status) source = source.where('status', '=', query.status);
  const page = await paginate(selectTransfers(data.tx, source.as('tr')), query, (q) => q.orderBy('tr.requested_at', 'desc').orderBy('tr.id'), presentTransfer);
  await data.auditList('case_transfer', page.items.map((t) => t.id), { direction: query.direction, caseIds: page.items.map((t) => t.caseId) });
  return page;
}

/**
 * The organisations a case may be transferred to: every other active one on the instance. Their
 * names are what a caseworker must choose from, so they are listed whatever the caller's scope.
 */
export async function transferDestinations(data: ScopedData): Promise<TTransferDestination[]> {
  const rows = await data.tx.selectFrom('organisation').select(['id', 'name', 'name_km'])
    .where('archived_at', 'is', null).where('id', '<>', data.actor.organisationId).orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, nameKm: r.name_km }));
}
