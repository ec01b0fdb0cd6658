import { ATTACHMENT_MAX_BYTES, type TAttachmentContentType, type TAttachmentKind } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { isImage, sniffContentType } from '../../platform/files/file-type.js';
import type { FileStorage } from '../../platform/files/storage.js';
import type { Upload } from '../../platform/files/uploads.js';

/** The caseload an attachment belongs to: always its person's or case's, so the same people see it. */
export interface AttachmentOwner {
  organisation_id: string;
  team_id: string | null;
  caseworker_id: string | null;
  centre_id: string | null;
}

const refused = () => new AppError('attachment.type_refused', undefined, [{ field: 'file', key: 'errors.attachment.type_refused' }]);

/**
 * The type the bytes really are, if accepted: size within the limit, first bytes those of a
 * JPEG, PNG, WebP or PDF whatever the sender declared, and an image for a photo.
 */
export function checkUpload(upload: Upload, kind: TAttachmentKind): TAttachmentContentType {
  if (upload.bytes.length > ATTACHMENT_MAX_BYTES) throw new AppError('attachment.too_large', undefined, [{ field: 'file', key: 'errors.attachment.too_large' }]);
  const type = sniffContentType(upload.bytes);
  if (!type || (kind === 'photo' && !isImage(type))) throw refused();
  return type;
}

/** A file name safe to store and to send back in a header: no folders, no control characters. */
export function safeFilename(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return base || 'file';
}

/**
 * Check and store an uploaded file and record the attachment that is its only way out: stored
 * content-addressed, the row carrying the owner's caseload so the scoped data layer decides who
 * may fetch it. Audited as a `create`. Usable for a person's or a case's files.
 */
export async function storeAttachment(
  data: ScopedData,
  files: FileStorage,
  target: { owner: AttachmentOwner; personId: string | null; caseId: string | null },
  kind: TAttachmentKind,
  upload: Upload,
): Promise<string> {
  const contentType = checkUpload(upload, kind);
  const sha256 = await files.put(upload.bytes);
  const id = crypto.randomUUID();
  await data.insert('attachment', {
    ...target.owner, id, person_id: target.personId, case_id: target.caseId, kind, filename: safeFilename(upload.filename),
    content_type: contentType, size_bytes: upload.bytes.length, sha256, uploaded_by: data.actor.userId, archived_at: null,
  });
  return id;
}
