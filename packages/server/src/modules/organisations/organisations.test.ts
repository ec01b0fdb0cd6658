import { defaultVocabularies, type TLookup, type TOrganisation } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, unique, type TestApp, type TestUser } from '../../test/harness.js';

let t: TestApp;
let network: TestUser;
beforeAll(async () => {
  t = await startTestApp();
  network = await t.user({ role: 'network_admin', organisationId: await t.organisation() });
});
afterAll(() => t.close());

const createOrganisation = (payload: Record<string, unknown>) => t.request(network, { method: 'POST', url: '/api/organisations', payload });
const patchOrganisation = (as: TestUser, id: string, payload: Record<string, unknown>) => t.request(as, { method: 'PATCH', url: `/api/organisations/${id}`, payload });

describe('POST /api/organisations', () => {
  it('creates an organisation with the starting vocabularies as its lookups', async () => {
    const name = unique('Friends of Children');
    const res = await createOrganisation({ name, nameKm: 'មិត្តកុមារ' });
    expect(res.statusCode, res.body).toBe(201);
    const org = res.json<TOrganisation>();
    expect(org).toMatchObject({ name, nameKm: 'មិត្តកុមារ', requireTwoFactorRoles: [], archived: false });
    expect(await auditRows(t, org.id, 'create')).toEqual([expect.objectContaining({ actor_id: network.id, organisation_id: org.id })]);

    const admin = await t.user({ role: 'administrator', organisationId: org.id });
    const lookups = (await t.request(admin, { method: 'GET', url: '/api/lookups' })).json<TLookup[]>();
    const expected = Object.entries(defaultVocabularies).flatMap(([list, items]) => items.map((i) => ({ list, value: i.value, labelEn: i.en, labelKm: i.km, active: true })));
    expect(lookups).toHaveLength(expected.length);
    expect(lookups).toEqual(expect.arrayContaining(expected.map((e) => expect.objectContaining(e))));
  });

  it('answers 409 organisation.name_taken on the name field for a name in use, in any case', async () => {
    const name = unique('Hope for Families');
    expect((await createOrganisation({ name })).statusCode).toBe(201);
    const again = await createOrganisation({ name: name.toUpperCase() });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'organisation.name_taken', key: 'errors.organisation.name_taken', fields: [{ field: 'name' }] } });
    const rows = await t.services.db.selectFrom('organisation').select('id').where(({ fn }) => fn('lower', ['name']), '=', name.toLowerCase()).execute();
    expect(rows).toHaveLength(1);
  });

  it('refuses a blank name with a field error', async () => {
    const res = await createOrganisation({ name: '  ' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'name', key: 'validation.too_small' }] } });
  });
});

describe('GET /api/organisations', () => {
  it('shows a network administrator every organisation and an administrator only their own', async () => {
    const mine = await t.organisation();
    const other = await t.organisation();
    const admin = await t.user({ role: 'administrator', organisationId: mine });

    const all = (await t.request(network, { method: 'GET', url: '/api/organisations' })).json<TOrganisation[]>().map((o) => o.id);
    expect(all).toEqual(expect.arrayContaining([mine, other, network.organisationId]));
    expect((await t.request(admin, { method: 'GET', url: '/api/organisations' })).json<TOrganisation[]>().map((o) => o.id)).toEqual([mine]);
    expect((await t.request(admin, { method: 'GET', url: `/api/organisations/${other}` })).statusCode).toBe(404);
  });
});

describe('PATCH /api/organisations/:id', () => {
  it('lets an administrator rename their own organisation, audited with before and after', async () => {
    const org = await t.organisation('Old Name ' + unique('x'));
    const admin = await t.user({ role: 'administrator', organisationId: org });
    const name = unique('New Name');
    const res = await patchOrganisation(admin, org, { name, nameKm: 'ឈ្មោះថ្មី' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: org, name, nameKm: 'ឈ្មោះថ្មី' });
    const [row] = await auditRows(t, org, 'update');
    expect(row?.changes).toMatchObject({ name: { after: name }, name_km: { before: null, after: 'ឈ្មោះថ្មី' } });
  });

  it("answers 409 organisation.name_taken when renaming to another organisation's name", async () => {
    const taken = unique('Taken');
    await t.organisation(taken);
    const org = await t.organisation();
    const admin = await t.user({ role: 'administrator', organisationId: org });
    const res = await patchOrganisation(admin, org, { name: taken.toLowerCase() });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'organisation.name_taken', fields: [{ field: 'name' }] } });
  });

  it('is 404 for an administrator of another organisation', async () => {
    const admin = await t.user({ role: 'administrator', organisationId: await t.organisation() });
    const res = await patchOrganisation(admin, await t.organisation(), { name: unique('Taken Over') });
    expect(res.statusCode).toBe(404);
  });

  it('refuses an unknown role in the two-factor policy', async () => {
    const org = await t.organisation();
    const admin = await t.user({ role: 'administrator', organisationId: org });
    const res = await patchOrganisation(admin, org, { requireTwoFactorRoles: ['caseworker', 'janitor'] });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'requireTwoFactorRoles.1', key: 'validation.choice' }] } });
  });
});
