/**
 * The matcher's scoring: how likely an existing person is the one described, 0–1, with the
 * reasons that a caseworker reads and a band. Pure: the server retrieves a few hundred
 * candidates by indexed keys and scores them here; the evaluation (bench/matching) scores the
 * same function in memory.
 */
import { foldLatin, hasKhmer } from '../khmer.js';
import type { PersonNames } from '../names.js';
import { khmerKey, khmerSkeleton } from './khmer-key.js';
import { consonantSkeleton, keyDistance, latinNameKey, levenshtein } from './latin-key.js';

export const matchReasons = [
  'khmer_name_exact', 'khmer_name_similar',
  'given_name_exact', 'latin_variant_given', 'given_name_similar',
  'family_name_exact', 'latin_variant_family', 'family_name_similar',
  'name_order_swapped', 'alias_match', 'patronymic_father', 'parent_name_match',
  'same_birth_date', 'age_within', 'age_far',
  'same_village', 'same_commune', 'same_district', 'same_province',
  'sex_mismatch',
] as const;
export type MatchReason = (typeof matchReasons)[number];
export const matchBands = ['likely', 'possible'] as const;
export type MatchBand = (typeof matchBands)[number];

/** At or above: "likely" the same person (an exact name with a close age but no shared place stays "possible"). */
export const LIKELY_THRESHOLD = 0.8;
/** At or above: "possible"; below, not a candidate. */
export const POSSIBLE_THRESHOLD = 0.45;

/** What is known of the person sought. Names may be in either script. */
export interface MatchQuery {
  nameKm?: string | null;
  familyName?: string | null;
  givenName?: string | null;
  otherNames?: ReadonlyArray<string>;
  sex?: 'female' | 'male' | 'unknown' | null;
  dateOfBirth?: string | null;
  ageYears?: number | null;
  villageCode?: string | null;
  fatherName?: string | null;
  motherName?: string | null;
}

/** An existing person as the matcher sees it. */
export interface MatchCandidate extends PersonNames {
  id: string;
  sex?: string | null;
  birthDate?: string | null;
  birthDateEstimated?: boolean | null;
  addressCode?: string | null;
  fatherGivenName?: string | null;
  motherGivenName?: string | null;
}

export interface MatchResult {
  score: number;
  band: MatchBand | null;
  reasons: MatchReason[];
}

type Level = 'exact' | 'variant' | 'similar';
interface PartMatch { sim: number; level: Level; khmer: boolean }

const NONE: PartMatch = { sim: 0, level: 'similar', khmer: false };

/** How alike two single name parts are (a family name, or a given name of one or more words). */
export function namePartSimilarity(a: string | null | undefined, b: string | null | undefined): PartMatch {
  if (!a?.trim() || !b?.trim()) return NONE;
  const ka = hasKhmer(a);
  if (ka !== hasKhmer(b)) return NONE;
  if (ka) {
    const x = khmerKey(a);
    const y = khmerKey(b);
    if (x === y) return { sim: 1, level: 'exact', khmer: true };
    if (khmerSkeleton(a) === khmerSkeleton(b)) return { sim: 0.85, level: 'variant', khmer: true };
    const d = levenshtein(x, y);
    if (d <= 1 && Math.min([...x].length, [...y].length) >= 3) return { sim: 0.75, level: 'similar', khmer: true };
    if (d <= 2 && Math.min([...x].length, [...y].length) >= 6) return { sim: 0.6, level: 'similar', khmer: true };
    return NONE;
  }
  const fa = foldLatin(a).replace(/[^a-z]/g, '');
  const fb = foldLatin(b).replace(/[^a-z]/g, '');
  if (fa === fb) return { sim: 1, level: 'exact', khmer: false };
  const x = latinNameKey(a);
  const y = latinNameKey(b);
  if (x === y) return { sim: 0.92, level: 'variant', khmer: false };
  const d = keyDistance(x, y);
  const len = Math.min(x.length, y.length);
  if (d <= 0.5) return { sim: 0.85, level: 'variant', khmer: false };
  if (d <= 1 && len >= 3) return { sim: 0.75, level: 'similar', khmer: false };
  if (d <= 1.5 && len >= 5) return { sim: 0.65, level: 'similar', khmer: false };
  if (d <= 2 && len >= 7) return { sim: 0.55, level: 'similar', khmer: false };
  // looser: the same consonants (a vowel missed or added: Smonang / Samnang), or keys mostly alike
  const sx = consonantSkeleton(x);
  const sy = consonantSkeleton(y);
  if (sx.length >= 2 && sx === sy) return { sim: 0.6, level: 'similar', khmer: false };
  const ratio = 1 - d / Math.max(x.length, y.length);
  if (ratio >= 0.5 && len >= 3) return { sim: 0.75 * ratio, level: 'similar', khmer: false };
  return NONE;
}

