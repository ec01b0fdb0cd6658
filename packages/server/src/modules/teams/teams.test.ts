import type { TTeam } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function administrator(): Promise<{ org: string; admin: TestUser }> {
  const org = await t.organisation();
  return { org, admin: await t.user({ role: 'administrator', organisationId: org }) };
}

const createTeam = (as: TestUser, payload: Record<string, unknown>) => t.request(as, { method: 'POST', url: '/api/teams', payload });
const patchTeam = (as: TestUser, id: string, payload: Record<string, unknown>) => t.request(as, { method: 'PATCH', url: `/api/teams/${id}`, payload });
const listTeams = async (as: TestUser, query: Record<string, string> = {}) => (await t.request(as, { method: 'GET', url: '/api/teams', query })).json<TTeam[]>();

describe('POST /api/teams', () => {
  it('creates a team in my organisation, trimmed, and audits it', async () => {
    const { org, admin } = await administrator();
    const res = await createTeam(admin, { name: '  Siem Reap  ' });
    expect(res.statusCode, res.body).toBe(201);
    const team = res.json<TTeam>();
    expect(team).toEqual({ id: expect.any(String), organisationId: org, name: 'Siem Reap', memberCount: 0, archived: false });
    expect(await auditRows(t, team.id, 'create')).toEqual([
      expect.objectContaining({ actor_id: admin.id, organisation_id: org, changes: expect.objectContaining({ name: { before: null, after: 'Siem Reap' } }) }),
    ]);
  });

  it('answers 409 team.name_taken on the name field for a name in use, in any case', async () => {
    const { admin } = await administrator();
    expect((await createTeam(admin, { name: 'Kampot' })).statusCode).toBe(201);
    const again = await createTeam(admin, { name: 'KAMPOT' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'team.name_taken', key: 'errors.team.name_taken', fields: [{ field: 'name' }] } });
    expect((await listTeams(admin)).map((team) => team.name)).toEqual(['Kampot']);
  });

  it('lets another organisation use the same name', async () => {
    const first = await administrator();
    const second = await administrator();
    expect((await createTeam(first.admin, { name: 'Takeo' })).statusCode).toBe(201);
    expect((await createTeam(second.admin, { name: 'Takeo' })).statusCode).toBe(201);
  });

  it('refuses a blank or over-long name with a field error', async () => {
    const { admin } = await administrator();
    for (const [name, key] of [['   ', 'validation.too_small'], ['x'.repeat(121), 'validation.too_big']] as const) {
      const res = await createTeam(admin, { name });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'name', key }] } });
    }
    expect(await listTeams(admin, { includeArchived: 'true' })).toEqual([]);
  });
});

describe('PATCH /api/teams/:id', () => {
  it('renames a team, allowing a change of case of its own name, and audits before and after', async () => {
    const { admin } = await administrator();
    const id = (await createTeam(admin, { name: 'Kep' })).json<TTeam>().id;
    const renamed = await patchTeam(admin, id, { name: 'Kep Province' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ id, name: 'Kep Province' });
    expect((await patchTeam(admin, id, { name: 'KEP PROVINCE' })).statusCode).toBe(200);
    const rows = await auditRows(t, id, 'update');
    expect(rows.map((r) => r.changes)).toEqual([{ name: { before: 'Kep', after: 'Kep Province' } }, { name: { before: 'Kep Province', after: 'KEP PROVINCE' } }]);
  });

  it("refuses renaming to another team's name with 409 and keeps the old name", async () => {
    const { admin } = await administrator();
    await createTeam(admin, { name: 'Pursat' });
    const id = (await createTeam(admin, { name: 'Kratie' })).json<TTeam>().id;
    const res = await patchTeam(admin, id, { name: 'pursat' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'team.name_taken', fields: [{ field: 'name' }] } });
    expect((await listTeams(admin)).map((team) => team.name)).toEqual(['Kratie', 'Pursat']);
  });

  it('archives a team out of the list unless includeArchived, and restores it', async () => {
    const { admin } = await administrator();
    const id = (await createTeam(admin, { name: 'Mondulkiri' })).json<TTeam>().id;
    const archived = await patchTeam(admin, id, { archived: true });
    expect(archived.statusCode).toBe(200);
    expect(archived.json()).toMatchObject({ archived: true });
    expect(await listTeams(admin)).toEqual([]);
    expect(await listTeams(admin, { includeArchived: 'true' })).toEqual([expect.objectContaining({ id, archived: true })]);

    const restored = await patchTeam(admin, id, { archived: false });
    expect(restored.json()).toMatchObject({ archived: false });
    expect(await listTeams(admin)).toEqual([expect.objectContaining({ id, archived: false })]);
    expect((await auditRows(t, id)).map((r) => r.action)).toEqual(['create', 'archive', 'restore']);
  });

  it('keeps an archived team’s name taken', async () => {
    const { admin } = await administrator();
    const id = (await createTeam(admin, { name: 'Koh Kong' })).json<TTeam>().id;
    await patchTeam(admin, id, { archived: true });
    expect((await createTeam(admin, { name: 'Koh Kong' })).statusCode).toBe(409);
  });

  it('is 404 for a team of another organisation', async () => {
    const { admin } = await administrator();
    const foreign = await t.team(await t.organisation(), 'Foreign');
    const res = await patchTeam(admin, foreign, { name: 'Taken Over' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'record.not_found' } });
  });
});

describe('GET /api/teams', () => {
  it("lists my organisation's teams with their active members counted", async () => {
    const { org, admin } = await administrator();
    const team = await t.team(org, 'Battambang');
    await t.team(await t.organisation(), 'Elsewhere');
    const member = await t.user({ role: 'caseworker', organisationId: org, teamIds: [team], signIn: false });
    await t.user({ role: 'caseworker', organisationId: org, teamIds: [team], signIn: false });
    expect(await listTeams(admin)).toEqual([{ id: team, organisationId: org, name: 'Battambang', memberCount: 2, archived: false }]);

    expect((await t.request(admin, { method: 'PATCH', url: `/api/users/${member.id}`, payload: { active: false } })).statusCode).toBe(200);
    expect(await listTeams(admin)).toEqual([expect.objectContaining({ memberCount: 1 })]);
  });
});
