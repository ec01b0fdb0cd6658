import { itemsOf, type TAnswers, type TInstrumentDefinition } from '@homeward/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../packages/server/src/platform/db/schema.js';

/** Who and what the benchmark asks for: a busy caseworker, their supervisor, a child, a case. */
export interface BenchContext {
  caseworker: { id: string; email: string; organisationId: string; teamId: string };
  supervisor: { id: string; email: string };
  administrator: { id: string; email: string };
  childId: string;
  caseId: string;
  nameKm: string;
  nameLatin: string;
  today: string;
  /** The busiest centre and the supervisor of the team that advises it (none on a dataset without centres). */
  centre: { id: string; supervisor: { id: string; email: string } } | null;
  /** The Child Status Index and a complete set of answers to submit on it. */
  csi: { instrumentId: string; answers: TAnswers };
  /**
   * The biggest youth club, its facilitator (the centre's adviser), its latest meeting with the
   * current members, and the member in the most programmes (none on a dataset without clubs).
   */
  club: { id: string; organisationId: string; facilitator: { id: string; email: string }; meetingId: string; memberIds: string[]; youngPersonId: string } | null;
}

async function pickClub(db: Kysely<Database>): Promise<BenchContext['club']> {
  const club = await db.selectFrom('youth_club as c').innerJoin('app_user as u', 'u.id', 'c.facilitator_id')
    .select(['c.id', 'c.organisation_id', 'u.id as facilitator_id', 'u.email'])
    .orderBy(sql`(select count(*) from youth_club_member m where m.club_id = c.id and m.left_on is null)`, 'desc').orderBy('c.id').limit(1).executeTakeFirst();
  if (!club) return null;
  const meeting = await db.selectFrom('youth_club_meeting').select('id').where('club_id', '=', club.id).orderBy('held_on', 'desc').limit(1).executeTakeFirstOrThrow();
  const members = await db.selectFrom('youth_club_member as m').select(['m.person_id',
    sql<number>`(select count(*) from course_enrolment e where e.person_id = m.person_id) + (select count(*) from leaver_group_member g where g.person_id = m.person_id)`.as('n')])
    .where('m.club_id', '=', club.id).where('m.left_on', 'is', null).orderBy('n', 'desc').orderBy('m.person_id').execute();
  return { id: club.id, organisationId: club.organisation_id, facilitator: { id: club.facilitator_id, email: club.email }, meetingId: meeting.id, memberIds: members.map((m) => m.person_id), youngPersonId: members[0]!.person_id };
}

export async function pickContext(db: Kysely<Database>): Promise<BenchContext> {
  const busiest = await db
    .selectFrom('case_file as c')
    .innerJoin('app_user as u', 'u.id', 'c.caseworker_id')
    .innerJoin('team_member as tm', 'tm.user_id', 'u.id')
    .select(['u.id', 'u.email', 'u.organisation_id', 'tm.team_id', sql<number>`count(*)`.as('n')])
    .where('c.stage', '<>', 'closed')
    .groupBy(['u.id', 'u.email', 'u.organisation_id', 'tm.team_id'])
    .orderBy('n', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  const supervisor = await db.selectFrom('app_user as u').innerJoin('team_member as tm', 'tm.user_id', 'u.id')
    .select(['u.id', 'u.email']).where('tm.team_id', '=', busiest.team_id).where('u.role', '=', 'supervisor').executeTakeFirstOrThrow();
  const administrator = await db.selectFrom('app_user').select(['id', 'email']).where('organisation_id', '=', busiest.organisation_id).where('role', '=', 'administrator').executeTakeFirstOrThrow();
  const kase = await db.selectFrom('case_file as c').innerJoin('person as p', 'p.id', 'c.child_id')
    .select(['c.id', 'c.child_id', 'p.given_name_km', 'p.given_name_latin', 'p.family_name_km'])
    .where('c.caseworker_id', '=', busiest.id).where('c.stage', '=', 'follow_up').orderBy('c.number').limit(1).executeTakeFirstOrThrow();
  const centre = await db.selectFrom('centre as c').innerJoin('team_member as tm', 'tm.team_id', 'c.team_id').innerJoin('app_user as u', 'u.id', 'tm.user_id')
    .select(['c.id', 'u.id as supervisor_id', 'u.email']).where('u.role', '=', 'supervisor')
    .orderBy(sql`(select count(*) from centre_activity a where a.centre_id = c.id)`, 'desc').orderBy('c.id').limit(1).executeTakeFirst();
  const csi = await db.selectFrom('instrument').select(['id', 'definition']).where('code', '=', 'csi').where('organisation_id', 'is', null)
    .where('status', '=', 'published').executeTakeFirstOrThrow();
  const answers: TAnswers = {};
  for (const { item } of itemsOf(csi.definition as TInstrumentDefinition)) {
    if (item.kind === 'scale') answers[item.key] = { value: item.levels[item.levels.length - 2]!.value, reason: 'Seen at the home visit.' };
  }
  return {
    club: await pickClub(db),
    centre: centre ? { id: centre.id, supervisor: { id: centre.supervisor_id, email: centre.email } } : null,
    csi: { instrumentId: csi.id, answers },
    caseworker: { id: busiest.id, email: busiest.email, organisationId: busiest.organisation_id, teamId: busiest.team_id },
    supervisor,
    administrator,
    childId: kase.child_id,
    caseId: kase.id,
    nameKm: `${kase.family_name_km ?? ''}${kase.given_name_km ?? ''}`.slice(0, 6),
    nameLatin: kase.given_name_latin ?? 'sophea',
    today: '2026-11-15',
  };
}
