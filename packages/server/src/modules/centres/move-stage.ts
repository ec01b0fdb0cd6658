import { todayIso, type TMoveCentreStageRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { FieldErrors } from '../people/references.js';

/**
 * Move the transition to another stage of the pipeline (forwards, or back when a centre slips),
 * always with a reason; the move is kept in the stage history with its date and who made it.
 * 409 when the transition changed since the caller read it.
 */
export async function moveStage(data: ScopedData, centreId: string, input: TMoveCentreStageRequest): Promise<void> {
  const centre = await data.get('centre', centreId);
  const t = await data.tx.selectFrom('centre_transition').selectAll().where('centre_id', '=', centreId).forUpdate().executeTakeFirstOrThrow();
  if (t.version !== input.version) throw new AppError('record.conflict');
  const changedOn = input.changedOn ?? todayIso();
  const errors = new FieldErrors();
  if (input.toStage === t.stage) errors.add('toStage', 'validation.invalid');
  if (changedOn > todayIso()) errors.add('changedOn', 'validation.date_in_future');
  if (changedOn < t.stage_since) errors.add('changedOn', 'validation.date_before_start');
  errors.throwIfAny();
  await data.tx.updateTable('centre_transition').set({ stage: input.toStage, stage_since: changedOn, version: t.version + 1, updated_at: new Date() })
    .where('id', '=', t.id).execute();
  const changeId = crypto.randomUUID();
  await data.tx.insertInto('centre_stage_change').values({
    id: changeId, centre_id: centreId, organisation_id: centre.organisation_id, from_stage: t.stage, to_stage: input.toStage, changed_on: changedOn,
    reason: input.reason, changed_by: data.actor.userId,
  }).execute();
  await data.audit({
    action: 'centre.stage', recordType: 'centre', recordId: centreId,
    changes: { stage: { before: t.stage, after: input.toStage } }, details: { reason: input.reason, changedOn, stageChangeId: changeId },
  });
}
