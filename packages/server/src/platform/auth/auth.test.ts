import { abilitiesOf } from '@homeward/core';
import { sql } from 'kysely';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { cookieOf, PASSWORD, startTestApp, type TestApp } from '../../test/harness.js';

// Small limits so a lock is reached in a few requests; idle minutes unlike the default (30) so
// the tests prove the setting, not the default, decides the session's length.
const MAX_FAILURES = 3;
const LOCK_MINUTES = 10;
const IDLE_MINUTES = 7;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({
    SIGN_IN_MAX_FAILURES: String(MAX_FAILURES),
    SIGN_IN_LOCK_MINUTES: String(LOCK_MINUTES),
    SESSION_IDLE_MINUTES: String(IDLE_MINUTES),
  });
});
afterAll(() => t.close());

const WRONG = 'not-the-password-at-all';
/** A random private address, so requests of one test share no throttle bucket with any other (or another run on the shared database). */
const freshIp = (): string => `10.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;

const me = (cookie: string) => t.request(null, { method: 'GET', url: '/api/me', headers: { cookie } });
const setCookies = (res: LightMyRequestResponse): string[] => [res.headers['set-cookie'] ?? []].flat();
const sessionCookie = (res: LightMyRequestResponse): string | undefined => setCookies(res).find((c) => c.startsWith('homeward.session_token='));

/** The unsigned session token inside a `homeward.session_token=<token>.<signature>` cookie. */
const sessionToken = (cookie: string): string => {
  const value = cookie.split(/;\s*/).find((c) => c.startsWith('homeward.session_token='))!.slice('homeward.session_token='.length);
  return decodeURIComponent(value).split('.')[0]!;
};

async function caseworker() {
  const org = await t.organisation();
  const user = await t.user({ role: 'caseworker', organisationId: org, signIn: false });
  return { org, user };
}

async function sessionExpiry(userId: string): Promise<Date> {
  const row = await t.services.db.selectFrom('auth_session').select('expires_at').where('user_id', '=', userId).executeTakeFirstOrThrow();
  return new Date(row.expires_at);
}

describe('sign-in with email and password', () => {
  it('sets an httpOnly, SameSite=Lax session cookie that /api/me accepts', async () => {
    const { org, user } = await caseworker();
    const res = await t.signIn(user.email);
    expect(res.statusCode, res.body).toBe(200);
    const cookie = sessionCookie(res);
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);

    const who = await me(cookieOf(res));
    expect(who.statusCode, who.body).toBe(200);
    expect(who.json()).toMatchObject({
      user: { id: user.id, email: user.email, role: 'caseworker', organisationId: org, active: true },
      abilities: abilitiesOf('caseworker'),
      scope: 'own',
      mustSetUpTwoFactor: false,
    });
  });

  it('treats the email case-insensitively', async () => {
    const { user } = await caseworker();
    const res = await t.signIn(user.email.toUpperCase());
    expect(res.statusCode, res.body).toBe(200);
    expect((await me(cookieOf(res))).json()).toMatchObject({ user: { id: user.id } });
  });

  it('answers a wrong password and an unknown email alike: 401 invalid_credentials, no cookie', async () => {
    const { user } = await caseworker();
    const wrong = await t.signIn(user.email, WRONG);
    const unknown = await t.signIn(`nobody-${crypto.randomUUID()}@example.org`, WRONG);
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ error: { code: 'auth.invalid_credentials', key: 'errors.auth.invalid_credentials', message: expect.any(String) } });
      expect(sessionCookie(res)).toBeUndefined();
    }
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('audits every sign-in and failure with the email and the client IP', async () => {
    const { org, user } = await caseworker();
    const ip = freshIp();
    await t.request(null, { method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: WRONG }, remoteAddress: ip });
    const ok = await t.request(null, { method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email.toUpperCase(), password: PASSWORD }, remoteAddress: ip });
    expect(ok.statusCode).toBe(200);
    const rows = await auditRows(t, user.email);
    expect(rows.map((r) => r.action)).toEqual(['auth.sign_in_failed', 'auth.sign_in']);
    for (const row of rows) expect(row).toMatchObject({ record_type: 'account', record_id: user.email, actor_id: user.id, organisation_id: org, ip });

    const stranger = `nobody-${crypto.randomUUID()}@example.org`;
    await t.request(null, { method: 'POST', url: '/api/auth/sign-in/email', payload: { email: stranger, password: WRONG }, remoteAddress: ip });
    expect(await auditRows(t, stranger)).toEqual([expect.objectContaining({ action: 'auth.sign_in_failed', actor_id: null, ip })]);
  });
});

describe('account lockout', () => {
  const fail = (email: string) => t.signIn(email, WRONG);

  it(`locks an account after ${MAX_FAILURES} failures: even the right password answers 429 auth.locked`, async () => {
    const { user } = await caseworker();
    for (let i = 0; i < MAX_FAILURES; i++) expect((await fail(user.email)).statusCode).toBe(401);
    const locked = await t.signIn(user.email);
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({ error: { code: 'auth.locked', key: 'errors.auth.locked' } });
    expect(sessionCookie(locked)).toBeUndefined();
    // A different spelling of the address is the same account.
    expect((await t.signIn(user.email.toUpperCase())).statusCode).toBe(429);

    expect(await auditRows(t, user.email, 'auth.sign_in_failed')).toHaveLength(MAX_FAILURES);
    expect((await auditRows(t, user.email, 'auth.sign_in_locked')).length).toBeGreaterThanOrEqual(1);
  });

  it('leaves other accounts unaffected by one account being locked', async () => {
    const { org, user } = await caseworker();
    const colleague = await t.user({ role: 'caseworker', organisationId: org, signIn: false });
    for (let i = 0; i < MAX_FAILURES; i++) await fail(user.email);
    expect((await t.signIn(user.email)).statusCode).toBe(429);
    expect((await t.signIn(colleague.email)).statusCode).toBe(200);
  });

  it('locks an unknown email the same way (no enumeration through the lock)', async () => {
    const stranger = `nobody-${crypto.randomUUID()}@example.org`;
    for (let i = 0; i < MAX_FAILURES; i++) expect((await fail(stranger)).statusCode).toBe(401);
    expect((await fail(stranger)).statusCode).toBe(429);
  });

  it('starts counting again after a successful sign-in', async () => {
    const { user } = await caseworker();
    for (let i = 0; i < MAX_FAILURES - 1; i++) await fail(user.email);
    expect((await t.signIn(user.email)).statusCode).toBe(200);
    for (let i = 0; i < MAX_FAILURES - 1; i++) expect((await fail(user.email)).statusCode).toBe(401);
    expect((await t.signIn(user.email)).statusCode).toBe(200);
  });

  /** Failures recorded `minutesAgo`, written as the sign-in hook writes them (the log only takes inserts). */
  async function pastFailures(email: string, minutesAgo: number): Promise<void> {
    for (let i = 0; i < MAX_FAILURES; i++) {
      await sql`insert into audit_log (at, action, record_type, record_id)
        values (now() - make_interval(mins => ${minutesAgo}), 'auth.sign_in_failed', 'account', ${email})`.execute(t.services.db);
    }
  }

  it(`lifts the lock once the failures are older than SIGN_IN_LOCK_MINUTES (${LOCK_MINUTES})`, async () => {
    const recent = (await caseworker()).user;
    await pastFailures(recent.email, LOCK_MINUTES - 1);
    expect((await t.signIn(recent.email)).statusCode).toBe(429);

    const old = (await caseworker()).user;
    await pastFailures(old.email, LOCK_MINUTES + 1);
    expect((await t.signIn(old.email)).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('ends the session on sign-out: the old cookie then gets 401', async () => {
    const { user } = await caseworker();
    const cookie = cookieOf(await t.signIn(user.email));
    expect((await me(cookie)).statusCode).toBe(200);
    const out = await t.request(null, { method: 'POST', url: '/api/auth/sign-out', headers: { cookie } });
    expect(out.statusCode, out.body).toBe(200);
    const after = await me(cookie);
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ error: { code: 'auth.unauthenticated' } });
    expect(await auditRows(t, user.id, 'auth.sign_out')).toHaveLength(1);
  });

  it(`lasts SESSION_IDLE_MINUTES (${IDLE_MINUTES}): the cookie's Max-Age and the stored expiry`, async () => {
    const { user } = await caseworker();
    const before = Date.now();
    const res = await t.signIn(user.email);
    expect(sessionCookie(res)).toMatch(new RegExp(`;\\s*Max-Age=${IDLE_MINUTES * 60}(;|$)`));
    const expires = (await sessionExpiry(user.id)).getTime();
    expect(expires).toBeGreaterThanOrEqual(before + IDLE_MINUTES * 60_000 - 5_000);
    expect(expires).toBeLessThanOrEqual(Date.now() + IDLE_MINUTES * 60_000 + 5_000);
    expect((await me(cookieOf(res))).json()).toMatchObject({ idleTimeoutMinutes: IDLE_MINUTES });
  });

  it('moves the expiry forward when the session is used', async () => {
    const { user } = await caseworker();
    const cookie = cookieOf(await t.signIn(user.email));
    // As if the person had been idle for all but one minute of the allowance.
    await t.services.db.updateTable('auth_session').set({ expires_at: new Date(Date.now() + 60_000) }).where('user_id', '=', user.id).execute();
    const res = await me(cookie);
    expect(res.statusCode).toBe(200);
    expect((await sessionExpiry(user.id)).getTime()).toBeGreaterThan(Date.now() + (IDLE_MINUTES - 1) * 60_000);
    expect(sessionCookie(res)).toMatch(new RegExp(`;\\s*Max-Age=${IDLE_MINUTES * 60}(;|$)`));
  });

  it('renews a session already in use (its cookie checked before) once renewal is due', async () => {
    const { user } = await caseworker();
    const cookie = cookieOf(await t.signIn(user.email));
    expect((await me(cookie)).statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(200);
    await t.services.db.updateTable('auth_session').set({ expires_at: new Date(Date.now() + 60_000) }).where('user_id', '=', user.id).execute();
    const res = await me(cookie);
    expect(res.statusCode).toBe(200);
    expect((await sessionExpiry(user.id)).getTime()).toBeGreaterThan(Date.now() + (IDLE_MINUTES - 1) * 60_000);
    expect(sessionCookie(res)).toMatch(new RegExp(`;\\s*Max-Age=${IDLE_MINUTES * 60}(;|$)`));
  });

  it('refuses, on the very next request, a session in use whose row is gone (revoked on any server) or expired', async () => {
    const { user } = await caseworker();
    const revoked = cookieOf(await t.signIn(user.email));
    const expired = cookieOf(await t.signIn(user.email));
    for (const cookie of [revoked, expired]) expect((await me(cookie)).statusCode).toBe(200);
    const token = (cookie: string) => sessionToken(cookie);
    await t.services.db.deleteFrom('auth_session').where('token', '=', token(revoked)).execute();
    await t.services.db.updateTable('auth_session').set({ expires_at: new Date(Date.now() - 1_000) }).where('token', '=', token(expired)).execute();
    for (const cookie of [revoked, expired]) expect((await me(cookie)).statusCode).toBe(401);
  });

  it('refuses a forged cookie that carries a live session token with a wrong signature', async () => {
    const { user } = await caseworker();
    const cookie = cookieOf(await t.signIn(user.email));
    expect((await me(cookie)).statusCode).toBe(200);
    const forged = `homeward.session_token=${encodeURIComponent(`${sessionToken(cookie)}.${'A'.repeat(43)}=`)}`;
    expect((await me(forged)).statusCode).toBe(401);
  });

  it('refuses a session whose expiry has passed', async () => {
    const { user } = await caseworker();
    const cookie = cookieOf(await t.signIn(user.email));
    await t.services.db.updateTable('auth_session').set({ expires_at: new Date(Date.now() - 1_000) }).where('user_id', '=', user.id).execute();
    const res = await me(cookie);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'auth.unauthenticated' } });
  });
});

