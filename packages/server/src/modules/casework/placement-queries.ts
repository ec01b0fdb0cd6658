import { emergencyFosterLimit, emergencyFosterOverdue, todayIso, type TPlacement } from '@homeward/core';
import { sql, type Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { PlacementTable } from '../../platform/db/schema.js';
import { iso } from './refs.js';

type PlacementRow = Selectable<PlacementTable> & { carer_household_name: string | null; carer_centre_name_km: string | null; carer_centre_name_latin: string | null };

export const presentPlacement = (row: PlacementRow, today: string): TPlacement => {
  const emergency = row.care_type === 'emergency_foster';
  return {
    id: row.id,
    caseId: row.case_id,
    careType: row.care_type,
    carerHouseholdId: row.carer_household_id,
    carerHouseholdName: row.carer_household_name,
    carerCentreId: row.carer_centre_id,
    carerCentreName: row.carer_centre_id ? { km: row.carer_centre_name_km ?? '', latin: row.carer_centre_name_latin } : null,
    startDate: row.start_date,
    endDate: row.end_date,
    endReason: row.end_reason,
    agreementAttachmentId: row.agreement_attachment_id,
    status: row.status as TPlacement['status'],
    notes: row.notes,
    emergencyFosterLimitOn: emergency ? emergencyFosterLimit(row.start_date) : null,
    emergencyFosterOverdue: row.status === 'active' && emergencyFosterOverdue(row.care_type, row.start_date, today),
    createdAt: iso(row.created_at),
    version: row.version,
  };
};

const selectPlacements = (data: ScopedData) => data.selectFrom('placement').selectAll()
  .select(sql<string | null>`(select h.name from household h where h.id = placement.carer_household_id)`.as('carer_household_name'))
  // A centre's name is not personal and the placement is already in scope: read it directly.
  .select(sql<string | null>`(select c.name_km from centre c where c.id = placement.carer_centre_id)`.as('carer_centre_name_km'))
  .select(sql<string | null>`(select c.name_latin from centre c where c.id = placement.carer_centre_id)`.as('carer_centre_name_latin'));

/** A case's placements, the whole history, newest first; audited as one list. */
export async function listPlacements(data: ScopedData, caseId: string): Promise<TPlacement[]> {
  await data.get('case_file', caseId);
  const rows = await selectPlacements(data).where('case_id', '=', caseId).orderBy('start_date', 'desc').orderBy('created_at', 'desc').execute();
  await data.auditList('placement', rows.map((r) => r.id), { caseId });
  const today = todayIso();
  return rows.map((r) => presentPlacement(r, today));
}

/** One placement as the caller may see it (404 outside scope), audited as a read. */
export async function loadPlacement(data: ScopedData, id: string): Promise<TPlacement> {
  await data.get('placement', id);
  return presentPlacement(await selectPlacements(data).where('id', '=', id).executeTakeFirstOrThrow(), todayIso());
}
