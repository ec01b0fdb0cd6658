import { lifeSkillsInstrumentCode, type TCourseFigures, type TCourseResults } from '@homeward/core';
import { sql } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { personOf, programmePeople } from '../programmes/people.js';

interface Scored { person_id: string; code: string; assessed_on: string; total: number }

const mean = (values: number[]): number | null => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100 : null);

/**
 * The submitted life-skills questionnaires of the people for the topics, oldest first. Reached
 * through a course in scope (programme data: the totals, never the answers or case file), so the
 * person's caseload does not apply; the read is audited as a list of those assessments.
 */
async function scores(data: ScopedData, organisationId: string, personIds: readonly string[], topics: readonly string[]): Promise<Scored[]> {
  if (!personIds.length || !topics.length) return [];
  const rows = await data.tx.selectFrom('assessment as a').innerJoin('instrument as i', 'i.id', 'a.instrument_id')
    .select(['a.id', 'a.subject_id as person_id', 'i.code', 'a.assessed_on', 'a.total'])
    .where('a.organisation_id', '=', organisationId).where('a.subject_type', '=', 'person').where('a.subject_id', 'in', [...personIds])
    .where('a.status', '=', 'submitted').where('a.archived_at', 'is', null).where('a.total', 'is not', null)
    .where('i.code', 'in', topics.map(lifeSkillsInstrumentCode)).orderBy('a.assessed_on').orderBy('a.submitted_at').execute();
  await data.auditList('assessment', rows.map((r) => r.id), { purpose: 'course results' });
  return rows.map((r) => ({ person_id: r.person_id, code: r.code, assessed_on: r.assessed_on, total: Number(r.total) }));
}

/**
 * Pre = the latest questionnaire on or before the topic's first session; post = the latest after
 * its first session. The change per person and the course's mean change, per topic taught.
 */
export async function courseResults(data: ScopedData, courseId: string): Promise<TCourseResults> {
  const course = await data.get('course', courseId);
  const sessions = await data.selectFrom('course_session').select(['topic', 'held_on']).where('course_id', '=', courseId).where('archived_at', 'is', null).orderBy('held_on').execute();
  const firstOf = new Map<string, string>();
  for (const s of sessions) if (!firstOf.has(s.topic)) firstOf.set(s.topic, s.held_on);
  const enrolled = (await data.selectFrom('course_enrolment').select(['id', 'person_id']).where('course_id', '=', courseId).orderBy('enrolled_on').execute());
  await data.auditList('course_enrolment', enrolled.map((e) => e.id), { courseId });
  const ids = enrolled.map((e) => e.person_id);
  const people = await programmePeople(data, course.organisation_id, ids, 'course results');
  const all = await scores(data, course.organisation_id, ids, [...firstOf.keys()]);
  return {
    topics: [...firstOf].map(([topic, first]) => {
      const code = lifeSkillsInstrumentCode(topic);
      const rows = ids.map((personId) => {
        const mine = all.filter((s) => s.person_id === personId && s.code === code);
        const pre = mine.filter((s) => s.assessed_on <= first).at(-1)?.total ?? null;
        const post = mine.filter((s) => s.assessed_on > first).at(-1)?.total ?? null;
        return { person: personOf(people, personId), pre, post, change: pre !== null && post !== null ? post - pre : null };
      });
      return { topic, instrumentCode: code, people: rows, meanChange: mean(rows.flatMap((r) => (r.change === null ? [] : [r.change]))) };
    }),
  };
}

/** Courses, sessions held, attendance rate and mean pre/post change over the organisation's courses in scope. */
export async function courseFigures(data: ScopedData): Promise<TCourseFigures> {
  const courses = await data.selectFrom('course').select('id').where('archived_at', 'is', null).execute();
  if (!courses.length) return { courses: 0, sessionsHeld: 0, attendanceRate: null, meanChange: null, measured: 0 };
  const courseIds = courses.map((c) => c.id);
  // Expected: people enrolled (and not yet left) on the day of each session; attended: ticked present.
  const counts = await sql<{ sessions: number; expected: number; attended: number }>`
    select count(*) as sessions,
      coalesce(sum((select count(*) from course_enrolment e where e.course_id = s.course_id and e.enrolled_on <= s.held_on and (e.left_on is null or e.left_on >= s.held_on))), 0) as expected,
      coalesce(sum((select count(*) from programme_attendance a where a.gathering_type = 'course_session' and a.gathering_id = s.id)), 0) as attended
    from course_session s where s.archived_at is null and s.course_id = any(${sql.val(courseIds)}::uuid[])`.execute(data.tx);
  const c = counts.rows[0]!;
  const changes: number[] = [];
  for (const id of courseIds) {
    for (const topic of (await courseResults(data, id)).topics) for (const p of topic.people) if (p.change !== null) changes.push(p.change);
  }
  const expected = Number(c.expected);
  return {
    courses: courses.length, sessionsHeld: Number(c.sessions), attendanceRate: expected ? Math.min(1, Number(c.attended) / expected) : null,
    meanChange: mean(changes), measured: changes.length,
  };
}
