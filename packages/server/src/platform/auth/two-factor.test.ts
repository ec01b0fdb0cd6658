import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { cookieOf, PASSWORD, startTestApp, type TestApp, type TestUser } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const post = (cookie: string, url: string, payload: object) => t.request(null, { method: 'POST', url, payload, headers: { cookie } });
const get = (cookie: string, url: string) => t.request(null, { method: 'GET', url, headers: { cookie } });

/** The current code and a code no clock step near now accepts. */
async function codes(secret: string): Promise<{ right: string; wrong: string }> {
  const now = Math.floor(Date.now() / 1000);
  const near = await Promise.all([-60, -30, 0, 30, 60].map((d) => generate({ secret, epoch: now + d })));
  let n = 0;
  while (near.includes(String(n).padStart(6, '0'))) n++;
  return { right: await generate({ secret }), wrong: String(n).padStart(6, '0') };
}

/** Start set-up with the password and confirm it with a code; answers the secret and the renewed session cookie. */
async function setUpTwoFactor(cookie: string): Promise<{ secret: string; cookie: string }> {
  const enable = await post(cookie, '/api/auth/two-factor/enable', { password: PASSWORD });
  expect(enable.statusCode, enable.body).toBe(200);
  const body = enable.json<{ totpURI: string; backupCodes: string[] }>();
  expect(body.backupCodes.length).toBeGreaterThan(0);
  const secret = new URL(body.totpURI).searchParams.get('secret');
  expect(secret).toMatch(/^[A-Z2-7]+$/);
  const verify = await post(cookie, '/api/auth/two-factor/verify-totp', { code: (await codes(secret!)).right });
  expect(verify.statusCode, verify.body).toBe(200);
  // Confirming replaces the session; the new cookie carries on.
  return { secret: secret!, cookie: cookieOf(verify) || cookie };
}

async function caseworker(): Promise<{ org: string; user: TestUser }> {
  const org = await t.organisation();
  return { org, user: await t.user({ role: 'caseworker', organisationId: org }) };
}

describe('two-factor sign-in (TOTP)', () => {
  it('is set up with the password and a code, then every sign-in asks for a code', async () => {
    const { user } = await caseworker();
    const { secret, cookie } = await setUpTwoFactor(user.cookie);
    expect((await get(cookie, '/api/me')).json()).toMatchObject({ user: { twoFactorEnabled: true } });
    expect(await auditRows(t, user.id, 'auth.two_factor_enabled')).toHaveLength(1);

    const first = await t.signIn(user.email);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ twoFactorRedirect: true });
    const challenge = cookieOf(first);
    expect(challenge).not.toMatch(/homeward\.session_token=[^;\s]/);
    expect((await get(challenge, '/api/me')).statusCode).toBe(401);
    expect((await get(challenge, '/api/lookups')).statusCode).toBe(401);

    const second = await post(challenge, '/api/auth/two-factor/verify-totp', { code: (await codes(secret)).right });
    expect(second.statusCode, second.body).toBe(200);
    const session = cookieOf(second);
    expect(session).toMatch(/homeward\.session_token=[^;\s]/);
    expect((await get(session, '/api/me')).json()).toMatchObject({ user: { id: user.id } });
    expect(await auditRows(t, user.id, 'auth.two_factor_verified')).toHaveLength(1);
  });

  it('refuses a wrong code with our error shape and no session', async () => {
    const { user } = await caseworker();
    const { secret } = await setUpTwoFactor(user.cookie);
    const challenge = cookieOf(await t.signIn(user.email));
    const wrong = await post(challenge, '/api/auth/two-factor/verify-totp', { code: (await codes(secret)).wrong });
    expect([400, 401]).toContain(wrong.statusCode);
    expect(wrong.json()).toMatchObject({ error: { code: 'auth.invalid_code', key: 'errors.auth.invalid_code' } });
    expect(cookieOf(wrong)).not.toMatch(/homeward\.session_token=[^;\s]/);
    expect(await auditRows(t, user.id, 'auth.two_factor_failed')).toEqual([expect.objectContaining({ actor_id: user.id, ip: '127.0.0.1' })]);
    // The challenge survives one wrong code: the right one still completes the sign-in.
    const right = await post(challenge, '/api/auth/two-factor/verify-totp', { code: (await codes(secret)).right });
    expect(right.statusCode, right.body).toBe(200);
  });

  it('accepts a backup code, once, in place of a TOTP code', async () => {
    const { user } = await caseworker();
    const enable = await post(user.cookie, '/api/auth/two-factor/enable', { password: PASSWORD });
    const { totpURI, backupCodes } = enable.json<{ totpURI: string; backupCodes: string[] }>();
    const secret = new URL(totpURI).searchParams.get('secret')!;
    expect((await post(user.cookie, '/api/auth/two-factor/verify-totp', { code: (await codes(secret)).right })).statusCode).toBe(200);

    const challenge = cookieOf(await t.signIn(user.email));
    const res = await post(challenge, '/api/auth/two-factor/verify-backup-code', { code: backupCodes[0] });
    expect(res.statusCode, res.body).toBe(200);
    expect((await get(cookieOf(res), '/api/me')).statusCode).toBe(200);
    expect(await auditRows(t, user.id, 'auth.two_factor_verified')).toHaveLength(1);

    const reuse = await post(cookieOf(await t.signIn(user.email)), '/api/auth/two-factor/verify-backup-code', { code: backupCodes[0] });
    expect([400, 401]).toContain(reuse.statusCode);
    expect(reuse.json()).toMatchObject({ error: { code: 'auth.invalid_code', key: 'errors.auth.invalid_code' } });
  });

  it('refuses a code that is not six digits as a validation error', async () => {
    const { user } = await caseworker();
    const res = await post(user.cookie, '/api/auth/two-factor/verify-totp', { code: 'abc' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'code', key: expect.stringMatching(/^validation\./) }] } });
  });

  it('refuses to start set-up with a wrong password', async () => {
    const { user } = await caseworker();
    const res = await post(user.cookie, '/api/auth/two-factor/enable', { password: 'not-the-password-at-all' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'auth.password_wrong', key: 'errors.auth.password_wrong' } });
    expect((await get(user.cookie, '/api/me')).json()).toMatchObject({ user: { twoFactorEnabled: false } });
  });

  it('is not switched on until a code confirms the set-up', async () => {
    const { user } = await caseworker();
    const enable = await post(user.cookie, '/api/auth/two-factor/enable', { password: PASSWORD });
    expect(enable.statusCode).toBe(200);
    const res = await t.signIn(user.email);
    expect(res.statusCode).toBe(200);
    expect(res.json()).not.toHaveProperty('twoFactorRedirect');
    expect((await get(cookieOf(res), '/api/me')).json()).toMatchObject({ user: { twoFactorEnabled: false } });
    expect(await auditRows(t, user.id, 'auth.two_factor_enabled')).toEqual([]);
  });
});

