import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { createAuth } from './auth/auth.js';
import { authSecret } from './auth/secret.js';
import type { Config } from './config.js';
import { migrate } from './db/migrate.js';
import { openDatabase, type OpenDatabase } from './db/open.js';
import { buildApp } from './http/app.js';
import { DiskFileStorage } from './files/storage.js';
import { seedPlaces } from './seed/places.js';
import { seedInstruments } from '../modules/assessments/seed-instruments.js';
import { backfillMatchKeys } from '../modules/tracing/match-keys.js';
import type { Services } from './services.js';

const pkg = JSON.parse(fs.readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as { version: string };
export const version = pkg.version;

export interface Runtime {
  services: Services;
  database: OpenDatabase;
  close(): Promise<void>;
}

/** Open the database, bring its schema up to date, and assemble the services. */
export async function bootServices(config: Config): Promise<Runtime> {
  const database = await openDatabase(config);
  try {
    await migrate(database.db, async (db) => {
      await seedPlaces(db);
      await seedInstruments(db);
      await backfillMatchKeys(db);
    });
    const secret = await authSecret(database.db, config.AUTH_SECRET);
    const services: Services = { db: database.db, kind: database.kind, auth: createAuth(database.db, config, secret), config, version,
      files: new DiskFileStorage(config.filesDir),
    };
    return { services, database, close: () => database.close() };
  } catch (err) {
    await database.close();
    throw err;
  }
}

export async function bootApp(config: Config): Promise<{ app: FastifyInstance; runtime: Runtime }> {
  const runtime = await bootServices(config);
  try {
    const app = await buildApp(runtime.services);
    app.addHook('onClose', () => runtime.close());
    return { app, runtime };
  } catch (err) {
    await runtime.close();
    throw err;
  }
}
