import {
  ZAddGroupMemberRequest, ZArchiveVersionRequest, ZAttendanceRequest, ZCreateGroupRequest, ZEndGroupMemberRequest, ZGroup, ZGroupMeetingParams, ZGroupMemberParams, ZGroupSummary,
  ZIdParams, ZIncludeArchivedQuery, ZJoinNetworkRequest, ZLeaver, ZLeaverOutcomes, ZLeaversQuery, ZLeaverSummary, ZNetworkFigures, ZOutreach, ZPage, ZRecordCheckInRequest,
  ZRecordGroupMeetingRequest, ZRecordOutreachRequest, ZUpdateGroupMeetingRequest, ZUpdateLeaverRequest,
} from '@homeward/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withScopedData, type ScopedData } from '../../platform/access/scoped-data.js';
import { actorOf } from '../../platform/http/access.js';
import type { Services } from '../../platform/services.js';
import { archiveGroupMeeting, endGroupMember, updateGroupMeeting } from './correct-group.js';
import { listGroups, listOutreach, loadGroup } from './group-queries.js';
import { addGroupMember, createGroup, recordGroupMeeting, saveGroupAttendance } from './groups.js';
import { joinNetwork, updateLeaver } from './join-network.js';
import { loadLeaver, networkFigures, searchLeavers } from './leaver-queries.js';
import { leaverOutcomes } from './outcomes.js';
import { recordCheckIn } from './record-check-in.js';
import { recordOutreach } from './record-outreach.js';

