import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, cookieOf, freshEnv, launchBrowser, post, setUpStaff, signedInPage, snap, startServer, type Server } from './support.js';

/**
 * Youth programmes on a phone in Khmer: a facilitator starts a club in a centre, registers two
 * members, records their election, takes attendance at a meeting with a walk-in; then adds a care
 * leaver to the network and a small group, records a meeting and an outcome check-in, and sees it
 * all on the young person's page.
 */
const run = `${process.pid}${Date.now().toString(36)}`;
const PASSWORD = 'journey-password-123';
const facilitator = `facilitator-y-${run}@example.org`;
const caseworker = `caseworker-y-${run}@example.org`;

let server: Server;
let browser: Browser;

beforeAll(async () => {
  const env = freshEnv();
  const admin = { email: `admin-y-${run}@example.org`, password: PASSWORD };
  const created = cli(env, ['create-admin', '--email', admin.email, '--name', 'Admin', '--organisation', `Youth NGO ${run}`], PASSWORD);
  if (created.status !== 0) throw new Error(created.stderr);
  server = await startServer(env);
  browser = await launchBrowser();
  await setUpStaff(server, admin, `Youth ${run}`, [{ role: 'facilitator', email: facilitator }, { role: 'caseworker', email: caseworker }], PASSWORD);
  // The centre is registered by its adviser; the facilitator names it for the club.
  const cookie = cookieOf(await post(server, '/api/auth/sign-in/email', { email: caseworker, password: PASSWORD }));
  const centre = await post(server, '/api/centres', { nameKm: 'មណ្ឌលកុមារពន្លឺថ្មី', type: 'ngo', mosvyRegistered: false, mouStatus: 'none' }, cookie);
  if (centre.status !== 201) throw new Error(await centre.text());
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const choose = async (page: Page, testId: string, name: RegExp) => {
  await page.getByTestId(testId).last().click();
  await page.getByRole('option', { name }).first().click();
};

/** Register someone in the open person modal, going past a possible-duplicate warning. */
async function registerInModal(page: Page, family: string, given: string, sex: RegExp): Promise<void> {
  await page.getByTestId('person-family-km').last().fill(family);
  await page.getByTestId('person-given-km').last().fill(given);
  await choose(page, 'person-sex', sex);
  await page.getByTestId('member-submit').click();
  const continueAnyway = page.getByTestId('duplicates-continue');
  await page.getByTestId('member-modal').waitFor({ state: 'hidden' }).catch(async () => {
    if (await continueAnyway.isVisible()) await continueAnyway.click();
    await page.getByTestId('member-modal').waitFor({ state: 'hidden' });
  });
}

describe('youth clubs and the network, Khmer at 360 px', () => {
  it('runs a club with an elected committee and attendance, and follows a care leaver in the network', async () => {
    const page = await signedInPage(browser, server, facilitator, PASSWORD, 'km', 360);
    page.setDefaultTimeout(10_000);
    const shot = (name: string) => snap(page, `youth-journey-km-${name}`);

    // A club in the centre.
    await page.goto(`${server.url}/clubs`);
    await page.getByText('មិនទាន់មានក្លឹបយុវជននៅឡើយទេ').waitFor();
    await page.getByTestId('club-new').click();
    await choose(page, 'club-centre', /មណ្ឌលកុមារពន្លឺថ្មី/);
    await page.getByTestId('club-name').fill('ក្លឹបយុវជនពន្លឺ');
    await page.getByTestId('club-create').click();
    await page.getByTestId('club-add-member').waitFor();

    // Two members, registered in place.
    for (const [family, given] of [['ចាន់', 'សុភា'], ['សុខ', 'វិចិត្រ']] as const) {
      await page.getByTestId('club-add-member').click();
      await registerInModal(page, family, given, /^ស្រី/);
      await page.getByTestId('club-member').filter({ hasText: given }).waitFor();
    }

    // Their election: one president.
    await page.getByTestId('club-election').click();
    await choose(page, 'election-position', /^ប្រធាន$/);
    await choose(page, 'election-person', /សុភា/);
    await page.getByTestId('election-elected').last().click();
    await page.getByTestId('election-save').click();
    await page.getByTestId('club-committee').filter({ hasText: 'សុភា' }).waitFor().catch(async (e: unknown) => {
      await shot('failed');
      throw e;
    });
    await shot('01-club');

    // A meeting, attendance with a walk-in.
    await page.getByTestId('club-meeting-new').click();
    await page.getByTestId('meeting-agenda').fill('រៀបចំថ្ងៃកីឡា');
    await page.getByTestId('meeting-save').click();
    await page.getByTestId('attendance-row').first().waitFor();
    await page.getByTestId('attendance-row').filter({ hasText: 'សុភា' }).click();
    await page.getByTestId('attendance-walk-in').click();
    await registerInModal(page, 'លី', 'ដារ៉ា', /^ប្រុស/);
    await expect.poll(() => page.getByTestId('attendance-count').textContent()).toContain('2');
    await page.getByTestId('attendance-save').click();
    await page.getByText('បានរក្សាទុកទាំងអស់').waitFor();
    await shot('02-attendance');

    // The walk-in has left care: into the network, a small group and a check-in.
    await page.goto(`${server.url}/network`);
    await page.getByTestId('leaver-join').click();
    await page.getByTestId('member-mode').getByText('បានចុះឈ្មោះរួច').click();
    await page.getByTestId('person-picker').fill('ដារ៉ា');
    await page.getByRole('option', { name: /ដារ៉ា/ }).first().click();
    await page.getByTestId('member-submit').click();
    await page.getByTestId('checkin-new').click();
    await page.getByTestId('checkin-housing').getByText('គ្មានស្ថិរភាព').click();
    await page.getByTestId('checkin-save').click();
    await page.getByTestId('checkin-row').waitFor();
    await page.getByTestId('leaver-signs').waitFor();
    await shot('03-care-leaver');

    await page.goto(`${server.url}/network`);
    await page.getByTestId('network-tab-groups').click();
    await page.getByTestId('group-new').click();
    await page.getByTestId('group-name').fill('ក្រុមតូចភ្នំពេញ');
    await page.getByTestId('group-create').click();
    await page.getByTestId('group-add-member').click();
    await choose(page, 'group-member-pick', /ដារ៉ា/);
    await page.getByTestId('group-member-save').click();
    await page.getByTestId('group-member').waitFor();
    await page.getByTestId('group-meeting-new').click();
    await page.getByTestId('group-meeting-save').click();
    await page.getByTestId('attendance-row').filter({ hasText: 'ដារ៉ា' }).click();
    await page.getByTestId('attendance-save').click();
    await page.getByText('បានរក្សាទុកទាំងអស់').waitFor();

    // All of it on his page.
    await page.goto(`${server.url}/people`);
    await page.getByText('ដារ៉ា').first().click();
    await page.getByTestId('person-programmes').waitFor();
    const entries = page.getByTestId('programme-entry');
    await expect.poll(() => entries.count()).toBe(3);
    await expect.poll(async () => (await page.getByTestId('person-programmes').textContent()) ?? '').toContain('ក្លឹបយុវជនពន្លឺ');
    await shot('04-person-programmes');
  }, 120_000);
});
