import { z } from 'zod';
import { ZId } from './common.js';

// Attachments on people and cases: photos, ID documents, consent forms, signed agreements,
// assessment scans, reports. The server checks the bytes themselves, not only the declared type.
// A fixed vocabulary, not a lookup: code depends on the kind (a photo must be an image and becomes
// the person's photo; a consent form or agreement may document a consent or placement record).

export const attachmentKinds = ['photo', 'id_document', 'consent', 'certificate', 'agreement', 'assessment', 'report', 'other'] as const;
export const ZAttachmentKind = z.enum(attachmentKinds);
export type TAttachmentKind = z.infer<typeof ZAttachmentKind>;

/** The kinds a person's file may have (their own papers). */
export const personAttachmentKinds = ['photo', 'id_document', 'consent', 'certificate', 'agreement', 'other'] as const satisfies readonly TAttachmentKind[];
/** The kinds a case's file may have: consent forms, signed placement agreements, assessment scans, reports. */
export const caseAttachmentKinds = ['consent', 'agreement', 'assessment', 'report', 'photo', 'other'] as const satisfies readonly TAttachmentKind[];
export type TCaseAttachmentKind = (typeof caseAttachmentKinds)[number];

/** Types an attachment may have, recognised by their first bytes. */
export const attachmentContentTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type TAttachmentContentType = (typeof attachmentContentTypes)[number];

/** The largest file accepted: 10 MB (a phone photo or a scanned form). */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** Sent as the query string of a multipart upload (one part, named `file`). */
export const ZUploadAttachmentQuery = z.object({ kind: z.enum(personAttachmentKinds).default('other') });
export type TUploadAttachmentQuery = z.infer<typeof ZUploadAttachmentQuery>;

/**
 * A case's upload: its kind and, optionally, the record of the case it documents — a consent
 * (kind `consent`) or a placement's signed agreement (kind `agreement`). The record then points
 * at this file.
 */
export const ZUploadCaseAttachmentQuery = z.object({
  kind: z.enum(caseAttachmentKinds).default('other'),
  consentId: ZId.optional(),
  placementId: ZId.optional(),
});
export type TUploadCaseAttachmentQuery = z.infer<typeof ZUploadCaseAttachmentQuery>;

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
  /** On a case's files: the consent whose signed form this is, if any. */
  consentId: ZId.nullable().optional(),
  /** On a case's files: the placement whose signed agreement this is, if any. */
  placementId: ZId.nullable().optional(),
});
export type TAttachment = z.infer<typeof ZAttachment>;
