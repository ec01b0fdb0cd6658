import type { TApproval, TFollowUp, TPlacement } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { call, countRows, daysFromToday, insertFinalAssessment, insertFollowUp, insertPlacement, insertPlan, office, today, type Office } from './test-support.js';

let t: TestApp;
let o: Office;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
});
afterAll(() => t.close());

const caseRow = (id: string) => t.services.db.selectFrom('case_file').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const goalsMet = () => ({ reason: 'goals_met', closedOn: today(), summary: 'Settled with her grandmother; form 6 score 52.' });

describe('POST /api/cases/:id/closure', () => {
  it('asks for a final assessment before closing for goals met (409), and then sends the request', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'follow_up' });
    const refused = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/closure`, goalsMet());
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ error: { code: 'case.final_assessment_required', key: 'errors.case.final_assessment_required' } });
    const other = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/closure`, { ...goalsMet(), reason: 'other' });
    expect(other.json()).toMatchObject({ error: { code: 'case.final_assessment_required' } });
    expect(await countRows(t, 'approval', caseId)).toBe(0);

    await insertFinalAssessment(t, caseId);
    const res = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/closure`, goalsMet());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<TApproval>()).toMatchObject({ kind: 'closure', subjectId: null, status: 'pending', details: goalsMet() });
    expect((await caseRow(caseId)).stage).toBe('follow_up');
    const notified = await t.services.db.selectFrom('notification').select(['user_id', 'kind']).where('case_id', '=', caseId).execute();
    expect(notified).toEqual([{ user_id: o.supervisor.id, kind: 'approval.requested' }]);
  });

  it('closes for reasons outside the plan without a final assessment', async () => {
    for (const reason of ['child_died', 'family_absent', 'moved_not_found', 'transferred', 'refused_services']) {
      const { caseId } = await t.openCase(o.mine, { stage: 'tracing' });
      const res = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/closure`, { reason, closedOn: today(), summary: 'Closed.' });
      expect(res.statusCode, `${reason}: ${res.body}`).toBe(201);
    }
  });

  it('refuses an unknown reason, a future or too early day and a closed case, changing nothing', async () => {
    const { caseId } = await t.openCase(o.mine);
    const reason = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/closure`, { ...goalsMet(), reason: 'bored' });
    expect(reason.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'reason', key: 'validation.choice' }] } });
    const future = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/closure`, { reason: 'child_died', closedOn: daysFromToday(1), summary: 'x' });
    expect(future.json()).toMatchObject({ error: { fields: [{ field: 'closedOn', key: 'validation.date_in_future' }] } });
    const early = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/closure`, { reason: 'child_died', closedOn: '2025-12-31', summary: 'x' });
    expect(early.json()).toMatchObject({ error: { fields: [{ field: 'closedOn', key: 'validation.date_before_start' }] } });
    const noSummary = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/closure`, { reason: 'child_died', closedOn: today() });
    expect(noSummary.json()).toMatchObject({ error: { fields: [{ field: 'summary' }] } });
    expect(await countRows(t, 'approval', caseId)).toBe(0);
    const closed = await t.openCase(o.mine, { stage: 'closed' });
    expect((await call(t, o.caseworker, 'POST', `/api/cases/${closed.caseId}/closure`, { reason: 'child_died', closedOn: today(), summary: 'x' })).json()).toMatchObject({ error: { code: 'case.closed' } });
    const stranger = await office(t);
    expect((await call(t, stranger.caseworker, 'POST', `/api/cases/${caseId}/closure`, { reason: 'child_died', closedOn: today(), summary: 'x' })).statusCode).toBe(404);
  });
});

describe('approving a closure', () => {
  it('closes the case: date, reason, summary, the placement ended, visits cancelled, other requests withdrawn, history recorded', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'follow_up' });
    await insertPlan(t, caseId, 'approved');
    const { planId } = await insertPlan(t, caseId, 'draft');
    const planRequest = (await call(t, o.caseworker, 'POST', `/api/care-plans/${planId}/submit`, { version: 1 })).json<TApproval>();
    const placement = await insertPlacement(t, caseId, { startDate: daysFromToday(-200) });
    const done = await insertFollowUp(t, caseId, { placementId: placement, dueOn: daysFromToday(-100), status: 'done' });
    const open = await insertFollowUp(t, caseId, { placementId: placement, dueOn: daysFromToday(-2) });
    const later = await insertFollowUp(t, caseId, { placementId: placement, dueOn: daysFromToday(100) });
    await insertFinalAssessment(t, caseId);
    const request = (await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/closure`, goalsMet())).json<TApproval>();

    const res = await call(t, o.supervisor, 'POST', `/api/approvals/${request.id}/approve`, { comment: 'Well done' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await caseRow(caseId)).toMatchObject({ stage: 'closed', closed_on: today(), closure_reason: 'goals_met', closure_summary: goalsMet().summary });
    const [p] = (await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/placements`)).json<TPlacement[]>();
    expect(p).toMatchObject({ id: placement, status: 'ended', endDate: today(), endReason: 'case_closed' });
    const visits = new Map((await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/follow-ups`)).json<TFollowUp[]>().map((v) => [v.id, v.status]));
    expect([visits.get(done), visits.get(open), visits.get(later)]).toEqual(['done', 'cancelled', 'cancelled']);
    const approvals = new Map((await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/approvals`)).json<TApproval[]>().map((a) => [a.id, a.status]));
    expect([approvals.get(request.id), approvals.get(planRequest.id)]).toEqual(['approved', 'withdrawn']);
    expect((await t.services.db.selectFrom('care_plan').select('status').where('id', '=', planId).executeTakeFirstOrThrow()).status).toBe('draft');
    const history = await t.services.db.selectFrom('case_stage_change').selectAll().where('case_id', '=', caseId).execute();
    expect(history).toEqual([expect.objectContaining({ from_stage: 'follow_up', to_stage: 'closed', reason: 'goals_met', changed_by: o.supervisor.id })]);
    expect(await auditRows(t, caseId, 'case.close')).toEqual([expect.objectContaining({ actor_id: o.supervisor.id, changes: expect.objectContaining({ stage: { before: 'follow_up', after: 'closed' } }) })]);
    expect((await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/services`, { serviceType: 'health', providedOn: today() })).json()).toMatchObject({ error: { code: 'case.closed' } });
  });

  it('sent back, the case carries on', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'assessment' });
    const request = (await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/closure`, { reason: 'moved_not_found', closedOn: today(), summary: 'Gone' })).json<TApproval>();
    const res = await call(t, o.supervisor, 'POST', `/api/approvals/${request.id}/reject`, { comment: 'Try the commune chief first' });
    expect(res.json<TApproval>().status).toBe('rejected');
    expect(await caseRow(caseId)).toMatchObject({ stage: 'assessment', closed_on: null });
  });
});
