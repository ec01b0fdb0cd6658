import type { TOpenCaseRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { nextCaseNumber } from './case-number.js';
import { childFollowsCase } from './ownership.js';
import { alreadyOpen, checkLookups, checkNotFuture, FieldErrors, isOpenCaseConflict, localToday, resolveAssignment } from './rules.js';
import { insertStageChange } from './stage-change.js';

/** The child a case is opened for: in the caller's scope, a child, not archived. */
async function childFor(data: ScopedData, childId: string) {
  try {
    const child = await data.get('person', childId);
    if (child.archived_at !== null) throw new AppError('validation.failed', 'The person is archived', [{ field: 'childId', key: 'validation.person_archived' }]);
    if (child.kind !== 'child') throw new AppError('validation.failed', 'A case is opened for a child', [{ field: 'childId', key: 'validation.not_a_child' }]);
    return child;
  } catch (err) {
    if (err instanceof AppError && err.code === 'record.not_found') {
      throw new AppError('validation.failed', 'Unknown child', [{ field: 'childId', key: 'validation.person_unknown' }]);
    }
    throw err;
  }
}

/**
 * Open a case for a child at `referral`: one open case per child per organisation, a number
 * from the organisation's yearly sequence, the intake, a caseworker and team (see
 * `resolveAssignment`), and the child's record (with the household) moved into the case's
 * caseload. Returns the new case's id.
 */
export async function openCase(data: ScopedData, input: TOpenCaseRequest): Promise<string> {
  const child = await childFor(data, input.childId);
  const organisationId = child.organisation_id;
  // The one-open-case rule spans the organisation, not the caller's scope: only existence is read.
  const open = await data.tx.selectFrom('case_file').select('id')
    .where('organisation_id', '=', organisationId).where('child_id', '=', child.id).where('stage', '<>', 'closed').executeTakeFirst();
  if (open) throw alreadyOpen();

  const errors = new FieldErrors();
  checkNotFuture(errors, 'referralDate', input.referralDate);
  await checkLookups(data, errors, organisationId, 'referral_source', 'referralSource', [input.referralSource]);
  await checkLookups(data, errors, organisationId, 'child_category', 'childCategories', input.childCategories ?? []);
  errors.throwIfAny();
  const owner = await resolveAssignment(data, organisationId, input);

  const today = localToday();
  const id = crypto.randomUUID();
  const number = await nextCaseNumber(data.tx, organisationId, Number(today.slice(0, 4)));
  try {
    await data.insert('case_file', {
      id, organisation_id: organisationId, team_id: owner.teamId, caseworker_id: owner.caseworkerId, centre_id: child.centre_id,
      child_id: child.id, number, stage: 'referral', risk_level: input.riskLevel, opened_on: today,
      referral_date: input.referralDate, referral_source: input.referralSource, referral_reason: input.referralReason,
      referrer_name: input.referrerName ?? null, child_categories: [...new Set(input.childCategories ?? [])], urgency: input.urgency ?? null,
      child_views: input.childViews ?? null, family_views: input.familyViews ?? null,
      closed_on: null, closure_reason: null, closure_summary: null, created_by: data.actor.userId,
    });
  } catch (err) {
    // Two openings for one child at the same moment: the unique index decides, the loser is told why.
    if (isOpenCaseConflict(err)) throw alreadyOpen();
    throw err;
  }
  await insertStageChange(data.tx, { caseId: id, organisationId, from: null, to: 'referral', reason: null, by: data.actor.userId, at: new Date() });
  await childFollowsCase(data, { id, organisation_id: organisationId, child_id: child.id }, owner);
  return id;
}
