import { ZAuditEntry, ZAuditQuery, ZPage, ZRecordAuditParams, ZPageQuery } from '@homeward/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { scopeSpecs, withScopedData, type ScopedTable } from '../../platform/access/scoped-data.js';
import { paginate } from '../../platform/db/paginate.js';
import { notFound } from '../../platform/errors.js';
import { actorOf } from '../../platform/http/access.js';
import type { Services } from '../../platform/services.js';
import { newestFirst, presentAudit, selectAudit } from './queries.js';

const tableOfRecordType = new Map<string, ScopedTable>(
  (Object.entries(scopeSpecs) as Array<[ScopedTable, { recordType: string }]>).map(([table, spec]) => [spec.recordType, table]),
);

export function registerAuditRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['audit'];
  r.get('/api/audit', {
    config: { access: 'audit.read_log' },
    schema: { tags, summary: 'Search the audit log (newest first)', querystring: ZAuditQuery, response: { 200: ZPage(ZAuditEntry) } },
  }, async (request) => {
    const actor = actorOf(request);
    const { q, action, actorId, recordType, recordId, from, to, page, pageSize } = request.query;
    let query = selectAudit(services.db, actor);
    if (action) query = query.where('a.action', '=', action);
    if (actorId) query = query.where('a.actor_id', '=', actorId);
    if (recordType) query = query.where('a.record_type', '=', recordType);
    if (recordId) query = query.where('a.record_id', '=', recordId);
    if (from) query = query.where('a.at', '>=', sql<Date>`${from}::date`);
    if (to) query = query.where('a.at', '<', sql<Date>`${to}::date + 1`);
    if (q) {
      const like = `%${q.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`;
      query = query.where((eb) => eb.or([
        eb(sql`lower(u.name)`, 'like', like), eb('a.action', 'like', like), eb(sql`lower(a.record_id)`, 'like', like), eb('a.ip', 'like', like),
      ]));
    }
    return paginate(query, { page, pageSize }, newestFirst, presentAudit);
  });

  r.get('/api/audit/records/:type/:id', {
    config: { access: 'audit.read_record' },
    schema: { tags, summary: 'Who read or changed one record', params: ZRecordAuditParams, querystring: ZPageQuery, response: { 200: ZPage(ZAuditEntry) } },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) => {
    const { type, id } = request.params;
    const table = tableOfRecordType.get(type);
    if (!table) throw notFound();
    await data.get(table, id); // the record must be in the caller's scope; otherwise 404
    const { page, pageSize } = request.query;
    const query = selectAudit(data.tx, data.actor).where((eb) => eb.or([
      eb.and([eb('a.record_type', '=', type), eb('a.record_id', '=', id)]),
      // Literal 'list' so the planner can match the partial GIN index (migration 010).
      eb.and([eb('a.record_type', '=', type), sql<boolean>`a.action = 'list'`, eb(sql`a.details -> 'ids'`, '?', id)]),
    ]));
    return paginate(query, { page, pageSize }, newestFirst, presentAudit);
  }));
}
