import type { TConsent, TRecordConsentRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { presentConsent } from './get-case.js';
import { lockCase } from './queries.js';
import { checkNotFuture, FieldErrors } from './rules.js';

/** Record a consent on an open case: what was consented to, by whom, when, and the signed form. */
export async function recordConsent(data: ScopedData, caseId: string, input: TRecordConsentRequest): Promise<TConsent> {
  const kase = await lockCase(data, caseId);
  if (kase.stage === 'closed') throw new AppError('case.closed');
  const errors = new FieldErrors();
  checkNotFuture(errors, 'givenOn', input.givenOn);
  if (input.documentAttachmentId) {
    const doc = await data.selectFrom('attachment').select('id')
      .where('id', '=', input.documentAttachmentId).where('case_id', '=', caseId).where('archived_at', 'is', null).executeTakeFirst();
    if (!doc) errors.add('documentAttachmentId', 'validation.attachment_unknown');
  }
  errors.throwIfAny();
  const id = crypto.randomUUID();
  await data.insert('consent', {
    id, case_id: caseId, organisation_id: kase.organisation_id, team_id: kase.team_id, caseworker_id: kase.caseworker_id, centre_id: kase.centre_id,
    subject: input.subject, given_by: input.givenBy, given_on: input.givenOn, document_attachment_id: input.documentAttachmentId ?? null,
    withdrawn_on: null, created_by: data.actor.userId,
  });
  return presentConsent(await data.get('consent', id));
}
