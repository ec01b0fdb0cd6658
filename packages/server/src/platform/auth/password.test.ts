import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { cookieOf, startTestApp, unique, type TestApp, type TestUser } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const TEMPORARY = 'temporary-password-1';
const CHOSEN = 'my-own-long-password';

const get = (cookie: string, url: string) => t.request(null, { method: 'GET', url, headers: { cookie } });
const changePassword = (cookie: string, currentPassword: string, newPassword: string) =>
  t.request(null, { method: 'POST', url: '/api/auth/change-password', payload: { currentPassword, newPassword }, headers: { cookie } });

/** An administrator creates a caseworker with a temporary password, who signs in with it. */
async function newStaff(): Promise<{ admin: TestUser; id: string; email: string; cookie: string }> {
  const org = await t.organisation();
  const admin = await t.user({ role: 'administrator', organisationId: org });
  const email = `${unique('staff')}@example.org`.toLowerCase();
  const created = await t.request(admin, { method: 'POST', url: '/api/users', payload: { name: 'New Staff', email, role: 'caseworker', password: TEMPORARY } });
  expect(created.statusCode, created.body).toBe(201);
  expect(created.json()).toMatchObject({ mustChangePassword: true });
  const signIn = await t.signIn(email, TEMPORARY);
  expect(signIn.statusCode, signIn.body).toBe(200);
  return { admin, id: created.json<{ id: string }>().id, email, cookie: cookieOf(signIn) };
}

async function expectHeldForPasswordChange(cookie: string): Promise<void> {
  const held = await get(cookie, '/api/lookups');
  expect(held.statusCode).toBe(403);
  expect(held.json()).toMatchObject({ error: { code: 'auth.password_change_required', key: 'errors.auth.password_change_required' } });
  const who = await get(cookie, '/api/me');
  expect(who.statusCode).toBe(200);
  expect(who.json()).toMatchObject({ user: { mustChangePassword: true } });
}

describe('a temporary password', () => {
  it('holds the person at 403 password_change_required until they choose their own', async () => {
    const staff = await newStaff();
    await expectHeldForPasswordChange(staff.cookie);

    const changed = await changePassword(staff.cookie, TEMPORARY, CHOSEN);
    expect(changed.statusCode, changed.body).toBe(200);
    const session = cookieOf(changed) || staff.cookie;
    expect((await get(session, '/api/lookups')).statusCode).toBe(200);
    expect((await get(session, '/api/me')).json()).toMatchObject({ user: { mustChangePassword: false } });
    expect(await auditRows(t, staff.id, 'auth.password_changed')).toHaveLength(1);

    expect((await t.signIn(staff.email, TEMPORARY)).statusCode).toBe(401);
    expect((await t.signIn(staff.email, CHOSEN)).statusCode).toBe(200);
  });

  it('can be changed ending my other sessions, as the web app asks, keeping this one', async () => {
    const staff = await newStaff();
    const elsewhere = cookieOf(await t.signIn(staff.email, TEMPORARY));
    const changed = await t.request(null, {
      method: 'POST', url: '/api/auth/change-password', headers: { cookie: staff.cookie },
      payload: { currentPassword: TEMPORARY, newPassword: CHOSEN, revokeOtherSessions: true },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await get(cookieOf(changed), '/api/lookups')).statusCode).toBe(200);
    expect((await get(elsewhere, '/api/me')).statusCode).toBe(401);
    expect(await auditRows(t, staff.id, 'auth.password_changed')).toHaveLength(1);
  });

  it('stays in force when the current password given is wrong', async () => {
    const staff = await newStaff();
    const res = await changePassword(staff.cookie, 'not-the-password-at-all', CHOSEN);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'auth.password_wrong', key: 'errors.auth.password_wrong' } });
    await expectHeldForPasswordChange(staff.cookie);
    expect((await t.signIn(staff.email, CHOSEN)).statusCode).toBe(401);
  });

  it('refuses a new password shorter than 10 characters with a field error', async () => {
    const staff = await newStaff();
    const res = await changePassword(staff.cookie, TEMPORARY, 'short');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'newPassword', key: 'validation.too_small', params: { min: 10 } }] } });
    await expectHeldForPasswordChange(staff.cookie);
  });

  it('cannot be kept by "changing" it to itself', async () => {
    const staff = await newStaff();
    const res = await changePassword(staff.cookie, TEMPORARY, TEMPORARY);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'newPassword', key: expect.stringMatching(/^validation\./) }] } });
    await expectHeldForPasswordChange(staff.cookie);
  });
});

describe('an administrator resetting a password', () => {
  it('ends the sessions, retires the old password and requires a change at next sign-in', async () => {
    const staff = await newStaff();
    const chosen = await changePassword(staff.cookie, TEMPORARY, CHOSEN);
    const cookie = cookieOf(chosen) || staff.cookie;
    expect((await get(cookie, '/api/lookups')).statusCode).toBe(200);

    const reset = await t.request(staff.admin, { method: 'POST', url: `/api/users/${staff.id}/reset-password`, payload: { password: 'reset-by-admin-1' } });
    expect(reset.statusCode, reset.body).toBe(200);
    expect(reset.json()).toEqual({ ok: true });
    expect((await get(cookie, '/api/me')).statusCode).toBe(401);
    expect(await auditRows(t, staff.id, 'auth.password_reset')).toEqual([expect.objectContaining({ actor_id: staff.admin.id })]);

    expect((await t.signIn(staff.email, CHOSEN)).statusCode).toBe(401);
    const again = await t.signIn(staff.email, 'reset-by-admin-1');
    expect(again.statusCode).toBe(200);
    await expectHeldForPasswordChange(cookieOf(again));
    const changed = await changePassword(cookieOf(again), 'reset-by-admin-1', 'yet-another-password');
    expect(changed.statusCode).toBe(200);
    expect((await get(cookieOf(changed) || cookieOf(again), '/api/lookups')).statusCode).toBe(200);
  });

  it('refuses a temporary password shorter than 10 characters', async () => {
    const staff = await newStaff();
    const res = await t.request(staff.admin, { method: 'POST', url: `/api/users/${staff.id}/reset-password`, payload: { password: 'short' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'password', key: 'validation.too_small' }] } });
    expect((await get(staff.cookie, '/api/me')).statusCode).toBe(200);
  });
});
