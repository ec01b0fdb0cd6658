import { errorKey, errorStatus, type ErrorBody, type ErrorCode, type FieldError } from '@homeward/core';
import type { z } from 'zod';

export type ApiErrorBody = ErrorBody['error'];

/** Catalogue key shown when the server cannot be reached at all. */
export const NETWORK_ERROR_KEY = 'errors.network';

/**
 * The one error the web app's API calls throw. It carries the server's error body, so the UI can
 * show `t(error.key)` and put field errors next to their fields.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message || body.code);
    this.name = 'ApiError';
  }
  get code(): ErrorCode {
    return this.body.code;
  }
  get key(): string {
    return this.body.key;
  }
  get fields(): FieldError[] {
    return this.body.fields ?? [];
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

export const isErrorCode = (c: unknown): c is ErrorCode =>
  typeof c === 'string' && Object.prototype.hasOwnProperty.call(errorStatus, c);

/** The error code a bare HTTP status stands for, when the body is not Homeward's own shape. */
export function codeOfStatus(status: number): ErrorCode {
  if (status === 401) return 'auth.unauthenticated';
  if (status === 403) return 'auth.forbidden';
  if (status === 404) return 'record.not_found';
  if (status === 409) return 'record.conflict';
  if (status === 429) return 'auth.locked';
  if (status === 400 || status === 422) return 'validation.failed';
  return 'internal';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function fieldErrorsOf(v: unknown): FieldError[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: FieldError[] = [];
  for (const f of v) {
    if (isRecord(f) && typeof f.field === 'string' && typeof f.key === 'string') {
      const params = isRecord(f.params) ? (f.params as Record<string, string | number>) : undefined;
      out.push({ field: f.field, key: f.key, ...(params ? { params } : {}) });
    }
  }
  return out;
}

/**
 * Reads an error response. Homeward's server answers `{ error: { code, key, message, fields } }`;
 * anything else (a proxy page, a crash) becomes the code its status stands for.
 */
export function toErrorBody(status: number, payload: unknown): ApiErrorBody {
  const error = isRecord(payload) ? payload.error : undefined;
  if (isRecord(error) && isErrorCode(error.code)) {
    const code = error.code;
    const key = typeof error.key === 'string' && error.key.startsWith('errors.') ? error.key : errorKey(code);
    const fields = fieldErrorsOf(error.fields);
    return { code, key, message: typeof error.message === 'string' ? error.message : code, ...(fields ? { fields } : {}) };
  }
  const code = codeOfStatus(status);
  return { code, key: errorKey(code), message: `HTTP ${status}` };
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export function toQueryString(query: QueryParams | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

type Listener = (error: ApiError, path: string) => void;
const listeners = new Set<Listener>();

/** Be told of every failed call (the app uses it to return to sign-in when a session ends). */
export function onApiError(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

interface RequestOptions<S extends z.ZodType> {
  schema: S;
  body?: unknown;
  query?: QueryParams;
  signal?: AbortSignal;
}

async function request<S extends z.ZodType>(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, options: RequestOptions<S>): Promise<z.output<S>> {
  const { schema, body, query, signal } = options;
  let response: Response;
  try {
    response = await fetch(`/api${path}${toQueryString(query)}`, {
      method,
      credentials: 'same-origin',
      headers: method === 'GET' || (method === 'DELETE' && body === undefined) ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      // The server's JSON parser refuses an empty body on POST; sign-out sends `{}`.
      body: method === 'GET' || (method === 'DELETE' && body === undefined) ? undefined : JSON.stringify(body ?? {}),
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, { code: 'internal', key: NETWORK_ERROR_KEY, message: 'Network error' });
  }
  const text = await response.text();
  let payload: unknown = undefined;
  if (text) {
    try {
      payload = JSON.parse(text);
    } catch {
      payload = undefined;
    }
  }
  if (!response.ok) {
    const error = new ApiError(response.status, toErrorBody(response.status, payload));
    for (const listener of listeners) listener(error, path);
    throw error;
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    // The server and this app disagree on a response: a bug to fix, never to show as data.
    console.error(`Unexpected response from ${method} ${path}`, parsed.error.issues);
    throw new ApiError(response.status, { code: 'internal', key: errorKey('internal'), message: 'Unexpected response' });
  }
  return parsed.data;
}

export const api = {
  get: <S extends z.ZodType>(path: string, schema: S, query?: QueryParams, signal?: AbortSignal) =>
    request('GET', path, { schema, query, signal }),
  post: <S extends z.ZodType>(path: string, schema: S, body?: unknown) => request('POST', path, { schema, body }),
  patch: <S extends z.ZodType>(path: string, schema: S, body: unknown) => request('PATCH', path, { schema, body }),
  put: <S extends z.ZodType>(path: string, schema: S, body: unknown) => request('PUT', path, { schema, body }),
  /** DELETE, with a body only when given (e.g. a row version). */
  delete: <S extends z.ZodType>(path: string, schema: S, body?: unknown) => request('DELETE', path, { schema, body }),
};
