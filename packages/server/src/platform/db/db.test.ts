import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { AppStartupError } from '../startup-error.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { migrate } from './migrate.js';
import { openDatabase } from './open.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const onPglite = !process.env.DATABASE_URL;

describe('migrations', () => {
  it('applies nothing the second time (starting twice is safe)', async () => {
    const report = await migrate(t.services.db);
    expect(report.applied).toEqual([]);
  });

  it('take turns under the lock when several run at once', async () => {
    const results = await Promise.all([migrate(t.services.db), migrate(t.services.db), migrate(t.services.db)]);
    expect(results.flatMap((r) => r.applied)).toEqual([]);
  });

  it('applies a new file once, and refuses a file changed after it was applied', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'homeward-migrations-'));
    const table = `migration_probe_${process.pid}_${Date.now()}`;
    const file = `900_probe_${process.pid}_${Date.now()}.sql`;
    fs.writeFileSync(path.join(dir, file), `create table ${table} (id int primary key);\ninsert into ${table} values (1);`);
    const first = await migrate(t.services.db, undefined, dir);
    expect(first.applied).toEqual([file]);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(t.services.db);
    expect(rows[0]?.n).toBe(1);
    expect((await migrate(t.services.db, undefined, dir)).applied).toEqual([]);
    fs.appendFileSync(path.join(dir, file), '\ninsert into ' + table + ' values (2);');
    await expect(migrate(t.services.db, undefined, dir)).rejects.toThrow(/changed after it was applied/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('leaves nothing behind when a migration fails half-way', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'homeward-migrations-'));
    const table = `migration_broken_${process.pid}_${Date.now()}`;
    fs.writeFileSync(path.join(dir, `901_broken_${process.pid}.sql`), `create table ${table} (id int);\nselect no_such_function();`);
    await expect(migrate(t.services.db, undefined, dir)).rejects.toThrow();
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_name = ${table}`.execute(t.services.db);
    expect(rows[0]?.n).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('loads the pg_trgm extension (trigram search on places works)', async () => {
    const { rows } = await sql<{ s: number }>`select similarity('battambang', 'batdambang') as s`.execute(t.services.db);
    expect(rows[0]?.s).toBeGreaterThan(0.3);
  });
});

// PostgreSQL has its own locking; the folder lock exists only for the embedded database.
if (onPglite) describe('one process per embedded data folder', () => {
  it('refuses a second open of a data folder in use, with a clear message', async () => {
    const config = loadConfig({ ...process.env, DATA_DIR: t.config.dataDir });
    const error = await openDatabase(config).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppStartupError);
    expect(String(error)).toMatch(/in use by another Homeward process/);
  });

  it('refuses the operator CLI from another process while the server holds the folder', () => {
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'packages/server/src/cli.ts', 'create-admin', '--email', 'x@example.org', '--name', 'X'], {
      env: { ...process.env, DATA_DIR: t.config.dataDir, HOMEWARD_PASSWORD: 'a-long-enough-password' },
      encoding: 'utf8',
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toMatch(/in use by another Homeward process/);
  });

  it('lets the folder be opened again once the holder closes it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'homeward-lock-'));
    const config = loadConfig({ ...process.env, DATA_DIR: dir });
    const first = await openDatabase(config);
    await first.close();
    const second = await openDatabase(config);
    await second.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
