import type { TAttachmentKind } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { FileStorage } from '../../platform/files/storage.js';
import type { Upload } from '../../platform/files/uploads.js';
import { storeAttachment } from './store-attachment.js';

/**
 * Attach a file to a person in the caller's scope (404 otherwise). A photo becomes the
 * person's photo; it does not change the record's version, since no edit form holds it.
 */
export async function attachToPerson(data: ScopedData, files: FileStorage, personId: string, kind: TAttachmentKind, upload: Upload): Promise<string> {
  const person = await data.get('person', personId);
  const owner = { organisation_id: person.organisation_id, team_id: person.team_id, caseworker_id: person.caseworker_id, centre_id: person.centre_id };
  const id = await storeAttachment(data, files, { owner, personId, caseId: null }, kind, upload);
  if (kind === 'photo') await data.update('person', personId, { photo_attachment_id: id, updated_at: new Date() }, { action: 'photo.change' });
  return id;
}
