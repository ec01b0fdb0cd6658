import type { TCentreOption, TPlacement, TProposePlacementResponse } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { insertCentre } from '../centres/test-support.js';
import { call, countRows, insertPlan, office, today, type Office } from './test-support.js';

/* Placing a child in a residential care centre of the organisation (emergency or interim care). */
let t: TestApp;
let o: Office;
let advisedByOther: string;
let elsewhere: string;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
  // A centre of the same organisation advised by someone else: the caseworker cannot open it,
  // but may place a child there.
  const colleague = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team], signIn: false });
  advisedByOther = await insertCentre(t, { organisationId: o.org, teamId: o.team, ownerId: colleague.id });
  await t.services.db.updateTable('centre').set({ name_km: 'មណ្ឌលពន្លឺថ្មី', name_latin: 'Ponleu Thmey Centre' }).where('id', '=', advisedByOther).execute();
  const other = await office(t);
  elsewhere = await insertCentre(t, other.mine);
});
afterAll(() => t.close());

async function plannedCase(): Promise<string> {
  const { caseId } = await t.openCase(o.mine, { stage: 'preparation' });
  await insertPlan(t, caseId, 'approved');
  return caseId;
}

describe('GET /api/placement-centres', () => {
  it("lists the organisation's centres by a part of the name in either script, never another organisation's", async () => {
    expect((await call(t, o.caseworker, 'GET', `/api/centres/${advisedByOther}`)).statusCode).toBe(404);
    for (const q of ['ponleu', 'ពន្លឺ']) {
      const res = await call(t, o.caseworker, 'GET', `/api/placement-centres?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<TCentreOption[]>()).toEqual([{ id: advisedByOther, nameKm: 'មណ្ឌលពន្លឺថ្មី', nameLatin: 'Ponleu Thmey Centre' }]);
    }
    const all = (await call(t, o.caseworker, 'GET', '/api/placement-centres')).json<TCentreOption[]>();
    expect(all.map((c) => c.id)).toContain(advisedByOther);
    expect(all.map((c) => c.id)).not.toContain(elsewhere);
  });

  it('treats % and _ in the search as letters', async () => {
    const res = await call(t, o.caseworker, 'GET', '/api/placement-centres?q=%25');
    expect(res.json<TCentreOption[]>()).toEqual([]);
  });
});

describe('placing a child in a centre', () => {
  it("records the centre and shows its name on the case's placements", async () => {
    const caseId = await plannedCase();
    const res = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/placements`, { careType: 'emergency_foster', carerCentreId: advisedByOther, startDate: today() });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<TProposePlacementResponse>().placement).toMatchObject({ carerCentreId: advisedByOther, carerCentreName: { km: 'មណ្ឌលពន្លឺថ្មី', latin: 'Ponleu Thmey Centre' }, carerHouseholdId: null });
    const list = (await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/placements`)).json<TPlacement[]>();
    expect(list[0]?.carerCentreName?.km).toBe('មណ្ឌលពន្លឺថ្មី');
  });

  it("refuses another organisation's centre as an invalid choice, creating nothing", async () => {
    const caseId = await plannedCase();
    const res = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/placements`, { careType: 'emergency_foster', carerCentreId: elsewhere, startDate: today() });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'carerCentreId', key: 'validation.choice' }] } });
    expect(await countRows(t, 'placement', caseId)).toBe(0);
  });

  it('refuses a family and a centre together', async () => {
    const caseId = await plannedCase();
    const household = crypto.randomUUID(); // refused before the household is even looked up
    const res = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/placements`, { careType: 'kinship', carerHouseholdId: household, carerCentreId: advisedByOther, startDate: today() });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { fields: [{ field: 'carerCentreId', key: 'validation.single_carer' }] } });
    expect(await countRows(t, 'placement', caseId)).toBe(0);
  });
});
