import {
  ZAddHouseholdMemberRequest, ZArchiveRequest, ZCreateHouseholdRequest, ZHousehold, ZHouseholdMemberParams, ZHouseholdSummary,
  ZHouseholdsQuery, ZIdParams, ZPage, ZUpdateHouseholdMemberRequest, ZUpdateHouseholdRequest,
} from '@homeward/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { withScopedData, type ScopedData } from '../../platform/access/scoped-data.js';
import { actorOf } from '../../platform/http/access.js';
import type { Services } from '../../platform/services.js';
import { addMember } from './add-member.js';
import { archiveHousehold } from './archive-household.js';
import { createHousehold } from './create-household.js';
import { loadHousehold } from './queries.js';
import { searchHouseholds } from './search-households.js';
import { updateHousehold } from './update-household.js';
import { updateMember } from './update-member.js';

export function registerHouseholdRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['households'];
  const scoped = <R>(request: FastifyRequest, work: (data: ScopedData) => Promise<R>) => withScopedData(services.db, actorOf(request), work);

  r.get('/api/households', {
    config: { access: 'person.read' },
    schema: { tags, summary: "Find households by name or a member's name (paged)", querystring: ZHouseholdsQuery, response: { 200: ZPage(ZHouseholdSummary) } },
  }, (request) => scoped(request, (data) => searchHouseholds(data, request.query)));

  r.post('/api/households', {
    config: { access: 'person.write' },
    schema: { tags, summary: 'Register a household and the people living in it', body: ZCreateHouseholdRequest, response: { 201: ZHousehold } },
  }, async (request, reply) => {
    const household = await scoped(request, async (data) => loadHousehold(data, await createHousehold(data, request.body)));
    return reply.status(201).send(household);
  });

  r.get('/api/households/:id', {
    config: { access: 'person.read' },
    schema: { tags, summary: 'One household with its members, past and present', params: ZIdParams, response: { 200: ZHousehold } },
  }, (request) => scoped(request, (data) => loadHousehold(data, request.params.id)));

  r.patch('/api/households/:id', {
    config: { access: 'person.write' },
    schema: { tags, summary: "Edit a household's details (send the version you edited; 409 if it changed)", params: ZIdParams, body: ZUpdateHouseholdRequest, response: { 200: ZHousehold } },
  }, (request) => scoped(request, async (data) => {
    await updateHousehold(data, request.params.id, request.body);
    return loadHousehold(data, request.params.id);
  }));

  r.post('/api/households/:id/archive', {
    config: { access: 'person.write' },
    schema: { tags, summary: 'Archive a household (nothing is deleted)', params: ZIdParams, body: ZArchiveRequest.optional(), response: { 200: ZHousehold } },
  }, (request) => scoped(request, async (data) => {
    await archiveHousehold(data, request.params.id, request.body?.reason);
    return loadHousehold(data, request.params.id);
  }));

  r.post('/api/households/:id/members', {
    config: { access: 'person.write' },
    schema: { tags, summary: 'Add a registered person to the household', params: ZIdParams, body: ZAddHouseholdMemberRequest, response: { 201: ZHousehold } },
  }, async (request, reply) => {
    const household = await scoped(request, async (data) => {
      await addMember(data, request.params.id, request.body);
      return loadHousehold(data, request.params.id);
    });
    return reply.status(201).send(household);
  });

  r.patch('/api/households/:id/members/:memberId', {
    config: { access: 'person.write' },
    schema: { tags, summary: "Change a member's relationship or headship, or record that they left", params: ZHouseholdMemberParams, body: ZUpdateHouseholdMemberRequest, response: { 200: ZHousehold } },
  }, (request) => scoped(request, async (data) => {
    await updateMember(data, request.params.id, request.params.memberId, request.body);
    return loadHousehold(data, request.params.id);
  }));
}
