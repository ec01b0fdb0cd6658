import { searchWords, type THouseholdsQuery, type THouseholdSummary } from '@homeward/core';
import { sql, type SqlBool } from 'kysely';
import { scopeFilter, scopeSpecs, type ScopedData } from '../../platform/access/scoped-data.js';
import { paginate, type PageOf } from '../../platform/db/paginate.js';
import { presentHouseholdSummary, selectHouseholds } from './queries.js';

const likeAny = (text: string): string => `%${text.replace(/[%_\\]/g, '\\$&')}%`;

/**
 * Households in the caller's scope, found by their name or by the name of someone living in
 * them (in either script, only people the caller may see). The page shown is audited.
 */
export async function searchHouseholds(data: ScopedData, query: THouseholdsQuery): Promise<PageOf<THouseholdSummary>> {
  const { q, includeArchived, page, pageSize } = query;
  let rows = selectHouseholds(data);
  if (includeArchived !== 'true') rows = rows.where('household.archived_at', 'is', null);
  const words = q ? searchWords(q) : [];
  if (q && words.length) {
    const memberMatches = sql<SqlBool>`exists (select 1 from household_member m join person p on p.id = m.person_id
      where m.household_id = household.id and m.left_at is null and ${scopeFilter(data.actor, scopeSpecs.person, 'p')}
      and ${sql.join(words.map((w) => sql`p.search_key like ${likeAny(w)}`), sql` and `)})`;
    rows = rows.where((eb) => eb.or([eb(sql`lower(household.name)`, 'like', likeAny(q.toLowerCase())), memberMatches]));
  }
  const result = await paginate(rows, { page, pageSize }, (r) => r.orderBy('household.name').orderBy('household.id'), presentHouseholdSummary);
  await data.auditList('household', result.items.map((h) => h.id), { search: q ?? null, page });
  return result;
}
