import type { TProgrammePerson } from '@homeward/core';
import { sql } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { notFound } from '../../platform/errors.js';
import { personOf, programmePeople } from '../programmes/people.js';
import type { PersonOwnership } from './tables.js';

/**
 * The young person a programme record is for, and the caseload their record joins. Programme
 * staff work with young people across the organisation, not only their own cases, so the
 * person is checked within the caller's organisation (any, for a network administrator).
 */
export async function programmeParticipant(data: ScopedData, personId: string): Promise<PersonOwnership> {
  const person = await data.tx.selectFrom('person').select(['organisation_id', 'team_id', 'caseworker_id', 'centre_id'])
    .where('id', '=', personId).where('archived_at', 'is', null).executeTakeFirst();
  if (!person || (data.actor.scope !== 'all' && person.organisation_id !== data.actor.organisationId)) throw notFound();
  return person;
}

/** The people named by rows, as programme screens show them (audited as a list read of those people). */
export async function peopleOf(data: ScopedData, rows: ReadonlyArray<{ person_id: string; organisation_id: string }>, purpose: string): Promise<(id: string) => TProgrammePerson> {
  const byOrg = new Map<string, string[]>();
  for (const r of rows) byOrg.set(r.organisation_id, [...(byOrg.get(r.organisation_id) ?? []), r.person_id]);
  const all = new Map<string, TProgrammePerson>();
  for (const [org, ids] of byOrg) for (const [id, p] of await programmePeople(data, org, ids, purpose)) all.set(id, p);
  return (id) => personOf(all, id);
}

/** Ownership columns of a row, to copy onto its sub-records. */
export const ownershipOfRow = (row: PersonOwnership): PersonOwnership => ({
  organisation_id: row.organisation_id, team_id: row.team_id, caseworker_id: row.caseworker_id, centre_id: row.centre_id,
});

/** Lock a row for the rest of the transaction, so two edits of one record queue. */
export async function lockRow(data: ScopedData, table: string, id: string): Promise<void> {
  await sql`select id from ${sql.table(table)} where id = ${id} for update`.execute(data.tx);
}
