import { todayIso, type TAddGroupMemberRequest, type TAttendanceRequest, type TCreateGroupRequest, type TRecordGroupMeetingRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { notFound } from '../../platform/errors.js';
import { assertCreatedInScope } from '../people/ownership.js';
import { checkLookupValues, FieldErrors } from '../people/references.js';
import { replaceAttendance } from '../programmes/attendance.js';
import { programmeOwnership } from '../programmes/ownership.js';

export const LEAVER_MEETING = 'leaver_meeting';

/** A network group (kind from the editable list `leaver_group_kind`) with its facilitator. */
export async function createGroup(data: ScopedData, input: TCreateGroupRequest): Promise<string> {
  const errors = new FieldErrors();
  await checkLookupValues(data, errors, data.actor.organisationId, 'leaver_group_kind', [{ field: 'kind', value: input.kind }]);
  const owner = await programmeOwnership(data, errors, input.facilitatorId);
  errors.throwIfAny();
  const id = crypto.randomUUID();
  await data.insert('leaver_group', {
    id, ...owner, name: input.name, kind: input.kind, meeting_schedule: input.meetingSchedule ?? null, notes: input.notes ?? null, created_by: data.actor.userId, archived_at: null,
  });
  await assertCreatedInScope(data, 'leaver_group', id, input.facilitatorId !== undefined);
  return id;
}

/** A care leaver joins a group; they must be a member of the network, and not in the group already. */
export async function addGroupMember(data: ScopedData, groupId: string, input: TAddGroupMemberRequest): Promise<void> {
  const group = await data.get('leaver_group', groupId);
  const errors = new FieldErrors();
  const member = await data.tx.selectFrom('leaver_member').select('id')
    .where('organisation_id', '=', group.organisation_id).where('person_id', '=', input.personId).executeTakeFirst();
  if (!member) errors.add('personId', 'validation.person_unknown');
  const current = await data.tx.selectFrom('leaver_group_member').select('id')
    .where('group_id', '=', groupId).where('person_id', '=', input.personId).where('left_on', 'is', null).executeTakeFirst();
  if (current) errors.add('personId', 'validation.person_repeated');
  if (input.joinedOn > todayIso()) errors.add('joinedOn', 'validation.date_in_future');
  errors.throwIfAny();
  await data.tx.insertInto('leaver_group_member').values({
    id: crypto.randomUUID(), group_id: groupId, organisation_id: group.organisation_id, person_id: input.personId, joined_on: input.joinedOn, left_on: null,
  }).execute();
  await data.audit({ action: 'update', recordType: 'leaver_group', recordId: groupId, changes: { member: { before: null, after: { personId: input.personId, joinedOn: input.joinedOn } } } });
}

/** Record a group meeting with its topic and notes; attendance is taken after. */
export async function recordGroupMeeting(data: ScopedData, groupId: string, input: TRecordGroupMeetingRequest): Promise<string> {
  const group = await data.get('leaver_group', groupId);
  const errors = new FieldErrors();
  if (input.heldOn > todayIso()) errors.add('heldOn', 'validation.date_in_future');
  errors.throwIfAny();
  const id = crypto.randomUUID();
  await data.tx.insertInto('leaver_meeting').values({
    id, group_id: groupId, organisation_id: group.organisation_id, held_on: input.heldOn, topic: input.topic ?? null, notes: input.notes ?? null, created_by: data.actor.userId,
  }).execute();
  await data.audit({ action: 'create', recordType: LEAVER_MEETING, recordId: id, details: { groupId, heldOn: input.heldOn } });
  return id;
}

export async function saveGroupAttendance(data: ScopedData, groupId: string, meetingId: string, input: TAttendanceRequest): Promise<void> {
  const group = await data.get('leaver_group', groupId);
  const meeting = await data.tx.selectFrom('leaver_meeting').select('id').where('id', '=', meetingId).where('group_id', '=', groupId).where('archived_at', 'is', null).executeTakeFirst();
  if (!meeting) throw notFound();
  await replaceAttendance(data, { type: LEAVER_MEETING, id: meetingId, organisationId: group.organisation_id }, input.presentIds);
}
