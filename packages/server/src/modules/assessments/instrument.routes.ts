import { ZIdParams, ZInstrument, ZInstrumentInput, ZInstrumentSummary, ZListInstrumentsQuery, ZOk, ZUpdateInstrumentRequest } from '@homeward/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withScopedData } from '../../platform/access/scoped-data.js';
import { actorOf } from '../../platform/http/access.js';
import type { Services } from '../../platform/services.js';
import { createInstrument } from './create-instrument.js';
import { getInstrument, listInstruments } from './instrument-queries.js';
import { publishInstrument, reviseInstrument } from './publish-instrument.js';
import { deleteInstrument, updateInstrument } from './update-instrument.js';

/** Instruments: anyone who may read assessments reads them; administrators build and version them. */
export function registerInstrumentRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['instruments'];

  r.get('/api/instruments', {
    config: { access: 'assessment.read' },
    schema: { tags, summary: "Instruments shipped with Homeward and my organisation's own (current versions, or all)", querystring: ZListInstrumentsQuery, response: { 200: z.array(ZInstrumentSummary) } },
  }, (request) => withScopedData(services.db, actorOf(request), (data) => listInstruments(data, request.query)));

  r.get('/api/instruments/:id', {
    config: { access: 'assessment.read' },
    schema: { tags, summary: 'One instrument version with its whole definition', params: ZIdParams, response: { 200: ZInstrument } },
  }, (request) => withScopedData(services.db, actorOf(request), (data) => getInstrument(data, request.params.id)));

  r.post('/api/instruments', {
    config: { access: 'instrument.manage' },
    schema: { tags, summary: 'A new instrument of my organisation, as a draft version 1', body: ZInstrumentInput, response: { 201: ZInstrument } },
  }, async (request, reply) => {
    const instrument = await withScopedData(services.db, actorOf(request), async (data) => getInstrument(data, await createInstrument(data, request.body)));
    return reply.status(201).send(instrument);
  });

  r.put('/api/instruments/:id', {
    config: { access: 'instrument.manage' },
    schema: { tags, summary: 'Edit a draft version (a published one is revised into a new version)', params: ZIdParams, body: ZUpdateInstrumentRequest, response: { 200: ZInstrument } },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) => {
    await updateInstrument(data, request.params.id, request.body);
    return getInstrument(data, request.params.id);
  }));

  r.post('/api/instruments/:id/publish', {
    config: { access: 'instrument.manage' },
    schema: { tags, summary: 'Publish a draft; the version published before it is retired', params: ZIdParams, response: { 200: ZInstrument } },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) => {
    await publishInstrument(data, request.params.id);
    return getInstrument(data, request.params.id);
  }));

  r.post('/api/instruments/:id/revise', {
    config: { access: 'instrument.manage' },
    schema: { tags, summary: 'Start the next version of a published instrument, as a draft copy', params: ZIdParams, response: { 201: ZInstrument } },
  }, async (request, reply) => {
    const instrument = await withScopedData(services.db, actorOf(request), async (data) => getInstrument(data, await reviseInstrument(data, request.params.id)));
    return reply.status(201).send(instrument);
  });

  r.delete('/api/instruments/:id', {
    config: { access: 'instrument.manage' },
    schema: { tags, summary: 'Delete a draft version that was never published', params: ZIdParams, response: { 200: ZOk } },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) => {
    await deleteInstrument(data, request.params.id);
    return { ok: true as const };
  }));
}
