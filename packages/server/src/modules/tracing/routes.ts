import {
  ZChangeTracingStatusRequest, ZCreateTracingAttemptRequest, ZCreateTracingRequest, ZIdParams, ZRecordFoundRelativeRequest, ZTracingAttempt, ZTracingRequest,
  ZUpdateTracingRequest,
} from '@homeward/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withScopedData } from '../../platform/access/scoped-data.js';
import { actorOf } from '../../platform/http/access.js';
import type { Services } from '../../platform/services.js';
import { addTracingAttempt } from './add-tracing-attempt.js';
import { changeTracingStatus } from './change-tracing-status.js';
import { createTracingRequest } from './create-tracing-request.js';
import { listCaseTracingRequests, listTracingAttempts, loadTracingAttempt, loadTracingRequest } from './queries.js';
import { recordFoundRelative } from './record-found-relative.js';
import { updateTracingRequest } from './update-tracing-request.js';

/** Family tracing work on a case: requests, attempts, status, the relative found. (The matcher registers its own routes.) */
export function registerTracingRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['tracing'];
  const scoped = <T>(request: Parameters<typeof actorOf>[0], work: Parameters<typeof withScopedData<T>>[2]) => withScopedData(services.db, actorOf(request), work);

  r.get('/api/cases/:id/tracing-requests', {
    config: { access: 'case.read' },
    schema: { tags, summary: "A case's tracing requests, each with its timeline of attempts and status changes", params: ZIdParams, response: { 200: z.array(ZTracingRequest) } },
  }, (request) => scoped(request, (data) => listCaseTracingRequests(data, request.params.id)));

  r.post('/api/cases/:id/tracing-requests', {
    config: { access: 'case.write' },
    schema: { tags, summary: 'Open a tracing request: who is sought and what is known', params: ZIdParams, body: ZCreateTracingRequest, response: { 201: ZTracingRequest } },
  }, async (request, reply) => {
    const created = await scoped(request, async (data) => loadTracingRequest(data, await createTracingRequest(data, request.params.id, request.body)));
    return reply.status(201).send(created);
  });

  r.get('/api/tracing-requests/:id', {
    config: { access: 'case.read' },
    schema: { tags, summary: 'One tracing request with its timeline', params: ZIdParams, response: { 200: ZTracingRequest } },
  }, (request) => scoped(request, (data) => loadTracingRequest(data, request.params.id)));

  r.patch('/api/tracing-requests/:id', {
    config: { access: 'case.write' },
    schema: { tags, summary: 'Correct or add to what is known of the person sought', params: ZIdParams, body: ZUpdateTracingRequest, response: { 200: ZTracingRequest } },
  }, (request) => scoped(request, async (data) => {
    await updateTracingRequest(data, request.params.id, request.body);
    return loadTracingRequest(data, request.params.id);
  }));

  r.get('/api/tracing-requests/:id/attempts', {
    config: { access: 'case.read' },
    schema: { tags, summary: "A request's attempts, oldest first", params: ZIdParams, response: { 200: z.array(ZTracingAttempt) } },
  }, (request) => scoped(request, (data) => listTracingAttempts(data, request.params.id)));

  r.post('/api/tracing-requests/:id/attempts', {
    config: { access: 'case.write' },
    schema: { tags, summary: 'Record an attempt: day, method, place, person contacted, outcome', params: ZIdParams, body: ZCreateTracingAttemptRequest, response: { 201: ZTracingAttempt } },
  }, async (request, reply) => {
    const attempt = await scoped(request, async (data) => loadTracingAttempt(data, await addTracingAttempt(data, request.params.id, request.body)));
    return reply.status(201).send(attempt);
  });

  r.post('/api/tracing-requests/:id/status', {
    config: { access: 'case.write' },
    schema: { tags, summary: 'Change the status (found needs the person found)', params: ZIdParams, body: ZChangeTracingStatusRequest, response: { 200: ZTracingRequest } },
  }, (request) => scoped(request, async (data) => {
    await changeTracingStatus(data, request.params.id, request.body);
    return loadTracingRequest(data, request.params.id);
  }));

  r.post('/api/tracing-requests/:id/found', {
    config: { access: 'case.write' },
    schema: {
      tags, summary: 'Record the relative found in one step: existing or new person, kin link, household member, request found',
      params: ZIdParams, body: ZRecordFoundRelativeRequest, response: { 200: ZTracingRequest },
    },
  }, (request) => scoped(request, async (data) => {
    await recordFoundRelative(data, request.params.id, request.body);
    return loadTracingRequest(data, request.params.id);
  }));
}
