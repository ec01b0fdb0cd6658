import { scopeSpecs } from '../platform/access/scoped-data.js';
import type { TestApp } from '../test/harness.js';
import { get, send, type MatrixRow, type Where } from '../test/matrix.js';
import { insertCentre } from './centres/test-support.js';
import { insertClub, insertClubElection, insertClubMeeting } from './clubs/test-support.js';

/*
 * Youth clubs. Targets are clubs in the placement's caseload (its team and facilitator); a
 * partner sees only their own centre's club, and matrix partners have no centre, so they see none.
 */
type Target = NonNullable<MatrixRow['target']>;
const aClub: Target = { spec: scopeSpecs.youth_club, create: (t: TestApp, w: Where) => insertClub(t, w) };
// A meeting target carries both ids: the club's is looked up from the meeting.
const clubOf = async (t: TestApp, meetingId: string) =>
  (await t.services.db.selectFrom('youth_club_meeting').select('club_id').where('id', '=', meetingId).executeTakeFirst())?.club_id ?? crypto.randomUUID();
const aMeeting: Target = { spec: scopeSpecs.youth_club, create: async (t: TestApp, w: Where) => insertClubMeeting(t, await insertClub(t, w)) };
const anElection: Target = { spec: scopeSpecs.youth_club, create: async (t: TestApp, w: Where) => insertClubElection(t, await insertClub(t, w)) };
const clubOfElection = async (t: TestApp, electionId: string) =>
  (await t.services.db.selectFrom('youth_club_election').select('club_id').where('id', '=', electionId).executeTakeFirst())?.club_id ?? crypto.randomUUID();

export const clubsMatrix: MatrixRow[] = [
  { route: 'GET /api/clubs', access: 'programme.read', ok: 200, request: () => get('/api/clubs') },
  {
    route: 'POST /api/clubs', access: 'programme.write', ok: 201,
    // Signed out there is no organisation to put a centre in; any id does.
    request: async (t, c) => send('POST', '/api/clubs', { centreId: c.organisationId ? await insertCentre(t, { organisationId: c.organisationId, teamId: c.teamIds[0] ?? null, ownerId: c.id }) : crypto.randomUUID(), name: 'Club' }),
  },
  { route: 'GET /api/clubs/:id', access: 'programme.read', ok: 200, target: aClub, request: (_t, _c, id) => get(`/api/clubs/${id}`) },
  { route: 'PATCH /api/clubs/:id', access: 'programme.write', ok: 200, target: aClub, request: (_t, _c, id) => send('PATCH', `/api/clubs/${id}`, { version: 1, meetingSchedule: 'Sundays' }) },
  {
    route: 'POST /api/clubs/:id/members', access: 'programme.write', ok: 201, target: aClub,
    request: async (t, _c, id) => {
      const club = await t.services.db.selectFrom('youth_club').select(['organisation_id', 'team_id', 'facilitator_id']).where('id', '=', id!).executeTakeFirst();
      const personId = club ? await t.child({ organisationId: club.organisation_id, teamId: club.team_id, ownerId: club.facilitator_id! }) : crypto.randomUUID();
      return send('POST', `/api/clubs/${id}/members`, { personId, joinedOn: '2025-01-01' });
    },
  },
  {
    route: 'POST /api/clubs/:id/members/:memberId/leave', access: 'programme.write', ok: 404, target: aClub,
    // No member with that id: an allowed caller on a club in scope still gets 404 for the member.
    request: (_t, _c, id) => send('POST', `/api/clubs/${id}/members/${crypto.randomUUID()}/leave`, { leftOn: '2025-02-01' }),
  },
  {
    route: 'POST /api/clubs/:id/elections', access: 'programme.write', ok: 400, target: aClub,
    // The club has no members, so every allowed caller in scope is refused the candidate (400).
    request: (_t, _c, id) => send('POST', `/api/clubs/${id}/elections`, { heldOn: '2025-01-01', termStartsOn: '2025-01-01', candidates: [{ position: 'president', personId: crypto.randomUUID(), elected: true }] }),
  },
  { route: 'POST /api/clubs/:id/meetings', access: 'programme.write', ok: 201, target: aClub, request: (_t, _c, id) => send('POST', `/api/clubs/${id}/meetings`, { heldOn: '2025-03-01', agenda: 'Plan' }) },
  {
    route: 'GET /api/clubs/:id/meetings/:meetingId', access: 'programme.read', ok: 200, target: aMeeting,
    request: async (t, _c, id) => get(`/api/clubs/${await clubOf(t, id!)}/meetings/${id}`),
  },
  {
    route: 'PUT /api/clubs/:id/meetings/:meetingId/attendance', access: 'programme.write', ok: 200, target: aMeeting,
    request: async (t, _c, id) => ({ method: 'PUT', url: `/api/clubs/${await clubOf(t, id!)}/meetings/${id}/attendance`, payload: { presentIds: [] } }),
  },
  {
    route: 'PATCH /api/clubs/:id/meetings/:meetingId', access: 'programme.write', ok: 200, target: aMeeting,
    request: async (t, _c, id) => send('PATCH', `/api/clubs/${await clubOf(t, id!)}/meetings/${id}`, { version: 1, decisions: 'Corrected' }),
  },
  {
    route: 'POST /api/clubs/:id/meetings/:meetingId/archive', access: 'programme.write', ok: 200, target: aMeeting,
    request: async (t, _c, id) => send('POST', `/api/clubs/${await clubOf(t, id!)}/meetings/${id}/archive`, { version: 1 }),
  },
  {
    route: 'PATCH /api/clubs/:id/elections/:electionId', access: 'programme.write', ok: 200, target: anElection,
    request: async (t, _c, id) => send('PATCH', `/api/clubs/${await clubOfElection(t, id!)}/elections/${id}`, { version: 1, notes: 'Count corrected' }),
  },
  {
    route: 'POST /api/clubs/:id/elections/:electionId/archive', access: 'programme.write', ok: 200, target: anElection,
    request: async (t, _c, id) => send('POST', `/api/clubs/${await clubOfElection(t, id!)}/elections/${id}/archive`, { version: 1 }),
  },
];
