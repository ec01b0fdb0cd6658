import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';

let t: TestApp;
let user: TestUser;
beforeAll(async () => {
  t = await startTestApp();
  user = await t.user({ role: 'caseworker', organisationId: await t.organisation() });
});
afterAll(() => t.close());

type Place = { code: string; level: string; nameKm: string; nameLatin: string; path: Array<{ code: string }> };
const get = async <T>(url: string): Promise<T> => {
  const res = await t.request(user, { method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
};

describe('places (the NCDD gazetteer)', () => {
  it('ships every unit: 25 provinces, 210 districts, 1,652 communes, 14,578 villages', async () => {
    const rows = await t.services.db.selectFrom('place').select(['level']).select(({ fn }) => fn.countAll<number>().as('n')).groupBy('level').execute();
    expect(Object.fromEntries(rows.map((r) => [r.level, Number(r.n)]))).toEqual({ province: 25, district: 210, commune: 1652, village: 14578 });
  });

  it('lists provinces, then the units inside one', async () => {
    const provinces = await get<Place[]>('/api/places');
    expect(provinces).toHaveLength(25);
    expect(provinces.find((p) => p.code === '02')).toMatchObject({ nameKm: 'បាត់ដំបង', nameLatin: 'Battambang' });
    const districts = await get<Place[]>('/api/places?parent=02');
    expect(districts.length).toBeGreaterThan(10);
    expect(districts.every((d) => d.code.startsWith('02') && d.code.length === 4)).toBe(true);
  });

  it('finds a place by Khmer script and by Latin spelling, with its path', async () => {
    const km = await get<Place[]>(`/api/places/search?q=${encodeURIComponent('បាត់ដំបង')}&level=province`);
    expect(km[0]).toMatchObject({ code: '02', level: 'province' });
    const latin = await get<Place[]>('/api/places/search?q=BATTAMBANG&level=district');
    expect(latin[0]?.code).toBe('0203');
    expect(latin[0]?.path.map((p) => p.code)).toEqual(['02']);
  });

  it('matches Khmer typed in another code-point order', async () => {
    // ស្រុក with the vowel typed before the subscript: the stored key is normalised, so is the query.
    const typed = 'ស\u17bb\u17d2\u179aក';
    const canonical = 'ស\u17d2\u179a\u17bbក';
    const a = await get<Place[]>(`/api/places/search?q=${encodeURIComponent(typed)}&limit=50`);
    const b = await get<Place[]>(`/api/places/search?q=${encodeURIComponent(canonical)}&limit=50`);
    expect(a.length).toBeGreaterThan(0);
    expect(a.map((p) => p.code)).toEqual(b.map((p) => p.code));
  });

  it('searches within a province', async () => {
    const res = await get<Place[]>('/api/places/search?q=phum&within=12&level=village&limit=50');
    expect(res.length).toBe(50);
    expect(res.every((p) => p.code.startsWith('12'))).toBe(true);
  });

  it('answers one village with its province, district and commune', async () => {
    const v = await get<Place>('/api/places/12010101');
    expect(v.level).toBe('village');
    expect(v.path.map((p) => p.code)).toEqual(['12', '1201', '120101']);
  });

  it('rejects a malformed code and answers an unknown one with 404', async () => {
    const bad = await t.request(user, { method: 'GET', url: '/api/places/123' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'code' }] } });
    const unknown = await t.request(user, { method: 'GET', url: '/api/places/99999999' });
    expect(unknown.statusCode).toBe(404);
  });
});
