import { ZCreateTeamRequest, ZIdParams, ZTeam, ZUpdateTeamRequest, type TTeam } from '@homeward/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { withScopedData, type ScopedData } from '../../platform/access/scoped-data.js';
import { AppError, forbidden } from '../../platform/errors.js';
import { actorOf } from '../../platform/http/access.js';
import type { Services } from '../../platform/services.js';

const selectTeams = (data: ScopedData) =>
  data.selectFrom('team').select([
    'team.id', 'team.organisation_id', 'team.name', 'team.archived_at',
    sql<number>`(select count(*)::int from team_member tm join app_user u on u.id = tm.user_id where tm.team_id = team.id and u.active)`.as('member_count'),
  ]);

const present = (row: { id: string; organisation_id: string; name: string; archived_at: Date | null; member_count: number }): TTeam => ({
  id: row.id, organisationId: row.organisation_id, name: row.name, memberCount: row.member_count, archived: row.archived_at !== null,
});

async function assertNameFree(data: ScopedData, organisationId: string, name: string, exceptId?: string): Promise<void> {
  let q = data.tx.selectFrom('team').select('id').where('organisation_id', '=', organisationId).where(({ fn }) => fn('lower', ['name']), '=', name.toLowerCase());
  if (exceptId) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) throw new AppError('team.name_taken', undefined, [{ field: 'name', key: 'errors.team.name_taken' }]);
}

export function registerTeamRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['teams'];
  r.get('/api/teams', {
    config: { access: 'team.read' },
    schema: { tags, summary: 'Teams in my organisation', querystring: z.object({ includeArchived: z.enum(['true', 'false']).optional() }), response: { 200: z.array(ZTeam) } },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) => {
    let q = selectTeams(data).orderBy('team.name');
    if (request.query.includeArchived !== 'true') q = q.where('team.archived_at', 'is', null);
    return (await q.execute()).map(present);
  }));

  r.post('/api/teams', {
    config: { access: 'team.manage' },
    schema: { tags, summary: 'Create a team', body: ZCreateTeamRequest, response: { 201: ZTeam } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const team = await withScopedData(services.db, actor, async (data) => {
      const organisationId = request.body.organisationId ?? actor.organisationId;
      if (organisationId !== actor.organisationId && actor.scope !== 'all') throw forbidden();
      await data.get('organisation', organisationId);
      await assertNameFree(data, organisationId, request.body.name);
      const id = crypto.randomUUID();
      await data.insert('team', { id, organisation_id: organisationId, name: request.body.name, archived_at: null });
      return present(await selectTeams(data).where('team.id', '=', id).executeTakeFirstOrThrow());
    });
    return reply.status(201).send(team);
  });

  r.patch('/api/teams/:id', {
    config: { access: 'team.manage' },
    schema: { tags, summary: 'Rename, archive or restore a team', params: ZIdParams, body: ZUpdateTeamRequest, response: { 200: ZTeam } },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) => {
    const { id } = request.params;
    const team = await data.get('team', id);
    const b = request.body;
    if (b.name) await assertNameFree(data, team.organisation_id, b.name, id);
    const archived_at = b.archived === undefined ? undefined : b.archived ? (team.archived_at ?? new Date()) : null;
    await data.update('team', id, { name: b.name, archived_at }, { action: b.archived === true ? 'archive' : b.archived === false ? 'restore' : 'update' });
    return present(await selectTeams(data).where('team.id', '=', id).executeTakeFirstOrThrow());
  }));
}
