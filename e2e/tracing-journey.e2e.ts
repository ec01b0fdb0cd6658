import { todayIso } from '@homeward/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, cookieOf, freshEnv, launchBrowser, post, setUpStaff, signedInPage, snap, startServer, type Server } from './support.js';

/**
 * Family tracing in the browser (English, desktop): a caseworker opens a tracing request for a
 * child's mother — known only by a Latin spelling other than the one she was registered with —
 * records an attempt, sees her among the possible matches with the reasons, and records her as
 * found; the request's status and timeline follow. The same name typed in another spelling in
 * the people search box finds her through the matcher too.
 */
const run = `${process.pid}${Date.now().toString(36)}`;
const PASSWORD = 'journey-password-123';

let server: Server;
let browser: Browser;
const caseworker = `cw-${run}@example.org`;

beforeAll(async () => {
  const env = freshEnv();
  const created = cli(env, ['create-admin', '--email', `admin-${run}@example.org`, '--name', 'Admin', '--organisation', `Tracing NGO ${run}`], PASSWORD);
  if (created.status !== 0) throw new Error(created.stderr);
  server = await startServer(env);
  browser = await launchBrowser();
  await setUpStaff(server, { email: `admin-${run}@example.org`, password: PASSWORD }, `Battambang ${run}`, [{ role: 'caseworker', email: caseworker }], PASSWORD);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('family tracing in English, desktop', () => {
  it('opens a tracing request, records an attempt, sees the mother among the matches and records her found', async () => {
    // The mother is already registered (another programme met her), spelt Sreymom.
    const cookie = cookieOf(await post(server, '/api/auth/sign-in/email', { email: caseworker, password: PASSWORD }));
    const mother = await post(server, '/api/people', {
      kind: 'adult', sex: 'female', familyNameKm: 'សុខ', givenNameKm: 'ស្រីមុំ', familyNameLatin: 'Sok', givenNameLatin: 'Sreymom', birthDate: '1986-04-01',
    }, cookie);
    expect(mother.status, await mother.clone().text()).toBe(201);
    const child = await post(server, '/api/people', {
      kind: 'child', sex: 'male', familyNameKm: 'ចាន់', givenNameKm: 'ដារា', familyNameLatin: 'Chan', givenNameLatin: 'Dara', birthDate: '2015-02-01', motherGivenName: 'Srey Mum',
    }, cookie);
    expect(child.status).toBe(201);
    const childId = ((await child.json()) as { id: string }).id;

    const cw = await signedInPage(browser, server, caseworker, PASSWORD, 'en', 1280);
    const fail = async (e: unknown) => {
      await snap(cw, 'tracing-journey-failed');
      throw e;
    };

    // A case for the child, then its Tracing tab.
    await cw.goto(`${server.url}/people/${childId}`);
    await cw.getByTestId('case-open').click();
    await cw.getByTestId('case-risk').click();
    await cw.getByRole('option', { name: /^High/ }).first().click();
    await cw.getByTestId('case-referral-source').click();
    await cw.getByRole('option', { name: /Residential care centre/ }).first().click();
    await cw.getByTestId('case-reason').fill('Separated from his mother during migration to Thailand.');
    await cw.getByTestId('case-open-submit').click();
    await cw.getByTestId('case-stage-badge').waitFor().catch(fail);
    await cw.getByTestId('case-tab-tracing').click();

    // The request: his mother, known only by a Latin spelling other than the registered one.
    await cw.getByTestId('tracing-new').click();
    await cw.getByTestId('tracing-relationship').click();
    await cw.getByRole('option', { name: /^Mother/ }).first().click();
    await cw.locator('form input[lang="en"]').nth(0).fill('Sok');
    await cw.locator('form input[lang="en"]').nth(1).fill('Srey Mum');
    await cw.getByTestId('tracing-request-submit').click();
    await cw.getByTestId('tracing-request').waitFor().catch(fail);

    // An attempt through the village chief.
    await cw.getByTestId('tracing-add-attempt').click();
    await cw.getByTestId('tracing-attempt-date').fill(todayIso());
    await cw.getByRole('radio', { name: 'Village chief' }).check({ force: true }).catch(() => cw.getByText('Village chief', { exact: true }).click());
    await cw.getByTestId('tracing-attempt-outcome').fill('The village chief knows a Sok Srey Mom who moved to Battambang town.');
    await cw.getByTestId('tracing-attempt-submit').click();
    await cw.getByTestId('tracing-timeline-attempt').waitFor().catch(fail);

    // The possible matches name her, with the reasons.
    await cw.getByTestId('tracing-show-matches').click();
    const match = cw.getByTestId('tracing-match').filter({ hasText: 'ស្រីមុំ' });
    await match.waitFor().catch(fail);
    expect(await match.textContent()).toMatch(/Latin spelling variant of the given name/);
    await snap(cw, 'tracing-journey-en-01-matches');

    // Found: picked from the matches, in one step.
    await cw.getByTestId('tracing-record-found').click();
    await cw.getByRole('radio', { name: /ស្រីមុំ/ }).check();
    await cw.getByTestId('tracing-found-submit').click();
    await cw.locator('[data-testid="tracing-request"][data-status="found"]').waitFor().catch(fail);
    await cw.getByTestId('tracing-timeline-status').first().waitFor();
    await snap(cw, 'tracing-journey-en-02-found');

    // The people search box takes the same free text and finds her through the matcher.
    await cw.goto(`${server.url}/people`);
    await cw.getByTestId('people-search').fill('sok srey mum');
    await cw.getByTestId('similar-people').getByText('ស្រីមុំ').waitFor().catch(fail);
    await snap(cw, 'tracing-journey-en-03-similar-names');
    await cw.context().close();
  }, 240_000);
});
