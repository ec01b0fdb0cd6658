import { ZCreateUserRequest, ZIdParams, ZListUsersQuery, ZPage, ZResetPasswordRequest, ZUpdateUserRequest, ZUser, ZOk, searchKey } from '@homeward/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { withScopedData } from '../../platform/access/scoped-data.js';
import { paginate } from '../../platform/db/paginate.js';
import { forbidden } from '../../platform/errors.js';
import { actorOf } from '../../platform/http/access.js';
import type { Services } from '../../platform/services.js';
import { createUser } from './create-user.js';
import { getUser, presentUser, selectUsers } from './queries.js';
import { resetPassword } from './reset-password.js';
import { assertAssignable, assertTeamsInOrganisation } from './rules.js';
import { updateUser } from './update-user.js';

export function registerUserRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['users'];
  r.get('/api/users', {
    config: { access: 'user.read' },
    schema: { tags, summary: 'Staff accounts, searchable by name or email', querystring: ZListUsersQuery, response: { 200: ZPage(ZUser) } },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) => {
    const { q, teamId, includeInactive, page, pageSize } = request.query;
    let query = selectUsers(data);
    if (includeInactive !== 'true') query = query.where('app_user.active', '=', true);
    if (teamId) query = query.where(sql<boolean>`exists (select 1 from team_member tm where tm.user_id = app_user.id and tm.team_id = ${teamId})`);
    if (q) {
      const like = (text: string) => `%${text.replace(/[%_\\]/g, '\\$&')}%`;
      // The name as typed, or folded as `searchKey` folds the query (Trần ↔ tran); foldLatin's
      // rule in SQL, since staff names have no stored search key.
      const foldedName = sql`regexp_replace(normalize(lower(app_user.name), NFD), ${'[\u0300-\u036f]'}, '', 'g')`;
      query = query.where((eb) => eb.or([
        eb(sql`lower(app_user.name)`, 'like', like(q.toLowerCase())),
        eb(sql`lower(app_user.email)`, 'like', like(q.toLowerCase())),
        eb(foldedName, 'like', like(searchKey(q))),
      ]));
    }
    return paginate(query, { page, pageSize }, (q) => q.orderBy('app_user.name').orderBy('app_user.id'), presentUser);
  }));

  r.get('/api/users/:id', {
    config: { access: 'user.read' },
    schema: { tags, summary: 'One staff account', params: ZIdParams, response: { 200: ZUser } },
  }, (request) => withScopedData(services.db, actorOf(request), (data) => getUser(data, request.params.id)));

  r.post('/api/users', {
    config: { access: 'user.manage' },
    schema: { tags, summary: 'Create a staff account with a temporary password', body: ZCreateUserRequest, response: { 201: ZUser } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const user = await withScopedData(services.db, actor, async (data) => {
      const b = request.body;
      const organisationId = b.organisationId ?? actor.organisationId;
      if (organisationId !== actor.organisationId && actor.scope !== 'all') throw forbidden();
      await data.get('organisation', organisationId);
      assertAssignable(actor.role, b.role);
      const teamIds = [...new Set(b.teamIds)];
      await assertTeamsInOrganisation(data, organisationId, teamIds);
      const id = await createUser(data.tx, services.auth, actor, { ...b, organisationId, teamIds, mustChangePassword: true });
      return getUser(data, id);
    });
    return reply.status(201).send(user);
  });

  r.patch('/api/users/:id', {
    config: { access: 'user.manage' },
    schema: { tags, summary: 'Change a staff account: name, role, teams, active', params: ZIdParams, body: ZUpdateUserRequest, response: { 200: ZUser } },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) => {
    await updateUser(data, request.params.id, request.body);
    return getUser(data, request.params.id);
  }));

  r.post('/api/users/:id/reset-password', {
    config: { access: 'user.manage' },
    schema: { tags, summary: 'Set a temporary password; the person must change it at next sign-in', params: ZIdParams, body: ZResetPasswordRequest, response: { 200: ZOk } },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) => {
    await resetPassword(data, services.auth, request.params.id, request.body.password);
    return { ok: true as const };
  }));
}
