import { defaultFollowUpMonths, normaliseFollowUpMonths, roles, ZCreateOrganisationRequest, ZIdParams, ZOrganisation, ZUpdateOrganisationRequest, type Role, type TOrganisation } from '@homeward/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withScopedData } from '../../platform/access/scoped-data.js';
import type { OrganisationSettings } from '../../platform/db/schema.js';
import type { Services } from '../../platform/services.js';
import { actorOf } from '../../platform/http/access.js';
import { assertOrganisationNameFree, createOrganisation } from './create-organisation.js';

const present = (row: { id: string; name: string; name_km: string | null; settings: OrganisationSettings; archived_at: Date | null; created_at: Date }): TOrganisation => ({
  id: row.id,
  name: row.name,
  nameKm: row.name_km,
  requireTwoFactorRoles: (row.settings.requireTwoFactorRoles ?? []).filter((r): r is Role => (roles as readonly string[]).includes(r)),
  followUpMonths: row.settings.followUpMonths?.length ? row.settings.followUpMonths : [...defaultFollowUpMonths],
  archived: row.archived_at !== null,
  createdAt: new Date(row.created_at).toISOString(),
});

export function registerOrganisationRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['organisations'];
  r.get('/api/organisations', {
    config: { access: 'organisation.read' },
    schema: { tags, summary: 'Organisations I can see (a network administrator sees all)', response: { 200: z.array(ZOrganisation) } },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) =>
    (await data.selectFrom('organisation').selectAll().orderBy('name').execute()).map(present)));

  r.get('/api/organisations/:id', {
    config: { access: 'organisation.read' },
    schema: { tags, summary: 'One organisation', params: ZIdParams, response: { 200: ZOrganisation } },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) => present(await data.get('organisation', request.params.id))));

  r.post('/api/organisations', {
    config: { access: 'organisation.create' },
    schema: { tags, summary: 'Create an organisation (network administrators)', body: ZCreateOrganisationRequest, response: { 201: ZOrganisation } },
  }, async (request, reply) => {
    const org = await withScopedData(services.db, actorOf(request), async (data) => {
      const id = await createOrganisation(data.tx, data.actor, request.body);
      return present(await data.get('organisation', id));
    });
    return reply.status(201).send(org);
  });

  r.patch('/api/organisations/:id', {
    config: { access: 'organisation.update' },
    schema: { tags, summary: 'Rename an organisation, set its two-factor policy or its follow-up cadence', params: ZIdParams, body: ZUpdateOrganisationRequest, response: { 200: ZOrganisation } },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) => {
    const { id } = request.params;
    const before = await data.get('organisation', id);
    const b = request.body;
    if (b.name) await assertOrganisationNameFree(data.tx, b.name, id);
    let settings: OrganisationSettings | undefined = b.requireTwoFactorRoles ? { ...before.settings, requireTwoFactorRoles: [...new Set(b.requireTwoFactorRoles)] } : undefined;
    if (b.followUpMonths !== undefined) {
      // The follow-up cadence: months after placement, in order, once each; null returns to the default.
      const { followUpMonths: _previous, ...rest } = settings ?? before.settings;
      settings = b.followUpMonths === null ? rest : { ...rest, followUpMonths: normaliseFollowUpMonths(b.followUpMonths) };
    }
    await data.update('organisation', id, { name: b.name, name_km: b.nameKm, settings }, { action: b.requireTwoFactorRoles ? 'permission.change' : 'update' });
    return present(await data.get('organisation', id));
  }));
}
