import { ZCaseworkerHome, ZCreateServiceRequest, ZIdParams, ZListNotificationsQuery, ZNotificationPage, ZOk, ZServiceRecord, ZSupervisorHome } from '@homeward/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withScopedData } from '../../platform/access/scoped-data.js';
import { actorOf } from '../../platform/http/access.js';
import type { Services } from '../../platform/services.js';
import { caseworkerHome } from './caseworker-home.js';
import { listNotifications, readAllNotifications, readNotification } from './notifications.js';
import { recordService } from './record-service.js';
import { listServices } from './service-queries.js';
import { supervisorHome } from './supervisor-home.js';

/** Services provided, my notifications, and the two home summaries. */
export function registerServiceNotificationHomeRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/cases/:id/services', {
    config: { access: 'case.read' },
    schema: { tags: ['services'], summary: 'Services the child and family received (confidential notes hidden from roles without confidential.read)', params: ZIdParams, response: { 200: z.array(ZServiceRecord) } },
  }, (request) => withScopedData(services.db, actorOf(request), (data) => listServices(data, request.params.id)));

  r.post('/api/cases/:id/services', {
    config: { access: 'case.write' },
    schema: { tags: ['services'], summary: 'Record a service provided', params: ZIdParams, body: ZCreateServiceRequest, response: { 201: ZServiceRecord } },
  }, async (request, reply) => {
    const record = await withScopedData(services.db, actorOf(request), (data) => recordService(data, request.params.id, request.body));
    return reply.status(201).send(record);
  });

  r.get('/api/notifications', {
    config: { access: 'signed-in' },
    schema: { tags: ['notifications'], summary: 'My notifications, newest first, with the unread count', querystring: ZListNotificationsQuery, response: { 200: ZNotificationPage } },
  }, (request) => withScopedData(services.db, actorOf(request), (data) => listNotifications(data, request.query)));

  r.post('/api/notifications/:id/read', {
    config: { access: 'signed-in' },
    schema: { tags: ['notifications'], summary: 'Mark one of my notifications read', params: ZIdParams, response: { 200: ZOk } },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) => {
    await readNotification(data, request.params.id);
    return { ok: true as const };
  }));

  r.post('/api/notifications/read-all', {
    config: { access: 'signed-in' },
    schema: { tags: ['notifications'], summary: 'Mark all my notifications read', response: { 200: ZOk } },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) => {
    await readAllNotifications(data);
    return { ok: true as const };
  }));

  r.get('/api/home/caseworker', {
    config: { access: 'case.read' },
    schema: { tags: ['home'], summary: 'My open cases by stage, visits and tasks due today or overdue, my requests waiting', response: { 200: ZCaseworkerHome } },
  }, (request) => withScopedData(services.db, actorOf(request), (data) => caseworkerHome(data)));

  r.get('/api/home/supervisor', {
    config: { access: 'case.approve' },
    schema: { tags: ['home'], summary: "The team's caseload per caseworker, overdue work, approvals waiting", response: { 200: ZSupervisorHome } },
  }, (request) => withScopedData(services.db, actorOf(request), (data) => supervisorHome(data)));
}
