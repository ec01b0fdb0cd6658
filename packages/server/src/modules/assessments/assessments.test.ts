import type { TAssessment, TAssessmentSummary, TInstrument, TTrend } from '@homeward/core';
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

const row = (id: string) => t.services.db.selectFrom('assessment').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('taking an assessment: draft, save, submit', () => {
  it('saves a draft with some answers, refuses to submit it incomplete (changing nothing), then scores it on submission', async () => {
    const csi = await shipped(t, 'csi');
    const { caseId, childId } = await t.openCase(o.mine, { stage: 'assessment' });
    const d = await draft(t, o.caseworker, { instrumentId: csi.id, subjectType: 'person', subjectId: childId, caseId, answers: { food_security: { value: 2 } } });
    expect(d).toMatchObject({ status: 'draft', instrumentCode: 'csi', instrumentVersion: 1, caseId, total: null, maxTotal: 48, previous: null, rowVersion: 1 });
    expect(d.score).toMatchObject({ total: 2, complete: false, lowItems: ['food_security'] });
    expect(d.instrument.definition.sections).toHaveLength(6);

    const incomplete = await call(t, o.caseworker, 'POST', `/api/assessments/${d.id}/submit`, { rowVersion: 1 });
    expect(incomplete.statusCode).toBe(400);
    const fields = incomplete.json<{ error: { code: string; fields: Array<{ field: string; key: string }> } }>().error.fields;
    expect(fields).toContainEqual(expect.objectContaining({ field: 'answers.food_security', key: 'validation.reason_required' }));
    expect(fields).toContainEqual(expect.objectContaining({ field: 'answers.shelter', key: 'validation.required' }));
    expect(await row(d.id)).toMatchObject({ status: 'draft', row_version: 1, total: null });

    const answers = fill(csi.definition, 3, { food_security: 1, care: 2 });
    const saved = await call(t, o.caseworker, 'PUT', `/api/assessments/${d.id}`, { rowVersion: 1, answers, notes: 'At the grandmother’s' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<TAssessment>()).toMatchObject({ rowVersion: 2, notes: 'At the grandmother’s', score: { complete: true, total: 33 } });
    const stale = await call(t, o.caseworker, 'PUT', `/api/assessments/${d.id}`, { rowVersion: 1, answers: {} });
    expect(stale.json()).toMatchObject({ error: { code: 'record.conflict' } });

    const res = await call(t, o.caseworker, 'POST', `/api/assessments/${d.id}/submit`, { rowVersion: 2 });
    expect(res.statusCode, res.body).toBe(200);
    const done = res.json<TAssessment>();
    expect(done).toMatchObject({ status: 'submitted', total: 33, rowVersion: 3 });
    expect(done.submittedAt).not.toBeNull();
    expect(done.score.sections.find((s) => s.key === 'food_nutrition')).toMatchObject({ score: 4, max: 8 });
    expect(done.score.lowItems).toEqual(['food_security', 'care']);
    expect(await row(d.id)).toMatchObject({ status: 'submitted', total: 33, closure_met: null });

    expect((await call(t, o.caseworker, 'PUT', `/api/assessments/${d.id}`, { rowVersion: 3, answers })).json()).toMatchObject({ error: { code: 'assessment.not_draft', key: 'errors.assessment.not_draft' } });
    expect((await call(t, o.caseworker, 'DELETE', `/api/assessments/${d.id}`)).json()).toMatchObject({ error: { code: 'assessment.not_draft' } });

    // The next one shows this one beside each item.
    const next = await draft(t, o.caseworker, { instrumentId: csi.id, subjectType: 'person', subjectId: childId, caseId });
    expect(next.previous).toMatchObject({ id: d.id, answers: { food_security: { value: 1 } }, score: { total: 33 } });
  });

  it('refuses bad input with field errors and translated keys, writing nothing', async () => {
    const csi = await shipped(t, 'csi');
    const family = await shipped(t, 'mosvy_family');
    const { caseId, childId } = await t.openCase(o.mine);
    const other = await t.openCase(o.mine);
    const before = await t.services.db.selectFrom('assessment').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const post = (body: object) => call(t, o.caseworker, 'POST', '/api/assessments', { instrumentId: csi.id, subjectType: 'person', subjectId: childId, assessedOn: today(), ...body });

    expect((await post({ answers: { food_security: { value: 7 } } })).json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'answers.food_security', key: 'validation.out_of_range' }] } });
    expect((await post({ answers: { food_security: { value: true } } })).json()).toMatchObject({ error: { fields: [{ field: 'answers.food_security', key: 'validation.wrong_type' }] } });
    expect((await post({ answers: { nonsense: { value: 1 } } })).json()).toMatchObject({ error: { fields: [{ field: 'answers.nonsense', key: 'validation.unknown_item' }] } });
    expect((await post({ subjectType: 'household' })).json()).toMatchObject({ error: { fields: [{ field: 'subjectType', key: 'validation.subject_mismatch' }] } });
    expect((await post({ caseId: other.caseId })).json()).toMatchObject({ error: { fields: [{ field: 'caseId', key: 'validation.case_mismatch' }] } });
    expect((await post({ assessedOn: daysFromToday(2) })).json()).toMatchObject({ error: { fields: [{ field: 'assessedOn', key: 'validation.date_in_future' }] } });
    expect((await post({ assessedOn: 'yesterday' })).statusCode).toBe(400);
    const rcc = await shipped(t, 'rcc_readiness');
    // A centre that does not exist (or is outside scope) is not found; centres are assessed in centres.test.ts.
    expect((await post({ instrumentId: rcc.id, subjectType: 'centre', subjectId: crypto.randomUUID() })).statusCode).toBe(404);
    // A household the child does not live in is not the case's family.
    const elsewhere = await household(t, o.mine, other.childId);
    expect((await post({ instrumentId: family.id, subjectType: 'household', subjectId: elsewhere, caseId })).json()).toMatchObject({ error: { fields: [{ field: 'caseId', key: 'validation.case_mismatch' }] } });
    expect((await post({ instrumentId: crypto.randomUUID() })).statusCode).toBe(404);
    const after = await t.services.db.selectFrom('assessment').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('takes a family assessment on the household the child lives in, in the case’s caseload', async () => {
    const family = await shipped(t, 'mosvy_family');
    const { caseId, childId } = await t.openCase(o.mine, { stage: 'assessment' });
    const home = await household(t, o.mine, childId);
    const done = await submitted(t, o.caseworker, { instrumentId: family.id, subjectType: 'household', subjectId: home, caseId, answers: fill(family.definition, 3) });
    expect(done).toMatchObject({ subjectType: 'household', total: 48, maxTotal: 64, score: { thresholds: [{ key: 'goals_met', met: true, allowsClosure: true }] } });
    expect(await row(done.id)).toMatchObject({ closure_met: true, organisation_id: o.org, team_id: o.team, caseworker_id: o.caseworker.id });
  });

  it('discards a draft (archived, no longer found)', async () => {
    const csi = await shipped(t, 'csi');
    const d = await draft(t, o.caseworker, { instrumentId: csi.id, subjectType: 'person', subjectId: await t.child(o.mine) });
    expect((await call(t, o.caseworker, 'DELETE', `/api/assessments/${d.id}`)).json()).toEqual({ ok: true });
    expect((await row(d.id)).archived_at).not.toBeNull();
    expect((await call(t, o.caseworker, 'GET', `/api/assessments/${d.id}`)).statusCode).toBe(404);
  });
});

