/**
 * A labelled evaluation set for the matcher, generated deterministically from a seed: people
 * with real-looking Khmer names (Khmer script + the Latin spellings people write, from
 * bench/synthetic/names.ts) and queries that each describe one of them the way a caseworker or
 * a relative would: another Latin spelling, the order swapped, a typo, only the Khmer script or
 * none, the father's name instead of the family name, an estimated age, a nearby village.
 */
import type { MatchCandidate, MatchQuery } from '@homeward/core';
import { Random } from '../synthetic/random.js';
import { familyNames, femaleGivenNames, maleGivenNames, type KhmerName } from '../synthetic/names.js';

export const queryKinds = ['latin_variant', 'swapped_order', 'typo', 'khmer_only', 'no_khmer_place_only', 'patronymic_child', 'patronymic_father', 'estimated_age', 'nearby_village'] as const;
export type QueryKind = (typeof queryKinds)[number];
export interface LabelledQuery { kind: QueryKind; query: MatchQuery; answer: string }
export interface EvaluationSet { today: string; people: MatchCandidate[]; queries: LabelledQuery[] }

const pad = (n: number): string => String(n).padStart(2, '0');
const TODAY = '2026-12-01';

/** A spelling other than `not`, if the name has one. */
const otherSpelling = (rnd: Random, name: KhmerName, not: string): string => rnd.pick(name.latin.filter((l) => l !== not).length ? name.latin.filter((l) => l !== not) : name.latin);

function typo(rnd: Random, word: string): string {
  const i = rnd.int(1, Math.max(1, word.length - 1));
  const letters = 'aeiouhnkmrst';
  switch (rnd.int(0, 3)) {
    case 0: return word.slice(0, i) + rnd.pick([...letters]) + word.slice(i); // insertion
    case 1: return word.length > 3 ? word.slice(0, i) + word.slice(i + 1) : word + 'h'; // deletion
    case 2: return word.slice(0, i) + rnd.pick([...letters]) + word.slice(i + 1); // substitution
    default: return i < word.length - 1 ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word + 'e'; // transposition
  }
}

interface Person extends MatchCandidate { family: KhmerName; given: KhmerName; father: KhmerName }

export function generateEvaluationSet(seed = 20261201, peopleCount = 4000, queryCount = 600): EvaluationSet {
  const rnd = new Random(seed);
  // A few provinces, so that the same names meet in the same districts and communes.
  const village = (): string => `${pad(rnd.int(1, 6))}${pad(rnd.int(1, 5))}${pad(rnd.int(1, 6))}${pad(rnd.int(1, 8))}`;
  const people: Person[] = [];
  for (let i = 0; i < peopleCount; i++) {
    const sex = rnd.chance(0.5) ? 'female' : 'male';
    const given = rnd.pick(sex === 'female' ? femaleGivenNames : maleGivenNames);
    const father = rnd.pick(maleGivenNames);
    // Traditionally the family name is the father's given name; otherwise an inherited family name.
    const family = rnd.chance(0.35) ? father : rnd.pick(familyNames);
    const mother = rnd.pick(femaleGivenNames);
    const familyLatin = rnd.pick(family.latin);
    const givenLatin = rnd.pick(given.latin);
    const adult = rnd.chance(0.3);
    const birthDate = adult ? rnd.date('1960-01-01', '2000-12-31') : rnd.date('2006-01-01', '2022-12-31');
    const aliases = rnd.chance(0.25) ? [`${rnd.pick(family.latin)} ${otherSpelling(rnd, given, givenLatin)}`] : [];
    const khmer = rnd.chance(0.85);
    people.push({
      id: `p${String(i).padStart(5, '0')}`, family, given, father,
      familyNameKm: khmer ? family.km : null, givenNameKm: khmer ? given.km : null, familyNameLatin: familyLatin, givenNameLatin: givenLatin,
      nickname: null, aliases, sex, birthDate, birthDateEstimated: rnd.chance(0.4), addressCode: village(),
      fatherGivenName: rnd.chance(0.6) ? rnd.pick(father.latin) : null, motherGivenName: rnd.chance(0.5) ? rnd.pick(mother.latin) : null,
    });
  }

  const age = (p: Person, err: number): number => Math.max(0, Math.floor((Date.parse(TODAY) - Date.parse(p.birthDate!)) / (365.25 * 86400000)) + rnd.int(-err, err));
  const nearby = (code: string): string => (rnd.chance(0.5) ? `${code.slice(0, 6)}${pad(rnd.int(1, 8))}` : code.slice(0, 6));
  const queries: LabelledQuery[] = [];
  for (let i = 0; i < queryCount; i++) {
    const kind = queryKinds[i % queryKinds.length]!;
    let p = rnd.pick(people);
    if (kind === 'khmer_only') while (!p.givenNameKm) p = rnd.pick(people);
    if (kind === 'patronymic_child') while (p.family !== p.father) p = rnd.pick(people);
    if (kind === 'patronymic_father') while (p.sex !== 'male' || Date.parse(p.birthDate!) > Date.parse('2000-01-01')) p = rnd.pick(people);
    const givenVariant = otherSpelling(rnd, p.given, p.givenNameLatin!);
    const familyVariant = otherSpelling(rnd, p.family, p.familyNameLatin!);
    const context = { sex: rnd.chance(0.7) ? p.sex as 'female' | 'male' : undefined, ageYears: age(p, 2), villageCode: rnd.chance(0.8) ? p.addressCode! : nearby(p.addressCode!) };
    let query: MatchQuery;
    switch (kind) {
      case 'latin_variant': query = { familyName: familyVariant, givenName: givenVariant, ...context }; break;
      case 'swapped_order': query = { familyName: givenVariant, givenName: p.familyNameLatin, ...context }; break;
      case 'typo': query = { familyName: p.familyNameLatin, givenName: typo(rnd, givenVariant), ...context }; break;
      case 'khmer_only': query = { nameKm: rnd.chance(0.5) ? `${p.family.km} ${p.given.km}` : `${p.family.km}${p.given.km}`, ...context }; break;
      case 'no_khmer_place_only': query = { familyName: familyVariant, givenName: givenVariant, villageCode: p.addressCode! }; break;
      // the child's family name is unknown; the father's given name is known
      case 'patronymic_child': query = { givenName: givenVariant, fatherName: rnd.pick(p.father.latin), ...context }; break;
      // looking for a father by the child's family name (= his given name), an estimated age and the commune
      case 'patronymic_father': query = { givenName: givenVariant, sex: 'male', ageYears: age(p, 3), villageCode: p.addressCode!.slice(0, 6) }; break;
      case 'estimated_age': query = { familyName: familyVariant, givenName: givenVariant, ageYears: age(p, 3), villageCode: p.addressCode!.slice(0, 4) }; break;
      case 'nearby_village': query = { familyName: p.familyNameLatin, givenName: givenVariant, dateOfBirth: p.birthDate!, villageCode: `${p.addressCode!.slice(0, 6)}${pad(rnd.int(1, 8))}` }; break;
    }
    queries.push({ kind, query, answer: p.id });
  }
  const plain: MatchCandidate[] = people.map(({ family: _f, given: _g, father: _fa, ...c }) => c);
  return { today: TODAY, people: plain, queries };
}
