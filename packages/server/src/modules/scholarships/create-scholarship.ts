import { todayIso, type TCreateScholarshipRequest, type TUpdateScholarshipRequest } from '@homeward/core';
import type { Updateable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { programmeParticipant } from './person-ref.js';
import { invalid, lockScholarship } from './scholarship-access.js';
import type { ScholarshipTable } from './tables.js';

/** The columns the application's facts are stored in; fields left out are left alone. */
function columns(input: Partial<TCreateScholarshipRequest>): Updateable<ScholarshipTable> {
  const cols: Updateable<ScholarshipTable> = {};
  if (input.appliedOn !== undefined) cols.applied_on = input.appliedOn;
  if (input.provider !== undefined) cols.provider = input.provider;
  if (input.course !== undefined) cols.course = input.course;
  if (input.trade !== undefined) cols.trade = input.trade;
  if (input.startsOn !== undefined) cols.starts_on = input.startsOn;
  if (input.endsOn !== undefined) cols.ends_on = input.endsOn;
  if (input.cost !== undefined) cols.cost = input.cost;
  if (input.currency !== undefined) cols.currency = input.currency;
  return cols;
}

/** An application is not made in the future, and training does not end before it starts. */
function checkFacts(facts: { appliedOn?: string | null; startsOn?: string | null; endsOn?: string | null }): void {
  if (facts.appliedOn && facts.appliedOn > todayIso()) throw invalid({ field: 'appliedOn', key: 'validation.date_future' });
  if (facts.startsOn && facts.endsOn && facts.endsOn < facts.startsOn) throw invalid({ field: 'endsOn', key: 'validation.date_before_start' });
}

/** Record a young person's application; its history starts with it. */
export async function createScholarship(data: ScopedData, input: TCreateScholarshipRequest): Promise<string> {
  const owner = await programmeParticipant(data, input.personId);
  checkFacts(input);
  const id = crypto.randomUUID();
  await data.insert('scholarship', {
    ...owner, ...columns(input), id, person_id: input.personId, applied_on: input.appliedOn, provider: input.provider, course: input.course,
    status: 'applied', status_changed_on: input.appliedOn, created_by: data.actor.userId, archived_at: null,
  } as never);
  await data.insert('scholarship_status_change', {
    ...owner, id: crypto.randomUUID(), scholarship_id: id, from_status: null, to_status: 'applied', changed_on: input.appliedOn, note: null, changed_by: data.actor.userId,
  });
  return id;
}

/** Correct the application's facts on the version they were read at. */
export async function updateScholarship(data: ScopedData, id: string, input: TUpdateScholarshipRequest): Promise<void> {
  const row = await lockScholarship(data, id, input.version);
  checkFacts({ appliedOn: input.appliedOn, startsOn: input.startsOn === undefined ? row.starts_on : input.startsOn, endsOn: input.endsOn === undefined ? row.ends_on : input.endsOn });
  await data.update('scholarship', id, { ...columns(input), version: row.version + 1, updated_at: new Date() });
}
