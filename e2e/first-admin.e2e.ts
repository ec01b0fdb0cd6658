import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, freshEnv, launchBrowser, snap, startServer, type Server } from './support.js';

/**
 * The journey an NGO goes through on day one: an operator creates the first administrator with
 * the CLI; the administrator signs in, switches to Khmer, creates a team and a caseworker; the
 * caseworker signs in, replaces the temporary password, and cannot reach administration.
 */
const run = `${process.pid}${Date.now().toString(36)}`;
const admin = { email: `director-${run}@mlup.example.org`, password: 'first-admin-password', name: 'Sokha Chan' };
const worker = { email: `worker-${run}@mlup.example.org`, temp: 'temporary-pass-123', password: 'my-own-password-456', name: 'Dara Pich' };
const teamName = `ក្រុមបាត់ដំបង ${run}`;

let server: Server;
let browser: Browser;

beforeAll(async () => {
  const env = freshEnv();
  const created = cli(env, ['create-admin', '--email', admin.email, '--name', admin.name, '--organisation', `M'Lup Russey ${run}`], admin.password);
  expect(created.stderr).toBe('');
  expect(created.status).toBe(0);
  server = await startServer(env);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(server.url);
  await page.getByTestId('signin-email').fill(email);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
}

async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('signout').click();
  await page.getByTestId('signin-email').waitFor();
}

describe('first day: CLI administrator, Khmer, a team and a caseworker', () => {
  it('the CLI refuses a password on the command line', () => {
    const r = cli(freshEnv(), ['create-admin', '--email', 'x@example.org', '--name', 'X', '--password', 'secret-on-argv'], '');
    expect(r.status).toBe(1);
  });

  it('administrator signs in, works in Khmer, creates a team and a caseworker', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, admin.email, admin.password);
    await page.getByTestId('nav-admin').waitFor();
    await snap(page, 'admin-home-en');

    await page.getByTestId('lang-switch').click();
    await page.getByTestId('lang-km').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('km');
    // The navigation now speaks Khmer.
    await expect.poll(() => page.getByTestId('nav-admin').innerText()).toMatch(/[\u1780-\u17ff]/);
    await snap(page, 'admin-home-km');

    await page.goto(`${server.url}/admin/teams`);
    await page.getByTestId('team-name').fill(teamName);
    await page.getByTestId('team-create').click();
    await page.getByText(teamName).first().waitFor();
    await snap(page, 'admin-teams-km');

    await page.goto(`${server.url}/admin/users`);
    await page.getByTestId('user-create').click();
    await page.getByTestId('user-name').fill(worker.name);
    await page.getByTestId('user-email').fill(worker.email);
    await page.getByTestId('user-role').click();
    await page.getByRole('option', { name: /អ្នកសង្គមកិច្ច/ }).click();
    await page.getByTestId('user-password').fill(worker.temp);
    await snap(page, 'admin-create-user-km');
    await page.getByTestId('user-submit').click();
    await page.getByText(worker.email).first().waitFor();
    await snap(page, 'admin-users-km');

    // The language choice is remembered on the account.
    const me = await page.evaluate(async () => (await fetch('/api/me')).json() as Promise<{ user: { locale: string } }>);
    expect(me.user.locale).toBe('km');
    await signOut(page);
    await page.close();
  });

  it('caseworker changes the temporary password and cannot reach administration', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await signIn(page, worker.email, worker.temp);
    await page.getByTestId('change-password-current').fill(worker.temp);
    await page.getByTestId('change-password-new').fill(worker.password);
    await page.getByTestId('change-password-confirm').fill(worker.password);
    await snap(page, 'caseworker-change-password-360');
    await page.getByTestId('change-password-submit').click();
    await page.getByTestId('user-menu').waitFor();
    await snap(page, 'caseworker-home-360');

    expect(await page.getByTestId('nav-admin').count()).toBe(0);
    const status = await page.evaluate(async () => (await fetch('/api/users')).status);
    expect(status).toBe(403);
    await page.goto(`${server.url}/admin/users`);
    // The page explains that this is not theirs to see.
    await page.getByText(/គ្មានសិទ្ធិចូលមើល|No access/).first().waitFor();
    expect(await page.getByTestId('user-create').count()).toBe(0);
    await snap(page, 'caseworker-admin-refused-360');

    // The new password is the one that works now.
    await signOut(page);
    await signIn(page, worker.email, worker.temp);
    await page.getByRole('alert').first().waitFor();
    await signIn(page, worker.email, worker.password);
    await page.getByTestId('user-menu').waitFor();
    await page.close();
  });
});
