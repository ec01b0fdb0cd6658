import type { TApproval, TCarePlan, TNotificationPage } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { call, insertApproval, insertPlan, office, today, type Office } from './test-support.js';

let t: TestApp;
let o: Office;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
});
afterAll(() => t.close());

/** A case in care planning with a plan the caseworker has submitted. */
async function submittedPlan(owner: Office = o) {
  const { caseId } = await t.openCase(owner.mine, { stage: 'care_planning' });
  const { planId } = await insertPlan(t, caseId, 'draft');
  const res = await call(t, owner.caseworker, 'POST', `/api/care-plans/${planId}/submit`, { version: 1 });
  expect(res.statusCode, res.body).toBe(201);
  return { caseId, planId, approval: res.json<TApproval>() };
}

const plans = async (caseId: string) => (await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/care-plans`)).json<TCarePlan[]>();

describe('deciding a care plan', () => {
  it('lets the supervisor approve: the plan comes into force, the one before is superseded, the caseworker is told', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'care_planning' });
    const old = await insertPlan(t, caseId, 'approved');
    const { planId } = await insertPlan(t, caseId, 'draft');
    const approval = (await call(t, o.caseworker, 'POST', `/api/care-plans/${planId}/submit`, { version: 1 })).json<TApproval>();

    const res = await call(t, o.supervisor, 'POST', `/api/approvals/${approval.id}/approve`, { comment: 'Good plan' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TApproval>()).toMatchObject({ status: 'approved', decidedBy: { id: o.supervisor.id }, decisionComment: 'Good plan' });
    const byId = new Map((await plans(caseId)).map((p) => [p.id, p]));
    expect(byId.get(planId)).toMatchObject({ status: 'approved', approvedBy: { id: o.supervisor.id } });
    expect(byId.get(old.planId)).toMatchObject({ status: 'superseded' });
    expect(await auditRows(t, approval.id, 'approve')).toEqual([expect.objectContaining({ actor_id: o.supervisor.id, record_type: 'approval' })]);
    expect(await auditRows(t, planId, 'approve')).toHaveLength(1);

    const inbox = (await call(t, o.caseworker, 'GET', '/api/notifications')).json<TNotificationPage>();
    expect(inbox.items[0]).toMatchObject({ kind: 'approval.approved', caseId, params: { approvalId: approval.id, approvalKind: 'care_plan' }, readAt: null });
    expect(inbox.unread).toBeGreaterThan(0);
  });

  it('refuses a caseworker (403) and a supervisor deciding their own request (403 approval.own_request)', async () => {
    const { approval } = await submittedPlan();
    const byCaseworker = await call(t, o.caseworker, 'POST', `/api/approvals/${approval.id}/approve`, {});
    expect(byCaseworker.statusCode).toBe(403);

    const { caseId } = await t.openCase({ organisationId: o.org, teamId: o.team, ownerId: o.supervisor.id });
    const { planId } = await insertPlan(t, caseId, 'draft');
    const own = (await call(t, o.supervisor, 'POST', `/api/care-plans/${planId}/submit`, { version: 1 })).json<TApproval>();
    const res = await call(t, o.supervisor, 'POST', `/api/approvals/${own.id}/approve`, {});
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'approval.own_request' } });
    expect((await t.services.db.selectFrom('care_plan').select('status').where('id', '=', planId).executeTakeFirstOrThrow()).status).toBe('pending_approval');
  });

  it('sends a plan back only with a comment; it can then be edited and submitted again', async () => {
    const { planId, approval } = await submittedPlan();
    const silent = await call(t, o.supervisor, 'POST', `/api/approvals/${approval.id}/reject`, {});
    expect(silent.statusCode).toBe(400);
    expect(silent.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'comment' }] } });
    expect((await t.services.db.selectFrom('approval').select('status').where('id', '=', approval.id).executeTakeFirstOrThrow()).status).toBe('pending');

    const res = await call(t, o.supervisor, 'POST', `/api/approvals/${approval.id}/reject`, { comment: 'Add the school goal' });
    expect(res.json<TApproval>()).toMatchObject({ status: 'rejected', decisionComment: 'Add the school goal' });
    const inbox = (await call(t, o.caseworker, 'GET', '/api/notifications?unread=true')).json<TNotificationPage>();
    expect(inbox.items[0]).toMatchObject({ kind: 'approval.rejected', params: { approvalId: approval.id } });

    const edit = await call(t, o.caseworker, 'PATCH', `/api/care-plans/${planId}`, { version: 3, bestInterests: 'Now with school' });
    expect(edit.json<TCarePlan>()).toMatchObject({ status: 'draft', version: 4 });
    expect((await call(t, o.caseworker, 'POST', `/api/care-plans/${planId}/submit`, { version: 4 })).statusCode).toBe(201);
  });

  it('decides each request once (409 approval.not_pending) and refuses a second request of a kind while one waits', async () => {
    const { caseId, approval } = await submittedPlan();
    expect((await call(t, o.supervisor, 'POST', `/api/approvals/${approval.id}/approve`, {})).statusCode).toBe(200);
    expect((await call(t, o.supervisor, 'POST', `/api/approvals/${approval.id}/reject`, { comment: 'Too late' })).json()).toMatchObject({ error: { code: 'approval.not_pending' } });
    await insertApproval(t, caseId, o.caseworker.id);
    const again = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/closure`, { reason: 'child_died', closedOn: today(), summary: 'x' });
    expect(again.json()).toMatchObject({ error: { code: 'approval.already_pending' } });
  });
});

