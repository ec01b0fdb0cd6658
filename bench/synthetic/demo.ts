/**
 * `npm run demo`: a small, believable Homeward in the embedded database (DATA_DIR, default
 * ./data) — two organisations with teams, staff of every role, families with Khmer names, cases
 * at every stage, due and overdue follow-ups — and the accounts to try it with.
 */
import { bootServices } from '../../packages/server/src/platform/boot.js';
import { loadConfig } from '../../packages/server/src/platform/config.js';
import { generate } from './generate.js';
import { scales } from './scale.js';

const DEMO_PASSWORD = 'homeward-demo';
const names = [
  { name: "M'Lup Russey (demo)", nameKm: 'អង្គការម្លប់ឫស្សី (សាកល្បង)' },
  { name: 'Partner NGO (demo)', nameKm: 'អង្គការដៃគូ (សាកល្បង)' },
];

async function main(): Promise<void> {
  const runtime = await bootServices(loadConfig({ ...process.env, LOG_LEVEL: 'silent' }));
  try {
    const { db, auth } = runtime.services;
    if (await db.selectFrom('organisation').select('id').where('name', '=', names[0]!.name).executeTakeFirst()) {
      console.log('The demo is loaded already. Start Homeward with `npm start` and sign in with the accounts it printed (password homeward-demo).');
      return;
    }
    console.log('Loading the demo…');
    const result = await generate(db, auth, { ...scales.tiny, children: 120, households: 70, cases: 170, notes: 900, followUps: 400 }, 7, DEMO_PASSWORD, (o) => names[o - 1] ?? { name: `Demo NGO ${o}`, nameKm: `អង្គការសាកល្បង ${o}` });
    console.log(`\nDemo accounts (password: ${DEMO_PASSWORD})`);
    const seen = new Set<string>();
    for (const s of result.staff) {
      if (seen.has(`${s.organisationId}:${s.role}`)) continue;
      seen.add(`${s.organisationId}:${s.role}`);
      console.log(`  ${s.role.padEnd(14)} ${s.email}`);
    }
    console.log('\nNow run `npm start` and sign in at http://localhost:3000');
  } finally {
    await runtime.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
