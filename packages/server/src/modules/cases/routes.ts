import {
  ZAssignCaseRequest, ZCase, ZCaseSummary, ZConsent, ZConsentParams, ZIdParams, ZListCasesQuery, ZMoveStageRequest, ZOpenCaseRequest, ZPage,
  ZRecordConsentRequest, ZReopenCaseRequest, ZUpdateCaseRequest, ZWithdrawConsentRequest,
} from '@homeward/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { withScopedData, type ScopedData } from '../../platform/access/scoped-data.js';
import { actorOf } from '../../platform/http/access.js';
import type { Services } from '../../platform/services.js';
import { assignCase } from './assign-case.js';
import { getCase } from './get-case.js';
import { listCases } from './list-cases.js';
import { moveStage } from './move-stage.js';
import { registerNoteRoutes } from './note-routes.js';
import { openCase } from './open-case.js';
import { recordConsent } from './record-consent.js';
import { reopenCase } from './reopen-case.js';
import { registerTransferRoutes } from './transfer-routes.js';
import { updateCase } from './update-case.js';
import { withdrawConsent } from './withdraw-consent.js';

/** The case: open, list, read, change intake, move stages, re-open, reassign, consents; notes and transfers. */
export function registerCaseRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];
  const scoped = <R>(request: Parameters<typeof actorOf>[0], work: (data: ScopedData) => Promise<R>) => withScopedData(services.db, actorOf(request), work);

  r.get('/api/cases', {
    config: { access: 'case.read' },
    schema: { tags, summary: 'Cases in my scope: filters, search by child name or number, paged', querystring: ZListCasesQuery, response: { 200: ZPage(ZCaseSummary) } },
  }, (request) => scoped(request, (data) => listCases(data, request.query)));

  r.post('/api/cases', {
    config: { access: 'case.write' },
    schema: { tags, summary: 'Open a case for a child, with the referral / intake', body: ZOpenCaseRequest, response: { 201: ZCase } },
  }, async (request, reply) => {
    const kase = await scoped(request, async (data) => getCase(data, await openCase(data, request.body)));
    return reply.status(201).send(kase);
  });

  r.get('/api/cases/:id', {
    config: { access: 'case.read' },
    schema: { tags, summary: 'One case: child, intake, stage history, consents, placement, transfers', params: ZIdParams, response: { 200: ZCase } },
  }, (request) => scoped(request, (data) => getCase(data, request.params.id)));

  r.patch('/api/cases/:id', {
    config: { access: 'case.write' },
    schema: { tags, summary: 'Change the intake or risk level (optimistic: send the version)', params: ZIdParams, body: ZUpdateCaseRequest, response: { 200: ZCase } },
  }, (request) => scoped(request, async (data) => {
    await updateCase(data, request.params.id, request.body);
    return getCase(data, request.params.id);
  }));

  r.post('/api/cases/:id/stage', {
    config: { access: 'case.write' },
    schema: { tags, summary: 'Move the case to another open stage, following the pathway rules', params: ZIdParams, body: ZMoveStageRequest, response: { 200: ZCase } },
  }, (request) => scoped(request, async (data) => {
    const { to, reason, version } = request.body;
    await moveStage(data, request.params.id, to, reason, { version });
    return getCase(data, request.params.id);
  }));

  r.post('/api/cases/:id/reopen', {
    config: { access: 'case.write' },
    schema: { tags, summary: 'Re-open a closed case, with a reason', params: ZIdParams, body: ZReopenCaseRequest, response: { 200: ZCase } },
  }, (request) => scoped(request, async (data) => {
    await reopenCase(data, request.params.id, request.body.reason);
    return getCase(data, request.params.id);
  }));

  r.post('/api/cases/:id/assign', {
    config: { access: 'case.assign' },
    schema: { tags, summary: 'Give the case (and everything under it) to another caseworker', params: ZIdParams, body: ZAssignCaseRequest, response: { 200: ZCase } },
  }, (request) => scoped(request, async (data) => {
    await assignCase(data, request.params.id, request.body);
    return getCase(data, request.params.id);
  }));

  r.post('/api/cases/:id/consents', {
    config: { access: 'case.write' },
    schema: { tags, summary: 'Record a consent: what, by whom, when, signed form', params: ZIdParams, body: ZRecordConsentRequest, response: { 201: ZConsent } },
  }, async (request, reply) => {
    const consent = await scoped(request, (data) => recordConsent(data, request.params.id, request.body));
    return reply.status(201).send(consent);
  });

  r.post('/api/cases/:id/consents/:consentId/withdraw', {
    config: { access: 'case.write' },
    schema: { tags, summary: 'Withdraw a consent (pending transfers relying on it are withdrawn)', params: ZConsentParams, body: ZWithdrawConsentRequest, response: { 200: ZConsent } },
  }, (request) => scoped(request, (data) => withdrawConsent(data, request.params.id, request.params.consentId, request.body)));

  registerNoteRoutes(app, services);
  registerTransferRoutes(app, services);
}
