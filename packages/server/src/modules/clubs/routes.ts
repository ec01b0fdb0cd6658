import {
  ZAddClubMemberRequest, ZArchiveVersionRequest, ZAttendanceRequest, ZClub, ZClubElectionParams, ZClubMeeting, ZClubMeetingParams, ZClubMemberParams, ZClubsQuery, ZClubSummary,
  ZCreateClubRequest, ZEndClubMemberRequest, ZIdParams, ZIncludeArchivedQuery, ZPage, ZRecordClubMeetingRequest, ZRecordElectionRequest, ZUpdateClubMeetingRequest,
  ZUpdateClubRequest, ZUpdateElectionRequest,
} from '@homeward/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { withScopedData, type ScopedData } from '../../platform/access/scoped-data.js';
import { actorOf } from '../../platform/http/access.js';
import type { Services } from '../../platform/services.js';
import { loadClub, loadClubMeeting, searchClubs } from './club-queries.js';
import { archiveElection, updateElection } from './correct-election.js';
import { archiveClubMeeting, updateClubMeeting } from './correct-meeting.js';
import { createClub } from './create-club.js';
import { recordClubMeeting, saveClubAttendance } from './meetings.js';
import { addClubMember, endClubMember } from './members.js';
import { recordElection } from './record-election.js';
import { updateClub } from './update-club.js';

