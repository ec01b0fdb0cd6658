import type { TCaseNote } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';
import { auditOf, call, caseOffice, listAuditsNaming, openCaseHttp, shiftDays, today, type CaseOffice } from './testing.js';

let t: TestApp;
let o: CaseOffice;
let caseId: string;
beforeAll(async () => {
  t = await startTestApp();
  o = await caseOffice(t);
  caseId = (await openCaseHttp(t, o.caseworker, o.mine)).id;
});
afterAll(() => t.close());

type Page = { items: TCaseNote[]; total: number };
const VILLAGE = '12010101';
const visit = (overrides: Record<string, unknown> = {}) => ({
  type: 'home_visit', occurredOn: '2026-01-12', placeCode: VILLAGE, participants: 'Child, grandmother', narrative: 'The grandmother is caring and the house is safe.',
  nextSteps: 'Enrol in school', ...overrides,
});
const record = (as: TestUser, body: Record<string, unknown>, id = caseId) => call(t, as, 'POST', `/api/cases/${id}/notes`, body);
const list = async (as: TestUser, query: Record<string, string> = {}, id = caseId) => {
  const res = await call(t, as, 'GET', `/api/cases/${id}/notes`, undefined, query);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Page>();
};
const notesOf = async (id: string) => (await t.services.db.selectFrom('case_note').select('id').where('case_id', '=', id).execute()).length;

describe('POST /api/cases/:id/notes', () => {
  it('records a home visit with place, participants and next steps, audited', async () => {
    const res = await record(o.caseworker, visit());
    expect(res.statusCode, res.body).toBe(201);
    const note = res.json<TCaseNote>();
    expect(note).toMatchObject({
      caseId, type: 'home_visit', occurredOn: '2026-01-12', placeCode: VILLAGE, participants: 'Child, grandmother', nextSteps: 'Enrol in school',
      narrative: 'The grandmother is caring and the house is safe.', confidential: false, redacted: false, decision: null, version: 1, archived: false,
      author: { id: o.caseworker.id, name: 'Test caseworker' },
    });
    expect(await auditOf(t, note.id, 'create')).toEqual([expect.objectContaining({
      actor_id: o.caseworker.id, record_type: 'case_note', changes: expect.objectContaining({ narrative: { before: null, after: 'The grandmother is caring and the house is safe.' } }),
    })]);
  });

  it('records a case conference with its decision and best-interests reasoning', async () => {
    const res = await record(o.supervisor, visit({
      type: 'case_conference', participants: 'Caseworker, supervisor, DoSVY officer, grandmother', decision: 'Kinship care with the grandmother',
      bestInterests: 'She knows her grandmother, stays in her commune and school.',
    }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<TCaseNote>()).toMatchObject({ type: 'case_conference', decision: 'Kinship care with the grandmother', bestInterests: expect.stringContaining('grandmother') });
  });

  const invalid: Array<[string, Record<string, unknown>, string, string]> = [
    ['an unknown contact type', { type: 'telepathy' }, 'type', 'validation.lookup_unknown'],
    ['a date in the future', { occurredOn: shiftDays(today(), 2) }, 'occurredOn', 'validation.date_in_future'],
    ['an unknown village', { placeCode: '99999999' }, 'placeCode', 'validation.village_unknown'],
    ['a commune instead of a village', { placeCode: '120101' }, 'placeCode', 'validation.format'],
    ['a blank narrative', { narrative: ' ' }, 'narrative', 'validation.too_small'],
    ['a conference without its decision', { type: 'case_conference' }, 'decision', 'validation.required'],
    ['a decision on a home visit', { decision: 'Place with aunt' }, 'decision', 'validation.only_for_conference'],
    ['best interests on a phone call', { type: 'phone', bestInterests: 'Stays home' }, 'bestInterests', 'validation.only_for_conference'],
  ];
  for (const [what, overrides, field, key] of invalid) {
    it(`refuses ${what} with 400 on ${field}, writing nothing`, async () => {
      const before = await notesOf(caseId);
      const res = await record(o.caseworker, visit(overrides));
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field, key }] } });
      expect(await notesOf(caseId)).toBe(before);
    });
  }

  it('refuses a note on a closed case (409) and on a case outside my scope (404)', async () => {
    const { caseId: closed } = await t.openCase(o.mine, { stage: 'closed' });
    expect((await record(o.caseworker, visit(), closed)).json()).toMatchObject({ error: { code: 'case.closed' } });
    const { caseId: hidden } = await t.openCase({ organisationId: o.org, teamId: o.otherTeam, ownerId: o.outsider.id });
    expect((await record(o.caseworker, visit(), hidden)).statusCode).toBe(404);
    expect((await record(o.partner, visit())).statusCode).toBe(403);
    expect(await notesOf(closed) + await notesOf(hidden)).toBe(0);
  });

  it('takes a client-made id so an offline note sent twice is recorded once; another case or author may not reuse it', async () => {
    const { id: own } = await openCaseHttp(t, o.caseworker, o.mine);
    const id = crypto.randomUUID();
    const first = await record(o.caseworker, visit({ id }), own);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json<TCaseNote>().id).toBe(id);
    const again = await record(o.caseworker, visit({ id }), own);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json<TCaseNote>()).toEqual(first.json<TCaseNote>());
    expect(await notesOf(own)).toBe(1);
    expect(await auditOf(t, id, 'create')).toHaveLength(1);
    expect((await record(o.caseworker, visit({ id }))).json()).toMatchObject({ error: { code: 'record.conflict' } });
    expect((await record(o.supervisor, visit({ id }), own)).statusCode).toBe(409);
    expect((await record(o.caseworker, visit({ id: 'not-a-uuid' }), own)).statusCode).toBe(400);
    expect(await notesOf(own)).toBe(1);
  });
});

