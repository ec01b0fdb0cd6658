import { todayIso, type MatchQuery, type MatchReason, type TDuplicateCheckRequest, type TDuplicateReason, type TPossibleDuplicate } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { matchPeople } from '../tracing/match.js';
import { presentPersonSummary } from './queries.js';

const joinedName = (...parts: Array<string | null | undefined>): string | undefined => parts.filter((p) => !!p?.trim()).join(' ') || undefined;

/** A registration form as the matcher's query: Latin names as the name pair, Khmer as the full Khmer name, aliases as other names. */
export function duplicateQuery(input: TDuplicateCheckRequest): MatchQuery {
  const latin = !!(input.givenNameLatin || input.familyNameLatin);
  return {
    familyName: latin ? input.familyNameLatin : input.familyNameKm,
    givenName: latin ? input.givenNameLatin : input.givenNameKm,
    nameKm: latin && input.givenNameKm ? joinedName(input.familyNameKm, input.givenNameKm) : undefined,
    otherNames: (input.aliases ?? []).map((a) => a.name),
    sex: input.sex, dateOfBirth: input.birthDate, villageCode: input.addressCode,
  };
}

/** The matcher's reasons in the duplicate warning's older, coarser vocabulary (its API is unchanged). */
export function duplicateReasonsOf(reasons: readonly MatchReason[], hasFamily: boolean): TDuplicateReason[] {
  const has = (...r: MatchReason[]): boolean => r.some((x) => reasons.includes(x));
  const out: TDuplicateReason[] = [has('khmer_name_exact', 'given_name_exact') ? 'same_name' : 'similar_name'];
  if (has('family_name_exact', 'latin_variant_family', 'family_name_similar', 'patronymic_father') || (hasFamily && has('khmer_name_exact'))) out.push('family_name');
  if (has('same_birth_date')) out.push('same_birth_date');
  else if (has('age_within')) out.push('age');
  if (has('same_village', 'same_commune')) out.push('same_commune');
  else if (has('same_district')) out.push('same_district');
  return out;
}

/**
 * The duplicate warning: people in the caller's scope who may be the person being registered,
 * found and scored by the matcher (tracing/match.ts: Khmer-aware name keys, name order, age,
 * place). The candidates shown are audited as a list read.
 */
export async function findDuplicates(data: ScopedData, input: TDuplicateCheckRequest, limit = 10): Promise<TPossibleDuplicate[]> {
  if (!input.givenNameKm && !input.givenNameLatin && !input.aliases?.length) return [];
  const found = await matchPeople(data, duplicateQuery(input), { limit, excludeId: input.excludeId });
  await data.auditList('person', found.map((c) => c.row.id), { purpose: 'duplicate_check' });
  const today = todayIso();
  const hasFamily = !!(input.familyNameKm || input.familyNameLatin);
  return found.map((c) => ({ person: presentPersonSummary(c.row, today), score: c.score, reasons: duplicateReasonsOf(c.reasons, hasFamily), matchReasons: c.reasons }));
}
