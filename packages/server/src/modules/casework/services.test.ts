import type { TServiceRecord } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { auditedLists, call, countRows, daysFromToday, office, today, type Office } from './test-support.js';

let t: TestApp;
let o: Office;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
});
afterAll(() => t.close());

const counselling = { serviceType: 'counselling', providedOn: today(), provider: 'Ms Dara, counsellor', outcome: 'Sleeping better', notes: 'Spoke about the night she left home.' };

describe('POST /api/cases/:id/services', () => {
  it('records a service; counselling and legal advice are confidential by their type', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'follow_up' });
    const res = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/services`, counselling);
    expect(res.statusCode, res.body).toBe(201);
    const record = res.json<TServiceRecord>();
    expect(record).toMatchObject({ caseId, serviceType: 'counselling', confidential: true, redacted: false, notes: counselling.notes, createdBy: { id: o.caseworker.id } });
    const row = await t.services.db.selectFrom('service_record').selectAll().where('id', '=', record.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ organisation_id: o.org, team_id: o.team, caseworker_id: o.caseworker.id, confidential: true });
    expect(await auditRows(t, record.id, 'create')).toEqual([expect.objectContaining({ actor_id: o.caseworker.id, record_type: 'service' })]);

    const legal = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/services`, { serviceType: 'legal_advice', providedOn: today(), notes: 'Birth certificate correction' });
    expect(legal.json<TServiceRecord>().confidential).toBe(true);
    const health = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/services`, { serviceType: 'health', providedOn: today() });
    expect(health.json<TServiceRecord>().confidential).toBe(false);
    const marked = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/services`, { serviceType: 'health', providedOn: today(), notes: 'HIV test', confidential: true });
    expect(marked.json<TServiceRecord>().confidential).toBe(true);
  });

  it('refuses an unknown type, a future day and a blank provider with field errors, recording nothing', async () => {
    const { caseId } = await t.openCase(o.mine);
    const type = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/services`, { ...counselling, serviceType: 'magic' });
    expect(type.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'serviceType', key: 'validation.choice' }] } });
    const future = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/services`, { ...counselling, providedOn: daysFromToday(3) });
    expect(future.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'providedOn', key: 'validation.date_in_future' }] } });
    const blank = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/services`, { ...counselling, provider: '' });
    expect(blank.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'provider' }] } });
    expect(await countRows(t, 'service_record', caseId)).toBe(0);
  });

  it('is 404 on another organisation’s case and 403 for roles that may not write cases', async () => {
    const { caseId } = await t.openCase(o.mine);
    const other = await office(t);
    expect((await call(t, other.caseworker, 'POST', `/api/cases/${caseId}/services`, counselling)).statusCode).toBe(404);
    const admin = await t.user({ role: 'administrator', organisationId: o.org });
    expect((await call(t, admin, 'POST', `/api/cases/${caseId}/services`, counselling)).statusCode).toBe(403);
    expect(await countRows(t, 'service_record', caseId)).toBe(0);
  });
});

describe('GET /api/cases/:id/services', () => {
  it('hides confidential notes from roles without confidential.read, and audits the list', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'follow_up' });
    const c = (await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/services`, counselling)).json<TServiceRecord>();
    const e = (await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/services`, { serviceType: 'education_support', providedOn: daysFromToday(-1), notes: 'School fees for the year' })).json<TServiceRecord>();

    const admin = await t.user({ role: 'administrator', organisationId: o.org });
    const seen = (await call(t, admin, 'GET', `/api/cases/${caseId}/services`)).json<TServiceRecord[]>();
    expect(seen.map((s) => [s.id, s.notes, s.redacted, s.outcome])).toEqual([[c.id, null, true, 'Sleeping better'], [e.id, 'School fees for the year', false, null]]);
    const bySupervisor = (await call(t, o.supervisor, 'GET', `/api/cases/${caseId}/services`)).json<TServiceRecord[]>();
    expect(bySupervisor[0]).toMatchObject({ notes: counselling.notes, redacted: false });
    expect((await auditedLists(t, admin.id, 'service')).some((r) => r.details?.ids?.includes(c.id))).toBe(true);

    const colleague = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
    expect((await call(t, colleague, 'GET', `/api/cases/${caseId}/services`)).statusCode).toBe(404);
  });
});
