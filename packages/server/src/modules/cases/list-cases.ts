import { searchKey, type TCaseSummary, type TListCasesQuery } from '@homeward/core';
import { sql } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { paginate, type PageOf } from '../../platform/db/paginate.js';
import { overdueExpression, presentCaseSummary, selectCases } from './queries.js';
import { localToday } from './rules.js';

const like = (text: string): string => `%${text.replace(/[%_\\]/g, '\\$&')}%`;

/**
 * Cases in the caller's scope, filtered and paged on the server; the page shown is audited as a
 * list read naming every case (and child) on it.
 */
export async function listCases(data: ScopedData, query: TListCasesQuery): Promise<PageOf<TCaseSummary>> {
  const { stage, caseworkerId, teamId, risk, province, overdue, childId, q, page, pageSize } = query;
  const today = localToday();
  let rows = selectCases(data, today);
  if (stage === 'open') rows = rows.where('c.stage', '<>', 'closed');
  else if (stage) rows = rows.where('c.stage', '=', stage);
  if (caseworkerId) rows = rows.where('c.caseworker_id', '=', caseworkerId);
  if (teamId) rows = rows.where('c.team_id', '=', teamId);
  if (risk) rows = rows.where('c.risk_level', '=', risk);
  if (childId) rows = rows.where('c.child_id', '=', childId);
  if (province) rows = rows.where('ch.address_code', 'like', `${province}%`);
  if (overdue === 'true') rows = rows.where(overdueExpression(today));
  if (overdue === 'false') rows = rows.where(sql<boolean>`not ${overdueExpression(today)}`);
  if (q) {
    const key = searchKey(q);
    rows = rows.where((eb) => eb.or([
      ...(key ? [eb('ch.search_key', 'like', like(key))] : []),
      eb(sql`lower(c.number)`, 'like', like(q.toLowerCase())),
    ]));
  }
  const result = await paginate(rows, { page, pageSize }, (r) => r.orderBy('c.opened_on', 'desc').orderBy('c.number', 'desc'), presentCaseSummary);
  await data.auditList('case_file', result.items.map((c) => c.id), { childIds: result.items.map((c) => c.child.id), filters: { stage, caseworkerId, teamId, risk, province, overdue, childId, q, page } });
  return result;
}
