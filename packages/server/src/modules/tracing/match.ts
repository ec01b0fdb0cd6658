import { queryMatchKeys, rankCandidates, todayIso, type MatchCandidate, type MatchQuery, type MatchResult } from '@homeward/core';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { PersonRow } from '../people/queries.js';

/** How many candidates are fetched and scored in JS; the SQL orders them by a cheap estimate first. */
const CANDIDATES = 300;

export type MatchedPerson = MatchResult & { row: PersonRow };

const candidateOf = (row: PersonRow, aliases: string[]): MatchCandidate => ({
  id: row.id, familyNameKm: row.family_name_km, givenNameKm: row.given_name_km, familyNameLatin: row.family_name_latin, givenNameLatin: row.given_name_latin,
  nickname: row.nickname, aliases, sex: row.sex, birthDate: row.birth_date, birthDateEstimated: row.birth_date_estimated, addressCode: row.address_code,
  fatherGivenName: row.father_given_name, motherGivenName: row.mother_given_name,
});

/**
 * People in the caller's scope who may be the person described, best first. Candidates are the
 * people sharing a retrieval key with the query (`person.match_keys`, GIN; keys from
 * `@homeward/core` matching/retrieval.ts): a key of the given name and one of the family (or
 * father's) name when both are known, and — for a family name written quite differently, or a
 * name known only in part — a key of the given name within the same district and ±4 birth years.
 * The SQL orders them by whether they have the names themselves, place and birth year, keeps a
 * few hundred, and the pure matcher scores them. bench/matching/retrieve.ts
 * does the same in memory for the evaluation: keep the two in step. Not audited here: callers
 * audit what they show.
 *
 * Consent: no record in the schema forbids tracing a person (consents are per case and record
 * what was agreed, not a refusal), so nothing is excluded on that ground; scope still applies.
 */
export async function matchPeople(data: ScopedData, query: MatchQuery, options: { limit?: number; excludeId?: string } = {}): Promise<MatchedPerson[]> {
  const { given, family, all, ownGiven, ownFamily } = queryMatchKeys(query);
  if (!all.length) return [];
  const keys = (ks: string[]) => sql`${ks}::text[]`;
  const has = (ks: string[]) => (ks.length ? sql<number>`(match_keys && ${keys(ks)})::int` : sql<number>`0`);
  // The name itself (any spelling) before a near-miss key; a cheap index-free test per row.
  const shared = sql<number>`(2 * ${has(ownGiven)} + ${has(ownFamily)})`;
  const place = query.villageCode
    ? sql<number>`(case when left(address_code, 6) = ${query.villageCode.slice(0, 6)} then 1 when left(address_code, 4) = ${query.villageCode.slice(0, 4)} then 0.5 else 0 end)`
    : sql<number>`0`;
  const year = query.dateOfBirth ? Number(query.dateOfBirth.slice(0, 4)) : query.ageYears != null ? Number(todayIso().slice(0, 4)) - query.ageYears : null;
  const age = year !== null ? sql<number>`(case when abs(extract(year from birth_date) - ${year}) <= 3 then 0.7 else 0 end)` : sql<number>`0`;
  const overlaps = (ks: string[]) => sql<SqlBool>`match_keys && ${keys(ks)}`;
  // The key lookup runs first, on its own, as an array of ids the scoped query then reads by
  // primary key: with the scope's organisation condition beside it, the planner would rather read
  // the whole organisation through its B-tree (measured: 150 ms against 7 ms for 20,000 people on
  // PGlite), and PostgreSQL 18 (PGlite) folds a plain `id in (subquery)` self-join back into one
  // scan. What is returned is still only what the scope lets through.
  const fetch = (where: RawBuilder<SqlBool>) => {
    const hits = data.tx.selectFrom('person as hit').select('hit.id').where(where);
    let q = data.selectFrom('person').selectAll().where('archived_at', 'is', null).where(sql<SqlBool>`id = any(array(${hits}))`);
    if (options.excludeId) q = q.where('id', '!=', options.excludeId);
    return q.orderBy(sql`${shared} + ${place} + ${age}`, 'desc').orderBy('id').limit(CANDIDATES).execute();
  };
  const near: Array<RawBuilder<SqlBool>> = [];
  if (query.villageCode && query.villageCode.length >= 4) near.push(sql<SqlBool>`left(address_code, 4) = ${query.villageCode.slice(0, 4)}`);
  if (year !== null) near.push(sql<SqlBool>`birth_date between ${`${year - 4}-01-01`} and ${`${year + 4}-12-31`}`);
  // The planner prices a GIN lookup of a dozen keys above reading the whole table (measured: a
  // sequential scan of 20,000 people 70 ms on PGlite, the index 7 ms), so it is told not to scan
  // while these two queries run, and the setting is put back for the rest of the transaction.
  const seqscan = (await sql<{ v: string }>`select current_setting('enable_seqscan') as v`.execute(data.tx)).rows[0]?.v ?? 'on';
  await sql`select set_config('enable_seqscan', 'off', true)`.execute(data.tx);
  const strict = given.length && family.length ? await fetch(sql<SqlBool>`${overlaps(given)} and ${overlaps(family)}`) : [];
  // The fallback, for a given name mistyped beyond one edit, a family name written quite
  // differently, or one name known (a father sought by his given name): a key of the given name
  // or the family name's own key (not its near-miss keys: too common), in the same district and
  // within ±4 birth years, both required when both are known — either alone brings thousands of
  // rows at national scale.
  const one = given.length ? [...given, ...ownFamily] : family;
  const loose = near.length ? await fetch(sql<SqlBool>`${overlaps(one)} and ${sql.join(near, sql` and `)}`) : strict.length < 10 ? await fetch(overlaps(one)) : [];
  await sql`select set_config('enable_seqscan', ${seqscan}, true)`.execute(data.tx);
  const seen = new Set<string>();
  const rows = [...strict, ...loose].filter((r) => !seen.has(r.id) && !!seen.add(r.id));
  if (!rows.length) return [];

  const aliasRows = await data.tx.selectFrom('person_alias').select(['person_id', 'name'])
    .where('person_id', 'in', rows.map((r) => r.id)).where('archived_at', 'is', null).execute();
  const aliases = new Map<string, string[]>();
  for (const a of aliasRows) aliases.set(a.person_id, [...(aliases.get(a.person_id) ?? []), a.name]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ranked = rankCandidates(query, rows.map((r) => candidateOf(r, aliases.get(r.id) ?? [])), todayIso(), options.limit ?? 10);
  return ranked.map(({ candidate, ...result }) => ({ ...result, row: byId.get(candidate.id)! }));
}
