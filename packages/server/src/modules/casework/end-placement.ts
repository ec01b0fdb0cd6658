import { todayIso, type TEndPlacementRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { assertLookup, assertNotFuture, invalid, lockRow } from './case-access.js';
import { centreFollowsPlacement } from './centre-follows-placement.js';
import { cancelScheduledFollowUps } from './generate-follow-ups.js';

/**
 * End an active placement on a day (not before it began, not in the future) for a reason
 * (lookup `placement_end_reason`); its visits scheduled after that day are cancelled. The
 * case's stage is the caseworker's next decision, not changed here. A child leaving a centre
 * leaves its partner's view (decision 0013); the centre still counts them from the placement.
 */
export async function endPlacement(data: ScopedData, placementId: string, input: TEndPlacementRequest): Promise<void> {
  await lockRow(data, 'placement', placementId);
  const placement = await data.get('placement', placementId);
  if (placement.status !== 'active') throw new AppError('placement.not_active');
  await assertLookup(data, placement.organisation_id, 'placement_end_reason', input.reason, 'reason');
  if (input.endDate < placement.start_date) throw invalid({ field: 'endDate', key: 'validation.date_before_start' });
  assertNotFuture(input.endDate, todayIso(), 'endDate');
  await data.update('placement', placementId, {
    status: 'ended', end_date: input.endDate, end_reason: input.reason, version: placement.version + 1, updated_at: new Date(),
  }, { action: 'end' });
  await cancelScheduledFollowUps(data, { caseId: placement.case_id, placementId, dueAfter: input.endDate });
  if (placement.carer_centre_id) {
    const kase = await data.tx.selectFrom('case_file').select(['id', 'organisation_id', 'child_id']).where('id', '=', placement.case_id).executeTakeFirstOrThrow();
    await centreFollowsPlacement(data, kase, null);
  }
}
