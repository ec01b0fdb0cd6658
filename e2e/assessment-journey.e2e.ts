import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { addDays, itemsOf, todayIso, type TInstrument } from '@homeward/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, cookieOf, freshEnv, launchBrowser, post, screenshotsDir, setUpStaff, signedInPage, snap, startServer, type Server } from './support.js';

/**
 * Assessments in Khmer on a 360 px phone: a caseworker takes a Child Status Index for a child
 * with an open case, takes a second one a month later, sees the trend, and prints MoSVY form 2.
 */
const run = `${process.pid}${Date.now().toString(36)}`;
const PASSWORD = 'journey-password-123';
const caseworker = `cw-a-${run}@example.org`;

let server: Server;
let browser: Browser;
let caseId = '';

beforeAll(async () => {
  const env = freshEnv();
  const admin = { email: `admin-a-${run}@example.org`, password: PASSWORD };
  const created = cli(env, ['create-admin', '--email', admin.email, '--name', 'Admin', '--organisation', `Assessment NGO ${run}`], PASSWORD);
  if (created.status !== 0) throw new Error(created.stderr);
  server = await startServer(env);
  browser = await launchBrowser();
  await setUpStaff(server, admin, `Battambang ${run}`, [{ role: 'caseworker', email: caseworker }], PASSWORD);
  // The child and her case come from the API: this journey is about the assessment screens.
  const cookie = cookieOf(await post(server, '/api/auth/sign-in/email', { email: caseworker, password: PASSWORD }));
  const child = (await (await post(server, '/api/people', {
    kind: 'child', sex: 'female', familyNameKm: 'សុខ', givenNameKm: 'ស្រីពៅ', familyNameLatin: 'Sok', givenNameLatin: 'Sreypov', birthDate: '2015-03-12',
  }, cookie)).json()) as { id: string };
  const kase = await post(server, '/api/cases', {
    childId: child.id, riskLevel: 'medium', referralDate: addDays(todayIso(), -60), referralSource: 'rcc', referralReason: 'Living in a residential care centre; family found in Kandal.',
  }, cookie);
  expect(kase.status).toBe(201);
  caseId = ((await kase.json()) as { id: string }).id;
  // Her grandmother's household, and the MoSVY child and family assessments form 2 prints.
  const household = await post(server, '/api/households', { name: 'គ្រួសារលោកយាយ ខៀវ', members: [{ personId: child.id, relationship: 'grandchild' }] }, cookie);
  expect(household.status).toBe(201);
  const householdId = ((await household.json()) as { id: string }).id;
  await submitMosvy(cookie, 'mosvy_child', 'person', child.id);
  await submitMosvy(cookie, 'mosvy_family', 'household', householdId);
}, 120_000);

/** Take a shipped MoSVY instrument through the API: every item 'good' (3), with a reason. */
async function submitMosvy(cookie: string, code: string, subjectType: string, subjectId: string): Promise<void> {
  const list = (await (await fetch(`${server.url}/api/instruments`, { headers: { cookie } })).json()) as Array<{ id: string; code: string }>;
  const instrumentId = list.find((i) => i.code === code)!.id;
  const instrument = (await (await fetch(`${server.url}/api/instruments/${instrumentId}`, { headers: { cookie } })).json()) as TInstrument;
  const answers = Object.fromEntries(itemsOf(instrument.definition).map(({ item }) => [item.key, { value: item.kind === 'scale' ? 3 : null, reason: 'បានសង្កេតឃើញ' }]));
  const draft = await post(server, '/api/assessments', { instrumentId, subjectType, subjectId, caseId, assessedOn: todayIso(), answers }, cookie);
  expect(draft.status, await draft.clone().text()).toBe(201);
  const { id, rowVersion } = (await draft.json()) as { id: string; rowVersion: number };
  const submit = await post(server, `/api/assessments/${id}/submit`, { rowVersion }, cookie);
  expect(submit.status, await submit.clone().text()).toBe(200);
}

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Answer every scale item of every section, cycling through `values`, with a reason each. */
async function answerAll(page: Page, values: number[]): Promise<void> {
  const sections = page.getByTestId('assessment-section');
  const count = await sections.count();
  let n = 0;
  for (let s = 0; s < count; s++) {
    const section = sections.nth(s);
    const toggle = section.locator('button[aria-expanded]').first();
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    const items = section.getByTestId('assessment-item');
    const itemCount = await items.count();
    for (let i = 0; i < itemCount; i++) {
      const item = items.nth(i);
      await item.locator(`[data-testid="level-choice"][data-value="${values[n++ % values.length]}"]`).click();
      await item.getByTestId('assessment-reason').fill(`បានសង្កេតឃើញនៅពេលចុះសួរសុខទុក្ខ ${s + 1}.${i + 1}`);
    }
  }
}

async function takeCsi(page: Page, assessedOn: string, values: number[], shot: string): Promise<void> {
  await page.goto(`${server.url}/cases/${caseId}?tab=assessments`);
  await page.getByTestId('assessment-start').click();
  await page.locator('[data-testid="start-instrument"][data-code="csi"]').click();
  await page.getByTestId('start-assessment-date').fill(assessedOn);
  await page.getByTestId('start-assessment-go').click();
  await page.waitForURL(/\/assessments\//);
  await page.getByTestId('assessment-section').first().waitFor();
  // Submitting too early lists what is missing instead of losing anything.
  await page.getByTestId('assessment-submit').click();
  await page.getByTestId('assessment-problems').waitFor();
  await answerAll(page, values);
  await snap(page, `${shot}-answered`);
  await page.getByTestId('assessment-submit').click();
  await page.locator('[data-testid="assessment-status"][data-status="submitted"]').waitFor();
  await snap(page, `${shot}-submitted`);
}

describe('assessments in Khmer, 360 px', () => {
  it('takes two CSI assessments, shows the trend and prints MoSVY form 2', async () => {
    const page = await signedInPage(browser, server, caseworker, PASSWORD, 'km', 360);
    await takeCsi(page, addDays(todayIso(), -30), [2, 1, 2, 3, 2, 2], 'assessment-journey-km-01-first');
    await takeCsi(page, todayIso(), [3, 3, 4, 3, 3, 4], 'assessment-journey-km-02-second');

    await page.goto(`${server.url}/cases/${caseId}?tab=assessments`);
    const trend = page.getByTestId('assessment-trend').first();
    await trend.waitFor();
    await trend.locator('svg .recharts-line').first().waitFor();
    await snap(page, 'assessment-journey-km-03-trend');

    // Form 2 is ready (child and family assessed): print it in Khmer and keep the pages.
    await page.getByTestId('print-forms').click();
    await page.locator('[data-testid="mosvy-form-2"][data-ready="true"]').waitFor();
    await snap(page, 'assessment-journey-km-04-forms');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('mosvy-form-2-km').click()]);
    const pdf = path.join(screenshotsDir, 'assessment-journey-km-05-form-2.pdf');
    await download.saveAs(pdf);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    // Pictures of the pages, for people to look at (poppler-utils; .ci/run installs it).
    spawnSync('pdftoppm', ['-png', '-r', '60', pdf, pdf.replace(/\.pdf$/, '')]);
    await page.context().close();
  }, 240_000);
});
