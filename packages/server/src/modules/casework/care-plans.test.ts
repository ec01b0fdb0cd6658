import type { TApproval, TCarePlan, TCarePlanAction, TTask } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { auditedLists, call, countRows, daysFromToday, insertPlacement, insertPlan, office, today, type Office } from './test-support.js';

let t: TestApp;
let o: Office;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
});
afterAll(() => t.close());

const draft = {
  careOption: 'kinship',
  bestInterests: 'Her grandmother is willing and able; the child wants to live with her.',
  goals: [
    { description: 'Safe and cared for at home', actions: [{ description: 'Home safety visit', responsible: 'Caseworker', dueOn: daysFromToday(5) }] },
    { description: 'Back in school', actions: [{ description: 'Enrol at the commune school', dueOn: daysFromToday(10) }, { description: 'Buy a uniform' }] },
  ],
};

describe('POST /api/cases/:id/care-plans', () => {
  it('starts a draft plan with goals and actions in order, owned like the case and audited', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'care_planning' });
    const res = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/care-plans`, draft);
    expect(res.statusCode, res.body).toBe(201);
    const plan = res.json<TCarePlan>();
    expect(plan).toMatchObject({ caseId, status: 'draft', careOption: 'kinship', version: 1, createdBy: { id: o.caseworker.id } });
    expect(plan.goals.map((g) => g.description)).toEqual(['Safe and cared for at home', 'Back in school']);
    expect(plan.goals[1]!.actions.map((a) => [a.description, a.dueOn, a.status])).toEqual([
      ['Enrol at the commune school', daysFromToday(10), 'open'], ['Buy a uniform', null, 'open'],
    ]);
    const action = await t.services.db.selectFrom('care_plan_action').selectAll().where('id', '=', plan.goals[0]!.actions[0]!.id).executeTakeFirstOrThrow();
    expect(action).toMatchObject({ organisation_id: o.org, team_id: o.team, caseworker_id: o.caseworker.id, case_id: caseId });
    expect(await auditRows(t, plan.id, 'create')).toEqual([expect.objectContaining({ actor_id: o.caseworker.id, record_type: 'care_plan' })]);

    const list = await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/care-plans`);
    expect(list.json<TCarePlan[]>().map((p) => p.id)).toEqual([plan.id]);
    expect((await auditedLists(t, o.caseworker.id, 'care_plan')).some((r) => r.details?.ids?.includes(plan.id))).toBe(true);
  });

  it('refuses a blank goal and an unknown care option with field errors, creating nothing', async () => {
    const { caseId } = await t.openCase(o.mine);
    const blank = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/care-plans`, { goals: [{ description: '  ' }] });
    expect(blank.statusCode).toBe(400);
    expect(blank.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'goals.0.description' }] } });
    const unknown = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/care-plans`, { ...draft, careOption: 'boarding_school' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'careOption', key: 'validation.choice' }] } });
    expect(await countRows(t, 'care_plan', caseId)).toBe(0);
  });

  it('works on one plan at a time, never on a closed case, and never on another organisation’s case', async () => {
    const { caseId } = await t.openCase(o.mine);
    expect((await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/care-plans`, draft)).statusCode).toBe(201);
    expect((await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/care-plans`, draft)).json()).toMatchObject({ error: { code: 'care_plan.open_plan_exists' } });
    const closed = await t.openCase(o.mine, { stage: 'closed' });
    expect((await call(t, o.caseworker, 'POST', `/api/cases/${closed.caseId}/care-plans`, draft)).json()).toMatchObject({ error: { code: 'case.closed' } });
    const other = await office(t);
    expect((await call(t, other.caseworker, 'POST', `/api/cases/${caseId}/care-plans`, draft)).statusCode).toBe(404);
    expect((await call(t, other.caseworker, 'GET', `/api/cases/${caseId}/care-plans`)).statusCode).toBe(404);
    expect(await countRows(t, 'care_plan', caseId)).toBe(1);
  });
});

