#!/usr/bin/env node
// `npm test`: typecheck, lint, translation check, unit + HTTP integration tests, then the
// browser journeys. Runs on PGlite, or on PostgreSQL when DATABASE_URL is set. Ends with one
// line `N passed, N failed` summing every suite (a static check counts as one test).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const results = [];
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

function check(name, cmd, args) {
  console.log(`\n── ${name} ──`);
  const ok = run(cmd, args);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
}

function vitest(name, args) {
  console.log(`\n── ${name} ──`);
  fs.mkdirSync('.tmp', { recursive: true });
  const out = `.tmp/${name.replace(/\W+/g, '-')}.json`;
  fs.rmSync(out, { force: true });
  const ok = run('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  let passed = 0;
  let failed = ok ? 0 : 1;
  if (fs.existsSync(out)) {
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    passed = report.numPassedTests;
    // A suite that fails to load counts as a failure even when no test inside it ran.
    failed = report.numFailedTests + report.numFailedTestSuites - (report.numFailedTests > 0 ? Math.min(report.numFailedTestSuites, report.numFailedTests) : 0);
    if (!ok && failed === 0) failed = 1;
  }
  results.push({ name, passed, failed });
}

const db = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
console.log(`Homeward test suite on ${db}`);
check('typecheck server', 'npx', ['tsc', '-p', 'packages/server']);
check('typecheck web', 'npx', ['tsc', '-p', 'packages/web']);
check('typecheck e2e', 'npx', ['tsc', '-p', 'e2e']);
check('typecheck bench', 'npx', ['tsc', '-p', 'bench']);
check('lint', 'npx', ['eslint', '.']);
check('i18n:check', 'npx', ['tsx', 'scripts/i18n-check.ts']);
vitest('unit and integration', []);

// CI also loads the small synthetic dataset and drives a short benchmark, so neither rots
// (the budgets are for `npm run bench`, not for tests).
if (process.env.CI) {
  check('synthetic dataset + benchmark smoke', 'npx', ['tsx', 'bench/run.ts', '--scale', 'small', '--smoke', '--fresh', '--db', process.env.DATABASE_URL ? 'postgres' : 'pglite']);
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (fs.existsSync(chromium)) {
  check('web build', 'npm', ['run', '-s', 'build', '-w', '@homeward/web']);
  vitest('browser journeys', ['--config', 'e2e/vitest.config.ts']);
} else {
  console.log(`\nBrowser journeys not run: no Chromium at ${chromium} (apt-get install -y chromium). .ci/run installs it.`);
}

console.log('\n── summary ──');
for (const r of results) console.log(`${r.failed ? '✗' : '✓'} ${r.name}: ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
