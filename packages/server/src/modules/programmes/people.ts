import { ageOn, todayIso, type TProgrammePerson, type TSex } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';

/**
 * The people a programme record names (members, candidates, attendees), as programme screens
 * show them: names, sex and age, nothing from the case file. Reached through a programme record
 * the caller may see, so the person's own caseload does not apply; the read is audited as a
 * list read of those people.
 */
export async function programmePeople(data: ScopedData, organisationId: string, ids: readonly string[], purpose: string): Promise<Map<string, TProgrammePerson>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, TProgrammePerson>();
  if (!unique.length) return out;
  const rows = await data.tx.selectFrom('person')
    .select(['id', 'family_name_km', 'given_name_km', 'family_name_latin', 'given_name_latin', 'nickname', 'sex', 'birth_date'])
    .where('id', 'in', unique).where('organisation_id', '=', organisationId).execute();
  const today = todayIso();
  for (const r of rows) {
    out.set(r.id, {
      id: r.id, familyNameKm: r.family_name_km, givenNameKm: r.given_name_km, familyNameLatin: r.family_name_latin, givenNameLatin: r.given_name_latin,
      nickname: r.nickname, sex: r.sex as TSex, age: r.birth_date ? ageOn(r.birth_date, today) : null,
    });
  }
  await data.auditList('person', [...out.keys()], { purpose });
  return out;
}

/** `id` as a programme person, or a placeholder when it is outside the caller's organisation. */
export const personOf = (people: Map<string, TProgrammePerson>, id: string): TProgrammePerson =>
  people.get(id) ?? { id, familyNameKm: null, givenNameKm: null, familyNameLatin: null, givenNameLatin: null, nickname: null, sex: 'unknown', age: null };