describe('deactivation', () => {
  it('ends the sessions at once, refuses sign-in like a wrong password, and reactivation lets the person in', async () => {
    const org = await t.organisation();
    const admin = await t.user({ role: 'administrator', organisationId: org });
    const user = await t.user({ role: 'caseworker', organisationId: org });
    expect((await me(user.cookie)).statusCode).toBe(200);

    const off = await t.request(admin, { method: 'PATCH', url: `/api/users/${user.id}`, payload: { active: false } });
    expect(off.statusCode, off.body).toBe(200);
    expect((await me(user.cookie)).statusCode).toBe(401);
    const refused = await t.signIn(user.email);
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ error: { code: 'auth.invalid_credentials' } });
    expect(sessionCookie(refused)).toBeUndefined();
    expect(await auditRows(t, user.email, 'auth.sign_in_failed')).toEqual([expect.objectContaining({ actor_id: user.id, details: { reason: 'inactive' } })]);
    expect((await auditRows(t, user.id, 'deactivate'))[0]).toMatchObject({ actor_id: admin.id, changes: { active: { before: true, after: false } } });

    const on = await t.request(admin, { method: 'PATCH', url: `/api/users/${user.id}`, payload: { active: true } });
    expect(on.statusCode, on.body).toBe(200);
    const back = await t.signIn(user.email);
    expect(back.statusCode).toBe(200);
    expect((await me(cookieOf(back))).statusCode).toBe(200);
  });
});

