import { addMonths, type TApproval, type TFollowUp, type TOrganisation, type TPlacement, type TProposePlacementResponse } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { call, countRows, daysFromToday, insertFollowUp, insertPlacement, insertPlan, office, today, type Office } from './test-support.js';

let t: TestApp;
let o: Office;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
});
afterAll(() => t.close());

const stageOf = async (caseId: string) => (await t.services.db.selectFrom('case_file').select('stage').where('id', '=', caseId).executeTakeFirstOrThrow()).stage;

/** Propose as the caseworker and approve as the supervisor. */
async function place(caseId: string, body: Record<string, unknown>, owner: Office = o): Promise<TProposePlacementResponse> {
  const res = await call(t, owner.caseworker, 'POST', `/api/cases/${caseId}/placements`, body);
  expect(res.statusCode, res.body).toBe(201);
  const proposed = res.json<TProposePlacementResponse>();
  const approved = await call(t, owner.supervisor, 'POST', `/api/approvals/${proposed.approval.id}/approve`, {});
  expect(approved.statusCode, approved.body).toBe(200);
  return proposed;
}

const followUps = async (caseId: string, owner: Office = o) => (await call(t, owner.caseworker, 'GET', `/api/cases/${caseId}/follow-ups`)).json<TFollowUp[]>();

