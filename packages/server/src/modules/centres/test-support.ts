import { todayIso, type TCentre, type TCreateCentreRequest } from '@homeward/core';
import type { Owner, TestApp, TestUser } from '../../test/harness.js';
import { call } from '../casework/test-support.js';

/* Factories for the centre tests and permission-matrix rows. */

export const centreInput = (overrides: Partial<TCreateCentreRequest> = {}): TCreateCentreRequest => ({
  nameKm: 'មណ្ឌលកុមារក្តីសង្ឃឹម', nameLatin: 'Kdey Sangkhum Children Centre', type: 'ngo', mosvyRegistered: true, mosvyRegistrationNumber: 'MoSVY-0412',
  mouStatus: 'signed', mouSignedOn: '2024-03-01', mouExpiresOn: '2027-02-28', lastInspectionOn: '2025-11-10', capacity: 60,
  director: { name: 'សុខ ចាន់ថា', phone: '012 345 678' }, keyStaff: [{ name: 'ម៉ៅ ស្រីពៅ', role: 'Social worker', phone: '097 111 222' }],
  donors: [{ name: 'Hope Church, Ohio', stance: 'undecided' }], partnerSince: '2023-06-01', engagement: 'medium', ...overrides,
});

export async function createCentre(t: TestApp, user: TestUser, overrides: Partial<TCreateCentreRequest> = {}): Promise<TCentre> {
  const res = await call(t, user, 'POST', '/api/centres', centreInput(overrides));
  if (res.statusCode !== 201) throw new Error(`centre: ${res.statusCode} ${res.body}`);
  return res.json<TCentre>();
}

/** A centre straight into the database, in a caseload (`where` as in the permission matrix). */
export async function insertCentre(t: TestApp, where: Owner): Promise<string> {
  const id = crypto.randomUUID();
  const db = t.services.db;
  await db.insertInto('centre').values({
    id, organisation_id: where.organisationId, team_id: where.teamId, caseworker_id: where.ownerId, name_km: 'មណ្ឌលម៉ាទ្រីស', name_latin: 'Matrix centre',
    village_code: null, type: 'ngo', mosvy_registered: false, mosvy_registration_number: null, mou_status: 'none', mou_signed_on: null, mou_expires_on: null,
    last_inspection_on: null, capacity: null, director: null, key_staff: JSON.stringify([]) as never, donors: JSON.stringify([]) as never, partner_since: null,
    engagement: null, notes: null, search_text: 'matrix centre', created_by: null, archived_at: null,
  }).execute();
  await db.insertInto('centre_transition').values({
    id: crypto.randomUUID(), centre_id: id, organisation_id: where.organisationId, end_goal: 'full_transition', stage: 'engagement',
    stage_since: '2025-01-01', risks: null, director_position: null, donor_position: null,
  }).execute();
  return id;
}

export async function insertMilestone(t: TestApp, centreId: string): Promise<string> {
  const c = await t.services.db.selectFrom('centre').select('organisation_id').where('id', '=', centreId).executeTakeFirstOrThrow();
  const id = crypto.randomUUID();
  await t.services.db.insertInto('centre_milestone').values({
    id, centre_id: centreId, organisation_id: c.organisation_id, title: 'Board agrees the plan', owner: null, due_on: todayIso(), done_on: null, created_by: null,
  }).execute();
  return id;
}

/** A training event straight into the database, with one participant (ids of both). */
export async function insertTraining(t: TestApp, organisationId: string): Promise<{ eventId: string; participantId: string }> {
  const eventId = crypto.randomUUID();
  const participantId = crypto.randomUUID();
  const day = todayIso();
  await t.services.db.insertInto('training_event').values({
    id: eventId, organisation_id: organisationId, kind: 'training', title: 'Child protection for directors', topics: ['child_protection'], starts_on: day, ends_on: day,
    venue: 'Battambang', trainers: null, audiences: ['directors'], evaluation: 'pre_post', notes: null, created_by: null, archived_at: null,
  }).execute();
  await t.services.db.insertInto('training_participant').values({
    id: participantId, event_id: eventId, organisation_id: organisationId, name: 'សុខ ចាន់ថា', sex: 'female', audience: 'directors', person_id: null, centre_id: null,
    pre_score: null, post_score: null, satisfaction: null,
  }).execute();
  return { eventId, participantId };
}

export const trainingInput = (overrides: Record<string, unknown> = {}) => ({
  kind: 'training', title: 'Child protection for directors', topics: ['child_protection', 'leadership'], startsOn: todayIso(), endsOn: todayIso(),
  venue: 'Battambang', trainers: 'M. Sopheap', audiences: ['directors'], evaluation: 'pre_post', ...overrides,
});

export const outreachInput = (overrides: Record<string, unknown> = {}) => ({
  kind: 'community_awareness', type: 'village_meeting', heldOn: todayIso(), villageCode: '12010101', topic: 'Why children grow best in families',
  outcome: 'Village chief will host a follow-up', participants: [{ role: 'community_members', female: 14, male: 9 }, { role: 'local_authorities', female: 1, male: 2 }],
  ...overrides,
});