describe('confidential notes', () => {
  let kase: string;
  let secret: TCaseNote;
  beforeAll(async () => {
    kase = (await openCaseHttp(t, o.caseworker, o.mine)).id;
    secret = (await record(o.caseworker, visit({
      type: 'case_conference', confidential: true, narrative: 'Disclosure of abuse by the stepfather.', decision: 'Do not return home', bestInterests: 'Safety first',
    }), kase)).json<TCaseNote>();
    await record(o.caseworker, visit({ occurredOn: '2026-01-13' }), kase);
  });

  it('shows the text to roles that may read it', async () => {
    for (const user of [o.caseworker, o.supervisor, o.manager]) {
      const note = (await list(user, {}, kase)).items.find((n) => n.id === secret.id)!;
      expect(note, user.role).toMatchObject({ narrative: 'Disclosure of abuse by the stepfather.', decision: 'Do not return home', redacted: false });
    }
  });

  it('withholds the narrative, decision and best interests from the others, and still audits the read', async () => {
    const page = await list(o.administrator, {}, kase);
    const note = page.items.find((n) => n.id === secret.id)!;
    expect(note).toMatchObject({ narrative: null, decision: null, bestInterests: null, redacted: true, confidential: true, participants: 'Child, grandmother' });
    expect(page.items.find((n) => n.id !== secret.id)).toMatchObject({ redacted: false, narrative: expect.any(String) });
    expect(await listAuditsNaming(t, o.administrator.id, 'case_note', secret.id)).toBe(1);
  });

  it('keeps the confidential text out of the audit log', async () => {
    const [created] = await auditOf(t, secret.id, 'create');
    expect(created!.changes).toMatchObject({ narrative: { before: '[redacted]', after: '[redacted]' }, decision: { before: '[redacted]', after: '[redacted]' } });
    expect(JSON.stringify(created)).not.toContain('stepfather');
  });
});

describe('GET /api/cases/:id/notes', () => {
  it('pages newest first and filters by type', async () => {
    const kase = (await openCaseHttp(t, o.caseworker, o.mine)).id;
    for (const day of ['2026-01-02', '2026-01-04', '2026-01-03']) expect((await record(o.caseworker, visit({ occurredOn: day }), kase)).statusCode).toBe(201);
    await record(o.caseworker, visit({ type: 'phone', occurredOn: '2026-01-05' }), kase);
    const first = await list(o.caseworker, { pageSize: '2' }, kase);
    expect(first.total).toBe(4);
    expect(first.items.map((n) => n.occurredOn)).toEqual(['2026-01-05', '2026-01-04']);
    expect((await list(o.caseworker, { type: 'phone' }, kase)).items.map((n) => n.type)).toEqual(['phone']);
    expect((await call(t, o.outsider, 'GET', `/api/cases/${kase}/notes`)).statusCode).toBe(404);
    expect((await call(t, o.viewer, 'GET', `/api/cases/${kase}/notes`)).statusCode).toBe(403);
  });
});