describe('versions', () => {
  it('keeps each answer on the version it was given on, and the trend spans versions', async () => {
    const admin = await t.user({ role: 'administrator', organisationId: o.org });
    const v1 = await shipped(t, 'mosvy_child');
    const childId = await t.child(o.mine);
    const first = await submitted(t, o.caseworker, { instrumentId: v1.id, subjectType: 'person', subjectId: childId, assessedOn: daysFromToday(-100), answers: fill(v1.definition, 2) });

    const revised = (await call(t, admin, 'POST', `/api/instruments/${v1.id}/revise`)).json<TInstrument>();
    expect(revised).toMatchObject({ code: 'mosvy_child', version: 2, status: 'draft', shipped: false });
    const definition = structuredClone(revised.definition);
    definition.sections[0]!.items[0]!.label = { en: 'Physical health and growth', km: 'សុខភាពផ្លូវកាយ និងការលូតលាស់' };
    const edited = await call(t, admin, 'PUT', `/api/instruments/${revised.id}`, { name: revised.name, subject: revised.subject, frequencyDays: revised.frequencyDays, definition, rowVersion: revised.rowVersion });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await call(t, admin, 'POST', `/api/instruments/${revised.id}/publish`)).statusCode).toBe(200);

    const again = await call(t, o.caseworker, 'GET', `/api/assessments/${first.id}`);
    expect(again.json<TAssessment>()).toMatchObject({ instrumentVersion: 1, instrument: { version: 1, shipped: true } });
    // The version's answered count is the instrument page's; counting it on every assessment read was the slow part of a submit.
    expect(again.json<TAssessment>().instrument).not.toHaveProperty('answeredCount');
    expect(again.json<TAssessment>().instrument.definition.sections[0]!.items[0]!.label.en).toBe('Physical health');
    const second = await submitted(t, o.caseworker, { instrumentId: revised.id, subjectType: 'person', subjectId: childId, assessedOn: daysFromToday(-10), answers: fill(definition, 3) });
    expect(second).toMatchObject({ instrumentVersion: 2, previous: { id: first.id } });
    expect(second.instrument.definition.sections[0]!.items[0]!.label.en).toBe('Physical health and growth');

    const trend = await call(t, o.caseworker, 'GET', `/api/assessments/trend?subjectType=person&subjectId=${childId}&instrumentCode=mosvy_child`);
    expect(trend.statusCode, trend.body).toBe(200);
    const tr = trend.json<TTrend>();
    expect(tr.points.map((p) => [p.instrumentVersion, p.total, p.maxTotal])).toEqual([[1, 22, 44], [2, 33, 44]]);
    expect(tr.points[1]!.sections).toEqual({ wellbeing: 9, basic_needs: 12, relations_rights: 12 });
    expect(tr.sections.map((s) => s.key)).toEqual(['wellbeing', 'basic_needs', 'relations_rights']);
  });
});

