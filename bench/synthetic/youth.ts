import { addDays } from '@homeward/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../packages/server/src/platform/db/schema.js';
import { Random } from './random.js';
import { asOf, type Scale } from './scale.js';
import { BulkWriter } from './writer.js';

const tableOrder: Array<keyof Database> = [
  'youth_club', 'youth_club_member', 'youth_club_election', 'youth_club_candidate', 'youth_club_meeting',
  'course', 'course_session', 'course_enrolment', 'leaver_member', 'leaver_check_in', 'leaver_group', 'leaver_group_member', 'leaver_meeting',
  'scholarship', 'programme_attendance',
];
const positions = ['president', 'vice_president', 'secretary', 'treasurer'];
const agendas = ['ផែនការសកម្មភាពខែនេះ', 'Planning the sports day', 'ការពិភាក្សាអំពីការរៀនសូត្រ', 'Preparing for life outside the centre'];
const providers = [
  { provider: 'Don Bosco Technical School', course: 'Motorbike repair', trade: 'mechanic' },
  { provider: 'Sala Baï Hotel School', course: 'Food and beverage service', trade: 'hospitality' },
  { provider: 'Provincial Training Centre', course: 'Tailoring', trade: 'tailoring' },
  { provider: 'Friends International', course: 'Hair and beauty', trade: 'beauty' },
];

