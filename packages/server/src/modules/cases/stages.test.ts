import type { TCase } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withScopedData } from '../../platform/access/scoped-data.js';
import { loadActor } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors.js';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';
import { moveStage } from './move-stage.js';
import { auditOf, call, caseOffice, insertApprovedPlan, insertNote, insertPlacement, openCaseHttp, today, type CaseOffice } from './testing.js';

let t: TestApp;
let o: CaseOffice;
beforeAll(async () => {
  t = await startTestApp();
  o = await caseOffice(t);
});
afterAll(() => t.close());

const move = (as: TestUser, caseId: string, body: Record<string, unknown>) => call(t, as, 'POST', `/api/cases/${caseId}/stage`, body);
const stageOf = async (caseId: string) => (await t.services.db.selectFrom('case_file').select('stage').where('id', '=', caseId).executeTakeFirstOrThrow()).stage;
const historyOf = async (caseId: string) => t.services.db.selectFrom('case_stage_change').select(['from_stage', 'to_stage', 'reason', 'changed_by']).where('case_id', '=', caseId).orderBy('changed_at').execute();

/** Run moveStage as the casework module would, in its own transaction. */
async function moveAs(user: TestUser, caseId: string, to: Parameters<typeof moveStage>[2], reason: string | null, options: Parameters<typeof moveStage>[4] = {}) {
  const actor = (await loadActor(t.services.db, user.id, null))!;
  return withScopedData(t.services.db, actor, (data) => moveStage(data, caseId, to, reason, options));
}

function refusedWith(res: { statusCode: number; json: () => unknown }, refusal: string): void {
  expect(res.statusCode).toBe(409);
  expect(res.json()).toMatchObject({ error: { code: 'case.stage_refused', key: 'errors.case.stage_refused', fields: [{ field: 'to', key: `pathway.refused.${refusal}` }] } });
}

describe('POST /api/cases/:id/stage', () => {
  it('moves forward through the early stages, recording who, when and why, audited', async () => {
    const kase = await openCaseHttp(t, o.caseworker, o.mine);
    const res = await move(o.caseworker, kase.id, { to: 'assessment', reason: 'Intake complete' });
    expect(res.statusCode, res.body).toBe(200);
    const moved = res.json<TCase>();
    expect(moved).toMatchObject({ stage: 'assessment', version: 2 });
    expect(moved.stageHistory.map((h) => [h.fromStage, h.toStage, h.reason])).toEqual([[null, 'referral', null], ['referral', 'assessment', 'Intake complete']]);
    expect(moved.stageHistory[1]).toMatchObject({ changedBy: { id: o.caseworker.id }, changedAt: expect.any(String) });
    expect((await move(o.caseworker, kase.id, { to: 'care_planning' })).statusCode).toBe(200);
    expect(await auditOf(t, kase.id, 'case.stage')).toEqual([
      expect.objectContaining({ actor_id: o.caseworker.id, changes: { stage: { before: 'referral', after: 'assessment' } }, details: expect.objectContaining({ reason: 'Intake complete' }) }),
      expect.objectContaining({ changes: { stage: { before: 'assessment', after: 'care_planning' } } }),
    ]);
  });

  it('refuses preparation or placement without an approved care plan, and allows it with one', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'care_planning' });
    refusedWith(await move(o.caseworker, caseId, { to: 'preparation' }), 'needs_approved_plan');
    refusedWith(await move(o.caseworker, caseId, { to: 'placement' }), 'needs_approved_plan');
    expect(await stageOf(caseId)).toBe('care_planning');
    expect(await historyOf(caseId)).toEqual([]);
    await insertApprovedPlan(t, caseId);
    expect((await move(o.caseworker, caseId, { to: 'preparation' })).statusCode).toBe(200);
  });

  it('refuses follow-up until the child is placed', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'placement' });
    await insertApprovedPlan(t, caseId);
    refusedWith(await move(o.caseworker, caseId, { to: 'follow_up' }), 'needs_active_placement');
    await insertPlacement(t, caseId, 'proposed');
    refusedWith(await move(o.caseworker, caseId, { to: 'follow_up' }), 'needs_active_placement');
    await insertPlacement(t, caseId, 'active');
    expect((await move(o.caseworker, caseId, { to: 'follow_up' })).json<TCase>()).toMatchObject({ stage: 'follow_up' });
  });

  it('goes back only with a reason', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'tracing' });
    refusedWith(await move(o.caseworker, caseId, { to: 'assessment' }), 'reason_required');
    const blank = await move(o.caseworker, caseId, { to: 'assessment', reason: '   ' });
    expect(blank.statusCode).toBe(400);
    const res = await move(o.caseworker, caseId, { to: 'assessment', reason: 'Mother found; reassess' });
    expect(res.json<TCase>().stageHistory).toEqual([expect.objectContaining({ fromStage: 'tracing', toStage: 'assessment', reason: 'Mother found; reassess' })]);
  });

  it('closes and re-opens only through their own steps, and never moves to the same stage', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'assessment' });
    refusedWith(await move(o.caseworker, caseId, { to: 'closed', reason: 'done' }), 'close_use_closure');
    refusedWith(await move(o.caseworker, caseId, { to: 'assessment' }), 'same_stage');
    const { caseId: closed } = await t.openCase(o.mine, { stage: 'closed' });
    refusedWith(await move(o.caseworker, closed, { to: 'referral', reason: 'again' }), 'closed_use_reopen');
  });

  it('answers 409 record.conflict on a stale version, 400 for an unknown stage, 404 outside scope, 403 without case.write', async () => {
    const { caseId } = await t.openCase(o.mine);
    const stale = await move(o.caseworker, caseId, { to: 'assessment', version: 7 });
    expect(stale.json()).toMatchObject({ error: { code: 'record.conflict' } });
    expect((await move(o.caseworker, caseId, { to: 'somewhere' })).json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'to' }] } });
    expect((await move(o.outsider, caseId, { to: 'assessment' })).statusCode).toBe(404);
    expect((await move(o.administrator, caseId, { to: 'assessment' })).statusCode).toBe(403);
    expect(await stageOf(caseId)).toBe('referral');
  });
});

