import fastifyMultipart from '@fastify/multipart';
import { ATTACHMENT_MAX_BYTES } from '@homeward/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';

/**
 * Multipart uploads for every module. Parts are streamed by the handler (`readUpload`), after
 * the access check, never buffered by the body parser; one file per request, at most
 * ATTACHMENT_MAX_BYTES.
 */
export async function installUploads(app: FastifyInstance): Promise<void> {
  await app.register(fastifyMultipart, {
    limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1, fields: 10, parts: 11, fieldSize: 10_000 },
  });
}

export interface Upload {
  filename: string;
  declaredType: string;
  bytes: Buffer;
}

const fileMissing = () => new AppError('validation.failed', 'Send one file as multipart/form-data', [{ field: 'file', key: 'validation.required' }]);

/** Read the one file of a multipart request, refusing one over the size limit. */
export async function readUpload(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) throw fileMissing();
  let part;
  try {
    part = await request.file();
  } catch (err) {
    throw uploadError(err);
  }
  if (!part) throw fileMissing();
  try {
    const bytes = await part.toBuffer();
    return { filename: part.filename, declaredType: part.mimetype, bytes };
  } catch (err) {
    throw uploadError(err);
  }
}

function uploadError(err: unknown): unknown {
  const code = (err as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new AppError('attachment.too_large', undefined, [{ field: 'file', key: 'errors.attachment.too_large' }]);
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT' || code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return fileMissing();
  return err;
}
