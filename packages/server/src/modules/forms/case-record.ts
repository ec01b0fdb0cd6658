import { can, type TAssessment, type TPlaceWithPath } from '@homeward/core';
import type { Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type {
  CarePlanActionTable, CarePlanGoalTable, CarePlanTable, CaseFileTable, FollowUpTable, HouseholdTable, PersonTable, PlacementTable,
} from '../../platform/db/schema.js';
import { loadPlaces } from '../people/place-refs.js';
import { latestSubmittedAssessment } from './assessment-source.js';
import type { Label } from './labels.js';

/**
 * Everything the six forms print about one case, read once through the scoped data layer: the
 * case (404 outside the caller's scope), the child, the family, the plan, the placement, the
 * visits and the assessments. Each personal record read is audited in the same transaction.
 */
export interface CaseRecord {
  organisation: { name: string; nameKm: string | null };
  kase: Selectable<CaseFileTable>;
  caseworkerName: string | null;
  child: Selectable<PersonTable>;
  family: FamilyHousehold | null;
  kin: Array<{ name: string; relationship: string }>;
  gatekeeping: { decision: string; on: string } | null;
  plan: (Selectable<CarePlanTable> & { approverName: string | null; goals: Array<Selectable<CarePlanGoalTable> & { actions: Array<Selectable<CarePlanActionTable>> }> }) | null;
  placement: (Selectable<PlacementTable> & { carer: FamilyHousehold | null }) | null;
  visits: Array<Selectable<FollowUpTable> & { visitorName: string | null }>;
  nextVisit: Selectable<FollowUpTable> | null;
  childAssessment: TAssessment | null;
  familyAssessment: TAssessment | null;
  finalAssessment: TAssessment | null;
  places: Map<string, TPlaceWithPath>;
  /** Lookup labels of the case's organisation: list → value → label. */
  lookups: Map<string, Map<string, Label>>;
}

export interface FamilyHousehold {
  household: Selectable<HouseholdTable>;
  caregiverName: string | null;
  members: Array<{ name: string; relationship: string | null; sex: string; birthDate: string | null }>;
}

/** Codes of the MoSVY instruments (seeded by the assessments module). */
export const MOSVY_CHILD = 'mosvy_child';
export const MOSVY_FAMILY = 'mosvy_family';

export const personName = (p: Pick<PersonTable, 'family_name_km' | 'given_name_km' | 'family_name_latin' | 'given_name_latin'>): string =>
  [p.family_name_km, p.given_name_km].filter(Boolean).join(' ') || [p.family_name_latin, p.given_name_latin].filter(Boolean).join(' ');

async function loadHousehold(data: ScopedData, caseId: string, householdId: string, childId: string): Promise<FamilyHousehold | null> {
  // Read through the scope: a household outside the caller's caseload is not printed, and the
  // form lists it as missing rather than refusing the whole case.
  const household = await data.selectFrom('household').selectAll().where('id', '=', householdId).executeTakeFirst();
  if (!household) return null;
  await data.audit({ action: 'read', recordType: 'household', recordId: householdId, details: { caseId } });
  const rows = await data.tx.selectFrom('household_member as m').innerJoin('person as p', 'p.id', 'm.person_id')
    .select(['p.id', 'p.family_name_km', 'p.given_name_km', 'p.family_name_latin', 'p.given_name_latin', 'p.sex', 'p.birth_date', 'm.relationship', 'm.is_head'])
    .where('m.household_id', '=', householdId).where('m.left_at', 'is', null).where('p.archived_at', 'is', null)
    .orderBy('m.is_head', 'desc').orderBy('p.birth_date').execute();
  const caregiver = household.primary_caregiver_id ? rows.find((r) => r.id === household.primary_caregiver_id) : undefined;
  return {
    household,
    caregiverName: caregiver ? personName(caregiver) : null,
    members: rows.filter((r) => r.id !== childId).map((r) => ({ name: personName(r), relationship: r.relationship, sex: r.sex, birthDate: r.birth_date })),
  };
}

export async function loadCaseRecord(data: ScopedData, caseId: string): Promise<CaseRecord> {
  const kase = await data.get('case_file', caseId);
  const { tx } = data;
  const organisation = await tx.selectFrom('organisation').select(['name', 'name_km']).where('id', '=', kase.organisation_id).executeTakeFirstOrThrow();
  const caseworker = await tx.selectFrom('app_user').select('name').where('id', '=', kase.caseworker_id).executeTakeFirst();

  // The child is read for the case already authorised, as the case page does, and audited.
  const child = await tx.selectFrom('person').selectAll().where('id', '=', kase.child_id).executeTakeFirstOrThrow();
  await data.audit({ action: 'read', recordType: 'person', recordId: child.id, details: { caseId } });

  const membership = await tx.selectFrom('household_member as m').innerJoin('household as h', 'h.id', 'm.household_id')
    .select('m.household_id').where('m.person_id', '=', child.id).where('m.left_at', 'is', null).where('h.archived_at', 'is', null)
    .orderBy('m.joined_at', 'desc').executeTakeFirst();
  const family = membership ? await loadHousehold(data, caseId, membership.household_id, child.id) : null;

  const kinRows = await tx.selectFrom('person_relation as r').innerJoin('person as p', 'p.id', 'r.relative_id')
    .select(['p.family_name_km', 'p.given_name_km', 'p.family_name_latin', 'p.given_name_latin', 'r.relationship'])
    .where('r.person_id', '=', child.id).where('r.archived_at', 'is', null).where('p.archived_at', 'is', null).execute();
  const kin = kinRows.map((r) => ({ name: personName(r), relationship: r.relationship }));

  // Gatekeeping: the first case conference's decision. A confidential note is used only by a
  // reader allowed confidential notes.
  const conference = await data.selectFrom('case_note').select(['id', 'decision', 'occurred_on', 'confidential'])
    .where('case_id', '=', caseId).where('note_type', '=', 'case_conference').where('archived_at', 'is', null).where('decision', 'is not', null)
    .orderBy('occurred_on').orderBy('created_at').execute();
  const readable = conference.find((n) => !n.confidential || can(data.actor.role, 'confidential.read'));
  if (readable) await data.auditList('case_note', [readable.id], { caseId });

  const planRow = await data.selectFrom('care_plan').selectAll().where('case_id', '=', caseId).where('status', '=', 'approved')
    .orderBy('approved_at', 'desc').executeTakeFirst();
  let plan: CaseRecord['plan'] = null;
  if (planRow) {
    await data.auditList('care_plan', [planRow.id], { caseId });
    const goals = await tx.selectFrom('care_plan_goal').selectAll().where('plan_id', '=', planRow.id).where('archived_at', 'is', null).orderBy('sort_order').orderBy('created_at').execute();
    const actions = goals.length
      ? await data.selectFrom('care_plan_action').selectAll().where('goal_id', 'in', goals.map((g) => g.id)).where('archived_at', 'is', null).orderBy('sort_order').orderBy('created_at').execute()
      : [];
    await data.auditList('care_plan_action', actions.map((a) => a.id), { caseId });
    const approver = planRow.approved_by ? await tx.selectFrom('app_user').select('name').where('id', '=', planRow.approved_by).executeTakeFirst() : undefined;
    plan = { ...planRow, approverName: approver?.name ?? null, goals: goals.map((g) => ({ ...g, actions: actions.filter((a) => a.goal_id === g.id) })) };
  }

  // The placement the form is about: the active one, else the latest that was approved.
  const placementRow = await data.selectFrom('placement').selectAll().where('case_id', '=', caseId).where('status', 'in', ['active', 'ended'])
    .orderBy((eb) => eb.case().when('status', '=', 'active').then(0).else(1).end()).orderBy('start_date', 'desc').executeTakeFirst();
  let placement: CaseRecord['placement'] = null;
  if (placementRow) {
    await data.auditList('placement', [placementRow.id], { caseId });
    const carer = placementRow.carer_household_id ? await loadHousehold(data, caseId, placementRow.carer_household_id, child.id) : null;
    placement = { ...placementRow, carer };
  }

  const visitRows = await data.selectFrom('follow_up').selectAll().where('case_id', '=', caseId).where('status', 'in', ['done', 'scheduled'])
    .orderBy('due_on').orderBy('sequence').execute();
  await data.auditList('follow_up', visitRows.map((v) => v.id), { caseId });
  const visitorIds = [...new Set(visitRows.map((v) => v.visited_by).filter((v): v is string => !!v))];
  const visitors = visitorIds.length ? await tx.selectFrom('app_user').select(['id', 'name']).where('id', 'in', visitorIds).execute() : [];
  const visits = visitRows.filter((v) => v.status === 'done').map((v) => ({ ...v, visitorName: visitors.find((u) => u.id === v.visited_by)?.name ?? null }));
  const nextVisit = visitRows.find((v) => v.status === 'scheduled') ?? null;

  const familyId = family?.household.id ?? placement?.carer?.household.id ?? null;
  const childAssessment = await latestSubmittedAssessment(data, 'person', child.id, [MOSVY_CHILD]);
  const familyAssessment = familyId ? await latestSubmittedAssessment(data, 'household', familyId, [MOSVY_FAMILY]) : null;
  // The final assessment belongs to this case: the family's latest, taken for it.
  const finalAssessment = familyId ? await latestSubmittedAssessment(data, 'household', familyId, [MOSVY_FAMILY], caseId) : null;

  const places = await loadPlaces(tx, [child.address_code, child.birth_place_code, family?.household.address_code ?? null, placement?.carer?.household.address_code ?? null]);
  const lookupRows = await data.selectFrom('lookup').select(['list', 'value', 'label_en', 'label_km']).where('organisation_id', '=', kase.organisation_id).execute();
  const lookups = new Map<string, Map<string, Label>>();
  for (const r of lookupRows) {
    if (!lookups.has(r.list)) lookups.set(r.list, new Map());
    lookups.get(r.list)!.set(r.value, { en: r.label_en, km: r.label_km });
  }

  return {
    organisation: { name: organisation.name, nameKm: organisation.name_km },
    kase, caseworkerName: caseworker?.name ?? null, child, family, kin,
    gatekeeping: readable?.decision ? { decision: readable.decision, on: readable.occurred_on } : null,
    plan, placement, visits, nextVisit, childAssessment, familyAssessment, finalAssessment, places, lookups,
  };
}
