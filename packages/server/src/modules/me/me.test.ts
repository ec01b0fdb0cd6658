import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { cookieOf, startTestApp, type TestApp, type TestUser } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function caseworker(): Promise<TestUser> {
  return t.user({ role: 'caseworker', organisationId: await t.organisation() });
}

const patchMe = (as: TestUser, payload: Record<string, unknown>) => t.request(as, { method: 'PATCH', url: '/api/me', payload });

describe('PATCH /api/me', () => {
  it('changes my name, language and digits, audited as profile.update with before and after', async () => {
    const me = await caseworker();
    const res = await patchMe(me, { name: 'Sreymom Keo', locale: 'km', digits: 'khmr' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ user: { id: me.id, name: 'Sreymom Keo', locale: 'km', digits: 'khmr' } });
    expect((await t.request(me, { method: 'GET', url: '/api/me' })).json()).toMatchObject({ user: { name: 'Sreymom Keo', locale: 'km', digits: 'khmr' } });
    expect(await auditRows(t, me.id, 'profile.update')).toEqual([expect.objectContaining({
      actor_id: me.id,
      changes: { name: { before: 'Test caseworker', after: 'Sreymom Keo' }, locale: { before: 'en', after: 'km' }, digits: { before: 'latn', after: 'khmr' } },
    })]);
  });

  it('writes no audit row when nothing changes', async () => {
    const me = await caseworker();
    expect((await patchMe(me, { locale: 'en' })).statusCode).toBe(200);
    expect(await auditRows(t, me.id, 'profile.update')).toEqual([]);
  });

  it('refuses an unknown locale or digits with a field error and changes nothing', async () => {
    const me = await caseworker();
    for (const [payload, field] of [[{ locale: 'fr' }, 'locale'], [{ digits: 'arab' }, 'digits']] as const) {
      const res = await patchMe(me, { name: 'Should Not Stick', ...payload });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'validation.failed', key: 'errors.validation.failed', fields: [{ field, key: 'validation.choice' }] } });
    }
    expect((await t.request(me, { method: 'GET', url: '/api/me' })).json()).toMatchObject({ user: { name: 'Test caseworker', locale: 'en', digits: 'latn' } });
  });

  it('refuses a blank name', async () => {
    const me = await caseworker();
    const res = await patchMe(me, { name: '   ' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { fields: [{ field: 'name', key: 'validation.too_small' }] } });
  });

  it('stays open to someone who must still change a temporary password', async () => {
    const org = await t.organisation();
    const admin = await t.user({ role: 'administrator', organisationId: org });
    const email = `temp-${crypto.randomUUID()}@example.org`;
    const created = await t.request(admin, { method: 'POST', url: '/api/users', payload: { name: 'New Staff', email, role: 'caseworker', password: 'temporary-password-1', locale: 'en' } });
    expect(created.statusCode).toBe(201);
    const cookie = cookieOf(await t.signIn(email, 'temporary-password-1'));
    const res = await t.request(null, { method: 'PATCH', url: '/api/me', payload: { locale: 'km' }, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ user: { locale: 'km', mustChangePassword: true } });
  });

  it('answers 401 when signed out', async () => {
    const res = await t.request(null, { method: 'PATCH', url: '/api/me', payload: { locale: 'km' } });
    expect(res.statusCode).toBe(401);
  });
});
