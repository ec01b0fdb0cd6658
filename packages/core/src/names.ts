/**
 * Cambodian personal names: the search key stored beside a person, and how a name is shown.
 * Family name first, then given name; the Khmer-script name is primary, Latin spellings and
 * aliases are other ways people write it (DOMAIN.md § Names).
 */
import { searchKey } from './khmer.js';

export interface PersonNames {
  familyNameKm?: string | null;
  givenNameKm?: string | null;
  familyNameLatin?: string | null;
  givenNameLatin?: string | null;
  nickname?: string | null;
  aliases?: ReadonlyArray<string>;
}

const joined = (...parts: Array<string | null | undefined>): string | null => {
  const present = parts.filter((p): p is string => !!p?.trim());
  return present.length > 1 ? present.join('').replace(/\s+/g, '') : null;
};

/** A name of several words also written as one (Srey Pov / Sreypov), or null. */
const closedUp = (name: string | null | undefined): string | null => (name && /\s/.test(name.trim()) ? name.replace(/\s+/g, '') : null);

/**
 * The search key of a person: every name and alias, normalised (Khmer in one code-point order,
 * Latin folded) and, because people type names with and without spaces, the Khmer full name and
 * any several-word name closed up too. Search matches every word of a query against it, so name
 * order (Chan Sophea / Sophea Chan) does not matter. Words appear once.
 */
export function personSearchKey(p: PersonNames): string {
  const aliases = p.aliases ?? [];
  const key = searchKey(
    p.familyNameKm, p.givenNameKm, joined(p.familyNameKm, p.givenNameKm),
    p.familyNameLatin, p.givenNameLatin, closedUp(p.familyNameLatin), closedUp(p.givenNameLatin),
    p.nickname, closedUp(p.nickname),
    ...aliases, ...aliases.map(closedUp),
  );
  return [...new Set(key.split(' ').filter(Boolean))].join(' ');
}

/** The words of a search query, each as the search key holds it. */
export const searchWords = (query: string): string[] => [...new Set(searchKey(query).split(' ').filter(Boolean))];

/** Whether a person has a given name in either script (the database requires one). */
export const hasGivenName = (p: Pick<PersonNames, 'givenNameKm' | 'givenNameLatin'>): boolean => !!(p.givenNameKm?.trim() || p.givenNameLatin?.trim());

/** A person's name for display: Khmer family and given name, else the Latin spelling. */
export function displayName(p: PersonNames): string {
  const km = [p.familyNameKm, p.givenNameKm].filter(Boolean).join(' ');
  const latin = [p.familyNameLatin, p.givenNameLatin].filter(Boolean).join(' ');
  return km || latin || p.nickname || '';
}
