import type { TCentreChildren, TCentreOption, TPlacement, TProposePlacementResponse } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';
import { insertCentre } from '../centres/test-support.js';
import { call, countRows, insertPlan, office, today, type Office } from './test-support.js';

/* Placing a child in a residential care centre of the organisation (emergency or interim care). */
let t: TestApp;
let o: Office;
let advisedByOther: string;
let elsewhere: string;
let adviser: TestUser;
let partner: TestUser;
let otherPartner: TestUser;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
  // A centre of the same organisation advised by someone else: the caseworker cannot open it,
  // but may place a child there.
  adviser = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
  advisedByOther = await insertCentre(t, { organisationId: o.org, teamId: o.team, ownerId: adviser.id });
  await t.services.db.updateTable('centre').set({ name_km: 'មណ្ឌលពន្លឺថ្មី', name_latin: 'Ponleu Thmey Centre' }).where('id', '=', advisedByOther).execute();
  const other = await office(t);
  elsewhere = await insertCentre(t, other.mine);
  // The director of that centre, and of another centre of the organisation.
  const second = await insertCentre(t, { organisationId: o.org, teamId: o.team, ownerId: adviser.id });
  partner = await t.user({ role: 'partner', organisationId: o.org });
  otherPartner = await t.user({ role: 'partner', organisationId: o.org });
  await t.services.db.insertInto('centre_user').values([
    { user_id: partner.id, centre_id: advisedByOther, organisation_id: o.org },
    { user_id: otherPartner.id, centre_id: second, organisation_id: o.org },
  ]).execute();
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

describe("the centre's partner and the children it cares for", () => {
  const status = async (user: TestUser, url: string) => (await call(t, user, 'GET', url)).statusCode;
  const sees = async (user: TestUser, childId: string, caseId: string) => [await status(user, `/api/people/${childId}`), await status(user, `/api/cases/${caseId}`)];
  const children = async (user: TestUser) => (await call(t, user, 'GET', `/api/centres/${advisedByOther}/children`)).json<TCentreChildren>();
  async function placeAt(caseId: string, body: Record<string, unknown>): Promise<string> {
    const res = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/placements`, { startDate: today(), ...body });
    expect(res.statusCode, res.body).toBe(201);
    const { placement, approval } = res.json<TProposePlacementResponse>();
    const approved = await call(t, o.supervisor, 'POST', `/api/approvals/${approval.id}/approve`, {});
    expect(approved.statusCode, approved.body).toBe(200);
    return placement.id;
  }

  it("approved at a centre, the child joins the centre: its partner opens the child and the case, another centre's partner gets 404", async () => {
    const caseId = await plannedCase();
    const { child_id: childId } = await t.services.db.selectFrom('case_file').select('child_id').where('id', '=', caseId).executeTakeFirstOrThrow();
    const proposed = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/placements`, { careType: 'rcc', carerCentreId: advisedByOther, startDate: today() });
    expect(await sees(partner, childId, caseId)).toEqual([404, 404]); // proposed is not placed
    const approved = await call(t, o.supervisor, 'POST', `/api/approvals/${proposed.json<TProposePlacementResponse>().approval.id}/approve`, {});
    expect(approved.statusCode, approved.body).toBe(200);

    expect(await sees(partner, childId, caseId)).toEqual([200, 200]);
    expect(await sees(otherPartner, childId, caseId)).toEqual([404, 404]);
    expect(await status(partner, `/api/cases/${caseId}/placements`)).toBe(200);
    // The case, its records and the child carry the centre; each change is audited.
    for (const table of ['case_file', 'placement', 'care_plan', 'approval', 'follow_up'] as const) {
      const rows = await t.services.db.selectFrom(table).select('centre_id').where(table === 'case_file' ? 'id' : 'case_id', '=', caseId).execute();
      expect(rows.length, table).toBeGreaterThan(0);
      expect(rows.every((r) => r.centre_id === advisedByOther), table).toBe(true);
    }
    expect((await auditRows(t, caseId, 'case.centre')).length).toBe(1);
    expect((await auditRows(t, childId, 'case.centre')).length).toBe(1);
    // The centre counts the child, for its partner and its adviser alike (the adviser, whose
    // caseload the child is not in, gets the figure without the name).
    expect((await children(partner)).items.find((i) => i.personId === childId)).toMatchObject({ atCentre: true, readable: true });
    const advised = await children(adviser);
    expect(advised.counts.atCentre).toBeGreaterThanOrEqual(1);
    expect(advised.items).toEqual([]);
    expect(advised.unlisted).toBe(advised.counts.atCentre);

    // Moved to a family: the partner no longer opens the child, and the centre counts a reintegration.
    const before = (await children(partner)).counts;
    await placeAt(caseId, { careType: 'kinship', previousEndReason: 'returned_home' });
    expect(await sees(partner, childId, caseId)).toEqual([404, 404]);
    const after = await children(partner);
    expect(after.counts).toMatchObject({ atCentre: before.atCentre - 1, reintegrated: before.reintegrated + 1 });
    expect(after.items.find((i) => i.personId === childId)).toMatchObject({ atCentre: false, reintegrated: true, readable: false });
    const kase = await t.services.db.selectFrom('case_file').select('centre_id').where('id', '=', caseId).executeTakeFirstOrThrow();
    expect(kase.centre_id).toBeNull();
  });

  it('ending the placement at the centre takes the child out of its partner\'s view', async () => {
    const caseId = await plannedCase();
    const { child_id: childId } = await t.services.db.selectFrom('case_file').select('child_id').where('id', '=', caseId).executeTakeFirstOrThrow();
    const id = await placeAt(caseId, { careType: 'rcc', carerCentreId: advisedByOther });
    expect(await sees(partner, childId, caseId)).toEqual([200, 200]);
    const ended = await call(t, o.caseworker, 'POST', `/api/placements/${id}/end`, { endDate: today(), reason: 'breakdown' });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(await sees(partner, childId, caseId)).toEqual([404, 404]);
    // The caseworker's own access is untouched.
    expect(await sees(o.caseworker, childId, caseId)).toEqual([200, 200]);
  });
});
