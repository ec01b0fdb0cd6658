import type { TGroup, TGroupSummary, TLeaver } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';
import { call, office, type Office } from '../casework/test-support.js';

/* Network groups: members leave, meetings are corrected and archived, walk-ins are shown by name. */

let t: TestApp;
let o: Office;
let facilitator: TestUser;
let stranger: TestUser;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
  facilitator = await t.user({ role: 'facilitator', organisationId: o.org, teamIds: [o.team] });
  stranger = await t.user({ role: 'manager', organisationId: await t.organisation() });
});
afterAll(() => t.close());

const errorOf = (res: { json: <T>() => T }) => res.json<{ error: { code: string; fields?: Array<{ field: string; key: string }> } }>().error;
const join = async (personId: string) => {
  const res = await call(t, facilitator, 'POST', '/api/leavers', { personId, joinedOn: '2025-01-05', leftCareOn: '2024-12-20' });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<TLeaver>();
};

async function groupOfTwo() {
  const a = await join(await t.child(o.mine, { given_name_km: 'សុខា' }));
  const b = await join(await t.child(o.mine, { given_name_km: 'វណ្ណា' }));
  const g = (await call(t, facilitator, 'POST', '/api/leaver-groups', { name: 'ក្រុមតូច', kind: 'small_group' })).json<TGroup>();
  for (const m of [a, b]) await call(t, facilitator, 'POST', `/api/leaver-groups/${g.id}/members`, { personId: m.person.id, joinedOn: '2025-02-01' });
  return { g, a: a.person.id, b: b.person.id };
}
const meet = async (groupId: string, heldOn: string, body: object = {}) =>
  (await call(t, facilitator, 'POST', `/api/leaver-groups/${groupId}/meetings`, { heldOn, ...body })).json<TGroup>().meetings.find((m) => m.heldOn === heldOn)!;

describe('network group members', () => {
  it('leave a group on a day: kept as history, no longer expected at later meetings', async () => {
    const { g, a, b } = await groupOfTwo();
    const memberB = (await call(t, facilitator, 'GET', `/api/leaver-groups/${g.id}`)).json<TGroup>().members.find((m) => m.person.id === b)!;
    expect(errorOf(await call(t, facilitator, 'POST', `/api/leaver-groups/${g.id}/members/${memberB.id}/leave`, { leftOn: '2025-01-01' })).fields)
      .toContainEqual({ field: 'leftOn', key: 'validation.date_before_start' });
    expect((await call(t, stranger, 'POST', `/api/leaver-groups/${g.id}/members/${memberB.id}/leave`, { leftOn: '2025-04-01' })).statusCode).toBe(404);
    const left = await call(t, facilitator, 'POST', `/api/leaver-groups/${g.id}/members/${memberB.id}/leave`, { leftOn: '2025-04-01' });
    expect(left.statusCode, left.body).toBe(200);
    expect(left.json<TGroup>().members.find((m) => m.id === memberB.id)).toMatchObject({ leftOn: '2025-04-01' });
    expect(left.json<TGroup>().figures.members).toBe(1);
    expect((await call(t, facilitator, 'POST', `/api/leaver-groups/${g.id}/members/${memberB.id}/leave`, { leftOn: '2025-04-02' })).statusCode).toBe(404);
    // A meeting after b left: only a is expected, and a came.
    const later = await meet(g.id, '2025-05-01');
    const saved = (await call(t, facilitator, 'PUT', `/api/leaver-groups/${g.id}/meetings/${later.id}/attendance`, { presentIds: [a] })).json<TGroup>();
    expect(saved.figures).toMatchObject({ meetingsHeld: 1, attendanceRate: 1 });
    expect((await call(t, facilitator, 'GET', '/api/leaver-groups')).json<TGroupSummary[]>().find((x) => x.id === g.id)?.members).toBe(1);
    // The care leaver's page lists only the groups they are in now.
    const leaverB = (await call(t, facilitator, 'GET', `/api/leavers?q=${encodeURIComponent('វណ្ណា')}`)).json<{ items: Array<{ id: string; person: { id: string } }> }>().items.find((i) => i.person.id === b)!;
    expect((await call(t, facilitator, 'GET', `/api/leavers/${leaverB.id}`)).json<TLeaver>().groups.map((x) => x.id)).not.toContain(g.id);
    expect((await auditRows(t, g.id, 'update')).some((r) => JSON.stringify(r.changes).includes('2025-04-01'))).toBe(true);
  });
});

