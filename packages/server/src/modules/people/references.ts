import type { FieldError } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';

/**
 * Field errors gathered over a whole request, so a form learns everything wrong with it at
 * once; thrown as one 400 `validation.failed` before anything is written.
 */
export class FieldErrors {
  private readonly list: FieldError[] = [];
  add(field: string, key: string, params?: FieldError['params']): void {
    this.list.push({ field, key, ...(params ? { params } : {}) });
  }
  get any(): boolean {
    return this.list.length > 0;
  }
  throwIfAny(): void {
    if (this.list.length) throw new AppError('validation.failed', 'The request is not valid', this.list);
  }
}

/** Each named NCDD code must be in the gazetteer (any level: often only the commune is known). */
export async function checkPlaces(data: ScopedData, errors: FieldErrors, codes: Record<string, string | null | undefined>): Promise<void> {
  const wanted = Object.entries(codes).filter((e): e is [string, string] => !!e[1]);
  if (!wanted.length) return;
  // The gazetteer is reference data, not an organisation's record: no scope applies.
  const found = new Set((await data.tx.selectFrom('place').select('code').where('code', 'in', wanted.map(([, c]) => c)).execute()).map((p) => p.code));
  for (const [field, code] of wanted) if (!found.has(code)) errors.add(field, 'validation.place_unknown');
}

/**
 * Values must be active in the organisation's lookup list. Values the record already holds are
 * not re-checked, so retiring a list value does not make existing records uneditable.
 */
export async function checkLookupValues(
  data: ScopedData,
  errors: FieldErrors,
  organisationId: string,
  list: string,
  entries: ReadonlyArray<{ field: string; value: string | null | undefined }>,
  alreadyHeld: ReadonlyArray<string> = [],
): Promise<void> {
  const toCheck = entries.filter((e): e is { field: string; value: string } => !!e.value && !alreadyHeld.includes(e.value));
  if (!toCheck.length) return;
  const rows = await data.selectFrom('lookup').select('value')
    .where('organisation_id', '=', organisationId).where('list', '=', list).where('active', '=', true)
    .where('value', 'in', [...new Set(toCheck.map((e) => e.value))]).execute();
  const active = new Set(rows.map((r) => r.value));
  for (const e of toCheck) if (!active.has(e.value)) errors.add(e.field, 'validation.lookup_unknown');
}

/**
 * Each named person must be in the caller's scope and in `organisationId` (a household or a
 * relation never joins two organisations). Unknown, foreign and out-of-scope look the same.
 */
export async function checkPeopleInScope(
  data: ScopedData,
  errors: FieldErrors,
  organisationId: string,
  entries: ReadonlyArray<{ field: string; id: string | null | undefined }>,
): Promise<void> {
  const wanted = entries.filter((e): e is { field: string; id: string } => !!e.id);
  if (!wanted.length) return;
  const rows = await data.selectFrom('person').select('id').where('organisation_id', '=', organisationId).where('id', 'in', [...new Set(wanted.map((e) => e.id))]).execute();
  const found = new Set(rows.map((r) => r.id));
  for (const e of wanted) if (!found.has(e.id)) errors.add(e.field, 'validation.person_unknown');
}

/** A date 'YYYY-MM-DD' after today is refused (a birth date is never in the future). */
export function checkNotFuture(errors: FieldErrors, field: string, date: string | null | undefined, today: string): void {
  if (date && date > today) errors.add(field, 'validation.date_future');
}
