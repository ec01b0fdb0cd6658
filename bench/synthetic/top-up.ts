import { sql, type Kysely } from 'kysely';
import type { Database } from '../../packages/server/src/platform/db/schema.js';
import { addAssessments } from './assessments.js';
import { addCentres, type CentreSummary } from './centres.js';
import type { Scale } from './scale.js';
import { addYouthProgrammes } from './youth.js';

/**
 * Centres (with the children placed at them), assessments and the youth programmes, added to a dataset that has the
 * people and cases already — as the last step of `generate`, or later to a dataset loaded before
 * they existed. Each part is added only when its table is empty, so running it twice is safe.
 * Returns the rows written per table.
 */
export async function topUpDataset(db: Kysely<Database>, scale: Scale, seed: number): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  // Fresh statistics first: without them the planner runs the per-case subqueries below as scans
  // of whole tables (minutes instead of seconds on the national dataset).
  await sql`analyze`.execute(db);
  const merge = (m: Map<string, number>) => { for (const [t, n] of m) counts[t] = (counts[t] ?? 0) + n; };
  let centres: CentreSummary[];
  if (!(await db.selectFrom('centre').select('id').limit(1).executeTakeFirst())) {
    const added = await addCentres(db, scale, seed);
    merge(added.counts);
    centres = added.centres;
  } else {
    centres = (await db.selectFrom('centre').select(['id', 'organisation_id', 'team_id', 'caseworker_id', 'partner_since', 'created_at']).orderBy('id').execute())
      .filter((c) => c.caseworker_id !== null)
      .map((c) => ({ id: c.id, organisationId: c.organisation_id, teamId: c.team_id, adviserId: c.caseworker_id!, partnerSince: c.partner_since ?? new Date(c.created_at as Date).toISOString().slice(0, 10) }));
  }
  if (!(await db.selectFrom('assessment').select('id').limit(1).executeTakeFirst())) {
    if (Object.keys(counts).length) await sql`analyze`.execute(db);
    merge(await addAssessments(db, scale, seed, centres));
  }
  if (!(await db.selectFrom('youth_club').select('id').limit(1).executeTakeFirst()) && !(await db.selectFrom('course').select('id').limit(1).executeTakeFirst())) {
    if (Object.keys(counts).length) await sql`analyze`.execute(db);
    merge(await addYouthProgrammes(db, scale, seed));
  }
  if (Object.keys(counts).length) await sql`analyze`.execute(db);
  return counts;
}
