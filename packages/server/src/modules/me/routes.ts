import { abilitiesOf, ZMe, ZUpdateMeRequest, type TMe } from '@homeward/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http/access.js';
import { withScopedData } from '../../platform/access/scoped-data.js';
import type { Services } from '../../platform/services.js';
import { getUser } from '../users/queries.js';

export function registerMeRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['me'];
  const me = async (actorId: string, data: Parameters<typeof getUser>[0]): Promise<TMe> => {
    const actor = data.actor;
    return {
      user: await getUser(data, actorId),
      abilities: abilitiesOf(actor.role),
      scope: actor.scope,
      mustSetUpTwoFactor: actor.mustSetUpTwoFactor,
      idleTimeoutMinutes: services.config.SESSION_IDLE_MINUTES,
    };
  };
  r.get('/api/me', {
    config: { access: 'signed-in', setup: true },
    schema: { tags, summary: 'Who I am, my abilities, and what I must set up', response: { 200: ZMe } },
  }, (request) => {
    const actor = actorOf(request);
    return withScopedData(services.db, actor, (data) => me(actor.userId, data));
  });
  r.patch('/api/me', {
    config: { access: 'signed-in', setup: true },
    schema: { tags, summary: 'Change my name, language or digits', body: ZUpdateMeRequest, response: { 200: ZMe } },
  }, (request) => {
    const actor = actorOf(request);
    return withScopedData(services.db, actor, async (data) => {
      const b = request.body;
      await data.update('app_user', actor.userId, { name: b.name, locale: b.locale, digits: b.digits, updated_at: new Date() }, { action: 'profile.update' });
      return me(actor.userId, data);
    });
  });
}
