import { ageOn, todayIso, type TAuditEntry, type TPerson, type TPersonSummary } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';
import { child, office, registered, registerPerson, type Office } from './testing.js';

// One office for the file; each test works with a caseworker and people of its own, and builds
// a fresh office only where it counts a whole caseload.
let t: TestApp;
let shared: Office;
beforeAll(async () => {
  t = await startTestApp();
  shared = await office(t);
});
afterAll(() => t.close());

/** Someone in an organisation (and team) of their own. */
async function stranger(role: 'caseworker' | 'manager' | 'network_admin'): Promise<TestUser> {
  const org = await t.organisation();
  return t.user({ role, organisationId: org, teamIds: [await t.team(org)] });
}

/** The shared office with a caseworker of this test's own in its team. */
const withOwnCaseworker = async (): Promise<Office> => ({ ...shared, caseworker: await t.user({ role: 'caseworker', organisationId: shared.org, teamIds: [shared.team] }) });

const getPerson = (as: TestUser, id: string) => t.request(as, { method: 'GET', url: `/api/people/${id}` });
const patchPerson = (as: TestUser, id: string, payload: Record<string, unknown>) => t.request(as, { method: 'PATCH', url: `/api/people/${id}`, payload });
const peopleOf = async (caseworkerId: string) =>
  t.services.db.selectFrom('person').select('id').where('caseworker_id', '=', caseworkerId).execute();

