import { searchKey, searchWords, todayIso, type TPeopleQuery, type TPersonSummary } from '@homeward/core';
import { sql } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { paginate, type PageOf } from '../../platform/db/paginate.js';
import { presentPersonSummary } from './queries.js';

const likeAny = (word: string): string => `%${word.replace(/[%_\\]/g, '\\$&')}%`;

/**
 * People in the caller's scope, found by any name, alias or nickname in either script. The
 * query is keyed as the stored key is (Khmer in one code-point order, Latin without case or
 * diacritics), and every word must occur, in any order. Best matches first. The page shown is
 * audited as a list read.
 */
export async function searchPeople(data: ScopedData, query: TPeopleQuery): Promise<PageOf<TPersonSummary>> {
  const { q, kind, includeArchived, page, pageSize } = query;
  let rows = data.selectFrom('person').selectAll();
  if (includeArchived !== 'true') rows = rows.where('archived_at', 'is', null);
  if (kind) rows = rows.where('kind', '=', kind);
  const words = q ? searchWords(q) : [];
  for (const word of words) rows = rows.where('search_key', 'like', likeAny(word));
  const key = q ? searchKey(q) : '';
  const today = todayIso();
  const result = await paginate(rows, { page, pageSize }, (r) => {
    const ordered = words.length ? r.orderBy(sql`word_similarity(${key}, search_key)`, 'desc') : r;
    return ordered
      .orderBy(sql`coalesce(family_name_km, family_name_latin)`).orderBy(sql`coalesce(given_name_km, given_name_latin)`).orderBy('id');
  }, (row) => presentPersonSummary(row, today));
  await data.auditList('person', result.items.map((p) => p.id), { search: q ?? null, page });
  return result;
}
