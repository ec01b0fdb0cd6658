import {
  ZAddActivityRequest, ZAddCentreCountRequest, ZAddMilestoneRequest, ZCentre, ZCentreChildren, ZCentresQuery, ZCentreSummary, ZCreateCentreRequest,
  ZIdParams, ZMilestoneParams, ZMoveCentreStageRequest, ZOverdueMilestone, ZPage, ZTimelineEntry, ZUpdateCentreRequest, ZUpdateMilestoneRequest,
  ZUpdateTransitionRequest,
} from '@homeward/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withScopedData, type ScopedData } from '../../platform/access/scoped-data.js';
import { actorOf } from '../../platform/http/access.js';
import type { Services } from '../../platform/services.js';
import { addActivity } from './add-activity.js';
import { addCount } from './add-count.js';
import { centreTimeline, loadCentre, loadCentreChildren, overdueMilestones, searchCentres } from './centre-queries.js';
import { createCentre } from './create-centre.js';
import { registerCentreEventRoutes } from './event-routes.js';
import { addMilestone, updateMilestone } from './milestones.js';
import { moveStage } from './move-stage.js';
import { updateCentre } from './update-centre.js';
import { updateTransition } from './update-transition.js';

/** Residential care centres in transition: registry, counts, transition, milestones, activities. */
export function registerCentreRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['centres'];
  const scoped = <R>(request: FastifyRequest, work: (data: ScopedData) => Promise<R>) => withScopedData(services.db, actorOf(request), work);

  r.get('/api/centres', {
    config: { access: 'centre.read' },
    schema: { tags, summary: 'Find centres by name (either script), stage and province (paged)', querystring: ZCentresQuery, response: { 200: ZPage(ZCentreSummary) } },
  }, (request) => scoped(request, (data) => searchCentres(data, request.query)));

  r.get('/api/centres/milestones/overdue', {
    config: { access: 'centre.read' },
    schema: { tags, summary: "Open transition milestones past their due date on the caller's centres", response: { 200: z.array(ZOverdueMilestone) } },
  }, (request) => scoped(request, (data) => overdueMilestones(data)));

  r.post('/api/centres', {
    config: { access: 'centre.write' },
    schema: { tags, summary: 'Register a centre (its transition starts at engagement)', body: ZCreateCentreRequest, response: { 201: ZCentre } },
  }, async (request, reply) => {
    const centre = await scoped(request, async (data) => loadCentre(data, await createCentre(data, request.body)));
    return reply.status(201).send(centre);
  });

  r.get('/api/centres/:id', {
    config: { access: 'centre.read' },
    schema: { tags, summary: 'One centre with its transition, counts, stage history, milestones and activities', params: ZIdParams, response: { 200: ZCentre } },
  }, (request) => scoped(request, (data) => loadCentre(data, request.params.id)));

  r.patch('/api/centres/:id', {
    config: { access: 'centre.write' },
    schema: { tags, summary: "Edit a centre's registry facts (send the version you edited; 409 if it changed)", params: ZIdParams, body: ZUpdateCentreRequest, response: { 200: ZCentre } },
  }, (request) => scoped(request, async (data) => {
    await updateCentre(data, request.params.id, request.body);
    return loadCentre(data, request.params.id);
  }));

  r.post('/api/centres/:id/counts', {
    config: { access: 'centre.write' },
    schema: { tags, summary: 'Record the children (by sex) and staff on a date', params: ZIdParams, body: ZAddCentreCountRequest, response: { 201: ZCentre } },
  }, async (request, reply) => {
    const centre = await scoped(request, async (data) => {
      await addCount(data, request.params.id, request.body);
      return loadCentre(data, request.params.id);
    });
    return reply.status(201).send(centre);
  });

  r.patch('/api/centres/:id/transition', {
    config: { access: 'centre.write' },
    schema: { tags, summary: "The transition's end goal, risks, and the director's and donor's positions", params: ZIdParams, body: ZUpdateTransitionRequest, response: { 200: ZCentre } },
  }, (request) => scoped(request, async (data) => {
    await updateTransition(data, request.params.id, request.body);
    return loadCentre(data, request.params.id);
  }));

  r.post('/api/centres/:id/transition/stage', {
    config: { access: 'centre.write' },
    schema: { tags, summary: 'Move the transition to another stage, with a reason (kept in the history)', params: ZIdParams, body: ZMoveCentreStageRequest, response: { 200: ZCentre } },
  }, (request) => scoped(request, async (data) => {
    await moveStage(data, request.params.id, request.body);
    return loadCentre(data, request.params.id);
  }));

  r.post('/api/centres/:id/milestones', {
    config: { access: 'centre.write' },
    schema: { tags, summary: 'Add a milestone to the transition plan', params: ZIdParams, body: ZAddMilestoneRequest, response: { 201: ZCentre } },
  }, async (request, reply) => {
    const centre = await scoped(request, async (data) => {
      await addMilestone(data, request.params.id, request.body);
      return loadCentre(data, request.params.id);
    });
    return reply.status(201).send(centre);
  });

  r.patch('/api/centres/:id/milestones/:milestoneId', {
    config: { access: 'centre.write' },
    schema: { tags, summary: 'Complete, cancel or reopen a milestone', params: ZMilestoneParams, body: ZUpdateMilestoneRequest, response: { 200: ZCentre } },
  }, (request) => scoped(request, async (data) => {
    await updateMilestone(data, request.params.id, request.params.milestoneId, request.body);
    return loadCentre(data, request.params.id);
  }));

  r.post('/api/centres/:id/activities', {
    config: { access: 'centre.write' },
    schema: { tags, summary: 'Log a support activity with the centre', params: ZIdParams, body: ZAddActivityRequest, response: { 201: ZCentre } },
  }, async (request, reply) => {
    const centre = await scoped(request, async (data) => {
      await addActivity(data, request.params.id, request.body);
      return loadCentre(data, request.params.id);
    });
    return reply.status(201).send(centre);
  });

  r.get('/api/centres/:id/children', {
    config: { access: 'person.read' },
    schema: { tags, summary: "The centre's children (ever placed there) and what became of them", params: ZIdParams, response: { 200: ZCentreChildren } },
  }, (request) => scoped(request, (data) => loadCentreChildren(data, request.params.id)));

  r.get('/api/centres/:id/timeline', {
    config: { access: 'centre.read' },
    schema: { tags, summary: 'Everything that happened with the centre, newest first', params: ZIdParams, response: { 200: z.array(ZTimelineEntry) } },
  }, (request) => scoped(request, (data) => centreTimeline(data, request.params.id)));

  registerCentreEventRoutes(app, services);
}
