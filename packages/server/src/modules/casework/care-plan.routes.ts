import {
  ZCarePlan, ZCarePlanAction, ZCreateCarePlanRequest, ZIdParams, ZListTasksQuery, ZSubmitCarePlanRequest, ZApproval, ZTaskPage,
  ZUpdateCarePlanActionRequest, ZUpdateCarePlanRequest, todayIso,
} from '@homeward/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withScopedData } from '../../platform/access/scoped-data.js';
import { actorOf } from '../../platform/http/access.js';
import type { Services } from '../../platform/services.js';
import { loadApproval } from './approval-queries.js';
import { loadCarePlan, loadCarePlans, presentAction } from './care-plan-queries.js';
import { createCarePlan } from './create-care-plan.js';
import { listTasks } from './list-tasks.js';
import { submitCarePlan } from './submit-care-plan.js';
import { updateCarePlanAction } from './update-care-plan-action.js';
import { updateCarePlan } from './update-care-plan.js';

export function registerCarePlanRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['care plans'];

  r.get('/api/cases/:id/care-plans', {
    config: { access: 'case.read' },
    schema: { tags, summary: "A case's care plans with goals and actions, newest first", params: ZIdParams, response: { 200: z.array(ZCarePlan) } },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) => {
    await data.get('case_file', request.params.id);
    return loadCarePlans(data, { caseId: request.params.id });
  }));

  r.post('/api/cases/:id/care-plans', {
    config: { access: 'case.write' },
    schema: { tags, summary: 'Start a draft care plan', params: ZIdParams, body: ZCreateCarePlanRequest, response: { 201: ZCarePlan } },
  }, async (request, reply) => {
    const plan = await withScopedData(services.db, actorOf(request), async (data) => loadCarePlan(data, await createCarePlan(data, request.params.id, request.body)));
    return reply.status(201).send(plan);
  });

  r.patch('/api/care-plans/:id', {
    config: { access: 'case.write' },
    schema: { tags, summary: 'Edit a draft or sent-back care plan (optimistic: send the version you saw)', params: ZIdParams, body: ZUpdateCarePlanRequest, response: { 200: ZCarePlan } },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) => {
    await updateCarePlan(data, request.params.id, request.body);
    return loadCarePlan(data, request.params.id);
  }));

  r.post('/api/care-plans/:id/submit', {
    config: { access: 'case.write' },
    schema: { tags, summary: 'Send a care plan to the supervisor for approval', params: ZIdParams, body: ZSubmitCarePlanRequest, response: { 201: ZApproval } },
  }, async (request, reply) => {
    const approval = await withScopedData(services.db, actorOf(request), async (data) => loadApproval(data, await submitCarePlan(data, request.params.id, request.body)));
    return reply.status(201).send(approval);
  });

  r.patch('/api/care-plan-actions/:id', {
    config: { access: 'case.write' },
    schema: { tags, summary: 'Mark a task done, cancelled or open again', params: ZIdParams, body: ZUpdateCarePlanActionRequest, response: { 200: ZCarePlanAction } },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) => {
    await updateCarePlanAction(data, request.params.id, request.body);
    return presentAction(await data.get('care_plan_action', request.params.id), todayIso());
  }));

  r.get('/api/tasks', {
    config: { access: 'case.read' },
    schema: { tags, summary: 'Open tasks with due dates in my caseload (a supervisor: the team), with their overdue state', querystring: ZListTasksQuery, response: { 200: ZTaskPage } },
  }, (request) => withScopedData(services.db, actorOf(request), (data) => listTasks(data, request.query)));
}
