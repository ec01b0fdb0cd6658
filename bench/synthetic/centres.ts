import { addDays, centreStages, searchKey, type TCentreStage } from '@homeward/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../packages/server/src/platform/db/schema.js';
import { familyNames, femaleGivenNames, maleGivenNames } from './names.js';
import { Random } from './random.js';
import { asOf, type Scale } from './scale.js';
import { BulkWriter } from './writer.js';

const tableOrder: Array<keyof Database> = ['centre', 'centre_transition', 'centre_stage_change', 'centre_milestone', 'centre_activity', 'placement', 'centre_count'];

// Most centres are in Phnom Penh, Siem Reap, Battambang, Kandal and Preah Sihanouk: stronger
// skew than where families live, which is why children are placed far from home.
const centreProvinceWeights: Record<string, number> = { '12': 30, '17': 18, '02': 14, '08': 10, '18': 8 };
const otherProvince = 1;
const stageWeights = [20, 20, 18, 22, 10, 10];
const typeWeights: Record<string, number> = { ngo: 55, faith_based: 25, state: 5, pagoda: 8, boarding_school: 4, group_home: 3 };
const nameWords = [
  { km: 'ក្តីសង្ឃឹម', latin: 'Kdey Sangkhum' }, { km: 'ពន្លឺ', latin: 'Ponlu' }, { km: 'មេត្តា', latin: 'Metta' }, { km: 'សន្តិភាព', latin: 'Santepheap' },
  { km: 'ផ្កាឈូក', latin: 'Phka Chhouk' }, { km: 'អនាគតភ្លឺ', latin: 'Anakut Phlu' }, { km: 'ស្នាមញញឹម', latin: 'Snam Nhonhim' }, { km: 'ជីវិតថ្មី', latin: 'Chivit Thmey' },
];
const activityTypes = [
  'family_care_leaders', 'strategy_planning', 'donor_board', 'community_awareness', 'partnerships', 'government_engagement', 'child_family_assessment',
  'family_tracing', 'preparing_children_families', 'social_work_training', 'staffing', 'buildings_assets', 'new_programmes', 'coaching', 'onsite_training',
  'onsite_visit', 'phone_video', 'standards_guidance', 'networking', 'study_tour', 'director_meeting',
];
const milestoneTitles = [
  'Board agrees the transition plan', 'Every child assessed', 'Family tracing done for every child', 'Donors agree the new funding model',
  'Care staff retrained as social workers', 'Day-care and family support programme opens', 'Last child reintegrated with follow-up in place',
];
const stageReasons = ['Director agreed at the partnership meeting', 'Board approved the plan', 'Assessments complete', 'Donor agreed to fund family support'];

export interface CentreSummary { id: string; organisationId: string; teamId: string | null; adviserId: string; partnerSince: string }

/**
 * Residential care centres in transition and the children placed at them: a centre per
 * organisation in turn, then at random, each advised by one of the organisation's caseworkers;
 * children whose case was referred by a centre get a centre placement (ended when they went home,
 * active while the case has not reached placement, and then the child and case carry the centre).
 * Dated counts fall as children leave. Deterministic for a seed; reads what `generate` wrote.
 */
