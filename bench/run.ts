/**
 * `npm run bench [-- --db pglite|postgres] [--scale small|national] [--seconds N] [--smoke] [--fresh] [--only NAME]`
 *
 * Loads (once) the synthetic dataset, measures the floor (the same data by direct SQL), starts
 * the real server in its own process and drives it over HTTP with signed-in users at 1, 10 and
 * 100 concurrent connections. Writes bench/results/latest.{json,md} and keeps each run in
 * bench/results/history/. Budgets are checked and printed here, never in unit tests.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { bootServices } from '../packages/server/src/platform/boot.js';
import { loadConfig } from '../packages/server/src/platform/config.js';
import { pickContext, type BenchContext } from './harness/context.js';
import { BENCH_PASSWORD, benchEnv, ensureDataset, type Db, type ScaleName } from './harness/dataset.js';
import { drive, percentile } from './harness/load.js';
import { scenarios as allScenarios, stepsOf } from './harness/scenarios.js';
import { signIn, startServer } from './harness/server.js';

interface Result { name: string; value: number; unit: string; db: Db; scale: ScaleName; users?: number }

const { values } = parseArgs({ options: { db: { type: 'string', default: 'pglite' }, scale: { type: 'string', default: 'small' }, seconds: { type: 'string', default: '5' }, smoke: { type: 'boolean', default: false }, fresh: { type: 'boolean', default: false }, only: { type: 'string' } } });
const db = values.db as Db;
const scale = values.scale as ScaleName;
const seconds = values.smoke ? 1 : Number(values.seconds);
const userCounts = values.smoke ? [1, 10] : [1, 10, 100];
// `--only home` measures the scenarios whose name contains "home" (to compare one change quickly).
const scenarios = allScenarios.filter((s) => !values.only || s.name.includes(values.only));
const results: Result[] = [];
const notes: string[] = [];
const put = (name: string, value: number, unit: string, users?: number) => {
  results.push({ name, value: Math.round(value * 100) / 100, unit, db, scale, ...(users ? { users } : {}) });
  console.log(`  ${name}${users ? ` @${users}` : ''}: ${Math.round(value * 100) / 100} ${unit}`);
};


async function measureFloor(env: NodeJS.ProcessEnv): Promise<{ context: BenchContext; floor: Map<string, number> }> {
  const runtime = await bootServices(loadConfig({ ...env, LOG_LEVEL: 'silent' }));
  try {
    const context = await pickContext(runtime.services.db);
    const floor = new Map<string, number>();
    for (const s of scenarios) {
      if (s.unavailable?.(context)) continue;
      const samples: number[] = [];
      for (let i = 0; i < (values.smoke ? 5 : 30); i++) {
        const t0 = performance.now();
        await s.floor(runtime.services.db, context);
        samples.push(performance.now() - t0);
      }
      samples.sort((a, b) => a - b);
      floor.set(s.name, percentile(samples, 0.5));
      put(`floor: ${s.name} p50`, percentile(samples, 0.5), 'ms');
    }
    return { context, floor };
  } finally {
    await runtime.close();
  }
}

/**
 * Why a p95 budget at 100 users is missed, from the run's own figures. With 100 users each
 * keeping one request outstanding, a request waits behind the others: by Little's law the mean
 * time in the system is users ÷ throughput, whatever one request costs alone. Throughput is
 * bounded by the server's CPU per request (cores ÷ CPU) and by the database (the floor).
 */
