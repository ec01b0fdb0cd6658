import { todayIso, type TAddCheckInRequest, type TAddDisbursementRequest, type TScholarshipStatus } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { ownershipOfRow } from './person-ref.js';
import { invalid, lockScholarship } from './scholarship-access.js';

const fundedStatuses: readonly TScholarshipStatus[] = ['awarded', 'in_training', 'completed', 'dropped_out'];

/** Money paid out on an awarded scholarship (fees, tools, transport); never before the award. */
export async function addDisbursement(data: ScopedData, id: string, input: TAddDisbursementRequest): Promise<void> {
  const row = await lockScholarship(data, id);
  if (!fundedStatuses.includes(row.status as TScholarshipStatus)) throw invalid({ field: 'amount', key: 'scholarships.errors.not_awarded' });
  if (input.paidOn > todayIso()) throw invalid({ field: 'paidOn', key: 'validation.date_future' });
  await data.insert('scholarship_disbursement', {
    ...ownershipOfRow(row), id: crypto.randomUUID(), scholarship_id: id, paid_on: input.paidOn, amount: input.amount, purpose: input.purpose ?? null, recorded_by: data.actor.userId,
  });
}

/** A progress check-in with the young person while in training. */
export async function addCheckIn(data: ScopedData, id: string, input: TAddCheckInRequest): Promise<void> {
  const row = await lockScholarship(data, id);
  if (row.status !== 'in_training' && row.status !== 'awarded') throw invalid({ field: 'progress', key: 'scholarships.errors.not_in_training' });
  if (input.checkedOn > todayIso()) throw invalid({ field: 'checkedOn', key: 'validation.date_future' });
  await data.insert('scholarship_check_in', {
    ...ownershipOfRow(row), id: crypto.randomUUID(), scholarship_id: id, checked_on: input.checkedOn, progress: input.progress, note: input.note ?? null, recorded_by: data.actor.userId,
  });
}