describe('PATCH /api/cases/:id/notes/:noteId', () => {
  it('corrects a note on its version, audited, and refuses a stale one', async () => {
    const note = (await record(o.caseworker, visit())).json<TCaseNote>();
    const res = await call(t, o.caseworker, 'PATCH', `/api/cases/${caseId}/notes/${note.id}`, { version: 1, nextSteps: 'Buy a uniform', placeCode: null });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TCaseNote>()).toMatchObject({ version: 2, nextSteps: 'Buy a uniform', placeCode: null });
    expect(await auditOf(t, note.id, 'update')).toEqual([expect.objectContaining({
      changes: { next_steps: { before: 'Enrol in school', after: 'Buy a uniform' }, place_code: { before: VILLAGE, after: null } },
    })]);
    const stale = await call(t, o.caseworker, 'PATCH', `/api/cases/${caseId}/notes/${note.id}`, { version: 1, nextSteps: 'Other' });
    expect(stale.json()).toMatchObject({ error: { code: 'record.conflict' } });
  });

  it('checks the note as it would be stored: a conference keeps its decision, a visit may not have one', async () => {
    const conference = (await record(o.caseworker, visit({ type: 'case_conference', decision: 'Kinship care' }))).json<TCaseNote>();
    const res = await call(t, o.caseworker, 'PATCH', `/api/cases/${caseId}/notes/${conference.id}`, { version: 1, type: 'home_visit' });
    expect(res.json()).toMatchObject({ error: { fields: [{ field: 'decision', key: 'validation.only_for_conference' }] } });
    const cleared = await call(t, o.caseworker, 'PATCH', `/api/cases/${caseId}/notes/${conference.id}`, { version: 1, decision: null });
    expect(cleared.json()).toMatchObject({ error: { fields: [{ field: 'decision', key: 'validation.required' }] } });
    const ok = await call(t, o.caseworker, 'PATCH', `/api/cases/${caseId}/notes/${conference.id}`, { version: 1, type: 'home_visit', decision: null });
    expect(ok.json<TCaseNote>()).toMatchObject({ type: 'home_visit', decision: null, version: 2 });
  });

  it('archives a note (never deleted): hidden from the list unless asked for, and restorable', async () => {
    const kase = (await openCaseHttp(t, o.caseworker, o.mine)).id;
    const note = (await record(o.caseworker, visit(), kase)).json<TCaseNote>();
    const archived = await call(t, o.caseworker, 'PATCH', `/api/cases/${kase}/notes/${note.id}`, { version: 1, archived: true });
    expect(archived.json<TCaseNote>()).toMatchObject({ archived: true });
    expect((await list(o.caseworker, {}, kase)).items).toEqual([]);
    expect((await list(o.caseworker, { includeArchived: 'true' }, kase)).items.map((n) => n.id)).toEqual([note.id]);
    expect(await auditOf(t, note.id, 'archive')).toHaveLength(1);
    const restored = await call(t, o.caseworker, 'PATCH', `/api/cases/${kase}/notes/${note.id}`, { version: 2, archived: false });
    expect(restored.json<TCaseNote>()).toMatchObject({ archived: false, version: 3 });
  });

  it('answers 404 for a note of another case or outside my scope', async () => {
    const note = (await record(o.caseworker, visit())).json<TCaseNote>();
    const other = (await openCaseHttp(t, o.caseworker, o.mine)).id;
    expect((await call(t, o.caseworker, 'PATCH', `/api/cases/${other}/notes/${note.id}`, { version: 1, nextSteps: 'x' })).statusCode).toBe(404);
    expect((await call(t, o.outsider, 'PATCH', `/api/cases/${caseId}/notes/${note.id}`, { version: 1, nextSteps: 'x' })).statusCode).toBe(404);
  });
});
