import { send, type MatrixRow } from '../test/matrix.js';

/** The matcher: a list read over the caller's scope, like a search. */
export const tracingMatchMatrix: MatrixRow[] = [
  { route: 'POST /api/tracing/match', access: 'person.read', ok: 200, request: () => send('POST', '/api/tracing/match', { givenName: 'Sophea', ageYears: 12, villageCode: '12010101' }) },
];
