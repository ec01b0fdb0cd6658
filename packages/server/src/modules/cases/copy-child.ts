import { personMatchKeys } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { personNamesOf } from '../tracing/match-keys.js';
import type { Assignment } from './rules.js';

/**
 * A copy of the child's person record, aliases and identity documents in the receiving
 * organisation, in the new caseworker's caseload. The copy starts its own history: no photo,
 * internal notes or household come across (those are the sending organisation's records), and
 * child categories are kept only where the receiving organisation's list has them.
 */
export async function copyChild(data: ScopedData, personId: string, organisationId: string, owner: Assignment): Promise<string> {
  // Read by id for a transfer the receiving organisation is accepting (see transfer-access.ts).
  const p = await data.tx.selectFrom('person').selectAll().where('id', '=', personId).executeTakeFirstOrThrow();
  const categories = p.child_categories.length
    ? (await data.tx.selectFrom('lookup').select('value').where('organisation_id', '=', organisationId).where('list', '=', 'child_category')
      .where('active', '=', true).where('value', 'in', p.child_categories).execute()).map((r) => r.value)
    : [];
  const aliases = await data.tx.selectFrom('person_alias').select(['name', 'script']).where('person_id', '=', personId).where('archived_at', 'is', null).execute();
  const documents = await data.tx.selectFrom('person_document').select(['document_type', 'number'])
    .where('person_id', '=', personId).where('archived_at', 'is', null).execute();
  const id = crypto.randomUUID();
  await data.insert('person', {
    id, organisation_id: organisationId, team_id: owner.teamId, caseworker_id: owner.caseworkerId, centre_id: null,
    kind: p.kind, family_name_km: p.family_name_km, given_name_km: p.given_name_km, family_name_latin: p.family_name_latin,
    given_name_latin: p.given_name_latin, nickname: p.nickname, sex: p.sex, birth_date: p.birth_date, birth_date_estimated: p.birth_date_estimated,
    birth_place_code: p.birth_place_code, address_code: p.address_code, address_detail: p.address_detail,
    father_given_name: p.father_given_name, mother_given_name: p.mother_given_name, disability: p.disability,
    child_categories: categories, id_poor_level: p.id_poor_level, photo_attachment_id: null, notes: null,
    search_key: p.search_key, match_keys: p.match_keys ?? personMatchKeys(personNamesOf(p, aliases.map((a) => a.name))),
    created_by: data.actor.userId, archived_at: null,
  }, {
    parts: {
      copiedFrom: { before: null, after: personId },
      aliases: { before: null, after: aliases.map((a) => a.name) },
      documents: { before: null, after: documents.map((d) => ({ type: d.document_type, number: d.number })) },
    },
  });
  if (aliases.length) {
    await data.tx.insertInto('person_alias')
      .values(aliases.map((a) => ({ id: crypto.randomUUID(), person_id: id, name: a.name, script: a.script, archived_at: null }))).execute();
  }
  if (documents.length) {
    await data.tx.insertInto('person_document')
      .values(documents.map((d) => ({ id: crypto.randomUUID(), person_id: id, document_type: d.document_type, number: d.number, archived_at: null })))
      .execute();
  }
  return id;
}
