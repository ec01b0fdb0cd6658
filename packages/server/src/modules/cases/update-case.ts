import type { TUpdateCaseRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { lockCase } from './queries.js';
import { checkLookups, checkNotFuture, FieldErrors } from './rules.js';

/** Change a case's intake and risk level, on the version the change was made from. */
export async function updateCase(data: ScopedData, id: string, input: TUpdateCaseRequest): Promise<void> {
  const kase = await lockCase(data, id);
  if (input.version !== kase.version) throw new AppError('record.conflict');
  if (kase.stage === 'closed') throw new AppError('case.closed');
  const errors = new FieldErrors();
  checkNotFuture(errors, 'referralDate', input.referralDate);
  await checkLookups(data, errors, kase.organisation_id, 'referral_source', 'referralSource', [input.referralSource], [kase.referral_source]);
  await checkLookups(data, errors, kase.organisation_id, 'child_category', 'childCategories', input.childCategories ?? [], kase.child_categories);
  errors.throwIfAny();
  const patch = {
    risk_level: input.riskLevel, referral_date: input.referralDate, referral_source: input.referralSource,
    referral_reason: input.referralReason, referrer_name: input.referrerName,
    child_categories: input.childCategories ? [...new Set(input.childCategories)] : undefined,
    urgency: input.urgency, child_views: input.childViews, family_views: input.familyViews,
  };
  const changed = Object.entries(patch).some(([k, v]) => v !== undefined && JSON.stringify(v) !== JSON.stringify(kase[k as keyof typeof kase]));
  if (!changed) return;
  await data.update('case_file', id, { ...patch, version: kase.version + 1, updated_at: new Date() });
}
