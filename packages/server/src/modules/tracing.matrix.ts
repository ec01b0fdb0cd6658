import { todayIso } from '@homeward/core';
import { scopeSpecs } from '../platform/access/scoped-data.js';
import type { TestApp } from '../test/harness.js';
import { get, send, type MatrixRow, type Where } from '../test/matrix.js';
import { insertTracingRequest } from './tracing/test-support.js';

/* Family tracing work: requests on a case, attempts, status, the relative found. */
type Target = NonNullable<MatrixRow['target']>;
const target = (spec: Target['spec'], create: (t: TestApp, w: Where) => Promise<string>): Target => ({ spec, create });

const aCase = target(scopeSpecs.case_file, async (t, w) => (await t.openCase(w, { stage: 'tracing' })).caseId);
const aRequest = target(scopeSpecs.tracing_request, async (t, w) => insertTracingRequest(t, (await t.openCase(w, { stage: 'tracing' })).caseId));

const request = { relationship: 'mother', givenNameKm: 'ស្រីមុំ', familyNameLatin: 'Sok', givenNameLatin: 'Sreymom', ageYears: 38 };
const attempt = { attemptedOn: todayIso(), method: 'village_chief', outcome: 'The chief says she moved to Battambang', result: 'lead' };
const found = { version: 1, person: { sex: 'female', givenNameKm: 'ស្រីមុំ', familyNameKm: 'សុខ' } };

export const tracingMatrix: MatrixRow[] = [
  { route: 'GET /api/cases/:id/tracing-requests', access: 'case.read', ok: 200, target: aCase, request: (_t, _c, id) => get(`/api/cases/${id}/tracing-requests`) },
  { route: 'POST /api/cases/:id/tracing-requests', access: 'case.write', ok: 201, target: aCase, request: (_t, _c, id) => send('POST', `/api/cases/${id}/tracing-requests`, request) },
  { route: 'GET /api/tracing-requests/:id', access: 'case.read', ok: 200, target: aRequest, request: (_t, _c, id) => get(`/api/tracing-requests/${id}`) },
  { route: 'PATCH /api/tracing-requests/:id', access: 'case.write', ok: 200, target: aRequest, request: (_t, _c, id) => send('PATCH', `/api/tracing-requests/${id}`, { version: 1, ageYears: 40 }) },
  { route: 'GET /api/tracing-requests/:id/attempts', access: 'case.read', ok: 200, target: aRequest, request: (_t, _c, id) => get(`/api/tracing-requests/${id}/attempts`) },
  { route: 'POST /api/tracing-requests/:id/attempts', access: 'case.write', ok: 201, target: aRequest, request: (_t, _c, id) => send('POST', `/api/tracing-requests/${id}/attempts`, attempt) },
  { route: 'POST /api/tracing-requests/:id/status', access: 'case.write', ok: 200, target: aRequest, request: (_t, _c, id) => send('POST', `/api/tracing-requests/${id}/status`, { version: 1, status: 'not_found', note: 'Moved away' }) },
  { route: 'POST /api/tracing-requests/:id/found', access: 'case.write', ok: 200, target: aRequest, request: (_t, _c, id) => send('POST', `/api/tracing-requests/${id}/found`, found) },
];
