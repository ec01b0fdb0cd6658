import { errorKey, type FieldError } from '@homeward/core';
import { isApiError } from './api';

/** A message as a catalogue key and its interpolation values; translated only when shown. */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

/**
 * Keys to try for an error, best first: the server's own key, the key of its code, then the
 * generic one. The UI shows the first the catalogue has.
 */
export function errorMessageKeys(error: unknown): string[] {
  if (isApiError(error)) return [...new Set([error.key, errorKey(error.code), errorKey('internal')])];
  return [errorKey('internal')];
}

/**
 * A field error from the server as a message. Blank text fails `min(1)`, which reads better as
 * "required" than as "at least 1 character".
 */
export function fieldMessage(field: Pick<FieldError, 'key' | 'params'>): Message {
  if (field.key === 'validation.too_small' && Number(field.params?.min) === 1) return { key: 'validation.required' };
  return field.params ? { key: field.key, params: field.params } : { key: field.key };
}

/** The subset of a zod issue the mapping reads (zod's own types differ per issue code). */
export interface IssueLike {
  code: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  format?: string;
  input?: unknown;
}

/**
 * A zod issue on the client as the same message the server would send for it, so a field
 * reads the same whether the browser or the server caught the mistake.
 */
export function issueMessage(issue: IssueLike): Message {
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'number' || issue.origin === 'int') return { key: 'validation.too_small_number', params: { min } };
      if (issue.origin === 'array') return min === 1 ? { key: 'validation.choose_one' } : { key: 'validation.too_small_items', params: { min } };
      return fieldMessage({ key: 'validation.too_small', params: { min } });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'number' || issue.origin === 'int') return { key: 'validation.too_big_number', params: { max } };
      if (issue.origin === 'array') return { key: 'validation.too_big_items', params: { max } };
      return { key: 'validation.too_big', params: { max } };
    }
    case 'invalid_format':
      return { key: issue.format === 'email' ? 'validation.email' : 'validation.format' };
    case 'invalid_value':
      return { key: 'validation.choice' };
    case 'invalid_type':
      return { key: issue.input === undefined || issue.input === null || issue.input === '' ? 'validation.required' : 'validation.invalid' };
    default:
      return { key: 'validation.invalid' };
  }
}

/**
 * react-hook-form keeps a field error's message as a string; ours is the message encoded as
 * JSON, decoded and translated when rendered, so it follows a language switch.
 */
export const encodeMessage = (m: Message): string => JSON.stringify(m);

export function decodeMessage(s: string | undefined): Message | null {
  if (!s) return null;
  if (!s.startsWith('{')) return { key: s };
  try {
    const v = JSON.parse(s) as unknown;
    if (typeof v === 'object' && v !== null && typeof (v as Message).key === 'string') return v as Message;
  } catch {
    // not one of ours: show as a key
  }
  return { key: s };
}
