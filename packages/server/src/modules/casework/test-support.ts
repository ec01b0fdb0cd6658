import { addDays, todayIso } from '@homeward/core';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { TestApp, TestUser, Owner } from '../../test/harness.js';

/*
 * Factories for the casework tests and permission-matrix rows: an office (organisation, team,
 * caseworker, supervisor) and casework records inserted straight into the database with the
 * case's ownership columns, as the use cases write them.
 */

export interface Office {
  org: string;
  team: string;
  caseworker: TestUser;
  supervisor: TestUser;
  /** The caseworker's caseload, for `t.openCase`. */
  mine: Owner;
}

export async function office(t: TestApp): Promise<Office> {
  const org = await t.organisation();
  const team = await t.team(org);
  const caseworker = await t.user({ role: 'caseworker', organisationId: org, teamIds: [team] });
  const supervisor = await t.user({ role: 'supervisor', organisationId: org, teamIds: [team] });
  return { org, team, caseworker, supervisor, mine: { organisationId: org, teamId: team, ownerId: caseworker.id } };
}

export const today = (): string => todayIso();
export const daysFromToday = (n: number): string => addDays(todayIso(), n);

export const call = (t: TestApp, user: TestUser, method: InjectOptions['method'], url: string, payload?: unknown): Promise<LightMyRequestResponse> =>
  t.request(user, { method, url, ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }) });

async function ownership(t: TestApp, caseId: string) {
  const c = await t.services.db.selectFrom('case_file').select(['organisation_id', 'team_id', 'caseworker_id', 'centre_id']).where('id', '=', caseId).executeTakeFirstOrThrow();
  return { organisation_id: c.organisation_id, team_id: c.team_id, caseworker_id: c.caseworker_id, centre_id: c.centre_id };
}

/** A care plan with one goal and one action (due `dueOn`), in any status. */
export async function insertPlan(t: TestApp, caseId: string, status: string, options: { dueOn?: string | null } = {}): Promise<{ planId: string; goalId: string; actionId: string }> {
  const own = await ownership(t, caseId);
  const planId = crypto.randomUUID();
  const goalId = crypto.randomUUID();
  const actionId = crypto.randomUUID();
  const db = t.services.db;
  await db.insertInto('care_plan').values({
    id: planId, case_id: caseId, ...own, status, care_option: 'kinship', best_interests: 'With her grandmother', created_by: null,
    approved_by: null, approved_at: status === 'approved' ? new Date() : null,
  }).execute();
  await db.insertInto('care_plan_goal').values({ id: goalId, plan_id: planId, description: 'Goes to school every day', archived_at: null }).execute();
  await db.insertInto('care_plan_action').values({
    id: actionId, goal_id: goalId, case_id: caseId, ...own, description: 'Enrol in the commune school', responsible: 'Caseworker',
    due_on: options.dueOn === undefined ? daysFromToday(7) : options.dueOn, done_on: null,
  }).execute();
  return { planId, goalId, actionId };
}

export async function insertPlacement(t: TestApp, caseId: string, options: { status?: string; careType?: string; startDate?: string } = {}): Promise<string> {
  const id = crypto.randomUUID();
  await t.services.db.insertInto('placement').values({
    id, case_id: caseId, ...(await ownership(t, caseId)), care_type: options.careType ?? 'kinship', carer_household_id: null, carer_centre_id: null,
    start_date: options.startDate ?? daysFromToday(-30), end_date: null, end_reason: null, agreement_attachment_id: null, status: options.status ?? 'active',
    notes: null, created_by: null,
  }).execute();
  return id;
}

export async function insertFollowUp(t: TestApp, caseId: string, options: { dueOn?: string; status?: string; placementId?: string | null; sequence?: number } = {}): Promise<string> {
  const id = crypto.randomUUID();
  await t.services.db.insertInto('follow_up').values({
    id, case_id: caseId, placement_id: options.placementId ?? null, ...(await ownership(t, caseId)), sequence: options.sequence ?? 1, months_after: 1,
    due_on: options.dueOn ?? today(), status: options.status ?? 'scheduled', done_on: null, progress: null, concerns: null, wellbeing: null,
    visited_by: null, rescheduled_to_id: null, reschedule_reason: null,
  }).execute();
  return id;
}

/** A waiting request, asked by `requestedBy`; a closure by default (reason needing no final assessment). */
export async function insertApproval(
  t: TestApp,
  caseId: string,
  requestedBy: string,
  options: { kind?: string; subjectId?: string | null; details?: Record<string, unknown> } = {},
): Promise<string> {
  const id = crypto.randomUUID();
  await t.services.db.insertInto('approval').values({
    id, case_id: caseId, ...(await ownership(t, caseId)), kind: options.kind ?? 'closure', subject_id: options.subjectId ?? null,
    details: options.details ?? { reason: 'moved_not_found', closedOn: today(), summary: 'The family moved away.' }, status: 'pending',
    requested_by: requestedBy, request_comment: null, decided_by: null, decided_at: null, decision_comment: null,
  }).execute();
  return id;
}

/** A case note of type `final_assessment`, which counts as the final assessment for now. */
export async function insertFinalAssessment(t: TestApp, caseId: string): Promise<void> {
  await t.services.db.insertInto('case_note').values({
    id: crypto.randomUUID(), case_id: caseId, ...(await ownership(t, caseId)), note_type: 'final_assessment', occurred_on: today(), place_code: null,
    participants: null, narrative: 'Scores 52 on form 6.', next_steps: null, decision: null, best_interests: null, author_id: null, archived_at: null,
  }).execute();
}

/** Rows in one casework table for a case, for "nothing changed" checks. */
export async function countRows(t: TestApp, table: 'care_plan' | 'placement' | 'approval' | 'follow_up' | 'service_record', caseId: string): Promise<number> {
  const row = await t.services.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('case_id', '=', caseId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Audit rows of one action naming a record type, for checks on list reads. */
export async function auditedLists(t: TestApp, actorId: string, recordType: string): Promise<Array<{ details: { ids?: string[] } | null }>> {
  const rows = await t.services.db.selectFrom('audit_log').select('details').where('actor_id', '=', actorId).where('action', '=', 'list').where('record_type', '=', recordType).execute();
  return rows as Array<{ details: { ids?: string[] } | null }>;
}