describe('POST /api/cases/:id/placements', () => {
  it('refuses a placement without an approved care plan, creating nothing', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'preparation' });
    await insertPlan(t, caseId, 'pending_approval');
    const res = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/placements`, { careType: 'kinship', startDate: today() });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'placement.approved_plan_required' } });
    expect(await countRows(t, 'placement', caseId)).toBe(0);
    expect(await countRows(t, 'approval', caseId)).toBe(0);
  });

  it('proposes; approved, the child is placed, the case moves to placement and the default visits are scheduled', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'preparation' });
    await insertPlan(t, caseId, 'approved');
    const start = daysFromToday(-1);
    const res = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/placements`, { careType: 'kinship', startDate: start, notes: 'With the grandmother', comment: 'Ready' });
    expect(res.statusCode, res.body).toBe(201);
    const { placement, approval } = res.json<TProposePlacementResponse>();
    expect(placement).toMatchObject({ status: 'proposed', careType: 'kinship', startDate: start, emergencyFosterLimitOn: null, emergencyFosterOverdue: false });
    expect(approval).toMatchObject({ kind: 'placement', subjectId: placement.id, status: 'pending', details: { careType: 'kinship', startDate: start } });
    expect(await stageOf(caseId)).toBe('preparation');

    expect((await call(t, o.supervisor, 'POST', `/api/approvals/${approval.id}/approve`, {})).statusCode).toBe(200);
    const list = (await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/placements`)).json<TPlacement[]>();
    expect(list).toEqual([expect.objectContaining({ id: placement.id, status: 'active', version: 2 })]);
    expect(await stageOf(caseId)).toBe('placement');
    const change = await t.services.db.selectFrom('case_stage_change').selectAll().where('case_id', '=', caseId).execute();
    expect(change).toEqual([expect.objectContaining({ from_stage: 'preparation', to_stage: 'placement', changed_by: o.supervisor.id })]);
    expect(await auditRows(t, caseId, 'case.stage')).toHaveLength(1);

    const visits = await followUps(caseId);
    expect(visits.map((v) => [v.sequence, v.monthsAfter, v.dueOn, v.status, v.state])).toEqual(
      [1, 2, 3, 6, 9, 12, 18, 24].map((m, i) => [i + 1, m, addMonths(start, m), 'scheduled', 'due']),
    );
    expect(visits.every((v) => v.placementId === placement.id && v.caseworkerId === o.caseworker.id)).toBe(true);
    expect(await auditRows(t, visits[0]!.id, 'create')).toEqual([expect.objectContaining({ actor_id: o.supervisor.id, record_type: 'follow_up' })]);
  });

  it('schedules visits on the organisation’s own cadence, set by its administrator', async () => {
    const org = await office(t);
    const admin = await t.user({ role: 'administrator', organisationId: org.org });
    const set = await call(t, admin, 'PATCH', `/api/organisations/${org.org}`, { followUpMonths: [6, 1, 3, 3] });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json<TOrganisation>().followUpMonths).toEqual([1, 3, 6]);
    expect((await call(t, admin, 'PATCH', `/api/organisations/${org.org}`, { followUpMonths: [0] })).statusCode).toBe(400);
    expect((await call(t, admin, 'PATCH', `/api/organisations/${org.org}`, { followUpMonths: [] })).statusCode).toBe(400);

    const { caseId } = await t.openCase(org.mine, { stage: 'care_planning' });
    await insertPlan(t, caseId, 'approved');
    await place(caseId, { careType: 'birth_family_mother', startDate: '2026-01-31' }, org);
    expect((await followUps(caseId, org)).map((v) => v.dueOn)).toEqual(['2026-02-28', '2026-04-30', '2026-07-31']);

    const reset = await call(t, admin, 'PATCH', `/api/organisations/${org.org}`, { followUpMonths: null });
    expect(reset.json<TOrganisation>().followUpMonths).toEqual([1, 2, 3, 6, 9, 12, 18, 24]);
  });

  it('replaces an active placement: the old one ends on the new start with the reason given, its visits cancelled, history kept', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'follow_up' });
    await insertPlan(t, caseId, 'approved');
    const old = await insertPlacement(t, caseId, { careType: 'emergency_foster', startDate: daysFromToday(-60) });
    const done = await insertFollowUp(t, caseId, { placementId: old, dueOn: daysFromToday(-30), status: 'done' });
    const later = await insertFollowUp(t, caseId, { placementId: old, dueOn: daysFromToday(30) });
    const start = today();
    const { placement } = await place(caseId, { careType: 'long_term_foster', startDate: start, previousEndReason: 'moved_to_permanent' });

    const list = (await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/placements`)).json<TPlacement[]>();
    expect(list.map((p) => [p.id, p.status, p.endDate, p.endReason])).toEqual([[placement.id, 'active', null, null], [old, 'ended', start, 'moved_to_permanent']]);
    const byId = new Map((await followUps(caseId)).map((v) => [v.id, v]));
    expect(byId.get(done)?.status).toBe('done');
    expect(byId.get(later)?.status).toBe('cancelled');
    expect([...byId.values()].filter((v) => v.placementId === placement.id)).toHaveLength(8);
    expect(await stageOf(caseId)).toBe('follow_up');
  });

  it('checks the care type, the carer household’s scope and the agreement, with field errors', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'preparation' });
    await insertPlan(t, caseId, 'approved');
    const badType = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/placements`, { careType: 'orphanage', startDate: today() });
    expect(badType.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'careType', key: 'validation.choice' }] } });
    const other = await office(t);
    const foreign = crypto.randomUUID();
    await t.services.db.insertInto('household').values({
      id: foreign, organisation_id: other.org, team_id: other.team, caseworker_id: other.caseworker.id, centre_id: null, name: 'Far away', address_code: null,
      address_detail: null, livelihood: null, id_poor_level: null, primary_caregiver_id: null, notes: null, created_by: null, archived_at: null,
    }).execute();
    const badHousehold = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/placements`, { careType: 'kinship', startDate: today(), carerHouseholdId: foreign });
    expect(badHousehold.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'carerHouseholdId', key: 'validation.choice' }] } });
    const badFile = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/placements`, { careType: 'kinship', startDate: today(), agreementAttachmentId: crypto.randomUUID() });
    expect(badFile.json()).toMatchObject({ error: { fields: [{ field: 'agreementAttachmentId' }] } });
    expect(await countRows(t, 'placement', caseId)).toBe(0);

    const home = crypto.randomUUID();
    await t.services.db.insertInto('household').values({
      id: home, organisation_id: o.org, team_id: o.team, caseworker_id: o.caseworker.id, centre_id: null, name: 'Grandmother Srey', address_code: null,
      address_detail: null, livelihood: null, id_poor_level: 2, primary_caregiver_id: null, notes: null, created_by: null, archived_at: null,
    }).execute();
    const ok = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/placements`, { careType: 'kinship', startDate: today(), carerHouseholdId: home });
    expect(ok.json<TProposePlacementResponse>().placement).toMatchObject({ carerHouseholdId: home, carerHouseholdName: 'Grandmother Srey' });
  });

  it('rejected, the proposal stays in the history as rejected and the case does not move', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'preparation' });
    await insertPlan(t, caseId, 'approved');
    const proposed = (await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/placements`, { careType: 'kinship', startDate: today() })).json<TProposePlacementResponse>();
    const res = await call(t, o.supervisor, 'POST', `/api/approvals/${proposed.approval.id}/reject`, { comment: 'Visit the grandmother first' });
    expect(res.json<TApproval>().status).toBe('rejected');
    expect((await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/placements`)).json<TPlacement[]>()).toEqual([expect.objectContaining({ status: 'rejected' })]);
    expect(await stageOf(caseId)).toBe('preparation');
    expect(await countRows(t, 'follow_up', caseId)).toBe(0);
  });
});

