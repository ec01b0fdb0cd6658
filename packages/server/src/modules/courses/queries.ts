import { lifeSkillsInstrumentCode, type TCourse, type TCourseFacilitator, type TCourseSummary, type TCourseTopic } from '@homeward/core';
import { sql, type Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { notFound } from '../../platform/errors.js';
import { attendanceOf } from '../programmes/attendance.js';
import { personOf, programmePeople } from '../programmes/people.js';
import type { CourseTable } from '../scholarships/tables.js';

type CourseRow = Selectable<CourseTable> & { centre_name: string | null; enrolled: number; sessions: number };

/** The centre's name and the counts a course list shows, inside the scoped select (archived courses too). */
const selectCourses = (data: ScopedData) => data.selectFrom('course').selectAll().select([
  sql<string | null>`(select coalesce(c.name_km, c.name_latin) from centre c where c.id = course.centre_id)`.as('centre_name'),
  sql<number>`(select count(*) from course_enrolment e where e.course_id = course.id)`.as('enrolled'),
  sql<number>`(select count(*) from course_session s where s.course_id = course.id and s.archived_at is null)`.as('sessions'),
]);

const presentSummary = (r: CourseRow): TCourseSummary => ({
  id: r.id, name: r.name, startsOn: r.starts_on, endsOn: r.ends_on, centre: r.centre_id ? { id: r.centre_id, name: r.centre_name ?? '' } : null, place: r.place,
  facilitators: r.facilitators as TCourseFacilitator[], enrolled: Number(r.enrolled), sessions: Number(r.sessions),
  archivedAt: r.archived_at ? new Date(r.archived_at).toISOString() : null,
});

/** The organisation's courses, newest first; archived ones only when asked for. */
export async function listCourses(data: ScopedData, page: number, pageSize: number, includeArchived = false): Promise<{ items: TCourseSummary[]; total: number; page: number; pageSize: number }> {
  let rows = selectCourses(data);
  let count = data.selectFrom('course').select((eb) => eb.fn.countAll<number>().as('n'));
  if (!includeArchived) {
    rows = rows.where('archived_at', 'is', null);
    count = count.where('archived_at', 'is', null);
  }
  const items = await rows.orderBy('starts_on', 'desc').orderBy('id').limit(pageSize).offset((page - 1) * pageSize).execute();
  const { n } = await count.executeTakeFirstOrThrow();
  return { items: items.map(presentSummary), total: Number(n), page, pageSize };
}

/**
 * A course in scope (404 otherwise; an archived one too, marked) with who is enrolled, its
 * sessions, who each session expects (enrolled by its day and not withdrawn before it) and who
 * attended; the people read is audited.
 */
export async function loadCourse(data: ScopedData, id: string): Promise<TCourse> {
  const course = await selectCourses(data).where('id', '=', id).executeTakeFirst();
  if (!course) throw notFound();
  const enrolments = await data.selectFrom('course_enrolment').selectAll().where('course_id', '=', id).orderBy('enrolled_on').orderBy('created_at').execute();
  await data.auditList('course_enrolment', enrolments.map((e) => e.id), { courseId: id });
  const sessions = await data.selectFrom('course_session').selectAll().where('course_id', '=', id).where('archived_at', 'is', null).orderBy('held_on').orderBy('created_at').execute();
  const present = await attendanceOf(data, 'course_session', sessions.map((s) => s.id));
  const people = await programmePeople(data, course.organisation_id, [...enrolments.map((e) => e.person_id), ...[...present.values()].flat()], 'course');
  return {
    ...presentSummary(course),
    enrolments: enrolments.map((e) => ({ person: personOf(people, e.person_id), enrolledOn: e.enrolled_on, leftOn: e.left_on, leaveReason: e.leave_reason })),
    sessionList: sessions.map((s) => ({
      id: s.id, topic: s.topic, heldOn: s.held_on, facilitators: s.facilitators as TCourseFacilitator[], notes: s.notes, presentIds: present.get(s.id) ?? [],
      expectedIds: enrolments.filter((e) => e.enrolled_on <= s.held_on && (e.left_on === null || e.left_on >= s.held_on)).map((e) => e.person_id),
    })),
    version: course.version,
  };
}

/** The curriculum: the organisation's life-skills topics in both languages, each with its plan and questionnaire. */
export async function listTopics(data: ScopedData): Promise<TCourseTopic[]> {
  const topics = await data.selectFrom('lookup').select(['value', 'label_en', 'label_km', 'active'])
    .where('list', '=', 'life_skills_topic').orderBy('sort_order').orderBy('label_en').execute();
  const plans = await data.selectFrom('course_topic_plan').select(['topic', 'plan']).execute();
  const codes = topics.length
    ? new Set((await data.tx.selectFrom('instrument').select('code').where('status', '=', 'published')
      .where('code', 'in', topics.map((t) => lifeSkillsInstrumentCode(t.value)))
      .where((eb) => eb.or([eb('organisation_id', 'is', null), eb('organisation_id', '=', data.actor.organisationId)])).execute()).map((i) => i.code))
    : new Set<string>();
  return topics.map((t) => ({
    value: t.value, en: t.label_en, km: t.label_km, active: t.active, plan: plans.find((p) => p.topic === t.value)?.plan ?? null,
    instrumentCode: codes.has(lifeSkillsInstrumentCode(t.value)) ? lifeSkillsInstrumentCode(t.value) : null,
  }));
}
