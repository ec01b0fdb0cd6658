import type { Role } from '@homeward/core';
import { scopeSpecs } from '../platform/access/scoped-data.js';
import type { TestApp } from '../test/harness.js';
import { get, send, type MatrixRow, type Placement, type Where } from '../test/matrix.js';
import { today } from './casework/test-support.js';
import { trainingEventSpec } from './centres/event-tables.js';
import { centreInput, insertCentre, insertMilestone, insertTraining, outreachInput, trainingInput } from './centres/test-support.js';

/*
 * Centres in transition. Targets are centres in the placement's caseload (its team and adviser).
 * A partner sees only the centres linked to their account: a centre created in the partner's own
 * placement is linked to them (so they read it, 200), every other centre is a 404. Training events
 * are the organisation's, but a partner sees only those a person of their centre took part in.
 */
type Target = NonNullable<MatrixRow['target']>;
const isPartner = (w: Where) => w.caller?.role === 'partner';
/** A centre in `w`; in a partner's own placement, linked to that partner. */
async function centreIn(t: TestApp, w: Where): Promise<string> {
  const id = await insertCentre(t, w);
  if (isPartner(w)) await t.services.db.insertInto('centre_user').values({ user_id: w.caller!.id, centre_id: id, organisation_id: w.organisationId }).execute();
  return id;
}
const partnersOwn = (role: Role, placement: Placement) => (role === 'partner' ? placement === 'own' : undefined);
const aCentre: Target = { spec: scopeSpecs.centre, create: centreIn, visible: partnersOwn };
// A milestone target carries both ids: the centre's is looked up from the milestone.
const milestoneOf = async (t: TestApp, id: string) =>
  (await t.services.db.selectFrom('centre_milestone').select('centre_id').where('id', '=', id).executeTakeFirst())?.centre_id ?? crypto.randomUUID();
const aMilestone: Target = { spec: scopeSpecs.centre, create: async (t: TestApp, w: Where) => insertMilestone(t, await centreIn(t, w)), visible: partnersOwn };

// A training event belongs to the organisation; in a partner's own placement a person of their
// centre took part. A participant target carries the event's id through a lookup.
async function trainingIn(t: TestApp, w: Where): Promise<{ eventId: string; participantId: string }> {
  const ids = await insertTraining(t, w.organisationId);
  if (isPartner(w)) await t.services.db.updateTable('training_participant').set({ centre_id: await centreIn(t, w) }).where('id', '=', ids.participantId).execute();
  return ids;
}
const aTraining: Target = { spec: trainingEventSpec, create: async (t: TestApp, w: Where) => (await trainingIn(t, w)).eventId, visible: partnersOwn };
const aParticipant: Target = { spec: trainingEventSpec, create: async (t: TestApp, w: Where) => (await trainingIn(t, w)).participantId, visible: partnersOwn };
const eventOf = async (t: TestApp, id: string) =>
  (await t.services.db.selectFrom('training_participant').select('event_id').where('id', '=', id).executeTakeFirst())?.event_id ?? crypto.randomUUID();
const aUser: Target = { spec: scopeSpecs.app_user, create: async (t: TestApp, w: Where) => (await t.user({ role: 'partner', organisationId: w.organisationId, signIn: false })).id };

export const centresMatrix: MatrixRow[] = [
  { route: 'GET /api/centres/board', access: 'centre.read', ok: 200, request: () => get('/api/centres/board?province=12') },
  { route: 'GET /api/centres/dashboard', access: 'organisation.read', ok: 200, request: () => get('/api/centres/dashboard') },
  { route: 'GET /api/trainings', access: 'centre.read', ok: 200, request: () => get('/api/trainings') },
  { route: 'POST /api/trainings', access: 'centre.write', ok: 201, request: () => send('POST', '/api/trainings', trainingInput()) },
  { route: 'GET /api/trainings/:id', access: 'centre.read', ok: 200, target: aTraining, request: (_t, _c, id) => get(`/api/trainings/${id}`) },
  { route: 'PUT /api/trainings/:id', access: 'centre.write', ok: 200, target: aTraining, request: (_t, _c, id) => send('PUT', `/api/trainings/${id}`, { ...trainingInput(), version: 1 }) },
  {
    route: 'POST /api/trainings/:id/participants', access: 'centre.write', ok: 201, target: aTraining,
    request: (_t, _c, id) => send('POST', `/api/trainings/${id}/participants`, { name: 'Walk-in', sex: 'male', audience: 'rcc_staff', walkIn: true }),
  },
  {
    route: 'PATCH /api/trainings/:id/participants/:participantId', access: 'centre.write', ok: 200, target: aParticipant,
    request: async (t, _c, id) => send('PATCH', `/api/trainings/${await eventOf(t, id!)}/participants/${id}`, { preScore: 40, postScore: 75 }),
  },
  {
    route: 'PUT /api/trainings/:id/attendance', access: 'centre.write', ok: 200, target: aTraining,
    request: (_t, _c, id) => send('PUT', `/api/trainings/${id}/attendance`, { day: today(), present: [] }),
  },
  { route: 'GET /api/outreach-events', access: 'centre.read', ok: 200, request: () => get('/api/outreach-events') },
  { route: 'POST /api/outreach-events', access: 'centre.write', ok: 201, request: () => send('POST', '/api/outreach-events', outreachInput()) },
  { route: 'GET /api/users/:id/centres', access: 'user.read', ok: 200, target: aUser, request: (_t, _c, id) => get(`/api/users/${id}/centres`) },
  { route: 'PUT /api/users/:id/centres', access: 'user.manage', ok: 200, target: aUser, request: (_t, _c, id) => send('PUT', `/api/users/${id}/centres`, { centreIds: [] }) },
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