describe('GET /api/approvals', () => {
  it('is the supervisor’s queue: waiting requests of the team they may decide, not their own, not other teams’', async () => {
    const team = await office(t);
    const mine = await submittedPlan(team);
    const otherTeam = await t.team(team.org);
    const stranger = await t.user({ role: 'caseworker', organisationId: team.org, teamIds: [otherTeam], signIn: false });
    const elsewhere = await t.openCase({ organisationId: team.org, teamId: otherTeam, ownerId: stranger.id });
    const hidden = await insertApproval(t, elsewhere.caseId, stranger.id);
    const own = await t.openCase({ organisationId: team.org, teamId: team.team, ownerId: team.supervisor.id });
    const ownRequest = await insertApproval(t, own.caseId, team.supervisor.id);

    const queue = (await call(t, team.supervisor, 'GET', '/api/approvals')).json<{ items: TApproval[]; total: number }>();
    expect(queue.items.map((a) => a.id)).toEqual([mine.approval.id]);
    expect(queue.items[0]).toMatchObject({ kind: 'care_plan', case: { id: mine.caseId }, requestedBy: { id: team.caseworker.id } });
    expect((await call(t, team.supervisor, 'POST', `/api/approvals/${hidden}/approve`, {})).statusCode).toBe(404);

    const manager = await t.user({ role: 'manager', organisationId: team.org });
    const all = (await call(t, manager, 'GET', '/api/approvals?kind=closure')).json<{ items: TApproval[] }>().items.map((a) => a.id).sort();
    expect(all).toEqual([hidden, ownRequest].sort());
    expect((await call(t, team.caseworker, 'GET', '/api/approvals')).statusCode).toBe(403);
    const other = await office(t);
    expect((await call(t, other.supervisor, 'POST', `/api/approvals/${mine.approval.id}/approve`, {})).statusCode).toBe(404);
  });

  it('lists a case’s requests and decisions on the case page', async () => {
    const { caseId, approval } = await submittedPlan();
    await call(t, o.supervisor, 'POST', `/api/approvals/${approval.id}/reject`, { comment: 'Not yet' });
    const list = (await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/approvals`)).json<TApproval[]>();
    expect(list).toEqual([expect.objectContaining({ id: approval.id, status: 'rejected', decisionComment: 'Not yet' })]);
  });
});

describe('notifications', () => {
  it('go to the team’s supervisors, or to the managers when the team has none', async () => {
    const org = await t.organisation();
    const team = await t.team(org);
    const caseworker = await t.user({ role: 'caseworker', organisationId: org, teamIds: [team] });
    const manager = await t.user({ role: 'manager', organisationId: org });
    const { caseId } = await t.openCase({ organisationId: org, teamId: team, ownerId: caseworker.id });
    const { planId } = await insertPlan(t, caseId, 'draft');
    await call(t, caseworker, 'POST', `/api/care-plans/${planId}/submit`, { version: 1 });
    const inbox = (await call(t, manager, 'GET', '/api/notifications')).json<TNotificationPage>();
    expect(inbox).toMatchObject({ total: 1, unread: 1, items: [{ kind: 'approval.requested', caseId }] });
  });

  it('are read one by one or all at once, and only by the person they are for', async () => {
    await submittedPlan();
    await submittedPlan();
    const inbox = (await call(t, o.supervisor, 'GET', '/api/notifications?unread=true')).json<TNotificationPage>();
    expect(inbox.items.length).toBeGreaterThanOrEqual(2);
    const first = inbox.items[0]!.id;
    expect((await call(t, o.caseworker, 'POST', `/api/notifications/${first}/read`)).statusCode).toBe(404);
    expect((await call(t, o.supervisor, 'POST', `/api/notifications/${first}/read`)).statusCode).toBe(200);
    const after = (await call(t, o.supervisor, 'GET', '/api/notifications')).json<TNotificationPage>();
    expect(after.unread).toBe(inbox.unread - 1);
    expect(after.items.find((n) => n.id === first)?.readAt).not.toBeNull();
    expect((await call(t, o.supervisor, 'POST', '/api/notifications/read-all')).statusCode).toBe(200);
    expect((await call(t, o.supervisor, 'GET', '/api/notifications')).json<TNotificationPage>().unread).toBe(0);
  });
});
