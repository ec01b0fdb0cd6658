import type { TParticipation } from '@homeward/core';
import { sql } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { notFound } from '../../platform/errors.js';
import './tables.js';
import { counsellingParticipation, courseParticipation, scholarshipParticipation } from '../courses/participation.js';

/**
 * One programme's part of a young person's journey: only records the caller may see (each
 * programme applies its own scope). To add a programme, write one such function and list it in
 * `participationSources`; the page merges and orders them.
 */
export type ParticipationSource = (data: ScopedData, personId: string) => Promise<TParticipation[]>;

// Archived meetings (recorded by mistake) count neither as held nor as attended.
const count = (parent: string, parentCol: string, table: string) =>
  sql<number>`(select count(*) from ${sql.table(table)} g where g.${sql.ref(parentCol)} = ${sql.ref(parent)} and g.archived_at is null
    and g.held_on >= m.joined_on and (m.left_on is null or g.held_on <= m.left_on))`;
const attended = (type: string, parent: string, parentCol: string, table: string) =>
  sql<number>`(select count(*) from ${sql.table(table)} g join programme_attendance a on a.gathering_type = ${type} and a.gathering_id = g.id
    and a.person_id = m.person_id where g.${sql.ref(parentCol)} = ${sql.ref(parent)} and g.archived_at is null)`;

/** Youth club memberships, with the committee positions the person was elected to. */
export const clubParticipation: ParticipationSource = async (data, personId) => {
  const clubs = await data.selectFrom('youth_club').select(['id', 'name', 'centre_id']).execute();
  if (!clubs.length) return [];
  const rows = await data.tx.selectFrom('youth_club_member as m')
    .innerJoin('youth_club as c', 'c.id', 'm.club_id')
    .select(['m.id', 'm.club_id', 'm.joined_on', 'm.left_on', 'c.name',
      sql<string | null>`(select coalesce(ce.name_km, ce.name_latin) from centre ce where ce.id = c.centre_id)`.as('centre'),
      sql<string | null>`(select string_agg(k.position, ',' order by e.held_on desc) from youth_club_candidate k join youth_club_election e on e.id = k.election_id
        where e.club_id = c.id and e.archived_at is null and k.person_id = m.person_id and k.elected)`.as('positions'),
      count('c.id', 'club_id', 'youth_club_meeting').as('held'),
      attended('club_meeting', 'c.id', 'club_id', 'youth_club_meeting').as('attended')])
    .where('m.person_id', '=', personId).where('m.club_id', 'in', clubs.map((c) => c.id)).execute();
  const members: TParticipation[] = rows.map((r) => ({
    kind: 'club', id: r.club_id, label: r.name, detail: r.centre, role: r.positions?.split(',')[0] ?? 'member', status: r.left_on ? 'left' : 'active',
    from: r.joined_on, to: r.left_on, attended: Number(r.attended), held: Number(r.held), link: `/clubs/${r.club_id}`,
  }));
  // Meetings a young person came to without joining (walk-ins) are participation too.
  const joined = new Set(rows.map((r) => r.club_id));
  const visits = await data.tx.selectFrom('programme_attendance as a').innerJoin('youth_club_meeting as g', 'g.id', 'a.gathering_id')
    .select(['g.club_id', sql<string>`min(g.held_on)::text`.as('first'), sql<string>`max(g.held_on)::text`.as('last'), sql<number>`count(*)`.as('n')])
    .where('a.gathering_type', '=', 'club_meeting').where('a.person_id', '=', personId).where('g.club_id', 'in', clubs.map((c) => c.id)).where('g.archived_at', 'is', null)
    .groupBy('g.club_id').execute();
  const byId = new Map(clubs.map((c) => [c.id, c]));
  return [...members, ...visits.filter((v) => !joined.has(v.club_id)).map((v) => ({
    kind: 'club' as const, id: v.club_id, label: byId.get(v.club_id)?.name ?? '', detail: null, role: 'visitor', status: null,
    from: v.first, to: v.last === v.first ? null : v.last, attended: Number(v.n), held: null, link: `/clubs/${v.club_id}`,
  }))];
};

/** Care Leavers' Network membership (with the latest housing) and the network groups they joined. */
export const leaverParticipation: ParticipationSource = async (data, personId) => {
  const members = await data.selectFrom('leaver_member').select(['id', 'status', 'joined_on',
    sql<string | null>`(select c.housing from leaver_check_in c where c.member_id = leaver_member.id order by c.checked_on desc, c.created_at desc limit 1)`.as('housing')])
    .where('person_id', '=', personId).execute();
  const out: TParticipation[] = members.map((m) => ({
    kind: 'leavers', id: m.id, label: '', detail: m.housing, role: 'member', status: m.status, from: m.joined_on, to: null, attended: null, held: null, link: `/network/members/${m.id}`,
  }));
  const groups = await data.selectFrom('leaver_group').select(['id', 'name', 'kind']).execute();
  if (!groups.length) return out;
  const rows = await data.tx.selectFrom('leaver_group_member as m').innerJoin('leaver_group as g', 'g.id', 'm.group_id')
    .select(['m.group_id', 'm.joined_on', 'm.left_on', 'g.name', 'g.kind',
      count('g.id', 'group_id', 'leaver_meeting').as('held'), attended('leaver_meeting', 'g.id', 'group_id', 'leaver_meeting').as('attended')])
    .where('m.person_id', '=', personId).where('m.group_id', 'in', groups.map((g) => g.id)).execute();
  return [...out, ...rows.map((r) => ({
    kind: 'leavers' as const, id: r.group_id, label: r.name, detail: r.kind, role: 'group_member', status: r.left_on ? 'left' : 'active',
    from: r.joined_on, to: r.left_on, attended: Number(r.attended), held: Number(r.held), link: `/network/groups/${r.group_id}`,
  }))];
};

/** Every programme's part, each in its own scope. Other programmes add their function here. */
export const participationSources: ParticipationSource[] = [clubParticipation, leaverParticipation, courseParticipation, scholarshipParticipation, counsellingParticipation];

/**
 * A person's participation in every programme over time, newest first. A person the caller
 * cannot see and who is in none of the caller's programmes is a 404; the read is audited.
 */
export async function personProgrammes(data: ScopedData, personId: string, sources: readonly ParticipationSource[] = participationSources): Promise<TParticipation[]> {
  const items: TParticipation[] = [];
  for (const source of sources) items.push(...(await source(data, personId)));
  if (!items.length) {
    const visible = await data.selectFrom('person').select('id').where('id', '=', personId).executeTakeFirst();
    if (!visible) throw notFound();
  }
  await data.audit({ action: 'read', recordType: 'person', recordId: personId, details: { part: 'programmes' } });
  return items.sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
}
