import { can, ZAttachment, ZAttachmentsQuery, ZIdParams, ZUploadAttachmentQuery, ZUploadCaseAttachmentQuery, type Action, type TAttachment } from '@homeward/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withScopedData, type ScopedData } from '../../platform/access/scoped-data.js';
import { readUpload } from '../../platform/files/uploads.js';
import { AppError } from '../../platform/errors.js';
import { actorOf } from '../../platform/http/access.js';
import type { Services } from '../../platform/services.js';
import { archiveAttachment } from './archive-attachment.js';
import { attachToCase } from './attach-to-case.js';
import { attachToPerson } from './attach-to-person.js';
import { listCaseAttachments, listPersonAttachments, loadAttachment, openAttachment, presentAttachment } from './queries.js';

/** `filename*` carries any script (Khmer names); the plain `filename` is an ASCII fallback. */
function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

function sendFile(reply: FastifyReply, attachment: TAttachment, bytes: Buffer) {
  return reply
    .header('content-type', attachment.contentType)
    .header('content-disposition', contentDisposition(attachment.filename))
    // The bytes were checked to be what this type says; never let a browser guess otherwise,
    // run anything inside, or keep a child's file in a shared cache.
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, no-store')
    .send(bytes);
}

export function registerAttachmentRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['attachments'];
  const scoped = <R>(request: FastifyRequest, work: (data: ScopedData) => Promise<R>) => withScopedData(services.db, actorOf(request), work);

  r.post('/api/people/:id/attachments', {
    config: { access: 'attachment.write' },
    schema: {
      tags, summary: 'Attach a photo or document to a person (multipart/form-data, one part named "file"; JPEG, PNG, WebP or PDF up to 10 MB)',
      params: ZIdParams, querystring: ZUploadAttachmentQuery, response: { 201: ZAttachment },
    },
  }, async (request, reply) => {
    // Read (and check the size of) the upload before the transaction, so no transaction waits on a slow phone connection.
    const upload = await readUpload(request);
    const attachment = await scoped(request, async (data) => {
      const id = await attachToPerson(data, services.files, request.params.id, request.query.kind, upload);
      return presentAttachment(await data.selectFrom('attachment').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
    });
    return reply.status(201).send(attachment);
  });

  r.get('/api/people/:id/attachments', {
    config: { access: 'attachment.read' },
    schema: { tags, summary: "A person's attachments, newest first", params: ZIdParams, querystring: ZAttachmentsQuery, response: { 200: z.array(ZAttachment) } },
  }, (request) => scoped(request, (data) => listPersonAttachments(data, request.params.id, request.query.includeArchived === 'true')));

  // A case's files are part of the case: besides the attachment action, the role must be allowed
  // the case itself (a facilitator may open people's papers, not case files).
  const requireCase = (request: FastifyRequest, action: Action) => {
    if (!can(actorOf(request).role, action)) throw new AppError('auth.forbidden');
  };

  r.post('/api/cases/:id/attachments', {
    config: { access: 'attachment.write' },
    schema: {
      tags, summary: 'Attach a document to a case — consent form, signed placement agreement, assessment scan, report — optionally documenting one of its consents or placements (multipart, one part named "file"; JPEG, PNG, WebP or PDF up to 10 MB)',
      params: ZIdParams, querystring: ZUploadCaseAttachmentQuery, response: { 201: ZAttachment },
    },
  }, async (request, reply) => {
    requireCase(request, 'case.write');
    const upload = await readUpload(request);
    const attachment = await scoped(request, async (data) => loadAttachment(data, await attachToCase(data, services.files, request.params.id, request.query, upload)));
    return reply.status(201).send(attachment);
  });

  r.get('/api/cases/:id/attachments', {
    config: { access: 'attachment.read' },
    schema: { tags, summary: "A case's documents, newest first, each with the consent or placement it documents", params: ZIdParams, querystring: ZAttachmentsQuery, response: { 200: z.array(ZAttachment) } },
  }, async (request) => {
    requireCase(request, 'case.read');
    return scoped(request, (data) => listCaseAttachments(data, request.params.id, request.query.includeArchived === 'true'));
  });

  r.get('/api/attachments/:id', {
    config: { access: 'attachment.read' },
    schema: { tags, summary: "Download an attachment's file (audited)", params: ZIdParams },
  }, async (request, reply) => {
    const { attachment, bytes } = await scoped(request, (data) => openAttachment(data, services.files, request.params.id));
    return sendFile(reply, attachment, bytes);
  });

  r.post('/api/attachments/:id/archive', {
    config: { access: 'attachment.write' },
    schema: { tags, summary: 'Archive an attachment (nothing is deleted)', params: ZIdParams, response: { 200: ZAttachment } },
  }, (request) => scoped(request, async (data) => {
    await archiveAttachment(data, request.params.id);
    return loadAttachment(data, request.params.id);
  }));
}
