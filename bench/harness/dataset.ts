import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { bootServices } from '../../packages/server/src/platform/boot.js';
import { loadConfig } from '../../packages/server/src/platform/config.js';
import { generate } from '../synthetic/generate.js';
import { scales } from '../synthetic/scale.js';
import { topUpDataset } from '../synthetic/top-up.js';

export type Db = 'pglite' | 'postgres';
export type ScaleName = keyof typeof scales;
export const BENCH_PASSWORD = 'homeward-synthetic-password';
const postgresBase = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';

/** Environment for a Homeward over the benchmark dataset of this database and scale. */
export function benchEnv(db: Db, scale: ScaleName, port: number): NodeJS.ProcessEnv {
  const common = { PORT: String(port), LOG_LEVEL: 'warn', AUTH_RATE_LIMIT_PER_MINUTE: '1000000', SESSION_IDLE_MINUTES: '600' };
  if (db === 'postgres') return { ...process.env, ...common, DATABASE_URL: `${postgresBase}/homeward_bench_${scale}` };
  const env: NodeJS.ProcessEnv = { ...process.env, ...common, DATA_DIR: path.resolve(`bench/.data/${scale}-pglite`) };
  delete env.DATABASE_URL;
  return env;
}

/** Load the dataset once; later runs reuse it (the generator is deterministic for seed 1). */
export async function ensureDataset(db: Db, scale: ScaleName, env: NodeJS.ProcessEnv, fresh = false): Promise<{ loadedNow: boolean; seconds: number; topUpSeconds?: number }> {
  if (db === 'postgres') {
    const client = new pg.Client({ connectionString: `${postgresBase}/postgres` });
    await client.connect();
    if (fresh) await client.query(`drop database if exists homeward_bench_${scale}`);
    const exists = await client.query('select 1 from pg_database where datname = $1', [`homeward_bench_${scale}`]);
    if (!exists.rowCount) await client.query(`create database homeward_bench_${scale}`);
    await client.end();
  } else {
    if (fresh) fs.rmSync(env.DATA_DIR!, { recursive: true, force: true });
    fs.mkdirSync(env.DATA_DIR!, { recursive: true });
  }
  const runtime = await bootServices(loadConfig({ ...env, LOG_LEVEL: 'silent' }));
  try {
    const { db: kdb, auth } = runtime.services;
    const existing = await kdb.selectFrom('organisation').select('id').where('name', '=', 'Synthetic NGO 1').executeTakeFirst();
    if (existing) {
      // A dataset loaded before the generator made centres and assessments gets them now, once.
      const t0 = performance.now();
      const added = await topUpDataset(kdb, scales[scale], 1);
      if (Object.keys(added).length) console.log(`Topped up the ${scale} dataset:`, added);
      return { loadedNow: false, seconds: 0, ...(Object.keys(added).length ? { topUpSeconds: (performance.now() - t0) / 1000 } : {}) };
    }
    console.log(`Loading the ${scale} dataset into ${db} (once; later runs reuse it)…`);
    const t0 = performance.now();
    await generate(kdb, auth, scales[scale], 1, BENCH_PASSWORD);
    return { loadedNow: true, seconds: (performance.now() - t0) / 1000 };
  } finally {
    await runtime.close();
  }
}
