import type { TCaseworkerHome, TSupervisorHome } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { auditedLists, call, daysFromToday, insertApproval, insertFollowUp, insertPlacement, insertPlan, office, today } from './test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** A team with two caseworkers and some work in each caseload. */
async function busyTeam() {
  const o = await office(t);
  const colleague = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
  const theirs = { organisationId: o.org, teamId: o.team, ownerId: colleague.id };
  const a = await t.openCase(o.mine, { stage: 'follow_up' });
  const b = await t.openCase(o.mine, { stage: 'follow_up' });
  const c = await t.openCase(o.mine, { stage: 'assessment' });
  await t.openCase(o.mine, { stage: 'closed' });
  const d = await t.openCase(theirs, { stage: 'placement' });
  const work = {
    visitToday: await insertFollowUp(t, a.caseId, { dueOn: today() }),
    visitOverdue: await insertFollowUp(t, b.caseId, { dueOn: daysFromToday(-3) }),
    visitLater: await insertFollowUp(t, b.caseId, { dueOn: daysFromToday(30) }),
    taskToday: (await insertPlan(t, a.caseId, 'approved', { dueOn: today() })).actionId,
    taskOverdue: (await insertPlan(t, b.caseId, 'approved', { dueOn: daysFromToday(-1) })).actionId,
    request: await insertApproval(t, c.caseId, o.caseworker.id),
    colleagueVisit: await insertFollowUp(t, d.caseId, { dueOn: daysFromToday(-10) }),
    colleagueTask: (await insertPlan(t, d.caseId, 'approved', { dueOn: daysFromToday(-5) })).actionId,
    colleagueFoster: await insertPlacement(t, d.caseId, { careType: 'emergency_foster', startDate: daysFromToday(-120) }),
    colleagueRequest: await insertApproval(t, d.caseId, colleague.id),
  };
  return { o, colleague, cases: { a, b, c, d }, work };
}

describe('GET /api/home/caseworker', () => {
  it('shows my open cases by stage, visits and tasks due today and overdue, and my requests waiting — nobody else’s', async () => {
    const { o, work } = await busyTeam();
    const res = await call(t, o.caseworker, 'GET', '/api/home/caseworker');
    expect(res.statusCode, res.body).toBe(200);
    const home = res.json<TCaseworkerHome>();
    expect(home.openCases).toBe(3);
    expect(home.casesByStage.sort((x, y) => x.stage.localeCompare(y.stage))).toEqual([{ stage: 'assessment', count: 1 }, { stage: 'follow_up', count: 2 }]);
    expect(home.followUps.today).toEqual({ total: 1, items: [expect.objectContaining({ id: work.visitToday, state: 'due' })] });
    expect(home.followUps.overdue).toEqual({ total: 1, items: [expect.objectContaining({ id: work.visitOverdue, overdue: true })] });
    expect(home.tasks.today.items.map((x) => x.id)).toEqual([work.taskToday]);
    expect(home.tasks.overdue).toEqual({ total: 1, items: [expect.objectContaining({ id: work.taskOverdue, overdue: true })] });
    expect(home.pendingApprovals).toEqual({ total: 1, items: [expect.objectContaining({ id: work.request, kind: 'closure' })] });
    expect((await auditedLists(t, o.caseworker.id, 'follow_up')).some((r) => r.details?.ids?.includes(work.visitOverdue))).toBe(true);
  });

  it('is empty for someone with no caseload and refused to a viewer', async () => {
    const o = await office(t);
    const home = (await call(t, o.caseworker, 'GET', '/api/home/caseworker')).json<TCaseworkerHome>();
    expect(home).toMatchObject({ openCases: 0, casesByStage: [], pendingApprovals: { total: 0, items: [] } });
    const viewer = await t.user({ role: 'viewer', organisationId: o.org });
    expect((await call(t, viewer, 'GET', '/api/home/caseworker')).statusCode).toBe(403);
  });
});

describe('GET /api/home/supervisor', () => {
  it('shows the team’s caseload per caseworker, the overdue work and the approvals waiting', async () => {
    const { o, colleague, work } = await busyTeam();
    const res = await call(t, o.supervisor, 'GET', '/api/home/supervisor');
    expect(res.statusCode, res.body).toBe(200);
    const home = res.json<TSupervisorHome>();
    const rows = new Map(home.caseload.map((r) => [r.caseworker.id, r]));
    expect(rows.get(o.caseworker.id)).toMatchObject({
      caseworker: { name: 'Test caseworker' }, openCases: 3, overdueFollowUps: 1, overdueTasks: 1, emergencyFosterOverdue: 0,
      byStage: [{ stage: 'assessment', count: 1 }, { stage: 'follow_up', count: 2 }],
    });
    expect(rows.get(colleague.id)).toMatchObject({ openCases: 1, overdueFollowUps: 1, overdueTasks: 1, emergencyFosterOverdue: 1, byStage: [{ stage: 'placement', count: 1 }] });
    expect(home.overdue).toMatchObject({ followUps: 2, tasks: 2, emergencyFoster: 1 });
    expect(home.overdue.followUpItems.map((v) => v.id)).toEqual([work.colleagueVisit, work.visitOverdue]);
    expect(home.approvals.items.map((a) => a.id).sort()).toEqual([work.request, work.colleagueRequest].sort());
    expect((await auditedLists(t, o.supervisor.id, 'approval')).length).toBeGreaterThan(0);
  });

  it('leaves out requests the supervisor made and other teams’ work, and is refused to caseworkers', async () => {
    const { o } = await busyTeam();
    const own = await t.openCase({ organisationId: o.org, teamId: o.team, ownerId: o.supervisor.id });
    const mine = await insertApproval(t, own.caseId, o.supervisor.id);
    const elsewhere = await busyTeam();
    const home = (await call(t, o.supervisor, 'GET', '/api/home/supervisor')).json<TSupervisorHome>();
    expect(home.approvals.items.map((a) => a.id)).not.toContain(mine);
    expect(home.caseload.map((r) => r.caseworker.id)).not.toContain(elsewhere.o.caseworker.id);
    expect((await call(t, o.caseworker, 'GET', '/api/home/supervisor')).statusCode).toBe(403);
  });
});
