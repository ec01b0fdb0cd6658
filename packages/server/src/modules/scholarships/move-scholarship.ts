import { canMoveScholarship, scholarshipOutcomeStatuses, todayIso, type TMoveScholarshipRequest, type TRecordScholarshipOutcomeRequest, type TScholarshipStatus } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { ownershipOfRow } from './person-ref.js';
import { invalid, lockScholarship } from './scholarship-access.js';

/**
 * Move a scholarship along its path (the machine in core): a move the path does not allow is
 * refused with a translated reason, a decline needs its reason, and the day is not in the future.
 */
export async function moveScholarship(data: ScopedData, id: string, input: TMoveScholarshipRequest): Promise<void> {
  const row = await lockScholarship(data, id, input.version);
  const from = row.status as TScholarshipStatus;
  const on = input.changedOn ?? todayIso();
  if (on > todayIso()) throw invalid({ field: 'changedOn', key: 'validation.date_future' });
  if (on < row.status_changed_on) throw invalid({ field: 'changedOn', key: 'scholarships.errors.before_last_change' });
  if (!canMoveScholarship(from, input.status)) throw invalid({ field: 'status', key: 'scholarships.errors.illegal_move', params: { from, to: input.status } });
  if (input.status === 'declined' && !input.declineReason) throw invalid({ field: 'declineReason', key: 'scholarships.errors.decline_reason_required' });
  await data.update('scholarship', id, {
    status: input.status, status_changed_on: on, decline_reason: input.status === 'declined' ? input.declineReason ?? null : row.decline_reason,
    starts_on: input.status === 'in_training' && !row.starts_on ? on : row.starts_on,
    version: row.version + 1, updated_at: new Date(),
  }, { details: { from, to: input.status } });
  await data.insert('scholarship_status_change', {
    ...ownershipOfRow(row), id: crypto.randomUUID(), scholarship_id: id, from_status: from, to_status: input.status, changed_on: on,
    note: input.note ?? (input.status === 'declined' ? input.declineReason ?? null : null), changed_by: data.actor.userId,
  });
}

/** What the young person did after training: only once it completed or they dropped out. */
export async function recordScholarshipOutcome(data: ScopedData, id: string, input: TRecordScholarshipOutcomeRequest): Promise<void> {
  const row = await lockScholarship(data, id, input.version);
  if (!scholarshipOutcomeStatuses.includes(row.status as TScholarshipStatus)) throw invalid({ field: 'outcome', key: 'scholarships.errors.outcome_too_early' });
  if (input.outcomeOn > todayIso()) throw invalid({ field: 'outcomeOn', key: 'validation.date_future' });
  if (input.outcomeOn < row.status_changed_on) throw invalid({ field: 'outcomeOn', key: 'scholarships.errors.before_last_change' });
  await data.update('scholarship', id, {
    outcome: input.outcome, outcome_on: input.outcomeOn, outcome_note: input.note ?? null, version: row.version + 1, updated_at: new Date(),
  }, { action: 'record', details: { outcome: input.outcome } });
}
