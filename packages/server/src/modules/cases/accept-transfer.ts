import type { TAcceptTransferRequest } from '@homeward/core';
import { sql } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { nextCaseNumber } from './case-number.js';
import { copyChild } from './copy-child.js';
import type { CaseRow } from './queries.js';
import { localToday, resolveAssignment } from './rules.js';
import { insertStageChange, recordStageChange } from './stage-change.js';
import { incomingTransfer, notifyTransfer } from './transfer-access.js';

/**
 * The sending case ends: closed as `transferred`; its active placement ends, scheduled visits are
 * cancelled and pending approvals withdrawn, each audited under the sending organisation.
 */
async function closeSendingCase(data: ScopedData, kase: CaseRow, receivingName: string, comment: string | null): Promise<void> {
  const today = localToday();
  await recordStageChange(data.tx, data.actor, kase, 'closed', 'transferred', {
    action: 'case.close',
    extra: { closed_on: today, closure_reason: 'transferred', closure_summary: [`Transferred to ${receivingName}.`, comment].filter(Boolean).join(' ') },
  });
  const audit = (recordType: string, recordId: string, changes: Record<string, { before: unknown; after: unknown }>) =>
    data.audit({ action: 'update', recordType, recordId, changes, organisationId: kase.organisation_id, details: { caseId: kase.id, cause: 'case_transferred' } });
  const now = new Date();
  const placements = await data.tx.updateTable('placement')
    .set({ status: 'ended', end_date: today, end_reason: 'case_closed', version: sql<number>`version + 1`, updated_at: now })
    .where('case_id', '=', kase.id).where('status', '=', 'active').returning('id').execute();
  for (const p of placements) await audit('placement', p.id, { status: { before: 'active', after: 'ended' }, end_reason: { before: null, after: 'case_closed' } });
  const visits = await data.tx.updateTable('follow_up').set({ status: 'cancelled', version: sql<number>`version + 1`, updated_at: now })
    .where('case_id', '=', kase.id).where('status', '=', 'scheduled').returning('id').execute();
  for (const v of visits) await audit('follow_up', v.id, { status: { before: 'scheduled', after: 'cancelled' } });
  const approvals = await data.tx.updateTable('approval').set({ status: 'withdrawn' })
    .where('case_id', '=', kase.id).where('status', '=', 'pending').returning('id').execute();
  for (const a of approvals) await audit('approval', a.id, { status: { before: 'pending', after: 'withdrawn' } });
}

/**
 * Accept a transfer offered to my organisation: a copy of the child and a new case (at referral,
 * the intake carried over) for the chosen caseworker here; the sending case closes as
 * transferred. Refused when the transfer was decided already, the sending case has closed
 * meanwhile, or the consent it relies on was withdrawn.
 */
export async function acceptTransfer(data: ScopedData, id: string, input: TAcceptTransferRequest): Promise<void> {
  const transfer = await incomingTransfer(data, id);
  if (transfer.status !== 'pending') throw new AppError('case_transfer.not_pending');
  const kase = await data.tx.selectFrom('case_file').selectAll().where('id', '=', transfer.case_id).forUpdate().executeTakeFirstOrThrow();
  const consent = transfer.consent_id
    ? await data.tx.selectFrom('consent').select('withdrawn_on').where('id', '=', transfer.consent_id).executeTakeFirst()
    : undefined;
  if (kase.stage === 'closed' || !consent || consent.withdrawn_on !== null) throw new AppError('case.not_transferable');
  const receiving = transfer.to_organisation_id;
  const owner = await resolveAssignment(data, receiving, input);

  const orgName = async (orgId: string) => (await data.tx.selectFrom('organisation').select('name').where('id', '=', orgId).executeTakeFirstOrThrow()).name;
  const sendingName = await orgName(kase.organisation_id);
  const receivingName = await orgName(receiving);
  const lookups = await data.tx.selectFrom('lookup').select(['list', 'value']).where('organisation_id', '=', receiving).where('active', '=', true)
    .where((eb) => eb.or([eb('list', '=', 'child_category'), eb.and([eb('list', '=', 'referral_source'), eb('value', '=', 'ngo')])])).execute();
  const has = (list: string, value: string) => lookups.some((l) => l.list === list && l.value === value);

  const childId = await copyChild(data, kase.child_id, receiving, owner);
  const today = localToday();
  const newCaseId = crypto.randomUUID();
  await data.insert('case_file', {
    id: newCaseId, organisation_id: receiving, team_id: owner.teamId, caseworker_id: owner.caseworkerId, centre_id: null, child_id: childId,
    number: await nextCaseNumber(data.tx, receiving, Number(today.slice(0, 4))), stage: 'referral', risk_level: kase.risk_level, opened_on: today,
    referral_date: today, referral_source: has('referral_source', 'ngo') ? 'ngo' : null, referral_reason: transfer.reason,
    referrer_name: sendingName, child_categories: kase.child_categories.filter((c) => has('child_category', c)), urgency: kase.urgency,
    child_views: kase.child_views, family_views: kase.family_views, closed_on: null, closure_reason: null, closure_summary: null,
    created_by: data.actor.userId,
  });
  await insertStageChange(data.tx, { caseId: newCaseId, organisationId: receiving, from: null, to: 'referral', reason: `transfer:${kase.number}`, by: data.actor.userId, at: new Date() });

  const comment = input.comment ?? null;
  await data.tx.updateTable('case_transfer')
    .set({ status: 'accepted', decided_by: data.actor.userId, decided_at: new Date(), decision_comment: comment, new_case_id: newCaseId })
    .where('id', '=', id).execute();
  const changes = { status: { before: 'pending', after: 'accepted' }, new_case_id: { before: null, after: newCaseId } };
  for (const organisationId of [kase.organisation_id, receiving]) {
    await data.audit({ action: 'case_transfer.accept', recordType: 'case_transfer', recordId: id, organisationId, changes, details: { comment, newCaseId, newChildId: childId } });
  }
  await closeSendingCase(data, kase, receivingName, comment);
  await notifyTransfer(data, kase.organisation_id, 'case_transfer.accepted', { transferId: id, caseNumber: kase.number }, transfer.requested_by);
}
