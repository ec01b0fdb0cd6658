import { todayIso, type TAddMilestoneRequest, type TUpdateMilestoneRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { notFound } from '../../platform/errors.js';
import { FieldErrors } from '../people/references.js';

/** Add a milestone to the centre's transition plan. */
export async function addMilestone(data: ScopedData, centreId: string, input: TAddMilestoneRequest): Promise<string> {
  const centre = await data.get('centre', centreId);
  const id = crypto.randomUUID();
  await data.insert('centre_milestone', {
    id, centre_id: centreId, organisation_id: centre.organisation_id, title: input.title, owner: input.owner ?? null, due_on: input.dueOn ?? null,
    status: 'open', done_on: null, created_by: data.actor.userId,
  });
  return id;
}

/** Mark a milestone done (on a date, today by default), cancelled, or open again. */
export async function updateMilestone(data: ScopedData, centreId: string, milestoneId: string, input: TUpdateMilestoneRequest): Promise<void> {
  await data.get('centre', centreId);
  const m = await data.tx.selectFrom('centre_milestone').select(['id', 'centre_id']).where('id', '=', milestoneId).executeTakeFirst();
  if (!m || m.centre_id !== centreId) throw notFound();
  const doneOn = input.status === 'done' ? (input.doneOn ?? todayIso()) : null;
  const errors = new FieldErrors();
  if (doneOn && doneOn > todayIso()) errors.add('doneOn', 'validation.date_in_future');
  errors.throwIfAny();
  await data.update('centre_milestone', milestoneId, { status: input.status, done_on: doneOn });
}
