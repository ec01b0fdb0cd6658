import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * Failed sign-ins for one account within the lock window and since its last success. The audit
 * log is the record of attempts, so the count survives restarts and is shared by every server.
 */
export async function recentFailures(db: Kysely<Database>, email: string, windowMinutes: number): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .where('record_type', '=', 'account')
    .where('record_id', '=', email)
    .where('action', '=', 'auth.sign_in_failed')
    .where('at', '>', sql<Date>`now() - make_interval(mins => ${windowMinutes})`)
    .where(({ eb, selectFrom }) =>
      eb('at', '>', eb.fn.coalesce(
        selectFrom('audit_log as s').select(({ fn }) => fn.max('s.at').as('m'))
          .where('s.record_type', '=', 'account').where('s.record_id', '=', email).where('s.action', '=', 'auth.sign_in'),
        sql<Date>`'-infinity'::timestamptz`,
      )),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