describe("an organisation's two-factor policy", () => {
  it('holds a listed role without two-factor at 403 two_factor_required until they set it up', async () => {
    const { org, user } = await caseworker();
    const admin = await t.user({ role: 'administrator', organisationId: org });
    const policy = await t.request(admin, { method: 'PATCH', url: `/api/organisations/${org}`, payload: { requireTwoFactorRoles: ['caseworker'] } });
    expect(policy.statusCode, policy.body).toBe(200);
    expect(policy.json()).toMatchObject({ requireTwoFactorRoles: ['caseworker'] });

    const held = await get(user.cookie, '/api/lookups');
    expect(held.statusCode).toBe(403);
    expect(held.json()).toMatchObject({ error: { code: 'auth.two_factor_required', key: 'errors.auth.two_factor_required' } });
    const who = await get(user.cookie, '/api/me');
    expect(who.statusCode).toBe(200);
    expect(who.json()).toMatchObject({ mustSetUpTwoFactor: true });
    // A role the policy does not list carries on.
    expect((await t.request(admin, { method: 'GET', url: '/api/lookups' })).statusCode).toBe(200);
    expect((await t.request(admin, { method: 'GET', url: '/api/me' })).json()).toMatchObject({ mustSetUpTwoFactor: false });

    const { cookie } = await setUpTwoFactor(user.cookie);
    expect((await get(cookie, '/api/lookups')).statusCode).toBe(200);
    expect((await get(cookie, '/api/me')).json()).toMatchObject({ mustSetUpTwoFactor: false });
  });

  it('audits the policy change as a permission change', async () => {
    const org = await t.organisation();
    const admin = await t.user({ role: 'administrator', organisationId: org });
    await t.request(admin, { method: 'PATCH', url: `/api/organisations/${org}`, payload: { requireTwoFactorRoles: ['manager', 'manager'] } });
    const rows = await auditRows(t, org, 'permission.change');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.changes).toMatchObject({ settings: { after: { requireTwoFactorRoles: ['manager'] } } });
  });
});
