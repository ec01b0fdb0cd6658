import type { TCase, TConsent, TStage, TStageChange } from '@homeward/core';
import type { Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { ConsentTable } from '../../platform/db/schema.js';
import { iso, presentCaseSummary, selectCases } from './queries.js';
import { localToday } from './rules.js';
import { presentTransfer, selectTransfers } from './transfer-queries.js';

export const presentConsent = (c: Selectable<ConsentTable>): TConsent => ({
  id: c.id, caseId: c.case_id, subject: c.subject, givenBy: c.given_by, givenOn: c.given_on,
  documentAttachmentId: c.document_attachment_id, withdrawnOn: c.withdrawn_on, createdAt: iso(c.created_at),
});

async function stageHistory(data: ScopedData, caseId: string): Promise<TStageChange[]> {
  // History lines carry no ownership columns; they are read only for a case already authorised.
  const rows = await data.tx.selectFrom('case_stage_change as s').leftJoin('app_user as u', 'u.id', 's.changed_by')
    .select(['s.id', 's.from_stage', 's.to_stage', 's.reason', 's.changed_by', 's.changed_at', 'u.name'])
    .where('s.case_id', '=', caseId).orderBy('s.changed_at').orderBy('s.id').execute();
  return rows.map((r) => ({
    id: r.id, fromStage: r.from_stage as TStage | null, toStage: r.to_stage as TStage, reason: r.reason,
    changedBy: r.changed_by ? { id: r.changed_by, name: r.name ?? '' } : null, changedAt: iso(r.changed_at),
  }));
}

/**
 * One case as its page shows it: the case and intake, the child, the stage history, consents,
 * the current placement, note counts and transfers. Every personal record shown is audited as
 * read (the case, the child, and each list of records under it).
 */
export async function getCase(data: ScopedData, id: string): Promise<TCase> {
  await data.get('case_file', id);
  const row = await selectCases(data, localToday()).where('c.id', '=', id).executeTakeFirstOrThrow();
  await data.audit({ action: 'read', recordType: 'person', recordId: row.child_id, details: { caseId: id } });

  const consents = await data.selectFrom('consent').selectAll().where('case_id', '=', id).orderBy('given_on', 'desc').orderBy('created_at', 'desc').execute();
  await data.auditList('consent', consents.map((c) => c.id), { caseId: id });

  const placement = await data.selectFrom('placement').select(['id', 'care_type', 'carer_household_id', 'carer_centre_id', 'start_date'])
    .where('case_id', '=', id).where('status', '=', 'active').executeTakeFirst();
  if (placement) await data.auditList('placement', [placement.id], { caseId: id });

  const counts = await data.selectFrom('case_note')
    .select((eb) => [eb.fn.countAll<number>().as('notes'), eb.fn.countAll<number>().filterWhere('note_type', '=', 'case_conference').as('conferences')])
    .where('case_id', '=', id).where('archived_at', 'is', null).executeTakeFirstOrThrow();

  const transfers = await selectTransfers(data.tx, data.selectFrom('case_transfer').selectAll().where('case_id', '=', id).as('tr'))
    .orderBy('tr.requested_at', 'desc').execute();
  await data.auditList('case_transfer', transfers.map((t) => t.id), { caseId: id });

  return {
    ...presentCaseSummary(row),
    version: row.version,
    referralDate: row.referral_date,
    referralSource: row.referral_source,
    referralReason: row.referral_reason,
    referrerName: row.referrer_name,
    childCategories: row.child_categories,
    childViews: row.child_views,
    familyViews: row.family_views,
    closureReason: row.closure_reason,
    closureSummary: row.closure_summary,
    createdAt: iso(row.created_at),
    stageHistory: await stageHistory(data, id),
    consents: consents.map(presentConsent),
    currentPlacement: placement
      ? { id: placement.id, careType: placement.care_type, carerHouseholdId: placement.carer_household_id, carerCentreId: placement.carer_centre_id, startDate: placement.start_date }
      : null,
    counts: { notes: Number(counts.notes), conferences: Number(counts.conferences) },
    transfers: transfers.map(presentTransfer),
  };
}
