import {
  ZAcceptTransferRequest, ZCaseTransfer, ZDeclineTransferRequest, ZIdParams, ZListTransfersQuery, ZPage, ZRequestTransferRequest, ZTransferDestination,
} from '@homeward/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withScopedData, type ScopedData } from '../../platform/access/scoped-data.js';
import { actorOf } from '../../platform/http/access.js';
import type { Services } from '../../platform/services.js';
import { acceptTransfer } from './accept-transfer.js';
import { declineTransfer } from './decline-transfer.js';
import { listTransfers, transferDestinations } from './list-transfers.js';
import { requestTransfer } from './request-transfer.js';
import { incomingTransfers } from './transfer-access.js';
import { presentTransfer, selectTransfers } from './transfer-queries.js';

const outgoing = async (data: ScopedData, id: string) =>
  presentTransfer(await selectTransfers(data.tx, data.selectFrom('case_transfer').selectAll().where('id', '=', id).as('tr')).executeTakeFirstOrThrow());
const incoming = async (data: ScopedData, id: string) => {
  const source = data.actor.scope === 'all' ? data.tx.selectFrom('case_transfer').selectAll() : incomingTransfers(data);
  return presentTransfer(await selectTransfers(data.tx, source.where('id', '=', id).as('tr')).executeTakeFirstOrThrow());
};

/** Transfers of a case to another organisation on the instance: ask, list, accept, decline. */
export function registerTransferRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];
  const scoped = <R>(request: Parameters<typeof actorOf>[0], work: (data: ScopedData) => Promise<R>) => withScopedData(services.db, actorOf(request), work);

  r.post('/api/cases/:id/transfers', {
    config: { access: 'case.transfer' },
    schema: { tags, summary: 'Offer the case to another organisation, under a recorded consent', params: ZIdParams, body: ZRequestTransferRequest, response: { 201: ZCaseTransfer } },
  }, async (request, reply) => {
    const transfer = await scoped(request, async (data) => outgoing(data, await requestTransfer(data, request.params.id, request.body)));
    return reply.status(201).send(transfer);
  });

  r.get('/api/case-transfers', {
    config: { access: 'case.transfer' },
    schema: { tags, summary: 'Transfers offered to my organisation (incoming) or asked from my cases (outgoing)', querystring: ZListTransfersQuery, response: { 200: ZPage(ZCaseTransfer) } },
  }, (request) => scoped(request, (data) => listTransfers(data, request.query)));

  r.get('/api/case-transfers/destinations', {
    config: { access: 'case.transfer' },
    schema: { tags, summary: 'Organisations a case may be transferred to', response: { 200: z.array(ZTransferDestination) } },
  }, (request) => scoped(request, (data) => transferDestinations(data)));

  r.post('/api/case-transfers/:id/accept', {
    config: { access: 'case.transfer' },
    schema: { tags, summary: 'Accept a transfer: a new case here, the sending case closes', params: ZIdParams, body: ZAcceptTransferRequest, response: { 200: ZCaseTransfer } },
  }, (request) => scoped(request, async (data) => {
    await acceptTransfer(data, request.params.id, request.body);
    return incoming(data, request.params.id);
  }));

  r.post('/api/case-transfers/:id/decline', {
    config: { access: 'case.transfer' },
    schema: { tags, summary: 'Decline a transfer, saying why', params: ZIdParams, body: ZDeclineTransferRequest, response: { 200: ZCaseTransfer } },
  }, (request) => scoped(request, async (data) => {
    await declineTransfer(data, request.params.id, request.body.comment);
    return incoming(data, request.params.id);
  }));
}
