import type { TUpdatePlacementRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { lockOpenCase, lockRow } from './case-access.js';
import { assertAgreement } from './propose-placement.js';

/** Add the signed agreement or notes to a proposed or active placement, at the version the caller saw. */
export async function updatePlacement(data: ScopedData, placementId: string, input: TUpdatePlacementRequest): Promise<void> {
  await lockRow(data, 'placement', placementId);
  const placement = await data.get('placement', placementId);
  if (placement.status !== 'proposed' && placement.status !== 'active') throw new AppError('placement.not_active');
  if (placement.version !== input.version) throw new AppError('record.conflict');
  const kase = await lockOpenCase(data, placement.case_id);
  if (input.agreementAttachmentId) await assertAgreement(data, kase, input.agreementAttachmentId);
  await data.update('placement', placementId, {
    notes: input.notes, agreement_attachment_id: input.agreementAttachmentId, version: placement.version + 1, updated_at: new Date(),
  });
}
