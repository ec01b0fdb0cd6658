import { ZHealth } from '@homeward/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import type { Services } from '../../platform/services.js';

export function registerHealthRoutes(app: FastifyInstance, services: Services): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/health', {
    config: { access: 'public' },
    schema: { tags: ['health'], summary: 'Liveness and which database is in use', response: { 200: ZHealth } },
  }, async () => {
    await sql`select 1`.execute(services.db);
    return { status: 'ok' as const, database: services.kind, version: services.version };
  });
}
