import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { scopeSpecs, type ScopedData, type ScopedTable } from '../../platform/access/scoped-data.js';
import { caseRecordTables } from '../cases/ownership.js';

interface CentredRow { id: string; centre_id: string | null }

/**
 * Set `centre_id` on the rows of `table` matching `where`, auditing each change
 * (`case.centre`, with the old and new centre). Like reassignment, it follows the case the caller
 * has authorised, whatever the caller's own scope, so no row of the case is left behind.
 */
async function setCentre(data: ScopedData, table: ScopedTable, where: RawBuilder<SqlBool>, centreId: string | null, caseId: string): Promise<void> {
  const { rows } = await sql<CentredRow>`
    with moving as (
      select id, centre_id from ${sql.table(table)} where ${where} and centre_id is distinct from ${centreId}::uuid for update
    )
    update ${sql.table(table)} t set centre_id = ${centreId}::uuid from moving where t.id = moving.id
    returning moving.id, moving.centre_id`.execute(data.tx);
  const recordType = scopeSpecs[table].recordType;
  for (const row of rows) {
    await data.audit({ action: 'case.centre', recordType, recordId: row.id, changes: { centre_id: { before: row.centre_id, after: centreId } }, details: { caseId } });
  }
}

/**
 * The centre a case belongs to is the centre the child lives at: the carer centre of its active
 * placement, or none. The case, every record under it (see `caseRecordTables`), the child's
 * person record and the child's files that belong to no case take that centre, so the centre's
 * partner account reads the child exactly while the centre cares for them (decision 0013).
 * The centre's figures do not depend on this: they are counted from placements, which keep
 * their carer centre for good.
 */
export async function centreFollowsPlacement(data: ScopedData, kase: { id: string; organisation_id: string; child_id: string }, centreId: string | null): Promise<void> {
  await setCentre(data, 'case_file', sql<SqlBool>`id = ${kase.id}`, centreId, kase.id);
  for (const table of caseRecordTables) await setCentre(data, table, sql<SqlBool>`case_id = ${kase.id}`, centreId, kase.id);
  // The child, unless another open case of the organisation holds them (that case decides).
  const heldElsewhere = (ref: RawBuilder<string>) => sql<SqlBool>`exists (select 1 from case_file oc
    where oc.child_id = ${ref} and oc.organisation_id = ${kase.organisation_id} and oc.stage <> 'closed' and oc.id <> ${kase.id})`;
  await setCentre(data, 'person', sql<SqlBool>`id = ${kase.child_id} and organisation_id = ${kase.organisation_id} and not ${heldElsewhere(sql.ref('person.id'))}`, centreId, kase.id);
  await setCentre(data, 'attachment', sql<SqlBool>`case_id is null and person_id = ${kase.child_id} and organisation_id = ${kase.organisation_id}
    and not ${heldElsewhere(sql.ref('attachment.person_id'))}`, centreId, kase.id);
}
