import { ZPassword } from '@homeward/core';
import type { ErrorBody, ErrorCode } from '@homeward/core';
import { errorKey } from '@homeward/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../services.js';
import { webHeaders } from '../http/access.js';
import { CLIENT_IP_HEADER } from './auth.js';

/** The auth library's error codes, as Homeward's own, so the UI translates one vocabulary. */
const authErrorCodes: Record<string, ErrorCode> = {
  INVALID_EMAIL_OR_PASSWORD: 'auth.invalid_credentials',
  ACCOUNT_LOCKED: 'auth.locked',
  INVALID_PASSWORD: 'auth.password_wrong',
  PASSWORD_TOO_SHORT: 'validation.failed',
  PASSWORD_TOO_LONG: 'validation.failed',
  INVALID_CODE: 'auth.invalid_code',
  INVALID_BACKUP_CODE: 'auth.invalid_code',
  INVALID_TWO_FACTOR_COOKIE: 'auth.unauthenticated',
  TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE: 'auth.locked',
};

function translateAuthError(status: number, text: string): ErrorBody {
  let upstream: { code?: string; message?: string } = {};
  try {
    upstream = JSON.parse(text) as typeof upstream;
  } catch {
    // a plain-text error body: fall through to the status
  }
  const code: ErrorCode =
    (upstream.code && authErrorCodes[upstream.code]) ||
    (status === 429 ? 'auth.locked' : status === 401 ? 'auth.unauthenticated' : status === 403 ? 'auth.forbidden' : status >= 500 ? 'internal' : 'validation.failed');
  return { error: { code, key: errorKey(code), message: upstream.message ?? code } };
}

async function forward(services: Services, request: FastifyRequest, reply: FastifyReply) {
  const headers = webHeaders(request);
  headers.delete(CLIENT_IP_HEADER);
  headers.set(CLIENT_IP_HEADER, request.ip);
  const url = new URL(request.url, services.config.PUBLIC_URL ?? `http://${request.headers.host ?? 'localhost'}`);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== undefined;
  if (hasBody) headers.set('content-type', 'application/json');
  const response = await services.auth.handler(
    new Request(url, { method: request.method, headers, body: hasBody ? JSON.stringify(request.body) : undefined }),
  );
  void reply.status(response.status);
  response.headers.forEach((value, key) => {
    if (key !== 'set-cookie' && key !== 'content-length' && key !== 'content-encoding') void reply.header(key, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) void reply.header('set-cookie', cookies);
  const text = await response.text();
  if (response.status >= 400) {
    void reply.header('content-type', 'application/json; charset=utf-8');
    return reply.send(translateAuthError(response.status, text));
  }
  return reply.send(text);
}

/**
 * The authentication library's endpoints under /api/auth that Homeward uses, each declared with
 * its schema (validated and documented). Any other /api/auth path is a 404.
 */
export function registerAuthRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const handler = (request: FastifyRequest, reply: FastifyReply) => forward(services, request, reply);
  const tags = ['auth'];
  r.post('/api/auth/sign-in/email', {
    config: { access: 'public' },
    schema: { tags, summary: 'Sign in with email and password; sets the session cookie', body: z.object({ email: z.email(), password: z.string().min(1).max(128), rememberMe: z.boolean().optional() }) },
  }, handler);
  r.post('/api/auth/sign-out', { config: { access: 'public' }, schema: { tags, summary: 'Sign out (ends the session)' } }, handler);
  r.post('/api/auth/change-password', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Change my password',
      body: z.object({ currentPassword: z.string().min(1).max(128), newPassword: ZPassword, revokeOtherSessions: z.boolean().optional() })
        // A temporary password is known to whoever set it: "changing" it to itself changes nothing.
        .refine((b) => b.newPassword !== b.currentPassword, { path: ['newPassword'], message: 'The new password must differ from the current one' }),
    },
  }, handler);
  r.post('/api/auth/two-factor/enable', {
    config: { access: 'public' },
    schema: { tags, summary: 'Start two-factor set-up; answers the TOTP URI and backup codes', body: z.object({ password: z.string().min(1).max(128) }) },
  }, handler);
  r.post('/api/auth/two-factor/disable', {
    config: { access: 'public' },
    schema: { tags, summary: 'Turn two-factor off', body: z.object({ password: z.string().min(1).max(128) }) },
  }, handler);
  r.post('/api/auth/two-factor/verify-totp', {
    config: { access: 'public' },
    schema: { tags, summary: 'Confirm a TOTP code (finishes set-up or a two-factor sign-in)', body: z.object({ code: z.string().regex(/^\d{6}$/), trustDevice: z.boolean().optional() }) },
  }, handler);
  r.post('/api/auth/two-factor/verify-backup-code', {
    config: { access: 'public' },
    schema: { tags, summary: 'Use a backup code in place of a TOTP code', body: z.object({ code: z.string().trim().min(1).max(64), trustDevice: z.boolean().optional() }) },
  }, handler);
  r.get('/api/auth/get-session', { config: { access: 'public' }, schema: { tags, summary: 'The current session, if any' } }, handler);
  // Nothing else passes: the library's other endpoints (update-user, revoke-sessions …) would
  // change accounts past Homeward's validation and audit log.
}
