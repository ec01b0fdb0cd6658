import type { TUser } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, unique, type TestApp, type TestUser } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const TEMPORARY = 'temporary-password-1';
const newEmail = () => `${unique('staff')}@example.org`.toLowerCase();

async function administrator(): Promise<{ org: string; admin: TestUser }> {
  const org = await t.organisation();
  return { org, admin: await t.user({ role: 'administrator', organisationId: org }) };
}

const createUser = (as: TestUser, payload: Record<string, unknown>) =>
  t.request(as, { method: 'POST', url: '/api/users', payload: { name: 'Sokha Chan', email: newEmail(), role: 'caseworker', password: TEMPORARY, ...payload } });
const patchUser = (as: TestUser, id: string, payload: Record<string, unknown>) => t.request(as, { method: 'PATCH', url: `/api/users/${id}`, payload });
const listUsers = (as: TestUser, query: Record<string, string>) => t.request(as, { method: 'GET', url: '/api/users', query });

async function usersWithEmail(email: string): Promise<number> {
  const rows = await t.services.db.selectFrom('app_user').select('id').where(({ fn }) => fn('lower', ['email']), '=', email.toLowerCase()).execute();
  return rows.length;
}

describe('POST /api/users', () => {
  it('creates an account in my organisation with the email lower-cased and a password to change', async () => {
    const { org, admin } = await administrator();
    const team = await t.team(org, 'Battambang');
    const email = newEmail();
    const res = await createUser(admin, { email: email.replace('staff', 'STAFF').replace('example.org', 'Example.ORG'), teamIds: [team] });
    expect(res.statusCode, res.body).toBe(201);
    const user = res.json<TUser>();
    expect(user).toMatchObject({
      name: 'Sokha Chan', email, role: 'caseworker', organisationId: org, teams: [{ id: team, name: 'Battambang' }],
      locale: 'km', active: true, twoFactorEnabled: false, mustChangePassword: true,
    });
    expect(await auditRows(t, user.id, 'create')).toEqual([expect.objectContaining({ actor_id: admin.id, organisation_id: org })]);
    expect((await t.signIn(email, TEMPORARY)).statusCode).toBe(200);
  });

  it('answers 409 user.email_taken on the email field for an address in use, in any case, and writes nothing', async () => {
    const { admin } = await administrator();
    const first = await createUser(admin, {});
    const email = first.json<TUser>().email;
    const auditBefore = await t.services.db.selectFrom('audit_log').select(({ fn }) => fn.countAll<string>().as('n')).where('actor_id', '=', admin.id).executeTakeFirstOrThrow();
    const again = await createUser(admin, { email: email.toUpperCase(), name: 'Someone Else' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'user.email_taken', key: 'errors.user.email_taken', fields: [{ field: 'email' }] } });
    expect(await usersWithEmail(email)).toBe(1);
    const auditAfter = await t.services.db.selectFrom('audit_log').select(({ fn }) => fn.countAll<string>().as('n')).where('actor_id', '=', admin.id).executeTakeFirstOrThrow();
    expect(Number(auditAfter.n)).toBe(Number(auditBefore.n));
  });

  const invalid: Array<[string, Record<string, unknown>, string, string]> = [
    ['a malformed email', { email: 'not-an-email' }, 'email', 'validation.email'],
    ['a password under 10 characters', { password: 'short' }, 'password', 'validation.too_small'],
    ['an unknown role', { role: 'superuser' }, 'role', 'validation.choice'],
    ['a blank name', { name: '   ' }, 'name', 'validation.too_small'],
    ['an unknown locale', { locale: 'fr' }, 'locale', 'validation.choice'],
  ];
  for (const [what, payload, field, key] of invalid) {
    it(`refuses ${what} with 400 and a field error on ${field}, writing nothing`, async () => {
      const { admin } = await administrator();
      const email = typeof payload.email === 'string' ? payload.email : newEmail();
      const res = await createUser(admin, { email, ...payload });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'validation.failed', key: 'errors.validation.failed', fields: [{ field, key }] } });
      expect(await usersWithEmail(email)).toBe(0);
    });
  }

  it("refuses a team of another organisation with 400 on teamIds, writing nothing", async () => {
    const { admin } = await administrator();
    const foreignTeam = await t.team(await t.organisation());
    const email = newEmail();
    const res = await createUser(admin, { email, teamIds: [foreignTeam] });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'teamIds', key: expect.stringMatching(/^validation\./) }] } });
    expect(await usersWithEmail(email)).toBe(0);
  });

  it('lets only a network administrator create a network administrator', async () => {
    const { org, admin } = await administrator();
    const email = newEmail();
    const refused = await createUser(admin, { email, role: 'network_admin' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: { code: 'auth.forbidden' } });
    expect(await usersWithEmail(email)).toBe(0);

    const network = await t.user({ role: 'network_admin', organisationId: await t.organisation() });
    const created = await createUser(network, { email, role: 'network_admin', organisationId: org });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ role: 'network_admin', organisationId: org });
  });

  it("refuses an administrator creating an account in another organisation", async () => {
    const { admin } = await administrator();
    const email = newEmail();
    const res = await createUser(admin, { email, organisationId: await t.organisation() });
    expect(res.statusCode).toBe(403);
    expect(await usersWithEmail(email)).toBe(0);
  });
});

