import type { TAnswers, TAssessment, TInstrumentDefinition } from '@homeward/core';
import type { TestApp, TestUser, Owner } from '../../test/harness.js';
import { call, today } from '../casework/test-support.js';

/*
 * Factories for the assessment tests and matrix rows: the shipped instruments by code, answer
 * sets that fill every scale item, households straight into the database, and a draft or
 * submitted assessment taken through the API.
 */

export async function shipped(t: TestApp, code: string): Promise<{ id: string; definition: TInstrumentDefinition }> {
  const row = await t.services.db.selectFrom('instrument').select(['id', 'definition']).where('code', '=', code).where('organisation_id', 'is', null)
    .where('status', '=', 'published').orderBy('version', 'desc').executeTakeFirstOrThrow();
  return { id: row.id, definition: row.definition as TInstrumentDefinition };
}

/** Every scale item at `value` (or `overrides[key]`), each with a reason. */
export function fill(definition: TInstrumentDefinition, value: number, overrides: Record<string, number> = {}): TAnswers {
  const answers: TAnswers = {};
  for (const s of definition.sections) for (const i of s.items) if (i.kind === 'scale') answers[i.key] = { value: overrides[i.key] ?? value, reason: `Seen on the visit (${i.key})` };
  return answers;
}

/** A household in a caseload with `childId` living in it. */
export async function household(t: TestApp, where: Owner, childId: string): Promise<string> {
  const id = crypto.randomUUID();
  const db = t.services.db;
  await db.insertInto('household').values({
    id, organisation_id: where.organisationId, team_id: where.teamId, caseworker_id: where.ownerId, centre_id: null, name: 'Grandmother Chan', address_code: null,
    address_detail: null, livelihood: null, id_poor_level: null, primary_caregiver_id: null, notes: null, created_by: null, archived_at: null,
  }).execute();
  await db.insertInto('household_member').values({ id: crypto.randomUUID(), household_id: id, person_id: childId, relationship: 'grandchild', left_at: null }).execute();
  return id;
}

export interface Take { instrumentId: string; subjectType: 'person' | 'household'; subjectId: string; caseId?: string | null; assessedOn?: string; answers?: TAnswers }

export async function draft(t: TestApp, user: TestUser, take: Take): Promise<TAssessment> {
  const res = await call(t, user, 'POST', '/api/assessments', { assessedOn: today(), answers: {}, ...take });
  if (res.statusCode !== 201) throw new Error(`draft: ${res.statusCode} ${res.body}`);
  return res.json<TAssessment>();
}

export async function submitted(t: TestApp, user: TestUser, take: Take): Promise<TAssessment> {
  const d = await draft(t, user, take);
  const res = await call(t, user, 'POST', `/api/assessments/${d.id}/submit`, { rowVersion: d.rowVersion });
  if (res.statusCode !== 200) throw new Error(`submit: ${res.statusCode} ${res.body}`);
  return res.json<TAssessment>();
}

/** An assessment inserted straight into the database (for matrix targets), draft or submitted, assessed by the caseload's owner. */
export async function insertAssessment(t: TestApp, where: Owner, options: { status?: 'draft' | 'submitted'; caseId?: string | null; childId?: string } = {}): Promise<string> {
  const { id: instrumentId, definition } = await shipped(t, 'mosvy_child');
  const childId = options.childId ?? (await t.child(where));
  const id = crypto.randomUUID();
  const status = options.status ?? 'draft';
  await t.services.db.insertInto('assessment').values({
    id, instrument_id: instrumentId, subject_type: 'person', subject_id: childId, case_id: options.caseId ?? null,
    organisation_id: where.organisationId, team_id: where.teamId, caseworker_id: where.ownerId, centre_id: null, status, assessed_on: today(),
    answers: fill(definition, 2), notes: null, total: status === 'submitted' ? 22 : null, section_scores: null, closure_met: null,
    assessor_id: where.ownerId, submitted_at: status === 'submitted' ? new Date() : null, archived_at: null,
  }).execute();
  return id;
}