interface NameForm { family?: string | null; given?: string | null; alias: boolean }

/** A full name in one field: Khmer "family given" (or closed up), or Latin words. */
function splitFull(name: string, alias: boolean): NameForm[] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  if (words.length === 1) return [{ given: words[0], alias }];
  return [{ family: words[0], given: words.slice(1).join(' '), alias }];
}

function queryForms(q: MatchQuery): NameForm[] {
  const forms: NameForm[] = [];
  if (q.familyName || q.givenName) forms.push({ family: q.familyName, given: q.givenName, alias: false });
  if (q.nameKm) forms.push(...splitFull(q.nameKm, false));
  for (const other of q.otherNames ?? []) forms.push(...splitFull(other, true));
  return forms;
}

function candidateForms(c: MatchCandidate): NameForm[] {
  const forms: NameForm[] = [];
  if (c.familyNameKm || c.givenNameKm) forms.push({ family: c.familyNameKm, given: c.givenNameKm, alias: false });
  if (c.familyNameLatin || c.givenNameLatin) forms.push({ family: c.familyNameLatin, given: c.givenNameLatin, alias: false });
  if (c.nickname) forms.push({ given: c.nickname, alias: true });
  for (const a of c.aliases ?? []) {
    forms.push(...splitFull(a, true));
    if (/\s/.test(a.trim())) forms.push({ given: a, alias: true }); // a two-word given name (Srey Pov)
  }
  return forms;
}

interface NameMatch { score: number; given: PartMatch; family: PartMatch | null; swapped: boolean; alias: boolean }

function compareForms(q: NameForm, c: NameForm): NameMatch | null {
  const best: NameMatch[] = [];
  const alias = q.alias || c.alias;
  for (const swapped of [false, true]) {
    const cg = swapped ? c.family : c.given;
    const cf = swapped ? c.given : c.family;
    const given = namePartSimilarity(q.given, cg);
    if (q.given && !given.sim && !(q.family && !swapped)) continue;
    const family = q.family ? namePartSimilarity(q.family, cf) : null;
    let score: number;
    if (q.given && family) score = 0.62 * given.sim + 0.38 * family.sim;
    else if (q.given) score = 0.8 * given.sim;
    else if (family) score = 0.5 * family.sim;
    else continue;
    if (swapped) score *= 0.97;
    if (alias) score *= 0.97;
    best.push({ score, given, family, swapped, alias });
  }
  // both parts in one field of a closed-up Khmer name (ចាន់សុភា)
  if (q.given && !q.family && c.family && c.given && hasKhmer(q.given) && hasKhmer(c.given)) {
    const whole = namePartSimilarity(q.given, `${c.family}${c.given}`);
    if (whole.sim) best.push({ score: whole.sim * 0.98, given: whole, family: whole, swapped: false, alias });
  }
  return best.sort((a, b) => b.score - a.score)[0] ?? null;
}

const sharedPrefix = (a: string, b: string): number => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
};

const yearsBetween = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / (365.25 * 86400000);

/**
 * Score one candidate against what is known. Name counts most (0.6), then age or birth date
 * (0.15), place by NCDD code (0.15: village > commune > district > province) and parents' names
 * (0.1); a fact unknown on either side gives a little; a known different sex or an age far
 * apart cuts the score.
 */
