import type { TProposePlacementRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { assertLookup, hasApprovedPlan, invalid, lockOpenCase, ownershipOf, type CaseRow } from './case-access.js';
import { requestApproval } from './request-approval.js';

/**
 * The carer is one household the caller can see, or one centre of the organisation (any adviser's:
 * a child may be placed in a centre the caller does not advise), never both; the agreement is a
 * file of this case or child.
 */
async function assertCarerAndAgreement(data: ScopedData, kase: CaseRow, input: TProposePlacementRequest): Promise<void> {
  if (input.carerHouseholdId && input.carerCentreId) throw invalid({ field: 'carerCentreId', key: 'validation.single_carer' });
  if (input.carerCentreId) {
    const centre = await data.selectFrom('centre_directory').select('id').where('id', '=', input.carerCentreId).where('archived_at', 'is', null).executeTakeFirst();
    if (!centre) throw invalid({ field: 'carerCentreId', key: 'validation.choice' });
  }
  if (input.carerHouseholdId) {
    const household = await data.selectFrom('household').select('id').where('id', '=', input.carerHouseholdId).where('archived_at', 'is', null).executeTakeFirst();
    if (!household) throw invalid({ field: 'carerHouseholdId', key: 'validation.choice' });
  }
  if (input.agreementAttachmentId) await assertAgreement(data, kase, input.agreementAttachmentId);
}

/** A signed agreement is an attachment of the case or its child, in scope and not archived. */
export async function assertAgreement(data: ScopedData, kase: CaseRow, attachmentId: string): Promise<void> {
  const file = await data.selectFrom('attachment').select('id').where('id', '=', attachmentId).where('archived_at', 'is', null)
    .where((eb) => eb.or([eb('case_id', '=', kase.id), eb('person_id', '=', kase.child_id)])).executeTakeFirst();
  if (!file) throw invalid({ field: 'agreementAttachmentId', key: 'validation.choice' });
}

/**
 * Propose a placement: recorded as `proposed` and sent for approval. Only with an approved
 * care plan (409 `placement.approved_plan_required`): no child is placed without one.
 */
export async function proposePlacement(data: ScopedData, caseId: string, input: TProposePlacementRequest): Promise<{ placementId: string; approvalId: string }> {
  const kase = await lockOpenCase(data, caseId);
  await assertLookup(data, kase.organisation_id, 'care_type', input.careType, 'careType');
  if (input.previousEndReason) await assertLookup(data, kase.organisation_id, 'placement_end_reason', input.previousEndReason, 'previousEndReason');
  await assertCarerAndAgreement(data, kase, input);
  if (!(await hasApprovedPlan(data, caseId))) throw new AppError('placement.approved_plan_required');
  const placementId = crypto.randomUUID();
  await data.insert('placement', {
    id: placementId, case_id: caseId, ...ownershipOf(kase), care_type: input.careType, carer_household_id: input.carerHouseholdId ?? null,
    carer_centre_id: input.carerCentreId ?? null, start_date: input.startDate, end_date: null, end_reason: null,
    agreement_attachment_id: input.agreementAttachmentId ?? null, status: 'proposed', notes: input.notes ?? null, created_by: data.actor.userId,
  });
  const approval = await requestApproval(data, kase, {
    kind: 'placement', subjectId: placementId, comment: input.comment,
    details: { careType: input.careType, startDate: input.startDate, carerHouseholdId: input.carerHouseholdId ?? null, previousEndReason: input.previousEndReason ?? 'other' },
  });
  return { placementId, approvalId: approval.id };
}
