import type { TDuplicateReason, TKin, TPersonSummary, TSex } from '@homeward/core';
import type { Message } from '../../lib/messages';

/**
 * How people are shown: names in both scripts, age, duplicate reasons, kin. Pure functions (no
 * React, no i18next) returning text or catalogue messages, so they are tested under Node.
 */

export interface NameFields {
  familyNameKm?: string | null;
  givenNameKm?: string | null;
  familyNameLatin?: string | null;
  givenNameLatin?: string | null;
  nickname?: string | null;
}

const KHMER = /[\u1780-\u17ff\u19e0-\u19ff]/;

/** Whether text contains Khmer script (it then needs `lang="km"` for the Khmer font and size). */
export const isKhmerText = (s: string | null | undefined): boolean => !!s && KHMER.test(s);

const join = (...parts: Array<string | null | undefined>): string | null => {
  const present = parts.map((p) => p?.trim()).filter((p): p is string => !!p);
  return present.length ? present.join(' ') : null;
};

/** Family name then given name in Khmer script, or null. */
export const khmerName = (p: NameFields): string | null => join(p.familyNameKm, p.givenNameKm);

/** Family name then given name in Latin letters (the spelling on the person's papers), or null. */
export const latinName = (p: NameFields): string | null => join(p.familyNameLatin, p.givenNameLatin);

export interface DisplayName {
  /** The name to show first: Khmer script when known (DOMAIN.md § Names), else the Latin spelling, else the nickname. */
  primary: string;
  /** Whether `primary` is Khmer script. */
  primaryKhmer: boolean;
  /** The Latin spelling under a Khmer name; null when there is nothing more to show. */
  secondary: string | null;
}

export function displayName(p: NameFields): DisplayName {
  const km = khmerName(p);
  const latin = latinName(p);
  if (km) return { primary: km, primaryKhmer: true, secondary: latin };
  if (latin) return { primary: latin, primaryKhmer: isKhmerText(latin), secondary: null };
  const nick = p.nickname?.trim() || '';
  return { primary: nick, primaryKhmer: isKhmerText(nick), secondary: null };
}

/** One line for a name (notifications, dialog titles): "ចាន់ សុភា (Chan Sophea)". */
export function nameLine(p: NameFields): string {
  const n = displayName(p);
  return n.secondary ? `${n.primary} (${n.secondary})` : n.primary;
}

// ---- age -------------------------------------------------------------------------------------

const parseIso = (iso: string): [number, number, number] | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
};

/** Whole years and the months past them, from a birth date to a day ('YYYY-MM-DD'). */
export function ageParts(birthDate: string, today: string): { years: number; months: number } | null {
  const b = parseIso(birthDate);
  const d = parseIso(today);
  if (!b || !d) return null;
  let months = (d[0] - b[0]) * 12 + (d[1] - b[1]);
  if (d[2] < b[2]) months -= 1;
  if (months < 0) return null;
  return { years: Math.floor(months / 12), months: months % 12 };
}

/** Today in the browser's calendar, as 'YYYY-MM-DD'. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A person's age as a message: years, or months under two (a baby's age in years says little).
 * An estimated birth date gives "≈ 12 years". Null when no birth date is known.
 * `n` is the number to show (formatted by the caller: Khmer digits); `count` picks the plural.
 */
export function ageMessage(p: Pick<TPersonSummary, 'birthDate' | 'birthDateEstimated' | 'age'>, today: string): Message | null {
  if (!p.birthDate) return null;
  const parts = ageParts(p.birthDate, today);
  const est = p.birthDateEstimated ? 'Estimated' : '';
  if (parts && parts.years < 2) {
    const months = parts.years * 12 + parts.months;
    return { key: `people.age.months${est}`, params: { count: months } };
  }
  const years = parts?.years ?? p.age;
  if (years === null || years === undefined) return null;
  return { key: `people.age.years${est}`, params: { count: years } };
}

/** The catalogue keys `ageMessage` may answer, listed so the catalogue check sees them used. */
export const ageKeys = ['people.age.months', 'people.age.monthsEstimated', 'people.age.years', 'people.age.yearsEstimated'] as const;

export const sexKeys: Record<TSex, 'people.sex.female' | 'people.sex.male' | 'people.sex.unknown'> = {
  female: 'people.sex.female',
  male: 'people.sex.male',
  unknown: 'people.sex.unknown',
};

