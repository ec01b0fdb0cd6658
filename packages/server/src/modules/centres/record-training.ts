import { addDays, maxTrainingDays, todayIso, type TTrainingEventRequest, type TUpdateTrainingEventRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { diff } from '../../platform/audit/audit.js';
import { AppError } from '../../platform/errors.js';
import { checkLookupValues, FieldErrors } from '../people/references.js';
import { lockTrainingEvent } from './training-queries.js';

/** Dates in order, a bounded length, topics from the organisation's list. */
async function checkTraining(data: ScopedData, input: TTrainingEventRequest, held: readonly string[] = []): Promise<void> {
  const errors = new FieldErrors();
  if (input.endsOn < input.startsOn) errors.add('endsOn', 'validation.date_before_start');
  else if (input.endsOn > addDays(input.startsOn, maxTrainingDays - 1)) errors.add('endsOn', 'centres.training.tooLong', { days: maxTrainingDays });
  await checkLookupValues(data, errors, data.actor.organisationId, 'training_topic', input.topics.map((value, i) => ({ field: `topics.${i}`, value })), held);
  errors.throwIfAny();
}

const columns = (input: TTrainingEventRequest) => ({
  kind: input.kind, title: input.title, topics: [...new Set(input.topics)], starts_on: input.startsOn, ends_on: input.endsOn, venue: input.venue ?? null,
  trainers: input.trainers ?? null, audiences: [...new Set(input.audiences)], evaluation: input.evaluation, notes: input.notes ?? null,
});

/** Plan a training event or study tour for the caller's organisation; participants come after. */
export async function createTraining(data: ScopedData, input: TTrainingEventRequest): Promise<string> {
  await checkTraining(data, input);
  const id = crypto.randomUUID();
  const values = { id, organisation_id: data.actor.organisationId, ...columns(input), created_by: data.actor.userId, archived_at: null };
  await data.tx.insertInto('training_event').values(values).execute();
  await data.audit({ action: 'create', recordType: 'training_event', recordId: id, changes: diff(null, values) });
  return id;
}

/** Edit an event on the version the caller read (409 when it changed). Attendance outside the new dates is refused. */
export async function updateTraining(data: ScopedData, id: string, input: TUpdateTrainingEventRequest): Promise<void> {
  const before = await lockTrainingEvent(data, id, input.version);
  await checkTraining(data, input, before.topics);
  const outside = await data.tx.selectFrom('training_attendance').select('participant_id').where('event_id', '=', id)
    .where((eb) => eb.or([eb('attended_on', '<', input.startsOn), eb('attended_on', '>', input.endsOn)])).limit(1).executeTakeFirst();
  if (outside) throw new AppError('validation.failed', 'Attendance was taken outside the new dates', [{ field: 'startsOn', key: 'centres.training.attendanceOutside' }]);
  const patch = columns(input);
  await data.tx.updateTable('training_event').set({ ...patch, version: before.version + 1 }).where('id', '=', id).execute();
  await data.audit({ action: 'update', recordType: 'training_event', recordId: id, changes: diff(before, patch) });
}

/** The days an event runs, first to last. */
export function eventDays(startsOn: string, endsOn: string): string[] {
  const days: string[] = [];
  for (let d = startsOn; d <= endsOn && days.length < maxTrainingDays; d = addDays(d, 1)) days.push(d);
  return days;
}

export const notFutureDay = (day: string): boolean => day <= todayIso();
