import type { Owner, TestApp } from '../../test/harness.js';
import type { Where } from '../../test/matrix.js';

/** A course of the organisation, straight into the database; with `session`, one session on anger management. */
export async function insertCourse(t: TestApp, where: Pick<Where, 'organisationId'>, options: { session?: boolean } = {}): Promise<{ courseId: string; sessionId: string | null }> {
  const courseId = crypto.randomUUID();
  await t.services.db.insertInto('course').values({
    id: courseId, organisation_id: where.organisationId, name: 'Life skills 2026', starts_on: '2026-01-10', ends_on: null, centre_id: null, place: 'Pagoda hall',
    facilitators: JSON.stringify([{ userId: null, name: 'Chan Sophal' }]), created_by: null, archived_at: null,
  }).execute();
  let sessionId: string | null = null;
  if (options.session) {
    sessionId = crypto.randomUUID();
    await t.services.db.insertInto('course_session').values({
      id: sessionId, course_id: courseId, organisation_id: where.organisationId, topic: 'anger_management', held_on: '2026-01-12', facilitators: '[]', notes: null, created_by: null, archived_at: null,
    }).execute();
  }
  return { courseId, sessionId };
}

/** A course with one young person enrolled (both in `where`), straight into the database; answers `courseId/personId`. */
export async function insertEnrolment(t: TestApp, where: Owner): Promise<string> {
  const { courseId } = await insertCourse(t, where);
  const personId = await t.child(where);
  await t.services.db.insertInto('course_enrolment').values({
    id: crypto.randomUUID(), course_id: courseId, person_id: personId, organisation_id: where.organisationId, enrolled_on: '2026-01-10', left_on: null, created_by: null,
  }).execute();
  return `${courseId}/${personId}`;
}
