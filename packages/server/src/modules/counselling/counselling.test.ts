import type { TCounsellingSession, TLegalMatter, TPersonCounselling } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';
import { call, office, today, type Office } from '../casework/test-support.js';

let t: TestApp;
let o: Office;
let facilitator: TestUser;
let administrator: TestUser;
let stranger: TestUser;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
  facilitator = await t.user({ role: 'facilitator', organisationId: o.org, teamIds: [o.team] });
  administrator = await t.user({ role: 'administrator', organisationId: o.org });
  stranger = await t.user({ role: 'manager', organisationId: await t.organisation() });
});
afterAll(() => t.close());

const errorOf = (res: { json: <T>() => T }) => res.json<{ error: { code: string; fields?: Array<{ field: string; key: string }> } }>().error;
const secret = 'She spoke about what happened at the centre';

describe('confidential counselling notes', () => {
  it('go only to roles allowed them; others see that a session happened, its type and date', async () => {
    const personId = await t.child({ organisationId: o.org, teamId: o.team, ownerId: facilitator.id });
    const res = await call(t, o.supervisor, 'POST', `/api/people/${personId}/counselling-sessions`, { kind: 'counselling', heldOn: today(), counsellorId: o.supervisor.id, notes: secret });
    expect(res.statusCode, res.body).toBe(201);
    const session = res.json<TCounsellingSession>();
    expect(session).toMatchObject({ kind: 'counselling', heldOn: today(), counsellor: { id: o.supervisor.id }, notes: secret, notesWithheld: false });

    for (const user of [facilitator, administrator]) {
      const seen = await call(t, user, 'GET', `/api/people/${personId}/counselling`);
      expect(seen.statusCode, seen.body).toBe(200);
      expect(seen.body).not.toContain(secret);
      expect(seen.json<TPersonCounselling>()).toMatchObject({ notesVisible: false, sessions: [{ id: session.id, kind: 'counselling', heldOn: today(), notesWithheld: true }] });
      const one = await call(t, user, 'GET', `/api/counselling-sessions/${session.id}`);
      expect(one.body).not.toContain(secret);
    }
    expect((await call(t, o.supervisor, 'GET', `/api/people/${personId}/counselling`)).json<TPersonCounselling>().sessions[0]?.notes).toBe(secret);

    // The audit log, which an administrator can read, never holds the notes.
    const log = await t.services.db.selectFrom('audit_log').select(['changes', 'details']).where('record_id', '=', session.id).execute();
    expect(JSON.stringify(log)).not.toContain(secret);
    expect((await auditRows(t, session.id, 'update')).map((r) => r.changes)).toEqual([{ notes: { before: '[redacted]', after: '[redacted]' } }]);
    const reads = await auditRows(t, session.id, 'read');
    expect(reads.map((r) => r.details)).toContainEqual({ notes: false });
  });

  it('refuses writes by roles without counselling.write, and hides another organisation’s person as 404', async () => {
    const personId = await t.child(o.mine);
    const body = { kind: 'legal_advice', heldOn: today(), counsellorName: 'Legal Aid of Cambodia', notes: 'Advice on the ID card' };
    expect((await call(t, facilitator, 'POST', `/api/people/${personId}/counselling-sessions`, body)).statusCode).toBe(403);
    expect((await call(t, stranger, 'POST', `/api/people/${personId}/counselling-sessions`, body)).statusCode).toBe(404);
    expect((await call(t, stranger, 'GET', `/api/people/${personId}/counselling`)).statusCode).toBe(404);
    const none = await call(t, o.caseworker, 'POST', `/api/people/${personId}/counselling-sessions`, { kind: 'counselling', heldOn: today() });
    expect(errorOf(none).fields).toContainEqual({ field: 'counsellorName', key: 'counselling.errors.counsellor_required' });
    const future = await call(t, o.caseworker, 'POST', `/api/people/${personId}/counselling-sessions`, { ...body, heldOn: '2999-01-01' });
    expect(errorOf(future).fields).toContainEqual({ field: 'heldOn', key: 'validation.date_future' });
    const foreignStaff = await call(t, o.caseworker, 'POST', `/api/people/${personId}/counselling-sessions`, { ...body, counsellorId: stranger.id });
    expect(errorOf(foreignStaff).fields).toContainEqual({ field: 'counsellorId', key: 'counselling.errors.staff_unknown' });
    expect((await call(t, o.caseworker, 'GET', `/api/people/${personId}/counselling`)).json<TPersonCounselling>().sessions).toEqual([]);
  });
});

describe('legal matters', () => {
  it('are tracked to resolution with their status history, each change audited', async () => {
    const personId = await t.child(o.mine);
    const opened = await call(t, o.caseworker, 'POST', `/api/people/${personId}/legal-matters`, { kind: 'birth_certificate_correction', openedOn: '2026-01-05', adviserName: 'Commune clerk', description: 'Wrong year of birth' });
    expect(opened.statusCode, opened.body).toBe(201);
    const m = opened.json<TLegalMatter>();
    expect(m).toMatchObject({ status: 'open', openedOn: '2026-01-05', history: [{ fromStatus: null, toStatus: 'open' }] });
    const step = (version: number, status: string, changedOn = today()) => call(t, o.caseworker, 'POST', `/api/legal-matters/${m.id}/status`, { version, status, changedOn });
    expect((await step(1, 'waiting_authority')).statusCode).toBe(200);
    expect(errorOf(await step(2, 'waiting_authority')).fields).toContainEqual({ field: 'status', key: 'counselling.errors.status_unchanged' });
    expect(errorOf(await step(2, 'resolved', '2025-12-01')).fields).toContainEqual({ field: 'changedOn', key: 'counselling.errors.before_last_change' });
    expect(errorOf(await step(1, 'resolved')).code).toBe('record.conflict');
    const done = (await step(2, 'resolved')).json<TLegalMatter>();
    expect(done).toMatchObject({ status: 'resolved', resolvedOn: today(), version: 3 });
    expect(done.history.map((h) => h.toStatus)).toEqual(['open', 'waiting_authority', 'resolved']);
    expect((await auditRows(t, m.id, 'update')).map((a) => a.details)).toEqual([{ from: 'open', to: 'waiting_authority' }, { from: 'waiting_authority', to: 'resolved' }]);
    expect((await call(t, stranger, 'GET', `/api/legal-matters/${m.id}`)).statusCode).toBe(404);
    const other = await call(t, o.caseworker, 'POST', `/api/people/${personId}/legal-matters`, { kind: 'other', openedOn: today() });
    expect(errorOf(other).fields).toContainEqual({ field: 'description', key: 'counselling.errors.description_required' });
  });
});
