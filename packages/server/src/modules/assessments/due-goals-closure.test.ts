import type { TApproval, TClosureGuidance, TSuggestedGoal, ZDueAssessment } from '@homeward/core';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { call, daysFromToday, office, today, type Office } from '../casework/test-support.js';
import { draft, fill, household, shipped, submitted } from './test-support.js';

let t: TestApp;
let o: Office;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
});
afterAll(() => t.close());

type TDueAssessment = z.infer<typeof ZDueAssessment>;
type DuePage = { items: TDueAssessment[]; total: number };
const due = async (withinDays: number, user = o.caseworker) => (await call(t, user, 'GET', `/api/assessments/due?withinDays=${withinDays}&pageSize=100`)).json<DuePage>();

describe('GET /api/assessments/due', () => {
  it('lists what comes round within the window, overdue when past, and a first MoSVY assessment for cases in assessment', async () => {
    const csi = await shipped(t, 'csi');
    const family = await shipped(t, 'mosvy_family');
    const soon = await t.openCase(o.mine, { stage: 'placement' });
    const late = await t.openCase(o.mine, { stage: 'follow_up' });
    const fresh = await t.openCase(o.mine, { stage: 'assessment' });
    const closed = await t.openCase(o.mine, { stage: 'closed' });
    await submitted(t, o.caseworker, { instrumentId: csi.id, subjectType: 'person', subjectId: soon.childId, caseId: soon.caseId, assessedOn: daysFromToday(-170), answers: fill(csi.definition, 3) });
    await submitted(t, o.caseworker, { instrumentId: csi.id, subjectType: 'person', subjectId: late.childId, caseId: late.caseId, assessedOn: daysFromToday(-400), answers: fill(csi.definition, 3) });
    await submitted(t, o.caseworker, { instrumentId: csi.id, subjectType: 'person', subjectId: late.childId, caseId: late.caseId, assessedOn: daysFromToday(-200), answers: fill(csi.definition, 3) });
    const home = await household(t, o.mine, late.childId);
    await submitted(t, o.caseworker, { instrumentId: family.id, subjectType: 'household', subjectId: home, caseId: late.caseId, assessedOn: daysFromToday(-30), answers: fill(family.definition, 2) });
    await t.services.db.insertInto('assessment').values({
      id: crypto.randomUUID(), instrument_id: csi.id, subject_type: 'person', subject_id: closed.childId, case_id: closed.caseId, organisation_id: o.org, team_id: o.team,
      caseworker_id: o.caseworker.id, centre_id: null, status: 'submitted', assessed_on: daysFromToday(-300), answers: {}, notes: null, total: 0, section_scores: null,
      closure_met: null, assessor_id: o.caseworker.id, submitted_at: new Date(), archived_at: null,
    }).execute();

    const page = await due(14);
    const key = (d: TDueAssessment) => `${d.subjectId}:${d.instrumentCode}`;
    expect(page.items.map((d) => [key(d), d.dueOn, d.overdue])).toEqual([
      [`${late.childId}:csi`, daysFromToday(-20), true],
      [`${fresh.childId}:mosvy_child`, today(), false],
      [`${soon.childId}:csi`, daysFromToday(10), false],
    ]);
    expect(page.items[0]).toMatchObject({ caseId: late.caseId, caseNumber: expect.any(String), subjectName: 'ចាន់ សុភា', lastAssessedOn: daysFromToday(-200), instrumentName: { en: 'Child Status Index' } });
    expect(page.items[1]).toMatchObject({ lastAssessedOn: null, subjectType: 'person' });
    expect((await due(5)).items.map(key)).toEqual([`${late.childId}:csi`, `${fresh.childId}:mosvy_child`]);
    expect((await due(160)).items.map(key)).toContain(`${home}:mosvy_family`);
    // Not in another caseworker's list.
    const colleague = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
    expect((await due(365, colleague)).items).toEqual([]);
    expect((await due(14, o.supervisor)).total).toBe(3);
  });
});

