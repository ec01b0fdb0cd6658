import type { TAuditEntry, TDuplicateCheckResponse, TPersonSummary } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';
import { adult, child, office, registered, type Office } from './testing.js';

let t: TestApp;
let o: Office;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
});
afterAll(() => t.close());

// ស្រីពៅ (Srey Pov) as a keyboard usually types it — ស + coeng + រ + ី — and with the vowel
// typed before the subscript, which displays the same.
const SREYPOV = 'ស\u17d2\u179a\u17b8ព\u17c5';
const SREYPOV_VOWEL_FIRST = 'ស\u17b8\u17d2\u179aព\u17c5';
// កើត with the split vowel េ + ី instead of ើ.
const KAET_SPLIT = 'ក\u17c1\u17b8ត';
const KAET = 'ក\u17beត';

async function search(as: TestUser, query: Record<string, string>): Promise<{ items: TPersonSummary[]; total: number; page: number; pageSize: number }> {
  const res = await t.request(as, { method: 'GET', url: '/api/people', query });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const duplicates = async (as: TestUser, payload: Record<string, unknown>) => {
  const res = await t.request(as, { method: 'POST', url: '/api/people/duplicates', payload });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<TDuplicateCheckResponse>().candidates;
};

describe('GET /api/people?q=', () => {
  it('finds a Khmer name typed in another code-point order, both ways round', async () => {
    const cw = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
    const typedUsually = await registered(t, cw, child({ familyNameKm: 'ហេង', givenNameKm: SREYPOV, givenNameLatin: 'Sreypov' }));
    const typedOtherwise = await registered(t, cw, adult({ familyNameKm: 'ម៉ៅ', givenNameKm: KAET_SPLIT, givenNameLatin: 'Kaet' }));
    expect((await search(cw, { q: SREYPOV_VOWEL_FIRST })).items.map((p) => p.id)).toEqual([typedUsually.id]);
    expect((await search(cw, { q: SREYPOV })).items.map((p) => p.id)).toEqual([typedUsually.id]);
    expect((await search(cw, { q: KAET })).items.map((p) => p.id)).toEqual([typedOtherwise.id]);
    // The stored name keeps the form it was typed in; only the key is normalised.
    expect(typedOtherwise.givenNameKm).toBe(KAET_SPLIT);
  });

  it('finds Latin names without regard to case, diacritics, word order or spaces', async () => {
    const cw = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
    const dara = await registered(t, cw, child({ familyNameKm: null, givenNameKm: null, familyNameLatin: 'Chăn', givenNameLatin: 'Srey Pov' }));
    for (const q of ['SREY POV', 'pov chan', 'sreypov', 'Chăn', 'chan srey']) {
      expect((await search(cw, { q })).items.map((p) => p.id), q).toEqual([dara.id]);
    }
    expect((await search(cw, { q: 'srey dara' })).total).toBe(0);
  });

  it('finds a person by an alias or nickname, and by the Khmer full name written without a space', async () => {
    const cw = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
    const person = await registered(t, cw, child({ familyNameKm: 'ចាន់', givenNameKm: 'សុផល', givenNameLatin: 'Sophal', nickname: 'Pou', aliases: [{ name: 'Sophorl', script: 'latin' }, { name: 'សុផាល', script: 'khmer' }] }));
    for (const q of ['sophorl', 'សុផាល', 'pou', 'ចាន់សុផល', 'ចាន់ សុផល']) {
      expect((await search(cw, { q })).items.map((p) => p.id), q).toEqual([person.id]);
    }
  });

  it('filters by kind, pages on the server, and audits the page shown as one list read', async () => {
    const cw = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
    const children = [];
    for (let i = 0; i < 3; i++) children.push(await registered(t, cw, child({ givenNameLatin: `Vanna${i}` })));
    await registered(t, cw, adult());
    const page1 = await search(cw, { kind: 'child', pageSize: '2', page: '1' });
    const page2 = await search(cw, { kind: 'child', pageSize: '2', page: '2' });
    expect(page1).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect([...page1.items, ...page2.items].map((p) => p.id).sort()).toEqual(children.map((c) => c.id).sort());
    expect((await search(cw, { kind: 'adult' })).total).toBe(1);

    const supervisor = await t.user({ role: 'supervisor', organisationId: o.org, teamIds: [o.team] });
    const history = await t.request(supervisor, { method: 'GET', url: `/api/audit/records/person/${page2.items[0]!.id}` });
    // Registering the later children showed this one as a possible duplicate: those are list reads too.
    const lists = history.json<{ items: TAuditEntry[] }>().items.filter((e) => e.action === 'list' && e.actorId === cw.id && e.details?.purpose === undefined);
    expect(lists).toHaveLength(1);
    expect(lists[0]!.details).toMatchObject({ ids: [page2.items[0]!.id], page: 2 });
  });

  it('never shows people outside the caller\'s caseload', async () => {
    const mine = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
    const theirs = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
    await registered(t, theirs, child({ givenNameLatin: 'Bopha' }));
    const own = await registered(t, mine, child({ givenNameLatin: 'Bopha' }));
    expect((await search(mine, { q: 'bopha' })).items.map((p) => p.id)).toEqual([own.id]);
  });
});

describe('duplicate warning', () => {
  it('warns of a person with a similar name, age within two years and the same commune, with the reasons', async () => {
    const cw = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
    const existing = await registered(t, cw, child({ familyNameLatin: 'Chan', givenNameLatin: 'Sophea', familyNameKm: 'ចាន់', givenNameKm: 'សុភា', addressCode: '12010101' }));
    const found = await duplicates(cw, { familyNameLatin: 'Chan', givenNameLatin: 'Sopheak', birthDate: '2015-06-01', addressCode: '12010102', sex: 'female' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ person: { id: existing.id }, reasons: ['similar_name', 'family_name', 'age', 'same_commune'] });
    expect(found[0]!.score).toBeGreaterThan(0.6);

    // The same in Khmer, typed in another order, in the same district only.
    const khmer = await duplicates(cw, { givenNameKm: 'សុភា', familyNameKm: 'ចាន់', addressCode: '1201' });
    expect(khmer[0]).toMatchObject({ person: { id: existing.id }, reasons: ['same_name', 'family_name', 'same_district'] });

    // A different name, or the same name a decade apart in another province, is not a warning.
    expect(await duplicates(cw, { givenNameLatin: 'Dara', familyNameLatin: 'Chan', birthDate: '2014-05-01' })).toEqual([]);
    expect(await duplicates(cw, { givenNameLatin: 'Sopheak', birthDate: '2002-01-01', addressCode: '02010101', sex: 'male' })).toEqual([]);
    expect(await duplicates(cw, { familyNameLatin: 'Chan' })).toEqual([]);
    expect(await duplicates(cw, { givenNameLatin: 'Sophea', excludeId: existing.id })).toEqual([]);
  });

  it('answers possible duplicates in the registration itself (never the new person), only from the caller\'s scope', async () => {
    const cw = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
    const other = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
    await registered(t, other, child({ givenNameLatin: 'Rathana', givenNameKm: 'រតនា' }));
    const first = await registered(t, cw, child({ givenNameLatin: 'Rathana', givenNameKm: 'រតនា', birthDate: '2012-03-03' }));
    expect(first.possibleDuplicates).toEqual([]);
    const second = await registered(t, cw, child({ givenNameLatin: 'Ratana', givenNameKm: 'រតនា', birthDate: '2012-03-03' }));
    expect(second.possibleDuplicates).toEqual([
      expect.objectContaining({ person: expect.objectContaining({ id: first.id }), reasons: expect.arrayContaining(['same_name', 'same_birth_date']) }),
    ]);
  });

  it('needs person.read: a viewer is refused', async () => {
    const viewer = await t.user({ role: 'viewer', organisationId: o.org });
    const res = await t.request(viewer, { method: 'POST', url: '/api/people/duplicates', payload: { givenNameLatin: 'Sophea' } });
    expect(res.statusCode).toBe(403);
  });
});
