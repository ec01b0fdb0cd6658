import type { TGroup, TGroupSummary, TOutreach } from '@homeward/core';
import { sql } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { attendanceOf } from '../programmes/attendance.js';
import { programmeFigures } from '../programmes/figures.js';
import { personOf, programmePeople } from '../programmes/people.js';
import { LEAVER_MEETING } from './groups.js';
import { LEAVER_OUTREACH } from './record-outreach.js';

/** Network groups in the caller's scope with their member count and last meeting. */
export async function listGroups(data: ScopedData): Promise<TGroupSummary[]> {
  const rows = await data.selectFrom('leaver_group').select([
    'id', 'name', 'kind',
    sql<number>`(select count(*) from leaver_group_member m where m.group_id = leaver_group.id and m.left_on is null)`.as('members'),
    sql<string | null>`(select max(held_on)::text from leaver_meeting mt where mt.group_id = leaver_group.id and mt.archived_at is null)`.as('last_meeting_on'),
  ]).where('archived_at', 'is', null).orderBy('name').limit(500).execute();
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, members: Number(r.members), lastMeetingOn: r.last_meeting_on }));
}

/**
 * One group with its members, meetings (with who came, by name, walk-ins included) and figures.
 * Archived meetings are left out, or with `includeArchived` listed but not counted.
 */
export async function loadGroup(data: ScopedData, id: string, includeArchived = false): Promise<TGroup> {
  const g = await data.get('leaver_group', id);
  const members = await data.tx.selectFrom('leaver_group_member').selectAll().where('group_id', '=', id).orderBy('joined_on').orderBy('id').execute();
  let meetingRows = data.tx.selectFrom('leaver_meeting').selectAll().where('group_id', '=', id);
  if (!includeArchived) meetingRows = meetingRows.where('archived_at', 'is', null);
  const meetings = await meetingRows.orderBy('held_on', 'desc').orderBy('created_at', 'desc').execute();
  const present = await attendanceOf(data, LEAVER_MEETING, meetings.map((m) => m.id));
  const people = await programmePeople(data, g.organisation_id, [...members.map((m) => m.person_id), ...[...present.values()].flat()], 'leaver_group');
  return {
    id: g.id, name: g.name, kind: g.kind, meetingSchedule: g.meeting_schedule, notes: g.notes, facilitatorId: g.facilitator_id,
    members: members.map((m) => ({ id: m.id, person: personOf(people, m.person_id), joinedOn: m.joined_on, leftOn: m.left_on })),
    meetings: meetings.map((m) => ({
      id: m.id, heldOn: m.held_on, topic: m.topic, notes: m.notes, presentIds: present.get(m.id) ?? [],
      present: (present.get(m.id) ?? []).map((p) => personOf(people, p)), version: m.version, archivedAt: m.archived_at ? new Date(m.archived_at).toISOString() : null,
    })),
    figures: programmeFigures(
      members.filter((m) => !m.left_on).map((m) => personOf(people, m.person_id)),
      members.map((m) => ({ personId: m.person_id, from: m.joined_on, to: m.left_on })),
      meetings.filter((m) => !m.archived_at).map((m) => ({ heldOn: m.held_on, presentIds: present.get(m.id) ?? [] })),
    ),
  };
}

/** Outreach visits in the caller's scope, newest first, with the care leavers who went. */
export async function listOutreach(data: ScopedData): Promise<TOutreach[]> {
  const rows = await data.selectFrom('leaver_outreach').select([
    'id', 'centre_id', 'visited_on', 'young_people', 'notes', 'organisation_id',
    sql<string>`(select coalesce(c.name_km, c.name_latin) from centre c where c.id = leaver_outreach.centre_id)`.as('centre_name'),
  ]).orderBy('visited_on', 'desc').orderBy('id').limit(200).execute();
  const visitors = await attendanceOf(data, LEAVER_OUTREACH, rows.map((r) => r.id));
  const orgId = rows[0]?.organisation_id;
  const people = orgId ? await programmePeople(data, orgId, [...visitors.values()].flat(), 'leaver_outreach') : new Map();
  return rows.map((r) => ({
    id: r.id, centreId: r.centre_id, centreName: r.centre_name, visitedOn: r.visited_on, youngPeople: r.young_people, notes: r.notes,
    visitors: (visitors.get(r.id) ?? []).map((p) => personOf(people, p)),
  }));
}
