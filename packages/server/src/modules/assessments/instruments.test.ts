import type { TInstrument, TInstrumentInput, TInstrumentSummary } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';
import { call, office, type Office } from '../casework/test-support.js';
import { shipped } from './test-support.js';

let t: TestApp;
let o: Office;
let admin: TestUser;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
  admin = await t.user({ role: 'administrator', organisationId: o.org });
});
afterAll(() => t.close());

const scale = (key: string, en: string, km: string) => ({
  kind: 'scale' as const, key, label: { en, km }, reasonRequired: false, optional: false,
  levels: [1, 2, 3].map((value) => ({ value, label: { en: `Level ${value}`, km: `កម្រិត ${value}` }, colour: 'blue' as const })),
});
const input = (code: string): TInstrumentInput => ({
  code, name: { en: 'Home safety check', km: 'ការត្រួតពិនិត្យសុវត្ថិភាពផ្ទះ' }, subject: 'household', frequencyDays: 90,
  definition: { sections: [{ key: 'home', title: { en: 'Home', km: 'ផ្ទះ' }, items: [scale('roof', 'Roof', 'ដំបូល'), scale('water', 'Water', 'ទឹក')] }], thresholds: [], lowScoreAtMost: 1 },
});
const list = async (user: TestUser, versions = 'current') => (await call(t, user, 'GET', `/api/instruments?versions=${versions}`)).json<TInstrumentSummary[]>();

