import type { TRequestTransferRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { lockCase } from './queries.js';
import { FieldErrors } from './rules.js';
import { notifyTransfer } from './transfer-access.js';

/**
 * Offer an open case to another organisation on the instance, under a consent recorded on the
 * case. One pending transfer per case; the receiving organisation's deciders are notified.
 */
export async function requestTransfer(data: ScopedData, caseId: string, input: TRequestTransferRequest): Promise<string> {
  const kase = await lockCase(data, caseId);
  if (kase.stage === 'closed') throw new AppError('case.not_transferable', 'A closed case cannot be transferred');
  const errors = new FieldErrors();
  // The organisations on the instance are the destinations (transfer-destinations lists them).
  const to = await data.tx.selectFrom('organisation').select('id').where('id', '=', input.toOrganisationId).where('archived_at', 'is', null).executeTakeFirst();
  if (!to || to.id === kase.organisation_id) errors.add('toOrganisationId', 'validation.organisation_invalid');
  const consent = await data.selectFrom('consent').select(['id', 'withdrawn_on']).where('id', '=', input.consentId).where('case_id', '=', caseId).executeTakeFirst();
  if (!consent || consent.withdrawn_on !== null) errors.add('consentId', 'validation.consent_invalid');
  errors.throwIfAny();
  const pending = await data.tx.selectFrom('case_transfer').select('id').where('case_id', '=', caseId).where('status', '=', 'pending').executeTakeFirst();
  if (pending) throw new AppError('case.transfer_pending');

  const id = crypto.randomUUID();
  await data.insert('case_transfer', {
    id, case_id: caseId, organisation_id: kase.organisation_id, team_id: kase.team_id, caseworker_id: kase.caseworker_id, centre_id: kase.centre_id,
    to_organisation_id: input.toOrganisationId, consent_id: input.consentId, reason: input.reason, status: 'pending',
    requested_by: data.actor.userId, decided_by: null, decided_at: null, decision_comment: null, new_case_id: null,
  });
  await notifyTransfer(data, input.toOrganisationId, 'case_transfer.requested', { transferId: id, caseNumber: kase.number });
  return id;
}
