import { personMatchKeys, type TMatchResponse } from '@homeward/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';
import { child, office, registered, type Office } from '../people/testing.js';
import { backfillMatchKeys } from './match-keys.js';

let t: TestApp;
let o: Office;
let cw: TestUser;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
  cw = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
});
afterAll(() => t.close());

const keysOf = async (id: string): Promise<string[] | null> =>
  (await t.services.db.selectFrom('person').select('match_keys').where('id', '=', id).executeTakeFirstOrThrow()).match_keys;
const matchIds = async (payload: object): Promise<string[]> =>
  (await t.request(cw, { method: 'POST', url: '/api/tracing/match', payload })).json<TMatchResponse>().candidates.map((c) => c.personId);

describe('person.match_keys', () => {
  it('are written on registration from every name and alias, and rewritten when the names change', async () => {
    const p = await registered(t, cw, child({ familyNameLatin: 'Kong', givenNameLatin: 'Visal', givenNameKm: 'វិសាល', familyNameKm: 'គង់', aliases: [{ name: 'Vishal', script: 'latin' }] }));
    expect(await keysOf(p.id)).toEqual(personMatchKeys({ familyNameLatin: 'Kong', givenNameLatin: 'Visal', givenNameKm: 'វិសាល', familyNameKm: 'គង់', aliases: ['Vishal'] }));
    expect(await matchIds({ familyName: 'Kong', givenName: 'Wisal' })).toContain(p.id);

    const res = await t.request(cw, { method: 'PATCH', url: `/api/people/${p.id}`, payload: { version: p.version, givenNameLatin: 'Chanthou', givenNameKm: 'ចាន់ធូ', aliases: [] } });
    expect(res.statusCode, res.body).toBe(200);
    expect(await keysOf(p.id)).not.toContain('l:visal');
    expect(await matchIds({ familyName: 'Kong', givenName: 'Chanthoul' })).toContain(p.id);
    expect(await matchIds({ familyName: 'Kong', givenName: 'Visal' })).not.toContain(p.id);
  });

  it('are back-filled for rows written before they existed, idempotently', async () => {
    const p = await registered(t, cw, child({ familyNameLatin: 'Heng', givenNameLatin: 'Rotha', givenNameKm: 'រដ្ឋា' }));
    const expected = await keysOf(p.id);
    await sql`update person set match_keys = null where id = ${p.id}`.execute(t.services.db);
    expect(await matchIds({ familyName: 'Heng', givenName: 'Ratha' })).not.toContain(p.id);
    expect(await backfillMatchKeys(t.services.db)).toBeGreaterThanOrEqual(1);
    expect(await keysOf(p.id)).toEqual(expected);
    expect(await matchIds({ familyName: 'Heng', givenName: 'Ratha' })).toContain(p.id);
    expect(await backfillMatchKeys(t.services.db)).toBe(0);
  });
});
