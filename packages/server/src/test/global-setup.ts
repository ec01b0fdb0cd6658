import { sql } from 'kysely';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../platform/config.js';
import { bootServices } from '../platform/boot.js';

/**
 * Where the migrated, gazetteer-loaded embedded database is prepared once per test run: a folder
 * of this run's own, so two runs in one checkout never share (and break) a template.
 */
export const templateDir = process.env.HOMEWARD_TEST_TEMPLATE ?? path.resolve(`.tmp/test-template-${process.pid}`);

/**
 * Migrate once before the suite. On PGlite that makes a template data folder each test file
 * copies (initdb and the gazetteer load take seconds; a copy takes milliseconds); on PostgreSQL
 * it brings the shared test database up to date.
 */
export default async function setup(): Promise<() => void> {
  // Test workers are forked from this process, so they inherit the folder's name.
  process.env.HOMEWARD_TEST_TEMPLATE = templateDir;
  const teardown = () => fs.rmSync(templateDir, { recursive: true, force: true });
  if (process.env.DATABASE_URL) {
    const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
    const runtime = await bootServices(config);
    await runtime.close();
    return async () => {
      teardown();
      // Every test signs in from 127.0.0.1, so the shared database ends the run with that address
      // at its sign-in limit; whatever runs next on it (the browser journeys, from the same
      // address, within the minute) would be refused. Forget the suite's attempts.
      const after = await bootServices(config);
      await sql`delete from auth_rate_limit`.execute(after.services.db);
      await after.close();
    };
  }
  fs.rmSync(templateDir, { recursive: true, force: true });
  const runtime = await bootServices(loadConfig({ ...process.env, DATA_DIR: templateDir, LOG_LEVEL: 'silent' }));
  await runtime.close();
  fs.rmSync(path.join(templateDir, 'homeward.pid'), { force: true });
  return teardown;
}
