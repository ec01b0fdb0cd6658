import {
  ZChangeLegalMatterStatusRequest, ZCounsellingSession, ZCreateCounsellingSessionRequest, ZCreateLegalMatterRequest, ZIdParams, ZLegalMatter, ZPersonCounselling,
} from '@homeward/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { withScopedData, type ScopedData } from '../../platform/access/scoped-data.js';
import { actorOf } from '../../platform/http/access.js';
import type { Services } from '../../platform/services.js';
import { changeLegalMatterStatus } from './change-matter-status.js';
import { loadLegalMatter, loadSession, personCounselling } from './queries.js';
import { openLegalMatter, recordSession } from './record-session.js';

/**
 * Counselling and legal advice. Reading needs only programme.read: programme staff may know a
 * session took place; the notes themselves go only to roles with counselling.read.
 */
export function registerCounsellingRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['counselling'];
  const scoped = <T>(request: FastifyRequest, work: (data: ScopedData) => Promise<T>) => withScopedData(services.db, actorOf(request), work);

  r.get('/api/people/:id/counselling', {
    config: { access: 'programme.read' },
    schema: { tags, summary: "A young person's counselling sessions and legal matters (notes only for roles allowed them)", params: ZIdParams, response: { 200: ZPersonCounselling } },
  }, (request) => scoped(request, (data) => personCounselling(data, request.params.id)));

  r.post('/api/people/:id/counselling-sessions', {
    config: { access: 'counselling.write' },
    schema: { tags, summary: 'Record a counselling or legal-advice session', params: ZIdParams, body: ZCreateCounsellingSessionRequest, response: { 201: ZCounsellingSession } },
  }, async (request, reply) => {
    const session = await scoped(request, async (data) => loadSession(data, await recordSession(data, request.params.id, request.body)));
    return reply.status(201).send(session);
  });

  r.get('/api/counselling-sessions/:id', {
    config: { access: 'programme.read' },
    schema: { tags, summary: 'One session (notes only for roles allowed them)', params: ZIdParams, response: { 200: ZCounsellingSession } },
  }, (request) => scoped(request, (data) => loadSession(data, request.params.id)));

  r.post('/api/people/:id/legal-matters', {
    config: { access: 'counselling.write' },
    schema: { tags, summary: 'Open a legal matter: ID card, birth-certificate correction, school transfer papers, other', params: ZIdParams, body: ZCreateLegalMatterRequest, response: { 201: ZLegalMatter } },
  }, async (request, reply) => {
    const matter = await scoped(request, async (data) => loadLegalMatter(data, await openLegalMatter(data, request.params.id, request.body)));
    return reply.status(201).send(matter);
  });

  r.get('/api/legal-matters/:id', {
    config: { access: 'programme.read' },
    schema: { tags, summary: 'One legal matter with its status history', params: ZIdParams, response: { 200: ZLegalMatter } },
  }, (request) => scoped(request, (data) => loadLegalMatter(data, request.params.id)));

  r.post('/api/legal-matters/:id/status', {
    config: { access: 'counselling.write' },
    schema: { tags, summary: 'Move a legal matter towards resolution', params: ZIdParams, body: ZChangeLegalMatterStatusRequest, response: { 200: ZLegalMatter } },
  }, (request) => scoped(request, async (data) => {
    await changeLegalMatterStatus(data, request.params.id, request.body);
    return loadLegalMatter(data, request.params.id);
  }));
}
