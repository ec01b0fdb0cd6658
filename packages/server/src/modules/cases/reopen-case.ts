import { reopenStage } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { childFollowsCase } from './ownership.js';
import { lockCase } from './queries.js';
import { isOpenCaseConflict } from './rules.js';
import { recordStageChange, type StageChange } from './stage-change.js';

/**
 * Re-open a closed case, with a reason, at the stage it was closed from (or assessment). Not when
 * the child has another open case in the organisation — the rule is the organisation's, so that
 * case is looked for whoever holds it (only its existence is read). The child (and household)
 * come back into the case's caseload.
 */
export async function reopenCase(data: ScopedData, id: string, reason: string): Promise<StageChange> {
  const kase = await lockCase(data, id);
  if (kase.stage !== 'closed') throw new AppError('case.not_closed');
  const other = await data.tx.selectFrom('case_file').select('id')
    .where('organisation_id', '=', kase.organisation_id).where('child_id', '=', kase.child_id).where('stage', '<>', 'closed').executeTakeFirst();
  if (other) throw new AppError('case.already_open', 'The child has another open case in this organisation');
  const closing = await data.tx.selectFrom('case_stage_change').select('from_stage')
    .where('case_id', '=', id).where('to_stage', '=', 'closed').orderBy('changed_at', 'desc').limit(1).executeTakeFirst();
  let change: StageChange;
  try {
    change = await recordStageChange(data.tx, data.actor, kase, reopenStage(closing?.from_stage), reason, {
      action: 'case.reopen', extra: { closed_on: null, closure_reason: null, closure_summary: null },
    });
  } catch (err) {
    if (isOpenCaseConflict(err)) throw new AppError('case.already_open', 'The child has another open case in this organisation');
    throw err;
  }
  // While closed, the child's record may have moved on; it follows the open case again.
  await childFollowsCase(data, kase, { caseworkerId: kase.caseworker_id, teamId: kase.team_id });
  return change;
}
