import {
  todayIso, ZCentreEndGoal, ZCentreStage, ZEngagement, ZMilestoneStatus, ZMouStatus,
  type TCentre, type TCentreChildren, type TCentreSummary, type TCentresQuery, type TMilestone, type TOverdueMilestone, type TTimelineEntry,
} from '@homeward/core';
import { sql, type Selectable } from 'kysely';
import { scopeFilter, scopeSpecs, type ScopedData } from '../../platform/access/scoped-data.js';
import type { CentreMilestoneTable, CentreTable } from '../../platform/db/schema.js';
import { paginate, type PageOf } from '../../platform/db/paginate.js';
import { AppError } from '../../platform/errors.js';
import { loadPlaces } from '../people/place-refs.js';
import { outreachEventScope, trainingEventScope } from './event-tables.js';
import { searchKey } from '@homeward/core';

const likeAny = (word: string): string => `%${word.replace(/[%_\\]/g, '\\$&')}%`;
const day = (d: Date | string): string => (typeof d === 'string' ? d : d.toISOString().slice(0, 10));

/** The centre row, in scope, locked for this transaction when `version` is given (409 when stale). */
export async function lockCentre(data: ScopedData, id: string, version?: number): Promise<Selectable<CentreTable>> {
  const row = await data.get('centre', id);
  await data.tx.selectFrom('centre').select('id').where('id', '=', id).forUpdate().execute();
  if (version !== undefined && row.version !== version) throw new AppError('record.conflict');
  return row;
}

export const presentMilestone = (m: Selectable<CentreMilestoneTable>, today = todayIso()): TMilestone => ({
  id: m.id, centreId: m.centre_id, title: m.title, owner: m.owner, dueOn: m.due_on, status: ZMilestoneStatus.parse(m.status), doneOn: m.done_on,
  overdue: m.status === 'open' && m.due_on !== null && m.due_on < today,
});

/** One centre with its transition, dated counts, stage history, milestones and activities. */
export async function loadCentre(data: ScopedData, id: string): Promise<TCentre> {
  const c = await data.get('centre', id);
  const tx = data.tx;
  const [transition, counts, history, milestones, activities, adviser, places] = await Promise.all([
    tx.selectFrom('centre_transition').selectAll().where('centre_id', '=', id).executeTakeFirstOrThrow(),
    tx.selectFrom('centre_count as n').leftJoin('app_user as u', 'u.id', 'n.recorded_by').selectAll('n').select('u.name as recorded_by_name')
      .where('n.centre_id', '=', id).orderBy('n.counted_on', 'desc').orderBy('n.created_at', 'desc').execute(),
    tx.selectFrom('centre_stage_change as h').leftJoin('app_user as u', 'u.id', 'h.changed_by').selectAll('h').select('u.name as changed_by_name')
      .where('h.centre_id', '=', id).orderBy('h.changed_on', 'desc').orderBy('h.created_at', 'desc').execute(),
    tx.selectFrom('centre_milestone').selectAll().where('centre_id', '=', id).orderBy(sql`due_on nulls last`).orderBy('created_at').execute(),
    tx.selectFrom('centre_activity as a').leftJoin('app_user as u', 'u.id', 'a.recorded_by').selectAll('a').select('u.name as recorded_by_name')
      .where('a.centre_id', '=', id).orderBy('a.activity_on', 'desc').orderBy('a.created_at', 'desc').execute(),
    c.caseworker_id ? tx.selectFrom('app_user').select('name').where('id', '=', c.caseworker_id).executeTakeFirst() : undefined,
    loadPlaces(tx, [c.village_code]),
  ]);
  const today = todayIso();
  return {
    id: c.id, nameKm: c.name_km, nameLatin: c.name_latin, village: c.village_code ? (places.get(c.village_code) ?? null) : null, type: c.type,
    mosvyRegistered: c.mosvy_registered, mosvyRegistrationNumber: c.mosvy_registration_number, mouStatus: ZMouStatus.parse(c.mou_status),
    mouSignedOn: c.mou_signed_on, mouExpiresOn: c.mou_expires_on, lastInspectionOn: c.last_inspection_on, capacity: c.capacity,
    director: c.director, keyStaff: c.key_staff, donors: c.donors.map((d) => ({ ...d, stance: d.stance as TCentre['donors'][number]['stance'] })),
    partnerSince: c.partner_since, engagement: c.engagement ? ZEngagement.parse(c.engagement) : null, notes: c.notes,
    caseworkerId: c.caseworker_id, adviserName: adviser?.name ?? null, version: c.version,
    transition: {
      endGoal: ZCentreEndGoal.parse(transition.end_goal), stage: ZCentreStage.parse(transition.stage), stageSince: transition.stage_since,
      risks: transition.risks, directorPosition: transition.director_position, donorPosition: transition.donor_position, version: transition.version,
    },
    counts: counts.map((n) => ({ id: n.id, countedOn: n.counted_on, girls: n.girls, boys: n.boys, staff: n.staff, notes: n.notes, recordedBy: n.recorded_by_name })),
    stageHistory: history.map((h) => ({
      id: h.id, fromStage: h.from_stage ? ZCentreStage.parse(h.from_stage) : null, toStage: ZCentreStage.parse(h.to_stage), changedOn: h.changed_on,
      reason: h.reason, changedBy: h.changed_by_name,
    })),
    milestones: milestones.map((m) => presentMilestone(m, today)),
    activities: activities.map((a) => ({
      id: a.id, type: a.type, activityOn: a.activity_on, staff: a.staff, participants: a.participants, participantCount: a.participant_count,
      notes: a.notes, followUp: a.follow_up, recordedBy: a.recorded_by_name,
    })),
  };
}

