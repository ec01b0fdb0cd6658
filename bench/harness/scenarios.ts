import { searchKey, type TRecordCaseNoteRequest } from '@homeward/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../packages/server/src/platform/db/schema.js';
import type { BenchContext } from './context.js';
import type { LoadStep } from './load.js';

export type As = 'caseworker' | 'supervisor' | 'administrator' | 'centreSupervisor' | 'facilitator';

/**
 * One thing a user does, as the API request and as the least SQL that fetches the same data
 * (the floor), so each endpoint gets a ratio api / floor.
 */
export interface Scenario {
  name: string;
  as: As;
  /** `METHOD /route` as registered; scenarios whose route does not exist yet are reported as such. */
  route: string;
  /** The one request measured; or `steps` for an action of several requests. */
  request?(c: BenchContext): { method: 'GET' | 'POST'; path: string; body?: unknown };
  steps?(c: BenchContext): LoadStep[];
  /** Why the scenario cannot run on this dataset (e.g. no centre in the team). */
  unavailable?(c: BenchContext): string | null;
  floor(db: Kysely<Database>, c: BenchContext): Promise<unknown>;
  /** Budget for p95 at 100 users on the national dataset (ms). */
  budgetMs?: number;
}

const like = (q: string) => `%${searchKey(q)}%`;

/** The requests a scenario makes, each connection repeating them in order. */
export function stepsOf(s: Scenario, c: BenchContext): LoadStep[] {
  if (s.steps) return s.steps(c);
  const r = s.request!(c);
  return [{ method: r.method, path: r.path, ...(r.body === undefined ? {} : { body: JSON.stringify(r.body) }), measured: true }];
}