describe('POST /api/people', () => {
  it('registers a child with names in both scripts, aliases, documents and places, and audits one create', async () => {
    const o = await withOwnCaseworker();
    const res = await registerPerson(t, o.caseworker, child({
      nickname: 'Pov', birthDateEstimated: true, birthPlaceCode: '02010101', addressCode: '12010101', addressDetail: 'House 12, street 310',
      fatherGivenName: 'សុខា', motherGivenName: 'ស្រីនី', disability: 'Hearing', childCategories: ['orphan', 'street', 'orphan'], idPoorLevel: 1,
      aliases: [{ name: 'Sopheap', script: 'latin' }, { name: 'សុភាព', script: 'khmer' }, { name: 'SOPHEAP', script: 'latin' }],
      documents: [{ type: 'birth_certificate', number: 'BC-123' }, { type: 'family_book' }],
    }));
    expect(res.statusCode, res.body).toBe(201);
    const person = res.json<TPerson & { possibleDuplicates: unknown[] }>();
    expect(person).toMatchObject({
      kind: 'child', sex: 'female', familyNameKm: 'ចាន់', givenNameKm: 'សុភា', familyNameLatin: 'Chan', givenNameLatin: 'Sophea',
      nickname: 'Pov', birthDate: '2014-05-01', birthDateEstimated: true, age: ageOn('2014-05-01', todayIso()),
      addressCode: '12010101', address: { code: '12010101', nameLatin: 'Phum 1', path: [{ code: '12' }, { code: '1201' }, { code: '120101' }] },
      birthPlace: { code: '02010101', nameLatin: 'Thmei' }, childCategories: ['orphan', 'street'], idPoorLevel: 1,
      caseworkerId: o.caseworker.id, teamId: o.team, organisationId: o.org, version: 1, archived: false, households: [], kin: [], possibleDuplicates: [],
    });
    expect(person.aliases.map((a) => `${a.script}:${a.name}`).sort()).toEqual(['khmer:សុភាព', 'latin:Sopheap']);
    expect(person.documents.map((d) => [d.type, d.number]).sort()).toEqual([['birth_certificate', 'BC-123'], ['family_book', null]]);
    const [create] = await auditRows(t, person.id, 'create');
    expect(create).toMatchObject({ actor_id: o.caseworker.id, record_type: 'person', organisation_id: o.org });
    expect(create!.changes).toMatchObject({
      given_name_km: { before: null, after: 'សុភា' },
      aliases: { before: [], after: [{ name: 'Sopheap', script: 'latin' }, { name: 'សុភាព', script: 'khmer' }] },
      documents: { before: [], after: [{ type: 'birth_certificate', number: 'BC-123' }, { type: 'family_book', number: null }] },
    });
  });

  it('refuses a bad village code, an unknown category, an unknown document type and no given name at once, and writes nothing', async () => {
    const o = await withOwnCaseworker();
    const res = await registerPerson(t, o.caseworker, child({
      givenNameKm: null, givenNameLatin: undefined, addressCode: '99999999', childCategories: ['orphan', 'martian'], documents: [{ type: 'passport_of_mars' }],
    }));
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ error: { code: string; fields: Array<{ field: string; key: string }> } }>().error;
    expect(fields.code).toBe('validation.failed');
    expect(fields.fields).toEqual(expect.arrayContaining([
      { field: 'givenNameKm', key: 'validation.name_required' },
      { field: 'givenNameLatin', key: 'validation.name_required' },
      { field: 'addressCode', key: 'validation.place_unknown' },
      { field: 'childCategories.1', key: 'validation.lookup_unknown' },
      { field: 'documents.0.type', key: 'validation.lookup_unknown' },
    ]));
    expect(fields.fields).toHaveLength(5);
    expect(await peopleOf(o.caseworker.id)).toEqual([]);
  });

  it('answers translated field errors for malformed input (sex, date, code, blank name) and writes nothing', async () => {
    const o = await withOwnCaseworker();
    const res = await registerPerson(t, o.caseworker, { ...child(), sex: 'x', birthDate: '2014-13-45', addressCode: '123', givenNameLatin: '   ' });
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ error: { fields: Array<{ field: string; key: string }> } }>().error.fields;
    expect(fields).toEqual(expect.arrayContaining([
      { field: 'sex', key: 'validation.choice' },
      expect.objectContaining({ field: 'birthDate', key: 'validation.format' }),
      expect.objectContaining({ field: 'addressCode' }),
      expect.objectContaining({ field: 'givenNameLatin', key: 'validation.too_small' }),
    ]));
    expect(await peopleOf(o.caseworker.id)).toEqual([]);
  });

  it('refuses a birth date in the future and a category retired from the list', async () => {
    const cw = await stranger('caseworker'); // retiring a value touches the whole organisation's list
    await t.services.db.updateTable('lookup').set({ active: false }).where('organisation_id', '=', cw.organisationId).where('list', '=', 'child_category').where('value', '=', 'street').execute();
    const res = await registerPerson(t, cw, child({ birthDate: '2999-01-01', childCategories: ['street'] }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      { field: 'birthDate', key: 'validation.date_future' },
      { field: 'childCategories.0', key: 'validation.lookup_unknown' },
    ]);
  });

  it('registers for a manager who is in no team (the record joins the named caseworker\'s team)', async () => {
    const manager = await t.user({ role: 'manager', organisationId: shared.org, teamIds: [] });
    const o = await withOwnCaseworker();
    const res = await registerPerson(t, manager, child({ caseworkerId: o.caseworker.id }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<TPerson>().teamId).toBe(shared.team);
  });

  it('registers an adult with only a Latin given name', async () => {
    const o = await withOwnCaseworker();
    const person = await registered(t, o.caseworker, { kind: 'adult', sex: 'male', givenNameLatin: 'Dara' });
    expect(person).toMatchObject({ kind: 'adult', givenNameKm: null, givenNameLatin: 'Dara', age: null, birthDate: null });
  });

  it('puts the person in a named caseworker\'s caseload when the caller may see it, and refuses one outside it', async () => {
    const o = await withOwnCaseworker();
    const assigned = await registered(t, o.supervisor, child({ caseworkerId: o.caseworker.id }));
    expect(assigned).toMatchObject({ caseworkerId: o.caseworker.id, teamId: o.team });
    expect((await getPerson(o.caseworker, assigned.id)).statusCode).toBe(200);

    const outside = await registerPerson(t, o.caseworker, child({ caseworkerId: o.colleague.id }));
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.fields).toEqual([{ field: 'caseworkerId', key: 'validation.owner_outside_scope' }]);

    const other = await stranger('caseworker');
    const foreign = await registerPerson(t, o.supervisor, child({ caseworkerId: other.id, teamId: other.teamIds[0] }));
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields).toEqual([{ field: 'caseworkerId', key: 'validation.user_unknown' }, { field: 'teamId', key: 'validation.team_unknown' }]);
    expect((await peopleOf(o.caseworker.id)).map((p) => p.id)).toEqual([assigned.id]);
  });
});

