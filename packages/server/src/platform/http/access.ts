import { can, type Action } from '@homeward/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import type { Actor } from '../auth/actor.js';
import { createSessionResolver } from '../auth/session.js';
import type { Services } from '../services.js';

/**
 * What a route requires: no session (`public`), any signed-in person (`signed-in`), or one
 * permitted action. Every /api route must say, or the server refuses to start.
 * `setup: true` keeps a route open to someone who still has to set up two-factor or change a
 * temporary password (their profile, sign-out).
 */
export type Access = 'public' | 'signed-in' | Action;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    setup?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyInstance {
    /** `METHOD /api/...` of every API route, for the permission-matrix suite. */
    apiRoutes: string[];
  }
}

/** The actor of a request that passed `access`; throws 401 if a public route asks. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('auth.unauthenticated');
  return request.actor;
}

export function installAccess(app: FastifyInstance, services: Services): void {
  app.decorateRequest('actor', null);
  app.decorate('apiRoutes', [] as string[]);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    if (!route.config?.access) {
      throw new Error(`Route ${String(route.method)} ${route.url} does not declare its access`);
    }
    if (route.url.startsWith('/api/auth/') || route.config.access === 'public') return; // nothing to authorise
    for (const method of [route.method].flat()) if (method !== 'HEAD') app.apiRoutes.push(`${method} ${route.url}`);
  });
  const resolveActor = createSessionResolver(services);
  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const config = request.routeOptions.config;
    const access = config.access;
    if (!access || access === 'public') return;
    const actor = await resolveActor(request, reply);
    if (!actor) throw new AppError('auth.unauthenticated');
    request.actor = actor;
    if (!config.setup) {
      if (actor.mustSetUpTwoFactor) throw new AppError('auth.two_factor_required');
      if (actor.mustChangePassword) throw new AppError('auth.password_change_required');
    }
    if (access !== 'signed-in' && !can(actor.role, access)) throw new AppError('auth.forbidden');
  });
}

export { webHeaders } from '../auth/session.js';
