import { lifeSkillsInstrumentCode, type TCourseFigures, type TCourseResults } from '@homeward/core';
import { sql } from 'kysely';
import { scopeFilter, scopeSpecs, type ScopedData } from '../../platform/access/scoped-data.js';
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

/**
 * Courses, sessions held, attendance rate and mean pre/post change over the organisation's
 * courses in scope, in one statement (no query per course). Expected: people enrolled and not
 * withdrawn on each session's day; attended: ticked present. The change is the one
 * `courseResults` shows, per course, topic taught and enrolled person: the latest questionnaire
 * on or before the topic's first session (pre) and the latest after it (post).
 */
export async function courseFigures(data: ScopedData): Promise<TCourseFigures> {
  const inScope = scopeFilter(data.actor, scopeSpecs.course, 'k');
  const latest = (when: 'pre' | 'post') => sql`(
    select a.total from assessment a join instrument i on i.id = a.instrument_id
    where a.organisation_id = c.organisation_id and a.subject_type = 'person' and a.subject_id = e.person_id
      and a.status = 'submitted' and a.archived_at is null and a.total is not null
      and i.code = 'life_skills_' || f.topic and ${when === 'pre' ? sql`a.assessed_on <= f.first_on` : sql`a.assessed_on > f.first_on`}
    order by a.assessed_on desc, a.submitted_at desc nulls last limit 1)`;
  const result = await sql<{ courses: number | string; sessions: number | string; expected: number | string | null; attended: number | string | null; mean_change: number | string | null; measured: number | string }>`
    with c as (select k.id, k.organisation_id from course k where k.archived_at is null and ${inScope}),
    s as (select s.id, s.course_id, s.topic, s.held_on from course_session s join c on c.id = s.course_id where s.archived_at is null),
    f as (select course_id, topic, min(held_on) as first_on from s group by course_id, topic),
    changes as (
      select post.total - pre.total as change
      from f join c on c.id = f.course_id join course_enrolment e on e.course_id = f.course_id
      cross join lateral ${latest('pre')} as pre(total)
      cross join lateral ${latest('post')} as post(total)
    )
    select (select count(*) from c) as courses, (select count(*) from s) as sessions,
      (select count(*) from s join course_enrolment e on e.course_id = s.course_id
        and e.enrolled_on <= s.held_on and (e.left_on is null or e.left_on >= s.held_on)) as expected,
      (select count(*) from s join programme_attendance a on a.gathering_type = 'course_session' and a.gathering_id = s.id) as attended,
      (select avg(change) from changes) as mean_change, (select count(*) from changes) as measured`.execute(data.tx);
  const r = result.rows[0]!;
  const expected = Number(r.expected ?? 0);
  return {
    courses: Number(r.courses), sessionsHeld: Number(r.sessions), attendanceRate: expected ? Math.min(1, Number(r.attended ?? 0) / expected) : null,
    meanChange: r.mean_change === null ? null : Math.round(Number(r.mean_change) * 100) / 100, measured: Number(r.measured),
  };
}
