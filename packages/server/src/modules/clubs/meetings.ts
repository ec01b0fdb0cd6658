import { todayIso, type TAttendanceRequest, type TRecordClubMeetingRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { notFound } from '../../platform/errors.js';
import { FieldErrors } from '../people/references.js';
import { replaceAttendance } from '../programmes/attendance.js';
import { lockClub } from './club-queries.js';

export const CLUB_MEETING = 'club_meeting';

/** Record a club meeting: its agenda, what the members did and what they decided. */
export async function recordClubMeeting(data: ScopedData, clubId: string, input: TRecordClubMeetingRequest): Promise<string> {
  const club = await lockClub(data, clubId);
  const errors = new FieldErrors();
  if (input.heldOn > todayIso()) errors.add('heldOn', 'validation.date_in_future');
  errors.throwIfAny();
  const id = crypto.randomUUID();
  await data.tx.insertInto('youth_club_meeting').values({
    id, club_id: clubId, organisation_id: club.organisation_id, held_on: input.heldOn, agenda: input.agenda ?? null,
    activities: input.activities ?? null, decisions: input.decisions ?? null, created_by: data.actor.userId,
  }).execute();
  await data.audit({ action: 'create', recordType: CLUB_MEETING, recordId: id, details: { clubId, heldOn: input.heldOn } });
  return id;
}

/** Who came to a club meeting, replaced as a whole (members ticked, walk-ins added). */
export async function saveClubAttendance(data: ScopedData, clubId: string, meetingId: string, input: TAttendanceRequest): Promise<void> {
  const club = await lockClub(data, clubId);
  const meeting = await data.tx.selectFrom('youth_club_meeting').select('id').where('id', '=', meetingId).where('club_id', '=', clubId).where('archived_at', 'is', null).executeTakeFirst();
  if (!meeting) throw notFound();
  await replaceAttendance(data, { type: CLUB_MEETING, id: meetingId, organisationId: club.organisation_id }, input.presentIds);
}