describe('GET /api/assessments/:id/suggested-goals', () => {
  it('turns each item scored 1–2 into a goal in both languages, with the reason given', async () => {
    const child = await shipped(t, 'mosvy_child');
    const childId = await t.child(o.mine);
    const a = await submitted(t, o.caseworker, { instrumentId: child.id, subjectType: 'person', subjectId: childId, answers: fill(child.definition, 3, { education: 1, legal_documents: 2 }) });
    const res = await call(t, o.caseworker, 'GET', `/api/assessments/${a.id}/suggested-goals`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TSuggestedGoal[]>()).toEqual([
      { itemKey: 'education', sectionTitle: { en: 'Basic needs', km: 'តម្រូវការមូលដ្ឋាន' }, itemLabel: { en: 'Education', km: 'ការអប់រំ' }, score: 1,
        levelLabel: { en: 'Weak', km: 'ខ្សោយ' }, reason: 'Seen on the visit (education)', goal: { en: 'Improve education', km: 'ធ្វើឱ្យការអប់រំប្រសើរឡើង' } },
      expect.objectContaining({ itemKey: 'legal_documents', score: 2, goal: { en: 'Improve legal documents', km: 'ធ្វើឱ្យឯកសារផ្លូវច្បាប់ប្រសើរឡើង' } }),
    ]);
    const d = await draft(t, o.caseworker, { instrumentId: child.id, subjectType: 'person', subjectId: childId });
    expect((await call(t, o.caseworker, 'GET', `/api/assessments/${d.id}/suggested-goals`)).json()).toMatchObject({ error: { code: 'assessment.not_submitted' } });
  });
});

describe('closure guidance and closure', () => {
  const goalsMet = () => ({ reason: 'goals_met', closedOn: today(), summary: 'Settled with her grandmother.' });

  it('shows the final assessment against its threshold, lets it stand as the final assessment, and records it with the closure', async () => {
    const family = await shipped(t, 'mosvy_family');
    const { caseId, childId } = await t.openCase(o.mine, { stage: 'follow_up' });
    const home = await household(t, o.mine, childId);
    expect((await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/closure-guidance`)).json()).toEqual({ assessment: null, threshold: null });
    expect((await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/closure`, goalsMet())).json()).toMatchObject({ error: { code: 'case.final_assessment_required' } });

    const low = await submitted(t, o.caseworker, { instrumentId: family.id, subjectType: 'household', subjectId: home, caseId, assessedOn: daysFromToday(-60), answers: fill(family.definition, 2) });
    expect((await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/closure-guidance`)).json<TClosureGuidance>()).toMatchObject({
      assessment: { id: low.id }, threshold: { key: 'goals_met', met: false, op: '>=', value: 48, actual: 32, allowsClosure: true },
    });
    const final = await submitted(t, o.caseworker, { instrumentId: family.id, subjectType: 'household', subjectId: home, caseId, answers: fill(family.definition, 3, { income: 4 }) });
    expect((await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/closure-guidance`)).json<TClosureGuidance>()).toMatchObject({
      assessment: { id: final.id, total: 49 }, threshold: { met: true, actual: 49 },
    });

    const request = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/closure`, goalsMet());
    expect(request.statusCode, request.body).toBe(201);
    const approved = await call(t, o.supervisor, 'POST', `/api/approvals/${request.json<TApproval>().id}/approve`, {});
    expect(approved.statusCode, approved.body).toBe(200);
    const kase = await t.services.db.selectFrom('case_file').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
    expect(kase).toMatchObject({ stage: 'closed', closure_reason: 'goals_met', closure_assessment_id: final.id, closure_threshold_met: true });
    const [close] = await auditRows(t, caseId, 'case.close');
    expect(close!.changes).toMatchObject({ closure_assessment_id: { before: null, after: final.id }, closure_threshold_met: { before: null, after: true } });
    // A later assessment does not change what the closure was decided on.
    expect((await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/closure-guidance`)).json<TClosureGuidance>().assessment?.id).toBe(final.id);
  });

  it('records an unmet threshold too: guidance for the decision, not a bar', async () => {
    const family = await shipped(t, 'mosvy_family');
    const { caseId, childId } = await t.openCase(o.mine, { stage: 'follow_up' });
    const home = await household(t, o.mine, childId);
    const low = await submitted(t, o.caseworker, { instrumentId: family.id, subjectType: 'household', subjectId: home, caseId, answers: fill(family.definition, 1) });
    const request = (await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/closure`, { ...goalsMet(), reason: 'other' })).json<TApproval>();
    await call(t, o.supervisor, 'POST', `/api/approvals/${request.id}/approve`, {});
    expect(await t.services.db.selectFrom('case_file').select(['stage', 'closure_assessment_id', 'closure_threshold_met']).where('id', '=', caseId).executeTakeFirstOrThrow())
      .toEqual({ stage: 'closed', closure_assessment_id: low.id, closure_threshold_met: false });
    const stranger = await office(t);
    expect((await call(t, stranger.caseworker, 'GET', `/api/cases/${caseId}/closure-guidance`)).statusCode).toBe(404);
  });
});