describe('PATCH /api/users/:id', () => {
  it('lets only a network administrator promote someone to network administrator', async () => {
    const { org, admin } = await administrator();
    const user = await t.user({ role: 'caseworker', organisationId: org, signIn: false });
    expect((await patchUser(admin, user.id, { role: 'network_admin' })).statusCode).toBe(403);
    const network = await t.user({ role: 'network_admin', organisationId: await t.organisation() });
    const res = await patchUser(network, user.id, { role: 'network_admin' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ role: 'network_admin' });
  });

  it('refuses an administrator deactivating themself with 400 user.cannot_deactivate_self', async () => {
    const { admin } = await administrator();
    const res = await patchUser(admin, admin.id, { active: false });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'user.cannot_deactivate_self', key: 'errors.user.cannot_deactivate_self' } });
    expect((await t.request(admin, { method: 'GET', url: '/api/me' })).statusCode).toBe(200);
  });

  it('refuses an administrator changing their own role', async () => {
    const { admin } = await administrator();
    const res = await patchUser(admin, admin.id, { role: 'caseworker' });
    expect(res.statusCode).toBe(403);
    expect((await t.request(admin, { method: 'GET', url: '/api/me' })).json()).toMatchObject({ user: { role: 'administrator' } });
  });

  it('records a role change as permission.change with before and after', async () => {
    const { org, admin } = await administrator();
    const user = await t.user({ role: 'caseworker', organisationId: org, signIn: false });
    const res = await patchUser(admin, user.id, { role: 'supervisor' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ role: 'supervisor' });
    const rows = await auditRows(t, user.id, 'permission.change');
    expect(rows).toEqual([expect.objectContaining({ actor_id: admin.id, changes: { role: { before: 'caseworker', after: 'supervisor' } } })]);
  });

  it('replaces the teams and records the change as permission.change', async () => {
    const { org, admin } = await administrator();
    const [north, south, east] = [await t.team(org, 'North'), await t.team(org, 'South'), await t.team(org, 'East')];
    const user = await t.user({ role: 'caseworker', organisationId: org, teamIds: [north], signIn: false });
    const res = await patchUser(admin, user.id, { teamIds: [south, east] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TUser>().teams).toEqual([{ id: east, name: 'East' }, { id: south, name: 'South' }]);
    const rows = await auditRows(t, user.id, 'permission.change');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.changes).toEqual({ teamIds: { before: [north], after: [south, east] } });

    const cleared = await patchUser(admin, user.id, { teamIds: [] });
    expect(cleared.json<TUser>().teams).toEqual([]);
  });

  it('refuses a team of another organisation and leaves the teams as they were', async () => {
    const { org, admin } = await administrator();
    const mine = await t.team(org, 'Mine');
    const user = await t.user({ role: 'caseworker', organisationId: org, teamIds: [mine], signIn: false });
    const res = await patchUser(admin, user.id, { teamIds: [await t.team(await t.organisation())], name: 'Renamed' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'teamIds' }] } });
    const after = await t.request(admin, { method: 'GET', url: `/api/users/${user.id}` });
    expect(after.json()).toMatchObject({ name: 'Test caseworker', teams: [{ id: mine }] });
  });
});