describe('moveStage for the casework module', () => {
  it('closes a case with a closure reason only after a final assessment, unless the reason needs none', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'follow_up' });
    const closure = { reason: 'goals_met', closedOn: today(), summary: 'Settled with her grandmother' };
    await expect(moveAs(o.caseworker, caseId, 'closed', 'Goals met', { closure })).rejects.toMatchObject({
      code: 'case.stage_refused', fields: [{ field: 'to', key: 'pathway.refused.needs_final_assessment' }],
    });
    await insertNote(t, caseId, { type: 'final_assessment' });
    const change = await moveAs(o.caseworker, caseId, 'closed', 'Goals met', { closure });
    expect(change).toMatchObject({ caseId, from: 'follow_up', to: 'closed', version: 2 });
    const row = await t.services.db.selectFrom('case_file').select(['stage', 'closed_on', 'closure_reason', 'closure_summary']).where('id', '=', caseId).executeTakeFirstOrThrow();
    expect(row).toEqual({ stage: 'closed', closed_on: today(), closure_reason: 'goals_met', closure_summary: 'Settled with her grandmother' });
    expect(await auditOf(t, caseId, 'case.close')).toHaveLength(1);

    const { caseId: other } = await t.openCase(o.mine, { stage: 'assessment' });
    await expect(moveAs(o.caseworker, other, 'closed', null, { closure: { reason: 'moved_not_found', closedOn: today() } })).resolves.toMatchObject({ to: 'closed' });
  });

  it('sees a placement written earlier in the same transaction, and throws AppErrors with nothing written', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'care_planning' });
    await expect(moveAs(o.caseworker, caseId, 'placement', null)).rejects.toBeInstanceOf(AppError);
    await insertApprovedPlan(t, caseId);
    await expect(moveAs(o.outsider, caseId, 'placement', null)).rejects.toMatchObject({ code: 'record.not_found' });
    await expect(moveAs(o.caseworker, caseId, 'placement', 'Approved placement')).resolves.toMatchObject({ from: 'care_planning', to: 'placement' });
    expect(await historyOf(caseId)).toEqual([{ from_stage: 'care_planning', to_stage: 'placement', reason: 'Approved placement', changed_by: o.caseworker.id }]);
  });
});

describe('POST /api/cases/:id/reopen', () => {
  it('re-opens a closed case at the stage it closed from, with the reason, clearing the closure', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'follow_up' });
    await moveAs(o.caseworker, caseId, 'closed', null, { closure: { reason: 'family_absent', closedOn: today() } });
    const res = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/reopen`, { reason: 'The family came back' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TCase>()).toMatchObject({ stage: 'follow_up', closedOn: null, closureReason: null });
    expect((await historyOf(caseId)).at(-1)).toEqual({ from_stage: 'closed', to_stage: 'follow_up', reason: 'The family came back', changed_by: o.caseworker.id });
    expect(await auditOf(t, caseId, 'case.reopen')).toEqual([expect.objectContaining({ changes: expect.objectContaining({ stage: { before: 'closed', after: 'follow_up' } }) })]);
  });

  it('re-opens at assessment when the closing stage is not known, bringing the child back into the caseload', async () => {
    const childId = await t.child({ organisationId: o.org, teamId: o.otherTeam, ownerId: o.outsider.id });
    const { caseId } = await t.openCase(o.mine, { childId, stage: 'closed' });
    expect((await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/reopen`, { reason: 'New concerns' })).json<TCase>()).toMatchObject({ stage: 'assessment' });
    expect(await t.services.db.selectFrom('person').select(['caseworker_id', 'team_id']).where('id', '=', childId).executeTakeFirstOrThrow())
      .toEqual({ caseworker_id: o.caseworker.id, team_id: o.team });
  });

  it('refuses an open case, a child with another open case here, and no reason', async () => {
    const { caseId: open } = await t.openCase(o.mine);
    expect((await call(t, o.caseworker, 'POST', `/api/cases/${open}/reopen`, { reason: 'x' })).json()).toMatchObject({ error: { code: 'case.not_closed' } });
    const childId = await t.child(o.mine);
    const { caseId: closed } = await t.openCase(o.mine, { childId, stage: 'closed' });
    await t.openCase({ organisationId: o.org, teamId: o.otherTeam, ownerId: o.outsider.id }, { childId });
    const twice = await call(t, o.caseworker, 'POST', `/api/cases/${closed}/reopen`, { reason: 'x' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ error: { code: 'case.already_open' } });
    expect((await call(t, o.caseworker, 'POST', `/api/cases/${closed}/reopen`, {})).statusCode).toBe(400);
    expect(await stageOf(closed)).toBe('closed');
  });
});
