import { personMatchKeys, personSearchKey, type TCreatePersonRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { assertCreatedInScope, resolveOwnership } from './ownership.js';
import { checkPersonInput, personColumns, planAliases, planDocuments, uniqueAliases } from './person-parts.js';
import { FieldErrors } from './references.js';

/**
 * Register a child or adult in a caseload (the caller's unless another is named). Everything is
 * checked before anything is written; the person with their aliases and documents is one
 * audited `create`. Answers the new id.
 */
export async function registerPerson(data: ScopedData, input: TCreatePersonRequest): Promise<string> {
  const errors = new FieldErrors();
  await checkPersonInput(data, errors, data.actor.organisationId, input);
  const owner = await resolveOwnership(data, errors, input);
  errors.throwIfAny();

  const id = crypto.randomUUID();
  const aliases = uniqueAliases(input.aliases ?? []);
  const aliasPlan = planAliases(data, [], aliases);
  const documentPlan = planDocuments(data, [], input.documents ?? []);
  await data.insert('person', {
    ...personColumns(input), ...owner, id, kind: input.kind, sex: input.sex,
    search_key: personSearchKey({ ...input, aliases: aliases.map((a) => a.name) }),
    match_keys: personMatchKeys({ ...input, aliases: aliases.map((a) => a.name) }),
    created_by: data.actor.userId, archived_at: null,
  }, {
    parts: { ...(aliasPlan && { aliases: aliasPlan.change }), ...(documentPlan && { documents: documentPlan.change }) },
  });
  await aliasPlan?.apply(id);
  await documentPlan?.apply(id);
  await assertCreatedInScope(data, 'person', id, input.caseworkerId !== undefined || input.teamId !== undefined);
  return id;
}