describe('another organisation’s accounts', () => {
  it('are 404, not 403, to an administrator: read, change and reset', async () => {
    const { admin } = await administrator();
    const stranger = await t.user({ role: 'caseworker', organisationId: await t.organisation(), signIn: false });
    const requests = [
      t.request(admin, { method: 'GET', url: `/api/users/${stranger.id}` }),
      patchUser(admin, stranger.id, { name: 'Taken Over' }),
      t.request(admin, { method: 'POST', url: `/api/users/${stranger.id}/reset-password`, payload: { password: 'a-new-long-password' } }),
    ];
    for (const res of await Promise.all(requests)) {
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'record.not_found' } });
    }
    expect((await t.signIn(stranger.email)).statusCode).toBe(200);
  });
});

describe('GET /api/users', () => {
  it('searches by name or email and counts every match across pages', async () => {
    const { org, admin } = await administrator();
    const marker = unique('kanha').toLowerCase();
    for (const name of [`Dara ${marker}`, `Bopha ${marker}`, `Chenda ${marker}`]) {
      expect((await createUser(admin, { name })).statusCode).toBe(201);
    }
    const byEmail = await createUser(admin, { name: 'Vibol Meas', email: `${marker}@example.org` });
    expect(byEmail.statusCode).toBe(201);
    await t.user({ role: 'caseworker', organisationId: org, signIn: false });

    const page1 = await listUsers(admin, { q: marker.toUpperCase(), pageSize: '3' });
    expect(page1.statusCode, page1.body).toBe(200);
    expect(page1.json()).toMatchObject({ total: 4, page: 1, pageSize: 3 });
    expect(page1.json<{ items: TUser[] }>().items.map((u) => u.name)).toEqual([`Bopha ${marker}`, `Chenda ${marker}`, `Dara ${marker}`]);
    const page2 = await listUsers(admin, { q: marker, pageSize: '3', page: '2' });
    expect(page2.json()).toMatchObject({ total: 4, page: 2, items: [{ name: 'Vibol Meas' }] });
  });

  it('finds a name exactly as it was typed, with Latin diacritics or in Khmer', async () => {
    const { admin } = await administrator();
    const marker = unique('m').toLowerCase();
    for (const name of [`Trần Thị Hồng ${marker}`, `សុខ ចាន់ ${marker}`]) expect((await createUser(admin, { name })).statusCode).toBe(201);
    for (const q of ['Trần', 'tran thi', 'សុខ ចាន់']) {
      const res = await listUsers(admin, { q });
      expect(res.json<{ items: TUser[] }>().items.map((u) => u.name), q).toEqual(expect.arrayContaining([expect.stringContaining(marker)]));
    }
  });

  it('lists the members of one team', async () => {
    const { org, admin } = await administrator();
    const team = await t.team(org);
    const member = await t.user({ role: 'caseworker', organisationId: org, teamIds: [team], signIn: false });
    await t.user({ role: 'caseworker', organisationId: org, teamIds: [await t.team(org)], signIn: false });
    expect((await listUsers(admin, { teamId: team })).json()).toMatchObject({ total: 1, items: [{ id: member.id }] });
  });

  it('treats % and _ in the search as ordinary characters', async () => {
    const { admin } = await administrator();
    expect((await createUser(admin, { name: 'Plain Name' })).statusCode).toBe(201);
    const res = await listUsers(admin, { q: '%' });
    expect(res.json()).toMatchObject({ total: 0, items: [] });
  });

  it('leaves out deactivated accounts unless asked, and never lists another organisation', async () => {
    const { org, admin } = await administrator();
    const gone = await t.user({ role: 'caseworker', organisationId: org, signIn: false });
    expect((await patchUser(admin, gone.id, { active: false })).statusCode).toBe(200);
    const stranger = await t.user({ role: 'caseworker', organisationId: await t.organisation(), signIn: false });

    const ids = async (query: Record<string, string>) => (await listUsers(admin, { pageSize: '100', ...query })).json<{ items: TUser[] }>().items.map((u) => u.id);
    expect(await ids({})).toEqual([admin.id]);
    expect((await ids({ includeInactive: 'true' })).sort()).toEqual([admin.id, gone.id].sort());
    expect(await ids({ includeInactive: 'true' })).not.toContain(stranger.id);
  });
});