describe('PATCH /api/care-plans/:id', () => {
  it('edits a draft at the version the caller saw, archiving what is left out and keeping what is named', async () => {
    const { caseId } = await t.openCase(o.mine);
    const plan = (await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/care-plans`, draft)).json<TCarePlan>();
    const kept = plan.goals[1]!;
    const res = await call(t, o.caseworker, 'PATCH', `/api/care-plans/${plan.id}`, {
      version: 1, bestInterests: 'Revised after the case conference',
      goals: [{ id: kept.id, description: 'Back in school by June', actions: [{ id: kept.actions[0]!.id, description: 'Enrol at the commune school', dueOn: daysFromToday(3) }] }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json<TCarePlan>();
    expect(after).toMatchObject({ version: 2, bestInterests: 'Revised after the case conference', careOption: 'kinship' });
    expect(after.goals).toEqual([expect.objectContaining({ id: kept.id, description: 'Back in school by June', actions: [expect.objectContaining({ id: kept.actions[0]!.id, dueOn: daysFromToday(3) })] })]);
    const archived = await t.services.db.selectFrom('care_plan_action').select('id').where('case_id', '=', caseId).where('archived_at', 'is not', null).execute();
    expect(archived).toHaveLength(2);
    expect(await auditRows(t, plan.id, 'update')).toEqual([expect.objectContaining({ changes: expect.objectContaining({ version: { before: 1, after: 2 } }) })]);
  });

  it('answers 409 record.conflict for a stale version, and refuses a field error for a foreign goal id, changing nothing', async () => {
    const { caseId } = await t.openCase(o.mine);
    const plan = (await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/care-plans`, draft)).json<TCarePlan>();
    expect((await call(t, o.caseworker, 'PATCH', `/api/care-plans/${plan.id}`, { version: 1, bestInterests: 'First' })).statusCode).toBe(200);
    const stale = await call(t, o.caseworker, 'PATCH', `/api/care-plans/${plan.id}`, { version: 1, bestInterests: 'Second' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'record.conflict' } });
    const foreign = await call(t, o.caseworker, 'PATCH', `/api/care-plans/${plan.id}`, { version: 2, bestInterests: 'Third', goals: [{ id: crypto.randomUUID(), description: 'x' }] });
    expect(foreign.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'goals.0.id' }] } });
    const now = (await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/care-plans`)).json<TCarePlan[]>()[0]!;
    expect(now).toMatchObject({ version: 2, bestInterests: 'First' });
    expect(now.goals).toHaveLength(2);
  });

  it('refuses to edit a plan waiting for approval or approved', async () => {
    const { caseId } = await t.openCase(o.mine);
    const { planId } = await insertPlan(t, caseId, 'pending_approval');
    expect((await call(t, o.caseworker, 'PATCH', `/api/care-plans/${planId}`, { version: 1, bestInterests: 'x' })).json()).toMatchObject({ error: { code: 'care_plan.not_editable' } });
  });
});

describe('POST /api/care-plans/:id/submit', () => {
  it('refuses an incomplete plan naming what is missing, then sends a complete one to the team’s supervisor', async () => {
    const { caseId } = await t.openCase(o.mine);
    const empty = (await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/care-plans`, {})).json<TCarePlan>();
    const incomplete = await call(t, o.caseworker, 'POST', `/api/care-plans/${empty.id}/submit`, { version: 1 });
    expect(incomplete.statusCode).toBe(409);
    expect(incomplete.json()).toMatchObject({ error: { code: 'care_plan.incomplete', fields: [{ field: 'careOption' }, { field: 'bestInterests' }, { field: 'goals' }] } });
    expect(await countRows(t, 'approval', caseId)).toBe(0);

    await call(t, o.caseworker, 'PATCH', `/api/care-plans/${empty.id}`, { version: 1, ...draft });
    const res = await call(t, o.caseworker, 'POST', `/api/care-plans/${empty.id}/submit`, { version: 2, comment: 'Agreed at the case conference' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<TApproval>()).toMatchObject({ kind: 'care_plan', subjectId: empty.id, status: 'pending', requestedBy: { id: o.caseworker.id }, requestComment: 'Agreed at the case conference' });
    const plan = (await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/care-plans`)).json<TCarePlan[]>()[0]!;
    expect(plan).toMatchObject({ status: 'pending_approval', version: 3 });
    const notes = await t.services.db.selectFrom('notification').selectAll().where('case_id', '=', caseId).execute();
    expect(notes.map((n) => [n.user_id, n.kind])).toEqual([[o.supervisor.id, 'approval.requested']]);
  });
});

describe('PATCH /api/care-plan-actions/:id', () => {
  it('marks a task done (today by default), refusing a future day', async () => {
    const { caseId } = await t.openCase(o.mine);
    const { actionId } = await insertPlan(t, caseId, 'approved');
    const future = await call(t, o.caseworker, 'PATCH', `/api/care-plan-actions/${actionId}`, { status: 'done', doneOn: daysFromToday(1) });
    expect(future.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'doneOn', key: 'validation.date_in_future' }] } });
    const res = await call(t, o.caseworker, 'PATCH', `/api/care-plan-actions/${actionId}`, { status: 'done' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TCarePlanAction>()).toMatchObject({ status: 'done', doneOn: today(), overdue: false });
    expect(await auditRows(t, actionId, 'update')).toEqual([expect.objectContaining({ changes: expect.objectContaining({ status: { before: 'open', after: 'done' } }) })]);
    const reopened = await call(t, o.caseworker, 'PATCH', `/api/care-plan-actions/${actionId}`, { status: 'open' });
    expect(reopened.json<TCarePlanAction>()).toMatchObject({ status: 'open', doneOn: null });
  });

  it('leaves the tasks of a superseded plan as history', async () => {
    const { caseId } = await t.openCase(o.mine);
    const { actionId } = await insertPlan(t, caseId, 'superseded');
    expect((await call(t, o.caseworker, 'PATCH', `/api/care-plan-actions/${actionId}`, { status: 'done' })).json()).toMatchObject({ error: { code: 'care_plan.not_editable' } });
  });
});

describe('GET /api/tasks', () => {
  it('lists open, dated actions of approved plans with their overdue state, filtered by due', async () => {
    const me = await office(t);
    const a = await t.openCase(me.mine);
    const overdue = await insertPlan(t, a.caseId, 'approved', { dueOn: daysFromToday(-2) });
    const b = await t.openCase(me.mine);
    const dueToday = await insertPlan(t, b.caseId, 'approved', { dueOn: today() });
    const c = await t.openCase(me.mine);
    const nextWeek = await insertPlan(t, c.caseId, 'approved', { dueOn: daysFromToday(6) });
    const d = await t.openCase(me.mine);
    await insertPlan(t, d.caseId, 'draft', { dueOn: daysFromToday(-1) });
    const e = await t.openCase(me.mine);
    await insertPlan(t, e.caseId, 'approved', { dueOn: null });
    const foster = await t.openCase(me.mine, { stage: 'placement' });
    const placementId = await insertPlacement(t, foster.caseId, { careType: 'emergency_foster', startDate: daysFromToday(-120) });

    const all = (await call(t, me.caseworker, 'GET', '/api/tasks')).json<{ items: TTask[]; total: number }>();
    expect(all.items.map((x) => x.id).sort()).toEqual([overdue.actionId, dueToday.actionId, nextWeek.actionId, placementId].sort());
    expect(all.items.find((x) => x.id === overdue.actionId)).toMatchObject({ kind: 'care_plan_action', overdue: true, case: { id: a.caseId, childNameKm: 'ចាន់ សុភា' } });
    expect(all.items.find((x) => x.id === placementId)).toMatchObject({ kind: 'emergency_foster_review', overdue: true });

    const ids = async (due: string) => (await call(t, me.caseworker, 'GET', `/api/tasks?due=${due}`)).json<{ items: TTask[] }>().items.map((x) => x.id).sort();
    expect(await ids('overdue')).toEqual([overdue.actionId, placementId].sort());
    expect(await ids('today')).toEqual([dueToday.actionId]);
    expect(await ids('week')).toEqual([dueToday.actionId, nextWeek.actionId].sort());
    expect((await auditedLists(t, me.caseworker.id, 'care_plan_action')).length).toBeGreaterThan(0);
  });

  it('shows a caseworker only their caseload and a supervisor the team’s', async () => {
    const me = await office(t);
    const colleague = await t.user({ role: 'caseworker', organisationId: me.org, teamIds: [me.team] });
    const mine = await t.openCase(me.mine);
    const theirs = await t.openCase({ organisationId: me.org, teamId: me.team, ownerId: colleague.id });
    const m = await insertPlan(t, mine.caseId, 'approved');
    const th = await insertPlan(t, theirs.caseId, 'approved');
    const ids = async (u: typeof me.caseworker) => (await call(t, u, 'GET', '/api/tasks')).json<{ items: TTask[] }>().items.map((x) => x.id).sort();
    expect(await ids(me.caseworker)).toEqual([m.actionId]);
    expect(await ids(me.supervisor)).toEqual([m.actionId, th.actionId].sort());
    const only = (await call(t, me.supervisor, 'GET', `/api/tasks?caseworkerId=${colleague.id}`)).json<{ items: TTask[] }>().items.map((x) => x.id);
    expect(only).toEqual([th.actionId]);
  });
});
