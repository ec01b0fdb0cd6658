import { ZCaseFormParams, ZCaseFormQuery, ZCaseForms, ZIdParams } from '@homeward/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { withScopedData } from '../../platform/access/scoped-data.js';
import { actorOf } from '../../platform/http/access.js';
import { ChromiumPdfRenderer, type PdfRenderer } from '../../platform/pdf/renderer.js';
import type { Services } from '../../platform/services.js';
import { auditFormPrint, listCaseForms, prepareCaseForm } from './print-form.js';

/**
 * The six MoSVY forms of a case: which can be printed, and each as PDF in Khmer or English.
 * The renderer (one warm Chromium for this server) is closed with the server.
 */
export async function registerFormRoutes(app: FastifyInstance, services: Services, renderer?: PdfRenderer): Promise<void> {
  const pdf = renderer ?? new ChromiumPdfRenderer({ executablePath: services.config.CHROMIUM_PATH, concurrency: 2, log: app.log });
  app.addHook('onClose', () => pdf.close());
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['forms'];

  r.get('/api/cases/:id/forms', {
    config: { access: 'case.read' },
    schema: { tags, summary: 'The six MoSVY forms of a case: ready to print, or what each still needs', params: ZIdParams, response: { 200: ZCaseForms } },
  }, (request) => withScopedData(services.db, actorOf(request), (data) => listCaseForms(data, request.params.id)));

  r.get('/api/cases/:id/forms/:form.pdf', {
    config: { access: 'case.read' },
    schema: {
      tags, summary: 'One MoSVY form of a case as an A4 PDF, in Khmer (default) or English',
      params: ZCaseFormParams, querystring: ZCaseFormQuery,
      produces: ['application/pdf'],
    },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const { id, form } = request.params;
    const { lang } = request.query;
    // The database transaction ends before Chromium prints: a print never holds it.
    const prepared = await withScopedData(services.db, actor, (data) => prepareCaseForm(data, id, form, lang));
    const bytes = await pdf.render(prepared.html);
    await withScopedData(services.db, actor, (data) => auditFormPrint(data, id, { form, code: prepared.code, lang, bytes: bytes.length }));
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="${prepared.filename}"`)
      .header('cache-control', 'private, no-store')
      .send(bytes);
  });
}
