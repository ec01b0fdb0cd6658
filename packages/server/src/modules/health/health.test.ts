import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('GET /api/health', () => {
  it('answers ok with the database in use and the version', async () => {
    const res = await t.request(null, { method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'pglite', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('serves the OpenAPI description of every endpoint', async () => {
    const res = await t.request(null, { method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ paths: Record<string, unknown> }>();
    for (const p of ['/api/health', '/api/me', '/api/users', '/api/teams', '/api/lookups', '/api/places/search', '/api/audit', '/api/auth/sign-in/email']) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
  });

  it('answers an unknown API path with a coded 404', async () => {
    const res = await t.request(null, { method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'record.not_found', key: 'errors.record.not_found' } });
  });
});
