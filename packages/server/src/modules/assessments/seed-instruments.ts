import { checkDefinition } from '@homeward/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { allowsClosure } from './instrument-rules.js';
import { shippedInstruments } from './seeds/index.js';

/**
 * Load the instruments shipped with Homeward once: version 1, published, organisation NULL.
 * Runs at every start under the migration lock; an instrument already there is left alone (a
 * change of wording ships as a new version, never as an edit of one that has answers).
 */
export async function seedInstruments(db: Kysely<Database>): Promise<number> {
  const present = new Set((await db.selectFrom('instrument').select('code').where('organisation_id', 'is', null).execute()).map((r) => r.code));
  const missing = shippedInstruments.filter((i) => !present.has(i.code));
  for (const input of missing) {
    const problems = checkDefinition(input.definition);
    if (problems.length) throw new Error(`Shipped instrument ${input.code} is not valid: ${JSON.stringify(problems)}`);
  }
  if (missing.length === 0) return 0;
  await db.insertInto('instrument').values(missing.map((i) => ({
    id: crypto.randomUUID(), organisation_id: null, code: i.code, version: 1, status: 'published', name_en: i.name.en, name_km: i.name.km,
    description: i.description ?? null, subject: i.subject, frequency_days: i.frequencyDays,
    definition: i.definition, allows_closure: allowsClosure(i.definition), created_by: null, published_at: new Date(),
  }))).execute();
  return missing.length;
}
