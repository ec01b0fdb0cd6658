import { addDays, openStages, personMatchKeys, scheduleFollowUps, searchKey, type Role, type Stage } from '@homeward/core';
import { sql, type Kysely } from 'kysely';
import type { Auth } from '../../packages/server/src/platform/auth/auth.js';
import type { Database } from '../../packages/server/src/platform/db/schema.js';
import { createOrganisation } from '../../packages/server/src/modules/organisations/create-organisation.js';
import { hashPassword } from '../../packages/server/src/modules/users/create-user.js';
import { familyNames, femaleGivenNames, maleGivenNames, type KhmerName } from './names.js';
import { Random } from './random.js';
import { asOf, otherProvinceWeight, provinceWeights, type Scale } from './scale.js';
import { topUpDataset } from './top-up.js';
import { BulkWriter } from './writer.js';

export interface Staff { id: string; email: string; role: Role; organisationId: string; teamId: string | null }
export interface Generated { staff: Staff[]; counts: Record<string, number>; password: string }

const tableOrder: Array<keyof Database> = [
  'team', 'app_user', 'auth_account', 'team_member', 'household', 'person', 'person_alias', 'household_member',
  'case_file', 'case_stage_change', 'case_note', 'care_plan', 'care_plan_goal', 'care_plan_action', 'placement', 'follow_up',
];

// Stage of a child's latest case: a national caseload has many closed and many in follow-up.
const stageWeights: Record<Stage, number> = { referral: 5, assessment: 8, tracing: 7, care_planning: 8, preparation: 7, placement: 5, follow_up: 22, closed: 38 };
const noteTypes = ['home_visit', 'home_visit', 'home_visit', 'office_visit', 'phone', 'phone', 'case_conference', 'supervision'];
const careTypes = ['birth_family_both', 'birth_family_mother', 'kinship', 'kinship', 'emergency_foster', 'long_term_foster', 'independent_living'];
const narratives = [
  'ជួបកុមារ និងអ្នកថែទាំនៅផ្ទះ។ កុមារមានសុខភាពល្អ ហើយទៅសាលារៀនទៀងទាត់។',
  'Visited the family. The grandmother is caring well for the child; school fees are the main worry.',
  'បានពិភាក្សាជាមួយមេភូមិអំពីការគាំទ្រគ្រួសារ។',
  'Phone call with the mother: income from rice farming is low this season; discussed vocational support.',
  'កុមារចង់ត្រឡប់ទៅរស់នៅជាមួយគ្រួសារវិញ។',
];

