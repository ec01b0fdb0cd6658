import { errorKey, errorStatus, type ErrorBody, type ErrorCode, type FieldError } from '@homeward/core';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';

/** The one error type. Its code decides the HTTP status and the message the user reads. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly fields?: FieldError[],
  ) {
    super(message ?? code);
  }
  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (): AppError => new AppError('record.not_found');
export const forbidden = (): AppError => new AppError('auth.forbidden');

/** zod issue → translation key the web catalogue holds under `validation.*`. */
function fieldErrorOf(v: { keyword: string; instancePath: string; params: Record<string, unknown> }): FieldError {
  const field = v.instancePath.replace(/^\//, '').replace(/\//g, '.') || '_';
  const issue = { code: v.keyword, minimum: v.params.minimum, maximum: v.params.maximum, format: v.params.format };
  switch (issue.code) {
    case 'too_small':
      return { field, key: 'validation.too_small', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return { field, key: 'validation.too_big', params: { max: Number(issue.maximum) } };
    case 'invalid_format':
      return { field, key: issue.format === 'email' ? 'validation.email' : 'validation.format' };
    case 'invalid_value':
      return { field, key: 'validation.choice' };
    case 'invalid_type':
      return { field, key: 'validation.required' };
    default:
      return { field, key: 'validation.invalid' };
  }
}

const body = (code: ErrorCode, message: string, fields?: FieldError[]): ErrorBody => ({
  error: { code, key: errorKey(code), message, ...(fields ? { fields } : {}) },
});

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError, request, reply) => {
    if (err instanceof AppError) {
      return reply.status(err.status).send(body(err.code, err.message, err.fields));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields = err.validation.map((v) => fieldErrorOf(v));
      return reply.status(400).send(body('validation.failed', 'The request is not valid', fields));
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err: err.message, url: request.url }, 'response did not match its schema');
      return reply.status(500).send(body('internal', 'Internal error'));
    }
    if ((err as { code?: string }).code === '23505') {
      return reply.status(409).send(body('record.conflict', 'A record with these values exists already'));
    }
    if (err.statusCode === 400 || err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return reply.status(400).send(body('validation.failed', err.message));
    }
    if (err.statusCode === 413 || err.statusCode === 415) {
      return reply.status(400).send(body('validation.failed', err.message));
    }
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send(body('internal', 'Internal error'));
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/')) return reply.status(404).send(body('record.not_found', 'Not found'));
    // The web app routes on the client: any other GET is answered with the app shell.
    if ((request.method === 'GET' || request.method === 'HEAD') && typeof reply.sendFile === 'function') {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.status(404).send(body('record.not_found', 'Not found'));
  });
}