/** Youth clubs in centres: members, elections and committee, meetings with attendance. */
export function registerClubRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['clubs'];
  const scoped = <R>(request: FastifyRequest, work: (data: ScopedData) => Promise<R>) => withScopedData(services.db, actorOf(request), work);

  r.get('/api/clubs', {
    config: { access: 'programme.read' },
    schema: { tags, summary: 'Youth clubs the caller supports or whose centre is theirs (paged)', querystring: ZClubsQuery, response: { 200: ZPage(ZClubSummary) } },
  }, (request) => scoped(request, (data) => searchClubs(data, request.query)));

  r.post('/api/clubs', {
    config: { access: 'programme.write' },
    schema: { tags, summary: 'Start a youth club in a centre', body: ZCreateClubRequest, response: { 201: ZClub } },
  }, async (request, reply) => reply.status(201).send(await scoped(request, async (data) => loadClub(data, await createClub(data, request.body)))));

  r.get('/api/clubs/:id', {
    config: { access: 'programme.read' },
    schema: { tags, summary: 'One club: members, committee, elections, meetings and figures (archived meetings and elections with includeArchived=true)', params: ZIdParams, querystring: ZIncludeArchivedQuery, response: { 200: ZClub } },
  }, (request) => scoped(request, (data) => loadClub(data, request.params.id, request.query.includeArchived === 'true')));

  r.patch('/api/clubs/:id', {
    config: { access: 'programme.write' },
    schema: { tags, summary: "Edit a club's name, schedule, notes or facilitator (send the version; 409 if it changed)", params: ZIdParams, body: ZUpdateClubRequest, response: { 200: ZClub } },
  }, (request) => scoped(request, async (data) => {
    await updateClub(data, request.params.id, request.body);
    return loadClub(data, request.params.id);
  }));

  r.post('/api/clubs/:id/members', {
    config: { access: 'programme.write' },
    schema: { tags, summary: 'A young person joins the club', params: ZIdParams, body: ZAddClubMemberRequest, response: { 201: ZClub } },
  }, async (request, reply) => reply.status(201).send(await scoped(request, async (data) => {
    await addClubMember(data, request.params.id, request.body);
    return loadClub(data, request.params.id);
  })));

  r.post('/api/clubs/:id/members/:memberId/leave', {
    config: { access: 'programme.write' },
    schema: { tags, summary: 'A member leaves the club (kept as history)', params: ZClubMemberParams, body: ZEndClubMemberRequest, response: { 200: ZClub } },
  }, (request) => scoped(request, async (data) => {
    await endClubMember(data, request.params.id, request.params.memberId, request.body);
    return loadClub(data, request.params.id);
  }));

  r.post('/api/clubs/:id/elections', {
    config: { access: 'programme.write' },
    schema: { tags, summary: 'Record an election: positions, candidates, votes, who was elected, the term', params: ZIdParams, body: ZRecordElectionRequest, response: { 201: ZClub } },
  }, async (request, reply) => reply.status(201).send(await scoped(request, async (data) => {
    await recordElection(data, request.params.id, request.body);
    return loadClub(data, request.params.id);
  })));

  r.post('/api/clubs/:id/meetings', {
    config: { access: 'programme.write' },
    schema: { tags, summary: 'Record a meeting: agenda, activities, decisions', params: ZIdParams, body: ZRecordClubMeetingRequest, response: { 201: ZClubMeeting } },
  }, async (request, reply) => reply.status(201).send(await scoped(request, async (data) =>
    loadClubMeeting(data, request.params.id, await recordClubMeeting(data, request.params.id, request.body)))));

  r.get('/api/clubs/:id/meetings/:meetingId', {
    config: { access: 'programme.read' },
    schema: { tags, summary: 'One meeting with who was present', params: ZClubMeetingParams, response: { 200: ZClubMeeting } },
  }, (request) => scoped(request, (data) => loadClubMeeting(data, request.params.id, request.params.meetingId)));

  r.put('/api/clubs/:id/meetings/:meetingId/attendance', {
    config: { access: 'programme.write' },
    schema: { tags, summary: 'Replace who was present at a meeting', params: ZClubMeetingParams, body: ZAttendanceRequest, response: { 200: ZClubMeeting } },
  }, (request) => scoped(request, async (data) => {
    await saveClubAttendance(data, request.params.id, request.params.meetingId, request.body);
    return loadClubMeeting(data, request.params.id, request.params.meetingId);
  }));

  r.patch('/api/clubs/:id/elections/:electionId', {
    config: { access: 'programme.write' },
    schema: { tags, summary: "Correct an election's dates, notes or results (send the version; 409 if it changed)", params: ZClubElectionParams, body: ZUpdateElectionRequest, response: { 200: ZClub } },
  }, (request) => scoped(request, async (data) => {
    await updateElection(data, request.params.id, request.params.electionId, request.body);
    return loadClub(data, request.params.id);
  }));

  r.post('/api/clubs/:id/elections/:electionId/archive', {
    config: { access: 'programme.write' },
    schema: { tags, summary: 'Archive an election recorded by mistake (kept, no longer gives the committee)', params: ZClubElectionParams, body: ZArchiveVersionRequest, response: { 200: ZClub } },
  }, (request) => scoped(request, async (data) => {
    await archiveElection(data, request.params.id, request.params.electionId, request.body);
    return loadClub(data, request.params.id);
  }));

  r.patch('/api/clubs/:id/meetings/:meetingId', {
    config: { access: 'programme.write' },
    schema: { tags, summary: "Correct a meeting's day, agenda, activities or decisions (send the version; 409 if it changed)", params: ZClubMeetingParams, body: ZUpdateClubMeetingRequest, response: { 200: ZClubMeeting } },
  }, (request) => scoped(request, async (data) => {
    await updateClubMeeting(data, request.params.id, request.params.meetingId, request.body);
    return loadClubMeeting(data, request.params.id, request.params.meetingId);
  }));

  r.post('/api/clubs/:id/meetings/:meetingId/archive', {
    config: { access: 'programme.write' },
    schema: { tags, summary: 'Archive a meeting recorded by mistake (kept, left out of lists and figures)', params: ZClubMeetingParams, body: ZArchiveVersionRequest, response: { 200: ZClub } },
  }, (request) => scoped(request, async (data) => {
    await archiveClubMeeting(data, request.params.id, request.params.meetingId, request.body);
    return loadClub(data, request.params.id);
  }));
}
