import { legalMatterClosedStatuses, todayIso, type TChangeLegalMatterStatusRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { lockRow, ownershipOfRow } from '../scholarships/person-ref.js';

const invalid = (field: string, key: string) => new AppError('validation.failed', 'The request is not valid', [{ field, key }]);

/**
 * Move a legal matter to another status on a day not in the future nor before its last change.
 * Reaching resolved (or unresolved) sets the day it ended; moving on again re-opens it.
 */
export async function changeLegalMatterStatus(data: ScopedData, id: string, input: TChangeLegalMatterStatusRequest): Promise<void> {
  await lockRow(data, 'legal_matter', id);
  const matter = await data.get('legal_matter', id);
  if (matter.archived_at !== null) throw new AppError('record.not_found');
  if (matter.version !== input.version) throw new AppError('record.conflict');
  const on = input.changedOn ?? todayIso();
  if (on > todayIso()) throw invalid('changedOn', 'validation.date_future');
  if (on < matter.status_changed_on) throw invalid('changedOn', 'counselling.errors.before_last_change');
  if (input.status === matter.status) throw invalid('status', 'counselling.errors.status_unchanged');
  const closed = legalMatterClosedStatuses.includes(input.status);
  await data.update('legal_matter', id, {
    status: input.status, status_changed_on: on, resolved_on: closed ? on : null, version: matter.version + 1, updated_at: new Date(),
  }, { details: { from: matter.status, to: input.status } });
  await data.insert('legal_matter_status_change', {
    ...ownershipOfRow(matter), id: crypto.randomUUID(), matter_id: id, from_status: matter.status, to_status: input.status, changed_on: on, note: input.note ?? null, changed_by: data.actor.userId,
  });
}
