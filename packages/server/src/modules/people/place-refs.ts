import { ZPlaceLevel, type TPlace, type TPlaceWithPath } from '@homeward/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database, PlaceTable } from '../../platform/db/schema.js';

/** Parent codes of an NCDD code, province first: 01020304 → 01, 0102, 010203. */
export const ancestorsOf = (code: string): string[] => [2, 4, 6].filter((n) => n < code.length).map((n) => code.slice(0, n));

const present = (p: Selectable<PlaceTable>): TPlace => ({
  code: p.code, level: ZPlaceLevel.parse(p.level), parentCode: p.parent_code, nameKm: p.name_km, nameLatin: p.name_latin, unitKm: p.unit_km, unitEn: p.unit_en,
});

/** The named places with their province, district and commune, in one query, for display. */
export async function loadPlaces(db: Kysely<Database>, codes: ReadonlyArray<string | null>): Promise<Map<string, TPlaceWithPath>> {
  const wanted = [...new Set(codes.filter((c): c is string => !!c))];
  if (!wanted.length) return new Map();
  const rows = await db.selectFrom('place').selectAll().where('code', 'in', [...new Set(wanted.flatMap((c) => [...ancestorsOf(c), c]))]).execute();
  const byCode = new Map(rows.map((p) => [p.code, present(p)]));
  const out = new Map<string, TPlaceWithPath>();
  for (const code of wanted) {
    const self = byCode.get(code);
    if (self) out.set(code, { ...self, path: ancestorsOf(code).flatMap((c) => byCode.get(c) ?? []) });
  }
  return out;
}