// ---- possible duplicates ---------------------------------------------------------------------

/** Reasons a weaker one of which says nothing more: the same name implies a similar one, and so on. */
const supersedes: Partial<Record<TDuplicateReason, TDuplicateReason>> = {
  same_name: 'similar_name',
  same_birth_date: 'age',
  same_commune: 'same_district',
};

const reasonOrder: readonly TDuplicateReason[] = ['same_name', 'similar_name', 'family_name', 'same_birth_date', 'age', 'same_commune', 'same_district'];

export const duplicateReasonKeys: Record<TDuplicateReason, `people.duplicates.reasons.${TDuplicateReason}`> = {
  same_name: 'people.duplicates.reasons.same_name',
  similar_name: 'people.duplicates.reasons.similar_name',
  family_name: 'people.duplicates.reasons.family_name',
  same_birth_date: 'people.duplicates.reasons.same_birth_date',
  age: 'people.duplicates.reasons.age',
  same_commune: 'people.duplicates.reasons.same_commune',
  same_district: 'people.duplicates.reasons.same_district',
};

/** The reasons worth showing, strongest first, without repeats or reasons a stronger one implies. */
export function duplicateReasons(reasons: readonly TDuplicateReason[]): TDuplicateReason[] {
  const set = new Set(reasons);
  for (const r of reasons) {
    const weaker = supersedes[r];
    if (weaker) set.delete(weaker);
  }
  return reasonOrder.filter((r) => set.has(r));
}

/** How alike: "likely the same person" from 0.8, else "may be the same person". */
export const duplicateStrength = (score: number): 'likely' | 'possible' => (score >= 0.8 ? 'likely' : 'possible');

// ---- kin -------------------------------------------------------------------------------------

/**
 * What a relative is to the person whose page it is, as a message. `relationship` is the label
 * already read from the lookup list (in the reading language).
 * - household kin: the relative's relationship is to the head of the household;
 * - a direct relation: the relative is this person's `relationship`, or (reverse) this person
 *   (`selfName`, the page's person) is the relative's.
 */
export function kinMessage(kin: Pick<TKin, 'source' | 'relationship' | 'isHead' | 'reverse'>, relationship: string | null, selfName: string): Message {
  if (kin.source === 'household') {
    if (kin.isHead) return { key: 'people.kin.head' };
    return relationship ? { key: 'people.kin.toHead', params: { relationship } } : { key: 'people.kin.householdMember' };
  }
  if (!relationship) return { key: 'people.kin.relative' };
  return kin.reverse ? { key: 'people.kin.reverse', params: { relationship, name: selfName } } : { key: 'people.kin.relation', params: { relationship } };
}

/** A label in the middle of an English sentence starts lower case ("their grandparent"); Khmer has no case. */
export const inSentence = (label: string, language: string): string =>
  language === 'en' && /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;

/**
 * A person's kin once each, households first: a relative in two of the person's households,
 * or both in a household and in a direct relation, is listed with every link.
 */
export function groupKin(kin: readonly TKin[]): Array<{ personId: string | null; person: TKin['person']; links: TKin[] }> {
  const out: Array<{ personId: string | null; person: TKin['person']; links: TKin[] }> = [];
  const byId = new Map<string, (typeof out)[number]>();
  const sorted = [...kin].sort((a, b) => Number(a.source === 'relation') - Number(b.source === 'relation'));
  for (const k of sorted) {
    const id = k.person?.id ?? null;
    const existing = id ? byId.get(id) : undefined;
    if (existing) existing.links.push(k);
    else {
      const entry = { personId: id, person: k.person, links: [k] };
      out.push(entry);
      if (id) byId.set(id, entry);
    }
  }
  return out;
}

// ---- files -----------------------------------------------------------------------------------

/** A file size in KB under a megabyte, else MB with one decimal. */
export function fileSize(bytes: number): { unit: 'kb' | 'mb'; value: number } {
  if (bytes < 1024 * 1024) return { unit: 'kb', value: Math.max(1, Math.round(bytes / 1024)) };
  return { unit: 'mb', value: Math.round((bytes / (1024 * 1024)) * 10) / 10 };
}
