import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * The secret that signs session cookies. AUTH_SECRET wins; otherwise one is generated at first
 * start and kept in the database, so every server of one deployment signs alike.
 */
export async function authSecret(db: Kysely<Database>, fromEnv: string | undefined): Promise<string> {
  if (fromEnv) return fromEnv;
  const generated = crypto.randomBytes(32).toString('base64url');
  await db
    .insertInto('instance_setting')
    .values({ key: 'auth_secret', value: generated })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('instance_setting').select('value').where('key', '=', 'auth_secret').executeTakeFirstOrThrow();
  return row.value;
}