/** Fill an empty Homeward database with a deterministic, national-shaped dataset. */
export async function generate(db: Kysely<Database>, auth: Auth, scale: Scale, seed: number, password: string, organisationName: (n: number) => { name: string; nameKm: string } = (o) => ({ name: `Synthetic NGO ${o}`, nameKm: `អង្គការសាកល្បង ${o}` })): Promise<Generated> {
  const rnd = new Random(seed);
  const w = new BulkWriter(db, tableOrder);
  const passwordHash = await hashPassword(auth, password);
  const system = { userId: null, role: 'system', organisationId: null, ip: null };

  const villages = (await db.selectFrom('place').select('code').where('level', '=', 'village').orderBy('code').execute()).map((r) => r.code);
  const byProvince = new Map<string, string[]>();
  for (const v of villages) byProvince.set(v.slice(0, 2), [...(byProvince.get(v.slice(0, 2)) ?? []), v]);
  const provinces = [...byProvince.keys()];
  const weights = provinces.map((p) => provinceWeights[p] ?? otherProvinceWeight);
  // Every village appears at least once (households first take each village in turn).
  let villageCursor = 0;
  const village = (): string => (villageCursor < villages.length ? villages[villageCursor++]! : rnd.pick(byProvince.get(rnd.weighted(provinces, weights))!));

  // ---- organisations, teams, staff -----------------------------------------------------------
  const staff: Staff[] = [];
  const caseworkersByOrg = new Map<string, Staff[]>();
  const orgPrefix = new Map<string, string>();
  for (let o = 1; o <= scale.organisations; o++) {
    const organisationId = await db.transaction().execute((tx) => createOrganisation(tx, system, organisationName(o)));
    orgPrefix.set(organisationId, `S${String(o).padStart(2, '0')}`);
    const addUser = async (role: Role, teamId: string | null, n: number) => {
      const id = rnd.uuid();
      const email = `${role}${n}@org${o}.homeward.test`;
      await w.add('app_user', { id, name: `${role} ${o}.${n}`, email, image: null, organisation_id: organisationId, role, locale: rnd.chance(0.7) ? 'km' : 'en' });
      await w.add('auth_account', { id: rnd.uuid(), account_id: id, provider_id: 'credential', user_id: id, password: passwordHash });
      if (teamId) await w.add('team_member', { team_id: teamId, user_id: id });
      const s = { id, email, role, organisationId, teamId };
      staff.push(s);
      return s;
    };
    for (const role of ['administrator', 'manager', 'facilitator', 'partner', 'viewer'] as const) await addUser(role, null, 1);
    const workers: Staff[] = [];
    for (let t = 1; t <= scale.teamsPerOrganisation; t++) {
      const teamId = rnd.uuid();
      await w.add('team', { id: teamId, organisation_id: organisationId, name: `Team ${t}`, archived_at: null });
      await addUser('supervisor', teamId, t);
      for (let c = 1; c <= scale.caseworkersPerTeam; c++) workers.push(await addUser('caseworker', teamId, (t - 1) * scale.caseworkersPerTeam + c));
    }
    caseworkersByOrg.set(organisationId, workers);
  }
  const organisations = [...caseworkersByOrg.keys()];

  // ---- households, adults and children ---------------------------------------------------------
  const sequence = new Map<string, number>();
  let childrenLeft = scale.children;
  let casesLeft = scale.cases;
  let notesLeft = scale.notes;
  let followUpsLeft = scale.followUps;
  const childrenPerHousehold = scale.children / scale.households;
  const casesPerChild = scale.cases / scale.children;
  const notesPerCase = scale.notes / scale.cases;

  const person = async (o: { orgId: string; owner: Staff; kind: 'child' | 'adult'; sex: 'female' | 'male'; family: KhmerName; given: KhmerName; birth: string; estimated: boolean; address: string; father?: KhmerName; mother?: KhmerName }) => {
    const id = rnd.uuid();
    const familyLatin = rnd.pick(o.family.latin);
    const givenLatin = rnd.pick(o.given.latin);
    const aliases = o.given.latin.filter((l) => l !== givenLatin && rnd.chance(0.3)).map((l) => `${familyLatin} ${l}`);
    await w.add('person', {
      id, organisation_id: o.orgId, team_id: o.owner.teamId, caseworker_id: o.owner.id, centre_id: null, kind: o.kind,
      family_name_km: o.family.km, given_name_km: o.given.km, family_name_latin: familyLatin, given_name_latin: givenLatin,
      nickname: null, sex: o.sex, birth_date: o.birth, birth_date_estimated: o.estimated, birth_place_code: null, address_code: o.address,
      address_detail: null, father_given_name: o.father?.km ?? null, mother_given_name: o.mother?.km ?? null, disability: null,
      id_poor_level: null, photo_attachment_id: null, notes: null, created_by: null, archived_at: null,
      search_key: searchKey(o.family.km, o.given.km, familyLatin, givenLatin, ...aliases),
      match_keys: personMatchKeys({ familyNameKm: o.family.km, givenNameKm: o.given.km, familyNameLatin: familyLatin, givenNameLatin: givenLatin, aliases }),
    });
    for (const name of aliases) await w.add('person_alias', { id: rnd.uuid(), person_id: id, name, script: 'latin' });
    return id;
  };

  for (let h = 0; h < scale.households && childrenLeft > 0; h++) {
    const orgId = rnd.pick(organisations);
    const owner = rnd.pick(caseworkersByOrg.get(orgId)!);
    const householdId = rnd.uuid();
    const address = village();
    await w.add('household', {
      id: householdId, organisation_id: orgId, team_id: owner.teamId, caseworker_id: owner.id, centre_id: null, name: null, address_code: address,
      address_detail: null, livelihood: rnd.pick(['rice farming', 'fishing', 'day labour', 'market vendor', 'garment factory']), id_poor_level: rnd.weighted([null, 1, 2], [6, 2, 2]),
      primary_caregiver_id: null, notes: null, created_by: null, archived_at: null,
    });
    const fatherFamily = rnd.pick(familyNames);
    const father = rnd.pick(maleGivenNames);
    const mother = rnd.pick(femaleGivenNames);
    const member = (personId: string, relationship: string, isHead: boolean) =>
      w.add('household_member', { id: rnd.uuid(), household_id: householdId, person_id: personId, relationship, is_head: isHead, left_at: null });
    if (rnd.chance(0.7)) await member(await person({ orgId, owner, kind: 'adult', sex: 'male', family: fatherFamily, given: father, birth: rnd.date('1965-01-01', '1995-12-31'), estimated: rnd.chance(0.3), address }), 'father', true);
    if (rnd.chance(0.8)) await member(await person({ orgId, owner, kind: 'adult', sex: 'female', family: rnd.pick(familyNames), given: mother, birth: rnd.date('1968-01-01', '1998-12-31'), estimated: rnd.chance(0.3), address }), 'mother', false);
    if (rnd.chance(0.3)) await member(await person({ orgId, owner, kind: 'adult', sex: 'female', family: rnd.pick(familyNames), given: rnd.pick(femaleGivenNames), birth: rnd.date('1940-01-01', '1965-12-31'), estimated: true, address }), 'grandparent', false);

    const kids = Math.max(1, Math.min(childrenLeft, Math.round(childrenPerHousehold + (rnd.next() - 0.5) * 2)));
    for (let k = 0; k < kids; k++) {
      childrenLeft--;
      const sex = rnd.chance(0.47) ? 'female' : 'male';
      // Traditionally a child's family name is the father's given name.
      const family = rnd.chance(0.35) ? { km: father.km, latin: father.latin } : fatherFamily;
      const childId = await person({ orgId, owner, kind: 'child', sex, family, given: rnd.pick(sex === 'female' ? femaleGivenNames : maleGivenNames), birth: rnd.date('2006-01-01', '2023-12-31'), estimated: rnd.chance(0.25), address, father, mother });
      await member(childId, rnd.chance(0.9) ? 'child' : 'grandchild', false);
      // Some children come back: an earlier, closed case before the current one.
      const caseCount = Math.min(casesLeft, 1 + (rnd.chance(casesPerChild - 1) ? 1 : 0));
      for (let c = 0; c < caseCount && casesLeft > 0; c++) {
        casesLeft--;
        const latest = c === caseCount - 1;
        const stage: Stage = latest ? rnd.weighted(Object.keys(stageWeights) as Stage[], Object.values(stageWeights)) : 'closed';
        const opened = rnd.date('2018-01-01', '2026-10-31');
        const n = (sequence.get(orgId) ?? 0) + 1;
        sequence.set(orgId, n);
        const caseId = rnd.uuid();
        const own = { organisation_id: orgId, team_id: owner.teamId, caseworker_id: owner.id, centre_id: null };
        const reachedPlacement = stage === 'placement' || stage === 'follow_up' || (stage === 'closed' && rnd.chance(0.6));
        const closedOn = stage === 'closed' ? addDays(opened, rnd.int(60, 900)) : null;
        await w.add('case_file', {
          id: caseId, ...own, caseworker_id: owner.id, child_id: childId, number: `${orgPrefix.get(orgId)}-${opened.slice(0, 4)}-${String(n).padStart(6, '0')}`,
          stage, risk_level: rnd.weighted(['low', 'medium', 'high'], [5, 4, 1]), opened_on: opened, referral_date: opened,
          referral_source: rnd.pick(['rcc', 'dosvy', 'police', 'commune', 'family', 'ngo']), referral_reason: 'Referred for reintegration assessment',
          referrer_name: null, child_categories: [rnd.pick(['orphan', 'abandoned', 'abused', 'basic_needs_unmet', 'street'])], urgency: rnd.pick(['low', 'medium', 'high']),
          child_views: null, family_views: null, closed_on: closedOn && closedOn < asOf ? closedOn : stage === 'closed' ? asOf : null,
          closure_reason: stage === 'closed' ? rnd.weighted(['goals_met', 'moved_not_found', 'refused_services', 'transferred', 'other'], [6, 2, 1, 1, 1]) : null,
          closure_summary: null, created_by: owner.id,
        });
        const reached = stage === 'closed' ? (reachedPlacement ? openStages.length - 1 : rnd.int(0, 4)) : openStages.indexOf(stage as (typeof openStages)[number]);
        let from: string | null = null;
        for (let s = 0; s <= reached; s++) {
          await w.add('case_stage_change', { id: rnd.uuid(), case_id: caseId, organisation_id: orgId, from_stage: from, to_stage: openStages[s]!, reason: null, changed_by: owner.id, changed_at: `${addDays(opened, s * 20)}T09:00:00Z` });
          from = openStages[s]!;
        }
        if (stage === 'closed') await w.add('case_stage_change', { id: rnd.uuid(), case_id: caseId, organisation_id: orgId, from_stage: from, to_stage: 'closed', reason: 'Case closed', changed_by: owner.id, changed_at: `${closedOn ?? asOf}T09:00:00Z` });

        const notes = Math.min(notesLeft, Math.round(notesPerCase * (0.5 + rnd.next())));
        for (let i = 0; i < notes; i++) {
          notesLeft--;
          await w.add('case_note', { id: rnd.uuid(), case_id: caseId, ...own, note_type: rnd.pick(noteTypes), occurred_on: rnd.date(opened, closedOn && closedOn < asOf ? closedOn : asOf), place_code: address, participants: null, narrative: rnd.pick(narratives), next_steps: null, confidential: rnd.chance(0.05), decision: null, best_interests: null, author_id: owner.id, archived_at: null });
        }
        if (reached >= openStages.indexOf('care_planning')) {
          const planId = rnd.uuid();
          const approved = reached >= openStages.indexOf('preparation');
          await w.add('care_plan', { id: planId, case_id: caseId, ...own, status: approved ? 'approved' : 'draft', care_option: rnd.pick(careTypes), best_interests: 'Family-based care is in the child’s best interests.', created_by: owner.id, approved_by: null, approved_at: approved ? new Date(`${addDays(opened, 90)}T09:00:00Z`) : null });
          for (let g = 0; g < 2; g++) {
            const goalId = rnd.uuid();
            await w.add('care_plan_goal', { id: goalId, plan_id: planId, description: g === 0 ? 'Child attends school regularly' : 'Family has a stable income', sort_order: g, archived_at: null });
            const due = addDays(opened, rnd.int(60, 500));
            await w.add('care_plan_action', { id: rnd.uuid(), goal_id: goalId, case_id: caseId, ...own, description: 'Follow up with school and family', responsible: 'Caseworker', due_on: due, status: stage === 'closed' || rnd.chance(0.6) ? 'done' : 'open', done_on: null });
          }
        }
        if (reachedPlacement && followUpsLeft > 0) {
          const start = addDays(opened, rnd.int(100, 300));
          const placementId = rnd.uuid();
          const active = stage !== 'closed';
          await w.add('placement', { id: placementId, case_id: caseId, ...own, care_type: rnd.pick(careTypes), carer_household_id: householdId, carer_centre_id: null, start_date: start, end_date: active ? null : closedOn, end_reason: active ? null : 'case_closed', agreement_attachment_id: null, status: active ? 'active' : 'ended', notes: null, created_by: owner.id });
          for (const v of scheduleFollowUps(start)) {
            if (followUpsLeft <= 0) break;
            followUpsLeft--;
            const past = v.dueOn < asOf;
            const status = !active ? (past ? 'done' : 'cancelled') : past ? (rnd.chance(0.85) ? 'done' : rnd.chance(0.5) ? 'missed' : 'scheduled') : 'scheduled';
            await w.add('follow_up', { id: rnd.uuid(), case_id: caseId, placement_id: placementId, ...own, sequence: v.sequence, months_after: v.monthsAfter, due_on: v.dueOn, status, done_on: status === 'done' ? addDays(v.dueOn, rnd.int(-5, 10)) : null, progress: status === 'done' ? 'Child is settled; attends school.' : null, concerns: null, wellbeing: status === 'done' ? rnd.weighted(['good', 'some_concerns', 'serious_concerns'], [7, 2, 1]) : null, visited_by: status === 'done' ? owner.id : null, rescheduled_to_id: null, reschedule_reason: null });
          }
        }
      }
    }
  }
  await w.flush();
  for (const [organisationId, last] of sequence) {
    await db.insertInto('case_sequence').values({ organisation_id: organisationId, year: Number(asOf.slice(0, 4)), last }).execute();
  }
  const counts = Object.fromEntries(w.counts);
  for (const [table, n] of Object.entries(await topUpDataset(db, scale, seed))) counts[table] = (counts[table] ?? 0) + n;
  await sql`analyze`.execute(db);
  return { staff, counts, password };
}
