import { scopeSpecs } from '../platform/access/scoped-data.js';
import type { TestApp } from '../test/harness.js';
import { get, send, type MatrixRow, type Where } from '../test/matrix.js';
import { centreFor, insertGroup, insertGroupMeeting, insertLeaver } from './leavers/test-support.js';

/*
 * The Care Leavers' Network. Members and groups belong to a team and a staff facilitator like a
 * caseload; a partner has no network records (they have no centre column), a viewer no access.
 */
type Target = NonNullable<MatrixRow['target']>;
const aLeaver: Target = { spec: scopeSpecs.leaver_member, create: (t: TestApp, w: Where) => insertLeaver(t, w) };
const aGroup: Target = { spec: scopeSpecs.leaver_group, create: (t: TestApp, w: Where) => insertGroup(t, w) };
const aMeeting: Target = { spec: scopeSpecs.leaver_group, create: async (t: TestApp, w: Where) => insertGroupMeeting(t, await insertGroup(t, w)) };
const groupOf = async (t: TestApp, meetingId: string) =>
  (await t.services.db.selectFrom('leaver_meeting').select('group_id').where('id', '=', meetingId).executeTakeFirst())?.group_id ?? crypto.randomUUID();
const checkIn = { checkedOn: '2025-06-01', housing: 'stable', education: 'vocational', work: 'employed', idDocuments: 'complete', health: 'good', supportNetwork: 'some', wellbeing: 4 };

export const leaversMatrix: MatrixRow[] = [
  { route: 'GET /api/leavers', access: 'programme.read', ok: 200, request: () => get('/api/leavers') },
  { route: 'GET /api/leavers/figures', access: 'programme.read', ok: 200, request: () => get('/api/leavers/figures') },
  { route: 'GET /api/leavers/outcomes', access: 'programme.read', ok: 200, request: () => get('/api/leavers/outcomes') },
  {
    route: 'POST /api/leavers', access: 'programme.write', ok: 201,
    request: async (t, c) => send('POST', '/api/leavers', { personId: !c.organisationId ? crypto.randomUUID() : await t.child({ organisationId: c.organisationId, teamId: c.teamIds[0] ?? null, ownerId: c.id }), joinedOn: '2025-01-01' }),
  },
  { route: 'GET /api/leavers/:id', access: 'programme.read', ok: 200, target: aLeaver, request: (_t, _c, id) => get(`/api/leavers/${id}`) },
  { route: 'PATCH /api/leavers/:id', access: 'programme.write', ok: 200, target: aLeaver, request: (_t, _c, id) => send('PATCH', `/api/leavers/${id}`, { version: 1, status: 'inactive' }) },
  { route: 'POST /api/leavers/:id/check-ins', access: 'programme.write', ok: 201, target: aLeaver, request: (_t, _c, id) => send('POST', `/api/leavers/${id}/check-ins`, checkIn) },
  { route: 'GET /api/leaver-groups', access: 'programme.read', ok: 200, request: () => get('/api/leaver-groups') },
  { route: 'POST /api/leaver-groups', access: 'programme.write', ok: 201, request: () => send('POST', '/api/leaver-groups', { name: 'Group', kind: 'small_group' }) },
  { route: 'GET /api/leaver-groups/:id', access: 'programme.read', ok: 200, target: aGroup, request: (_t, _c, id) => get(`/api/leaver-groups/${id}`) },
  {
    route: 'POST /api/leaver-groups/:id/members', access: 'programme.write', ok: 400, target: aGroup,
    // A fresh person is not a network member, so an allowed caller in scope is refused (400).
    request: (_t, _c, id) => send('POST', `/api/leaver-groups/${id}/members`, { personId: crypto.randomUUID(), joinedOn: '2025-01-01' }),
  },
  { route: 'POST /api/leaver-groups/:id/meetings', access: 'programme.write', ok: 201, target: aGroup, request: (_t, _c, id) => send('POST', `/api/leaver-groups/${id}/meetings`, { heldOn: '2025-05-01' }) },
  {
    route: 'PUT /api/leaver-groups/:id/meetings/:meetingId/attendance', access: 'programme.write', ok: 200, target: aMeeting,
    request: async (t, _c, id) => ({ method: 'PUT', url: `/api/leaver-groups/${await groupOf(t, id!)}/meetings/${id}/attendance`, payload: { presentIds: [] } }),
  },
  {
    route: 'POST /api/leaver-groups/:id/members/:memberId/leave', access: 'programme.write', ok: 404, target: aGroup,
    // No member with that id: an allowed caller on a group in scope still gets 404 for the member.
    request: (_t, _c, id) => send('POST', `/api/leaver-groups/${id}/members/${crypto.randomUUID()}/leave`, { leftOn: '2025-02-01' }),
  },
  {
    route: 'PATCH /api/leaver-groups/:id/meetings/:meetingId', access: 'programme.write', ok: 200, target: aMeeting,
    request: async (t, _c, id) => send('PATCH', `/api/leaver-groups/${await groupOf(t, id!)}/meetings/${id}`, { version: 1, topic: 'Renting a room' }),
  },
  {
    route: 'POST /api/leaver-groups/:id/meetings/:meetingId/archive', access: 'programme.write', ok: 200, target: aMeeting,
    request: async (t, _c, id) => send('POST', `/api/leaver-groups/${await groupOf(t, id!)}/meetings/${id}/archive`, { version: 1 }),
  },
  { route: 'GET /api/leaver-outreach', access: 'programme.read', ok: 200, request: () => get('/api/leaver-outreach') },
  {
    route: 'POST /api/leaver-outreach', access: 'programme.write', ok: 201,
    request: async (t, c) => send('POST', '/api/leaver-outreach', {
      centreId: !c.organisationId ? crypto.randomUUID() : await centreFor(t, { organisationId: c.organisationId, teamId: c.teamIds[0] ?? null, ownerId: c.id }), visitedOn: '2025-05-01', youngPeople: 12, visitorIds: [],
    }),
  },
];
