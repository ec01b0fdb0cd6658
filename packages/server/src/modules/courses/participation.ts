import type { TParticipation } from '@homeward/core';
import { sql } from 'kysely';
import type { ParticipationSource } from '../programmes/participation.js';

/** Life-skills courses the person was enrolled in, with sessions attended of those held since enrolling. */
export const courseParticipation: ParticipationSource = async (data, personId) => {
  const rows = await data.selectFrom('course_enrolment').select(['id', 'course_id', 'enrolled_on', 'left_on']).where('person_id', '=', personId).execute();
  if (!rows.length) return [];
  await data.auditList('course_enrolment', rows.map((r) => r.id), { personId });
  const courses = await data.selectFrom('course').select(['id', 'name', 'place', 'ends_on',
    sql<string | null>`(select coalesce(c.name_km, c.name_latin) from centre c where c.id = course.centre_id)`.as('centre')])
    .where('id', 'in', rows.map((r) => r.course_id)).where('archived_at', 'is', null).execute();
  const counts = await data.selectFrom('course_session').select(['course_id', 'id', 'held_on']).where('course_id', 'in', courses.map((c) => c.id)).where('archived_at', 'is', null).execute();
  const present = counts.length
    ? new Set((await data.tx.selectFrom('programme_attendance').select('gathering_id').where('gathering_type', '=', 'course_session')
      .where('person_id', '=', personId).where('gathering_id', 'in', counts.map((s) => s.id)).execute()).map((a) => a.gathering_id))
    : new Set<string>();
  return courses.map((c): TParticipation => {
    const enrolment = rows.find((r) => r.course_id === c.id)!;
    const held = counts.filter((s) => s.course_id === c.id && s.held_on >= enrolment.enrolled_on && (!enrolment.left_on || s.held_on <= enrolment.left_on));
    return {
      kind: 'course', id: c.id, label: c.name, detail: c.centre ?? c.place, role: null, status: enrolment.left_on ? 'left' : 'active',
      from: enrolment.enrolled_on, to: enrolment.left_on ?? c.ends_on, attended: held.filter((s) => present.has(s.id)).length, held: held.length, link: `/courses/${c.id}`,
    };
  });
};

/** Vocational training scholarships, with their status (and outcome once recorded). */
export const scholarshipParticipation: ParticipationSource = async (data, personId) => {
  const rows = await data.selectFrom('scholarship').select(['id', 'course', 'provider', 'status', 'outcome', 'applied_on', 'status_changed_on', 'outcome_on'])
    .where('person_id', '=', personId).where('archived_at', 'is', null).execute();
  await data.auditList('scholarship', rows.map((r) => r.id), { personId });
  const final = ['declined', 'completed', 'dropped_out'];
  return rows.map((r) => ({
    kind: 'scholarship', id: r.id, label: r.course, detail: r.provider, role: r.outcome, status: r.status,
    from: r.applied_on, to: r.outcome_on ?? (final.includes(r.status) ? r.status_changed_on : null), attended: null, held: null, link: `/scholarships/${r.id}`,
  }));
};

/**
 * That the person has counselling or legal advice, first and last session and how many: never
 * the notes. Follows the person's caseload like the sessions themselves.
 */
export const counsellingParticipation: ParticipationSource = async (data, personId) => {
  const sessions = await data.selectFrom('counselling_session').select(['id', 'held_on']).where('person_id', '=', personId).where('archived_at', 'is', null).orderBy('held_on').execute();
  if (!sessions.length) return [];
  await data.auditList('counselling_session', sessions.map((s) => s.id), { personId, notes: false });
  return [{
    kind: 'counselling', id: sessions[0]!.id, label: '', detail: null, role: null, status: null,
    from: sessions[0]!.held_on, to: sessions.at(-1)!.held_on, attended: sessions.length, held: null, link: `/counselling/${personId}`,
  }];
};