describe("the auth library's other endpoints", () => {
  it('are closed: changing my name through update-user answers 404 and changes nothing', async () => {
    const { user } = await caseworker();
    const cookie = cookieOf(await t.signIn(user.email));
    for (const [url, payload] of [['/api/auth/update-user', { name: 'Unaudited Name' }], ['/api/auth/revoke-sessions', {}]] as const) {
      const res = await t.request(null, { method: 'POST', url, payload, headers: { cookie } });
      expect(res.statusCode, url).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'record.not_found' } });
    }
    const who = await me(cookie);
    expect(who.statusCode).toBe(200);
    expect(who.json()).toMatchObject({ user: { name: 'Test caseworker' } });
  });
});

describe('cross-origin requests', () => {
  it('refuses a state-changing request from another origin with 403 auth.origin_refused', async () => {
    const org = await t.organisation();
    const admin = await t.user({ role: 'administrator', organisationId: org });
    const signIn = await t.request(null, { method: 'POST', url: '/api/auth/sign-in/email', payload: { email: admin.email, password: PASSWORD }, headers: { origin: 'https://evil.example' } });
    expect(signIn.statusCode).toBe(403);
    expect(signIn.json()).toMatchObject({ error: { code: 'auth.origin_refused', key: 'errors.auth.origin_refused' } });

    const name = `Team-${crypto.randomUUID()}`;
    const create = await t.request(admin, { method: 'POST', url: '/api/teams', payload: { name }, headers: { origin: 'https://evil.example' } });
    expect(create.statusCode).toBe(403);
    expect(create.json()).toMatchObject({ error: { code: 'auth.origin_refused' } });
    expect(await t.services.db.selectFrom('team').select('id').where('name', '=', name).execute()).toEqual([]);
  });

  it('refuses an opaque "null" origin the same way', async () => {
    const res = await t.request(null, { method: 'POST', url: '/api/auth/sign-in/email', payload: { email: 'a@example.org', password: WRONG }, headers: { origin: 'null' } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'auth.origin_refused' } });
  });

  it('accepts a request from its own origin', async () => {
    const { user } = await caseworker();
    const res = await t.request(null, { method: 'POST', url: '/api/auth/sign-in/email', payload: { email: user.email, password: PASSWORD }, headers: { host: 'homeward.example.org', origin: 'http://homeward.example.org' } });
    expect(res.statusCode, res.body).toBe(200);
  });
});

