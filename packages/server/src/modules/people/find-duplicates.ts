import { ageOn, searchKey, todayIso, type TDuplicateCheckRequest, type TDuplicateReason, type TPossibleDuplicate } from '@homeward/core';
import { sql, type SqlBool } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { presentPersonSummary, type PersonRow } from './queries.js';

/** How alike two names must be to be considered (pg_trgm word similarity, 0–1). Sophal/Sophall ≈ 0.86, Sophal/Sophorl ≈ 0.57. */
const NAME_THRESHOLD = 0.5;
/** Candidates scoring below this are not worth a warning. */
const SCORE_THRESHOLD = 0.5;
const CANDIDATES = 50;

const keysOf = (names: ReadonlyArray<string | null | undefined>): string[] => [...new Set(names.map((n) => searchKey(n)).filter(Boolean))];

const sameArea = (a: string, b: string, digits: number): boolean => a.length >= digits && b.length >= digits && a.slice(0, digits) === b.slice(0, digits);

/**
 * Score one candidate, 0–1: the given name counts most (0.45), then the family name (0.15),
 * birth date or age within two years (0.2) and the same commune or district (0.2). A fact not
 * known on either side gives a little, a known different sex halves the score, and ages far
 * apart cut it (two people of one name a decade apart are usually two people).
 */
function score(input: TDuplicateCheckRequest, row: PersonRow, given: number, family: number | null, today: string): { score: number; reasons: TDuplicateReason[] } {
  const reasons: TDuplicateReason[] = [given >= 0.999 ? 'same_name' : 'similar_name'];
  let s = 0.45 * given;
  if (family === null) s += 0.05;
  else {
    s += 0.15 * family;
    if (family >= 0.6) reasons.push('family_name');
  }
  if (input.birthDate && row.birth_date) {
    const gap = Math.abs(ageOn(input.birthDate, today) - ageOn(row.birth_date, today));
    if (input.birthDate === row.birth_date) {
      s += 0.2;
      reasons.push('same_birth_date');
    } else if (gap <= 2) {
      s += 0.15;
      reasons.push('age');
    } else s *= 0.7;
  } else s += 0.05;
  if (input.addressCode && row.address_code) {
    if (sameArea(input.addressCode, row.address_code, 6)) {
      s += 0.2;
      reasons.push('same_commune');
    } else if (sameArea(input.addressCode, row.address_code, 4)) {
      s += 0.1;
      reasons.push('same_district');
    }
  } else s += 0.03;
  if (input.sex && input.sex !== 'unknown' && row.sex !== 'unknown' && input.sex !== row.sex) s *= 0.5;
  return { score: Math.min(1, Math.round(s * 100) / 100), reasons };
}

/**
 * The simple duplicate warning: people in the caller's scope whose name is the same as or like
 * a given name (or alias) asked about, in either script, scored with family name, age and
 * place. Trigram word similarity on the stored search key, through its index. The candidates
 * shown are audited as a list read.
 */
export async function findDuplicates(data: ScopedData, input: TDuplicateCheckRequest, limit = 10): Promise<TPossibleDuplicate[]> {
  const givenKeys = keysOf([input.givenNameKm, input.givenNameLatin, ...(input.aliases ?? []).map((a) => a.name)]);
  const familyKeys = keysOf([input.familyNameKm, input.familyNameLatin]);
  if (!givenKeys.length) return [];
  // `<%` uses the trigram index with this threshold; SET LOCAL ends with the transaction.
  await sql`set local pg_trgm.word_similarity_threshold = ${sql.lit(NAME_THRESHOLD)}`.execute(data.tx);
  const greatest = (keys: string[]) => sql<number>`greatest(${sql.join(keys.map((k) => sql`word_similarity(${k}, search_key)`))})`;
  let q = data.selectFrom('person').selectAll()
    .select([greatest(givenKeys).as('given_similarity'), (familyKeys.length ? greatest(familyKeys) : sql<number>`0`).as('family_similarity')])
    .where('archived_at', 'is', null)
    .where((eb) => eb.or(givenKeys.map((k) => sql<SqlBool>`${k} <% search_key`)));
  if (input.excludeId) q = q.where('id', '!=', input.excludeId);
  const rows = await q.orderBy(greatest(givenKeys), 'desc').orderBy('id').limit(CANDIDATES).execute();

  const today = todayIso();
  const found = rows
    .map((row) => ({ row, ...score(input, row, Number(row.given_similarity), familyKeys.length ? Number(row.family_similarity) : null, today) }))
    .filter((c) => c.score >= SCORE_THRESHOLD)
    .sort((a, b) => b.score - a.score || a.row.id.localeCompare(b.row.id))
    .slice(0, limit);
  await data.auditList('person', found.map((c) => c.row.id), { purpose: 'duplicate_check' });
  return found.map((c) => ({ person: presentPersonSummary(c.row, today), score: c.score, reasons: c.reasons }));
}
