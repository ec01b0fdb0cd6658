import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { incomingTransfer, notifyTransfer } from './transfer-access.js';

/** Decline a transfer offered to my organisation, saying why; the case stays where it was. */
export async function declineTransfer(data: ScopedData, id: string, comment: string): Promise<void> {
  const transfer = await incomingTransfer(data, id);
  if (transfer.status !== 'pending') throw new AppError('case_transfer.not_pending');
  await data.tx.updateTable('case_transfer')
    .set({ status: 'declined', decided_by: data.actor.userId, decided_at: new Date(), decision_comment: comment }).where('id', '=', id).execute();
  for (const organisationId of [transfer.organisation_id, transfer.to_organisation_id]) {
    await data.audit({ action: 'case_transfer.decline', recordType: 'case_transfer', recordId: id, organisationId, changes: { status: { before: 'pending', after: 'declined' } }, details: { comment } });
  }
  const kase = await data.tx.selectFrom('case_file').select('number').where('id', '=', transfer.case_id).executeTakeFirstOrThrow();
  await notifyTransfer(data, transfer.organisation_id, 'case_transfer.declined', { transferId: id, caseNumber: kase.number }, transfer.requested_by);
}
