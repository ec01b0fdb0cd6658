import type { TUploadCaseAttachmentQuery } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import type { FileStorage } from '../../platform/files/storage.js';
import type { Upload } from '../../platform/files/uploads.js';
import { storeAttachment } from './store-attachment.js';

const badLink = (field: 'consentId' | 'placementId') => new AppError('validation.failed', undefined, [{ field, key: 'validation.choice' }]);

/**
 * The consent or placement of this case an upload documents, checked before any byte is stored:
 * a consent form documents a consent, a signed agreement a placement, both of this case.
 */
async function checkLink(data: ScopedData, caseId: string, input: TUploadCaseAttachmentQuery): Promise<void> {
  if (input.consentId && input.placementId) throw badLink('placementId');
  if (input.consentId) {
    const consent = input.kind === 'consent'
      ? await data.selectFrom('consent').select('id').where('id', '=', input.consentId).where('case_id', '=', caseId).executeTakeFirst()
      : undefined;
    if (!consent) throw badLink('consentId');
  }
  if (input.placementId) {
    const placement = input.kind === 'agreement'
      ? await data.selectFrom('placement').select('id').where('id', '=', input.placementId).where('case_id', '=', caseId).executeTakeFirst()
      : undefined;
    if (!placement) throw badLink('placementId');
  }
}

/**
 * Attach a file to a case in the caller's scope (404 otherwise): stored with the case's caseload,
 * so whoever may see the case sees its files and reassigning the case moves them. Not the child's
 * file: it stays off the person's page and does not follow the child into another case. When it
 * documents a consent or placement, that record points at it (its previous file stays listed).
 */
export async function attachToCase(data: ScopedData, files: FileStorage, caseId: string, input: TUploadCaseAttachmentQuery, upload: Upload): Promise<string> {
  const kase = await data.get('case_file', caseId);
  await checkLink(data, caseId, input);
  const owner = { organisation_id: kase.organisation_id, team_id: kase.team_id, caseworker_id: kase.caseworker_id, centre_id: kase.centre_id };
  const id = await storeAttachment(data, files, { owner, personId: null, caseId }, input.kind, upload);
  if (input.consentId) {
    await data.update('consent', input.consentId, { document_attachment_id: id }, { details: { caseId } });
  }
  if (input.placementId) {
    const placement = await data.get('placement', input.placementId);
    // The placement's version moves, so an edit form still holding the old agreement is refused, not silently reverted.
    await data.update('placement', input.placementId, { agreement_attachment_id: id, version: placement.version + 1, updated_at: new Date() }, { details: { caseId } });
  }
  return id;
}
