import {
  ZAddParticipantRequest, ZTrainingAttendanceRequest, ZCentreBoard, ZCentreBoardQuery, ZCentresDashboard, ZEvaluateParticipantRequest, ZIdParams, ZOutreachEvent,
  ZOutreachEventRequest, ZOutreachEventsQuery, ZPage, ZParticipantParams, ZTrainingEvent, ZTrainingEventRequest, ZTrainingEventsQuery, ZTrainingEventSummary,
  ZUpdateTrainingEventRequest, ZUserCentres, ZUserCentresRequest,
} from '@homeward/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { withScopedData, type ScopedData } from '../../platform/access/scoped-data.js';
import { actorOf } from '../../platform/http/access.js';
import type { Services } from '../../platform/services.js';
import { centreBoard } from './board.js';
import { centresDashboard } from './dashboard.js';
import { setUserCentres, userCentres } from './partner-centres.js';
import { loadOutreach, recordOutreach, searchOutreach } from './record-outreach.js';
import { createTraining, updateTraining } from './record-training.js';
import { addParticipant, evaluateParticipant, takeAttendance } from './training-participants.js';
import { loadTraining, searchTrainings } from './training-queries.js';

/** Training events, outreach events, partners' centres, the pipeline board and the dashboard. */
export function registerCentreEventRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['centres'];
  const scoped = <R>(request: FastifyRequest, work: (data: ScopedData) => Promise<R>) => withScopedData(services.db, actorOf(request), work);

  r.get('/api/centres/board', {
    config: { access: 'centre.read' },
    schema: { tags, summary: 'The transition pipeline: every centre in scope with its stage', querystring: ZCentreBoardQuery, response: { 200: ZCentreBoard } },
  }, (request) => scoped(request, (data) => centreBoard(data, request.query)));

  // Figures only, no record: so every role that may read its organisation sees them (a viewer too).
  r.get('/api/centres/dashboard', {
    config: { access: 'organisation.read' },
    schema: { tags, summary: 'Centres per stage and province, stage moves this quarter, children reintegrated, participants by sex', response: { 200: ZCentresDashboard } },
  }, (request) => scoped(request, (data) => centresDashboard(data)));

  r.get('/api/trainings', {
    config: { access: 'centre.read' },
    schema: { tags, summary: "The organisation's training events and study tours (paged, newest first)", querystring: ZTrainingEventsQuery, response: { 200: ZPage(ZTrainingEventSummary) } },
  }, (request) => scoped(request, (data) => searchTrainings(data, request.query)));

  r.post('/api/trainings', {
    config: { access: 'centre.write' },
    schema: { tags, summary: 'Plan a training event or study tour', body: ZTrainingEventRequest, response: { 201: ZTrainingEvent } },
  }, async (request, reply) => reply.status(201).send(await scoped(request, async (data) => loadTraining(data, await createTraining(data, request.body)))));

  r.get('/api/trainings/:id', {
    config: { access: 'centre.read' },
    schema: { tags, summary: 'One training event with participants, attendance per day and evaluation', params: ZIdParams, response: { 200: ZTrainingEvent } },
  }, (request) => scoped(request, (data) => loadTraining(data, request.params.id)));

  r.put('/api/trainings/:id', {
    config: { access: 'centre.write' },
    schema: { tags, summary: 'Edit a training event (send the version you edited; 409 if it changed)', params: ZIdParams, body: ZUpdateTrainingEventRequest, response: { 200: ZTrainingEvent } },
  }, (request) => scoped(request, async (data) => {
    await updateTraining(data, request.params.id, request.body);
    return loadTraining(data, request.params.id);
  }));

  r.post('/api/trainings/:id/participants', {
    config: { access: 'centre.write' },
    schema: { tags, summary: 'Add a participant (invited, or a walk-in on the day)', params: ZIdParams, body: ZAddParticipantRequest, response: { 201: ZTrainingEvent } },
  }, async (request, reply) => reply.status(201).send(await scoped(request, async (data) => {
    await addParticipant(data, request.params.id, request.body);
    return loadTraining(data, request.params.id);
  })));

  r.patch('/api/trainings/:id/participants/:participantId', {
    config: { access: 'centre.write' },
    schema: { tags, summary: "A participant's pre/post scores or satisfaction", params: ZParticipantParams, body: ZEvaluateParticipantRequest, response: { 200: ZTrainingEvent } },
  }, (request) => scoped(request, async (data) => {
    await evaluateParticipant(data, request.params.id, request.params.participantId, request.body);
    return loadTraining(data, request.params.id);
  }));

  r.put('/api/trainings/:id/attendance', {
    config: { access: 'centre.write' },
    schema: { tags, summary: "One day's attendance sheet (whoever is not named was absent)", params: ZIdParams, body: ZTrainingAttendanceRequest, response: { 200: ZTrainingEvent } },
  }, (request) => scoped(request, async (data) => {
    await takeAttendance(data, request.params.id, request.body);
    return loadTraining(data, request.params.id);
  }));

  r.get('/api/outreach-events', {
    config: { access: 'centre.read' },
    schema: { tags, summary: 'Community awareness and government engagement events (paged, newest first)', querystring: ZOutreachEventsQuery, response: { 200: ZPage(ZOutreachEvent) } },
  }, (request) => scoped(request, (data) => searchOutreach(data, request.query)));

  r.post('/api/outreach-events', {
    config: { access: 'centre.write' },
    schema: { tags, summary: 'Record a community awareness or government engagement event', body: ZOutreachEventRequest, response: { 201: ZOutreachEvent } },
  }, async (request, reply) => reply.status(201).send(await scoped(request, async (data) => loadOutreach(data, await recordOutreach(data, request.body)))));

  r.get('/api/users/:id/centres', {
    config: { access: 'user.read' },
    schema: { tags: ['users'], summary: 'The centres a partner account is linked to', params: ZIdParams, response: { 200: ZUserCentres } },
  }, (request) => scoped(request, (data) => userCentres(data, request.params.id)));

  r.put('/api/users/:id/centres', {
    config: { access: 'user.manage' },
    schema: { tags: ['users'], summary: 'Link a partner account to the centres it sees (replaces the links)', params: ZIdParams, body: ZUserCentresRequest, response: { 200: ZUserCentres } },
  }, (request) => scoped(request, async (data) => {
    await setUserCentres(data, request.params.id, request.body.centreIds);
    return userCentres(data, request.params.id);
  }));
}
