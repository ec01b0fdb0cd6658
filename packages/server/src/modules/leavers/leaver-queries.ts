import {
  searchWords, struggleSignsOf, ZLeaverEducation, ZLeaverHealth, ZLeaverHousing, ZLeaverIdDocuments, ZLeaverStatus, ZLeaverSupport, ZLeaverWork,
  type TCheckIn, type TLeaver, type TLeaversQuery, type TLeaverSummary, type TNetworkFigures,
} from '@homeward/core';
import { sql, type Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { paginate, type PageOf } from '../../platform/db/paginate.js';
import { personOf, programmePeople } from '../programmes/people.js';
import type { LeaverCheckInTable } from '../programmes/tables.js';

const likeAny = (word: string): string => `%${word.replace(/[%_\\]/g, '\\$&')}%`;

// The latest check-in of a member, as a column of the member row (the scope filter names the
// member's columns unqualified, so check-ins and people are read in subqueries, not joined).
const latest = (col: string) => sql`(select ${sql.ref(`c.${col}`)} from leaver_check_in c where c.member_id = leaver_member.id order by c.checked_on desc, c.created_at desc limit 1)`;

/** Someone is struggling when their latest check-in shows any sign of it, or there is none. */
const strugglingSql = sql<boolean>`(not exists (select 1 from leaver_check_in c where c.member_id = leaver_member.id) or exists (
  select 1 from (select * from leaver_check_in c where c.member_id = leaver_member.id order by c.checked_on desc, c.created_at desc limit 1) l
  where l.housing <> 'stable' or l.work in ('looking', 'not_working') or l.id_documents = 'none' or l.health = 'poor' or l.support_network = 'isolated' or l.wellbeing <= 2))`;

const presentCheckIn = (c: Selectable<LeaverCheckInTable>): TCheckIn => ({
  id: c.id, checkedOn: c.checked_on, housing: ZLeaverHousing.parse(c.housing), education: ZLeaverEducation.parse(c.education), work: ZLeaverWork.parse(c.work),
  monthlyIncomeUsd: c.monthly_income_usd, idDocuments: ZLeaverIdDocuments.parse(c.id_documents), health: ZLeaverHealth.parse(c.health),
  supportNetwork: ZLeaverSupport.parse(c.support_network), wellbeing: c.wellbeing, notes: c.notes,
});

function memberRows(data: ScopedData) {
  return data.selectFrom('leaver_member').select([
    'id', 'person_id', 'organisation_id', 'status', 'joined_on', 'left_care_on',
    latest('checked_on').$castTo<string | null>().as('last_checked_on'),
    latest('housing').$castTo<string | null>().as('housing'), latest('work').$castTo<string | null>().as('work'),
    latest('id_documents').$castTo<string | null>().as('id_documents'), latest('health').$castTo<string | null>().as('health'),
    latest('support_network').$castTo<string | null>().as('support_network'), latest('wellbeing').$castTo<number | null>().as('wellbeing'),
  ]);
}
type MemberRow = Awaited<ReturnType<ReturnType<typeof memberRows>['execute']>>[number];

function signsOf(r: MemberRow) {
  if (!r.last_checked_on) return struggleSignsOf(null);
  return struggleSignsOf({
    housing: ZLeaverHousing.parse(r.housing), work: ZLeaverWork.parse(r.work), idDocuments: ZLeaverIdDocuments.parse(r.id_documents), health: ZLeaverHealth.parse(r.health),
    supportNetwork: ZLeaverSupport.parse(r.support_network), wellbeing: r.wellbeing ?? 5,
  });
}

/** Network members in the caller's scope; `struggling` keeps active members whose latest check-in shows trouble. */
export async function searchLeavers(data: ScopedData, query: TLeaversQuery): Promise<PageOf<TLeaverSummary>> {
  let rows = memberRows(data);
  for (const word of query.q ? searchWords(query.q) : []) {
    rows = rows.where(sql<boolean>`person_id in (select p.id from person p where p.search_key like ${likeAny(word)})`);
  }
  if (query.struggling === 'true') rows = rows.where('status', '=', 'active').where(strugglingSql);
  const page = await paginate(rows, query, (r) => r.orderBy('joined_on', 'desc').orderBy('id'), (r) => r);
  const orgOf = page.items[0]?.organisation_id;
  const people = orgOf ? await programmePeople(data, orgOf, page.items.map((r) => r.person_id), 'care_leavers') : new Map();
  await data.auditList('leaver_member', page.items.map((r) => r.id), { search: query.q ?? null, struggling: query.struggling ?? null });
  return {
    ...page,
    items: page.items.map((r) => ({
      id: r.id, person: personOf(people, r.person_id), status: ZLeaverStatus.parse(r.status), joinedOn: r.joined_on, leftCareOn: r.left_care_on,
      lastCheckInOn: r.last_checked_on, housing: r.housing ? ZLeaverHousing.parse(r.housing) : null, work: r.work ? ZLeaverWork.parse(r.work) : null, signs: signsOf(r),
    })),
  };
}

/** One network member with contact details, check-ins (newest first) and groups. */
export async function loadLeaver(data: ScopedData, id: string): Promise<TLeaver> {
  const m = await data.get('leaver_member', id);
  const row = await memberRows(data).where('id', '=', id).executeTakeFirstOrThrow();
  const checkIns = await data.tx.selectFrom('leaver_check_in').selectAll().where('member_id', '=', id).orderBy('checked_on', 'desc').orderBy('created_at', 'desc').execute();
  const groups = await data.tx.selectFrom('leaver_group_member as gm').innerJoin('leaver_group as g', 'g.id', 'gm.group_id')
    .select(['g.id', 'g.name', 'g.kind']).where('gm.person_id', '=', m.person_id).where('gm.left_on', 'is', null).where('g.organisation_id', '=', m.organisation_id).execute();
  const people = await programmePeople(data, m.organisation_id, [m.person_id], 'care_leaver');
  return {
    id: m.id, person: personOf(people, m.person_id), status: ZLeaverStatus.parse(m.status), joinedOn: m.joined_on, leftCareOn: m.left_care_on,
    lastCheckInOn: row.last_checked_on, housing: row.housing ? ZLeaverHousing.parse(row.housing) : null, work: row.work ? ZLeaverWork.parse(row.work) : null, signs: signsOf(row),
    phone: m.phone, telegram: m.telegram, email: m.email, shareWithNetwork: m.share_with_network, notes: m.notes, facilitatorId: m.facilitator_id, version: m.version,
    checkIns: checkIns.map(presentCheckIn), groups,
  };
}

/** Care leavers by their latest housing and work, how many struggle, and outreach reach. Counts only: no one is named. */
export async function networkFigures(data: ScopedData): Promise<TNetworkFigures> {
  const rows = await memberRows(data).select(strugglingSql.as('struggling')).execute();
  const byHousing: Record<string, number> = {};
  const byWork: Record<string, number> = {};
  for (const r of rows) {
    const h = r.housing ?? 'unknown';
    const w = r.work ?? 'unknown';
    byHousing[h] = (byHousing[h] ?? 0) + 1;
    byWork[w] = (byWork[w] ?? 0) + 1;
  }
  const outreach = await data.selectFrom('leaver_outreach')
    .select([sql<number>`count(*)`.as('visits'), sql<number>`coalesce(sum(young_people), 0)`.as('reached')]).executeTakeFirstOrThrow();
  return {
    members: rows.length, active: rows.filter((r) => r.status === 'active').length, byHousing, byWork,
    struggling: rows.filter((r) => r.status === 'active' && r.struggling).length,
    outreachVisits: Number(outreach.visits), youngPeopleReached: Number(outreach.reached),
  };
}
