import { scopeSpecs } from '../platform/access/scoped-data.js';
import type { TestApp } from '../test/harness.js';
import { get, send, type MatrixRow, type Where } from '../test/matrix.js';
import { today } from './casework/test-support.js';
import { centreInput, insertCentre, insertMilestone } from './centres/test-support.js';

/*
 * Centres in transition. Targets are centres in the placement's caseload (its team and adviser);
 * a partner sees only their own centre, and no partner has one yet, so they see none.
 */
type Target = NonNullable<MatrixRow['target']>;
const aCentre: Target = { spec: scopeSpecs.centre, create: (t: TestApp, w: Where) => insertCentre(t, w) };
// A milestone target carries both ids: the centre's is looked up from the milestone.
const milestoneOf = async (t: TestApp, id: string) =>
  (await t.services.db.selectFrom('centre_milestone').select('centre_id').where('id', '=', id).executeTakeFirst())?.centre_id ?? crypto.randomUUID();
const aMilestone: Target = { spec: scopeSpecs.centre, create: async (t: TestApp, w: Where) => insertMilestone(t, await insertCentre(t, w)) };

export const centresMatrix: MatrixRow[] = [
  { route: 'GET /api/centres', access: 'centre.read', ok: 200, request: () => get('/api/centres') },
  { route: 'GET /api/centres/milestones/overdue', access: 'centre.read', ok: 200, request: () => get('/api/centres/milestones/overdue') },
  { route: 'POST /api/centres', access: 'centre.write', ok: 201, request: () => send('POST', '/api/centres', centreInput()) },
  { route: 'GET /api/centres/:id', access: 'centre.read', ok: 200, target: aCentre, request: (_t, _c, id) => get(`/api/centres/${id}`) },
  { route: 'PATCH /api/centres/:id', access: 'centre.write', ok: 200, target: aCentre, request: (_t, _c, id) => send('PATCH', `/api/centres/${id}`, { version: 1, capacity: 40 }) },
  { route: 'POST /api/centres/:id/counts', access: 'centre.write', ok: 201, target: aCentre, request: (_t, _c, id) => send('POST', `/api/centres/${id}/counts`, { countedOn: today(), girls: 10, boys: 12, staff: 8 }) },
  { route: 'PATCH /api/centres/:id/transition', access: 'centre.write', ok: 200, target: aCentre, request: (_t, _c, id) => send('PATCH', `/api/centres/${id}/transition`, { version: 1, risks: 'Donor may withdraw' }) },
  {
    route: 'POST /api/centres/:id/transition/stage', access: 'centre.write', ok: 200, target: aCentre,
    request: (_t, _c, id) => send('POST', `/api/centres/${id}/transition/stage`, { version: 1, toStage: 'assessment_decision', reason: 'Board agreed to assess' }),
  },
  { route: 'POST /api/centres/:id/milestones', access: 'centre.write', ok: 201, target: aCentre, request: (_t, _c, id) => send('POST', `/api/centres/${id}/milestones`, { title: 'Donor meeting' }) },
  {
    route: 'PATCH /api/centres/:id/milestones/:milestoneId', access: 'centre.write', ok: 200, target: aMilestone,
    request: async (t, _c, id) => send('PATCH', `/api/centres/${await milestoneOf(t, id!)}/milestones/${id}`, { status: 'done' }),
  },
  {
    route: 'POST /api/centres/:id/activities', access: 'centre.write', ok: 201, target: aCentre,
    request: (_t, _c, id) => send('POST', `/api/centres/${id}/activities`, { type: 'onsite_visit', activityOn: today() }),
  },
  { route: 'GET /api/centres/:id/children', access: 'person.read', ok: 200, target: aCentre, request: (_t, _c, id) => get(`/api/centres/${id}/children`) },
  { route: 'GET /api/centres/:id/timeline', access: 'centre.read', ok: 200, target: aCentre, request: (_t, _c, id) => get(`/api/centres/${id}/timeline`) },
];