/** The Care Leavers' Network: members and their outcome check-ins, groups and meetings, outreach visits. */
export function registerLeaverRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['care leavers'];
  const scoped = <R>(request: FastifyRequest, work: (data: ScopedData) => Promise<R>) => withScopedData(services.db, actorOf(request), work);
  const read = { access: 'programme.read' } as const;
  const write = { access: 'programme.write' } as const;

  r.get('/api/leavers', { config: read, schema: { tags, summary: 'Network members (paged); struggling=true lists who needs help', querystring: ZLeaversQuery, response: { 200: ZPage(ZLeaverSummary) } } },
    (request) => scoped(request, (data) => searchLeavers(data, request.query)));
  r.get('/api/leavers/figures', { config: read, schema: { tags, summary: 'Care leavers by housing and work, struggling, outreach reach', response: { 200: ZNetworkFigures } } },
    (request) => scoped(request, (data) => networkFigures(data)));

  r.get('/api/leavers/outcomes', { config: read, schema: { tags, summary: 'Outcomes at 12 and 24 months after leaving care: the latest check-in in each window, counted', response: { 200: ZLeaverOutcomes } } },
    (request) => scoped(request, (data) => leaverOutcomes(data)));
  r.post('/api/leavers', { config: write, schema: { tags, summary: 'A care leaver joins the network', body: ZJoinNetworkRequest, response: { 201: ZLeaver } } },
    async (request, reply) => reply.status(201).send(await scoped(request, async (data) => loadLeaver(data, await joinNetwork(data, request.body)))));
  r.get('/api/leavers/:id', { config: read, schema: { tags, summary: 'One member with contact details, check-ins and groups', params: ZIdParams, response: { 200: ZLeaver } } },
    (request) => scoped(request, (data) => loadLeaver(data, request.params.id)));
  r.patch('/api/leavers/:id', { config: write, schema: { tags, summary: "Change a member's status or shared contact details (send the version)", params: ZIdParams, body: ZUpdateLeaverRequest, response: { 200: ZLeaver } } },
    (request) => scoped(request, async (data) => {
      await updateLeaver(data, request.params.id, request.body);
      return loadLeaver(data, request.params.id);
    }));
  r.post('/api/leavers/:id/check-ins', { config: write, schema: { tags, summary: 'Record an outcome check-in', params: ZIdParams, body: ZRecordCheckInRequest, response: { 201: ZLeaver } } },
    async (request, reply) => reply.status(201).send(await scoped(request, async (data) => {
      await recordCheckIn(data, request.params.id, request.body);
      return loadLeaver(data, request.params.id);
    })));

  r.get('/api/leaver-groups', { config: read, schema: { tags, summary: 'Network groups', response: { 200: z.array(ZGroupSummary) } } },
    (request) => scoped(request, (data) => listGroups(data)));
  r.post('/api/leaver-groups', { config: write, schema: { tags, summary: 'Start a group (small group, big-group gathering, Bible study …)', body: ZCreateGroupRequest, response: { 201: ZGroup } } },
    async (request, reply) => reply.status(201).send(await scoped(request, async (data) => loadGroup(data, await createGroup(data, request.body)))));
  r.get('/api/leaver-groups/:id', { config: read, schema: { tags, summary: 'One group: members, meetings with attendance, figures (archived meetings with includeArchived=true)', params: ZIdParams, querystring: ZIncludeArchivedQuery, response: { 200: ZGroup } } },
    (request) => scoped(request, (data) => loadGroup(data, request.params.id, request.query.includeArchived === 'true')));
  r.post('/api/leaver-groups/:id/members', { config: write, schema: { tags, summary: 'A network member joins the group', params: ZIdParams, body: ZAddGroupMemberRequest, response: { 201: ZGroup } } },
    async (request, reply) => reply.status(201).send(await scoped(request, async (data) => {
      await addGroupMember(data, request.params.id, request.body);
      return loadGroup(data, request.params.id);
    })));
  r.post('/api/leaver-groups/:id/meetings', { config: write, schema: { tags, summary: 'Record a group meeting', params: ZIdParams, body: ZRecordGroupMeetingRequest, response: { 201: ZGroup } } },
    async (request, reply) => reply.status(201).send(await scoped(request, async (data) => {
      await recordGroupMeeting(data, request.params.id, request.body);
      return loadGroup(data, request.params.id);
    })));
  r.put('/api/leaver-groups/:id/meetings/:meetingId/attendance', { config: write, schema: { tags, summary: 'Replace who came to a group meeting', params: ZGroupMeetingParams, body: ZAttendanceRequest, response: { 200: ZGroup } } },
    (request) => scoped(request, async (data) => {
      await saveGroupAttendance(data, request.params.id, request.params.meetingId, request.body);
      return loadGroup(data, request.params.id);
    }));

  r.post('/api/leaver-groups/:id/members/:memberId/leave', { config: write, schema: { tags, summary: 'A member leaves the group (kept as history)', params: ZGroupMemberParams, body: ZEndGroupMemberRequest, response: { 200: ZGroup } } },
    (request) => scoped(request, async (data) => {
      await endGroupMember(data, request.params.id, request.params.memberId, request.body);
      return loadGroup(data, request.params.id);
    }));

  r.patch('/api/leaver-groups/:id/meetings/:meetingId', { config: write, schema: { tags, summary: "Correct a meeting's day, topic or notes (send the version; 409 if it changed)", params: ZGroupMeetingParams, body: ZUpdateGroupMeetingRequest, response: { 200: ZGroup } } },
    (request) => scoped(request, async (data) => {
      await updateGroupMeeting(data, request.params.id, request.params.meetingId, request.body);
      return loadGroup(data, request.params.id);
    }));

  r.post('/api/leaver-groups/:id/meetings/:meetingId/archive', { config: write, schema: { tags, summary: 'Archive a meeting recorded by mistake (kept, left out of lists and figures)', params: ZGroupMeetingParams, body: ZArchiveVersionRequest, response: { 200: ZGroup } } },
    (request) => scoped(request, async (data) => {
      await archiveGroupMeeting(data, request.params.id, request.params.meetingId, request.body);
      return loadGroup(data, request.params.id);
    }));

  r.get('/api/leaver-outreach', { config: read, schema: { tags, summary: 'Outreach visits to centres', response: { 200: z.array(ZOutreach) } } },
    (request) => scoped(request, (data) => listOutreach(data)));
  r.post('/api/leaver-outreach', { config: write, schema: { tags, summary: 'Record an outreach visit to a centre', body: ZRecordOutreachRequest, response: { 201: z.array(ZOutreach) } } },
    async (request, reply) => reply.status(201).send(await scoped(request, async (data) => {
      await recordOutreach(data, request.body);
      return listOutreach(data);
    })));
}
