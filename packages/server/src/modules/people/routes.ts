import {
  ZArchiveRequest, ZCreatePersonRequest, ZCreatePersonResponse, ZCreateRelationRequest, ZDuplicateCheckRequest, ZDuplicateCheckResponse,
  ZIdParams, ZPage, ZPeopleQuery, ZPerson, ZPersonSummary, ZRelationParams, ZUpdatePersonRequest,
} from '@homeward/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { withScopedData, type ScopedData } from '../../platform/access/scoped-data.js';
import { actorOf } from '../../platform/http/access.js';
import type { Services } from '../../platform/services.js';
import { archivePerson } from './archive-person.js';
import { findDuplicates } from './find-duplicates.js';
import { loadPerson } from './queries.js';
import { registerPerson } from './register-person.js';
import { addRelation } from './add-relation.js';
import { archiveRelation } from './archive-relation.js';
import { searchPeople } from './search-people.js';
import { updatePerson } from './update-person.js';

export function registerPeopleRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['people'];
  const scoped = <R>(request: FastifyRequest, work: (data: ScopedData) => Promise<R>) => withScopedData(services.db, actorOf(request), work);

  r.get('/api/people', {
    config: { access: 'person.read' },
    schema: { tags, summary: 'Find people by name in Khmer or Latin script (paged)', querystring: ZPeopleQuery, response: { 200: ZPage(ZPersonSummary) } },
  }, (request) => scoped(request, (data) => searchPeople(data, request.query)));

  r.post('/api/people', {
    config: { access: 'person.write' },
    schema: { tags, summary: 'Register a child or adult; answers possible duplicates too', body: ZCreatePersonRequest, response: { 201: ZCreatePersonResponse } },
  }, async (request, reply) => {
    const person = await scoped(request, async (data) => {
      const id = await registerPerson(data, request.body);
      const possibleDuplicates = await findDuplicates(data, { ...request.body, excludeId: id });
      return { ...(await loadPerson(data, id)), possibleDuplicates };
    });
    return reply.status(201).send(person);
  });

  r.post('/api/people/duplicates', {
    config: { access: 'person.read' },
    schema: { tags, summary: 'People in my scope who may be the person being registered', body: ZDuplicateCheckRequest, response: { 200: ZDuplicateCheckResponse } },
  }, (request) => scoped(request, async (data) => ({ candidates: await findDuplicates(data, request.body) })));

  r.get('/api/people/:id', {
    config: { access: 'person.read' },
    schema: { tags, summary: 'One person with names, documents, households and kin', params: ZIdParams, response: { 200: ZPerson } },
  }, (request) => scoped(request, (data) => loadPerson(data, request.params.id)));

  r.patch('/api/people/:id', {
    config: { access: 'person.write' },
    schema: { tags, summary: 'Edit a person (send the version you edited; 409 if it changed)', params: ZIdParams, body: ZUpdatePersonRequest, response: { 200: ZPerson } },
  }, (request) => scoped(request, async (data) => {
    await updatePerson(data, request.params.id, request.body);
    return loadPerson(data, request.params.id);
  }));

  r.post('/api/people/:id/archive', {
    config: { access: 'person.write' },
    schema: { tags, summary: 'Archive a person (nothing is deleted)', params: ZIdParams, body: ZArchiveRequest.optional(), response: { 200: ZPerson } },
  }, (request) => scoped(request, async (data) => {
    await archivePerson(data, request.params.id, request.body?.reason);
    return loadPerson(data, request.params.id);
  }));

  r.post('/api/people/:id/relations', {
    config: { access: 'person.write' },
    schema: { tags, summary: 'Record a relative outside the household', params: ZIdParams, body: ZCreateRelationRequest, response: { 201: ZPerson } },
  }, async (request, reply) => {
    const person = await scoped(request, async (data) => {
      await addRelation(data, request.params.id, request.body);
      return loadPerson(data, request.params.id);
    });
    return reply.status(201).send(person);
  });

  r.post('/api/people/:id/relations/:relationId/archive', {
    config: { access: 'person.write' },
    schema: { tags, summary: 'End a relation (archived, never deleted)', params: ZRelationParams, response: { 200: ZPerson } },
  }, (request) => scoped(request, async (data) => {
    await archiveRelation(data, request.params.id, request.params.relationId);
    return loadPerson(data, request.params.id);
  }));
}
