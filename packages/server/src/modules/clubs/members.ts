import { todayIso, type TAddClubMemberRequest, type TEndClubMemberRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { notFound } from '../../platform/errors.js';
import { FieldErrors } from '../people/references.js';
import { lockClub } from './club-queries.js';

/**
 * A young person joins the club. They must be a person of the club's organisation (found or
 * registered through the people search), and not a current member already.
 */
export async function addClubMember(data: ScopedData, clubId: string, input: TAddClubMemberRequest): Promise<string> {
  const club = await lockClub(data, clubId);
  const errors = new FieldErrors();
  const person = await data.tx.selectFrom('person').select('id')
    .where('id', '=', input.personId).where('organisation_id', '=', club.organisation_id).where('archived_at', 'is', null).executeTakeFirst();
  if (!person) errors.add('personId', 'validation.person_unknown');
  const current = await data.tx.selectFrom('youth_club_member').select('id')
    .where('club_id', '=', clubId).where('person_id', '=', input.personId).where('left_on', 'is', null).executeTakeFirst();
  if (current) errors.add('personId', 'validation.person_repeated');
  if (input.joinedOn > todayIso()) errors.add('joinedOn', 'validation.date_in_future');
  errors.throwIfAny();
  const id = crypto.randomUUID();
  await data.tx.insertInto('youth_club_member').values({
    id, club_id: clubId, organisation_id: club.organisation_id, person_id: input.personId, joined_on: input.joinedOn, left_on: null, leave_reason: null,
  }).execute();
  await data.audit({ action: 'update', recordType: 'youth_club', recordId: clubId, changes: { member: { before: null, after: { personId: input.personId, joinedOn: input.joinedOn } } } });
  return id;
}

/** A member leaves the club on a date; the membership stays as history. */
export async function endClubMember(data: ScopedData, clubId: string, memberId: string, input: TEndClubMemberRequest): Promise<void> {
  await lockClub(data, clubId);
  const member = await data.tx.selectFrom('youth_club_member').selectAll().where('id', '=', memberId).where('club_id', '=', clubId).executeTakeFirst();
  if (!member || member.left_on !== null) throw notFound();
  const errors = new FieldErrors();
  if (input.leftOn < member.joined_on) errors.add('leftOn', 'validation.date_before_start');
  if (input.leftOn > todayIso()) errors.add('leftOn', 'validation.date_in_future');
  errors.throwIfAny();
  await data.tx.updateTable('youth_club_member').set({ left_on: input.leftOn, leave_reason: input.reason ?? null }).where('id', '=', memberId).execute();
  await data.audit({
    action: 'update', recordType: 'youth_club', recordId: clubId,
    changes: { member: { before: { personId: member.person_id, leftOn: null }, after: { personId: member.person_id, leftOn: input.leftOn } } },
  });
}
