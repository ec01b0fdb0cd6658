import type { TLookup } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function administrator(): Promise<{ org: string; admin: TestUser }> {
  const org = await t.organisation();
  return { org, admin: await t.user({ role: 'administrator', organisationId: org }) };
}

const addValue = (as: TestUser, payload: Record<string, unknown>) =>
  t.request(as, { method: 'POST', url: '/api/lookups', payload: { list: 'referral_source', value: 'health_centre', labelEn: 'Health centre', labelKm: 'មណ្ឌលសុខភាព', ...payload } });
const patchValue = (as: TestUser, id: string, payload: Record<string, unknown>) => t.request(as, { method: 'PATCH', url: `/api/lookups/${id}`, payload });
const list = async (as: TestUser, query: Record<string, string> = {}) => (await t.request(as, { method: 'GET', url: '/api/lookups', query })).json<TLookup[]>();

describe('GET /api/lookups', () => {
  it("lists only my organisation's values, one list at a time if asked", async () => {
    const mine = await administrator();
    const theirs = await administrator();
    const added = (await addValue(theirs.admin, {})).json<TLookup>();

    const all = await list(mine.admin);
    expect(all.length).toBeGreaterThan(0);
    const theirIds = new Set((await list(theirs.admin, { includeInactive: 'true' })).map((l) => l.id));
    expect(all.filter((l) => theirIds.has(l.id))).toEqual([]);
    expect(all.map((l) => l.id)).not.toContain(added.id);

    const referral = await list(mine.admin, { list: 'referral_source' });
    expect(referral.length).toBeGreaterThan(0);
    expect(new Set(referral.map((l) => l.list))).toEqual(new Set(['referral_source']));
    expect(referral.map((l) => l.sortOrder)).toEqual([...referral.map((l) => l.sortOrder)].sort((a, b) => a - b));
  });

  it('refuses a malformed list name', async () => {
    const { admin } = await administrator();
    const res = await t.request(admin, { method: 'GET', url: '/api/lookups', query: { list: 'Referral Source' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'list', key: 'validation.format' }] } });
  });
});

describe('POST /api/lookups', () => {
  it('adds a value at the end of its list and audits it with its fields', async () => {
    const { org, admin } = await administrator();
    const last = Math.max(...(await list(admin, { list: 'referral_source' })).map((l) => l.sortOrder));
    const res = await addValue(admin, {});
    expect(res.statusCode, res.body).toBe(201);
    const lookup = res.json<TLookup>();
    expect(lookup).toEqual({ id: expect.any(String), list: 'referral_source', value: 'health_centre', labelEn: 'Health centre', labelKm: 'មណ្ឌលសុខភាព', sortOrder: last + 10, active: true });
    expect(await auditRows(t, lookup.id, 'create')).toEqual([expect.objectContaining({
      actor_id: admin.id, organisation_id: org,
      changes: expect.objectContaining({ value: { before: null, after: 'health_centre' }, label_en: { before: null, after: 'Health centre' }, label_km: { before: null, after: 'មណ្ឌលសុខភាព' } }),
    })]);
    expect((await list(admin, { list: 'referral_source' })).at(-1)).toMatchObject({ id: lookup.id });
  });

  const invalid: Array<[string, Record<string, unknown>, string, string]> = [
    ['a missing Khmer label', { labelKm: undefined }, 'labelKm', 'validation.required'],
    ['a blank English label', { labelEn: '  ' }, 'labelEn', 'validation.too_small'],
    ['a value with spaces and capitals', { value: 'Health Centre' }, 'value', 'validation.format'],
    ['a value starting with an underscore', { value: '_hidden' }, 'value', 'validation.format'],
    ['a malformed list name', { list: 'Referral-Source' }, 'list', 'validation.format'],
  ];
  for (const [what, payload, field, key] of invalid) {
    it(`refuses ${what} with 400 and a field error on ${field}`, async () => {
      const { admin } = await administrator();
      const before = (await list(admin, { includeInactive: 'true' })).length;
      const res = await addValue(admin, payload);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field, key }] } });
      expect((await list(admin, { includeInactive: 'true' })).length).toBe(before);
    });
  }

  it('answers 409 lookup.value_taken on the value field for a value already in the list', async () => {
    const { admin } = await administrator();
    const res = await addValue(admin, { value: 'police', labelEn: 'Police again' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'lookup.value_taken', key: 'errors.lookup.value_taken', fields: [{ field: 'value' }] } });
    expect((await list(admin, { list: 'referral_source' })).filter((l) => l.value === 'police')).toHaveLength(1);
  });

  it('allows the same value in another list or another organisation', async () => {
    const first = await administrator();
    const second = await administrator();
    expect((await addValue(first.admin, { list: 'care_type', value: 'police' })).statusCode).toBe(201);
    expect((await addValue(first.admin, {})).statusCode).toBe(201);
    expect((await addValue(second.admin, {})).statusCode).toBe(201);
  });
});

describe('PATCH /api/lookups/:id', () => {
  it('retires a value: hidden unless includeInactive, never deleted, and audited', async () => {
    const { admin } = await administrator();
    const lookup = (await addValue(admin, {})).json<TLookup>();
    const retired = await patchValue(admin, lookup.id, { active: false });
    expect(retired.statusCode, retired.body).toBe(200);
    expect(retired.json()).toMatchObject({ id: lookup.id, active: false });
    expect((await list(admin)).map((l) => l.id)).not.toContain(lookup.id);
    expect(await list(admin, { includeInactive: 'true' })).toContainEqual(expect.objectContaining({ id: lookup.id, active: false }));
    expect(await auditRows(t, lookup.id, 'update')).toEqual([expect.objectContaining({ actor_id: admin.id, changes: { active: { before: true, after: false } } })]);

    const deleted = await t.request(admin, { method: 'DELETE', url: `/api/lookups/${lookup.id}` });
    expect(deleted.statusCode).toBe(404);
    expect(await t.services.db.selectFrom('lookup').select('id').where('id', '=', lookup.id).execute()).toHaveLength(1);

    expect((await patchValue(admin, lookup.id, { active: true })).json()).toMatchObject({ active: true });
    expect((await list(admin)).map((l) => l.id)).toContain(lookup.id);
  });

  it('relabels and reorders a value, auditing each changed field', async () => {
    const { admin } = await administrator();
    const lookup = (await addValue(admin, {})).json<TLookup>();
    const res = await patchValue(admin, lookup.id, { labelEn: 'Health center', labelKm: 'មណ្ឌលសុខភាព', sortOrder: 5 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ value: 'health_centre', labelEn: 'Health center', sortOrder: 5 });
    const rows = await auditRows(t, lookup.id, 'update');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.changes).toEqual({ label_en: { before: 'Health centre', after: 'Health center' }, sort_order: { before: lookup.sortOrder, after: 5 } });
  });

  it('refuses a blank label', async () => {
    const { admin } = await administrator();
    const lookup = (await addValue(admin, {})).json<TLookup>();
    const res = await patchValue(admin, lookup.id, { labelKm: ' ' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'labelKm' }] } });
  });

  it("is 404 for another organisation's value", async () => {
    const { admin } = await administrator();
    const theirs = (await addValue((await administrator()).admin, {})).json<TLookup>();
    const res = await patchValue(admin, theirs.id, { active: false });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'record.not_found' } });
  });
});
