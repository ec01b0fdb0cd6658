import type { TConsent, TWithdrawConsentRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError, notFound } from '../../platform/errors.js';
import { presentConsent } from './get-case.js';
import { lockCase } from './queries.js';
import { checkNotFuture, FieldErrors, localToday } from './rules.js';

/**
 * Withdraw a consent (also on a closed case: people may withdraw consent at any time). A transfer
 * still waiting on that consent can no longer go ahead: it is withdrawn with it.
 */
export async function withdrawConsent(data: ScopedData, caseId: string, consentId: string, input: TWithdrawConsentRequest): Promise<TConsent> {
  await lockCase(data, caseId);
  const consent = await data.get('consent', consentId);
  if (consent.case_id !== caseId) throw notFound();
  if (consent.withdrawn_on !== null) throw new AppError('consent.already_withdrawn');
  const withdrawnOn = input.withdrawnOn ?? localToday();
  const errors = new FieldErrors();
  checkNotFuture(errors, 'withdrawnOn', withdrawnOn);
  if (withdrawnOn < consent.given_on) errors.add('withdrawnOn', 'validation.before_given_on');
  errors.throwIfAny();

  await data.tx.updateTable('consent').set({ withdrawn_on: withdrawnOn }).where('id', '=', consentId).execute();
  await data.audit({
    action: 'consent.withdraw', recordType: 'consent', recordId: consentId,
    changes: { withdrawn_on: { before: null, after: withdrawnOn } }, details: { caseId, reason: input.reason ?? null },
  });
  const now = new Date();
  const transfers = await data.tx.updateTable('case_transfer')
    .set({ status: 'withdrawn', decided_by: data.actor.userId, decided_at: now, decision_comment: input.reason ?? null })
    .where('consent_id', '=', consentId).where('status', '=', 'pending').returning('id').execute();
  for (const t of transfers) {
    await data.audit({
      action: 'case_transfer.withdraw', recordType: 'case_transfer', recordId: t.id,
      changes: { status: { before: 'pending', after: 'withdrawn' } }, details: { caseId, consentId },
    });
  }
  return presentConsent(await data.get('consent', consentId));
}
