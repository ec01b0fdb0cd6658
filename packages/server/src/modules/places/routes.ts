import { searchKey, ZPlace, ZPlaceChildrenQuery, ZPlaceCode, ZPlaceSearchQuery, ZPlaceWithPath, type TPlace, ZPlaceLevel } from '@homeward/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Selectable } from 'kysely';
import type { PlaceTable } from '../../platform/db/schema.js';
import { notFound } from '../../platform/errors.js';
import type { Services } from '../../platform/services.js';

const present = (p: Selectable<PlaceTable>): TPlace => ({
  code: p.code, level: ZPlaceLevel.parse(p.level), parentCode: p.parent_code, nameKm: p.name_km, nameLatin: p.name_latin, unitKm: p.unit_km, unitEn: p.unit_en,
});

/** Parent codes of an NCDD code, province first: 01020304 → 01, 0102, 010203. */
const ancestorsOf = (code: string): string[] => [2, 4, 6].filter((n) => n < code.length).map((n) => code.slice(0, n));

export function registerPlaceRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['places'];
  const db = services.db;
  r.get('/api/places', {
    config: { access: 'place.read' },
    schema: { tags, summary: 'Provinces, or the units inside one (district, commune, village)', querystring: ZPlaceChildrenQuery, response: { 200: z.array(ZPlace) } },
  }, async (request) => {
    const { parent } = request.query;
    const q = db.selectFrom('place').selectAll();
    const rows = await (parent ? q.where('parent_code', '=', parent) : q.where('level', '=', 'province')).orderBy('code').execute();
    return rows.map(present);
  });

  r.get('/api/places/search', {
    config: { access: 'place.read' },
    schema: { tags, summary: 'Find places by name in Khmer or Latin script', querystring: ZPlaceSearchQuery, response: { 200: z.array(ZPlaceWithPath) } },
  }, async (request) => {
    const { q, level, within, limit } = request.query;
    const key = searchKey(q);
    const like = `%${key.replace(/[%_\\]/g, '\\$&')}%`;
    let query = db.selectFrom('place').selectAll().where('search_key', 'like', like);
    if (level) query = query.where('level', '=', level);
    if (within) query = query.where('code', 'like', `${within}%`);
    // Best first: whole-name matches, then higher levels, then similarity.
    const rows = await query
      .orderBy(sql`case when search_key like ${key + '%'} then 0 else 1 end`)
      .orderBy(sql`length(code)`)
      .orderBy(sql`similarity(search_key, ${key})`, 'desc')
      .orderBy('code')
      .limit(limit)
      .execute();
    const ancestorCodes = [...new Set(rows.flatMap((p) => ancestorsOf(p.code)))];
    const ancestors = ancestorCodes.length ? await db.selectFrom('place').selectAll().where('code', 'in', ancestorCodes).execute() : [];
    const byCode = new Map(ancestors.map((a) => [a.code, present(a)]));
    return rows.map((p) => ({ ...present(p), path: ancestorsOf(p.code).flatMap((c) => byCode.get(c) ?? []) }));
  });

  r.get('/api/places/:code', {
    config: { access: 'place.read' },
    schema: { tags, summary: 'One place with its province, district and commune', params: z.object({ code: ZPlaceCode }), response: { 200: ZPlaceWithPath } },
  }, async (request) => {
    const { code } = request.params;
    const rows = await db.selectFrom('place').selectAll().where('code', 'in', [...ancestorsOf(code), code]).orderBy(sql`length(code)`).execute();
    const self = rows.find((p) => p.code === code);
    if (!self) throw notFound();
    return { ...present(self), path: rows.filter((p) => p.code !== code).map(present) };
  });
}
