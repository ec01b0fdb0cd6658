/**
 * `npm run seed:synthetic -- --scale small|national [--seed N] [--top-up]`: load the synthetic
 * dataset into the database Homeward is configured for (DATA_DIR or DATABASE_URL). The database
 * must not hold a synthetic dataset already — unless `--top-up`, which adds the parts a dataset
 * loaded by an earlier generator lacks (centres, assessments).
 */
import { parseArgs } from 'node:util';
import { bootServices } from '../../packages/server/src/platform/boot.js';
import { loadConfig } from '../../packages/server/src/platform/config.js';
import { generate } from './generate.js';
import { scales } from './scale.js';
import { topUpDataset } from './top-up.js';

export const SYNTHETIC_PASSWORD = 'homeward-synthetic-password';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: 'small' }, seed: { type: 'string', default: '1' }, 'top-up': { type: 'boolean', default: false } } });
  const scaleName = values.scale as keyof typeof scales;
  const scale = scales[scaleName];
  if (!scale) throw new Error(`--scale must be one of ${Object.keys(scales).join(', ')}`);
  const seed = Number(values.seed);
  const runtime = await bootServices(loadConfig({ ...process.env, LOG_LEVEL: 'silent' }));
  try {
    const { db, auth, kind } = runtime.services;
    const existing = await db.selectFrom('organisation').select('id').where('name', '=', 'Synthetic NGO 1').executeTakeFirst();
    if (existing && values['top-up']) {
      const started = performance.now();
      const counts = await topUpDataset(db, scale, seed);
      console.log(`Topped up in ${((performance.now() - started) / 1000).toFixed(1)} s:`, Object.keys(counts).length ? counts : 'nothing was missing');
      return;
    }
    if (existing) throw new Error('This database already holds a synthetic dataset; use a fresh DATA_DIR or database (or --top-up).');
    console.log(`Loading the ${scaleName} synthetic dataset (seed ${seed}) into ${kind}…`);
    const started = performance.now();
    const result = await generate(db, auth, scale, seed, process.env.HOMEWARD_PASSWORD ?? SYNTHETIC_PASSWORD);
    const seconds = (performance.now() - started) / 1000;
    console.log(`Loaded in ${seconds.toFixed(1)} s:`);
    for (const [table, n] of Object.entries(result.counts)) console.log(`  ${table.padEnd(20)} ${n.toLocaleString('en')}`);
    console.log(`Staff accounts: ${result.staff.length} (e.g. ${result.staff.find((s) => s.role === 'caseworker')?.email}), password ${result.password}`);
  } finally {
    await runtime.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
