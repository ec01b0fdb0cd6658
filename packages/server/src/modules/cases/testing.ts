import type { TCase } from '@homeward/core';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Owner, TestApp, TestUser } from '../../test/harness.js';
import { localToday } from './rules.js';

/*
 * Factories for the case tests: one organisation's office with every role that works on cases,
 * and records inserted straight into the database with a case's ownership columns.
 */

export interface CaseOffice {
  org: string;
  team: string;
  otherTeam: string;
  /** Caseworker in `team`. */
  caseworker: TestUser;
  /** Another caseworker in `team`. */
  colleague: TestUser;
  /** Caseworker in `otherTeam`. */
  outsider: TestUser;
  supervisor: TestUser;
  manager: TestUser;
  administrator: TestUser;
  partner: TestUser;
  viewer: TestUser;
  /** The caseworker's caseload, for `t.child` / `t.openCase`. */
  mine: Owner;
}

export async function caseOffice(t: TestApp, name?: string): Promise<CaseOffice> {
  const org = await t.organisation(name);
  const team = await t.team(org, 'A team');
  const otherTeam = await t.team(org, 'B team');
  const caseworker = await t.user({ role: 'caseworker', organisationId: org, teamIds: [team] });
  return {
    org, team, otherTeam, caseworker,
    colleague: await t.user({ role: 'caseworker', organisationId: org, teamIds: [team] }),
    outsider: await t.user({ role: 'caseworker', organisationId: org, teamIds: [otherTeam] }),
    supervisor: await t.user({ role: 'supervisor', organisationId: org, teamIds: [team] }),
    manager: await t.user({ role: 'manager', organisationId: org }),
    administrator: await t.user({ role: 'administrator', organisationId: org }),
    partner: await t.user({ role: 'partner', organisationId: org, teamIds: [team] }),
    viewer: await t.user({ role: 'viewer', organisationId: org, teamIds: [team] }),
    mine: { organisationId: org, teamId: team, ownerId: caseworker.id },
  };
}

export const today = (): string => localToday();
export const shiftDays = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

export const call = (t: TestApp, user: TestUser | null, method: InjectOptions['method'], url: string, payload?: unknown, query?: Record<string, string>): Promise<LightMyRequestResponse> =>
  t.request(user, { method, url, ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }), ...(query ? { query } : {}) });

export const intake = (childId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  childId, riskLevel: 'medium', referralDate: '2026-01-05', referralSource: 'dosvy', referralReason: 'Living in a residential care centre',
  childCategories: ['orphan'], urgency: 'high', ...overrides,
});

/** Open a case over HTTP as `as` for a new child in `where`; returns the case. */
export async function openCaseHttp(t: TestApp, as: TestUser, where: Owner, overrides: Record<string, unknown> = {}): Promise<TCase> {
  const childId = await t.child(where);
  const res = await call(t, as, 'POST', '/api/cases', intake(childId, overrides));
  if (res.statusCode !== 201) throw new Error(`open case failed: ${res.statusCode} ${res.body}`);
  return res.json<TCase>();
}

async function ownershipOf(t: TestApp, caseId: string) {
  return t.services.db.selectFrom('case_file').select(['organisation_id', 'team_id', 'caseworker_id', 'centre_id']).where('id', '=', caseId).executeTakeFirstOrThrow();
}

/** A consent on the case, straight into the database. */
export async function insertConsent(t: TestApp, caseId: string, options: { withdrawnOn?: string | null } = {}): Promise<string> {
  const id = crypto.randomUUID();
  await t.services.db.insertInto('consent').values({
    id, case_id: caseId, ...(await ownershipOf(t, caseId)), subject: 'Transfer of the case file', given_by: 'Mother', given_on: '2026-01-06',
    document_attachment_id: null, withdrawn_on: options.withdrawnOn ?? null, created_by: null,
  }).execute();
  return id;
}

/** A note on the case, straight into the database. */
export async function insertNote(t: TestApp, caseId: string, options: { type?: string; confidential?: boolean } = {}): Promise<string> {
  const id = crypto.randomUUID();
  await t.services.db.insertInto('case_note').values({
    id, case_id: caseId, ...(await ownershipOf(t, caseId)), note_type: options.type ?? 'home_visit', occurred_on: '2026-01-07', place_code: null,
    participants: 'Mother', narrative: 'Visited the family at home.', next_steps: null, confidential: options.confidential ?? false,
    decision: null, best_interests: null, author_id: null, archived_at: null,
  }).execute();
  return id;
}

export async function insertPlacement(t: TestApp, caseId: string, status = 'active'): Promise<string> {
  const id = crypto.randomUUID();
  await t.services.db.insertInto('placement').values({
    id, case_id: caseId, ...(await ownershipOf(t, caseId)), care_type: 'kinship', carer_household_id: null, carer_centre_id: null,
    start_date: '2026-01-20', end_date: null, end_reason: null, agreement_attachment_id: null, status, notes: null, created_by: null,
  }).execute();
  return id;
}

export async function insertApprovedPlan(t: TestApp, caseId: string): Promise<string> {
  const id = crypto.randomUUID();
  await t.services.db.insertInto('care_plan').values({
    id, case_id: caseId, ...(await ownershipOf(t, caseId)), status: 'approved', care_option: 'kinship', best_interests: null,
    created_by: null, approved_by: null, approved_at: new Date(),
  }).execute();
  return id;
}

export async function insertFollowUp(t: TestApp, caseId: string, dueOn: string, status = 'scheduled'): Promise<string> {
  const id = crypto.randomUUID();
  await t.services.db.insertInto('follow_up').values({
    id, case_id: caseId, placement_id: null, ...(await ownershipOf(t, caseId)), sequence: 1, months_after: 1, due_on: dueOn, status,
    done_on: null, progress: null, concerns: null, wellbeing: null, visited_by: null, rescheduled_to_id: null, reschedule_reason: null,
  }).execute();
  return id;
}

/** Audit rows about a record, optionally of one action, straight from the log. */
export async function auditOf(t: TestApp, recordId: string, action?: string) {
  let q = t.services.db.selectFrom('audit_log').select(['action', 'actor_id', 'organisation_id', 'record_type', 'record_id', 'changes', 'details']).where('record_id', '=', recordId);
  if (action) q = q.where('action', '=', action);
  return q.orderBy('id').execute();
}

/** List-read audit rows by `actorId` whose details name `id`. */
export async function listAuditsNaming(t: TestApp, actorId: string, recordType: string, id: string): Promise<number> {
  const rows = await t.services.db.selectFrom('audit_log').select('details')
    .where('actor_id', '=', actorId).where('action', '=', 'list').where('record_type', '=', recordType).execute();
  return rows.filter((r) => JSON.stringify(r.details).includes(id)).length;
}