/** Centres in the caller's scope, by name in either script, stage and province; by name. */
export async function searchCentres(data: ScopedData, query: TCentresQuery & { page: number; pageSize: number }): Promise<PageOf<TCentreSummary>> {
  let rows = data.tx.selectFrom('centre as c')
    .innerJoin('centre_transition as t', 't.centre_id', 'c.id')
    .leftJoin('app_user as u', 'u.id', 'c.caseworker_id')
    .where(scopeFilter(data.actor, scopeSpecs.centre, 'c'))
    .where('c.archived_at', 'is', null)
    .select([
      'c.id', 'c.name_km', 'c.name_latin', 'c.type', 'c.village_code', 't.stage', 'u.name as adviser_name',
      sql<number | null>`(select n.girls + n.boys from centre_count n where n.centre_id = c.id order by n.counted_on desc, n.created_at desc limit 1)`.as('children'),
      sql<string | null>`(select max(n.counted_on)::text from centre_count n where n.centre_id = c.id)`.as('counted_on'),
    ]);
  if (query.stage) rows = rows.where('t.stage', '=', query.stage);
  if (query.province) rows = rows.where('c.village_code', 'like', `${query.province}%`);
  const words = query.q ? searchKey(query.q).split(' ').filter(Boolean) : [];
  for (const w of words) rows = rows.where('c.search_text', 'like', likeAny(w));
  return paginate(rows, query, (q) => q.orderBy('c.name_km').orderBy('c.id'), (r) => ({
    id: r.id, nameKm: r.name_km, nameLatin: r.name_latin, type: r.type, villageCode: r.village_code, provinceCode: r.village_code?.slice(0, 2) ?? null,
    stage: ZCentreStage.parse(r.stage), children: r.children === null ? null : Number(r.children), countedOn: r.counted_on, adviserName: r.adviser_name,
  }));
}

/** Open milestones past their due date on centres in the caller's scope, oldest first. */
export async function overdueMilestones(data: ScopedData): Promise<TOverdueMilestone[]> {
  const today = todayIso();
  const rows = await data.tx.selectFrom('centre_milestone as m').innerJoin('centre as c', 'c.id', 'm.centre_id')
    .where(scopeFilter(data.actor, scopeSpecs.centre, 'c'))
    .where('c.archived_at', 'is', null).where('m.status', '=', 'open').where('m.due_on', '<', today)
    .selectAll('m').select(['c.name_km as centre_name_km', 'c.name_latin as centre_name_latin'])
    .orderBy('m.due_on').orderBy('m.id').limit(200).execute();
  return rows.map((r) => ({ ...presentMilestone(r, today), centreNameKm: r.centre_name_km, centreNameLatin: r.centre_name_latin }));
}

