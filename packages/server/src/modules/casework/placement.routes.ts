import { ZCentreOption, ZCentreOptionsQuery, ZEndPlacementRequest, ZIdParams, ZPlacement, ZProposePlacementRequest, ZProposePlacementResponse, ZUpdatePlacementRequest } from '@homeward/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withScopedData } from '../../platform/access/scoped-data.js';
import { actorOf } from '../../platform/http/access.js';
import type { Services } from '../../platform/services.js';
import { loadApproval } from './approval-queries.js';
import { listCentreOptions } from './centre-options.js';
import { endPlacement } from './end-placement.js';
import { listPlacements, loadPlacement } from './placement-queries.js';
import { proposePlacement } from './propose-placement.js';
import { updatePlacement } from './update-placement.js';

export function registerPlacementRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['placements'];

  r.get('/api/placement-centres', {
    config: { access: 'case.write' },
    schema: { tags, summary: "The organisation's open centres a child may be placed in, by name in either script (at most 20)", querystring: ZCentreOptionsQuery, response: { 200: z.array(ZCentreOption) } },
  }, (request) => withScopedData(services.db, actorOf(request), (data) => listCentreOptions(data, request.query.q)));

  r.get('/api/cases/:id/placements', {
    config: { access: 'case.read' },
    schema: { tags, summary: "A case's placements, the whole history", params: ZIdParams, response: { 200: z.array(ZPlacement) } },
  }, (request) => withScopedData(services.db, actorOf(request), (data) => listPlacements(data, request.params.id)));

  r.post('/api/cases/:id/placements', {
    config: { access: 'case.write' },
    schema: { tags, summary: 'Propose a placement (needs an approved care plan); it is sent for approval', params: ZIdParams, body: ZProposePlacementRequest, response: { 201: ZProposePlacementResponse } },
  }, async (request, reply) => {
    const result = await withScopedData(services.db, actorOf(request), async (data) => {
      const { placementId, approvalId } = await proposePlacement(data, request.params.id, request.body);
      return { placement: await loadPlacement(data, placementId), approval: await loadApproval(data, approvalId) };
    });
    return reply.status(201).send(result);
  });

  r.patch('/api/placements/:id', {
    config: { access: 'case.write' },
    schema: { tags, summary: 'Attach the signed agreement or edit the notes of a placement', params: ZIdParams, body: ZUpdatePlacementRequest, response: { 200: ZPlacement } },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) => {
    await updatePlacement(data, request.params.id, request.body);
    return loadPlacement(data, request.params.id);
  }));

  r.post('/api/placements/:id/end', {
    config: { access: 'case.write' },
    schema: { tags, summary: 'End an active placement', params: ZIdParams, body: ZEndPlacementRequest, response: { 200: ZPlacement } },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) => {
    await endPlacement(data, request.params.id, request.body);
    return loadPlacement(data, request.params.id);
  }));
}
