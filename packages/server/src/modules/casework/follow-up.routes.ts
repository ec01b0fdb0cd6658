import { ZFollowUp, ZFollowUpPage, ZIdParams, ZListFollowUpsQuery, ZMissFollowUpRequest, ZRecordFollowUpRequest, ZRescheduleFollowUpRequest } from '@homeward/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withScopedData } from '../../platform/access/scoped-data.js';
import { actorOf } from '../../platform/http/access.js';
import type { Services } from '../../platform/services.js';
import { listCaseFollowUps, listFollowUps, loadFollowUp } from './follow-up-queries.js';
import { missFollowUp } from './miss-follow-up.js';
import { recordFollowUp } from './record-follow-up.js';
import { rescheduleFollowUp } from './reschedule-follow-up.js';

export function registerFollowUpRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['follow-ups'];

  r.get('/api/cases/:id/follow-ups', {
    config: { access: 'case.read' },
    schema: { tags, summary: "A case's follow-up visits, with rescheduling history", params: ZIdParams, response: { 200: z.array(ZFollowUp) } },
  }, (request) => withScopedData(services.db, actorOf(request), (data) => listCaseFollowUps(data, request.params.id)));

  r.get('/api/follow-ups', {
    config: { access: 'case.read' },
    schema: { tags, summary: 'Follow-up visits in my caseload (a supervisor: the team), due, overdue, done or missed', querystring: ZListFollowUpsQuery, response: { 200: ZFollowUpPage } },
  }, (request) => withScopedData(services.db, actorOf(request), (data) => listFollowUps(data, request.query)));

  r.post('/api/follow-ups/:id/record', {
    config: { access: 'case.write' },
    schema: { tags, summary: 'Record a visit: progress on the plan, new concerns, wellbeing', params: ZIdParams, body: ZRecordFollowUpRequest, response: { 200: ZFollowUp } },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) => {
    await recordFollowUp(data, request.params.id, request.body);
    return loadFollowUp(data, request.params.id);
  }));

  r.post('/api/follow-ups/:id/miss', {
    config: { access: 'case.write' },
    schema: { tags, summary: 'Record that a visit did not happen, and why', params: ZIdParams, body: ZMissFollowUpRequest, response: { 200: ZFollowUp } },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) => {
    await missFollowUp(data, request.params.id, request.body);
    return loadFollowUp(data, request.params.id);
  }));

  r.post('/api/follow-ups/:id/reschedule', {
    config: { access: 'case.write' },
    schema: { tags, summary: 'Move a visit to another day; the old one is kept, pointing to the new', params: ZIdParams, body: ZRescheduleFollowUpRequest, response: { 201: ZFollowUp } },
  }, async (request, reply) => {
    const visit = await withScopedData(services.db, actorOf(request), async (data) => loadFollowUp(data, await rescheduleFollowUp(data, request.params.id, request.body)));
    return reply.status(201).send(visit);
  });
}
