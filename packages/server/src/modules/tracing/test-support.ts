import type { TestApp } from '../../test/harness.js';

/** An open tracing request for a mother, inserted straight into the database with the case's ownership. */
export async function insertTracingRequest(t: TestApp, caseId: string, overrides: { status?: string; foundPersonId?: string } = {}): Promise<string> {
  const c = await t.services.db.selectFrom('case_file').select(['organisation_id', 'team_id', 'caseworker_id', 'centre_id']).where('id', '=', caseId).executeTakeFirstOrThrow();
  const id = crypto.randomUUID();
  await t.services.db.insertInto('tracing_request').values({
    id, case_id: caseId, ...c, relationship: 'mother', family_name_km: 'សុខ', given_name_km: 'ស្រីមុំ', family_name_latin: 'Sok', given_name_latin: 'Sreymom',
    sex: 'female', age_years: 38, birth_year: null, father_name: null, mother_name: null, last_place_code: null, last_place_detail: null, separated_on: '2019',
    separation_reason: null, distinguishing_facts: null, requested_by: 'The child', status: overrides.status ?? 'open', outcome_note: null,
    found_person_id: overrides.foundPersonId ?? null, created_by: null, archived_at: null,
  }).execute();
  return id;
}
