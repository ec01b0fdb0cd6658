import type { TCase, TCaseSummary, TCaseworkerHome, TSupervisorHome, TTask } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';
import { call, daysFromToday, insertFollowUp, insertPlan, office, type Office } from '../casework/test-support.js';

/*
 * "Overdue" agrees everywhere it is shown (see overdue.ts): the case list flag and filter, the
 * case page, the tasks list and both home screens count a visit still scheduled after its day and
 * an open action of the case's current approved plan after its day — never the actions of a
 * draft, rejected, waiting or superseded plan, nor archived or finished ones.
 */

let t: TestApp;
let o: Office;
const cases: Record<string, string> = {};
const actions: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
  const open = async () => (await t.openCase(o.mine, { stage: 'care_planning' })).caseId;
  const late = { dueOn: daysFromToday(-4) };

  // Past-due actions of plans that are not in force: none of these cases is overdue.
  cases.draftAndSuperseded = await open();
  actions.draft = (await insertPlan(t, cases.draftAndSuperseded, 'draft', late)).actionId;
  actions.superseded = (await insertPlan(t, cases.draftAndSuperseded, 'superseded', late)).actionId;
  cases.rejected = await open();
  actions.rejected = (await insertPlan(t, cases.rejected, 'rejected', late)).actionId;
  cases.waiting = await open();
  actions.waiting = (await insertPlan(t, cases.waiting, 'pending_approval', late)).actionId;
  // The approved plan's action, but done, or archived: not overdue either.
  cases.finished = await open();
  const done = await insertPlan(t, cases.finished, 'approved', late);
  await t.services.db.updateTable('care_plan_action').set({ status: 'done', done_on: daysFromToday(-1) }).where('id', '=', done.actionId).execute();
  cases.archived = await open();
  const archived = await insertPlan(t, cases.archived, 'approved', late);
  await t.services.db.updateTable('care_plan_action').set({ archived_at: new Date() }).where('id', '=', archived.actionId).execute();
  // Visits already dealt with, past their day.
  cases.visitsDealtWith = await open();
  for (const status of ['done', 'missed', 'rescheduled', 'cancelled']) await insertFollowUp(t, cases.visitsDealtWith, { ...late, status });

  // Overdue: an open action of the approved plan (beside a newer draft), and a scheduled visit.
  cases.approvedAction = await open();
  actions.approved = (await insertPlan(t, cases.approvedAction, 'approved', late)).actionId;
  await insertPlan(t, cases.approvedAction, 'draft', late);
  cases.lateVisit = await open();
  await insertFollowUp(t, cases.lateVisit, late);
});
afterAll(() => t.close());

const json = async <T>(as: TestUser, url: string): Promise<T> => {
  const res = await call(t, as, 'GET', url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
};
const overdueCases = [() => cases.approvedAction, () => cases.lateVisit];

describe('overdue', () => {
  it('flags on the case list only the cases with an overdue visit or an overdue action of the approved plan, and filters by it', async () => {
    const all = await json<{ items: TCaseSummary[] }>(o.caseworker, '/api/cases?pageSize=50');
    const flagged = all.items.filter((c) => c.overdue).map((c) => c.id).sort();
    expect(flagged).toEqual(overdueCases.map((f) => f()).sort());
    const filtered = await json<{ items: TCaseSummary[] }>(o.caseworker, '/api/cases?overdue=true&pageSize=50');
    expect(filtered.items.map((c) => c.id).sort()).toEqual(flagged);
    const notOverdue = await json<{ items: TCaseSummary[] }>(o.caseworker, '/api/cases?overdue=false&pageSize=50');
    expect(notOverdue.items.map((c) => c.id)).toContain(cases.draftAndSuperseded);
  });

  it('agrees on the case page', async () => {
    for (const [name, id] of Object.entries(cases)) {
      const kase = await json<TCase>(o.caseworker, `/api/cases/${id}`);
      expect({ name, overdue: kase.overdue }).toEqual({ name, overdue: name === 'approvedAction' || name === 'lateVisit' });
    }
  });

  it('agrees on the tasks list and both home screens', async () => {
    const tasks = await json<{ items: TTask[] }>(o.caseworker, '/api/tasks?due=overdue&pageSize=50');
    expect(tasks.items.map((x) => x.id)).toEqual([actions.approved]);
    const home = await json<TCaseworkerHome>(o.caseworker, '/api/home/caseworker');
    expect(home.tasks.overdue.items.map((x) => x.case.id)).toEqual([cases.approvedAction]);
    expect(home.followUps.overdue.items.map((x) => x.case.id)).toEqual([cases.lateVisit]);
    const supervisor = await json<TSupervisorHome>(o.supervisor, '/api/home/supervisor');
    expect(supervisor.overdue).toMatchObject({ followUps: 1, tasks: 1 });
    expect(supervisor.caseload.find((r) => r.caseworker.id === o.caseworker.id)).toMatchObject({ overdueFollowUps: 1, overdueTasks: 1 });
  });
});

describe('GET /api/cases?childId=', () => {
  it("lists one child's cases, open and closed, and nothing for a child out of scope", async () => {
    const child = await t.child(o.mine);
    const closed = await t.openCase(o.mine, { childId: child, stage: 'closed' });
    const current = await t.openCase(o.mine, { childId: child });
    const page = await json<{ items: TCaseSummary[]; total: number }>(o.caseworker, `/api/cases?childId=${child}`);
    expect(page.items.map((c) => c.id).sort()).toEqual([closed.caseId, current.caseId].sort());
    expect(page.items.every((c) => c.child.id === child)).toBe(true);
    const elsewhere = await office(t);
    expect((await json<{ total: number }>(elsewhere.supervisor, `/api/cases?childId=${child}`)).total).toBe(0);
    expect((await call(t, o.caseworker, 'GET', '/api/cases?childId=not-an-id')).statusCode).toBe(400);
  });
});
