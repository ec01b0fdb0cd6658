import { actions, permissions, roles, roleScope, ZRoleMatrix } from '@homeward/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Services } from '../../platform/services.js';

/** The role → action matrix and each role's record scope, as the code defines them. */
export function registerRoleRoutes(app: FastifyInstance, _services: Services): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/roles', {
    config: { access: 'role.read' },
    schema: { tags: ['roles'], summary: 'What each role may do, and which records it sees', response: { 200: ZRoleMatrix } },
  }, () => ({
    roles: roles.map((role) => ({ role, scope: roleScope[role], actions: { ...permissions[role] } })),
    actions: [...actions],
  }));
}
