import { addDays, todayIso } from '@homeward/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { cli, freshEnv, launchBrowser, setUpStaff, signedInPage, snap, startServer, type Server } from './support.js';

/**
 * The reintegration pathway in the browser, once in English and once in Khmer: a caseworker
 * registers a child and her grandmother, opens a case, records a home visit, builds a care plan
 * that the supervisor approves, places the child in kinship care, sees the generated follow-ups,
 * records one, and closes the case with the supervisor's approval.
 */
const run = `${process.pid}${Date.now().toString(36)}`;
const PASSWORD = 'journey-password-123';
const today = todayIso();

let server: Server;
let browser: Browser;
const staff = { caseworker: `cw-${run}@example.org`, supervisor: `sup-${run}@example.org` };

beforeAll(async () => {
  const env = freshEnv();
  const created = cli(env, ['create-admin', '--email', `admin-${run}@example.org`, '--name', 'Admin', '--organisation', `Journey NGO ${run}`], PASSWORD);
  if (created.status !== 0) throw new Error(created.stderr);
  server = await startServer(env);
  browser = await launchBrowser();
  await setUpStaff(server, { email: `admin-${run}@example.org`, password: PASSWORD }, `Kandal ${run}`, [
    { role: 'supervisor', email: staff.supervisor },
    { role: 'caseworker', email: staff.caseworker },
  ], PASSWORD);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

for (const lang of ['en', 'km'] as const) {
  const L = (en: string, km: string) => new RegExp(lang === 'km' ? km : en);
  const width = lang === 'km' ? 360 : 1280;

  const session = (email: string): Promise<Page> => signedInPage(browser, server, email, PASSWORD, lang, width);
  const choose = async (page: Page, testId: string, name: RegExp) => {
    await page.getByTestId(testId).click();
    await page.getByRole('option', { name }).first().click();
  };
  const closed = (page: Page, testId: string) => page.getByTestId(testId).waitFor({ state: 'detached' });
  const approveFirst = async (sup: Page) => {
    await sup.goto(`${server.url}/approvals`);
    await sup.getByTestId('approval-approve').first().click();
    await sup.getByTestId('approval-confirm').click();
    await closed(sup, 'approval-confirm');
  };

  describe(`the case pathway in ${lang === 'en' ? 'English, desktop' : 'Khmer, 360 px'}`, () => {
    it('registers a child and kin, opens, plans, places, follows up and closes a case', async () => {
      const cw = await session(staff.caseworker);
      const sup = await session(staff.supervisor);

      // Register the child.
      await cw.goto(`${server.url}/people/new`);
      await cw.getByTestId('person-family-km').fill('ចាន់');
      await cw.getByTestId('person-given-km').fill(lang === 'en' ? 'សុភា' : 'ស្រីពៅ');
      await cw.getByTestId('person-family-latin').fill('Chan');
      await cw.getByTestId('person-given-latin').fill(lang === 'en' ? 'Sophea' : 'Sreypov');
      await choose(cw, 'person-sex', L('^Female', '^ស្រី'));
      await cw.getByTestId('person-birth-date').fill('2014-05-01');
      await snap(cw, `case-journey-${lang}-01-register`);
      await cw.getByTestId('person-submit').click();
      // A child of the same name from an earlier run may be offered as a possible duplicate.
      const continueAnyway = cw.getByTestId('duplicates-continue');
      await cw.getByTestId('kin-add').or(continueAnyway).first().waitFor().catch(async (e: unknown) => {
        await snap(cw, `case-journey-${lang}-failed`);
        throw e;
      });
      if (await continueAnyway.isVisible()) await continueAnyway.click();

      // Her grandmother, as kin.
      await cw.getByTestId('kin-add').click();
      await cw.getByTestId('person-given-km').last().fill('ខៀវ');
      await cw.getByTestId('person-family-km').last().fill('សុខ');
      await choose(cw, 'person-sex', L('^Female', '^ស្រី'));
      await choose(cw, 'kin-relationship', L('^Grandparent$', '^ជីដូនជីតា$'));
      await cw.getByTestId('kin-submit').click();
      await cw.getByText('ខៀវ').first().or(continueAnyway).first().waitFor().catch(async (e: unknown) => {
        await snap(cw, `case-journey-${lang}-failed`);
        throw e;
      });
      if (await continueAnyway.isVisible()) await continueAnyway.click();
      await cw.getByText('ខៀវ').first().waitFor();
      await snap(cw, `case-journey-${lang}-02-child-with-kin`);

      // Open a case with the intake.
      await cw.getByTestId('case-open').click();
      await choose(cw, 'case-risk', L('^High', '^ហានិភ័យខ្ពស់|^ខ្ពស់'));
      await choose(cw, 'case-referral-source', L('Residential care centre', 'មណ្ឌលថែទាំកុមារ'));
      await cw.getByTestId('case-reason').fill('Living in a residential care centre; her grandmother was found in Kandal.');
      await cw.getByTestId('case-open-submit').click();
      await cw.getByTestId('case-stage-badge').waitFor();

      // A home visit.
      await cw.getByTestId('case-tab-notes').click();
      await cw.getByTestId('note-add').click();
      await choose(cw, 'note-type', L('^Home visit', '^ការចុះសួរសុខទុក្ខតាមផ្ទះ'));
      await cw.getByTestId('note-date').fill(today);
      await cw.getByTestId('note-narrative').fill('បានជួបជីដូន។ She is willing and able to care for her granddaughter.');
      await cw.getByTestId('note-submit').click();
      await closed(cw, 'note-submit');

      // Through assessment to care planning.
      for (const stage of [L('^Assessment', '^ការវាយតម្លៃ'), L('^Care planning', '^ការរៀបចំផែនការថែទាំ')]) {
        await cw.getByTestId('case-stage-move').click();
        await choose(cw, 'case-stage-target', stage);
        await cw.getByTestId('case-stage-submit').click();
        await closed(cw, 'case-stage-submit');
      }

      // The care plan, submitted for approval.
      await cw.getByTestId('case-tab-plan').click();
      await cw.getByTestId('plan-create').click();
      await choose(cw, 'plan-care-option', L('Kinship care', 'ការថែទាំដោយសាច់ញាតិ'));
      await cw.getByTestId('plan-best-interests').fill('Her grandmother is safe, willing, and near her school.');
      await cw.getByTestId('plan-goal-description').first().fill('Live safely with her grandmother');
      await cw.getByTestId('plan-action-description').first().fill('Two preparation visits');
      await cw.getByTestId('plan-action-due').first().fill(addDays(today, 30));
      await cw.getByTestId('plan-save').click();
      await cw.getByTestId('plan-submit').click();
      await cw.locator('[data-testid="plan-status"][data-status="pending_approval"]').waitFor();
      await snap(cw, `case-journey-${lang}-03-plan-submitted`);

      await approveFirst(sup);

      // Placement in kinship care, approved.
      await cw.reload();
      await cw.getByTestId('case-tab-placement').click();
      await cw.getByTestId('placement-propose').click();
      await choose(cw, 'placement-care-type', L('Kinship care', 'ការថែទាំដោយសាច់ញាតិ'));
      await cw.getByTestId('placement-start').fill(today);
      await cw.getByTestId('placement-submit').click();
      await closed(cw, 'placement-submit');
      await approveFirst(sup);

      // The generated follow-ups; record the first.
      await cw.reload();
      await cw.getByTestId('case-tab-followUps').click();
      await cw.getByTestId('followup-record').click();
      await cw.getByTestId('followup-progress').fill('Settling in well; goes to school every day.');
      await cw.getByTestId('followup-wellbeing-good').check();
      await cw.getByTestId('followup-submit').click();
      await closed(cw, 'followup-submit');
      await snap(cw, `case-journey-${lang}-04-follow-ups`);

      // A final assessment, then closure with the supervisor's approval.
      await cw.getByTestId('case-tab-notes').click();
      await cw.getByTestId('note-add').click();
      await choose(cw, 'note-type', L('^Final assessment', '^ការវាយតម្លៃចុងក្រោយ'));
      await cw.getByTestId('note-date').fill(today);
      await cw.getByTestId('note-narrative').fill('Final assessment: every goal met.');
      await cw.getByTestId('note-submit').click();
      await closed(cw, 'note-submit');
      await cw.getByTestId('closure-request').click();
      await choose(cw, 'closure-reason', L('^Goals met', '^សម្រេចគោលដៅ'));
      await cw.getByTestId('closure-summary').fill('She lives safely with her grandmother and attends school.');
      await cw.getByTestId('closure-submit').click();
      await closed(cw, 'closure-submit');
      await approveFirst(sup);

      await cw.reload();
      await cw.locator('[data-testid="case-stage-badge"][data-stage="closed"]').waitFor();
      await snap(cw, `case-journey-${lang}-05-closed`);
      await cw.context().close();
      await sup.context().close();
    }, 240_000);
  });
}
