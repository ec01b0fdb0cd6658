import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('audit log', () => {
  it('cannot be altered or deleted, even by direct SQL', async () => {
    const org = await t.organisation();
    const row = await t.services.db.selectFrom('audit_log').select('id').where('organisation_id', '=', org).limit(1).executeTakeFirstOrThrow();
    await expect(sql`update audit_log set action = 'forged' where id = ${row.id}`.execute(t.services.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log where id = ${row.id}`.execute(t.services.db)).rejects.toThrow(/append-only/);
    const still = await t.services.db.selectFrom('audit_log').select('action').where('id', '=', row.id).executeTakeFirstOrThrow();
    expect(still.action).toBe('create');
  });

  it('has no API that alters rows', async () => {
    const org = await t.organisation();
    const admin = await t.user({ role: 'administrator', organisationId: org });
    for (const method of ['POST', 'PATCH', 'PUT', 'DELETE'] as const) {
      const res = await t.request(admin, { method, url: '/api/audit', payload: {} });
      expect(res.statusCode).toBe(404);
    }
  });

  it('records who changed what, with before and after, in the same transaction as the change', async () => {
    const org = await t.organisation();
    const admin = await t.user({ role: 'administrator', organisationId: org });
    const created = await t.request(admin, { method: 'POST', url: '/api/teams', payload: { name: 'Battambang outreach' } });
    expect(created.statusCode).toBe(201);
    const teamId = created.json<{ id: string }>().id;
    await t.request(admin, { method: 'PATCH', url: `/api/teams/${teamId}`, payload: { name: 'Battambang field team' } });
    const log = await t.request(admin, { method: 'GET', url: `/api/audit/records/team/${teamId}` });
    expect(log.statusCode).toBe(200);
    const items = log.json<{ items: Array<{ action: string; actorId: string; actorRole: string; changes: Record<string, { before: unknown; after: unknown }> | null; ip: string | null }> }>().items;
    expect(items.map((i) => i.action)).toEqual(['update', 'create']);
    expect(items[0]).toMatchObject({ actorId: admin.id, actorRole: 'administrator', changes: { name: { before: 'Battambang outreach', after: 'Battambang field team' } } });
    expect(items[0]?.ip).toBeTruthy();
  });

  it('writes no audit row and no change when the change fails', async () => {
    const org = await t.organisation();
    const admin = await t.user({ role: 'administrator', organisationId: org });
    const before = await t.services.db.selectFrom('audit_log').select(({ fn }) => fn.countAll<number>().as('n')).where('organisation_id', '=', org).executeTakeFirstOrThrow();
    const bad = await t.request(admin, { method: 'POST', url: '/api/teams', payload: { name: '' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'name', key: 'validation.too_small' }] } });
    const after = await t.services.db.selectFrom('audit_log').select(({ fn }) => fn.countAll<number>().as('n')).where('organisation_id', '=', org).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('lets administrators search the log, limited to their organisation', async () => {
    const orgA = await t.organisation();
    const orgB = await t.organisation();
    const adminA = await t.user({ role: 'administrator', organisationId: orgA });
    const adminB = await t.user({ role: 'administrator', organisationId: orgB });
    await t.request(adminB, { method: 'POST', url: '/api/teams', payload: { name: 'Secret team B' } });
    const res = await t.request(adminA, { method: 'GET', url: '/api/audit?pageSize=100' });
    const items = res.json<{ items: Array<{ organisationId: string }>; total: number }>().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.organisationId === orgA)).toBe(true);
    const signIns = await t.request(adminA, { method: 'GET', url: `/api/audit?action=auth.sign_in&q=${encodeURIComponent(adminA.email)}` });
    expect(signIns.json<{ total: number }>().total).toBe(1);
  });
});
