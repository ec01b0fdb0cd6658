import { scopeSpecs } from '../platform/access/scoped-data.js';
import type { TestApp } from '../test/harness.js';
import { get, type MatrixRow, type Where } from '../test/matrix.js';

/* What the youth programmes share. A person's participation answers for a person in scope. */
const aPerson: NonNullable<MatrixRow['target']> = { spec: scopeSpecs.person, create: (t: TestApp, w: Where) => t.child(w) };

export const programmesMatrix: MatrixRow[] = [
  { route: 'GET /api/people/:id/programmes', access: 'programme.read', ok: 200, target: aPerson, request: (_t, _c, id) => get(`/api/people/${id}/programmes`) },
  { route: 'GET /api/programmes/centres', access: 'programme.write', ok: 200, request: () => get('/api/programmes/centres') },
  { route: 'GET /api/programmes/people', access: 'programme.write', ok: 200, request: () => get('/api/programmes/people?q=sok') },
];
