import type { THousehold, TPerson } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';
import { adult, child, office, registered, type Office } from './testing.js';

let t: TestApp;
let o: Office;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
});
afterAll(() => t.close());

const getPerson = async (as: TestUser, id: string) => {
  const res = await t.request(as, { method: 'GET', url: `/api/people/${id}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<TPerson>();
};
const relate = (as: TestUser, id: string, payload: Record<string, unknown>) => t.request(as, { method: 'POST', url: `/api/people/${id}/relations`, payload });

/** A child living with their mother (head) and sister, and a grandmother in another province. */
async function family(as: TestUser) {
  const sophea = await registered(t, as, child());
  const mother = await registered(t, as, adult({ givenNameKm: 'ស្រីនី', givenNameLatin: 'Sreyny', familyNameLatin: 'Sok' }));
  const sister = await registered(t, as, child({ givenNameKm: 'ស្រីពៅ', givenNameLatin: 'Sreypov', birthDate: '2010-01-01' }));
  const grandmother = await registered(t, as, adult({ givenNameLatin: 'Yeay', birthDate: '1950-01-01', addressCode: '02010101' }));
  const res = await t.request(as, {
    method: 'POST', url: '/api/households', payload: {
      name: 'Sok household', addressCode: '12010101', primaryCaregiverId: mother.id,
      members: [{ personId: mother.id, isHead: true }, { personId: sophea.id, relationship: 'mother' }, { personId: sister.id, relationship: 'mother' }],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return { sophea, mother, sister, grandmother, household: res.json<THousehold>() };
}

describe("a child's kin", () => {
  it('shows household co-members and relatives outside the household on the child, and the relation the other way on the relative', async () => {
    const cw = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
    const f = await family(cw);
    const added = await relate(cw, f.sophea.id, { relativeId: f.grandmother.id, relationship: 'grandparent' });
    expect(added.statusCode, added.body).toBe(201);

    const sophea = await getPerson(cw, f.sophea.id);
    expect(sophea.households).toEqual([expect.objectContaining({ householdId: f.household.id, householdName: 'Sok household', inScope: true, relationship: 'mother', isHead: false })]);
    expect(sophea.kin).toEqual([
      expect.objectContaining({ source: 'household', householdId: f.household.id, isHead: true, relationship: null, person: expect.objectContaining({ id: f.mother.id }) }),
      expect.objectContaining({ source: 'household', isHead: false, relationship: 'mother', person: expect.objectContaining({ id: f.sister.id }) }),
      expect.objectContaining({ source: 'relation', relationship: 'grandparent', reverse: false, person: expect.objectContaining({ id: f.grandmother.id, addressCode: '02010101' }) }),
    ]);
    const grandmother = await getPerson(cw, f.grandmother.id);
    expect(grandmother.kin).toEqual([expect.objectContaining({ source: 'relation', relationship: 'grandparent', reverse: true, person: expect.objectContaining({ id: f.sophea.id }) })]);

    // Each relative shown on the child's page is audited as read.
    const kinReads = (await t.services.db.selectFrom('audit_log').select('details').where('actor_id', '=', cw.id).where('action', '=', 'list').where('record_type', '=', 'person').execute())
      .map((r) => r.details as { via?: string; personId?: string; ids: string[] }).filter((d) => d.via === 'kin' && d.personId === f.sophea.id);
    expect(kinReads.at(-1)!.ids.sort()).toEqual([f.mother.id, f.sister.id, f.grandmother.id].sort());
    // The relation is written in both people's history.
    expect(await auditRows(t, f.grandmother.id, 'relation.add')).toHaveLength(1);
  });

  it('names a relative outside the caller\'s scope without showing who they are', async () => {
    const mine = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
    const theirs = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
    const supervisor = await t.user({ role: 'supervisor', organisationId: o.org, teamIds: [o.team] });
    const boy = await registered(t, mine, child({ sex: 'male' }));
    const uncle = await registered(t, theirs, adult({ sex: 'male', givenNameLatin: 'Vuthy' }));
    // A caseworker cannot link a person they cannot see …
    const refused = await relate(mine, boy.id, { relativeId: uncle.id, relationship: 'aunt_uncle' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual([{ field: 'relativeId', key: 'validation.person_unknown' }]);
    // … the supervisor, who sees both, can.
    expect((await relate(supervisor, boy.id, { relativeId: uncle.id, relationship: 'aunt_uncle' })).statusCode).toBe(201);
    const seen = await getPerson(mine, boy.id);
    expect(seen.kin).toEqual([expect.objectContaining({ source: 'relation', relationship: 'aunt_uncle', person: null })]);
    expect(JSON.stringify(seen)).not.toContain('Vuthy');
  });

  it('refuses a relation to oneself, an unknown relationship, and the same relation twice (either way round)', async () => {
    const cw = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
    const a = await registered(t, cw, child());
    const b = await registered(t, cw, adult());
    const self = await relate(cw, a.id, { relativeId: a.id, relationship: 'sibling' });
    expect(self.json().error.fields).toEqual([{ field: 'relativeId', key: 'validation.relation_self' }]);
    const unknown = await relate(cw, a.id, { relativeId: b.id, relationship: 'godmother' });
    expect(unknown.json().error.fields).toEqual([{ field: 'relationship', key: 'validation.lookup_unknown' }]);
    expect((await relate(cw, a.id, { relativeId: b.id, relationship: 'cousin' })).statusCode).toBe(201);
    const twice = await relate(cw, b.id, { relativeId: a.id, relationship: 'cousin' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ error: { code: 'person.relation_exists' } });
  });

  it('archives a relation from either side; it leaves the kin list and stays in the history', async () => {
    const cw = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
    const a = await registered(t, cw, child());
    const b = await registered(t, cw, adult());
    const linked = (await relate(cw, a.id, { relativeId: b.id, relationship: 'aunt_uncle' })).json<TPerson>();
    const relationId = linked.kin[0]!.linkId;
    const res = await t.request(cw, { method: 'POST', url: `/api/people/${b.id}/relations/${relationId}/archive` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TPerson>().kin).toEqual([]);
    expect((await getPerson(cw, a.id)).kin).toEqual([]);
    const stored = await t.services.db.selectFrom('person_relation').select('archived_at').where('id', '=', relationId).executeTakeFirstOrThrow();
    expect(stored.archived_at).not.toBeNull();
    expect(await auditRows(t, a.id, 'relation.archive')).toHaveLength(1);
    // Another person's relation cannot be reached through someone else's id.
    const c = await registered(t, cw, adult());
    expect((await t.request(cw, { method: 'POST', url: `/api/people/${c.id}/relations/${relationId}/archive` })).statusCode).toBe(404);
  });
});
