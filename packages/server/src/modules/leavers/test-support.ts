import type { Owner, TestApp } from '../../test/harness.js';
import { insertCentre } from '../centres/test-support.js';
import '../programmes/tables.js';

/* Factories for the network tests and permission-matrix rows: records straight into the database. */

export async function insertLeaver(t: TestApp, where: Owner): Promise<string> {
  const personId = await t.child(where, { given_name_km: 'ចាន់ថា', birth_date: '2004-01-01' });
  const id = crypto.randomUUID();
  await t.services.db.insertInto('leaver_member').values({
    id, organisation_id: where.organisationId, team_id: where.teamId, facilitator_id: where.ownerId, person_id: personId, joined_on: '2024-01-01',
    left_care_on: '2023-12-01', phone: null, telegram: null, email: null, notes: null, created_by: null,
  }).execute();
  return id;
}

export async function insertGroup(t: TestApp, where: Owner): Promise<string> {
  const id = crypto.randomUUID();
  await t.services.db.insertInto('leaver_group').values({
    id, organisation_id: where.organisationId, team_id: where.teamId, facilitator_id: where.ownerId, name: 'Matrix group', kind: 'small_group',
    meeting_schedule: null, notes: null, created_by: null, archived_at: null,
  }).execute();
  return id;
}

export async function insertGroupMeeting(t: TestApp, groupId: string): Promise<string> {
  const g = await t.services.db.selectFrom('leaver_group').select('organisation_id').where('id', '=', groupId).executeTakeFirstOrThrow();
  const id = crypto.randomUUID();
  await t.services.db.insertInto('leaver_meeting').values({ id, group_id: groupId, organisation_id: g.organisation_id, held_on: '2025-05-01', topic: null, notes: null, created_by: null }).execute();
  return id;
}

export const centreFor = (t: TestApp, where: Owner): Promise<string> => insertCentre(t, where);