describe('scoped access and audit', () => {
  it('hides an assessment from another organisation and another caseworker (404), refuses a viewer (403)', async () => {
    const csi = await shipped(t, 'csi');
    const d = await draft(t, o.caseworker, { instrumentId: csi.id, subjectType: 'person', subjectId: await t.child(o.mine) });
    const stranger = await office(t);
    const colleague = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
    const viewer = await t.user({ role: 'viewer', organisationId: o.org, teamIds: [o.team] });
    expect((await call(t, stranger.caseworker, 'GET', `/api/assessments/${d.id}`)).statusCode).toBe(404);
    expect((await call(t, stranger.supervisor, 'PUT', `/api/assessments/${d.id}`, { rowVersion: 1, answers: {} })).statusCode).toBe(404);
    expect((await call(t, colleague, 'GET', `/api/assessments/${d.id}`)).statusCode).toBe(404);
    expect((await call(t, viewer, 'GET', `/api/assessments/${d.id}`)).statusCode).toBe(403);
    expect((await call(t, viewer, 'GET', '/api/instruments')).statusCode).toBe(403);
    // Another organisation's child cannot be assessed either.
    const theirs = await t.child(stranger.mine);
    expect((await call(t, o.caseworker, 'POST', '/api/assessments', { instrumentId: csi.id, subjectType: 'person', subjectId: theirs, assessedOn: today() })).statusCode).toBe(404);
    // The supervisor of the team may finish the caseworker's draft.
    expect((await call(t, o.supervisor, 'PUT', `/api/assessments/${d.id}`, { rowVersion: 1, answers: { care: { value: 4 } } })).statusCode).toBe(200);
    const list = (await call(t, stranger.caseworker, 'GET', '/api/assessments?pageSize=100')).json<{ items: TAssessmentSummary[] }>();
    expect(list.items.map((a) => a.id)).not.toContain(d.id);
  });

  it('moves with the case when the case is reassigned', async () => {
    const csi = await shipped(t, 'csi');
    const { caseId, childId } = await t.openCase(o.mine);
    const d = await draft(t, o.caseworker, { instrumentId: csi.id, subjectType: 'person', subjectId: childId, caseId });
    const colleague = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
    const res = await call(t, o.supervisor, 'POST', `/api/cases/${caseId}/assign`, { caseworkerId: colleague.id });
    expect(res.statusCode, res.body).toBe(200);
    expect((await row(d.id)).caseworker_id).toBe(colleague.id);
    expect((await call(t, colleague, 'GET', `/api/assessments/${d.id}`)).statusCode).toBe(200);
    expect((await call(t, colleague, 'PUT', `/api/assessments/${d.id}`, { rowVersion: 1, answers: { care: { value: 3 } } })).statusCode).toBe(200);
    expect((await call(t, o.caseworker, 'GET', `/api/assessments/${d.id}`)).statusCode).toBe(404);
  });

  it('audits each write and each read, in the same transaction', async () => {
    const csi = await shipped(t, 'csi');
    const childId = await t.child(o.mine);
    const d = await draft(t, o.caseworker, { instrumentId: csi.id, subjectType: 'person', subjectId: childId });
    await call(t, o.caseworker, 'PUT', `/api/assessments/${d.id}`, { rowVersion: 1, answers: fill(csi.definition, 4) });
    await call(t, o.caseworker, 'POST', `/api/assessments/${d.id}/submit`, { rowVersion: 2 });
    await call(t, o.caseworker, 'GET', `/api/assessments/${d.id}`);
    const actions = (await auditRows(t, d.id)).map((r) => r.action);
    expect(actions.filter((a) => a !== 'read')).toEqual(['create', 'update', 'assessment.submit']);
    expect(actions.filter((a) => a === 'read').length).toBeGreaterThanOrEqual(4);
    const [submit] = await auditRows(t, d.id, 'assessment.submit');
    expect(submit).toMatchObject({ actor_id: o.caseworker.id, record_type: 'assessment', changes: expect.objectContaining({ status: { before: 'draft', after: 'submitted' }, total: { before: null, after: 48 } }) });
    await call(t, o.caseworker, 'GET', `/api/assessments?subjectId=${childId}`);
    const listed = await t.services.db.selectFrom('audit_log').select(['details']).where('action', '=', 'list').where('actor_id', '=', o.caseworker.id).where('record_type', '=', 'assessment').execute();
    expect(listed.some((l) => JSON.stringify(l.details).includes(d.id))).toBe(true);
  });
});
