import type { THousehold, THouseholdSummary, TPerson } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';
import { adult, child, office, registered, type Office } from '../people/testing.js';

let t: TestApp;
let o: Office;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
});
afterAll(() => t.close());

const newCaseworker = () => t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
const createHousehold = (as: TestUser, payload: Record<string, unknown>) => t.request(as, { method: 'POST', url: '/api/households', payload });
const getHousehold = (as: TestUser, id: string) => t.request(as, { method: 'GET', url: `/api/households/${id}` });
const addMember = (as: TestUser, id: string, payload: Record<string, unknown>) => t.request(as, { method: 'POST', url: `/api/households/${id}/members`, payload });
const patchMember = (as: TestUser, id: string, memberId: string, payload: Record<string, unknown>) =>
  t.request(as, { method: 'PATCH', url: `/api/households/${id}/members/${memberId}`, payload });

describe('POST /api/households', () => {
  it('registers a household with its head and members, address, livelihood and ID Poor, audited on the household and each person', async () => {
    const cw = await newCaseworker();
    const mother = await registered(t, cw, adult());
    const kid = await registered(t, cw, child());
    const res = await createHousehold(cw, {
      name: 'ផ្ទះលោកស្រី ស្រីមុំ', addressCode: '12010101', addressDetail: 'Near the pagoda', livelihood: 'Rice farming', idPoorLevel: 2,
      primaryCaregiverId: mother.id, members: [{ personId: mother.id, isHead: true }, { personId: kid.id, relationship: 'mother' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const household = res.json<THousehold>();
    expect(household).toMatchObject({
      name: 'ផ្ទះលោកស្រី ស្រីមុំ', addressCode: '12010101', address: { nameLatin: 'Phum 1' }, livelihood: 'Rice farming', idPoorLevel: 2,
      primaryCaregiverId: mother.id, memberCount: 2, caseworkerId: cw.id, teamId: o.team, version: 1,
      members: [
        expect.objectContaining({ personId: mother.id, isHead: true, relationship: null, leftAt: null, person: expect.objectContaining({ givenNameLatin: 'Sreymom' }) }),
        expect.objectContaining({ personId: kid.id, isHead: false, relationship: 'mother' }),
      ],
    });
    const [create] = await auditRows(t, household.id, 'create');
    expect(create!.changes).toMatchObject({ livelihood: { before: null, after: 'Rice farming' }, members: { after: [{ personId: mother.id, isHead: true }, { personId: kid.id, relationship: 'mother' }] } });
    expect(await auditRows(t, kid.id, 'member.add')).toEqual([expect.objectContaining({ changes: { household: { before: null, after: expect.objectContaining({ householdId: household.id }) } } })]);
  });

  it('refuses unknown or out-of-scope people, two heads, a repeated person, an unknown relationship or place, and a caregiver not living there; nothing is written', async () => {
    const cw = await newCaseworker();
    const someoneElse = await registered(t, await newCaseworker(), adult());
    const a = await registered(t, cw, adult());
    const b = await registered(t, cw, adult());
    const res = await createHousehold(cw, {
      addressCode: '12999999', primaryCaregiverId: crypto.randomUUID(),
      members: [
        { personId: a.id, isHead: true }, { personId: b.id, isHead: true, relationship: 'godmother' }, { personId: someoneElse.id }, { personId: a.id },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual(expect.arrayContaining([
      { field: 'addressCode', key: 'validation.place_unknown' },
      { field: 'members.2.personId', key: 'validation.person_unknown' },
      { field: 'members.1.relationship', key: 'validation.lookup_unknown' },
      { field: 'members.3.personId', key: 'validation.person_repeated' },
      { field: 'members.1.isHead', key: 'validation.one_head' },
      { field: 'primaryCaregiverId', key: 'validation.caregiver_not_member' },
    ]));
    const households = await t.services.db.selectFrom('household').select('id').where('caseworker_id', '=', cw.id).execute();
    expect(households).toEqual([]);
    expect(await t.services.db.selectFrom('household_member').select('id').where('person_id', '=', a.id).execute()).toEqual([]);
  });
});

describe('household members', () => {
  it('adds a person, makes a new head (the old one stays a member), refuses a second current membership, and records who left', async () => {
    const cw = await newCaseworker();
    const grandmother = await registered(t, cw, adult({ birthDate: '1955-01-01' }));
    const aunt = await registered(t, cw, adult({ givenNameLatin: 'Sreyleak' }));
    const kid = await registered(t, cw, child());
    const household = (await createHousehold(cw, { name: 'Grandmother', primaryCaregiverId: grandmother.id, members: [{ personId: grandmother.id, isHead: true }] })).json<THousehold>();

    const added = await addMember(cw, household.id, { personId: kid.id, relationship: 'grandparent' });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json<THousehold>().memberCount).toBe(2);
    const again = await addMember(cw, household.id, { personId: kid.id, relationship: 'grandparent' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'household.already_member', fields: [{ field: 'personId' }] } });

    const withAunt = (await addMember(cw, household.id, { personId: aunt.id, relationship: 'non_relative_carer', isHead: true })).json<THousehold>();
    const heads = withAunt.members.filter((m) => m.isHead).map((m) => m.personId);
    expect(heads).toEqual([aunt.id]);
    expect(await auditRows(t, household.id, 'member.add')).toEqual(expect.arrayContaining([
      expect.objectContaining({ changes: expect.objectContaining({ head: { before: grandmother.id, after: aunt.id } }) }),
    ]));

    const grandmotherMember = withAunt.members.find((m) => m.personId === grandmother.id)!;
    const left = await patchMember(cw, household.id, grandmotherMember.id, { left: true });
    expect(left.statusCode, left.body).toBe(200);
    const after = left.json<THousehold>();
    expect(after).toMatchObject({ memberCount: 2, primaryCaregiverId: null, version: 2 });
    expect(after.members.at(-1)).toMatchObject({ personId: grandmother.id, leftAt: expect.any(String) });
    expect(await auditRows(t, grandmother.id, 'member.leave')).toHaveLength(1);
    // Someone who left can come back: a new membership, the old one kept.
    expect((await addMember(cw, household.id, { personId: grandmother.id, relationship: 'grandparent' })).statusCode).toBe(201);
    const history = await t.services.db.selectFrom('household_member').select('left_at').where('person_id', '=', grandmother.id).execute();
    expect(history.map((h) => h.left_at === null).sort()).toEqual([false, true]);

    // The child's page shows the household and its kin.
    const kidPage = (await t.request(cw, { method: 'GET', url: `/api/people/${kid.id}` })).json<TPerson>();
    expect(kidPage.kin.map((k) => k.person?.id).sort()).toEqual([aunt.id, grandmother.id].sort());
  });

  it('changes a relationship, refuses an unknown one and a head who has left, and 404s a member of another household', async () => {
    const cw = await newCaseworker();
    const a = await registered(t, cw, adult());
    const b = await registered(t, cw, child());
    const h1 = (await createHousehold(cw, { members: [{ personId: a.id, isHead: true }, { personId: b.id, relationship: 'sibling' }] })).json<THousehold>();
    const h2 = (await createHousehold(cw, { name: 'Other' })).json<THousehold>();
    const member = h1.members.find((m) => m.personId === b.id)!;
    const changed = await patchMember(cw, h1.id, member.id, { relationship: 'cousin' });
    expect(changed.json<THousehold>().members.find((m) => m.id === member.id)).toMatchObject({ relationship: 'cousin' });
    expect(await auditRows(t, h1.id, 'member.update')).toEqual([expect.objectContaining({ changes: { relationship: { before: 'sibling', after: 'cousin' } } })]);
    expect((await patchMember(cw, h1.id, member.id, { relationship: 'godmother' })).json().error.fields).toEqual([{ field: 'relationship', key: 'validation.lookup_unknown' }]);
    expect((await patchMember(cw, h2.id, member.id, { relationship: 'cousin' })).statusCode).toBe(404);
    expect((await patchMember(cw, h1.id, member.id, { left: true, isHead: true })).json().error.fields).toEqual([{ field: 'isHead', key: 'validation.member_left' }]);
  });
});

describe('PATCH /api/households/:id and scope', () => {
  it('edits on the current version with audited changes; a stale version is 409 and changes nothing', async () => {
    const cw = await newCaseworker();
    const carer = await registered(t, cw, adult());
    const household = (await createHousehold(cw, { name: 'Chea', members: [{ personId: carer.id, isHead: true }] })).json<THousehold>();
    const edit = (payload: Record<string, unknown>) => t.request(cw, { method: 'PATCH', url: `/api/households/${household.id}`, payload });
    const res = await edit({ version: 1, livelihood: 'Market stall', idPoorLevel: 1, primaryCaregiverId: carer.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<THousehold>()).toMatchObject({ version: 2, livelihood: 'Market stall', idPoorLevel: 1, primaryCaregiverId: carer.id });
    expect((await auditRows(t, household.id, 'update'))[0]!.changes).toMatchObject({ livelihood: { before: null, after: 'Market stall' } });
    const stale = await edit({ version: 1, livelihood: 'Fishing' });
    expect(stale.statusCode).toBe(409);
    expect((await getHousehold(cw, household.id)).json<THousehold>().livelihood).toBe('Market stall');
    const notMember = await edit({ version: 2, primaryCaregiverId: (await registered(t, cw, adult())).id });
    expect(notMember.json().error.fields).toEqual([{ field: 'primaryCaregiverId', key: 'validation.caregiver_not_member' }]);
  });

  it("lists and finds households in the caller's caseload by name or a member's name; others' are 404", async () => {
    const cw = await newCaseworker();
    const colleague = await newCaseworker();
    const other = await office(t);
    const kid = await registered(t, cw, child({ givenNameLatin: 'Kunthea', givenNameKm: 'គន្ធា' }));
    const mine = (await createHousehold(cw, { name: 'Mao family', members: [{ personId: kid.id }] })).json<THousehold>();
    await createHousehold(colleague, { name: 'Mao family' });
    const list = async (as: TestUser, q?: string) =>
      (await t.request(as, { method: 'GET', url: '/api/households', query: q ? { q } : {} })).json<{ items: THouseholdSummary[]; total: number }>();
    expect((await list(cw)).items.map((h) => h.id)).toEqual([mine.id]);
    for (const q of ['mao', 'kunthea', 'គន្ធា']) expect((await list(cw, q)).items.map((h) => h.id), q).toEqual([mine.id]);
    expect((await list(cw, 'dara')).total).toBe(0);
    expect((await getHousehold(colleague, mine.id)).statusCode).toBe(404);
    expect((await getHousehold(other.manager, mine.id)).statusCode).toBe(404);
    expect((await getHousehold(o.supervisor, mine.id)).statusCode).toBe(200);
    expect((await addMember(colleague, mine.id, { personId: kid.id })).statusCode).toBe(404);
    expect(await auditRows(t, mine.id, 'read')).toEqual(expect.arrayContaining([expect.objectContaining({ actor_id: o.supervisor.id })]));
  });

  it('archives a household; it leaves the list unless asked and keeps its members', async () => {
    const cw = await newCaseworker();
    const kid = await registered(t, cw, child());
    const household = (await createHousehold(cw, { members: [{ personId: kid.id }] })).json<THousehold>();
    const res = await t.request(cw, { method: 'POST', url: `/api/households/${household.id}/archive`, payload: {} });
    expect(res.json<THousehold>()).toMatchObject({ archived: true, memberCount: 1 });
    const list = async (query: Record<string, string>) => (await t.request(cw, { method: 'GET', url: '/api/households', query })).json<{ total: number }>().total;
    expect(await list({})).toBe(0);
    expect(await list({ includeArchived: 'true' })).toBe(1);
  });
});
