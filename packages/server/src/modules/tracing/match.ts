import { queryNameWords, queryWordGroups, rankCandidates, todayIso, type MatchCandidate, type MatchQuery, type MatchResult } from '@homeward/core';
import { sql, type SqlBool } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { PersonRow } from '../people/queries.js';

/** Trigram word similarity a name word must reach to make a person a candidate (Sophal/Sophorl ≈ 0.43). */
const WORD_THRESHOLD = 0.4;
/** How many candidates are fetched and scored in JS; the SQL orders them by a cheap estimate first. */
const CANDIDATES = 300;

export type MatchedPerson = MatchResult & { row: PersonRow };

const candidateOf = (row: PersonRow, aliases: string[]): MatchCandidate => ({
  id: row.id, familyNameKm: row.family_name_km, givenNameKm: row.given_name_km, familyNameLatin: row.family_name_latin, givenNameLatin: row.given_name_latin,
  nickname: row.nickname, aliases, sex: row.sex, birthDate: row.birth_date, birthDateEstimated: row.birth_date_estimated, addressCode: row.address_code,
  fatherGivenName: row.father_given_name, motherGivenName: row.mother_given_name,
});

/**
 * People in the caller's scope who may be the person described, best first. Candidates come from
 * the trigram index on the stored search key (every name, alias and nickname, both scripts): any
 * query name word (the father's name too, for the patronymic rule) alike a word of the key. The
 * SQL orders them by name likeness plus place and birth year, keeps a few hundred, and the pure
 * matcher in `@homeward/core` scores them. Not audited here: callers audit what they show.
 *
 * Consent: no record in the schema forbids tracing a person (consents are per case and record
 * what was agreed, not a refusal), so nothing is excluded on that ground; scope still applies.
 */
export async function matchPeople(data: ScopedData, query: MatchQuery, options: { limit?: number; excludeId?: string } = {}): Promise<MatchedPerson[]> {
  const words = queryNameWords(query);
  if (!words.length) return [];
  // `<%` uses the trigram index with this threshold; SET LOCAL ends with the transaction.
  await sql`set local pg_trgm.word_similarity_threshold = ${sql.lit(WORD_THRESHOLD)}`.execute(data.tx);
  const likeness = sql.join(words.map((w) => sql`word_similarity(${w}, search_key)`), sql` + `);
  const place = query.villageCode
    ? sql<number>`(case when left(address_code, 6) = ${query.villageCode.slice(0, 6)} then 1 when left(address_code, 4) = ${query.villageCode.slice(0, 4)} then 0.5 else 0 end)`
    : sql<number>`0`;
  const year = query.dateOfBirth ? Number(query.dateOfBirth.slice(0, 4)) : query.ageYears != null ? Number(todayIso().slice(0, 4)) - query.ageYears : null;
  const age = year !== null ? sql<number>`(case when abs(extract(year from birth_date) - ${year}) <= 3 then 0.7 else 0 end)` : sql<number>`0`;
  const anyOf = (ws: string[]) => sql<SqlBool>`(${sql.join(ws.map((w) => sql`${w} <% search_key`), sql` or `)})`;
  const fetch = (where: ReturnType<typeof anyOf>) => {
    let q = data.selectFrom('person').selectAll().where('archived_at', 'is', null).where(where);
    if (options.excludeId) q = q.where('id', '!=', options.excludeId);
    return q.orderBy(sql`${likeness} + ${place} + ${age}`, 'desc').orderBy('id').limit(CANDIDATES).execute();
  };
  // A word of the given name and a word of the family (or father's) name: common names alone
  // match thousands of people. Spelling variants the trigrams miss (Sok / Sock) come from a
  // second, looser query over any name word, limited to the same district or birth years when
  // those are known.
  const { given, family } = queryWordGroups(query);
  const strict = given.length && family.length ? await fetch(sql<SqlBool>`${anyOf(given)} and ${anyOf(family)}`) : [];
  const near: Array<ReturnType<typeof anyOf>> = [];
  if (query.villageCode && query.villageCode.length >= 4) near.push(sql<SqlBool>`left(address_code, 4) = ${query.villageCode.slice(0, 4)}`);
  if (year !== null) near.push(sql<SqlBool>`birth_date between ${`${year - 4}-01-01`} and ${`${year + 4}-12-31`}`);
  const loose = near.length ? await fetch(sql<SqlBool>`${anyOf(words)} and (${sql.join(near, sql` or `)})`) : strict.length < 10 ? await fetch(anyOf(words)) : [];
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