export function scoreCandidate(q: MatchQuery, c: MatchCandidate, today: string): MatchResult {
  const reasons: MatchReason[] = [];
  let name: NameMatch | null = null;
  for (const qf of queryForms(q)) {
    for (const cf of candidateForms(c)) {
      const m = compareForms(qf, cf);
      if (m && (!name || m.score > name.score)) name = m;
    }
  }
  // The patronymic rule: a Khmer family name is traditionally the father's given name. The
  // sought person's father's name stands in for an unknown family name; a family name that is
  // the candidate's father's given name is a sign too, but does not replace the family name.
  const fatherAsFamily = q.fatherName ? Math.max(namePartSimilarity(q.fatherName, c.familyNameKm).sim, namePartSimilarity(q.fatherName, c.familyNameLatin).sim) : 0;
  const familyAsFather = q.familyName ? namePartSimilarity(q.familyName, c.fatherGivenName).sim : 0;
  let nameScore = name?.score ?? 0;
  if (name && (fatherAsFamily >= 0.75 || (familyAsFather >= 0.75 && (name.family?.sim ?? 0) >= 0.6))) {
    reasons.push('patronymic_father');
    if (!name.family && fatherAsFamily >= 0.75) nameScore = Math.max(nameScore, 0.62 * name.given.sim + 0.38 * fatherAsFamily * 0.95);
  }
  if (!name || name.given.sim === 0) return { score: 0, band: null, reasons: [] };
  const label = (part: PartMatch, kind: 'given' | 'family'): MatchReason | null => {
    if (!part.sim) return null;
    if (part.khmer) return part.level === 'exact' ? null : 'khmer_name_similar';
    if (part.level === 'exact') return kind === 'given' ? 'given_name_exact' : 'family_name_exact';
    if (part.level === 'variant') return kind === 'given' ? 'latin_variant_given' : 'latin_variant_family';
    return kind === 'given' ? 'given_name_similar' : 'family_name_similar';
  };
  const khmerExact = name.given.khmer && name.given.level === 'exact' && (!name.family || (name.family.khmer && name.family.level === 'exact'));
  const nameReasons: MatchReason[] = [];
  if (khmerExact) nameReasons.push('khmer_name_exact');
  else {
    const g = label(name.given, 'given');
    if (name.given.khmer && name.given.level === 'exact') nameReasons.push('khmer_name_exact');
    else if (g) nameReasons.push(g);
    const f = name.family ? label(name.family, 'family') : null;
    if (f && !nameReasons.includes(f)) nameReasons.push(f);
  }
  if (name.swapped) nameReasons.push('name_order_swapped');
  if (name.alias) nameReasons.push('alias_match');
  reasons.unshift(...nameReasons);

  let s = 0.6 * nameScore;

  // age or date of birth
  let ageFactor = 1;
  if (c.birthDate && (q.dateOfBirth || q.ageYears != null)) {
    if (q.dateOfBirth && q.dateOfBirth === c.birthDate) {
      s += 0.15;
      reasons.push('same_birth_date');
    } else {
      const gap = q.dateOfBirth ? yearsBetween(q.dateOfBirth, c.birthDate) : Math.abs(yearsBetween(c.birthDate, today) - (q.ageYears ?? 0) - 0.5);
      const slack = q.ageYears != null || c.birthDateEstimated ? 1 : 0;
      if (gap <= 2 + slack) {
        s += gap <= 1 ? 0.13 : 0.11;
        reasons.push('age_within');
      } else if (gap <= 4 + slack) s += 0.04;
      else {
        ageFactor = gap > 10 ? 0.45 : 0.65;
        reasons.push('age_far');
      }
    }
  } else s += 0.05;

  // place by NCDD code prefix
  if (q.villageCode && c.addressCode) {
    const shared = sharedPrefix(q.villageCode, c.addressCode);
    if (shared >= 8) { s += 0.15; reasons.push('same_village'); }
    else if (shared >= 6) { s += 0.12; reasons.push('same_commune'); }
    else if (shared >= 4) { s += 0.08; reasons.push('same_district'); }
    else if (shared >= 2) { s += 0.04; reasons.push('same_province'); }
  } else s += 0.04;

  // parents' names
  const parents: number[] = [];
  if (q.fatherName && c.fatherGivenName) parents.push(namePartSimilarity(q.fatherName, c.fatherGivenName).sim);
  if (q.motherName && c.motherGivenName) parents.push(namePartSimilarity(q.motherName, c.motherGivenName).sim);
  if (parents.length) {
    const p = parents.reduce((a, b) => a + b, 0) / parents.length;
    s += 0.1 * p;
    if (p >= 0.7) reasons.push('parent_name_match');
  } else s += 0.03;
  if (reasons.includes('patronymic_father')) s += 0.03;

  s *= ageFactor;
  if (q.sex && q.sex !== 'unknown' && c.sex && c.sex !== 'unknown' && q.sex !== c.sex) {
    s *= 0.6;
    reasons.push('sex_mismatch');
  }
  const score = Math.max(0, Math.min(1, Math.round(s * 1000) / 1000));
  const band: MatchBand | null = score >= LIKELY_THRESHOLD ? 'likely' : score >= POSSIBLE_THRESHOLD ? 'possible' : null;
  return { score, band, reasons };
}

/** Rank candidates best first, keeping those at least "possible". */
export function rankCandidates<C extends MatchCandidate>(q: MatchQuery, candidates: readonly C[], today: string, limit = 10): Array<MatchResult & { candidate: C }> {
  return candidates
    .map((candidate) => ({ candidate, ...scoreCandidate(q, candidate, today) }))
    .filter((r) => r.band !== null)
    .sort((a, b) => b.score - a.score || a.candidate.id.localeCompare(b.candidate.id))
    .slice(0, limit);
}