describe('throttling sign-in attempts per IP address', () => {
  // More than the library's built-in 3 per 10 s, so passing the fourth attempt proves the setting rules.
  const LIMIT = 5;
  let throttled: TestApp;
  beforeAll(async () => {
    throttled = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: String(LIMIT) });
  });
  afterAll(() => throttled.close());

  const attempt = (remoteAddress: string, headers: Record<string, string> = {}) =>
    throttled.app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: `nobody-${crypto.randomUUID()}@example.org`, password: WRONG }, remoteAddress, headers });

  it(`answers 429 after ${LIMIT} attempts from one address, whichever accounts they name; other addresses go on`, async () => {
    const ip = freshIp();
    for (let i = 0; i < LIMIT; i++) expect((await attempt(ip)).statusCode).toBe(401);
    const blocked = await attempt(ip);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toMatchObject({ error: { code: 'auth.locked', key: 'errors.auth.locked' } });
    expect((await attempt(freshIp())).statusCode).toBe(401);
  });

  it('holds password changes and two-factor codes to the same limit', async () => {
    for (const url of ['/api/auth/change-password', '/api/auth/two-factor/enable', '/api/auth/two-factor/verify-totp']) {
      const ip = freshIp();
      const payload = { currentPassword: WRONG, newPassword: 'a-new-long-password', password: WRONG, code: '000000' };
      for (let i = 0; i < LIMIT; i++) {
        const res = await throttled.app.inject({ method: 'POST', url, payload, remoteAddress: ip });
        expect(res.statusCode, `${url} attempt ${i + 1}`).toBe(401);
      }
      expect((await throttled.app.inject({ method: 'POST', url, payload, remoteAddress: ip })).statusCode, url).toBe(429);
    }
  });

  it('cannot be dodged by sending forwarding headers', async () => {
    const ip = freshIp();
    for (let i = 0; i < LIMIT; i++) await attempt(ip);
    const spoofed = await attempt(ip, { 'x-forwarded-for': freshIp(), 'x-homeward-client-ip': freshIp() });
    expect(spoofed.statusCode).toBe(429);
  });
});
