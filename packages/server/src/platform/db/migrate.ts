import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

export const migrationsDir = fileURLToPath(new URL('../../../migrations', import.meta.url));

/** Arbitrary constant shared by every Homeward process: the key of the migration lock. */
const MIGRATION_LOCK = 72_011_605;

export interface MigrationReport {
  applied: string[];
}

/**
 * Apply forward-only SQL migrations, each in its own transaction, under a session advisory
 * lock so two servers starting together against one PostgreSQL take turns. `afterMigrate`
 * runs under the same lock (one-off data loads such as the gazetteer).
 */
export async function migrate(
  db: Kysely<Database>,
  afterMigrate?: (db: Kysely<Database>) => Promise<void>,
  dir: string = migrationsDir,
): Promise<MigrationReport> {
  const files = fs.readdirSync(dir).filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f)).sort();
  const applied: string[] = [];
  await db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
    try {
      await sql`create table if not exists schema_migration (
        name text primary key, checksum text not null, applied_at timestamptz not null default now())`.execute(conn);
      const done = new Map(
        (await conn.selectFrom('schema_migration').select(['name', 'checksum']).execute()).map((r) => [r.name, r.checksum]),
      );
      for (const file of files) {
        const text = fs.readFileSync(path.join(dir, file), 'utf8');
        const checksum = crypto.createHash('sha256').update(text).digest('hex');
        const previous = done.get(file);
        if (previous !== undefined) {
          if (previous !== checksum) {
            throw new Error(`Migration ${file} was changed after it was applied. Migrations are forward-only: add a new file.`);
          }
          continue;
        }
        await conn.transaction().execute(async (tx) => {
          await sql.raw(text).execute(tx);
          await tx.insertInto('schema_migration').values({ name: file, checksum }).execute();
        });
        applied.push(file);
      }
      if (afterMigrate) await afterMigrate(conn);
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
    }
  });
  return { applied };
}
