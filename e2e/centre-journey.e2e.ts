import { addDays, todayIso } from '@homeward/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, cookieOf, freshEnv, launchBrowser, post, setUpStaff, signedInPage, snap, startServer, type Server } from './support.js';

/**
 * A centre in transition, on a phone in Khmer and on a desktop in English: an adviser registers
 * a centre with its director, takes the readiness assessment, moves the centre to planning with
 * a plan of three milestones, logs a donor meeting and a director training with attendance, and
 * sees the centre's timeline and the pipeline board, filtered by province and adviser, where the
 * centre moves on with a reason.
 */
const run = `${process.pid}${Date.now().toString(36)}`;
const PASSWORD = 'journey-password-123';
const adviser = `adviser-c-${run}@example.org`;
const partner = `partner-c-${run}@example.org`;
const adminEmail = `admin-c-${run}@example.org`;

let server: Server;
let browser: Browser;

beforeAll(async () => {
  const env = freshEnv();
  const admin = { email: adminEmail, password: PASSWORD };
  const created = cli(env, ['create-admin', '--email', admin.email, '--name', 'Admin', '--organisation', `Centres NGO ${run}`], PASSWORD);
  if (created.status !== 0) throw new Error(created.stderr);
  server = await startServer(env);
  browser = await launchBrowser();
  await setUpStaff(server, admin, `Transition ${run}`, [{ role: 'caseworker', email: adviser }, { role: 'partner', email: partner }], PASSWORD);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Answer every scale item of every section with the same level, with a reason each. */
async function answerAll(page: Page, value: number): Promise<void> {
  const sections = page.getByTestId('assessment-section');
  const count = await sections.count();
  for (let s = 0; s < count; s++) {
    const section = sections.nth(s);
    const toggle = section.locator('button[aria-expanded]').first();
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    const items = section.getByTestId('assessment-item');
    const itemCount = await items.count();
    for (let i = 0; i < itemCount; i++) {
      const item = items.nth(i);
      const choice = item.locator(`[data-testid="level-choice"][data-value="${value}"]`);
      if (await choice.count()) await choice.click();
      else await item.getByTestId('level-choice').first().click();
      // Some instruments ask for a reason with each answer.
      const reason = item.getByTestId('assessment-reason');
      if (await reason.count()) await reason.fill(`បានពិភាក្សាជាមួយនាយកមណ្ឌល ${s + 1}.${i + 1}`);
    }
  }
}

for (const lang of ['km', 'en'] as const) {
  const L = (en: string, km: string) => new RegExp(lang === 'km' ? km : en);
  const width = lang === 'km' ? 360 : 1280;
  const shot = (page: Page, name: string) => snap(page, `centre-journey-${lang}-${name}`);
  const choose = async (page: Page, testId: string, name: RegExp) => {
    await page.getByTestId(testId).click();
    await page.getByRole('option', { name }).first().click();
  };

  describe(`a centre in transition, ${lang === 'km' ? 'Khmer at 360 px' : 'English on a desktop'}`, () => {
    it('registers, assesses, plans, logs support and training, and shows the timeline and the board', async () => {
      const page = await signedInPage(browser, server, adviser, PASSWORD, lang, width);
      const nameKm = lang === 'km' ? 'មណ្ឌលកុមារពន្លឺថ្មី' : 'មណ្ឌលក្តីសង្ឃឹម';

      // Register the centre with its director.
      await page.goto(`${server.url}/centres/new`);
      await page.getByTestId('centre-name-km').fill(nameKm);
      await page.getByTestId('centre-name-latin').fill(lang === 'km' ? 'Ponlok Thmey Children Centre' : 'Kdey Sangkhum Home');
      await choose(page, 'centre-type', L('NGO centre', 'មណ្ឌលអង្គការក្រៅរដ្ឋាភិបាល'));
      await page.getByTestId('place-search').fill(lang === 'km' ? 'បាត់ដំបង' : 'Battambang');
      await page.getByRole('option', { name: L('Battambang', 'បាត់ដំបង') }).first().click();
      await page.getByTestId('centre-director').fill('សុខ ចាន់ថា');
      await shot(page, '01-register');
      await page.getByTestId('centre-save').click();
      await page.waitForURL(/\/centres\/[0-9a-f-]{36}$/);
      const centreUrl = page.url();

      // The readiness assessment, from the centre's readiness tab.
      await page.getByTestId('centre-tab-readiness').click();
      await page.getByTestId('assessment-start').click();
      await page.locator('[data-testid="start-instrument"][data-code="rcc_readiness"]').click();
      await page.getByTestId('start-assessment-date').fill(todayIso());
      await page.getByTestId('start-assessment-go').click();
      await page.waitForURL(/\/assessments\//);
      await page.getByTestId('assessment-section').first().waitFor();
      await answerAll(page, 2);
      await page.getByTestId('assessment-submit').click();
      await page.locator('[data-testid="assessment-status"][data-status="submitted"]').waitFor();
      await shot(page, '02-readiness');

      // Move to planning, with the reason, and a plan of three milestones.
      await page.goto(centreUrl);
      await page.getByTestId('centre-move-stage').click();
      await choose(page, 'move-to-stage', L('Planning', 'ការរៀបចំផែនការ'));
      await page.getByTestId('move-reason').fill('ក្រុមប្រឹក្សាភិបាលបានយល់ព្រមលើការផ្លាស់ប្តូរ');
      await page.getByTestId('move-continue').click();
      await page.getByRole('dialog').getByRole('button', { name: L('Move stage', 'ប្តូរដំណាក់កាល') }).last().click();
      await expect.poll(() => page.getByTestId('centre-stage').first().textContent()).toMatch(L('Planning', 'ការរៀបចំផែនការ'));
      await page.getByTestId('centre-tab-transition').click();
      const milestones = ['ប្រជុំជាមួយម្ចាស់ជំនួយ', 'វាយតម្លៃកុមារទាំងអស់', 'ស្វែងរកគ្រួសារកុមារ'];
      for (const [i, title] of milestones.entries()) {
        await page.getByTestId('milestone-title').fill(title);
        const due = page.getByTestId('milestone-due');
        if (await due.count()) await due.fill(addDays(todayIso(), 30 * (i + 1)));
        await page.getByTestId('milestone-add').click();
        await expect.poll(() => page.getByTestId('milestone').count()).toBe(i + 1);
      }
      await shot(page, '03-plan');

      // A donor-engagement meeting.
      await page.getByTestId('centre-tab-activities').click();
      await page.getByTestId('activity-add').click();
      await choose(page, 'activity-type', L('Donor and board engagement', 'ការចូលរួមរបស់ម្ចាស់ជំនួយ និងក្រុមប្រឹក្សាភិបាល'));
      await page.getByTestId('activity-save').click();
      await page.getByTestId('activity').first().waitFor();
      await shot(page, '04-donor-meeting');

      // A training for directors, the director among its participants, attendance ticked.
      await page.goto(`${server.url}/centres/trainings/new`);
      await page.getByTestId('training-title').fill(lang === 'km' ? 'កិច្ចការពារកុមារសម្រាប់នាយកមណ្ឌល' : 'Child protection for directors');
      await choose(page, 'training-topics', L('Child protection', 'កិច្ចការពារកុមារ'));
      await page.keyboard.press('Escape');
      await shot(page, '05-training-form');
      await page.getByTestId('training-save').click();
      await page.waitForURL(/\/centres\/trainings\/[0-9a-f-]{36}$/);
      await page.getByTestId('participant-name').fill('សុខ ចាន់ថា');
      await choose(page, 'participant-sex', L('Female', 'ស្រី'));
      await choose(page, 'participant-centre', new RegExp(nameKm));
      await page.getByTestId('participant-add').click();
      await page.getByTestId('training-participant').first().waitFor();
      await page.getByTestId('training-tab-attendance').click();
      await page.getByTestId('attendance-row').first().click();
      await shot(page, '06-attendance');
      await page.getByTestId('attendance-save').click();
      await expect.poll(() => page.getByTestId('attendance-save').isDisabled()).toBe(true);
      await page.getByTestId('training-tab-participants').click();
      await expect.poll(() => page.getByTestId('training-participant').first().textContent()).toMatch(/1/);

      // The centre's timeline tells the story, newest first.
      await page.goto(centreUrl);
      await page.getByTestId('centre-tab-timeline').click();
      const timeline = page.getByTestId('centre-timeline');
      await timeline.waitFor();
      await expect.poll(() => timeline.textContent()).toMatch(L('Donor and board engagement', 'ការចូលរួមរបស់ម្ចាស់ជំនួយ'));
      await shot(page, '07-timeline');

      // The pipeline board shows the centre under planning, and the figures below it.
      await page.goto(`${server.url}/centres/board`);
      const planning = page.getByTestId('board-column-planning');
      await expect.poll(() => planning.textContent()).toContain(nameKm);
      await page.getByTestId('centres-dashboard').waitFor();
      await page.getByTestId('centres-map').locator('circle[fill-opacity]').first().waitFor();
      await shot(page, '08-board');

      // Filtered by province and adviser, the centre is still there; it moves to implementation with
      // a reason: by its Move button on a phone, by dragging it to the column on a desktop.
      await choose(page, 'board-province', L('Battambang', 'បាត់ដំបង'));
      await page.waitForURL(/province=/);
      await choose(page, 'board-adviser', /caseworker Transition/);
      await page.waitForURL(/adviserId=/);
      const card = planning.getByTestId('board-card').filter({ hasText: nameKm });
      await card.waitFor();
      if (lang === 'km') {
        await card.getByTestId('board-move').click();
        await page.getByTestId('board-move-implementation').click();
      } else {
        await card.dragTo(page.getByTestId('board-column-implementation'));
      }
      await page.getByTestId('board-reason').fill('ផែនការត្រូវបានអនុម័ត ការងារចាប់ផ្តើម');
      await shot(page, '08b-board-move');
      await page.getByTestId('board-confirm').click();
      await expect.poll(() => page.getByTestId('board-column-implementation').textContent()).toContain(nameKm);

      // A community awareness meeting, counted by role and sex.
      await page.goto(`${server.url}/centres/outreach`);
      await page.getByTestId('outreach-new').click();
      await choose(page, 'outreach-type', L('Village meeting', 'កិច្ចប្រជុំភូមិ'));
      await page.getByTestId('outreach-topic').fill(lang === 'km' ? 'កុមារធំឡើងល្អបំផុតក្នុងគ្រួសារ' : 'Children grow best in families');
      await page.getByTestId('outreach-community_members-female').fill('12');
      await page.getByTestId('outreach-community_members-male').fill('8');
      await shot(page, '09-outreach-form');
      await page.getByTestId('outreach-save').click();
      await page.getByTestId('outreach-row').first().waitFor();
      await expect.poll(() => page.getByTestId('outreach-row').first().textContent()).toMatch(/12|១២/);
      await shot(page, '10-outreach');
      await page.context().close();
    }, 300_000);

    if (lang === 'km') {
      it("links the director's partner account to the centre, which then sees that centre only", async () => {
        const cookie = cookieOf(await post(server, '/api/auth/sign-in/email', { email: adminEmail, password: PASSWORD }));
        const users = (await (await fetch(`${server.url}/api/users?q=${encodeURIComponent(partner)}`, { headers: { cookie } })).json()) as { items: Array<{ id: string }> };
        const admin = await signedInPage(browser, server, adminEmail, PASSWORD, lang, width);
        await admin.goto(`${server.url}/admin/users/${users.items[0]!.id}`);
        await admin.getByTestId('partner-centres').click();
        await admin.getByRole('option', { name: /មណ្ឌលកុមារពន្លឺថ្មី/ }).first().click();
        await admin.keyboard.press('Escape');
        await admin.getByTestId('partner-centres-save').click();
        await expect.poll(() => admin.getByTestId('partner-centres-save').isDisabled()).toBe(true);
        await shot(admin, '11-partner-link');
        await admin.context().close();

        const director = await signedInPage(browser, server, partner, PASSWORD, lang, width);
        await director.goto(`${server.url}/centres`);
        await director.getByTestId('centre-row').first().waitFor();
        expect(await director.getByTestId('centre-row').count()).toBe(1);
        await expect.poll(() => director.getByTestId('centre-row').first().textContent()).toContain('មណ្ឌលកុមារពន្លឺថ្មី');
        await shot(director, '12-partner-sees-own-centre');
        await director.context().close();
      }, 120_000);
    }
  });
}
