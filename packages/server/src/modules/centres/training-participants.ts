import type { TAddParticipantRequest, TTrainingAttendanceRequest, TEvaluateParticipantRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { diff } from '../../platform/audit/audit.js';
import { notFound } from '../../platform/errors.js';
import { checkPeopleInScope, FieldErrors } from '../people/references.js';
import { eventDays, notFutureDay } from './record-training.js';
import { lockTrainingEvent } from './training-queries.js';

/**
 * Add a participant: invited beforehand, or a walk-in on the day. A linked person must be in the
 * caller's scope and a linked centre in their organisation; the same person is never listed twice.
 */
export async function addParticipant(data: ScopedData, eventId: string, input: TAddParticipantRequest): Promise<string> {
  const event = await lockTrainingEvent(data, eventId);
  const errors = new FieldErrors();
  await checkPeopleInScope(data, errors, event.organisation_id, [{ field: 'personId', id: input.personId }]);
  if (input.centreId) {
    const centre = await data.tx.selectFrom('centre').select('id').where('id', '=', input.centreId)
      .where('organisation_id', '=', event.organisation_id).where('archived_at', 'is', null).executeTakeFirst();
    if (!centre) errors.add('centreId', 'validation.choice');
  }
  if (input.personId) {
    const twice = await data.tx.selectFrom('training_participant').select('id').where('event_id', '=', eventId).where('person_id', '=', input.personId).executeTakeFirst();
    if (twice) errors.add('personId', 'centres.training.alreadyListed');
  }
  errors.throwIfAny();
  const id = crypto.randomUUID();
  const values = {
    id, event_id: eventId, organisation_id: event.organisation_id, name: input.name, sex: input.sex, audience: input.audience,
    person_id: input.personId ?? null, centre_id: input.centreId ?? null, walk_in: input.walkIn ?? false, pre_score: null, post_score: null, satisfaction: null,
  };
  await data.tx.insertInto('training_participant').values(values).execute();
  await data.audit({ action: 'training.participant_add', recordType: 'training_event', recordId: eventId, changes: { participants: { before: null, after: values } } });
  return id;
}

async function participantOf(data: ScopedData, eventId: string, participantId: string) {
  const p = await data.tx.selectFrom('training_participant').selectAll().where('id', '=', participantId).where('event_id', '=', eventId).executeTakeFirst();
  if (!p) throw notFound();
  return p;
}

/** Record a participant's pre/post scores or satisfaction, as the event's evaluation method asks. */
export async function evaluateParticipant(data: ScopedData, eventId: string, participantId: string, input: TEvaluateParticipantRequest): Promise<void> {
  const event = await lockTrainingEvent(data, eventId);
  const p = await participantOf(data, eventId, participantId);
  const errors = new FieldErrors();
  const scores = event.evaluation === 'pre_post';
  if (!scores && (input.preScore != null || input.postScore != null)) errors.add('preScore', 'centres.training.evaluationNotAsked');
  if (event.evaluation !== 'satisfaction' && input.satisfaction != null) errors.add('satisfaction', 'centres.training.evaluationNotAsked');
  errors.throwIfAny();
  const patch = { pre_score: input.preScore, post_score: input.postScore, satisfaction: input.satisfaction };
  const changes = diff(p, patch);
  if (!Object.keys(changes).length) return;
  await data.tx.updateTable('training_participant').set(patch).where('id', '=', participantId).execute();
  await data.audit({ action: 'training.evaluate', recordType: 'training_event', recordId: eventId, changes, details: { participantId } });
}

/**
 * Take one day's attendance: the whole sheet, so whoever is not named is absent that day. The
 * day must be one of the event's and not in the future; every id must be a participant of it.
 */
export async function takeAttendance(data: ScopedData, eventId: string, input: TTrainingAttendanceRequest): Promise<void> {
  const event = await lockTrainingEvent(data, eventId);
  const errors = new FieldErrors();
  if (!eventDays(event.starts_on, event.ends_on).includes(input.day)) errors.add('day', 'centres.training.dayOutside');
  else if (!notFutureDay(input.day)) errors.add('day', 'validation.date_in_future');
  const present = [...new Set(input.present)];
  if (present.length) {
    const known = await data.tx.selectFrom('training_participant').select('id').where('event_id', '=', eventId).where('id', 'in', present).execute();
    if (known.length !== present.length) errors.add('present', 'validation.choice');
  }
  errors.throwIfAny();
  const before = await data.tx.selectFrom('training_attendance').select('participant_id').where('event_id', '=', eventId).where('attended_on', '=', input.day).execute();
  await data.tx.deleteFrom('training_attendance').where('event_id', '=', eventId).where('attended_on', '=', input.day).execute();
  if (present.length) {
    await data.tx.insertInto('training_attendance').values(present.map((participant_id) => ({ participant_id, attended_on: input.day, event_id: eventId }))).execute();
  }
  const was = before.map((b) => b.participant_id).sort();
  if (JSON.stringify(was) === JSON.stringify([...present].sort())) return;
  await data.audit({ action: 'training.attendance', recordType: 'training_event', recordId: eventId, changes: { [`attendance.${input.day}`]: { before: was, after: present.sort() } } });
}

