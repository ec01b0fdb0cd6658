import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { searchKey } from '@homeward/core';
import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** The NCDD gazetteer shipped with Homeward (MIT, see data/gazetteer/LICENSE-pumi.txt). */
export const gazetteerCsv = fileURLToPath(new URL('../../../data/gazetteer/cambodia-admin-units.csv', import.meta.url));

interface GazetteerRow {
  code: string;
  level: string;
  parent_code: string;
  name_km: string;
  name_latin: string;
  unit_km: string;
  unit_latin: string;
  unit_en: string;
}

/** Load every province, district, commune and village once; later starts find them there. */
export async function seedPlaces(db: Kysely<Database>): Promise<number> {
  const existing = await db.selectFrom('place').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return 0;
  const rows = parse(fs.readFileSync(gazetteerCsv, 'utf8'), { columns: true, skip_empty_lines: true }) as GazetteerRow[];
  // Parents before children, so the foreign key holds at every insert.
  rows.sort((a, b) => a.code.length - b.code.length || a.code.localeCompare(b.code));
  await db.transaction().execute(async (tx) => {
    for (let i = 0; i < rows.length; i += 1000) {
      await tx.insertInto('place').values(rows.slice(i, i + 1000).map((r) => ({
        code: r.code, level: r.level, parent_code: r.parent_code || null, name_km: r.name_km, name_latin: r.name_latin,
        unit_km: r.unit_km, unit_latin: r.unit_latin, unit_en: r.unit_en,
        search_key: searchKey(r.name_km, r.name_latin),
      }))).execute();
    }
  });
  return rows.length;
}
