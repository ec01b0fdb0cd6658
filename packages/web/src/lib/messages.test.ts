import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZCreateUserRequest } from '@homeward/core';
import { ApiError } from './api';
import { decodeMessage, encodeMessage, errorMessageKeys, fieldMessage, issueMessage } from './messages';

describe('errorMessageKeys', () => {
  it("tries the server's key, then its code's, then the generic one", () => {
    const e = new ApiError(403, { code: 'auth.forbidden', key: 'errors.auth.forbidden', message: 'no' });
    expect(errorMessageKeys(e)).toEqual(['errors.auth.forbidden', 'errors.internal']);
  });
  it('keeps a special key such as the network one first', () => {
    const e = new ApiError(0, { code: 'internal', key: 'errors.network', message: 'offline' });
    expect(errorMessageKeys(e)).toEqual(['errors.network', 'errors.internal']);
  });
  it('shows anything else as the generic error', () => {
    expect(errorMessageKeys(new Error('boom'))).toEqual(['errors.internal']);
    expect(errorMessageKeys('x')).toEqual(['errors.internal']);
  });
});

describe('fieldMessage', () => {
  it('reads a blank required text as "required", not "at least 1 character"', () => {
    expect(fieldMessage({ key: 'validation.too_small', params: { min: 1 } })).toEqual({ key: 'validation.required' });
    expect(fieldMessage({ key: 'validation.too_small', params: { min: 10 } })).toEqual({ key: 'validation.too_small', params: { min: 10 } });
    expect(fieldMessage({ key: 'errors.user.email_taken' })).toEqual({ key: 'errors.user.email_taken' });
  });
});

describe('issueMessage on the core schemas', () => {
  const issues = (data: unknown) => {
    const r = ZCreateUserRequest.safeParse(data);
    if (r.success) throw new Error('expected issues');
    return Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), issueMessage(i)]));
  };
  it('gives the same keys and limits as the server', () => {
    const m = issues({ name: '  ', email: 'not-an-email', role: 'boss', password: 'short' });
    expect(m.name).toEqual({ key: 'validation.required' });
    expect(m.email).toEqual({ key: 'validation.email' });
    expect(m.role).toEqual({ key: 'validation.choice' });
    expect(m.password).toEqual({ key: 'validation.too_small', params: { min: 10 } });
  });
  it('distinguishes numbers, lists and missing values', () => {
    const schema = z.object({ n: z.number().min(0).max(5), list: z.array(z.string()).min(1), s: z.string() });
    const r = schema.safeParse({ n: 9, list: [] });
    const m = Object.fromEntries((r.success ? [] : r.error.issues).map((i) => [i.path.join('.'), issueMessage(i)]));
    expect(m.n).toEqual({ key: 'validation.too_big_number', params: { max: 5 } });
    expect(m.list).toEqual({ key: 'validation.choose_one' });
    expect(m.s).toEqual({ key: 'validation.required' });
  });
});

describe('encodeMessage / decodeMessage', () => {
  it('round-trips a message through a react-hook-form string', () => {
    const m = { key: 'validation.too_big', params: { max: 120 } };
    expect(decodeMessage(encodeMessage(m))).toEqual(m);
  });
  it('treats a plain string as a key, and nothing as nothing', () => {
    expect(decodeMessage('validation.required')).toEqual({ key: 'validation.required' });
    expect(decodeMessage(undefined)).toBeNull();
    expect(decodeMessage('{not json')).toEqual({ key: '{not json' });
  });
});
