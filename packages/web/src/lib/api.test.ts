import { describe, expect, it } from 'vitest';
import { codeOfStatus, toErrorBody, toQueryString } from './api';

describe('toErrorBody', () => {
  it("keeps Homeward's error body with its field errors", () => {
    const body = toErrorBody(400, {
      error: { code: 'validation.failed', key: 'errors.validation.failed', message: 'bad', fields: [{ field: 'name', key: 'validation.too_big', params: { max: 120 } }, { nonsense: 1 }] },
    });
    expect(body).toEqual({ code: 'validation.failed', key: 'errors.validation.failed', message: 'bad', fields: [{ field: 'name', key: 'validation.too_big', params: { max: 120 } }] });
  });
  it('derives the key from the code when the key is missing or foreign', () => {
    expect(toErrorBody(409, { error: { code: 'team.name_taken', key: 'x', message: 'm' } }).key).toBe('errors.team.name_taken');
  });
  it('reads a body that is not ours by its status', () => {
    expect(toErrorBody(500, { statusCode: 500, error: 'Internal Server Error', message: 'x' })).toMatchObject({ code: 'internal', key: 'errors.internal' });
    expect(toErrorBody(401, undefined)).toMatchObject({ code: 'auth.unauthenticated' });
    expect(toErrorBody(502, '<html>')).toMatchObject({ code: 'internal' });
  });
  it('ignores an unknown code', () => {
    expect(toErrorBody(404, { error: { code: 'made.up', key: 'errors.made.up' } })).toMatchObject({ code: 'record.not_found' });
  });
});

describe('codeOfStatus', () => {
  it('maps the statuses a proxy or the server may answer', () => {
    expect([400, 401, 403, 404, 409, 429, 503].map(codeOfStatus)).toEqual([
      'validation.failed', 'auth.unauthenticated', 'auth.forbidden', 'record.not_found', 'record.conflict', 'auth.locked', 'internal',
    ]);
  });
});

describe('toQueryString', () => {
  it('leaves out empty values and encodes Khmer', () => {
    expect(toQueryString({ q: 'ភ្នំពេញ', page: 2, teamId: undefined, empty: '', flag: true })).toBe('?q=%E1%9E%97%E1%9F%92%E1%9E%93%E1%9F%86%E1%9E%96%E1%9F%81%E1%9E%89&page=2&flag=true');
    expect(toQueryString({})).toBe('');
    expect(toQueryString(undefined)).toBe('');
  });
});