function whereTimeGoes(rps: number, cpuMs: number, floorMs: number | undefined): string {
  const queueMs = rps > 0 ? (100 / rps) * 1000 : Infinity;
  // PGlite answers queries inside the server's one JavaScript thread: its CPU per request includes
  // the database, and one core is the ceiling. PostgreSQL works in its own processes beside it.
  const cores = db === 'pglite' ? 1 : os.cpus().length;
  const cpuCeiling = cpuMs > 0 ? (cores * 1000) / cpuMs : Infinity;
  const parts = [`${Math.round(rps)} req/s → 100 users queue ≈ ${Math.round(queueMs)} ms each (Little's law)`];
  if (cpuMs > 0) parts.push(`server CPU ${cpuMs.toFixed(1)} ms/request${db === 'pglite' ? ' (queries included)' : ''} caps it at ≈ ${Math.round(cpuCeiling)} req/s on ${cores} core${cores > 1 ? 's' : ''}`);
  if (floorMs !== undefined) parts.push(`the same data by SQL alone takes ${floorMs.toFixed(1)} ms (floor)`);
  const bound = db === 'pglite' ? 'the one thread that runs both the server and the database' : 'the database (and the load generator sharing the cores)';
  parts.push(rps < cpuCeiling * 0.6 ? `throughput is well below that ceiling: ${bound} and other work on the machine bound it` : `throughput is near that ceiling: ${db === 'pglite' ? 'the single thread' : 'the Node process'} is the bound`);
  return parts.join('; ');
}