describe('instruments', () => {
  it('lists the instruments shipped with Homeward to anyone who reads assessments', async () => {
    const shown = await list(o.caseworker);
    const codes = shown.map((i) => i.code);
    for (const code of ['csi', 'mosvy_child', 'mosvy_family', 'rcc_readiness', 'life_skills_money_management']) expect(codes).toContain(code);
    expect(shown.find((i) => i.code === 'csi')).toMatchObject({ version: 1, status: 'published', shipped: true, itemCount: 12, maxTotal: 48, frequencyDays: 180 });
    const bySubject = (await call(t, o.caseworker, 'GET', '/api/instruments?subject=centre')).json<TInstrumentSummary[]>();
    expect(bySubject.map((i) => i.code)).toEqual(['rcc_readiness']);
    const csi = await shipped(t, 'csi');
    expect((await call(t, o.caseworker, 'GET', `/api/instruments/${csi.id}`)).json<TInstrument>()).toMatchObject({ code: 'csi', rowVersion: 1, description: { en: expect.any(String), km: expect.any(String) } });
  });

  it('creates a draft, edits it (stale versions refused), publishes it, revises it; the old version retires', async () => {
    const created = await call(t, admin, 'POST', '/api/instruments', input('home_safety'));
    expect(created.statusCode, created.body).toBe(201);
    const v1 = created.json<TInstrument>();
    expect(v1).toMatchObject({ code: 'home_safety', version: 1, status: 'draft', shipped: false, maxTotal: 6, answeredCount: 0 });
    expect((await list(o.caseworker)).map((i) => i.code)).not.toContain('home_safety');
    expect((await call(t, admin, 'POST', '/api/instruments', input('home_safety'))).json()).toMatchObject({ error: { code: 'instrument.code_taken', fields: [{ field: 'code' }] } });
    expect((await call(t, admin, 'POST', '/api/instruments', input('csi'))).json()).toMatchObject({ error: { code: 'instrument.code_taken' } });

    const { code: _code, ...body } = input('home_safety');
    const stale = await call(t, admin, 'PUT', `/api/instruments/${v1.id}`, { ...body, rowVersion: 7 });
    expect(stale.json()).toMatchObject({ error: { code: 'record.conflict' } });
    const edited = await call(t, admin, 'PUT', `/api/instruments/${v1.id}`, { ...body, frequencyDays: 60, rowVersion: 1 });
    expect(edited.json<TInstrument>()).toMatchObject({ frequencyDays: 60, rowVersion: 2 });

    const published = await call(t, admin, 'POST', `/api/instruments/${v1.id}/publish`);
    expect(published.json<TInstrument>()).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
    expect((await call(t, admin, 'PUT', `/api/instruments/${v1.id}`, { ...body, rowVersion: 3 })).json()).toMatchObject({ error: { code: 'instrument.not_draft', key: 'errors.instrument.not_draft' } });
    expect((await call(t, admin, 'DELETE', `/api/instruments/${v1.id}`)).json()).toMatchObject({ error: { code: 'instrument.not_draft' } });

    const v2 = (await call(t, admin, 'POST', `/api/instruments/${v1.id}/revise`)).json<TInstrument>();
    expect(v2).toMatchObject({ code: 'home_safety', version: 2, status: 'draft', frequencyDays: 60 });
    expect((await call(t, admin, 'POST', `/api/instruments/${v1.id}/revise`)).json()).toMatchObject({ error: { code: 'instrument.draft_exists' } });
    expect((await call(t, admin, 'POST', `/api/instruments/${v2.id}/revise`)).json()).toMatchObject({ error: { code: 'instrument.not_published' } });
    await call(t, admin, 'POST', `/api/instruments/${v2.id}/publish`);
    expect((await call(t, admin, 'GET', `/api/instruments/${v1.id}`)).json<TInstrument>().status).toBe('retired');
    expect((await list(o.caseworker)).filter((i) => i.code === 'home_safety').map((i) => i.version)).toEqual([2]);
    expect((await list(o.caseworker, 'all')).filter((i) => i.code === 'home_safety').map((i) => [i.version, i.status])).toEqual([[1, 'retired'], [2, 'published']]);

    const actions = [...(await auditRows(t, v1.id)), ...(await auditRows(t, v2.id))].map((r) => r.action);
    expect(actions).toEqual(['create', 'update', 'publish', 'retire', 'create', 'publish']);
  });

  it('names each broken rule of a definition by its field, and creates nothing', async () => {
    const bad = input('broken');
    bad.definition.sections[0]!.items[1]!.key = 'roof';
    bad.definition.thresholds = [{ key: 'ok', label: { en: 'OK', km: 'ល្អ' }, on: 'nowhere', op: '>=', value: 3, allowsClosure: false }];
    const res = await call(t, admin, 'POST', '/api/instruments', bad);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'validation.failed', fields: [
      { field: 'definition.sections.0.items.1.key', key: 'validation.duplicate_key' },
      { field: 'definition.thresholds.0.on', key: 'validation.unknown_threshold_target' },
    ] } });
    const noKhmer = await call(t, admin, 'POST', '/api/instruments', { ...input('no_khmer'), name: { en: 'X', km: '' } });
    expect(noKhmer.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'name.km' }] } });
    expect((await list(admin, 'all')).map((i) => i.code)).not.toContain('broken');
  });

  it("revises a shipped instrument into the organisation's own series, which then shadows it there only", async () => {
    const other = await office(t);
    const csi = await shipped(t, 'csi');
    expect((await call(t, admin, 'PUT', `/api/instruments/${csi.id}`, { ...input('x'), rowVersion: 1 })).statusCode).toBe(403);
    const own = (await call(t, admin, 'POST', `/api/instruments/${csi.id}/revise`)).json<TInstrument>();
    expect(own).toMatchObject({ code: 'csi', version: 2, shipped: false, status: 'draft' });
    await call(t, admin, 'POST', `/api/instruments/${own.id}/publish`);
    expect((await list(o.caseworker)).find((i) => i.code === 'csi')).toMatchObject({ id: own.id, version: 2, shipped: false });
    expect((await list(other.caseworker)).find((i) => i.code === 'csi')).toMatchObject({ id: csi.id, version: 1, shipped: true });
    expect((await call(t, other.caseworker, 'GET', `/api/instruments/${own.id}`)).statusCode).toBe(404);
    expect((await call(t, admin, 'GET', `/api/instruments/${csi.id}`)).json<TInstrument>().status).toBe('published');
  });

  it('deletes an unused draft; only administrators manage instruments', async () => {
    const d = (await call(t, admin, 'POST', '/api/instruments', input('scratch'))).json<TInstrument>();
    expect((await call(t, o.caseworker, 'DELETE', `/api/instruments/${d.id}`)).statusCode).toBe(403);
    expect((await call(t, o.supervisor, 'POST', '/api/instruments', input('mine'))).statusCode).toBe(403);
    expect((await call(t, admin, 'DELETE', `/api/instruments/${d.id}`)).json()).toEqual({ ok: true });
    expect((await call(t, admin, 'GET', `/api/instruments/${d.id}`)).statusCode).toBe(404);
    expect((await auditRows(t, d.id)).map((r) => r.action)).toEqual(['create', 'delete']);
  });
});
