import { ZCreateLookupRequest, ZIdParams, ZListLookupsQuery, ZLookup, ZUpdateLookupRequest, type TLookup } from '@homeward/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { actorOf } from '../../platform/http/access.js';
import type { Services } from '../../platform/services.js';

const present = (row: { id: string; list: string; value: string; label_en: string; label_km: string; sort_order: number; active: boolean }): TLookup => ({
  id: row.id, list: row.list, value: row.value, labelEn: row.label_en, labelKm: row.label_km, sortOrder: row.sort_order, active: row.active,
});

export function registerLookupRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['lookups'];
  r.get('/api/lookups', {
    config: { access: 'lookup.read' },
    schema: { tags, summary: "My organisation's lists (referral sources, care types …)", querystring: ZListLookupsQuery, response: { 200: z.array(ZLookup) } },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) => {
    let q = data.selectFrom('lookup').selectAll().where('organisation_id', '=', data.actor.organisationId);
    if (request.query.list) q = q.where('list', '=', request.query.list);
    if (request.query.includeInactive !== 'true') q = q.where('active', '=', true);
    return (await q.orderBy('list').orderBy('sort_order').orderBy('label_en').execute()).map(present);
  }));

  r.post('/api/lookups', {
    config: { access: 'lookup.manage' },
    schema: { tags, summary: 'Add a value to a list', body: ZCreateLookupRequest, response: { 201: ZLookup } },
  }, async (request, reply) => {
    const lookup = await withScopedData(services.db, actorOf(request), async (data) => {
      const b = request.body;
      const orgId = data.actor.organisationId;
      const taken = await data.tx.selectFrom('lookup').select('id').where('organisation_id', '=', orgId).where('list', '=', b.list).where('value', '=', b.value).executeTakeFirst();
      if (taken) throw new AppError('lookup.value_taken', undefined, [{ field: 'value', key: 'errors.lookup.value_taken' }]);
      const max = await data.tx.selectFrom('lookup').select(({ fn }) => fn.max('sort_order').as('m')).where('organisation_id', '=', orgId).where('list', '=', b.list).executeTakeFirst();
      const id = crypto.randomUUID();
      await data.insert('lookup', { id, organisation_id: orgId, list: b.list, value: b.value, label_en: b.labelEn, label_km: b.labelKm, sort_order: b.sortOrder ?? (Number(max?.m ?? 0) + 10) });
      return present(await data.get('lookup', id));
    });
    return reply.status(201).send(lookup);
  });

  r.patch('/api/lookups/:id', {
    config: { access: 'lookup.manage' },
    schema: { tags, summary: 'Relabel, reorder or retire a value (values are never deleted)', params: ZIdParams, body: ZUpdateLookupRequest, response: { 200: ZLookup } },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) => {
    const b = request.body;
    await data.update('lookup', request.params.id, { label_en: b.labelEn, label_km: b.labelKm, sort_order: b.sortOrder, active: b.active });
    return present(await data.get('lookup', request.params.id));
  }));
}