export async function addCentres(db: Kysely<Database>, scale: Scale, seed: number): Promise<{ counts: Map<string, number>; centres: CentreSummary[] }> {
  const rnd = new Random(seed * 7919 + 401);
  const w = new BulkWriter(db, tableOrder);
  const advisers = await db.selectFrom('app_user as u').innerJoin('team_member as tm', 'tm.user_id', 'u.id')
    .select(['u.id', 'u.organisation_id', 'tm.team_id']).where('u.role', '=', 'caseworker').orderBy('u.organisation_id').orderBy('u.id').execute();
  const byOrg = new Map<string, typeof advisers>();
  for (const a of advisers) byOrg.set(a.organisation_id!, [...(byOrg.get(a.organisation_id!) ?? []), a]);
  const organisations = [...byOrg.keys()];
  if (organisations.length === 0) return { counts: w.counts, centres: [] };
  const villages = (await db.selectFrom('place').select('code').where('level', '=', 'village').orderBy('code').execute()).map((r) => r.code);
  const byProvince = new Map<string, string[]>();
  for (const v of villages) byProvince.set(v.slice(0, 2), [...(byProvince.get(v.slice(0, 2)) ?? []), v]);
  const provinces = [...byProvince.keys()];
  const provinceWeight = provinces.map((p) => centreProvinceWeights[p] ?? otherProvince);
  const person = (female: boolean) => `${rnd.pick(familyNames).latin[0]} ${rnd.pick(female ? femaleGivenNames : maleGivenNames).latin[0]}`;

  const centres: Array<CentreSummary & { capacity: number; stage: TCentreStage }> = [];
  for (let i = 0; i < scale.centres; i++) {
    const organisationId = i < organisations.length ? organisations[i]! : rnd.pick(organisations);
    const adviser = rnd.pick(byOrg.get(organisationId)!);
    const id = rnd.uuid();
    const word = rnd.pick(nameWords);
    const nameKm = `មណ្ឌលកុមារ${word.km} ${i + 1}`;
    const nameLatin = `${word.latin} Children's Centre ${i + 1}`;
    const stage = rnd.weighted(centreStages, stageWeights);
    const partnerSince = rnd.date('2016-01-01', '2025-06-30');
    const capacity = rnd.int(15, 120);
    const mou = rnd.weighted(['none', 'negotiating', 'signed', 'expired'], [2, 2, 5, 1]);
    const mouSigned = mou === 'signed' || mou === 'expired' ? addDays(partnerSince, rnd.int(30, 300)) : null;
    await w.add('centre', {
      id, organisation_id: organisationId, team_id: adviser.team_id, caseworker_id: adviser.id, name_km: nameKm, name_latin: nameLatin,
      village_code: rnd.pick(byProvince.get(rnd.weighted(provinces, provinceWeight))!), type: rnd.weighted(Object.keys(typeWeights), Object.values(typeWeights)),
      mosvy_registered: rnd.chance(0.8), mosvy_registration_number: null, mou_status: mou, mou_signed_on: mouSigned,
      mou_expires_on: mouSigned ? addDays(mouSigned, mou === 'expired' ? 365 : 365 * 3) : null, last_inspection_on: rnd.chance(0.7) ? rnd.date('2022-01-01', asOf) : null,
      capacity, director: JSON.stringify({ name: person(rnd.chance(0.4)), role: 'Director' }) as never,
      key_staff: JSON.stringify([{ name: person(true), role: 'Social worker' }, { name: person(false), role: 'House parent' }]) as never,
      donors: JSON.stringify([{ name: rnd.pick(['Overseas church partner', 'Private foundation', 'Family trust']), stance: rnd.pick(['supportive', 'undecided', 'opposed', 'unknown']) }]) as never,
      partner_since: partnerSince, engagement: rnd.pick(['low', 'medium', 'high']), notes: null,
      search_text: searchKey(nameKm, nameLatin), created_by: adviser.id, archived_at: null,
    });
    const reached = centreStages.indexOf(stage);
    const step = Math.max(30, Math.floor((Date.parse(asOf) - Date.parse(partnerSince)) / 86_400_000 / (reached + 1)));
    let since = partnerSince;
    for (let s = 0; s <= reached; s++) {
      const on = addDays(partnerSince, s * step);
      await w.add('centre_stage_change', {
        id: rnd.uuid(), centre_id: id, organisation_id: organisationId, from_stage: s === 0 ? null : centreStages[s - 1]!, to_stage: centreStages[s]!, changed_on: on,
        reason: s === 0 ? 'Centre registered' : rnd.pick(stageReasons), changed_by: adviser.id,
      });
      since = on;
    }
    await w.add('centre_transition', {
      id: rnd.uuid(), centre_id: id, organisation_id: organisationId, end_goal: rnd.chance(0.8) ? 'full_transition' : 'safe_closure', stage, stage_since: since,
      risks: rnd.chance(0.5) ? 'Donor may withdraw funding during the transition' : null, director_position: rnd.pick(['Supportive', 'Hesitant', null]), donor_position: null,
    });
    for (let m = 0; m < rnd.int(3, milestoneTitles.length); m++) {
      const due = addDays(partnerSince, rnd.int(60, 2500));
      const past = due < asOf;
      const status = past ? (rnd.chance(0.75) ? 'done' : 'open') : rnd.chance(0.9) ? 'open' : 'cancelled';
      await w.add('centre_milestone', { id: rnd.uuid(), centre_id: id, organisation_id: organisationId, title: milestoneTitles[m]!, owner: rnd.pick(['Director', 'Adviser', 'Board']), due_on: due, status, done_on: status === 'done' ? addDays(due, rnd.int(-20, 30)) : null, created_by: adviser.id });
    }
    for (let a = 0, n = rnd.int(5, 35); a < n; a++) {
      await w.add('centre_activity', {
        id: rnd.uuid(), centre_id: id, organisation_id: organisationId, type: rnd.pick(activityTypes), activity_on: rnd.date(partnerSince, asOf), staff: 'Adviser',
        participants: rnd.pick(['Director and care staff', 'Board members', 'Children and care staff', null]), participant_count: rnd.int(2, 30), notes: null, follow_up: null, recorded_by: adviser.id,
      });
    }
    centres.push({ id, organisationId, teamId: adviser.team_id, adviserId: adviser.id, partnerSince, capacity, stage });
  }

  // Children referred by a centre lived there first: a centre placement of their organisation.
  const centresOf = new Map<string, typeof centres>();
  for (const c of centres) centresOf.set(c.organisationId, [...(centresOf.get(c.organisationId) ?? []), c]);
  const cases = await db.selectFrom('case_file as c').innerJoin('person as p', 'p.id', 'c.child_id')
    .select(['c.id', 'c.organisation_id', 'c.team_id', 'c.caseworker_id', 'c.opened_on', 'c.closed_on', 'c.stage', 'p.birth_date',
      sql<string | null>`(select min(pl.start_date)::text from placement pl where pl.case_id = c.id)`.as('family_start')])
    .where('c.referral_source', '=', 'rcc').orderBy('c.id').execute();
  const atCentre = new Map<string, { girls: number; boys: number }>();
  for (const k of cases) {
    const choices = centresOf.get(k.organisation_id);
    if (!choices) continue;
    const centre = rnd.weighted(choices, choices.map((c) => c.capacity));
    const opened = k.opened_on;
    const born = k.birth_date ?? '2006-01-01';
    const earliest = born > addDays(opened, -1500) ? born : addDays(opened, -1500);
    const start = earliest < opened ? rnd.date(earliest, opened) : opened;
    const active = !k.family_start && k.stage !== 'closed';
    const end = active ? null : (k.family_start ?? (k.closed_on ?? asOf));
    await w.add('placement', {
      id: rnd.uuid(), case_id: k.id, organisation_id: k.organisation_id, team_id: k.team_id, caseworker_id: k.caseworker_id, centre_id: null, care_type: 'rcc',
      carer_household_id: null, carer_centre_id: centre.id, start_date: start, end_date: end && end < start ? start : end,
      end_reason: active ? null : k.family_start ? 'returned_home' : 'case_closed', agreement_attachment_id: null, status: active ? 'active' : 'ended', notes: null, created_by: k.caseworker_id,
    });
    if (active) {
      const n = atCentre.get(centre.id) ?? { girls: 0, boys: 0 };
      if (rnd.chance(0.5)) n.girls++;
      else n.boys++;
      atCentre.set(centre.id, n);
    }
  }
  // Counts every six months since the partnership began, falling towards who is there today.
  for (const c of centres) {
    const now = atCentre.get(c.id) ?? { girls: 0, boys: 0 };
    const done = c.stage === 'transitioned';
    const first = Math.round(c.capacity * (0.6 + rnd.next() * 0.4));
    const last = done ? 0 : Math.max(now.girls + now.boys, rnd.int(0, Math.round(c.capacity / 3)));
    const dates: string[] = [];
    for (let d = c.partnerSince; d <= asOf; d = addDays(d, 182)) dates.push(d);
    for (const [i, on] of dates.entries()) {
      const t = dates.length === 1 ? 1 : i / (dates.length - 1);
      const children = Math.round(first + (last - first) * t);
      const girls = Math.round(children * (0.4 + rnd.next() * 0.2));
      await w.add('centre_count', { id: rnd.uuid(), centre_id: c.id, organisation_id: c.organisationId, counted_on: on, girls, boys: children - girls, staff: Math.max(done ? 2 : 4, Math.round(children / 4)), notes: null, recorded_by: c.adviserId });
    }
  }
  await w.flush();
  // Children at a centre today carry it, so the centre's partner sees them (scope 'centre').
  await sql`update person p set centre_id = pl.carer_centre_id from placement pl join case_file c on c.id = pl.case_id
    where pl.care_type = 'rcc' and pl.status = 'active' and c.child_id = p.id`.execute(db);
  await sql`update case_file c set centre_id = pl.carer_centre_id from placement pl
    where pl.case_id = c.id and pl.care_type = 'rcc' and pl.status = 'active'`.execute(db);
  return { counts: w.counts, centres };
}
