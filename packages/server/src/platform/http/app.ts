import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { registerAuthRoutes } from '../auth/routes.js';
import { AppError, installErrorHandler } from '../errors.js';
import type { Services } from '../services.js';
import { installAccess } from './access.js';
import { installUploads } from '../files/uploads.js';
import { registerModules } from '../../modules/index.js';

/** The host of an Origin header; null for an opaque origin ("null") or one that is not a URL. */
function originHost(origin: string): string | null {
  return URL.canParse(origin) ? new URL(origin).host : null;
}

const webDist = fileURLToPath(new URL('../../../../web/dist', import.meta.url));

export async function buildApp(services: Services): Promise<FastifyInstance> {
  const app = Fastify({
    logger: services.config.LOG_LEVEL === 'silent' ? false : {
      level: services.config.LOG_LEVEL,
      // Never log personal data: no bodies, no query strings.
      serializers: { req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url.split('?')[0] }) },
    },
    trustProxy: services.config.TRUST_PROXY === 'true',
    bodyLimit: 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  await app.register(fastifyCompress, { threshold: 1024 });
  await app.register(fastifyCookie);
  await installUploads(app);
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Homeward API', version: services.version, description: 'Case management for child-protection organisations in Cambodia' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'homeward.session_token' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  // Cookies are SameSite=Lax; a state-changing request must also come from our own origin.
  app.addHook('onRequest', async (request) => {
    if (request.method === 'GET' || request.method === 'HEAD' || !request.url.startsWith('/api/')) return;
    const origin = request.headers.origin;
    if (origin && originHost(origin) !== request.headers.host) throw new AppError('auth.origin_refused');
  });

  installAccess(app, services);
  registerAuthRoutes(app, services);
  await registerModules(app, services);

  if (fs.existsSync(path.join(webDist, 'index.html'))) {
    // Hashed build assets never change under one name; the app shell must always be fresh.
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: true,
      index: ['index.html'],
      setHeaders: (res, file) => {
        void res.header('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  return app;
}
