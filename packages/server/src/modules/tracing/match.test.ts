import type { TMatchResponse } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';
import { adult, child, office, registered, type Office } from '../people/testing.js';

let t: TestApp;
let o: Office;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
});
afterAll(() => t.close());

async function match(as: TestUser, payload: Record<string, unknown>): Promise<TMatchResponse['candidates']> {
  const res = await t.request(as, { method: 'POST', url: '/api/tracing/match', payload });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<TMatchResponse>().candidates;
}

describe('POST /api/tracing/match', () => {
  it('finds a child by a Latin variant in swapped order, with the reasons and a band', async () => {
    const cw = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
    const sophal = await registered(t, cw, child({ sex: 'male', familyNameKm: 'ជា', givenNameKm: 'សុផល', familyNameLatin: 'Chea', givenNameLatin: 'Sophal', birthDate: '2013-02-01', addressCode: '12010101' }));
    await registered(t, cw, child({ sex: 'female', familyNameKm: 'ជា', givenNameKm: 'ធីតា', familyNameLatin: 'Chea', givenNameLatin: 'Thida', birthDate: '2013-02-01', addressCode: '12010101' }));

    const found = await match(cw, { familyName: 'Sophorl', givenName: 'Chear', ageYears: 13, villageCode: '12010102', sex: 'male' });
    expect(found[0]).toMatchObject({ personId: sophal.id, band: 'likely' });
    expect(found[0]!.reasons).toEqual(expect.arrayContaining(['latin_variant_given', 'latin_variant_family', 'name_order_swapped', 'age_within', 'same_commune']));
    expect(found.map((c) => c.personId)).not.toContain(undefined);
    // Names come with each candidate: the list needs no request per person.
    expect(found[0]!.person).toMatchObject({ id: sophal.id, familyNameKm: 'ជា', givenNameKm: 'សុផល', givenNameLatin: 'Sophal', sex: 'male' });

    // Khmer script typed without a space, nothing else known.
    const khmer = await match(cw, { nameKm: 'ជាសុផល' });
    expect(khmer[0]).toMatchObject({ personId: sophal.id });
    expect(khmer[0]!.reasons).toContain('khmer_name_exact');

    // Free text from a search box, either script, any order.
    expect((await match(cw, { text: 'sophorl chear 13' }))[0]).toMatchObject({ personId: sophal.id });
    expect((await match(cw, { text: 'សុផល' }))[0]).toMatchObject({ personId: sophal.id });
    expect((await t.request(cw, { method: 'POST', url: '/api/tracing/match', payload: { text: '12 12010101' } })).statusCode).toBe(400);
  });

  it('follows the patronymic rule: the father\'s given name is the child\'s family name', async () => {
    const cw = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
    const boy = await registered(t, cw, child({ sex: 'male', familyNameKm: 'សុខ', givenNameKm: 'ពិសិដ្ឋ', familyNameLatin: 'Sok', givenNameLatin: 'Piseth', birthDate: '2012-01-01' }));
    const found = await match(cw, { givenName: 'Pisith', fatherName: 'Sokh', ageYears: 14 });
    expect(found[0]).toMatchObject({ personId: boy.id });
    expect(found[0]!.reasons).toEqual(expect.arrayContaining(['patronymic_father', 'age_within']));
  });

  it('answers only people in the caller\'s scope, and audits the people shown as a list read', async () => {
    const mine = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
    const theirs = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.otherTeam] });
    await registered(t, theirs, adult({ givenNameLatin: 'Chenda', givenNameKm: 'ចិន្តា' }));
    expect(await match(mine, { givenName: 'Chinda' })).toEqual([]);
    const own = await registered(t, mine, adult({ givenNameLatin: 'Chenda', givenNameKm: 'ចិន្តា' }));
    const found = await match(mine, { givenName: 'Chinda', sex: 'female' });
    expect(found.map((c) => c.personId)).toEqual([own.id]);
    const audit = await t.services.db.selectFrom('audit_log').selectAll().where('actor_id', '=', mine.id).where('action', '=', 'list').execute();
    expect(audit.map((a) => a.details)).toContainEqual(expect.objectContaining({ purpose: 'match', ids: [own.id] }));
  });

  it('marks a different sex as a reason against, and refuses a request without a name', async () => {
    const cw = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
    const girl = await registered(t, cw, child({ sex: 'female', familyNameLatin: 'Kim', givenNameLatin: 'Bopha', familyNameKm: 'គឹម', givenNameKm: 'បូផា', birthDate: '2010-01-01', addressCode: '12010101' }));
    const found = await match(cw, { familyName: 'Kim', givenName: 'Bophar', sex: 'male', dateOfBirth: '2010-01-01', villageCode: '12010101' });
    expect(found[0]).toMatchObject({ personId: girl.id });
    expect(found[0]!.reasons).toContain('sex_mismatch');
    const res = await t.request(cw, { method: 'POST', url: '/api/tracing/match', payload: { ageYears: 12 } });
    expect(res.statusCode).toBe(400);
  });

  it('needs person.read: a viewer is refused', async () => {
    const viewer = await t.user({ role: 'viewer', organisationId: o.org });
    const res = await t.request(viewer, { method: 'POST', url: '/api/tracing/match', payload: { givenName: 'Sophea' } });
    expect(res.statusCode).toBe(403);
  });
});
