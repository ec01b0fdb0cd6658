import { personMatchKeys, personSearchKey, type TUpdatePersonRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { diff } from '../../platform/audit/audit.js';
import { AppError, notFound } from '../../platform/errors.js';
import { checkPersonInput, personColumns, planAliases, planDocuments, uniqueAliases } from './person-parts.js';
import { loadNameParts, type PersonRow } from './queries.js';
import { FieldErrors } from './references.js';

/**
 * Lock a record in scope for an edit and check the version the edit was made on: a record
 * changed since answers 409 `record.conflict` — never silent last-write-wins. The row lock makes
 * a second concurrent edit of the same version wait, then see the new version and fail.
 */
export async function lockPersonVersion(data: ScopedData, id: string, version: number): Promise<PersonRow> {
  const row = await data.selectFrom('person').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw notFound();
  if (row.version !== version) throw new AppError('record.conflict', `The record has changed (version ${row.version}); reload it`);
  return row;
}

/**
 * Edit a person. Lists given (aliases, documents) replace the stored ones; the search key is
 * rebuilt from every name; one audit row names every changed field. An edit that changes
 * nothing writes nothing and keeps the version.
 */
export async function updatePerson(data: ScopedData, id: string, input: TUpdatePersonRequest): Promise<void> {
  const before = await lockPersonVersion(data, id, input.version);
  const parts = await loadNameParts(data, id);
  const errors = new FieldErrors();
  await checkPersonInput(data, errors, before.organisation_id, input, before, parts.documents.map((d) => d.document_type));
  errors.throwIfAny();

  const currentAliases = parts.aliases.map((a) => ({ id: a.id, name: a.name, script: a.script === 'latin' ? 'latin' as const : 'khmer' as const }));
  const aliases = input.aliases ? uniqueAliases(input.aliases) : currentAliases;
  const aliasPlan = input.aliases ? planAliases(data, currentAliases, aliases) : null;
  const documentPlan = input.documents ? planDocuments(data, parts.documents, input.documents) : null;

  const columns = personColumns(input);
  const pick = <T>(value: T | undefined, stored: T): T => (value !== undefined ? value : stored);
  const names = {
    familyNameKm: pick(input.familyNameKm, before.family_name_km),
    givenNameKm: pick(input.givenNameKm, before.given_name_km),
    familyNameLatin: pick(input.familyNameLatin, before.family_name_latin),
    givenNameLatin: pick(input.givenNameLatin, before.given_name_latin),
    nickname: pick(input.nickname, before.nickname),
    aliases: aliases.map((a) => a.name),
  };
  const search_key = personSearchKey(names);
  const partChanges = { ...(aliasPlan && { aliases: aliasPlan.change }), ...(documentPlan && { documents: documentPlan.change }) };
  if (Object.keys(diff<object>(before, { ...columns, search_key })).length === 0 && Object.keys(partChanges).length === 0) return;

  // The matcher's keys follow the names, as the search key does (decision 0011).
  await data.update('person', id, { ...columns, search_key, match_keys: personMatchKeys(names), version: before.version + 1, updated_at: new Date() }, { parts: partChanges });
  await aliasPlan?.apply(id);
  await documentPlan?.apply(id);
}
