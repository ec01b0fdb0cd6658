import { sql, type SelectQueryBuilder } from 'kysely';

export interface PageOf<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * One page of a query and the total it would return, the way every list in Homeward pages on the
 * server. `order` is applied to the page only (a count needs no order).
 */
export async function paginate<DB, TB extends keyof DB, O, T>(
  query: SelectQueryBuilder<DB, TB, O>,
  options: { page: number; pageSize: number },
  order: (q: SelectQueryBuilder<DB, TB, O>) => SelectQueryBuilder<DB, TB, O>,
  present: (row: O) => T,
): Promise<PageOf<T>> {
  const { page, pageSize } = options;
  const counted = await query.clearSelect().select(sql<number>`count(*)`.as('n')).executeTakeFirst();
  const rows = await order(query).limit(pageSize).offset((page - 1) * pageSize).execute();
  return { items: rows.map(present), total: Number((counted as { n?: number } | undefined)?.n ?? 0), page, pageSize };
}
