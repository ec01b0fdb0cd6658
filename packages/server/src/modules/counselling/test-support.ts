import type { TestApp } from '../../test/harness.js';

const ownerOf = (t: TestApp, personId: string) =>
  t.services.db.selectFrom('person').select(['organisation_id', 'team_id', 'caseworker_id', 'centre_id']).where('id', '=', personId).executeTakeFirstOrThrow();

/** A counselling session with confidential notes, straight into the database with the person's ownership. */
export async function insertSession(t: TestApp, personId: string): Promise<string> {
  const id = crypto.randomUUID();
  await t.services.db.insertInto('counselling_session').values({
    id, person_id: personId, ...(await ownerOf(t, personId)), kind: 'counselling', held_on: '2026-02-01', counsellor_id: null, counsellor_name: 'Sok Dara',
    notes: 'Talked about her fear of leaving the centre', legal_matter_id: null, created_by: null, archived_at: null,
  }).execute();
  return id;
}

/** An open legal matter (ID card), with the person's ownership. */
export async function insertLegalMatter(t: TestApp, personId: string): Promise<string> {
  const id = crypto.randomUUID();
  await t.services.db.insertInto('legal_matter').values({
    id, person_id: personId, ...(await ownerOf(t, personId)), kind: 'id_card', description: null, status: 'open', status_changed_on: '2026-02-01', opened_on: '2026-02-01',
    resolved_on: null, adviser_id: null, adviser_name: 'Legal Aid of Cambodia', created_by: null, archived_at: null,
  }).execute();
  return id;
}
