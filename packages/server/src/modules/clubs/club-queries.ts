import { todayIso, type TClub, type TClubsQuery, type TClubSummary } from '@homeward/core';
import { sql, type Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { paginate, type PageOf } from '../../platform/db/paginate.js';
import { AppError } from '../../platform/errors.js';
import { attendanceOf } from '../programmes/attendance.js';
import { programmeFigures } from '../programmes/figures.js';
import { personOf, programmePeople } from '../programmes/people.js';
import type { YouthClubTable } from '../programmes/tables.js';
import { CLUB_MEETING } from './meetings.js';

const likeAny = (word: string): string => `%${word.replace(/[%_\\]/g, '\\$&')}%`;

/** A club in the caller's scope, locked for a change; 404 outside scope, 409 on an old version. */
export async function lockClub(data: ScopedData, id: string, version?: number): Promise<Selectable<YouthClubTable>> {
  const row = await data.get('youth_club', id);
  await data.tx.selectFrom('youth_club').select('id').where('id', '=', id).forUpdate().execute();
  if (version !== undefined && row.version !== version) throw new AppError('record.conflict');
  return row;
}

/** Clubs in the caller's scope with their centre, current member count and last meeting. */
export async function searchClubs(data: ScopedData, query: TClubsQuery): Promise<PageOf<TClubSummary>> {
  // The scope filter names the club's columns unqualified, so the centre is read in subqueries, not joined.
  const centre = (col: 'name_km' | 'name_latin' | 'search_text') => sql<string | null>`(select c.${sql.ref(col)} from centre c where c.id = youth_club.centre_id)`;
  let rows = data.selectFrom('youth_club')
    .select([
      'id', 'name', 'centre_id', 'meeting_schedule', centre('name_km').as('name_km'), centre('name_latin').as('name_latin'),
      sql<number>`(select count(*) from youth_club_member m where m.club_id = youth_club.id and m.left_on is null)`.as('members'),
      sql<string | null>`(select max(held_on)::text from youth_club_meeting mt where mt.club_id = youth_club.id and mt.archived_at is null)`.as('last_meeting_on'),
    ])
    .where('archived_at', 'is', null);
  if (query.centreId) rows = rows.where('centre_id', '=', query.centreId);
  const q = query.q;
  if (q) rows = rows.where((eb) => eb.or([eb('name', 'ilike', likeAny(q)), eb(centre('search_text'), 'like', likeAny(q.toLowerCase()))]));
  return paginate(rows, query, (r) => r.orderBy('name').orderBy('id'), (r) => ({
    id: r.id, name: r.name, centreId: r.centre_id, centreName: r.name_km || r.name_latin || '', members: Number(r.members),
    lastMeetingOn: r.last_meeting_on, meetingSchedule: r.meeting_schedule,
  }));
}

const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);

/**
 * One club with members, elections and the committee now, meetings with attendance, and figures.
 * Archived meetings and elections are left out (with `includeArchived`, listed but still not
 * counted in the committee or the figures).
 */
export async function loadClub(data: ScopedData, id: string, includeArchived = false): Promise<TClub> {
  const club = await data.get('youth_club', id);
  const centre = await data.tx.selectFrom('centre').select(['name_km', 'name_latin']).where('id', '=', club.centre_id).executeTakeFirstOrThrow();
  const [members, allElections, allMeetings] = await Promise.all([
    data.tx.selectFrom('youth_club_member').selectAll().where('club_id', '=', id).orderBy('joined_on').orderBy('id').execute(),
    data.tx.selectFrom('youth_club_election').selectAll().where('club_id', '=', id).orderBy('held_on', 'desc').orderBy('created_at', 'desc').execute(),
    data.tx.selectFrom('youth_club_meeting').selectAll().where('club_id', '=', id).orderBy('held_on', 'desc').orderBy('created_at', 'desc').execute(),
  ]);
  const elections = includeArchived ? allElections : allElections.filter((e) => !e.archived_at);
  const meetings = includeArchived ? allMeetings : allMeetings.filter((m) => !m.archived_at);
  const held = meetings.filter((m) => !m.archived_at);
  const candidates = elections.length
    ? await data.tx.selectFrom('youth_club_candidate').selectAll().where('election_id', 'in', elections.map((e) => e.id)).orderBy('position').execute()
    : [];
  const present = await attendanceOf(data, CLUB_MEETING, meetings.map((m) => m.id));
  const people = await programmePeople(data, club.organisation_id, [...members.map((m) => m.person_id), ...candidates.map((c) => c.person_id)], 'youth_club');
  const today = todayIso();
  const running = elections.find((e) => !e.archived_at && e.term_starts_on <= today && (e.term_ends_on === null || e.term_ends_on >= today));
  const current = members.filter((m) => m.left_on === null);
  return {
    id: club.id, name: club.name, centreId: club.centre_id, centreName: centre.name_km || centre.name_latin || '', foundedOn: club.founded_on,
    meetingSchedule: club.meeting_schedule, notes: club.notes, facilitatorId: club.facilitator_id, version: club.version,
    members: members.map((m) => ({ id: m.id, person: personOf(people, m.person_id), joinedOn: m.joined_on, leftOn: m.left_on, leaveReason: m.leave_reason })),
    committee: running
      ? candidates.filter((c) => c.election_id === running.id && c.elected).map((c) => ({ position: c.position, person: personOf(people, c.person_id) }))
      : [],
    elections: elections.map((e) => ({
      id: e.id, heldOn: e.held_on, termStartsOn: e.term_starts_on, termEndsOn: e.term_ends_on, notes: e.notes,
      candidates: candidates.filter((c) => c.election_id === e.id).map((c) => ({ id: c.id, position: c.position, person: personOf(people, c.person_id), votes: c.votes, elected: c.elected })),
      version: e.version, archivedAt: iso(e.archived_at),
    })),
    meetings: meetings.map((m) => ({
      id: m.id, heldOn: m.held_on, agenda: m.agenda, activities: m.activities, decisions: m.decisions, presentIds: present.get(m.id) ?? [], version: m.version, archivedAt: iso(m.archived_at),
    })),
    figures: programmeFigures(
      current.map((m) => personOf(people, m.person_id)),
      members.map((m) => ({ personId: m.person_id, from: m.joined_on, to: m.left_on })),
      held.map((m) => ({ heldOn: m.held_on, presentIds: present.get(m.id) ?? [] })),
    ),
  };
}

/** One meeting of a club (archived ones too, marked), with the people present (walk-ins included) for the attendance sheet. */
export async function loadClubMeeting(data: ScopedData, clubId: string, meetingId: string) {
  const club = await data.get('youth_club', clubId);
  const m = await data.tx.selectFrom('youth_club_meeting').selectAll().where('id', '=', meetingId).where('club_id', '=', clubId).executeTakeFirst();
  if (!m) throw new AppError('record.not_found');
  const presentIds = (await attendanceOf(data, CLUB_MEETING, [m.id])).get(m.id) ?? [];
  const people = await programmePeople(data, club.organisation_id, presentIds, 'club_meeting');
  return {
    id: m.id, heldOn: m.held_on, agenda: m.agenda, activities: m.activities, decisions: m.decisions, presentIds, present: presentIds.map((p) => personOf(people, p)),
    version: m.version, archivedAt: iso(m.archived_at),
  };
}