export const scenarios: Scenario[] = [
  {
    name: 'caseworker home', as: 'caseworker', route: 'GET /api/home/caseworker', budgetMs: 50,
    request: () => ({ method: 'GET', path: '/api/home/caseworker' }),
    floor: (db, c) => Promise.all([
      db.selectFrom('case_file').select(['stage', sql<number>`count(*)`.as('n')]).where('caseworker_id', '=', c.caseworker.id).where('stage', '<>', 'closed').groupBy('stage').execute(),
      db.selectFrom('follow_up').selectAll().where('caseworker_id', '=', c.caseworker.id).where('status', '=', 'scheduled').where('due_on', '<=', c.today).orderBy('due_on').limit(50).execute(),
      db.selectFrom('care_plan_action').selectAll().where('caseworker_id', '=', c.caseworker.id).where('status', '=', 'open').where('due_on', '<=', c.today).orderBy('due_on').limit(50).execute(),
    ]),
  },
  {
    name: "child's page (person, kin)", as: 'caseworker', route: 'GET /api/people/:id', budgetMs: 50,
    request: (c) => ({ method: 'GET', path: `/api/people/${c.childId}` }),
    floor: (db, c) => Promise.all([
      db.selectFrom('person').selectAll().where('id', '=', c.childId).executeTakeFirst(),
      db.selectFrom('person_alias').selectAll().where('person_id', '=', c.childId).execute(),
      db.selectFrom('household_member as m').innerJoin('household_member as k', 'k.household_id', 'm.household_id').innerJoin('person as p', 'p.id', 'k.person_id')
        .select(['p.id', 'p.given_name_km', 'k.relationship']).where('m.person_id', '=', c.childId).execute(),
    ]),
  },
  {
    name: "child's case page", as: 'caseworker', route: 'GET /api/cases/:id', budgetMs: 50,
    request: (c) => ({ method: 'GET', path: `/api/cases/${c.caseId}` }),
    floor: (db, c) => Promise.all([
      db.selectFrom('case_file').selectAll().where('id', '=', c.caseId).executeTakeFirst(),
      db.selectFrom('case_stage_change').selectAll().where('case_id', '=', c.caseId).orderBy('changed_at').execute(),
      db.selectFrom('placement').selectAll().where('case_id', '=', c.caseId).where('status', '=', 'active').execute(),
    ]),
  },
  {
    name: 'case list, filtered by stage', as: 'supervisor', route: 'GET /api/cases', budgetMs: 50,
    request: () => ({ method: 'GET', path: '/api/cases?stage=follow_up&page=1&pageSize=25' }),
    floor: (db, c) => db.selectFrom('case_file as cf').innerJoin('person as p', 'p.id', 'cf.child_id').select(['cf.id', 'cf.number', 'cf.stage', 'p.given_name_km'])
      .where('cf.team_id', '=', c.caseworker.teamId).where('cf.stage', '=', 'follow_up').orderBy('cf.number').limit(25).execute(),
  },
  {
    name: 'name search, Khmer script', as: 'supervisor', route: 'GET /api/people', budgetMs: 50,
    request: (c) => ({ method: 'GET', path: `/api/people?q=${encodeURIComponent(c.nameKm)}` }),
    floor: (db, c) => db.selectFrom('person').select(['id', 'given_name_km', 'family_name_km']).where('team_id', '=', c.caseworker.teamId).where('search_key', 'like', like(c.nameKm)).limit(25).execute(),
  },
  {
    name: 'name search, Latin spelling', as: 'supervisor', route: 'GET /api/people', budgetMs: 50,
    request: (c) => ({ method: 'GET', path: `/api/people?q=${encodeURIComponent(c.nameLatin)}` }),
    floor: (db, c) => db.selectFrom('person').select(['id', 'given_name_km', 'family_name_km']).where('team_id', '=', c.caseworker.teamId).where('search_key', 'like', like(c.nameLatin)).limit(25).execute(),
  },
  {
    name: "supervisor's team view", as: 'supervisor', route: 'GET /api/home/supervisor', budgetMs: 50,
    request: () => ({ method: 'GET', path: '/api/home/supervisor' }),
    floor: (db, c) => db.selectFrom('case_file').select(['caseworker_id', 'stage', sql<number>`count(*)`.as('n')]).where('team_id', '=', c.caseworker.teamId).where('stage', '<>', 'closed').groupBy(['caseworker_id', 'stage']).execute(),
  },
  {
    name: 'case note create', as: 'caseworker', route: 'POST /api/cases/:id/notes',
    request: (c) => ({ method: 'POST', path: `/api/cases/${c.caseId}/notes`, body: { type: 'home_visit', occurredOn: c.today, narrative: 'បានចុះសួរសុខទុក្ខកុមារនៅផ្ទះ។ Child is well.' } satisfies TRecordCaseNoteRequest }),
    floor: (db, c) => db.transaction().execute(async (tx) => {
      await tx.insertInto('case_note').values({ id: crypto.randomUUID(), case_id: c.caseId, organisation_id: c.caseworker.organisationId, team_id: c.caseworker.teamId, caseworker_id: c.caseworker.id, centre_id: null, note_type: 'home_visit', occurred_on: c.today, place_code: null, participants: null, narrative: 'floor', next_steps: null, decision: null, best_interests: null, author_id: c.caseworker.id, archived_at: null }).execute();
      await tx.insertInto('audit_log').values({ actor_id: c.caseworker.id, actor_role: 'caseworker', organisation_id: c.caseworker.organisationId, action: 'create', record_type: 'case_note', record_id: c.caseId, changes: null, details: null, ip: null }).execute();
    }),
  },
  {
    name: 'audit view of one record', as: 'administrator', route: 'GET /api/audit/records/:type/:id', budgetMs: 50,
    request: (c) => ({ method: 'GET', path: `/api/audit/records/person/${c.childId}` }),
    floor: (db, c) => db.selectFrom('audit_log').selectAll().where('record_type', '=', 'person').where('record_id', '=', c.childId).orderBy('at', 'desc').limit(25).execute(),
  },
  {
    // A caseworker starts a Child Status Index for a child of their caseload and submits it; only
    // the submit (check every answer, score on the server, store, audit) is measured.
    name: 'assessment submit', as: 'caseworker', route: 'POST /api/assessments/:id/submit',
    steps: (c) => [
      {
        method: 'POST', path: '/api/assessments', measured: false,
        body: JSON.stringify({ instrumentId: c.csi.instrumentId, subjectType: 'person', subjectId: c.childId, caseId: c.caseId, assessedOn: c.today, answers: c.csi.answers }),
        capture: (body, ctx) => { ctx.id = (JSON.parse(body) as { id: string }).id; },
      },
      { method: 'POST', path: (ctx) => `/api/assessments/${ctx.id ?? 'none'}/submit`, body: JSON.stringify({ rowVersion: 1 }), measured: true },
    ],
    floor: (db, c) => db.transaction().execute(async (tx) => {
      const id = crypto.randomUUID();
      await tx.insertInto('assessment').values({ id, instrument_id: c.csi.instrumentId, subject_type: 'person', subject_id: c.childId, case_id: c.caseId, organisation_id: c.caseworker.organisationId, team_id: c.caseworker.teamId, caseworker_id: c.caseworker.id, centre_id: null, status: 'draft', assessed_on: c.today, answers: JSON.stringify(c.csi.answers) as never, notes: null, total: null, section_scores: null, closure_met: null, assessor_id: c.caseworker.id, submitted_at: null, archived_at: null }).execute();
      await sql`select id from assessment where id = ${id} for update`.execute(tx);
      await tx.selectFrom('instrument').select('definition').where('id', '=', c.csi.instrumentId).executeTakeFirstOrThrow();
      await tx.updateTable('assessment').set({ status: 'submitted', total: 36, submitted_at: new Date(), row_version: 2 }).where('id', '=', id).execute();
      await tx.insertInto('audit_log').values({ actor_id: c.caseworker.id, actor_role: 'caseworker', organisation_id: c.caseworker.organisationId, action: 'assessment.submit', record_type: 'assessment', record_id: id, changes: null, details: null, ip: null }).execute();
    }),
  },
  {
    // The supervisor of the team advising the busiest centre: their team's centres.
    name: 'centre list', as: 'centreSupervisor', route: 'GET /api/centres',
    unavailable: (c) => (c.centre ? null : 'no centres in the dataset'),
    request: () => ({ method: 'GET', path: '/api/centres?page=1&pageSize=25' }),
    floor: (db, c) => db.selectFrom('centre as ce').innerJoin('centre_transition as t', 't.centre_id', 'ce.id').select(['ce.id', 'ce.name_km', 't.stage'])
      .where('ce.team_id', '=', sql<string>`(select team_id from centre where id = ${c.centre!.id})`).orderBy('ce.name_km').limit(25).execute(),
  },
  {
    name: 'centre page', as: 'centreSupervisor', route: 'GET /api/centres/:id',
    unavailable: (c) => (c.centre ? null : 'no centres in the dataset'),
    request: (c) => ({ method: 'GET', path: `/api/centres/${c.centre!.id}` }),
    floor: (db, c) => Promise.all([
      db.selectFrom('centre').selectAll().where('id', '=', c.centre!.id).executeTakeFirst(),
      db.selectFrom('centre_transition').selectAll().where('centre_id', '=', c.centre!.id).executeTakeFirst(),
      db.selectFrom('centre_count').selectAll().where('centre_id', '=', c.centre!.id).execute(),
      db.selectFrom('centre_stage_change').selectAll().where('centre_id', '=', c.centre!.id).execute(),
      db.selectFrom('centre_milestone').selectAll().where('centre_id', '=', c.centre!.id).execute(),
      db.selectFrom('centre_activity').selectAll().where('centre_id', '=', c.centre!.id).execute(),
    ]),
  },
  {
    // Every centre of the organisation by stage, as the board shows it to an administrator.
    name: 'pipeline board', as: 'administrator', route: 'GET /api/centres/board',
    unavailable: (c) => (c.centre ? null : 'no centres in the dataset'),
    request: () => ({ method: 'GET', path: '/api/centres/board' }),
    floor: (db, c) => db.selectFrom('centre as ce').innerJoin('centre_transition as t', 't.centre_id', 'ce.id')
      .select(['ce.id', 'ce.name_km', 'ce.village_code', 'ce.caseworker_id', 't.stage', 't.stage_since'])
      .where('ce.organisation_id', '=', c.caseworker.organisationId).where('ce.archived_at', 'is', null).orderBy('ce.name_km').execute(),
  },
  {
    // The nearest thing to a province report so far: the organisation's centres per stage and
    // province, stage moves this quarter, children reintegrated from each centre, participants.
    name: 'centres dashboard (per stage and province)', as: 'administrator', route: 'GET /api/centres/dashboard',
    unavailable: (c) => (c.centre ? null : 'no centres in the dataset'),
    request: () => ({ method: 'GET', path: '/api/centres/dashboard' }),
    floor: (db, c) => Promise.all([
      db.selectFrom('centre as ce').innerJoin('centre_transition as t', 't.centre_id', 'ce.id').select(['t.stage', sql<number>`count(*)`.as('n')])
        .where('ce.organisation_id', '=', c.caseworker.organisationId).groupBy('t.stage').execute(),
      db.selectFrom('centre').select([sql<string>`left(village_code, 2)`.as('p'), sql<number>`count(*)`.as('n')])
        .where('organisation_id', '=', c.caseworker.organisationId).groupBy(sql`left(village_code, 2)`).execute(),
      db.selectFrom('placement').select(['carer_centre_id', sql<number>`count(distinct case_id)`.as('n')])
        .where('organisation_id', '=', c.caseworker.organisationId).where('status', '=', 'ended').where('carer_centre_id', 'is not', null).groupBy('carer_centre_id').execute(),
    ]),
  },
  {
    // The programmes part of a young person's page, read by the club's facilitator.
    name: "young person's programmes", as: 'facilitator', route: 'GET /api/people/:id/programmes',
    unavailable: (c) => (c.club ? null : 'no youth clubs in the dataset'),
    request: (c) => ({ method: 'GET', path: `/api/people/${c.club!.youngPersonId}/programmes` }),
    floor: (db, c) => Promise.all([
      db.selectFrom('youth_club_member as m').innerJoin('youth_club as k', 'k.id', 'm.club_id').select(['k.id', 'k.name', 'm.joined_on',
        sql<number>`(select count(*) from youth_club_meeting g join programme_attendance a on a.gathering_type = 'club_meeting' and a.gathering_id = g.id and a.person_id = m.person_id where g.club_id = k.id)`.as('attended')])
        .where('m.person_id', '=', c.club!.youngPersonId).execute(),
      db.selectFrom('course_enrolment as e').innerJoin('course as k', 'k.id', 'e.course_id').select(['k.id', 'k.name', 'e.enrolled_on']).where('e.person_id', '=', c.club!.youngPersonId).execute(),
      db.selectFrom('leaver_group_member as m').innerJoin('leaver_group as g', 'g.id', 'm.group_id').select(['g.id', 'g.name']).where('m.person_id', '=', c.club!.youngPersonId).execute(),
      db.selectFrom('scholarship').select(['id', 'status']).where('person_id', '=', c.club!.youngPersonId).execute(),
    ]),
  },
  {
    // The facilitator ticks who came to the club's latest meeting; the two lists alternate so
    // every save changes something (rows added and removed, one audit row).
    name: 'take attendance', as: 'facilitator', route: 'PUT /api/clubs/:id/meetings/:meetingId/attendance',
    unavailable: (c) => (c.club ? null : 'no youth clubs in the dataset'),
    steps: (c) => {
      const path = `/api/clubs/${c.club!.id}/meetings/${c.club!.meetingId}/attendance`;
      const ids = c.club!.memberIds;
      return [
        { method: 'PUT', path, body: JSON.stringify({ presentIds: ids.filter((_, i) => i % 3 !== 0) }), measured: true },
        { method: 'PUT', path, body: JSON.stringify({ presentIds: ids.filter((_, i) => i % 3 !== 1) }), measured: true },
      ];
    },
    floor: (db, c) => db.transaction().execute(async (tx) => {
      const ids = c.club!.memberIds.filter((_, i) => i % 2 === 0);
      await tx.selectFrom('person').select('id').where('id', 'in', ids).execute();
      await tx.deleteFrom('programme_attendance').where('gathering_type', '=', 'club_meeting').where('gathering_id', '=', c.club!.meetingId).execute();
      await tx.insertInto('programme_attendance').values(ids.map((person_id) => ({ organisation_id: c.club!.organisationId, gathering_type: 'club_meeting', gathering_id: c.club!.meetingId, person_id, recorded_by: null }))).execute();
      await tx.insertInto('audit_log').values({ actor_id: c.club!.facilitator.id, actor_role: 'caseworker', organisation_id: c.club!.organisationId, action: 'update', record_type: 'club_meeting', record_id: c.club!.meetingId, changes: null, details: null, ip: null }).execute();
    }),
  },
  {
    name: 'profile (GET /api/me)', as: 'caseworker', route: 'GET /api/me',
    request: () => ({ method: 'GET', path: '/api/me' }),
    floor: (db, c) => db.selectFrom('app_user').selectAll().where('id', '=', c.caseworker.id).executeTakeFirst(),
  },
  {
    name: 'place search', as: 'caseworker', route: 'GET /api/places/search',
    request: () => ({ method: 'GET', path: `/api/places/search?q=${encodeURIComponent('បាត់ដំបង')}` }),
    floor: (db) => db.selectFrom('place').selectAll().where('search_key', 'like', like('បាត់ដំបង')).limit(20).execute(),
  },
];
