import {
  ageOn, todayIso, ZNameScript, ZPersonKind, ZSex,
  type TKin, type TPerson, type TPersonHousehold, type TPersonSummary,
} from '@homeward/core';
import type { Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { PersonTable } from '../../platform/db/schema.js';
import { loadPlaces } from './place-refs.js';

export type PersonRow = Selectable<PersonTable>;

export const isoTime = (d: Date | string): string => new Date(d).toISOString();
export const idPoorLevelOf = (n: number | null): 1 | 2 | null => (n === 1 || n === 2 ? n : null);

export function presentPersonSummary(row: PersonRow, today: string = todayIso()): TPersonSummary {
  return {
    id: row.id,
    kind: ZPersonKind.parse(row.kind),
    familyNameKm: row.family_name_km,
    givenNameKm: row.given_name_km,
    familyNameLatin: row.family_name_latin,
    givenNameLatin: row.given_name_latin,
    nickname: row.nickname,
    sex: ZSex.parse(row.sex),
    birthDate: row.birth_date,
    birthDateEstimated: row.birth_date_estimated,
    age: row.birth_date ? ageOn(row.birth_date, today) : null,
    addressCode: row.address_code,
    photoAttachmentId: row.photo_attachment_id,
    caseworkerId: row.caseworker_id,
    teamId: row.team_id,
    archived: row.archived_at !== null,
  };
}

/** The person's active aliases and documents: parts of the record kept in their own tables. */
export async function loadNameParts(data: ScopedData, personId: string) {
  const aliases = await data.tx.selectFrom('person_alias').select(['id', 'name', 'script'])
    .where('person_id', '=', personId).where('archived_at', 'is', null).orderBy('created_at').orderBy('name').execute();
  const documents = await data.tx.selectFrom('person_document').select(['id', 'document_type', 'number'])
    .where('person_id', '=', personId).where('archived_at', 'is', null).orderBy('created_at').orderBy('document_type').execute();
  return { aliases, documents };
}

/**
 * Kin of a person: co-members of the households they live in (only households in the caller's
 * scope) and direct relations in both directions. Each relative is summarised only when in the
 * caller's scope; every one shown is audited as read.
 */
async function loadKin(data: ScopedData, personId: string): Promise<{ households: TPersonHousehold[]; kin: TKin[] }> {
  const tx = data.tx;
  const memberships = await tx.selectFrom('household_member').selectAll().where('person_id', '=', personId).where('left_at', 'is', null).orderBy('joined_at').execute();
  const householdIds = [...new Set(memberships.map((m) => m.household_id))];
  const visibleHouseholds = householdIds.length
    ? await data.selectFrom('household').select(['id', 'name']).where('id', 'in', householdIds).execute()
    : [];
  const householdName = new Map(visibleHouseholds.map((h) => [h.id, h.name]));
  await data.auditList('household', [...householdName.keys()], { via: 'person', personId });

  const coMembers = householdName.size
    ? await tx.selectFrom('household_member').selectAll()
      .where('household_id', 'in', [...householdName.keys()]).where('left_at', 'is', null).where('person_id', '!=', personId)
      .orderBy('is_head', 'desc').orderBy('joined_at').execute()
    : [];
  const relations = await tx.selectFrom('person_relation').selectAll()
    .where((eb) => eb.or([eb('person_id', '=', personId), eb('relative_id', '=', personId)]))
    .where('archived_at', 'is', null).orderBy('created_at').execute();

  const kinIds = [...new Set([...coMembers.map((m) => m.person_id), ...relations.map((r) => (r.person_id === personId ? r.relative_id : r.person_id))])];
  const kinRows = kinIds.length ? await data.selectFrom('person').selectAll().where('id', 'in', kinIds).execute() : [];
  await data.auditList('person', kinRows.map((r) => r.id), { via: 'kin', personId });
  const today = todayIso();
  const summary = new Map(kinRows.map((r) => [r.id, presentPersonSummary(r, today)]));

  return {
    households: memberships.map((m) => ({
      memberId: m.id, householdId: m.household_id, householdName: householdName.get(m.household_id) ?? null, inScope: householdName.has(m.household_id),
      relationship: m.relationship, isHead: m.is_head, joinedAt: isoTime(m.joined_at),
    })),
    kin: [
      ...coMembers.map((m): TKin => ({
        source: 'household', linkId: m.id, householdId: m.household_id, relationship: m.relationship, isHead: m.is_head, reverse: false, person: summary.get(m.person_id) ?? null,
      })),
      ...relations.map((r): TKin => {
        const reverse = r.relative_id === personId;
        return { source: 'relation', linkId: r.id, householdId: null, relationship: r.relationship, isHead: false, reverse, person: summary.get(reverse ? r.person_id : r.relative_id) ?? null };
      }),
    ],
  };
}

/** One person with names, documents, places, households and kin; 404 outside scope; audited. */
export async function loadPerson(data: ScopedData, id: string): Promise<TPerson> {
  const row = await data.get('person', id);
  const { aliases, documents } = await loadNameParts(data, id);
  const places = await loadPlaces(data.tx, [row.birth_place_code, row.address_code]);
  const { households, kin } = await loadKin(data, id);
  return {
    ...presentPersonSummary(row),
    organisationId: row.organisation_id,
    centreId: row.centre_id,
    birthPlaceCode: row.birth_place_code,
    birthPlace: (row.birth_place_code && places.get(row.birth_place_code)) || null,
    address: (row.address_code && places.get(row.address_code)) || null,
    addressDetail: row.address_detail,
    fatherGivenName: row.father_given_name,
    motherGivenName: row.mother_given_name,
    disability: row.disability,
    childCategories: row.child_categories,
    idPoorLevel: idPoorLevelOf(row.id_poor_level),
    notes: row.notes,
    aliases: aliases.map((a) => ({ id: a.id, name: a.name, script: ZNameScript.parse(a.script) })),
    documents: documents.map((d) => ({ id: d.id, type: d.document_type, number: d.number })),
    households,
    kin,
    version: row.version,
    createdAt: isoTime(row.created_at),
    updatedAt: isoTime(row.updated_at),
  };
}
