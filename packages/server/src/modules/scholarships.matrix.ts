import { todayIso } from '@homeward/core';
import { scopeSpecs } from '../platform/access/scoped-data.js';
import type { TestApp } from '../test/harness.js';
import { get, send, type MatrixRow, type Where } from '../test/matrix.js';
import { insertScholarship } from './scholarships/test-support.js';

/* Vocational training scholarships: programme data of the organisation (programme.read / programme.write). */
type Target = NonNullable<MatrixRow['target']>;
const target = (spec: Target['spec'], create: (t: TestApp, w: Where) => Promise<string>): Target => ({ spec, create });

const aPerson = target(scopeSpecs.scholarship, (t, w) => t.child(w));
const anApplication = target(scopeSpecs.scholarship, async (t, w) => insertScholarship(t, await t.child(w)));
const inTraining = target(scopeSpecs.scholarship, async (t, w) => insertScholarship(t, await t.child(w), 'in_training'));
const completed = target(scopeSpecs.scholarship, async (t, w) => insertScholarship(t, await t.child(w), 'completed'));

const certificate = () => {
  const boundary = 'homeward-matrix';
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="certificate.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
    pdf, Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload };
};

export const scholarshipsMatrix: MatrixRow[] = [
  { route: 'GET /api/scholarships', access: 'programme.read', ok: 200, request: () => get('/api/scholarships') },
  { route: 'GET /api/scholarships/figures', access: 'programme.read', ok: 200, request: () => get('/api/scholarships/figures') },
  {
    route: 'POST /api/scholarships', access: 'programme.write', ok: 201, target: aPerson,
    request: (_t, _c, id) => send('POST', '/api/scholarships', { personId: id, appliedOn: todayIso(), provider: 'Pour un Sourire d’Enfant', course: 'Cooking' }),
  },
  { route: 'GET /api/scholarships/:id', access: 'programme.read', ok: 200, target: anApplication, request: (_t, _c, id) => get(`/api/scholarships/${id}`) },
  { route: 'PATCH /api/scholarships/:id', access: 'programme.write', ok: 200, target: anApplication, request: (_t, _c, id) => send('PATCH', `/api/scholarships/${id}`, { version: 1, cost: 500 }) },
  { route: 'POST /api/scholarships/:id/status', access: 'programme.write', ok: 200, target: anApplication, request: (_t, _c, id) => send('POST', `/api/scholarships/${id}/status`, { version: 1, status: 'under_review' }) },
  { route: 'POST /api/scholarships/:id/outcome', access: 'programme.write', ok: 200, target: completed, request: (_t, _c, id) => send('POST', `/api/scholarships/${id}/outcome`, { version: 1, outcome: 'employed', outcomeOn: todayIso() }) },
  { route: 'POST /api/scholarships/:id/disbursements', access: 'programme.write', ok: 200, target: inTraining, request: (_t, _c, id) => send('POST', `/api/scholarships/${id}/disbursements`, { paidOn: todayIso(), amount: 150 }) },
  { route: 'POST /api/scholarships/:id/check-ins', access: 'programme.write', ok: 200, target: inTraining, request: (_t, _c, id) => send('POST', `/api/scholarships/${id}/check-ins`, { checkedOn: todayIso(), progress: 'on_track' }) },
  { route: 'POST /api/scholarships/:id/certificates', access: 'programme.write', ok: 200, target: inTraining, request: (_t, _c, id) => ({ method: 'POST', url: `/api/scholarships/${id}/certificates`, ...certificate() }) },
];