const stageAt = (s: string, list: readonly string[]) => list.indexOf(s);
const caseStages = ['referral', 'assessment', 'tracing', 'care_planning', 'preparation', 'placement', 'follow_up', 'closed'];

/**
 * Placements the caller may see: their caseload's, and for a partner (whose centre `data.get`
 * has just confirmed) every placement of their organisation at that centre — the children their
 * centre cares for or cared for, whoever's caseload they are in.
 */
function childrenScope(data: ScopedData, centreId: string) {
  const caseload = scopeFilter(data.actor, scopeSpecs.placement, 'pl');
  if (data.actor.scope !== 'centre' || !data.actor.centreIds.includes(centreId)) return caseload;
  return sql<boolean>`(${caseload} or pl.organisation_id = ${data.actor.organisationId})`;
}

/**
 * The centre's children: every child of the centre's organisation ever placed at the centre (a
 * placement whose carer is the centre), with what became of them. Assessed: past the case's
 * assessment stage or with a submitted assessment; traced: past tracing; reintegrated: now placed
 * in a family or community elsewhere; in follow-up: the case is in follow-up. The counts are
 * figures about the centre, over all of them (like the dashboard's); the list names only those in
 * the caller's scope, and that read is audited with their ids.
 */
export async function loadCentreChildren(data: ScopedData, centreId: string): Promise<TCentreChildren> {
  const centre = await data.get('centre', centreId);
  const rows = await data.tx.selectFrom('placement as pl')
    .innerJoin('case_file as k', 'k.id', 'pl.case_id')
    .innerJoin('person as p', 'p.id', 'k.child_id')
    .where('pl.organisation_id', '=', centre.organisation_id)
    .where('pl.carer_centre_id', '=', centreId).where('pl.status', 'in', ['active', 'ended'])
    .select([
      'p.id as person_id', 'k.id as case_id', 'p.family_name_km', 'p.given_name_km', 'p.family_name_latin', 'p.given_name_latin', 'p.sex', 'k.stage',
      sql<boolean>`bool_or(pl.status = 'active')`.as('at_centre'),
      // A scope test on a NULL column is NULL, not false.
      sql<boolean>`coalesce(bool_or(${childrenScope(data, centreId)}), false)`.as('in_scope'),
      sql<boolean>`coalesce(bool_or(${scopeFilter(data.actor, scopeSpecs.person, 'p')}), false)`.as('readable'),
      sql<boolean>`exists (select 1 from placement o where o.case_id = k.id and o.status = 'active'
        and (o.carer_centre_id is null or o.carer_centre_id <> ${centreId}) and o.care_type <> 'rcc')`.as('elsewhere'),
      sql<boolean>`exists (select 1 from assessment a where a.subject_type = 'person' and a.subject_id = p.id and a.status = 'submitted' and a.archived_at is null)`.as('assessed_any'),
    ])
    .groupBy(['p.id', 'k.id'])
    .orderBy('p.family_name_km').orderBy('p.given_name_km').limit(1000).execute();
  const all = rows.map((r) => {
    const at = stageAt(r.stage, caseStages);
    const reintegrated = r.elsewhere && !r.at_centre;
    return {
      personId: r.person_id, caseId: r.case_id,
      nameKm: [r.family_name_km, r.given_name_km].filter(Boolean).join(' ') || null,
      nameLatin: [r.family_name_latin, r.given_name_latin].filter(Boolean).join(' ') || null,
      sex: r.sex, caseStage: r.stage, atCentre: r.at_centre,
      assessed: r.assessed_any || at > stageAt('assessment', caseStages),
      traced: at > stageAt('tracing', caseStages),
      reintegrated,
      inFollowUp: r.stage === 'follow_up',
      readable: r.readable,
      inScope: r.in_scope,
    };
  });
  const items = all.filter((i) => i.inScope).map(({ inScope: _inScope, ...i }) => i);
  await data.audit({ action: 'list', recordType: 'person', details: { centreId, ids: items.map((i) => i.personId) } });
  const count = (f: (i: (typeof all)[number]) => boolean) => all.filter(f).length;
  return {
    counts: { atCentre: count((i) => i.atCentre), assessed: count((i) => i.assessed), traced: count((i) => i.traced), reintegrated: count((i) => i.reintegrated), inFollowUp: count((i) => i.inFollowUp) },
    items,
    unlisted: all.length - items.length,
  };
}

