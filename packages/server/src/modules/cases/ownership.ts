import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { scopeSpecs, type ScopedData, type ScopedTable } from '../../platform/access/scoped-data.js';
import type { Assignment } from './rules.js';

/**
 * Every caseload table whose rows belong to one case (a `case_id` column beside the ownership
 * columns). Reassigning a case moves all of them with it, so a module that adds such a table adds
 * it here; ownership.test.ts compares this list with the database and fails when one is missing.
 */
export const caseRecordTables = [
  'consent', 'case_note', 'care_plan', 'care_plan_action', 'approval', 'placement', 'follow_up', 'service_record', 'case_transfer', 'attachment', 'assessment',
  'tracing_request', 'tracing_attempt', 'tracing_status_change',
] as const satisfies readonly ScopedTable[];

interface MovedRow { id: string; team_id: string | null; caseworker_id: string | null }

/**
 * Give the rows of `table` matching `where` to `owner` and audit each move (`case.assign`, with
 * the old and new owner). Ownership follows the case, which the caller has authorised: rows are
 * moved whatever the caller's own scope, so none is left behind in someone else's caseload.
 */
async function moveRows(data: ScopedData, table: ScopedTable, where: RawBuilder<SqlBool>, owner: Assignment, caseId: string): Promise<number> {
  const { rows } = await sql<MovedRow>`
    with moving as (
      select id, team_id, caseworker_id from ${sql.table(table)}
      where ${where} and (team_id is distinct from ${owner.teamId}::uuid or caseworker_id is distinct from ${owner.caseworkerId})
      for update
    )
    update ${sql.table(table)} t set team_id = ${owner.teamId}::uuid, caseworker_id = ${owner.caseworkerId}
    from moving where t.id = moving.id
    returning moving.id, moving.team_id, moving.caseworker_id`.execute(data.tx);
  const recordType = scopeSpecs[table].recordType;
  for (const row of rows) {
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    if (row.team_id !== owner.teamId) changes.team_id = { before: row.team_id, after: owner.teamId };
    if (row.caseworker_id !== owner.caseworkerId) changes.caseworker_id = { before: row.caseworker_id, after: owner.caseworkerId };
    await data.audit({ action: 'case.assign', recordType, recordId: row.id, changes, details: { caseId } });
  }
  return rows.length;
}

/** Move every record of the case (see `caseRecordTables`) to the case's owner. */
export async function moveCaseRecords(data: ScopedData, caseId: string, owner: Assignment): Promise<void> {
  for (const table of caseRecordTables) await moveRows(data, table, sql<SqlBool>`case_id = ${caseId}`, owner, caseId);
}

/**
 * Make the child, the households the child lives in and their members belong to the case's
 * caseworker and team, so scopes follow the case. A person who is the child of another open case
 * in the organisation — and a household with such a member — stays with that case.
 */
export async function childFollowsCase(data: ScopedData, kase: { id: string; organisation_id: string; child_id: string }, owner: Assignment): Promise<void> {
  const heldElsewhere = (personRef: RawBuilder<string>) => sql<SqlBool>`exists (select 1 from case_file oc
    where oc.child_id = ${personRef} and oc.organisation_id = ${kase.organisation_id} and oc.stage <> 'closed' and oc.id <> ${kase.id})`;
  const households = sql`(select hm.household_id from household_member hm where hm.person_id = ${kase.child_id} and hm.left_at is null)`;
  const people = sql<SqlBool>`organisation_id = ${kase.organisation_id} and (id = ${kase.child_id}
    or id in (select m.person_id from household_member m where m.household_id in ${households} and m.left_at is null))
    and not ${heldElsewhere(sql.ref('person.id'))}`;
  await moveRows(data, 'person', people, owner, kase.id);
  const householdsFree = sql<SqlBool>`organisation_id = ${kase.organisation_id} and id in ${households}
    and not exists (select 1 from household_member m where m.household_id = household.id and m.left_at is null and ${heldElsewhere(sql.ref('m.person_id'))})`;
  await moveRows(data, 'household', householdsFree, owner, kase.id);
  // Attachments on those people (photos, certificates) that belong to no case follow them.
  const personAttachments = sql<SqlBool>`case_id is null and person_id in (select id from person where id = ${kase.child_id}
    or id in (select m.person_id from household_member m where m.household_id in ${households} and m.left_at is null))
    and organisation_id = ${kase.organisation_id} and not ${heldElsewhere(sql.ref('attachment.person_id'))}`;
  await moveRows(data, 'attachment', personAttachments, owner, kase.id);
}
