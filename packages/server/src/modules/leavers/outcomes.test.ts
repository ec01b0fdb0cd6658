import type { TLeaver, TLeaverOutcomes, TOutcomeWindow } from '@homeward/core';
import { addDays, todayIso } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';
import { call } from '../casework/test-support.js';

/*
 * Outcomes at 12 and 24 months after leaving care. Fixed dates put check-ins on and just outside
 * each window's edges (9–15 and 21–27 months after the leaving-care date, both ends included),
 * so the figures change if a window moves by a day.
 */

let t: TestApp;
let manager: TestUser;
let where: { organisationId: string; teamId: string; ownerId: string };
beforeAll(async () => {
  t = await startTestApp();
  const org = await t.organisation();
  const team = await t.team(org);
  manager = await t.user({ role: 'manager', organisationId: org, teamIds: [team] });
  where = { organisationId: org, teamId: team, ownerId: manager.id };
});
afterAll(() => t.close());

const fine = { education: 'vocational', work: 'employed', idDocuments: 'complete', health: 'good', supportNetwork: 'some', wellbeing: 4 };

async function member(leftCareOn: string | null): Promise<string> {
  const res = await call(t, manager, 'POST', '/api/leavers', { personId: await t.child(where), joinedOn: leftCareOn ?? '2024-01-01', leftCareOn });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<TLeaver>().id;
}
async function checkIn(memberId: string, checkedOn: string, body: object): Promise<void> {
  const res = await call(t, manager, 'POST', `/api/leavers/${memberId}/check-ins`, { ...fine, housing: 'stable', checkedOn, ...body });
  expect(res.statusCode, res.body).toBe(201);
}

describe('outcomes at 12 and 24 months after leaving care', () => {
  it('count the latest check-in inside each window, and who has none', async () => {
    // A left care on 15 March 2022: the 12-month window is 15 Dec 2022 – 15 Jun 2023, the 24-month one 15 Dec 2023 – 15 Jun 2024.
    const a = await member('2022-03-15');
    await checkIn(a, '2022-12-14', { housing: 'homeless', work: 'not_working' }); // a day early
    await checkIn(a, '2022-12-15', { housing: 'unstable', work: 'looking' }); // first day, superseded
    await checkIn(a, '2023-06-15', { housing: 'stable', work: 'employed', monthlyIncomeUsd: 200, idDocuments: 'complete', education: 'vocational' }); // last day: counts
    await checkIn(a, '2023-06-16', { housing: 'homeless', work: 'not_working' }); // a day late
    await checkIn(a, '2024-06-15', { housing: 'stable', work: 'studying', education: 'higher', idDocuments: 'complete' });
    await checkIn(a, '2024-06-16', { housing: 'homeless' }); // a day late for 24 months
    // B: check-ins only just outside the 12-month window, one inside the 24-month window.
    const b = await member('2022-03-15');
    await checkIn(b, '2022-12-14', { housing: 'stable' });
    await checkIn(b, '2023-06-16', { housing: 'stable' });
    await checkIn(b, '2023-12-15', { housing: 'homeless', work: 'not_working', idDocuments: 'none', education: 'none' });
    // C left on 31 January 2023: 9 months on is 31 October 2023, 15 months on is 30 April 2024 (the month's last day).
    const c = await member('2023-01-31');
    await checkIn(c, '2023-10-30', { housing: 'homeless' }); // a day early
    await checkIn(c, '2024-04-30', { housing: 'unstable', work: 'self_employed', monthlyIncomeUsd: 100, idDocuments: 'partial', education: 'completed' });
    // D left care 100 days ago: neither window has opened, so D is not counted yet.
    const d = await member(addDays(todayIso(), -100));
    await checkIn(d, todayIso(), { housing: 'homeless' });
    // E has no leaving-care date.
    await member(null);

    const res = await call(t, manager, 'GET', '/api/leavers/outcomes');
    expect(res.statusCode, res.body).toBe(200);
    const outcomes = res.json<TLeaverOutcomes>();
    expect(outcomes.noLeavingDate).toBe(1);
    const at = (months: number) => outcomes.windows.find((w) => w.months === months)!;
    expect(at(12)).toEqual<TOutcomeWindow>({
      months: 12, fromMonths: 9, toMonths: 15, due: 3, checkedIn: 2, noCheckIn: 1,
      housing: { stable: 1, unstable: 1 }, education: { vocational: 1, completed: 1 }, work: { employed: 1, self_employed: 1 },
      idDocuments: { complete: 1, partial: 1 }, meanIncomeUsd: 150, withIncome: 2,
    });
    expect(at(24)).toEqual<TOutcomeWindow>({
      months: 24, fromMonths: 21, toMonths: 27, due: 3, checkedIn: 2, noCheckIn: 1,
      housing: { stable: 1, homeless: 1 }, education: { higher: 1, none: 1 }, work: { studying: 1, not_working: 1 },
      idDocuments: { complete: 1, none: 1 }, meanIncomeUsd: null, withIncome: 0,
    });
  });

  it("show another organisation none of this organisation's care leavers, and a viewer nothing", async () => {
    const other = await t.user({ role: 'manager', organisationId: await t.organisation() });
    const theirs = (await call(t, other, 'GET', '/api/leavers/outcomes')).json<TLeaverOutcomes>();
    expect(theirs.windows.map((w) => w.due)).toEqual([0, 0]);
    expect(theirs.noLeavingDate).toBe(0);
    const viewer = await t.user({ role: 'viewer', organisationId: where.organisationId });
    expect((await call(t, viewer, 'GET', '/api/leavers/outcomes')).statusCode).toBe(403);
  });
});