describe('network group meetings', () => {
  it('show a walk-in by name, are corrected with the version read (409 when stale), and archived out of lists and figures', async () => {
    const { g, a } = await groupOfTwo();
    const walkIn = await t.child(o.mine, { given_name_km: 'ដារ៉ាថ្មី' });
    const m = await meet(g.id, '2025-03-02', { topic: 'Renting a room' });
    const saved = (await call(t, facilitator, 'PUT', `/api/leaver-groups/${g.id}/meetings/${m.id}/attendance`, { presentIds: [a, walkIn] })).json<TGroup>();
    const shown = saved.meetings.find((x) => x.id === m.id)!;
    expect(shown.present.map((p) => p.givenNameKm).sort()).toEqual(['ដារ៉ាថ្មី', 'សុខា'].sort());
    expect(shown.version).toBe(1);

    const edited = await call(t, facilitator, 'PATCH', `/api/leaver-groups/${g.id}/meetings/${m.id}`, { version: 1, topic: 'Renting a room safely', heldOn: '2025-03-03' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<TGroup>().meetings.find((x) => x.id === m.id)).toMatchObject({ topic: 'Renting a room safely', heldOn: '2025-03-03', version: 2 });
    expect((await call(t, facilitator, 'PATCH', `/api/leaver-groups/${g.id}/meetings/${m.id}`, { version: 1, topic: 'Lost' })).statusCode).toBe(409);
    expect(errorOf(await call(t, facilitator, 'PATCH', `/api/leaver-groups/${g.id}/meetings/${m.id}`, { version: 2, heldOn: '2999-01-01' })).fields)
      .toContainEqual({ field: 'heldOn', key: 'validation.date_in_future' });
    expect((await call(t, stranger, 'PATCH', `/api/leaver-groups/${g.id}/meetings/${m.id}`, { version: 2, topic: 'x' })).statusCode).toBe(404);

    const kept = await meet(g.id, '2025-04-05');
    expect((await call(t, stranger, 'POST', `/api/leaver-groups/${g.id}/meetings/${m.id}/archive`, { version: 2 })).statusCode).toBe(404);
    expect((await call(t, facilitator, 'POST', `/api/leaver-groups/${g.id}/meetings/${m.id}/archive`, { version: 1 })).statusCode).toBe(409);
    const archived = await call(t, facilitator, 'POST', `/api/leaver-groups/${g.id}/meetings/${m.id}/archive`, { version: 2 });
    expect(archived.statusCode, archived.body).toBe(200);
    expect(archived.json<TGroup>().meetings.map((x) => x.id)).toEqual([kept.id]);
    expect(archived.json<TGroup>().figures.meetingsHeld).toBe(1);
    const all = (await call(t, facilitator, 'GET', `/api/leaver-groups/${g.id}?includeArchived=true`)).json<TGroup>();
    expect(all.meetings.find((x) => x.id === m.id)?.archivedAt).not.toBeNull();
    expect(all.figures.meetingsHeld).toBe(1);
    expect((await call(t, facilitator, 'GET', '/api/leaver-groups')).json<TGroupSummary[]>().find((x) => x.id === g.id)?.lastMeetingOn).toBe('2025-04-05');
    expect((await call(t, facilitator, 'PUT', `/api/leaver-groups/${g.id}/meetings/${m.id}/attendance`, { presentIds: [] })).statusCode).toBe(404);
    expect(await auditRows(t, m.id, 'archive')).toHaveLength(1);
  });
});
