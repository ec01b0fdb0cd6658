import { searchKey, searchWords, type TProgrammePerson } from '@homeward/core';
import { sql } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { programmePeople } from './people.js';

const likeAny = (word: string): string => `%${word.replace(/[%_\\]/g, '\\$&')}%`;

/**
 * Young people of the caller's organisation whose name, alias or nickname holds every typed
 * word (either script, as the people search keys them), best matches first, at most `limit`.
 * Programme staff enrol and tick young people from any caseload (as attendance does), so the
 * organisation bounds the search, not the caseload; only what programme screens show is
 * answered, and the list read is audited.
 */
export async function findProgrammePeople(data: ScopedData, q: string, limit = 20): Promise<TProgrammePerson[]> {
  const words = searchWords(q);
  if (!words.length) return [];
  let rows = data.tx.selectFrom('person').select('id')
    .where('organisation_id', '=', data.actor.organisationId).where('archived_at', 'is', null);
  for (const word of words) rows = rows.where('search_key', 'like', likeAny(word));
  const found = await rows.orderBy(sql`word_similarity(${searchKey(q)}, search_key)`, 'desc').orderBy('id').limit(limit).execute();
  const people = await programmePeople(data, data.actor.organisationId, found.map((r) => r.id), 'programme picker');
  return found.flatMap((r) => people.get(r.id) ?? []);
}
