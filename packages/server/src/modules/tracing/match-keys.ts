import { personMatchKeys, type PersonNames } from '@homeward/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { PersonRow } from '../people/queries.js';

type NameColumns = Pick<PersonRow, 'family_name_km' | 'given_name_km' | 'family_name_latin' | 'given_name_latin' | 'nickname'>;

/** A stored person's names as the matcher's key functions take them. */
export const personNamesOf = (row: NameColumns, aliases: readonly string[]): PersonNames => ({
  familyNameKm: row.family_name_km, givenNameKm: row.given_name_km, familyNameLatin: row.family_name_latin,
  givenNameLatin: row.given_name_latin, nickname: row.nickname, aliases,
});

/** Rows per statement: one JSON parameter of a few hundred KB. */
const BATCH = 2000;

/**
 * Fill `person.match_keys` where it is still null: rows written before migration 013, or after
 * a change of the key functions resets them. Runs after migrations at start-up under the
 * migration lock; idempotent, so a second server or a restart finds nothing to do. Not a read of
 * anyone's record on a user's behalf, so it goes around the scoped data layer as migrations do.
 */
export async function backfillMatchKeys(db: Kysely<Database>): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await db.selectFrom('person')
      .select(['id', 'family_name_km', 'given_name_km', 'family_name_latin', 'given_name_latin', 'nickname'])
      .where('match_keys', 'is', null).orderBy('id').limit(BATCH).execute();
    if (!rows.length) return done;
    const aliasRows = await db.selectFrom('person_alias').select(['person_id', 'name'])
      .where('person_id', 'in', rows.map((r) => r.id)).where('archived_at', 'is', null).execute();
    const aliases = new Map<string, string[]>();
    for (const a of aliasRows) aliases.set(a.person_id, [...(aliases.get(a.person_id) ?? []), a.name]);
    const keys = Object.fromEntries(rows.map((r) => [r.id, personMatchKeys(personNamesOf(r, aliases.get(r.id) ?? []))]));
    await sql`update person p set match_keys = array(select jsonb_array_elements_text(k.value))
      from jsonb_each(${JSON.stringify(keys)}::jsonb) k where p.id = k.key::uuid`.execute(db);
    done += rows.length;
  }
}
