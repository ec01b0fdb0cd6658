/**
 * The server's candidate retrieval (packages/server/src/modules/tracing/match.ts) done in
 * memory over the evaluation set, so the evaluation measures what the API answers — retrieval
 * by stored keys, then scoring — and not only the scorer over every person. Keep the two in step.
 */
import { personMatchKeys, queryMatchKeys, type MatchCandidate, type MatchQuery } from '@homeward/core';

/** The same cap as the SQL: candidates kept per retrieval step, best estimate first. */
export const CANDIDATES = 300;

export interface Retriever { retrieve(q: MatchQuery): MatchCandidate[]; averageRetrieved(): number }

export function keyRetriever(people: readonly MatchCandidate[], today: string): Retriever {
  const keyed = people.map((p) => ({ p, keys: new Set(personMatchKeys(p)), year: p.birthDate ? Number(p.birthDate.slice(0, 4)) : null }));
  let retrieved = 0;
  let queries = 0;
  return {
    averageRetrieved: () => (queries ? Math.round((retrieved / queries) * 10) / 10 : 0),
    retrieve(q) {
      const { given, family, all, ownGiven, ownFamily } = queryMatchKeys(q);
      if (!all.length) return [];
      const year = q.dateOfBirth ? Number(q.dateOfBirth.slice(0, 4)) : q.ageYears != null ? Number(today.slice(0, 4)) - q.ageYears : null;
      const district = q.villageCode && q.villageCode.length >= 4 ? q.villageCode.slice(0, 4) : null;
      const estimate = (k: (typeof keyed)[number]): number => {
        let s = 2 * Number(ownGiven.some((x) => k.keys.has(x))) + Number(ownFamily.some((x) => k.keys.has(x)));
        if (q.villageCode && k.p.addressCode?.slice(0, 6) === q.villageCode.slice(0, 6)) s += 1;
        else if (q.villageCode && k.p.addressCode?.slice(0, 4) === q.villageCode.slice(0, 4)) s += 0.5;
        if (year !== null && k.year !== null && Math.abs(k.year - year) <= 3) s += 0.7;
        return s;
      };
      const fetch = (where: (k: (typeof keyed)[number]) => boolean): Array<(typeof keyed)[number]> => keyed.filter(where)
        .map((k) => ({ k, s: estimate(k) })).sort((a, b) => b.s - a.s || a.k.p.id.localeCompare(b.k.p.id)).slice(0, CANDIDATES).map((x) => x.k);
      const any = (k: (typeof keyed)[number], keys: string[]): boolean => keys.some((x) => k.keys.has(x));
      const strict = given.length && family.length ? fetch((k) => any(k, given) && any(k, family)) : [];
      const near = district !== null || year !== null;
      const isNear = (k: (typeof keyed)[number]): boolean => (district === null || k.p.addressCode?.slice(0, 4) === district) && (year === null || (k.year !== null && Math.abs(k.year - year) <= 4));
      const one = given.length ? [...given, ...ownFamily] : family;
      const loose = near ? fetch((k) => any(k, one) && isNear(k)) : strict.length < 10 ? fetch((k) => any(k, one)) : [];
      const seen = new Set<string>();
      const out = [...strict, ...loose].filter((k) => !seen.has(k.p.id) && !!seen.add(k.p.id)).map((k) => k.p);
      retrieved += out.length;
      queries++;
      return out;
    },
  };
}