describe('GET /api/people/:id', () => {
  it('shows the caseworker their own person and audits the read, visible in the record history', async () => {
    const o = await withOwnCaseworker();
    const person = await registered(t, o.caseworker, child());
    const res = await getPerson(o.caseworker, person.id);
    expect(res.statusCode).toBe(200);
    expect(res.json<TPerson>()).toMatchObject({ id: person.id, givenNameKm: 'សុភា' });
    const history = await t.request(o.supervisor, { method: 'GET', url: `/api/audit/records/person/${person.id}` });
    expect(history.statusCode).toBe(200);
    const actions = history.json<{ items: TAuditEntry[] }>().items.map((e) => `${e.action}:${e.actorId}`);
    expect(actions).toContain(`read:${o.caseworker.id}`);
    expect(actions).toContain(`create:${o.caseworker.id}`);
  });

  it('hides a person from another caseworker, even in the same team, and from another organisation (404); the supervisor sees the team, a network administrator all', async () => {
    const o = await withOwnCaseworker();
    const person = await registered(t, o.caseworker, child());
    expect((await getPerson(o.colleague, person.id)).statusCode).toBe(404);
    expect((await getPerson(o.outsider, person.id)).statusCode).toBe(404);
    expect((await getPerson(await stranger('manager'), person.id)).statusCode).toBe(404);
    const networkAdmin = await stranger('network_admin');
    expect((await getPerson(networkAdmin, person.id)).statusCode).toBe(200);
    expect((await getPerson(o.supervisor, person.id)).statusCode).toBe(200);
    expect((await getPerson(o.manager, person.id)).statusCode).toBe(200);
    const viewer = await t.user({ role: 'viewer', organisationId: o.org });
    expect((await getPerson(viewer, person.id)).statusCode).toBe(403);
    // Refused reads leave no read row; allowed ones do (the creator's is the registration's answer).
    expect((await auditRows(t, person.id, 'read')).map((r) => r.actor_id).sort()).toEqual([o.caseworker.id, o.supervisor.id, o.manager.id, networkAdmin.id].sort());
  });

  it("lists only the caller's caseload", async () => {
    const o = await office(t);
    const mine = await registered(t, o.caseworker, child());
    await registered(t, o.colleague, child());
    const outsiders = await registered(t, o.outsider, child());
    const list = async (as: TestUser) => (await t.request(as, { method: 'GET', url: '/api/people' })).json<{ items: TPersonSummary[]; total: number }>();
    expect((await list(o.caseworker)).items.map((p) => p.id)).toEqual([mine.id]);
    expect((await list(o.supervisor)).total).toBe(2);
    expect((await list(o.manager)).total).toBe(3);
    expect((await list(o.supervisor)).items.map((p) => p.id)).not.toContain(outsiders.id);
  });
});

