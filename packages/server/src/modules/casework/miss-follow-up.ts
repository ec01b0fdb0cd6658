import type { TMissFollowUpRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { lockScheduledFollowUp } from './record-follow-up.js';

/** A scheduled visit that did not happen, and why. It can still be rescheduled. */
export async function missFollowUp(data: ScopedData, id: string, input: TMissFollowUpRequest): Promise<void> {
  const visit = await lockScheduledFollowUp(data, id);
  await data.update('follow_up', id, { status: 'missed', missed_reason: input.reason, version: visit.version + 1, updated_at: new Date() }, { action: 'miss' });
}
