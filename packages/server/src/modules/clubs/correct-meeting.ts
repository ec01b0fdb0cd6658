import { todayIso, type TArchiveVersionRequest, type TUpdateClubMeetingRequest } from '@homeward/core';
import type { Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError, notFound } from '../../platform/errors.js';
import { FieldErrors } from '../people/references.js';
import type { YouthClubMeetingTable } from '../programmes/tables.js';
import { lockClub } from './club-queries.js';
import { CLUB_MEETING } from './meetings.js';

/**
 * A meeting of a club in the caller's scope, locked for a change: 404 when the club is outside
 * scope or the meeting is not the club's or archived, 409 when `version` is not the one stored.
 */
export async function lockClubMeeting(data: ScopedData, clubId: string, meetingId: string, version?: number): Promise<Selectable<YouthClubMeetingTable>> {
  await lockClub(data, clubId);
  const meeting = await data.tx.selectFrom('youth_club_meeting').selectAll()
    .where('id', '=', meetingId).where('club_id', '=', clubId).where('archived_at', 'is', null).forUpdate().executeTakeFirst();
  if (!meeting) throw notFound();
  if (version !== undefined && meeting.version !== version) throw new AppError('record.conflict');
  return meeting;
}

/** Correct a meeting's day, agenda, activities or decisions (send the version read; 409 if it changed). */
export async function updateClubMeeting(data: ScopedData, clubId: string, meetingId: string, input: TUpdateClubMeetingRequest): Promise<void> {
  const before = await lockClubMeeting(data, clubId, meetingId, input.version);
  const errors = new FieldErrors();
  if (input.heldOn !== undefined && input.heldOn > todayIso()) errors.add('heldOn', 'validation.date_in_future');
  errors.throwIfAny();
  const patch = {
    ...(input.heldOn !== undefined ? { held_on: input.heldOn } : {}),
    ...(input.agenda !== undefined ? { agenda: input.agenda } : {}),
    ...(input.activities !== undefined ? { activities: input.activities } : {}),
    ...(input.decisions !== undefined ? { decisions: input.decisions } : {}),
  };
  const changes = Object.fromEntries(Object.entries(patch).filter(([k, v]) => before[k as keyof typeof patch] !== v).map(([k, v]) => [k, { before: before[k as keyof typeof patch], after: v }]));
  await data.tx.updateTable('youth_club_meeting').set({ ...patch, version: before.version + 1, updated_at: new Date() }).where('id', '=', meetingId).execute();
  await data.audit({ action: 'update', recordType: CLUB_MEETING, recordId: meetingId, changes, details: { clubId } });
}

/** Archive a meeting recorded by mistake: it and its attendance leave the club's lists and figures but are kept. */
export async function archiveClubMeeting(data: ScopedData, clubId: string, meetingId: string, input: TArchiveVersionRequest): Promise<void> {
  const before = await lockClubMeeting(data, clubId, meetingId, input.version);
  await data.tx.updateTable('youth_club_meeting').set({ archived_at: new Date(), version: before.version + 1, updated_at: new Date() }).where('id', '=', meetingId).execute();
  await data.audit({ action: 'archive', recordType: CLUB_MEETING, recordId: meetingId, details: { clubId, heldOn: before.held_on } });
}