/** Everything that happened with the centre, newest first: stage moves, activities, milestones, assessments, counts, trainings, outreach. */
export async function centreTimeline(data: ScopedData, centreId: string): Promise<TTimelineEntry[]> {
  const c = await data.get('centre', centreId);
  const tx = data.tx;
  const [stages, activities, milestones, assessments, counts, trainings, outreach] = await Promise.all([
    tx.selectFrom('centre_stage_change').selectAll().where('centre_id', '=', centreId).execute(),
    tx.selectFrom('centre_activity').selectAll().where('centre_id', '=', centreId).execute(),
    tx.selectFrom('centre_milestone').selectAll().where('centre_id', '=', centreId).execute(),
    tx.selectFrom('assessment as a').innerJoin('instrument as i', 'i.id', 'a.instrument_id')
      .where(scopeFilter(data.actor, scopeSpecs.assessment, 'a'))
      .select(['a.id', 'a.assessed_on', 'a.total', 'a.status', 'i.code', 'i.name_en', 'i.name_km'])
      .where('a.subject_type', '=', 'centre').where('a.subject_id', '=', centreId).where('a.archived_at', 'is', null).execute(),
    tx.selectFrom('centre_count').selectAll().where('centre_id', '=', centreId).execute(),
    // Trainings its people took part in, and outreach events held with it.
    tx.selectFrom('training_event as e').innerJoin('training_participant as p', 'p.event_id', 'e.id')
      .where(trainingEventScope(data.actor, 'e')).where('e.archived_at', 'is', null).where('p.centre_id', '=', centreId)
      .select(['e.id', 'e.kind', 'e.title', 'e.starts_on', sql<number>`count(*)::int`.as('participants')]).groupBy(['e.id', 'e.kind', 'e.title', 'e.starts_on']).execute(),
    tx.selectFrom('outreach_event').select(['id', 'kind', 'type', 'topic', 'held_on'])
      .where(outreachEventScope(data.actor)).where('archived_at', 'is', null).where('centre_id', '=', centreId).execute(),
  ]);
  const entries: TTimelineEntry[] = [
    { kind: 'created', on: day(c.created_at), id: c.id, detail: { nameKm: c.name_km } },
    ...stages.map((s) => ({ kind: 'stage' as const, on: s.changed_on, id: s.id, detail: { from: s.from_stage, to: s.to_stage, reason: s.reason } })),
    ...activities.map((a) => ({ kind: 'activity' as const, on: a.activity_on, id: a.id, detail: { type: a.type, notes: a.notes, participantCount: a.participant_count } })),
    ...milestones.map((m) => ({
      kind: 'milestone' as const, on: m.done_on ?? m.due_on ?? day(m.created_at), id: m.id, detail: { title: m.title, status: m.status, dueOn: m.due_on, owner: m.owner },
    })),
    ...assessments.map((a) => ({
      kind: 'assessment' as const, on: a.assessed_on, id: a.id, detail: { code: a.code, nameEn: a.name_en, nameKm: a.name_km, total: a.total, status: a.status },
    })),
    ...counts.map((n) => ({ kind: 'count' as const, on: n.counted_on, id: n.id, detail: { girls: n.girls, boys: n.boys, staff: n.staff } })),
    ...trainings.map((e) => ({ kind: 'training' as const, on: e.starts_on, id: e.id, detail: { kind: e.kind, title: e.title, participants: Number(e.participants) } })),
    ...outreach.map((e) => ({ kind: 'outreach' as const, on: e.held_on, id: e.id, detail: { kind: e.kind, type: e.type, topic: e.topic } })),
  ];
  // Newest first; on one day the registration comes last (it happened before anything else).
  const rank = (e: TTimelineEntry) => (e.kind === 'created' ? 1 : 0);
  return entries.sort((a, b) => (a.on === b.on ? rank(a) - rank(b) : a.on < b.on ? 1 : -1));
}