describe('PATCH /api/people/:id', () => {
  it('edits on the current version, audits the changed fields, and refuses a stale version with 409', async () => {
    const o = await withOwnCaseworker();
    const person = await registered(t, o.caseworker, child());
    const edited = await patchPerson(o.caseworker, person.id, { version: 1, givenNameLatin: 'Sopheak', birthDate: '2013-02-01', idPoorLevel: 2 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<TPerson>()).toMatchObject({ version: 2, givenNameLatin: 'Sopheak', birthDate: '2013-02-01', idPoorLevel: 2, givenNameKm: 'សុភា' });
    const [update] = await auditRows(t, person.id, 'update');
    expect(update!.changes).toMatchObject({
      given_name_latin: { before: 'Sophea', after: 'Sopheak' }, birth_date: { before: '2014-05-01', after: '2013-02-01' }, version: { before: 1, after: 2 },
    });
    expect(update!.changes).not.toHaveProperty('given_name_km');

    const stale = await patchPerson(o.caseworker, person.id, { version: 1, givenNameLatin: 'Sophy' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'record.conflict', key: 'errors.record.conflict' } });
    expect((await getPerson(o.caseworker, person.id)).json<TPerson>()).toMatchObject({ version: 2, givenNameLatin: 'Sopheak' });
    expect(await auditRows(t, person.id, 'update')).toHaveLength(1);
  });

  it('lets exactly one of two simultaneous edits of the same version through; the other is 409', async () => {
    const o = await withOwnCaseworker();
    const person = await registered(t, o.caseworker, child());
    const results = await Promise.all([
      patchPerson(o.caseworker, person.id, { version: 1, nickname: 'First' }),
      patchPerson(o.caseworker, person.id, { version: 1, nickname: 'Second' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.statusCode === 200)!.json<TPerson>();
    expect((await getPerson(o.caseworker, person.id)).json<TPerson>()).toMatchObject({ version: 2, nickname: winner.nickname });
  });

  it('requires the version, keeps a given name in one script, and changes nothing on a refused edit', async () => {
    const o = await withOwnCaseworker();
    const person = await registered(t, o.caseworker, child());
    const noVersion = await patchPerson(o.caseworker, person.id, { givenNameLatin: 'X' });
    expect(noVersion.statusCode).toBe(400);
    expect(noVersion.json().error.fields).toEqual([{ field: 'version', key: 'validation.required' }]);
    const noName = await patchPerson(o.caseworker, person.id, { version: 1, givenNameKm: null, givenNameLatin: null, addressCode: '12999999' });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().error.fields).toEqual(expect.arrayContaining([
      { field: 'givenNameKm', key: 'validation.name_required' }, { field: 'addressCode', key: 'validation.place_unknown' },
    ]));
    // Removing one script's name is fine while the other remains.
    const ok = await patchPerson(o.caseworker, person.id, { version: 1, givenNameLatin: null, familyNameLatin: null });
    expect(ok.json<TPerson>()).toMatchObject({ version: 2, givenNameLatin: null, givenNameKm: 'សុភា' });
  });

  it('keeps the version when nothing changes, and replaces aliases and documents by archiving the dropped ones', async () => {
    const o = await withOwnCaseworker();
    const person = await registered(t, o.caseworker, child({ aliases: [{ name: 'Sophy', script: 'latin' }], documents: [{ type: 'family_book', number: 'F-1' }] }));
    const same = await patchPerson(o.caseworker, person.id, { version: 1, givenNameLatin: 'Sophea', aliases: [{ name: 'Sophy', script: 'latin' }] });
    expect(same.json<TPerson>().version).toBe(1);
    expect(await auditRows(t, person.id, 'update')).toEqual([]);

    const res = await patchPerson(o.caseworker, person.id, { version: 1, aliases: [{ name: 'Pheap', script: 'latin' }], documents: [] });
    expect(res.json<TPerson>()).toMatchObject({ version: 2, aliases: [{ name: 'Pheap', script: 'latin' }], documents: [] });
    const [update] = await auditRows(t, person.id, 'update');
    expect(update!.changes).toMatchObject({
      aliases: { before: [{ name: 'Sophy', script: 'latin' }], after: [{ name: 'Pheap', script: 'latin' }] },
      documents: { before: [{ type: 'family_book', number: 'F-1' }], after: [] },
    });
    const kept = await t.services.db.selectFrom('person_alias').select(['name', 'archived_at']).where('person_id', '=', person.id).orderBy('name').execute();
    expect(kept.map((a) => [a.name, a.archived_at !== null])).toEqual([['Pheap', false], ['Sophy', true]]);
    const search = async (q: string) => (await t.request(o.caseworker, { method: 'GET', url: '/api/people', query: { q } })).json<{ total: number }>().total;
    expect(await search('pheap')).toBe(1);
    expect(await search('sophy')).toBe(0);
  });

  it('answers 404 for a person outside the caller\'s scope, and 403 for a role that may not write', async () => {
    const o = await withOwnCaseworker();
    const person = await registered(t, o.caseworker, child());
    expect((await patchPerson(o.colleague, person.id, { version: 1, nickname: 'x' })).statusCode).toBe(404);
    const administrator = await t.user({ role: 'administrator', organisationId: o.org });
    expect((await patchPerson(administrator, person.id, { version: 1, nickname: 'x' })).statusCode).toBe(403);
  });
});

describe('POST /api/people/:id/archive', () => {
  it('archives (never deletes) with a reason, drops the person from lists unless asked, and archiving twice is harmless', async () => {
    const o = await withOwnCaseworker();
    const person = await registered(t, o.caseworker, child());
    const archive = () => t.request(o.caseworker, { method: 'POST', url: `/api/people/${person.id}/archive`, payload: { reason: 'Registered twice' } });
    const res = await archive();
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TPerson>()).toMatchObject({ archived: true, version: 2 });
    expect((await archive()).json<TPerson>().version).toBe(2);
    const rows = await auditRows(t, person.id, 'archive');
    expect(rows).toEqual([expect.objectContaining({ details: { reason: 'Registered twice' } })]);
    const list = async (query: Record<string, string>) => (await t.request(o.caseworker, { method: 'GET', url: '/api/people', query })).json<{ total: number }>().total;
    expect(await list({})).toBe(0);
    expect(await list({ includeArchived: 'true' })).toBe(1);
    expect((await getPerson(o.caseworker, person.id)).statusCode).toBe(200);
  });
});
