import { z } from 'zod';
import { ZId } from './common.js';

// Attachments on people (and, later, cases): photos, ID documents, consent forms, certificates.
// The server checks the bytes themselves, not only the declared type.

export const attachmentKinds = ['photo', 'id_document', 'consent', 'certificate', 'agreement', 'other'] as const;
export const ZAttachmentKind = z.enum(attachmentKinds);
export type TAttachmentKind = z.infer<typeof ZAttachmentKind>;

/** Types an attachment may have, recognised by their first bytes. */
export const attachmentContentTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type TAttachmentContentType = (typeof attachmentContentTypes)[number];

/** The largest file accepted: 10 MB (a phone photo or a scanned form). */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** Sent as the query string of a multipart upload (one part, named `file`). */
export const ZUploadAttachmentQuery = z.object({ kind: ZAttachmentKind.default('other') });
export type TUploadAttachmentQuery = z.infer<typeof ZUploadAttachmentQuery>;

export const ZAttachmentsQuery = z.object({ includeArchived: z.enum(['true', 'false']).optional() });

export const ZAttachment = z.object({
  id: ZId,
  personId: ZId.nullable(),
  caseId: ZId.nullable(),
  kind: z.string(),
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  uploadedBy: z.string().nullable(),
  createdAt: z.string(),
  archived: z.boolean(),
});
export type TAttachment = z.infer<typeof ZAttachment>;
