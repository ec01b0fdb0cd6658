import { todayIso } from '@homeward/core';
import { scopeSpecs } from '../platform/access/scoped-data.js';
import type { TestApp } from '../test/harness.js';
import { get, send, type MatrixRow, type Where } from '../test/matrix.js';
import { insertLegalMatter, insertSession } from './counselling/test-support.js';

/* Counselling and legal advice: follows the young person's caseload; reading that sessions happened needs programme.read. */
type Target = NonNullable<MatrixRow['target']>;
const target = (spec: Target['spec'], create: (t: TestApp, w: Where) => Promise<string>): Target => ({ spec, create });

const aPerson = target(scopeSpecs.person, (t, w) => t.child(w));
const aSession = target(scopeSpecs.counselling_session, async (t, w) => insertSession(t, await t.child(w)));
const aMatter = target(scopeSpecs.legal_matter, async (t, w) => insertLegalMatter(t, await t.child(w)));

export const counsellingMatrix: MatrixRow[] = [
  { route: 'GET /api/people/:id/counselling', access: 'programme.read', ok: 200, target: aPerson, request: (_t, _c, id) => get(`/api/people/${id}/counselling`) },
  {
    route: 'POST /api/people/:id/counselling-sessions', access: 'counselling.write', ok: 201, target: aPerson,
    request: (_t, _c, id) => send('POST', `/api/people/${id}/counselling-sessions`, { kind: 'counselling', heldOn: todayIso(), counsellorName: 'Sok Dara', notes: 'Confidential' }),
  },
  { route: 'GET /api/counselling-sessions/:id', access: 'programme.read', ok: 200, target: aSession, request: (_t, _c, id) => get(`/api/counselling-sessions/${id}`) },
  {
    route: 'POST /api/people/:id/legal-matters', access: 'counselling.write', ok: 201, target: aPerson,
    request: (_t, _c, id) => send('POST', `/api/people/${id}/legal-matters`, { kind: 'birth_certificate_correction', openedOn: todayIso() }),
  },
  { route: 'GET /api/legal-matters/:id', access: 'programme.read', ok: 200, target: aMatter, request: (_t, _c, id) => get(`/api/legal-matters/${id}`) },
  { route: 'POST /api/legal-matters/:id/status', access: 'counselling.write', ok: 200, target: aMatter, request: (_t, _c, id) => send('POST', `/api/legal-matters/${id}/status`, { version: 1, status: 'in_progress' }) },
];
