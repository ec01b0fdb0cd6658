import type { TestApp } from '../../test/harness.js';

/** A scholarship straight into the database with the person's ownership, at any status. */
export async function insertScholarship(t: TestApp, personId: string, status = 'applied'): Promise<string> {
  const p = await t.services.db.selectFrom('person').select(['organisation_id', 'team_id', 'caseworker_id', 'centre_id']).where('id', '=', personId).executeTakeFirstOrThrow();
  const id = crypto.randomUUID();
  await t.services.db.insertInto('scholarship').values({
    id, person_id: personId, ...p, status, status_changed_on: '2026-01-05', applied_on: '2026-01-05', provider: 'Don Bosco Technical School', course: 'Motorbike repair',
    trade: 'mechanics', starts_on: null, ends_on: null, cost: 450, currency: 'USD', decline_reason: null, outcome: null, outcome_on: null, outcome_note: null,
    created_by: null, archived_at: null,
  }).execute();
  return id;
}
