import type { TGroup, TLeaver, TLeaverSummary, TNetworkFigures, TOutreach, TPersonProgrammes } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';
import { call, office, type Office } from '../casework/test-support.js';
import { createCentre } from '../centres/test-support.js';
import { createClub } from '../clubs/test-support.js';

let t: TestApp;
let o: Office;
let facilitator: TestUser;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
  facilitator = await t.user({ role: 'facilitator', organisationId: o.org, teamIds: [o.team] });
});
afterAll(() => t.close());

const errorOf = (res: { json: <T>() => T }) => res.json<{ error: { code: string; fields?: Array<{ field: string; key: string }> } }>().error;
const fine = { housing: 'stable', education: 'vocational', work: 'employed', idDocuments: 'complete', health: 'good', supportNetwork: 'strong', wellbeing: 4 };
const join = async (personId: string, body: object = {}) => {
  const res = await call(t, facilitator, 'POST', '/api/leavers', { personId, joinedOn: '2025-01-05', leftCareOn: '2024-12-20', phone: '012 555 111', shareWithNetwork: true, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<TLeaver>();
};

describe("the Care Leavers' Network", () => {
  it('follows outcomes over time and lists who is struggling, with figures by housing and work', async () => {
    const dara = await join(await t.child(o.mine, { given_name_km: 'ដារ៉ា', sex: 'male', birth_date: '2005-02-01' }));
    const srey = await join(await t.child(o.mine, { given_name_km: 'ស្រីនាង', sex: 'female', birth_date: '2004-07-01' }));
    expect(dara).toMatchObject({ status: 'active', phone: '012 555 111', shareWithNetwork: true, signs: ['no_check_in'], checkIns: [] });

    const add = (id: string, body: object) => call(t, facilitator, 'POST', `/api/leavers/${id}/check-ins`, body);
    expect((await add(dara.id, { ...fine, checkedOn: '2025-03-01', housing: 'homeless', work: 'looking', wellbeing: 2 })).statusCode).toBe(201);
    const later = await add(dara.id, { ...fine, checkedOn: '2025-09-01', housing: 'unstable', monthlyIncomeUsd: 120 });
    expect(later.statusCode, later.body).toBe(201);
    expect(later.json<TLeaver>()).toMatchObject({ housing: 'unstable', work: 'employed', signs: ['unstable_housing'], lastCheckInOn: '2025-09-01' });
    expect(later.json<TLeaver>().checkIns.map((c) => c.checkedOn)).toEqual(['2025-09-01', '2025-03-01']);
    await add(srey.id, { ...fine, checkedOn: '2025-09-02' });

    const struggling = (await call(t, facilitator, 'GET', '/api/leavers?struggling=true')).json<{ items: TLeaverSummary[] }>().items.map((i) => i.id);
    expect(struggling).toEqual([dara.id]);
    const figures = (await call(t, facilitator, 'GET', '/api/leavers/figures')).json<TNetworkFigures>();
    expect(figures).toMatchObject({ members: 2, active: 2, struggling: 1, byHousing: { unstable: 1, stable: 1 }, byWork: { employed: 2 } });

    // Moving on ends the struggle list's interest; the check-ins stay.
    const moved = await call(t, facilitator, 'PATCH', `/api/leavers/${dara.id}`, { version: 1, status: 'moved_away' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await call(t, facilitator, 'GET', '/api/leavers?struggling=true')).json<{ items: unknown[] }>().items).toHaveLength(0);
    expect((await auditRows(t, dara.id, 'read')).length).toBeGreaterThan(0);
  });

  it('runs groups with meetings and attendance, and outreach visits to centres', async () => {
    const a = await join(await t.child(o.mine, { given_name_km: 'សុខា', sex: 'female', birth_date: '2003-01-01' }));
    const b = await join(await t.child(o.mine, { given_name_km: 'វណ្ណា', sex: 'male', birth_date: '2002-01-01' }));
    const created = await call(t, facilitator, 'POST', '/api/leaver-groups', { name: 'ក្រុមតូចភ្នំពេញ', kind: 'small_group', meetingSchedule: 'First Sunday' });
    expect(created.statusCode, created.body).toBe(201);
    const g = created.json<TGroup>();
    for (const m of [a, b]) expect((await call(t, facilitator, 'POST', `/api/leaver-groups/${g.id}/members`, { personId: m.person.id, joinedOn: '2025-02-01' })).statusCode).toBe(201);
    const met = (await call(t, facilitator, 'POST', `/api/leaver-groups/${g.id}/meetings`, { heldOn: '2025-03-02', topic: 'Renting a room' })).json<TGroup>();
    const meetingId = met.meetings[0]!.id;
    const saved = await call(t, facilitator, 'PUT', `/api/leaver-groups/${g.id}/meetings/${meetingId}/attendance`, { presentIds: [a.person.id] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<TGroup>().figures).toMatchObject({ members: 2, meetingsHeld: 1, attendanceRate: 0.5 });

    // Only network members join a group; a kind must be on the list.
    const outsider = await t.child(o.mine);
    expect(errorOf(await call(t, facilitator, 'POST', `/api/leaver-groups/${g.id}/members`, { personId: outsider, joinedOn: '2025-02-01' })).fields)
      .toContainEqual({ field: 'personId', key: 'validation.person_unknown' });
    expect(errorOf(await call(t, facilitator, 'POST', '/api/leaver-groups', { name: 'X', kind: 'poker_night' })).fields).toContainEqual({ field: 'kind', key: 'validation.lookup_unknown' });

    const centre = await createCentre(t, o.caseworker);
    const visit = await call(t, facilitator, 'POST', '/api/leaver-outreach', { centreId: centre.id, visitedOn: '2025-04-01', youngPeople: 18, visitorIds: [a.person.id, b.person.id] });
    expect(visit.statusCode, visit.body).toBe(201);
    expect(visit.json<TOutreach[]>()[0]).toMatchObject({ centreId: centre.id, youngPeople: 18 });
    expect(visit.json<TOutreach[]>()[0]!.visitors.map((v) => v.id).sort()).toEqual([a.person.id, b.person.id].sort());
    expect(errorOf(await call(t, facilitator, 'POST', '/api/leaver-outreach', { centreId: centre.id, visitedOn: '2999-01-01', youngPeople: 1, visitorIds: [] })).fields)
      .toContainEqual({ field: 'visitedOn', key: 'validation.date_in_future' });
  });

  it("refuses a second membership and bad check-ins; a partner and another organisation see nothing", async () => {
    const m = await join(await t.child(o.mine));
    expect(errorOf(await call(t, facilitator, 'POST', '/api/leavers', { personId: m.person.id, joinedOn: '2025-01-05' })).fields).toContainEqual({ field: 'personId', key: 'validation.person_repeated' });
    expect((await call(t, facilitator, 'POST', `/api/leavers/${m.id}/check-ins`, { ...fine, checkedOn: '2025-01-01', housing: 'castle' })).statusCode).toBe(400);
    expect(errorOf(await call(t, facilitator, 'POST', `/api/leavers/${m.id}/check-ins`, { ...fine, checkedOn: '2999-01-01' })).fields).toContainEqual({ field: 'checkedOn', key: 'validation.date_in_future' });
    expect((await call(t, facilitator, 'GET', `/api/leavers/${m.id}`)).json<TLeaver>().checkIns).toEqual([]);
    const partner = await t.user({ role: 'partner', organisationId: o.org });
    expect((await call(t, partner, 'GET', `/api/leavers/${m.id}`)).statusCode).toBe(404);
    expect((await call(t, partner, 'GET', '/api/leavers')).json<{ total: number }>().total).toBe(0);
    const stranger = await t.user({ role: 'manager', organisationId: await t.organisation() });
    expect((await call(t, stranger, 'GET', `/api/leavers/${m.id}`)).statusCode).toBe(404);
  });
});

describe("a young person's programmes", () => {
  it('lists club and network participation over time, newest first, with attendance', async () => {
    const personId = await t.child(o.mine, { given_name_km: 'ពិសី', sex: 'female', birth_date: '2006-01-01' });
    const centre = await createCentre(t, o.caseworker);
    const club = await createClub(t, facilitator, centre.id, { name: 'Club of Pisey' });
    await call(t, facilitator, 'POST', `/api/clubs/${club.id}/members`, { personId, joinedOn: '2023-01-01' });
    await call(t, facilitator, 'POST', `/api/clubs/${club.id}/elections`, { heldOn: '2023-06-01', termStartsOn: '2023-06-01', candidates: [{ position: 'secretary', personId, elected: true }] });
    const meeting = (await call(t, facilitator, 'POST', `/api/clubs/${club.id}/meetings`, { heldOn: '2023-07-01' })).json<{ id: string }>();
    await call(t, facilitator, 'POST', `/api/clubs/${club.id}/meetings`, { heldOn: '2023-08-01' });
    await call(t, facilitator, 'PUT', `/api/clubs/${club.id}/meetings/${meeting.id}/attendance`, { presentIds: [personId] });
    await join(personId, { joinedOn: '2025-02-01' });

    const res = await call(t, facilitator, 'GET', `/api/people/${personId}/programmes`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json<TPersonProgrammes>().items;
    expect(items.map((i) => [i.kind, i.from])).toEqual([['leavers', '2025-02-01'], ['club', '2023-01-01']]);
    expect(items[1]).toMatchObject({ label: 'Club of Pisey', role: 'secretary', status: 'active', attended: 1, held: 2 });
    expect((await auditRows(t, personId, 'read')).some((r) => (r.details as { part?: string } | null)?.part === 'programmes')).toBe(true);

    // A walk-in who never joined shows as the club's visitor.
    const visitor = await t.child(o.mine, { given_name_km: 'រតនា' });
    await call(t, facilitator, 'PUT', `/api/clubs/${club.id}/meetings/${meeting.id}/attendance`, { presentIds: [personId, visitor] });
    expect((await call(t, facilitator, 'GET', `/api/people/${visitor}/programmes`)).json<TPersonProgrammes>().items)
      .toEqual([expect.objectContaining({ kind: 'club', role: 'visitor', from: '2023-07-01', attended: 1, held: null })]);

    // Someone outside the caller's caseload and programmes is a 404.
    const other = await t.user({ role: 'facilitator', organisationId: o.org, teamIds: [o.team] });
    expect((await call(t, other, 'GET', `/api/people/${personId}/programmes`)).statusCode).toBe(404);
  });
});