describe('emergency foster care', () => {
  it('is flagged once past three months, in the placement and on the overdue tasks', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'placement' });
    const start = daysFromToday(-100);
    const id = await insertPlacement(t, caseId, { careType: 'emergency_foster', startDate: start });
    const [p] = (await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/placements`)).json<TPlacement[]>();
    expect(p).toMatchObject({ id, emergencyFosterLimitOn: addMonths(start, 3), emergencyFosterOverdue: true });
    const overdue = (await call(t, o.caseworker, 'GET', '/api/tasks?due=overdue')).json<{ items: Array<{ id: string; kind: string; overdue: boolean }> }>();
    expect(overdue.items).toContainEqual(expect.objectContaining({ id, kind: 'emergency_foster_review', overdue: true }));

    const recent = await t.openCase(o.mine, { stage: 'placement' });
    await insertPlacement(t, recent.caseId, { careType: 'emergency_foster', startDate: daysFromToday(-10) });
    const [q] = (await call(t, o.caseworker, 'GET', `/api/cases/${recent.caseId}/placements`)).json<TPlacement[]>();
    expect(q?.emergencyFosterOverdue).toBe(false);
  });
});

describe('changing and ending a placement', () => {
  it('attaches notes at the version seen (409 when stale)', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'placement' });
    const id = await insertPlacement(t, caseId);
    const res = await call(t, o.caseworker, 'PATCH', `/api/placements/${id}`, { version: 1, notes: 'Agreement signed at the commune office' });
    expect(res.json<TPlacement>()).toMatchObject({ notes: 'Agreement signed at the commune office', version: 2 });
    expect((await call(t, o.caseworker, 'PATCH', `/api/placements/${id}`, { version: 1, notes: 'Lost update' })).statusCode).toBe(409);
  });

  it('ends an active placement, cancelling the visits after the end, refusing bad dates and ended placements', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'follow_up' });
    const id = await insertPlacement(t, caseId, { startDate: daysFromToday(-40) });
    const before = await insertFollowUp(t, caseId, { placementId: id, dueOn: daysFromToday(-10) });
    const after = await insertFollowUp(t, caseId, { placementId: id, dueOn: daysFromToday(20) });
    const early = await call(t, o.caseworker, 'POST', `/api/placements/${id}/end`, { endDate: daysFromToday(-41), reason: 'breakdown' });
    expect(early.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'endDate', key: 'validation.date_before_start' }] } });
    const badReason = await call(t, o.caseworker, 'POST', `/api/placements/${id}/end`, { endDate: today(), reason: 'bored' });
    expect(badReason.json()).toMatchObject({ error: { fields: [{ field: 'reason', key: 'validation.choice' }] } });

    const res = await call(t, o.caseworker, 'POST', `/api/placements/${id}/end`, { endDate: today(), reason: 'breakdown' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TPlacement>()).toMatchObject({ status: 'ended', endDate: today(), endReason: 'breakdown' });
    const byId = new Map((await followUps(caseId)).map((v) => [v.id, v.status]));
    expect([byId.get(before), byId.get(after)]).toEqual(['scheduled', 'cancelled']);
    expect((await call(t, o.caseworker, 'POST', `/api/placements/${id}/end`, { endDate: today(), reason: 'breakdown' })).json()).toMatchObject({ error: { code: 'placement.not_active' } });
    const other = await office(t);
    expect((await call(t, other.caseworker, 'GET', `/api/cases/${caseId}/placements`)).statusCode).toBe(404);
  });
});
