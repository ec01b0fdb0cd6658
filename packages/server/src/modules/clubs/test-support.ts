import type { TClub } from '@homeward/core';
import type { Owner, TestApp, TestUser } from '../../test/harness.js';
import { call } from '../casework/test-support.js';
import { insertCentre } from '../centres/test-support.js';
import '../programmes/tables.js';

/* Factories for the club tests and permission-matrix rows. */

/** A club in a new centre, straight into the database, in a caseload (`where` as in the permission matrix). */
export async function insertClub(t: TestApp, where: Owner): Promise<string> {
  const centreId = await insertCentre(t, where);
  const id = crypto.randomUUID();
  await t.services.db.insertInto('youth_club').values({
    id, organisation_id: where.organisationId, team_id: where.teamId, facilitator_id: where.ownerId, centre_id: centreId, name: 'Matrix club',
    founded_on: null, meeting_schedule: null, notes: null, created_by: null, archived_at: null,
  }).execute();
  return id;
}

/** A meeting of a club, straight into the database; answers the meeting's id. */
export async function insertClubMeeting(t: TestApp, clubId: string): Promise<string> {
  const club = await t.services.db.selectFrom('youth_club').select('organisation_id').where('id', '=', clubId).executeTakeFirstOrThrow();
  const id = crypto.randomUUID();
  await t.services.db.insertInto('youth_club_meeting').values({
    id, club_id: clubId, organisation_id: club.organisation_id, held_on: '2025-06-01', agenda: null, activities: null, decisions: null, created_by: null,
  }).execute();
  return id;
}

/** An election of a club with no candidates, straight into the database; answers the election's id. */
export async function insertClubElection(t: TestApp, clubId: string): Promise<string> {
  const club = await t.services.db.selectFrom('youth_club').select('organisation_id').where('id', '=', clubId).executeTakeFirstOrThrow();
  const id = crypto.randomUUID();
  await t.services.db.insertInto('youth_club_election').values({
    id, club_id: clubId, organisation_id: club.organisation_id, held_on: '2025-06-01', term_starts_on: '2025-06-01', term_ends_on: null, notes: null, created_by: null,
  }).execute();
  return id;
}

export async function createClub(t: TestApp, user: TestUser, centreId: string, body: object = {}): Promise<TClub> {
  const res = await call(t, user, 'POST', '/api/clubs', { centreId, name: 'ក្លឹបយុវជនក្តីសង្ឃឹម', meetingSchedule: 'Every Saturday 14:00', ...body });
  if (res.statusCode !== 201) throw new Error(`club: ${res.statusCode} ${res.body}`);
  return res.json<TClub>();
}
