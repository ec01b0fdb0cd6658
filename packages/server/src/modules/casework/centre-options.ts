import type { TCentreOption } from '@homeward/core';
import { sql } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';

/**
 * Centres a child may be placed in: every open centre of the caller's organisation, found by a
 * part of its name in either script. Read through `centre_directory`, which carries names only,
 * so a caseworker sees the names of centres they do not advise and nothing else about them.
 */
export async function listCentreOptions(data: ScopedData, q: string | undefined): Promise<TCentreOption[]> {
  let query = data.selectFrom('centre_directory').select(['id', 'name_km', 'name_latin']).where('archived_at', 'is', null);
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('name_km', 'ilike', pattern), eb('name_latin', 'ilike', pattern)]));
  }
  const rows = await query.orderBy(sql`coalesce(name_latin, name_km)`).limit(20).execute();
  return rows.map((r) => ({ id: r.id, nameKm: r.name_km, nameLatin: r.name_latin }));
}
