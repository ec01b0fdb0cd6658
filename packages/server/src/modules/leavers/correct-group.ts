import { todayIso, type TArchiveVersionRequest, type TEndGroupMemberRequest, type TUpdateGroupMeetingRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError, notFound } from '../../platform/errors.js';
import { FieldErrors } from '../people/references.js';
import { LEAVER_MEETING } from './groups.js';

/** A group in scope and one of its meetings (not archived), locked; 404 otherwise, 409 on an old version. */
async function lockGroupMeeting(data: ScopedData, groupId: string, meetingId: string, version: number) {
  await data.get('leaver_group', groupId);
  const meeting = await data.tx.selectFrom('leaver_meeting').selectAll()
    .where('id', '=', meetingId).where('group_id', '=', groupId).where('archived_at', 'is', null).forUpdate().executeTakeFirst();
  if (!meeting) throw notFound();
  if (meeting.version !== version) throw new AppError('record.conflict');
  return meeting;
}

/** Correct a group meeting's day, topic or notes (send the version read; 409 if it changed). */
export async function updateGroupMeeting(data: ScopedData, groupId: string, meetingId: string, input: TUpdateGroupMeetingRequest): Promise<void> {
  const before = await lockGroupMeeting(data, groupId, meetingId, input.version);
  const errors = new FieldErrors();
  if (input.heldOn !== undefined && input.heldOn > todayIso()) errors.add('heldOn', 'validation.date_in_future');
  errors.throwIfAny();
  const patch = {
    ...(input.heldOn !== undefined ? { held_on: input.heldOn } : {}),
    ...(input.topic !== undefined ? { topic: input.topic } : {}),
    ...(input.notes !== undefined ? { notes: input.notes } : {}),
  };
  const changes = Object.fromEntries(Object.entries(patch).filter(([k, v]) => before[k as keyof typeof patch] !== v).map(([k, v]) => [k, { before: before[k as keyof typeof patch], after: v }]));
  await data.tx.updateTable('leaver_meeting').set({ ...patch, version: before.version + 1, updated_at: new Date() }).where('id', '=', meetingId).execute();
  await data.audit({ action: 'update', recordType: LEAVER_MEETING, recordId: meetingId, changes, details: { groupId } });
}

/** Archive a meeting recorded by mistake: kept, but left out of the group's lists and figures. */
export async function archiveGroupMeeting(data: ScopedData, groupId: string, meetingId: string, input: TArchiveVersionRequest): Promise<void> {
  const before = await lockGroupMeeting(data, groupId, meetingId, input.version);
  await data.tx.updateTable('leaver_meeting').set({ archived_at: new Date(), version: before.version + 1, updated_at: new Date() }).where('id', '=', meetingId).execute();
  await data.audit({ action: 'archive', recordType: LEAVER_MEETING, recordId: meetingId, details: { groupId, heldOn: before.held_on } });
}

/** A member leaves a group on a day, as club members leave a club: the membership stays as history. */
export async function endGroupMember(data: ScopedData, groupId: string, memberId: string, input: TEndGroupMemberRequest): Promise<void> {
  await data.get('leaver_group', groupId);
  const member = await data.tx.selectFrom('leaver_group_member').selectAll().where('id', '=', memberId).where('group_id', '=', groupId).forUpdate().executeTakeFirst();
  if (!member || member.left_on !== null) throw notFound();
  const errors = new FieldErrors();
  if (input.leftOn < member.joined_on) errors.add('leftOn', 'validation.date_before_start');
  if (input.leftOn > todayIso()) errors.add('leftOn', 'validation.date_in_future');
  errors.throwIfAny();
  await data.tx.updateTable('leaver_group_member').set({ left_on: input.leftOn }).where('id', '=', memberId).execute();
  await data.audit({
    action: 'update', recordType: 'leaver_group', recordId: groupId,
    changes: { member: { before: { personId: member.person_id, leftOn: null }, after: { personId: member.person_id, leftOn: input.leftOn } } },
  });
}