/** Months from the dataset's date, as 'YYYY-MM-DD' (negative = before). */
const monthsFrom = (months: number, day = 10) => {
  const d = new Date(`${asOf}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months, day);
  return d.toISOString().slice(0, 10);
};

/**
 * The youth programmes over the centres and children already loaded: a club in every second
 * centre (members from the adviser's own caseload, so the adviser-as-facilitator sees them), two
 * years of monthly meetings with attendance, elections; life-skills courses of nine sessions per
 * team with enrolments and attendance; the Care Leavers' Network (members, check-ins, groups with
 * meetings); scholarships. Sizes follow the number of centres, so `small` stays small.
 * Deterministic for a seed; written only when there are no clubs yet.
 */
export async function addYouthProgrammes(db: Kysely<Database>, scale: Scale, seed: number): Promise<Map<string, number>> {
  const rnd = new Random(seed * 104729 + 17);
  const w = new BulkWriter(db, tableOrder);
  const centres = await db.selectFrom('centre').select(['id', 'organisation_id', 'team_id', 'caseworker_id']).where('caseworker_id', 'is not', null).orderBy('id').execute();
  if (!centres.length) return w.counts;
  // Young people per adviser: their own caseload's children, oldest first (born 2004–2014).
  const young = await db.selectFrom('person').select(['id', 'caseworker_id', 'team_id', 'organisation_id', 'centre_id'])
    .where('kind', '=', 'child').where('birth_date', '>=', '2004-01-01').where('birth_date', '<=', '2014-12-31').where('caseworker_id', 'is not', null)
    .orderBy('caseworker_id').orderBy('id').execute();
  const byWorker = new Map<string, typeof young>();
  for (const p of young) byWorker.set(p.caseworker_id!, [...(byWorker.get(p.caseworker_id!) ?? []), p]);
  const topics = (await db.selectFrom('lookup').select(['organisation_id', 'value']).where('list', '=', 'life_skills_topic').orderBy('sort_order').execute());
  const topicsOf = (org: string) => topics.filter((t) => t.organisation_id === org).map((t) => t.value);
  const attend = async (type: string, gatheringId: string, org: string, people: readonly string[], rate: number) => {
    for (const personId of people) if (rnd.chance(rate)) await w.add('programme_attendance', { organisation_id: org, gathering_type: type, gathering_id: gatheringId, person_id: personId, recorded_by: null });
  };
  const take = (pool: readonly { id: string }[], n: number) => {
    const start = pool.length > n ? rnd.int(0, pool.length - n) : 0;
    return pool.slice(start, start + n).map((p) => p.id);
  };

  // Youth clubs with members, elections and two years of monthly meetings.
  for (const [i, centre] of centres.entries()) {
    if (i % 2 === 1) continue;
    const members = take(byWorker.get(centre.caseworker_id!) ?? [], rnd.int(12, 25));
    if (members.length < 4) continue;
    const clubId = rnd.uuid();
    const founded = monthsFrom(-rnd.int(24, 48));
    await w.add('youth_club', { id: clubId, organisation_id: centre.organisation_id, team_id: centre.team_id, facilitator_id: centre.caseworker_id, centre_id: centre.id,
      name: `ក្លឹបយុវជន ${i + 1}`, founded_on: founded, meeting_schedule: 'Every second Saturday', notes: null, created_by: centre.caseworker_id, archived_at: null });
    for (const personId of members) {
      const left = rnd.chance(0.15) ? monthsFrom(-rnd.int(1, 12)) : null;
      await w.add('youth_club_member', { id: rnd.uuid(), club_id: clubId, organisation_id: centre.organisation_id, person_id: personId, joined_on: founded, left_on: left, leave_reason: left ? 'Went home to family' : null });
    }
    for (const heldMonths of [-20, -8]) {
      const electionId = rnd.uuid();
      await w.add('youth_club_election', { id: electionId, club_id: clubId, organisation_id: centre.organisation_id, held_on: monthsFrom(heldMonths), term_starts_on: monthsFrom(heldMonths, 15), term_ends_on: null, notes: null, created_by: centre.caseworker_id });
      for (const [k, position] of positions.entries()) {
        await w.add('youth_club_candidate', { id: rnd.uuid(), election_id: electionId, organisation_id: centre.organisation_id, position, person_id: members[(k * 2) % members.length]!, votes: rnd.int(5, 15), elected: true });
        await w.add('youth_club_candidate', { id: rnd.uuid(), election_id: electionId, organisation_id: centre.organisation_id, position, person_id: members[(k * 2 + 1) % members.length]!, votes: rnd.int(0, 4), elected: false });
      }
    }
    for (let m = -24; m <= 0; m++) {
      const meetingId = rnd.uuid();
      await w.add('youth_club_meeting', { id: meetingId, club_id: clubId, organisation_id: centre.organisation_id, held_on: monthsFrom(m, 8), agenda: rnd.pick(agendas), activities: null, decisions: null, created_by: centre.caseworker_id });
      await attend('club_meeting', meetingId, centre.organisation_id, members, 0.7);
    }
  }

  // Life-skills courses: per centre, one nine-session course a year for two years.
  for (const centre of centres) {
    const pool = byWorker.get(centre.caseworker_id!) ?? [];
    const orgTopics = topicsOf(centre.organisation_id);
    if (pool.length < 4 || !orgTopics.length) continue;
    for (const year of [-18, -6]) {
      const courseId = rnd.uuid();
      const enrolled = take(pool, rnd.int(10, 20));
      await w.add('course', { id: courseId, organisation_id: centre.organisation_id, name: `Life skills ${monthsFrom(year).slice(0, 4)}`, starts_on: monthsFrom(year), ends_on: monthsFrom(year + 5),
        centre_id: centre.id, place: null, facilitators: JSON.stringify([{ userId: centre.caseworker_id, name: 'Adviser' }]), created_by: centre.caseworker_id, archived_at: null });
      for (const personId of enrolled) {
        await w.add('course_enrolment', { id: rnd.uuid(), course_id: courseId, person_id: personId, organisation_id: centre.organisation_id, enrolled_on: monthsFrom(year), left_on: null, created_by: centre.caseworker_id });
      }
      for (const [s, topic] of orgTopics.slice(0, 9).entries()) {
        const sessionId = rnd.uuid();
        await w.add('course_session', { id: sessionId, course_id: courseId, organisation_id: centre.organisation_id, topic, held_on: addDays(monthsFrom(year), s * 14), facilitators: '[]', notes: null, created_by: centre.caseworker_id, archived_at: null });
        await attend('course_session', sessionId, centre.organisation_id, enrolled, 0.8);
      }
    }
  }

  // The Care Leavers' Network: per team, members with check-ins, and two groups meeting monthly for a year.
  const teams = new Map<string, { org: string; facilitator: string; people: typeof young }>();
  for (const p of young) {
    if (!p.team_id) continue;
    const t = teams.get(p.team_id) ?? { org: p.organisation_id, facilitator: p.caseworker_id!, people: [] };
    if (t.people.length < Math.max(5, Math.round(scale.children / 400))) t.people.push(p);
    teams.set(p.team_id, t);
  }
  for (const [teamId, team] of teams) {
    const joined: string[] = [];
    for (const p of team.people) {
      const memberId = rnd.uuid();
      const leftCare = monthsFrom(-rnd.int(6, 36));
      joined.push(p.id);
      await w.add('leaver_member', { id: memberId, organisation_id: team.org, team_id: teamId, facilitator_id: p.caseworker_id, person_id: p.id, joined_on: leftCare, left_care_on: leftCare,
        phone: null, telegram: null, email: null, notes: null, created_by: p.caseworker_id });
      for (let k = 0; k < rnd.int(1, 3); k++) {
        await w.add('leaver_check_in', { id: rnd.uuid(), member_id: memberId, organisation_id: team.org, checked_on: addDays(leftCare, 180 * (k + 1)) > asOf ? asOf : addDays(leftCare, 180 * (k + 1)),
          housing: rnd.weighted(['stable', 'unstable', 'homeless'], [7, 2, 1]), education: rnd.pick(['none', 'vocational', 'completed']), work: rnd.weighted(['employed', 'self_employed', 'looking', 'studying'], [4, 2, 2, 2]),
          monthly_income_usd: rnd.int(0, 250), id_documents: rnd.weighted(['complete', 'partial', 'none'], [6, 3, 1]), health: 'good', support_network: rnd.pick(['strong', 'some', 'isolated']), wellbeing: rnd.int(2, 5), notes: null, recorded_by: p.caseworker_id });
      }
    }
    for (const kind of ['small_group', 'big_group']) {
      const groupId = rnd.uuid();
      const members = kind === 'small_group' ? joined.slice(0, 12) : joined;
      await w.add('leaver_group', { id: groupId, organisation_id: team.org, team_id: teamId, facilitator_id: team.facilitator, name: `${kind === 'small_group' ? 'ក្រុមតូច' : 'ក្រុមធំ'} ${teamId.slice(0, 4)}`, kind, meeting_schedule: null, notes: null, created_by: team.facilitator, archived_at: null });
      for (const personId of members) await w.add('leaver_group_member', { id: rnd.uuid(), group_id: groupId, organisation_id: team.org, person_id: personId, joined_on: monthsFrom(-12), left_on: null });
      for (let m = -12; m <= 0; m++) {
        const meetingId = rnd.uuid();
        await w.add('leaver_meeting', { id: meetingId, group_id: groupId, organisation_id: team.org, held_on: monthsFrom(m, 20), topic: 'Finding work', notes: null, created_by: team.facilitator });
        await attend('leaver_meeting', meetingId, team.org, members, 0.6);
      }
    }
  }

  // Scholarships: one young person in fifty applies; most are awarded and go through training.
  for (const [i, p] of young.entries()) {
    if (i % 50 !== 0) continue;
    const applied = monthsFrom(-rnd.int(3, 30));
    const status = rnd.weighted(['applied', 'under_review', 'declined', 'in_training', 'completed', 'dropped_out'], [1, 1, 1, 3, 4, 1]);
    const pick = rnd.pick(providers);
    await w.add('scholarship', { id: rnd.uuid(), person_id: p.id, organisation_id: p.organisation_id, team_id: p.team_id, caseworker_id: p.caseworker_id, centre_id: p.centre_id, status, status_changed_on: addDays(applied, 60),
      applied_on: applied, provider: pick.provider, course: pick.course, trade: pick.trade, starts_on: addDays(applied, 45), ends_on: addDays(applied, 45 + 270), cost: rnd.int(200, 900),
      decline_reason: status === 'declined' ? 'Not enough places this year' : null, outcome: status === 'completed' ? rnd.weighted(['employed', 'self_employed', 'further_study', 'unemployed'], [5, 2, 1, 2]) : null,
      outcome_on: status === 'completed' ? addDays(applied, 330) : null, outcome_note: null, created_by: p.caseworker_id, archived_at: null });
  }
  await w.flush();
  await sql`analyze`.execute(db);
  return w.counts;
}
