import {
  ZAddCheckInRequest, ZAddDisbursementRequest, ZCreateScholarshipRequest, ZIdParams, ZMoveScholarshipRequest, ZPage, ZRecordScholarshipOutcomeRequest,
  ZScholarship, ZScholarshipFigures, ZScholarshipsQuery, ZScholarshipSummary, ZUpdateScholarshipRequest,
} from '@homeward/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { withScopedData, type ScopedData } from '../../platform/access/scoped-data.js';
import { readUpload } from '../../platform/files/uploads.js';
import { actorOf } from '../../platform/http/access.js';
import type { Services } from '../../platform/services.js';
import { addCheckIn, addDisbursement } from './add-progress.js';
import { attachCertificate } from './attach-certificate.js';
import { createScholarship, updateScholarship } from './create-scholarship.js';
import { moveScholarship, recordScholarshipOutcome } from './move-scholarship.js';
import { listScholarships, loadScholarship, scholarshipFigures } from './queries.js';
import './tables.js';

/** Vocational training scholarships: the application's path, money paid, check-ins, certificates. */
export function registerScholarshipRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['scholarships'];
  const scoped = <T>(request: FastifyRequest, work: (data: ScopedData) => Promise<T>) => withScopedData(services.db, actorOf(request), work);
  const thenLoad = (request: FastifyRequest & { params: { id: string } }, work: (data: ScopedData) => Promise<unknown>) =>
    scoped(request, async (data) => {
      await work(data);
      return loadScholarship(data, request.params.id);
    });

  r.get('/api/scholarships', {
    config: { access: 'programme.read' },
    schema: { tags, summary: 'Scholarships in scope, newest application first', querystring: ZScholarshipsQuery, response: { 200: ZPage(ZScholarshipSummary) } },
  }, (request) => scoped(request, (data) => listScholarships(data, request.query)));

  r.get('/api/scholarships/figures', {
    config: { access: 'programme.read' },
    schema: { tags, summary: 'Scholarships counted by status and by outcome', response: { 200: ZScholarshipFigures } },
  }, (request) => scoped(request, (data) => scholarshipFigures(data)));

  r.post('/api/scholarships', {
    config: { access: 'programme.write' },
    schema: { tags, summary: "Record a young person's application", body: ZCreateScholarshipRequest, response: { 201: ZScholarship } },
  }, async (request, reply) => {
    const created = await scoped(request, async (data) => loadScholarship(data, await createScholarship(data, request.body)));
    return reply.status(201).send(created);
  });

  r.get('/api/scholarships/:id', {
    config: { access: 'programme.read' },
    schema: { tags, summary: 'One scholarship with its history, disbursements, check-ins and certificates', params: ZIdParams, response: { 200: ZScholarship } },
  }, (request) => scoped(request, (data) => loadScholarship(data, request.params.id)));

  r.patch('/api/scholarships/:id', {
    config: { access: 'programme.write' },
    schema: { tags, summary: 'Correct provider, course, trade, dates or cost', params: ZIdParams, body: ZUpdateScholarshipRequest, response: { 200: ZScholarship } },
  }, (request) => thenLoad(request, (data) => updateScholarship(data, request.params.id, request.body)));

  r.post('/api/scholarships/:id/status', {
    config: { access: 'programme.write' },
    schema: { tags, summary: 'Move along the path: review, award or decline (with reason), training, completed or dropped out', params: ZIdParams, body: ZMoveScholarshipRequest, response: { 200: ZScholarship } },
  }, (request) => thenLoad(request, (data) => moveScholarship(data, request.params.id, request.body)));

  r.post('/api/scholarships/:id/outcome', {
    config: { access: 'programme.write' },
    schema: { tags, summary: 'Record what followed: employed, self-employed, further study or unemployed', params: ZIdParams, body: ZRecordScholarshipOutcomeRequest, response: { 200: ZScholarship } },
  }, (request) => thenLoad(request, (data) => recordScholarshipOutcome(data, request.params.id, request.body)));

  r.post('/api/scholarships/:id/disbursements', {
    config: { access: 'programme.write' },
    schema: { tags, summary: 'Record money paid on an awarded scholarship', params: ZIdParams, body: ZAddDisbursementRequest, response: { 200: ZScholarship } },
  }, (request) => thenLoad(request, (data) => addDisbursement(data, request.params.id, request.body)));

  r.post('/api/scholarships/:id/check-ins', {
    config: { access: 'programme.write' },
    schema: { tags, summary: 'Record a progress check-in during training', params: ZIdParams, body: ZAddCheckInRequest, response: { 200: ZScholarship } },
  }, (request) => thenLoad(request, (data) => addCheckIn(data, request.params.id, request.body)));

  r.post('/api/scholarships/:id/certificates', {
    config: { access: 'programme.write' },
    schema: { tags, summary: 'Attach a certificate (multipart, one part named "file"; JPEG, PNG, WebP or PDF up to 10 MB)', params: ZIdParams, response: { 200: ZScholarship } },
  }, async (request) => {
    const upload = await readUpload(request);
    return thenLoad(request, (data) => attachCertificate(data, services.files, request.params.id, upload));
  });
}
