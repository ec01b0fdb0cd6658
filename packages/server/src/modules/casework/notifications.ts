import type { TNotification, TNotificationPage } from '@homeward/core';
import { sql } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { paginate } from '../../platform/db/paginate.js';
import { notFound } from '../../platform/errors.js';
import { iso, isoOrNull } from './refs.js';

/*
 * A person's own in-app notifications. They are addressed to one user, so the filter is the
 * user, not a caseload; they carry ids and case numbers only, no personal data.
 */

const mine = (data: ScopedData) => data.tx.selectFrom('notification').where('user_id', '=', data.actor.userId);

export async function listNotifications(data: ScopedData, query: { page: number; pageSize: number; unread?: 'true' | 'false' | undefined }): Promise<TNotificationPage> {
  let q = mine(data).select(['id', 'kind', 'case_id', 'params', 'created_at', 'read_at']);
  if (query.unread === 'true') q = q.where('read_at', 'is', null);
  const page = await paginate(q, query, (o) => o.orderBy('created_at', 'desc').orderBy('id'), (r): TNotification => ({
    id: r.id, kind: r.kind, caseId: r.case_id, params: r.params, createdAt: iso(r.created_at), readAt: isoOrNull(r.read_at),
  }));
  const unread = await mine(data).select(sql<number>`count(*)`.as('n')).where('read_at', 'is', null).executeTakeFirstOrThrow();
  return { ...page, unread: Number(unread.n) };
}

/** Mark one of my notifications read (someone else's is 404). */
export async function readNotification(data: ScopedData, id: string): Promise<void> {
  const row = await mine(data).select(['id', 'read_at']).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  if (row.read_at === null) await data.tx.updateTable('notification').set({ read_at: new Date() }).where('id', '=', id).execute();
}

export async function readAllNotifications(data: ScopedData): Promise<void> {
  await data.tx.updateTable('notification').set({ read_at: new Date() }).where('user_id', '=', data.actor.userId).where('read_at', 'is', null).execute();
}
