import type { TMatchRequest, TTracingRequest, TTracingStatus } from '@homeward/core';

export const statusColors: Record<TTracingStatus, string> = { open: 'blue', found: 'teal', found_unsafe: 'orange', not_found: 'gray', closed: 'dark' };

const join = (...parts: Array<string | null | undefined>): string | null => {
  const s = parts.filter((p) => p && p.trim()).join(' ');
  return s ? s : null;
};

/** The sought person's name for a heading: Khmer script first, Latin after. */
export function soughtName(r: Pick<TTracingRequest, 'familyNameKm' | 'givenNameKm' | 'familyNameLatin' | 'givenNameLatin' | 'otherNames'>): { km: string | null; latin: string | null } {
  return { km: join(r.familyNameKm, r.givenNameKm), latin: join(r.familyNameLatin, r.givenNameLatin) ?? r.otherNames[0] ?? null };
}

/**
 * What the matcher is asked for a request: the Khmer name whole, the Latin parts, other names,
 * sex, an age (from the birth year when only that is known), the last place and parents' names.
 * Null when no name is known (the matcher needs one).
 */
export function matchBodyOf(r: TTracingRequest, thisYear: number, limit = 5): TMatchRequest | null {
  const nameKm = join(r.familyNameKm, r.givenNameKm) ?? undefined;
  const body: TMatchRequest = {
    ...(nameKm && { nameKm }),
    ...(r.familyNameLatin && { familyName: r.familyNameLatin }),
    ...(r.givenNameLatin && { givenName: r.givenNameLatin }),
    ...(r.otherNames.length > 0 && { otherNames: r.otherNames.slice(0, 10) }),
    ...(r.sex !== 'unknown' && { sex: r.sex }),
    ...(r.ageYears !== null ? { ageYears: r.ageYears } : r.birthYear !== null ? { ageYears: Math.max(0, Math.min(120, thisYear - r.birthYear)) } : {}),
    ...(r.lastPlaceCode && { villageCode: r.lastPlaceCode }),
    ...(r.fatherName && { fatherName: r.fatherName }),
    ...(r.motherName && { motherName: r.motherName }),
    limit,
  };
  return body.nameKm || body.familyName || body.givenName || body.otherNames?.length ? body : null;
}

/**
 * Field-error keys the server answers for tracing rules (shown through the form error helpers);
 * listed so the catalogue check knows they are in use.
 */
export const tracingFieldErrorKeys = [
  'tracing.errors.request_not_open', 'tracing.errors.status_unchanged', 'tracing.errors.found_person_required',
  'tracing.errors.found_person_only_when_found', 'tracing.errors.person_or_new_person',
] as const;
