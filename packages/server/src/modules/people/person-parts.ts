import { hasGivenName, todayIso, type TAliasInput, type TCreatePersonRequest, type TDocumentInput, type TUpdatePersonRequest } from '@homeward/core';
import type { Updateable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { PersonTable } from '../../platform/db/schema.js';
import type { PersonRow } from './queries.js';
import { checkLookupValues, checkNotFuture, checkPlaces, type FieldErrors } from './references.js';

type PersonInput = Partial<Omit<TCreatePersonRequest, 'caseworkerId' | 'teamId'>> & Partial<Pick<TUpdatePersonRequest, 'version'>>;
type Change = { before: unknown; after: unknown };

/** The person's columns a request sets; a field left out stays as it is (undefined is not written). */
export function personColumns(input: PersonInput): Updateable<PersonTable> {
  return {
    kind: input.kind,
    sex: input.sex,
    family_name_km: input.familyNameKm,
    given_name_km: input.givenNameKm,
    family_name_latin: input.familyNameLatin,
    given_name_latin: input.givenNameLatin,
    nickname: input.nickname,
    birth_date: input.birthDate,
    birth_date_estimated: input.birthDateEstimated,
    birth_place_code: input.birthPlaceCode,
    address_code: input.addressCode,
    address_detail: input.addressDetail,
    father_given_name: input.fatherGivenName,
    mother_given_name: input.motherGivenName,
    disability: input.disability,
    child_categories: input.childCategories ? [...new Set(input.childCategories)] : undefined,
    id_poor_level: input.idPoorLevel,
    notes: input.notes,
  };
}

/**
 * Every rule a registration or an edit must pass, gathered as field errors: a given name in at
 * least one script (after the edit), no birth date in the future, places in the gazetteer,
 * categories and document types from the organisation's active lists.
 */
export async function checkPersonInput(
  data: ScopedData, errors: FieldErrors, organisationId: string, input: PersonInput, before?: PersonRow, heldDocumentTypes: string[] = [],
): Promise<void> {
  const pick = <K extends 'givenNameKm' | 'givenNameLatin'>(k: K, column: 'given_name_km' | 'given_name_latin') => (input[k] !== undefined ? input[k] : before?.[column]);
  if (!hasGivenName({ givenNameKm: pick('givenNameKm', 'given_name_km'), givenNameLatin: pick('givenNameLatin', 'given_name_latin') })) {
    errors.add('givenNameKm', 'validation.name_required');
    errors.add('givenNameLatin', 'validation.name_required');
  }
  checkNotFuture(errors, 'birthDate', input.birthDate, todayIso());
  await checkPlaces(data, errors, { birthPlaceCode: input.birthPlaceCode, addressCode: input.addressCode });
  await checkLookupValues(data, errors, organisationId, 'child_category',
    (input.childCategories ?? []).map((value, i) => ({ field: `childCategories.${i}`, value })), before?.child_categories ?? []);
  await checkLookupValues(data, errors, organisationId, 'id_document_type',
    (input.documents ?? []).map((d, i) => ({ field: `documents.${i}.type`, value: d.type })), heldDocumentTypes);
}

const aliasKey = (a: TAliasInput) => `${a.script}\u0000${a.name.normalize('NFC').toLowerCase()}`;
const documentKey = (d: { type: string; number?: string | null }) => `${d.type}\u0000${d.number ?? ''}`;

type StoredAlias = TAliasInput & { id: string };
type StoredDocument = { id: string; document_type: string; number: string | null };

/**
 * What to change so the stored list becomes exactly the wanted one: new items added, dropped
 * ones archived (never deleted), with the audit change; null when nothing changes. Planned
 * before writing, so the person's one audit row can name the change.
 */
export interface PartsPlan {
  change: Change;
  apply(personId: string): Promise<void>;
}

export function planAliases(data: ScopedData, current: ReadonlyArray<StoredAlias>, wanted: ReadonlyArray<TAliasInput>): PartsPlan | null {
  const want = new Map(uniqueAliases(wanted).map((a) => [aliasKey(a), a]));
  const have = new Set(current.map(aliasKey));
  const drop = current.filter((a) => !want.has(aliasKey(a)));
  const add = [...want.entries()].filter(([k]) => !have.has(k)).map(([, a]) => a);
  if (!drop.length && !add.length) return null;
  const show = (list: Iterable<TAliasInput>) => [...list].map((a) => ({ name: a.name, script: a.script }));
  return {
    change: { before: show(current), after: show(want.values()) },
    async apply(personId) {
      if (drop.length) await data.tx.updateTable('person_alias').set({ archived_at: new Date() }).where('id', 'in', drop.map((a) => a.id)).execute();
      if (add.length) {
        await data.tx.insertInto('person_alias')
          .values(add.map((a) => ({ id: crypto.randomUUID(), person_id: personId, name: a.name, script: a.script, archived_at: null }))).execute();
      }
    },
  };
}

/** The same for ID documents (same type and number = same document). */
export function planDocuments(data: ScopedData, current: ReadonlyArray<StoredDocument>, wanted: ReadonlyArray<TDocumentInput>): PartsPlan | null {
  const keyOf = (d: StoredDocument) => documentKey({ type: d.document_type, number: d.number });
  const want = new Map(wanted.map((d) => [documentKey(d), d]));
  const have = new Set(current.map(keyOf));
  const drop = current.filter((d) => !want.has(keyOf(d)));
  const add = [...want.entries()].filter(([k]) => !have.has(k)).map(([, d]) => d);
  if (!drop.length && !add.length) return null;
  return {
    change: {
      before: current.map((d) => ({ type: d.document_type, number: d.number })),
      after: [...want.values()].map((d) => ({ type: d.type, number: d.number ?? null })),
    },
    async apply(personId) {
      if (drop.length) await data.tx.updateTable('person_document').set({ archived_at: new Date() }).where('id', 'in', drop.map((d) => d.id)).execute();
      if (add.length) {
        await data.tx.insertInto('person_document')
          .values(add.map((d) => ({ id: crypto.randomUUID(), person_id: personId, document_type: d.type, number: d.number ?? null, archived_at: null }))).execute();
      }
    },
  };
}

/** The wanted list of aliases without repeats (same script, same name in any case): the first spelling wins. */
export function uniqueAliases(list: ReadonlyArray<TAliasInput>): TAliasInput[] {
  const first = new Map<string, TAliasInput>();
  for (const a of list) if (!first.has(aliasKey(a))) first.set(aliasKey(a), a);
  return [...first.values()];
}