function firstLoadKb(): number | null {
  const dist = 'packages/web/dist';
  if (!fs.existsSync(`${dist}/index.html`)) return null;
  const html = fs.readFileSync(`${dist}/index.html`, 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return (gzipSync(html).length + assets.reduce((n, a) => n + gzipSync(fs.readFileSync(`${dist}/${a}`)).length, 0)) / 1024;
}

async function main(): Promise<void> {
  const env = benchEnv(db, scale, 3390);
  console.log(`Homeward benchmark: ${db}, ${scale} dataset, ${os.cpus().length} cores`);
  // Other work on the machine shifts every latency; the load average says how busy it was.
  put('machine load average (1 min) at start', os.loadavg()[0]!, 'load');
  const loaded = await ensureDataset(db, scale, env, values.fresh);
  if (loaded.loadedNow) put('dataset load time', loaded.seconds, 's');
  if (loaded.topUpSeconds !== undefined) put('dataset top-up time (centres, assessments, youth programmes)', loaded.topUpSeconds, 's');
  const { context, floor } = await measureFloor(env);

  const server = await startServer(env);
  put('start-up to serving', server.startupMs, 'ms');
  await new Promise((r) => setTimeout(r, 2000));
  put('resident memory at idle', server.rssMb(), 'MB');
  const doc = (await (await fetch(`${server.url}/api/docs/json`)).json()) as { paths: Record<string, Record<string, unknown>> };
  const has = (route: string) => {
    const [method, path] = route.split(' ') as [string, string];
    return !!doc.paths[path.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
  };
  const cookies = {
    caseworker: await signIn(server.url, context.caseworker.email, BENCH_PASSWORD),
    supervisor: await signIn(server.url, context.supervisor.email, BENCH_PASSWORD),
    administrator: await signIn(server.url, context.administrator.email, BENCH_PASSWORD),
    centreSupervisor: context.centre ? await signIn(server.url, context.centre.supervisor.email, BENCH_PASSWORD) : '',
    facilitator: context.club ? await signIn(server.url, context.club.facilitator.email, BENCH_PASSWORD) : '',
  };
  let peakRss = 0;
  const budgets: string[] = [];
  const cpuAt10 = new Map<string, number>();
  for (const s of scenarios) {
    if (!has(s.route)) {
      notes.push(`${s.name}: ${s.route} does not exist yet — not measured`);
      continue;
    }
    const unavailable = s.unavailable?.(context);
    if (unavailable) {
      notes.push(`${s.name}: ${unavailable} — not measured`);
      continue;
    }
    const steps = stepsOf(s, context);
    for (const users of userCounts) {
      const cpu0 = server.cpuMs();
      const out = await drive(server.url, steps, cookies[s.as], users, seconds);
      const cpuPerRequest = out.completed ? (server.cpuMs() - cpu0) / out.completed : 0;
      peakRss = Math.max(peakRss, server.rssMb());
      if (out.completed === 0) {
        notes.push(`${s.name} @${users}: no request completed within ${seconds} s — each took longer`);
        if (users === 100 && s.budgetMs !== undefined && !values.smoke) budgets.push(`MISSED: ${s.name} @100: no answer within ${seconds} s`);
        continue;
      }
      put(`${s.name} p50`, out.p50, 'ms', users);
      put(`${s.name} p95`, out.p95, 'ms', users);
      put(`${s.name} p99`, out.p99, 'ms', users);
      put(`${s.name} throughput`, out.rps, 'req/s', users);
      // Server CPU per request: the fixed cost of a request, little affected by other load on the machine.
      if (users === 10) put(`${s.name} server CPU per ${steps.length > 1 ? 'action' : 'request'}`, cpuPerRequest, 'ms', users);
      if (out.errors || out.non2xx) notes.push(`${s.name} @${users}: ${out.errors} errors, ${out.non2xx} non-2xx answers`);
      const f = floor.get(s.name);
      if (users === 1 && f) put(`${s.name} api / floor (p50)`, out.p50 / Math.max(f, 0.01), 'ratio', users);
      if (users === 10) cpuAt10.set(s.name, cpuPerRequest);
      if (users === 100 && s.budgetMs !== undefined && !values.smoke) {
        budgets.push(`${out.p95 <= s.budgetMs ? 'holds' : 'MISSED'}: ${s.name} p95 @100 = ${out.p95} ms (budget p95 ≤ ${s.budgetMs} ms)`);
        if (out.p95 > s.budgetMs) budgets.push(`  where the time goes: ${whereTimeGoes(out.rps, cpuAt10.get(s.name) ?? 0, floor.get(s.name))}`);
      }
    }
  }
  put('resident memory under load (peak)', peakRss, 'MB');
  put('machine load average (1 min) at end', os.loadavg()[0]!, 'load');
  await server.stop();
  const kb = firstLoadKb();
  if (kb !== null) put('web app first load, HTML + JS + CSS (gzip)', kb, 'KB');

  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }
  const report = { commit, cores: os.cpus().length, date: new Date().toISOString(), smoke: values.smoke, results, notes, budgets };
  // A smoke run (CI) or a partial one proves the harness or compares a change; neither replaces the recorded figures.
  const dir = values.smoke ? '.tmp/bench-smoke' : values.only ? '.tmp/bench-only' : 'bench/results';
  fs.mkdirSync(`${dir}/history`, { recursive: true });
  fs.writeFileSync(`${dir}/latest.json`, JSON.stringify(report, null, 2) + '\n');
  fs.writeFileSync(`${dir}/history/${report.date.slice(0, 19).replace(/:/g, '')}-${db}-${scale}.json`, JSON.stringify(report, null, 2) + '\n');
  const md = [
    `# Homeward benchmark — ${db}, ${scale} dataset`, '', `Commit ${commit}, ${report.cores} cores, ${report.date}${values.smoke ? ' (smoke run)' : ''}.`, '',
    '| measure | users | value | unit |', '|---|---:|---:|---|',
    ...results.map((r) => `| ${r.name} | ${r.users ?? ''} | ${r.value} | ${r.unit} |`),
    '', ...(budgets.length ? ['## Budgets', '', ...budgets.map((b) => `- ${b}`), ''] : []),
    ...(notes.length ? ['## Notes', '', ...notes.map((n) => `- ${n}`), ''] : []),
  ].join('\n');
  fs.writeFileSync(`${dir}/latest.md`, md);
  console.log('\n' + [...budgets, ...notes].join('\n'));
  console.log(`\nWrote ${dir}/latest.json and latest.md`);
  const failures = results.length === 0 || notes.some((n) => / errors, | non-2xx/.test(n) && !/ 0 errors, 0 non-2xx/.test(n));
  if (values.smoke && failures) {
    console.error('Smoke run saw errors');
    process.exit(1);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
