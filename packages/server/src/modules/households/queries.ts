import { todayIso, type THousehold, type THouseholdSummary } from '@homeward/core';
import { sql, type Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { HouseholdTable } from '../../platform/db/schema.js';
import { AppError, notFound } from '../../platform/errors.js';
import { loadPlaces } from '../people/place-refs.js';
import { idPoorLevelOf, isoTime, presentPersonSummary } from '../people/queries.js';

export type HouseholdRow = Selectable<HouseholdTable>;

/** Households in the caller's scope, with the number of people living in each now. */
export const selectHouseholds = (data: ScopedData) =>
  data.selectFrom('household').selectAll().select(
    sql<number>`(select count(*)::int from household_member m where m.household_id = household.id and m.left_at is null)`.as('member_count'),
  );

export const presentHouseholdSummary = (row: HouseholdRow & { member_count: number }): THouseholdSummary => ({
  id: row.id,
  name: row.name,
  addressCode: row.address_code,
  addressDetail: row.address_detail,
  livelihood: row.livelihood,
  idPoorLevel: idPoorLevelOf(row.id_poor_level),
  memberCount: Number(row.member_count),
  caseworkerId: row.caseworker_id,
  teamId: row.team_id,
  archived: row.archived_at !== null,
});

/** Lock a household in scope for an edit made on `version`; 409 `record.conflict` when it changed since. */
export async function lockHouseholdVersion(data: ScopedData, id: string, version: number): Promise<HouseholdRow> {
  const row = await data.selectFrom('household').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw notFound();
  if (row.version !== version) throw new AppError('record.conflict', `The household has changed (version ${row.version}); reload it`);
  return row;
}

/** The people living in the household now (not those who left). */
export const currentMembers = (data: ScopedData, householdId: string) =>
  data.tx.selectFrom('household_member').selectAll().where('household_id', '=', householdId).where('left_at', 'is', null).execute();

/**
 * One household with its members, current first (the head first), then those who left. Each
 * member is summarised only when in the caller's scope; the household and every member shown
 * are audited as read.
 */
export async function loadHousehold(data: ScopedData, id: string): Promise<THousehold> {
  await data.get('household', id);
  const row = await selectHouseholds(data).where('id', '=', id).executeTakeFirstOrThrow();
  const members = await data.tx.selectFrom('household_member').selectAll().where('household_id', '=', id)
    .orderBy(sql`left_at is null`, 'desc').orderBy('is_head', 'desc').orderBy('joined_at').orderBy('id').execute();
  const personIds = [...new Set(members.map((m) => m.person_id))];
  const people = personIds.length ? await data.selectFrom('person').selectAll().where('id', 'in', personIds).execute() : [];
  await data.auditList('person', people.map((p) => p.id), { via: 'household', householdId: id });
  const today = todayIso();
  const summary = new Map(people.map((p) => [p.id, presentPersonSummary(p, today)]));
  const places = await loadPlaces(data.tx, [row.address_code]);
  return {
    ...presentHouseholdSummary(row),
    organisationId: row.organisation_id,
    centreId: row.centre_id,
    address: (row.address_code && places.get(row.address_code)) || null,
    notes: row.notes,
    primaryCaregiverId: row.primary_caregiver_id,
    members: members.map((m) => ({
      id: m.id, personId: m.person_id, relationship: m.relationship, isHead: m.is_head,
      joinedAt: isoTime(m.joined_at), leftAt: m.left_at ? isoTime(m.left_at) : null, person: summary.get(m.person_id) ?? null,
    })),
    version: row.version,
    createdAt: isoTime(row.created_at),
    updatedAt: isoTime(row.updated_at),
  };
}
