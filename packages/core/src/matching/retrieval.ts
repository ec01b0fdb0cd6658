/**
 * Candidate retrieval keys. Each person stores the keys of every name word (both scripts,
 * aliases, nickname) in an indexed array (`person.match_keys`, GIN); a query is turned into keys
 * the same way and candidates are the people sharing a key — an exact lookup in the index, so a
 * query costs the same on 200,000 people as on 2,000. Only those candidates are scored by
 * {@link rankCandidates}. The keys are chosen so that what the scorer accepts as a variant or a
 * near-miss shares a key:
 * - `l:` the romanisation-aware key ({@link latinNameKey}) and, for keys of 4 letters or more,
 *   the key with one letter deleted (a deletion neighbourhood: two keys one edit apart — a typo,
 *   a vowel class swapped — always share one of these);
 * - `s:` the consonant skeleton of that key (a vowel missed or added: Smonang / Samnang);
 * - `k:` normalised Khmer, and `K:` its consonant skeleton (a vowel sign missed).
 * Changing what these functions answer changes every stored key: a migration must then set
 * `match_keys` to null so the back-fill recomputes them.
 */
import { foldLatin, hasKhmer } from '../khmer.js';
import type { PersonNames } from '../names.js';
import { khmerKey, khmerSkeleton } from './khmer-key.js';
import { consonantSkeleton, latinNameKey } from './latin-key.js';
import type { MatchQuery } from './score.js';

/** Shorter keys get no deletion neighbours: a 3-letter key less one letter matches too many names. */
const MIN_NEIGHBOUR_KEY = 4;

/** The retrieval keys of one name word (a word already split on spaces). */
export function nameWordKeys(word: string): string[] {
  if (!word.trim()) return [];
  if (hasKhmer(word)) {
    const k = khmerKey(word);
    return k ? [`k:${k}`, `K:${khmerSkeleton(word)}`] : [];
  }
  const key = latinNameKey(word);
  if (!key) return [];
  const keys = [`l:${key}`];
  if (key.length >= MIN_NEIGHBOUR_KEY) for (let i = 0; i < key.length; i++) keys.push(`l:${key.slice(0, i)}${key.slice(i + 1)}`);
  const skeleton = consonantSkeleton(key);
  if (skeleton.length >= 2) keys.push(`s:${skeleton}`);
  return keys;
}

/** A name's words, and the name closed up when it has several (Srey Pov / Sreypov, ជា សុផល / ជាសុផល). */
function nameWords(name: string | null | undefined): string[] {
  const words = name?.trim() ? foldLatin(name).split(/\s+/).filter(Boolean) : [];
  return words.length > 1 ? [...words, words.join('')] : words;
}

/**
 * A query name of several words is looked up closed up only: its words alone (Srey of Srey Mao)
 * are shared by a large part of the population and would make the lookup read thousands of rows.
 */
function queryNameWords(name: string | null | undefined): string[] {
  const words = name?.trim() ? foldLatin(name).split(/\s+/).filter(Boolean) : [];
  return words.length > 1 ? [words.join('')] : words;
}

const keysOf = (names: ReadonlyArray<string | null | undefined>, split = nameWords): string[] => [...new Set(names.flatMap(split).flatMap(nameWordKeys))].sort();
/** Each word's own key only (`l:` or `k:`), no neighbours or skeletons: a person sharing one has that name, spelling aside. */
const ownKeysOf = (names: ReadonlyArray<string | null | undefined>): string[] => [...new Set(names.flatMap(queryNameWords).map((w) => nameWordKeys(w)[0]).filter((k): k is string => !!k))].sort();

/** What `person.match_keys` holds: the keys of every name and alias of a person, sorted, each once. */
export function personMatchKeys(p: PersonNames): string[] {
  const km = [p.familyNameKm, p.givenNameKm].filter((n): n is string => !!n?.trim());
  return keysOf([p.familyNameKm, p.givenNameKm, km.length > 1 ? km.join('') : null, p.familyNameLatin, p.givenNameLatin, p.nickname, ...(p.aliases ?? [])]);
}

/**
 * A query's keys in two groups: the given name (and other names), and the family name or the
 * father's given name (the patronymic rule). Retrieval asks for a key of each group when both are
 * known — a common family name alone matches thousands of people — and for one group near the
 * place or birth years otherwise. `own…` are the words' own keys, used to put people who have the
 * name itself (spelling aside) before those who only share a near-miss key.
 */
export function queryMatchKeys(q: MatchQuery): { given: string[]; family: string[]; all: string[]; ownGiven: string[]; ownFamily: string[] } {
  const km = q.nameKm?.trim().split(/\s+/) ?? [];
  const kmFamily = km.length > 1 ? km[0] : undefined;
  const kmGiven = km.length > 1 ? km.slice(1).join(' ') : km[0];
  const givenNames = [q.givenName, kmGiven, km.length > 1 ? km.join('') : null, ...(q.otherNames ?? [])];
  const familyNames = [q.familyName, q.fatherName, kmFamily];
  const given = keysOf(givenNames, queryNameWords);
  const family = keysOf(familyNames, queryNameWords);
  return { given, family, all: [...new Set([...given, ...family])].sort(), ownGiven: ownKeysOf(givenNames), ownFamily: ownKeysOf(familyNames) };
}
