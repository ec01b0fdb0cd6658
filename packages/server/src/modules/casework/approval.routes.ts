import { ZApproval, ZApprovalPage, ZApproveRequest, ZIdParams, ZListApprovalsQuery, ZRejectRequest, ZRequestClosureRequest } from '@homeward/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withScopedData } from '../../platform/access/scoped-data.js';
import { actorOf } from '../../platform/http/access.js';
import type { Services } from '../../platform/services.js';
import { listApprovalQueue, listCaseApprovals, loadApproval } from './approval-queries.js';
import { decideApproval } from './decide-approval.js';
import { requestClosure } from './request-closure.js';

export function registerApprovalRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['approvals'];

  r.get('/api/approvals', {
    config: { access: 'case.approve' },
    schema: { tags, summary: "The supervisor's queue: requests in scope I may decide (not my own)", querystring: ZListApprovalsQuery, response: { 200: ZApprovalPage } },
  }, (request) => withScopedData(services.db, actorOf(request), (data) => listApprovalQueue(data, request.query)));

  r.post('/api/approvals/:id/approve', {
    config: { access: 'case.approve' },
    schema: { tags, summary: 'Approve a care plan, placement or closure', params: ZIdParams, body: ZApproveRequest, response: { 200: ZApproval } },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) => {
    await decideApproval(data, request.params.id, 'approved', request.body.comment);
    return loadApproval(data, request.params.id);
  }));

  r.post('/api/approvals/:id/reject', {
    config: { access: 'case.approve' },
    schema: { tags, summary: 'Send a request back, saying why', params: ZIdParams, body: ZRejectRequest, response: { 200: ZApproval } },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) => {
    await decideApproval(data, request.params.id, 'rejected', request.body.comment);
    return loadApproval(data, request.params.id);
  }));

  r.get('/api/cases/:id/approvals', {
    config: { access: 'case.read' },
    schema: { tags, summary: "A case's requests for approval and their decisions", params: ZIdParams, response: { 200: z.array(ZApproval) } },
  }, (request) => withScopedData(services.db, actorOf(request), (data) => listCaseApprovals(data, request.params.id)));

  r.post('/api/cases/:id/closure', {
    config: { access: 'case.write' },
    schema: { tags, summary: 'Ask to close a case (closes when a supervisor approves)', params: ZIdParams, body: ZRequestClosureRequest, response: { 201: ZApproval } },
  }, async (request, reply) => {
    const approval = await withScopedData(services.db, actorOf(request), async (data) => loadApproval(data, await requestClosure(data, request.params.id, request.body)));
    return reply.status(201).send(approval);
  });
}
