import { addDays, todayIso } from '@homeward/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, freshEnv, launchBrowser, setUpStaff, signedInPage, snap, startServer, type Server } from './support.js';

/**
 * Young people's programmes, in English on a desktop and in Khmer on a phone: a facilitator runs a
 * life-skills course (two young people enrolled, a session with attendance, questionnaires before
 * and after, the change shown), takes one young person's vocational scholarship from application
 * to an outcome, and finds both on the young person's page; a manager goes from that page to
 * the young person's counselling and legal advice.
 */
const run = `${process.pid}${Date.now().toString(36)}`;
const PASSWORD = 'journey-password-123';
const facilitator = `facilitator-p-${run}@example.org`;
const manager = `manager-p-${run}@example.org`;

let server: Server;
let browser: Browser;

beforeAll(async () => {
  const env = freshEnv();
  const admin = { email: `admin-p-${run}@example.org`, password: PASSWORD };
  const created = cli(env, ['create-admin', '--email', admin.email, '--name', 'Admin', '--organisation', `Programmes NGO ${run}`], PASSWORD);
  if (created.status !== 0) throw new Error(created.stderr);
  server = await startServer(env);
  browser = await launchBrowser();
  await setUpStaff(server, admin, `Programmes ${run}`, [{ role: 'facilitator', email: facilitator }, { role: 'manager', email: manager }], PASSWORD);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface Young { familyKm: string; givenKm: string; familyLatin: string; givenLatin: string; sex: RegExp }

/** What each run types and expects to read, in its language. */
const runs = [
  {
    lang: 'en' as const, width: 1280,
    people: [
      { familyKm: 'ចាន់', givenKm: 'សុភា', familyLatin: 'Chan', givenLatin: 'Sophea', sex: /^Female/ },
      { familyKm: 'សុខ', givenKm: 'វិចិត្រ', familyLatin: 'Sok', givenLatin: 'Vichet', sex: /^Male/ },
    ] satisfies Young[],
    course: 'Getting ready for work, Battambang', topic: /^Communication skills$/,
    scholarship: { provider: 'Don Bosco Technical School', course: 'Motorbike repair' },
    outcome: /^Employed$/,
    expect: { meanChange: /Course mean change: \+(5|៥)/, present: /(2|២) of (2|២) present/, attended: /Came to (1|១) of (1|១) sessions/, status: 'Completed', outcome: 'Employed', counselling: 'Counselling and legal advice' },
  },
  {
    lang: 'km' as const, width: 360,
    people: [
      { familyKm: 'លី', givenKm: 'ដារ៉ា', familyLatin: 'Ly', givenLatin: 'Dara', sex: /^ប្រុស/ },
      { familyKm: 'ហេង', givenKm: 'បុប្ផា', familyLatin: 'Heng', givenLatin: 'Bopha', sex: /^ស្រី/ },
    ] satisfies Young[],
    course: 'ត្រៀមខ្លួនសម្រាប់ការងារ ភ្នំពេញ', topic: /^ជំនាញទំនាក់ទំនង$/,
    scholarship: { provider: 'សាលាបច្ចេកទេសដុនបូស្កូ', course: 'ជួសជុលម៉ូតូ' },
    outcome: /^មានការងារធ្វើ$/,
    expect: { meanChange: /ការផ្លាស់ប្តូរមធ្យមនៃវគ្គ៖ \+(5|៥)/, present: /(2|២) នាក់ ក្នុងចំណោម (2|២)/, attended: /បានមកចូលរួម (1|១) ក្នុងចំណោមវគ្គ (1|១)/, status: 'បានបញ្ចប់', outcome: 'មានការងារធ្វើ', counselling: 'ការប្រឹក្សាយោបល់ និងដំបូន្មានផ្លូវច្បាប់' },
  },
];

const choose = async (page: Page, testId: string, name: RegExp) => {
  await page.getByTestId(testId).last().click();
  await page.getByRole('option', { name }).first().click();
};

/** Find a registered young person by name in the open picker and choose them. */
async function pick(page: Page, name: string): Promise<void> {
  await page.getByTestId('person-picker').last().fill(name);
  await page.getByRole('option', { name: new RegExp(name) }).first().click().catch(async (e: unknown) => {
    await snap(page, 'youth-programmes-pick-failed');
    throw e;
  });
}

/** Register a young person on the register page, past a possible-duplicate warning; answers their page's address. */
async function register(page: Page, y: Young): Promise<string> {
  await page.goto(`${server.url}/people/new`);
  await page.getByTestId('person-family-km').fill(y.familyKm);
  await page.getByTestId('person-given-km').fill(y.givenKm);
  await page.getByTestId('person-family-latin').fill(y.familyLatin);
  await page.getByTestId('person-given-latin').fill(y.givenLatin);
  await choose(page, 'person-sex', y.sex);
  await page.getByTestId('person-submit').click();
  const personPage = /\/people\/[0-9a-f-]{36}$/;
  const continueAnyway = page.getByTestId('duplicates-continue');
  await Promise.race([page.waitForURL(personPage).catch(() => undefined), continueAnyway.waitFor().catch(() => undefined)]);
  if (!personPage.test(page.url())) {
    await continueAnyway.click();
    await page.waitForURL(personPage);
  }
  return page.url();
}

/** The communication questionnaire, taken on the young person's page: three statements rated. */
async function questionnaire(page: Page, personUrl: string, assessedOn: string, ratings: [number, number, number]): Promise<void> {
  if (page.url() !== personUrl) await page.goto(personUrl);
  await page.getByTestId('assessment-start').click().catch(async (e: unknown) => {
    await snap(page, 'youth-programmes-questionnaire-failed');
    throw e;
  });
  await page.locator('[data-testid="start-instrument"][data-code="life_skills_communication"]').click();
  await page.getByTestId('start-assessment-date').fill(assessedOn);
  await page.getByTestId('start-assessment-go').click();
  await page.waitForURL(/\/assessments\//);
  const section = page.locator('[data-testid="assessment-section"][data-section="self_rating"]');
  const toggle = section.locator('button[aria-expanded]').first();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const items = section.getByTestId('assessment-item');
  for (const [i, value] of ratings.entries()) await items.nth(i).locator(`[data-testid="level-choice"][data-value="${value}"]`).click();
  await page.getByTestId('assessment-submit').click();
  await page.locator('[data-testid="assessment-status"][data-status="submitted"]').waitFor();
}

describe.each(runs)('youth programmes in $lang at $width px', (r) => {
  it('runs a course with attendance and questionnaires, a scholarship to its outcome, and shows both on the young person\'s page', async () => {
    const page = await signedInPage(browser, server, facilitator, PASSWORD, r.lang, r.width);
    page.setDefaultTimeout(10_000);
    const shot = (name: string) => snap(page, `youth-programmes-${r.lang}-${name}`);
    const failing = async (e: unknown) => {
      await shot('failed');
      throw e;
    };
    const [first, second] = r.people as [Young, Young];
    const name = (y: Young) => (r.lang === 'km' ? y.givenKm : y.givenLatin);
    const week = addDays(todayIso(), -7);

    // The two young people, each answering the communication questionnaire before the course
    // (4 and 6 of 12), on the day its first session was held.
    const firstUrl = await register(page, first);
    await questionnaire(page, firstUrl, week, [1, 2, 1]);
    const secondUrl = await register(page, second);
    await questionnaire(page, secondUrl, week, [2, 2, 2]);

    // A course that began a week ago with a communication session (held before these two joined).
    await page.goto(`${server.url}/courses`);
    await page.getByTestId('course-new').click();
    await page.getByTestId('course-name').fill(r.course);
    await page.getByRole('dialog').locator('input[type="date"]').first().fill(week);
    await page.getByTestId('course-create').click();
    await page.getByTestId('course-add-session').waitFor();
    for (const y of [first, second]) {
      await pick(page, name(y));
      await page.getByTestId('course-enrol').click();
      // Enrolled: the choice is cleared for the next one.
      const enrolButton = page.getByTestId('course-enrol');
      await expect.poll(async () => (await enrolButton.isDisabled()) && (await enrolButton.getAttribute('data-loading')) === null).toBe(true);
    }

    for (const heldOn of [week, todayIso()]) {
      await page.getByTestId('course-add-session').click();
      // The form keeps the topic of the last session added (choosing it again would clear it).
      if (!r.topic.test(await page.getByTestId('session-topic').last().inputValue())) await choose(page, 'session-topic', r.topic);
      await page.getByRole('dialog').locator('input[type="date"]').first().fill(heldOn);
      await page.getByTestId('session-save').click();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
    }
    await expect.poll(() => page.getByTestId('course-session').count()).toBe(2);

    // Today's session: both came.
    await page.getByTestId('course-session').last().click();
    const rows = page.getByTestId('attendance-row');
    await expect.poll(() => rows.count()).toBe(2);
    await rows.filter({ hasText: name(first) }).click();
    await rows.filter({ hasText: name(second) }).click();
    await page.getByTestId('attendance-save').click();
    await expect.poll(() => page.getByTestId('attendance-save').isDisabled()).toBe(true);
    await expect.poll(async () => (await page.getByTestId('course-session').last().textContent()) ?? '').toMatch(r.expect.present);
    await shot('01-course-attendance');

    // The questionnaire again after the course (10 and 10 of 12).
    await questionnaire(page, firstUrl, todayIso(), [3, 3, 4]);
    await questionnaire(page, secondUrl, todayIso(), [3, 4, 3]);

    await page.goto(`${server.url}/courses`);
    await page.getByTestId('course-link').filter({ hasText: r.course }).click();
    const results = page.getByTestId('course-results');
    await results.waitFor().catch(failing);
    await expect.poll(async () => (await results.textContent()) ?? '').toMatch(r.expect.meanChange);
    await results.scrollIntoViewIfNeeded();
    await shot('02-course-results');

    // A scholarship for the first young person, from application to what came after.
    await page.goto(`${server.url}/scholarships`);
    await page.getByTestId('scholarship-new').click();
    await pick(page, name(first));
    await page.getByTestId('scholarship-provider').fill(r.scholarship.provider);
    await page.getByTestId('scholarship-course').fill(r.scholarship.course);
    await page.getByTestId('scholarship-create').click();
    for (const to of ['under_review', 'awarded', 'in_training', 'completed']) {
      await page.getByTestId(`scholarship-move-${to}`).click().catch(failing);
      await page.getByTestId('scholarship-move-confirm').click();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
    }
    await choose(page, 'scholarship-outcome', r.outcome);
    await page.getByTestId('scholarship-outcome-save').click();
    await page.locator('.mantine-Badge-root', { hasText: r.expect.outcome }).waitFor().catch(failing);
    await shot('03-scholarship');

    // All of it on the young person's page, in words rather than codes; counselling is not the facilitator's.
    await page.goto(firstUrl);
    const programmes = page.getByTestId('person-programmes');
    await programmes.waitFor();
    const course = programmes.locator('[data-testid="programme-entry"][data-kind="course"]');
    const scholarship = programmes.locator('[data-testid="programme-entry"][data-kind="scholarship"]');
    await expect.poll(async () => (await course.textContent()) ?? '').toContain(r.course);
    expect(await course.getByTestId('programme-attendance').textContent()).toMatch(r.expect.attended);
    const said = (await scholarship.textContent()) ?? '';
    expect(said).toContain(r.scholarship.course);
    expect(await scholarship.getByTestId('scholarship-status').textContent()).toBe(r.expect.status);
    expect(await scholarship.getByTestId('programme-role').textContent()).toBe(r.expect.outcome);
    expect(said).not.toMatch(/completed|employed|in_training/);
    expect(await page.getByTestId('person-counselling').count()).toBe(0);
    await programmes.scrollIntoViewIfNeeded();
    await shot('04-person-programmes');
    await page.context().close();

    // A manager may read counselling: from the same page to the young person's sessions and legal matters.
    const managerPage = await signedInPage(browser, server, manager, PASSWORD, r.lang, r.width);
    managerPage.setDefaultTimeout(10_000);
    await managerPage.goto(firstUrl);
    const toCounselling = managerPage.getByTestId('person-counselling');
    expect(await toCounselling.textContent()).toBe(r.expect.counselling);
    await toCounselling.scrollIntoViewIfNeeded();
    await snap(managerPage, `youth-programmes-${r.lang}-05-person-counselling-link`);
    await toCounselling.click();
    await managerPage.waitForURL(/\/counselling\/[0-9a-f-]{36}$/);
    await managerPage.getByText(r.expect.counselling).first().waitFor();
    await managerPage.getByTestId('counselling-add-session').waitFor();
    await snap(managerPage, `youth-programmes-${r.lang}-06-counselling`);
    await managerPage.context().close();
  }, 120_000);
});
