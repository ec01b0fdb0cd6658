import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const screenshotsDir = path.resolve('test-results/screenshots');

export interface Server {
  url: string;
  dataDir: string;
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

let port = 3400 + (process.pid % 400);

/** Settings for a fresh Homeward: a new data folder, or the PostgreSQL of DATABASE_URL. */
export function freshEnv(): NodeJS.ProcessEnv {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'homeward-e2e-'));
  // Journeys run back to back from one address and, on PostgreSQL, share one database, so the
  // sign-in limit per address and minute (tested in auth.test.ts) would count all of them as one.
  return { ...process.env, DATA_DIR: dataDir, PORT: String(++port), LOG_LEVEL: 'warn', AUTH_RATE_LIMIT_PER_MINUTE: '1000' };
}

/** The operator CLI, as an administrator would run it (password from the environment). */
export function cli(env: NodeJS.ProcessEnv, args: string[], password: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'packages/server/src/cli.ts', ...args], {
    env: { ...env, HOMEWARD_PASSWORD: password },
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export async function startServer(env: NodeJS.ProcessEnv): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  const url = `http://localhost:${env.PORT}`;
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    dataDir: env.DATA_DIR ?? '',
    env,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // Playwright gives each launch a fresh, temporary profile (the --user-data-dir of a new run).
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Keep a picture of what the user saw, for people to look at. */
export async function snap(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotsDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotsDir, `${name}.png`), fullPage: true });
}

/** A JSON POST as a signed-in user (or anonymous), with the Origin the server expects. */
export async function post(server: Server, path: string, body: unknown, cookie = ''): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url, cookie },
    body: JSON.stringify(body),
  });
}

export const cookieOf = (r: Response): string => r.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');

/**
 * Staff for a journey, set up through the API as an administrator would: one team, and each
 * user signed in once to replace the temporary password with `password`.
 */
export async function setUpStaff(server: Server, admin: { email: string; password: string }, team: string, staff: Array<{ role: string; email: string }>, password: string): Promise<void> {
  const adminCookie = cookieOf(await post(server, '/api/auth/sign-in/email', admin));
  const created = (await (await post(server, '/api/teams', { name: team }, adminCookie)).json()) as { id: string };
  for (const { role, email } of staff) {
    const user = await post(server, '/api/users', { name: `${role} ${team}`, email, role, teamIds: [created.id], locale: 'en', password: 'temporary-pass-123' }, adminCookie);
    if (user.status !== 201) throw new Error(`creating ${role}: ${user.status} ${await user.text()}`);
    const own = cookieOf(await post(server, '/api/auth/sign-in/email', { email, password: 'temporary-pass-123' }));
    const changed = await post(server, '/api/auth/change-password', { currentPassword: 'temporary-pass-123', newPassword: password, revokeOtherSessions: true }, own);
    if (changed.status !== 200) throw new Error(`password change for ${role}: ${changed.status}`);
  }
}

/** A signed-in browser page at `width`, in `lang`. */
export async function signedInPage(browser: Browser, server: Server, email: string, password: string, lang: 'en' | 'km', width: number): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width, height: 860 } })).newPage();
  await page.goto(`${server.url}/sign-in`);
  await page.getByTestId('signin-email').fill(email);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('user-menu').waitFor();
  await page.evaluate(async (locale) => {
    await fetch('/api/me', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ locale }) });
  }, lang);
  await page.reload();
  await page.getByTestId('user-menu').waitFor();
  return page;
}
